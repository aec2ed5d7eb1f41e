//! Test support: each test gets a database of its own. SQLite in a temporary folder by
//! default; with `TESSERA_TEST_DATABASE_URL=postgres://…` a new PostgreSQL database created
//! for the test (and dropped when the guard goes).
use crate::{Db, DbTarget};
use std::sync::atomic::{AtomicU64, Ordering};

/// Keeps the test's database alive; drops the PostgreSQL database or the temp folder after.
pub struct TestDbGuard {
    dir: Option<std::path::PathBuf>,
    pg: Option<(String, String)>,
    url: String,
}

impl TestDbGuard {
    /// The test database's URL, for a real server process started on it.
    pub fn url(&self) -> &str {
        &self.url
    }
    /// The temporary folder of a SQLite test database.
    pub fn dir(&self) -> Option<&std::path::Path> {
        self.dir.as_deref()
    }
}

impl Drop for TestDbGuard {
    fn drop(&mut self) {
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
        if let Some((admin_url, name)) = self.pg.take() {
            // Best effort, on a thread of its own: Drop cannot be async.
            let _ = std::thread::spawn(move || {
                if let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() {
                    rt.block_on(async {
                        if let Ok(db) = Db::connect(&DbTarget::Postgres { url: admin_url }).await {
                            let _ = db
                                .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                                .await;
                        }
                    });
                }
            })
            .join();
        }
    }
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn unique_name() -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let nanos = std::time::SystemTime::UNIX_EPOCH.elapsed().map(|d| d.subsec_nanos()).unwrap_or(0);
    format!("tessera_test_{}_{}_{}", std::process::id(), n, nanos)
}

/// The URL of the database under test, if it is PostgreSQL.
pub fn test_database_url() -> Option<String> {
    std::env::var("TESSERA_TEST_DATABASE_URL").ok().filter(|u| !u.trim().is_empty())
}

/// A database of its own with nothing in it, not even the schema (for migration tests).
#[allow(clippy::expect_used, clippy::panic)]
pub async fn empty_db() -> (DbTarget, TestDbGuard) {
    let name = unique_name();
    match test_database_url() {
        Some(url) => {
            let admin = Db::connect(&DbTarget::parse_url(&url).expect("TESSERA_TEST_DATABASE_URL"))
                .await
                .expect("connect to the test PostgreSQL server");
            admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.expect("create test database");
            let _ = admin.close().await;
            let mut u = url::Url::parse(&url).expect("TESSERA_TEST_DATABASE_URL is a URL");
            u.set_path(&format!("/{name}"));
            let target = DbTarget::Postgres { url: u.to_string() };
            (target, TestDbGuard { dir: None, pg: Some((url, name)), url: u.to_string() })
        }
        None => {
            let dir = std::env::temp_dir().join(name);
            std::fs::create_dir_all(&dir).expect("temp dir");
            let url = format!("sqlite://{}", dir.join("tessera.db").display());
            (DbTarget::in_data_dir(&dir), TestDbGuard { url, dir: Some(dir), pg: None })
        }
    }
}

#[allow(clippy::expect_used, clippy::panic)]
pub async fn fresh_db() -> (Db, TestDbGuard) {
    let (target, guard) = empty_db().await;
    let db = Db::connect(&target).await.expect("connect to the test database");
    db.migrate().await.expect("migrate");
    (db, guard)
}
