//! One test (or more) per rule of `shared/spec/formats.md`, through the public API.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use rust_decimal::Decimal;
use std::str::FromStr;
use tessera_formats::{Encoding, Format, Lang, ProblemKind, ReadOptions, Report, Value, detect_bytes, read_all};

const ORDER_HEADER: &str = "ORDER_NUMBER;ORDER_DATE;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE";
const ORDER_ROW: &str = "ZAM/1/2020;2020-06-04;11587;W;MK-1;C;5X340;BUCKLE;P1;PIECE;1.00;5.00;5.00";
const DELIVERY_HEADER: &str = "DELIVERY_NUMBER;DELIVERY_DATE;LOADING_DATE;ORDER_NUMBER;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE;CHECKED_COUNT";
const COMPLAINT_HEADER: &str = "COMPLAINT_NUMBER;COMPLAINT_DATE;DELIVERY_NUMBER;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE;ITEM_QUALITY_COUNT;ITEM_QUANTITY_COUNT";
const FORMWORK_HEADER: &str = "Contract;customer ID;Customer name;Construction;Construction Name;Date;Document type;Stock documents;Article;Article description;Wear type;Category;Quantity;Libra;unit price;Value";
const SMALL_HEADER: &str = "Contract;customer ID;Customer name;Construction;Construction Name;Date;Document type;Stock documents;Article;Article description;Quantity;Libra;Serial number";
const WAREHOUSE_HEADER: &str = "DOCUMENT_NUMBER;DOCUMENT_DATE;TYPE;WAREHOUSE;SALARIES;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_MANUFACTURER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE";

fn read(format: Format, text: &str) -> Report {
    read_all(text.as_bytes(), format, ReadOptions::default())
}

fn file(header: &str, rows: &[&str]) -> String {
    let mut s = String::from(header);
    s.push_str("\r\n");
    for r in rows {
        s.push_str(r);
        s.push_str("\r\n");
    }
    s
}

