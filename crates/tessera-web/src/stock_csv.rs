//! The stock file staff (or the main system) load: CSV with a header line
//! `article;quantity;limited_at;expected_date`, `;` or `,` between fields, UTF-8, decimals with
//! `,` or `.`, dates `YYYY-MM-DD`. One parser for the back office's upload and for
//! `tessera stock load`; it does no I/O (the bytes come in, rows or every problem go out).
//!
//! It lives in the web layer and not in `tessera-formats`: its rows are the domain's stock
//! levels (the number rules of [`Count`]) and the database's [`StockRow`], which that crate
//! does not know.
use crate::api::stock::MAX_LOAD;
use crate::tr::Tr;
use std::collections::HashMap;
use tessera_db::stock::{StockRow, parse_date};
use tessera_domain::number::Count;
use tessera_domain::stock::StockLevel;

/// The columns, by their header names; `limited_at` and `expected_date` may be left out.
pub const COLUMNS: [&str; 4] = ["article", "quantity", "limited_at", "expected_date"];

/// A row read from the file, with the line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StockLine {
    pub line: u64,
    pub row: StockRow,
}

/// What is wrong with the file, by line where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StockProblem {
    NotUtf8,
    Empty,
    /// The header line lacks a column or names an unknown one.
    Header,
    TooMany,
    /// The line cannot be read as CSV (an open quote, say).
    Malformed(u64),
    /// More fields than the header has columns.
    Columns(u64),
    Article(u64),
    Quantity(u64),
    LimitedAt(u64),
    Date(u64),
    /// The article is on an earlier line too.
    Duplicate {
        line: u64,
        article: String,
        first: u64,
    },
    /// No such article in the catalogue.
    UnknownArticle {
        line: u64,
        article: String,
    },
}

impl StockProblem {
    /// The line it is about, if any (for sorting and for the page).
    pub fn line(&self) -> Option<u64> {
        match self {
            Self::NotUtf8 | Self::Empty | Self::TooMany => None,
            Self::Header => Some(1),
            Self::Malformed(l)
            | Self::Columns(l)
            | Self::Article(l)
            | Self::Quantity(l)
            | Self::LimitedAt(l)
            | Self::Date(l) => Some(*l),
            Self::Duplicate { line, .. } | Self::UnknownArticle { line, .. } => Some(*line),
        }
    }

    /// The message, in the reader's language.
    pub fn message(&self, tr: &Tr) -> String {
        let line = |id: &str, l: &u64| tr.n(id, "line", l);
        match self {
            Self::NotUtf8 => tr.t("stock-csv-not-utf8"),
            Self::Empty => tr.t("stock-csv-empty"),
            Self::Header => tr.t("stock-csv-header"),
            Self::TooMany => tr.n("stock-csv-too-many", "max", &(MAX_LOAD as u64)),
            Self::Malformed(l) => line("stock-csv-malformed", l),
            Self::Columns(l) => line("stock-csv-columns", l),
            Self::Article(l) => line("stock-csv-article", l),
            Self::Quantity(l) => line("stock-csv-quantity", l),
            Self::LimitedAt(l) => line("stock-csv-limited-at", l),
            Self::Date(l) => line("stock-csv-date", l),
            Self::Duplicate { line, article, first } => tessera_i18n::message(
                tr.lang,
                "stock-csv-duplicate",
                &[
                    ("line", tessera_i18n::Arg::from(*line)),
                    ("article", tessera_i18n::Arg::from(article.as_str())),
                    ("first", tessera_i18n::Arg::from(*first)),
                ],
            ),
            Self::UnknownArticle { line, article } => tessera_i18n::message(
                tr.lang,
                "stock-csv-unknown-article",
                &[("line", tessera_i18n::Arg::from(*line)), ("article", tessera_i18n::Arg::from(article.as_str()))],
            ),
        }
    }
}

/// An article number as the file gives it: 1 to 40 characters, no control characters.
fn article(raw: &str) -> Option<String> {
    let a = raw.trim();
    (!a.is_empty() && a.chars().count() <= 40 && !a.chars().any(char::is_control)).then(|| a.to_owned())
}

