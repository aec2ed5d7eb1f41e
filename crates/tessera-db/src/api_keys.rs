//! API keys: made (the secret's hash stored, never the secret), found by that hash, listed,
//! revoked. A key's scope is its organisation and roles, or the host and staff roles.
use crate::audit::{AuditEvent, audit_in};
use crate::documents::party_names;
use crate::entity::api_key;
use crate::error::corrupt;
use crate::{Db, DbError};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};
use std::collections::HashMap;
use tessera_domain::api_key::{ApiKeyGrant, KeyName, KeyScope, parse_customer_roles, parse_host_roles};
use tessera_domain::ids::{ApiKeyId, PartyId};
use tessera_domain::secret::SecretHash;

/// A key as its owners and staff see it. Never holds the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    pub id: ApiKeyId,
    pub scope: KeyScope,
    /// The organisation's name, for a customer's key.
    pub customer_name: Option<String>,
    pub name: String,
    /// `tsk_AbCd…`
    pub hint: String,
    pub created_at: DateTime<Utc>,
    /// `user:3`, `contact:7`, `cli`.
    pub created_by: String,
    pub revoked_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
}

impl ApiKey {
    pub fn grant(&self) -> ApiKeyGrant {
        ApiKeyGrant { key: self.id, scope: self.scope.clone() }
    }
    pub fn is_active(&self) -> bool {
        self.revoked_at.is_none()
    }
}

/// What is asked for: whose, with which roles, named how, by whom.
#[derive(Debug, Clone)]
pub struct NewApiKey {
    pub scope: KeyScope,
    pub name: KeyName,
    pub created_by: String,
}

fn scope_of(m: &api_key::Model) -> Result<KeyScope, DbError> {
    Ok(match m.customer_id {
        Some(c) => KeyScope::Customer {
            customer: PartyId::new(c),
            roles: parse_customer_roles(&m.roles).map_err(|_| corrupt("api key roles", &m.roles))?,
        },
        None => KeyScope::Host { roles: parse_host_roles(&m.roles).map_err(|_| corrupt("api key roles", &m.roles))? },
    })
}

fn to_key(m: api_key::Model, names: &HashMap<i64, String>) -> Result<ApiKey, DbError> {
    Ok(ApiKey {
        id: ApiKeyId::new(m.id),
        scope: scope_of(&m)?,
        customer_name: m.customer_id.and_then(|c| names.get(&c).cloned()),
        name: m.name,
        hint: m.hint,
        created_at: m.created_at,
        created_by: m.created_by,
        revoked_at: m.revoked_at,
        last_used_at: m.last_used_at,
    })
}

impl Db {
    /// Stores a new key (its hash) and the audit event in one transaction.
    pub async fn create_api_key(
        &self,
        new: &NewApiKey,
        hash: &SecretHash,
        hint: &str,
        now: DateTime<Utc>,
        event: &AuditEvent,
    ) -> Result<ApiKeyId, DbError> {
        let txn = self.conn().begin().await?;
        let row = api_key::ActiveModel {
            customer_id: Set(new.scope.customer().map(|c| c.get())),
            name: Set(new.name.as_str().to_owned()),
            hint: Set(hint.to_owned()),
            key_hash: Set(hash.as_str().to_owned()),
            roles: Set(new.scope.roles_text()),
            created_at: Set(now),
            created_by: Set(new.created_by.clone()),
            revoked_at: Set(None),
            last_used_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let mut event = event.clone();
        event.object = Some(format!("api_key:{}", row.id));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(ApiKeyId::new(row.id))
    }

    /// The live key with this secret's hash, if any (revoked keys are not found).
    pub async fn api_key_by_hash(&self, hash: &SecretHash) -> Result<Option<ApiKey>, DbError> {
        let Some(m) = api_key::Entity::find()
            .filter(api_key::Column::KeyHash.eq(hash.as_str()))
            .filter(api_key::Column::RevokedAt.is_null())
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        Ok(Some(to_key(m, &HashMap::new())?))
    }

    pub async fn api_key(&self, id: ApiKeyId) -> Result<ApiKey, DbError> {
        let m = api_key::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let names = party_names(self, m.customer_id.into_iter().collect()).await?;
        to_key(m, &names)
    }

    /// Whose a key is (its scope in the policy), read before the key itself.
    pub async fn api_key_owner(&self, id: ApiKeyId) -> Result<Option<PartyId>, DbError> {
        let m = api_key::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        Ok(m.customer_id.map(PartyId::new))
    }

    /// An organisation's keys, or with `None` every key (for staff), newest first.
    pub async fn api_keys(&self, customer: Option<PartyId>) -> Result<Vec<ApiKey>, DbError> {
        let mut q = api_key::Entity::find().order_by_desc(api_key::Column::Id);
        if let Some(c) = customer {
            q = q.filter(api_key::Column::CustomerId.eq(c.get()));
        }
        let rows = q.all(self.conn()).await?;
        let names = party_names(self, rows.iter().filter_map(|r| r.customer_id).collect()).await?;
        rows.into_iter().map(|m| to_key(m, &names)).collect()
    }

    /// Revokes a key (at once: the next request with it is refused). Revoking twice changes
    /// nothing.
    pub async fn revoke_api_key(&self, id: ApiKeyId, now: DateTime<Utc>, event: &AuditEvent) -> Result<(), DbError> {
        let txn = self.conn().begin().await?;
        let m = api_key::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        if m.revoked_at.is_none() {
            let mut am: api_key::ActiveModel = m.into();
            am.revoked_at = Set(Some(now));
            am.update(&txn).await?;
            audit_in(&txn, event).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Records when a key was last used (callers do it at most once a minute per key).
    pub async fn touch_api_key(&self, id: ApiKeyId, now: DateTime<Utc>) -> Result<(), DbError> {
        api_key::Entity::update_many()
            .col_expr(api_key::Column::LastUsedAt, sea_orm::sea_query::Expr::value(now))
            .filter(api_key::Column::Id.eq(id.get()))
            .exec(self.conn())
            .await?;
        Ok(())
    }
}
