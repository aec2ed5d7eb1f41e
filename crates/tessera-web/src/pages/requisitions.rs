//! Requisitions (issue #8): a subcontractor requests materials or services (catalogue items or
//! free text, quantities, a needed-by date, the work order); purchasing approves, rejects with a
//! reason, or turns one into a draft purchase order; the subcontractor follows the status.
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
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_db::catalog::Party;
use tessera_db::requisitions::{FileOutcome, OrderFrom, Requisition, RequisitionOutcome};
use tessera_db::work::WorkOrderRow;
use tessera_domain::ids::{PartyId, RequisitionId, WorkOrderId};
use tessera_domain::number::Quantity;
use tessera_domain::order::Currency;
use tessera_domain::policy::{Action, Target};
use tessera_domain::requisition::{
    RequisitionDecision, RequisitionDecisionRule, RequisitionDraft, RequisitionLine, RequisitionRule,
    RequisitionStatus, check_requisition, parse_description,
};
use tessera_domain::text::{DocNumber, Text};

/// Empty rows the form offers.
const ROWS: usize = 5;

#[derive(Debug, Default, Deserialize, Clone)]
pub struct RequisitionForm {
    #[serde(default)]
    needed_by: String,
    #[serde(default)]
    work_order: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    line_article: Vec<String>,
    #[serde(default)]
    line_description: Vec<String>,
    #[serde(default)]
    line_qty: Vec<String>,
    #[serde(default)]
    line_unit: Vec<String>,
}

/// One row of the form as typed, with its message.
pub struct Row {
    pub article: String,
    pub description: String,
    pub qty: String,
    pub unit: String,
    pub error: Option<String>,
}

impl Row {
    fn is_empty(&self) -> bool {
        [&self.article, &self.description, &self.qty, &self.unit].iter().all(|v| v.trim().is_empty())
    }
}

fn rows(f: &RequisitionForm) -> Vec<Row> {
    let cell = |v: &Vec<String>, i: usize| v.get(i).cloned().unwrap_or_default();
    let n = f.line_article.len().max(f.line_description.len()).max(f.line_qty.len());
    let mut out: Vec<Row> = (0..n)
        .map(|i| Row {
            article: cell(&f.line_article, i),
            description: cell(&f.line_description, i),
            qty: cell(&f.line_qty, i),
            unit: cell(&f.line_unit, i),
            error: None,
        })
        .filter(|r| !r.is_empty())
        .collect();
    while out.len() < ROWS {
        out.push(Row {
            article: String::new(),
            description: String::new(),
            qty: String::new(),
            unit: String::new(),
            error: None,
        });
    }
    out
}

#[derive(Template)]
#[template(path = "portal_requisitions.html")]
struct PortalPage {
    l: Layout,
    f: RequisitionForm,
    rows: Vec<Row>,
    errors: FieldErrors,
    work_orders: Vec<WorkOrderRow>,
    requisitions: Vec<Requisition>,
    flash: Option<String>,
}

async fn portal_party(state: &AppState, ctx: &Ctx) -> AppResult<PartyId> {
    let gate = Gate::new(state, ctx);
    let Some(link) = &ctx.link else {
        gate.check(Action::PortalRequisitionFile, Target::Collection).await?;
        return Err(AppError::Forbidden);
    };
    gate.check(Action::PortalRequisitionFile, Target::Requisition { id: None, party: link.party_id }).await?;
    Ok(link.party_id)
}

#[allow(clippy::too_many_arguments)]
async fn portal_page(
    state: &AppState,
    ctx: &Ctx,
    party: PartyId,
    f: RequisitionForm,
    rows: Vec<Row>,
    errors: FieldErrors,
    flash: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let work_orders =
        state.db.subcontractor_work_orders(Some(party)).await?.into_iter().filter(|w| !w.status.is_closed()).collect();
    let page = PortalPage {
        l: Layout::new(ctx, ctx.tr().t("requisitions-portal-title"), "portal", "/portal/requisitions"),
        f,
        rows,
        errors,
        work_orders,
        requisitions: state.db.requisitions(Some(party)).await?,
        flash,
    };
    html_status(status, &page)
}

#[derive(Debug, Default, Deserialize)]
pub struct FlashQuery {
    #[serde(default)]
    done: String,
}

