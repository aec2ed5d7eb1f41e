//! Contacts' accounts in the customer portal: opening an emailed link (`/c/<token>`), using it
//! (activation, password reset, sign-in), signing in with a password, asking for a new link,
//! signing out, and the portal's home page.
//!
//! The secret of an emailed link never stays in an address: `/c/<token>` changes nothing (mail
//! scanners open links), puts the token in a short-lived cookie for `/customer` and redirects
//! to `/customer/token`, where the person acts with a POST.
use super::auth::Empty;
use super::{Layout, html_status};
use crate::AppState;
use crate::accounts;
use crate::ctx::{Ctx, LANG_COOKIE, contact_cookie_name, is_customer_path};
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::password;
use crate::security::{CsrfForm, safe_next};
use crate::signin::{Throttle, retry_after, session_cookie};
use crate::tr::SideBadge;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;
use tessera_db::audit::AuditEvent;
use tessera_db::contacts::{Contact, ContactToken, TokenPurpose, TokenRefusal};
use tessera_domain::email::Email;
use tessera_domain::ids::ContactId;
use tessera_domain::password_rule;
use tessera_domain::policy::{Action, Target};
use tessera_domain::secret::{Password, Secret};
use tessera_i18n::Lang;

/// Links asked for (sign-in, reset) per email address in the sign-in window, before 429.
pub const LINK_EMAIL_LIMIT: u64 = 5;
/// Links asked for from one address in the window, before 429.
pub const LINK_IP_LIMIT: u64 = 20;
/// How long the token cookie lives: enough to read the page and choose a password.
const TOKEN_COOKIE_SECS: u32 = 15 * 60;
/// Where contacts land after signing in.
const HOME: &str = "/customer";

/// The cookie carrying an emailed token from `/c/<token>` to `/customer/token`. Its path is
/// `/customer`, so with TLS it takes the `__Secure-` prefix (`__Host-` requires path `/`).
pub fn token_cookie_name(tls: bool) -> &'static str {
    if tls { "__Secure-tessera_contact_token" } else { "tessera_contact_token" }
}

/// A token as [`Secret::generate`] makes them: 64 lower-case hex digits.
fn well_formed(raw: &str) -> bool {
    raw.len() == 64 && raw.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn token_cookie(tls: bool, value: &str, max_age: u32) -> Option<HeaderValue> {
    let secure = if tls { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}={value}; Path=/customer; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}",
        token_cookie_name(tls)
    ))
    .ok()
}

fn clear_token_cookie(res: &mut Response, tls: bool) {
    if let Some(v) = token_cookie(tls, "", 0) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// A `next` target inside the customer portal; anything else goes home.
fn customer_next(next: Option<&str>) -> String {
    let n = safe_next(next.filter(|n| !n.is_empty()));
    let path = n.split(['?', '#']).next().unwrap_or_default();
    if is_customer_path(path) { n } else { HOME.to_owned() }
}

async fn audit(
    state: &AppState,
    ctx: &Ctx,
    action: &str,
    object: Option<String>,
    outcome: &str,
    detail: Option<String>,
) -> AppResult<()> {
    let mut event = Gate::new(state, ctx).event(action, object, detail);
    outcome.clone_into(&mut event.outcome);
    state.db.audit(&event).await?;
    Ok(())
}

// --- The emailed link ---

/// `GET /c/<token>`: changes nothing; the token goes into a cookie and the browser to a page
/// whose address carries no secret.
pub async fn open(State(state): State<AppState>, ctx: Ctx, Path(raw): Path<String>) -> AppResult<Response> {
    let tls = state.config.tls;
    if !well_formed(&raw) {
        return problem(&ctx, tls, TokenRefusal::Unknown, None, "");
    }
    let mut res = (StatusCode::FOUND, [(header::LOCATION, "/customer/token")]).into_response();
    if let Some(v) = token_cookie(tls, &raw, TOKEN_COOKIE_SECS) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    Ok(res)
}

#[derive(Template)]
#[template(path = "customer_token_problem.html")]
struct ProblemPage {
    l: Layout,
    kind: &'static str,
    message: String,
    /// Where the form for a new link posts: a new reset link, or a sign-in (or welcome) link.
    action: &'static str,
    email: String,
}

/// The page for a link that cannot be used, with a form to get a new one emailed.
fn refusal_name(r: TokenRefusal) -> &'static str {
    match r {
        TokenRefusal::Unknown => "unknown",
        TokenRefusal::Used => "used",
        TokenRefusal::Expired => "expired",
    }
}

