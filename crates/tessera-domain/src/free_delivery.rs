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

/// What a delivery file (the delivery CSV or XML, formwork, small appliances) says, as the
/// subcontractor portal reads it into the form of a delivery without an order. Pure: the file
/// was read by `tessera-formats`; the database then checks the cost centre and the articles.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FileFree {
    pub number: String,
    pub delivery_date: Option<NaiveDate>,
    pub loading_date: Option<NaiveDate>,
    /// Contract and construction (formwork, small appliances), when the file names both.
    pub cost_centre: Option<(String, String)>,
    pub lines: Vec<FileFreeLine>,
    pub issues: Vec<FileFreeIssue>,
}

/// One line of the file: where it is, the article, how much, its serial numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFreeLine {
    pub line: u64,
    pub article: String,
    pub quantity: rust_decimal::Decimal,
    pub serials: Vec<String>,
}

/// Why a file cannot be declared as a delivery without an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileFreeProblem {
    /// The file holds more than one delivery.
    SeveralDeliveries,
    /// The file names an order: it is declared from that order's page.
    NamesAnOrder(String),
    /// Only one of contract and construction is given.
    HalfCostCentre,
    /// The file names another supplier account than the subcontractor's.
    OtherAccount,
}

/// A problem at a line of the file, with the column (as the format names it) and the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFreeIssue {
    pub line: u64,
    pub column: &'static str,
    pub value: String,
    pub problem: FileFreeProblem,
}

/// The column names of the article key in a format, for messages.
pub fn article_column(format: tessera_formats::Format) -> &'static str {
    match format {
        tessera_formats::Format::Formwork | tessera_formats::Format::SmallAppliances => "Article",
        _ => "ITEM_ORDER_NUMBER",
    }
}

