//! The document library of the customer portal (issue #7): installation instructions per
//! article, and documents per customer organisation.
//!
//! Both are kept in versions. A file uploaded under a title that is already there (for the same
//! article and audience, or the same customer, category and sender) is that title's next
//! version; the one before stays, marked as superseded. Titles match whatever their case and
//! spacing ([`Title::key`]).
//!
//! What may be uploaded is judged by content ([`crate::upload::sniff_document`]); which kinds a
//! form takes and how large each may be is decided here.
use crate::upload::FileKind;
use std::fmt;
use std::str::FromStr;

/// The most an MP4 film may weigh: a few minutes of an installation filmed in full HD.
pub const MAX_FILM_BYTES: usize = 200 * 1024 * 1024;
/// The most any other file of the library may weigh (a scanned manual, a price list).
pub const MAX_DOCUMENT_BYTES: usize = 25 * 1024 * 1024;
/// The most one upload of the library may carry: its largest kind. The routes that take
/// library uploads allow this much (and a little for the form), the others keep their limits.
pub const MAX_UPLOAD_BYTES: usize = MAX_FILM_BYTES;
/// Longest title.
pub const MAX_TITLE: usize = 120;
/// Longest note on a version ("what changed").
pub const MAX_NOTE: usize = 500;

/// The most a file of this kind may weigh.
pub fn max_bytes(kind: FileKind) -> usize {
    match kind {
        FileKind::Mp4 => MAX_FILM_BYTES,
        _ => MAX_DOCUMENT_BYTES,
    }
}

/// The kinds an installation instruction may be: a PDF, or a film of the installation.
pub const INSTRUCTION_KINDS: [FileKind; 2] = [FileKind::Pdf, FileKind::Mp4];

/// A customer's document's category: what the portal groups them by, and what kinds it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentCategory {
    /// Documents: PDF, Excel, CSV, text.
    Documents,
    /// Pictures: photos.
    Pictures,
    /// Films: MP4.
    Films,
    /// Price lists: PDF, Excel, CSV.
    PriceLists,
    /// Lists and spreadsheets, the customer's own included: Excel, CSV, text.
    Lists,
}

impl DocumentCategory {
    pub const ALL: [DocumentCategory; 5] =
        [Self::Documents, Self::Pictures, Self::Films, Self::PriceLists, Self::Lists];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Documents => "documents",
            Self::Pictures => "pictures",
            Self::Films => "films",
            Self::PriceLists => "price_lists",
            Self::Lists => "lists",
        }
    }

    /// The catalogue id of its name (`documents-category-price-lists`).
    pub fn message_id(self) -> String {
        format!("documents-category-{}", self.as_str().replace('_', "-"))
    }

    /// The kinds of file the category takes.
    pub fn kinds(self) -> &'static [FileKind] {
        use FileKind::*;
        match self {
            Self::Documents => &[Pdf, Xlsx, Csv, Text],
            Self::Pictures => &[Png, Jpeg, Gif, Webp],
            Self::Films => &[Mp4],
            Self::PriceLists => &[Pdf, Xlsx, Csv],
            Self::Lists => &[Xlsx, Csv, Text],
        }
    }

    pub fn accepts(self, kind: FileKind) -> bool {
        self.kinds().contains(&kind)
    }
}

impl FromStr for DocumentCategory {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Self::ALL.into_iter().find(|c| c.as_str() == s.trim()).ok_or(())
    }
}

impl fmt::Display for DocumentCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who sent a customer's document: the company (staff, for the customer) or the customer
/// (its contacts, for staff).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    Company,
    Customer,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Company => "company",
            Self::Customer => "customer",
        }
    }
}

impl FromStr for Origin {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "company" => Ok(Self::Company),
            "customer" => Ok(Self::Customer),
            _ => Err(()),
        }
    }
}

/// What is wrong with a title or a note as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    Missing,
    TooLong,
    /// Line breaks or other control characters in a one-line text.
    Control,
}

impl TextProblem {
    /// The message for a title.
    pub fn title_message_id(self) -> &'static str {
        match self {
            Self::Missing => "documents-title-missing",
            Self::TooLong => "documents-title-too-long",
            Self::Control => "documents-title-control",
        }
    }
    /// The message for a note (never missing: a note is optional).
    pub fn note_message_id(self) -> &'static str {
        match self {
            Self::Missing | Self::TooLong => "documents-note-too-long",
            Self::Control => "documents-note-control",
        }
    }
}

/// A document's title: one line, trimmed, inner spaces kept, 1 to [`MAX_TITLE`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title(String);

