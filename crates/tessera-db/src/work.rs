//! Work by subcontractors on sites (issue #8): assets, work orders with their checklists, and
//! the inspections filled for them. A work order's one-off links die when it is closed. Every
//! change is one transaction with its audit event.
use crate::audit::{AuditEvent, audit_in};
use crate::entity::{access_link, asset, contract, inspection, party, work_order};
use crate::error::corrupt;
use crate::{Db, DbError};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};
use tessera_domain::ids::{AssetId, ContractId, InspectionId, LinkId, PartyId, UserId, WorkOrderId};
use tessera_domain::work_order::{
    CheckedAnswer, ChecklistItem, InspectionRecord, Review, TransitionRule, WorkOrderDraft, WorkOrderStatus, review,
    submit,
};

/// An asset: what is worked on (a machine, an installation), at a site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    pub id: AssetId,
    pub code: String,
    pub name: String,
    pub site: String,
    /// The customer it belongs to, if it is a customer's (issue #9).
    pub customer: Option<PartyId>,
}

/// An asset to add, as an import gives it: its code unique, a customer's if `customer`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAsset {
    pub code: String,
    pub name: String,
    pub site: String,
    pub customer: Option<PartyId>,
}

/// At most this many values in one `IN (…)` or rows in one multi-row insert: well within the
/// bind parameters both SQLite and PostgreSQL take in one statement.
const AT_ONCE: usize = 500;

/// Which of `codes` assets already have (each once, in the order given).
async fn taken_codes<C: ConnectionTrait>(conn: &C, codes: &[String]) -> Result<Vec<String>, DbError> {
    let mut found = std::collections::HashSet::new();
    for chunk in codes.chunks(AT_ONCE) {
        let models = asset::Entity::find().filter(asset::Column::Code.is_in(chunk.iter().cloned())).all(conn).await?;
        found.extend(models.into_iter().map(|m| m.code));
    }
    let mut out: Vec<String> = Vec::new();
    for c in codes {
        if found.contains(c) && !out.contains(c) {
            out.push(c.clone());
        }
    }
    Ok(out)
}

/// A subcontractor's work order as pages show it.
#[derive(Debug, Clone)]
pub struct WorkOrderRow {
    pub id: WorkOrderId,
    pub number: String,
    pub contract_number: String,
    pub party: PartyId,
    pub party_name: String,
    pub asset: Option<Asset>,
    pub site: String,
    pub description: String,
    pub due_date: Option<NaiveDate>,
    pub status: WorkOrderStatus,
    pub checklist: Vec<ChecklistItem>,
    pub created_at: Option<DateTime<Utc>>,
}

/// An inspection filled for a work order.
#[derive(Debug, Clone)]
pub struct InspectionRow {
    pub id: InspectionId,
    pub answers: Vec<CheckedAnswer>,
    pub confirmed_by: String,
    pub failed: i64,
    pub submitted_at: DateTime<Utc>,
    /// `submitted`, `accepted` or `sent_back`.
    pub status: String,
    pub review_note: Option<String>,
    pub reviewed_at: Option<DateTime<Utc>>,
}

/// How a step on a work order went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkOutcome {
    Done(WorkOrderStatus),
    Refused(TransitionRule),
}

/// How registering went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterOutcome {
    Done(WorkOrderId),
    /// The contract already has a work order with this number.
    NumberTaken,
    UnknownContract,
    UnknownAsset,
    /// Not a subcontractor.
    NotSubcontractor,
}

pub(crate) fn to_asset(m: asset::Model) -> Asset {
    Asset {
        id: AssetId::new(m.id),
        code: m.code,
        name: m.name,
        site: m.site,
        customer: m.customer_id.map(PartyId::new),
    }
}

impl Db {
    pub async fn assets(&self) -> Result<Vec<Asset>, DbError> {
        Ok(asset::Entity::find()
            .order_by_asc(asset::Column::Code)
            .all(self.conn())
            .await?
            .into_iter()
            .map(to_asset)
            .collect())
    }

    pub async fn asset(&self, id: AssetId) -> Result<Asset, DbError> {
        asset::Entity::find_by_id(id.get()).one(self.conn()).await?.map(to_asset).ok_or(DbError::NotFound)
    }

