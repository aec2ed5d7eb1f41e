//! Uploaded files: what a file is, judged by its content and never by its name or the type
//! the browser claims, and the clean name it is offered under when downloaded.
//!
//! Most forms take photos and PDF documents only ([`sniff`]). The document library of the
//! customer portal (installation instructions, customers' documents) takes more: Excel
//! workbooks, CSV and plain text, MP4 films ([`sniff_document`]); which of them a form takes
//! and how large they may be is [`crate::library`]'s rule.

/// The most one uploaded file may weigh (forms other than the document library's).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The most files one form may carry.
pub const MAX_FILES: usize = 5;

/// The kinds of file Tessera accepts: photos and PDF documents everywhere; spreadsheets, text
/// and films in the document library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
    Gif,
    Webp,
    /// An Excel workbook (Office Open XML, `.xlsx`), without macros.
    Xlsx,
    /// Comma-separated values: plain text named `.csv`.
    Csv,
    /// Plain text.
    Text,
    /// An MP4 film.
    Mp4,
}

impl FileKind {
    pub const ALL: [FileKind; 9] =
        [Self::Pdf, Self::Png, Self::Jpeg, Self::Gif, Self::Webp, Self::Xlsx, Self::Csv, Self::Text, Self::Mp4];

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Gif => "image/gif",
            Self::Webp => "image/webp",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            // No charset: a CSV from Excel is as often Windows-1250 as UTF-8.
            Self::Csv => "text/csv",
            Self::Text => "text/plain",
            Self::Mp4 => "video/mp4",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Png => "png",
            Self::Jpeg => "jpg",
            Self::Gif => "gif",
            Self::Webp => "webp",
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
            Self::Text => "txt",
            Self::Mp4 => "mp4",
        }
    }

    /// The kind of a stored content type (as [`FileKind::content_type`] wrote it).
    pub fn from_content_type(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.content_type() == s)
    }
}

/// What the file is, from its first bytes (magic numbers); `None` for anything not accepted,
/// an HTML page named `.pdf` included.
pub fn sniff(head: &[u8]) -> Option<FileKind> {
    if head.starts_with(b"%PDF-") {
        Some(FileKind::Pdf)
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(FileKind::Png)
    } else if head.starts_with(b"\xFF\xD8\xFF") {
        Some(FileKind::Jpeg)
    } else if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        Some(FileKind::Gif)
    } else if head.len() >= 12 && head.starts_with(b"RIFF") && &head[8..12] == b"WEBP" {
        Some(FileKind::Webp)
    } else {
        None
    }
}

