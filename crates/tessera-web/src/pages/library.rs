//! The document library of the customer portal (issue #7): what the installation instructions'
//! and the customers' documents' pages share: their routes (with the library's upload limit),
//! versions as the pages show them, and sizes as people read them.
use crate::AppState;
use crate::ctx::Ctx;
use crate::tr::Tr;
use axum::Router;
use axum::routing::{get, post};
use tessera_db::customer_documents::CustomerDocument;
use tessera_db::instructions::{InstructionVersion, StoredFile};
use tessera_domain::ids::PartyId;
use tessera_domain::upload::FileKind;

/// The library's routes. The forms that carry files take up to
/// [`crate::uploads::LIBRARY_BODY_LIMIT`] (a film); the others keep the 2 MiB of every form.
pub fn routes() -> Router<AppState> {
    use super::{customer_documents as docs, instructions};
    let uploads = Router::new()
        .route("/admin/instructions", get(instructions::admin_list).post(instructions::admin_upload))
        .route("/admin/parties/{id}/documents", get(docs::admin_party).post(docs::admin_upload))
        .route("/customer/documents", get(docs::customer_list).post(docs::customer_upload))
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(tower_http::limit::RequestBodyLimitLayer::new(crate::uploads::LIBRARY_BODY_LIMIT));
    Router::new()
        .route("/customer/instructions", get(instructions::customer_list))
        .route("/customer/instructions/subscriptions", post(instructions::subscribe))
        .route("/customer/instructions/{id}/file", get(instructions::customer_file))
        .route("/admin/instructions/{id}/file", get(instructions::admin_file))
        .route("/customer/documents/{id}/file", get(docs::customer_file))
        .route("/admin/documents", get(docs::admin_received))
        .route("/admin/documents/{id}/file", get(docs::admin_file))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(2 * 1024 * 1024))
        .merge(uploads)
}

/// The customer organisation a contact or a customer's key works for.
pub(crate) fn customer_of(ctx: &Ctx) -> Option<PartyId> {
    if let Some(c) = &ctx.contact {
        return Some(c.customer);
    }
    match ctx.api_key.as_ref().map(|k| &k.scope) {
        Some(tessera_domain::api_key::KeyScope::Customer { customer, .. }) => Some(*customer),
        _ => None,
    }
}

/// A size as people read it: KB below a megabyte, MB with one decimal above.
pub(crate) fn size(tr: &Tr, bytes: i64) -> String {
    const MB: i64 = 1024 * 1024;
    if bytes < MB {
        return tr.n("upload-size-kb", "kb", &u64::try_from(((bytes + 1023) / 1024).max(1)).unwrap_or(0));
    }
    let tenths = rust_decimal::Decimal::new((bytes * 10 + MB - 1) / MB, 1);
    tr.t1("documents-size-mb", "mb", tessera_i18n::decimal(tr.lang, tenths, 1))
}

/// What kind a stored file is, as its badge says it: `PDF`, `MP4`, `XLSX`.
pub(crate) fn kind_label(f: &StoredFile) -> String {
    FileKind::from_content_type(&f.content_type).map(|k| k.extension().to_uppercase()).unwrap_or_default()
}

/// One version as a page shows it.
pub struct VersionView {
    pub id: i64,
    /// Where it is downloaded.
    pub url: String,
    pub version: i32,
    pub current: bool,
    /// "Current version 3" or "Older version 2".
    pub status: String,
    /// For an older version: when it was replaced.
    pub replaced: String,
    pub note: String,
    pub file_name: String,
    pub kind: String,
    pub size: String,
    pub uploaded_at: String,
    pub uploaded_by: String,
    /// The download link's text: what, which version, what kind, how large.
    pub download: String,
    /// Who uploaded it and when.
    pub uploaded: String,
}

