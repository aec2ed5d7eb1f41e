//! The `tessera` binary: every subcommand of the product.
use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod cmd;
mod config;

#[derive(Parser)]
#[command(name = "tessera", version, about = "Tessera, the partner portal", propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (back office and portals).
    Serve(cmd::serve::ServeArgs),
    /// Apply the database migrations and exit.
    Migrate(cmd::migrate::MigrateArgs),
    /// Manage staff accounts.
    #[command(subcommand)]
    User(cmd::user::UserCommand),
    /// Issue, list and revoke access links.
    #[command(subcommand)]
    Link(cmd::link::LinkCommand),
    /// API keys for customers' systems and the host's main system: make, list, revoke.
    #[command(subcommand)]
    ApiKey(cmd::api_key::ApiKeyCommand),
    /// Customer organisations' contacts: add one (with its welcome email), list them.
    #[command(subcommand)]
    Contact(cmd::contact::ContactCommand),
    /// Stock levels from the main system's CSV file, all or nothing.
    #[command(subcommand)]
    Stock(cmd::stock::StockCommand),
    /// The email outbox: send a test message, list what is there.
    #[command(subcommand)]
    Mail(cmd::mail::MailCommand),
    /// Read, check and convert the flat-file formats of the main system.
    Formats(cmd::formats::FormatsArgs),
    /// Write an order, a delivery or a complaint in its seed format (order.csv…).
    Export(cmd::exchange::ExportArgs),
    /// Create orders or complaints from a file in their seed format, all or nothing.
    Import(cmd::exchange::ImportArgs),
    /// A consistent copy of a live SQLite data folder (database and files) in a new folder.
    Backup(cmd::backup::BackupArgs),
    /// Put a backup back into an empty data folder, after checking it.
    Restore(cmd::backup::RestoreArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Formats(args) => cmd::formats::run(args),
        Command::Serve(args) => cmd::runtime().and_then(|rt| rt.block_on(cmd::serve::run(args))),
        Command::Migrate(args) => cmd::runtime().and_then(|rt| rt.block_on(cmd::migrate::run(args))),
        Command::User(c) => cmd::runtime().and_then(|rt| rt.block_on(cmd::user::run(c))),
        Command::Link(c) => cmd::runtime().and_then(|rt| rt.block_on(cmd::link::run(c))),
        Command::ApiKey(c) => cmd::runtime().and_then(|rt| rt.block_on(cmd::api_key::run(c))),
        Command::Contact(c) => cmd::runtime().and_then(|rt| rt.block_on(cmd::contact::run(c))),
        Command::Stock(c) => cmd::runtime().and_then(|rt| rt.block_on(cmd::stock::run(c))),
        Command::Mail(c) => cmd::runtime().and_then(|rt| rt.block_on(cmd::mail::run(c))),
        Command::Export(a) => cmd::runtime().and_then(|rt| rt.block_on(cmd::exchange::export(a))),
        Command::Import(a) => cmd::runtime().and_then(|rt| rt.block_on(cmd::exchange::import(a))),
        Command::Backup(a) => cmd::runtime().and_then(|rt| rt.block_on(cmd::backup::backup(a))),
        Command::Restore(a) => cmd::runtime().and_then(|rt| rt.block_on(cmd::backup::restore(a))),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
