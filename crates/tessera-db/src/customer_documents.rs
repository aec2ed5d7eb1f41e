//! Documents per customer organisation, in versions and categories: what the company gives the
//! customer (price lists, pictures, films…) and what the customer's contacts upload for staff
//! (their own lists). A title already there (same customer, sender and category) gets its next
//! version; the one before is kept, marked superseded.
use crate::attachments::NewAttachment;
use crate::audit::{AuditEvent, audit_in};
use crate::documents::party_names;
use crate::entity::customer_document;
use crate::error::corrupt;
use crate::instructions::StoredFile;
use crate::{Db, DbError, PAGE_SIZE, Page};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    TransactionTrait,
};
use std::collections::HashMap;
use tessera_domain::ids::{CustomerDocumentId, PartyId};
use tessera_domain::library::{DocumentCategory, Origin, Title, next_version};
use tessera_domain::policy::Target;

/// One version of a customer's document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerDocument {
    pub id: CustomerDocumentId,
    pub customer: PartyId,
    pub customer_name: String,
    pub category: DocumentCategory,
    pub origin: Origin,
    pub title: String,
    pub version: i32,
    pub note: Option<String>,
    pub file: StoredFile,
    pub uploaded_at: DateTime<Utc>,
    /// `user:3`, `contact:7`
    pub uploaded_by: String,
    /// The uploader's name as it was then.
    pub uploaded_by_name: String,
    pub superseded_at: Option<DateTime<Utc>>,
}

impl CustomerDocument {
    pub fn is_current(&self) -> bool {
        self.superseded_at.is_none()
    }
    pub fn target(&self) -> Target {
        Target::CustomerDocument { id: Some(self.id), customer: self.customer }
    }
}

/// A title's current version with the versions before it, newest first.
#[derive(Debug, Clone)]
pub struct DocumentGroup {
    pub current: CustomerDocument,
    pub older: Vec<CustomerDocument>,
}

/// A version to record; its file is already in the store.
#[derive(Debug, Clone)]
pub struct NewCustomerDocument {
    pub customer: PartyId,
    pub category: DocumentCategory,
    pub origin: Origin,
    pub title: Title,
    pub note: Option<String>,
    pub file: NewAttachment,
    pub uploaded_by: String,
    pub uploaded_by_name: String,
}

/// The matching key of a stored title (as it was when recorded).
fn key_of(title: &str) -> String {
    Title::parse(title).map(|t| t.key()).unwrap_or_default()
}

