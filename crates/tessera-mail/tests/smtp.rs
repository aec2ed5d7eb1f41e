//! A real SMTP server on loopback (Python's aiosmtpd): the message arrives with its recipient,
//! subject, both parts, and its link intact.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use chrono::{TimeZone, Utc};
use tessera_db::outbox::MailStatus;
use tessera_domain::clock::FixedClock;
use tessera_domain::email::Email;
use tessera_i18n::Lang;
use tessera_mail::testing::SmtpSink;
use tessera_mail::transport::{SmtpSettings, Transport};
use tessera_mail::worker::{Round, tick};
use tessera_mail::{Action, Content, compose};

#[tokio::test]
#[ignore = "needs python3 aiosmtpd; .ci/run runs it"]
async fn a_message_goes_through_a_real_smtp_server() {
    let sink = SmtpSink::start();
    let (db, _guard) = tessera_db::testing::fresh_db().await;
    let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap());
    // A long link with characters that mail encodings like to break.
    let link = format!("https://portal.example.com/l/{}?lang=pl&next=%2Forders%2F12", "a1b2c3d4".repeat(8));
    let to = Email::parse("Zofia@Example.com").unwrap();
    let content = Content {
        subject: "Zamówienie ZAM/12/2020 — potwierdź".into(),
        paragraphs: vec!["Dzień dobry, prosimy o potwierdzenie zamówienia.".into()],
        action: Some(Action { label: "Otwórz zamówienie".into(), url: link.clone() }),
    };
    let id =
        db.enqueue_mail(&compose(&to, Lang::Pl, &content).unwrap(), Utc.timestamp_opt(0, 0).unwrap()).await.unwrap();

    let transport =
        Transport::smtp(SmtpSettings::parse_url(&sink.url()).unwrap(), "Tessera <portal@tessera.example>").unwrap();
    assert_eq!(tick(&db, &transport, &clock).await.unwrap(), Round { sent: 1, failed: 0 });

    let got = sink.messages();
    assert_eq!(got.len(), 1);
    let m = &got[0];
    assert_eq!(m.envelope_from, "portal@tessera.example");
    assert_eq!(m.envelope_to, ["zofia@example.com"]);
    assert_eq!(m.to, "zofia@example.com");
    assert!(m.from.contains("portal@tessera.example"), "{}", m.from);
    assert_eq!(m.subject, "Zamówienie ZAM/12/2020 — potwierdź");
    assert_eq!(m.content_language, "pl");
    assert!(m.text.contains("Dzień dobry, prosimy o potwierdzenie zamówienia."), "{}", m.text);
    assert!(m.text.contains(&link), "the link in the text part: {}", m.text);
    assert!(m.html.contains("<html lang=\"pl\">"), "{}", m.html);
    assert!(
        m.html.contains(&format!("href=\"{}\"", link.replace('&', "&#38;"))),
        "the link in the HTML part: {}",
        m.html
    );
    let stored = db.mail(id).await.unwrap();
    assert_eq!((stored.status, stored.transport.as_deref()), (MailStatus::Sent, Some("smtp")));
    assert_eq!(stored.message_id.as_deref(), Some(m.message_id.as_str()));
    assert!(m.message_id.ends_with("@tessera.example>"), "{}", m.message_id);
}
