//! Bytes to text: which encoding a file is in (spec "Bytes to text").
use crate::format::Format;
use std::fmt;
use std::io::{self, Read};
use std::str::FromStr;

/// The encodings a file may be read in or written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    Utf8,
    Iso8859_2,
    Windows1250,
}

impl Encoding {
    /// The canonical name, as in the report.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Iso8859_2 => "ISO-8859-2",
            Encoding::Windows1250 => "windows-1250",
        }
    }

    pub(crate) fn rs(self) -> &'static encoding_rs::Encoding {
        match self {
            Encoding::Utf8 => encoding_rs::UTF_8,
            Encoding::Iso8859_2 => encoding_rs::ISO_8859_2,
            Encoding::Windows1250 => encoding_rs::WINDOWS_1250,
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An encoding label that is not one of the supported encodings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownEncoding(pub String);

impl fmt::Display for UnknownEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown or unsupported encoding '{}'; use utf-8, iso-8859-2 or windows-1250 (cp1250)", self.0)
    }
}

impl std::error::Error for UnknownEncoding {}

impl FromStr for Encoding {
    type Err = UnknownEncoding;
    /// WHATWG labels, case-insensitive (`utf-8`, `utf8`, `iso-8859-2`, `latin2`, `windows-1250`,
    /// `cp1250`…).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let e = encoding_rs::Encoding::for_label(s.trim().as_bytes()).ok_or_else(|| UnknownEncoding(s.to_string()))?;
        if e == encoding_rs::UTF_8 {
            Ok(Encoding::Utf8)
        } else if e == encoding_rs::ISO_8859_2 {
            Ok(Encoding::Iso8859_2)
        } else if e == encoding_rs::WINDOWS_1250 {
            Ok(Encoding::Windows1250)
        } else {
            Err(UnknownEncoding(s.to_string()))
        }
    }
}

/// Why an encoding other than the documented one was chosen (a warning).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingNote {
    /// Not UTF-8 (or the `PÓŁKA` trap): read as Windows-1250.
    Windows1250Fallback,
    /// A formwork file with a UTF-8 BOM.
    FormworkBom,
    /// A formwork file in UTF-8.
    FormworkUtf8,
    /// A formwork file in Windows-1250 rather than ISO-8859-2.
    FormworkWindows1250,
}

/// The result of the detection pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detection {
    pub encoding: Encoding,
    /// The file starts with a UTF-8 BOM (to be dropped).
    pub bom: bool,
    /// Set when the encoding is not the documented one.
    pub note: Option<EncodingNote>,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn is_polish_1250(b: u8) -> bool {
    matches!(
        b,
        0xA5 | 0xB9
            | 0xC6
            | 0xE6
            | 0xCA
            | 0xEA
            | 0xA3
            | 0xB3
            | 0xD1
            | 0xF1
            | 0xD3
            | 0xF3
            | 0x8C
            | 0x9C
            | 0x8F
            | 0x9F
            | 0xAF
            | 0xBF
    )
}

fn is_polish_iso(b: u8) -> bool {
    matches!(
        b,
        0xA1 | 0xB1
            | 0xC6
            | 0xE6
            | 0xCA
            | 0xEA
            | 0xA3
            | 0xB3
            | 0xD1
            | 0xF1
            | 0xD3
            | 0xF3
            | 0xA6
            | 0xB6
            | 0xAC
            | 0xBC
            | 0xAF
            | 0xBF
    )
}

/// Statistics gathered over the whole file in one streaming pass.
#[derive(Debug, Default)]
struct Stats {
    valid_utf8: bool,
    multibyte: u64,
    /// Every multi-byte sequence is two bytes that Windows-1250 reads as two Polish letters.
    all_pairs_polish_1250: bool,
    /// … that ISO-8859-2 or Windows-1250 reads as two Polish letters.
    all_pairs_polish_either: bool,
    c1_bytes: u64,
    w1250_set: u64,
    iso_set: u64,
}

