//! What the browser tests stand on: the real `tessera serve --demo` on a fresh database,
//! chromedriver with headless Chromium, and helpers that act as a person does (fill the field
//! whose label says X, press the button that says Y, wait until the page says Z).
//!
//! Everything started here is stopped when its guard drops, also when a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_tessera");
/// How long a page may take to show what a step waits for.
pub const WAIT: Duration = Duration::from_secs(15);

/// A free TCP port on loopback (the OS picks it; a race with another process is unlikely).
pub fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// A child process in its own process group; dropping kills the whole group (chromedriver's
/// Chromium processes included).
struct Group(Child);

impl Drop for Group {
    fn drop(&mut self) {
        let pgid = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-KILL", "--", &pgid]).stderr(Stdio::null()).status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn_group(cmd: &mut Command) -> Group {
    use std::os::unix::process::CommandExt;
    Group(cmd.process_group(0).spawn().unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}")))
}

/// `tessera serve --demo` on a fresh database (SQLite in a temp folder, or a new PostgreSQL
/// database when `TESSERA_TEST_DATABASE_URL` is set), on a free loopback port.
pub struct Server {
    /// `http://127.0.0.1:PORT`
    pub base: String,
    pub admin_email: String,
    pub admin_password: String,
    /// The same database, for checks a person cannot see (nothing half-saved).
    pub db: tessera_db::Db,
    proc: Option<Group>,
    data: PathBuf,
    _guard: tessera_db::testing::TestDbGuard,
}

impl Drop for Server {
    fn drop(&mut self) {
        // The server first, then its files; its database goes with the guard after.
        drop(self.proc.take());
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

impl Server {
    pub async fn start() -> Self {
        let (db, guard) = tessera_db::testing::fresh_db().await;
        let port = free_port();
        let data = std::env::temp_dir().join(format!("tessera-browser-data-{}-{port}", std::process::id()));
        let mut cmd = Command::new(BIN);
        cmd.args(["serve", "--demo", "--addr", &format!("127.0.0.1:{port}"), "--database-url", guard.url()])
            .arg("--data")
            .arg(&data)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        let mut proc = spawn_group(&mut cmd);
        // Read what it prints on a thread of its own, to the end, so it never blocks on a full pipe.
        let out = proc.0.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let (mut base, mut email, mut password) = (None, None, None);
        let deadline = Instant::now() + Duration::from_secs(60);
        while base.is_none() || email.is_none() || password.is_none() {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = rx.recv_timeout(left).expect("the server printed its sign-in address, email and password");
            if let Some(v) = line.strip_prefix("Back office sign-in: ") {
                base = Some(v.trim_end_matches("/login").to_owned());
            } else if let Some(v) = line.strip_prefix("Email: ") {
                email = Some(v.to_owned());
            } else if let Some(v) = line.strip_prefix("Password: ") {
                password = Some(v.to_owned());
            }
        }
        let base = base.unwrap();
        // Ready once it answers.
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        while !client.get(format!("{base}/readyz")).send().await.is_ok_and(|r| r.status().is_success()) {
            assert!(Instant::now() < deadline, "the server did not become ready");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Self {
            base,
            admin_email: email.unwrap(),
            admin_password: password.unwrap(),
            db,
            proc: Some(proc),
            data,
            _guard: guard,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Runs `tessera ARGS --database-url <this server's database>` as staff would on the server's
    /// machine, and returns what it printed; a failure fails the test.
    pub fn cli(&self, args: &[&str]) -> String {
        let out = Command::new(BIN)
            .args(args)
            .args(["--database-url", self._guard.url()])
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run tessera {args:?}: {e}"));
        assert!(out.status.success(), "tessera {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

/// One chromedriver; each [`Browser`] is a session of it with its own Chromium and profile.
pub struct Driver {
    url: String,
    proc: Option<Group>,
    /// The browsers' profile folders, removed once every Chromium is gone.
    profiles: std::sync::Mutex<Vec<PathBuf>>,
}

impl Drop for Driver {
    fn drop(&mut self) {
        drop(self.proc.take());
        for p in self.profiles.lock().map(|p| p.clone()).unwrap_or_default() {
            let _ = std::fs::remove_dir_all(p);
        }
    }
}

impl Driver {
    pub async fn start() -> Self {
        let port = free_port();
        let bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let proc =
            spawn_group(Command::new(bin).arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null()));
        let url = format!("http://127.0.0.1:{port}");
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        while !client.get(format!("{url}/status")).send().await.is_ok_and(|r| r.status().is_success()) {
            assert!(Instant::now() < deadline, "chromedriver did not start (is Debian's chromium-driver installed?)");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Self { url, proc: Some(proc), profiles: Default::default() }
    }

    /// A new browser: headless Chromium, a fresh profile (its own cookie jar), English pages.
    pub async fn browser(&self, who: &str) -> Browser {
        let profile =
            std::env::temp_dir().join(format!("tessera-browser-{who}-{}-{}", std::process::id(), free_port()));
        std::fs::create_dir_all(&profile).unwrap();
        self.profiles.lock().unwrap().push(profile.clone());
        let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--disable-crash-reporter",
            "--lang=en-US",
            "--window-size=1280,900",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([format!("--user-data-dir={}", profile.display())])
        .collect::<Vec<_>>();
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": binary,
                "args": args,
                "prefs": { "intl.accept_languages": "en-US,en" },
            }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&self.url)
            .await
            .unwrap_or_else(|e| panic!("cannot start Chromium through chromedriver: {e}"));
        Browser { c: client, who: who.to_owned() }
    }
}

/// One person's browser.
pub struct Browser {
    pub c: Client,
    who: String,
}

impl Browser {
    /// Ends the session (Chromium quits). On failure nothing is closed politely: dropping the
    /// [`Driver`] kills chromedriver's process group, its Chromiums with it.
    pub async fn close(self) {
        let _ = self.c.clone().close().await;
    }

    pub async fn goto(&self, url: &str) {
        self.c.goto(url).await.unwrap_or_else(|e| panic!("{}: cannot open {url}: {e}", self.who));
    }

    pub async fn current_url(&self) -> String {
        self.c.current_url().await.unwrap().to_string()
    }

    /// The page's visible text.
    pub async fn text(&self) -> String {
        self.c.find(Locator::Css("body")).await.unwrap().text().await.unwrap()
    }

    /// Waits until the page's visible text contains `needle`.
    pub async fn wait_for_text(&self, needle: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            let text = match self.c.find(Locator::Css("body")).await {
                Ok(b) => b.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(needle) {
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "{}: the page at {} never said {needle:?}; it says:\n{text}",
                    self.who,
                    self.current_url().await
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The status badge in the page's heading (`<h1>… <span class="badge">…</span></h1>`).
    pub async fn badge(&self) -> String {
        let b = self.c.find(Locator::Css("h1 .badge")).await;
        let b = b.unwrap_or_else(|_| panic!("{}: no status badge in the heading", self.who));
        b.text().await.unwrap().trim().to_owned()
    }

    /// The text of the first table row (`tbody tr`) on the page whose text contains `needle`.
    pub async fn table_row(&self, needle: &str) -> String {
        for row in self.c.find_all(Locator::Css("tbody tr")).await.unwrap_or_default() {
            let text = row.text().await.unwrap_or_default();
            if text.contains(needle) {
                return text;
            }
        }
        panic!("{}: no table row with {needle:?} at {}:\n{}", self.who, self.current_url().await, self.text().await);
    }

    /// The visible text of the first element matching the CSS selector `css`, once it is there.
    pub async fn text_of(&self, css: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(e) = self.c.find(Locator::Css(css)).await {
                return e.text().await.unwrap_or_default().trim().to_owned();
            }
            if Instant::now() > deadline {
                panic!("{}: nothing matches {css:?} at {}", self.who, self.current_url().await);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The value shown for `term` in the page's facts (`<dt>term</dt><dd>value</dd>`).
    pub async fn fact(&self, term: &str) -> String {
        for row in self.c.find_all(Locator::Css("dl > div")).await.unwrap_or_default() {
            let (Ok(dt), Ok(dd)) = (row.find(Locator::Css("dt")).await, row.find(Locator::Css("dd")).await) else {
                continue;
            };
            if dt.text().await.unwrap_or_default().trim() == term {
                return dd.text().await.unwrap_or_default().trim().to_owned();
            }
        }
        panic!("{}: no fact {term:?} at {}", self.who, self.current_url().await);
    }

    /// The form control labelled `label` (the `<label for>` whose text is exactly `label`).
    pub async fn field(&self, label: &str) -> Element {
        let deadline = Instant::now() + WAIT;
        loop {
            for l in self.c.find_all(Locator::Css("label[for]")).await.unwrap_or_default() {
                // A visually hidden label (`.visually-hidden`) may have no rendered text.
                let shown = l.text().await.unwrap_or_default();
                let text = if shown.trim().is_empty() {
                    l.prop("textContent").await.ok().flatten().unwrap_or_default()
                } else {
                    shown
                };
                if text.trim() == label {
                    let id = l.attr("for").await.unwrap().unwrap_or_default();
                    return self.c.find(Locator::Id(&id)).await.unwrap();
                }
            }
            if Instant::now() > deadline {
                panic!("{}: no field labelled {label:?} at {}", self.who, self.current_url().await);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The form control labelled `label` inside the first element matching `scope` (a CSS
    /// selector: `fieldset.card`, `#c2`): for forms that repeat the same labels per row.
    pub async fn field_in(&self, scope: &str, label: &str) -> Element {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(container) = self.c.find(Locator::Css(scope)).await {
                for l in container.find_all(Locator::Css("label[for]")).await.unwrap_or_default() {
                    let text = l.prop("textContent").await.ok().flatten().unwrap_or_default();
                    if text.trim() == label {
                        let id = l.attr("for").await.unwrap().unwrap_or_default();
                        return self.c.find(Locator::Id(&id)).await.unwrap();
                    }
                }
            }
            if Instant::now() > deadline {
                panic!("{}: no field labelled {label:?} in {scope} at {}", self.who, self.current_url().await);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// [`Browser::fill`] inside `scope`.
    pub async fn fill_in(&self, scope: &str, label: &str, value: &str) {
        let f = self.field_in(scope, label).await;
        f.clear().await.unwrap();
        f.send_keys(value).await.unwrap();
    }

    /// [`Browser::tick`] inside `scope`.
    pub async fn tick_in(&self, scope: &str, label: &str, on: bool) {
        let f = self.field_in(scope, label).await;
        if f.is_selected().await.unwrap() != on {
            f.click().await.unwrap();
        }
    }

    /// Opens the `<details>` whose summary contains `text`, as a click on it would.
    pub async fn expand(&self, text: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            for d in self.c.find_all(Locator::Css("details")).await.unwrap_or_default() {
                let Ok(summary) = d.find(Locator::Css("summary")).await else { continue };
                if summary.text().await.unwrap_or_default().contains(text) {
                    if d.attr("open").await.ok().flatten().is_none() {
                        summary.click().await.unwrap();
                    }
                    return;
                }
            }
            if Instant::now() > deadline {
                panic!("{}: nothing to expand with {text:?} at {}", self.who, self.current_url().await);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Ticks (or unticks) the checkbox with this id: for a checkbox whose label carries more
    /// than its name (a hint in the label).
    pub async fn tick_id(&self, id: &str, on: bool) {
        let f = self.c.find(Locator::Id(id)).await.unwrap_or_else(|_| panic!("{}: no #{id}", self.who));
        if f.is_selected().await.unwrap() != on {
            f.click().await.unwrap();
        }
    }

    /// Types `value` into the field labelled `label` (after clearing it).
    pub async fn fill(&self, label: &str, value: &str) {
        let f = self.field(label).await;
        f.clear().await.unwrap();
        f.send_keys(value).await.unwrap();
    }

    /// Sets a date field. Typing into `<input type=date>` depends on the browser's locale
    /// (month/day order), so the value is set as the date picker would set it.
    pub async fn fill_date(&self, label: &str, date: chrono::NaiveDate) {
        let f = self.field(label).await;
        let v = serde_json::to_value(&f).unwrap();
        self.c
            .execute(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                vec![v, serde_json::Value::String(date.format("%Y-%m-%d").to_string())],
            )
            .await
            .unwrap();
    }

    /// Sets the field labelled `label` to `value` as its picker would (a `datetime-local`
    /// field: `2026-12-03T08:00`), whatever the browser's locale.
    pub async fn fill_value(&self, label: &str, value: &str) {
        let f = self.field(label).await;
        let v = serde_json::to_value(&f).unwrap();
        self.c
            .execute(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                vec![v, serde_json::Value::String(value.to_owned())],
            )
            .await
            .unwrap();
    }

    /// The value of the first input matching the CSS selector `css` (a read-only field that
    /// shows a new link once).
    pub async fn value_of(&self, css: &str) -> String {
        let e = self.c.find(Locator::Css(css)).await.unwrap_or_else(|_| panic!("{}: no {css}", self.who));
        e.prop("value").await.unwrap().unwrap_or_default()
    }

    /// Posts a form to `path` from the current page as a forged request would (the page's CSRF
    /// token, the browser's cookies, none of the page's buttons): for checking that the server
    /// refuses what the page does not offer. The response's status.
    pub async fn force_post(&self, path: &str, fields: &[(&str, &str)]) -> u16 {
        let fields: serde_json::Map<String, serde_json::Value> =
            fields.iter().map(|(k, v)| ((*k).to_owned(), serde_json::Value::String((*v).to_owned()))).collect();
        let script = "const [path, fields, done] = arguments;
            const body = new URLSearchParams(fields);
            body.set('csrf', document.querySelector('input[name=csrf]').value);
            fetch(path, {method: 'POST', body, redirect: 'manual'}).then(r => done(r.status), e => done(0));";
        let status = self
            .c
            .execute_async(script, vec![serde_json::Value::String(path.to_owned()), serde_json::Value::Object(fields)])
            .await
            .unwrap();
        status.as_u64().unwrap_or_default() as u16
    }

    /// Downloads `path` as the page's link would (the browser's cookies): the status, the
    /// content type and the first bytes, for checking a PDF without a download folder.
    pub async fn fetch(&self, path: &str) -> (u16, String, Vec<u8>) {
        let script = "const [path, done] = arguments;
            fetch(path).then(async r => {
                const bytes = new Uint8Array(await r.arrayBuffer()).slice(0, 16);
                done([r.status, r.headers.get('content-type') || '', Array.from(bytes)]);
            }, e => done([0, '', []]));";
        let v = self.c.execute_async(script, vec![serde_json::Value::String(path.to_owned())]).await.unwrap();
        let status = v[0].as_u64().unwrap_or_default() as u16;
        let kind = v[1].as_str().unwrap_or_default().to_owned();
        let head =
            v[2].as_array().map(|a| a.iter().filter_map(|b| b.as_u64()).map(|b| b as u8).collect()).unwrap_or_default();
        (status, kind, head)
    }

    /// Chooses, in the select labelled `label`, the option whose text is `option`.
    pub async fn choose(&self, label: &str, option: &str) {
        self.field(label).await.select_by_label(option).await.unwrap();
    }

    /// Ticks (or unticks) the checkbox labelled `label`, as a click would.
    pub async fn tick(&self, label: &str, on: bool) {
        let f = self.field(label).await;
        if f.is_selected().await.unwrap() != on {
            f.click().await.unwrap();
        }
    }

    /// Attaches the file at `path` to the file input labelled `label` (as choosing it in the
    /// file dialog does; chromedriver needs an absolute path).
    pub async fn attach(&self, label: &str, path: &std::path::Path) {
        let abs = std::fs::canonicalize(path).unwrap();
        self.field(label).await.send_keys(&abs.display().to_string()).await.unwrap();
    }

    /// The visible button (or submit input) whose text is exactly `text`.
    pub async fn button(&self, text: &str) -> Element {
        let deadline = Instant::now() + WAIT;
        loop {
            for b in self.c.find_all(Locator::Css("button, input[type=submit]")).await.unwrap_or_default() {
                let t = match b.text().await {
                    Ok(t) if !t.trim().is_empty() => t,
                    _ => b.attr("value").await.ok().flatten().unwrap_or_default(),
                };
                if t.trim() == text && b.is_displayed().await.unwrap_or(false) {
                    return b;
                }
            }
            if Instant::now() > deadline {
                panic!("{}: no button {text:?} at {}", self.who, self.current_url().await);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Presses the button that says `text` and waits for the page it leads to.
    pub async fn press(&self, text: &str) {
        let before = self.c.find(Locator::Css("html")).await.unwrap();
        self.button(text).await.click().await.unwrap();
        self.wait_until_replaced(before).await;
    }

    /// Follows the link whose text is exactly `text`.
    pub async fn follow(&self, text: &str) {
        let before = self.c.find(Locator::Css("html")).await.unwrap();
        self.c
            .find(Locator::LinkText(text))
            .await
            .unwrap_or_else(|_| panic!("{}: no link {text:?}", self.who))
            .click()
            .await
            .unwrap();
        self.wait_until_replaced(before).await;
    }

    /// Waits until the old page is gone (a form was submitted, a link followed).
    async fn wait_until_replaced(&self, old: Element) {
        let deadline = Instant::now() + WAIT;
        while old.tag_name().await.is_ok() {
            assert!(Instant::now() < deadline, "{}: the page did not change", self.who);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // And the new one is there.
        while self.c.find(Locator::Css("body")).await.is_err() {
            assert!(Instant::now() < deadline, "{}: no new page", self.who);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Signs in to the back office.
    pub async fn sign_in(&self, server: &Server, email: &str, password: &str) {
        use tessera_i18n::{Lang, t};
        self.goto(&server.url("/login")).await;
        self.fill(&t(Lang::En, "login-email"), email).await;
        self.fill(&t(Lang::En, "login-password"), password).await;
        self.press(&t(Lang::En, "login-submit")).await;
        self.wait_for_text(&t(Lang::En, "nav-sign-out")).await;
    }

    /// Opens, in the local mailbox (`/admin/mailbox`, admins only), the newest message to `to`
    /// whose subject contains `subject`, and returns its text.
    pub async fn open_mail(&self, server: &Server, to: &str, subject: &str) -> String {
        self.goto(&server.url("/admin/mailbox")).await;
        let deadline = Instant::now() + WAIT;
        loop {
            for row in self.c.find_all(Locator::Css("tbody tr")).await.unwrap_or_default() {
                let text = row.text().await.unwrap_or_default();
                if text.contains(to) && text.contains(subject) {
                    let link = row.find(Locator::Css("a[href^='/admin/mailbox/']")).await.unwrap();
                    let before = self.c.find(Locator::Css("html")).await.unwrap();
                    link.click().await.unwrap();
                    self.wait_until_replaced(before).await;
                    return self.text().await;
                }
            }
            if Instant::now() > deadline {
                panic!("{}: no message to {to} about {subject:?} in the mailbox:\n{}", self.who, self.text().await);
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
            self.c.refresh().await.unwrap();
        }
    }

    /// The addresses of the links on the page that contain `part`.
    pub async fn links_containing(&self, part: &str) -> Vec<String> {
        let mut out = Vec::new();
        for a in self.c.find_all(Locator::Css("a[href]")).await.unwrap_or_default() {
            if let Ok(Some(href)) = a.attr("href").await
                && href.contains(part)
            {
                out.push(href);
            }
        }
        out
    }

    /// With `TESSERA_BROWSER_SHOTS=DIR`, saves the whole page as `DIR/NAME-desktop.png` (1280
    /// wide) and `DIR/NAME-phone.png` (390 wide). Without it, does nothing.
    pub async fn shot(&self, name: &str) {
        let Ok(dir) = std::env::var("TESSERA_BROWSER_SHOTS") else { return };
        std::fs::create_dir_all(&dir).unwrap();
        for (kind, width) in [("desktop", 1280u32), ("phone", 390u32)] {
            self.c.set_window_size(width, 900).await.unwrap();
            // The window's height less its viewport's, plus the page's: the whole page in view.
            let height = self
                .c
                .execute(
                    "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight;",
                    vec![],
                )
                .await
                .ok()
                .and_then(|v| v.as_u64())
                .unwrap_or(900);
            let height = u32::try_from(height.clamp(600, 8000)).unwrap_or(900);
            self.c.set_window_size(width, height).await.unwrap();
            let png = self.c.screenshot().await.unwrap();
            std::fs::write(format!("{dir}/{name}-{kind}.png"), png).unwrap();
        }
        self.c.set_window_size(1280, 900).await.unwrap();
    }
}

/// Files a person would pick in a file dialog, in a folder of their own, removed on drop (also
/// when a test fails).
pub struct TempFiles(PathBuf);

impl TempFiles {
    pub fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("tessera-browser-files-{}-{}", std::process::id(), free_port()));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    /// Writes `bytes` as `name` and returns its path.
    pub fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempFiles {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
