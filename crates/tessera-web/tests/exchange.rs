//! Downloads: the supplier's order.csv and PDF through the link, the back office's exports.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_db::links::NewLink;
use tessera_domain::ids::{OrderId, PartyId};
use tessera_domain::link::{LinkObject, LinkToken, Portal};
use tessera_domain::policy::Action;
use tessera_domain::role::StaffRole;

async fn open_link(app: &mut TestApp, party: PartyId, object: Option<LinkObject>, actions: &[Action]) {
    let token = LinkToken::generate().unwrap();
    let new = NewLink {
        portal: Portal::Supplier,
        party,
        object,
        actions: actions.iter().copied().collect(),
        require_code: false,
        note: None,
        expires_at: app.clock_now() + chrono::Duration::days(30),
        created_by: None,
        replaces: None,
    };
    app.db.issue_link(&new, &token.hash(), app.clock_now(), None).await.unwrap();
    let res = app.get(&format!("/l/{}", token.expose())).await;
    assert_eq!(res.status, StatusCode::FOUND);
}

async fn order(app: &TestApp, number: &str) -> OrderId {
    app.db.order_id_by_number(number).await.unwrap().unwrap()
}

#[tokio::test]
async fn the_supplier_downloads_the_order_as_csv_in_their_language_and_as_pdf() {
    let mut app = TestApp::with_demo().await;
    app.accept_language = Some("pl-PL,pl;q=0.9".into());
    let stalbud = app.db.party_by_code("11587").await.unwrap().unwrap();
    let id = order(&app, "ZAM/12/2020").await;
    let all: Vec<Action> = Portal::Supplier.actions().into_iter().collect();
    open_link(&mut app, stalbud, Some(LinkObject::Order(id)), &all).await;

    let page = app.get(&format!("/portal/orders/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&format!("href=\"/portal/orders/{id}/order.csv\"")), "{}", page.body);
    assert!(page.body.contains("Pobierz order.csv") && page.body.contains("Pobierz PDF"));

    let csv = app.get(&format!("/portal/orders/{id}/order.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.header("content-disposition"), "attachment; filename=\"ZAM-12-2020.csv\"");
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.body.starts_with("ORDER_NUMBER;ORDER_DATE;ACCOUNT;WORK_ORDER;"), "{}", csv.body);
    assert!(csv.body.contains(";P199120;PIECE;100,00;5,00;500,00\r\n"), "Polish decimal comma: {}", csv.body);

    let pdf = app.get(&format!("/portal/orders/{id}/order.pdf")).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.header("content-type"), "application/pdf");
    assert_eq!(pdf.header("content-disposition"), "attachment; filename=\"ZAM-12-2020.pdf\"");
    assert!(pdf.body.starts_with("%PDF-"));
    assert!(
        pdf.body.contains("Zam\u{f3}wienie ZAM/12/2020") || pdf.body.contains("ZAM/12/2020"),
        "the title is in the metadata"
    );

    // Both downloads are in the audit log, with the link as the actor.
    let events = app.db.audit_events(1).await.unwrap().items;
    let downloads: Vec<_> =
        events.iter().filter(|e| e.action == "portal.order.download" && e.outcome == "ok").collect();
    assert_eq!(downloads.len(), 2, "{events:?}");
    assert!(downloads.iter().all(|e| e.object.as_deref() == Some(&format!("order:{id}")) && e.actor_kind == "link"));

    // English readers get a decimal point.
    app.accept_language = Some("en".into());
    let csv = app.get(&format!("/portal/orders/{id}/order.csv")).await;
    assert!(csv.body.contains(";100.00;5.00;500.00\r\n"), "{}", csv.body);
}

