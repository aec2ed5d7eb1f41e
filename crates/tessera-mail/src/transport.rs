//! Where a message goes: the local mailbox (kept in the database, read by admins at
//! `/admin/mailbox`) or an SMTP server. The SMTP password never reaches a log or `Debug`.
use chrono::{DateTime, Utc};
use lettre::message::{Mailbox, MultiPart, header};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::fmt;
use std::time::Duration;
use tessera_db::outbox::ClaimedMail;
use tessera_domain::secret::Password;

/// The default sender.
pub const DEFAULT_FROM: &str = "Tessera <tessera@localhost>";

/// How long one SMTP conversation may take; well under the worker's lease.
const SMTP_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// Plain text: only for a server on the same machine or network.
    None,
    /// Plain connection upgraded with STARTTLS, which is required.
    StartTls,
    /// TLS from the first byte (SMTPS).
    Tls,
}

/// A configuration that cannot work; the message names the part that is wrong, never a password.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailConfigError {
    #[error("the SMTP URL is not a URL (smtp://host:port?tls=starttls)")]
    NotAUrl,
    #[error("the SMTP URL must start with smtp:// or smtps://, not {0}://")]
    Scheme(String),
    #[error("the SMTP URL has no host")]
    NoHost,
    #[error("the SMTP URL's tls must be none, starttls or tls, not {0:?}")]
    TlsMode(String),
    #[error("smtps:// always uses TLS; leave out tls= or say tls=tls")]
    SmtpsWithoutTls,
    #[error("the SMTP URL's {0} is not understood")]
    Query(String),
    #[error("{0:?} is not a sender address such as \"Tessera <tessera@example.com>\"")]
    From(String),
    #[error("cannot set up TLS for {0}")]
    TlsSetup(String),
}

/// Where and how to reach the SMTP server: `smtp://user:password@host:587?tls=starttls`,
/// `smtps://host`, `smtp://127.0.0.1:2525?tls=none`.
#[derive(Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub user: Option<String>,
    password: Option<Password>,
}

impl fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .finish()
    }
}

/// Percent-decoding of the URL's user and password (`+` stays `+`).
fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

impl SmtpSettings {
    pub fn parse_url(raw: &str) -> Result<Self, MailConfigError> {
        let url = url::Url::parse(raw.trim()).map_err(|_| MailConfigError::NotAUrl)?;
        let smtps = match url.scheme() {
            "smtp" => false,
            "smtps" => true,
            other => return Err(MailConfigError::Scheme(other.to_owned())),
        };
        let host = url.host_str().filter(|h| !h.is_empty()).ok_or(MailConfigError::NoHost)?;
        let host = host.trim_start_matches('[').trim_end_matches(']').to_owned();
        let mut tls = if smtps { TlsMode::Tls } else { TlsMode::StartTls };
        for (k, v) in url.query_pairs() {
            match k.as_ref() {
                "tls" => {
                    tls = match v.as_ref() {
                        "none" if !smtps => TlsMode::None,
                        "starttls" if !smtps => TlsMode::StartTls,
                        "tls" => TlsMode::Tls,
                        "none" | "starttls" => return Err(MailConfigError::SmtpsWithoutTls),
                        other => return Err(MailConfigError::TlsMode(other.to_owned())),
                    }
                }
                other => return Err(MailConfigError::Query(other.to_owned())),
            }
        }
        let port = url.port().unwrap_or(match tls {
            TlsMode::None => 25,
            TlsMode::StartTls => 587,
            TlsMode::Tls => 465,
        });
        let user = Some(decode(url.username())).filter(|u| !u.is_empty());
        let password = url.password().map(|p| Password::new(decode(p)));
        Ok(Self { host, port, tls, user, password })
    }

    /// For logs and the start-up line: host, port and TLS mode, no credentials.
    pub fn describe(&self) -> String {
        let tls = match self.tls {
            TlsMode::None => "no TLS",
            TlsMode::StartTls => "STARTTLS",
            TlsMode::Tls => "TLS",
        };
        format!("SMTP {}:{} ({tls})", self.host, self.port)
    }
}

/// The transport, with the sender address.
#[derive(Clone)]
pub struct Transport {
    from: Mailbox,
    kind: Kind,
}

#[derive(Clone)]
enum Kind {
    Mailbox,
    Smtp { settings: Box<SmtpSettings>, client: Box<AsyncSmtpTransport<Tokio1Executor>> },
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Mailbox => write!(f, "Transport::Mailbox(from {})", self.from),
            Kind::Smtp { settings, .. } => write!(f, "Transport::Smtp({settings:?}, from {})", self.from),
        }
    }
}

/// Why a message did not go out. The text is kept in the outbox: it holds the server's
/// answer, never the credentials.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("the message cannot be built: {0}")]
    Build(String),
    #[error("SMTP: {0}")]
    Smtp(String),
}

/// `Content-Language`: the language the message is written in (`en`, `pl`, `de`).
#[derive(Clone)]
struct ContentLanguage(String);

impl ContentLanguage {
    fn of(code: &str) -> Self {
        let clean = code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && !code.is_empty();
        Self(if clean { code.to_owned() } else { "en".to_owned() })
    }
}

