//! The Contacts Manager of the customer portal (seed 004): an organisation's admins see their
//! organisation's and its purchaser's contacts with their roles, edit details and roles, add
//! and remove contacts, and file the whole set as one change request; while it is pending the
//! page shows the contacts now and as requested side by side, read-only, with the request's
//! thread, a comment form and "Cancel request". Every rule is [`tessera_domain::contact::plan`]'s.
use super::{Layout, html_status};
use crate::AppState;
use crate::accounts::lang_of;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use crate::tr::{SideBadge, Tr};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use tessera_db::DbError;
use tessera_db::audit::AuditEvent;
use tessera_db::contacts::{ChangeRequest, Contact, CustomerOrg, RequestMessage};
use tessera_domain::contact::{
    Change, ChangeSet, ContactFacts, ContactNow, ContactRole, Field, LANGUAGES, Organisation, Problem, RawFacts,
    RequestStatus, RowInput, Side, plan,
};
use tessera_domain::email::Email;
use tessera_domain::ids::{ChangeRequestId, ContactId};
use tessera_domain::policy::{Action, Target};
use tessera_i18n::Lang;

/// Where the manager lives.
const PATH: &str = "/customer/contacts";
/// More rows than any organisation has: a form with more is refused.
const MAX_ROWS: usize = 500;

// ---------------------------------------------------------------------------------------------
// Gates

/// The signed-in contact, allowed into its organisation's Contacts Manager.
async fn enter(state: &AppState, ctx: &Ctx) -> AppResult<Contact> {
    let gate = Gate::new(state, ctx);
    let Some(me) = ctx.contact.as_ref() else {
        // Nobody signed in: the gate answers (sign-in) before anything is looked up.
        gate.check(Action::CustomerContacts, Target::Collection).await?;
        return Err(AppError::Unauthenticated);
    };
    gate.check(Action::CustomerContacts, Target::Party(me.customer)).await?;
    Ok(me.clone())
}

/// The signed-in contact, allowed to act on change request `id`: only the request's scope (its
/// organisation) is read before the decision; another organisation's request is 404, logged.
async fn enter_request(state: &AppState, ctx: &Ctx, id: ChangeRequestId) -> AppResult<Contact> {
    let gate = Gate::new(state, ctx);
    let Some(me) = ctx.contact.as_ref() else {
        gate.check(Action::CustomerContacts, Target::Collection).await?;
        return Err(AppError::Unauthenticated);
    };
    let customer = state.db.change_request_scope(id).await?;
    gate.check(Action::CustomerContacts, Target::ChangeRequest { id, customer }).await?;
    Ok(me.clone())
}

fn event(state: &AppState, ctx: &Ctx, action: &str, object: String, detail: String) -> AuditEvent {
    AuditEvent {
        at: state.clock.now(),
        actor_kind: "contact".into(),
        actor: ctx.actor(),
        action: action.to_owned(),
        object: Some(object),
        outcome: "ok".into(),
        ip: ctx.ip.clone(),
        detail: Some(detail),
    }
}

// ---------------------------------------------------------------------------------------------
// The form: `c<N>_id`, `c<N>_side`, `c<N>_name`, `c<N>_email`, `c<N>_phone`, `c<N>_position`,
// `c<N>_language`, `c<N>_roles` (repeated), `c<N>_remove`; `op` is `add` or `request`.

/// One block of the form as typed.
#[derive(Debug, Clone, Default)]
struct FormRow {
    id: String,
    side: String,
    name: String,
    email: String,
    phone: String,
    position: String,
    language: String,
    roles: Vec<String>,
    remove: bool,
}

impl FormRow {
    /// A new-contact block left as it came: nothing typed, nothing ticked.
    fn is_blank_new(&self) -> bool {
        self.id.trim().is_empty()
            && [&self.name, &self.email, &self.phone, &self.position].iter().all(|s| s.trim().is_empty())
            && self.roles.is_empty()
    }
    fn contact_id(&self) -> Option<ContactId> {
        let raw = self.id.trim();
        if raw.is_empty() {
            return None;
        }
        // An id that is not a number is no contact of the organisation: the plan says so.
        Some(raw.parse().unwrap_or(ContactId::new(0)))
    }
    fn input(&self) -> RowInput {
        RowInput {
            id: self.contact_id(),
            side: self.side.clone(),
            facts: RawFacts {
                name: self.name.clone(),
                email: self.email.clone(),
                phone: self.phone.clone(),
                position: self.position.clone(),
                language: self.language.clone(),
            },
            roles: self.roles.clone(),
            remove: self.remove,
        }
    }
}

