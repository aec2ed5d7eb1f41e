//! `tessera user …`: staff accounts.
use crate::config::{DbArgs, load_file};
use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use std::collections::BTreeSet;
use std::io::{IsTerminal, Read};
use std::process::ExitCode;
use tessera_domain::clock::{Clock, SystemClock};
use tessera_domain::email::Email;
use tessera_domain::role::StaffRole;
use tessera_domain::secret::Password;

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create a staff account. The password is read from standard input when it is piped in,
    /// otherwise one is generated and printed once.
    Create(CreateArgs),
}

#[derive(Args)]
pub struct CreateArgs {
    #[arg(long)]
    email: String,
    /// Roles, repeated or comma-separated: admin, purchasing, warehouse, service, sales.
    #[arg(long = "role", value_delimiter = ',', required = true)]
    roles: Vec<String>,
    /// The name shown in the back office (default: the email address).
    #[arg(long)]
    name: Option<String>,
    #[command(flatten)]
    db: DbArgs,
}

pub async fn run(cmd: UserCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        UserCommand::Create(a) => create(a).await,
    }
}

async fn create(a: CreateArgs) -> anyhow::Result<ExitCode> {
    let email = Email::parse(&a.email).map_err(|_| anyhow::anyhow!("{:?} is not an email address", a.email))?;
    let roles: BTreeSet<StaffRole> = a.roles.iter().map(|r| r.parse()).collect::<Result<_, _>>()?;
    let mut piped = String::new();
    if !std::io::stdin().is_terminal() {
        std::io::stdin().read_to_string(&mut piped).context("cannot read the password from standard input")?;
    }
    let typed = piped.trim_end_matches(['\r', '\n']);
    let (password, generated) = if typed.is_empty() {
        (Password::generate()?, true)
    } else {
        if typed.chars().count() < tessera_web::password::MIN_LENGTH {
            bail!("the password must have at least {} characters", tessera_web::password::MIN_LENGTH);
        }
        (Password::new(typed), false)
    };
    let hash = tessera_web::password::hash(&password)?;
    let file = load_file(a.db.config.as_deref())?;
    let db = a.db.open(&file).await?;
    let name = a.name.unwrap_or_else(|| email.to_string());
    match db.create_user(&email, &name, &hash, &roles, SystemClock.now()).await {
        Ok(id) => {
            let roles: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
            println!("Created user {id} <{email}> with roles {}.", roles.join(", "));
            if generated {
                println!("Password (shown only now): {}", password.expose());
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(tessera_db::DbError::Conflict) => {
            bail!("a user with the email {email} already exists; nothing was changed")
        }
        Err(e) => Err(e.into()),
    }
}
