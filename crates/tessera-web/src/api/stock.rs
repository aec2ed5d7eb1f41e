//! Stock and availability by API: one article, up to 1,000 at once, and (for the host's main
//! system) loading stock levels.
use super::extract::{ApiJson, ApiPath};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use axum::Json;
use axum::extract::State;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use tessera_db::stock::{StockLoadError, StockRow};
use tessera_domain::number::Count;
use tessera_domain::policy::{Action, Target};
use tessera_domain::stock::{Availability, MAX_QUERY, StockLevel};
use utoipa::ToSchema;

/// How many stock levels one load may carry.
pub const MAX_LOAD: usize = 10_000;

/// An article's stock: exact up to the cap, above it the cap with `capped` true ("more than 25").
#[derive(Debug, Serialize, ToSchema)]
pub struct StockOut {
    #[schema(example = "2124907")]
    pub article: String,
    /// The quantity in the article's unit; at most the cap.
    #[serde(serialize_with = "super::quantity::serialize")]
    #[schema(value_type = f64, minimum = 0, example = 25)]
    pub quantity: Decimal,
    /// True when there is more than `quantity` (the cap).
    pub capped: bool,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum AvailabilityStatus {
    Available,
    Limited,
    NotAvailable,
}

impl From<Availability> for AvailabilityStatus {
    fn from(a: Availability) -> Self {
        match a {
            Availability::Available => Self::Available,
            Availability::Limited => Self::Limited,
            Availability::NotAvailable => Self::NotAvailable,
        }
    }
}

/// An article's availability, without figures.
#[derive(Debug, Serialize, ToSchema)]
pub struct AvailabilityOut {
    #[schema(example = "2124907")]
    pub article: String,
    pub status: AvailabilityStatus,
    /// When more is expected, where known.
    pub expected_date: Option<NaiveDate>,
}

/// An article's number (the company's ordering number): 1 to 40 characters on one line.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(transparent)]
#[schema(min_length = 1, max_length = 40, pattern = r"^[^\x00-\x1f\x7f]*\S[^\x00-\x1f\x7f]*$", example = "2124907")]
pub struct ArticleIn(pub String);

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StockQueryIn {
    /// The articles' numbers: 1 to 1,000.
    #[schema(min_items = 1, max_items = 1000, example = json!(["2124907", "12345"]))]
    pub articles: Vec<ArticleIn>,
}

/// One article of a query, in the order asked; an unknown article has `found` false and no
/// figures.
#[derive(Debug, Serialize, ToSchema)]
pub struct StockQueryItem {
    pub article: String,
    pub found: bool,
    #[serde(serialize_with = "super::quantity::option::serialize")]
    #[schema(value_type = Option<f64>, minimum = 0)]
    pub quantity: Option<Decimal>,
    pub capped: Option<bool>,
    pub status: Option<AvailabilityStatus>,
    pub expected_date: Option<NaiveDate>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StockQueryOut {
    pub results: Vec<StockQueryItem>,
}

/// One level to load.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StockLevelIn {
    pub article: ArticleIn,
    /// What is in stock, zero or more.
    #[schema(value_type = f64, minimum = 0)]
    pub quantity: serde_json::Number,
    /// At or below this the article shows as limited (default 5).
    #[schema(value_type = Option<f64>, minimum = 0)]
    pub limited_at: Option<serde_json::Number>,
    /// When more is expected, if known.
    pub expected_date: Option<NaiveDate>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StockLoadIn {
    /// 1 to 10,000 levels; all are loaded or none.
    #[schema(min_items = 1, max_items = 10000)]
    pub levels: Vec<StockLevelIn>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StockLoadOut {
    /// How many levels were loaded.
    pub loaded: usize,
}

/// An article number as given, trimmed, or the problem (shared by the API's article routes).
pub(super) fn clean_article(ctx: &Ctx, raw: &str) -> AppResult<String> {
    let a = raw.trim();
    if a.is_empty() || a.chars().count() > 40 || a.chars().any(char::is_control) {
        return Err(AppError::Invalid { code: "invalid_article", detail: ctx.tr().t("api-problem-invalid-article") });
    }
    Ok(a.to_owned())
}

/// An article's stock.
#[utoipa::path(
    get,
    path = "/api/v1/articles/{article}/stock",
    tag = "stock",
    params(("article" = String, Path, description = "The article's number (the company's ordering number)", max_length = 40)),
    responses((status = 200, description = "The stock, capped", body = StockOut)),
)]
pub async fn stock(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(article): ApiPath<String>,
) -> AppResult<Json<StockOut>> {
    Gate::new(&state, &ctx).check(Action::CustomerStockView, Target::Collection).await?;
    let article = clean_article(&ctx, &article)?;
    let level = state.db.stock_of(&article).await?.level().ok_or(AppError::NotFound)?;
    let shown = level.shown(state.config.stock_cap);
    Ok(Json(StockOut { article, quantity: shown.quantity, capped: shown.capped }))
}

/// An article's availability.
#[utoipa::path(
    get,
    path = "/api/v1/articles/{article}/availability",
    tag = "stock",
    params(("article" = String, Path, description = "The article's number", max_length = 40)),
    responses((status = 200, description = "Available, limited or not available", body = AvailabilityOut)),
)]
pub async fn availability(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(article): ApiPath<String>,
) -> AppResult<Json<AvailabilityOut>> {
    Gate::new(&state, &ctx).check(Action::CustomerAvailabilityView, Target::Collection).await?;
    let article = clean_article(&ctx, &article)?;
    let level = state.db.stock_of(&article).await?.level().ok_or(AppError::NotFound)?;
    Ok(Json(AvailabilityOut { article, status: level.availability().into(), expected_date: level.expected_date }))
}

