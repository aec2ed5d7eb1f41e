//! `tessera export` and `tessera import` with the real binary, on the database under test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use std::path::PathBuf;
use tessera_db::Db;
use tessera_db::orders::OrderQuery;
use tokio::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_tessera");
/// The shared samples sit beside the project (`../shared`), wherever it is cloned.
const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/samples/formats/order.csv");
const DELIVERY_SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/samples/formats/D-12-2020.csv");

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

async fn tessera(url: &str, args: &[&str]) -> Run {
    let out = Command::new(BIN).args(args).args(["--database-url", url]).output().await.unwrap();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn temp(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tessera-exchange-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

async fn orders(db: &Db) -> u64 {
    db.orders(&OrderQuery::default()).await.unwrap().total
}

async fn demo() -> (Db, tessera_db::testing::TestDbGuard) {
    let (db, guard) = tessera_db::testing::fresh_db().await;
    db.load_demo("x", tessera_domain::clock::Clock::now(&tessera_domain::clock::SystemClock)).await.unwrap();
    (db, guard)
}

#[tokio::test]
async fn the_sample_order_imports_once_then_its_number_is_taken() {
    let (db, guard) = demo().await;
    let url = guard.url();
    let before = orders(&db).await;
    // The demo already holds the sample's ZAM/12/2020: the number is refused, nothing changes.
    let run = tessera(url, &["import", SAMPLE, "--format", "order"]).await;
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("line 2, ORDER_NUMBER \"ZAM/12/2020\": This number is already used"), "{}", run.stderr);
    assert!(run.stderr.contains("Nothing was imported"), "{}", run.stderr);
    assert_eq!(orders(&db).await, before);

    // The same file under a new number: its party 11587, items and work order are in the demo.
    let renamed = temp("order.csv", &std::fs::read_to_string(SAMPLE).unwrap().replace("ZAM/12/2020", "ZAM/12/2021"));
    let file = renamed.to_str().unwrap();
    let run = tessera(url, &["import", file, "--format", "order"]).await;
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stdout.trim(), "Created order ZAM/12/2021 for 11587 with 3 lines.");
    assert_eq!(orders(&db).await, before + 1);
    let o = db.order(db.order_id_by_number("ZAM/12/2021").await.unwrap().unwrap()).await.unwrap();
    assert_eq!((o.summary.status.as_str(), o.lines.len(), o.total().to_string().as_str()), ("draft", 3, "1376.55"));

    // Twice: refused on the number, in Polish when asked, nothing changed.
    let run = tessera(url, &["import", file, "--format", "order", "--lang", "pl"]).await;
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("wiersz 2, ORDER_NUMBER \"ZAM/12/2021\": Ten numer jest już użyty"), "{}", run.stderr);
    assert_eq!(orders(&db).await, before + 1);
}

#[tokio::test]
async fn a_file_with_bad_lines_lists_every_error_and_creates_nothing() {
    let (db, guard) = demo().await;
    let url = guard.url();
    let before = orders(&db).await;
    let sample = std::fs::read_to_string(SAMPLE).unwrap().replace("ZAM/12/2020", "ZAM/13/2020");

    // Format errors: every one, by line and column.
    let broken = sample.replace(";5.00;500.00", ";5,0,0;500.00").replace(
        "2020-06-04;11587;MK-1 - load-bearing element;MK-1;AW-12 Krakow contract;5X340;REBAR",
        "2020-06-31;11587;MK-1 - load-bearing element;MK-1;AW-12 Krakow contract;5X340;REBAR",
    );
    let path = temp("broken.csv", &broken);
    let run = tessera(url, &["import", path.to_str().unwrap(), "--format", "order"]).await;
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("line 2, ITEM_COUNT \"5,0,0\""), "{}", run.stderr);
    assert!(run.stderr.contains("line 4, ORDER_DATE \"2020-06-31\""), "{}", run.stderr);

    // Problems only the database knows: an unknown item and an unknown party, both listed.
    let unknown = sample.replace("P199121", "X-404").replace(";11587;", ";99999;");
    let path = temp("unknown.csv", &unknown);
    let run = tessera(url, &["import", path.to_str().unwrap(), "--format", "order"]).await;
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("line 2, ACCOUNT \"99999\": No party has this code."), "{}", run.stderr);
    assert!(
        run.stderr.contains("line 3, ITEM_ORDER_NUMBER \"X-404\": No item has this ordering number."),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
    assert_eq!(orders(&db).await, before);
    assert!(db.order_id_by_number("ZAM/13/2020").await.unwrap().is_none());
}

