//! Installation instructions by API (issue #7): an article's instructions for the key's
//! organisation (those for everyone and its own, every version, each with its download
//! address), and the files themselves. For customers' keys whose roles let them read documents.
use super::extract::ApiPath;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::pages::library::customer_of;
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::Serialize;
use tessera_db::instructions::{InstructionScope, InstructionVersion};
use tessera_domain::ids::InstructionId;
use tessera_domain::policy::{Action, Target};
use utoipa::ToSchema;

/// One version of an instruction.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstructionOut {
    /// The version's id.
    #[schema(example = 12)]
    pub id: i64,
    #[schema(example = "Assembly")]
    pub title: String,
    /// 1 for the first upload of the title, then one more for each new one.
    #[schema(minimum = 1, example = 2)]
    pub version: i32,
    /// The title's current version; older versions are kept, with `superseded_at` set.
    pub current: bool,
    /// Written for your organisation only (otherwise for everyone).
    pub for_you: bool,
    /// What changed, as the company wrote it.
    pub note: Option<String>,
    #[schema(example = "assembly.pdf")]
    pub file_name: String,
    /// `application/pdf` or `video/mp4`.
    #[schema(example = "application/pdf")]
    pub content_type: String,
    /// Bytes.
    #[schema(minimum = 0)]
    pub size: i64,
    /// The file's SHA-256, hex.
    pub sha256: String,
    pub uploaded_at: DateTime<Utc>,
    /// When a newer version replaced it.
    pub superseded_at: Option<DateTime<Utc>>,
    /// Where the file is downloaded (with the same key).
    #[schema(example = "/api/v1/installation-instructions/12/file")]
    pub download_url: String,
}

impl From<&InstructionVersion> for InstructionOut {
    fn from(v: &InstructionVersion) -> Self {
        Self {
            id: v.id.get(),
            title: v.title.clone(),
            version: v.version,
            current: v.is_current(),
            for_you: v.customer.is_some(),
            note: v.note.clone(),
            file_name: v.file.file_name.clone(),
            content_type: v.file.content_type.clone(),
            size: v.file.size,
            sha256: v.file.sha256.clone(),
            uploaded_at: v.uploaded_at,
            superseded_at: v.superseded_at,
            download_url: format!("/api/v1/installation-instructions/{}/file", v.id),
        }
    }
}

/// An article's instructions: those for everyone first, then yours; by title, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstructionListOut {
    #[schema(example = "2124907")]
    pub article: String,
    pub instructions: Vec<InstructionOut>,
}

/// An article's installation instructions for your organisation: current and older versions,
/// each with its download address. An unknown article is 404; one without instructions has an
/// empty list.
#[utoipa::path(
    get,
    path = "/api/v1/articles/{article}/installation-instructions",
    tag = "documents",
    params(("article" = String, Path, description = "The article's number (the company's ordering number)", min_length = 1, max_length = 40)),
    responses((status = 200, description = "The instructions your organisation may read", body = InstructionListOut)),
)]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiPath(article): ApiPath<String>,
) -> AppResult<Json<InstructionListOut>> {
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::CustomerDocumentView, Target::Collection).await?;
    let Some(customer) = customer_of(&ctx) else { return Err(AppError::Forbidden) };
    gate.check(Action::CustomerDocumentView, Target::Party(customer)).await?;
    let article = super::stock::clean_article(&ctx, &article)?;
    let item = state.db.item_by_number(&article).await?.ok_or(AppError::NotFound)?;
    let instructions = state
        .db
        .instructions_of_item(item.id, InstructionScope::VisibleTo(customer))
        .await?
        .iter()
        .filter(|v| gate.allows(Action::CustomerDocumentView, v.target()))
        .map(InstructionOut::from)
        .collect();
    Ok(Json(InstructionListOut { article: item.ordering_number, instructions }))
}

/// A version's file, as an attachment: a PDF or an MP4 film. Another organisation's
/// instruction is 404.
#[utoipa::path(
    get,
    path = "/api/v1/installation-instructions/{id}/file",
    tag = "documents",
    params(("id" = i64, Path, description = "The version's id (`id` of the list)", minimum = 1)),
    responses((
        status = 200,
        description = "The file (`Content-Disposition: attachment` with its name)",
        content(("application/pdf"), ("video/mp4"))
    )),
)]
pub async fn file(State(state): State<AppState>, ctx: Ctx, ApiPath(id): ApiPath<i64>) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::CustomerDocumentView, Target::Collection).await?;
    if id < 1 {
        return Err(AppError::NotFound);
    }
    let id = InstructionId::new(id);
    let v = gate.instruction(Action::CustomerDocumentView, id).await?;
    let res = crate::uploads::offer(&state, &v.file).await?;
    gate.record("instruction.download", Some(format!("instruction:{id}")), None).await?;
    Ok(res)
}
