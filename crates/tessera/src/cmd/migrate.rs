//! `tessera migrate`: bring the database schema up to date.
use crate::config::{DbArgs, load_file};
use clap::Args;
use std::process::ExitCode;

#[derive(Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    db: DbArgs,
}

pub async fn run(args: MigrateArgs) -> anyhow::Result<ExitCode> {
    let file = load_file(args.db.config.as_deref())?;
    let target = args.db.target(&file)?;
    let db = tessera_db::Db::connect(&target).await?;
    db.migrate().await?;
    println!("{}: the schema is up to date.", target.describe());
    Ok(ExitCode::SUCCESS)
}
