//! Customer organisations' contacts: accounts with roles, their single-use tokens and sessions,
//! and the change requests their admins file and staff decide.
use crate::audit::{AuditEvent, audit_in};
use crate::entity::{
    contact, contact_request, contact_request_message, contact_role, contact_session, contact_token, party, user,
};
use crate::error::corrupt;
use crate::outbox::{NewMail, enqueue};
use crate::{Db, DbError, PAGE_SIZE, Page};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use std::collections::BTreeSet;
use tessera_domain::contact::{Change, ChangeSet, ContactFacts, ContactNow, ContactRole, RequestStatus, Side};
use tessera_domain::ids::{ChangeRequestId, ContactId, PartyId, UserId};
use tessera_domain::secret::SecretHash;

/// A customer organisation, with the purchaser that buys for it, if any.
#[derive(Debug, Clone)]
pub struct CustomerOrg {
    pub id: PartyId,
    pub code: String,
    pub name: String,
    pub purchaser: Option<(PartyId, String)>,
}

impl CustomerOrg {
    /// The name of the organisation a contact of `side` belongs to.
    pub fn name_of(&self, side: Side) -> &str {
        match (side, &self.purchaser) {
            (Side::Purchaser, Some((_, n))) => n,
            _ => &self.name,
        }
    }
}

/// A contact in the portal.
#[derive(Debug, Clone)]
pub struct Contact {
    pub id: ContactId,
    pub customer: PartyId,
    pub side: Side,
    pub facts: ContactFacts,
    pub roles: BTreeSet<ContactRole>,
    /// Whether the contact has set a password (followed the welcome email).
    pub activated: bool,
    pub active: bool,
    pub created_at: DateTime<Utc>,
}

impl Contact {
    /// What the policy sees of a signed-in contact.
    pub fn grant(&self) -> tessera_domain::contact::ContactGrant {
        tessera_domain::contact::ContactGrant {
            contact: self.id,
            customer: self.customer,
            side: self.side,
            roles: self.roles.clone(),
        }
    }
    pub fn now(&self) -> ContactNow {
        ContactNow { id: self.id, side: self.side, facts: self.facts.clone(), roles: self.roles.clone() }
    }
}

/// What a single-use token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    /// From the welcome email: set the first password.
    Activation,
    /// An emailed sign-in link.
    SignIn,
    /// Choose a new password.
    Reset,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Activation => "activation",
            Self::SignIn => "sign_in",
            Self::Reset => "reset",
        }
    }
    fn parse(s: &str) -> Result<Self, DbError> {
        match s {
            "activation" => Ok(Self::Activation),
            "sign_in" => Ok(Self::SignIn),
            "reset" => Ok(Self::Reset),
            other => Err(corrupt("contact_tokens.purpose", other)),
        }
    }
}

/// A token as found from its hash, used or not.
#[derive(Debug, Clone)]
pub struct ContactToken {
    pub contact: Contact,
    pub purpose: TokenPurpose,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
}

/// Why a token cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenRefusal {
    #[error("unknown token")]
    Unknown,
    #[error("token already used")]
    Used,
    #[error("token expired")]
    Expired,
}

/// A live contact session, as found from its token's hash.
#[derive(Debug, Clone)]
pub struct ContactSessionInfo {
    pub contact: Contact,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// A new contact added by staff directly (the organisation's first admins).
#[derive(Debug, Clone)]
pub struct NewContact {
    pub customer: PartyId,
    pub side: Side,
    pub facts: ContactFacts,
    pub roles: BTreeSet<ContactRole>,
}

/// The activation token and welcome email for a contact a change request adds.
#[derive(Debug, Clone)]
pub struct Welcome {
    pub email: String,
    pub token: SecretHash,
    pub expires_at: DateTime<Utc>,
    pub mail: NewMail,
}

#[derive(Debug, Clone)]
pub struct RequestMessage {
    pub at: DateTime<Utc>,
    /// `contact` or `staff`.
    pub author_kind: String,
    pub author_name: String,
    pub body: String,
}

/// A change request, whole.
#[derive(Debug, Clone)]
pub struct ChangeRequest {
    pub id: ChangeRequestId,
    pub customer: PartyId,
    pub customer_name: String,
    pub requested_by: ContactId,
    pub requester_name: String,
    pub requester_email: String,
    pub requester_language: String,
    pub status: RequestStatus,
    pub changes: ChangeSet,
    pub created_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decided_by: Option<String>,
    pub reason: Option<String>,
    pub messages: Vec<RequestMessage>,
}

/// A change request in a list.
#[derive(Debug, Clone)]
pub struct ChangeRequestSummary {
    pub id: ChangeRequestId,
    pub customer: PartyId,
    pub customer_name: String,
    pub requester_name: String,
    pub status: RequestStatus,
    pub changes: usize,
    pub created_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
}

/// Why approving failed. Nothing of the request is applied.
#[derive(Debug, thiserror::Error)]
pub enum ApproveError {
    #[error("the request is no longer pending")]
    NotPending,
    /// A contact the request changes or removes was removed meanwhile.
    #[error("contact {name} is no longer in the portal")]
    ContactGone { name: String },
    /// An email the request gives a contact now belongs to another account.
    #[error("{email} belongs to another account now")]
    EmailTaken { email: String },
    #[error(transparent)]
    Db(#[from] DbError),
}

/// What was done, for the person who approved.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    pub added: Vec<ContactId>,
    pub updated: usize,
    pub removed: usize,
}

fn roles_text(roles: &BTreeSet<ContactRole>) -> String {
    roles.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(",")
}

async fn roles_of<C: ConnectionTrait>(conn: &C, contact: i64) -> Result<BTreeSet<ContactRole>, DbError> {
    contact_role::Entity::find()
        .filter(contact_role::Column::ContactId.eq(contact))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.role.parse::<ContactRole>().map_err(|()| corrupt("contact_roles.role", &r.role)))
        .collect()
}

