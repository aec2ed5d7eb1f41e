//! Purchase orders: list, open, create, edit.
use super::{Layout, ListQuery, Pager, html, html_status};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use tessera_db::DbError;
use tessera_db::audit::AuditEvent;
use tessera_db::catalog::{Item, Party, WorkOrder};
use tessera_db::dates::{DateAnswerRow, DateOutcome};
use tessera_db::documents::Delivery;
use tessera_db::orders::{Order, OrderQuery, OrderSummary};
use tessera_domain::ids::{OrderId, PartyId, WorkOrderId};
use tessera_domain::number::{Money, NumberError, Quantity};
use tessera_domain::order::{Currency, OrderDraft, OrderLineDraft, OrderRule, OrderStatus};
use tessera_domain::policy::{Action, Target};
use tessera_domain::text::{DocNumber, TextError};

#[derive(Template)]
#[template(path = "orders_list.html")]
struct ListPage {
    l: Layout,
    q: String,
    /// Every status, and whether it is the one filtered on.
    statuses: Vec<(&'static str, bool)>,
    orders: Vec<OrderSummary>,
    pager: Pager,
    can_create: bool,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(query): Query<ListQuery>) -> AppResult<Html<String>> {
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::OrderView, Target::Collection).await?;
    let status = query.status.parse::<OrderStatus>().ok();
    let page = state.db.orders(&OrderQuery { q: query.q.clone(), status, party: None, page: query.page() }).await?;
    let pager =
        Pager::new("/admin/orders", &[("q", &query.q), ("status", &query.status)], page.page, page.pages, page.total);
    let can_create =
        tessera_domain::policy::decide(&ctx.principal, Action::OrderCreate, &Target::Collection).is_allowed();
    let l = Layout::new(&ctx, ctx.tr().t("orders-title"), "orders", "/admin/orders");
    html(&ListPage {
        l,
        q: query.q,
        statuses: OrderStatus::ALL.iter().map(|s| (s.as_str(), Some(*s) == status)).collect(),
        orders: page.items,
        pager,
        can_create,
    })
}

#[derive(Template)]
#[template(path = "order_show.html")]
struct ShowPage {
    l: Layout,
    o: Order,
    answers: Vec<DateAnswerRow>,
    pending: Option<DateAnswerRow>,
    can_decide: bool,
    total: Money,
    updated: String,
    deliveries: Vec<Delivery>,
    can_edit: bool,
    /// The buyer may cancel (nothing delivered) or close (after deliveries) the order.
    can_cancel: bool,
    can_close: bool,
    /// A message after sending: (is it a problem, text).
    flash: Option<(bool, String)>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(query): Query<ListQuery>,
) -> AppResult<Html<String>> {
    let id: OrderId = id.parse().map_err(|_| super::not_found())?;
    let o = Gate::new(&state, &ctx).order(Action::OrderView, id).await?;
    let deliveries = state.db.deliveries_of_order(id).await?;
    let can_edit = o.summary.status.is_editable()
        && tessera_domain::policy::decide(
            &ctx.principal,
            Action::OrderEdit,
            &Target::Order { id, party: o.summary.party_id },
        )
        .is_allowed();
    let l = Layout::new(
        &ctx,
        ctx.tr().t1("order-title", "number", &o.summary.number),
        "orders",
        &format!("/admin/orders/{id}"),
    );
    let total = o.total();
    let updated = ctx.tr().datetime(&o.updated_at);
    let answers = state.db.date_answers(id).await?;
    let pending = answers.iter().find(|a| a.status == "pending").cloned();
    let can_decide = tessera_domain::policy::decide(
        &ctx.principal,
        Action::OrderDecideDate,
        &Target::Order { id, party: o.summary.party_id },
    )
    .is_allowed();
    let tr = ctx.tr();
    let flash = match (query.saved.as_str(), query.sent.as_str(), query.problem.as_str()) {
        (_, "1", _) => Some((false, tr.t("order-sent-notice"))),
        (_, _, "no-address") => Some((true, tr.t("link-no-address"))),
        (_, _, "stale") => Some((true, tr.t("order-changed-meanwhile"))),
        (_, _, "has-deliveries") => Some((true, tr.t("order-end-has-deliveries"))),
        (_, _, "nothing-delivered") => Some((true, tr.t("order-end-nothing-delivered"))),
        (_, _, "awaits-receipt") => Some((true, tr.t("order-end-awaits-receipt"))),
        (_, _, "ended") => Some((true, tr.t("order-end-ended"))),
        ("1", _, _) => Some((false, tr.t("saved"))),
        _ => None,
    };
    let may_end = tessera_domain::policy::decide(
        &ctx.principal,
        Action::OrderEdit,
        &Target::Order { id, party: o.summary.party_id },
    )
    .is_allowed();
    let live = deliveries.iter().filter(|d| d.summary.status != "cancelled");
    let (has_deliveries, awaits) = live.fold((false, false), |(_, w), d| (true, w || d.awaits_receipt()));
    let ends = |e| tessera_domain::delivery::end_order(o.summary.status, e, has_deliveries, awaits).is_ok();
    let can_cancel = may_end && ends(tessera_domain::delivery::Ending::Cancel);
    let can_close = may_end && ends(tessera_domain::delivery::Ending::Close);
    html(&ShowPage {
        l,
        o,
        answers,
        pending,
        can_decide,
        total,
        updated,
        deliveries,
        can_edit,
        can_cancel,
        can_close,
        flash,
    })
}

