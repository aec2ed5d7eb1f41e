//! Complaints, end to end: the warehouse raises one on a received delivery (lines, quantities,
//! description, photos/PDF), the supplier answers each line through its link, both sides write
//! in one thread, staff resolve, reject and close. Files go through [`crate::uploads`].
use super::orders::{number_message, parse_date, text_message};
use super::{FieldErrors, Layout, ListQuery, html, html_status};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use crate::uploads::{self, CsrfMultipart, UploadForm};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use tessera_db::attachments::NewAttachment;
use tessera_db::complaints::{
    Author, ClaimLine, ComplaintDetail, ComplaintOutcome, NewClaimLine, NewComplaint, RaiseOutcome, ThreadEntry,
};
use tessera_db::documents::{Complaint, Delivery, DocLine};
use tessera_domain::complaint::{ClaimRule, ComplaintRule, Decision, LineAnswer, check_claim};
use tessera_domain::ids::{AttachmentId, ComplaintId, DeliveryId};
use tessera_domain::number::{Count, Money, Quantity};
use tessera_domain::policy::{Action, Target, decide};
use tessera_domain::text::DocNumber;

/// Longest description, comment or reason.
const MAX_TEXT: usize = 4000;

async fn audit(state: &AppState, ctx: &Ctx, action: &str, object: String, detail: Option<String>) -> AppResult<()> {
    Gate::new(state, ctx).record(action, Some(object), detail).await
}

/// Who is writing: the signed-in person, or the link's party.
fn author(ctx: &Ctx) -> AppResult<Author> {
    match (&ctx.user, &ctx.link) {
        (Some(u), _) => Ok(Author::Staff { user: u.id, name: u.display_name.clone() }),
        (None, Some(l)) => Ok(Author::Supplier { link: l.id, name: l.party_name.clone() }),
        (None, None) => Err(AppError::Unauthenticated),
    }
}

fn claim_message(rule: ClaimRule) -> &'static str {
    match rule {
        ClaimRule::NothingClaimed => "complaint-claim-nothing",
        ClaimRule::MoreThanDelivered => "complaint-claim-more-than-delivered",
        ClaimRule::MoreThanChecked => "complaint-claim-more-than-checked",
    }
}

fn rule_message(rule: ComplaintRule) -> &'static str {
    match rule {
        ComplaintRule::NotOpenForAnswers => "complaint-rule-not-open",
        ComplaintRule::Closed => "complaint-rule-closed",
        ComplaintRule::WrongStep => "complaint-rule-wrong-step",
    }
}

// ---------------------------------------------------------------------------------------------
// Raising a complaint (back office, from the delivery's page)

/// One delivery line on the form, with what was typed for it.
struct FormLine {
    position: i32,
    item_order_number: String,
    item_name: String,
    quantity: Count,
    checked: Option<Count>,
    picked: bool,
    quality: String,
    missing: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "complaint_form.html")]
struct RaisePage {
    l: Layout,
    d: Delivery,
    received: bool,
    number: String,
    number_hint: String,
    date: String,
    description: String,
    lines: Vec<FormLine>,
    errors: FieldErrors,
}

impl RaisePage {
    fn error(&self, field: &str) -> String {
        self.errors.error(field)
    }
    fn has_error(&self, field: &str) -> bool {
        self.errors.has(field)
    }
}

fn form_lines(lines: &[DocLine], form: Option<&UploadForm>) -> Vec<FormLine> {
    lines
        .iter()
        .map(|l| {
            let pos = l.position.to_string();
            FormLine {
                position: l.position,
                item_order_number: l.item_order_number.clone(),
                item_name: l.item_name.clone(),
                quantity: l.quantity,
                checked: l.extra1,
                picked: form.is_some_and(|f| f.all("line").contains(&pos.as_str())),
                quality: form.map(|f| f.field(&format!("quality_{pos}")).to_owned()).unwrap_or_default(),
                missing: form.map(|f| f.field(&format!("missing_{pos}")).to_owned()).unwrap_or_default(),
                error: None,
            }
        })
        .collect()
}

