//! Security on every response: headers, CSRF protection, error pages that say nothing more
//! than they should.
use crate::AppState;
use crate::ctx::{AnonCsrf, Ctx, csrf_cookie_name, request_lang};
use crate::error::{AppError, ErrorInfo};
use crate::pages::render_error;
use axum::body::Body;
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::de::DeserializeOwned;
use tessera_domain::secret::Secret;

pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Security headers on every response; `no-store` on everything but the static assets.
pub async fn headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let is_static = req.uri().path().starts_with("/static/");
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=()"));
    if !is_static {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if state.config.tls {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    }
    res
}

/// People who are not signed in get a random CSRF cookie (double-submit), so the sign-in form
/// and the language switch are protected too.
pub async fn csrf_cookie(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if ["/healthz", "/readyz", "/metrics"].contains(&path) || path.starts_with("/static/") || path.starts_with("/api/")
    {
        return next.run(req).await;
    }
    let name = csrf_cookie_name(state.config.tls);
    let jar = CookieJar::from_headers(req.headers());
    let (token, fresh) = match jar.get(name).map(|c| c.value().to_owned()).filter(|v| v.len() == 64) {
        Some(v) => (v, false),
        None => match Secret::generate() {
            Ok(s) => (s.expose().to_owned(), true),
            Err(e) => return AppError::internal(e).into_response(),
        },
    };
    req.extensions_mut().insert(AnonCsrf(token.clone()));
    let mut res = next.run(req).await;
    if fresh {
        let cookie = Cookie::build((name, token))
            .path("/")
            .http_only(true)
            .secure(state.config.tls)
            .same_site(SameSite::Lax)
            .build();
        if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res
}

/// Turns an [`AppError`] response into a page in the person's language; an unauthenticated
/// request for a page goes to the sign-in page instead.
pub async fn error_pages(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let jar = CookieJar::from_headers(&parts.headers);
    let lang = request_lang(&parts, &jar, None, None);
    let path = parts.uri.path().to_owned();
    let is_get = parts.method == http::Method::GET;
    let res = next.run(Request::from_parts(parts, body)).await;
    let info = match res.extensions().get::<ErrorInfo>().cloned() {
        Some(info) => info,
        // The body limit answers before any handler: give it a page too.
        None if res.status() == StatusCode::PAYLOAD_TOO_LARGE => ErrorInfo { code: "too_large", detail: None },
        // So does the router for a method a path does not take.
        None if res.status() == StatusCode::METHOD_NOT_ALLOWED => {
            ErrorInfo { code: "method_not_allowed", detail: None }
        }
        None => return res,
    };
    if path.starts_with("/api/") {
        return crate::api::problem(lang, res, &info);
    }
    let _ = &state;
    if info.code == "unauthenticated" && is_get && !path.starts_with("/api/") && !path.starts_with("/portal") {
        // Contacts sign in to the customer portal, staff to the back office.
        let login = if crate::ctx::is_customer_path(&path) { "/customer/login" } else { "/login" };
        let target = format!("{login}?next={}", query_value(&path));
        return Redirect::to(&target).into_response();
    }
    let status = res.status();
    let (parts, _) = res.into_parts();
    // In a portal, "sign in" means "open your link again".
    let code = if info.code == "unauthenticated" && path.starts_with("/portal") { "link_needed" } else { info.code };
    let mut page = render_error(lang, status, code);
    for (k, v) in parts.headers.iter() {
        if k == header::RETRY_AFTER || k == header::SET_COOKIE {
            page.headers_mut().append(k, v.clone());
        }
    }
    page
}

/// Only local paths may be a `next` target (no open redirect).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.contains("://") => {
            n.to_owned()
        }
        _ => "/admin".to_owned(),
    }
}

/// A value for a query string: unreserved characters (and `/`) as they are, other bytes escaped.
pub(crate) fn query_value(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A form that carries a valid CSRF token and comes from this site. Every state-changing
/// form handler takes its input through this extractor.
pub struct CsrfForm<T>(pub T);

#[derive(serde::Deserialize)]
struct CsrfField {
    #[serde(default)]
    csrf: String,
}

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = Response;

    async fn from_request(req: Request<Body>, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = req.into_parts();
        let ctx = <Ctx as axum::extract::FromRequestParts<AppState>>::from_request_parts(&mut parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        if cross_site(&parts) {
            return Err(AppError::Csrf.into_response());
        }
        let bytes = axum::body::to_bytes(body, 2 * 1024 * 1024)
            .await
            .map_err(|_| (StatusCode::PAYLOAD_TOO_LARGE, "too large").into_response())?;
        let field: CsrfField = serde_html_form::from_bytes(&bytes).map_err(|_| AppError::Csrf.into_response())?;
        if ctx.csrf.is_empty() || !Secret::from_client(ctx.csrf.clone()).matches(&field.csrf) {
            tracing::warn!(ip = ctx.ip.as_deref().unwrap_or("-"), "CSRF token missing or wrong");
            return Err(AppError::Csrf.into_response());
        }
        let value: T = serde_html_form::from_bytes(&bytes).map_err(|_| AppError::BadRequest("form").into_response())?;
        Ok(CsrfForm(value))
    }
}

/// The browser says the request comes from another site.
pub(crate) fn cross_site(parts: &http::request::Parts) -> bool {
    if parts.headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site") {
        return true;
    }
    let host = parts.headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match (parts.headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()), host) {
        // Browsers send `Origin: null` for a same-origin form post under `Referrer-Policy:
        // no-referrer`; the token decides then.
        (Some("null"), _) => false,
        (Some(origin), Some(host)) => {
            let origin_host = origin.split_once("://").map(|(_, h)| h).unwrap_or(origin);
            origin_host != host
        }
        _ => false,
    }
}
