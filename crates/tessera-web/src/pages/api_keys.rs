//! API keys (issue #7): a customer organisation's admins make and revoke its keys in the
//! customer portal (`/customer/api-keys`), staff make and revoke every key in the back office
//! (`/admin/api-keys`), for a customer organisation or for the company's own systems (host keys).
//!
//! A new key's secret exists outside the caller's system only on the page that answers the
//! form that made it: never in an address (the page answers the POST itself), never in the
//! database (its SHA-256 only, and a hint `tsk_AbCd…`), the log or the audit log, and the
//! page is `no-store` like every page. Revoking drops the key from the API's cache at once.
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
use std::collections::{BTreeSet, HashMap};
use tessera_db::api_keys::{ApiKey, NewApiKey};
use tessera_db::catalog::PartyFilter;
use tessera_domain::api_key::{
    ApiKeyToken, KeyName, KeyNameError, KeyRoleError, KeyScope, customer_key_roles, host_key_roles,
    parse_customer_roles, parse_host_roles,
};
use tessera_domain::contact::ContactRole;
use tessera_domain::ids::{ApiKeyId, PartyId};
use tessera_domain::policy::{Action, Target};
use tessera_domain::role::StaffRole;

/// The customer portal's page.
const CUSTOMER_PATH: &str = "/customer/api-keys";
/// The back office's page.
const ADMIN_PATH: &str = "/admin/api-keys";
/// Customer organisations offered in the back office's form: more pages than any list has.
const MAX_CUSTOMER_PAGES: u64 = 200;

// ---------------------------------------------------------------------------------------------
// What the pages show

/// A role to tick in a form.
pub struct RoleOpt {
    pub value: &'static str,
    pub label: String,
    pub about: String,
    pub checked: bool,
}

/// A key as a row of a list. Never holds the secret.
pub struct KeyRow {
    pub id: ApiKeyId,
    pub name: String,
    pub hint: String,
    /// The organisation's name, or the host's label.
    pub owner: String,
    pub roles: String,
    pub created_at: String,
    pub created_by: String,
    pub last_used: String,
    pub active: bool,
    pub state: String,
}

fn staff_role_name(tr: &Tr, r: StaffRole) -> String {
    tr.t(&format!("keys-staff-role-{}", r.as_str()))
}

fn staff_role_about(tr: &Tr, r: StaffRole) -> String {
    tr.t(&format!("keys-staff-role-{}-about", r.as_str()))
}

fn roles_text(tr: &Tr, scope: &KeyScope) -> String {
    match scope {
        KeyScope::Customer { roles, .. } => tr.roles(roles),
        KeyScope::Host { roles } => roles.iter().map(|r| staff_role_name(tr, *r)).collect::<Vec<_>>().join(", "),
    }
}

fn owner_text(tr: &Tr, k: &ApiKey) -> String {
    match (&k.scope, &k.customer_name) {
        (KeyScope::Host { .. }, _) => tr.t("keys-owner-host"),
        (KeyScope::Customer { .. }, Some(name)) => name.clone(),
        (KeyScope::Customer { customer, .. }, None) => customer.to_string(),
    }
}

/// Who made keys, by the actor recorded with them (`contact:7`, `user:3`, `cli`).
#[derive(Default)]
struct Makers {
    contacts: HashMap<i64, String>,
    /// Staff names, for the back office only: the customer portal says "staff".
    users: Option<HashMap<i64, String>>,
}

impl Makers {
    fn name(&self, tr: &Tr, created_by: &str) -> String {
        let id = |prefix: &str| created_by.strip_prefix(prefix).and_then(|n| n.parse::<i64>().ok());
        if let Some(c) = id("contact:") {
            return self.contacts.get(&c).cloned().unwrap_or_else(|| tr.t("keys-by-former-contact"));
        }
        if let Some(u) = id("user:") {
            return match self.users.as_ref().and_then(|users| users.get(&u)) {
                Some(name) => tr.t1("keys-by-staff-named", "name", name),
                None => tr.t("keys-by-staff"),
            };
        }
        tr.t("keys-by-system")
    }
}

