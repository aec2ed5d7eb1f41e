//! Access links: opening one (`/l/<secret>`), and staff issuing, listing and revoking them.
use super::{Layout, ListQuery, Pager, html, html_status};
use crate::AppState;
use crate::ctx::{Ctx, portal_cookie_name};
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;
use std::collections::BTreeSet;
use tessera_db::DbError;
use tessera_db::audit::AuditEvent;
use tessera_db::catalog::{Party, PartyFilter};
use tessera_db::links::{CodeCheck, Link, LinkFilter, LinkObjectError, LinkState, NewLink};
use tessera_domain::ids::{LinkId, PartyId};
use tessera_domain::link::{LinkObject, LinkToken, Portal};
use tessera_domain::policy::{Action, Target};
use tessera_domain::secret::Secret;

/// Wrong secrets from one address in the window, before 429.
pub const WRONG_SECRET_LIMIT: u64 = 20;
/// Default life of a link.
pub const DEFAULT_DAYS: i64 = 30;

#[derive(Template)]
#[template(path = "link_problem.html")]
struct ProblemPage {
    l: Layout,
    kind: &'static str,
    message: String,
}

fn problem(ctx: &Ctx, status: StatusCode, kind: &'static str) -> AppResult<Response> {
    let tr = ctx.tr();
    let l = Layout::new(ctx, tr.t(&format!("link-{kind}-title")), "", "/");
    html_status(status, &ProblemPage { l, kind, message: tr.t(&format!("link-{kind}")) })
}

async fn audit(
    state: &AppState,
    ctx: &Ctx,
    action: &str,
    link: Option<LinkId>,
    outcome: &str,
    detail: Option<String>,
) -> AppResult<()> {
    state
        .db
        .audit(&AuditEvent {
            at: state.clock.now(),
            actor_kind: ctx.principal.kind().into(),
            actor: ctx.actor(),
            action: action.into(),
            object: link.map(|l| format!("link:{l}")),
            outcome: outcome.into(),
            ip: ctx.ip.clone(),
            detail,
        })
        .await?;
    Ok(())
}

/// `GET /l/<secret>`: checks the link, starts a portal session and redirects to an address
/// without the secret. Changes no business data: mail scanners open links too.
pub async fn open(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    Path(raw): Path<String>,
) -> AppResult<Response> {
    let now = state.clock.now();
    let ip = ctx.ip.clone().unwrap_or_else(|| "unknown".into());
    let window = now - chrono::Duration::from_std(state.config.login_window).unwrap_or_default();
    if state.db.failures_since("link_ip", &ip, window).await? >= WRONG_SECRET_LIMIT {
        tracing::warn!(%ip, "link refused: too many wrong secrets from this address");
        let mut res = problem(&ctx, StatusCode::TOO_MANY_REQUESTS, "too-many")?;
        if let Ok(v) = http::HeaderValue::from_str(&state.config.login_window.as_secs().to_string()) {
            res.headers_mut().insert(http::header::RETRY_AFTER, v);
        }
        return Ok(res);
    }
    let link = match LinkToken::parse(&raw) {
        Ok(token) => state.db.link_by_token(&token.hash()).await?,
        Err(_) => None,
    };
    let Some(link) = link else {
        state.db.record_failure("link_ip", &ip, now).await?;
        tracing::warn!(%ip, "unknown or mistyped link");
        audit(&state, &ctx, "link.open", None, "denied", Some("unknown or mistyped secret".into())).await?;
        return problem(&ctx, StatusCode::NOT_FOUND, "invalid");
    };
    match link.state(now) {
        LinkState::Active => {}
        state_now => {
            audit(&state, &ctx, "link.open", Some(link.id), "denied", Some(state_now.as_str().into())).await?;
            return match state_now {
                LinkState::Expired => expired_page(&ctx, &raw),
                _ => problem(&ctx, StatusCode::GONE, "revoked"),
            };
        }
    }
    // A portal session that lasts no longer than the link.
    let token = Secret::generate().map_err(AppError::internal)?;
    let absolute = chrono::Duration::from_std(state.config.session_absolute).unwrap_or_default();
    let expires_at = std::cmp::min(link.expires_at, now + absolute);
    let target = match link.object {
        Some(LinkObject::Order(id)) => format!("/portal/orders/{id}"),
        Some(LinkObject::Complaint(id)) => format!("/portal/complaints/{id}"),
        Some(LinkObject::WorkOrder(id)) => format!("/portal/work-orders/{id}"),
        Some(LinkObject::ServiceRequest(id)) => format!("/portal/service/{id}"),
        Some(LinkObject::ServiceJob(id)) => format!("/portal/service/jobs/{id}"),
        None if link.portal == tessera_domain::link::Portal::Customer => "/portal/service".to_owned(),
        None => "/portal".to_owned(),
    };
    let cookie = Cookie::build((portal_cookie_name(state.config.tls), token.expose().to_owned()))
        .path("/")
        .http_only(true)
        .secure(state.config.tls)
        .same_site(SameSite::Lax)
        .build();
    if link.require_code {
        // The session works once the code sent to the address on record is entered.
        let party = state.db.party(link.party_id).await?;
        let Some(to) = party.emails.iter().find_map(|e| tessera_domain::email::Email::parse(e).ok()) else {
            audit(&state, &ctx, "link.open", Some(link.id), "failed", Some("no address on record for the code".into()))
                .await?;
            return problem(&ctx, StatusCode::SERVICE_UNAVAILABLE, "code-no-address");
        };
        let code = one_time_code().map_err(AppError::internal)?;
        let code_hash = code_hash(&token, &code);
        let lang = party.language.parse().unwrap_or_default();
        let mail = tessera_mail::compose::one_time_code(&to, lang, &code).map_err(AppError::internal)?;
        let code_until = now + chrono::Duration::minutes(10);
        state
            .db
            .create_link_session(
                &token.hash(),
                link.id,
                now,
                expires_at,
                ctx.ip.as_deref(),
                Some((&code_hash, code_until)),
                Some(&mail),
            )
            .await?;
        state.db.record_link_use(link.id, now).await?;
        audit(&state, &ctx, "link.open", Some(link.id), "ok", Some("code sent".into())).await?;
        let next = format!("/portal/code?next={}", target.replace('/', "%2F"));
        return Ok((StatusCode::FOUND, jar.add(cookie), [(http::header::LOCATION, next)]).into_response());
    }
    state.db.create_link_session(&token.hash(), link.id, now, expires_at, ctx.ip.as_deref(), None, None).await?;
    state.db.record_link_use(link.id, now).await?;
    audit(&state, &ctx, "link.open", Some(link.id), "ok", None).await?;
    // 302, as the contract says; the address it names carries no secret.
    Ok((StatusCode::FOUND, jar.add(cookie), [(http::header::LOCATION, target)]).into_response())
}

