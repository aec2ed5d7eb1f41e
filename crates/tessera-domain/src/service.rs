//! Service for the company's own customers (issue #9): service requests and defects a
//! customer reports for its sites and assets, staff's triage of them, the service jobs and
//! inspections planned for them, and the customer's rating of finished work.
//!
//! Pure rules: which step may follow which, what a report must carry, how far along the work
//! is. The database keeps the facts; the pages ask here what may happen next.
use crate::email::Email;
use crate::ids::{AssetId, ServiceRequestId};
use crate::text::{Name, Text, TextError};
use crate::work_order::{ChecklistItem, LongText};
use chrono::{Datelike, NaiveDate};
use std::fmt;
use std::str::FromStr;

/// The longest description, question, answer or summary.
pub const MAX_TEXT: usize = 4000;
/// A description, a question, an answer, a summary, a technician's note.
pub type ServiceText = LongText<MAX_TEXT>;
/// A phone number as typed.
pub type Phone = Text<40>;
/// When the customer would like someone to come, in their words ("mornings, not Fridays").
pub type PreferredTime = Text<200>;

macro_rules! word_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident => $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $v),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$(Self::$v),*];
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$v => $s),* }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = crate::order::UnknownStatus;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|x| x.as_str() == s.trim())
                    .ok_or_else(|| crate::order::UnknownStatus(s.to_owned()))
            }
        }
    };
}

word_enum!(
    /// What the customer reports.
    Category {
        Defect => "defect",
        Repair => "repair",
        Maintenance => "maintenance",
        Inspection => "inspection",
        Question => "question",
        Other => "other",
    }
);

word_enum!(
    /// How urgent the customer says it is.
    Priority {
        Low => "low",
        Normal => "normal",
        High => "high",
        /// Something is down or unsafe.
        Urgent => "urgent",
    }
);

word_enum!(
    /// Where a service request stands.
    RequestStatus {
        /// Reported; staff have not looked at it yet.
        New => "new",
        /// Staff asked the customer a question and wait for the answer.
        Question => "question",
        /// The customer answered; staff look at it again.
        Answered => "answered",
        /// Staff will do it.
        Accepted => "accepted",
        /// Work is planned for it (one or more service jobs).
        Planned => "planned",
        Rejected => "rejected",
        /// Done, with a summary.
        Closed => "closed",
    }
);

word_enum!(
    /// Where a service job (or an inspection) stands.
    JobStatus {
        Planned => "planned",
        InProgress => "in_progress",
        WaitingForParts => "waiting_for_parts",
        Done => "done",
    }
);

word_enum!(
    /// One entry on a request's timeline.
    EventKind {
        Reported => "reported",
        /// The customer added information (or files) later.
        InfoAdded => "info_added",
        Question => "question",
        Answer => "answer",
        Accepted => "accepted",
        Rejected => "rejected",
        /// A job was planned for it.
        Planned => "planned",
        /// A job moved on (its status in the event's job status).
        JobStatus => "job_status",
        Closed => "closed",
        Rated => "rated",
    }
);

impl RequestStatus {
    /// Nothing more happens to it, but a rating of closed work.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Rejected | Self::Closed)
    }
    /// Staff still have to decide what to do with it.
    pub fn awaits_triage(self) -> bool {
        matches!(self, Self::New | Self::Answered)
    }
}

impl JobStatus {
    pub fn is_done(self) -> bool {
        self == Self::Done
    }
}

/// The reference a customer quotes: `SR-000042`.
pub fn reference(id: ServiceRequestId) -> String {
    format!("SR-{:06}", id.get())
}

/// What the customer reports, as read from the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestDraft {
    /// The asset it concerns, if the customer picked one (it must be the customer's own).
    pub asset: Option<AssetId>,
    /// The site as typed, when no asset was picked.
    pub site: Option<Name>,
    pub category: Category,
    pub priority: Priority,
    pub description: ServiceText,
    pub contact_name: Name,
    pub contact_email: Option<Email>,
    pub contact_phone: Option<Phone>,
    pub preferred_time: Option<PreferredTime>,
}

