//! A customer's orders (sales orders, from the company's side): what a customer's contact or
//! system places, and how staff move it on to the customer's door.
//!
//! Seed 003: articles, quantities, the customer's reference and a delivery address; for
//! dropshipping the end customer's address and the customer's own delivery note (a PDF);
//! statuses received → confirmed → in production → shipped → delivered (or cancelled); the
//! delivery-note number; parcel tracking numbers with the carrier's tracking link.
use crate::number::Quantity;
use crate::text::Text;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// At most this many lines on one order.
pub const MAX_LINES: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SalesStatus {
    Received,
    Confirmed,
    InProduction,
    Shipped,
    Delivered,
    Cancelled,
}

impl SalesStatus {
    pub const ALL: [SalesStatus; 6] =
        [Self::Received, Self::Confirmed, Self::InProduction, Self::Shipped, Self::Delivered, Self::Cancelled];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Received => "received",
            Self::Confirmed => "confirmed",
            Self::InProduction => "in_production",
            Self::Shipped => "shipped",
            Self::Delivered => "delivered",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn message_id(self) -> String {
        format!("sales-status-{}", self.as_str().replace('_', "-"))
    }

    /// Where an order may go from here: forward (steps may be skipped), or cancelled until it
    /// has shipped. Delivered and cancelled are final.
    #[allow(clippy::match_like_matches_macro)]
    pub fn may_move_to(self, next: SalesStatus) -> bool {
        use SalesStatus::*;
        match (self, next) {
            (Received, Confirmed | InProduction | Shipped | Cancelled) => true,
            (Confirmed, InProduction | Shipped | Cancelled) => true,
            (InProduction, Shipped | Cancelled) => true,
            (Shipped, Delivered) => true,
            _ => false,
        }
    }

    pub fn is_final(self) -> bool {
        matches!(self, Self::Delivered | Self::Cancelled)
    }
}

impl FromStr for SalesStatus {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, UnknownValue> {
        Self::ALL.into_iter().find(|v| v.as_str() == s.trim()).ok_or_else(|| UnknownValue(s.to_owned()))
    }
}

impl fmt::Display for SalesStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown value {0:?}")]
pub struct UnknownValue(pub String);

/// A parcel carrier, with its public tracking page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Carrier {
    Dhl,
    Dpd,
    Ups,
    Gls,
    Fedex,
    Inpost,
    /// Another carrier: the number is shown without a link.
    Other,
}

impl Carrier {
    pub const ALL: [Carrier; 7] = [Self::Dhl, Self::Dpd, Self::Ups, Self::Gls, Self::Fedex, Self::Inpost, Self::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Dhl => "dhl",
            Self::Dpd => "dpd",
            Self::Ups => "ups",
            Self::Gls => "gls",
            Self::Fedex => "fedex",
            Self::Inpost => "inpost",
            Self::Other => "other",
        }
    }

    /// The name people know it by (a brand, the same in every language).
    pub fn label(self) -> &'static str {
        match self {
            Self::Dhl => "DHL",
            Self::Dpd => "DPD",
            Self::Ups => "UPS",
            Self::Gls => "GLS",
            Self::Fedex => "FedEx",
            Self::Inpost => "InPost",
            Self::Other => "—",
        }
    }

    /// The carrier's tracking page for a parcel.
    pub fn tracking_url(self, number: &TrackingNumber) -> Option<String> {
        let n = number.as_str();
        match self {
            Self::Dhl => {
                Some(format!("https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?tracking-id={n}"))
            }
            Self::Dpd => Some(format!("https://tracking.dpd.de/status/en_US/parcel/{n}")),
            Self::Ups => Some(format!("https://www.ups.com/track?tracknum={n}")),
            Self::Gls => Some(format!("https://gls-group.com/track/{n}")),
            Self::Fedex => Some(format!("https://www.fedex.com/fedextrack/?trknbr={n}")),
            Self::Inpost => Some(format!("https://inpost.pl/sledzenie-przesylek?number={n}")),
            Self::Other => None,
        }
    }
}

impl FromStr for Carrier {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, UnknownValue> {
        Self::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownValue(s.to_owned()))
    }
}

/// A parcel's tracking number: 4 to 40 letters, digits and dashes, kept in capitals (so it
/// is safe in a carrier's URL as it is).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct TrackingNumber(String);

