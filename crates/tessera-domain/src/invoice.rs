//! Invoices a subcontractor issues for completed work (seed: "issue invoices for completed
//! work"): a number, dates, lines tied to work orders or deliveries, net, VAT rate, gross and
//! currency. Staff then accept or dispute the invoice.
//!
//! Tax is computed the EN 16931 way: per VAT rate, on the sum of the nets of that rate, rounded
//! to cents half away from zero; never summed from per-line tax. Invoicing programs that round
//! per line are tolerated up to what that rounding can move (see [`vat_tolerance`]).
//!
//! A disputed invoice stays disputed: the subcontractor answers it by issuing a correction under
//! a new number, which is a new invoice. Amounts are never negative here ([`Money`]), so credit
//! notes and discount lines are not invoices of this module.
use crate::ids::{DeliveryId, WorkOrderId};
use crate::number::{Money, NumberError, Quantity, parse_decimal};
use crate::text::{DocNumber, Text};
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// At most this many lines on one invoice.
pub const MAX_LINES: usize = 500;

pub use crate::currency::{Currency, CurrencyError};

/// A VAT rate in percent: 0 to 100, at most two decimals, stored without trailing zeros.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "Decimal", into = "Decimal")]
pub struct VatRate(Decimal);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum VatRateError {
    #[error("empty")]
    Empty,
    #[error("not a number")]
    Malformed,
    #[error("negative")]
    Negative,
    #[error("more than 100%")]
    OverHundred,
    #[error("more than two decimals")]
    TooPrecise,
}

impl VatRate {
    /// The largest number of decimals a rate may have.
    pub const MAX_SCALE: u32 = 2;

    /// Reads a rate the way people type it: `23`, `23%`, `23 %`, `8,5`, `0`.
    pub fn parse(raw: &str) -> Result<VatRate, VatRateError> {
        let s = raw.trim();
        let s = s.strip_suffix('%').map_or(s, str::trim_end);
        let d = parse_decimal(s).map_err(|e| match e {
            NumberError::Empty => VatRateError::Empty,
            NumberError::TooPrecise => VatRateError::TooPrecise,
            NumberError::TooLarge => VatRateError::OverHundred,
            NumberError::Negative => VatRateError::Negative,
            NumberError::Malformed | NumberError::Ambiguous | NumberError::Zero => VatRateError::Malformed,
        })?;
        Self::try_from(d)
    }
    pub fn get(self) -> Decimal {
        self.0
    }
    /// Tax on `net` at this rate, in cents, rounded half away from zero.
    pub fn tax_on(self, net: Decimal) -> Decimal {
        cents(net * self.0 / Decimal::ONE_HUNDRED)
    }
}

impl TryFrom<Decimal> for VatRate {
    type Error = VatRateError;
    fn try_from(d: Decimal) -> Result<Self, VatRateError> {
        if d.is_zero() {
            return Ok(VatRate(Decimal::ZERO));
        }
        if d.is_sign_negative() {
            return Err(VatRateError::Negative);
        }
        if d > Decimal::ONE_HUNDRED {
            return Err(VatRateError::OverHundred);
        }
        let d = d.normalize();
        if d.scale() > Self::MAX_SCALE {
            return Err(VatRateError::TooPrecise);
        }
        Ok(VatRate(d))
    }
}

impl From<VatRate> for Decimal {
    fn from(r: VatRate) -> Decimal {
        r.0
    }
}

impl FromStr for VatRate {
    type Err = VatRateError;
    /// Reads the stored form as written by `Display` (and anything [`VatRate::parse`] reads).
    fn from_str(s: &str) -> Result<Self, VatRateError> {
        Self::parse(s)
    }
}

impl fmt::Display for VatRate {
    /// `23`, `8.5`: no trailing zeros, no percent sign.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.normalize().fmt(f)
    }
}

/// What a line is for: a work order, a delivery, or nothing in particular.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineRef {
    WorkOrder(WorkOrderId),
    Delivery(DeliveryId),
    None,
}

/// One invoice line, every field already parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceLine {
    pub description: Text<200>,
    pub quantity: Quantity,
    /// The unit as written (`h`, `pcs`, `szt`).
    pub unit: String,
    pub unit_price: Money,
    /// The line's net as stated on the invoice.
    pub net: Money,
    pub vat_rate: VatRate,
    pub reference: LineRef,
}

/// An invoice as the subcontractor issued it, every field already parsed. The totals are the
/// ones the subcontractor stated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceDraft {
    pub number: DocNumber,
    pub issue_date: NaiveDate,
    /// When the work was completed. May be after the issue date (an advance invoice).
    pub service_date: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
    pub currency: Currency,
    pub lines: Vec<InvoiceLine>,
    pub net_total: Money,
    pub vat_total: Money,
    pub gross_total: Money,
}

