//! The subcontractor portal's permissions (issue #8): staff choose per subcontractor what its
//! links may do; a link carries at most that, and narrowing it narrows every live link at once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use std::collections::BTreeMap;
use tessera_db::links::NewLink;
use tessera_domain::ids::{LinkId, OrderId, PartyId};
use tessera_domain::link::{LinkToken, Portal};
use tessera_domain::order::{Currency, OrderDraft, OrderLineDraft, OrderStatus};
use tessera_domain::policy::Action;
use tessera_domain::role::StaffRole;
use tessera_domain::subcontractor::SubcontractorAction;

async fn montex(app: &TestApp) -> PartyId {
    app.db.party_by_code("P-3001").await.unwrap().unwrap()
}

fn allowed(app_party: &tessera_db::catalog::Party) -> Vec<&'static str> {
    app_party.subcontractor_actions.iter().map(|a| a.as_str()).collect()
}

/// A link for the subcontractor with these actions, opened in a browser of its own.
async fn open_link(app: &mut TestApp, party: PartyId, actions: &[Action]) -> (LinkId, BTreeMap<String, String>) {
    let token = LinkToken::generate().unwrap();
    let new = NewLink {
        portal: Portal::Subcontractor,
        party,
        object: None,
        actions: actions.iter().copied().chain([Action::PortalEnter]).collect(),
        require_code: false,
        note: None,
        expires_at: app.clock_now() + chrono::Duration::days(30),
        created_by: None,
        replaces: None,
    };
    let id = app.db.issue_link(&new, &token.hash(), app.clock_now(), None).await.unwrap();
    let mut browser = BTreeMap::new();
    app.switch_person(&mut browser);
    assert_eq!(app.get(&format!("/l/{}", token.expose())).await.status, StatusCode::FOUND);
    app.switch_person(&mut browser);
    (id, browser)
}

/// A sent order to the subcontractor, so that its link has something to deliver against.
async fn sent_order(app: &TestApp, party: PartyId) -> OrderId {
    let item = app.db.item_by_number("P199121").await.unwrap().unwrap();
    let draft = OrderDraft {
        number: tessera_domain::text::DocNumber::parse("ZAM/SUB/1").unwrap(),
        party,
        order_date: app.clock_now().date_naive(),
        requested_date: Some(app.clock_now().date_naive() + chrono::Duration::days(7)),
        work_order: None,
        currency: Currency::parse("PLN").unwrap(),
        note: None,
        lines: vec![OrderLineDraft {
            item: item.id,
            quantity: "10".parse().unwrap(),
            unit_price: "2.50".parse().unwrap(),
        }],
    };
    app.db.create_order(&draft, OrderStatus::Sent, app.clock_now()).await.unwrap()
}

