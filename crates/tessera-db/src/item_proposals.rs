//! Item types proposed by subcontractors (issue #8): filed through the portal, pending until
//! staff approve one into the catalogue, merge it into an item the catalogue has, or reject it.
//! Each step is one transaction with its audit event.
use crate::audit::{AuditEvent, audit_in};
use crate::entity::{item, item_proposal};
use crate::error::corrupt;
use crate::{Db, DbError};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};
use tessera_domain::ids::{ItemId, ItemProposalId, LinkId, PartyId, UserId};
use tessera_domain::item_proposal::{DecisionRule, ItemProposal, ProposalDecision, ProposalStatus, decide};
use tessera_domain::number::Money;

/// A proposal as pages show it.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub id: ItemProposalId,
    pub party: PartyId,
    pub party_name: String,
    pub name: String,
    pub ordering_number: String,
    pub unit: String,
    pub manufacturer: Option<String>,
    pub unit_price: Option<Money>,
    pub note: Option<String>,
    pub status: ProposalStatus,
    /// The item it became or was merged into.
    pub item: Option<ItemId>,
    pub reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    /// The catalogue's item with the same ordering number, if there is one (a merge is likely).
    pub same_number: Option<ItemId>,
}

/// How proposing went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposeOutcome {
    Done(ItemProposalId),
    /// The party already has a pending proposal with this ordering number.
    AlreadyPending,
}

/// How a decision went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecideOutcome {
    /// Decided; the catalogue's item for an approval or a merge.
    Done(ProposalStatus, Option<ItemId>),
    Refused(DecisionRule),
    /// Approving would make a second item with this ordering number: merge into it instead.
    NumberTaken(ItemId),
    /// The item to merge into does not exist.
    UnknownItem,
}

fn to_proposal(m: item_proposal::Model, party_name: String, same_number: Option<ItemId>) -> Result<Proposal, DbError> {
    let unit_price = match &m.unit_price {
        Some(p) => Some(p.parse::<Money>().map_err(|_| corrupt("item_proposals.unit_price", p))?),
        None => None,
    };
    Ok(Proposal {
        id: ItemProposalId::new(m.id),
        party: PartyId::new(m.party_id),
        party_name,
        name: m.name,
        ordering_number: m.ordering_number,
        unit: m.unit,
        manufacturer: m.manufacturer,
        unit_price,
        note: m.note,
        status: m.status.parse().map_err(|_| corrupt("item_proposals.status", &m.status))?,
        item: m.item_id.map(ItemId::new),
        reason: m.reason,
        created_at: m.created_at,
        decided_at: m.decided_at,
        same_number,
    })
}

