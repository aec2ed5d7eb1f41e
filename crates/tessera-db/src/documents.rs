//! Deliveries/returns and complaints, as the back office lists and opens them.
use crate::entity::{complaint, complaint_line, delivery, delivery_line, party, purchase_order};
use crate::error::corrupt;
use crate::{Db, DbError, PAGE_SIZE, Page, contains_ci};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;
use tessera_domain::delivery::DeliveryStatus;
use tessera_domain::ids::{ComplaintId, DeliveryId, OrderId, PartyId};
use tessera_domain::number::{Count, Money};

#[derive(Debug, Clone)]
pub struct DeliverySummary {
    pub id: DeliveryId,
    pub number: String,
    pub kind: String,
    pub party_id: PartyId,
    pub party_name: String,
    pub order_id: Option<OrderId>,
    pub order_number: Option<String>,
    pub delivery_date: NaiveDate,
    pub loading_date: Option<NaiveDate>,
    pub status: String,
}

#[derive(Debug, Clone)]
pub struct DocLine {
    pub position: i32,
    pub item_name: String,
    pub item_order_number: String,
    pub unit: Option<String>,
    pub unit_price: Option<Money>,
    pub quantity: Count,
    pub value: Option<Money>,
    /// Deliveries: the quantity found on checking. Complaints: claimed for quality.
    pub extra1: Option<Count>,
    /// Complaints: claimed as missing.
    pub extra2: Option<Count>,
    /// Deliveries: why more than the open quantity was delivered.
    pub note: Option<String>,
    /// Deliveries: the serial numbers of the pieces, where they have them.
    pub serials: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Delivery {
    pub summary: DeliverySummary,
    pub lines: Vec<DocLine>,
    /// Moves on at every change: a stale receipt form is refused.
    pub version: i64,
    pub declared_at: Option<DateTime<Utc>>,
    pub received_at: Option<DateTime<Utc>>,
}

impl Delivery {
    pub fn status(&self) -> Option<DeliveryStatus> {
        self.summary.status.parse().ok()
    }
    /// The warehouse may still record what arrived.
    pub fn awaits_receipt(&self) -> bool {
        self.status() == Some(DeliveryStatus::Declared)
    }
}

#[derive(Debug, Clone)]
pub struct ComplaintSummary {
    pub id: ComplaintId,
    pub number: String,
    pub party_id: PartyId,
    pub party_name: String,
    pub delivery_id: Option<DeliveryId>,
    pub delivery_number: Option<String>,
    pub complaint_date: NaiveDate,
    pub status: String,
}

#[derive(Debug, Clone)]
pub struct Complaint {
    pub summary: ComplaintSummary,
    pub description: Option<String>,
    pub lines: Vec<DocLine>,
}

fn count(col: &str, v: Option<String>) -> Result<Option<Count>, DbError> {
    v.map(|s| s.parse::<Count>().map_err(|_| corrupt(col, &s))).transpose()
}

fn money(col: &str, v: Option<String>) -> Result<Option<Money>, DbError> {
    v.map(|s| s.parse::<Money>().map_err(|_| corrupt(col, &s))).transpose()
}

pub(crate) async fn party_names(db: &Db, ids: Vec<i64>) -> Result<HashMap<i64, String>, DbError> {
    Ok(party::Entity::find()
        .filter(party::Column::Id.is_in(ids))
        .all(db.conn())
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect())
}

async fn matching_parties(db: &Db, q: &str) -> Result<Vec<i64>, DbError> {
    Ok(party::Entity::find()
        .select_only()
        .column(party::Column::Id)
        .filter(Condition::any().add(contains_ci(party::Column::Name, q)).add(contains_ci(party::Column::Code, q)))
        .into_tuple::<i64>()
        .all(db.conn())
        .await?)
}

impl Db {
    pub async fn deliveries(&self, q: &str, page: u64) -> Result<Page<DeliverySummary>, DbError> {
        let mut sel =
            delivery::Entity::find().order_by_desc(delivery::Column::DeliveryDate).order_by_desc(delivery::Column::Id);
        if !q.trim().is_empty() {
            let parties = matching_parties(self, q).await?;
            sel = sel.filter(
                Condition::any()
                    .add(contains_ci(delivery::Column::Number, q))
                    .add(delivery::Column::PartyId.is_in(parties)),
            );
        }
        let pager = sel.paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = page.max(1);
        let rows = pager.fetch_page(page - 1).await?;
        let items = self.delivery_summaries(rows).await?;
        Ok(Page { items, page, pages: counts.number_of_pages.max(1), total: counts.number_of_items })
    }

