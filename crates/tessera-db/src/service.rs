//! Service for customers (issue #9): service requests with their timelines and files, the
//! service jobs and inspections planned for them, and the customers' ratings. Every change is
//! one transaction with its timeline entry, its audit event and its email (if any): all or
//! nothing.
use crate::attachments::{Attachment, AttachmentOwner, NewAttachment};
use crate::audit::{AuditEvent, audit_in};
use crate::entity::{asset, inspection_plan, party, service_event, service_job, service_request, service_unsubscribe};
use crate::error::corrupt;
use crate::outbox::{NewMail, enqueue};
use crate::work::{Asset, to_asset};
use crate::{Db, DbError};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};
use std::collections::HashMap;
use tessera_domain::ids::{AssetId, InspectionPlanId, PartyId, ServiceEventId, ServiceJobId, ServiceRequestId};
use tessera_domain::service::{
    Category, EventKind, IntervalMonths, JobDraft, JobStatus, PlanDraft, Priority, RatedWork, Rating, RequestDraft,
    RequestStatus, ServiceRule, Triage,
};
use tessera_domain::text::Name;
use tessera_domain::work_order::{CheckedAnswer, ChecklistItem, InspectionRecord};

/// A service request as pages show it.
#[derive(Debug, Clone)]
pub struct ServiceRequestRow {
    pub id: ServiceRequestId,
    /// `SR-000042`
    pub reference: String,
    pub customer: PartyId,
    pub customer_name: String,
    pub asset: Option<Asset>,
    pub site: String,
    pub category: Category,
    pub priority: Priority,
    pub description: String,
    pub contact_name: String,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub preferred_time: Option<String>,
    pub status: RequestStatus,
    /// The language its emails are written in.
    pub language: String,
    /// Whether status changes are emailed to its contact.
    pub notify: bool,
    pub reported_by: String,
    pub summary: Option<String>,
    pub rating: Option<u8>,
    pub rating_comment: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One entry of a timeline, with the files that came with it.
#[derive(Debug, Clone)]
pub struct ServiceEvent {
    pub id: ServiceEventId,
    pub kind: EventKind,
    pub job: Option<ServiceJobId>,
    pub job_status: Option<JobStatus>,
    pub body: Option<String>,
    /// `staff:3`, `link:12`, `contact:4`.
    pub actor: String,
    pub who: String,
    pub at: DateTime<Utc>,
    pub files: Vec<Attachment>,
}

/// A service job or an inspection at a customer's site.
#[derive(Debug, Clone)]
pub struct ServiceJobRow {
    pub id: ServiceJobId,
    pub customer: PartyId,
    pub customer_name: String,
    pub request: Option<ServiceRequestId>,
    /// The inspection plan it was planned from, for a recurring inspection.
    pub plan: Option<InspectionPlanId>,
    pub asset: Option<Asset>,
    pub site: String,
    pub title: String,
    pub planned_for: NaiveDate,
    pub technician: Option<String>,
    pub status: JobStatus,
    pub checklist: Vec<ChecklistItem>,
    /// The filled checklist, once the inspection is recorded.
    pub answers: Option<Vec<CheckedAnswer>>,
    pub confirmed_by: Option<String>,
    pub failed: Option<i64>,
    pub inspected_at: Option<DateTime<Utc>>,
    /// What the technician says to the customer.
    pub notes: Option<String>,
    pub done_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl ServiceJobRow {
    /// Whether its checklist still waits to be filled (a job without one has nothing to fill).
    pub fn inspection_filled(&self) -> bool {
        self.checklist.is_empty() || self.answers.is_some()
    }
}

/// Who acts, as the timeline shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// `staff:3`, `link:12`, `contact:4`.
    pub key: String,
    /// The name shown on the timeline.
    pub name: String,
}

/// How reporting went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportOutcome {
    Done(ServiceRequestId),
    /// The asset is not the customer's (or does not exist): nothing saved.
    ForeignAsset,
}

/// How a step went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServiceOutcome<T> {
    Done(T),
    Refused(ServiceRule),
}

/// The facts of a new request, besides what the customer typed.
#[derive(Debug, Clone)]
pub struct NewRequest<'a> {
    pub customer: PartyId,
    pub draft: &'a RequestDraft,
    pub files: &'a [NewAttachment],
    pub by: &'a Actor,
    pub language: &'a str,
}

/// An email about a request, with the SHA-256 (hex) of the secret in its unsubscribe link.
#[derive(Debug, Clone)]
pub struct Notice {
    pub mail: NewMail,
    pub unsubscribe_hash: String,
}

/// A recurring inspection of a customer's asset.
#[derive(Debug, Clone)]
pub struct InspectionPlanRow {
    pub id: InspectionPlanId,
    pub asset: Asset,
    pub customer: PartyId,
    pub customer_name: String,
    pub title: String,
    pub interval_months: u32,
    pub next_due: NaiveDate,
    pub checklist: Vec<ChecklistItem>,
    /// A stopped plan is kept (its past inspections stay) but nothing more is due.
    pub active: bool,
    /// The inspection planned from it and not done yet.
    pub open_job: Option<ServiceJobId>,
    /// When its last inspection was done.
    pub last_done: Option<DateTime<Utc>>,
}