async fn raise_page(state: &AppState, ctx: &Ctx, d: Delivery, form: Option<&UploadForm>) -> AppResult<RaisePage> {
    let today = state.clock.now().date_naive();
    let number_hint = state.db.next_complaint_number(chrono::Datelike::year(&today)).await?;
    let lines = form_lines(&d.lines, form);
    let id = d.summary.id;
    Ok(RaisePage {
        l: Layout::new(
            ctx,
            ctx.tr().t1("complaint-new-title", "number", &d.summary.number),
            "complaints",
            &format!("/admin/deliveries/{id}/complaint"),
        ),
        received: d.summary.status == "received",
        number: form.map(|f| f.field("number").to_owned()).unwrap_or_default(),
        number_hint,
        date: form.map_or_else(|| today.format("%Y-%m-%d").to_string(), |f| f.field("date").to_owned()),
        description: form.map(|f| f.field("description").to_owned()).unwrap_or_default(),
        lines,
        d,
        errors: FieldErrors(Vec::new()),
    })
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id: DeliveryId = id.parse().map_err(|_| AppError::NotFound)?;
    let d = Gate::new(&state, &ctx).delivery(Action::ComplaintRaise, id).await?;
    Ok(html(&raise_page(&state, &ctx, d, None).await?)?.into_response())
}

/// The form as a complaint, or the page with every error at its field.
fn parse_raise(page: &mut RaisePage, ctx: &Ctx, form: &UploadForm) -> Option<NewComplaint> {
    let tr = ctx.tr();
    let mut errors = FieldErrors(Vec::new());
    let number = match form.field("number").trim() {
        "" => None,
        raw => match DocNumber::parse(raw) {
            Ok(n) => Some(n.into_string()),
            Err(e) => {
                errors.push("number", tr.t(text_message(e)));
                None
            }
        },
    };
    let date = parse_date(form.field("date"));
    if date.is_none() {
        errors.push("date", tr.t("form-date-invalid"));
    }
    let description = match tessera_domain::text::optional(form.field("description"), MAX_TEXT) {
        Ok(d) => d,
        Err(e) => {
            errors.push("description", tr.t(text_message(e)));
            None
        }
    };
    if !page.received {
        errors.push("form", tr.t("complaint-not-received"));
    }
    let mut lines = Vec::new();
    for line in page.lines.iter_mut().filter(|l| l.picked) {
        let parse = |raw: &str| if raw.trim().is_empty() { Count::parse("0") } else { Count::parse(raw) };
        let result = match (parse(&line.quality), parse(&line.missing)) {
            (Ok(quality), Ok(missing)) => check_claim(quality, missing, line.quantity, line.checked)
                .map(|()| NewClaimLine { position: line.position, quality, missing })
                .map_err(|rule| tr.t(claim_message(rule))),
            (Err(e), _) | (_, Err(e)) => Err(tr.t(number_message(e))),
        };
        match result {
            Ok(l) => lines.push(l),
            Err(m) => {
                line.error = Some(m);
                errors.push("lines", tr.t("form-lines-have-errors"));
            }
        }
    }
    if page.lines.iter().all(|l| !l.picked) {
        errors.push("lines", tr.t("complaint-no-lines"));
    }
    let user = ctx.user.as_ref()?;
    page.errors = errors;
    if !page.errors.is_empty() {
        return None;
    }
    Some(NewComplaint {
        number,
        delivery: page.d.summary.id,
        date: date?,
        description,
        lines,
        author: Author::Staff { user: user.id, name: user.display_name.clone() },
    })
}

