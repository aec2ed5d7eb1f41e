//! The portal a link opens: exactly what the link grants, nothing else.
use super::{Layout, html};
use crate::AppState;
use crate::ctx::{Ctx, portal_cookie_name};
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::Cookie;
use tessera_db::documents::DeliverySummary;
use tessera_db::links::Link;
use tessera_db::orders::{Order, OrderQuery, OrderSummary};
use tessera_domain::ids::OrderId;
use tessera_domain::link::LinkObject;
use tessera_domain::number::Money;
use tessera_domain::policy::{Action, Target};

fn link_of(ctx: &Ctx) -> AppResult<&Link> {
    ctx.link.as_ref().ok_or(AppError::Unauthenticated)
}

#[derive(Template)]
#[template(path = "portal_home.html")]
struct HomePage {
    l: Layout,
    link: Link,
    orders: Vec<OrderSummary>,
    valid_until: String,
}

pub async fn home(State(state): State<AppState>, ctx: Ctx) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::PortalEnter, Target::Collection).await?;
    let link = link_of(&ctx)?.clone();
    // The list is the link's scope: its one order, or the party's orders.
    let orders = match link.object {
        Some(LinkObject::Order(id)) => vec![state.db.order(id).await?.summary],
        Some(_) => Vec::new(),
        None if link.actions.contains(&Action::PortalOrderView) => {
            state.db.orders(&OrderQuery { party: Some(link.party_id), page: 1, ..Default::default() }).await?.items
        }
        None => Vec::new(),
    };
    let valid_until = ctx.tr().datetime(&link.expires_at);
    let l = Layout::new(&ctx, ctx.tr().t1("portal-title", "party", &link.party_name), "portal", "/portal");
    html(&HomePage { l, link, orders, valid_until })
}

#[derive(Template)]
#[template(path = "portal_order.html")]
struct OrderPage {
    l: Layout,
    o: Order,
    total: Money,
    deliveries: Vec<DeliverySummary>,
}

pub async fn order(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Html<String>> {
    let id: OrderId = id.parse().map_err(|_| AppError::NotFound)?;
    let o = Gate::new(&state, &ctx).order(Action::PortalOrderView, id).await?;
    let deliveries = state.db.deliveries_of_order(id).await?;
    let total = o.total();
    let l = Layout::new(
        &ctx,
        ctx.tr().t1("order-title", "number", &o.summary.number),
        "portal",
        &format!("/portal/orders/{id}"),
    );
    html(&OrderPage { l, o, total, deliveries })
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
