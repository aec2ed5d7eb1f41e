//! Access links: issued, looked up by the hash of their secret, used, revoked; and the portal
//! sessions they open.
use crate::entity::{access_link, complaint, link_session, party, purchase_order};
use crate::error::corrupt;
use crate::outbox::NewMail;
use crate::{Db, DbError, PAGE_SIZE, Page};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};
use std::collections::{BTreeSet, HashMap};
use tessera_domain::ids::{LinkId, PartyId, UserId};
use tessera_domain::link::{LinkGrant, LinkObject, Portal};
use tessera_domain::policy::Action;
use tessera_domain::secret::SecretHash;
use tessera_domain::subcontractor::AllowedActions;

/// A link as staff and the portal see it. Never holds the secret.
#[derive(Debug, Clone)]
pub struct Link {
    pub id: LinkId,
    pub portal: Portal,
    pub party_id: PartyId,
    pub party_name: String,
    pub party_active: bool,
    pub object: Option<LinkObject>,
    /// The object's number, for people (`ZAM/12/2020`).
    pub object_label: Option<String>,
    pub actions: BTreeSet<Action>,
    /// What the party is allowed now, for a subcontractor's link (the link takes no more).
    pub party_allows: AllowedActions,
    pub require_code: bool,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub use_count: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkState {
    Active,
    Expired,
    Revoked,
    /// The party was deactivated: every link of it is dead.
    PartyInactive,
}

impl LinkState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Expired => "expired",
            Self::Revoked => "revoked",
            Self::PartyInactive => "party_inactive",
        }
    }
}

impl Link {
    pub fn state(&self, now: DateTime<Utc>) -> LinkState {
        if self.revoked_at.is_some() {
            LinkState::Revoked
        } else if !self.party_active {
            LinkState::PartyInactive
        } else if self.expires_at <= now {
            LinkState::Expired
        } else {
            LinkState::Active
        }
    }

    pub fn grant(&self) -> LinkGrant {
        LinkGrant {
            link: self.id,
            portal: self.portal,
            party: self.party_id,
            object: self.object,
            actions: self.actions.clone(),
            party_allows: self.party_allows.clone(),
        }
    }

    /// What the link can do now: what it carries, narrowed for a subcontractor's link to what
    /// the subcontractor is allowed.
    pub fn effective_actions(&self) -> BTreeSet<Action> {
        let grant = self.grant();
        self.actions.iter().copied().filter(|a| grant.carries(*a)).collect()
    }
}

/// What staff (or the CLI) ask for.
#[derive(Debug, Clone)]
pub struct NewLink {
    pub portal: Portal,
    pub party: PartyId,
    pub object: Option<LinkObject>,
    pub actions: BTreeSet<Action>,
    pub require_code: bool,
    pub note: Option<String>,
    pub expires_at: DateTime<Utc>,
    pub created_by: Option<UserId>,
    /// The link this one replaces ("send me a fresh link").
    pub replaces: Option<LinkId>,
}

/// The row of a new link: its scope, its secret's hash, no use yet.
fn link_row(new: &NewLink, token: &SecretHash, now: DateTime<Utc>) -> access_link::ActiveModel {
    access_link::ActiveModel {
        token_hash: Set(token.as_str().to_owned()),
        portal: Set(new.portal.as_str().to_owned()),
        party_id: Set(new.party.get()),
        object_kind: Set(new.object.map(|o| o.kind().to_owned())),
        object_id: Set(new.object.map(|o| o.id())),
        actions: Set(actions_text(&new.actions)),
        require_code: Set(new.require_code),
        note: Set(new.note.clone()),
        created_at: Set(now),
        created_by: Set(new.created_by.map(|u| u.get())),
        expires_at: Set(new.expires_at),
        revoked_at: Set(None),
        last_used_at: Set(None),
        use_count: Set(0),
        replaces: Set(new.replaces.map(|l| l.get())),
        ..Default::default()
    }
}

fn actions_text(actions: &BTreeSet<Action>) -> String {
    actions.iter().filter_map(|a| a.link_name()).collect::<Vec<_>>().join(",")
}

fn parse_actions(text: &str) -> BTreeSet<Action> {
    Action::ALL.into_iter().filter(|a| a.link_name().is_some_and(|n| text.split(',').any(|t| t == n))).collect()
}

/// A portal session as found from its cookie.
#[derive(Debug, Clone)]
pub struct LinkSession {
    pub link: Link,
    pub expires_at: DateTime<Utc>,
    /// False while a one-time code is awaited.
    pub verified: bool,
}

