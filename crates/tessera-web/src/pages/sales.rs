//! Customers' orders (issue #7, seed 003): in the customer portal a contact places an order
//! (articles, quantities, its reference, the delivery address; for dropshipping the end
//! customer's address and its own delivery note as a PDF), lists its organisation's orders and
//! follows one (status history, delivery-note number, parcels with the carrier's tracking
//! page). In the back office staff move an order on: status, delivery-note number, parcels.
//! Placing and moving on are [`crate::sales_flow`]'s, shared with the API.
use super::{FieldErrors, Layout, Pager, html_status};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::sales_flow::{self, PlaceError};
use crate::security::CsrfForm;
use crate::tr::Tr;
use crate::uploads::{self, CheckedFile, CsrfMultipart, FileProblem, UploadForm};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_db::sales::{SalesOrder, SalesOrderSummary, SalesUpdate};
use tessera_domain::ids::{PartyId, SalesOrderId};
use tessera_domain::policy::{Action, Target};
use tessera_domain::sales::{
    AddressField, Carrier, DeliveryNoteNumber, MAX_LINES, RawAddress, RawSalesOrder, SalesOrderDraft, SalesRule,
    SalesStatus, TrackingNumber,
};
use tessera_domain::upload::FileKind;

const CUSTOMER_LIST: &str = "/customer/orders";
const ADMIN_LIST: &str = "/admin/sales-orders";
/// Empty rows on a new form, and how many "More rows" adds.
const EMPTY_ROWS: usize = 5;

fn order_id(raw: &str) -> AppResult<SalesOrderId> {
    match raw.parse::<SalesOrderId>() {
        Ok(id) if id.get() >= 1 => Ok(id),
        _ => Err(AppError::NotFound),
    }
}

/// The signed-in contact's organisation, once the policy allows `action` in it for this
/// contact (nobody signed in: the sign-in page, before anything is looked up).
async fn customer_of(state: &AppState, ctx: &Ctx, action: Action, new_order: bool) -> AppResult<PartyId> {
    let gate = Gate::new(state, ctx);
    let Some(me) = ctx.contact.as_ref() else {
        gate.check(action, Target::Collection).await?;
        return Err(AppError::Unauthenticated);
    };
    let target =
        if new_order { Target::SalesOrder { id: None, customer: me.customer } } else { Target::Party(me.customer) };
    gate.check(action, target).await?;
    Ok(me.customer)
}

/// A status as a badge: its key (for the style) and its name.
pub struct StatusBadge {
    pub key: &'static str,
    pub label: String,
}

fn badge(tr: &Tr, s: SalesStatus) -> StatusBadge {
    StatusBadge { key: s.as_str(), label: tr.t(&s.message_id()) }
}

fn carrier_label(tr: &Tr, c: Carrier) -> String {
    if c == Carrier::Other { tr.t("sales-carrier-other") } else { c.label().to_owned() }
}

/// A row of an order list.
pub struct ListRow {
    pub o: SalesOrderSummary,
    pub status: StatusBadge,
}

fn list_rows(tr: &Tr, items: Vec<SalesOrderSummary>) -> Vec<ListRow> {
    items.into_iter().map(|o| ListRow { status: badge(tr, o.status), o }).collect()
}

/// The status filter: every status, its name, and whether it is the one chosen.
fn status_options(tr: &Tr, chosen: Option<SalesStatus>) -> Vec<(&'static str, String, bool)> {
    SalesStatus::ALL.iter().map(|s| (s.as_str(), tr.t(&s.message_id()), Some(*s) == chosen)).collect()
}

#[derive(Debug, Default, Deserialize)]
pub struct OrdersQuery {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub page: String,
    #[serde(default)]
    pub customer: String,
    #[serde(default)]
    pub placed: String,
    #[serde(default)]
    pub saved: String,
}

impl OrdersQuery {
    fn page(&self) -> u64 {
        self.page.trim().parse().ok().filter(|p| *p >= 1).unwrap_or(1).min(1_000_000)
    }
    fn status(&self) -> Option<SalesStatus> {
        self.status.parse().ok()
    }
}

// ---------------------------------------------------------------------------------------------
// The customer portal: the list

