//! Complaints raised by the warehouse on a received delivery, answered by the supplier line by
//! line, decided by staff; one thread of messages both sides read.
use crate::attachments::{self, Attachment, AttachmentOwner, NewAttachment};
use crate::documents::ComplaintSummary;
use crate::entity::{complaint, complaint_line, complaint_message, delivery, delivery_line};
use crate::error::corrupt;
use crate::{Db, DbError};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};
use std::collections::HashMap;
use tessera_domain::complaint::{
    ClaimRule, ComplaintRule, ComplaintStatus, Decision, LineAnswer, check_claim, decide, status_after_answers,
};
use tessera_domain::ids::{ComplaintId, ComplaintLineId, DeliveryId, LinkId, PartyId, UserId};
use tessera_domain::number::{Count, Money};

/// Who writes in a complaint's thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Author {
    Staff { user: UserId, name: String },
    Supplier { link: LinkId, name: String },
}

impl Author {
    fn kind(&self) -> &'static str {
        match self {
            Self::Staff { .. } => "staff",
            Self::Supplier { .. } => "supplier",
        }
    }
    fn id(&self) -> i64 {
        match self {
            Self::Staff { user, .. } => user.get(),
            Self::Supplier { link, .. } => link.get(),
        }
    }
    fn name(&self) -> &str {
        match self {
            Self::Staff { name, .. } | Self::Supplier { name, .. } => name,
        }
    }
    /// As the audit log writes actors: `user:3`, `link:12`.
    pub fn actor(&self) -> String {
        match self {
            Self::Staff { user, .. } => format!("user:{user}"),
            Self::Supplier { link, .. } => format!("link:{link}"),
        }
    }
}

/// One line of a delivery claimed, by its position on the delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewClaimLine {
    pub position: i32,
    pub quality: Count,
    pub missing: Count,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewComplaint {
    /// Typed by the person, or `None` for the next `REKL/<seq>/<year>`.
    pub number: Option<String>,
    pub delivery: DeliveryId,
    pub date: NaiveDate,
    pub description: Option<String>,
    pub lines: Vec<NewClaimLine>,
    pub author: Author,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RaiseOutcome {
    Created(ComplaintId),
    /// Only a received delivery can be complained about.
    NotReceived,
    NumberTaken,
    /// No line of the delivery has this position.
    UnknownLine(i32),
    Refused(i32, ClaimRule),
}

/// Why an answer, a comment or a decision did not go through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComplaintOutcome {
    Done,
    Refused(ComplaintRule),
    /// Someone else answered or decided first (another tab, another person).
    Stale,
}

/// A claimed line with the supplier's answer, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimLine {
    pub id: ComplaintLineId,
    pub position: i32,
    pub item_name: String,
    pub item_order_number: String,
    pub unit: Option<String>,
    pub unit_price: Option<Money>,
    pub quantity: Count,
    pub quality: Option<Count>,
    pub missing: Option<Count>,
    /// `accept`, `reject`, `replace`, `credit`.
    pub answer: Option<String>,
    pub answer_reason: Option<String>,
    /// The quantity to replace or the amount to credit.
    pub answer_value: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplaintDetail {
    pub status: ComplaintStatus,
    pub version: i64,
    pub lines: Vec<ClaimLine>,
}

/// One entry of the thread, in time order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadEntry {
    pub at: DateTime<Utc>,
    /// `staff` or `supplier`.
    pub author_kind: String,
    pub author_name: String,
    /// `raised`, `comment`, `answer`, `decision`.
    pub kind: String,
    pub body: Option<String>,
    /// After a decision: the status it led to.
    pub status: Option<String>,
    pub attachments: Vec<Attachment>,
}

fn count_opt(col: &str, v: &Option<String>) -> Result<Option<Count>, DbError> {
    v.as_ref().map(|s| s.parse::<Count>().map_err(|_| corrupt(col, s))).transpose()
}

fn status_of(m: &complaint::Model) -> Result<ComplaintStatus, DbError> {
    m.status.parse().map_err(|_| corrupt("complaints.status", &m.status))
}

