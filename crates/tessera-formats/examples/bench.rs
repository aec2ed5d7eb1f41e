//! Check-only reading speed on generated 1,000,000-line files.
//!
//! `cargo run --release -p tessera-formats --example bench [LINES] [--write DIR]`
//!
//! Generates a warehouse file (many documents) and a formwork file (one document, ISO-8859-2
//! text with Polish letters), then reads each with full validation (encoding detection pass
//! included) without keeping lines, and prints MB/s and lines/s. With `--write DIR` the files
//! are also written there, e.g. to measure the peak memory of `tessera formats check`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use std::time::Instant;
use tessera_formats::{Event, Format, Reader, detect};

fn warehouse(lines: usize) -> Vec<u8> {
    let mut s = String::with_capacity(lines * 200);
    s.push_str("DOCUMENT_NUMBER;DOCUMENT_DATE;TYPE;WAREHOUSE;SALARIES;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_MANUFACTURER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE\r\n");
    let types = ["RELEASE", "RECEIPT", "PZ", "WZ", "MM"];
    for i in 0..lines {
        let doc = i / 20;
        let count = (i % 97) + 1;
        let unit = 100 + (i % 13);
        use std::fmt::Write;
        let _ = write!(
            s,
            "DOC/{doc}/2020;2020-01-{:02};{};MG-1;MG-1-A/{};A2345;MK-1 - load-bearing element;MK-1;AW-12 Krakow contract;5X340;Company X;ADJUSTABLE BUCKLE 200 MK;P{:06};PIECE;{unit}.50;{count}.00;{}\r\n",
            doc % 28 + 1,
            types[doc % types.len()],
            i % 40,
            i % 1_000_000,
            rust_decimal::Decimal::new(i64::try_from(unit * 100 + 50).unwrap() * i64::try_from(count).unwrap(), 2),
        );
    }
    s.into_bytes()
}

fn formwork(lines: usize) -> Vec<u8> {
    let mut s = String::with_capacity(lines * 200);
    s.push_str("Contract;customer ID;Customer name;Construction;Construction Name;Date;Document type;Stock documents;Article;Article description;Wear type;Category;Quantity;Libra;unit price;Value\r\n");
    let cats = ["A", "B", "C", "D"];
    for i in 0..lines {
        let q = (i % 50) + 1;
        use std::fmt::Write;
        let _ = write!(
            s,
            "3407 ;KB0004  ;FIRMA BUDOWLANA ŁÓDŹ  ;2411 ;S33 ODCINEK PÓŁNOCNY     ;17.05.18;W-Z KAUCJA ;52992 ;{:07} ;ŚRUBA RZYMSKA 1.0 B/D     ;Zużycie ;{};'{q} ;'396  ;'207,65 ;'{}\r\n",
            2_124_907 + i % 5000,
            cats[i % 4],
            rust_decimal::Decimal::new(20765 * i64::try_from(q).unwrap(), 2),
        );
    }
    let (bytes, _, _) = encoding_rs::ISO_8859_2.encode(&s);
    bytes.into_owned()
}

/// Reads once; returns MB/s.
fn run(name: &str, format: Format, bytes: &'static [u8], threaded: bool) -> f64 {
    let start = Instant::now();
    let det = detect(bytes, format, None).unwrap();
    let detect_secs = start.elapsed().as_secs_f64();
    let mut reader = if threaded {
        Reader::new_threaded(bytes, format, &det).check_only()
    } else {
        Reader::new(bytes, format, &det).check_only()
    };
    let (mut lines, mut errors, mut warnings, mut docs) = (0u64, 0u64, 0u64, 0u64);
    while let Some(ev) = reader.next_event().unwrap() {
        match ev {
            Event::Line { .. } => lines += 1,
            Event::Document { .. } => docs += 1,
            Event::Problem(p) if p.is_error() => {
                errors += 1;
                if errors < 3 {
                    eprintln!("{p:?}");
                }
            }
            Event::Problem(_) => warnings += 1,
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = bytes.len() as f64 / 1e6;
    println!(
        "{name} ({}): {:.1} MB, {lines} lines, {docs} documents, {errors} errors, {warnings} warnings, encoding {} (detection pass {:.3} s): {:.3} s, {:.0} MB/s, {:.0} lines/s",
        if threaded { "2 threads" } else { "1 thread" },
        mb,
        det.encoding,
        detect_secs,
        secs,
        mb / secs,
        lines as f64 / secs
    );
    mb / secs
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let lines: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let dir = args.iter().position(|a| a == "--write").and_then(|i| args.get(i + 1));
    let w: &'static [u8] = warehouse(lines).leak();
    let f: &'static [u8] = formwork(lines).leak();
    if let Some(dir) = dir {
        std::fs::write(format!("{dir}/bench-warehouse.csv"), w).unwrap();
        std::fs::write(format!("{dir}/bench-formwork.csv"), f).unwrap();
    }
    // the machine is shared: several rounds, then the best and the median of each
    let rounds: usize = std::env::var("BENCH_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(5);
    let mut results: Vec<(String, Vec<f64>)> = Vec::new();
    for _ in 0..rounds {
        for threaded in [false, true] {
            for (name, format, bytes) in [("warehouse", Format::Warehouse, w), ("formwork", Format::Formwork, f)] {
                let label = format!("{name}, {}", if threaded { "2 threads" } else { "1 thread" });
                let mbs = run(name, format, bytes, threaded);
                match results.iter_mut().find(|(l, _)| *l == label) {
                    Some((_, v)) => v.push(mbs),
                    None => results.push((label, vec![mbs])),
                }
            }
        }
    }
    println!("summary over {rounds} rounds (MB/s):");
    for (label, mut v) in results {
        v.sort_by(f64::total_cmp);
        let best = v.last().copied().unwrap_or(0.0);
        let median = v[v.len() / 2];
        println!("  {label}: best {best:.0}, median {median:.0}");
    }
}