#[derive(Template)]
#[template(path = "customer_orders.html")]
struct CustomerListPage {
    l: Layout,
    rows: Vec<ListRow>,
    statuses: Vec<(&'static str, String, bool)>,
    pager: Pager,
    can_place: bool,
}

/// `GET /customer/orders`: the organisation's orders, newest first.
pub async fn customer_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<OrdersQuery>,
) -> AppResult<Response> {
    let customer = customer_of(&state, &ctx, Action::CustomerOrderView, false).await?;
    let gate = Gate::new(&state, &ctx);
    let tr = ctx.tr();
    let status = q.status();
    let page = state.db.sales_orders(Some(customer), status, q.page()).await?;
    let pager =
        Pager::new(CUSTOMER_LIST, &[("status", status.map_or("", |s| s.as_str()))], page.page, page.pages, page.total);
    let l = Layout::new(&ctx, tr.t("sales-orders-title"), "customer-orders", CUSTOMER_LIST);
    html_status(
        StatusCode::OK,
        &CustomerListPage {
            l,
            rows: list_rows(&tr, page.items),
            statuses: status_options(&tr, status),
            pager,
            can_place: gate.allows(Action::CustomerOrderPlace, Target::SalesOrder { id: None, customer }),
        },
    )
}

// ---------------------------------------------------------------------------------------------
// The customer portal: the order form

/// An address as typed.
#[derive(Debug, Clone, Default)]
pub struct AddressForm {
    pub name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub country: String,
}

impl AddressForm {
    fn read(form: &UploadForm, prefix: &str) -> Self {
        let f = |k: &str| form.field(&format!("{prefix}_{k}")).to_owned();
        Self { name: f("name"), street: f("street"), postcode: f("postcode"), city: f("city"), country: f("country") }
    }
    fn raw(&self) -> RawAddress {
        RawAddress {
            name: self.name.clone(),
            street: self.street.clone(),
            postcode: self.postcode.clone(),
            city: self.city.clone(),
            country: self.country.clone(),
        }
    }
}

/// One row of the form.
#[derive(Debug, Clone, Default)]
pub struct FormLine {
    pub article: String,
    pub quantity: String,
    pub errors: Vec<String>,
}

impl FormLine {
    fn is_blank(&self) -> bool {
        self.article.trim().is_empty() && self.quantity.trim().is_empty()
    }
}

/// The order form as typed, kept to show it again.
#[derive(Debug, Clone, Default)]
pub struct OrderForm {
    pub lines: Vec<FormLine>,
    pub customer_ref: String,
    pub delivery: AddressForm,
    pub dropship: bool,
    pub end: AddressForm,
    pub notify: bool,
}

impl OrderForm {
    fn read(form: &UploadForm) -> Self {
        let articles = form.all("article");
        let quantities = form.all("quantity");
        let n = articles.len().max(quantities.len()).min(MAX_LINES + EMPTY_ROWS);
        let lines = (0..n)
            .map(|i| FormLine {
                article: articles.get(i).copied().unwrap_or("").to_owned(),
                quantity: quantities.get(i).copied().unwrap_or("").to_owned(),
                errors: Vec::new(),
            })
            .collect();
        Self {
            lines,
            customer_ref: form.field("customer_ref").to_owned(),
            delivery: AddressForm::read(form, "d"),
            dropship: !form.field("dropship").is_empty(),
            end: AddressForm::read(form, "e"),
            notify: !form.field("notify").is_empty(),
        }
    }
    fn raw(&self) -> RawSalesOrder {
        RawSalesOrder {
            customer_ref: self.customer_ref.clone(),
            delivery: self.delivery.raw(),
            end_customer: self.dropship.then(|| self.end.raw()),
            lines: self.lines.iter().map(|l| (l.article.clone(), l.quantity.clone())).collect(),
            notify: self.notify,
        }
    }
    /// At least `EMPTY_ROWS` empty rows at the end, and no more rows than an order may have
    /// (plus those empty ones).
    fn with_room(mut self, extra: usize) -> Self {
        let blank_tail = self.lines.iter().rev().take_while(|l| l.is_blank() && l.errors.is_empty()).count();
        let want = extra.saturating_sub(blank_tail);
        let room = (MAX_LINES + EMPTY_ROWS).saturating_sub(self.lines.len());
        self.lines.extend(std::iter::repeat_with(FormLine::default).take(want.min(room)));
        self
    }
}

