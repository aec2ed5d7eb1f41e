//! The `tessera` binary: every subcommand of the product.
use clap::{Parser, Subcommand};

mod cmd;

#[derive(Parser)]
#[command(name = "tessera", version, about = "Tessera, the partner portal")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read, check and convert the flat-file formats of the main system.
    Formats(cmd::formats::FormatsArgs),
}

fn main() -> anyhow::Result<std::process::ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Formats(args) => cmd::formats::run(args),
    }
}
