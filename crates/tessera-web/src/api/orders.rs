//! Customers' orders by API: place one (with `Idempotency-Key`), read it, its tracking, the
//! customer's own delivery note (PDF); list them; and for the host's main system, move one on.
use super::extract::{ApiJson, ApiPath, ApiQuery};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::sales_flow::{self, PlaceError};
use crate::uploads::CheckedFile;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tessera_db::sales::{Idempotency, SalesOrder, SalesOrderSummary, SalesUpdate};
use tessera_domain::ids::SalesOrderId;
use tessera_domain::policy::{Action, Principal, Target};
use tessera_domain::sales::{
    Address, Carrier, DeliveryNoteNumber, RawAddress, RawSalesOrder, SalesOrderDraft, SalesRule, SalesStatus,
    TrackingNumber,
};
use tessera_domain::upload::{FileKind, MAX_FILE_BYTES, sniff};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    Received,
    Confirmed,
    InProduction,
    Shipped,
    Delivered,
    Cancelled,
}

impl From<SalesStatus> for OrderStatus {
    fn from(s: SalesStatus) -> Self {
        match s {
            SalesStatus::Received => Self::Received,
            SalesStatus::Confirmed => Self::Confirmed,
            SalesStatus::InProduction => Self::InProduction,
            SalesStatus::Shipped => Self::Shipped,
            SalesStatus::Delivered => Self::Delivered,
            SalesStatus::Cancelled => Self::Cancelled,
        }
    }
}

