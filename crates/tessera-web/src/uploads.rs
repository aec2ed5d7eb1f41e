//! Uploads, for every feature that takes files: a multipart form read within limits and checked
//! against CSRF ([`CsrfMultipart`]), files judged by their content ([`check_files`]), kept in the
//! file store under generated keys ([`store`], undone by [`discard`]), and offered back as
//! downloads with a clean name ([`download`]).
//!
//! The document library (installation instructions, customers' documents) takes larger files of
//! more kinds, one per form: [`CsrfLibraryMultipart`] reads up to
//! [`tessera_domain::library::MAX_UPLOAD_BYTES`], [`check_library_file`] judges the file by
//! content against the kinds the form takes and their limits, [`offer`] sends a stored file.
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use axum::body::Body;
use axum::extract::multipart::MultipartError;
use axum::extract::{FromRequest, FromRequestParts, Multipart, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use tessera_db::attachments::{Attachment, NewAttachment};
use tessera_db::instructions::StoredFile;
use tessera_domain::library::{self, FileRefusal};
use tessera_domain::secret::Secret;
use tessera_domain::upload::{
    FileKind, MAX_FILE_BYTES, MAX_FILES, ascii_filename, clean_filename, sniff, sniff_document,
};

/// The most a request to an upload route may carry: every file at its limit, and the form.
pub const UPLOAD_BODY_LIMIT: usize = MAX_FILES * MAX_FILE_BYTES + 1024 * 1024;
/// The most a request to a route of the document library may carry: one file at the largest
/// kind's limit (a film), and the form.
pub const LIBRARY_BODY_LIMIT: usize = library::MAX_UPLOAD_BYTES + 1024 * 1024;
/// The most one text field of an upload form may carry.
const MAX_FIELD_BYTES: usize = 64 * 1024;

/// A file as the browser sent it: not yet judged.
pub struct RawFile {
    pub field: String,
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A multipart form: its text fields in order, and its files.
#[derive(Default)]
pub struct UploadForm {
    pub fields: Vec<(String, String)>,
    pub files: Vec<RawFile>,
}

impl UploadForm {
    /// The first value of a field, or empty.
    pub fn field(&self, name: &str) -> &str {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }
    /// Every value of a repeated field, in order.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.fields.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
    }
}

fn multipart_error(e: MultipartError) -> AppError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE { AppError::TooLarge } else { AppError::BadRequest("multipart") }
}

async fn read(mut mp: Multipart, file_limit: usize) -> AppResult<UploadForm> {
    let mut form = UploadForm::default();
    while let Some(mut field) = mp.next_field().await.map_err(multipart_error)? {
        let name = field.name().unwrap_or("").to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let limit = if file_name.is_some() { file_limit } else { MAX_FIELD_BYTES };
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
            if bytes.len() + chunk.len() > limit {
                return Err(if file_name.is_some() { AppError::TooLarge } else { AppError::BadRequest("field") });
            }
            bytes.extend_from_slice(&chunk);
        }
        match file_name {
            // A file input left empty sends a part with no name and no bytes.
            Some(n) if n.is_empty() && bytes.is_empty() => {}
            Some(n) => form.files.push(RawFile { field: name, name: n, bytes }),
            None => {
                let text = String::from_utf8(bytes).map_err(|_| AppError::BadRequest("field"))?;
                form.fields.push((name, text));
            }
        }
    }
    Ok(form)
}

/// A multipart form that carries a valid CSRF token and comes from this site, read within the
/// upload limits (a file over [`MAX_FILE_BYTES`] is answered 413). Every upload handler takes
/// its input through this extractor, as form handlers do through `CsrfForm`.
pub struct CsrfMultipart(pub UploadForm);

impl FromRequest<AppState> for CsrfMultipart {
    type Rejection = Response;

    async fn from_request(req: Request<Body>, state: &AppState) -> Result<Self, Response> {
        read_checked(req, state, MAX_FILE_BYTES).await.map(CsrfMultipart)
    }
}

/// As [`CsrfMultipart`], for the document library's forms: a file may be as large as the
/// library's largest kind ([`library::MAX_UPLOAD_BYTES`]); [`check_library_file`] then holds
/// each kind to its own limit.
pub struct CsrfLibraryMultipart(pub UploadForm);

impl FromRequest<AppState> for CsrfLibraryMultipart {
    type Rejection = Response;

    async fn from_request(req: Request<Body>, state: &AppState) -> Result<Self, Response> {
        read_checked(req, state, library::MAX_UPLOAD_BYTES).await.map(CsrfLibraryMultipart)
    }
}

async fn read_checked(req: Request<Body>, state: &AppState, file_limit: usize) -> Result<UploadForm, Response> {
    let (mut parts, body) = req.into_parts();
    let ctx = Ctx::from_request_parts(&mut parts, state).await.map_err(IntoResponse::into_response)?;
    if crate::security::cross_site(&parts) {
        return Err(AppError::Csrf.into_response());
    }
    let req = Request::from_parts(parts, body);
    let mp =
        Multipart::from_request(req, state).await.map_err(|_| AppError::BadRequest("multipart").into_response())?;
    let form = read(mp, file_limit).await.map_err(IntoResponse::into_response)?;
    if ctx.csrf.is_empty() || !Secret::from_client(ctx.csrf.clone()).matches(form.field("csrf")) {
        tracing::warn!(ip = ctx.ip.as_deref().unwrap_or("-"), "CSRF token missing or wrong");
        return Err(AppError::Csrf.into_response());
    }
    Ok(form)
}

/// A file that passed the checks: what it really is and the name it will be offered under.
pub struct CheckedFile {
    pub name: String,
    pub kind: FileKind,
    pub bytes: Vec<u8>,
}

