//! Work orders (issue #8): an inspection is confirmed once, even when two confirmations arrive
//! at the same moment (two phones, a double tap): one is taken, the other refused, and only one
//! inspection is stored. On the database under test (SQLite by default, PostgreSQL with
//! `TESSERA_TEST_DATABASE_URL`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use chrono::{TimeZone, Utc};
use tessera_db::audit::AuditEvent;
use tessera_db::work::{RegisterOutcome, WorkOutcome};
use tessera_domain::text::{DocNumber, Name};
use tessera_domain::work_order::{
    CheckAnswer, CheckResult, Description, TransitionRule, WorkOrderDraft, WorkOrderStatus, check_inspection,
    parse_checklist,
};

mod common;

fn event(action: &str) -> AuditEvent {
    AuditEvent {
        at: Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap(),
        actor_kind: "link".into(),
        actor: Some("link:1".into()),
        action: action.into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_confirmations_at_once_store_one_inspection() {
    let (db, _guard) = common::fresh_db().await;
    let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    db.load_demo("not-a-usable-hash", now).await.unwrap();
    let montex = db.party_by_code("P-3001").await.unwrap().unwrap();
    let contract = db.contracts().await.unwrap().into_iter().find(|c| c.1 == "3407").unwrap().0;
    let checklist = parse_checklist("Seal replaced\nPressure | bar | 2..6").unwrap();
    let draft = WorkOrderDraft {
        number: DocNumber::parse("WO-RACE").unwrap(),
        asset: None,
        site: Name::parse("Pump station 2").unwrap(),
        description: Description::parse("Replace the seal").unwrap(),
        due_date: None,
        checklist: checklist.clone(),
    };
    let RegisterOutcome::Done(wo) =
        db.register_work_order(contract, montex, &draft, "user:1", &event("work_order.register"), now).await.unwrap()
    else {
        panic!("not registered")
    };
    let answers = [
        CheckAnswer { result: Some(CheckResult::Pass), measurement: None, comment: None },
        CheckAnswer { result: Some(CheckResult::Pass), measurement: Some("4.5".parse().unwrap()), comment: None },
    ];
    let record = check_inspection(&checklist, &answers, "Jan Kowalski").unwrap();
    let e = event("portal.inspection.perform");
    let (a, b) = tokio::join!(
        db.submit_inspection(wo, &record, &[], None, &e, now),
        db.submit_inspection(wo, &record, &[], None, &e, now),
    );
    let mut outcomes = [a.unwrap(), b.unwrap()];
    outcomes.sort_by_key(|o| matches!(o, WorkOutcome::Refused(_)));
    assert_eq!(
        outcomes,
        [WorkOutcome::Done(WorkOrderStatus::Submitted), WorkOutcome::Refused(TransitionRule::AlreadyConfirmed)]
    );
    assert_eq!(db.inspections(wo).await.unwrap().len(), 1);
    let audit = db.audit_export(&Default::default()).await.unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "portal.inspection.perform").count(), 1);
}

/// An import of assets (issue #9) saves every row in one transaction with one audit event, or
/// nothing: a code another asset has, or one given twice, refuses the whole import.
#[tokio::test]
async fn assets_import_whole_or_not_at_all() {
    use tessera_db::DbError;
    use tessera_db::audit::AuditFilter;
    use tessera_db::work::NewAsset;
    let (db, _guard) = common::fresh_db().await;
    let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    db.load_demo("not-a-usable-hash", now).await.unwrap();
    let company_x = db.party_by_code("KB0004").await.unwrap().unwrap();
    let before = db.assets().await.unwrap().len();
    let row = |code: &str, customer| NewAsset { code: code.into(), name: "Pump".into(), site: "Hall".into(), customer };
    let filter = AuditFilter { action: "asset.import".into(), ..Default::default() };
    // Taken by then, or twice in the rows: nothing saved, nothing audited.
    for rows in [vec![row("IMP-1", None), row("PS2-P1", None)], vec![row("IMP-1", None), row("IMP-1", None)]] {
        let res = db.import_assets(&rows, &event("asset.import")).await;
        assert!(matches!(res, Err(DbError::Conflict)), "{res:?}");
        assert_eq!(db.assets().await.unwrap().len(), before);
    }
    assert!(db.audit_export(&filter).await.unwrap().is_empty());
    assert_eq!(
        db.asset_codes_taken(&["IMP-1".into(), "PS2-P1".into(), "CX-GATE-1".into()]).await.unwrap(),
        ["PS2-P1", "CX-GATE-1"]
    );
    // More rows than one statement takes.
    let rows: Vec<NewAsset> =
        (0..1201).map(|i| row(&format!("IMP-{i}"), if i % 2 == 0 { Some(company_x) } else { None })).collect();
    assert_eq!(db.import_assets(&rows, &event("asset.import")).await.unwrap(), 1201);
    let assets = db.assets().await.unwrap();
    assert_eq!(assets.len(), before + 1201);
    let a = assets.iter().find(|a| a.code == "IMP-10").unwrap();
    assert_eq!(a.customer, Some(company_x));
    assert_eq!(assets.iter().find(|a| a.code == "IMP-11").unwrap().customer, None);
    let audited = db.audit_export(&filter).await.unwrap();
    assert_eq!(audited.len(), 1);
    assert_eq!(audited[0].detail.as_deref(), Some("rows=1201"));
}
