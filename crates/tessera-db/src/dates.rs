//! Delivery dates: the supplier confirms or proposes, the buyer decides on proposals.
use crate::entity::{date_answer, purchase_order as po};
use crate::error::corrupt;
use crate::outbox::NewMail;
use crate::{Db, DbError};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};
use tessera_domain::ids::{LinkId, OrderId, UserId};
use tessera_domain::order::{DateAnswer, DateRule, OrderStatus, answer_date};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateAnswerRow {
    pub id: i64,
    /// `confirm` or `propose`.
    pub kind: String,
    pub date: NaiveDate,
    pub comment: Option<String>,
    /// `accepted`, `pending`, `rejected`, `superseded`.
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub reason: Option<String>,
}

/// Why an answer or a decision did not go through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOutcome {
    Done,
    Refused(DateRule),
    /// Someone else answered or decided first (another tab, another person).
    Stale,
}

impl Db {
    pub async fn date_answers(&self, order: OrderId) -> Result<Vec<DateAnswerRow>, DbError> {
        Ok(date_answer::Entity::find()
            .filter(date_answer::Column::OrderId.eq(order.get()))
            .order_by_desc(date_answer::Column::CreatedAt)
            .order_by_desc(date_answer::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|m| DateAnswerRow {
                id: m.id,
                kind: m.kind,
                date: m.date,
                comment: m.comment,
                status: m.status,
                created_at: m.created_at,
                decided_at: m.decided_at,
                reason: m.reason,
            })
            .collect())
    }

    /// The supplier's answer, if the order is still at `version`. A confirmed date is never
    /// overwritten here: a proposal waits for the buyer.
    pub async fn answer_order_date(
        &self,
        order: OrderId,
        version: i64,
        answer: &DateAnswer,
        link: Option<LinkId>,
        now: DateTime<Utc>,
    ) -> Result<DateOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let o = po::Entity::find_by_id(order.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        if o.version != version {
            return Ok(DateOutcome::Stale);
        }
        let status: OrderStatus = o.status.parse().map_err(|_| corrupt("purchase_orders.status", &o.status))?;
        let (next, confirmed) = match answer_date(status, o.requested_date, o.confirmed_date, answer, now.date_naive())
        {
            Ok(x) => x,
            Err(rule) => return Ok(DateOutcome::Refused(rule)),
        };
        let mut update = po::Entity::update_many()
            .col_expr(po::Column::Status, Expr::value(next.as_str()))
            .col_expr(po::Column::Version, Expr::value(version + 1))
            .col_expr(po::Column::UpdatedAt, Expr::value(now));
        if let Some(d) = confirmed {
            update = update.col_expr(po::Column::ConfirmedDate, Expr::value(d));
        }
        let res =
            update.filter(po::Column::Id.eq(order.get())).filter(po::Column::Version.eq(version)).exec(&txn).await?;
        if res.rows_affected == 0 {
            return Ok(DateOutcome::Stale);
        }
        // A newer proposal replaces one still waiting.
        date_answer::Entity::update_many()
            .col_expr(date_answer::Column::Status, Expr::value("superseded"))
            .filter(date_answer::Column::OrderId.eq(order.get()))
            .filter(date_answer::Column::Status.eq("pending"))
            .exec(&txn)
            .await?;
        let (kind, date, comment, state) = match answer {
            DateAnswer::Confirm => ("confirm", confirmed.unwrap_or(now.date_naive()), None, "accepted"),
            DateAnswer::Propose { date, comment } => ("propose", *date, comment.clone(), "pending"),
        };
        date_answer::ActiveModel {
            order_id: Set(order.get()),
            kind: Set(kind.into()),
            date: Set(date),
            comment: Set(comment),
            status: Set(state.into()),
            created_at: Set(now),
            link_id: Set(link.map(|l| l.get())),
            decided_at: Set(None),
            decided_by: Set(None),
            reason: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(DateOutcome::Done)
    }

    /// The proposal waiting for the buyer's decision, if any.
    pub async fn pending_date_proposal(&self, order: OrderId) -> Result<Option<DateAnswerRow>, DbError> {
        Ok(self.date_answers(order).await?.into_iter().find(|a| a.status == "pending"))
    }

    /// The buyer accepts or rejects the waiting proposal. Accepting sets the confirmed date;
    /// rejecting returns the order to Confirmed (if a date was confirmed before) or Sent.
    ///
    /// `seen` is what the caller decided on: the proposal's id and the order's version. The
    /// email telling the supplier (`mail`, composed from that state) is written in the same
    /// transaction; if anything changed meanwhile (another tab, a newer proposal), nothing is
    /// changed and nothing sent ([`DateOutcome::Stale`]).
    #[allow(clippy::too_many_arguments)]
    pub async fn decide_date_proposal(
        &self,
        order: OrderId,
        seen: (i64, i64),
        accept: bool,
        reason: Option<String>,
        user: UserId,
        mail: Option<&NewMail>,
        now: DateTime<Utc>,
    ) -> Result<DateOutcome, DbError> {
        let (proposal, version) = seen;
        let txn = self.conn().begin().await?;
        let o = po::Entity::find_by_id(order.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        let Some(p) = date_answer::Entity::find()
            .filter(date_answer::Column::OrderId.eq(order.get()))
            .filter(date_answer::Column::Status.eq("pending"))
            .one(&txn)
            .await?
        else {
            return Ok(DateOutcome::Refused(DateRule::NoPendingProposal));
        };
        if p.id != proposal || o.version != version {
            return Ok(DateOutcome::Stale);
        }
        let claimed = date_answer::Entity::update_many()
            .col_expr(date_answer::Column::Status, Expr::value(if accept { "accepted" } else { "rejected" }))
            .col_expr(date_answer::Column::DecidedAt, Expr::value(now))
            .col_expr(date_answer::Column::DecidedBy, Expr::value(user.get()))
            .col_expr(date_answer::Column::Reason, Expr::value(reason))
            .filter(date_answer::Column::Id.eq(p.id))
            .filter(date_answer::Column::Status.eq("pending"))
            .exec(&txn)
            .await?;
        if claimed.rows_affected == 0 {
            return Ok(DateOutcome::Stale);
        }
        let (next, confirmed) = if accept {
            (OrderStatus::Confirmed, Some(p.date))
        } else if o.confirmed_date.is_some() {
            (OrderStatus::Confirmed, o.confirmed_date)
        } else {
            (OrderStatus::Sent, None)
        };
        let moved = po::Entity::update_many()
            .col_expr(po::Column::Status, Expr::value(next.as_str()))
            .col_expr(po::Column::ConfirmedDate, Expr::value(confirmed))
            .col_expr(po::Column::Version, Expr::value(o.version + 1))
            .col_expr(po::Column::UpdatedAt, Expr::value(now))
            .filter(po::Column::Id.eq(order.get()))
            .filter(po::Column::Version.eq(version))
            .exec(&txn)
            .await?;
        if moved.rows_affected == 0 {
            return Ok(DateOutcome::Stale);
        }
        if let Some(mail) = mail {
            crate::outbox::enqueue(&txn, mail, now).await?;
        }
        txn.commit().await?;
        Ok(DateOutcome::Done)
    }
}
