//! The flat-file formats Tessera exchanges with the main system and with partners
//! (seed 002, settled in `shared/spec/formats.md`). This crate is the only place in the
//! project that knows these layouts. It does no I/O of its own: readers take `Read`,
//! writers take `Write`.
//!
//! Reading is two passes over the same bytes: [`detect`] decides the encoding (the spec's rule
//! needs to see every multi-byte sequence of the file), then a [`Reader`] streams
//! [`Event`]s: documents, their line items, errors and warnings. [`read_all`] collects a whole
//! [`Report`] (the JSON of the spec via [`Report::to_json`]).
pub mod csv;
pub mod encoding;
pub mod format;
pub mod json;
pub mod problem;
pub mod reader;
pub mod text;
pub mod ubl_invoice;
pub mod value;
pub mod writer;
pub mod xml;

pub use encoding::{Detection, Encoding, EncodingNote, UnknownEncoding, detect, detect_bytes};
pub use format::{Column, DateStyle, Format, Kind, Level, UnknownFormat};
pub use problem::{Lang, Problem, ProblemKind, Severity};
pub use reader::{Document, Event, LineItem, ReadOptions, Reader, Report, collect, read_all, read_seekable};
pub use value::{DateError, NumberError, Value};
pub use writer::{WriteError, WriteOptions, write_documents};
