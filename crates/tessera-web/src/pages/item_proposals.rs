//! New item types (issue #8): a subcontractor proposes an item through its portal and follows
//! its status; purchasing approves it into the catalogue, merges it into an item the catalogue
//! has, or rejects it with a reason.
use super::orders::{number_message, text_message};
use super::{FieldErrors, Layout, html_status};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_db::item_proposals::{DecideOutcome, Proposal, ProposeOutcome};
use tessera_domain::ids::{ItemProposalId, PartyId};
use tessera_domain::item_proposal::{
    DecisionRule, ItemProposal, ProposalDecision, ProposalField, ProposalInput, ProposalStatus, parse_proposal,
};
use tessera_domain::policy::{Action, Target};

/// The proposal form as typed (the portal's, and staff's corrections before approving).
#[derive(Debug, Default, Deserialize, Clone)]
pub struct ProposalForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    ordering_number: String,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    manufacturer: String,
    #[serde(default)]
    unit_price: String,
    #[serde(default)]
    note: String,
}

impl ProposalForm {
    fn input(&self) -> ProposalInput<'_> {
        ProposalInput {
            name: &self.name,
            ordering_number: &self.ordering_number,
            unit: &self.unit,
            manufacturer: &self.manufacturer,
            unit_price: &self.unit_price,
            note: &self.note,
        }
    }
    fn of(p: &Proposal) -> Self {
        Self {
            name: p.name.clone(),
            ordering_number: p.ordering_number.clone(),
            unit: p.unit.clone(),
            manufacturer: p.manufacturer.clone().unwrap_or_default(),
            unit_price: p.unit_price.map(|m| m.to_string()).unwrap_or_default(),
            note: p.note.clone().unwrap_or_default(),
        }
    }
}

/// Reads the form, or puts each field's problem at the field.
fn parse(tr: &crate::tr::Tr, f: &ProposalForm, errors: &mut FieldErrors) -> Option<ItemProposal> {
    match parse_proposal(&f.input()) {
        Ok(p) => Some(p),
        Err(bad) => {
            for b in bad {
                let (field, id) = match b {
                    ProposalField::Name(e) => ("name", text_message(e)),
                    ProposalField::OrderingNumber(e) => ("ordering_number", text_message(e)),
                    ProposalField::Unit(e) => ("unit", text_message(e)),
                    ProposalField::Manufacturer(e) => ("manufacturer", text_message(e)),
                    ProposalField::UnitPrice(e) => ("unit_price", number_message(e)),
                    ProposalField::Note(e) => ("note", text_message(e)),
                };
                errors.push(field, tr.t(id));
            }
            None
        }
    }
}

#[derive(Template)]
#[template(path = "portal_items.html")]
struct PortalPage {
    l: Layout,
    f: ProposalForm,
    errors: FieldErrors,
    flash: Option<String>,
    proposals: Vec<Proposal>,
}

#[derive(Debug, Default, Deserialize)]
pub struct FlashQuery {
    #[serde(default)]
    proposed: String,
    #[serde(default)]
    decided: String,
    #[serde(default)]
    problem: String,
}

/// The party of the subcontractor link, once the policy allows proposing for it.
async fn portal_party(state: &AppState, ctx: &Ctx) -> AppResult<PartyId> {
    let gate = Gate::new(state, ctx);
    let Some(link) = &ctx.link else {
        gate.check(Action::PortalItemPropose, Target::Collection).await?;
        return Err(AppError::Forbidden);
    };
    gate.check(Action::PortalItemPropose, Target::ItemProposal { id: None, party: link.party_id }).await?;
    Ok(link.party_id)
}

async fn portal_page(
    state: &AppState,
    ctx: &Ctx,
    party: PartyId,
    f: ProposalForm,
    errors: FieldErrors,
    flash: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let l = Layout::new(ctx, ctx.tr().t("proposal-portal-title"), "portal", "/portal/items");
    let proposals = state.db.item_proposals(Some(party), false).await?;
    html_status(status, &PortalPage { l, f, errors, flash, proposals })
}

