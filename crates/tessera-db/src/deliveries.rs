//! Deliveries against an order: the supplier declares one, the warehouse receives it, and the
//! order's status follows from what arrived. Each of these is one transaction.
use crate::entity::{delivery, delivery_line, purchase_order as po, purchase_order_line as pol};
use crate::error::corrupt;
use crate::{Db, DbError};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};
use std::collections::HashMap;
use tessera_domain::delivery::{
    CheckedLine, Declaration, DeclarationRule, DeclarationWarning, DeliveryStatus, LineBalance, check_declaration,
    status_after_deliveries,
};
use tessera_domain::ids::{DeliveryId, LinkId, OrderId, OrderLineId, UserId};
use tessera_domain::number::{Count, Money, Quantity};
use tessera_domain::order::OrderStatus;

/// How a declaration went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeclareOutcome {
    Done {
        id: DeliveryId,
        warnings: Vec<DeclarationWarning>,
    },
    Refused(Vec<DeclarationRule>),
    /// This supplier already declared a delivery with that delivery-note number.
    DuplicateNumber,
    /// The order changed since the form was read (another tab, another delivery).
    Stale,
}

/// How a receipt went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReceiveOutcome {
    Done {
        order_status: Option<OrderStatus>,
    },
    /// Only a declared delivery can be received (it was received or cancelled meanwhile).
    NotDeclared,
    Stale,
}

fn dec(col: &str, s: &str) -> Result<Decimal, DbError> {
    s.parse::<Count>().map(Count::get).map_err(|_| corrupt(col, s))
}

/// What each line of the order expects, from the order's lines and its deliveries.
async fn balances<C: ConnectionTrait>(conn: &C, order: i64) -> Result<Vec<LineBalance>, DbError> {
    let lines = pol::Entity::find()
        .filter(pol::Column::OrderId.eq(order))
        .order_by_asc(pol::Column::Position)
        .all(conn)
        .await?;
    let deliveries: HashMap<i64, String> = delivery::Entity::find()
        .filter(delivery::Column::OrderId.eq(order))
        .filter(delivery::Column::Status.ne(DeliveryStatus::Cancelled.as_str()))
        .all(conn)
        .await?
        .into_iter()
        .map(|d| (d.id, d.status))
        .collect();
    let dlines = delivery_line::Entity::find()
        .filter(delivery_line::Column::DeliveryId.is_in(deliveries.keys().copied().collect::<Vec<_>>()))
        .all(conn)
        .await?;
    let mut declared: HashMap<i64, Decimal> = HashMap::new();
    let mut received: HashMap<i64, Decimal> = HashMap::new();
    for l in dlines {
        let Some(line) = l.order_line_id else { continue };
        let was_received =
            deliveries.get(&l.delivery_id).map(String::as_str) == Some(DeliveryStatus::Received.as_str());
        let checked = match &l.checked_quantity {
            Some(c) => Some(dec("delivery_lines.checked_quantity", c)?),
            None => None,
        };
        // What arrived counts once it is counted; until then, what was declared.
        let amount = match (was_received, checked) {
            (true, Some(c)) => c,
            (true, None) => Decimal::ZERO,
            (false, _) => dec("delivery_lines.quantity", &l.quantity)?,
        };
        *declared.entry(line).or_default() += amount;
        if was_received {
            *received.entry(line).or_default() += amount;
        }
    }
    lines
        .into_iter()
        .map(|l| {
            Ok(LineBalance {
                order_line: OrderLineId::new(l.id),
                ordered: l
                    .quantity
                    .parse::<Quantity>()
                    .map_err(|_| corrupt("purchase_order_lines.quantity", &l.quantity))?,
                declared: declared.get(&l.id).copied().unwrap_or_default(),
                received: received.get(&l.id).copied().unwrap_or_default(),
            })
        })
        .collect()
}

fn order_status(s: &str) -> Result<OrderStatus, DbError> {
    s.parse().map_err(|_| corrupt("purchase_orders.status", s))
}

impl Db {
    /// What each line of an order still expects.
    pub async fn line_balances(&self, order: OrderId) -> Result<Vec<LineBalance>, DbError> {
        balances(self.conn(), order.get()).await
    }

