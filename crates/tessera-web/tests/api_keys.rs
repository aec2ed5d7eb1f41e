//! API keys' pages (issue #7): an organisation's admins make and revoke its keys in the
//! customer portal, staff every key in the back office; a new key is shown once, works against
//! the API at once, and is refused at once after it is revoked. The walls: roles, organisations,
//! bad input that makes nothing, and a secret that reaches neither the logs, the audit log, the
//! database (its hash only) nor a second page.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use axum::body::Body;
use common::{TestApp, TestResponse};
use http::{Request, StatusCode, header};
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use tessera_domain::api_key::{ApiKeyToken, KeyScope};
use tessera_domain::contact::{ContactRole, Side};
use tessera_domain::ids::{ApiKeyId, PartyId};
use tessera_domain::role::StaffRole;

const PAGE: &str = "/customer/api-keys";
const ADMIN: &str = "/admin/api-keys";
const STOCK: &str = "/api/v1/articles/2124907/stock";

/// Everything this test binary logs, to prove no secret reaches the logs.
fn logs() -> Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let writer = buf.clone();
        let _ = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_writer(move || LogWriter(writer.clone()))
            .try_init();
        buf
    })
    .clone()
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);
impl Write for LogWriter {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// COMPANY X (KB0004) with a Customer Admin signed in in this browser.
async fn company_x_admin() -> (TestApp, PartyId) {
    let mut app = TestApp::with_demo().await;
    app.accept_language = Some("en".into());
    let customer = app.db.party_by_code("KB0004").await.unwrap().unwrap();
    let admin = app.add_contact("KB0004", Side::Customer, "anna@companyx.example", &[ContactRole::CustomerAdmin]).await;
    app.contact_session(admin).await;
    (app, customer)
}

/// The key on the page that shows a new key once.
fn shown_key(res: &TestResponse) -> String {
    let at = res.body.find("id=\"new-key\"").unwrap_or_else(|| panic!("no new key on {}", res.body));
    let rest = &res.body[at..];
    let v = &rest[rest.find('>').unwrap() + 1..];
    let key = v[..v.find("</textarea>").unwrap()].to_owned();
    assert!(key.starts_with("tsk_"), "{key}");
    key
}

/// An API request with this key, as a customer's system sends it.
async fn api(app: &mut TestApp, method: &str, path: &str, key: &str, body: Option<&str>) -> TestResponse {
    let mut b = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "tessera.test")
        .header(header::AUTHORIZATION, format!("Bearer {key}"));
    if body.is_some() {
        b = b.header(header::CONTENT_TYPE, "application/json");
    }
    let req = b.body(body.map_or_else(Body::empty, |s| Body::from(s.to_owned()))).unwrap();
    app.request(req).await
}

async fn key_count(app: &TestApp) -> usize {
    app.db.api_keys(None).await.unwrap().len()
}

/// The id of the key named `name`.
async fn key_named(app: &TestApp, name: &str) -> ApiKeyId {
    app.db.api_keys(None).await.unwrap().into_iter().find(|k| k.name == name).unwrap().id
}

