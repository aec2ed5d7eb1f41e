//! Invoices for completed work (issue #8): the subcontractor issues one through its portal with
//! lines tied to its work orders or deliveries; every bad input is refused at its field or line
//! and nothing is saved; staff accept it or dispute it with a reason, once, and export it as a
//! UBL 2.1 Invoice. Runs on SQLite, and on PostgreSQL with `TESSERA_TEST_DATABASE_URL`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use std::collections::BTreeMap;
use tessera_db::links::NewLink;
use tessera_domain::ids::{PartyId, WorkOrderId};
use tessera_domain::invoice::InvoiceStatus;
use tessera_domain::link::{LinkToken, Portal};
use tessera_domain::policy::Action;
use tessera_domain::role::StaffRole;
use tessera_domain::subcontractor::SubcontractorAction;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

async fn party(app: &TestApp, code: &str) -> PartyId {
    app.db.party_by_code(code).await.unwrap().unwrap()
}

/// Purchasing allows the subcontractor everything, invoices included.
async fn allow_everything(app: &mut TestApp, party: PartyId) {
    let res = app
        .post(
            &format!("/admin/parties/{party}/subcontractor-actions"),
            &SubcontractorAction::ALL.map(|a| ("action", a.as_str())),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

/// A link for the subcontractor with these actions, opened in a browser of its own.
async fn open_link(app: &mut TestApp, party: PartyId, actions: &[Action]) -> BTreeMap<String, String> {
    let token = LinkToken::generate().unwrap();
    let new = NewLink {
        portal: Portal::Subcontractor,
        party,
        object: None,
        actions: actions.iter().copied().chain([Action::PortalEnter]).collect(),
        require_code: false,
        note: None,
        expires_at: app.clock_now() + chrono::Duration::days(30),
        created_by: None,
        replaces: None,
    };
    app.db.issue_link(&new, &token.hash(), app.clock_now(), None).await.unwrap();
    let mut browser = BTreeMap::new();
    app.switch_person(&mut browser);
    assert_eq!(app.get(&format!("/l/{}", token.expose())).await.status, StatusCode::FOUND);
    app.switch_person(&mut browser);
    browser
}

/// A work order registered for a subcontractor.
async fn work_order(app: &TestApp, party: PartyId, number: &str) -> WorkOrderId {
    use tessera_domain::work_order::{Description, WorkOrderDraft, parse_checklist};
    let contract = app.db.contracts().await.unwrap().into_iter().find(|c| c.1 == "3407").unwrap().0;
    let draft = WorkOrderDraft {
        number: tessera_domain::text::DocNumber::parse(number).unwrap(),
        asset: None,
        site: tessera_domain::text::Name::parse("Pump station 2").unwrap(),
        description: Description::parse("Replace the pump seal.").unwrap(),
        due_date: None,
        checklist: parse_checklist("Guards refitted").unwrap(),
    };
    let event = tessera_db::audit::AuditEvent {
        at: app.clock_now(),
        actor_kind: "staff".into(),
        actor: None,
        action: "work_order.register".into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    };
    match app.db.register_work_order(contract, party, &draft, "staff", &event, app.clock_now()).await.unwrap() {
        tessera_db::work::RegisterOutcome::Done(id) => id,
        other => panic!("{other:?}"),
    }
}

/// MONTEX allowed to invoice, a work order of its own, and its link open in `browser`.
async fn setup() -> (TestApp, PartyId, WorkOrderId, BTreeMap<String, String>) {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let montex = party(&app, "P-3001").await;
    allow_everything(&mut app, montex).await;
    let wo = work_order(&app, montex, "ZL/7/2026").await;
    let browser = open_link(&mut app, montex, &[Action::PortalInvoiceIssue]).await;
    (app, montex, wo, browser)
}

/// An invoice with two VAT rates, its first line for the work order: 10 h × 45.55 = 455.50 at
/// 23 % (VAT 104.77) and 2.5 pcs × 10.01 = 25.03 at 8 % (VAT 2.00).
fn good(number: &str, wo: WorkOrderId) -> Vec<(String, String)> {
    let wo = format!("wo:{wo}");
    [
        ("number", number),
        ("issue_date", "2026-11-20"),
        ("service_date", "2026-11-19"),
        ("due_date", "2026-12-04"),
        ("currency", "pln"),
        ("line_description", "Montaż instalacji"),
        ("line_quantity", "10"),
        ("line_unit", "h"),
        ("line_unit_price", "45,55"),
        ("line_net", "455,50"),
        ("line_vat_rate", "23"),
        ("line_ref", wo.as_str()),
        ("line_description", "Kształtki"),
        ("line_quantity", "2,5"),
        ("line_unit", "szt"),
        ("line_unit_price", "10.01"),
        ("line_net", "25.03"),
        ("line_vat_rate", "8 %"),
        ("line_ref", ""),
        // An empty row, as the form sends it: left out.
        ("line_description", ""),
        ("line_quantity", ""),
        ("line_unit", ""),
        ("line_unit_price", ""),
        ("line_net", ""),
        ("line_vat_rate", ""),
        ("line_ref", ""),
        ("net_total", "480.53"),
        ("vat_total", "106.77"),
        ("gross_total", "587.30"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

/// Sets a field (the `nth` of its name) of a form.
fn set(fields: &mut [(String, String)], name: &str, nth: usize, value: &str) {
    let f = fields.iter_mut().filter(|(k, _)| k == name).nth(nth).unwrap();
    f.1 = value.to_owned();
}

async fn issue(app: &mut TestApp, fields: &[(String, String)], pdf: Option<&[u8]>) -> common::TestResponse {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let files: Vec<(&str, &str, &[u8])> = pdf.map(|p| ("pdf", "faktura FV 12.pdf", p)).into_iter().collect();
    app.post_multipart("/portal/invoices", &fields, &files).await
}

#[tokio::test]
async fn a_good_invoice_is_issued_accepted_and_exported_as_ubl() {
    let (mut app, montex, wo, mut browser) = setup().await;
    app.switch_person(&mut browser);
    assert!(app.get("/portal").await.body.contains(r#"href="/portal/invoices""#));
    let form = app.get("/portal/invoices").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains(&format!(r#"<option value="wo:{wo}">ZL/7/2026 · Pump station 2</option>"#)),
        "{}",
        form.body
    );
    assert!(form.body.contains(r#"<label for="number">Invoice number</label>"#), "{}", form.body);
    let res = issue(&mut app, &good("FV-12-2026", wo), Some(PDF)).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = app.get(res.location()).await;
    assert!(page.body.contains("Invoice FV-12-2026 was issued."), "{}", page.body);
    assert!(page.body.contains("badge badge-s-issued"));
    assert!(page.body.contains("Waiting for review"));
    assert!(page.body.contains("/portal/attachments/"), "the subcontractor gets its PDF back");
    app.switch_person(&mut browser);

    let invoices = app.db.invoices(Some(montex)).await.unwrap();
    assert_eq!(invoices.len(), 1);
    let inv = app.db.invoice(invoices[0].id).await.unwrap();
    let id = inv.summary.id;
    assert_eq!(inv.summary.currency.as_str(), "PLN");
    assert_eq!((inv.summary.net.to_string(), inv.summary.gross.to_string()), ("480.53".into(), "587.30".into()));
    assert_eq!(inv.lines.len(), 2);
    assert_eq!(inv.lines[0].reference_number.as_deref(), Some("ZL/7/2026"));
    let rates: Vec<(String, String)> =
        inv.totals.by_rate.iter().map(|b| (b.rate.to_string(), b.vat.to_string())).collect();
    assert_eq!(rates, [("23".into(), "104.77".into()), ("8".into(), "2.00".into())]);
    assert_eq!(app.db.attachment_count().await.unwrap(), 1);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    let event = audit.iter().find(|e| e.action == "portal.invoice.issue").expect("audited");
    assert_eq!(event.object.as_deref(), Some(format!("invoice:{id}").as_str()));
    assert_eq!(event.outcome, "ok");

    // Staff: waiting first, the lines, the VAT per rate, the PDF.
    let list = app.get("/admin/invoices").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains(&format!(r#"<a href="/admin/invoices/{id}">FV-12-2026</a>"#)), "{}", list.body);
    assert!(list.body.contains(r#"href="/admin/invoices" aria-current="page""#), "the tab is current");
    let show = app.get(&format!("/admin/invoices/{id}")).await;
    assert_eq!(show.status, StatusCode::OK);
    for text in ["MONTEX", "Montaż instalacji", "455.50", "104.77", "2.00", "587.30", "8%", "ZL/7/2026"] {
        assert!(show.body.contains(text), "{text} in {}", show.body);
    }
    assert!(show.body.contains("/admin/attachments/"), "{}", show.body);
    assert!(show.body.contains(&format!("/admin/invoices/{id}/ubl.xml")));
    let pdf = app.get(&inv_pdf_link(&show.body)).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.header("content-type"), "application/pdf");

    // UBL 2.1.
    let xml = app.get(&format!("/admin/invoices/{id}/ubl.xml")).await;
    assert_eq!(xml.status, StatusCode::OK);
    assert_eq!(xml.header("content-type"), "application/xml");
    assert_eq!(xml.header("content-disposition"), "attachment; filename=\"FV-12-2026.xml\"");
    let body = &xml.body;
    assert!(body.contains("<cbc:ID>FV-12-2026</cbc:ID>"), "{body}");
    assert!(body.contains(r#"<cbc:PayableAmount currencyID="PLN">587.30</cbc:PayableAmount>"#), "{body}");
    assert!(body.contains(r#"<cbc:TaxAmount currencyID="PLN">106.77</cbc:TaxAmount>"#), "{body}");
    assert_eq!(body.matches("<cac:InvoiceLine>").count(), 2);
    assert!(body.contains(r#"<cbc:InvoicedQuantity unitCode="HUR">10</cbc:InvoicedQuantity>"#), "{body}");
    assert!(body.contains("<cbc:Name>Montaż instalacji</cbc:Name>"));
    assert!(body.contains("<cbc:LineID>ZL/7/2026</cbc:LineID>"));
    assert!(body.contains("<cbc:RegistrationName>MONTEX Usługi Budowlane</cbc:RegistrationName>"));
    assert!(body.contains("<cbc:RegistrationName>Tessera host</cbc:RegistrationName>"));
    assert!(body.contains("<cbc:ActualDeliveryDate>2026-11-19</cbc:ActualDeliveryDate>"));

    // Accepted, once.
    let res = app.post(&format!("/admin/invoices/{id}/review"), &[("decision", "accept")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(app.get(res.location()).await.body.contains("The invoice was accepted."));
    assert_eq!(app.db.invoice(id).await.unwrap().summary.status, InvoiceStatus::Accepted);
    let res = app.post(&format!("/admin/invoices/{id}/review"), &[("decision", "dispute"), ("reason", "late")]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains("This invoice was already reviewed"), "{}", res.body);
    assert_eq!(app.db.invoice(id).await.unwrap().summary.status, InvoiceStatus::Accepted);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "invoice.review").count(), 1);
    assert!(audit.iter().any(|e| e.action == "invoice.export"));
    app.switch_person(&mut browser);
    let page = app.get("/portal/invoices").await;
    assert!(page.body.contains("badge badge-s-accepted"), "{}", page.body);
}

fn inv_pdf_link(html: &str) -> String {
    let start = html.find("/admin/attachments/").unwrap();
    let end = start + html[start..].find('"').unwrap();
    html[start..end].to_owned()
}

#[tokio::test]
async fn lines_that_do_not_sum_are_refused_with_what_they_come_to_and_nothing_is_saved() {
    let (mut app, montex, wo, mut browser) = setup().await;
    app.switch_person(&mut browser);
    // A line whose net is not quantity × unit price: 2.5 × 10.01 is 25.03.
    let mut f = good("FV-13-2026", wo);
    set(&mut f, "line_net", 1, "25.10");
    set(&mut f, "net_total", 0, "480.60");
    set(&mut f, "gross_total", 0, "587.37");
    let res = issue(&mut app, &f, Some(PDF)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(res.body.contains("Quantity × unit price is 25.03."), "{}", res.body);
    assert!(res.body.contains(r#"aria-invalid="true" aria-describedby="line-net-2-error""#), "{}", res.body);
    assert!(res.body.contains(r#"<p class="field-error" id="line-net-2-error">"#));
    assert!(res.body.contains("Some lines need attention"));
    // What was typed is kept.
    assert!(res.body.contains(r#"value="25.10""#));
    assert!(res.body.contains(&format!(r#"<option value="wo:{wo}" selected>"#)));

    // Totals that are not the sum of the lines.
    let mut f = good("FV-13-2026", wo);
    set(&mut f, "net_total", 0, "500.00");
    set(&mut f, "vat_total", 0, "110.00");
    set(&mut f, "gross_total", 0, "600.00");
    let res = issue(&mut app, &f, Some(PDF)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The lines’ nets add up to 480.53; the net stated is 19.47 off."), "{}", res.body);
    assert!(res.body.contains("VAT per rate comes to 106.77; the VAT stated is 3.23 off"), "{}", res.body);
    assert!(res.body.contains("Net plus VAT is 610.00; the gross stated is 10.00 off."), "{}", res.body);
    assert!(res.body.contains(r#"aria-describedby="net_total-error""#));

    // Header and line fields that do not parse, each at its field.
    let mut f = good("", wo);
    set(&mut f, "issue_date", 0, "2026-12-24");
    set(&mut f, "currency", 0, "zł");
    set(&mut f, "line_vat_rate", 0, "zw");
    set(&mut f, "line_quantity", 1, "-2");
    let res = issue(&mut app, &f, None).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    for text in [
        r#"<p class="field-error" id="number-error">Required."#,
        "A currency code has three letters",
        "A VAT rate is a number of percent",
        r#"id="line-quantity-2-error">Cannot be negative."#,
    ] {
        assert!(res.body.contains(text), "{text} in {}", res.body);
    }
    // The date in the future is said once the rest parses.
    let mut f = good("FV-13-2026", wo);
    set(&mut f, "issue_date", 0, "2026-12-24");
    let res = issue(&mut app, &f, None).await;
    assert!(res.body.contains("The issue date cannot be after today."), "{}", res.body);
    // No lines at all; an image instead of the PDF.
    let f: Vec<(String, String)> =
        good("FV-13-2026", wo).into_iter().filter(|(k, _)| !k.starts_with("line_")).collect();
    let png: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    let res = issue(&mut app, &f, Some(png)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Enter at least one line."), "{}", res.body);
    assert!(res.body.contains("Attach the invoice as a PDF"), "{}", res.body);
    app.switch_person(&mut browser);
    assert!(app.db.invoices(Some(montex)).await.unwrap().is_empty());
    assert_eq!(app.db.attachment_count().await.unwrap(), 0);
    assert_eq!(app.data_dir.file_count(), 0, "no file kept");
}

#[tokio::test]
async fn more_lines_adds_empty_rows_and_saves_nothing() {
    let (mut app, montex, wo, mut browser) = setup().await;
    app.switch_person(&mut browser);
    let mut f = good("FV-14-2026", wo);
    f.push(("add_rows".into(), "1".into()));
    let res = issue(&mut app, &f, None).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains(r#"id="line-description-7""#), "2 lines and 5 more: {}", res.body);
    assert!(res.body.contains(r#"value="Kształtki""#));
    app.switch_person(&mut browser);
    assert!(app.db.invoices(Some(montex)).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_number_is_used_once_per_subcontractor() {
    let (mut app, montex, wo, mut browser) = setup().await;
    app.switch_person(&mut browser);
    assert_eq!(issue(&mut app, &good("FV-15-2026", wo), None).await.status, StatusCode::SEE_OTHER);
    let res = issue(&mut app, &good("FV-15-2026", wo), Some(PDF)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("You already issued an invoice with this number."), "{}", res.body);
    assert!(res.body.contains(r#"aria-describedby="number-error""#));
    app.switch_person(&mut browser);
    assert_eq!(app.db.invoices(Some(montex)).await.unwrap().len(), 1);
    assert_eq!(app.db.attachment_count().await.unwrap(), 0);
    assert_eq!(app.data_dir.file_count(), 0, "the second PDF is not kept");
}

#[tokio::test]
async fn a_line_for_another_partys_work_order_or_delivery_is_refused() {
    let (mut app, montex, wo, mut browser) = setup().await;
    // ELMAR is a subcontractor too; STALBUD a supplier with deliveries.
    let elmar = party(&app, "77120").await;
    let theirs = work_order(&app, elmar, "ZL/8/2026").await;
    let stalbud = party(&app, "11587").await;
    let delivery = app.db.recent_deliveries_of_party(stalbud).await.unwrap().first().map(|d| d.id);
    app.switch_person(&mut browser);
    let form = app.get("/portal/invoices").await;
    assert!(!form.body.contains(&format!("wo:{theirs}")), "only the party's own are offered");
    let mut f = good("FV-16-2026", wo);
    set(&mut f, "line_ref", 1, &format!("wo:{theirs}"));
    let res = issue(&mut app, &f, Some(PDF)).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body.contains(
            r#"<p class="field-error" id="line-ref-2-error">This is not one of your work orders or deliveries."#
        ),
        "{}",
        res.body
    );
    assert!(!res.body.contains("line-ref-1-error"), "the first line is fine");
    if let Some(d) = delivery {
        let mut f = good("FV-16-2026", wo);
        set(&mut f, "line_ref", 0, &format!("d:{d}"));
        let res = issue(&mut app, &f, None).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains(r#"id="line-ref-1-error">This is not one of your"#), "{}", res.body);
    }
    // Nonsense is no choice.
    let mut f = good("FV-16-2026", wo);
    set(&mut f, "line_ref", 0, "wo:abc");
    let res = issue(&mut app, &f, None).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.switch_person(&mut browser);
    assert!(app.db.invoices(Some(montex)).await.unwrap().is_empty());
    assert_eq!(app.db.attachment_count().await.unwrap(), 0);
    assert_eq!(app.data_dir.file_count(), 0);
}

#[tokio::test]
async fn a_dispute_needs_a_reason_which_the_subcontractor_sees() {
    let (mut app, montex, wo, mut browser) = setup().await;
    app.switch_person(&mut browser);
    assert_eq!(issue(&mut app, &good("FV-17-2026", wo), None).await.status, StatusCode::SEE_OTHER);
    app.switch_person(&mut browser);
    let id = app.db.invoices(Some(montex)).await.unwrap()[0].id;
    let show = app.get(&format!("/admin/invoices/{id}")).await;
    assert!(show.body.contains("No PDF was attached: the UBL XML is the invoice’s document."), "{}", show.body);
    let res = app.post(&format!("/admin/invoices/{id}/review"), &[("decision", "dispute"), ("reason", "  ")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Say why the invoice is disputed."), "{}", res.body);
    assert!(res.body.contains(r#"aria-invalid="true""#));
    assert_eq!(app.db.invoice(id).await.unwrap().summary.status, InvoiceStatus::Issued);
    let res = app
        .post(
            &format!("/admin/invoices/{id}/review"),
            &[("decision", "dispute"), ("reason", "The hours do not match the work order.")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(app.get(res.location()).await.body.contains("The invoice was disputed; the subcontractor sees why."));
    // Accepting it afterwards is refused: a correction comes under a new number.
    let res = app.post(&format!("/admin/invoices/{id}/review"), &[("decision", "accept")]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    let s = app.db.invoice(id).await.unwrap().summary;
    assert_eq!(s.status, InvoiceStatus::Disputed);
    assert_eq!(s.reason.as_deref(), Some("The hours do not match the work order."));
    app.switch_person(&mut browser);
    let page = app.get("/portal/invoices").await;
    assert!(page.body.contains("badge badge-s-disputed"), "{}", page.body);
    assert!(page.body.contains("Disputed: The hours do not match the work order."), "{}", page.body);
}

#[tokio::test]
async fn other_staff_see_invoices_but_only_purchasing_reviews_and_exports() {
    let (mut app, montex, wo, mut browser) = setup().await;
    app.switch_person(&mut browser);
    assert_eq!(issue(&mut app, &good("FV-18-2026", wo), Some(PDF)).await.status, StatusCode::SEE_OTHER);
    app.switch_person(&mut browser);
    let id = app.db.invoices(Some(montex)).await.unwrap()[0].id;
    app.add_user("warehouse@tessera.test", &[StaffRole::Warehouse]).await;
    app.cookies.clear();
    assert_eq!(app.sign_in("warehouse@tessera.test", common::PASSWORD).await.status, StatusCode::SEE_OTHER);
    let show = app.get(&format!("/admin/invoices/{id}")).await;
    assert_eq!(show.status, StatusCode::OK);
    assert!(!show.body.contains("Accept the invoice"));
    assert!(!show.body.contains("/admin/attachments/"));
    let res = app.post(&format!("/admin/invoices/{id}/review"), &[("decision", "accept")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&format!("/admin/invoices/{id}/ubl.xml")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.db.invoice(id).await.unwrap().summary.status, InvoiceStatus::Issued);
    assert_eq!(app.get("/admin/invoices/999999").await.status, StatusCode::NOT_FOUND);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "invoice.review" && e.outcome == "denied"));
}

#[tokio::test]
async fn without_invoices_allowed_the_page_is_not_offered_and_a_forced_post_is_refused() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    // The demo subcontractor is not allowed to invoice: its link carries no more than that.
    let montex = party(&app, "P-3001").await;
    let wo = work_order(&app, montex, "ZL/9/2026").await;
    let mut browser = open_link(&mut app, montex, &[Action::PortalInvoiceIssue, Action::PortalItemPropose]).await;
    app.switch_person(&mut browser);
    let home = app.get("/portal").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains(r#"href="/portal/items""#), "{}", home.body);
    assert!(!home.body.contains("/portal/invoices"), "{}", home.body);
    assert_eq!(app.get("/portal/invoices").await.status, StatusCode::FORBIDDEN);
    let res = issue(&mut app, &good("FV-19-2026", wo), Some(PDF)).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    app.switch_person(&mut browser);
    assert!(app.db.invoices(Some(montex)).await.unwrap().is_empty());
    assert_eq!(app.data_dir.file_count(), 0);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert!(
        audit.iter().any(|e| e.action == "portal.invoice.issue"
            && e.outcome == "denied"
            && e.actor.as_deref().is_some_and(|a| a.starts_with("link:"))),
        "{audit:?}"
    );
}