fn rows(tr: &Tr, keys: &[ApiKey], makers: &Makers) -> Vec<KeyRow> {
    keys.iter()
        .map(|k| KeyRow {
            id: k.id,
            name: k.name.clone(),
            hint: k.hint.clone(),
            owner: owner_text(tr, k),
            roles: roles_text(tr, &k.scope),
            created_at: tr.datetime(&k.created_at),
            created_by: makers.name(tr, &k.created_by),
            last_used: k.last_used_at.map_or_else(|| tr.t("keys-never-used"), |t| tr.datetime(&t)),
            active: k.is_active(),
            state: match k.revoked_at {
                None => tr.t("keys-state-active"),
                Some(t) => tr.t1("keys-state-revoked", "at", tr.datetime(&t)),
            },
        })
        .collect()
}

fn customer_role_opts(tr: &Tr, ticked: &[String]) -> Vec<RoleOpt> {
    customer_key_roles()
        .into_iter()
        .map(|r: ContactRole| RoleOpt {
            value: r.as_str(),
            label: tr.role(&r),
            about: tr.role_about(&r),
            checked: ticked.iter().any(|t| t == r.as_str()),
        })
        .collect()
}

fn host_role_opts(tr: &Tr, ticked: &[String]) -> Vec<RoleOpt> {
    host_key_roles()
        .into_iter()
        .map(|r| RoleOpt {
            value: r.as_str(),
            label: staff_role_name(tr, r),
            about: staff_role_about(tr, r),
            checked: ticked.iter().any(|t| t == r.as_str()),
        })
        .collect()
}

/// The form as typed: a name and roles (checkboxes); in the back office also whose.
#[derive(Debug, Default, Deserialize)]
pub struct KeyForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    roles: Vec<String>,
    /// Back office: `customer` or `host`.
    #[serde(default)]
    kind: String,
    /// Back office, `kind=customer`: the organisation's party id.
    #[serde(default)]
    customer: String,
}

/// The name, or its problem at the `name` field.
fn check_name(tr: &Tr, raw: &str, errors: &mut FieldErrors) -> Option<KeyName> {
    match KeyName::parse(raw) {
        Ok(n) => Some(n),
        Err(KeyNameError::Empty) => {
            errors.push("name", tr.t("keys-name-required"));
            None
        }
        Err(KeyNameError::TooLong) => {
            errors.push("name", tr.t("keys-name-too-long"));
            None
        }
    }
}

fn role_problem(tr: &Tr, e: &KeyRoleError, errors: &mut FieldErrors) {
    let id = match e {
        KeyRoleError::Empty => "keys-roles-required",
        KeyRoleError::Unknown(..) => "keys-role-unknown",
    };
    errors.push("roles", tr.t(id));
}

/// The roles of a customer's key, as ticked (each value one role's name).
fn check_customer_roles(tr: &Tr, ticked: &[String], errors: &mut FieldErrors) -> Option<BTreeSet<ContactRole>> {
    // A value that is no single role (a comma in it) is refused, not split.
    if ticked.iter().any(|t| t.contains(',')) {
        role_problem(tr, &KeyRoleError::Unknown(String::new(), String::new()), errors);
        return None;
    }
    parse_customer_roles(&ticked.join(",")).map_err(|e| role_problem(tr, &e, errors)).ok()
}

fn check_host_roles(tr: &Tr, ticked: &[String], errors: &mut FieldErrors) -> Option<BTreeSet<StaffRole>> {
    if ticked.iter().any(|t| t.contains(',')) {
        role_problem(tr, &KeyRoleError::Unknown(String::new(), String::new()), errors);
        return None;
    }
    parse_host_roles(&ticked.join(",")).map_err(|e| role_problem(tr, &e, errors)).ok()
}

/// The page that shows a new key, once.
#[derive(Template)]
#[template(path = "api_key_made.html")]
struct MadePage {
    l: Layout,
    /// The secret: only ever here, in this one response.
    secret: String,
    name: String,
    owner: String,
    roles: String,
    back: &'static str,
}