impl From<OrderStatus> for SalesStatus {
    fn from(s: OrderStatus) -> Self {
        match s {
            OrderStatus::Received => Self::Received,
            OrderStatus::Confirmed => Self::Confirmed,
            OrderStatus::InProduction => Self::InProduction,
            OrderStatus::Shipped => Self::Shipped,
            OrderStatus::Delivered => Self::Delivered,
            OrderStatus::Cancelled => Self::Cancelled,
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ParcelCarrier {
    Dhl,
    Dpd,
    Ups,
    Gls,
    Fedex,
    Inpost,
    Other,
}

impl From<Carrier> for ParcelCarrier {
    fn from(c: Carrier) -> Self {
        match c {
            Carrier::Dhl => Self::Dhl,
            Carrier::Dpd => Self::Dpd,
            Carrier::Ups => Self::Ups,
            Carrier::Gls => Self::Gls,
            Carrier::Fedex => Self::Fedex,
            Carrier::Inpost => Self::Inpost,
            Carrier::Other => Self::Other,
        }
    }
}

impl From<ParcelCarrier> for Carrier {
    fn from(c: ParcelCarrier) -> Self {
        match c {
            ParcelCarrier::Dhl => Self::Dhl,
            ParcelCarrier::Dpd => Self::Dpd,
            ParcelCarrier::Ups => Self::Ups,
            ParcelCarrier::Gls => Self::Gls,
            ParcelCarrier::Fedex => Self::Fedex,
            ParcelCarrier::Inpost => Self::Inpost,
            ParcelCarrier::Other => Self::Other,
        }
    }
}

/// A postal address.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddressBody {
    #[schema(min_length = 1, max_length = 100, example = "COMPANY X")]
    pub name: String,
    #[schema(min_length = 1, max_length = 100, example = "ul. Długa 5")]
    pub street: String,
    #[schema(min_length = 1, max_length = 16, example = "00-950")]
    pub postcode: String,
    #[schema(min_length = 1, max_length = 60, example = "Warszawa")]
    pub city: String,
    /// ISO 3166-1 alpha-2.
    #[schema(min_length = 2, max_length = 2, pattern = "^[A-Za-z]{2}$", example = "PL")]
    pub country: String,
}

impl From<&Address> for AddressBody {
    fn from(a: &Address) -> Self {
        Self {
            name: a.name.clone(),
            street: a.street.clone(),
            postcode: a.postcode.clone(),
            city: a.city.clone(),
            country: a.country.clone(),
        }
    }
}

impl From<AddressBody> for RawAddress {
    fn from(a: AddressBody) -> Self {
        Self { name: a.name, street: a.street, postcode: a.postcode, city: a.city, country: a.country }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrderLineIn {
    /// The article's number.
    pub article: super::stock::ArticleIn,
    /// Greater than zero, in the article's unit.
    #[schema(value_type = f64, exclusive_minimum = 0, example = 40)]
    pub quantity: serde_json::Number,
}

/// An order to place.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrderIn {
    /// Your own reference for the order.
    #[schema(max_length = 35, example = "PO-2026-0042")]
    pub customer_reference: Option<String>,
    pub delivery_address: AddressBody,
    /// Dropshipping: the end customer's address; the goods go there with your delivery note
    /// (`PUT …/customer-delivery-note`).
    pub end_customer_address: Option<AddressBody>,
    /// 1 to 200 lines.
    #[schema(min_items = 1, max_items = 200)]
    pub lines: Vec<OrderLineIn>,
    /// Email the key's organisation's contact on each change (only orders placed in the portal
    /// have a contact to email).
    pub notify: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrderLineOut {
    pub line: i32,
    pub article: String,
    pub name: String,
    #[serde(serialize_with = "super::quantity::serialize")]
    #[schema(value_type = f64)]
    pub quantity: Decimal,
    pub unit: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ParcelOut {
    pub carrier: ParcelCarrier,
    pub tracking_number: String,
    /// The carrier's tracking page, where there is one.
    pub tracking_url: Option<String>,
    pub added_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StatusChangeOut {
    pub status: OrderStatus,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DeliveryNoteOut {
    pub file_name: String,
    pub size: i64,
}

/// An order.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrderOut {
    pub id: i64,
    #[schema(example = "S000012")]
    pub number: String,
    pub status: OrderStatus,
    pub customer_reference: Option<String>,
    pub delivery_address: AddressBody,
    pub end_customer_address: Option<AddressBody>,
    /// Your own delivery note (dropshipping), if given.
    pub customer_delivery_note: Option<DeliveryNoteOut>,
    /// The number of the delivery note the goods ship with.
    pub delivery_note_number: Option<String>,
    pub lines: Vec<OrderLineOut>,
    pub parcels: Vec<ParcelOut>,
    pub history: Vec<StatusChangeOut>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

fn parcels_out(o: &SalesOrder) -> Vec<ParcelOut> {
    o.parcels
        .iter()
        .map(|p| ParcelOut {
            carrier: p.carrier.into(),
            tracking_number: p.tracking_number.as_str().to_owned(),
            tracking_url: p.tracking_url(),
            added_at: p.added_at,
        })
        .collect()
}

impl From<&SalesOrder> for OrderOut {
    fn from(o: &SalesOrder) -> Self {
        Self {
            id: o.id.get(),
            number: o.number.clone(),
            status: o.status.into(),
            customer_reference: o.customer_ref.clone(),
            delivery_address: (&o.delivery).into(),
            end_customer_address: o.end_customer.as_ref().map(Into::into),
            customer_delivery_note: o
                .delivery_note
                .as_ref()
                .map(|d| DeliveryNoteOut { file_name: d.file_name.clone(), size: d.size }),
            delivery_note_number: o.delivery_note_number.clone(),
            lines: o
                .lines
                .iter()
                .map(|l| OrderLineOut {
                    line: l.line_no,
                    article: l.article.clone(),
                    name: l.name.clone(),
                    quantity: l.quantity.get(),
                    unit: l.unit.clone(),
                })
                .collect(),
            parcels: parcels_out(o),
            history: o.events.iter().map(|e| StatusChangeOut { status: e.status.into(), at: e.at }).collect(),
            created_at: o.created_at,
            updated_at: o.updated_at,
        }
    }
}

/// Where an order's parcels are.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrackingOut {
    pub order: String,
    pub status: OrderStatus,
    pub delivery_note_number: Option<String>,
    pub parcels: Vec<ParcelOut>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrderSummaryOut {
    pub id: i64,
    pub number: String,
    pub status: OrderStatus,
    pub customer_reference: Option<String>,
    pub dropship: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<&SalesOrderSummary> for OrderSummaryOut {
    fn from(o: &SalesOrderSummary) -> Self {
        Self {
            id: o.id.get(),
            number: o.number.clone(),
            status: o.status.into(),
            customer_reference: o.customer_ref.clone(),
            dropship: o.dropship,
            created_at: o.created_at,
            updated_at: o.updated_at,
        }
    }
}

/// A page of orders, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrderPage {
    pub items: Vec<OrderSummaryOut>,
    /// This page, from 1.
    pub page: u64,
    pub pages: u64,
    pub total: u64,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// The page, from 1 (25 orders a page).
    #[param(minimum = 1, maximum = 1000000)]
    pub page: Option<u64>,
    /// Only orders of this status.
    pub status: Option<OrderStatus>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ParcelIn {
    pub carrier: ParcelCarrier,
    #[schema(min_length = 4, max_length = 40, pattern = "^[A-Za-z0-9-]{4,40}$", example = "00340434161")]
    pub tracking_number: String,
}

/// What the main system changes on an order; what is left out stays.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrderUpdateIn {
    pub status: Option<OrderStatus>,
    #[schema(min_length = 1, max_length = 40, pattern = r"\S")]
    pub delivery_note_number: Option<String>,
    /// Parcels to add (a tracking number already on the order is not added twice).
    #[schema(max_items = 50)]
    pub parcels: Option<Vec<ParcelIn>>,
}

/// The customer organisation of the asking key or contact, if any.
fn customer_of(ctx: &Ctx) -> Option<tessera_domain::ids::PartyId> {
    match &ctx.principal {
        Principal::ApiKey(g) => g.scope.customer(),
        Principal::Contact(g) => Some(g.customer),
        _ => None,
    }
}

fn order_id(raw: i64) -> AppResult<SalesOrderId> {
    if raw < 1 {
        return Err(AppError::NotFound);
    }
    Ok(SalesOrderId::new(raw))
}

fn rule_detail(ctx: &Ctx, problems: &[SalesRule]) -> String {
    let tr = ctx.tr();
    problems
        .iter()
        .map(|p| match p {
            SalesRule::NoArticle(n) | SalesRule::Quantity(n) => tr.n(p.message_id(), "line", &(*n as u64)),
            SalesRule::Delivery(f) | SalesRule::EndCustomer(f) => tr.t1(p.message_id(), "field", f.as_str()),
            _ => tr.t(p.message_id()),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn json_response(status: StatusCode, body: String) -> Response {
    let mut res = (status, body).into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    res
}

/// Places an order. With `Idempotency-Key`, a retry gets the first answer and creates nothing;
/// the same key with another body is refused (422 `idempotency_key_reused`).
#[utoipa::path(
    post,
    path = "/api/v1/orders",
    tag = "orders",
    request_body = OrderIn,
    params(("Idempotency-Key" = Option<String>, Header, description = "Any unique string up to 255 characters; a retry with the same key and body gets the first response", max_length = 255)),
    responses((status = 201, description = "The order, placed", body = OrderOut)),
)]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    ApiJson(value): ApiJson<serde_json::Value>,
) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    let Some(customer) = customer_of(&ctx) else {
        // A host key or nobody: the policy says which (401 or 403).
        gate.check(Action::CustomerOrderPlace, Target::Collection).await?;
        return Err(AppError::Forbidden);
    };
    gate.check(Action::CustomerOrderPlace, Target::SalesOrder { id: None, customer }).await?;
    let idem_key = match headers.get("idempotency-key") {
        Some(v) => {
            let k = v.to_str().ok().map(str::trim).filter(|k| !k.is_empty() && k.len() <= 255);
            Some(k.ok_or(AppError::Invalid {
                code: "invalid_idempotency_key",
                detail: ctx.tr().t("api-problem-invalid-idempotency-key"),
            })?)
        }
        None => None,
    };
    // The body's hash, over its canonical JSON (keys sorted), so a retry matches itself.
    let request_hash = hex::encode(Sha256::digest(value.to_string().as_bytes()));
    let body: OrderIn =
        serde_json::from_value(value).map_err(|e| AppError::Invalid { code: "invalid_body", detail: e.to_string() })?;
    let raw = RawSalesOrder {
        customer_ref: body.customer_reference.unwrap_or_default(),
        delivery: body.delivery_address.into(),
        end_customer: body.end_customer_address.map(Into::into),
        lines: body.lines.into_iter().map(|l| (l.article.0, l.quantity.to_string())).collect(),
        notify: body.notify.unwrap_or(false),
    };
    let draft = SalesOrderDraft::parse(&raw)
        .map_err(|p| AppError::Invalid { code: "invalid_order", detail: rule_detail(&ctx, &p) })?;
    let idempotency = match (idem_key, &ctx.principal) {
        (Some(k), Principal::ApiKey(g)) => {
            Some(Idempotency { api_key: g.key, key: k.to_owned(), request_hash: request_hash.clone() })
        }
        _ => None,
    };
    let render = |o: &SalesOrder| (201u16, serde_json::to_string(&OrderOut::from(o)).unwrap_or_default());
    match sales_flow::place(&gate, customer, draft, None, idempotency.as_ref(), render).await {
        Ok(order) => {
            let mut res =
                json_response(StatusCode::CREATED, serde_json::to_string(&OrderOut::from(&order)).unwrap_or_default());
            if let Ok(v) = HeaderValue::from_str(&format!("/api/v1/orders/{}", order.id)) {
                res.headers_mut().insert(header::LOCATION, v);
            }
            Ok(res)
        }
        Err(PlaceError::Replay { same_request: true, status, body }) => {
            let mut res = json_response(StatusCode::from_u16(status).unwrap_or(StatusCode::CREATED), body);
            res.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
            Ok(res)
        }
        Err(PlaceError::Replay { same_request: false, .. }) => Err(AppError::Invalid {
            code: "idempotency_key_reused",
            detail: ctx.tr().t("api-problem-idempotency-key-reused"),
        }),
        Err(PlaceError::UnknownArticles(list)) => Err(AppError::Invalid {
            code: "unknown_article",
            detail: ctx.tr().t1("api-problem-unknown-articles", "articles", list.join(", ")),
        }),
        Err(PlaceError::App(e)) => Err(e),
    }
}

/// The organisation's orders, newest first, 25 a page.
#[utoipa::path(
    get,
    path = "/api/v1/orders",
    tag = "orders",
    params(ListParams),
    responses((status = 200, description = "A page of orders", body = OrderPage)),
)]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiQuery(params): ApiQuery<ListParams>,
) -> AppResult<Json<OrderPage>> {
    let gate = Gate::new(&state, &ctx);
    let Some(customer) = customer_of(&ctx) else {
        gate.check(Action::CustomerOrderView, Target::Collection).await?;
        return Err(AppError::Forbidden);
    };
    gate.check(Action::CustomerOrderView, Target::Party(customer)).await?;
    let page = match params.page {
        None => 1,
        Some(p @ 1..=1_000_000) => p,
        Some(_) => {
            return Err(AppError::Invalid { code: "invalid_query", detail: ctx.tr().t("api-problem-invalid-page") });
        }
    };
    let p = state.db.sales_orders(Some(customer), params.status.map(Into::into), page).await?;
    Ok(Json(OrderPage {
        items: p.items.iter().map(Into::into).collect(),
        page: p.page,
        pages: p.pages,
        total: p.total,
    }))
}

/// An order of the key's organisation (another organisation's order is not found).
#[utoipa::path(
    get,
    path = "/api/v1/orders/{id}",
    tag = "orders",
    params(("id" = i64, Path, description = "The order's id", minimum = 1)),
    responses((status = 200, description = "The order", body = OrderOut)),
)]
pub async fn show(State(state): State<AppState>, ctx: Ctx, ApiPath(id): ApiPath<i64>) -> AppResult<Json<OrderOut>> {
    let order = Gate::new(&state, &ctx).sales_order(Action::CustomerOrderView, order_id(id)?).await?;
    Ok(Json((&order).into()))
}

/// An order's status, delivery-note number and parcels with their tracking links.
#[utoipa::path(
    get,
    path = "/api/v1/orders/{id}/tracking",
    tag = "orders",
    params(("id" = i64, Path, description = "The order's id", minimum = 1)),
    responses((status = 200, description = "Where the parcels are", body = TrackingOut)),
)]
pub async fn tracking(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<i64>,
) -> AppResult<Json<TrackingOut>> {
    let order = Gate::new(&state, &ctx).sales_order(Action::CustomerOrderView, order_id(id)?).await?;
    Ok(Json(TrackingOut {
        order: order.number.clone(),
        status: order.status.into(),
        delivery_note_number: order.delivery_note_number.clone(),
        parcels: parcels_out(&order),
    }))
}