/// Six digits from the operating system's generator.
fn one_time_code() -> Result<String, tessera_domain::secret::RandomError> {
    loop {
        let b = tessera_domain::secret::random_bytes::<4>()?;
        let n = u32::from_le_bytes(b);
        // Below the largest multiple of a million that fits, so every code is equally likely.
        if n < 4_294_000_000 {
            return Ok(format!("{:06}", n % 1_000_000));
        }
    }
}

/// A code is stored bound to its session, as a hash.
pub fn code_hash(session: &Secret, code: &str) -> tessera_domain::secret::SecretHash {
    Secret::from_client(format!("code:{}:{}", session.hash().as_str(), code.trim())).hash()
}

#[derive(Template)]
#[template(path = "portal_code.html")]
struct CodePage {
    l: Layout,
    next: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct CodeQuery {
    next: Option<String>,
}

fn portal_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with("/portal") && !n.contains("//") => n.to_owned(),
        _ => "/portal".to_owned(),
    }
}

pub async fn code_page(ctx: Ctx, Query(q): Query<CodeQuery>) -> AppResult<Response> {
    if !ctx.code_pending {
        return Ok(Redirect::to(&portal_next(q.next.as_deref())).into_response());
    }
    let l = Layout::new(&ctx, ctx.tr().t("portal-code-title"), "portal", "/portal/code");
    html_status(StatusCode::OK, &CodePage { l, next: portal_next(q.next.as_deref()), error: None })
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

pub async fn check_code(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<CodeForm>,
) -> AppResult<Response> {
    let next = portal_next(Some(&f.next));
    let Some(token) = ctx.session_token().filter(|_| ctx.code_pending) else {
        return Ok(Redirect::to(&next).into_response());
    };
    let now = state.clock.now();
    let tr = ctx.tr();
    let outcome = state.db.verify_link_code(&token.hash(), &code_hash(token, &f.code), now).await?;
    let page = |status: StatusCode, message: String| -> AppResult<Response> {
        let l = Layout::new(&ctx, tr.t("portal-code-title"), "portal", "/portal/code");
        html_status(status, &CodePage { l, next: next.clone(), error: Some(message) })
    };
    match outcome {
        CodeCheck::Ok => {
            audit(&state, &ctx, "link.code", None, "ok", None).await?;
            Ok(Redirect::to(&next).into_response())
        }
        CodeCheck::Wrong { left } => {
            audit(&state, &ctx, "link.code", None, "failed", None).await?;
            page(StatusCode::UNPROCESSABLE_ENTITY, tr.n("portal-code-wrong", "left", &left))
        }
        CodeCheck::TooMany | CodeCheck::Expired | CodeCheck::NoSession => {
            audit(&state, &ctx, "link.code", None, "denied", None).await?;
            problem(&ctx, StatusCode::GONE, "code-ended")
        }
    }
}

#[derive(Template)]
#[template(path = "link_expired.html")]
struct ExpiredPage {
    l: Layout,
    token: String,
}

fn expired_page(ctx: &Ctx, raw: &str) -> AppResult<Response> {
    let l = Layout::new(ctx, ctx.tr().t("link-expired-title"), "", "/");
    html_status(StatusCode::GONE, &ExpiredPage { l, token: raw.to_owned() })
}

#[derive(Deserialize)]
pub struct RefreshForm {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "link_refresh_sent.html")]
struct RefreshSentPage {
    l: Layout,
}

