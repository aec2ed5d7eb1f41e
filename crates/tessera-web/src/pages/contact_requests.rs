//! The host staff's side of customers' contacts (issue #6): the change requests customers'
//! admins file (list, the request with each change before → after, the thread, comment,
//! approve and apply, reject with a reason), and on a customer's page its purchaser
//! organisation, its contacts and the form that adds one directly (how a customer's first
//! admin gets in: seed 004, "only those individuals requested … are granted roles").
use super::FieldErrors;
use super::{Layout, Pager, html, html_status};
use crate::AppState;
use crate::accounts;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use crate::tr::SideBadge;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::BTreeSet;
use tessera_db::DbError;
use tessera_db::catalog::{Party, PartyFilter};
use tessera_db::contacts::{
    ApproveError, ChangeRequest, ChangeRequestSummary, Contact, CustomerOrg, NewContact, Welcome,
};
use tessera_db::outbox::NewMail;
use tessera_domain::contact::{Change, ContactFacts, ContactRole, Field, RawFacts, RequestStatus, Side};
use tessera_domain::email::Email;
use tessera_domain::ids::{ChangeRequestId, PartyId};
use tessera_domain::policy::{Action, Target};

fn status_of(raw: &str) -> Option<RequestStatus> {
    raw.parse().ok()
}

/// Asks the gate about a request, loading only its scope first.
async fn gate_request(gate: &Gate<'_>, action: Action, id: ChangeRequestId) -> AppResult<()> {
    if matches!(gate.ctx.principal, tessera_domain::policy::Principal::Anonymous) {
        return gate.check(action, Target::Collection).await;
    }
    let customer = gate.state.db.change_request_scope(id).await?;
    gate.check(action, Target::ChangeRequest { id, customer }).await
}

/// Where the requester follows their request: the customer portal's contacts manager.
fn portal_url(state: &AppState) -> String {
    format!("{}/customer/contacts", state.config.public_base())
}

fn requester_mail(req: &ChangeRequest) -> AppResult<(Email, tessera_i18n::Lang)> {
    let to = Email::parse(&req.requester_email).map_err(AppError::internal)?;
    Ok((to, req.requester_language.parse().unwrap_or_default()))
}

fn text_field(raw: &str) -> Result<String, &'static str> {
    super::request_text(raw).map_err(|p| match p {
        super::TextProblem::Missing => "contact-requests-text-missing",
        super::TextProblem::TooLong => "contact-requests-text-too-long",
    })
}

// ---------------------------------------------------------------------------------------------
// The list

#[derive(Debug, Default, Deserialize)]
pub struct ListParams {
    #[serde(default)]
    status: String,
    #[serde(default)]
    customer: String,
    #[serde(default)]
    page: String,
}

#[derive(Template)]
#[template(path = "contact_requests_list.html")]
struct ListPage {
    l: Layout,
    status: String,
    customer: String,
    requests: Vec<ChangeRequestSummary>,
    pager: Pager,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<ListParams>) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::PartyView, Target::Collection).await?;
    let status = status_of(&q.status);
    let customer: Option<PartyId> = q.customer.trim().parse().ok();
    let page_no = q.page.trim().parse().ok().filter(|p| *p >= 1).unwrap_or(1);
    let page = state.db.change_requests(status, customer, page_no).await?;
    let status_text = status.map(|s| s.as_str().to_owned()).unwrap_or_default();
    let customer_text = customer.map(|c| c.to_string()).unwrap_or_default();
    let pager = Pager::new(
        "/admin/contact-requests",
        &[("status", &status_text), ("customer", &customer_text)],
        page.page,
        page.pages,
        page.total,
    );
    let l = Layout::new(&ctx, ctx.tr().t("contact-requests-title"), "contact-requests", "/admin/contact-requests");
    Ok(html(&ListPage { l, status: status_text, customer: customer_text, requests: page.items, pager })?
        .into_response())
}

// ---------------------------------------------------------------------------------------------
// One request

/// One field of a change: before → after.
pub struct FieldRow {
    pub label: String,
    pub before: String,
    pub after: String,
    pub changed: bool,
}

/// One change of a request, as the page shows it.
pub struct ChangeView {
    /// `add`, `update` or `remove`.
    pub kind: &'static str,
    pub kind_label: String,
    pub name: String,
    pub side: SideBadge,
    pub rows: Vec<FieldRow>,
}

/// The labels of a contact's details, in the order [`values`] gives them.
const DETAIL_LABELS: [&str; 6] = [
    "party-contacts-name",
    "party-contacts-email",
    "party-contacts-phone",
    "party-contacts-position",
    "party-contacts-language",
    "party-contacts-roles",
];

