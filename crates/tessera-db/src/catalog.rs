//! Parties, items, contracts with their work orders and cost centres, warehouses.
use crate::entity::{contract, cost_centre, item, party, party_email, work_order};
use crate::error::corrupt;
use crate::{Db, DbError, PAGE_SIZE, Page, contains_ci};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, TransactionTrait};
use tessera_domain::ids::{ContractId, ItemId, PartyId, WorkOrderId};
use tessera_domain::number::Money;
use tessera_domain::party::PartyKinds;
use tessera_domain::subcontractor::AllowedActions;

#[derive(Debug, Clone)]
pub struct Party {
    pub id: PartyId,
    pub code: String,
    pub name: String,
    pub kinds: PartyKinds,
    pub billing_account: Option<String>,
    pub customer_ref: Option<String>,
    pub language: String,
    pub active: bool,
    pub emails: Vec<String>,
    /// What the subcontractor's links may do (issue #8); empty for other parties.
    pub subcontractor_actions: AllowedActions,
}

#[derive(Debug, Clone)]
pub struct Item {
    pub id: ItemId,
    pub ordering_number: String,
    pub name: String,
    pub unit: String,
    pub manufacturer: Option<String>,
    pub unit_price: Option<Money>,
    pub active: bool,
}

#[derive(Debug, Clone)]
pub struct WorkOrder {
    pub id: WorkOrderId,
    pub contract_id: ContractId,
    pub contract_number: String,
    pub contract_name: String,
    pub contract_scope: Option<String>,
    pub name: String,
}

fn to_party(m: party::Model, emails: Vec<String>) -> Party {
    Party {
        id: PartyId::new(m.id),
        code: m.code,
        name: m.name,
        kinds: PartyKinds { supplier: m.is_supplier, subcontractor: m.is_subcontractor, customer: m.is_customer },
        billing_account: m.billing_account,
        customer_ref: m.customer_ref,
        language: m.language,
        active: m.active,
        emails,
        subcontractor_actions: allowed_actions(m.id, &m.subcontractor_actions),
    }
}

/// A subcontractor's allowed actions as stored. A name this build does not know allows
/// nothing: the set fails closed.
pub(crate) fn allowed_actions(party: i64, text: &str) -> AllowedActions {
    AllowedActions::parse(text).unwrap_or_else(|e| {
        tracing::error!(party, error = %e, "parties.subcontractor_actions unreadable; nothing allowed");
        AllowedActions::default()
    })
}

