//! Service for customers (issue #9). A customer (through a link, or a contact with the Service
//! Requests role) reports a service request or a defect for one of its sites or assets, with
//! photos and files; gets a reference and an email; follows every step on a timeline with a
//! progress bar; answers staff's questions; downloads the report of each finished job; rates
//! the finished work. Staff triage each request (accept, ask, reject with a reason), plan service
//! jobs and inspections for it, move them on (planned, in progress, waiting for parts, done),
//! fill the inspection's checklist with photos, and close the request with a summary.
//!
//! The customer's pages live under `/portal/service` (a link) and `/customer/service` (a
//! contact): the same handlers, the policy deciding for either principal.
use super::orders::{parse_date, text_message};
use super::work_orders::{
    Line, answered_lines, checklist_lines, checklist_message, place_inspection_errors, read_answers,
};
use super::{FieldErrors, Layout, html_status};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use crate::tr::Tr;
use crate::uploads::{CsrfMultipart, UploadForm};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_db::attachments::{Attachment, NewAttachment};
use tessera_db::service::{
    Actor, NewRequest, Notice, ReportOutcome, ServiceEvent, ServiceJobRow, ServiceOutcome, ServiceRequestRow,
};
use tessera_db::work::Asset;
use tessera_domain::ids::{AttachmentId, PartyId, ServiceJobId, ServiceRequestId};
use tessera_domain::link::LinkObject;
use tessera_domain::policy::{Action, Target};
use tessera_domain::secret::Secret;
use tessera_domain::service::{
    Average, Category, EventKind, JobDraft, JobStatus, Priority, Rating, RequestInput, RequestRule, RequestStatus,
    Satisfaction, ServiceRule, ServiceText, Triage, parse_request, progress, satisfaction,
};
use tessera_domain::text::{Name, TextError};
use tessera_domain::upload::FileKind;
use tessera_domain::work_order::{check_inspection, parse_checklist};
use tessera_i18n::Lang;

// ---------------------------------------------------------------------------------------------
// Who acts

/// The customer's side of a request: whose it is, where its pages are, who is acting.
pub(super) struct Side {
    pub(super) customer: PartyId,
    /// `/portal` for a link, `/customer` for a contact.
    pub(super) base: &'static str,
    pub(super) actor: Actor,
    /// The one request or job a link is for, if it is for one.
    pub(super) object: Option<LinkObject>,
}

/// The customer acting (a link's party or a contact's organisation). Nobody signed in is sent
/// to sign in, and a staff member has no customer side (403), both through the gate.
pub(super) async fn side(gate: &Gate<'_>, ctx: &Ctx, action: Action) -> AppResult<Side> {
    if let Some(l) = &ctx.link {
        return Ok(Side {
            customer: l.party_id,
            base: "/portal",
            actor: Actor { key: format!("link:{}", l.id), name: l.party_name.clone() },
            object: l.object,
        });
    }
    if let Some(c) = &ctx.contact {
        return Ok(Side {
            customer: c.customer,
            base: "/customer",
            actor: Actor { key: format!("contact:{}", c.id), name: c.facts.name.clone() },
            object: None,
        });
    }
    gate.check(action, Target::Collection).await?;
    Err(AppError::Forbidden)
}

pub(super) fn staff_actor(ctx: &Ctx) -> Actor {
    match &ctx.user {
        Some(u) => Actor { key: format!("staff:{}", u.id), name: u.display_name.clone() },
        None => Actor { key: "staff".into(), name: String::new() },
    }
}

fn request_id(raw: &str) -> AppResult<ServiceRequestId> {
    raw.parse().map_err(|_| AppError::NotFound)
}

pub(super) fn job_id(raw: &str) -> AppResult<ServiceJobId> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// The words of a refused step.
pub(super) fn rule_message(tr: &Tr, r: ServiceRule) -> String {
    tr.t(match r {
        ServiceRule::Final => "service-rule-final",
        ServiceRule::NotAwaitingTriage => "service-rule-not-triage",
        ServiceRule::NotAccepted => "service-rule-not-accepted",
        ServiceRule::JobsOpen => "service-rule-jobs-open",
        ServiceRule::TextRequired => "service-rule-text-required",
        ServiceRule::JobDone => "service-rule-job-done",
        ServiceRule::NoChange => "service-rule-no-change",
        ServiceRule::InspectionMissing => "service-rule-inspection-missing",
        ServiceRule::NotRateable => "service-rule-not-rateable",
        ServiceRule::PlanStopped => "service-rule-plan-stopped",
        ServiceRule::PlanJobOpen => "service-rule-plan-job-open",
        ServiceRule::NotCustomerAsset => "service-rule-not-customer-asset",
    })
}

// ---------------------------------------------------------------------------------------------
// Emails

/// The email about a step, for the request's contact (if they gave an address and did not
/// unsubscribe), with its own unsubscribe link.
fn notice(
    state: &AppState,
    r: &ServiceRequestRow,
    kind: EventKind,
    status: String,
    text: Option<&str>,
) -> AppResult<Option<Notice>> {
    let Some(to) = r.contact_email.as_deref().and_then(|e| tessera_domain::email::Email::parse(e).ok()) else {
        return Ok(None);
    };
    if !r.notify && kind != EventKind::Reported {
        return Ok(None);
    }
    let lang: Lang = r.language.parse().unwrap_or_default();
    let secret = Secret::generate().map_err(AppError::internal)?;
    let base = state.config.public_base();
    let unsubscribe_url = format!("{base}/service/unsubscribe/{}", secret.expose());
    // A contact follows the request in the customer portal; a link's reader has the link.
    let url = r.reported_by.starts_with("contact:").then(|| format!("{base}/customer/service/{}", r.id));
    let n = tessera_mail::service::ServiceNotice {
        name: &r.contact_name,
        reference: &r.reference,
        site: &r.site,
        kind,
        status,
        text,
        url: url.as_deref(),
        unsubscribe_url: &unsubscribe_url,
    };
    let mail = tessera_mail::service::service_changed(&to, lang, &n).map_err(AppError::internal)?;
    Ok(Some(Notice { mail, unsubscribe_hash: secret.hash().as_str().to_owned() }))
}

fn status_in(r: &ServiceRequestRow, s: RequestStatus) -> String {
    let tr = Tr { lang: r.language.parse().unwrap_or_default() };
    tr.t1("service-status", "status", s.as_str())
}

