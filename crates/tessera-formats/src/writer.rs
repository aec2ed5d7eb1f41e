//! Writers: the documented header and columns, `;`, CRLF, RFC 4180 quoting, the decimal
//! separator of the language, the formula guard, formwork in ISO-8859-2 padded.
use crate::format::{Column, Format, Kind, Level};
use crate::problem::Lang;
use crate::reader::Document;
use crate::value::{Value, format_date, format_decimal};
use std::fmt;
use std::io::{self, Write};

/// Writing options.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteOptions {
    /// The export language: `,` as decimal separator for Polish, `.` otherwise.
    pub lang: Lang,
}

/// Why a file could not be written.
#[derive(Debug)]
pub enum WriteError {
    Io(io::Error),
    /// A character that the file's encoding (ISO-8859-2 for formwork) cannot hold.
    Unencodable {
        column: &'static str,
        value: String,
        character: char,
    },
    /// A document of another format was given.
    WrongFormat {
        expected: Format,
        found: Format,
    },
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Io(e) => write!(f, "{e}"),
            WriteError::Unencodable { column, value, character } => write!(
                f,
                "column {column}: the value \"{value}\" has the character '{character}', which ISO-8859-2 cannot hold"
            ),
            WriteError::WrongFormat { expected, found } => {
                write!(f, "a {found} document cannot be written as {expected}")
            }
        }
    }
}

impl std::error::Error for WriteError {}

impl From<io::Error> for WriteError {
    fn from(e: io::Error) -> Self {
        WriteError::Io(e)
    }
}

/// The formula guard: a text that begins with `=`, `+`, `-`, `@`, tab, CR or `'` gets a
/// leading `'` (OWASP CSV injection); the reader's text-mark rule takes it off again.
pub fn guard_formula(s: &str) -> std::borrow::Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\'') => format!("'{s}").into(),
        _ => s.into(),
    }
}

/// RFC 4180 quoting: a value holding `;`, `"`, CR or LF is quoted, `"` doubled.
pub fn quote(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([';', '"', '\r', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")).into() } else { s.into() }
}

fn is_text(kind: Kind) -> bool {
    matches!(kind, Kind::Text | Kind::Serials | Kind::Category | Kind::WarehouseType)
}

/// One cell, before padding and quoting.
fn cell(format: Format, col: &Column, v: Option<&Value>, comma: bool) -> String {
    match v {
        None => String::new(),
        Some(Value::Decimal(d)) => format_decimal(*d, comma),
        Some(Value::Date(d)) => format_date(*d, format.date_style()),
        Some(Value::List(l)) => guard_formula(&l.join(" | ")).into_owned(),
        Some(Value::Text(s)) if is_text(col.kind) => guard_formula(s).into_owned(),
        Some(Value::Text(s) | Value::Code(s)) => s.clone(),
    }
}

fn rows(format: Format, docs: &[Document], comma: bool) -> Result<Vec<Vec<String>>, WriteError> {
    let cols = format.columns();
    let mut out = Vec::new();
    for doc in docs {
        if doc.format != format {
            return Err(WriteError::WrongFormat { expected: format, found: doc.format });
        }
        let number = Value::Text(doc.number.clone());
        let date = doc.date.map(Value::Date);
        for line in &doc.lines {
            let (mut di, mut li) = (0, 0);
            let row = cols
                .iter()
                .map(|c| {
                    let v = match c.level {
                        Level::Number => Some(&number),
                        Level::Date => date.as_ref(),
                        Level::Doc => {
                            di += 1;
                            doc.fields.get(di - 1).and_then(Option::as_ref)
                        }
                        Level::Line => {
                            li += 1;
                            line.values.get(li - 1).and_then(Option::as_ref)
                        }
                    };
                    cell(format, c, v, comma)
                })
                .collect();
            out.push(row);
        }
    }
    Ok(out)
}

/// Writes documents of one format: header, one row per line item, CRLF.
/// Formwork is written in ISO-8859-2 with text padded to the widest value of its column;
/// the others in UTF-8 without BOM.
pub fn write_documents<W: Write>(
    mut w: W,
    format: Format,
    docs: &[Document],
    options: WriteOptions,
) -> Result<(), WriteError> {
    let cols = format.columns();
    let comma = options.lang.decimal_comma();
    let rows = rows(format, docs, comma)?;
    let formwork = format == Format::Formwork;
    let mut widths = vec![0usize; cols.len()];
    if formwork {
        for row in &rows {
            for (i, v) in row.iter().enumerate() {
                if is_text(cols[i].kind) {
                    widths[i] = widths[i].max(v.chars().count());
                }
            }
        }
    }
    let mut line = String::new();
    let emit = |w: &mut W, line: &str| -> Result<(), WriteError> {
        if formwork {
            let (bytes, _, bad) = encoding_rs::ISO_8859_2.encode(line);
            if bad {
                return Err(WriteError::Unencodable { column: "", value: line.to_string(), character: '?' });
            }
            w.write_all(&bytes)?;
        } else {
            w.write_all(line.as_bytes())?;
        }
        Ok(())
    };
    for (i, c) in cols.iter().enumerate() {
        if i > 0 {
            line.push(';');
        }
        line.push_str(c.name);
    }
    line.push_str("\r\n");
    emit(&mut w, &line)?;
    for row in &rows {
        line.clear();
        for (i, v) in row.iter().enumerate() {
            if i > 0 {
                line.push(';');
            }
            if formwork
                && let Some(ch) = v.chars().find(|ch| {
                    let mut b = [0u8; 4];
                    encoding_rs::ISO_8859_2.encode(ch.encode_utf8(&mut b)).2
                })
            {
                return Err(WriteError::Unencodable { column: cols[i].name, value: v.clone(), character: ch });
            }
            let mut v = std::borrow::Cow::Borrowed(v.as_str());
            if formwork && is_text(cols[i].kind) {
                let pad = widths[i].saturating_sub(v.chars().count());
                if pad > 0 {
                    v = format!("{v}{}", " ".repeat(pad)).into();
                }
            }
            line.push_str(&quote(&v));
        }
        line.push_str("\r\n");
        emit(&mut w, &line)?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    #[test]
    fn owasp_csv_injection_payloads_are_guarded() {
        // OWASP "CSV Injection" examples
        for payload in [
            "=1+2",
            "=1+2\";=1+2",
            "=1+2'\" ;,=1+2",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "@SUM(1+9)*cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "=cmd|' /C calc'!A0",
            "\t=1+2",
            "\r=1+2",
            "'=1+2",
        ] {
            let g = guard_formula(payload);
            assert!(g.starts_with('\''), "{payload}");
            assert_eq!(&g[1..], payload);
        }
        assert_eq!(guard_formula("SCREW 1/2\""), "SCREW 1/2\"");
    }

    #[test]
    fn quoting_follows_rfc_4180() {
        assert_eq!(quote("a;b"), "\"a;b\"");
        assert_eq!(quote("RURA 1/2\""), "\"RURA 1/2\"\"\"");
        assert_eq!(quote("two\r\nlines"), "\"two\r\nlines\"");
        assert_eq!(quote("plain"), "plain");
    }
}
