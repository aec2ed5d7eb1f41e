//! Installation instructions per article, in versions: for everyone, or for one customer
//! organisation only. Staff upload a file under a title; a title the article already has (for
//! the same audience) gets its next version and the one before is marked superseded, in one
//! transaction with the audit event and the emails to the contacts subscribed to the article.
use crate::attachments::NewAttachment;
use crate::audit::{AuditEvent, audit_in};
use crate::catalog::{Item, to_item};
use crate::documents::party_names;
use crate::entity::{contact, contact_role, instruction, instruction_subscription, item};
use crate::error::corrupt;
use crate::outbox::{NewMail, enqueue};
use crate::{Db, DbError, PAGE_SIZE, Page, contains_ci};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    TransactionTrait,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use tessera_domain::contact::{ContactGrant, ContactRole, Side};
use tessera_domain::ids::{ContactId, InstructionId, ItemId, PartyId};
use tessera_domain::library::{Title, next_version};
use tessera_domain::policy::Target;

/// A stored file's facts, as a download needs them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    /// The file store's key.
    pub key: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
}

/// One version of an instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstructionVersion {
    pub id: InstructionId,
    pub item: ItemId,
    pub article: String,
    pub item_name: String,
    /// The one customer it is for; `None` for everyone.
    pub customer: Option<PartyId>,
    pub customer_name: Option<String>,
    pub title: String,
    pub version: i32,
    pub note: Option<String>,
    pub file: StoredFile,
    pub uploaded_at: DateTime<Utc>,
    /// `user:3`
    pub uploaded_by: String,
    /// The uploader's name as it was then.
    pub uploaded_by_name: String,
    /// When a newer version replaced it; `None` for the current one.
    pub superseded_at: Option<DateTime<Utc>>,
}

impl InstructionVersion {
    pub fn is_current(&self) -> bool {
        self.superseded_at.is_none()
    }
    /// What the policy judges it as.
    pub fn target(&self) -> Target {
        Target::Instruction { id: Some(self.id), customer: self.customer }
    }
}

/// An article with the instructions of a list (newest version first within a title).
#[derive(Debug, Clone)]
pub struct ArticleInstructions {
    pub item: Item,
    pub versions: Vec<InstructionVersion>,
}

/// Whose instructions a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstructionScope {
    /// Staff: every instruction.
    All,
    /// A customer organisation (its contacts, its keys): those for everyone and its own.
    VisibleTo(PartyId),
}

/// A version to record; its file is already in the store.
#[derive(Debug, Clone)]
pub struct NewInstruction {
    pub item: ItemId,
    pub customer: Option<PartyId>,
    pub title: Title,
    pub note: Option<String>,
    pub file: NewAttachment,
    pub uploaded_by: String,
    pub uploaded_by_name: String,
}

/// A contact subscribed to an article's instructions, with what the policy and the email need.
#[derive(Debug, Clone)]
pub struct Subscriber {
    pub grant: ContactGrant,
    pub name: String,
    pub email: String,
    pub language: String,
}

fn audience(customer: Option<PartyId>) -> String {
    customer.map_or_else(|| "all".to_owned(), |c| format!("party:{c}"))
}

fn to_version(
    m: instruction::Model,
    items: &HashMap<i64, item::Model>,
    names: &HashMap<i64, String>,
) -> Result<InstructionVersion, DbError> {
    let it = items.get(&m.item_id).ok_or_else(|| corrupt("instructions.item_id", &m.item_id.to_string()))?;
    Ok(InstructionVersion {
        id: InstructionId::new(m.id),
        item: ItemId::new(m.item_id),
        article: it.ordering_number.clone(),
        item_name: it.name.clone(),
        customer: m.customer_id.map(PartyId::new),
        customer_name: m.customer_id.and_then(|c| names.get(&c).cloned()),
        title: m.title,
        version: m.version,
        note: m.note,
        file: StoredFile {
            key: m.storage_key,
            file_name: m.file_name,
            content_type: m.content_type,
            size: m.size,
            sha256: m.sha256,
        },
        uploaded_at: m.uploaded_at,
        uploaded_by: m.uploaded_by,
        uploaded_by_name: m.uploaded_by_name,
        superseded_at: m.superseded_at,
    })
}