fn gather(mut r: impl Read, first: &[u8]) -> io::Result<Stats> {
    let mut st =
        Stats { valid_utf8: true, all_pairs_polish_1250: true, all_pairs_polish_either: true, ..Stats::default() };
    let mut buf = vec![0u8; 64 * 1024];
    let mut carry: Vec<u8> = first.to_vec();
    loop {
        let n = loop {
            match r.read(&mut buf) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        };
        let eof = n == 0;
        let chunk: &[u8] = if carry.is_empty() {
            &buf[..n]
        } else {
            carry.extend_from_slice(&buf[..n]);
            &carry
        };
        let mut keep = 0;
        let mut valid_upto = 0;
        if st.valid_utf8 {
            valid_upto = match std::str::from_utf8(chunk) {
                Ok(_) => chunk.len(),
                Err(e) if e.error_len().is_none() && !eof => {
                    keep = chunk.len() - e.valid_up_to();
                    e.valid_up_to()
                }
                Err(e) => {
                    st.valid_utf8 = false;
                    e.valid_up_to()
                }
            };
        }
        let end = chunk.len() - keep;
        let mut i = 0;
        while i < end {
            // skip ASCII eight bytes at a time, then straight to the first high byte
            if i + 8 <= end {
                let mut w = [0u8; 8];
                w.copy_from_slice(&chunk[i..i + 8]);
                let m = u64::from_le_bytes(w) & 0x8080_8080_8080_8080;
                if m == 0 {
                    i += 8;
                    continue;
                }
                i += (m.trailing_zeros() / 8) as usize;
            }
            let b = chunk[i];
            if b < 0x80 {
                i += 1;
                continue;
            }
            if b <= 0x9F {
                st.c1_bytes += 1;
            }
            if matches!(b, 0xA5 | 0xB9 | 0x8C | 0x9C | 0x8F | 0x9F) {
                st.w1250_set += 1;
            }
            if matches!(b, 0xA1 | 0xB1 | 0xA6 | 0xB6 | 0xAC | 0xBC) {
                st.iso_set += 1;
            }
            if b >= 0xC0 && i < valid_upto {
                // the lead byte of a valid multi-byte sequence
                st.multibyte += 1;
                if b < 0xE0 {
                    let c = chunk.get(i + 1).copied().unwrap_or(0);
                    if !(is_polish_1250(b) && is_polish_1250(c)) {
                        st.all_pairs_polish_1250 = false;
                    }
                    if !((is_polish_1250(b) && is_polish_1250(c)) || (is_polish_iso(b) && is_polish_iso(c))) {
                        st.all_pairs_polish_either = false;
                    }
                } else {
                    st.all_pairs_polish_1250 = false;
                    st.all_pairs_polish_either = false;
                }
            }
            i += 1;
        }
        if keep > 0 {
            // an incomplete sequence at the end of the chunk: judged with the next one
            carry = chunk[end..].to_vec();
        } else {
            carry.clear();
        }
        if eof {
            return Ok(st);
        }
    }
}

/// Decides the encoding of a file in one streaming pass over all of it.
/// `forced` is the explicit encoding option; a UTF-8 BOM wins over everything.
pub fn detect(mut r: impl Read, format: Format, forced: Option<Encoding>) -> io::Result<Detection> {
    // read the first three bytes for the BOM
    let mut head = [0u8; 3];
    let mut got = 0;
    while got < 3 {
        match r.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let head = &head[..got];
    if head == BOM {
        let note = (format.documented_iso_8859_2()).then_some(EncodingNote::FormworkBom);
        return Ok(Detection { encoding: Encoding::Utf8, bom: true, note });
    }
    if let Some(encoding) = forced {
        return Ok(Detection { encoding, bom: false, note: None });
    }
    let st = gather(r, head)?;
    if !format.documented_iso_8859_2() {
        let trap = st.valid_utf8 && st.multibyte > 0 && st.all_pairs_polish_1250;
        if st.valid_utf8 && !trap {
            return Ok(Detection { encoding: Encoding::Utf8, bom: false, note: None });
        }
        return Ok(Detection {
            encoding: Encoding::Windows1250,
            bom: false,
            note: Some(EncodingNote::Windows1250Fallback),
        });
    }
    let trap = st.multibyte > 0 && st.all_pairs_polish_either;
    if st.valid_utf8 && st.multibyte > 0 && !trap {
        return Ok(Detection { encoding: Encoding::Utf8, bom: false, note: Some(EncodingNote::FormworkUtf8) });
    }
    if st.c1_bytes > 0 || st.w1250_set > st.iso_set {
        return Ok(Detection {
            encoding: Encoding::Windows1250,
            bom: false,
            note: Some(EncodingNote::FormworkWindows1250),
        });
    }
    Ok(Detection { encoding: Encoding::Iso8859_2, bom: false, note: None })
}

/// [`detect`] over bytes in memory.
pub fn detect_bytes(bytes: &[u8], format: Format, forced: Option<Encoding>) -> Detection {
    match detect(bytes, format, forced) {
        Ok(d) => d,
        // reading from a slice cannot fail
        Err(_) => Detection { encoding: Encoding::Utf8, bom: false, note: None },
    }
}
