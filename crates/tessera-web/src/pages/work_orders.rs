//! Work orders for subcontractors (issue #8): the service department registers them for a site
//! or an asset with a description, due date and checklist, and can send a one-off link for one;
//! the subcontractor fills the checklist on a phone (pass, fail, not applicable, measurements,
//! comments, photos) and confirms the work as done with its name; staff accept it (the work
//! order closes, and its one-off links with it) or send it back.
use super::orders::{parse_date, text_message};
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
use serde::Deserialize;
use tessera_db::attachments::{Attachment, AttachmentOwner};
use tessera_db::catalog::Party;
use tessera_db::work::{Asset, InspectionRow, RegisterOutcome, WorkOrderRow, WorkOutcome};
use tessera_domain::ids::{AssetId, ContractId, PartyId, WorkOrderId};
use tessera_domain::policy::{Action, Target};
use tessera_domain::text::{DocNumber, Name};
use tessera_domain::work_order::{
    CheckAnswer, CheckKind, CheckResult, CheckedAnswer, ChecklistItem, ChecklistRule, Description, InspectionRule,
    Review, TransitionRule, WorkOrderDraft, WorkOrderRule, WorkOrderStatus, check_inspection, check_work_order,
    parse_checklist,
};

/// The registration form as typed.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct RegisterForm {
    #[serde(default)]
    contract: String,
    #[serde(default)]
    party: String,
    #[serde(default)]
    number: String,
    #[serde(default)]
    asset: String,
    #[serde(default)]
    site: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    due_date: String,
    #[serde(default)]
    checklist: String,
}

#[derive(Template)]
#[template(path = "admin_work_orders.html")]
struct ListPage {
    l: Layout,
    rows: Vec<WorkOrderRow>,
    can_manage: bool,
    f: RegisterForm,
    errors: FieldErrors,
    contracts: Vec<(ContractId, String, String)>,
    parties: Vec<Party>,
    assets: Vec<Asset>,
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    f: RegisterForm,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let l = Layout::new(ctx, ctx.tr().t("work-orders-title"), "subcontracting", "/admin/work-orders");
    let can_manage = Gate::new(state, ctx).allows(Action::WorkOrderManage, Target::Collection);
    let page = ListPage {
        l,
        rows: state.db.subcontractor_work_orders(None).await?,
        can_manage,
        f,
        errors,
        contracts: state.db.contracts().await?,
        parties: state.db.subcontractors().await?,
        assets: state.db.assets().await?,
    };
    html_status(status, &page)
}

/// `GET /admin/work-orders`: every subcontractor's work orders, and the form to register one.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::PartyView, Target::Collection).await?;
    let f = RegisterForm { checklist: ctx.tr().t("work-order-checklist-example"), ..Default::default() };
    list_page(&state, &ctx, f, FieldErrors::default(), StatusCode::OK).await
}

pub(crate) fn checklist_message(tr: &Tr, rule: &ChecklistRule) -> String {
    let line = |i: &usize| (*i + 1).to_string();
    match rule {
        ChecklistRule::Empty => tr.t("work-order-checklist-empty"),
        ChecklistRule::TooMany => tr.t("work-order-checklist-too-many"),
        ChecklistRule::LabelRequired(i) => tr.t1("work-order-checklist-label-required", "line", line(i)),
        ChecklistRule::LabelTooLong(i) | ChecklistRule::UnitTooLong(i) | ChecklistRule::TooManyParts(i) => {
            tr.t1("work-order-checklist-line-bad", "line", line(i))
        }
        ChecklistRule::BadRange(i) => tr.t1("work-order-checklist-range", "line", line(i)),
        ChecklistRule::Duplicate(i) => tr.t1("work-order-checklist-duplicate", "line", line(i)),
    }
}

