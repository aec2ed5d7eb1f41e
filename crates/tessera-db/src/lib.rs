//! The one module that talks to the database.
//!
//! SQLite (the default, a file in the data folder) and PostgreSQL go through the same code:
//! SeaORM builds the SQL for each. Nothing outside this crate writes SQL or sees an entity;
//! callers get and give domain types.
mod entity;
mod migration;

pub mod api_keys;
pub mod attachments;
pub mod audit;
pub mod catalog;
pub mod complaints;
pub mod contacts;
pub mod customer_documents;
pub mod dates;
pub mod deliveries;
pub mod demo;
pub mod documents;
pub mod error;
pub mod exchange;
pub mod instructions;
pub mod invoices;
pub mod item_proposals;
pub mod links;
pub mod loto;
pub mod orders;
pub mod outbox;
pub mod permits;
pub mod ratelimit;
pub mod requisitions;
pub mod sales;
pub mod scorecard;
pub mod service;
pub mod stock;
mod stock_reads;
pub mod target;
#[cfg(feature = "testing")]
pub mod testing;
pub mod users;
pub mod work;

pub use error::DbError;
pub use target::{DbTarget, DbUrlError};

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend};
use sea_orm_migration::MigratorTrait;
use std::time::Duration;

/// A handle on the database. Cheap to clone: it holds a connection pool.
#[derive(Clone)]
pub struct Db {
    conn: DatabaseConnection,
    /// Reads of one article's stock, answered together under load (`None` in the reader's
    /// own handle).
    stock_reads: Option<std::sync::Arc<stock_reads::StockReads>>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db").field("backend", &self.backend_name()).finish()
    }
}

/// The names of these parties, by id (one query, for a page's list).
pub(crate) async fn party_names<C: sea_orm::ConnectionTrait>(
    c: &C,
    ids: Vec<i64>,
) -> Result<std::collections::HashMap<i64, String>, DbError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    Ok(entity::party::Entity::find()
        .filter(entity::party::Column::Id.is_in(ids))
        .all(c)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect())
}

/// The numbers of these work orders, by id (one query, for a page's list).
pub(crate) async fn work_order_numbers<C: sea_orm::ConnectionTrait>(
    c: &C,
    ids: Vec<i64>,
) -> Result<std::collections::HashMap<i64, String>, DbError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    Ok(entity::work_order::Entity::find()
        .filter(entity::work_order::Column::Id.is_in(ids))
        .all(c)
        .await?
        .into_iter()
        .map(|w| (w.id, w.name))
        .collect())
}

impl Db {
    /// Opens the database. SQLite runs in WAL mode with foreign keys on and a busy timeout, so
    /// a CLI command can work while a server runs on the same file.
    pub async fn connect(target: &DbTarget) -> Result<Self, DbError> {
        let mut opts = ConnectOptions::new(target.sqlx_url());
        // A connection is pinged before use only after it sat idle for a while: otherwise a
        // query would cost two round trips.
        opts.sqlx_logging(false)
            .connect_timeout(Duration::from_secs(10))
            .acquire_timeout(Duration::from_secs(10))
            .test_before_acquire_if_idle_for(Duration::from_secs(30));
        match target {
            DbTarget::Sqlite { create, .. } => {
                let create = *create;
                opts.max_connections(8).min_connections(1).map_sqlx_sqlite_opts(move |o| {
                    o.create_if_missing(create)
                        .journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                        .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                        .foreign_keys(true)
                        .busy_timeout(Duration::from_secs(10))
                });
            }
            DbTarget::Postgres { .. } => {
                opts.max_connections(16);
            }
        }
        let conn = Database::connect(opts).await.map_err(|e| DbError::Connect(target.describe(), e.to_string()))?;
        Ok(Self { conn, stock_reads: Some(Default::default()) })
    }

    /// A handle on the same pool that reads stock by itself (for the stock reader).
    pub(crate) fn without_reader(&self) -> Self {
        Self { conn: self.conn.clone(), stock_reads: None }
    }

