//! Customers' orders in the customer portal and the back office (issue #7): a contact places an
//! order (with a dropship delivery note as PDF) and follows it; staff move it on (status,
//! delivery-note number, parcels) and the contact is emailed when they asked; refused input and
//! refused moves change nothing; another organisation's order does not exist; roles without the
//! action are refused.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use std::collections::BTreeMap;
use tessera_domain::contact::{ContactRole, Side};
use tessera_domain::ids::SalesOrderId;
use tessera_domain::role::StaffRole;
use tessera_domain::sales::SalesStatus;
use tessera_i18n::{Arg, Lang, message};

fn en(id: &str) -> String {
    tessera_i18n::t(Lang::En, id)
}

fn en1(id: &str, name: &str, value: &str) -> String {
    message(Lang::En, id, &[(name, Arg::from(value))])
}

fn en_n(id: &str, name: &str, n: u64) -> String {
    message(Lang::En, id, &[(name, Arg::from(n))])
}

fn esc(s: &str) -> String {
    s.replace('&', "&#38;").replace('<', "&#60;").replace('>', "&#62;").replace('"', "&#34;").replace('\'', "&#39;")
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// A shop with a contact of COMPANY X who orders (signed in, in this browser).
async fn shop(roles: &[ContactRole]) -> TestApp {
    let mut app = TestApp::with_demo().await;
    app.accept_language = Some("en".into());
    let c = app.add_contact("KB0004", Side::Customer, "buyer@companyx.example", roles).await;
    app.contact_session(c).await;
    app
}

/// The form of an order: two lines, the delivery address, notify; `extra` adds or overrides.
fn order_fields<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("article", "2124907"),
        ("quantity", "40"),
        ("article", "12345"),
        ("quantity", "1,5"),
        ("article", ""),
        ("quantity", ""),
        ("customer_ref", "PO-2026-77"),
        ("d_name", "COMPANY X"),
        ("d_street", "ul. Długa 5"),
        ("d_postcode", "00-950"),
        ("d_city", "Warszawa"),
        ("d_country", "pl"),
        ("notify", "1"),
        ("action", "place"),
    ];
    for (k, v) in extra {
        if let Some(slot) = f.iter_mut().find(|(fk, _)| fk == k && !matches!(*k, "article" | "quantity")) {
            slot.1 = v;
        } else {
            f.push((k, v));
        }
    }
    f
}

const DROPSHIP: [(&str, &str); 6] = [
    ("dropship", "1"),
    ("e_name", "Jan Kowalski"),
    ("e_street", "ul. Krótka 2"),
    ("e_postcode", "30-001"),
    ("e_city", "Kraków"),
    ("e_country", "PL"),
];

async fn count_orders(app: &TestApp) -> u64 {
    app.db.sales_orders(None, None, 1).await.unwrap().total
}

