//! The one error type of the web layer. Each kind has a stable code (the `code` of an API
//! problem, the `data-code` of an error page) and a status; the message a person reads comes
//! from the catalogues, in their language, rendered by [`crate::security::error_pages`].
//!
//! Policy (after crates.io's): domain and database errors are mapped here, once; a handler
//! returns `Result<_, AppError>` and never builds an error response itself. Internal errors
//! are logged with their cause and shown to the person without it.
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tessera_db::DbError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("sign-in required")]
    Unauthenticated,
    #[error("the form expired or came from another site")]
    Csrf,
    #[error("too many attempts")]
    RateLimited { retry_after_secs: u64 },
    /// An upload over its limit.
    #[error("too large")]
    TooLarge,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// Input that parses but breaks a rule (the API's 422): a stable code and what is wrong,
    /// in the asker's language.
    #[error("invalid: {code}: {detail}")]
    Invalid { code: &'static str, detail: String },
    /// The request contradicts the state: a used `Idempotency-Key` with another body, a status
    /// an order cannot move to.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("internal error: {0}")]
    Internal(String),
}

/// What the error page renderer needs: put in the response's extensions.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub code: &'static str,
    /// What exactly is wrong, when the code alone does not say (API problems).
    pub detail: Option<String>,
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::Forbidden => "forbidden",
            Self::Unauthenticated => "unauthenticated",
            Self::Csrf => "csrf_failed",
            Self::RateLimited { .. } => "rate_limited",
            Self::TooLarge => "too_large",
            Self::BadRequest(_) => "bad_request",
            Self::Invalid { code, .. } | Self::Conflict(code) => code,
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::Internal(_) => "internal",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Forbidden | Self::Csrf => StatusCode::FORBIDDEN,
            Self::Unauthenticated => StatusCode::UNAUTHORIZED,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn internal(e: impl std::fmt::Display) -> Self {
        Self::Internal(e.to_string())
    }
}

impl From<DbError> for AppError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::NotFound => Self::NotFound,
            other => Self::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        Self::Internal(format!("template: {e}"))
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let Self::Internal(cause) = &self {
            tracing::error!(code = self.code(), %cause, "request failed");
        }
        let mut res = (self.status(), self.code()).into_response();
        if let Self::RateLimited { retry_after_secs } = self
            && let Ok(v) = http::HeaderValue::from_str(&retry_after_secs.to_string())
        {
            res.headers_mut().insert(http::header::RETRY_AFTER, v);
        }
        let detail = match &self {
            Self::Invalid { detail, .. } => Some(detail.clone()),
            _ => None,
        };
        res.extensions_mut().insert(ErrorInfo { code: self.code(), detail });
        res
    }
}

pub type AppResult<T> = Result<T, AppError>;
