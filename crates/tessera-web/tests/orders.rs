//! Creating and editing purchase orders through the back office forms.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_db::orders::OrderQuery;
use tessera_domain::role::StaffRole;

async fn supplier_id(app: &TestApp) -> String {
    app.db.suppliers().await.unwrap().into_iter().find(|p| p.code == "11587").unwrap().id.to_string()
}

fn order_fields<'a>(number: &'a str, party: &'a str, qty: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("number", number),
        ("party", party),
        ("order_date", "2026-11-22"),
        ("requested_date", "2026-12-01"),
        ("currency", "pln"),
        ("note", "Deliver to gate 3"),
        ("line_item", "P199120"),
        ("line_qty", qty),
        ("line_price", ""),
        ("line_item", "P200400"),
        ("line_qty", "250,5"),
        ("line_price", "3.10"),
        ("line_item", ""),
        ("line_qty", ""),
        ("line_price", ""),
        ("action", "save"),
    ]
}

#[tokio::test]
async fn purchasing_creates_an_order_and_finds_it() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let party = supplier_id(&app).await;
    let form = app.get("/admin/orders/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("STALBUD"));
    let res = app.post("/admin/orders", &order_fields("ZAM/100/2026", &party, "5")).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = app.get(res.location()).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("ZAM/100/2026"));
    assert!(page.body.contains("ADJUSTABLE BUCKLE 200 MK"));
    // 5 × 100.00 (catalogue price) + 250.5 × 3.10 = 1276.55
    assert!(page.body.contains("1,276.55"), "total shown the English way");
    let list = app.get("/admin/orders?q=zam%2F100").await;
    assert!(list.body.contains("ZAM/100/2026"));
    let events = app.db.audit_events(1).await.unwrap().items;
    assert!(events.iter().any(|e| e.action == "order.create" && e.outcome == "ok"));
}

#[tokio::test]
async fn bad_input_gets_a_clear_message_and_changes_nothing() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let party = supplier_id(&app).await;
    let before = app.db.orders(&OrderQuery::default()).await.unwrap().total;

    // A duplicate order number (the demo has ZAM/12/2020).
    let res = app.post("/admin/orders", &order_fields("ZAM/12/2020", &party, "5")).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("An order with this number already exists."), "{}", res.body);
    assert!(res.body.contains("value=\"ZAM/12/2020\""), "what was typed is kept");

    // A malformed decimal.
    let res = app.post("/admin/orders", &order_fields("ZAM/101/2026", &party, "5,0,0")).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Unclear number"), "{}", res.body);
    let res = app.post("/admin/orders", &order_fields("ZAM/101/2026", &party, "five")).await;
    assert!(res.body.contains("Not a number"));
    let res = app.post("/admin/orders", &order_fields("ZAM/101/2026", &party, "-2")).await;
    assert!(res.body.contains("Cannot be negative"));

    // A requested date before the order date, a missing supplier, an unknown item.
    let mut f = order_fields("ZAM/102/2026", &party, "5");
    f[3] = ("requested_date", "2026-11-01");
    let res = app.post("/admin/orders", &f).await;
    assert!(res.body.contains("cannot be before the order date"));
    let res = app.post("/admin/orders", &order_fields("ZAM/103/2026", "", "5")).await;
    assert!(res.body.contains("Choose a supplier."));
    let mut f = order_fields("ZAM/104/2026", &party, "5");
    f[6] = ("line_item", "NOPE-1");
    let res = app.post("/admin/orders", &f).await;
    assert!(res.body.contains("No active item has this ordering number."));

    assert_eq!(app.db.orders(&OrderQuery::default()).await.unwrap().total, before, "nothing was saved");
}

#[tokio::test]
async fn editing_detects_a_concurrent_change_and_closed_orders_stay_closed() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let party = supplier_id(&app).await;
    let res = app.post("/admin/orders", &order_fields("ZAM/200/2026", &party, "5")).await;
    let path = res.location().split('?').next().unwrap().to_owned();
    let edit = app.get(&format!("{path}/edit")).await;
    assert!(edit.body.contains("name=\"version\" value=\"1\""));

    let mut f = order_fields("ZAM/200/2026", &party, "7");
    f.push(("version", "1"));
    let res = app.post(&path, &f).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    // The second tab still has version 1.
    let res = app.post(&path, &f).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Someone changed this order"));
    let page = app.get(&path).await;
    assert!(page.body.contains(">7<"), "the first edit stands");

    // A delivered order cannot be edited.
    let delivered =
        app.db.orders(&OrderQuery { q: "ZAM/10/2026".into(), ..Default::default() }).await.unwrap().items[0].id;
    let res = app
        .post(&format!("/admin/orders/{delivered}"), &{
            let mut f = order_fields("ZAM/10/2026", &party, "1");
            f.push(("version", "1"));
            f
        })
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("can no longer be changed"));
}

