//! Property tests: write then read gives the same documents, for every format and language the
//! writer supports (UTF-8; ISO-8859-2 for formwork); reading arbitrary bytes never panics.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use tessera_formats::{
    Column, Document, Format, Kind, Lang, Level, LineItem, ReadOptions, Value, WriteOptions, read_all, write_documents,
};

const ASCII: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 /-.,;:\"'=+@()|#&*";
const POLISH: &str = "ĄĆĘŁŃÓŚŹŻąćęłńóśźż";
const OTHER_UTF8: &str = "äöüßéè€ – “”";

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// Text as a writer's user could type it: no surrounding white space (it is trimmed on read),
/// no control characters except a line break inside.
fn text(format: Format, no_pipe: bool) -> BoxedStrategy<String> {
    let ascii: Vec<char> = chars(ASCII).into_iter().filter(|c| !(no_pipe && *c == '|')).collect();
    let polish = chars(POLISH);
    let other = chars(OTHER_UTF8);
    let token = if format == Format::Formwork {
        // ISO-8859-2 text; a Polish letter is followed by ASCII so that no run of high bytes
        // happens to be valid UTF-8 (a documented limit of the detection rule)
        prop_oneof![
            4 => proptest::sample::select(ascii.clone()).prop_map(|c| c.to_string()),
            1 => (proptest::sample::select(polish), proptest::sample::select(ascii.clone()))
                .prop_map(|(p, a)| format!("{p}{a}")),
        ]
        .boxed()
    } else {
        prop_oneof![
            6 => proptest::sample::select(ascii.clone()).prop_map(|c| c.to_string()),
            2 => proptest::sample::select(polish).prop_map(|c| c.to_string()),
            1 => proptest::sample::select(other).prop_map(|c| c.to_string()),
            1 => Just("\r\n".to_string()),
        ]
        .boxed()
    };
    proptest::collection::vec(token, 1..12)
        .prop_map(|t| t.concat())
        .prop_filter("no surrounding white space", |s| {
            !s.is_empty() && s.trim() == s && !s.starts_with(['\r', '\n']) && !s.ends_with(['\r', '\n'])
        })
        .boxed()
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (-10_000_000i64..10_000_000, 0u32..5).prop_map(|(m, s)| Decimal::new(m, s))
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1990i32..2100, 1u32..13, 1u32..29).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn value(format: Format, col: &'static Column) -> BoxedStrategy<Option<Value>> {
    let v: BoxedStrategy<Value> = match col.kind {
        Kind::Text => text(format, false).prop_map(Value::Text).boxed(),
        Kind::Decimal => decimal().prop_map(Value::Decimal).boxed(),
        Kind::Date => date().prop_map(Value::Date).boxed(),
        Kind::WarehouseType => proptest::sample::select(vec!["RECEIPT", "RELEASE", "TRANSFER", "RETURN"])
            .prop_map(|s| Value::Code(s.to_string()))
            .boxed(),
        Kind::Category => {
            proptest::sample::select(vec!["A", "B", "C", "D"]).prop_map(|s| Value::Code(s.to_string())).boxed()
        }
        Kind::Serials => proptest::collection::vec(text(format, true), 1..4).prop_map(Value::List).boxed(),
    };
    if col.required { v.prop_map(Some).boxed() } else { proptest::option::of(v).boxed() }
}

fn line_item(format: Format) -> BoxedStrategy<LineItem> {
    let strategies: Vec<BoxedStrategy<Option<Value>>> = format.line_columns().map(|c| value(format, c)).collect();
    strategies
        .prop_map(move |mut values| {
            if format == Format::Complaint {
                // counts: not negative, at least one greater than zero
                let keys: Vec<&str> = format.line_columns().map(|c| c.key).collect();
                let qi = keys.iter().position(|k| *k == "item_quality_count").unwrap();
                let ni = keys.iter().position(|k| *k == "item_quantity_count").unwrap();
                for i in [qi, ni] {
                    if let Some(Value::Decimal(d)) = &mut values[i] {
                        *d = d.abs();
                    }
                }
                let positive = |v: &Option<Value>| matches!(v, Some(Value::Decimal(d)) if *d > Decimal::ZERO);
                if !positive(&values[qi]) && !positive(&values[ni]) {
                    values[qi] = Some(Value::Decimal(Decimal::new(1, 0)));
                }
            }
            LineItem { line: 0, values }
        })
        .boxed()
}

fn document(format: Format, n: usize) -> BoxedStrategy<Document> {
    let fields: Vec<BoxedStrategy<Option<Value>>> = format.doc_columns().map(|c| value(format, c)).collect();
    (text(format, false), date(), fields, proptest::collection::vec(line_item(format), 1..5))
        .prop_map(move |(number, date, fields, lines)| Document {
            format,
            number: format!("{number}/{n}"),
            date: Some(date),
            fields,
            lines,
        })
        .boxed()
}

fn documents(format: Format) -> BoxedStrategy<Vec<Document>> {
    if format.many_documents() {
        (1usize..4).prop_flat_map(move |k| (0..k).map(|n| document(format, n)).collect::<Vec<_>>()).boxed()
    } else {
        document(format, 0).prop_map(|d| vec![d]).boxed()
    }
}

