//! The real binary: started as a newcomer would start it, on the database under test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_tessera");

fn csrf_of(page: &str) -> String {
    let at = page.find("name=\"csrf\" value=\"").expect("a form with a CSRF token") + 19;
    page[at..at + 64].to_owned()
}

#[tokio::test]
async fn serve_demo_then_sign_in_and_open_an_order() {
    let (_db, guard) = tessera_db::testing::fresh_db().await;
    // The demo's files (its installation instructions) go to a data folder of the test's own.
    let data = std::env::temp_dir().join(format!("tessera-binary-data-{}", std::process::id()));
    let mut child = Command::new(BIN)
        .args(["serve", "--demo", "--addr", "127.0.0.1:0", "--database-url", guard.url()])
        .arg("--data")
        .arg(&data)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let (mut base, mut email, mut password, mut order_url) = (None, None, None, None);
    while let Ok(Ok(Some(line))) = tokio::time::timeout(Duration::from_secs(60), lines.next_line()).await {
        if let Some(u) = line.strip_prefix("Back office sign-in: ") {
            base = Some(u.trim_end_matches("/login").to_owned());
        } else if let Some(e) = line.strip_prefix("Email: ") {
            email = Some(e.to_owned());
        } else if let Some(p) = line.strip_prefix("Password: ") {
            password = Some(p.to_owned());
        } else if let Some(u) = line.strip_prefix("Sample order ZAM/12/2020: ") {
            order_url = Some(u.to_owned());
            break;
        }
    }
    let (base, email, password, order_url) =
        (base.expect("sign-in URL"), email.expect("email"), password.expect("password"), order_url.expect("order URL"));
    assert!(order_url.starts_with("http://127.0.0.1:"), "each URL on its own line: {order_url}");
    // COMPANY X's Customer Admin (issue #6): its activation link is printed too.
    let mut activation = None;
    while let Ok(Ok(Some(line))) = tokio::time::timeout(Duration::from_secs(30), lines.next_line()).await {
        if line.starts_with("Customer Admin of COMPANY X (admin@companyx.example), activation link: ") {
            activation = line.rsplit(' ').next().map(str::to_owned);
            break;
        }
    }
    let activation = activation.expect("the demo's Customer Admin activation link");
    assert!(activation.starts_with(&format!("{base}/c/")), "{activation}");

    let client = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let mut ready = false;
    for _ in 0..100 {
        if client.get(format!("{base}/readyz")).send().await.is_ok_and(|r| r.status() == 200) {
            ready = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(ready, "/readyz never answered 200");

    let login = client.get(format!("{base}/login")).send().await.unwrap().text().await.unwrap();
    let res = client
        .post(format!("{base}/login"))
        .form(&[("csrf", csrf_of(&login).as_str()), ("email", &email), ("password", &password), ("next", "/admin")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.url().path().ends_with("/admin"), "{}", res.url());
    let page = client.get(&order_url).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let body = page.text().await.unwrap();
    assert!(body.contains("ZAM/12/2020") && body.contains("ADJUSTABLE BUCKLE 200 MK"));

    // SIGTERM: a graceful stop with exit code 0.
    let pid = child.id().unwrap().to_string();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().await.unwrap();
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(30), child.wait()).await.unwrap().unwrap();
    assert!(status.success(), "{status:?}");
    let _ = std::fs::remove_dir_all(&data);
}

#[tokio::test]
async fn bad_database_urls_are_refused_with_a_clear_message() {
    let out = Command::new(BIN).args(["migrate", "--database-url", "mysql://root@localhost/x"]).output().await.unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown database URL scheme \"mysql\""), "{err}");

    let dir = std::env::temp_dir().join(format!("tessera-typo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let typo = format!("sqlite://{}/tesera.db", dir.display());
    let out = Command::new(BIN).args(["migrate", "--database-url", &typo]).output().await.unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not created silently"));
    assert!(!dir.join("tesera.db").exists(), "no empty database was created");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn user_create_takes_a_piped_password_and_refuses_duplicates() {
    let (_db, guard) = tessera_db::testing::fresh_db().await;
    let run = |input: &'static str| {
        let url = guard.url().to_owned();
        async move {
            let mut child = Command::new(BIN)
                .args([
                    "user",
                    "create",
                    "--email",
                    "Eva@Tessera.test",
                    "--role",
                    "purchasing,warehouse",
                    "--database-url",
                    &url,
                ])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            use tokio::io::AsyncWriteExt;
            let mut stdin = child.stdin.take().unwrap();
            stdin.write_all(input.as_bytes()).await.unwrap();
            drop(stdin);
            child.wait_with_output().await.unwrap()
        }
    };
    let out = run("short\n").await;
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 12 characters"));
    let out = run("a very good password\n").await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("eva@tessera.test") && stdout.contains("purchasing, warehouse"), "{stdout}");
    assert!(!stdout.contains("a very good password"));
    let out = run("a very good password\n").await;
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
}

#[tokio::test]
async fn link_issue_prints_the_url_last_then_list_and_revoke() {
    let (db, guard) = tessera_db::testing::fresh_db().await;
    db.load_demo("x", tessera_domain::clock::Clock::now(&tessera_domain::clock::SystemClock)).await.unwrap();
    let url = guard.url().to_owned();
    let out = Command::new(BIN)
        .args(["link", "issue", "--portal", "supplier", "--party", "11587", "--object", "order:ZAM/12/2020"])
        .args([
            "--actions",
            "order.view,order.confirm",
            "--expires",
            "7d",
            "--email",
            "--public-url",
            "https://portal.example.com",
        ])
        .args(["--database-url", &url])
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap();
    assert!(last.starts_with("https://portal.example.com/l/tsl_"), "{stdout}");
    let secret = last.rsplit('/').next().unwrap();
    assert!(tessera_domain::link::LinkToken::parse(secret).is_ok());
    // Emailed through the outbox to the address on record.
    let mails = db.mails(1).await.unwrap().items;
    assert_eq!(mails.len(), 1);
    assert!(db.mail(mails[0].id).await.unwrap().text.contains(last));

    let list = Command::new(BIN).args(["link", "list", "--database-url", &url]).output().await.unwrap();
    let listed = String::from_utf8_lossy(&list.stdout).into_owned();
    assert!(listed.contains("active") && listed.contains("ZAM/12/2020"), "{listed}");
    assert!(!listed.contains(secret));
    let id = listed.split('\t').next().unwrap().trim().to_owned();
    let out = Command::new(BIN).args(["link", "revoke", &id, "--database-url", &url]).output().await.unwrap();
    assert!(out.status.success());
    let list = Command::new(BIN).args(["link", "list", "--database-url", &url]).output().await.unwrap();
    assert!(String::from_utf8_lossy(&list.stdout).contains("revoked"));

    // Bad input: a clear message, exit code 2, nothing issued.
    for args in [
        vec!["--portal", "warehouse", "--party", "11587"],
        vec!["--portal", "supplier", "--party", "NOPE"],
        vec!["--portal", "supplier", "--party", "11587", "--object", "order:ZAM/8/2026"],
        vec!["--portal", "customer", "--party", "KB0004", "--actions", "delivery.declare"],
        vec!["--portal", "supplier", "--party", "11587", "--expires", "forever"],
    ] {
        let out = Command::new(BIN)
            .args(["link", "issue"])
            .args(&args)
            .args(["--database-url", &url])
            .output()
            .await
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!String::from_utf8_lossy(&out.stderr).trim().is_empty());
    }
    assert_eq!(
        db.links(Default::default(), None, tessera_domain::clock::Clock::now(&tessera_domain::clock::SystemClock), 1)
            .await
            .unwrap()
            .total,
        1
    );
}

