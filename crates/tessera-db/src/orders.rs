//! Purchase orders and their lines.
use crate::catalog::{Item, WorkOrder};
use crate::entity::{item, party, purchase_order as po, purchase_order_line as pol};
use crate::error::corrupt;
use crate::{Db, DbError, PAGE_SIZE, Page, contains_ci};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    TransactionTrait,
};
use std::collections::HashMap;
use tessera_domain::ids::{ItemId, OrderId, OrderLineId, PartyId};
use tessera_domain::number::{Money, Quantity};
use tessera_domain::order::{OrderDraft, OrderStatus};

#[derive(Debug, Clone)]
pub struct OrderSummary {
    pub id: OrderId,
    pub number: String,
    pub party_id: PartyId,
    pub party_name: String,
    pub order_date: NaiveDate,
    pub requested_date: Option<NaiveDate>,
    /// The date the supplier confirmed (or the buyer accepted).
    pub confirmed_date: Option<NaiveDate>,
    pub status: OrderStatus,
    pub currency: String,
}

#[derive(Debug, Clone)]
pub struct OrderLine {
    pub id: OrderLineId,
    pub position: i32,
    pub item_id: Option<ItemId>,
    pub item_name: String,
    pub item_order_number: String,
    pub unit: Option<String>,
    pub unit_price: Option<Money>,
    pub quantity: Quantity,
    pub value: Option<Money>,
}

#[derive(Debug, Clone)]
pub struct Order {
    pub summary: OrderSummary,
    pub party_code: String,
    pub note: Option<String>,
    pub work_order: Option<WorkOrder>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub lines: Vec<OrderLine>,
}

impl Order {
    pub fn total(&self) -> Money {
        Money::sum(self.lines.iter().filter_map(|l| l.value))
    }
}

fn status(s: &str) -> Result<OrderStatus, DbError> {
    s.parse().map_err(|_| corrupt("purchase_orders.status", s))
}

fn money(col: &str, v: Option<String>) -> Result<Option<Money>, DbError> {
    v.map(|s| s.parse::<Money>().map_err(|_| corrupt(col, &s))).transpose()
}

#[derive(Debug, Clone, Default)]
pub struct OrderQuery {
    pub q: String,
    pub status: Option<OrderStatus>,
    pub party: Option<PartyId>,
    pub page: u64,
}