async fn to_contact<C: ConnectionTrait>(conn: &C, m: contact::Model) -> Result<Contact, DbError> {
    let roles = roles_of(conn, m.id).await?;
    with_roles(m, roles)
}

/// The roles of many contacts in one query.
async fn roles_of_all<C: ConnectionTrait>(
    conn: &C,
    contacts: &[i64],
) -> Result<std::collections::BTreeMap<i64, BTreeSet<ContactRole>>, DbError> {
    let mut out: std::collections::BTreeMap<i64, BTreeSet<ContactRole>> = std::collections::BTreeMap::new();
    if contacts.is_empty() {
        return Ok(out);
    }
    for r in contact_role::Entity::find()
        .filter(contact_role::Column::ContactId.is_in(contacts.iter().copied()))
        .all(conn)
        .await?
    {
        let role = r.role.parse::<ContactRole>().map_err(|()| corrupt("contact_roles.role", &r.role))?;
        out.entry(r.contact_id).or_default().insert(role);
    }
    Ok(out)
}

fn with_roles(m: contact::Model, roles: BTreeSet<ContactRole>) -> Result<Contact, DbError> {
    let side = m.side.parse::<Side>().map_err(|()| corrupt("contacts.side", &m.side))?;
    Ok(Contact {
        id: ContactId::new(m.id),
        customer: PartyId::new(m.customer_id),
        side,
        facts: ContactFacts {
            name: m.name,
            email: m.email,
            phone: m.phone,
            position: m.position,
            language: m.language,
        },
        roles,
        activated: m.activated_at.is_some(),
        active: m.active,
        created_at: m.created_at,
    })
}

async fn set_roles<C: ConnectionTrait>(conn: &C, contact: i64, roles: &BTreeSet<ContactRole>) -> Result<(), DbError> {
    contact_role::Entity::delete_many().filter(contact_role::Column::ContactId.eq(contact)).exec(conn).await?;
    for r in roles {
        contact_role::ActiveModel { contact_id: Set(contact), role: Set(r.as_str().to_owned()), ..Default::default() }
            .insert(conn)
            .await?;
    }
    Ok(())
}

