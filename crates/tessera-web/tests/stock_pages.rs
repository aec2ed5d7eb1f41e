//! Stock in the customer portal and the back office (issue #7): the figure up to the cap and
//! "more than 25" above it for Stock query, availability without figures for Ordering, the CSV
//! load all or nothing with every bad line by number, and who may do what.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_db::stock::ArticleStock;
use tessera_domain::contact::{ContactRole, Side};
use tessera_domain::role::StaffRole;
use tessera_i18n::{Arg, Lang, message};

fn en(id: &str) -> String {
    tessera_i18n::t(Lang::En, id)
}

fn en_n(id: &str, name: &str, n: u64) -> String {
    message(Lang::En, id, &[(name, Arg::from(n))])
}

/// The table row of `article` on a stock page.
fn row<'a>(body: &'a str, article: &str) -> &'a str {
    let start = body.find(&format!("data-article=\"{article}\"")).unwrap_or_else(|| panic!("no row {article}: {body}"));
    let rest = &body[start..];
    &rest[..rest.find("</tr>").unwrap()]
}

async fn contact_with(roles: &[ContactRole]) -> TestApp {
    let mut app = TestApp::with_demo().await;
    app.accept_language = Some("en".into());
    let c = app.add_contact("KB0004", Side::Customer, "stock@companyx.example", roles).await;
    app.contact_session(c).await;
    app
}

#[tokio::test]
async fn stock_query_shows_the_figure_up_to_the_cap() {
    let mut app = contact_with(&[ContactRole::StockQuery]).await;
    let res = app.get("/customer/stock").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains(&en("stock-articles-label")));
    assert!(!res.body.contains("data-article="), "no results before asking");
    let res = app.get("/customer/stock?articles=2124907%0D%0A12345,+P199121%0ANO-SUCH-THING").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let more = en_n("stock-more-than", "cap", 25);
    assert_eq!(more, "more than 25");
    let big = row(&res.body, "2124907");
    assert!(big.contains(&more), "{big}");
    assert!(!big.contains("4000") && !big.contains("4,000"), "the real figure stays hidden: {big}");
    assert!(big.contains("SCREW STICK"), "the article's name: {big}");
    let twelve = row(&res.body, "12345");
    assert!(twelve.contains(">12<"), "exact below the cap: {twelve}");
    assert!(!twelve.contains(&more));
    assert!(twelve.contains(&en("availability-available")));
    let limited = row(&res.body, "P199121");
    assert!(limited.contains(">3<") && limited.contains(&en("availability-limited")), "{limited}");
    assert!(limited.contains("More expected on"), "the expected date: {limited}");
    let unknown = row(&res.body, "NO-SUCH-THING");
    assert!(unknown.contains(&en("stock-unknown-article")), "{unknown}");
    assert!(res.body.contains(&en("stock-col-stock")));
    // The navigation offers the stock page, not the orders (Stock query places none).
    assert!(res.body.contains("href=\"/customer/stock\""));
    assert!(!res.body.contains("href=\"/customer/orders\""));
}

#[tokio::test]
async fn ordering_sees_availability_without_figures() {
    let mut app = contact_with(&[ContactRole::Ordering]).await;
    let res = app.get("/customer/stock?articles=2124907%0A12345%0AP199121%0A12399").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(!res.body.contains(&en("stock-col-stock")), "no stock column");
    assert!(!res.body.contains("more than 25"));
    for article in ["2124907", "12345"] {
        let r = row(&res.body, article);
        assert!(r.contains(&en("availability-available")), "{r}");
        assert!(!r.contains("stock-figure"), "{r}");
    }
    assert!(!row(&res.body, "12345").contains(">12<"), "no figure at all");
    assert!(row(&res.body, "P199121").contains(&en("availability-limited")));
    let out = row(&res.body, "12399");
    assert!(out.contains(&en("availability-not-available")) && out.contains("More expected on"), "{out}");
    assert!(res.body.contains(&en("stock-intro-availability")));
}

#[tokio::test]
async fn the_query_is_bounded_and_refused_to_others() {
    let mut app = contact_with(&[ContactRole::StockQuery]).await;
    let many: Vec<String> = (0..1001).map(|i| format!("A{i}")).collect();
    let res = app.get(&format!("/customer/stock?articles={}", many.join(","))).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(&en_n("stock-too-many", "max", 1000)));
    let res = app.get("/customer/stock?articles=,,,").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(&en("stock-none-asked")));
    let long = "X".repeat(41);
    let res = app.get(&format!("/customer/stock?articles={long}")).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A contact without either role: refused; nobody signed in: the sign-in page.
    let mut app = contact_with(&[ContactRole::Documents]).await;
    assert_eq!(app.get("/customer/stock?articles=12345").await.status, StatusCode::FORBIDDEN);
    app.cookies.remove("tessera_contact");
    let res = app.get("/customer/stock").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(res.location().starts_with("/customer/login"), "{}", res.location());
}

