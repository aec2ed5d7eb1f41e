//! `TestApp`: the whole router in-process, on a fresh database of its own (SQLite, or
//! PostgreSQL with `TESSERA_TEST_DATABASE_URL`), with a clock the test controls and a cookie
//! jar like a browser's.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use axum::Router;
use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use chrono::{TimeZone, Utc};
use http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use tessera_db::Db;
use tessera_db::testing::{TestDbGuard, fresh_db};
use tessera_domain::clock::FixedClock;
use tessera_domain::email::Email;
use tessera_domain::role::StaffRole;
use tessera_domain::secret::{Password, Secret};
use tessera_web::{AppState, WebConfig};
use tower::ServiceExt;

pub const PASSWORD: &str = "a long enough password";

pub struct TestApp {
    pub db: Db,
    pub clock: FixedClock,
    pub state: AppState,
    router: Router,
    pub cookies: BTreeMap<String, String>,
    pub ip: SocketAddr,
    pub accept_language: Option<String>,
    /// The data folder of this test (uploaded files): removed at the end.
    pub data_dir: DataDir,
    _guard: TestDbGuard,
}

/// A fresh folder under the system's temporary one, removed when dropped.
pub struct DataDir(pub std::path::PathBuf);

impl DataDir {
    fn new() -> Self {
        let name = format!("tessera-test-{}", Secret::generate().unwrap().expose());
        let dir = std::env::temp_dir().join(&name[..40]);
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
    /// How many files the store holds.
    pub fn file_count(&self) -> usize {
        fn walk(p: &std::path::Path) -> usize {
            std::fs::read_dir(p)
                .map(|rd| rd.flatten().map(|e| if e.path().is_dir() { walk(&e.path()) } else { 1 }).sum())
                .unwrap_or(0)
        }
        walk(&self.0.join("files"))
    }
}

impl Drop for DataDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: http::HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn location(&self) -> &str {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_config(WebConfig::default()).await
    }

    pub async fn with_config(config: WebConfig) -> Self {
        Self::build(config, None).await
    }

    /// With the demo company, its files in `files` (object storage, say) instead of the disk.
    #[allow(dead_code)]
    pub async fn with_files(files: Arc<dyn tessera_web::files::FileStore>) -> Self {
        let app = Self::build(WebConfig::default(), Some(files)).await;
        app.db.load_demo("not-a-usable-hash", app.clock_now()).await.unwrap();
        app
    }

