//! Permits to work (issue #8): the service department issues a permit to a subcontractor for a
//! site and a window (hot work, work at height…), with its hazards and precautions; the
//! subcontractor's named person accepts it in the portal and closes it when the work ends.
//! The log is append-only, with who and when.
use super::orders::text_message;
use super::{FieldErrors, Layout, html_status};
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
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Deserialize;
use tessera_db::catalog::Party;
use tessera_db::permits::{IssueOutcome, Permit, PermitLogEntry, PermitOutcome};
use tessera_db::work::WorkOrderRow;
use tessera_domain::ids::{PartyId, PermitId, WorkOrderId};
use tessera_domain::link::LinkObject;
use tessera_domain::permit::{
    PermitActionRule, PermitDraft, PermitEvent, PermitKind, PermitRule, PermitStatus, PermitText, check_permit,
};
use tessera_domain::policy::{Action, Target};
use tessera_domain::text::Name;

/// The issuing form as typed. Times are UTC, as everywhere in Tessera.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct IssueForm {
    #[serde(default)]
    party: String,
    #[serde(default)]
    work_order: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    site: String,
    #[serde(default)]
    valid_from: String,
    #[serde(default)]
    valid_until: String,
    #[serde(default)]
    hazards: String,
    #[serde(default)]
    precautions: String,
    #[serde(default)]
    issued_by: String,
}

/// A permit with its log, as both sides see it.
pub struct PermitView {
    pub p: Permit,
    pub log: Vec<PermitLogEntry>,
}

impl PermitView {
    /// What the subcontractor does next with it: `accept`, `close`, or nothing once it ended.
    pub fn step(&self) -> &'static str {
        match self.p.status {
            PermitStatus::Issued => "accept",
            PermitStatus::Accepted => "close",
            PermitStatus::Closed | PermitStatus::Cancelled => "",
        }
    }
}

async fn with_logs(state: &AppState, permits: Vec<Permit>) -> AppResult<Vec<PermitView>> {
    let mut out = Vec::with_capacity(permits.len());
    for p in permits {
        let log = state.db.permit_log(p.id).await?;
        out.push(PermitView { p, log });
    }
    Ok(out)
}

#[derive(Template)]
#[template(path = "admin_permits.html")]
struct AdminPage {
    l: Layout,
    permits: Vec<PermitView>,
    can_manage: bool,
    f: IssueForm,
    errors: FieldErrors,
    parties: Vec<Party>,
    work_orders: Vec<WorkOrderRow>,
    kinds: [PermitKind; 7],
    flash: Option<String>,
}

async fn admin_page(
    state: &AppState,
    ctx: &Ctx,
    f: IssueForm,
    errors: FieldErrors,
    flash: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let gate = Gate::new(state, ctx);
    let l = Layout::new(ctx, ctx.tr().t("permits-title"), "subcontracting", "/admin/permits");
    let work_orders =
        state.db.subcontractor_work_orders(None).await?.into_iter().filter(|w| !w.status.is_closed()).collect();
    let page = AdminPage {
        l,
        permits: with_logs(state, state.db.permits(None, None).await?).await?,
        can_manage: gate.allows(Action::SafetyManage, Target::Collection),
        f,
        errors,
        parties: state.db.subcontractors().await?,
        work_orders,
        kinds: PermitKind::ALL,
        flash,
    };
    html_status(status, &page)
}

#[derive(Debug, Default, Deserialize)]
pub struct FlashQuery {
    #[serde(default)]
    done: String,
}

/// `GET /admin/permits`: the log of every permit, and the form to issue one.
pub async fn admin_list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<FlashQuery>) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::PartyView, Target::Collection).await?;
    let tr = ctx.tr();
    let flash = match q.done.as_str() {
        "issued" | "cancelled" => Some(tr.t(&format!("permit-done-{}", q.done))),
        "ended" => Some(tr.t("permit-ended")),
        _ => None,
    };
    let name = ctx.user.as_ref().map(|u| u.display_name.clone()).unwrap_or_default();
    let f = IssueForm { issued_by: name, ..Default::default() };
    admin_page(&state, &ctx, f, FieldErrors::default(), flash, StatusCode::OK).await
}

/// `2026-12-03T08:00` (what a `datetime-local` input sends), read as UTC.
fn parse_time(raw: &str) -> Option<DateTime<Utc>> {
    let s = raw.trim();
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M"))
        .ok()
        .map(|t| t.and_utc())
}

