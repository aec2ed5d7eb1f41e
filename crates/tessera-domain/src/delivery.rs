//! Deliveries against an order: what a supplier declares (the advance shipping notice), what
//! the warehouse checks on arrival, and the order status that follows from those facts.
use crate::ids::OrderLineId;
use crate::number::{Count, Quantity};
use crate::order::OrderStatus;
use crate::text::DocNumber;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::fmt;
use std::str::FromStr;

/// Where a delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeliveryStatus {
    /// The supplier announced it; the warehouse has not checked it yet.
    Declared,
    /// The warehouse counted it (`CHECKED_COUNT` per line).
    Received,
    Cancelled,
}

impl DeliveryStatus {
    pub const ALL: [DeliveryStatus; 3] = [Self::Declared, Self::Received, Self::Cancelled];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Declared => "declared",
            Self::Received => "received",
            Self::Cancelled => "cancelled",
        }
    }
}

impl fmt::Display for DeliveryStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DeliveryStatus {
    type Err = crate::order::UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| crate::order::UnknownStatus(s.to_owned()))
    }
}

/// Longest reason a supplier may give for delivering more than was ordered.
pub const MAX_REASON: usize = 500;

/// One line of a declaration: how much of an order line comes with this delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclaredLine {
    pub order_line: OrderLineId,
    /// Zero means "not in this delivery".
    pub quantity: Count,
    /// Required when the quantity is more than what remains open.
    pub over_reason: Option<String>,
}

/// A delivery as the supplier declares it, every field already parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    /// The delivery-note number.
    pub number: DocNumber,
    pub loading_date: Option<NaiveDate>,
    /// Expected arrival (`DELIVERY_DATE` in the flat file).
    pub arrival_date: NaiveDate,
    pub lines: Vec<DeclaredLine>,
}

/// What an order line still expects: ordered minus what is on its way or arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineBalance {
    pub order_line: OrderLineId,
    pub ordered: Quantity,
    /// Declared in deliveries not yet checked, plus checked in received ones.
    pub declared: Decimal,
    /// Counted by the warehouse in received deliveries.
    pub received: Decimal,
}

impl LineBalance {
    /// What remains open, never below zero.
    pub fn open(&self) -> Decimal {
        (self.ordered.get() - self.declared).max(Decimal::ZERO)
    }
}

/// A rule a declaration breaks, named so the page can say it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeclarationRule {
    /// The order is not waiting for deliveries (draft, delivered, closed, cancelled).
    OrderNotOpen,
    /// Every quantity is zero.
    NothingDeclared,
    /// Arrival before today.
    ArrivalInPast,
    /// Loading after the expected arrival.
    LoadingAfterArrival,
    /// A line that is not one of the order's.
    UnknownLine(OrderLineId),
    /// More than remains open on this line, and no reason given.
    OverWithoutReason(OrderLineId),
    /// The same order line twice.
    DuplicateLine(OrderLineId),
}

/// Something worth saying that does not stop the declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeclarationWarning {
    /// More than remains open on this line (a reason was given).
    OverDelivery { order_line: OrderLineId, open: Decimal, declared: Decimal },
}

impl OrderStatus {
    /// May a delivery be declared against the order now?
    pub fn accepts_delivery(self) -> bool {
        matches!(self, Self::Sent | Self::Confirmed | Self::DateProposed | Self::PartiallyDelivered)
    }
}

/// Checks a declaration against the order's state and its lines' balances. Returns the
/// warnings when it may be saved, or every broken rule.
pub fn check_declaration(
    status: OrderStatus,
    declaration: &Declaration,
    balances: &[LineBalance],
    today: NaiveDate,
) -> Result<Vec<DeclarationWarning>, Vec<DeclarationRule>> {
    let mut broken = Vec::new();
    let mut warnings = Vec::new();
    if !status.accepts_delivery() {
        broken.push(DeclarationRule::OrderNotOpen);
    }
    if declaration.arrival_date < today {
        broken.push(DeclarationRule::ArrivalInPast);
    }
    if let Some(l) = declaration.loading_date
        && l > declaration.arrival_date
    {
        broken.push(DeclarationRule::LoadingAfterArrival);
    }
    let mut seen = std::collections::HashSet::new();
    for line in &declaration.lines {
        if !seen.insert(line.order_line) {
            broken.push(DeclarationRule::DuplicateLine(line.order_line));
            continue;
        }
        let Some(balance) = balances.iter().find(|b| b.order_line == line.order_line) else {
            broken.push(DeclarationRule::UnknownLine(line.order_line));
            continue;
        };
        let open = balance.open();
        if line.quantity.get() > open {
            if line.over_reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
                broken.push(DeclarationRule::OverWithoutReason(line.order_line));
            } else {
                warnings.push(DeclarationWarning::OverDelivery {
                    order_line: line.order_line,
                    open,
                    declared: line.quantity.get(),
                });
            }
        }
    }
    if declaration.lines.iter().all(|l| l.quantity.get().is_zero()) {
        broken.push(DeclarationRule::NothingDeclared);
    }
    if broken.is_empty() { Ok(warnings) } else { Err(broken) }
}