impl Title {
    pub fn parse(raw: &str) -> Result<Self, TextProblem> {
        let t = raw.trim();
        if t.is_empty() {
            return Err(TextProblem::Missing);
        }
        if t.chars().any(char::is_control) {
            return Err(TextProblem::Control);
        }
        if t.chars().count() > MAX_TITLE {
            return Err(TextProblem::TooLong);
        }
        Ok(Self(t.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// What titles are matched by, to find the version before: lower case, runs of spaces as one.
    pub fn key(&self) -> String {
        self.0.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
    }
}

impl fmt::Display for Title {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A version's note ("what changed"): optional, at most [`MAX_NOTE`] characters.
pub fn note(raw: &str) -> Result<Option<String>, TextProblem> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.chars().count() > MAX_NOTE {
        return Err(TextProblem::TooLong);
    }
    if t.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Err(TextProblem::Control);
    }
    Ok(Some(t.to_owned()))
}

/// Why a file is refused for a form of the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileRefusal {
    /// No kind the library knows, whatever its name says.
    Unknown,
    /// A kind the library knows, but not one this form or category takes.
    NotHere(FileKind),
    /// Over [`max_bytes`] of its kind.
    TooLarge(FileKind),
}

/// Whether a file of `kind` and `size` bytes may be uploaded where `allowed` kinds are taken.
pub fn check_file(kind: Option<FileKind>, size: usize, allowed: &[FileKind]) -> Result<FileKind, FileRefusal> {
    let kind = kind.ok_or(FileRefusal::Unknown)?;
    if !allowed.contains(&kind) {
        return Err(FileRefusal::NotHere(kind));
    }
    if size > max_bytes(kind) {
        return Err(FileRefusal::TooLarge(kind));
    }
    Ok(kind)
}

/// The version a new upload gets: one more than the title's current one, or the first.
pub fn next_version(current: Option<i32>) -> i32 {
    current.map_or(1, |v| v.saturating_add(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_take_their_kinds() {
        assert!(DocumentCategory::Films.accepts(FileKind::Mp4));
        assert!(!DocumentCategory::Films.accepts(FileKind::Pdf));
        assert!(DocumentCategory::Lists.accepts(FileKind::Xlsx));
        assert!(!DocumentCategory::Pictures.accepts(FileKind::Xlsx));
        for c in DocumentCategory::ALL {
            assert_eq!(c.as_str().parse::<DocumentCategory>(), Ok(c));
            assert!(!c.kinds().is_empty());
        }
        assert_eq!(DocumentCategory::PriceLists.message_id(), "documents-category-price-lists");
        assert!("video".parse::<DocumentCategory>().is_err());
    }

    #[test]
    fn films_may_be_larger() {
        assert_eq!(check_file(Some(FileKind::Mp4), 150 * 1024 * 1024, &[FileKind::Mp4]), Ok(FileKind::Mp4));
        assert_eq!(
            check_file(Some(FileKind::Mp4), MAX_FILM_BYTES + 1, &[FileKind::Mp4]),
            Err(FileRefusal::TooLarge(FileKind::Mp4))
        );
        assert_eq!(
            check_file(Some(FileKind::Pdf), 30 * 1024 * 1024, &INSTRUCTION_KINDS),
            Err(FileRefusal::TooLarge(FileKind::Pdf))
        );
        assert_eq!(check_file(Some(FileKind::Xlsx), 10, &INSTRUCTION_KINDS), Err(FileRefusal::NotHere(FileKind::Xlsx)));
        assert_eq!(check_file(None, 10, &INSTRUCTION_KINDS), Err(FileRefusal::Unknown));
        assert!(MAX_UPLOAD_BYTES >= FileKind::ALL.into_iter().map(max_bytes).max().unwrap_or(0));
    }

    #[test]
    fn titles_match_whatever_their_case_and_spacing() {
        let a = Title::parse("  Montage   Anleitung ").unwrap_or_else(|_| Title("x".into()));
        assert_eq!(a.as_str(), "Montage   Anleitung");
        assert_eq!(a.key(), "montage anleitung");
        assert_eq!(Title::parse("MONTAGE anleitung").map(|t| t.key()), Ok("montage anleitung".into()));
        assert_eq!(Title::parse("  "), Err(TextProblem::Missing));
        assert_eq!(Title::parse("a\nb"), Err(TextProblem::Control));
        assert_eq!(Title::parse(&"x".repeat(MAX_TITLE + 1)), Err(TextProblem::TooLong));
        assert_eq!(note(""), Ok(None));
        assert_eq!(note("Step 4 redrawn.\nTorque corrected."), Ok(Some("Step 4 redrawn.\nTorque corrected.".into())));
        assert_eq!(note(&"x".repeat(MAX_NOTE + 1)), Err(TextProblem::TooLong));
    }

    #[test]
    fn versions_count_up() {
        assert_eq!(next_version(None), 1);
        assert_eq!(next_version(Some(3)), 4);
    }
}