async fn party_names<C: ConnectionTrait>(c: &C, ids: Vec<i64>) -> Result<HashMap<i64, String>, DbError> {
    Ok(party::Entity::find()
        .filter(party::Column::Id.is_in(ids))
        .all(c)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect())
}

async fn assets_by_id<C: ConnectionTrait>(c: &C, ids: Vec<i64>) -> Result<HashMap<i64, Asset>, DbError> {
    Ok(asset::Entity::find()
        .filter(asset::Column::Id.is_in(ids))
        .all(c)
        .await?
        .into_iter()
        .map(|a| (a.id, to_asset(a)))
        .collect())
}

fn parse<T: std::str::FromStr>(col: &str, raw: &str) -> Result<T, DbError> {
    raw.parse().map_err(|_| corrupt(col, raw))
}

async fn to_requests<C: ConnectionTrait>(
    c: &C,
    rows: Vec<service_request::Model>,
) -> Result<Vec<ServiceRequestRow>, DbError> {
    let names = party_names(c, rows.iter().map(|r| r.customer_id).collect()).await?;
    let assets = assets_by_id(c, rows.iter().filter_map(|r| r.asset_id).collect()).await?;
    rows.into_iter()
        .map(|m| {
            let id = ServiceRequestId::new(m.id);
            Ok(ServiceRequestRow {
                id,
                reference: tessera_domain::service::reference(id),
                customer: PartyId::new(m.customer_id),
                customer_name: names.get(&m.customer_id).cloned().unwrap_or_default(),
                asset: m.asset_id.and_then(|a| assets.get(&a).cloned()),
                site: m.site,
                category: parse("service_requests.category", &m.category)?,
                priority: parse("service_requests.priority", &m.priority)?,
                description: m.description,
                contact_name: m.contact_name,
                contact_email: m.contact_email,
                contact_phone: m.contact_phone,
                preferred_time: m.preferred_time,
                status: parse("service_requests.status", &m.status)?,
                language: m.language,
                notify: m.notify,
                reported_by: m.reported_by,
                summary: m.summary,
                rating: m.rating.and_then(|r| u8::try_from(r).ok()),
                rating_comment: m.rating_comment,
                created_at: m.created_at,
                updated_at: m.updated_at,
            })
        })
        .collect()
}

async fn to_jobs<C: ConnectionTrait>(c: &C, rows: Vec<service_job::Model>) -> Result<Vec<ServiceJobRow>, DbError> {
    let names = party_names(c, rows.iter().map(|r| r.customer_id).collect()).await?;
    let assets = assets_by_id(c, rows.iter().filter_map(|r| r.asset_id).collect()).await?;
    rows.into_iter()
        .map(|m| {
            let checklist: Vec<ChecklistItem> =
                serde_json::from_str(&m.checklist).map_err(|_| corrupt("service_jobs.checklist", &m.checklist))?;
            let answers = match &m.answers {
                Some(raw) => Some(serde_json::from_str(raw).map_err(|_| corrupt("service_jobs.answers", raw))?),
                None => None,
            };
            Ok(ServiceJobRow {
                id: ServiceJobId::new(m.id),
                customer: PartyId::new(m.customer_id),
                customer_name: names.get(&m.customer_id).cloned().unwrap_or_default(),
                request: m.request_id.map(ServiceRequestId::new),
                plan: m.plan_id.map(InspectionPlanId::new),
                asset: m.asset_id.and_then(|a| assets.get(&a).cloned()),
                site: m.site,
                title: m.title,
                planned_for: m.planned_for,
                technician: m.technician,
                status: parse("service_jobs.status", &m.status)?,
                checklist,
                answers,
                confirmed_by: m.confirmed_by,
                failed: m.failed.map(i64::from),
                inspected_at: m.inspected_at,
                notes: m.notes,
                done_at: m.done_at,
                created_at: m.created_at,
            })
        })
        .collect()
}

/// What a timeline entry says.
struct Entry<'a> {
    request: Option<ServiceRequestId>,
    job: Option<ServiceJobId>,
    kind: EventKind,
    job_status: Option<JobStatus>,
    body: Option<&'a str>,
    by: &'a Actor,
}

async fn add_event<C: ConnectionTrait>(c: &C, e: Entry<'_>, now: DateTime<Utc>) -> Result<ServiceEventId, DbError> {
    let m = service_event::ActiveModel {
        request_id: Set(e.request.map(|r| r.get())),
        job_id: Set(e.job.map(|j| j.get())),
        kind: Set(e.kind.as_str().to_owned()),
        job_status: Set(e.job_status.map(|s| s.as_str().to_owned())),
        body: Set(e.body.map(str::to_owned)),
        actor: Set(e.by.key.clone()),
        who: Set(e.by.name.clone()),
        at: Set(now),
        ..Default::default()
    }
    .insert(c)
    .await?;
    Ok(ServiceEventId::new(m.id))
}