/// The order's status after its deliveries changed: delivered when every line has arrived in
/// full (as counted by the warehouse), partially delivered when anything has, otherwise what
/// the date answers made it. Draft, closed and cancelled orders stay as they are.
pub fn status_after_deliveries(current: OrderStatus, balances: &[LineBalance], had_confirmed: bool) -> OrderStatus {
    use OrderStatus::*;
    if matches!(current, Draft | Closed | Cancelled) {
        return current;
    }
    let any = balances.iter().any(|b| b.received > Decimal::ZERO);
    let all = !balances.is_empty() && balances.iter().all(|b| b.received >= b.ordered.get());
    match (all, any) {
        (true, _) => Delivered,
        (false, true) => PartiallyDelivered,
        // Nothing has arrived (a receipt may have counted zero): back to the date's state.
        (false, false) => match current {
            Delivered | PartiallyDelivered if had_confirmed => Confirmed,
            Delivered | PartiallyDelivered => Sent,
            other => other,
        },
    }
}

/// A line the warehouse counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckedLine {
    pub position: i32,
    pub checked: Count,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }
    fn q(s: &str) -> Quantity {
        Quantity::parse(s).unwrap()
    }
    fn c(s: &str) -> Count {
        Count::parse(s).unwrap()
    }
    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }
    fn bal(id: i64, ordered: &str, declared: &str, received: &str) -> LineBalance {
        LineBalance {
            order_line: OrderLineId::new(id),
            ordered: q(ordered),
            declared: dec(declared),
            received: dec(received),
        }
    }
    fn decl(lines: &[(i64, &str, Option<&str>)]) -> Declaration {
        Declaration {
            number: DocNumber::parse("WZ/1").unwrap(),
            loading_date: Some(d(23)),
            arrival_date: d(24),
            lines: lines
                .iter()
                .map(|(id, qty, reason)| DeclaredLine {
                    order_line: OrderLineId::new(*id),
                    quantity: c(qty),
                    over_reason: reason.map(str::to_owned),
                })
                .collect(),
        }
    }

    #[test]
    fn partial_and_over_delivery() {
        let balances = [bal(1, "5", "2", "2"), bal(2, "40", "0", "0")];
        // Partial: fine, no warnings.
        assert_eq!(
            check_declaration(OrderStatus::Confirmed, &decl(&[(1, "3", None), (2, "10", None)]), &balances, d(22)),
            Ok(vec![])
        );
        // Over the open 3 without a reason: refused; with one: a warning.
        assert_eq!(
            check_declaration(OrderStatus::Confirmed, &decl(&[(1, "4", None)]), &balances, d(22)),
            Err(vec![DeclarationRule::OverWithoutReason(OrderLineId::new(1))])
        );
        assert_eq!(
            check_declaration(OrderStatus::Confirmed, &decl(&[(1, "4", Some("full pallet"))]), &balances, d(22)),
            Ok(vec![DeclarationWarning::OverDelivery {
                order_line: OrderLineId::new(1),
                open: dec("3"),
                declared: dec("4")
            }])
        );
        assert_eq!(balances[0].open(), dec("3"));
        assert_eq!(bal(1, "5", "7", "7").open(), Decimal::ZERO);
    }

    #[test]
    fn refusals() {
        let balances = [bal(1, "5", "0", "0")];
        for closed in [OrderStatus::Draft, OrderStatus::Cancelled, OrderStatus::Closed, OrderStatus::Delivered] {
            assert_eq!(
                check_declaration(closed, &decl(&[(1, "1", None)]), &balances, d(22)),
                Err(vec![DeclarationRule::OrderNotOpen])
            );
        }
        assert_eq!(
            check_declaration(OrderStatus::Sent, &decl(&[(1, "0", None)]), &balances, d(22)),
            Err(vec![DeclarationRule::NothingDeclared])
        );
        let mut late = decl(&[(1, "1", None)]);
        late.arrival_date = d(21);
        late.loading_date = Some(d(25));
        assert_eq!(
            check_declaration(OrderStatus::Sent, &late, &balances, d(22)),
            Err(vec![DeclarationRule::ArrivalInPast, DeclarationRule::LoadingAfterArrival])
        );
        assert_eq!(
            check_declaration(
                OrderStatus::Sent,
                &decl(&[(9, "1", None), (1, "1", None), (1, "1", None)]),
                &balances,
                d(22)
            ),
            Err(vec![
                DeclarationRule::UnknownLine(OrderLineId::new(9)),
                DeclarationRule::DuplicateLine(OrderLineId::new(1))
            ])
        );
    }

    #[test]
    fn status_follows_what_arrived() {
        use OrderStatus::*;
        let none = [bal(1, "5", "5", "0"), bal(2, "4", "0", "0")];
        let part = [bal(1, "5", "5", "5"), bal(2, "4", "0", "0")];
        let all = [bal(1, "5", "5", "5"), bal(2, "4", "4", "4.5")];
        assert_eq!(status_after_deliveries(Confirmed, &none, true), Confirmed);
        assert_eq!(status_after_deliveries(Confirmed, &part, true), PartiallyDelivered);
        assert_eq!(status_after_deliveries(PartiallyDelivered, &all, true), Delivered);
        assert_eq!(status_after_deliveries(Sent, &all, false), Delivered);
        // A receipt corrected to zero takes the order back.
        assert_eq!(status_after_deliveries(PartiallyDelivered, &none, true), Confirmed);
        assert_eq!(status_after_deliveries(PartiallyDelivered, &none, false), Sent);
        for fixed in [Draft, Closed, Cancelled] {
            assert_eq!(status_after_deliveries(fixed, &all, true), fixed);
        }
    }
}