struct Submitted {
    op: String,
    rows: BTreeMap<usize, FormRow>,
}

fn parse_form(pairs: &[(String, String)]) -> AppResult<Submitted> {
    let mut op = String::new();
    let mut rows: BTreeMap<usize, FormRow> = BTreeMap::new();
    for (k, v) in pairs {
        if k == "op" {
            op = v.clone();
            continue;
        }
        let Some((n, field)) = k.strip_prefix('c').and_then(|rest| rest.split_once('_')) else { continue };
        let Ok(n) = n.parse::<usize>() else { continue };
        if n >= MAX_ROWS {
            return Err(AppError::BadRequest("too many rows"));
        }
        let row = rows.entry(n).or_default();
        match field {
            "id" => row.id = v.clone(),
            "side" => row.side = v.clone(),
            "name" => row.name = v.clone(),
            "email" => row.email = v.clone(),
            "phone" => row.phone = v.clone(),
            "position" => row.position = v.clone(),
            "language" => row.language = v.clone(),
            "roles" => row.roles.push(v.clone()),
            "remove" => row.remove = !v.is_empty(),
            _ => {}
        }
    }
    Ok(Submitted { op, rows })
}

// ---------------------------------------------------------------------------------------------
// The edit form's page

struct RoleOpt {
    /// What makes its checkbox's id unique in the block.
    key: String,
    value: &'static str,
    label: String,
    about: String,
    checked: bool,
}

struct RoleGroup {
    /// The side these roles are for (the script shows a new contact's chosen side's only).
    side: &'static str,
    label: String,
    /// For a new contact: which organisation these roles are for.
    note: String,
    roles: Vec<RoleOpt>,
}

struct SideOpt {
    value: &'static str,
    label: String,
    selected: bool,
}

struct RowView {
    idx: usize,
    id: Option<ContactId>,
    is_new: bool,
    editable: bool,
    side_label: SideBadge,
    organisation: String,
    name: String,
    email: String,
    phone: String,
    position: String,
    language: String,
    remove: bool,
    summary_roles: String,
    groups: Vec<RoleGroup>,
    sides: Vec<SideOpt>,
    errors: Vec<(String, String)>,
}

/// A text field of a contact's block.
struct TextInput {
    field: &'static str,
    label: String,
    value: String,
    kind: &'static str,
    autocomplete: &'static str,
}

impl RowView {
    fn text_inputs(&self, tr: &Tr) -> Vec<TextInput> {
        let input = |field, id: &str, value: &str, kind, autocomplete| TextInput {
            field,
            label: tr.t(id),
            value: value.to_owned(),
            kind,
            autocomplete,
        };
        vec![
            input("name", "contacts-name", &self.name, "text", "off"),
            input("email", "contacts-email", &self.email, "email", "off"),
            input("phone", "contacts-phone", &self.phone, "tel", "off"),
            input("position", "contacts-position", &self.position, "text", "off"),
        ]
    }
    fn error(&self, field: &str) -> String {
        self.errors.iter().filter(|(f, _)| f == field).map(|(_, m)| m.as_str()).collect::<Vec<_>>().join(" ")
    }
    fn has(&self, field: &str) -> bool {
        self.errors.iter().any(|(f, _)| f == field)
    }
    fn language_name(&self) -> &str {
        self.language.parse::<Lang>().map(Lang::native_name).unwrap_or(&self.language)
    }
    fn open(&self) -> bool {
        self.is_new || !self.errors.is_empty() || self.remove
    }
    fn described(&self, field: &str) -> String {
        if self.has(field) {
            format!(" aria-invalid=\"true\" aria-describedby=\"c{}-{field}-error\"", self.idx)
        } else {
            String::new()
        }
    }
}

#[derive(Template)]
#[template(path = "contacts_manager.html")]
struct ManagerPage {
    l: Layout,
    organisation: String,
    rows: Vec<RowView>,
    /// Messages about the request as a whole.
    top: Vec<String>,
    /// Every problem, with the field it links to.
    summary: Vec<(String, String)>,
    /// Another request of the organisation is already waiting.
    conflict: bool,
    notice: Option<String>,
    alert: Option<String>,
    languages: Vec<(&'static str, &'static str)>,
    can_add: bool,
}