/// Places the usual order (dropship, with the PDF); its id.
async fn place(app: &mut TestApp) -> SalesOrderId {
    let res =
        app.post_multipart("/customer/orders", &order_fields(&DROPSHIP), &[("delivery_note", "note.pdf", PDF)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let loc = res.location().to_owned();
    assert!(loc.starts_with("/customer/orders/") && loc.ends_with("?placed=1"), "{loc}");
    loc.trim_start_matches("/customer/orders/").trim_end_matches("?placed=1").parse().unwrap()
}

#[tokio::test]
async fn a_contact_places_a_dropship_order_and_sees_it() {
    let mut app = shop(&[ContactRole::Ordering]).await;
    let res = app.get("/customer/orders").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains(&en("sales-orders-empty")));
    assert!(res.body.contains("href=\"/customer/orders/new\""));
    let form = app.get("/customer/orders/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.body.matches("name=\"article\"").count(), 5, "five empty rows");
    assert!(form.body.contains("enctype=\"multipart/form-data\""));
    assert!(form.body.contains("value=\"COMPANY X\""), "the delivery name filled in");

    let id = place(&mut app).await;
    let res = app.get(&format!("/customer/orders/{id}?placed=1")).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let o = app.db.sales_order(id).await.unwrap();
    assert!(res.body.contains(&esc(&en1("sales-placed-notice", "number", &o.number))), "{}", res.body);
    assert!(res.body.contains(&en("sales-status-received")));
    assert!(res.body.contains("PO-2026-77"));
    assert!(res.body.contains("Jan Kowalski") && res.body.contains("Kraków"));
    assert!(res.body.contains("SCREW STICK") && res.body.contains("1.5"), "{}", res.body);
    assert!(res.body.contains(&format!("href=\"/customer/orders/{id}/delivery-note\"")));
    assert_eq!(o.status, SalesStatus::Received);
    assert!(o.notify && o.end_customer.is_some());
    assert_eq!(o.delivery.country, "PL");
    assert_eq!(o.lines.len(), 2);
    // The delivery note comes back as it went in, as a download.
    let res = app.get(&format!("/customer/orders/{id}/delivery-note")).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.header("content-type"), "application/pdf");
    assert!(res.header("content-disposition").starts_with("attachment"));
    assert_eq!(res.body.as_bytes(), PDF);
    // The list shows it, marked as dropship.
    let res = app.get("/customer/orders").await;
    assert!(res.body.contains(&o.number) && res.body.contains(&en("sales-dropship")));
    assert!(res.body.contains("sales-received"));
    // Filtered by another status: not there.
    let res = app.get("/customer/orders?status=shipped").await;
    assert!(!res.body.contains(&o.number));
}