fn strip_lines(mut docs: Vec<Document>) -> Vec<Document> {
    for d in &mut docs {
        for l in &mut d.lines {
            l.line = 0;
        }
    }
    docs
}

fn roundtrip(format: Format, docs: Vec<Document>) -> Result<(), TestCaseError> {
    for lang in Lang::ALL {
        let mut bytes = Vec::new();
        write_documents(&mut bytes, format, &docs, WriteOptions { lang }).unwrap();
        if format == Format::Formwork {
            prop_assert!(encoding_rs::ISO_8859_2.decode_without_bom_handling_and_without_replacement(&bytes).is_some());
        } else {
            prop_assert!(std::str::from_utf8(&bytes).is_ok());
        }
        let report = read_all(&bytes, format, ReadOptions::default());
        prop_assert!(report.errors.is_empty(), "{lang}: {:?}\n{}", report.errors, String::from_utf8_lossy(&bytes));
        prop_assert_eq!(report.encoding.name(), if format == Format::Formwork { "ISO-8859-2" } else { "UTF-8" });
        prop_assert_eq!(
            strip_lines(report.documents),
            strip_lines(docs.clone()),
            "{}",
            String::from_utf8_lossy(&bytes)
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn order_roundtrip(docs in documents(Format::Order)) { roundtrip(Format::Order, docs)?; }

    #[test]
    fn delivery_roundtrip(docs in documents(Format::Delivery)) { roundtrip(Format::Delivery, docs)?; }

    #[test]
    fn complaint_roundtrip(docs in documents(Format::Complaint)) { roundtrip(Format::Complaint, docs)?; }

    #[test]
    fn formwork_roundtrip(docs in documents(Format::Formwork)) { roundtrip(Format::Formwork, docs)?; }

    #[test]
    fn small_appliances_roundtrip(docs in documents(Format::SmallAppliances)) {
        roundtrip(Format::SmallAppliances, docs)?;
    }

    #[test]
    fn warehouse_roundtrip(docs in documents(Format::Warehouse)) { roundtrip(Format::Warehouse, docs)?; }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        for format in Format::ALL {
            let r = read_all(&bytes, format, ReadOptions::default());
            let _ = r.to_json(Lang::Pl);
        }
    }

    #[test]
    fn csv_like_bytes_never_panic(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                ";", "\"", "\r", "\n", "\r\n", "'", " ", "\u{a0}", "1", "2020-01-31", "17.05.18", "1,5",
                "RW", "A", "Ł", "\u{0}", "\u{85}", "ORDER_NUMBER", "DOCUMENT_NUMBER", "Date", "\u{feff}",
            ]),
            0..200,
        ),
        forced in proptest::option::of(proptest::sample::select(vec!["utf-8", "iso-8859-2", "windows-1250"])),
    ) {
        let text = parts.concat();
        for format in Format::ALL {
            let options = ReadOptions { encoding: forced.map(|f| f.parse().unwrap()) };
            let r = read_all(text.as_bytes(), format, options);
            let _ = r.to_json(Lang::De);
        }
    }
}

/// A generated well-formed file reads back for every header: the header names from the format.
#[test]
fn written_header_is_the_seeds_names_verbatim() {
    for format in Format::ALL {
        let mut bytes = Vec::new();
        write_documents(&mut bytes, format, &[], WriteOptions::default()).unwrap();
        let names: Vec<&str> = format.columns().iter().map(|c| c.name).collect();
        let want = format!("{}\r\n", names.join(";"));
        assert_eq!(bytes, want.as_bytes());
    }
    let _ = Level::Doc;
}

fn events_of(bytes: Vec<u8>, format: Format, threaded: bool) -> Vec<tessera_formats::Event> {
    let det = tessera_formats::detect_bytes(&bytes, format, None);
    let mut reader = if threaded {
        tessera_formats::Reader::new_threaded(std::io::Cursor::new(bytes), format, &det)
    } else {
        tessera_formats::Reader::new(std::io::Cursor::new(bytes), format, &det)
    };
    let mut out = Vec::new();
    while let Some(e) = reader.next_event().unwrap() {
        out.push(e);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Splitting records on a second thread changes nothing but the speed.
    #[test]
    fn threaded_reading_gives_the_same_events(docs in documents(Format::Warehouse), junk in proptest::collection::vec(any::<u8>(), 0..64)) {
        let mut bytes = Vec::new();
        write_documents(&mut bytes, Format::Warehouse, &docs, WriteOptions::default()).unwrap();
        // many rows, so that several batches pass between the threads
        let body = bytes.split(|b| *b == b'\n').skip(1).collect::<Vec<_>>().join(&b'\n');
        for _ in 0..300 {
            bytes.extend_from_slice(&body);
        }
        bytes.extend_from_slice(&junk);
        prop_assert_eq!(
            events_of(bytes.clone(), Format::Warehouse, true),
            events_of(bytes, Format::Warehouse, false)
        );
    }
}
