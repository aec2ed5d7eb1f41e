//! What every response carries, and what the operator endpoints answer.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_domain::role::StaffRole;

fn assert_security_headers(res: &common::TestResponse) {
    let csp = res.header("content-security-policy");
    assert!(csp.contains("object-src 'none'"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(res.header("x-content-type-options"), "nosniff");
    assert_eq!(res.header("referrer-policy"), "no-referrer");
}

#[tokio::test]
async fn healthz_answers_with_every_security_header() {
    let mut app = TestApp::new().await;
    let res = app.get("/healthz").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_security_headers(&res);
    assert_eq!(res.header("cache-control"), "no-store");
    assert!(res.header("strict-transport-security").is_empty(), "no HSTS without TLS");
}

#[tokio::test]
async fn hsts_and_host_prefixed_secure_cookies_over_tls() {
    let mut app = TestApp::with_config(tessera_web::WebConfig { tls: true, ..Default::default() }).await;
    let res = app.get("/login").await;
    assert!(res.header("strict-transport-security").starts_with("max-age="));
    let cookie = res.header("set-cookie");
    assert!(
        cookie.starts_with("__Host-tessera_csrf=") && cookie.contains("Secure") && cookie.contains("Path=/"),
        "{cookie}"
    );
}

#[tokio::test]
async fn readyz_checks_the_database_and_metrics_count_requests() {
    let mut app = TestApp::new().await;
    assert_eq!(app.get("/readyz").await.status, StatusCode::OK);
    app.get("/healthz").await;
    let res = app.get("/metrics").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(
        res.body.contains("tessera_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"),
        "{}",
        res.body
    );
}

#[tokio::test]
async fn authenticated_pages_are_not_cached_and_carry_the_headers() {
    let mut app = TestApp::signed_in(&[StaffRole::Admin]).await;
    let res = app.get("/admin/orders").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_security_headers(&res);
    assert_eq!(res.header("cache-control"), "no-store");
}

#[tokio::test]
async fn pages_need_sign_in_and_unknown_addresses_are_404() {
    let mut app = TestApp::with_demo().await;
    for path in ["/admin", "/admin/orders", "/admin/orders/1", "/admin/parties", "/admin/audit"] {
        let res = app.get(path).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{path}");
        assert!(res.location().starts_with("/login?next="), "{path}: {}", res.location());
    }
    let mut app = TestApp::signed_in(&[StaffRole::Admin]).await;
    let res = app.get("/admin/orders/999999").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.body.contains("data-code=\"not_found\""));
    assert_eq!(app.get("/admin/orders/not-a-number").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/no/such/page").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn forms_without_a_valid_csrf_token_or_from_another_site_change_nothing() {
    let mut app = TestApp::signed_in(&[StaffRole::Admin]).await;
    let before = app.db.orders(&Default::default()).await.unwrap().total;
    let fields = [
        ("number", "ZAM/CSRF/1"),
        ("party", "1"),
        ("order_date", "2026-11-22"),
        ("currency", "PLN"),
        ("line_item", "P199120"),
        ("line_qty", "1"),
        ("action", "save"),
    ];
    let res = app.post_raw("/admin/orders", &fields, None).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(res.body.contains("data-code=\"csrf_failed\""));
    let mut with_wrong = vec![("csrf", "0".repeat(64))];
    with_wrong.extend(fields.iter().map(|(k, v)| (*k, v.to_string())));
    let wrong: Vec<(&str, &str)> = with_wrong.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(app.post_raw("/admin/orders", &wrong, None).await.status, StatusCode::FORBIDDEN);
    let csrf = app.csrf();
    let mut good: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
    good.extend_from_slice(&fields);
    let res = app.post_raw("/admin/orders", &good, Some("https://evil.example")).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "cross-site origin");
    assert_eq!(app.db.orders(&Default::default()).await.unwrap().total, before);
}

/// Under `Referrer-Policy: no-referrer` a browser's same-origin form post says `Origin: null`.
#[tokio::test]
async fn a_same_origin_post_with_a_null_origin_is_accepted() {
    let mut app = TestApp::with_demo().await;
    app.get("/login").await;
    let csrf = app.csrf();
    let res = app.post_raw("/language", &[("csrf", &csrf), ("lang", "de"), ("back", "/login")], Some("null")).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let res = app.post_raw("/language", &[("csrf", &csrf), ("lang", "de")], Some("http://tessera.test")).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_session_secret_is_stored_only_as_a_hash() {
    let app = TestApp::signed_in(&[StaffRole::Admin]).await;
    let token = app.cookies.get("tessera_session").cloned().unwrap();
    let dump = format!(
        "{:?}",
        app.db.session(&tessera_domain::secret::Secret::from_client(token.clone()).hash()).await.unwrap()
    );
    assert!(!dump.contains(&token));
    // Looking the session up by the secret itself (what a stolen database would give) fails.
    assert!(app.db.session(&tessera_domain::secret::SecretHash::from_stored(token)).await.unwrap().is_none());
}
