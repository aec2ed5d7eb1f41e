//! Purchase orders: their states and the rules for changing them.
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    Draft,
    Sent,
    Confirmed,
    DateProposed,
    PartiallyDelivered,
    Delivered,
    Closed,
    Cancelled,
}

impl OrderStatus {
    pub const ALL: [OrderStatus; 8] = [
        Self::Draft,
        Self::Sent,
        Self::Confirmed,
        Self::DateProposed,
        Self::PartiallyDelivered,
        Self::Delivered,
        Self::Closed,
        Self::Cancelled,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Sent => "sent",
            Self::Confirmed => "confirmed",
            Self::DateProposed => "date_proposed",
            Self::PartiallyDelivered => "partially_delivered",
            Self::Delivered => "delivered",
            Self::Closed => "closed",
            Self::Cancelled => "cancelled",
        }
    }
    /// Lines and header may be edited only before anything was delivered or the order ended.
    pub fn is_editable(self) -> bool {
        matches!(self, Self::Draft | Self::Sent | Self::Confirmed | Self::DateProposed)
    }
}

impl fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown order status {0:?}")]
pub struct UnknownStatus(pub String);

impl FromStr for OrderStatus {
    type Err = UnknownStatus;
    fn from_str(s: &str) -> Result<Self, UnknownStatus> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| UnknownStatus(s.to_owned()))
    }
}

/// Deliveries and returns share one table; the place a file is imported into says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryKind {
    Delivery,
    Return,
}

impl DeliveryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Delivery => "delivery",
            Self::Return => "return",
        }
    }
}

impl FromStr for DeliveryKind {
    type Err = UnknownStatus;
    fn from_str(s: &str) -> Result<Self, UnknownStatus> {
        match s {
            "delivery" => Ok(Self::Delivery),
            "return" => Ok(Self::Return),
            _ => Err(UnknownStatus(s.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_round_trips_and_editability() {
        for s in OrderStatus::ALL {
            assert_eq!(s.as_str().parse::<OrderStatus>(), Ok(s));
        }
        assert!(OrderStatus::Draft.is_editable());
        assert!(!OrderStatus::Delivered.is_editable());
        assert!(!OrderStatus::Cancelled.is_editable());
        assert!("shipped".parse::<OrderStatus>().is_err());
    }
}

use crate::ids::{ItemId, PartyId, WorkOrderId};
use crate::number::{Money, Quantity};
use crate::text::DocNumber;
use chrono::NaiveDate;

pub use crate::currency::Currency;

/// A purchase order as the buyer wrote it, every field already parsed.
#[derive(Debug, Clone)]
pub struct OrderDraft {
    pub number: DocNumber,
    pub party: PartyId,
    pub order_date: NaiveDate,
    pub requested_date: Option<NaiveDate>,
    pub work_order: Option<WorkOrderId>,
    pub currency: Currency,
    pub note: Option<String>,
    pub lines: Vec<OrderLineDraft>,
}

#[derive(Debug, Clone)]
pub struct OrderLineDraft {
    pub item: ItemId,
    pub quantity: Quantity,
    pub unit_price: Money,
}

/// A rule an order breaks, named so the page can say it in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderRule {
    NoLines,
    RequestedBeforeOrderDate,
    TooManyLines,
}

pub const MAX_ORDER_LINES: usize = 500;

impl OrderDraft {
    /// The rules that involve more than one field.
    pub fn check(&self) -> Vec<OrderRule> {
        let mut broken = Vec::new();
        if self.lines.is_empty() {
            broken.push(OrderRule::NoLines);
        }
        if self.lines.len() > MAX_ORDER_LINES {
            broken.push(OrderRule::TooManyLines);
        }
        if let Some(r) = self.requested_date
            && r < self.order_date
        {
            broken.push(OrderRule::RequestedBeforeOrderDate);
        }
        broken
    }
}

#[cfg(test)]
mod draft_tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn draft() -> OrderDraft {
        OrderDraft {
            number: DocNumber::parse("ZAM/1").unwrap(),
            party: PartyId::new(1),
            order_date: NaiveDate::from_ymd_opt(2026, 1, 10).unwrap(),
            requested_date: NaiveDate::from_ymd_opt(2026, 1, 20),
            work_order: None,
            currency: Currency::parse("pln").unwrap(),
            note: None,
            lines: vec![OrderLineDraft {
                item: ItemId::new(1),
                quantity: Quantity::parse("1").unwrap(),
                unit_price: Money::parse("1").unwrap(),
            }],
        }
    }

    #[test]
    fn rules() {
        assert!(draft().check().is_empty());
        let mut d = draft();
        d.lines.clear();
        d.requested_date = NaiveDate::from_ymd_opt(2026, 1, 9);
        assert_eq!(d.check(), vec![OrderRule::NoLines, OrderRule::RequestedBeforeOrderDate]);
        assert_eq!(draft().currency.as_str(), "PLN");
        assert!(Currency::parse("zł").is_err());
    }
}

/// What a supplier answers about the delivery date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateAnswer {
    /// The requested date is fine.
    Confirm,
    /// Another date, with a reason.
    Propose { date: NaiveDate, comment: Option<String> },
}

/// Why a date answer or decision is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRule {
    /// The order is not waiting for a date answer (draft, delivered, closed, cancelled…).
    NotOpenForAnswer,
    /// The order has no requested date to confirm: propose one instead.
    NothingToConfirm,
    /// A proposed date lies in the past.
    InThePast,
    /// There is no proposal waiting for the buyer.
    NoPendingProposal,
    /// A date is confirmed already: only a proposal, decided by the buyer, may change it.
    AlreadyConfirmed,
}