/// The tax of one rate: the sum of the nets of its lines, and the tax on that sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VatBreakdown {
    pub rate: VatRate,
    pub net: Money,
    pub vat: Money,
    /// How many lines carry this rate.
    pub lines: usize,
}

/// Totals as Tessera computes them from the lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceTotals {
    pub net: Money,
    pub vat: Money,
    pub gross: Money,
    /// One entry per rate, highest rate first.
    pub by_rate: Vec<VatBreakdown>,
}

/// Rounds to cents, half away from zero, always written with two decimals.
fn cents(d: Decimal) -> Decimal {
    let mut v = d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    v.rescale(2);
    v
}

/// Money from a sum of money or a tax on it: never negative and in cents, so always valid.
fn money(d: Decimal) -> Money {
    Money::try_from(d).unwrap_or_else(|_| Money::sum([]))
}

/// Net per rate from the lines, tax per rate on that net, gross = net + tax.
pub fn compute_totals(lines: &[InvoiceLine]) -> InvoiceTotals {
    let mut groups: BTreeMap<VatRate, (Decimal, usize)> = BTreeMap::new();
    for l in lines {
        let g = groups.entry(l.vat_rate).or_insert((Decimal::ZERO, 0));
        g.0 += l.net.get();
        g.1 += 1;
    }
    let by_rate: Vec<VatBreakdown> = groups
        .into_iter()
        .rev()
        .map(|(rate, (net, n))| VatBreakdown { rate, net: money(net), vat: money(rate.tax_on(net)), lines: n })
        .collect();
    let net = Money::sum(lines.iter().map(|l| l.net));
    let vat = Money::sum(by_rate.iter().map(|b| b.vat));
    InvoiceTotals { net, vat, gross: money(net.get() + vat.get()), by_rate }
}

/// How far the stated VAT total may be from the computed one: per rate, half a cent for each
/// line plus half a cent for the rate's own rounding. That is the most that rounding the tax of
/// each line (as many invoicing programs do, and Polish VAT law allows) can move the total; for
/// a rate with one line it is one cent, so never less than one cent per rate.
pub fn vat_tolerance(totals: &InvoiceTotals) -> Decimal {
    let half_cent = Decimal::new(5, 3);
    totals.by_rate.iter().map(|b| half_cent * Decimal::from(b.lines + 1)).sum()
}

/// A rule an invoice breaks, named so the page can say it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvoiceRule {
    /// No line at all.
    NoLines,
    /// More than [`MAX_LINES`] lines.
    TooManyLines,
    /// Issued after today.
    IssueDateInFuture,
    /// Due before it was issued.
    DueBeforeIssue,
    /// The line's (0-based) net has more than two decimals.
    LineNetNotInCents { line: usize },
    /// The line's (0-based) net is more than a cent away from quantity × unit price.
    LineNetDiffers { line: usize, expected: Money },
    /// A stated total has more than two decimals.
    TotalNotInCents,
    /// The stated net total is not the sum of the lines' nets, to the cent.
    NetTotalDiffers { expected: Money },
    /// The stated VAT total is further from the tax per rate than rounding explains
    /// ([`vat_tolerance`]).
    VatTotalDiffers { expected: Money },
    /// The stated gross is not the stated net plus the stated VAT, to the cent.
    GrossDiffers { expected: Money },
}

fn more_than_cents(m: Money) -> bool {
    m.get().normalize().scale() > 2
}