#[tokio::test]
async fn an_admin_makes_a_key_that_is_shown_once_works_at_once_and_dies_at_once() {
    let logs = logs();
    let (mut app, customer) = company_x_admin().await;
    let res = app.get(PAGE).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    // The form offers the roles a key may carry, with their names and what they are for;
    // never a role that manages people.
    assert!(res.body.contains("Stock Query") && res.body.contains("Asks for stock and availability of items."));
    assert!(res.body.contains("value=\"ordering\"") && res.body.contains("value=\"stock_query\""));
    assert!(!res.body.contains("value=\"customer_admin\"") && !res.body.contains("value=\"management\""));
    let before = key_count(&app).await;

    let res = app.post(PAGE, &[("name", "ERP production"), ("roles", "ordering"), ("roles", "stock_query")]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let secret = shown_key(&res);
    assert!(ApiKeyToken::parse(&secret).is_ok(), "prefixed and checksummed");
    assert!(res.body.contains("The key is shown only now"));
    assert_eq!(res.header("cache-control"), "no-store");
    assert!(res.body.contains("Ordering, Stock Query"));
    assert_eq!(key_count(&app).await, before + 1);

    // The list shows its name, hint and roles, never the secret.
    let id = key_named(&app, "ERP production").await;
    let list = app.get(PAGE).await;
    assert!(list.body.contains("ERP production"));
    assert!(!list.body.contains(&secret), "the key is shown only once");
    let hint = format!("{}…", &secret[..8]);
    assert!(list.body.contains(&hint), "the hint tells the key apart: {hint}");
    assert!(list.body.contains("by anna"), "who made it");
    assert!(list.body.contains("Never"), "not used yet");
    let k = app.db.api_key(id).await.unwrap();
    assert_eq!(
        k.scope,
        KeyScope::Customer { customer, roles: [ContactRole::Ordering, ContactRole::StockQuery].into() }
    );
    assert_eq!(k.hint, hint);
    assert!(!format!("{k:?}").contains(&secret[4..]));
    // The database has its hash: the key is found by it.
    let token = ApiKeyToken::parse(&secret).unwrap();
    assert_eq!(app.db.api_key_by_hash(&token.hash()).await.unwrap().map(|k| k.id), Some(id));

    // It works against the API at once.
    let res = api(&mut app, "GET", STOCK, &secret, None).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    // The demo's 4000 above the cap of 25: "more than 25". (The body spells the quantity as a
    // float, `25.0`: the API's serialisation, compared here by value.)
    let json: serde_json::Value = serde_json::from_str(&res.body).unwrap();
    assert_eq!(json["article"], "2124907");
    assert_eq!(json["quantity"].as_f64(), Some(25.0));
    assert_eq!(json["capped"], true);
    assert_eq!(json.as_object().unwrap().len(), 3, "{json}");
    assert!(app.get(PAGE).await.body.contains("Last used") && app.db.api_key(id).await.unwrap().last_used_at.is_some());

    // Revoking asks first (a page that changes nothing), then refuses the key at once.
    let confirm = app.get(&format!("{PAGE}/{id}/revoke")).await;
    assert_eq!(confirm.status, StatusCode::OK, "{}", confirm.body);
    assert!(confirm.body.contains("Revoke the key &#34;ERP production&#34;?"), "{}", confirm.body);
    assert!(confirm.body.contains("refused from their next request"));
    assert!(app.db.api_key(id).await.unwrap().is_active());
    let res = app.post(&format!("{PAGE}/{id}/revoke"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), format!("{PAGE}?revoked={id}"));
    let list = app.get(res.location()).await;
    assert!(list.body.contains("is revoked"), "{}", list.body);
    assert!(!list.body.contains(&format!("{PAGE}/{id}/revoke")), "no revoke button for a revoked key");
    let res = api(&mut app, "GET", STOCK, &secret, None).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED, "refused at once: {}", res.body);
    // Revoking again changes nothing.
    assert_eq!(app.post(&format!("{PAGE}/{id}/revoke"), &[]).await.status, StatusCode::SEE_OTHER);

    // Both are in the audit log, without the secret.
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    let object = format!("api_key:{id}");
    for action in ["api_key.create", "api_key.revoke"] {
        let events: Vec<_> =
            audit.iter().filter(|e| e.action == action && e.object.as_deref() == Some(object.as_str())).collect();
        assert_eq!(events.len(), 1, "{action} once: {events:?}");
        assert_eq!(events[0].actor_kind, "contact");
    }
    assert!(!format!("{audit:?}").contains(&secret[4..]), "no secret in the audit log");
    let logged = String::from_utf8_lossy(&logs.lock().unwrap()).into_owned();
    assert!(!logged.contains(&secret[4..]), "no secret in the logs");
}

