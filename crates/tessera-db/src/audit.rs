//! The audit log: who did what to which object, when, from where, with what outcome.
use crate::entity::audit_event;
use crate::{Db, DbError, PAGE_SIZE, Page};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, QueryOrder, Set};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    pub at: DateTime<Utc>,
    /// `staff`, `anonymous`, `system`, later `link`, `contact`, `api_key`.
    pub actor_kind: String,
    /// Which user or link: an id or an email, never a secret.
    pub actor: Option<String>,
    pub action: String,
    pub object: Option<String>,
    /// `ok`, `denied`, `failed`.
    pub outcome: String,
    pub ip: Option<String>,
    pub detail: Option<String>,
}

/// Values in the audit log are single-line: a line break in a value cannot forge another entry.
fn one_line(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).take(2000).collect()
}

impl Db {
    pub async fn audit(&self, e: &AuditEvent) -> Result<(), DbError> {
        audit_event::ActiveModel {
            at: Set(e.at),
            actor_kind: Set(one_line(&e.actor_kind)),
            actor: Set(e.actor.as_deref().map(one_line)),
            action: Set(one_line(&e.action)),
            object: Set(e.object.as_deref().map(one_line)),
            outcome: Set(one_line(&e.outcome)),
            ip: Set(e.ip.as_deref().map(one_line)),
            detail: Set(e.detail.as_deref().map(one_line)),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok(())
    }

    pub async fn audit_events(&self, page: u64) -> Result<Page<AuditEvent>, DbError> {
        let pager = audit_event::Entity::find()
            .order_by_desc(audit_event::Column::At)
            .order_by_desc(audit_event::Column::Id)
            .paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = page.max(1);
        let items = pager
            .fetch_page(page - 1)
            .await?
            .into_iter()
            .map(|m| AuditEvent {
                at: m.at,
                actor_kind: m.actor_kind,
                actor: m.actor,
                action: m.action,
                object: m.object,
                outcome: m.outcome,
                ip: m.ip,
                detail: m.detail,
            })
            .collect();
        Ok(Page { items, page, pages: counts.number_of_pages.max(1), total: counts.number_of_items })
    }
}
