//! Uploaded files: what a file is, judged by its first bytes and never by its name or the
//! type the browser claims, and the clean name it is offered under when downloaded.

/// The most one uploaded file may weigh.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The most files one form may carry.
pub const MAX_FILES: usize = 5;

/// The kinds of file Tessera accepts: photos and PDF documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
    Gif,
    Webp,
}

impl FileKind {
    pub const ALL: [FileKind; 5] = [Self::Pdf, Self::Png, Self::Jpeg, Self::Gif, Self::Webp];

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Gif => "image/gif",
            Self::Webp => "image/webp",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Png => "png",
            Self::Jpeg => "jpg",
            Self::Gif => "gif",
            Self::Webp => "webp",
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
