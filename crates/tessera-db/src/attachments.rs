//! Attachments: the facts about an uploaded file (clean name, type by content, size, SHA-256,
//! the file store's key, who uploaded it and when). The bytes live in the web layer's file
//! store; this table is what the gate and the pages read.
use crate::entity::attachment;
use crate::error::corrupt;
use crate::{Db, DbError};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use tessera_domain::ids::{AttachmentId, ComplaintId, DeliveryId, InvoiceId, PartyId, SalesOrderId};

/// What an attachment belongs to; its scope in the policy is its owner's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttachmentOwner {
    Complaint(ComplaintId),
    Delivery(DeliveryId),
    /// A customer's own delivery note for a dropshipped order.
    SalesOrder(SalesOrderId),
    /// Photos of an inspection, on its work order (issue #8).
    WorkOrder(tessera_domain::ids::WorkOrderId),
    /// The PDF of a subcontractor's invoice (issue #8).
    Invoice(InvoiceId),
    /// Photos and files a customer sent with a service request's timeline entry (issue #9).
    ServiceEvent(tessera_domain::ids::ServiceEventId),
    /// Photos of a service job's inspection (issue #9).
    ServiceJob(tessera_domain::ids::ServiceJobId),
}

impl AttachmentOwner {
    fn parts(self) -> (&'static str, i64) {
        match self {
            Self::Complaint(id) => ("complaint", id.get()),
            Self::Delivery(id) => ("delivery", id.get()),
            Self::SalesOrder(id) => ("sales_order", id.get()),
            Self::WorkOrder(id) => ("work_order", id.get()),
            Self::Invoice(id) => ("invoice", id.get()),
            Self::ServiceEvent(id) => ("service_event", id.get()),
            Self::ServiceJob(id) => ("service_job", id.get()),
        }
    }
    fn from_parts(kind: &str, id: i64) -> Option<Self> {
        match kind {
            "complaint" => Some(Self::Complaint(ComplaintId::new(id))),
            "delivery" => Some(Self::Delivery(DeliveryId::new(id))),
            "sales_order" => Some(Self::SalesOrder(SalesOrderId::new(id))),
            "work_order" => Some(Self::WorkOrder(tessera_domain::ids::WorkOrderId::new(id))),
            "invoice" => Some(Self::Invoice(InvoiceId::new(id))),
            "service_event" => Some(Self::ServiceEvent(tessera_domain::ids::ServiceEventId::new(id))),
            "service_job" => Some(Self::ServiceJob(tessera_domain::ids::ServiceJobId::new(id))),
            _ => None,
        }
    }
}

/// A file already in the store, to be recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    pub key: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub id: AttachmentId,
    pub key: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub owner: AttachmentOwner,
    pub party: PartyId,
    /// The thread message it came with, if any.
    pub message_id: Option<i64>,
    pub uploaded_at: DateTime<Utc>,
    /// `user:3`, `link:12`.
    pub uploaded_by: String,
}

fn to_attachment(m: attachment::Model) -> Result<Attachment, DbError> {
    let owner = AttachmentOwner::from_parts(&m.owner_kind, m.owner_id)
        .ok_or_else(|| corrupt("attachments.owner_kind", &m.owner_kind))?;
    Ok(Attachment {
        id: AttachmentId::new(m.id),
        key: m.storage_key,
        file_name: m.file_name,
        content_type: m.content_type,
        size: m.size,
        sha256: m.sha256,
        owner,
        party: PartyId::new(m.party_id),
        message_id: m.message_id,
        uploaded_at: m.uploaded_at,
        uploaded_by: m.uploaded_by,
    })
}

/// Records files within the caller's transaction.
pub(crate) async fn insert<C: ConnectionTrait>(
    conn: &C,
    owner: AttachmentOwner,
    party: PartyId,
    message_id: Option<i64>,
    files: &[NewAttachment],
    uploaded_by: &str,
    now: DateTime<Utc>,
) -> Result<Vec<AttachmentId>, DbError> {
    let (kind, id) = owner.parts();
    let mut ids = Vec::with_capacity(files.len());
    for f in files {
        let m = attachment::ActiveModel {
            storage_key: Set(f.key.clone()),
            file_name: Set(f.file_name.clone()),
            content_type: Set(f.content_type.clone()),
            size: Set(f.size),
            sha256: Set(f.sha256.clone()),
            owner_kind: Set(kind.to_owned()),
            owner_id: Set(id),
            party_id: Set(party.get()),
            message_id: Set(message_id),
            uploaded_at: Set(now),
            uploaded_by: Set(uploaded_by.to_owned()),
            ..Default::default()
        }
        .insert(conn)
        .await?;
        ids.push(AttachmentId::new(m.id));
    }
    Ok(ids)
}

impl Db {
    /// Records files for an owner of `party` (for features with no thread, e.g. delivery files).
    pub async fn add_attachments(
        &self,
        owner: AttachmentOwner,
        party: PartyId,
        files: &[NewAttachment],
        uploaded_by: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<AttachmentId>, DbError> {
        insert(self.conn(), owner, party, None, files, uploaded_by, now).await
    }

    pub async fn attachment(&self, id: AttachmentId) -> Result<Attachment, DbError> {
        to_attachment(attachment::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?)
    }

    /// Every attachment of an owner, oldest first.
    pub async fn attachments_of(&self, owner: AttachmentOwner) -> Result<Vec<Attachment>, DbError> {
        let (kind, id) = owner.parts();
        attachment::Entity::find()
            .filter(attachment::Column::OwnerKind.eq(kind))
            .filter(attachment::Column::OwnerId.eq(id))
            .order_by_asc(attachment::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(to_attachment)
            .collect()
    }

    /// The number of attachments recorded anywhere (tests prove nothing was stored).
    pub async fn attachment_count(&self) -> Result<u64, DbError> {
        use sea_orm::PaginatorTrait;
        Ok(attachment::Entity::find().count(self.conn()).await?)
    }
}
