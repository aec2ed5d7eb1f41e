//! The local mailbox at /admin/mailbox: admins only; each message readable, its links clickable.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_db::outbox::NewMail;
use tessera_domain::email::Email;
use tessera_domain::role::StaffRole;

async fn enqueue(app: &TestApp) -> String {
    let mail = NewMail {
        to: Email::parse("zofia@example.com").unwrap(),
        language: "pl".into(),
        subject: "Zamówienie <ZAM/12/2020>".into(),
        text: "Dzień dobry,\nprosimy o potwierdzenie: https://portal.example.com/l/abc123?x=1&y=2.\n\n-- \nTessera"
            .into(),
        html: "<p>Dzień dobry</p><script>alert(1)</script>".into(),
    };
    app.db.enqueue_mail(&mail, app.clock_now()).await.unwrap().to_string()
}

#[tokio::test]
async fn admins_read_the_mailbox_and_follow_a_link() {
    let mut app = TestApp::signed_in(&[StaffRole::Admin]).await;
    let id = enqueue(&app).await;
    let res = app.get("/admin/mailbox").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("href=\"/admin/mailbox\""), "nav link for admins");
    assert!(res.body.contains("zofia@example.com"));
    assert!(res.body.contains(&format!("href=\"/admin/mailbox/{id}\"")));
    assert!(res.body.contains("Zamówienie &#60;ZAM/12/2020&#62;"), "escaped subject");
    assert!(res.body.contains("Waiting"));

    let res = app.get(&format!("/admin/mailbox/{id}")).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("href=\"https://portal.example.com/l/abc123?x=1&#38;y=2\""), "{}", res.body);
    assert!(res.body.contains("Dzień dobry,<br>prosimy"), "{}", res.body);
    assert!(res.body.contains("&#60;script&#62;alert(1)&#60;/script&#62;"), "HTML shown as source");
    assert!(!res.body.contains("<script>"));

    app.accept_language = Some("de".into());
    app.cookies.remove("tessera_lang");
    assert!(app.get("/admin/mailbox").await.body.contains("Postfach"));
    assert_eq!(app.get("/admin/mailbox/999999").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/admin/mailbox/x").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn others_cannot_read_the_mailbox() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let id = enqueue(&app).await;
    let res = app.get("/admin/mailbox").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(!res.body.contains("zofia@example.com"));
    assert_eq!(app.get(&format!("/admin/mailbox/{id}")).await.status, StatusCode::FORBIDDEN);
    assert!(!app.get("/admin").await.body.contains("href=\"/admin/mailbox\""));

    app.cookies.clear();
    let res = app.get(&format!("/admin/mailbox/{id}")).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(res.location().starts_with("/login"));
}