/// Your own delivery note for a dropshipped order, as a PDF (at most 10 MB), until it ships.
#[utoipa::path(
    put,
    path = "/api/v1/orders/{id}/customer-delivery-note",
    tag = "orders",
    params(("id" = i64, Path, description = "The order's id", minimum = 1)),
    request_body(content = Vec<u8>, content_type = "application/pdf", description = "The PDF"),
    responses((status = 200, description = "The order, with the note", body = OrderOut)),
)]
pub async fn put_delivery_note(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Json<OrderOut>> {
    let gate = Gate::new(&state, &ctx);
    let order = gate.sales_order(Action::CustomerOrderPlace, order_id(id)?).await?;
    let pdf = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/pdf"));
    if !pdf {
        return Err(AppError::UnsupportedMediaType);
    }
    if body.len() > MAX_FILE_BYTES {
        return Err(AppError::TooLarge);
    }
    if sniff(&body) != Some(FileKind::Pdf) {
        return Err(AppError::Invalid { code: "invalid_file", detail: ctx.tr().t("api-problem-invalid-file") });
    }
    let file =
        CheckedFile { name: format!("delivery-note-{}.pdf", order.number), kind: FileKind::Pdf, bytes: body.to_vec() };
    let stored = crate::uploads::store(&state, vec![file]).await?;
    let Some(note) = stored.first() else { return Err(AppError::internal("nothing stored")) };
    let event = gate.event("sales_order.delivery_note", Some(format!("sales_order:{}", order.id)), None);
    let actor = ctx.actor().unwrap_or_else(|| "-".into());
    match state.db.set_sales_delivery_note(order.id, note, &actor, state.clock.now(), &event).await {
        Ok(o) => Ok(Json((&o).into())),
        Err(e) => {
            crate::uploads::discard(&state, &stored).await;
            Err(sales_flow::sales_error(e))
        }
    }
}

/// The main system moves an order on: status, delivery-note number, parcels (a host key whose
/// staff role manages orders). The contact who placed it is emailed if they asked.
#[utoipa::path(
    patch,
    path = "/api/v1/orders/{id}",
    tag = "orders",
    params(("id" = i64, Path, description = "The order's id", minimum = 1)),
    request_body = OrderUpdateIn,
    responses((status = 200, description = "The order, changed", body = OrderOut)),
)]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(id): ApiPath<i64>,
    ApiJson(body): ApiJson<OrderUpdateIn>,
) -> AppResult<Json<OrderOut>> {
    let gate = Gate::new(&state, &ctx);
    let id = order_id(id)?;
    let tr = ctx.tr();
    let invalid = |code: &'static str, id: &str| AppError::Invalid { code, detail: tr.t(id) };
    let delivery_note_number = body
        .delivery_note_number
        .as_deref()
        .map(DeliveryNoteNumber::parse)
        .transpose()
        .map_err(|_| invalid("invalid_delivery_note_number", "api-problem-invalid-delivery-note-number"))?;
    let mut parcels = Vec::new();
    for p in body.parcels.unwrap_or_default() {
        let n = TrackingNumber::parse(&p.tracking_number)
            .map_err(|_| invalid("invalid_tracking_number", "sales-rule-tracking-number"))?;
        parcels.push((p.carrier.into(), n));
    }
    let update = SalesUpdate { status: body.status.map(Into::into), delivery_note_number, parcels, note: None };
    let order = sales_flow::update(&gate, id, None, update).await?;
    Ok(Json((&order).into()))
}
