//! Invoices for completed work (issue #8): a subcontractor issues one through its portal (a
//! number, dates, currency, lines tied to its work orders or deliveries, the totals as stated on
//! the invoice, and the invoice's PDF if it has one); staff accept it or dispute it with a
//! reason, and export it as a UBL 2.1 Invoice (the format behind Peppol).
//!
//! The PDF is optional: Tessera does not draw invoices (its PDFs are its own orders), so an
//! invoice without one has its UBL XML as its document. Every problem is shown at its field or
//! line and nothing is saved; lines that do not add up say what they should come to.
use super::orders::{number_message, parse_date, text_message};
use super::{FieldErrors, Layout, html_status};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use crate::tr::Tr;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_db::attachments::{Attachment, AttachmentOwner};
use tessera_db::invoices::{Invoice, InvoiceSummary, IssueOutcome, ReviewOutcome};
use tessera_domain::ids::{DeliveryId, InvoiceId, PartyId, WorkOrderId};
use tessera_domain::invoice::{
    Currency, CurrencyError, InvoiceDraft, InvoiceLine, InvoiceRule, InvoiceStatus, LineRef, MAX_LINES, Review,
    ReviewRule, VatRate, VatRateError, check_invoice,
};
use tessera_domain::number::{Money, Quantity};
use tessera_domain::policy::{Action, Principal, Target};
use tessera_domain::text::{DocNumber, Text};
use tessera_domain::upload::FileKind;

/// Empty lines the form offers.
const ROWS: usize = 5;
/// Lines "More lines" adds.
const MORE_ROWS: usize = 5;
/// The longest unit.
const MAX_UNIT: usize = 20;
/// The longest reason for a dispute.
const MAX_REASON: usize = 2000;

/// The invoice's header as typed.
#[derive(Debug, Default, Clone)]
pub struct InvoiceForm {
    pub number: String,
    pub issue_date: String,
    pub service_date: String,
    pub due_date: String,
    pub currency: String,
    pub net_total: String,
    pub vat_total: String,
    pub gross_total: String,
}

impl InvoiceForm {
    /// A field by its name, for the template's loop over the fields.
    pub fn value(&self, name: &str) -> &str {
        match name {
            "number" => &self.number,
            "issue_date" => &self.issue_date,
            "service_date" => &self.service_date,
            "due_date" => &self.due_date,
            "currency" => &self.currency,
            "net_total" => &self.net_total,
            "vat_total" => &self.vat_total,
            "gross_total" => &self.gross_total,
            _ => "",
        }
    }
}

/// One line of the form: what was typed and the problems of its cells.
#[derive(Debug, Default)]
pub struct Row {
    pub description: String,
    pub quantity: String,
    pub unit: String,
    pub unit_price: String,
    pub net: String,
    pub vat_rate: String,
    /// `wo:ID`, `d:ID` or empty.
    pub reference: String,
    pub errors: FieldErrors,
}