fn to_document(m: customer_document::Model, names: &HashMap<i64, String>) -> Result<CustomerDocument, DbError> {
    Ok(CustomerDocument {
        id: CustomerDocumentId::new(m.id),
        customer: PartyId::new(m.customer_id),
        customer_name: names.get(&m.customer_id).cloned().unwrap_or_default(),
        category: m.category.parse().map_err(|()| corrupt("customer_documents.category", &m.category))?,
        origin: m.origin.parse().map_err(|()| corrupt("customer_documents.origin", &m.origin))?,
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

impl Db {
    async fn customer_docs(&self, rows: Vec<customer_document::Model>) -> Result<Vec<CustomerDocument>, DbError> {
        let names = party_names(self, rows.iter().map(|r| r.customer_id).collect()).await?;
        rows.into_iter().map(|r| to_document(r, &names)).collect()
    }

    /// Whose a document is (its scope in the policy), read before the document itself.
    pub async fn customer_document_scope(&self, id: CustomerDocumentId) -> Result<PartyId, DbError> {
        customer_document::Entity::find_by_id(id.get())
            .select_only()
            .column(customer_document::Column::CustomerId)
            .into_tuple::<i64>()
            .one(self.conn())
            .await?
            .map(PartyId::new)
            .ok_or(DbError::NotFound)
    }

    pub async fn customer_document(&self, id: CustomerDocumentId) -> Result<CustomerDocument, DbError> {
        let m = customer_document::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        self.customer_docs(vec![m]).await?.pop().ok_or(DbError::NotFound)
    }

    /// A customer's documents from `origin`, optionally of one category: a page of current
    /// versions (newest first), each with the versions before it.
    pub async fn customer_documents(
        &self,
        customer: PartyId,
        origin: Origin,
        category: Option<DocumentCategory>,
        page: u64,
    ) -> Result<Page<DocumentGroup>, DbError> {
        let mut find = customer_document::Entity::find()
            .filter(customer_document::Column::CustomerId.eq(customer.get()))
            .filter(customer_document::Column::Origin.eq(origin.as_str()));
        if let Some(c) = category {
            find = find.filter(customer_document::Column::Category.eq(c.as_str()));
        }
        let pager = find
            .clone()
            .filter(customer_document::Column::SupersededAt.is_null())
            .order_by_desc(customer_document::Column::UploadedAt)
            .order_by_desc(customer_document::Column::Id)
            .paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = page.max(1);
        let current = self.customer_docs(pager.fetch_page(page - 1).await?).await?;
        // The versions before, of the page's titles only: one query.
        let mut titles = Condition::any();
        for d in &current {
            titles = titles.add(
                Condition::all()
                    .add(customer_document::Column::Category.eq(d.category.as_str()))
                    .add(customer_document::Column::TitleKey.eq(key_of(&d.title))),
            );
        }
        let older_rows = if current.is_empty() {
            Vec::new()
        } else {
            find.filter(customer_document::Column::SupersededAt.is_not_null())
                .filter(titles)
                .order_by_desc(customer_document::Column::Version)
                .all(self.conn())
                .await?
        };
        let mut older: HashMap<(String, String), Vec<CustomerDocument>> = HashMap::new();
        for d in self.customer_docs(older_rows).await? {
            let key = (d.category.as_str().to_owned(), key_of(&d.title));
            older.entry(key).or_default().push(d);
        }
        let items = current
            .into_iter()
            .map(|c| {
                let key = (c.category.as_str().to_owned(), key_of(&c.title));
                DocumentGroup { older: older.remove(&key).unwrap_or_default(), current: c }
            })
            .collect();
        Ok(Page { items, page, pages: counts.number_of_pages.max(1), total: counts.number_of_items })
    }

    /// What customers uploaded for staff, every version, newest first; of one customer if given.
    pub async fn received_documents(
        &self,
        customer: Option<PartyId>,
        page: u64,
    ) -> Result<Page<CustomerDocument>, DbError> {
        let mut find = customer_document::Entity::find()
            .filter(customer_document::Column::Origin.eq(Origin::Customer.as_str()))
            .order_by_desc(customer_document::Column::Id);
        if let Some(c) = customer {
            find = find.filter(customer_document::Column::CustomerId.eq(c.get()));
        }
        let pager = find.paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = page.max(1);
        let items = self.customer_docs(pager.fetch_page(page - 1).await?).await?;
        Ok(Page { items, page, pages: counts.number_of_pages.max(1), total: counts.number_of_items })
    }

    /// Records a new version (the title's current one marked superseded) with the audit event,
    /// in one transaction; two uploads of one title at once: one gets [`DbError::Conflict`].
    pub async fn add_customer_document(
        &self,
        new: &NewCustomerDocument,
        now: DateTime<Utc>,
        event: &AuditEvent,
    ) -> Result<CustomerDocument, DbError> {
        let key = new.title.key();
        let same = || {
            Condition::all()
                .add(customer_document::Column::CustomerId.eq(new.customer.get()))
                .add(customer_document::Column::Origin.eq(new.origin.as_str()))
                .add(customer_document::Column::Category.eq(new.category.as_str()))
                .add(customer_document::Column::TitleKey.eq(key.as_str()))
        };
        let txn = self.conn().begin().await?;
        let latest: Option<i32> = customer_document::Entity::find()
            .select_only()
            .column_as(customer_document::Column::Version.max(), "v")
            .filter(same())
            .into_tuple::<Option<i32>>()
            .one(&txn)
            .await?
            .flatten();
        customer_document::Entity::update_many()
            .col_expr(customer_document::Column::SupersededAt, Expr::value(now))
            .filter(same())
            .filter(customer_document::Column::SupersededAt.is_null())
            .exec(&txn)
            .await?;
        let m = customer_document::ActiveModel {
            customer_id: Set(new.customer.get()),
            category: Set(new.category.as_str().to_owned()),
            origin: Set(new.origin.as_str().to_owned()),
            title: Set(new.title.as_str().to_owned()),
            title_key: Set(key.clone()),
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
        event.object = Some(format!("customer_document:{}", m.id));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        self.customer_document(CustomerDocumentId::new(m.id)).await
    }

    /// The number of document versions recorded (tests prove nothing was stored).
    pub async fn customer_document_count(&self) -> Result<u64, DbError> {
        Ok(customer_document::Entity::find().count(self.conn()).await?)
    }
}