impl TrackingNumber {
    pub fn parse(raw: &str) -> Result<Self, SalesRule> {
        let s: String = raw.trim().chars().filter(|c| *c != ' ').collect::<String>().to_ascii_uppercase();
        if !(4..=40).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(SalesRule::TrackingNumber);
        }
        Ok(Self(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The delivery-note number staff give the shipment.
pub type DeliveryNoteNumber = Text<40>;
/// The customer's own reference for the order.
pub type CustomerReference = Text<35>;

/// A postal address, checked: every part present, the country as two capital letters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub country: String,
}

/// The parts of an address as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct RawAddress {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub street: String,
    #[serde(default)]
    pub postcode: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub country: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressField {
    Name,
    Street,
    Postcode,
    City,
    Country,
}

impl AddressField {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Street => "street",
            Self::Postcode => "postcode",
            Self::City => "city",
            Self::Country => "country",
        }
    }
}

impl Address {
    pub fn parse(raw: &RawAddress) -> Result<Self, AddressField> {
        let name = Text::<100>::parse(&raw.name).map_err(|_| AddressField::Name)?;
        let street = Text::<100>::parse(&raw.street).map_err(|_| AddressField::Street)?;
        let postcode = Text::<16>::parse(&raw.postcode).map_err(|_| AddressField::Postcode)?;
        let city = Text::<60>::parse(&raw.city).map_err(|_| AddressField::City)?;
        let country = raw.country.trim().to_ascii_uppercase();
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(AddressField::Country);
        }
        Ok(Self {
            name: name.into_string(),
            street: street.into_string(),
            postcode: postcode.into_string(),
            city: city.into_string(),
            country,
        })
    }

    /// One line, for lists and emails.
    pub fn one_line(&self) -> String {
        format!("{}, {}, {} {}, {}", self.name, self.street, self.postcode, self.city, self.country)
    }
}

/// What is wrong with an order as given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SalesRule {
    #[error("an order needs at least one line")]
    NoLines,
    #[error("an order has at most {MAX_LINES} lines")]
    TooManyLines,
    #[error("line {0}: the article number is missing")]
    NoArticle(usize),
    #[error("line {0}: the quantity must be a number greater than zero")]
    Quantity(usize),
    #[error("the customer's reference is at most 35 characters on one line")]
    Reference,
    #[error("the delivery address: {0:?}")]
    Delivery(AddressField),
    #[error("the end customer's address: {0:?}")]
    EndCustomer(AddressField),
    #[error("a tracking number is 4 to 40 letters, digits and dashes")]
    TrackingNumber,
}

impl SalesRule {
    /// The catalogue id of the message, and the line or field it is about.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::NoLines => "sales-rule-no-lines",
            Self::TooManyLines => "sales-rule-too-many-lines",
            Self::NoArticle(_) => "sales-rule-no-article",
            Self::Quantity(_) => "sales-rule-quantity",
            Self::Reference => "sales-rule-reference",
            Self::Delivery(_) => "sales-rule-delivery-address",
            Self::EndCustomer(_) => "sales-rule-end-customer-address",
            Self::TrackingNumber => "sales-rule-tracking-number",
        }
    }
}

/// One line as given: an article number (the company's ordering number) and a quantity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalesLine {
    pub article: String,
    pub quantity: Quantity,
}

/// An order as the customer places it, checked (the articles are looked up when it is saved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalesOrderDraft {
    pub customer_ref: Option<CustomerReference>,
    pub delivery: Address,
    /// Dropshipping: the end customer's address (the goods go there, with the customer's
    /// own delivery note).
    pub end_customer: Option<Address>,
    pub lines: Vec<SalesLine>,
    /// Email the placing contact on each change.
    pub notify: bool,
}

/// The order as typed, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct RawSalesOrder {
    pub customer_ref: String,
    pub delivery: RawAddress,
    pub end_customer: Option<RawAddress>,
    /// (article, quantity) as typed; rows with both empty are skipped.
    pub lines: Vec<(String, String)>,
    pub notify: bool,
}

