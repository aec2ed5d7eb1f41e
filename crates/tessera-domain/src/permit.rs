//! Permits to work (hot work, work at height, confined spaces…): staff issue a permit for a site
//! and a validity window, with its hazards and precautions; the subcontractor's named person
//! accepts it and closes it when the work ends. The log is append-only: each step is an event
//! with who and when; the status is the last event's.
use crate::ids::WorkOrderId;
use crate::text::{Name, TextError};
use crate::work_order::{LongText, parse_person};
use chrono::{DateTime, Duration, Utc};
use std::fmt;
use std::str::FromStr;

/// A permit to work is for a shift or a job, not forever: at most this long.
pub const MAX_WINDOW_DAYS: i64 = 14;
/// Longest text of hazards, or of precautions.
pub const MAX_PERMIT_TEXT: usize = 4000;

/// Hazards or precautions: several lines of text.
pub type PermitText = LongText<MAX_PERMIT_TEXT>;

/// What kind of dangerous work the permit allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PermitKind {
    HotWork,
    WorkAtHeight,
    ConfinedSpace,
    Electrical,
    Excavation,
    Lifting,
    Other,
}

impl PermitKind {
    pub const ALL: [PermitKind; 7] = [
        Self::HotWork,
        Self::WorkAtHeight,
        Self::ConfinedSpace,
        Self::Electrical,
        Self::Excavation,
        Self::Lifting,
        Self::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::HotWork => "hot_work",
            Self::WorkAtHeight => "work_at_height",
            Self::ConfinedSpace => "confined_space",
            Self::Electrical => "electrical",
            Self::Excavation => "excavation",
            Self::Lifting => "lifting",
            Self::Other => "other",
        }
    }
}

impl fmt::Display for PermitKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PermitKind {
    type Err = crate::order::UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| crate::order::UnknownStatus(s.to_owned()))
    }
}

/// Where a permit stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PermitStatus {
    /// Issued by staff; the subcontractor has not accepted it yet.
    Issued,
    /// Accepted by the subcontractor's named person: work may go on within the window.
    Accepted,
    /// The work ended and the permit was closed.
    Closed,
    Cancelled,
}

impl PermitStatus {
    pub const ALL: [PermitStatus; 4] = [Self::Issued, Self::Accepted, Self::Closed, Self::Cancelled];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Issued => "issued",
            Self::Accepted => "accepted",
            Self::Closed => "closed",
            Self::Cancelled => "cancelled",
        }
    }
    /// Closed or cancelled: nothing more happens to it.
    pub fn is_ended(self) -> bool {
        matches!(self, Self::Closed | Self::Cancelled)
    }
}

impl fmt::Display for PermitStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PermitStatus {
    type Err = crate::order::UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| crate::order::UnknownStatus(s.to_owned()))
    }
}

/// A permit as staff issue it, every field parsed. Hazards and precautions are `None` when the
/// field was left empty, so that [`check_permit`] names them with the other rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermitDraft {
    pub kind: PermitKind,
    pub site: Name,
    pub work_order: Option<WorkOrderId>,
    pub valid_from: DateTime<Utc>,
    pub valid_until: DateTime<Utc>,
    pub hazards: Option<PermitText>,
    pub precautions: Option<PermitText>,
    pub issued_by: Name,
}

/// A rule a permit breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PermitRule {
    /// Valid until not after valid from.
    WindowEmpty,
    /// Longer than [`MAX_WINDOW_DAYS`].
    WindowTooLong,
    /// The window is already over.
    EndsInPast,
    HazardsRequired,
    PrecautionsRequired,
}

/// Checks a permit on its own (the database then checks the site and the work order).
pub fn check_permit(d: &PermitDraft, now: DateTime<Utc>) -> Result<(), Vec<PermitRule>> {
    let mut broken = Vec::new();
    if d.valid_until <= d.valid_from {
        broken.push(PermitRule::WindowEmpty);
    } else if d.valid_until - d.valid_from > Duration::days(MAX_WINDOW_DAYS) {
        broken.push(PermitRule::WindowTooLong);
    }
    if d.valid_until <= now {
        broken.push(PermitRule::EndsInPast);
    }
    if d.hazards.is_none() {
        broken.push(PermitRule::HazardsRequired);
    }
    if d.precautions.is_none() {
        broken.push(PermitRule::PrecautionsRequired);
    }
    if broken.is_empty() { Ok(()) } else { Err(broken) }
}

/// One entry of a permit's append-only log (stored with who and when).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PermitEvent {
    Issued,
    Accepted,
    Closed,
    Cancelled,
}

