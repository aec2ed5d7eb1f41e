//! Delivery XML: Tessera's own schema (`docs/formats.xsd`, namespace [`NAMESPACE`]) and OASIS
//! UBL 2.1 `DespatchAdvice` (mapping in the spec). No DTD, no external entities: a document
//! with a DOCTYPE is refused before anything else is read (this also stops "billion laughs").
//!
//! Values from XML go through exactly the rules of the delivery CSV (numbers, dates, required
//! fields, the price check): the XML is turned into delivery rows and read by the CSV reader,
//! and each problem is reported at the XML line of the element it comes from.
use crate::encoding::Encoding;
use crate::format::{Format, Level};
use crate::problem::{Problem, ProblemKind};
use crate::reader::{Document, ReadOptions, Report, read_all};
use crate::value::{Value, format_date};
use crate::writer::{WriteError, guard_formula, quote};
use quick_xml::events::Event as X;
use std::collections::HashMap;
use std::io::Write;

/// The namespace of Tessera's delivery XML.
pub const NAMESPACE: &str = "urn:tessera:formats:delivery:1";

/// Limits that keep a hostile document from using unbounded memory.
const MAX_DEPTH: usize = 64;
const MAX_NODES: usize = 1_000_000;

#[derive(Debug, Default)]
struct Node {
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
    line: u64,
    children: Vec<Node>,
}

impl Node {
    fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name == name)
    }

    fn path(&self, path: &[&str]) -> Option<&Node> {
        let mut n = self;
        for p in path {
            n = n.child(p)?;
        }
        Some(n)
    }

    fn text_at(&self, path: &[&str]) -> Option<String> {
        self.path(path).map(|n| n.text.clone())
    }
}

fn syntax(line: u64, detail: impl Into<String>) -> Problem {
    Problem::new(line, None, None, ProblemKind::XmlSyntax { detail: detail.into() })
}

fn line_at(bytes: &[u8], pos: u64) -> u64 {
    let end = usize::try_from(pos).unwrap_or(usize::MAX).min(bytes.len());
    1 + bytes[..end].iter().filter(|&&b| b == b'\n').count() as u64
}

/// Parses into a small tree, refusing DOCTYPE and unknown entities.
fn parse(bytes: &[u8]) -> Result<Node, Problem> {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    reader.config_mut().trim_text(false);
    let mut buf = Vec::new();
    let mut stack: Vec<Node> = vec![Node::default()];
    let mut nodes = 0usize;
    loop {
        let pos = reader.buffer_position();
        let ev = reader.read_event_into(&mut buf).map_err(|e| {
            let line = line_at(bytes, reader.error_position());
            syntax(line, e.to_string())
        })?;
        let line = line_at(bytes, pos);
        match ev {
            X::DocType(_) => {
                return Err(Problem::new(line, None, None, ProblemKind::XmlDoctype));
            }
            X::Start(e) | X::Empty(e) if stack.len() > MAX_DEPTH || nodes >= MAX_NODES => {
                let _ = e;
                return Err(syntax(line, "the document is nested too deeply or is too large"));
            }
            X::Start(e) => {
                nodes += 1;
                stack.push(element(&e, line)?);
            }
            X::Empty(e) => {
                nodes += 1;
                let n = element(&e, line)?;
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(n);
                }
            }
            X::End(_) => {
                let done = stack.pop().unwrap_or_default();
                match stack.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => return Err(syntax(line, "unbalanced end tag")),
                }
            }
            X::Text(t) => {
                let s = t.decode().map_err(|e| syntax(line, e.to_string()))?;
                if let Some(n) = stack.last_mut() {
                    n.text.push_str(&s);
                }
            }
            X::CData(t) => {
                let s = t.decode().map_err(|e| syntax(line, e.to_string()))?;
                if let Some(n) = stack.last_mut() {
                    n.text.push_str(&s);
                }
            }
            X::GeneralRef(r) => {
                let name = r.decode().map_err(|e| syntax(line, e.to_string()))?;
                let s = quick_xml::escape::unescape(&format!("&{name};"))
                    .map_err(|e| syntax(line, format!("unknown entity &{name}; ({e})")))?
                    .into_owned();
                if let Some(n) = stack.last_mut() {
                    n.text.push_str(&s);
                }
            }
            X::Eof => break,
            X::Decl(_) | X::PI(_) | X::Comment(_) => {}
        }
        buf.clear();
    }
    let mut root = stack.pop().unwrap_or_default();
    if !stack.is_empty() {
        return Err(syntax(line_at(bytes, bytes.len() as u64), "the document ends inside an element"));
    }
    match root.children.len() {
        1 => Ok(root.children.remove(0)),
        0 => Err(syntax(1, "the document has no root element")),
        _ => Err(syntax(1, "the document has more than one root element")),
    }
}

