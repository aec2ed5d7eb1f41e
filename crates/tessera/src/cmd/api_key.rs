//! `tessera api-key …`: make, list and revoke API keys from the command line.
use crate::config::{DbArgs, load_file};
use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use std::process::ExitCode;
use tessera_db::Db;
use tessera_db::api_keys::NewApiKey;
use tessera_db::audit::AuditEvent;
use tessera_domain::api_key::{ApiKeyToken, KeyName, KeyScope, parse_customer_roles, parse_host_roles};
use tessera_domain::clock::{Clock, SystemClock};
use tessera_domain::ids::{ApiKeyId, PartyId};

/// The name of the key `serve --demo` makes (a fresh one at each start; the last one is revoked).
pub const DEMO_KEY_NAME: &str = "Demo key (serve --demo)";

#[derive(Subcommand)]
pub enum ApiKeyCommand {
    /// Make a key. Prints the key as the last line (shown only now; only its hash is kept).
    Create(CreateArgs),
    /// List keys with their organisation, roles, state and last use.
    List(ListArgs),
    /// Revoke a key by its number: the next request with it is refused.
    Revoke(RevokeArgs),
}

#[derive(Args)]
pub struct CreateArgs {
    /// The customer organisation's code (as in the back office), e.g. KB0004.
    #[arg(long, required_unless_present = "host", conflicts_with = "host")]
    org: Option<String>,
    /// A key for the company's own systems (the main system), with staff roles.
    #[arg(long)]
    host: bool,
    /// Comma-separated roles: for an organisation ordering, stock_query, documents,
    /// service_requests, invoices; for the host sales, warehouse, purchasing, service.
    #[arg(long)]
    roles: String,
    /// What the key is for, so it can be told apart later. Default: "Made with the CLI"
    #[arg(long)]
    name: Option<String>,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(Args)]
pub struct ListArgs {
    /// Only one organisation's keys.
    #[arg(long)]
    org: Option<String>,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(Args)]
pub struct RevokeArgs {
    id: i64,
    #[command(flatten)]
    db: DbArgs,
}

fn cli_event(action: &str, object: Option<String>) -> AuditEvent {
    AuditEvent {
        at: SystemClock.now(),
        actor_kind: "cli".into(),
        actor: None,
        action: action.into(),
        object,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    }
}

/// Makes a key and gives its secret (the only time it exists outside the caller).
pub async fn make(db: &Db, scope: KeyScope, name: &str, created_by: &str) -> anyhow::Result<(ApiKeyId, ApiKeyToken)> {
    let token = ApiKeyToken::generate()?;
    let new = NewApiKey { scope, name: KeyName::parse(name)?, created_by: created_by.into() };
    let id = db
        .create_api_key(&new, &token.hash(), &token.hint(), SystemClock.now(), &cli_event("api_key.create", None))
        .await?;
    Ok((id, token))
}

/// The demo customer's key for `serve --demo`: a fresh one, the previous demo key revoked.
pub async fn demo_key(db: &Db, customer: PartyId) -> anyhow::Result<ApiKeyToken> {
    for k in db.api_keys(Some(customer)).await? {
        if k.name == DEMO_KEY_NAME && k.is_active() {
            db.revoke_api_key(k.id, SystemClock.now(), &cli_event("api_key.revoke", Some(format!("api_key:{}", k.id))))
                .await?;
        }
    }
    let roles = parse_customer_roles("ordering,stock_query,documents")?;
    let (_, token) = make(db, KeyScope::Customer { customer, roles }, DEMO_KEY_NAME, "demo").await?;
    Ok(token)
}

pub async fn run(cmd: ApiKeyCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        ApiKeyCommand::Create(a) => {
            let file = load_file(a.db.config.as_deref())?;
            let db = a.db.open(&file).await?;
            let scope = match &a.org {
                Some(code) => {
                    let customer = db
                        .party_by_code(code)
                        .await?
                        .with_context(|| format!("there is no organisation with the code {code:?}"))?;
                    KeyScope::Customer { customer, roles: parse_customer_roles(&a.roles)? }
                }
                None => KeyScope::Host { roles: parse_host_roles(&a.roles)? },
            };
            let (id, token) = make(&db, scope, a.name.as_deref().unwrap_or("Made with the CLI"), "cli").await?;
            eprintln!("API key {id} made. It is shown only now: keep it where your system keeps secrets.");
            println!("{}", token.expose());
            Ok(ExitCode::SUCCESS)
        }
        ApiKeyCommand::List(a) => {
            let file = load_file(a.db.config.as_deref())?;
            let db = a.db.open(&file).await?;
            let org = match &a.org {
                Some(code) => Some(
                    db.party_by_code(code)
                        .await?
                        .with_context(|| format!("there is no organisation with the code {code:?}"))?,
                ),
                None => None,
            };
            for k in db.api_keys(org).await? {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\tlast used {}",
                    k.id,
                    if k.is_active() { "active" } else { "revoked" },
                    k.customer_name.as_deref().unwrap_or("(host)"),
                    k.scope.roles_text(),
                    k.hint,
                    k.name,
                    k.last_used_at
                        .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
                        .unwrap_or_else(|| "never".into())
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        ApiKeyCommand::Revoke(a) => {
            let file = load_file(a.db.config.as_deref())?;
            let db = a.db.open(&file).await?;
            let id = ApiKeyId::new(a.id);
            match db
                .revoke_api_key(id, SystemClock.now(), &cli_event("api_key.revoke", Some(format!("api_key:{id}"))))
                .await
            {
                Ok(()) => {
                    println!("API key {id} is revoked.");
                    Ok(ExitCode::SUCCESS)
                }
                Err(tessera_db::DbError::NotFound) => bail!("there is no API key {id}"),
                Err(e) => Err(e.into()),
            }
        }
    }
}
