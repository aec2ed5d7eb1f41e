//! Contacts' accounts in the customer portal: the welcome email's link, choosing a password,
//! signing in with a password or an emailed link, a new password, new links, signing out, and
//! the portal's home with what the roles allow.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::{PASSWORD, TestApp, TestResponse};
use http::StatusCode;
use std::collections::BTreeMap;
use tessera_db::audit::AuditFilter;
use tessera_db::contacts::NewContact;
use tessera_db::outbox::Mail;
use tessera_domain::contact::{ContactFacts, ContactRole, Side};
use tessera_domain::ids::ContactId;
use tessera_domain::role::StaffRole;
use tessera_domain::secret::Secret;

/// A form post from this browser in the customer portal: the contact session's CSRF token if
/// one is open, else the anonymous one.
async fn cpost(app: &mut TestApp, path: &str, fields: &[(&str, &str)]) -> TestResponse {
    let csrf = match app.cookies.get("tessera_contact") {
        Some(s) => tessera_web::ctx::session_csrf(&Secret::from_client(s.clone())),
        None => app.cookies.get("tessera_csrf").cloned().unwrap_or_default(),
    };
    let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    app.post_raw(path, &all, None).await
}

/// A contact added by staff, not yet activated: its welcome email, with its activation link, is
/// in the outbox.
async fn new_contact(app: &TestApp, side: Side, email: &str, name: &str, roles: &[ContactRole]) -> ContactId {
    let customer = app.db.party_by_code("KB0004").await.unwrap().unwrap();
    let facts = ContactFacts {
        name: name.into(),
        email: email.into(),
        phone: String::new(),
        position: String::new(),
        language: "en".into(),
    };
    let roles = roles.iter().copied().collect();
    let org = app.db.customer_org(customer).await.unwrap();
    let (token, expires_at, mail) =
        tessera_web::accounts::welcome(&app.state, &facts, org.name_of(side), &roles).unwrap();
    let new = NewContact { customer, side, facts, roles };
    app.db.create_contact(&new, &token.hash(), expires_at, &mail, "user:1", app.clock_now()).await.unwrap()
}

/// The emails sent to `to`, newest first.
async fn mails_to(app: &TestApp, to: &str) -> Vec<Mail> {
    let mut out = Vec::new();
    for m in app.db.mails(1).await.unwrap().items {
        if m.to == to {
            out.push(app.db.mail(m.id).await.unwrap());
        }
    }
    out
}

/// The token in the newest email to `to`.
async fn token_in_last_mail(app: &TestApp, to: &str) -> String {
    let mails = mails_to(app, to).await;
    let text = &mails.first().expect("an email").text;
    let at = text.find("/c/").unwrap_or_else(|| panic!("no link in {text}"));
    text[at + 3..at + 3 + 64].to_owned()
}

/// Every audit event, as text, to look for secrets in.
async fn audit_text(app: &TestApp) -> String {
    app.db
        .audit_export(&AuditFilter::default())
        .await
        .unwrap()
        .iter()
        .map(|e| format!("{e:?}"))
        .collect::<Vec<_>>()
        .join("\n")
}

async fn audit_has(app: &TestApp, action: &str, outcome: &str, detail: Option<&str>) -> bool {
    app.db
        .audit_export(&AuditFilter::default())
        .await
        .unwrap()
        .iter()
        .any(|e| e.action == action && e.outcome == outcome && detail.is_none_or(|d| e.detail.as_deref() == Some(d)))
}

/// Opens an emailed link: 302 to a page without the secret, nothing changed.
async fn open_link(app: &mut TestApp, token: &str) {
    let res = app.get(&format!("/c/{token}")).await;
    assert_eq!(res.status, StatusCode::FOUND, "{}", res.body);
    assert_eq!(res.location(), "/customer/token");
    assert!(!res.location().contains(token));
    assert_eq!(res.header("referrer-policy"), "no-referrer");
    let cookie = res.header("set-cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/customer"));
    assert!(cookie.contains("Max-Age=900"), "{cookie}");
}