/// Fresh links per expired link and per address, in an hour.
pub const REFRESH_LIMIT: u64 = 3;

/// "Send me a fresh link": a new link with the same scope goes to the address on record for
/// the party, never to one typed in. The answer is the same whether or not anything was sent.
pub async fn refresh(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<RefreshForm>,
) -> AppResult<Response> {
    let now = state.clock.now();
    let ip = ctx.ip.clone().unwrap_or_else(|| "unknown".into());
    let hour = now - chrono::Duration::hours(1);
    let answer = |ctx: &Ctx| -> AppResult<Response> {
        let l = Layout::new(ctx, ctx.tr().t("link-refresh-sent-title"), "", "/");
        html_status(StatusCode::OK, &RefreshSentPage { l })
    };
    if state.db.failures_since("link_refresh_ip", &ip, hour).await? >= REFRESH_LIMIT * 3 {
        return problem(&ctx, StatusCode::TOO_MANY_REQUESTS, "too-many");
    }
    state.db.record_failure("link_refresh_ip", &ip, now).await?;
    let link = match LinkToken::parse(&f.token) {
        Ok(t) => state.db.link_by_token(&t.hash()).await?,
        Err(_) => None,
    };
    let Some(old) = link else { return answer(&ctx) };
    let key = format!("link:{}", old.id);
    // Only an expired link of an active party is renewed; revoked links stay dead.
    if old.state(now) != LinkState::Expired
        || state.db.failures_since("link_refresh", &key, hour).await? >= REFRESH_LIMIT
    {
        audit(&state, &ctx, "link.refresh", Some(old.id), "denied", Some(old.state(now).as_str().into())).await?;
        return answer(&ctx);
    }
    state.db.record_failure("link_refresh", &key, now).await?;
    let life = (old.expires_at - old.created_at).max(chrono::Duration::days(1));
    let new = NewLink {
        portal: old.portal,
        party: old.party_id,
        object: old.object,
        // What the old link could still do: a subcontractor narrowed since gets no more back.
        actions: old.effective_actions(),
        require_code: old.require_code,
        note: old.note.clone(),
        expires_at: now + life,
        created_by: None,
        replaces: Some(old.id),
    };
    let (token, url) = new_link_url(&state)?;
    let mail = match tessera_mail::compose::invitation_for(&state.db, &new, &url).await {
        Ok(m) => m,
        Err(tessera_mail::compose::InvitationError::NoAddress) => {
            audit(&state, &ctx, "link.refresh", Some(old.id), "failed", Some("no address on record".into())).await?;
            return answer(&ctx);
        }
        Err(e) => return Err(AppError::internal(e)),
    };
    let id = state.db.issue_link(&new, &token.hash(), now, Some(&mail)).await?;
    audit(
        &state,
        &ctx,
        "link.refresh",
        Some(id),
        "ok",
        Some(format!("replaces=link:{} emailed_to={}", old.id, mail.to)),
    )
    .await?;
    answer(&ctx)
}

// ---- Back office -------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "links_list.html")]
struct ListPage {
    l: Layout,
    links: Vec<(Link, &'static str)>,
    pager: Pager,
    active_only: bool,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(query): Query<ListQuery>) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::LinkManage, Target::Collection).await?;
    let now = state.clock.now();
    let active_only = query.status == "active";
    let filter = if active_only { LinkFilter::Active } else { LinkFilter::All };
    let page = state.db.links(filter, None, now, query.page()).await?;
    let pager = Pager::new("/admin/links", &[("status", &query.status)], page.page, page.pages, page.total);
    let links = page.items.into_iter().map(|l| {
        let s = l.state(now).as_str();
        (l, s)
    });
    let l = Layout::new(&ctx, ctx.tr().t("links-title"), "links", "/admin/links");
    html(&ListPage { l, links: links.collect(), pager, active_only })
}