/// Makes the key: its hash and hint stored with the audit event, the secret returned to be
/// shown once.
async fn make(
    state: &AppState,
    ctx: &Ctx,
    scope: KeyScope,
    name: KeyName,
) -> AppResult<(ApiKeyId, ApiKeyToken, KeyScope, String)> {
    let gate = Gate::new(state, ctx);
    let token = ApiKeyToken::generate().map_err(AppError::internal)?;
    let created_by = ctx.actor().unwrap_or_else(|| "unknown".into());
    let whose = match scope.customer() {
        Some(c) => format!("party:{c}"),
        None => "host".to_owned(),
    };
    let detail = format!("owner={whose} roles={} name={:?}", scope.roles_text(), name.as_str());
    let event = gate.event("api_key.create", None, Some(detail));
    let new = NewApiKey { scope, name, created_by };
    let id = state.db.create_api_key(&new, &token.hash(), &token.hint(), state.clock.now(), &event).await?;
    tracing::info!(api_key = %id, owner = %whose, "API key made");
    Ok((id, token, new.scope, new.name.as_str().to_owned()))
}

fn made_page(
    ctx: &Ctx,
    token: &ApiKeyToken,
    name: String,
    owner: String,
    scope: &KeyScope,
    section: &'static str,
    back: &'static str,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let page = MadePage {
        l: Layout::new(ctx, tr.t("keys-made-title"), section, back),
        secret: token.expose().to_owned(),
        name,
        owner,
        roles: roles_text(&tr, scope),
        back,
    };
    html_status(StatusCode::CREATED, &page)
}

/// The page that asks before a key is revoked.
#[derive(Template)]
#[template(path = "api_key_revoke.html")]
struct RevokePage {
    l: Layout,
    key: KeyRow,
    action: String,
    base: &'static str,
}

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    revoked: String,
}

/// "Key «name» is revoked", for the list after a revocation.
fn revoked_notice(tr: &Tr, q: &ListQuery, keys: &[ApiKey]) -> Option<String> {
    let id: ApiKeyId = q.revoked.parse().ok()?;
    let k = keys.iter().find(|k| k.id == id)?;
    Some(tr.t1("keys-revoked-notice", "name", &k.name))
}

fn key_id(raw: &str) -> AppResult<ApiKeyId> {
    raw.parse().map_err(|_| AppError::NotFound)
}

// ---------------------------------------------------------------------------------------------
// The customer portal

#[derive(Template)]
#[template(path = "customer_api_keys.html")]
struct CustomerPage {
    l: Layout,
    organisation: String,
    keys: Vec<KeyRow>,
    /// For the list: no organisation column here, and where the revoke links go.
    show_owner: bool,
    base: &'static str,
    name: String,
    roles: Vec<RoleOpt>,
    errors: FieldErrors,
    notice: Option<String>,
}

/// The signed-in contact's organisation, once the gate lets the contact manage its keys
/// (`id`: one key, whose owner was read first).
async fn customer_gate(state: &AppState, ctx: &Ctx, id: Option<ApiKeyId>) -> AppResult<PartyId> {
    let gate = Gate::new(state, ctx);
    let Some(me) = ctx.contact.as_ref() else {
        // Nobody signed in: the gate answers (sign-in) before anything is looked up.
        gate.check(Action::CustomerApiKeys, Target::Collection).await?;
        return Err(AppError::Unauthenticated);
    };
    let customer = match id {
        None => Some(me.customer),
        Some(id) => state.db.api_key_owner(id).await?,
    };
    gate.check(Action::CustomerApiKeys, Target::ApiKey { id, customer }).await?;
    Ok(me.customer)
}

async fn customer_makers(state: &AppState, customer: PartyId) -> AppResult<Makers> {
    let contacts = state.db.contacts_of(customer).await?;
    Ok(Makers { contacts: contacts.into_iter().map(|c| (c.id.get(), c.facts.name)).collect(), users: None })
}