/// A message of the thread, with the files that came with it.
#[allow(clippy::too_many_arguments)]
async fn add_message<C: sea_orm::ConnectionTrait>(
    conn: &C,
    c: &complaint::Model,
    author: &Author,
    kind: &str,
    body: Option<String>,
    status: Option<ComplaintStatus>,
    files: &[NewAttachment],
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let m = complaint_message::ActiveModel {
        complaint_id: Set(c.id),
        at: Set(now),
        author_kind: Set(author.kind().to_owned()),
        author_id: Set(Some(author.id())),
        author_name: Set(author.name().to_owned()),
        kind: Set(kind.to_owned()),
        body: Set(body),
        status: Set(status.map(|s| s.as_str().to_owned())),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    let owner = AttachmentOwner::Complaint(ComplaintId::new(c.id));
    attachments::insert(conn, owner, PartyId::new(c.party_id), Some(m.id), files, &author.actor(), now).await?;
    Ok(())
}

impl Db {
    /// The next generated number for complaints raised in `year`: `REKL/<seq>/<year>`.
    pub async fn next_complaint_number(&self, year: i32) -> Result<String, DbError> {
        let suffix = format!("/{year}");
        let numbers: Vec<String> = complaint::Entity::find()
            .filter(complaint::Column::Number.starts_with("REKL/"))
            .filter(complaint::Column::Number.ends_with(&suffix))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|c| c.number)
            .collect();
        let max = numbers
            .iter()
            .filter_map(|n| n.strip_prefix("REKL/")?.strip_suffix(&suffix)?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        Ok(format!("REKL/{}/{year}", max + 1))
    }

    /// Raises a complaint on a received delivery, with its first message (the description) and
    /// files, in one transaction. Nothing is saved unless everything is right.
    pub async fn raise_complaint(
        &self,
        new: &NewComplaint,
        files: &[NewAttachment],
        now: DateTime<Utc>,
    ) -> Result<RaiseOutcome, DbError> {
        let number = match &new.number {
            Some(n) => n.clone(),
            None => self.next_complaint_number(new.date.year()).await?,
        };
        let txn = self.conn().begin().await?;
        let d = delivery::Entity::find_by_id(new.delivery.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        if d.status != "received" {
            return Ok(RaiseOutcome::NotReceived);
        }
        let lines: HashMap<i32, delivery_line::Model> = delivery_line::Entity::find()
            .filter(delivery_line::Column::DeliveryId.eq(d.id))
            .all(&txn)
            .await?
            .into_iter()
            .map(|l| (l.position, l))
            .collect();
        for claim in &new.lines {
            let Some(l) = lines.get(&claim.position) else {
                return Ok(RaiseOutcome::UnknownLine(claim.position));
            };
            let delivered: Count = l.quantity.parse().map_err(|_| corrupt("delivery_lines.quantity", &l.quantity))?;
            let checked = count_opt("delivery_lines.checked_quantity", &l.checked_quantity)?;
            if let Err(rule) = check_claim(claim.quality, claim.missing, delivered, checked) {
                return Ok(RaiseOutcome::Refused(claim.position, rule));
            }
        }
        let taken = complaint::Entity::find().filter(complaint::Column::Number.eq(&number)).one(&txn).await?;
        if taken.is_some() {
            return Ok(RaiseOutcome::NumberTaken);
        }
        let c = match (complaint::ActiveModel {
            number: Set(number),
            party_id: Set(d.party_id),
            delivery_id: Set(Some(d.id)),
            complaint_date: Set(new.date),
            status: Set(ComplaintStatus::Open.as_str().to_owned()),
            description: Set(new.description.clone()),
            created_at: Set(now),
            contract_id: Set(d.contract_id),
            work_order_id: Set(d.work_order_id),
            version: Set(1),
            ..Default::default()
        })
        .insert(&txn)
        .await
        {
            Ok(c) => c,
            Err(e) => {
                return match DbError::from(e) {
                    DbError::Conflict => Ok(RaiseOutcome::NumberTaken),
                    other => Err(other),
                };
            }
        };
        for (i, claim) in new.lines.iter().enumerate() {
            let Some(l) = lines.get(&claim.position) else {
                return Ok(RaiseOutcome::UnknownLine(claim.position));
            };
            complaint_line::ActiveModel {
                complaint_id: Set(c.id),
                position: Set(i32::try_from(i + 1).unwrap_or(i32::MAX)),
                quality_quantity: Set(Some(claim.quality.to_string())),
                missing_quantity: Set(Some(claim.missing.to_string())),
                item_id: Set(l.item_id),
                item_name: Set(l.item_name.clone()),
                item_order_number: Set(l.item_order_number.clone()),
                item_unit: Set(l.item_unit.clone()),
                unit_price: Set(l.unit_price.clone()),
                quantity: Set(l.quantity.clone()),
                value: Set(l.value.clone()),
                delivery_line_id: Set(Some(l.id)),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        add_message(&txn, &c, &new.author, "raised", new.description.clone(), None, files, now).await?;
        txn.commit().await?;
        Ok(RaiseOutcome::Created(ComplaintId::new(c.id)))
    }

    pub async fn complaint_detail(&self, id: ComplaintId) -> Result<ComplaintDetail, DbError> {
        let c = complaint::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let lines = complaint_line::Entity::find()
            .filter(complaint_line::Column::ComplaintId.eq(id.get()))
            .order_by_asc(complaint_line::Column::Position)
            .all(self.conn())
            .await?
            .into_iter()
            .map(|l| {
                Ok(ClaimLine {
                    id: ComplaintLineId::new(l.id),
                    position: l.position,
                    quantity: l.quantity.parse().map_err(|_| corrupt("complaint_lines.quantity", &l.quantity))?,
                    quality: count_opt("complaint_lines.quality_quantity", &l.quality_quantity)?,
                    missing: count_opt("complaint_lines.missing_quantity", &l.missing_quantity)?,
                    unit_price: l
                        .unit_price
                        .as_ref()
                        .map(|p| p.parse::<Money>().map_err(|_| corrupt("complaint_lines.unit_price", p)))
                        .transpose()?,
                    item_name: l.item_name,
                    item_order_number: l.item_order_number,
                    unit: l.item_unit,
                    answer: l.answer,
                    answer_reason: l.answer_reason,
                    answer_value: l.answer_value,
                })
            })
            .collect::<Result<_, DbError>>()?;
        Ok(ComplaintDetail { status: status_of(&c)?, version: c.version, lines })
    }

    /// The thread: every message with its files, oldest first.
    pub async fn complaint_thread(&self, id: ComplaintId) -> Result<Vec<ThreadEntry>, DbError> {
        let messages = complaint_message::Entity::find()
            .filter(complaint_message::Column::ComplaintId.eq(id.get()))
            .order_by_asc(complaint_message::Column::At)
            .order_by_asc(complaint_message::Column::Id)
            .all(self.conn())
            .await?;
        let mut files: HashMap<i64, Vec<Attachment>> = HashMap::new();
        for a in self.attachments_of(AttachmentOwner::Complaint(id)).await? {
            if let Some(m) = a.message_id {
                files.entry(m).or_default().push(a);
            }
        }
        Ok(messages
            .into_iter()
            .map(|m| ThreadEntry {
                at: m.at,
                author_kind: m.author_kind,
                author_name: m.author_name,
                kind: m.kind,
                body: m.body,
                status: m.status,
                attachments: files.remove(&m.id).unwrap_or_default(),
            })
            .collect())
    }

    /// The supplier's answers (any lines; the others keep theirs), with a comment and files,
    /// if the complaint is still at `version` and takes answers. Every line answered: answered.
    #[allow(clippy::too_many_arguments)]
    pub async fn answer_complaint(
        &self,
        id: ComplaintId,
        version: i64,
        answers: &[(ComplaintLineId, LineAnswer)],
        comment: Option<String>,
        author: &Author,
        files: &[NewAttachment],
        now: DateTime<Utc>,
    ) -> Result<ComplaintOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let c = complaint::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        if c.version != version {
            return Ok(ComplaintOutcome::Stale);
        }
        let status = status_of(&c)?;
        if !status.accepts_answers() {
            return Ok(ComplaintOutcome::Refused(ComplaintRule::NotOpenForAnswers));
        }
        for (line, answer) in answers {
            let res = complaint_line::Entity::update_many()
                .col_expr(complaint_line::Column::Answer, Expr::value(answer.kind()))
                .col_expr(complaint_line::Column::AnswerReason, Expr::value(answer.reason().map(str::to_owned)))
                .col_expr(complaint_line::Column::AnswerValue, Expr::value(answer.value().map(|v| v.to_string())))
                .col_expr(complaint_line::Column::AnsweredAt, Expr::value(now))
                .filter(complaint_line::Column::Id.eq(line.get()))
                .filter(complaint_line::Column::ComplaintId.eq(id.get()))
                .exec(&txn)
                .await?;
            if res.rows_affected == 0 {
                return Err(DbError::NotFound);
            }
        }
        let all =
            complaint_line::Entity::find().filter(complaint_line::Column::ComplaintId.eq(id.get())).all(&txn).await?;
        let answered = all.iter().filter(|l| l.answer.is_some()).count();
        let next = match status_after_answers(status, all.len(), answered) {
            Ok(s) => s,
            Err(rule) => return Ok(ComplaintOutcome::Refused(rule)),
        };
        let res = complaint::Entity::update_many()
            .col_expr(complaint::Column::Status, Expr::value(next.as_str()))
            .col_expr(complaint::Column::Version, Expr::value(version + 1))
            .filter(complaint::Column::Id.eq(id.get()))
            .filter(complaint::Column::Version.eq(version))
            .exec(&txn)
            .await?;
        if res.rows_affected == 0 {
            return Ok(ComplaintOutcome::Stale);
        }
        add_message(&txn, &c, author, "answer", comment, Some(next), files, now).await?;
        txn.commit().await?;
        Ok(ComplaintOutcome::Done)
    }

    /// A comment (and files) in the thread, from either side, until the complaint is closed.
    pub async fn comment_complaint(
        &self,
        id: ComplaintId,
        author: &Author,
        body: Option<String>,
        files: &[NewAttachment],
        now: DateTime<Utc>,
    ) -> Result<ComplaintOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let c = complaint::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        if !status_of(&c)?.accepts_comments() {
            return Ok(ComplaintOutcome::Refused(ComplaintRule::Closed));
        }
        add_message(&txn, &c, author, "comment", body, None, files, now).await?;
        txn.commit().await?;
        Ok(ComplaintOutcome::Done)
    }

    /// Staff resolve, reject or close, with a comment, if the complaint is still at `version`.
    pub async fn decide_complaint(
        &self,
        id: ComplaintId,
        version: i64,
        decision: Decision,
        comment: Option<String>,
        author: &Author,
        now: DateTime<Utc>,
    ) -> Result<ComplaintOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let c = complaint::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        if c.version != version {
            return Ok(ComplaintOutcome::Stale);
        }
        let next = match decide(status_of(&c)?, decision) {
            Ok(s) => s,
            Err(rule) => return Ok(ComplaintOutcome::Refused(rule)),
        };
        let res = complaint::Entity::update_many()
            .col_expr(complaint::Column::Status, Expr::value(next.as_str()))
            .col_expr(complaint::Column::Version, Expr::value(version + 1))
            .filter(complaint::Column::Id.eq(id.get()))
            .filter(complaint::Column::Version.eq(version))
            .exec(&txn)
            .await?;
        if res.rows_affected == 0 {
            return Ok(ComplaintOutcome::Stale);
        }
        add_message(&txn, &c, author, "decision", comment, Some(next), &[], now).await?;
        txn.commit().await?;
        Ok(ComplaintOutcome::Done)
    }

    /// A party's complaints that are not closed, newest first (a supplier-wide link's list).
    pub async fn party_complaints(&self, party: PartyId) -> Result<Vec<ComplaintSummary>, DbError> {
        let rows = complaint::Entity::find()
            .filter(complaint::Column::PartyId.eq(party.get()))
            .filter(complaint::Column::Status.ne(ComplaintStatus::Closed.as_str()))
            .order_by_desc(complaint::Column::ComplaintDate)
            .order_by_desc(complaint::Column::Id)
            .all(self.conn())
            .await?;
        self.complaint_summaries(rows).await
    }

    /// How many complaints and claimed lines exist (tests prove nothing was saved).
    pub async fn complaint_counts(&self) -> Result<(u64, u64), DbError> {
        use sea_orm::PaginatorTrait;
        Ok((
            complaint::Entity::find().count(self.conn()).await?,
            complaint_line::Entity::find().count(self.conn()).await?,
        ))
    }
}
