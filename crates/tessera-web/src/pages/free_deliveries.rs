//! The subcontractor portal: a delivery declared without an order (issue #8), naming the
//! catalogue's articles and optionally the cost centre it is booked to.
use super::deliveries::PreviewProblem;
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
use tessera_domain::free_delivery::{
    FileFreeProblem, FreeDeclaration, FreeLine, FreeRule, article_column, check_free_declaration, parse_serials,
    read_file,
};
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
    /// Where the values came from: `form`, or the file kind they were read from.
    #[serde(default)]
    source: String,
}

/// The kinds of file the import takes, as its choice and the audit name them.
const FILE_SOURCES: [&str; 4] = ["delivery", "xml", "formwork", "small-appliances"];

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
    /// The link may import a file into the form.
    can_import: bool,
    /// The link may type a delivery in; with the import alone, the form shows once a file
    /// filled it.
    can_type: bool,
    /// The file just imported: its name and what was found in it.
    import: Option<Imported>,
}

/// A file read by the import, as the page reports it.
struct Imported {
    filename: String,
    /// The format it was read as (`formwork`…), for the reader.
    format: String,
    problems: Vec<PreviewProblem>,
    /// How many of the problems are errors.
    errors: u64,
}

impl FormPage {
    /// Whether the declaration form is shown: to type a delivery in, or to check what a file
    /// filled in.
    fn shows_form(&self) -> bool {
        self.can_type || FILE_SOURCES.contains(&self.f.source.as_str())
    }
    fn is_cost_centre(&self, c: &CostCentreChoice) -> bool {
        self.f.cost_centre == format!("{}/{}", c.contract, c.code)
    }
}

/// The party a subcontractor link declares for, once the policy allows the first action, or
/// else one of the others (a file's values may be declared with the import alone: the file
/// could say the same). Refused as the first action is.
async fn allowed_party(state: &AppState, ctx: &Ctx, first: Action, or: &[Action]) -> AppResult<PartyId> {
    let gate = Gate::new(state, ctx);
    let Some(link) = &ctx.link else {
        // Not a link: the policy says how to refuse (a sign-in, or 403).
        gate.check(first, Target::Collection).await?;
        return Err(AppError::Forbidden);
    };
    let target = Target::FreeDelivery { party: link.party_id };
    if or.iter().any(|a| gate.allows(*a, target)) {
        return Ok(link.party_id);
    }
    gate.check(first, target).await?;
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
    with_import(state, ctx, f, rows, errors, None, status).await
}

async fn with_import(
    state: &AppState,
    ctx: &Ctx,
    f: FreeForm,
    rows: Vec<Row>,
    errors: FieldErrors,
    import: Option<Imported>,
    status: StatusCode,
) -> AppResult<Response> {
    let l = Layout::new(ctx, ctx.tr().t("free-delivery-title"), "portal", "/portal/deliveries/new");
    let cost_centres = state.db.cost_centre_choices().await?;
    let may = |action| {
        ctx.link
            .as_ref()
            .is_some_and(|link| Gate::new(state, ctx).allows(action, Target::FreeDelivery { party: link.party_id }))
    };
    let (can_import, can_type) = (may(Action::PortalDeliveryImport), may(Action::PortalDeliveryDeclare));
    html_status(status, &FormPage { l, f, rows, cost_centres, errors, can_import, can_type, import })
}

/// `GET /portal/deliveries/new`.
pub async fn form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    if ctx.code_pending {
        return Ok(Redirect::to("/portal/code?next=%2Fportal%2Fdeliveries%2Fnew").into_response());
    }
    allowed_party(&state, &ctx, Action::PortalDeliveryDeclare, &[Action::PortalDeliveryImport]).await?;
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
    let from_file = FILE_SOURCES.contains(&f.source.as_str());
    let or: &[Action] = if from_file { &[Action::PortalDeliveryImport] } else { &[] };
    let party = allowed_party(&state, &ctx, Action::PortalDeliveryDeclare, or).await?;
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
    let source = if from_file { f.source.as_str() } else { "form" };
    let event = gate.event("portal.delivery.declare", None, Some(format!("source={source} order=none lines={lines}")));
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

/// The message for a problem the import finds beyond the file's own.
fn file_problem_message(tr: &Tr, p: &FileFreeProblem) -> String {
    match p {
        FileFreeProblem::SeveralDeliveries => tr.t("delivery-file-several"),
        FileFreeProblem::NamesAnOrder(order) => tr.t1("free-import-names-order", "order", order),
        FileFreeProblem::HalfCostCentre => tr.t("free-import-half-cost-centre"),
        FileFreeProblem::OtherAccount => tr.t("free-import-other-account"),
    }
}