/// An address's part as the form names it, with its label (for the rule's message).
const ADDRESS_PARTS: [(AddressField, &str, &str); 5] = [
    (AddressField::Name, "name", "sales-address-name"),
    (AddressField::Street, "street", "sales-address-street"),
    (AddressField::Postcode, "postcode", "sales-address-postcode"),
    (AddressField::City, "city", "sales-address-city"),
    (AddressField::Country, "country", "sales-address-country"),
];

/// One part of an address on the form.
pub struct AddressInput {
    /// The field's name and id: `d_postcode`.
    pub name: String,
    pub label: String,
    pub value: String,
    pub autocomplete: &'static str,
    pub maxlength: u32,
    pub hint: Option<String>,
}

fn address_inputs(tr: &Tr, prefix: &str, a: &AddressForm) -> Vec<AddressInput> {
    let section = if prefix == "d" { "shipping" } else { "section-end-customer shipping" };
    ADDRESS_PARTS
        .iter()
        .map(|(f, key, label)| {
            let (value, auto, max) = match f {
                AddressField::Name => (&a.name, "name", 100),
                AddressField::Street => (&a.street, "street-address", 100),
                AddressField::Postcode => (&a.postcode, "postal-code", 16),
                AddressField::City => (&a.city, "address-level2", 60),
                AddressField::Country => (&a.country, "country", 2),
            };
            AddressInput {
                name: format!("{prefix}_{key}"),
                label: tr.t(label),
                value: value.clone(),
                autocomplete: match (section, auto) {
                    ("shipping", "name") => "shipping name",
                    ("shipping", "street-address") => "shipping street-address",
                    ("shipping", "postal-code") => "shipping postal-code",
                    ("shipping", "address-level2") => "shipping address-level2",
                    ("shipping", _) => "shipping country",
                    _ => "off",
                },
                maxlength: max,
                hint: (*f == AddressField::Country).then(|| tr.t("sales-address-country-hint")),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "customer_order_form.html")]
struct FormPage {
    l: Layout,
    f: OrderForm,
    delivery: Vec<AddressInput>,
    end: Vec<AddressInput>,
    errors: FieldErrors,
    /// Where the notices go.
    email: String,
    max_lines: usize,
}

impl FormPage {
    /// "Row 3", for screen readers (the page shows the number).
    fn row_label(&self, i: &usize) -> String {
        self.l.tr.n("sales-line-label", "line", &(*i as u64))
    }
    fn has_error(&self, field: &str) -> bool {
        self.errors.has(field)
    }
    fn error(&self, field: &str) -> String {
        self.errors.error(field)
    }
}

fn form_page(ctx: &Ctx, f: OrderForm, errors: FieldErrors) -> FormPage {
    let tr = ctx.tr();
    FormPage {
        l: Layout::new(ctx, tr.t("sales-new-title"), "customer-orders", "/customer/orders/new"),
        delivery: address_inputs(&tr, "d", &f.delivery),
        end: address_inputs(&tr, "e", &f.end),
        f,
        errors,
        email: ctx.contact.as_ref().map(|c| c.facts.email.clone()).unwrap_or_default(),
        max_lines: MAX_LINES,
    }
}

/// `GET /customer/orders/new`: the empty form, the delivery address's name filled with the
/// organisation's.
pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let customer = customer_of(&state, &ctx, Action::CustomerOrderPlace, true).await?;
    let org = state.db.customer_org(customer).await?;
    let side = ctx.contact.as_ref().map(|c| c.side).unwrap_or(tessera_domain::contact::Side::Customer);
    let f = OrderForm {
        delivery: AddressForm { name: org.name_of(side).to_owned(), ..Default::default() },
        notify: true,
        ..Default::default()
    }
    .with_room(EMPTY_ROWS);
    html_status(StatusCode::OK, &form_page(&ctx, f, FieldErrors::default()))
}

/// Puts each rule next to its field; a line's rule on its row (numbered as on the form).
fn place_rules(tr: &Tr, f: &mut OrderForm, errors: &mut FieldErrors, rules: &[SalesRule]) {
    // The rules count the rows given (empty ones are left out); the form counts every row.
    let given: Vec<usize> = f.lines.iter().enumerate().filter(|(_, l)| !l.is_blank()).map(|(i, _)| i).collect();
    let label = |field: &AddressField| {
        ADDRESS_PARTS.iter().find(|(f, _, _)| f == field).map(|(_, _, label)| tr.t(label)).unwrap_or_default()
    };
    let key = |field: &AddressField| ADDRESS_PARTS.iter().find(|(f, _, _)| f == field).map_or("name", |(_, k, _)| *k);
    for r in rules {
        match r {
            SalesRule::NoArticle(n) | SalesRule::Quantity(n) => {
                if let Some(&i) = given.get(n.saturating_sub(1)) {
                    let msg = tr.n(r.message_id(), "line", &((i + 1) as u64));
                    f.lines[i].errors.push(msg.clone());
                    errors.push(format!("line-{}", i + 1), msg);
                }
            }
            SalesRule::NoLines | SalesRule::TooManyLines => errors.push_once("lines", tr.t(r.message_id())),
            SalesRule::Reference => errors.push("customer_ref", tr.t(r.message_id())),
            SalesRule::Delivery(a) => errors.push(format!("d_{}", key(a)), tr.t1(r.message_id(), "field", label(a))),
            SalesRule::EndCustomer(a) => errors.push(format!("e_{}", key(a)), tr.t1(r.message_id(), "field", label(a))),
            SalesRule::TrackingNumber => errors.push("form", tr.t(r.message_id())),
        }
    }
}

/// The customer's delivery note from the form: one PDF, judged by its content.
fn delivery_note(tr: &Tr, form: &mut UploadForm, errors: &mut FieldErrors) -> Option<CheckedFile> {
    match uploads::check_files(form, "delivery_note") {
        Ok(mut files) if files.len() <= 1 => match files.pop() {
            Some(f) if f.kind == FileKind::Pdf => Some(f),
            Some(f) => {
                errors.push("delivery_note", tr.t1("sales-note-not-pdf", "name", &f.name));
                None
            }
            None => None,
        },
        Ok(_) | Err(FileProblem::TooMany | FileProblem::OneOnly) => {
            errors.push("delivery_note", tr.t("sales-note-one"));
            None
        }
        // `check_files` judges images and PDFs only; the library's problems are not its.
        Err(FileProblem::Missing) => None,
        Err(e @ FileProblem::Empty(_)) => {
            errors.push("delivery_note", e.message(tr));
            None
        }
        Err(FileProblem::Refused(name) | FileProblem::Library(name, _)) => {
            errors.push("delivery_note", tr.t1("sales-note-not-pdf", "name", name));
            None
        }
    }
}

/// `POST /customer/orders`: places the order, or shows the form again with every problem next
/// to its field (nothing is saved then, no file kept). "More rows" only adds empty rows.
pub async fn place(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfMultipart(mut form): CsrfMultipart,
) -> AppResult<Response> {
    let customer = customer_of(&state, &ctx, Action::CustomerOrderPlace, true).await?;
    let gate = Gate::new(&state, &ctx);
    let tr = ctx.tr();
    let mut f = OrderForm::read(&form);
    let file_given = form.files.iter().any(|x| x.field == "delivery_note");
    let mut errors = FieldErrors::default();
    let again = |errors: &mut FieldErrors, f: &OrderForm| {
        if f.dropship && file_given {
            errors.push_once("delivery_note", tr.t("sales-note-again"));
        }
    };
    if form.field("action") == "more" {
        again(&mut errors, &f);
        let page = form_page(&ctx, f.with_room(EMPTY_ROWS), errors);
        return html_status(StatusCode::OK, &page);
    }
    // The delivery note counts for dropshipping only; otherwise a chosen file is left out.
    let note = if f.dropship { delivery_note(&tr, &mut form, &mut errors) } else { None };
    let draft = match SalesOrderDraft::parse(&f.raw()) {
        Ok(d) => Some(d),
        Err(rules) => {
            place_rules(&tr, &mut f, &mut errors, &rules);
            None
        }
    };
    let Some(draft) = draft.filter(|_| errors.is_empty()) else {
        if note.is_some() {
            again(&mut errors, &f);
        }
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&ctx, f.with_room(1), errors));
    };
    let had_note = note.is_some();
    match sales_flow::place(&gate, customer, draft, note, None, |_| (0, String::new())).await {
        Ok(order) => Ok(Redirect::to(&format!("{CUSTOMER_LIST}/{}?placed=1", order.id)).into_response()),
        Err(PlaceError::UnknownArticles(list)) => {
            for (i, line) in f.lines.iter_mut().enumerate() {
                let a = line.article.trim().to_owned();
                if !a.is_empty() && list.contains(&a) {
                    let msg = tr.t1("sales-line-unknown", "article", &a);
                    line.errors.push(msg.clone());
                    errors.push(format!("line-{}", i + 1), msg);
                }
            }
            if had_note {
                again(&mut errors, &f);
            }
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&ctx, f.with_room(1), errors))
        }
        Err(PlaceError::Replay { .. }) => Err(AppError::internal("a portal order has no idempotency key")),
        Err(PlaceError::App(e)) => Err(e),
    }
}