#[tokio::test]
async fn downloads_stay_inside_the_links_scope() {
    let mut app = TestApp::with_demo().await;
    let stalbud = app.db.party_by_code("11587").await.unwrap().unwrap();
    let mine = order(&app, "ZAM/12/2020").await;
    let also_mine = order(&app, "ZAM/9/2026").await;
    let boltex = order(&app, "ZAM/8/2026").await;
    // Without order.view the link may not download either.
    open_link(&mut app, stalbud, Some(LinkObject::Order(mine)), &[Action::PortalEnter, Action::PortalOrderConfirm])
        .await;
    assert_eq!(app.get(&format!("/portal/orders/{mine}/order.csv")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&format!("/portal/orders/{mine}/order.pdf")).await.status, StatusCode::FORBIDDEN);

    let all: Vec<Action> = Portal::Supplier.actions().into_iter().collect();
    open_link(&mut app, stalbud, Some(LinkObject::Order(mine)), &all).await;
    for other in [also_mine, boltex] {
        for ext in ["csv", "pdf"] {
            let res = app.get(&format!("/portal/orders/{other}/order.{ext}")).await;
            assert_eq!(res.status, StatusCode::NOT_FOUND, "order {other}.{ext}");
            assert!(!res.body.contains("ORDER_NUMBER") && !res.body.starts_with("%PDF"));
        }
    }
    assert_eq!(app.get("/portal/orders/nope/order.csv").await.status, StatusCode::NOT_FOUND);
    // The back office's exports are not for links.
    assert_eq!(app.get(&format!("/admin/orders/{mine}/export.csv")).await.status, StatusCode::FORBIDDEN);

    // A supplier-wide link downloads any of that supplier's orders, never another's.
    open_link(&mut app, stalbud, None, &all).await;
    assert_eq!(app.get(&format!("/portal/orders/{also_mine}/order.csv")).await.status, StatusCode::OK);
    assert_eq!(app.get(&format!("/portal/orders/{boltex}/order.pdf")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_back_office_exports_orders_deliveries_and_complaints_in_a_chosen_language() {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    let id = order(&app, "ZAM/12/2020").await;
    let page = app.get(&format!("/admin/orders/{id}")).await;
    assert!(page.body.contains(&format!("action=\"/admin/orders/{id}/export.csv\"")), "{}", page.body);
    assert!(page.body.contains(&format!("href=\"/admin/orders/{id}/order.pdf\"")));

    let pl = app.get(&format!("/admin/orders/{id}/export.csv?lang=pl")).await;
    assert_eq!(pl.status, StatusCode::OK);
    assert_eq!(pl.header("content-disposition"), "attachment; filename=\"ZAM-12-2020.csv\"");
    assert!(pl.body.contains(";250,5;776,55\r\n"), "{}", pl.body);
    let en = app.get(&format!("/admin/orders/{id}/export.csv?lang=en")).await;
    assert!(en.body.contains(";250.5;776.55\r\n"), "{}", en.body);
    assert_eq!(app.get(&format!("/admin/orders/{id}/export.csv?lang=xx")).await.status, StatusCode::BAD_REQUEST);
    let pdf = app.get(&format!("/admin/orders/{id}/order.pdf")).await;
    assert!(pdf.body.starts_with("%PDF-"));

    let deliveries = app.db.deliveries("D/33/2026", 1).await.unwrap().items;
    let d = deliveries[0].id;
    let page = app.get(&format!("/admin/deliveries/{d}")).await;
    assert!(page.body.contains(&format!("action=\"/admin/deliveries/{d}/export.csv\"")));
    let res = app.get(&format!("/admin/deliveries/{d}/export.csv?lang=de")).await;
    assert_eq!(res.header("content-disposition"), "attachment; filename=\"D-33-2026.csv\"");
    assert!(res.body.contains("CHECKED_COUNT") && res.body.trim_end().ends_with(";480"), "{}", res.body);

    let c = app.db.complaint_id_by_number("REKL/4/2026").await.unwrap().unwrap();
    let page = app.get(&format!("/admin/complaints/{c}")).await;
    assert!(page.body.contains(&format!("action=\"/admin/complaints/{c}/export.csv\"")));
    let res = app.get(&format!("/admin/complaints/{c}/export.csv")).await;
    assert_eq!(res.header("content-disposition"), "attachment; filename=\"REKL-4-2026.csv\"");
    assert!(res.body.trim_end().ends_with(";3;20"), "{}", res.body);
    assert_eq!(app.get("/admin/complaints/999999/export.csv").await.status, StatusCode::NOT_FOUND);

    let events = app.db.audit_events(1).await.unwrap().items;
    for action in ["order.export", "delivery.export", "complaint.export"] {
        assert!(events.iter().any(|e| e.action == action && e.actor_kind == "staff"), "{action} audited");
    }
}

#[tokio::test]
async fn signed_out_people_get_no_file() {
    let mut app = TestApp::with_demo().await;
    let id = order(&app, "ZAM/12/2020").await;
    for path in [format!("/admin/orders/{id}/export.csv"), format!("/admin/orders/{id}/order.pdf")] {
        let res = app.get(&path).await;
        assert!(matches!(res.status, StatusCode::SEE_OTHER | StatusCode::UNAUTHORIZED | StatusCode::FOUND), "{path}");
        assert!(!res.body.contains("ORDER_NUMBER"));
    }
    let res = app.get(&format!("/portal/orders/{id}/order.csv")).await;
    assert_ne!(res.status, StatusCode::OK);
}

#[tokio::test]
async fn purchasing_imports_an_order_file_in_the_back_office_all_or_nothing() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    assert!(app.get("/admin/orders").await.body.contains("Import an order file"));
    let sample =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/samples/formats/order.csv"))
            .unwrap();
    // The demo already has ZAM/12/2020: refused by line, nothing created.
    let before = app.db.orders(&Default::default()).await.unwrap().total;
    let res = app.post_multipart("/admin/orders/import", &[], &[("file", "order.csv", sample.as_bytes())]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(res.body.contains("This number is already used by another document."), "{}", res.body);
    assert!(res.body.contains("Nothing was created"));
    // A malformed quantity: the format's own message, at its line and column.
    let bad = sample.replace("ZAM/12/2020", "ZAM/12/2021").replace(";250.5;", ";250,5,0;");
    let res = app.post_multipart("/admin/orders/import", &[], &[("file", "order.csv", bad.as_bytes())]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("ITEM_COUNT") && res.body.contains("250,5,0"), "{}", res.body);
    assert_eq!(app.db.orders(&Default::default()).await.unwrap().total, before);
    // The file with a new number: a draft with its three lines opens.
    let good = sample.replace("ZAM/12/2020", "ZAM/12/2021");
    let res = app.post_multipart("/admin/orders/import", &[], &[("file", "order.csv", good.as_bytes())]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = app.get(res.location()).await;
    assert!(page.body.contains("ZAM/12/2021") && page.body.contains("REBAR 12 MM"), "{}", page.body);
    assert_eq!(app.db.orders(&Default::default()).await.unwrap().total, before + 1);

    // The warehouse may not import orders.
    let mut clerk = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    let res = clerk.post_multipart("/admin/orders/import", &[], &[("file", "order.csv", good.as_bytes())]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
}
