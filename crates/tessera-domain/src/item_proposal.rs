//! Item types a subcontractor proposes for the catalogue (issue #8, seed 000: subcontractors
//! "add new item types"). A proposal stays pending until staff approve it into the catalogue
//! as a new item, merge it into an item the catalogue already has, or reject it with a reason.
use crate::ids::ItemId;
use crate::number::{Money, NumberError};
use crate::text::{Name, Text, TextError, optional};
use std::fmt;
use std::str::FromStr;

/// An ordering number as the catalogue keeps it (`2124907`, `RUR-12/2`).
pub type OrderingNumber = Text<40>;
/// A unit of measure (`szt`, `pcs`, `m`, `kg`).
pub type Unit = Text<20>;
/// The longest manufacturer name and note.
pub const MAX_MANUFACTURER: usize = 200;
pub const MAX_NOTE: usize = 2000;

/// A proposal, every field parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemProposal {
    pub name: Name,
    pub ordering_number: OrderingNumber,
    pub unit: Unit,
    pub manufacturer: Option<String>,
    /// The subcontractor's price per unit, if it gives one.
    pub unit_price: Option<Money>,
    pub note: Option<String>,
}

/// A field of the form that does not parse, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposalField {
    Name(TextError),
    OrderingNumber(TextError),
    Unit(TextError),
    Manufacturer(TextError),
    UnitPrice(NumberError),
    Note(TextError),
}

/// The form as typed.
#[derive(Debug, Clone, Default)]
pub struct ProposalInput<'a> {
    pub name: &'a str,
    pub ordering_number: &'a str,
    pub unit: &'a str,
    pub manufacturer: &'a str,
    pub unit_price: &'a str,
    pub note: &'a str,
}

/// Parses the form; every field that does not parse is named.
pub fn parse_proposal(input: &ProposalInput<'_>) -> Result<ItemProposal, Vec<ProposalField>> {
    let mut bad = Vec::new();
    let name = Name::parse(input.name).map_err(|e| bad.push(ProposalField::Name(e))).ok();
    let ordering_number =
        OrderingNumber::parse(input.ordering_number).map_err(|e| bad.push(ProposalField::OrderingNumber(e))).ok();
    let unit = Unit::parse(input.unit).map_err(|e| bad.push(ProposalField::Unit(e))).ok();
    let manufacturer = optional(input.manufacturer, MAX_MANUFACTURER)
        .and_then(|m| match m {
            Some(m) if m.chars().any(char::is_control) => Err(TextError::Control),
            m => Ok(m),
        })
        .map_err(|e| bad.push(ProposalField::Manufacturer(e)))
        .ok()
        .flatten();
    let unit_price = match input.unit_price.trim() {
        "" => None,
        raw => Money::parse(raw).map_err(|e| bad.push(ProposalField::UnitPrice(e))).ok(),
    };
    let note = optional(input.note, MAX_NOTE).map_err(|e| bad.push(ProposalField::Note(e))).ok().flatten();
    match (name, ordering_number, unit, bad.is_empty()) {
        (Some(name), Some(ordering_number), Some(unit), true) => {
            Ok(ItemProposal { name, ordering_number, unit, manufacturer, unit_price, note })
        }
        _ => Err(bad),
    }
}

/// Where a proposal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalStatus {
    Pending,
    /// Approved into the catalogue as a new item.
    Approved,
    /// Merged into an item the catalogue already had.
    Merged,
    Rejected,
}

impl ProposalStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Merged => "merged",
            Self::Rejected => "rejected",
        }
    }
}

impl fmt::Display for ProposalStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ProposalStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "pending" => Ok(Self::Pending),
            "approved" => Ok(Self::Approved),
            "merged" => Ok(Self::Merged),
            "rejected" => Ok(Self::Rejected),
            other => Err(other.to_owned()),
        }
    }
}

/// What staff decide about a proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposalDecision {
    /// Into the catalogue as a new item, with the proposal's fields as staff corrected them.
    Approve,
    /// The catalogue already has it: the proposal becomes that item.
    Merge(ItemId),
    Reject {
        reason: String,
    },
}

/// Why a decision cannot be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecisionRule {
    /// Only a pending proposal is decided; this one already is.
    AlreadyDecided(ProposalStatus),
    /// A rejection says why.
    ReasonRequired,
    ReasonTooLong,
}

/// The status a decision leads to, from `status`.
pub fn decide(status: ProposalStatus, decision: &ProposalDecision) -> Result<ProposalStatus, DecisionRule> {
    if status != ProposalStatus::Pending {
        return Err(DecisionRule::AlreadyDecided(status));
    }
    match decision {
        ProposalDecision::Approve => Ok(ProposalStatus::Approved),
        ProposalDecision::Merge(_) => Ok(ProposalStatus::Merged),
        ProposalDecision::Reject { reason } if reason.trim().is_empty() => Err(DecisionRule::ReasonRequired),
        ProposalDecision::Reject { reason } if reason.trim().chars().count() > MAX_NOTE => {
            Err(DecisionRule::ReasonTooLong)
        }
        ProposalDecision::Reject { .. } => Ok(ProposalStatus::Rejected),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn input<'a>(name: &'a str, number: &'a str, price: &'a str) -> ProposalInput<'a> {
        ProposalInput {
            name,
            ordering_number: number,
            unit: "szt",
            manufacturer: " Hilti ",
            unit_price: price,
            note: "",
        }
    }

    #[test]
    fn a_proposal_reads_what_people_type() {
        let p = parse_proposal(&input("Kotwa HST3 M10", " HST3-M10 ", "12,50")).unwrap();
        assert_eq!(p.ordering_number.as_str(), "HST3-M10");
        assert_eq!(p.manufacturer.as_deref(), Some("Hilti"));
        assert_eq!(p.unit_price.unwrap().to_string(), "12.50");
        assert_eq!(p.note, None);
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = parse_proposal(&input("", "x".repeat(41).as_str(), "-3")).unwrap_err();
        assert_eq!(
            bad,
            [
                ProposalField::Name(TextError::Empty),
                ProposalField::OrderingNumber(TextError::TooLong { max: 40 }),
                ProposalField::UnitPrice(NumberError::Negative)
            ]
        );
    }

    #[test]
    fn only_a_pending_proposal_is_decided_and_a_rejection_says_why() {
        use ProposalStatus::*;
        assert_eq!(decide(Pending, &ProposalDecision::Approve), Ok(Approved));
        assert_eq!(decide(Pending, &ProposalDecision::Merge(ItemId::new(3))), Ok(Merged));
        assert_eq!(
            decide(Pending, &ProposalDecision::Reject { reason: " ".into() }),
            Err(DecisionRule::ReasonRequired)
        );
        assert_eq!(decide(Pending, &ProposalDecision::Reject { reason: "We have it".into() }), Ok(Rejected));
        assert_eq!(decide(Approved, &ProposalDecision::Approve), Err(DecisionRule::AlreadyDecided(Approved)));
        assert_eq!(
            decide(Rejected, &ProposalDecision::Merge(ItemId::new(3))),
            Err(DecisionRule::AlreadyDecided(Rejected))
        );
    }
}