fn problem(
    ctx: &Ctx,
    tls: bool,
    refusal: TokenRefusal,
    purpose: Option<TokenPurpose>,
    email: &str,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let kind = refusal_name(refusal);
    let status = if refusal == TokenRefusal::Unknown { StatusCode::NOT_FOUND } else { StatusCode::GONE };
    let action = if purpose == Some(TokenPurpose::Reset) { "/customer/forgot" } else { "/customer/login-link" };
    let l = Layout::new(ctx, tr.t(&format!("account-token-{kind}-title")), "", "/customer/login");
    let page =
        ProblemPage { l, kind, message: tr.t(&format!("account-token-{kind}")), action, email: email.to_owned() };
    let mut res = html_status(status, &page)?;
    clear_token_cookie(&mut res, tls);
    Ok(res)
}

#[derive(Template)]
#[template(path = "customer_token.html")]
struct TokenPage {
    l: Layout,
    /// `activation`, `reset` or `sign_in`.
    purpose: &'static str,
    email: String,
    organisation: String,
    password_error: Option<String>,
    repeat_error: Option<String>,
}

enum Found {
    Live(Secret, Box<ContactToken>),
    Refused(Response),
}

/// The token in this browser's cookie, if it can still be used; else the page saying why.
/// Reads only, but for the audit event of a refused use (`record`).
async fn find(state: &AppState, ctx: &Ctx, jar: &CookieJar, record: bool) -> AppResult<Found> {
    let tls = state.config.tls;
    let Some(raw) = jar.get(token_cookie_name(tls)).map(|c| c.value().to_owned()).filter(|r| well_formed(r)) else {
        return Ok(Found::Refused(problem(ctx, tls, TokenRefusal::Unknown, None, "")?));
    };
    let secret = Secret::from_client(raw);
    let Some(t) = state.db.contact_token(&secret.hash()).await? else {
        if record {
            audit(state, ctx, "contact.token", None, "denied", Some("unknown".into())).await?;
        }
        return Ok(Found::Refused(problem(ctx, tls, TokenRefusal::Unknown, None, "")?));
    };
    let refusal = if t.used_at.is_some() {
        TokenRefusal::Used
    } else if t.expires_at <= state.clock.now() {
        TokenRefusal::Expired
    } else {
        return Ok(Found::Live(secret, Box::new(t)));
    };
    if record {
        let detail = format!("{} purpose={}", refusal_name(refusal), t.purpose.as_str());
        audit(state, ctx, "contact.token", Some(format!("contact:{}", t.contact.id)), "denied", Some(detail)).await?;
    }
    Ok(Found::Refused(problem(ctx, tls, refusal, Some(t.purpose), &t.contact.facts.email)?))
}

async fn token_form(
    state: &AppState,
    ctx: &Ctx,
    t: &ContactToken,
    status: StatusCode,
    password_error: Option<String>,
    repeat_error: Option<String>,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let c = &t.contact;
    let (purpose, title) = match t.purpose {
        TokenPurpose::Activation => ("activation", tr.t1("account-welcome-title", "name", &c.facts.name)),
        TokenPurpose::Reset => ("reset", tr.t("account-reset-title")),
        TokenPurpose::SignIn => ("sign_in", tr.t("account-sign-in-title")),
    };
    let organisation = match t.purpose {
        TokenPurpose::Activation => state.db.customer_org(c.customer).await?.name_of(c.side).to_owned(),
        _ => String::new(),
    };
    let l = Layout::new(ctx, title, "", "/customer/token");
    let page = TokenPage { l, purpose, email: c.facts.email.clone(), organisation, password_error, repeat_error };
    html_status(status, &page)
}

/// `GET /customer/token`: what the link in the cookie is for, and the form to use it.
pub async fn token_page(State(state): State<AppState>, ctx: Ctx, jar: CookieJar) -> AppResult<Response> {
    match find(&state, &ctx, &jar, false).await? {
        Found::Refused(res) => Ok(res),
        Found::Live(_, t) => token_form(&state, &ctx, &t, StatusCode::OK, None, None).await,
    }
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    repeat: String,
}

