//! The assets file staff import (issue #9, sites and assets per customer): CSV with a header
//! line `code;name;site;customer`, `;` or `,` between fields, UTF-8 (a byte order mark is
//! allowed). `customer` is the customer's code in the catalogue; left empty (or the column left
//! out) the asset is the company's own. The parser does no I/O: the bytes come in, rows or every
//! problem go out; [`resolve`] then checks the rows against the catalogue's customers and the
//! asset codes already taken, as the handler reads them.
use crate::tr::Tr;
use std::collections::HashMap;
use tessera_db::work::NewAsset;
use tessera_domain::ids::PartyId;
use tessera_domain::text::{Name, Text, TextError};

/// The columns, by their header names; `customer` may be left out.
pub const COLUMNS: [&str; 4] = ["code", "name", "site", "customer"];
/// The header line the page shows as an example.
pub const HEADER: &str = "code;name;site;customer";
/// At most this many assets in one file.
pub const MAX_ROWS: usize = 5000;
/// An asset code: as on the form, at most 40 characters.
pub const CODE_MAX: usize = 40;
/// A customer's code as the file may give it.
pub const CUSTOMER_MAX: usize = 64;

/// An asset read from the file, with the line it came from; its customer still a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssetLine {
    pub line: u64,
    pub code: String,
    pub name: String,
    pub site: String,
    /// The customer's code; `None` for the company's own asset.
    pub customer: Option<String>,
}

/// A column whose value breaks its rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssetField {
    Code,
    Name,
    Site,
    Customer,
}

impl AssetField {
    fn message_id(self) -> &'static str {
        match self {
            Self::Code => "asset-csv-code",
            Self::Name => "asset-csv-name",
            Self::Site => "asset-csv-site",
            Self::Customer => "asset-csv-customer",
        }
    }
}

/// What is wrong with the file, by line where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssetProblem {
    NotUtf8,
    Empty,
    /// The header line lacks a column, names an unknown one or one twice.
    Header,
    TooMany,
    /// The line cannot be read as CSV (an open quote, say).
    Malformed(u64),
    /// More fields than the header has columns.
    Columns(u64),
    /// A field breaks its rule (missing, too long, control characters).
    Invalid {
        line: u64,
        field: AssetField,
        error: TextError,
    },
    /// The code is on an earlier line too.
    Duplicate {
        line: u64,
        code: String,
        first: u64,
    },
    /// No active customer has this code in the catalogue.
    UnknownCustomer {
        line: u64,
        customer: String,
    },
    /// Another asset already has this code.
    CodeTaken {
        line: u64,
        code: String,
    },
}

impl AssetProblem {
    /// The line it is about, if any (for sorting and for the page).
    pub fn line(&self) -> Option<u64> {
        match self {
            Self::NotUtf8 | Self::Empty | Self::TooMany => None,
            Self::Header => Some(1),
            Self::Malformed(l) | Self::Columns(l) => Some(*l),
            Self::Invalid { line, .. }
            | Self::Duplicate { line, .. }
            | Self::UnknownCustomer { line, .. }
            | Self::CodeTaken { line, .. } => Some(*line),
        }
    }

    /// The message, in the reader's language.
    pub fn message(&self, tr: &Tr) -> String {
        use tessera_i18n::Arg;
        let with = |id: &str, args: &[(&str, Arg)]| tessera_i18n::message(tr.lang, id, args);
        match self {
            Self::NotUtf8 => tr.t("asset-csv-not-utf8"),
            Self::Empty => tr.t("asset-csv-empty"),
            Self::Header => tr.t("asset-csv-header"),
            Self::TooMany => tr.n("asset-csv-too-many", "max", &(MAX_ROWS as u64)),
            Self::Malformed(l) => tr.n("asset-csv-malformed", "line", l),
            Self::Columns(l) => tr.n("asset-csv-columns", "line", l),
            Self::Invalid { line, field, error } => {
                let (reason, max) = match error {
                    TextError::Empty => ("empty", 0),
                    TextError::TooLong { max } => ("long", *max),
                    TextError::Control => ("control", 0),
                };
                with(
                    field.message_id(),
                    &[("line", Arg::from(*line)), ("reason", Arg::from(reason)), ("max", Arg::from(max as u64))],
                )
            }
            Self::Duplicate { line, code, first } => with(
                "asset-csv-duplicate",
                &[("line", Arg::from(*line)), ("code", Arg::from(code.as_str())), ("first", Arg::from(*first))],
            ),
            Self::UnknownCustomer { line, customer } => with(
                "asset-csv-unknown-customer",
                &[("line", Arg::from(*line)), ("customer", Arg::from(customer.as_str()))],
            ),
            Self::CodeTaken { line, code } => {
                with("asset-csv-code-taken", &[("line", Arg::from(*line)), ("code", Arg::from(code.as_str()))])
            }
        }
    }
}

