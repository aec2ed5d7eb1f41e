//! Work orders for outside firms doing service work (facility maintenance): what is to be done
//! at a site or on an asset, the checklist the subcontractor fills when inspecting, their
//! confirmation that the work was done, and staff accepting it or sending it back.
use crate::ids::AssetId;
use crate::number::parse_decimal;
use crate::text::{DocNumber, Name, Text, TextError};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;
use std::str::FromStr;

/// At most this many items in a checklist.
pub const MAX_ITEMS: usize = 100;
/// Longest label of a checklist item.
pub const MAX_LABEL: usize = 200;
/// Longest unit of a measurement (`MΩ`, `Nm`, `°C`).
pub const MAX_UNIT: usize = 20;
/// Longest description of a work order.
pub const MAX_DESCRIPTION: usize = 4000;
/// Longest comment on one answer of a checklist.
pub const MAX_COMMENT: usize = 1000;
/// Longest reason for sending a confirmation back.
pub const MAX_REASON: usize = 1000;

/// A trimmed, non-empty text of at most `MAX` characters that may span lines: line breaks
/// (stored as `\n`) and tabs are kept, other control characters are refused.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct LongText<const MAX: usize>(String);

impl<const MAX: usize> LongText<MAX> {
    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let normal = raw.replace("\r\n", "\n").replace('\r', "\n");
        let t = normal.trim();
        if t.is_empty() {
            return Err(TextError::Empty);
        }
        if t.chars().count() > MAX {
            return Err(TextError::TooLong { max: MAX });
        }
        if t.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            return Err(TextError::Control);
        }
        Ok(Self(t.to_owned()))
    }
    /// Empty (or only whitespace) is none; anything else must parse.
    pub fn optional(raw: &str) -> Result<Option<Self>, TextError> {
        match Self::parse(raw) {
            Ok(t) => Ok(Some(t)),
            Err(TextError::Empty) => Ok(None),
            Err(e) => Err(e),
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_string(self) -> String {
        self.0
    }
}

impl<'de, const MAX: usize> Deserialize<'de> for LongText<MAX> {
    /// Read back with the same rules as typing it.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Self::parse(&raw).map_err(serde::de::Error::custom)
    }
}

impl<const MAX: usize> fmt::Display for LongText<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The description of a work order.
pub type Description = LongText<MAX_DESCRIPTION>;

/// Reads a [`Text`] stored as JSON, with the same rules as typing it.
pub(crate) fn deserialize_text<'de, D: Deserializer<'de>, const MAX: usize>(d: D) -> Result<Text<MAX>, D::Error> {
    let raw = String::deserialize(d)?;
    Text::parse(&raw).map_err(serde::de::Error::custom)
}

/// A person's name as typed in a one-line field: stray control characters (a pasted tab) are
/// read as spaces.
pub(crate) fn parse_person(raw: &str) -> Result<Name, TextError> {
    Name::parse(&raw.replace(char::is_control, " "))
}

/// Where a work order stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WorkOrderStatus {
    /// Registered; the subcontractor works on it (or it was sent back).
    Open,
    /// The subcontractor confirmed the work as done; staff review it.
    Submitted,
    Accepted,
    Cancelled,
}

impl WorkOrderStatus {
    pub const ALL: [WorkOrderStatus; 4] = [Self::Open, Self::Submitted, Self::Accepted, Self::Cancelled];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Submitted => "submitted",
            Self::Accepted => "accepted",
            Self::Cancelled => "cancelled",
        }
    }
    /// Nothing more happens to it: a one-off link issued for it no longer works.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Accepted | Self::Cancelled)
    }
}

impl fmt::Display for WorkOrderStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for WorkOrderStatus {
    type Err = crate::order::UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| crate::order::UnknownStatus(s.to_owned()))
    }
}

/// What a checklist item asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CheckKind {
    /// Pass, fail or not applicable.
    PassFail,
    /// A measured value, optionally in a unit and within a range (both ends inclusive).
    Measurement {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<Decimal>,
    },
}