fn element(e: &quick_xml::events::BytesStart<'_>, line: u64) -> Result<Node, Problem> {
    let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|err| syntax(line, err.to_string()))?;
        let key = String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned();
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|err| syntax(line, err.to_string()))?
            .into_owned();
        attrs.push((key, value));
    }
    Ok(Node { name, attrs, text: String::new(), line, children: Vec::new() })
}

/// One delivery row taken from XML: values by JSON key, and the XML line it comes from.
struct Row {
    line: u64,
    values: HashMap<&'static str, String>,
}

fn key_of(name: &str) -> Option<&'static str> {
    Format::Delivery.columns().iter().map(|c| c.key).find(|k| *k == name)
}

/// Rows from Tessera's own delivery XML.
fn own_rows(root: &Node) -> Result<(u64, Vec<Row>), Problem> {
    let mut doc: HashMap<&'static str, String> = HashMap::new();
    let mut rows = Vec::new();
    for c in &root.children {
        if c.name == "line" {
            let mut values = doc.clone();
            for f in &c.children {
                match key_of(&f.name) {
                    Some(k)
                        if Format::Delivery.columns().iter().any(|col| col.key == k && col.level == Level::Line) =>
                    {
                        values.insert(k, f.text.clone());
                    }
                    _ => {
                        return Err(syntax(f.line, format!("unexpected element <{}> in <line>", f.name)));
                    }
                }
            }
            rows.push(Row { line: c.line, values });
        } else {
            match key_of(&c.name) {
                Some(k) if Format::Delivery.columns().iter().any(|col| col.key == k && col.level != Level::Line) => {
                    doc.insert(k, c.text.clone());
                }
                _ => {
                    return Err(syntax(c.line, format!("unexpected element <{}> in <delivery>", c.name)));
                }
            }
        }
    }
    // document fields may come after lines: apply them to every row
    for r in &mut rows {
        for (k, v) in &doc {
            r.values.entry(k).or_insert_with(|| v.clone());
        }
    }
    Ok((root.line, rows))
}

/// Rows from a UBL 2.1 DespatchAdvice (mapping of the spec).
fn ubl_rows(root: &Node) -> Result<(u64, Vec<Row>), Problem> {
    let mut doc: HashMap<&'static str, String> = HashMap::new();
    match root.text_at(&["ID"]) {
        Some(id) => doc.insert("number", id),
        None => {
            return Err(Problem::new(root.line, None, None, ProblemKind::XmlMissing { element: "cbc:ID".into() }));
        }
    };
    match root.text_at(&["IssueDate"]) {
        Some(d) => doc.insert("date", d),
        None => {
            return Err(Problem::new(
                root.line,
                None,
                None,
                ProblemKind::XmlMissing { element: "cbc:IssueDate".into() },
            ));
        }
    };
    if let Some(v) = root.text_at(&["OrderReference", "ID"]) {
        doc.insert("order_number", v);
    }
    if let Some(v) = root.text_at(&["Shipment", "Delivery", "Despatch", "ActualDespatchDate"]) {
        doc.insert("loading_date", v);
    }
    let mut rows = Vec::new();
    for l in root.children.iter().filter(|c| c.name == "DespatchLine") {
        let mut values = doc.clone();
        if let Some(v) = l.text_at(&["Item", "Name"]) {
            values.insert("item_name", v);
        }
        if let Some(v) = l.text_at(&["Item", "SellersItemIdentification", "ID"]) {
            values.insert("item_order_number", v);
        }
        if let Some(q) = l.child("DeliveredQuantity") {
            values.insert("item_count", q.text.clone());
            if let Some((_, unit)) = q.attrs.iter().find(|(k, _)| k == "unitCode") {
                values.insert("item_unit", unit.clone());
            }
        }
        rows.push(Row { line: l.line, values });
    }
    if rows.is_empty() {
        return Err(Problem::new(
            root.line,
            None,
            None,
            ProblemKind::XmlMissing { element: "cac:DespatchLine".into() },
        ));
    }
    Ok((root.line, rows))
}