// ---------------------------------------------------------------------------------------------
// One order, as the customer and as staff see it

/// A status change in the order's history.
pub struct HistoryRow {
    pub status: StatusBadge,
    pub at: String,
    pub actor: String,
    pub note: Option<String>,
}

pub struct ParcelRow {
    pub carrier: String,
    pub number: String,
    pub url: Option<String>,
    pub added: String,
}

/// What both pages show of an order.
pub struct OrderView {
    pub o: SalesOrder,
    pub status: StatusBadge,
    pub history: Vec<HistoryRow>,
    pub parcels: Vec<ParcelRow>,
    pub placed: String,
    /// Who placed it: `contact:7`, or (in the back office) the contact's name and address.
    pub placed_by: String,
}

impl OrderView {
    fn new(tr: &Tr, o: SalesOrder) -> Self {
        let history = o
            .events
            .iter()
            .map(|e| HistoryRow {
                status: badge(tr, e.status),
                at: tr.datetime(&e.at),
                actor: e.actor.clone(),
                note: e.note.clone(),
            })
            .collect();
        let parcels = o
            .parcels
            .iter()
            .map(|p| ParcelRow {
                carrier: carrier_label(tr, p.carrier),
                number: p.tracking_number.as_str().to_owned(),
                url: p.tracking_url(),
                added: tr.datetime(&p.added_at),
            })
            .collect();
        Self {
            status: badge(tr, o.status),
            placed: tr.datetime(&o.created_at),
            placed_by: o.created_by.clone(),
            history,
            parcels,
            o,
        }
    }

