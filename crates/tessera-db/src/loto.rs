//! Lockout/tagout procedures per asset (issue #8): staff keep them, each save of a changed
//! procedure a new version (the old ones kept); a subcontractor's link reads the current one of
//! the asset of its work order, and every opening is recorded.
use crate::audit::{AuditEvent, audit_in};
use crate::entity::{loto_opening, loto_procedure};
use crate::error::corrupt;
use crate::{Db, DbError};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};
use tessera_domain::ids::{AssetId, LinkId, LotoProcedureId, UserId, WorkOrderId};
use tessera_domain::loto::{LotoProcedure, differs};

/// One version of an asset's procedure.
#[derive(Debug, Clone)]
pub struct LotoVersion {
    pub id: LotoProcedureId,
    pub version: i32,
    pub procedure: LotoProcedure,
    pub created_at: DateTime<Utc>,
}

/// An opening of a procedure through a link.
#[derive(Debug, Clone)]
pub struct LotoOpening {
    pub version: i32,
    pub link: Option<LinkId>,
    pub work_order: Option<WorkOrderId>,
    pub opened_at: DateTime<Utc>,
}

/// How saving went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved(i32),
    /// The same as the current version: no new one.
    Unchanged(i32),
}

fn to_version(m: loto_procedure::Model) -> Result<LotoVersion, DbError> {
    Ok(LotoVersion {
        id: LotoProcedureId::new(m.id),
        version: m.version,
        procedure: serde_json::from_str(&m.body).map_err(|_| corrupt("loto_procedures.body", &m.body))?,
        created_at: m.created_at,
    })
}

impl Db {
    /// Every version of the asset's procedure, newest first.
    pub async fn loto_versions(&self, asset: AssetId) -> Result<Vec<LotoVersion>, DbError> {
        loto_procedure::Entity::find()
            .filter(loto_procedure::Column::AssetId.eq(asset.get()))
            .order_by_desc(loto_procedure::Column::Version)
            .all(self.conn())
            .await?
            .into_iter()
            .map(to_version)
            .collect()
    }

    /// The current version, if the asset has a procedure.
    pub async fn loto_current(&self, asset: AssetId) -> Result<Option<LotoVersion>, DbError> {
        Ok(self.loto_versions(asset).await?.into_iter().next())
    }

    /// Saves the procedure as the asset's next version, unless it is the current one unchanged.
    pub async fn save_loto(
        &self,
        asset: AssetId,
        p: &LotoProcedure,
        by: UserId,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<SaveOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let current = loto_procedure::Entity::find()
            .filter(loto_procedure::Column::AssetId.eq(asset.get()))
            .order_by_desc(loto_procedure::Column::Version)
            .one(&txn)
            .await?
            .map(to_version)
            .transpose()?;
        if let Some(c) = &current
            && !differs(&c.procedure, p)
        {
            return Ok(SaveOutcome::Unchanged(c.version));
        }
        let version = current.map(|c| c.version + 1).unwrap_or(1);
        let body = serde_json::to_string(p).map_err(|e| DbError::Corrupt(e.to_string()))?;
        // Two saves at once: the unique (asset, version) index refuses the second.
        loto_procedure::ActiveModel {
            asset_id: Set(asset.get()),
            version: Set(version),
            title: Set(p.title.as_str().to_owned()),
            body: Set(body),
            created_by: Set(Some(by.get())),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let mut event = event.clone();
        event.object = Some(format!("asset:{asset}"));
        event.detail = Some(format!("version={version}"));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(SaveOutcome::Saved(version))
    }

    /// Records that a link opened a procedure, with the audit event, in one transaction.
    pub async fn record_loto_opening(
        &self,
        procedure: LotoProcedureId,
        link: Option<LinkId>,
        work_order: WorkOrderId,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<(), DbError> {
        let txn = self.conn().begin().await?;
        loto_opening::ActiveModel {
            procedure_id: Set(procedure.get()),
            link_id: Set(link.map(|l| l.get())),
            work_order_id: Set(Some(work_order.get())),
            opened_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        audit_in(&txn, event).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Who opened the asset's procedures, newest first.
    pub async fn loto_openings(&self, asset: AssetId) -> Result<Vec<LotoOpening>, DbError> {
        let versions: std::collections::HashMap<i64, i32> = loto_procedure::Entity::find()
            .filter(loto_procedure::Column::AssetId.eq(asset.get()))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|p| (p.id, p.version))
            .collect();
        let ids: Vec<i64> = versions.keys().copied().collect();
        Ok(loto_opening::Entity::find()
            .filter(loto_opening::Column::ProcedureId.is_in(ids))
            .order_by_desc(loto_opening::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|o| LotoOpening {
                version: versions.get(&o.procedure_id).copied().unwrap_or_default(),
                link: o.link_id.map(LinkId::new),
                work_order: o.work_order_id.map(WorkOrderId::new),
                opened_at: o.opened_at,
            })
            .collect())
    }
}