/// Reads the whole file: every asset, or every problem (in line order).
pub fn parse(bytes: &[u8]) -> Result<Vec<AssetLine>, Vec<AssetProblem>> {
    let Ok(text) = std::str::from_utf8(bytes) else { return Err(vec![AssetProblem::NotUtf8]) };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // One kind of line end, so line numbers are physical lines whatever wrote the file (the
    // `csv` reader counts a CRLF's line late).
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.as_str();
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first_line.is_empty() {
        return Err(vec![AssetProblem::Empty]);
    }
    let delimiter = if first_line.contains(';') { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(_) => return Err(vec![AssetProblem::Header]),
    };
    // Where each column is: code, name and site named, customer perhaps, nothing unknown, no
    // column twice.
    let mut at: HashMap<&str, usize> = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.trim().to_ascii_lowercase();
        match COLUMNS.iter().find(|c| **c == name) {
            Some(c) if !at.contains_key(c) => {
                at.insert(c, i);
            }
            _ => return Err(vec![AssetProblem::Header]),
        }
    }
    let (Some(&code_at), Some(&name_at), Some(&site_at)) = (at.get("code"), at.get("name"), at.get("site")) else {
        return Err(vec![AssetProblem::Header]);
    };
    let customer_at = at.get("customer").copied();
    // Lines by the records' byte offsets: the `csv` reader's own line count leaves out the
    // blank lines it skips.
    let mut lines_seen = crate::csv_lines::LineCounter::new(text);
    let mut line_of = |p: Option<&csv::Position>| p.map_or(0, |p| lines_seen.line_at(p.byte()));
    let mut problems = Vec::new();
    let mut lines: Vec<AssetLine> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut count = 0usize;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = line_of(e.position());
                problems.push(AssetProblem::Malformed(line));
                continue;
            }
        };
        let line = line_of(record.position());
        if record.iter().all(str::is_empty) {
            continue;
        }
        count += 1;
        if count > MAX_ROWS {
            problems.push(AssetProblem::TooMany);
            break;
        }
        if record.len() > header.len() {
            problems.push(AssetProblem::Columns(line));
            continue;
        }
        let field = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("");
        let before = problems.len();
        let mut invalid = |field: AssetField, error: TextError| {
            problems.push(AssetProblem::Invalid { line, field, error });
        };
        let code = Text::<CODE_MAX>::parse(field(Some(code_at))).map_err(|e| invalid(AssetField::Code, e)).ok();
        let name = Name::parse(field(Some(name_at))).map_err(|e| invalid(AssetField::Name, e)).ok();
        let site = Name::parse(field(Some(site_at))).map_err(|e| invalid(AssetField::Site, e)).ok();
        let customer = match field(customer_at) {
            "" => Some(None),
            raw => Text::<CUSTOMER_MAX>::parse(raw).map(Some).map_err(|e| invalid(AssetField::Customer, e)).ok(),
        };
        if let Some(c) = &code {
            if let Some(first) = seen.get(c.as_str()) {
                problems.push(AssetProblem::Duplicate { line, code: c.to_string(), first: *first });
            } else {
                seen.insert(c.to_string(), line);
            }
        }
        if problems.len() > before {
            continue;
        }
        let (Some(code), Some(name), Some(site), Some(customer)) = (code, name, site, customer) else {
            continue;
        };
        lines.push(AssetLine {
            line,
            code: code.into_string(),
            name: name.into_string(),
            site: site.into_string(),
            customer: customer.map(Text::into_string),
        });
    }
    if problems.is_empty() && lines.is_empty() {
        problems.push(AssetProblem::Empty);
    }
    if problems.is_empty() { Ok(lines) } else { Err(problems) }
}

