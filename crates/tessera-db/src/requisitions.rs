//! Requisitions by subcontractors (issue #8): filed through the portal, decided by purchasing:
//! approved, rejected with a reason, or turned into a draft purchase order. Each step is one
//! transaction with its audit event.
use crate::audit::{AuditEvent, audit_in};
use crate::entity::{item, party, purchase_order, requisition, requisition_line};
use crate::error::corrupt;
use crate::{Db, DbError};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};
use std::collections::HashMap;
use tessera_domain::ids::{LinkId, OrderId, PartyId, RequisitionId, UserId};
use tessera_domain::number::{Money, Quantity};
use tessera_domain::order::{Currency, OrderDraft, OrderLineDraft, OrderStatus};
use tessera_domain::requisition::{
    RequisitionDecision, RequisitionDecisionRule, RequisitionDraft, RequisitionStatus, decide,
};
use tessera_domain::text::DocNumber;

/// A requisition as pages show it.
#[derive(Debug, Clone)]
pub struct Requisition {
    pub id: RequisitionId,
    pub party: PartyId,
    pub party_name: String,
    pub needed_by: NaiveDate,
    pub work_order_number: Option<String>,
    pub note: Option<String>,
    pub status: RequisitionStatus,
    pub reason: Option<String>,
    pub order: Option<(OrderId, String)>,
    pub lines: Vec<RequisitionLineRow>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct RequisitionLineRow {
    /// The catalogue's ordering number, for a line that names an item.
    pub article: Option<String>,
    pub description: String,
    pub quantity: Quantity,
    pub unit: Option<String>,
}

/// How filing went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileOutcome {
    Done(RequisitionId),
    /// Ordering numbers the catalogue does not have.
    UnknownArticles(Vec<String>),
    /// The work order is not the party's, or is closed.
    WrongWorkOrder,
}

/// How a decision went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequisitionOutcome {
    Done(RequisitionStatus, Option<OrderId>),
    Refused(RequisitionDecisionRule),
    /// A line names no catalogue item, so it cannot be ordered.
    FreeTextLines,
    /// The purchase order number is taken.
    NumberTaken,
    /// Not a supplier.
    NotSupplier,
}

/// A purchase order to make from a requisition.
#[derive(Debug, Clone)]
pub struct OrderFrom {
    pub supplier: PartyId,
    pub number: DocNumber,
    pub currency: Currency,
}

