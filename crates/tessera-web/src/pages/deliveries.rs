//! Deliveries against an order: the supplier declares one in the portal (advance shipping
//! notice), the warehouse records what arrived in the back office.
use super::orders::{number_message, parse_date, text_message};
use super::{Layout, html, html_status};
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
use rust_decimal::Decimal;
use serde::Deserialize;
use tessera_db::deliveries::{DeclareOutcome, ReceiveOutcome};
use tessera_db::documents::Delivery;
use tessera_db::orders::{Order, OrderLine};
use tessera_domain::delivery::{CheckedLine, Declaration, DeclarationRule, DeclaredLine, LineBalance, MAX_REASON};
use tessera_domain::ids::{DeliveryId, OrderId, OrderLineId};
use tessera_domain::number::Count;
use tessera_domain::policy::Action;
use tessera_domain::text::DocNumber;

/// The declaration form as typed (or as read from a file), kept to show it again.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct DeclareForm {
    #[serde(default)]
    pub number: String,
    #[serde(default)]
    pub loading_date: String,
    #[serde(default)]
    pub arrival_date: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub line_id: Vec<String>,
    #[serde(default)]
    pub line_qty: Vec<String>,
    #[serde(default)]
    pub line_reason: Vec<String>,
    /// `form`, or the kind of file the values came from (`csv`, `xml`), for the audit log.
    #[serde(default)]
    pub source: String,
}

/// One order line on the form: what was ordered, what is open, what is declared now.
pub struct FormLine {
    pub line: OrderLine,
    pub balance: Option<LineBalance>,
    pub qty: String,
    pub reason: String,
    pub error: Option<String>,
}

impl FormLine {
    pub fn open(&self) -> Decimal {
        self.balance.map(|b| b.open()).unwrap_or_default()
    }
    pub fn declared(&self) -> Decimal {
        self.balance.map(|b| b.declared).unwrap_or_default()
    }
}

#[derive(Template)]
#[template(path = "delivery_form.html")]
struct FormPage {
    l: Layout,
    o: Order,
    f: DeclareForm,
    lines: Vec<FormLine>,
    /// Errors of the whole form, by field name, in the reader's language.
    errors: Vec<(String, String)>,
    today: String,
}

impl FormPage {
    fn error(&self, field: &str) -> String {
        self.errors.iter().filter(|(f, _)| f == field).map(|(_, m)| m.as_str()).collect::<Vec<_>>().join(" ")
    }
    fn has_error(&self, field: &str) -> bool {
        self.errors.iter().any(|(f, _)| f == field)
    }
}

fn value_at(v: &[String], i: usize) -> String {
    v.get(i).cloned().unwrap_or_default()
}

/// The order's lines with what the form says of each (by line id, so a reordered or
/// tampered form cannot shift quantities between lines).
fn form_lines(o: &Order, balances: &[LineBalance], f: Option<&DeclareForm>) -> Vec<FormLine> {
    o.lines
        .iter()
        .map(|line| {
            let balance = balances.iter().find(|b| b.order_line == line.id).copied();
            let (qty, reason) = match f {
                Some(f) => match f.line_id.iter().position(|id| id.trim() == line.id.to_string()) {
                    Some(i) => (value_at(&f.line_qty, i), value_at(&f.line_reason, i)),
                    None => (String::new(), String::new()),
                },
                // A new form starts with what remains open.
                None => (balance.map(|b| b.open().normalize().to_string()).unwrap_or_default(), String::new()),
            };
            FormLine { line: line.clone(), balance, qty, reason, error: None }
        })
        .collect()
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    o: Order,
    f: DeclareForm,
    lines: Option<Vec<FormLine>>,
    errors: Vec<(String, String)>,
) -> AppResult<FormPage> {
    let lines = match lines {
        Some(l) => l,
        None => form_lines(&o, &state.db.line_balances(o.summary.id).await?, None),
    };
    let l = Layout::new(
        ctx,
        ctx.tr().t1("delivery-declare-title", "number", &o.summary.number),
        "portal",
        &format!("/portal/orders/{}/delivery", o.summary.id),
    );
    let today = state.clock.now().date_naive().format("%Y-%m-%d").to_string();
    Ok(FormPage { l, o, f, lines, errors, today })
}

