//! The REST API (issue #7): keys, stock and availability, orders with idempotency, the
//! customer's delivery note, the host's updates, problems, rates, and the OpenAPI document.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;

use common::TestApp;
use http::StatusCode;
use serde_json::{Value, json};
use tessera_domain::api_key::KeyScope;
use tessera_domain::contact::ContactRole::{Documents, Ordering, StockQuery};
use tessera_domain::role::StaffRole;
use tessera_web::WebConfig;

fn body(res: &common::TestResponse) -> Value {
    serde_json::from_str(&res.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", res.body))
}

/// A problem document with this status and code.
fn assert_problem(res: &common::TestResponse, status: StatusCode, code: &str) {
    assert_eq!(res.status, status, "{}", res.body);
    assert_eq!(res.header("content-type"), "application/problem+json", "{}", res.body);
    let p = body(res);
    assert_eq!(p["code"], code, "{}", res.body);
    assert_eq!(p["status"], status.as_u16());
    assert!(p["title"].as_str().is_some_and(|t| !t.is_empty()) && p["detail"].as_str().is_some_and(|d| !d.is_empty()));
    assert_eq!(p["type"], format!("/api/docs#problem-{code}"));
}

fn order_body(reference: &str) -> Value {
    json!({
        "customer_reference": reference,
        "delivery_address": {"name": "COMPANY X", "street": "ul. Długa 5", "postcode": "00-950", "city": "Warszawa", "country": "PL"},
        "end_customer_address": {"name": "Jan Kowalski", "street": "ul. Krótka 1", "postcode": "30-001", "city": "Kraków", "country": "pl"},
        "lines": [{"article": "2124907", "quantity": 40}, {"article": "12345", "quantity": 1.5}]
    })
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

#[tokio::test]
async fn stock_is_exact_up_to_the_cap_and_capped_above_it() {
    let mut app = TestApp::with_demo().await;
    let key = app.customer_key(&[StockQuery]).await;
    let res = app.api("GET", "/api/v1/articles/2124907/stock", Some(&key), None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(body(&res), json!({"article": "2124907", "quantity": 25, "capped": true}));
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(&key), None, &[]).await;
    assert_eq!(body(&res), json!({"article": "12345", "quantity": 12, "capped": false}));
    // Availability: no figures; a date where more is expected.
    let res = app.api("GET", "/api/v1/articles/2124907/availability", Some(&key), None, &[]).await;
    assert_eq!(body(&res), json!({"article": "2124907", "status": "available", "expected_date": null}));
    let res = app.api("GET", "/api/v1/articles/P199121/availability", Some(&key), None, &[]).await;
    assert_eq!(body(&res), json!({"article": "P199121", "status": "limited", "expected_date": "2027-01-15"}));
    let res = app.api("GET", "/api/v1/articles/12399/availability", Some(&key), None, &[]).await;
    assert_eq!(body(&res)["status"], "not_available");
    // An article in the catalogue without any stock loaded has none.
    let res = app.api("GET", "/api/v1/articles/P200400/stock", Some(&key), None, &[]).await;
    assert_eq!(body(&res), json!({"article": "P200400", "quantity": 0, "capped": false}));
    let res = app.api("GET", "/api/v1/articles/NOPE-1/stock", Some(&key), None, &[]).await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
}

#[tokio::test]
async fn the_cap_is_configurable() {
    let config = WebConfig { stock_cap: tessera_domain::stock::StockCap::new(100).unwrap(), ..WebConfig::default() };
    let mut app = TestApp::with_config(config).await;
    app.db.load_demo("x", app.clock_now()).await.unwrap();
    let key = app.customer_key(&[StockQuery]).await;
    let res = app.api("GET", "/api/v1/articles/2124907/stock", Some(&key), None, &[]).await;
    assert_eq!(body(&res), json!({"article": "2124907", "quantity": 100, "capped": true}));
}

#[tokio::test]
async fn many_articles_at_once_in_the_order_asked() {
    let mut app = TestApp::with_demo().await;
    let key = app.customer_key(&[StockQuery]).await;
    let res = app
        .api_json("POST", "/api/v1/stock/query", &key, json!({"articles": ["12345", "NOPE", "2124907", "12345"]}))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let r = body(&res)["results"].clone();
    assert_eq!(r.as_array().unwrap().len(), 4);
    assert_eq!(r[0]["article"], "12345");
    assert_eq!(r[0]["quantity"], 12);
    assert_eq!(
        r[1],
        json!({"article": "NOPE", "found": false, "quantity": null, "capped": null, "status": null, "expected_date": null})
    );
    assert_eq!(r[2]["capped"], true);
    assert_eq!(r[3]["quantity"], 12);
    // 1,000 is the most; 1,001 is refused whole.
    let many: Vec<String> = (0..1000).map(|i| format!("A{i}")).collect();
    let res = app.api_json("POST", "/api/v1/stock/query", &key, json!({ "articles": many })).await;
    assert_eq!(res.status, StatusCode::OK);
    let too_many: Vec<String> = (0..1001).map(|i| format!("A{i}")).collect();
    let res = app.api_json("POST", "/api/v1/stock/query", &key, json!({ "articles": too_many })).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "too_many_articles");
    let res = app.api_json("POST", "/api/v1/stock/query", &key, json!({ "articles": [] })).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "too_many_articles");
    // Not JSON, or the wrong media type: a problem, never a server error.
    let res = app.api("POST", "/api/v1/stock/query", Some(&key), Some(("application/json", b"{".to_vec())), &[]).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "invalid_body");
    let res = app.api("POST", "/api/v1/stock/query", Some(&key), Some(("text/plain", b"{}".to_vec())), &[]).await;
    assert_problem(&res, StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type");
    let res = app.api_json("POST", "/api/v1/stock/query", &key, json!({"articles": ["1"], "extra": 1})).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "invalid_body");
}