/// `GET /portal/requisitions`.
pub async fn portal_list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<FlashQuery>) -> AppResult<Response> {
    if ctx.code_pending {
        return Ok(Redirect::to("/portal/code?next=%2Fportal%2Frequisitions").into_response());
    }
    let party = portal_party(&state, &ctx).await?;
    let flash = (q.done == "filed").then(|| ctx.tr().t("requisition-filed"));
    let f = RequisitionForm::default();
    let rows = rows(&f);
    portal_page(&state, &ctx, party, f, rows, FieldErrors::default(), flash, StatusCode::OK).await
}

fn parse(tr: &Tr, f: &RequisitionForm, rows: &mut [Row], errors: &mut FieldErrors) -> Option<RequisitionDraft> {
    let needed_by = parse_date(&f.needed_by);
    if needed_by.is_none() {
        errors.push("needed_by", tr.t("form-date-invalid"));
    }
    let work_order = match f.work_order.trim() {
        "" => None,
        raw => raw.parse::<WorkOrderId>().map_err(|_| errors.push("work_order", tr.t("form-invalid-choice"))).ok(),
    };
    let note = tessera_domain::text::optional(&f.note, tessera_domain::requisition::MAX_NOTE)
        .map_err(|e| errors.push("note", tr.t(text_message(e))))
        .ok()
        .flatten();
    let mut lines = Vec::new();
    for r in rows.iter_mut().filter(|r| !r.is_empty()) {
        let quantity = Quantity::parse(&r.qty).map_err(|e| tr.t(number_message(e)));
        let description = parse_description(&r.description).map_err(|e| tr.t(text_message(e)));
        let unit = match r.unit.trim() {
            "" => Ok(None),
            u => Text::<20>::parse(u).map(Some).map_err(|e| tr.t(text_message(e))),
        };
        match (quantity, description, unit) {
            (Ok(quantity), Ok(description), Ok(unit)) => lines.push(RequisitionLine {
                article: Some(r.article.trim().to_owned()).filter(|a| !a.is_empty()),
                description,
                quantity,
                unit,
            }),
            (Err(m), _, _) | (_, Err(m), _) | (_, _, Err(m)) => r.error = Some(m),
        }
    }
    if rows.iter().any(|r| r.error.is_some()) {
        errors.push("lines", tr.t("form-lines-have-errors"));
    }
    match (needed_by, errors.is_empty()) {
        (Some(needed_by), true) => Some(RequisitionDraft { needed_by, work_order, note, lines }),
        _ => None,
    }
}

/// `POST /portal/requisitions`: files a requisition, or shows the form again with every
/// problem at its field or row and nothing saved.
pub async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<RequisitionForm>,
) -> AppResult<Response> {
    let party = portal_party(&state, &ctx).await?;
    let tr = ctx.tr();
    let mut rows = rows(&f);
    let mut errors = FieldErrors::default();
    let refused =
        |f, rows, errors| portal_page(&state, &ctx, party, f, rows, errors, None, StatusCode::UNPROCESSABLE_ENTITY);
    let Some(d) = parse(&tr, &f, &mut rows, &mut errors) else { return refused(f, rows, errors).await };
    if let Err(rules) = check_requisition(&d, state.clock.now().date_naive()) {
        let filled: Vec<usize> = rows.iter().enumerate().filter(|(_, r)| !r.is_empty()).map(|(i, _)| i).collect();
        for rule in rules {
            match rule {
                RequisitionRule::NoLines => errors.push("lines", tr.t("requisition-no-lines")),
                RequisitionRule::TooManyLines => errors.push("lines", tr.t("requisition-too-many")),
                RequisitionRule::NeededInPast => errors.push("needed_by", tr.t("requisition-needed-past")),
                RequisitionRule::LineUnnamed(i) => {
                    if let Some(r) = filled.get(i).and_then(|p| rows.get_mut(*p)) {
                        r.error = Some(tr.t("requisition-line-unnamed"));
                    }
                    errors.push_once("lines", tr.t("form-lines-have-errors"));
                }
            }
        }
        return refused(f, rows, errors).await;
    }
    let event =
        Gate::new(&state, &ctx).event("portal.requisition.file", None, Some(format!("lines={}", d.lines.len())));
    let link = ctx.link.as_ref().map(|l| l.id);
    match state.db.file_requisition(party, &d, link, &event, state.clock.now()).await? {
        FileOutcome::Done(_) => Ok(Redirect::to("/portal/requisitions?done=filed").into_response()),
        FileOutcome::UnknownArticles(unknown) => {
            for r in rows.iter_mut() {
                if unknown.iter().any(|u| u == r.article.trim()) {
                    r.error = Some(tr.t1("free-delivery-unknown-article", "article", r.article.trim()));
                }
            }
            errors.push("lines", tr.t("form-lines-have-errors"));
            refused(f, rows, errors).await
        }
        FileOutcome::WrongWorkOrder => {
            errors.push("work_order", tr.t("form-invalid-choice"));
            refused(f, rows, errors).await
        }
    }
}