/// One item of a work order's checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    #[serde(deserialize_with = "deserialize_text")]
    pub label: Text<MAX_LABEL>,
    pub kind: CheckKind,
}

/// A rule a checklist breaks; indexes are 0-based among the non-empty lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChecklistRule {
    /// No item at all.
    Empty,
    /// More than [`MAX_ITEMS`].
    TooMany,
    /// The line has a unit or a range but no label (`| Nm | 40..60`).
    LabelRequired(usize),
    LabelTooLong(usize),
    /// The unit is longer than [`MAX_UNIT`].
    UnitTooLong(usize),
    /// The range is not `min..max`, `min..` or `..max` with numbers, or min is above max.
    BadRange(usize),
    /// More than `Label | unit | range`.
    TooManyParts(usize),
    /// The same label as an earlier line (ignoring case).
    Duplicate(usize),
}

/// Reads a checklist typed in a textarea, one item per non-empty line: `Label` is pass/fail,
/// `Label | unit | min..max` a measurement (unit and range optional: `Insulation resistance |
/// MΩ | 1..`, `Oil level | | ..80`, `Torque | Nm | 40..60`), decimals with comma or dot.
pub fn parse_checklist(raw: &str) -> Result<Vec<ChecklistItem>, Vec<ChecklistRule>> {
    let lines: Vec<&str> = raw.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() {
        return Err(vec![ChecklistRule::Empty]);
    }
    let mut broken = Vec::new();
    if lines.len() > MAX_ITEMS {
        broken.push(ChecklistRule::TooMany);
    }
    let mut seen = std::collections::HashSet::new();
    let mut items = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        if let Some(item) = parse_item(i, line, &mut broken) {
            if !seen.insert(item.label.as_str().to_lowercase()) {
                broken.push(ChecklistRule::Duplicate(i));
            }
            items.push(item);
        }
    }
    if broken.is_empty() { Ok(items) } else { Err(broken) }
}

fn parse_item(i: usize, line: &str, broken: &mut Vec<ChecklistRule>) -> Option<ChecklistItem> {
    let parts: Vec<&str> = line.split('|').map(str::trim).collect();
    let before = broken.len();
    let label = match Text::<MAX_LABEL>::parse(&parts[0].replace(char::is_control, " ")) {
        Ok(l) => Some(l),
        Err(TextError::TooLong { .. }) => {
            broken.push(ChecklistRule::LabelTooLong(i));
            None
        }
        Err(_) => {
            broken.push(ChecklistRule::LabelRequired(i));
            None
        }
    };
    if parts.len() > 3 {
        broken.push(ChecklistRule::TooManyParts(i));
    }
    let kind = if parts.len() == 1 {
        CheckKind::PassFail
    } else {
        let unit = parts.get(1).copied().filter(|u| !u.is_empty());
        if unit.is_some_and(|u| u.chars().count() > MAX_UNIT) {
            broken.push(ChecklistRule::UnitTooLong(i));
        }
        let (min, max) = match parse_range(parts.get(2).copied().unwrap_or("")) {
            Some(range) => range,
            None => {
                broken.push(ChecklistRule::BadRange(i));
                (None, None)
            }
        };
        CheckKind::Measurement { unit: unit.map(|u| u.replace(char::is_control, " ")), min, max }
    };
    match label {
        Some(label) if broken.len() == before => Some(ChecklistItem { label, kind }),
        _ => None,
    }
}

type Range = (Option<Decimal>, Option<Decimal>);

/// `""`, `".."`, `"1.."`, `"..80"`, `"40..60"`; `None` when unreadable or min > max.
fn parse_range(raw: &str) -> Option<Range> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Some((None, None));
    }
    let (lo, hi) = raw.split_once("..")?;
    let end = |s: &str| {
        let s = s.trim();
        if s.is_empty() { Ok(None) } else { parse_decimal(s).map(Some) }
    };
    let (min, max) = (end(lo).ok()?, end(hi).ok()?);
    if let (Some(a), Some(b)) = (min, max)
        && a > b
    {
        return None;
    }
    Some((min, max))
}

