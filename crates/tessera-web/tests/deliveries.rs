//! Suppliers declare deliveries through their link; the warehouse records what arrived; the
//! order's status follows from those facts.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::{PASSWORD, TestApp};
use http::StatusCode;
use std::collections::BTreeMap;
use tessera_domain::ids::OrderId;
use tessera_domain::order::OrderStatus;
use tessera_domain::policy::Action;
use tessera_domain::role::StaffRole;

/// The demo company, a warehouse clerk signed in (cookies kept aside), and a supplier's browser
/// on the order `number` through a link with every supplier action.
async fn setup(number: &str) -> (TestApp, OrderId, BTreeMap<String, String>) {
    let mut app = TestApp::with_demo().await;
    app.add_user("clerk@tessera.test", &[StaffRole::Warehouse]).await;
    let res = app.sign_in("clerk@tessera.test", PASSWORD).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let mut staff = BTreeMap::new();
    app.switch_person(&mut staff);
    let order = app.open_order_link(number, &TestApp::supplier_actions()).await;
    (app, order, staff)
}

async fn version(app: &TestApp, order: OrderId) -> String {
    app.db.order(order).await.unwrap().version.to_string()
}

/// Posts a declaration with one quantity (and reason) per order line, in order.
async fn declare(
    app: &mut TestApp,
    order: OrderId,
    number: &str,
    arrival: &str,
    lines: &[(&str, &str)],
) -> common::TestResponse {
    let o = app.db.order(order).await.unwrap();
    let version = o.version.to_string();
    let ids: Vec<String> = o.lines.iter().map(|l| l.id.to_string()).collect();
    let mut fields: Vec<(&str, &str)> =
        vec![("number", number), ("loading_date", "2026-11-22"), ("arrival_date", arrival), ("version", &version)];
    for (id, (qty, reason)) in ids.iter().zip(lines) {
        fields.extend([("line_id", id.as_str()), ("line_qty", *qty), ("line_reason", *reason)]);
    }
    app.post(&format!("/portal/orders/{order}/delivery"), &fields).await
}

async fn receive(app: &mut TestApp, delivery: &str, checked: &[&str]) -> common::TestResponse {
    let id = delivery.to_owned();
    let d = app.db.delivery(id.parse().unwrap()).await.unwrap();
    let version = d.version.to_string();
    let positions: Vec<String> = d.lines.iter().map(|l| l.position.to_string()).collect();
    let mut fields: Vec<(&str, &str)> = vec![("version", &version)];
    for (p, c) in positions.iter().zip(checked) {
        fields.extend([("position", p.as_str()), ("checked", *c)]);
    }
    app.post(&format!("/admin/deliveries/{id}/receive"), &fields).await
}