/// Checks an invoice on its own (the database then checks the references and the number's
/// uniqueness). Returns the computed totals, or every rule broken. The stated totals remain the
/// invoice's amounts: the computed VAT may differ from them within [`vat_tolerance`].
pub fn check_invoice(d: &InvoiceDraft, today: NaiveDate) -> Result<InvoiceTotals, Vec<InvoiceRule>> {
    let mut broken = Vec::new();
    if d.lines.is_empty() {
        broken.push(InvoiceRule::NoLines);
    }
    if d.lines.len() > MAX_LINES {
        broken.push(InvoiceRule::TooManyLines);
    }
    if d.issue_date > today {
        broken.push(InvoiceRule::IssueDateInFuture);
    }
    if let Some(due) = d.due_date
        && due < d.issue_date
    {
        broken.push(InvoiceRule::DueBeforeIssue);
    }
    let cent = Decimal::new(1, 2);
    for (i, line) in d.lines.iter().enumerate() {
        if more_than_cents(line.net) {
            broken.push(InvoiceRule::LineNetNotInCents { line: i });
        }
        let expected = Money::line_value(line.unit_price, line.quantity);
        if (line.net.get() - expected.get()).abs() > cent {
            broken.push(InvoiceRule::LineNetDiffers { line: i, expected });
        }
    }
    if [d.net_total, d.vat_total, d.gross_total].into_iter().any(more_than_cents) {
        broken.push(InvoiceRule::TotalNotInCents);
    }
    let totals = compute_totals(&d.lines);
    if d.net_total.get() != totals.net.get() {
        broken.push(InvoiceRule::NetTotalDiffers { expected: totals.net });
    }
    if (d.vat_total.get() - totals.vat.get()).abs() > vat_tolerance(&totals) {
        broken.push(InvoiceRule::VatTotalDiffers { expected: totals.vat });
    }
    let gross = money(d.net_total.get() + d.vat_total.get());
    if d.gross_total.get() != gross.get() {
        broken.push(InvoiceRule::GrossDiffers { expected: gross });
    }
    if broken.is_empty() { Ok(totals) } else { Err(broken) }
}

/// Where an invoice stands: issued by the subcontractor, then accepted or disputed by staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InvoiceStatus {
    Issued,
    Accepted,
    Disputed,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown invoice status {0:?}")]
pub struct UnknownInvoiceStatus(pub String);

impl InvoiceStatus {
    pub const ALL: [InvoiceStatus; 3] = [Self::Issued, Self::Accepted, Self::Disputed];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Issued => "issued",
            Self::Accepted => "accepted",
            Self::Disputed => "disputed",
        }
    }
}

impl fmt::Display for InvoiceStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for InvoiceStatus {
    type Err = UnknownInvoiceStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| UnknownInvoiceStatus(s.to_owned()))
    }
}

/// What staff decide about an issued invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Review {
    Accept,
    /// Disputed, and why (shown to the subcontractor, who answers with a correction).
    Dispute {
        reason: String,
    },
}

/// Why a review is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewRule {
    /// The invoice was already accepted or disputed.
    AlreadyReviewed(InvoiceStatus),
    /// A dispute without a reason.
    ReasonRequired,
}