/// The declaration form, prefilled with what remains open on each line.
pub async fn declare_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id: OrderId = id.parse().map_err(|_| AppError::NotFound)?;
    if ctx.code_pending {
        return Ok(Redirect::to("/portal/code").into_response());
    }
    let o = Gate::new(&state, &ctx).order(Action::PortalDeliveryDeclare, id).await?;
    if !o.summary.status.accepts_delivery() {
        return Ok(Redirect::to(&format!("/portal/orders/{id}")).into_response());
    }
    let today = state.clock.now().date_naive().format("%Y-%m-%d").to_string();
    let f = DeclareForm {
        version: o.version.to_string(),
        loading_date: today.clone(),
        arrival_date: o
            .summary
            .confirmed_date
            .or(o.summary.requested_date)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .filter(|d| *d >= today)
            .unwrap_or(today),
        ..Default::default()
    };
    Ok(html(&form_page(&state, &ctx, o, f, None, Vec::new()).await?)?.into_response())
}

/// Reads the form into a declaration, or says what is wrong at each field and line.
fn parse_declaration(tr: &Tr, f: &DeclareForm, lines: &mut [FormLine]) -> Result<Declaration, Vec<(String, String)>> {
    let mut errors = Vec::new();
    let number = DocNumber::parse(&f.number).map_err(|e| errors.push(("number".into(), tr.t(text_message(e))))).ok();
    let mut date = |field: &str, raw: &str, required: bool| match raw.trim() {
        "" if required => {
            errors.push((field.to_owned(), tr.t("form-required")));
            None
        }
        "" => None,
        s => parse_date(s).or_else(|| {
            errors.push((field.to_owned(), tr.t("form-date-invalid")));
            None
        }),
    };
    let arrival = date("arrival_date", &f.arrival_date, true);
    let loading = date("loading_date", &f.loading_date, false);
    let mut declared = Vec::new();
    for line in lines.iter_mut() {
        // An empty quantity means the line is not in this delivery.
        let qty = if line.qty.trim().is_empty() { Count::try_from(Decimal::ZERO) } else { Count::parse(&line.qty) };
        let reason = match tessera_domain::text::optional(&line.reason, MAX_REASON) {
            Ok(r) => r,
            Err(e) => {
                line.error = Some(tr.t(text_message(e)));
                None
            }
        };
        match qty {
            Ok(q) => declared.push(DeclaredLine { order_line: line.line.id, quantity: q, over_reason: reason }),
            Err(e) => line.error = Some(tr.t(number_message(e))),
        }
    }
    if lines.iter().any(|l| l.error.is_some()) {
        errors.push(("lines".into(), tr.t("form-lines-have-errors")));
    }
    match (number, arrival) {
        (Some(number), Some(arrival_date)) if errors.is_empty() => {
            Ok(Declaration { number, loading_date: loading, arrival_date, lines: declared })
        }
        _ => Err(errors),
    }
}

fn rule_messages(tr: &Tr, rules: &[DeclarationRule], lines: &mut [FormLine]) -> Vec<(String, String)> {
    let mut errors = Vec::new();
    let mut at_line = |id: OrderLineId, msg: String| {
        if let Some(l) = lines.iter_mut().find(|l| l.line.id == id) {
            l.error = Some(msg);
        }
    };
    for rule in rules {
        match rule {
            DeclarationRule::OrderNotOpen => errors.push(("form".into(), tr.t("delivery-rule-order-not-open"))),
            DeclarationRule::NothingDeclared => errors.push(("lines".into(), tr.t("delivery-rule-nothing"))),
            DeclarationRule::ArrivalInPast => errors.push(("arrival_date".into(), tr.t("delivery-rule-arrival-past"))),
            DeclarationRule::LoadingAfterArrival => {
                errors.push(("loading_date".into(), tr.t("delivery-rule-loading-after-arrival")))
            }
            DeclarationRule::UnknownLine(_) | DeclarationRule::DuplicateLine(_) => {
                errors.push(("lines".into(), tr.t("form-reference-gone")))
            }
            DeclarationRule::OverWithoutReason(id) => at_line(*id, tr.t("delivery-rule-over-needs-reason")),
        }
    }
    if lines.iter().any(|l| l.error.is_some()) && !errors.iter().any(|(f, _)| f == "lines") {
        errors.push(("lines".into(), tr.t("form-lines-have-errors")));
    }
    errors
}

