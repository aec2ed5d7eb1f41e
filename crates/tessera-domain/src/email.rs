//! An email address as stored: trimmed, lower-cased, plausibly deliverable.
use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an email address")]
pub struct EmailError;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, EmailError> {
        let s = raw.trim().to_lowercase();
        let Some((local, domain)) = s.split_once('@') else {
            return Err(EmailError);
        };
        let ok = !local.is_empty()
            && local.len() <= 64
            && s.len() <= 254
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !domain.contains('@')
            && s.chars().all(|c| !c.is_whitespace() && !c.is_control() && c != '<' && c != '>' && c != ',' && c != ';');
        if ok { Ok(Self(s)) } else { Err(EmailError) }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_and_refuses() {
        assert_eq!(Email::parse(" Anna@Example.COM ").map(|e| e.0), Ok("anna@example.com".into()));
        for bad in ["", "anna", "@x.pl", "a@b", "a@.pl", "a b@x.pl", "a@x..pl", "a@x\n.pl", "a@b@c.pl", "a,b@x.pl"] {
            assert_eq!(Email::parse(bad), Err(EmailError), "{bad:?}");
        }
    }
}
