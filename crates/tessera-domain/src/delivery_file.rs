//! A delivery file (CSV in the seed's delivery format, Tessera's delivery XML or UBL) read
//! against the order it is uploaded for: which order line each file line fills, and every
//! reason the file does not fit that order. Pure: the file was already read by
//! `tessera-formats`; this only compares.
use crate::ids::OrderLineId;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use tessera_formats::{Document, Format, Report};

/// The order as the file is compared with it.
#[derive(Debug, Clone)]
pub struct OrderView<'a> {
    pub number: &'a str,
    /// The supplier's code (`ACCOUNT` in the file).
    pub account: &'a str,
    /// (line, item ordering number, unit)
    pub lines: Vec<(OrderLineId, &'a str, Option<&'a str>)>,
}

/// Why a file does not fit the order (errors) or deserves a second look (warnings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// The file is for another order.
    OtherOrder { file: String, order: String },
    /// The file names another supplier account.
    OtherAccount { file: String },
    /// No line of the order has this item.
    UnknownItem { item: String },
    /// The file holds more than one delivery.
    SeveralDeliveries,
    /// Warning: the file names no order; it is read as a delivery for this one.
    NoOrderNumber { order: String },
    /// Warning: the unit differs from the order's.
    UnitDiffers { file: String, order: String },
    /// Warning: the checked count is the warehouse's to record; the supplier's is ignored.
    CheckedCountIgnored,
}

impl Mismatch {
    pub fn is_error(&self) -> bool {
        matches!(
            self,
            Self::OtherOrder { .. } | Self::OtherAccount { .. } | Self::UnknownItem { .. } | Self::SeveralDeliveries
        )
    }
}

/// A mismatch at a line of the file, with the column and value as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileIssue {
    pub line: u64,
    pub column: Option<&'static str>,
    pub value: Option<String>,
    pub mismatch: Mismatch,
}

/// One line of the file as it was matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchedLine {
    pub line: u64,
    pub item_order_number: String,
    pub item_name: String,
    pub count: Decimal,
    pub order_line: Option<OrderLineId>,
}

/// What the file says, matched to the order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FileDelivery {
    pub number: String,
    pub arrival_date: Option<NaiveDate>,
    pub loading_date: Option<NaiveDate>,
    pub lines: Vec<MatchedLine>,
    /// The quantity for each order line, summed over the file lines that name its item.
    pub quantities: BTreeMap<OrderLineId, Decimal>,
    pub issues: Vec<FileIssue>,
}

impl FileDelivery {
    pub fn has_errors(&self) -> bool {
        self.issues.iter().any(|i| i.mismatch.is_error())
    }
}

fn text(doc: &Document, key: &str) -> Option<String> {
    doc.field(key).and_then(|v| v.as_str()).map(str::to_owned)
}