/// Stock and availability of up to 1,000 articles at once.
#[utoipa::path(
    post,
    path = "/api/v1/stock/query",
    tag = "stock",
    request_body = StockQueryIn,
    responses((status = 200, description = "One result per article asked, in order", body = StockQueryOut)),
)]
pub async fn query(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<StockQueryIn>,
) -> AppResult<Json<StockQueryOut>> {
    Gate::new(&state, &ctx).check(Action::CustomerStockView, Target::Collection).await?;
    if body.articles.is_empty() || body.articles.len() > MAX_QUERY {
        return Err(AppError::Invalid {
            code: "too_many_articles",
            detail: ctx.tr().n("api-problem-too-many-articles", "max", &(MAX_QUERY as u64)),
        });
    }
    let articles = body.articles.iter().map(|a| clean_article(&ctx, &a.0)).collect::<AppResult<Vec<String>>>()?;
    let found = state.db.stock_query(&articles).await?;
    let cap = state.config.stock_cap;
    let results = articles
        .into_iter()
        .map(|article| match found.get(&article).and_then(|s| s.level()) {
            Some(level) => {
                let shown = level.shown(cap);
                StockQueryItem {
                    article,
                    found: true,
                    quantity: Some(shown.quantity),
                    capped: Some(shown.capped),
                    status: Some(level.availability().into()),
                    expected_date: level.expected_date,
                }
            }
            None => StockQueryItem {
                article,
                found: false,
                quantity: None,
                capped: None,
                status: None,
                expected_date: None,
            },
        })
        .collect();
    Ok(Json(StockQueryOut { results }))
}

fn count(ctx: &Ctx, n: &serde_json::Number) -> AppResult<Count> {
    Count::parse(&n.to_string())
        .map_err(|_| AppError::Invalid { code: "invalid_quantity", detail: ctx.tr().t("api-problem-invalid-quantity") })
}

/// Loads stock levels (the host's main system, with a key of a staff role that manages stock).
#[utoipa::path(
    put,
    path = "/api/v1/stock",
    tag = "stock",
    request_body = StockLoadIn,
    responses((status = 200, description = "All levels loaded", body = StockLoadOut)),
)]
pub async fn load(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiJson(body): ApiJson<StockLoadIn>,
) -> AppResult<Json<StockLoadOut>> {
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::StockManage, Target::Collection).await?;
    if body.levels.is_empty() || body.levels.len() > MAX_LOAD {
        return Err(AppError::Invalid {
            code: "too_many_levels",
            detail: ctx.tr().n("api-problem-too-many-levels", "max", &(MAX_LOAD as u64)),
        });
    }
    let mut rows = Vec::with_capacity(body.levels.len());
    for l in &body.levels {
        rows.push(StockRow {
            article: clean_article(&ctx, &l.article.0)?,
            level: StockLevel {
                quantity: count(&ctx, &l.quantity)?,
                limited_at: l.limited_at.as_ref().map(|n| count(&ctx, n)).transpose()?,
                expected_date: l.expected_date,
            },
        });
    }
    let event = gate.event("stock.load", None, None);
    match state.db.load_stock(&rows, state.clock.now(), &event).await {
        Ok(loaded) => Ok(Json(StockLoadOut { loaded })),
        Err(StockLoadError::UnknownArticles(list)) => Err(AppError::Invalid {
            code: "unknown_article",
            detail: ctx.tr().t1("api-problem-unknown-articles", "articles", list.join(", ")),
        }),
        Err(StockLoadError::Db(e)) => Err(e.into()),
    }
}
