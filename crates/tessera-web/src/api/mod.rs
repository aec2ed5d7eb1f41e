//! The REST API (`/api/v1/…`): for customers' systems with their organisation's key, and for the
//! company's own main system with a host key.
//!
//! Requests carry `Authorization: Bearer tsk_…`. The key is checked by shape and checksum, then
//! by its hash in a short in-memory cache (a revoked key is dropped from it at once on this
//! node), so a request costs one indexed read for the data it asks. Each key has its own rate
//! (a window per minute, configurable), over which the answer is 429 with `Retry-After`. What a
//! key may do is the policy's decision, through the same gate as every page. Errors are
//! `application/problem+json` (RFC 9457) with a stable `code`. The OpenAPI 3.1 document is
//! generated from the handlers ([`utoipa`]) and served at `/api/openapi.json`, with a reference
//! page at `/api/docs`.
pub mod docs;
pub mod extract;
pub mod instructions;
pub mod orders;
pub mod stock;

use crate::AppState;
use crate::error::{AppError, ErrorInfo};
use crate::tr::Tr;
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tessera_db::api_keys::ApiKey;
use tessera_domain::api_key::ApiKeyToken;
use tessera_domain::ids::ApiKeyId;
use tessera_i18n::Lang;
use utoipa::ToSchema;

/// How long a checked key is trusted without asking the database again.
const KEY_CACHE_SECONDS: i64 = 30;
/// At most this many keys are cached; beyond it the cache starts afresh.
const KEY_CACHE_MAX: usize = 10_000;
/// Well-formed keys that are unknown or revoked, per address, in [`WRONG_KEY_WINDOW_MINUTES`],
/// before 429 (as for access links): guessing keys costs the guesser, not the database.
const WRONG_KEY_LIMIT: u64 = 20;
const WRONG_KEY_WINDOW_MINUTES: i64 = 15;

/// Whether a path is the API's.
pub fn is_api_path(path: &str) -> bool {
    path.starts_with("/api/")
}

struct CachedKey {
    key: Arc<ApiKey>,
    checked_at: DateTime<Utc>,
    touched_at: DateTime<Utc>,
}

struct Window {
    started: DateTime<Utc>,
    count: u32,
}

/// The API's state in memory: checked keys and each key's request count in this minute.
#[derive(Default)]
pub struct ApiRuntime {
    keys: Mutex<HashMap<String, CachedKey>>,
    windows: Mutex<HashMap<ApiKeyId, Window>>,
}

impl ApiRuntime {
    /// Forgets a key at once (after it is revoked here).
    pub fn forget(&self, id: ApiKeyId) {
        if let Ok(mut keys) = self.keys.lock() {
            keys.retain(|_, c| c.key.id != id);
        }
    }

    /// Counts a request of `key`; over `per_minute` in the current minute, the seconds to wait.
    fn admit(&self, key: ApiKeyId, per_minute: u32, now: DateTime<Utc>) -> Result<(), u64> {
        let Ok(mut windows) = self.windows.lock() else { return Ok(()) };
        let w = windows.entry(key).or_insert(Window { started: now, count: 0 });
        if now - w.started >= chrono::Duration::minutes(1) || now < w.started {
            *w = Window { started: now, count: 0 };
        }
        if w.count >= per_minute {
            let wait = (w.started + chrono::Duration::minutes(1) - now).num_seconds().max(1);
            return Err(u64::try_from(wait).unwrap_or(60));
        }
        w.count += 1;
        Ok(())
    }
}

/// The key a request carries, checked: `None` without one or with one that is malformed,
/// unknown or revoked (the gate then answers 401); 429 over the key's rate.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn authenticate(parts: &Parts, state: &AppState, ip: Option<&str>) -> Result<Option<Arc<ApiKey>>, AppError> {
    let Some(raw) = parts.headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) else {
        return Ok(None);
    };
    let Some(secret) = raw.strip_prefix("Bearer ").or_else(|| raw.strip_prefix("bearer ")) else {
        return Ok(None);
    };
    let Ok(token) = ApiKeyToken::parse(secret) else { return Ok(None) };
    let hash = token.hash();
    let now = state.clock.now();
    let runtime = &state.api;
    let cached = runtime.keys.lock().ok().and_then(|keys| {
        keys.get(hash.as_str())
            .filter(|c| now - c.checked_at < chrono::Duration::seconds(KEY_CACHE_SECONDS) && now >= c.checked_at)
            .map(|c| (c.key.clone(), now - c.touched_at >= chrono::Duration::minutes(1)))
    });
    let (key, touch) = match cached {
        Some(hit) => hit,
        None => {
            let ip = ip.unwrap_or("-");
            let window = now - chrono::Duration::minutes(WRONG_KEY_WINDOW_MINUTES);
            if state.db.failures_since("api_key_ip", ip, window).await? >= WRONG_KEY_LIMIT {
                tracing::warn!(ip, "too many wrong API keys");
                return Err(AppError::RateLimited { retry_after_secs: 60 });
            }
            let Some(key) = state.db.api_key_by_hash(&hash).await?.map(Arc::new) else {
                tracing::warn!(ip, "unknown or revoked API key");
                state.db.record_failure("api_key_ip", ip, now).await?;
                return Ok(None);
            };
            if let Ok(mut keys) = runtime.keys.lock() {
                if keys.len() >= KEY_CACHE_MAX {
                    keys.clear();
                }
                keys.insert(hash.as_str().to_owned(), CachedKey { key: key.clone(), checked_at: now, touched_at: now });
            }
            (key, true)
        }
    };
    if touch {
        if let Ok(mut keys) = runtime.keys.lock()
            && let Some(c) = keys.get_mut(hash.as_str())
        {
            c.touched_at = now;
        }
        state.db.touch_api_key(key.id, now).await?;
    }
    runtime
        .admit(key.id, state.config.api_rate_per_minute, now)
        .map_err(|retry_after_secs| AppError::RateLimited { retry_after_secs })?;
    Ok(Some(key))
}