impl OrderStatus {
    /// May the supplier answer about the date now? After a confirmation the supplier may still
    /// propose a change; the buyer decides.
    pub fn accepts_date_answer(self) -> bool {
        matches!(self, Self::Sent | Self::Confirmed | Self::DateProposed)
    }
}

/// The state after a supplier's answer: confirming moves to Confirmed and sets the confirmed
/// date; proposing moves to DateProposed and leaves any confirmed date as it was.
pub fn answer_date(
    status: OrderStatus,
    requested: Option<NaiveDate>,
    confirmed: Option<NaiveDate>,
    answer: &DateAnswer,
    today: NaiveDate,
) -> Result<(OrderStatus, Option<NaiveDate>), DateRule> {
    if !status.accepts_date_answer() {
        return Err(DateRule::NotOpenForAnswer);
    }
    match answer {
        // Confirming the requested date would overwrite the confirmed one (which may be an
        // accepted proposal) without the buyer.
        DateAnswer::Confirm if status == OrderStatus::Confirmed || confirmed.is_some() => {
            Err(DateRule::AlreadyConfirmed)
        }
        DateAnswer::Confirm => match requested {
            Some(d) => Ok((OrderStatus::Confirmed, Some(d))),
            None => Err(DateRule::NothingToConfirm),
        },
        DateAnswer::Propose { date, .. } if *date < today => Err(DateRule::InThePast),
        DateAnswer::Propose { .. } => Ok((OrderStatus::DateProposed, None)),
    }
}

#[cfg(test)]
mod date_tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    #[test]
    fn answers() {
        let today = d(22);
        assert_eq!(
            answer_date(OrderStatus::Sent, Some(d(30)), None, &DateAnswer::Confirm, today),
            Ok((OrderStatus::Confirmed, Some(d(30))))
        );
        assert_eq!(
            answer_date(OrderStatus::Sent, None, None, &DateAnswer::Confirm, today),
            Err(DateRule::NothingToConfirm)
        );
        assert_eq!(
            answer_date(OrderStatus::Confirmed, Some(d(30)), Some(d(30)), &DateAnswer::Confirm, today),
            Err(DateRule::AlreadyConfirmed)
        );
        let later = DateAnswer::Propose { date: d(28), comment: None };
        assert_eq!(
            answer_date(OrderStatus::Confirmed, Some(d(30)), Some(d(30)), &later, today),
            Ok((OrderStatus::DateProposed, None))
        );
        let past = DateAnswer::Propose { date: d(21), comment: None };
        assert_eq!(answer_date(OrderStatus::Sent, Some(d(30)), None, &past, today), Err(DateRule::InThePast));
        for closed in [
            OrderStatus::Draft,
            OrderStatus::Delivered,
            OrderStatus::Cancelled,
            OrderStatus::Closed,
            OrderStatus::PartiallyDelivered,
        ] {
            assert_eq!(
                answer_date(closed, Some(d(30)), None, &DateAnswer::Confirm, today),
                Err(DateRule::NotOpenForAnswer)
            );
        }
        // A proposal waits over an accepted date (28th): confirming the requested 30th would
        // overwrite it without the buyer, so it is refused; before any confirmation it is fine.
        assert_eq!(
            answer_date(OrderStatus::DateProposed, Some(d(30)), Some(d(28)), &DateAnswer::Confirm, today),
            Err(DateRule::AlreadyConfirmed)
        );
        assert_eq!(
            answer_date(OrderStatus::DateProposed, Some(d(30)), None, &DateAnswer::Confirm, today),
            Ok((OrderStatus::Confirmed, Some(d(30))))
        );
    }
}