#[tokio::test]
async fn contact_add_prints_the_activation_url_last_then_list() {
    let (db, guard) = tessera_db::testing::fresh_db().await;
    db.load_demo("x", tessera_domain::clock::Clock::now(&tessera_domain::clock::SystemClock)).await.unwrap();
    let url = guard.url().to_owned();
    let contact = |args: Vec<&str>| {
        let mut cmd = Command::new(BIN);
        cmd.arg("contact").args(&args).args(["--database-url", &url]);
        async move { cmd.output().await.unwrap() }
    };
    let out = contact(vec![
        "add",
        "--customer",
        "KB0004",
        "--email",
        "first.admin@companyx.example",
        "--name",
        "First Admin",
        "--role",
        "customer_admin",
        "--role",
        "ordering",
        "--public-url",
        "https://portal.example.com",
    ])
    .await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap();
    assert!(last.starts_with("https://portal.example.com/c/"), "{stdout}");
    let mails = db.mails(1).await.unwrap().items;
    let welcome = mails.iter().find(|m| m.to == "first.admin@companyx.example").expect("welcome in the outbox");
    assert!(db.mail(welcome.id).await.unwrap().text.contains(last));

    let list = contact(vec!["list", "--customer", "KB0004"]).await;
    let listed = String::from_utf8_lossy(&list.stdout).into_owned();
    assert!(listed.contains("first.admin@companyx.example") && listed.contains("customer_admin,ordering"), "{listed}");
    assert!(listed.contains("invitation sent"));
    assert!(!listed.contains(last.rsplit('/').next().unwrap()));

    // Bad input: a clear message, exit code 2, nothing added.
    let customer = db.party_by_code("KB0004").await.unwrap().unwrap();
    let before = db.contacts_of(customer).await.unwrap().len();
    for (args, says) in [
        (vec!["--customer", "KB0004", "--role", "boss"], "is not a role"),
        (vec!["--customer", "KB0004", "--role", "invoices"], "is not for customer contacts"),
        (vec!["--customer", "NOPE", "--role", "ordering"], "no party with the code"),
        (vec!["--customer", "11587", "--role", "ordering"], "is not a customer"),
        (vec!["--customer", "KB0004", "--role", "ordering", "--side", "head"], "use customer or purchaser"),
    ] {
        let mut all = vec!["add", "--email", "x@companyx.example", "--name", "X"];
        all.extend(args.iter().copied());
        let out = contact(all).await;
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    let dup = contact(vec![
        "add",
        "--customer",
        "KB0004",
        "--email",
        "first.admin@companyx.example",
        "--name",
        "Again",
        "--role",
        "ordering",
    ])
    .await;
    assert_eq!(dup.status.code(), Some(2));
    assert_eq!(db.contacts_of(customer).await.unwrap().len(), before);
}

#[tokio::test]
async fn stock_load_loads_a_file_whole_or_names_every_bad_line() {
    let (db, guard) = tessera_db::testing::fresh_db().await;
    db.load_demo("x", tessera_domain::clock::Clock::now(&tessera_domain::clock::SystemClock)).await.unwrap();
    let url = guard.url().to_owned();
    let dir = std::env::temp_dir().join(format!("tessera-stock-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("stock.csv");
    std::fs::write(&good, "article;quantity;limited_at;expected_date\n2124907;3999;;\n12345;11,5;2;2027-04-01\n")
        .unwrap();
    let out =
        Command::new(BIN).args(["stock", "load"]).arg(&good).args(["--database-url", &url]).output().await.unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "2 stock levels loaded.");
    let tessera_db::stock::ArticleStock::Known(level) = db.stock_of("12345").await.unwrap() else { panic!() };
    assert_eq!(level.quantity.to_string(), "11.5");

    let bad = dir.join("bad.csv");
    std::fs::write(&bad, "article,quantity\n2124907,10\n12345,lots\nNOPE-9,1\n").unwrap();
    let out =
        Command::new(BIN).args(["stock", "load"]).arg(&bad).args(["--database-url", &url]).output().await.unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Nothing was loaded") && stderr.contains("Line 3: the quantity"), "{stderr}");
    let unknown = dir.join("unknown.csv");
    std::fs::write(&unknown, "article,quantity\n2124907,10\nNOPE-9,1\n").unwrap();
    let out =
        Command::new(BIN).args(["stock", "load"]).arg(&unknown).args(["--database-url", &url]).output().await.unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Line 3: there is no article NOPE-9"));
    let tessera_db::stock::ArticleStock::Known(level) = db.stock_of("2124907").await.unwrap() else { panic!() };
    assert_eq!(level.quantity.to_string(), "3999", "nothing of the bad files loaded");
    let missing = Command::new(BIN)
        .args(["stock", "load", "/nonexistent/stock.csv", "--database-url", &url])
        .output()
        .await
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}
