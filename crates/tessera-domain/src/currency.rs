//! Currencies, for orders and invoices alike: a three-letter code (ISO 4217's shape), upper case.
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A currency code: three ASCII letters, stored upper case (`pln` → `PLN`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency([u8; 3]);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CurrencyError {
    #[error("empty")]
    Empty,
    /// Not exactly three ASCII letters.
    #[error("not a currency code")]
    Malformed,
}

impl Currency {
    pub fn parse(raw: &str) -> Result<Currency, CurrencyError> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(CurrencyError::Empty);
        }
        match s.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_alphabetic) => {
                Ok(Currency([a.to_ascii_uppercase(), b.to_ascii_uppercase(), c.to_ascii_uppercase()]))
            }
            _ => Err(CurrencyError::Malformed),
        }
    }
    pub fn as_str(&self) -> &str {
        // Always three ASCII letters, so always UTF-8.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Currency {
    type Err = CurrencyError;
    fn from_str(s: &str) -> Result<Self, CurrencyError> {
        Self::parse(s)
    }
}

impl TryFrom<String> for Currency {
    type Error = CurrencyError;
    fn try_from(s: String) -> Result<Self, CurrencyError> {
        Self::parse(&s)
    }
}

impl From<Currency> for String {
    fn from(c: Currency) -> String {
        c.as_str().to_owned()
    }
}