async fn customer_page(
    state: &AppState,
    ctx: &Ctx,
    customer: PartyId,
    status: StatusCode,
    form: &KeyForm,
    errors: FieldErrors,
    q: &ListQuery,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let org = state.db.customer_org(customer).await?;
    let keys = state.db.api_keys(Some(customer)).await?;
    let makers = customer_makers(state, customer).await?;
    let page = CustomerPage {
        l: Layout::new(ctx, tr.t("keys-title"), "customer-api-keys", CUSTOMER_PATH),
        organisation: org.name,
        notice: revoked_notice(&tr, q, &keys),
        keys: rows(&tr, &keys, &makers),
        show_owner: false,
        base: CUSTOMER_PATH,
        name: form.name.clone(),
        roles: customer_role_opts(&tr, &form.roles),
        errors,
    };
    html_status(status, &page)
}

/// `GET /customer/api-keys`: the organisation's keys and the form for a new one.
pub async fn customer_list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> AppResult<Response> {
    let customer = customer_gate(&state, &ctx, None).await?;
    customer_page(&state, &ctx, customer, StatusCode::OK, &KeyForm::default(), FieldErrors::default(), &q).await
}

/// `POST /customer/api-keys`: makes a key for the organisation and shows it once; bad input
/// shows the form again with the problems at their fields, and makes nothing.
pub async fn customer_create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<KeyForm>,
) -> AppResult<Response> {
    let customer = customer_gate(&state, &ctx, None).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let name = check_name(&tr, &form.name, &mut errors);
    let roles = check_customer_roles(&tr, &form.roles, &mut errors);
    let (Some(name), Some(roles), true) = (name, roles, errors.is_empty()) else {
        let q = ListQuery::default();
        return customer_page(&state, &ctx, customer, StatusCode::UNPROCESSABLE_ENTITY, &form, errors, &q).await;
    };
    let (_, token, scope, name) = make(&state, &ctx, KeyScope::Customer { customer, roles }, name).await?;
    let owner = state.db.customer_org(customer).await?.name;
    made_page(&ctx, &token, name, owner, &scope, "customer-api-keys", CUSTOMER_PATH)
}

/// `GET /customer/api-keys/{id}/revoke`: what revoking the key means, and the button.
pub async fn customer_revoke_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let id = key_id(&id)?;
    let customer = customer_gate(&state, &ctx, Some(id)).await?;
    let key = state.db.api_key(id).await?;
    let makers = customer_makers(&state, customer).await?;
    revoke_page(&ctx, &key, &makers, "customer-api-keys", CUSTOMER_PATH)
}

/// `POST /customer/api-keys/{id}/revoke`: the key is refused from its next request on.
pub async fn customer_revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<super::auth::Empty>,
) -> AppResult<Response> {
    let id = key_id(&id)?;
    customer_gate(&state, &ctx, Some(id)).await?;
    revoke(&state, &ctx, id).await?;
    Ok(Redirect::to(&format!("{CUSTOMER_PATH}?revoked={id}")).into_response())
}

fn revoke_page(
    ctx: &Ctx,
    key: &ApiKey,
    makers: &Makers,
    section: &'static str,
    back: &'static str,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let mut row = rows(&tr, std::slice::from_ref(key), makers);
    let Some(row) = row.pop() else { return Err(AppError::NotFound) };
    let page = RevokePage {
        l: Layout::new(ctx, tr.t1("keys-revoke-title", "name", &key.name), section, back),
        action: format!("{back}/{}/revoke", key.id),
        key: row,
        base: back,
    };
    html_status(StatusCode::OK, &page)
}

async fn revoke(state: &AppState, ctx: &Ctx, id: ApiKeyId) -> AppResult<()> {
    let event = Gate::new(state, ctx).event("api_key.revoke", Some(format!("api_key:{id}")), None);
    state.db.revoke_api_key(id, state.clock.now(), &event).await?;
    // This node's cache forgets it at once: its next request is refused.
    state.api.forget(id);
    tracing::info!(api_key = %id, "API key revoked");
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The back office

/// A customer organisation in the form's list.
pub struct CustomerOpt {
    pub id: PartyId,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "admin_api_keys.html")]
