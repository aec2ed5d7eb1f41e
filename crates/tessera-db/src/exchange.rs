//! Documents in and out in their seed formats: an order, a delivery or a complaint of the
//! database as a normalized [`Document`] of `tessera-formats` (to be written as `order.csv`…),
//! and a checked file's documents created in the database, all or nothing.
//!
//! Export fills every seed column from what Tessera has: `ACCOUNT` is the party's code; the
//! work order, contract scope, name and number come from the document's booking;
//! `CHECKED_COUNT` of a delivery is the quantity found on receipt; a complaint's
//! `ITEM_QUALITY_COUNT` and `ITEM_QUANTITY_COUNT` are the quantities claimed for quality and as
//! missing.
//!
//! Import takes a report the format reader found without errors and checks what only the
//! database knows (the party, items, work order, delivery, whether the number is free). Every
//! problem comes back by line and column like the format's own, as an [`ImportProblem`] whose
//! message lives in the catalogues (`import-problem-*`); nothing is written unless there is none.
use crate::catalog::{Item, WorkOrder};
use crate::documents::DocLine;
use crate::entity::{complaint, complaint_line, contract, delivery, delivery_line, party, purchase_order as po};
use crate::orders::insert_order;
use crate::{Db, DbError};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, TransactionTrait};
use std::collections::{HashMap, HashSet};
use tessera_domain::ids::{ComplaintId, DeliveryId, OrderId, WorkOrderId};
use tessera_domain::number::{Count, Money, Quantity};
use tessera_domain::order::{Currency, MAX_ORDER_LINES, OrderDraft, OrderLineDraft, OrderStatus};
use tessera_domain::text::DocNumber;
use tessera_formats::{Document, Format, LineItem, Report, Value};

/// The kinds of document Tessera exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Order,
    Delivery,
    Complaint,
}

impl DocKind {
    pub const ALL: [DocKind; 3] = [DocKind::Order, DocKind::Delivery, DocKind::Complaint];

    pub fn format(self) -> Format {
        match self {
            DocKind::Order => Format::Order,
            DocKind::Delivery => Format::Delivery,
            DocKind::Complaint => Format::Complaint,
        }
    }

    pub fn from_format(f: Format) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.format() == f)
    }
}

/// Why a document cannot be exported by its number.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("no {0} has this number")]
    NotFound(&'static str),
    /// Delivery numbers are unique per supplier: several suppliers used this one.
    #[error("several suppliers have a delivery with this number; name the party")]
    Ambiguous,
    #[error("this format is not exported")]
    Unsupported,
    #[error(transparent)]
    Db(#[from] DbError),
}

/// What is wrong with an imported document that the format itself cannot tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblemKind {
    /// `ACCOUNT` is empty: the document names no party.
    NoParty,
    /// No party has this code.
    UnknownParty,
    /// The party is not a supplier (orders and complaints are with suppliers).
    NotASupplier,
    /// No item has this ordering number.
    UnknownItem,
    /// No work order of this name on a contract of this number.
    UnknownWorkOrder,
    /// The number is already used by another document of this kind.
    NumberTaken,
    /// The number is not a valid document number (too long).
    BadNumber,
    /// A quantity that must be more than zero.
    NotPositive,
    /// A number that cannot be negative (a price, a claimed quantity).
    Negative,
    /// More lines than an order may have.
    TooManyLines { max: u64 },
    /// `DELIVERY_NUMBER` is empty.
    NoDelivery,
    /// No delivery of this party has this number.
    UnknownDelivery,
    /// The complaint's line names an item that is not on the delivery.
    NotOnDelivery,
    /// A claimed quantity larger than the line's quantity.
    ClaimTooLarge,
    /// This supplier has no order with this number.
    UnknownOrder,
    /// The delivery's line names an item that is not on its order.
    NotOnOrder,
}

impl ImportProblemKind {
    /// The catalogue message id (`tessera-i18n`, `main.ftl`).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::NoParty => "import-problem-no-party",
            Self::UnknownParty => "import-problem-unknown-party",
            Self::NotASupplier => "import-problem-not-a-supplier",
            Self::UnknownItem => "import-problem-unknown-item",
            Self::UnknownWorkOrder => "import-problem-unknown-work-order",
            Self::NumberTaken => "import-problem-number-taken",
            Self::BadNumber => "import-problem-bad-number",
            Self::NotPositive => "import-problem-not-positive",
            Self::Negative => "import-problem-negative",
            Self::TooManyLines { .. } => "import-problem-too-many-lines",
            Self::NoDelivery => "import-problem-no-delivery",
            Self::UnknownDelivery => "import-problem-unknown-delivery",
            Self::NotOnDelivery => "import-problem-not-on-delivery",
            Self::ClaimTooLarge => "import-problem-claim-too-large",
            Self::UnknownOrder => "import-problem-unknown-order",
            Self::NotOnOrder => "import-problem-not-on-order",
        }
    }
}

