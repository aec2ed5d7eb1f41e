//! The email outbox on the database under test: claiming, leases, retries with backoff.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use chrono::{DateTime, Duration, TimeZone, Utc};
use std::collections::BTreeSet;
use tessera_db::Db;
use tessera_db::outbox::{MAX_ATTEMPTS, MailStatus, NewMail, backoff, retry_at};
use tessera_domain::email::Email;

mod common;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap()
}

fn mail(n: usize) -> NewMail {
    NewMail {
        to: Email::parse(&format!("person{n}@example.com")).unwrap(),
        language: "en".into(),
        subject: format!("Message {n}"),
        text: "Hello".into(),
        html: "<p>Hello</p>".into(),
    }
}

async fn enqueue(db: &Db, n: usize) {
    for i in 0..n {
        db.enqueue_mail(&mail(i), t0()).await.unwrap();
    }
}

#[tokio::test]
async fn a_claimed_message_goes_to_one_claimer_and_is_marked_sent() {
    let (db, _guard) = common::fresh_db().await;
    enqueue(&db, 3).await;
    let lease = Duration::minutes(5);
    let first = db.claim_mail(t0(), lease, 2).await.unwrap();
    assert_eq!(first.len(), 2);
    assert!(first.iter().all(|m| m.attempts == 1));
    let second = db.claim_mail(t0(), lease, 10).await.unwrap();
    assert_eq!(second.len(), 1, "only the one left");
    assert!(db.claim_mail(t0(), lease, 10).await.unwrap().is_empty());

    for m in first.iter().chain(&second) {
        assert!(db.mark_sent(m, "mailbox", &format!("<{}@test>", m.id), t0()).await.unwrap());
    }
    let all = db.mails(1).await.unwrap();
    assert_eq!(all.total, 3);
    assert!(all.items.iter().all(|m| m.status == MailStatus::Sent && m.transport.as_deref() == Some("mailbox")));
    // Long after, nothing sent is claimed again.
    assert!(db.claim_mail(t0() + Duration::days(1), lease, 10).await.unwrap().is_empty());
}

#[tokio::test]
async fn concurrent_claimers_get_disjoint_sets() {
    let (db, _guard) = common::fresh_db().await;
    enqueue(&db, 40).await;
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            let mut mine = Vec::new();
            loop {
                let got = db.claim_mail(t0(), Duration::minutes(5), 3).await.unwrap();
                if got.is_empty() {
                    break;
                }
                mine.extend(got.into_iter().map(|m| m.id));
            }
            mine
        }));
    }
    let mut seen = BTreeSet::new();
    let mut count = 0;
    for t in tasks {
        for id in t.await.unwrap() {
            count += 1;
            assert!(seen.insert(id), "{id} claimed twice");
        }
    }
    assert_eq!((count, seen.len()), (40, 40));
}

#[tokio::test]
async fn a_crashed_claim_is_claimable_again_after_its_lease_and_the_old_claim_marks_nothing() {
    let (db, _guard) = common::fresh_db().await;
    enqueue(&db, 1).await;
    let lease = Duration::minutes(5);
    let crashed = db.claim_mail(t0(), lease, 10).await.unwrap().pop().unwrap();
    assert!(db.claim_mail(t0() + Duration::minutes(4), lease, 10).await.unwrap().is_empty(), "lease holds");
    let later = t0() + Duration::minutes(6);
    let again = db.claim_mail(later, lease, 10).await.unwrap().pop().unwrap();
    assert_eq!((again.id, again.attempts), (crashed.id, 2));
    // The first worker wakes up: its claim is gone, it changes nothing.
    assert!(!db.mark_sent(&crashed, "smtp", "<x@test>", later).await.unwrap());
    assert!(!db.mark_failed(&crashed, "late", None).await.unwrap());
    assert!(db.mark_sent(&again, "smtp", "<y@test>", later).await.unwrap());
    let m = db.mail(again.id).await.unwrap();
    assert_eq!((m.status, m.message_id.as_deref()), (MailStatus::Sent, Some("<y@test>")));
}

#[test]
fn backoff_doubles_up_to_an_hour_then_gives_up() {
    let minutes: Vec<i64> = (1..=8).map(|a| backoff(a).num_minutes()).collect();
    assert_eq!(minutes, [1, 2, 4, 8, 16, 32, 60, 60]);
    assert_eq!(retry_at(1, t0()), Some(t0() + Duration::minutes(1)));
    assert_eq!(retry_at(MAX_ATTEMPTS - 1, t0()), Some(t0() + Duration::minutes(60)));
    assert_eq!(retry_at(MAX_ATTEMPTS, t0()), None);
}

#[tokio::test]
async fn failures_retry_after_the_backoff_and_fail_for_good_after_the_last_attempt() {
    let (db, _guard) = common::fresh_db().await;
    enqueue(&db, 1).await;
    let lease = Duration::minutes(5);
    let mut now = t0();
    for attempt in 1..=MAX_ATTEMPTS {
        let m = db.claim_mail(now, lease, 10).await.unwrap().pop().expect("due again");
        assert_eq!(m.attempts, attempt);
        let next = retry_at(m.attempts, now);
        assert!(db.mark_failed(&m, "connection refused", next).await.unwrap());
        let stored = db.mail(m.id).await.unwrap();
        assert_eq!(stored.last_error.as_deref(), Some("connection refused"));
        match next {
            Some(at) => {
                assert_eq!(stored.status, MailStatus::Pending);
                assert!(db.claim_mail(at - Duration::seconds(1), lease, 10).await.unwrap().is_empty(), "not before");
                now = at;
            }
            None => assert_eq!(stored.status, MailStatus::Failed),
        }
    }
    assert!(db.claim_mail(now + Duration::days(30), lease, 10).await.unwrap().is_empty(), "failed for good");
}
