//! `tessera formats …`: check and convert flat files (see docs/formats.md).
//!
//! Exit codes: 0 no errors, 1 the file has errors, 2 bad command-line input (unknown format,
//! encoding or language, a file that cannot be read or written).
use clap::{Args, Subcommand};
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tessera_formats::{Encoding, Event, Format, Lang, ReadOptions, Report};

#[derive(Args)]
pub struct FormatsArgs {
    #[command(subcommand)]
    command: FormatsCommand,
}

#[derive(Subcommand)]
enum FormatsCommand {
    /// Check a file against its format and report every error and warning.
    Check {
        /// The file to check.
        file: PathBuf,
        /// The format id: order, delivery, complaint, formwork, small-appliances, warehouse.
        #[arg(long)]
        format: String,
        /// Force an encoding (WHATWG label: utf-8, iso-8859-2, windows-1250, cp1250…).
        #[arg(long)]
        encoding: Option<String>,
        /// Print the normalized report as JSON.
        #[arg(long)]
        json: bool,
        /// Language of the messages: en, pl or de.
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Convert a delivery between CSV, XML (Tessera's schema; UBL DespatchAdvice on input)
    /// and JSON.
    Convert {
        /// The input file.
        input: PathBuf,
        /// Input syntax: csv, xml (Tessera delivery XML or UBL 2.1 DespatchAdvice), json.
        #[arg(long)]
        from: String,
        /// Output syntax: csv, xml, json.
        #[arg(long)]
        to: String,
        /// The format id (only `delivery` converts to XML).
        #[arg(long, default_value = "delivery")]
        format: String,
        /// Force the input encoding (CSV only).
        #[arg(long)]
        encoding: Option<String>,
        /// Language of CSV numbers (`,` for pl) and of messages.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// Bad command-line input: message on stderr, exit code 2.
fn usage_error(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("tessera formats: {msg}");
    ExitCode::from(2)
}

pub fn run(args: FormatsArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        FormatsCommand::Check { file, format, encoding, json, lang } => {
            check(&file, &format, encoding.as_deref(), json, &lang)
        }
        FormatsCommand::Convert { input, from, to, format, encoding, lang, output } => {
            convert(&input, &from, &to, &format, encoding.as_deref(), &lang, output.as_deref())
        }
    }
}

struct Common {
    format: Format,
    encoding: Option<Encoding>,
    lang: Lang,
}

fn common(format: &str, encoding: Option<&str>, lang: &str) -> Result<Common, ExitCode> {
    let format: Format = format.parse().map_err(usage_error)?;
    let encoding = match encoding {
        Some(e) => Some(e.parse::<Encoding>().map_err(usage_error)?),
        None => None,
    };
    let lang: Lang = lang.parse().map_err(usage_error)?;
    Ok(Common { format, encoding, lang })
}

fn open(path: &Path) -> Result<File, ExitCode> {
    let f = File::open(path).map_err(|e| usage_error(format!("cannot open {}: {e}", path.display())))?;
    match f.metadata() {
        Ok(m) if m.is_dir() => Err(usage_error(format!("{} is a directory, not a file", path.display()))),
        _ => Ok(f),
    }
}

fn check(file: &Path, format: &str, encoding: Option<&str>, json: bool, lang: &str) -> anyhow::Result<ExitCode> {
    let c = match common(format, encoding, lang) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let mut f = match open(file) {
        Ok(f) => f,
        Err(code) => return Ok(code),
    };
    let options = ReadOptions { encoding: c.encoding };
    if json {
        let report = match tessera_formats::read_seekable(io::BufReader::new(&mut f), c.format, options) {
            Ok(r) => r,
            Err(e) => return Ok(usage_error(format!("cannot read {}: {e}", file.display()))),
        };
        let out = serde_json::to_string_pretty(&report.to_json(c.lang))?;
        println!("{out}");
        return Ok(if report.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(1) });
    }
    // streaming: memory does not grow with the number of lines
    let detection = match tessera_formats::detect(&mut f, c.format, c.encoding) {
        Ok(d) => d,
        Err(e) => return Ok(usage_error(format!("cannot read {}: {e}", file.display()))),
    };
    let f = match open(file) {
        Ok(f) => f,
        Err(code) => return Ok(code),
    };
    let mut reader = tessera_formats::Reader::new_threaded(f, c.format, &detection).check_only();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut errors, mut warnings, mut documents) = (0u64, 0u64, 0u64);
    loop {
        let ev = match reader.next_event() {
            Ok(Some(ev)) => ev,
            Ok(None) => break,
            Err(e) => return Ok(usage_error(format!("cannot read {}: {e}", file.display()))),
        };
        match ev {
            Event::Problem(p) => {
                let label = match (p.is_error(), c.lang) {
                    (true, Lang::En) => "error",
                    (true, Lang::Pl) => "błąd",
                    (true, Lang::De) => "Fehler",
                    (false, Lang::En) => "warning",
                    (false, Lang::Pl) => "ostrzeżenie",
                    (false, Lang::De) => "Warnung",
                };
                if p.is_error() {
                    errors += 1;
                } else {
                    warnings += 1;
                }
                writeln!(out, "{}: {label}: {}", file.display(), p.human(c.lang))?;
            }
            Event::Document { .. } => documents += 1,
            Event::Line { .. } => {}
        }
    }
    let summary = match c.lang {
        Lang::En => format!(
            "{}: {} ({}), {documents} document(s), {} line(s): {errors} error(s), {warnings} warning(s)",
            file.display(),
            c.format,
            reader.encoding(),
            reader.lines_read()
        ),
        Lang::Pl => format!(
            "{}: {} ({}), dokumenty: {documents}, pozycje: {}; błędy: {errors}, ostrzeżenia: {warnings}",
            file.display(),
            c.format,
            reader.encoding(),
            reader.lines_read()
        ),
        Lang::De => format!(
            "{}: {} ({}), Belege: {documents}, Positionen: {}; Fehler: {errors}, Warnungen: {warnings}",
            file.display(),
            c.format,
            reader.encoding(),
            reader.lines_read()
        ),
    };
    writeln!(out, "{summary}")?;
    out.flush()?;
    Ok(if errors == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Syntax {
    Csv,
    Xml,
    Json,
}

fn syntax(s: &str) -> Result<Syntax, ExitCode> {
    match s.to_ascii_lowercase().as_str() {
        "csv" => Ok(Syntax::Csv),
        "xml" => Ok(Syntax::Xml),
        "json" => Ok(Syntax::Json),
        _ => Err(usage_error(format!("unknown syntax '{s}'; use csv, xml or json"))),
    }
}

fn convert(
    input: &Path,
    from: &str,
    to: &str,
    format: &str,
    encoding: Option<&str>,
    lang: &str,
    output: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let c = match common(format, encoding, lang) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let (from, to) = match (syntax(from), syntax(to)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(code), _) | (_, Err(code)) => return Ok(code),
    };
    if (from == Syntax::Xml || to == Syntax::Xml) && c.format != Format::Delivery {
        return Ok(usage_error("only the delivery format has an XML form"));
    }
    let mut bytes = Vec::new();
    match open(input) {
        Ok(mut f) => {
            if let Err(e) = f.read_to_end(&mut bytes) {
                return Ok(usage_error(format!("cannot read {}: {e}", input.display())));
            }
        }
        Err(code) => return Ok(code),
    }
    let report: Report = match from {
        Syntax::Csv => tessera_formats::read_all(&bytes, c.format, ReadOptions { encoding: c.encoding }),
        Syntax::Xml => tessera_formats::xml::read_delivery_xml(&bytes),
        Syntax::Json => match tessera_formats::json::report_from_json(&bytes, c.format) {
            Ok(r) => r,
            Err(e) => return Ok(usage_error(format!("{}: {e}", input.display()))),
        },
    };
    if !report.is_ok() {
        let mut err = io::stderr().lock();
        for p in report.errors.iter().chain(&report.warnings) {
            writeln!(err, "{}: {}", input.display(), p.human(c.lang))?;
        }
        writeln!(err, "{}: not converted: the input has errors", input.display())?;
        return Ok(ExitCode::from(1));
    }
    for p in &report.warnings {
        eprintln!("{}: {}", input.display(), p.human(c.lang));
    }
    let mut buf: Vec<u8> = Vec::new();
    match to {
        Syntax::Csv => {
            if let Err(e) = tessera_formats::write_documents(
                &mut buf,
                c.format,
                &report.documents,
                tessera_formats::WriteOptions { lang: c.lang },
            ) {
                eprintln!("tessera formats: {e}");
                return Ok(ExitCode::from(1));
            }
        }
        Syntax::Xml => {
            if let Err(e) = tessera_formats::xml::write_delivery_xml(&mut buf, &report.documents) {
                eprintln!("tessera formats: {e}");
                return Ok(ExitCode::from(1));
            }
        }
        Syntax::Json => {
            buf = serde_json::to_vec_pretty(&report.to_json(c.lang))?;
            buf.push(b'\n');
        }
    }
    match output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &buf) {
                return Ok(usage_error(format!("cannot write {}: {e}", path.display())));
            }
        }
        None => io::stdout().lock().write_all(&buf)?,
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn temp(name: &str, content: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("tessera-formats-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, content).unwrap();
        p
    }

    const ORDER: &str = "ORDER_NUMBER;ORDER_DATE;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE\r\nZAM/1;2020-06-04;1;W;S;C;N;BUCKLE;P1;PIECE;1.00;5.00;5.00\r\n";

    #[test]
    fn exit_codes() {
        let good = temp("good.csv", ORDER.as_bytes());
        let bad = temp("bad.csv", ORDER.replace("5.00;5.00", "5,0,0;5.00").as_bytes());
        assert_eq!(check(&good, "order", None, false, "en").unwrap(), ExitCode::SUCCESS);
        assert_eq!(check(&good, "order", None, true, "pl").unwrap(), ExitCode::SUCCESS);
        assert_eq!(check(&bad, "order", None, false, "de").unwrap(), ExitCode::from(1));
        assert_eq!(check(&bad, "order", None, true, "en").unwrap(), ExitCode::from(1));
        // bad command-line input: 2
        assert_eq!(check(&good, "orders", None, false, "en").unwrap(), ExitCode::from(2));
        assert_eq!(check(&good, "order", Some("klingon"), false, "en").unwrap(), ExitCode::from(2));
        assert_eq!(check(&good, "order", None, false, "fr").unwrap(), ExitCode::from(2));
        let missing = good.with_file_name("missing.csv");
        assert_eq!(check(&missing, "order", None, false, "en").unwrap(), ExitCode::from(2));
        let dir = good.parent().unwrap().to_path_buf();
        assert_eq!(check(&dir, "order", None, true, "en").unwrap(), ExitCode::from(2));
    }

    #[test]
    fn convert_between_csv_xml_and_json() {
        let csv = "DELIVERY_NUMBER;DELIVERY_DATE;LOADING_DATE;ORDER_NUMBER;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE;CHECKED_COUNT\r\nD/1;2020-06-04;;;;;;;;BUCKLE;P1;PIECE;1.00;5.00;5.00;\r\n";
        let input = temp("d.csv", csv.as_bytes());
        let xml = input.with_file_name("d.xml");
        let json = input.with_file_name("d.json");
        let back = input.with_file_name("back.csv");
        assert_eq!(convert(&input, "csv", "xml", "delivery", None, "en", Some(&xml)).unwrap(), ExitCode::SUCCESS);
        assert_eq!(convert(&xml, "xml", "json", "delivery", None, "en", Some(&json)).unwrap(), ExitCode::SUCCESS);
        assert_eq!(convert(&json, "json", "csv", "delivery", None, "en", Some(&back)).unwrap(), ExitCode::SUCCESS);
        assert_eq!(std::fs::read_to_string(&back).unwrap(), csv);
        assert_eq!(convert(&input, "csv", "yaml", "delivery", None, "en", None).unwrap(), ExitCode::from(2));
        assert_eq!(convert(&input, "csv", "xml", "order", None, "en", None).unwrap(), ExitCode::from(2));
    }
}