/// The report form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestInput<'a> {
    pub asset: &'a str,
    pub site: &'a str,
    pub category: &'a str,
    pub priority: &'a str,
    pub description: &'a str,
    pub contact_name: &'a str,
    pub contact_email: &'a str,
    pub contact_phone: &'a str,
    pub preferred_time: &'a str,
}

/// What is wrong with a report, per field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestRule {
    /// Neither an asset nor a site.
    WhereRequired,
    /// Not a choice the form offered.
    BadAsset,
    BadCategory,
    BadPriority,
    Description(TextError),
    ContactName(TextError),
    ContactEmail,
    ContactPhone(TextError),
    PreferredTime(TextError),
    Site(TextError),
}

impl RequestRule {
    /// The form field it belongs to.
    pub fn field(&self) -> &'static str {
        match self {
            Self::WhereRequired | Self::BadAsset => "asset",
            Self::Site(_) => "site",
            Self::BadCategory => "category",
            Self::BadPriority => "priority",
            Self::Description(_) => "description",
            Self::ContactName(_) => "contact_name",
            Self::ContactEmail => "contact_email",
            Self::ContactPhone(_) => "contact_phone",
            Self::PreferredTime(_) => "preferred_time",
        }
    }
}

fn optional_text<const MAX: usize>(raw: &str) -> Result<Option<Text<MAX>>, TextError> {
    match Text::<MAX>::parse(raw) {
        Ok(t) => Ok(Some(t)),
        Err(TextError::Empty) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Reads a report: every problem at once, or the draft.
pub fn parse_request(i: &RequestInput<'_>) -> Result<RequestDraft, Vec<RequestRule>> {
    let mut broken = Vec::new();
    let asset = match i.asset.trim() {
        "" => None,
        raw => match raw.parse::<AssetId>() {
            Ok(a) => Some(a),
            Err(_) => {
                broken.push(RequestRule::BadAsset);
                None
            }
        },
    };
    let site = optional_text::<200>(i.site).map_err(|e| broken.push(RequestRule::Site(e))).ok().flatten();
    if asset.is_none() && site.is_none() && !broken.iter().any(|r| r.field() == "asset" || r.field() == "site") {
        broken.push(RequestRule::WhereRequired);
    }
    let category = i.category.parse::<Category>().map_err(|_| broken.push(RequestRule::BadCategory)).ok();
    let priority = match i.priority.trim() {
        "" => Some(Priority::Normal),
        raw => raw.parse::<Priority>().map_err(|_| broken.push(RequestRule::BadPriority)).ok(),
    };
    let description = ServiceText::parse(i.description).map_err(|e| broken.push(RequestRule::Description(e))).ok();
    let contact_name = Name::parse(&i.contact_name.replace(char::is_control, " "))
        .map_err(|e| broken.push(RequestRule::ContactName(e)))
        .ok();
    let contact_email = match i.contact_email.trim() {
        "" => Some(None),
        raw => Email::parse(raw).map(Some).map_err(|_| broken.push(RequestRule::ContactEmail)).ok(),
    };
    let contact_phone =
        optional_text::<40>(i.contact_phone).map_err(|e| broken.push(RequestRule::ContactPhone(e))).ok();
    let preferred_time =
        optional_text::<200>(i.preferred_time).map_err(|e| broken.push(RequestRule::PreferredTime(e))).ok();
    match (category, priority, description, contact_name, contact_email, contact_phone, preferred_time) {
        (
            Some(category),
            Some(priority),
            Some(description),
            Some(contact_name),
            Some(contact_email),
            Some(contact_phone),
            Some(preferred_time),
        ) if broken.is_empty() => Ok(RequestDraft {
            asset,
            site,
            category,
            priority,
            description,
            contact_name,
            contact_email,
            contact_phone,
            preferred_time,
        }),
        _ => Err(broken),
    }
}

/// Why a request or a job cannot move that way now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceRule {
    /// Rejected or closed: nothing more happens to it.
    Final,
    /// Only a new or answered request is triaged (accepted, asked about, rejected).
    NotAwaitingTriage,
    /// Work is planned only for an accepted request.
    NotAccepted,
    /// Closed only when every job planned for it is done.
    JobsOpen,
    /// A rejection or a question says what; a closing says what was done.
    TextRequired,
    /// A job that is done stays done.
    JobDone,
    /// The job is already in that state.
    NoChange,
    /// The job's checklist is not filled yet.
    InspectionMissing,
    /// Only closed work is rated, and once.
    NotRateable,
    /// The inspection plan is stopped.
    PlanStopped,
    /// The plan's inspection is already planned and not done yet.
    PlanJobOpen,
    /// The asset is not a customer's: a customer's inspection is for a customer's asset.
    NotCustomerAsset,
}

/// What staff decide about a new (or answered) request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Triage {
    Accept,
    /// Ask the customer; the request waits for the answer.
    Ask(ServiceText),
    /// Refuse it, saying why.
    Reject(ServiceText),
}

