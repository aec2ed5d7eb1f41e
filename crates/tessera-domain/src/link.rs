//! Access links: the secret a partner gets instead of an account.
//!
//! A link secret looks like `tsl_` + 32 base62 characters of randomness (about 190 bits, from the
//! operating system) + 6 base62 characters of CRC-32 checksum. The prefix makes a leaked link
//! recognisable (secret scanners can match it); the checksum rejects a mistyped link before any
//! database lookup. Only its SHA-256 is stored.
use crate::ids::{ComplaintId, OrderId, PartyId};
use crate::policy::Action;
use crate::secret::{RandomError, Secret, SecretHash, random_bytes};
use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

pub const PREFIX: &str = "tsl_";
const ALPHABET: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const RANDOM_LEN: usize = 32;
const CHECK_LEN: usize = 6;
pub const TOKEN_LEN: usize = PREFIX.len() + RANDOM_LEN + CHECK_LEN;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("not a Tessera link")]
    Malformed,
    #[error("the link is incomplete or mistyped")]
    Checksum,
}

/// A link secret. `Debug` prints nothing of it.
#[derive(Clone, PartialEq, Eq)]
pub struct LinkToken(Secret);

fn checksum(body: &str) -> String {
    let mut n = crc32fast::hash(body.as_bytes());
    let mut out = [b'0'; CHECK_LEN];
    for slot in out.iter_mut().rev() {
        *slot = ALPHABET[(n % 62) as usize];
        n /= 62;
    }
    out.iter().map(|b| *b as char).collect()
}

/// A fresh `prefix` + 32 random base62 characters + 6 of checksum (links, API keys).
pub(crate) fn generate_prefixed(prefix: &str) -> Result<Secret, RandomError> {
    let mut random = String::with_capacity(RANDOM_LEN);
    while random.len() < RANDOM_LEN {
        for b in random_bytes::<48>()? {
            // 248 = 4 × 62: rejecting the rest keeps every character equally likely.
            if b < 248 && random.len() < RANDOM_LEN {
                random.push(ALPHABET[usize::from(b % 62)] as char);
            }
        }
    }
    let body = format!("{prefix}{random}");
    let check = checksum(&body);
    Ok(Secret::from_client(format!("{body}{check}")))
}

/// Checks the shape and the checksum of a prefixed secret: no database is asked about a
/// malformed one.
pub(crate) fn parse_prefixed(prefix: &str, raw: &str) -> Result<Secret, TokenError> {
    let s = raw.trim();
    if s.len() != prefix.len() + RANDOM_LEN + CHECK_LEN
        || !s.starts_with(prefix)
        || !s[prefix.len()..].bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return Err(TokenError::Malformed);
    }
    let (body, check) = s.split_at(prefix.len() + RANDOM_LEN);
    if checksum(body) != check {
        return Err(TokenError::Checksum);
    }
    Ok(Secret::from_client(s.to_owned()))
}

impl LinkToken {
    pub fn generate() -> Result<Self, RandomError> {
        generate_prefixed(PREFIX).map(Self)
    }

    /// Checks the shape and the checksum: no database is asked about a malformed link.
    pub fn parse(raw: &str) -> Result<Self, TokenError> {
        parse_prefixed(PREFIX, raw).map(Self)
    }

    pub fn expose(&self) -> &str {
        self.0.expose()
    }

    pub fn hash(&self) -> SecretHash {
        self.0.hash()
    }
}

impl fmt::Debug for LinkToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LinkToken(tsl_***)")
    }
}

/// The portal a link opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Portal {
    Supplier,
    Subcontractor,
    Customer,
}

impl Portal {
    pub const ALL: [Portal; 3] = [Self::Supplier, Self::Subcontractor, Self::Customer];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Supplier => "supplier",
            Self::Subcontractor => "subcontractor",
            Self::Customer => "customer",
        }
    }
    /// What a link for this portal may carry, and what it carries when none are named.
    pub fn actions(self) -> BTreeSet<Action> {
        use Action::*;
        match self {
            Self::Supplier => [
                PortalEnter,
                PortalOrderView,
                PortalOrderConfirm,
                PortalDeliveryDeclare,
                PortalComplaintView,
                PortalComplaintAnswer,
            ]
            .into_iter()
            .collect(),
            // Each subcontractor is allowed some of these (`crate::subcontractor`).
            Self::Subcontractor => [PortalEnter, PortalOrderView]
                .into_iter()
                .chain(crate::subcontractor::SubcontractorAction::ALL.map(|a| a.action()))
                .collect(),
            Self::Customer => {
                [PortalEnter, PortalComplaintView, CustomerServiceView, CustomerServiceCreate].into_iter().collect()
            }
        }
    }
}

impl Portal {
    /// What a new link of this portal may carry for a party: a subcontractor's links no more
    /// than the subcontractor is allowed, other portals' everything they offer.
    pub fn offered(self, party_allows: &crate::subcontractor::AllowedActions) -> BTreeSet<Action> {
        self.actions().into_iter().filter(|a| self != Self::Subcontractor || party_allows.permits(*a)).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {value:?}; use one of: {allowed}")]
pub struct ParseError {
    pub what: &'static str,
    pub value: String,
    pub allowed: String,
}

impl FromStr for Portal {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Self::ALL.into_iter().find(|p| p.as_str().eq_ignore_ascii_case(s.trim())).ok_or_else(|| ParseError {
            what: "portal",
            value: s.to_owned(),
            allowed: "supplier, subcontractor, customer".into(),
        })
    }
}

/// The one object a link may be bound to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkObject {
    Order(OrderId),
    Complaint(ComplaintId),
    /// One work order of a subcontractor's, until it is closed.
    WorkOrder(crate::ids::WorkOrderId),
    /// One service request of a customer's (and the jobs planned for it).
    ServiceRequest(crate::ids::ServiceRequestId),
    /// One service job or inspection at a customer's site.
    ServiceJob(crate::ids::ServiceJobId),
}

