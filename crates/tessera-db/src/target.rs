//! Where the database is: a SQLite file in the data folder, or an explicit URL.
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Clone, PartialEq, Eq)]
pub enum DbTarget {
    Sqlite { path: PathBuf, create: bool },
    Postgres { url: String },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DbUrlError {
    #[error(
        "unknown database URL scheme {0:?}: use sqlite:///path/to/tessera.db or postgres://user@host/db (or --data DIR for the default SQLite file)"
    )]
    UnknownScheme(String),
    #[error("a database URL needs a scheme, such as sqlite:///path/to/tessera.db or postgres://user@host/db")]
    NoScheme,
    #[error(
        "no SQLite database at {0}: check the path (it is not created silently); add ?mode=rwc to the URL to create a new one, or use --data DIR"
    )]
    SqliteMissing(String),
    #[error("the folder {0} for the SQLite database does not exist")]
    SqliteFolderMissing(String),
    #[error("the SQLite URL has no file path: use sqlite:///path/to/tessera.db")]
    SqliteNoPath,
}

impl DbTarget {
    /// The default: `DIR/tessera.db`, created if missing (the caller creates `DIR`).
    pub fn in_data_dir(dir: &Path) -> Self {
        Self::Sqlite { path: dir.join("tessera.db"), create: true }
    }

    /// An explicit URL. A SQLite file must exist unless the URL says `mode=rwc`: a typo in a path
    /// never creates an empty database somewhere else.
    pub fn parse_url(url: &str) -> Result<Self, DbUrlError> {
        let url = url.trim();
        let (scheme, rest) = url.split_once("://").or_else(|| url.split_once(':')).ok_or(DbUrlError::NoScheme)?;
        match scheme.to_ascii_lowercase().as_str() {
            "postgres" | "postgresql" => Ok(Self::Postgres { url: url.to_owned() }),
            "sqlite" => {
                let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
                let create = query.split('&').any(|kv| kv == "mode=rwc");
                if path.is_empty() || path == ":memory:" {
                    return Err(DbUrlError::SqliteNoPath);
                }
                let path = PathBuf::from(path);
                if create {
                    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
                    if !parent.is_dir() {
                        return Err(DbUrlError::SqliteFolderMissing(parent.display().to_string()));
                    }
                } else if !path.is_file() {
                    return Err(DbUrlError::SqliteMissing(path.display().to_string()));
                }
                Ok(Self::Sqlite { path, create })
            }
            other => Err(DbUrlError::UnknownScheme(other.to_owned())),
        }
    }

    pub(crate) fn sqlx_url(&self) -> String {
        match self {
            Self::Sqlite { path, .. } => format!("sqlite://{}", path.display()),
            Self::Postgres { url } => url.clone(),
        }
    }

    /// For messages and logs: never the password.
    pub fn describe(&self) -> String {
        match self {
            Self::Sqlite { path, .. } => format!("SQLite {}", path.display()),
            Self::Postgres { url } => match url::Url::parse(url) {
                Ok(mut u) => {
                    if u.password().is_some() {
                        let _ = u.set_password(Some("***"));
                    }
                    format!("PostgreSQL {u}")
                }
                Err(_) => "PostgreSQL".to_owned(),
            },
        }
    }
}

impl fmt::Debug for DbTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes() {
        assert!(matches!(DbTarget::parse_url("postgres://postgres@127.0.0.1/x"), Ok(DbTarget::Postgres { .. })));
        assert_eq!(DbTarget::parse_url("mysql://x/y"), Err(DbUrlError::UnknownScheme("mysql".into())));
        assert_eq!(DbTarget::parse_url("tessera.db"), Err(DbUrlError::NoScheme));
        assert!(matches!(DbTarget::parse_url("sqlite:///definitely/not/here.db"), Err(DbUrlError::SqliteMissing(_))));
        assert!(matches!(
            DbTarget::parse_url("sqlite:///definitely/not/here.db?mode=rwc"),
            Err(DbUrlError::SqliteFolderMissing(_))
        ));
        let dir = std::env::temp_dir();
        let url = format!("sqlite://{}/t.db?mode=rwc", dir.display());
        assert!(matches!(DbTarget::parse_url(&url), Ok(DbTarget::Sqlite { create: true, .. })));
    }

    #[test]
    fn password_is_not_described() {
        let t = DbTarget::parse_url("postgres://u:s3cret@localhost/db");
        assert!(matches!(&t, Ok(t) if !format!("{t:?}").contains("s3cret")));
    }
}