#[tokio::test]
async fn keys_are_checked_and_roles_decide() {
    let mut app = TestApp::with_demo().await;
    // No key, a malformed one, a well-formed unknown one: 401 with the Bearer challenge.
    let res = app.api("GET", "/api/v1/articles/12345/stock", None, None, &[]).await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthenticated");
    assert_eq!(res.header("www-authenticate"), "Bearer");
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some("tsk_nonsense"), None, &[]).await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthenticated");
    let unknown = tessera_domain::api_key::ApiKeyToken::generate().unwrap();
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(unknown.expose()), None, &[]).await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthenticated");
    // A staff session cookie is no key.
    let res = app.api("GET", "/api/v1/articles/12345/stock", None, None, &[("cookie", "tessera_session=abc")]).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    // Ordering sees availability, not figures.
    let ordering = app.customer_key(&[Ordering]).await;
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(&ordering), None, &[]).await;
    assert_problem(&res, StatusCode::FORBIDDEN, "forbidden");
    let res = app.api("GET", "/api/v1/articles/12345/availability", Some(&ordering), None, &[]).await;
    assert_eq!(res.status, StatusCode::OK);
    // Documents neither.
    let docs = app.customer_key(&[Documents]).await;
    let res = app.api("GET", "/api/v1/articles/12345/availability", Some(&docs), None, &[]).await;
    assert_problem(&res, StatusCode::FORBIDDEN, "forbidden");
    // A revoked key stops at once.
    let id = app.db.api_keys(None).await.unwrap().into_iter().find(|k| k.scope.roles_text() == "ordering").unwrap().id;
    let event = tessera_db::audit::AuditEvent {
        at: app.clock_now(),
        actor_kind: "test".into(),
        actor: None,
        action: "api_key.revoke".into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    };
    app.db.revoke_api_key(id, app.clock_now(), &event).await.unwrap();
    app.state.api.forget(id);
    let res = app.api("GET", "/api/v1/articles/12345/availability", Some(&ordering), None, &[]).await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthenticated");
    // Problems speak the asker's language.
    app.accept_language = Some("de".into());
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(&ordering), None, &[]).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert_eq!(body(&res)["title"], tessera_i18n::t(tessera_i18n::Lang::De, "error-unauthenticated-title"));
}

