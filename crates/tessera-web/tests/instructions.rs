//! Installation instructions (issue #7): versions (the current one to download, older ones kept
//! and marked), instructions for one customer seen by that customer only, files judged by
//! content with nothing stored when refused, subscribers emailed (and nobody else), and the API
//! with a Documents key (403 with an Ordering-only key).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;

use common::TestApp;
use http::StatusCode;
use serde_json::Value;
use tessera_domain::contact::ContactRole::{Documents, Ordering};
use tessera_domain::contact::Side;
use tessera_domain::ids::PartyId;
use tessera_domain::role::StaffRole;

const PDF_V1: &[u8] = b"%PDF-1.4\n% assembly, first edition\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const PDF_V2: &[u8] = b"%PDF-1.4\n% assembly, second edition\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const MP4: &[u8] = b"\0\0\0\x20ftypisom\0\0\x02\0isomiso2avc1mp41\0\0\0\x08free";
const XLSX: &[u8] = b"PK\x03\x04\x14\0\0\0[Content_Types].xml....xl/workbook.xml....PK\x05\x06";

/// Sales staff signed in (for the back office) in a browser whose contact session is set later.
async fn sales() -> TestApp {
    let mut app = TestApp::signed_in(&[StaffRole::Sales]).await;
    app.accept_language = Some("en".into());
    app
}

async fn company_x(app: &TestApp) -> PartyId {
    app.db.party_by_code("KB0004").await.unwrap().unwrap()
}

/// Staff upload an instruction: `customer` is a party id or empty (everyone).
async fn upload(
    app: &mut TestApp,
    article: &str,
    customer: &str,
    title: &str,
    note: &str,
    file: (&str, &[u8]),
) -> common::TestResponse {
    app.post_multipart(
        "/admin/instructions",
        &[("article", article), ("customer", customer), ("title", title), ("note", note)],
        &[("file", file.0, file.1)],
    )
    .await
}