/// `POST /portal/deliveries/import`: reads a delivery file (the delivery CSV or XML, formwork
/// in ISO-8859-2, small appliances) into the form of a delivery without an order. A file with
/// errors, or naming a cost centre or article the company does not have, is listed by line and
/// fills nothing; a good one fills the form, which the subcontractor checks and declares.
/// Nothing is saved here.
pub async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::uploads::CsrfMultipart(form): crate::uploads::CsrfMultipart,
) -> AppResult<Response> {
    use tessera_formats::Format;
    let party = allowed_party(&state, &ctx, Action::PortalDeliveryImport, &[]).await?;
    let tr = ctx.tr();
    let today = state.clock.now().date_naive().format("%Y-%m-%d").to_string();
    let blank = FreeForm { delivery_date: today, ..Default::default() };
    let Some(file) = form.files.iter().find(|f| f.field == "file") else {
        let mut errors = FieldErrors::default();
        errors.push("file", tr.t("delivery-file-choose"));
        let rows = rows(&blank);
        return page(&state, &ctx, blank, rows, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let xml = super::deliveries::is_xml(&file.bytes);
    let format = match form.field("format") {
        "formwork" => Format::Formwork,
        "small-appliances" => Format::SmallAppliances,
        "delivery" => Format::Delivery,
        _ => Format::guess_delivery(&file.bytes),
    };
    let report = super::deliveries::read_delivery_file(&file.bytes, format);
    let source = if xml { "xml" } else { format.id() };
    let mut problems = PreviewProblem::of_report(&report, &tr);
    let mut filled = None;
    if report.is_ok() {
        let code = state.db.party(party).await?.code;
        let read = read_file(&report, &code);
        let problem = |line: u64, column: &str, value: String, message: String| PreviewProblem {
            line,
            column: column.to_owned(),
            value,
            message,
            is_error: true,
        };
        for i in &read.issues {
            problems.push(problem(i.line, i.column, i.value.clone(), file_problem_message(&tr, &i.problem)));
        }
        let articles: Vec<String> = read.lines.iter().map(|l| l.article.clone()).collect();
        let cost_centre = read.cost_centre.as_ref().map(|(c, k)| (c.as_str(), k.as_str()));
        let unknown = state.db.unknown_free_keys(cost_centre, &articles).await?;
        let first = read.lines.first().map(|l| l.line).unwrap_or(1);
        if let (true, Some((contract, construction))) = (unknown.cost_centre, &read.cost_centre) {
            let message = tessera_i18n::message(
                tr.lang,
                "free-import-unknown-cost-centre",
                &[
                    ("contract", tessera_i18n::Arg::from(contract.as_str())),
                    ("construction", tessera_i18n::Arg::from(construction.as_str())),
                ],
            );
            problems.push(problem(first, "Construction", format!("{contract} / {construction}"), message));
        }
        let column = article_column(format);
        for l in read.lines.iter().filter(|l| unknown.articles.contains(&l.article)) {
            let message = tr.t1("free-delivery-unknown-article", "article", &l.article);
            problems.push(problem(l.line, column, l.article.clone(), message));
        }
        filled = Some(read);
    }
    problems.sort_by_key(|p| (p.line, !p.is_error));
    let errors = problems.iter().filter(|p| p.is_error).count();
    let detail = format!("file={source} errors={errors} warnings={}", problems.len() - errors);
    Gate::new(&state, &ctx).record("delivery.file_check", Some(format!("party:{party}")), Some(detail)).await?;
    let filename: String = file.name.rsplit(['/', '\\']).next().unwrap_or("").chars().take(200).collect();
    let imported =
        Imported { filename, format: tr.t(&format!("free-import-format-{source}")), problems, errors: errors as u64 };
    match filled {
        Some(read) if errors == 0 => {
            let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
            let f = FreeForm {
                number: read.number.clone(),
                delivery_date: date(read.delivery_date),
                loading_date: date(read.loading_date),
                cost_centre: read.cost_centre.map(|(c, k)| format!("{c}/{k}")).unwrap_or_default(),
                line_article: read.lines.iter().map(|l| l.article.clone()).collect(),
                line_qty: read.lines.iter().map(|l| l.quantity.normalize().to_string()).collect(),
                line_serials: read.lines.iter().map(|l| l.serials.join(" | ")).collect(),
                source: source.to_owned(),
            };
            let rows = rows(&f);
            with_import(&state, &ctx, f, rows, FieldErrors::default(), Some(imported), StatusCode::OK).await
        }
        _ => {
            let rows = rows(&blank);
            with_import(
                &state,
                &ctx,
                blank,
                rows,
                FieldErrors::default(),
                Some(imported),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}
