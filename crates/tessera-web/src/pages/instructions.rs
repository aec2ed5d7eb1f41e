//! Installation instructions (issue #7). In the customer portal: the articles' instructions,
//! searched by article, the current version of each to download and the older ones marked, a
//! section "For you" with those written for the contact's organisation only, and a subscription
//! per article (an email when its instructions change). In the back office: every instruction
//! with its versions, and the form to upload a new version, for everyone or for one customer.
use super::library::{TitleGroup, instruction_groups};
use super::{FieldErrors, Layout, ListQuery, Pager, html_status};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use crate::tr::Tr;
use crate::uploads::{self, CsrfLibraryMultipart};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_db::DbError;
use tessera_db::catalog::Item;
use tessera_db::instructions::{ArticleInstructions, InstructionScope, NewInstruction};
use tessera_db::outbox::NewMail;
use tessera_domain::email::Email;
use tessera_domain::ids::{InstructionId, ItemId, PartyId};
use tessera_domain::library::{INSTRUCTION_KINDS, Title, note};
use tessera_domain::policy::{Action, Principal, Target, decide};
use tessera_i18n::Lang;

const CUSTOMER_PATH: &str = "/customer/instructions";
const ADMIN_PATH: &str = "/admin/instructions";

/// An article as a page shows it, with its instructions grouped by title.
pub struct ArticleView {
    pub item_id: i64,
    pub article: String,
    pub name: String,
    pub groups: Vec<TitleGroup>,
    pub subscribed: bool,
}

// ---------------------------------------------------------------------------------------------
// The customer portal

#[derive(Template)]
#[template(path = "customer_instructions.html")]
struct CustomerPage {
    l: Layout,
    q: String,
    organisation: String,
    /// Articles with instructions for the organisation only.
    for_you: Vec<ArticleView>,
    /// Articles with instructions for everyone.
    general: Vec<ArticleView>,
    /// An article searched for by its number that has no instructions yet: to subscribe to.
    not_yet: Option<ArticleView>,
    pager: Pager,
    flash: Option<String>,
}

/// `GET /customer/instructions?q=`: the instructions the contact's organisation may read.
pub async fn customer_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<ListQuery>,
) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    let Some(me) = ctx.contact.as_ref() else {
        gate.check(Action::CustomerDocumentView, Target::Collection).await?;
        return Err(AppError::Unauthenticated);
    };
    gate.check(Action::CustomerDocumentView, Target::Party(me.customer)).await?;
    let tr = ctx.tr();
    let page = state.db.instruction_articles(InstructionScope::VisibleTo(me.customer), &query.q, query.page()).await?;
    let subscriptions = state.db.instruction_subscriptions(me.id).await?;
    let mut for_you = Vec::new();
    let mut general = Vec::new();
    let q = query.q.trim();
    let mut listed = false;
    for ArticleInstructions { item, versions } in page.items {
        listed |= item.ordering_number.eq_ignore_ascii_case(q);
        let (own, all): (Vec<_>, Vec<_>) = versions
            .into_iter()
            .filter(|v| gate.allows(Action::CustomerDocumentView, v.target()))
            .partition(|v| v.customer.is_some());
        let view = |versions: &[_]| ArticleView {
            item_id: item.id.get(),
            article: item.ordering_number.clone(),
            name: item.name.clone(),
            groups: instruction_groups(&tr, versions, CUSTOMER_PATH, false),
            subscribed: subscriptions.contains(&item.id),
        };
        if !own.is_empty() {
            for_you.push(view(&own));
        }
        if !all.is_empty() {
            general.push(view(&all));
        }
    }
    // An article asked for by its number, without instructions yet: it can be subscribed to.
    let not_yet = match (listed, q.is_empty()) {
        (false, false) => state.db.item_by_number(q).await?.filter(|i| i.active).map(|i| ArticleView {
            item_id: i.id.get(),
            subscribed: subscriptions.contains(&i.id),
            article: i.ordering_number,
            name: i.name,
            groups: Vec::new(),
        }),
        _ => None,
    };
    let flash = match query.saved.as_str() {
        "subscribed" => Some(tr.t("instructions-subscribed")),
        "unsubscribed" => Some(tr.t("instructions-unsubscribed")),
        _ => None,
    };
    let organisation = state.db.customer_org(me.customer).await?.name_of(me.side).to_owned();
    let pager = Pager::new(CUSTOMER_PATH, &[("q", &query.q)], page.page, page.pages, page.total);
    let l = Layout::new(&ctx, tr.t("instructions-title"), "customer-instructions", CUSTOMER_PATH);
    html_status(
        StatusCode::OK,
        &CustomerPage { l, q: query.q.clone(), organisation, for_you, general, not_yet, pager, flash },
    )
}

