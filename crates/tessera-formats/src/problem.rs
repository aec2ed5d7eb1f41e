//! Errors and warnings found in a file, and their messages in English, Polish and German.
use crate::encoding::{Encoding, EncodingNote};
use crate::value::{DateError, NumberError};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

/// The language of messages and of exported numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Pl,
    De,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Pl, Lang::De];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
            Lang::De => "de",
        }
    }

    /// Whether numbers are written with a decimal comma in this language (spec: `,` for
    /// Polish, `.` otherwise).
    pub fn decimal_comma(self) -> bool {
        self == Lang::Pl
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en/formats.ftl"),
            Lang::Pl => include_str!("../locales/pl/formats.ftl"),
            Lang::De => include_str!("../locales/de/formats.ftl"),
        }
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "pl" => Ok(Lang::Pl),
            "de" => Ok(Lang::De),
            _ => Err(format!("unknown language '{s}'; use en, pl or de")),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Error or warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// What is wrong, with the data of each problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The detected encoding is not the documented one.
    Encoding(EncodingNote),
    /// Bytes that are not valid in the encoding (UTF-8 after a BOM or when forced).
    InvalidBytes { encoding: Encoding },
    /// A control character other than tab.
    ControlCharacter { code: u32 },
    /// A record longer than the limit.
    RecordTooLong { limit_bytes: usize },
    /// A quoted value never closed.
    UnterminatedQuote,
    /// The file has no rows at all.
    EmptyFile,
    /// A header but no data rows.
    NoDataRows,
    /// The first row reads as data.
    HeaderMissing,
    /// No header name is known: columns taken by position.
    HeaderPositional,
    /// Header names not known.
    HeaderUnknown { names: Vec<String> },
    /// Header names given twice.
    HeaderDuplicate { names: Vec<String> },
    /// Columns the header does not name.
    HeaderMissingColumns { names: Vec<String> },
    /// A row with the wrong number of fields.
    WrongWidth { expected: usize, found: usize },
    /// A required field is empty.
    Required,
    /// Not a number.
    Number(NumberError),
    /// Not a date.
    Date { error: DateError, pattern: &'static str },
    /// Unknown warehouse type.
    UnknownType { accepted: Vec<&'static str> },
    /// Unknown formwork category.
    UnknownCategory,
    /// A document-level field that differs from the document's first row.
    Disagrees { first_line: u64, first_value: String },
    /// A one-document file with another document number.
    ExtraDocument { first_number: String, first_line: u64 },
    /// Price differs from unit price × count by more than 0.01.
    PriceMismatch { expected: String },
    /// Complaint: a negative count.
    NegativeCount,
    /// Complaint: neither count greater than zero.
    NoComplaintCount,
    /// Small appliances: number of serials differs from the quantity.
    SerialCount { serials: usize, quantity: String },
    /// XML with a DOCTYPE (refused: no DTD processing).
    XmlDoctype,
    /// XML that is not well-formed or not of the expected kind.
    XmlSyntax { detail: String },
    /// A required XML element is missing.
    XmlMissing { element: String },
}

impl ProblemKind {
    /// Error or warning.
    pub fn severity(&self) -> Severity {
        match self {
            ProblemKind::Encoding(_)
            | ProblemKind::HeaderPositional
            | ProblemKind::PriceMismatch { .. }
            | ProblemKind::SerialCount { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The message id in the catalogue and its arguments.
    fn id_and_args(&self) -> (&'static str, Vec<(&'static str, String)>) {
        use ProblemKind as K;
        match self {
            K::Encoding(EncodingNote::Windows1250Fallback) => ("encoding-windows-1250-fallback", vec![]),
            K::Encoding(EncodingNote::FormworkBom) => ("encoding-formwork-bom", vec![]),
            K::Encoding(EncodingNote::FormworkUtf8) => ("encoding-formwork-utf8", vec![]),
            K::Encoding(EncodingNote::FormworkWindows1250) => ("encoding-formwork-windows-1250", vec![]),
            K::InvalidBytes { encoding } => ("invalid-bytes", vec![("encoding", encoding.name().to_string())]),
            K::ControlCharacter { code } => ("control-character", vec![("code", format!("U+{code:04X}"))]),
            K::RecordTooLong { limit_bytes } => ("record-too-long", vec![("limit", (limit_bytes / 1024).to_string())]),
            K::UnterminatedQuote => ("unterminated-quote", vec![]),
            K::EmptyFile => ("empty-file", vec![]),
            K::NoDataRows => ("no-data-rows", vec![]),
            K::HeaderMissing => ("header-missing", vec![]),
            K::HeaderPositional => ("header-positional", vec![]),
            K::HeaderUnknown { names } => ("header-unknown", vec![("names", names.join(", "))]),
            K::HeaderDuplicate { names } => ("header-duplicate", vec![("names", names.join(", "))]),
            K::HeaderMissingColumns { names } => ("header-missing-columns", vec![("names", names.join(", "))]),
            K::WrongWidth { expected, found } => {
                ("wrong-width", vec![("expected", expected.to_string()), ("found", found.to_string())])
            }
            K::Required => ("required", vec![]),
            K::Number(e) => (
                match e {
                    NumberError::Ambiguous => "number-ambiguous",
                    NumberError::Currency => "number-currency",
                    NumberError::Parentheses => "number-parentheses",
                    NumberError::Exponent => "number-exponent",
                    NumberError::Grouping => "number-grouping",
                    NumberError::MissingDigits => "number-missing-digits",
                    NumberError::TooLarge => "number-too-large",
                    NumberError::NotANumber => "number-invalid",
                },
                vec![],
            ),
            K::Date { error: DateError::Pattern, pattern } => {
                ("date-pattern", vec![("pattern", (*pattern).to_string())])
            }
            K::Date { error: DateError::Impossible, .. } => ("date-impossible", vec![]),
            K::UnknownType { accepted } => ("unknown-type", vec![("accepted", accepted.join(", "))]),
            K::UnknownCategory => ("unknown-category", vec![]),
            K::Disagrees { first_line, first_value } => {
                ("disagrees", vec![("first_line", first_line.to_string()), ("first_value", first_value.clone())])
            }
            K::ExtraDocument { first_number, first_line } => {
                ("extra-document", vec![("first_number", first_number.clone()), ("first_line", first_line.to_string())])
            }
            K::PriceMismatch { expected } => ("price-mismatch", vec![("expected", expected.clone())]),
            K::NegativeCount => ("negative-count", vec![]),
            K::NoComplaintCount => ("no-complaint-count", vec![]),
            K::SerialCount { serials, quantity } => {
                ("serial-count", vec![("serials", serials.to_string()), ("quantity", quantity.clone())])
            }
            K::XmlDoctype => ("xml-doctype", vec![]),
            K::XmlSyntax { detail } => ("xml-syntax", vec![("detail", detail.clone())]),
            K::XmlMissing { element } => ("xml-missing", vec![("element", element.clone())]),
        }
    }

    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        let (id, args) = self.id_and_args();
        render(lang, id, &args)
    }
}

/// One error or warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The physical line (1-based) where the record starts; 1 for problems of the whole file.
    pub line: u64,
    /// The seed's column name, when the problem is about one column.
    pub column: Option<&'static str>,
    /// The value as read.
    pub value: Option<String>,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(line: u64, column: Option<&'static str>, value: Option<String>, kind: ProblemKind) -> Self {
        Problem { line, column, value, kind }
    }

    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        self.kind.message(lang)
    }

    /// The JSON form: `line`, `column`, `value`, `message`.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        serde_json::json!({
            "line": self.line,
            "column": self.column,
            "value": self.value,
            "message": self.message(lang),
        })
    }

    /// One line for people: `line 7, ITEM_COUNT "5,0,0": …`.
    pub fn human(&self, lang: Lang) -> String {
        let label = match lang {
            Lang::En => "line",
            Lang::Pl => "wiersz",
            Lang::De => "Zeile",
        };
        let mut s = format!("{label} {}", self.line);
        if let Some(c) = self.column {
            s.push_str(", ");
            s.push_str(c);
        }
        if let Some(v) = &self.value {
            s.push_str(&format!(" \"{}\"", v.escape_debug()));
        }
        s.push_str(": ");
        s.push_str(&self.message(lang));
        s
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static B: OnceLock<[Bundle; 3]> = OnceLock::new();
    B.get_or_init(|| Lang::ALL.map(make_bundle))
}

