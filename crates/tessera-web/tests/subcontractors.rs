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

/// An audit event of the system, for changes a test makes straight in the database.
fn system_event(app: &TestApp) -> tessera_db::audit::AuditEvent {
    tessera_db::audit::AuditEvent {
        at: app.clock_now(),
        actor_kind: "system".into(),
        actor: None,
        action: "test".into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    }
}

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

const FORMWORK_HEADER: &[u8] = b"Contract;customer ID;Customer name;Construction;Construction Name;Date;Document type;Stock documents;Article;Article description;Wear type;Category;Quantity;Libra;unit price;Value\r\n";

/// A formwork file in ISO-8859-2 (Ś is 0xA6, Ł 0xA3), as the main system writes it.
fn formwork_file(construction: &str) -> Vec<u8> {
    let mut f = FORMWORK_HEADER.to_vec();
    f.extend_from_slice(
        format!("3407 ;KB0004  ;FIRMA BUDOWLANA ;{construction} ;S33 ;17.05.18;W-Z KAUCJA ;52992 ;2124907 ;")
            .as_bytes(),
    );
    f.extend_from_slice(b"\xa6RUBA RZYMSKA 1.0 ;Zu\xbfycie ;A;'40 ;'396 ;'207.65 ;'8306.0\r\n");
    f.extend_from_slice(
        format!("3407 ;KB0004  ;FIRMA BUDOWLANA ;{construction} ;S33 ;17.05.18;W-Z KAUCJA ;52992 ;2124911 ;")
            .as_bytes(),
    );
    f.extend_from_slice(b"P\xa3YTA SZALUNKOWA ;Zu\xbfycie ;C;'12 ;'180,5;'95,00 ;'1140,00\r\n");
    f
}

