//! Failed attempts kept in the database, so that every server process sees the same count.
use crate::entity::auth_failure;
use crate::{Db, DbError};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

impl Db {
    /// Records one failure for a key (`kind` says what the key is: an address, an account).
    pub async fn record_failure(&self, kind: &str, key: &str, at: DateTime<Utc>) -> Result<(), DbError> {
        auth_failure::ActiveModel {
            kind: Set(kind.to_owned()),
            key: Set(key.to_owned()),
            at: Set(at),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(())
    }

    pub async fn failures_since(&self, kind: &str, key: &str, since: DateTime<Utc>) -> Result<u64, DbError> {
        Ok(auth_failure::Entity::find()
            .filter(auth_failure::Column::Kind.eq(kind))
            .filter(auth_failure::Column::Key.eq(key))
            .filter(auth_failure::Column::At.gte(since))
            .count(self.conn())
            .await?)
    }

    pub async fn clear_failures(&self, kind: &str, key: &str) -> Result<(), DbError> {
        auth_failure::Entity::delete_many()
            .filter(auth_failure::Column::Kind.eq(kind))
            .filter(auth_failure::Column::Key.eq(key))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    pub async fn prune_failures(&self, before: DateTime<Utc>) -> Result<u64, DbError> {
        Ok(auth_failure::Entity::delete_many()
            .filter(auth_failure::Column::At.lt(before))
            .exec(self.conn())
            .await?
            .rows_affected)
    }
}
