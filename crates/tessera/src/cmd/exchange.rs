//! `tessera export` and `tessera import`: documents of the database in their seed formats
//! (see docs/exchange.md).
//!
//! Exit codes: 0 done; 1 an unknown number, or a file with errors (every one is listed and
//! nothing is changed); 2 bad command-line input.
use crate::config::{DbArgs, load_file};
use clap::Args;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use tessera_db::exchange::{DocKind, ExportError, ImportError, ImportProblem};
use tessera_domain::clock::{Clock, SystemClock};
use tessera_formats::{Encoding, Format, Lang as FileLang, ReadOptions, WriteOptions};
use tessera_i18n::{Arg, Lang, message};

#[derive(Args)]
pub struct ExportArgs {
    /// The document's format: order, delivery or complaint.
    #[arg(long)]
    format: String,
    /// The document's number, e.g. ZAM/12/2020.
    #[arg(long)]
    number: String,
    /// Deliveries only: the supplier's code, when several suppliers used the same number.
    #[arg(long)]
    party: Option<String>,
    /// Language of the numbers (`,` as decimal separator for pl) and of messages: en, pl or de.
    #[arg(long, default_value = "en")]
    lang: String,
    /// Write here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(Args)]
pub struct ImportArgs {
    /// The file to import.
    file: PathBuf,
    /// The file's format: order or complaint.
    #[arg(long)]
    format: String,
    /// Force an encoding (WHATWG label: utf-8, windows-1250…); detected otherwise.
    #[arg(long)]
    encoding: Option<String>,
    /// Language of the messages: en, pl or de.
    #[arg(long, default_value = "en")]
    lang: String,
    #[command(flatten)]
    db: DbArgs,
}

/// The formats `import` accepts.
const IMPORTED: [DocKind; 3] = [DocKind::Order, DocKind::Delivery, DocKind::Complaint];

fn usage_error(cmd: &str, msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("tessera {cmd}: {msg}");
    ExitCode::from(2)
}

fn langs(raw: &str) -> Result<(FileLang, Lang), String> {
    let file: FileLang = raw.parse()?;
    let ui: Lang = file.code().parse().map_err(|_| format!("unknown language '{raw}'; use en, pl or de"))?;
    Ok((file, ui))
}

fn kind_of(raw: &str, accepted: &[DocKind]) -> Result<DocKind, String> {
    let names: Vec<&str> = accepted.iter().map(|k| k.format().id()).collect();
    let wrong = || format!("the format '{raw}' is not accepted here; use {}", names.join(", "));
    let format: Format = raw.parse().map_err(|_| wrong())?;
    DocKind::from_format(format).filter(|k| accepted.contains(k)).ok_or_else(wrong)
}

fn kind_name(lang: Lang, kind: DocKind) -> String {
    message(lang, "exchange-kind", &[("kind", Arg::from(kind.format().id()))])
}

pub async fn export(a: ExportArgs) -> anyhow::Result<ExitCode> {
    let ((file_lang, lang), kind) = match (langs(&a.lang), kind_of(&a.format, &DocKind::ALL)) {
        (Ok(l), Ok(k)) => (l, k),
        (Err(e), _) | (_, Err(e)) => return Ok(usage_error("export", e)),
    };
    let file = load_file(a.db.config.as_deref())?;
    let db = a.db.open(&file).await?;
    let doc = match db.document_by_number(kind, &a.number, a.party.as_deref()).await {
        Ok(d) => d,
        Err(ExportError::NotFound(_)) => {
            let args = [("kind", Arg::from(kind_name(lang, kind))), ("number", Arg::from(a.number.trim()))];
            eprintln!("tessera export: {}", message(lang, "export-not-found", &args));
            return Ok(ExitCode::from(1));
        }
        Err(ExportError::Ambiguous) => {
            eprintln!(
                "tessera export: {}",
                message(lang, "export-ambiguous", &[("number", Arg::from(a.number.trim()))])
            );
            return Ok(ExitCode::from(1));
        }
        Err(e) => return Err(e.into()),
    };
    let mut buf = Vec::new();
    tessera_formats::write_documents(&mut buf, kind.format(), &[doc], WriteOptions { lang: file_lang })?;
    match &a.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &buf) {
                return Ok(usage_error("export", format!("cannot write {}: {e}", path.display())));
            }
        }
        None => io::stdout().lock().write_all(&buf)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// `line 7, ITEM_ORDER_NUMBER "P1": message`, like the format's own problems.
fn human(lang: Lang, p: &ImportProblem) -> String {
    let mut s = message(lang, "exchange-line", &[("line", Arg::from(p.line))]);
    if let Some(c) = p.column {
        s.push_str(", ");
        s.push_str(c);
    }
    if let Some(v) = &p.value {
        s.push_str(&format!(" \"{}\"", v.escape_debug()));
    }
    let args: Vec<(&str, Arg)> = match &p.kind {
        tessera_db::exchange::ImportProblemKind::TooManyLines { max } => vec![("max", Arg::from(*max))],
        _ => vec![],
    };
    s.push_str(": ");
    s.push_str(&message(lang, p.kind.message_id(), &args));
    s
}

pub async fn import(a: ImportArgs) -> anyhow::Result<ExitCode> {
    let ((file_lang, lang), kind) = match (langs(&a.lang), kind_of(&a.format, &IMPORTED)) {
        (Ok(l), Ok(k)) => (l, k),
        (Err(e), _) | (_, Err(e)) => return Ok(usage_error("import", e)),
    };
    let encoding = match a.encoding.as_deref().map(str::parse::<Encoding>).transpose() {
        Ok(e) => e,
        Err(e) => return Ok(usage_error("import", e)),
    };
    let mut bytes = Vec::new();
    match std::fs::File::open(&a.file).and_then(|mut f| f.read_to_end(&mut bytes)) {
        Ok(_) => {}
        Err(e) => return Ok(usage_error("import", format!("cannot read {}: {e}", a.file.display()))),
    }
    let report = tessera_formats::read_all(&bytes, kind.format(), ReadOptions { encoding });
    let shown = a.file.display();
    let mut err = io::stderr().lock();
    let nothing = |err: &mut io::StderrLock<'_>, count: usize| {
        writeln!(err, "{shown}: {}", message(lang, "import-nothing-imported", &[("count", Arg::from(count as u64))]))
    };
    if !report.is_ok() {
        for p in &report.errors {
            writeln!(err, "{shown}: {}", p.human(file_lang))?;
        }
        nothing(&mut err, report.errors.len())?;
        return Ok(ExitCode::from(1));
    }
    for p in &report.warnings {
        writeln!(err, "{shown}: {}", p.human(file_lang))?;
    }
    let file = load_file(a.db.config.as_deref())?;
    let db = a.db.open(&file).await?;
    match db.import_report(&report, SystemClock.now()).await {
        Ok(created) => {
            let mut out = io::stdout().lock();
            for c in &created {
                let args = [
                    ("kind", Arg::from(kind_name(lang, c.kind))),
                    ("number", Arg::from(c.number.as_str())),
                    ("party", Arg::from(c.party_code.as_str())),
                    ("lines", Arg::from(c.lines as u64)),
                ];
                writeln!(out, "{}", message(lang, "import-created", &args))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(ImportError::Problems(problems)) => {
            for p in &problems {
                writeln!(err, "{shown}: {}", human(lang, p))?;
            }
            nothing(&mut err, problems.len())?;
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e.into()),
    }
}
