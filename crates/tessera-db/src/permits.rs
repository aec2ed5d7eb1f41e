//! Permits to work (issue #8): staff issue one to a subcontractor for a site and a window; the
//! subcontractor's named person accepts it and closes it when the work ends. The log is
//! append-only: every step adds a row with who and when, in the transaction that moves the
//! permit's status, and nothing ever changes or removes a row of it.
use crate::audit::{AuditEvent, audit_in};
use crate::entity::{party, permit, permit_event};
use crate::error::corrupt;
use crate::{Db, DbError};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};
use tessera_domain::ids::{PartyId, PermitId, WorkOrderId};
use tessera_domain::permit::{PermitActionRule, PermitDraft, PermitEvent, PermitKind, PermitStatus};

/// A permit as pages show it.
#[derive(Debug, Clone)]
pub struct Permit {
    pub id: PermitId,
    pub party: PartyId,
    pub party_name: String,
    pub work_order: Option<WorkOrderId>,
    pub work_order_number: Option<String>,
    pub kind: PermitKind,
    pub site: String,
    pub valid_from: DateTime<Utc>,
    pub valid_until: DateTime<Utc>,
    pub hazards: Option<String>,
    pub precautions: Option<String>,
    pub issued_by: String,
    pub status: PermitStatus,
    pub accepted_by: Option<String>,
    pub closed_by: Option<String>,
}

/// One line of a permit's log.
#[derive(Debug, Clone)]
pub struct PermitLogEntry {
    pub event: PermitEvent,
    pub who: String,
    /// Who acted: `staff:3`, `link:12`.
    pub actor: String,
    pub at: DateTime<Utc>,
    pub note: Option<String>,
}

/// How a step went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PermitOutcome {
    Done(PermitStatus),
    Refused(PermitActionRule),
}

/// Why a permit could not be issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueOutcome {
    Done(PermitId),
    NotSubcontractor,
    /// The work order is not the subcontractor's, or is closed.
    WrongWorkOrder,
}

async fn log<C: ConnectionTrait>(
    c: &C,
    id: i64,
    event: PermitEvent,
    who: &str,
    actor: &str,
    at: DateTime<Utc>,
    note: Option<String>,
) -> Result<(), DbError> {
    permit_event::ActiveModel {
        permit_id: Set(id),
        event: Set(event.as_str().to_owned()),
        who: Set(who.to_owned()),
        actor: Set(actor.to_owned()),
        at: Set(at),
        note: Set(note),
        ..Default::default()
    }
    .insert(c)
    .await?;
    Ok(())
}

