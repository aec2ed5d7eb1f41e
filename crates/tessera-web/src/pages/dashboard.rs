//! The back office's first page: where things stand.
use super::{Layout, html};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::gate::Gate;
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tessera_db::orders::{OrderQuery, OrderSummary};
use tessera_domain::policy::{Action, Target};

pub async fn root(ctx: Ctx) -> Response {
    if ctx.user.is_some() { Redirect::to("/admin") } else { Redirect::to("/login") }.into_response()
}

/// One bar of the orders-by-status chart, sized on the server (no script needed).
pub struct Bar {
    pub status: &'static str,
    pub count: u64,
    pub width: u64,
    pub y: u64,
    pub text_y: u64,
    pub href: String,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    l: Layout,
    bars: Vec<Bar>,
    chart_height: u64,
    recent: Vec<OrderSummary>,
    total: u64,
}

pub async fn dashboard(State(state): State<AppState>, ctx: Ctx) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::BackOfficeEnter, Target::Collection).await?;
    let counts = state.db.order_counts().await?;
    let max = counts.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let bars = counts
        .iter()
        .enumerate()
        .map(|(i, (s, n))| Bar {
            status: s.as_str(),
            count: *n,
            width: n * 300 / max,
            y: i as u64 * 32,
            text_y: i as u64 * 32 + 17,
            href: format!("/admin/orders?status={}", s.as_str()),
        })
        .collect::<Vec<_>>();
    let total = counts.iter().map(|(_, n)| n).sum();
    let recent =
        state.db.orders(&OrderQuery { page: 1, ..Default::default() }).await?.items.into_iter().take(8).collect();
    let l = Layout::new(&ctx, ctx.tr().t("dashboard-title"), "dashboard", "/admin");
    html(&DashboardPage { chart_height: bars.len() as u64 * 32, bars, recent, total, l })
}