fn parse_issue(tr: &Tr, f: &IssueForm, now: DateTime<Utc>, errors: &mut FieldErrors) -> Option<(PartyId, PermitDraft)> {
    let party = f.party.trim().parse::<PartyId>().map_err(|_| errors.push("party", tr.t("form-invalid-choice"))).ok();
    let work_order = match f.work_order.trim() {
        "" => None,
        raw => raw.parse::<WorkOrderId>().map_err(|_| errors.push("work_order", tr.t("form-invalid-choice"))).ok(),
    };
    let kind = f.kind.parse::<PermitKind>().map_err(|_| errors.push("kind", tr.t("form-invalid-choice"))).ok();
    let site = Name::parse(&f.site).map_err(|e| errors.push("site", tr.t(text_message(e)))).ok();
    let valid_from = parse_time(&f.valid_from);
    if valid_from.is_none() {
        errors.push("valid_from", tr.t("form-date-invalid"));
    }
    let valid_until = parse_time(&f.valid_until);
    if valid_until.is_none() {
        errors.push("valid_until", tr.t("form-date-invalid"));
    }
    let hazards = PermitText::optional(&f.hazards).map_err(|e| errors.push("hazards", tr.t(text_message(e)))).ok();
    let precautions =
        PermitText::optional(&f.precautions).map_err(|e| errors.push("precautions", tr.t(text_message(e)))).ok();
    let issued_by = Name::parse(&f.issued_by).map_err(|e| errors.push("issued_by", tr.t(text_message(e)))).ok();
    let (
        Some(party),
        Some(kind),
        Some(site),
        Some(valid_from),
        Some(valid_until),
        Some(hazards),
        Some(precautions),
        Some(issued_by),
        true,
    ) = (party, kind, site, valid_from, valid_until, hazards, precautions, issued_by, errors.is_empty())
    else {
        return None;
    };
    let draft = PermitDraft { kind, site, work_order, valid_from, valid_until, hazards, precautions, issued_by };
    if let Err(rules) = check_permit(&draft, now) {
        for r in rules {
            match r {
                PermitRule::WindowEmpty => errors.push("valid_until", tr.t("permit-window-empty")),
                PermitRule::WindowTooLong => errors.push("valid_until", tr.t("permit-window-too-long")),
                PermitRule::EndsInPast => errors.push("valid_until", tr.t("permit-ends-in-past")),
                PermitRule::HazardsRequired => errors.push("hazards", tr.t("permit-hazards-required")),
                PermitRule::PrecautionsRequired => errors.push("precautions", tr.t("permit-precautions-required")),
            }
        }
        return None;
    }
    Some((party, draft))
}