#[tokio::test]
async fn staff_choose_what_a_subcontractor_may_do_and_it_is_audited() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let id = montex(&app).await;
    let page = app.get(&format!("/admin/parties/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Subcontractor portal"), "{}", page.body);
    // The demo's choice is shown ticked, the rest not.
    assert!(page.body.contains(r#"id="sub-deliveries" name="action" value="deliveries" checked"#), "{}", page.body);
    assert!(page.body.contains(r#"id="sub-invoices" name="action" value="invoices" aria-describedby"#));
    let res = app
        .post(
            &format!("/admin/parties/{id}/subcontractor-actions"),
            &[("action", "requisitions"), ("action", "deliveries"), ("action", "work_permits")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(allowed(&app.db.party(id).await.unwrap()), ["requisitions", "deliveries", "work_permits"]);
    let page = app.get(res.location()).await;
    assert!(page.body.contains("The allowed actions were saved"), "{}", page.body);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    let event = audit.iter().find(|e| e.action == "party.subcontractor_actions").expect("audited");
    assert_eq!(event.object.as_deref(), Some(format!("party:{id}").as_str()));
    assert_eq!(
        event.detail.as_deref(),
        Some(
            "from=deliveries,delivery_import,new_items,inspections,work_permits to=requisitions,deliveries,work_permits"
        )
    );
    // Unticking everything is a choice too: the links can only enter and see orders.
    let res = app.post(&format!("/admin/parties/{id}/subcontractor-actions"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(app.db.party(id).await.unwrap().subcontractor_actions.is_empty());
}

#[tokio::test]
async fn bad_choices_are_refused_and_change_nothing() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let id = montex(&app).await;
    let before = allowed(&app.db.party(id).await.unwrap());
    let res = app
        .post(
            &format!("/admin/parties/{id}/subcontractor-actions"),
            &[("action", "deliveries"), ("action", "teleport")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("“teleport” is not an action of the subcontractor portal."), "{}", res.body);
    assert!(res.body.contains(r#"aria-describedby="sub-actions-error""#));
    assert_eq!(allowed(&app.db.party(id).await.unwrap()), before);
    // A supplier is no subcontractor: no section on its page, and a forced post is refused.
    let stalbud = app.db.party_by_code("11587").await.unwrap().unwrap();
    assert!(!app.get(&format!("/admin/parties/{stalbud}")).await.body.contains("sub-actions-title"));
    let res = app.post(&format!("/admin/parties/{stalbud}/subcontractor-actions"), &[("action", "deliveries")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.db.party(stalbud).await.unwrap().subcontractor_actions.is_empty());
    // An unknown party is 404.
    let res = app.post("/admin/parties/999999/subcontractor-actions", &[("action", "deliveries")]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn only_purchasing_and_admins_change_them() {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    let id = montex(&app).await;
    let before = allowed(&app.db.party(id).await.unwrap());
    // Warehouse sees the choice, disabled, without a button.
    let page = app.get(&format!("/admin/parties/{id}")).await;
    assert!(page.body.contains("sub-actions-title"));
    assert!(page.body.contains(" disabled>"), "{}", page.body);
    assert!(!page.body.contains("Save the allowed actions"));
    let res = app.post(&format!("/admin/parties/{id}/subcontractor-actions"), &[("action", "invoices")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(allowed(&app.db.party(id).await.unwrap()), before);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "subcontractor.actions.manage" && e.outcome == "denied"));
}

/// Staff issue a subcontractor link with these actions through the back office's form.
async fn issue(app: &mut TestApp, party: PartyId, actions: &[&str]) -> common::TestResponse {
    let party = party.to_string();
    let mut fields = vec![("party", party.as_str()), ("portal", "subcontractor"), ("days", "30")];
    fields.extend(actions.iter().map(|a| ("action", *a)));
    app.post("/admin/links", &fields).await
}

#[tokio::test]
async fn a_link_is_issued_with_no_more_than_the_subcontractor_is_allowed() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let id = montex(&app).await;
    // The form opened from the party's page ticks what the subcontractor is allowed.
    let form = app.get(&format!("/admin/links/new?party={id}&portal=subcontractor")).await;
    assert!(form.body.contains(r#"value="permit.accept" checked"#), "{}", form.body);
    assert!(!form.body.contains(r#"value="invoice.issue" checked"#));
    let links_before = app.db.links(Default::default(), Some(id), app.clock_now(), 1).await.unwrap().total;
    let res = issue(&mut app, id, &["delivery.declare", "invoice.issue", "loto.view"]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body
            .contains("This subcontractor is not allowed: Issue invoices for completed work, Read LOTO procedures."),
        "{}",
        res.body
    );
    assert_eq!(app.db.links(Default::default(), Some(id), app.clock_now(), 1).await.unwrap().total, links_before);
    // A party that does not exist is a message at its field, not an error page.
    let res = issue(&mut app, tessera_domain::ids::PartyId::new(999_999), &["delivery.declare"]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Choose a party."), "{}", res.body);
    let res = issue(&mut app, id, &["delivery.declare", "permit.accept"]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let links = app.db.links(Default::default(), Some(id), app.clock_now(), 1).await.unwrap();
    assert_eq!(links.total, links_before + 1);
    let names: Vec<_> = links.items[0].actions.iter().filter_map(|a| a.link_name()).collect();
    assert_eq!(names, ["enter", "delivery.declare", "permit.accept"]);
}

#[tokio::test]
async fn narrowing_a_subcontractor_narrows_its_live_links_at_once() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let id = montex(&app).await;
    let order = sent_order(&app, id).await;
    let (link, mut browser) = open_link(&mut app, id, &[Action::PortalOrderView, Action::PortalDeliveryDeclare]).await;
    let party_page = app.get(&format!("/admin/parties/{id}")).await;
    assert!(party_page.body.contains("one now"), "{}", party_page.body);
    // The subcontractor may declare deliveries: the form opens.
    app.switch_person(&mut browser);
    assert_eq!(app.get(&format!("/portal/orders/{order}/delivery")).await.status, StatusCode::OK);
    app.switch_person(&mut browser);
    // Staff take deliveries away.
    let res = app.post(&format!("/admin/parties/{id}/subcontractor-actions"), &[("action", "inspections")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(!app.db.link(link).await.unwrap().effective_actions().contains(&Action::PortalDeliveryDeclare));
    // The same session, the same link: the form is refused now, and the refusal is logged.
    app.switch_person(&mut browser);
    let page = app.get(&format!("/portal/orders/{order}")).await;
    assert_eq!(page.status, StatusCode::OK, "the link still sees the order");
    assert!(!page.body.contains(&format!("/portal/orders/{order}/delivery\"")), "{}", page.body);
    assert_eq!(app.get(&format!("/portal/orders/{order}/delivery")).await.status, StatusCode::FORBIDDEN);
    app.switch_person(&mut browser);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert!(
        audit.iter().any(|e| e.action == "portal.delivery.declare"
            && e.outcome == "denied"
            && e.actor.as_deref() == Some(format!("link:{link}").as_str())),
        "{audit:?}"
    );
    // Allowing it again gives the live link back what it carries, and no more.
    let res = app
        .post(
            &format!("/admin/parties/{id}/subcontractor-actions"),
            &SubcontractorAction::ALL.map(|a| ("action", a.as_str())),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let effective = app.db.link(link).await.unwrap().effective_actions();
    assert!(effective.contains(&Action::PortalDeliveryDeclare));
    assert!(!effective.contains(&Action::PortalInvoiceIssue));
}

#[tokio::test]
async fn a_delivery_without_an_order_shows_its_serials_to_the_warehouse() {
    use tessera_db::deliveries::FreeOutcome;
    use tessera_domain::free_delivery::{FreeDeclaration, FreeLine, parse_serials};
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    let id = montex(&app).await;
    let d = FreeDeclaration {
        number: tessera_domain::text::DocNumber::parse("WZ-52993").unwrap(),
        loading_date: None,
        delivery_date: app.clock_now().date_naive(),
        cost_centre: Some(("3407".into(), "2411".into())),
        lines: vec![FreeLine {
            article: "12345".into(),
            quantity: "2".parse().unwrap(),
            serials: parse_serials("123/23/2010 | 800/5/2016"),
        }],
    };
    let event = tessera_db::audit::AuditEvent {
        at: app.clock_now(),
        actor_kind: "link".into(),
        actor: None,
        action: "delivery.declare".into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    };
    let FreeOutcome::Done(delivery) =
        app.db.declare_free_delivery(id, &d, None, &event, app.clock_now()).await.unwrap()
    else {
        panic!("not declared")
    };
    let page = app.get(&format!("/admin/deliveries/{delivery}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Serial numbers: 123/23/2010, 800/5/2016"), "{}", page.body);
    assert!(page.body.contains("WZ-52993"));
}

/// The subcontractor posts the form for a delivery without an order.
async fn declare_free(app: &mut TestApp, fields: &[(&str, &str)]) -> common::TestResponse {
    app.post("/portal/deliveries/new", fields).await
}

#[tokio::test]
async fn a_subcontractor_declares_a_delivery_without_an_order_and_bad_rows_change_nothing() {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    let id = montex(&app).await;
    let (_, mut browser) = open_link(&mut app, id, &[Action::PortalOrderView, Action::PortalDeliveryDeclare]).await;
    let before = app.db.deliveries("", 1).await.unwrap().total;
    app.switch_person(&mut browser);
    let home = app.get("/portal").await;
    assert!(home.body.contains(r#"href="/portal/deliveries/new""#), "{}", home.body);
    let form = app.get("/portal/deliveries/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(r#"<option value="3407/2411""#), "{}", form.body);
    // An unknown article, a quantity that is not a number, more serials than pieces: each at
    // its row, nothing saved.
    let res = declare_free(
        &mut app,
        &[
            ("number", "WZ-52993"),
            ("delivery_date", "2026-11-21"),
            ("cost_centre", "3407/2411"),
            ("line_article", "12345"),
            ("line_qty", "1"),
            ("line_serials", "123/23/2010 | 800/5/2016"),
            ("line_article", "NO-SUCH"),
            ("line_qty", "abc"),
            ("line_serials", ""),
        ],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Not a number."), "{}", res.body);
    assert!(res.body.contains(r#"value="NO-SUCH""#), "what was typed is kept");
    let res = declare_free(
        &mut app,
        &[
            ("number", "WZ-52993"),
            ("delivery_date", "2026-11-21"),
            ("line_article", "12345"),
            ("line_qty", "1"),
            ("line_serials", "123/23/2010 | 800/5/2016"),
            ("line_article", "NO-SUCH"),
            ("line_qty", "2"),
        ],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("More serial numbers than pieces."), "{}", res.body);
    let res = declare_free(
        &mut app,
        &[("number", "WZ-52993"), ("delivery_date", "2026-11-21"), ("line_article", "NO-SUCH"), ("line_qty", "2")],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The catalogue has no article NO-SUCH."), "{}", res.body);
    assert_eq!(app.db.deliveries("", 1).await.unwrap().total, before);
    // Fixed, it is declared: the portal says so and lists it; the warehouse sees it.
    let res = declare_free(
        &mut app,
        &[
            ("number", "WZ-52993"),
            ("delivery_date", "2026-11-21"),
            ("cost_centre", "3407/2411"),
            ("line_article", "12345"),
            ("line_qty", "2"),
            ("line_serials", "123/23/2010 | 800/5/2016"),
        ],
    )
    .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let home = app.get(res.location()).await;
    assert!(home.body.contains("Delivery WZ-52993 was declared."), "{}", home.body);
    // The same number twice is refused.
    let res = declare_free(
        &mut app,
        &[("number", "WZ-52993"), ("delivery_date", "2026-11-21"), ("line_article", "12345"), ("line_qty", "1")],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.db.deliveries("", 1).await.unwrap().total, before + 1);
    app.switch_person(&mut browser);
    let list = app.db.deliveries("WZ-52993", 1).await.unwrap();
    assert_eq!(list.items.len(), 1);
    let page = app.get(&format!("/admin/deliveries/{}", list.items[0].id)).await;
    assert!(page.body.contains("Serial numbers: 123/23/2010, 800/5/2016"), "{}", page.body);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "portal.delivery.declare"
        && e.object.as_deref() == Some(format!("delivery:{}", list.items[0].id).as_str())));
}

#[tokio::test]
async fn without_deliveries_allowed_the_form_is_not_offered_and_refused_when_forced() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let id = montex(&app).await;
    let (_, mut browser) = open_link(&mut app, id, &[Action::PortalOrderView, Action::PortalDeliveryDeclare]).await;
    let res = app.post(&format!("/admin/parties/{id}/subcontractor-actions"), &[("action", "work_permits")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    app.switch_person(&mut browser);
    let home = app.get("/portal").await;
    assert!(!home.body.contains("/portal/deliveries/new"), "{}", home.body);
    assert!(!home.body.contains("Declare deliveries"), "the narrowed action is not listed");
    assert_eq!(app.get("/portal/deliveries/new").await.status, StatusCode::FORBIDDEN);
    let res = declare_free(
        &mut app,
        &[("number", "WZ-1"), ("delivery_date", "2026-11-21"), ("line_article", "12345"), ("line_qty", "1")],
    )
    .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    app.switch_person(&mut browser);
    assert_eq!(app.db.deliveries("WZ-1", 1).await.unwrap().total, 0);
}