impl header::Header for ContentLanguage {
    fn name() -> header::HeaderName {
        header::HeaderName::new_from_ascii_str("Content-Language")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_owned()))
    }
    fn display(&self) -> header::HeaderValue {
        header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

fn parse_from(from: &str) -> Result<Mailbox, MailConfigError> {
    from.trim().parse::<Mailbox>().map_err(|_| MailConfigError::From(from.to_owned()))
}

impl Transport {
    /// Messages stay in the database, shown to admins at `/admin/mailbox`.
    pub fn mailbox(from: &str) -> Result<Self, MailConfigError> {
        Ok(Self { from: parse_from(from)?, kind: Kind::Mailbox })
    }

    pub fn smtp(settings: SmtpSettings, from: &str) -> Result<Self, MailConfigError> {
        let from = parse_from(from)?;
        let tls_params =
            || TlsParameters::new(settings.host.clone()).map_err(|_| MailConfigError::TlsSetup(settings.host.clone()));
        let tls = match settings.tls {
            TlsMode::None => Tls::None,
            TlsMode::StartTls => Tls::Required(tls_params()?),
            TlsMode::Tls => Tls::Wrapper(tls_params()?),
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(settings.host.as_str())
            .port(settings.port)
            .tls(tls)
            .timeout(Some(SMTP_TIMEOUT))
            .hello_name(ClientId::Domain(from.email.domain().to_owned()));
        if let Some(user) = &settings.user {
            let password = settings.password.as_ref().map(|p| p.expose().to_owned()).unwrap_or_default();
            builder = builder.credentials(Credentials::new(user.clone(), password));
        }
        let client = builder.build();
        Ok(Self { from, kind: Kind::Smtp { settings: Box::new(settings), client: Box::new(client) } })
    }

    /// `mailbox` or `smtp`, as the outbox records it.
    pub fn name(&self) -> &'static str {
        match self.kind {
            Kind::Mailbox => "mailbox",
            Kind::Smtp { .. } => "smtp",
        }
    }

    /// For the start-up line and logs; no credentials.
    pub fn describe(&self) -> String {
        match &self.kind {
            Kind::Mailbox => format!("local mailbox (/admin/mailbox), from {}", self.from),
            Kind::Smtp { settings, .. } => format!("{}, from {}", settings.describe(), self.from),
        }
    }

    /// The same for every attempt at the same message, so a receiving server or reader can
    /// tell a repeat from a new message.
    pub fn message_id(&self, mail: &ClaimedMail) -> String {
        format!("<outbox-{}-{}@{}>", mail.id, mail.created_at.timestamp(), self.from.email.domain())
    }

    /// Delivers the message. The local mailbox has nothing to do: the message is in the
    /// database already, and marking it sent shows it as delivered.
    pub async fn send(&self, mail: &ClaimedMail, now: DateTime<Utc>) -> Result<(), SendError> {
        let Kind::Smtp { client, .. } = &self.kind else {
            return Ok(());
        };
        let to: Mailbox = mail.to.parse().map_err(|_| SendError::Build(format!("recipient {:?}", mail.to)))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(self.message_id(mail)))
            .date(now.into())
            .header(ContentLanguage::of(&mail.language))
            .multipart(MultiPart::alternative_plain_html(mail.text.clone(), mail.html.clone()))
            .map_err(|e| SendError::Build(e.to_string()))?;
        client.send(message).await.map_err(|e| SendError::Smtp(e.to_string()))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn smtp_urls() {
        let s =
            SmtpSettings::parse_url("smtp://anna%40x.pl:p%40ss%20s3cr3t+1@mail.example.com:2587?tls=starttls").unwrap();
        assert_eq!((s.host.as_str(), s.port, s.tls), ("mail.example.com", 2587, TlsMode::StartTls));
        assert_eq!(s.user.as_deref(), Some("anna@x.pl"));
        assert_eq!(s.password.as_ref().map(|p| p.expose()), Some("p@ss s3cr3t+1"));
        let shown = format!("{s:?} {}", s.describe());
        assert!(!shown.contains("p@ss") && !shown.contains("s3cr3t"), "{shown}");

        let s = SmtpSettings::parse_url("smtps://mail.example.com").unwrap();
        assert_eq!((s.port, s.tls, s.user), (465, TlsMode::Tls, None));
        let s = SmtpSettings::parse_url("smtp://127.0.0.1:2525?tls=none").unwrap();
        assert_eq!((s.host.as_str(), s.port, s.tls), ("127.0.0.1", 2525, TlsMode::None));
        assert_eq!(SmtpSettings::parse_url("smtp://h").unwrap().port, 587);

        assert_eq!(SmtpSettings::parse_url("http://h").unwrap_err(), MailConfigError::Scheme("http".into()));
        assert_eq!(
            SmtpSettings::parse_url("smtp://h?tls=maybe").unwrap_err(),
            MailConfigError::TlsMode("maybe".into())
        );
        assert_eq!(SmtpSettings::parse_url("smtps://h?tls=none").unwrap_err(), MailConfigError::SmtpsWithoutTls);
        assert_eq!(SmtpSettings::parse_url("smtp://h?pool=1").unwrap_err(), MailConfigError::Query("pool".into()));
        assert_eq!(SmtpSettings::parse_url("not a url").unwrap_err(), MailConfigError::NotAUrl);
        let t = Transport::smtp(SmtpSettings::parse_url("smtp://u:secretpw@h").unwrap(), DEFAULT_FROM).unwrap();
        assert!(!format!("{t:?} {}", t.describe()).contains("secretpw"));
        assert!(Transport::mailbox("not an address").is_err());
    }
}
