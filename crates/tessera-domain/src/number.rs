//! Exact numbers. Money and quantities are decimals, never floats, and are parsed once at the edge.
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// At most this many digits after the separator in a quantity or an amount.
pub const MAX_SCALE: u32 = 4;
/// At most this many digits before it.
pub const MAX_INT_DIGITS: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("empty")]
    Empty,
    #[error("not a number")]
    Malformed,
    #[error("ambiguous separators")]
    Ambiguous,
    #[error("too many decimal places")]
    TooPrecise,
    #[error("too large")]
    TooLarge,
    #[error("negative")]
    Negative,
    #[error("zero")]
    Zero,
}

/// Reads a decimal the way people type it: `1250.5`, `1250,5`, `1 250,50`, `-3`.
/// One decimal separator (`.` or `,`), optional groups of three digits separated by spaces.
/// `1.234,50` is refused as ambiguous; so is any second separator.
pub fn parse_decimal(raw: &str) -> Result<Decimal, NumberError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(NumberError::Empty);
    }
    let (neg, body) = match s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}')) {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let seps: Vec<usize> = body.match_indices(['.', ',']).map(|(i, _)| i).collect();
    if seps.len() > 1 {
        return Err(NumberError::Ambiguous);
    }
    let (int_part, frac_part) = match seps.first() {
        Some(&i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let int_digits = ungroup(int_part)?;
    let frac_digits = match frac_part {
        Some(f) if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) => {
            return Err(NumberError::Malformed);
        }
        Some(f) => f,
        None => "",
    };
    if int_digits.len() > MAX_INT_DIGITS {
        return Err(NumberError::TooLarge);
    }
    if frac_digits.len() > MAX_SCALE as usize {
        return Err(NumberError::TooPrecise);
    }
    let text = if frac_digits.is_empty() { int_digits } else { format!("{int_digits}.{frac_digits}") };
    let d = Decimal::from_str(&text).map_err(|_| NumberError::Malformed)?;
    Ok(if neg { -d } else { d })
}

/// Digits, optionally grouped by threes with spaces or no-break spaces.
fn ungroup(int_part: &str) -> Result<String, NumberError> {
    if int_part.is_empty() {
        return Err(NumberError::Malformed);
    }
    let groups: Vec<&str> = int_part.split([' ', '\u{a0}', '\u{202f}']).collect();
    for (i, g) in groups.iter().enumerate() {
        if g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NumberError::Malformed);
        }
        if groups.len() > 1 && ((i == 0 && g.len() > 3) || (i > 0 && g.len() != 3)) {
            return Err(NumberError::Malformed);
        }
    }
    Ok(groups.concat())
}

macro_rules! decimal_type {
    ($(#[$m:meta])* $name:ident, allow_zero = $zero:expr) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Decimal);

        impl $name {
            pub fn parse(raw: &str) -> Result<Self, NumberError> {
                Self::try_from(parse_decimal(raw)?)
            }
            pub fn get(self) -> Decimal {
                self.0
            }
            pub const ZERO: Decimal = Decimal::ZERO;
        }

        impl TryFrom<Decimal> for $name {
            type Error = NumberError;
            fn try_from(d: Decimal) -> Result<Self, NumberError> {
                if d.is_sign_negative() && !d.is_zero() {
                    return Err(NumberError::Negative);
                }
                if d.is_zero() && !$zero {
                    return Err(NumberError::Zero);
                }
                if d.scale() > MAX_SCALE && d.normalize().scale() > MAX_SCALE {
                    return Err(NumberError::TooPrecise);
                }
                Ok(Self(d.abs()))
            }
        }

        impl FromStr for $name {
            type Err = NumberError;
            /// Reads the stored, canonical form (`.` separator), as written by `Display`.
            fn from_str(s: &str) -> Result<Self, NumberError> {
                Self::try_from(Decimal::from_str(s).map_err(|_| NumberError::Malformed)?)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

decimal_type!(
    /// A quantity of goods: greater than zero.
    Quantity,
    allow_zero = false
);
decimal_type!(
    /// A counted quantity that may be zero (checked on arrival, claimed in a complaint).
    Count,
    allow_zero = true
);
decimal_type!(
    /// An amount of money in the order's currency: zero or more.
    Money,
    allow_zero = true
);

impl Count {
    /// Nothing.
    pub const NONE: Count = Count(Decimal::ZERO);
}

impl Money {
    /// Unit price × quantity, rounded to cents the commercial way.
    pub fn line_value(unit_price: Money, qty: Quantity) -> Money {
        let mut v =
            (unit_price.0 * qty.0).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        v.rescale(2);
        Money(v)
    }
    pub fn sum(values: impl IntoIterator<Item = Money>) -> Money {
        Money(values.into_iter().map(|m| m.0).sum())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn reads_what_people_type() {
        assert_eq!(parse_decimal("1250.5"), Ok(d("1250.5")));
        assert_eq!(parse_decimal("1250,5"), Ok(d("1250.5")));
        assert_eq!(parse_decimal(" 1 250,50 "), Ok(d("1250.50")));
        assert_eq!(parse_decimal("1\u{a0}250"), Ok(d("1250")));
        assert_eq!(parse_decimal("-3"), Ok(d("-3")));
        assert_eq!(parse_decimal("1,500"), Ok(d("1.5")));
    }

    #[test]
    fn refuses_what_is_unclear() {
        assert_eq!(parse_decimal(""), Err(NumberError::Empty));
        assert_eq!(parse_decimal("1.234,50"), Err(NumberError::Ambiguous));
        assert_eq!(parse_decimal("1,2,3"), Err(NumberError::Ambiguous));
        assert_eq!(parse_decimal("12 50"), Err(NumberError::Malformed));
        assert_eq!(parse_decimal("5."), Err(NumberError::Malformed));
        assert_eq!(parse_decimal(",5"), Err(NumberError::Malformed));
        assert_eq!(parse_decimal("1e5"), Err(NumberError::Malformed));
        assert_eq!(parse_decimal("$5"), Err(NumberError::Malformed));
        assert_eq!(parse_decimal("0.12345"), Err(NumberError::TooPrecise));
        assert_eq!(parse_decimal("1234567890123"), Err(NumberError::TooLarge));
    }

    #[test]
    fn quantities_are_positive_money_is_not_negative() {
        assert_eq!(Quantity::parse("0"), Err(NumberError::Zero));
        assert_eq!(Quantity::parse("-1"), Err(NumberError::Negative));
        assert_eq!(Money::parse("-0.01"), Err(NumberError::Negative));
        assert_eq!(Money::parse("0").map(Money::get), Ok(Decimal::ZERO));
        assert_eq!(Count::parse("0").map(Count::get), Ok(Decimal::ZERO));
    }

    #[test]
    fn line_value_is_exact() {
        let v = Money::line_value(Money::parse("3.10").unwrap(), Quantity::parse("250.5").unwrap());
        assert_eq!(v.get(), d("776.55"));
        let v = Money::line_value(Money::parse("0.1").unwrap(), Quantity::parse("3").unwrap());
        assert_eq!(v.to_string(), "0.30");
    }

    #[test]
    fn stored_form_round_trips() {
        let m = Money::parse("1 250,50").unwrap();
        assert_eq!(m.to_string(), "1250.50");
        assert_eq!(m.to_string().parse::<Money>(), Ok(m));
    }
}
