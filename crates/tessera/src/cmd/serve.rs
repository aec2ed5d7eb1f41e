//! `tessera serve`: the web server.
use crate::config::{DbArgs, MailArgs, load_file};
use anyhow::Context;
use clap::{Args, ValueEnum};
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use tessera_domain::clock::{Clock, SystemClock};
use tessera_domain::secret::Password;
use tessera_web::{AppState, WebConfig};

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Args)]
pub struct ServeArgs {
    /// Address to listen on. Default: 127.0.0.1:8080
    #[arg(long, env = "TESSERA_ADDR", value_name = "HOST:PORT")]
    addr: Option<String>,
    /// Load the demo company (once) and print what to open.
    #[arg(long)]
    demo: bool,
    /// Log format. Default: text
    #[arg(long, env = "TESSERA_LOG_FORMAT", value_enum)]
    log_format: Option<LogFormat>,
    /// The URL people reach Tessera at. With https, cookies are Secure with the __Host- prefix
    /// and HSTS is sent.
    #[arg(long, env = "TESSERA_PUBLIC_URL", value_name = "URL")]
    public_url: Option<String>,
    /// Requests per minute each API key may make. Default: 600
    #[arg(long, env = "TESSERA_API_RATE", value_name = "PER_MINUTE")]
    api_rate: Option<u32>,
    /// Stock is shown exactly up to this, above it as "more than". Default: 25
    #[arg(long, env = "TESSERA_STOCK_CAP", value_name = "N")]
    stock_cap: Option<u32>,
    /// Keep uploaded files in S3-compatible object storage instead of the data folder (needed
    /// for several nodes): s3://bucket[/prefix][?endpoint=http://127.0.0.1:9000&region=…]; the
    /// credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
    #[arg(long, env = "TESSERA_FILES_URL", value_name = "URL")]
    files_url: Option<String>,
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    mail: MailArgs,
}

fn init_logging(format: LogFormat) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,sea_orm_migration=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().flatten_event(true).init(),
        LogFormat::Text => builder.init(),
    }
}

