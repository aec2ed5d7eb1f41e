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

/// Whether the party already declared a delivery with this number (the unique key still
/// decides between two at once).
async fn number_taken<C: ConnectionTrait>(conn: &C, party: i64, number: &str) -> Result<bool, DbError> {
    Ok(delivery::Entity::find()
        .filter(delivery::Column::PartyId.eq(party))
        .filter(delivery::Column::Kind.eq("delivery"))
        .filter(delivery::Column::Number.eq(number))
        .one(conn)
        .await?
        .is_some())
}

/// A newly declared delivery of the party: without an order, a cost centre or a loading date
/// until the caller sets them.
fn declared_row(
    party: i64,
    number: &str,
    date: chrono::NaiveDate,
    link: Option<LinkId>,
    now: DateTime<Utc>,
) -> delivery::ActiveModel {
    delivery::ActiveModel {
        number: Set(number.to_owned()),
        kind: Set("delivery".into()),
        party_id: Set(party),
        order_id: Set(None),
        delivery_date: Set(date),
        loading_date: Set(None),
        status: Set(DeliveryStatus::Declared.as_str().into()),
        created_at: Set(now),
        contract_id: Set(None),
        work_order_id: Set(None),
        cost_centre_id: Set(None),
        link_id: Set(link.map(|l| l.get())),
        declared_at: Set(Some(now)),
        received_at: Set(None),
        received_by: Set(None),
        version: Set(1),
        ..Default::default()
    }
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
        if number_taken(&txn, o.party_id, declaration.number.as_str()).await? {
            return Ok(DeclareOutcome::DuplicateNumber);
        }
        let mut row = declared_row(o.party_id, declaration.number.as_str(), declaration.arrival_date, link, now);
        row.loading_date = Set(declaration.loading_date);
        row.order_id = Set(Some(o.id));
        row.contract_id = Set(o.contract_id);
        row.work_order_id = Set(o.work_order_id);
        let inserted = row.insert(&txn).await.map_err(DbError::from);
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

/// How a delivery without an order went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FreeOutcome {
    Done(DeliveryId),
    /// Article numbers the catalogue does not know (each once, in the order given).
    UnknownArticles(Vec<String>),
    /// No cost centre with that contract and construction.
    UnknownCostCentre {
        contract: String,
        construction: String,
    },
    /// The party already declared a delivery with that number.
    DuplicateNumber,
}

/// A cost centre a delivery may be booked to, for choosing one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostCentreChoice {
    pub contract: String,
    pub contract_name: String,
    pub code: String,
    pub name: String,
}

/// What a delivery file names that the database does not know.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UnknownKeys {
    /// The contract + construction named no cost centre.
    pub cost_centre: bool,
    /// Article numbers not in the catalogue, each once, in the order first named.
    pub articles: Vec<String>,
}

/// The cost centre of a contract (by number) and construction (by code).
async fn find_cost_centre<C: ConnectionTrait>(
    c: &C,
    contract_no: &str,
    construction: &str,
) -> Result<Option<crate::entity::cost_centre::Model>, DbError> {
    use crate::entity::{contract, cost_centre};
    let Some(found) = contract::Entity::find().filter(contract::Column::Number.eq(contract_no.trim())).one(c).await?
    else {
        return Ok(None);
    };
    Ok(cost_centre::Entity::find()
        .filter(cost_centre::Column::ContractId.eq(found.id))
        .filter(cost_centre::Column::Code.eq(construction.trim()))
        .one(c)
        .await?)
}

/// The catalogue's items with these ordering numbers.
async fn items_by_number<C: ConnectionTrait>(
    c: &C,
    numbers: &[String],
) -> Result<HashMap<String, crate::entity::item::Model>, DbError> {
    let mut out = HashMap::new();
    for chunk in numbers.chunks(500) {
        let found = crate::entity::item::Entity::find()
            .filter(crate::entity::item::Column::OrderingNumber.is_in(chunk.to_vec()))
            .all(c)
            .await?;
        out.extend(found.into_iter().map(|i| (i.ordering_number.clone(), i)));
    }
    Ok(out)
}

fn unknown_of(wanted: &[String], items: &HashMap<String, crate::entity::item::Model>) -> Vec<String> {
    let mut unknown: Vec<String> = Vec::new();
    for a in wanted.iter().filter(|a| !items.contains_key(*a)) {
        if !unknown.contains(a) {
            unknown.push(a.clone());
        }
    }
    unknown
}