impl SalesOrderDraft {
    /// Every problem, in the order of the form.
    pub fn parse(raw: &RawSalesOrder) -> Result<Self, Vec<SalesRule>> {
        let mut problems = Vec::new();
        let customer_ref = if raw.customer_ref.trim().is_empty() {
            None
        } else {
            match CustomerReference::parse(&raw.customer_ref) {
                Ok(r) => Some(r),
                Err(_) => {
                    problems.push(SalesRule::Reference);
                    None
                }
            }
        };
        let delivery = Address::parse(&raw.delivery).map_err(|f| problems.push(SalesRule::Delivery(f))).ok();
        let end_customer = match &raw.end_customer {
            Some(a) => Address::parse(a).map_err(|f| problems.push(SalesRule::EndCustomer(f))).ok(),
            None => None,
        };
        let mut lines = Vec::new();
        let given: Vec<_> = raw.lines.iter().filter(|(a, q)| !(a.trim().is_empty() && q.trim().is_empty())).collect();
        if given.is_empty() {
            problems.push(SalesRule::NoLines);
        }
        if given.len() > MAX_LINES {
            problems.push(SalesRule::TooManyLines);
        }
        for (i, (article, qty)) in given.iter().enumerate().take(MAX_LINES) {
            let n = i + 1;
            let article = article.trim();
            if article.is_empty() || article.chars().count() > 40 || article.chars().any(char::is_control) {
                problems.push(SalesRule::NoArticle(n));
                continue;
            }
            match Quantity::parse(qty) {
                Ok(quantity) => lines.push(SalesLine { article: article.to_owned(), quantity }),
                Err(_) => problems.push(SalesRule::Quantity(n)),
            }
        }
        match delivery {
            Some(delivery) if problems.is_empty() => {
                Ok(Self { customer_ref, delivery, end_customer, lines, notify: raw.notify })
            }
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn address() -> RawAddress {
        RawAddress {
            name: "COMPANY X".into(),
            street: "ul. Długa 5".into(),
            postcode: "00-950".into(),
            city: "Warszawa".into(),
            country: "pl".into(),
        }
    }

    #[test]
    fn statuses_move_forward_and_end() {
        use SalesStatus::*;
        assert!(Received.may_move_to(Confirmed));
        assert!(Confirmed.may_move_to(Shipped));
        assert!(Shipped.may_move_to(Delivered));
        assert!(!Shipped.may_move_to(Cancelled));
        assert!(!Delivered.may_move_to(Shipped));
        assert!(!Cancelled.may_move_to(Received));
        assert!(!Received.may_move_to(Received));
        for s in SalesStatus::ALL {
            assert_eq!(s.as_str().parse::<SalesStatus>().unwrap(), s);
        }
    }

    #[test]
    fn tracking_numbers_and_links() {
        let n = TrackingNumber::parse(" 00340 434161 ").unwrap();
        assert_eq!(n.as_str(), "00340434161");
        assert_eq!(Carrier::Dpd.tracking_url(&n).unwrap(), "https://tracking.dpd.de/status/en_US/parcel/00340434161");
        assert_eq!(Carrier::Other.tracking_url(&n), None);
        assert_eq!(TrackingNumber::parse("ab"), Err(SalesRule::TrackingNumber));
        assert_eq!(TrackingNumber::parse("1234?x=<script>"), Err(SalesRule::TrackingNumber));
    }

    #[test]
    fn an_order_is_checked_whole() {
        let raw = RawSalesOrder {
            customer_ref: "PO-77".into(),
            delivery: address(),
            end_customer: Some(RawAddress { country: "Poland".into(), ..address() }),
            lines: vec![("2124907".into(), "40".into()), ("".into(), "".into()), ("12345".into(), "0".into())],
            notify: true,
        };
        assert_eq!(
            SalesOrderDraft::parse(&raw),
            Err(vec![SalesRule::EndCustomer(AddressField::Country), SalesRule::Quantity(2)])
        );
        let ok = RawSalesOrder {
            end_customer: Some(address()),
            lines: vec![("2124907".into(), "40".into()), ("12345".into(), "1,5".into())],
            ..raw
        };
        let d = SalesOrderDraft::parse(&ok).unwrap();
        assert_eq!(d.lines.len(), 2);
        assert_eq!(d.delivery.country, "PL");
        assert!(d.end_customer.is_some());
        let empty = RawSalesOrder { delivery: address(), ..Default::default() };
        assert_eq!(SalesOrderDraft::parse(&empty), Err(vec![SalesRule::NoLines]));
    }
}