#[tokio::test]
async fn guessing_keys_is_stopped() {
    let mut app = TestApp::with_demo().await;
    let key = app.customer_key(&[StockQuery]).await;
    for _ in 0..20 {
        let guess = tessera_domain::api_key::ApiKeyToken::generate().unwrap();
        let res = app.api("GET", "/api/v1/articles/12345/stock", Some(guess.expose()), None, &[]).await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    }
    let guess = tessera_domain::api_key::ApiKeyToken::generate().unwrap();
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(guess.expose()), None, &[]).await;
    assert_problem(&res, StatusCode::TOO_MANY_REQUESTS, "rate_limited");
    // From that address even a real key waits (it is not in memory yet), another address not.
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(&key), None, &[]).await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    app.ip = "192.0.2.77:40000".parse().unwrap();
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(&key), None, &[]).await;
    assert_eq!(res.status, StatusCode::OK);
    app.clock.advance(chrono::Duration::minutes(16));
    app.ip = "192.0.2.10:40000".parse().unwrap();
    let guess = tessera_domain::api_key::ApiKeyToken::generate().unwrap();
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(guess.expose()), None, &[]).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_key_over_its_rate_waits() {
    let config = WebConfig { api_rate_per_minute: 3, ..WebConfig::default() };
    let mut app = TestApp::with_config(config).await;
    app.db.load_demo("x", app.clock_now()).await.unwrap();
    let key = app.customer_key(&[StockQuery]).await;
    let other = app.customer_key(&[StockQuery]).await;
    for _ in 0..3 {
        let res = app.api("GET", "/api/v1/articles/12345/stock", Some(&key), None, &[]).await;
        assert_eq!(res.status, StatusCode::OK);
    }
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(&key), None, &[]).await;
    assert_problem(&res, StatusCode::TOO_MANY_REQUESTS, "rate_limited");
    let wait: u64 = res.header("retry-after").parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    // Another key has its own rate.
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(&other), None, &[]).await;
    assert_eq!(res.status, StatusCode::OK);
    app.clock.advance(chrono::Duration::seconds(61));
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(&key), None, &[]).await;
    assert_eq!(res.status, StatusCode::OK);
}

#[tokio::test]
async fn an_order_is_placed_once_per_idempotency_key() {
    let mut app = TestApp::with_demo().await;
    let key = app.customer_key(&[Ordering]).await;
    let body_a = order_body("PO-1").to_string().into_bytes();
    let headers = [("idempotency-key", "order-PO-1")];
    let first =
        app.api("POST", "/api/v1/orders", Some(&key), Some(("application/json", body_a.clone())), &headers).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let order = body(&first);
    assert_eq!(order["status"], "received");
    assert_eq!(order["customer_reference"], "PO-1");
    assert_eq!(order["end_customer_address"]["country"], "PL");
    assert_eq!(order["lines"][1]["quantity"], 1.5);
    assert_eq!(first.location(), format!("/api/v1/orders/{}", order["id"]));
    // The retry: the first answer, nothing new.
    let retry = app.api("POST", "/api/v1/orders", Some(&key), Some(("application/json", body_a)), &headers).await;
    assert_eq!(retry.status, StatusCode::CREATED);
    assert_eq!(retry.body, first.body);
    assert_eq!(retry.header("idempotent-replayed"), "true");
    let list = app.api("GET", "/api/v1/orders", Some(&key), None, &[]).await;
    assert_eq!(body(&list)["total"], 1, "{}", list.body);
    // The same key with another body is refused and places nothing.
    let other = order_body("PO-2").to_string().into_bytes();
    let res = app.api("POST", "/api/v1/orders", Some(&key), Some(("application/json", other.clone())), &headers).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "idempotency_key_reused");
    let list = app.api("GET", "/api/v1/orders", Some(&key), None, &[]).await;
    assert_eq!(body(&list)["total"], 1);
    // Without a key, each request places an order.
    let res = app.api("POST", "/api/v1/orders", Some(&key), Some(("application/json", other)), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED);
    let list = app.api("GET", "/api/v1/orders", Some(&key), None, &[]).await;
    assert_eq!(body(&list)["total"], 2);
    assert_eq!(body(&list)["items"][0]["customer_reference"], "PO-2");
}

