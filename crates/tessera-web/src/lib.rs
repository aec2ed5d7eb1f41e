//! Tessera's web layer: pages for people and, later, the API. Thin over the domain and the
//! database: handlers parse input into domain types, ask the [`gate`] (and through it the one
//! policy), call the database, and render a template.
pub mod accounts;
pub mod api;
pub mod assets_csv;
mod csv_lines;
pub mod ctx;
pub mod error;
pub mod files;
pub mod gate;
pub mod metrics;
pub mod pages;
pub mod password;
pub(crate) mod pdf;
pub mod sales_flow;
pub mod security;
pub mod signin;
pub mod stock_csv;
pub mod tr;
pub mod uploads;

use axum::Router;
use axum::routing::{get, post};
use std::sync::Arc;
use std::time::Duration;
use tessera_db::Db;
use tessera_domain::clock::Clock;

/// Settings of the web layer, from the configuration.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Served over TLS (the public URL is https): `Secure` cookies with the `__Host-` prefix, HSTS.
    pub tls: bool,
    pub session_idle: Duration,
    pub session_absolute: Duration,
    /// Failed sign-ins per address, and per account, in `login_window`, before 429.
    pub login_ip_limit: u64,
    pub login_account_limit: u64,
    pub login_window: Duration,
    /// Where people reach Tessera, for links in emails and on screen: `https://portal.example.com`.
    pub public_url: String,
    /// The data folder; uploaded files are kept in its `files/` folder.
    pub data_dir: std::path::PathBuf,
    /// Requests per minute each API key may make (then 429 with `Retry-After`).
    pub api_rate_per_minute: u32,
    /// Stock is shown exactly up to this, above it as "more than".
    pub stock_cap: tessera_domain::stock::StockCap,
}

impl WebConfig {
    pub fn public_base(&self) -> &str {
        self.public_url.trim_end_matches('/')
    }
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            tls: false,
            session_idle: Duration::from_secs(60 * 60),
            session_absolute: Duration::from_secs(12 * 60 * 60),
            login_ip_limit: 20,
            login_account_limit: 5,
            login_window: Duration::from_secs(15 * 60),
            public_url: "http://127.0.0.1:8080".into(),
            data_dir: "tessera-data".into(),
            api_rate_per_minute: 600,
            stock_cap: tessera_domain::stock::StockCap::default(),
        }
    }
}

/// What every handler and middleware gets: one pointer, so that handing it to each layer of a
/// request costs one reference count, not one per part.
#[derive(Clone)]
pub struct AppState(Arc<AppParts>);

/// The parts of [`AppState`], reached through it (`state.db`, `state.config`…).
pub struct AppParts {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<WebConfig>,
    pub metrics: Arc<metrics::Metrics>,
    /// Uploaded files (see [`files`] and [`uploads`]).
    pub files: Arc<dyn files::FileStore>,
    /// The API's keys in memory and their rates (see [`api`]).
    pub api: Arc<api::ApiRuntime>,
}

impl std::ops::Deref for AppState {
    type Target = AppParts;
    fn deref(&self) -> &AppParts {
        &self.0
    }
}

impl AppState {
    /// Files go to `<data folder>/files/` on the local disk.
    pub fn new(db: Db, clock: Arc<dyn Clock>, config: WebConfig) -> Self {
        let files = Arc::new(files::LocalFiles::new(config.data_dir.join("files")));
        Self::with_files(db, clock, config, files)
    }

    /// With another file store: S3-compatible object storage shared by several nodes.
    pub fn with_files(db: Db, clock: Arc<dyn Clock>, config: WebConfig, files: Arc<dyn files::FileStore>) -> Self {
        Self(Arc::new(AppParts {
            db,
            clock,
            config: Arc::new(config),
            metrics: Arc::new(metrics::Metrics::new()),
            files,
            api: Arc::new(api::ApiRuntime::default()),
        }))
    }
}