#[tokio::test]
async fn export_then_import_round_trip() {
    let (_db, guard) = demo().await;
    let url = guard.url();
    let out = temp("x", "").with_file_name("ZAM-9-2026.csv");
    let run = tessera(
        url,
        &["export", "--format", "order", "--number", "ZAM/9/2026", "--lang", "pl", "-o", out.to_str().unwrap()],
    )
    .await;
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("ORDER_NUMBER;ORDER_DATE;ACCOUNT;"));
    assert!(text.contains("ZAM/9/2026;2026-10-20;11587;") && text.contains(";3,10;1000;3100,00\r\n"), "{text}");

    let renamed = temp("renamed.csv", &text.replace("ZAM/9/2026", "ZAM/19/2026"));
    let run = tessera(url, &["import", renamed.to_str().unwrap(), "--format", "order"]).await;
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let back = tessera(url, &["export", "--format", "order", "--number", "ZAM/19/2026", "--lang", "pl"]).await;
    assert_eq!(back.code, Some(0));
    assert_eq!(back.stdout, text.replace("ZAM/9/2026", "ZAM/19/2026"), "to standard output, the same file");

    // A complaint goes the same way; a delivery exports with what was checked.
    let c = tessera(url, &["export", "--format", "complaint", "--number", "REKL/4/2026"]).await;
    assert_eq!(c.code, Some(0));
    assert!(c.stdout.trim_end().ends_with(";3;20"), "{}", c.stdout);
    let path = temp("c.csv", &c.stdout.replace("REKL/4/2026", "REKL/5/2026"));
    let run = tessera(url, &["import", path.to_str().unwrap(), "--format", "complaint", "--lang", "de"]).await;
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("Reklamation REKL/5/2026"), "{}", run.stdout);
    let d = tessera(url, &["export", "--format", "delivery", "--number", "D/33/2026"]).await;
    assert_eq!(d.code, Some(0));
    assert!(d.stdout.contains("CHECKED_COUNT") && d.stdout.trim_end().ends_with(";480"), "{}", d.stdout);
}

#[tokio::test]
async fn bad_arguments_and_unknown_numbers_are_told_clearly() {
    let (db, guard) = demo().await;
    let url = guard.url();
    let run = tessera(url, &["export", "--format", "order", "--number", "ZAM/404/2026"]).await;
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("There is no order with the number ZAM/404/2026."), "{}", run.stderr);
    assert!(run.stdout.is_empty());

    let run = tessera(url, &["export", "--format", "warehouse", "--number", "X"]).await;
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("order, delivery, complaint"), "{}", run.stderr);
    let run = tessera(url, &["export", "--format", "order", "--number", "ZAM/9/2026", "--lang", "fr"]).await;
    assert_eq!(run.code, Some(2));
    let run = tessera(url, &["import", SAMPLE, "--format", "warehouse"]).await;
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("use order, delivery, complaint"), "{}", run.stderr);
    // An order file read as a delivery: the header does not match, nothing is created.
    let run = tessera(url, &["import", SAMPLE, "--format", "delivery"]).await;
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let run = tessera(url, &["import", "/nonexistent/order.csv", "--format", "order"]).await;
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("cannot read /nonexistent/order.csv"), "{}", run.stderr);
    // A file of the wrong format: the header does not match, nothing is created.
    let before = orders(&db).await;
    let run = tessera(url, &["import", DELIVERY_SAMPLE, "--format", "order"]).await;
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("Nothing was imported"), "{}", run.stderr);
    assert_eq!(orders(&db).await, before);
}

#[tokio::test]
async fn a_delivery_file_imports_against_its_order_once() {
    let (db, guard) = demo().await;
    let url = guard.url();
    // D/12/2020 is for ZAM/12/2020 of supplier 11587, one line counted and one not: declared.
    let run = tessera(url, &["import", DELIVERY_SAMPLE, "--format", "delivery"]).await;
    assert_eq!(run.code, Some(0), "{} {}", run.stdout, run.stderr);
    assert!(run.stdout.contains("D/12/2020"), "{}", run.stdout);
    let order = db.order_id_by_number("ZAM/12/2020").await.unwrap().unwrap();
    let d = db.deliveries_of_order(order).await.unwrap();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].summary.status, "declared");
    assert_eq!(d[0].lines.len(), 2);
    // The same file again: the number is taken, exit 1, nothing more.
    let run = tessera(url, &["import", DELIVERY_SAMPLE, "--format", "delivery"]).await;
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("already used"), "{}", run.stderr);
    assert_eq!(db.deliveries_of_order(order).await.unwrap().len(), 1);
}
