//! Parties: suppliers, subcontractors, customers.
use super::FieldErrors;
use super::contact_requests::{AddForm, PartyContacts, party_contacts};
use super::scorecard::ScorecardView;
use super::{Layout, ListQuery, Pager, html, html_status};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::gate::Gate;
use crate::security::CsrfForm;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_db::DbError;
use tessera_db::catalog::{Party, PartyFilter};
use tessera_db::orders::{OrderQuery, OrderSummary};
use tessera_domain::ids::PartyId;
use tessera_domain::link::Portal;
use tessera_domain::policy::{Action, Target};
use tessera_domain::subcontractor::{AllowedActions, SubcontractorAction};

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
    /// The message after saving the subcontractor's actions.
    sub_flash: Option<String>,
    party: Party,
    orders: Vec<OrderSummary>,
    /// For a supplier: how it delivers.
    sc: Option<ScorecardView>,
    /// For a customer: its purchaser, contacts and change requests (issue #6).
    contacts: Option<PartyContacts>,
    /// For a subcontractor: what its links may do (issue #8).
    sub: Option<SubcontractorActionsView>,
}

/// The subcontractor's allowed actions as checkboxes: each with whether it is ticked.
struct SubcontractorActionsView {
    actions: Vec<(SubcontractorAction, bool)>,
    /// Whether the reader may change them (otherwise the boxes are shown, disabled).
    can_manage: bool,
    errors: FieldErrors,
    /// Live links of the party in the subcontractor portal.
    live_links: u64,
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
    let tr = ctx.tr();
    let flash = match q.saved.as_str() {
        "purchaser" => Some(Flash::Contacts(tr.t("party-contacts-purchaser-saved"))),
        "contact" => Some(Flash::Contacts(tr.t("party-contacts-added"))),
        "removed" => Some(Flash::Contacts(tr.t("party-contacts-removed"))),
        "subcontractor-actions" => Some(Flash::Subcontractor(tr.t("party-sub-actions-saved"))),
        _ => None,
    };
    render_show(&state, &ctx, id, None, FieldErrors::default(), flash, StatusCode::OK).await
}

/// A message after a change, shown in the section it was made in.
pub(crate) enum Flash {
    Contacts(String),
    Subcontractor(String),
}

/// The party's page; for a customer with the contacts section (and the add form as typed).
pub(crate) async fn render_show(
    state: &AppState,
    ctx: &Ctx,
    id: PartyId,
    form: Option<AddForm>,
    errors: FieldErrors,
    flash: Option<Flash>,
    status: StatusCode,
) -> AppResult<Response> {
    Gate::new(state, ctx).check(Action::PartyView, Target::Party(id)).await?;
    let party = state.db.party(id).await?;
    let orders = state.db.orders(&OrderQuery { party: Some(id), page: 1, ..Default::default() }).await?.items;
    let sc = match party.kinds.supplier {
        true => Some(ScorecardView::load(state, id).await?),
        false => None,
    };
    let (errors, sub_errors) = errors.split_off("subcontractor_actions");
    let sub = match party.kinds.subcontractor {
        true => Some(SubcontractorActionsView {
            actions: SubcontractorAction::ALL
                .into_iter()
                .map(|a| (a, party.subcontractor_actions.contains(a)))
                .collect(),
            can_manage: Gate::new(state, ctx).allows(Action::SubcontractorActionsManage, Target::Party(id)),
            errors: sub_errors,
            live_links: state.db.live_links_of(id, Portal::Subcontractor, state.clock.now()).await?,
        }),
        false => None,
    };
    let (flash, sub_flash) = match flash {
        Some(Flash::Contacts(text)) => (Some(text), None),
        Some(Flash::Subcontractor(text)) => (None, Some(text)),
        None => (None, None),
    };
    let contacts = party_contacts(state, ctx, &party, form, errors, flash).await?;
    let l = Layout::new(ctx, party.name.clone(), "parties", &format!("/admin/parties/{id}"));
    html_status(status, &ShowPage { l, party, orders, sc, contacts, sub, sub_flash })
}

#[derive(Debug, Default, Deserialize)]
pub struct SubcontractorActionsForm {
    /// The ticked actions, by name.
    #[serde(default)]
    action: Vec<String>,
}

/// `POST /admin/parties/{id}/subcontractor-actions`: what the subcontractor's links may do.
/// Every live link of the party is narrowed (or widened, up to what it carries) at once.
pub async fn set_subcontractor_actions(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<SubcontractorActionsForm>,
) -> AppResult<Response> {
    let id: PartyId = id.parse().map_err(|_| super::not_found())?;
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::SubcontractorActionsManage, Target::Party(id)).await?;
    let tr = ctx.tr();
    let refuse = |message: String| async {
        let mut errors = FieldErrors::default();
        errors.push("subcontractor_actions", message);
        render_show(&state, &ctx, id, None, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
    };
    let allowed = match AllowedActions::parse(&form.action.join(",")) {
        Ok(a) => a,
        Err(e) => return refuse(tr.t1("party-sub-actions-unknown", "name", &e.value)).await,
    };
    let before = state.db.party(id).await?.subcontractor_actions;
    let event = gate.event(
        "party.subcontractor_actions",
        Some(format!("party:{id}")),
        Some(format!("from={} to={}", or_none(&before.to_text()), or_none(&allowed.to_text()))),
    );
    match state.db.set_subcontractor_actions(id, &allowed, &event).await {
        Ok(()) => {}
        Err(DbError::Conflict) => return refuse(tr.t("party-sub-actions-not-subcontractor")).await,
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&format!("/admin/parties/{id}?saved=subcontractor-actions#subcontractor-actions")).into_response())
}

fn or_none(text: &str) -> &str {
    if text.is_empty() { "-" } else { text }
}
