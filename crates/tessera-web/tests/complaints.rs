//! Complaints: the warehouse raises one on a received delivery, the supplier answers per line
//! through its link, both sides write in one thread, staff decide; files are judged by content.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_db::links::NewLink;
use tessera_domain::complaint::ComplaintStatus;
use tessera_domain::ids::{ComplaintId, DeliveryId};
use tessera_domain::link::{LinkObject, LinkToken, Portal};
use tessera_domain::policy::Action;
use tessera_domain::role::StaffRole;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";

async fn warehouse() -> TestApp {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    app.accept_language = Some("en".into());
    app
}

async fn delivery_id(app: &TestApp, number: &str) -> DeliveryId {
    app.db.deliveries(number, 1).await.unwrap().items.into_iter().find(|d| d.number == number).unwrap().id
}

async fn complaint_id(app: &TestApp, number: &str) -> ComplaintId {
    app.db.complaint_id_by_number(number).await.unwrap().unwrap()
}

/// What must not change when a form is refused.
async fn counts(app: &TestApp) -> (u64, u64, u64, usize) {
    let (c, l) = app.db.complaint_counts().await.unwrap();
    (c, l, app.db.attachment_count().await.unwrap(), app.data_dir.file_count())
}

/// Opens a supplier link in this app's browser: for one complaint, or supplier-wide.
async fn open_link(app: &mut TestApp, party_of: ComplaintId, object: Option<LinkObject>) {
    let party = app.db.complaint_party(party_of).await.unwrap();
    let token = LinkToken::generate().unwrap();
    let new = NewLink {
        portal: Portal::Supplier,
        party,
        object,
        actions: [Action::PortalEnter, Action::PortalComplaintView, Action::PortalComplaintAnswer]
            .into_iter()
            .collect(),
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

/// Raises a complaint on D/41/2026 (STALBUD, two lines: 600 checked 600, 10 checked 9).
async fn raise_on_d41(app: &mut TestApp, files: &[(&str, &str, &[u8])]) -> ComplaintId {
    let d = delivery_id(app, "D/41/2026").await;
    let res = app
        .post_multipart(
            &format!("/admin/deliveries/{d}/complaint"),
            &[
                ("date", "2026-11-22"),
                ("description", "Five sheets short, one box of bolts rusty."),
                ("line", "1"),
                ("quality_1", "0"),
                ("missing_1", "5"),
                ("line", "2"),
                ("quality_2", "1"),
                ("missing_2", ""),
            ],
            files,
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let id: ComplaintId =
        res.location().trim_start_matches("/admin/complaints/").split('?').next().unwrap().parse().unwrap();
    id
}

#[tokio::test]
async fn the_warehouse_raises_a_complaint_and_the_supplier_is_emailed_a_link() {
    let mut app = warehouse().await;
    let d = delivery_id(&app, "D/41/2026").await;
    let page = app.get(&format!("/admin/deliveries/{d}")).await;
    assert!(page.body.contains("Raise a complaint"), "{}", page.body);
    let form = app.get(&format!("/admin/deliveries/{d}/complaint")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("REKL/5/2026"), "the next number is offered");

    let id = raise_on_d41(&mut app, &[("files", "zdjęcie dostawy.pdf", PDF)]).await;
    let c = app.db.complaint(id).await.unwrap();
    assert_eq!(c.summary.number, "REKL/5/2026");
    assert_eq!(c.summary.status, "open");
    assert_eq!(c.lines.len(), 2);
    assert_eq!(c.lines[0].extra2.unwrap().to_string(), "5");
    assert_eq!(c.lines[1].extra1.unwrap().to_string(), "1");

    let page = app.get(&format!("/admin/complaints/{id}?problem=raised")).await;
    assert!(page.body.contains("The complaint was raised"), "{}", page.body);
    assert!(page.body.contains("Five sheets short"));
    assert!(page.body.contains("zdjęcie dostawy.pdf"));
    assert_eq!(app.data_dir.file_count(), 1);

    // The email: to the supplier's address on record, in its language, with a link to the complaint.
    let mails = app.db.mails(1).await.unwrap().items;
    let mail = mails.iter().find(|m| m.to == "dostawy@stalbud.example").expect("an email to the supplier");
    assert_eq!(mail.language, "pl");
    assert!(mail.subject.contains("REKL/5/2026"), "{}", mail.subject);
    assert!(mail.text.contains("To reklamacja Twojej dostawy D/41/2026."), "what it is about: {}", mail.text);
    let url = mail.text.split_whitespace().find(|w| w.contains("/l/tsl_")).unwrap();
    let path = &url[url.find("/l/").unwrap()..];

    // The link opens the complaint and nothing else.
    app.cookies.remove("tessera_session");
    let res = app.get(path).await;
    assert_eq!(res.status, StatusCode::FOUND);
    assert_eq!(res.location(), format!("/portal/complaints/{id}"));
    let page = app.get(&format!("/portal/complaints/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Five sheets short"));
    let rekl4 = complaint_id(&app, "REKL/4/2026").await;
    assert_eq!(app.get(&format!("/portal/complaints/{rekl4}")).await.status, StatusCode::NOT_FOUND);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "complaint.raise" && e.outcome == "ok"));
    assert!(audit.iter().any(|e| e.action == "portal.complaint.view" && e.outcome == "denied"));
}

#[tokio::test]
async fn bad_claims_are_refused_at_their_field_and_change_nothing() {
    let mut app = warehouse().await;
    let d = delivery_id(&app, "D/41/2026").await;
    let path = format!("/admin/deliveries/{d}/complaint");
    let before = counts(&app).await;
    for (fields, message) in [
        (vec![("line", "1"), ("quality_1", "0"), ("missing_1", "-3")], "Cannot be negative."),
        (vec![("line", "1"), ("quality_1", "0"), ("missing_1", "0")], "Claim a quantity for quality or as missing"),
        (vec![("line", "2"), ("quality_2", "6"), ("missing_2", "5")], "Together, more than this line delivered."),
        (vec![("line", "2"), ("quality_2", "10")], "More claimed for quality than was found on checking."),
        (vec![("quality_1", "3")], "Choose at least one line of the delivery."),
        (vec![("line", "1"), ("missing_1", "lots")], "Not a number."),
    ] {
        let mut all = vec![("date", "2026-11-22"), ("description", "typed text kept")];
        all.extend(fields);
        let res = app.post_multipart(&path, &all, &[("files", "p.pdf", PDF)]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        assert!(res.body.contains(message), "{message}: {}", res.body);
        assert!(res.body.contains("typed text kept"), "what was typed is kept");
        assert_eq!(counts(&app).await, before, "nothing saved: {message}");
    }
    // A number already used.
    let res = app
        .post_multipart(
            &path,
            &[("number", "REKL/4/2026"), ("date", "2026-11-22"), ("line", "1"), ("missing_1", "1")],
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("This complaint number is already used."));
    // An unknown delivery.
    let res = app.post_multipart("/admin/deliveries/999999/complaint", &[("line", "1"), ("missing_1", "1")], &[]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    // A delivery not (yet) received.
    app.db.execute_unprepared("UPDATE deliveries SET status = 'declared' WHERE number = 'D/41/2026'").await.unwrap();
    let res = app.post_multipart(&path, &[("date", "2026-11-22"), ("line", "1"), ("missing_1", "1")], &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Only a received delivery can be complained about."));
    assert_eq!(counts(&app).await, before);
}

#[tokio::test]
async fn only_the_warehouse_raises_complaints() {
    let mut app = TestApp::signed_in(&[StaffRole::Sales]).await;
    let d = delivery_id(&app, "D/41/2026").await;
    assert_eq!(app.get(&format!("/admin/deliveries/{d}/complaint")).await.status, StatusCode::FORBIDDEN);
    let res = app
        .post_multipart(&format!("/admin/deliveries/{d}/complaint"), &[("line", "1"), ("missing_1", "1")], &[])
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(!app.get(&format!("/admin/deliveries/{d}")).await.body.contains("Raise a complaint"));
    assert_eq!(app.db.complaint_counts().await.unwrap().0, 1);
}

#[tokio::test]
async fn the_supplier_answers_per_line_and_a_stale_tab_is_told() {
    let mut app = warehouse().await;
    let id = raise_on_d41(&mut app, &[]).await;
    open_link(&mut app, id, Some(LinkObject::Complaint(id))).await;
    let detail = app.db.complaint_detail(id).await.unwrap();
    let (l1, l2) = (detail.lines[0].id.to_string(), detail.lines[1].id.to_string());
    let version = detail.version.to_string();
    let path = format!("/portal/complaints/{id}/answer");
    let (a1, r1, a2, v2) =
        (format!("answer_{l1}"), format!("reason_{l1}"), format!("answer_{l2}"), format!("value_{l2}"));

    // Rejecting without a reason is refused, what was typed kept, nothing saved.
    let res =
        app.post_multipart(&path, &[("version", &version), (&a1, "reject"), ("comment", "see photos")], &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Give the reason for rejecting."));
    assert!(res.body.contains("see photos"));
    // A credit of a negative amount, too.
    let res = app.post_multipart(&path, &[("version", &version), (&a2, "credit"), (&v2, "-4")], &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Cannot be negative."));
    assert_eq!(app.db.complaint_detail(id).await.unwrap(), detail);

    // One line answered: still open.
    let res =
        app.post_multipart(&path, &[("version", &version), (&a1, "reject"), (&r1, "Counted at loading.")], &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let now = app.db.complaint_detail(id).await.unwrap();
    assert_eq!(now.status, ComplaintStatus::Open);
    assert_eq!(now.lines[0].answer.as_deref(), Some("reject"));
    assert_eq!(now.lines[0].answer_reason.as_deref(), Some("Counted at loading."));

    // The other tab still has the first version: told, nothing saved.
    let thread = app.db.complaint_thread(id).await.unwrap().len();
    let res = app.post_multipart(&path, &[("version", &version), (&a2, "accept")], &[("files", "a.png", PNG)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("in the meantime"), "{}", res.body);
    assert_eq!(app.db.complaint_thread(id).await.unwrap().len(), thread);
    assert_eq!(app.data_dir.file_count(), 0, "the stale tab's file is not kept");

    // Every line answered: answered.
    let version = now.version.to_string();
    let res = app.post_multipart(&path, &[("version", &version), (&a2, "credit"), (&v2, "12,50")], &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let now = app.db.complaint_detail(id).await.unwrap();
    assert_eq!(now.status, ComplaintStatus::Answered);
    assert_eq!(now.lines[1].answer_value.as_deref(), Some("12.50"));
    let page = app.get(&format!("/portal/complaints/{id}?problem=answered")).await;
    assert!(page.body.contains("your answers were saved"));
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "portal.complaint.answer" && e.outcome == "ok"));
}

#[tokio::test]
async fn one_thread_both_sides_and_the_status_flow_to_closed() {
    let mut app = warehouse().await;
    let id = raise_on_d41(&mut app, &[]).await;
    open_link(&mut app, id, Some(LinkObject::Complaint(id))).await;
    let res =
        app.post_multipart(&format!("/portal/complaints/{id}/messages"), &[("comment", "We will check.")], &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res = app
        .post_multipart(
            &format!("/admin/complaints/{id}/messages"),
            &[("comment", "Photos attached.")],
            &[("files", "rust.png", PNG)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let empty = app.post_multipart(&format!("/admin/complaints/{id}/messages"), &[("comment", "  ")], &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Write a comment or choose a file."));

    // Both pages show the same thread, in time order.
    for path in [format!("/admin/complaints/{id}"), format!("/portal/complaints/{id}")] {
        let body = app.get(&path).await.body;
        let (a, b, c) = (
            body.find("Five sheets short").unwrap(),
            body.find("We will check.").unwrap(),
            body.find("Photos attached.").unwrap(),
        );
        assert!(a < b && b < c, "{path}");
        assert!(body.contains("rust.png"));
    }

    // Staff decide, with a comment.
    let version = app.db.complaint_detail(id).await.unwrap().version.to_string();
    let path = format!("/admin/complaints/{id}/decision");
    let res = app.post(&path, &[("decision", "resolve"), ("version", &version), ("comment", "")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Say why: the supplier reads it."));
    let res = app.post(&path, &[("decision", "close"), ("version", &version)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "an open complaint is not closed directly");
    let res =
        app.post(&path, &[("decision", "resolve"), ("version", &version), ("comment", "Credit note follows.")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let d = app.db.complaint_detail(id).await.unwrap();
    assert_eq!(d.status, ComplaintStatus::Resolved);
    // The other tab's decision is told.
    let res = app.post(&path, &[("decision", "reject"), ("version", &version), ("comment", "No.")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("in the meantime"));

    // The supplier can no longer answer.
    let l1 = d.lines[0].id.to_string();
    let res = app
        .post_multipart(
            &format!("/portal/complaints/{id}/answer"),
            &[("version", &d.version.to_string()), (&format!("answer_{l1}"), "accept")],
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("answers are no longer taken"));

    let res = app.post(&path, &[("decision", "close"), ("version", &d.version.to_string())]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.db.complaint_detail(id).await.unwrap().status, ComplaintStatus::Closed);
    let res =
        app.post_multipart(&format!("/portal/complaints/{id}/messages"), &[("comment", "One more thing")], &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The complaint is closed."));
    let page = app.get(&format!("/portal/complaints/{id}")).await.body;
    assert!(page.contains("Credit note follows."));
}

#[tokio::test]
async fn a_supplier_wide_link_lists_its_complaints_and_nothing_of_anyone_else() {
    let mut app = warehouse().await;
    let mine = raise_on_d41(&mut app, &[]).await;
    let rekl4 = complaint_id(&app, "REKL/4/2026").await;
    app.cookies.remove("tessera_session");
    open_link(&mut app, mine, None).await;
    let home = app.get("/portal").await;
    assert!(home.body.contains("REKL/5/2026"), "{}", home.body);
    assert!(!home.body.contains("REKL/4/2026"));
    assert_eq!(app.get(&format!("/portal/complaints/{mine}")).await.status, StatusCode::OK);
    assert_eq!(app.get(&format!("/portal/complaints/{rekl4}")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn attachments_are_judged_by_content_limited_and_downloaded_as_attachments() {
    let mut app = warehouse().await;
    let d = delivery_id(&app, "D/41/2026").await;
    let path = format!("/admin/deliveries/{d}/complaint");
    let fields = [("date", "2026-11-22"), ("line", "1"), ("missing_1", "2")];
    let before = counts(&app).await;

    // An HTML page named .pdf.
    let html = b"<!DOCTYPE html><html><script>alert(1)</script></html>";
    let res = app.post_multipart(&path, &fields, &[("files", "invoice.pdf", html)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("is not a PDF or an image"), "{}", res.body);
    assert_eq!(counts(&app).await, before);

    // 50 MB: 413 with a page, nothing stored.
    let big = vec![b'%'; 50 * 1000 * 1000];
    let res = app.post_multipart(&path, &fields, &[("files", "big.pdf", &big)]).await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(res.body.contains("The file is too large"), "{}", res.body);
    assert_eq!(counts(&app).await, before);
    // One file over 10 MB within a body the route accepts: 413 too.
    let mut over = b"%PDF-1.4\n".to_vec();
    over.resize(10 * 1024 * 1024 + 1, b' ');
    let res = app.post_multipart(&path, &fields, &[("files", "over.pdf", &over)]).await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(counts(&app).await, before);

    // A real PDF: stored under a generated name, downloaded as an attachment with a clean name.
    let id = raise_on_d41(&mut app, &[("files", "../../Lieferschein (scan)#1.PDF", PDF)]).await;
    let files = app.db.attachments_of(tessera_db::attachments::AttachmentOwner::Complaint(id)).await.unwrap();
    assert_eq!(files.len(), 1);
    let a = &files[0];
    assert_eq!(a.file_name, "Lieferschein (scan)_1.pdf");
    assert_eq!(a.content_type, "application/pdf");
    assert_eq!(a.size, i64::try_from(PDF.len()).unwrap());
    assert!(!a.key.contains("Lieferschein") && a.key.len() == 32);
    let res = app.get(&format!("/admin/attachments/{}", a.id)).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.header("content-type"), "application/pdf");
    assert!(
        res.header("content-disposition").starts_with("attachment; filename=\"Lieferschein (scan)_1.pdf\""),
        "{}",
        res.header("content-disposition")
    );
    assert_eq!(res.header("x-content-type-options"), "nosniff");
    assert_eq!(res.body.as_bytes(), PDF);

    // The supplier's link reaches its own file, not another party's.
    app.cookies.remove("tessera_session");
    open_link(&mut app, id, Some(LinkObject::Complaint(id))).await;
    assert_eq!(app.get(&format!("/portal/attachments/{}", a.id)).await.status, StatusCode::OK);
    let rekl4 = complaint_id(&app, "REKL/4/2026").await;
    let theirs = app
        .db
        .add_attachments(
            tessera_db::attachments::AttachmentOwner::Complaint(rekl4),
            app.db.complaint_party(rekl4).await.unwrap(),
            &[tessera_db::attachments::NewAttachment {
                key: "0123456789abcdef0123456789abcdef".into(),
                file_name: "theirs.pdf".into(),
                content_type: "application/pdf".into(),
                size: 5,
                sha256: "x".into(),
            }],
            "user:1",
            app.clock_now(),
        )
        .await
        .unwrap();
    assert_eq!(app.get(&format!("/portal/attachments/{}", theirs[0])).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/portal/attachments/999999").await.status, StatusCode::NOT_FOUND);
    // Anonymous: nothing.
    app.cookies.clear();
    assert_ne!(app.get(&format!("/portal/attachments/{}", a.id)).await.status, StatusCode::OK);
}
