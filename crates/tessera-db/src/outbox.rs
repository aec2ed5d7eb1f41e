//! The email outbox. A message is written with [`enqueue`] inside the transaction of the change
//! that causes it, so both are kept or neither; a worker ([`Db::claim_mail`], then
//! [`Db::mark_sent`] or [`Db::mark_failed`]) sends it later, with retries and backoff.
//!
//! Claiming takes due `pending` messages, and `sending` ones whose lease ran out (their worker
//! died), and gives them a new lease in one `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP
//! LOCKED)`: on PostgreSQL concurrent claimers skip each other's rows; on SQLite the lock clause
//! is left out and the single statement is one write transaction (SQLite serializes writers).
use crate::error::corrupt;
use crate::{Db, DbError, PAGE_SIZE, Page};
use chrono::{DateTime, Duration, SubsecRound, Utc};
use sea_orm::sea_query::{Expr, LockBehavior, LockType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait, Set,
};
use tessera_domain::email::Email;
use tessera_domain::ids::OutboxId;

pub(crate) mod entity {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "outbox")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub created_at: DateTimeUtc,
        pub to_address: String,
        pub language: String,
        pub subject: String,
        pub text_body: String,
        pub html_body: String,
        pub status: String,
        pub attempts: i32,
        pub next_attempt_at: DateTimeUtc,
        pub claimed_until: Option<DateTimeUtc>,
        pub last_error: Option<String>,
        pub sent_at: Option<DateTimeUtc>,
        pub transport: Option<String>,
        pub message_id: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

use entity::{ActiveModel, Column, Entity, Model};

/// Sending attempts before a message is given up (`failed`).
pub const MAX_ATTEMPTS: i32 = 8;

/// A message to send: already composed, in the recipient's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    pub to: Email,
    /// `en`, `pl`, `de`.
    pub language: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MailStatus {
    /// Waiting for its next attempt.
    Pending,
    /// Claimed by a worker until its lease runs out.
    Sending,
    Sent,
    /// Given up after [`MAX_ATTEMPTS`].
    Failed,
}

impl MailStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sending => "sending",
            Self::Sent => "sent",
            Self::Failed => "failed",
        }
    }
    fn parse(s: &str) -> Result<Self, DbError> {
        match s {
            "pending" => Ok(Self::Pending),
            "sending" => Ok(Self::Sending),
            "sent" => Ok(Self::Sent),
            "failed" => Ok(Self::Failed),
            other => Err(corrupt("outbox status", other)),
        }
    }
}

/// A message given to a worker. `lease` is its claim: marking it needs the same lease, so a
/// worker whose lease ran out (and the message was claimed again) changes nothing.
#[derive(Debug, Clone)]
pub struct ClaimedMail {
    pub id: OutboxId,
    pub created_at: DateTime<Utc>,
    pub to: String,
    pub language: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// Attempts so far, this one included.
    pub attempts: i32,
    pub lease: DateTime<Utc>,
}

/// A message as the outbox keeps it.
#[derive(Debug, Clone)]
pub struct Mail {
    pub id: OutboxId,
    pub created_at: DateTime<Utc>,
    pub to: String,
    pub language: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub status: MailStatus,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    /// Why the last attempt failed; never a secret.
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
    /// `mailbox` or `smtp`.
    pub transport: Option<String>,
    pub message_id: Option<String>,
}

fn to_mail(m: Model) -> Result<Mail, DbError> {
    Ok(Mail {
        id: OutboxId::new(m.id),
        created_at: m.created_at,
        status: MailStatus::parse(&m.status)?,
        to: m.to_address,
        language: m.language,
        subject: m.subject,
        text: m.text_body,
        html: m.html_body,
        attempts: m.attempts,
        next_attempt_at: m.next_attempt_at,
        last_error: m.last_error,
        sent_at: m.sent_at,
        transport: m.transport,
        message_id: m.message_id,
    })
}