/// The checklist as [`parse_checklist`] reads it, one item per line.
pub fn checklist_to_text(items: &[ChecklistItem]) -> String {
    let lines: Vec<String> = items
        .iter()
        .map(|item| match &item.kind {
            CheckKind::PassFail => item.label.to_string(),
            CheckKind::Measurement { unit, min, max } => {
                let mut line = format!("{} |", item.label);
                if let Some(u) = unit.as_deref().filter(|u| !u.is_empty()) {
                    line.push(' ');
                    line.push_str(u);
                }
                if min.is_some() || max.is_some() {
                    let show = |d: &Option<Decimal>| d.map(|d| d.to_string()).unwrap_or_default();
                    line.push_str(&format!(" | {}..{}", show(min), show(max)));
                }
                line
            }
        })
        .collect();
    lines.join("\n")
}

/// A work order as staff (or the subcontractor, where allowed) register it, every field parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkOrderDraft {
    pub number: DocNumber,
    /// The asset worked on, when the work is on one (otherwise the site as a whole).
    pub asset: Option<AssetId>,
    pub site: Name,
    pub description: Description,
    pub due_date: Option<NaiveDate>,
    pub checklist: Vec<ChecklistItem>,
}

/// A rule a work order breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkOrderRule {
    /// Due before today.
    DueInPast,
    /// No checklist item: there is nothing to inspect or confirm.
    NoChecklist,
    /// More than [`MAX_ITEMS`] checklist items.
    TooManyItems,
}

/// Checks a work order on its own (the database then checks the asset, the site and the number).
pub fn check_work_order(d: &WorkOrderDraft, today: NaiveDate) -> Result<(), Vec<WorkOrderRule>> {
    let mut broken = Vec::new();
    if d.due_date.is_some_and(|due| due < today) {
        broken.push(WorkOrderRule::DueInPast);
    }
    if d.checklist.is_empty() {
        broken.push(WorkOrderRule::NoChecklist);
    }
    if d.checklist.len() > MAX_ITEMS {
        broken.push(WorkOrderRule::TooManyItems);
    }
    if broken.is_empty() { Ok(()) } else { Err(broken) }
}

/// The outcome of one checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckResult {
    Pass,
    Fail,
    #[serde(rename = "na")]
    NotApplicable,
}

impl CheckResult {
    pub const ALL: [CheckResult; 3] = [Self::Pass, Self::Fail, Self::NotApplicable];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pass => "pass",
            Self::Fail => "fail",
            Self::NotApplicable => "na",
        }
    }
}

impl fmt::Display for CheckResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CheckResult {
    type Err = crate::order::UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| crate::order::UnknownStatus(s.to_owned()))
    }
}

/// One answer as the subcontractor filled it in (photos are attachments, kept elsewhere).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckAnswer {
    pub result: Option<CheckResult>,
    pub measurement: Option<Decimal>,
    pub comment: Option<String>,
}

/// One answer of a confirmed inspection: always with a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckedAnswer {
    pub result: CheckResult,
    /// Only for measurement items.
    pub measurement: Option<Decimal>,
    /// Trimmed; never empty.
    pub comment: Option<String>,
}

/// A filled checklist, confirmed as done by a named person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InspectionRecord {
    /// In the order of the checklist's items.
    pub answers: Vec<CheckedAnswer>,
    pub confirmed_by: Name,
    /// How many items failed.
    pub failed: usize,
}

/// A rule a filled checklist breaks; indexes are the checklist items' (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InspectionRule {
    /// Not as many answers as items (the checklist changed under the form).
    CountMismatch,
    /// No result chosen.
    Unanswered(usize),
    /// A measurement item passed or failed without its value.
    MeasurementMissing(usize),
    /// The value is outside the item's range but the item passed: it must fail.
    OutOfRange(usize),
    /// Failed without a comment saying what is wrong.
    CommentRequired(usize),
    CommentTooLong(usize),
    /// Nobody named as confirming.
    NameRequired,
    NameTooLong,
}