/// One problem, placed like a format problem: line, column, the value as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    pub line: u64,
    pub column: Option<&'static str>,
    pub value: Option<String>,
    pub kind: ImportProblemKind,
}

/// Why an import wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The report still has format errors: import only a file the reader accepted.
    #[error("the file has format errors")]
    FormatErrors,
    /// This format is not imported here.
    #[error("this format is not imported")]
    Unsupported,
    #[error("the file has {} problems", .0.len())]
    Problems(Vec<ImportProblem>),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// One document created by an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    pub kind: DocKind,
    pub number: String,
    pub party_code: String,
    pub lines: usize,
}

fn text(s: &str) -> Option<Value> {
    let t = s.trim();
    (!t.is_empty()).then(|| Value::Text(t.to_owned()))
}

fn opt_text(s: Option<&str>) -> Option<Value> {
    s.and_then(text)
}

fn dec(d: Option<Decimal>) -> Option<Value> {
    d.map(Value::Decimal)
}

/// The booking columns shared by the three formats: work order, contract scope, name, number.
fn booking(wo: Option<&WorkOrder>, contract: Option<&contract::Model>) -> [Option<Value>; 4] {
    match (wo, contract) {
        (Some(w), _) => {
            [text(&w.name), opt_text(w.contract_scope.as_deref()), text(&w.contract_name), text(&w.contract_number)]
        }
        (None, Some(c)) => [None, opt_text(c.scope.as_deref()), text(&c.name), text(&c.number)],
        (None, None) => [None, None, None, None],
    }
}

/// The six item columns of every line, then the format's extra ones.
fn doc_line(i: usize, l: &DocLine, extra: &[Option<Count>]) -> LineItem {
    let mut values = vec![
        text(&l.item_name),
        text(&l.item_order_number),
        opt_text(l.unit.as_deref()),
        dec(l.unit_price.map(Money::get)),
        Some(Value::Decimal(l.quantity.get())),
        dec(l.value.map(Money::get)),
    ];
    values.extend(extra.iter().map(|c| dec(c.map(Count::get))));
    LineItem { line: file_line(i), values }
}

/// The physical line of the `i`-th row in a written file (the header is line 1).
fn file_line(i: usize) -> u64 {
    u64::try_from(i).unwrap_or(u64::MAX - 2).saturating_add(2)
}

impl Db {
    async fn booking_of(
        &self,
        contract_id: Option<i64>,
        work_order_id: Option<i64>,
    ) -> Result<[Option<Value>; 4], DbError> {
        let wo = match work_order_id {
            Some(w) => Some(self.work_order(WorkOrderId::new(w)).await?),
            None => None,
        };
        let c = match (wo.is_none(), contract_id) {
            (true, Some(c)) => contract::Entity::find_by_id(c).one(self.conn()).await?,
            _ => None,
        };
        Ok(booking(wo.as_ref(), c.as_ref()))
    }

    async fn party_code(&self, party_id: i64) -> Result<String, DbError> {
        Ok(party::Entity::find_by_id(party_id).one(self.conn()).await?.ok_or(DbError::NotFound)?.code)
    }