/// `POST /customer/token`: uses the link once: sets the password (activation, reset) or just
/// signs in, then starts a session.
pub async fn use_token(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> AppResult<Response> {
    let tls = state.config.tls;
    let (secret, t) = match find(&state, &ctx, &jar, true).await? {
        Found::Refused(res) => return Ok(res),
        Found::Live(s, t) => (s, t),
    };
    let hash = match t.purpose {
        TokenPurpose::SignIn => None,
        TokenPurpose::Activation | TokenPurpose::Reset => {
            let tr = ctx.tr();
            let pw = Password::new(form.password);
            let facts = &t.contact.facts;
            let local = facts.email.split('@').next().unwrap_or_default();
            let password_error = password_rule::check(&pw, &[local, &facts.name]).err().map(|p| tr.t(p.message_id()));
            let repeat_error = (pw.expose() != form.repeat).then(|| tr.t("account-repeat-mismatch"));
            if password_error.is_some() || repeat_error.is_some() {
                return token_form(&state, &ctx, &t, StatusCode::UNPROCESSABLE_ENTITY, password_error, repeat_error)
                    .await;
            }
            Some(password::hash_off_thread(&pw).await.map_err(AppError::internal)?)
        }
    };
    let now = state.clock.now();
    let id = match state.db.use_contact_token(&secret.hash(), t.purpose, hash.as_deref(), now).await? {
        Ok(id) => id,
        Err(refusal) => {
            let detail = format!("{} purpose={}", refusal_name(refusal), t.purpose.as_str());
            let object = Some(format!("contact:{}", t.contact.id));
            audit(&state, &ctx, "contact.token", object, "denied", Some(detail)).await?;
            return problem(&ctx, tls, refusal, Some(t.purpose), &t.contact.facts.email);
        }
    };
    let (action, detail) = match t.purpose {
        TokenPurpose::Activation => ("contact.activate", None),
        TokenPurpose::Reset => ("contact.password_reset", None),
        TokenPurpose::SignIn => ("contact.sign_in", Some("method=link".to_owned())),
    };
    let mut res = start_session(&state, &ctx, &jar, id, action, detail, HOME).await?;
    clear_token_cookie(&mut res, tls);
    Ok(res)
}

/// A new contact session (a new id at every sign-in; the browser's old one ends), its cookie,
/// the audit event, and the way on.
async fn start_session(
    state: &AppState,
    ctx: &Ctx,
    jar: &CookieJar,
    contact: ContactId,
    action: &str,
    detail: Option<String>,
    next: &str,
) -> AppResult<Response> {
    let cfg = &state.config;
    let now = state.clock.now();
    if ctx.contact.is_some()
        && let Some(old) = ctx.session_token()
    {
        state.db.delete_contact_session(&old.hash()).await?;
    }
    let token = Secret::generate().map_err(AppError::internal)?;
    let absolute = chrono::Duration::from_std(cfg.session_absolute).unwrap_or_default();
    state.db.create_contact_session(&token.hash(), contact, now, now + absolute, ctx.ip.as_deref()).await?;
    state
        .db
        .audit(&AuditEvent {
            at: now,
            actor_kind: "contact".into(),
            actor: Some(format!("contact:{contact}")),
            action: action.into(),
            object: Some(format!("contact:{contact}")),
            outcome: "ok".into(),
            ip: ctx.ip.clone(),
            detail,
        })
        .await?;
    tracing::info!(contact = %contact, action, "contact signed in");
    let cookie = session_cookie(contact_cookie_name(cfg.tls), token.expose().to_owned(), cfg.tls);
    Ok((jar.clone().add(cookie), Redirect::to(next)).into_response())
}

// --- Signing in with a password ---

#[derive(Template)]
#[template(path = "customer_login.html")]
struct LoginPage {
    l: Layout,
    email: String,
    next: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn login_page(ctx: Ctx, Query(q): Query<NextQuery>) -> AppResult<Response> {
    let next = customer_next(q.next.as_deref());
    if ctx.contact.is_some() {
        return Ok(Redirect::to(&next).into_response());
    }
    let l = Layout::new(&ctx, ctx.tr().t("account-login-title"), "", "/customer/login");
    html_status(StatusCode::OK, &LoginPage { l, email: String::new(), next, error: None })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// `POST /customer/login`: the same answer for an unknown account, a wrong password and an
/// account not yet activated; failures limited per address and per account.
pub async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> AppResult<Response> {
    let now = state.clock.now();
    let ip = ctx.ip.clone().unwrap_or_else(|| "unknown".into());
    let next = customer_next(Some(&form.next));
    let typed_email = form.email.trim().to_lowercase();
    let password = Password::new(form.password);
    let page = |status: StatusCode, error_id: &str| -> AppResult<Response> {
        let l = Layout::new(&ctx, ctx.tr().t("account-login-title"), "", "/customer/login");
        let mut res = html_status(
            status,
            &LoginPage { l, email: typed_email.clone(), next: next.clone(), error: Some(ctx.tr().t(error_id)) },
        )?;
        if status == StatusCode::TOO_MANY_REQUESTS {
            retry_after(&mut res, &state);
        }
        Ok(res)
    };
    let account = Some(format!("account={typed_email}"));

    let throttle = Throttle::contact(&state, &ip, &typed_email);
    if throttle.exceeded(now).await? {
        tracing::warn!(%ip, "contact sign-in refused: too many failures");
        throttle.refused();
        audit(&state, &ctx, "contact.sign_in", None, "rate_limited", account).await?;
        return page(StatusCode::TOO_MANY_REQUESTS, "login-too-many");
    }

    let creds = match Email::parse(&typed_email) {
        Ok(email) => state.db.contact_credentials(email.as_str()).await?,
        Err(_) => None,
    };
    let contact = match creds {
        Some((c, Some(hash))) => {
            let ok = password::verify_off_thread(&password, Some(&hash)).await;
            (ok && c.active && c.activated).then_some(c)
        }
        _ => {
            password::verify_off_thread(&password, None).await;
            None
        }
    };
    let Some(contact) = contact else {
        throttle.failed(now).await?;
        tracing::warn!(%ip, "contact sign-in failed");
        audit(&state, &ctx, "contact.sign_in", None, "failed", account).await?;
        return page(StatusCode::UNAUTHORIZED, "login-failed");
    };
    throttle.passed().await?;
    start_session(&state, &ctx, &jar, contact.id, "contact.sign_in", Some("method=password".into()), &next).await
}

// --- Asking for a link ---

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ask {
    /// A sign-in link.
    SignIn,
    /// A link to choose a new password.
    Reset,
}

impl Ask {
    fn kind(self) -> &'static str {
        match self {
            Self::SignIn => "ask-link",
            Self::Reset => "forgot",
        }
    }
    fn action(self) -> &'static str {
        match self {
            Self::SignIn => "/customer/login-link",
            Self::Reset => "/customer/forgot",
        }
    }
}

#[derive(Template)]
#[template(path = "customer_ask_link.html")]
struct AskPage {
    l: Layout,
    /// `ask-link` or `forgot`: picks the texts.
    kind: &'static str,
    intro: String,
    submit: String,
    action: &'static str,
    email: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "customer_link_sent.html")]