fn job_status_in(r: &ServiceRequestRow, s: JobStatus) -> String {
    let tr = Tr { lang: r.language.parse().unwrap_or_default() };
    tr.t1("service-job-status", "status", s.as_str())
}

// ---------------------------------------------------------------------------------------------
// Views shared by both sides

/// A timeline entry as shown.
pub struct EventView {
    pub e: ServiceEvent,
    /// What happened, in the reader's words.
    pub label: String,
    /// Whether the customer's side wrote it (shown on the other side of the thread).
    pub by_customer: bool,
}

fn event_views(tr: &Tr, events: Vec<ServiceEvent>) -> Vec<EventView> {
    events
        .into_iter()
        .map(|e| {
            let label = match (e.kind, e.job_status) {
                (EventKind::JobStatus, Some(s)) => {
                    tr.t1("service-event-job", "status", tr.t1("service-job-status", "status", s.as_str()))
                }
                (k, _) => tr.t1("service-event", "kind", k.as_str()),
            };
            let by_customer = !e.actor.starts_with("staff");
            EventView { e, label, by_customer }
        })
        .collect()
}

/// A file's size as people read it, in KB.
fn size(tr: &Tr, bytes: i64) -> String {
    tr.n("upload-size-kb", "kb", &bytes.saturating_add(1023).div_euclid(1024).unsigned_abs())
}

/// The progress of a request and its jobs, for the bar.
fn progress_of(r: &ServiceRequestRow, jobs: &[ServiceJobRow]) -> u8 {
    let statuses: Vec<JobStatus> = jobs.iter().map(|j| j.status).collect();
    progress(r.status, &statuses)
}

/// The steps of the bar: reported, accepted, planned, in progress, done, closed; how many are
/// reached.
fn steps_reached(r: &ServiceRequestRow, jobs: &[ServiceJobRow]) -> usize {
    match r.status {
        RequestStatus::New | RequestStatus::Question | RequestStatus::Answered => 1,
        RequestStatus::Accepted => 2,
        RequestStatus::Planned if jobs.iter().all(|j| j.status.is_done()) && !jobs.is_empty() => 5,
        RequestStatus::Planned if jobs.iter().any(|j| j.status != JobStatus::Planned) => 4,
        RequestStatus::Planned => 3,
        RequestStatus::Rejected | RequestStatus::Closed => 6,
    }
}

const STEPS: [&str; 6] = ["reported", "accepted", "planned", "in_progress", "done", "closed"];

// ---------------------------------------------------------------------------------------------
// The customer's list

#[derive(Template)]
#[template(path = "service_customer_list.html")]
struct CustomerListPage {
    l: Layout,
    base: &'static str,
    requests: Vec<(ServiceRequestRow, u8)>,
    jobs: Vec<ServiceJobRow>,
    can_report: bool,
}

/// `GET /portal/service`, `GET /customer/service`: the customer's requests and jobs. A link for
/// one request or one job goes straight to it.
pub async fn customer_list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    if ctx.code_pending {
        return Ok(Redirect::to("/portal/code?next=%2Fportal%2Fservice").into_response());
    }
    let gate = Gate::new(&state, &ctx);
    let s = side(&gate, &ctx, Action::CustomerServiceView).await?;
    match s.object {
        Some(LinkObject::ServiceRequest(id)) => {
            return Ok(Redirect::to(&format!("/portal/service/{id}")).into_response());
        }
        Some(LinkObject::ServiceJob(id)) => {
            return Ok(Redirect::to(&format!("/portal/service/jobs/{id}")).into_response());
        }
        _ => {}
    }
    gate.check(Action::CustomerServiceView, Target::ServiceRequest { id: None, customer: s.customer }).await?;
    let requests = state.db.service_requests(Some(s.customer)).await?;
    let jobs = state.db.service_jobs(Some(s.customer), None).await?;
    let requests = requests
        .into_iter()
        .map(|r| {
            let mine: Vec<ServiceJobRow> = jobs.iter().filter(|j| j.request == Some(r.id)).cloned().collect();
            let p = progress_of(&r, &mine);
            (r, p)
        })
        .collect();
    let can_report =
        gate.allows(Action::CustomerServiceCreate, Target::ServiceRequest { id: None, customer: s.customer });
    let section = if s.base == "/portal" { "portal" } else { "customer-service" };
    let l = Layout::new(&ctx, ctx.tr().t("service-title"), section, &format!("{}/service", s.base));
    html_status(StatusCode::OK, &CustomerListPage { l, base: s.base, requests, jobs, can_report })
}

// ---------------------------------------------------------------------------------------------
// Reporting

/// The report form as typed.
#[derive(Debug, Default, Clone)]
pub struct ReportForm {
    asset: String,
    site: String,
    category: String,
    priority: String,
    description: String,
    contact_name: String,
    contact_email: String,
    contact_phone: String,
    preferred_time: String,
}

impl ReportForm {
    fn from_upload(f: &UploadForm) -> Self {
        let v = |k: &str| f.field(k).to_owned();
        Self {
            asset: v("asset"),
            site: v("site"),
            category: v("category"),
            priority: v("priority"),
            description: v("description"),
            contact_name: v("contact_name"),
            contact_email: v("contact_email"),
            contact_phone: v("contact_phone"),
            preferred_time: v("preferred_time"),
        }
    }
    fn input(&self) -> RequestInput<'_> {
        RequestInput {
            asset: &self.asset,
            site: &self.site,
            category: &self.category,
            priority: &self.priority,
            description: &self.description,
            contact_name: &self.contact_name,
            contact_email: &self.contact_email,
            contact_phone: &self.contact_phone,
            preferred_time: &self.preferred_time,
        }
    }
}

#[derive(Template)]
#[template(path = "service_report.html")]
struct ReportPage {
    l: Layout,
    base: &'static str,
    f: ReportForm,
    errors: FieldErrors,
    assets: Vec<Asset>,
    categories: &'static [Category],
    priorities: &'static [Priority],
}

async fn report_page(
    state: &AppState,
    ctx: &Ctx,
    s: &Side,
    f: ReportForm,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let section = if s.base == "/portal" { "portal" } else { "customer-service" };
    let l = Layout::new(ctx, ctx.tr().t("service-new"), section, &format!("{}/service/new", s.base));
    let assets = state.db.customer_assets(s.customer).await?;
    let page = ReportPage { l, base: s.base, f, errors, assets, categories: Category::ALL, priorities: Priority::ALL };
    html_status(status, &page)
}

