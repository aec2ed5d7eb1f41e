//! Values of a normalized document: text, exact decimals, dates, codes, serials;
//! and the number and date rules of the spec.
use crate::format::DateStyle;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::fmt;

/// A normalized value of one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Decimal(Decimal),
    Date(NaiveDate),
    /// A code (warehouse type, formwork category), upper case and canonical.
    Code(String),
    /// Serial numbers (small appliances).
    List(Vec<String>),
}

impl Value {
    /// The value as text, when it is text or a code.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Text(s) | Value::Code(s) => Some(s),
            _ => None,
        }
    }

    /// The value as a decimal.
    pub fn as_decimal(&self) -> Option<Decimal> {
        match self {
            Value::Decimal(d) => Some(*d),
            _ => None,
        }
    }

    /// The value as a date.
    pub fn as_date(&self) -> Option<NaiveDate> {
        match self {
            Value::Date(d) => Some(*d),
            _ => None,
        }
    }

    /// The value as a list of serial numbers.
    pub fn as_list(&self) -> Option<&[String]> {
        match self {
            Value::List(l) => Some(l),
            _ => None,
        }
    }

    /// The JSON representation: decimals as strings with `.`, dates ISO 8601.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Text(s) | Value::Code(s) => serde_json::Value::String(s.clone()),
            Value::Decimal(d) => serde_json::Value::String(d.to_string()),
            Value::Date(d) => serde_json::Value::String(d.format("%Y-%m-%d").to_string()),
            Value::List(l) => {
                serde_json::Value::Array(l.iter().map(|s| serde_json::Value::String(s.clone())).collect())
            }
        }
    }
}

/// Why a text is not an acceptable number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// Two or more `.`/`,` (grouping with `.` or `,`): cannot tell thousands from decimals.
    Ambiguous,
    /// A currency sign or code.
    Currency,
    /// Parentheses (accounting negatives).
    Parentheses,
    /// An exponent (`1E5`).
    Exponent,
    /// Space-grouped thousands not in groups of three.
    Grouping,
    /// A decimal separator without digits on both sides.
    MissingDigits,
    /// More digits than an exact decimal holds (28).
    TooLarge,
    /// Anything else.
    NotANumber,
}

fn is_nbsp(s: &[u8], i: usize) -> bool {
    s.get(i) == Some(&0xC2) && s.get(i + 1) == Some(&0xA0)
}

/// Parses a number per the spec (the field is already trimmed and the text mark dropped).
#[inline(always)]
pub fn parse_decimal(s: &str) -> Result<Decimal, NumberError> {
    match parse_decimal_fast(s.as_bytes()) {
        Some(Ok(d)) => Ok(d),
        Some(Err(e)) => match classify_number_error(s) {
            NumberError::NotANumber | NumberError::MissingDigits | NumberError::Ambiguous => Err(e),
            specific => Err(specific),
        },
        None => Err(classify_number_error(s)),
    }
}

/// [`parse_decimal`] over the bytes of a `&str` (the hot path of the reader).
#[inline(always)]
pub fn parse_decimal_bytes(b: &[u8]) -> Result<Decimal, NumberError> {
    match parse_decimal_fast(b) {
        Some(Ok(d)) => Ok(d),
        _ => parse_decimal(&String::from_utf8_lossy(b)),
    }
}