fn field_key(f: Field) -> &'static str {
    match f {
        Field::Request => "row",
        other => other.as_str(),
    }
}

fn role_opt(tr: &Tr, key: String, r: ContactRole, checked: &BTreeSet<String>) -> RoleOpt {
    RoleOpt {
        key,
        value: r.as_str(),
        label: tr.role(&r),
        about: tr.role_about(&r),
        checked: checked.contains(r.as_str()),
    }
}

fn parsed_roles(roles: &BTreeSet<String>) -> BTreeSet<ContactRole> {
    roles.iter().filter_map(|r| r.parse().ok()).collect()
}

struct Ctxs<'a> {
    tr: Tr,
    me: &'a Contact,
    org: &'a CustomerOrg,
}

impl Ctxs<'_> {
    fn existing(&self, idx: usize, c: &Contact, typed: Option<&FormRow>, errors: Vec<(String, String)>) -> RowView {
        // Without a purchaser organisation (any more), its contacts can only be looked at.
        let editable = self.me.grant().may_change(Some(c.id), c.side)
            && (c.side == Side::Customer || self.org.purchaser.is_some());
        let (facts, roles, remove) = match typed.filter(|_| editable) {
            Some(t) => (
                RawFacts {
                    name: t.name.clone(),
                    email: t.email.clone(),
                    phone: t.phone.clone(),
                    position: t.position.clone(),
                    language: t.language.clone(),
                },
                t.roles.iter().cloned().collect::<BTreeSet<_>>(),
                t.remove,
            ),
            None => (raw(&c.facts), c.roles.iter().map(|r| r.as_str().to_owned()).collect(), false),
        };
        let tr = &self.tr;
        let groups = vec![RoleGroup {
            side: c.side.as_str(),
            label: tr.t1("contacts-roles-for", "organisation", self.org.name_of(c.side)),
            note: String::new(),
            roles: ContactRole::for_side(c.side)
                .into_iter()
                .map(|r| role_opt(tr, r.as_str().to_owned(), r, &roles))
                .collect(),
        }];
        RowView {
            idx,
            id: Some(c.id),
            is_new: false,
            editable,
            side_label: tr.side_badge(&c.side),
            organisation: self.org.name_of(c.side).to_owned(),
            name: facts.name,
            email: facts.email,
            phone: facts.phone,
            position: facts.position,
            language: facts.language,
            remove,
            summary_roles: tr.roles(&parsed_roles(&roles)),
            groups,
            sides: Vec::new(),
            errors,
        }
    }

    /// A new-contact block (or a block naming a contact that is not the organisation's).
    fn new_row(&self, idx: usize, typed: Option<&FormRow>, errors: Vec<(String, String)>) -> RowView {
        let tr = &self.tr;
        let t = typed.cloned().unwrap_or_else(|| FormRow { language: "en".into(), ..Default::default() });
        let roles: BTreeSet<String> = t.roles.iter().cloned().collect();
        let grant = self.me.grant();
        // The sides the requester may add to (a purchaser's admin: the purchaser only).
        let offered = |s: Side| grant.may_change(None, s) && (s == Side::Customer || self.org.purchaser.is_some());
        let chosen = t
            .side
            .parse::<Side>()
            .unwrap_or_else(|_| Side::ALL.into_iter().find(|s| offered(*s)).unwrap_or(Side::Customer));
        let sides = Side::ALL
            .into_iter()
            .filter(|s| offered(*s) || *s == chosen)
            .map(|s| SideOpt {
                value: s.as_str(),
                label: tr.t2s("contacts-side-option", "side", tr.side(&s), "organisation", self.org.name_of(s)),
                selected: s == chosen,
            })
            .collect::<Vec<_>>();
        let groups = Side::ALL
            .into_iter()
            .filter(|s| offered(*s) || *s == chosen)
            .map(|s| RoleGroup {
                side: s.as_str(),
                label: tr.t1("contacts-roles-for", "organisation", self.org.name_of(s)),
                note: tr.t("contacts-roles-note"),
                // A role fitting both sides (Ordering) is in both groups: ticked twice, it is
                // one role.
                roles: ContactRole::for_side(s)
                    .into_iter()
                    .map(|r| role_opt(tr, format!("{}-{}", s.as_str(), r.as_str()), r, &roles))
                    .collect(),
            })
            .collect();
        RowView {
            idx,
            id: t.contact_id(),
            is_new: true,
            editable: true,
            side_label: tr.side_badge(&chosen),
            organisation: self.org.name_of(chosen).to_owned(),
            name: t.name,
            email: t.email,
            phone: t.phone,
            position: t.position,
            language: t.language,
            remove: t.remove,
            summary_roles: tr.roles(&parsed_roles(&roles)),
            groups,
            sides,
            errors,
        }
    }
}

