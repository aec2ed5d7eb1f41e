//! Field text rules: trimming, Excel's text mark, control characters.

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\r' | '\n')
}

/// Trims surrounding spaces, tabs, no-break spaces (and line breaks of a quoted value).
#[inline]
pub fn trim(s: &str) -> &str {
    // ASCII white space first (std's loop; form feed is a control character, rejected earlier)
    let t = s.trim_ascii();
    let b = t.as_bytes();
    if !(b.starts_with(&[0xC2, 0xA0]) || b.ends_with(&[0xC2, 0xA0])) {
        return t;
    }
    // no-break spaces mixed in: the general loop
    let mut end = b.len();
    while end > 0 {
        match b[end - 1] {
            b' ' | b'\t' | b'\r' | b'\n' => end -= 1,
            0xA0 if end >= 2 && b[end - 2] == 0xC2 => end -= 2,
            _ => break,
        }
    }
    let mut start = 0;
    while start < end {
        match b[start] {
            b' ' | b'\t' | b'\r' | b'\n' => start += 1,
            0xC2 if start + 1 < end && b[start + 1] == 0xA0 => start += 2,
            _ => break,
        }
    }
    // both ends are at character boundaries: only ASCII bytes and whole NBSPs were cut
    t.get(start..end).unwrap_or("")
}

/// Trims, then drops one leading `'` when what follows is a digit, `=`, `+`, `-`, `@`,
/// tab, CR or another `'`, and trims again.
#[inline]
pub fn normalize_field(s: &str) -> &str {
    // fast path: nothing to trim and no text mark
    if let (Some(&f), Some(&l)) = (s.as_bytes().first(), s.as_bytes().last())
        && f > b' '
        && f != b'\''
        && f < 0x80
        && l > b' '
        && l < 0x80
    {
        return s;
    }
    let t = trim(s);
    if let Some(rest) = t.strip_prefix('\'')
        && let Some(c) = rest.chars().next()
        && (c.is_ascii_digit() || matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r' | '\''))
    {
        return trim(rest);
    }
    t
}

/// [`normalize_field`] on a byte span of valid UTF-8 text: the span of the normalized value.
/// Works on bytes (no character-boundary checks): only ASCII white space, whole no-break
/// spaces (C2 A0) and an ASCII `'` are cut, so the result is on character boundaries.
#[inline]
pub fn normalize_span(b: &[u8], mut start: usize, mut end: usize) -> (usize, usize) {
    let trim_span = |start: &mut usize, end: &mut usize| {
        while *end > *start {
            match b[*end - 1] {
                b' ' | b'\t' | b'\r' | b'\n' => *end -= 1,
                0xA0 if *end >= *start + 2 && b[*end - 2] == 0xC2 => *end -= 2,
                _ => break,
            }
        }
        while *start < *end {
            match b[*start] {
                b' ' | b'\t' | b'\r' | b'\n' => *start += 1,
                0xC2 if *start + 1 < *end && b[*start + 1] == 0xA0 => *start += 2,
                _ => break,
            }
        }
    };
    if end > b.len() || start > end {
        return (start.min(b.len()), start.min(b.len()));
    }
    trim_span(&mut start, &mut end);
    if end > start + 1
        && b[start] == b'\''
        && matches!(b[start + 1], b'0'..=b'9' | b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r' | b'\'')
    {
        start += 1;
        trim_span(&mut start, &mut end);
    }
    (start, end)
}

/// The first control character that is not allowed (anything but tab, and CR/LF which
/// only occur inside quoted values), if any.
pub fn forbidden_control(s: &str) -> Option<char> {
    let b = s.as_bytes();
    // fast path (vectorizes): no byte that could start a control character
    if !b.iter().fold(false, |acc, &c| acc | (c < 0x20) | (c == 0x7f) | (c == 0xC2)) {
        return None;
    }
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x20 {
            if c != b'\t' && c != b'\r' && c != b'\n' {
                return Some(char::from(c));
            }
        } else if c == 0x7f {
            return Some('\u{7f}');
        } else if c == 0xC2
            && let Some(&n) = b.get(i + 1)
            && (0x80..=0x9f).contains(&n)
        {
            return char::from_u32(u32::from(n));
        }
        i += 1;
    }
    None
}

/// Whether a record's fields are all blank (an Excel empty row).
pub fn is_blank(s: &str) -> bool {
    s.chars().all(is_space)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    #[test]
    fn normalize_span_agrees_with_normalize_field() {
        let cases = [
            "",
            " ",
            "abc",
            "  abc  ",
            "\u{a0}abc\u{a0}",
            "'123",
            "'abc",
            "''x",
            "' 5",
            "'=1+2 ",
            " '\t=x",
            "'",
            "''",
            "Łódź ",
            "\u{a0}\u{a0}",
            "a\u{a0}b",
            "'\u{a0}5",
            " \r\nx\r\n",
        ];
        for c in cases {
            let (a, b) = normalize_span(c.as_bytes(), 0, c.len());
            assert_eq!(&c[a..b], normalize_field(c), "{c:?}");
        }
    }
}
