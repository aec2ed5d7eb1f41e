//! `tessera link …`: issue, list and revoke access links from the command line.
use crate::config::{DbArgs, load_file};
use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use std::process::ExitCode;
use tessera_db::Db;
use tessera_db::links::{LinkFilter, NewLink};
use tessera_domain::clock::{Clock, SystemClock};
use tessera_domain::ids::LinkId;
use tessera_domain::link::{LinkToken, Portal, parse_actions};

#[derive(Subcommand)]
pub enum LinkCommand {
    /// Issue a link. Prints its URL as the last line (shown only now).
    Issue(IssueArgs),
    /// List links with their state and last use.
    List(ListArgs),
    /// Revoke a link by its number; its portal sessions end at once.
    Revoke(RevokeArgs),
}

#[derive(Args)]
pub struct IssueArgs {
    /// supplier, subcontractor or customer.
    #[arg(long)]
    portal: String,
    /// The party's code (as in the back office).
    #[arg(long)]
    party: String,
    /// Bind the link to one object: order:NUMBER, complaint:NUMBER, work_order:ID,
    /// service_request:SR-000042 or service_job:ID.
    #[arg(long, value_name = "KIND:NUMBER")]
    object: Option<String>,
    /// Comma-separated actions (default: everything the portal offers, for a subcontractor what it is allowed), e.g. order.view,delivery.declare
    #[arg(long)]
    actions: Option<String>,
    /// How long the link lives: 30d, 12h, 90m. Default: 30d
    #[arg(long, default_value = "30d")]
    expires: String,
    /// Require a one-time code sent by email on first use.
    #[arg(long)]
    require_code: bool,
    /// Email the link to the party's address on record (through the outbox).
    #[arg(long)]
    email: bool,
    /// The URL people reach Tessera at, for the printed link.
    #[arg(long, env = "TESSERA_PUBLIC_URL", default_value = "http://127.0.0.1:8080")]
    public_url: String,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(Args)]
pub struct ListArgs {
    /// Only links that still work.
    #[arg(long)]
    active: bool,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(Args)]
pub struct RevokeArgs {
    id: i64,
    #[command(flatten)]
    db: DbArgs,
}

/// `30d`, `12h`, `90m`, or a plain number of days.
pub fn parse_duration(raw: &str) -> anyhow::Result<chrono::Duration> {
    let raw = raw.trim();
    let (num, unit) = raw.split_at(raw.find(|c: char| !c.is_ascii_digit()).unwrap_or(raw.len()));
    let n: i64 = num.parse().with_context(|| format!("{raw:?} is not a duration such as 30d, 12h or 90m"))?;
    let d = match unit {
        "" | "d" => chrono::Duration::days(n),
        "h" => chrono::Duration::hours(n),
        "m" => chrono::Duration::minutes(n),
        _ => bail!("{raw:?} is not a duration such as 30d, 12h or 90m"),
    };
    if d <= chrono::Duration::zero() || d > chrono::Duration::days(365) {
        bail!("a link lives between one minute and 365 days");
    }
    Ok(d)
}

pub async fn run(cmd: LinkCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        LinkCommand::Issue(a) => {
            let file = load_file(a.db.config.as_deref())?;
            let db = a.db.open(&file).await?;
            let url = issue(&db, &a).await?;
            println!("{url}");
            Ok(ExitCode::SUCCESS)
        }
        LinkCommand::List(a) => {
            let file = load_file(a.db.config.as_deref())?;
            let db = a.db.open(&file).await?;
            let now = SystemClock.now();
            let filter = if a.active { LinkFilter::Active } else { LinkFilter::All };
            let mut page = 1;
            loop {
                let links = db.links(filter, None, now, page).await?;
                for l in &links.items {
                    println!(
                        "{}\t{}\t{}\t{}\t{}\tuntil {}\tused {}×",
                        l.id,
                        l.state(now).as_str(),
                        l.portal.as_str(),
                        l.party_name,
                        l.object_label.as_deref().unwrap_or("-"),
                        l.expires_at.format("%Y-%m-%d %H:%M UTC"),
                        l.use_count
                    );
                }
                if page >= links.pages {
                    break;
                }
                page += 1;
            }
            Ok(ExitCode::SUCCESS)
        }
        LinkCommand::Revoke(a) => {
            let file = load_file(a.db.config.as_deref())?;
            let db = a.db.open(&file).await?;
            match db.revoke_link(LinkId::new(a.id), SystemClock.now()).await {
                Ok(()) => {
                    println!("Link {} is revoked.", a.id);
                    Ok(ExitCode::SUCCESS)
                }
                Err(tessera_db::DbError::NotFound) => bail!("there is no link {}", a.id),
                Err(e) => Err(e.into()),
            }
        }
    }
}