fn raw(f: &ContactFacts) -> RawFacts {
    RawFacts {
        name: f.name.clone(),
        email: f.email.clone(),
        phone: f.phone.clone(),
        position: f.position.clone(),
        language: f.language.clone(),
    }
}

/// What the edit form shows: every contact (typed values if the form came back), the new
/// blocks typed, `extra` more empty ones, and the problems at their fields.
struct FormState<'a> {
    typed: Option<&'a BTreeMap<usize, FormRow>>,
    problems: &'a [(Option<usize>, Field, String)],
    extra: usize,
}

fn rows_view(cx: &Ctxs<'_>, contacts: &[Contact], f: &FormState<'_>) -> Vec<RowView> {
    let errors_at = |idx: usize| -> Vec<(String, String)> {
        f.problems
            .iter()
            .filter(|(row, _, _)| *row == Some(idx))
            .map(|(_, field, m)| (field_key(*field).to_owned(), m.clone()))
            .collect()
    };
    let mut rows = Vec::new();
    match f.typed {
        None => {
            for (i, c) in contacts.iter().enumerate() {
                rows.push(cx.existing(i, c, None, Vec::new()));
            }
            let n = contacts.len();
            for k in 0..f.extra.max(1) {
                rows.push(cx.new_row(n + k, None, Vec::new()));
            }
        }
        Some(typed) => {
            let mut next = typed.keys().next_back().map_or(0, |k| k + 1);
            let by_id: BTreeMap<ContactId, usize> =
                typed.iter().filter_map(|(i, r)| r.contact_id().map(|id| (id, *i))).collect();
            let known: BTreeSet<ContactId> = contacts.iter().map(|c| c.id).collect();
            for c in contacts {
                match by_id.get(&c.id) {
                    Some(i) => rows.push(cx.existing(*i, c, typed.get(i), errors_at(*i))),
                    None => {
                        rows.push(cx.existing(next, c, None, Vec::new()));
                        next += 1;
                    }
                }
            }
            for (i, r) in typed {
                let is_known = r.contact_id().is_some_and(|id| known.contains(&id));
                if !is_known {
                    rows.push(cx.new_row(*i, Some(r), errors_at(*i)));
                }
            }
            for _ in 0..f.extra {
                rows.push(cx.new_row(next, None, Vec::new()));
                next += 1;
            }
        }
    }
    rows
}

struct Flash {
    status: StatusCode,
    notice: Option<String>,
    alert: Option<String>,
    conflict: bool,
}

impl Flash {
    fn ok() -> Self {
        Self { status: StatusCode::OK, notice: None, alert: None, conflict: false }
    }
}

async fn manager_page(
    state: &AppState,
    ctx: &Ctx,
    me: &Contact,
    form: &FormState<'_>,
    flash: Flash,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let org = state.db.customer_org(me.customer).await?;
    let contacts = state.db.contacts_of(me.customer).await?;
    let cx = Ctxs { tr, me, org: &org };
    let rows = rows_view(&cx, &contacts, form);
    let top: Vec<String> =
        form.problems.iter().filter(|(row, _, _)| row.is_none()).map(|(_, _, m)| m.clone()).collect();
    let summary = form
        .problems
        .iter()
        .map(|(row, field, m)| {
            let anchor = match (row, field) {
                (None, _) => "request-errors".to_owned(),
                (Some(i), Field::Request) => format!("c{i}"),
                (Some(i), f) => format!("c{i}-{}", f.as_str()),
            };
            let who = row
                .and_then(|i| rows.iter().find(|r| r.idx == i))
                .map(|r| if r.name.trim().is_empty() { tr.t("contacts-new-contact") } else { r.name.clone() });
            (
                anchor,
                match who {
                    Some(w) => format!("{w}: {m}"),
                    None => m.clone(),
                },
            )
        })
        .collect();
    let page = ManagerPage {
        l: Layout::new(ctx, tr.t("contacts-title"), "customer-contacts", PATH),
        organisation: org.name.clone(),
        can_add: Side::ALL.into_iter().any(|s| me.grant().may_change(None, s)),
        rows,
        top,
        summary,
        conflict: flash.conflict,
        notice: flash.notice,
        alert: flash.alert,
        languages: LANGUAGES
            .iter()
            .map(|code| (*code, code.parse::<Lang>().map(Lang::native_name).unwrap_or(code)))
            .collect(),
    };
    html_status(flash.status, &page)
}

