//! Pages in the reader's language; dates and numbers the local way.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_domain::role::StaffRole;

#[tokio::test]
async fn accept_language_then_the_persons_choice() {
    let mut app = TestApp::with_demo().await;
    app.accept_language = Some("pl-PL,pl;q=0.9,en;q=0.5".into());
    let res = app.get("/login").await;
    assert!(res.body.contains("<html lang=\"pl\">"));
    assert!(res.body.contains("Logowanie"));
    app.accept_language = Some("de".into());
    assert!(app.get("/login").await.body.contains("Anmelden"));

    // The choice made on the page wins over the browser's header.
    let res = app.post("/language", &[("lang", "pl"), ("back", "/login")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), "/login");
    assert!(app.get("/login").await.body.contains("Logowanie"));
    let res = app.post("/language", &[("lang", "xx"), ("back", "/login")]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_signed_in_persons_language_is_kept_with_the_account() {
    let mut app = TestApp::signed_in(&[StaffRole::Admin]).await;
    app.post("/language", &[("lang", "de"), ("back", "/admin")]).await;
    app.cookies.remove("tessera_lang");
    let order = app
        .db
        .orders(&Default::default())
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|o| o.number == "ZAM/12/2020")
        .unwrap();
    let res = app.get(&format!("/admin/orders/{}", order.id)).await;
    assert!(res.body.contains("Bestellung ZAM/12/2020"));
    assert!(res.body.contains("04.06.2020"), "German date");
    assert!(res.body.contains("1.376,55"), "German decimals");
    app.post("/language", &[("lang", "pl"), ("back", "/admin")]).await;
    let res = app.get(&format!("/admin/orders/{}", order.id)).await;
    assert!(res.body.contains("1\u{a0}376,55"), "Polish decimals");
    assert!(res.body.contains("Wysłane"));
}

#[tokio::test]
async fn error_pages_speak_the_readers_language() {
    let mut app = TestApp::signed_in(&[StaffRole::Admin]).await;
    app.accept_language = Some("de".into());
    let res = app.get("/admin/orders/424242").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.body.contains("Nicht gefunden"));
}

/// Every message a template or handler names exists in the catalogues.
#[test]
fn every_message_id_used_exists() {
    let ids = tessera_i18n::message_ids(tessera_i18n::Lang::En);
    let mut missing = Vec::new();
    for dir in ["templates", "src", "src/pages"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // `.t("id")`, `.t1("id", …)`, `.n("id", …)`, and message ids kept in string literals.
            let calls = [".t(\"", ".t1(\"", ".n(\""].into_iter().flat_map(|p| text.match_indices(p).map(|(i, _)| i));
            let rust = path.extension().is_some_and(|e| e == "rs");
            let prefixes: &[&str] = if rust { &["\"form-", "\"order-", "\"login-"] } else { &[] };
            let literals = prefixes.iter().flat_map(|p| text.match_indices(p).map(|(i, _)| i));
            for i in calls.chain(literals) {
                let rest = &text[i..];
                let start = rest.find('"').unwrap() + 1;
                let end = start + rest[start..].find('"').unwrap();
                let id = &rest[start..end];
                let plain = id.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit());
                if !id.is_empty() && plain && !id.ends_with('-') && !ids.iter().any(|k| k == id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}
