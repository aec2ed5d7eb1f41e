//! Configuration, in layers: command-line options, then `TESSERA_*` environment variables
//! (clap reads both), then an optional TOML file (`--config` / `TESSERA_CONFIG`), then the
//! embedded defaults.
use anyhow::Context;
use clap::Args;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use tessera_db::{Db, DbTarget};

/// Where the data is. Every subcommand that touches the database takes these.
#[derive(Args, Debug, Clone)]
pub struct DbArgs {
    /// The data folder (SQLite database and files). Default: ./tessera-data
    #[arg(long, env = "TESSERA_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// A database URL instead of the data folder's SQLite file: postgres://… or sqlite:///path/file.db
    #[arg(long, env = "TESSERA_DATABASE_URL", value_name = "URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// A TOML configuration file (keys: addr, data, database_url, log_format, public_url,
    /// session_idle_minutes, session_absolute_hours, smtp_url, mail_from, files_url).
    #[arg(long, env = "TESSERA_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// The TOML file's keys; every one is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub addr: Option<String>,
    pub data: Option<PathBuf>,
    pub database_url: Option<String>,
    pub log_format: Option<String>,
    pub public_url: Option<String>,
    pub session_idle_minutes: Option<u64>,
    pub session_absolute_hours: Option<u64>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub api_rate_per_minute: Option<u32>,
    pub stock_cap: Option<u32>,
    /// S3-compatible object storage for the files (see `tessera serve --files-url`).
    pub files_url: Option<String>,
}

/// How email goes out. Without an SMTP URL, messages stay in the local mailbox
/// (`/admin/mailbox`).
#[derive(Args, Debug, Clone)]
pub struct MailArgs {
    /// The SMTP server: smtp://user:password@host:587?tls=starttls, smtps://host,
    /// smtp://127.0.0.1:2525?tls=none. Default: none, the local mailbox at /admin/mailbox
    #[arg(long, env = "TESSERA_SMTP_URL", value_name = "URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// The sender of every email. Default: Tessera <tessera@localhost>
    #[arg(long, env = "TESSERA_MAIL_FROM", value_name = "ADDRESS")]
    pub mail_from: Option<String>,
}

impl MailArgs {
    /// The transport to send with. Errors name what is wrong, never the password.
    pub fn transport(&self, file: &FileConfig) -> anyhow::Result<tessera_mail::Transport> {
        use tessera_mail::transport::{DEFAULT_FROM, SmtpSettings, Transport};
        let from = self.mail_from.clone().or_else(|| file.mail_from.clone()).unwrap_or_else(|| DEFAULT_FROM.into());
        Ok(match self.smtp_url.clone().or_else(|| file.smtp_url.clone()).filter(|u| !u.trim().is_empty()) {
            Some(url) => Transport::smtp(SmtpSettings::parse_url(&url)?, &from)?,
            None => Transport::mailbox(&from)?,
        })
    }
}

pub fn load_file(path: Option<&Path>) -> anyhow::Result<FileConfig> {
    let Some(path) = path else {
        return Ok(FileConfig::default());
    };
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the configuration file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("the configuration file {} is not valid", path.display()))
}

impl DbArgs {
    /// The database to use: `--database-url`, else the data folder's SQLite file (the folder is
    /// created if missing).
    pub fn target(&self, file: &FileConfig) -> anyhow::Result<DbTarget> {
        if let Some(url) = self.database_url.clone().or_else(|| file.database_url.clone()) {
            return Ok(DbTarget::parse_url(&url)?);
        }
        let dir = self.data.clone().or_else(|| file.data.clone()).unwrap_or_else(|| PathBuf::from("tessera-data"));
        std::fs::create_dir_all(&dir).with_context(|| format!("cannot create the data folder {}", dir.display()))?;
        Ok(DbTarget::in_data_dir(&dir))
    }

    /// Connects and brings the schema up to date.
    pub async fn open(&self, file: &FileConfig) -> anyhow::Result<Db> {
        let target = self.target(file)?;
        let db = Db::connect(&target).await?;
        db.migrate().await.with_context(|| format!("cannot migrate {}", target.describe()))?;
        Ok(db)
    }
}