/// The order form as typed, kept to show it again with the errors.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct OrderForm {
    #[serde(default)]
    pub number: String,
    #[serde(default)]
    pub party: String,
    #[serde(default)]
    pub order_date: String,
    #[serde(default)]
    pub requested_date: String,
    #[serde(default)]
    pub work_order: String,
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub line_item: Vec<String>,
    #[serde(default)]
    pub line_qty: Vec<String>,
    #[serde(default)]
    pub line_price: Vec<String>,
    /// `save`, or `more` to add empty lines without saving.
    #[serde(default)]
    pub action: String,
}

/// One line of the form, with its own errors.
pub struct FormLine {
    pub item: String,
    pub qty: String,
    pub price: String,
    pub errors: Vec<String>,
}

#[derive(Template)]
#[template(path = "order_form.html")]
struct FormPage {
    l: Layout,
    /// `None` for a new order.
    id: Option<OrderId>,
    f: OrderForm,
    lines: Vec<FormLine>,
    suppliers: Vec<Party>,
    work_orders: Vec<WorkOrder>,
    items: Vec<Item>,
    /// Errors by field name, already in the reader's language.
    errors: Vec<(String, String)>,
}

impl FormPage {
    fn error(&self, field: &str) -> String {
        self.errors.iter().filter(|(f, _)| f == field).map(|(_, m)| m.as_str()).collect::<Vec<_>>().join(" ")
    }
    fn has_error(&self, field: &str) -> bool {
        self.errors.iter().any(|(f, _)| f == field)
    }
    fn is_party(&self, id: &PartyId) -> bool {
        self.f.party.trim() == id.to_string()
    }
    fn is_work_order(&self, id: &WorkOrderId) -> bool {
        self.f.work_order.trim() == id.to_string()
    }
}

const EMPTY_LINES: usize = 3;

fn form_lines(f: &OrderForm, extra: usize) -> Vec<FormLine> {
    let n = f.line_item.len().max(f.line_qty.len()).max(f.line_price.len());
    let get = |v: &Vec<String>, i: usize| v.get(i).cloned().unwrap_or_default();
    let mut lines: Vec<FormLine> = (0..n)
        .map(|i| FormLine {
            item: get(&f.line_item, i),
            qty: get(&f.line_qty, i),
            price: get(&f.line_price, i),
            errors: vec![],
        })
        .filter(|l| !(l.item.trim().is_empty() && l.qty.trim().is_empty() && l.price.trim().is_empty()))
        .collect();
    for _ in 0..extra {
        lines.push(FormLine { item: String::new(), qty: String::new(), price: String::new(), errors: vec![] });
    }
    lines
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    id: Option<OrderId>,
    f: OrderForm,
    mut lines: Vec<FormLine>,
    errors: Vec<(String, String)>,
) -> AppResult<FormPage> {
    if lines.is_empty() {
        lines = form_lines(&OrderForm::default(), EMPTY_LINES);
    }
    let title = match id {
        Some(_) => ctx.tr().t1("order-edit-title", "number", &f.number),
        None => ctx.tr().t("order-new-title"),
    };
    let path = match id {
        Some(id) => format!("/admin/orders/{id}/edit"),
        None => "/admin/orders/new".to_owned(),
    };
    Ok(FormPage {
        l: Layout::new(ctx, title, "orders", &path),
        id,
        f,
        lines,
        suppliers: state.db.suppliers().await?,
        work_orders: state.db.work_orders().await?,
        items: state.db.active_items().await?,
        errors,
    })
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::OrderCreate, Target::Collection).await?;
    let f = OrderForm {
        order_date: state.clock.now().date_naive().format("%Y-%m-%d").to_string(),
        currency: "PLN".into(),
        ..Default::default()
    };
    html(&form_page(&state, &ctx, None, f, Vec::new(), Vec::new()).await?)
}