/// Why files are refused: a message id for the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    TooMany,
    /// Not a PDF or an image, whatever its name says: the name as sent.
    Refused(String),
    /// A file of 0 bytes (a failed copy, a cloud placeholder): the name as sent.
    Empty(String),
    /// The document library: no file where one is needed.
    Missing,
    /// The document library: more than the one file a form takes.
    OneOnly,
    /// The document library: the file's refusal, and its name as sent.
    Library(String, FileRefusal),
}

impl FileProblem {
    /// The message, in the reader's language.
    pub fn message(&self, tr: &crate::tr::Tr) -> String {
        match self {
            Self::TooMany => tr.n("upload-too-many", "max", &(MAX_FILES as u64)),
            Self::Refused(name) => tr.t1("upload-type-refused", "name", name),
            Self::Empty(name) => tr.t1("upload-empty", "name", name),
            Self::Missing => tr.t("documents-file-missing"),
            Self::OneOnly => tr.t("documents-file-one"),
            Self::Library(name, FileRefusal::Unknown) => tr.t1("documents-file-refused", "name", name),
            Self::Library(name, FileRefusal::NotHere(kind)) => {
                tr.t2s("documents-file-not-here", "name", name, "kind", kind.extension().to_uppercase())
            }
            Self::Library(name, FileRefusal::TooLarge(kind)) => tr.t2s(
                "documents-file-too-large",
                "name",
                name,
                "max",
                (library::max_bytes(*kind) / (1024 * 1024)).to_string(),
            ),
        }
    }
}

/// The files of field `field`, each judged by its first bytes.
pub fn check_files(form: &mut UploadForm, field: &str) -> Result<Vec<CheckedFile>, FileProblem> {
    let files: Vec<RawFile> = std::mem::take(&mut form.files);
    let (mine, others): (Vec<RawFile>, Vec<RawFile>) = files.into_iter().partition(|f| f.field == field);
    form.files = others;
    if mine.len() > MAX_FILES {
        return Err(FileProblem::TooMany);
    }
    mine.into_iter()
        .map(|f| {
            if f.bytes.is_empty() {
                return Err(FileProblem::Empty(f.name.chars().take(100).collect()));
            }
            let kind = sniff(&f.bytes).ok_or_else(|| FileProblem::Refused(f.name.chars().take(100).collect()))?;
            Ok(CheckedFile { name: clean_filename(&f.name, kind), kind, bytes: f.bytes })
        })
        .collect()
}

/// The one file of field `field` of a library form, judged by its content: one of `allowed`
/// kinds, within its kind's limit ([`library::check_file`]).
pub fn check_library_file(
    form: &mut UploadForm,
    field: &str,
    allowed: &[FileKind],
) -> Result<CheckedFile, FileProblem> {
    let files: Vec<RawFile> = std::mem::take(&mut form.files);
    let (mut mine, others): (Vec<RawFile>, Vec<RawFile>) = files.into_iter().partition(|f| f.field == field);
    form.files = others;
    if mine.len() > 1 {
        return Err(FileProblem::OneOnly);
    }
    let f = mine.pop().ok_or(FileProblem::Missing)?;
    let kind = library::check_file(sniff_document(&f.bytes, &f.name), f.bytes.len(), allowed)
        .map_err(|r| FileProblem::Library(f.name.chars().take(100).collect(), r))?;
    Ok(CheckedFile { name: clean_filename(&f.name, kind), kind, bytes: f.bytes })
}

/// Puts the files in the store under fresh keys; what to record about them. If one fails, the
/// ones already put are removed.
pub async fn store(state: &AppState, files: Vec<CheckedFile>) -> AppResult<Vec<NewAttachment>> {
    let mut stored = Vec::with_capacity(files.len());
    for f in files {
        let key = crate::files::new_key().map_err(AppError::internal)?;
        if let Err(e) = state.files.put(&key, &f.bytes).await {
            discard(state, &stored).await;
            return Err(AppError::internal(e));
        }
        stored.push(NewAttachment {
            key,
            file_name: f.name,
            content_type: f.kind.content_type().to_owned(),
            size: i64::try_from(f.bytes.len()).unwrap_or(i64::MAX),
            sha256: hex::encode(Sha256::digest(&f.bytes)),
        });
    }
    Ok(stored)
}

/// Removes stored files whose record was not saved (a refused or stale form).
pub async fn discard(state: &AppState, files: &[NewAttachment]) {
    for f in files {
        if let Err(e) = state.files.delete(&f.key).await {
            tracing::warn!(error = %e, "could not remove an unsaved upload");
        }
    }
}

/// `filename*` of RFC 6266/5987: UTF-8, percent-encoded.
fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The file as a download: its stored type (only the kinds Tessera accepts), `attachment`
/// disposition with the clean name, never shown inline.
pub async fn download(state: &AppState, a: &Attachment) -> AppResult<Response> {
    send(state, &a.key, &a.file_name, &a.content_type).await
}

/// A file of the document library as a download, as [`download`] offers an attachment.
pub async fn offer(state: &AppState, f: &StoredFile) -> AppResult<Response> {
    send(state, &f.key, &f.file_name, &f.content_type).await
}

async fn send(state: &AppState, key: &str, file_name: &str, content_type: &str) -> AppResult<Response> {
    let bytes = state.files.get(key).await.map_err(|e| match e {
        crate::files::FileError::NotFound => AppError::NotFound,
        other => AppError::internal(other),
    })?;
    let content_type =
        FileKind::from_content_type(content_type).map_or("application/octet-stream", |k| k.content_type());
    let disposition = format!(
        "attachment; filename=\"{}\"; filename*=UTF-8''{}",
        ascii_filename(file_name),
        percent_encode(file_name)
    );
    let mut res = Body::from(bytes).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).map_err(AppError::internal)?);
    Ok(res)
}
