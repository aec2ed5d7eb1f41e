//! Who is asking, in which language, from where: extracted once per request.
use crate::AppState;
use crate::error::AppError;
use crate::tr::Tr;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;
use sha2::{Digest, Sha256};
use std::net::SocketAddr;
use tessera_db::api_keys::ApiKey;
use tessera_db::contacts::Contact;
use tessera_db::links::{Link, LinkState};
use tessera_db::users::User;
use tessera_domain::policy::Principal;
use tessera_domain::secret::Secret;
use tessera_i18n::Lang;

pub const LANG_COOKIE: &str = "tessera_lang";

pub fn session_cookie_name(tls: bool) -> &'static str {
    if tls { "__Host-tessera_session" } else { "tessera_session" }
}

pub fn portal_cookie_name(tls: bool) -> &'static str {
    if tls { "__Host-tessera_portal" } else { "tessera_portal" }
}

pub fn contact_cookie_name(tls: bool) -> &'static str {
    if tls { "__Host-tessera_contact" } else { "tessera_contact" }
}

/// Whether a path belongs to the customer portal, where a contact's session counts.
pub fn is_customer_path(path: &str) -> bool {
    path == "/customer" || path.starts_with("/customer/")
}

pub fn csrf_cookie_name(tls: bool) -> &'static str {
    if tls { "__Host-tessera_csrf" } else { "tessera_csrf" }
}

/// The double-submit token for people not signed in, put in the request by
/// [`crate::security::csrf_cookie`].
#[derive(Debug, Clone)]
pub struct AnonCsrf(pub String);

/// The request's context.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub lang: Lang,
    pub principal: Principal,
    pub user: Option<User>,
    /// The access link behind a portal session.
    pub link: Option<Link>,
    /// The customer's contact signed in to the customer portal.
    pub contact: Option<Contact>,
    /// The API key of an API request.
    pub api_key: Option<std::sync::Arc<ApiKey>>,
    /// A portal session that waits for its one-time code: it grants nothing yet.
    pub code_pending: bool,
    /// The token forms must carry back.
    pub csrf: String,
    pub ip: Option<String>,
    session: Option<Secret>,
}

impl Ctx {
    pub fn tr(&self) -> Tr {
        Tr { lang: self.lang }
    }
    pub fn session_token(&self) -> Option<&Secret> {
        self.session.as_ref()
    }
    /// Who, for logs and the audit log: `user:3`, `link:12`. Never a secret.
    pub fn actor(&self) -> Option<String> {
        if let Some(k) = &self.api_key {
            return Some(format!("api_key:{}", k.id));
        }
        match (&self.user, &self.link, &self.contact) {
            (Some(u), _, _) => Some(format!("user:{}", u.id)),
            (None, Some(l), _) => Some(format!("link:{}", l.id)),
            (None, None, Some(c)) => Some(format!("contact:{}", c.id)),
            (None, None, None) => None,
        }
    }
    /// Whether the operator pages (audit log, mailbox) are for this person: asked of the policy.
    pub fn is_admin(&self) -> bool {
        use tessera_domain::policy::{Action, Target, decide};
        decide(&self.principal, Action::OpsView, &Target::Collection).is_allowed()
    }
}

/// The CSRF token of a session: derived from its secret, so nothing more is stored.
pub fn session_csrf(session: &Secret) -> String {
    hex::encode(Sha256::digest(format!("csrf:{}", session.expose()).as_bytes()))
}

/// The peer's address (the socket's; tests mock it with `MockConnectInfo`).
pub async fn client_ip(parts: &mut Parts, state: &AppState) -> Option<String> {
    ConnectInfo::<SocketAddr>::from_request_parts(parts, state).await.ok().map(|c| c.0.ip().to_string())
}