impl PermitEvent {
    pub const ALL: [PermitEvent; 4] = [Self::Issued, Self::Accepted, Self::Closed, Self::Cancelled];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Issued => "issued",
            Self::Accepted => "accepted",
            Self::Closed => "closed",
            Self::Cancelled => "cancelled",
        }
    }
    /// The permit's status once this event is logged.
    pub fn status(self) -> PermitStatus {
        match self {
            Self::Issued => PermitStatus::Issued,
            Self::Accepted => PermitStatus::Accepted,
            Self::Closed => PermitStatus::Closed,
            Self::Cancelled => PermitStatus::Cancelled,
        }
    }
}

impl fmt::Display for PermitEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PermitEvent {
    type Err = crate::order::UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| crate::order::UnknownStatus(s.to_owned()))
    }
}

/// Why a step on a permit is refused now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PermitActionRule {
    /// The window is over: an expired permit cannot be accepted; staff issue a new one.
    Expired,
    /// Nobody named as accepting or closing.
    NameRequired,
    NameTooLong,
    AlreadyAccepted,
    /// Only an accepted permit is closed.
    NotAccepted,
    /// Closed or cancelled.
    Ended,
}

fn person(raw: &str) -> Result<Name, PermitActionRule> {
    parse_person(raw).map_err(|e| match e {
        TextError::TooLong { .. } => PermitActionRule::NameTooLong,
        _ => PermitActionRule::NameRequired,
    })
}

/// The subcontractor's named person accepts an issued permit. Accepting ahead of the window
/// (before the shift) is fine; after it, the permit has expired.
pub fn accept(
    status: PermitStatus,
    valid_until: DateTime<Utc>,
    now: DateTime<Utc>,
    accepted_by: &str,
) -> Result<PermitStatus, PermitActionRule> {
    match status {
        PermitStatus::Issued => {}
        PermitStatus::Accepted => return Err(PermitActionRule::AlreadyAccepted),
        PermitStatus::Closed | PermitStatus::Cancelled => return Err(PermitActionRule::Ended),
    }
    if now > valid_until {
        return Err(PermitActionRule::Expired);
    }
    person(accepted_by)?;
    Ok(PermitStatus::Accepted)
}

/// The subcontractor closes an accepted permit when the work ends, at any time: work that ended
/// late is still recorded (see [`closed_late`]).
pub fn close(status: PermitStatus, closed_by: &str) -> Result<PermitStatus, PermitActionRule> {
    match status {
        PermitStatus::Accepted => {}
        PermitStatus::Issued => return Err(PermitActionRule::NotAccepted),
        PermitStatus::Closed | PermitStatus::Cancelled => return Err(PermitActionRule::Ended),
    }
    person(closed_by)?;
    Ok(PermitStatus::Closed)
}

/// Closed after the window ended: the log says so.
pub fn closed_late(valid_until: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now > valid_until
}

/// Staff withdraw a permit that has not ended.
pub fn cancel(status: PermitStatus) -> Result<PermitStatus, PermitActionRule> {
    match status {
        PermitStatus::Issued | PermitStatus::Accepted => Ok(PermitStatus::Cancelled),
        PermitStatus::Closed | PermitStatus::Cancelled => Err(PermitActionRule::Ended),
    }
}