struct SentPage {
    l: Layout,
}

fn ask_page(ctx: &Ctx, ask: Ask, status: StatusCode, email: String, error: Option<String>) -> AppResult<Response> {
    let tr = ctx.tr();
    let l = Layout::new(ctx, tr.t(&format!("account-{}-title", ask.kind())), "", ask.action());
    let (intro, submit) =
        (tr.t(&format!("account-{}-intro", ask.kind())), tr.t(&format!("account-{}-submit", ask.kind())));
    html_status(status, &AskPage { l, kind: ask.kind(), intro, submit, action: ask.action(), email, error })
}

pub async fn login_link_page(ctx: Ctx) -> AppResult<Response> {
    ask_page(&ctx, Ask::SignIn, StatusCode::OK, String::new(), None)
}

pub async fn forgot_page(ctx: Ctx) -> AppResult<Response> {
    ask_page(&ctx, Ask::Reset, StatusCode::OK, String::new(), None)
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
}

pub async fn login_link(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<EmailForm>,
) -> AppResult<Response> {
    ask(&state, &ctx, Ask::SignIn, form).await
}

pub async fn forgot(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<EmailForm>,
) -> AppResult<Response> {
    ask(&state, &ctx, Ask::Reset, form).await
}

/// Emails a link if a live contact has the address; the answer is the same either way. A
/// contact not yet activated gets a new welcome email (how an expired one is re-requested).
async fn ask(state: &AppState, ctx: &Ctx, ask: Ask, form: EmailForm) -> AppResult<Response> {
    let now = state.clock.now();
    let since = now - chrono::Duration::from_std(state.config.login_window).unwrap_or_default();
    let ip = ctx.ip.clone().unwrap_or_else(|| "unknown".into());
    let typed = form.email.trim().to_lowercase();
    if state.db.failures_since("contact_link_ip", &ip, since).await? >= LINK_IP_LIMIT
        || state.db.failures_since("contact_link_email", &typed, since).await? >= LINK_EMAIL_LIMIT
    {
        tracing::warn!(%ip, "contact link refused: too many asked for");
        audit(state, ctx, "contact.link_request", None, "rate_limited", Some(format!("account={typed}"))).await?;
        let mut res =
            ask_page(ctx, ask, StatusCode::TOO_MANY_REQUESTS, typed, Some(ctx.tr().t("account-link-too-many")))?;
        retry_after(&mut res, state);
        return Ok(res);
    }
    // Every request counts, found or not.
    state.db.record_failure("contact_link_ip", &ip, now).await?;
    state.db.record_failure("contact_link_email", &typed, now).await?;
    let found = match Email::parse(&typed) {
        Ok(e) => state.db.contact_credentials(e.as_str()).await?.map(|(c, _)| c),
        Err(_) => None,
    };
    if let Some(c) = found.filter(|c| c.active) {
        send_link(state, ctx, ask, &c).await?;
    }
    let l = Layout::new(ctx, ctx.tr().t("account-link-sent-title"), "", ask.action());
    html_status(StatusCode::OK, &SentPage { l })
}