    /// An order as a document of the `order` format.
    pub async fn order_document(&self, id: OrderId) -> Result<Document, DbError> {
        let o = self.order(id).await?;
        let [wo, scope, cname, cnum] = match &o.work_order {
            Some(w) => booking(Some(w), None),
            None => {
                let c = po::Entity::find_by_id(id.get()).one(self.conn()).await?.and_then(|r| r.contract_id);
                self.booking_of(c, None).await?
            }
        };
        let lines = o
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let quantity = Count::try_from(l.quantity.get())
                    .map_err(|_| DbError::Corrupt(format!("purchase_order_lines.quantity: {}", l.quantity)))?;
                let dl = DocLine {
                    position: l.position,
                    item_name: l.item_name.clone(),
                    item_order_number: l.item_order_number.clone(),
                    unit: l.unit.clone(),
                    unit_price: l.unit_price,
                    quantity,
                    value: l.value,
                    extra1: None,
                    extra2: None,
                    note: None,
                    serials: Vec::new(),
                };
                Ok(doc_line(i, &dl, &[]))
            })
            .collect::<Result<_, DbError>>()?;
        Ok(Document {
            format: Format::Order,
            number: o.summary.number,
            date: Some(o.summary.order_date),
            fields: vec![text(&o.party_code), wo, scope, cname, cnum],
            lines,
        })
    }

    /// A delivery (or return) as a document of the `delivery` format, with `CHECKED_COUNT`.
    pub async fn delivery_document(&self, id: DeliveryId) -> Result<Document, DbError> {
        let d = self.delivery(id).await?;
        let row = delivery::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let [wo, scope, cname, cnum] = self.booking_of(row.contract_id, row.work_order_id).await?;
        let account = self.party_code(row.party_id).await?;
        let lines = d.lines.iter().enumerate().map(|(i, l)| doc_line(i, l, &[l.extra1])).collect();
        Ok(Document {
            format: Format::Delivery,
            number: d.summary.number,
            date: Some(d.summary.delivery_date),
            fields: vec![
                d.summary.loading_date.map(Value::Date),
                opt_text(d.summary.order_number.as_deref()),
                text(&account),
                wo,
                scope,
                cname,
                cnum,
            ],
            lines,
        })
    }

    /// A complaint as a document of the `complaint` format, with the claimed quantities.
    pub async fn complaint_document(&self, id: ComplaintId) -> Result<Document, DbError> {
        let c = self.complaint(id).await?;
        let row = complaint::Entity::find_by_id(id.get()).one(self.conn()).await?.ok_or(DbError::NotFound)?;
        let [wo, scope, cname, cnum] = self.booking_of(row.contract_id, row.work_order_id).await?;
        let account = self.party_code(row.party_id).await?;
        let lines = c.lines.iter().enumerate().map(|(i, l)| doc_line(i, l, &[l.extra1, l.extra2])).collect();
        Ok(Document {
            format: Format::Complaint,
            number: c.summary.number,
            date: Some(c.summary.complaint_date),
            fields: vec![opt_text(c.summary.delivery_number.as_deref()), text(&account), wo, scope, cname, cnum],
            lines,
        })
    }

    /// A document looked up by its number (and, for deliveries, optionally the party's code,
    /// since delivery numbers are unique per supplier).
    pub async fn document_by_number(
        &self,
        kind: DocKind,
        number: &str,
        party_code: Option<&str>,
    ) -> Result<Document, ExportError> {
        let number = number.trim();
        match kind {
            DocKind::Order => {
                let id = self.order_id_by_number(number).await?.ok_or(ExportError::NotFound("order"))?;
                Ok(self.order_document(id).await?)
            }
            DocKind::Complaint => {
                let id = self.complaint_id_by_number(number).await?.ok_or(ExportError::NotFound("complaint"))?;
                Ok(self.complaint_document(id).await?)
            }
            DocKind::Delivery => {
                let mut sel = delivery::Entity::find()
                    .filter(delivery::Column::Number.eq(number))
                    .filter(delivery::Column::Kind.eq("delivery"));
                if let Some(code) = party_code {
                    let p = self.party_by_code(code).await?.ok_or(ExportError::NotFound("delivery"))?;
                    sel = sel.filter(delivery::Column::PartyId.eq(p.get()));
                }
                let rows = sel.all(self.conn()).await.map_err(DbError::from)?;
                match rows.as_slice() {
                    [] => Err(ExportError::NotFound("delivery")),
                    [one] => Ok(self.delivery_document(DeliveryId::new(one.id)).await?),
                    _ => Err(ExportError::Ambiguous),
                }
            }
        }
    }

    /// Creates what a checked file holds: orders (status draft) or complaints (status open).
    /// All or nothing: every problem is returned and nothing is written when there is one.
    pub async fn import_report(&self, report: &Report, now: DateTime<Utc>) -> Result<Vec<Created>, ImportError> {
        if !report.is_ok() {
            return Err(ImportError::FormatErrors);
        }
        match DocKind::from_format(report.format) {
            Some(DocKind::Order) => self.import_orders(&report.documents, now).await,
            Some(DocKind::Complaint) => self.import_complaints(&report.documents, now).await,
            Some(DocKind::Delivery) => self.import_deliveries(&report.documents, now).await,
            None => Err(ImportError::Unsupported),
        }
    }

    /// The supplier named by a document's `ACCOUNT`, or the problem with it.
    async fn import_party(
        &self,
        doc: &Document,
        problems: &mut Vec<ImportProblem>,
    ) -> Result<Option<party::Model>, DbError> {
        let line = first_line(doc);
        let Some(code) = doc.field("account").and_then(Value::as_str) else {
            problems.push(ImportProblem {
                line,
                column: Some("ACCOUNT"),
                value: None,
                kind: ImportProblemKind::NoParty,
            });
            return Ok(None);
        };
        let found = party::Entity::find().filter(party::Column::Code.eq(code.trim())).one(self.conn()).await?;
        let problem = |kind| ImportProblem { line, column: Some("ACCOUNT"), value: Some(code.to_owned()), kind };
        match found {
            None => {
                problems.push(problem(ImportProblemKind::UnknownParty));
                Ok(None)
            }
            Some(p) if !p.is_supplier => {
                problems.push(problem(ImportProblemKind::NotASupplier));
                Ok(None)
            }
            Some(p) => Ok(Some(p)),
        }
    }

    async fn import_orders(&self, docs: &[Document], now: DateTime<Utc>) -> Result<Vec<Created>, ImportError> {
        let mut problems = Vec::new();
        let numbers: Vec<&str> = docs.iter().map(|d| d.number.as_str()).collect();
        let taken: HashSet<String> = po::Entity::find()
            .filter(po::Column::Number.is_in(numbers))
            .all(self.conn())
            .await
            .map_err(DbError::from)?
            .into_iter()
            .map(|o| o.number)
            .collect();
        let wanted: Vec<String> = docs
            .iter()
            .flat_map(|d| d.lines.iter().filter_map(|l| l.get(Format::Order, "item_order_number")))
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        let items = self.items_by_numbers(&wanted).await?;
        let work_orders = self.work_orders().await?;
        let mut drafts = Vec::new();
        for doc in docs {
            let line = first_line(doc);
            let number = free_number(doc, "ORDER_NUMBER", &taken, &mut problems);
            let party = self.import_party(doc, &mut problems).await?;
            let work_order = find_work_order(doc, &work_orders, &mut problems);
            if doc.lines.len() > MAX_ORDER_LINES {
                problems.push(ImportProblem {
                    line,
                    column: None,
                    value: None,
                    kind: ImportProblemKind::TooManyLines { max: MAX_ORDER_LINES as u64 },
                });
            }
            let lines = order_lines(doc, &items, &mut problems);
            if let (Some(number), Some(party), Some(work_order), Some(lines), Some(order_date)) =
                (number, party, work_order, lines, doc.date)
            {
                let draft = OrderDraft {
                    number,
                    party: tessera_domain::ids::PartyId::new(party.id),
                    order_date,
                    requested_date: None,
                    work_order,
                    currency: Currency::parse("PLN").map_err(|_| DbError::Corrupt("currency PLN".into()))?,
                    note: None,
                    lines,
                };
                drafts.push((draft, party.code));
            }
        }
        if !problems.is_empty() {
            return Err(ImportError::Problems(problems));
        }
        let by_id: HashMap<i64, Item> = items.into_values().map(|i| (i.id.get(), i)).collect();
        let txn = self.conn().begin().await.map_err(DbError::from)?;
        let mut created = Vec::new();
        for (draft, party_code) in &drafts {
            insert_order(&txn, draft, OrderStatus::Draft, now, &by_id).await?;
            created.push(Created {
                kind: DocKind::Order,
                number: draft.number.as_str().to_owned(),
                party_code: party_code.clone(),
                lines: draft.lines.len(),
            });
        }
        txn.commit().await.map_err(DbError::from)?;
        Ok(created)
    }

    async fn import_complaints(&self, docs: &[Document], now: DateTime<Utc>) -> Result<Vec<Created>, ImportError> {
        let mut problems = Vec::new();
        let numbers: Vec<&str> = docs.iter().map(|d| d.number.as_str()).collect();
        let taken: HashSet<String> = complaint::Entity::find()
            .filter(complaint::Column::Number.is_in(numbers))
            .all(self.conn())
            .await
            .map_err(DbError::from)?
            .into_iter()
            .map(|c| c.number)
            .collect();
        let mut plans = Vec::new();
        for doc in docs {
            let line = first_line(doc);
            let number = free_number(doc, "COMPLAINT_NUMBER", &taken, &mut problems);
            let party = self.import_party(doc, &mut problems).await?;
            let delivery = match (&party, doc.field("delivery_number").and_then(Value::as_str)) {
                (_, None) => {
                    problems.push(ImportProblem {
                        line,
                        column: Some("DELIVERY_NUMBER"),
                        value: None,
                        kind: ImportProblemKind::NoDelivery,
                    });
                    None
                }
                (None, Some(_)) => None,
                (Some(p), Some(n)) => {
                    let d = delivery::Entity::find()
                        .filter(delivery::Column::PartyId.eq(p.id))
                        .filter(delivery::Column::Number.eq(n.trim()))
                        .filter(delivery::Column::Kind.eq("delivery"))
                        .one(self.conn())
                        .await
                        .map_err(DbError::from)?;
                    if d.is_none() {
                        problems.push(ImportProblem {
                            line,
                            column: Some("DELIVERY_NUMBER"),
                            value: Some(n.to_owned()),
                            kind: ImportProblemKind::UnknownDelivery,
                        });
                    }
                    d
                }
            };
            let lines = match &delivery {
                Some(d) => {
                    let dl = delivery_line::Entity::find()
                        .filter(delivery_line::Column::DeliveryId.eq(d.id))
                        .all(self.conn())
                        .await
                        .map_err(DbError::from)?;
                    complaint_lines(doc, &dl, &mut problems)
                }
                None => None,
            };
            if let (Some(number), Some(party), Some(delivery), Some(lines), Some(date)) =
                (number, party, delivery, lines, doc.date)
            {
                plans.push((number, party, delivery, lines, date));
            }
        }
        if !problems.is_empty() {
            return Err(ImportError::Problems(problems));
        }
        let txn = self.conn().begin().await.map_err(DbError::from)?;
        let mut created = Vec::new();
        for (number, party, dlv, lines, date) in plans {
            let c = complaint::ActiveModel {
                number: Set(number.as_str().to_owned()),
                party_id: Set(party.id),
                delivery_id: Set(Some(dlv.id)),
                complaint_date: Set(date),
                status: Set("open".into()),
                description: Set(None),
                created_at: Set(now),
                contract_id: Set(dlv.contract_id),
                work_order_id: Set(dlv.work_order_id),
                ..Default::default()
            }
            .insert(&txn)
            .await
            .map_err(DbError::from)?;
            let n = lines.len();
            for (i, mut l) in lines.into_iter().enumerate() {
                l.complaint_id = Set(c.id);
                l.position = Set(i32::try_from(i + 1).unwrap_or(i32::MAX));
                l.insert(&txn).await.map_err(DbError::from)?;
            }
            created.push(Created {
                kind: DocKind::Complaint,
                number: number.into_string(),
                party_code: party.code,
                lines: n,
            });
        }
        txn.commit().await.map_err(DbError::from)?;
        Ok(created)
    }
}

