//! Bad input: a clear error, bounded memory, no panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use std::io::Read;
use tessera_formats::{Format, Lang, ProblemKind, ReadOptions, Reader, Report, collect, detect, read_all};

const ORDER_HEADER: &str = "ORDER_NUMBER;ORDER_DATE;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE";
const ORDER_ROW: &str = "ZAM/1/2020;2020-06-04;11587;W;MK-1;C;5X340;BUCKLE;P1;PIECE;1.00;5.00;5.00";

fn read(text: &[u8]) -> Report {
    read_all(text, Format::Order, ReadOptions::default())
}

fn kinds(r: &Report) -> Vec<ProblemKind> {
    r.errors.iter().map(|e| e.kind.clone()).collect()
}

#[test]
fn truncated_files() {
    let full = format!("{ORDER_HEADER}\r\n{ORDER_ROW}\r\n{ORDER_ROW}\r\n");
    for cut in 0..full.len() {
        let r = read(&full.as_bytes()[..cut]);
        // every prefix gives a report; a cut inside a row gives an error on that row, not a panic
        if cut > ORDER_HEADER.len() + 2 && cut < ORDER_HEADER.len() + 2 + ORDER_ROW.len() - 8 {
            assert!(!r.errors.is_empty(), "cut {cut}");
            assert!(r.errors.iter().all(|e| e.line == 2 || e.line == 1), "cut {cut}: {:?}", r.errors);
        }
    }
    // cut in the middle of a UTF-8 sequence: read as Windows-1250 with a warning, no panic
    let text = format!("{ORDER_HEADER}\r\n{}", ORDER_ROW.replace("BUCKLE", "ŁĄCZNIK"));
    let cut = text.find('Ą').unwrap() + 1;
    let r = read(&text.as_bytes()[..cut]);
    assert!(!r.errors.is_empty());
}

#[test]
fn a_lone_quote_is_an_unterminated_value_at_its_line() {
    let text =
        format!("{ORDER_HEADER}\r\n{ORDER_ROW}\r\n{}\r\n{ORDER_ROW}\r\n", ORDER_ROW.replace("BUCKLE", "\"BUCKLE"));
    let r = read(text.as_bytes());
    assert_eq!(kinds(&r), vec![ProblemKind::UnterminatedQuote]);
    assert_eq!(r.errors[0].line, 3);
    assert!(r.errors[0].message(Lang::En).contains("never closed"));
    // a quote inside an unquoted value is literal
    let text = format!("{ORDER_HEADER}\r\n{}\r\n", ORDER_ROW.replace("BUCKLE", "RURA 1/2\""));
    assert!(read(text.as_bytes()).is_ok());
}

#[test]
fn ten_thousand_columns() {
    let wide = vec!["x"; 10_000].join(";");
    let text = format!("{ORDER_HEADER}\r\n{wide}\r\n{ORDER_ROW}\r\n");
    let r = read(text.as_bytes());
    assert_eq!(kinds(&r), vec![ProblemKind::WrongWidth { expected: 13, found: 10_000 }]);
    assert_eq!(r.errors[0].line, 2);
    assert_eq!(r.documents[0].lines.len(), 1);
    // as a header
    let text = format!("{wide}\r\n{ORDER_ROW}\r\n");
    let r = read(text.as_bytes());
    assert!(!r.errors.is_empty());
    // far too many columns: the record limit
    let wider = ";".repeat(300_000);
    let text = format!("{ORDER_HEADER}\r\n{wider}x\r\n{ORDER_ROW}\r\n");
    let r = read(text.as_bytes());
    assert!(matches!(r.errors[0].kind, ProblemKind::RecordTooLong { .. }), "{:?}", r.errors);
}

/// Produces a header, one line of `n` bytes, then a good row, without holding them in memory.
struct HugeLine {
    head: Vec<u8>,
    n: u64,
    tail: Vec<u8>,
    pos: u64,
}

impl HugeLine {
    fn new(n: u64, quoted: bool) -> Self {
        let mut head = format!("{ORDER_HEADER}\r\n").into_bytes();
        if quoted {
            head.push(b'"');
        }
        let mut tail = Vec::new();
        if quoted {
            tail.push(b'"');
        }
        tail.extend_from_slice(format!("\r\n{ORDER_ROW}\r\n").as_bytes());
        HugeLine { head, n, tail, pos: 0 }
    }
}

impl Read for HugeLine {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let h = self.head.len() as u64;
        let total = h + self.n + self.tail.len() as u64;
        let mut written = 0;
        while written < buf.len() && self.pos < total {
            let p = self.pos;
            if p < h {
                buf[written] = self.head[p as usize];
                written += 1;
                self.pos += 1;
            } else if p < h + self.n {
                let k = ((h + self.n - p) as usize).min(buf.len() - written);
                buf[written..written + k].fill(b'a');
                written += k;
                self.pos += k as u64;
            } else {
                buf[written] = self.tail[(p - h - self.n) as usize];
                written += 1;
                self.pos += 1;
            }
        }
        Ok(written)
    }
}

#[test]
fn a_100_mb_line_is_an_error_and_reading_goes_on() {
    for quoted in [false, true] {
        let n = 100 * 1024 * 1024;
        let det = detect(HugeLine::new(n, quoted), Format::Order, None).unwrap();
        let r = collect(Reader::new(HugeLine::new(n, quoted), Format::Order, &det), Format::Order).unwrap();
        assert_eq!(kinds(&r), vec![ProblemKind::RecordTooLong { limit_bytes: 1 << 20 }], "quoted {quoted}");
        assert_eq!(r.errors[0].line, 2);
        assert_eq!(r.documents.len(), 1);
        assert_eq!(r.documents[0].lines[0].line, 3);
    }
}

#[test]
fn nul_bytes_are_errors_naming_the_line() {
    let text = format!("{ORDER_HEADER}\r\n{ORDER_ROW}\r\n{}\r\n", ORDER_ROW.replace("BUCKLE", "BUC\0KLE"));
    let r = read(text.as_bytes());
    assert_eq!(kinds(&r), vec![ProblemKind::ControlCharacter { code: 0 }]);
    assert_eq!((r.errors[0].line, r.errors[0].column), (3, Some("ITEM_NAME")));
    // a file of NULs (UTF-16 saved by mistake, say)
    let utf16: Vec<u8> = ORDER_HEADER.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let r = read(&utf16);
    assert!(!r.errors.is_empty());
    let r = read(&[0u8; 4096]);
    assert!(!r.errors.is_empty());
}

#[test]
fn mixed_line_endings() {
    let text = format!("{ORDER_HEADER}\n{ORDER_ROW}\r\n{ORDER_ROW}\r{ORDER_ROW}\n\r\n{ORDER_ROW}");
    let r = read(text.as_bytes());
    assert!(r.is_ok(), "{:?}", r.errors);
    let lines: Vec<u64> = r.documents[0].lines.iter().map(|l| l.line).collect();
    assert_eq!(lines, vec![2, 3, 4, 6]);
}

#[test]
fn binary_garbage_gives_errors_not_panics() {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    for format in Format::ALL {
        let r = read_all(&bytes, format, ReadOptions::default());
        assert!(!r.errors.is_empty());
    }
}
