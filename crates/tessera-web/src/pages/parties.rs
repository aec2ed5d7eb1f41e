//! Parties: suppliers, subcontractors, customers.
use super::FieldErrors;
use super::contact_requests::{AddForm, PartyContacts, party_contacts};
use super::scorecard::ScorecardView;
use super::{Layout, ListQuery, Pager, html, html_status};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::gate::Gate;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, Response};
use serde::Deserialize;
use tessera_db::catalog::{Party, PartyFilter};
use tessera_db::orders::{OrderQuery, OrderSummary};
use tessera_domain::ids::PartyId;
use tessera_domain::policy::{Action, Target};

#[derive(Template)]
#[template(path = "parties_list.html")]
struct ListPage {
    l: Layout,
    q: String,
    kind: String,
    parties: Vec<Party>,
    pager: Pager,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(query): Query<ListQuery>) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::PartyView, Target::Collection).await?;
    let filter = match query.kind.as_str() {
        "supplier" => PartyFilter::Suppliers,
        "subcontractor" => PartyFilter::Subcontractors,
        "customer" => PartyFilter::Customers,
        _ => PartyFilter::All,
    };
    let page = state.db.parties(&query.q, filter, query.page()).await?;
    let pager =
        Pager::new("/admin/parties", &[("q", &query.q), ("kind", &query.kind)], page.page, page.pages, page.total);
    let l = Layout::new(&ctx, ctx.tr().t("parties-title"), "parties", "/admin/parties");
    html(&ListPage { l, q: query.q, kind: query.kind, parties: page.items, pager })
}

#[derive(Template)]
#[template(path = "party_show.html")]
struct ShowPage {
    l: Layout,
    party: Party,
    orders: Vec<OrderSummary>,
    /// For a supplier: how it delivers.
    sc: Option<ScorecardView>,
    /// For a customer: its purchaser, contacts and change requests (issue #6).
    contacts: Option<PartyContacts>,
}

#[derive(Debug, Default, Deserialize)]
pub struct ShowQuery {
    #[serde(default)]
    saved: String,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    let id: PartyId = id.parse().map_err(|_| super::not_found())?;
    let flash = match q.saved.as_str() {
        "purchaser" => Some(ctx.tr().t("party-contacts-purchaser-saved")),
        "contact" => Some(ctx.tr().t("party-contacts-added")),
        "removed" => Some(ctx.tr().t("party-contacts-removed")),
        _ => None,
    };
    render_show(&state, &ctx, id, None, FieldErrors::default(), flash, StatusCode::OK).await
}

/// The party's page; for a customer with the contacts section (and the add form as typed).
pub(crate) async fn render_show(
    state: &AppState,
    ctx: &Ctx,
    id: PartyId,
    form: Option<AddForm>,
    errors: FieldErrors,
    flash: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    Gate::new(state, ctx).check(Action::PartyView, Target::Party(id)).await?;
    let party = state.db.party(id).await?;
    let orders = state.db.orders(&OrderQuery { party: Some(id), page: 1, ..Default::default() }).await?.items;
    let sc = match party.kinds.supplier {
        true => Some(ScorecardView::load(state, id).await?),
        false => None,
    };
    let contacts = party_contacts(state, ctx, &party, form, errors, flash).await?;
    let l = Layout::new(ctx, party.name.clone(), "parties", &format!("/admin/parties/{id}"));
    html_status(status, &ShowPage { l, party, orders, sc, contacts })
}
