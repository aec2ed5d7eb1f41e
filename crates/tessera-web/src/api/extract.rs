//! The API's extractors: a body, a path or a query that does not parse is a problem document
//! with a clear detail (never axum's plain-text rejection). Each runs after [`crate::ctx::Ctx`]
//! (put it first among a handler's arguments), so a request without a key hears 401 first.
use crate::AppState;
use crate::error::AppError;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use tessera_domain::policy::Principal;

/// Without a key, the answer is 401 before anything about the request's shape is said.
fn require_key(extensions: &http::Extensions) -> Result<(), AppError> {
    match extensions.get::<crate::ctx::Ctx>() {
        Some(ctx) if matches!(ctx.principal, Principal::Anonymous) => Err(AppError::Unauthenticated),
        _ => Ok(()),
    }
}

/// A JSON body (`Content-Type: application/json`).
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, AppError> {
        require_key(req.extensions())?;
        let json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| v.trim().eq_ignore_ascii_case("application/json"))
            .unwrap_or(false);
        if !json {
            return Err(AppError::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|_| AppError::TooLarge)?;
        serde_json::from_slice(&bytes)
            .map(ApiJson)
            .map_err(|e| AppError::Invalid { code: "invalid_body", detail: e.to_string() })
    }
}

/// Path parameters.
pub struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send> FromRequestParts<AppState> for ApiPath<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        require_key(&parts.extensions)?;
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| ApiPath(p.0))
            .map_err(|e| AppError::Invalid { code: "invalid_path", detail: e.body_text() })
    }
}

/// Query parameters.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned + Send> FromRequestParts<AppState> for ApiQuery<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        require_key(&parts.extensions)?;
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| ApiQuery(q.0))
            .map_err(|e| AppError::Invalid { code: "invalid_query", detail: e.body_text() })
    }
}
