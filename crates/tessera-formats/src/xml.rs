//! Delivery XML (own schema) and OASIS UBL 2.1 DespatchAdvice.
use crate::encoding::Encoding;
use crate::format::Format;
use crate::problem::{Problem, ProblemKind};
use crate::reader::{Document, Report};
use crate::writer::WriteError;
use std::io::Write;

/// Reads a delivery from Tessera's delivery XML or a UBL 2.1 DespatchAdvice.
pub fn read_delivery_xml(_bytes: &[u8]) -> Report {
    Report {
        format: Format::Delivery,
        encoding: Encoding::Utf8,
        documents: Vec::new(),
        errors: vec![Problem::new(
            1,
            None,
            None,
            ProblemKind::XmlSyntax {
                detail: "not implemented".into(),
            },
        )],
        warnings: Vec::new(),
    }
}

/// Writes deliveries as Tessera's delivery XML.
pub fn write_delivery_xml<W: Write>(_w: W, _docs: &[Document]) -> Result<(), WriteError> {
    Ok(())
}
