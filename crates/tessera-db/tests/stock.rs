//! Reads of one article's stock under concurrency: many requests at once are answered by
//! shared reads, and each still gets its own article's answer, read after it asked. On the
//! database under test (SQLite by default, PostgreSQL with `TESSERA_TEST_DATABASE_URL`).
#![allow(clippy::unwrap_used, clippy::expect_used)]
use chrono::{TimeZone, Utc};
use tessera_db::audit::AuditEvent;
use tessera_db::stock::{ArticleStock, StockRow};
use tessera_domain::number::Count;
use tessera_domain::stock::StockLevel;

mod common;

fn quantity(stock: &ArticleStock) -> Option<String> {
    match stock {
        ArticleStock::Known(level) => Some(level.quantity.to_string()),
        _ => None,
    }
}

fn event() -> AuditEvent {
    AuditEvent {
        at: Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).unwrap(),
        actor_kind: "system".into(),
        actor: None,
        action: "stock.load".into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_reads_each_get_their_own_article() {
    let (db, _guard) = common::fresh_db().await;
    let now = Utc.with_ymd_and_hms(2026, 12, 2, 8, 0, 0).unwrap();
    db.load_demo("hash", now).await.unwrap();

    // Articles with stock, one that exists without any loaded, one that does not exist; each
    // asked many times over, interleaved, with stray spaces on some.
    let asked = ["2124907", "12345", " 2124911 ", "P199120", "NO-SUCH-ARTICLE", "12399"];
    let mut tasks = Vec::new();
    for i in 0..600 {
        let db = db.clone();
        let article = asked[i % asked.len()];
        tasks.push(tokio::spawn(async move { (article, db.stock_of(article).await.unwrap()) }));
    }
    let mut seen = std::collections::HashMap::new();
    for t in tasks {
        let (article, stock) = t.await.unwrap();
        let expected = match article.trim() {
            "2124907" => Some("4000"),
            "12345" => Some("12"),
            "2124911" => Some("180"),
            "12399" => Some("0"),
            _ => None,
        };
        assert_eq!(quantity(&stock).as_deref(), expected, "{article}");
        match article {
            "P199120" => assert_eq!(stock, ArticleStock::NoneLoaded),
            "NO-SUCH-ARTICLE" => assert_eq!(stock, ArticleStock::UnknownArticle),
            _ => {}
        }
        *seen.entry(article).or_insert(0) += 1;
    }
    assert_eq!(seen.len(), asked.len());
    assert!(seen.values().all(|&n| n == 100), "every request answered once: {seen:?}");
}

#[tokio::test]
async fn a_read_after_a_load_sees_the_load() {
    let (db, _guard) = common::fresh_db().await;
    let now = Utc.with_ymd_and_hms(2026, 12, 2, 8, 0, 0).unwrap();
    db.load_demo("hash", now).await.unwrap();
    assert_eq!(quantity(&db.stock_of("12345").await.unwrap()).as_deref(), Some("12"));

    let level = StockLevel { quantity: Count::parse("7").unwrap(), limited_at: None, expected_date: None };
    db.load_stock(&[StockRow { article: "12345".into(), level }], now, &event()).await.unwrap();
    // Not a cache: the next read is a read.
    assert_eq!(quantity(&db.stock_of("12345").await.unwrap()).as_deref(), Some("7"));
    // An article that had none loaded now has it.
    let level = StockLevel { quantity: Count::parse("5").unwrap(), limited_at: None, expected_date: None };
    db.load_stock(&[StockRow { article: "P199120".into(), level }], now, &event()).await.unwrap();
    assert_eq!(quantity(&db.stock_of("P199120").await.unwrap()).as_deref(), Some("5"));
}