pub const MAX_CODE_ATTEMPTS: i32 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeCheck {
    Ok,
    Wrong { left: u64 },
    TooMany,
    Expired,
    NoSession,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LinkObjectError {
    #[error("write the object as order:NUMBER or complaint:NUMBER")]
    Malformed,
    #[error("there is no such order or complaint")]
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LinkFilter {
    #[default]
    All,
    Active,
}

impl Db {
    async fn to_links(&self, rows: Vec<access_link::Model>) -> Result<Vec<Link>, DbError> {
        let party_ids: Vec<i64> = rows.iter().map(|r| r.party_id).collect();
        let parties: HashMap<i64, (String, bool, AllowedActions)> = party::Entity::find()
            .filter(party::Column::Id.is_in(party_ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|p| (p.id, (p.name, p.active, crate::catalog::allowed_actions(p.id, &p.subcontractor_actions))))
            .collect();
        let order_ids: Vec<i64> =
            rows.iter().filter(|r| r.object_kind.as_deref() == Some("order")).filter_map(|r| r.object_id).collect();
        let complaint_ids: Vec<i64> =
            rows.iter().filter(|r| r.object_kind.as_deref() == Some("complaint")).filter_map(|r| r.object_id).collect();
        let work_order_ids: Vec<i64> = rows
            .iter()
            .filter(|r| r.object_kind.as_deref() == Some("work_order"))
            .filter_map(|r| r.object_id)
            .collect();
        let work_orders: HashMap<i64, String> = crate::entity::work_order::Entity::find()
            .filter(crate::entity::work_order::Column::Id.is_in(work_order_ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|w| (w.id, w.name))
            .collect();
        let orders: HashMap<i64, String> = purchase_order::Entity::find()
            .filter(purchase_order::Column::Id.is_in(order_ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|o| (o.id, o.number))
            .collect();
        let complaints: HashMap<i64, String> = complaint::Entity::find()
            .filter(complaint::Column::Id.is_in(complaint_ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|c| (c.id, c.number))
            .collect();
        rows.into_iter()
            .map(|r| {
                let portal: Portal = r.portal.parse().map_err(|_| corrupt("access_links.portal", &r.portal))?;
                let object = match (r.object_kind.as_deref(), r.object_id) {
                    (Some(kind), Some(id)) => Some(
                        LinkObject::from_parts(kind, id).ok_or_else(|| corrupt("access_links.object_kind", kind))?,
                    ),
                    _ => None,
                };
                let object_label = match object {
                    Some(LinkObject::Order(id)) => orders.get(&id.get()).cloned(),
                    Some(LinkObject::Complaint(id)) => complaints.get(&id.get()).cloned(),
                    Some(LinkObject::WorkOrder(id)) => work_orders.get(&id.get()).cloned(),
                    Some(LinkObject::ServiceRequest(id)) => Some(tessera_domain::service::reference(id)),
                    Some(LinkObject::ServiceJob(id)) => Some(format!("#{id}")),
                    None => None,
                };
                let (party_name, party_active, party_allows) = parties.get(&r.party_id).cloned().unwrap_or_default();
                Ok(Link {
                    id: LinkId::new(r.id),
                    portal,
                    party_id: PartyId::new(r.party_id),
                    party_name,
                    party_active,
                    object,
                    object_label,
                    actions: parse_actions(&r.actions),
                    party_allows,
                    require_code: r.require_code,
                    note: r.note,
                    created_at: r.created_at,
                    expires_at: r.expires_at,
                    revoked_at: r.revoked_at,
                    last_used_at: r.last_used_at,
                    use_count: r.use_count,
                })
            })
            .collect()
    }

    /// Stores a new link under the hash of its secret. The object, if any, must belong to the
    /// party ([`DbError::NotFound`] otherwise).
    /// With `mail`, the email carrying the link is written to the outbox in the same transaction.
    pub async fn issue_link(
        &self,
        new: &NewLink,
        token: &SecretHash,
        now: DateTime<Utc>,
        mail: Option<&NewMail>,
    ) -> Result<LinkId, DbError> {
        if let Some(object) = new.object {
            let owner = match object {
                LinkObject::Order(id) => self.order_party(id).await?,
                LinkObject::Complaint(id) => self.complaint_party(id).await?,
                LinkObject::WorkOrder(id) => self.work_order_party(id).await?,
                LinkObject::ServiceRequest(id) => self.service_request_customer(id).await?,
                LinkObject::ServiceJob(id) => self.service_job_scope(id).await?.0,
            };
            if owner != new.party {
                return Err(DbError::NotFound);
            }
        }
        let m = link_row(new, token, now);
        let txn = self.conn().begin().await?;
        let m = m.insert(&txn).await?;
        if let Some(mail) = mail {
            crate::outbox::enqueue(&txn, mail, now).await?;
        }
        txn.commit().await?;
        Ok(LinkId::new(m.id))
    }

    pub async fn link_by_token(&self, token: &SecretHash) -> Result<Option<Link>, DbError> {
        let rows = access_link::Entity::find()
            .filter(access_link::Column::TokenHash.eq(token.as_str()))
            .all(self.conn())
            .await?;
        Ok(self.to_links(rows).await?.pop())
    }

    pub async fn link(&self, id: LinkId) -> Result<Link, DbError> {
        let rows = access_link::Entity::find_by_id(id.get()).all(self.conn()).await?;
        self.to_links(rows).await?.pop().ok_or(DbError::NotFound)
    }

    /// Opening a link is recorded (when, how often); nothing else changes.
    pub async fn record_link_use(&self, id: LinkId, now: DateTime<Utc>) -> Result<(), DbError> {
        access_link::Entity::update_many()
            .col_expr(access_link::Column::LastUsedAt, Expr::value(now))
            .col_expr(access_link::Column::UseCount, Expr::col(access_link::Column::UseCount).add(1))
            .filter(access_link::Column::Id.eq(id.get()))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Revokes a link and ends its portal sessions. Revoking twice keeps the first time.
    pub async fn revoke_link(&self, id: LinkId, now: DateTime<Utc>) -> Result<(), DbError> {
        let found = access_link::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        if found.revoked_at.is_none() {
            access_link::Entity::update_many()
                .col_expr(access_link::Column::RevokedAt, Expr::value(now))
                .filter(access_link::Column::Id.eq(id.get()))
                .exec(self.conn())
                .await?;
        }
        link_session::Entity::delete_many().filter(link_session::Column::LinkId.eq(id.get())).exec(self.conn()).await?;
        Ok(())
    }

    /// How many of a party's links in a portal can still be opened.
    pub async fn live_links_of(&self, party: PartyId, portal: Portal, now: DateTime<Utc>) -> Result<u64, DbError> {
        Ok(access_link::Entity::find()
            .filter(access_link::Column::PartyId.eq(party.get()))
            .filter(access_link::Column::Portal.eq(portal.as_str()))
            .filter(access_link::Column::RevokedAt.is_null())
            .filter(access_link::Column::ExpiresAt.gt(now))
            .count(self.conn())
            .await?)
    }

    pub async fn links(
        &self,
        filter: LinkFilter,
        party: Option<PartyId>,
        now: DateTime<Utc>,
        page: u64,
    ) -> Result<Page<Link>, DbError> {
        let mut sel = access_link::Entity::find()
            .order_by_desc(access_link::Column::CreatedAt)
            .order_by_desc(access_link::Column::Id);
        if filter == LinkFilter::Active {
            sel = sel.filter(access_link::Column::RevokedAt.is_null()).filter(access_link::Column::ExpiresAt.gt(now));
        }
        if let Some(p) = party {
            sel = sel.filter(access_link::Column::PartyId.eq(p.get()));
        }
        let pager = sel.paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = Ord::max(page, 1);
        let rows = pager.fetch_page(page - 1).await?;
        Ok(Page {
            items: self.to_links(rows).await?,
            page,
            pages: Ord::max(counts.number_of_pages, 1),
            total: counts.number_of_items,
        })
    }

    /// Sends a draft order: it becomes "sent", a link scoped to it is issued and, with `mail`,
    /// the email carrying the link is written; all in one transaction. A stale `version` or an
    /// order that is no longer a draft changes nothing ([`DbError::Stale`]).
    pub async fn send_order(
        &self,
        order: tessera_domain::ids::OrderId,
        version: i64,
        link: &NewLink,
        token: &SecretHash,
        mail: Option<&NewMail>,
        now: DateTime<Utc>,
    ) -> Result<LinkId, DbError> {
        let txn = self.conn().begin().await?;
        let res = purchase_order::Entity::update_many()
            .col_expr(purchase_order::Column::Status, Expr::value(tessera_domain::order::OrderStatus::Sent.as_str()))
            .col_expr(purchase_order::Column::SentAt, Expr::value(now))
            .col_expr(purchase_order::Column::Version, Expr::value(version + 1))
            .col_expr(purchase_order::Column::UpdatedAt, Expr::value(now))
            .filter(purchase_order::Column::Id.eq(order.get()))
            .filter(purchase_order::Column::Version.eq(version))
            .filter(purchase_order::Column::Status.eq(tessera_domain::order::OrderStatus::Draft.as_str()))
            .exec(&txn)
            .await?;
        if res.rows_affected == 0 {
            return Err(DbError::Stale);
        }
        // The link is bound to this order whatever the caller put in `object`.
        let bound = NewLink { object: Some(LinkObject::Order(order)), ..link.clone() };
        let m = link_row(&bound, token, now).insert(&txn).await?;
        if let Some(mail) = mail {
            crate::outbox::enqueue(&txn, mail, now).await?;
        }
        txn.commit().await?;
        Ok(LinkId::new(m.id))
    }

    /// Finds the object named `order:NUMBER`, `complaint:NUMBER`, `work_order:ID`,
    /// `service_request:SR-000042` or `service_job:ID`.
    pub async fn find_link_object(&self, raw: &str) -> Result<Result<Option<LinkObject>, LinkObjectError>, DbError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(Ok(None));
        }
        let Some((kind, number)) = raw.split_once(':') else { return Ok(Err(LinkObjectError::Malformed)) };
        let found = match kind.trim() {
            "order" => self.order_id_by_number(number).await?.map(LinkObject::Order),
            "complaint" => self.complaint_id_by_number(number).await?.map(LinkObject::Complaint),
            // A work order by its id (numbers repeat across contracts), while it is not closed.
            "work_order" => match number.trim().parse::<i64>() {
                Ok(id) => match self.subcontractor_work_order(tessera_domain::ids::WorkOrderId::new(id)).await {
                    Ok(w) if !w.status.is_closed() => Some(LinkObject::WorkOrder(w.id)),
                    Ok(_) | Err(DbError::NotFound) => None,
                    Err(e) => return Err(e),
                },
                Err(_) => return Ok(Err(LinkObjectError::Malformed)),
            },
            // A service request by its reference (`SR-000042`), a service job by its id.
            "service_request" => match number.trim().trim_start_matches("SR-").parse::<i64>() {
                Ok(id) => match self.service_request(tessera_domain::ids::ServiceRequestId::new(id)).await {
                    Ok(r) => Some(LinkObject::ServiceRequest(r.id)),
                    Err(DbError::NotFound) => None,
                    Err(e) => return Err(e),
                },
                Err(_) => return Ok(Err(LinkObjectError::Malformed)),
            },
            "service_job" => match number.trim().parse::<i64>() {
                Ok(id) => match self.service_job(tessera_domain::ids::ServiceJobId::new(id)).await {
                    Ok(j) => Some(LinkObject::ServiceJob(j.id)),
                    Err(DbError::NotFound) => None,
                    Err(e) => return Err(e),
                },
                Err(_) => return Ok(Err(LinkObjectError::Malformed)),
            },
            _ => return Ok(Err(LinkObjectError::Malformed)),
        };
        Ok(found.map(Some).ok_or(LinkObjectError::Unknown))
    }

    /// Revokes every live link whose note is exactly `note` (the demo's links at each start).
    pub async fn revoke_links_noted(&self, note: &str, now: DateTime<Utc>) -> Result<u64, DbError> {
        let ids: Vec<i64> = access_link::Entity::find()
            .filter(access_link::Column::Note.eq(note))
            .filter(access_link::Column::RevokedAt.is_null())
            .all(self.conn())
            .await?
            .into_iter()
            .map(|l| l.id)
            .collect();
        for id in &ids {
            self.revoke_link(LinkId::new(*id), now).await?;
        }
        Ok(ids.len() as u64)
    }

    pub async fn order_id_by_number(&self, number: &str) -> Result<Option<tessera_domain::ids::OrderId>, DbError> {
        Ok(purchase_order::Entity::find()
            .filter(purchase_order::Column::Number.eq(number.trim()))
            .one(self.conn())
            .await?
            .map(|o| tessera_domain::ids::OrderId::new(o.id)))
    }

    pub async fn complaint_id_by_number(
        &self,
        number: &str,
    ) -> Result<Option<tessera_domain::ids::ComplaintId>, DbError> {
        Ok(complaint::Entity::find()
            .filter(complaint::Column::Number.eq(number.trim()))
            .one(self.conn())
            .await?
            .map(|c| tessera_domain::ids::ComplaintId::new(c.id)))
    }

    pub async fn party_by_code(&self, code: &str) -> Result<Option<PartyId>, DbError> {
        Ok(party::Entity::find()
            .filter(party::Column::Code.eq(code.trim()))
            .one(self.conn())
            .await?
            .map(|p| PartyId::new(p.id)))
    }

    /// A portal session for a link. With `code`, it works only once the one-time code is
    /// entered; the email carrying the code is written in the same transaction.
    #[allow(clippy::too_many_arguments)]
    pub async fn create_link_session(
        &self,
        token: &SecretHash,
        link: LinkId,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
        ip: Option<&str>,
        code: Option<(&SecretHash, DateTime<Utc>)>,
        mail: Option<&NewMail>,
    ) -> Result<(), DbError> {
        let txn = self.conn().begin().await?;
        link_session::ActiveModel {
            token_hash: Set(token.as_str().to_owned()),
            link_id: Set(link.get()),
            created_at: Set(now),
            expires_at: Set(expires_at),
            ip: Set(ip.map(str::to_owned)),
            verified: Set(code.is_none()),
            code_hash: Set(code.map(|(h, _)| h.as_str().to_owned())),
            code_expires_at: Set(code.map(|(_, at)| at)),
            code_attempts: Set(0),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        if let Some(mail) = mail {
            crate::outbox::enqueue(&txn, mail, now).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// The link behind a portal session, with the session's own expiry and whether its code
    /// (if it needs one) was entered.
    pub async fn link_session(&self, token: &SecretHash) -> Result<Option<LinkSession>, DbError> {
        let Some(s) = link_session::Entity::find()
            .filter(link_session::Column::TokenHash.eq(token.as_str()))
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let link = self.link(LinkId::new(s.link_id)).await?;
        Ok(Some(LinkSession { link, expires_at: s.expires_at, verified: s.verified }))
    }

    /// Checks a one-time code against the session's. Five wrong codes, or ten minutes, and the
    /// session ends: the link must be opened again for a new code.
    pub async fn verify_link_code(
        &self,
        token: &SecretHash,
        code: &SecretHash,
        now: DateTime<Utc>,
    ) -> Result<CodeCheck, DbError> {
        let txn = self.conn().begin().await?;
        let Some(s) =
            link_session::Entity::find().filter(link_session::Column::TokenHash.eq(token.as_str())).one(&txn).await?
        else {
            return Ok(CodeCheck::NoSession);
        };
        if s.verified {
            return Ok(CodeCheck::Ok);
        }
        let expired = s.code_expires_at.is_none_or(|at| at <= now);
        if expired || s.code_attempts >= MAX_CODE_ATTEMPTS {
            link_session::Entity::delete_by_id(s.id).exec(&txn).await?;
            txn.commit().await?;
            return Ok(if expired { CodeCheck::Expired } else { CodeCheck::TooMany });
        }
        let stored = s.code_hash.unwrap_or_default();
        let matches = tessera_domain::secret::Secret::from_client(stored).matches(code.as_str());
        if matches {
            link_session::Entity::update_many()
                .col_expr(link_session::Column::Verified, Expr::value(true))
                .col_expr(link_session::Column::CodeHash, Expr::value(Option::<String>::None))
                .filter(link_session::Column::Id.eq(s.id))
                .exec(&txn)
                .await?;
            txn.commit().await?;
            return Ok(CodeCheck::Ok);
        }
        let attempts = s.code_attempts + 1;
        if attempts >= MAX_CODE_ATTEMPTS {
            link_session::Entity::delete_by_id(s.id).exec(&txn).await?;
            txn.commit().await?;
            return Ok(CodeCheck::TooMany);
        }
        link_session::Entity::update_many()
            .col_expr(link_session::Column::CodeAttempts, Expr::value(attempts))
            .filter(link_session::Column::Id.eq(s.id))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(CodeCheck::Wrong { left: u64::try_from(MAX_CODE_ATTEMPTS - attempts).unwrap_or(0) })
    }

    /// Removes portal sessions past their expiry.
    pub async fn prune_link_sessions(&self, now: DateTime<Utc>) -> Result<u64, DbError> {
        Ok(link_session::Entity::delete_many()
            .filter(link_session::Column::ExpiresAt.lt(now))
            .exec(self.conn())
            .await?
            .rows_affected)
    }

    pub async fn delete_link_session(&self, token: &SecretHash) -> Result<(), DbError> {
        link_session::Entity::delete_many()
            .filter(link_session::Column::TokenHash.eq(token.as_str()))
            .exec(self.conn())
            .await?;
        Ok(())
    }
}