/// Checks a filled checklist against its items and the confirming person's name.
pub fn check_inspection(
    items: &[ChecklistItem],
    answers: &[CheckAnswer],
    confirmed_by: &str,
) -> Result<InspectionRecord, Vec<InspectionRule>> {
    let mut broken = Vec::new();
    let mut checked = Vec::with_capacity(items.len());
    if answers.len() != items.len() {
        broken.push(InspectionRule::CountMismatch);
    } else {
        for (i, (item, answer)) in items.iter().zip(answers).enumerate() {
            if let Some(a) = check_answer(i, item, answer, &mut broken) {
                checked.push(a);
            }
        }
    }
    let name = match parse_person(confirmed_by) {
        Ok(n) => Some(n),
        Err(TextError::TooLong { .. }) => {
            broken.push(InspectionRule::NameTooLong);
            None
        }
        Err(_) => {
            broken.push(InspectionRule::NameRequired);
            None
        }
    };
    match name {
        Some(confirmed_by) if broken.is_empty() => {
            let failed = checked.iter().filter(|a| a.result == CheckResult::Fail).count();
            Ok(InspectionRecord { answers: checked, confirmed_by, failed })
        }
        _ => Err(broken),
    }
}

fn check_answer(
    i: usize,
    item: &ChecklistItem,
    answer: &CheckAnswer,
    broken: &mut Vec<InspectionRule>,
) -> Option<CheckedAnswer> {
    let comment = answer.comment.as_deref().map(str::trim).filter(|c| !c.is_empty()).map(str::to_owned);
    if comment.as_deref().is_some_and(|c| c.chars().count() > MAX_COMMENT) {
        broken.push(InspectionRule::CommentTooLong(i));
    }
    let Some(result) = answer.result else {
        broken.push(InspectionRule::Unanswered(i));
        return None;
    };
    if result == CheckResult::Fail && comment.is_none() {
        broken.push(InspectionRule::CommentRequired(i));
    }
    let measurement = match &item.kind {
        CheckKind::PassFail => None,
        CheckKind::Measurement { min, max, .. } => {
            match answer.measurement {
                None if result != CheckResult::NotApplicable => broken.push(InspectionRule::MeasurementMissing(i)),
                Some(v)
                    if result == CheckResult::Pass && (min.is_some_and(|m| v < m) || max.is_some_and(|m| v > m)) =>
                {
                    broken.push(InspectionRule::OutOfRange(i))
                }
                _ => {}
            }
            answer.measurement
        }
    };
    Some(CheckedAnswer { result, measurement, comment })
}

/// Why a work order cannot move that way now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransitionRule {
    /// The work was already confirmed as done and waits for review.
    AlreadyConfirmed,
    /// Accepted or cancelled: nothing more happens to it.
    Closed,
    /// Only a confirmed (submitted) work order is reviewed.
    NotSubmitted,
    /// Sent back without saying why.
    ReasonRequired,
    ReasonTooLong,
}

/// The subcontractor confirms the work as done: only an open work order.
pub fn submit(status: WorkOrderStatus) -> Result<WorkOrderStatus, TransitionRule> {
    match status {
        WorkOrderStatus::Open => Ok(WorkOrderStatus::Submitted),
        WorkOrderStatus::Submitted => Err(TransitionRule::AlreadyConfirmed),
        WorkOrderStatus::Accepted | WorkOrderStatus::Cancelled => Err(TransitionRule::Closed),
    }
}

/// What staff decide about a confirmed work order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Review {
    Accept,
    /// Back to the subcontractor, saying why.
    SendBack {
        reason: String,
    },
}

