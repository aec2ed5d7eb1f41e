//! The outbox worker: every second it claims the messages that are due, sends each through
//! the transport and marks it sent, or failed with a later retry (1 minute, 2, 4… at most an
//! hour; given up after `MAX_ATTEMPTS`). Several workers, in one process or several, can run
//! on the same database: a claim goes to one of them only (see `tessera_db::outbox`).
use crate::transport::Transport;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tessera_db::outbox::retry_at;
use tessera_db::{Db, DbError};
use tessera_domain::clock::Clock;

/// How long a claim holds. A worker that dies mid-send leaves its messages to be claimed again
/// after this; it must be longer than one send may take (the SMTP timeout is a minute).
pub const LEASE_MINUTES: i64 = 5;
/// Messages claimed at a time.
pub const BATCH: u64 = 10;
/// How often the worker looks for due messages.
pub const POLL: Duration = Duration::from_secs(1);

/// What one round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    pub sent: usize,
    pub failed: usize,
}

/// One round: claim what is due, send it, mark it.
pub async fn tick(db: &Db, transport: &Transport, clock: &dyn Clock) -> Result<Round, DbError> {
    let mut round = Round::default();
    let claimed = db.claim_mail(clock.now(), chrono::Duration::minutes(LEASE_MINUTES), BATCH).await?;
    for mail in claimed {
        let message_id = transport.message_id(&mail);
        match transport.send(&mail, clock.now()).await {
            Ok(()) => {
                if db.mark_sent(&mail, transport.name(), &message_id, clock.now()).await? {
                    tracing::info!(outbox = %mail.id, transport = transport.name(), "email sent");
                } else {
                    tracing::warn!(outbox = %mail.id, "email sent after its claim ran out");
                }
                round.sent += 1;
            }
            Err(e) => {
                let next = retry_at(mail.attempts, clock.now());
                let error = e.to_string();
                db.mark_failed(&mail, &error, next).await?;
                match next {
                    Some(at) => {
                        tracing::warn!(outbox = %mail.id, attempts = mail.attempts, %error, retry_at = %at, "email not sent; will retry")
                    }
                    None => {
                        tracing::error!(outbox = %mail.id, attempts = mail.attempts, %error, "email not sent; given up")
                    }
                }
                round.failed += 1;
            }
        }
    }
    Ok(round)
}

/// Runs until `shutdown` completes; a round under way is finished first.
pub async fn run(db: Db, transport: Transport, clock: Arc<dyn Clock>, shutdown: impl Future<Output = ()>) {
    tokio::pin!(shutdown);
    tracing::info!(transport = %transport.describe(), "email worker started");
    loop {
        let full = match tick(&db, &transport, clock.as_ref()).await {
            Ok(r) => r.sent + r.failed >= usize::try_from(BATCH).unwrap_or(usize::MAX),
            Err(e) => {
                tracing::warn!(error = %e, "email worker: database error");
                false
            }
        };
        // After a full batch more may be waiting: look again at once (but stop first if asked).
        let pause = if full { Duration::ZERO } else { POLL };
        tokio::select! {
            biased;
            () = &mut shutdown => break,
            () = tokio::time::sleep(pause) => {}
        }
    }
    tracing::info!("email worker stopped");
}
