//! The supplier portal end to end in a real browser (#5, "How it is proven"): two people, two
//! headless Chromium sessions (separate cookie jars), the real `tessera serve --demo` binary.
//!
//! Needs Debian's `chromium` and `chromium-driver`, so every test is `#[ignore]`; run them with
//!
//!     cargo test -p tessera --test browser -- --ignored
//!
//! (add `TESSERA_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres` for PostgreSQL,
//! `TESSERA_BROWSER_SHOTS=/tmp/shots` for screenshots of each page at 1280 and 390 wide).
//!
//! # Adding a step
//!
//! A step is what a person does on a page, written with the helpers of [`webdriver::Browser`]:
//! `goto`, `follow` (a link by its text), `fill` / `fill_date` / `choose` / `tick` / `attach`
//! (a field by its label's text: text, date, select, checkbox, file upload), `press` (a button by
//! its text; waits for the next page), `wait_for_text`, `open_mail` (a message in
//! `/admin/mailbox`), `fact` (the value shown for a term), `links_containing`, and `shot` for
//! screenshots. Take every text
//! from the catalogue (`en(..)`, `en1(..)` below) so a rewording does not break the test; find
//! by label, button text or a stable id/name, never by position. Each step ends by waiting for
//! what the person would see, then checks what they should not (nothing half-saved) through
//! `server.db` if it cannot be seen. Add the delivery declaration, receipt and complaint steps
//! (4–6) in `the_supplier_journey` where the comment `Steps 4–6 go here` stands: the order is
//! then confirmed, and `staff` and `supplier` are signed in. (The two-tab check after it leaves a
//! new proposal waiting, so it stays last.) A step that needs a new kind of action gets a helper
//! in `webdriver/mod.rs`, not WebDriver calls in the test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod webdriver;

use tessera_domain::clock::{Clock, SystemClock};
use tessera_i18n::{Arg, Lang, message};
use webdriver::{Driver, Server};

fn en(id: &str) -> String {
    tessera_i18n::t(Lang::En, id)
}

fn en1(id: &str, name: &str, value: &str) -> String {
    message(Lang::En, id, &[(name, Arg::from(value))])
}

const SUPPLIER_EMAIL: &str = "dostawy@stalbud.example";
/// A draft order of the demo company, for STALBUD (who read Polish).
const ORDER: &str = "ZAM/7/2026";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium and chromium-driver; .ci/run runs it"]
async fn the_supplier_journey() {
    let server = Server::start().await;
    let driver = Driver::start().await;
    let staff = driver.browser("staff").await;
    let supplier = driver.browser("supplier").await;
    let today = SystemClock.now().date_naive();
    let proposed = today + chrono::Duration::days(21);
    let order = server.db.order_id_by_number(ORDER).await.unwrap().unwrap();

    // 1. Purchasing signs in, opens the draft order and sends it.
    staff.goto(&server.url("/login")).await;
    staff.shot("01-login").await;
    staff.sign_in(&server, &server.admin_email, &server.admin_password).await;
    staff.goto(&server.url("/admin/orders")).await;
    staff.shot("02-orders").await;
    staff.follow(ORDER).await;
    staff.wait_for_text(&en("status-draft")).await;
    staff.shot("03-order-draft").await;
    staff.press(&en("order-send")).await;
    staff.wait_for_text(&en("order-sent-notice")).await;
    staff.shot("04-order-sent").await;

    // The email to the supplier names the order and carries the link.
    let mail = staff.open_mail(&server, SUPPLIER_EMAIL, ORDER).await;
    staff.shot("05-mail-link").await;
    assert!(mail.contains("07.12.2026"), "the requested date, the Polish way: {mail}");
    let links = staff.links_containing("/l/").await;
    assert_eq!(links.len(), 1, "one access link in the message: {links:?}");
    let link = links[0].clone();
    let secret = link.rsplit('/').next().unwrap().to_owned();

    // 2. The supplier opens the link: the order, and no secret in the address bar.
    supplier.goto(&link).await;
    supplier.wait_for_text(ORDER).await;
    let at = supplier.current_url().await;
    assert!(!at.contains(&secret), "the secret left the address bar: {at}");
    assert!(at.contains("/portal/"), "{at}");
    supplier.wait_for_text("ANCHOR BOLT M16").await;
    supplier.shot("06-portal-order").await;

    // 3. The supplier proposes another date, with a comment.
    supplier.fill_date(&en("portal-date-propose-label"), proposed).await;
    supplier.fill(&en("portal-date-comment"), "Steel arrives late").await;
    supplier.press(&en("portal-date-propose")).await;
    supplier.wait_for_text(&en("portal-date-thanks")).await;
    supplier.wait_for_text(&en("status-date-proposed")).await;
    supplier.shot("07-portal-proposed").await;

    // Purchasing sees the proposal and accepts it.
    staff.goto(&server.url(&format!("/admin/orders/{order}"))).await;
    let date_en = proposed.format("%Y-%m-%d").to_string();
    staff.wait_for_text(&en1("order-proposal-title", "date", &date_en)).await;
    staff.wait_for_text("Steel arrives late").await;
    staff.shot("08-order-proposal").await;
    staff.press(&en("order-proposal-accept")).await;
    staff.wait_for_text(&en("status-confirmed")).await;
    assert_eq!(staff.fact(&en("order-confirmed-date")).await, date_en);
    staff.shot("09-order-accepted").await;

    // The supplier reloads and sees the confirmed date; the email tells them too.
    supplier.c.refresh().await.unwrap();
    supplier.wait_for_text(&en("status-confirmed")).await;
    assert_eq!(supplier.fact(&en("order-confirmed-date")).await, date_en);
    supplier.shot("10-portal-confirmed").await;
    let subject = message(Lang::Pl, "mail-date-accepted-subject", &[("number", Arg::from(ORDER))]);
    let mail = staff.open_mail(&server, SUPPLIER_EMAIL, &subject).await;
    staff.shot("11-mail-accepted").await;
    assert!(mail.contains(&proposed.format("%d.%m.%Y").to_string()), "the confirmed date: {mail}");
    assert!(staff.links_containing("/l/").await.is_empty(), "no link secret in the decision email");

    // Steps 4–6 go here: the order is confirmed for `proposed`.

    // Two tabs of the supplier answer at once: the first wins, the second is told.
    let first = supplier.c.window().await.unwrap();
    let second = supplier.c.new_window(true).await.unwrap().handle;
    supplier.c.switch_to_window(second.clone()).await.unwrap();
    supplier.goto(&server.url(&format!("/portal/orders/{order}"))).await;
    supplier.wait_for_text(ORDER).await;
    supplier.c.switch_to_window(first).await.unwrap();
    supplier.fill_date(&en("portal-date-propose-label"), proposed + chrono::Duration::days(7)).await;
    supplier.press(&en("portal-date-propose")).await;
    supplier.wait_for_text(&en("portal-date-thanks")).await;
    supplier.c.switch_to_window(second).await.unwrap();
    supplier.fill_date(&en("portal-date-propose-label"), proposed + chrono::Duration::days(3)).await;
    supplier.press(&en("portal-date-propose")).await;
    supplier.wait_for_text(&en("portal-date-stale")).await;
    supplier.shot("12-portal-stale-tab").await;
    let pending = server.db.pending_date_proposal(order).await.unwrap().unwrap();
    assert_eq!(pending.date, proposed + chrono::Duration::days(7), "the first tab's answer, and only it");

    supplier.close().await;
    staff.close().await;
}
