//! Secrets: random, compared in constant time, never printed, stored only as a hash.
use sha2::{Digest, Sha256};
use std::fmt;

/// The operating system could not give random bytes.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the operating system's random generator failed")]
pub struct RandomError;

/// `N` bytes from the operating system's generator.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], RandomError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|_| RandomError)?;
    Ok(bytes)
}

/// A secret as a person or browser holds it (a session id, later an access link).
/// `Debug` and `Display` print nothing of it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// 256 bits from the operating system's generator, hex-encoded.
    pub fn generate() -> Result<Self, RandomError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|_| RandomError)?;
        Ok(Self(hex::encode(bytes)))
    }
    pub fn from_client(raw: impl Into<String>) -> Self {
        Self(raw.into())
    }
    /// Only for putting it where its owner reads it: a cookie, a one-time screen.
    pub fn expose(&self) -> &str {
        &self.0
    }
    /// What the database keeps: SHA-256, hex. The secret has 256 random bits, so a fast hash is enough.
    pub fn hash(&self) -> SecretHash {
        SecretHash(hex::encode(Sha256::digest(self.0.as_bytes())))
    }
    /// Constant-time comparison, for tokens compared outside the database (CSRF).
    pub fn matches(&self, other: &str) -> bool {
        use subtle::ConstantTimeEq;
        self.0.len() == other.len() && bool::from(self.0.as_bytes().ct_eq(other.as_bytes()))
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// The stored form of a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretHash(String);

impl SecretHash {
    pub fn from_stored(s: String) -> Self {
        Self(s)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password as typed. Never printed.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub fn new(raw: impl Into<String>) -> Self {
        Self(raw.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
    /// A generated password for the first admin: 20 characters from an unambiguous alphabet.
    pub fn generate() -> Result<Self, RandomError> {
        const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        let mut bytes = [0u8; 20];
        getrandom::fill(&mut bytes).map_err(|_| RandomError)?;
        Ok(Self(bytes.iter().map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char).collect()))
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn debug_never_shows_the_secret() {
        let s = Secret::generate().unwrap();
        assert_eq!(s.expose().len(), 64);
        assert!(!format!("{s:?}").contains(s.expose()));
        let p = Password::new("hunter2hunter2");
        assert!(!format!("{p:?}").contains("hunter2"));
    }

    #[test]
    fn hash_is_stable_and_not_the_secret() {
        let s = Secret::from_client("abc");
        assert_eq!(s.hash(), Secret::from_client("abc").hash());
        assert_ne!(s.hash().as_str(), "abc");
        assert!(s.matches("abc"));
        assert!(!s.matches("abd"));
        assert!(!s.matches("ab"));
    }
}