async fn issue(db: &Db, a: &IssueArgs) -> anyhow::Result<String> {
    let portal: Portal = a.portal.parse()?;
    let party =
        db.party_by_code(&a.party).await?.with_context(|| format!("there is no party with the code {:?}", a.party))?;
    let object = match &a.object {
        Some(o) => db.find_link_object(o).await?.map_err(|e| anyhow::anyhow!("--object {o:?}: {e}"))?,
        None => None,
    };
    let offered = portal.offered(&db.party(party).await?.subcontractor_actions);
    let actions = match &a.actions {
        Some(list) => parse_actions(portal, list)?,
        None => offered.clone(),
    };
    if actions.is_empty() {
        bail!("--actions names no action");
    }
    let refused: Vec<&str> = actions.difference(&offered).filter_map(|a| a.link_name()).collect();
    if !refused.is_empty() {
        bail!(
            "the subcontractor {:?} is not allowed: {} (allow it on the party's page in the back office first)",
            a.party,
            refused.join(", ")
        );
    }
    let now = SystemClock.now();
    let new = NewLink {
        portal,
        party,
        object,
        actions,
        require_code: a.require_code,
        note: None,
        expires_at: now + parse_duration(&a.expires)?,
        created_by: None,
        replaces: None,
    };
    let token = LinkToken::generate()?;
    let url = format!("{}/l/{}", a.public_url.trim_end_matches('/'), token.expose());
    let mail = if a.email { Some(tessera_mail::compose::invitation_for(db, &new, &url).await?) } else { None };
    let id = match db.issue_link(&new, &token.hash(), now, mail.as_ref()).await {
        Ok(id) => id,
        Err(tessera_db::DbError::NotFound) => bail!("the object does not belong to the party {:?}", a.party),
        Err(e) => return Err(e.into()),
    };
    db.audit(&tessera_db::audit::AuditEvent {
        at: now,
        actor_kind: "cli".into(),
        actor: None,
        action: "link.issue".into(),
        object: Some(format!("link:{id}")),
        outcome: "ok".into(),
        ip: None,
        detail: None,
    })
    .await?;
    eprintln!(
        "Link {id} for {} in the {} portal, valid until {}.",
        a.party,
        portal.as_str(),
        new.expires_at.format("%Y-%m-%d %H:%M UTC")
    );
    Ok(format!("{}/l/{}", a.public_url.trim_end_matches('/'), token.expose()))
}

/// The demo's ready links, issued anew at each start (the previous ones are revoked).
pub async fn demo_links(
    db: &Db,
    base: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<Vec<(String, String)>> {
    db.revoke_links_noted("demo", now).await?;
    let mut out = Vec::new();
    for (label, portal, party, object) in [
        ("Supplier link for order ZAM/12/2020", Portal::Supplier, "11587", Some("order:ZAM/12/2020")),
        ("Subcontractor link for MONTEX", Portal::Subcontractor, "P-3001", None),
        ("Customer link for COMPANY X", Portal::Customer, "KB0004", None),
    ] {
        let party_id = db.party_by_code(party).await?.context("demo party")?;
        let object = match object {
            Some(o) => db.find_link_object(o).await?.map_err(|e| anyhow::anyhow!("{e}"))?,
            None => None,
        };
        let token = LinkToken::generate()?;
        let new = NewLink {
            portal,
            party: party_id,
            object,
            actions: portal.offered(&db.party(party_id).await?.subcontractor_actions),
            require_code: false,
            note: Some("demo".into()),
            expires_at: now + chrono::Duration::days(30),
            created_by: None,
            replaces: None,
        };
        db.issue_link(&new, &token.hash(), now, None).await?;
        out.push((label.to_owned(), format!("{base}/l/{}", token.expose())));
    }
    Ok(out)
}