/// The download links of a page, in order.
fn file_links(html: &str, base: &str) -> Vec<String> {
    html.match_indices(&format!("href=\"{base}/"))
        .map(|(i, _)| {
            let rest = &html[i + 6..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .filter(|l| l.ends_with("/file"))
        .collect()
}

fn body(res: &common::TestResponse) -> Value {
    serde_json::from_str(&res.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", res.body))
}

#[tokio::test]
async fn a_new_version_becomes_current_and_the_older_one_is_kept_and_marked() {
    let mut app = sales().await;
    let res = upload(&mut app, "2124907", "", "Assembly", "", ("assembly.pdf", PDF_V1)).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(res.location().contains("saved=1"), "{}", res.location());
    // The same title, whatever its case and spacing, is the next version.
    let res = upload(&mut app, "2124907", "", "  assembly ", "Step 4 redrawn.", ("assembly-2.pdf", PDF_V2)).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(res.location().contains("saved=2"), "{}", res.location());
    let staff = app.get("/admin/instructions?q=2124907").await;
    assert_eq!(staff.status, StatusCode::OK);
    assert!(staff.body.contains("Current · version 2") && staff.body.contains("Older · version 1"), "{}", staff.body);
    assert!(staff.body.contains("Upload a new version of “assembly”"));

    let reader = app.add_contact("KB0004", Side::Customer, "dora@companyx.example", &[Documents]).await;
    app.contact_session(reader).await;
    let page = app.get("/customer/instructions?q=2124907").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("2124907 · SCREW STICK 1.0 B/D"));
    assert!(page.body.contains("Current · version 2") && page.body.contains("Older · version 1"));
    assert!(page.body.contains("Step 4 redrawn."));
    let links = file_links(&page.body, "/customer/instructions");
    assert_eq!(links.len(), 2, "{links:?}");
    // The first link is the current version's, as an attachment with its clean name.
    let current = app.get(&links[0]).await;
    assert_eq!(current.status, StatusCode::OK);
    assert_eq!(current.body.as_bytes(), PDF_V2);
    assert_eq!(current.header("content-type"), "application/pdf");
    assert!(current.header("content-disposition").starts_with("attachment; filename=\"assembly-2.pdf\""));
    let older = app.get(&links[1]).await;
    assert_eq!(older.body.as_bytes(), PDF_V1);
    // Downloads are in the audit log.
    let audit = app.db.audit_events(1).await.unwrap().items;
    assert!(
        audit
            .iter()
            .any(|e| e.action == "instruction.download" && e.actor.as_deref() == Some(&format!("contact:{reader}")))
    );
    assert!(audit.iter().any(|e| e.action == "instruction.upload" && e.outcome == "ok"));
}

#[tokio::test]
async fn an_instruction_for_one_customer_is_that_customers_only() {
    let mut app = sales().await;
    let x = company_x(&app).await;
    upload(&mut app, "2124907", "", "Assembly", "", ("assembly.pdf", PDF_V1)).await;
    let res = upload(&mut app, "2124907", &x.to_string(), "Assembly on site S33", "", ("s33.pdf", PDF_V2)).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let staff = app.get("/admin/instructions").await;
    assert!(staff.body.contains("Only for COMPANY X"), "{}", staff.body);

    let own = app.add_contact("KB0004", Side::Customer, "dora@companyx.example", &[Documents]).await;
    app.contact_session(own).await;
    let page = app.get("/customer/instructions").await;
    assert!(page.body.contains("For you") && page.body.contains("Written for COMPANY X only."), "{}", page.body);
    assert!(page.body.contains("Assembly on site S33"));
    let links = file_links(&page.body, "/customer/instructions");
    assert_eq!(links.len(), 2);
    let mut own_link = None;
    for l in &links {
        if app.get(l).await.body.as_bytes() == PDF_V2 {
            own_link = Some(l.clone());
        }
    }
    let own_link = own_link.expect("the customer's own instruction is downloadable");

    // Another customer's contact sees the one for everyone only, and the other is not there.
    let other = app.add_contact("77120", Side::Customer, "ewa@elmar.example", &[Documents]).await;
    app.contact_session(other).await;
    let page = app.get("/customer/instructions").await;
    assert!(!page.body.contains("Assembly on site S33") && !page.body.contains("For you"), "{}", page.body);
    assert_eq!(file_links(&page.body, "/customer/instructions").len(), 1);
    let res = app.get(&own_link).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let denied = app.db.audit_events(1).await.unwrap().items;
    assert!(denied.iter().any(|e| e.outcome == "denied" && e.action == "customer.document.view"));
}

#[tokio::test]
async fn a_file_not_allowed_is_refused_by_its_content_and_nothing_is_stored() {
    let mut app = sales().await;
    // An HTML page named .pdf.
    let res = upload(&mut app, "2124907", "", "Assembly", "", ("assembly.pdf", b"<!DOCTYPE html><html>%PDF-")).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(res.body.contains("is not a kind of file we accept"), "{}", res.body);
    assert!(res.body.contains("value=\"2124907\""), "the form keeps what was typed");
    // A real workbook, but instructions are PDFs or films.
    let res = upload(&mut app, "2124907", "", "Assembly", "", ("assembly.xlsx", XLSX)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("is a file of kind XLSX, which this form or category does not take"), "{}", res.body);
    // Every field's problem next to it, nothing stored either.
    let res = upload(&mut app, "NOPE-1", "424242", " ", &"x".repeat(501), ("a.pdf", PDF_V1)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    for m in [
        "There is no article NOPE-1 in the catalogue.",
        "Choose a customer from the list, or everyone.",
        "Enter a title.",
        "At most 500 characters.",
    ] {
        assert!(res.body.contains(m), "{m}: {}", res.body);
    }
    let res = app.post_multipart("/admin/instructions", &[("article", "2124907"), ("title", "Assembly")], &[]).await;
    assert!(res.body.contains("Choose a file."));
    // A PDF over its kind's limit is told apart (the route takes the body: films are larger).
    let mut big = b"%PDF-1.4\n".to_vec();
    big.resize(26 * 1024 * 1024, b' ');
    let res = upload(&mut app, "2124907", "", "Assembly", "", ("big.pdf", &big)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", &res.body[..res.body.len().min(500)]);
    assert!(res.body.contains("is larger than 25 MB"));
    assert_eq!(app.db.instruction_count().await.unwrap(), 0);
    assert_eq!(app.data_dir.file_count(), 0);
    // A film is an instruction too.
    let res = upload(&mut app, "2124907", "", "Assembly film", "", ("film.mp4", MP4)).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.data_dir.file_count(), 1);
}

#[tokio::test]
async fn only_sales_and_admins_manage_and_only_documents_contacts_read() {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    assert_eq!(app.get("/admin/instructions").await.status, StatusCode::FORBIDDEN);
    let res = upload(&mut app, "2124907", "", "Assembly", "", ("a.pdf", PDF_V1)).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.db.instruction_count().await.unwrap(), 0);
    assert_eq!(app.data_dir.file_count(), 0);
    let buyer = app.add_contact("KB0004", Side::Customer, "bob@companyx.example", &[Ordering]).await;
    app.contact_session(buyer).await;
    assert_eq!(app.get("/customer/instructions").await.status, StatusCode::FORBIDDEN);
    // Nobody signed in: the sign-in, not the page.
    app.cookies.remove("tessera_contact");
    let res = app.get("/customer/instructions").await;
    assert!(
        matches!(res.status, StatusCode::SEE_OTHER | StatusCode::FOUND | StatusCode::UNAUTHORIZED),
        "{}",
        res.status
    );
}

/// The outbox's emails about instructions, to whom.
async fn instruction_mails(app: &TestApp) -> Vec<(String, String, String)> {
    app.db
        .mails(1)
        .await
        .unwrap()
        .items
        .into_iter()
        .filter(|m| m.subject.contains("installation instruction") || m.subject.contains("instrukcja montażu"))
        .map(|m| (m.to, m.subject, m.text))
        .collect()
}

#[tokio::test]
async fn subscribers_are_emailed_about_a_new_version_and_nobody_else() {
    let mut app = sales().await;
    let x = company_x(&app).await;
    let item = app.db.item_by_number("2124907").await.unwrap().unwrap();
    let dora = app.add_contact("KB0004", Side::Customer, "dora@companyx.example", &[Documents]).await;
    let _carl = app.add_contact("KB0004", Side::Customer, "carl@companyx.example", &[Documents]).await;
    let ewa = app.add_contact("77120", Side::Customer, "ewa@elmar.example", &[Documents]).await;
    // Dora and Ewa subscribe to 2124907 (before any instruction exists); Carl does not.
    for c in [dora, ewa] {
        app.contact_session(c).await;
        let page = app.get("/customer/instructions?q=2124907").await;
        assert!(page.body.contains("No instructions for this article yet."), "{}", page.body);
        let res = app
            .post(
                "/customer/instructions/subscriptions",
                &[("article", &item.id.to_string()), ("subscribe", "1"), ("q", "2124907")],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert!(res.location().starts_with("/customer/instructions?q=2124907&saved=subscribed"));
        assert!(app.get(res.location()).await.body.contains("Unsubscribe"));
    }
    // One for everyone: both subscribers, in their language, with what changed.
    let res = upload(&mut app, "2124907", "", "Assembly", "Torque corrected.", ("a.pdf", PDF_V1)).await;
    assert!(res.location().contains("mailed=2"), "{}", res.location());
    let mails = instruction_mails(&app).await;
    let to: Vec<&str> = mails.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(mails.len(), 2, "{to:?}");
    assert!(to.contains(&"dora@companyx.example") && to.contains(&"ewa@elmar.example"));
    assert!(
        mails
            .iter()
            .all(|(_, s, t)| s.contains("2124907") && t.contains("Torque corrected.") && t.contains("version 1"))
    );
    assert!(!to.contains(&"carl@companyx.example"));
    // One for COMPANY X only: Ewa (ELMAR) is not told.
    let res = upload(&mut app, "2124907", &x.to_string(), "Site S33", "", ("s33.pdf", PDF_V2)).await;
    assert!(res.location().contains("mailed=1"), "{}", res.location());
    let mails = instruction_mails(&app).await;
    assert_eq!(mails.len(), 3);
    assert_eq!(mails.iter().filter(|(t, _, _)| t == "ewa@elmar.example").count(), 1);
    assert!(mails.iter().any(|(t, s, body)| t == "dora@companyx.example"
        && s.contains("Site S33")
        && body.contains("your organisation only")));
    // Unsubscribed: no more.
    app.contact_session(dora).await;
    let res = app
        .post("/customer/instructions/subscriptions", &[("article", &item.id.to_string()), ("subscribe", "0")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    upload(&mut app, "2124907", "", "Assembly", "", ("a.pdf", PDF_V2)).await;
    let mails = instruction_mails(&app).await;
    assert_eq!(mails.len(), 4);
    assert_eq!(mails.iter().filter(|(t, _, _)| t == "dora@companyx.example").count(), 2);
    // An article that is not there cannot be subscribed to; a form without its token changes nothing.
    let res = app.post("/customer/instructions/subscriptions", &[("article", "424242"), ("subscribe", "1")]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res = app
        .post_raw(
            "/customer/instructions/subscriptions",
            &[("article", &item.id.to_string()), ("subscribe", "1")],
            None,
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(!app.db.instruction_subscriptions(dora).await.unwrap().contains(&item.id));
}

#[tokio::test]
async fn the_api_lists_an_articles_instructions_for_the_keys_organisation() {
    let mut app = sales().await;
    let x = company_x(&app).await;
    let elmar = app.db.party_by_code("77120").await.unwrap().unwrap();
    upload(&mut app, "2124907", "", "Assembly", "", ("assembly.pdf", PDF_V1)).await;
    upload(&mut app, "2124907", "", "Assembly", "Step 4 redrawn.", ("assembly.pdf", PDF_V2)).await;
    upload(&mut app, "2124907", &x.to_string(), "Site S33", "", ("s33.pdf", PDF_V2)).await;
    upload(&mut app, "2124907", &elmar.to_string(), "ELMAR only", "", ("elmar.pdf", PDF_V1)).await;
    let key = app.customer_key(&[Documents]).await;
    let res = app.api("GET", "/api/v1/articles/2124907/installation-instructions", Some(&key), None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let doc = body(&res);
    assert_eq!(doc["article"], "2124907");
    let list = doc["instructions"].as_array().unwrap();
    let titles: Vec<(&str, i64, bool, bool)> = list
        .iter()
        .map(|i| {
            (
                i["title"].as_str().unwrap(),
                i["version"].as_i64().unwrap(),
                i["current"].as_bool().unwrap(),
                i["for_you"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(titles, vec![("Assembly", 2, true, false), ("Assembly", 1, false, false), ("Site S33", 1, true, true)]);
    assert!(list[1]["superseded_at"].is_string() && list[0]["superseded_at"].is_null());
    assert_eq!(list[0]["note"], "Step 4 redrawn.");
    assert_eq!(list[0]["content_type"], "application/pdf");
    // The file, under the API, with the same key.
    let url = list[0]["download_url"].as_str().unwrap().to_owned();
    let file = app.api("GET", &url, Some(&key), None, &[]).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.body.as_bytes(), PDF_V2);
    assert_eq!(file.header("content-type"), "application/pdf");
    assert!(file.header("content-disposition").starts_with("attachment;"));
    // Another organisation's instruction does not exist for this key.
    let elmar_key =
        app.make_key(tessera_domain::api_key::KeyScope::Customer { customer: elmar, roles: [Documents].into() }).await;
    let theirs =
        app.api("GET", "/api/v1/articles/2124907/installation-instructions", Some(&elmar_key), None, &[]).await;
    let theirs = body(&theirs);
    let elmar_url = theirs["instructions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["title"] == "ELMAR only")
        .map(|i| i["download_url"].as_str().unwrap().to_owned())
        .unwrap();
    assert!(!theirs["instructions"].as_array().unwrap().iter().any(|i| i["title"] == "Site S33"));
    let res = app.api("GET", &elmar_url, Some(&key), None, &[]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(res.header("content-type"), "application/problem+json");
    // An Ordering-only key may not read instructions; an unknown article is 404; no key, 401.
    let ordering = app.customer_key(&[Ordering]).await;
    for path in ["/api/v1/articles/2124907/installation-instructions", url.as_str()] {
        let res = app.api("GET", path, Some(&ordering), None, &[]).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{path}");
        assert_eq!(res.header("content-type"), "application/problem+json");
        assert_eq!(app.api("GET", path, None, None, &[]).await.status, StatusCode::UNAUTHORIZED);
    }
    let res = app.api("GET", "/api/v1/articles/NOPE-1/installation-instructions", Some(&key), None, &[]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    // An article without instructions has an empty list.
    let res = app.api("GET", "/api/v1/articles/12345/installation-instructions", Some(&key), None, &[]).await;
    assert_eq!(body(&res)["instructions"], serde_json::json!([]));
    let res = app.api("GET", "/api/v1/installation-instructions/0/file", Some(&key), None, &[]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn pages_speak_polish_and_german() {
    let mut app = sales().await;
    upload(&mut app, "2124907", "", "Montage", "", ("m.pdf", PDF_V1)).await;
    let reader = app.add_contact("KB0004", Side::Customer, "dora@companyx.example", &[Documents]).await;
    app.contact_session(reader).await;
    app.db.set_contact_language(reader, "pl").await.unwrap();
    let page = app.get("/customer/instructions").await;
    assert!(page.body.contains("Instrukcje montażu") && page.body.contains("Aktualna · wersja 1"), "{}", page.body);
    app.db.set_contact_language(reader, "de").await.unwrap();
    let page = app.get("/customer/instructions").await;
    assert!(page.body.contains("Montageanleitungen") && page.body.contains("Aktuell · Version 1"));
}