pub async fn edit_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id: OrderId = id.parse().map_err(|_| super::not_found())?;
    let o = Gate::new(&state, &ctx).order(Action::OrderEdit, id).await?;
    if !o.summary.status.is_editable() {
        return Ok(Redirect::to(&format!("/admin/orders/{id}")).into_response());
    }
    let f = OrderForm {
        number: o.summary.number.clone(),
        party: o.summary.party_id.to_string(),
        order_date: o.summary.order_date.format("%Y-%m-%d").to_string(),
        requested_date: o.summary.requested_date.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
        work_order: o.work_order.as_ref().map(|w| w.id.to_string()).unwrap_or_default(),
        currency: o.summary.currency.clone(),
        note: o.note.clone().unwrap_or_default(),
        version: o.version.to_string(),
        line_item: o.lines.iter().map(|l| l.item_order_number.clone()).collect(),
        line_qty: o.lines.iter().map(|l| l.quantity.to_string()).collect(),
        line_price: o.lines.iter().map(|l| l.unit_price.map(|p| p.to_string()).unwrap_or_default()).collect(),
        action: String::new(),
    };
    let lines = form_lines(&f, 1);
    Ok(html(&form_page(&state, &ctx, Some(id), f, lines, Vec::new()).await?)?.into_response())
}

pub(crate) fn number_message(e: NumberError) -> &'static str {
    match e {
        NumberError::Empty => "form-required",
        NumberError::Malformed => "form-number-malformed",
        NumberError::Ambiguous => "form-number-ambiguous",
        NumberError::TooPrecise => "form-number-too-precise",
        NumberError::TooLarge => "form-number-too-large",
        NumberError::Negative => "form-number-negative",
        NumberError::Zero => "form-number-zero",
    }
}

pub(crate) fn text_message(e: TextError) -> &'static str {
    match e {
        TextError::Empty => "form-required",
        TextError::TooLong { .. } => "form-too-long",
        TextError::Control => "form-control-chars",
    }
}

/// `2026-11-22` (what a date input sends) or `22.11.2026` (what people type).
pub(crate) fn parse_date(raw: &str) -> Option<NaiveDate> {
    let s = raw.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(s, "%d.%m.%Y")).ok()
}