pub(crate) fn to_item(m: item::Model) -> Result<Item, DbError> {
    let unit_price = match m.unit_price {
        Some(p) => Some(p.parse::<Money>().map_err(|_| corrupt("items.unit_price", &p))?),
        None => None,
    };
    Ok(Item {
        id: ItemId::new(m.id),
        ordering_number: m.ordering_number,
        name: m.name,
        unit: m.unit,
        manufacturer: m.manufacturer,
        unit_price,
        active: m.active,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PartyFilter {
    #[default]
    All,
    Suppliers,
    Subcontractors,
    Customers,
}

impl Db {
    /// Sets what a subcontractor's links may do, with its audit event, in one transaction;
    /// every live link of the party is narrowed (or widened, up to what it carries) at once.
    /// A party that is not a subcontractor is [`DbError::Conflict`].
    pub async fn set_subcontractor_actions(
        &self,
        id: PartyId,
        allowed: &AllowedActions,
        event: &crate::audit::AuditEvent,
    ) -> Result<(), DbError> {
        let txn = self.conn().begin().await?;
        let m = party::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        if !m.is_subcontractor {
            return Err(DbError::Conflict);
        }
        party::Entity::update_many()
            .col_expr(party::Column::SubcontractorActions, Expr::value(allowed.to_text()))
            .filter(party::Column::Id.eq(id.get()))
            .exec(&txn)
            .await?;
        crate::audit::audit_in(&txn, event).await?;
        txn.commit().await?;
        Ok(())
    }

    pub async fn parties(&self, q: &str, filter: PartyFilter, page: u64) -> Result<Page<Party>, DbError> {
        let mut sel = party::Entity::find().order_by_asc(party::Column::Name).order_by_asc(party::Column::Id);
        if !q.trim().is_empty() {
            sel = sel.filter(
                Condition::any()
                    .add(contains_ci(party::Column::Name, q))
                    .add(contains_ci(party::Column::Code, q))
                    .add(contains_ci(party::Column::BillingAccount, q))
                    .add(contains_ci(party::Column::CustomerRef, q)),
            );
        }
        sel = match filter {
            PartyFilter::All => sel,
            PartyFilter::Suppliers => sel.filter(party::Column::IsSupplier.eq(true)),
            PartyFilter::Subcontractors => sel.filter(party::Column::IsSubcontractor.eq(true)),
            PartyFilter::Customers => sel.filter(party::Column::IsCustomer.eq(true)),
        };
        let pager = sel.paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = page.max(1);
        let rows = pager.fetch_page(page - 1).await?;
        Ok(Page {
            items: rows.into_iter().map(|m| to_party(m, Vec::new())).collect(),
            page,
            pages: counts.number_of_pages.max(1),
            total: counts.number_of_items,
        })
    }

    pub async fn party(&self, id: PartyId) -> Result<Party, DbError> {
        let m = party::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let emails = party_email::Entity::find()
            .filter(party_email::Column::PartyId.eq(id.get()))
            .order_by_asc(party_email::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|e| e.email)
            .collect();
        Ok(to_party(m, emails))
    }

    /// Active suppliers, for choosing one on an order.
    pub async fn suppliers(&self) -> Result<Vec<Party>, DbError> {
        self.active_parties(party::Column::IsSupplier).await
    }

    /// Active subcontractors, for giving one a work order or a permit.
    pub async fn subcontractors(&self) -> Result<Vec<Party>, DbError> {
        self.active_parties(party::Column::IsSubcontractor).await
    }

    /// Active customers, for their sites, assets and service.
    pub async fn customers(&self) -> Result<Vec<Party>, DbError> {
        self.active_parties(party::Column::IsCustomer).await
    }

    async fn active_parties(&self, kind: party::Column) -> Result<Vec<Party>, DbError> {
        Ok(party::Entity::find()
            .filter(kind.eq(true))
            .filter(party::Column::Active.eq(true))
            .order_by_asc(party::Column::Name)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| to_party(m, Vec::new()))
            .collect())
    }

    /// Every contract as (id, number, name), by number.
    pub async fn contracts(&self) -> Result<Vec<(ContractId, String, String)>, DbError> {
        Ok(contract::Entity::find()
            .order_by_asc(contract::Column::Number)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|c| (ContractId::new(c.id), c.number, c.name))
            .collect())
    }

    pub async fn items(&self, q: &str, page: u64) -> Result<Page<Item>, DbError> {
        let mut sel = item::Entity::find().order_by_asc(item::Column::OrderingNumber);
        if !q.trim().is_empty() {
            sel = sel.filter(
                Condition::any()
                    .add(contains_ci(item::Column::Name, q))
                    .add(contains_ci(item::Column::OrderingNumber, q))
                    .add(contains_ci(item::Column::Manufacturer, q)),
            );
        }
        let pager = sel.paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = page.max(1);
        let rows = pager.fetch_page(page - 1).await?;
        Ok(Page {
            items: rows.into_iter().map(to_item).collect::<Result<_, _>>()?,
            page,
            pages: counts.number_of_pages.max(1),
            total: counts.number_of_items,
        })
    }

    pub async fn item(&self, id: ItemId) -> Result<Item, DbError> {
        to_item(item::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?)
    }

    /// The items with these ordering numbers, in one query, by ordering number.
    pub async fn items_by_numbers(
        &self,
        numbers: &[String],
    ) -> Result<std::collections::HashMap<String, Item>, DbError> {
        let wanted: Vec<&str> = numbers.iter().map(|n| n.trim()).filter(|n| !n.is_empty()).collect();
        item::Entity::find()
            .filter(item::Column::OrderingNumber.is_in(wanted))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| to_item(m).map(|i| (i.ordering_number.clone(), i)))
            .collect()
    }

    /// Every active item, for the order form's list (the catalogue of a portal is small enough;
    /// the form also accepts a typed ordering number).
    pub async fn active_items(&self) -> Result<Vec<Item>, DbError> {
        item::Entity::find()
            .filter(item::Column::Active.eq(true))
            .order_by_asc(item::Column::OrderingNumber)
            .all(self.conn())
            .await?
            .into_iter()
            .map(to_item)
            .collect()
    }

    /// Work orders with their contracts, for booking an order.
    pub async fn work_orders(&self) -> Result<Vec<WorkOrder>, DbError> {
        let contracts = contract::Entity::find().all(self.conn()).await?;
        let wos = work_order::Entity::find().order_by_asc(work_order::Column::Name).all(self.conn()).await?;
        let mut out = Vec::with_capacity(wos.len());
        for w in wos {
            let Some(c) = contracts.iter().find(|c| c.id == w.contract_id) else {
                return Err(corrupt("work_orders.contract_id", &w.contract_id.to_string()));
            };
            out.push(WorkOrder {
                id: WorkOrderId::new(w.id),
                contract_id: ContractId::new(c.id),
                contract_number: c.number.clone(),
                contract_name: c.name.clone(),
                contract_scope: c.scope.clone(),
                name: w.name,
            });
        }
        out.sort_by(|a, b| (&a.contract_number, &a.name).cmp(&(&b.contract_number, &b.name)));
        Ok(out)
    }

    pub async fn work_order(&self, id: WorkOrderId) -> Result<WorkOrder, DbError> {
        let w = work_order::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let c = contract::Entity::find_by_id(w.contract_id).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        Ok(WorkOrder {
            id,
            contract_id: ContractId::new(c.id),
            contract_number: c.number,
            contract_name: c.name,
            contract_scope: c.scope,
            name: w.name,
        })
    }

    /// Deactivating a party kills every link it has (they check the party on every request).
    pub async fn set_party_active(&self, id: PartyId, active: bool) -> Result<(), DbError> {
        let res = party::Entity::update_many()
            .col_expr(party::Column::Active, sea_orm::sea_query::Expr::value(active))
            .filter(party::Column::Id.eq(id.get()))
            .exec(self.conn())
            .await?;
        if res.rows_affected == 0 { Err(DbError::NotFound) } else { Ok(()) }
    }

    pub async fn cost_centre_count(&self) -> Result<u64, DbError> {
        Ok(cost_centre::Entity::find().count(self.conn()).await?)
    }
}