/// The form as typed.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct LinkForm {
    #[serde(default)]
    pub party: String,
    #[serde(default)]
    pub portal: String,
    #[serde(default)]
    pub object: String,
    #[serde(default)]
    pub action: Vec<String>,
    #[serde(default)]
    pub days: String,
    #[serde(default)]
    pub require_code: String,
    /// `on`: email the link to the party's address on record.
    #[serde(default)]
    pub send_email: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Template)]
#[template(path = "link_form.html")]
struct FormPage {
    l: Layout,
    f: LinkForm,
    parties: Vec<Party>,
    portals: [Portal; 3],
    /// Every portal action: name, and whether it is ticked.
    actions: Vec<(&'static str, bool)>,
    errors: Vec<(String, String)>,
}

impl FormPage {
    fn error(&self, field: &str) -> String {
        self.errors.iter().filter(|(f, _)| f == field).map(|(_, m)| m.as_str()).collect::<Vec<_>>().join(" ")
    }
    fn has_error(&self, field: &str) -> bool {
        self.errors.iter().any(|(f, _)| f == field)
    }
    fn is_party(&self, id: &PartyId) -> bool {
        self.f.party.trim() == id.to_string()
    }
}

fn all_actions(ticked: &[String]) -> Vec<(&'static str, bool)> {
    Action::ALL
        .into_iter()
        .filter_map(|a| a.link_name())
        .filter(|n| *n != "enter")
        .map(|n| (n, ticked.iter().any(|t| t == n)))
        .collect()
}

async fn form_page(state: &AppState, ctx: &Ctx, f: LinkForm, errors: Vec<(String, String)>) -> AppResult<FormPage> {
    let parties = state.db.parties("", PartyFilter::All, 1).await?.items;
    let actions = all_actions(&f.action);
    Ok(FormPage {
        l: Layout::new(ctx, ctx.tr().t("link-new-title"), "links", "/admin/links/new"),
        f,
        parties,
        portals: Portal::ALL,
        actions,
        errors,
    })
}

pub async fn new_form(State(state): State<AppState>, ctx: Ctx, Query(q): Query<NewQuery>) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::LinkManage, Target::Collection).await?;
    let f = LinkForm {
        party: q.party.unwrap_or_default(),
        portal: q.portal.unwrap_or_else(|| "supplier".into()),
        object: q.object.unwrap_or_default(),
        days: DEFAULT_DAYS.to_string(),
        ..Default::default()
    };
    // Everything the portal offers (the party is allowed) is ticked to start with; staff untick
    // what is not wanted.
    let portal = f.portal.parse::<Portal>().unwrap_or(Portal::Supplier);
    let allows = match f.party.trim().parse::<PartyId>() {
        Ok(id) => match state.db.party(id).await {
            Ok(p) => p.subcontractor_actions,
            Err(DbError::NotFound) => Default::default(),
            Err(e) => return Err(e.into()),
        },
        Err(_) => Default::default(),
    };
    let f = LinkForm {
        action: portal
            .offered(&allows)
            .iter()
            .filter_map(|a| a.link_name())
            .filter(|n| *n != "enter")
            .map(str::to_owned)
            .collect(),
        ..f
    };
    html(&form_page(&state, &ctx, f, Vec::new()).await?)
}

#[derive(Deserialize)]
pub struct NewQuery {
    party: Option<String>,
    portal: Option<String>,
    object: Option<String>,
}

#[derive(Template)]
#[template(path = "link_issued.html")]
struct IssuedPage {
    l: Layout,
    url: String,
    link: Link,
    /// The address on record the link was emailed to.
    emailed: Option<String>,
}