/// A delivery ready to be written: its header and its lines.
struct DeliveryPlan {
    number: DocNumber,
    party: party::Model,
    order: Option<po::Model>,
    date: chrono::NaiveDate,
    loading: Option<chrono::NaiveDate>,
    lines: Vec<PlannedLine>,
}

/// A delivery line ready to be written: its order line (if against an order), the catalogue
/// item, the file's line, the quantity and the count on arrival.
type PlannedLine = (Option<crate::entity::purchase_order_line::Model>, Option<Item>, LineItem, Count, Option<Count>);

impl Db {
    /// Deliveries from the main system: against the supplier's order named by `ORDER_NUMBER`
    /// (each line's item must be on it), or with no order. A delivery whose every line has
    /// `CHECKED_COUNT` is taken as received (and its order's status follows); otherwise it is
    /// declared, and the warehouse records the counts on arrival.
    async fn import_deliveries(&self, docs: &[Document], now: DateTime<Utc>) -> Result<Vec<Created>, ImportError> {
        use crate::entity::purchase_order_line as pol;
        let f = Format::Delivery;
        let mut problems = Vec::new();
        let mut plans = Vec::new();
        for doc in docs {
            let line = first_line(doc);
            let party = self.import_party(doc, &mut problems).await?;
            let mut taken = HashSet::new();
            if let Some(p) = &party {
                let existing = delivery::Entity::find()
                    .filter(delivery::Column::PartyId.eq(p.id))
                    .filter(delivery::Column::Kind.eq("delivery"))
                    .filter(delivery::Column::Number.eq(doc.number.trim()))
                    .one(self.conn())
                    .await
                    .map_err(DbError::from)?;
                taken.extend(existing.map(|d| d.number));
            }
            let number = free_number(doc, "DELIVERY_NUMBER", &taken, &mut problems);
            let order = match (&party, doc.field("order_number").and_then(Value::as_str)) {
                (Some(p), Some(n)) => {
                    let o = po::Entity::find()
                        .filter(po::Column::PartyId.eq(p.id))
                        .filter(po::Column::Number.eq(n.trim()))
                        .one(self.conn())
                        .await
                        .map_err(DbError::from)?;
                    if o.is_none() {
                        problems.push(ImportProblem {
                            line,
                            column: Some("ORDER_NUMBER"),
                            value: Some(n.to_owned()),
                            kind: ImportProblemKind::UnknownOrder,
                        });
                    }
                    o.map(Some)
                }
                _ => Some(None),
            };
            let order_lines = match &order {
                Some(Some(o)) => pol::Entity::find()
                    .filter(pol::Column::OrderId.eq(o.id))
                    .all(self.conn())
                    .await
                    .map_err(DbError::from)?,
                _ => Vec::new(),
            };
            let wanted: Vec<String> = doc.lines.iter().filter_map(|l| line_text(f, l, "item_order_number")).collect();
            let items = self.items_by_numbers(&wanted).await?;
            let mut lines = Vec::new();
            for l in &doc.lines {
                let item_no = line_text(f, l, "item_order_number").unwrap_or_default();
                let on_order = order_lines.iter().find(|ol| ol.item_order_number == item_no.trim()).cloned();
                let with_order = matches!(order, Some(Some(_)));
                if with_order && on_order.is_none() {
                    problems.push(ImportProblem {
                        line: l.line,
                        column: Some("ITEM_ORDER_NUMBER"),
                        value: Some(item_no.clone()),
                        kind: ImportProblemKind::NotOnOrder,
                    });
                }
                let item = items.get(item_no.trim()).cloned();
                if !with_order && item.is_none() {
                    problems.push(ImportProblem {
                        line: l.line,
                        column: Some("ITEM_ORDER_NUMBER"),
                        value: Some(item_no.clone()),
                        kind: ImportProblemKind::UnknownItem,
                    });
                }
                let mut number_at = |key: &str, column: &'static str, positive: bool| match line_dec(f, l, key) {
                    None => Ok(None),
                    Some(d) if positive && d <= Decimal::ZERO => {
                        problems.push(ImportProblem {
                            line: l.line,
                            column: Some(column),
                            value: Some(d.to_string()),
                            kind: ImportProblemKind::NotPositive,
                        });
                        Err(())
                    }
                    Some(d) => Count::try_from(d).map(Some).map_err(|_| {
                        problems.push(ImportProblem {
                            line: l.line,
                            column: Some(column),
                            value: Some(d.to_string()),
                            kind: ImportProblemKind::Negative,
                        })
                    }),
                };
                let count = number_at("item_count", "ITEM_COUNT", true);
                let checked = number_at("checked_count", "CHECKED_COUNT", false);
                if let (Ok(Some(count)), Ok(checked)) = (count, checked) {
                    lines.push((on_order, item, l.clone(), count, checked));
                }
            }
            if let (Some(number), Some(party), Some(order), Some(date)) = (number, party, order, doc.date) {
                let loading = doc.field("loading_date").and_then(Value::as_date);
                plans.push(DeliveryPlan { number, party, order, date, loading, lines });
            }
        }
        if !problems.is_empty() {
            return Err(ImportError::Problems(problems));
        }
        let txn = self.conn().begin().await.map_err(DbError::from)?;
        let mut created = Vec::new();
        for plan in plans {
            let received = plan.lines.iter().all(|(_, _, _, _, checked)| checked.is_some());
            let status = if received { "received" } else { "declared" };
            let d = delivery::ActiveModel {
                number: Set(plan.number.as_str().to_owned()),
                kind: Set("delivery".into()),
                party_id: Set(plan.party.id),
                order_id: Set(plan.order.as_ref().map(|o| o.id)),
                delivery_date: Set(plan.date),
                loading_date: Set(plan.loading),
                status: Set(status.into()),
                created_at: Set(now),
                contract_id: Set(plan.order.as_ref().and_then(|o| o.contract_id)),
                work_order_id: Set(plan.order.as_ref().and_then(|o| o.work_order_id)),
                declared_at: Set(Some(now)),
                received_at: Set(received.then_some(now)),
                version: Set(1),
                ..Default::default()
            }
            .insert(&txn)
            .await
            .map_err(DbError::from)?;
            let n = plan.lines.len();
            for (i, (ol, item, l, count, checked)) in plan.lines.into_iter().enumerate() {
                let price = line_dec(f, &l, "item_unit_price")
                    .and_then(|p| Money::try_from(p).ok())
                    .or_else(|| ol.as_ref().and_then(|o| o.unit_price.as_deref()).and_then(|p| p.parse().ok()));
                let value = match (price, Quantity::try_from(count.get())) {
                    (Some(p), Ok(q)) => Some(Money::line_value(p, q).to_string()),
                    _ => None,
                };
                delivery_line::ActiveModel {
                    delivery_id: Set(d.id),
                    position: Set(i32::try_from(i + 1).unwrap_or(i32::MAX)),
                    order_line_id: Set(ol.as_ref().map(|o| o.id)),
                    checked_quantity: Set(if received { checked.map(|c| c.to_string()) } else { None }),
                    item_id: Set(ol.as_ref().and_then(|o| o.item_id).or(item.as_ref().map(|i| i.id.get()))),
                    item_name: Set(line_text(f, &l, "item_name").unwrap_or_default()),
                    item_order_number: Set(line_text(f, &l, "item_order_number").unwrap_or_default()),
                    item_unit: Set(line_text(f, &l, "item_unit")),
                    unit_price: Set(price.map(|p| p.to_string())),
                    quantity: Set(count.to_string()),
                    value: Set(value),
                    over_reason: Set(None),
                    ..Default::default()
                }
                .insert(&txn)
                .await
                .map_err(DbError::from)?;
            }
            if let (true, Some(o)) = (received, &plan.order) {
                crate::deliveries::refresh_order_status(&txn, o.id, now).await?;
            }
            created.push(Created {
                kind: DocKind::Delivery,
                number: plan.number.into_string(),
                party_code: plan.party.code,
                lines: n,
            });
        }
        txn.commit().await.map_err(DbError::from)?;
        Ok(created)
    }
}

