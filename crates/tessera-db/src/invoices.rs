//! Invoices a subcontractor issues for completed work (issue #8): issued through the portal
//! with their lines (each tied to one of the subcontractor's own work orders or deliveries, or
//! to nothing) and the PDF if one was attached; staff then accept or dispute them. Each step is
//! one transaction with its audit event. An invoice is also the data of its UBL 2.1 export.
use crate::attachments::{AttachmentOwner, NewAttachment};
use crate::audit::{AuditEvent, audit_in};
use crate::entity::{delivery, invoice, invoice_line, party, work_order};
use crate::error::corrupt;
use crate::{Db, DbError};
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait};
use std::collections::{HashMap, HashSet};
use tessera_domain::ids::{DeliveryId, InvoiceId, LinkId, PartyId, UserId, WorkOrderId};
use tessera_domain::invoice::{
    Currency, InvoiceDraft, InvoiceLine, InvoiceStatus, InvoiceTotals, LineRef, Review, ReviewRule, VatRate,
    compute_totals, review,
};
use tessera_domain::number::{Money, Quantity};
use tessera_domain::text::Text;
use tessera_formats::ubl_invoice::{UblInvoice, UblLine, UblParty, unit_code};

/// An invoice as lists show it.
#[derive(Debug, Clone)]
pub struct InvoiceSummary {
    pub id: InvoiceId,
    pub party: PartyId,
    pub party_code: String,
    pub party_name: String,
    pub number: String,
    pub issue_date: NaiveDate,
    pub service_date: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
    pub currency: Currency,
    /// The totals as the subcontractor stated them (checked against the lines when issued).
    pub net: Money,
    pub vat: Money,
    pub gross: Money,
    pub status: InvoiceStatus,
    /// Why staff disputed it.
    pub reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub reviewed_at: Option<DateTime<Utc>>,
}

/// One line as pages show it.
#[derive(Debug, Clone)]
pub struct InvoiceLineRow {
    pub position: i32,
    pub description: String,
    pub quantity: Quantity,
    pub unit: String,
    pub unit_price: Money,
    pub net: Money,
    pub vat_rate: VatRate,
    pub reference: LineRef,
    /// The number of the work order or delivery the line is for.
    pub reference_number: Option<String>,
}

/// An invoice with its lines and the totals computed from them.
#[derive(Debug, Clone)]
pub struct Invoice {
    pub summary: InvoiceSummary,
    pub lines: Vec<InvoiceLineRow>,
    pub totals: InvoiceTotals,
}

/// How issuing went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueOutcome {
    Done(InvoiceId),
    /// The subcontractor already issued an invoice with this number.
    NumberTaken,
    /// These lines (0-based) name a work order or a delivery that is not the subcontractor's.
    ForeignReferences(Vec<usize>),
}

/// How a review went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewOutcome {
    Done(InvoiceStatus),
    Refused(ReviewRule),
}

fn money(table: &str, raw: &str) -> Result<Money, DbError> {
    raw.parse::<Money>().map_err(|_| corrupt(table, raw))
}

fn to_summary(m: invoice::Model, parties: &HashMap<i64, (String, String)>) -> Result<InvoiceSummary, DbError> {
    let (code, name) = parties.get(&m.party_id).cloned().unwrap_or_default();
    Ok(InvoiceSummary {
        id: InvoiceId::new(m.id),
        party: PartyId::new(m.party_id),
        party_code: code,
        party_name: name,
        currency: Currency::parse(&m.currency).map_err(|_| corrupt("invoices.currency", &m.currency))?,
        net: money("invoices.net", &m.net)?,
        vat: money("invoices.vat", &m.vat)?,
        gross: money("invoices.gross", &m.gross)?,
        status: m.status.parse().map_err(|_| corrupt("invoices.status", &m.status))?,
        number: m.number,
        issue_date: m.issue_date,
        service_date: m.service_date,
        due_date: m.due_date,
        reason: m.reason,
        created_at: m.created_at,
        reviewed_at: m.reviewed_at,
    })
}