/// `GET …/service/new`: the form to report a request or a defect.
pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    let s = side(&gate, &ctx, Action::CustomerServiceCreate).await?;
    gate.check(Action::CustomerServiceCreate, Target::ServiceRequest { id: None, customer: s.customer }).await?;
    let mut f = ReportForm { priority: Priority::Normal.as_str().into(), ..Default::default() };
    if let Some(c) = &ctx.contact {
        f.contact_name = c.facts.name.clone();
        f.contact_email = c.facts.email.clone();
        f.contact_phone = c.facts.phone.clone();
    }
    report_page(&state, &ctx, &s, f, FieldErrors::default(), StatusCode::OK).await
}

fn request_message(tr: &Tr, r: &RequestRule) -> String {
    let text = |e: &TextError| tr.t(text_message(e.clone()));
    match r {
        RequestRule::WhereRequired => tr.t("service-where-required"),
        RequestRule::BadAsset | RequestRule::BadCategory | RequestRule::BadPriority => tr.t("form-invalid-choice"),
        RequestRule::ContactEmail => tr.t("service-email-invalid"),
        RequestRule::Description(e)
        | RequestRule::ContactName(e)
        | RequestRule::ContactPhone(e)
        | RequestRule::PreferredTime(e)
        | RequestRule::Site(e) => text(e),
    }
}

/// Photos (images only) and files (PDF or images) of a form: each judged by its content, none
/// empty, at most five of each. Every problem goes to its field.
fn read_files(tr: &Tr, form: &mut UploadForm, errors: &mut FieldErrors) -> Vec<crate::uploads::CheckedFile> {
    let mut out = Vec::new();
    for field in ["photos", "files"] {
        match crate::uploads::check_files(form, field) {
            Ok(files) => {
                if field == "photos" && files.iter().any(|f| f.kind == FileKind::Pdf) {
                    errors.push(field, tr.t("service-photos-images"));
                }
                out.extend(files);
            }
            Err(problem) => errors.push(field, problem.message(tr)),
        }
    }
    out
}