    /// Adds an asset (a customer's, if `customer`); its code is unique ([`DbError::Conflict`]).
    pub async fn add_asset(
        &self,
        code: &str,
        name: &str,
        site: &str,
        customer: Option<PartyId>,
        event: &AuditEvent,
    ) -> Result<AssetId, DbError> {
        let txn = self.conn().begin().await?;
        let m = asset::ActiveModel {
            code: Set(code.trim().to_owned()),
            name: Set(name.trim().to_owned()),
            site: Set(site.trim().to_owned()),
            customer_id: Set(customer.map(|c| c.get())),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .map_err(DbError::from)?;
        let mut event = event.clone();
        event.object = Some(format!("asset:{}", m.id));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(AssetId::new(m.id))
    }

    /// Which of `codes` other assets already have (each once, in the order given).
    pub async fn asset_codes_taken(&self, codes: &[String]) -> Result<Vec<String>, DbError> {
        taken_codes(self.conn(), codes).await
    }

    /// Adds many assets at once (an import), all or none, in one transaction with one audit
    /// event (its detail `rows=N`, before what the event carried). A code another asset has by
    /// then, or one given twice, is [`DbError::Conflict`] and nothing is saved.
    pub async fn import_assets(&self, rows: &[NewAsset], event: &AuditEvent) -> Result<usize, DbError> {
        if rows.is_empty() {
            return Ok(0);
        }
        let txn = self.conn().begin().await?;
        let codes: Vec<String> = rows.iter().map(|r| r.code.trim().to_owned()).collect();
        // Dropping the transaction rolls it back.
        if !taken_codes(&txn, &codes).await?.is_empty() {
            return Err(DbError::Conflict);
        }
        for chunk in rows.chunks(AT_ONCE) {
            let models = chunk.iter().map(|r| asset::ActiveModel {
                code: Set(r.code.trim().to_owned()),
                name: Set(r.name.trim().to_owned()),
                site: Set(r.site.trim().to_owned()),
                customer_id: Set(r.customer.map(|c| c.get())),
                ..Default::default()
            });
            asset::Entity::insert_many(models).exec_without_returning(&txn).await?;
        }
        let mut event = event.clone();
        event.detail = Some(match event.detail.take() {
            Some(d) => format!("rows={} {d}", rows.len()),
            None => format!("rows={}", rows.len()),
        });
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(rows.len())
    }

    /// Whose work order it is, for the policy: a work order that is only a contract's booking
    /// belongs to no subcontractor and does not exist for the portals.
    pub async fn work_order_party(&self, id: WorkOrderId) -> Result<PartyId, DbError> {
        let m = work_order::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        m.party_id.map(PartyId::new).ok_or(DbError::NotFound)
    }

    /// Registers a work order for a subcontractor (by staff, or by the subcontractor's link).
    pub async fn register_work_order(
        &self,
        contract: ContractId,
        party: PartyId,
        d: &WorkOrderDraft,
        registered_by: &str,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<RegisterOutcome, DbError> {
        let txn = self.conn().begin().await?;
        if contract::Entity::find_by_id(contract.get()).one(&txn).await?.is_none() {
            return Ok(RegisterOutcome::UnknownContract);
        }
        match party::Entity::find_by_id(party.get()).one(&txn).await? {
            Some(p) if p.is_subcontractor => {}
            _ => return Ok(RegisterOutcome::NotSubcontractor),
        }
        if let Some(a) = d.asset
            && asset::Entity::find_by_id(a.get()).one(&txn).await?.is_none()
        {
            return Ok(RegisterOutcome::UnknownAsset);
        }
        let taken = work_order::Entity::find()
            .filter(work_order::Column::ContractId.eq(contract.get()))
            .filter(work_order::Column::Name.eq(d.number.as_str()))
            .one(&txn)
            .await?;
        if taken.is_some() {
            return Ok(RegisterOutcome::NumberTaken);
        }
        let checklist = serde_json::to_string(&d.checklist).map_err(|e| DbError::Corrupt(e.to_string()))?;
        let m = work_order::ActiveModel {
            contract_id: Set(contract.get()),
            name: Set(d.number.as_str().to_owned()),
            party_id: Set(Some(party.get())),
            asset_id: Set(d.asset.map(|a| a.get())),
            site: Set(Some(d.site.as_str().to_owned())),
            description: Set(Some(d.description.as_str().to_owned())),
            due_date: Set(d.due_date),
            status: Set(WorkOrderStatus::Open.as_str().to_owned()),
            checklist: Set(Some(checklist)),
            registered_by: Set(Some(registered_by.to_owned())),
            created_at: Set(Some(now)),
            ..Default::default()
        }
        .insert(&txn)
        .await;
        let m = match m.map_err(DbError::from) {
            Ok(m) => m,
            Err(DbError::Conflict) => return Ok(RegisterOutcome::NumberTaken),
            Err(e) => return Err(e),
        };
        let mut event = event.clone();
        event.object = Some(format!("work_order:{}", m.id));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(RegisterOutcome::Done(WorkOrderId::new(m.id)))
    }

    /// Subcontractors' work orders, newest first: one party's, or all of them.
    pub async fn subcontractor_work_orders(&self, party: Option<PartyId>) -> Result<Vec<WorkOrderRow>, DbError> {
        let mut q = work_order::Entity::find().filter(work_order::Column::PartyId.is_not_null());
        if let Some(p) = party {
            q = q.filter(work_order::Column::PartyId.eq(p.get()));
        }
        let rows = q.order_by_desc(work_order::Column::Id).all(self.conn()).await?;
        self.to_rows(rows).await
    }

    pub async fn subcontractor_work_order(&self, id: WorkOrderId) -> Result<WorkOrderRow, DbError> {
        let m = work_order::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        if m.party_id.is_none() {
            return Err(DbError::NotFound);
        }
        self.to_rows(vec![m]).await?.pop().ok_or(DbError::NotFound)
    }

    async fn to_rows(&self, rows: Vec<work_order::Model>) -> Result<Vec<WorkOrderRow>, DbError> {
        let contracts: std::collections::HashMap<i64, String> =
            contract::Entity::find().all(self.conn()).await?.into_iter().map(|c| (c.id, c.number)).collect();
        let parties: std::collections::HashMap<i64, String> = party::Entity::find()
            .filter(party::Column::Id.is_in(rows.iter().filter_map(|r| r.party_id).collect::<Vec<_>>()))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|p| (p.id, p.name))
            .collect();
        let assets: std::collections::HashMap<i64, Asset> = asset::Entity::find()
            .filter(asset::Column::Id.is_in(rows.iter().filter_map(|r| r.asset_id).collect::<Vec<_>>()))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|a| (a.id, to_asset(a)))
            .collect();
        rows.into_iter()
            .map(|m| {
                let party = m.party_id.ok_or_else(|| corrupt("work_orders.party_id", "null"))?;
                let checklist: Vec<ChecklistItem> = match &m.checklist {
                    Some(raw) => serde_json::from_str(raw).map_err(|_| corrupt("work_orders.checklist", raw))?,
                    None => Vec::new(),
                };
                Ok(WorkOrderRow {
                    id: WorkOrderId::new(m.id),
                    number: m.name,
                    contract_number: contracts.get(&m.contract_id).cloned().unwrap_or_default(),
                    party: PartyId::new(party),
                    party_name: parties.get(&party).cloned().unwrap_or_default(),
                    asset: m.asset_id.and_then(|a| assets.get(&a).cloned()),
                    site: m.site.unwrap_or_default(),
                    description: m.description.unwrap_or_default(),
                    due_date: m.due_date,
                    status: m.status.parse().map_err(|_| corrupt("work_orders.status", &m.status))?,
                    checklist,
                    created_at: m.created_at,
                })
            })
            .collect()
    }

