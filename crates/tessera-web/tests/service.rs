//! Service for customers (issue #9): a customer reports a request through a link or as a
//! contact, staff triage, plan and complete the work, the customer follows it; bad input
//! changes nothing; a link for one request sees nothing else.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::{PASSWORD, TestApp};
use http::StatusCode;
use std::collections::BTreeMap;
use tessera_domain::ids::{AssetId, PartyId, ServiceRequestId};
use tessera_domain::link::LinkObject;
use tessera_domain::role::StaffRole;

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde";
const PDF: &[u8] = b"%PDF-1.4\n%test\n";

async fn customer(app: &TestApp, code: &str) -> PartyId {
    app.db.party_by_code(code).await.unwrap().unwrap()
}

async fn asset_of(app: &TestApp, code: &str) -> AssetId {
    app.db.assets().await.unwrap().into_iter().find(|a| a.code == code).unwrap().id
}

/// The id in a `…/service/{id}?…` redirect.
fn request_in(location: &str) -> ServiceRequestId {
    let tail = location.rsplit('/').next().unwrap();
    tail.split('?').next().unwrap().parse().unwrap()
}

fn report_fields<'a>(asset: &'a str, description: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("asset", asset),
        ("site", ""),
        ("category", "defect"),
        ("priority", "high"),
        ("description", description),
        ("contact_name", "Eva Nowak"),
        ("contact_email", "eva@company-x.example"),
        ("contact_phone", ""),
        ("preferred_time", "mornings"),
    ]
}

async fn mails_to(app: &TestApp, to: &str) -> Vec<tessera_db::outbox::Mail> {
    app.db.mails(1).await.unwrap().items.into_iter().filter(|m| m.to == to).collect()
}