#[tokio::test]
async fn a_bad_order_says_why_and_places_nothing() {
    let mut app = TestApp::with_demo().await;
    let key = app.customer_key(&[Ordering]).await;
    let mut bad = order_body("PO-1");
    bad["lines"] = json!([{"article": "NOPE", "quantity": 1}]);
    let res = app.api_json("POST", "/api/v1/orders", &key, bad).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "unknown_article");
    assert!(body(&res)["detail"].as_str().unwrap().contains("NOPE"));
    let mut bad = order_body("PO-1");
    bad["lines"] = json!([{"article": "12345", "quantity": 0}]);
    bad["delivery_address"]["country"] = json!("Poland");
    let res = app.api_json("POST", "/api/v1/orders", &key, bad).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "invalid_order");
    let detail = body(&res)["detail"].as_str().unwrap().to_owned();
    assert!(detail.contains("Line 1") && detail.contains("country"), "{detail}");
    let mut bad = order_body("PO-1");
    bad["lines"] = json!([]);
    let res = app.api_json("POST", "/api/v1/orders", &key, bad).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "invalid_order");
    let list = app.api("GET", "/api/v1/orders", Some(&key), None, &[]).await;
    assert_eq!(body(&list)["total"], 0);
    // Stock query alone may not order.
    let stock = app.customer_key(&[StockQuery]).await;
    let res = app.api_json("POST", "/api/v1/orders", &stock, order_body("PO-1")).await;
    assert_problem(&res, StatusCode::FORBIDDEN, "forbidden");
}

#[tokio::test]
async fn orders_of_another_organisation_do_not_exist() {
    let mut app = TestApp::with_demo().await;
    let key = app.customer_key(&[Ordering]).await;
    let res = app.api_json("POST", "/api/v1/orders", &key, order_body("PO-1")).await;
    let id = body(&res)["id"].as_i64().unwrap();
    // Another customer organisation's key.
    let other_org = app.db.party_by_code("77120").await.unwrap().unwrap();
    let other = app.make_key(KeyScope::Customer { customer: other_org, roles: [Ordering].into() }).await;
    for path in [format!("/api/v1/orders/{id}"), format!("/api/v1/orders/{id}/tracking")] {
        let res = app.api("GET", &path, Some(&other), None, &[]).await;
        assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
        let res = app.api("GET", &path, Some(&key), None, &[]).await;
        assert_eq!(res.status, StatusCode::OK, "{path}");
    }
    let res = app.api("GET", "/api/v1/orders", Some(&other), None, &[]).await;
    assert_eq!(body(&res)["total"], 0);
    let res = app.api("GET", "/api/v1/orders/999999", Some(&key), None, &[]).await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
    let res = app.api("GET", "/api/v1/orders/abc", Some(&key), None, &[]).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "invalid_path");
}

