//! `tessera formats …`: check and convert flat files (see docs/formats.md).
use clap::{Args, Subcommand};
use std::process::ExitCode;

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
        file: std::path::PathBuf,
        /// The format id: order, delivery, complaint, formwork, small-appliances, warehouse.
        #[arg(long)]
        format: String,
        /// Force an encoding (WHATWG label: utf-8, iso-8859-2, windows-1250, cp1250…).
        #[arg(long)]
        encoding: Option<String>,
        /// Print the normalized report as JSON.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(args: FormatsArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        FormatsCommand::Check { .. } => anyhow::bail!("not implemented yet"),
    }
}
