//! Signing in and out: sessions, timeouts, rate limits, no account enumeration.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::{PASSWORD, TestApp};
use http::StatusCode;
use tessera_domain::role::StaffRole;

#[tokio::test]
async fn sign_in_starts_a_fresh_session_and_sign_out_ends_it() {
    let mut app = TestApp::with_demo().await;
    app.add_user("anna@tessera.test", &[StaffRole::Purchasing]).await;
    app.get("/login").await;
    let csrf = app.csrf();
    app.cookies.insert("tessera_session".into(), "f".repeat(64)); // a fixated id planted before sign-in
    let fields =
        [("csrf", csrf.as_str()), ("email", "Anna@Tessera.test"), ("password", PASSWORD), ("next", "/admin/orders")];
    let res = app.post_raw("/login", &fields, None).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), "/admin/orders");
    let cookie = res.header("set-cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    let first = app.cookies.get("tessera_session").cloned().unwrap();
    assert_ne!(first, "f".repeat(64), "a new session id at sign-in");
    assert_eq!(app.get("/admin/orders").await.status, StatusCode::OK);

    // Signing in again gives another id; the old one no longer works.
    app.post("/login", &[("email", "anna@tessera.test"), ("password", PASSWORD), ("next", "/admin")]).await;
    let second = app.cookies.get("tessera_session").cloned().unwrap();
    assert_ne!(first, second);
    let old = &mut app;
    old.cookies.insert("tessera_session".into(), first);
    assert_eq!(old.get("/admin/orders").await.status, StatusCode::SEE_OTHER);
    old.cookies.insert("tessera_session".into(), second);

    let res = old.post("/logout", &[]).await;
    assert_eq!(res.location(), "/login");
    assert!(!old.cookies.contains_key("tessera_session"));
    assert_eq!(old.get("/admin/orders").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_account_get_the_same_answer() {
    let mut app = TestApp::with_demo().await;
    app.add_user("anna@tessera.test", &[StaffRole::Admin]).await;
    app.get("/login").await;
    let wrong = app.post("/login", &[("email", "anna@tessera.test"), ("password", "not the password")]).await;
    let unknown = app.post("/login", &[("email", "nobody@tessera.test"), ("password", "not the password")]).await;
    let malformed = app.post("/login", &[("email", "not an email"), ("password", "x")]).await;
    for res in [&wrong, &unknown, &malformed] {
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
        assert!(res.body.contains("The email or the password is wrong."), "{}", res.body);
        assert!(!app.cookies.contains_key("tessera_session"));
    }
    let events = app.db.audit_events(1).await.unwrap().items;
    assert!(events.iter().filter(|e| e.action == "sign_in" && e.outcome == "failed").count() >= 3);
    assert!(events.iter().all(|e| !e.detail.clone().unwrap_or_default().contains("not the password")));
}

#[tokio::test]
async fn failed_sign_ins_are_limited_per_account_then_per_address() {
    let mut app = TestApp::with_demo().await;
    app.add_user("anna@tessera.test", &[StaffRole::Admin]).await;
    app.get("/login").await;
    for _ in 0..5 {
        let res = app.post("/login", &[("email", "anna@tessera.test"), ("password", "guess")]).await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    }
    // Even the right password is refused now, and the page says why.
    let res = app.post("/login", &[("email", "anna@tessera.test"), ("password", PASSWORD)]).await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(!res.header("retry-after").is_empty());
    assert!(res.body.contains("Too many failed sign-ins"));
    // After the window it works again.
    app.clock.advance(chrono::Duration::minutes(16));
    let res = app.post("/login", &[("email", "anna@tessera.test"), ("password", PASSWORD)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    // Per address: many accounts guessed from one address.
    let mut app = TestApp::with_demo().await;
    app.get("/login").await;
    for i in 0..20 {
        let email = format!("guess{i}@tessera.test");
        assert_eq!(app.post("/login", &[("email", &email), ("password", "x")]).await.status, StatusCode::UNAUTHORIZED);
    }
    let res = app.post("/login", &[("email", "someone@tessera.test"), ("password", "x")]).await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    // Another address is not affected.
    app.ip = "198.51.100.7:1234".parse().unwrap();
    assert_eq!(
        app.post("/login", &[("email", "someone@tessera.test"), ("password", "x")]).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn sessions_end_when_idle_and_at_their_absolute_limit() {
    let mut app = TestApp::signed_in(&[StaffRole::Admin]).await;
    app.clock.advance(chrono::Duration::minutes(59));
    assert_eq!(app.get("/admin").await.status, StatusCode::OK);
    app.clock.advance(chrono::Duration::minutes(61));
    assert_eq!(app.get("/admin").await.status, StatusCode::SEE_OTHER, "idle timeout");

    let mut app = TestApp::signed_in(&[StaffRole::Admin]).await;
    for _ in 0..14 {
        app.clock.advance(chrono::Duration::minutes(55));
        app.get("/admin").await;
    }
    assert_eq!(app.get("/admin").await.status, StatusCode::SEE_OTHER, "absolute timeout of 12 hours");
}

#[tokio::test]
async fn next_never_leaves_the_site() {
    let mut app = TestApp::with_demo().await;
    app.add_user("anna@tessera.test", &[StaffRole::Admin]).await;
    app.get("/login").await;
    let res = app
        .post("/login", &[("email", "anna@tessera.test"), ("password", PASSWORD), ("next", "//evil.example/x")])
        .await;
    assert_eq!(res.location(), "/admin");
}
