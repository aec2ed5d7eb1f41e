//! The audit log: who did what to which object, when, from where, with what outcome.
use crate::entity::audit_event;
use crate::{Db, DbError, PAGE_SIZE, Page};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    Select, Set,
};

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

/// What staff filter the audit log by. Empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// `staff`, `link`, `anonymous`, `cli`…
    pub actor_kind: String,
    /// Part of the action (`link.`, `sign_in`).
    pub action: String,
    /// `ok`, `denied`, `failed`, `rate_limited`.
    pub outcome: String,
    /// Part of the actor or the object (`link:12`, `order:3`).
    pub q: String,
}

impl AuditFilter {
    fn apply(&self, mut sel: Select<audit_event::Entity>) -> Select<audit_event::Entity> {
        if !self.actor_kind.trim().is_empty() {
            sel = sel.filter(audit_event::Column::ActorKind.eq(self.actor_kind.trim()));
        }
        if !self.action.trim().is_empty() {
            sel = sel.filter(crate::contains_ci(audit_event::Column::Action, &self.action));
        }
        if !self.outcome.trim().is_empty() {
            sel = sel.filter(audit_event::Column::Outcome.eq(self.outcome.trim()));
        }
        if !self.q.trim().is_empty() {
            sel = sel.filter(
                Condition::any()
                    .add(crate::contains_ci(audit_event::Column::Actor, &self.q))
                    .add(crate::contains_ci(audit_event::Column::Object, &self.q)),
            );
        }
        sel.order_by_desc(audit_event::Column::At).order_by_desc(audit_event::Column::Id)
    }
}

fn to_event(m: audit_event::Model) -> AuditEvent {
    AuditEvent {
        at: m.at,
        actor_kind: m.actor_kind,
        actor: m.actor,
        action: m.action,
        object: m.object,
        outcome: m.outcome,
        ip: m.ip,
        detail: m.detail,
    }
}

/// At most this many rows in one CSV export.
pub const EXPORT_LIMIT: u64 = 100_000;

impl Db {
    /// The events matching the filter, newest first, for a CSV export (at most [`EXPORT_LIMIT`]).
    pub async fn audit_export(&self, filter: &AuditFilter) -> Result<Vec<AuditEvent>, DbError> {
        Ok(filter
            .apply(audit_event::Entity::find())
            .limit(EXPORT_LIMIT)
            .all(self.conn())
            .await?
            .into_iter()
            .map(to_event)
            .collect())
    }

    pub async fn audit_filtered(&self, filter: &AuditFilter, page: u64) -> Result<Page<AuditEvent>, DbError> {
        let pager = filter.apply(audit_event::Entity::find()).paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = page.max(1);
        let items = pager.fetch_page(page - 1).await?.into_iter().map(to_event).collect();
        Ok(Page { items, page, pages: counts.number_of_pages.max(1), total: counts.number_of_items })
    }

    pub async fn audit(&self, e: &AuditEvent) -> Result<(), DbError> {
        audit_in(self.conn(), e).await
    }

    pub async fn audit_events(&self, page: u64) -> Result<Page<AuditEvent>, DbError> {
        self.audit_filtered(&AuditFilter::default(), page).await
    }
}

/// Writes an audit event on `conn`: inside a transaction, the event lands with the change.
pub(crate) async fn audit_in<C: sea_orm::ConnectionTrait>(conn: &C, e: &AuditEvent) -> Result<(), DbError> {
    {
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
        .insert(conn)
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn a_line_break_cannot_forge_another_entry() {
        assert_eq!(one_line("ok\n2026-01-01 admin sign_in ok"), "ok 2026-01-01 admin sign_in ok");
        assert_eq!(one_line("a\r\nb\u{1b}[31m"), "a  b [31m");
    }
}
