//! Documents per customer organisation (issue #7). In the customer portal: what the company
//! gave the organisation, by category, with versions, who uploaded them and when, and the
//! organisation's own uploads going to staff (an Excel list, say). In the back office: a
//! customer's documents both ways with the form to give it one, and what customers uploaded.
use super::library::{TitleGroup, VersionView};
use super::{FieldErrors, Layout, Pager, html_status};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::tr::Tr;
use crate::uploads::{self, CsrfLibraryMultipart, UploadForm};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_db::DbError;
use tessera_db::customer_documents::{DocumentGroup, NewCustomerDocument};
use tessera_domain::ids::{CustomerDocumentId, PartyId};
use tessera_domain::library::{DocumentCategory, Origin, Title, note};
use tessera_domain::policy::{Action, Target};
use tessera_domain::upload::FileKind;

const CUSTOMER_PATH: &str = "/customer/documents";

#[derive(Debug, Default, Deserialize)]
pub struct DocsQuery {
    #[serde(default)]
    category: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    saved: String,
}

impl DocsQuery {
    fn page(&self) -> u64 {
        self.page.trim().parse().ok().filter(|p| *p >= 1).unwrap_or(1)
    }
    fn category(&self) -> Option<DocumentCategory> {
        self.category.parse().ok()
    }
}

/// A category as the filter and the upload form offer it.
pub struct CategoryOpt {
    pub value: &'static str,
    pub label: String,
    /// The kinds it takes: `PDF, XLSX, CSV`.
    pub kinds: String,
    pub selected: bool,
}

fn categories(tr: &Tr, selected: Option<DocumentCategory>) -> Vec<CategoryOpt> {
    DocumentCategory::ALL
        .into_iter()
        .map(|c| CategoryOpt {
            value: c.as_str(),
            label: tr.t(&c.message_id()),
            kinds: c.kinds().iter().map(|k| k.extension().to_uppercase()).collect::<Vec<_>>().join(", "),
            selected: selected == Some(c),
        })
        .collect()
}

fn groups(tr: &Tr, items: &[DocumentGroup], base: &str) -> Vec<TitleGroup> {
    items
        .iter()
        .map(|g| {
            TitleGroup {
                title: g.current.title.clone(),
                audience: String::new(),
                category: tr.t(&g.current.category.message_id()),
                current: Some(VersionView::document(tr, &g.current, base)),
                older: g.older.iter().map(|d| VersionView::document(tr, d, base)).collect(),
                older_label: String::new(),
                next_version: String::new(),
            }
            .finish(tr)
        })
        .collect()
}

/// The upload form as typed.
#[derive(Debug, Default, Clone)]
pub struct UploadFields {
    pub category: String,
    pub title: String,
    pub note: String,
}

/// Reads and checks an upload form; what to record, or the fields' errors.
fn parse_upload(
    tr: &Tr,
    form: &mut UploadForm,
    fields: &UploadFields,
    errors: &mut FieldErrors,
) -> Option<(DocumentCategory, Title, Option<String>, uploads::CheckedFile)> {
    let category = fields.category.parse::<DocumentCategory>().ok();
    if category.is_none() {
        errors.push("category", tr.t("documents-category-missing"));
    }
    // Without a category, the file is still judged against every kind the library takes.
    let all: Vec<FileKind> = DocumentCategory::ALL.iter().flat_map(|c| c.kinds().iter().copied()).collect();
    let allowed = category.map_or(all.as_slice(), |c| c.kinds());
    let file = uploads::check_library_file(form, "file", allowed).map_err(|p| errors.push("file", p.message(tr))).ok();
    let title = Title::parse(&fields.title).map_err(|p| errors.push("title", tr.t(p.title_message_id()))).ok();
    let version_note = note(&fields.note).map_err(|p| errors.push("note", tr.t(p.note_message_id()))).ok().flatten();
    match (category, title, file) {
        (Some(c), Some(t), Some(f)) if errors.is_empty() => Some((c, t, version_note, f)),
        _ => None,
    }
}