fn failed(p: Problem) -> Report {
    let mut r = Report {
        format: Format::Delivery,
        encoding: Encoding::Utf8,
        documents: Vec::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    if p.is_error() {
        r.errors.push(p);
    } else {
        r.warnings.push(p);
    }
    r
}

/// Reads a delivery from Tessera's delivery XML or a UBL 2.1 DespatchAdvice. The report is
/// the same as for the delivery CSV; problem lines are lines of the XML document.
pub fn read_delivery_xml(bytes: &[u8]) -> Report {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let root = match parse(bytes) {
        Ok(r) => r,
        Err(p) => return failed(p),
    };
    let rows = match root.name.as_str() {
        "delivery" => own_rows(&root),
        "DespatchAdvice" => ubl_rows(&root),
        other => Err(syntax(
            root.line,
            format!("the root element is <{other}>; expected <delivery> ({NAMESPACE}) or a UBL <DespatchAdvice>"),
        )),
    };
    let (root_line, rows) = match rows {
        Ok(r) => r,
        Err(p) => return failed(p),
    };
    if rows.is_empty() {
        return failed(Problem::new(root_line, None, None, ProblemKind::NoDataRows));
    }
    // as delivery CSV rows, through the one set of rules
    let cols = Format::Delivery.columns();
    let mut csv = String::new();
    let names: Vec<&str> = cols.iter().map(|c| c.name).collect();
    csv.push_str(&names.join(";"));
    csv.push_str("\r\n");
    let mut line_map: HashMap<u64, u64> = HashMap::new();
    line_map.insert(1, root_line);
    let mut csv_line = 2u64;
    for r in &rows {
        line_map.insert(csv_line, r.line);
        let fields: Vec<String> = cols
            .iter()
            .map(|c| {
                let v = r.values.get(c.key).map(String::as_str).unwrap_or("");
                quote(&guard_formula(v)).into_owned()
            })
            .collect();
        let row = fields.join(";");
        csv_line += 1 + line_breaks(&row);
        csv.push_str(&row);
        csv.push_str("\r\n");
    }
    let mut report = read_all(csv.as_bytes(), Format::Delivery, ReadOptions { encoding: Some(Encoding::Utf8) });
    let remap = |p: &mut Problem| {
        p.line = line_map.get(&p.line).copied().unwrap_or(root_line);
    };
    report.errors.iter_mut().for_each(remap);
    report.warnings.iter_mut().for_each(remap);
    for d in &mut report.documents {
        for l in &mut d.lines {
            l.line = line_map.get(&l.line).copied().unwrap_or(root_line);
        }
    }
    report
}

/// Line breaks as the CSV reader counts them (CRLF, LF or CR alone).
fn line_breaks(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut n = 0;
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' && (i == 0 || b[i - 1] != b'\r') || c == b'\r' {
            n += 1;
        }
    }
    n
}

fn esc(s: &str) -> std::borrow::Cow<'_, str> {
    quick_xml::escape::escape(s)
}

fn value_text(v: &Value) -> String {
    match v {
        Value::Date(d) => format_date(*d, crate::format::DateStyle::Iso),
        other => other.to_string(),
    }
}

/// Writes deliveries as Tessera's delivery XML: one `<delivery>` per document (a file holds
/// one delivery, as the CSV does; several documents give several root elements' worth and are
/// refused).
pub fn write_delivery_xml<W: Write>(mut w: W, docs: &[Document]) -> Result<(), WriteError> {
    let doc = match docs {
        [d] => d,
        _ => {
            return Err(WriteError::Io(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("a delivery XML file holds exactly one delivery, not {}", docs.len()),
            )));
        }
    };
    if doc.format != Format::Delivery {
        return Err(WriteError::WrongFormat { expected: Format::Delivery, found: doc.format });
    }
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(&format!("<delivery xmlns=\"{NAMESPACE}\">\n"));
    s.push_str(&format!("  <number>{}</number>\n", esc(&doc.number)));
    if let Some(d) = doc.date {
        s.push_str(&format!("  <date>{}</date>\n", format_date(d, crate::format::DateStyle::Iso)));
    }
    for (c, v) in Format::Delivery.doc_columns().zip(&doc.fields) {
        if let Some(v) = v {
            s.push_str(&format!("  <{k}>{}</{k}>\n", esc(&value_text(v)), k = c.key));
        }
    }
    for l in &doc.lines {
        s.push_str("  <line>\n");
        for (c, v) in Format::Delivery.line_columns().zip(&l.values) {
            if let Some(v) = v {
                s.push_str(&format!("    <{k}>{}</{k}>\n", esc(&value_text(v)), k = c.key));
            }
        }
        s.push_str("  </line>\n");
    }
    s.push_str("</delivery>\n");
    w.write_all(s.as_bytes())?;
    w.flush()?;
    Ok(())
}

/// The published XSD of Tessera's delivery XML.
pub const XSD: &str = include_str!("../../../docs/formats.xsd");