    async fn build(mut config: WebConfig, files: Option<Arc<dyn tessera_web::files::FileStore>>) -> Self {
        let (db, guard) = fresh_db().await;
        let data_dir = DataDir::new();
        config.data_dir = data_dir.0.clone();
        let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap());
        let state = match files {
            Some(f) => AppState::with_files(db.clone(), Arc::new(clock.clone()), config, f),
            None => AppState::new(db.clone(), Arc::new(clock.clone()), config),
        };
        let router = tessera_web::router(state.clone());
        Self {
            db,
            clock,
            state,
            router,
            cookies: BTreeMap::new(),
            ip: "192.0.2.10:40000".parse().unwrap(),
            accept_language: None,
            data_dir,
            _guard: guard,
        }
    }

    /// With the demo company loaded.
    pub async fn with_demo() -> Self {
        let app = Self::new().await;
        app.db.load_demo("not-a-usable-hash", app.clock_now()).await.unwrap();
        app
    }

    pub fn clock_now(&self) -> chrono::DateTime<Utc> {
        use tessera_domain::clock::Clock;
        self.clock.now()
    }

    pub async fn add_user(&self, email: &str, roles: &[StaffRole]) {
        let hash = tessera_web::password::hash(&Password::new(PASSWORD)).unwrap();
        let roles = roles.iter().copied().collect();
        self.db.create_user(&Email::parse(email).unwrap(), email, &hash, &roles, self.clock_now()).await.unwrap();
    }

    pub async fn request(&mut self, req: Request<Body>) -> TestResponse {
        let router = self.router.clone().layer(MockConnectInfo(self.ip));
        let res = router.oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        for v in headers.get_all(header::SET_COOKIE) {
            let v = v.to_str().unwrap();
            let pair = v.split(';').next().unwrap();
            let (k, val) = pair.split_once('=').unwrap();
            if val.is_empty() || v.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_owned(), val.to_owned());
            }
        }
        let body = String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).into_owned();
        TestResponse { status, headers, body }
    }

    fn builder(&self, method: &str, path: &str) -> http::request::Builder {
        let mut b = Request::builder().method(method).uri(path).header(header::HOST, "tessera.test");
        if !self.cookies.is_empty() {
            let c: Vec<String> = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
            b = b.header(header::COOKIE, c.join("; "));
        }
        if let Some(l) = &self.accept_language {
            b = b.header(header::ACCEPT_LANGUAGE, l);
        }
        b
    }

    pub async fn get(&mut self, path: &str) -> TestResponse {
        let req = self.builder("GET", path).body(Body::empty()).unwrap();
        self.request(req).await
    }

    /// The CSRF token a page of this browser would carry.
    pub fn csrf(&self) -> String {
        self.csrf_for("/admin")
    }

    /// The CSRF token of a page at `path`: in the portals the link's session counts first.
    pub fn csrf_for(&self, path: &str) -> String {
        let portal = path.starts_with("/portal") || path.starts_with("/l/");
        let session = if tessera_web::ctx::is_customer_path(path) {
            // The customer portal counts a contact's session only.
            self.cookies.get("tessera_contact")
        } else if portal {
            self.cookies.get("tessera_portal").or(self.cookies.get("tessera_session"))
        } else {
            self.cookies.get("tessera_session").or(self.cookies.get("tessera_portal"))
        };
        match session {
            Some(s) => tessera_web::ctx::session_csrf(&Secret::from_client(s.clone())),
            None => self.cookies.get("tessera_csrf").cloned().unwrap_or_default(),
        }
    }

    /// A form post with the right CSRF token added.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let csrf = self.csrf_for(path);
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all, None).await
    }

    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)], origin: Option<&str>) -> TestResponse {
        let body = serde_html_form::to_string(fields).unwrap();
        let mut b = self.builder("POST", path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(o) = origin {
            b = b.header(header::ORIGIN, o);
        }
        let req = b.body(Body::from(body)).unwrap();
        self.request(req).await
    }

    /// A multipart form post (fields, then files as (field, file name, bytes)), with the right
    /// CSRF token added, as a browser sends a form with `enctype="multipart/form-data"`.
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> TestResponse {
        const BOUNDARY: &str = "----tessera-test-boundary-7d1f";
        let csrf = self.csrf_for(path);
        let mut body: Vec<u8> = Vec::new();
        for (k, v) in std::iter::once(&("csrf", csrf.as_str())).chain(fields.iter()) {
            body.extend_from_slice(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n").as_bytes(),
            );
        }
        for (field, name, bytes) in files {
            body.extend_from_slice(
                format!(
                    "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
        let req = self
            .builder("POST", path)
            .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={BOUNDARY}"))
            .header(header::CONTENT_LENGTH, body.len())
            .body(Body::from(body))
            .unwrap();
        self.request(req).await
    }

    /// The fields a form on the page would send: every `name`/`value` pair between the form
    /// whose opening tag contains `form_marker` and its end, HTML entities decoded.
    pub fn form_fields(html: &str, form_marker: &str) -> Vec<(String, String)> {
        let start = html.find(form_marker).unwrap_or_else(|| panic!("no form {form_marker} in {html}"));
        let rest = &html[start..];
        let form = &rest[..rest.find("</form>").unwrap()];
        let unescape = |s: &str| {
            s.replace("&#x2f;", "/")
                .replace("&#x27;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        };
        let mut out = Vec::new();
        for input in form.split("<input").skip(1) {
            let tag = &input[..input.find('>').unwrap_or(input.len())];
            let attr = |name: &str| {
                let key = format!(" {name}=\"");
                tag.find(&key).map(|i| {
                    let v = &tag[i + key.len()..];
                    unescape(&v[..v.find('"').unwrap()])
                })
            };
            if let Some(n) = attr("name") {
                out.push((n, attr("value").unwrap_or_default()));
            }
        }
        out
    }

    /// Signs in through the sign-in form, as a person would.
    pub async fn sign_in(&mut self, email: &str, password: &str) -> TestResponse {
        self.get("/login").await;
        self.post("/login", &[("email", email), ("password", password), ("next", "/admin")]).await
    }

    /// Opens a supplier link for the order `number` in this browser, with these actions.
    pub async fn open_order_link(
        &mut self,
        number: &str,
        actions: &[tessera_domain::policy::Action],
    ) -> tessera_domain::ids::OrderId {
        let order = self.db.order_id_by_number(number).await.unwrap().unwrap();
        let party = self.db.order_party(order).await.unwrap();
        let object = Some(tessera_domain::link::LinkObject::Order(order));
        self.open_supplier_link(party, object, actions).await;
        order
    }

    /// Opens a supplier link in this browser: for one object, or (`None`) the whole supplier.
    pub async fn open_supplier_link(
        &mut self,
        party: tessera_domain::ids::PartyId,
        object: Option<tessera_domain::link::LinkObject>,
        actions: &[tessera_domain::policy::Action],
    ) {
        self.open_link(tessera_domain::link::Portal::Supplier, party, object, actions).await;
    }

    /// Opens a customer link in this browser (for the whole customer, or one object), with
    /// everything a customer link carries.
    #[allow(dead_code)]
    pub async fn open_customer_link(
        &mut self,
        party: tessera_domain::ids::PartyId,
        object: Option<tessera_domain::link::LinkObject>,
    ) {
        let actions: Vec<tessera_domain::policy::Action> =
            tessera_domain::link::Portal::Customer.actions().into_iter().collect();
        self.open_link(tessera_domain::link::Portal::Customer, party, object, &actions).await;
    }

    async fn open_link(
        &mut self,
        portal: tessera_domain::link::Portal,
        party: tessera_domain::ids::PartyId,
        object: Option<tessera_domain::link::LinkObject>,
        actions: &[tessera_domain::policy::Action],
    ) {
        use tessera_domain::link::LinkToken;
        let token = LinkToken::generate().unwrap();
        let new = tessera_db::links::NewLink {
            portal,
            party,
            object,
            actions: actions.iter().copied().collect(),
            require_code: false,
            note: None,
            expires_at: self.clock_now() + chrono::Duration::days(30),
            created_by: None,
            replaces: None,
        };
        self.db.issue_link(&new, &token.hash(), self.clock_now(), None).await.unwrap();
        assert_eq!(self.get(&format!("/l/{}", token.expose())).await.status, StatusCode::FOUND);
    }

    /// Every action a supplier link can carry.
    pub fn supplier_actions() -> Vec<tessera_domain::policy::Action> {
        tessera_domain::link::Portal::Supplier.actions().into_iter().collect()
    }

    /// Another person at the same company: this browser's cookies are put aside and the
    /// other person's taken up (call again to switch back).
    pub fn switch_person(&mut self, other: &mut BTreeMap<String, String>) {
        std::mem::swap(&mut self.cookies, other);
    }

    /// A user with these roles, signed in.
    pub async fn signed_in(roles: &[StaffRole]) -> Self {
        let mut app = Self::with_demo().await;
        app.add_user("staff@tessera.test", roles).await;
        let res = app.sign_in("staff@tessera.test", PASSWORD).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        app
    }

    /// A contact of the customer `customer_code` (demo: `KB0004`, COMPANY X), activated with
    /// [`PASSWORD`]. Its welcome email is in the outbox like any other.
    pub async fn add_contact(
        &self,
        customer_code: &str,
        side: tessera_domain::contact::Side,
        email: &str,
        roles: &[tessera_domain::contact::ContactRole],
    ) -> tessera_domain::ids::ContactId {
        use tessera_db::contacts::{NewContact, TokenPurpose};
        let customer = self.db.party_by_code(customer_code).await.unwrap().unwrap();
        let facts = tessera_domain::contact::ContactFacts {
            name: email.split('@').next().unwrap().to_owned(),
            email: email.to_owned(),
            phone: String::new(),
            position: String::new(),
            language: "en".into(),
        };
        let new = NewContact { customer, side, facts, roles: roles.iter().copied().collect() };
        let token = Secret::generate().unwrap();
        let now = self.clock_now();
        let mail = tessera_db::outbox::NewMail {
            to: Email::parse(email).unwrap(),
            language: "en".into(),
            subject: "Welcome".into(),
            text: "welcome".into(),
            html: "<p>welcome</p>".into(),
        };
        let id = self
            .db
            .create_contact(&new, &token.hash(), now + chrono::Duration::days(7), &mail, "user:1", now)
            .await
            .unwrap();
        let hash = tessera_web::password::hash(&Password::new(PASSWORD)).unwrap();
        self.db.use_contact_token(&token.hash(), TokenPurpose::Activation, Some(&hash), now).await.unwrap().unwrap();
        id
    }

    /// This browser signed in to the customer portal as `contact` (a session made directly,
    /// as the sign-in page would).
    pub async fn contact_session(&mut self, contact: tessera_domain::ids::ContactId) {
        let token = Secret::generate().unwrap();
        let now = self.clock_now();
        self.db
            .create_contact_session(&token.hash(), contact, now, now + chrono::Duration::hours(12), None)
            .await
            .unwrap();
        self.cookies.insert("tessera_contact".into(), token.expose().to_owned());
    }

    /// An API key of `scope`, made directly (as the portal or the CLI would): its secret.
    pub async fn make_key(&self, scope: tessera_domain::api_key::KeyScope) -> String {
        use tessera_domain::api_key::{ApiKeyToken, KeyName};
        let token = ApiKeyToken::generate().unwrap();
        let new = tessera_db::api_keys::NewApiKey {
            scope,
            name: KeyName::parse("test key").unwrap(),
            created_by: "test".into(),
        };
        let event = tessera_db::audit::AuditEvent {
            at: self.clock_now(),
            actor_kind: "test".into(),
            actor: None,
            action: "api_key.create".into(),
            object: None,
            outcome: "ok".into(),
            ip: None,
            detail: None,
        };
        self.db.create_api_key(&new, &token.hash(), &token.hint(), self.clock_now(), &event).await.unwrap();
        token.expose().to_owned()
    }

    /// A key of the demo customer KB0004 with these roles.
    pub async fn customer_key(&self, roles: &[tessera_domain::contact::ContactRole]) -> String {
        let customer = self.db.party_by_code("KB0004").await.unwrap().unwrap();
        self.make_key(tessera_domain::api_key::KeyScope::Customer { customer, roles: roles.iter().copied().collect() })
            .await
    }

    /// An API request: `key` as the bearer, `body` with its media type, more headers.
    pub async fn api(
        &mut self,
        method: &str,
        path: &str,
        key: Option<&str>,
        body: Option<(&str, Vec<u8>)>,
        headers: &[(&str, &str)],
    ) -> TestResponse {
        let mut b = Request::builder().method(method).uri(path).header(header::HOST, "tessera.test");
        if let Some(k) = key {
            b = b.header(header::AUTHORIZATION, format!("Bearer {k}"));
        }
        if let Some(l) = &self.accept_language {
            b = b.header(header::ACCEPT_LANGUAGE, l);
        }
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        let req = match body {
            Some((ct, bytes)) => b.header(header::CONTENT_TYPE, ct).body(Body::from(bytes)).unwrap(),
            None => b.body(Body::empty()).unwrap(),
        };
        self.request(req).await
    }

    /// `api` with a JSON body.
    pub async fn api_json(&mut self, method: &str, path: &str, key: &str, json: serde_json::Value) -> TestResponse {
        self.api(method, path, Some(key), Some(("application/json", json.to_string().into_bytes())), &[]).await
    }
}