fn first_line(doc: &Document) -> u64 {
    doc.lines.first().map_or(2, |l| l.line)
}

/// The document's number, if it is valid and not yet used.
fn free_number(
    doc: &Document,
    column: &'static str,
    taken: &HashSet<String>,
    problems: &mut Vec<ImportProblem>,
) -> Option<DocNumber> {
    let kind = match DocNumber::parse(&doc.number) {
        Ok(n) if !taken.contains(n.as_str()) => return Some(n),
        Ok(_) => ImportProblemKind::NumberTaken,
        Err(_) => ImportProblemKind::BadNumber,
    };
    problems.push(ImportProblem { line: first_line(doc), column: Some(column), value: Some(doc.number.clone()), kind });
    None
}

fn line_text(format: Format, l: &LineItem, key: &str) -> Option<String> {
    l.get(format, key).and_then(Value::as_str).map(str::to_owned)
}

fn line_dec(format: Format, l: &LineItem, key: &str) -> Option<Decimal> {
    l.get(format, key).and_then(Value::as_decimal)
}

/// The work order named by `WORK_ORDER` on the contract `CONTRACT_NUMBER`: `Some(None)` when
/// the document names none, `None` when it names one that does not exist.
fn find_work_order(
    doc: &Document,
    work_orders: &[WorkOrder],
    problems: &mut Vec<ImportProblem>,
) -> Option<Option<WorkOrderId>> {
    let name = doc.field("work_order").and_then(Value::as_str);
    let contract = doc.field("contract_number").and_then(Value::as_str);
    if name.is_none() && contract.is_none() {
        return Some(None);
    }
    let found =
        work_orders.iter().find(|w| Some(w.name.as_str()) == name && Some(w.contract_number.as_str()) == contract);
    match found {
        Some(w) => Some(Some(w.id)),
        None => {
            problems.push(ImportProblem {
                line: first_line(doc),
                column: Some("WORK_ORDER"),
                value: Some(format!("{} / {}", contract.unwrap_or(""), name.unwrap_or(""))),
                kind: ImportProblemKind::UnknownWorkOrder,
            });
            None
        }
    }
}