fn make_bundle(lang: Lang) -> Bundle {
    let langid: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let res = match FluentResource::try_new(lang.source().to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let _ = bundle.add_resource(res);
    bundle
}

/// Renders a catalogue message; an id missing from a language falls back to English, then to
/// the id itself (the test `every_message_exists_in_every_language` guarantees neither happens).
pub fn render(lang: Lang, id: &str, args: &[(&'static str, String)]) -> String {
    let all = bundles();
    let order = [lang, Lang::En];
    for l in order {
        let bundle = &all[l as usize];
        if let Some(msg) = bundle.get_message(id)
            && let Some(pattern) = msg.value()
        {
            let mut fargs = FluentArgs::new();
            for (k, v) in args {
                fargs.set(*k, v.clone());
            }
            let mut errors = vec![];
            return bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
        }
    }
    id.to_string()
}

/// Whether a message id exists in a language (for tests and tooling).
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundles()[lang as usize].get_message(id).is_some()
}

/// Every message id of the English catalogue.
pub fn message_ids() -> Vec<String> {
    Lang::En
        .source()
        .lines()
        .filter_map(|l| {
            let (id, _) = l.split_once(" =")?;
            (!id.starts_with([' ', '#', '-']) && !id.is_empty()).then(|| id.trim().to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    #[test]
    fn every_message_exists_in_every_language() {
        let ids = message_ids();
        assert!(ids.len() > 30, "{ids:?}");
        for lang in Lang::ALL {
            for id in &ids {
                assert!(has_message(lang, id), "{id} missing in {lang}");
            }
            // and no language has ids English lacks
            let src = lang.source();
            for l in src.lines() {
                if let Some((id, _)) = l.split_once(" =")
                    && !id.starts_with([' ', '#', '-'])
                    && !id.is_empty()
                {
                    assert!(ids.contains(&id.trim().to_string()), "{id} only in {lang}");
                }
            }
        }
    }

    #[test]
    fn every_problem_kind_renders_in_every_language() {
        let kinds = vec![
            ProblemKind::Encoding(EncodingNote::Windows1250Fallback),
            ProblemKind::Encoding(EncodingNote::FormworkBom),
            ProblemKind::Encoding(EncodingNote::FormworkUtf8),
            ProblemKind::Encoding(EncodingNote::FormworkWindows1250),
            ProblemKind::InvalidBytes { encoding: Encoding::Utf8 },
            ProblemKind::ControlCharacter { code: 0 },
            ProblemKind::RecordTooLong { limit_bytes: 1 << 20 },
            ProblemKind::UnterminatedQuote,
            ProblemKind::EmptyFile,
            ProblemKind::NoDataRows,
            ProblemKind::HeaderMissing,
            ProblemKind::HeaderPositional,
            ProblemKind::HeaderUnknown { names: vec!["X".into()] },
            ProblemKind::HeaderDuplicate { names: vec!["X".into()] },
            ProblemKind::HeaderMissingColumns { names: vec!["X".into()] },
            ProblemKind::WrongWidth { expected: 13, found: 12 },
            ProblemKind::Required,
            ProblemKind::Number(NumberError::Ambiguous),
            ProblemKind::Number(NumberError::Currency),
            ProblemKind::Number(NumberError::Parentheses),
            ProblemKind::Number(NumberError::Exponent),
            ProblemKind::Number(NumberError::Grouping),
            ProblemKind::Number(NumberError::MissingDigits),
            ProblemKind::Number(NumberError::TooLarge),
            ProblemKind::Number(NumberError::NotANumber),
            ProblemKind::Date { error: DateError::Pattern, pattern: "yyyy-MM-dd" },
            ProblemKind::Date { error: DateError::Impossible, pattern: "yyyy-MM-dd" },
            ProblemKind::UnknownType { accepted: vec!["RECEIPT"] },
            ProblemKind::UnknownCategory,
            ProblemKind::Disagrees { first_line: 2, first_value: "x".into() },
            ProblemKind::ExtraDocument { first_number: "A".into(), first_line: 2 },
            ProblemKind::PriceMismatch { expected: "1.00".into() },
            ProblemKind::NegativeCount,
            ProblemKind::NoComplaintCount,
            ProblemKind::SerialCount { serials: 1, quantity: "2".into() },
            ProblemKind::XmlDoctype,
            ProblemKind::XmlSyntax { detail: "x".into() },
            ProblemKind::XmlMissing { element: "cbc:ID".into() },
        ];
        for k in kinds {
            let (id, args) = k.id_and_args();
            for lang in Lang::ALL {
                assert!(has_message(lang, id), "{id} missing in {lang}");
                let m = k.message(lang);
                assert!(!m.contains("{$") && !m.contains("Unknown variable"), "{id}/{lang}: {m}");
                for (_, v) in &args {
                    assert!(m.contains(v.as_str()), "{id}/{lang} does not show {v}: {m}");
                }
            }
        }
    }
}