#[tokio::test]
async fn only_the_organisations_admins_see_its_keys() {
    let (mut app, _) = company_x_admin().await;
    // A contact who orders but does not administer: 403, in the portal's page.
    let buyer = app.add_contact("KB0004", Side::Customer, "bob@companyx.example", &[ContactRole::Ordering]).await;
    let mut admin_cookies = std::collections::BTreeMap::new();
    app.switch_person(&mut admin_cookies);
    app.contact_session(buyer).await;
    assert_eq!(app.get(PAGE).await.status, StatusCode::FORBIDDEN);
    let before = key_count(&app).await;
    assert_eq!(app.post(PAGE, &[("name", "Mine"), ("roles", "ordering")]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(key_count(&app).await, before);
    // Nobody signed in: the sign-in page.
    app.cookies.clear();
    let res = app.get(PAGE).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(res.location().starts_with("/customer/login"), "{}", res.location());
    // Management manages keys too.
    let boss = app.add_contact("KB0004", Side::Customer, "carla@companyx.example", &[ContactRole::Management]).await;
    app.contact_session(boss).await;
    assert_eq!(app.get(PAGE).await.status, StatusCode::OK);
}

#[tokio::test]
async fn another_organisations_key_does_not_exist_here() {
    let (mut app, customer) = company_x_admin().await;
    // ELMAR (77120) is another customer; its key, and a host key.
    let elmar = app.db.party_by_code("77120").await.unwrap().unwrap();
    assert_ne!(elmar, customer);
    let theirs = ApiKeyToken::generate().unwrap();
    let new = tessera_db::api_keys::NewApiKey {
        scope: KeyScope::Customer { customer: elmar, roles: [ContactRole::Ordering].into() },
        name: tessera_domain::api_key::KeyName::parse("ELMAR ERP").unwrap(),
        created_by: "cli".into(),
    };
    let event = tessera_db::audit::AuditEvent {
        at: app.clock_now(),
        actor_kind: "cli".into(),
        actor: None,
        action: "api_key.create".into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    };
    let id = app.db.create_api_key(&new, &theirs.hash(), &theirs.hint(), app.clock_now(), &event).await.unwrap();
    let host = tessera_db::api_keys::NewApiKey {
        scope: KeyScope::Host { roles: [StaffRole::Warehouse].into() },
        name: tessera_domain::api_key::KeyName::parse("Main system").unwrap(),
        created_by: "cli".into(),
    };
    let host_token = ApiKeyToken::generate().unwrap();
    let host_id =
        app.db.create_api_key(&host, &host_token.hash(), &host_token.hint(), app.clock_now(), &event).await.unwrap();

    let list = app.get(PAGE).await;
    assert!(!list.body.contains("ELMAR ERP") && !list.body.contains("Main system"), "only the organisation's keys");
    for k in [id, host_id] {
        assert_eq!(app.get(&format!("{PAGE}/{k}/revoke")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(app.post(&format!("{PAGE}/{k}/revoke"), &[]).await.status, StatusCode::NOT_FOUND);
        assert!(app.db.api_key(k).await.unwrap().is_active(), "nothing revoked");
    }
    // A key that does not exist, or an id that is no number: the same 404.
    assert_eq!(app.get(&format!("{PAGE}/999999/revoke")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.post(&format!("{PAGE}/abc/revoke"), &[]).await.status, StatusCode::NOT_FOUND);
    // The denial is logged in the audit log.
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert!(
        audit.iter().any(|e| e.action == "customer.api_keys"
            && e.outcome == "denied"
            && e.object.as_deref() == Some(format!("api_key:{id}").as_str())),
        "{audit:?}"
    );
    // And ELMAR's key still works for ELMAR.
    let res = api(&mut app, "GET", "/api/v1/orders", theirs.expose(), None).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
}

#[tokio::test]
async fn bad_input_says_what_is_wrong_and_makes_nothing() {
    let (mut app, _) = company_x_admin().await;
    let before = key_count(&app).await;
    let cases: [(&[(&str, &str)], &str); 5] = [
        (&[("name", ""), ("roles", "ordering")], "Give the key a name."),
        (&[("name", "   "), ("roles", "ordering")], "Give the key a name."),
        (&[("name", "ERP")], "Choose at least one role."),
        (&[("name", "ERP"), ("roles", "customer_admin")], "a key cannot have this role"),
        (&[("name", "ERP"), ("roles", "ordering"), ("roles", "root")], "a key cannot have this role"),
    ];
    for (fields, message) in cases {
        let res = app.post(PAGE, fields).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        assert!(res.body.contains(message), "{fields:?}: {message} in {}", res.body);
        assert!(res.body.contains("No key was made."));
        assert!(res.body.contains("class=\"field-error\""), "the message is at its field");
        assert!(!res.body.contains("id=\"new-key\""));
    }
    let long = "x".repeat(81);
    let res = app.post(PAGE, &[("name", &long), ("roles", "ordering")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("at most 80 characters"));
    // What was typed stays: the name and the ticked roles.
    let res = app.post(PAGE, &[("name", "Typed name"), ("roles", "stock_query"), ("roles", "root")]).await;
    assert!(res.body.contains("value=\"Typed name\""));
    assert!(res.body.contains("value=\"stock_query\" checked"));
    assert_eq!(key_count(&app).await, before, "nothing made");

    // In Polish and German too.
    app.accept_language = Some("pl".into());
    let other = app.add_contact("KB0004", Side::Customer, "ola@companyx.example", &[ContactRole::CustomerAdmin]).await;
    app.db.set_contact_language(other, "pl").await.unwrap();
    app.contact_session(other).await;
    let res = app.post(PAGE, &[("name", "")]).await;
    assert!(res.body.contains("Nadaj kluczowi nazwę.") && res.body.contains("Wybierz co najmniej jedną rolę."));
    app.db.set_contact_language(other, "de").await.unwrap();
    let res = app.post(PAGE, &[("name", "")]).await;
    assert!(res.body.contains("Geben Sie dem Schlüssel einen Namen."), "{}", res.body);
    // A form from another site, or without its token, is refused.
    let res = app.post_raw(PAGE, &[("name", "X"), ("roles", "ordering")], None).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(key_count(&app).await, before);
}

#[tokio::test]
async fn sales_make_a_host_key_that_loads_stock() {
    let mut app = TestApp::signed_in(&[StaffRole::Sales]).await;
    app.accept_language = Some("en".into());
    let res = app.get(ADMIN).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    // Staff roles for host keys, never admin; customers to choose for a customer's key.
    assert!(res.body.contains("value=\"warehouse\"") && !res.body.contains("value=\"admin\""));
    assert!(res.body.contains("COMPANY X (KB0004)") && res.body.contains("ELMAR Serwis s.c. (77120)"));
    assert!(!res.body.contains("STALBUD"), "suppliers are no customers");

    let res = app.post(ADMIN, &[("kind", "host"), ("name", "Main system stock"), ("roles", "warehouse")]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let secret = shown_key(&res);
    assert!(res.body.contains("The company&#39;s own systems"));
    let id = key_named(&app, "Main system stock").await;
    assert_eq!(app.db.api_key(id).await.unwrap().scope, KeyScope::Host { roles: [StaffRole::Warehouse].into() });
    assert!(!app.get(ADMIN).await.body.contains(&secret));

    let body = r#"{"levels":[{"article":"12345","quantity":7}]}"#;
    let res = api(&mut app, "PUT", "/api/v1/stock", &secret, Some(body)).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&res.body).unwrap(), serde_json::json!({"loaded": 1}));
    let level = app.db.stock_of("12345").await.unwrap().level().unwrap();
    assert_eq!(level.quantity.to_string(), "7");
    // A host key is no customer's: the customer's stock query is not for it.
    assert_eq!(api(&mut app, "GET", STOCK, &secret, None).await.status, StatusCode::FORBIDDEN);

    // A customer's key, from the back office, with customer roles only.
    let x = app.db.party_by_code("KB0004").await.unwrap().unwrap();
    let xs = x.to_string();
    let res =
        app.post(ADMIN, &[("kind", "customer"), ("customer", &xs), ("name", "X shop"), ("roles", "warehouse")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "a staff role is no customer's");
    assert!(res.body.contains("a key cannot have this role"));
    let res = app.post(ADMIN, &[("kind", "customer"), ("name", "X shop"), ("roles", "stock_query")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Choose a customer organisation."));
    let stalbud = app.db.party_by_code("11587").await.unwrap().unwrap().to_string();
    let res = app
        .post(ADMIN, &[("kind", "customer"), ("customer", &stalbud), ("name", "X shop"), ("roles", "stock_query")])
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "a supplier is no customer");
    let res = app.post(ADMIN, &[("kind", "host"), ("name", "Main"), ("roles", "admin")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "no host key is an admin");
    let res = app.post(ADMIN, &[("kind", "host"), ("name", ""), ("roles", "sales")]).await;
    assert!(res.body.contains("Give the key a name."));
    assert!(app.db.api_keys(None).await.unwrap().iter().all(|k| k.name != "X shop" && k.name != "Main"));
    let res =
        app.post(ADMIN, &[("kind", "customer"), ("customer", &xs), ("name", "X shop"), ("roles", "stock_query")]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.body);
    let shop = shown_key(&res);
    assert!(res.body.contains("COMPANY X"));
    assert_eq!(api(&mut app, "GET", STOCK, &shop, None).await.status, StatusCode::OK);
    let shop_id = key_named(&app, "X shop").await;
    let list = app.get(ADMIN).await;
    assert!(list.body.contains("X shop") && list.body.contains("Main system stock"));
    assert!(list.body.contains("staff@tessera.test (staff)"), "who made it: {}", list.body);

    // Staff revoke any key, after the question; refused at once.
    assert_eq!(app.get(&format!("{ADMIN}/{shop_id}/revoke")).await.status, StatusCode::OK);
    let res = app.post(&format!("{ADMIN}/{shop_id}/revoke"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(api(&mut app, "GET", STOCK, &shop, None).await.status, StatusCode::UNAUTHORIZED);
    let res = app.post(&format!("{ADMIN}/{id}/revoke"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(api(&mut app, "PUT", "/api/v1/stock", &secret, Some(body)).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.get(&format!("{ADMIN}/424242/revoke")).await.status, StatusCode::NOT_FOUND);
    let audit = app.db.audit_export(&Default::default()).await.unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "api_key.create" && e.actor_kind == "staff").count(), 2);
    assert_eq!(audit.iter().filter(|e| e.action == "api_key.revoke" && e.actor_kind == "staff").count(), 2);
}

#[tokio::test]
async fn only_sales_and_admins_manage_keys_in_the_back_office() {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    assert_eq!(app.get(ADMIN).await.status, StatusCode::FORBIDDEN);
    let before = key_count(&app).await;
    let res = app.post(ADMIN, &[("kind", "host"), ("name", "Mine"), ("roles", "warehouse")]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(key_count(&app).await, before);
    let mut admin = TestApp::signed_in(&[StaffRole::Admin]).await;
    assert_eq!(admin.get(ADMIN).await.status, StatusCode::OK);
    // Nobody signed in: the sign-in page, before anything about a key is read.
    admin.cookies.clear();
    let res = admin.get(&format!("{ADMIN}/1/revoke")).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(res.location().starts_with("/login"));
}
