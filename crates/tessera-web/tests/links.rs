//! Access links: what a link opens, and everything it does not.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use tessera_db::links::NewLink;
use tessera_db::orders::OrderQuery;
use tessera_domain::ids::{LinkId, OrderId, PartyId};
use tessera_domain::link::{LinkObject, LinkToken, Portal};
use tessera_domain::policy::Action;

/// Everything this test binary logs, to prove no secret reaches the logs.
fn logs() -> Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let writer = buf.clone();
        let _ = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_writer(move || LogWriter(writer.clone()))
            .try_init();
        buf
    })
    .clone()
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);
impl Write for LogWriter {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Fixture {
    app: TestApp,
    stalbud: PartyId,
    order_a: OrderId,
    order_b: OrderId,
    other_party_order: OrderId,
}

async fn fixture() -> Fixture {
    let app = TestApp::with_demo().await;
    let stalbud = app.db.party_by_code("11587").await.unwrap().unwrap();
    let order = |n: &'static str| {
        let db = app.db.clone();
        async move { db.order_id_by_number(n).await.unwrap().unwrap() }
    };
    let order_a = order("ZAM/12/2020").await;
    let order_b = order("ZAM/9/2026").await;
    let other_party_order = order("ZAM/8/2026").await; // Boltex
    Fixture { app, stalbud, order_a, order_b, other_party_order }
}

async fn issue(
    app: &TestApp,
    party: PartyId,
    object: Option<LinkObject>,
    actions: &[Action],
    days: i64,
) -> (LinkId, String) {
    let token = LinkToken::generate().unwrap();
    let new = NewLink {
        portal: Portal::Supplier,
        party,
        object,
        actions: actions.iter().copied().collect(),
        require_code: false,
        note: None,
        expires_at: app.clock_now() + chrono::Duration::days(days),
        created_by: None,
        replaces: None,
    };
    let id = app.db.issue_link(&new, &token.hash(), app.clock_now(), None).await.unwrap();
    (id, token.expose().to_owned())
}

#[tokio::test]
async fn a_link_for_one_order_opens_that_order_and_nothing_else() {
    let logs = logs();
    let Fixture { mut app, stalbud, order_a, order_b, other_party_order } = fixture().await;
    let (link, secret) = issue(
        &app,
        stalbud,
        Some(LinkObject::Order(order_a)),
        &Portal::Supplier.actions().into_iter().collect::<Vec<_>>(),
        30,
    )
    .await;

    let res = app.get(&format!("/l/{secret}")).await;
    assert_eq!(res.status, StatusCode::FOUND);
    assert_eq!(res.location(), format!("/portal/orders/{order_a}"), "redirected to an address without the secret");
    assert!(!res.location().contains(&secret));
    assert_eq!(res.header("referrer-policy"), "no-referrer");
    let page = app.get(res.location()).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("ZAM/12/2020") && page.body.contains("ADJUSTABLE BUCKLE 200 MK"));
    assert_eq!(page.header("referrer-policy"), "no-referrer");
    assert!(!page.body.contains(&secret));

    // Another order of the same supplier, another supplier's order, the back office.
    assert_eq!(app.get(&format!("/portal/orders/{order_b}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&format!("/portal/orders/{other_party_order}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/portal/orders/999999").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/admin/orders").await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&format!("/admin/orders/{order_a}")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get("/admin/links").await.status, StatusCode::FORBIDDEN);

    // Every denial is in the audit log, with the link as the actor.
    let events = app.db.audit_events(1).await.unwrap().items;
    let denied: Vec<_> = events
        .iter()
        .filter(|e| e.outcome == "denied" && e.actor.as_deref() == Some(&format!("link:{link}")))
        .collect();
    assert!(denied.len() >= 5, "{denied:?}");
    assert!(events.iter().any(|e| e.action == "link.open" && e.outcome == "ok"));

    // The secret is nowhere: not in the database's link row, the audit log, or the logs.
    let stored = app.db.link(link).await.unwrap();
    assert!(!format!("{stored:?}").contains(&secret));
    assert!(events.iter().all(|e| !format!("{e:?}").contains(&secret)));
    assert!(
        app.db.link_by_token(&tessera_domain::secret::SecretHash::from_stored(secret.clone())).await.unwrap().is_none()
    );
    let logged = String::from_utf8_lossy(&logs.lock().unwrap()).into_owned();
    assert!(logged.contains("access denied"), "the denials were logged");
    assert!(!logged.contains(&secret[4..]), "a secret reached the logs");
    assert_eq!(app.db.link(link).await.unwrap().use_count, 1);
}