fn fields_of(form: &UploadForm) -> UploadFields {
    UploadFields {
        category: form.field("category").trim().to_owned(),
        title: form.field("title").to_owned(),
        note: form.field("note").to_owned(),
    }
}

/// Stores the file and records the version; a file whose record was not saved is removed.
async fn record(
    state: &AppState,
    gate: &Gate<'_>,
    customer: PartyId,
    origin: Origin,
    parsed: (DocumentCategory, Title, Option<String>, uploads::CheckedFile),
    uploaded_by_name: String,
) -> AppResult<Result<(), DbError>> {
    let (category, title, version_note, file) = parsed;
    let stored = uploads::store(state, vec![file]).await?;
    let Some(f) = stored.first().cloned() else { return Err(AppError::internal("no file stored")) };
    let detail = format!("category={} origin={} title={:?}", category.as_str(), origin.as_str(), title.as_str());
    let new = NewCustomerDocument {
        customer,
        category,
        origin,
        title,
        note: version_note,
        file: f,
        uploaded_by: gate.ctx.actor().unwrap_or_else(|| "-".into()),
        uploaded_by_name,
    };
    let event = gate.event("customer_document.upload", None, Some(detail));
    match state.db.add_customer_document(&new, state.clock.now(), &event).await {
        Ok(_) => Ok(Ok(())),
        Err(e) => {
            uploads::discard(state, &stored).await;
            match e {
                DbError::Conflict => Ok(Err(DbError::Conflict)),
                other => Err(other.into()),
            }
        }
    }
}

/// Another upload of the same title came first: said above the form.
fn conflict(tr: &Tr) -> FieldErrors {
    let mut e = FieldErrors::default();
    e.push("form", tr.t("documents-conflict"));
    e
}

// ---------------------------------------------------------------------------------------------
// The customer portal

#[derive(Template)]
#[template(path = "customer_documents.html")]
struct CustomerPage {
    l: Layout,
    organisation: String,
    categories: Vec<CategoryOpt>,
    /// From the company, one page of titles.
    received: Vec<TitleGroup>,
    pager: Pager,
    /// Sent by the organisation: the most recent titles.
    sent: Vec<TitleGroup>,
    sent_total: u64,
    can_upload: bool,
    form: UploadFields,
    errors: FieldErrors,
    flash: Option<String>,
    film_mb: u64,
    document_mb: u64,
}

impl CustomerPage {
    fn error(&self, field: &str) -> String {
        self.errors.error(field)
    }
    fn has_error(&self, field: &str) -> bool {
        self.errors.has(field)
    }
}

/// The signed-in contact's organisation, once the policy lets the contact take `action` there.
async fn enter(gate: &Gate<'_>, action: Action) -> AppResult<tessera_db::contacts::Contact> {
    let Some(me) = gate.ctx.contact.as_ref() else {
        gate.check(action, Target::Collection).await?;
        return Err(AppError::Unauthenticated);
    };
    gate.check(action, Target::CustomerDocument { id: None, customer: me.customer }).await?;
    Ok(me.clone())
}

async fn customer_page(
    state: &AppState,
    ctx: &Ctx,
    query: &DocsQuery,
    form: UploadFields,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let gate = Gate::new(state, ctx);
    let me = enter(&gate, Action::CustomerDocumentView).await?;
    let tr = ctx.tr();
    let category = query.category();
    let received = state.db.customer_documents(me.customer, Origin::Company, category, query.page()).await?;
    let sent = state.db.customer_documents(me.customer, Origin::Customer, category, 1).await?;
    let keep = |g: &DocumentGroup| gate.allows(Action::CustomerDocumentView, g.current.target());
    let received_items: Vec<DocumentGroup> = received.items.into_iter().filter(keep).collect();
    let sent_items: Vec<DocumentGroup> = sent.items.into_iter().filter(keep).collect();
    let pager =
        Pager::new(CUSTOMER_PATH, &[("category", &query.category)], received.page, received.pages, received.total);
    let org = state.db.customer_org(me.customer).await?;
    let can_upload =
        gate.allows(Action::CustomerDocumentUpload, Target::CustomerDocument { id: None, customer: me.customer });
    let flash = (query.saved == "1").then(|| tr.t("documents-sent"));
    let l = Layout::new(ctx, tr.t("documents-title"), "customer-documents", CUSTOMER_PATH);
    let page = CustomerPage {
        l,
        organisation: org.name_of(me.side).to_owned(),
        categories: categories(&tr, category.or_else(|| form.category.parse().ok())),
        received: groups(&tr, &received_items, CUSTOMER_PATH),
        pager,
        sent: groups(&tr, &sent_items, CUSTOMER_PATH),
        sent_total: sent.total,
        can_upload,
        form,
        errors,
        flash,
        film_mb: (tessera_domain::library::MAX_FILM_BYTES / (1024 * 1024)) as u64,
        document_mb: (tessera_domain::library::MAX_DOCUMENT_BYTES / (1024 * 1024)) as u64,
    };
    html_status(status, &page)
}

