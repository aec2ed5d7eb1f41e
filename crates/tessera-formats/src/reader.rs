//! The streaming reader: records to normalized documents, with every error and warning.
use crate::csv::{CsvReader, MAX_RECORD_BYTES, RawRecord, ThreadedRecords};
use crate::encoding::{Detection, Encoding};
use crate::format::{Column, Format, Kind, Level, match_header};
use crate::problem::{Lang, Problem, ProblemKind};
use crate::text::{forbidden_control, is_blank, normalize_field};
use crate::value::{
    Value, WAREHOUSE_TYPES, parse_category, parse_date, parse_decimal, parse_decimal_bytes, parse_serials,
    parse_warehouse_type,
};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::{HashMap, HashSet, VecDeque};
use std::io::{self, Read};

/// A line item: the line-level fields of one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineItem {
    /// The physical line where the row starts.
    pub line: u64,
    /// One value per line-level column of the format, in the documented order
    /// (see [`Format::line_columns`]); `None` for an empty field.
    pub values: Vec<Option<Value>>,
}

/// A normalized document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub format: Format,
    pub number: String,
    pub date: Option<NaiveDate>,
    /// One value per document-level column (see [`Format::doc_columns`]); `None` when empty.
    pub fields: Vec<Option<Value>>,
    pub lines: Vec<LineItem>,
}

impl Format {
    /// The document-level columns other than number and date, in order.
    pub fn doc_columns(self) -> impl Iterator<Item = &'static Column> {
        self.columns().iter().filter(|c| c.level == Level::Doc)
    }

    /// The line-level columns, in order.
    pub fn line_columns(self) -> impl Iterator<Item = &'static Column> {
        self.columns().iter().filter(|c| c.level == Level::Line)
    }
}

impl Document {
    /// A document-level field by its key (`account`, `type`…).
    pub fn field(&self, key: &str) -> Option<&Value> {
        let i = self.format.doc_columns().position(|c| c.key == key)?;
        self.fields.get(i)?.as_ref()
    }

    /// The JSON form of the spec ("The normalized document").
    pub fn to_json(&self) -> serde_json::Value {
        let mut fields = serde_json::Map::new();
        for (c, v) in self.format.doc_columns().zip(&self.fields) {
            fields.insert(c.key.to_string(), v.as_ref().map_or(serde_json::Value::Null, Value::to_json));
        }
        let lines: Vec<serde_json::Value> = self.lines.iter().map(|l| l.to_json(self.format)).collect();
        let mut m = serde_json::Map::new();
        m.insert("number".into(), serde_json::Value::String(self.number.clone()));
        m.insert(
            "date".into(),
            self.date.map_or(serde_json::Value::Null, |d| serde_json::Value::String(d.format("%Y-%m-%d").to_string())),
        );
        m.insert("fields".into(), serde_json::Value::Object(fields));
        m.insert("lines".into(), serde_json::Value::Array(lines));
        serde_json::Value::Object(m)
    }
}

impl LineItem {
    /// A line field by its key (`item_count`, `serial_numbers`…).
    pub fn get(&self, format: Format, key: &str) -> Option<&Value> {
        let i = format.line_columns().position(|c| c.key == key)?;
        self.values.get(i)?.as_ref()
    }

    /// The JSON form: `line` and one key per line column.
    pub fn to_json(&self, format: Format) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        m.insert("line".into(), serde_json::Value::from(self.line));
        for (c, v) in format.line_columns().zip(&self.values) {
            let j = match (v, c.kind) {
                (Some(v), _) => v.to_json(),
                (None, Kind::Serials) => serde_json::Value::Array(vec![]),
                (None, _) => serde_json::Value::Null,
            };
            m.insert(c.key.to_string(), j);
        }
        serde_json::Value::Object(m)
    }
}

/// What the reader yields, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// An error or a warning.
    Problem(Problem),
    /// A new document (its `lines` empty: they follow as [`Event::Line`]).
    Document { index: usize, document: Document },
    /// A line item of the document with this index.
    Line { document: usize, item: LineItem },
}

#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Empty,
    /// A valid text value not kept (check-only reading of a line field).
    Checked,
    Invalid,
    /// A document field equal to the document's first row (not parsed again).
    Same,
    Val(Value),
}

/// What is kept per document while reading: its number, first line, and the document-level
/// values of its first row as written (normalized), in one string. Not its lines.
struct DocState {
    number: Box<str>,
    line: u64,
    raw: Box<str>,
    /// Per column of the format: the span of its value in `raw` (empty for line columns).
    spans: Box<[(u32, u32)]>,
}