/// `POST …/service` (a form with photos and files): reports a request. Every problem is shown
/// at its field and nothing is saved; an asset of another customer is refused.
pub async fn report(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfMultipart(mut form): CsrfMultipart,
) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    let s = side(&gate, &ctx, Action::CustomerServiceCreate).await?;
    gate.check(Action::CustomerServiceCreate, Target::ServiceRequest { id: None, customer: s.customer }).await?;
    let tr = ctx.tr();
    let f = ReportForm::from_upload(&form);
    let mut errors = FieldErrors::default();
    let draft = match parse_request(&f.input()) {
        Ok(d) => Some(d),
        Err(rules) => {
            for r in &rules {
                errors.push_once(r.field(), request_message(&tr, r));
            }
            None
        }
    };
    let files = read_files(&tr, &mut form, &mut errors);
    let (Some(draft), true) = (draft, errors.is_empty()) else {
        return report_page(&state, &ctx, &s, f, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let stored = crate::uploads::store(&state, files).await?;
    let lang = ctx.lang.code();
    let new = NewRequest { customer: s.customer, draft: &draft, files: &stored, by: &s.actor, language: lang };
    let event = gate.event(
        "service.report",
        None,
        Some(format!("category={} priority={} files={}", draft.category, draft.priority, stored.len())),
    );
    let customer_name = s.actor.name.clone();
    let site_typed = draft.site.as_ref().map(|x| x.as_str().to_owned()).unwrap_or_default();
    let mut mail_error = None;
    let compose = |id: ServiceRequestId| {
        // The confirmation carries the reference, known once the request is written.
        let row = ServiceRequestRow {
            id,
            reference: tessera_domain::service::reference(id),
            customer: s.customer,
            customer_name,
            asset: None,
            site: site_typed,
            category: draft.category,
            priority: draft.priority,
            description: draft.description.as_str().to_owned(),
            contact_name: draft.contact_name.as_str().to_owned(),
            contact_email: draft.contact_email.as_ref().map(|e| e.as_str().to_owned()),
            contact_phone: None,
            preferred_time: None,
            status: RequestStatus::New,
            language: lang.to_owned(),
            notify: true,
            reported_by: s.actor.key.clone(),
            summary: None,
            rating: None,
            rating_comment: None,
            created_at: state.clock.now(),
            updated_at: state.clock.now(),
        };
        let status = status_in(&row, RequestStatus::New);
        match notice(&state, &row, EventKind::Reported, status, None) {
            Ok(n) => n,
            Err(e) => {
                mail_error = Some(e);
                None
            }
        }
    };
    let outcome = state.db.report_service_request(&new, compose, &event, state.clock.now()).await;
    if let Some(e) = mail_error {
        tracing::warn!(error = %e, "could not compose the service request's confirmation");
    }
    match outcome {
        Ok(ReportOutcome::Done(id)) => Ok(Redirect::to(&format!("{}/service/{id}?reported=1", s.base)).into_response()),
        Ok(ReportOutcome::ForeignAsset) => {
            crate::uploads::discard(&state, &stored).await;
            gate.record(
                "service.report",
                Some(format!("asset:{}", f.asset.trim())),
                Some("refused: not the customer's asset".into()),
            )
            .await?;
            errors.push("asset", tr.t("service-asset-not-yours"));
            report_page(&state, &ctx, &s, f, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => {
            crate::uploads::discard(&state, &stored).await;
            Err(e.into())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A request's page, both sides

#[derive(Template)]
#[template(path = "service_request.html")]
struct RequestPage {
    l: Layout,
    /// `/portal`, `/customer` or `/admin`.
    base: &'static str,
    staff: bool,
    r: ServiceRequestRow,
    events: Vec<EventView>,
    jobs: Vec<ServiceJobRow>,
    progress: u8,
    reached: usize,
    steps: [&'static str; 6],
    /// The rating form's choices.
    ratings: [u8; 5],
    /// The customer's forms.
    can_add: bool,
    can_rate: bool,
    /// Staff's forms.
    can_triage: bool,
    can_plan: bool,
    can_close: bool,
    can_link: bool,
    /// What was typed, when a form comes back with problems.
    text: String,
    job: JobForm,
    errors: FieldErrors,
    flash: Option<String>,
}

impl RequestPage {
    /// "4 stars", for a rating and the rating form's choices.
    fn stars(&self, n: &u8) -> String {
        self.l.tr.n("service-rating-stars", "stars", &u64::from(*n))
    }
    fn size(&self, bytes: &i64) -> String {
        size(&self.l.tr, *bytes)
    }
    fn file_url(&self, a: &Attachment) -> String {
        if self.staff {
            format!("/admin/attachments/{}", a.id)
        } else {
            format!("{}/service/files/{}", self.base, a.id)
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ShowQuery {
    #[serde(default)]
    reported: String,
    #[serde(default)]
    done: String,
}

struct PageState {
    text: String,
    job: JobForm,
    errors: FieldErrors,
    flash: Option<String>,
    status: StatusCode,
}

impl PageState {
    fn ok(flash: Option<String>) -> Self {
        Self {
            text: String::new(),
            job: JobForm::default(),
            errors: FieldErrors::default(),
            flash,
            status: StatusCode::OK,
        }
    }
    fn refused(errors: FieldErrors, text: String) -> Self {
        Self { text, job: JobForm::default(), errors, flash: None, status: StatusCode::UNPROCESSABLE_ENTITY }
    }
}

async fn request_page(
    state: &AppState,
    ctx: &Ctx,
    base: &'static str,
    r: ServiceRequestRow,
    p: PageState,
) -> AppResult<Response> {
    let gate = Gate::new(state, ctx);
    let staff = base == "/admin";
    let tr = ctx.tr();
    let events = event_views(&tr, state.db.service_timeline(r.id).await?);
    let jobs = state.db.service_jobs(None, Some(r.id)).await?;
    let target = Target::ServiceRequest { id: Some(r.id), customer: r.customer };
    let customer_may = !staff && gate.allows(Action::CustomerServiceCreate, target);
    let manage = staff && gate.allows(Action::ServiceManage, target);
    let page = RequestPage {
        progress: progress_of(&r, &jobs),
        reached: steps_reached(&r, &jobs),
        steps: STEPS,
        ratings: [1, 2, 3, 4, 5],
        can_add: customer_may && !r.status.is_final(),
        can_rate: customer_may && r.status == RequestStatus::Closed && r.rating.is_none(),
        can_triage: manage
            && matches!(r.status, RequestStatus::New | RequestStatus::Answered | RequestStatus::Question),
        can_plan: manage && matches!(r.status, RequestStatus::Accepted | RequestStatus::Planned),
        can_close: manage && matches!(r.status, RequestStatus::Accepted | RequestStatus::Planned),
        can_link: staff && gate.allows(Action::LinkManage, Target::Collection) && !r.status.is_final(),
        l: Layout::new(
            ctx,
            tr.t1("service-request-title", "reference", &r.reference),
            if staff {
                "service"
            } else if base == "/portal" {
                "portal"
            } else {
                "customer-service"
            },
            &format!("{base}/service/{}", r.id),
        ),
        base,
        staff,
        r,
        events,
        jobs,
        text: p.text,
        job: p.job,
        errors: p.errors,
        flash: p.flash,
    };
    html_status(p.status, &page)
}

fn flash_of(tr: &Tr, q: &ShowQuery) -> Option<String> {
    if q.reported == "1" {
        return Some(tr.t("service-reported"));
    }
    match q.done.as_str() {
        "" => None,
        d if d.len() <= 20 && d.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') => {
            Some(tr.t1("service-done", "what", d))
        }
        _ => None,
    }
}

/// `GET …/service/{id}`: the request, its timeline and its jobs, as the customer sees them.
pub async fn customer_show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    let id = request_id(&id)?;
    if ctx.code_pending {
        return Ok(Redirect::to(&format!("/portal/code?next=%2Fportal%2Fservice%2F{id}")).into_response());
    }
    let gate = Gate::new(&state, &ctx);
    let s = side(&gate, &ctx, Action::CustomerServiceView).await?;
    let r = gate.service_request(Action::CustomerServiceView, id).await?;
    let flash = flash_of(&ctx.tr(), &q);
    request_page(&state, &ctx, s.base, r, PageState::ok(flash)).await
}

/// `POST …/service/{id}/info` (a form with photos and files): the customer adds information,
/// or answers staff's question.
pub async fn add_info(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfMultipart(mut form): CsrfMultipart,
) -> AppResult<Response> {
    let id = request_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    let s = side(&gate, &ctx, Action::CustomerServiceCreate).await?;
    let r = gate.service_request(Action::CustomerServiceCreate, id).await?;
    let tr = ctx.tr();
    let typed = form.field("text").to_owned();
    let mut errors = FieldErrors::default();
    let text = ServiceText::parse(&typed).map_err(|e| errors.push("text", tr.t(text_message(e)))).ok();
    let files = read_files(&tr, &mut form, &mut errors);
    let (Some(text), true) = (text, errors.is_empty()) else {
        return request_page(&state, &ctx, s.base, r, PageState::refused(errors, typed)).await;
    };
    let stored = crate::uploads::store(&state, files).await?;
    let event = gate.event("service.add_info", None, Some(format!("files={}", stored.len())));
    match state.db.add_service_info(id, text.as_str(), &stored, &s.actor, &event, state.clock.now()).await {
        Ok(ServiceOutcome::Done(_)) => Ok(Redirect::to(&format!("{}/service/{id}?done=info", s.base)).into_response()),
        Ok(ServiceOutcome::Refused(rule)) => {
            crate::uploads::discard(&state, &stored).await;
            errors.push("text", rule_message(&tr, rule));
            let r = state.db.service_request(id).await?;
            let mut p = PageState::refused(errors, typed);
            p.status = StatusCode::CONFLICT;
            request_page(&state, &ctx, s.base, r, p).await
        }
        Err(e) => {
            crate::uploads::discard(&state, &stored).await;
            Err(e.into())
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct RatingForm {
    #[serde(default)]
    rating: String,
    #[serde(default)]
    comment: String,
}

/// `POST …/service/{id}/rating`: the customer rates closed work (1–5) with a comment, once.
pub async fn rate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<RatingForm>,
) -> AppResult<Response> {
    let id = request_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    let s = side(&gate, &ctx, Action::CustomerServiceCreate).await?;
    let r = gate.service_request(Action::CustomerServiceCreate, id).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let rating = Rating::parse(&f.rating);
    if rating.is_none() {
        errors.push("rating", tr.t("service-rating-required"));
    }
    let comment = ServiceText::optional(&f.comment).map_err(|e| errors.push("comment", tr.t(text_message(e)))).ok();
    let (Some(rating), Some(comment)) = (rating, comment) else {
        return request_page(&state, &ctx, s.base, r, PageState::refused(errors, f.comment)).await;
    };
    let event = gate.event("service.rate", None, Some(format!("rating={}", rating.get())));
    let comment = comment.as_ref().map(|c| c.as_str());
    match state.db.rate_service_request(id, rating, comment, &s.actor, &event, state.clock.now()).await? {
        ServiceOutcome::Done(()) => Ok(Redirect::to(&format!("{}/service/{id}?done=rated", s.base)).into_response()),
        ServiceOutcome::Refused(rule) => {
            errors.push("rating", rule_message(&tr, rule));
            let mut p = PageState::refused(errors, f.comment);
            p.status = StatusCode::CONFLICT;
            request_page(&state, &ctx, s.base, r, p).await
        }
    }
}

/// `GET …/service/files/{id}`: a file of the customer's request or job.
pub async fn customer_file(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id: AttachmentId = id.parse().map_err(|_| AppError::NotFound)?;
    let a = Gate::new(&state, &ctx).attachment(true, id).await?;
    crate::uploads::download(&state, &a).await
}

// ---------------------------------------------------------------------------------------------
// A job's page, both sides

#[derive(Template)]
#[template(path = "service_job.html")]
struct JobPage {
    l: Layout,
    base: &'static str,
    staff: bool,
    j: ServiceJobRow,
    request: Option<ServiceRequestRow>,
    events: Vec<EventView>,
    answers: Vec<Line>,
    photos: Vec<Attachment>,
    /// Staff's forms: the step, and the checklist while it waits to be filled.
    can_step: bool,
    /// Staff may email a link for this one job.
    can_link: bool,
    statuses: &'static [JobStatus],
    form: Option<Vec<Line>>,
    confirmed_by: String,
    note: String,
    errors: FieldErrors,
    flash: Option<String>,
}

impl JobPage {
    fn file_url(&self, a: &Attachment) -> String {
        if self.staff {
            format!("/admin/attachments/{}", a.id)
        } else {
            format!("{}/service/files/{}", self.base, a.id)
        }
    }
    fn size(&self, bytes: &i64) -> String {
        size(&self.l.tr, *bytes)
    }
}

struct JobState {
    form: Option<Vec<Line>>,
    confirmed_by: String,
    note: String,
    errors: FieldErrors,
    flash: Option<String>,
    status: StatusCode,
}

impl JobState {
    fn ok(flash: Option<String>) -> Self {
        Self {
            form: None,
            confirmed_by: String::new(),
            note: String::new(),
            errors: FieldErrors::default(),
            flash,
            status: StatusCode::OK,
        }
    }
}

async fn job_page(
    state: &AppState,
    ctx: &Ctx,
    base: &'static str,
    j: ServiceJobRow,
    p: JobState,
) -> AppResult<Response> {
    let gate = Gate::new(state, ctx);
    let staff = base == "/admin";
    let tr = ctx.tr();
    let request = match j.request {
        Some(r) => Some(state.db.service_request(r).await?),
        None => None,
    };
    let events = event_views(&tr, state.db.service_job_timeline(j.id).await?);
    let answers = match &j.answers {
        Some(a) => answered_lines(&j.checklist, a),
        None => Vec::new(),
    };
    let photos = state.db.service_job_files(j.id).await?;
    let target = Target::ServiceJob { id: Some(j.id), customer: j.customer, request: j.request };
    let can_step = staff && gate.allows(Action::ServiceManage, target) && !j.status.is_done();
    let fill = can_step && !j.inspection_filled();
    let can_link = staff && gate.allows(Action::LinkManage, Target::Collection);
    let form = if fill { Some(p.form.unwrap_or_else(|| checklist_lines(&j.checklist))) } else { None };
    let l = Layout::new(
        ctx,
        tr.t1("service-job-title", "title", &j.title),
        if staff {
            "service"
        } else if base == "/portal" {
            "portal"
        } else {
            "customer-service"
        },
        &format!("{base}/service/jobs/{}", j.id),
    );
    let page = JobPage {
        l,
        base,
        staff,
        j,
        request,
        events,
        answers,
        photos,
        can_step,
        can_link,
        statuses: JobStatus::ALL,
        form,
        confirmed_by: p.confirmed_by,
        note: p.note,
        errors: p.errors,
        flash: p.flash,
    };
    html_status(p.status, &page)
}

/// `GET …/service/jobs/{id}`: a job as the customer sees it.
pub async fn customer_job(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id = job_id(&id)?;
    if ctx.code_pending {
        return Ok(Redirect::to(&format!("/portal/code?next=%2Fportal%2Fservice%2Fjobs%2F{id}")).into_response());
    }
    let gate = Gate::new(&state, &ctx);
    let s = side(&gate, &ctx, Action::CustomerServiceView).await?;
    let j = gate.service_job(Action::CustomerServiceView, id).await?;
    job_page(&state, &ctx, s.base, j, JobState::ok(None)).await
}

async fn report_pdf(state: &AppState, ctx: &Ctx, j: &ServiceJobRow) -> AppResult<Response> {
    let request = match j.request {
        Some(r) => Some(state.db.service_request(r).await?),
        None => None,
    };
    let bytes = crate::pdf::service_report_pdf(j, request.as_ref(), ctx.tr(), state.clock.now().date_naive())?;
    let name = format!("service-report-{}.pdf", j.id);
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "application/pdf".to_owned()),
            (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        bytes,
    )
        .into_response())
}

/// `GET …/service/jobs/{id}/report.pdf`: the job's report, for the customer.
pub async fn customer_report(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id = job_id(&id)?;
    let j = Gate::new(&state, &ctx).service_job(Action::CustomerServiceView, id).await?;
    report_pdf(&state, &ctx, &j).await
}

// ---------------------------------------------------------------------------------------------
// The back office

#[derive(Debug, Default, Deserialize)]
pub struct AdminQuery {
    #[serde(default)]
    status: String,
}

#[derive(Template)]
#[template(path = "service_admin_list.html")]
struct AdminListPage {
    l: Layout,
    requests: Vec<ServiceRequestRow>,
    jobs: Vec<ServiceJobRow>,
    statuses: &'static [RequestStatus],
    status: String,
    sat: SatisfactionView,
}

/// Months in the satisfaction chart.
const SATISFACTION_MONTHS: u32 = 12;
/// The chart's plot height in SVG units: five stars.
const STAR_PLOT: u64 = 100;
const STAR_TOP: u64 = 10;

/// One month's bar of the satisfaction chart, sized on the server.
pub struct StarBar {
    pub month: chrono::NaiveDate,
    pub avg: Average,
    pub x: u64,
    pub y: u64,
    pub height: u64,
}

/// Customers' ratings of finished work: a bar per month, a gauge per site.
pub struct SatisfactionView {
    pub s: Satisfaction,
    pub bars: Vec<StarBar>,
}

impl SatisfactionView {
    fn new(s: Satisfaction) -> Self {
        let bars = s
            .months
            .iter()
            .zip(0u64..)
            .map(|((month, avg), i)| {
                let height = avg.tenths() * STAR_PLOT / 50;
                StarBar { month: *month, avg: *avg, x: 40 + i * 40, y: STAR_TOP + STAR_PLOT - height, height }
            })
            .collect();
        Self { s, bars }
    }
}

/// `GET /admin/service`: every customer's requests (by status) and the jobs not done.
pub async fn admin_list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<AdminQuery>) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::PartyView, Target::Collection).await?;
    let wanted = q.status.parse::<RequestStatus>().ok();
    let requests =
        state.db.service_requests(None).await?.into_iter().filter(|r| wanted.is_none_or(|w| r.status == w)).collect();
    let mut jobs: Vec<ServiceJobRow> =
        state.db.service_jobs(None, None).await?.into_iter().filter(|j| !j.status.is_done()).collect();
    jobs.sort_by_key(|j| (j.planned_for, j.id));
    let l = Layout::new(&ctx, ctx.tr().t("service-admin-title"), "service", "/admin/service");
    let status = wanted.map(|s| s.as_str().to_owned()).unwrap_or_default();
    let today = state.clock.now().date_naive();
    // The chart's first month starts at most a year back: read no rating older than that.
    let since = state.clock.now() - chrono::Duration::days(i64::from(SATISFACTION_MONTHS) * 31);
    let ratings = state.db.service_ratings(since).await?;
    let sat = SatisfactionView::new(satisfaction(&ratings, today, SATISFACTION_MONTHS));
    html_status(StatusCode::OK, &AdminListPage { l, requests, jobs, statuses: RequestStatus::ALL, status, sat })
}

/// `GET /admin/service/{id}`.
pub async fn admin_show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    let id = request_id(&id)?;
    let r = Gate::new(&state, &ctx).service_request(Action::PartyView, id).await?;
    let flash = flash_of(&ctx.tr(), &q);
    request_page(&state, &ctx, "/admin", r, PageState::ok(flash)).await
}

#[derive(Debug, Default, Deserialize)]
pub struct TriageForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    text: String,
}

/// `POST /admin/service/{id}/triage`: accept, ask the customer (the question is required), or
/// reject (the reason is required).
pub async fn triage(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<TriageForm>,
) -> AppResult<Response> {
    let id = request_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    let r = gate.service_request(Action::ServiceManage, id).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let text = |errors: &mut FieldErrors| match ServiceText::parse(&f.text) {
        Ok(t) => Some(t),
        Err(TextError::Empty) => {
            errors.push("text", rule_message(&tr, ServiceRule::TextRequired));
            None
        }
        Err(e) => {
            errors.push("text", tr.t(text_message(e)));
            None
        }
    };
    let decision = match f.decision.as_str() {
        "accept" => Some(Triage::Accept),
        "ask" => text(&mut errors).map(Triage::Ask),
        "reject" => text(&mut errors).map(Triage::Reject),
        _ => {
            errors.push("decision", tr.t("form-invalid-choice"));
            None
        }
    };
    let Some(decision) = decision else {
        return request_page(&state, &ctx, "/admin", r, PageState::refused(errors, f.text)).await;
    };
    let next = tessera_domain::service::triage(r.status, &decision);
    let body = match &decision {
        Triage::Accept => None,
        Triage::Ask(t) | Triage::Reject(t) => Some(t.as_str()),
    };
    let mail = match next {
        Ok(to) => notice(&state, &r, decision.event(), status_in(&r, to), body)?,
        Err(_) => None,
    };
    let event = gate.event("service.triage", None, Some(format!("decision={}", f.decision)));
    let by = staff_actor(&ctx);
    match state.db.triage_service_request(id, &decision, &by, mail.as_ref(), &event, state.clock.now()).await? {
        ServiceOutcome::Done(_) => {
            Ok(Redirect::to(&format!("/admin/service/{id}?done={}", decision.event().as_str().replace('_', "-")))
                .into_response())
        }
        ServiceOutcome::Refused(rule) => {
            errors.push("decision", rule_message(&tr, rule));
            let mut p = PageState::refused(errors, f.text);
            p.status = StatusCode::CONFLICT;
            request_page(&state, &ctx, "/admin", r, p).await
        }
    }
}

/// The plan-a-job form as typed.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct JobForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    planned_for: String,
    #[serde(default)]
    technician: String,
    #[serde(default)]
    checklist: String,
}

/// A date the work is planned for or due on: today or later; else what is wrong.
pub(super) fn future_date(tr: &Tr, raw: &str, today: chrono::NaiveDate) -> Result<chrono::NaiveDate, String> {
    match parse_date(raw) {
        Some(d) if d < today => Err(tr.t("service-date-past")),
        Some(d) => Ok(d),
        None => Err(tr.t("form-date-invalid")),
    }
}

fn parse_job(tr: &Tr, f: &JobForm, today: chrono::NaiveDate, errors: &mut FieldErrors) -> Option<JobDraft> {
    let title = Name::parse(&f.title).map_err(|e| errors.push("title", tr.t(text_message(e)))).ok();
    let planned_for = future_date(tr, &f.planned_for, today).map_err(|m| errors.push("planned_for", m)).ok();
    let technician = match f.technician.trim() {
        "" => Some(None),
        raw => Name::parse(raw).map(Some).map_err(|e| errors.push("technician", tr.t(text_message(e)))).ok(),
    };
    let checklist = if f.checklist.trim().is_empty() {
        Some(Vec::new())
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
    match (title, planned_for, technician, checklist) {
        (Some(title), Some(planned_for), Some(technician), Some(checklist)) if errors.is_empty() => {
            Some(JobDraft { title, planned_for, technician, checklist })
        }
        _ => None,
    }
}

/// `POST /admin/service/{id}/jobs`: plans a job (with an inspection checklist, or none) for an
/// accepted request.
pub async fn plan(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<JobForm>,
) -> AppResult<Response> {
    let id = request_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    let r = gate.service_request(Action::ServiceManage, id).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let Some(draft) = parse_job(&tr, &f, state.clock.now().date_naive(), &mut errors) else {
        let mut p = PageState::refused(errors, String::new());
        p.job = f;
        return request_page(&state, &ctx, "/admin", r, p).await;
    };
    let lang = Tr { lang: r.language.parse().unwrap_or_default() };
    let when = format!("{} · {}", draft.title, lang.date(&draft.planned_for));
    let mail = match tessera_domain::service::plan(r.status) {
        Ok(to) => notice(&state, &r, EventKind::Planned, status_in(&r, to), Some(&when))?,
        Err(_) => None,
    };
    let event = gate.event("service.plan", None, Some(format!("planned_for={}", draft.planned_for)));
    let by = staff_actor(&ctx);
    match state.db.plan_service_job(id, &draft, &by, mail.as_ref(), &event, state.clock.now()).await? {
        ServiceOutcome::Done(job) => Ok(Redirect::to(&format!("/admin/service/jobs/{job}")).into_response()),
        ServiceOutcome::Refused(rule) => {
            errors.push("title", rule_message(&tr, rule));
            let mut p = PageState::refused(errors, String::new());
            p.job = f;
            p.status = StatusCode::CONFLICT;
            request_page(&state, &ctx, "/admin", r, p).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct CloseForm {
    #[serde(default)]
    summary: String,
}

/// `POST /admin/service/{id}/close`: closes the request with a summary, once its jobs are done.
pub async fn close(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<CloseForm>,
) -> AppResult<Response> {
    let id = request_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    let r = gate.service_request(Action::ServiceManage, id).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let summary = match ServiceText::parse(&f.summary) {
        Ok(s) => Some(s),
        Err(TextError::Empty) => {
            errors.push("summary", rule_message(&tr, ServiceRule::TextRequired));
            None
        }
        Err(e) => {
            errors.push("summary", tr.t(text_message(e)));
            None
        }
    };
    let Some(summary) = summary else {
        return request_page(&state, &ctx, "/admin", r, PageState::refused(errors, f.summary)).await;
    };
    let mail = notice(&state, &r, EventKind::Closed, status_in(&r, RequestStatus::Closed), Some(summary.as_str()))?;
    let event = gate.event("service.close", None, None);
    let by = staff_actor(&ctx);
    match state.db.close_service_request(id, summary.as_str(), &by, mail.as_ref(), &event, state.clock.now()).await? {
        ServiceOutcome::Done(_) => Ok(Redirect::to(&format!("/admin/service/{id}?done=closed")).into_response()),
        ServiceOutcome::Refused(rule) => {
            errors.push("summary", rule_message(&tr, rule));
            let mut p = PageState::refused(errors, f.summary);
            p.status = StatusCode::CONFLICT;
            request_page(&state, &ctx, "/admin", r, p).await
        }
    }
}

/// Emails a customer's link for one request or one job; `None` when there is nobody to send
/// it to (no address with the request, none on record for the customer).
async fn email_object_link(
    state: &AppState,
    ctx: &Ctx,
    gate: &Gate<'_>,
    customer: PartyId,
    object: LinkObject,
) -> AppResult<Option<tessera_domain::ids::LinkId>> {
    use tessera_domain::link::Portal;
    gate.check(Action::LinkManage, Target::Collection).await?;
    let now = state.clock.now();
    // A one-job link only follows the job; reporting new requests needs the whole customer's.
    let actions = match object {
        LinkObject::ServiceRequest(_) => {
            vec![Action::PortalEnter, Action::CustomerServiceView, Action::CustomerServiceCreate]
        }
        _ => vec![Action::PortalEnter, Action::CustomerServiceView],
    };
    let link = tessera_db::links::NewLink {
        portal: Portal::Customer,
        party: customer,
        object: Some(object),
        actions: actions.into_iter().collect(),
        require_code: false,
        note: None,
        expires_at: now + chrono::Duration::days(super::links::DEFAULT_DAYS),
        created_by: ctx.user.as_ref().map(|u| u.id),
        replaces: None,
    };
    let (token, url) = super::links::new_link_url(state)?;
    let mail = match tessera_mail::compose::invitation_for(&state.db, &link, &url).await {
        Ok(m) => m,
        Err(tessera_mail::compose::InvitationError::NoAddress) => return Ok(None),
        Err(e) => return Err(AppError::internal(e)),
    };
    let link_id = state.db.issue_link(&link, &token.hash(), now, Some(&mail)).await?;
    let what = format!("{}:{}", object.kind(), object.id());
    gate.record("link.issue", Some(what), Some(format!("link=link:{link_id}"))).await?;
    Ok(Some(link_id))
}

/// `POST /admin/service/{id}/link`: emails a link for this one request to the person who
/// reported it (or to the customer's address on record).
pub async fn send_link(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<super::auth::Empty>,
) -> AppResult<Response> {
    let id = request_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    let r = gate.service_request(Action::PartyView, id).await?;
    let done = match email_object_link(&state, &ctx, &gate, r.customer, LinkObject::ServiceRequest(id)).await? {
        Some(_) => "link-sent",
        None => "no-address",
    };
    Ok(Redirect::to(&format!("/admin/service/{id}?done={done}")).into_response())
}

/// `POST /admin/service/jobs/{id}/link`: emails a link for this one job (its progress, its
/// inspection, its report) to the person who reported its request, or to the customer.
pub async fn send_job_link(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<super::auth::Empty>,
) -> AppResult<Response> {
    let id = job_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    let j = gate.service_job(Action::PartyView, id).await?;
    let done = match email_object_link(&state, &ctx, &gate, j.customer, LinkObject::ServiceJob(id)).await? {
        Some(_) => "job-link-sent",
        None => "no-address",
    };
    Ok(Redirect::to(&format!("/admin/service/jobs/{id}?done={done}")).into_response())
}

/// `GET /admin/service/jobs/{id}`.
pub async fn admin_job(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    let id = job_id(&id)?;
    let j = Gate::new(&state, &ctx).service_job(Action::PartyView, id).await?;
    let flash = flash_of(&ctx.tr(), &q);
    job_page(&state, &ctx, "/admin", j, JobState::ok(flash)).await
}

/// `GET /admin/service/jobs/{id}/report.pdf`.
pub async fn admin_report(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id = job_id(&id)?;
    let j = Gate::new(&state, &ctx).service_job(Action::PartyView, id).await?;
    report_pdf(&state, &ctx, &j).await
}

#[derive(Debug, Default, Deserialize)]
pub struct StepForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    note: String,
}

/// `POST /admin/service/jobs/{id}/status`: moves the job on, with a note for the customer.
pub async fn step(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<StepForm>,
) -> AppResult<Response> {
    let id = job_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    let j = gate.service_job(Action::ServiceManage, id).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let to = f.status.parse::<JobStatus>().map_err(|_| errors.push("status", tr.t("form-invalid-choice"))).ok();
    let note = ServiceText::optional(&f.note).map_err(|e| errors.push("note", tr.t(text_message(e)))).ok();
    let (Some(to), Some(note)) = (to, note) else {
        let p = JobState { note: f.note, errors, status: StatusCode::UNPROCESSABLE_ENTITY, ..JobState::ok(None) };
        return job_page(&state, &ctx, "/admin", j, p).await;
    };
    let note = note.as_ref().map(|n| n.as_str());
    let request = match j.request {
        Some(r) => Some(state.db.service_request(r).await?),
        None => None,
    };
    let mail = match &request {
        Some(r) if tessera_domain::service::job_step(j.status, to, j.inspection_filled()).is_ok() => {
            let text = format!("{}{}", j.title, note.map(|n| format!("\n{n}")).unwrap_or_default());
            notice(&state, r, EventKind::JobStatus, job_status_in(r, to), Some(&text))?
        }
        _ => None,
    };
    let event = gate.event("service.job_status", None, Some(format!("status={to}")));
    let by = staff_actor(&ctx);
    match state.db.step_service_job(id, to, note, &by, mail.as_ref(), &event, state.clock.now()).await? {
        ServiceOutcome::Done(_) => {
            Ok(Redirect::to(&format!("/admin/service/jobs/{id}?done={}", to.as_str().replace('_', "-")))
                .into_response())
        }
        ServiceOutcome::Refused(rule) => {
            errors.push("status", rule_message(&tr, rule));
            let p = JobState { note: f.note, errors, status: StatusCode::CONFLICT, ..JobState::ok(None) };
            job_page(&state, &ctx, "/admin", j, p).await
        }
    }
}

/// `POST /admin/service/jobs/{id}/inspection` (a form with photos): the technician's filled
/// checklist. Every problem at its item, nothing saved.
pub async fn inspect(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfMultipart(mut form): CsrfMultipart,
) -> AppResult<Response> {
    let id = job_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    let j = gate.service_job(Action::ServiceManage, id).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let mut lines = checklist_lines(&j.checklist);
    let answers = read_answers(&tr, &form, &mut lines);
    let confirmed_by = form.field("confirmed_by").trim().to_owned();
    let photos = match crate::uploads::check_files(&mut form, "photos") {
        Ok(p) => p,
        Err(problem) => {
            errors.push("photos", problem.message(&tr));
            Vec::new()
        }
    };
    if photos.iter().any(|p| p.kind == FileKind::Pdf) {
        errors.push("photos", tr.t("service-photos-images"));
    }
    let record = match check_inspection(&j.checklist, &answers, &confirmed_by) {
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
        let p = JobState {
            form: Some(lines),
            confirmed_by,
            errors,
            status: StatusCode::UNPROCESSABLE_ENTITY,
            ..JobState::ok(None)
        };
        return job_page(&state, &ctx, "/admin", j, p).await;
    };
    let stored: Vec<NewAttachment> = crate::uploads::store(&state, photos).await?;
    let event =
        gate.event("service.inspection", None, Some(format!("failed={} photos={}", record.failed, stored.len())));
    let by = staff_actor(&ctx);
    match state.db.record_service_inspection(id, &record, &stored, &by, &event, state.clock.now()).await {
        Ok(ServiceOutcome::Done(())) => {
            Ok(Redirect::to(&format!("/admin/service/jobs/{id}?done=inspected")).into_response())
        }
        Ok(ServiceOutcome::Refused(rule)) => {
            crate::uploads::discard(&state, &stored).await;
            errors.push("confirmed_by", rule_message(&tr, rule));
            let j = state.db.service_job(id).await?;
            let p = JobState { confirmed_by, errors, status: StatusCode::CONFLICT, ..JobState::ok(None) };
            job_page(&state, &ctx, "/admin", j, p).await
        }
        Err(e) => {
            crate::uploads::discard(&state, &stored).await;
            Err(e.into())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Unsubscribing

#[derive(Template)]
#[template(path = "service_unsubscribe.html")]
struct UnsubscribePage {
    l: Layout,
    token: String,
    /// The request's reference, once unsubscribed.
    done: Option<String>,
}

fn token_of(raw: &str) -> Option<Secret> {
    let t = raw.trim();
    (t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit())).then(|| Secret::from_client(t.to_owned()))
}

/// `GET /service/unsubscribe/{token}`: asks to confirm (a mail scanner following the link
/// does not unsubscribe anybody).
pub async fn unsubscribe_page(ctx: Ctx, Path(token): Path<String>) -> AppResult<Response> {
    if token_of(&token).is_none() {
        return Err(AppError::NotFound);
    }
    let l = Layout::new(&ctx, ctx.tr().t("service-unsubscribe-title"), "", "/");
    html_status(StatusCode::OK, &UnsubscribePage { l, token, done: None })
}

/// `POST /service/unsubscribe/{token}`: stops the emails about that one request.
pub async fn unsubscribe(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<super::auth::Empty>,
) -> AppResult<Response> {
    let secret = token_of(&token).ok_or(AppError::NotFound)?;
    let Some(r) = state.db.unsubscribe_service(secret.hash().as_str()).await? else {
        return Err(AppError::NotFound);
    };
    Gate::new(&state, &ctx).record("service.unsubscribe", Some(format!("service_request:{}", r.id)), None).await?;
    let l = Layout::new(&ctx, ctx.tr().t("service-unsubscribe-title"), "", "/");
    html_status(StatusCode::OK, &UnsubscribePage { l, token: String::new(), done: Some(r.reference) })
}
