//! A delivery declared without an order (issue #8, seed 000: subcontractors "declare deliveries
//! (without a prior order in the system)"): what arrived is named by the catalogue's article
//! numbers, optionally booked to a cost centre (contract + construction), with the serial
//! numbers of each line where the goods have them.
use crate::number::Quantity;
use crate::text::DocNumber;
use chrono::NaiveDate;

/// At most this many lines in one delivery.
pub const MAX_LINES: usize = 500;
/// At most this many serial numbers on one line, each at most [`MAX_SERIAL`] characters.
pub const MAX_SERIALS: usize = 1000;
pub const MAX_SERIAL: usize = 60;

/// One line: an article of the catalogue, how much of it, and its serial numbers (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FreeLine {
    /// The article (ordering) number as the subcontractor wrote it, trimmed.
    pub article: String,
    pub quantity: Quantity,
    pub serials: Vec<String>,
}

/// A delivery without an order, every field already parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FreeDeclaration {
    /// The delivery-note (stock document) number, unique per party.
    pub number: DocNumber,
    pub loading_date: Option<NaiveDate>,
    /// When the goods arrive or arrived: a delivery made without an order is often declared
    /// afterwards, so the date may be in the past.
    pub delivery_date: NaiveDate,
    /// The cost centre, by contract number and construction code, when the delivery is booked.
    pub cost_centre: Option<(String, String)>,
    pub lines: Vec<FreeLine>,
}

/// A rule a declaration breaks, named so the page can say it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FreeRule {
    /// No line at all.
    NoLines,
    TooManyLines,
    /// Loading after the delivery date.
    LoadingAfterDelivery,
    /// More than a year ahead: a typo, not a plan.
    DeliveryTooFarAhead,
    /// The line (0-based) has more serial numbers than it has pieces.
    MoreSerialsThanPieces(usize),
    /// The line (0-based) has a serial number twice, or one that is too long.
    BadSerial(usize),
}

/// Splits what a person typed into serial numbers: by `|`, commas or line breaks, each trimmed,
/// empty ones dropped (the small-appliance file's `|`, and what people type in a form).
pub fn parse_serials(raw: &str) -> Vec<String> {
    raw.split(['|', ',', '\n', '\r']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// Checks a declaration on its own (the database then checks the articles and the cost centre).
pub fn check_free_declaration(d: &FreeDeclaration, today: NaiveDate) -> Result<(), Vec<FreeRule>> {
    let mut broken = Vec::new();
    if d.lines.is_empty() {
        broken.push(FreeRule::NoLines);
    }
    if d.lines.len() > MAX_LINES {
        broken.push(FreeRule::TooManyLines);
    }
    if let Some(l) = d.loading_date
        && l > d.delivery_date
    {
        broken.push(FreeRule::LoadingAfterDelivery);
    }
    if d.delivery_date > today + chrono::Duration::days(366) {
        broken.push(FreeRule::DeliveryTooFarAhead);
    }
    for (i, line) in d.lines.iter().enumerate() {
        let mut seen = std::collections::HashSet::new();
        if line.serials.len() > MAX_SERIALS
            || line.serials.iter().any(|s| s.chars().count() > MAX_SERIAL || !seen.insert(s.as_str()))
        {
            broken.push(FreeRule::BadSerial(i));
        } else if rust_decimal::Decimal::from(line.serials.len()) > line.quantity.get() {
            // Each serial is one piece: fewer serials than pieces is fine (not every piece has
            // one), more is a mistake.
            broken.push(FreeRule::MoreSerialsThanPieces(i));
        }
    }
    if broken.is_empty() { Ok(()) } else { Err(broken) }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn decl(lines: Vec<FreeLine>) -> FreeDeclaration {
        FreeDeclaration {
            number: DocNumber::parse("WZ-52992").unwrap(),
            loading_date: None,
            delivery_date: day(1),
            cost_centre: None,
            lines,
        }
    }

    fn line(q: &str, serials: &str) -> FreeLine {
        FreeLine { article: "12345".into(), quantity: Quantity::parse(q).unwrap(), serials: parse_serials(serials) }
    }

    #[test]
    fn a_delivery_made_before_it_is_declared_is_fine() {
        assert_eq!(check_free_declaration(&decl(vec![line("2", "123/23/2010 | 800/5/2016")]), day(3)), Ok(()));
    }

    #[test]
    fn every_broken_rule_is_named() {
        assert_eq!(check_free_declaration(&decl(vec![]), day(1)), Err(vec![FreeRule::NoLines]));
        let mut d = decl(vec![line("1", "A, B"), line("3", "X | X"), line("2.5", "A,B")]);
        d.loading_date = Some(day(2));
        assert_eq!(
            check_free_declaration(&d, day(1)),
            Err(vec![FreeRule::LoadingAfterDelivery, FreeRule::MoreSerialsThanPieces(0), FreeRule::BadSerial(1)])
        );
        let mut far = decl(vec![line("1", "")]);
        far.delivery_date = day(1) + chrono::Duration::days(400);
        assert_eq!(check_free_declaration(&far, day(1)), Err(vec![FreeRule::DeliveryTooFarAhead]));
    }

    #[test]
    fn serials_are_split_as_people_write_them() {
        assert_eq!(parse_serials(" a | b,c\n\nd "), ["a", "b", "c", "d"]);
        assert!(parse_serials(" | ,").is_empty());
    }
}
