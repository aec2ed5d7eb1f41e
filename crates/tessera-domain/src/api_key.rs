//! API keys: how a customer's systems (and the company's own main system) call the REST API.
//!
//! A key looks like an access link with another prefix: `tsk_` + 32 base62 characters of
//! randomness + 6 of CRC-32 checksum, so secret scanners can tell a leaked key and a mistyped
//! one is refused before the database is asked. It is shown once, when it is made; only its
//! SHA-256 is stored. A key belongs to a customer organisation and carries some of the
//! contact roles (what its systems may do there), or, for the company's own systems, to the
//! host with staff roles. No key can manage keys, contacts or users.
use crate::contact::ContactRole;
use crate::ids::{ApiKeyId, PartyId};
use crate::link::{TokenError, generate_prefixed, parse_prefixed};
use crate::role::StaffRole;
use crate::secret::{RandomError, Secret, SecretHash};
use std::collections::BTreeSet;
use std::fmt;

pub const PREFIX: &str = "tsk_";

/// An API key's secret. `Debug` prints nothing of it.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKeyToken(Secret);

impl ApiKeyToken {
    pub fn generate() -> Result<Self, RandomError> {
        generate_prefixed(PREFIX).map(Self)
    }

    /// Shape and checksum; a malformed key never reaches the database.
    pub fn parse(raw: &str) -> Result<Self, TokenError> {
        parse_prefixed(PREFIX, raw).map(Self)
    }

    pub fn expose(&self) -> &str {
        self.0.expose()
    }

    pub fn hash(&self) -> SecretHash {
        self.0.hash()
    }

    /// What may be shown of a key later, to tell keys apart: `tsk_AbCd…`.
    pub fn hint(&self) -> String {
        format!("{}…", &self.expose()[..PREFIX.len() + 4])
    }
}

impl fmt::Debug for ApiKeyToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKeyToken(tsk_***)")
    }
}

/// Whose a key is and what it may do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyScope {
    /// A customer organisation's systems: what these roles grant, in that organisation.
    Customer { customer: PartyId, roles: BTreeSet<ContactRole> },
    /// The company's own systems (the main system loading stock, updating orders).
    Host { roles: BTreeSet<StaffRole> },
}

impl KeyScope {
    pub fn customer(&self) -> Option<PartyId> {
        match self {
            Self::Customer { customer, .. } => Some(*customer),
            Self::Host { .. } => None,
        }
    }
    /// The roles as stored and shown: `ordering,stock_query`.
    pub fn roles_text(&self) -> String {
        match self {
            Self::Customer { roles, .. } => roles.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(","),
            Self::Host { roles } => roles.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(","),
        }
    }
}

/// The contact roles a customer's key may carry: those about the organisation's business, not
/// about who works there.
pub fn customer_key_roles() -> Vec<ContactRole> {
    ContactRole::ALL.into_iter().filter(|r| r.manages().is_none()).collect()
}

/// The staff roles a host key may carry.
pub fn host_key_roles() -> Vec<StaffRole> {
    StaffRole::ALL.into_iter().filter(|r| *r != StaffRole::Admin).collect()
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyRoleError {
    #[error("give the key at least one role")]
    Empty,
    #[error("unknown role {0:?} for a key; use one of: {1}")]
    Unknown(String, String),
}

/// Parses comma-separated role names (`-` read as `_`) among `allowed`.
fn parse_roles<R: Copy + Ord>(
    raw: &str,
    allowed: &[R],
    name: fn(R) -> &'static str,
) -> Result<BTreeSet<R>, KeyRoleError> {
    let mut out = BTreeSet::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let wanted = part.replace('-', "_");
        let role = allowed.iter().copied().find(|r| name(*r) == wanted).ok_or_else(|| {
            KeyRoleError::Unknown(part.to_owned(), allowed.iter().map(|r| name(*r)).collect::<Vec<_>>().join(", "))
        })?;
        out.insert(role);
    }
    if out.is_empty() { Err(KeyRoleError::Empty) } else { Ok(out) }
}

/// Parses `ordering,stock_query` into the roles of a customer's key.
pub fn parse_customer_roles(raw: &str) -> Result<BTreeSet<ContactRole>, KeyRoleError> {
    parse_roles(raw, &customer_key_roles(), ContactRole::as_str)
}

/// Parses `sales,warehouse` into the roles of a host key.
pub fn parse_host_roles(raw: &str) -> Result<BTreeSet<StaffRole>, KeyRoleError> {
    parse_roles(raw, &host_key_roles(), StaffRole::as_str)
}

/// A key's name, so its owner knows which system holds it: 1 to 80 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyName(String);

impl KeyName {
    pub fn parse(raw: &str) -> Result<Self, KeyNameError> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(KeyNameError::Empty);
        }
        if s.chars().count() > 80 || s.chars().any(char::is_control) {
            return Err(KeyNameError::TooLong);
        }
        Ok(Self(s.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum KeyNameError {
    #[error("give the key a name")]
    Empty,
    #[error("a key's name is at most 80 characters, without control characters")]
    TooLong,
}

/// What a request with a valid key is: the scope the policy checks it against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKeyGrant {
    pub key: ApiKeyId,
    pub scope: KeyScope,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn keys_are_prefixed_checksummed_and_not_links() {
        let k = ApiKeyToken::generate().unwrap();
        assert!(k.expose().starts_with("tsk_"));
        assert_eq!(ApiKeyToken::parse(k.expose()).unwrap(), k);
        assert!(!format!("{k:?}").contains(&k.expose()[4..]));
        // One character changed: the checksum catches it.
        let mut s = k.expose().to_owned();
        let c = if s.as_bytes()[10] == b'a' { "b" } else { "a" };
        s.replace_range(10..11, c);
        assert_eq!(ApiKeyToken::parse(&s), Err(TokenError::Checksum));
        // A link's secret is not a key.
        let link = crate::link::LinkToken::generate().unwrap();
        assert_eq!(ApiKeyToken::parse(link.expose()), Err(TokenError::Malformed));
        assert!(k.hint().starts_with("tsk_") && k.hint().ends_with('…'));
    }

    #[test]
    fn key_roles() {
        let r = parse_customer_roles("ordering, stock_query").unwrap();
        assert_eq!(r.len(), 2);
        assert!(matches!(parse_customer_roles("customer_admin"), Err(KeyRoleError::Unknown(..))));
        assert_eq!(parse_customer_roles(" , "), Err(KeyRoleError::Empty));
        assert!(parse_host_roles("sales,warehouse").is_ok());
        assert!(parse_host_roles("admin").is_err());
        assert_eq!(KeyName::parse("  "), Err(KeyNameError::Empty));
        assert_eq!(KeyName::parse(&"x".repeat(81)), Err(KeyNameError::TooLong));
    }
}