pub async fn raise(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfMultipart(mut form): CsrfMultipart,
) -> AppResult<Response> {
    let id: DeliveryId = id.parse().map_err(|_| AppError::NotFound)?;
    let d = Gate::new(&state, &ctx).delivery(Action::ComplaintRaise, id).await?;
    let files = uploads::check_files(&mut form, "files");
    let mut page = raise_page(&state, &ctx, d, Some(&form)).await?;
    let parsed = parse_raise(&mut page, &ctx, &form);
    let (new, files) = match (parsed, files) {
        (Some(new), Ok(files)) => (new, files),
        (_, files) => {
            if let Err(p) = files {
                page.errors.push("files", p.message(&ctx.tr()));
            }
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let stored = uploads::store(&state, files).await?;
    let now = state.clock.now();
    let outcome = match state.db.raise_complaint(&new, &stored, now).await {
        Ok(o) => o,
        Err(e) => {
            uploads::discard(&state, &stored).await;
            return Err(e.into());
        }
    };
    let tr = ctx.tr();
    let cid = match outcome {
        RaiseOutcome::Created(cid) => cid,
        other => {
            uploads::discard(&state, &stored).await;
            match other {
                RaiseOutcome::NotReceived => page.errors.push("form", tr.t("complaint-not-received")),
                RaiseOutcome::NumberTaken => page.errors.push("number", tr.t("complaint-number-taken")),
                RaiseOutcome::UnknownLine(_) => page.errors.push("form", tr.t("form-reference-gone")),
                RaiseOutcome::Refused(pos, rule) => {
                    if let Some(l) = page.lines.iter_mut().find(|l| l.position == pos) {
                        l.error = Some(tr.t(claim_message(rule)));
                    }
                    page.errors.push("lines", tr.t("form-lines-have-errors"));
                }
                RaiseOutcome::Created(_) => {}
            }
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    audit(
        &state,
        &ctx,
        Action::ComplaintRaise.as_str(),
        format!("complaint:{cid}"),
        Some(format!("delivery=delivery:{id} lines={} files={}", new.lines.len(), stored.len())),
    )
    .await?;
    let flash = match issue_link(&state, &ctx, cid, now).await? {
        Some(_) => "raised",
        None => "no-address",
    };
    Ok(Redirect::to(&format!("/admin/complaints/{cid}?problem={flash}")).into_response())
}

/// A link for this complaint (see it, answer it), emailed to the supplier's address on record in
/// its language, as sending an order does. `None` when the supplier has no address.
async fn issue_link(state: &AppState, ctx: &Ctx, id: ComplaintId, now: DateTime<Utc>) -> AppResult<Option<String>> {
    use tessera_domain::link::{LinkObject, Portal};
    let party = state.db.complaint_party(id).await?;
    let link = tessera_db::links::NewLink {
        portal: Portal::Supplier,
        party,
        object: Some(LinkObject::Complaint(id)),
        actions: [Action::PortalEnter, Action::PortalComplaintView, Action::PortalComplaintAnswer]
            .into_iter()
            .collect(),
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
    audit(
        state,
        ctx,
        "link.issue",
        format!("complaint:{id}"),
        Some(format!("link=link:{link_id} emailed_to={}", mail.to)),
    )
    .await?;
    Ok(Some(mail.to.to_string()))
}

pub async fn send_link(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<super::auth::Empty>,
) -> AppResult<Response> {
    let id: ComplaintId = id.parse().map_err(|_| AppError::NotFound)?;
    Gate::new(&state, &ctx).complaint(Action::ComplaintRaise, id).await?;
    let flash = match issue_link(&state, &ctx, id, state.clock.now()).await? {
        Some(_) => "sent",
        None => "no-address",
    };
    Ok(Redirect::to(&format!("/admin/complaints/{id}?problem={flash}")).into_response())
}

// ---------------------------------------------------------------------------------------------
// The complaint's page, both sides

/// A line with its answer as typed (portal) or stored.
struct LineView {
    line: ClaimLine,
    answer: String,
    reason: String,
    value: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "complaint_show.html")]
struct ShowPage {
    l: Layout,
    c: Complaint,
    detail: ComplaintDetail,
    lines: Vec<LineView>,
    thread: Vec<ThreadEntry>,
    /// The back office or the portal: where forms and files point.
    portal: bool,
    can_answer: bool,
    can_comment: bool,
    can_decide: bool,
    can_send_link: bool,
    comment: String,
    errors: FieldErrors,
    /// A message after an action: (is it a problem, text).
    flash: Option<(bool, String)>,
}

impl ShowPage {
    fn error(&self, field: &str) -> String {
        self.errors.error(field)
    }
    fn has_error(&self, field: &str) -> bool {
        self.errors.has(field)
    }
    /// A file's size as people read it, in KB.
    fn size(&self, bytes: &i64) -> String {
        self.l.tr.n("upload-size-kb", "kb", &bytes.saturating_add(1023).div_euclid(1024).unsigned_abs())
    }
    fn base(&self) -> &'static str {
        if self.portal { "/portal" } else { "/admin" }
    }
}

fn line_views(detail: &ComplaintDetail, form: Option<&UploadForm>) -> Vec<LineView> {
    detail
        .lines
        .iter()
        .map(|l| {
            let typed = |name: &str, stored: &Option<String>| match form {
                Some(f) => f.field(&format!("{name}_{}", l.id)).to_owned(),
                None => stored.clone().unwrap_or_default(),
            };
            LineView {
                answer: typed("answer", &l.answer),
                reason: typed("reason", &l.answer_reason),
                value: typed("value", &l.answer_value),
                line: l.clone(),
                error: None,
            }
        })
        .collect()
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    c: Complaint,
    portal: bool,
    form: Option<&UploadForm>,
    flash: Option<(bool, String)>,
) -> AppResult<ShowPage> {
    let id = c.summary.id;
    let detail = state.db.complaint_detail(id).await?;
    let thread = state.db.complaint_thread(id).await?;
    let target = Target::Complaint { id, party: c.summary.party_id };
    let may = |a: Action| decide(&ctx.principal, a, &target).is_allowed();
    let (can_answer, can_comment, can_decide, can_send_link) = if portal {
        let answer = may(Action::PortalComplaintAnswer);
        (answer && detail.status.accepts_answers(), answer && detail.status.accepts_comments(), false, false)
    } else {
        (
            false,
            may(Action::ComplaintComment) && detail.status.accepts_comments(),
            may(Action::ComplaintDecide) && detail.status.accepts_comments(),
            may(Action::ComplaintRaise) && detail.status.accepts_comments(),
        )
    };
    let path = if portal { format!("/portal/complaints/{id}") } else { format!("/admin/complaints/{id}") };
    let l = Layout::new(
        ctx,
        ctx.tr().t1("complaint-title", "number", &c.summary.number),
        if portal { "portal" } else { "complaints" },
        &path,
    );
    Ok(ShowPage {
        l,
        lines: line_views(&detail, form),
        detail,
        thread,
        portal,
        can_answer,
        can_comment,
        can_decide,
        can_send_link,
        comment: form.map(|f| f.field("comment").to_owned()).unwrap_or_default(),
        errors: FieldErrors(Vec::new()),
        flash,
        c,
    })
}

fn flash(ctx: &Ctx, q: &ListQuery) -> Option<(bool, String)> {
    let tr = ctx.tr();
    match q.problem.as_str() {
        "raised" => Some((false, tr.t("complaint-raised-notice"))),
        "sent" => Some((false, tr.t("complaint-link-sent"))),
        "no-address" => Some((true, tr.t("link-no-address"))),
        "saved" => Some((false, tr.t("saved"))),
        "answered" => Some((false, tr.t("complaint-answer-thanks"))),
        _ => None,
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let id: ComplaintId = id.parse().map_err(|_| AppError::NotFound)?;
    let c = Gate::new(&state, &ctx).complaint(Action::ComplaintView, id).await?;
    let f = flash(&ctx, &q);
    Ok(html(&show_page(&state, &ctx, c, false, None, f).await?)?.into_response())
}

pub async fn portal_show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let id: ComplaintId = id.parse().map_err(|_| AppError::NotFound)?;
    if ctx.code_pending {
        return Ok(Redirect::to(&format!("/portal/code?next=%2Fportal%2Fcomplaints%2F{id}")).into_response());
    }
    let c = Gate::new(&state, &ctx).complaint(Action::PortalComplaintView, id).await?;
    audit(&state, &ctx, Action::PortalComplaintView.as_str(), format!("complaint:{id}"), None).await?;
    let f = flash(&ctx, &q);
    Ok(html(&show_page(&state, &ctx, c, true, None, f).await?)?.into_response())
}

// ---------------------------------------------------------------------------------------------
// The supplier answers

/// Each line's answer as typed; lines left without one keep what they had.
fn parse_answers(page: &mut ShowPage, ctx: &Ctx) -> Vec<(tessera_domain::ids::ComplaintLineId, LineAnswer)> {
    let tr = ctx.tr();
    let mut answers = Vec::new();
    let mut bad = false;
    for v in page.lines.iter_mut() {
        let parsed = match v.answer.as_str() {
            "" => continue,
            "accept" => Ok(LineAnswer::Accept),
            "reject" => match tessera_domain::text::optional(&v.reason, MAX_TEXT) {
                Ok(Some(reason)) => Ok(LineAnswer::Reject { reason }),
                Ok(None) => Err(tr.t("complaint-answer-reason-required")),
                Err(e) => Err(tr.t(text_message(e))),
            },
            "replace" => Quantity::parse(&v.value)
                .and_then(|q| Count::try_from(q.get()))
                .map(|quantity| LineAnswer::Replace { quantity })
                .map_err(|e| tr.t(number_message(e))),
            "credit" => match Money::parse(&v.value) {
                Ok(m) if m.get().is_zero() => Err(tr.t("form-number-zero")),
                Ok(amount) => Ok(LineAnswer::Credit { amount }),
                Err(e) => Err(tr.t(number_message(e))),
            },
            _ => Err(tr.t("form-invalid-choice")),
        };
        match parsed {
            Ok(a) => answers.push((v.line.id, a)),
            Err(m) => {
                v.error = Some(m);
                bad = true;
            }
        }
    }
    if bad {
        page.errors.push("lines", tr.t("form-lines-have-errors"));
    }
    answers
}

pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfMultipart(mut form): CsrfMultipart,
) -> AppResult<Response> {
    let id: ComplaintId = id.parse().map_err(|_| AppError::NotFound)?;
    let c = Gate::new(&state, &ctx).complaint(Action::PortalComplaintAnswer, id).await?;
    let version = form.field("version").trim().parse::<i64>().map_err(|_| AppError::BadRequest("version"))?;
    let tr = ctx.tr();
    let files = uploads::check_files(&mut form, "files");
    let mut page = show_page(&state, &ctx, c, true, Some(&form), None).await?;
    let answers = parse_answers(&mut page, &ctx);
    let comment = match tessera_domain::text::optional(form.field("comment"), MAX_TEXT) {
        Ok(c) => c,
        Err(e) => {
            page.errors.push("comment", tr.t(text_message(e)));
            None
        }
    };
    if answers.is_empty() && page.errors.is_empty() {
        page.errors.push("lines", tr.t("complaint-answer-nothing"));
    }
    let files = match files {
        Ok(f) => f,
        Err(p) => {
            page.errors.push("files", p.message(&tr));
            Vec::new()
        }
    };
    if !page.errors.is_empty() {
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let author = author(&ctx)?;
    let stored = uploads::store(&state, files).await?;
    let outcome = state.db.answer_complaint(id, version, &answers, comment, &author, &stored, state.clock.now()).await;
    match finish(&state, &stored, outcome).await? {
        ComplaintOutcome::Done => {}
        refused => return refused_page(&state, &ctx, id, true, &form, refused).await,
    }
    audit(
        &state,
        &ctx,
        Action::PortalComplaintAnswer.as_str(),
        format!("complaint:{id}"),
        Some(format!(
            "answers={} files={}",
            answers.iter().map(|(l, a)| format!("{l}:{}", a.kind())).collect::<Vec<_>>().join(","),
            stored.len()
        )),
    )
    .await?;
    Ok(Redirect::to(&format!("/portal/complaints/{id}?problem=answered")).into_response())
}

/// The database's answer; files whose record was not saved are removed from the store.
async fn finish(
    state: &AppState,
    stored: &[NewAttachment],
    outcome: Result<ComplaintOutcome, tessera_db::DbError>,
) -> AppResult<ComplaintOutcome> {
    match outcome {
        Ok(ComplaintOutcome::Done) => Ok(ComplaintOutcome::Done),
        Ok(other) => {
            uploads::discard(state, stored).await;
            Ok(other)
        }
        Err(e) => {
            uploads::discard(state, stored).await;
            Err(e.into())
        }
    }
}

/// The page again, fresh from the database, with what was typed and why it did not go through.
async fn refused_page(
    state: &AppState,
    ctx: &Ctx,
    id: ComplaintId,
    portal: bool,
    form: &UploadForm,
    outcome: ComplaintOutcome,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let message = match outcome {
        ComplaintOutcome::Stale => tr.t("complaint-changed-meanwhile"),
        ComplaintOutcome::Refused(rule) => tr.t(rule_message(rule)),
        ComplaintOutcome::Done => String::new(),
    };
    let fresh = state.db.complaint(id).await?;
    let mut page = show_page(state, ctx, fresh, portal, Some(form), None).await?;
    page.errors.push("form", message);
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

// ---------------------------------------------------------------------------------------------
// Comments and files, both sides

async fn post_comment(
    state: AppState,
    ctx: Ctx,
    id: ComplaintId,
    c: Complaint,
    portal: bool,
    mut form: UploadForm,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let files = uploads::check_files(&mut form, "files");
    let mut page = show_page(&state, &ctx, c, portal, Some(&form), None).await?;
    let body = match tessera_domain::text::optional(form.field("comment"), MAX_TEXT) {
        Ok(b) => b,
        Err(e) => {
            page.errors.push("comment", tr.t(text_message(e)));
            None
        }
    };
    let files = match files {
        Ok(f) => f,
        Err(p) => {
            page.errors.push("files", p.message(&tr));
            Vec::new()
        }
    };
    if page.errors.is_empty() && body.is_none() && files.is_empty() {
        page.errors.push("comment", tr.t("complaint-comment-empty"));
    }
    if !page.errors.is_empty() {
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let author = author(&ctx)?;
    let stored = uploads::store(&state, files).await?;
    let outcome = state.db.comment_complaint(id, &author, body, &stored, state.clock.now()).await;
    match finish(&state, &stored, outcome).await? {
        ComplaintOutcome::Done => {}
        refused => return refused_page(&state, &ctx, id, portal, &form, refused).await,
    }
    audit(&state, &ctx, "complaint.comment", format!("complaint:{id}"), Some(format!("files={}", stored.len())))
        .await?;
    let base = if portal { "/portal" } else { "/admin" };
    Ok(Redirect::to(&format!("{base}/complaints/{id}?problem=saved")).into_response())
}

pub async fn comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfMultipart(form): CsrfMultipart,
) -> AppResult<Response> {
    let id: ComplaintId = id.parse().map_err(|_| AppError::NotFound)?;
    let c = Gate::new(&state, &ctx).complaint(Action::ComplaintComment, id).await?;
    post_comment(state, ctx, id, c, false, form).await
}

pub async fn portal_comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfMultipart(form): CsrfMultipart,
) -> AppResult<Response> {
    let id: ComplaintId = id.parse().map_err(|_| AppError::NotFound)?;
    let c = Gate::new(&state, &ctx).complaint(Action::PortalComplaintAnswer, id).await?;
    post_comment(state, ctx, id, c, true, form).await
}

// ---------------------------------------------------------------------------------------------
// Staff decide

#[derive(Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    version: String,
}

pub async fn decide_complaint(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<DecideForm>,
) -> AppResult<Response> {
    let id: ComplaintId = id.parse().map_err(|_| AppError::NotFound)?;
    let c = Gate::new(&state, &ctx).complaint(Action::ComplaintDecide, id).await?;
    let decision = Decision::parse(&f.decision).ok_or(AppError::BadRequest("decision"))?;
    let version = f.version.trim().parse::<i64>().map_err(|_| AppError::BadRequest("version"))?;
    let tr = ctx.tr();
    let form = UploadForm { fields: vec![("comment".into(), f.comment.clone())], files: Vec::new() };
    let comment = match tessera_domain::text::optional(&f.comment, MAX_TEXT) {
        Ok(Some(c)) => Some(c),
        Ok(None) if decision == Decision::Close => None,
        Ok(None) => {
            let mut page = show_page(&state, &ctx, c, false, Some(&form), None).await?;
            page.errors.push("decision_comment", tr.t("complaint-decision-comment-required"));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
        Err(e) => {
            let mut page = show_page(&state, &ctx, c, false, Some(&form), None).await?;
            page.errors.push("decision_comment", tr.t(text_message(e)));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let author = author(&ctx)?;
    let outcome = state.db.decide_complaint(id, version, decision, comment, &author, state.clock.now()).await;
    match finish(&state, &[], outcome).await? {
        ComplaintOutcome::Done => {}
        refused => return refused_page(&state, &ctx, id, false, &form, refused).await,
    }
    audit(
        &state,
        &ctx,
        Action::ComplaintDecide.as_str(),
        format!("complaint:{id}"),
        Some(format!("decision={}", decision.as_str())),
    )
    .await?;
    Ok(Redirect::to(&format!("/admin/complaints/{id}?problem=saved")).into_response())
}

// ---------------------------------------------------------------------------------------------
// Downloads

async fn download(state: AppState, ctx: Ctx, id: String, portal: bool) -> AppResult<Response> {
    let id: AttachmentId = id.parse().map_err(|_| AppError::NotFound)?;
    let a = Gate::new(&state, &ctx).attachment(portal, id).await?;
    let res = uploads::download(&state, &a).await?;
    audit(&state, &ctx, "attachment.download", format!("attachment:{id}"), None).await?;
    Ok(res)
}

pub async fn staff_attachment(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    download(state, ctx, id, false).await
}

pub async fn portal_attachment(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    download(state, ctx, id, true).await
}