#[derive(Deserialize)]
pub struct SubscribeForm {
    #[serde(default)]
    article: String,
    /// `1` to subscribe, anything else to unsubscribe.
    #[serde(default)]
    subscribe: String,
    /// The search to return to.
    #[serde(default)]
    q: String,
}

/// `POST /customer/instructions/subscriptions`: subscribes to (or unsubscribes from) an
/// article's instructions.
pub async fn subscribe(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<SubscribeForm>,
) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    let Some(me) = ctx.contact.as_ref() else {
        gate.check(Action::CustomerDocumentView, Target::Collection).await?;
        return Err(AppError::Unauthenticated);
    };
    gate.check(Action::CustomerDocumentView, Target::Party(me.customer)).await?;
    let item: ItemId = form.article.trim().parse().map_err(|_| AppError::NotFound)?;
    gate.check(Action::CustomerDocumentView, Target::Item(item)).await?;
    let item = state.db.item(item).await?;
    let on = form.subscribe == "1";
    let action = if on { "instruction.subscribe" } else { "instruction.unsubscribe" };
    let event =
        gate.event(action, Some(format!("item:{}", item.id)), Some(format!("article={}", item.ordering_number)));
    state.db.set_instruction_subscription(me.id, item.id, on, state.clock.now(), &event).await?;
    let params = [("q", form.q.trim()), ("saved", if on { "subscribed" } else { "unsubscribed" })];
    let to = format!("{CUSTOMER_PATH}?{}#article-{}", serde_html_form::to_string(params).unwrap_or_default(), item.id);
    Ok(Redirect::to(&to).into_response())
}

async fn download(state: AppState, ctx: Ctx, id: String, action: Action) -> AppResult<Response> {
    let id: InstructionId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    let v = gate.instruction(action, id).await?;
    let res = uploads::offer(&state, &v.file).await?;
    gate.record("instruction.download", Some(format!("instruction:{id}")), None).await?;
    Ok(res)
}

/// `GET /customer/instructions/{id}/file`
pub async fn customer_file(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    download(state, ctx, id, Action::CustomerDocumentView).await
}

/// `GET /admin/instructions/{id}/file`
pub async fn admin_file(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    download(state, ctx, id, Action::InstructionManage).await
}

// ---------------------------------------------------------------------------------------------
// The back office

/// The upload form as typed.
#[derive(Debug, Default, Clone)]
struct UploadFields {
    article: String,
    /// A customer's party id, or empty for everyone.
    customer: String,
    title: String,
    note: String,
}

struct CustomerChoice {
    id: String,
    label: String,
}

#[derive(Template)]
#[template(path = "admin_instructions.html")]
struct AdminPage {
    l: Layout,
    q: String,
    articles: Vec<ArticleView>,
    pager: Pager,
    flash: Option<String>,
    form: UploadFields,
    customers: Vec<CustomerChoice>,
    errors: FieldErrors,
    film_mb: u64,
    document_mb: u64,
}