/// Staff review a confirmed work order: accepted, or open again.
pub fn review(status: WorkOrderStatus, decision: &Review) -> Result<WorkOrderStatus, TransitionRule> {
    match status {
        WorkOrderStatus::Submitted => {}
        WorkOrderStatus::Open => return Err(TransitionRule::NotSubmitted),
        WorkOrderStatus::Accepted | WorkOrderStatus::Cancelled => return Err(TransitionRule::Closed),
    }
    match decision {
        Review::Accept => Ok(WorkOrderStatus::Accepted),
        Review::SendBack { reason } => {
            let reason = reason.trim();
            if reason.is_empty() {
                Err(TransitionRule::ReasonRequired)
            } else if reason.chars().count() > MAX_REASON {
                Err(TransitionRule::ReasonTooLong)
            } else {
                Ok(WorkOrderStatus::Open)
            }
        }
    }
}

/// Staff cancel a work order that is not closed yet.
pub fn cancel(status: WorkOrderStatus) -> Result<WorkOrderStatus, TransitionRule> {
    match status {
        WorkOrderStatus::Open | WorkOrderStatus::Submitted => Ok(WorkOrderStatus::Cancelled),
        WorkOrderStatus::Accepted | WorkOrderStatus::Cancelled => Err(TransitionRule::Closed),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use ChecklistRule as C;
    use InspectionRule as I;

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn measurement(label: &str, unit: Option<&str>, min: Option<&str>, max: Option<&str>) -> ChecklistItem {
        ChecklistItem {
            label: Text::parse(label).unwrap(),
            kind: CheckKind::Measurement { unit: unit.map(str::to_owned), min: min.map(dec), max: max.map(dec) },
        }
    }

    fn pass_fail(label: &str) -> ChecklistItem {
        ChecklistItem { label: Text::parse(label).unwrap(), kind: CheckKind::PassFail }
    }

    fn answer(result: Option<CheckResult>, value: Option<&str>, comment: Option<&str>) -> CheckAnswer {
        CheckAnswer { result, measurement: value.map(dec), comment: comment.map(str::to_owned) }
    }

    #[test]
    fn statuses_read_back_and_close() {
        for s in WorkOrderStatus::ALL {
            assert_eq!(s.as_str().parse::<WorkOrderStatus>(), Ok(s));
        }
        assert!("done".parse::<WorkOrderStatus>().is_err());
        assert!(!WorkOrderStatus::Open.is_closed());
        assert!(!WorkOrderStatus::Submitted.is_closed());
        assert!(WorkOrderStatus::Accepted.is_closed());
        assert!(WorkOrderStatus::Cancelled.is_closed());
        for r in CheckResult::ALL {
            assert_eq!(r.as_str().parse::<CheckResult>(), Ok(r));
        }
        assert_eq!(serde_json::to_string(&CheckResult::NotApplicable).unwrap(), "\"na\"");
    }

    #[test]
    fn checklist_lines_as_people_type_them() {
        let raw = "Visual check of the housing\n\n  Insulation resistance | MΩ | 1..\r\nOil level | | ..80\nTorque | Nm | 40,5..60\nEarthing |\n";
        let items = parse_checklist(raw).unwrap();
        assert_eq!(
            items,
            [
                pass_fail("Visual check of the housing"),
                measurement("Insulation resistance", Some("MΩ"), Some("1"), None),
                measurement("Oil level", None, None, Some("80")),
                measurement("Torque", Some("Nm"), Some("40.5"), Some("60")),
                measurement("Earthing", None, None, None),
            ]
        );
        let text = checklist_to_text(&items);
        assert_eq!(
            text,
            "Visual check of the housing\nInsulation resistance | MΩ | 1..\nOil level | | ..80\nTorque | Nm | 40.5..60\nEarthing |"
        );
        assert_eq!(parse_checklist(&text).unwrap(), items);
    }

    #[test]
    fn checklist_rules_name_the_line() {
        assert_eq!(parse_checklist(" \n\n "), Err(vec![C::Empty]));
        let raw = format!(
            "A\n{}\nB | V | 5..1\nC | V | ten..\nD | V | 5\na\n| Nm | 1..2\nE | x | 1..2 | more\nF | {} |\n",
            "x".repeat(201),
            "u".repeat(21)
        );
        assert_eq!(
            parse_checklist(&raw),
            Err(vec![
                C::LabelTooLong(1),
                C::BadRange(2),
                C::BadRange(3),
                C::BadRange(4),
                C::Duplicate(5),
                C::LabelRequired(6),
                C::TooManyParts(7),
                C::UnitTooLong(8),
            ])
        );
        let many: String = (0..101).map(|i| format!("Item {i}\n")).collect();
        assert_eq!(parse_checklist(&many), Err(vec![C::TooMany]));
        assert_eq!(parse_checklist(&many.replace("Item 100\n", "")).map(|i| i.len()), Ok(100));
    }

    #[test]
    fn checklist_is_stored_as_json() {
        let items = parse_checklist("Visual\nTorque | Nm | 40..60\nOil | | ..80").unwrap();
        let json = serde_json::to_string(&items).unwrap();
        assert_eq!(
            json,
            r#"[{"label":"Visual","kind":{"type":"pass_fail"}},{"label":"Torque","kind":{"type":"measurement","unit":"Nm","min":"40","max":"60"}},{"label":"Oil","kind":{"type":"measurement","max":"80"}}]"#
        );
        assert_eq!(serde_json::from_str::<Vec<ChecklistItem>>(&json).unwrap(), items);
        assert!(serde_json::from_str::<ChecklistItem>(r#"{"label":"  ","kind":{"type":"pass_fail"}}"#).is_err());
    }

    #[test]
    fn long_text_keeps_lines() {
        let t = Description::parse("  Replace the filter.\r\n\tThen test.\r\n").unwrap();
        assert_eq!(t.as_str(), "Replace the filter.\n\tThen test.");
        assert_eq!(Description::parse(" \n "), Err(TextError::Empty));
        assert_eq!(Description::parse("a\u{7}b"), Err(TextError::Control));
        assert_eq!(LongText::<3>::parse("abcd"), Err(TextError::TooLong { max: 3 }));
        assert_eq!(LongText::<3>::optional("  "), Ok(None));
        assert_eq!(LongText::<3>::optional("abcd"), Err(TextError::TooLong { max: 3 }));
        assert_eq!(serde_json::from_str::<Description>("\"a\\nb\"").unwrap().as_str(), "a\nb");
        assert!(serde_json::from_str::<Description>("\"\"").is_err());
    }

    #[test]
    fn work_order_due_date() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        let mut d = WorkOrderDraft {
            number: DocNumber::parse("ZP/1/2026").unwrap(),
            asset: Some(AssetId::new(7)),
            site: Name::parse("Warszawa, Prosta 20").unwrap(),
            description: Description::parse("Quarterly service of the chiller").unwrap(),
            due_date: Some(today),
            checklist: vec![pass_fail("Visual")],
        };
        assert_eq!(check_work_order(&d, today), Ok(()));
        d.due_date = None;
        assert_eq!(check_work_order(&d, today), Ok(()));
        d.due_date = today.pred_opt();
        d.checklist.clear();
        assert_eq!(check_work_order(&d, today), Err(vec![WorkOrderRule::DueInPast, WorkOrderRule::NoChecklist]));
        d.due_date = None;
        d.checklist = (0..101).map(|i| pass_fail(&format!("Item {i}"))).collect();
        assert_eq!(check_work_order(&d, today), Err(vec![WorkOrderRule::TooManyItems]));
    }

    fn items() -> Vec<ChecklistItem> {
        vec![pass_fail("Visual"), measurement("Torque", Some("Nm"), Some("40"), Some("60"))]
    }

    #[test]
    fn a_filled_checklist_is_confirmed_by_name() {
        use CheckResult::*;
        let record = check_inspection(
            &items(),
            &[answer(Some(Pass), Some("3"), Some("  ")), answer(Some(Pass), Some("45.5"), None)],
            "  Jan Kowalski ",
        )
        .unwrap();
        assert_eq!(record.confirmed_by.as_str(), "Jan Kowalski");
        assert_eq!(record.failed, 0);
        // A value on a pass/fail item is dropped, an empty comment is none.
        assert_eq!(record.answers[0], CheckedAnswer { result: Pass, measurement: None, comment: None });
        assert_eq!(record.answers[1].measurement, Some(dec("45.5")));

        let record = check_inspection(
            &items(),
            &[answer(Some(NotApplicable), None, None), answer(Some(Fail), Some("70"), Some("Bolt stripped"))],
            "Jan",
        )
        .unwrap();
        assert_eq!(record.failed, 1);
        // Not applicable needs no value.
        let record = check_inspection(
            &items(),
            &[answer(Some(Pass), None, None), answer(Some(NotApplicable), None, None)],
            "Jan",
        )
        .unwrap();
        assert_eq!(record.failed, 0);
    }

    #[test]
    fn inspection_rules_name_the_item() {
        use CheckResult::*;
        assert_eq!(check_inspection(&items(), &[answer(Some(Pass), None, None)], "Jan"), Err(vec![I::CountMismatch]));
        assert_eq!(
            check_inspection(&items(), &[answer(None, None, None), answer(Some(Pass), None, None)], " "),
            Err(vec![I::Unanswered(0), I::MeasurementMissing(1), I::NameRequired])
        );
        assert_eq!(
            check_inspection(
                &items(),
                &[answer(Some(Fail), None, None), answer(Some(Pass), Some("61"), None)],
                &"J".repeat(201)
            ),
            Err(vec![I::CommentRequired(0), I::OutOfRange(1), I::NameTooLong])
        );
        assert_eq!(
            check_inspection(
                &items(),
                &[answer(Some(Fail), None, Some(&"x".repeat(1001))), answer(Some(Fail), None, Some("broken"))],
                "Jan"
            ),
            Err(vec![I::CommentTooLong(0), I::MeasurementMissing(1)])
        );
        // Out of range below the minimum, and the ends of the range are inside it.
        assert_eq!(
            check_inspection(&items(), &[answer(Some(Pass), None, None), answer(Some(Pass), Some("39.9"), None)], "J"),
            Err(vec![I::OutOfRange(1)])
        );
        for edge in ["40", "60"] {
            assert!(
                check_inspection(
                    &items(),
                    &[answer(Some(Pass), None, None), answer(Some(Pass), Some(edge), None)],
                    "J"
                )
                .is_ok()
            );
        }
    }

    #[test]
    fn an_inspection_confirmed_twice() {
        let submitted = submit(WorkOrderStatus::Open).unwrap();
        assert_eq!(submitted, WorkOrderStatus::Submitted);
        assert_eq!(submit(submitted), Err(TransitionRule::AlreadyConfirmed));
        assert_eq!(submit(WorkOrderStatus::Accepted), Err(TransitionRule::Closed));
        assert_eq!(submit(WorkOrderStatus::Cancelled), Err(TransitionRule::Closed));
    }

    #[test]
    fn staff_accept_or_send_back() {
        use WorkOrderStatus::*;
        assert_eq!(review(Submitted, &Review::Accept), Ok(Accepted));
        let back = |r: &str| Review::SendBack { reason: r.to_owned() };
        assert_eq!(review(Submitted, &back("Photos missing")), Ok(Open));
        assert_eq!(review(Submitted, &back("  ")), Err(TransitionRule::ReasonRequired));
        assert_eq!(review(Submitted, &back(&"x".repeat(1001))), Err(TransitionRule::ReasonTooLong));
        assert_eq!(review(Open, &Review::Accept), Err(TransitionRule::NotSubmitted));
        assert_eq!(review(Accepted, &Review::Accept), Err(TransitionRule::Closed));
        assert_eq!(review(Cancelled, &back("x")), Err(TransitionRule::Closed));
        // Sent back, it can be confirmed again.
        assert_eq!(submit(Open), Ok(Submitted));
    }

    #[test]
    fn cancel_until_closed() {
        use WorkOrderStatus::*;
        assert_eq!(cancel(Open), Ok(Cancelled));
        assert_eq!(cancel(Submitted), Ok(Cancelled));
        assert_eq!(cancel(Accepted), Err(TransitionRule::Closed));
        assert_eq!(cancel(Cancelled), Err(TransitionRule::Closed));
    }
}
