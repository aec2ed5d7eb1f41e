//! Lockout/tagout (LOTO) procedures that staff keep per asset: which energy sources there are,
//! where they are isolated, the steps, and how isolation is verified. Each save is a new version
//! in the database; [`differs`] tells whether a save changes anything.
use crate::text::{Name, TextError};
use crate::work_order::{LongText, deserialize_text};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Longest line of a list (an energy source, an isolation point, a step).
pub const MAX_LINE: usize = 500;
/// At most this many lines in one list.
pub const MAX_LINES: usize = 50;
/// Longest verification text.
pub const MAX_VERIFICATION: usize = 2000;

/// A kind of hazardous energy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnergyKind {
    Electrical,
    Mechanical,
    Hydraulic,
    Pneumatic,
    Thermal,
    Chemical,
    Gravity,
    Other,
}

impl EnergyKind {
    pub const ALL: [EnergyKind; 8] = [
        Self::Electrical,
        Self::Mechanical,
        Self::Hydraulic,
        Self::Pneumatic,
        Self::Thermal,
        Self::Chemical,
        Self::Gravity,
        Self::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Electrical => "electrical",
            Self::Mechanical => "mechanical",
            Self::Hydraulic => "hydraulic",
            Self::Pneumatic => "pneumatic",
            Self::Thermal => "thermal",
            Self::Chemical => "chemical",
            Self::Gravity => "gravity",
            Self::Other => "other",
        }
    }
}

impl fmt::Display for EnergyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EnergyKind {
    type Err = crate::order::UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or_else(|| crate::order::UnknownStatus(s.to_owned()))
    }
}

/// One source of energy to isolate, e.g. electrical: "400 V main supply".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnergySource {
    pub kind: EnergyKind,
    pub description: String,
}

/// A LOTO procedure, every field parsed (stored as JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LotoProcedure {
    #[serde(deserialize_with = "deserialize_text")]
    pub title: Name,
    pub energy_sources: Vec<EnergySource>,
    pub isolation_points: Vec<String>,
    /// In order, without their numbers.
    pub steps: Vec<String>,
    /// May span lines.
    pub verification: String,
}

/// A field of the procedure's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LotoField {
    Title,
    EnergySources,
    IsolationPoints,
    Steps,
    Verification,
}

/// A rule a procedure breaks; line indexes are 0-based among the non-empty lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LotoRule {
    TitleRequired,
    NoEnergySource,
    /// Not `kind: description` with one of [`EnergyKind::ALL`]'s ids.
    BadEnergyLine(usize),
    NoIsolationPoint,
    NoSteps,
    VerificationRequired,
    /// The field's text, one of its lines (over [`MAX_LINE`]), or its number of lines (over
    /// [`MAX_LINES`]) is too long.
    TooLong(LotoField),
}