impl DocState {
    #[inline]
    fn raw_bytes(&self, ci: usize) -> &[u8] {
        match self.spans.get(ci) {
            Some(&(a, b)) => self.raw.as_bytes().get(a as usize..b as usize).unwrap_or(&[]),
            None => &[],
        }
    }

    #[inline]
    fn raw(&self, ci: usize) -> &str {
        match self.spans.get(ci) {
            Some(&(a, b)) => self.raw.get(a as usize..b as usize).unwrap_or(""),
            None => "",
        }
    }
}

enum HeaderState {
    Pending,
    Mapped,
    Failed,
}

/// Streaming reader of one file in one format.
pub struct Reader<R: Read> {
    format: Format,
    encoding: Encoding,
    csv: Source<R>,
    rec: RawRecord,
    text: String,
    bounds: Vec<(usize, usize)>,
    /// Per field: the span of its normalized value (trimmed, text mark dropped) in `text`.
    norm: Vec<(usize, usize)>,
    queue: VecDeque<Event>,
    header: HeaderState,
    /// Column index → physical field index.
    pos_of_col: Vec<usize>,
    docs: Vec<DocState>,
    index: HashMap<Box<str>, usize>,
    extra: HashSet<String>,
    data_rows: u64,
    lines: u64,
    finished: bool,
    cells: Vec<Cell>,
    row_problems: Vec<Problem>,
    check_only: bool,
    /// The document of the previous row (rows of a document are usually adjacent).
    last_doc: Option<usize>,
    idx: Indexes,
    /// Windows-1250 / ISO-8859-2: the character of each byte 0x80..=0xFF.
    high: [char; 128],
}

/// Why a record could not be decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DecodeFail {
    /// Bytes that are not UTF-8 (when reading as UTF-8).
    InvalidUtf8,
    /// A control character (reported with its field by the reader).
    Control,
    /// More fields than [`crate::csv::MAX_FIELDS`].
    TooManyFields,
}

/// Decodes a raw record into `text` and field `bounds` (shared by both threads).
pub(crate) fn decode_record(
    rec: &mut RawRecord,
    encoding: Encoding,
    high: &[char; 128],
    text: &mut String,
    bounds: &mut Vec<(usize, usize)>,
    norm: &mut Vec<(usize, usize)>,
) -> Result<(), DecodeFail> {
    norm.clear();
    decode_text(rec, encoding, high, text, bounds)?;
    // each field trimmed and without its text mark, as spans of `text`
    let bytes = text.as_bytes();
    for &(a, b) in bounds.iter() {
        norm.push(crate::text::normalize_span(bytes, a, b));
    }
    Ok(())
}

fn decode_text(
    rec: &mut RawRecord,
    encoding: Encoding,
    high: &[char; 128],
    text: &mut String,
    bounds: &mut Vec<(usize, usize)>,
) -> Result<(), DecodeFail> {
    text.clear();
    bounds.clear();
    match encoding {
        Encoding::Utf8 => match String::from_utf8(std::mem::take(&mut rec.bytes)) {
            Ok(s) => {
                // no copy: the record's buffer becomes the text, the old text buffer is reused
                let old = std::mem::replace(text, s);
                rec.bytes = old.into_bytes();
                if rec.joined {
                    split_joined(text, bounds)?;
                } else {
                    bounds.extend_from_slice(&rec.spans);
                }
            }
            Err(e) => {
                rec.bytes = e.into_bytes();
                return Err(DecodeFail::InvalidUtf8);
            }
        },
        enc if rec.joined => {
            // one decoder call for the whole line, then split at `;`
            // (`;` is one byte in all three encodings and no other character contains it)
            let mut decoder = enc.rs().new_decoder_without_bom_handling();
            text.reserve(rec.bytes.len() * 3 + 16);
            let _ = decoder.decode_to_string_without_replacement(&rec.bytes, text, true);
            split_joined(text, bounds)?;
        }
        _ => {
            // single-byte encodings: ASCII as is, the high half through the table
            for &(a, b) in &rec.spans {
                let start = text.len();
                let field = rec.bytes.get(a..b).unwrap_or(&[]);
                match std::str::from_utf8(field) {
                    Ok(s) if field.is_ascii() => text.push_str(s),
                    _ => {
                        for &byte in field {
                            if byte < 0x80 {
                                text.push(char::from(byte));
                            } else {
                                text.push(high[usize::from(byte - 0x80)]);
                            }
                        }
                    }
                }
                bounds.push((start, text.len()));
            }
        }
    }
    if forbidden_control(text).is_some() {
        return Err(DecodeFail::Control);
    }
    Ok(())
}