    /// Staff read people's names, not `user:3`: the staff and the order's contact by name.
    async fn name_actors(&mut self, state: &AppState) -> AppResult<()> {
        let mut names: std::collections::HashMap<String, String> =
            state.db.users().await?.into_iter().map(|u| (format!("user:{}", u.id), u.display_name)).collect();
        if let Some(c) = self.o.contact {
            match state.db.contact(c).await {
                Ok(c) => {
                    names.insert(format!("contact:{}", c.id), format!("{} ({})", c.facts.name, c.facts.email));
                }
                Err(tessera_db::DbError::NotFound) => {}
                Err(e) => return Err(e.into()),
            }
        }
        if let Some(n) = names.get(&self.placed_by) {
            self.placed_by = n.clone();
        }
        for h in &mut self.history {
            if let Some(n) = names.get(&h.actor) {
                h.actor = n.clone();
            }
        }
        Ok(())
    }
}

#[derive(Template)]
#[template(path = "customer_order.html")]
struct CustomerOrderPage {
    l: Layout,
    v: OrderView,
    placed_notice: bool,
}

/// `GET /customer/orders/{id}`: one of the organisation's orders (another's is 404).
pub async fn customer_show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<OrdersQuery>,
) -> AppResult<Response> {
    let id = order_id(&id)?;
    let o = Gate::new(&state, &ctx).sales_order(Action::CustomerOrderView, id).await?;
    let tr = ctx.tr();
    let l = Layout::new(
        &ctx,
        tr.t1("sales-order-title", "number", &o.number),
        "customer-orders",
        &format!("{CUSTOMER_LIST}/{id}"),
    );
    html_status(StatusCode::OK, &CustomerOrderPage { l, v: OrderView::new(&tr, o), placed_notice: q.placed == "1" })
}

/// The customer's own delivery note of an order, as a download: the order and then the file go
/// through the gate.
async fn delivery_note_download(state: &AppState, ctx: &Ctx, id: &str, portal: bool) -> AppResult<Response> {
    let id = order_id(id)?;
    let gate = Gate::new(state, ctx);
    let action = if portal { Action::CustomerOrderView } else { Action::SalesOrderView };
    let o = gate.sales_order(action, id).await?;
    let Some(note) = &o.delivery_note else { return Err(AppError::NotFound) };
    let a = gate.attachment(portal, note.id).await?;
    uploads::download(state, &a).await
}