/// Reads the registration form into a draft (the contract and the party apart), or says what
/// is wrong at each field.
fn parse_register(
    tr: &Tr,
    f: &RegisterForm,
    today: chrono::NaiveDate,
    errors: &mut FieldErrors,
) -> Option<(ContractId, PartyId, WorkOrderDraft)> {
    let contract = f.contract.trim().parse::<ContractId>().ok();
    if contract.is_none() {
        errors.push("contract", tr.t("form-invalid-choice"));
    }
    let party = f.party.trim().parse::<PartyId>().ok();
    if party.is_none() {
        errors.push("party", tr.t("form-invalid-choice"));
    }
    let number = DocNumber::parse(&f.number).map_err(|e| errors.push("number", tr.t(text_message(e)))).ok();
    let asset = match f.asset.trim() {
        "" => None,
        raw => match raw.parse::<AssetId>() {
            Ok(a) => Some(a),
            Err(_) => {
                errors.push("asset", tr.t("form-invalid-choice"));
                None
            }
        },
    };
    let site = Name::parse(&f.site).map_err(|e| errors.push("site", tr.t(text_message(e)))).ok();
    let description =
        Description::parse(&f.description).map_err(|e| errors.push("description", tr.t(text_message(e)))).ok();
    let due_date = match f.due_date.trim() {
        "" => None,
        raw => {
            let d = parse_date(raw);
            if d.is_none() {
                errors.push("due_date", tr.t("form-date-invalid"));
            }
            d
        }
    };
    let checklist = match parse_checklist(&f.checklist) {
        Ok(c) => Some(c),
        Err(rules) => {
            for r in &rules {
                errors.push_once("checklist", checklist_message(tr, r));
            }
            None
        }
    };
    let (Some(contract), Some(party), Some(number), Some(site), Some(description), Some(checklist), true) =
        (contract, party, number, site, description, checklist, errors.is_empty())
    else {
        return None;
    };
    let draft = WorkOrderDraft { number, asset, site, description, due_date, checklist };
    if let Err(rules) = check_work_order(&draft, today) {
        for r in rules {
            match r {
                WorkOrderRule::DueInPast => errors.push("due_date", tr.t("work-order-due-past")),
                WorkOrderRule::NoChecklist => errors.push("checklist", tr.t("work-order-checklist-empty")),
                WorkOrderRule::TooManyItems => errors.push("checklist", tr.t("work-order-checklist-too-many")),
            }
        }
        return None;
    }
    Some((contract, party, draft))
}