impl Db {
    /// Which of a delivery file's keys the database does not know (the file import checks
    /// them before the form is filled, so each can be named at its line).
    pub async fn unknown_free_keys(
        &self,
        cost_centre: Option<(&str, &str)>,
        articles: &[String],
    ) -> Result<UnknownKeys, DbError> {
        let cost_centre = match cost_centre {
            Some((contract, construction)) => find_cost_centre(self.conn(), contract, construction).await?.is_none(),
            None => false,
        };
        let wanted: Vec<String> = articles.iter().map(|a| a.trim().to_owned()).collect();
        let items = items_by_number(self.conn(), &wanted).await?;
        Ok(UnknownKeys { cost_centre, articles: unknown_of(&wanted, &items) })
    }

    /// Every cost centre with its contract, by contract number and code.
    pub async fn cost_centre_choices(&self) -> Result<Vec<CostCentreChoice>, DbError> {
        use crate::entity::{contract, cost_centre};
        let contracts: HashMap<i64, contract::Model> =
            contract::Entity::find().all(self.conn()).await?.into_iter().map(|c| (c.id, c)).collect();
        let mut out: Vec<CostCentreChoice> = cost_centre::Entity::find()
            .all(self.conn())
            .await?
            .into_iter()
            .filter_map(|cc| {
                let c = contracts.get(&cc.contract_id)?;
                Some(CostCentreChoice {
                    contract: c.number.clone(),
                    contract_name: c.name.clone(),
                    code: cc.code,
                    name: cc.name,
                })
            })
            .collect();
        out.sort_by(|a, b| (&a.contract, &a.code).cmp(&(&b.contract, &b.code)));
        Ok(out)
    }

    /// A party declares a delivery without an order: its articles must be in the catalogue
    /// and its cost centre (if any) must exist; the number is the party's once. The audit
    /// event is written in the same transaction. All or nothing.
    pub async fn declare_free_delivery(
        &self,
        party: tessera_domain::ids::PartyId,
        d: &tessera_domain::free_delivery::FreeDeclaration,
        link: Option<LinkId>,
        event: &crate::audit::AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<FreeOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let booked = match &d.cost_centre {
            None => None,
            Some((contract_no, construction)) => match find_cost_centre(&txn, contract_no, construction).await? {
                Some(cc) => Some(cc),
                None => {
                    return Ok(FreeOutcome::UnknownCostCentre {
                        contract: contract_no.trim().to_owned(),
                        construction: construction.trim().to_owned(),
                    });
                }
            },
        };
        let wanted: Vec<String> = d.lines.iter().map(|l| l.article.trim().to_owned()).collect();
        let items = items_by_number(&txn, &wanted).await?;
        let unknown = unknown_of(&wanted, &items);
        if !unknown.is_empty() {
            return Ok(FreeOutcome::UnknownArticles(unknown));
        }
        if number_taken(&txn, party.get(), d.number.as_str()).await? {
            return Ok(FreeOutcome::DuplicateNumber);
        }
        let mut row = declared_row(party.get(), d.number.as_str(), d.delivery_date, link, now);
        row.loading_date = Set(d.loading_date);
        row.contract_id = Set(booked.as_ref().map(|cc| cc.contract_id));
        row.cost_centre_id = Set(booked.as_ref().map(|cc| cc.id));
        let inserted = row.insert(&txn).await.map_err(DbError::from);
        let row = match inserted {
            Ok(r) => r,
            Err(DbError::Conflict) => return Ok(FreeOutcome::DuplicateNumber),
            Err(e) => return Err(e),
        };
        for (i, (line, article)) in d.lines.iter().zip(&wanted).enumerate() {
            let item = items.get(article).ok_or(DbError::NotFound)?;
            let price = match &item.unit_price {
                Some(p) => Some(p.parse::<Money>().map_err(|_| corrupt("items.unit_price", p))?),
                None => None,
            };
            delivery_line::ActiveModel {
                delivery_id: Set(row.id),
                position: Set(i32::try_from(i + 1).unwrap_or(i32::MAX)),
                order_line_id: Set(None),
                checked_quantity: Set(None),
                item_id: Set(Some(item.id)),
                item_name: Set(item.name.clone()),
                item_order_number: Set(item.ordering_number.clone()),
                item_unit: Set(Some(item.unit.clone())),
                unit_price: Set(price.map(|p| p.to_string())),
                quantity: Set(line.quantity.to_string()),
                value: Set(price.map(|p| Money::line_value(p, line.quantity).to_string())),
                over_reason: Set(None),
                serial_numbers: Set(match line.serials.is_empty() {
                    true => None,
                    false => Some(serde_json::to_string(&line.serials).map_err(|e| DbError::Corrupt(e.to_string()))?),
                }),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        let mut event = event.clone();
        event.object = Some(format!("delivery:{}", row.id));
        crate::audit::audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(FreeOutcome::Done(DeliveryId::new(row.id)))
    }
}
