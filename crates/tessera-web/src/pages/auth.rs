//! Signing in and out, and the language switch.
use super::{Layout, html_status};
use crate::AppState;
use crate::ctx::{Ctx, LANG_COOKIE, session_cookie_name};
use crate::error::{AppError, AppResult};
use crate::password;
use crate::security::{CsrfForm, safe_next};
use crate::signin::{Throttle, retry_after, session_cookie};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;
use tessera_db::audit::AuditEvent;
use tessera_domain::email::Email;
use tessera_domain::secret::{Password, Secret};
use tessera_i18n::Lang;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    l: Layout,
    email: String,
    next: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn login_page(ctx: Ctx, Query(q): Query<NextQuery>) -> AppResult<Response> {
    let next = safe_next(q.next.as_deref());
    if ctx.user.is_some() {
        return Ok(Redirect::to(&next).into_response());
    }
    let l = Layout::new(&ctx, ctx.tr().t("login-title"), "", "/login");
    html_status(StatusCode::OK, &LoginPage { l, email: String::new(), next, error: None })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> AppResult<Response> {
    let now = state.clock.now();
    let cfg = &state.config;
    let ip = ctx.ip.clone().unwrap_or_else(|| "unknown".into());
    let next = safe_next(Some(&form.next));
    let typed_email = form.email.trim().to_lowercase();
    let account_key = typed_email.clone();
    let password = Password::new(form.password);
    let page = |status: StatusCode, error_id: &str| -> AppResult<Response> {
        let l = Layout::new(&ctx, ctx.tr().t("login-title"), "", "/login");
        let mut res = html_status(
            status,
            &LoginPage { l, email: typed_email.clone(), next: next.clone(), error: Some(ctx.tr().t(error_id)) },
        )?;
        if status == StatusCode::TOO_MANY_REQUESTS {
            retry_after(&mut res, &state);
        }
        Ok(res)
    };

    let throttle = Throttle::staff(&state, &ip, &account_key);
    if throttle.exceeded(now).await? {
        tracing::warn!(%ip, "sign-in refused: too many failures");
        throttle.refused();
        audit(&state, &ctx, "sign_in", "rate_limited", Some(&account_key)).await?;
        return page(StatusCode::TOO_MANY_REQUESTS, "login-too-many");
    }

    let creds = match Email::parse(&typed_email) {
        Ok(email) => state.db.credentials(&email).await?,
        Err(_) => None,
    };
    let user = match creds {
        // An inactive account costs the same time as an active one, so timing tells nothing.
        Some(c) => {
            let ok = password::verify_off_thread(&password, Some(&c.password_hash)).await;
            (ok && c.user.active).then_some(c.user)
        }
        None => {
            password::verify_off_thread(&password, None).await;
            None
        }
    };
    let Some(user) = user else {
        throttle.failed(now).await?;
        tracing::warn!(%ip, "sign-in failed");
        audit(&state, &ctx, "sign_in", "failed", Some(&account_key)).await?;
        return page(StatusCode::UNAUTHORIZED, "login-failed");
    };

    throttle.passed().await?;
    // A new session id at every sign-in; the old one, if any, ends.
    if let Some(old) = ctx.session_token() {
        state.db.delete_session(&old.hash()).await?;
    }
    let token = Secret::generate().map_err(AppError::internal)?;
    let absolute = chrono::Duration::from_std(cfg.session_absolute).unwrap_or_default();
    state.db.create_session(&token.hash(), user.id, now, now + absolute, ctx.ip.as_deref()).await?;
    state
        .db
        .audit(&AuditEvent {
            at: now,
            actor_kind: "staff".into(),
            actor: Some(format!("user:{}", user.id)),
            action: "sign_in".into(),
            object: None,
            outcome: "ok".into(),
            ip: ctx.ip.clone(),
            detail: None,
        })
        .await?;
    tracing::info!(user = %user.id, "signed in");
    let cookie = session_cookie(session_cookie_name(cfg.tls), token.expose().to_owned(), cfg.tls);
    Ok((jar.add(cookie), Redirect::to(&next)).into_response())
}

async fn audit(state: &AppState, ctx: &Ctx, action: &str, outcome: &str, detail: Option<&str>) -> AppResult<()> {
    state
        .db
        .audit(&AuditEvent {
            at: state.clock.now(),
            actor_kind: ctx.principal.kind().into(),
            actor: ctx.actor(),
            action: action.into(),
            object: None,
            outcome: outcome.into(),
            ip: ctx.ip.clone(),
            detail: detail.map(|d| format!("account={d}")),
        })
        .await?;
    Ok(())
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn logout(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    CsrfForm(_): CsrfForm<Empty>,
) -> AppResult<Response> {
    if let Some(token) = ctx.session_token() {
        state.db.delete_session(&token.hash()).await?;
        audit(&state, &ctx, "sign_out", "ok", None).await?;
    }
    let cookie = Cookie::build((session_cookie_name(state.config.tls), "")).path("/").build();
    Ok((jar.remove(cookie), Redirect::to("/login")).into_response())
}

#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

pub async fn set_language(
    State(state): State<AppState>,
    ctx: Ctx,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> AppResult<Response> {
    let lang: Lang = form.lang.parse().map_err(|_| AppError::BadRequest("lang"))?;
    if let Some(u) = &ctx.user {
        state.db.set_user_language(u.id, Some(lang.code())).await?;
    }
    let cookie = Cookie::build((LANG_COOKIE, lang.code()))
        .path("/")
        .http_only(true)
        .secure(state.config.tls)
        .same_site(SameSite::Lax)
        .permanent()
        .build();
    Ok((jar.add(cookie), Redirect::to(&safe_next(Some(&form.back)))).into_response())
}