/// `None` when the text does not follow the grammar (classified afterwards).
#[inline(always)]
fn parse_decimal_fast(b: &[u8]) -> Option<Result<Decimal, NumberError>> {
    let mut i = 0;
    let mut neg = false;
    if b.first() == Some(&b'-') {
        neg = true;
        i = 1;
    } else if b.starts_with("\u{2212}".as_bytes()) {
        neg = true;
        i = 3;
    }
    // up to 19 digits in a u64, more in an i128 (28 at most are accepted)
    let mut small: u64 = 0;
    let mut mant: i128 = 0;
    let mut significant = 0u32;
    let mut push = |d: u8| {
        if significant == 0 && d == b'0' {
            return;
        }
        significant += 1;
        if significant <= 19 {
            small = small * 10 + u64::from(d - b'0');
        } else if significant <= 29 {
            if significant == 20 {
                mant = i128::from(small);
            }
            mant = mant * 10 + i128::from(d - b'0');
        }
    };
    let start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        push(b[i]);
        i += 1;
    }
    let first_group = i - start;
    if first_group == 0 {
        return None;
    }
    // space-grouped thousands: 1-3 digits, then groups of exactly three
    loop {
        let sep_len = if b.get(i) == Some(&b' ') {
            1
        } else if is_nbsp(b, i) {
            2
        } else {
            0
        };
        if sep_len == 0 {
            break;
        }
        if first_group > 3 {
            return Some(Err(NumberError::Grouping));
        }
        let g = i + sep_len;
        if b.len() < g + 3
            || !b[g..g + 3].iter().all(u8::is_ascii_digit)
            || b.get(g + 3).is_some_and(u8::is_ascii_digit)
        {
            return Some(Err(NumberError::Grouping));
        }
        for &d in &b[g..g + 3] {
            push(d);
        }
        i = g + 3;
    }
    let mut scale = 0u32;
    if i < b.len() && (b[i] == b'.' || b[i] == b',') {
        i += 1;
        let fstart = i;
        while i < b.len() && b[i].is_ascii_digit() {
            push(b[i]);
            scale += 1;
            i += 1;
        }
        if i == fstart {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    if significant > 28 || scale > 28 {
        return Some(Err(NumberError::TooLarge));
    }
    if significant <= 19 {
        let mut d = Decimal::from_parts(small as u32, (small >> 32) as u32, 0, false, 0);
        if d.set_scale(scale).is_err() {
            return Some(Err(NumberError::TooLarge));
        }
        d.set_sign_negative(neg && small != 0);
        return Some(Ok(d));
    }
    if neg {
        mant = -mant;
    }
    Some(Decimal::try_from_i128_with_scale(mant, scale).map_err(|_| NumberError::TooLarge))
}

fn classify_number_error(s: &str) -> NumberError {
    let lower = s.to_lowercase();
    if s.chars().any(|c| matches!(c, '$' | '€' | '£' | '¥' | '₽' | '₴' | '¢' | '₿'))
        || ["zł", "zl", "pln", "eur", "usd", "gbp", "chf"].iter().any(|c| lower.contains(c))
    {
        return NumberError::Currency;
    }
    if s.contains('(') || s.contains(')') {
        return NumberError::Parentheses;
    }
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let seps = s.chars().filter(|c| *c == '.' || *c == ',').count();
    if digits > 0 && (lower.contains('e')) && lower.chars().all(|c| c.is_ascii_digit() || "e+-.,".contains(c)) {
        return NumberError::Exponent;
    }
    if digits > 0 && seps > 1 && s.chars().all(|c| c.is_ascii_digit() || ".,- \u{a0}\u{2212}".contains(c)) {
        return NumberError::Ambiguous;
    }
    if digits > 0 && seps == 1 && s.chars().all(|c| c.is_ascii_digit() || ".,-\u{2212}".contains(c)) {
        return NumberError::MissingDigits;
    }
    NumberError::NotANumber
}

/// Why a text is not an acceptable date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not in an accepted pattern.
    Pattern,
    /// In a pattern, but no such day (`2020-02-30`, month 13).
    Impossible,
}

fn num(part: &str, min: usize, max: usize) -> Option<u32> {
    if part.len() < min || part.len() > max || !part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    part.parse().ok()
}

fn split3(s: &str, sep: char) -> Option<(&str, &str, &str)> {
    let mut it = s.split(sep);
    let a = it.next()?;
    let b = it.next()?;
    let c = it.next()?;
    if it.next().is_some() {
        return None;
    }
    Some((a, b, c))
}

fn ymd(y: u32, m: u32, d: u32) -> Result<NaiveDate, DateError> {
    let y = i32::try_from(y).map_err(|_| DateError::Pattern)?;
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateError::Impossible)
}

