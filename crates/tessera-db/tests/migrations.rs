//! Migrations when several nodes start at once (issue #10): on PostgreSQL, nodes migrating an
//! empty database together all succeed and the schema is there once; a second start finds
//! nothing to do.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use tessera_db::Db;
use tessera_db::testing::{empty_db, test_database_url};

#[tokio::test]
async fn nodes_starting_together_migrate_once() {
    let (target, _guard) = empty_db().await;
    // Four nodes on PostgreSQL start together; SQLite is one process's database, started once.
    let nodes = if test_database_url().is_some() { 4 } else { 1 };
    let mut dbs = Vec::new();
    for _ in 0..nodes {
        dbs.push(Db::connect(&target).await.unwrap());
    }
    let mut starting = tokio::task::JoinSet::new();
    for db in &dbs {
        let db = db.clone();
        starting.spawn(async move { db.migrate().await });
    }
    while let Some(done) = starting.join_next().await {
        done.unwrap().unwrap();
    }
    // Everyone sees the whole schema, and starting again changes nothing.
    for db in &dbs {
        db.migrate().await.unwrap();
        assert!(db.assets().await.unwrap().is_empty());
        assert_eq!(db.integrity_check().await.unwrap(), "ok");
    }
    for db in dbs {
        db.close().await.unwrap();
    }
}