#[tokio::test]
async fn the_customers_delivery_note_is_a_pdf() {
    let mut app = TestApp::with_demo().await;
    let key = app.customer_key(&[Ordering]).await;
    let res = app.api_json("POST", "/api/v1/orders", &key, order_body("PO-1")).await;
    let id = body(&res)["id"].as_i64().unwrap();
    let path = format!("/api/v1/orders/{id}/customer-delivery-note");
    let res = app.api("PUT", &path, Some(&key), Some(("application/pdf", b"GIF89a not a pdf".to_vec())), &[]).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "invalid_file");
    let res = app.api("PUT", &path, Some(&key), Some(("image/png", PDF.to_vec())), &[]).await;
    assert_problem(&res, StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type");
    assert_eq!(app.data_dir.file_count(), 0);
    let res = app.api("PUT", &path, Some(&key), Some(("application/pdf", PDF.to_vec())), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(body(&res)["customer_delivery_note"]["size"], PDF.len());
    assert_eq!(app.data_dir.file_count(), 1);
}

#[tokio::test]
async fn the_main_system_moves_an_order_on_and_the_customer_tracks_it() {
    let mut app = TestApp::with_demo().await;
    let key = app.customer_key(&[Ordering]).await;
    let res = app.api_json("POST", "/api/v1/orders", &key, order_body("PO-1")).await;
    let id = body(&res)["id"].as_i64().unwrap();
    let host = app.make_key(KeyScope::Host { roles: [StaffRole::Warehouse].into() }).await;
    let path = format!("/api/v1/orders/{id}");
    // The customer's key may not move its own order on.
    let res = app.api_json("PATCH", &path, &key, json!({"status": "shipped"})).await;
    assert_problem(&res, StatusCode::FORBIDDEN, "forbidden");
    let res = app
        .api_json(
            "PATCH",
            &path,
            &host,
            json!({"status": "shipped", "delivery_note_number": "WZ/7/2026", "parcels": [{"carrier": "dpd", "tracking_number": "00340434161"}]}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let res = app.api("GET", &format!("{path}/tracking"), Some(&key), None, &[]).await;
    let t = body(&res);
    assert_eq!(t["status"], "shipped");
    assert_eq!(t["delivery_note_number"], "WZ/7/2026");
    assert_eq!(t["parcels"][0]["tracking_url"], "https://tracking.dpd.de/status/en_US/parcel/00340434161");
    // Shipped cannot go back; a bad tracking number is refused; neither changes anything.
    let res = app.api_json("PATCH", &path, &host, json!({"status": "confirmed"})).await;
    assert_problem(&res, StatusCode::CONFLICT, "invalid_transition");
    let res =
        app.api_json("PATCH", &path, &host, json!({"parcels": [{"carrier": "dhl", "tracking_number": "<x>"}]})).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "invalid_tracking_number");
    let res = app.api("GET", &path, Some(&key), None, &[]).await;
    let o = body(&res);
    assert_eq!(o["parcels"].as_array().unwrap().len(), 1);
    assert_eq!(o["history"].as_array().unwrap().len(), 2);
    // After shipping, the customer's delivery note can no longer be changed.
    let res = app
        .api("PUT", &format!("{path}/customer-delivery-note"), Some(&key), Some(("application/pdf", PDF.to_vec())), &[])
        .await;
    assert_problem(&res, StatusCode::CONFLICT, "order_closed");
}

#[tokio::test]
async fn the_main_system_loads_stock_all_or_nothing() {
    let mut app = TestApp::with_demo().await;
    let host = app.make_key(KeyScope::Host { roles: [StaffRole::Warehouse].into() }).await;
    let reader = app.customer_key(&[StockQuery]).await;
    let res = app
        .api_json(
            "PUT",
            "/api/v1/stock",
            &host,
            json!({"levels": [{"article": "12345", "quantity": 30}, {"article": "NOPE", "quantity": 1}]}),
        )
        .await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "unknown_article");
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(&reader), None, &[]).await;
    assert_eq!(body(&res)["quantity"], 12);
    let res = app
        .api_json(
            "PUT",
            "/api/v1/stock",
            &host,
            json!({"levels": [{"article": "12345", "quantity": 30}, {"article": "P200400", "quantity": 2.5, "expected_date": "2027-03-01"}]}),
        )
        .await;
    assert_eq!(body(&res), json!({"loaded": 2}));
    let res = app.api("GET", "/api/v1/articles/12345/stock", Some(&reader), None, &[]).await;
    assert_eq!(body(&res), json!({"article": "12345", "quantity": 25, "capped": true}));
    let res = app.api("GET", "/api/v1/articles/P200400/availability", Some(&reader), None, &[]).await;
    assert_eq!(body(&res), json!({"article": "P200400", "status": "limited", "expected_date": "2027-03-01"}));
    // A customer's key cannot load stock; a negative quantity is refused.
    let res =
        app.api_json("PUT", "/api/v1/stock", &reader, json!({"levels": [{"article": "12345", "quantity": 1}]})).await;
    assert_problem(&res, StatusCode::FORBIDDEN, "forbidden");
    let res =
        app.api_json("PUT", "/api/v1/stock", &host, json!({"levels": [{"article": "12345", "quantity": -1}]})).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "invalid_quantity");
}

