//! A supplier's scorecard: how reliably it delivers, from the facts Tessera holds. Pure: the
//! facts are loaded by the database module, the figures computed here.
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rust_decimal::Decimal;

/// One received delivery against an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedDelivery {
    /// When it arrived (the receipt's day, else the delivery date).
    pub arrived: NaiveDate,
    /// The date it was due: the order's confirmed date, else its requested date.
    pub due: Option<NaiveDate>,
    /// Declared and checked quantity per line.
    pub lines: Vec<(Decimal, Decimal)>,
}

/// One order that was sent, and when the supplier first answered about the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateResponse {
    pub sent_at: DateTime<Utc>,
    pub answered_at: Option<DateTime<Utc>>,
}

/// A share: `part` of `whole`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ratio {
    pub part: u64,
    pub whole: u64,
}

impl Ratio {
    /// Whole percent, rounded half up; `None` when there is nothing to measure.
    pub fn percent(&self) -> Option<u64> {
        (self.whole > 0).then(|| (self.part * 200 + self.whole) / (self.whole * 2))
    }
}

/// The figures of one supplier.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scorecard {
    /// Received deliveries that arrived by their due date.
    pub on_time: Ratio,
    /// Received lines whose checked quantity equals the declared one.
    pub accurate_lines: Ratio,
    /// Received deliveries with a complaint.
    pub complained: Ratio,
    /// Mean hours from sending an order to the supplier's first date answer.
    pub mean_response_hours: Option<u64>,
    /// Sent orders still without a date answer.
    pub unanswered: u64,
    /// On-time share per month, oldest first: (first day of the month, ratio).
    pub months: Vec<(NaiveDate, Ratio)>,
}

fn month_of(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// The scorecard over `deliveries` (each with whether it has a complaint) and `responses`,
/// with `months` monthly points ending with the month of `today`.
pub fn scorecard(
    deliveries: &[(ReceivedDelivery, bool)],
    responses: &[DateResponse],
    today: NaiveDate,
    months: u32,
) -> Scorecard {
    let mut s = Scorecard::default();
    for (d, complained) in deliveries {
        if let Some(due) = d.due {
            s.on_time.whole += 1;
            s.on_time.part += u64::from(d.arrived <= due);
        }
        for (declared, checked) in &d.lines {
            s.accurate_lines.whole += 1;
            s.accurate_lines.part += u64::from(declared == checked);
        }
        s.complained.whole += 1;
        s.complained.part += u64::from(*complained);
    }
    let answered: Vec<i64> =
        responses.iter().filter_map(|r| r.answered_at.map(|a| (a - r.sent_at).num_minutes().max(0))).collect();
    s.unanswered = responses.iter().filter(|r| r.answered_at.is_none()).count() as u64;
    if !answered.is_empty() {
        let mean_minutes = answered.iter().sum::<i64>() / answered.len() as i64;
        s.mean_response_hours = u64::try_from((mean_minutes + 30) / 60).ok();
    }
    let mut start = month_of(today);
    for _ in 1..months {
        start = month_of(start.pred_opt().unwrap_or(start));
    }
    let mut m = start;
    for _ in 0..months {
        let mut r = Ratio::default();
        for (d, _) in deliveries {
            if let Some(due) = d.due
                && month_of(d.arrived) == m
            {
                r.whole += 1;
                r.part += u64::from(d.arrived <= due);
            }
        }
        s.months.push((m, r));
        m = month_of(m + chrono::Days::new(32));
    }
    s
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn dec(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn figures_from_facts() {
        let deliveries = vec![
            (
                ReceivedDelivery {
                    arrived: d(2026, 10, 14),
                    due: Some(d(2026, 10, 15)),
                    lines: vec![(dec(500), dec(480))],
                },
                true,
            ),
            (
                ReceivedDelivery {
                    arrived: d(2026, 11, 8),
                    due: Some(d(2026, 11, 5)),
                    lines: vec![(dec(600), dec(600)), (dec(10), dec(9))],
                },
                false,
            ),
            (ReceivedDelivery { arrived: d(2026, 11, 20), due: None, lines: vec![(dec(1), dec(1))] }, false),
        ];
        let sent = Utc.with_ymd_and_hms(2026, 11, 2, 8, 0, 0).unwrap();
        let responses = [
            DateResponse { sent_at: sent, answered_at: Some(sent + chrono::Duration::hours(5)) },
            DateResponse { sent_at: sent, answered_at: Some(sent + chrono::Duration::hours(20)) },
            DateResponse { sent_at: sent, answered_at: None },
        ];
        let s = scorecard(&deliveries, &responses, d(2026, 11, 22), 3);
        assert_eq!(s.on_time, Ratio { part: 1, whole: 2 });
        assert_eq!(s.on_time.percent(), Some(50));
        assert_eq!(s.accurate_lines, Ratio { part: 2, whole: 4 });
        assert_eq!(s.complained, Ratio { part: 1, whole: 3 });
        assert_eq!(s.complained.percent(), Some(33));
        assert_eq!(s.mean_response_hours, Some(13), "(5 + 20) / 2 = 12.5, rounded");
        assert_eq!(s.unanswered, 1);
        let months: Vec<(NaiveDate, Ratio)> = s.months.clone();
        assert_eq!(
            months,
            vec![
                (d(2026, 9, 1), Ratio::default()),
                (d(2026, 10, 1), Ratio { part: 1, whole: 1 }),
                (d(2026, 11, 1), Ratio { part: 0, whole: 1 }),
            ]
        );
        assert_eq!(Ratio::default().percent(), None);
        assert_eq!(Ratio { part: 2, whole: 3 }.percent(), Some(67));
    }
}