/// The supplier declares a delivery: saved when every field and rule holds, otherwise the
/// form again with every problem at its place and nothing saved.
pub async fn declare(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<DeclareForm>,
) -> AppResult<Response> {
    let id: OrderId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    let o = gate.order(Action::PortalDeliveryDeclare, id).await?;
    let tr = ctx.tr();
    let balances = state.db.line_balances(id).await?;
    let mut lines = form_lines(&o, &balances, Some(&f));
    let declaration = match parse_declaration(&tr, &f, &mut lines) {
        Ok(d) => d,
        Err(errors) => return refused(&state, &ctx, o, f, lines, errors).await,
    };
    let version = f.version.trim().parse::<i64>().map_err(|_| AppError::BadRequest("version"))?;
    let link = ctx.link.as_ref().map(|l| l.id);
    let outcome = state.db.declare_delivery(id, version, &declaration, link, state.clock.now()).await?;
    let (delivery, over) = match outcome {
        DeclareOutcome::Done { id, warnings } => (id, !warnings.is_empty()),
        DeclareOutcome::Refused(rules) => {
            let errors = rule_messages(&tr, &rules, &mut lines);
            return refused(&state, &ctx, o, f, lines, errors).await;
        }
        DeclareOutcome::DuplicateNumber => {
            let errors = vec![("number".into(), tr.t("delivery-number-taken"))];
            return refused(&state, &ctx, o, f, lines, errors).await;
        }
        DeclareOutcome::Stale => {
            // Show the order as it is now, with what was typed, so nothing is declared twice.
            let fresh = state.db.order(id).await?;
            let balances = state.db.line_balances(id).await?;
            let mut f = f;
            f.version = fresh.version.to_string();
            let lines = form_lines(&fresh, &balances, Some(&f));
            let errors = vec![("form".into(), tr.t("delivery-stale"))];
            return refused(&state, &ctx, fresh, f, lines, errors).await;
        }
    };
    let source = match f.source.as_str() {
        "csv" | "xml" => f.source.as_str(),
        _ => "form",
    };
    let detail = format!(
        "delivery=delivery:{delivery} number={} lines={} source={source}{}",
        declaration.number,
        declaration.lines.iter().filter(|l| !l.quantity.get().is_zero()).count(),
        if over { " over_delivery=yes" } else { "" },
    );
    gate.record("delivery.declare", Some(format!("order:{id}")), Some(detail)).await?;
    Ok(Redirect::to(&format!("/portal/orders/{id}?done=delivery")).into_response())
}

async fn refused(
    state: &AppState,
    ctx: &Ctx,
    o: Order,
    f: DeclareForm,
    lines: Vec<FormLine>,
    errors: Vec<(String, String)>,
) -> AppResult<Response> {
    let page = form_page(state, ctx, o, f, Some(lines), errors).await?;
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// The warehouse's count, per line position.
#[derive(Debug, Default, Deserialize)]
pub struct ReceiveForm {
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub position: Vec<String>,
    #[serde(default)]
    pub checked: Vec<String>,
}

#[derive(Template)]
#[template(path = "delivery_show.html")]
pub struct DeliveryPage {
    pub l: Layout,
    pub d: Delivery,
    pub can_receive: bool,
    /// The warehouse may raise a complaint on it (it has been received).
    pub can_complain: bool,
    /// What was typed per line position, and the error at it (after a refused receipt).
    pub typed: Vec<(i32, String, Option<String>)>,
    pub errors: Vec<String>,
    pub flash: Option<String>,
}

impl DeliveryPage {
    fn typed_value(&self, position: &i32) -> Option<String> {
        self.typed.iter().find(|(p, _, _)| p == position).map(|(_, v, _)| v.clone())
    }
    fn typed_error(&self, position: &i32) -> Option<String> {
        self.typed.iter().find(|(p, _, _)| p == position).and_then(|(_, _, e)| e.clone())
    }
}

#[derive(Deserialize)]
pub struct ShowQuery {
    #[serde(default)]
    saved: String,
}

/// A delivery in the back office; with the receipt form while it waits for the warehouse.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    let id: DeliveryId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    let d = gate.delivery(Action::DeliveryView, id).await?;
    let flash = (q.saved == "1").then(|| ctx.tr().t("delivery-received-notice"));
    let page = delivery_page(&gate, d, Vec::new(), Vec::new(), flash);
    Ok(html(&page)?.into_response())
}

