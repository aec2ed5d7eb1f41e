//! Contacts' accounts: the single-use tokens emailed to them (activation, sign-in, password
//! reset) and the welcome email, shared by the pages that issue them (staff adding a contact,
//! approving a change request, a contact asking for a new link).
//!
//! A token is 256 random bits (hex), emailed as `<public url>/c/<token>`; the database keeps
//! its SHA-256 only. Opening the address changes nothing: it puts the token in a short-lived
//! cookie and redirects to a page without it, where the person acts (a POST).
use crate::AppState;
use crate::error::{AppError, AppResult};
use chrono::{DateTime, Duration, Utc};
use std::collections::BTreeSet;
use tessera_db::contacts::TokenPurpose;
use tessera_db::outbox::NewMail;
use tessera_domain::contact::{ContactFacts, ContactRole};
use tessera_domain::email::Email;
use tessera_domain::secret::Secret;
use tessera_i18n::Lang;

/// How long each kind of token works.
pub fn lifetime(purpose: TokenPurpose) -> Duration {
    match purpose {
        TokenPurpose::Activation => Duration::days(7),
        TokenPurpose::SignIn => Duration::minutes(15),
        TokenPurpose::Reset => Duration::hours(1),
    }
}

/// A token's secret, the address that carries it, when it expires, and the email carrying it.
pub struct Issued {
    pub token: Secret,
    pub url: String,
    pub expires_at: DateTime<Utc>,
    pub mail: NewMail,
}

/// A new token of `purpose`: the secret, the address that carries it, and when it expires.
pub fn new_token(state: &AppState, purpose: TokenPurpose) -> AppResult<(Secret, String, DateTime<Utc>)> {
    token_at(state.config.public_base(), state.clock.now(), purpose)
}

/// As [`new_token`], for a caller without the web's state (the command line): `base` is the
/// public address people reach Tessera at.
pub fn token_at(base: &str, now: DateTime<Utc>, purpose: TokenPurpose) -> AppResult<(Secret, String, DateTime<Utc>)> {
    let token = Secret::generate().map_err(AppError::internal)?;
    let url = format!("{}/c/{}", base.trim_end_matches('/'), token.expose());
    Ok((token, url, now + lifetime(purpose)))
}

/// The contact's language, for emails.
pub fn lang_of(facts: &ContactFacts) -> Lang {
    facts.language.parse().unwrap_or_default()
}

/// The welcome email for a new contact, with its activation token: (token, expiry, email).
pub fn welcome(
    state: &AppState,
    facts: &ContactFacts,
    organisation: &str,
    roles: &BTreeSet<ContactRole>,
) -> AppResult<(Secret, DateTime<Utc>, NewMail)> {
    let i = welcome_at(state.config.public_base(), state.clock.now(), facts, organisation, roles)?;
    Ok((i.token, i.expires_at, i.mail))
}

/// As [`welcome`], for a caller without the web's state (the command line, the demo).
pub fn welcome_at(
    base: &str,
    now: DateTime<Utc>,
    facts: &ContactFacts,
    organisation: &str,
    roles: &BTreeSet<ContactRole>,
) -> AppResult<Issued> {
    let (token, url, expires_at) = token_at(base, now, TokenPurpose::Activation)?;
    let lang = lang_of(facts);
    let to = Email::parse(&facts.email).map_err(AppError::internal)?;
    let w = tessera_mail::Welcome {
        name: &facts.name,
        organisation,
        roles: roles.iter().map(|r| tessera_i18n::t(lang, &r.message_id())).collect(),
        url: &url,
        valid_until: tessera_i18n::datetime(lang, expires_at),
    };
    let mail = tessera_mail::contacts::welcome(&to, lang, &w).map_err(AppError::internal)?;
    Ok(Issued { token, url, expires_at, mail })
}

/// The links an activated contact can ask for by email.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    SignIn,
    Reset,
}

impl Link {
    pub fn purpose(self) -> TokenPurpose {
        match self {
            Link::SignIn => TokenPurpose::SignIn,
            Link::Reset => TokenPurpose::Reset,
        }
    }
}

/// A sign-in or password reset link for an activated contact, with the email carrying it.
/// An activation is [`welcome_at`].
pub fn link_at(base: &str, now: DateTime<Utc>, link: Link, facts: &ContactFacts) -> AppResult<Issued> {
    let (token, url, expires_at) = token_at(base, now, link.purpose())?;
    let lang = lang_of(facts);
    let to = Email::parse(&facts.email).map_err(AppError::internal)?;
    let until = tessera_i18n::datetime(lang, expires_at);
    let mail = match link {
        Link::SignIn => tessera_mail::contacts::sign_in_link(&to, lang, &facts.name, &url, &until),
        Link::Reset => tessera_mail::contacts::password_reset(&to, lang, &facts.name, &url, &until),
    }
    .map_err(AppError::internal)?;
    Ok(Issued { token, url, expires_at, mail })
}
