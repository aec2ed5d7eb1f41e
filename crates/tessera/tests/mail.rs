//! Email through the real binary: `tessera mail test|list`, and a server that is killed and
//! started again sends each message exactly once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use std::process::Stdio;
use std::time::Duration;
use tessera_db::outbox::MailStatus;
use tessera_domain::clock::{Clock, SystemClock};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

const BIN: &str = env!("CARGO_BIN_EXE_tessera");

async fn tessera(args: &[&str], url: &str) -> (bool, String, String) {
    let out = Command::new(BIN).args(args).args(["--database-url", url]).output().await.unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn mail_test_puts_a_localized_message_in_the_outbox_and_mail_list_shows_it() {
    let (db, guard) = tessera_db::testing::fresh_db().await;
    let (ok, out, err) = tessera(&["mail", "test", "--to", "Eva@Example.com", "--lang", "pl"], guard.url()).await;
    assert!(ok, "{err}");
    assert!(out.contains("eva@example.com"), "{out}");
    let m = db.mails(1).await.unwrap().items.pop().unwrap();
    assert!(out.contains(&format!("message {} ", m.id)), "{out}");
    assert_eq!((m.status, m.language.as_str()), (MailStatus::Pending, "pl"));
    assert_eq!(m.subject, tessera_i18n::t(tessera_i18n::Lang::Pl, "mail-test-subject"));

    let (ok, out, _) = tessera(&["mail", "list"], guard.url()).await;
    assert!(ok);
    assert!(out.contains("pending") && out.contains("eva@example.com") && out.contains(&m.subject), "{out}");

    let (ok, _, err) = tessera(&["mail", "test", "--to", "not an address"], guard.url()).await;
    assert!(!ok && err.contains("is not an email address"), "{err}");
    let (ok, _, err) = tessera(&["mail", "test", "--to", "a@b.pl", "--lang", "fr"], guard.url()).await;
    assert!(!ok && err.contains("unknown language"), "{err}");
}

/// Starts `tessera serve` sending through `smtp_url`; returns once it listens.
async fn serve(url: &str, smtp_url: &str) -> Child {
    let mut child = Command::new(BIN)
        .args(["serve", "--addr", "127.0.0.1:0", "--database-url", url, "--smtp-url", smtp_url])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    loop {
        let line = tokio::time::timeout(Duration::from_secs(60), lines.next_line()).await.unwrap().unwrap();
        if line.expect("the server printed its address").starts_with("Tessera is listening on") {
            return child;
        }
    }
}

async fn signal(child: &mut Child, sig: &str) {
    let pid = child.id().unwrap().to_string();
    assert!(Command::new("kill").args([sig, &pid]).status().await.unwrap().success());
    tokio::time::timeout(Duration::from_secs(30), child.wait()).await.unwrap().unwrap();
}

#[tokio::test]
#[ignore = "needs python3 aiosmtpd; .ci/run runs it"]
async fn a_killed_server_sends_each_waiting_message_exactly_once_after_restart() {
    let sink = tessera_mail::testing::SmtpSink::start();
    let (db, guard) = tessera_db::testing::fresh_db().await;
    // Two changes written while no server runs: their messages wait in the outbox.
    for (to, lang) in [("anna@example.com", "en"), ("jan@example.com", "pl")] {
        let (ok, _, err) = tessera(&["mail", "test", "--to", to, "--lang", lang], guard.url()).await;
        assert!(ok, "{err}");
    }
    // A server claimed one of them and died while sending it; its claim's lease has run out.
    let crashed = db.claim_mail(SystemClock.now(), chrono::Duration::milliseconds(1), 1).await.unwrap();
    assert_eq!(crashed.len(), 1);
    let (ok, _, err) = tessera(&["mail", "test", "--to", "ola@example.com"], guard.url()).await;
    assert!(ok, "{err}");

    let mut server = serve(guard.url(), &sink.url()).await;
    let mut delivered = 0;
    for _ in 0..300 {
        delivered = sink.messages().len();
        let all_sent = db.mails(1).await.unwrap().items.iter().all(|m| m.status == MailStatus::Sent);
        if delivered >= 3 && all_sent {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(delivered, 3);
    // Killed without warning, then started again: nothing more goes out.
    signal(&mut server, "-KILL").await;
    let mut server = serve(guard.url(), &sink.url()).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    signal(&mut server, "-TERM").await;

    let got = sink.messages();
    let mut to: Vec<&str> = got.iter().map(|m| m.to.as_str()).collect();
    to.sort();
    assert_eq!(to, ["anna@example.com", "jan@example.com", "ola@example.com"], "each exactly once");
    let jan = got.iter().find(|m| m.to == "jan@example.com").unwrap();
    assert_eq!(jan.subject, tessera_i18n::t(tessera_i18n::Lang::Pl, "mail-test-subject"));
    let mails = db.mails(1).await.unwrap().items;
    assert!(mails.iter().all(|m| m.status == MailStatus::Sent && m.transport.as_deref() == Some("smtp")));
    let retried = mails.iter().find(|m| m.id == crashed[0].id).unwrap();
    assert_eq!(retried.attempts, 2, "the crashed claim counted as an attempt");
}
