//! What staff sign-in and contacts' sign-in share: failures limited per address and per
//! account in the database (so every node sees them), the `Retry-After` of a refusal, and the
//! session cookie.
use crate::AppState;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use axum_extra::extract::cookie::{Cookie, SameSite};
use chrono::{DateTime, Utc};
use tessera_db::DbError;

/// Sign-in failures of one address and one typed account, under one pair of counter kinds.
pub struct Throttle<'a> {
    state: &'a AppState,
    ip_kind: &'static str,
    account_kind: &'static str,
    ip: String,
    account: String,
}

impl<'a> Throttle<'a> {
    /// Staff sign-in (`/login`).
    pub fn staff(state: &'a AppState, ip: &str, account: &str) -> Self {
        Self::new(state, "sign_in_ip", "sign_in_account", ip, account)
    }

    /// Contacts' sign-in (`/customer/login`): counted apart from staff's.
    pub fn contact(state: &'a AppState, ip: &str, account: &str) -> Self {
        Self::new(state, "contact_sign_in_ip", "contact_sign_in_account", ip, account)
    }

    fn new(state: &'a AppState, ip_kind: &'static str, account_kind: &'static str, ip: &str, account: &str) -> Self {
        Self { state, ip_kind, account_kind, ip: ip.to_owned(), account: account.to_owned() }
    }

    /// Whether the address or the account has failed too often within the window.
    pub async fn exceeded(&self, now: DateTime<Utc>) -> Result<bool, DbError> {
        let cfg = &self.state.config;
        let since = now - chrono::Duration::from_std(cfg.login_window).unwrap_or_default();
        Ok(self.state.db.failures_since(self.ip_kind, &self.ip, since).await? >= cfg.login_ip_limit
            || self.state.db.failures_since(self.account_kind, &self.account, since).await? >= cfg.login_account_limit)
    }

    /// A failed attempt counts against both; the metric counts it too.
    pub async fn failed(&self, now: DateTime<Utc>) -> Result<(), DbError> {
        self.state.db.record_failure(self.ip_kind, &self.ip, now).await?;
        self.state.db.record_failure(self.account_kind, &self.account, now).await?;
        self.state.metrics.sign_in_failures.inc();
        Ok(())
    }

    /// A refused attempt (too many failures) is counted by the metric only.
    pub fn refused(&self) {
        self.state.metrics.sign_in_failures.inc();
    }

    /// A sign-in that worked clears the account's failures (the address's stay).
    pub async fn passed(&self) -> Result<(), DbError> {
        self.state.db.clear_failures(self.account_kind, &self.account).await
    }
}

/// `Retry-After` on a refusal: the length of the window.
pub fn retry_after(res: &mut Response, state: &AppState) {
    if let Ok(v) = HeaderValue::from_str(&state.config.login_window.as_secs().to_string()) {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
}

/// A session cookie: the whole site, HttpOnly, Secure over TLS, SameSite=Lax, ended with the
/// browser.
pub fn session_cookie(name: &'static str, value: String, tls: bool) -> Cookie<'static> {
    Cookie::build((name, value)).path("/").http_only(true).secure(tls).same_site(SameSite::Lax).build()
}
