//! Stock levels per article: loaded by staff or the main system (API, CLI, CSV), read by the
//! customer portal and the API. A read by article number is one indexed query.
use crate::audit::{AuditEvent, audit_in};
use crate::catalog::{Item, to_item};
use crate::entity::{item, stock_level};
use crate::error::corrupt;
use crate::stock_reads::{distinct, padded};
use crate::{Db, DbError, PAGE_SIZE, Page, contains_ci};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use std::collections::HashMap;
use tessera_domain::number::Count;
use tessera_domain::stock::StockLevel;

/// What is known of an article asked about: its stock level, if any was ever loaded (an
/// article without one has none in stock).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleStock {
    Known(StockLevel),
    /// The article exists but no stock was loaded for it.
    NoneLoaded,
    UnknownArticle,
}

impl ArticleStock {
    /// The level to show: no level loaded is nothing in stock.
    pub fn level(&self) -> Option<StockLevel> {
        match self {
            Self::Known(l) => Some(l.clone()),
            Self::NoneLoaded => Some(StockLevel { quantity: Count::NONE, limited_at: None, expected_date: None }),
            Self::UnknownArticle => None,
        }
    }
}

/// One row to load: an article number and its level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StockRow {
    pub article: String,
    pub level: StockLevel,
}

/// A row of the back office's stock list.
#[derive(Debug, Clone)]
pub struct StockEntry {
    pub item: Item,
    pub level: StockLevel,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum StockLoadError {
    #[error("unknown article numbers: {}", .0.join(", "))]
    UnknownArticles(Vec<String>),
    #[error(transparent)]
    Db(#[from] DbError),
}

fn to_level(m: &stock_level::Model) -> Result<StockLevel, DbError> {
    let quantity = m.quantity.parse::<Count>().map_err(|_| corrupt("stock_levels.quantity", &m.quantity))?;
    let limited_at = match &m.limited_at {
        Some(v) => Some(v.parse::<Count>().map_err(|_| corrupt("stock_levels.limited_at", v))?),
        None => None,
    };
    Ok(StockLevel { quantity, limited_at, expected_date: m.expected_date })
}

impl Db {
    /// One article's stock: one indexed read (a second only when nothing was loaded for it,
    /// to tell an article without stock from an unknown one), shared with the other requests
    /// for stock that arrive while a read is under way ([`crate::stock_reads`]).
    pub async fn stock_of(&self, article: &str) -> Result<ArticleStock, DbError> {
        match &self.stock_reads {
            Some(reads) => reads.read(self, article).await,
            None => crate::stock_reads::read_alone(self, article).await,
        }
    }

    /// Many articles at once (the caller bounds how many): two queries whatever the count, the
    /// second only for articles without a stock level. Each article is asked once, and the
    /// list is padded to a power of two so that a few statement shapes serve every count.
    pub async fn stock_query(&self, articles: &[String]) -> Result<HashMap<String, ArticleStock>, DbError> {
        let wanted = distinct(articles);
        let mut out: HashMap<String, ArticleStock> = HashMap::with_capacity(wanted.len());
        for m in stock_level::Entity::find()
            .filter(stock_level::Column::Article.is_in(padded(&wanted)))
            .all(self.conn())
            .await?
        {
            let level = to_level(&m)?;
            out.insert(m.article, ArticleStock::Known(level));
        }
        let missing: Vec<String> = wanted.iter().filter(|a| !out.contains_key(*a)).cloned().collect();
        if !missing.is_empty() {
            let items = self.items_by_numbers(&padded(&missing)).await?;
            for a in missing {
                let v = if items.contains_key(&a) { ArticleStock::NoneLoaded } else { ArticleStock::UnknownArticle };
                out.insert(a, v);
            }
        }
        Ok(out)
    }

    /// Loads stock levels, all or nothing: an unknown article refuses the whole load.
    pub async fn load_stock(
        &self,
        rows: &[StockRow],
        now: DateTime<Utc>,
        event: &AuditEvent,
    ) -> Result<usize, StockLoadError> {
        let numbers: Vec<String> = rows.iter().map(|r| r.article.clone()).collect();
        let items = self.items_by_numbers(&numbers).await?;
        let mut unknown: Vec<String> =
            rows.iter().filter(|r| !items.contains_key(&r.article)).map(|r| r.article.clone()).collect();
        // Each unknown number once, in the order given.
        let mut seen = std::collections::HashSet::new();
        unknown.retain(|n| seen.insert(n.clone()));
        if !unknown.is_empty() {
            return Err(StockLoadError::UnknownArticles(unknown));
        }
        let txn = self.conn().begin().await.map_err(DbError::from)?;
        let existing: HashMap<String, stock_level::Model> = stock_level::Entity::find()
            .filter(stock_level::Column::Article.is_in(numbers))
            .all(&txn)
            .await
            .map_err(DbError::from)?
            .into_iter()
            .map(|m| (m.article.clone(), m))
            .collect();
        for r in rows {
            let quantity = r.level.quantity.to_string();
            let limited_at = r.level.limited_at.map(|c| c.to_string());
            match existing.get(&r.article) {
                Some(m) => {
                    let mut am: stock_level::ActiveModel = m.clone().into();
                    am.quantity = Set(quantity);
                    am.limited_at = Set(limited_at);
                    am.expected_date = Set(r.level.expected_date);
                    am.updated_at = Set(now);
                    am.update(&txn).await.map_err(DbError::from)?;
                }
                None => {
                    let item = &items[&r.article];
                    stock_level::ActiveModel {
                        item_id: Set(item.id.get()),
                        article: Set(r.article.clone()),
                        quantity: Set(quantity),
                        limited_at: Set(limited_at),
                        expected_date: Set(r.level.expected_date),
                        updated_at: Set(now),
                        ..Default::default()
                    }
                    .insert(&txn)
                    .await
                    .map_err(DbError::from)?;
                }
            }
        }
        let mut event = event.clone();
        event.detail = Some(format!("{} articles", rows.len()));
        audit_in(&txn, &event).await?;
        txn.commit().await.map_err(DbError::from)?;
        Ok(rows.len())
    }

    /// The back office's list: articles with a stock level, filtered by number or name.
    pub async fn stock_levels(&self, q: &str, page: u64) -> Result<Page<StockEntry>, DbError> {
        let mut find = stock_level::Entity::find().order_by_asc(stock_level::Column::Article);
        if !q.trim().is_empty() {
            let ids: Vec<i64> = item::Entity::find()
                .filter(
                    Condition::any()
                        .add(contains_ci(item::Column::OrderingNumber, q))
                        .add(contains_ci(item::Column::Name, q)),
                )
                .all(self.conn())
                .await?
                .into_iter()
                .map(|m| m.id)
                .collect();
            find = find.filter(stock_level::Column::ItemId.is_in(ids));
        }
        let pages = find.paginate(self.conn(), PAGE_SIZE);
        let totals = pages.num_items_and_pages().await?;
        let page = page.max(1);
        let rows = pages.fetch_page(page - 1).await?;
        let ids: Vec<i64> = rows.iter().map(|r| r.item_id).collect();
        let items: HashMap<i64, item::Model> = item::Entity::find()
            .filter(item::Column::Id.is_in(ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| (m.id, m))
            .collect();
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let Some(m) = items.get(&r.item_id) else { continue };
            out.push(StockEntry { item: to_item(m.clone())?, level: to_level(&r)?, updated_at: r.updated_at });
        }
        Ok(Page { items: out, page, pages: totals.number_of_pages.max(1), total: totals.number_of_items })
    }
}

/// A date as the stock file and the API give it: `YYYY-MM-DD`.
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok()
}
