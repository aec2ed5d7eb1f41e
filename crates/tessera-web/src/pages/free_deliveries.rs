//! The subcontractor portal: a delivery declared without an order (issue #8), naming the
//! catalogue's articles and optionally the cost centre it is booked to.
use super::{FieldErrors, Layout, html_status};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use crate::tr::Tr;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_db::deliveries::{CostCentreChoice, FreeOutcome};
use tessera_domain::free_delivery::{FreeDeclaration, FreeLine, FreeRule, check_free_declaration, parse_serials};
use tessera_domain::ids::PartyId;
use tessera_domain::number::Quantity;
use tessera_domain::policy::{Action, Target};
use tessera_domain::text::{DocNumber, TextError};

/// Empty rows the form offers.
const ROWS: usize = 8;

/// The form as typed.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct FreeForm {
    #[serde(default)]
    number: String,
    #[serde(default)]
    delivery_date: String,
    #[serde(default)]
    loading_date: String,
    /// `CONTRACT/CONSTRUCTION`, or empty.
    #[serde(default)]
    cost_centre: String,
    #[serde(default)]
    line_article: Vec<String>,
    #[serde(default)]
    line_qty: Vec<String>,
    #[serde(default)]
    line_serials: Vec<String>,
}

/// One row of the form: what was typed and its message.
struct Row {
    article: String,
    qty: String,
    serials: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "free_delivery_form.html")]
struct FormPage {
    l: Layout,
    f: FreeForm,
    rows: Vec<Row>,
    cost_centres: Vec<CostCentreChoice>,
    errors: FieldErrors,
}

impl FormPage {
    fn is_cost_centre(&self, c: &CostCentreChoice) -> bool {
        self.f.cost_centre == format!("{}/{}", c.contract, c.code)
    }
}

/// The party a subcontractor link declares for, once the policy allows it.
async fn allowed_party(state: &AppState, ctx: &Ctx) -> AppResult<PartyId> {
    let gate = Gate::new(state, ctx);
    let Some(link) = &ctx.link else {
        // Not a link: the policy says how to refuse (a sign-in, or 403).
        gate.check(Action::PortalDeliveryDeclare, Target::Collection).await?;
        return Err(AppError::Forbidden);
    };
    gate.check(Action::PortalDeliveryDeclare, Target::FreeDelivery { party: link.party_id }).await?;
    Ok(link.party_id)
}

fn rows(f: &FreeForm) -> Vec<Row> {
    let n = f.line_article.len().max(f.line_qty.len()).max(f.line_serials.len());
    let cell = |v: &Vec<String>, i: usize| v.get(i).cloned().unwrap_or_default();
    let mut out: Vec<Row> = (0..n)
        .map(|i| Row {
            article: cell(&f.line_article, i),
            qty: cell(&f.line_qty, i),
            serials: cell(&f.line_serials, i),
            error: None,
        })
        .filter(|r| !(r.article.trim().is_empty() && r.qty.trim().is_empty() && r.serials.trim().is_empty()))
        .collect();
    while out.len() < ROWS {
        out.push(Row { article: String::new(), qty: String::new(), serials: String::new(), error: None });
    }
    out
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    f: FreeForm,
    rows: Vec<Row>,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let l = Layout::new(ctx, ctx.tr().t("free-delivery-title"), "portal", "/portal/deliveries/new");
    let cost_centres = state.db.cost_centre_choices().await?;
    html_status(status, &FormPage { l, f, rows, cost_centres, errors })
}

/// `GET /portal/deliveries/new`.
pub async fn form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    if ctx.code_pending {
        return Ok(Redirect::to("/portal/code?next=%2Fportal%2Fdeliveries%2Fnew").into_response());
    }
    allowed_party(&state, &ctx).await?;
    let f =
        FreeForm { delivery_date: state.clock.now().date_naive().format("%Y-%m-%d").to_string(), ..Default::default() };
    let rows = rows(&f);
    page(&state, &ctx, f, rows, FieldErrors::default(), StatusCode::OK).await
}

