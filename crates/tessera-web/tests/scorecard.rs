//! The supplier scorecard, from the facts: receipts, complaints and date answers.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_domain::role::StaffRole;

#[tokio::test]
async fn the_buyer_sees_each_suppliers_figures_and_the_supplier_its_own() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    // The supplier of ZAM/9/2026 had one delivery (D/41/2026): on time, one line short.
    let order = app.db.order_id_by_number("ZAM/9/2026").await.unwrap().unwrap();
    let party = app.db.order_party(order).await.unwrap();
    let page = app.get(&format!("/admin/parties/{party}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Delivery scorecard"), "{}", page.body);
    let figures = &page.body[page.body.find("figures").unwrap()..];
    let on_time = &figures[figures.find("On time").unwrap()..];
    assert!(on_time.contains("<dd>100%</dd>") && on_time.contains("1 of 1 deliveries"), "{on_time}");
    assert!(figures.contains("<dd>50%</dd>") && figures.contains("1 of 2 lines"));
    assert!(figures.contains("<dd>0%</dd>"), "no complaint on it");
    assert!(page.body.contains("<svg class=\"chart\""));
    assert!(page.body.contains("November 2026"));

    // The other supplier (ZAM/10/2026) had its delivery complained about.
    let other = app.db.order_id_by_number("ZAM/10/2026").await.unwrap().unwrap();
    let other_party = app.db.order_party(other).await.unwrap();
    let page = app.get(&format!("/admin/parties/{other_party}")).await;
    let figures = &page.body[page.body.find("figures").unwrap()..];
    let complaints = &figures[figures.find("Deliveries with a complaint").unwrap()..];
    assert!(complaints.contains("<dd>100%</dd>"), "{complaints}");

    // Sending an order starts the response clock; the supplier's answer stops it.
    let draft = app.db.order_id_by_number("ZAM/7/2026").await.unwrap().unwrap();
    let v = app.db.order(draft).await.unwrap().version.to_string();
    assert_eq!(
        app.post(&format!("/admin/orders/{draft}/send"), &[("version", &v)]).await.status,
        StatusCode::SEE_OTHER
    );
    let page = app.get(&format!("/admin/parties/{party}")).await;
    assert!(page.body.contains("one sent order not yet answered"), "{}", page.body);
    app.clock.advance(chrono::Duration::hours(3));
    app.cookies.clear();
    let o = app.open_order_link("ZAM/7/2026", &TestApp::supplier_actions()).await;
    let v = app.db.order(o).await.unwrap().version.to_string();
    let res = app.post(&format!("/portal/orders/{o}/date"), &[("answer", "confirm"), ("version", &v)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    // The supplier's own scorecard is for a link to the whole supplier, not for an order link.
    assert_eq!(app.get("/portal/scorecard").await.status, StatusCode::NOT_FOUND);
    app.cookies.clear();
    app.open_supplier_link(party, None, &TestApp::supplier_actions()).await;
    assert!(app.get("/portal").await.body.contains("Your delivery scorecard"));
    let page = app.get("/portal/scorecard").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("3 hours on average") && page.body.contains("every sent order answered"),
        "{}",
        page.body
    );
    assert!(page.body.contains("1 of 2 lines"));
}

#[tokio::test]
async fn percentages_are_written_the_readers_way() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let order = app.db.order_id_by_number("ZAM/9/2026").await.unwrap().unwrap();
    let party = app.db.order_party(order).await.unwrap();
    assert!(app.get(&format!("/admin/parties/{party}")).await.body.contains("<dd>100%</dd>"));
    app.post("/language", &[("lang", "de"), ("back", "/admin")]).await;
    let page = app.get(&format!("/admin/parties/{party}")).await;
    assert!(page.body.contains("Pünktlich") && page.body.contains("<dd>100 %</dd>"), "{}", page.body);
}