struct AdminPage {
    l: Layout,
    keys: Vec<KeyRow>,
    show_owner: bool,
    base: &'static str,
    customers: Vec<CustomerOpt>,
    /// The form for a customer's key: name, roles, problems.
    c_name: String,
    c_roles: Vec<RoleOpt>,
    c_errors: FieldErrors,
    /// The form for a host key.
    h_name: String,
    h_roles: Vec<RoleOpt>,
    h_errors: FieldErrors,
    notice: Option<String>,
}

async fn admin_gate(state: &AppState, ctx: &Ctx, id: Option<ApiKeyId>) -> AppResult<()> {
    let gate = Gate::new(state, ctx);
    let customer = match id {
        Some(id) => {
            // Authenticate before anything about the key is read.
            if ctx.user.is_none() {
                gate.check(Action::ApiKeyManage, Target::Collection).await?;
                return Err(AppError::Unauthenticated);
            }
            state.db.api_key_owner(id).await?
        }
        None => None,
    };
    gate.check(Action::ApiKeyManage, Target::ApiKey { id, customer }).await
}

/// Active customer organisations, by name.
async fn customer_parties(state: &AppState) -> AppResult<Vec<(PartyId, String)>> {
    let mut out = Vec::new();
    let mut page = 1;
    loop {
        let p = state.db.parties("", PartyFilter::Customers, page).await?;
        out.extend(p.items.into_iter().filter(|p| p.active).map(|p| (p.id, format!("{} ({})", p.name, p.code))));
        if page >= p.pages || page >= MAX_CUSTOMER_PAGES {
            return Ok(out);
        }
        page += 1;
    }
}

async fn admin_makers(state: &AppState, keys: &[ApiKey]) -> AppResult<Makers> {
    let users = state.db.users().await?.into_iter().map(|u| (u.id.get(), u.display_name)).collect();
    let mut contacts = HashMap::new();
    let orgs: BTreeSet<PartyId> =
        keys.iter().filter(|k| k.created_by.starts_with("contact:")).filter_map(|k| k.scope.customer()).collect();
    for org in orgs {
        contacts.extend(state.db.contacts_of(org).await?.into_iter().map(|c| (c.id.get(), c.facts.name)));
    }
    Ok(Makers { contacts, users: Some(users) })
}

struct AdminForms<'a> {
    status: StatusCode,
    form: Option<&'a KeyForm>,
    errors: FieldErrors,
}

async fn admin_page(
    state: &AppState,
    ctx: &Ctx,
    customers: Vec<(PartyId, String)>,
    forms: AdminForms<'_>,
    q: &ListQuery,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let keys = state.db.api_keys(None).await?;
    let makers = admin_makers(state, &keys).await?;
    let empty = KeyForm::default();
    let typed = forms.form.unwrap_or(&empty);
    let is_host = typed.kind == "host";
    let (c_form, h_form) = if is_host { (&empty, typed) } else { (typed, &empty) };
    let (c_errors, h_errors) =
        if is_host { (FieldErrors::default(), forms.errors) } else { (forms.errors, FieldErrors::default()) };
    let page = AdminPage {
        l: Layout::new(ctx, tr.t("keys-admin-title"), "api-keys", ADMIN_PATH),
        notice: revoked_notice(&tr, q, &keys),
        keys: rows(&tr, &keys, &makers),
        show_owner: true,
        base: ADMIN_PATH,
        customers: customers
            .into_iter()
            .map(|(id, label)| CustomerOpt { id, label, selected: c_form.customer.trim() == id.to_string() })
            .collect(),
        c_name: c_form.name.clone(),
        c_roles: customer_role_opts(&tr, &c_form.roles),
        c_errors,
        h_name: h_form.name.clone(),
        h_roles: host_role_opts(&tr, &h_form.roles),
        h_errors,
    };
    html_status(forms.status, &page)
}

/// `GET /admin/api-keys`: every key, and the forms for a customer's key and a host key.
pub async fn admin_list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> AppResult<Response> {
    admin_gate(&state, &ctx, None).await?;
    let customers = customer_parties(&state).await?;
    let forms = AdminForms { status: StatusCode::OK, form: None, errors: FieldErrors::default() };
    admin_page(&state, &ctx, customers, forms, &q).await
}

