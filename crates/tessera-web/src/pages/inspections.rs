//! Recurring inspections (issue #9): staff keep an inspection plan per customer's asset (what
//! is checked, every how many months, when next), plan each inspection from it as a service
//! job with the plan's checklist, and the plan's next due date moves on when the job is done.
//! The customer (a whole-customer link, or a contact with the Service Requests role) sees what
//! is overdue and what is due, month by month, and downloads the reports of past inspections.
use super::orders::text_message;
use super::service::{future_date, rule_message, side, staff_actor};
use super::work_orders::checklist_message;
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
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use tessera_db::service::{InspectionPlanRow, ServiceJobRow, ServiceOutcome};
use tessera_db::work::Asset;
use tessera_domain::ids::{AssetId, InspectionPlanId, ServiceJobId};
use tessera_domain::policy::{Action, Target};
use tessera_domain::service::{DueState, IntervalMonths, PlanDraft, due_state};
use tessera_domain::text::Name;
use tessera_domain::work_order::parse_checklist;

fn plan_id(raw: &str) -> AppResult<InspectionPlanId> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// A plan as a list shows it: where it stands today, and its inspection planned already.
pub struct PlanView {
    pub p: InspectionPlanRow,
    pub due: DueState,
    pub planned: Option<(ServiceJobId, NaiveDate)>,
    /// Every how many months.
    pub months: u64,
    /// How many checks its checklist has.
    pub checks: u64,
}

fn views(plans: Vec<InspectionPlanRow>, jobs: &[ServiceJobRow], today: NaiveDate) -> Vec<PlanView> {
    plans
        .into_iter()
        .map(|p| {
            let planned = p.open_job.and_then(|j| jobs.iter().find(|x| x.id == j)).map(|j| (j.id, j.planned_for));
            let checks = u64::try_from(p.checklist.len()).unwrap_or(u64::MAX);
            PlanView { due: due_state(p.next_due, today), months: u64::from(p.interval_months), checks, p, planned }
        })
        .collect()
}

/// One month of the calendar: its first day and what is due in it.
pub struct Month {
    pub first: NaiveDate,
    pub plans: Vec<PlanView>,
    pub count: u64,
}