impl Db {
    /// A subcontractor proposes an item. The audit event is written in the same transaction.
    pub async fn propose_item(
        &self,
        party: PartyId,
        p: &ItemProposal,
        link: Option<LinkId>,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<ProposeOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let pending = item_proposal::Entity::find()
            .filter(item_proposal::Column::PartyId.eq(party.get()))
            .filter(item_proposal::Column::OrderingNumber.eq(p.ordering_number.as_str()))
            .filter(item_proposal::Column::Status.eq(ProposalStatus::Pending.as_str()))
            .one(&txn)
            .await?;
        if pending.is_some() {
            return Ok(ProposeOutcome::AlreadyPending);
        }
        let row = item_proposal::ActiveModel {
            party_id: Set(party.get()),
            link_id: Set(link.map(|l| l.get())),
            name: Set(p.name.as_str().to_owned()),
            ordering_number: Set(p.ordering_number.as_str().to_owned()),
            unit: Set(p.unit.as_str().to_owned()),
            manufacturer: Set(p.manufacturer.clone()),
            unit_price: Set(p.unit_price.map(|m| m.to_string())),
            note: Set(p.note.clone()),
            status: Set(ProposalStatus::Pending.as_str().to_owned()),
            item_id: Set(None),
            reason: Set(None),
            decided_by: Set(None),
            decided_at: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let mut event = event.clone();
        event.object = Some(format!("item_proposal:{}", row.id));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(ProposeOutcome::Done(ItemProposalId::new(row.id)))
    }

    /// Whose proposal it is, for the policy.
    pub async fn item_proposal_party(&self, id: ItemProposalId) -> Result<PartyId, DbError> {
        let m = item_proposal::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        Ok(PartyId::new(m.party_id))
    }

    /// Proposals, newest first: one party's, or everyone's (with `pending_only`, the ones to
    /// decide).
    pub async fn item_proposals(&self, party: Option<PartyId>, pending_only: bool) -> Result<Vec<Proposal>, DbError> {
        let mut q = item_proposal::Entity::find().order_by_desc(item_proposal::Column::Id);
        if let Some(p) = party {
            q = q.filter(item_proposal::Column::PartyId.eq(p.get()));
        }
        if pending_only {
            q = q.filter(item_proposal::Column::Status.eq(ProposalStatus::Pending.as_str()));
        }
        let rows = q.all(self.conn()).await?;
        self.with_names(rows).await
    }

    pub async fn item_proposal(&self, id: ItemProposalId) -> Result<Proposal, DbError> {
        let m = item_proposal::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        self.with_names(vec![m]).await?.pop().ok_or(DbError::NotFound)
    }

    async fn with_names(&self, rows: Vec<item_proposal::Model>) -> Result<Vec<Proposal>, DbError> {
        let mut parties: Vec<i64> = rows.iter().map(|r| r.party_id).collect();
        parties.dedup();
        let names: std::collections::HashMap<i64, String> = crate::party_names(self.conn(), parties).await?;
        let numbers: Vec<String> = rows.iter().map(|r| r.ordering_number.clone()).collect();
        let items = self.items_by_numbers(&numbers).await?;
        rows.into_iter()
            .map(|m| {
                let name = names.get(&m.party_id).cloned().unwrap_or_default();
                let same = items.get(&m.ordering_number).map(|i| i.id);
                to_proposal(m, name, same)
            })
            .collect()
    }

    /// Staff decide a pending proposal: approve it into the catalogue (with the fields as
    /// staff corrected them), merge it into an existing item, or reject it with a reason.
    pub async fn decide_item_proposal(
        &self,
        id: ItemProposalId,
        decision: &ProposalDecision,
        corrected: &ItemProposal,
        by: UserId,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<DecideOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let (id_col, status_col) = (item_proposal::Column::Id, item_proposal::Column::Status);
        crate::hold_row::<item_proposal::Entity, _>(&txn, id_col, status_col, id.get()).await?;
        let m = item_proposal::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        let status: ProposalStatus = m.status.parse().map_err(|_| corrupt("item_proposals.status", &m.status))?;
        let next = match decide(status, decision) {
            Ok(s) => s,
            Err(rule) => return Ok(DecideOutcome::Refused(rule)),
        };
        let item_id = match decision {
            ProposalDecision::Approve => {
                let taken = item::Entity::find()
                    .filter(item::Column::OrderingNumber.eq(corrected.ordering_number.as_str()))
                    .one(&txn)
                    .await?;
                if let Some(existing) = taken {
                    return Ok(DecideOutcome::NumberTaken(ItemId::new(existing.id)));
                }
                let made = item::ActiveModel {
                    ordering_number: Set(corrected.ordering_number.as_str().to_owned()),
                    name: Set(corrected.name.as_str().to_owned()),
                    unit: Set(corrected.unit.as_str().to_owned()),
                    manufacturer: Set(corrected.manufacturer.clone()),
                    unit_price: Set(corrected.unit_price.map(|p| p.to_string())),
                    active: Set(true),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                Some(made.id)
            }
            ProposalDecision::Merge(into) => {
                if item::Entity::find_by_id(into.get()).one(&txn).await?.is_none() {
                    return Ok(DecideOutcome::UnknownItem);
                }
                Some(into.get())
            }
            ProposalDecision::Reject { .. } => None,
        };
        let reason = match decision {
            ProposalDecision::Reject { reason } => Some(reason.trim().to_owned()),
            _ => None,
        };
        // Written only while the proposal still waits: of two decisions at once, the second
        // changes nothing (and an item it made is rolled back with it).
        let done = item_proposal::Entity::update_many()
            .col_expr(item_proposal::Column::Status, Expr::value(next.as_str()))
            .col_expr(item_proposal::Column::ItemId, Expr::value(item_id))
            .col_expr(item_proposal::Column::Reason, Expr::value(reason))
            .col_expr(item_proposal::Column::DecidedBy, Expr::value(by.get()))
            .col_expr(item_proposal::Column::DecidedAt, Expr::value(now))
            .filter(item_proposal::Column::Id.eq(id.get()))
            .filter(item_proposal::Column::Status.eq(ProposalStatus::Pending.as_str()))
            .exec(&txn)
            .await?;
        if done.rows_affected != 1 {
            return Ok(DecideOutcome::Refused(DecisionRule::AlreadyDecided(status)));
        }
        let mut event = event.clone();
        event.object = Some(format!("item_proposal:{id}"));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(DecideOutcome::Done(next, item_id.map(ItemId::new)))
    }
}