async fn send_link(state: &AppState, ctx: &Ctx, ask: Ask, c: &Contact) -> AppResult<()> {
    let now = state.clock.now();
    let object = Some(format!("contact:{}", c.id));
    if !c.activated {
        let org = state.db.customer_org(c.customer).await?;
        let (token, expires_at, mail) = accounts::welcome(state, &c.facts, org.name_of(c.side), &c.roles)?;
        state.db.issue_contact_token(c.id, TokenPurpose::Activation, &token.hash(), now, expires_at, &mail).await?;
        return audit(state, ctx, "contact.welcome_resent", object, "ok", None).await;
    }
    let link = match ask {
        Ask::SignIn => accounts::Link::SignIn,
        Ask::Reset => accounts::Link::Reset,
    };
    let issued = accounts::link_at(state.config.public_base(), now, link, &c.facts)?;
    state
        .db
        .issue_contact_token(c.id, link.purpose(), &issued.token.hash(), now, issued.expires_at, &issued.mail)
        .await?;
    let action = match ask {
        Ask::SignIn => "contact.sign_in_link_sent",
        Ask::Reset => "contact.reset_link_sent",
    };
    audit(state, ctx, action, object, "ok", None).await
}

// --- Signing out, language ---

/// `POST /customer/logout`: ends the contact's session.
pub async fn logout(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    CsrfForm(_): CsrfForm<Empty>,
) -> AppResult<Response> {
    if let (Some(c), Some(token)) = (&ctx.contact, ctx.session_token()) {
        state.db.delete_contact_session(&token.hash()).await?;
        audit(&state, &ctx, "contact.sign_out", Some(format!("contact:{}", c.id)), "ok", None).await?;
    }
    let cookie = Cookie::build((contact_cookie_name(state.config.tls), "")).path("/").build();
    Ok((jar.remove(cookie), Redirect::to("/customer/login")).into_response())
}

#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