/// Reads the form into a declaration, or says what is wrong where.
fn parse(tr: &Tr, f: &FreeForm, rows: &mut [Row], errors: &mut FieldErrors) -> Option<FreeDeclaration> {
    let number = match DocNumber::parse(&f.number) {
        Ok(n) => Some(n),
        Err(e) => {
            let id = match e {
                TextError::Empty => "form-required",
                TextError::Control => "form-control-chars",
                _ => "form-too-long",
            };
            errors.push("number", tr.t(id));
            None
        }
    };
    let delivery_date = super::orders::parse_date(&f.delivery_date);
    if delivery_date.is_none() {
        errors.push("delivery_date", tr.t("form-date-invalid"));
    }
    let loading_date = match f.loading_date.trim() {
        "" => None,
        raw => {
            let d = super::orders::parse_date(raw);
            if d.is_none() {
                errors.push("loading_date", tr.t("form-date-invalid"));
            }
            d
        }
    };
    let cost_centre = match f.cost_centre.trim().split_once('/') {
        _ if f.cost_centre.trim().is_empty() => None,
        Some((c, k)) => Some((c.to_owned(), k.to_owned())),
        None => {
            errors.push("cost_centre", tr.t("form-invalid-choice"));
            None
        }
    };
    let mut lines = Vec::new();
    for row in rows.iter_mut() {
        if row.article.trim().is_empty() && row.qty.trim().is_empty() && row.serials.trim().is_empty() {
            continue;
        }
        if row.article.trim().is_empty() {
            row.error = Some(tr.t("form-line-item-required"));
            continue;
        }
        match Quantity::parse(&row.qty) {
            Ok(quantity) => lines.push(FreeLine {
                article: row.article.trim().to_owned(),
                quantity,
                serials: parse_serials(&row.serials),
            }),
            Err(e) => row.error = Some(tr.t(super::orders::number_message(e))),
        }
    }
    if rows.iter().any(|r| r.error.is_some()) {
        errors.push("lines", tr.t("form-lines-have-errors"));
    }
    match (number, delivery_date, errors.is_empty()) {
        (Some(number), Some(delivery_date), true) => {
            Some(FreeDeclaration { number, loading_date, delivery_date, cost_centre, lines })
        }
        _ => None,
    }
}

/// The filled rows' positions, in the order the declaration's lines were made from them.
fn filled(rows: &[Row]) -> Vec<usize> {
    rows.iter()
        .enumerate()
        .filter(|(_, r)| !(r.article.trim().is_empty() && r.qty.trim().is_empty() && r.serials.trim().is_empty()))
        .map(|(i, _)| i)
        .collect()
}

fn rule_message(tr: &Tr, rule: &FreeRule, rows: &mut [Row], errors: &mut FieldErrors) {
    let at = filled(rows);
    let mut on_row = |i: usize, message: String| {
        if let Some(r) = at.get(i).and_then(|p| rows.get_mut(*p)) {
            r.error = Some(message);
        }
    };
    match rule {
        FreeRule::NoLines => errors.push("lines", tr.t("free-delivery-no-lines")),
        FreeRule::TooManyLines => errors.push("lines", tr.t("free-delivery-too-many-lines")),
        FreeRule::LoadingAfterDelivery => errors.push("loading_date", tr.t("free-delivery-loading-after")),
        FreeRule::DeliveryTooFarAhead => errors.push("delivery_date", tr.t("free-delivery-too-far")),
        FreeRule::MoreSerialsThanPieces(i) => on_row(*i, tr.t("free-delivery-serials-more")),
        FreeRule::BadSerial(i) => on_row(*i, tr.t("free-delivery-serials-bad")),
    }
}

/// `POST /portal/deliveries/new`: declares the delivery, or shows the form again with every
/// problem at its field or row and nothing saved.
pub async fn declare(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<FreeForm>) -> AppResult<Response> {
    let party = allowed_party(&state, &ctx).await?;
    let tr = ctx.tr();
    let mut rows = rows(&f);
    let mut errors = FieldErrors::default();
    let refused = |f, rows, errors| page(&state, &ctx, f, rows, errors, StatusCode::UNPROCESSABLE_ENTITY);
    let Some(d) = parse(&tr, &f, &mut rows, &mut errors) else { return refused(f, rows, errors).await };
    if let Err(rules) = check_free_declaration(&d, state.clock.now().date_naive()) {
        for rule in &rules {
            rule_message(&tr, rule, &mut rows, &mut errors);
        }
        if rows.iter().any(|r| r.error.is_some()) && !errors.has("lines") {
            errors.push("lines", tr.t("form-lines-have-errors"));
        }
        return refused(f, rows, errors).await;
    }
    let gate = Gate::new(&state, &ctx);
    let lines: usize = d.lines.len();
    let event = gate.event("portal.delivery.declare", None, Some(format!("source=form order=none lines={lines}")));
    let link = ctx.link.as_ref().map(|l| l.id);
    match state.db.declare_free_delivery(party, &d, link, &event, state.clock.now()).await? {
        FreeOutcome::Done(_) => {
            Ok(Redirect::to(&format!("/portal?declared={}", crate::security::query_value(d.number.as_str())))
                .into_response())
        }
        FreeOutcome::DuplicateNumber => {
            errors.push("number", tr.t("delivery-number-taken"));
            refused(f, rows, errors).await
        }
        FreeOutcome::UnknownCostCentre { .. } => {
            errors.push("cost_centre", tr.t("form-invalid-choice"));
            refused(f, rows, errors).await
        }
        FreeOutcome::UnknownArticles(unknown) => {
            for r in rows.iter_mut() {
                if unknown.iter().any(|u| u == r.article.trim()) {
                    r.error = Some(tr.t1("free-delivery-unknown-article", "article", r.article.trim()));
                }
            }
            errors.push("lines", tr.t("form-lines-have-errors"));
            refused(f, rows, errors).await
        }
    }
}