#[tokio::test]
async fn roles_decide_who_may_create_and_denials_are_audited() {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    assert_eq!(app.get("/admin/orders").await.status, StatusCode::OK);
    assert!(!app.get("/admin/orders").await.body.contains("/admin/orders/new"), "the button is not offered");
    let res = app.get("/admin/orders/new").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(res.body.contains("data-code=\"forbidden\""));
    let party = supplier_id(&app).await;
    let res = app.post("/admin/orders", &order_fields("ZAM/300/2026", &party, "5")).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get("/admin/audit").await.status, StatusCode::FORBIDDEN);
    let events = app.db.audit_events(1).await.unwrap().items;
    assert!(events.iter().any(|e| e.action == "order.create" && e.outcome == "denied"));
    assert!(events.iter().any(|e| e.action == "ops.view" && e.outcome == "denied"));
}

#[tokio::test]
async fn every_back_office_page_renders_for_an_admin() {
    let mut app = TestApp::signed_in(&[StaffRole::Admin]).await;
    let order = app.db.orders(&OrderQuery::default()).await.unwrap().items[0].id;
    let delivery = app.db.deliveries("", 1).await.unwrap().items[0].id;
    let complaint = app.db.complaints("", 1).await.unwrap().items[0].id;
    let party = app.db.parties("", Default::default(), 1).await.unwrap().items[0].id;
    let item = app.db.items("", 1).await.unwrap().items[0].id;
    for path in [
        "/admin".to_owned(),
        "/admin/orders".into(),
        "/admin/orders?status=delivered&q=zam".into(),
        format!("/admin/orders/{order}"),
        format!("/admin/orders/{order}/edit"),
        "/admin/parties?kind=supplier".into(),
        format!("/admin/parties/{party}"),
        "/admin/items?q=bolt".into(),
        format!("/admin/items/{item}"),
        "/admin/deliveries".into(),
        format!("/admin/deliveries/{delivery}"),
        "/admin/complaints".into(),
        format!("/admin/complaints/{complaint}"),
        "/admin/audit".into(),
        "/admin/orders?page=abc".into(),
    ] {
        let res = app.get(&path).await;
        assert_eq!(res.status, StatusCode::OK, "{path}");
        assert!(res.body.contains("<main"), "{path}");
    }
}

#[tokio::test]
async fn sending_a_draft_issues_a_link_and_emails_the_supplier_in_one_step() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let party = supplier_id(&app).await;
    let res = app.post("/admin/orders", &order_fields("ZAM/400/2026", &party, "5")).await;
    let path = res.location().split('?').next().unwrap().to_owned();
    let page = app.get(&path).await;
    assert!(page.body.contains("Send to the supplier"));
    let res = app.post(&format!("{path}/send"), &[("version", "1")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = app.get(res.location()).await;
    assert!(page.body.contains("The order was sent"));
    let id: tessera_domain::ids::OrderId = path.rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(app.db.order(id).await.unwrap().summary.status, tessera_domain::order::OrderStatus::Sent);

    // The email names the order and the requested date, in the supplier's language (Polish).
    let mails = app.db.mails(1).await.unwrap().items;
    assert_eq!(mails.len(), 1);
    let mail = app.db.mail(mails[0].id).await.unwrap();
    assert_eq!(mail.to, "dostawy@stalbud.example");
    assert!(mail.subject.contains("ZAM/400/2026"));
    assert!(mail.text.contains("01.12.2026"), "{}", mail.text);
    let at = mail.text.find("/l/tsl_").unwrap();
    let secret = mail.text[at + 3..at + 3 + tessera_domain::link::TOKEN_LEN].to_owned();

    // Sending again (a second tab) changes nothing and says why.
    let res = app.post(&format!("{path}/send"), &[("version", "1")]).await;
    assert!(res.location().contains("problem=stale"));
    assert_eq!(app.db.mails(1).await.unwrap().items.len(), 1);

    // The supplier opens the emailed link and sees exactly this order.
    app.cookies.clear();
    let res = app.get(&format!("/l/{secret}")).await;
    assert_eq!(res.location(), path.replace("/admin/", "/portal/"));
    assert!(app.get(res.location()).await.body.contains("ZAM/400/2026"));
}