fn delivery_page(
    gate: &Gate<'_>,
    d: Delivery,
    typed: Vec<(i32, String, Option<String>)>,
    errors: Vec<String>,
    flash: Option<String>,
) -> DeliveryPage {
    let id = d.summary.id;
    let target = tessera_domain::policy::Target::Delivery { id, party: d.summary.party_id, order: d.summary.order_id };
    let can_receive = d.awaits_receipt() && gate.allows(Action::DeliveryReceive, target);
    let can_complain = d.status() == Some(tessera_domain::delivery::DeliveryStatus::Received)
        && gate.allows(Action::ComplaintRaise, target);
    let l = Layout::new(gate.ctx, d.summary.number.clone(), "deliveries", &format!("/admin/deliveries/{id}"));
    DeliveryPage { l, d, can_receive, can_complain, typed, errors, flash }
}

/// The warehouse records the checked quantity of each line; the supplier sees it and the
/// order's status follows.
pub async fn receive(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<ReceiveForm>,
) -> AppResult<Response> {
    let id: DeliveryId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    let d = gate.delivery(Action::DeliveryReceive, id).await?;
    let tr = ctx.tr();
    let mut typed = Vec::new();
    let mut checked = Vec::new();
    for line in &d.lines {
        let raw = f
            .position
            .iter()
            .position(|p| p.trim() == line.position.to_string())
            .map(|i| value_at(&f.checked, i))
            .unwrap_or_default();
        match Count::parse(&raw) {
            Ok(c) => {
                checked.push(CheckedLine { position: line.position, checked: c });
                typed.push((line.position, raw, None));
            }
            Err(e) => typed.push((line.position, raw, Some(tr.t(number_message(e))))),
        }
    }
    let user = ctx.user.as_ref().map(|u| u.id).ok_or(AppError::Unauthenticated)?;
    let problem = if typed.iter().any(|(_, _, e)| e.is_some()) {
        Some("form-lines-have-errors")
    } else {
        let version = f.version.trim().parse::<i64>().map_err(|_| AppError::BadRequest("version"))?;
        match state.db.receive_delivery(id, version, &checked, user, state.clock.now()).await? {
            ReceiveOutcome::Done { order_status } => {
                let detail = format!(
                    "lines={}{}",
                    checked.len(),
                    order_status.map(|s| format!(" order_status={s}")).unwrap_or_default()
                );
                gate.record("delivery.receive", Some(format!("delivery:{id}")), Some(detail)).await?;
                return Ok(Redirect::to(&format!("/admin/deliveries/{id}?saved=1")).into_response());
            }
            ReceiveOutcome::NotDeclared => Some("delivery-not-declared"),
            ReceiveOutcome::Stale => Some("delivery-changed-meanwhile"),
        }
    };
    let d = state.db.delivery(id).await?;
    let page = delivery_page(&gate, d, typed, problem.map(|p| vec![tr.t(p)]).unwrap_or_default(), None);
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// A problem of an uploaded file, as the preview lists it.
#[derive(Clone)]
pub struct PreviewProblem {
    pub line: u64,
    pub column: String,
    pub value: String,
    pub message: String,
    pub is_error: bool,
}

impl PreviewProblem {
    /// A file's own errors and warnings (as the formats crate found them), in the reader's
    /// language.
    pub fn of_report(report: &tessera_formats::Report, tr: &Tr) -> Vec<PreviewProblem> {
        let flang: tessera_formats::Lang = tr.code().parse().unwrap_or_default();
        report
            .errors
            .iter()
            .chain(&report.warnings)
            .map(|p| PreviewProblem {
                line: p.line,
                column: p.column.unwrap_or_default().to_owned(),
                value: p.value.clone().unwrap_or_default(),
                message: p.message(flang),
                is_error: p.is_error(),
            })
            .collect()
    }
}

/// Whether an uploaded delivery is XML: it begins with `<` (after a byte-order mark and white
/// space); anything else is CSV.
pub fn is_xml(bytes: &[u8]) -> bool {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

/// Reads an uploaded delivery: Tessera's delivery XML or UBL when it is XML, otherwise a CSV
/// file in `csv_format` (the delivery format, or formwork and small appliances where those are
/// accepted).
pub fn read_delivery_file(bytes: &[u8], csv_format: tessera_formats::Format) -> tessera_formats::Report {
    if is_xml(bytes) {
        tessera_formats::xml::read_delivery_xml(bytes)
    } else {
        tessera_formats::read_all(bytes, csv_format, tessera_formats::ReadOptions::default())
    }
}

#[derive(Template)]
#[template(path = "delivery_preview.html")]
struct PreviewPage {
    l: Layout,
    o: Order,
    filename: String,
    file: tessera_domain::delivery_file::FileDelivery,
    problems: Vec<PreviewProblem>,
    /// The form that declares the delivery, when the file has no errors; and the order lines
    /// that need a reason (more than open).
    confirm: Option<(DeclareForm, Vec<FormLine>)>,
    needs_reason: Vec<OrderLineId>,
}

impl PreviewPage {
    fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error).count()
    }
    fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }
    fn reason_needed(&self, id: &OrderLineId) -> bool {
        self.needs_reason.contains(id)
    }
}