#[tokio::test]
async fn the_welcome_link_activates_the_account_once() {
    let mut app = TestApp::with_demo().await;
    let email = "anna.nowak@companyx.example";
    let id =
        new_contact(&app, Side::Customer, email, "Anna Nowak", &[ContactRole::CustomerAdmin, ContactRole::Ordering])
            .await;
    let token = token_in_last_mail(&app, email).await;
    let hash = Secret::from_client(token.clone()).hash();

    // Opening the link (as a mail scanner would) changes nothing.
    open_link(&mut app, &token).await;
    open_link(&mut app, &token).await;
    assert!(app.db.contact_token(&hash).await.unwrap().unwrap().used_at.is_none());
    assert!(!app.db.contact(id).await.unwrap().activated);

    let res = app.get("/customer/token").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("Welcome, Anna Nowak"), "{}", res.body);
    assert!(res.body.contains("COMPANY X"), "{}", res.body);
    assert!(res.body.contains("At least 12 characters"));
    assert!(res.body.contains("no rules about digits"));
    assert!(!res.body.contains("href=\"/admin"), "no back-office navigation");
    assert!(app.db.contact_token(&hash).await.unwrap().unwrap().used_at.is_none(), "the page changes nothing");

    // Weak passwords and a mismatch are refused at the field; nothing is saved.
    for (pw, message) in [
        ("short one", "too short"),
        ("password12345", "too easy to guess"),
        ("qwertyuiopasdf", "too easy to guess"),
        ("anna likes long walks", "must not contain your name"),
        ("my nowak passphrase", "must not contain your name"),
    ] {
        let res = cpost(&mut app, "/customer/token", &[("password", pw), ("repeat", pw)]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{pw}");
        assert!(res.body.contains(message), "{pw}: {}", res.body);
        assert!(res.body.contains("id=\"password-error\""));
        assert!(res.body.contains("aria-invalid=\"true\""));
    }
    let res = cpost(
        &mut app,
        "/customer/token",
        &[("password", "correct horse battery staple"), ("repeat", "correct horse battery stapel")],
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The two passwords are not the same"), "{}", res.body);
    assert!(res.body.contains("id=\"repeat-error\""));
    assert!(!res.body.contains("id=\"password-error\""));
    assert!(!app.db.contact(id).await.unwrap().activated);
    assert!(app.db.contact_token(&hash).await.unwrap().unwrap().used_at.is_none());
    assert!(app.db.contact_credentials(email).await.unwrap().unwrap().1.is_none(), "no password saved");

    // A good password: activated, signed in, at home.
    let pw = "correct horse battery staple";
    let res = cpost(&mut app, "/customer/token", &[("password", pw), ("repeat", pw)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), "/customer");
    assert!(app.cookies.contains_key("tessera_contact"));
    assert!(!app.cookies.contains_key("tessera_contact_token"), "the token cookie is cleared");
    assert!(app.db.contact(id).await.unwrap().activated);
    assert!(app.db.contact_token(&hash).await.unwrap().unwrap().used_at.is_some());
    assert!(audit_has(&app, "contact.activate", "ok", None).await);

    let res = app.get("/customer").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("Your organisation: COMPANY X"), "{}", res.body);
    assert!(res.body.contains("Customer Admin"));
    assert!(res.body.contains("Manages the contacts of the organisation and of its purchaser"));
    assert!(res.body.contains("Ordering"));
    assert!(res.body.contains("href=\"/customer/contacts\""));
    assert!(res.body.contains("Place orders."));
    assert!(!res.body.contains("Invoices") && !res.body.contains("Upload documents"));
    // Ordering shows availability (issue #7), not stock figures.
    assert!(res.body.contains("See whether articles are available"));
    assert!(!res.body.contains("Ask for stock and availability of items."));
    assert!(res.body.contains("action=\"/customer/logout\""));
    assert!(res.body.contains("Anna Nowak"));
    assert!(!res.body.contains("href=\"/admin"), "no back-office navigation");
    assert!(!res.body.contains("action=\"/logout\""));
    assert!(res.body.contains("action=\"/customer/language\""), "the language switch of the portal");

    // The same link again: already used, and what to do.
    open_link(&mut app, &token).await;
    let res = app.get("/customer/token").await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(res.body.contains("already been used"), "{}", res.body);
    assert!(res.body.contains("action=\"/customer/login-link\""));
    open_link(&mut app, &token).await;
    let res = cpost(&mut app, "/customer/token", &[("password", "another long passphrase"), ("repeat", "x")]).await;
    assert_eq!(res.status, StatusCode::GONE);

    // The password works from another browser.
    let mut other = BTreeMap::new();
    app.switch_person(&mut other);
    app.get("/customer/login").await;
    let res = cpost(&mut app, "/customer/login", &[("email", email), ("password", pw), ("next", "")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), "/customer");

    assert!(!audit_text(&app).await.contains(&token), "the secret is never in the audit log");
}