// ---------------------------------------------------------------------------------------------
// The pending request's page

struct DetailLine {
    label: String,
    now: String,
    then: String,
    changed: bool,
}

struct RoleMark {
    label: String,
    /// `added`, `removed` or `kept`.
    mark: &'static str,
    text: String,
}

struct PendingRow {
    name: String,
    side_label: SideBadge,
    organisation: String,
    /// `new`, `removed`, `changed` or `unchanged`.
    kind: &'static str,
    marker: String,
    now_roles: String,
    roles: Vec<RoleMark>,
    details: Vec<DetailLine>,
}

#[derive(Template)]
#[template(path = "contacts_pending.html")]
struct PendingPage {
    l: Layout,
    organisation: String,
    id: ChangeRequestId,
    heading: String,
    filed_by: String,
    rows: Vec<PendingRow>,
    messages: Vec<RequestMessage>,
    comment: String,
    comment_error: Option<String>,
    can_cancel: bool,
    notice: Option<String>,
}

fn details(tr: &Tr, now: Option<&ContactFacts>, then: Option<&ContactFacts>) -> Vec<DetailLine> {
    let get = |f: Option<&ContactFacts>, k: usize| -> String {
        f.map(|f| match k {
            0 => f.email.clone(),
            1 => f.phone.clone(),
            2 => f.position.clone(),
            _ => f.language.parse::<Lang>().map(Lang::native_name).unwrap_or(&f.language).to_owned(),
        })
        .unwrap_or_default()
    };
    ["contacts-email", "contacts-phone", "contacts-position", "contacts-language"]
        .iter()
        .enumerate()
        .map(|(k, id)| {
            let (a, b) = (get(now, k), get(then, k));
            DetailLine { label: tr.t(id), changed: now.is_some() && then.is_some() && a != b, now: a, then: b }
        })
        .collect()
}

fn role_marks(tr: &Tr, now: &BTreeSet<ContactRole>, then: &BTreeSet<ContactRole>) -> Vec<RoleMark> {
    now.union(then)
        .map(|r| {
            let mark = match (now.contains(r), then.contains(r)) {
                (false, true) => "added",
                (true, false) => "removed",
                _ => "kept",
            };
            RoleMark { label: tr.role(r), mark, text: tr.t(&format!("contacts-mark-{mark}")) }
        })
        .collect()
}

fn pending_rows(tr: &Tr, org: &CustomerOrg, contacts: &[Contact], set: &ChangeSet) -> Vec<PendingRow> {
    let mut rows = Vec::new();
    let none = BTreeSet::new();
    for c in contacts {
        let change = set.changes.iter().find(|ch| ch.contact() == Some(c.id));
        let base = |kind: &'static str| PendingRow {
            name: c.facts.name.clone(),
            side_label: tr.side_badge(&c.side),
            organisation: org.name_of(c.side).to_owned(),
            kind,
            marker: tr.t(&format!("contacts-kind-{kind}")),
            now_roles: tr.roles(&c.roles),
            roles: Vec::new(),
            details: Vec::new(),
        };
        rows.push(match change {
            Some(Change::Remove { .. }) => PendingRow {
                roles: role_marks(tr, &c.roles, &none),
                details: details(tr, Some(&c.facts), None),
                ..base("removed")
            },
            Some(Change::Update { facts, roles, .. }) => PendingRow {
                name: if facts.name == c.facts.name {
                    c.facts.name.clone()
                } else {
                    tr.t2s("contacts-renamed", "before", &c.facts.name, "after", &facts.name)
                },
                roles: role_marks(tr, &c.roles, roles),
                details: details(tr, Some(&c.facts), Some(facts)),
                ..base("changed")
            },
            _ => PendingRow {
                roles: role_marks(tr, &c.roles, &c.roles),
                details: details(tr, Some(&c.facts), Some(&c.facts)),
                ..base("unchanged")
            },
        });
    }
    for ch in &set.changes {
        if let Change::Add { side, facts, roles } = ch {
            rows.push(PendingRow {
                name: facts.name.clone(),
                side_label: tr.side_badge(side),
                organisation: org.name_of(*side).to_owned(),
                kind: "new",
                marker: tr.t("contacts-kind-new"),
                now_roles: String::new(),
                roles: role_marks(tr, &none, roles),
                details: details(tr, None, Some(facts)),
            });
        }
    }
    rows
}