fn visible(scope: InstructionScope) -> Condition {
    match scope {
        InstructionScope::All => Condition::all(),
        InstructionScope::VisibleTo(c) => Condition::any()
            .add(instruction::Column::CustomerId.is_null())
            .add(instruction::Column::CustomerId.eq(c.get())),
    }
}

impl Db {
    async fn versions(&self, rows: Vec<instruction::Model>) -> Result<Vec<InstructionVersion>, DbError> {
        let item_ids: BTreeSet<i64> = rows.iter().map(|r| r.item_id).collect();
        let items: HashMap<i64, item::Model> = item::Entity::find()
            .filter(item::Column::Id.is_in(item_ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|i| (i.id, i))
            .collect();
        let names = party_names(self, rows.iter().filter_map(|r| r.customer_id).collect()).await?;
        rows.into_iter().map(|r| to_version(r, &items, &names)).collect()
    }

    /// Whom a version is for (its scope in the policy), read before the version itself.
    pub async fn instruction_scope(&self, id: InstructionId) -> Result<Option<PartyId>, DbError> {
        instruction::Entity::find_by_id(id.get())
            .select_only()
            .column(instruction::Column::CustomerId)
            .into_tuple::<Option<i64>>()
            .one(self.conn())
            .await?
            .map(|c| c.map(PartyId::new))
            .ok_or(DbError::NotFound)
    }

    pub async fn instruction(&self, id: InstructionId) -> Result<InstructionVersion, DbError> {
        let m = instruction::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        self.versions(vec![m]).await?.pop().ok_or(DbError::NotFound)
    }

    /// An article's instructions in `scope`: every version, for everyone first, then by title,
    /// newest version first.
    pub async fn instructions_of_item(
        &self,
        item: ItemId,
        scope: InstructionScope,
    ) -> Result<Vec<InstructionVersion>, DbError> {
        let rows = instruction::Entity::find()
            .filter(instruction::Column::ItemId.eq(item.get()))
            .filter(visible(scope))
            .order_by_asc(instruction::Column::Audience)
            .order_by_asc(instruction::Column::TitleKey)
            .order_by_desc(instruction::Column::Version)
            .all(self.conn())
            .await?;
        self.versions(rows).await
    }

    /// The articles with instructions in `scope`, matching `q` (number or name), by article
    /// number, one page at a time, each with its instructions as in
    /// [`instructions_of_item`](Self::instructions_of_item).
    pub async fn instruction_articles(
        &self,
        scope: InstructionScope,
        q: &str,
        page: u64,
    ) -> Result<Page<ArticleInstructions>, DbError> {
        let with: Vec<i64> = instruction::Entity::find()
            .select_only()
            .column(instruction::Column::ItemId)
            .distinct()
            .filter(visible(scope))
            .into_tuple::<i64>()
            .all(self.conn())
            .await?;
        let mut find =
            item::Entity::find().filter(item::Column::Id.is_in(with)).order_by_asc(item::Column::OrderingNumber);
        if !q.trim().is_empty() {
            find = find.filter(
                Condition::any()
                    .add(contains_ci(item::Column::OrderingNumber, q))
                    .add(contains_ci(item::Column::Name, q)),
            );
        }
        let pager = find.paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = page.max(1);
        let items = pager.fetch_page(page - 1).await?;
        let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
        let rows = instruction::Entity::find()
            .filter(instruction::Column::ItemId.is_in(ids))
            .filter(visible(scope))
            .order_by_asc(instruction::Column::Audience)
            .order_by_asc(instruction::Column::TitleKey)
            .order_by_desc(instruction::Column::Version)
            .all(self.conn())
            .await?;
        let mut by_item: BTreeMap<i64, Vec<InstructionVersion>> = BTreeMap::new();
        for v in self.versions(rows).await? {
            by_item.entry(v.item.get()).or_default().push(v);
        }
        let mut out = Vec::with_capacity(items.len());
        for m in items {
            let versions = by_item.remove(&m.id).unwrap_or_default();
            out.push(ArticleInstructions { item: to_item(m)?, versions });
        }
        Ok(Page { items: out, page, pages: counts.number_of_pages.max(1), total: counts.number_of_items })
    }

    /// Records a new version: the title's current one (same article and audience) is marked
    /// superseded, the new one numbered after it, the audit event and the emails `mails` writes
    /// for that number, all in one transaction. Two uploads of the same title at once: one of
    /// them gets [`DbError::Conflict`] and nothing of it is kept.
    pub async fn add_instruction(
        &self,
        new: &NewInstruction,
        now: DateTime<Utc>,
        event: &AuditEvent,
        mails: impl FnOnce(i32) -> Vec<NewMail>,
    ) -> Result<InstructionVersion, DbError> {
        let audience = audience(new.customer);
        let key = new.title.key();
        let txn = self.conn().begin().await?;
        let latest: Option<i32> = instruction::Entity::find()
            .select_only()
            .column_as(instruction::Column::Version.max(), "v")
            .filter(instruction::Column::ItemId.eq(new.item.get()))
            .filter(instruction::Column::Audience.eq(audience.as_str()))
            .filter(instruction::Column::TitleKey.eq(key.as_str()))
            .into_tuple::<Option<i32>>()
            .one(&txn)
            .await?
            .flatten();
        instruction::Entity::update_many()
            .col_expr(instruction::Column::SupersededAt, Expr::value(now))
            .filter(instruction::Column::ItemId.eq(new.item.get()))
            .filter(instruction::Column::Audience.eq(audience.as_str()))
            .filter(instruction::Column::TitleKey.eq(key.as_str()))
            .filter(instruction::Column::SupersededAt.is_null())
            .exec(&txn)
            .await?;
        let m = instruction::ActiveModel {
            item_id: Set(new.item.get()),
            customer_id: Set(new.customer.map(PartyId::get)),
            audience: Set(audience),
            title: Set(new.title.as_str().to_owned()),
            title_key: Set(key),
            version: Set(next_version(latest)),
            note: Set(new.note.clone()),
            storage_key: Set(new.file.key.clone()),
            file_name: Set(new.file.file_name.clone()),
            content_type: Set(new.file.content_type.clone()),
            size: Set(new.file.size),
            sha256: Set(new.file.sha256.clone()),
            uploaded_at: Set(now),
            uploaded_by: Set(new.uploaded_by.clone()),
            uploaded_by_name: Set(new.uploaded_by_name.clone()),
            superseded_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let mut event = event.clone();
        event.object = Some(format!("instruction:{}", m.id));
        audit_in(&txn, &event).await?;
        for mail in mails(m.version) {
            enqueue(&txn, &mail, now).await?;
        }
        txn.commit().await?;
        self.instruction(InstructionId::new(m.id)).await
    }

    /// The contacts subscribed to an article's instructions who can be written to (in the
    /// portal, activated), of `customer` only if given; with their roles, for the policy.
    pub async fn instruction_subscribers(
        &self,
        item: ItemId,
        customer: Option<PartyId>,
    ) -> Result<Vec<Subscriber>, DbError> {
        let ids: Vec<i64> = instruction_subscription::Entity::find()
            .select_only()
            .column(instruction_subscription::Column::ContactId)
            .filter(instruction_subscription::Column::ItemId.eq(item.get()))
            .into_tuple::<i64>()
            .all(self.conn())
            .await?;
        let mut find = contact::Entity::find()
            .filter(contact::Column::Id.is_in(ids))
            .filter(contact::Column::Active.eq(true))
            .filter(contact::Column::ActivatedAt.is_not_null())
            .order_by_asc(contact::Column::Id);
        if let Some(c) = customer {
            find = find.filter(contact::Column::CustomerId.eq(c.get()));
        }
        let contacts = find.all(self.conn()).await?;
        let mut roles: HashMap<i64, BTreeSet<ContactRole>> = HashMap::new();
        for r in contact_role::Entity::find()
            .filter(contact_role::Column::ContactId.is_in(contacts.iter().map(|c| c.id).collect::<Vec<_>>()))
            .all(self.conn())
            .await?
        {
            let role = r.role.parse::<ContactRole>().map_err(|()| corrupt("contact_roles.role", &r.role))?;
            roles.entry(r.contact_id).or_default().insert(role);
        }
        contacts
            .into_iter()
            .map(|c| {
                let side = c.side.parse::<Side>().map_err(|()| corrupt("contacts.side", &c.side))?;
                Ok(Subscriber {
                    grant: ContactGrant {
                        contact: ContactId::new(c.id),
                        customer: PartyId::new(c.customer_id),
                        side,
                        roles: roles.remove(&c.id).unwrap_or_default(),
                    },
                    name: c.name,
                    email: c.email,
                    language: c.language,
                })
            })
            .collect()
    }

    /// The articles a contact is subscribed to.
    pub async fn instruction_subscriptions(&self, contact: ContactId) -> Result<BTreeSet<ItemId>, DbError> {
        Ok(instruction_subscription::Entity::find()
            .select_only()
            .column(instruction_subscription::Column::ItemId)
            .filter(instruction_subscription::Column::ContactId.eq(contact.get()))
            .into_tuple::<i64>()
            .all(self.conn())
            .await?
            .into_iter()
            .map(ItemId::new)
            .collect())
    }

    /// Subscribes a contact to an article's instructions (again is no error), or unsubscribes
    /// it; with the audit event.
    pub async fn set_instruction_subscription(
        &self,
        contact: ContactId,
        item: ItemId,
        subscribed: bool,
        now: DateTime<Utc>,
        event: &AuditEvent,
    ) -> Result<(), DbError> {
        let txn = self.conn().begin().await?;
        let existing = instruction_subscription::Entity::find()
            .filter(instruction_subscription::Column::ContactId.eq(contact.get()))
            .filter(instruction_subscription::Column::ItemId.eq(item.get()))
            .one(&txn)
            .await?;
        match (existing, subscribed) {
            (None, true) => {
                instruction_subscription::ActiveModel {
                    contact_id: Set(contact.get()),
                    item_id: Set(item.get()),
                    created_at: Set(now),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
            (Some(s), false) => {
                instruction_subscription::Entity::delete_by_id(s.id).exec(&txn).await?;
            }
            _ => {}
        }
        audit_in(&txn, event).await?;
        txn.commit().await?;
        Ok(())
    }

    /// The item with this ordering number, if any.
    pub async fn item_by_number(&self, number: &str) -> Result<Option<Item>, DbError> {
        item::Entity::find()
            .filter(item::Column::OrderingNumber.eq(number.trim()))
            .one(self.conn())
            .await?
            .map(to_item)
            .transpose()
    }

    /// The customer organisations, by name: the back office's choice of whom an instruction is for.
    pub async fn customer_choices(&self) -> Result<Vec<(PartyId, String, String)>, DbError> {
        Ok(crate::entity::party::Entity::find()
            .filter(crate::entity::party::Column::IsCustomer.eq(true))
            .order_by_asc(crate::entity::party::Column::Name)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|p| (PartyId::new(p.id), p.code, p.name))
            .collect())
    }

    /// The number of instruction versions recorded (tests prove nothing was stored).
    pub async fn instruction_count(&self) -> Result<u64, DbError> {
        Ok(instruction::Entity::find().count(self.conn()).await?)
    }
}