/// `GET /portal/items`: the form, and the party's proposals with their status.
pub async fn portal_list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<FlashQuery>) -> AppResult<Response> {
    if ctx.code_pending {
        return Ok(Redirect::to("/portal/code?next=%2Fportal%2Fitems").into_response());
    }
    let party = portal_party(&state, &ctx).await?;
    let flash = match q.proposed.trim() {
        "" => None,
        n => Some(ctx.tr().t1("proposal-filed", "number", n.chars().take(40).collect::<String>())),
    };
    portal_page(&state, &ctx, party, ProposalForm::default(), FieldErrors::default(), flash, StatusCode::OK).await
}

/// `POST /portal/items`: files a proposal, or shows the form again with each problem at its
/// field and nothing saved.
pub async fn propose(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<ProposalForm>,
) -> AppResult<Response> {
    let party = portal_party(&state, &ctx).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let Some(p) = parse(&tr, &f, &mut errors) else {
        return portal_page(&state, &ctx, party, f, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let event = Gate::new(&state, &ctx).event(
        "portal.item.propose",
        None,
        Some(format!("ordering_number={}", p.ordering_number)),
    );
    let link = ctx.link.as_ref().map(|l| l.id);
    match state.db.propose_item(party, &p, link, &event, state.clock.now()).await? {
        ProposeOutcome::Done(_) => Ok(Redirect::to(&format!(
            "/portal/items?proposed={}",
            crate::security::query_value(p.ordering_number.as_str())
        ))
        .into_response()),
        ProposeOutcome::AlreadyPending => {
            errors.push("ordering_number", tr.t("proposal-already-pending"));
            portal_page(&state, &ctx, party, f, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// One proposal in the back office, with the forms that decide it.
struct Card {
    p: Proposal,
    f: ProposalForm,
    errors: FieldErrors,
    merge_number: String,
    reason: String,
}

#[derive(Template)]
#[template(path = "admin_item_proposals.html")]
struct AdminPage {
    l: Layout,
    flash: Option<String>,
    problem: Option<String>,
    pending: Vec<Card>,
    decided: Vec<Proposal>,
    can_decide: bool,
}

async fn admin_page(
    state: &AppState,
    ctx: &Ctx,
    flash: Option<String>,
    problem: Option<String>,
    mut replaced: Option<Card>,
    status: StatusCode,
) -> AppResult<Response> {
    let all = state.db.item_proposals(None, false).await?;
    let (pending, decided): (Vec<Proposal>, Vec<Proposal>) =
        all.into_iter().partition(|p| p.status == ProposalStatus::Pending);
    let pending = pending
        .into_iter()
        .map(|p| match replaced.take_if(|c| c.p.id == p.id) {
            Some(card) => card,
            None => Card {
                f: ProposalForm::of(&p),
                p,
                errors: FieldErrors::default(),
                merge_number: String::new(),
                reason: String::new(),
            },
        })
        .collect();
    let decided = decided.into_iter().take(50).collect();
    let can_decide = Gate::new(state, ctx).allows(Action::ItemProposalReview, Target::Collection);
    let l = Layout::new(ctx, ctx.tr().t("proposal-admin-title"), "subcontracting", "/admin/item-proposals");
    html_status(status, &AdminPage { l, flash, problem, pending, decided, can_decide })
}

/// `GET /admin/item-proposals`: pending proposals to decide, and the latest decided.
pub async fn admin_list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<FlashQuery>) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::ItemView, Target::Collection).await?;
    let tr = ctx.tr();
    let flash = match q.decided.as_str() {
        "approved" | "merged" | "rejected" => Some(tr.t(&format!("proposal-decided-{}", q.decided))),
        _ => None,
    };
    let problem = match q.problem.as_str() {
        "decided" => Some(tr.t("proposal-already-decided")),
        _ => None,
    };
    admin_page(&state, &ctx, flash, problem, None, StatusCode::OK).await
}

#[derive(Debug, Default, Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    merge_number: String,
    #[serde(default)]
    reason: String,
    #[serde(flatten)]
    fields: ProposalForm,
}

/// `POST /admin/item-proposals/{id}/decide`: approve (with the fields as corrected), merge into
/// an item by its ordering number, or reject with a reason. A problem is shown at the
/// proposal's card and nothing changes.
pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<DecideForm>,
) -> AppResult<Response> {
    let id: ItemProposalId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    gate.check(
        Action::ItemProposalReview,
        Target::ItemProposal { id: Some(id), party: state.db.item_proposal_party(id).await? },
    )
    .await?;
    let by = ctx.user.as_ref().map(|u| u.id).ok_or(AppError::Forbidden)?;
    let tr = ctx.tr();
    let p = state.db.item_proposal(id).await?;
    let mut errors = FieldErrors::default();
    let card = |errors: FieldErrors| Card {
        p: p.clone(),
        f: f.fields.clone(),
        errors,
        merge_number: f.merge_number.clone(),
        reason: f.reason.clone(),
    };
    let decision = match f.decision.as_str() {
        "approve" => ProposalDecision::Approve,
        "merge" => match state.db.items_by_numbers(&[f.merge_number.trim().to_owned()]).await?.into_values().next() {
            Some(item) => ProposalDecision::Merge(item.id),
            None => {
                errors.push("merge_number", tr.t1("free-delivery-unknown-article", "article", f.merge_number.trim()));
                return admin_page(&state, &ctx, None, None, Some(card(errors)), StatusCode::UNPROCESSABLE_ENTITY)
                    .await;
            }
        },
        "reject" => ProposalDecision::Reject { reason: f.reason.clone() },
        _ => return Err(AppError::BadRequest("decision")),
    };
    // Staff may correct the fields before approving; merging and rejecting keep the proposal's.
    let corrected = match decision {
        ProposalDecision::Approve => match parse(&tr, &f.fields, &mut errors) {
            Some(c) => c,
            None => {
                return admin_page(&state, &ctx, None, None, Some(card(errors)), StatusCode::UNPROCESSABLE_ENTITY)
                    .await;
            }
        },
        _ => match parse_proposal(&ProposalForm::of(&p).input()) {
            Ok(c) => c,
            Err(_) => return Err(AppError::BadRequest("proposal")),
        },
    };
    let event = gate.event("item_proposal.decide", None, Some(format!("decision={}", f.decision)));
    match state.db.decide_item_proposal(id, &decision, &corrected, by, &event, state.clock.now()).await? {
        DecideOutcome::Done(status, _) => {
            Ok(Redirect::to(&format!("/admin/item-proposals?decided={}", status.as_str())).into_response())
        }
        DecideOutcome::Refused(DecisionRule::AlreadyDecided(_)) => {
            Ok(Redirect::to("/admin/item-proposals?problem=decided").into_response())
        }
        DecideOutcome::Refused(DecisionRule::ReasonRequired) => {
            errors.push("reason", tr.t("proposal-reason-required"));
            admin_page(&state, &ctx, None, None, Some(card(errors)), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        DecideOutcome::Refused(DecisionRule::ReasonTooLong) => {
            errors.push("reason", tr.t("form-too-long"));
            admin_page(&state, &ctx, None, None, Some(card(errors)), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        DecideOutcome::NumberTaken(_) => {
            errors.push("ordering_number", tr.t("proposal-number-taken"));
            admin_page(&state, &ctx, None, None, Some(card(errors)), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        DecideOutcome::UnknownItem => {
            errors.push("merge_number", tr.t1("free-delivery-unknown-article", "article", f.merge_number.trim()));
            admin_page(&state, &ctx, None, None, Some(card(errors)), StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}