impl Db {
    /// The subcontractor files a requisition; catalogue lines are tied to their items.
    pub async fn file_requisition(
        &self,
        party: PartyId,
        d: &RequisitionDraft,
        link: Option<LinkId>,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<FileOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let wanted: Vec<String> = d.lines.iter().filter_map(|l| l.article.clone()).collect();
        let items: HashMap<String, item::Model> = item::Entity::find()
            .filter(item::Column::OrderingNumber.is_in(wanted.clone()))
            .all(&txn)
            .await?
            .into_iter()
            .map(|i| (i.ordering_number.clone(), i))
            .collect();
        let mut unknown: Vec<String> = wanted.into_iter().filter(|a| !items.contains_key(a)).collect();
        unknown.dedup();
        if !unknown.is_empty() {
            return Ok(FileOutcome::UnknownArticles(unknown));
        }
        if let Some(w) = d.work_order
            && !crate::work::is_open_work_order_of(&txn, w, party).await?
        {
            return Ok(FileOutcome::WrongWorkOrder);
        }
        let row = requisition::ActiveModel {
            party_id: Set(party.get()),
            link_id: Set(link.map(|l| l.get())),
            needed_by: Set(d.needed_by),
            work_order_id: Set(d.work_order.map(|w| w.get())),
            note: Set(d.note.clone()),
            status: Set(RequisitionStatus::Filed.as_str().to_owned()),
            reason: Set(None),
            order_id: Set(None),
            decided_by: Set(None),
            decided_at: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for (i, l) in d.lines.iter().enumerate() {
            let item = l.article.as_ref().and_then(|a| items.get(a));
            let description = match (&l.description, item) {
                (Some(text), _) => text.as_str().to_owned(),
                (None, Some(item)) => item.name.clone(),
                (None, None) => String::new(),
            };
            requisition_line::ActiveModel {
                requisition_id: Set(row.id),
                position: Set(i32::try_from(i + 1).unwrap_or(i32::MAX)),
                item_id: Set(item.map(|i| i.id)),
                description: Set(description),
                quantity: Set(l.quantity.to_string()),
                unit: Set(l.unit.as_ref().map(|u| u.as_str().to_owned()).or_else(|| item.map(|i| i.unit.clone()))),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        let mut event = event.clone();
        event.object = Some(format!("requisition:{}", row.id));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(FileOutcome::Done(RequisitionId::new(row.id)))
    }

    /// Whose requisition it is, for the policy.
    pub async fn requisition_party(&self, id: RequisitionId) -> Result<PartyId, DbError> {
        let m = requisition::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        Ok(PartyId::new(m.party_id))
    }

    /// Requisitions, newest first: one party's, or everyone's.
    pub async fn requisitions(&self, party: Option<PartyId>) -> Result<Vec<Requisition>, DbError> {
        let mut q = requisition::Entity::find().order_by_desc(requisition::Column::Id);
        if let Some(p) = party {
            q = q.filter(requisition::Column::PartyId.eq(p.get()));
        }
        let rows = q.all(self.conn()).await?;
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut lines: HashMap<i64, Vec<requisition_line::Model>> = HashMap::new();
        for l in requisition_line::Entity::find()
            .filter(requisition_line::Column::RequisitionId.is_in(ids))
            .order_by_asc(requisition_line::Column::Position)
            .all(self.conn())
            .await?
        {
            lines.entry(l.requisition_id).or_default().push(l);
        }
        let item_ids: Vec<i64> = lines.values().flatten().filter_map(|l| l.item_id).collect();
        let numbers: HashMap<i64, String> = item::Entity::find()
            .filter(item::Column::Id.is_in(item_ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|i| (i.id, i.ordering_number))
            .collect();
        let parties: HashMap<i64, String> =
            crate::party_names(self.conn(), rows.iter().map(|r| r.party_id).collect::<Vec<_>>()).await?;
        let wos: HashMap<i64, String> =
            crate::work_order_numbers(self.conn(), rows.iter().filter_map(|r| r.work_order_id).collect::<Vec<_>>())
                .await?;
        let orders: HashMap<i64, String> = purchase_order::Entity::find()
            .filter(purchase_order::Column::Id.is_in(rows.iter().filter_map(|r| r.order_id).collect::<Vec<_>>()))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|o| (o.id, o.number))
            .collect();
        rows.into_iter()
            .map(|m| {
                let lines = lines
                    .remove(&m.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|l| {
                        Ok(RequisitionLineRow {
                            article: l.item_id.and_then(|i| numbers.get(&i).cloned()),
                            description: l.description,
                            quantity: l
                                .quantity
                                .parse()
                                .map_err(|_| corrupt("requisition_lines.quantity", &l.quantity))?,
                            unit: l.unit,
                        })
                    })
                    .collect::<Result<Vec<_>, DbError>>()?;
                Ok(Requisition {
                    id: RequisitionId::new(m.id),
                    party: PartyId::new(m.party_id),
                    party_name: parties.get(&m.party_id).cloned().unwrap_or_default(),
                    needed_by: m.needed_by,
                    work_order_number: m.work_order_id.and_then(|w| wos.get(&w).cloned()),
                    note: m.note,
                    status: m.status.parse().map_err(|_| corrupt("requisitions.status", &m.status))?,
                    reason: m.reason,
                    order: m.order_id.map(|o| (OrderId::new(o), orders.get(&o).cloned().unwrap_or_default())),
                    lines,
                    created_at: m.created_at,
                })
            })
            .collect()
    }

    /// Purchasing decides a requisition; ordering makes a draft purchase order to the supplier
    /// with the requisition's lines (each must name a catalogue item; its price is the
    /// catalogue's), for its work order, in the same transaction.
    pub async fn decide_requisition(
        &self,
        id: RequisitionId,
        decision: &RequisitionDecision,
        order: Option<&OrderFrom>,
        by: UserId,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<RequisitionOutcome, DbError> {
        let txn = self.conn().begin().await?;
        crate::hold_row::<requisition::Entity, _>(&txn, requisition::Column::Id, requisition::Column::Status, id.get())
            .await?;
        let m = requisition::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        let status: RequisitionStatus = m.status.parse().map_err(|_| corrupt("requisitions.status", &m.status))?;
        let next = match decide(status, decision) {
            Ok(s) => s,
            Err(rule) => return Ok(RequisitionOutcome::Refused(rule)),
        };
        let mut order_id = None;
        if let (RequisitionDecision::Order, Some(o)) = (decision, order) {
            match party::Entity::find_by_id(o.supplier.get()).one(&txn).await? {
                Some(p) if p.is_supplier => {}
                _ => return Ok(RequisitionOutcome::NotSupplier),
            }
            let lines = requisition_line::Entity::find()
                .filter(requisition_line::Column::RequisitionId.eq(id.get()))
                .order_by_asc(requisition_line::Column::Position)
                .all(&txn)
                .await?;
            if lines.iter().any(|l| l.item_id.is_none()) {
                return Ok(RequisitionOutcome::FreeTextLines);
            }
            let ids: Vec<i64> = lines.iter().filter_map(|l| l.item_id).collect();
            let items: HashMap<i64, crate::catalog::Item> = item::Entity::find()
                .filter(item::Column::Id.is_in(ids))
                .all(&txn)
                .await?
                .into_iter()
                .map(|i| Ok((i.id, crate::catalog::to_item(i)?)))
                .collect::<Result<_, DbError>>()?;
            let mut order_lines = Vec::with_capacity(lines.len());
            for l in &lines {
                let item = l.item_id.and_then(|i| items.get(&i)).ok_or(DbError::NotFound)?;
                order_lines.push(OrderLineDraft {
                    item: item.id,
                    quantity: l.quantity.parse().map_err(|_| corrupt("requisition_lines.quantity", &l.quantity))?,
                    unit_price: item
                        .unit_price
                        .unwrap_or(Money::try_from(rust_decimal::Decimal::ZERO).map_err(|_| DbError::NotFound)?),
                });
            }
            let draft = OrderDraft {
                number: o.number.clone(),
                party: o.supplier,
                order_date: now.date_naive(),
                requested_date: Some(m.needed_by),
                work_order: m.work_order_id.map(tessera_domain::ids::WorkOrderId::new),
                currency: o.currency,
                note: Some(format!("requisition:{id}")),
                lines: order_lines,
            };
            match crate::orders::insert_order(&txn, &draft, OrderStatus::Draft, now, &items).await {
                Ok(made) => order_id = Some(made),
                Err(DbError::Conflict) => return Ok(RequisitionOutcome::NumberTaken),
                Err(e) => return Err(e),
            }
        } else if matches!(decision, RequisitionDecision::Order) {
            return Ok(RequisitionOutcome::NotSupplier);
        }
        let reason = match decision {
            RequisitionDecision::Reject { reason } => Some(reason.trim().to_owned()),
            _ => None,
        };
        // Written only from the status the decision was checked against: of two decisions at
        // once, the second changes nothing (and its purchase order is rolled back with it).
        let done = requisition::Entity::update_many()
            .col_expr(requisition::Column::Status, Expr::value(next.as_str()))
            .col_expr(requisition::Column::Reason, Expr::value(reason))
            .col_expr(requisition::Column::OrderId, Expr::value(order_id.map(|o| o.get())))
            .col_expr(requisition::Column::DecidedBy, Expr::value(by.get()))
            .col_expr(requisition::Column::DecidedAt, Expr::value(now))
            .filter(requisition::Column::Id.eq(id.get()))
            .filter(requisition::Column::Status.eq(status.as_str()))
            .exec(&txn)
            .await?;
        if done.rows_affected != 1 {
            return Ok(RequisitionOutcome::Refused(RequisitionDecisionRule::Decided(status)));
        }
        let mut event = event.clone();
        event.object = Some(format!("requisition:{id}"));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(RequisitionOutcome::Done(next, order_id))
    }
}