/// May work go on under the permit now: accepted, and within its window (ends included).
pub fn is_active(status: PermitStatus, from: DateTime<Utc>, until: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    status == PermitStatus::Accepted && from <= now && now <= until
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use PermitActionRule as A;
    use PermitStatus::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, day, hour, 0, 0).unwrap()
    }

    fn draft() -> PermitDraft {
        PermitDraft {
            kind: PermitKind::HotWork,
            site: Name::parse("Kraków, hala B").unwrap(),
            work_order: Some(WorkOrderId::new(3)),
            valid_from: at(10, 6),
            valid_until: at(10, 18),
            hazards: PermitText::optional("Sparks\nFlammable insulation").unwrap(),
            precautions: PermitText::optional("Fire watch 60 min after\nExtinguisher at hand").unwrap(),
            issued_by: Name::parse("Anna Nowak").unwrap(),
        }
    }

    #[test]
    fn ids_read_back() {
        for k in PermitKind::ALL {
            assert_eq!(k.as_str().parse::<PermitKind>(), Ok(k));
        }
        for s in PermitStatus::ALL {
            assert_eq!(s.as_str().parse::<PermitStatus>(), Ok(s));
        }
        for e in PermitEvent::ALL {
            assert_eq!(e.as_str().parse::<PermitEvent>(), Ok(e));
            assert_eq!(e.status().as_str(), e.as_str());
        }
        assert!("HotWork".parse::<PermitKind>().is_err());
        assert!(Closed.is_ended() && Cancelled.is_ended() && !Issued.is_ended() && !Accepted.is_ended());
    }

    #[test]
    fn a_permit_for_a_shift() {
        assert_eq!(check_permit(&draft(), at(9, 12)), Ok(()));
        // Issued while the window is on.
        assert_eq!(check_permit(&draft(), at(10, 12)), Ok(()));
        let mut long = draft();
        long.valid_until = long.valid_from + Duration::days(MAX_WINDOW_DAYS);
        assert_eq!(check_permit(&long, at(9, 12)), Ok(()));
    }

    #[test]
    fn permit_rules() {
        let mut d = draft();
        d.valid_until = d.valid_from;
        d.hazards = None;
        d.precautions = PermitText::optional(" \n ").unwrap();
        assert_eq!(
            check_permit(&d, at(9, 12)),
            Err(vec![PermitRule::WindowEmpty, PermitRule::HazardsRequired, PermitRule::PrecautionsRequired])
        );
        let mut d = draft();
        d.valid_until = d.valid_from + Duration::days(MAX_WINDOW_DAYS) + Duration::seconds(1);
        assert_eq!(check_permit(&d, at(9, 12)), Err(vec![PermitRule::WindowTooLong]));
        assert_eq!(check_permit(&draft(), at(10, 18)), Err(vec![PermitRule::EndsInPast]));
        let mut d = draft();
        d.valid_from = at(10, 20);
        assert_eq!(check_permit(&d, at(11, 0)), Err(vec![PermitRule::WindowEmpty, PermitRule::EndsInPast]));
    }

    #[test]
    fn a_permit_accepted_after_its_window() {
        let until = at(10, 18);
        assert_eq!(accept(Issued, until, at(10, 19), "Piotr Wiśniewski"), Err(A::Expired));
        // The window's last moment still counts.
        assert_eq!(accept(Issued, until, until, "Piotr Wiśniewski"), Ok(Accepted));
    }

    #[test]
    fn accepting() {
        let until = at(10, 18);
        // Ahead of the shift, and during it.
        assert_eq!(accept(Issued, until, at(9, 20), " Piotr "), Ok(Accepted));
        assert_eq!(accept(Issued, until, at(10, 7), "Piotr"), Ok(Accepted));
        assert_eq!(accept(Issued, until, at(10, 7), "  "), Err(A::NameRequired));
        assert_eq!(accept(Issued, until, at(10, 7), &"P".repeat(201)), Err(A::NameTooLong));
        assert_eq!(accept(Accepted, until, at(10, 7), "Piotr"), Err(A::AlreadyAccepted));
        assert_eq!(accept(Closed, until, at(10, 7), "Piotr"), Err(A::Ended));
        assert_eq!(accept(Cancelled, until, at(10, 7), "Piotr"), Err(A::Ended));
    }

    #[test]
    fn closing_even_late() {
        assert_eq!(close(Accepted, "Piotr"), Ok(Closed));
        assert_eq!(close(Issued, "Piotr"), Err(A::NotAccepted));
        assert_eq!(close(Closed, "Piotr"), Err(A::Ended));
        assert_eq!(close(Cancelled, "Piotr"), Err(A::Ended));
        assert_eq!(close(Accepted, ""), Err(A::NameRequired));
        // Work that ended after the window is still closed, and the log can say it was late.
        assert_eq!(close(Accepted, "Piotr"), Ok(Closed));
        let until = at(10, 18);
        assert!(!closed_late(until, at(10, 17)));
        assert!(!closed_late(until, until));
        assert!(closed_late(until, at(10, 19)));
    }

    #[test]
    fn cancelling_and_active() {
        assert_eq!(cancel(Issued), Ok(Cancelled));
        assert_eq!(cancel(Accepted), Ok(Cancelled));
        assert_eq!(cancel(Closed), Err(A::Ended));
        assert_eq!(cancel(Cancelled), Err(A::Ended));
        let (from, until) = (at(10, 6), at(10, 18));
        assert!(is_active(Accepted, from, until, at(10, 6)));
        assert!(is_active(Accepted, from, until, at(10, 18)));
        assert!(!is_active(Accepted, from, until, at(10, 5)));
        assert!(!is_active(Accepted, from, until, at(10, 19)));
        assert!(!is_active(Issued, from, until, at(10, 12)));
        assert!(!is_active(Closed, from, until, at(10, 12)));
    }
}
