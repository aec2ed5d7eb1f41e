//! Bytes to records: `;`-separated, RFC 4180 quoting, CRLF/LF/CR line ends, physical line
//! numbers, and a bound on the size of one record. Works on bytes: `;`, `"`, CR and LF are the
//! same single bytes in UTF-8, ISO-8859-2 and Windows-1250, so fields are decoded afterwards.
use std::io::{self, Read};

/// The largest record kept in memory (1 MiB); a longer one is an error.
pub const MAX_RECORD_BYTES: usize = 1 << 20;
/// The most fields kept for one record; more is an error.
pub const MAX_FIELDS: usize = 20_000;
const CHUNK: usize = 64 * 1024;

/// One record as read: its field bytes (unquoted, `""` unescaped), where it starts.
#[derive(Debug, Default)]
pub struct RawRecord {
    pub bytes: Vec<u8>,
    /// (start, end) offsets in `bytes` of each field.
    pub spans: Vec<(usize, usize)>,
    cur_start: usize,
    /// The physical line (1-based) where the record starts.
    pub line: u64,
    /// The record exceeded [`MAX_RECORD_BYTES`] or [`MAX_FIELDS`]; its content was dropped.
    pub too_long: bool,
    /// A quoted value was still open at the end of the file.
    pub unterminated: bool,
    /// `bytes` is the whole line, fields joined by `;` (no quoting was involved).
    pub joined: bool,
    /// Set when the record was already decoded (on the splitting thread) into `text`/`bounds`.
    pub(crate) decoded: Option<Result<(), crate::reader::DecodeFail>>,
    pub(crate) text: String,
    pub(crate) bounds: Vec<(usize, usize)>,
    pub(crate) norm: Vec<(usize, usize)>,
}

impl RawRecord {
    fn clear(&mut self) {
        self.bytes.clear();
        self.spans.clear();
        self.cur_start = 0;
        self.too_long = false;
        self.unterminated = false;
        self.joined = false;
        self.decoded = None;
    }

    /// The raw bytes of field `i` (the reader itself splits joined records after decoding).
    pub fn field(&self, i: usize) -> &[u8] {
        if self.joined {
            return self.bytes.split(|b| *b == b';').nth(i).unwrap_or(&[]);
        }
        match self.spans.get(i) {
            Some(&(a, b)) => self.bytes.get(a..b).unwrap_or(&[]),
            None => &[],
        }
    }

    /// The number of fields.
    pub fn len(&self) -> usize {
        if self.joined {
            return self.bytes.iter().filter(|b| **b == b';').count() + 1;
        }
        self.spans.len()
    }