/// What a file of the document library is, from its content: what [`sniff`] knows, and
/// - an Excel workbook: a ZIP archive (`PK\x03\x04`) holding `[Content_Types].xml` and
///   `xl/workbook.xml`; one with macros (`vbaProject.bin`) is refused, whatever its name;
/// - an MP4 film: an ISO media file (`ftyp` box) of an MP4 brand; QuickTime and others refused;
/// - text: no NUL and no control characters but tab, line breaks and form feed, not markup
///   (an HTML or SVG page is refused), UTF-8 or an 8-bit code page; CSV when its name ends in
///   `.csv` (the name tells only CSV from plain text, both text).
///
/// `None` for anything else, e.g. a Word document or an executable named `.xlsx`.
pub fn sniff_document(bytes: &[u8], name: &str) -> Option<FileKind> {
    if let Some(k) = sniff(bytes) {
        return Some(k);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        let workbook = contains(bytes, b"[Content_Types].xml") && contains(bytes, b"xl/workbook.xml");
        return (workbook && !contains(bytes, b"vbaProject.bin")).then_some(FileKind::Xlsx);
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        const MP4_BRANDS: [&[u8; 4]; 12] = [
            b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"dash", b"M4V ", b"MSNV",
        ];
        return MP4_BRANDS.iter().any(|b| &bytes[8..12] == *b).then_some(FileKind::Mp4);
    }
    if is_text(bytes) {
        let csv = name.rsplit(['/', '\\']).next().unwrap_or("").to_ascii_lowercase().ends_with(".csv");
        return Some(if csv { FileKind::Csv } else { FileKind::Text });
    }
    None
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Plain text: something in it, no NUL or other control characters (tab, CR, LF and form feed
/// are text), and not markup.
fn is_text(bytes: &[u8]) -> bool {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Some(first) = body.iter().find(|b| !b.is_ascii_whitespace()) else { return false };
    *first != b'<' && body.iter().all(|&b| (b >= 0x20 && b != 0x7f) || matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
}

/// The name a file is offered under: the last part of what the uploader's browser sent
/// (never a path), letters, digits, spaces and `.-_()` kept, anything else replaced by `_`,
/// at most 100 characters, ending in the extension of what the file really is.
pub fn clean_filename(raw: &str, kind: FileKind) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let mut cleaned: String = base
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_' | '(' | ')') { c } else { '_' })
        .collect();
    cleaned = cleaned.trim_matches(|c: char| c == '.' || c == ' ' || c == '_').to_owned();
    // Drop whatever extension it claimed; the real one goes on below.
    if let Some((stem, _)) = cleaned.rsplit_once('.') {
        cleaned = stem.trim_end_matches(['.', ' ']).to_owned();
    }
    let stem: String = cleaned.chars().take(100 - 1 - kind.extension().len()).collect();
    let stem = if stem.is_empty() { "attachment".to_owned() } else { stem };
    format!("{stem}.{}", kind.extension())
}

/// The name in ASCII only, for the plain `filename=` of a `Content-Disposition` header (the
/// full name goes into `filename*`).
pub fn ascii_filename(clean: &str) -> String {
    clean
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_' | '(' | ')') { c } else { '_' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_their_first_bytes() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some(FileKind::Pdf));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0"), Some(FileKind::Png));
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0\0\x10JFIF"), Some(FileKind::Jpeg));
        assert_eq!(sniff(b"GIF89a\x01\0"), Some(FileKind::Gif));
        assert_eq!(sniff(b"RIFF\x24\0\0\0WEBPVP8 "), Some(FileKind::Webp));
        assert_eq!(sniff(b"<!DOCTYPE html><html>%PDF-"), None);
        assert_eq!(sniff(b" %PDF-1.4"), None);
        assert_eq!(sniff(b"RIFF\x24\0\0\0WAVE"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn documents_by_their_content() {
        let xlsx = b"PK\x03\x04....[Content_Types].xml....xl/workbook.xml....PK\x05\x06";
        assert_eq!(sniff_document(xlsx, "lista.xlsx"), Some(FileKind::Xlsx));
        assert_eq!(sniff_document(xlsx, "lista.pdf"), Some(FileKind::Xlsx), "the name does not count");
        let xlsm = b"PK\x03\x04[Content_Types].xml xl/workbook.xml xl/vbaProject.bin";
        assert_eq!(sniff_document(xlsm, "lista.xlsx"), None, "macros are refused");
        let docx = b"PK\x03\x04[Content_Types].xml word/document.xml";
        assert_eq!(sniff_document(docx, "lista.xlsx"), None, "a Word document is no workbook");
        assert_eq!(sniff_document(b"PK\x03\x04just a zip", "a.xlsx"), None);
        assert_eq!(sniff_document(b"\0\0\0\x20ftypisom\0\0\x02\0", "film.mov"), Some(FileKind::Mp4));
        assert_eq!(sniff_document(b"\0\0\0\x14ftypqt  \0\0\0\0", "film.mp4"), None, "QuickTime");
        assert_eq!(sniff_document("artykuł;ilość\r\n2124907;40\r\n".as_bytes(), "lista.CSV"), Some(FileKind::Csv));
        assert_eq!(sniff_document(b"art\xF3\xB3\x3B40\n", "lista.csv"), Some(FileKind::Csv), "Windows-1250");
        assert_eq!(sniff_document(b"notes\n", "notes.txt"), Some(FileKind::Text));
        assert_eq!(sniff_document(b"\xEF\xBB\xBF  <html><script>", "x.csv"), None, "markup");
        assert_eq!(sniff_document(b"MZ\x90\0\x03\0", "x.csv"), None, "an executable");
        assert_eq!(sniff_document(b"   \n", "x.txt"), None, "nothing in it");
        assert_eq!(sniff_document(b"%PDF-1.7", "x.csv"), Some(FileKind::Pdf));
        // The other forms still take photos and PDF only.
        assert_eq!(sniff(xlsx), None);
        assert_eq!(sniff(b"a;b\n"), None);
    }

    #[test]
    fn kinds_round_trip_their_content_type() {
        for k in FileKind::ALL {
            assert_eq!(FileKind::from_content_type(k.content_type()), Some(k));
        }
    }

    #[test]
    fn names_are_cleaned_and_get_the_real_extension() {
        assert_eq!(clean_filename("C:\\Users\\eva\\zdjęcie 1.JPG", FileKind::Jpeg), "zdjęcie 1.jpg");
        assert_eq!(clean_filename("../../etc/passwd", FileKind::Pdf), "passwd.pdf");
        assert_eq!(clean_filename("report\".pdf\r\nX: y", FileKind::Pdf), "report_.pdf");
        assert_eq!(clean_filename("", FileKind::Png), "attachment.png");
        assert_eq!(clean_filename("invoice.html", FileKind::Pdf), "invoice.pdf");
        assert!(clean_filename(&"a".repeat(500), FileKind::Webp).chars().count() <= 100);
        assert_eq!(ascii_filename("zdjęcie 1.jpg"), "zdj_cie 1.jpg");
    }
}