/// Whether `me` may cancel the request: its requester, or an admin of the requester's side.
async fn may_cancel(state: &AppState, me: &Contact, req: &ChangeRequest) -> AppResult<bool> {
    if req.requested_by == me.id {
        return Ok(true);
    }
    Ok(match state.db.contact(req.requested_by).await {
        Ok(requester) => me.grant().may_change(Some(requester.id), requester.side),
        Err(DbError::NotFound) => true,
        Err(e) => return Err(e.into()),
    })
}

async fn pending_page(
    state: &AppState,
    ctx: &Ctx,
    me: &Contact,
    req: ChangeRequest,
    status: StatusCode,
    notice: Option<String>,
    comment: (String, Option<String>),
) -> AppResult<Response> {
    let tr = ctx.tr();
    let org = state.db.customer_org(me.customer).await?;
    let contacts = state.db.contacts_of(me.customer).await?;
    let can_cancel = may_cancel(state, me, &req).await?;
    let page = PendingPage {
        l: Layout::new(ctx, tr.t("contacts-title"), "customer-contacts", PATH),
        organisation: org.name.clone(),
        id: req.id,
        heading: tr.t1("contacts-pending-title", "number", req.id.to_string()),
        filed_by: tr.t2s("contacts-pending-by", "at", tr.datetime(&req.created_at), "name", &req.requester_name),
        rows: pending_rows(&tr, &org, &contacts, &req.changes),
        messages: req.messages,
        comment: comment.0,
        comment_error: comment.1,
        can_cancel,
        notice,
    };
    html_status(status, &page)
}

// ---------------------------------------------------------------------------------------------
// Handlers

#[derive(Debug, Default, Deserialize)]
pub struct ManagerQuery {
    #[serde(default)]
    filed: String,
    #[serde(default)]
    cancelled: String,
    #[serde(default)]
    commented: String,
}

/// `GET /customer/contacts`: the pending request, read-only, or the edit form.
pub async fn show(State(state): State<AppState>, ctx: Ctx, Query(q): Query<ManagerQuery>) -> AppResult<Response> {
    let me = enter(&state, &ctx).await?;
    let tr = ctx.tr();
    if let Some(req) = state.db.pending_change_request(me.customer).await? {
        let notice = if !q.filed.is_empty() && q.filed == req.id.to_string() {
            Some(tr.t1("contacts-filed", "number", req.id.to_string()))
        } else if !q.commented.is_empty() {
            Some(tr.t("contacts-commented"))
        } else {
            None
        };
        return pending_page(&state, &ctx, &me, req, StatusCode::OK, notice, (String::new(), None)).await;
    }
    let mut flash = Flash::ok();
    if let Ok(n) = q.cancelled.parse::<i64>() {
        flash.notice = Some(tr.t1("contacts-cancelled", "number", n.to_string()));
    }
    manager_page(&state, &ctx, &me, &FormState { typed: None, problems: &[], extra: 1 }, flash).await
}

/// One line per change for the "request received" email, in the requester's language.
fn summary_lines(tr: &Tr, set: &ChangeSet) -> Vec<String> {
    let mut out = Vec::new();
    for ch in &set.changes {
        match ch {
            Change::Add { facts, roles, .. } => {
                out.push(tr.t2s("contacts-line-add", "name", &facts.name, "roles", tr.roles(roles)));
            }
            Change::Remove { before } => out.push(tr.t1("contacts-line-remove", "name", &before.facts.name)),
            Change::Update { before, facts, roles } => {
                if *roles != before.roles {
                    out.push(tr.t2s("contacts-line-roles", "name", &before.facts.name, "roles", tr.roles(roles)));
                }
                if *facts != before.facts {
                    out.push(tr.t1("contacts-line-details", "name", &before.facts.name));
                }
            }
        }
    }
    out
}

