//! The schema and the demo on the database under test: SQLite by default, PostgreSQL when
//! `TESSERA_TEST_DATABASE_URL` is set (each test gets a fresh database of its own).
#![allow(clippy::unwrap_used, clippy::expect_used)]
use chrono::{TimeZone, Utc};
use tessera_db::Db;
use tessera_db::orders::OrderQuery;

mod common;

#[tokio::test]
async fn demo_loads_once_and_reads_back() {
    let (db, _guard) = common::fresh_db().await;
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 8, 0, 0).unwrap();
    let first = db.load_demo("hash-1", now).await.unwrap();
    assert!(first.created);
    let orders_before = db.orders(&OrderQuery::default()).await.unwrap().total;
    let second = db.load_demo("hash-2", now).await.unwrap();
    assert!(!second.created);
    assert_eq!(db.orders(&OrderQuery::default()).await.unwrap().total, orders_before, "demo duplicated");
    assert_eq!(first.sample_order, second.sample_order);

    let order = db.order(first.sample_order).await.unwrap();
    assert_eq!(order.summary.number, "ZAM/12/2020");
    assert_eq!(order.lines.len(), 3);
    assert_eq!(order.total().to_string(), "1376.55");
    let wo = order.work_order.unwrap();
    assert_eq!((wo.contract_number.as_str(), wo.name.as_str()), ("5X340", "MK-1 - load-bearing element"));

    let admin = db
        .credentials(&tessera_domain::email::Email::parse(tessera_db::demo::DEMO_ADMIN_EMAIL).unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(admin.password_hash, "hash-2", "the demo admin's password is reset on each load");
    let found = db.parties("stal", Default::default(), 1).await.unwrap();
    assert_eq!(found.items.len(), 1);
    assert_eq!(db.items("buckle", 1).await.unwrap().items[0].ordering_number, "P199120");
    assert!(db.complaints("", 1).await.unwrap().total >= 1);
    assert!(db.deliveries("", 1).await.unwrap().total >= 2);
    let _: &Db = &db;
}