/// `POST /admin/permits`: issues a permit, or shows the form again with each problem at its
/// field and nothing saved.
pub async fn issue(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<IssueForm>) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::SafetyManage, Target::Collection).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let now = state.clock.now();
    let Some((party, draft)) = parse_issue(&tr, &f, now, &mut errors) else {
        return admin_page(&state, &ctx, f, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let actor = ctx.user.as_ref().map(|u| format!("staff:{}", u.id)).unwrap_or_default();
    let event = gate.event("permit.issue", None, Some(format!("party={party} kind={}", draft.kind.as_str())));
    match state.db.issue_permit(party, &draft, &actor, &event, now).await? {
        IssueOutcome::Done(_) => Ok(Redirect::to("/admin/permits?done=issued").into_response()),
        IssueOutcome::NotSubcontractor => {
            errors.push("party", tr.t("form-invalid-choice"));
            admin_page(&state, &ctx, f, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        IssueOutcome::WrongWorkOrder => {
            errors.push("work_order", tr.t("permit-wrong-work-order"));
            admin_page(&state, &ctx, f, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// The permit, once the policy allows `action` on it (its party and work order read first).
async fn gated(gate: &Gate<'_>, state: &AppState, action: Action, id: PermitId) -> AppResult<Permit> {
    let (party, work_order) = state.db.permit_scope(id).await?;
    gate.check(action, Target::Permit { id, party, work_order }).await?;
    Ok(state.db.permit(id).await?)
}

/// `POST /admin/permits/{id}/cancel`: staff withdraw a permit that has not ended.
pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<NameForm>,
) -> AppResult<Response> {
    let id: PermitId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    gated(&gate, &state, Action::SafetyManage, id).await?;
    let who = ctx.user.as_ref().map(|u| u.display_name.clone()).unwrap_or_default();
    let actor = ctx.user.as_ref().map(|u| format!("staff:{}", u.id)).unwrap_or_default();
    let event = gate.event("permit.cancel", None, None);
    let done = match state.db.permit_step(id, PermitEvent::Cancelled, &who, &actor, &event, state.clock.now()).await? {
        PermitOutcome::Done(_) => "cancelled",
        PermitOutcome::Refused(_) => "ended",
    };
    Ok(Redirect::to(&format!("/admin/permits?done={done}")).into_response())
}

// The portal.

#[derive(Template)]
#[template(path = "portal_permits.html")]
struct PortalPage {
    l: Layout,
    permits: Vec<PermitView>,
    flash: Option<String>,
    /// A refused step: the permit and why.
    problem: Option<(PermitId, String)>,
    name: String,
}

#[derive(Debug, Default, Deserialize, Clone)]
pub struct NameForm {
    #[serde(default)]
    name: String,
}

/// What the link sees: the party's permits, or the ones for its work order.
async fn portal_page(
    state: &AppState,
    ctx: &Ctx,
    flash: Option<String>,
    problem: Option<(PermitId, String)>,
    name: String,
    status: StatusCode,
) -> AppResult<Response> {
    let gate = Gate::new(state, ctx);
    let Some(link) = &ctx.link else {
        gate.check(Action::PortalPermitAccept, Target::Collection).await?;
        return Err(AppError::Forbidden);
    };
    let work_order = match link.object {
        Some(LinkObject::WorkOrder(w)) => Some(w),
        Some(_) => return Err(AppError::NotFound),
        None => None,
    };
    gate.check(Action::PortalPermitAccept, Target::WorkOrder { id: work_order, party: link.party_id }).await?;
    let permits = with_logs(state, state.db.permits(Some(link.party_id), work_order).await?).await?;
    let l = Layout::new(ctx, ctx.tr().t("permits-portal-title"), "portal", "/portal/permits");
    html_status(status, &PortalPage { l, permits, flash, problem, name })
}

/// `GET /portal/permits`.
pub async fn portal_list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<FlashQuery>) -> AppResult<Response> {
    if ctx.code_pending {
        return Ok(Redirect::to("/portal/code?next=%2Fportal%2Fpermits").into_response());
    }
    let tr = ctx.tr();
    let flash = match q.done.as_str() {
        "accepted" | "closed" => Some(tr.t(&format!("permit-done-{}", q.done))),
        _ => None,
    };
    portal_page(&state, &ctx, flash, None, String::new(), StatusCode::OK).await
}

fn action_message(tr: &Tr, rule: PermitActionRule) -> String {
    tr.t(match rule {
        PermitActionRule::Expired => "permit-expired",
        PermitActionRule::NameRequired => "permit-name-required",
        PermitActionRule::NameTooLong => "form-too-long",
        PermitActionRule::AlreadyAccepted => "permit-already-accepted",
        PermitActionRule::NotAccepted => "permit-not-accepted",
        PermitActionRule::Ended => "permit-ended",
    })
}

async fn portal_step(state: AppState, ctx: Ctx, id: String, f: NameForm, event: PermitEvent) -> AppResult<Response> {
    let id: PermitId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    gated(&gate, &state, Action::PortalPermitAccept, id).await?;
    let actor = ctx.link.as_ref().map(|l| format!("link:{}", l.id)).unwrap_or_default();
    let audit = gate.event(&format!("portal.permit.{}", event.as_str()), None, None);
    match state.db.permit_step(id, event, &f.name, &actor, &audit, state.clock.now()).await? {
        PermitOutcome::Done(status) => {
            let done = if status == PermitStatus::Closed { "closed" } else { "accepted" };
            Ok(Redirect::to(&format!("/portal/permits?done={done}")).into_response())
        }
        PermitOutcome::Refused(rule) => {
            let problem = Some((id, action_message(&ctx.tr(), rule)));
            portal_page(&state, &ctx, None, problem, f.name, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// `POST /portal/permits/{id}/accept`: the named person accepts the permit, within its window.
pub async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<NameForm>,
) -> AppResult<Response> {
    portal_step(state, ctx, id, f, PermitEvent::Accepted).await
}

/// `POST /portal/permits/{id}/close`: the work under the permit has ended.
pub async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<NameForm>,
) -> AppResult<Response> {
    portal_step(state, ctx, id, f, PermitEvent::Closed).await
}