impl Triage {
    pub fn event(&self) -> EventKind {
        match self {
            Self::Accept => EventKind::Accepted,
            Self::Ask(_) => EventKind::Question,
            Self::Reject(_) => EventKind::Rejected,
        }
    }
}

/// Triage: accept, ask (also again while waiting for an answer) or reject.
pub fn triage(status: RequestStatus, t: &Triage) -> Result<RequestStatus, ServiceRule> {
    use RequestStatus::*;
    if status.is_final() {
        return Err(ServiceRule::Final);
    }
    match (status, t) {
        (New | Answered | Question, Triage::Accept) => Ok(Accepted),
        (New | Answered | Question, Triage::Ask(_)) => Ok(Question),
        // An accepted request may still be refused, until work is planned for it.
        (New | Answered | Question | Accepted, Triage::Reject(_)) => Ok(Rejected),
        _ => Err(ServiceRule::NotAwaitingTriage),
    }
}

/// The customer adds information: an answer, when a question waits for one.
pub fn add_info(status: RequestStatus) -> Result<(RequestStatus, EventKind), ServiceRule> {
    match status {
        s if s.is_final() => Err(ServiceRule::Final),
        RequestStatus::Question => Ok((RequestStatus::Answered, EventKind::Answer)),
        s => Ok((s, EventKind::InfoAdded)),
    }
}

/// Staff plan a job for the request (another one, too).
pub fn plan(status: RequestStatus) -> Result<RequestStatus, ServiceRule> {
    match status {
        s if s.is_final() => Err(ServiceRule::Final),
        RequestStatus::Accepted | RequestStatus::Planned => Ok(RequestStatus::Planned),
        _ => Err(ServiceRule::NotAccepted),
    }
}

/// Staff close the request with a summary, once every job for it is done.
pub fn close(status: RequestStatus, jobs: &[JobStatus]) -> Result<RequestStatus, ServiceRule> {
    match status {
        s if s.is_final() => Err(ServiceRule::Final),
        RequestStatus::Accepted | RequestStatus::Planned if jobs.iter().all(|j| j.is_done()) => {
            Ok(RequestStatus::Closed)
        }
        RequestStatus::Accepted | RequestStatus::Planned => Err(ServiceRule::JobsOpen),
        _ => Err(ServiceRule::NotAccepted),
    }
}

/// A job moves on. It is done only with its checklist filled (when it has one).
pub fn job_step(from: JobStatus, to: JobStatus, inspection_filled: bool) -> Result<JobStatus, ServiceRule> {
    if from.is_done() {
        return Err(ServiceRule::JobDone);
    }
    if from == to {
        return Err(ServiceRule::NoChange);
    }
    if to.is_done() && !inspection_filled {
        return Err(ServiceRule::InspectionMissing);
    }
    Ok(to)
}