impl AdminPage {
    fn error(&self, field: &str) -> String {
        self.errors.error(field)
    }
    fn has_error(&self, field: &str) -> bool {
        self.errors.has(field)
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct AdminQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    saved: String,
    #[serde(default)]
    mailed: String,
    #[serde(default)]
    article: String,
    #[serde(default)]
    customer: String,
    #[serde(default)]
    title: String,
}

async fn admin_page(
    state: &AppState,
    ctx: &Ctx,
    query: &AdminQuery,
    form: UploadFields,
    errors: FieldErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let page_no = query.page.trim().parse().ok().filter(|p| *p >= 1).unwrap_or(1);
    let page = state.db.instruction_articles(InstructionScope::All, &query.q, page_no).await?;
    let articles = page
        .items
        .into_iter()
        .map(|a| ArticleView {
            item_id: a.item.id.get(),
            groups: instruction_groups(&tr, &a.versions, ADMIN_PATH, true),
            article: a.item.ordering_number,
            name: a.item.name,
            subscribed: false,
        })
        .collect();
    let flash = query.saved.trim().parse::<u64>().ok().map(|v| {
        let mailed = query.mailed.trim().parse::<u64>().unwrap_or(0);
        tr.t2("instructions-saved", "version", &v, "mailed", &mailed)
    });
    let customers = state
        .db
        .customer_choices()
        .await?
        .into_iter()
        .map(|(id, code, name)| CustomerChoice { id: id.to_string(), label: format!("{name} ({code})") })
        .collect();
    let pager = Pager::new(ADMIN_PATH, &[("q", &query.q)], page.page, page.pages, page.total);
    let l = Layout::new(ctx, tr.t("instructions-title"), "instructions", ADMIN_PATH);
    let page = AdminPage {
        l,
        q: query.q.clone(),
        articles,
        pager,
        flash,
        form,
        customers,
        errors,
        film_mb: (tessera_domain::library::MAX_FILM_BYTES / (1024 * 1024)) as u64,
        document_mb: (tessera_domain::library::MAX_DOCUMENT_BYTES / (1024 * 1024)) as u64,
    };
    html_status(status, &page)
}

/// `GET /admin/instructions`: every instruction with its versions; the upload form (filled in
/// from `article`, `customer` and `title` for a title's next version).
pub async fn admin_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<AdminQuery>,
) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::InstructionManage, Target::Collection).await?;
    let form = UploadFields {
        article: query.article.clone(),
        customer: query.customer.clone(),
        title: query.title.clone(),
        note: String::new(),
    };
    admin_page(&state, &ctx, &query, form, FieldErrors::default(), StatusCode::OK).await
}

/// The article's subscribers who may read a new version for `customer` (or everyone): asked of
/// the policy, as each of them.
async fn readers(
    state: &AppState,
    item: &Item,
    customer: Option<PartyId>,
) -> AppResult<Vec<tessera_db::instructions::Subscriber>> {
    let target = Target::Instruction { id: None, customer };
    Ok(state
        .db
        .instruction_subscribers(item.id, customer)
        .await?
        .into_iter()
        .filter(|s| decide(&Principal::Contact(s.grant.clone()), Action::CustomerDocumentView, &target).is_allowed())
        .collect())
}

/// The emails about version `version`, each in its reader's language.
fn subscriber_mails(
    base: &str,
    readers: &[tessera_db::instructions::Subscriber],
    item: &Item,
    new: &NewInstruction,
    version: i32,
) -> Vec<NewMail> {
    let url = format!(
        "{base}{CUSTOMER_PATH}?{}",
        serde_html_form::to_string([("q", item.ordering_number.as_str())]).unwrap_or_default()
    );
    let mut mails = Vec::new();
    for s in readers {
        let Ok(to) = Email::parse(&s.email) else { continue };
        let lang: Lang = s.language.parse().unwrap_or_default();
        let notice = tessera_mail::library::InstructionNotice {
            name: &s.name,
            article: &item.ordering_number,
            item_name: &item.name,
            title: new.title.as_str(),
            version,
            note: new.note.as_deref(),
            for_you: new.customer.is_some(),
            url: &url,
        };
        match tessera_mail::library::instruction_changed(&to, lang, &notice) {
            Ok(m) => mails.push(m),
            Err(e) => tracing::error!(error = %e, contact = %s.grant.contact, "instruction email not composed"),
        }
    }
    mails
}

