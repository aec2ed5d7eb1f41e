//! Stock (issue #7): the customer portal's stock and availability query, and the back office's
//! stock levels with the CSV load. What a contact sees is the policy's: with Stock query the
//! figure (exact up to the cap, above it "more than 25"), with Ordering only the availability.
use super::{FieldErrors, Layout, ListQuery, Pager, html_status};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::stock_csv::{self, StockProblem};
use crate::tr::Tr;
use crate::uploads::CsrfMultipart;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_db::stock::{StockEntry, StockLoadError};
use tessera_domain::policy::{Action, Target};
use tessera_domain::stock::{Availability, MAX_QUERY, StockCap, StockLevel};

const CUSTOMER_PATH: &str = "/customer/stock";
const ADMIN_PATH: &str = "/admin/stock";

// ---------------------------------------------------------------------------------------------
// The customer portal

#[derive(Debug, Default, Deserialize)]
pub struct StockQuery {
    #[serde(default)]
    pub articles: String,
}

/// One article's answer, as the page shows it.
pub struct ResultRow {
    pub article: String,
    /// `None`: no such article.
    pub name: Option<String>,
    /// The figure, for contacts who may see it: "12", "more than 25".
    pub stock: Option<String>,
    /// The key of its badge (`available`…) and its text.
    pub availability: Option<(&'static str, String)>,
    pub expected: Option<String>,
}

#[derive(Template)]
#[template(path = "customer_stock.html")]
struct CustomerPage {
    l: Layout,
    articles: String,
    /// Whether the contact sees figures or availability only.
    figures: bool,
    cap: u64,
    max: u64,
    asked: bool,
    rows: Vec<ResultRow>,
    errors: FieldErrors,
}

impl CustomerPage {
    fn has_error(&self, field: &str) -> bool {
        self.errors.has(field)
    }
    fn error(&self, field: &str) -> String {
        self.errors.error(field)
    }
}

/// The article numbers as typed: one per line or separated by commas (or semicolons), each once,
/// in the order given.
pub fn split_articles(raw: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in raw.split(['\n', '\r', ',', ';']).map(str::trim).filter(|a| !a.is_empty()) {
        if !out.iter().any(|o| o == a) {
            out.push(a.to_owned());
        }
    }
    out
}

fn availability_badge(tr: &Tr, a: Availability) -> (&'static str, String) {
    (a.as_str(), tr.t(&a.message_id()))
}

/// The figure a contact is shown: exact up to the cap, above it "more than 25".
pub fn shown_figure(tr: &Tr, level: &StockLevel, cap: StockCap) -> String {
    let shown = level.shown(cap);
    if shown.capped { tr.n("stock-more-than", "cap", &u64::from(cap.get())) } else { tr.dec(&shown.quantity) }
}

/// `GET /customer/stock`: the form, and with `?articles=` the answer per article.
pub async fn customer(State(state): State<AppState>, ctx: Ctx, Query(q): Query<StockQuery>) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    let Some(me) = ctx.contact.as_ref() else {
        gate.check(Action::CustomerAvailabilityView, Target::Collection).await?;
        return Err(AppError::Unauthenticated);
    };
    let party = Target::Party(me.customer);
    // Figures for who may see them; availability for who may see that; nothing for anyone else.
    let figures = gate.allows(Action::CustomerStockView, party);
    if !figures {
        gate.check(Action::CustomerAvailabilityView, party).await?;
    }
    let tr = ctx.tr();
    let cap = state.config.stock_cap;
    let articles = split_articles(&q.articles);
    let typed = !q.articles.trim().is_empty();
    let mut errors = FieldErrors::default();
    if articles.len() > MAX_QUERY {
        errors.push("articles", tr.n("stock-too-many", "max", &(MAX_QUERY as u64)));
    }
    for a in articles.iter().filter(|a| a.chars().count() > 40 || a.chars().any(char::is_control)) {
        let shown: String = a.chars().filter(|c| !c.is_control()).take(40).collect();
        errors.push("articles", tr.t1("stock-invalid-article", "article", format!("{shown}…")));
    }
    if typed && articles.is_empty() {
        errors.push("articles", tr.t("stock-none-asked"));
    }
    let mut rows = Vec::new();
    if errors.is_empty() && !articles.is_empty() {
        let found = state.db.stock_query(&articles).await?;
        let items = state.db.items_by_numbers(&articles).await?;
        for a in &articles {
            let level = found.get(a).and_then(|s| s.level());
            let name = items.get(a).map(|i| i.name.clone());
            rows.push(match level {
                Some(level) => ResultRow {
                    article: a.clone(),
                    name,
                    stock: figures.then(|| shown_figure(&tr, &level, cap)),
                    availability: Some(availability_badge(&tr, level.availability())),
                    expected: level.expected_date.map(|d| tr.t1("stock-expected", "date", tr.date(&d))),
                },
                None => ResultRow { article: a.clone(), name: None, stock: None, availability: None, expected: None },
            });
        }
    }
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = CustomerPage {
        l: Layout::new(&ctx, tr.t("stock-title"), "customer-stock", CUSTOMER_PATH),
        articles: q.articles,
        figures,
        cap: u64::from(cap.get()),
        max: MAX_QUERY as u64,
        asked: !rows.is_empty(),
        rows,
        errors,
    };
    html_status(status, &page)
}