#[tokio::test]
async fn two_tabs_using_one_link_the_second_is_told() {
    let mut app = TestApp::with_demo().await;
    let email = "tabs@companyx.example";
    new_contact(&app, Side::Customer, email, "Tab Tester", &[ContactRole::Ordering]).await;
    let token = token_in_last_mail(&app, email).await;
    open_link(&mut app, &token).await;
    let mut second = app.cookies.clone();
    let pw = "correct horse battery staple";
    let res = cpost(&mut app, "/customer/token", &[("password", pw), ("repeat", pw)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    app.switch_person(&mut second);
    let res = cpost(
        &mut app,
        "/customer/token",
        &[("password", "other horse battery staple"), ("repeat", "other horse battery staple")],
    )
    .await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(res.body.contains("already been used"));
    assert!(!app.cookies.contains_key("tessera_contact"));
    assert!(audit_has(&app, "contact.token", "denied", Some("used purpose=activation")).await);
    assert!(!audit_text(&app).await.contains(&token));
}

#[tokio::test]
async fn an_expired_welcome_link_can_be_asked_for_again() {
    let mut app = TestApp::with_demo().await;
    let email = "late@companyx.example";
    let id = new_contact(&app, Side::Customer, email, "Late Comer", &[ContactRole::Documents]).await;
    let old = token_in_last_mail(&app, email).await;
    app.clock.advance(chrono::Duration::days(7) + chrono::Duration::minutes(1));

    open_link(&mut app, &old).await;
    let res = app.get("/customer/token").await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(res.body.contains("This link has expired"), "{}", res.body);
    assert!(res.body.contains("action=\"/customer/login-link\""));
    assert!(res.body.contains(&format!("value=\"{email}\"")), "{}", res.body);

    let res = cpost(&mut app, "/customer/login-link", &[("email", email)]).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("a link is on its way"));
    let mails = mails_to(&app, email).await;
    assert_eq!(mails.len(), 2, "a new welcome email");
    assert!(mails[0].subject.contains("Your access to the Tessera portal"), "{}", mails[0].subject);
    let fresh = token_in_last_mail(&app, email).await;
    assert_ne!(fresh, old);

    open_link(&mut app, &fresh).await;
    let res = app.get("/customer/token").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("Welcome, Late Comer"));
    let pw = "correct horse battery staple";
    let res = cpost(&mut app, "/customer/token", &[("password", pw), ("repeat", pw)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(app.db.contact(id).await.unwrap().activated);
    assert!(!audit_text(&app).await.contains(&fresh));
}

#[tokio::test]
async fn signing_in_with_a_password_is_limited_and_says_nothing_about_accounts() {
    let mut app = TestApp::with_demo().await;
    let email = "anna@companyx.example";
    app.add_contact("KB0004", Side::Customer, email, &[ContactRole::CustomerAdmin]).await;
    new_contact(&app, Side::Customer, "pending@companyx.example", "Pending Person", &[ContactRole::Ordering]).await;

    let res = app.get("/customer/login?next=/customer").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("href=\"/customer/login-link\""));
    assert!(res.body.contains("Email me a sign-in link"));
    assert!(res.body.contains("href=\"/customer/forgot\""));
    assert!(res.body.contains("Forgot your password?"));

    let wrong = cpost(&mut app, "/customer/login", &[("email", email), ("password", "not the password")]).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("The email or the password is wrong."));
    let unknown =
        cpost(&mut app, "/customer/login", &[("email", "nobody@companyx.example"), ("password", "not the password")])
            .await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.body.replace("nobody@companyx.example", email), wrong.body, "the same answer");
    let pending =
        cpost(&mut app, "/customer/login", &[("email", "pending@companyx.example"), ("password", PASSWORD)]).await;
    assert_eq!(pending.status, StatusCode::UNAUTHORIZED, "not yet activated");
    assert_eq!(pending.body.replace("pending@companyx.example", email), wrong.body);
    assert!(audit_has(&app, "contact.sign_in", "failed", Some(&format!("account={email}"))).await);

    // Signed in, with a next target inside the portal only.
    let res = cpost(&mut app, "/customer/login", &[("email", email), ("password", PASSWORD), ("next", "/admin")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), "/customer");
    let first = app.cookies.get("tessera_contact").cloned().unwrap();
    assert!(audit_has(&app, "contact.sign_in", "ok", Some("method=password")).await);
    assert_eq!(app.get("/customer").await.status, StatusCode::OK);
    // Signing in again gives a new session id; the old one ends.
    let res =
        cpost(&mut app, "/customer/login", &[("email", email), ("password", PASSWORD), ("next", "/customer/x")]).await;
    assert_eq!(res.location(), "/customer/x");
    assert_ne!(app.cookies.get("tessera_contact").unwrap(), &first);
    assert!(app.db.contact_session(&Secret::from_client(first).hash()).await.unwrap().is_none());

    // Five wrong passwords, then the sixth attempt is refused, even with the right password.
    app.cookies.clear();
    app.get("/customer/login").await;
    for _ in 0..5 {
        let res = cpost(&mut app, "/customer/login", &[("email", email), ("password", "wrong wrong wrong")]).await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    }
    let res = cpost(&mut app, "/customer/login", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(res.header("retry-after"), "900");
    assert!(res.body.contains("Too many failed sign-ins"));
    assert!(!app.cookies.contains_key("tessera_contact"));
    assert!(audit_has(&app, "contact.sign_in", "rate_limited", None).await);
}