/// `GET /customer/orders/{id}/delivery-note`
pub async fn customer_delivery_note(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    delivery_note_download(&state, &ctx, &id, true).await
}

/// `GET /admin/sales-orders/{id}/delivery-note`
pub async fn admin_delivery_note(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    delivery_note_download(&state, &ctx, &id, false).await
}

// ---------------------------------------------------------------------------------------------
// The back office

#[derive(Template)]
#[template(path = "sales_orders_list.html")]
struct AdminListPage {
    l: Layout,
    rows: Vec<ListRow>,
    statuses: Vec<(&'static str, String, bool)>,
    pager: Pager,
    /// The customer filtered on: its id and name.
    customer: Option<(PartyId, String)>,
}

/// `GET /admin/sales-orders`: every customer's orders, newest first; by status, by customer.
pub async fn admin_list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<OrdersQuery>) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::SalesOrderView, Target::Collection).await?;
    let tr = ctx.tr();
    let status = q.status();
    let customer = match q.customer.trim().parse::<PartyId>() {
        Ok(c) => match state.db.party(c).await {
            Ok(p) => Some((c, p.name)),
            Err(tessera_db::DbError::NotFound) => None,
            Err(e) => return Err(e.into()),
        },
        Err(_) => None,
    };
    let page = state.db.sales_orders(customer.as_ref().map(|c| c.0), status, q.page()).await?;
    let customer_param = customer.as_ref().map(|c| c.0.to_string()).unwrap_or_default();
    let pager = Pager::new(
        ADMIN_LIST,
        &[("status", status.map_or("", |s| s.as_str())), ("customer", &customer_param)],
        page.page,
        page.pages,
        page.total,
    );
    let l = Layout::new(&ctx, tr.t("sales-admin-title"), "sales-orders", ADMIN_LIST);
    html_status(
        StatusCode::OK,
        &AdminListPage { l, rows: list_rows(&tr, page.items), statuses: status_options(&tr, status), pager, customer },
    )
}

/// The update form as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct UpdateForm {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub delivery_note_number: String,
    #[serde(default)]
    pub carrier: String,
    #[serde(default)]
    pub tracking_number: String,
    #[serde(default)]
    pub version: String,
}