#[derive(Template)]
#[template(path = "admin_requisitions.html")]
struct AdminPage {
    l: Layout,
    requisitions: Vec<Requisition>,
    suppliers: Vec<Party>,
    can_decide: bool,
    flash: Option<String>,
    /// A refused decision: the requisition and why.
    problem: Option<(RequisitionId, String)>,
}

async fn admin_page(
    state: &AppState,
    ctx: &Ctx,
    flash: Option<String>,
    problem: Option<(RequisitionId, String)>,
    status: StatusCode,
) -> AppResult<Response> {
    let page = AdminPage {
        l: Layout::new(ctx, ctx.tr().t("requisitions-title"), "subcontracting", "/admin/requisitions"),
        requisitions: state.db.requisitions(None).await?,
        suppliers: state.db.suppliers().await?,
        can_decide: Gate::new(state, ctx).allows(Action::RequisitionReview, Target::Collection),
        flash,
        problem,
    };
    html_status(status, &page)
}

/// `GET /admin/requisitions`.
pub async fn admin_list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<FlashQuery>) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::PartyView, Target::Collection).await?;
    let tr = ctx.tr();
    let flash = match q.done.as_str() {
        "approved" | "rejected" | "ordered" => Some(tr.t(&format!("requisition-done-{}", q.done))),
        _ => None,
    };
    admin_page(&state, &ctx, flash, None, StatusCode::OK).await
}

#[derive(Debug, Default, Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    supplier: String,
    #[serde(default)]
    number: String,
    #[serde(default)]
    currency: String,
}

/// `POST /admin/requisitions/{id}/decide`: approve, reject with a reason, or order (a draft
/// purchase order to the chosen supplier, under the number given).
pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<DecideForm>,
) -> AppResult<Response> {
    let id: RequisitionId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    let party = state.db.requisition_party(id).await?;
    gate.check(Action::RequisitionReview, Target::Requisition { id: Some(id), party }).await?;
    let by = ctx.user.as_ref().map(|u| u.id).ok_or(AppError::Forbidden)?;
    let tr = ctx.tr();
    let problem =
        |message: String| admin_page(&state, &ctx, None, Some((id, message)), StatusCode::UNPROCESSABLE_ENTITY);
    let (decision, order) = match f.decision.as_str() {
        "approve" => (RequisitionDecision::Approve, None),
        "reject" => (RequisitionDecision::Reject { reason: f.reason.clone() }, None),
        "order" => {
            let supplier = f.supplier.trim().parse::<PartyId>();
            let number = DocNumber::parse(&f.number);
            let currency = Currency::parse(if f.currency.trim().is_empty() { "PLN" } else { f.currency.trim() });
            match (supplier, number, currency) {
                (Ok(supplier), Ok(number), Ok(currency)) => {
                    (RequisitionDecision::Order, Some(OrderFrom { supplier, number, currency }))
                }
                _ => return problem(tr.t("requisition-order-fields")).await,
            }
        }
        _ => return Err(AppError::BadRequest("decision")),
    };
    let event = gate.event("requisition.decide", None, Some(format!("decision={}", f.decision)));
    match state.db.decide_requisition(id, &decision, order.as_ref(), by, &event, state.clock.now()).await? {
        RequisitionOutcome::Done(status, _) => {
            let done = match status {
                RequisitionStatus::Ordered => "ordered",
                RequisitionStatus::Rejected => "rejected",
                _ => "approved",
            };
            Ok(Redirect::to(&format!("/admin/requisitions?done={done}")).into_response())
        }
        RequisitionOutcome::Refused(RequisitionDecisionRule::Decided(_)) => problem(tr.t("requisition-decided")).await,
        RequisitionOutcome::Refused(RequisitionDecisionRule::ReasonRequired) => {
            problem(tr.t("requisition-reason-required")).await
        }
        RequisitionOutcome::Refused(RequisitionDecisionRule::ReasonTooLong) => problem(tr.t("form-too-long")).await,
        RequisitionOutcome::FreeTextLines => problem(tr.t("requisition-free-text")).await,
        RequisitionOutcome::NumberTaken => problem(tr.t("requisition-number-taken")).await,
        RequisitionOutcome::NotSupplier => problem(tr.t("requisition-order-fields")).await,
    }
}