fn split_joined(text: &str, bounds: &mut Vec<(usize, usize)>) -> Result<(), DecodeFail> {
    let b = text.as_bytes();
    let mut start = 0;
    // eight bytes at a time: find the `;` bytes of each word (SWAR), check each candidate
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let semis = ONES * u64::from(b';');
    let mut i = 0;
    while i + 8 <= b.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        let x = u64::from_le_bytes(w) ^ semis;
        let mut m = x.wrapping_sub(ONES) & !x & HIGH;
        while m != 0 {
            let k = i + (m.trailing_zeros() / 8) as usize;
            if b[k] == b';' {
                bounds.push((start, k));
                start = k + 1;
            }
            m &= m - 1;
        }
        i += 8;
    }
    for (k, &c) in b.iter().enumerate().skip(i) {
        if c == b';' {
            bounds.push((start, k));
            start = k + 1;
        }
    }
    bounds.push((start, text.len()));
    if bounds.len() > crate::csv::MAX_FIELDS {
        bounds.clear();
        return Err(DecodeFail::TooManyFields);
    }
    Ok(())
}

/// Where records come from: split on this thread, or on a second one.
enum Source<R> {
    Direct(CsvReader<R>),
    Threaded(ThreadedRecords),
}

/// Column indexes used on every row, computed once.
struct Indexes {
    number: usize,
    date: usize,
    price: Option<(usize, usize, usize)>,
    quality: Option<usize>,
    quantity_claimed: Option<usize>,
    serials: Option<usize>,
    quantity: Option<usize>,
}

fn high_table(enc: Encoding) -> [char; 128] {
    let mut t = ['\u{fffd}'; 128];
    if enc != Encoding::Utf8 {
        for (i, slot) in t.iter_mut().enumerate() {
            let b = [0x80u8 + i as u8];
            let (cow, _) = enc.rs().decode_without_bom_handling(&b);
            *slot = cow.chars().next().unwrap_or('\u{fffd}');
        }
    }
    t
}

impl<R: Read + Send + 'static> Reader<R> {
    /// Like [`Reader::new`], but reading and splitting records happen on a second thread,
    /// overlapping with validation (about 1.5× faster on two cores; memory stays bounded).
    pub fn new_threaded(src: R, format: Format, detection: &Detection) -> Self {
        let mut queue = VecDeque::new();
        if let Some(note) = detection.note {
            queue.push_back(Event::Problem(Problem::new(1, None, None, ProblemKind::Encoding(note))));
        }
        let skip: Option<&'static [u8]> = detection.bom.then_some(b"\xEF\xBB\xBF");
        let encoding = detection.encoding;
        let high = high_table(encoding);
        let post = move |rec: &mut RawRecord| {
            if !rec.too_long && !rec.unterminated {
                let mut text = std::mem::take(&mut rec.text);
                let mut bounds = std::mem::take(&mut rec.bounds);
                let mut norm = std::mem::take(&mut rec.norm);
                let r = decode_record(rec, encoding, &high, &mut text, &mut bounds, &mut norm);
                rec.text = text;
                rec.bounds = bounds;
                rec.norm = norm;
                rec.decoded = Some(r);
            }
        };
        Self::with_source(Source::Threaded(ThreadedRecords::spawn(src, skip, post)), format, detection, queue)
    }
}

impl<R: Read> Reader<R> {
    /// A reader of `src` (the same bytes the detection pass saw).
    pub fn new(src: R, format: Format, detection: &Detection) -> Self {
        let mut queue = VecDeque::new();
        if let Some(note) = detection.note {
            queue.push_back(Event::Problem(Problem::new(1, None, None, ProblemKind::Encoding(note))));
        }
        let mut csv = CsvReader::new(src);
        if detection.bom {
            // an I/O error here shows again at the next read, where it is returned
            let _ = csv.skip_prefix(b"\xEF\xBB\xBF");
        }
        Self::with_source(Source::Direct(csv), format, detection, queue)
    }

    fn with_source(csv: Source<R>, format: Format, detection: &Detection, queue: VecDeque<Event>) -> Self {
        Reader {
            format,
            encoding: detection.encoding,
            csv,
            rec: RawRecord::default(),
            text: String::new(),
            bounds: Vec::new(),
            norm: Vec::new(),
            queue,
            header: HeaderState::Pending,
            pos_of_col: (0..format.columns().len()).collect(),
            docs: Vec::new(),
            index: HashMap::new(),
            extra: HashSet::new(),
            data_rows: 0,
            lines: 0,
            finished: false,
            cells: Vec::new(),
            row_problems: Vec::new(),
            check_only: false,
            last_doc: None,
            idx: Indexes {
                number: format.number_index(),
                date: format.date_index(),
                price: format.price_indexes(),
                quality: format.column_index("item_quality_count"),
                quantity_claimed: format.column_index("item_quantity_count"),
                serials: format.column_index("serial_numbers"),
                quantity: format.column_index("quantity"),
            },
            high: high_table(detection.encoding),
        }
    }