impl Db {
    pub async fn orders(&self, query: &OrderQuery) -> Result<Page<OrderSummary>, DbError> {
        let mut sel = po::Entity::find().order_by_desc(po::Column::OrderDate).order_by_desc(po::Column::Id);
        if !query.q.trim().is_empty() {
            let parties = party::Entity::find()
                .select_only()
                .column(party::Column::Id)
                .filter(
                    Condition::any()
                        .add(contains_ci(party::Column::Name, &query.q))
                        .add(contains_ci(party::Column::Code, &query.q)),
                )
                .into_tuple::<i64>()
                .all(self.conn())
                .await?;
            sel = sel.filter(
                Condition::any().add(contains_ci(po::Column::Number, &query.q)).add(po::Column::PartyId.is_in(parties)),
            );
        }
        if let Some(s) = query.status {
            sel = sel.filter(po::Column::Status.eq(s.as_str()));
        }
        if let Some(p) = query.party {
            sel = sel.filter(po::Column::PartyId.eq(p.get()));
        }
        let pager = sel.paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = query.page.max(1);
        let rows = pager.fetch_page(page - 1).await?;
        let party_ids: Vec<i64> = rows.iter().map(|r| r.party_id).collect();
        let names: HashMap<i64, String> = party::Entity::find()
            .filter(party::Column::Id.is_in(party_ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|p| (p.id, p.name))
            .collect();
        let items = rows
            .into_iter()
            .map(|r| {
                Ok(OrderSummary {
                    id: OrderId::new(r.id),
                    number: r.number,
                    party_id: PartyId::new(r.party_id),
                    party_name: names.get(&r.party_id).cloned().unwrap_or_default(),
                    order_date: r.order_date,
                    requested_date: r.requested_date,
                    confirmed_date: r.confirmed_date,
                    status: status(&r.status)?,
                    currency: r.currency,
                })
            })
            .collect::<Result<_, DbError>>()?;
        Ok(Page { items, page, pages: counts.number_of_pages.max(1), total: counts.number_of_items })
    }

    /// The party an order belongs to: what the policy needs to place it in a scope.
    pub async fn order_party(&self, id: OrderId) -> Result<PartyId, DbError> {
        po::Entity::find_by_id(id.get())
            .select_only()
            .column(po::Column::PartyId)
            .into_tuple::<i64>()
            .one(self.conn())
            .await?
            .map(PartyId::new)
            .ok_or(DbError::NotFound)
    }

    pub async fn order(&self, id: OrderId) -> Result<Order, DbError> {
        let r = po::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let p = party::Entity::find_by_id(r.party_id).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let work_order = match r.work_order_id {
            Some(w) => Some(self.work_order(tessera_domain::ids::WorkOrderId::new(w)).await?),
            None => None,
        };
        let lines = pol::Entity::find()
            .filter(pol::Column::OrderId.eq(r.id))
            .order_by_asc(pol::Column::Position)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|l| {
                Ok(OrderLine {
                    id: OrderLineId::new(l.id),
                    position: l.position,
                    item_id: l.item_id.map(ItemId::new),
                    item_name: l.item_name,
                    item_order_number: l.item_order_number,
                    unit: l.item_unit,
                    unit_price: money("purchase_order_lines.unit_price", l.unit_price)?,
                    quantity: l.quantity.parse().map_err(|_| corrupt("purchase_order_lines.quantity", &l.quantity))?,
                    value: money("purchase_order_lines.value", l.value)?,
                })
            })
            .collect::<Result<_, DbError>>()?;
        Ok(Order {
            summary: OrderSummary {
                id,
                number: r.number,
                party_id: PartyId::new(r.party_id),
                party_name: p.name,
                order_date: r.order_date,
                requested_date: r.requested_date,
                confirmed_date: r.confirmed_date,
                status: status(&r.status)?,
                currency: r.currency,
            },
            party_code: p.code,
            note: r.note,
            work_order,
            version: r.version,
            created_at: r.created_at,
            updated_at: r.updated_at,
            lines,
        })
    }

    async fn items_for(&self, draft: &OrderDraft) -> Result<HashMap<i64, Item>, DbError> {
        let ids: Vec<i64> = draft.lines.iter().map(|l| l.item.get()).collect();
        let items = item::Entity::find().filter(item::Column::Id.is_in(ids)).all(self.conn()).await?;
        items.into_iter().map(|m| Ok((m.id, crate::catalog::to_item(m)?))).collect()
    }