/// Parses the form into a draft, or says what is wrong with each field (message ids).
async fn parse_form(
    state: &AppState,
    f: &OrderForm,
    lines: &mut [FormLine],
) -> AppResult<Result<OrderDraft, Vec<(String, &'static str)>>> {
    let mut errors: Vec<(String, &'static str)> = Vec::new();
    let number = DocNumber::parse(&f.number).map_err(|e| errors.push(("number".into(), text_message(e)))).ok();
    let party = f.party.trim().parse::<PartyId>().ok();
    if party.is_none() {
        errors.push(("party".into(), "form-choose-supplier"));
    }
    let order_date = match f.order_date.trim() {
        "" => {
            errors.push(("order_date".into(), "form-required"));
            None
        }
        s => parse_date(s).or_else(|| {
            errors.push(("order_date".into(), "form-date-invalid"));
            None
        }),
    };
    let requested_date = match f.requested_date.trim() {
        "" => None,
        s => parse_date(s).or_else(|| {
            errors.push(("requested_date".into(), "form-date-invalid"));
            None
        }),
    };
    let work_order = match f.work_order.trim() {
        "" => None,
        s => s.parse::<WorkOrderId>().ok().or_else(|| {
            errors.push(("work_order".into(), "form-invalid-choice"));
            None
        }),
    };
    let currency =
        Currency::parse(&f.currency).map_err(|_| errors.push(("currency".into(), "form-currency-invalid"))).ok();
    let note = tessera_domain::text::optional(&f.note, 4000)
        .map_err(|e| errors.push(("note".into(), text_message(e))))
        .ok()
        .flatten();

    let mut drafts = Vec::new();
    let mut line_errors = false;
    // One query for every item the lines name.
    let numbers: Vec<String> = lines.iter().map(|l| l.item.trim().to_owned()).collect();
    let catalogue = state.db.items_by_numbers(&numbers).await?;
    for line in lines.iter_mut() {
        let item = match line.item.trim() {
            "" => {
                line.errors.push("form-line-item-required".into());
                None
            }
            num => match catalogue.get(num) {
                Some(i) if i.active => Some(i.clone()),
                _ => {
                    line.errors.push("form-line-item-unknown".into());
                    None
                }
            },
        };
        let qty = Quantity::parse(&line.qty).map_err(|e| line.errors.push(number_message(e).into())).ok();
        let price = match (line.price.trim(), &item) {
            ("", Some(i)) => i.unit_price.or_else(|| {
                line.errors.push("form-line-price-required".into());
                None
            }),
            ("", None) => None,
            (p, _) => Money::parse(p).map_err(|e| line.errors.push(number_message(e).into())).ok(),
        };
        match (item, qty, price) {
            (Some(item), Some(quantity), Some(unit_price)) if line.errors.is_empty() => {
                drafts.push(OrderLineDraft { item: item.id, quantity, unit_price })
            }
            _ => line_errors = true,
        }
    }
    if line_errors {
        errors.push(("lines".into(), "form-lines-have-errors"));
    }
    let (Some(number), Some(party), Some(order_date), Some(currency)) = (number, party, order_date, currency) else {
        return Ok(Err(errors));
    };
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let draft = OrderDraft { number, party, order_date, requested_date, work_order, currency, note, lines: drafts };
    for rule in draft.check() {
        errors.push(match rule {
            OrderRule::NoLines => ("lines".into(), "order-rule-no-lines"),
            OrderRule::TooManyLines => ("lines".into(), "order-rule-too-many-lines"),
            OrderRule::RequestedBeforeOrderDate => ("requested_date".into(), "order-rule-requested-before-order"),
        });
    }
    Ok(if errors.is_empty() { Ok(draft) } else { Err(errors) })
}

async fn rejected(
    state: &AppState,
    ctx: &Ctx,
    id: Option<OrderId>,
    f: OrderForm,
    mut lines: Vec<FormLine>,
    errors: Vec<(String, &'static str)>,
) -> AppResult<Response> {
    let tr = ctx.tr();
    for l in lines.iter_mut() {
        l.errors = l.errors.iter().map(|e| tr.t(e)).collect();
    }
    let errors = errors.into_iter().map(|(f, m)| (f, tr.t(m))).collect();
    let page = form_page(state, ctx, id, f, lines, errors).await?;
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

pub async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<OrderForm>) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::OrderCreate, Target::Collection).await?;
    save(state, ctx, None, f).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<OrderForm>,
) -> AppResult<Response> {
    let id: OrderId = id.parse().map_err(|_| super::not_found())?;
    let o = Gate::new(&state, &ctx).order(Action::OrderEdit, id).await?;
    if !o.summary.status.is_editable() {
        let lines = form_lines(&f, 0);
        return rejected(&state, &ctx, Some(id), f, lines, vec![("form".into(), "order-not-editable")]).await;
    }
    save(state, ctx, Some(id), f).await
}