pub(crate) async fn insert_contact<C: ConnectionTrait>(
    conn: &C,
    customer: PartyId,
    side: Side,
    facts: &ContactFacts,
    roles: &BTreeSet<ContactRole>,
    now: DateTime<Utc>,
) -> Result<ContactId, DbError> {
    let m = contact::ActiveModel {
        customer_id: Set(customer.get()),
        side: Set(side.as_str().to_owned()),
        name: Set(facts.name.clone()),
        email: Set(facts.email.clone()),
        email_key: Set(Some(facts.email.clone())),
        phone: Set(facts.phone.clone()),
        position: Set(facts.position.clone()),
        language: Set(facts.language.clone()),
        password_hash: Set(None),
        activated_at: Set(None),
        active: Set(true),
        removed_at: Set(None),
        created_at: Set(now),
        version: Set(0),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    set_roles(conn, m.id, roles).await?;
    Ok(ContactId::new(m.id))
}

async fn insert_token<C: ConnectionTrait>(
    conn: &C,
    contact: ContactId,
    purpose: TokenPurpose,
    token: &SecretHash,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), DbError> {
    // A new token of a kind replaces the earlier ones: only the newest email works.
    contact_token::Entity::update_many()
        .col_expr(contact_token::Column::UsedAt, Expr::value(now))
        .filter(contact_token::Column::ContactId.eq(contact.get()))
        .filter(contact_token::Column::Purpose.eq(purpose.as_str()))
        .filter(contact_token::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    contact_token::ActiveModel {
        contact_id: Set(contact.get()),
        purpose: Set(purpose.as_str().to_owned()),
        token_hash: Set(token.as_str().to_owned()),
        created_at: Set(now),
        expires_at: Set(expires_at),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

fn system_event(now: DateTime<Utc>, actor: &str, action: &str, object: String, detail: String) -> AuditEvent {
    AuditEvent {
        at: now,
        actor_kind: "staff".into(),
        actor: Some(actor.to_owned()),
        action: action.to_owned(),
        object: Some(object),
        outcome: "ok".into(),
        ip: None,
        detail: Some(detail),
    }
}

impl Db {
    /// A customer organisation ([`DbError::NotFound`] for a party that is not a customer).
    pub async fn customer_org(&self, id: PartyId) -> Result<CustomerOrg, DbError> {
        let m = party::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        if !m.is_customer {
            return Err(DbError::NotFound);
        }
        let purchaser = match m.purchaser_id {
            Some(p) => party::Entity::find_by_id(p).one(self.conn()).await?.map(|p| (PartyId::new(p.id), p.name)),
            None => None,
        };
        Ok(CustomerOrg { id, code: m.code, name: m.name, purchaser })
    }

    /// Names the purchaser organisation that buys for `customer` (or none).
    pub async fn set_purchaser(&self, customer: PartyId, purchaser: Option<PartyId>) -> Result<(), DbError> {
        if let Some(p) = purchaser {
            party::Entity::find_by_id(p.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        }
        party::Entity::update_many()
            .col_expr(party::Column::PurchaserId, Expr::value(purchaser.map(PartyId::get)))
            .filter(party::Column::Id.eq(customer.get()))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// The organisation's contacts in the portal, both sides: customer first, then by name.
    pub async fn contacts_of(&self, customer: PartyId) -> Result<Vec<Contact>, DbError> {
        let ms = contact::Entity::find()
            .filter(contact::Column::CustomerId.eq(customer.get()))
            .filter(contact::Column::Active.eq(true))
            .order_by_asc(contact::Column::Side)
            .order_by_asc(contact::Column::Name)
            .all(self.conn())
            .await?;
        let ids: Vec<i64> = ms.iter().map(|m| m.id).collect();
        let mut roles = roles_of_all(self.conn(), &ids).await?;
        ms.into_iter()
            .map(|m| {
                let r = roles.remove(&m.id).unwrap_or_default();
                with_roles(m, r)
            })
            .collect()
    }

    /// A contact in the portal ([`DbError::NotFound`] once removed).
    pub async fn contact(&self, id: ContactId) -> Result<Contact, DbError> {
        let m = contact::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        if !m.active {
            return Err(DbError::NotFound);
        }
        to_contact(self.conn(), m).await
    }

    /// What the policy needs to place a contact: its organisation and side.
    pub async fn contact_scope(&self, id: ContactId) -> Result<(PartyId, Side), DbError> {
        let c = self.contact(id).await?;
        Ok((c.customer, c.side))
    }

    /// Of `emails`, the ones an account outside `customer` uses.
    pub async fn emails_in_use_elsewhere(
        &self,
        customer: PartyId,
        emails: &[String],
    ) -> Result<BTreeSet<String>, DbError> {
        if emails.is_empty() {
            return Ok(BTreeSet::new());
        }
        Ok(contact::Entity::find()
            .filter(contact::Column::EmailKey.is_in(emails.iter().cloned()))
            .filter(contact::Column::CustomerId.ne(customer.get()))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| m.email)
            .collect())
    }

    /// Staff add a contact directly, with its activation token and welcome email, in one
    /// transaction. An email in use is [`DbError::Conflict`].
    pub async fn create_contact(
        &self,
        new: &NewContact,
        token: &SecretHash,
        expires_at: DateTime<Utc>,
        mail: &NewMail,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<ContactId, DbError> {
        let txn = self.conn().begin().await?;
        let id = insert_contact(&txn, new.customer, new.side, &new.facts, &new.roles, now).await?;
        insert_token(&txn, id, TokenPurpose::Activation, token, now, expires_at).await?;
        enqueue(&txn, mail, now).await?;
        audit_in(
            &txn,
            &system_event(
                now,
                actor,
                "contact.add",
                format!("contact:{id}"),
                format!("customer={} side={} roles={}", new.customer, new.side, roles_text(&new.roles)),
            ),
        )
        .await?;
        txn.commit().await?;
        Ok(id)
    }

    /// The contact with this email and its password hash (none before activation).
    pub async fn contact_credentials(&self, email: &str) -> Result<Option<(Contact, Option<String>)>, DbError> {
        let Some(m) = contact::Entity::find().filter(contact::Column::EmailKey.eq(email)).one(self.conn()).await?
        else {
            return Ok(None);
        };
        let hash = m.password_hash.clone();
        Ok(Some((to_contact(self.conn(), m).await?, hash)))
    }

    /// A single-use token for `contact`, with the email carrying it, in one transaction. Earlier
    /// unused tokens of the same purpose stop working.
    pub async fn issue_contact_token(
        &self,
        contact: ContactId,
        purpose: TokenPurpose,
        token: &SecretHash,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
        mail: &NewMail,
    ) -> Result<(), DbError> {
        let txn = self.conn().begin().await?;
        insert_token(&txn, contact, purpose, token, now, expires_at).await?;
        enqueue(&txn, mail, now).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The token with this hash, used or not; `None` if unknown or its contact was removed.
    pub async fn contact_token(&self, token: &SecretHash) -> Result<Option<ContactToken>, DbError> {
        let Some(t) = contact_token::Entity::find()
            .filter(contact_token::Column::TokenHash.eq(token.as_str()))
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let Some(c) = contact::Entity::find_by_id(t.contact_id).one(self.conn()).await? else { return Ok(None) };
        if !c.active {
            return Ok(None);
        }
        Ok(Some(ContactToken {
            contact: to_contact(self.conn(), c).await?,
            purpose: TokenPurpose::parse(&t.purpose)?,
            expires_at: t.expires_at,
            used_at: t.used_at,
        }))
    }

    /// Uses a token once: marks it used if it is of `purpose`, unused and unexpired. With a
    /// password hash (activation, reset), sets the password, marks the account activated and
    /// ends the contact's other sessions, in the same transaction. Two tabs using the same
    /// token: one wins, the other is told it was used.
    pub async fn use_contact_token(
        &self,
        token: &SecretHash,
        purpose: TokenPurpose,
        password_hash: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Result<ContactId, TokenRefusal>, DbError> {
        let Some(found) = self.contact_token(token).await? else { return Ok(Err(TokenRefusal::Unknown)) };
        if found.purpose != purpose {
            return Ok(Err(TokenRefusal::Unknown));
        }
        if found.used_at.is_some() {
            return Ok(Err(TokenRefusal::Used));
        }
        if found.expires_at <= now {
            return Ok(Err(TokenRefusal::Expired));
        }
        let txn = self.conn().begin().await?;
        let res = contact_token::Entity::update_many()
            .col_expr(contact_token::Column::UsedAt, Expr::value(now))
            .filter(contact_token::Column::TokenHash.eq(token.as_str()))
            .filter(contact_token::Column::UsedAt.is_null())
            .filter(contact_token::Column::ExpiresAt.gt(now))
            .exec(&txn)
            .await?;
        if res.rows_affected != 1 {
            return Ok(Err(TokenRefusal::Used));
        }
        let id = found.contact.id;
        if let Some(hash) = password_hash {
            let mut upd = contact::Entity::update_many()
                .col_expr(contact::Column::PasswordHash, Expr::value(hash.to_owned()))
                .col_expr(contact::Column::Version, Expr::col(contact::Column::Version).add(1));
            if !found.contact.activated {
                upd = upd.col_expr(contact::Column::ActivatedAt, Expr::value(now));
            }
            upd.filter(contact::Column::Id.eq(id.get())).exec(&txn).await?;
            contact_session::Entity::delete_many()
                .filter(contact_session::Column::ContactId.eq(id.get()))
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok(Ok(id))
    }

    /// The language the contact reads the portal and its emails in (`en`, `pl`, `de`).
    pub async fn set_contact_language(&self, id: ContactId, language: &str) -> Result<(), DbError> {
        contact::Entity::update_many()
            .col_expr(contact::Column::Language, Expr::value(language.to_owned()))
            .filter(contact::Column::Id.eq(id.get()))
            .filter(contact::Column::Active.eq(true))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    pub async fn create_contact_session(
        &self,
        token: &SecretHash,
        contact: ContactId,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
        ip: Option<&str>,
    ) -> Result<(), DbError> {
        contact_session::ActiveModel {
            token_hash: Set(token.as_str().to_owned()),
            contact_id: Set(contact.get()),
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

    /// The session with this token hash, if its contact is still in the portal and activated.
    /// Expiry is the caller's rule.
    pub async fn contact_session(&self, token: &SecretHash) -> Result<Option<ContactSessionInfo>, DbError> {
        let Some(s) = contact_session::Entity::find()
            .filter(contact_session::Column::TokenHash.eq(token.as_str()))
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        let Some(c) = contact::Entity::find_by_id(s.contact_id).one(self.conn()).await? else { return Ok(None) };
        if !c.active || c.activated_at.is_none() {
            return Ok(None);
        }
        Ok(Some(ContactSessionInfo {
            contact: to_contact(self.conn(), c).await?,
            created_at: s.created_at,
            last_seen_at: s.last_seen_at,
            expires_at: s.expires_at,
        }))
    }

    pub async fn touch_contact_session(&self, token: &SecretHash, now: DateTime<Utc>) -> Result<(), DbError> {
        contact_session::Entity::update_many()
            .col_expr(contact_session::Column::LastSeenAt, Expr::value(now))
            .filter(contact_session::Column::TokenHash.eq(token.as_str()))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    pub async fn delete_contact_session(&self, token: &SecretHash) -> Result<(), DbError> {
        contact_session::Entity::delete_many()
            .filter(contact_session::Column::TokenHash.eq(token.as_str()))
            .exec(self.conn())
            .await?;
        Ok(())
    }

    /// Removes contact sessions past their absolute expiry or idle since `idle_before`.
    pub async fn prune_contact_sessions(&self, now: DateTime<Utc>, idle_before: DateTime<Utc>) -> Result<u64, DbError> {
        let res = contact_session::Entity::delete_many()
            .filter(contact_session::Column::ExpiresAt.lt(now).or(contact_session::Column::LastSeenAt.lt(idle_before)))
            .exec(self.conn())
            .await?;
        Ok(res.rows_affected)
    }

    // --- Change requests ---

    /// Files a change request, with the confirmation email and the audit event, in one
    /// transaction. While another request of the organisation is pending this is
    /// [`DbError::Conflict`] (the unique `pending_key`), so two admins filing at once get one
    /// request, and the second is told.
    pub async fn file_change_request(
        &self,
        customer: PartyId,
        requester: ContactId,
        changes: &ChangeSet,
        now: DateTime<Utc>,
        mail: Option<&NewMail>,
        event: &AuditEvent,
    ) -> Result<ChangeRequestId, DbError> {
        self.file_change_request_with(customer, requester, changes, now, |_| mail.cloned(), event).await
    }

    /// As [`Db::file_change_request`], with the confirmation email composed once the request's
    /// number is known (`mail` is called inside the transaction, with the new id).
    pub async fn file_change_request_with(
        &self,
        customer: PartyId,
        requester: ContactId,
        changes: &ChangeSet,
        now: DateTime<Utc>,
        mail: impl FnOnce(ChangeRequestId) -> Option<NewMail>,
        event: &AuditEvent,
    ) -> Result<ChangeRequestId, DbError> {
        let json = serde_json::to_string(changes).map_err(|e| DbError::Corrupt(e.to_string()))?;
        let txn = self.conn().begin().await?;
        let m = contact_request::ActiveModel {
            customer_id: Set(customer.get()),
            requested_by: Set(requester.get()),
            status: Set(RequestStatus::Pending.as_str().to_owned()),
            pending_key: Set(Some(customer.get())),
            changes: Set(json),
            created_at: Set(now),
            decided_at: Set(None),
            decided_by: Set(None),
            reason: Set(None),
            version: Set(0),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let id = ChangeRequestId::new(m.id);
        if let Some(mail) = mail(id) {
            enqueue(&txn, &mail, now).await?;
        }
        let mut event = event.clone();
        event.object = Some(format!("contact_request:{id}"));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// The organisation's pending request, if any.
    pub async fn pending_change_request(&self, customer: PartyId) -> Result<Option<ChangeRequest>, DbError> {
        let m = contact_request::Entity::find()
            .filter(contact_request::Column::PendingKey.eq(customer.get()))
            .one(self.conn())
            .await?;
        match m {
            Some(m) => Ok(Some(self.change_request(ChangeRequestId::new(m.id)).await?)),
            None => Ok(None),
        }
    }

    /// Which organisation a request is for: what the policy needs.
    pub async fn change_request_scope(&self, id: ChangeRequestId) -> Result<PartyId, DbError> {
        let m = contact_request::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        Ok(PartyId::new(m.customer_id))
    }

    pub async fn change_request(&self, id: ChangeRequestId) -> Result<ChangeRequest, DbError> {
        let m = contact_request::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let changes: ChangeSet =
            serde_json::from_str(&m.changes).map_err(|_| corrupt("contact_requests.changes", &m.changes))?;
        let status = m.status.parse::<RequestStatus>().map_err(|()| corrupt("contact_requests.status", &m.status))?;
        let customer_name =
            party::Entity::find_by_id(m.customer_id).one(self.conn()).await?.map(|p| p.name).unwrap_or_default();
        let requester = contact::Entity::find_by_id(m.requested_by).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let decided_by = match m.decided_by {
            Some(u) => user::Entity::find_by_id(u).one(self.conn()).await?.map(|u| u.display_name),
            None => None,
        };
        let messages = contact_request_message::Entity::find()
            .filter(contact_request_message::Column::RequestId.eq(m.id))
            .order_by_asc(contact_request_message::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|x| RequestMessage { at: x.at, author_kind: x.author_kind, author_name: x.author_name, body: x.body })
            .collect();
        Ok(ChangeRequest {
            id,
            customer: PartyId::new(m.customer_id),
            customer_name,
            requested_by: ContactId::new(requester.id),
            requester_name: requester.name,
            requester_email: requester.email,
            requester_language: requester.language,
            status,
            changes,
            created_at: m.created_at,
            decided_at: m.decided_at,
            decided_by,
            reason: m.reason,
            messages,
        })
    }

    /// Requests for the back office: pending ones first, then newest first; `status` filters.
    pub async fn change_requests(
        &self,
        status: Option<RequestStatus>,
        customer: Option<PartyId>,
        page: u64,
    ) -> Result<Page<ChangeRequestSummary>, DbError> {
        let mut q = contact_request::Entity::find()
            .order_by_asc(Expr::col(contact_request::Column::PendingKey).is_null())
            .order_by_desc(contact_request::Column::Id);
        if let Some(s) = status {
            q = q.filter(contact_request::Column::Status.eq(s.as_str()));
        }
        if let Some(c) = customer {
            q = q.filter(contact_request::Column::CustomerId.eq(c.get()));
        }
        let pager = q.paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = Ord::max(page, 1);
        let rows = pager.fetch_page(page - 1).await?;
        // The page's customers and requesters, one query each.
        let customers: std::collections::BTreeMap<i64, String> = party::Entity::find()
            .filter(party::Column::Id.is_in(rows.iter().map(|m| m.customer_id)))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|p| (p.id, p.name))
            .collect();
        let requesters: std::collections::BTreeMap<i64, String> = contact::Entity::find()
            .filter(contact::Column::Id.is_in(rows.iter().map(|m| m.requested_by)))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|c| (c.id, c.name))
            .collect();
        let mut items = Vec::with_capacity(rows.len());
        for m in rows {
            let changes: ChangeSet =
                serde_json::from_str(&m.changes).map_err(|_| corrupt("contact_requests.changes", &m.changes))?;
            let status =
                m.status.parse::<RequestStatus>().map_err(|()| corrupt("contact_requests.status", &m.status))?;
            let customer_name = customers.get(&m.customer_id).cloned().unwrap_or_default();
            let requester_name = requesters.get(&m.requested_by).cloned().unwrap_or_default();
            items.push(ChangeRequestSummary {
                id: ChangeRequestId::new(m.id),
                customer: PartyId::new(m.customer_id),
                customer_name,
                requester_name,
                status,
                changes: changes.changes.len(),
                created_at: m.created_at,
                decided_at: m.decided_at,
            });
        }
        Ok(Page { items, page, pages: Ord::max(counts.number_of_pages, 1), total: counts.number_of_items })
    }

    /// A comment on a pending request (by the requester's side or by staff), with the email it
    /// causes, in one transaction. A request no longer pending is [`DbError::Stale`].
    #[allow(clippy::too_many_arguments)]
    pub async fn add_request_message(
        &self,
        id: ChangeRequestId,
        author_kind: &str,
        author_id: i64,
        author_name: &str,
        body: &str,
        now: DateTime<Utc>,
        mail: Option<&NewMail>,
        event: &AuditEvent,
    ) -> Result<(), DbError> {
        let txn = self.conn().begin().await?;
        // Claim the request's row: a decision taken meanwhile makes this fail.
        let res = contact_request::Entity::update_many()
            .col_expr(contact_request::Column::Version, Expr::col(contact_request::Column::Version).add(1))
            .filter(contact_request::Column::Id.eq(id.get()))
            .filter(contact_request::Column::Status.eq(RequestStatus::Pending.as_str()))
            .exec(&txn)
            .await?;
        if res.rows_affected != 1 {
            return Err(DbError::Stale);
        }
        contact_request_message::ActiveModel {
            request_id: Set(id.get()),
            at: Set(now),
            author_kind: Set(author_kind.to_owned()),
            author_id: Set(author_id),
            author_name: Set(author_name.to_owned()),
            body: Set(body.to_owned()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        if let Some(mail) = mail {
            enqueue(&txn, mail, now).await?;
        }
        audit_in(&txn, event).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Ends a pending request without applying it: cancelled by its organisation, or rejected
    /// by staff (`by` and `reason`). Not pending any more is [`DbError::Stale`].
    #[allow(clippy::too_many_arguments)]
    pub async fn close_change_request(
        &self,
        id: ChangeRequestId,
        status: RequestStatus,
        by: Option<UserId>,
        reason: Option<&str>,
        now: DateTime<Utc>,
        mail: Option<&NewMail>,
        event: &AuditEvent,
    ) -> Result<(), DbError> {
        let txn = self.conn().begin().await?;
        let res = contact_request::Entity::update_many()
            .col_expr(contact_request::Column::Status, Expr::value(status.as_str()))
            .col_expr(contact_request::Column::PendingKey, Expr::value(Option::<i64>::None))
            .col_expr(contact_request::Column::DecidedAt, Expr::value(now))
            .col_expr(contact_request::Column::DecidedBy, Expr::value(by.map(UserId::get)))
            .col_expr(contact_request::Column::Reason, Expr::value(reason.map(str::to_owned)))
            .col_expr(contact_request::Column::Version, Expr::col(contact_request::Column::Version).add(1))
            .filter(contact_request::Column::Id.eq(id.get()))
            .filter(contact_request::Column::Status.eq(RequestStatus::Pending.as_str()))
            .exec(&txn)
            .await?;
        if res.rows_affected != 1 {
            return Err(DbError::Stale);
        }
        if let Some(mail) = mail {
            enqueue(&txn, mail, now).await?;
        }
        audit_in(&txn, event).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Approves a pending request and applies all of it in one transaction: roles and details
    /// changed, contacts removed (their sessions and tokens end), new contacts created with
    /// their activation token and welcome email (`welcome`, by email), the requester's email
    /// (`mail`), and one audit event per change naming the request. If anything cannot be
    /// applied (a contact removed meanwhile, an email now someone else's) nothing is.
    pub async fn approve_change_request(
        &self,
        id: ChangeRequestId,
        by: UserId,
        now: DateTime<Utc>,
        welcome: &[Welcome],
        mail: Option<&NewMail>,
    ) -> Result<Applied, ApproveError> {
        let req = self.change_request(id).await?;
        let actor = format!("user:{by}");
        let txn = self.conn().begin().await.map_err(DbError::from)?;
        let res = contact_request::Entity::update_many()
            .col_expr(contact_request::Column::Status, Expr::value(RequestStatus::Approved.as_str()))
            .col_expr(contact_request::Column::PendingKey, Expr::value(Option::<i64>::None))
            .col_expr(contact_request::Column::DecidedAt, Expr::value(now))
            .col_expr(contact_request::Column::DecidedBy, Expr::value(by.get()))
            .col_expr(contact_request::Column::Version, Expr::col(contact_request::Column::Version).add(1))
            .filter(contact_request::Column::Id.eq(id.get()))
            .filter(contact_request::Column::Status.eq(RequestStatus::Pending.as_str()))
            .exec(&txn)
            .await
            .map_err(DbError::from)?;
        if res.rows_affected != 1 {
            return Err(ApproveError::NotPending);
        }
        let mut applied = Applied::default();
        for change in &req.changes.changes {
            match change {
                Change::Update { before, facts, roles } => {
                    let live = contact::Entity::find_by_id(before.id.get())
                        .one(&txn)
                        .await
                        .map_err(DbError::from)?
                        .filter(|c| c.active && c.customer_id == req.customer.get());
                    if live.is_none() {
                        return Err(ApproveError::ContactGone { name: before.facts.name.clone() });
                    }
                    let upd = contact::Entity::update_many()
                        .col_expr(contact::Column::Name, Expr::value(facts.name.clone()))
                        .col_expr(contact::Column::Email, Expr::value(facts.email.clone()))
                        .col_expr(contact::Column::EmailKey, Expr::value(facts.email.clone()))
                        .col_expr(contact::Column::Phone, Expr::value(facts.phone.clone()))
                        .col_expr(contact::Column::Position, Expr::value(facts.position.clone()))
                        .col_expr(contact::Column::Language, Expr::value(facts.language.clone()))
                        .col_expr(contact::Column::Version, Expr::col(contact::Column::Version).add(1))
                        .filter(contact::Column::Id.eq(before.id.get()))
                        .exec(&txn)
                        .await;
                    match upd.map_err(DbError::from) {
                        Ok(_) => {}
                        Err(DbError::Conflict) => return Err(ApproveError::EmailTaken { email: facts.email.clone() }),
                        Err(e) => return Err(e.into()),
                    }
                    set_roles(&txn, before.id.get(), roles).await?;
                    audit_in(
                        &txn,
                        &system_event(
                            now,
                            &actor,
                            "contact.update",
                            format!("contact:{}", before.id),
                            format!("request={id} roles={}", roles_text(roles)),
                        ),
                    )
                    .await?;
                    applied.updated += 1;
                }
                Change::Remove { before } => {
                    let res = contact::Entity::update_many()
                        .col_expr(contact::Column::Active, Expr::value(false))
                        .col_expr(contact::Column::EmailKey, Expr::value(Option::<String>::None))
                        .col_expr(contact::Column::RemovedAt, Expr::value(now))
                        .col_expr(contact::Column::Version, Expr::col(contact::Column::Version).add(1))
                        .filter(contact::Column::Id.eq(before.id.get()))
                        .filter(contact::Column::CustomerId.eq(req.customer.get()))
                        .filter(contact::Column::Active.eq(true))
                        .exec(&txn)
                        .await
                        .map_err(DbError::from)?;
                    if res.rows_affected != 1 {
                        return Err(ApproveError::ContactGone { name: before.facts.name.clone() });
                    }
                    contact_role::Entity::delete_many()
                        .filter(contact_role::Column::ContactId.eq(before.id.get()))
                        .exec(&txn)
                        .await
                        .map_err(DbError::from)?;
                    contact_session::Entity::delete_many()
                        .filter(contact_session::Column::ContactId.eq(before.id.get()))
                        .exec(&txn)
                        .await
                        .map_err(DbError::from)?;
                    contact_token::Entity::update_many()
                        .col_expr(contact_token::Column::UsedAt, Expr::value(now))
                        .filter(contact_token::Column::ContactId.eq(before.id.get()))
                        .filter(contact_token::Column::UsedAt.is_null())
                        .exec(&txn)
                        .await
                        .map_err(DbError::from)?;
                    audit_in(
                        &txn,
                        &system_event(
                            now,
                            &actor,
                            "contact.remove",
                            format!("contact:{}", before.id),
                            format!("request={id}"),
                        ),
                    )
                    .await?;
                    applied.removed += 1;
                }
                Change::Add { side, facts, roles } => {
                    let new = match insert_contact(&txn, req.customer, *side, facts, roles, now).await {
                        Ok(c) => c,
                        Err(DbError::Conflict) => return Err(ApproveError::EmailTaken { email: facts.email.clone() }),
                        Err(e) => return Err(e.into()),
                    };
                    if let Some(w) = welcome.iter().find(|w| w.email == facts.email) {
                        insert_token(&txn, new, TokenPurpose::Activation, &w.token, now, w.expires_at).await?;
                        enqueue(&txn, &w.mail, now).await?;
                    }
                    audit_in(
                        &txn,
                        &system_event(
                            now,
                            &actor,
                            "contact.add",
                            format!("contact:{new}"),
                            format!("request={id} side={side} roles={}", roles_text(roles)),
                        ),
                    )
                    .await?;
                    applied.added.push(new);
                }
            }
        }
        if let Some(mail) = mail {
            enqueue(&txn, mail, now).await?;
        }
        audit_in(
            &txn,
            &system_event(
                now,
                &actor,
                "contact_request.approve",
                format!("contact_request:{id}"),
                format!("added={} updated={} removed={}", applied.added.len(), applied.updated, applied.removed),
            ),
        )
        .await?;
        txn.commit().await.map_err(DbError::from)?;
        Ok(applied)
    }

    /// Removes a contact at once (staff, outside any request): its sessions and tokens end.
    pub async fn remove_contact(&self, id: ContactId, actor: &str, now: DateTime<Utc>) -> Result<(), DbError> {
        let txn = self.conn().begin().await?;
        let res = contact::Entity::update_many()
            .col_expr(contact::Column::Active, Expr::value(false))
            .col_expr(contact::Column::EmailKey, Expr::value(Option::<String>::None))
            .col_expr(contact::Column::RemovedAt, Expr::value(now))
            .col_expr(contact::Column::Version, Expr::col(contact::Column::Version).add(1))
            .filter(contact::Column::Id.eq(id.get()))
            .filter(contact::Column::Active.eq(true))
            .exec(&txn)
            .await?;
        if res.rows_affected != 1 {
            return Err(DbError::NotFound);
        }
        contact_role::Entity::delete_many().filter(contact_role::Column::ContactId.eq(id.get())).exec(&txn).await?;
        contact_session::Entity::delete_many()
            .filter(contact_session::Column::ContactId.eq(id.get()))
            .exec(&txn)
            .await?;
        audit_in(&txn, &system_event(now, actor, "contact.remove", format!("contact:{id}"), String::new())).await?;
        txn.commit().await?;
        Ok(())
    }
}
