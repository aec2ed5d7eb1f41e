//! Who is asking, in which language, from where: extracted once per request.
use crate::AppState;
use crate::error::AppError;
use crate::tr::Tr;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;
use sha2::{Digest, Sha256};
use std::net::SocketAddr;
use tessera_db::users::User;
use tessera_domain::policy::Principal;
use tessera_domain::secret::Secret;
use tessera_i18n::Lang;

pub const LANG_COOKIE: &str = "tessera_lang";

pub fn session_cookie_name(tls: bool) -> &'static str {
    if tls { "__Host-tessera_session" } else { "tessera_session" }
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
    pub fn actor(&self) -> Option<String> {
        self.user.as_ref().map(|u| format!("user:{}", u.id))
    }
    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.roles.contains(&tessera_domain::role::StaffRole::Admin))
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
pub fn request_lang(parts: &Parts, jar: &CookieJar, user: Option<&User>) -> Lang {
    if let Some(l) = user.and_then(|u| u.language.as_deref()).and_then(|l| l.parse().ok()) {
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
        let now = state.clock.now();
        let mut user = None;
        let mut session = None;
        if let Some(c) = jar.get(session_cookie_name(state.config.tls)) {
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
        let principal = match &user {
            Some(u) => Principal::Staff { user: u.id, roles: u.roles.clone() },
            None => Principal::Anonymous,
        };
        let csrf = match &session {
            Some(s) => session_csrf(s),
            None => parts.extensions.get::<AnonCsrf>().map(|a| a.0.clone()).unwrap_or_default(),
        };
        let ctx = Ctx {
            lang: request_lang(parts, &jar, user.as_ref()),
            principal,
            user,
            csrf,
            ip: client_ip(parts, state).await,
            session,
        };
        parts.extensions.insert(ctx.clone());
        Ok(ctx)
    }
}