fn order_lines(
    doc: &Document,
    items: &HashMap<String, Item>,
    problems: &mut Vec<ImportProblem>,
) -> Option<Vec<OrderLineDraft>> {
    let f = Format::Order;
    let before = problems.len();
    let mut out = Vec::new();
    for l in &doc.lines {
        let number = line_text(f, l, "item_order_number").unwrap_or_default();
        let item = items.get(number.trim());
        if item.is_none() {
            problems.push(ImportProblem {
                line: l.line,
                column: Some("ITEM_ORDER_NUMBER"),
                value: Some(number.clone()),
                kind: ImportProblemKind::UnknownItem,
            });
        }
        let count = line_dec(f, l, "item_count").unwrap_or_default();
        let quantity = Quantity::try_from(count).ok();
        if quantity.is_none() {
            problems.push(ImportProblem {
                line: l.line,
                column: Some("ITEM_COUNT"),
                value: Some(count.to_string()),
                kind: ImportProblemKind::NotPositive,
            });
        }
        let price = match line_dec(f, l, "item_unit_price") {
            Some(p) => match Money::try_from(p) {
                Ok(m) => Some(m),
                Err(_) => {
                    problems.push(ImportProblem {
                        line: l.line,
                        column: Some("ITEM_UNIT_PRICE"),
                        value: Some(p.to_string()),
                        kind: ImportProblemKind::Negative,
                    });
                    None
                }
            },
            None => item.map(|i| i.unit_price.unwrap_or_else(|| Money::sum(std::iter::empty()))),
        };
        if let (Some(item), Some(quantity), Some(unit_price)) = (item, quantity, price) {
            out.push(OrderLineDraft { item: item.id, quantity, unit_price });
        }
    }
    (problems.len() == before).then_some(out)
}