pub async fn create(State(state): State<AppState>, ctx: Ctx, CsrfForm(f): CsrfForm<LinkForm>) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::LinkManage, Target::Collection).await?;
    let tr = ctx.tr();
    let mut errors: Vec<(String, &'static str)> = Vec::new();
    let party = f.party.trim().parse::<PartyId>().ok();
    if party.is_none() {
        errors.push(("party".into(), "link-party-required"));
    }
    let portal = f.portal.parse::<Portal>().map_err(|_| errors.push(("portal".into(), "form-invalid-choice"))).ok();
    let object = match state.db.find_link_object(&f.object).await? {
        Ok(o) => o,
        Err(LinkObjectError::Malformed) => {
            errors.push(("object".into(), "link-object-invalid"));
            None
        }
        Err(LinkObjectError::Unknown) => {
            errors.push(("object".into(), "link-object-unknown"));
            None
        }
    };
    let days = f.days.trim().parse::<i64>().ok().filter(|d| (1..=365).contains(d));
    if days.is_none() {
        errors.push(("days".into(), "link-days-invalid"));
    }
    let mut actions = BTreeSet::new();
    if let Some(portal) = portal {
        match tessera_domain::link::parse_actions(portal, &f.action.join(",")) {
            Ok(a) if a.is_empty() => errors.push(("actions".into(), "link-actions-required")),
            Ok(a) => actions = a,
            Err(_) => errors.push(("actions".into(), "link-action-not-in-portal")),
        }
    }
    let note = tessera_domain::text::optional(&f.note, 500)
        .map_err(|_| errors.push(("note".into(), "form-too-long")))
        .ok()
        .flatten();
    let (Some(party), Some(portal), Some(days), true) = (party, portal, days, errors.is_empty()) else {
        let errors = errors.into_iter().map(|(k, m)| (k, tr.t(m))).collect();
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &ctx, f, errors).await?);
    };
    // A subcontractor's link carries no more than the subcontractor is allowed.
    let allows = match state.db.party(party).await {
        Ok(p) => p.subcontractor_actions,
        Err(DbError::NotFound) => {
            let errors = vec![("party".to_owned(), tr.t("link-party-required"))];
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &ctx, f, errors).await?);
        }
        Err(e) => return Err(e.into()),
    };
    let offered = portal.offered(&allows);
    let refused: Vec<String> =
        actions.difference(&offered).filter_map(|a| a.link_name()).map(|n| tr.action_name(n)).collect();
    if !refused.is_empty() {
        let errors = vec![("actions".to_owned(), tr.t1("link-action-not-allowed", "actions", refused.join(", ")))];
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &ctx, f, errors).await?);
    }
    let now = state.clock.now();
    let new = NewLink {
        portal,
        party,
        object,
        actions,
        require_code: f.require_code == "on",
        note,
        expires_at: now + chrono::Duration::days(days),
        created_by: ctx.user.as_ref().map(|u| u.id),
        replaces: None,
    };
    let (token, url) = new_link_url(&state)?;
    let mail = if f.send_email == "on" {
        match tessera_mail::compose::invitation_for(&state.db, &new, &url).await {
            Ok(m) => Some(m),
            Err(tessera_mail::compose::InvitationError::NoAddress) => {
                let errors = vec![("send_email".to_owned(), tr.t("link-no-address"))];
                return html_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &ctx, f, errors).await?);
            }
            Err(tessera_mail::compose::InvitationError::Db(DbError::NotFound)) => {
                let errors = vec![("object".to_owned(), tr.t("link-object-other-party"))];
                return html_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &ctx, f, errors).await?);
            }
            Err(e) => return Err(AppError::internal(e)),
        }
    } else {
        None
    };
    let id = match state.db.issue_link(&new, &token.hash(), now, mail.as_ref()).await {
        Ok(id) => id,
        Err(DbError::NotFound) => {
            let errors = vec![("object".to_owned(), tr.t("link-object-other-party"))];
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&state, &ctx, f, errors).await?);
        }
        Err(e) => return Err(e.into()),
    };
    let emailed = mail.map(|m| m.to.to_string());
    audit(&state, &ctx, "link.issue", Some(id), "ok", emailed.as_ref().map(|to| format!("emailed_to={to}"))).await?;
    let link = state.db.link(id).await?;
    let l = Layout::new(&ctx, tr.t("link-issued-title"), "links", "/admin/links");
    // Shown once; the page is no-store like every page.
    html_status(StatusCode::OK, &IssuedPage { l, url, link, emailed })
}

pub async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<super::auth::Empty>,
) -> AppResult<Response> {
    let id: LinkId = id.parse().map_err(|_| AppError::NotFound)?;
    Gate::new(&state, &ctx).check(Action::LinkManage, Target::Collection).await?;
    state.db.revoke_link(id, state.clock.now()).await?;
    audit(&state, &ctx, "link.revoke", Some(id), "ok", None).await?;
    Ok(Redirect::to("/admin/links").into_response())
}

/// A new link secret and the address it opens, to show once or to send by email.
pub(crate) fn new_link_url(state: &AppState) -> AppResult<(LinkToken, String)> {
    let token = LinkToken::generate().map_err(AppError::internal)?;
    let url = format!("{}/l/{}", state.config.public_base(), token.expose());
    Ok((token, url))
}