    /// Check-only reading: line events carry no values (`LineItem::values` is empty), so
    /// line text is validated without being copied. Documents still carry their fields.
    pub fn check_only(mut self) -> Self {
        self.check_only = true;
        self
    }

    /// The encoding the file is read in.
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// Bytes read so far (0 when records are split on a second thread).
    pub fn bytes_read(&self) -> u64 {
        match &self.csv {
            Source::Direct(c) => c.bytes_read(),
            Source::Threaded(_) => 0,
        }
    }

    /// Line items yielded so far.
    pub fn lines_read(&self) -> u64 {
        self.lines
    }

    /// The next event; `Ok(None)` at the end. I/O errors of the source are returned as such.
    pub fn next_event(&mut self) -> io::Result<Option<Event>> {
        loop {
            if let Some(e) = self.queue.pop_front() {
                return Ok(Some(e));
            }
            if self.finished {
                return Ok(None);
            }
            let more = match &mut self.csv {
                Source::Direct(c) => c.next_record(&mut self.rec)?,
                Source::Threaded(t) => t.next_record(&mut self.rec)?,
            };
            if !more {
                self.finished = true;
                match self.header {
                    HeaderState::Pending => self.push(Problem::new(1, None, None, ProblemKind::EmptyFile)),
                    HeaderState::Mapped if self.data_rows == 0 => {
                        self.push(Problem::new(1, None, None, ProblemKind::NoDataRows));
                    }
                    _ => {}
                }
                continue;
            }
            self.process_record();
        }
    }

    fn push(&mut self, p: Problem) {
        self.queue.push_back(Event::Problem(p));
    }

    /// Field `i` trimmed and without its text mark, as bytes.
    #[inline]
    fn norm_bytes(&self, i: usize) -> &[u8] {
        match self.norm.get(i) {
            Some(&(a, b)) => self.text.as_bytes().get(a..b).unwrap_or(&[]),
            None => &[],
        }
    }

    /// Field `i` trimmed and without its text mark.
    #[inline]
    fn norm_field(&self, i: usize) -> &str {
        self.norm.get(i).and_then(|&(a, b)| self.text.get(a..b)).unwrap_or("")
    }

    fn field(&self, i: usize) -> &str {
        self.bounds.get(i).and_then(|&(a, b)| self.text.get(a..b)).unwrap_or("")
    }

    /// Decodes the raw record into `text`/`bounds`; false (with a problem queued) when it cannot.
    fn decode(&mut self) -> bool {
        let line = self.rec.line;
        let result = match self.rec.decoded.take() {
            // decoded on the splitting thread
            Some(r) => {
                std::mem::swap(&mut self.text, &mut self.rec.text);
                std::mem::swap(&mut self.bounds, &mut self.rec.bounds);
                std::mem::swap(&mut self.norm, &mut self.rec.norm);
                r
            }
            None => decode_record(
                &mut self.rec,
                self.encoding,
                &self.high,
                &mut self.text,
                &mut self.bounds,
                &mut self.norm,
            ),
        };
        match result {
            Ok(()) => {}
            Err(DecodeFail::InvalidUtf8) => {
                let value = String::from_utf8_lossy(&self.rec.bytes).into_owned();
                self.push(Problem::new(
                    line,
                    None,
                    Some(value),
                    ProblemKind::InvalidBytes { encoding: Encoding::Utf8 },
                ));
                return false;
            }
            Err(DecodeFail::Control) => {
                self.report_control(line);
                return false;
            }
            Err(DecodeFail::TooManyFields) => {
                self.push(Problem::new(line, None, None, ProblemKind::RecordTooLong { limit_bytes: MAX_RECORD_BYTES }));
                return false;
            }
        }
        true
    }

    /// Reports the first control character of the record, naming its column when known.
    fn report_control(&mut self, line: u64) {
        let Some(c) = forbidden_control(&self.text) else {
            return;
        };
        let field = (0..self.bounds.len()).find(|&i| forbidden_control(self.field(i)).is_some());
        let column = match (&self.header, field) {
            (HeaderState::Mapped, Some(f)) => {
                self.pos_of_col.iter().position(|&p| p == f).map(|ci| self.format.columns()[ci].name)
            }
            _ => None,
        };
        let value = field.map(|f| self.field(f).to_string());
        self.push(Problem::new(line, column, value, ProblemKind::ControlCharacter { code: u32::from(c) }));
    }