#[tokio::test]
async fn a_formwork_file_with_an_unknown_key_is_refused_and_once_fixed_fills_the_form() {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    let id = montex(&app).await;
    let (_, mut browser) =
        open_link(&mut app, id, &[Action::PortalDeliveryDeclare, Action::PortalDeliveryImport]).await;
    let before = app.db.deliveries("", 1).await.unwrap().total;
    app.switch_person(&mut browser);
    let form = app.get("/portal/deliveries/new").await;
    assert!(form.body.contains(r#"action="/portal/deliveries/import""#), "{}", form.body);
    // Construction 9999 names no cost centre of contract 3407: the error says which, at its
    // line and column, and the form is left empty.
    let res = app
        .post_multipart(
            "/portal/deliveries/import",
            &[("format", "auto")],
            &[("file", "WZ-52992.csv", &formwork_file("9999"))],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(res.body.contains("No cost centre has contract 3407 and construction 9999."), "{}", res.body);
    assert!(res.body.contains("WZ-52992.csv was not read into the form"), "{}", res.body);
    assert!(!res.body.contains(r#"name="number" value="52992""#), "nothing is filled from a bad file");
    assert_eq!(app.db.deliveries("", 1).await.unwrap().total, before);
    // An article the catalogue lacks is named at its line.
    let unknown = String::from_utf8_lossy(&formwork_file("2411")).replace("2124911", "7777777");
    let res = app
        .post_multipart(
            "/portal/deliveries/import",
            &[("format", "formwork")],
            &[("file", "WZ.csv", unknown.as_bytes())],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The catalogue has no article 7777777."), "{}", res.body);
    // Fixed and uploaded again: the form is filled from the file, nothing declared yet.
    let res = app
        .post_multipart(
            "/portal/deliveries/import",
            &[("format", "auto")],
            &[("file", "WZ-52992.csv", &formwork_file("2411"))],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("WZ-52992.csv was read into the form below"), "{}", res.body);
    assert!(res.body.contains("(Formwork)"), "{}", res.body);
    assert!(res.body.contains(r#"<option value="3407/2411" selected>"#), "{}", res.body);
    assert_eq!(app.db.deliveries("", 1).await.unwrap().total, before);
    let fields = TestApp::form_fields(&res.body, r#"action="/portal/deliveries/new""#);
    let get = |k: &str| fields.iter().filter(|(n, _)| n == k).map(|(_, v)| v.as_str()).collect::<Vec<_>>();
    assert_eq!(get("number"), ["52992"]);
    assert_eq!(get("delivery_date"), ["2018-05-17"]);
    assert_eq!(get("source"), ["formwork"]);
    assert_eq!(&get("line_article")[..2], ["2124907", "2124911"]);
    assert_eq!(&get("line_qty")[..2], ["40", "12"]);
    // The select is not an input: the form sends the chosen cost centre.
    let mut send: Vec<(&str, &str)> =
        fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).filter(|(k, _)| *k != "csrf").collect();
    send.push(("cost_centre", "3407/2411"));
    let res = app.post("/portal/deliveries/new", &send).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), "/portal?declared=52992");
    assert_eq!(app.db.deliveries("", 1).await.unwrap().total, before + 1);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    let checks: Vec<_> = audit.iter().filter(|e| e.action == "delivery.file_check").collect();
    assert_eq!(checks.len(), 3);
    assert!(checks.iter().any(|e| e.detail.as_deref() == Some("file=formwork errors=0 warnings=0")), "{checks:?}");
    let declared = audit.iter().find(|e| e.action == "portal.delivery.declare").expect("declared");
    assert_eq!(declared.detail.as_deref(), Some("source=formwork order=none lines=2"));
}

#[tokio::test]
async fn a_small_appliance_file_brings_its_serials_and_a_delivery_file_for_an_order_is_sent_there() {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    let id = montex(&app).await;
    let (_, mut browser) = open_link(&mut app, id, &[Action::PortalDeliveryImport]).await;
    app.switch_person(&mut browser);
    let small = b"Contract;customer ID;Customer name;Construction;Construction Name;Date;Document type;Stock documents;Article;Article description;Quantity;Libra;Serial number\n3407;KB0004;COMPANY X;2411;S33;17-05-2018;W-Z;52993;12345;POWER GENERATOR 40 KVA;2;5;123/23/2010 | 800/5/2016\n";
    let res = app.post_multipart("/portal/deliveries/import", &[], &[("file", "WZ-52993.csv", small)]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains(r#"value="123/23/2010 | 800/5/2016""#), "{}", res.body);
    assert!(res.body.contains("(Small appliances)"));
    let delivery = b"DELIVERY_NUMBER;DELIVERY_DATE;LOADING_DATE;ORDER_NUMBER;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE;CHECKED_COUNT\nWZ/9;2026-11-20;;ZAM/7/2026;P-3001;;;;;SCREW;2124907;PIECE;;4;;\n";
    let res = app.post_multipart("/portal/deliveries/import", &[], &[("file", "WZ-9.csv", delivery)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("This file is for order ZAM/7/2026"), "{}", res.body);
    // With the import alone, a file's values may be declared; typing a delivery by hand may not.
    let by_hand = [("number", "X-1"), ("delivery_date", "2026-11-20"), ("line_article", "12345"), ("line_qty", "1")];
    assert_eq!(app.post("/portal/deliveries/new", &by_hand).await.status, StatusCode::FORBIDDEN);
    let mut from_file = by_hand.to_vec();
    from_file.push(("source", "small-appliances"));
    assert_eq!(app.post("/portal/deliveries/new", &from_file).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn without_the_import_allowed_it_is_not_offered_and_refused_when_forced() {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    let id = montex(&app).await;
    let (_, mut browser) = open_link(&mut app, id, &[Action::PortalDeliveryDeclare]).await;
    app.switch_person(&mut browser);
    let form = app.get("/portal/deliveries/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(!form.body.contains("/portal/deliveries/import"), "{}", form.body);
    let res = app.post_multipart("/portal/deliveries/import", &[], &[("file", "WZ.csv", &formwork_file("2411"))]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "portal.delivery.import" && e.outcome == "denied"), "{audit:?}");
}

#[tokio::test]
async fn a_proposed_item_waits_for_staff_who_approve_merge_or_reject_it() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let id = montex(&app).await;
    let (_, mut browser) = open_link(&mut app, id, &[Action::PortalItemPropose]).await;
    app.switch_person(&mut browser);
    assert!(app.get("/portal").await.body.contains(r#"href="/portal/items""#));
    // Bad input: each field says what is wrong, nothing is filed.
    let res = app
        .post("/portal/items", &[("name", ""), ("ordering_number", "HST3-M10"), ("unit", "szt"), ("unit_price", "-3")])
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Required."), "{}", res.body);
    assert!(res.body.contains("Cannot be negative."), "{}", res.body);
    assert!(app.db.item_proposals(Some(id), false).await.unwrap().is_empty());
    let propose = |number: &'static str| {
        [
            ("name", "Kotwa HST3 M10"),
            ("ordering_number", number),
            ("unit", "szt"),
            ("manufacturer", "Hilti"),
            ("unit_price", "12,50"),
        ]
    };
    let res = app.post("/portal/items", &propose("HST3-M10")).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = app.get(res.location()).await;
    assert!(page.body.contains("Item HST3-M10 was proposed."), "{}", page.body);
    assert!(page.body.contains("Waiting for a decision"));
    // The same number twice while the first waits: refused at the field.
    let res = app.post("/portal/items", &propose("HST3-M10")).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("You already proposed an item with this ordering number"), "{}", res.body);
    // One that the catalogue already has, to be merged.
    assert_eq!(app.post("/portal/items", &propose("P199121")).await.status, StatusCode::SEE_OTHER);
    app.switch_person(&mut browser);
    let proposals = app.db.item_proposals(Some(id), false).await.unwrap();
    let (merge, approve) = (proposals[0].id, proposals[1].id);
    let list = app.get("/admin/item-proposals").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("The catalogue already has an item with this ordering number"), "{}", list.body);
    // A rejection without a reason, approving under a number the catalogue has: refused, and
    // the proposals still wait.
    let res =
        app.post(&format!("/admin/item-proposals/{approve}/decide"), &[("decision", "reject"), ("reason", " ")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Say why the proposal is rejected."), "{}", res.body);
    let mut taken = propose("P199121").to_vec();
    taken.push(("decision", "approve"));
    let res = app.post(&format!("/admin/item-proposals/{merge}/decide"), &taken).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body.contains("The catalogue already has an item with this ordering number: merge with it"),
        "{}",
        res.body
    );
    assert_eq!(app.db.item_proposals(None, true).await.unwrap().len(), 2);
    // Approved with a corrected name: in the catalogue; merged: the existing item.
    let mut corrected = propose("HST3-M10").to_vec();
    corrected[0] = ("name", "ANCHOR HST3 M10");
    corrected.push(("decision", "approve"));
    let res = app.post(&format!("/admin/item-proposals/{approve}/decide"), &corrected).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let item = app.db.item_by_number("HST3-M10").await.unwrap().expect("in the catalogue");
    assert_eq!(item.name, "ANCHOR HST3 M10");
    assert_eq!(item.unit_price.map(|p| p.to_string()).as_deref(), Some("12.50"));
    let res = app
        .post(&format!("/admin/item-proposals/{merge}/decide"), &[("decision", "merge"), ("merge_number", "P199121")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    // Deciding again is refused.
    let res =
        app.post(&format!("/admin/item-proposals/{merge}/decide"), &[("decision", "reject"), ("reason", "no")]).await;
    assert_eq!(res.location(), "/admin/item-proposals?problem=decided");
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "item_proposal.decide").count(), 2);
    app.switch_person(&mut browser);
    let page = app.get("/portal/items").await;
    assert!(page.body.contains("Approved into the catalogue"), "{}", page.body);
    assert!(page.body.contains("Merged with an existing item"));
}

#[tokio::test]
async fn proposing_is_refused_without_new_items_allowed() {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    let id = montex(&app).await;
    // Warehouse staff see proposals but do not decide them.
    let (_, mut browser) = open_link(&mut app, id, &[Action::PortalDeliveryDeclare]).await;
    assert!(!app.get("/admin/item-proposals").await.body.contains("Approve into the catalogue"));
    app.switch_person(&mut browser);
    assert!(!app.get("/portal").await.body.contains("/portal/items"));
    assert_eq!(app.get("/portal/items").await.status, StatusCode::FORBIDDEN);
    let res = app.post("/portal/items", &[("name", "X"), ("ordering_number", "X"), ("unit", "szt")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(app.db.item_proposals(Some(id), false).await.unwrap().is_empty());
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";

/// Service staff register a work order for MONTEX with a pass/fail item and a measurement.
async fn register_work_order(app: &mut TestApp, party: PartyId, number: &str) -> tessera_domain::ids::WorkOrderId {
    let contracts = app.db.contracts().await.unwrap();
    let contract = contracts.iter().find(|c| c.1 == "3407").unwrap().0.to_string();
    let party = party.to_string();
    let res = app
        .post(
            "/admin/work-orders",
            &[
                ("party", party.as_str()),
                ("contract", contract.as_str()),
                ("number", number),
                ("site", "Pump station 2"),
                ("description", "Replace the pump seal.\nTest the motor."),
                ("due_date", "2026-12-20"),
                ("checklist", "Guards refitted\nInsulation resistance | MΩ | 1.."),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    res.location().rsplit('/').next().unwrap().parse().unwrap()
}

/// A one-off link for one work order, opened in a browser of its own.
async fn work_order_link(
    app: &mut TestApp,
    party: PartyId,
    wo: tessera_domain::ids::WorkOrderId,
) -> BTreeMap<String, String> {
    let token = LinkToken::generate().unwrap();
    let new = NewLink {
        portal: Portal::Subcontractor,
        party,
        object: Some(tessera_domain::link::LinkObject::WorkOrder(wo)),
        actions: [Action::PortalEnter, Action::PortalInspectionPerform, Action::PortalPermitAccept].into(),
        require_code: false,
        note: None,
        expires_at: app.clock_now() + chrono::Duration::days(30),
        created_by: None,
        replaces: None,
    };
    app.db.issue_link(&new, &token.hash(), app.clock_now(), None).await.unwrap();
    let mut browser = BTreeMap::new();
    app.switch_person(&mut browser);
    let res = app.get(&format!("/l/{}", token.expose())).await;
    assert_eq!(res.location(), format!("/portal/work-orders/{wo}"));
    app.switch_person(&mut browser);
    browser
}

#[tokio::test]
async fn a_work_order_is_registered_with_its_checklist_and_bad_input_changes_nothing() {
    let mut app = TestApp::signed_in(&[StaffRole::Service]).await;
    let id = montex(&app).await;
    let party = id.to_string();
    let res = app
        .post(
            "/admin/work-orders",
            &[
                ("party", party.as_str()),
                ("contract", "nope"),
                ("number", ""),
                ("site", "Pump station 2"),
                ("description", "x"),
                ("due_date", "2020-01-01"),
                ("checklist", "Torque | Nm | 60..40"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Choose one of the options."), "{}", res.body);
    assert!(res.body.contains("Line 1 of the checklist: the range"), "{}", res.body);
    assert!(app.db.subcontractor_work_orders(None).await.unwrap().is_empty());
    let wo = register_work_order(&mut app, id, "WO-1").await;
    let page = app.get(&format!("/admin/work-orders/{wo}")).await;
    assert!(page.body.contains("Work order WO-1"), "{}", page.body);
    assert!(page.body.contains("Insulation resistance"));
    assert!(page.body.contains(&format!("object=work_order:{wo}")), "the one-off link is offered");
    // The same number on the same contract again: refused at the field.
    let contracts = app.db.contracts().await.unwrap();
    let contract = contracts.iter().find(|c| c.1 == "3407").unwrap().0.to_string();
    let res = app
        .post(
            "/admin/work-orders",
            &[
                ("party", party.as_str()),
                ("contract", contract.as_str()),
                ("number", "WO-1"),
                ("site", "Pump station 2"),
                ("description", "Again"),
                ("checklist", "Done"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The contract already has a work order with this number."), "{}", res.body);
    // Purchasing sees work orders but does not register them.
    let mut other = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    assert_eq!(other.post("/admin/work-orders", &[("number", "WO-2")]).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_inspection_on_a_one_off_link_is_checked_confirmed_once_and_accepted() {
    let mut app = TestApp::signed_in(&[StaffRole::Service]).await;
    let id = montex(&app).await;
    let wo = register_work_order(&mut app, id, "WO-7").await;
    let other = register_work_order(&mut app, id, "WO-8").await;
    let mut browser = work_order_link(&mut app, id, wo).await;
    app.switch_person(&mut browser);
    let page = app.get(&format!("/portal/work-orders/{wo}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains(r#"name="result_1" value="fail""#), "{}", page.body);
    // Its home leads to the work order and lists nothing else of the party.
    let home = app.get("/portal").await;
    assert!(home.body.contains(&format!(r#"href="/portal/work-orders/{wo}""#)), "{}", home.body);
    assert!(!home.body.contains("/portal/work-orders\""), "no list of the party's work orders");
    // The link is for this work order only: another one, or the party's lists, do not exist.
    assert_eq!(app.get(&format!("/portal/work-orders/{other}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/portal/deliveries/new").await.status, StatusCode::FORBIDDEN);
    let path = format!("/portal/work-orders/{wo}/inspection");
    // Unanswered, a value out of range marked as passed, no name: each at its item, nothing saved.
    let res = app.post_multipart(&path, &[("value_1", "0,4"), ("result_1", "pass")], &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(res.body.contains("Choose pass, fail or not applicable."), "{}", res.body);
    assert!(res.body.contains("The value is outside the range: mark the item as failed."));
    assert!(res.body.contains("Enter your name to confirm the work."));
    // A failure needs a comment; a PDF is no photo.
    let res = app
        .post_multipart(
            &path,
            &[("result_0", "fail"), ("result_1", "pass"), ("value_1", "12"), ("confirmed_by", "Jan Kowalski")],
            &[("photos", "report.pdf", b"%PDF-1.4\n%%EOF\n")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Say what failed in a comment."), "{}", res.body);
    assert!(res.body.contains("Photos must be pictures"), "{}", res.body);
    assert!(app.db.inspections(wo).await.unwrap().is_empty());
    let good = [
        ("result_0", "pass"),
        ("result_1", "pass"),
        ("value_1", "12,5"),
        ("comment_1", "Measured at 500 V"),
        ("confirmed_by", "Jan Kowalski"),
    ];
    let res = app.post_multipart(&path, &good, &[("photos", "seal.png", PNG)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(app.get(res.location()).await.body.contains("the work was confirmed as done"));
    // Confirmed twice (a second tap, a second person): refused, nothing added.
    let res = app.post_multipart(&path, &good, &[]).await;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.body);
    assert!(res.body.contains("This work was already confirmed as done"), "{}", res.body);
    assert_eq!(app.db.inspections(wo).await.unwrap().len(), 1);
    app.switch_person(&mut browser);
    // Staff see the answers and the photo; sending back needs a reason.
    let page = app.get(&format!("/admin/work-orders/{wo}")).await;
    assert!(page.body.contains("Confirmed by Jan Kowalski"), "{}", page.body);
    assert!(page.body.contains("seal.png"));
    assert!(page.body.contains("12.5"));
    let review = format!("/admin/work-orders/{wo}/review");
    let res = app.post(&review, &[("decision", "send_back"), ("reason", "")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Say why the work is sent back."), "{}", res.body);
    let res = app.post(&review, &[("decision", "send_back"), ("reason", "Photo of the seal is blurred")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    app.switch_person(&mut browser);
    let page = app.get(&format!("/portal/work-orders/{wo}")).await;
    assert!(page.body.contains("Sent back: Photo of the seal is blurred"), "{}", page.body);
    assert_eq!(app.post_multipart(&path, &good, &[("photos", "seal.png", PNG)]).await.status, StatusCode::SEE_OTHER);
    app.switch_person(&mut browser);
    let res = app.post(&review, &[("decision", "accept")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.db.subcontractor_work_order(wo).await.unwrap().status.as_str(), "accepted");
    // Closed: the one-off link ended with it.
    app.switch_person(&mut browser);
    assert_ne!(app.get(&format!("/portal/work-orders/{wo}")).await.status, StatusCode::OK);
    app.switch_person(&mut browser);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.action == "portal.inspection.perform" && e.detail.as_deref() == Some("failed=0 photos=1"))
    );
    assert!(
        audit
            .iter()
            .any(|e| e.outcome == "denied" && e.object.as_deref() == Some(format!("work_order:{other}").as_str()))
    );
}

/// Service staff issue a permit to MONTEX for the work order, from 09:00 to `until` on the
/// clock's day.
async fn issue_permit(app: &mut TestApp, party: PartyId, wo: tessera_domain::ids::WorkOrderId, until: &str) {
    let (party, wo) = (party.to_string(), wo.to_string());
    let res = app
        .post(
            "/admin/permits",
            &[
                ("party", party.as_str()),
                ("work_order", wo.as_str()),
                ("kind", "hot_work"),
                ("site", "Pump station 2, hall B"),
                ("valid_from", "2026-11-22T09:00"),
                ("valid_until", until),
                ("hazards", "Sparks near oil"),
                ("precautions", "Fire watch, extinguisher, remove oil"),
                ("issued_by", "Anna Nowak"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

#[tokio::test]
async fn a_permit_is_accepted_by_name_within_its_window_and_closed_and_the_log_only_grows() {
    let mut app = TestApp::signed_in(&[StaffRole::Service]).await;
    let id = montex(&app).await;
    let wo = register_work_order(&mut app, id, "WO-P").await;
    let party = id.to_string();
    // A window that ends before it starts, no hazards: refused at the fields, nothing issued.
    let res = app
        .post(
            "/admin/permits",
            &[
                ("party", party.as_str()),
                ("kind", "work_at_height"),
                ("site", "Roof"),
                ("valid_from", "2026-11-22T12:00"),
                ("valid_until", "2026-11-22T10:00"),
                ("precautions", "Harness"),
                ("issued_by", "Anna Nowak"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The permit must end after it starts."), "{}", res.body);
    assert!(res.body.contains("Name the hazards."), "{}", res.body);
    assert!(app.db.permits(None, None).await.unwrap().is_empty());
    issue_permit(&mut app, id, wo, "2026-11-22T17:00").await;
    let permit = app.db.permits(Some(id), None).await.unwrap()[0].id;
    let mut browser = work_order_link(&mut app, id, wo).await;
    app.switch_person(&mut browser);
    assert!(app.get(&format!("/portal/work-orders/{wo}")).await.body.contains(r#"href="/portal/permits""#));
    let page = app.get("/portal/permits").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Hot work"), "{}", page.body);
    assert!(page.body.contains("Fire watch, extinguisher"), "{}", page.body);
    let res = app.post(&format!("/portal/permits/{permit}/accept"), &[("name", " ")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Enter the name of the person in charge."), "{}", res.body);
    // Closing before accepting is refused too.
    let res = app.post(&format!("/portal/permits/{permit}/close"), &[("name", "Piotr Wiśniewski")]).await;
    assert!(res.body.contains("Only an accepted permit can be closed."), "{}", res.body);
    let res = app.post(&format!("/portal/permits/{permit}/accept"), &[("name", "Piotr Wiśniewski")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res = app.post(&format!("/portal/permits/{permit}/accept"), &[("name", "Someone Else")]).await;
    assert!(res.body.contains("The permit was already accepted."), "{}", res.body);
    let res = app.post(&format!("/portal/permits/{permit}/close"), &[("name", "Piotr Wiśniewski")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let log = app.db.permit_log(permit).await.unwrap();
    let steps: Vec<_> = log.iter().map(|e| (e.event.as_str(), e.who.as_str())).collect();
    assert_eq!(steps, [("issued", "Anna Nowak"), ("accepted", "Piotr Wiśniewski"), ("closed", "Piotr Wiśniewski")]);
    assert!(log[1].actor.starts_with("link:"));
    app.switch_person(&mut browser);
    let page = app.get("/admin/permits").await;
    assert!(
        page.body.contains("accepted by · Piotr Wiśniewski") || page.body.contains("Piotr Wiśniewski"),
        "{}",
        page.body
    );
    // A permit for another work order does not exist for the one-off link.
    let other = register_work_order(&mut app, id, "WO-Q").await;
    issue_permit(&mut app, id, other, "2026-11-22T17:00").await;
    let foreign = app.db.permits(Some(id), Some(other)).await.unwrap()[0].id;
    app.switch_person(&mut browser);
    assert!(!app.get("/portal/permits").await.body.contains(&format!("/portal/permits/{foreign}/")));
    let res = app.post(&format!("/portal/permits/{foreign}/accept"), &[("name", "Piotr")]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_permit_cannot_be_accepted_after_its_window() {
    let mut app = TestApp::signed_in(&[StaffRole::Service]).await;
    let id = montex(&app).await;
    let wo = register_work_order(&mut app, id, "WO-L").await;
    issue_permit(&mut app, id, wo, "2026-11-22T10:00").await;
    let permit = app.db.permits(Some(id), None).await.unwrap()[0].id;
    let mut browser = work_order_link(&mut app, id, wo).await;
    app.clock.advance(chrono::Duration::hours(2));
    app.switch_person(&mut browser);
    let res = app.post(&format!("/portal/permits/{permit}/accept"), &[("name", "Piotr Wiśniewski")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(res.body.contains("can no longer be accepted"), "{}", res.body);
    assert_eq!(app.db.permit(permit).await.unwrap().status.as_str(), "issued");
    assert_eq!(app.db.permit_log(permit).await.unwrap().len(), 1, "a refusal adds nothing to the log");
}

#[tokio::test]
async fn a_loto_procedure_is_versioned_and_each_opening_through_a_link_is_recorded() {
    let mut app = TestApp::signed_in(&[StaffRole::Service]).await;
    let id = montex(&app).await;
    let assets = app.db.assets().await.unwrap();
    let pump = assets.iter().find(|a| a.code == "PS2-P1").expect("the demo's pump").id;
    let page = app.get(&format!("/admin/assets/{pump}")).await;
    assert!(page.body.contains("Open Q1, fit your lock and tag"), "{}", page.body);
    // A bad energy line and no steps: at their fields, no new version.
    let path = format!("/admin/assets/{pump}/loto");
    let res = app
        .post(
            &path,
            &[
                ("title", "Main pump"),
                ("energy", "steam 5 bar"),
                ("isolation", "Q1"),
                ("steps", ""),
                ("verification", "Try start"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Line 1: write the kind, a colon and a description"), "{}", res.body);
    assert!(res.body.contains("Give at least one step."));
    assert_eq!(app.db.loto_versions(pump).await.unwrap().len(), 1);
    let good = [
        ("title", "Main pump PS2-P1"),
        ("energy", "electrical: 400 V motor supply\nthermal: hot casing"),
        ("isolation", "Q1 in RG-2"),
        ("steps", "1. Stop the pump\n2. Lock Q1"),
        ("verification", "Try to start it"),
    ];
    let res = app.post(&path, &good).await;
    assert_eq!(res.location(), format!("/admin/assets/{pump}?saved=2"));
    // The same again makes no new version.
    assert_eq!(app.post(&path, &good).await.location(), format!("/admin/assets/{pump}?saved=same"));
    assert_eq!(app.db.loto_versions(pump).await.unwrap().len(), 2);
    // A work order on the pump; MONTEX may not read LOTO: not offered, refused when forced.
    let contracts = app.db.contracts().await.unwrap();
    let contract = contracts.iter().find(|c| c.1 == "3407").unwrap().0.to_string();
    let (party, asset) = (id.to_string(), pump.to_string());
    let res = app
        .post(
            "/admin/work-orders",
            &[
                ("party", party.as_str()),
                ("contract", contract.as_str()),
                ("number", "WO-LOTO"),
                ("asset", asset.as_str()),
                ("site", "Pump station 2"),
                ("description", "Seal"),
                ("checklist", "Done"),
            ],
        )
        .await;
    let wo: tessera_domain::ids::WorkOrderId = res.location().rsplit('/').next().unwrap().parse().unwrap();
    let (_, mut browser) = open_link(&mut app, id, &[Action::PortalInspectionPerform, Action::PortalLotoView]).await;
    app.switch_person(&mut browser);
    assert!(!app.get(&format!("/portal/work-orders/{wo}")).await.body.contains("/loto"));
    assert_eq!(app.get(&format!("/portal/work-orders/{wo}/loto")).await.status, StatusCode::FORBIDDEN);
    app.switch_person(&mut browser);
    let mut allowed = app.db.party(id).await.unwrap().subcontractor_actions;
    allowed = tessera_domain::subcontractor::AllowedActions::new(allowed.iter().chain([SubcontractorAction::Loto]));
    let event = system_event(&app);
    app.db.set_subcontractor_actions(id, &allowed, &event).await.unwrap();
    app.switch_person(&mut browser);
    assert!(
        app.get(&format!("/portal/work-orders/{wo}")).await.body.contains(&format!("/portal/work-orders/{wo}/loto"))
    );
    let page = app.get(&format!("/portal/work-orders/{wo}/loto")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Lock Q1") && page.body.contains("version 2"), "the current version: {}", page.body);
    assert!(!page.body.contains("Open Q1, fit your lock and tag"), "not the old one");
    app.switch_person(&mut browser);
    let openings = app.db.loto_openings(pump).await.unwrap();
    assert_eq!(openings.len(), 1);
    assert_eq!((openings[0].version, openings[0].work_order), (2, Some(wo)));
    assert!(app.get(&format!("/admin/assets/{pump}")).await.body.contains("Opened through links"));
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "portal.loto.view" && e.outcome == "denied"));
    assert!(audit.iter().any(|e| e.action == "portal.loto.view" && e.outcome == "ok"));
}

#[tokio::test]
async fn a_subcontractor_allowed_work_orders_registers_its_own() {
    let mut app = TestApp::signed_in(&[StaffRole::Service]).await;
    let id = montex(&app).await;
    let contracts = app.db.contracts().await.unwrap();
    let contract = contracts.iter().find(|c| c.1 == "3407").unwrap().0.to_string();
    // Another party in the form is ignored: the work order is the link's party's.
    let form = |number: &'static str, contract: &str| {
        vec![
            ("party".to_owned(), "1".to_owned()),
            ("contract".to_owned(), contract.to_owned()),
            ("number".to_owned(), number.to_owned()),
            ("site".to_owned(), "Pump station 2".to_owned()),
            ("description".to_owned(), "Found a leak; fixing it".to_owned()),
            ("checklist".to_owned(), "Leak fixed".to_owned()),
        ]
    };
    let send = |f: &Vec<(String, String)>| f.iter().map(|(k, v)| (k.clone(), v.clone())).collect::<Vec<_>>();
    // Not allowed (the demo's MONTEX may not register): not offered, refused when forced.
    let (_, mut browser) =
        open_link(&mut app, id, &[Action::PortalInspectionPerform, Action::PortalWorkOrderRegister]).await;
    app.switch_person(&mut browser);
    assert!(!app.get("/portal/work-orders").await.body.contains("Register a work order"));
    let f = send(&form("WO-SUB-1", &contract));
    let fields: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(app.post("/portal/work-orders", &fields).await.status, StatusCode::FORBIDDEN);
    app.switch_person(&mut browser);
    let allowed = tessera_domain::subcontractor::AllowedActions::new([
        SubcontractorAction::Inspections,
        SubcontractorAction::WorkOrders,
    ]);
    let res = app
        .post(
            &format!("/admin/parties/{id}/subcontractor-actions"),
            &[("action", "inspections"), ("action", "work_orders")],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "service staff do not choose the actions");
    app.db.set_subcontractor_actions(id, &allowed, &system_event(&app)).await.unwrap();
    app.switch_person(&mut browser);
    assert!(app.get("/portal/work-orders").await.body.contains("Register a work order"));
    let bad = send(&form("", "x"));
    let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = app.post("/portal/work-orders", &bad).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Required."), "{}", res.body);
    let res = app.post("/portal/work-orders", &fields).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let wo = app.db.subcontractor_work_orders(Some(id)).await.unwrap();
    assert_eq!(wo.len(), 1);
    assert_eq!((wo[0].number.as_str(), wo[0].party), ("WO-SUB-1", id));
}

#[tokio::test]
async fn a_requisition_is_filed_checked_and_turned_into_a_purchase_order() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let id = montex(&app).await;
    let event = system_event(&app);
    // Not allowed (the demo's MONTEX may not file requisitions): not offered, refused when forced.
    let (_, mut browser) = open_link(&mut app, id, &[Action::PortalRequisitionFile]).await;
    app.switch_person(&mut browser);
    assert!(!app.get("/portal").await.body.contains("/portal/requisitions"));
    assert_eq!(app.get("/portal/requisitions").await.status, StatusCode::FORBIDDEN);
    app.switch_person(&mut browser);
    let allowed = tessera_domain::subcontractor::AllowedActions::new([SubcontractorAction::Requisitions]);
    app.db.set_subcontractor_actions(id, &allowed, &event).await.unwrap();
    app.switch_person(&mut browser);
    assert!(app.get("/portal").await.body.contains("/portal/requisitions"));
    // In the past, an unnamed line, an unknown article: each said, nothing filed.
    let res = app
        .post(
            "/portal/requisitions",
            &[("needed_by", "2026-11-01"), ("line_article", ""), ("line_description", ""), ("line_qty", "2")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The date is in the past."), "{}", res.body);
    assert!(res.body.contains("Give an ordering number or say what is needed."), "{}", res.body);
    let res = app
        .post("/portal/requisitions", &[("needed_by", "2026-12-01"), ("line_article", "NOPE"), ("line_qty", "2")])
        .await;
    assert!(res.body.contains("The catalogue has no article NOPE."), "{}", res.body);
    assert!(app.db.requisitions(Some(id)).await.unwrap().is_empty());
    let good = [
        ("needed_by", "2026-12-01"),
        ("line_article", "P199121"),
        ("line_description", ""),
        ("line_qty", "50"),
        ("line_unit", ""),
        ("line_article", ""),
        ("line_description", "Crane, 40 t, one day"),
        ("line_qty", "1"),
        ("line_unit", "day"),
    ];
    assert_eq!(app.post("/portal/requisitions", &good).await.location(), "/portal/requisitions?done=filed");
    assert_eq!(
        app.post("/portal/requisitions", &good[..5]).await.location(),
        "/portal/requisitions?done=filed",
        "one with catalogue items only"
    );
    app.switch_person(&mut browser);
    let reqs = app.db.requisitions(Some(id)).await.unwrap();
    let (only_items, mixed) = (reqs[0].id, reqs[1].id);
    assert_eq!(reqs[1].lines[0].description, "ANCHOR BOLT M16", "a catalogue line takes the item's name");
    let stalbud = app.db.party_by_code("11587").await.unwrap().unwrap().to_string();
    let order = |number: &'static str| {
        vec![("decision", "order"), ("supplier", stalbud.as_str()), ("number", number), ("currency", "PLN")]
    };
    // A free-text line cannot become a purchase order; a rejection needs a reason.
    let res = app.post(&format!("/admin/requisitions/{mixed}/decide"), &order("ZAM/REQ/1")).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("A line names no catalogue item"), "{}", res.body);
    let res = app.post(&format!("/admin/requisitions/{mixed}/decide"), &[("decision", "reject"), ("reason", "")]).await;
    assert!(res.body.contains("Say why the requisition is rejected."));
    let res = app
        .post(
            &format!("/admin/requisitions/{mixed}/decide"),
            &[("decision", "reject"), ("reason", "Use the crane on site")],
        )
        .await;
    assert_eq!(res.location(), "/admin/requisitions?done=rejected");
    let res = app.post(&format!("/admin/requisitions/{only_items}/decide"), &order("ZAM/REQ/1")).await;
    assert_eq!(res.location(), "/admin/requisitions?done=ordered", "{}", res.body);
    let po = app.db.order_id_by_number("ZAM/REQ/1").await.unwrap().expect("the purchase order");
    let o = app.db.order(po).await.unwrap();
    assert_eq!(o.summary.status.as_str(), "draft");
    assert_eq!(o.lines.len(), 1);
    // Decided requisitions are final.
    let res = app.post(&format!("/admin/requisitions/{only_items}/decide"), &[("decision", "approve")]).await;
    assert!(res.body.contains("already decided"), "{}", res.body);
    app.switch_person(&mut browser);
    let page = app.get("/portal/requisitions").await;
    assert!(page.body.contains("purchase order ZAM/REQ/1"), "{}", page.body);
    assert!(page.body.contains("Use the crane on site"));
}