/// `POST /customer/language`: the language switch for a signed-in contact (kept on the
/// account, so emails follow it too).
pub async fn set_language(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> AppResult<Response> {
    let lang: Lang = form.lang.parse().map_err(|_| AppError::BadRequest("lang"))?;
    if let Some(c) = &ctx.contact {
        state.db.set_contact_language(c.id, lang.code()).await?;
    }
    let cookie = Cookie::build((LANG_COOKIE, lang.code()))
        .path("/")
        .http_only(true)
        .secure(state.config.tls)
        .same_site(SameSite::Lax)
        .permanent()
        .build();
    Ok((jar.add(cookie), Redirect::to(&customer_next(Some(&form.back)))).into_response())
}

// --- The portal's home ---

/// A part of the portal a role opens, with what the contact may do there.
pub struct Section {
    /// The catalogue id of its title, as a stable name for the page's markup.
    pub key: &'static str,
    pub title: String,
    /// Where it is, once its pages exist.
    pub href: Option<&'static str>,
    pub items: Vec<String>,
}

#[derive(Template)]
#[template(path = "customer_home.html")]
struct HomePage {
    l: Layout,
    organisation: String,
    side: SideBadge,
    /// For a purchaser's contact: the customer it buys for.
    purchaser_for: Option<String>,
    /// Each role's name and what it is for.
    roles: Vec<(String, String)>,
    contacts: bool,
    sections: Vec<Section>,
}

#[derive(Template)]
#[template(path = "customer_no_roles.html")]
struct NoRolesPage {
    l: Layout,
}

/// One thing a part lets a contact do: the action, its description, and an action that says it
/// better (the item is left out when that one is allowed too).
type SectionItem = (Action, &'static str, Option<Action>);

/// The portal's parts (issues #7, #9), by part: title, address (once built), what they offer.
const SECTIONS: [(&str, Option<&str>, &[SectionItem]); 6] = [
    (
        "customer-home-orders",
        Some("/customer/orders"),
        &[
            (Action::CustomerOrderView, "customer-home-order-view", None),
            (Action::CustomerOrderPlace, "customer-home-order-place", None),
        ],
    ),
    (
        "customer-home-stock",
        Some("/customer/stock"),
        &[
            (Action::CustomerStockView, "customer-home-stock-view", None),
            (Action::CustomerAvailabilityView, "stock-home-availability", Some(Action::CustomerStockView)),
        ],
    ),
    (
        "customer-home-documents",
        None,
        &[
            (Action::CustomerDocumentView, "customer-home-document-view", None),
            (Action::CustomerDocumentUpload, "customer-home-document-upload", None),
        ],
    ),
    (
        "customer-home-service",
        Some("/customer/service"),
        &[
            (Action::CustomerServiceView, "customer-home-service-view", None),
            (Action::CustomerServiceCreate, "customer-home-service-create", None),
        ],
    ),
    ("customer-home-invoices", None, &[(Action::CustomerInvoiceView, "customer-home-invoice-view", None)]),
    ("keys-nav-label", Some("/customer/api-keys"), &[(Action::CustomerApiKeys, "keys-home-about", None)]),
];

/// `GET /customer`: the signed-in contact's organisation, roles, and what they open.
pub async fn home(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    let target = ctx.contact.as_ref().map_or(Target::Collection, |c| Target::Party(c.customer));
    match gate.check(Action::CustomerEnter, target).await {
        Ok(()) => {}
        Err(AppError::Forbidden) => {
            let l = Layout::new(&ctx, ctx.tr().t("customer-home-no-roles-title"), "customer", HOME);
            return html_status(StatusCode::FORBIDDEN, &NoRolesPage { l });
        }
        Err(e) => return Err(e),
    }
    let Some(c) = &ctx.contact else { return Err(AppError::Unauthenticated) };
    let tr = ctx.tr();
    let org = state.db.customer_org(c.customer).await?;
    let purchaser_for =
        (c.side == tessera_domain::contact::Side::Purchaser && org.purchaser.is_some()).then(|| org.name.clone());
    let party = Target::Party(c.customer);
    let sections = SECTIONS
        .iter()
        .filter_map(|(title, href, actions)| {
            let items: Vec<String> = actions
                .iter()
                .filter(|(a, _, better)| gate.allows(*a, party) && !better.is_some_and(|b| gate.allows(b, party)))
                .map(|(_, id, _)| tr.t(id))
                .collect();
            (!items.is_empty()).then(|| Section { key: title, title: tr.t(title), href: *href, items })
        })
        .collect();
    let l = Layout::new(&ctx, tr.t("customer-home-title"), "customer", HOME);
    let page = HomePage {
        l,
        organisation: org.name_of(c.side).to_owned(),
        side: tr.side_badge(&c.side),
        purchaser_for,
        roles: c.roles.iter().map(|r| (tr.role(r), tr.role_about(r))).collect(),
        contacts: gate.allows(Action::CustomerContacts, party),
        sections,
    };
    html_status(StatusCode::OK, &page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_in_the_customer_portal() {
        assert_eq!(customer_next(None), "/customer");
        assert_eq!(customer_next(Some("")), "/customer");
        assert_eq!(customer_next(Some("/admin")), "/customer");
        assert_eq!(customer_next(Some("//evil.example")), "/customer");
        assert_eq!(customer_next(Some("https://evil.example/customer")), "/customer");
        assert_eq!(customer_next(Some("/customerx")), "/customer");
        assert_eq!(customer_next(Some("/customer/contacts?x=1")), "/customer/contacts?x=1");
    }

    #[test]
    fn only_generated_tokens_are_well_formed() {
        assert!(well_formed(&"ab12".repeat(16)));
        assert!(!well_formed(&"AB12".repeat(16)));
        assert!(!well_formed("abc"));
        assert!(!well_formed(&format!("{}/", "a".repeat(63))));
    }
}
