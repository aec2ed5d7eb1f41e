//! Requisitions (issue #8, seed 000: subcontractors "submit requests for materials or
//! services"): items from the catalogue or free text, with quantities, a needed-by date and
//! optionally the work order they are for. Staff approve or reject them, or turn them into a
//! purchase order; the subcontractor follows the status.
use crate::number::Quantity;
use crate::text::{Text, TextError};
use chrono::NaiveDate;
use std::fmt;
use std::str::FromStr;

/// At most this many lines in one requisition.
pub const MAX_LINES: usize = 100;
/// The longest note and rejection reason.
pub const MAX_NOTE: usize = 2000;

/// One line: a catalogue item (by ordering number) or a service or material in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequisitionLine {
    /// The catalogue's ordering number, when the line names an item.
    pub article: Option<String>,
    /// What is wanted in words (required for a line without an item).
    pub description: Option<Text<200>>,
    pub quantity: Quantity,
    pub unit: Option<Text<20>>,
}

/// A requisition, every field parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequisitionDraft {
    pub needed_by: NaiveDate,
    pub work_order: Option<crate::ids::WorkOrderId>,
    pub note: Option<String>,
    pub lines: Vec<RequisitionLine>,
}

/// A rule a requisition breaks (line indexes 0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequisitionRule {
    NoLines,
    TooManyLines,
    /// Needed before today.
    NeededInPast,
    /// A line names neither an item nor what is wanted.
    LineUnnamed(usize),
}

/// Checks a requisition on its own (the database then checks the articles and the work order).
pub fn check_requisition(d: &RequisitionDraft, today: NaiveDate) -> Result<(), Vec<RequisitionRule>> {
    let mut broken = Vec::new();
    if d.lines.is_empty() {
        broken.push(RequisitionRule::NoLines);
    }
    if d.lines.len() > MAX_LINES {
        broken.push(RequisitionRule::TooManyLines);
    }
    if d.needed_by < today {
        broken.push(RequisitionRule::NeededInPast);
    }
    for (i, l) in d.lines.iter().enumerate() {
        if l.article.is_none() && l.description.is_none() {
            broken.push(RequisitionRule::LineUnnamed(i));
        }
    }
    if broken.is_empty() { Ok(()) } else { Err(broken) }
}

/// A line's description as typed: trimmed, empty means none.
pub fn parse_description(raw: &str) -> Result<Option<Text<200>>, TextError> {
    match raw.trim() {
        "" => Ok(None),
        t => Text::parse(t).map(Some),
    }
}

/// Where a requisition stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequisitionStatus {
    Filed,
    Approved,
    Rejected,
    /// Turned into a purchase order.
    Ordered,
}

impl RequisitionStatus {
    pub const ALL: [RequisitionStatus; 4] = [Self::Filed, Self::Approved, Self::Rejected, Self::Ordered];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Filed => "filed",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Ordered => "ordered",
        }
    }
}

impl fmt::Display for RequisitionStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RequisitionStatus {
    type Err = crate::order::UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| crate::order::UnknownStatus(s.to_owned()))
    }
}

/// What staff decide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequisitionDecision {
    Approve,
    Reject {
        reason: String,
    },
    /// Turned into a purchase order (the database makes it).
    Order,
}

/// Why a decision cannot be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequisitionDecisionRule {
    /// Rejected or ordered already.
    Decided(RequisitionStatus),
    ReasonRequired,
    ReasonTooLong,
}

/// The status a decision leads to: a filed requisition may be approved, rejected or ordered;
/// an approved one ordered (or still rejected); a rejected or ordered one is final.
pub fn decide(
    status: RequisitionStatus,
    decision: &RequisitionDecision,
) -> Result<RequisitionStatus, RequisitionDecisionRule> {
    use RequisitionStatus::*;
    match (status, decision) {
        (Rejected | Ordered, _) | (Approved, RequisitionDecision::Approve) => {
            Err(RequisitionDecisionRule::Decided(status))
        }
        (_, RequisitionDecision::Approve) => Ok(Approved),
        (_, RequisitionDecision::Order) => Ok(Ordered),
        (_, RequisitionDecision::Reject { reason }) if reason.trim().is_empty() => {
            Err(RequisitionDecisionRule::ReasonRequired)
        }
        (_, RequisitionDecision::Reject { reason }) if reason.trim().chars().count() > MAX_NOTE => {
            Err(RequisitionDecisionRule::ReasonTooLong)
        }
        (_, RequisitionDecision::Reject { .. }) => Ok(Rejected),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn line(article: Option<&str>, description: &str) -> RequisitionLine {
        RequisitionLine {
            article: article.map(str::to_owned),
            description: parse_description(description).unwrap(),
            quantity: Quantity::parse("2").unwrap(),
            unit: None,
        }
    }

    #[test]
    fn a_requisition_names_each_line_and_is_not_needed_in_the_past() {
        let d = RequisitionDraft {
            needed_by: day(10),
            work_order: None,
            note: None,
            lines: vec![line(Some("P199121"), ""), line(None, "Crane, 40 t, one day")],
        };
        assert_eq!(check_requisition(&d, day(3)), Ok(()));
        let bad = RequisitionDraft { needed_by: day(1), lines: vec![line(None, "  ")], ..d.clone() };
        assert_eq!(
            check_requisition(&bad, day(3)),
            Err(vec![RequisitionRule::NeededInPast, RequisitionRule::LineUnnamed(0)])
        );
        let empty = RequisitionDraft { lines: vec![], ..d };
        assert_eq!(check_requisition(&empty, day(3)), Err(vec![RequisitionRule::NoLines]));
    }

    #[test]
    fn decisions_follow_the_status() {
        use RequisitionDecision::*;
        use RequisitionStatus::*;
        assert_eq!(decide(Filed, &Approve), Ok(Approved));
        assert_eq!(decide(Filed, &Order), Ok(Ordered));
        assert_eq!(decide(Approved, &Order), Ok(Ordered));
        assert_eq!(decide(Approved, &Approve), Err(RequisitionDecisionRule::Decided(Approved)));
        assert_eq!(decide(Filed, &Reject { reason: "".into() }), Err(RequisitionDecisionRule::ReasonRequired));
        assert_eq!(decide(Approved, &Reject { reason: "No budget".into() }), Ok(Rejected));
        assert_eq!(decide(Ordered, &Reject { reason: "x".into() }), Err(RequisitionDecisionRule::Decided(Ordered)));
        assert_eq!(decide(Rejected, &Order), Err(RequisitionDecisionRule::Decided(Rejected)));
    }
}
