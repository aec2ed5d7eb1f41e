//! Recurring inspections (issue #9): staff keep a plan per customer's asset and plan each
//! inspection from it; its due date moves on when the job is done; the customer sees what is
//! overdue and what is due, and downloads past reports. Bad plans change nothing; a link for
//! one request or another customer's contact sees no plan.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use std::collections::BTreeMap;
use tessera_domain::ids::{AssetId, InspectionPlanId, PartyId};
use tessera_domain::link::LinkObject;
use tessera_domain::role::StaffRole;

async fn customer(app: &TestApp, code: &str) -> PartyId {
    app.db.party_by_code(code).await.unwrap().unwrap()
}

async fn asset_of(app: &TestApp, code: &str) -> AssetId {
    app.db.assets().await.unwrap().into_iter().find(|a| a.code == code).unwrap().id
}

async fn plan_titled(app: &TestApp, title: &str) -> InspectionPlanId {
    app.db.inspection_plans(None).await.unwrap().into_iter().find(|p| p.title == title).unwrap().id
}

fn plan_form<'a>(asset: &'a str, interval: &'a str, next_due: &'a str, checklist: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("asset", asset),
        ("title", "Annual gate safety check"),
        ("interval", interval),
        ("next_due", next_due),
        ("checklist", checklist),
    ]
}

const CHECKLIST: &str = "Safety edge stops the gate\nClosing force | N | ..400";