    fn process_record(&mut self) {
        let line = self.rec.line;
        if matches!(self.header, HeaderState::Mapped) && (self.rec.too_long || self.rec.unterminated) {
            self.data_rows += 1;
        }
        if self.rec.too_long {
            self.push(Problem::new(line, None, None, ProblemKind::RecordTooLong { limit_bytes: MAX_RECORD_BYTES }));
            if matches!(self.header, HeaderState::Pending) {
                self.header = HeaderState::Failed;
            }
            return;
        }
        if self.rec.unterminated {
            let value: String = String::from_utf8_lossy(&self.rec.bytes).chars().take(80).collect();
            self.push(Problem::new(line, None, Some(value), ProblemKind::UnterminatedQuote));
            return;
        }
        if !self.decode() {
            if matches!(self.header, HeaderState::Mapped) {
                self.data_rows += 1;
            }
            if matches!(self.header, HeaderState::Pending) {
                // an undecodable first row: the header cannot be judged
                self.header = HeaderState::Failed;
            }
            return;
        }
        if (0..self.norm.len()).all(|i| self.norm_field(i).is_empty() && is_blank(self.field(i))) {
            return;
        }
        match self.header {
            HeaderState::Failed => {}
            HeaderState::Pending => {
                if self.read_header() {
                    self.process_row();
                }
            }
            HeaderState::Mapped => self.process_row(),
        }
    }

    /// Judges the first row. True when it is data (header missing) and must be read as a row.
    fn read_header(&mut self) -> bool {
        let line = self.rec.line;
        let format = self.format;
        let width = format.columns().len();
        let mut n = self.bounds.len();
        if n == width + 1 && is_blank(self.field(n - 1)) {
            n -= 1;
        }
        // a first row that reads as data
        if n == width {
            let date_ok = parse_date(normalize_field(self.field(format.date_index())), format.date_style()).is_ok();
            let count_ok = parse_decimal(normalize_field(self.field(format.count_index()))).is_ok();
            if date_ok && count_ok {
                self.push(Problem::new(line, None, None, ProblemKind::HeaderMissing));
                self.header = HeaderState::Mapped;
                return true;
            }
        }
        let names: Vec<String> = (0..n).map(|i| normalize_field(self.field(i)).to_string()).collect();
        let matched: Vec<Option<usize>> = names.iter().map(|s| match_header(format, s)).collect();
        if matched.iter().all(Option::is_none) {
            if n != width {
                // a header in another language can only be taken by position if it fits
                self.push(Problem::new(line, None, None, ProblemKind::WrongWidth { expected: width, found: n }));
                self.header = HeaderState::Failed;
                return false;
            }
            self.push(Problem::new(line, None, None, ProblemKind::HeaderPositional));
            self.header = HeaderState::Mapped;
            return false;
        }
        let mut unknown = Vec::new();
        let mut seen = vec![0usize; width];
        for (name, m) in names.iter().zip(&matched) {
            match m {
                Some(ci) => seen[*ci] += 1,
                None => unknown.push(if name.is_empty() { "\"\"".to_string() } else { name.clone() }),
            }
        }
        let dup: Vec<String> =
            format.columns().iter().zip(&seen).filter(|(_, n)| **n > 1).map(|(c, _)| c.name.to_string()).collect();
        let missing: Vec<String> =
            format.columns().iter().zip(&seen).filter(|(_, n)| **n == 0).map(|(c, _)| c.name.to_string()).collect();
        if unknown.is_empty() && dup.is_empty() && missing.is_empty() {
            for (p, m) in matched.iter().enumerate() {
                if let Some(ci) = m {
                    self.pos_of_col[*ci] = p;
                }
            }
            self.header = HeaderState::Mapped;
            return false;
        }
        if !unknown.is_empty() {
            self.push(Problem::new(line, None, None, ProblemKind::HeaderUnknown { names: unknown }));
        }
        if !dup.is_empty() {
            self.push(Problem::new(line, None, None, ProblemKind::HeaderDuplicate { names: dup }));
        }
        if !missing.is_empty() {
            self.push(Problem::new(line, None, None, ProblemKind::HeaderMissingColumns { names: missing }));
        }
        self.header = HeaderState::Failed;
        false
    }