#[tokio::test]
async fn a_defect_reported_through_a_link_is_triaged_planned_inspected_and_closed() {
    let mut app = TestApp::signed_in(&[StaffRole::Service]).await;
    let mut staff = BTreeMap::new();
    app.switch_person(&mut staff);
    let cx = customer(&app, "KB0004").await;
    let gate = asset_of(&app, "CX-GATE-1").await.to_string();
    app.open_customer_link(cx, None).await;

    // The customer reports a defect with a photo.
    let page = app.get("/portal/service/new").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Sliding gate, main entrance"), "its own assets are offered");
    let res = app
        .post_multipart(
            "/portal/service",
            &report_fields(&gate, "The gate stops halfway and beeps."),
            &[("photos", "gate.png", PNG)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let id = request_in(res.location());
    let reference = format!("SR-{:06}", id.get());
    let page = app.get(res.location()).await;
    assert!(page.body.contains(&reference), "{}", page.body);
    assert!(page.body.contains("gate.png"));
    let received = mails_to(&app, "eva@company-x.example").await;
    assert_eq!(received.len(), 1);
    assert!(received[0].subject.contains(&reference), "{}", received[0].subject);
    assert!(received[0].text.contains("/service/unsubscribe/"));

    // Staff ask a question; the customer is emailed and answers.
    app.switch_person(&mut staff);
    let res = app
        .post(&format!("/admin/service/{id}/triage"), &[("decision", "ask"), ("text", "Which of the two motors hums?")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(mails_to(&app, "eva@company-x.example").await.len(), 2);
    // Asking without a question is refused and changes nothing.
    let res = app.post(&format!("/admin/service/{id}/triage"), &[("decision", "reject"), ("text", " ")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.db.service_request(id).await.unwrap().status.as_str(), "question");
    app.switch_person(&mut staff);
    let page = app.get(&format!("/portal/service/{id}")).await;
    assert!(page.body.contains("Which of the two motors hums?"));
    let res = app.post_multipart(&format!("/portal/service/{id}/info"), &[("text", "The left one.")], &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.db.service_request(id).await.unwrap().status.as_str(), "answered");

    // Staff accept, plan a job with an inspection, and cannot plan in the past.
    app.switch_person(&mut staff);
    app.post(&format!("/admin/service/{id}/triage"), &[("decision", "accept"), ("text", "")]).await;
    let past =
        [("title", "Repair the gate drive"), ("planned_for", "2026-11-01"), ("technician", ""), ("checklist", "")];
    let res = app.post(&format!("/admin/service/{id}/jobs"), &past).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The date is in the past."));
    let res = app
        .post(
            &format!("/admin/service/{id}/jobs"),
            &[
                ("title", "Repair the gate drive"),
                ("planned_for", "2026-11-25"),
                ("technician", "Jan Kowalski"),
                ("checklist", "Gate closes fully\nMotor insulation | MΩ | 1.."),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let job = res.location().to_owned();
    assert!(job.starts_with("/admin/service/jobs/"), "{job}");
    let job_id = job.rsplit('/').next().unwrap().to_owned();
    app.post(&format!("{job}/status"), &[("status", "in_progress"), ("note", "On site today.")]).await;
    // Done before the checklist is filled: refused.
    let res = app.post(&format!("{job}/status"), &[("status", "done"), ("note", "")]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains("Fill the inspection"), "{}", res.body);
    // A measurement out of range that passes is refused at its item; then the real answers.
    let bad = [("result_0", "pass"), ("result_1", "pass"), ("value_1", "0.5"), ("confirmed_by", "Jan Kowalski")];
    let res = app.post_multipart(&format!("{job}/inspection"), &bad, &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let good = [("result_0", "pass"), ("result_1", "pass"), ("value_1", "12"), ("confirmed_by", "Jan Kowalski")];
    let res = app.post_multipart(&format!("{job}/inspection"), &good, &[("photos", "drive.png", PNG)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res = app.post(&format!("{job}/status"), &[("status", "done"), ("note", "Drive belt replaced.")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res =
        app.post(&format!("/admin/service/{id}/close"), &[("summary", "Drive belt replaced; the gate closes.")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    // Every step was emailed: received, question, accepted, planned, in progress, done, closed.
    assert_eq!(mails_to(&app, "eva@company-x.example").await.len(), 7);

    // The customer follows it on the timeline, downloads the report and rates the work.
    app.switch_person(&mut staff);
    let page = app.get(&format!("/portal/service/{id}")).await;
    for text in
        ["Question asked", "Answered", "Accepted", "Job planned", "Job: In progress", "On site today.", "Closed"]
    {
        assert!(page.body.contains(text), "{text} on the timeline");
    }
    assert!(page.body.contains("value=\"100\""), "the bar is full");
    let job_page = app.get(&format!("/portal/service/jobs/{job_id}")).await;
    assert_eq!(job_page.status, StatusCode::OK);
    assert!(job_page.body.contains("Motor insulation"));
    assert!(job_page.body.contains("drive.png"));
    let pdf = app.get(&format!("/portal/service/jobs/{job_id}/report.pdf")).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.header("content-type"), "application/pdf");
    let res = app.post(&format!("/portal/service/{id}/rating"), &[("rating", "9"), ("comment", "")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res =
        app.post(&format!("/portal/service/{id}/rating"), &[("rating", "5"), ("comment", "Quick and tidy.")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.db.service_request(id).await.unwrap().rating, Some(5));
    let res = app.post(&format!("/portal/service/{id}/rating"), &[("rating", "1"), ("comment", "")]).await;
    assert_eq!(res.status, StatusCode::CONFLICT, "rated once");

    // Staff see the rating in the satisfaction figures: overall, per month, per site.
    app.switch_person(&mut staff);
    let page = app.get("/admin/service").await;
    let sat = &page.body[page.body.find("Customer satisfaction").expect("the satisfaction section")..];
    assert!(sat.contains("<strong>5.0</strong> / 5") && sat.contains("1 rating"), "{sat}");
    assert!(sat.contains("November 2026: 5.0"), "the month's bar: {sat}");
    assert!(sat.contains("COMPANY X, Warsaw plant"), "the site: {sat}");
    // A link for the one job goes to the person who reported the request.
    let res = app.post(&format!("/admin/service/jobs/{job_id}/link"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(res.location().ends_with("?done=job-link-sent"), "{}", res.location());
    let mails = mails_to(&app, "eva@company-x.example").await;
    assert_eq!(mails.len(), 8);
    let links = app.db.links(tessera_db::links::LinkFilter::Active, Some(cx), app.clock_now(), 1).await.unwrap();
    let job_link = Some(LinkObject::ServiceJob(job_id.parse().unwrap()));
    assert!(links.items.iter().any(|l| l.object == job_link), "a link for the one job");
}

#[tokio::test]
async fn bad_reports_get_a_clear_message_and_save_nothing() {
    let mut app = TestApp::with_demo().await;
    let cx = customer(&app, "KB0004").await;
    let elmar = customer(&app, "77120").await;
    let theirs = app.db.add_asset("EL-1", "Compressor", "ELMAR yard", Some(elmar), &audit_event(&app)).await.unwrap();
    let gate = asset_of(&app, "CX-GATE-1").await.to_string();
    app.open_customer_link(cx, None).await;
    let fields = report_fields(&gate, "The gate stops halfway.");
    let many: Vec<(&str, &str, &[u8])> = (0..30).map(|_| ("photos", "p.png", PNG)).collect();
    let theirs = theirs.to_string();
    type Files<'a> = Vec<(&'a str, &'a str, &'a [u8])>;
    type Case<'a> = (Vec<(&'a str, &'a str)>, Files<'a>, &'a str);
    let cases: Vec<Case> = vec![
        (fields.clone(), vec![("photos", "notes.png", b"just some text")], "is not a PDF or an image"),
        (fields.clone(), vec![("photos", "scan.pdf", PDF)], "Photos must be images"),
        (fields.clone(), vec![("files", "empty.pdf", b"")], "is empty (0 bytes)"),
        (fields.clone(), many, "At most 5 files at once."),
        (report_fields(&theirs, "Their compressor."), vec![("photos", "a.png", PNG)], "not one of yours"),
        (report_fields("", "No asset, no site."), vec![], "Choose the asset, or say at which site."),
        (report_fields(&gate, " "), vec![], "field-error"),
    ];
    for (fields, files, message) in cases {
        let res = app.post_multipart("/portal/service", &fields, &files).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}: {}", res.body);
        assert!(res.body.contains(message), "{message}: {}", res.body);
        assert!(res.body.contains("The gate stops halfway.") || !fields[4].1.contains("gate"), "what was typed stays");
    }
    assert!(app.db.service_requests(None).await.unwrap().is_empty(), "nothing saved");
    assert_eq!(app.data_dir.file_count(), 0, "no file kept");
    assert!(app.db.mails(1).await.unwrap().items.iter().all(|m| !m.subject.starts_with("SR-")));
}

fn audit_event(app: &TestApp) -> tessera_db::audit::AuditEvent {
    tessera_db::audit::AuditEvent {
        at: app.clock_now(),
        actor_kind: "staff".into(),
        actor: Some("user:1".into()),
        action: "asset.add".into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    }
}

/// Reports a request through a fresh whole-customer link in a browser of its own.
async fn reported(app: &mut TestApp, party: PartyId, asset: &str) -> ServiceRequestId {
    let mut other = BTreeMap::new();
    app.switch_person(&mut other);
    app.open_customer_link(party, None).await;
    let res = app.post_multipart("/portal/service", &report_fields(asset, "Something is wrong."), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    app.switch_person(&mut other);
    request_in(res.location())
}

#[tokio::test]
async fn a_link_for_one_request_shows_nothing_of_another_request_or_customer() {
    let mut app = TestApp::with_demo().await;
    let cx = customer(&app, "KB0004").await;
    let elmar = customer(&app, "77120").await;
    let theirs = app.db.add_asset("EL-1", "Compressor", "ELMAR yard", Some(elmar), &audit_event(&app)).await.unwrap();
    let gate = asset_of(&app, "CX-GATE-1").await.to_string();
    let mine = reported(&mut app, cx, &gate).await;
    let sibling = reported(&mut app, cx, &gate).await;
    let foreign = reported(&mut app, elmar, &theirs.to_string()).await;
    app.open_customer_link(cx, Some(LinkObject::ServiceRequest(mine))).await;
    assert_eq!(app.get("/portal/service").await.location(), format!("/portal/service/{mine}"));
    assert_eq!(app.get(&format!("/portal/service/{mine}")).await.status, StatusCode::OK);
    for other in [sibling, foreign] {
        let res = app.get(&format!("/portal/service/{other}")).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{other}");
        assert!(!res.body.contains("Something is wrong."));
        let res = app.post_multipart(&format!("/portal/service/{other}/info"), &[("text", "hello")], &[]).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
    }
    // A new request needs a link to the whole customer.
    let res = app.post_multipart("/portal/service", &report_fields(&gate, "Another one."), &[]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_eq!(app.db.service_requests(None).await.unwrap().len(), 3);
    let events = app.db.audit_events(1).await.unwrap().items;
    let denied = events
        .iter()
        .filter(|e| e.outcome == "denied" && e.object.as_deref() == Some(&format!("service_request:{foreign}")))
        .count();
    assert!(denied >= 1, "the attempt is in the audit log: {events:?}");
    // A contact of the other customer sees none of COMPANY X's requests either.
    let contact = app
        .add_contact(
            "77120",
            tessera_domain::contact::Side::Customer,
            "ops@elmar.example",
            &[tessera_domain::contact::ContactRole::ServiceRequests],
        )
        .await;
    let mut fresh = BTreeMap::new();
    app.switch_person(&mut fresh);
    app.contact_session(contact).await;
    assert_eq!(app.get(&format!("/customer/service/{mine}")).await.status, StatusCode::NOT_FOUND);
    let own = app.get(&format!("/customer/service/{foreign}")).await;
    assert_eq!(own.status, StatusCode::OK, "{}", own.body);
    let list = app.get("/customer/service").await;
    assert!(list.body.contains(&format!("SR-{:06}", foreign.get())));
    assert!(!list.body.contains(&format!("SR-{:06}", mine.get())));
}

#[tokio::test]
async fn a_contact_reports_with_the_service_role_only_and_can_unsubscribe() {
    use tessera_domain::contact::{ContactRole, Side};
    let mut app = TestApp::with_demo().await;
    let ordering = app.add_contact("KB0004", Side::Customer, "buyer@company-x.example", &[ContactRole::Ordering]).await;
    app.contact_session(ordering).await;
    assert_eq!(app.get("/customer/service").await.status, StatusCode::FORBIDDEN);
    let service =
        app.add_contact("KB0004", Side::Customer, "facility@company-x.example", &[ContactRole::ServiceRequests]).await;
    app.cookies.clear();
    app.contact_session(service).await;
    let form = app.get("/customer/service/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("facility@company-x.example"), "the contact's details are filled in");
    let gate = asset_of(&app, "CX-GATE-1").await.to_string();
    let mut fields = report_fields(&gate, "Hall B is too warm.");
    fields[6] = ("contact_email", "facility@company-x.example");
    let res = app.post_multipart("/customer/service", &fields, &[("files", "plan.pdf", PDF)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let id = request_in(res.location());
    let mail = &mails_to(&app, "facility@company-x.example").await[0];
    assert!(mail.text.contains(&format!("/customer/service/{id}")), "a contact gets the page's address");
    // The unsubscribe link asks first, then stops the emails of this request.
    let token = mail.text.split("/service/unsubscribe/").nth(1).unwrap().split_whitespace().next().unwrap().to_owned();
    let token: String = token.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
    let mut anon = BTreeMap::new();
    app.switch_person(&mut anon);
    let page = app.get(&format!("/service/unsubscribe/{token}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(app.db.service_request(id).await.unwrap().notify, "opening the link alone changes nothing");
    let res = app.post(&format!("/service/unsubscribe/{token}"), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(!app.db.service_request(id).await.unwrap().notify);
    assert_eq!(app.get("/service/unsubscribe/0000").await.status, StatusCode::NOT_FOUND);

    // Staff's steps no longer email anyone.
    app.add_user("service@tessera.test", &[StaffRole::Service]).await;
    app.sign_in("service@tessera.test", PASSWORD).await;
    let before = mails_to(&app, "facility@company-x.example").await.len();
    let res = app.post(&format!("/admin/service/{id}/triage"), &[("decision", "accept"), ("text", "")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(mails_to(&app, "facility@company-x.example").await.len(), before);
    // Only the service department triages: the warehouse sees the request, and is refused.
    app.cookies.clear();
    app.add_user("warehouse@tessera.test", &[StaffRole::Warehouse]).await;
    app.sign_in("warehouse@tessera.test", PASSWORD).await;
    assert_eq!(app.get(&format!("/admin/service/{id}")).await.status, StatusCode::OK);
    let res = app.post(&format!("/admin/service/{id}/close"), &[("summary", "Done.")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.db.service_request(id).await.unwrap().status.as_str(), "accepted");
}