/// `POST /admin/work-orders`: registers a work order, or shows the form again with each
/// problem at its field and nothing saved.
pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<RegisterForm>,
) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::WorkOrderManage, Target::Collection).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let today = state.clock.now().date_naive();
    let Some((contract, party, draft)) = parse_register(&tr, &f, today, &mut errors) else {
        return list_page(&state, &ctx, f, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let by = ctx.user.as_ref().map(|u| format!("user:{}", u.id)).unwrap_or_default();
    let event = gate.event("work_order.register", None, Some(format!("party={party} number={}", draft.number)));
    let field = match state.db.register_work_order(contract, party, &draft, &by, &event, state.clock.now()).await? {
        RegisterOutcome::Done(id) => return Ok(Redirect::to(&format!("/admin/work-orders/{id}")).into_response()),
        RegisterOutcome::NumberTaken => ("number", "work-order-number-taken"),
        RegisterOutcome::UnknownContract => ("contract", "form-invalid-choice"),
        RegisterOutcome::UnknownAsset => ("asset", "form-invalid-choice"),
        RegisterOutcome::NotSubcontractor => ("party", "form-invalid-choice"),
    };
    errors.push(field.0, tr.t(field.1));
    list_page(&state, &ctx, f, errors, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// One checklist item with what was answered, for showing and for the form.
pub struct Line {
    pub index: usize,
    pub item: ChecklistItem,
    pub result: String,
    pub value: String,
    pub comment: String,
    pub error: Option<String>,
}

impl Line {
    pub fn is_measurement(&self) -> bool {
        matches!(self.item.kind, CheckKind::Measurement { .. })
    }
    /// `MΩ, 1 – 10` for a measurement item: the unit and the range it must be in.
    pub fn expects(&self) -> String {
        match &self.item.kind {
            CheckKind::PassFail => String::new(),
            CheckKind::Measurement { unit, min, max } => {
                let range = match (min, max) {
                    (Some(a), Some(b)) => format!("{a} – {b}"),
                    (Some(a), None) => format!("≥ {a}"),
                    (None, Some(b)) => format!("≤ {b}"),
                    (None, None) => String::new(),
                };
                [unit.clone().unwrap_or_default(), range]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        }
    }
    pub fn is(&self, r: &str) -> bool {
        self.result == r
    }
}

fn blank_lines(w: &WorkOrderRow) -> Vec<Line> {
    checklist_lines(&w.checklist)
}

/// A checklist's items, unanswered (the form to fill).
pub(crate) fn checklist_lines(checklist: &[ChecklistItem]) -> Vec<Line> {
    checklist
        .iter()
        .enumerate()
        .map(|(index, item)| Line {
            index,
            item: item.clone(),
            result: String::new(),
            value: String::new(),
            comment: String::new(),
            error: None,
        })
        .collect()
}

/// A submitted inspection, its answers beside the checklist.
pub struct InspectionView {
    pub row: InspectionRow,
    pub lines: Vec<Line>,
}

fn inspection_views(w: &WorkOrderRow, rows: Vec<InspectionRow>) -> Vec<InspectionView> {
    rows.into_iter()
        .map(|row| {
            let lines = answered_lines(&w.checklist, &row.answers);
            InspectionView { row, lines }
        })
        .collect()
}

/// A checklist's items beside their answers (a filled inspection, for reading).
pub(crate) fn answered_lines(checklist: &[ChecklistItem], answers: &[CheckedAnswer]) -> Vec<Line> {
    checklist
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let a = answers.get(index);
            Line {
                index,
                item: item.clone(),
                result: a.map(|a| a.result.as_str().to_owned()).unwrap_or_default(),
                value: a.and_then(|a| a.measurement).map(|m| m.normalize().to_string()).unwrap_or_default(),
                comment: a.and_then(|a| a.comment.clone()).unwrap_or_default(),
                error: None,
            }
        })
        .collect()
}

/// Reads the filled checklist from the form into `lines` (what was typed, a number's problem
/// at its line) and the answers to check.
pub(crate) fn read_answers(tr: &Tr, form: &crate::uploads::UploadForm, lines: &mut [Line]) -> Vec<CheckAnswer> {
    let mut answers = Vec::with_capacity(lines.len());
    for l in lines.iter_mut() {
        l.result = form.field(&format!("result_{}", l.index)).to_owned();
        l.value = form.field(&format!("value_{}", l.index)).trim().to_owned();
        l.comment = form.field(&format!("comment_{}", l.index)).trim().to_owned();
        let result = l.result.parse::<CheckResult>().ok();
        let measurement = match l.value.as_str() {
            "" => None,
            raw => match tessera_domain::number::parse_decimal(raw) {
                Ok(d) => Some(d),
                Err(e) => {
                    l.error = Some(tr.t(super::orders::number_message(e)));
                    None
                }
            },
        };
        let comment = (!l.comment.is_empty()).then(|| l.comment.clone());
        answers.push(CheckAnswer { result, measurement, comment });
    }
    answers
}

/// Puts each broken inspection rule at its line (the first problem of each), the rest at
/// `confirmed_by`.
pub(crate) fn place_inspection_errors(tr: &Tr, rules: &[InspectionRule], lines: &mut [Line], errors: &mut FieldErrors) {
    for r in rules {
        match inspection_message(tr, r) {
            (Some(i), m) => {
                if let Some(l) = lines.get_mut(i)
                    && l.error.is_none()
                {
                    l.error = Some(m);
                }
            }
            (None, m) => errors.push("confirmed_by", m),
        }
    }
}

#[derive(Template)]
#[template(path = "admin_work_order.html")]
struct ShowPage {
    l: Layout,
    w: WorkOrderRow,
    inspections: Vec<InspectionView>,
    photos: Vec<Attachment>,
    can_manage: bool,
    can_link: bool,
    flash: Option<String>,
    errors: FieldErrors,
}

#[derive(Debug, Default, Deserialize)]
pub struct ShowQuery {
    #[serde(default)]
    done: String,
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    w: WorkOrderRow,
    flash: Option<String>,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let gate = Gate::new(state, ctx);
    let inspections = inspection_views(&w, state.db.inspections(w.id).await?);
    let photos = state.db.attachments_of(AttachmentOwner::WorkOrder(w.id)).await?;
    let l = Layout::new(
        ctx,
        ctx.tr().t1("work-order-title", "number", &w.number),
        "subcontracting",
        &format!("/admin/work-orders/{}", w.id),
    );
    let can_manage = gate.allows(Action::WorkOrderManage, Target::Collection);
    let can_link = gate.allows(Action::LinkManage, Target::Collection) && !w.status.is_closed();
    html_status(status, &ShowPage { l, w, inspections, photos, can_manage, can_link, flash, errors })
}

/// `GET /admin/work-orders/{id}`.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    let id: WorkOrderId = id.parse().map_err(|_| AppError::NotFound)?;
    Gate::new(&state, &ctx).check(Action::PartyView, Target::Collection).await?;
    let w = state.db.subcontractor_work_order(id).await?;
    let tr = ctx.tr();
    let flash = match q.done.as_str() {
        "accepted" | "sent_back" | "cancelled" => Some(tr.t(&format!("work-order-done-{}", q.done))),
        "closed" => Some(tr.t("work-order-already-closed")),
        _ => None,
    };
    show_page(&state, &ctx, w, flash, FieldErrors::default(), StatusCode::OK).await
}

#[derive(Debug, Default, Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

fn transition_message(tr: &Tr, rule: &TransitionRule) -> String {
    match rule {
        TransitionRule::AlreadyConfirmed => tr.t("inspection-already-confirmed"),
        TransitionRule::Closed => tr.t("work-order-already-closed"),
        TransitionRule::NotSubmitted => tr.t("work-order-not-submitted"),
        TransitionRule::ReasonRequired => tr.t("work-order-reason-required"),
        TransitionRule::ReasonTooLong => tr.t("form-too-long"),
    }
}

/// `POST /admin/work-orders/{id}/review`: accept the confirmed work, or send it back with a
/// reason.
pub async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<ReviewForm>,
) -> AppResult<Response> {
    let id: WorkOrderId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    let w = gate.work_order(Action::WorkOrderManage, id).await?;
    let by = ctx.user.as_ref().map(|u| u.id).ok_or(AppError::Forbidden)?;
    let decision = match f.decision.as_str() {
        "accept" => Review::Accept,
        "send_back" => Review::SendBack { reason: f.reason.clone() },
        _ => return Err(AppError::BadRequest("decision")),
    };
    let event = gate.event("work_order.review", None, Some(format!("decision={}", f.decision)));
    match state.db.review_inspection(id, &decision, by, &event, state.clock.now()).await? {
        WorkOutcome::Done(_) => {
            let done = if f.decision == "accept" { "accepted" } else { "sent_back" };
            Ok(Redirect::to(&format!("/admin/work-orders/{id}?done={done}")).into_response())
        }
        WorkOutcome::Refused(rule) => {
            let mut errors = FieldErrors::default();
            errors.push("reason", transition_message(&ctx.tr(), &rule));
            show_page(&state, &ctx, w, None, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// `POST /admin/work-orders/{id}/cancel`.
pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<ReviewForm>,
) -> AppResult<Response> {
    let id: WorkOrderId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    gate.work_order(Action::WorkOrderManage, id).await?;
    let event = gate.event("work_order.cancel", None, None);
    let done = match state.db.cancel_work_order(id, &event, state.clock.now()).await? {
        WorkOutcome::Done(_) => "cancelled",
        WorkOutcome::Refused(_) => "closed",
    };
    Ok(Redirect::to(&format!("/admin/work-orders/{id}?done={done}")).into_response())
}

// The portal.

#[derive(Template)]
#[template(path = "portal_work_orders.html")]
struct PortalListPage {
    l: Layout,
    rows: Vec<WorkOrderRow>,
    /// The form to register one, when the subcontractor may.
    can_register: bool,
    f: RegisterForm,
    errors: FieldErrors,
    contracts: Vec<(ContractId, String, String)>,
    assets: Vec<Asset>,
}

async fn portal_list_page(
    state: &AppState,
    ctx: &Ctx,
    party: PartyId,
    f: RegisterForm,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let can_register =
        Gate::new(state, ctx).allows(Action::PortalWorkOrderRegister, Target::WorkOrder { id: None, party });
    let (contracts, assets) =
        if can_register { (state.db.contracts().await?, state.db.assets().await?) } else { Default::default() };
    let page = PortalListPage {
        l: Layout::new(ctx, ctx.tr().t("work-orders-portal-title"), "portal", "/portal/work-orders"),
        rows: state.db.subcontractor_work_orders(Some(party)).await?,
        can_register,
        f,
        errors,
        contracts,
        assets,
    };
    html_status(status, &page)
}

/// `POST /portal/work-orders`: the subcontractor registers a work order of its own, if allowed.
pub async fn portal_register(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(mut f): CsrfForm<RegisterForm>,
) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    let Some(link) = &ctx.link else {
        gate.check(Action::PortalWorkOrderRegister, Target::Collection).await?;
        return Err(AppError::Forbidden);
    };
    let party = link.party_id;
    gate.check(Action::PortalWorkOrderRegister, Target::WorkOrder { id: None, party }).await?;
    // The work order is the link's party's, whatever the form says.
    f.party = party.to_string();
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let Some((contract, _, draft)) = parse_register(&tr, &f, state.clock.now().date_naive(), &mut errors) else {
        return portal_list_page(&state, &ctx, party, f, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let by = format!("link:{}", link.id);
    let event = gate.event("portal.work_order.register", None, Some(format!("number={}", draft.number)));
    let field = match state.db.register_work_order(contract, party, &draft, &by, &event, state.clock.now()).await? {
        RegisterOutcome::Done(id) => return Ok(Redirect::to(&format!("/portal/work-orders/{id}")).into_response()),
        RegisterOutcome::NumberTaken => ("number", "work-order-number-taken"),
        RegisterOutcome::UnknownContract => ("contract", "form-invalid-choice"),
        RegisterOutcome::UnknownAsset => ("asset", "form-invalid-choice"),
        RegisterOutcome::NotSubcontractor => return Err(AppError::Forbidden),
    };
    errors.push(field.0, tr.t(field.1));
    portal_list_page(&state, &ctx, party, f, errors, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// `GET /portal/work-orders`: the party's work orders (a one-off link goes to its own).
pub async fn portal_list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    if ctx.code_pending {
        return Ok(Redirect::to("/portal/code?next=%2Fportal%2Fwork-orders").into_response());
    }
    let gate = Gate::new(&state, &ctx);
    let Some(link) = &ctx.link else {
        gate.check(Action::PortalInspectionPerform, Target::Collection).await?;
        return Err(AppError::Forbidden);
    };
    if let Some(tessera_domain::link::LinkObject::WorkOrder(id)) = link.object {
        return Ok(Redirect::to(&format!("/portal/work-orders/{id}")).into_response());
    }
    let party = link.party_id;
    let carried = link.effective_actions();
    let action = [
        Action::PortalInspectionPerform,
        Action::PortalWorkOrderRegister,
        Action::PortalLotoView,
        Action::PortalPermitAccept,
    ]
    .into_iter()
    .find(|a| carried.contains(a))
    .unwrap_or(Action::PortalInspectionPerform);
    gate.check(action, Target::WorkOrder { id: None, party }).await?;
    let f = RegisterForm { checklist: ctx.tr().t("work-order-checklist-example"), ..Default::default() };
    portal_list_page(&state, &ctx, party, f, FieldErrors::default(), StatusCode::OK).await
}

#[derive(Template)]
#[template(path = "portal_work_order.html")]
struct PortalShowPage {
    l: Layout,
    w: WorkOrderRow,
    /// The form, when the link may fill it and the work order waits for it.
    form: Option<Vec<Line>>,
    confirmed_by: String,
    errors: FieldErrors,
    /// What was sent back last, with the reason.
    last: Option<InspectionView>,
    can_loto: bool,
    can_permits: bool,
    flash: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct PortalQuery {
    #[serde(default)]
    confirmed: String,
}

/// The work order as the link may see it: through whichever of the work-order actions it
/// carries (filling the checklist, reading LOTO, accepting permits).
async fn portal_work_order(gate: &Gate<'_>, ctx: &Ctx, id: WorkOrderId) -> AppResult<WorkOrderRow> {
    let carried = ctx.link.as_ref().map(|l| l.effective_actions()).unwrap_or_default();
    let action = [Action::PortalInspectionPerform, Action::PortalLotoView, Action::PortalPermitAccept]
        .into_iter()
        .find(|a| carried.contains(a))
        .unwrap_or(Action::PortalInspectionPerform);
    gate.work_order(action, id).await
}

#[allow(clippy::too_many_arguments)]
async fn portal_page(
    state: &AppState,
    ctx: &Ctx,
    w: WorkOrderRow,
    form: Option<Vec<Line>>,
    confirmed_by: String,
    errors: FieldErrors,
    flash: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let gate = Gate::new(state, ctx);
    let target = Target::WorkOrder { id: Some(w.id), party: w.party };
    let may_fill = gate.allows(Action::PortalInspectionPerform, target) && w.status == WorkOrderStatus::Open;
    let form = if may_fill { Some(form.unwrap_or_else(|| blank_lines(&w))) } else { None };
    let last = inspection_views(&w, state.db.inspections(w.id).await?).into_iter().next();
    let can_loto = w.asset.is_some() && gate.allows(Action::PortalLotoView, target);
    let can_permits = gate.allows(Action::PortalPermitAccept, target);
    let l = Layout::new(
        ctx,
        ctx.tr().t1("work-order-title", "number", &w.number),
        "portal",
        &format!("/portal/work-orders/{}", w.id),
    );
    html_status(status, &PortalShowPage { l, w, form, confirmed_by, errors, last, can_loto, can_permits, flash })
}

/// `GET /portal/work-orders/{id}`: the work order, and its checklist to fill while it is open.
pub async fn portal_show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<PortalQuery>,
) -> AppResult<Response> {
    let id: WorkOrderId = id.parse().map_err(|_| AppError::NotFound)?;
    if ctx.code_pending {
        return Ok(Redirect::to(&format!("/portal/code?next=%2Fportal%2Fwork-orders%2F{id}")).into_response());
    }
    let w = portal_work_order(&Gate::new(&state, &ctx), &ctx, id).await?;
    let flash = (q.confirmed == "1").then(|| ctx.tr().t("inspection-confirmed"));
    portal_page(&state, &ctx, w, None, String::new(), FieldErrors::default(), flash, StatusCode::OK).await
}

fn inspection_message(tr: &Tr, rule: &InspectionRule) -> (Option<usize>, String) {
    match rule {
        InspectionRule::CountMismatch => (None, tr.t("inspection-stale")),
        InspectionRule::Unanswered(i) => (Some(*i), tr.t("inspection-unanswered")),
        InspectionRule::MeasurementMissing(i) => (Some(*i), tr.t("inspection-measurement-missing")),
        InspectionRule::OutOfRange(i) => (Some(*i), tr.t("inspection-out-of-range")),
        InspectionRule::CommentRequired(i) => (Some(*i), tr.t("inspection-comment-required")),
        InspectionRule::CommentTooLong(i) => (Some(*i), tr.t("form-too-long")),
        InspectionRule::NameRequired => (None, tr.t("inspection-name-required")),
        InspectionRule::NameTooLong => (None, tr.t("form-too-long")),
    }
}

/// `POST /portal/work-orders/{id}/inspection` (a form with photos): fills the checklist and
/// confirms the work as done. Every problem is shown at its item and nothing is saved; a
/// second confirmation is refused.
pub async fn inspect(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    crate::uploads::CsrfMultipart(mut form): crate::uploads::CsrfMultipart,
) -> AppResult<Response> {
    let id: WorkOrderId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    let w = gate.work_order(Action::PortalInspectionPerform, id).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let mut lines = blank_lines(&w);
    let answers = read_answers(&tr, &form, &mut lines);
    let confirmed_by = form.field("confirmed_by").trim().to_owned();
    let photos = match crate::uploads::check_files(&mut form, "photos") {
        Ok(p) => p,
        Err(problem) => {
            errors.push("photos", problem.message(&tr));
            Vec::new()
        }
    };
    if photos.iter().any(|p| p.kind == tessera_domain::upload::FileKind::Pdf) {
        errors.push("photos", tr.t("inspection-photos-images"));
    }
    let record = match check_inspection(&w.checklist, &answers, &confirmed_by) {
        Ok(r) if errors.is_empty() && lines.iter().all(|l| l.error.is_none()) => Some(r),
        Ok(_) => None,
        Err(rules) => {
            place_inspection_errors(&tr, &rules, &mut lines, &mut errors);
            None
        }
    };
    let Some(record) = record else {
        if lines.iter().any(|l| l.error.is_some()) {
            errors.push("lines", tr.t("inspection-has-errors"));
        }
        return portal_page(&state, &ctx, w, Some(lines), confirmed_by, errors, None, StatusCode::UNPROCESSABLE_ENTITY)
            .await;
    };
    let stored = crate::uploads::store(&state, photos).await?;
    let event = gate.event(
        "portal.inspection.perform",
        None,
        Some(format!("failed={} photos={}", record.failed, stored.len())),
    );
    let link = ctx.link.as_ref().map(|l| l.id);
    match state.db.submit_inspection(id, &record, &stored, link, &event, state.clock.now()).await {
        Ok(WorkOutcome::Done(_)) => Ok(Redirect::to(&format!("/portal/work-orders/{id}?confirmed=1")).into_response()),
        Ok(WorkOutcome::Refused(rule)) => {
            crate::uploads::discard(&state, &stored).await;
            let mut errors = FieldErrors::default();
            errors.push("confirmed_by", transition_message(&tr, &rule));
            let w = state.db.subcontractor_work_order(id).await?;
            portal_page(&state, &ctx, w, None, confirmed_by, errors, None, StatusCode::CONFLICT).await
        }
        Err(e) => {
            crate::uploads::discard(&state, &stored).await;
            Err(e.into())
        }
    }
}