type Details<'a> = Option<(&'a ContactFacts, &'a BTreeSet<ContactRole>)>;

fn values(tr: crate::tr::Tr, x: Details<'_>) -> [String; 6] {
    match x {
        Some((f, roles)) => {
            [f.name.clone(), f.email.clone(), f.phone.clone(), f.position.clone(), f.language.clone(), tr.roles(roles)]
        }
        None => Default::default(),
    }
}

fn change_view(tr: crate::tr::Tr, change: &Change) -> ChangeView {
    let facts_rows = |before: Details<'_>, after: Details<'_>| {
        DETAIL_LABELS
            .iter()
            .zip(values(tr, before).into_iter().zip(values(tr, after)))
            .map(|(label, (b, a))| FieldRow { label: tr.t(label), changed: b != a, before: b, after: a })
            .collect::<Vec<_>>()
    };
    match change {
        Change::Add { side, facts, roles } => ChangeView {
            kind: "add",
            kind_label: tr.t("contact-requests-change-add"),
            name: facts.name.clone(),
            side: tr.side_badge(side),
            rows: facts_rows(None, Some((facts, roles))),
        },
        Change::Update { before, facts, roles } => ChangeView {
            kind: "update",
            kind_label: tr.t("contact-requests-change-update"),
            name: before.facts.name.clone(),
            side: tr.side_badge(&before.side),
            rows: facts_rows(Some((&before.facts, &before.roles)), Some((facts, roles))),
        },
        Change::Remove { before } => ChangeView {
            kind: "remove",
            kind_label: tr.t("contact-requests-change-remove"),
            name: before.facts.name.clone(),
            side: tr.side_badge(&before.side),
            rows: facts_rows(Some((&before.facts, &before.roles)), None),
        },
    }
}

#[derive(Template)]
#[template(path = "contact_request_show.html")]
struct ShowPage {
    l: Layout,
    r: ChangeRequest,
    changes: Vec<ChangeView>,
    status_label: String,
    can_decide: bool,
    /// A notice or (true) an error about what was just tried.
    flash: Option<(bool, String)>,
    comment: String,
    reason: String,
    errors: FieldErrors,
}

impl ShowPage {
    fn error(&self, field: &str) -> String {
        self.errors.error(field)
    }
    fn has_error(&self, field: &str) -> bool {
        self.errors.has(field)
    }
}