/// The status after staff's decision: only an issued invoice is reviewed, and once.
pub fn review(status: InvoiceStatus, decision: &Review) -> Result<InvoiceStatus, ReviewRule> {
    if status != InvoiceStatus::Issued {
        return Err(ReviewRule::AlreadyReviewed(status));
    }
    match decision {
        Review::Accept => Ok(InvoiceStatus::Accepted),
        Review::Dispute { reason } if reason.trim().is_empty() => Err(ReviewRule::ReasonRequired),
        Review::Dispute { .. } => Ok(InvoiceStatus::Disputed),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn m(s: &str) -> Money {
        Money::parse(s).unwrap()
    }

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn line(qty: &str, price: &str, net: &str, rate: &str) -> InvoiceLine {
        InvoiceLine {
            description: Text::parse("Montaż instalacji").unwrap(),
            quantity: Quantity::parse(qty).unwrap(),
            unit: "h".into(),
            unit_price: m(price),
            net: m(net),
            vat_rate: VatRate::parse(rate).unwrap(),
            reference: LineRef::WorkOrder(WorkOrderId::new(7)),
        }
    }

    fn draft(lines: Vec<InvoiceLine>, net: &str, vat: &str, gross: &str) -> InvoiceDraft {
        InvoiceDraft {
            number: DocNumber::parse("FV/12/2026").unwrap(),
            issue_date: day(10),
            service_date: Some(day(9)),
            due_date: Some(day(24)),
            currency: Currency::parse("pln").unwrap(),
            lines,
            net_total: m(net),
            vat_total: m(vat),
            gross_total: m(gross),
        }
    }

    /// 23%: 10 h × 45.55 = 455.50 and 3 × 0.99 = 2.97 → 458.47, tax 105.4481 → 105.45.
    /// 8%: 2.5 × 10.01 = 25.025 → 25.03, tax 2.0024 → 2.00.
    fn two_rates() -> Vec<InvoiceLine> {
        vec![line("10", "45.55", "455.50", "23%"), line("2.5", "10.01", "25.03", "8"), line("3", "0.99", "2.97", "23")]
    }

    #[test]
    fn a_correct_invoice_gives_its_totals() {
        let t = check_invoice(&draft(two_rates(), "483.50", "107.45", "590.95"), day(10)).unwrap();
        assert_eq!(t.net, m("483.50"));
        assert_eq!(t.vat.to_string(), "107.45");
        assert_eq!(t.gross.to_string(), "590.95");
        let rates: Vec<(String, String, String, usize)> =
            t.by_rate.iter().map(|b| (b.rate.to_string(), b.net.to_string(), b.vat.to_string(), b.lines)).collect();
        assert_eq!(
            rates,
            [("23".into(), "458.47".into(), "105.45".into(), 2), ("8".into(), "25.03".into(), "2.00".into(), 1)]
        );
    }

    #[test]
    fn vat_is_per_rate_not_per_line() {
        // Three lines of 0.10 at 23%: per line 0.023 → 0.02 each = 0.06; per rate 0.069 → 0.07.
        let lines = vec![line("1", "0.10", "0.10", "23"); 3];
        let t = compute_totals(&lines);
        assert_eq!(t.vat, m("0.07"));
        // Half a cent rounds away from zero: 0.50 at 1% = 0.005 → 0.01.
        let t = compute_totals(&[line("1", "0.50", "0.50", "1")]);
        assert_eq!(t.vat.to_string(), "0.01");
        // A program that rounded per line is within tolerance (3 lines: 0.02)...
        assert!(check_invoice(&draft(lines.clone(), "0.30", "0.06", "0.36"), day(10)).is_ok());
        // ...but not beyond it.
        assert_eq!(
            check_invoice(&draft(lines, "0.30", "0.04", "0.34"), day(10)),
            Err(vec![InvoiceRule::VatTotalDiffers { expected: m("0.07") }])
        );
    }

    #[test]
    fn tolerance_is_a_cent_per_single_line_rate() {
        let t = compute_totals(&two_rates());
        assert_eq!(vat_tolerance(&t), dec("0.025"));
        let t = compute_totals(&[line("1", "1", "1", "23"), line("1", "1", "1", "8")]);
        assert_eq!(vat_tolerance(&t), dec("0.02"));
        assert!(check_invoice(&draft(two_rates(), "483.50", "107.47", "590.97"), day(10)).is_ok());
        assert_eq!(
            check_invoice(&draft(two_rates(), "483.50", "107.48", "590.98"), day(10)),
            Err(vec![InvoiceRule::VatTotalDiffers { expected: m("107.45") }])
        );
    }

    #[test]
    fn lines_that_do_not_sum() {
        assert_eq!(
            check_invoice(&draft(two_rates(), "483.51", "107.45", "590.96"), day(10)),
            Err(vec![InvoiceRule::NetTotalDiffers { expected: m("483.50") }])
        );
    }

    #[test]
    fn a_line_net_must_be_quantity_times_price() {
        let mut lines = two_rates();
        lines[1] = line("2.5", "10.01", "25.02", "8"); // a cent off 25.03: accepted
        lines[2] = line("3", "0.99", "3.00", "23"); // 3 cents off 2.97
        let d = draft(lines, "483.52", "107.46", "590.98");
        assert_eq!(check_invoice(&d, day(10)), Err(vec![InvoiceRule::LineNetDiffers { line: 2, expected: m("2.97") }]));
        let mut d = draft(vec![line("1", "1.005", "1.005", "23")], "1.01", "0.23", "1.24");
        d.net_total = m("1.005");
        d.gross_total = m("1.235");
        assert_eq!(
            check_invoice(&d, day(10)),
            Err(vec![InvoiceRule::LineNetNotInCents { line: 0 }, InvoiceRule::TotalNotInCents])
        );
    }

    #[test]
    fn gross_is_stated_net_plus_stated_vat() {
        assert_eq!(
            check_invoice(&draft(two_rates(), "483.50", "107.45", "590.94"), day(10)),
            Err(vec![InvoiceRule::GrossDiffers { expected: m("590.95") }])
        );
    }

    #[test]
    fn dates_and_line_counts() {
        let mut d = draft(vec![], "0", "0", "0");
        d.issue_date = day(11);
        d.due_date = Some(day(10));
        d.service_date = Some(day(20)); // after the issue date: an advance invoice, fine
        assert_eq!(
            check_invoice(&d, day(10)),
            Err(vec![InvoiceRule::NoLines, InvoiceRule::IssueDateInFuture, InvoiceRule::DueBeforeIssue])
        );
        let d = draft(vec![line("1", "1", "1", "0"); MAX_LINES + 1], "501", "0", "501");
        assert_eq!(check_invoice(&d, day(10)), Err(vec![InvoiceRule::TooManyLines]));
        let d = draft(vec![line("1", "1", "1", "0"); MAX_LINES], "500", "0", "500");
        assert!(check_invoice(&d, day(10)).is_ok());
    }

    #[test]
    fn every_broken_rule_is_named() {
        let mut d = draft(vec![line("1", "10", "12", "23")], "11", "1", "13");
        d.issue_date = day(12);
        assert_eq!(
            check_invoice(&d, day(10)),
            Err(vec![
                InvoiceRule::IssueDateInFuture,
                InvoiceRule::LineNetDiffers { line: 0, expected: m("10.00") },
                InvoiceRule::NetTotalDiffers { expected: m("12") },
                InvoiceRule::VatTotalDiffers { expected: m("2.76") },
                InvoiceRule::GrossDiffers { expected: m("12") },
            ])
        );
    }

    #[test]
    fn currency_is_three_letters() {
        assert_eq!(Currency::parse(" pln ").map(|c| c.to_string()), Ok("PLN".into()));
        assert_eq!(Currency::parse("EuR").unwrap().as_str(), "EUR");
        assert_eq!(Currency::parse(""), Err(CurrencyError::Empty));
        for bad in ["PL", "PLNN", "P1N", "zł", "ZŁO", "€", "P N"] {
            assert_eq!(Currency::parse(bad), Err(CurrencyError::Malformed), "{bad}");
        }
        let json = serde_json::to_string(&Currency::parse("usd").unwrap()).unwrap();
        assert_eq!(json, "\"USD\"");
        assert_eq!(serde_json::from_str::<Currency>("\"eur\"").unwrap().as_str(), "EUR");
        assert!(serde_json::from_str::<Currency>("\"euro\"").is_err());
    }

    #[test]
    fn vat_rate_reads_what_people_type() {
        let shown = |s: &str| VatRate::parse(s).map(|r| r.to_string());
        assert_eq!(shown("23"), Ok("23".into()));
        assert_eq!(shown(" 23 % "), Ok("23".into()));
        assert_eq!(shown("23.00"), Ok("23".into()));
        assert_eq!(shown("8,5"), Ok("8.5".into()));
        assert_eq!(shown("0"), Ok("0".into()));
        assert_eq!(shown("100"), Ok("100".into()));
        assert_eq!(shown("-0"), Ok("0".into()));
        assert_eq!(VatRate::parse("8.50").unwrap(), VatRate::parse("8,5").unwrap());
        assert_eq!(VatRate::parse("8.5").unwrap().get(), dec("8.5"));
        assert_eq!(VatRate::parse(""), Err(VatRateError::Empty));
        assert_eq!(VatRate::parse("%"), Err(VatRateError::Empty));
        assert_eq!(VatRate::parse("zw"), Err(VatRateError::Malformed));
        assert_eq!(VatRate::parse("23%%"), Err(VatRateError::Malformed));
        assert_eq!(VatRate::parse("-5"), Err(VatRateError::Negative));
        assert_eq!(VatRate::parse("100.01"), Err(VatRateError::OverHundred));
        assert_eq!(VatRate::parse("8.125"), Err(VatRateError::TooPrecise));
        assert_eq!(VatRate::parse("8.1250").map(|r| r.to_string()), Err(VatRateError::TooPrecise));
        assert_eq!(VatRate::parse("8.1200").map(|r| r.to_string()), Ok("8.12".into()));
        assert_eq!(VatRate::try_from(dec("8.125")), Err(VatRateError::TooPrecise));
        assert_eq!("8.5".parse::<VatRate>().unwrap().to_string(), "8.5");
        assert!(serde_json::from_str::<VatRate>("\"101\"").is_err());
    }

    #[test]
    fn statuses_round_trip() {
        for s in InvoiceStatus::ALL {
            assert_eq!(s.as_str().parse::<InvoiceStatus>(), Ok(s));
        }
        assert_eq!("paid".parse::<InvoiceStatus>(), Err(UnknownInvoiceStatus("paid".into())));
    }

    #[test]
    fn only_an_issued_invoice_is_reviewed_and_a_dispute_says_why() {
        use InvoiceStatus::*;
        assert_eq!(review(Issued, &Review::Accept), Ok(Accepted));
        assert_eq!(review(Issued, &Review::Dispute { reason: "wrong hours".into() }), Ok(Disputed));
        assert_eq!(review(Issued, &Review::Dispute { reason: "  ".into() }), Err(ReviewRule::ReasonRequired));
        assert_eq!(review(Accepted, &Review::Accept), Err(ReviewRule::AlreadyReviewed(Accepted)));
        assert_eq!(
            review(Disputed, &Review::Dispute { reason: "again".into() }),
            Err(ReviewRule::AlreadyReviewed(Disputed))
        );
        assert_eq!(review(Disputed, &Review::Accept), Err(ReviewRule::AlreadyReviewed(Disputed)));
    }
}