    /// Creates an order in the state given. A number already used is [`DbError::Conflict`];
    /// an unknown item or party is [`DbError::NotFound`]. All or nothing.
    pub async fn create_order(
        &self,
        draft: &OrderDraft,
        state: OrderStatus,
        now: DateTime<Utc>,
    ) -> Result<OrderId, DbError> {
        let items = self.items_for(draft).await?;
        let txn = self.conn().begin().await?;
        let id = insert_order(&txn, draft, state, now, &items).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Replaces an order's header and lines, if nobody changed it since `version` was read and
    /// it may still be edited. A stale version is [`DbError::Stale`].
    pub async fn update_order(
        &self,
        id: OrderId,
        version: i64,
        draft: &OrderDraft,
        now: DateTime<Utc>,
    ) -> Result<(), DbError> {
        let items = self.items_for(draft).await?;
        let txn = self.conn().begin().await?;
        let editable: Vec<&str> = OrderStatus::ALL.iter().filter(|s| s.is_editable()).map(|s| s.as_str()).collect();
        let contract_id = match draft.work_order {
            Some(w) => Some(
                crate::entity::work_order::Entity::find_by_id(w.get())
                    .one(&txn)
                    .await?
                    .ok_or(DbError::NotFound)?
                    .contract_id,
            ),
            None => None,
        };
        let res = po::Entity::update_many()
            .col_expr(po::Column::Number, Expr::value(draft.number.as_str()))
            .col_expr(po::Column::PartyId, Expr::value(draft.party.get()))
            .col_expr(po::Column::OrderDate, Expr::value(draft.order_date))
            .col_expr(po::Column::RequestedDate, Expr::value(draft.requested_date))
            .col_expr(po::Column::Currency, Expr::value(draft.currency.as_str()))
            .col_expr(po::Column::Note, Expr::value(draft.note.clone()))
            .col_expr(po::Column::WorkOrderId, Expr::value(draft.work_order.map(|w| w.get())))
            .col_expr(po::Column::ContractId, Expr::value(contract_id))
            .col_expr(po::Column::Version, Expr::value(version + 1))
            .col_expr(po::Column::UpdatedAt, Expr::value(now))
            .filter(po::Column::Id.eq(id.get()))
            .filter(po::Column::Version.eq(version))
            .filter(po::Column::Status.is_in(editable))
            .exec(&txn)
            .await?;
        if res.rows_affected == 0 {
            let exists = po::Entity::find_by_id(id.get()).one(&txn).await?;
            return Err(if exists.is_some() { DbError::Stale } else { DbError::NotFound });
        }
        pol::Entity::delete_many().filter(pol::Column::OrderId.eq(id.get())).exec(&txn).await?;
        insert_lines(&txn, id.get(), draft, &items).await?;
        txn.commit().await?;
        Ok(())
    }

    /// How many orders there are in each state, for the dashboard.
    pub async fn order_counts(&self) -> Result<Vec<(OrderStatus, u64)>, DbError> {
        let rows: Vec<(String, i64)> = po::Entity::find()
            .select_only()
            .column(po::Column::Status)
            .column_as(po::Column::Id.count(), "n")
            .group_by(po::Column::Status)
            .into_tuple()
            .all(self.conn())
            .await?;
        let mut out = Vec::new();
        for s in OrderStatus::ALL {
            let n = rows.iter().find(|(k, _)| k == s.as_str()).map(|(_, n)| *n).unwrap_or(0);
            out.push((s, u64::try_from(n).unwrap_or(0)));
        }
        Ok(out)
    }
}

/// Inserts an order with its lines in the caller's transaction (`items`: the draft's items by
/// id). A number already used is [`DbError::Conflict`].
pub(crate) async fn insert_order<C: sea_orm::ConnectionTrait>(
    txn: &C,
    draft: &OrderDraft,
    state: OrderStatus,
    now: DateTime<Utc>,
    items: &HashMap<i64, Item>,
) -> Result<OrderId, DbError> {
    party::Entity::find_by_id(draft.party.get()).one(txn).await?.ok_or(DbError::NotFound)?;
    let order = po::ActiveModel {
        number: Set(draft.number.as_str().to_owned()),
        party_id: Set(draft.party.get()),
        order_date: Set(draft.order_date),
        requested_date: Set(draft.requested_date),
        status: Set(state.as_str().to_owned()),
        currency: Set(draft.currency.as_str().to_owned()),
        note: Set(draft.note.clone()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        contract_id: Set(None),
        work_order_id: Set(draft.work_order.map(|w| w.get())),
        confirmed_date: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    if let Some(w) = draft.work_order {
        let wo = crate::entity::work_order::Entity::find_by_id(w.get()).one(txn).await?.ok_or(DbError::NotFound)?;
        po::Entity::update_many()
            .col_expr(po::Column::ContractId, Expr::value(wo.contract_id))
            .filter(po::Column::Id.eq(order.id))
            .exec(txn)
            .await?;
    }
    insert_lines(txn, order.id, draft, items).await?;
    Ok(OrderId::new(order.id))
}

async fn insert_lines<C: sea_orm::ConnectionTrait>(
    txn: &C,
    order_id: i64,
    draft: &OrderDraft,
    items: &HashMap<i64, Item>,
) -> Result<(), DbError> {
    for (i, line) in draft.lines.iter().enumerate() {
        let item = items.get(&line.item.get()).ok_or(DbError::NotFound)?;
        let value = Money::line_value(line.unit_price, line.quantity);
        pol::ActiveModel {
            order_id: Set(order_id),
            position: Set(i32::try_from(i + 1).unwrap_or(i32::MAX)),
            item_id: Set(Some(item.id.get())),
            item_name: Set(item.name.clone()),
            item_order_number: Set(item.ordering_number.clone()),
            item_unit: Set(Some(item.unit.clone())),
            unit_price: Set(Some(line.unit_price.to_string())),
            quantity: Set(line.quantity.to_string()),
            value: Set(Some(value.to_string())),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}
