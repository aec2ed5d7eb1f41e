//! Short, required, single-line texts typed by people: names, numbers of documents.
use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("empty")]
    Empty,
    #[error("too long")]
    TooLong { max: usize },
    #[error("control characters")]
    Control,
}

/// A trimmed, non-empty, single-line text of at most `MAX` characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Text<const MAX: usize>(String);

impl<const MAX: usize> Text<MAX> {
    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let t = raw.trim();
        if t.is_empty() {
            return Err(TextError::Empty);
        }
        if t.chars().count() > MAX {
            return Err(TextError::TooLong { max: MAX });
        }
        if t.chars().any(char::is_control) {
            return Err(TextError::Control);
        }
        Ok(Self(t.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_string(self) -> String {
        self.0
    }
}

impl<const MAX: usize> fmt::Display for Text<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A document number (order, delivery, complaint…), as the main system writes it: `ZAM/12/2020`.
pub type DocNumber = Text<64>;
/// A name of a thing or a party.
pub type Name = Text<200>;

/// Optional free text: trimmed, empty means none.
pub fn optional(raw: &str, max: usize) -> Result<Option<String>, TextError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.chars().count() > max {
        return Err(TextError::TooLong { max });
    }
    Ok(Some(t.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_refuses_empty_long_and_control() {
        assert_eq!(DocNumber::parse("  ZAM/1 ").map(|t| t.into_string()), Ok("ZAM/1".into()));
        assert_eq!(DocNumber::parse("   "), Err(TextError::Empty));
        assert_eq!(Text::<3>::parse("abcd"), Err(TextError::TooLong { max: 3 }));
        assert_eq!(DocNumber::parse("a\nb"), Err(TextError::Control));
        assert_eq!(optional("  ", 5), Ok(None));
    }
}