    /// Applies every migration not yet applied. Safe to call at every start, and on PostgreSQL
    /// by several nodes starting together: one migrates while holding a transaction-level
    /// advisory lock, the others wait for it and then find nothing left to do.
    pub async fn migrate(&self) -> Result<(), DbError> {
        use sea_orm::{ConnectionTrait, Statement, TransactionTrait};
        if self.conn.get_database_backend() != DbBackend::Postgres {
            migration::Migrator::up(&self.conn, None).await?;
            return Ok(());
        }
        let lock = self.conn.begin().await?;
        lock.execute_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"),
        ))
        .await?;
        let applied = migration::Migrator::up(&self.conn, None).await;
        // Ending the transaction releases the lock, whether the migrations went through or not.
        lock.commit().await?;
        applied?;
        Ok(())
    }

    /// Readiness: one round trip.
    pub async fn ping(&self) -> Result<(), DbError> {
        self.conn.ping().await?;
        Ok(())
    }

    pub fn backend_name(&self) -> &'static str {
        match self.conn.get_database_backend() {
            DbBackend::Postgres => "postgres",
            DbBackend::Sqlite => "sqlite",
            _ => "other",
        }
    }

    pub async fn close(self) -> Result<(), DbError> {
        self.conn.close().await?;
        Ok(())
    }

    pub(crate) fn conn(&self) -> &DatabaseConnection {
        &self.conn
    }
}

/// Takes the write lock on one row before a transaction reads it, with a write that changes
/// nothing (`SET col = col`): of two transactions that read a status and move it on, the second
/// then waits for the first and sees what it wrote. On PostgreSQL this is the row's lock; on
/// SQLite it makes the transaction a writer before it reads, so the second waits (busy timeout)
/// instead of failing with "database is locked" when it tries to write after reading.
pub(crate) async fn hold_row<E, C>(c: &C, id_col: E::Column, any_col: E::Column, id: i64) -> Result<(), DbError>
where
    E: sea_orm::EntityTrait,
    C: sea_orm::ConnectionTrait,
{
    use sea_orm::{ColumnTrait, QueryFilter};
    E::update_many().col_expr(any_col, sea_orm::sea_query::Expr::col(any_col)).filter(id_col.eq(id)).exec(c).await?;
    Ok(())
}

/// The key of the advisory lock nodes take to migrate one at a time ("tessera" in ASCII).
const MIGRATION_LOCK: i64 = 0x0074_6573_7365_7261;

impl Db {
    /// A consistent copy of a live SQLite database in one new file (`VACUUM INTO`: the
    /// database as of one moment, readers and writers carrying on meanwhile). Not for PostgreSQL,
    /// whose own tool is `pg_dump`.
    pub async fn sqlite_snapshot(&self, dest: &std::path::Path) -> Result<(), DbError> {
        use sea_orm::{ConnectionTrait, DbBackend, Statement};
        if self.conn.get_database_backend() != DbBackend::Sqlite {
            return Err(DbError::Unsupported("a snapshot is of a SQLite database"));
        }
        let path = dest.to_str().ok_or(DbError::Unsupported("the snapshot's path is not UTF-8"))?;
        self.conn
            .execute_raw(Statement::from_sql_and_values(DbBackend::Sqlite, "VACUUM INTO ?", [path.into()]))
            .await?;
        Ok(())
    }

    /// SQLite's own check of the whole file: `ok`, or what is wrong. PostgreSQL: `ok`.
    pub async fn integrity_check(&self) -> Result<String, DbError> {
        use sea_orm::{ConnectionTrait, DbBackend, Statement};
        if self.conn.get_database_backend() != DbBackend::Sqlite {
            return Ok("ok".into());
        }
        let rows = self
            .conn
            .query_all_raw(Statement::from_string(DbBackend::Sqlite, "PRAGMA integrity_check".to_owned()))
            .await?;
        let lines: Vec<String> = rows.iter().filter_map(|r| r.try_get_by_index::<String>(0).ok()).collect();
        Ok(if lines.is_empty() { "no answer".into() } else { lines.join("; ") })
    }

    /// Runs a raw statement; only for tests and tools in this crate's callers that need one.
    #[doc(hidden)]
    pub async fn execute_unprepared(&self, sql: &str) -> Result<(), DbError> {
        self.conn.execute_unprepared(sql).await?;
        Ok(())
    }
}

/// One page of a list.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// 1-based.
    pub page: u64,
    pub pages: u64,
    pub total: u64,
}

pub const PAGE_SIZE: u64 = 25;

/// `LOWER(col) LIKE '%q%'` with `%`, `_` and `\` in the query taken literally; the same on
/// SQLite and PostgreSQL.
pub(crate) fn contains_ci<C: sea_orm::ColumnTrait>(col: C, q: &str) -> sea_orm::sea_query::SimpleExpr {
    use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
    let escaped = q.trim().to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    Expr::expr(Func::lower(Expr::col(col))).like(LikeExpr::new(format!("%{escaped}%")).escape('\\'))
}