#[tokio::test]
async fn a_file_that_is_not_a_pdf_is_refused_and_nothing_is_created() {
    let mut app = shop(&[ContactRole::Ordering]).await;
    let png = b"\x89PNG\r\n\x1a\n0000";
    for (name, bytes) in [("note.pdf", &b"<html>not a pdf</html>"[..]), ("photo.png", &png[..])] {
        let res =
            app.post_multipart("/customer/orders", &order_fields(&DROPSHIP), &[("delivery_note", name, bytes)]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(res.body.contains("id=\"delivery_note-error\""), "{}", res.body);
        assert!(res.body.contains("is not a PDF"), "{}", res.body);
        assert!(res.body.contains("value=\"Jan Kowalski\""), "the form is kept");
    }
    assert_eq!(count_orders(&app).await, 0);
    assert_eq!(app.data_dir.file_count(), 0, "no file kept");
}

#[tokio::test]
async fn every_problem_is_shown_at_its_field_and_nothing_is_saved() {
    let mut app = shop(&[ContactRole::Ordering]).await;
    // No lines at all.
    let fields: Vec<_> = order_fields(&[]).into_iter().filter(|(k, _)| !matches!(*k, "article" | "quantity")).collect();
    let res = app.post_multipart("/customer/orders", &fields, &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(&en("sales-rule-no-lines")));
    // A bad quantity on the second row (after an empty one), a bad country, an over-long reference.
    let long_ref = "R".repeat(36);
    let fields = vec![
        ("article", "2124907"),
        ("quantity", "4"),
        ("article", ""),
        ("quantity", ""),
        ("article", "12345"),
        ("quantity", "zero"),
        ("customer_ref", long_ref.as_str()),
        ("d_name", "COMPANY X"),
        ("d_street", "ul. Długa 5"),
        ("d_postcode", "00-950"),
        ("d_city", "Warszawa"),
        ("d_country", "Poland"),
        ("action", "place"),
    ];
    let res = app.post_multipart("/customer/orders", &fields, &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(&en("sales-form-has-errors")));
    assert!(res.body.contains(&en_n("sales-rule-quantity", "line", 3)), "numbered as on the form: {}", res.body);
    assert!(res.body.contains("id=\"row-3-error\""));
    assert!(res.body.contains("id=\"d_country-error\""));
    assert!(res.body.contains(&esc(&en1("sales-rule-delivery-address", "field", &en("sales-address-country")))));
    assert!(res.body.contains("id=\"customer_ref-error\""));
    // An unknown article: said on its row.
    let res =
        app.post_multipart("/customer/orders", &order_fields(&[("article", "NOPE-1"), ("quantity", "2")]), &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(&en1("sales-line-unknown", "article", "NOPE-1")), "{}", res.body);
    assert_eq!(count_orders(&app).await, 0);
    // "More rows" adds empty rows, keeps what was typed, and saves nothing; a chosen file must be
    // chosen again.
    let res = app
        .post_multipart(
            "/customer/orders",
            &order_fields(&[DROPSHIP[0], ("action", "more")]),
            &[("delivery_note", "note.pdf", PDF)],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.matches("name=\"article\"").count() >= 7, "{}", res.body);
    assert!(res.body.contains("value=\"2124907\""));
    assert!(res.body.contains(&en("sales-note-again")));
    assert_eq!(count_orders(&app).await, 0);
    assert_eq!(app.data_dir.file_count(), 0);
}

#[tokio::test]
async fn another_organisations_order_does_not_exist() {
    let mut app = shop(&[ContactRole::Ordering]).await;
    let id = place(&mut app).await;
    let mut other = BTreeMap::new();
    app.switch_person(&mut other);
    let c = app.add_contact("77120", Side::Customer, "buyer@elmar.example", &[ContactRole::Ordering]).await;
    app.contact_session(c).await;
    assert_eq!(app.get(&format!("/customer/orders/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&format!("/customer/orders/{id}/delivery-note")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/customer/orders/999999").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/customer/orders/abc").await.status, StatusCode::NOT_FOUND);
    let list = app.get("/customer/orders").await;
    assert!(list.body.contains(&en("sales-orders-empty")), "{}", list.body);
}

#[tokio::test]
async fn staff_ship_it_and_the_contact_sees_the_parcel() {
    let mut app = shop(&[ContactRole::Ordering]).await;
    let id = place(&mut app).await;
    let number = app.db.sales_order(id).await.unwrap().number;
    let mut customer = BTreeMap::new();
    app.switch_person(&mut customer);
    app.add_user("sales@tessera.test", &[StaffRole::Sales]).await;
    assert_eq!(app.sign_in("sales@tessera.test", common::PASSWORD).await.status, StatusCode::SEE_OTHER);

    let list = app.get("/admin/sales-orders").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains(&number) && list.body.contains("COMPANY X") && list.body.contains("PO-2026-77"));
    assert!(list.body.contains("href=\"/admin/sales-orders\""), "in the navigation");
    let page = app.get(&format!("/admin/sales-orders/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<option value=\"shipped\">"), "{}", page.body);
    assert!(!page.body.contains("<option value=\"delivered\">"), "not offered from received");
    assert!(page.body.contains("<option value=\"dpd\">DPD</option>"));
    let version = app.db.sales_order(id).await.unwrap().version.to_string();
    let mails_before = app.db.mails(1).await.unwrap().total;
    let res = app
        .post(
            &format!("/admin/sales-orders/{id}"),
            &[
                ("status", "shipped"),
                ("delivery_note_number", "WZ/2026/0815"),
                ("carrier", "dpd"),
                ("tracking_number", "0034 0434 161"),
                ("version", &version),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), format!("/admin/sales-orders/{id}?saved=mailed"));
    let page = app.get(res.location()).await;
    assert!(page.body.contains(&en("sales-saved-mailed")));
    assert!(page.body.contains("00340434161"));
    let o = app.db.sales_order(id).await.unwrap();
    assert_eq!(o.status, SalesStatus::Shipped);
    assert_eq!(o.delivery_note_number.as_deref(), Some("WZ/2026/0815"));
    assert_eq!(o.events.len(), 2);
    // The contact asked to be told: an email is queued, with the number and the tracking link.
    let mails = app.db.mails(1).await.unwrap();
    assert_eq!(mails.total, mails_before + 1);
    let mail = mails.items.iter().find(|m| m.to == "buyer@companyx.example" && m.subject.contains(&number)).unwrap();
    assert!(mail.text.contains("00340434161") && mail.text.contains("tracking.dpd.de"), "{}", mail.text);
    // The staff's download of the customer's delivery note.
    let note = app.get(&format!("/admin/sales-orders/{id}/delivery-note")).await;
    assert_eq!(note.status, StatusCode::OK);
    assert_eq!(note.body.as_bytes(), PDF);

    // The contact sees shipped, the delivery note number, the parcel and its tracking page.
    app.switch_person(&mut customer);
    let res = app.get(&format!("/customer/orders/{id}")).await;
    assert!(res.body.contains(&en("sales-status-shipped")));
    assert!(res.body.contains("WZ&#x2f;2026&#x2f;0815") || res.body.contains("WZ/2026/0815"), "{}", res.body);
    assert!(res.body.contains("00340434161"));
    assert!(res.body.contains(
        "href=\"https:&#x2f;&#x2f;tracking.dpd.de&#x2f;status&#x2f;en_US&#x2f;parcel&#x2f;00340434161\" target=\"_blank\" rel=\"noopener noreferrer\""
    ) || res.body.contains(
        "href=\"https://tracking.dpd.de/status/en_US/parcel/00340434161\" target=\"_blank\" rel=\"noopener noreferrer\""
    ), "{}", res.body);
}

#[tokio::test]
async fn no_email_when_none_was_asked_for() {
    let mut app = shop(&[ContactRole::Ordering]).await;
    let fields: Vec<_> = order_fields(&[]).into_iter().filter(|(k, _)| *k != "notify").collect();
    let res = app.post_multipart("/customer/orders", &fields, &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let id: SalesOrderId =
        res.location().trim_start_matches("/customer/orders/").trim_end_matches("?placed=1").parse().unwrap();
    assert!(!app.db.sales_order(id).await.unwrap().notify);
    app.cookies.clear();
    app.add_user("wh@tessera.test", &[StaffRole::Warehouse]).await;
    app.sign_in("wh@tessera.test", common::PASSWORD).await;
    let mails_before = app.db.mails(1).await.unwrap().total;
    let v = app.db.sales_order(id).await.unwrap().version.to_string();
    let res = app.post(&format!("/admin/sales-orders/{id}"), &[("status", "confirmed"), ("version", &v)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), format!("/admin/sales-orders/{id}?saved=1"));
    assert_eq!(app.db.mails(1).await.unwrap().total, mails_before);
}

#[tokio::test]
async fn a_refused_move_changes_nothing() {
    let mut app = shop(&[ContactRole::Ordering]).await;
    let id = place(&mut app).await;
    app.cookies.clear();
    app.add_user("sales@tessera.test", &[StaffRole::Sales]).await;
    app.sign_in("sales@tessera.test", common::PASSWORD).await;
    let path = format!("/admin/sales-orders/{id}");
    let before = app.db.sales_order(id).await.unwrap();
    let v = before.version.to_string();
    // Received cannot be delivered.
    let res = app
        .post(&path, &[("status", "delivered"), ("carrier", "dpd"), ("tracking_number", "12345678"), ("version", &v)])
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.body);
    assert!(res.body.contains(&en1("sales-conflict-invalid-transition", "status", &en("sales-status-received"))));
    assert_eq!(app.db.sales_order(id).await.unwrap(), before, "nothing changed");
    // A stale version.
    let res = app.post(&path, &[("status", "confirmed"), ("version", "99")]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains(&en("sales-conflict-stale")));
    assert_eq!(app.db.sales_order(id).await.unwrap(), before);
    // Field errors: a bad tracking number, a carrier missing, nothing to change.
    let res = app.post(&path, &[("carrier", "dpd"), ("tracking_number", "ab"), ("version", &v)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("id=\"tracking_number-error\"") && res.body.contains(&en("sales-rule-tracking-number")));
    let res = app.post(&path, &[("tracking_number", "12345678"), ("version", &v)]).await;
    assert!(res.body.contains(&en("sales-carrier-missing")));
    let res = app.post(&path, &[("version", &v)]).await;
    assert!(res.body.contains(&en("sales-nothing-to-change")));
    assert_eq!(app.db.sales_order(id).await.unwrap(), before);
    // Cancelled is final: no form any more, and a post is refused.
    let res = app.post(&path, &[("status", "cancelled"), ("version", &v)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = app.get(&path).await;
    assert!(
        !page.body.contains(&format!("action=\"{path}\"").replace('/', "&#x2f;"))
            && !page.body.contains(&format!("action=\"{path}\""))
    );
    let after = app.db.sales_order(id).await.unwrap();
    let v = after.version.to_string();
    let res = app.post(&path, &[("status", "confirmed"), ("version", &v)]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    let res = app.post(&path, &[("delivery_note_number", "WZ-1"), ("version", &v)]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains(&en("sales-conflict-order-closed")), "{}", res.body);
    assert_eq!(app.db.sales_order(id).await.unwrap(), after);
}

#[tokio::test]
async fn roles_without_the_action_are_refused() {
    let mut app = shop(&[ContactRole::Ordering]).await;
    let id = place(&mut app).await;
    // A contact with Documents only: no orders, no form, no placing.
    let mut ordering = BTreeMap::new();
    app.switch_person(&mut ordering);
    let docs = app.add_contact("KB0004", Side::Customer, "docs@companyx.example", &[ContactRole::Documents]).await;
    app.contact_session(docs).await;
    assert_eq!(app.get("/customer/orders").await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get("/customer/orders/new").await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&format!("/customer/orders/{id}")).await.status, StatusCode::FORBIDDEN);
    let res = app.post_multipart("/customer/orders", &order_fields(&[]), &[]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let home = app.get("/customer").await;
    assert!(!home.body.contains("href=\"/customer/orders\"") && !home.body.contains("href=\"/customer/stock\""));
    // Management sees the orders but places none.
    let mut docs_cookies = BTreeMap::new();
    app.switch_person(&mut docs_cookies);
    let boss = app.add_contact("KB0004", Side::Customer, "boss@companyx.example", &[ContactRole::Management]).await;
    app.cookies.clear();
    app.contact_session(boss).await;
    let list = app.get("/customer/orders").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(!list.body.contains("href=\"/customer/orders/new\""));
    assert_eq!(app.get(&format!("/customer/orders/{id}")).await.status, StatusCode::OK);
    assert_eq!(app.post_multipart("/customer/orders", &order_fields(&[]), &[]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(count_orders(&app).await, 1);
    // Purchasing sees customers' orders but does not move them on.
    app.cookies.clear();
    app.add_user("buyer@tessera.test", &[StaffRole::Purchasing]).await;
    app.sign_in("buyer@tessera.test", common::PASSWORD).await;
    let page = app.get(&format!("/admin/sales-orders/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains(&en("sales-update-title")));
    let res = app.post(&format!("/admin/sales-orders/{id}"), &[("status", "confirmed"), ("version", "1")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.db.sales_order(id).await.unwrap().status, SalesStatus::Received);
    // Staff's session does not count in the customer portal.
    let res = app.get("/customer/orders").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_navigation_follows_the_roles() {
    let mut app = shop(&[ContactRole::Ordering, ContactRole::StockQuery]).await;
    let home = app.get("/customer").await;
    for href in ["/customer/orders", "/customer/stock"] {
        assert!(home.body.contains(&format!("href=\"{href}\"")), "{href}");
    }
    assert!(!home.body.contains("href=\"/customer/api-keys\""));
    let admin = app.add_contact("KB0004", Side::Customer, "it@companyx.example", &[ContactRole::CustomerAdmin]).await;
    app.cookies.clear();
    app.contact_session(admin).await;
    let home = app.get("/customer").await;
    assert!(home.body.contains("href=\"/customer/api-keys\""));
    assert!(!home.body.contains("href=\"/customer/orders\""));
    // Staff: API keys for sales, not for the warehouse.
    let mut app = TestApp::signed_in(&[StaffRole::Sales]).await;
    let page = app.get("/admin").await;
    assert!(page.body.contains("href=\"/admin/api-keys\"") && page.body.contains("href=\"/admin/sales-orders\""));
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    let page = app.get("/admin").await;
    assert!(!page.body.contains("href=\"/admin/api-keys\"") && page.body.contains("href=\"/admin/stock\""));
}
