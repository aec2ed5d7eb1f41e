//! `tessera mail …`: the email outbox. A running server's worker sends what is put here.
use crate::config::{DbArgs, load_file};
use clap::{Args, Subcommand};
use std::process::ExitCode;
use tessera_domain::clock::{Clock, SystemClock};
use tessera_domain::email::Email;
use tessera_i18n::Lang;

#[derive(Subcommand)]
pub enum MailCommand {
    /// Put a short test message in the outbox and print its id; the server sends it.
    Test(TestArgs),
    /// Show the outbox, newest first: id, recipient, subject, status, attempts.
    List(ListArgs),
}

#[derive(Args)]
pub struct TestArgs {
    /// The recipient.
    #[arg(long, value_name = "ADDRESS")]
    to: String,
    /// The message's language: en, pl or de.
    #[arg(long, default_value = "en")]
    lang: String,
    /// A link to put in the message (for instance the portal's address).
    #[arg(long, value_name = "URL")]
    link: Option<String>,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(Args)]
pub struct ListArgs {
    /// Which page of 25 messages.
    #[arg(long, default_value_t = 1)]
    page: u64,
    #[command(flatten)]
    db: DbArgs,
}

pub async fn run(cmd: MailCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        MailCommand::Test(a) => test(a).await,
        MailCommand::List(a) => list(a).await,
    }
}

async fn test(a: TestArgs) -> anyhow::Result<ExitCode> {
    let to = Email::parse(&a.to).map_err(|_| anyhow::anyhow!("{:?} is not an email address", a.to))?;
    let lang: Lang = a.lang.parse()?;
    let mail = tessera_mail::compose::test_message(&to, lang, a.link.as_deref())?;
    let file = load_file(a.db.config.as_deref())?;
    let db = a.db.open(&file).await?;
    let id = db.enqueue_mail(&mail, SystemClock.now()).await?;
    println!("Outbox message {id} to <{to}> is waiting; a running server sends it.");
    db.close().await?;
    Ok(ExitCode::SUCCESS)
}

async fn list(a: ListArgs) -> anyhow::Result<ExitCode> {
    let file = load_file(a.db.config.as_deref())?;
    let db = a.db.open(&file).await?;
    let page = db.mails(a.page).await?;
    println!("{:>6}  {:<8}  {:>8}  {:<32}  subject", "id", "status", "attempts", "to");
    for m in &page.items {
        println!("{:>6}  {:<8}  {:>8}  {:<32}  {}", m.id, m.status.as_str(), m.attempts, m.to, m.subject);
    }
    println!("{} message(s), page {} of {}", page.total, page.page, page.pages);
    db.close().await?;
    Ok(ExitCode::SUCCESS)
}
