//! The portal a link opens: exactly what the link grants, nothing else.
use super::{Layout, html};
use crate::AppState;
use crate::ctx::{Ctx, portal_cookie_name};
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::Cookie;
use serde::Deserialize;
use tessera_db::dates::{DateAnswerRow, DateOutcome};
use tessera_db::documents::Delivery;
use tessera_db::links::Link;
use tessera_db::orders::{Order, OrderQuery, OrderSummary};
use tessera_domain::ids::OrderId;
use tessera_domain::link::LinkObject;
use tessera_domain::number::Money;
use tessera_domain::order::{DateAnswer, DateRule, OrderStatus};
use tessera_domain::policy::{Action, Target};

fn link_of(ctx: &Ctx) -> AppResult<&Link> {
    ctx.link.as_ref().ok_or(AppError::Unauthenticated)
}

#[derive(Template)]
#[template(path = "portal_home.html")]
struct HomePage {
    l: Layout,
    link: Link,
    /// What the link can do now (a subcontractor's as narrowed by its allowed actions).
    may: Vec<Action>,
    /// What the subcontractor portal offers this link (address, label): a delivery without an
    /// order, new items, its work orders and permits.
    offers: Vec<(String, String)>,
    /// The message after declaring one.
    flash: Option<String>,
    orders: Vec<OrderSummary>,
    /// For a link to the whole supplier: its recent deliveries.
    deliveries: Vec<tessera_db::documents::DeliverySummary>,
    valid_until: String,
    /// Complaints (the complaints developer): the link's one complaint, or the party's open ones.
    show_complaints: bool,
    complaints: Vec<tessera_db::documents::ComplaintSummary>,
}

/// The subcontractor portal's pages this link may open, for its home.
fn subcontractor_offers(gate: &Gate<'_>, link: &Link, tr: &crate::tr::Tr) -> Vec<(String, String)> {
    let party = link.party_id;
    // A work order's one-off link: that work order, and what can be done there.
    if let Some(LinkObject::WorkOrder(id)) = link.object {
        let number = link.object_label.clone().unwrap_or_else(|| id.to_string());
        return vec![(format!("/portal/work-orders/{id}"), tr.t1("work-order-title", "number", number))];
    }
    let free = Target::FreeDelivery { party };
    let mut out = Vec::new();
    if gate.allows(Action::PortalDeliveryDeclare, free) || gate.allows(Action::PortalDeliveryImport, free) {
        out.push(("/portal/deliveries/new".to_owned(), tr.t("free-delivery-new")));
    }
    if gate.allows(Action::PortalRequisitionFile, Target::Requisition { id: None, party }) {
        out.push(("/portal/requisitions".to_owned(), tr.t("requisitions-portal-title")));
    }
    if gate.allows(Action::PortalItemPropose, Target::ItemProposal { id: None, party }) {
        out.push(("/portal/items".to_owned(), tr.t("proposal-portal-title")));
    }
    let work = Target::WorkOrder { id: None, party };
    let sees = [Action::PortalInspectionPerform, Action::PortalWorkOrderRegister, Action::PortalLotoView];
    if sees.iter().any(|a| gate.allows(*a, work)) {
        out.push(("/portal/work-orders".to_owned(), tr.t("work-orders-portal-title")));
    }
    if gate.allows(Action::PortalPermitAccept, work) {
        out.push(("/portal/permits".to_owned(), tr.t("permits-portal-title")));
    }
    if gate.allows(Action::PortalInvoiceIssue, Target::Invoice { id: None, party }) {
        out.push(("/portal/invoices".to_owned(), tr.t("invoices-portal-title")));
    }
    out
}

#[derive(Deserialize)]
pub struct HomeQuery {
    #[serde(default)]
    declared: String,
}