    /// Parses a value already trimmed and without its text mark.
    fn parse_normalized(&self, col: &Column, s: &str) -> Result<Cell, ProblemKind> {
        if s.is_empty() {
            return if col.required { Err(ProblemKind::Required) } else { Ok(Cell::Empty) };
        }
        if self.check_only && col.kind == Kind::Text && col.level == Level::Line {
            return Ok(Cell::Checked);
        }
        Ok(Cell::Val(match col.kind {
            Kind::Text => Value::Text(s.to_string()),
            Kind::Decimal => Value::Decimal(parse_decimal(s).map_err(ProblemKind::Number)?),
            Kind::Date => Value::Date(
                parse_date(s, self.format.date_style())
                    .map_err(|error| ProblemKind::Date { error, pattern: self.format.date_pattern() })?,
            ),
            Kind::WarehouseType => Value::Code(
                parse_warehouse_type(s)
                    .ok_or_else(|| ProblemKind::UnknownType { accepted: accepted_types() })?
                    .to_string(),
            ),
            Kind::Category => Value::Code(parse_category(s).ok_or(ProblemKind::UnknownCategory)?.to_string()),
            Kind::Serials => Value::List(parse_serials(s)),
        }))
    }

    fn process_row(&mut self) {
        let line = self.rec.line;
        let format = self.format;
        let cols = format.columns();
        let width = cols.len();
        let mut n = self.bounds.len();
        if n == width + 1 && is_blank(self.field(n - 1)) {
            n -= 1;
        }
        self.data_rows += 1;
        if n != width {
            self.push(Problem::new(line, None, None, ProblemKind::WrongWidth { expected: width, found: n }));
            return;
        }
        let mut cells = std::mem::take(&mut self.cells);
        cells.clear();
        let mut problems = std::mem::take(&mut self.row_problems);
        problems.clear();
        let existing = {
            let num = self.norm_bytes(self.pos_of_col[self.idx.number]);
            match self.last_doc {
                Some(d) if self.docs.get(d).is_some_and(|d| d.number.as_bytes() == num) => Some(d),
                _ => self.index.get(self.norm_field(self.pos_of_col[self.idx.number])).copied(),
            }
        };
        for (ci, col) in cols.iter().enumerate() {
            let p = self.pos_of_col[ci];
            // bytes, not &str: no character-boundary checks on the hot path
            let v = self.norm_bytes(p);
            // fast path: a document field written as on the document's first row
            if let (Some(d), Level::Doc | Level::Number | Level::Date) = (existing, col.level)
                && let Some(doc) = self.docs.get(d)
                && v == doc.raw_bytes(ci)
            {
                cells.push(Cell::Same);
                continue;
            }
            if v.is_empty() {
                if col.required {
                    problems.push(cell_problem(line, col, self.field(p), ProblemKind::Required));
                    cells.push(Cell::Invalid);
                } else {
                    cells.push(Cell::Empty);
                }
                continue;
            }
            match col.kind {
                Kind::Text if self.check_only && col.level == Level::Line => cells.push(Cell::Checked),
                Kind::Decimal => match parse_decimal_bytes(v) {
                    Ok(d) => cells.push(Cell::Val(Value::Decimal(d))),
                    Err(e) => {
                        problems.push(cell_problem(line, col, self.field(p), ProblemKind::Number(e)));
                        cells.push(Cell::Invalid);
                    }
                },
                _ => match self.parse_normalized(col, self.norm_field(p)) {
                    Ok(c) => cells.push(c),
                    Err(kind) => {
                        problems.push(cell_problem(line, col, self.field(p), kind));
                        cells.push(Cell::Invalid);
                    }
                },
            }
        }
        let mut attach: Option<usize> = None;
        let number_ci = self.idx.number;
        let number: Option<&str> = match &cells[number_ci] {
            Cell::Val(Value::Text(s)) => Some(s.as_str()),
            _ => existing.map(|d| &*self.docs[d].number),
        };
        if let Some(number) = number {
            if let Some(d) = existing.or_else(|| self.index.get(number).copied()) {
                // compare document fields with the document's first row
                let doc = &self.docs[d];
                for (ci, col) in cols.iter().enumerate() {
                    if !matches!(col.level, Level::Doc | Level::Date) {
                        continue;
                    }
                    let this = &cells[ci];
                    if matches!(this, Cell::Invalid | Cell::Same) {
                        continue;
                    }
                    // the first row's value, parsed again (only when written differently)
                    let Ok(first) = self.parse_normalized(col, doc.raw(ci)) else {
                        continue;
                    };
                    if *this != first {
                        problems.push(Problem::new(
                            line,
                            Some(col.name),
                            Some(self.field(self.pos_of_col[ci]).to_string()),
                            ProblemKind::Disagrees { first_line: doc.line, first_value: doc.raw(ci).to_string() },
                        ));
                    }
                }
                attach = Some(d);
            } else if !format.many_documents() && !self.docs.is_empty() {
                if self.extra.insert(number.to_string()) {
                    problems.push(Problem::new(
                        line,
                        Some(cols[number_ci].name),
                        Some(self.field(self.pos_of_col[number_ci]).to_string()),
                        ProblemKind::ExtraDocument {
                            first_number: self.docs[0].number.to_string(),
                            first_line: self.docs[0].line,
                        },
                    ));
                }
            } else {
                let d = self.docs.len();
                let mut raw = String::new();
                let mut spans = Vec::with_capacity(width);
                for (ci, col) in cols.iter().enumerate() {
                    let start = raw.len() as u32;
                    if col.level != Level::Line {
                        raw.push_str(self.norm_field(self.pos_of_col[ci]));
                    }
                    spans.push((start, raw.len() as u32));
                }
                let date = match &cells[self.idx.date] {
                    Cell::Val(Value::Date(d)) => Some(*d),
                    _ => None,
                };
                let fields = cols
                    .iter()
                    .zip(&cells)
                    .filter(|(c, _)| c.level == Level::Doc)
                    .map(|(_, c)| match c {
                        Cell::Val(v) => Some(v.clone()),
                        _ => None,
                    })
                    .collect();
                let number = number.to_string();
                self.docs.push(DocState {
                    number: number.clone().into_boxed_str(),
                    line,
                    raw: raw.into_boxed_str(),
                    spans: spans.into_boxed_slice(),
                });
                self.index.insert(number.clone().into_boxed_str(), d);
                self.queue.push_back(Event::Document {
                    index: d,
                    document: Document { format, number, date, fields, lines: Vec::new() },
                });
                attach = Some(d);
            }
        }
        self.line_checks(line, &cells, &mut problems);
        let has_error = problems.iter().any(Problem::is_error);
        for p in problems.drain(..) {
            self.queue.push_back(Event::Problem(p));
        }
        self.last_doc = attach;
        if let (Some(d), false) = (attach, has_error) {
            let values = if self.check_only {
                Vec::new()
            } else {
                cols.iter()
                    .zip(cells.iter_mut())
                    .filter(|(c, _)| c.level == Level::Line)
                    .map(|(_, c)| match std::mem::replace(c, Cell::Empty) {
                        Cell::Val(v) => Some(v),
                        _ => None,
                    })
                    .collect()
            };
            self.lines += 1;
            self.queue.push_back(Event::Line { document: d, item: LineItem { line, values } });
        }
        self.cells = cells;
        self.row_problems = problems;
    }