/// `GET /customer/documents?category=`
pub async fn customer_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<DocsQuery>,
) -> AppResult<Response> {
    customer_page(&state, &ctx, &query, UploadFields::default(), FieldErrors::default(), StatusCode::OK).await
}

/// `POST /customer/documents` (multipart): the organisation's own file, for staff.
pub async fn customer_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfLibraryMultipart(mut form): CsrfLibraryMultipart,
) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    let me = enter(&gate, Action::CustomerDocumentUpload).await?;
    let tr = ctx.tr();
    let fields = fields_of(&form);
    let mut errors = FieldErrors::default();
    let query = DocsQuery::default();
    let Some(parsed) = parse_upload(&tr, &mut form, &fields, &mut errors) else {
        return customer_page(&state, &ctx, &query, fields, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    match record(&state, &gate, me.customer, Origin::Customer, parsed, me.facts.name.clone()).await? {
        Ok(()) => Ok(Redirect::to(&format!("{CUSTOMER_PATH}?saved=1")).into_response()),
        Err(_) => customer_page(&state, &ctx, &query, fields, conflict(&tr), StatusCode::CONFLICT).await,
    }
}

async fn download(state: AppState, ctx: Ctx, id: String, action: Action) -> AppResult<Response> {
    let id: CustomerDocumentId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    let d = gate.customer_document(action, id).await?;
    let res = uploads::offer(&state, &d.file).await?;
    gate.record("customer_document.download", Some(format!("customer_document:{id}")), None).await?;
    Ok(res)
}

/// `GET /customer/documents/{id}/file`
pub async fn customer_file(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    download(state, ctx, id, Action::CustomerDocumentView).await
}

/// `GET /admin/documents/{id}/file`
pub async fn admin_file(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    download(state, ctx, id, Action::CustomerDocumentManage).await
}

// ---------------------------------------------------------------------------------------------
// The back office

#[derive(Template)]
#[template(path = "admin_party_documents.html")]
struct PartyPage {
    l: Layout,
    party: PartyId,
    /// Where the upload form posts and the filter goes: the party's documents.
    action: String,
    filter_action: String,
    name: String,
    categories: Vec<CategoryOpt>,
    given: Vec<TitleGroup>,
    pager: Pager,
    received: Vec<TitleGroup>,
    received_total: u64,
    form: UploadFields,
    errors: FieldErrors,
    flash: Option<String>,
    film_mb: u64,
    document_mb: u64,
}

impl PartyPage {
    fn error(&self, field: &str) -> String {
        self.errors.error(field)
    }
    fn has_error(&self, field: &str) -> bool {
        self.errors.has(field)
    }
}

fn party_id(raw: &str) -> AppResult<PartyId> {
    raw.parse().map_err(|_| AppError::NotFound)
}

async fn party_page(
    state: &AppState,
    ctx: &Ctx,
    customer: PartyId,
    query: &DocsQuery,
    form: UploadFields,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let org = state.db.customer_org(customer).await?;
    let category = query.category();
    let given = state.db.customer_documents(customer, Origin::Company, category, query.page()).await?;
    let received = state.db.customer_documents(customer, Origin::Customer, category, 1).await?;
    let base = "/admin/documents";
    let path = format!("/admin/parties/{customer}/documents");
    let pager = Pager::new(&path, &[("category", &query.category)], given.page, given.pages, given.total);
    let flash = (query.saved == "1").then(|| tr.t("documents-saved"));
    let l = Layout::new(ctx, tr.t1("documents-of", "customer", &org.name), "parties", &path);
    let page = PartyPage {
        l,
        party: customer,
        action: path.clone(),
        filter_action: path.clone(),
        name: org.name,
        categories: categories(&tr, category.or_else(|| form.category.parse().ok())),
        given: groups(&tr, &given.items, base),
        pager,
        received: groups(&tr, &received.items, base),
        received_total: received.total,
        form,
        errors,
        flash,
        film_mb: (tessera_domain::library::MAX_FILM_BYTES / (1024 * 1024)) as u64,
        document_mb: (tessera_domain::library::MAX_DOCUMENT_BYTES / (1024 * 1024)) as u64,
    };
    html_status(status, &page)
}

/// `GET /admin/parties/{id}/documents`: a customer's documents both ways; the form to give it one.
pub async fn admin_party(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(query): Query<DocsQuery>,
) -> AppResult<Response> {
    let customer = party_id(&id)?;
    Gate::new(&state, &ctx)
        .check(Action::CustomerDocumentManage, Target::CustomerDocument { id: None, customer })
        .await?;
    party_page(&state, &ctx, customer, &query, UploadFields::default(), FieldErrors::default(), StatusCode::OK).await
}

/// `POST /admin/parties/{id}/documents` (multipart): a document for the customer.
pub async fn admin_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfLibraryMultipart(mut form): CsrfLibraryMultipart,
) -> AppResult<Response> {
    let customer = party_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::CustomerDocumentManage, Target::CustomerDocument { id: None, customer }).await?;
    // Only to a customer organisation.
    state.db.customer_org(customer).await?;
    let tr = ctx.tr();
    let fields = fields_of(&form);
    let mut errors = FieldErrors::default();
    let query = DocsQuery::default();
    let Some(parsed) = parse_upload(&tr, &mut form, &fields, &mut errors) else {
        return party_page(&state, &ctx, customer, &query, fields, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let name = ctx.user.as_ref().map(|u| u.display_name.clone()).unwrap_or_default();
    match record(&state, &gate, customer, Origin::Company, parsed, name).await? {
        Ok(()) => Ok(Redirect::to(&format!("/admin/parties/{customer}/documents?saved=1")).into_response()),
        Err(_) => party_page(&state, &ctx, customer, &query, fields, conflict(&tr), StatusCode::CONFLICT).await,
    }
}

/// A customer's upload as the back office's list shows it.
struct ReceivedRow {
    customer: PartyId,
    customer_name: String,
    category: String,
    title: String,
    v: VersionView,
}

#[derive(Template)]
#[template(path = "admin_documents.html")]
struct ReceivedPage {
    l: Layout,
    rows: Vec<ReceivedRow>,
    pager: Pager,
}

/// `GET /admin/documents`: what customers uploaded for staff, newest first.
pub async fn admin_received(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<DocsQuery>,
) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::CustomerDocumentManage, Target::Collection).await?;
    let tr = ctx.tr();
    let page = state.db.received_documents(None, query.page()).await?;
    let rows = page
        .items
        .iter()
        .map(|d| ReceivedRow {
            customer: d.customer,
            customer_name: d.customer_name.clone(),
            category: tr.t(&d.category.message_id()),
            title: d.title.clone(),
            v: VersionView::document(&tr, d, "/admin/documents"),
        })
        .collect();
    let pager = Pager::new("/admin/documents", &[], page.page, page.pages, page.total);
    let l = Layout::new(&ctx, tr.t("documents-received-title"), "documents", "/admin/documents");
    html_status(StatusCode::OK, &ReceivedPage { l, rows, pager })
}
