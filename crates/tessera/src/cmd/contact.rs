//! `tessera contact …`: add a customer organisation's contact (its first admin, say) and list
//! them, from the command line. A new contact gets its welcome email with the activation link
//! through the outbox; the link is printed as the last line too.
use crate::config::{DbArgs, load_file};
use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use std::collections::BTreeSet;
use std::process::ExitCode;
use tessera_db::Db;
use tessera_db::contacts::{NewContact, TokenPurpose};
use tessera_domain::clock::{Clock, SystemClock};
use tessera_domain::contact::{ContactFacts, ContactRole, RawFacts, Side};
use tessera_domain::ids::ContactId;
use tessera_web::accounts::{self, Link};

#[derive(Subcommand)]
pub enum ContactCommand {
    /// Add a contact to a customer organisation and email its welcome. Prints the activation
    /// URL as the last line (shown only now).
    Add(AddArgs),
    /// List a customer organisation's contacts with their roles.
    List(ListArgs),
}

#[derive(Args)]
pub struct AddArgs {
    /// The customer's code (as in the back office).
    #[arg(long)]
    customer: String,
    #[arg(long)]
    email: String,
    #[arg(long)]
    name: String,
    /// A role (repeat for more): management, customer_admin, ordering, stock_query, documents,
    /// service_requests, purchaser_admin, invoices.
    #[arg(long = "role", required = true)]
    roles: Vec<String>,
    /// customer (the organisation itself) or purchaser (the organisation buying for it).
    #[arg(long, default_value = "customer")]
    side: String,
    #[arg(long, default_value = "")]
    phone: String,
    #[arg(long, default_value = "")]
    position: String,
    /// en, pl or de: the language of the contact's emails.
    #[arg(long, default_value = "en")]
    language: String,
    /// The URL people reach Tessera at, for the printed link.
    #[arg(long, env = "TESSERA_PUBLIC_URL", default_value = "http://127.0.0.1:8080")]
    public_url: String,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(Args)]
pub struct ListArgs {
    #[arg(long)]
    customer: String,
    #[command(flatten)]
    db: DbArgs,
}

pub async fn run(cmd: ContactCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        ContactCommand::Add(a) => {
            let file = load_file(a.db.config.as_deref())?;
            let db = a.db.open(&file).await?;
            let url = add(&db, &a).await?;
            println!("{url}");
            Ok(ExitCode::SUCCESS)
        }
        ContactCommand::List(a) => {
            let file = load_file(a.db.config.as_deref())?;
            let db = a.db.open(&file).await?;
            let org = customer(&db, &a.customer).await?;
            for c in db.contacts_of(org.id).await? {
                let roles: Vec<&str> = c.roles.iter().map(|r| r.as_str()).collect();
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    c.id,
                    c.side,
                    c.facts.name,
                    c.facts.email,
                    roles.join(","),
                    if c.activated { "activated" } else { "invitation sent" }
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn customer(db: &Db, code: &str) -> anyhow::Result<tessera_db::contacts::CustomerOrg> {
    let party = db.party_by_code(code).await?.with_context(|| format!("there is no party with the code {code:?}"))?;
    match db.customer_org(party).await {
        Ok(org) => Ok(org),
        Err(tessera_db::DbError::NotFound) => bail!("the party {code:?} is not a customer"),
        Err(e) => Err(e.into()),
    }
}

async fn add(db: &Db, a: &AddArgs) -> anyhow::Result<String> {
    let org = customer(db, &a.customer).await?;
    let side: Side = a.side.parse().map_err(|()| anyhow::anyhow!("--side {:?}: use customer or purchaser", a.side))?;
    if side == Side::Purchaser && org.purchaser.is_none() {
        bail!("the customer {:?} has no purchaser organisation, so it has no purchaser contacts", a.customer);
    }
    let mut roles = BTreeSet::new();
    for raw in &a.roles {
        let role: ContactRole = raw.parse().map_err(|()| {
            let known: Vec<&str> = ContactRole::ALL.iter().map(|r| r.as_str()).collect();
            anyhow::anyhow!("--role {raw:?} is not a role; roles are {}", known.join(", "))
        })?;
        if !role.fits(side) {
            let fit: Vec<&str> = ContactRole::for_side(side).iter().map(|r| r.as_str()).collect();
            bail!("--role {raw:?} is not for {side} contacts; they can have {}", fit.join(", "));
        }
        roles.insert(role);
    }
    let raw = RawFacts {
        name: a.name.clone(),
        email: a.email.clone(),
        phone: a.phone.clone(),
        position: a.position.clone(),
        language: a.language.clone(),
    };
    let facts = ContactFacts::parse(&raw).map_err(|problems| {
        let text: Vec<String> = problems
            .iter()
            .map(|(f, r)| format!("--{}: {}", f.as_str(), tessera_i18n::t(Default::default(), r.message_id())))
            .collect();
        anyhow::anyhow!("{}", text.join("; "))
    })?;
    let now = SystemClock.now();
    let issued = accounts::welcome_at(&a.public_url, now, &facts, org.name_of(side), &roles)?;
    let new = NewContact { customer: org.id, side, facts, roles };
    let id = match db.create_contact(&new, &issued.token.hash(), issued.expires_at, &issued.mail, "cli", now).await {
        Ok(id) => id,
        Err(tessera_db::DbError::Conflict) => bail!("{} is already the email of a contact", a.email),
        Err(e) => return Err(e.into()),
    };
    eprintln!(
        "Contact {id} ({}) added to {} as a {side} contact; the welcome email is in the outbox. The activation link works until {}.",
        new.facts.name,
        org.name,
        issued.expires_at.format("%Y-%m-%d %H:%M UTC")
    );
    Ok(issued.url)
}

/// The demo's Customer Admin: a new activation link while the account is not activated, else
/// a sign-in link; its email goes to the outbox (the mailbox in the demo).
pub async fn demo_link(
    db: &Db,
    base: &str,
    contact: ContactId,
    now: DateTime<Utc>,
) -> anyhow::Result<(String, String)> {
    let c = db.contact(contact).await?;
    let org = db.customer_org(c.customer).await?;
    if !c.activated {
        let issued = accounts::welcome_at(base, now, &c.facts, org.name_of(c.side), &c.roles)?;
        db.issue_contact_token(
            contact,
            TokenPurpose::Activation,
            &issued.token.hash(),
            now,
            issued.expires_at,
            &issued.mail,
        )
        .await?;
        return Ok((format!("Customer Admin of {} ({}), activation link", org.name, c.facts.email), issued.url));
    }
    let issued = accounts::link_at(base, now, Link::SignIn, &c.facts)?;
    db.issue_contact_token(contact, TokenPurpose::SignIn, &issued.token.hash(), now, issued.expires_at, &issued.mail)
        .await?;
    let url = issued.url;
    Ok((format!("Customer Admin of {} ({}), sign-in link", org.name, c.facts.email), url))
}