/// How far along a request is, in percent, for its progress bar: reported, triaged, planned,
/// then the share of its jobs' way done, and closed.
pub fn progress(status: RequestStatus, jobs: &[JobStatus]) -> u8 {
    match status {
        RequestStatus::New | RequestStatus::Question | RequestStatus::Answered => 10,
        RequestStatus::Accepted => 25,
        RequestStatus::Planned => {
            let weight = |j: &JobStatus| match j {
                JobStatus::Planned => 0,
                JobStatus::InProgress => 50,
                JobStatus::WaitingForParts => 50,
                JobStatus::Done => 100,
            };
            let share = if jobs.is_empty() {
                0
            } else {
                jobs.iter().map(weight).sum::<u32>() / u32::try_from(jobs.len()).unwrap_or(u32::MAX)
            };
            // 40 when planned, up to 90 when every job is done; 100 is closed.
            u8::try_from(40 + share / 2).unwrap_or(90)
        }
        RequestStatus::Rejected | RequestStatus::Closed => 100,
    }
}

/// A job planned by staff, as read from the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobDraft {
    pub title: Name,
    pub planned_for: NaiveDate,
    pub technician: Option<Name>,
    /// What the technician checks (empty: a job without an inspection).
    pub checklist: Vec<ChecklistItem>,
}

/// The customer's rating of finished work: 1 to 5 stars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rating(u8);

impl Rating {
    pub fn parse(raw: &str) -> Option<Self> {
        raw.trim().parse::<u8>().ok().filter(|n| (1..=5).contains(n)).map(Self)
    }
    pub fn get(self) -> u8 {
        self.0
    }
}

/// Whether the request may be rated now.
pub fn rate(status: RequestStatus, already_rated: bool) -> Result<(), ServiceRule> {
    if status == RequestStatus::Closed && !already_rated { Ok(()) } else { Err(ServiceRule::NotRateable) }
}

/// A finished request's rating, for the satisfaction figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatedWork {
    pub site: String,
    pub rated_on: NaiveDate,
    pub rating: Rating,
}

/// An average of ratings, kept as its sum and count (exact; shown to one decimal).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Average {
    pub sum: u64,
    pub count: u64,
}

impl Average {
    pub fn add(&mut self, r: Rating) {
        self.sum += u64::from(r.get());
        self.count += 1;
    }
    /// The mean to one decimal, rounded half up (4.25 is 4.3); none without ratings.
    pub fn mean(&self) -> Option<rust_decimal::Decimal> {
        let tenths = (self.sum * 20 + self.count).checked_div(2 * self.count)?;
        Some(rust_decimal::Decimal::new(i64::try_from(tenths).ok()?, 1))
    }
    /// The mean in tenths of a star (0 to 50), for drawing.
    pub fn tenths(&self) -> u64 {
        (self.sum * 20 + self.count).checked_div(2 * self.count).unwrap_or(0)
    }
}

/// Customers' satisfaction: the mean rating per month (oldest first, ending with today's
/// month) and per site over those months, and over all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Satisfaction {
    pub months: Vec<(NaiveDate, Average)>,
    /// By site name.
    pub sites: Vec<(String, Average)>,
    pub overall: Average,
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

pub fn satisfaction(rated: &[RatedWork], today: NaiveDate, months: u32) -> Satisfaction {
    let months = months.max(1);
    let last = month_start(today);
    let first = last.checked_sub_months(chrono::Months::new(months - 1)).unwrap_or(last);
    let mut out = Satisfaction::default();
    let mut m = first;
    while m <= last {
        out.months.push((m, Average::default()));
        m = match m.checked_add_months(chrono::Months::new(1)) {
            Some(n) => n,
            None => break,
        };
    }
    let mut sites: std::collections::BTreeMap<&str, Average> = std::collections::BTreeMap::new();
    for r in rated {
        let month = month_start(r.rated_on);
        let Some((_, avg)) = out.months.iter_mut().find(|(m, _)| *m == month) else {
            continue;
        };
        avg.add(r.rating);
        sites.entry(r.site.as_str()).or_default().add(r.rating);
        out.overall.add(r.rating);
    }
    out.sites = sites.into_iter().map(|(s, a)| (s.to_owned(), a)).collect();
    out
}