/// Parses a date in the format's pattern (one-digit day and month accepted), or `dd.MM.yyyy`;
/// formwork also `DD.MM.YY` and, with `/`, `MM/DD/YY(YY)`.
pub fn parse_date(s: &str, style: DateStyle) -> Result<NaiveDate, DateError> {
    if let Some((d, m, y)) = split3(s, '.') {
        let (Some(d), Some(m)) = (num(d, 1, 2), num(m, 1, 2)) else {
            return Err(DateError::Pattern);
        };
        if let Some(y) = num(y, 4, 4) {
            return ymd(y, m, d);
        }
        if style == DateStyle::Formwork
            && let Some(y) = num(y, 2, 2)
        {
            return ymd(2000 + y, m, d);
        }
        return Err(DateError::Pattern);
    }
    match style {
        DateStyle::Iso => {
            let (y, m, d) = split3(s, '-').ok_or(DateError::Pattern)?;
            match (num(y, 4, 4), num(m, 1, 2), num(d, 1, 2)) {
                (Some(y), Some(m), Some(d)) => ymd(y, m, d),
                _ => Err(DateError::Pattern),
            }
        }
        DateStyle::DayMonthYearDash => {
            let (d, m, y) = split3(s, '-').ok_or(DateError::Pattern)?;
            match (num(d, 1, 2), num(m, 1, 2), num(y, 4, 4)) {
                (Some(d), Some(m), Some(y)) => ymd(y, m, d),
                _ => Err(DateError::Pattern),
            }
        }
        DateStyle::Formwork => {
            let (m, d, y) = split3(s, '/').ok_or(DateError::Pattern)?;
            let (Some(m), Some(d)) = (num(m, 1, 2), num(d, 1, 2)) else {
                return Err(DateError::Pattern);
            };
            if let Some(y) = num(y, 2, 2) {
                ymd(2000 + y, m, d)
            } else if let Some(y) = num(y, 4, 4) {
                ymd(y, m, d)
            } else {
                Err(DateError::Pattern)
            }
        }
    }
}

/// Writes a date in the format's documented pattern. Formwork years outside 2000–2099
/// cannot be written as `YY` and are written `DD.MM.YYYY` (which the reader accepts).
pub fn format_date(d: NaiveDate, style: DateStyle) -> String {
    match style {
        DateStyle::Iso => d.format("%Y-%m-%d").to_string(),
        DateStyle::DayMonthYearDash => d.format("%d-%m-%Y").to_string(),
        DateStyle::Formwork => {
            if (2000..=2099).contains(&d.year()) {
                d.format("%d.%m.%y").to_string()
            } else {
                d.format("%d.%m.%Y").to_string()
            }
        }
    }
}

/// The accepted warehouse document types.
pub const WAREHOUSE_TYPES: [&str; 4] = ["RECEIPT", "RELEASE", "TRANSFER", "RETURN"];

/// Maps a warehouse type (case-insensitive, Polish codes included) to its canonical name.
pub fn parse_warehouse_type(s: &str) -> Option<&'static str> {
    const MAP: [(&str, &str); 9] = [
        ("RECEIPT", "RECEIPT"),
        ("RELEASE", "RELEASE"),
        ("TRANSFER", "TRANSFER"),
        ("RETURN", "RETURN"),
        ("PZ", "RECEIPT"),
        ("PW", "RECEIPT"),
        ("WZ", "RELEASE"),
        ("RW", "RELEASE"),
        ("MM", "TRANSFER"),
    ];
    MAP.iter().find(|(k, _)| k.eq_ignore_ascii_case(s)).map(|(_, v)| *v)
}

/// Maps a formwork category (case-insensitive) to `A`..`D`.
pub fn parse_category(s: &str) -> Option<&'static str> {
    match s {
        "A" | "a" => Some("A"),
        "B" | "b" => Some("B"),
        "C" | "c" => Some("C"),
        "D" | "d" => Some("D"),
        _ => None,
    }
}

/// Splits serial numbers on `|`, trimmed, empty ones dropped.
pub fn parse_serials(s: &str) -> Vec<String> {
    s.split('|').map(crate::text::trim).filter(|p| !p.is_empty()).map(str::to_string).collect()
}

/// A decimal written with the separator of the language (`,` for Polish).
pub fn format_decimal(d: Decimal, comma: bool) -> String {
    let s = d.to_string();
    if comma { s.replace('.', ",") } else { s }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Text(s) | Value::Code(s) => f.write_str(s),
            Value::Decimal(d) => write!(f, "{d}"),
            Value::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Value::List(l) => f.write_str(&l.join(" | ")),
        }
    }
}