    fn line_checks(&self, line: u64, cells: &[Cell], problems: &mut Vec<Problem>) {
        let format = self.format;
        let cols = format.columns();
        let dec = |i: Option<usize>| -> Option<Decimal> {
            match &cells[i?] {
                Cell::Val(Value::Decimal(d)) => Some(*d),
                _ => None,
            }
        };
        let raw = |ci: usize| Some(self.field(self.pos_of_col[ci]).to_string());
        if let Some((up, cnt, pr)) = self.idx.price
            && let (Cell::Val(Value::Decimal(u)), Cell::Val(Value::Decimal(c)), Cell::Val(Value::Decimal(p))) =
                (&cells[up], &cells[cnt], &cells[pr])
            && let Some(expected) = price_differs(*u, *c, *p)
        {
            {
                problems.push(Problem::new(
                    line,
                    Some(cols[pr].name),
                    raw(pr),
                    ProblemKind::PriceMismatch { expected: expected.normalize().to_string() },
                ));
            }
        }
        match format {
            Format::Complaint => {
                let (Some(qi), Some(ni)) = (self.idx.quality, self.idx.quantity_claimed) else {
                    return;
                };
                if matches!(cells[qi], Cell::Invalid) || matches!(cells[ni], Cell::Invalid) {
                    return;
                }
                let q = dec(Some(qi)).unwrap_or_default();
                let n = dec(Some(ni)).unwrap_or_default();
                if q.is_sign_negative() && !q.is_zero() {
                    problems.push(Problem::new(line, Some(cols[qi].name), raw(qi), ProblemKind::NegativeCount));
                }
                if n.is_sign_negative() && !n.is_zero() {
                    problems.push(Problem::new(line, Some(cols[ni].name), raw(ni), ProblemKind::NegativeCount));
                }
                if q <= Decimal::ZERO && n <= Decimal::ZERO {
                    problems.push(Problem::new(line, Some(cols[qi].name), raw(qi), ProblemKind::NoComplaintCount));
                }
            }
            Format::SmallAppliances => {
                let Some(si) = self.idx.serials else { return };
                if let (Cell::Val(Value::List(serials)), Some(q)) = (&cells[si], dec(self.idx.quantity))
                    && !serials.is_empty()
                    && q.fract().is_zero()
                    && Decimal::from(serials.len()) != q
                {
                    problems.push(Problem::new(
                        line,
                        Some(cols[si].name),
                        raw(si),
                        ProblemKind::SerialCount { serials: serials.len(), quantity: q.normalize().to_string() },
                    ));
                }
            }
            _ => {}
        }
    }
}