#[derive(Template)]
#[template(path = "sales_order_show.html")]
struct AdminOrderPage {
    l: Layout,
    v: OrderView,
    can_manage: bool,
    /// The statuses the order may move to: key, name, chosen.
    next: Vec<(&'static str, String, bool)>,
    carriers: Vec<(&'static str, String, bool)>,
    f: UpdateForm,
    errors: FieldErrors,
    /// After saving: the notice.
    saved: Option<String>,
}

impl AdminOrderPage {
    fn has_error(&self, field: &str) -> bool {
        self.errors.has(field)
    }
    fn error(&self, field: &str) -> String {
        self.errors.error(field)
    }
}

async fn admin_page(
    ctx: &Ctx,
    gate: &Gate<'_>,
    o: SalesOrder,
    f: Option<UpdateForm>,
    errors: FieldErrors,
) -> AppResult<AdminOrderPage> {
    let tr = ctx.tr();
    let can_manage = gate.allows(Action::SalesOrderManage, Target::SalesOrder { id: Some(o.id), customer: o.customer });
    let f = f.unwrap_or_else(|| UpdateForm {
        delivery_note_number: o.delivery_note_number.clone().unwrap_or_default(),
        ..Default::default()
    });
    let next = SalesStatus::ALL
        .iter()
        .filter(|s| o.status.may_move_to(**s))
        .map(|s| (s.as_str(), tr.t(&s.message_id()), f.status == s.as_str()))
        .collect();
    let carriers = Carrier::ALL.iter().map(|c| (c.as_str(), carrier_label(&tr, *c), f.carrier == c.as_str())).collect();
    let l = Layout::new(
        ctx,
        tr.t1("sales-order-title", "number", &o.number),
        "sales-orders",
        &format!("{ADMIN_LIST}/{}", o.id),
    );
    let f = UpdateForm { version: o.version.to_string(), ..f };
    let mut v = OrderView::new(&tr, o);
    v.name_actors(gate.state).await?;
    Ok(AdminOrderPage { l, v, can_manage, next, carriers, f, errors, saved: None })
}

/// `GET /admin/sales-orders/{id}`: the order, and for who may the form to move it on.
pub async fn admin_show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<OrdersQuery>,
) -> AppResult<Response> {
    let id = order_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    let o = gate.sales_order(Action::SalesOrderView, id).await?;
    let tr = ctx.tr();
    let mut page = admin_page(&ctx, &gate, o, None, FieldErrors::default()).await?;
    page.saved = match q.saved.as_str() {
        "1" => Some(tr.t("sales-saved")),
        "mailed" => Some(tr.t("sales-saved-mailed")),
        _ => None,
    };
    html_status(StatusCode::OK, &page)
}

/// `POST /admin/sales-orders/{id}`: a new status, the delivery-note number, a parcel, at the
/// version the person saw. Anything wrong is shown on the page and nothing is changed.
pub async fn admin_update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<UpdateForm>,
) -> AppResult<Response> {
    let id = order_id(&id)?;
    let gate = Gate::new(&state, &ctx);
    let o = gate.sales_order(Action::SalesOrderManage, id).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let status = match f.status.trim() {
        "" => None,
        s => match s.parse::<SalesStatus>() {
            Ok(s) if s == o.status => None,
            Ok(s) => Some(s),
            Err(_) => {
                errors
                    .push("status", tr.t1("sales-conflict-invalid-transition", "status", tr.t(&o.status.message_id())));
                None
            }
        },
    };
    let typed_note = f.delivery_note_number.trim();
    let delivery_note_number = if typed_note.is_empty() || Some(typed_note) == o.delivery_note_number.as_deref() {
        None
    } else {
        match DeliveryNoteNumber::parse(typed_note) {
            Ok(n) => Some(n),
            Err(_) => {
                errors.push("delivery_note_number", tr.t("sales-delivery-note-number-invalid"));
                None
            }
        }
    };
    let mut parcels = Vec::new();
    match (f.carrier.trim(), f.tracking_number.trim()) {
        ("", "") => {}
        ("", _) => errors.push("carrier", tr.t("sales-carrier-missing")),
        (_, "") => errors.push("tracking_number", tr.t("sales-tracking-missing")),
        (c, n) => {
            let carrier = c.parse::<Carrier>();
            if carrier.is_err() {
                errors.push("carrier", tr.t("sales-carrier-missing"));
            }
            match TrackingNumber::parse(n) {
                Ok(n) => {
                    if let Ok(c) = carrier {
                        parcels.push((c, n));
                    }
                }
                Err(r) => errors.push("tracking_number", tr.t(r.message_id())),
            }
        }
    }
    let version: Option<i64> = f.version.trim().parse().ok();
    if version.is_none() {
        return Err(AppError::BadRequest("version"));
    }
    if errors.is_empty() && status.is_none() && delivery_note_number.is_none() && parcels.is_empty() {
        errors.push("form", tr.t("sales-nothing-to-change"));
    }
    if !errors.is_empty() {
        let page = admin_page(&ctx, &gate, o, Some(f), errors).await?;
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let news = status.is_some() || parcels.iter().any(|(_, n)| !o.parcels.iter().any(|p| &p.tracking_number == n));
    let mailed = o.notify && o.contact.is_some() && news;
    let update = SalesUpdate { status, delivery_note_number, parcels, note: None };
    match sales_flow::update(&gate, id, version, update).await {
        Ok(_) => {
            let saved = if mailed { "mailed" } else { "1" };
            Ok(Redirect::to(&format!("{ADMIN_LIST}/{id}?saved={saved}")).into_response())
        }
        Err(AppError::Conflict(code)) => {
            // Shown with the order as it is now; nothing was changed.
            let now = state.db.sales_order(id).await?;
            let mut errors = FieldErrors::default();
            let current = tr.t(&now.status.message_id());
            errors.push(
                "form",
                match code {
                    "invalid_transition" => tr.t1("sales-conflict-invalid-transition", "status", current),
                    "order_closed" => tr.t("sales-conflict-order-closed"),
                    _ => tr.t("sales-conflict-stale"),
                },
            );
            let page = admin_page(&ctx, &gate, now, Some(f), errors).await?;
            html_status(StatusCode::CONFLICT, &page)
        }
        Err(e) => Err(e),
    }
}