impl Row {
    /// A cell by its name, for the template's loop over the cells.
    pub fn value(&self, name: &str) -> &str {
        match name {
            "description" => &self.description,
            "quantity" => &self.quantity,
            "unit" => &self.unit,
            "unit_price" => &self.unit_price,
            "net" => &self.net,
            "vat_rate" => &self.vat_rate,
            "reference" => &self.reference,
            _ => "",
        }
    }
    fn is_blank(&self) -> bool {
        [&self.description, &self.quantity, &self.unit, &self.unit_price, &self.net, &self.vat_rate, &self.reference]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

/// A work order or a delivery a line may be tied to.
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// An invoice of the party, with its PDF.
pub struct PortalRow {
    pub s: InvoiceSummary,
    pub pdf: Option<Attachment>,
}

#[derive(Template)]
#[template(path = "portal_invoices.html")]
struct PortalPage {
    l: Layout,
    f: InvoiceForm,
    rows: Vec<Row>,
    errors: FieldErrors,
    flash: Option<String>,
    invoices: Vec<PortalRow>,
    work_orders: Vec<Choice>,
    deliveries: Vec<Choice>,
}

#[derive(Debug, Default, Deserialize)]
pub struct PortalQuery {
    #[serde(default)]
    issued: String,
}

/// The party of the subcontractor link, once the policy allows issuing invoices for it.
async fn portal_party(state: &AppState, ctx: &Ctx) -> AppResult<PartyId> {
    let gate = Gate::new(state, ctx);
    let Some(link) = &ctx.link else {
        gate.check(Action::PortalInvoiceIssue, Target::Collection).await?;
        return Err(AppError::Forbidden);
    };
    gate.check(Action::PortalInvoiceIssue, Target::Invoice { id: None, party: link.party_id }).await?;
    Ok(link.party_id)
}

fn pad(mut rows: Vec<Row>, blank: usize) -> Vec<Row> {
    let want = rows.len().saturating_add(blank).clamp(ROWS, MAX_LINES);
    while rows.len() < want {
        rows.push(Row::default());
    }
    rows
}

#[allow(clippy::too_many_arguments)]
async fn portal_page(
    state: &AppState,
    ctx: &Ctx,
    party: PartyId,
    f: InvoiceForm,
    rows: Vec<Row>,
    errors: FieldErrors,
    flash: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let l = Layout::new(ctx, tr.t("invoices-portal-title"), "portal", "/portal/invoices");
    let mut invoices = Vec::new();
    for s in state.db.invoices(Some(party)).await? {
        let pdf = state.db.attachments_of(AttachmentOwner::Invoice(s.id)).await?.into_iter().next();
        invoices.push(PortalRow { s, pdf });
    }
    let work_orders = state
        .db
        .subcontractor_work_orders(Some(party))
        .await?
        .into_iter()
        .map(|w| Choice { value: format!("wo:{}", w.id), label: format!("{} · {}", w.number, w.site) })
        .collect();
    let deliveries = state
        .db
        .recent_deliveries_of_party(party)
        .await?
        .into_iter()
        .map(|d| Choice {
            value: format!("d:{}", d.id),
            label: format!("{} · {}", d.number, tr.date(&d.delivery_date)),
        })
        .collect();
    html_status(status, &PortalPage { l, f, rows, errors, flash, invoices, work_orders, deliveries })
}

/// `GET /portal/invoices`: the form, and the party's invoices with their status.
pub async fn portal_list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<PortalQuery>) -> AppResult<Response> {
    if ctx.code_pending {
        return Ok(Redirect::to("/portal/code?next=%2Fportal%2Finvoices").into_response());
    }
    let party = portal_party(&state, &ctx).await?;
    let flash = match q.issued.trim() {
        "" => None,
        n => Some(ctx.tr().t1("invoice-issued", "number", n.chars().take(64).collect::<String>())),
    };
    let f = InvoiceForm {
        issue_date: state.clock.now().date_naive().format("%Y-%m-%d").to_string(),
        currency: "PLN".into(),
        ..Default::default()
    };
    portal_page(&state, &ctx, party, f, pad(Vec::new(), 0), FieldErrors::default(), flash, StatusCode::OK).await
}

fn currency_message(e: CurrencyError) -> &'static str {
    match e {
        CurrencyError::Empty => "form-required",
        CurrencyError::Malformed => "invoice-currency-malformed",
    }
}

fn vat_message(e: VatRateError) -> &'static str {
    match e {
        VatRateError::Empty => "form-required",
        VatRateError::Malformed => "invoice-vat-rate-malformed",
        VatRateError::Negative => "form-number-negative",
        VatRateError::OverHundred => "invoice-vat-rate-over",
        VatRateError::TooPrecise => "invoice-vat-rate-precise",
    }
}

fn reference(raw: &str) -> Option<LineRef> {
    match raw.trim() {
        "" => Some(LineRef::None),
        s => match s.split_once(':') {
            Some(("wo", id)) => id.parse::<WorkOrderId>().ok().map(LineRef::WorkOrder),
            Some(("d", id)) => id.parse::<DeliveryId>().ok().map(LineRef::Delivery),
            _ => None,
        },
    }
}

/// The difference between a stated and an expected amount, as a positive amount.
fn off(stated: Money, expected: Money) -> Money {
    Money::try_from((stated.get() - expected.get()).abs()).unwrap_or(expected)
}