/// The language: the person's choice (account, then cookie), else `Accept-Language`.
pub fn request_lang(parts: &Parts, jar: &CookieJar, user: Option<&User>, contact: Option<&Contact>) -> Lang {
    if let Some(l) = user.and_then(|u| u.language.as_deref()).and_then(|l| l.parse().ok()) {
        return l;
    }
    if let Some(l) = contact.and_then(|c| c.facts.language.parse().ok()) {
        return l;
    }
    if let Some(l) = jar.get(LANG_COOKIE).and_then(|c| c.value().parse().ok()) {
        return l;
    }
    parts
        .headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(Lang::negotiate)
        .unwrap_or_default()
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        if let Some(ctx) = parts.extensions.get::<Ctx>() {
            return Ok(ctx.clone());
        }
        let jar = CookieJar::from_headers(&parts.headers);
        if crate::api::is_api_path(parts.uri.path()) {
            // The API: only the bearer key counts, never a cookie (no CSRF to worry about).
            let ip = client_ip(parts, state).await;
            let api_key = crate::api::authenticate(parts, state, ip.as_deref()).await?;
            let ctx = Ctx {
                lang: request_lang(parts, &CookieJar::new(), None, None),
                principal: api_key.as_ref().map(|k| Principal::ApiKey(k.grant())).unwrap_or(Principal::Anonymous),
                user: None,
                link: None,
                contact: None,
                api_key,
                code_pending: false,
                csrf: String::new(),
                ip,
                session: None,
            };
            parts.extensions.insert(ctx.clone());
            return Ok(ctx);
        }
        let now = state.clock.now();
        let mut user = None;
        let mut link = None;
        let mut session = None;
        let mut code_pending = false;
        let mut contact = None;
        // In the customer portal only a contact's session counts; in the link portals a link's
        // session first; everywhere else a staff session.
        let customer_path = is_customer_path(parts.uri.path());
        let portal_path = parts.uri.path().starts_with("/portal") || parts.uri.path().starts_with("/l/");
        if customer_path {
            (contact, session) = contact_session(&jar, state, now).await?;
        }
        if portal_path {
            (link, session, code_pending) = portal_session(&jar, state, now).await?;
        }
        if session.is_none()
            && !customer_path
            && let Some(c) = jar.get(session_cookie_name(state.config.tls))
        {
            let token = Secret::from_client(c.value());
            let hash = token.hash();
            if let Some(info) = state.db.session(&hash).await? {
                let idle = chrono::Duration::from_std(state.config.session_idle).unwrap_or_default();
                if info.expires_at > now && info.last_seen_at + idle > now {
                    // Touch at most once a minute: a page view is not a write.
                    if now - info.last_seen_at > chrono::Duration::minutes(1) {
                        state.db.touch_session(&hash, now).await?;
                    }
                    user = Some(info.user);
                    session = Some(token);
                } else {
                    state.db.delete_session(&hash).await?;
                }
            }
        }
        if session.is_none() && !portal_path && !customer_path {
            (link, session, code_pending) = portal_session(&jar, state, now).await?;
        }
        let principal = match (&user, &link, &contact) {
            (Some(u), _, _) => Principal::Staff { user: u.id, roles: u.roles.clone() },
            (None, Some(l), _) => Principal::Link(l.grant()),
            (None, None, Some(c)) => Principal::Contact(c.grant()),
            (None, None, None) => Principal::Anonymous,
        };
        let csrf = match &session {
            Some(s) => session_csrf(s),
            None => parts.extensions.get::<AnonCsrf>().map(|a| a.0.clone()).unwrap_or_default(),
        };
        let ctx = Ctx {
            lang: request_lang(parts, &jar, user.as_ref(), contact.as_ref()),
            principal,
            user,
            link,
            contact,
            api_key: None,
            code_pending,
            csrf,
            ip: client_ip(parts, state).await,
            session,
        };
        parts.extensions.insert(ctx.clone());
        Ok(ctx)
    }
}

/// The link behind the portal cookie, if its session and the link itself are still alive; a
/// session still waiting for its one-time code gives no link, only the token (for the code form).
async fn portal_session(
    jar: &CookieJar,
    state: &AppState,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(Option<Link>, Option<Secret>, bool), AppError> {
    let Some(c) = jar.get(portal_cookie_name(state.config.tls)) else { return Ok((None, None, false)) };
    let token = Secret::from_client(c.value());
    let hash = token.hash();
    match state.db.link_session(&hash).await? {
        Some(s) if s.expires_at > now && s.link.state(now) == LinkState::Active => {
            if s.verified {
                Ok((Some(s.link), Some(token), false))
            } else {
                Ok((None, Some(token), true))
            }
        }
        Some(_) => {
            state.db.delete_link_session(&hash).await?;
            Ok((None, None, false))
        }
        None => Ok((None, None, false)),
    }
}

/// The contact behind the customer-portal cookie, if its session is alive (idle and absolute
/// timeouts as for staff) and the contact is still in the portal.
async fn contact_session(
    jar: &CookieJar,
    state: &AppState,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(Option<Contact>, Option<Secret>), AppError> {
    let Some(c) = jar.get(contact_cookie_name(state.config.tls)) else { return Ok((None, None)) };
    let token = Secret::from_client(c.value());
    let hash = token.hash();
    let Some(info) = state.db.contact_session(&hash).await? else { return Ok((None, None)) };
    let idle = chrono::Duration::from_std(state.config.session_idle).unwrap_or_default();
    if info.expires_at > now && info.last_seen_at + idle > now {
        if now - info.last_seen_at > chrono::Duration::minutes(1) {
            state.db.touch_contact_session(&hash, now).await?;
        }
        Ok((Some(info.contact), Some(token)))
    } else {
        state.db.delete_contact_session(&hash).await?;
        Ok((None, None))
    }
}
