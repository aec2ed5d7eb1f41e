//! Complaints: what the warehouse claims on a received delivery, how the supplier answers each
//! line, and the status that follows (open → answered → resolved / rejected → closed).
use crate::number::{Count, Money};
use rust_decimal::Decimal;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ComplaintStatus {
    Open,
    Answered,
    Resolved,
    Rejected,
    Closed,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown complaint status {0:?}")]
pub struct UnknownComplaintStatus(pub String);

impl ComplaintStatus {
    pub const ALL: [ComplaintStatus; 5] = [Self::Open, Self::Answered, Self::Resolved, Self::Rejected, Self::Closed];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Answered => "answered",
            Self::Resolved => "resolved",
            Self::Rejected => "rejected",
            Self::Closed => "closed",
        }
    }
    /// The supplier may still answer its lines (and change an answer until staff decide).
    pub fn accepts_answers(self) -> bool {
        matches!(self, Self::Open | Self::Answered)
    }
    /// Comments and attachments are taken until the complaint is closed.
    pub fn accepts_comments(self) -> bool {
        self != Self::Closed
    }
}

impl fmt::Display for ComplaintStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ComplaintStatus {
    type Err = UnknownComplaintStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| UnknownComplaintStatus(s.to_owned()))
    }
}

/// Why a claimed line is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimRule {
    /// Neither a quantity for quality nor a missing one.
    NothingClaimed,
    /// More claimed than the delivery brought.
    MoreThanDelivered,
    /// More claimed for quality than was found on checking.
    MoreThanChecked,
}

/// A line of a delivery claimed in a complaint: at least one quantity above zero, together
/// no more than delivered, and no more claimed for quality than was checked, when checked.
pub fn check_claim(quality: Count, missing: Count, delivered: Count, checked: Option<Count>) -> Result<(), ClaimRule> {
    if quality.get().is_zero() && missing.get().is_zero() {
        return Err(ClaimRule::NothingClaimed);
    }
    if quality.get() + missing.get() > delivered.get() {
        return Err(ClaimRule::MoreThanDelivered);
    }
    if let Some(c) = checked
        && quality.get() > c.get()
    {
        return Err(ClaimRule::MoreThanChecked);
    }
    Ok(())
}

/// The supplier's answer to one claimed line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineAnswer {
    Accept,
    Reject {
        reason: String,
    },
    /// Goods sent again: how many.
    Replace {
        quantity: Count,
    },
    /// Money back: how much.
    Credit {
        amount: Money,
    },
}

impl LineAnswer {
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Accept => "accept",
            Self::Reject { .. } => "reject",
            Self::Replace { .. } => "replace",
            Self::Credit { .. } => "credit",
        }
    }
    /// The reason, for a rejection.
    pub fn reason(&self) -> Option<&str> {
        match self {
            Self::Reject { reason } => Some(reason),
            _ => None,
        }
    }
    /// The quantity or amount, for a replacement or a credit.
    pub fn value(&self) -> Option<Decimal> {
        match self {
            Self::Replace { quantity } => Some(quantity.get()),
            Self::Credit { amount } => Some(amount.get()),
            _ => None,
        }
    }
}

/// What staff decide on a complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Resolve,
    Reject,
    Close,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Resolve => "resolve",
            Self::Reject => "reject",
            Self::Close => "close",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Resolve, Self::Reject, Self::Close].into_iter().find(|d| d.as_str() == s)
    }
}

/// Why a step on a complaint does not go through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComplaintRule {
    /// Staff have decided, or it is closed: answers are no longer taken.
    NotOpenForAnswers,
    /// It is closed.
    Closed,
    /// Resolve or reject an open or answered complaint; close a resolved or rejected one.
    WrongStep,
}

/// The status after the supplier's answers: answered once every line has an answer.
pub fn status_after_answers(
    status: ComplaintStatus,
    lines: usize,
    answered: usize,
) -> Result<ComplaintStatus, ComplaintRule> {
    if !status.accepts_answers() {
        return Err(ComplaintRule::NotOpenForAnswers);
    }
    Ok(if lines > 0 && answered >= lines { ComplaintStatus::Answered } else { ComplaintStatus::Open })
}

/// The status after a staff decision.
pub fn decide(status: ComplaintStatus, decision: Decision) -> Result<ComplaintStatus, ComplaintRule> {
    use ComplaintStatus::*;
    match (status, decision) {
        (Closed, _) => Err(ComplaintRule::Closed),
        (Open | Answered, Decision::Resolve) => Ok(Resolved),
        (Open | Answered, Decision::Reject) => Ok(Rejected),
        (Resolved | Rejected, Decision::Close) => Ok(Closed),
        _ => Err(ComplaintRule::WrongStep),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn c(s: &str) -> Count {
        s.parse().unwrap()
    }

    #[test]
    fn claims() {
        assert_eq!(check_claim(c("3"), c("20"), c("500"), Some(c("480"))), Ok(()));
        assert_eq!(check_claim(c("0"), c("0"), c("500"), None), Err(ClaimRule::NothingClaimed));
        assert_eq!(check_claim(c("300"), c("201"), c("500"), None), Err(ClaimRule::MoreThanDelivered));
        assert_eq!(check_claim(c("481"), c("0"), c("500"), Some(c("480"))), Err(ClaimRule::MoreThanChecked));
        assert_eq!(check_claim(c("0"), c("500"), c("500"), Some(c("0"))), Ok(()));
    }

    #[test]
    fn status_flow() {
        use ComplaintStatus::*;
        assert_eq!(status_after_answers(Open, 2, 1), Ok(Open));
        assert_eq!(status_after_answers(Open, 2, 2), Ok(Answered));
        assert_eq!(status_after_answers(Answered, 2, 2), Ok(Answered));
        assert_eq!(status_after_answers(Resolved, 2, 2), Err(ComplaintRule::NotOpenForAnswers));
        assert_eq!(decide(Answered, Decision::Resolve), Ok(Resolved));
        assert_eq!(decide(Open, Decision::Reject), Ok(Rejected));
        assert_eq!(decide(Open, Decision::Close), Err(ComplaintRule::WrongStep));
        assert_eq!(decide(Rejected, Decision::Close), Ok(Closed));
        assert_eq!(decide(Closed, Decision::Resolve), Err(ComplaintRule::Closed));
        assert_eq!(decide(Resolved, Decision::Reject), Err(ComplaintRule::WrongStep));
        for s in ComplaintStatus::ALL {
            assert_eq!(s.as_str().parse::<ComplaintStatus>(), Ok(s));
        }
    }
}