/// How often a plan's inspection recurs, in months: 1 to 120 (ten years).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct IntervalMonths(u32);

impl IntervalMonths {
    pub const MAX: u32 = 120;
    pub fn parse(raw: &str) -> Option<Self> {
        raw.trim().parse::<u32>().ok().filter(|n| (1..=Self::MAX).contains(n)).map(Self)
    }
    pub fn get(self) -> u32 {
        self.0
    }
}

/// An inspection plan for an asset, as read from the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanDraft {
    pub title: Name,
    pub interval: IntervalMonths,
    pub next_due: NaiveDate,
    /// What each inspection checks: never empty (a plan is for inspections).
    pub checklist: Vec<ChecklistItem>,
}

/// The due date after an inspection due on `due` was done on `done_on`: the plan keeps its
/// calendar (due + interval, + interval again while that is not after the day it was done), so
/// a late inspection does not leave the next one overdue already, and an early one does not
/// shift the statutory rhythm.
pub fn next_due_after(due: NaiveDate, interval: IntervalMonths, done_on: NaiveDate) -> NaiveDate {
    let step = chrono::Months::new(interval.get());
    let mut next = due.checked_add_months(step).unwrap_or(NaiveDate::MAX);
    while next <= done_on {
        match next.checked_add_months(step) {
            Some(n) => next = n,
            None => return NaiveDate::MAX,
        }
    }
    next
}

/// How many days ahead an inspection counts as due soon.
pub const DUE_SOON_DAYS: i64 = 30;

word_enum!(
    /// Where a plan's next inspection stands, seen from today.
    DueState {
        /// The due date has passed and the inspection is not done.
        Overdue => "overdue",
        /// Due within [`DUE_SOON_DAYS`].
        DueSoon => "due_soon",
        Scheduled => "scheduled",
    }
);

pub fn due_state(next_due: NaiveDate, today: NaiveDate) -> DueState {
    let days = (next_due - today).num_days();
    if days < 0 {
        DueState::Overdue
    } else if days <= DUE_SOON_DAYS {
        DueState::DueSoon
    } else {
        DueState::Scheduled
    }
}

