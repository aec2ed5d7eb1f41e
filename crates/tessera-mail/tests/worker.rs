//! The worker on the database under test: the local mailbox marks messages sent; a transport
//! that fails leaves them for a later attempt.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use chrono::{Duration, TimeZone, Utc};
use tessera_db::outbox::MailStatus;
use tessera_domain::clock::FixedClock;
use tessera_domain::email::Email;
use tessera_i18n::Lang;
use tessera_mail::compose::test_message;
use tessera_mail::transport::{DEFAULT_FROM, SmtpSettings, Transport};
use tessera_mail::worker::{Round, tick};

fn clock() -> FixedClock {
    FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap())
}

#[tokio::test]
async fn the_local_mailbox_marks_messages_sent() {
    let (db, _guard) = tessera_db::testing::fresh_db().await;
    let clock = clock();
    let to = Email::parse("eva@example.com").unwrap();
    let id = db.enqueue_mail(&test_message(&to, Lang::De, None).unwrap(), clock.now_()).await.unwrap();
    let transport = Transport::mailbox(DEFAULT_FROM).unwrap();
    assert_eq!(tick(&db, &transport, &clock).await.unwrap(), Round { sent: 1, failed: 0 });
    let m = db.mail(id).await.unwrap();
    assert_eq!((m.status, m.transport.as_deref(), m.attempts), (MailStatus::Sent, Some("mailbox"), 1));
    assert_eq!(m.message_id, Some(format!("<outbox-{id}-{}@localhost>", m.created_at.timestamp())));
    assert_eq!(m.sent_at, Some(clock.now_()));
    assert_eq!(tick(&db, &transport, &clock).await.unwrap(), Round::default(), "sent once");
}

#[tokio::test]
async fn a_failing_transport_retries_later() {
    let (db, _guard) = tessera_db::testing::fresh_db().await;
    let clock = clock();
    let to = Email::parse("eva@example.com").unwrap();
    let id = db.enqueue_mail(&test_message(&to, Lang::En, None).unwrap(), clock.now_()).await.unwrap();
    // Nothing listens on a port just freed.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("smtp://user:hunter2secret@127.0.0.1:{port}?tls=none");
    let failing = Transport::smtp(SmtpSettings::parse_url(&url).unwrap(), DEFAULT_FROM).unwrap();
    assert_eq!(tick(&db, &failing, &clock).await.unwrap(), Round { sent: 0, failed: 1 });
    let m = db.mail(id).await.unwrap();
    assert_eq!((m.status, m.attempts), (MailStatus::Pending, 1));
    assert_eq!(m.next_attempt_at, clock.now_() + Duration::minutes(1));
    let error = m.last_error.unwrap();
    assert!(!error.is_empty() && !error.contains("hunter2secret"), "{error}");

    // Not before its time; then the mailbox delivers it.
    let mailbox = Transport::mailbox(DEFAULT_FROM).unwrap();
    clock.advance(Duration::seconds(59));
    assert_eq!(tick(&db, &mailbox, &clock).await.unwrap(), Round::default());
    clock.advance(Duration::seconds(1));
    assert_eq!(tick(&db, &mailbox, &clock).await.unwrap(), Round { sent: 1, failed: 0 });
    let m = db.mail(id).await.unwrap();
    assert_eq!((m.status, m.attempts, m.last_error), (MailStatus::Sent, 2, None));
}

#[tokio::test]
async fn run_sends_a_backlog_larger_than_a_batch_and_stops_when_asked() {
    let (db, _guard) = tessera_db::testing::fresh_db().await;
    let clock = clock();
    let to = Email::parse("eva@example.com").unwrap();
    for _ in 0..12 {
        db.enqueue_mail(&test_message(&to, Lang::En, None).unwrap(), clock.now_()).await.unwrap();
    }
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let worker = tokio::spawn(tessera_mail::worker::run(
        db.clone(),
        Transport::mailbox(DEFAULT_FROM).unwrap(),
        std::sync::Arc::new(clock.clone()),
        async move {
            let _ = stopped.await;
        },
    ));
    let mut all_sent = false;
    for _ in 0..100 {
        let page = db.mails(1).await.unwrap();
        all_sent = page.total == 12 && page.items.iter().all(|m| m.status == MailStatus::Sent);
        if all_sent {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(all_sent);
    stop.send(()).unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(5), worker).await.unwrap().unwrap();
}

trait Now {
    fn now_(&self) -> chrono::DateTime<Utc>;
}
impl Now for FixedClock {
    fn now_(&self) -> chrono::DateTime<Utc> {
        tessera_domain::clock::Clock::now(self)
    }
}