/// Matches a read file to the order. Call only when the report has no errors of its own.
pub fn match_delivery(report: &Report, order: &OrderView<'_>) -> FileDelivery {
    let mut out = FileDelivery::default();
    let Some(doc) = report.documents.first() else { return out };
    let first_line = doc.lines.first().map(|l| l.line).unwrap_or(1);
    let issue = |line: u64, column: Option<&'static str>, value: Option<String>, mismatch: Mismatch| FileIssue {
        line,
        column,
        value,
        mismatch,
    };
    for extra in report.documents.iter().skip(1) {
        let line = extra.lines.first().map(|l| l.line).unwrap_or(1);
        out.issues.push(issue(line, Some("DELIVERY_NUMBER"), Some(extra.number.clone()), Mismatch::SeveralDeliveries));
    }
    out.number = doc.number.clone();
    out.arrival_date = doc.date;
    out.loading_date = doc.field("loading_date").and_then(|v| v.as_date());
    match text(doc, "order_number") {
        Some(n) if n != order.number => out.issues.push(issue(
            first_line,
            Some("ORDER_NUMBER"),
            Some(n.clone()),
            Mismatch::OtherOrder { file: n, order: order.number.to_owned() },
        )),
        Some(_) => {}
        None => out.issues.push(issue(
            first_line,
            Some("ORDER_NUMBER"),
            None,
            Mismatch::NoOrderNumber { order: order.number.to_owned() },
        )),
    }
    if let Some(a) = text(doc, "account")
        && a != order.account
    {
        out.issues.push(issue(first_line, Some("ACCOUNT"), Some(a.clone()), Mismatch::OtherAccount { file: a }));
    }
    let f = Format::Delivery;
    for l in &doc.lines {
        let item = l.get(f, "item_order_number").and_then(|v| v.as_str()).unwrap_or_default().to_owned();
        let count = l.get(f, "item_count").and_then(|v| v.as_decimal()).unwrap_or_default();
        let matched = order.lines.iter().find(|(_, number, _)| *number == item);
        match matched {
            Some((id, _, unit)) => {
                *out.quantities.entry(*id).or_default() += count;
                let file_unit = l.get(f, "item_unit").and_then(|v| v.as_str()).unwrap_or_default();
                if let Some(u) = unit
                    && !file_unit.eq_ignore_ascii_case(u)
                {
                    out.issues.push(issue(
                        l.line,
                        Some("ITEM_UNIT"),
                        Some(file_unit.to_owned()),
                        Mismatch::UnitDiffers { file: file_unit.to_owned(), order: (*u).to_owned() },
                    ));
                }
            }
            None => out.issues.push(issue(
                l.line,
                Some("ITEM_ORDER_NUMBER"),
                Some(item.clone()),
                Mismatch::UnknownItem { item: item.clone() },
            )),
        }
        if l.get(f, "checked_count").is_some() {
            out.issues.push(issue(l.line, Some("CHECKED_COUNT"), None, Mismatch::CheckedCountIgnored));
        }
        out.lines.push(MatchedLine {
            line: l.line,
            item_order_number: item,
            item_name: l.get(f, "item_name").and_then(|v| v.as_str()).unwrap_or_default().to_owned(),
            count,
            order_line: matched.map(|(id, _, _)| *id),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use tessera_formats::{ReadOptions, read_all};

    const HEADER: &str = "DELIVERY_NUMBER;DELIVERY_DATE;LOADING_DATE;ORDER_NUMBER;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE;CHECKED_COUNT\n";

    fn order() -> OrderView<'static> {
        OrderView {
            number: "ZAM/12/2020",
            account: "11587",
            lines: vec![
                (OrderLineId::new(1), "P199120", Some("PIECE")),
                (OrderLineId::new(2), "P199121", Some("PIECE")),
            ],
        }
    }

    fn read(rows: &str) -> Report {
        let r = read_all(format!("{HEADER}{rows}").as_bytes(), Format::Delivery, ReadOptions::default());
        assert!(r.is_ok(), "{:?}", r.errors);
        r
    }

    #[test]
    fn lines_fill_the_order_lines_by_item() {
        let f = match_delivery(
            &read(
                "D/1;2026-11-25;2026-11-24;ZAM/12/2020;11587;;;;;BUCKLE;P199120;PIECE;;3;;\n\
                 D/1;2026-11-25;2026-11-24;ZAM/12/2020;11587;;;;;BUCKLE;P199120;PIECE;;2;;\n\
                 D/1;2026-11-25;2026-11-24;ZAM/12/2020;11587;;;;;BOLT;P199121;PIECE;;40;;\n",
            ),
            &order(),
        );
        assert!(f.issues.is_empty(), "{:?}", f.issues);
        assert_eq!(f.number, "D/1");
        assert_eq!(f.arrival_date, NaiveDate::from_ymd_opt(2026, 11, 25));
        assert_eq!(f.quantities.get(&OrderLineId::new(1)), Some(&Decimal::from(5)));
        assert_eq!(f.quantities.get(&OrderLineId::new(2)), Some(&Decimal::from(40)));
    }

    #[test]
    fn a_file_for_another_order_account_or_item_is_refused() {
        let f = match_delivery(&read("D/1;2026-11-25;;ZAM/99/2020;99999;;;;;NUT;X1;KG;;3;;1\n"), &order());
        assert!(f.has_errors());
        let kinds: Vec<&Mismatch> = f.issues.iter().map(|i| &i.mismatch).collect();
        assert!(matches!(kinds[0], Mismatch::OtherOrder { file, .. } if file == "ZAM/99/2020"));
        assert!(matches!(kinds[1], Mismatch::OtherAccount { .. }));
        assert!(matches!(kinds[2], Mismatch::UnknownItem { item } if item == "X1"));
        assert_eq!(kinds[3], &Mismatch::CheckedCountIgnored);
        assert_eq!(f.issues[2].line, 2);
        // Without an order number, it is this order's, with a warning.
        let f = match_delivery(&read("D/1;2026-11-25;;;;;;;;BUCKLE;P199120;SZT;;3;;\n"), &order());
        assert!(!f.has_errors());
        assert!(matches!(f.issues[0].mismatch, Mismatch::NoOrderNumber { .. }));
        assert!(matches!(f.issues[1].mismatch, Mismatch::UnitDiffers { .. }));
    }
}