/// Reads the whole file: every row, or every problem (in line order).
pub fn parse(bytes: &[u8]) -> Result<Vec<StockLine>, Vec<StockProblem>> {
    let Ok(text) = std::str::from_utf8(bytes) else { return Err(vec![StockProblem::NotUtf8]) };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // One kind of line end, so line numbers are physical lines whatever wrote the file (the
    // `csv` reader counts a CRLF's line late).
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.as_str();
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first_line.is_empty() {
        return Err(vec![StockProblem::Empty]);
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
        Err(_) => return Err(vec![StockProblem::Header]),
    };
    // Where each column is; the header must name article and quantity, nothing unknown, no
    // column twice.
    let mut at: HashMap<&str, usize> = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.trim().to_ascii_lowercase();
        match COLUMNS.iter().find(|c| **c == name) {
            Some(c) if !at.contains_key(c) => {
                at.insert(c, i);
            }
            _ => return Err(vec![StockProblem::Header]),
        }
    }
    let (Some(&a_at), Some(&q_at)) = (at.get("article"), at.get("quantity")) else {
        return Err(vec![StockProblem::Header]);
    };
    let l_at = at.get("limited_at").copied();
    let d_at = at.get("expected_date").copied();
    let mut lines_seen = crate::csv_lines::LineCounter::new(text);
    let mut line_of = |p: Option<&csv::Position>| p.map_or(0, |p| lines_seen.line_at(p.byte()));
    let mut problems = Vec::new();
    let mut lines: Vec<StockLine> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut count = 0usize;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = line_of(e.position());
                problems.push(StockProblem::Malformed(line));
                continue;
            }
        };
        let line = line_of(record.position());
        if record.iter().all(str::is_empty) {
            continue;
        }
        count += 1;
        if count > MAX_LOAD {
            problems.push(StockProblem::TooMany);
            break;
        }
        if record.len() > header.len() {
            problems.push(StockProblem::Columns(line));
            continue;
        }
        let field = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("");
        let before = problems.len();
        let art = article(field(Some(a_at)));
        if art.is_none() {
            problems.push(StockProblem::Article(line));
        }
        let quantity = Count::parse(field(Some(q_at))).ok();
        if quantity.is_none() {
            problems.push(StockProblem::Quantity(line));
        }
        let limited_at = match field(l_at) {
            "" => Some(None),
            v => Count::parse(v).ok().map(Some),
        };
        if limited_at.is_none() {
            problems.push(StockProblem::LimitedAt(line));
        }
        let expected_date = match field(d_at) {
            "" => Some(None),
            v => parse_date(v).map(Some),
        };
        if expected_date.is_none() {
            problems.push(StockProblem::Date(line));
        }
        if let Some(a) = &art {
            if let Some(first) = seen.get(a) {
                problems.push(StockProblem::Duplicate { line, article: a.clone(), first: *first });
            } else {
                seen.insert(a.clone(), line);
            }
        }
        if problems.len() > before {
            continue;
        }
        let (Some(article), Some(quantity), Some(limited_at), Some(expected_date)) =
            (art, quantity, limited_at, expected_date)
        else {
            continue;
        };
        lines.push(StockLine {
            line,
            row: StockRow { article, level: StockLevel { quantity, limited_at, expected_date } },
        });
    }
    if problems.is_empty() && lines.is_empty() {
        problems.push(StockProblem::Empty);
    }
    if problems.is_empty() { Ok(lines) } else { Err(problems) }
}

/// The unknown articles of a read file as problems on their lines (`unknown` as the database
/// names them).
pub fn unknown_articles(lines: &[StockLine], unknown: &[String]) -> Vec<StockProblem> {
    lines
        .iter()
        .filter(|l| unknown.contains(&l.row.article))
        .map(|l| StockProblem::UnknownArticle { line: l.line, article: l.row.article.clone() })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn reads_semicolons_commas_decimals_and_dates() {
        let file =
            "\u{feff}article;quantity;limited_at;expected_date\r\n2124907;4000;;\r\n12345;12,5;3;2027-02-01\r\n\r\n";
        let rows = parse(file.as_bytes()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].row.article, "2124907");
        assert_eq!(rows[1].row.level.quantity.to_string(), "12.5");
        assert_eq!(rows[1].row.level.limited_at.unwrap().to_string(), "3");
        assert_eq!(rows[1].row.level.expected_date, NaiveDate::from_ymd_opt(2027, 2, 1));
        let commas = "article,quantity\n12345,\"1,5\"\nP199121,7.25\n";
        let rows = parse(commas.as_bytes()).unwrap();
        assert_eq!(rows[0].row.level.quantity.to_string(), "1.5");
        assert_eq!(rows[1].row.level.quantity.to_string(), "7.25");
        assert_eq!(rows[1].row.level.limited_at, None);
    }

    #[test]
    fn blank_lines_do_not_shift_line_numbers() {
        let file = "article;quantity\n\n12345;1\n\n\n2124907;x\n";
        assert_eq!(parse(file.as_bytes()).unwrap_err(), vec![StockProblem::Quantity(6)]);
        let rows = parse("article;quantity\n\n12345;1\n\n2124907;2\n".as_bytes()).unwrap();
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [3, 5]);
    }

    #[test]
    fn every_bad_line_by_number() {
        let file = "article;quantity;limited_at;expected_date\n2124907;-1;;\n;5;;\n12345;5;x;01.02.2027\n12345;5;;\n1;2;3;4;5\n";
        let problems = parse(file.as_bytes()).unwrap_err();
        assert_eq!(
            problems,
            vec![
                StockProblem::Quantity(2),
                StockProblem::Article(3),
                StockProblem::LimitedAt(4),
                StockProblem::Date(4),
                StockProblem::Duplicate { line: 5, article: "12345".into(), first: 4 },
                StockProblem::Columns(6),
            ]
        );
        let tr = Tr { lang: tessera_i18n::Lang::En };
        assert!(problems[0].message(&tr).contains('2'), "{}", problems[0].message(&tr));
    }

    #[test]
    fn header_encoding_and_empty_files() {
        assert_eq!(parse(b"item;qty\n1;2\n"), Err(vec![StockProblem::Header]));
        assert_eq!(parse(b"article;quantity;article\n"), Err(vec![StockProblem::Header]));
        assert_eq!(parse(b""), Err(vec![StockProblem::Empty]));
        assert_eq!(parse(b"article;quantity\n"), Err(vec![StockProblem::Empty]));
        assert_eq!(parse(b"article;quantity\n12345;\xff\n"), Err(vec![StockProblem::NotUtf8]));
    }
}
