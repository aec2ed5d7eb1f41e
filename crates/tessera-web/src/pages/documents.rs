//! Deliveries, returns and complaints.
use super::{Layout, ListQuery, Pager, html};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::gate::Gate;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use tessera_db::documents::{ComplaintSummary, Delivery, DeliverySummary};
use tessera_domain::ids::DeliveryId;
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
#[template(path = "delivery_show.html")]
struct DeliveryPage {
    l: Layout,
    d: Delivery,
    /// The warehouse may raise a complaint on it (it has been received).
    can_complain: bool,
}

pub async fn delivery(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Html<String>> {
    let id: DeliveryId = id.parse().map_err(|_| super::not_found())?;
    let d = Gate::new(&state, &ctx).delivery(Action::DeliveryView, id).await?;
    let l = Layout::new(&ctx, d.summary.number.clone(), "deliveries", &format!("/admin/deliveries/{id}"));
    let can_complain = d.summary.status == "received"
        && tessera_domain::policy::decide(
            &ctx.principal,
            Action::ComplaintRaise,
            &Target::Delivery { id, party: d.summary.party_id },
        )
        .is_allowed();
    html(&DeliveryPage { l, d, can_complain })
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