/// Every route of the API is in the OpenAPI document, with each of its methods, and nothing
/// the document lists is missing from the router.
#[tokio::test]
async fn every_route_is_in_the_document() {
    let mut app = TestApp::with_demo().await;
    let res = app.get("/api/openapi.json").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = body(&res);
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().unwrap();
    for required in [
        "/api/v1/articles/{article}/stock",
        "/api/v1/articles/{article}/availability",
        "/api/v1/stock/query",
        "/api/v1/orders",
        "/api/v1/orders/{id}",
        "/api/v1/orders/{id}/tracking",
        "/api/v1/orders/{id}/customer-delivery-note",
        "/api/v1/articles/{article}/installation-instructions",
        "/api/v1/installation-instructions/{id}/file",
    ] {
        assert!(paths.contains_key(required), "{required} is not in the document");
    }
    let methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    for (path, item) in paths {
        let concrete = path.replace("{article}", "12345").replace("{id}", "1");
        for m in methods {
            let documented = item.get(m.to_lowercase()).is_some();
            let res = app.api(m, &concrete, None, None, &[]).await;
            if documented {
                // The route exists: no key gets 401, not the router's 404 or 405.
                assert_eq!(res.status, StatusCode::UNAUTHORIZED, "{m} {path}: {}", res.body);
                let op = &item[m.to_lowercase()];
                for code in ["401", "403", "404", "422", "429"] {
                    assert!(op["responses"].get(code).is_some(), "{m} {path} does not document {code}");
                }
            } else {
                // A method the document does not list is not served.
                assert_eq!(res.status, StatusCode::METHOD_NOT_ALLOWED, "{m} {path} is served but not documented");
                assert_eq!(res.header("content-type"), "application/problem+json");
            }
        }
    }
    // Every handler the API module routes is documented: the router is built only from the
    // annotated handlers (utoipa-axum's `routes!`), and nothing adds API routes by hand.
    let lib = include_str!("../src/lib.rs");
    assert!(!lib.contains(".route(\"/api/v1"), "an API route added outside the OpenAPI router");
    let mounted = include_str!("../src/api/mod.rs");
    let routed: Vec<&str> = mounted
        .match_indices("routes!(")
        .flat_map(|(i, _)| mounted[i + 8..].split(')').next().unwrap().split(','))
        .map(str::trim)
        .collect();
    for (module, source) in [
        ("stock", include_str!("../src/api/stock.rs")),
        ("orders", include_str!("../src/api/orders.rs")),
        ("instructions", include_str!("../src/api/instructions.rs")),
    ] {
        let handlers = source.matches("#[utoipa::path(").count();
        let fns = source.matches("\npub async fn ").count();
        assert_eq!(handlers, fns, "every public handler of api::{module} carries #[utoipa::path]");
        for (i, _) in source.match_indices("#[utoipa::path(") {
            let rest = &source[i..];
            let path = rest.split("path = \"").nth(1).unwrap().split('"').next().unwrap();
            assert!(paths.contains_key(path), "{path} is annotated but not in the document");
            let name = rest.split("pub async fn ").nth(1).unwrap().split('(').next().unwrap();
            assert!(routed.contains(&format!("{module}::{name}").as_str()), "{module}::{name} is not routed");
        }
    }
    // An unknown API path is a problem too.
    let res = app.api("GET", "/api/v1/nothing-here", None, None, &[]).await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
}

#[tokio::test]
async fn the_reference_page_is_served_here() {
    let mut app = TestApp::with_demo().await;
    let res = app.get("/api/docs").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("/api/v1/articles/{article}/stock"));
    assert!(res.body.contains("id=\"problem-idempotency_key_reused\""));
    // Nothing from elsewhere: no script or stylesheet from another host.
    assert!(!res.body.contains("https://cdn") && !res.body.contains("<script src=\"http"));
    app.accept_language = Some("pl".into());
    let res = app.get("/api/docs").await;
    assert!(res.body.contains(&tessera_i18n::t(tessera_i18n::Lang::Pl, "api-docs-auth-title")));
}