fn mismatch_message(tr: &Tr, m: &tessera_domain::delivery_file::Mismatch) -> String {
    use tessera_domain::delivery_file::Mismatch::*;
    match m {
        OtherOrder { file, order } => tessera_i18n::message(
            tr.lang,
            "delivery-file-other-order",
            &[("file", tessera_i18n::Arg::from(file.as_str())), ("order", tessera_i18n::Arg::from(order.as_str()))],
        ),
        OtherAccount { file } => tr.t1("delivery-file-other-account", "account", file),
        UnknownItem { item } => tr.t1("delivery-file-unknown-item", "item", item),
        SeveralDeliveries => tr.t("delivery-file-several"),
        NoOrderNumber { order } => tr.t1("delivery-file-no-order", "order", order),
        UnitDiffers { file, order } => tessera_i18n::message(
            tr.lang,
            "delivery-file-unit-differs",
            &[("file", tessera_i18n::Arg::from(file.as_str())), ("order", tessera_i18n::Arg::from(order.as_str()))],
        ),
        CheckedCountIgnored => tr.t("delivery-file-checked-ignored"),
    }
}

/// A delivery file (CSV or XML) is read and compared with the order; the preview shows every
/// error and warning by line. Nothing is saved here: the preview's form declares the delivery,
/// and only when the file has no errors.
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    crate::uploads::CsrfMultipart(form): crate::uploads::CsrfMultipart,
) -> AppResult<Response> {
    use tessera_domain::delivery_file::{OrderView, match_delivery};
    use tessera_formats::Format;
    let id: OrderId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    let o = gate.order(Action::PortalDeliveryDeclare, id).await?;
    let tr = ctx.tr();
    let Some(file) = form.files.iter().find(|f| f.field == "file") else {
        let f = DeclareForm { version: o.version.to_string(), ..Default::default() };
        let errors = vec![("file".into(), tr.t("delivery-file-choose"))];
        let lines = form_lines(&o, &state.db.line_balances(id).await?, None);
        return refused(&state, &ctx, o, f, lines, errors).await;
    };
    let is_xml = is_xml(&file.bytes);
    let report = read_delivery_file(&file.bytes, Format::Delivery);
    let mut problems = PreviewProblem::of_report(&report, &tr);
    let view = OrderView {
        number: &o.summary.number,
        account: &o.party_code,
        lines: o.lines.iter().map(|l| (l.id, l.item_order_number.as_str(), l.unit.as_deref())).collect(),
    };
    let matched = if report.is_ok() { match_delivery(&report, &view) } else { Default::default() };
    problems.extend(matched.issues.iter().map(|i| PreviewProblem {
        line: i.line,
        column: i.column.unwrap_or_default().to_owned(),
        value: i.value.clone().unwrap_or_default(),
        message: mismatch_message(&tr, &i.mismatch),
        is_error: i.mismatch.is_error(),
    }));
    let mut confirm = None;
    let mut needs_reason = Vec::new();
    if problems.iter().all(|p| !p.is_error) {
        let f = DeclareForm {
            number: matched.number.clone(),
            loading_date: matched.loading_date.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
            arrival_date: matched.arrival_date.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
            version: o.version.to_string(),
            line_id: o.lines.iter().map(|l| l.id.to_string()).collect(),
            line_qty: o
                .lines
                .iter()
                .map(|l| matched.quantities.get(&l.id).map(|q| q.normalize().to_string()).unwrap_or_default())
                .collect(),
            line_reason: vec![String::new(); o.lines.len()],
            source: if is_xml { "xml" } else { "csv" }.into(),
        };
        let balances = state.db.line_balances(id).await?;
        let mut lines = form_lines(&o, &balances, Some(&f));
        let first = matched.lines.first().map(|l| l.line).unwrap_or(1);
        let file_error = |message: String| PreviewProblem {
            line: first,
            column: String::new(),
            value: String::new(),
            message,
            is_error: true,
        };
        match parse_declaration(&tr, &f, &mut lines) {
            Err(errors) => problems.extend(errors.into_iter().map(|(_, m)| file_error(m))),
            Ok(declaration) => {
                let today = state.clock.now().date_naive();
                if let Err(rules) =
                    tessera_domain::delivery::check_declaration(o.summary.status, &declaration, &balances, today)
                {
                    for rule in &rules {
                        match rule {
                            // Over-delivery is a warning here: the preview asks for the reason.
                            DeclarationRule::OverWithoutReason(line) => needs_reason.push(*line),
                            other => {
                                let msgs = rule_messages(&tr, std::slice::from_ref(other), &mut lines);
                                problems
                                    .extend(msgs.into_iter().filter(|(f, _)| f != "lines").map(|(_, m)| file_error(m)));
                            }
                        }
                    }
                }
                if !needs_reason.is_empty() {
                    problems.push(PreviewProblem {
                        line: first,
                        column: "ITEM_COUNT".into(),
                        value: String::new(),
                        message: tr.t("delivery-file-over"),
                        is_error: false,
                    });
                }
            }
        }
        if problems.iter().all(|p| !p.is_error) {
            for l in lines.iter_mut() {
                l.error = None;
            }
            confirm = Some((f, lines));
        }
    }
    problems.sort_by_key(|p| (p.line, !p.is_error));
    let errors = problems.iter().filter(|p| p.is_error).count();
    let detail =
        format!("file={} errors={errors} warnings={}", if is_xml { "xml" } else { "csv" }, problems.len() - errors);
    gate.record("delivery.file_check", Some(format!("order:{id}")), Some(detail)).await?;
    let l = Layout::new(
        &ctx,
        ctx.tr().t1("delivery-preview-title", "number", &o.summary.number),
        "portal",
        &format!("/portal/orders/{id}/delivery"),
    );
    // Shown back as text (escaped by the template); never used as a path.
    let filename: String = file.name.rsplit(['/', '\\']).next().unwrap_or("").chars().take(200).collect();
    let page = PreviewPage { l, o, filename, file: matched, problems, confirm, needs_reason };
    let status = if errors == 0 { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    html_status(status, &page)
}

#[derive(Deserialize)]
pub struct EndForm {
    #[serde(default)]
    ending: String,
    #[serde(default)]
    version: String,
}

/// The buyer cancels an order before anything was delivered, or closes it after deliveries.
pub async fn end_order(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<EndForm>,
) -> AppResult<Response> {
    use tessera_db::deliveries::EndOutcome;
    use tessera_domain::delivery::{EndRule, Ending};
    let id: OrderId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    gate.order(Action::OrderEdit, id).await?;
    let ending = match f.ending.as_str() {
        "cancel" => Ending::Cancel,
        "close" => Ending::Close,
        _ => return Err(AppError::BadRequest("ending")),
    };
    let version = f.version.trim().parse::<i64>().map_err(|_| AppError::BadRequest("version"))?;
    let problem = match state.db.end_order(id, version, ending, state.clock.now()).await? {
        EndOutcome::Done(status) => {
            gate.record(&format!("order.{}", f.ending), Some(format!("order:{id}")), Some(format!("status={status}")))
                .await?;
            return Ok(Redirect::to(&format!("/admin/orders/{id}?saved=1")).into_response());
        }
        EndOutcome::Stale => "stale",
        EndOutcome::Refused(EndRule::HasDeliveries) => "has-deliveries",
        EndOutcome::Refused(EndRule::NothingDelivered) => "nothing-delivered",
        EndOutcome::Refused(EndRule::AwaitsReceipt) => "awaits-receipt",
        EndOutcome::Refused(EndRule::AlreadyEnded) => "ended",
    };
    Ok(Redirect::to(&format!("/admin/orders/{id}?problem={problem}")).into_response())
}