/// `POST /customer/contacts`: "Add another contact" re-renders the form with one more block;
/// "Request changes" checks the whole set and files it, or shows every problem at its field.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let me = enter(&state, &ctx).await?;
    let tr = ctx.tr();
    let form = parse_form(&pairs)?;
    if form.op != "request" {
        let state_ = FormState { typed: Some(&form.rows), problems: &[], extra: 1 };
        return manager_page(&state, &ctx, &me, &state_, Flash::ok()).await;
    }
    // Blocks for new contacts left empty are not part of the request.
    let kept: Vec<(usize, &FormRow)> =
        form.rows.iter().filter(|(_, r)| !r.is_blank_new()).map(|(i, r)| (*i, r)).collect();
    let inputs: Vec<RowInput> = kept.iter().map(|(_, r)| r.input()).collect();
    let org = state.db.customer_org(me.customer).await?;
    let contacts = state.db.contacts_of(me.customer).await?;
    let now_list: Vec<ContactNow> = contacts.iter().map(Contact::now).collect();
    let emails: Vec<String> = inputs
        .iter()
        .filter_map(|r| Email::parse(&r.facts.email).ok().map(|e| e.as_str().to_owned()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let taken = state.db.emails_in_use_elsewhere(me.customer, &emails).await?;
    let organisation = Organisation {
        customer: me.customer,
        has_purchaser: org.purchaser.is_some(),
        contacts: &now_list,
        taken_elsewhere: &taken,
    };
    let set = match plan(&organisation, &me.grant(), &inputs) {
        Ok(set) => set,
        Err(problems) => {
            let placed = place(&tr, &problems, &kept);
            let state_ = FormState { typed: Some(&form.rows), problems: &placed, extra: 0 };
            let flash = Flash { status: StatusCode::UNPROCESSABLE_ENTITY, ..Flash::ok() };
            return manager_page(&state, &ctx, &me, &state_, flash).await;
        }
    };
    // The "request received" email, in the requester's language, composed once the request's
    // number is known, in the transaction that files it.
    let lang = lang_of(&me.facts);
    let summary = summary_lines(&Tr { lang }, &set);
    let to = Email::parse(&me.facts.email).map_err(AppError::internal)?;
    let url = format!("{}{PATH}", state.config.public_base());
    let org_name = org.name.clone();
    let mail = move |id: ChangeRequestId| {
        let notice =
            tessera_mail::contacts::RequestNotice { number: id.get(), organisation: &org_name, summary, url: &url };
        tessera_mail::contacts::request_received(&to, lang, &notice)
            .map_err(|e| tracing::error!(%e, "cannot compose the request-received email"))
            .ok()
    };
    let ev = event(
        &state,
        &ctx,
        "contact_request.file",
        String::new(),
        format!("customer={} changes={}", me.customer, set.changes.len()),
    );
    match state.db.file_change_request_with(me.customer, me.id, &set, state.clock.now(), mail, &ev).await {
        Ok(id) => Ok(Redirect::to(&format!("{PATH}?filed={id}")).into_response()),
        Err(DbError::Conflict) => {
            let state_ = FormState { typed: Some(&form.rows), problems: &[], extra: 0 };
            let flash = Flash { status: StatusCode::CONFLICT, conflict: true, ..Flash::ok() };
            manager_page(&state, &ctx, &me, &state_, flash).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The plan's problems, placed at the form's blocks and in the reader's language.
fn place(tr: &Tr, problems: &[Problem], kept: &[(usize, &FormRow)]) -> Vec<(Option<usize>, Field, String)> {
    problems
        .iter()
        .map(|p| (p.row.and_then(|i| kept.get(i).map(|(idx, _)| *idx)), p.field, tr.t(p.rule.message_id())))
        .collect()
}

#[derive(Debug, Default, Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    comment: String,
}

/// `POST /customer/contacts/requests/{id}/messages`: a comment on the pending request.
pub async fn comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<CommentForm>,
) -> AppResult<Response> {
    let id = super::change_request_id(&id)?;
    let me = enter_request(&state, &ctx, id).await?;
    let tr = ctx.tr();
    let body = match super::request_text(&form.comment) {
        Ok(body) => body,
        Err(problem) => {
            let p = match problem {
                super::TextProblem::Missing => "contacts-comment-empty",
                super::TextProblem::TooLong => "contacts-comment-too-long",
            };
            let req = state.db.change_request(id).await?;
            if req.status == RequestStatus::Pending {
                let typed = (form.comment.clone(), Some(tr.t(p)));
                return pending_page(&state, &ctx, &me, req, StatusCode::UNPROCESSABLE_ENTITY, None, typed).await;
            }
            return decided(&state, &ctx, &me).await;
        }
    };
    let ev = event(&state, &ctx, "contact_request.comment", format!("contact_request:{id}"), String::new());
    let now = state.clock.now();
    match state.db.add_request_message(id, "contact", me.id.get(), &me.facts.name, &body, now, None, &ev).await {
        Ok(()) => Ok(Redirect::to(&format!("{PATH}?commented={id}#thread")).into_response()),
        Err(DbError::Stale) => decided(&state, &ctx, &me).await,
        Err(e) => Err(e.into()),
    }
}

/// The request was decided (or cancelled) meanwhile: the page as it is now, with word of it.
async fn decided(state: &AppState, ctx: &Ctx, me: &Contact) -> AppResult<Response> {
    let tr = ctx.tr();
    let alert = Some(tr.t("contacts-request-closed"));
    if let Some(req) = state.db.pending_change_request(me.customer).await? {
        return pending_page(state, ctx, me, req, StatusCode::CONFLICT, alert, (String::new(), None)).await;
    }
    let flash = Flash { status: StatusCode::CONFLICT, alert, ..Flash::ok() };
    manager_page(state, ctx, me, &FormState { typed: None, problems: &[], extra: 1 }, flash).await
}

#[derive(Debug, Default, Deserialize)]
pub struct EmptyForm {}

/// `POST /customer/contacts/requests/{id}/cancel`: the organisation withdraws its request.
pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_form): CsrfForm<EmptyForm>,
) -> AppResult<Response> {
    let id = super::change_request_id(&id)?;
    let me = enter_request(&state, &ctx, id).await?;
    let req = state.db.change_request(id).await?;
    if req.status != RequestStatus::Pending {
        return decided(&state, &ctx, &me).await;
    }
    if !may_cancel(&state, &me, &req).await? {
        return Err(AppError::Forbidden);
    }
    let ev = event(&state, &ctx, "contact_request.cancel", format!("contact_request:{id}"), String::new());
    let now = state.clock.now();
    match state.db.close_change_request(id, RequestStatus::Cancelled, None, None, now, None, &ev).await {
        Ok(()) => Ok(Redirect::to(&format!("{PATH}?cancelled={id}")).into_response()),
        Err(DbError::Stale) => decided(&state, &ctx, &me).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "contacts_show.html")]