/// `Some(unit × count)` when it differs from `price` by more than 0.01. Exact: integer
/// arithmetic on the mantissas when they fit, `Decimal` otherwise.
fn price_differs(unit: Decimal, count: Decimal, price: Decimal) -> Option<Decimal> {
    let fast = || -> Option<bool> {
        let e = unit.scale() + count.scale();
        let prod = unit.mantissa().checked_mul(count.mantissa())?;
        // bring price and the 0.01 tolerance to scale e (or the product up to the price's)
        let (prod, price_m, e) = if price.scale() <= e {
            (prod, price.mantissa().checked_mul(10i128.checked_pow(e - price.scale())?)?, e)
        } else {
            (prod.checked_mul(10i128.checked_pow(price.scale() - e)?)?, price.mantissa(), price.scale())
        };
        let diff = (prod - price_m).abs();
        if e >= 2 { Some(diff > 10i128.checked_pow(e - 2)?) } else { Some(diff.checked_mul(10i128.pow(2 - e))? > 1) }
    };
    let differs = match fast() {
        Some(d) => d,
        None => match unit.checked_mul(count) {
            Some(expected) => (expected - price).abs() > Decimal::new(1, 2),
            None => false,
        },
    };
    if differs { unit.checked_mul(count) } else { None }
}

#[cold]
fn cell_problem(line: u64, col: &Column, raw: &str, kind: ProblemKind) -> Problem {
    Problem::new(line, Some(col.name), Some(raw.to_string()), kind)
}

fn accepted_types() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = WAREHOUSE_TYPES.to_vec();
    v.extend(["PZ", "PW", "WZ", "RW", "MM"]);
    v
}

/// The reading options.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// An explicit encoding (overrides detection; a UTF-8 BOM still wins).
    pub encoding: Option<Encoding>,
}

/// The full report of a file: documents, errors and warnings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub format: Format,
    pub encoding: Encoding,
    pub documents: Vec<Document>,
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

impl Report {
    /// Whether the file has no error (it may have warnings).
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// The JSON report of the spec, messages in `lang`.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        serde_json::json!({
            "format": self.format.id(),
            "encoding": self.encoding.name(),
            "documents": self.documents.iter().map(Document::to_json).collect::<Vec<_>>(),
            "errors": self.errors.iter().map(|p| p.to_json(lang)).collect::<Vec<_>>(),
            "warnings": self.warnings.iter().map(|p| p.to_json(lang)).collect::<Vec<_>>(),
        })
    }
}

/// Reads a whole reader's events into a report (documents with their lines).
pub fn collect<R: Read>(mut reader: Reader<R>, format: Format) -> io::Result<Report> {
    let mut report =
        Report { format, encoding: reader.encoding(), documents: Vec::new(), errors: Vec::new(), warnings: Vec::new() };
    while let Some(ev) = reader.next_event()? {
        match ev {
            Event::Problem(p) => {
                if p.is_error() {
                    report.errors.push(p);
                } else {
                    report.warnings.push(p);
                }
            }
            Event::Document { document, .. } => report.documents.push(document),
            Event::Line { document, item } => {
                if let Some(d) = report.documents.get_mut(document) {
                    d.lines.push(item);
                }
            }
        }
    }
    Ok(report)
}

/// Reads a whole file held in memory.
pub fn read_all(bytes: &[u8], format: Format, options: ReadOptions) -> Report {
    let detection = crate::encoding::detect_bytes(bytes, format, options.encoding);
    let reader = Reader::new(bytes, format, &detection);
    match collect(reader, format) {
        Ok(r) => r,
        // reading from a slice cannot fail
        Err(e) => Report {
            format,
            encoding: detection.encoding,
            documents: Vec::new(),
            errors: vec![Problem::new(1, None, None, ProblemKind::XmlSyntax { detail: e.to_string() })],
            warnings: Vec::new(),
        },
    }
}

/// Reads a file from a source that can be read twice (detection pass, then reading).
pub fn read_seekable<R: Read + io::Seek>(mut src: R, format: Format, options: ReadOptions) -> io::Result<Report> {
    let start = src.stream_position()?;
    let detection = crate::encoding::detect(&mut src, format, options.encoding)?;
    src.seek(io::SeekFrom::Start(start))?;
    collect(Reader::new(src, format, &detection), format)
}