/// Reads a procedure from its form: energy sources one per line as `kind: description`
/// (`electrical: 400 V main supply`, the kind's id in any case), isolation points and steps one
/// per non-empty line (a leading `1.`, `2)`, `-`, `*` or `•` is dropped), verification as text.
pub fn parse_procedure(
    title: &str,
    energy_raw: &str,
    isolation_raw: &str,
    steps_raw: &str,
    verification_raw: &str,
) -> Result<LotoProcedure, Vec<LotoRule>> {
    let mut broken = Vec::new();
    let title = match Name::parse(&title.replace(char::is_control, " ")) {
        Ok(t) => Some(t),
        Err(TextError::TooLong { .. }) => {
            broken.push(LotoRule::TooLong(LotoField::Title));
            None
        }
        Err(_) => {
            broken.push(LotoRule::TitleRequired);
            None
        }
    };

    let energy_lines = list(energy_raw, LotoField::EnergySources, LotoRule::NoEnergySource, &mut broken);
    let mut energy_sources = Vec::with_capacity(energy_lines.len());
    for (i, line) in energy_lines.iter().enumerate() {
        match energy_line(line) {
            Some(source) => energy_sources.push(source),
            None => broken.push(LotoRule::BadEnergyLine(i)),
        }
    }
    let isolation_points = list(isolation_raw, LotoField::IsolationPoints, LotoRule::NoIsolationPoint, &mut broken);
    let steps = list(steps_raw, LotoField::Steps, LotoRule::NoSteps, &mut broken);
    // A pasted control character is read as a space (line breaks and tabs are kept).
    let cleaned = verification_raw.replace(|c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t'), " ");
    let verification = match LongText::<MAX_VERIFICATION>::parse(&cleaned) {
        Ok(v) => Some(v.into_string()),
        Err(TextError::TooLong { .. }) => {
            broken.push(LotoRule::TooLong(LotoField::Verification));
            None
        }
        Err(_) => {
            broken.push(LotoRule::VerificationRequired);
            None
        }
    };
    match (title, verification) {
        (Some(title), Some(verification)) if broken.is_empty() => {
            Ok(LotoProcedure { title, energy_sources, isolation_points, steps, verification })
        }
        _ => Err(broken),
    }
}

/// The non-empty lines of a list, trimmed and without numbering; notes when there are none or
/// it is too long.
fn list(raw: &str, field: LotoField, none: LotoRule, broken: &mut Vec<LotoRule>) -> Vec<String> {
    let lines: Vec<String> = raw
        .lines()
        .map(|l| strip_marker(&l.replace(char::is_control, " ")).to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        broken.push(none);
    } else if lines.len() > MAX_LINES || lines.iter().any(|l| l.chars().count() > MAX_LINE) {
        broken.push(LotoRule::TooLong(field));
    }
    lines
}

/// Drops leading list markers (`1.`, `12)`, `-`, `*`, `•`, `–`), repeatedly, and trims. A
/// number followed by a digit (`1.5 bar`) is not a marker.
fn strip_marker(line: &str) -> &str {
    let mut s = line.trim();
    loop {
        let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let rest = if digits > 0 {
            let after = &s[digits..];
            match after.strip_prefix(['.', ')']) {
                Some(r) if !r.starts_with(|c: char| c.is_ascii_digit()) => Some(r),
                _ => None,
            }
        } else {
            s.strip_prefix(['-', '*', '•', '–'])
        };
        match rest {
            Some(r) => s = r.trim_start(),
            None => return s,
        }
    }
}

fn energy_line(line: &str) -> Option<EnergySource> {
    let (kind, description) = line.split_once(':')?;
    let kind = kind.trim().to_lowercase().parse().ok()?;
    let description = description.trim();
    if description.is_empty() {
        return None;
    }
    Some(EnergySource { kind, description: description.to_owned() })
}

/// The energy sources as [`parse_procedure`] reads them, one per line.
pub fn energy_to_text(sources: &[EnergySource]) -> String {
    sources.iter().map(|s| format!("{}: {}", s.kind, s.description)).collect::<Vec<_>>().join("\n")
}

/// Isolation points or steps as [`parse_procedure`] reads them, one per line.
pub fn lines_to_text(lines: &[String]) -> String {
    lines.join("\n")
}

/// Does saving `b` over `a` change anything (so that an unchanged save makes no new version)?
pub fn differs(a: &LotoProcedure, b: &LotoProcedure) -> bool {
    a != b
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use LotoRule as R;

    const ENERGY: &str = "electrical: 400 V main supply\n\n  Pneumatic : 6 bar line to the press \nGRAVITY: raised ram";
    const POINTS: &str = "1. Main switch Q1 in cabinet RG-2\n2) Ball valve V3\n- Ram locking pin";
    const STEPS: &str = "1. Tell the operator\n2. Stop the press\n3.Switch Q1 off and lock it\n• Bleed 1.5 bar residual pressure\n10) Insert the pin";
    const VERIFY: &str = "Try to start from the panel.\r\nMeasure absence of voltage.";

    fn procedure() -> LotoProcedure {
        parse_procedure(" Hydraulic press P-4 ", ENERGY, POINTS, STEPS, VERIFY).unwrap()
    }

    #[test]
    fn ids_read_back() {
        for k in EnergyKind::ALL {
            assert_eq!(k.as_str().parse::<EnergyKind>(), Ok(k));
        }
        assert!("elektryczna".parse::<EnergyKind>().is_err());
    }

    #[test]
    fn reads_the_form() {
        let p = procedure();
        assert_eq!(p.title.as_str(), "Hydraulic press P-4");
        assert_eq!(
            p.energy_sources,
            [
                EnergySource { kind: EnergyKind::Electrical, description: "400 V main supply".into() },
                EnergySource { kind: EnergyKind::Pneumatic, description: "6 bar line to the press".into() },
                EnergySource { kind: EnergyKind::Gravity, description: "raised ram".into() },
            ]
        );
        assert_eq!(p.isolation_points, ["Main switch Q1 in cabinet RG-2", "Ball valve V3", "Ram locking pin"]);
        assert_eq!(
            p.steps,
            [
                "Tell the operator",
                "Stop the press",
                "Switch Q1 off and lock it",
                "Bleed 1.5 bar residual pressure",
                "Insert the pin"
            ]
        );
        assert_eq!(p.verification, "Try to start from the panel.\nMeasure absence of voltage.");
    }

    #[test]
    fn markers_are_dropped_numbers_are_not() {
        assert_eq!(strip_marker("1.5 bar"), "1.5 bar");
        assert_eq!(strip_marker("2 people lift"), "2 people lift");
        assert_eq!(strip_marker(" 1) 2. - step"), "step");
        assert_eq!(strip_marker("-Lock"), "Lock");
        assert_eq!(strip_marker("3."), "");
    }

    #[test]
    fn every_broken_rule_is_named() {
        assert_eq!(
            parse_procedure(" ", "", "\n", " ", "  \n "),
            Err(vec![R::TitleRequired, R::NoEnergySource, R::NoIsolationPoint, R::NoSteps, R::VerificationRequired])
        );
        assert_eq!(
            parse_procedure("P", "electrical 400 V\nelectrical: 400 V\nsteam: 3 bar\nthermal:  \n", "x", "y", "z"),
            Err(vec![R::BadEnergyLine(0), R::BadEnergyLine(2), R::BadEnergyLine(3)])
        );
        let many = "step\n".repeat(51);
        let long = "x".repeat(501);
        assert_eq!(
            parse_procedure(&"T".repeat(201), &format!("other: {long}"), &long, &many, &"v".repeat(2001)),
            Err(vec![
                R::TooLong(LotoField::Title),
                R::TooLong(LotoField::EnergySources),
                R::TooLong(LotoField::IsolationPoints),
                R::TooLong(LotoField::Steps),
                R::TooLong(LotoField::Verification),
            ])
        );
        assert_eq!(parse_procedure("P", "other: a", "x", &"step\n".repeat(50), "v\u{7}").unwrap().verification, "v");
        assert_eq!(parse_procedure("P", "other: a", "x", "y", "\u{7}"), Err(vec![R::VerificationRequired]));
    }

    #[test]
    fn round_trips_and_versions() {
        let p = procedure();
        let again = parse_procedure(
            p.title.as_str(),
            &energy_to_text(&p.energy_sources),
            &lines_to_text(&p.isolation_points),
            &lines_to_text(&p.steps),
            &p.verification,
        )
        .unwrap();
        assert!(!differs(&p, &again));
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains(r#"{"kind":"electrical","description":"400 V main supply"}"#));
        assert_eq!(serde_json::from_str::<LotoProcedure>(&json).unwrap(), p);
        let mut changed = p.clone();
        changed.steps.swap(0, 1);
        assert!(differs(&p, &changed));
        // The same form typed differently is the same procedure.
        let retyped =
            parse_procedure("Hydraulic press P-4", ENERGY, POINTS, &STEPS.replace("1. ", "- "), VERIFY).unwrap();
        assert!(!differs(&p, &retyped));
    }
}