impl VersionView {
    #[allow(clippy::too_many_arguments)]
    fn new(
        tr: &Tr,
        title: &str,
        id: i64,
        url: String,
        version: i32,
        note: &Option<String>,
        file: &StoredFile,
        uploaded_at: &chrono::DateTime<chrono::Utc>,
        uploaded_by: &str,
        superseded_at: &Option<chrono::DateTime<chrono::Utc>>,
    ) -> Self {
        let v = &u64::try_from(version).unwrap_or(0);
        let kind = kind_label(file);
        let size = size(tr, file.size);
        let download = tessera_i18n::message(
            tr.lang,
            "documents-download",
            &[
                ("title", title.into()),
                ("version", i64::from(version).into()),
                ("kind", kind.as_str().into()),
                ("size", size.as_str().into()),
            ],
        );
        let uploaded = tr.t2s("documents-uploaded-by", "name", uploaded_by, "date", tr.datetime(uploaded_at));
        Self {
            download,
            uploaded,
            id,
            url,
            version,
            current: superseded_at.is_none(),
            status: match superseded_at {
                None => tr.n("documents-version-current", "version", v),
                Some(_) => tr.n("documents-version-older", "version", v),
            },
            replaced: superseded_at
                .map(|t| tr.t1("documents-replaced-on", "date", tr.datetime(&t)))
                .unwrap_or_default(),
            note: note.clone().unwrap_or_default(),
            file_name: file.file_name.clone(),
            kind,
            size,
            uploaded_at: tr.datetime(uploaded_at),
            uploaded_by: uploaded_by.to_owned(),
        }
    }

    /// An instruction's version; `base` is where its file is (`/customer/instructions`).
    pub fn instruction(tr: &Tr, v: &InstructionVersion, base: &str) -> Self {
        Self::new(
            tr,
            &v.title,
            v.id.get(),
            format!("{base}/{}/file", v.id),
            v.version,
            &v.note,
            &v.file,
            &v.uploaded_at,
            &v.uploaded_by_name,
            &v.superseded_at,
        )
    }

    /// A document's version; `base` is where its file is (`/customer/documents`).
    pub fn document(tr: &Tr, d: &CustomerDocument, base: &str) -> Self {
        Self::new(
            tr,
            &d.title,
            d.id.get(),
            format!("{base}/{}/file", d.id),
            d.version,
            &d.note,
            &d.file,
            &d.uploaded_at,
            &d.uploaded_by_name,
            &d.superseded_at,
        )
    }
}

/// A title with its current version and those before it, newest first.
pub struct TitleGroup {
    pub title: String,
    /// Whom it is for, as people read it ("For everyone", "Only for COMPANY X").
    pub audience: String,
    /// A category's name, for documents.
    pub category: String,
    pub current: Option<VersionView>,
    pub older: Vec<VersionView>,
    /// "2 older versions", for the list that opens them.
    pub older_label: String,
    /// The back office's link to upload the next version (the form filled in).
    pub next_version: String,
}

/// Instruction versions (sorted by audience, title, newest first, as the database gives them)
/// grouped by title.
pub fn instruction_groups(tr: &Tr, versions: &[InstructionVersion], base: &str, admin: bool) -> Vec<TitleGroup> {
    let mut out: Vec<(Option<PartyId>, String, TitleGroup)> = Vec::new();
    for v in versions {
        let key = tessera_domain::library::Title::parse(&v.title).map(|t| t.key()).unwrap_or_default();
        let view = VersionView::instruction(tr, v, base);
        let same = out.last().is_some_and(|(c, k, _)| *c == v.customer && *k == key);
        if !same {
            let audience = match &v.customer_name {
                Some(n) => tr.t1("instructions-only-for", "customer", n),
                None => tr.t("instructions-for-everyone"),
            };
            let next_version = if admin {
                let mut params = vec![("article", v.article.clone()), ("title", v.title.clone())];
                if let Some(c) = v.customer {
                    params.push(("customer", c.to_string()));
                }
                format!("/admin/instructions?{}#upload", serde_html_form::to_string(&params).unwrap_or_default())
            } else {
                String::new()
            };
            out.push((
                v.customer,
                key,
                TitleGroup {
                    title: v.title.clone(),
                    audience,
                    category: String::new(),
                    current: None,
                    older: Vec::new(),
                    older_label: String::new(),
                    next_version,
                },
            ));
        }
        if let Some((_, _, g)) = out.last_mut() {
            if view.current && g.current.is_none() {
                g.current = Some(view);
            } else {
                g.older.push(view);
            }
        }
    }
    out.into_iter().map(|(_, _, g)| g.finish(tr)).collect()
}

impl TitleGroup {
    /// With its labels written, once its versions are in.
    pub fn finish(mut self, tr: &Tr) -> Self {
        self.older_label = tr.n("documents-older-versions", "count", &(self.older.len() as u64));
        self
    }
}

