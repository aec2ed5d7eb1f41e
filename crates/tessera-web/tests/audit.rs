//! The audit log as staff read it: filters and the CSV export.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_db::audit::AuditEvent;
use tessera_domain::role::StaffRole;

#[tokio::test]
async fn admins_filter_and_export_the_audit_log() {
    let mut app = TestApp::signed_in(&[StaffRole::Admin]).await;
    let now = app.clock_now();
    for (kind, actor, action, outcome, detail) in [
        ("link", "link:7", "portal.order.view", "denied", "=cmd|' /C calc'!A0"),
        ("link", "link:7", "link.open", "ok", "line one\nforged line"),
        ("staff", "user:1", "order.create", "ok", ""),
    ] {
        app.db
            .audit(&AuditEvent {
                at: now,
                actor_kind: kind.into(),
                actor: Some(actor.into()),
                action: action.into(),
                object: Some("order:3".into()),
                outcome: outcome.into(),
                ip: Some("192.0.2.1".into()),
                detail: Some(detail.into()),
            })
            .await
            .unwrap();
    }
    let page = app.get("/admin/audit?actor_kind=link&outcome=denied").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("portal.order.view"));
    assert!(!page.body.contains("link.open"), "filtered out");

    let csv = app.get("/admin/audit.csv?q=link%3A7").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.header("content-disposition").starts_with("attachment; filename=\"tessera-audit-"));
    let lines: Vec<&str> = csv.body.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "at_utc,actor_kind,actor,action,object,outcome,address,detail");
    assert_eq!(lines.len(), 3, "two events of link:7, one row each: {lines:?}");
    assert!(csv.body.contains("'=cmd"), "a formula is defused");
    assert!(csv.body.contains("line one forged line"), "a line break cannot forge a row");

    // Not for other roles.
    let mut clerk = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    assert_eq!(clerk.get("/admin/audit.csv").await.status, StatusCode::FORBIDDEN);
}