    /// A work order's inspections, newest first.
    pub async fn inspections(&self, id: WorkOrderId) -> Result<Vec<InspectionRow>, DbError> {
        inspection::Entity::find()
            .filter(inspection::Column::WorkOrderId.eq(id.get()))
            .order_by_desc(inspection::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| {
                Ok(InspectionRow {
                    id: InspectionId::new(m.id),
                    answers: serde_json::from_str(&m.answers)
                        .map_err(|_| corrupt("inspections.answers", &m.answers))?,
                    confirmed_by: m.confirmed_by,
                    failed: i64::from(m.failed),
                    submitted_at: m.submitted_at,
                    status: m.status,
                    review_note: m.review_note,
                    reviewed_at: m.reviewed_at,
                })
            })
            .collect()
    }

    /// The subcontractor confirms the work as done with its filled checklist. Only an open
    /// work order takes one: a second confirmation (a double click, a second person, a replay)
    /// is refused, even when both arrive at once (the status moves only from `open`).
    /// The photos are recorded with it, all or nothing.
    pub async fn submit_inspection(
        &self,
        id: WorkOrderId,
        record: &InspectionRecord,
        photos: &[crate::attachments::NewAttachment],
        link: Option<LinkId>,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<WorkOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let next = match step(&txn, id, submit, TransitionRule::AlreadyConfirmed).await? {
            Ok(next) => next,
            Err(rule) => return Ok(WorkOutcome::Refused(rule)),
        };
        let answers = serde_json::to_string(&record.answers).map_err(|e| DbError::Corrupt(e.to_string()))?;
        inspection::ActiveModel {
            work_order_id: Set(id.get()),
            answers: Set(answers),
            confirmed_by: Set(record.confirmed_by.as_str().to_owned()),
            failed: Set(i32::try_from(record.failed).unwrap_or(i32::MAX)),
            link_id: Set(link.map(|l| l.get())),
            submitted_at: Set(now),
            status: Set("submitted".into()),
            review_note: Set(None),
            reviewed_by: Set(None),
            reviewed_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        if !photos.is_empty() {
            let m = work_order::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
            let party = PartyId::new(m.party_id.ok_or(DbError::NotFound)?);
            let by = link.map(|l| format!("link:{l}")).unwrap_or_else(|| "staff".into());
            let owner = crate::attachments::AttachmentOwner::WorkOrder(id);
            crate::attachments::insert(&txn, owner, party, None, photos, &by, now).await?;
        }
        let mut event = event.clone();
        event.object = Some(format!("work_order:{id}"));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(WorkOutcome::Done(next))
    }

    /// Staff accept the submitted inspection (the work order is closed, and its one-off links
    /// with it) or send it back to be filled again.
    pub async fn review_inspection(
        &self,
        id: WorkOrderId,
        decision: &Review,
        by: UserId,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<WorkOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let next = match step(&txn, id, |s| review(s, decision), TransitionRule::Closed).await? {
            Ok(next) => next,
            Err(rule) => return Ok(WorkOutcome::Refused(rule)),
        };
        let (inspection_status, note) = match decision {
            Review::Accept => ("accepted", None),
            Review::SendBack { reason } => ("sent_back", Some(reason.trim().to_owned())),
        };
        inspection::Entity::update_many()
            .col_expr(inspection::Column::Status, Expr::value(inspection_status))
            .col_expr(inspection::Column::ReviewNote, Expr::value(note))
            .col_expr(inspection::Column::ReviewedBy, Expr::value(by.get()))
            .col_expr(inspection::Column::ReviewedAt, Expr::value(now))
            .filter(inspection::Column::WorkOrderId.eq(id.get()))
            .filter(inspection::Column::Status.eq("submitted"))
            .exec(&txn)
            .await?;
        if next.is_closed() {
            end_links(&txn, id, now).await?;
        }
        let mut event = event.clone();
        event.object = Some(format!("work_order:{id}"));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(WorkOutcome::Done(next))
    }

    /// Staff cancel a work order that is not closed; its one-off links end with it.
    pub async fn cancel_work_order(
        &self,
        id: WorkOrderId,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<WorkOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let next = match step(&txn, id, tessera_domain::work_order::cancel, TransitionRule::Closed).await? {
            Ok(next) => next,
            Err(rule) => return Ok(WorkOutcome::Refused(rule)),
        };
        end_links(&txn, id, now).await?;
        let mut event = event.clone();
        event.object = Some(format!("work_order:{id}"));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(WorkOutcome::Done(next))
    }
}

/// Moves a work order to the status `rule` gives for its current one, only if it still has
/// that status when written (two requests at once: the second gets `raced`).
async fn step<C: ConnectionTrait>(
    c: &C,
    id: WorkOrderId,
    rule: impl FnOnce(WorkOrderStatus) -> Result<WorkOrderStatus, TransitionRule>,
    raced: TransitionRule,
) -> Result<Result<WorkOrderStatus, TransitionRule>, DbError> {
    crate::hold_row::<work_order::Entity, _>(c, work_order::Column::Id, work_order::Column::Status, id.get()).await?;
    let m = work_order::Entity::find_by_id(id.get()).one(c).await?.ok_or(DbError::NotFound)?;
    let from: WorkOrderStatus = m.status.parse().map_err(|_| corrupt("work_orders.status", &m.status))?;
    let to = match rule(from) {
        Ok(to) => to,
        Err(rule) => return Ok(Err(rule)),
    };
    let res = work_order::Entity::update_many()
        .col_expr(work_order::Column::Status, Expr::value(to.as_str()))
        .filter(work_order::Column::Id.eq(id.get()))
        .filter(work_order::Column::Status.eq(from.as_str()))
        .exec(c)
        .await?;
    Ok(if res.rows_affected == 1 { Ok(to) } else { Err(raced) })
}

/// Whether the work order is the party's and not closed: a permit or a requisition may name it.
pub(crate) async fn is_open_work_order_of<C: ConnectionTrait>(
    c: &C,
    id: WorkOrderId,
    party: PartyId,
) -> Result<bool, DbError> {
    let Some(m) = work_order::Entity::find_by_id(id.get()).one(c).await? else { return Ok(false) };
    let closed = m.status.parse::<WorkOrderStatus>().map(WorkOrderStatus::is_closed).unwrap_or(true);
    Ok(m.party_id == Some(party.get()) && !closed)
}

/// A closed work order's one-off links end: they were valid until it closed.
async fn end_links<C: ConnectionTrait>(c: &C, id: WorkOrderId, now: DateTime<Utc>) -> Result<(), DbError> {
    access_link::Entity::update_many()
        .col_expr(access_link::Column::RevokedAt, Expr::value(now))
        .filter(access_link::Column::ObjectKind.eq("work_order"))
        .filter(access_link::Column::ObjectId.eq(id.get()))
        .filter(access_link::Column::RevokedAt.is_null())
        .exec(c)
        .await?;
    Ok(())
}