/// How the buyer ends an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Before anything was delivered or declared.
    Cancel,
    /// After deliveries: nothing more is expected, even if lines are still open.
    Close,
}

/// Why an order cannot end that way now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndRule {
    /// Deliveries were declared or received: close it instead.
    HasDeliveries,
    /// Nothing arrived yet: cancel it instead.
    NothingDelivered,
    /// A declared delivery still waits for the warehouse.
    AwaitsReceipt,
    /// It is already closed or cancelled.
    AlreadyEnded,
}

/// The status after ending an order, given whether it has deliveries (not cancelled) and
/// whether one of them still waits for the warehouse.
pub fn end_order(
    status: OrderStatus,
    ending: Ending,
    has_deliveries: bool,
    awaits_receipt: bool,
) -> Result<OrderStatus, EndRule> {
    use OrderStatus::*;
    match (status, ending) {
        (Closed | Cancelled, _) => Err(EndRule::AlreadyEnded),
        (_, Ending::Cancel) if has_deliveries => Err(EndRule::HasDeliveries),
        (PartiallyDelivered | Delivered, Ending::Cancel) => Err(EndRule::HasDeliveries),
        (_, Ending::Cancel) => Ok(Cancelled),
        (_, Ending::Close) if awaits_receipt => Err(EndRule::AwaitsReceipt),
        (PartiallyDelivered | Delivered, Ending::Close) => Ok(Closed),
        (_, Ending::Close) => Err(EndRule::NothingDelivered),
    }
}

#[cfg(test)]
mod end_tests {
    use super::*;
    use OrderStatus::*;

    #[test]
    fn cancel_before_deliveries_close_after() {
        assert_eq!(end_order(Sent, Ending::Cancel, false, false), Ok(Cancelled));
        assert_eq!(end_order(Draft, Ending::Cancel, false, false), Ok(Cancelled));
        assert_eq!(end_order(Confirmed, Ending::Cancel, true, true), Err(EndRule::HasDeliveries));
        assert_eq!(end_order(PartiallyDelivered, Ending::Cancel, true, false), Err(EndRule::HasDeliveries));
        assert_eq!(end_order(PartiallyDelivered, Ending::Close, true, false), Ok(Closed));
        assert_eq!(end_order(Delivered, Ending::Close, true, true), Err(EndRule::AwaitsReceipt));
        assert_eq!(end_order(Confirmed, Ending::Close, false, false), Err(EndRule::NothingDelivered));
        assert_eq!(end_order(Cancelled, Ending::Cancel, false, false), Err(EndRule::AlreadyEnded));
        assert_eq!(end_order(Closed, Ending::Close, true, false), Err(EndRule::AlreadyEnded));
    }
}