/// Every route of the product.
pub fn router(state: AppState) -> Router {
    use pages::{
        audit, auth, complaints, dashboard, deliveries, documents, exchange, items, links, ops, orders, parties, portal,
    };
    // Complaints (the complaints developer): forms that carry files get the upload limit
    // instead of the 2 MiB one; the rest are plain forms.
    let uploads = Router::new()
        .route("/admin/deliveries/{id}/complaint", get(complaints::new_form).post(complaints::raise))
        .route("/admin/complaints/{id}/messages", post(complaints::comment))
        .route("/portal/complaints/{id}/answer", post(complaints::answer))
        .route("/portal/complaints/{id}/messages", post(complaints::portal_comment))
        // Deliveries (the lead): a supplier's delivery file, CSV or XML, for the preview.
        .route("/portal/orders/{id}/delivery/file", post(deliveries::upload))
        // A subcontractor's delivery file, for a delivery without an order (issue #8).
        .route("/portal/deliveries/import", post(pages::free_deliveries::import))
        // An invoice with its PDF (issue #8).
        .route("/portal/invoices", get(pages::invoices::portal_list).post(pages::invoices::issue))
        // An inspection with its photos (issue #8).
        .route("/portal/work-orders/{id}/inspection", post(pages::work_orders::inspect))
        .route("/admin/orders/import", post(exchange::import_orders))
        // Service for customers (issue #9): a request with its photos and files, information
        // added later, and an inspection's photos; the same pages for a link and a contact.
        .route("/portal/service", get(pages::service::customer_list).post(pages::service::report))
        .route("/customer/service", get(pages::service::customer_list).post(pages::service::report))
        .route("/portal/service/{id}/info", post(pages::service::add_info))
        .route("/customer/service/{id}/info", post(pages::service::add_info))
        .route("/admin/service/jobs/{id}/inspection", post(pages::service::inspect))
        // Customers' orders and stock (issue #7): the order form carries the customer's own
        // delivery note (PDF), the stock load a CSV file.
        .route("/customer/orders", get(pages::sales::customer_list).post(pages::sales::place))
        .route("/admin/stock", get(pages::stock::admin_list).post(pages::stock::admin_load))
        // Customers' assets by CSV (issue #9).
        .route("/admin/assets/import", post(pages::loto::import_assets))
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(tower_http::limit::RequestBodyLimitLayer::new(uploads::UPLOAD_BODY_LIMIT));
    // The REST API (issue #7) and its OpenAPI document, generated from the handlers.
    let (api_json, api_files, api_doc) = api::routes();
    let api_files = api_files.layer(tower_http::limit::RequestBodyLimitLayer::new(uploads::UPLOAD_BODY_LIMIT));
    Router::new()
        .merge(api_json)
        .merge(api::document_routes(&api_doc))
        .route("/admin/complaints/{id}/decision", post(complaints::decide_complaint))
        .route("/admin/complaints/{id}/link", post(complaints::send_link))
        .route("/admin/attachments/{id}", get(complaints::staff_attachment))
        .route("/portal/complaints/{id}", get(complaints::portal_show))
        .route("/portal/attachments/{id}", get(complaints::portal_attachment))
        .route("/", get(dashboard::root))
        .route("/login", get(auth::login_page).post(auth::login))
        .route("/logout", post(auth::logout))
        .route("/language", post(auth::set_language))
        .route("/admin", get(dashboard::dashboard))
        .route("/admin/orders", get(orders::list).post(orders::create))
        .route("/admin/orders/new", get(orders::new_form))
        .route("/admin/orders/{id}", get(orders::show).post(orders::update))
        .route("/admin/orders/{id}/edit", get(orders::edit_form))
        .route("/admin/orders/{id}/send", post(orders::send))
        .route("/admin/orders/{id}/end", post(deliveries::end_order))
        .route("/admin/parties", get(parties::list))
        .route("/admin/parties/{id}", get(parties::show))
        .route("/admin/items", get(items::list))
        .route("/admin/items/{id}", get(items::show))
        .route("/admin/deliveries", get(documents::deliveries))
        .route("/admin/deliveries/{id}", get(deliveries::show))
        .route("/admin/deliveries/{id}/receive", post(deliveries::receive))
        .route("/admin/complaints", get(documents::complaints))
        .route("/admin/complaints/{id}", get(complaints::show))
        .route("/admin/audit", get(audit::list))
        .route("/admin/audit.csv", get(audit::export))
        .route("/admin/links", get(links::list).post(links::create))
        .route("/admin/links/new", get(links::new_form))
        .route("/admin/links/{id}/revoke", post(links::revoke))
        .route("/l/refresh", post(links::refresh))
        .route("/l/{token}", get(links::open))
        .route("/portal", get(portal::home))
        .route("/portal/deliveries/new", get(pages::free_deliveries::form).post(pages::free_deliveries::declare))
        .route("/portal/items", get(pages::item_proposals::portal_list).post(pages::item_proposals::propose))
        .route("/admin/item-proposals", get(pages::item_proposals::admin_list))
        .route("/admin/item-proposals/{id}/decide", post(pages::item_proposals::decide))
        .route("/admin/work-orders", get(pages::work_orders::list).post(pages::work_orders::register))
        .route("/admin/work-orders/{id}", get(pages::work_orders::show))
        .route("/admin/work-orders/{id}/review", post(pages::work_orders::review))
        .route("/admin/work-orders/{id}/cancel", post(pages::work_orders::cancel))
        .route("/portal/work-orders", get(pages::work_orders::portal_list).post(pages::work_orders::portal_register))
        .route("/portal/work-orders/{id}/loto", get(pages::loto::portal_view))
        .route("/portal/requisitions", get(pages::requisitions::portal_list).post(pages::requisitions::file))
        .route("/admin/requisitions", get(pages::requisitions::admin_list))
        .route("/admin/requisitions/{id}/decide", post(pages::requisitions::decide))
        .route("/admin/assets", get(pages::loto::assets).post(pages::loto::add_asset))
        .route("/admin/assets/{id}", get(pages::loto::asset))
        .route("/admin/assets/{id}/loto", post(pages::loto::save))
        .route("/admin/invoices", get(pages::invoices::admin_list))
        .route("/admin/invoices/{id}", get(pages::invoices::admin_show))
        .route("/admin/invoices/{id}/review", post(pages::invoices::review))
        .route("/admin/invoices/{id}/ubl.xml", get(pages::invoices::ubl))
        .route("/admin/permits", get(pages::permits::admin_list).post(pages::permits::issue))
        .route("/admin/permits/{id}/cancel", post(pages::permits::cancel))
        .route("/portal/permits", get(pages::permits::portal_list))
        .route("/portal/permits/{id}/accept", post(pages::permits::accept))
        .route("/portal/permits/{id}/close", post(pages::permits::close))
        .route("/portal/work-orders/{id}", get(pages::work_orders::portal_show))
        .route("/portal/code", get(links::code_page).post(links::check_code))
        .route("/portal/orders/{id}", get(portal::order))
        .route("/portal/orders/{id}/date", post(portal::answer_date))
        .route("/portal/orders/{id}/delivery", get(deliveries::declare_form).post(deliveries::declare))
        .route("/portal/scorecard", get(pages::scorecard::portal))
        .route("/admin/orders/{id}/date-decision", post(orders::decide_date))
        .route("/portal/leave", post(portal::leave))
        // Export and import: documents in their seed formats, order PDF (downloads)
        .route("/portal/orders/{id}/order.csv", get(exchange::portal_order_csv))
        .route("/portal/orders/{id}/order.pdf", get(exchange::portal_order_pdf))
        .route("/admin/orders/{id}/export.csv", get(exchange::order_csv))
        .route("/admin/orders/{id}/order.pdf", get(exchange::order_pdf))
        .route("/admin/deliveries/{id}/export.csv", get(exchange::delivery_csv))
        .route("/admin/complaints/{id}/export.csv", get(exchange::complaint_csv))
        // Contacts, the back office's side (issue #6): change requests, a customer's purchaser
        // and contacts added by staff.
        .route("/admin/contact-requests", get(pages::contact_requests::list))
        .route("/admin/contact-requests/{id}", get(pages::contact_requests::show))
        .route("/admin/contact-requests/{id}/messages", post(pages::contact_requests::comment))
        .route("/admin/contact-requests/{id}/approve", post(pages::contact_requests::approve))
        .route("/admin/contact-requests/{id}/reject", post(pages::contact_requests::reject))
        .route("/admin/parties/{id}/subcontractor-actions", post(parties::set_subcontractor_actions))
        .route("/admin/parties/{id}/purchaser", post(pages::contact_requests::set_purchaser))
        .route("/admin/parties/{id}/contacts", post(pages::contact_requests::add_contact))
        .route("/admin/contacts/{id}/remove", post(pages::contact_requests::remove_contact))
        .route("/admin/mailbox", get(pages::mailbox::list))
        .route("/admin/mailbox/{id}", get(pages::mailbox::show))
        // Contacts Manager of the customer portal (issue #6, the contacts-manager part).
        .route("/customer/contacts", get(pages::contacts::show).post(pages::contacts::submit))
        .route("/customer/contacts/{id}", get(pages::contacts::contact))
        .route("/customer/contacts/requests/{id}/messages", post(pages::contacts::comment))
        .route("/customer/contacts/requests/{id}/cancel", post(pages::contacts::cancel))
        .route("/static/contacts.js", get(pages::contacts::script))
        // Contacts' accounts in the customer portal (issue #6, accounts): emailed links,
        // sign-in, new links, sign-out, the portal's home.
        .route("/c/{token}", get(pages::account::open))
        .route("/customer", get(pages::account::home))
        .route("/customer/token", get(pages::account::token_page).post(pages::account::use_token))
        .route("/customer/login", get(pages::account::login_page).post(pages::account::login))
        .route("/customer/login-link", get(pages::account::login_link_page).post(pages::account::login_link))
        .route("/customer/forgot", get(pages::account::forgot_page).post(pages::account::forgot))
        .route("/customer/logout", post(pages::account::logout))
        // Stock and customers' orders (issue #7), the customer portal's and the back office's.
        .route("/customer/stock", get(pages::stock::customer))
        .route("/customer/orders/new", get(pages::sales::new_form))
        .route("/customer/orders/{id}", get(pages::sales::customer_show))
        .route("/customer/orders/{id}/delivery-note", get(pages::sales::customer_delivery_note))
        .route("/admin/sales-orders", get(pages::sales::admin_list))
        .route("/admin/sales-orders/{id}", get(pages::sales::admin_show).post(pages::sales::admin_update))
        .route("/admin/sales-orders/{id}/delivery-note", get(pages::sales::admin_delivery_note))
        .route("/customer/language", post(pages::account::set_language))
        // API keys (issue #7): an organisation's admins in the customer portal, sales and
        // admins in the back office; a new key is shown once, on the page answering the form.
        .route("/customer/api-keys", get(pages::api_keys::customer_list).post(pages::api_keys::customer_create))
        .route(
            "/customer/api-keys/{id}/revoke",
            get(pages::api_keys::customer_revoke_page).post(pages::api_keys::customer_revoke),
        )
        .route("/admin/api-keys", get(pages::api_keys::admin_list).post(pages::api_keys::admin_create))
        .route(
            "/admin/api-keys/{id}/revoke",
            get(pages::api_keys::admin_revoke_page).post(pages::api_keys::admin_revoke),
        )
        .route("/static/api-keys.js", get(pages::api_keys::script))
        .route("/portal/service/new", get(pages::service::new_form))
        .route("/customer/service/new", get(pages::service::new_form))
        .route("/portal/service/{id}", get(pages::service::customer_show))
        .route("/customer/service/{id}", get(pages::service::customer_show))
        .route("/portal/service/{id}/rating", post(pages::service::rate))
        .route("/customer/service/{id}/rating", post(pages::service::rate))
        .route("/portal/service/jobs/{id}", get(pages::service::customer_job))
        .route("/customer/service/jobs/{id}", get(pages::service::customer_job))
        .route("/portal/service/jobs/{id}/report.pdf", get(pages::service::customer_report))
        .route("/customer/service/jobs/{id}/report.pdf", get(pages::service::customer_report))
        .route("/portal/service/files/{id}", get(pages::service::customer_file))
        .route("/customer/service/files/{id}", get(pages::service::customer_file))
        .route("/portal/service/inspections", get(pages::inspections::customer_plans))
        .route("/customer/service/inspections", get(pages::inspections::customer_plans))
        .route("/admin/service", get(pages::service::admin_list))
        .route("/admin/service/inspections", get(pages::inspections::admin_plans).post(pages::inspections::add_plan))
        .route("/admin/service/inspections/{id}/schedule", post(pages::inspections::schedule))
        .route("/admin/service/inspections/{id}/active", post(pages::inspections::set_active))
        .route("/admin/service/jobs/{id}/link", post(pages::service::send_job_link))
        .route("/admin/service/{id}", get(pages::service::admin_show))
        .route("/admin/service/{id}/triage", post(pages::service::triage))
        .route("/admin/service/{id}/jobs", post(pages::service::plan))
        .route("/admin/service/{id}/close", post(pages::service::close))
        .route("/admin/service/{id}/link", post(pages::service::send_link))
        .route("/admin/service/jobs/{id}", get(pages::service::admin_job))
        .route("/admin/service/jobs/{id}/status", post(pages::service::step))
        .route("/admin/service/jobs/{id}/report.pdf", get(pages::service::admin_report))
        .route("/service/unsubscribe/{token}", get(pages::service::unsubscribe_page).post(pages::service::unsubscribe))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .route("/static/app.css", get(ops::stylesheet))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(2 * 1024 * 1024))
        .merge(uploads)
        .merge(api_files)
        // The document library (issue #7): installation instructions and customers' documents,
        // with the library's own upload limit (films).
        .merge(pages::library::routes())
        .fallback(ops::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::error_pages))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::csrf_cookie))
        .layer(axum::middleware::from_fn_with_state(state.clone(), metrics::track))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::headers))
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .with_state(state)
}
