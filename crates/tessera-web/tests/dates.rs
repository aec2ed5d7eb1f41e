//! Suppliers answer about delivery dates through their link; buyers decide on proposals.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_db::links::NewLink;
use tessera_domain::ids::OrderId;
use tessera_domain::link::{LinkObject, LinkToken, Portal};
use tessera_domain::order::OrderStatus;
use tessera_domain::policy::Action;
use tessera_domain::role::StaffRole;

/// Opens a supplier link for the order in this app's browser.
async fn open_link(app: &mut TestApp, number: &str, actions: &[Action]) -> OrderId {
    let order = app.db.order_id_by_number(number).await.unwrap().unwrap();
    let party = app.db.order_party(order).await.unwrap();
    let token = LinkToken::generate().unwrap();
    let new = NewLink {
        portal: Portal::Supplier,
        party,
        object: Some(LinkObject::Order(order)),
        actions: actions.iter().copied().collect(),
        require_code: false,
        note: None,
        expires_at: app.clock_now() + chrono::Duration::days(30),
        created_by: None,
        replaces: None,
    };
    app.db.issue_link(&new, &token.hash(), app.clock_now(), None).await.unwrap();
    assert_eq!(app.get(&format!("/l/{}", token.expose())).await.status, StatusCode::FOUND);
    order
}

fn all() -> Vec<Action> {
    Portal::Supplier.actions().into_iter().collect()
}

#[tokio::test]
async fn the_supplier_confirms_and_a_second_tab_is_told() {
    let mut app = TestApp::with_demo().await;
    let order = open_link(&mut app, "ZAM/12/2020", &all()).await;
    let page = app.get(&format!("/portal/orders/{order}")).await;
    assert!(page.body.contains("Confirm delivery on 2020-06-18"), "{}", page.body);
    let version = app.db.order(order).await.unwrap().version.to_string();
    let res = app.post(&format!("/portal/orders/{order}/date"), &[("answer", "confirm"), ("version", &version)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = app.get(res.location()).await;
    assert!(page.body.contains("your answer was sent to the buyer"));
    let o = app.db.order(order).await.unwrap();
    assert_eq!(o.summary.status, OrderStatus::Confirmed);
    assert_eq!(o.summary.confirmed_date, o.summary.requested_date);

    // The other tab still has the old version.
    let res = app.post(&format!("/portal/orders/{order}/date"), &[("answer", "confirm"), ("version", &version)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Someone already answered"));
    assert_eq!(app.db.date_answers(order).await.unwrap().len(), 1, "nothing half-saved");
}

#[tokio::test]
async fn a_proposal_waits_for_the_buyer_and_never_overwrites_a_confirmed_date() {
    let mut app = TestApp::with_demo().await;
    // ZAM/8/2026 is confirmed for 2026-11-30.
    let order = open_link(&mut app, "ZAM/8/2026", &all()).await;
    let before = app.db.order(order).await.unwrap();
    let version = before.version.to_string();

    // A date in the past is refused and changes nothing.
    let res = app
        .post(
            &format!("/portal/orders/{order}/date"),
            &[("answer", "propose"), ("date", "2026-11-01"), ("version", &version)],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The date lies in the past."));
    let res = app
        .post(
            &format!("/portal/orders/{order}/date"),
            &[("answer", "propose"), ("date", "soon"), ("version", &version)],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.db.order(order).await.unwrap().version, before.version);

    let res = app
        .post(
            &format!("/portal/orders/{order}/date"),
            &[("answer", "propose"), ("date", "2026-12-14"), ("comment", "Steel arrives late"), ("version", &version)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let o = app.db.order(order).await.unwrap();
    assert_eq!(o.summary.status, OrderStatus::DateProposed);
    assert_eq!(
        o.summary.confirmed_date, before.summary.confirmed_date,
        "the confirmed date stands until the buyer decides"
    );

    // The buyer sees it and rejects: the order is confirmed for the old date again.
    app.cookies.clear();
    app.add_user("buyer@tessera.test", &[StaffRole::Purchasing]).await;
    app.sign_in("buyer@tessera.test", common::PASSWORD).await;
    let page = app.get(&format!("/admin/orders/{order}")).await;
    assert!(
        page.body.contains("The supplier proposes delivery on 2026-12-14") && page.body.contains("Steel arrives late")
    );
    let res = app
        .post(&format!("/admin/orders/{order}/date-decision"), &[("decision", "reject"), ("reason", "Site needs it")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let o = app.db.order(order).await.unwrap();
    assert_eq!(o.summary.status, OrderStatus::Confirmed);
    assert_eq!(o.summary.confirmed_date, before.summary.confirmed_date);
    // Deciding again finds nothing waiting and changes nothing.
    app.post(&format!("/admin/orders/{order}/date-decision"), &[("decision", "accept")]).await;
    assert_eq!(app.db.order(order).await.unwrap().summary.confirmed_date, before.summary.confirmed_date);
}

#[tokio::test]
async fn accepting_a_proposal_confirms_its_date() {
    let mut app = TestApp::with_demo().await;
    let order = open_link(&mut app, "ZAM/12/2020", &all()).await;
    let version = app.db.order(order).await.unwrap().version.to_string();
    app.post(
        &format!("/portal/orders/{order}/date"),
        &[("answer", "propose"), ("date", "2026-12-01"), ("version", &version)],
    )
    .await;
    app.cookies.clear();
    app.add_user("buyer@tessera.test", &[StaffRole::Purchasing]).await;
    app.sign_in("buyer@tessera.test", common::PASSWORD).await;
    app.post(&format!("/admin/orders/{order}/date-decision"), &[("decision", "accept")]).await;
    let o = app.db.order(order).await.unwrap();
    assert_eq!(o.summary.status, OrderStatus::Confirmed);
    assert_eq!(o.summary.confirmed_date, chrono::NaiveDate::from_ymd_opt(2026, 12, 1));
    let events = app.db.audit_events(1).await.unwrap().items;
    assert!(
        events.iter().any(|e| e.action == "order.date_propose")
            && events.iter().any(|e| e.action == "order.date_accept")
    );
}

#[tokio::test]
async fn without_the_confirm_action_nothing_is_offered_and_a_forced_post_is_refused() {
    let mut app = TestApp::with_demo().await;
    let order = open_link(&mut app, "ZAM/12/2020", &[Action::PortalEnter, Action::PortalOrderView]).await;
    let page = app.get(&format!("/portal/orders/{order}")).await;
    assert!(!page.body.contains("/date\""), "no date form offered");
    let res = app.post(&format!("/portal/orders/{order}/date"), &[("answer", "confirm"), ("version", "1")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.db.order(order).await.unwrap().summary.status, OrderStatus::Sent);

    // A cancelled order takes no answer.
    let mut app = TestApp::with_demo().await;
    let order = open_link(&mut app, "ZAM/11/2026", &all()).await;
    let res = app.post(&format!("/portal/orders/{order}/date"), &[("answer", "confirm"), ("version", "1")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("not waiting for a date answer"));
}