/// Reads the form into a draft, or puts each problem at its field or line.
fn parse(
    tr: &Tr,
    f: &InvoiceForm,
    rows: &mut [Row],
    errors: &mut FieldErrors,
    today: chrono::NaiveDate,
) -> Option<InvoiceDraft> {
    let number = DocNumber::parse(&f.number).map_err(|e| errors.push("number", tr.t(text_message(e)))).ok();
    let issue_date = match f.issue_date.trim() {
        "" => {
            errors.push("issue_date", tr.t("form-required"));
            None
        }
        raw => parse_date(raw).or_else(|| {
            errors.push("issue_date", tr.t("form-date-invalid"));
            None
        }),
    };
    let mut optional_date = |field: &str, raw: &str| match raw.trim() {
        "" => Ok(None),
        raw => parse_date(raw).map(Some).ok_or_else(|| errors.push(field, tr.t("form-date-invalid"))),
    };
    let service_date = optional_date("service_date", &f.service_date);
    let due_date = optional_date("due_date", &f.due_date);
    let currency = Currency::parse(&f.currency).map_err(|e| errors.push("currency", tr.t(currency_message(e)))).ok();
    let mut total = |field: &str, raw: &str| match Money::parse(raw) {
        Ok(m) if m.get().normalize().scale() > 2 => {
            errors.push(field, tr.t("invoice-not-in-cents"));
            None
        }
        Ok(m) => Some(m),
        Err(e) => {
            errors.push(field, tr.t(number_message(e)));
            None
        }
    };
    let net_total = total("net_total", &f.net_total);
    let vat_total = total("vat_total", &f.vat_total);
    let gross_total = total("gross_total", &f.gross_total);
    let mut lines = Vec::with_capacity(rows.len());
    for r in rows.iter_mut() {
        let description =
            Text::<200>::parse(&r.description).map_err(|e| r.errors.push("description", tr.t(text_message(e)))).ok();
        let quantity =
            Quantity::parse(&r.quantity).map_err(|e| r.errors.push("quantity", tr.t(number_message(e)))).ok();
        let unit = r.unit.trim().to_owned();
        if unit.chars().count() > MAX_UNIT {
            r.errors.push("unit", tr.t("form-too-long"));
        } else if unit.chars().any(char::is_control) {
            r.errors.push("unit", tr.t("form-control-chars"));
        }
        let unit_price =
            Money::parse(&r.unit_price).map_err(|e| r.errors.push("unit_price", tr.t(number_message(e)))).ok();
        let net = Money::parse(&r.net).map_err(|e| r.errors.push("net", tr.t(number_message(e)))).ok();
        let vat_rate = VatRate::parse(&r.vat_rate).map_err(|e| r.errors.push("vat_rate", tr.t(vat_message(e)))).ok();
        let reference = reference(&r.reference);
        if reference.is_none() {
            r.errors.push("reference", tr.t("form-invalid-choice"));
        }
        if let (Some(description), Some(quantity), Some(unit_price), Some(net), Some(vat_rate), Some(reference), true) =
            (description, quantity, unit_price, net, vat_rate, reference, r.errors.is_empty())
        {
            lines.push(InvoiceLine { description, quantity, unit, unit_price, net, vat_rate, reference });
        }
    }
    if rows.iter().any(|r| !r.errors.is_empty()) {
        errors.push("lines", tr.t("invoice-lines-have-errors"));
    }
    let (
        Some(number),
        Some(issue_date),
        Ok(service_date),
        Ok(due_date),
        Some(currency),
        Some(net_total),
        Some(vat_total),
        Some(gross_total),
        true,
    ) = (number, issue_date, service_date, due_date, currency, net_total, vat_total, gross_total, errors.is_empty())
    else {
        if rows.is_empty() {
            errors.push("lines", tr.t("invoice-no-lines"));
        }
        return None;
    };
    let draft =
        InvoiceDraft { number, issue_date, service_date, due_date, currency, lines, net_total, vat_total, gross_total };
    match check_invoice(&draft, today) {
        Ok(_) => Some(draft),
        Err(rules) => {
            for rule in rules {
                rule_message(tr, &draft, rule, rows, errors);
            }
            if rows.iter().any(|r| !r.errors.is_empty()) {
                errors.push_once("lines", tr.t("invoice-lines-have-errors"));
            }
            None
        }
    }
}