const HEADER: &str = "article;quantity;limited_at;expected_date\r\n";

#[tokio::test]
async fn staff_load_a_stock_file_whole() {
    let mut app = TestApp::signed_in(&[StaffRole::Sales]).await;
    app.accept_language = Some("en".into());
    let res = app.get("/admin/stock").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("2124907") && res.body.contains(&en("stock-upload-title")));
    assert!(res.body.contains("href=\"/admin/stock\""), "in the navigation");
    let file = format!("{HEADER}2124907;3999,5;;\r\n12345;0;2;2027-03-01\r\n2124911;7;;\r\n");
    let res = app.post_multipart("/admin/stock", &[], &[("file", "stock.csv", file.as_bytes())]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), "/admin/stock?saved=3");
    let res = app.get(res.location()).await;
    assert!(res.body.contains(&en_n("stock-loaded", "count", 3)), "{}", res.body);
    let ArticleStock::Known(level) = app.db.stock_of("12345").await.unwrap() else { panic!("no level") };
    assert_eq!(level.quantity.to_string(), "0");
    assert_eq!(level.limited_at.unwrap().to_string(), "2");
    assert_eq!(level.expected_date, chrono::NaiveDate::from_ymd_opt(2027, 3, 1));
    // Comma-separated, with decimal points, works too.
    let file = "article,quantity\n12345,\"1,5\"\nP199121,4.25\n";
    let res = app.post_multipart("/admin/stock", &[], &[("file", "stock.csv", file.as_bytes())]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let ArticleStock::Known(level) = app.db.stock_of("P199121").await.unwrap() else { panic!("no level") };
    assert_eq!(level.quantity.to_string(), "4.25");
}

#[tokio::test]
async fn a_bad_stock_file_loads_nothing_and_names_every_line() {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    app.accept_language = Some("en".into());
    let before = app.db.stock_of("2124907").await.unwrap();
    let file = format!("{HEADER}2124907;10;;\r\n12345;-4;;\r\nNOPE-1;3;;\r\nP199121;5;;31.12.2026\r\n2124907;8;;\r\n");
    let res = app.post_multipart("/admin/stock", &[], &[("file", "stock.csv", file.as_bytes())]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(&en("stock-upload-not-loaded")));
    let line = |id: &str, n: u64| en_n(id, "line", n);
    assert!(res.body.contains(&line("stock-csv-quantity", 3)), "{}", res.body);
    assert!(res.body.contains(&line("stock-csv-date", 5)), "{}", res.body);
    assert!(res.body.contains("Line 6: article 2124907 is on line 2 already."), "{}", res.body);
    assert_eq!(app.db.stock_of("2124907").await.unwrap(), before, "nothing loaded");
    // Only an unknown article: named by its line, nothing loaded.
    let file = format!("{HEADER}2124907;10;;\r\nNOPE-1;3;;\r\n");
    let res = app.post_multipart("/admin/stock", &[], &[("file", "stock.csv", file.as_bytes())]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Line 3: there is no article NOPE-1 in the catalogue."), "{}", res.body);
    assert_eq!(app.db.stock_of("2124907").await.unwrap(), before, "nothing loaded");
    // A wrong header, no file at all.
    let res = app.post_multipart("/admin/stock", &[], &[("file", "stock.csv", b"item;qty\n1;2\n")]).await;
    assert!(res.body.contains(&en("stock-csv-header")));
    let res = app.post_multipart("/admin/stock", &[], &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(&en("stock-upload-missing")));
}

#[tokio::test]
async fn only_who_manages_stock_loads_it() {
    let mut app = TestApp::signed_in(&[StaffRole::Purchasing]).await;
    let res = app.get("/admin/stock").await;
    assert_eq!(res.status, StatusCode::OK, "staff see stock levels");
    assert!(!res.body.contains("action=\"/admin/stock\" enctype"), "but no upload form");
    let file = format!("{HEADER}2124907;10;;\r\n");
    let before = app.db.stock_of("2124907").await.unwrap();
    let res = app.post_multipart("/admin/stock", &[], &[("file", "stock.csv", file.as_bytes())]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.db.stock_of("2124907").await.unwrap(), before);
    // A contact cannot reach the back office's stock at all.
    let mut app = contact_with(&[ContactRole::StockQuery]).await;
    let res = app.get("/admin/stock").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
}