pub async fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let file = load_file(args.db.config.as_deref())?;
    let log_format = match (args.log_format, file.log_format.as_deref()) {
        (Some(f), _) => f,
        (None, Some("json")) => LogFormat::Json,
        (None, Some("text") | None) => LogFormat::Text,
        (None, Some(other)) => {
            anyhow::bail!("log_format {other:?} in the configuration file: use text or json")
        }
    };
    init_logging(log_format);
    let addr_text = args.addr.clone().or_else(|| file.addr.clone()).unwrap_or_else(|| "127.0.0.1:8080".into());
    let addr: SocketAddr =
        addr_text.parse().with_context(|| format!("{addr_text:?} is not an address such as 127.0.0.1:8080"))?;
    let public_url = args.public_url.clone().or_else(|| file.public_url.clone());
    // Uploaded files live in the data folder's `files/`, whichever database is used.
    let data_dir = args.db.data.clone().or_else(|| file.data.clone()).unwrap_or_else(|| "tessera-data".into());
    let mut config = WebConfig {
        tls: public_url.as_deref().is_some_and(|u| u.starts_with("https://")),
        data_dir,
        ..WebConfig::default()
    };
    if let Some(m) = file.session_idle_minutes {
        config.session_idle = Duration::from_secs(m * 60);
    }
    if let Some(h) = file.session_absolute_hours {
        config.session_absolute = Duration::from_secs(h * 3600);
    }
    if let Some(r) = args.api_rate.or(file.api_rate_per_minute) {
        anyhow::ensure!(r >= 1, "the API rate is at least 1 request a minute");
        config.api_rate_per_minute = r;
    }
    if let Some(c) = args.stock_cap.or(file.stock_cap) {
        config.stock_cap = tessera_domain::stock::StockCap::new(c).context("the stock cap is at least 1")?;
    }

    let transport = args.mail.transport(&file)?;
    let mailbox = transport.name() == "mailbox";

    let target = args.db.target(&file)?;
    let db = tessera_db::Db::connect(&target).await?;
    db.migrate().await.with_context(|| format!("cannot migrate {}", target.describe()))?;
    tracing::info!(database = %target.describe(), "database ready");

    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let demo = if args.demo {
        let password = Password::generate()?;
        let hash = tessera_web::password::hash(&password)?;
        let summary = db.load_demo(&hash, clock.now()).await?;
        Some((summary, password))
    } else {
        None
    };

    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr()?;
    let base = public_url.clone().unwrap_or_else(|| format!("http://{local}"));
    tracing::info!("listening on http://{local}");
    if let Some((summary, password)) = &demo {
        println!("Tessera demo company {}.", if summary.created { "loaded" } else { "already loaded" });
        println!("Back office sign-in: {base}/login");
        println!("Email: {}", summary.admin_email);
        println!("Password: {}", password.expose());
        println!("Sample order ZAM/12/2020: {base}/admin/orders/{}", summary.sample_order);
        println!("Orders: {base}/admin/orders");
        if mailbox {
            println!("Mailbox: {base}/admin/mailbox");
        }
        for (label, url) in super::link::demo_links(&db, &base, clock.now()).await? {
            println!("{label}: {url}");
        }
        let (label, url) = super::contact::demo_link(&db, &base, summary.customer_admin, clock.now()).await?;
        println!("{label}: {url}");
        let key = super::api_key::demo_key(&db, summary.customer).await?;
        println!("API reference: {base}/api/docs");
        println!("API key of COMPANY X (KB0004; ordering, stock query, documents): {}", key.expose());
    } else {
        println!("Tessera is listening on {base}");
    }

    config.public_url = base.clone();
    let state = match args.files_url.clone().or_else(|| file.files_url.clone()).filter(|u| !u.trim().is_empty()) {
        Some(url) => {
            let loc = tessera_web::files::S3Location::parse(&url)?;
            let store = tessera_web::files::ObjectFiles::s3(&loc)?;
            tessera_web::files::check(&store)
                .await
                .with_context(|| format!("cannot write to the object store s3://{}", loc.bucket))?;
            tracing::info!(bucket = %loc.bucket, "files in object storage");
            AppState::with_files(db.clone(), clock.clone(), config.clone(), Arc::new(store))
        }
        None => AppState::new(db.clone(), clock.clone(), config.clone()),
    };
    if demo.is_some() && tessera_web::pages::library::load_demo(&state).await? {
        println!("Installation instructions of article 2124907: {base}/customer/instructions?q=2124907");
    }
    spawn_housekeeping(db.clone(), clock.clone(), config);
    // The email worker stops with the server: a round under way is finished first.
    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(tessera_mail::worker::run(db.clone(), transport, clock.clone(), async move {
        let _ = stopped.changed().await;
    }));
    let app = tessera_web::router(state);
    let served = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            let _ = stop.send(true);
        })
        .await;
    if let Err(e) = worker.await {
        tracing::error!(error = %e, "the email worker failed");
    }
    served?;
    tracing::info!("stopped");
    db.close().await?;
    Ok(ExitCode::SUCCESS)
}

/// Removes expired sessions and old sign-in failures every ten minutes.
fn spawn_housekeeping(db: tessera_db::Db, clock: Arc<dyn Clock>, config: WebConfig) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(600));
        loop {
            tick.tick().await;
            let now = clock.now();
            let idle = chrono_duration(config.session_idle);
            if let Err(e) = db.prune_sessions(now, now - idle).await {
                tracing::warn!(error = %e, "session clean-up failed");
            }
            if let Err(e) = db.prune_link_sessions(now).await {
                tracing::warn!(error = %e, "portal session clean-up failed");
            }
            if let Err(e) = db.prune_failures(now - chrono_duration(config.login_window) * 4).await {
                tracing::warn!(error = %e, "sign-in failure clean-up failed");
            }
        }
    });
}

fn chrono_duration(d: Duration) -> chrono::Duration {
    chrono::Duration::from_std(d).unwrap_or_default()
}

/// SIGTERM or Ctrl-C: stop taking connections, finish the requests under way, then exit.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down");
}