pub async fn home(State(state): State<AppState>, ctx: Ctx, Query(q): Query<HomeQuery>) -> AppResult<Response> {
    if ctx.code_pending {
        return Ok(Redirect::to("/portal/code").into_response());
    }
    Gate::new(&state, &ctx).check(Action::PortalEnter, Target::Collection).await?;
    let link = link_of(&ctx)?.clone();
    // The list is the link's scope: its one order, or the party's orders.
    let orders = match link.object {
        Some(LinkObject::Order(id)) => vec![state.db.order(id).await?.summary],
        Some(_) => Vec::new(),
        None if tessera_domain::policy::decide(&ctx.principal, Action::PortalOrderView, &Target::Collection)
            .is_allowed() =>
        {
            state.db.orders(&OrderQuery { party: Some(link.party_id), page: 1, ..Default::default() }).await?.items
        }
        None => Vec::new(),
    };
    let deliveries = if link.object.is_none()
        && tessera_domain::policy::decide(&ctx.principal, Action::PortalOrderView, &Target::Collection).is_allowed()
    {
        state.db.recent_deliveries_of_party(link.party_id).await?
    } else {
        Vec::new()
    };
    // Complaints (the complaints developer).
    let show_complaints =
        tessera_domain::policy::decide(&ctx.principal, Action::PortalComplaintView, &Target::Collection).is_allowed()
            && !matches!(link.object, Some(LinkObject::Order(_)));
    let complaints = match link.object {
        _ if !show_complaints => Vec::new(),
        Some(LinkObject::Complaint(id)) => vec![state.db.complaint(id).await?.summary],
        _ => state.db.party_complaints(link.party_id).await?,
    };
    let valid_until = ctx.tr().datetime(&link.expires_at);
    let may = link.effective_actions().into_iter().filter(|a| *a != Action::PortalEnter).collect();
    let offers = subcontractor_offers(&Gate::new(&state, &ctx), &link, &ctx.tr());
    let flash = match q.declared.trim() {
        "" => None,
        number => Some(ctx.tr().t1("free-delivery-declared", "number", number.chars().take(60).collect::<String>())),
    };
    let l = Layout::new(&ctx, ctx.tr().t1("portal-title", "party", &link.party_name), "portal", "/portal");
    let page = HomePage { l, link, may, offers, flash, orders, deliveries, valid_until, show_complaints, complaints };
    Ok(html(&page)?.into_response())
}

#[derive(Template)]
#[template(path = "portal_order.html")]
struct OrderPage {
    l: Layout,
    o: Order,
    total: Money,
    deliveries: Vec<Delivery>,
    answers: Vec<DateAnswerRow>,
    /// The link may declare a delivery, and the order waits for one.
    can_declare: bool,
    /// The link may answer about the date, and the order waits for an answer.
    can_answer: bool,
    can_confirm: bool,
    today: String,
    /// A message after an answer: (is it an error, text).
    flash: Option<(bool, String)>,
}

async fn order_page(
    state: &AppState,
    ctx: &Ctx,
    id: OrderId,
    o: Order,
    flash: Option<(bool, String)>,
) -> AppResult<OrderPage> {
    let deliveries = state.db.deliveries_of_order(id).await?;
    let answers = state.db.date_answers(id).await?;
    let total = o.total();
    let may_answer = tessera_domain::policy::decide(
        &ctx.principal,
        Action::PortalOrderConfirm,
        &Target::Order { id, party: o.summary.party_id },
    )
    .is_allowed();
    let can_answer = may_answer && o.summary.status.accepts_date_answer();
    // Confirming is for an order without a confirmed date; after one, only a proposal may change it.
    let can_confirm = can_answer
        && o.summary.status != OrderStatus::Confirmed
        && o.summary.confirmed_date.is_none()
        && o.summary.requested_date.is_some();
    let can_declare = o.summary.status.accepts_delivery()
        && tessera_domain::policy::decide(
            &ctx.principal,
            Action::PortalDeliveryDeclare,
            &Target::Order { id, party: o.summary.party_id },
        )
        .is_allowed();
    let today = state.clock.now().date_naive().format("%Y-%m-%d").to_string();
    let l = Layout::new(
        ctx,
        ctx.tr().t1("order-title", "number", &o.summary.number),
        "portal",
        &format!("/portal/orders/{id}"),
    );
    Ok(OrderPage { l, o, total, deliveries, answers, can_declare, can_answer, can_confirm, today, flash })
}

#[derive(Deserialize)]
pub struct FlashQuery {
    done: Option<String>,
}