#[tokio::test]
async fn a_supplier_link_shows_that_suppliers_orders_only() {
    let Fixture { mut app, stalbud, order_a, order_b, other_party_order } = fixture().await;
    let (_, secret) = issue(&app, stalbud, None, &[Action::PortalEnter, Action::PortalOrderView], 30).await;
    let res = app.get(&format!("/l/{secret}")).await;
    assert_eq!(res.location(), "/portal");
    let home = app.get("/portal").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("ZAM/12/2020") && home.body.contains("ZAM/9/2026"));
    assert!(!home.body.contains("ZAM/8/2026"), "another supplier's order is listed");
    assert_eq!(app.get(&format!("/portal/orders/{order_a}")).await.status, StatusCode::OK);
    assert_eq!(app.get(&format!("/portal/orders/{order_b}")).await.status, StatusCode::OK);
    assert_eq!(app.get(&format!("/portal/orders/{other_party_order}")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_action_outside_the_links_set_is_refused() {
    let Fixture { mut app, stalbud, order_a, .. } = fixture().await;
    let (_, secret) = issue(&app, stalbud, None, &[Action::PortalEnter, Action::PortalComplaintView], 30).await;
    app.get(&format!("/l/{secret}")).await;
    assert_eq!(app.get("/portal").await.status, StatusCode::OK);
    let res = app.get(&format!("/portal/orders/{order_a}")).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let events = app.db.audit_events(1).await.unwrap().items;
    assert!(events.iter().any(|e| e.action == "portal.order.view" && e.outcome == "denied"));
}

#[tokio::test]
async fn expired_revoked_and_mistyped_links_are_refused_and_say_what_to_do() {
    let Fixture { mut app, stalbud, order_a, .. } = fixture().await;
    let actions = [Action::PortalEnter, Action::PortalOrderView];
    let (_, short) = issue(&app, stalbud, Some(LinkObject::Order(order_a)), &actions, 1).await;
    let (revoked_id, revoked) = issue(&app, stalbud, None, &actions, 30).await;
    app.db.revoke_link(revoked_id, app.clock_now()).await.unwrap();

    // Mistyped: one character changed fails the checksum before any lookup.
    let mut typo = short.clone().into_bytes();
    typo[12] = if typo[12] == b'a' { b'b' } else { b'a' };
    let res = app.get(&format!("/l/{}", String::from_utf8(typo).unwrap())).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(res.body.contains("incomplete or mistyped"));
    assert!(!app.cookies.contains_key("tessera_portal"));

    let res = app.get(&format!("/l/{revoked}")).await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(res.body.contains("Ask the person who sent it for a new one"));

    // Open the short one, then let it expire: the session ends with the link.
    let res = app.get(&format!("/l/{short}")).await;
    assert_eq!(res.status, StatusCode::FOUND);
    app.clock.advance(chrono::Duration::days(1) + chrono::Duration::minutes(1));
    let res = app.get(&format!("/portal/orders/{order_a}")).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert!(res.body.contains("data-code=\"link_needed\""));
    let res = app.get(&format!("/l/{short}")).await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(res.body.contains("Send me a fresh link"));

    assert!(res.body.contains("never sent to an address typed in"));
}

#[tokio::test]
async fn revoking_or_deactivating_the_party_ends_live_sessions() {
    let Fixture { mut app, stalbud, order_a, .. } = fixture().await;
    let actions = [Action::PortalEnter, Action::PortalOrderView];
    let (id, secret) = issue(&app, stalbud, None, &actions, 30).await;
    app.get(&format!("/l/{secret}")).await;
    assert_eq!(app.get(&format!("/portal/orders/{order_a}")).await.status, StatusCode::OK);
    app.db.revoke_link(id, app.clock_now()).await.unwrap();
    assert_eq!(app.get(&format!("/portal/orders/{order_a}")).await.status, StatusCode::UNAUTHORIZED);

    let (_, secret) = issue(&app, stalbud, None, &actions, 30).await;
    app.get(&format!("/l/{secret}")).await;
    assert_eq!(app.get("/portal").await.status, StatusCode::OK);
    app.db.set_party_active(stalbud, false).await.unwrap();
    assert_eq!(app.get("/portal").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.get(&format!("/l/{secret}")).await.status, StatusCode::GONE);
}

#[tokio::test]
async fn wrong_secrets_from_one_address_are_limited() {
    let Fixture { mut app, .. } = fixture().await;
    for i in 0..20 {
        let res = app.get(&format!("/l/tsl_{i:0>38}")).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
    }
    let res = app.get("/l/tsl_whatever").await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(!res.header("retry-after").is_empty());
    // Even a good link waits: the address is blocked, not the link.
    app.ip = "198.51.100.9:5555".parse().unwrap();
    assert_eq!(app.get("/l/tsl_whatever").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn opening_a_link_twice_changes_no_business_data() {
    let Fixture { mut app, stalbud, order_a, .. } = fixture().await;
    let before = app.db.order(order_a).await.unwrap();
    let (_, secret) =
        issue(&app, stalbud, Some(LinkObject::Order(order_a)), &[Action::PortalEnter, Action::PortalOrderView], 30)
            .await;
    app.get(&format!("/l/{secret}")).await;
    app.cookies.clear();
    app.get(&format!("/l/{secret}")).await;
    let after = app.db.order(order_a).await.unwrap();
    assert_eq!(before.version, after.version);
    assert_eq!(before.summary.status, after.summary.status);
    assert_eq!(app.db.orders(&OrderQuery::default()).await.unwrap().total, 6);
}

#[tokio::test]
async fn an_expired_link_can_ask_for_a_fresh_one_which_is_never_sent_elsewhere() {
    let Fixture { mut app, stalbud, order_a, .. } = fixture().await;
    let (old, secret) =
        issue(&app, stalbud, Some(LinkObject::Order(order_a)), &[Action::PortalEnter, Action::PortalOrderView], 1)
            .await;
    app.clock.advance(chrono::Duration::days(2));
    app.get(&format!("/l/{secret}")).await;
    let res = app.post("/l/refresh", &[("token", &secret)]).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("If this link is known to us"));
    let links = app.db.links(Default::default(), Some(stalbud), app.clock_now(), 1).await.unwrap().items;
    let fresh = links.iter().find(|l| l.id != old).expect("a fresh link");
    assert_eq!(fresh.object, Some(LinkObject::Order(order_a)));
    assert!(fresh.expires_at > app.clock_now());
    // The fresh link went to the address on record, in the party's language, and it works.
    let mails = app.db.mails(1).await.unwrap().items;
    assert_eq!(mails.len(), 1);
    let mail = app.db.mail(mails[0].id).await.unwrap();
    assert_eq!(mail.to, "dostawy@stalbud.example");
    assert!(mail.subject.contains("ZAM/12/2020"), "{}", mail.subject);
    assert!(mail.text.contains("Otwórz"), "Polish, the party's language: {}", mail.text);
    assert!(!mail.text.contains(&secret), "not the old link");
    let at = mail.text.find("/l/tsl_").unwrap();
    let fresh_secret = mail.text[at + 3..at + 3 + tessera_domain::link::TOKEN_LEN].to_owned();
    app.cookies.clear();
    assert_eq!(app.get(&format!("/l/{fresh_secret}")).await.status, StatusCode::FOUND);
    // An unknown token gets the same answer and creates nothing.
    let res = app.post("/l/refresh", &[("token", "tsl_nothing")]).await;
    assert!(res.body.contains("If this link is known to us"));
    assert_eq!(app.db.links(Default::default(), Some(stalbud), app.clock_now(), 1).await.unwrap().total, 2);
}

#[tokio::test]
async fn staff_issue_list_and_revoke_links_in_the_back_office() {
    let mut app = TestApp::signed_in(&[tessera_domain::role::StaffRole::Purchasing]).await;
    let stalbud = app.db.party_by_code("11587").await.unwrap().unwrap().to_string();
    let res = app
        .post(
            "/admin/links",
            &[
                ("party", &stalbud),
                ("portal", "supplier"),
                ("object", "order:ZAM/12/2020"),
                ("action", "order.view"),
                ("action", "order.confirm"),
                ("days", "14"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let at = res.body.find("/l/tsl_").unwrap();
    let url_secret = &res.body[at + 3..at + 3 + tessera_domain::link::TOKEN_LEN];
    assert!(LinkToken::parse(url_secret).is_ok());
    let list = app.get("/admin/links").await;
    assert!(list.body.contains("ZAM/12/2020") && list.body.contains("Active"));
    assert!(!list.body.contains(url_secret), "the list never shows the secret");

    // Bad input changes nothing.
    let before = app.db.links(Default::default(), None, app.clock_now(), 1).await.unwrap().total;
    for fields in [
        vec![
            ("party", stalbud.as_str()),
            ("portal", "supplier"),
            ("object", "order:NOPE"),
            ("action", "order.view"),
            ("days", "14"),
        ],
        vec![
            ("party", stalbud.as_str()),
            ("portal", "supplier"),
            ("object", "order:ZAM/8/2026"),
            ("action", "order.view"),
            ("days", "14"),
        ],
        vec![("party", stalbud.as_str()), ("portal", "customer"), ("action", "delivery.declare"), ("days", "14")],
        vec![("party", stalbud.as_str()), ("portal", "supplier"), ("days", "14")],
        vec![("party", stalbud.as_str()), ("portal", "supplier"), ("action", "order.view"), ("days", "0")],
    ] {
        let res = app.post("/admin/links", &fields).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
    }
    assert_eq!(app.db.links(Default::default(), None, app.clock_now(), 1).await.unwrap().total, before);

    // Emailed: to the address on record, never to one typed in; a party without one is refused.
    let res = app
        .post(
            "/admin/links",
            &[
                ("party", &stalbud),
                ("portal", "supplier"),
                ("action", "order.view"),
                ("days", "14"),
                ("send_email", "on"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("The link was emailed to dostawy@stalbud.example"));
    let mails = app.db.mails(1).await.unwrap().items;
    assert_eq!(mails.len(), 1);
    let nobody = app.db.party_by_code("20455").await.unwrap().unwrap();
    app.db.execute_unprepared(&format!("DELETE FROM party_emails WHERE party_id = {nobody}")).await.unwrap();
    let res = app
        .post(
            "/admin/links",
            &[
                ("party", &nobody.to_string()),
                ("portal", "supplier"),
                ("action", "order.view"),
                ("days", "14"),
                ("send_email", "on"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("no email address on record"));
    assert_eq!(app.db.mails(1).await.unwrap().items.len(), 1);

    let id = app.db.links(Default::default(), None, app.clock_now(), 1).await.unwrap().items[0].id;
    let res = app.post(&format!("/admin/links/{id}/revoke"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(app.db.link(id).await.unwrap().revoked_at.is_some());
    let events = app.db.audit_events(1).await.unwrap().items;
    assert!(events.iter().any(|e| e.action == "link.issue") && events.iter().any(|e| e.action == "link.revoke"));
}

#[tokio::test]
async fn a_link_can_require_a_one_time_code_sent_to_the_address_on_record() {
    let Fixture { mut app, stalbud, order_a, .. } = fixture().await;
    let token = LinkToken::generate().unwrap();
    let new = NewLink {
        portal: Portal::Supplier,
        party: stalbud,
        object: Some(LinkObject::Order(order_a)),
        actions: Portal::Supplier.actions(),
        require_code: true,
        note: None,
        expires_at: app.clock_now() + chrono::Duration::days(30),
        created_by: None,
        replaces: None,
    };
    app.db.issue_link(&new, &token.hash(), app.clock_now(), None).await.unwrap();
    let res = app.get(&format!("/l/{}", token.expose())).await;
    assert_eq!(res.status, StatusCode::FOUND);
    assert!(res.location().starts_with("/portal/code"));
    // Nothing is open before the code.
    assert_eq!(app.get(&format!("/portal/orders/{order_a}")).await.status, StatusCode::SEE_OTHER);
    let mails = app.db.mails(1).await.unwrap().items;
    let mail = app.db.mail(mails[0].id).await.unwrap();
    assert_eq!(mail.to, "dostawy@stalbud.example");
    let code: String = mail.subject.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(code.len(), 6);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let res = app.post("/portal/code", &[("code", wrong), ("next", &format!("/portal/orders/{order_a}"))]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The code is wrong. 4 more attempts."), "{}", res.body);
    let res = app.post("/portal/code", &[("code", &code), ("next", &format!("/portal/orders/{order_a}"))]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get(res.location()).await.status, StatusCode::OK);

    // Five wrong codes end the session: the link must be opened again.
    app.cookies.clear();
    app.get(&format!("/l/{}", token.expose())).await;
    for _ in 0..4 {
        assert_eq!(app.post("/portal/code", &[("code", "999999x")]).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let res = app.post("/portal/code", &[("code", "999999x")]).await;
    assert_eq!(res.status, StatusCode::GONE);
    assert!(res.body.contains("Open the link from your email again"));
}

#[tokio::test]
async fn housekeeping_removes_portal_sessions_that_outlived_their_link() {
    let Fixture { mut app, stalbud, .. } = fixture().await;
    let (_, secret) = issue(&app, stalbud, None, &[Action::PortalEnter], 1).await;
    app.get(&format!("/l/{secret}")).await;
    assert_eq!(app.db.prune_link_sessions(app.clock_now()).await.unwrap(), 0, "a live session stays");
    app.clock.advance(chrono::Duration::days(2));
    assert_eq!(app.db.prune_link_sessions(app.clock_now()).await.unwrap(), 1);
    assert_eq!(app.db.prune_link_sessions(app.clock_now()).await.unwrap(), 0);
}