// ---------------------------------------------------------------------------------------------
// The back office

#[derive(Template)]
#[template(path = "stock_admin.html")]
struct AdminPage {
    l: Layout,
    q: String,
    levels: Vec<StockEntry>,
    pager: Pager,
    can_load: bool,
    /// After a load: how many levels.
    loaded: Option<u64>,
    /// The file's problems, by line; or why there was no file.
    problems: Vec<String>,
    file_error: Option<String>,
}

async fn admin_page(
    state: &AppState,
    ctx: &Ctx,
    query: &ListQuery,
    problems: Vec<String>,
    file_error: Option<String>,
) -> AppResult<AdminPage> {
    let gate = Gate::new(state, ctx);
    let page = state.db.stock_levels(&query.q, query.page()).await?;
    let pager = Pager::new(ADMIN_PATH, &[("q", &query.q)], page.page, page.pages, page.total);
    Ok(AdminPage {
        l: Layout::new(ctx, ctx.tr().t("stock-admin-title"), "stock", ADMIN_PATH),
        q: query.q.clone(),
        levels: page.items,
        pager,
        can_load: gate.allows(Action::StockManage, Target::Collection),
        loaded: query.saved.trim().parse().ok(),
        problems,
        file_error,
    })
}

impl AdminPage {
    fn limited_at(&self, level: &StockLevel) -> String {
        match &level.limited_at {
            Some(c) => self.l.tr.count(c),
            None => {
                self.l.tr.n("stock-limited-default", "count", &u64::from(tessera_domain::stock::DEFAULT_LIMITED_AT))
            }
        }
    }
}

/// `GET /admin/stock`: the stock levels, searchable, and (for who may) the upload form.
pub async fn admin_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    // Stock levels are facts about items: whoever sees the items sees them.
    Gate::new(&state, &ctx).check(Action::ItemView, Target::Collection).await?;
    let page = admin_page(&state, &ctx, &query, Vec::new(), None).await?;
    html_status(StatusCode::OK, &page)
}

/// `POST /admin/stock`: a CSV file of stock levels, loaded whole or not at all; every bad line
/// is reported with its number.
pub async fn admin_load(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfMultipart(form): CsrfMultipart,
) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::StockManage, Target::Collection).await?;
    let tr = ctx.tr();
    // A CSV is text: it is read, not judged by the upload checks (which take PDFs and images).
    let Some(file) = form.files.iter().find(|f| f.field == "file" && !f.bytes.is_empty()) else {
        return refuse(&state, &ctx, Vec::new(), Some(tr.t("stock-upload-missing"))).await;
    };
    let lines = match stock_csv::parse(&file.bytes) {
        Ok(lines) => lines,
        Err(problems) => return refuse(&state, &ctx, messages(&tr, problems), None).await,
    };
    let numbers: Vec<String> = lines.iter().map(|l| l.row.article.clone()).collect();
    let items = state.db.items_by_numbers(&numbers).await?;
    let unknown: Vec<String> = numbers.iter().filter(|n| !items.contains_key(*n)).cloned().collect();
    if !unknown.is_empty() {
        return refuse(&state, &ctx, messages(&tr, stock_csv::unknown_articles(&lines, &unknown)), None).await;
    }
    let rows: Vec<_> = lines.iter().map(|l| l.row.clone()).collect();
    let name: String = file.name.chars().filter(|c| !c.is_control()).take(100).collect();
    let event = gate.event("stock.load", None, Some(format!("file={name}")));
    match state.db.load_stock(&rows, state.clock.now(), &event).await {
        Ok(n) => Ok(Redirect::to(&format!("{ADMIN_PATH}?saved={n}")).into_response()),
        Err(StockLoadError::UnknownArticles(list)) => {
            refuse(&state, &ctx, messages(&tr, stock_csv::unknown_articles(&lines, &list)), None).await
        }
        Err(StockLoadError::Db(e)) => Err(e.into()),
    }
}

/// The page again with what is wrong (422): nothing was loaded.
async fn refuse(state: &AppState, ctx: &Ctx, problems: Vec<String>, file_error: Option<String>) -> AppResult<Response> {
    let page = admin_page(state, ctx, &ListQuery::default(), problems, file_error).await?;
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

fn messages(tr: &Tr, mut problems: Vec<StockProblem>) -> Vec<String> {
    problems.sort_by_key(|p| p.line().unwrap_or(0));
    problems.iter().map(|p| p.message(tr)).collect()
}