/// The plans not overdue, by the month they are due in (months without any left out).
fn by_month(plans: Vec<PlanView>) -> Vec<Month> {
    let mut out: Vec<Month> = Vec::new();
    for v in plans {
        let first = v.p.next_due.with_day(1).unwrap_or(v.p.next_due);
        match out.last_mut() {
            Some(m) if m.first == first => {
                m.plans.push(v);
                m.count += 1;
            }
            _ => out.push(Month { first, plans: vec![v], count: 1 }),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The customer's side

#[derive(Template)]
#[template(path = "service_inspections.html")]
struct CustomerPage {
    l: Layout,
    base: &'static str,
    overdue: Vec<PlanView>,
    months: Vec<Month>,
    /// Past inspections, newest first, each with its report.
    reports: Vec<ReportView>,
}

/// A past inspection and how many of its checks failed.
pub struct ReportView {
    pub j: ServiceJobRow,
    pub failed: Option<u64>,
}

/// `GET /portal/service/inspections`, `GET /customer/service/inspections`: what is overdue,
/// what is due month by month, and the reports of past inspections.
pub async fn customer_plans(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    if ctx.code_pending {
        return Ok(Redirect::to("/portal/code?next=%2Fportal%2Fservice%2Finspections").into_response());
    }
    let gate = Gate::new(&state, &ctx);
    let s = side(&gate, &ctx, Action::CustomerServiceView).await?;
    gate.check(Action::CustomerServiceView, Target::InspectionPlan { id: None, customer: s.customer }).await?;
    let today = state.clock.now().date_naive();
    let jobs = state.db.service_jobs(Some(s.customer), None).await?;
    let plans = state.db.inspection_plans(Some(s.customer)).await?.into_iter().filter(|p| p.active).collect();
    let (overdue, coming): (Vec<PlanView>, Vec<PlanView>) =
        views(plans, &jobs, today).into_iter().partition(|v| v.due == DueState::Overdue);
    let mut reports: Vec<ReportView> = jobs
        .into_iter()
        .filter(|j| j.status.is_done() && !j.checklist.is_empty())
        .map(|j| ReportView { failed: j.failed.map(i64::unsigned_abs), j })
        .collect();
    reports.sort_by(|a, b| b.j.done_at.cmp(&a.j.done_at).then(b.j.id.cmp(&a.j.id)));
    let section = if s.base == "/portal" { "portal" } else { "customer-service" };
    let l = Layout::new(&ctx, ctx.tr().t("inspections-title"), section, &format!("{}/service/inspections", s.base));
    html_status(StatusCode::OK, &CustomerPage { l, base: s.base, overdue, months: by_month(coming), reports })
}

// ---------------------------------------------------------------------------------------------
// The back office

/// The new-plan form as typed.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct PlanForm {
    #[serde(default)]
    asset: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    interval: String,
    #[serde(default)]
    next_due: String,
    #[serde(default)]
    checklist: String,
}

#[derive(Template)]
#[template(path = "service_plans_admin.html")]
struct AdminPage {
    l: Layout,
    plans: Vec<PlanView>,
    /// Customers' assets, for the new plan's asset.
    assets: Vec<(Asset, String)>,
    can_manage: bool,
    today: NaiveDate,
    f: PlanForm,
    errors: FieldErrors,
    flash: Option<String>,
    /// Why a plan's inspection could not be planned (its form may not be shown any more).
    alert: Option<String>,
}

impl AdminPage {
    /// The date the schedule form suggests: the due date, or today for an overdue plan.
    fn suggested(&self, v: &PlanView) -> NaiveDate {
        v.p.next_due.max(self.today)
    }
    /// What is wrong with the plan's schedule form, when it comes back.
    fn schedule_error(&self, v: &PlanView) -> Option<String> {
        let field = format!("planned_for-{}", v.p.id);
        self.errors.has(&field).then(|| self.errors.error(&field))
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct AdminQuery {
    #[serde(default)]
    done: String,
}

/// What the back office's page shows besides its lists.
struct AdminState {
    f: PlanForm,
    errors: FieldErrors,
    flash: Option<String>,
    alert: Option<String>,
    status: StatusCode,
}

impl AdminState {
    fn refused(f: PlanForm, errors: FieldErrors) -> Self {
        Self { f, errors, flash: None, alert: None, status: StatusCode::UNPROCESSABLE_ENTITY }
    }
}

async fn admin_page(state: &AppState, ctx: &Ctx, p: AdminState) -> AppResult<Response> {
    let gate = Gate::new(state, ctx);
    let today = state.clock.now().date_naive();
    let jobs = state.db.service_jobs(None, None).await?;
    let plans = views(state.db.inspection_plans(None).await?, &jobs, today);
    let customers = state.db.customers().await?;
    let assets = state
        .db
        .assets()
        .await?
        .into_iter()
        .filter_map(|a| {
            let name = customers.iter().find(|c| Some(c.id) == a.customer)?.name.clone();
            Some((a, name))
        })
        .collect();
    let can_manage = gate.allows(Action::ServiceManage, Target::Collection);
    let l = Layout::new(ctx, ctx.tr().t("inspections-admin-title"), "service", "/admin/service/inspections");
    let page =
        AdminPage { l, plans, assets, can_manage, today, f: p.f, errors: p.errors, flash: p.flash, alert: p.alert };
    html_status(p.status, &page)
}

/// `GET /admin/service/inspections`: every plan, by next due date, and the form for a new one.
pub async fn admin_plans(State(state): State<AppState>, ctx: Ctx, Query(q): Query<AdminQuery>) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::PartyView, Target::Collection).await?;
    let tr = ctx.tr();
    let flash = match q.done.as_str() {
        "added" => Some(tr.t("inspection-added")),
        "stopped" => Some(tr.t("inspection-stopped")),
        "resumed" => Some(tr.t("inspection-resumed")),
        _ => None,
    };
    let p = AdminState {
        flash,
        status: StatusCode::OK,
        ..AdminState::refused(PlanForm::default(), FieldErrors::default())
    };
    admin_page(&state, &ctx, p).await
}

fn parse_plan(tr: &Tr, f: &PlanForm, today: NaiveDate, errors: &mut FieldErrors) -> Option<(AssetId, PlanDraft)> {
    let asset = f.asset.trim().parse::<AssetId>().map_err(|_| errors.push("asset", tr.t("form-invalid-choice"))).ok();
    let title = Name::parse(&f.title).map_err(|e| errors.push("title", tr.t(text_message(e)))).ok();
    let interval = IntervalMonths::parse(&f.interval);
    if interval.is_none() {
        errors.push("interval", tr.t("inspection-interval-invalid"));
    }
    let next_due = future_date(tr, &f.next_due, today).map_err(|m| errors.push("next_due", m)).ok();
    let checklist = if f.checklist.trim().is_empty() {
        errors.push("checklist", tr.t("inspection-checklist-required"));
        None
    } else {
        match parse_checklist(&f.checklist) {
            Ok(c) => Some(c),
            Err(rules) => {
                for r in &rules {
                    errors.push_once("checklist", checklist_message(tr, r));
                }
                None
            }
        }
    };
    match (asset, title, interval, next_due, checklist) {
        (Some(asset), Some(title), Some(interval), Some(next_due), Some(checklist)) if errors.is_empty() => {
            Some((asset, PlanDraft { title, interval, next_due, checklist }))
        }
        _ => None,
    }
}

/// `POST /admin/service/inspections`: a new plan for a customer's asset.
pub async fn add_plan(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<PlanForm>) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::ServiceManage, Target::Collection).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let now = state.clock.now();
    let Some((asset, draft)) = parse_plan(&tr, &f, now.date_naive(), &mut errors) else {
        return admin_page(&state, &ctx, AdminState::refused(f, errors)).await;
    };
    let event = gate.event(
        "inspection_plan.add",
        None,
        Some(format!("asset={asset} every={} next_due={}", draft.interval.get(), draft.next_due)),
    );
    match state.db.add_inspection_plan(asset, &draft, &event, now).await {
        Ok(ServiceOutcome::Done(_)) => Ok(Redirect::to("/admin/service/inspections?done=added").into_response()),
        Ok(ServiceOutcome::Refused(rule)) => {
            errors.push("asset", rule_message(&tr, rule));
            admin_page(&state, &ctx, AdminState::refused(f, errors)).await
        }
        Err(tessera_db::DbError::NotFound) => {
            errors.push("asset", tr.t("form-invalid-choice"));
            admin_page(&state, &ctx, AdminState::refused(f, errors)).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ScheduleForm {
    #[serde(default)]
    planned_for: String,
    #[serde(default)]
    technician: String,
}

/// `POST /admin/service/inspections/{id}/schedule`: plans the plan's next inspection as a
/// service job with its checklist.
pub async fn schedule(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<ScheduleForm>,
) -> AppResult<Response> {
    let id = plan_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    gate.inspection_plan(Action::ServiceManage, id).await?;
    let tr = ctx.tr();
    let now = state.clock.now();
    let field = format!("planned_for-{id}");
    let mut errors = FieldErrors::default();
    let planned_for =
        future_date(&tr, &f.planned_for, now.date_naive()).map_err(|m| errors.push(field.clone(), m)).ok();
    let technician = match f.technician.trim() {
        "" => Some(None),
        raw => Name::parse(raw).map(Some).map_err(|e| errors.push(field.clone(), tr.t(text_message(e)))).ok(),
    };
    let (Some(planned_for), Some(technician)) = (planned_for, technician) else {
        // Told at the plan's form, and at the top: the form is not there for a stopped plan.
        let alert = Some(errors.error(&field));
        return admin_page(&state, &ctx, AdminState { alert, ..AdminState::refused(PlanForm::default(), errors) })
            .await;
    };
    let event = gate.event("inspection_plan.schedule", None, Some(format!("planned_for={planned_for}")));
    let by = staff_actor(&ctx);
    match state.db.schedule_inspection(id, planned_for, technician.as_ref(), &by, &event, now).await? {
        ServiceOutcome::Done(job) => {
            Ok(Redirect::to(&format!("/admin/service/jobs/{job}?done=planned")).into_response())
        }
        ServiceOutcome::Refused(rule) => {
            let p = AdminState {
                alert: Some(rule_message(&tr, rule)),
                status: StatusCode::CONFLICT,
                ..AdminState::refused(PlanForm::default(), errors)
            };
            admin_page(&state, &ctx, p).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ActiveForm {
    #[serde(default)]
    active: String,
}

/// `POST /admin/service/inspections/{id}/active`: stops a plan (`active=0`) or resumes it.
pub async fn set_active(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<ActiveForm>,
) -> AppResult<Response> {
    let id = plan_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    gate.inspection_plan(Action::ServiceManage, id).await?;
    let active = match f.active.as_str() {
        "1" => true,
        "0" => false,
        _ => return Err(AppError::BadRequest("active")),
    };
    let event = gate.event("inspection_plan.active", None, Some(format!("active={active}")));
    state.db.set_inspection_plan_active(id, active, &event).await?;
    let done = if active { "resumed" } else { "stopped" };
    Ok(Redirect::to(&format!("/admin/service/inspections?done={done}")).into_response())
}