/// Locks the request's row for the transaction and reads it.
async fn held_request<C: ConnectionTrait>(c: &C, id: ServiceRequestId) -> Result<service_request::Model, DbError> {
    crate::hold_row::<service_request::Entity, _>(
        c,
        service_request::Column::Id,
        service_request::Column::Status,
        id.get(),
    )
    .await?;
    service_request::Entity::find_by_id(id.get()).one(c).await?.ok_or(DbError::NotFound)
}

async fn held_job<C: ConnectionTrait>(c: &C, id: ServiceJobId) -> Result<service_job::Model, DbError> {
    crate::hold_row::<service_job::Entity, _>(c, service_job::Column::Id, service_job::Column::Status, id.get())
        .await?;
    service_job::Entity::find_by_id(id.get()).one(c).await?.ok_or(DbError::NotFound)
}

async fn set_request_status<C: ConnectionTrait>(
    c: &C,
    id: ServiceRequestId,
    to: RequestStatus,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    service_request::Entity::update_many()
        .col_expr(service_request::Column::Status, Expr::value(to.as_str()))
        .col_expr(service_request::Column::UpdatedAt, Expr::value(now))
        .filter(service_request::Column::Id.eq(id.get()))
        .exec(c)
        .await?;
    Ok(())
}

/// The step's audit event and, for a request whose contact wants them, its email.
async fn finish<C: ConnectionTrait>(
    c: &C,
    object: String,
    event: &AuditEvent,
    notice: Option<(&Notice, ServiceRequestId)>,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let mut event = event.clone();
    event.object = Some(object);
    audit_in(c, &event).await?;
    if let Some((n, request)) = notice {
        service_unsubscribe::ActiveModel {
            request_id: Set(request.get()),
            token_hash: Set(n.unsubscribe_hash.clone()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(c)
        .await?;
        enqueue(c, &n.mail, now).await?;
    }
    Ok(())
}

impl Db {
    /// A customer's assets, by code.
    pub async fn customer_assets(&self, customer: PartyId) -> Result<Vec<Asset>, DbError> {
        Ok(asset::Entity::find()
            .filter(asset::Column::CustomerId.eq(customer.get()))
            .order_by_asc(asset::Column::Code)
            .all(self.conn())
            .await?
            .into_iter()
            .map(to_asset)
            .collect())
    }

    /// Whose request it is, for the policy.
    pub async fn service_request_customer(&self, id: ServiceRequestId) -> Result<PartyId, DbError> {
        let m = service_request::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        Ok(PartyId::new(m.customer_id))
    }

    /// Whose job it is and the request it was planned for, for the policy.
    pub async fn service_job_scope(&self, id: ServiceJobId) -> Result<(PartyId, Option<ServiceRequestId>), DbError> {
        let m = service_job::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        Ok((PartyId::new(m.customer_id), m.request_id.map(ServiceRequestId::new)))
    }

    /// The request and the job a timeline entry belongs to (for its files' scope).
    pub async fn service_event_scope(
        &self,
        id: ServiceEventId,
    ) -> Result<(Option<ServiceRequestId>, Option<ServiceJobId>), DbError> {
        let m = service_event::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        Ok((m.request_id.map(ServiceRequestId::new), m.job_id.map(ServiceJobId::new)))
    }

    /// The customer reports a request, with its files: all saved, or nothing (an asset of
    /// another customer is refused). `mail` composes the confirmation for the new reference.
    pub async fn report_service_request(
        &self,
        r: &NewRequest<'_>,
        mail: impl FnOnce(ServiceRequestId) -> Option<Notice>,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<ReportOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let d = r.draft;
        let site = match d.asset {
            Some(a) => match asset::Entity::find_by_id(a.get()).one(&txn).await? {
                Some(m) if m.customer_id == Some(r.customer.get()) => {
                    d.site.as_ref().map(|s| s.as_str().to_owned()).unwrap_or(m.site)
                }
                _ => return Ok(ReportOutcome::ForeignAsset),
            },
            None => d.site.as_ref().map(|s| s.as_str().to_owned()).unwrap_or_default(),
        };
        let m = service_request::ActiveModel {
            customer_id: Set(r.customer.get()),
            asset_id: Set(d.asset.map(|a| a.get())),
            site: Set(site),
            category: Set(d.category.as_str().to_owned()),
            priority: Set(d.priority.as_str().to_owned()),
            description: Set(d.description.as_str().to_owned()),
            contact_name: Set(d.contact_name.as_str().to_owned()),
            contact_email: Set(d.contact_email.as_ref().map(|e| e.as_str().to_owned())),
            contact_phone: Set(d.contact_phone.as_ref().map(|p| p.as_str().to_owned())),
            preferred_time: Set(d.preferred_time.as_ref().map(|p| p.as_str().to_owned())),
            status: Set(RequestStatus::New.as_str().to_owned()),
            language: Set(r.language.to_owned()),
            notify: Set(d.contact_email.is_some()),
            reported_by: Set(r.by.key.clone()),
            summary: Set(None),
            rating: Set(None),
            rating_comment: Set(None),
            rated_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let id = ServiceRequestId::new(m.id);
        let entry =
            Entry { request: Some(id), job: None, kind: EventKind::Reported, job_status: None, body: None, by: r.by };
        let ev = add_event(&txn, entry, now).await?;
        if !r.files.is_empty() {
            let owner = AttachmentOwner::ServiceEvent(ev);
            crate::attachments::insert(&txn, owner, r.customer, None, r.files, &r.by.key, now).await?;
        }
        let notice = mail(id);
        finish(&txn, format!("service_request:{id}"), event, notice.as_ref().map(|n| (n, id)), now).await?;
        txn.commit().await?;
        Ok(ReportOutcome::Done(id))
    }

    /// Requests, newest first: one customer's, or everyone's.
    pub async fn service_requests(&self, customer: Option<PartyId>) -> Result<Vec<ServiceRequestRow>, DbError> {
        let mut q = service_request::Entity::find();
        if let Some(c) = customer {
            q = q.filter(service_request::Column::CustomerId.eq(c.get()));
        }
        let rows = q.order_by_desc(service_request::Column::Id).all(self.conn()).await?;
        to_requests(self.conn(), rows).await
    }

    pub async fn service_request(&self, id: ServiceRequestId) -> Result<ServiceRequestRow, DbError> {
        let m = service_request::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        to_requests(self.conn(), vec![m]).await?.pop().ok_or(DbError::NotFound)
    }

    /// A request's timeline (its jobs' steps included), oldest first, with each entry's files.
    pub async fn service_timeline(&self, id: ServiceRequestId) -> Result<Vec<ServiceEvent>, DbError> {
        let rows = service_event::Entity::find()
            .filter(service_event::Column::RequestId.eq(id.get()))
            .order_by_asc(service_event::Column::Id)
            .all(self.conn())
            .await?;
        self.to_events(rows).await
    }

    /// A job's own steps, oldest first.
    pub async fn service_job_timeline(&self, id: ServiceJobId) -> Result<Vec<ServiceEvent>, DbError> {
        let rows = service_event::Entity::find()
            .filter(service_event::Column::JobId.eq(id.get()))
            .order_by_asc(service_event::Column::Id)
            .all(self.conn())
            .await?;
        self.to_events(rows).await
    }

    async fn to_events(&self, rows: Vec<service_event::Model>) -> Result<Vec<ServiceEvent>, DbError> {
        let mut out = Vec::with_capacity(rows.len());
        for m in rows {
            let id = ServiceEventId::new(m.id);
            let files = self.attachments_of(AttachmentOwner::ServiceEvent(id)).await?;
            out.push(ServiceEvent {
                id,
                kind: parse("service_events.kind", &m.kind)?,
                job: m.job_id.map(ServiceJobId::new),
                job_status: match &m.job_status {
                    Some(s) => Some(parse("service_events.job_status", s)?),
                    None => None,
                },
                body: m.body,
                actor: m.actor,
                who: m.who,
                at: m.at,
                files,
            });
        }
        Ok(out)
    }

    /// The customer adds information (an answer, when staff asked) with files.
    pub async fn add_service_info(
        &self,
        id: ServiceRequestId,
        body: &str,
        files: &[NewAttachment],
        by: &Actor,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<ServiceOutcome<RequestStatus>, DbError> {
        let txn = self.conn().begin().await?;
        let m = held_request(&txn, id).await?;
        let from: RequestStatus = parse("service_requests.status", &m.status)?;
        let (to, kind) = match tessera_domain::service::add_info(from) {
            Ok(x) => x,
            Err(rule) => return Ok(ServiceOutcome::Refused(rule)),
        };
        set_request_status(&txn, id, to, now).await?;
        let entry = Entry { request: Some(id), job: None, kind, job_status: None, body: Some(body), by };
        let ev = add_event(&txn, entry, now).await?;
        if !files.is_empty() {
            let owner = AttachmentOwner::ServiceEvent(ev);
            crate::attachments::insert(&txn, owner, PartyId::new(m.customer_id), None, files, &by.key, now).await?;
        }
        finish(&txn, format!("service_request:{id}"), event, None, now).await?;
        txn.commit().await?;
        Ok(ServiceOutcome::Done(to))
    }

    /// Staff triage a request: accept, ask, or reject (the question or reason on the timeline).
    pub async fn triage_service_request(
        &self,
        id: ServiceRequestId,
        t: &Triage,
        by: &Actor,
        mail: Option<&Notice>,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<ServiceOutcome<RequestStatus>, DbError> {
        let txn = self.conn().begin().await?;
        let m = held_request(&txn, id).await?;
        let from: RequestStatus = parse("service_requests.status", &m.status)?;
        let to = match tessera_domain::service::triage(from, t) {
            Ok(to) => to,
            Err(rule) => return Ok(ServiceOutcome::Refused(rule)),
        };
        set_request_status(&txn, id, to, now).await?;
        let body = match t {
            Triage::Accept => None,
            Triage::Ask(q) | Triage::Reject(q) => Some(q.as_str()),
        };
        let entry = Entry { request: Some(id), job: None, kind: t.event(), job_status: None, body, by };
        add_event(&txn, entry, now).await?;
        finish(&txn, format!("service_request:{id}"), event, mail.filter(|_| m.notify).map(|n| (n, id)), now).await?;
        txn.commit().await?;
        Ok(ServiceOutcome::Done(to))
    }

    /// Staff plan a job for an accepted request: at the request's site and asset.
    pub async fn plan_service_job(
        &self,
        id: ServiceRequestId,
        d: &JobDraft,
        by: &Actor,
        mail: Option<&Notice>,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<ServiceOutcome<ServiceJobId>, DbError> {
        let txn = self.conn().begin().await?;
        let m = held_request(&txn, id).await?;
        let from: RequestStatus = parse("service_requests.status", &m.status)?;
        let to = match tessera_domain::service::plan(from) {
            Ok(to) => to,
            Err(rule) => return Ok(ServiceOutcome::Refused(rule)),
        };
        set_request_status(&txn, id, to, now).await?;
        let job = insert_job(&txn, PartyId::new(m.customer_id), Some(id), m.asset_id, &m.site, d, None, now).await?;
        let entry = Entry {
            request: Some(id),
            job: Some(job),
            kind: EventKind::Planned,
            job_status: Some(JobStatus::Planned),
            body: Some(d.title.as_str()),
            by,
        };
        add_event(&txn, entry, now).await?;
        finish(&txn, format!("service_request:{id}"), event, mail.filter(|_| m.notify).map(|n| (n, id)), now).await?;
        txn.commit().await?;
        Ok(ServiceOutcome::Done(job))
    }

    /// Jobs, by planned date (latest first): one customer's, or one request's, or everyone's.
    pub async fn service_jobs(
        &self,
        customer: Option<PartyId>,
        request: Option<ServiceRequestId>,
    ) -> Result<Vec<ServiceJobRow>, DbError> {
        let mut q = service_job::Entity::find();
        if let Some(c) = customer {
            q = q.filter(service_job::Column::CustomerId.eq(c.get()));
        }
        if let Some(r) = request {
            q = q.filter(service_job::Column::RequestId.eq(r.get()));
        }
        let rows = q
            .order_by_desc(service_job::Column::PlannedFor)
            .order_by_desc(service_job::Column::Id)
            .all(self.conn())
            .await?;
        to_jobs(self.conn(), rows).await
    }

    pub async fn service_job(&self, id: ServiceJobId) -> Result<ServiceJobRow, DbError> {
        let m = service_job::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        to_jobs(self.conn(), vec![m]).await?.pop().ok_or(DbError::NotFound)
    }

    /// Files of a job's inspection (its photos).
    pub async fn service_job_files(&self, id: ServiceJobId) -> Result<Vec<Attachment>, DbError> {
        self.attachments_of(AttachmentOwner::ServiceJob(id)).await
    }

    /// Staff move a job on, with a note for the customer; it is done only once its
    /// checklist is filled. The step shows on its request's timeline.
    #[allow(clippy::too_many_arguments)]
    pub async fn step_service_job(
        &self,
        id: ServiceJobId,
        to: JobStatus,
        note: Option<&str>,
        by: &Actor,
        mail: Option<&Notice>,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<ServiceOutcome<JobStatus>, DbError> {
        let txn = self.conn().begin().await?;
        let m = held_job(&txn, id).await?;
        let from: JobStatus = parse("service_jobs.status", &m.status)?;
        let filled = m.checklist.trim() == "[]" || m.answers.is_some();
        let to = match tessera_domain::service::job_step(from, to, filled) {
            Ok(to) => to,
            Err(rule) => return Ok(ServiceOutcome::Refused(rule)),
        };
        let mut q = service_job::Entity::update_many()
            .col_expr(service_job::Column::Status, Expr::value(to.as_str()))
            .filter(service_job::Column::Id.eq(id.get()));
        if let Some(n) = note {
            q = q.col_expr(service_job::Column::Notes, Expr::value(n));
        }
        if to.is_done() {
            q = q.col_expr(service_job::Column::DoneAt, Expr::value(now));
        }
        q.exec(&txn).await?;
        if let (true, Some(plan)) = (to.is_done(), m.plan_id) {
            advance_plan(&txn, plan, now.date_naive()).await?;
        }
        let request = m.request_id.map(ServiceRequestId::new);
        let entry = Entry { request, job: Some(id), kind: EventKind::JobStatus, job_status: Some(to), body: note, by };
        add_event(&txn, entry, now).await?;
        let notify = match request {
            Some(r) => {
                let r: ServiceRequestId = r;
                let req = service_request::Entity::find_by_id(r.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
                service_request::Entity::update_many()
                    .col_expr(service_request::Column::UpdatedAt, Expr::value(now))
                    .filter(service_request::Column::Id.eq(r.get()))
                    .exec(&txn)
                    .await?;
                req.notify.then_some(r)
            }
            None => None,
        };
        let notice = mail.zip(notify);
        finish(&txn, format!("service_job:{id}"), event, notice, now).await?;
        txn.commit().await?;
        Ok(ServiceOutcome::Done(to))
    }

    /// The technician's filled checklist and photos for a job not done yet (once).
    pub async fn record_service_inspection(
        &self,
        id: ServiceJobId,
        record: &InspectionRecord,
        photos: &[NewAttachment],
        by: &Actor,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<ServiceOutcome<()>, DbError> {
        let txn = self.conn().begin().await?;
        let m = held_job(&txn, id).await?;
        let status: JobStatus = parse("service_jobs.status", &m.status)?;
        if status.is_done() {
            return Ok(ServiceOutcome::Refused(ServiceRule::JobDone));
        }
        if m.answers.is_some() {
            return Ok(ServiceOutcome::Refused(ServiceRule::NoChange));
        }
        let answers = serde_json::to_string(&record.answers).map_err(|e| DbError::Corrupt(e.to_string()))?;
        service_job::Entity::update_many()
            .col_expr(service_job::Column::Answers, Expr::value(answers))
            .col_expr(service_job::Column::ConfirmedBy, Expr::value(record.confirmed_by.as_str()))
            .col_expr(service_job::Column::Failed, Expr::value(i32::try_from(record.failed).unwrap_or(i32::MAX)))
            .col_expr(service_job::Column::InspectedAt, Expr::value(now))
            .filter(service_job::Column::Id.eq(id.get()))
            .exec(&txn)
            .await?;
        if !photos.is_empty() {
            let owner = AttachmentOwner::ServiceJob(id);
            crate::attachments::insert(&txn, owner, PartyId::new(m.customer_id), None, photos, &by.key, now).await?;
        }
        finish(&txn, format!("service_job:{id}"), event, None, now).await?;
        txn.commit().await?;
        Ok(ServiceOutcome::Done(()))
    }

    /// Staff close a request with a summary, once all its jobs are done.
    pub async fn close_service_request(
        &self,
        id: ServiceRequestId,
        summary: &str,
        by: &Actor,
        mail: Option<&Notice>,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<ServiceOutcome<RequestStatus>, DbError> {
        let txn = self.conn().begin().await?;
        let m = held_request(&txn, id).await?;
        let from: RequestStatus = parse("service_requests.status", &m.status)?;
        let jobs: Vec<JobStatus> = service_job::Entity::find()
            .filter(service_job::Column::RequestId.eq(id.get()))
            .all(&txn)
            .await?
            .into_iter()
            .map(|j| parse("service_jobs.status", &j.status))
            .collect::<Result<_, _>>()?;
        let to = match tessera_domain::service::close(from, &jobs) {
            Ok(to) => to,
            Err(rule) => return Ok(ServiceOutcome::Refused(rule)),
        };
        set_request_status(&txn, id, to, now).await?;
        service_request::Entity::update_many()
            .col_expr(service_request::Column::Summary, Expr::value(summary))
            .filter(service_request::Column::Id.eq(id.get()))
            .exec(&txn)
            .await?;
        let entry =
            Entry { request: Some(id), job: None, kind: EventKind::Closed, job_status: None, body: Some(summary), by };
        add_event(&txn, entry, now).await?;
        finish(&txn, format!("service_request:{id}"), event, mail.filter(|_| m.notify).map(|n| (n, id)), now).await?;
        txn.commit().await?;
        Ok(ServiceOutcome::Done(to))
    }

    /// The customer rates closed work, once.
    pub async fn rate_service_request(
        &self,
        id: ServiceRequestId,
        rating: Rating,
        comment: Option<&str>,
        by: &Actor,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<ServiceOutcome<()>, DbError> {
        let txn = self.conn().begin().await?;
        let m = held_request(&txn, id).await?;
        let status: RequestStatus = parse("service_requests.status", &m.status)?;
        if let Err(rule) = tessera_domain::service::rate(status, m.rating.is_some()) {
            return Ok(ServiceOutcome::Refused(rule));
        }
        service_request::Entity::update_many()
            .col_expr(service_request::Column::Rating, Expr::value(i32::from(rating.get())))
            .col_expr(service_request::Column::RatingComment, Expr::value(comment.map(str::to_owned)))
            .col_expr(service_request::Column::RatedAt, Expr::value(now))
            .filter(service_request::Column::Id.eq(id.get()))
            .exec(&txn)
            .await?;
        let entry = Entry { request: Some(id), job: None, kind: EventKind::Rated, job_status: None, body: comment, by };
        add_event(&txn, entry, now).await?;
        finish(&txn, format!("service_request:{id}"), event, None, now).await?;
        txn.commit().await?;
        Ok(ServiceOutcome::Done(()))
    }

    /// Stops the emails of the request whose unsubscribe secret hashes to `hash`; which one it
    /// was, if any.
    pub async fn unsubscribe_service(&self, hash: &str) -> Result<Option<ServiceRequestRow>, DbError> {
        let Some(u) = service_unsubscribe::Entity::find()
            .filter(service_unsubscribe::Column::TokenHash.eq(hash))
            .one(self.conn())
            .await?
        else {
            return Ok(None);
        };
        service_request::Entity::update_many()
            .col_expr(service_request::Column::Notify, Expr::value(false))
            .filter(service_request::Column::Id.eq(u.request_id))
            .exec(self.conn())
            .await?;
        self.service_request(ServiceRequestId::new(u.request_id)).await.map(Some)
    }
}

/// A new job, planned.
#[allow(clippy::too_many_arguments)]
async fn insert_job<C: ConnectionTrait>(
    c: &C,
    customer: PartyId,
    request: Option<ServiceRequestId>,
    asset: Option<i64>,
    site: &str,
    d: &JobDraft,
    plan: Option<i64>,
    now: DateTime<Utc>,
) -> Result<ServiceJobId, DbError> {
    let checklist = serde_json::to_string(&d.checklist).map_err(|e| DbError::Corrupt(e.to_string()))?;
    let m = service_job::ActiveModel {
        customer_id: Set(customer.get()),
        request_id: Set(request.map(|r| r.get())),
        plan_id: Set(plan),
        asset_id: Set(asset),
        site: Set(site.to_owned()),
        title: Set(d.title.as_str().to_owned()),
        planned_for: Set(d.planned_for),
        technician: Set(d.technician.as_ref().map(|t| t.as_str().to_owned())),
        status: Set(JobStatus::Planned.as_str().to_owned()),
        checklist: Set(checklist),
        answers: Set(None),
        confirmed_by: Set(None),
        failed: Set(None),
        inspected_at: Set(None),
        notes: Set(None),
        done_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(c)
    .await?;
    Ok(ServiceJobId::new(m.id))
}

/// A plan's next due date once its inspection is done: the plan keeps its calendar.
async fn advance_plan<C: ConnectionTrait>(c: &C, plan: i64, done_on: NaiveDate) -> Result<(), DbError> {
    let Some(p) = inspection_plan::Entity::find_by_id(plan).one(c).await? else {
        return Ok(());
    };
    let interval = IntervalMonths::parse(&p.interval_months.to_string())
        .ok_or_else(|| corrupt("inspection_plans.interval_months", &p.interval_months.to_string()))?;
    let next = tessera_domain::service::next_due_after(p.next_due, interval, done_on);
    inspection_plan::Entity::update_many()
        .col_expr(inspection_plan::Column::NextDue, Expr::value(next))
        .filter(inspection_plan::Column::Id.eq(plan))
        .exec(c)
        .await?;
    Ok(())
}

async fn to_plans<C: ConnectionTrait>(
    c: &C,
    rows: Vec<inspection_plan::Model>,
) -> Result<Vec<InspectionPlanRow>, DbError> {
    let assets = assets_by_id(c, rows.iter().map(|p| p.asset_id).collect()).await?;
    let names = party_names(c, assets.values().filter_map(|a| a.customer).map(|p| p.get()).collect()).await?;
    let jobs = service_job::Entity::find()
        .filter(service_job::Column::PlanId.is_in(rows.iter().map(|p| p.id)))
        .order_by_asc(service_job::Column::Id)
        .all(c)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for m in rows {
        let Some(asset) = assets.get(&m.asset_id).cloned() else {
            return Err(corrupt("inspection_plans.asset_id", &m.asset_id.to_string()));
        };
        let Some(customer) = asset.customer else {
            return Err(corrupt("inspection_plans.asset_id", &m.asset_id.to_string()));
        };
        let mine = jobs.iter().filter(|j| j.plan_id == Some(m.id));
        let open_job = mine
            .clone()
            .find(|j| j.status.parse::<JobStatus>().map(|s| !s.is_done()).unwrap_or(false))
            .map(|j| ServiceJobId::new(j.id));
        let last_done = mine.filter_map(|j| j.done_at).max();
        let checklist: Vec<ChecklistItem> =
            serde_json::from_str(&m.checklist).map_err(|_| corrupt("inspection_plans.checklist", &m.checklist))?;
        out.push(InspectionPlanRow {
            id: InspectionPlanId::new(m.id),
            customer,
            customer_name: names.get(&customer.get()).cloned().unwrap_or_default(),
            asset,
            title: m.title,
            interval_months: u32::try_from(m.interval_months).unwrap_or(0),
            next_due: m.next_due,
            checklist,
            active: m.active,
            open_job,
            last_done,
        });
    }
    Ok(out)
}

impl Db {
    /// Staff add an inspection plan for a customer's asset.
    pub async fn add_inspection_plan(
        &self,
        asset: AssetId,
        d: &PlanDraft,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<ServiceOutcome<InspectionPlanId>, DbError> {
        let txn = self.conn().begin().await?;
        let a = asset::Entity::find_by_id(asset.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        if a.customer_id.is_none() {
            return Ok(ServiceOutcome::Refused(ServiceRule::NotCustomerAsset));
        }
        let checklist = serde_json::to_string(&d.checklist).map_err(|e| DbError::Corrupt(e.to_string()))?;
        let m = inspection_plan::ActiveModel {
            asset_id: Set(a.id),
            title: Set(d.title.as_str().to_owned()),
            interval_months: Set(i32::try_from(d.interval.get()).unwrap_or(i32::MAX)),
            next_due: Set(d.next_due),
            checklist: Set(checklist),
            active: Set(true),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let id = InspectionPlanId::new(m.id);
        finish(&txn, format!("inspection_plan:{id}"), event, None, now).await?;
        txn.commit().await?;
        Ok(ServiceOutcome::Done(id))
    }

    /// The site, day and rating of every request rated since `since`, for the satisfaction
    /// figures.
    pub async fn service_ratings(&self, since: DateTime<Utc>) -> Result<Vec<RatedWork>, DbError> {
        let rows = service_request::Entity::find()
            .filter(service_request::Column::Rating.is_not_null())
            .filter(service_request::Column::RatedAt.gte(since))
            .order_by_asc(service_request::Column::RatedAt)
            .all(self.conn())
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for m in rows {
            let (Some(raw), Some(at)) = (m.rating, m.rated_at) else { continue };
            let rating =
                Rating::parse(&raw.to_string()).ok_or_else(|| corrupt("service_requests.rating", &raw.to_string()))?;
            out.push(RatedWork { site: m.site, rated_on: at.date_naive(), rating });
        }
        Ok(out)
    }

    /// Inspection plans by next due date: one customer's, or everyone's.
    pub async fn inspection_plans(&self, customer: Option<PartyId>) -> Result<Vec<InspectionPlanRow>, DbError> {
        let mut q = inspection_plan::Entity::find();
        if let Some(c) = customer {
            let assets: Vec<i64> = asset::Entity::find()
                .filter(asset::Column::CustomerId.eq(c.get()))
                .all(self.conn())
                .await?
                .into_iter()
                .map(|a| a.id)
                .collect();
            q = q.filter(inspection_plan::Column::AssetId.is_in(assets));
        }
        let rows = q
            .order_by_asc(inspection_plan::Column::NextDue)
            .order_by_asc(inspection_plan::Column::Id)
            .all(self.conn())
            .await?;
        to_plans(self.conn(), rows).await
    }

    pub async fn inspection_plan(&self, id: InspectionPlanId) -> Result<InspectionPlanRow, DbError> {
        let m = inspection_plan::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        to_plans(self.conn(), vec![m]).await?.pop().ok_or(DbError::NotFound)
    }

    /// Whose a plan is (its asset's customer), for the policy.
    pub async fn inspection_plan_customer(&self, id: InspectionPlanId) -> Result<PartyId, DbError> {
        let m = inspection_plan::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let a = asset::Entity::find_by_id(m.asset_id).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        a.customer_id.map(PartyId::new).ok_or(DbError::NotFound)
    }

    /// Staff plan the plan's next inspection: a job at the asset's site with the plan's
    /// checklist. One open inspection per plan; a stopped plan plans nothing.
    #[allow(clippy::too_many_arguments)]
    pub async fn schedule_inspection(
        &self,
        id: InspectionPlanId,
        planned_for: NaiveDate,
        technician: Option<&Name>,
        by: &Actor,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<ServiceOutcome<ServiceJobId>, DbError> {
        let txn = self.conn().begin().await?;
        crate::hold_row::<inspection_plan::Entity, _>(
            &txn,
            inspection_plan::Column::Id,
            inspection_plan::Column::Active,
            id.get(),
        )
        .await?;
        let Some(plan) = to_plans(&txn, inspection_plan::Entity::find_by_id(id.get()).all(&txn).await?).await?.pop()
        else {
            return Err(DbError::NotFound);
        };
        if let Err(rule) = tessera_domain::service::schedule_inspection(plan.active, plan.open_job.is_some()) {
            return Ok(ServiceOutcome::Refused(rule));
        }
        let title = Name::parse(&plan.title).map_err(|_| corrupt("inspection_plans.title", &plan.title))?;
        let draft = JobDraft { title, planned_for, technician: technician.cloned(), checklist: plan.checklist.clone() };
        let job = insert_job(
            &txn,
            plan.customer,
            None,
            Some(plan.asset.id.get()),
            &plan.asset.site,
            &draft,
            Some(id.get()),
            now,
        )
        .await?;
        let entry = Entry {
            request: None,
            job: Some(job),
            kind: EventKind::Planned,
            job_status: Some(JobStatus::Planned),
            body: Some(draft.title.as_str()),
            by,
        };
        add_event(&txn, entry, now).await?;
        finish(&txn, format!("inspection_plan:{id}"), event, None, now).await?;
        txn.commit().await?;
        Ok(ServiceOutcome::Done(job))
    }

    /// Staff stop a plan (nothing more is due) or start it again.
    pub async fn set_inspection_plan_active(
        &self,
        id: InspectionPlanId,
        active: bool,
        event: &AuditEvent,
    ) -> Result<(), DbError> {
        let txn = self.conn().begin().await?;
        let r = inspection_plan::Entity::update_many()
            .col_expr(inspection_plan::Column::Active, Expr::value(active))
            .filter(inspection_plan::Column::Id.eq(id.get()))
            .exec(&txn)
            .await?;
        if r.rows_affected == 0 {
            return Err(DbError::NotFound);
        }
        let now = event.at;
        finish(&txn, format!("inspection_plan:{id}"), event, None, now).await?;
        txn.commit().await?;
        Ok(())
    }
}