#[tokio::test]
async fn a_plan_is_inspected_on_schedule_and_its_due_date_moves_on() {
    // The clock stands at 2026-11-22; the demo's quarterly AHU inspection is due on 2026-12-13.
    let mut app = TestApp::signed_in(&[StaffRole::Service]).await;
    let mut staff = BTreeMap::new();
    let cx = customer(&app, "KB0004").await;
    let gate = asset_of(&app, "CX-GATE-1").await.to_string();

    let res = app.post("/admin/service/inspections", &plan_form(&gate, "12", "2026-11-30", CHECKLIST)).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = app.get(res.location()).await;
    assert!(page.body.contains("The inspection plan is added."));
    assert!(page.body.contains("Annual gate safety check") && page.body.contains("every year"), "{}", page.body);
    assert!(page.body.contains("Quarterly AHU inspection") && page.body.contains("every 3 months"));
    let plan = plan_titled(&app, "Annual gate safety check").await;

    // The customer sees both as due soon, month by month.
    app.switch_person(&mut staff);
    app.open_customer_link(cx, None).await;
    let page = app.get("/portal/service/inspections").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Nothing is overdue."));
    let nov = page.body.find("November 2026").expect("a month heading for November");
    let dec = page.body.find("December 2026").expect("a month heading for December");
    let gate_at = page.body.find("Annual gate safety check").unwrap();
    let ahu_at = page.body.find("Quarterly AHU inspection").unwrap();
    assert!(nov < gate_at && gate_at < dec && dec < ahu_at, "each plan under its month");
    assert!(page.body.contains("Due soon"));
    assert!(page.body.contains("No inspection has been done yet."));

    // Staff plan the gate's inspection; a second one for the same plan is refused.
    app.switch_person(&mut staff);
    let at = format!("/admin/service/inspections/{plan}/schedule");
    let res = app.post(&at, &[("planned_for", "2026-11-28"), ("technician", "Jan Kowalski")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let job = res.location().split('?').next().unwrap().to_owned();
    assert!(job.starts_with("/admin/service/jobs/"), "{job}");
    let res = app.post(&at, &[("planned_for", "2026-11-29"), ("technician", "")]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains("already planned"), "{}", res.body);
    assert_eq!(app.db.service_jobs(Some(cx), None).await.unwrap().len(), 1, "one job only");

    // The customer sees it planned.
    app.switch_person(&mut staff);
    let page = app.get("/portal/service/inspections").await;
    assert!(page.body.contains("Planned for 2026-11-28"), "{}", page.body);

    // The technician fills the plan's checklist; the job is done; the plan moves on a year.
    app.switch_person(&mut staff);
    let page = app.get(&job).await;
    assert!(page.body.contains("Safety edge stops the gate"), "the plan's checklist: {}", page.body);
    let answers = [
        ("result_0", "pass"),
        ("result_1", "fail"),
        ("value_1", "450"),
        ("comment_1", "Adjust the drive"),
        ("confirmed_by", "Jan Kowalski"),
    ];
    let res = app.post_multipart(&format!("{job}/inspection"), &answers, &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res =
        app.post(&format!("{job}/status"), &[("status", "done"), ("note", "Force too high; drive adjusted.")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let p = app.db.inspection_plan(plan).await.unwrap();
    assert_eq!(p.next_due.to_string(), "2027-11-30");
    assert_eq!(p.open_job, None);

    // The customer downloads the report of the past inspection.
    app.switch_person(&mut staff);
    let page = app.get("/portal/service/inspections").await;
    assert!(page.body.contains("1 check failed"), "{}", page.body);
    let job_id = job.rsplit('/').next().unwrap();
    assert!(page.body.contains(&format!("/portal/service/jobs/{job_id}/report.pdf")));
    let pdf = app.get(&format!("/portal/service/jobs/{job_id}/report.pdf")).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.header("content-type"), "application/pdf");

    // Weeks later the AHU inspection is overdue.
    app.clock.advance(chrono::Duration::days(30));
    let mut later = BTreeMap::new();
    app.switch_person(&mut later);
    app.open_customer_link(cx, None).await;
    let page = app.get("/portal/service/inspections").await;
    let head = page.body.find("id=\"overdue-title\"").unwrap();
    let calendar = page.body.find("id=\"calendar-title\"").unwrap();
    let ahu_at = page.body.find("Quarterly AHU inspection").unwrap();
    assert!(head < ahu_at && ahu_at < calendar, "the AHU inspection is listed as overdue");
    assert!(!page.body.contains("Nothing is overdue."));
}

#[tokio::test]
async fn bad_plans_change_nothing_and_other_principals_see_no_plan() {
    let mut app = TestApp::signed_in(&[StaffRole::Service]).await;
    let mut staff = BTreeMap::new();
    let gate = asset_of(&app, "CX-GATE-1").await.to_string();
    let pump = asset_of(&app, "PS2-P1").await.to_string();
    let before = app.db.inspection_plans(None).await.unwrap().len();
    let cases = [
        (plan_form(&pump, "12", "2026-12-01", CHECKLIST), "This asset is the company"),
        (plan_form(&gate, "0", "2026-12-01", CHECKLIST), "from 1 to 120"),
        (plan_form(&gate, "121", "2026-12-01", CHECKLIST), "from 1 to 120"),
        (plan_form(&gate, "12", "2026-11-01", CHECKLIST), "The date is in the past."),
        (plan_form(&gate, "12", "someday", CHECKLIST), "field-error"),
        (plan_form(&gate, "12", "2026-12-01", "  "), "at least one item to check"),
        (plan_form("999999", "12", "2026-12-01", CHECKLIST), "field-error"),
        (plan_form("", "12", "2026-12-01", CHECKLIST), "field-error"),
    ];
    for (form, message) in cases {
        let res = app.post("/admin/service/inspections", &form).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}: {}", res.body);
        assert!(res.body.contains(message), "{message}: {}", res.body);
    }
    assert_eq!(app.db.inspection_plans(None).await.unwrap().len(), before, "nothing saved");

    // A stopped plan plans nothing until it is resumed.
    let ahu = plan_titled(&app, "Quarterly AHU inspection").await;
    let res = app.post(&format!("/admin/service/inspections/{ahu}/active"), &[("active", "0")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let at = format!("/admin/service/inspections/{ahu}/schedule");
    let res = app.post(&at, &[("planned_for", "2026-12-10"), ("technician", "")]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains("stopped"), "{}", res.body);
    let res = app.post(&at, &[("planned_for", "2026-11-01"), ("technician", "")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The date is in the past."));
    assert!(app.db.service_jobs(None, None).await.unwrap().is_empty(), "no job planned");

    // Staff of another department may look but not plan.
    app.add_user("store@tessera.test", &[StaffRole::Warehouse]).await;
    app.switch_person(&mut staff);
    app.sign_in("store@tessera.test", common::PASSWORD).await;
    assert_eq!(app.get("/admin/service/inspections").await.status, StatusCode::OK);
    let res = app.post("/admin/service/inspections", &plan_form(&gate, "12", "2026-12-01", CHECKLIST)).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = app.post(&format!("/admin/service/inspections/{ahu}/active"), &[("active", "1")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(!app.db.inspection_plan(ahu).await.unwrap().active);

    // A link for one request sees no plan (404, logged); another customer's contact sees
    // none of COMPANY X's.
    let cx = customer(&app, "KB0004").await;
    let mut other = BTreeMap::new();
    app.switch_person(&mut other);
    app.open_customer_link(cx, None).await;
    let fields = [
        ("asset", gate.as_str()),
        ("site", ""),
        ("category", "defect"),
        ("priority", "normal"),
        ("description", "It squeaks."),
        ("contact_name", "Eva Nowak"),
        ("contact_email", ""),
        ("contact_phone", ""),
        ("preferred_time", ""),
    ];
    let res = app.post_multipart("/portal/service", &fields, &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let id: tessera_domain::ids::ServiceRequestId =
        res.location().rsplit('/').next().unwrap().split('?').next().unwrap().parse().unwrap();
    let mut third = BTreeMap::new();
    app.switch_person(&mut third);
    app.open_customer_link(cx, Some(LinkObject::ServiceRequest(id))).await;
    let res = app.get("/portal/service/inspections").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(!res.body.contains("Quarterly AHU inspection"));
    let denied = app.db.audit_events(1).await.unwrap().items;
    assert!(
        denied.iter().any(|e| e.outcome == "denied" && e.object.as_deref() == Some(&format!("party:{cx}"))),
        "the attempt is in the audit log: {denied:?}"
    );
    let contact = app
        .add_contact(
            "77120",
            tessera_domain::contact::Side::Customer,
            "ops@elmar.example",
            &[tessera_domain::contact::ContactRole::ServiceRequests],
        )
        .await;
    let mut fourth = BTreeMap::new();
    app.switch_person(&mut fourth);
    app.contact_session(contact).await;
    let page = app.get("/customer/service/inspections").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(!page.body.contains("Quarterly AHU inspection"));
    assert!(page.body.contains("No inspections are planned."));
}