/// The wait after the `attempts`-th failed attempt: 1 minute, then 2, 4, 8… at most an hour.
pub fn backoff(attempts: i32) -> Duration {
    let exp = Ord::min(u32::try_from(attempts.saturating_sub(1)).unwrap_or(0), 6);
    Duration::minutes(Ord::min(1i64 << exp, 60))
}

/// When to try again after the `attempts`-th failed attempt, or `None` to give up.
pub fn retry_at(attempts: i32, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    (attempts < MAX_ATTEMPTS).then(|| now + backoff(attempts))
}

/// Writes a message to the outbox on `conn`: call it with the transaction of the change that
/// causes the message, so the message exists exactly when the change does.
pub(crate) async fn enqueue<C: sea_orm::ConnectionTrait>(
    conn: &C,
    mail: &NewMail,
    now: DateTime<Utc>,
) -> Result<OutboxId, DbError> {
    let m = ActiveModel {
        created_at: Set(now),
        to_address: Set(mail.to.as_str().to_owned()),
        language: Set(mail.language.clone()),
        subject: Set(mail.subject.clone()),
        text_body: Set(mail.text.clone()),
        html_body: Set(mail.html.clone()),
        status: Set(MailStatus::Pending.as_str().to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        claimed_until: Set(None),
        last_error: Set(None),
        sent_at: Set(None),
        transport: Set(None),
        message_id: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(OutboxId::new(m.id))
}

/// Errors are kept short and on one line in the outbox.
fn short(error: &str) -> String {
    error.chars().map(|c| if c.is_control() { ' ' } else { c }).take(500).collect()
}

impl Db {
    /// A message on its own (not caused by another change in the same transaction).
    pub async fn enqueue_mail(&self, mail: &NewMail, now: DateTime<Utc>) -> Result<OutboxId, DbError> {
        enqueue(self.conn(), mail, now).await
    }

    /// Claims up to `batch` messages that are due: pending ones whose time has come, and ones
    /// whose previous claim's lease ran out. Each gets the lease `now + lease` and one more
    /// attempt. A message goes to one claimer only.
    pub async fn claim_mail(
        &self,
        now: DateTime<Utc>,
        lease: Duration,
        batch: u64,
    ) -> Result<Vec<ClaimedMail>, DbError> {
        // Microseconds: what PostgreSQL keeps, so the lease compares equal when read back.
        let until = (now + lease).trunc_subsecs(6);
        let due = Entity::find()
            .select_only()
            .column(Column::Id)
            .filter(
                Condition::any()
                    .add(
                        Condition::all()
                            .add(Column::Status.eq(MailStatus::Pending.as_str()))
                            .add(Column::NextAttemptAt.lte(now)),
                    )
                    .add(
                        Condition::all()
                            .add(Column::Status.eq(MailStatus::Sending.as_str()))
                            .add(Column::ClaimedUntil.lt(now)),
                    ),
            )
            .order_by_asc(Column::NextAttemptAt)
            .order_by_asc(Column::Id)
            .limit(batch)
            .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
            .into_query();
        let claimed = Entity::update_many()
            .col_expr(Column::Status, Expr::value(MailStatus::Sending.as_str()))
            .col_expr(Column::ClaimedUntil, Expr::value(until))
            .col_expr(Column::Attempts, sea_orm::sea_query::ExprTrait::add(Expr::col(Column::Attempts), 1))
            .filter(Column::Id.in_subquery(due))
            .exec_with_returning(self.conn())
            .await?;
        let mut out: Vec<ClaimedMail> = claimed
            .into_iter()
            .map(|m| ClaimedMail {
                id: OutboxId::new(m.id),
                created_at: m.created_at,
                to: m.to_address,
                language: m.language,
                subject: m.subject,
                text: m.text_body,
                html: m.html_body,
                attempts: m.attempts,
                lease: until,
            })
            .collect();
        out.sort_by_key(|m| m.id);
        Ok(out)
    }

    /// The message went out. False if the claim was lost meanwhile (its lease ran out and
    /// another worker took it).
    pub async fn mark_sent(
        &self,
        mail: &ClaimedMail,
        transport: &str,
        message_id: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, DbError> {
        let res = Entity::update_many()
            .col_expr(Column::Status, Expr::value(MailStatus::Sent.as_str()))
            .col_expr(Column::SentAt, Expr::value(now))
            .col_expr(Column::ClaimedUntil, Expr::value(Option::<DateTime<Utc>>::None))
            .col_expr(Column::Transport, Expr::value(transport))
            .col_expr(Column::MessageId, Expr::value(message_id))
            .col_expr(Column::LastError, Expr::value(Option::<String>::None))
            .filter(Column::Id.eq(mail.id.get()))
            .filter(Column::Status.eq(MailStatus::Sending.as_str()))
            .filter(Column::ClaimedUntil.eq(mail.lease))
            .exec(self.conn())
            .await?;
        Ok(res.rows_affected == 1)
    }

    /// The attempt failed: try again at `retry_at`, or give up (`None`). `error` is kept for
    /// the admins and must hold no secret. False if the claim was lost meanwhile.
    pub async fn mark_failed(
        &self,
        mail: &ClaimedMail,
        error: &str,
        retry_at: Option<DateTime<Utc>>,
    ) -> Result<bool, DbError> {
        let mut update = Entity::update_many()
            .col_expr(Column::ClaimedUntil, Expr::value(Option::<DateTime<Utc>>::None))
            .col_expr(Column::LastError, Expr::value(short(error)));
        update = match retry_at {
            Some(at) => update
                .col_expr(Column::Status, Expr::value(MailStatus::Pending.as_str()))
                .col_expr(Column::NextAttemptAt, Expr::value(at)),
            None => update.col_expr(Column::Status, Expr::value(MailStatus::Failed.as_str())),
        };
        let res = update
            .filter(Column::Id.eq(mail.id.get()))
            .filter(Column::Status.eq(MailStatus::Sending.as_str()))
            .filter(Column::ClaimedUntil.eq(mail.lease))
            .exec(self.conn())
            .await?;
        Ok(res.rows_affected == 1)
    }

    /// The outbox, newest first.
    pub async fn mails(&self, page: u64) -> Result<Page<Mail>, DbError> {
        let pager =
            Entity::find().order_by_desc(Column::CreatedAt).order_by_desc(Column::Id).paginate(self.conn(), PAGE_SIZE);
        let counts = pager.num_items_and_pages().await?;
        let page = page.max(1);
        let items = pager.fetch_page(page - 1).await?.into_iter().map(to_mail).collect::<Result<_, _>>()?;
        Ok(Page { items, page, pages: counts.number_of_pages.max(1), total: counts.number_of_items })
    }

    pub async fn mail(&self, id: OutboxId) -> Result<Mail, DbError> {
        let m = Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        to_mail(m)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use chrono::TimeZone;
    use sea_orm::TransactionTrait;

    fn mail() -> NewMail {
        NewMail {
            to: Email::parse("eva@example.com").unwrap(),
            language: "pl".into(),
            subject: "Temat".into(),
            text: "Tekst".into(),
            html: "<p>Tekst</p>".into(),
        }
    }

    #[tokio::test]
    async fn a_message_lives_and_dies_with_its_transaction() {
        let (db, _guard) = crate::testing::fresh_db().await;
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
        let txn = db.conn().begin().await.unwrap();
        enqueue(&txn, &mail(), now).await.unwrap();
        txn.rollback().await.unwrap();
        assert_eq!(db.mails(1).await.unwrap().total, 0);

        let txn = db.conn().begin().await.unwrap();
        let id = enqueue(&txn, &mail(), now).await.unwrap();
        txn.commit().await.unwrap();
        let m = db.mail(id).await.unwrap();
        assert_eq!((m.status, m.to.as_str(), m.language.as_str()), (MailStatus::Pending, "eva@example.com", "pl"));
    }
}