    /// Whether the record has no field.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn append(&mut self, b: &[u8]) {
        if self.too_long {
            return;
        }
        if self.bytes.len() + b.len() > MAX_RECORD_BYTES {
            self.too_long = true;
            self.bytes.clear();
            self.spans.clear();
            return;
        }
        self.bytes.extend_from_slice(b);
    }

    fn end_field(&mut self) {
        if self.too_long {
            return;
        }
        if self.spans.len() >= MAX_FIELDS {
            self.too_long = true;
            self.bytes.clear();
            self.spans.clear();
            return;
        }
        self.spans.push((self.cur_start, self.bytes.len()));
        self.cur_start = self.bytes.len();
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum St {
    Start,
    Unquoted,
    Quoted,
    QuoteSeen,
    AfterQuote,
}

/// Streaming record reader.
pub struct CsvReader<R> {
    src: R,
    buf: Vec<u8>,
    pos: usize,
    len: usize,
    eof: bool,
    line: u64,
    skip_lf: bool,
    bytes_read: u64,
}

impl<R: Read> CsvReader<R> {
    pub fn new(src: R) -> Self {
        CsvReader { src, buf: vec![0; CHUNK], pos: 0, len: 0, eof: false, line: 1, skip_lf: false, bytes_read: 0 }
    }

    /// Bytes read from the source so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// Skips `n` bytes at the very start (a BOM).
    pub fn skip_prefix(&mut self, prefix: &[u8]) -> io::Result<()> {
        self.fill()?;
        if self.buf[self.pos..self.len].starts_with(prefix) {
            self.pos += prefix.len();
        }
        Ok(())
    }

    fn fill(&mut self) -> io::Result<bool> {
        if self.pos < self.len {
            return Ok(true);
        }
        if self.eof {
            return Ok(false);
        }
        self.pos = 0;
        self.len = 0;
        loop {
            match self.src.read(&mut self.buf) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.len = n;
                    self.bytes_read += n as u64;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Reads the next record; `false` at the end of the input.
    pub fn next_record(&mut self, rec: &mut RawRecord) -> io::Result<bool> {
        rec.clear();
        let mut state = St::Start;
        let mut started = false;
        let mut quoted_cr = false;
        loop {
            if !self.fill()? {
                if !started {
                    return Ok(false);
                }
                if state == St::Quoted {
                    rec.unterminated = true;
                }
                rec.end_field();
                return Ok(true);
            }
            let buf = &self.buf[self.pos..self.len];
            match state {
                St::Start => {
                    if !started {
                        if self.skip_lf && buf[0] == b'\n' {
                            self.skip_lf = false;
                            self.pos += 1;
                            continue;
                        }
                        self.skip_lf = false;
                        started = true;
                        rec.line = self.line;
                        // fast path: a whole line in the buffer, without quotes
                        if let Some(end) = memchr::memchr2(b'\n', b'\r', buf) {
                            let line = &buf[..end];
                            if line.len() <= MAX_RECORD_BYTES && memchr::memchr(b'"', line).is_none() {
                                // fields are split after decoding (`RawRecord::joined`)
                                rec.bytes.extend_from_slice(line);
                                rec.joined = true;
                                self.skip_lf = buf[end] == b'\r';
                                self.pos += end + 1;
                                self.line += 1;
                                return Ok(true);
                            }
                        }
                    }
                    match buf[0] {
                        b'"' => {
                            state = St::Quoted;
                            self.pos += 1;
                        }
                        b';' => {
                            rec.end_field();
                            self.pos += 1;
                        }
                        b'\r' | b'\n' => {
                            rec.end_field();
                            self.skip_lf = buf[0] == b'\r';
                            self.pos += 1;
                            self.line += 1;
                            return Ok(true);
                        }
                        _ => state = St::Unquoted,
                    }
                }
                St::Unquoted | St::AfterQuote => {
                    let k = memchr::memchr3(b';', b'\r', b'\n', buf).unwrap_or(buf.len());
                    let delim = buf.get(k).copied();
                    rec.append(&buf[..k]);
                    self.pos += k;
                    match delim {
                        Some(b';') => {
                            rec.end_field();
                            self.pos += 1;
                            state = St::Start;
                        }
                        Some(d) => {
                            rec.end_field();
                            self.skip_lf = d == b'\r';
                            self.pos += 1;
                            self.line += 1;
                            return Ok(true);
                        }
                        None => {}
                    }
                }
                St::Quoted => {
                    let k = memchr::memchr3(b'"', b'\r', b'\n', buf).unwrap_or(buf.len());
                    if k > 0 {
                        quoted_cr = false;
                    }
                    rec.append(&buf[..k]);
                    self.pos += k;
                    match buf.get(k).copied() {
                        Some(b'"') => {
                            state = St::QuoteSeen;
                            self.pos += 1;
                        }
                        Some(b'\r') => {
                            rec.append(b"\r");
                            self.line += 1;
                            quoted_cr = true;
                            self.pos += 1;
                        }
                        Some(_) => {
                            rec.append(b"\n");
                            if !quoted_cr {
                                self.line += 1;
                            }
                            quoted_cr = false;
                            self.pos += 1;
                        }
                        None => {}
                    }
                }
                St::QuoteSeen => {
                    if buf[0] == b'"' {
                        rec.append(b"\"");
                        self.pos += 1;
                        state = St::Quoted;
                        quoted_cr = false;
                    } else {
                        state = St::AfterQuote;
                    }
                }
            }
        }
    }
}

/// Records split on a second thread, handed over in batches (reading, splitting and copying
/// overlap with the validation of the previous batch). Buffers are recycled: memory stays at
/// a few batches of records whatever the size of the file.
pub struct ThreadedRecords {
    rx: std::sync::mpsc::Receiver<io::Result<Vec<RawRecord>>>,
    back: std::sync::mpsc::SyncSender<Vec<RawRecord>>,
    batch: Vec<RawRecord>,
    next: usize,
    done: bool,
}

const BATCH: usize = 256;
const POOL: usize = 6;

impl ThreadedRecords {
    /// Starts the splitting thread. `skip` is a prefix dropped at the start (a BOM).
    /// `post` runs on the splitting thread for every record (decoding, for the reader).
    pub fn spawn<R: Read + Send + 'static>(
        src: R,
        skip: Option<&'static [u8]>,
        mut post: impl FnMut(&mut RawRecord) + Send + 'static,
    ) -> Self {
        let (tx, rx) = std::sync::mpsc::sync_channel::<io::Result<Vec<RawRecord>>>(POOL);
        let (back, back_rx) = std::sync::mpsc::sync_channel::<Vec<RawRecord>>(POOL);
        // a fixed pool of batches circulates: no allocation per record once warm
        for _ in 0..POOL {
            let _ = back.try_send(Vec::new());
        }
        std::thread::spawn(move || {
            let mut csv = CsvReader::new(src);
            if let Some(prefix) = skip
                && let Err(e) = csv.skip_prefix(prefix)
            {
                let _ = tx.send(Err(e));
                return;
            }
            loop {
                let Ok(mut batch) = back_rx.recv() else {
                    return; // the reader is gone
                };
                batch.resize_with(BATCH, RawRecord::default);
                let mut n = 0;
                let mut eof = false;
                while n < BATCH {
                    match csv.next_record(&mut batch[n]) {
                        Ok(true) => {
                            post(&mut batch[n]);
                            n += 1;
                        }
                        Ok(false) => {
                            eof = true;
                            break;
                        }
                        Err(e) => {
                            let _ = tx.send(Err(e));
                            return;
                        }
                    }
                }
                batch.truncate(n);
                if tx.send(Ok(batch)).is_err() || eof {
                    return;
                }
            }
        });
        ThreadedRecords { rx, back, batch: Vec::new(), next: 0, done: false }
    }

    /// The next record (swapped into `rec`, whose old buffers go back for reuse).
    pub fn next_record(&mut self, rec: &mut RawRecord) -> io::Result<bool> {
        loop {
            if self.next < self.batch.len() {
                std::mem::swap(rec, &mut self.batch[self.next]);
                self.next += 1;
                return Ok(true);
            }
            if self.done {
                return Ok(false);
            }
            let used = std::mem::take(&mut self.batch);
            if self.back.try_send(used).is_err() {
                // the splitting thread has finished
            }
            self.next = 0;
            match self.rx.recv() {
                Ok(Ok(batch)) => {
                    if batch.len() < BATCH {
                        self.done = true;
                    }
                    self.batch = batch;
                }
                Ok(Err(e)) => {
                    self.done = true;
                    return Err(e);
                }
                Err(_) => {
                    self.done = true;
                    return Ok(false);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn fields(rec: &RawRecord) -> Vec<String> {
        (0..rec.len()).map(|i| String::from_utf8_lossy(rec.field(i)).into_owned()).collect()
    }

    fn records(input: &[u8]) -> Vec<(u64, Vec<String>)> {
        let mut r = CsvReader::new(input);
        let mut rec = RawRecord::default();
        let mut out = Vec::new();
        while r.next_record(&mut rec).unwrap() {
            out.push((rec.line, fields(&rec)));
        }
        out
    }

    #[test]
    fn quoting_and_line_numbers() {
        let got = records(b"a;b\r\n\"x;y\";\"he said \"\"hi\"\"\"\r\n\"multi\nline\";2\nRURA 1/2\";z\rlast");
        assert_eq!(got[0], (1, vec!["a".into(), "b".into()]));
        assert_eq!(got[1], (2, vec!["x;y".into(), "he said \"hi\"".into()]));
        assert_eq!(got[2], (3, vec!["multi\nline".into(), "2".into()]));
        assert_eq!(got[3], (5, vec!["RURA 1/2\"".into(), "z".into()]));
        assert_eq!(got[4], (6, vec!["last".into()]));
    }

    #[test]
    fn chunk_boundaries_do_not_matter() {
        // a reader that hands out one byte at a time
        struct OneByte<'a>(&'a [u8]);
        impl Read for OneByte<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0.is_empty() || buf.is_empty() {
                    return Ok(0);
                }
                buf[0] = self.0[0];
                self.0 = &self.0[1..];
                Ok(1)
            }
        }
        let input = b"a;\"b\r\nc\";d\r\ne;f\r\n\r\ng";
        let mut r = CsvReader::new(OneByte(input));
        let mut rec = RawRecord::default();
        let mut lines = Vec::new();
        while r.next_record(&mut rec).unwrap() {
            lines.push((rec.line, fields(&rec).len()));
        }
        assert_eq!(lines, vec![(1, 3), (3, 2), (4, 1), (5, 1)]);
    }

    #[test]
    fn unterminated_quote_is_flagged() {
        let mut r = CsvReader::new(&b"a;\"open\nstill"[..]);
        let mut rec = RawRecord::default();
        assert!(r.next_record(&mut rec).unwrap());
        assert!(rec.unterminated);
        assert_eq!(rec.line, 1);
    }
}