#[tokio::test]
async fn an_emailed_sign_in_link_signs_in_once() {
    let mut app = TestApp::with_demo().await;
    let email = "anna@companyx.example";
    app.add_contact("KB0004", Side::Customer, email, &[ContactRole::Ordering]).await;

    let res = app.get("/customer/login-link").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("action=\"/customer/login-link\""));
    let res = cpost(&mut app, "/customer/login-link", &[("email", "Anna@CompanyX.example ")]).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("a link is on its way"));
    let mails = mails_to(&app, email).await;
    assert!(mails[0].subject.contains("sign-in link"), "{}", mails[0].subject);
    let token = token_in_last_mail(&app, email).await;

    open_link(&mut app, &token).await;
    let res = app.get("/customer/token").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains(&format!("Sign in as {email}")), "{}", res.body);
    assert!(!res.body.contains("type=\"password\""));
    let res = cpost(&mut app, "/customer/token", &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), "/customer");
    assert_eq!(app.get("/customer").await.status, StatusCode::OK);
    assert!(audit_has(&app, "contact.sign_in", "ok", Some("method=link")).await);

    // Once only.
    let mut fresh = BTreeMap::new();
    app.switch_person(&mut fresh);
    open_link(&mut app, &token).await;
    let res = app.get("/customer/token").await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(res.body.contains("already been used"));
    // Expired after 15 minutes.
    cpost(&mut app, "/customer/login-link", &[("email", email)]).await;
    let later = token_in_last_mail(&app, email).await;
    app.clock.advance(chrono::Duration::minutes(16));
    open_link(&mut app, &later).await;
    let res = cpost(&mut app, "/customer/token", &[]).await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(res.body.contains("This link has expired"));
    assert!(!app.cookies.contains_key("tessera_contact"));
    let audit = audit_text(&app).await;
    assert!(!audit.contains(&token) && !audit.contains(&later));
}

