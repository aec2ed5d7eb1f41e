//! Customers' documents (issue #7): what staff give a customer, by category, seen by that
//! customer only; the customer's own uploads reaching staff; versions with who and when; files
//! judged by content with nothing stored when refused; downloads as attachments.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;

use common::TestApp;
use http::StatusCode;
use tessera_domain::contact::ContactRole::{Documents, Management};
use tessera_domain::contact::Side;
use tessera_domain::ids::PartyId;
use tessera_domain::role::StaffRole;

const PDF: &[u8] = b"%PDF-1.4\n% price list 2027\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const XLSX_1: &[u8] = b"PK\x03\x04\x14\0\0\0[Content_Types].xml..1..xl/workbook.xml....PK\x05\x06";
const XLSX_2: &[u8] = b"PK\x03\x04\x14\0\0\0[Content_Types].xml..2..xl/workbook.xml....PK\x05\x06";
const CSV: &[u8] = "artykuł;ilość\r\n2124907;40\r\n".as_bytes();

async fn setup() -> (TestApp, PartyId) {
    let mut app = TestApp::signed_in(&[StaffRole::Sales]).await;
    app.accept_language = Some("en".into());
    let x = app.db.party_by_code("KB0004").await.unwrap().unwrap();
    (app, x)
}

fn file_links(html: &str, base: &str) -> Vec<String> {
    html.match_indices(&format!("href=\"{base}/"))
        .map(|(i, _)| {
            let rest = &html[i + 6..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .filter(|l| l.ends_with("/file"))
        .collect()
}

#[tokio::test]
async fn the_customers_upload_reaches_staff_with_its_versions() {
    let (mut app, x) = setup().await;
    let dora = app.add_contact("KB0004", Side::Customer, "dora@companyx.example", &[Documents]).await;
    app.contact_session(dora).await;
    let page = app.get("/customer/documents").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Send us a file") && page.body.contains("You have not sent any files yet."));
    let res = app
        .post_multipart(
            "/customer/documents",
            &[("category", "lists"), ("title", "Order list Q1"), ("note", "")],
            &[("file", "lista.xlsx", XLSX_1)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), "/customer/documents?saved=1");
    let res = app
        .post_multipart(
            "/customer/documents",
            &[("category", "lists"), ("title", "order list q1"), ("note", "Two lines added.")],
            &[("file", "lista-2.xlsx", XLSX_2)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = app.get("/customer/documents?saved=1").await;
    assert!(page.body.contains("your file was sent to our staff"));
    assert!(page.body.contains("Current · version 2") && page.body.contains("Older · version 1"), "{}", page.body);
    assert!(page.body.contains("dora, "), "who uploaded");

    // Staff see it among the customers' uploads, every version, and on the customer's page.
    let received = app.get("/admin/documents").await;
    assert_eq!(received.status, StatusCode::OK, "{}", received.body);
    assert!(received.body.contains("COMPANY X") && received.body.contains("Order list Q1"));
    assert!(received.body.contains("Lists and spreadsheets") && received.body.contains("Two lines added."));
    let links = file_links(&received.body, "/admin/documents");
    assert_eq!(links.len(), 2);
    let newest = app.get(&links[0]).await;
    assert_eq!(newest.status, StatusCode::OK);
    assert_eq!(newest.body.as_bytes(), XLSX_2);
    assert_eq!(newest.header("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assert!(newest.header("content-disposition").starts_with("attachment; filename=\"lista-2.xlsx\""));
    let party = app.get(&format!("/admin/parties/{x}/documents")).await;
    assert!(party.body.contains("From the customer") && party.body.contains("Order list Q1"), "{}", party.body);
    // Other staff do not.
    let mut other = std::collections::BTreeMap::new();
    app.switch_person(&mut other);
    app.add_user("wh@tessera.test", &[StaffRole::Warehouse]).await;
    app.sign_in("wh@tessera.test", common::PASSWORD).await;
    assert_eq!(app.get("/admin/documents").await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&links[0]).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn staff_give_a_customer_documents_by_category_for_its_eyes_only() {
    let (mut app, x) = setup().await;
    let res = app
        .post_multipart(
            &format!("/admin/parties/{x}/documents"),
            &[("category", "price_lists"), ("title", "Price list 2027")],
            &[("file", "cennik.pdf", PDF)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res = app
        .post_multipart(
            &format!("/admin/parties/{x}/documents"),
            &[("category", "lists"), ("title", "Stock list")],
            &[("file", "stock.csv", CSV)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let dora = app.add_contact("KB0004", Side::Customer, "dora@companyx.example", &[Documents]).await;
    app.contact_session(dora).await;
    let page = app.get("/customer/documents").await;
    assert!(page.body.contains("Price list 2027") && page.body.contains("Stock list"), "{}", page.body);
    assert!(page.body.contains("staff@tessera.test"), "who uploaded");
    // By category.
    let page = app.get("/customer/documents?category=price_lists").await;
    assert!(page.body.contains("Price list 2027") && !page.body.contains("Stock list"));
    let page = app.get("/customer/documents?category=films").await;
    assert!(page.body.contains("No documents here yet."));
    let page = app.get("/customer/documents").await;
    let links = file_links(&page.body, "/customer/documents");
    assert_eq!(links.len(), 2);
    let csv = app.get(&links[0].clone()).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-disposition").starts_with("attachment;"));
    assert!(matches!(csv.header("content-type"), "text/csv" | "application/pdf"));

    // Another organisation sees none of it, and its files are not there for it.
    let ewa = app.add_contact("77120", Side::Customer, "ewa@elmar.example", &[Documents]).await;
    app.contact_session(ewa).await;
    let page = app.get("/customer/documents").await;
    assert!(!page.body.contains("Price list 2027"));
    for l in &links {
        assert_eq!(app.get(l).await.status, StatusCode::NOT_FOUND);
    }
    // Management reads but does not upload.
    let boss = app.add_contact("KB0004", Side::Customer, "boss@companyx.example", &[Management]).await;
    app.contact_session(boss).await;
    let page = app.get("/customer/documents").await;
    assert!(page.body.contains("Price list 2027") && !page.body.contains("Send us a file"));
    let res = app
        .post_multipart("/customer/documents", &[("category", "lists"), ("title", "X")], &[("file", "x.csv", CSV)])
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    // Not a customer: no documents page.
    let stalbud = app.db.party_by_code("11587").await.unwrap().unwrap();
    assert_eq!(app.get(&format!("/admin/parties/{stalbud}/documents")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn files_are_judged_by_content_and_a_refused_one_stores_nothing() {
    let (mut app, x) = setup().await;
    let dora = app.add_contact("KB0004", Side::Customer, "dora@companyx.example", &[Documents]).await;
    app.contact_session(dora).await;
    // An executable named .xlsx; a workbook with macros.
    for (name, bytes) in [
        ("lista.xlsx", b"MZ\x90\0\x03\0\0\0\x04\0".as_slice()),
        ("lista.xlsx", b"PK\x03\x04[Content_Types].xml xl/workbook.xml xl/vbaProject.bin".as_slice()),
    ] {
        let res = app
            .post_multipart(
                "/customer/documents",
                &[("category", "lists"), ("title", "List")],
                &[("file", name, bytes)],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
        assert!(res.body.contains("is not a kind of file we accept"), "{}", res.body);
        assert!(res.body.contains("value=\"List\""), "the form keeps what was typed");
    }
    // A PDF is no picture.
    let res = app
        .post_multipart(
            "/customer/documents",
            &[("category", "pictures"), ("title", "Site")],
            &[("file", "s.pdf", PDF)],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("is a file of kind PDF, which this form or category does not take"));
    // No category, no title, two files.
    let res = app
        .post_multipart("/customer/documents", &[("title", "")], &[("file", "a.csv", CSV), ("file", "b.csv", CSV)])
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    for m in ["Choose a category.", "Enter a title.", "One file at a time."] {
        assert!(res.body.contains(m), "{m}");
    }
    let res = app
        .post_multipart(
            &format!("/admin/parties/{x}/documents"),
            &[("category", "films"), ("title", "F")],
            &[("file", "f.mp4", PDF)],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.db.customer_document_count().await.unwrap(), 0);
    assert_eq!(app.data_dir.file_count(), 0);
    // Without the form's token, nothing either.
    app.cookies.remove("tessera_contact");
    let res = app
        .post_multipart("/customer/documents", &[("category", "lists"), ("title", "L")], &[("file", "l.csv", CSV)])
        .await;
    assert!(res.status == StatusCode::FORBIDDEN || res.status == StatusCode::UNAUTHORIZED, "{}", res.status);
    assert_eq!(app.data_dir.file_count(), 0);
}