/// Quantities as JSON numbers: whole ones as integers (`12`, not `12.0`), others as decimals.
pub(crate) mod quantity {
    use rust_decimal::Decimal;
    use rust_decimal::prelude::ToPrimitive;
    use serde::Serializer;

    pub fn serialize<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        if d.fract().is_zero()
            && let Some(i) = d.to_i64()
        {
            return s.serialize_i64(i);
        }
        s.serialize_f64(d.to_f64().unwrap_or_default())
    }

    pub mod option {
        use rust_decimal::Decimal;
        use serde::Serializer;

        pub fn serialize<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
            match d {
                Some(d) => super::serialize(d, s),
                None => s.serialize_none(),
            }
        }
    }
}

/// An RFC 9457 problem: what every API error looks like.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// Where the kind of problem is described: the reference page's section for `code`.
    #[serde(rename = "type")]
    #[schema(example = "/api/docs#problem-not_found")]
    pub kind: String,
    /// A short summary, in the language of `Accept-Language`.
    #[schema(example = "Not found")]
    pub title: String,
    /// The HTTP status.
    #[schema(example = 404)]
    pub status: u16,
    /// What exactly is wrong.
    pub detail: String,
    /// A stable code to act on: it does not change between versions.
    #[schema(example = "not_found")]
    pub code: String,
}

/// Turns an error response of an API path into a problem document (called by
/// [`crate::security::error_pages`], so the API and the pages share one error type).
pub fn problem(lang: Lang, res: Response, info: &ErrorInfo) -> Response {
    let tr = Tr { lang };
    let status = res.status();
    let id = info.code.replace('_', "-");
    let body = Problem {
        kind: format!("/api/docs#problem-{}", info.code),
        title: tr.t(&format!("error-{id}-title")),
        status: status.as_u16(),
        detail: info.detail.clone().unwrap_or_else(|| tr.t(&format!("api-problem-{id}"))),
        code: info.code.to_owned(),
    };
    let (parts, _) = res.into_parts();
    let json = serde_json::to_string(&body).unwrap_or_default();
    let mut out = (status, json).into_response();
    let h = out.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
    if info.code == "unauthenticated" {
        h.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    if let Some(v) = parts.headers.get(header::RETRY_AFTER) {
        h.insert(header::RETRY_AFTER, v.clone());
    }
    out
}

/// The API's routes and their OpenAPI document: the routes that take JSON (under the 2 MiB
/// body limit of every form) and those that take a file (the upload limit).
pub fn routes() -> (axum::Router<AppState>, axum::Router<AppState>, utoipa::openapi::OpenApi) {
    use utoipa::OpenApi;
    use utoipa_axum::router::OpenApiRouter;
    use utoipa_axum::routes;
    let (json, doc) = OpenApiRouter::with_openapi(docs::ApiDoc::openapi())
        .routes(routes!(stock::stock))
        .routes(routes!(stock::availability))
        .routes(routes!(stock::query))
        .routes(routes!(stock::load))
        .routes(routes!(orders::create, orders::list))
        .routes(routes!(orders::show, orders::update))
        .routes(routes!(orders::tracking))
        .routes(routes!(instructions::list))
        .routes(routes!(instructions::file))
        .split_for_parts();
    let (files, files_doc) = OpenApiRouter::new().routes(routes!(orders::put_delivery_note)).split_for_parts();
    let mut doc = doc;
    doc.merge(files_doc);
    docs::finish(&mut doc);
    let files = files.layer(axum::extract::DefaultBodyLimit::max(tessera_domain::upload::MAX_FILE_BYTES + 64 * 1024));
    (json, files, doc)
}

/// Serves the document and the reference page built from it.
pub fn document_routes(doc: &utoipa::openapi::OpenApi) -> axum::Router<AppState> {
    use axum::routing::get;
    let text = doc.to_json().unwrap_or_default();
    let value: std::sync::Arc<serde_json::Value> =
        std::sync::Arc::new(serde_json::from_str(&text).unwrap_or(serde_json::Value::Null));
    let json = axum::body::Bytes::from(text);
    axum::Router::new()
        .route(
            "/api/openapi.json",
            get(move || {
                let json = json.clone();
                async move { ([(header::CONTENT_TYPE, "application/json")], json) }
            }),
        )
        .route(
            "/api/docs",
            get(move |ctx: crate::ctx::Ctx| {
                let value = value.clone();
                async move { docs::page(ctx, &value).await }
            }),
        )
}