impl Db {
    /// A subcontractor issues an invoice already checked on its own ([`check_invoice`]): its
    /// number must be new for the party and every line's work order or delivery the party's.
    /// The lines, the attached files and the audit event are written in one transaction.
    ///
    /// [`check_invoice`]: tessera_domain::invoice::check_invoice
    pub async fn issue_invoice(
        &self,
        party: PartyId,
        d: &InvoiceDraft,
        files: &[NewAttachment],
        link: Option<LinkId>,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<IssueOutcome, DbError> {
        let txn = self.conn().begin().await?;
        let taken = invoice::Entity::find()
            .filter(invoice::Column::PartyId.eq(party.get()))
            .filter(invoice::Column::Number.eq(d.number.as_str()))
            .one(&txn)
            .await?;
        if taken.is_some() {
            return Ok(IssueOutcome::NumberTaken);
        }
        let wanted_orders: Vec<i64> = d
            .lines
            .iter()
            .filter_map(|l| match l.reference {
                LineRef::WorkOrder(w) => Some(w.get()),
                _ => None,
            })
            .collect();
        let wanted_deliveries: Vec<i64> = d
            .lines
            .iter()
            .filter_map(|l| match l.reference {
                LineRef::Delivery(x) => Some(x.get()),
                _ => None,
            })
            .collect();
        let own_orders: HashSet<i64> = if wanted_orders.is_empty() {
            HashSet::new()
        } else {
            work_order::Entity::find()
                .filter(work_order::Column::Id.is_in(wanted_orders))
                .filter(work_order::Column::PartyId.eq(party.get()))
                .all(&txn)
                .await?
                .into_iter()
                .map(|w| w.id)
                .collect()
        };
        let own_deliveries: HashSet<i64> = if wanted_deliveries.is_empty() {
            HashSet::new()
        } else {
            delivery::Entity::find()
                .filter(delivery::Column::Id.is_in(wanted_deliveries))
                .filter(delivery::Column::PartyId.eq(party.get()))
                .all(&txn)
                .await?
                .into_iter()
                .map(|x| x.id)
                .collect()
        };
        let foreign: Vec<usize> = d
            .lines
            .iter()
            .enumerate()
            .filter(|(_, l)| match l.reference {
                LineRef::WorkOrder(w) => !own_orders.contains(&w.get()),
                LineRef::Delivery(x) => !own_deliveries.contains(&x.get()),
                LineRef::None => false,
            })
            .map(|(i, _)| i)
            .collect();
        if !foreign.is_empty() {
            return Ok(IssueOutcome::ForeignReferences(foreign));
        }
        let row = invoice::ActiveModel {
            party_id: Set(party.get()),
            link_id: Set(link.map(|l| l.get())),
            number: Set(d.number.as_str().to_owned()),
            issue_date: Set(d.issue_date),
            service_date: Set(d.service_date),
            due_date: Set(d.due_date),
            currency: Set(d.currency.as_str().to_owned()),
            net: Set(d.net_total.to_string()),
            vat: Set(d.vat_total.to_string()),
            gross: Set(d.gross_total.to_string()),
            status: Set(InvoiceStatus::Issued.as_str().to_owned()),
            reason: Set(None),
            reviewed_by: Set(None),
            reviewed_at: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await;
        let row = match row.map_err(DbError::from) {
            Ok(r) => r,
            // The same number issued meanwhile: the unique key says so.
            Err(DbError::Conflict) => return Ok(IssueOutcome::NumberTaken),
            Err(e) => return Err(e),
        };
        for (position, l) in (1..).zip(&d.lines) {
            let (work_order_id, delivery_id) = match l.reference {
                LineRef::WorkOrder(w) => (Some(w.get()), None),
                LineRef::Delivery(x) => (None, Some(x.get())),
                LineRef::None => (None, None),
            };
            invoice_line::ActiveModel {
                invoice_id: Set(row.id),
                position: Set(position),
                description: Set(l.description.as_str().to_owned()),
                quantity: Set(l.quantity.to_string()),
                unit: Set(l.unit.clone()),
                unit_price: Set(l.unit_price.to_string()),
                net: Set(l.net.to_string()),
                vat_rate: Set(l.vat_rate.to_string()),
                work_order_id: Set(work_order_id),
                delivery_id: Set(delivery_id),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        let id = InvoiceId::new(row.id);
        let by = link.map(|l| format!("link:{l}")).unwrap_or_else(|| "staff".into());
        crate::attachments::insert(&txn, AttachmentOwner::Invoice(id), party, None, files, &by, now).await?;
        let mut event = event.clone();
        event.object = Some(format!("invoice:{id}"));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(IssueOutcome::Done(id))
    }

    /// Whose invoice it is, for the policy.
    pub async fn invoice_scope(&self, id: InvoiceId) -> Result<PartyId, DbError> {
        let m = invoice::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        Ok(PartyId::new(m.party_id))
    }

    /// Invoices: one party's, or everyone's; the ones waiting for a review first, then newest
    /// first.
    pub async fn invoices(&self, party: Option<PartyId>) -> Result<Vec<InvoiceSummary>, DbError> {
        let mut q = invoice::Entity::find().order_by_desc(invoice::Column::Id);
        if let Some(p) = party {
            q = q.filter(invoice::Column::PartyId.eq(p.get()));
        }
        let rows = q.all(self.conn()).await?;
        let parties = self.party_names(rows.iter().map(|r| r.party_id).collect()).await?;
        let mut out = rows.into_iter().map(|m| to_summary(m, &parties)).collect::<Result<Vec<_>, _>>()?;
        // Stable: newest first within each group.
        out.sort_by_key(|i| i.status != InvoiceStatus::Issued);
        Ok(out)
    }

    async fn party_names(&self, mut ids: Vec<i64>) -> Result<HashMap<i64, (String, String)>, DbError> {
        ids.sort_unstable();
        ids.dedup();
        Ok(party::Entity::find()
            .filter(party::Column::Id.is_in(ids))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|p| (p.id, (p.code, p.name)))
            .collect())
    }

    /// One invoice with its lines and the totals per VAT rate computed from them.
    pub async fn invoice(&self, id: InvoiceId) -> Result<Invoice, DbError> {
        let m = invoice::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let parties = self.party_names(vec![m.party_id]).await?;
        let summary = to_summary(m, &parties)?;
        let rows = invoice_line::Entity::find()
            .filter(invoice_line::Column::InvoiceId.eq(id.get()))
            .order_by_asc(invoice_line::Column::Position)
            .all(self.conn())
            .await?;
        let order_numbers: HashMap<i64, String> =
            crate::work_order_numbers(self.conn(), rows.iter().filter_map(|r| r.work_order_id).collect::<Vec<_>>())
                .await?;
        let delivery_numbers: HashMap<i64, String> = delivery::Entity::find()
            .filter(delivery::Column::Id.is_in(rows.iter().filter_map(|r| r.delivery_id).collect::<Vec<_>>()))
            .all(self.conn())
            .await?
            .into_iter()
            .map(|x| (x.id, x.number))
            .collect();
        let mut lines = Vec::with_capacity(rows.len());
        let mut domain = Vec::with_capacity(rows.len());
        for r in rows {
            let (reference, reference_number) = match (r.work_order_id, r.delivery_id) {
                (Some(w), _) => (LineRef::WorkOrder(WorkOrderId::new(w)), order_numbers.get(&w).cloned()),
                (None, Some(x)) => (LineRef::Delivery(DeliveryId::new(x)), delivery_numbers.get(&x).cloned()),
                (None, None) => (LineRef::None, None),
            };
            let line = InvoiceLineRow {
                position: r.position,
                quantity: r.quantity.parse().map_err(|_| corrupt("invoice_lines.quantity", &r.quantity))?,
                unit_price: money("invoice_lines.unit_price", &r.unit_price)?,
                net: money("invoice_lines.net", &r.net)?,
                vat_rate: r.vat_rate.parse().map_err(|_| corrupt("invoice_lines.vat_rate", &r.vat_rate))?,
                description: r.description,
                unit: r.unit,
                reference,
                reference_number,
            };
            domain.push(InvoiceLine {
                description: Text::parse(&line.description)
                    .map_err(|_| corrupt("invoice_lines.description", &line.description))?,
                quantity: line.quantity,
                unit: line.unit.clone(),
                unit_price: line.unit_price,
                net: line.net,
                vat_rate: line.vat_rate,
                reference: line.reference,
            });
            lines.push(line);
        }
        Ok(Invoice { summary, lines, totals: compute_totals(&domain) })
    }

    /// Staff accept an issued invoice or dispute it with a reason; only once.
    pub async fn review_invoice(
        &self,
        id: InvoiceId,
        decision: &Review,
        by: UserId,
        event: &AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<ReviewOutcome, DbError> {
        let txn = self.conn().begin().await?;
        crate::hold_row::<invoice::Entity, _>(&txn, invoice::Column::Id, invoice::Column::Status, id.get()).await?;
        let m = invoice::Entity::find_by_id(id.get()).one(&txn).await?.ok_or(DbError::NotFound)?;
        let status: InvoiceStatus = m.status.parse().map_err(|_| corrupt("invoices.status", &m.status))?;
        let next = match review(status, decision) {
            Ok(s) => s,
            Err(rule) => return Ok(ReviewOutcome::Refused(rule)),
        };
        let reason = match decision {
            Review::Dispute { reason } => Some(reason.trim().to_owned()),
            Review::Accept => None,
        };
        // Only from issued: a review made meanwhile wins and this one is refused.
        let done = invoice::Entity::update_many()
            .col_expr(invoice::Column::Status, Expr::value(next.as_str()))
            .col_expr(invoice::Column::Reason, Expr::value(reason))
            .col_expr(invoice::Column::ReviewedBy, Expr::value(Some(by.get())))
            .col_expr(invoice::Column::ReviewedAt, Expr::value(Some(now)))
            .filter(invoice::Column::Id.eq(id.get()))
            .filter(invoice::Column::Status.eq(InvoiceStatus::Issued.as_str()))
            .exec(&txn)
            .await?;
        if done.rows_affected == 0 {
            return Ok(ReviewOutcome::Refused(ReviewRule::AlreadyReviewed(status)));
        }
        let mut event = event.clone();
        event.object = Some(format!("invoice:{id}"));
        audit_in(&txn, &event).await?;
        txn.commit().await?;
        Ok(ReviewOutcome::Done(next))
    }

    /// The invoice as a UBL 2.1 Invoice: the subcontractor supplies, `customer` (the host
    /// company) buys. The stated totals are the invoice's; the tax per rate is computed from
    /// the lines, and a rounding difference the stated VAT total is allowed
    /// ([`vat_tolerance`]) is carried by the highest rate's subtotal, so that the subtotals add
    /// up to the total (EN 16931, BR-CO-14).
    ///
    /// [`vat_tolerance`]: tessera_domain::invoice::vat_tolerance
    pub async fn invoice_ubl(&self, id: InvoiceId, customer: &str) -> Result<UblInvoice, DbError> {
        let inv = self.invoice(id).await?;
        let s = &inv.summary;
        let mut tax_subtotals: Vec<(Decimal, Decimal, Decimal)> =
            inv.totals.by_rate.iter().map(|b| (b.rate.get(), b.net.get(), b.vat.get())).collect();
        let difference = s.vat.get() - inv.totals.vat.get();
        if let Some(first) = tax_subtotals.first_mut() {
            first.2 += difference;
        }
        let lines = inv
            .lines
            .iter()
            .map(|l| UblLine {
                id: l.position.to_string(),
                description: l.description.clone(),
                quantity: l.quantity.get(),
                unit_code: unit_code(&l.unit).to_owned(),
                unit_price: l.unit_price.get(),
                net: l.net.get(),
                vat_percent: l.vat_rate.get(),
                order_line_reference: l.reference_number.clone(),
            })
            .collect();
        Ok(UblInvoice {
            id: s.number.clone(),
            issue_date: s.issue_date,
            due_date: s.due_date,
            service_date: s.service_date,
            currency: s.currency.as_str().to_owned(),
            // What the buyer routes the invoice by: the first work order or delivery named.
            buyer_reference: inv.lines.iter().find_map(|l| l.reference_number.clone()),
            supplier: UblParty { name: s.party_name.clone(), party_id: s.party_code.clone(), ..UblParty::default() },
            customer: UblParty { name: customer.to_owned(), ..UblParty::default() },
            lines,
            tax_subtotals,
            net_total: s.net.get(),
            tax_total: s.vat.get(),
            gross_total: s.gross.get(),
            note: None,
        })
    }
}
