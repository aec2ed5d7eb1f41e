//! Suppliers answer about delivery dates through their link; buyers decide on proposals.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_domain::ids::OrderId;
use tessera_domain::order::OrderStatus;
use tessera_domain::policy::Action;
use tessera_domain::role::StaffRole;

#[tokio::test]
async fn the_supplier_confirms_and_a_second_tab_is_told() {
    let mut app = TestApp::with_demo().await;
    let order = app.open_order_link("ZAM/12/2020", &TestApp::supplier_actions()).await;
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
    let order = app.open_order_link("ZAM/8/2026", &TestApp::supplier_actions()).await;
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
    let order = app.open_order_link("ZAM/12/2020", &TestApp::supplier_actions()).await;
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
    let order = app.open_order_link("ZAM/12/2020", &[Action::PortalEnter, Action::PortalOrderView]).await;
    let page = app.get(&format!("/portal/orders/{order}")).await;
    assert!(!page.body.contains("/date\""), "no date form offered");
    let res = app.post(&format!("/portal/orders/{order}/date"), &[("answer", "confirm"), ("version", "1")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.db.order(order).await.unwrap().summary.status, OrderStatus::Sent);

    // A cancelled order takes no answer.
    let mut app = TestApp::with_demo().await;
    let order = app.open_order_link("ZAM/11/2026", &TestApp::supplier_actions()).await;
    let res = app.post(&format!("/portal/orders/{order}/date"), &[("answer", "confirm"), ("version", "1")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("not waiting for a date answer"));
}

/// The supplier proposes `date` for `number` through their link; then a buyer signs in.
async fn proposed_then_buyer(number: &str, date: &str) -> (TestApp, OrderId) {
    let mut app = TestApp::with_demo().await;
    let order = app.open_order_link(number, &TestApp::supplier_actions()).await;
    let version = app.db.order(order).await.unwrap().version.to_string();
    let res = app
        .post(&format!("/portal/orders/{order}/date"), &[("answer", "propose"), ("date", date), ("version", &version)])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    app.cookies.clear();
    app.add_user("buyer@tessera.test", &[StaffRole::Purchasing]).await;
    app.sign_in("buyer@tessera.test", common::PASSWORD).await;
    (app, order)
}

async fn outbox(app: &TestApp) -> Vec<tessera_db::outbox::Mail> {
    app.db.mails(1).await.unwrap().items
}

#[tokio::test]
async fn the_supplier_is_emailed_the_accepted_date_in_their_language() {
    // STALBUD's language is Polish.
    let (mut app, order) = proposed_then_buyer("ZAM/12/2020", "2026-12-01").await;
    assert!(outbox(&app).await.is_empty());
    app.post(&format!("/admin/orders/{order}/date-decision"), &[("decision", "accept")]).await;
    let mails = outbox(&app).await;
    assert_eq!(mails.len(), 1, "one message");
    let m = &mails[0];
    assert_eq!((m.to.as_str(), m.language.as_str()), ("dostawy@stalbud.example", "pl"));
    assert_eq!(m.subject, "ZAM/12/2020: termin dostawy potwierdzony");
    assert!(m.text.contains("01.12.2026"), "the new confirmed date: {}", m.text);
    assert!(m.text.contains(&format!("/portal/orders/{order}")), "how to open the order again: {}", m.text);
    assert!(!m.text.contains("/l/"), "no link secret: {}", m.text);
    assert!(m.html.contains("01.12.2026"));
    let events = app.db.audit_events(1).await.unwrap().items;
    let e = events.iter().find(|e| e.action == "order.date_accept").unwrap();
    assert_eq!(e.detail.as_deref(), Some("emailed_to=dostawy@stalbud.example"));
}

#[tokio::test]
async fn a_rejection_tells_the_supplier_why_and_which_date_stands() {
    // ZAM/8/2026 (Boltex, German) is confirmed for 2026-11-30.
    let (mut app, order) = proposed_then_buyer("ZAM/8/2026", "2026-12-14").await;
    app.post(
        &format!("/admin/orders/{order}/date-decision"),
        &[("decision", "reject"), ("reason", "Die Baustelle braucht es früher")],
    )
    .await;
    let mails = outbox(&app).await;
    assert_eq!(mails.len(), 1);
    let m = &mails[0];
    assert_eq!((m.to.as_str(), m.language.as_str()), ("orders@boltex.example", "de"));
    assert_eq!(m.subject, "ZAM/8/2026: vorgeschlagener Liefertermin nicht angenommen");
    assert!(m.text.contains("14.12.2026"), "the rejected proposal: {}", m.text);
    assert!(m.text.contains("Die Baustelle braucht es früher"), "the reason: {}", m.text);
    assert!(m.text.contains("Es gilt weiterhin der bestätigte Liefertermin 30.11.2026"), "{}", m.text);

    // A rejection with nothing confirmed before says so.
    let (mut app, order) = proposed_then_buyer("ZAM/12/2020", "2026-12-01").await;
    app.post(&format!("/admin/orders/{order}/date-decision"), &[("decision", "reject")]).await;
    let m = outbox(&app).await.pop().unwrap();
    assert!(m.text.contains(&tessera_i18n::t(tessera_i18n::Lang::Pl, "mail-date-none-in-force")), "{}", m.text);
}

#[tokio::test]
async fn a_stale_decision_changes_nothing_and_sends_nothing() {
    let (mut app, order) = proposed_then_buyer("ZAM/12/2020", "2026-12-01").await;
    let proposal = app.db.pending_date_proposal(order).await.unwrap().unwrap();
    let before = app.db.order(order).await.unwrap();
    let user = tessera_domain::ids::UserId::new(1);
    let mail = tessera_db::outbox::NewMail {
        to: tessera_domain::email::Email::parse("dostawy@stalbud.example").unwrap(),
        language: "pl".into(),
        subject: "s".into(),
        text: "t".into(),
        html: "h".into(),
    };
    // The order changed since the buyer looked at it: nothing happens, nothing is sent.
    let outcome = app
        .db
        .decide_date_proposal(order, (proposal.id, before.version - 1), true, None, user, Some(&mail), app.clock_now())
        .await
        .unwrap();
    assert_eq!(outcome, tessera_db::dates::DateOutcome::Stale);
    assert!(outbox(&app).await.is_empty());
    assert_eq!(app.db.pending_date_proposal(order).await.unwrap(), Some(proposal));
    assert_eq!(app.db.order(order).await.unwrap().version, before.version);

    // Two tabs accept: the first sends one message, the second finds nothing waiting.
    let path = format!("/admin/orders/{order}/date-decision");
    app.post(&path, &[("decision", "accept")]).await;
    app.post(&path, &[("decision", "reject"), ("reason", "too late")]).await;
    let mails = outbox(&app).await;
    assert_eq!(mails.len(), 1, "one message for one decision");
    assert!(mails[0].subject.contains("potwierdzony"));
    assert_eq!(app.db.order(order).await.unwrap().summary.confirmed_date, chrono::NaiveDate::from_ymd_opt(2026, 12, 1));
}

#[tokio::test]
async fn with_a_confirmed_date_only_a_proposal_can_change_it() {
    let mut app = TestApp::with_demo().await;
    // ZAM/8/2026 is confirmed; the supplier proposes another date, then tries to confirm.
    let order = app.open_order_link("ZAM/8/2026", &TestApp::supplier_actions()).await;
    let v = app.db.order(order).await.unwrap().version.to_string();
    let res = app
        .post(
            &format!("/portal/orders/{order}/date"),
            &[("answer", "propose"), ("date", "2026-12-05"), ("version", &v)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/portal/orders/{order}")).await;
    assert!(!page.body.contains("Confirm delivery on"), "no confirm button over a confirmed date");
    let before = app.db.order(order).await.unwrap();
    let v = before.version.to_string();
    let res = app.post(&format!("/portal/orders/{order}/date"), &[("answer", "confirm"), ("version", &v)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("A date is already confirmed."), "{}", res.body);
    let after = app.db.order(order).await.unwrap();
    assert_eq!(after.summary.status, OrderStatus::DateProposed, "the proposal still waits for the buyer");
    assert_eq!(after.summary.confirmed_date, before.summary.confirmed_date);
    assert_eq!(app.db.date_answers(order).await.unwrap().iter().filter(|a| a.status == "pending").count(), 1);
}