/// Reads a file's first document into a delivery without an order, for the subcontractor whose
/// code is `account`. Call only when the report has no errors of its own. The formwork and
/// small-appliance files name the cost centre by contract and construction; the delivery file
/// has no construction, so it books none.
pub fn read_file(report: &tessera_formats::Report, account: &str) -> FileFree {
    use tessera_formats::Format;
    let mut out = FileFree::default();
    let Some(doc) = report.documents.first() else { return out };
    let format = doc.format;
    let first = doc.lines.first().map(|l| l.line).unwrap_or(1);
    let text = |key: &str| doc.field(key).and_then(|v| v.as_str()).map(|s| s.trim().to_owned());
    for extra in report.documents.iter().skip(1) {
        out.issues.push(FileFreeIssue {
            line: extra.lines.first().map(|l| l.line).unwrap_or(1),
            column: if format == Format::Delivery { "DELIVERY_NUMBER" } else { "Stock documents" },
            value: extra.number.clone(),
            problem: FileFreeProblem::SeveralDeliveries,
        });
    }
    out.number = doc.number.clone();
    out.delivery_date = doc.date;
    out.loading_date = doc.field("loading_date").and_then(|v| v.as_date());
    if let Some(order) = text("order_number").filter(|o| !o.is_empty()) {
        out.issues.push(FileFreeIssue {
            line: first,
            column: "ORDER_NUMBER",
            value: order.clone(),
            problem: FileFreeProblem::NamesAnOrder(order),
        });
    }
    let (article_key, count_key) = match format {
        Format::Formwork | Format::SmallAppliances => ("article", "quantity"),
        _ => ("item_order_number", "item_count"),
    };
    if let Some(other) = text("account").filter(|a| !a.is_empty() && a != account) {
        out.issues.push(FileFreeIssue {
            line: first,
            column: "ACCOUNT",
            value: other,
            problem: FileFreeProblem::OtherAccount,
        });
    }
    let (contract_col, construction_col) = ("Contract", "Construction");
    match (text("contract").filter(|c| !c.is_empty()), text("construction").filter(|c| !c.is_empty())) {
        (Some(contract), Some(construction)) => out.cost_centre = Some((contract, construction)),
        (None, None) => {}
        (Some(value), None) => out.issues.push(FileFreeIssue {
            line: first,
            column: construction_col,
            value,
            problem: FileFreeProblem::HalfCostCentre,
        }),
        (None, Some(value)) => out.issues.push(FileFreeIssue {
            line: first,
            column: contract_col,
            value,
            problem: FileFreeProblem::HalfCostCentre,
        }),
    }
    for l in &doc.lines {
        let article = l.get(format, article_key).and_then(|v| v.as_str()).unwrap_or_default().trim().to_owned();
        let quantity = l.get(format, count_key).and_then(|v| v.as_decimal()).unwrap_or_default();
        let serials =
            l.get(format, "serial_numbers").and_then(|v| v.as_list()).map(<[String]>::to_vec).unwrap_or_default();
        out.lines.push(FileFreeLine { line: l.line, article, quantity, serials });
    }
    out
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

    fn read(bytes: &[u8], format: tessera_formats::Format) -> FileFree {
        let report = tessera_formats::read_all(bytes, format, Default::default());
        assert!(report.is_ok(), "{:?}", report.errors);
        read_file(&report, "P-3001")
    }

    #[test]
    fn a_formwork_file_names_its_cost_centre_and_articles() {
        // ISO-8859-2, as formwork is documented: Ł is 0xA3, Ś 0xA6.
        let mut f = b"Contract;customer ID;Customer name;Construction;Construction Name;Date;Document type;Stock documents;Article;Article description;Wear type;Category;Quantity;Libra;unit price;Value\r\n".to_vec();
        f.extend_from_slice(b"3407 ;KB0004;BUDOWA \xa3\xd3D\xac;2411 ;S33;17.05.18;W-Z;52992 ;2124907 ;\xa6RUBA;Zu;A;'40 ;'396;'207.65;'8306.0\r\n");
        let got = read(&f, tessera_formats::Format::Formwork);
        assert_eq!(got.number, "52992");
        assert_eq!(got.delivery_date, NaiveDate::from_ymd_opt(2018, 5, 17));
        assert_eq!(got.cost_centre, Some(("3407".into(), "2411".into())));
        assert_eq!(got.lines.len(), 1);
        assert_eq!((got.lines[0].line, got.lines[0].article.as_str()), (2, "2124907"));
        assert_eq!(got.lines[0].quantity, rust_decimal::Decimal::from(40));
        assert!(got.issues.is_empty());
    }

    #[test]
    fn small_appliance_serials_are_kept_per_line_and_half_a_key_is_named() {
        let f = b"Contract;customer ID;Customer name;Construction;Construction Name;Date;Document type;Stock documents;Article;Article description;Quantity;Libra;Serial number\n\
3407;KB0004;X;;S33;17-05-2018;W-Z;52993;12345;GENERATOR;2;5;123/23/2010 | 800/5/2016\n";
        let got = read(f, tessera_formats::Format::SmallAppliances);
        assert_eq!(got.lines[0].serials, ["123/23/2010", "800/5/2016"]);
        assert_eq!(got.cost_centre, None);
        assert_eq!(got.issues.len(), 1);
        assert_eq!(got.issues[0].problem, FileFreeProblem::HalfCostCentre);
        assert_eq!((got.issues[0].column, got.issues[0].value.as_str()), ("Construction", "3407"));
    }

    #[test]
    fn a_delivery_file_for_an_order_or_another_account_is_named() {
        let f = b"DELIVERY_NUMBER;DELIVERY_DATE;LOADING_DATE;ORDER_NUMBER;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE;CHECKED_COUNT\n\
WZ/1;2026-12-01;;ZAM/7;P-9999;;;;;SCREW;2124907;pcs;;4;;\n";
        let got = read(f, tessera_formats::Format::Delivery);
        let problems: Vec<_> = got.issues.iter().map(|i| i.problem.clone()).collect();
        assert_eq!(problems, [FileFreeProblem::NamesAnOrder("ZAM/7".into()), FileFreeProblem::OtherAccount]);
        assert_eq!(got.lines[0].article, "2124907");
    }
}