#[tokio::test]
async fn a_new_password_ends_the_other_sessions() {
    let mut app = TestApp::with_demo().await;
    let email = "anna@companyx.example";
    let id = app.add_contact("KB0004", Side::Customer, email, &[ContactRole::Management]).await;
    app.contact_session(id).await;
    assert_eq!(app.get("/customer").await.status, StatusCode::OK);

    let mut other = BTreeMap::new();
    app.switch_person(&mut other);
    let res = app.get("/customer/forgot").await;
    assert!(res.body.contains("action=\"/customer/forgot\""));
    let res = cpost(&mut app, "/customer/forgot", &[("email", email)]).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(mails_to(&app, email).await[0].subject.contains("new password"));
    let token = token_in_last_mail(&app, email).await;
    open_link(&mut app, &token).await;
    let res = app.get("/customer/token").await;
    assert!(res.body.contains("Choose a new password"), "{}", res.body);
    let new_pw = "violet submarine orchestra";
    let res = cpost(&mut app, "/customer/token", &[("password", new_pw), ("repeat", new_pw)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.get("/customer").await.status, StatusCode::OK, "this browser is signed in");
    assert!(audit_has(&app, "contact.password_reset", "ok", None).await);

    // The first browser was signed out.
    app.switch_person(&mut other);
    let res = app.get("/customer").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(res.location().starts_with("/customer/login"), "{}", res.location());
    // Old password no longer, new one yes.
    app.cookies.clear();
    app.get("/customer/login").await;
    let res = cpost(&mut app, "/customer/login", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    let res = cpost(&mut app, "/customer/login", &[("email", email), ("password", new_pw)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(!audit_text(&app).await.contains(&token));
}

#[tokio::test]
async fn asking_for_a_link_answers_the_same_for_unknown_addresses_and_is_limited() {
    let mut app = TestApp::with_demo().await;
    let email = "anna@companyx.example";
    app.add_contact("KB0004", Side::Customer, email, &[ContactRole::Ordering]).await;
    let start = app.db.mails(1).await.unwrap().total;
    app.get("/customer/login").await;
    for path in ["/customer/login-link", "/customer/forgot"] {
        let before = app.db.mails(1).await.unwrap().total;
        let unknown = cpost(&mut app, path, &[("email", "nobody@companyx.example")]).await;
        assert_eq!(unknown.status, StatusCode::OK);
        let bad = cpost(&mut app, path, &[("email", "not an address")]).await;
        assert_eq!(app.db.mails(1).await.unwrap().total, before, "nothing sent for {path}");
        let known = cpost(&mut app, path, &[("email", email)]).await;
        assert_eq!(known.status, StatusCode::OK);
        assert_eq!(unknown.body, known.body, "{path}: the same answer");
        assert_eq!(bad.body, known.body);
        assert!(known.body.contains("If the address is on record, a link is on its way"));
    }
    assert_eq!(app.db.mails(1).await.unwrap().total, start + 2);
    // A removed contact is not on record any more.
    let gone = app.add_contact("KB0004", Side::Customer, "gone@companyx.example", &[ContactRole::Ordering]).await;
    app.db.remove_contact(gone, "user:1", app.clock_now()).await.unwrap();
    let total = app.db.mails(1).await.unwrap().total;
    cpost(&mut app, "/customer/login-link", &[("email", "gone@companyx.example")]).await;
    assert_eq!(app.db.mails(1).await.unwrap().total, total);

    // Five requests per address in 15 minutes (two were made above), then 429.
    for _ in 0..3 {
        assert_eq!(cpost(&mut app, "/customer/login-link", &[("email", email)]).await.status, StatusCode::OK);
    }
    let res = cpost(&mut app, "/customer/forgot", &[("email", email)]).await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(res.header("retry-after"), "900");
    assert!(res.body.contains("Too many links"));
    app.clock.advance(chrono::Duration::minutes(16));
    assert_eq!(cpost(&mut app, "/customer/forgot", &[("email", email)]).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_contact_without_roles_is_told_to_ask_its_admin() {
    let mut app = TestApp::with_demo().await;
    let id = app.add_contact("KB0004", Side::Customer, "norole@companyx.example", &[]).await;
    app.contact_session(id).await;
    let res = app.get("/customer").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(
        res.body.contains("Your account has no roles in the portal. Ask your organisation&#39;s admin."),
        "{}",
        res.body
    );
    assert!(res.body.contains("action=\"/customer/logout\""), "can sign out");
    assert!(!res.body.contains("href=\"/customer/contacts\""));
    assert!(audit_has(&app, "customer.enter", "denied", None).await);
}

#[tokio::test]
async fn a_removed_contacts_session_stops_working_and_signing_out_ends_it() {
    let mut app = TestApp::with_demo().await;
    let id = app.add_contact("KB0004", Side::Customer, "anna@companyx.example", &[ContactRole::Ordering]).await;
    app.contact_session(id).await;
    assert_eq!(app.get("/customer").await.status, StatusCode::OK);
    app.db.remove_contact(id, "user:1", app.clock_now()).await.unwrap();
    let res = app.get("/customer").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), "/customer/login?next=/customer");

    let id = app.add_contact("KB0004", Side::Customer, "bob@companyx.example", &[ContactRole::Ordering]).await;
    app.cookies.clear();
    app.contact_session(id).await;
    let session = app.cookies.get("tessera_contact").cloned().unwrap();
    let res = cpost(&mut app, "/customer/logout", &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), "/customer/login");
    assert!(!app.cookies.contains_key("tessera_contact"));
    assert!(app.db.contact_session(&Secret::from_client(session).hash()).await.unwrap().is_none());
    assert!(audit_has(&app, "contact.sign_out", "ok", None).await);
    assert_eq!(app.get("/customer").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn staff_and_contact_sessions_do_not_cross() {
    let mut app = TestApp::signed_in(&[StaffRole::Admin]).await;
    let res = app.get("/customer").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "a staff session is no contact's");
    assert!(res.location().starts_with("/customer/login"));

    let id = app.add_contact("KB0004", Side::Customer, "anna@companyx.example", &[ContactRole::CustomerAdmin]).await;
    app.cookies.remove("tessera_session");
    app.contact_session(id).await;
    assert_eq!(app.get("/customer").await.status, StatusCode::OK);
    for path in ["/admin", "/admin/orders", "/admin/audit"] {
        let res = app.get(path).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{path}");
        assert!(res.location().starts_with("/login"), "{path}: {}", res.location());
    }
}

#[tokio::test]
async fn a_purchasers_contact_sees_its_side_and_roles_only() {
    let mut app = TestApp::with_demo().await;
    let customer = app.db.party_by_code("KB0004").await.unwrap().unwrap();
    let purchaser = app.db.party_by_code("77120").await.unwrap().unwrap();
    app.db.set_purchaser(customer, Some(purchaser)).await.unwrap();
    let id = app.add_contact("KB0004", Side::Purchaser, "buyer@elmar.example", &[ContactRole::Invoices]).await;
    app.contact_session(id).await;
    let res = app.get("/customer").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let purchaser_name = app.db.customer_org(customer).await.unwrap().purchaser.unwrap().1;
    assert!(res.body.contains(&format!("Your organisation: {purchaser_name}")), "{}", res.body);
    assert!(res.body.contains("Purchasing on behalf of COMPANY X"));
    assert!(res.body.contains("Purchaser"));
    assert!(res.body.contains("Read your organisation&#39;s invoices."), "{}", res.body);
    assert!(!res.body.contains("/customer/contacts"));
    assert!(!res.body.contains("Place orders"));

    // The language switch keeps the choice on the account.
    let res = cpost(&mut app, "/customer/language", &[("lang", "de"), ("back", "/customer")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), "/customer");
    app.cookies.remove("tessera_lang");
    let res = app.get("/customer").await;
    assert!(res.body.contains("Kundenportal"), "{}", res.body);
    assert_eq!(app.db.contact(id).await.unwrap().facts.language, "de");
}

#[tokio::test]
async fn a_mistyped_or_missing_link_says_what_to_do() {
    let mut app = TestApp::with_demo().await;
    let res = app.get("/c/not-a-token").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.body.contains("This link does not work"));
    assert!(res.body.contains("action=\"/customer/login-link\""));
    let res = app.get("/customer/token").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.body.contains("This link does not work"));
    open_link(&mut app, &"ab".repeat(32)).await;
    let res = app.get("/customer/token").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.body.contains("Email me a new link"));
}

#[tokio::test]
async fn over_tls_the_cookies_are_secure_and_prefixed() {
    let config = tessera_web::WebConfig { tls: true, ..Default::default() };
    let mut app = TestApp::with_config(config).await;
    app.db.load_demo("not-a-usable-hash", app.clock_now()).await.unwrap();
    let email = "tls@companyx.example";
    new_contact(&app, Side::Customer, email, "Tess Layer", &[ContactRole::Ordering]).await;
    let token = token_in_last_mail(&app, email).await;
    let res = app.get(&format!("/c/{token}")).await;
    assert_eq!(res.status, StatusCode::FOUND);
    let cookie = res.header("set-cookie");
    // `__Host-` requires the path `/`; this cookie is for `/customer` only.
    assert!(cookie.starts_with("__Secure-tessera_contact_token="), "{cookie}");
    assert!(cookie.contains("; Secure") && cookie.contains("HttpOnly") && cookie.contains("Path=/customer"));
    let res = app.get("/customer/token").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("Welcome, Tess Layer"));
    let csrf = app.cookies.get("__Host-tessera_csrf").cloned().unwrap();
    let pw = "correct horse battery staple";
    let res = app.post_raw("/customer/token", &[("csrf", &csrf), ("password", pw), ("repeat", pw)], None).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let set: Vec<&str> = res.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap()).collect();
    assert!(
        set.iter().any(|c| c.starts_with("__Host-tessera_contact=") && c.contains("Secure") && c.contains("Path=/"))
    );
    assert!(set.iter().any(|c| c.starts_with("__Secure-tessera_contact_token=;") && c.contains("Max-Age=0")));
    assert_eq!(app.get("/customer").await.status, StatusCode::OK);
}