/// Puts a broken rule at its field or line.
fn rule_message(tr: &Tr, d: &InvoiceDraft, rule: InvoiceRule, rows: &mut [Row], errors: &mut FieldErrors) {
    match rule {
        InvoiceRule::NoLines => errors.push("lines", tr.t("invoice-no-lines")),
        InvoiceRule::TooManyLines => {
            errors.push("lines", tr.n("invoice-too-many-lines", "max", &(MAX_LINES as u64)));
        }
        InvoiceRule::IssueDateInFuture => errors.push("issue_date", tr.t("invoice-issue-future")),
        InvoiceRule::DueBeforeIssue => errors.push("due_date", tr.t("invoice-due-before-issue")),
        InvoiceRule::LineNetNotInCents { line } => {
            if let Some(r) = rows.get_mut(line) {
                r.errors.push("net", tr.t("invoice-not-in-cents"));
            }
        }
        InvoiceRule::LineNetDiffers { line, expected } => {
            if let Some(r) = rows.get_mut(line) {
                r.errors.push("net", tr.t1("invoice-line-net-differs", "expected", tr.money(&expected)));
            }
        }
        // Each total with more than two decimals was already said at its field.
        InvoiceRule::TotalNotInCents => {}
        InvoiceRule::NetTotalDiffers { expected } => errors.push(
            "net_total",
            tr.t2s(
                "invoice-net-total-differs",
                "expected",
                tr.money(&expected),
                "off",
                tr.money(&off(d.net_total, expected)),
            ),
        ),
        InvoiceRule::VatTotalDiffers { expected } => errors.push(
            "vat_total",
            tr.t2s(
                "invoice-vat-total-differs",
                "expected",
                tr.money(&expected),
                "off",
                tr.money(&off(d.vat_total, expected)),
            ),
        ),
        InvoiceRule::GrossDiffers { expected } => errors.push(
            "gross_total",
            tr.t2s(
                "invoice-gross-differs",
                "expected",
                tr.money(&expected),
                "off",
                tr.money(&off(d.gross_total, expected)),
            ),
        ),
    }
}

/// The form's header and its non-blank lines, as sent.
fn read_form(form: &crate::uploads::UploadForm) -> (InvoiceForm, Vec<Row>) {
    let f = InvoiceForm {
        number: form.field("number").to_owned(),
        issue_date: form.field("issue_date").to_owned(),
        service_date: form.field("service_date").to_owned(),
        due_date: form.field("due_date").to_owned(),
        currency: form.field("currency").to_owned(),
        net_total: form.field("net_total").to_owned(),
        vat_total: form.field("vat_total").to_owned(),
        gross_total: form.field("gross_total").to_owned(),
    };
    let cols =
        ["line_description", "line_quantity", "line_unit", "line_unit_price", "line_net", "line_vat_rate", "line_ref"]
            .map(|c| form.all(c));
    let n = cols.iter().map(Vec::len).max().unwrap_or(0);
    let cell = |c: usize, i: usize| cols[c].get(i).map(|s| (*s).to_owned()).unwrap_or_default();
    let rows = (0..n)
        .map(|i| Row {
            description: cell(0, i),
            quantity: cell(1, i),
            unit: cell(2, i),
            unit_price: cell(3, i),
            net: cell(4, i),
            vat_rate: cell(5, i),
            reference: cell(6, i),
            errors: FieldErrors::default(),
        })
        .filter(|r| !r.is_blank())
        .collect();
    (f, rows)
}

