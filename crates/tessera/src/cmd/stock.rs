//! `tessera stock load FILE.csv`: loads stock levels from the main system's CSV file
//! (`article;quantity;limited_at;expected_date`), all or nothing, with the same parser and the
//! same messages as the back office's upload.
use crate::config::{DbArgs, load_file};
use anyhow::Context;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use tessera_db::audit::AuditEvent;
use tessera_db::stock::StockLoadError;
use tessera_domain::clock::{Clock, SystemClock};
use tessera_web::stock_csv::{self, StockProblem};
use tessera_web::tr::Tr;

#[derive(Subcommand)]
pub enum StockCommand {
    /// Load stock levels from a CSV file with a header line article;quantity;limited_at;expected_date
    /// (`;` or `,` between fields, UTF-8, decimals with `,` or `.`, dates YYYY-MM-DD). Every line
    /// is loaded, or none: each problem is printed with its line number.
    Load(LoadArgs),
}

#[derive(Args)]
pub struct LoadArgs {
    /// The CSV file.
    file: PathBuf,
    #[command(flatten)]
    db: DbArgs,
}

fn print_problems(tr: &Tr, file: &std::path::Path, mut problems: Vec<StockProblem>) -> ExitCode {
    problems.sort_by_key(|p| p.line().unwrap_or(0));
    eprintln!("{}", tr.t("stock-upload-not-loaded"));
    for p in &problems {
        eprintln!("{}: {}", file.display(), p.message(tr));
    }
    ExitCode::from(1)
}

pub async fn run(cmd: StockCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        StockCommand::Load(a) => {
            let tr = Tr { lang: tessera_i18n::Lang::En };
            let bytes = std::fs::read(&a.file).with_context(|| format!("cannot read {}", a.file.display()))?;
            let lines = match stock_csv::parse(&bytes) {
                Ok(lines) => lines,
                Err(problems) => return Ok(print_problems(&tr, &a.file, problems)),
            };
            let file = load_file(a.db.config.as_deref())?;
            let db = a.db.open(&file).await?;
            let rows: Vec<_> = lines.iter().map(|l| l.row.clone()).collect();
            let name: String = a.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let event = AuditEvent {
                at: SystemClock.now(),
                actor_kind: "cli".into(),
                actor: None,
                action: "stock.load".into(),
                object: None,
                outcome: "ok".into(),
                ip: None,
                detail: Some(format!("file={name}")),
            };
            match db.load_stock(&rows, SystemClock.now(), &event).await {
                Ok(n) => {
                    println!("{}", tr.n("stock-loaded", "count", &(n as u64)));
                    Ok(ExitCode::SUCCESS)
                }
                Err(StockLoadError::UnknownArticles(list)) => {
                    Ok(print_problems(&tr, &a.file, stock_csv::unknown_articles(&lines, &list)))
                }
                Err(StockLoadError::Db(e)) => Err(e.into()),
            }
        }
    }
}