impl LinkObject {
    pub fn kind(self) -> &'static str {
        match self {
            Self::Order(_) => "order",
            Self::Complaint(_) => "complaint",
            Self::WorkOrder(_) => "work_order",
            Self::ServiceRequest(_) => "service_request",
            Self::ServiceJob(_) => "service_job",
        }
    }
    pub fn id(self) -> i64 {
        match self {
            Self::Order(id) => id.get(),
            Self::Complaint(id) => id.get(),
            Self::WorkOrder(id) => id.get(),
            Self::ServiceRequest(id) => id.get(),
            Self::ServiceJob(id) => id.get(),
        }
    }
    pub fn from_parts(kind: &str, id: i64) -> Option<Self> {
        match kind {
            "order" => Some(Self::Order(OrderId::new(id))),
            "complaint" => Some(Self::Complaint(ComplaintId::new(id))),
            "work_order" => Some(Self::WorkOrder(crate::ids::WorkOrderId::new(id))),
            "service_request" => Some(Self::ServiceRequest(crate::ids::ServiceRequestId::new(id))),
            "service_job" => Some(Self::ServiceJob(crate::ids::ServiceJobId::new(id))),
            _ => None,
        }
    }
}

/// What a live link grants: the scope the policy checks every request against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkGrant {
    pub link: crate::ids::LinkId,
    pub portal: Portal,
    pub party: PartyId,
    pub object: Option<LinkObject>,
    pub actions: BTreeSet<Action>,
    /// For a subcontractor's link: what the subcontractor is allowed now (the link takes no
    /// action beyond it). Other portals' links ignore it.
    pub party_allows: crate::subcontractor::AllowedActions,
}

impl LinkGrant {
    /// Whether the link may take the action at all (its scope aside): it carries it, and a
    /// subcontractor's link only while the subcontractor is allowed it.
    pub fn carries(&self, action: Action) -> bool {
        self.actions.contains(&action) && (self.portal != Portal::Subcontractor || self.party_allows.permits(action))
    }
}

/// Parses `order.view,delivery.declare` into portal actions the portal allows.
pub fn parse_actions(portal: Portal, raw: &str) -> Result<BTreeSet<Action>, ParseError> {
    let allowed = portal.actions();
    let mut out = BTreeSet::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let action = allowed.iter().copied().find(|a| a.link_name() == Some(part)).ok_or_else(|| ParseError {
            what: "action",
            value: part.to_owned(),
            allowed: allowed.iter().filter_map(|a| a.link_name()).collect::<Vec<_>>().join(", "),
        })?;
        out.insert(action);
    }
    if !out.is_empty() {
        out.insert(Action::PortalEnter);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn generated_tokens_parse_and_are_distinct() {
        let a = LinkToken::generate().unwrap();
        let b = LinkToken::generate().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.expose().len(), TOKEN_LEN);
        assert!(a.expose().starts_with("tsl_"));
        assert_eq!(LinkToken::parse(a.expose()), Ok(a.clone()));
        assert!(!format!("{a:?}").contains(&a.expose()[4..]));
    }

    #[test]
    fn a_mistyped_token_fails_its_checksum() {
        let t = LinkToken::generate().unwrap();
        let s = t.expose();
        // Change one character of the random part.
        let i = 10;
        let c = if &s[i..=i] == "a" { "b" } else { "a" };
        let typo = format!("{}{}{}", &s[..i], c, &s[i + 1..]);
        assert_eq!(LinkToken::parse(&typo), Err(TokenError::Checksum));
        assert_eq!(LinkToken::parse(&s[..s.len() - 1]), Err(TokenError::Malformed));
        assert_eq!(LinkToken::parse("ghp_abc"), Err(TokenError::Malformed));
        assert_eq!(LinkToken::parse(&format!("{}!", &s[..s.len() - 1])), Err(TokenError::Malformed));
    }

    #[test]
    fn actions_are_limited_to_the_portal() {
        let a = parse_actions(Portal::Supplier, "order.view, delivery.declare").unwrap();
        assert!(a.contains(&Action::PortalOrderView) && a.contains(&Action::PortalEnter));
        assert!(parse_actions(Portal::Customer, "delivery.declare").is_err());
        assert!(parse_actions(Portal::Supplier, "backoffice.enter").is_err());
        assert!(parse_actions(Portal::Supplier, "").unwrap().is_empty());
    }

    #[test]
    fn a_subcontractor_is_offered_what_it_is_allowed() {
        use crate::subcontractor::{AllowedActions, SubcontractorAction};
        let allows = AllowedActions::new([SubcontractorAction::Deliveries, SubcontractorAction::WorkPermits]);
        let offered = Portal::Subcontractor.offered(&allows);
        let names: Vec<_> = offered.iter().filter_map(|a| a.link_name()).collect();
        assert_eq!(names, ["enter", "order.view", "delivery.declare", "permit.accept"]);
        assert_eq!(Portal::Supplier.offered(&AllowedActions::default()), Portal::Supplier.actions());
        assert!(parse_actions(Portal::Subcontractor, "invoice.issue,loto.view").is_ok());
        assert!(parse_actions(Portal::Supplier, "invoice.issue").is_err());
    }
}