    async fn delivery_summaries(&self, rows: Vec<delivery::Model>) -> Result<Vec<DeliverySummary>, DbError> {
        let names = party_names(self, rows.iter().map(|r| r.party_id).collect()).await?;
        let order_ids: Vec<i64> = rows.iter().filter_map(|r| r.order_id).collect();
        let orders: HashMap<i64, String> = purchase_order::Entity::find()
            .filter(purchase_order::Column::Id.is_in(order_ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|o| (o.id, o.number))
            .collect();
        Ok(rows
            .into_iter()
            .map(|r| DeliverySummary {
                id: DeliveryId::new(r.id),
                number: r.number,
                kind: r.kind,
                party_id: PartyId::new(r.party_id),
                party_name: names.get(&r.party_id).cloned().unwrap_or_default(),
                order_id: r.order_id.map(OrderId::new),
                order_number: r.order_id.and_then(|o| orders.get(&o).cloned()),
                delivery_date: r.delivery_date,
                loading_date: r.loading_date,
                status: r.status,
            })
            .collect())
    }

    /// The party a delivery belongs to and the order it was made against: what the policy
    /// needs to place it in a scope.
    pub async fn delivery_scope(&self, id: DeliveryId) -> Result<(PartyId, Option<OrderId>), DbError> {
        delivery::Entity::find_by_id(id.get())
            .select_only()
            .column(delivery::Column::PartyId)
            .column(delivery::Column::OrderId)
            .into_tuple::<(i64, Option<i64>)>()
            .one(self.conn())
            .await?
            .map(|(p, o)| (PartyId::new(p), o.map(OrderId::new)))
            .ok_or(DbError::NotFound)
    }

    pub async fn delivery(&self, id: DeliveryId) -> Result<Delivery, DbError> {
        let r = delivery::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        self.deliveries_with_lines(vec![r]).await?.pop().ok_or(DbError::NotFound)
    }

    /// A party's most recent deliveries (at most one page), newest first.
    pub async fn recent_deliveries_of_party(&self, party: PartyId) -> Result<Vec<DeliverySummary>, DbError> {
        let rows = delivery::Entity::find()
            .filter(delivery::Column::PartyId.eq(party.get()))
            .order_by_desc(delivery::Column::DeliveryDate)
            .order_by_desc(delivery::Column::Id)
            .limit(PAGE_SIZE)
            .all(self.conn())
            .await?;
        self.delivery_summaries(rows).await
    }

    /// Deliveries made against one order, newest first, with their lines.
    pub async fn deliveries_of_order(&self, order: OrderId) -> Result<Vec<Delivery>, DbError> {
        let rows = delivery::Entity::find()
            .filter(delivery::Column::OrderId.eq(order.get()))
            .order_by_desc(delivery::Column::DeliveryDate)
            .order_by_desc(delivery::Column::Id)
            .all(self.conn())
            .await?;
        self.deliveries_with_lines(rows).await
    }

    /// The rows with their summaries and lines: three queries, however many deliveries.
    async fn deliveries_with_lines(&self, rows: Vec<delivery::Model>) -> Result<Vec<Delivery>, DbError> {
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        type Meta = (i64, Option<DateTime<Utc>>, Option<DateTime<Utc>>);
        let meta: Vec<Meta> = rows.iter().map(|r| (r.version, r.declared_at, r.received_at)).collect();
        let summaries = self.delivery_summaries(rows).await?;
        let mut lines: HashMap<i64, Vec<DocLine>> = HashMap::new();
        for l in delivery_line::Entity::find()
            .filter(delivery_line::Column::DeliveryId.is_in(ids))
            .order_by_asc(delivery_line::Column::Position)
            .all(self.conn())
            .await?
        {
            lines.entry(l.delivery_id).or_default().push(DocLine {
                position: l.position,
                quantity: l.quantity.parse().map_err(|_| corrupt("delivery_lines.quantity", &l.quantity))?,
                item_name: l.item_name,
                item_order_number: l.item_order_number,
                unit: l.item_unit,
                unit_price: money("delivery_lines.unit_price", l.unit_price)?,
                value: money("delivery_lines.value", l.value)?,
                extra1: count("delivery_lines.checked_quantity", l.checked_quantity)?,
                extra2: None,
                note: l.over_reason,
                serials: match &l.serial_numbers {
                    Some(j) => serde_json::from_str(j).map_err(|_| corrupt("delivery_lines.serial_numbers", j))?,
                    None => Vec::new(),
                },
            });
        }
        Ok(summaries
            .into_iter()
            .zip(meta)
            .map(|(summary, (version, declared_at, received_at))| Delivery {
                lines: lines.remove(&summary.id.get()).unwrap_or_default(),
                summary,
                version,
                declared_at,
                received_at,
            })
            .collect())
    }

    pub async fn complaints(&self, q: &str, page: u64) -> Result<Page<ComplaintSummary>, DbError> {
        let mut sel = complaint::Entity::find()
            .order_by_desc(complaint::Column::ComplaintDate)
            .order_by_desc(complaint::Column::Id);
        if !q.trim().is_empty() {
            let parties = matching_parties(self, q).await?;
            sel = sel.filter(
                Condition::any()
                    .add(contains_ci(complaint::Column::Number, q))
                    .add(complaint::Column::PartyId.is_in(parties)),
            );
        }
        let pager = sel.paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = page.max(1);
        let rows = pager.fetch_page(page - 1).await?;
        let items = self.complaint_summaries(rows).await?;
        Ok(Page { items, page, pages: counts.number_of_pages.max(1), total: counts.number_of_items })
    }

    pub(crate) async fn complaint_summaries(
        &self,
        rows: Vec<complaint::Model>,
    ) -> Result<Vec<ComplaintSummary>, DbError> {
        let names = party_names(self, rows.iter().map(|r| r.party_id).collect()).await?;
        let ids: Vec<i64> = rows.iter().filter_map(|r| r.delivery_id).collect();
        let deliveries: HashMap<i64, String> = delivery::Entity::find()
            .filter(delivery::Column::Id.is_in(ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|d| (d.id, d.number))
            .collect();
        Ok(rows
            .into_iter()
            .map(|r| ComplaintSummary {
                id: ComplaintId::new(r.id),
                number: r.number,
                party_id: PartyId::new(r.party_id),
                party_name: names.get(&r.party_id).cloned().unwrap_or_default(),
                delivery_id: r.delivery_id.map(DeliveryId::new),
                delivery_number: r.delivery_id.and_then(|d| deliveries.get(&d).cloned()),
                complaint_date: r.complaint_date,
                status: r.status,
            })
            .collect())
    }

    pub async fn complaint_party(&self, id: ComplaintId) -> Result<PartyId, DbError> {
        complaint::Entity::find_by_id(id.get())
            .select_only()
            .column(complaint::Column::PartyId)
            .into_tuple::<i64>()
            .one(self.conn())
            .await?
            .map(PartyId::new)
            .ok_or(DbError::NotFound)
    }

    pub async fn complaint(&self, id: ComplaintId) -> Result<Complaint, DbError> {
        let r = complaint::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let description = r.description.clone();
        let mut summaries = self.complaint_summaries(vec![r]).await?;
        let summary = summaries.pop().ok_or(DbError::NotFound)?;
        let lines = complaint_line::Entity::find()
            .filter(complaint_line::Column::ComplaintId.eq(id.get()))
            .order_by_asc(complaint_line::Column::Position)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|l| {
                Ok(DocLine {
                    position: l.position,
                    quantity: l.quantity.parse().map_err(|_| corrupt("complaint_lines.quantity", &l.quantity))?,
                    item_name: l.item_name,
                    item_order_number: l.item_order_number,
                    unit: l.item_unit,
                    unit_price: money("complaint_lines.unit_price", l.unit_price)?,
                    value: money("complaint_lines.value", l.value)?,
                    extra1: count("complaint_lines.quality_quantity", l.quality_quantity)?,
                    extra2: count("complaint_lines.missing_quantity", l.missing_quantity)?,
                    note: None,
                    serials: Vec::new(),
                })
            })
            .collect::<Result<_, DbError>>()?;
        Ok(Complaint { summary, description, lines })
    }
}