struct ContactPage {
    l: Layout,
    c: Contact,
    side_label: SideBadge,
    organisation: String,
    language: String,
    roles: Vec<(String, String)>,
}

/// The progressive enhancement of the form: a new contact's roles follow the organisation
/// chosen. Without it every role is listed, grouped by organisation, and the server checks.
pub async fn script() -> Response {
    (
        StatusCode::OK,
        [
            (axum::http::header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/contacts.js"),
    )
        .into_response()
}

/// `GET /customer/contacts/{id}`: one contact's details and roles (a permalink). Only the
/// contact's scope is read before the gate: another organisation's contact is 404, logged.
pub async fn contact(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id: ContactId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    if ctx.contact.is_none() {
        gate.check(Action::CustomerContacts, Target::Collection).await?;
        return Err(AppError::Unauthenticated);
    }
    let (customer, side) = state.db.contact_scope(id).await?;
    gate.check(Action::CustomerContacts, Target::Contact { id: Some(id), customer, side }).await?;
    let c = state.db.contact(id).await?;
    let org = state.db.customer_org(customer).await?;
    let tr = ctx.tr();
    let page = ContactPage {
        l: Layout::new(&ctx, c.facts.name.clone(), "customer-contacts", &format!("{PATH}/{id}")),
        side_label: tr.side_badge(&c.side),
        organisation: org.name_of(c.side).to_owned(),
        language: c.facts.language.parse::<Lang>().map(Lang::native_name).unwrap_or(&c.facts.language).to_owned(),
        roles: c.roles.iter().map(|r| (tr.role(r), tr.role_about(r))).collect(),
        c,
    };
    html_status(StatusCode::OK, &page)
}