// ---------------------------------------------------------------------------------------------
// The demo

/// A small valid PDF (one A4 page, Helvetica, ASCII lines), for the demo's instructions.
fn demo_pdf(lines: &[&str]) -> Vec<u8> {
    let mut text = String::from("BT /F1 14 Tf 56 780 Td 18 TL");
    for l in lines {
        let escaped = l.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        text.push_str(&format!(" ({escaped}) '"));
    }
    text.push_str(" ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            .to_owned(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{text}\nendstream", text.len()),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}

/// The demo's installation instructions, made if missing (as the demo's stock is): article
/// 2124907's "Assembly" in two versions for everyone, and one for COMPANY X (KB0004) only. The
/// files go to the file store, so this runs in the web layer (`serve --demo`), after the
/// database's demo. Whether anything was made.
pub async fn load_demo(state: &AppState) -> Result<bool, crate::error::AppError> {
    use tessera_db::instructions::{InstructionScope, NewInstruction};
    use tessera_domain::library::Title;
    let Some(item) = state.db.item_by_number("2124907").await? else { return Ok(false) };
    if !state.db.instructions_of_item(item.id, InstructionScope::All).await?.is_empty() {
        return Ok(false);
    }
    let company_x = state.db.party_by_code("KB0004").await?;
    /// (for whom, title, file name, note, the PDF's lines)
    type DemoVersion<'a> = (Option<PartyId>, &'a str, &'a str, Option<&'a str>, Vec<&'a str>);
    let versions: [DemoVersion<'_>; 3] = [
        (
            None,
            "Assembly",
            "assembly-2124907.pdf",
            None,
            vec!["SCREW STICK 1.0 B/D (2124907)", "Assembly instruction, version 1", "1. Clean the thread."],
        ),
        (
            None,
            "Assembly",
            "assembly-2124907.pdf",
            Some("Step 2 added: torque 40 Nm."),
            vec![
                "SCREW STICK 1.0 B/D (2124907)",
                "Assembly instruction, version 2",
                "1. Clean the thread.",
                "2. Tighten to 40 Nm.",
            ],
        ),
        (
            company_x,
            "Assembly on site S33",
            "assembly-s33.pdf",
            None,
            vec!["SCREW STICK 1.0 B/D (2124907)", "For COMPANY X, S33 expressway", "Use the long anchors."],
        ),
    ];
    for (customer, title, name, note, lines) in versions {
        let Ok(title) = Title::parse(title) else { continue };
        let file = crate::uploads::CheckedFile { name: name.to_owned(), kind: FileKind::Pdf, bytes: demo_pdf(&lines) };
        let stored = crate::uploads::store(state, vec![file]).await?;
        let Some(f) = stored.first().cloned() else { continue };
        let new = NewInstruction {
            item: item.id,
            customer,
            title,
            note: note.map(str::to_owned),
            file: f,
            uploaded_by: "demo".into(),
            uploaded_by_name: "Demo".into(),
        };
        let event = tessera_db::audit::AuditEvent {
            at: state.clock.now(),
            actor_kind: "system".into(),
            actor: Some("demo".into()),
            action: "instruction.upload".into(),
            object: None,
            outcome: "ok".into(),
            ip: None,
            detail: Some("demo".into()),
        };
        if let Err(e) = state.db.add_instruction(&new, state.clock.now(), &event, |_| Vec::new()).await {
            crate::uploads::discard(state, &stored).await;
            return Err(e.into());
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_pdf_is_a_pdf_with_its_cross_references_right() {
        let pdf = demo_pdf(&["Hello (world)"]);
        assert_eq!(tessera_domain::upload::sniff(&pdf), Some(FileKind::Pdf));
        let text = String::from_utf8_lossy(&pdf);
        let startxref: usize =
            text.rsplit("startxref\n").next().unwrap_or("").lines().next().unwrap_or("").parse().unwrap_or(0);
        assert!(text[startxref..].starts_with("xref\n"));
        // Each object's offset points at its header.
        for (i, line) in text[startxref..].lines().skip(3).take(5).enumerate() {
            let off: usize = line[..10].parse().unwrap_or(0);
            assert!(text[off..].starts_with(&format!("{} 0 obj", i + 1)), "object {}", i + 1);
        }
        assert!(text.contains("(Hello \\(world\\)) '"));
    }
}