#[tokio::test]
async fn partial_deliveries_received_make_the_order_partially_then_fully_delivered() {
    // ZAM/8/2026: confirmed, 1200 × P199121 and 20 × P199120, nothing delivered yet.
    let (mut app, order, mut staff) = setup("ZAM/8/2026").await;
    let form = app.get(&format!("/portal/orders/{order}/delivery")).await;
    assert_eq!(form.status, StatusCode::OK);
    // The form starts with what is open on each line.
    assert!(form.body.contains(r#"name="line_qty" value="1200""#), "{}", form.body);
    assert!(form.body.contains(r#"name="line_qty" value="20""#));

    // A partial delivery: all of the first line, none of the second.
    let res = declare(&mut app, order, "WZ/100/2026", "2026-11-25", &[("1200", ""), ("", "")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = app.get(res.location()).await;
    assert!(page.body.contains("the delivery was declared"));
    assert!(page.body.contains("WZ/100/2026") && page.body.contains("not yet checked"));
    // Declared is not delivered: the status waits for the warehouse.
    assert_eq!(app.db.order(order).await.unwrap().summary.status, OrderStatus::Confirmed);
    let deliveries = app.db.deliveries_of_order(order).await.unwrap();
    assert_eq!(deliveries.len(), 1);
    assert_eq!(deliveries[0].lines.len(), 1, "a line with no quantity is not part of the delivery");
    let first = deliveries[0].summary.id.to_string();

    // The warehouse counts 1190.
    app.switch_person(&mut staff);
    let page = app.get(&format!("/admin/deliveries/{first}")).await;
    assert!(page.body.contains("Record what arrived"), "{}", page.body);
    let res = receive(&mut app, &first, &["1190"]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(app.get(res.location()).await.body.contains("The receipt was recorded"));
    assert_eq!(app.db.order(order).await.unwrap().summary.status, OrderStatus::PartiallyDelivered);

    // The supplier sees the checked quantity, and the form now starts with what is still open.
    app.switch_person(&mut staff);
    let page = app.get(&format!("/portal/orders/{order}")).await;
    assert!(page.body.contains("1190") || page.body.contains("1,190"), "{}", page.body);
    let form = app.get(&format!("/portal/orders/{order}/delivery")).await;
    assert!(form.body.contains(r#"name="line_qty" value="10""#), "{}", form.body);
    assert!(form.body.contains(r#"name="line_qty" value="20""#));

    let res = declare(&mut app, order, "WZ/101/2026", "2026-11-26", &[("10", ""), ("20", "")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let second = app.db.deliveries_of_order(order).await.unwrap()[0].summary.id.to_string();
    app.switch_person(&mut staff);
    let res = receive(&mut app, &second, &["10", "20"]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.db.order(order).await.unwrap().summary.status, OrderStatus::Delivered);
    // A delivered order takes no more deliveries.
    app.switch_person(&mut staff);
    let res = declare(&mut app, order, "WZ/102/2026", "2026-11-26", &[("1", ""), ("", "")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("no longer takes deliveries"));
}

#[tokio::test]
async fn bad_declarations_say_what_is_wrong_and_save_nothing() {
    let (mut app, order, _) = setup("ZAM/8/2026").await;
    let before = version(&app, order).await;
    for (lines, arrival, number, message) in [
        (vec![("-5", ""), ("", "")], "2026-11-25", "WZ/1", "Cannot be negative."),
        (vec![("abc", ""), ("", "")], "2026-11-25", "WZ/1", "Not a number."),
        (vec![("0", ""), ("", "")], "2026-11-25", "WZ/1", "Enter a quantity on at least one line."),
        (vec![("10", ""), ("", "")], "2026-11-01", "WZ/1", "cannot be in the past"),
        (vec![("10", ""), ("", "")], "tomorrow", "WZ/1", "Not a date."),
        (vec![("10", ""), ("", "")], "2026-11-25", "", "Required."),
        // More than open, and no reason: warned, and refused until a reason is given.
        (vec![("1300", ""), ("", "")], "2026-11-25", "WZ/1", "More than is still open on this line"),
    ] {
        let res = declare(&mut app, order, number, arrival, &lines).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}: {}", res.body);
        assert!(res.body.contains(message), "{message}: {}", res.body);
        assert!(res.body.contains("Nothing was saved"));
        // What was typed is kept.
        assert!(res.body.contains(&format!(r#"value="{}""#, lines[0].0)));
        assert!(app.db.deliveries_of_order(order).await.unwrap().is_empty(), "{message}");
    }
    assert_eq!(version(&app, order).await, before);

    // With a reason, over-delivery is accepted and the reason travels with the line.
    let res = declare(&mut app, order, "WZ/1", "2026-11-25", &[("1300", "full pallets only"), ("", "")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = app.get(&format!("/portal/orders/{order}")).await;
    assert!(page.body.contains("More than open: full pallets only"), "{}", page.body);

    // The same delivery-note number twice.
    let res = declare(&mut app, order, "WZ/1", "2026-11-25", &[("", ""), ("5", "")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("already declared a delivery with this delivery note number"));
    assert_eq!(app.db.deliveries_of_order(order).await.unwrap().len(), 1);
}

#[tokio::test]
async fn two_tabs_declaring_at_once_one_wins_the_other_is_told() {
    let (mut app, order, _) = setup("ZAM/8/2026").await;
    let o = app.db.order(order).await.unwrap();
    let stale = o.version.to_string();
    let ids: Vec<String> = o.lines.iter().map(|l| l.id.to_string()).collect();
    let post = |number: &'static str| {
        let mut f: Vec<(&str, String)> =
            vec![("number", number.into()), ("arrival_date", "2026-11-25".into()), ("version", stale.clone())];
        for id in &ids {
            f.extend([("line_id", id.clone()), ("line_qty", "1".into()), ("line_reason", String::new())]);
        }
        f
    };
    let a = post("WZ/A");
    let a: Vec<(&str, &str)> = a.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app.post(&format!("/portal/orders/{order}/delivery"), &a).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let b = post("WZ/B");
    let b: Vec<(&str, &str)> = b.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app.post(&format!("/portal/orders/{order}/delivery"), &b).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The order changed while you were filling in the form"), "{}", res.body);
    // The refreshed form carries the new open quantities (1199 and 19) and the new version.
    assert!(res.body.contains("1199") || res.body.contains("1,199"), "{}", res.body);
    assert_eq!(app.db.deliveries_of_order(order).await.unwrap().len(), 1);
}

#[tokio::test]
async fn cancelled_orders_other_orders_and_links_without_the_action_are_refused() {
    // ZAM/11/2026 is cancelled.
    let (mut app, cancelled, _) = setup("ZAM/11/2026").await;
    let form = app.get(&format!("/portal/orders/{cancelled}/delivery")).await;
    assert_eq!(form.status, StatusCode::SEE_OTHER, "no form for an order that takes no deliveries");
    let page = app.get(&format!("/portal/orders/{cancelled}")).await;
    assert!(!page.body.contains("Declare a delivery"));
    let res = declare(&mut app, cancelled, "WZ/9", "2026-11-25", &[("1", "")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("no longer takes deliveries"));
    assert!(app.db.deliveries_of_order(cancelled).await.unwrap().is_empty());

    // The link for ZAM/11/2026 does not reach ZAM/8/2026.
    let other = app.db.order_id_by_number("ZAM/8/2026").await.unwrap().unwrap();
    assert_eq!(app.get(&format!("/portal/orders/{other}/delivery")).await.status, StatusCode::NOT_FOUND);
    let res = declare(&mut app, other, "WZ/9", "2026-11-25", &[("1", ""), ("1", "")]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(app.db.deliveries_of_order(other).await.unwrap().is_empty());

    // A link that may only look.
    let mut app = TestApp::with_demo().await;
    let order = app.open_order_link("ZAM/8/2026", &[Action::PortalEnter, Action::PortalOrderView]).await;
    let page = app.get(&format!("/portal/orders/{order}")).await;
    assert!(!page.body.contains("Declare a delivery"));
    assert_eq!(app.get(&format!("/portal/orders/{order}/delivery")).await.status, StatusCode::FORBIDDEN);
    let res = declare(&mut app, order, "WZ/9", "2026-11-25", &[("1", ""), ("1", "")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(app.db.deliveries_of_order(order).await.unwrap().is_empty());
}

#[tokio::test]
async fn receipts_are_for_the_warehouse_and_bad_counts_change_nothing() {
    let (mut app, order, mut staff) = setup("ZAM/8/2026").await;
    let res = declare(&mut app, order, "WZ/7", "2026-11-25", &[("100", ""), ("5", "")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let id = app.db.deliveries_of_order(order).await.unwrap()[0].summary.id.to_string();
    // The supplier cannot record a receipt.
    let res = receive(&mut app, &id, &["100", "5"]).await;
    assert!(matches!(res.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND), "{}", res.status);

    app.switch_person(&mut staff);
    let res = receive(&mut app, &id, &["-1", "5"]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Cannot be negative."));
    assert!(res.body.contains(r#"value="-1""#), "what was typed is kept");
    let d = app.db.delivery(id.parse().unwrap()).await.unwrap();
    assert!(d.awaits_receipt() && d.lines.iter().all(|l| l.extra1.is_none()));

    // A stale form (someone else recorded it first) is told.
    let res = receive(&mut app, &id, &["100", "4"]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let res = receive(&mut app, &id, &["1", "1"]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("already received"));
    let d = app.db.delivery(id.parse().unwrap()).await.unwrap();
    assert_eq!(d.lines[1].extra1.unwrap().to_string(), "4");

    // Purchasing may look but not receive.
    let mut buyer = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let demo = buyer.db.order_id_by_number("ZAM/9/2026").await.unwrap().unwrap();
    let d = buyer.db.deliveries_of_order(demo).await.unwrap();
    let page = buyer.get(&format!("/admin/deliveries/{}", d[0].summary.id)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Record what arrived"));
}

const HEADER: &str = "DELIVERY_NUMBER;DELIVERY_DATE;LOADING_DATE;ORDER_NUMBER;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE;CHECKED_COUNT\r\n";

/// A delivery file for ZAM/8/2026 (supplier BOLTEX, account from the demo) with these rows:
/// (item, count).
async fn delivery_csv(app: &TestApp, order: OrderId, number: &str, rows: &[(&str, &str)]) -> String {
    let o = app.db.order(order).await.unwrap();
    let mut csv = HEADER.to_owned();
    for (item, count) in rows {
        let name =
            o.lines.iter().find(|l| l.item_order_number == *item).map(|l| l.item_name.clone()).unwrap_or("X".into());
        csv.push_str(&format!(
            "{number};2026-11-26;2026-11-25;{};{};;;;;{name};{item};PIECE;;{count};;\r\n",
            o.summary.number, o.party_code
        ));
    }
    csv
}

async fn upload(app: &mut TestApp, order: OrderId, name: &str, bytes: &[u8]) -> common::TestResponse {
    app.post_multipart(&format!("/portal/orders/{order}/delivery/file"), &[], &[("file", name, bytes)]).await
}

/// Posts the preview's confirmation form as the browser would, with reasons filled in.
async fn confirm(app: &mut TestApp, order: OrderId, preview: &str, reason: &str) -> common::TestResponse {
    let mut fields =
        TestApp::form_fields(preview, &format!(r#"action="/portal/orders/{order}/delivery" class="card""#));
    for (k, v) in fields.iter_mut() {
        if k == "line_reason" && v.is_empty() && !reason.is_empty() {
            *v = reason.to_owned();
        }
    }
    let fields: Vec<(&str, &str)> =
        fields.iter().filter(|(k, _)| k != "csrf").map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.post(&format!("/portal/orders/{order}/delivery"), &fields).await
}

#[tokio::test]
async fn a_csv_with_an_error_is_shown_by_line_then_the_corrected_file_is_declared() {
    let (mut app, order, _) = setup("ZAM/8/2026").await;
    let mut bad = delivery_csv(&app, order, "WZ/55/2026", &[("P199121", "600"), ("P199120", "5,0,0")]).await;
    bad.push_str(&delivery_csv(&app, order, "WZ/55/2026", &[("NOPE-1", "1")]).await.replacen(HEADER, "", 1));
    let res = upload(&mut app, order, "WZ-55-2026.csv", bad.as_bytes()).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(res.body.contains("The file has one error") || res.body.contains("errors"), "{}", res.body);
    assert!(res.body.contains("ITEM_COUNT") && res.body.contains("5,0,0"), "{}", res.body);
    assert!(res.body.contains("Nothing was saved"));
    assert!(!res.body.contains("Confirm and declare"), "no confirmation while the file has errors");
    assert!(app.db.deliveries_of_order(order).await.unwrap().is_empty());

    // An item the order does not have is named with its line.
    let wrong_item = delivery_csv(&app, order, "WZ/55/2026", &[("P199121", "600"), ("NOPE-1", "1")]).await;
    let res = upload(&mut app, order, "WZ-55-2026.csv", wrong_item.as_bytes()).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The order has no line with the item NOPE-1."), "{}", res.body);

    // The corrected file: a preview with the lines and a confirmation, still nothing saved.
    let good = delivery_csv(&app, order, "WZ/55/2026", &[("P199121", "600"), ("P199120", "5")]).await;
    let res = upload(&mut app, order, "WZ-55-2026.csv", good.as_bytes()).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("The file has no errors"));
    assert!(app.db.deliveries_of_order(order).await.unwrap().is_empty(), "a preview saves nothing");
    let done = confirm(&mut app, order, &res.body, "").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let d = &app.db.deliveries_of_order(order).await.unwrap()[0];
    assert_eq!(d.summary.number, "WZ/55/2026");
    assert_eq!(d.summary.delivery_date.to_string(), "2026-11-26");
    let qty: Vec<String> = d.lines.iter().map(|l| l.quantity.to_string()).collect();
    assert_eq!(qty, ["600", "5"]);
    let audit = app.db.audit_events(1).await.unwrap();
    assert!(
        audit
            .items
            .iter()
            .any(|e| e.action == "delivery.declare" && e.detail.as_deref().unwrap_or("").contains("source=csv"))
    );
}

#[tokio::test]
async fn files_for_another_order_of_another_format_or_too_large_are_refused() {
    let (mut app, order, _) = setup("ZAM/8/2026").await;
    // For another order.
    let other =
        delivery_csv(&app, order, "WZ/56/2026", &[("P199121", "1")]).await.replace(";ZAM/8/2026;", ";ZAM/9/2026;");
    let res = upload(&mut app, order, "other.csv", other.as_bytes()).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body.contains("This file is for order ZAM/9/2026, but this page is for order ZAM/8/2026."),
        "{}",
        res.body
    );
    // The wrong format: an order file.
    let order_csv =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/samples/formats/order.csv")).unwrap();
    let res = upload(&mut app, order, "order.csv", &order_csv).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Problems by line"), "{}", res.body);
    // HTML pretending to be XML.
    let res = upload(&mut app, order, "delivery.xml", b"<html><body>hello</body></html>").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    // No file chosen.
    let res = upload(&mut app, order, "", b"").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Choose a file to upload."));
    // 50 MB.
    let huge = vec![b'a'; 50 * 1024 * 1024];
    let res = upload(&mut app, order, "huge.csv", &huge).await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(res.body.contains("The file is too large") && res.body.contains("Nothing was saved"), "{}", res.body);
    assert!(app.db.deliveries_of_order(order).await.unwrap().is_empty());
    // Without the CSRF token.
    let good = delivery_csv(&app, order, "WZ/56/2026", &[("P199121", "1")]).await;
    app.cookies.remove("tessera_portal");
    let res = upload(&mut app, order, "d.csv", good.as_bytes()).await;
    assert!(matches!(res.status, StatusCode::FORBIDDEN | StatusCode::UNAUTHORIZED), "{}", res.status);
}

#[tokio::test]
async fn an_xml_file_with_over_delivery_asks_for_the_reason() {
    let (mut app, order, _) = setup("ZAM/8/2026").await;
    let csv = delivery_csv(&app, order, "WZ/57/2026", &[("P199120", "25")]).await;
    let report = tessera_formats::read_all(csv.as_bytes(), tessera_formats::Format::Delivery, Default::default());
    assert!(report.is_ok(), "{:?}", report.errors);
    let mut xml = Vec::new();
    tessera_formats::xml::write_delivery_xml(&mut xml, &report.documents).unwrap();
    let res = upload(&mut app, order, "WZ-57.xml", &xml).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("more than what is still open"), "{}", res.body);
    // Confirming without the reason is refused; with it, declared.
    let res2 = confirm(&mut app, order, &res.body, "").await;
    assert_eq!(res2.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.db.deliveries_of_order(order).await.unwrap().is_empty());
    let res3 = confirm(&mut app, order, &res.body, "25 per carton").await;
    assert_eq!(res3.status, StatusCode::SEE_OTHER, "{}", res3.body);
    let d = &app.db.deliveries_of_order(order).await.unwrap()[0];
    assert_eq!(d.lines[0].note.as_deref(), Some("25 per carton"));
}

#[tokio::test]
async fn a_supplier_wide_link_lists_its_own_deliveries_and_no_one_elses() {
    let mut app = TestApp::with_demo().await;
    // D/41/2026 belongs to the supplier of ZAM/9/2026; D/33/2026 to another one.
    let order = app.db.order_id_by_number("ZAM/9/2026").await.unwrap().unwrap();
    let party = app.db.order_party(order).await.unwrap();
    app.open_supplier_link(party, None, &TestApp::supplier_actions()).await;
    let home = app.get("/portal").await;
    assert!(home.body.contains("D/41/2026"), "{}", home.body);
    assert!(!home.body.contains("D/33/2026"));
    // The other supplier's order (and so its deliveries) does not exist for this link.
    let other = app.db.order_id_by_number("ZAM/10/2026").await.unwrap().unwrap();
    assert_eq!(app.get(&format!("/portal/orders/{other}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&format!("/portal/orders/{other}/delivery")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_buyer_cancels_before_deliveries_and_closes_after() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    // ZAM/12/2020: sent, nothing delivered: it can be cancelled, not closed.
    let sent = app.db.order_id_by_number("ZAM/12/2020").await.unwrap().unwrap();
    let page = app.get(&format!("/admin/orders/{sent}")).await;
    assert!(page.body.contains("Cancel the order") && !page.body.contains("Close the order"));
    let v = version(&app, sent).await;
    let res = app.post(&format!("/admin/orders/{sent}/end"), &[("ending", "close"), ("version", &v)]).await;
    assert!(app.get(res.location()).await.body.contains("Nothing has been delivered yet"));
    assert_eq!(app.db.order(sent).await.unwrap().summary.status, OrderStatus::Sent);
    let res = app.post(&format!("/admin/orders/{sent}/end"), &[("ending", "cancel"), ("version", &v)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.db.order(sent).await.unwrap().summary.status, OrderStatus::Cancelled);
    // A stale tab is told, and a cancelled order stays cancelled.
    let res = app.post(&format!("/admin/orders/{sent}/end"), &[("ending", "cancel"), ("version", &v)]).await;
    assert!(app.get(res.location()).await.body.contains("changed"));

    // ZAM/9/2026: partially delivered: it can be closed, not cancelled.
    let partial = app.db.order_id_by_number("ZAM/9/2026").await.unwrap().unwrap();
    let v = version(&app, partial).await;
    let res = app.post(&format!("/admin/orders/{partial}/end"), &[("ending", "cancel"), ("version", &v)]).await;
    assert!(app.get(res.location()).await.body.contains("cannot be cancelled"));
    let res = app.post(&format!("/admin/orders/{partial}/end"), &[("ending", "close"), ("version", &v)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.db.order(partial).await.unwrap().summary.status, OrderStatus::Closed);

    // The warehouse may not end orders.
    let mut clerk = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    let o = clerk.db.order_id_by_number("ZAM/8/2026").await.unwrap().unwrap();
    let v = version(&clerk, o).await;
    let res = clerk.post(&format!("/admin/orders/{o}/end"), &[("ending", "cancel"), ("version", &v)]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(clerk.db.order(o).await.unwrap().summary.status, OrderStatus::Confirmed);
}
