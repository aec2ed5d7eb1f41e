//! Staff accounts, their roles, and server-side sessions.
use crate::entity::{session, user, user_role};
use crate::{Db, DbError};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};
use std::collections::BTreeSet;
use tessera_domain::email::Email;
use tessera_domain::ids::UserId;
use tessera_domain::role::StaffRole;
use tessera_domain::secret::SecretHash;

#[derive(Debug, Clone)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub language: Option<String>,
    pub active: bool,
    pub roles: BTreeSet<StaffRole>,
}

/// What sign-in needs: the account and its password hash (a PHC string, never a password).
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: User,
    pub password_hash: String,
}

/// A live session, as found from its token's hash.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub user: User,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

async fn roles_of<C: sea_orm::ConnectionTrait>(conn: &C, user: i64) -> Result<BTreeSet<StaffRole>, DbError> {
    Ok(user_role::Entity::find()
        .filter(user_role::Column::UserId.eq(user))
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|r| r.role.parse().ok())
        .collect())
}

fn to_user(m: user::Model, roles: BTreeSet<StaffRole>) -> User {
    User {
        id: UserId::new(m.id),
        email: m.email,
        display_name: m.display_name,
        language: m.language,
        active: m.active,
        roles,
    }
}

impl Db {
    /// A new staff account. An email already in use is [`DbError::Conflict`].
    pub async fn create_user(
        &self,
        email: &Email,
        display_name: &str,
        password_hash: &str,
        roles: &BTreeSet<StaffRole>,
        now: DateTime<Utc>,
    ) -> Result<UserId, DbError> {
        let txn = self.conn().begin().await?;
        let u = user::ActiveModel {
            email: Set(email.as_str().to_owned()),
            password_hash: Set(password_hash.to_owned()),
            display_name: Set(display_name.to_owned()),
            language: Set(None),
            active: Set(true),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for r in roles {
            user_role::ActiveModel { user_id: Set(u.id), role: Set(r.as_str().to_owned()), ..Default::default() }
                .insert(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok(UserId::new(u.id))
    }

    pub async fn credentials(&self, email: &Email) -> Result<Option<Credentials>, DbError> {
        let Some(m) = user::Entity::find().filter(user::Column::Email.eq(email.as_str())).one(self.conn()).await?
        else {
            return Ok(None);
        };
        let roles = roles_of(self.conn(), m.id).await?;
        let password_hash = m.password_hash.clone();
        Ok(Some(Credentials { user: to_user(m, roles), password_hash }))
    }

    pub async fn users(&self) -> Result<Vec<User>, DbError> {
        let ms = user::Entity::find().order_by_asc(user::Column::Email).all(self.conn()).await?;
        let mut out = Vec::with_capacity(ms.len());
        for m in ms {
            let roles = roles_of(self.conn(), m.id).await?;
            out.push(to_user(m, roles));
        }
        Ok(out)
    }

    pub async fn set_user_language(&self, id: UserId, language: Option<&str>) -> Result<(), DbError> {
        user::Entity::update_many()
            .col_expr(user::Column::Language, Expr::value(language.map(str::to_owned)))
            .filter(user::Column::Id.eq(id.get()))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    pub async fn create_session(
        &self,
        token: &SecretHash,
        user: UserId,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
        ip: Option<&str>,
    ) -> Result<(), DbError> {
        session::ActiveModel {
            token_hash: Set(token.as_str().to_owned()),
            user_id: Set(user.get()),
            created_at: Set(now),
            last_seen_at: Set(now),
            expires_at: Set(expires_at),
            ip: Set(ip.map(str::to_owned)),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(())
    }

    /// The session with this token hash, if it exists and its user is active. Expiry is the
    /// caller's rule (it holds the clock and the timeouts).
    pub async fn session(&self, token: &SecretHash) -> Result<Option<SessionInfo>, DbError> {
        let Some(s) =
            session::Entity::find().filter(session::Column::TokenHash.eq(token.as_str())).one(self.conn()).await?
        else {
            return Ok(None);
        };
        let Some(u) = user::Entity::find_by_id(s.user_id).one(self.conn()).await? else {
            return Ok(None);
        };
        if !u.active {
            return Ok(None);
        }
        let roles = roles_of(self.conn(), u.id).await?;
        Ok(Some(SessionInfo {
            user: to_user(u, roles),
            created_at: s.created_at,
            last_seen_at: s.last_seen_at,
            expires_at: s.expires_at,
        }))
    }

    pub async fn touch_session(&self, token: &SecretHash, now: DateTime<Utc>) -> Result<(), DbError> {
        session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(now))
            .filter(session::Column::TokenHash.eq(token.as_str()))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    pub async fn delete_session(&self, token: &SecretHash) -> Result<(), DbError> {
        session::Entity::delete_many().filter(session::Column::TokenHash.eq(token.as_str())).exec(self.conn()).await?;
        Ok(())
    }

    /// Removes sessions past their absolute expiry or idle since `idle_before`.
    pub async fn prune_sessions(&self, now: DateTime<Utc>, idle_before: DateTime<Utc>) -> Result<u64, DbError> {
        let res = session::Entity::delete_many()
            .filter(session::Column::ExpiresAt.lt(now).or(session::Column::LastSeenAt.lt(idle_before)))
            .exec(self.conn())
            .await?;
        Ok(res.rows_affected)
    }
}