/// The file's assets ready to save, their customers found by code in `customers` (the
/// catalogue's active customers, code to id); or every line whose customer is unknown or whose
/// code is in `taken` (the codes other assets have), in line order.
pub fn resolve(
    lines: &[AssetLine],
    customers: &HashMap<String, PartyId>,
    taken: &[String],
) -> Result<Vec<NewAsset>, Vec<AssetProblem>> {
    let mut problems = Vec::new();
    let mut rows = Vec::with_capacity(lines.len());
    for l in lines {
        if taken.contains(&l.code) {
            problems.push(AssetProblem::CodeTaken { line: l.line, code: l.code.clone() });
        }
        let customer = match &l.customer {
            None => Some(None),
            Some(c) => {
                let found = customers.get(c).copied();
                if found.is_none() {
                    problems.push(AssetProblem::UnknownCustomer { line: l.line, customer: c.clone() });
                }
                found.map(Some)
            }
        };
        if let Some(customer) = customer {
            rows.push(NewAsset { code: l.code.clone(), name: l.name.clone(), site: l.site.clone(), customer });
        }
    }
    if problems.is_empty() { Ok(rows) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use tessera_i18n::Lang;

    #[test]
    fn reads_semicolons_commas_bom_and_own_assets() {
        let file = "\u{feff}code;name;site;customer\r\nCX-PUMP-3;Pump 3;COMPANY X, Warsaw plant;KB0004\r\n\r\nOWN-1; Compressor ;Yard;\r\n";
        let rows = parse(file.as_bytes()).unwrap();
        assert_eq!(
            rows,
            vec![
                AssetLine {
                    line: 2,
                    code: "CX-PUMP-3".into(),
                    name: "Pump 3".into(),
                    site: "COMPANY X, Warsaw plant".into(),
                    customer: Some("KB0004".into()),
                },
                AssetLine {
                    line: 4,
                    code: "OWN-1".into(),
                    name: "Compressor".into(),
                    site: "Yard".into(),
                    customer: None
                },
            ]
        );
        // Blank lines anywhere, a quoted field over two lines: physical line numbers.
        let file = "code;name;site\n\n\nA-1;Pump;Hall\nA-2;\"Two\nlines\";Hall\n\nA-3;;Hall\n";
        let invalid = |line, field, error| AssetProblem::Invalid { line, field, error };
        assert_eq!(
            parse(file.as_bytes()),
            Err(vec![invalid(5, AssetField::Name, TextError::Control), invalid(8, AssetField::Name, TextError::Empty)])
        );
        let rows = parse(b"code;name;site\n\n\nA-1;Pump;Hall\n \nA-2;Pump;Hall\n").unwrap();
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [4, 6]);
        let problems = parse(b"\n\ncode;name;site\n\nA-1;;Hall\n\n\nA-1;Pump;Hall\n").unwrap_err();
        assert_eq!(problems[0].line(), Some(5));
        assert_eq!(problems[1], AssetProblem::Duplicate { line: 8, code: "A-1".into(), first: 5 });
        // Commas, columns in another order, the customer column left out; quotes keep a comma.
        let commas = "Site,Code,Name\n\"Hall A, north\",A-1,Press\n";
        let rows = parse(commas.as_bytes()).unwrap();
        assert_eq!(rows[0].code, "A-1");
        assert_eq!(rows[0].site, "Hall A, north");
        assert_eq!(rows[0].customer, None);
    }

    #[test]
    fn every_bad_line_by_number() {
        let long_code = "C".repeat(41);
        let long_name = "n".repeat(201);
        let file = format!(
            "code;name;site;customer\nA-1;Pump;Hall;\n{long_code};Pump;Hall;\n;{long_name};;\nA-1;Pump;Hall;KB0004\nB-1;Pump;Hall;K1;extra\nC-1;\"open;Hall;\n"
        );
        let problems = parse(file.as_bytes()).unwrap_err();
        let invalid = |line, field, error| AssetProblem::Invalid { line, field, error };
        assert_eq!(
            problems,
            vec![
                invalid(3, AssetField::Code, TextError::TooLong { max: 40 }),
                invalid(4, AssetField::Code, TextError::Empty),
                invalid(4, AssetField::Name, TextError::TooLong { max: 200 }),
                invalid(4, AssetField::Site, TextError::Empty),
                AssetProblem::Duplicate { line: 5, code: "A-1".into(), first: 2 },
                AssetProblem::Columns(6),
                // An open quote runs to the end of the file: the rest is one bad field.
                invalid(7, AssetField::Site, TextError::Empty),
            ]
        );
        let tr = Tr { lang: Lang::En };
        assert_eq!(problems[0].message(&tr), "Line 3: the asset code is longer than 40 characters.");
        assert_eq!(problems[4].message(&tr), "Line 5: asset code A-1 is on line 2 already.");
        for lang in Lang::ALL {
            let tr = Tr { lang };
            for p in &problems {
                let m = p.message(&tr);
                assert!(m.contains(&p.line().unwrap().to_string()) && !m.contains("asset-csv"), "{lang}: {m}");
            }
        }
    }

    #[test]
    fn control_characters_and_customer_codes() {
        let file = "code;name;site;customer\nA-1;Pu\u{7}mp;Hall;\nA-2;Pump;Hall;KB\u{1}0004\n";
        assert_eq!(
            parse(file.as_bytes()),
            Err(vec![
                AssetProblem::Invalid { line: 2, field: AssetField::Name, error: TextError::Control },
                AssetProblem::Invalid { line: 3, field: AssetField::Customer, error: TextError::Control },
            ])
        );
    }

    #[test]
    fn header_encoding_empty_and_too_many() {
        assert_eq!(parse(b"code;name\nA;B\n"), Err(vec![AssetProblem::Header]));
        assert_eq!(parse(b"code;name;site;owner\n"), Err(vec![AssetProblem::Header]));
        assert_eq!(parse(b"code;name;site;code\n"), Err(vec![AssetProblem::Header]));
        assert_eq!(parse(b""), Err(vec![AssetProblem::Empty]));
        assert_eq!(parse(b"\xef\xbb\xbf\r\n\r\n"), Err(vec![AssetProblem::Empty]));
        assert_eq!(parse(b"code;name;site;customer\n;;;\n"), Err(vec![AssetProblem::Empty]));
        assert_eq!(parse(b"code;name;site\nA;\xff;C\n"), Err(vec![AssetProblem::NotUtf8]));
        let mut file = String::from("code;name;site\n");
        for i in 0..MAX_ROWS {
            file.push_str(&format!("A-{i};Pump;Hall\n"));
        }
        assert_eq!(parse(file.as_bytes()).unwrap().len(), MAX_ROWS);
        file.push_str("LAST;Pump;Hall\n");
        assert_eq!(parse(file.as_bytes()), Err(vec![AssetProblem::TooMany]));
    }

    #[test]
    fn resolves_customers_and_refuses_taken_codes() {
        let file = "code;name;site;customer\nA-1;Pump;Hall;KB0004\nA-2;Press;Hall;\nA-3;Gate;Yard;NOPE\nPS2-P1;Pump;Station;\n";
        let lines = parse(file.as_bytes()).unwrap();
        let customers: HashMap<String, PartyId> = [("KB0004".to_owned(), PartyId::new(7))].into();
        assert_eq!(
            resolve(&lines, &customers, &["PS2-P1".to_owned()]),
            Err(vec![
                AssetProblem::UnknownCustomer { line: 4, customer: "NOPE".into() },
                AssetProblem::CodeTaken { line: 5, code: "PS2-P1".into() },
            ])
        );
        let rows = resolve(&lines[..2], &customers, &[]).unwrap();
        assert_eq!(
            rows,
            vec![
                NewAsset {
                    code: "A-1".into(),
                    name: "Pump".into(),
                    site: "Hall".into(),
                    customer: Some(PartyId::new(7))
                },
                NewAsset { code: "A-2".into(), name: "Press".into(), site: "Hall".into(), customer: None },
            ]
        );
        let tr = Tr { lang: Lang::En };
        let problems = resolve(&lines, &customers, &["PS2-P1".to_owned()]).unwrap_err();
        assert_eq!(problems[0].message(&tr), "Line 4: there is no customer with the code NOPE.");
        assert_eq!(problems[1].message(&tr), "Line 5: another asset already has the code PS2-P1.");
    }
}
