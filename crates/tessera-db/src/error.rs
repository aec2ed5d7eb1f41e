//! What can go wrong in the database, typed so callers can answer the person well.
use sea_orm::{DbErr, SqlErr};

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot connect to {0}: {1}")]
    Connect(String, String),
    #[error("not found")]
    NotFound,
    /// A unique key is taken (a duplicate order number, an email already in use).
    #[error("already exists")]
    Conflict,
    /// Someone else changed the record since it was read.
    #[error("changed meanwhile")]
    Stale,
    /// A stored value does not parse as its domain type: a bug or a hand-edited database.
    #[error("stored value does not parse: {0}")]
    Corrupt(String),
    /// What this database cannot do (a SQLite snapshot of PostgreSQL).
    #[error("not supported: {0}")]
    Unsupported(&'static str),
    #[error(transparent)]
    Db(DbErr),
}

impl From<DbErr> for DbError {
    fn from(e: DbErr) -> Self {
        match e.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => Self::Conflict,
            _ => match e {
                DbErr::RecordNotFound(_) => Self::NotFound,
                other => Self::Db(other),
            },
        }
    }
}

impl DbError {
    /// The same error for another caller (the requests answered by one read all hear it); a
    /// driver's error keeps its message.
    pub(crate) fn duplicate(&self) -> Self {
        match self {
            Self::Connect(a, b) => Self::Connect(a.clone(), b.clone()),
            Self::NotFound => Self::NotFound,
            Self::Conflict => Self::Conflict,
            Self::Stale => Self::Stale,
            Self::Corrupt(s) => Self::Corrupt(s.clone()),
            Self::Unsupported(s) => Self::Unsupported(s),
            Self::Db(e) => Self::Db(DbErr::Custom(e.to_string())),
        }
    }
}

pub(crate) fn corrupt(what: &str, value: &str) -> DbError {
    DbError::Corrupt(format!("{what}: {value:?}"))
}
