//! Stock and availability as a customer sees them.
//!
//! Seed 003: stock is shown exactly up to a cap and above it only as "more than 25" ("ab dem
//! Wert 25 … mehr als 25 verfügbar"), so a customer learns enough to order without learning
//! the whole warehouse. Availability says available, limited or not available, with the date
//! more is expected where it is known, and no figures at all.
use crate::number::Count;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The cap shown by default.
pub const DEFAULT_CAP: u32 = 25;
/// Below this many an article is "limited" unless its stock level says otherwise.
pub const DEFAULT_LIMITED_AT: u32 = 5;
/// How many articles one stock query may ask about.
pub const MAX_QUERY: usize = 1000;

/// The cap: at least 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StockCap(u32);

impl StockCap {
    pub fn new(cap: u32) -> Option<Self> {
        (cap >= 1).then_some(Self(cap))
    }
    pub fn get(self) -> u32 {
        self.0
    }
}

impl Default for StockCap {
    fn default() -> Self {
        Self(DEFAULT_CAP)
    }
}

/// An article's stock as kept: what the main system (or staff) last loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StockLevel {
    pub quantity: Count,
    /// At or below this many, the article is "limited"; `None` takes [`DEFAULT_LIMITED_AT`].
    pub limited_at: Option<Count>,
    /// When more is expected, if known.
    pub expected_date: Option<NaiveDate>,
}

/// The figure a customer is shown: exact up to the cap, else the cap and `capped`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShownStock {
    pub quantity: Decimal,
    pub capped: bool,
}

impl StockLevel {
    pub fn shown(&self, cap: StockCap) -> ShownStock {
        let cap = Decimal::from(cap.get());
        let q = self.quantity.get();
        if q > cap { ShownStock { quantity: cap, capped: true } } else { ShownStock { quantity: q, capped: false } }
    }

    pub fn availability(&self) -> Availability {
        let q = self.quantity.get();
        let limited = self.limited_at.map(Count::get).unwrap_or_else(|| Decimal::from(DEFAULT_LIMITED_AT));
        if q.is_zero() {
            Availability::NotAvailable
        } else if q <= limited {
            Availability::Limited
        } else {
            Availability::Available
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    Available,
    Limited,
    NotAvailable,
}

impl Availability {
    pub const ALL: [Availability; 3] = [Self::Available, Self::Limited, Self::NotAvailable];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Available => "available",
            Self::Limited => "limited",
            Self::NotAvailable => "not_available",
        }
    }
    pub fn message_id(self) -> String {
        format!("availability-{}", self.as_str().replace('_', "-"))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn level(q: &str) -> StockLevel {
        StockLevel { quantity: Count::parse(q).unwrap(), limited_at: None, expected_date: None }
    }

    #[test]
    fn exact_up_to_the_cap_then_more_than() {
        let cap = StockCap::default();
        assert_eq!(level("12").shown(cap), ShownStock { quantity: Decimal::from(12), capped: false });
        assert_eq!(level("25").shown(cap), ShownStock { quantity: Decimal::from(25), capped: false });
        assert_eq!(level("25.5").shown(cap), ShownStock { quantity: Decimal::from(25), capped: true });
        assert_eq!(level("4000").shown(cap), ShownStock { quantity: Decimal::from(25), capped: true });
        assert_eq!(level("4000").shown(StockCap::new(100).unwrap()).quantity, Decimal::from(100));
        assert_eq!(StockCap::new(0), None);
    }

    #[test]
    fn availability_without_figures() {
        assert_eq!(level("0").availability(), Availability::NotAvailable);
        assert_eq!(level("5").availability(), Availability::Limited);
        assert_eq!(level("6").availability(), Availability::Available);
        let mut l = level("40");
        l.limited_at = Some(Count::parse("50").unwrap());
        assert_eq!(l.availability(), Availability::Limited);
    }
}