    /// The supplier declares a delivery against an order that is still at `version`. Lines
    /// with a zero quantity are left out. The order's version moves on, so other open tabs are
    /// told their quantities are out of date.
    pub async fn declare_delivery(
        &self,
        order: OrderId,
        version: i64,
        declaration: &Declaration,
        link: Option<LinkId>,
        now: DateTime<Utc>,
    ) -> Result<DeclareOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let o = po::Entity::find_by_id(order.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        if o.version != version {
            return Ok(DeclareOutcome::Stale);
        }
        let balances = balances(&txn, o.id).await?;
        let warnings = match check_declaration(order_status(&o.status)?, declaration, &balances, now.date_naive()) {
            Ok(w) => w,
            Err(rules) => return Ok(DeclareOutcome::Refused(rules)),
        };
        // Claim the order's version first: of two tabs declaring at once, one wins.
        let claimed = po::Entity::update_many()
            .col_expr(po::Column::Version, Expr::value(version + 1))
            .col_expr(po::Column::UpdatedAt, Expr::value(now))
            .filter(po::Column::Id.eq(o.id))
            .filter(po::Column::Version.eq(version))
            .exec(&txn)
            .await?;
        if claimed.rows_affected == 0 {
            return Ok(DeclareOutcome::Stale);
        }
        let taken = delivery::Entity::find()
            .filter(delivery::Column::PartyId.eq(o.party_id))
            .filter(delivery::Column::Kind.eq("delivery"))
            .filter(delivery::Column::Number.eq(declaration.number.as_str()))
            .one(&txn)
            .await?;
        if taken.is_some() {
            return Ok(DeclareOutcome::DuplicateNumber);
        }
        let inserted = delivery::ActiveModel {
            number: Set(declaration.number.as_str().to_owned()),
            kind: Set("delivery".into()),
            party_id: Set(o.party_id),
            order_id: Set(Some(o.id)),
            delivery_date: Set(declaration.arrival_date),
            loading_date: Set(declaration.loading_date),
            status: Set(DeliveryStatus::Declared.as_str().into()),
            created_at: Set(now),
            contract_id: Set(o.contract_id),
            work_order_id: Set(o.work_order_id),
            link_id: Set(link.map(|l| l.get())),
            declared_at: Set(Some(now)),
            received_at: Set(None),
            received_by: Set(None),
            version: Set(1),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .map_err(DbError::from);
        // Two tabs with the same number at once: the unique key decides.
        let d = match inserted {
            Ok(d) => d,
            Err(DbError::Conflict) => return Ok(DeclareOutcome::DuplicateNumber),
            Err(e) => return Err(e),
        };
        let order_lines: HashMap<i64, pol::Model> = pol::Entity::find()
            .filter(pol::Column::OrderId.eq(o.id))
            .all(&txn)
            .await?
            .into_iter()
            .map(|l| (l.id, l))
            .collect();
        let mut position = 0;
        for line in declaration.lines.iter().filter(|l| !l.quantity.get().is_zero()) {
            let ol = order_lines.get(&line.order_line.get()).ok_or(DbError::NotFound)?;
            position += 1;
            let value = match (&ol.unit_price, Quantity::try_from(line.quantity.get())) {
                (Some(p), Ok(q)) => {
                    let price = p.parse::<Money>().map_err(|_| corrupt("purchase_order_lines.unit_price", p))?;
                    Some(Money::line_value(price, q).to_string())
                }
                _ => None,
            };
            delivery_line::ActiveModel {
                delivery_id: Set(d.id),
                position: Set(position),
                order_line_id: Set(Some(ol.id)),
                checked_quantity: Set(None),
                item_id: Set(ol.item_id),
                item_name: Set(ol.item_name.clone()),
                item_order_number: Set(ol.item_order_number.clone()),
                item_unit: Set(ol.item_unit.clone()),
                unit_price: Set(ol.unit_price.clone()),
                quantity: Set(line.quantity.to_string()),
                value: Set(value),
                over_reason: Set(line.over_reason.clone()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        txn.commit().await?;
        Ok(DeclareOutcome::Done { id: DeliveryId::new(d.id), warnings })
    }

    /// The warehouse records what it counted, line by line, on a declared delivery still at
    /// `version`. The delivery becomes received and the order's status follows.
    pub async fn receive_delivery(
        &self,
        id: DeliveryId,
        version: i64,
        checked: &[CheckedLine],
        user: UserId,
        now: DateTime<Utc>,
    ) -> Result<ReceiveOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let d = delivery::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        if d.status != DeliveryStatus::Declared.as_str() {
            return Ok(ReceiveOutcome::NotDeclared);
        }
        let claimed = delivery::Entity::update_many()
            .col_expr(delivery::Column::Status, Expr::value(DeliveryStatus::Received.as_str()))
            .col_expr(delivery::Column::ReceivedAt, Expr::value(now))
            .col_expr(delivery::Column::ReceivedBy, Expr::value(user.get()))
            .col_expr(delivery::Column::Version, Expr::value(version + 1))
            .filter(delivery::Column::Id.eq(d.id))
            .filter(delivery::Column::Version.eq(version))
            .filter(delivery::Column::Status.eq(DeliveryStatus::Declared.as_str()))
            .exec(&txn)
            .await?;
        if claimed.rows_affected == 0 {
            return Ok(ReceiveOutcome::Stale);
        }
        let lines = delivery_line::Entity::find().filter(delivery_line::Column::DeliveryId.eq(d.id)).all(&txn).await?;
        for line in &lines {
            // A line the form did not name was counted as declared.
            let value = match checked.iter().find(|c| c.position == line.position) {
                Some(c) => c.checked.to_string(),
                None => line.quantity.clone(),
            };
            delivery_line::Entity::update_many()
                .col_expr(delivery_line::Column::CheckedQuantity, Expr::value(value))
                .filter(delivery_line::Column::Id.eq(line.id))
                .exec(&txn)
                .await?;
        }
        let order_status = match d.order_id {
            Some(order) => Some(refresh_order_status(&txn, order, now).await?),
            None => None,
        };
        txn.commit().await?;
        Ok(ReceiveOutcome::Done { order_status })
    }
}

/// Sets an order's status from its deliveries (in the caller's transaction).
pub(crate) async fn refresh_order_status<C: ConnectionTrait>(
    conn: &C,
    order: i64,
    now: DateTime<Utc>,
) -> Result<OrderStatus, DbError> {
    let o = po::Entity::find_by_id(order).one(conn).await?.ok_or(DbError::NotFound)?;
    let current = order_status(&o.status)?;
    let next = status_after_deliveries(current, &balances(conn, order).await?, o.confirmed_date.is_some());
    if next != current {
        po::Entity::update_many()
            .col_expr(po::Column::Status, Expr::value(next.as_str()))
            .col_expr(po::Column::Version, Expr::value(o.version + 1))
            .col_expr(po::Column::UpdatedAt, Expr::value(now))
            .filter(po::Column::Id.eq(order))
            .exec(conn)
            .await?;
    }
    Ok(next)
}

/// How ending an order went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndOutcome {
    Done(OrderStatus),
    Refused(tessera_domain::delivery::EndRule),
    Stale,
}

impl Db {
    /// The buyer cancels (nothing delivered) or closes (nothing more expected) an order still
    /// at `version`.
    pub async fn end_order(
        &self,
        order: OrderId,
        version: i64,
        ending: tessera_domain::delivery::Ending,
        now: DateTime<Utc>,
    ) -> Result<EndOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let o = po::Entity::find_by_id(order.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        if o.version != version {
            return Ok(EndOutcome::Stale);
        }
        let statuses: Vec<String> = delivery::Entity::find()
            .filter(delivery::Column::OrderId.eq(o.id))
            .filter(delivery::Column::Status.ne(DeliveryStatus::Cancelled.as_str()))
            .all(&txn)
            .await?
            .into_iter()
            .map(|d| d.status)
            .collect();
        let awaits = statuses.iter().any(|s| s == DeliveryStatus::Declared.as_str());
        let next =
            match tessera_domain::delivery::end_order(order_status(&o.status)?, ending, !statuses.is_empty(), awaits) {
                Ok(s) => s,
                Err(rule) => return Ok(EndOutcome::Refused(rule)),
            };
        let res = po::Entity::update_many()
            .col_expr(po::Column::Status, Expr::value(next.as_str()))
            .col_expr(po::Column::Version, Expr::value(version + 1))
            .col_expr(po::Column::UpdatedAt, Expr::value(now))
            .filter(po::Column::Id.eq(o.id))
            .filter(po::Column::Version.eq(version))
            .exec(&txn)
            .await?;
        if res.rows_affected == 0 {
            return Ok(EndOutcome::Stale);
        }
        txn.commit().await?;
        Ok(EndOutcome::Done(next))
    }
}