async fn save(state: AppState, ctx: Ctx, id: Option<OrderId>, f: OrderForm) -> AppResult<Response> {
    if f.action == "more" {
        let lines = form_lines(&f, EMPTY_LINES);
        return Ok(html(&form_page(&state, &ctx, id, f, lines, Vec::new()).await?)?.into_response());
    }
    let mut lines = form_lines(&f, 0);
    let draft = match parse_form(&state, &f, &mut lines).await? {
        Ok(d) => d,
        Err(errors) => return rejected(&state, &ctx, id, f, lines, errors).await,
    };
    let now = state.clock.now();
    let result = match id {
        None => state.db.create_order(&draft, OrderStatus::Draft, now).await,
        Some(id) => {
            let version = f.version.trim().parse::<i64>().map_err(|_| AppError::BadRequest("version"))?;
            state.db.update_order(id, version, &draft, now).await.map(|()| id)
        }
    };
    let saved = match result {
        Ok(id) => id,
        Err(DbError::Conflict) => {
            return rejected(&state, &ctx, id, f, lines, vec![("number".into(), "order-number-taken")]).await;
        }
        Err(DbError::Stale) => {
            return rejected(&state, &ctx, id, f, lines, vec![("form".into(), "order-changed-meanwhile")]).await;
        }
        Err(DbError::NotFound) => {
            return rejected(&state, &ctx, id, f, lines, vec![("form".into(), "form-reference-gone")]).await;
        }
        Err(e) => return Err(e.into()),
    };
    state
        .db
        .audit(&AuditEvent {
            at: now,
            actor_kind: ctx.principal.kind().into(),
            actor: ctx.actor(),
            action: if id.is_some() { "order.edit" } else { "order.create" }.into(),
            object: Some(format!("order:{saved}")),
            outcome: "ok".into(),
            ip: ctx.ip.clone(),
            detail: Some(format!("number={} lines={}", draft.number, draft.lines.len())),
        })
        .await?;
    Ok(Redirect::to(&format!("/admin/orders/{saved}?saved=1")).into_response())
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

/// The buyer accepts or rejects the supplier's proposed date.
pub async fn decide_date(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<DecisionForm>,
) -> AppResult<Response> {
    let id: OrderId = id.parse().map_err(|_| super::not_found())?;
    Gate::new(&state, &ctx).order(Action::OrderDecideDate, id).await?;
    let accept = match f.decision.as_str() {
        "accept" => true,
        "reject" => false,
        _ => return Err(AppError::BadRequest("decision")),
    };
    let user = ctx.user.as_ref().map(|u| u.id).ok_or(AppError::Unauthenticated)?;
    let reason = tessera_domain::text::optional(&f.reason, 2000).ok().flatten();
    let now = state.clock.now();
    let Some(proposal) = state.db.pending_date_proposal(id).await? else {
        // Nothing waits (someone decided first): the order page shows how things stand.
        return Ok(Redirect::to(&format!("/admin/orders/{id}")).into_response());
    };
    let order = state.db.order(id).await?;
    // The supplier is told in the same transaction; without an address on record the decision
    // still stands and the supplier sees it in the portal.
    let mail = match tessera_mail::compose::date_decision_for(
        &state.db,
        &order,
        &proposal,
        accept,
        reason.as_deref(),
        state.config.public_base(),
    )
    .await
    {
        Ok(m) => Some(m),
        Err(tessera_mail::compose::InvitationError::NoAddress) => None,
        Err(e) => return Err(AppError::internal(e)),
    };
    let seen = (proposal.id, order.version);
    let outcome = state.db.decide_date_proposal(id, seen, accept, reason, user, mail.as_ref(), now).await?;
    if outcome == DateOutcome::Done {
        state
            .db
            .audit(&AuditEvent {
                at: now,
                actor_kind: ctx.principal.kind().into(),
                actor: ctx.actor(),
                action: if accept { "order.date_accept" } else { "order.date_reject" }.into(),
                object: Some(format!("order:{id}")),
                outcome: "ok".into(),
                ip: ctx.ip.clone(),
                detail: Some(format!("emailed_to={}", mail.as_ref().map_or("none".into(), |m| m.to.to_string()))),
            })
            .await?;
    }
    // Whether it went through or someone decided first, the order page shows how things stand.
    Ok(Redirect::to(&format!("/admin/orders/{id}")).into_response())
}

#[derive(Deserialize)]
pub struct SendForm {
    #[serde(default)]
    version: String,
}

/// Sends a draft order to its supplier: status "sent", a link for this order with every supplier
/// action, and the email carrying it to the supplier's address on record, in one transaction.
pub async fn send(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<SendForm>,
) -> AppResult<Response> {
    use tessera_domain::link::{LinkObject, Portal};
    let id: OrderId = id.parse().map_err(|_| super::not_found())?;
    let o = Gate::new(&state, &ctx).order(Action::OrderEdit, id).await?;
    let version = f.version.trim().parse::<i64>().map_err(|_| AppError::BadRequest("version"))?;
    let now = state.clock.now();
    let link = tessera_db::links::NewLink {
        portal: Portal::Supplier,
        party: o.summary.party_id,
        object: Some(LinkObject::Order(id)),
        actions: Portal::Supplier.actions(),
        require_code: false,
        note: None,
        expires_at: now + chrono::Duration::days(super::links::DEFAULT_DAYS),
        created_by: ctx.user.as_ref().map(|u| u.id),
        replaces: None,
    };
    let (token, url) = super::links::new_link_url(&state)?;
    let mail = match tessera_mail::compose::invitation_for(&state.db, &link, &url).await {
        Ok(m) => m,
        Err(tessera_mail::compose::InvitationError::NoAddress) => {
            return Ok(Redirect::to(&format!("/admin/orders/{id}?problem=no-address")).into_response());
        }
        Err(e) => return Err(AppError::internal(e)),
    };
    match state.db.send_order(id, version, &link, &token.hash(), Some(&mail), now).await {
        Ok(link_id) => {
            state
                .db
                .audit(&AuditEvent {
                    at: now,
                    actor_kind: ctx.principal.kind().into(),
                    actor: ctx.actor(),
                    action: "order.send".into(),
                    object: Some(format!("order:{id}")),
                    outcome: "ok".into(),
                    ip: ctx.ip.clone(),
                    detail: Some(format!("link=link:{link_id} emailed_to={}", mail.to)),
                })
                .await?;
            Ok(Redirect::to(&format!("/admin/orders/{id}?sent=1")).into_response())
        }
        Err(DbError::Stale) => Ok(Redirect::to(&format!("/admin/orders/{id}?problem=stale")).into_response()),
        Err(e) => Err(e.into()),
    }
}