fn complaint_lines(
    doc: &Document,
    delivered: &[delivery_line::Model],
    problems: &mut Vec<ImportProblem>,
) -> Option<Vec<complaint_line::ActiveModel>> {
    let f = Format::Complaint;
    let before = problems.len();
    let mut out = Vec::new();
    for l in &doc.lines {
        let number = line_text(f, l, "item_order_number").unwrap_or_default();
        let Some(dl) = delivered.iter().find(|d| d.item_order_number == number.trim()) else {
            problems.push(ImportProblem {
                line: l.line,
                column: Some("ITEM_ORDER_NUMBER"),
                value: Some(number),
                kind: ImportProblemKind::NotOnDelivery,
            });
            continue;
        };
        let count = |key: &str, column: &'static str, problems: &mut Vec<ImportProblem>| match line_dec(f, l, key) {
            None => Ok(None),
            Some(d) => Count::try_from(d).map(Some).map_err(|_| {
                problems.push(ImportProblem {
                    line: l.line,
                    column: Some(column),
                    value: Some(d.to_string()),
                    kind: ImportProblemKind::Negative,
                });
            }),
        };
        let quantity = count("item_count", "ITEM_COUNT", problems);
        let quality = count("item_quality_count", "ITEM_QUALITY_COUNT", problems);
        let missing = count("item_quantity_count", "ITEM_QUANTITY_COUNT", problems);
        let (Ok(Some(quantity)), Ok(quality), Ok(missing)) = (quantity, quality, missing) else {
            continue;
        };
        let claimed = quality.map_or(Decimal::ZERO, Count::get) + missing.map_or(Decimal::ZERO, Count::get);
        if claimed > quantity.get() {
            problems.push(ImportProblem {
                line: l.line,
                column: Some("ITEM_COUNT"),
                value: Some(quantity.to_string()),
                kind: ImportProblemKind::ClaimTooLarge,
            });
            continue;
        }
        let unit_price = line_dec(f, l, "item_unit_price").and_then(|p| Money::try_from(p).ok());
        let value = line_dec(f, l, "item_price").and_then(|p| Money::try_from(p).ok());
        out.push(complaint_line::ActiveModel {
            quality_quantity: Set(quality.map(|c| c.to_string())),
            missing_quantity: Set(missing.map(|c| c.to_string())),
            item_id: Set(dl.item_id),
            item_name: Set(dl.item_name.clone()),
            item_order_number: Set(dl.item_order_number.clone()),
            item_unit: Set(dl.item_unit.clone()),
            unit_price: Set(unit_price.map(|m| m.to_string()).or_else(|| dl.unit_price.clone())),
            quantity: Set(quantity.to_string()),
            value: Set(value.map(|m| m.to_string())),
            ..Default::default()
        });
    }
    (problems.len() == before).then_some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn kinds_map_to_their_formats() {
        for k in DocKind::ALL {
            assert_eq!(DocKind::from_format(k.format()), Some(k));
        }
        assert_eq!(DocKind::from_format(Format::Warehouse), None);
    }

    #[test]
    fn file_lines_start_after_the_header() {
        assert_eq!(file_line(0), 2);
        assert_eq!(file_line(2), 4);
    }
}