/// `POST /admin/instructions` (multipart): a new version of an article's instruction, for
/// everyone or for one customer; the subscribers who may read it are emailed. Anything wrong is
/// said next to its field and nothing is stored.
pub async fn admin_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfLibraryMultipart(mut form): CsrfLibraryMultipart,
) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::InstructionManage, Target::Instruction { id: None, customer: None }).await?;
    let tr: Tr = ctx.tr();
    let file = uploads::check_library_file(&mut form, "file", &INSTRUCTION_KINDS);
    let fields = UploadFields {
        article: form.field("article").trim().to_owned(),
        customer: form.field("customer").trim().to_owned(),
        title: form.field("title").to_owned(),
        note: form.field("note").to_owned(),
    };
    let mut errors = FieldErrors::default();
    let item = if fields.article.is_empty() {
        errors.push("article", tr.t("instructions-article-missing"));
        None
    } else {
        let found = state.db.item_by_number(&fields.article).await?;
        if found.is_none() {
            errors.push("article", tr.t1("instructions-article-unknown", "article", &fields.article));
        }
        found
    };
    let customer = match fields.customer.as_str() {
        "" => None,
        raw => match raw.parse::<PartyId>() {
            Ok(id) => match state.db.customer_org(id).await {
                Ok(org) => Some(org.id),
                Err(DbError::NotFound) => {
                    errors.push("customer", tr.t("instructions-customer-unknown"));
                    None
                }
                Err(e) => return Err(e.into()),
            },
            Err(_) => {
                errors.push("customer", tr.t("instructions-customer-unknown"));
                None
            }
        },
    };
    gate.check(Action::InstructionManage, Target::Instruction { id: None, customer }).await?;
    let title = Title::parse(&fields.title).map_err(|p| errors.push("title", tr.t(p.title_message_id()))).ok();
    let version_note = note(&fields.note).map_err(|p| errors.push("note", tr.t(p.note_message_id()))).ok().flatten();
    let file = file.map_err(|p| errors.push("file", p.message(&tr))).ok();
    let (Some(item), Some(title), Some(file), true) = (item, title, file, errors.is_empty()) else {
        let query = AdminQuery::default();
        return admin_page(&state, &ctx, &query, fields, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let readers = readers(&state, &item, customer).await?;
    let stored = uploads::store(&state, vec![file]).await?;
    let Some(stored_file) = stored.first().cloned() else { return Err(AppError::internal("no file stored")) };
    let new = NewInstruction {
        item: item.id,
        customer,
        title,
        note: version_note,
        file: stored_file,
        uploaded_by: ctx.actor().unwrap_or_else(|| "-".into()),
        uploaded_by_name: ctx.user.as_ref().map(|u| u.display_name.clone()).unwrap_or_default(),
    };
    let detail = format!(
        "article={} audience={} title={:?} subscribers={}",
        item.ordering_number,
        customer.map_or_else(|| "all".to_owned(), |c| format!("party:{c}")),
        new.title.as_str(),
        readers.len()
    );
    let event = gate.event("instruction.upload", None, Some(detail));
    let base = state.config.public_base().to_owned();
    let mut mailed = 0;
    let added = state
        .db
        .add_instruction(&new, state.clock.now(), &event, |version| {
            let mails = subscriber_mails(&base, &readers, &item, &new, version);
            mailed = mails.len();
            mails
        })
        .await;
    match added {
        Ok(v) => {
            let params =
                [("q", item.ordering_number.clone()), ("saved", v.version.to_string()), ("mailed", mailed.to_string())];
            let to = format!("{ADMIN_PATH}?{}", serde_html_form::to_string(params).unwrap_or_default());
            Ok(Redirect::to(&to).into_response())
        }
        Err(e) => {
            uploads::discard(&state, &stored).await;
            if matches!(e, DbError::Conflict) {
                let mut errors = FieldErrors::default();
                errors.push("form", tr.t("documents-conflict"));
                let query = AdminQuery::default();
                return admin_page(&state, &ctx, &query, fields, errors, StatusCode::CONFLICT).await;
            }
            Err(e.into())
        }
    }
}