pub async fn order(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<FlashQuery>,
) -> AppResult<Response> {
    let id: OrderId = id.parse().map_err(|_| AppError::NotFound)?;
    if ctx.code_pending {
        return Ok(Redirect::to(&format!("/portal/code?next=%2Fportal%2Forders%2F{id}")).into_response());
    }
    let gate = Gate::new(&state, &ctx);
    let o = gate.order(Action::PortalOrderView, id).await?;
    let flash = match q.done.as_deref() {
        Some("date") => Some((false, ctx.tr().t("portal-date-thanks"))),
        Some("delivery") => Some((false, ctx.tr().t("portal-delivery-thanks"))),
        _ => None,
    };
    // Every portal action is in the audit log, reading included.
    gate.record(Action::PortalOrderView.as_str(), Some(format!("order:{id}")), None).await?;
    Ok(html(&order_page(&state, &ctx, id, o, flash).await?)?.into_response())
}

#[derive(Deserialize)]
pub struct DateForm {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    version: String,
}

async fn refused(state: &AppState, ctx: &Ctx, id: OrderId, o: Order, message: String) -> AppResult<Response> {
    let page = order_page(state, ctx, id, o, Some((true, message))).await?;
    super::html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// The supplier confirms the requested date or proposes another one.
pub async fn answer_date(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<DateForm>,
) -> AppResult<Response> {
    let id: OrderId = id.parse().map_err(|_| AppError::NotFound)?;
    let o = Gate::new(&state, &ctx).order(Action::PortalOrderConfirm, id).await?;
    let tr = ctx.tr();
    let answer = match f.answer.as_str() {
        "confirm" => DateAnswer::Confirm,
        "propose" => {
            let Some(date) = super::orders::parse_date(&f.date) else {
                return refused(&state, &ctx, id, o, tr.t("form-date-invalid")).await;
            };
            let comment = tessera_domain::text::optional(&f.comment, 2000).ok().flatten();
            DateAnswer::Propose { date, comment }
        }
        _ => return Err(AppError::BadRequest("answer")),
    };
    let version = f.version.trim().parse::<i64>().map_err(|_| AppError::BadRequest("version"))?;
    let link = ctx.link.as_ref().map(|l| l.id);
    let now = state.clock.now();
    match state.db.answer_order_date(id, version, &answer, link, now).await? {
        DateOutcome::Done => {}
        DateOutcome::Stale => {
            let fresh = state.db.order(id).await?;
            return refused(&state, &ctx, id, fresh, tr.t("portal-date-stale")).await;
        }
        DateOutcome::Refused(rule) => return refused(&state, &ctx, id, o, tr.t(date_rule_message(rule))).await,
    }
    let action = if matches!(answer, DateAnswer::Confirm) { "order.date_confirm" } else { "order.date_propose" };
    let detail = match &answer {
        DateAnswer::Propose { date, .. } => Some(format!("date={date}")),
        DateAnswer::Confirm => None,
    };
    Gate::new(&state, &ctx).record(action, Some(format!("order:{id}")), detail).await?;
    Ok(Redirect::to(&format!("/portal/orders/{id}?done=date")).into_response())
}

pub fn date_rule_message(rule: DateRule) -> &'static str {
    match rule {
        DateRule::NotOpenForAnswer => "date-rule-not-open",
        DateRule::NothingToConfirm => "date-rule-nothing-to-confirm",
        DateRule::InThePast => "date-rule-in-the-past",
        DateRule::NoPendingProposal => "date-rule-no-proposal",
        DateRule::AlreadyConfirmed => "date-rule-already-confirmed",
    }
}

/// Ends the portal session (the link itself stays valid).
pub async fn leave(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    CsrfForm(_): CsrfForm<super::auth::Empty>,
) -> AppResult<Response> {
    if ctx.link.is_some()
        && let Some(token) = ctx.session_token()
    {
        state.db.delete_link_session(&token.hash()).await?;
    }
    let cookie = Cookie::build((portal_cookie_name(state.config.tls), "")).path("/").build();
    Ok((jar.remove(cookie), Redirect::to("/portal")).into_response())
}