async fn show_page(state: &AppState, ctx: &Ctx, id: ChangeRequestId) -> AppResult<ShowPage> {
    let r = state.db.change_request(id).await?;
    let tr = ctx.tr();
    let changes = r.changes.changes.iter().map(|c| change_view(tr, c)).collect();
    let pending = r.status == RequestStatus::Pending;
    let can_decide = pending
        && Gate::new(state, ctx).allows(Action::ContactAdminister, Target::ChangeRequest { id, customer: r.customer });
    let l = Layout::new(
        ctx,
        tr.t1("contact-requests-show-title", "number", id.to_string()),
        "contact-requests",
        &format!("/admin/contact-requests/{id}"),
    );
    Ok(ShowPage {
        l,
        status_label: tr.t(&format!("contact-requests-status-{}", r.status.as_str())),
        r,
        changes,
        can_decide,
        flash: None,
        comment: String::new(),
        reason: String::new(),
        errors: FieldErrors::default(),
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    #[serde(default)]
    done: String,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let id = super::change_request_id(&id)?;
    gate_request(&Gate::new(&state, &ctx), Action::PartyView, id).await?;
    let mut page = show_page(&state, &ctx, id).await?;
    let tr = ctx.tr();
    page.flash = match done.done.as_str() {
        "comment" => Some((false, tr.t("contact-requests-done-comment"))),
        "approve" => Some((false, tr.t("contact-requests-done-approve"))),
        "reject" => Some((false, tr.t("contact-requests-done-reject"))),
        _ => None,
    };
    Ok(html(&page)?.into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
}

/// `POST /admin/contact-requests/{id}/messages`: staff write to the requester, who is emailed.
pub async fn comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<CommentForm>,
) -> AppResult<Response> {
    let id = super::change_request_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    gate_request(&gate, Action::ContactAdminister, id).await?;
    let user = ctx.user.as_ref().ok_or(AppError::Unauthenticated)?;
    let tr = ctx.tr();
    let body = match text_field(&form.body) {
        Ok(b) => b,
        Err(msg) => {
            let mut page = show_page(&state, &ctx, id).await?;
            page.comment = form.body;
            page.errors.push_once("body", tr.t(msg));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let req = state.db.change_request(id).await?;
    let (to, lang) = requester_mail(&req)?;
    let mail =
        tessera_mail::contacts::request_question(&to, lang, id.get(), &user.display_name, &body, &portal_url(&state))
            .map_err(AppError::internal)?;
    let event = gate.event("contact_request.comment", Some(format!("contact_request:{id}")), None);
    let now = state.clock.now();
    match state
        .db
        .add_request_message(id, "staff", user.id.get(), &user.display_name, &body, now, Some(&mail), &event)
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/admin/contact-requests/{id}?done=comment")).into_response()),
        Err(DbError::Stale) => not_pending(&state, &ctx, id).await,
        Err(e) => Err(e.into()),
    }
}

async fn not_pending(state: &AppState, ctx: &Ctx, id: ChangeRequestId) -> AppResult<Response> {
    let mut page = show_page(state, ctx, id).await?;
    page.flash = Some((true, ctx.tr().t("contact-requests-not-pending")));
    html_status(StatusCode::CONFLICT, &page)
}

/// `POST /admin/contact-requests/{id}/approve`: everything in the request is applied in one
/// transaction, new contacts are sent their welcome email, the requester is told. If a contact
/// it changes was removed meanwhile, or an email it gives is someone else's now, nothing is.
pub async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_form): CsrfForm<Done>,
) -> AppResult<Response> {
    let id = super::change_request_id(&id)?;
    gate_request(&Gate::new(&state, &ctx), Action::ContactAdminister, id).await?;
    let user = ctx.user.as_ref().ok_or(AppError::Unauthenticated)?;
    let req = state.db.change_request(id).await?;
    if req.status != RequestStatus::Pending {
        return not_pending(&state, &ctx, id).await;
    }
    let org = state.db.customer_org(req.customer).await?;
    let mut welcome = Vec::new();
    for change in &req.changes.changes {
        if let Change::Add { side, facts, roles } = change {
            let (secret, expires_at, mail) = accounts::welcome(&state, facts, org.name_of(*side), roles)?;
            welcome.push(Welcome { email: facts.email.clone(), token: secret.hash(), expires_at, mail });
        }
    }
    let (to, lang) = requester_mail(&req)?;
    let mail = tessera_mail::contacts::request_approved(&to, lang, id.get(), &org.name, &portal_url(&state))
        .map_err(AppError::internal)?;
    let now = state.clock.now();
    let tr = ctx.tr();
    let refused = match state.db.approve_change_request(id, user.id, now, &welcome, Some(&mail)).await {
        Ok(applied) => {
            tracing::info!(
                request = id.get(),
                added = applied.added.len(),
                updated = applied.updated,
                removed = applied.removed,
                "contact change request approved"
            );
            return Ok(Redirect::to(&format!("/admin/contact-requests/{id}?done=approve")).into_response());
        }
        Err(ApproveError::NotPending) => return not_pending(&state, &ctx, id).await,
        Err(ApproveError::ContactGone { name }) => tr.t1("contact-requests-contact-gone", "name", name),
        Err(ApproveError::EmailTaken { email }) => tr.t1("contact-requests-email-taken", "email", email),
        Err(ApproveError::Db(e)) => return Err(e.into()),
    };
    tracing::warn!(request = id.get(), "contact change request could not be applied; nothing was");
    let mut page = show_page(&state, &ctx, id).await?;
    page.flash = Some((true, refused));
    html_status(StatusCode::CONFLICT, &page)
}

#[derive(Debug, Default, Deserialize)]
pub struct RejectForm {
    #[serde(default)]
    reason: String,
}

/// `POST /admin/contact-requests/{id}/reject`: with a reason, which the requester is emailed.
pub async fn reject(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<RejectForm>,
) -> AppResult<Response> {
    let id = super::change_request_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    gate_request(&gate, Action::ContactAdminister, id).await?;
    let user = ctx.user.as_ref().ok_or(AppError::Unauthenticated)?;
    let reason = match text_field(&form.reason) {
        Ok(r) => r,
        Err(msg) => {
            let mut page = show_page(&state, &ctx, id).await?;
            page.reason = form.reason;
            let msg = if msg == "contact-requests-text-missing" { "contact-requests-reason-missing" } else { msg };
            page.errors.push_once("reason", ctx.tr().t(msg));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let req = state.db.change_request(id).await?;
    let (to, lang) = requester_mail(&req)?;
    let mail =
        tessera_mail::contacts::request_rejected(&to, lang, id.get(), &req.customer_name, &reason, &portal_url(&state))
            .map_err(AppError::internal)?;
    let event = gate.event("contact_request.reject", Some(format!("contact_request:{id}")), None);
    let now = state.clock.now();
    match state
        .db
        .close_change_request(id, RequestStatus::Rejected, Some(user.id), Some(&reason), now, Some(&mail), &event)
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/admin/contact-requests/{id}?done=reject")).into_response()),
        Err(DbError::Stale) => not_pending(&state, &ctx, id).await,
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------------------------------------
// On a customer's page: purchaser, contacts, requests, adding a contact

/// What was typed into the add-contact form.
#[derive(Debug, Default, Deserialize)]
pub struct AddForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub side: String,
    #[serde(default)]
    pub role: Vec<String>,
}

/// A role on the add form: whether it is ticked, and which sides it is for.
pub struct RoleChoice {
    pub role: ContactRole,
    pub checked: bool,
    pub sides: String,
}

/// The customer's contacts section of its page.
pub struct PartyContacts {
    pub org: CustomerOrg,
    pub contacts: Vec<Contact>,
    pub requests: Vec<ChangeRequestSummary>,
    /// Parties that can be named as its purchaser.
    pub purchasers: Vec<Party>,
    pub can_admin: bool,
    pub form: AddForm,
    pub roles: Vec<RoleChoice>,
    pub errors: FieldErrors,
    pub flash: Option<String>,
}

impl PartyContacts {
    pub fn error(&self, field: &str) -> String {
        self.errors.error(field)
    }
    pub fn has_error(&self, field: &str) -> bool {
        self.errors.has(field)
    }
    pub fn purchaser_id(&self) -> String {
        self.org.purchaser.as_ref().map(|(id, _)| id.to_string()).unwrap_or_default()
    }
    pub fn language(&self) -> &str {
        if self.form.language.is_empty() { "en" } else { &self.form.language }
    }
}

/// Builds the section for a customer (`None` for other parties).
pub async fn party_contacts(
    state: &AppState,
    ctx: &Ctx,
    party: &Party,
    form: Option<AddForm>,
    errors: FieldErrors,
    flash: Option<String>,
) -> AppResult<Option<PartyContacts>> {
    if !party.kinds.customer {
        return Ok(None);
    }
    let org = state.db.customer_org(party.id).await?;
    let contacts = state.db.contacts_of(party.id).await?;
    let requests = state.db.change_requests(None, Some(party.id), 1).await?.items;
    let can_admin = Gate::new(state, ctx).allows(Action::ContactAdminister, Target::Party(party.id));
    let mut purchasers = Vec::new();
    if can_admin {
        let mut page = 1;
        loop {
            let p = state.db.parties("", PartyFilter::All, page).await?;
            purchasers.extend(p.items.into_iter().filter(|x| x.id != party.id));
            if page >= p.pages {
                break;
            }
            page += 1;
        }
    }
    let form = form.unwrap_or_else(|| AddForm { side: "customer".into(), ..Default::default() });
    let tr = ctx.tr();
    let roles = ContactRole::ALL
        .into_iter()
        .map(|role| RoleChoice {
            role,
            checked: form.role.iter().any(|r| r == role.as_str()),
            sides: Side::ALL.into_iter().filter(|s| role.fits(*s)).map(|s| tr.side(&s)).collect::<Vec<_>>().join(", "),
        })
        .collect();
    Ok(Some(PartyContacts { org, contacts, requests, purchasers, can_admin, form, roles, errors, flash }))
}

fn party_id(raw: &str) -> AppResult<PartyId> {
    raw.parse().map_err(|_| AppError::NotFound)
}

#[derive(Debug, Default, Deserialize)]
pub struct PurchaserForm {
    #[serde(default)]
    purchaser: String,
}

/// `POST /admin/parties/{id}/purchaser`: names (or clears) the organisation that buys for a
/// customer.
pub async fn set_purchaser(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<PurchaserForm>,
) -> AppResult<Response> {
    let id = party_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::ContactAdminister, Target::Party(id)).await?;
    let org = state.db.customer_org(id).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let purchaser = match form.purchaser.trim() {
        "" => None,
        raw => match raw.parse::<PartyId>() {
            Ok(p) if p != id => match state.db.party(p).await {
                Ok(_) => Some(p),
                Err(DbError::NotFound) => {
                    errors.push_once("purchaser", tr.t("party-contacts-purchaser-unknown"));
                    None
                }
                Err(e) => return Err(e.into()),
            },
            _ => {
                errors.push_once("purchaser", tr.t("party-contacts-purchaser-unknown"));
                None
            }
        },
    };
    if purchaser != org.purchaser.as_ref().map(|(p, _)| *p)
        && org.purchaser.is_some()
        && state.db.contacts_of(id).await?.iter().any(|c| c.side == Side::Purchaser)
    {
        errors.push_once("purchaser", tr.t("party-contacts-purchaser-has-contacts"));
    }
    if !errors.is_empty() {
        return render_party(&state, &ctx, id, None, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    state.db.set_purchaser(id, purchaser).await?;
    gate.record(
        "party.purchaser",
        Some(format!("party:{id}")),
        Some(format!("purchaser={}", purchaser.map(|p| p.to_string()).unwrap_or_else(|| "-".into()))),
    )
    .await?;
    Ok(Redirect::to(&format!("/admin/parties/{id}?saved=purchaser#contacts")).into_response())
}

async fn render_party(
    state: &AppState,
    ctx: &Ctx,
    id: PartyId,
    form: Option<AddForm>,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    super::parties::render_show(state, ctx, id, form, errors, None, status).await
}

/// `POST /admin/parties/{id}/contacts`: staff add a contact directly; it is sent its welcome
/// email with the activation link.
pub async fn add_contact(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<AddForm>,
) -> AppResult<Response> {
    let id = party_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::ContactAdminister, Target::Party(id)).await?;
    let org = state.db.customer_org(id).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let raw = RawFacts {
        name: form.name.clone(),
        email: form.email.clone(),
        phone: form.phone.clone(),
        position: form.position.clone(),
        language: form.language.clone(),
    };
    let facts = match ContactFacts::parse(&raw) {
        Ok(f) => Some(f),
        Err(problems) => {
            for (field, rule) in problems {
                errors.push_once(field.as_str(), tr.t(rule.message_id()));
            }
            None
        }
    };
    let side = match form.side.parse::<Side>() {
        Ok(Side::Purchaser) if org.purchaser.is_none() => {
            errors.push_once(Field::Side.as_str(), tr.t("party-contacts-no-purchaser"));
            None
        }
        Ok(s) => Some(s),
        Err(()) => {
            errors.push_once(Field::Side.as_str(), tr.t("party-contacts-side-missing"));
            None
        }
    };
    let mut roles = BTreeSet::new();
    for r in &form.role {
        match r.parse::<ContactRole>() {
            Ok(role) if side.is_none_or(|s| role.fits(s)) => {
                roles.insert(role);
            }
            _ => errors.push_once(Field::Roles.as_str(), tr.t("contact-rule-role-not-for-side")),
        }
    }
    if form.role.is_empty() {
        errors.push_once(Field::Roles.as_str(), tr.t("party-contacts-no-role"));
    }
    let (Some(facts), Some(side), true) = (facts, side, errors.is_empty()) else {
        return render_party(&state, &ctx, id, Some(form), errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let (secret, expires_at, mail): (_, _, NewMail) = accounts::welcome(&state, &facts, org.name_of(side), &roles)?;
    let new = NewContact { customer: id, side, facts, roles };
    let actor = ctx.actor().unwrap_or_else(|| "-".into());
    match state.db.create_contact(&new, &secret.hash(), expires_at, &mail, &actor, state.clock.now()).await {
        Ok(contact) => {
            tracing::info!(contact = contact.get(), customer = id.get(), "contact added by staff");
            Ok(Redirect::to(&format!("/admin/parties/{id}?saved=contact#contacts")).into_response())
        }
        Err(DbError::Conflict) => {
            errors.push_once(Field::Email.as_str(), tr.t("contact-rule-email-taken"));
            render_party(&state, &ctx, id, Some(form), errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /admin/contacts/{id}/remove`: staff take a contact out of the portal at once (someone
/// left and the customer's admin cannot file a request). Its sessions and tokens end in the
/// same transaction; the removal is in the audit log. A request still waiting that changes the
/// contact can no longer be approved (staff are told why).
pub async fn remove_contact(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<super::auth::Empty>,
) -> AppResult<Response> {
    let id: tessera_domain::ids::ContactId = id.parse().map_err(|_| super::not_found())?;
    let gate = Gate::new(&state, &ctx);
    if matches!(ctx.principal, tessera_domain::policy::Principal::Anonymous) {
        gate.check(Action::ContactAdminister, Target::Collection).await?;
    }
    let (customer, side) = state.db.contact_scope(id).await?;
    gate.check(Action::ContactAdminister, Target::Contact { id: Some(id), customer, side }).await?;
    let actor = ctx.actor().unwrap_or_else(|| "-".into());
    state.db.remove_contact(id, &actor, state.clock.now()).await?;
    tracing::info!(contact = id.get(), customer = customer.get(), "contact removed by staff");
    Ok(Redirect::to(&format!("/admin/parties/{customer}?saved=removed#contacts")).into_response())
}