/// Whether an inspection may be planned from the plan now.
pub fn schedule_inspection(active: bool, open_job: bool) -> Result<(), ServiceRule> {
    if !active {
        Err(ServiceRule::PlanStopped)
    } else if open_job {
        Err(ServiceRule::PlanJobOpen)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use JobStatus as J;
    use RequestStatus as S;

    fn input<'a>() -> RequestInput<'a> {
        RequestInput {
            asset: "",
            site: "Plant 2, hall B",
            category: "defect",
            priority: "high",
            description: "The gate does not close.\r\nIt beeps.",
            contact_name: "Eva Nowak",
            contact_email: "eva@customer.example",
            contact_phone: "+48 600 100 200",
            preferred_time: "mornings",
        }
    }

    #[test]
    fn a_report_reads_whole_or_says_every_problem() {
        let d = parse_request(&input()).unwrap();
        assert_eq!(d.category, Category::Defect);
        assert_eq!(d.priority, Priority::High);
        assert_eq!(d.description.as_str(), "The gate does not close.\nIt beeps.");
        assert_eq!(d.site.unwrap().as_str(), "Plant 2, hall B");
        let bad = RequestInput {
            asset: "x",
            category: "fire",
            priority: "asap",
            description: " ",
            contact_name: "",
            contact_email: "eva@",
            ..input()
        };
        let rules = parse_request(&bad).unwrap_err();
        let fields: Vec<_> = rules.iter().map(RequestRule::field).collect();
        assert_eq!(fields, ["asset", "category", "priority", "description", "contact_name", "contact_email"]);
        let nowhere = RequestInput { site: "", ..input() };
        assert_eq!(parse_request(&nowhere).unwrap_err(), vec![RequestRule::WhereRequired]);
        let default_priority = RequestInput { priority: "", asset: "7", site: "", ..input() };
        let d = parse_request(&default_priority).unwrap();
        assert_eq!((d.priority, d.asset), (Priority::Normal, Some(AssetId::new(7))));
    }

    #[test]
    fn triage_then_plan_then_close() {
        let q = Triage::Ask(ServiceText::parse("Which gate?").unwrap());
        assert_eq!(triage(S::New, &q), Ok(S::Question));
        assert_eq!(add_info(S::Question), Ok((S::Answered, EventKind::Answer)));
        assert_eq!(add_info(S::Planned), Ok((S::Planned, EventKind::InfoAdded)));
        assert_eq!(plan(S::Answered), Err(ServiceRule::NotAccepted));
        assert_eq!(triage(S::Answered, &Triage::Accept), Ok(S::Accepted));
        assert_eq!(triage(S::Accepted, &Triage::Accept), Err(ServiceRule::NotAwaitingTriage));
        assert_eq!(plan(S::Accepted), Ok(S::Planned));
        assert_eq!(plan(S::Planned), Ok(S::Planned));
        assert_eq!(
            triage(S::Planned, &Triage::Reject(ServiceText::parse("no").unwrap())),
            Err(ServiceRule::NotAwaitingTriage)
        );
        assert_eq!(close(S::Planned, &[J::Done, J::InProgress]), Err(ServiceRule::JobsOpen));
        assert_eq!(close(S::Planned, &[J::Done]), Ok(S::Closed));
        assert_eq!(close(S::New, &[]), Err(ServiceRule::NotAccepted));
        for s in [S::Closed, S::Rejected] {
            assert_eq!(add_info(s), Err(ServiceRule::Final));
            assert_eq!(plan(s), Err(ServiceRule::Final));
            assert_eq!(triage(s, &Triage::Accept), Err(ServiceRule::Final));
        }
    }

    #[test]
    fn jobs_move_freely_until_done_and_done_needs_the_inspection() {
        assert_eq!(job_step(J::Planned, J::InProgress, false), Ok(J::InProgress));
        assert_eq!(job_step(J::InProgress, J::WaitingForParts, false), Ok(J::WaitingForParts));
        assert_eq!(job_step(J::WaitingForParts, J::Done, false), Err(ServiceRule::InspectionMissing));
        assert_eq!(job_step(J::WaitingForParts, J::Done, true), Ok(J::Done));
        assert_eq!(job_step(J::Done, J::InProgress, true), Err(ServiceRule::JobDone));
        assert_eq!(job_step(J::Planned, J::Planned, true), Err(ServiceRule::NoChange));
    }

    #[test]
    fn progress_rises_with_the_work() {
        let steps = [
            progress(S::New, &[]),
            progress(S::Accepted, &[]),
            progress(S::Planned, &[J::Planned]),
            progress(S::Planned, &[J::InProgress]),
            progress(S::Planned, &[J::Done]),
            progress(S::Closed, &[J::Done]),
        ];
        assert_eq!(steps, [10, 25, 40, 65, 90, 100]);
        assert_eq!(progress(S::Planned, &[J::Done, J::Planned]), 65);
    }

    #[test]
    fn ratings_are_one_to_five_once_for_closed_work() {
        assert_eq!(Rating::parse("5").map(Rating::get), Some(5));
        assert_eq!(Rating::parse("0"), None);
        assert_eq!(Rating::parse("6"), None);
        assert_eq!(Rating::parse("x"), None);
        assert_eq!(rate(S::Closed, false), Ok(()));
        assert_eq!(rate(S::Closed, true), Err(ServiceRule::NotRateable));
        assert_eq!(rate(S::Planned, false), Err(ServiceRule::NotRateable));
        assert_eq!(reference(ServiceRequestId::new(42)), "SR-000042");
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_plan_keeps_its_calendar() {
        let six = IntervalMonths::parse("6").unwrap();
        // Done on time or early: the next one is six months after the due date.
        assert_eq!(next_due_after(d("2026-03-31"), six, d("2026-03-20")), d("2026-09-30"));
        assert_eq!(next_due_after(d("2026-03-31"), six, d("2026-03-31")), d("2026-09-30"));
        // Done very late: the next due date is the first of the rhythm after that day.
        assert_eq!(next_due_after(d("2026-01-15"), six, d("2026-08-01")), d("2027-01-15"));
        assert_eq!(
            next_due_after(d("2026-01-15"), IntervalMonths::parse("12").unwrap(), d("2026-01-16")),
            d("2027-01-15")
        );
    }

    #[test]
    fn intervals_and_due_states() {
        assert_eq!(IntervalMonths::parse(" 12 ").map(IntervalMonths::get), Some(12));
        for bad in ["0", "121", "-1", "1.5", "", "six"] {
            assert_eq!(IntervalMonths::parse(bad), None, "{bad}");
        }
        let today = d("2026-12-04");
        assert_eq!(due_state(d("2026-12-03"), today), DueState::Overdue);
        assert_eq!(due_state(today, today), DueState::DueSoon);
        assert_eq!(due_state(d("2027-01-03"), today), DueState::DueSoon);
        assert_eq!(due_state(d("2027-01-04"), today), DueState::Scheduled);
        assert_eq!(schedule_inspection(true, false), Ok(()));
        assert_eq!(schedule_inspection(false, false), Err(ServiceRule::PlanStopped));
        assert_eq!(schedule_inspection(true, true), Err(ServiceRule::PlanJobOpen));
    }

    #[test]
    fn satisfaction_per_month_and_site() {
        let r = |site: &str, on: &str, stars: &str| RatedWork {
            site: site.into(),
            rated_on: d(on),
            rating: Rating::parse(stars).unwrap(),
        };
        let rated = [
            r("Warsaw plant", "2026-12-01", "5"),
            r("Warsaw plant", "2026-12-03", "4"),
            r("Gdansk depot", "2026-11-15", "2"),
            // Outside the window of three months: left out everywhere.
            r("Gdansk depot", "2026-08-31", "1"),
        ];
        let s = satisfaction(&rated, d("2026-12-04"), 3);
        let months: Vec<NaiveDate> = s.months.iter().map(|(m, _)| *m).collect();
        assert_eq!(months, [d("2026-10-01"), d("2026-11-01"), d("2026-12-01")]);
        assert_eq!(s.months[0].1.mean(), None);
        assert_eq!(s.months[1].1.mean().map(|m| m.to_string()), Some("2.0".into()));
        assert_eq!(s.months[2].1.mean().map(|m| m.to_string()), Some("4.5".into()));
        assert_eq!(s.months[2].1.tenths(), 45);
        let sites: Vec<(&str, u64)> = s.sites.iter().map(|(n, a)| (n.as_str(), a.count)).collect();
        assert_eq!(sites, [("Gdansk depot", 1), ("Warsaw plant", 2)]);
        // 11 / 3 = 3.666…: one decimal, rounded.
        assert_eq!(s.overall.mean().map(|m| m.to_string()), Some("3.7".into()));
        let mut a = Average::default();
        for n in ["4", "5", "4", "4"] {
            a.add(Rating::parse(n).unwrap());
        }
        // 4.25 rounds up.
        assert_eq!(a.mean().map(|m| m.to_string()), Some("4.3".into()));
    }
}
