//! Customers' orders (sales orders): placed in the customer portal or by API, moved on by staff
//! (status, delivery-note number, parcels), with their history. An API request's
//! `Idempotency-Key` is recorded in the same transaction as the order it created.
use crate::attachments::{self, AttachmentOwner, NewAttachment};
use crate::audit::{AuditEvent, audit_in};
use crate::documents::party_names;
use crate::entity::{
    attachment, idempotency_key, item, sales_order, sales_order_event, sales_order_line, sales_order_parcel,
};
use crate::error::corrupt;
use crate::outbox::{NewMail, enqueue};
use crate::{Db, DbError, PAGE_SIZE, Page};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use std::collections::HashMap;
use tessera_domain::ids::{ApiKeyId, AttachmentId, ContactId, ItemId, PartyId, SalesOrderId};
use tessera_domain::number::Quantity;
use tessera_domain::sales::{Address, Carrier, DeliveryNoteNumber, SalesOrderDraft, SalesStatus, TrackingNumber};

/// A customer's order, whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalesOrder {
    pub id: SalesOrderId,
    /// `S000123`
    pub number: String,
    pub customer: PartyId,
    pub customer_name: String,
    pub customer_ref: Option<String>,
    pub status: SalesStatus,
    pub delivery: Address,
    pub end_customer: Option<Address>,
    /// The customer's own delivery note (dropshipping), a PDF.
    pub delivery_note: Option<DeliveryNoteFile>,
    pub delivery_note_number: Option<String>,
    pub contact: Option<ContactId>,
    pub notify: bool,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i64,
    pub lines: Vec<SalesLineView>,
    pub parcels: Vec<Parcel>,
    pub events: Vec<SalesEvent>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryNoteFile {
    pub id: AttachmentId,
    pub file_name: String,
    pub size: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalesLineView {
    pub line_no: i32,
    pub item: ItemId,
    pub article: String,
    pub name: String,
    pub unit: String,
    pub quantity: Quantity,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parcel {
    pub carrier: Carrier,
    pub tracking_number: TrackingNumber,
    pub added_at: DateTime<Utc>,
}

impl Parcel {
    pub fn tracking_url(&self) -> Option<String> {
        self.carrier.tracking_url(&self.tracking_number)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalesEvent {
    pub status: SalesStatus,
    pub note: Option<String>,
    pub actor: String,
    pub at: DateTime<Utc>,
}

/// A row of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalesOrderSummary {
    pub id: SalesOrderId,
    pub number: String,
    pub customer: PartyId,
    pub customer_name: String,
    pub customer_ref: Option<String>,
    pub status: SalesStatus,
    pub dropship: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An order to place, checked, for a customer.
#[derive(Debug, Clone)]
pub struct NewSalesOrder {
    pub customer: PartyId,
    pub draft: SalesOrderDraft,
    /// The contact who placed it (for the emails), if a contact did.
    pub contact: Option<ContactId>,
    /// `contact:7`, `api_key:3`.
    pub created_by: String,
    /// The customer's own delivery note, already in the file store.
    pub delivery_note: Option<NewAttachment>,
}

/// An API request's idempotency: the key that sent it, its `Idempotency-Key`, the hash of its
/// body. The response is rendered from the order in the order's transaction.
#[derive(Debug, Clone)]
pub struct Idempotency {
    pub api_key: ApiKeyId,
    pub key: String,
    pub request_hash: String,
}

/// What was answered to the first request with an `Idempotency-Key`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub request_hash: String,
    pub status: u16,
    pub body: String,
}

/// What staff change on an order; anything `None` or empty stays as it is.
#[derive(Debug, Clone, Default)]
pub struct SalesUpdate {
    pub status: Option<SalesStatus>,
    pub delivery_note_number: Option<DeliveryNoteNumber>,
    pub parcels: Vec<(Carrier, TrackingNumber)>,
    pub note: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SalesError {
    #[error("unknown article numbers: {}", .0.join(", "))]
    UnknownArticles(Vec<String>),
    #[error("an order cannot go from {from} to {to}")]
    Transition { from: SalesStatus, to: SalesStatus },
    /// The order is final (delivered or cancelled) or shipped: it cannot be changed so.
    #[error("the order can no longer be changed this way")]
    Closed,
    /// The `Idempotency-Key` was used first; its response is this.
    #[error("replay")]
    Replay(StoredResponse),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<sea_orm::DbErr> for SalesError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Db(DbError::from(e))
    }
}

fn parse_status(s: &str) -> Result<SalesStatus, DbError> {
    s.parse().map_err(|_| corrupt("sales status", s))
}

fn address(s: &str) -> Result<Address, DbError> {
    serde_json::from_str(s).map_err(|_| corrupt("sales address", s))
}

fn address_json(a: &Address) -> Result<String, DbError> {
    serde_json::to_string(a).map_err(|e| DbError::Corrupt(e.to_string()))
}

async fn load<C: ConnectionTrait>(c: &C, id: SalesOrderId) -> Result<SalesOrder, DbError> {
    let m = sales_order::Entity::find_by_id(id.get()).one(c).await?.ok_or(DbError::NotFound)?;
    let customer_name =
        crate::entity::party::Entity::find_by_id(m.customer_id).one(c).await?.map(|p| p.name).unwrap_or_default();
    let line_rows = sales_order_line::Entity::find()
        .filter(sales_order_line::Column::OrderId.eq(m.id))
        .order_by_asc(sales_order_line::Column::LineNo)
        .all(c)
        .await?;
    let items: HashMap<i64, item::Model> = item::Entity::find()
        .filter(item::Column::Id.is_in(line_rows.iter().map(|l| l.item_id).collect::<Vec<_>>()))
        .all(c)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let mut lines = Vec::with_capacity(line_rows.len());
    for l in line_rows {
        let it = items.get(&l.item_id).ok_or_else(|| corrupt("sales_order_lines.item_id", &l.item_id.to_string()))?;
        lines.push(SalesLineView {
            line_no: l.line_no,
            item: ItemId::new(l.item_id),
            article: it.ordering_number.clone(),
            name: it.name.clone(),
            unit: it.unit.clone(),
            quantity: l.quantity.parse().map_err(|_| corrupt("sales_order_lines.quantity", &l.quantity))?,
        });
    }
    let mut parcels = Vec::new();
    for p in sales_order_parcel::Entity::find()
        .filter(sales_order_parcel::Column::OrderId.eq(m.id))
        .order_by_asc(sales_order_parcel::Column::Id)
        .all(c)
        .await?
    {
        parcels.push(Parcel {
            carrier: p.carrier.parse().map_err(|_| corrupt("parcel carrier", &p.carrier))?,
            tracking_number: TrackingNumber::parse(&p.tracking_number)
                .map_err(|_| corrupt("parcel tracking number", &p.tracking_number))?,
            added_at: p.added_at,
        });
    }
    let mut events = Vec::new();
    for e in sales_order_event::Entity::find()
        .filter(sales_order_event::Column::OrderId.eq(m.id))
        .order_by_asc(sales_order_event::Column::Id)
        .all(c)
        .await?
    {
        events.push(SalesEvent { status: parse_status(&e.status)?, note: e.note, actor: e.actor, at: e.at });
    }
    let delivery_note = match m.delivery_note_id {
        Some(a) => attachment::Entity::find_by_id(a).one(c).await?.map(|a| DeliveryNoteFile {
            id: AttachmentId::new(a.id),
            file_name: a.file_name,
            size: a.size,
        }),
        None => None,
    };
    Ok(SalesOrder {
        id,
        number: m.number,
        customer: PartyId::new(m.customer_id),
        customer_name,
        customer_ref: m.customer_ref,
        status: parse_status(&m.status)?,
        delivery: address(&m.delivery_address)?,
        end_customer: m.end_customer_address.as_deref().map(address).transpose()?,
        delivery_note,
        delivery_note_number: m.delivery_note_number,
        contact: m.contact_id.map(ContactId::new),
        notify: m.notify,
        created_by: m.created_by,
        created_at: m.created_at,
        updated_at: m.updated_at,
        version: m.version,
        lines,
        parcels,
        events,
    })
}

impl Db {
    /// Places an order: its lines (every article must exist), its first status, the customer's
    /// delivery note, the audit event and, for an API request, its idempotency record with the
    /// response `render` makes of the new order, all in one transaction. The caller looks for a
    /// stored response first; a request racing one with the same `Idempotency-Key` fails on
    /// its unique index and gets [`SalesError::Replay`] with the first response.
    pub async fn place_sales_order(
        &self,
        new: &NewSalesOrder,
        now: DateTime<Utc>,
        event: &AuditEvent,
        idempotency: Option<&Idempotency>,
        render: impl FnOnce(&SalesOrder) -> (u16, String),
    ) -> Result<SalesOrder, SalesError> {
        let numbers: Vec<String> = new.draft.lines.iter().map(|l| l.article.clone()).collect();
        let items = self.items_by_numbers(&numbers).await?;
        let mut unknown: Vec<String> =
            numbers.iter().filter(|n| !items.get(*n).is_some_and(|i| i.active)).cloned().collect();
        // Each unknown number once, in the order given.
        let mut seen = std::collections::HashSet::new();
        unknown.retain(|n| seen.insert(n.clone()));
        if !unknown.is_empty() {
            return Err(SalesError::UnknownArticles(unknown));
        }
        let placeholder = format!(
            "new-{}",
            hex::encode(tessera_domain::secret::random_bytes::<12>().map_err(|e| DbError::Corrupt(e.to_string()))?)
        );
        let txn = self.conn().begin().await?;
        let row = sales_order::ActiveModel {
            number: Set(placeholder),
            customer_id: Set(new.customer.get()),
            customer_ref: Set(new.draft.customer_ref.as_ref().map(|r| r.as_str().to_owned())),
            status: Set(SalesStatus::Received.as_str().to_owned()),
            delivery_address: Set(address_json(&new.draft.delivery)?),
            end_customer_address: Set(new.draft.end_customer.as_ref().map(address_json).transpose()?),
            delivery_note_id: Set(None),
            delivery_note_number: Set(None),
            contact_id: Set(new.contact.map(|c| c.get())),
            notify: Set(new.draft.notify),
            created_by: Set(new.created_by.clone()),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(0),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let id = SalesOrderId::new(row.id);
        let mut am: sales_order::ActiveModel = row.into();
        am.number = Set(format!("S{:06}", id.get()));
        if let Some(file) = &new.delivery_note {
            let ids = attachments::insert(
                &txn,
                AttachmentOwner::SalesOrder(id),
                new.customer,
                None,
                std::slice::from_ref(file),
                &new.created_by,
                now,
            )
            .await?;
            am.delivery_note_id = Set(ids.first().map(|a| a.get()));
        }
        am.update(&txn).await?;
        for (i, l) in new.draft.lines.iter().enumerate() {
            sales_order_line::ActiveModel {
                order_id: Set(id.get()),
                line_no: Set(i32::try_from(i + 1).unwrap_or(i32::MAX)),
                item_id: Set(items[&l.article].id.get()),
                quantity: Set(l.quantity.to_string()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        sales_order_event::ActiveModel {
            order_id: Set(id.get()),
            status: Set(SalesStatus::Received.as_str().to_owned()),
            note: Set(None),
            actor: Set(new.created_by.clone()),
            at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let mut event = event.clone();
        event.object = Some(format!("sales_order:{id}"));
        audit_in(&txn, &event).await?;
        let order = load(&txn, id).await?;
        if let Some(i) = idempotency {
            let (status, body) = render(&order);
            let saved = idempotency_key::ActiveModel {
                api_key_id: Set(i.api_key.get()),
                idem_key: Set(i.key.clone()),
                request_hash: Set(i.request_hash.clone()),
                status: Set(i32::from(status)),
                response: Set(body),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await;
            if let Err(e) = saved {
                // The same key was used by a request that finished meanwhile: nothing of this
                // one is kept, the first one's answer is given.
                drop(txn);
                if let Some(stored) = self.stored_response(i.api_key, &i.key).await? {
                    return Err(SalesError::Replay(stored));
                }
                return Err(e.into());
            }
        }
        txn.commit().await?;
        Ok(order)
    }

    /// The first response to a request with this key's `Idempotency-Key`, if there was one.
    pub async fn stored_response(&self, api_key: ApiKeyId, key: &str) -> Result<Option<StoredResponse>, DbError> {
        Ok(idempotency_key::Entity::find()
            .filter(idempotency_key::Column::ApiKeyId.eq(api_key.get()))
            .filter(idempotency_key::Column::IdemKey.eq(key))
            .one(self.conn())
            .await?
            .map(|m| StoredResponse {
                request_hash: m.request_hash,
                status: u16::try_from(m.status).unwrap_or(200),
                body: m.response,
            }))
    }

    /// Whose an order is: its scope in the policy, read before the order itself.
    pub async fn sales_order_customer(&self, id: SalesOrderId) -> Result<PartyId, DbError> {
        let m = sales_order::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        Ok(PartyId::new(m.customer_id))
    }

    pub async fn sales_order(&self, id: SalesOrderId) -> Result<SalesOrder, DbError> {
        load(self.conn(), id).await
    }

    /// A customer's orders (or with `None` everyone's, for staff), newest first, optionally of
    /// one status.
    pub async fn sales_orders(
        &self,
        customer: Option<PartyId>,
        status: Option<SalesStatus>,
        page: u64,
    ) -> Result<Page<SalesOrderSummary>, DbError> {
        let mut q = sales_order::Entity::find().order_by_desc(sales_order::Column::Id);
        if let Some(c) = customer {
            q = q.filter(sales_order::Column::CustomerId.eq(c.get()));
        }
        if let Some(s) = status {
            q = q.filter(sales_order::Column::Status.eq(s.as_str()));
        }
        let pager = q.paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = page.max(1);
        let rows = pager.fetch_page(page - 1).await?;
        let names = party_names(self, rows.iter().map(|r| r.customer_id).collect()).await?;
        let mut items = Vec::with_capacity(rows.len());
        for r in rows {
            items.push(SalesOrderSummary {
                id: SalesOrderId::new(r.id),
                number: r.number,
                customer: PartyId::new(r.customer_id),
                customer_name: names.get(&r.customer_id).cloned().unwrap_or_default(),
                customer_ref: r.customer_ref,
                status: parse_status(&r.status)?,
                dropship: r.end_customer_address.is_some(),
                created_at: r.created_at,
                updated_at: r.updated_at,
            });
        }
        Ok(Page { items, page, pages: counts.number_of_pages.max(1), total: counts.number_of_items })
    }

    /// Staff move an order on: a new status (only forward, see
    /// [`SalesStatus::may_move_to`]), the delivery-note number, parcels. With the audit event
    /// and the customer's email, in one transaction; `expected_version` guards against a change
    /// made meanwhile.
    #[allow(clippy::too_many_arguments)]
    pub async fn update_sales_order(
        &self,
        id: SalesOrderId,
        expected_version: Option<i64>,
        update: &SalesUpdate,
        actor: &str,
        now: DateTime<Utc>,
        event: &AuditEvent,
        mail: Option<&NewMail>,
    ) -> Result<SalesOrder, SalesError> {
        let txn = self.conn().begin().await?;
        let m = sales_order::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        if expected_version.is_some_and(|v| v != m.version) {
            return Err(DbError::Stale.into());
        }
        let current = parse_status(&m.status)?;
        if let Some(next) = update.status
            && next != current
            && !current.may_move_to(next)
        {
            return Err(SalesError::Transition { from: current, to: next });
        }
        if current.is_final() && (update.delivery_note_number.is_some() || !update.parcels.is_empty()) {
            return Err(SalesError::Closed);
        }
        let version = m.version;
        let mut am: sales_order::ActiveModel = m.into();
        if let Some(next) = update.status
            && next != current
        {
            am.status = Set(next.as_str().to_owned());
            sales_order_event::ActiveModel {
                order_id: Set(id.get()),
                status: Set(next.as_str().to_owned()),
                note: Set(update.note.clone()),
                actor: Set(actor.to_owned()),
                at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        if let Some(n) = &update.delivery_note_number {
            am.delivery_note_number = Set(Some(n.as_str().to_owned()));
        }
        let known: Vec<String> = sales_order_parcel::Entity::find()
            .filter(sales_order_parcel::Column::OrderId.eq(id.get()))
            .all(&txn)
            .await?
            .into_iter()
            .map(|p| p.tracking_number)
            .collect();
        for (carrier, number) in &update.parcels {
            if known.iter().any(|k| k == number.as_str()) {
                continue;
            }
            sales_order_parcel::ActiveModel {
                order_id: Set(id.get()),
                carrier: Set(carrier.as_str().to_owned()),
                tracking_number: Set(number.as_str().to_owned()),
                added_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        am.updated_at = Set(now);
        am.version = Set(version + 1);
        am.update(&txn).await?;
        audit_in(&txn, event).await?;
        if let Some(mail) = mail {
            enqueue(&txn, mail, now).await?;
        }
        let order = load(&txn, id).await?;
        txn.commit().await?;
        Ok(order)
    }

    /// The customer's own delivery note, given or replaced (until the order ships).
    pub async fn set_sales_delivery_note(
        &self,
        id: SalesOrderId,
        file: &NewAttachment,
        uploaded_by: &str,
        now: DateTime<Utc>,
        event: &AuditEvent,
    ) -> Result<SalesOrder, SalesError> {
        let txn = self.conn().begin().await?;
        let m = sales_order::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        let current = parse_status(&m.status)?;
        if matches!(current, SalesStatus::Shipped | SalesStatus::Delivered | SalesStatus::Cancelled) {
            return Err(SalesError::Closed);
        }
        let customer = PartyId::new(m.customer_id);
        let ids = attachments::insert(
            &txn,
            AttachmentOwner::SalesOrder(id),
            customer,
            None,
            std::slice::from_ref(file),
            uploaded_by,
            now,
        )
        .await?;
        let version = m.version;
        let mut am: sales_order::ActiveModel = m.into();
        am.delivery_note_id = Set(ids.first().map(|a| a.get()));
        am.updated_at = Set(now);
        am.version = Set(version + 1);
        am.update(&txn).await?;
        audit_in(&txn, event).await?;
        let order = load(&txn, id).await?;
        txn.commit().await?;
        Ok(order)
    }
}