/// `POST /portal/invoices` (a form with the PDF): issues the invoice, or shows the form again
/// with each problem at its field or line and nothing saved. "More lines" only adds empty ones.
pub async fn issue(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::uploads::CsrfMultipart(mut form): crate::uploads::CsrfMultipart,
) -> AppResult<Response> {
    let party = portal_party(&state, &ctx).await?;
    let tr = ctx.tr();
    let (f, mut rows) = read_form(&form);
    if !form.field("add_rows").is_empty() {
        let rows = pad(rows, MORE_ROWS);
        return portal_page(&state, &ctx, party, f, rows, FieldErrors::default(), None, StatusCode::OK).await;
    }
    let mut errors = FieldErrors::default();
    let files = match crate::uploads::check_files(&mut form, "pdf") {
        Ok(files) if files.len() > 1 => {
            errors.push("pdf", tr.t("invoice-pdf-one"));
            Vec::new()
        }
        Ok(files) if files.iter().any(|x| x.kind != FileKind::Pdf) => {
            errors.push("pdf", tr.t("invoice-pdf-only"));
            Vec::new()
        }
        Ok(files) => files,
        Err(problem) => {
            errors.push("pdf", problem.message(&tr));
            Vec::new()
        }
    };
    let today = state.clock.now().date_naive();
    let draft = parse(&tr, &f, &mut rows, &mut errors, today);
    let Some(draft) = draft.filter(|_| errors.is_empty()) else {
        let rows = pad(rows, 0);
        return portal_page(&state, &ctx, party, f, rows, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let stored = crate::uploads::store(&state, files).await?;
    let event = Gate::new(&state, &ctx).event(
        Action::PortalInvoiceIssue.as_str(),
        None,
        Some(format!(
            "number={} gross={} currency={} lines={} pdf={}",
            draft.number,
            draft.gross_total,
            draft.currency,
            draft.lines.len(),
            stored.len()
        )),
    );
    let link = ctx.link.as_ref().map(|l| l.id);
    let outcome = match state.db.issue_invoice(party, &draft, &stored, link, &event, state.clock.now()).await {
        Ok(o) => o,
        Err(e) => {
            crate::uploads::discard(&state, &stored).await;
            return Err(e.into());
        }
    };
    match outcome {
        IssueOutcome::Done(_) => Ok(Redirect::to(&format!(
            "/portal/invoices?issued={}",
            crate::security::query_value(draft.number.as_str())
        ))
        .into_response()),
        IssueOutcome::NumberTaken => {
            crate::uploads::discard(&state, &stored).await;
            errors.push("number", tr.t("invoice-number-taken"));
            let rows = pad(rows, 0);
            portal_page(&state, &ctx, party, f, rows, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        IssueOutcome::ForeignReferences(lines) => {
            crate::uploads::discard(&state, &stored).await;
            for i in lines {
                if let Some(r) = rows.get_mut(i) {
                    r.errors.push("reference", tr.t("invoice-reference-not-yours"));
                }
            }
            errors.push("lines", tr.t("invoice-lines-have-errors"));
            let rows = pad(rows, 0);
            portal_page(&state, &ctx, party, f, rows, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

// The back office.

#[derive(Template)]
#[template(path = "admin_invoices.html")]
struct AdminList {
    l: Layout,
    pending: Vec<InvoiceSummary>,
    reviewed: Vec<InvoiceSummary>,
}

impl AdminList {
    /// The two tables: heading, invoices, what to say when there are none.
    fn sections(&self) -> [(&'static str, &[InvoiceSummary], &'static str); 2] {
        [
            ("invoice-pending", &self.pending, "invoice-none-pending"),
            ("invoice-reviewed", &self.reviewed, "invoice-none"),
        ]
    }
}

/// `GET /admin/invoices`: invoices waiting for a review, then the reviewed ones.
pub async fn admin_list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::PartyView, Target::Collection).await?;
    let (pending, reviewed) =
        state.db.invoices(None).await?.into_iter().partition(|i| i.status == InvoiceStatus::Issued);
    let l = Layout::new(&ctx, ctx.tr().t("invoices-title"), "subcontracting", "/admin/invoices");
    html_status(StatusCode::OK, &AdminList { l, pending, reviewed })
}

/// The invoice's party once the policy allows `action` on it (anonymous: a sign-in first).
async fn staff_scope(gate: &Gate<'_>, action: Action, id: InvoiceId) -> AppResult<PartyId> {
    if matches!(gate.ctx.principal, Principal::Anonymous) {
        gate.check(action, Target::Collection).await?;
    }
    let party = gate.state.db.invoice_scope(id).await?;
    gate.check(action, Target::Invoice { id: Some(id), party }).await?;
    Ok(party)
}

#[derive(Template)]
#[template(path = "admin_invoice.html")]
struct AdminShow {
    l: Layout,
    inv: Invoice,
    pdfs: Vec<Attachment>,
    can_review: bool,
    reason: String,
    errors: FieldErrors,
    flash: Option<String>,
    problem: Option<String>,
}

impl AdminShow {
    /// The VAT computed per rate differs from the stated one (by rounding, within tolerance).
    fn vat_differs(&self) -> bool {
        self.inv.totals.vat.get() != self.inv.summary.vat.get()
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ShowQuery {
    #[serde(default)]
    done: String,
}

#[allow(clippy::too_many_arguments)]
async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: InvoiceId,
    reason: String,
    errors: FieldErrors,
    flash: Option<String>,
    problem: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let gate = Gate::new(state, ctx);
    let inv = state.db.invoice(id).await?;
    let can_review = gate.allows(Action::InvoiceReview, Target::Invoice { id: Some(id), party: inv.summary.party });
    let pdfs = if can_review { state.db.attachments_of(AttachmentOwner::Invoice(id)).await? } else { Vec::new() };
    let l = Layout::new(
        ctx,
        ctx.tr().t1("invoice-title", "number", &inv.summary.number),
        "subcontracting",
        &format!("/admin/invoices/{id}"),
    );
    html_status(status, &AdminShow { l, inv, pdfs, can_review, reason, errors, flash, problem })
}

/// `GET /admin/invoices/{id}`: the lines, the totals by VAT rate, the PDF, the review.
pub async fn admin_show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    let id: InvoiceId = id.parse().map_err(|_| AppError::NotFound)?;
    staff_scope(&Gate::new(&state, &ctx), Action::PartyView, id).await?;
    let flash = match q.done.as_str() {
        "accepted" | "disputed" => Some(ctx.tr().t(&format!("invoice-reviewed-{}", q.done))),
        _ => None,
    };
    show_page(&state, &ctx, id, String::new(), FieldErrors::default(), flash, None, StatusCode::OK).await
}

#[derive(Debug, Default, Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

/// `POST /admin/invoices/{id}/review`: accept, or dispute with a reason. Only an issued
/// invoice is reviewed, and once.
pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<ReviewForm>,
) -> AppResult<Response> {
    let id: InvoiceId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    staff_scope(&gate, Action::InvoiceReview, id).await?;
    let by = ctx.user.as_ref().map(|u| u.id).ok_or(AppError::Forbidden)?;
    let tr = ctx.tr();
    let decision = match f.decision.as_str() {
        "accept" => Review::Accept,
        "dispute" => Review::Dispute { reason: f.reason.clone() },
        _ => return Err(AppError::BadRequest("decision")),
    };
    if f.reason.trim().chars().count() > MAX_REASON {
        let mut errors = FieldErrors::default();
        errors.push("reason", tr.t("form-too-long"));
        return show_page(&state, &ctx, id, f.reason, errors, None, None, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let event = gate.event(Action::InvoiceReview.as_str(), None, Some(format!("decision={}", f.decision)));
    match state.db.review_invoice(id, &decision, by, &event, state.clock.now()).await? {
        ReviewOutcome::Done(status) => {
            Ok(Redirect::to(&format!("/admin/invoices/{id}?done={}", status.as_str())).into_response())
        }
        ReviewOutcome::Refused(ReviewRule::ReasonRequired) => {
            let mut errors = FieldErrors::default();
            errors.push("reason", tr.t("invoice-reason-required"));
            show_page(&state, &ctx, id, f.reason, errors, None, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        ReviewOutcome::Refused(ReviewRule::AlreadyReviewed(_)) => {
            let problem = Some(tr.t("invoice-already-reviewed"));
            show_page(&state, &ctx, id, String::new(), FieldErrors::default(), None, problem, StatusCode::CONFLICT)
                .await
        }
    }
}

/// `GET /admin/invoices/{id}/ubl.xml`: the invoice as a UBL 2.1 Invoice, to download. The
/// supplier is the subcontractor; the customer, the host company.
pub async fn ubl(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id: InvoiceId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    staff_scope(&gate, Action::InvoiceReview, id).await?;
    let inv = state.db.invoice_ubl(id, &ctx.tr().t("invoice-host-name")).await?;
    let body = tessera_formats::ubl_invoice::write_invoice(&inv);
    gate.record("invoice.export", Some(format!("invoice:{id}")), Some("ubl".into())).await?;
    let name = super::exchange::file_name(&inv.id, "xml");
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/xml"));
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")).map_err(AppError::internal)?,
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}