impl Db {
    /// Staff issue a permit; the log's first entry says who issued it.
    pub async fn issue_permit(
        &self,
        party: PartyId,
        d: &PermitDraft,
        actor: &str,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<IssueOutcome, DbError> {
        let txn = self.conn().begin().await?;
        match party::Entity::find_by_id(party.get()).one(&txn).await? {
            Some(p) if p.is_subcontractor => {}
            _ => return Ok(IssueOutcome::NotSubcontractor),
        }
        if let Some(w) = d.work_order
            && !crate::work::is_open_work_order_of(&txn, w, party).await?
        {
            return Ok(IssueOutcome::WrongWorkOrder);
        }
        let m = permit::ActiveModel {
            party_id: Set(party.get()),
            work_order_id: Set(d.work_order.map(|w| w.get())),
            kind: Set(d.kind.as_str().to_owned()),
            site: Set(d.site.as_str().to_owned()),
            valid_from: Set(d.valid_from),
            valid_until: Set(d.valid_until),
            hazards: Set(d.hazards.as_ref().map(|h| h.as_str().to_owned())),
            precautions: Set(d.precautions.as_ref().map(|p| p.as_str().to_owned())),
            issued_by: Set(d.issued_by.as_str().to_owned()),
            status: Set(PermitStatus::Issued.as_str().to_owned()),
            accepted_by: Set(None),
            accepted_at: Set(None),
            closed_by: Set(None),
            closed_at: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        log(&txn, m.id, PermitEvent::Issued, d.issued_by.as_str(), actor, now, None).await?;
        let mut event = event.clone();
        event.object = Some(format!("permit:{}", m.id));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(IssueOutcome::Done(PermitId::new(m.id)))
    }

    /// Whose permit it is and for which work order, for the policy.
    pub async fn permit_scope(&self, id: PermitId) -> Result<(PartyId, Option<WorkOrderId>), DbError> {
        let m = permit::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        Ok((PartyId::new(m.party_id), m.work_order_id.map(WorkOrderId::new)))
    }

    /// Permits, newest first: a party's (only those for one work order, with `work_order`), or
    /// everyone's.
    pub async fn permits(
        &self,
        party: Option<PartyId>,
        work_order: Option<WorkOrderId>,
    ) -> Result<Vec<Permit>, DbError> {
        let mut q = permit::Entity::find().order_by_desc(permit::Column::Id);
        if let Some(p) = party {
            q = q.filter(permit::Column::PartyId.eq(p.get()));
        }
        if let Some(w) = work_order {
            q = q.filter(permit::Column::WorkOrderId.eq(w.get()));
        }
        let rows = q.all(self.conn()).await?;
        self.to_permits(rows).await
    }

    pub async fn permit(&self, id: PermitId) -> Result<Permit, DbError> {
        let m = permit::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        self.to_permits(vec![m]).await?.pop().ok_or(DbError::NotFound)
    }

    async fn to_permits(&self, rows: Vec<permit::Model>) -> Result<Vec<Permit>, DbError> {
        let parties: std::collections::HashMap<i64, String> =
            crate::party_names(self.conn(), rows.iter().map(|r| r.party_id).collect::<Vec<_>>()).await?;
        let wos: std::collections::HashMap<i64, String> =
            crate::work_order_numbers(self.conn(), rows.iter().filter_map(|r| r.work_order_id).collect::<Vec<_>>())
                .await?;
        rows.into_iter()
            .map(|m| {
                Ok(Permit {
                    id: PermitId::new(m.id),
                    party: PartyId::new(m.party_id),
                    party_name: parties.get(&m.party_id).cloned().unwrap_or_default(),
                    work_order: m.work_order_id.map(WorkOrderId::new),
                    work_order_number: m.work_order_id.and_then(|w| wos.get(&w).cloned()),
                    kind: m.kind.parse().map_err(|_| corrupt("permits.kind", &m.kind))?,
                    site: m.site,
                    valid_from: m.valid_from,
                    valid_until: m.valid_until,
                    hazards: m.hazards,
                    precautions: m.precautions,
                    issued_by: m.issued_by,
                    status: m.status.parse().map_err(|_| corrupt("permits.status", &m.status))?,
                    accepted_by: m.accepted_by,
                    closed_by: m.closed_by,
                })
            })
            .collect()
    }

    /// A permit's log, oldest first.
    pub async fn permit_log(&self, id: PermitId) -> Result<Vec<PermitLogEntry>, DbError> {
        permit_event::Entity::find()
            .filter(permit_event::Column::PermitId.eq(id.get()))
            .order_by_asc(permit_event::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| {
                Ok(PermitLogEntry {
                    event: m.event.parse().map_err(|_| corrupt("permit_events.event", &m.event))?,
                    who: m.who,
                    actor: m.actor,
                    at: m.at,
                    note: m.note,
                })
            })
            .collect()
    }

    /// The subcontractor's person accepts the permit (within its window), or closes it; staff
    /// cancel it. The status moves only from the one the rule was checked against, so two
    /// steps at once cannot both be logged.
    pub async fn permit_step(
        &self,
        id: PermitId,
        event: PermitEvent,
        who: &str,
        actor: &str,
        audit: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<PermitOutcome, DbError> {
        let txn = self.conn().begin().await?;
        crate::hold_row::<permit::Entity, _>(&txn, permit::Column::Id, permit::Column::Status, id.get()).await?;
        let m = permit::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        let status: PermitStatus = m.status.parse().map_err(|_| corrupt("permits.status", &m.status))?;
        let rule = match event {
            PermitEvent::Accepted => tessera_domain::permit::accept(status, m.valid_until, now, who),
            PermitEvent::Closed => tessera_domain::permit::close(status, who),
            PermitEvent::Cancelled => tessera_domain::permit::cancel(status),
            PermitEvent::Issued => Err(PermitActionRule::Ended),
        };
        let next = match rule {
            Ok(next) => next,
            Err(rule) => return Ok(PermitOutcome::Refused(rule)),
        };
        let who = who.trim();
        let mut update = permit::Entity::update_many()
            .col_expr(permit::Column::Status, Expr::value(next.as_str()))
            .filter(permit::Column::Id.eq(id.get()))
            .filter(permit::Column::Status.eq(status.as_str()));
        match event {
            PermitEvent::Accepted => {
                update = update
                    .col_expr(permit::Column::AcceptedBy, Expr::value(who))
                    .col_expr(permit::Column::AcceptedAt, Expr::value(now));
            }
            PermitEvent::Closed => {
                update = update
                    .col_expr(permit::Column::ClosedBy, Expr::value(who))
                    .col_expr(permit::Column::ClosedAt, Expr::value(now));
            }
            _ => {}
        }
        if update.exec(&txn).await?.rows_affected != 1 {
            return Ok(PermitOutcome::Refused(PermitActionRule::Ended));
        }
        let note = (event == PermitEvent::Closed && tessera_domain::permit::closed_late(m.valid_until, now))
            .then(|| "late".to_owned());
        log(&txn, id.get(), event, who, actor, now, note).await?;
        let mut audit = audit.clone();
        audit.object = Some(format!("permit:{id}"));
        audit_in(&txn, &audit).await?;
        txn.commit().await?;
        Ok(PermitOutcome::Done(next))
    }
}