/// `POST /admin/api-keys`: a key for a customer organisation (`kind=customer`, its roles from
/// the contact roles a key may carry) or for the company's own systems (`kind=host`, staff
/// roles), shown once.
pub async fn admin_create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<KeyForm>,
) -> AppResult<Response> {
    admin_gate(&state, &ctx, None).await?;
    let tr = ctx.tr();
    let customers = customer_parties(&state).await?;
    let mut errors = FieldErrors::default();
    let name = check_name(&tr, &form.name, &mut errors);
    let scope = match form.kind.as_str() {
        "host" => check_host_roles(&tr, &form.roles, &mut errors).map(|roles| KeyScope::Host { roles }),
        "customer" => {
            let customer =
                form.customer.trim().parse::<PartyId>().ok().filter(|id| customers.iter().any(|(c, _)| c == id));
            if customer.is_none() {
                errors.push("customer", tr.t("keys-customer-required"));
            }
            let roles = check_customer_roles(&tr, &form.roles, &mut errors);
            customer.zip(roles).map(|(customer, roles)| KeyScope::Customer { customer, roles })
        }
        _ => return Err(AppError::BadRequest("kind")),
    };
    let (Some(name), Some(scope), true) = (name, scope, errors.is_empty()) else {
        let forms = AdminForms { status: StatusCode::UNPROCESSABLE_ENTITY, form: Some(&form), errors };
        return admin_page(&state, &ctx, customers, forms, &ListQuery::default()).await;
    };
    let owner = match scope.customer() {
        Some(c) => customers.iter().find(|(id, _)| *id == c).map(|(_, l)| l.clone()).unwrap_or_default(),
        None => tr.t("keys-owner-host"),
    };
    let (_, token, scope, name) = make(&state, &ctx, scope, name).await?;
    made_page(&ctx, &token, name, owner, &scope, "api-keys", ADMIN_PATH)
}

/// `GET /admin/api-keys/{id}/revoke`: what revoking the key means, and the button.
pub async fn admin_revoke_page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id = key_id(&id)?;
    admin_gate(&state, &ctx, Some(id)).await?;
    let key = state.db.api_key(id).await?;
    let makers = admin_makers(&state, std::slice::from_ref(&key)).await?;
    revoke_page(&ctx, &key, &makers, "api-keys", ADMIN_PATH)
}

/// `POST /admin/api-keys/{id}/revoke`.
pub async fn admin_revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<super::auth::Empty>,
) -> AppResult<Response> {
    let id = key_id(&id)?;
    admin_gate(&state, &ctx, Some(id)).await?;
    revoke(&state, &ctx, id).await?;
    Ok(Redirect::to(&format!("{ADMIN_PATH}?revoked={id}")).into_response())
}

/// The copy button of the page that shows a new key (progressive: without script the field
/// is there to select and copy).
pub async fn script() -> Response {
    (
        StatusCode::OK,
        [
            (axum::http::header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/api-keys.js"),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tessera_i18n::Lang;

    #[test]
    fn makers_are_named_without_ids() {
        let tr = Tr { lang: Lang::En };
        let m = Makers { contacts: [(7, "Anna".to_owned())].into(), users: None };
        assert_eq!(m.name(&tr, "contact:7"), "Anna");
        assert_eq!(m.name(&tr, "contact:8"), tr.t("keys-by-former-contact"));
        assert_eq!(m.name(&tr, "user:3"), tr.t("keys-by-staff"));
        assert_eq!(m.name(&tr, "cli"), tr.t("keys-by-system"));
    }

    #[test]
    fn roles_are_one_value_each() {
        let tr = Tr { lang: Lang::En };
        let mut e = FieldErrors::default();
        assert!(check_customer_roles(&tr, &["ordering,stock_query".into()], &mut e).is_none());
        assert!(e.has("roles"));
        let mut e = FieldErrors::default();
        assert_eq!(
            check_customer_roles(&tr, &["ordering".into(), "stock_query".into()], &mut e).map(|r| r.len()),
            Some(2)
        );
        assert!(check_host_roles(&tr, &["admin".into()], &mut e).is_none());
    }
}
