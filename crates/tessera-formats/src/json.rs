//! The normalized JSON report read back into documents (for `formats convert --from json`).
use crate::encoding::Encoding;
use crate::format::{Column, Format, Kind};
use crate::reader::{Document, LineItem, Report};
use crate::value::{Value, parse_category, parse_date, parse_decimal, parse_warehouse_type};
use chrono::NaiveDate;

fn bad(msg: impl Into<String>) -> String {
    msg.into()
}

fn value(col: &Column, v: &serde_json::Value) -> Result<Option<Value>, String> {
    let what = |v: &serde_json::Value| format!("{}: unexpected value {v}", col.key);
    match (col.kind, v) {
        (_, serde_json::Value::Null) => Ok(None),
        (Kind::Serials, serde_json::Value::Array(a)) => {
            if a.is_empty() {
                return Ok(None);
            }
            let l: Result<Vec<String>, String> =
                a.iter().map(|s| s.as_str().map(str::to_string).ok_or_else(|| what(s))).collect();
            Ok(Some(Value::List(l?)))
        }
        (Kind::Text, serde_json::Value::String(s)) => Ok(Some(Value::Text(s.clone()))),
        (Kind::Decimal, serde_json::Value::String(s)) => {
            Ok(Some(Value::Decimal(parse_decimal(s).map_err(|_| what(v))?)))
        }
        (Kind::Date, serde_json::Value::String(s)) => {
            Ok(Some(Value::Date(parse_date(s, crate::format::DateStyle::Iso).map_err(|_| what(v))?)))
        }
        (Kind::WarehouseType, serde_json::Value::String(s)) => {
            Ok(Some(Value::Code(parse_warehouse_type(s).ok_or_else(|| what(v))?.to_string())))
        }
        (Kind::Category, serde_json::Value::String(s)) => {
            Ok(Some(Value::Code(parse_category(s).ok_or_else(|| what(v))?.to_string())))
        }
        _ => Err(what(v)),
    }
}

/// Reads a JSON report (the shape of `formats check --json`) back into documents. The JSON is
/// trusted to be a report this crate wrote; its `errors` must be empty.
pub fn report_from_json(bytes: &[u8], format: Format) -> Result<Report, String> {
    let j: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
    if let Some(f) = j.get("format").and_then(|f| f.as_str())
        && f != format.id()
    {
        return Err(bad(format!("the JSON holds a {f} report, not {}", format.id())));
    }
    if j.get("errors").and_then(|e| e.as_array()).is_some_and(|e| !e.is_empty()) {
        return Err(bad("the JSON report has errors"));
    }
    let docs = j.get("documents").and_then(|d| d.as_array()).ok_or_else(|| bad("no \"documents\" array"))?;
    let mut documents = Vec::new();
    for d in docs {
        let number = d.get("number").and_then(|n| n.as_str()).ok_or_else(|| bad("a document has no number"))?;
        let date = match d.get("date").and_then(|n| n.as_str()) {
            Some(s) => Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("date {s}: {e}"))?),
            None => None,
        };
        let fields_j = d.get("fields").cloned().unwrap_or(serde_json::Value::Null);
        let mut fields = Vec::new();
        for c in format.doc_columns() {
            fields.push(value(c, fields_j.get(c.key).unwrap_or(&serde_json::Value::Null))?);
        }
        let mut lines = Vec::new();
        for l in d.get("lines").and_then(|l| l.as_array()).map(Vec::as_slice).unwrap_or(&[]) {
            let mut values = Vec::new();
            for c in format.line_columns() {
                values.push(value(c, l.get(c.key).unwrap_or(&serde_json::Value::Null))?);
            }
            let line = l.get("line").and_then(serde_json::Value::as_u64).unwrap_or(0);
            lines.push(LineItem { line, values });
        }
        documents.push(Document { format, number: number.to_string(), date, fields, lines });
    }
    Ok(Report { format, encoding: Encoding::Utf8, documents, errors: Vec::new(), warnings: Vec::new() })
}