fn order_with(col: usize, value: &str) -> String {
    let mut f: Vec<&str> = ORDER_ROW.split(';').collect();
    f[col] = value;
    file(ORDER_HEADER, &[&f.join(";")])
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn item(r: &Report, doc: usize, line: usize, key: &str) -> Option<Value> {
    r.documents[doc].lines[line].get(r.format, key).cloned()
}

fn has_error(r: &Report, line: u64, column: Option<&str>) -> bool {
    r.errors.iter().any(|e| e.line == line && e.column == column)
}

fn error_kinds(r: &Report) -> Vec<ProblemKind> {
    r.errors.iter().map(|e| e.kind.clone()).collect()
}

// ---------- numbers ----------

fn number(s: &str) -> Result<Decimal, ProblemKind> {
    let r = read(Format::Order, &order_with(11, s));
    if let Some(e) = r.errors.first() {
        assert_eq!(e.column, Some("ITEM_COUNT"));
        assert_eq!(e.value.as_deref(), Some(s));
        return Err(e.kind.clone());
    }
    Ok(item(&r, 0, 0, "item_count").and_then(|v| v.as_decimal()).unwrap())
}

#[test]
fn numbers_accept_both_separators_groups_and_the_text_mark() {
    assert_eq!(number("1 250,50").unwrap(), dec("1250.50"));
    assert_eq!(number("1\u{a0}250,50").unwrap(), dec("1250.50"));
    assert_eq!(number("1 250 000").unwrap(), dec("1250000"));
    assert_eq!(number("'2124907").unwrap(), dec("2124907"));
    assert_eq!(number("1,500").unwrap(), dec("1.5"));
    assert_eq!(number("250.5").unwrap(), dec("250.5"));
    assert_eq!(number("\u{2212}5").unwrap(), dec("-5"));
    assert_eq!(number("-0,25").unwrap(), dec("-0.25"));
    assert_eq!(number("  7 ").unwrap(), dec("7"));
}

#[test]
fn numbers_are_reported_with_a_dot_and_keep_their_digits() {
    let r = read(Format::Order, &order_with(11, "1 250,50"));
    let j = r.to_json(Lang::En);
    assert_eq!(j["documents"][0]["lines"][0]["item_count"], "1250.50");
}

#[test]
fn ambiguous_and_foreign_numbers_are_rejected_with_the_reason() {
    use tessera_formats::NumberError as N;
    assert_eq!(number("1.234,50"), Err(ProblemKind::Number(N::Ambiguous)));
    assert_eq!(number("1,234.50"), Err(ProblemKind::Number(N::Ambiguous)));
    assert_eq!(number("1,234,567"), Err(ProblemKind::Number(N::Ambiguous)));
    assert_eq!(number("5,0,0"), Err(ProblemKind::Number(N::Ambiguous)));
    assert_eq!(number("12 zł"), Err(ProblemKind::Number(N::Currency)));
    assert_eq!(number("$12"), Err(ProblemKind::Number(N::Currency)));
    assert_eq!(number("12 PLN"), Err(ProblemKind::Number(N::Currency)));
    assert_eq!(number("(12)"), Err(ProblemKind::Number(N::Parentheses)));
    assert_eq!(number("1E5"), Err(ProblemKind::Number(N::Exponent)));
    assert_eq!(number("1.5e-3"), Err(ProblemKind::Number(N::Exponent)));
    assert_eq!(number("12 50"), Err(ProblemKind::Number(N::Grouping)));
    assert_eq!(number("1250 000"), Err(ProblemKind::Number(N::Grouping)));
    assert_eq!(number(".5"), Err(ProblemKind::Number(N::MissingDigits)));
    assert_eq!(number("5."), Err(ProblemKind::Number(N::MissingDigits)));
    assert_eq!(number("+5"), Err(ProblemKind::Number(N::NotANumber)));
    assert_eq!(number("five"), Err(ProblemKind::Number(N::NotANumber)));
    assert_eq!(number("12345678901234567890123456789"), Err(ProblemKind::Number(N::TooLarge)));
    // the message says why
    let r = read(Format::Order, &order_with(11, "1.234,50"));
    assert!(r.errors[0].message(Lang::En).contains("thousands"));
}

// ---------- dates ----------

fn date_of(format: Format, text: &str) -> Result<chrono::NaiveDate, ProblemKind> {
    let r = read(format, text);
    if let Some(e) = r.errors.first() {
        return Err(e.kind.clone());
    }
    Ok(r.documents[0].date.unwrap())
}

fn ymd(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn dates_in_the_documented_pattern_one_digit_parts_and_polish_excel() {
    assert_eq!(date_of(Format::Order, &order_with(1, "2020-6-4")).unwrap(), ymd(2020, 6, 4));
    assert_eq!(date_of(Format::Order, &order_with(1, "04.06.2020")).unwrap(), ymd(2020, 6, 4));
    assert_eq!(date_of(Format::Order, &order_with(1, "4.6.2020")).unwrap(), ymd(2020, 6, 4));
    assert!(date_of(Format::Order, &order_with(1, "04.06.20")).is_err(), "two-digit years only in formwork");
    assert!(date_of(Format::Order, &order_with(1, "06/04/2020")).is_err());
    let small = |d: &str| file(SMALL_HEADER, &[&format!("3407;KB;X;2411;S;{d};W-Z;52993;12345;GEN;2;5;")]);
    assert_eq!(date_of(Format::SmallAppliances, &small("17-05-2018")).unwrap(), ymd(2018, 5, 17));
    assert_eq!(date_of(Format::SmallAppliances, &small("7-5-2018")).unwrap(), ymd(2018, 5, 7));
    assert_eq!(date_of(Format::SmallAppliances, &small("17.05.2018")).unwrap(), ymd(2018, 5, 17));
    assert!(date_of(Format::SmallAppliances, &small("2018-05-17")).is_err());
}

fn formwork_row(date: &str, category: &str) -> String {
    file(
        FORMWORK_HEADER,
        &[&format!("3407;KB0004;X;2411;S33;{date};W-Z;52992;2124907;SCREW;Use;{category};'40;'396;'207.65;'8306.0")],
    )
}

#[test]
fn formwork_dates() {
    assert_eq!(date_of(Format::Formwork, &formwork_row("17.05.18", "A")).unwrap(), ymd(2018, 5, 17));
    assert_eq!(date_of(Format::Formwork, &formwork_row("17.05.2018", "A")).unwrap(), ymd(2018, 5, 17));
    assert_eq!(date_of(Format::Formwork, &formwork_row("05/17/18", "A")).unwrap(), ymd(2018, 5, 17));
    assert_eq!(date_of(Format::Formwork, &formwork_row("5/7/18", "A")).unwrap(), ymd(2018, 5, 7));
    assert!(date_of(Format::Formwork, &formwork_row("17/05/18", "A")).is_err(), "month first with /");
}

#[test]
fn impossible_dates_are_errors() {
    use tessera_formats::DateError;
    let r = read(Format::Order, &order_with(1, "2020-02-30"));
    assert!(has_error(&r, 2, Some("ORDER_DATE")));
    assert!(matches!(r.errors[0].kind, ProblemKind::Date { error: DateError::Impossible, .. }));
    let r = read(Format::Order, &order_with(1, "2020-13-01"));
    assert!(has_error(&r, 2, Some("ORDER_DATE")));
    assert_eq!(date_of(Format::Order, &order_with(1, "2020-02-29")).unwrap(), ymd(2020, 2, 29));
}

// ---------- header ----------

#[test]
fn reordered_header_maps_by_name() {
    let h: Vec<&str> = ORDER_HEADER.split(';').collect();
    let r: Vec<&str> = ORDER_ROW.split(';').collect();
    let order = [12, 0, 11, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    let h2: Vec<&str> = order.iter().map(|&i| h[i]).collect();
    let r2: Vec<&str> = order.iter().map(|&i| r[i]).collect();
    let rep = read(Format::Order, &file(&h2.join(";"), &[&r2.join(";")]));
    assert!(rep.is_ok(), "{:?}", rep.errors);
    assert_eq!(rep.documents[0].number, "ZAM/1/2020");
    assert_eq!(item(&rep, 0, 0, "item_count").unwrap().as_decimal(), Some(dec("5.00")));
    assert_eq!(item(&rep, 0, 0, "item_price").unwrap().as_decimal(), Some(dec("5.00")));
}

#[test]
fn header_names_fold_case_spaces_underscores_and_accept_json_keys() {
    let h = "order number;Order_Date;account;workorder;CONTRACT SCOPE;contract_name;ContractNumber;item_name;item order number;ITEM_UNIT;item_unit_price;Item Count;ITEM_PRICE";
    let rep = read(Format::Order, &file(h, &[ORDER_ROW]));
    assert!(rep.is_ok(), "{:?}", rep.errors);
    let h = "Contract;customer_id;customer name;construction;construction_name;Date;document_type;Stock documents;article;article_description;wear_type;category;quantity;weight;unit_price;value";
    let rep = read(Format::Formwork, &formwork_row("17.05.18", "A").replacen(FORMWORK_HEADER, h, 1));
    assert!(rep.is_ok(), "{:?}", rep.errors);
    assert_eq!(item(&rep, 0, 0, "weight").unwrap().as_decimal(), Some(dec("396")));
}

#[test]
fn number_and_date_are_not_aliases() {
    let h = ORDER_HEADER.replacen("ORDER_NUMBER", "number", 1);
    let rep = read(Format::Order, &file(&h, &[ORDER_ROW]));
    assert!(matches!(&rep.errors[0].kind, ProblemKind::HeaderUnknown { names } if names == &["number"]));
}

#[test]
fn polish_header_is_positional_with_a_warning() {
    let h = "NUMER_ZAMÓWIENIA;DATA;KONTO;ZLECENIE;ZAKRES;NAZWA_UMOWY;NUMER_UMOWY;NAZWA;INDEKS;JM;CENA;ILOŚĆ;WARTOŚĆ";
    let rep = read(Format::Order, &file(h, &[ORDER_ROW]));
    assert!(rep.is_ok(), "{:?}", rep.errors);
    assert_eq!(rep.warnings.len(), 1);
    assert_eq!(rep.warnings[0].kind, ProblemKind::HeaderPositional);
    assert_eq!(rep.documents[0].lines.len(), 1);
}

#[test]
fn unknown_duplicate_and_missing_header_names_are_errors_that_say_which() {
    let h = ORDER_HEADER.replacen("ACCOUNT", "KONTO", 1);
    let rep = read(Format::Order, &file(&h, &[ORDER_ROW]));
    let kinds = error_kinds(&rep);
    assert!(kinds.contains(&ProblemKind::HeaderUnknown { names: vec!["KONTO".into()] }), "{kinds:?}");
    assert!(kinds.contains(&ProblemKind::HeaderMissingColumns { names: vec!["ACCOUNT".into()] }));
    assert!(rep.errors[0].message(Lang::En).contains("KONTO"));
    let h = ORDER_HEADER.replacen("ACCOUNT", "ITEM_UNIT", 1);
    let rep = read(Format::Order, &file(&h, &[ORDER_ROW]));
    let kinds = error_kinds(&rep);
    assert!(kinds.contains(&ProblemKind::HeaderDuplicate { names: vec!["ITEM_UNIT".into()] }), "{kinds:?}");
    let h = ORDER_HEADER.replacen(";ITEM_PRICE", "", 1);
    let rep = read(Format::Order, &file(&h, &[ORDER_ROW]));
    assert!(error_kinds(&rep).contains(&ProblemKind::HeaderMissingColumns { names: vec!["ITEM_PRICE".into()] }));
    assert!(rep.errors.iter().all(|e| e.line == 1));
}

#[test]
fn a_missing_header_is_detected() {
    let rep = read(Format::Order, &format!("{ORDER_ROW}\r\n{ORDER_ROW}\r\n"));
    assert!(has_error(&rep, 1, None));
    assert_eq!(rep.errors[0].kind, ProblemKind::HeaderMissing);
}

#[test]
fn header_without_rows_and_empty_files_are_errors() {
    let rep = read(Format::Order, &file(ORDER_HEADER, &[]));
    assert_eq!(error_kinds(&rep), vec![ProblemKind::NoDataRows]);
    let rep = read(Format::Order, "");
    assert_eq!(error_kinds(&rep), vec![ProblemKind::EmptyFile]);
    let rep = read(Format::Order, ";;;\r\n  \r\n");
    assert_eq!(error_kinds(&rep), vec![ProblemKind::EmptyFile]);
}

// ---------- text to rows ----------

#[test]
fn excel_leftovers_are_ignored() {
    // trailing empty column on header and rows, empty rows and rows of separators
    let text = format!("{ORDER_HEADER};\r\n{ORDER_ROW};\r\n;;;;\r\n   \r\n\r\n{ORDER_ROW};\r\n");
    let rep = read(Format::Order, &text);
    assert!(rep.is_ok(), "{:?}", rep.errors);
    assert_eq!(rep.documents[0].lines.len(), 2);
    assert_eq!(rep.documents[0].lines[1].line, 6);
}

#[test]
fn row_width_errors_give_expected_and_found() {
    let rep = read(Format::Order, &file(ORDER_HEADER, &["ZAM/1/2020;2020-06-04;1"]));
    assert_eq!(error_kinds(&rep), vec![ProblemKind::WrongWidth { expected: 13, found: 3 }]);
    // two trailing empty fields is one too many
    let rep = read(Format::Order, &file(ORDER_HEADER, &[&format!("{ORDER_ROW};;")]));
    assert_eq!(error_kinds(&rep), vec![ProblemKind::WrongWidth { expected: 13, found: 15 }]);
}

#[test]
fn quoting_line_ends_and_line_numbers() {
    let row_q = "\"ZAM/1/2020\";2020-06-04;11587;\"W;with;semicolons\";MK-1;\"two\nlines\";5X340;\"RURA \"\"1/2\"\"\";P1;PIECE;1.00;5.00;5.00";
    let row_lit = "ZAM/1/2020;2020-06-04;11587;W;MK-1;C;5X340;RURA 1/2\";P2;PIECE;1.00;5.00;5.00";
    let text = format!("{ORDER_HEADER}\r{row_q}\n{row_lit}\r\n");
    let rep = read(Format::Order, &text);
    // document fields differ (quoted ones), but line numbers and values are what matter here
    let doc = &rep.documents[0];
    assert_eq!(doc.field("work_order").unwrap().as_str(), Some("W;with;semicolons"));
    assert_eq!(doc.field("contract_name").unwrap().as_str(), Some("two\nlines"));
    assert_eq!(doc.lines[0].line, 2);
    assert_eq!(doc.lines[0].get(Format::Order, "item_name").unwrap().as_str(), Some("RURA \"1/2\""));
    // the second row starts on physical line 4 (the quoted value spans lines 2-3)
    assert!(rep.errors.iter().all(|e| e.line == 4), "{:?}", rep.errors);
    assert!(has_error(&rep, 4, Some("WORK_ORDER")));
}

#[test]
fn fields_are_trimmed_and_the_text_mark_is_dropped() {
    let row = " ZAM/1/2020 ;\u{a0}2020-06-04\t;'=1+2;''quoted;'abc;C;5X340;  BUCKLE  ;'007;PIECE;'1.00;'5.00;'5.00";
    let rep = read(Format::Order, &file(ORDER_HEADER, &[row]));
    assert!(rep.is_ok(), "{:?}", rep.errors);
    let d = &rep.documents[0];
    assert_eq!(d.number, "ZAM/1/2020");
    assert_eq!(d.field("account").unwrap().as_str(), Some("=1+2"));
    assert_eq!(d.field("work_order").unwrap().as_str(), Some("'quoted"));
    assert_eq!(d.field("contract_scope").unwrap().as_str(), Some("'abc"), "a ' before a letter stays");
    assert_eq!(item(&rep, 0, 0, "item_name").unwrap().as_str(), Some("BUCKLE"));
    assert_eq!(item(&rep, 0, 0, "item_order_number").unwrap().as_str(), Some("007"));
}

#[test]
fn empty_optional_fields_are_null_and_required_ones_are_errors() {
    let rep = read(Format::Order, &order_with(2, ""));
    assert!(rep.is_ok());
    assert_eq!(rep.to_json(Lang::En)["documents"][0]["fields"]["account"], serde_json::Value::Null);
    for (col, name) in [
        (0, "ORDER_NUMBER"),
        (1, "ORDER_DATE"),
        (7, "ITEM_NAME"),
        (8, "ITEM_ORDER_NUMBER"),
        (9, "ITEM_UNIT"),
        (11, "ITEM_COUNT"),
    ] {
        let rep = read(Format::Order, &order_with(col, " "));
        assert!(has_error(&rep, 2, Some(name)), "{name}: {:?}", rep.errors);
        assert_eq!(rep.errors.iter().find(|e| e.column == Some(name)).unwrap().kind, ProblemKind::Required);
    }
    // formwork requires no unit
    let rep = read(Format::Formwork, &formwork_row("17.05.18", ""));
    assert!(rep.is_ok(), "{:?}", rep.errors);
    // warehouse requires TYPE
    let row = "RW/1/2020;2020-01-31;;MG-1;A;A2345;W;MK-1;C;5X340;M;BUCKLE;P1;PIECE;1.00;1.00;1.00";
    let rep = read(Format::Warehouse, &file(WAREHOUSE_HEADER, &[row]));
    assert!(has_error(&rep, 2, Some("TYPE")));
}

// ---------- encodings ----------

fn to_1250(s: &str) -> Vec<u8> {
    encoding_rs::WINDOWS_1250.encode(s).0.into_owned()
}

fn to_iso(s: &str) -> Vec<u8> {
    encoding_rs::ISO_8859_2.encode(s).0.into_owned()
}

#[test]
fn utf8_with_and_without_bom() {
    let text = order_with(7, "PÓŁKA ŻÓŁTA");
    let rep = read(Format::Order, &text);
    assert_eq!(rep.encoding, Encoding::Utf8);
    assert!(rep.warnings.is_empty());
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    let rep = read_all(&bom, Format::Order, ReadOptions { encoding: Some(Encoding::Windows1250) });
    assert_eq!(rep.encoding, Encoding::Utf8, "a BOM wins over the option");
    assert!(rep.is_ok(), "{:?}", rep.errors);
    assert_eq!(rep.documents[0].number, "ZAM/1/2020", "the BOM is dropped");
    assert_eq!(item(&rep, 0, 0, "item_name").unwrap().as_str(), Some("PÓŁKA ŻÓŁTA"));
}

#[test]
fn invalid_utf8_after_a_bom_is_an_error_naming_the_line() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(format!("{ORDER_HEADER}\r\n{ORDER_ROW}\r\n").as_bytes());
    bytes.extend_from_slice(&to_1250(order_with(7, "ŚRUBA").lines().nth(1).unwrap()));
    bytes.extend_from_slice(b"\r\n");
    let rep = read_all(&bytes, Format::Order, ReadOptions::default());
    assert_eq!(error_kinds(&rep), vec![ProblemKind::InvalidBytes { encoding: Encoding::Utf8 }]);
    assert_eq!(rep.errors[0].line, 3);
}

#[test]
fn windows_1250_fallback_with_a_warning() {
    let bytes = to_1250(&order_with(7, "ŚRUBA ŁĄCZĄCA"));
    let rep = read_all(&bytes, Format::Order, ReadOptions::default());
    assert_eq!(rep.encoding, Encoding::Windows1250);
    assert!(rep.is_ok());
    assert_eq!(rep.warnings.len(), 1);
    assert_eq!(rep.warnings[0].line, 1);
    assert_eq!(rep.warnings[0].column, None);
    assert_eq!(item(&rep, 0, 0, "item_name").unwrap().as_str(), Some("ŚRUBA ŁĄCZĄCA"));
}

#[test]
fn the_polka_trap_is_read_as_windows_1250() {
    let bytes = to_1250(&order_with(7, "PÓŁKA"));
    assert!(std::str::from_utf8(&bytes).is_ok(), "the trap: also valid UTF-8");
    let rep = read_all(&bytes, Format::Order, ReadOptions::default());
    assert_eq!(rep.encoding, Encoding::Windows1250);
    assert_eq!(item(&rep, 0, 0, "item_name").unwrap().as_str(), Some("PÓŁKA"));
    assert_eq!(rep.warnings.len(), 1);
    // real UTF-8 Polish and Cyrillic are not caught
    for s in ["półka", "КРЕПЁЖ", "Zażółć gęślą jaźń"] {
        let rep = read(Format::Order, &order_with(7, s));
        assert_eq!(rep.encoding, Encoding::Utf8, "{s}");
        assert!(rep.warnings.is_empty());
    }
}

#[test]
fn formwork_iso_8859_2_versus_windows_1250() {
    let text = formwork_row("17.05.18", "A").replace("SCREW", "ŚRUBA ŹRÓDŁO ĄĆ");
    let rep = read_all(&to_iso(&text), Format::Formwork, ReadOptions::default());
    assert_eq!(rep.encoding, Encoding::Iso8859_2);
    assert!(rep.warnings.is_empty());
    assert_eq!(item(&rep, 0, 0, "article_description").unwrap().as_str(), Some("ŚRUBA ŹRÓDŁO ĄĆ"));
    let rep = read_all(&to_1250(&text), Format::Formwork, ReadOptions::default());
    assert_eq!(rep.encoding, Encoding::Windows1250);
    assert_eq!(rep.warnings.len(), 1);
    assert_eq!(item(&rep, 0, 0, "article_description").unwrap().as_str(), Some("ŚRUBA ŹRÓDŁO ĄĆ"));
    // letters shared by both: a tie, ISO-8859-2
    let text = formwork_row("17.05.18", "A").replace("SCREW", "ŁÓDŹ").replace("ŁÓDŹ", "ŁÓDKA");
    let rep = read_all(&to_1250(&text), Format::Formwork, ReadOptions::default());
    assert_eq!(rep.encoding, Encoding::Iso8859_2);
    // UTF-8 formwork: read as UTF-8 with a warning
    let text = formwork_row("17.05.18", "A").replace("SCREW", "ŚRUBA Zażółć");
    let rep = read(Format::Formwork, &text);
    assert_eq!(rep.encoding, Encoding::Utf8);
    assert_eq!(rep.warnings.len(), 1);
    // a BOM on formwork: UTF-8 with a warning
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    let rep = read_all(&bytes, Format::Formwork, ReadOptions::default());
    assert_eq!(rep.encoding, Encoding::Utf8);
    assert_eq!(rep.warnings.len(), 1);
}

#[test]
fn forced_encoding_overrides_and_names_the_line_of_bad_bytes() {
    let bytes = to_1250(&file(ORDER_HEADER, &[ORDER_ROW, &ORDER_ROW.replace("BUCKLE", "ŚRUBA")]));
    let rep = read_all(&bytes, Format::Order, ReadOptions { encoding: Some(Encoding::Utf8) });
    assert_eq!(rep.errors.len(), 1);
    assert_eq!(rep.errors[0].line, 3);
    assert!(rep.errors[0].message(Lang::En).contains("UTF-8"));
    let rep = read_all(&bytes, Format::Order, ReadOptions { encoding: Some("cp1250".parse().unwrap()) });
    assert!(rep.is_ok());
    assert!(rep.warnings.is_empty(), "a forced encoding gives no warning");
    assert!("CP1250".parse::<Encoding>().is_ok());
    assert_eq!("latin2".parse::<Encoding>().unwrap(), Encoding::Iso8859_2);
    assert!("shift_jis".parse::<Encoding>().is_err());
    assert!("nonsense".parse::<Encoding>().is_err());
}

#[test]
fn control_characters_are_errors_naming_the_line() {
    let rep = read(Format::Order, &order_with(7, "BUC\u{1}KLE"));
    assert_eq!(error_kinds(&rep), vec![ProblemKind::ControlCharacter { code: 1 }]);
    assert!(has_error(&rep, 2, Some("ITEM_NAME")));
    // Windows-1250's unassigned bytes decode to C1 controls
    let mut bytes = to_1250(&order_with(7, "ŚRUBA"));
    let pos = bytes.iter().position(|&b| b == 0x8C).unwrap(); // Ś
    bytes[pos] = 0x81;
    let rep = read_all(&bytes, Format::Order, ReadOptions::default());
    assert_eq!(error_kinds(&rep), vec![ProblemKind::ControlCharacter { code: 0x81 }]);
    // tab is allowed (and trimmed at the ends); a line break inside quotes too
    let rep = read(Format::Order, &order_with(7, "\"A\tB\r\nC\""));
    assert!(rep.is_ok(), "{:?}", rep.errors);
}

#[test]
fn detection_reports_the_canonical_names() {
    assert_eq!(Encoding::Utf8.name(), "UTF-8");
    assert_eq!(Encoding::Iso8859_2.name(), "ISO-8859-2");
    assert_eq!(Encoding::Windows1250.name(), "windows-1250");
    let d = detect_bytes(b"abc", Format::Formwork, None);
    assert_eq!(d.encoding, Encoding::Iso8859_2);
}

// ---------- documents ----------

#[test]
fn disagreeing_document_fields_name_column_and_first_line() {
    let r2 = ORDER_ROW.replace("11587", "99999");
    let rep = read(Format::Order, &file(ORDER_HEADER, &[ORDER_ROW, ORDER_ROW, &r2]));
    assert_eq!(rep.errors.len(), 1);
    let e = &rep.errors[0];
    assert_eq!((e.line, e.column, e.value.as_deref()), (4, Some("ACCOUNT"), Some("99999")));
    assert!(e.message(Lang::En).contains("line 2"), "{}", e.message(Lang::En));
    // agree after normalization: dates written differently, codes in Polish
    let r2 = ORDER_ROW.replace("2020-06-04", "04.06.2020");
    let rep = read(Format::Order, &file(ORDER_HEADER, &[ORDER_ROW, &r2]));
    assert!(rep.is_ok(), "{:?}", rep.errors);
    let a = "RW/1/2020;2020-01-31;RW;MG-1;A;A2345;W;MK-1;C;5X340;M;BUCKLE;P1;PIECE;1.00;1.00;1.00";
    let b = "RW/1/2020;2020-01-31;release;MG-1;A;A2345;W;MK-1;C;5X340;M;BUCKLE;P1;PIECE;1.00;1.00;1.00";
    let rep = read(Format::Warehouse, &file(WAREHOUSE_HEADER, &[a, b]));
    assert!(rep.is_ok(), "{:?}", rep.errors);
    // an empty field disagrees with a filled one
    let r2 = ORDER_ROW.replace("11587", "");
    let rep = read(Format::Order, &file(ORDER_HEADER, &[ORDER_ROW, &r2]));
    assert!(has_error(&rep, 3, Some("ACCOUNT")));
}

#[test]
fn one_document_formats_reject_extra_numbers_once_per_number() {
    let b = ORDER_ROW.replace("ZAM/1/2020", "ZAM/2/2020");
    let c = ORDER_ROW.replace("ZAM/1/2020", "ZAM/3/2020");
    let rep = read(Format::Order, &file(ORDER_HEADER, &[ORDER_ROW, &b, &b, &c]));
    let lines: Vec<(u64, Option<&str>)> = rep.errors.iter().map(|e| (e.line, e.column)).collect();
    assert_eq!(lines, vec![(3, Some("ORDER_NUMBER")), (5, Some("ORDER_NUMBER"))]);
    assert_eq!(rep.documents.len(), 1);
}

#[test]
fn warehouse_groups_non_adjacent_rows() {
    let a = "RW/1/2020;2020-01-31;RW;MG-1;A;A2345;W;MK-1;C;5X340;M;BUCKLE;P1;PIECE;1.00;1.00;1.00";
    let b = "PZ/1/2020;2020-01-30;PZ;MG-1;B;A2345;W;MK-1;C;5X340;M;BOLT;P2;PIECE;1.00;2.00;2.00";
    let rep = read(Format::Warehouse, &file(WAREHOUSE_HEADER, &[a, b, a, b, a]));
    assert!(rep.is_ok(), "{:?}", rep.errors);
    assert_eq!(rep.documents.len(), 2);
    assert_eq!(rep.documents[0].lines.len(), 3);
    assert_eq!(rep.documents[1].lines.len(), 2);
    let lines: Vec<u64> = rep.documents[0].lines.iter().map(|l| l.line).collect();
    assert_eq!(lines, vec![2, 4, 6]);
    assert_eq!(rep.documents[1].field("type").unwrap().as_str(), Some("RECEIPT"));
}

#[test]
fn warehouse_type_codes() {
    for (code, canonical) in [
        ("PZ", "RECEIPT"),
        ("pw", "RECEIPT"),
        ("WZ", "RELEASE"),
        ("RW", "RELEASE"),
        ("MM", "TRANSFER"),
        ("Return", "RETURN"),
        ("receipt", "RECEIPT"),
        ("TRANSFER", "TRANSFER"),
    ] {
        let row = format!("X/1;2020-01-31;{code};MG-1;A;A2345;W;MK-1;C;5X340;M;BUCKLE;P1;PIECE;1.00;1.00;1.00");
        let rep = read(Format::Warehouse, &file(WAREHOUSE_HEADER, &[&row]));
        assert!(rep.is_ok(), "{code}");
        assert_eq!(rep.documents[0].field("type").unwrap().as_str(), Some(canonical));
    }
    let row = "X/1;2020-01-31;TELEPORT;MG-1;A;A2345;W;MK-1;C;5X340;M;BUCKLE;P1;PIECE;1.00;1.00;1.00";
    let rep = read(Format::Warehouse, &file(WAREHOUSE_HEADER, &[row]));
    assert!(has_error(&rep, 2, Some("TYPE")));
    let msg = rep.errors[0].message(Lang::En);
    for t in ["RECEIPT", "RELEASE", "TRANSFER", "RETURN", "PZ", "MM"] {
        assert!(msg.contains(t), "{msg}");
    }
}

#[test]
fn formwork_category() {
    for (c, want) in [("A", "A"), ("b", "B"), ("C", "C"), ("d", "D")] {
        let rep = read(Format::Formwork, &formwork_row("17.05.18", c));
        assert!(rep.is_ok());
        assert_eq!(item(&rep, 0, 0, "category").unwrap().as_str(), Some(want));
    }
    for bad in ["AND", "E", "1"] {
        let rep = read(Format::Formwork, &formwork_row("17.05.18", bad));
        assert!(has_error(&rep, 2, Some("Category")), "{bad}");
    }
}

#[test]
fn price_differing_from_unit_price_times_count_is_a_warning() {
    let r = ORDER_ROW.replace("1.00;5.00;5.00", "1.00;5.00;5.02");
    let rep = read(Format::Order, &file(ORDER_HEADER, &[&r]));
    assert!(rep.is_ok());
    assert_eq!(rep.warnings.len(), 1);
    assert_eq!((rep.warnings[0].line, rep.warnings[0].column), (2, Some("ITEM_PRICE")));
    let r = ORDER_ROW.replace("1.00;5.00;5.00", "1.00;5.00;5.01");
    assert!(read(Format::Order, &file(ORDER_HEADER, &[&r])).warnings.is_empty(), "0.01 is tolerated");
    let r = ORDER_ROW.replace("1.00;5.00;5.00", "0.333;3;0.999");
    assert!(read(Format::Order, &file(ORDER_HEADER, &[&r])).warnings.is_empty());
    // formwork: Value
    let t = formwork_row("17.05.18", "A").replace("'8306.0", "'8000");
    let rep = read(Format::Formwork, &t);
    assert_eq!(rep.warnings[0].column, Some("Value"));
}

#[test]
fn complaint_counts() {
    let row =
        |q: &str, n: &str| format!("REKL/1;2020-06-10;D/1;11587;W;MK-1;C;5X340;BUCKLE;P1;PIECE;1.00;5.00;5.00;{q};{n}");
    let ok = |q: &str, n: &str| read(Format::Complaint, &file(COMPLAINT_HEADER, &[&row(q, n)]));
    assert!(ok("1", "").is_ok());
    assert!(ok("", "2").is_ok());
    assert!(ok("0", "3").is_ok());
    let rep = ok("", "");
    assert_eq!(error_kinds(&rep), vec![ProblemKind::NoComplaintCount]);
    assert_eq!(rep.to_json(Lang::En)["documents"][0]["lines"], serde_json::json!([]));
    assert_eq!(error_kinds(&ok("0", "0")), vec![ProblemKind::NoComplaintCount]);
    let rep = ok("-1", "2");
    assert_eq!(error_kinds(&rep), vec![ProblemKind::NegativeCount]);
    assert_eq!(rep.errors[0].column, Some("ITEM_QUALITY_COUNT"));
    // an empty count is null in the report
    let rep = ok("1", "");
    assert_eq!(rep.to_json(Lang::En)["documents"][0]["lines"][0]["item_quantity_count"], serde_json::Value::Null);
}

#[test]
fn small_appliance_serials() {
    let row = |q: &str, s: &str| format!("3407;KB;X;2411;S;17-05-2018;W-Z;52993;12345;GEN;{q};5;{s}");
    let rd = |q: &str, s: &str| read(Format::SmallAppliances, &file(SMALL_HEADER, &[&row(q, s)]));
    let rep = rd("2", " 123/23/2010 | 800/5/2016 || ");
    assert!(rep.is_ok() && rep.warnings.is_empty(), "{:?}", rep.warnings);
    assert_eq!(
        item(&rep, 0, 0, "serial_numbers").unwrap().as_list().unwrap(),
        ["123/23/2010".to_string(), "800/5/2016".to_string()]
    );
    let rep = rd("3", "A|B");
    assert_eq!(rep.warnings.len(), 1);
    assert_eq!(rep.warnings[0].column, Some("Serial number"));
    assert!(rd("2.00", "A|B").warnings.is_empty(), "2.00 is whole");
    assert!(rd("2.5", "A|B").warnings.is_empty(), "not whole: no check");
    let rep = rd("2", "");
    assert!(rep.warnings.is_empty(), "no serials: no check");
    assert_eq!(rep.to_json(Lang::En)["documents"][0]["lines"][0]["serial_numbers"], serde_json::json!([]));
}

#[test]
fn delivery_order_number_may_be_empty() {
    let row = "D/1;2020-06-04;2020-06-03;;11587;W;MK-1;C;5X340;BUCKLE;P1;PIECE;1.00;1.00;1.00;";
    let rep = read(Format::Delivery, &file(DELIVERY_HEADER, &[row]));
    assert!(rep.is_ok(), "{:?}", rep.errors);
    assert_eq!(rep.documents[0].field("order_number"), None);
    assert_eq!(rep.documents[0].field("loading_date").unwrap().as_date(), Some(ymd(2020, 6, 3)));
}

#[test]
fn every_error_has_line_column_and_value_in_words_for_a_clerk() {
    let r2 = ORDER_ROW.replace("5.00;5.00", "5,0,0;5.00");
    let rep = read(Format::Order, &file(ORDER_HEADER, &[ORDER_ROW, &r2]));
    let j = rep.to_json(Lang::Pl);
    let e = &j["errors"][0];
    assert_eq!(e["line"], 3);
    assert_eq!(e["column"], "ITEM_COUNT");
    assert_eq!(e["value"], "5,0,0");
    assert!(e["message"].as_str().unwrap().contains("niejednoznaczna"));
    assert_eq!(j["format"], "order");
    assert_eq!(j["encoding"], "UTF-8");
}

#[test]
fn format_ids_parse_and_unknown_ones_list_the_known() {
    for f in Format::ALL {
        assert_eq!(f.id().parse::<Format>().unwrap(), f);
    }
    assert_eq!("SMALL_APPLIANCES".parse::<Format>().unwrap(), Format::SmallAppliances);
    let e = "orders".parse::<Format>().unwrap_err().to_string();
    assert!(e.contains("warehouse") && e.contains("orders"));
}

// ---------- writing ----------

fn write(format: Format, docs: &[tessera_formats::Document], lang: Lang) -> Vec<u8> {
    let mut out = Vec::new();
    tessera_formats::write_documents(&mut out, format, docs, tessera_formats::WriteOptions { lang }).unwrap();
    out
}

#[test]
fn formwork_is_written_in_iso_8859_2_with_short_dates_padding_and_decimal_comma_for_polish() {
    let text = file(
        FORMWORK_HEADER,
        &[
            "3407;KB0004;FIRMA ŁÓDŹ;2411;S33;17.05.18;W-Z;52992;2124907;ŚRUBA;Zużycie;A;'40;'396;'207.65;'8306.0",
            "3407;KB0004;FIRMA ŁÓDŹ;2411;S33;17.05.18;W-Z;52992;2124911;PŁYTA SZALUNKOWA;Zużycie;c;'12;'180,5;'95,00;'1140,00",
        ],
    );
    let rep = read_all(&to_iso(&text), Format::Formwork, ReadOptions::default());
    assert!(rep.is_ok(), "{:?}", rep.errors);
    let pl = write(Format::Formwork, &rep.documents, Lang::Pl);
    let (decoded, _, bad) = encoding_rs::ISO_8859_2.decode(&pl);
    assert!(!bad);
    assert!(pl.contains(&0xA6), "Ś as ISO-8859-2 byte 0xA6");
    let lines: Vec<&str> = decoded.split("\r\n").collect();
    assert_eq!(lines[0], FORMWORK_HEADER);
    assert_eq!(
        lines[1],
        "3407;KB0004;FIRMA ŁÓDŹ;2411;S33;17.05.18;W-Z;52992;2124907;ŚRUBA           ;Zużycie;A;40;396;207,65;8306,0"
    );
    assert!(lines[2].contains(";PŁYTA SZALUNKOWA;") && lines[2].ends_with(";12;180,5;95,00;1140,00"));
    let en = write(Format::Formwork, &rep.documents, Lang::En);
    assert!(encoding_rs::ISO_8859_2.decode(&en).0.contains(";207.65;8306.0\r\n"));
    // and it reads back the same
    let back = read_all(&pl, Format::Formwork, ReadOptions::default());
    assert_eq!(back.documents, rep.documents);
}

#[test]
fn other_formats_are_utf8_with_iso_dates_rfc4180_and_crlf() {
    let row = "ZAM/1/2020;2020-06-04;=SUM(A1);\"W;X\";MK-1;C;5X340;RURA 1/2\";P1;PIECE;1 250,50;2;2501,00";
    let rep = read(Format::Order, &file(ORDER_HEADER, &[row]));
    assert!(rep.is_ok(), "{:?}", rep.errors);
    let out = String::from_utf8(write(Format::Order, &rep.documents, Lang::En)).unwrap();
    assert_eq!(
        out,
        format!(
            "{ORDER_HEADER}\r\nZAM/1/2020;2020-06-04;'=SUM(A1);\"W;X\";MK-1;C;5X340;\"RURA 1/2\"\"\";P1;PIECE;1250.50;2;2501.00\r\n"
        )
    );
    let de = String::from_utf8(write(Format::Order, &rep.documents, Lang::De)).unwrap();
    assert!(de.contains(";1250.50;2;2501.00"), "German uses . (the spec: , only for Polish)");
    let small = file(SMALL_HEADER, &["3407;KB;X;2411;S;7-5-2018;W-Z;52993;12345;GEN;2;5;A | B"]);
    let rep = read(Format::SmallAppliances, &small);
    let out = String::from_utf8(write(Format::SmallAppliances, &rep.documents, Lang::Pl)).unwrap();
    assert!(out.ends_with(";07-05-2018;W-Z;52993;12345;GEN;2;5;A | B\r\n"), "{out}");
}

#[test]
fn numbers_are_never_guarded_and_negative_numbers_stay_numbers() {
    let row = ORDER_ROW.replace("1.00;5.00;5.00", "-1.00;5.00;-5.00");
    let rep = read(Format::Order, &file(ORDER_HEADER, &[&row]));
    let out = String::from_utf8(write(Format::Order, &rep.documents, Lang::En)).unwrap();
    assert!(out.contains(";-1.00;5.00;-5.00\r\n"), "{out}");
}

#[test]
fn formwork_rejects_characters_iso_8859_2_cannot_hold() {
    let rep = read(Format::Formwork, &formwork_row("17.05.18", "A").replace("SCREW", "SCREW €"));
    let mut out = Vec::new();
    let err =
        tessera_formats::write_documents(&mut out, Format::Formwork, &rep.documents, Default::default()).unwrap_err();
    assert!(err.to_string().contains('€'), "{err}");
}
