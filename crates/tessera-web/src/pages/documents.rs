//! Deliveries, returns and complaints.
use super::{Layout, ListQuery, Pager, html};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::gate::Gate;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use tessera_db::documents::{ComplaintSummary, DeliverySummary};
use tessera_domain::policy::{Action, Target};

#[derive(Template)]
#[template(path = "deliveries_list.html")]
struct DeliveriesPage {
    l: Layout,
    q: String,
    deliveries: Vec<DeliverySummary>,
    pager: Pager,
}

pub async fn deliveries(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<ListQuery>,
) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::DeliveryView, Target::Collection).await?;
    let page = state.db.deliveries(&query.q, query.page()).await?;
    let pager = Pager::new("/admin/deliveries", &[("q", &query.q)], page.page, page.pages, page.total);
    let l = Layout::new(&ctx, ctx.tr().t("deliveries-title"), "deliveries", "/admin/deliveries");
    html(&DeliveriesPage { l, q: query.q, deliveries: page.items, pager })
}

#[derive(Template)]
#[template(path = "complaints_list.html")]
struct ComplaintsPage {
    l: Layout,
    q: String,
    complaints: Vec<ComplaintSummary>,
    pager: Pager,
}

pub async fn complaints(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<ListQuery>,
) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::ComplaintView, Target::Collection).await?;
    let page = state.db.complaints(&query.q, query.page()).await?;
    let pager = Pager::new("/admin/complaints", &[("q", &query.q)], page.page, page.pages, page.total);
    let l = Layout::new(&ctx, ctx.tr().t("complaints-title"), "complaints", "/admin/complaints");
    html(&ComplaintsPage { l, q: query.q, complaints: page.items, pager })
}
