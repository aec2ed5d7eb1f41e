//! Downloads: an order as `order.csv` (the seed format) and as PDF in the supplier portal; the
//! seed-format export of orders, deliveries and complaints in the back office. Every download
//! goes through the gate and is audited; files come as attachments named after the document.
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tessera_domain::ids::{ComplaintId, DeliveryId, OrderId};
use tessera_domain::policy::Action;
use tessera_formats::{Document, WriteOptions};

/// A clean file name from a document number: `ZAM/12/2020` → `ZAM-12-2020.csv`. Anything but
/// ASCII letters, digits, `.`, `_` and `-` becomes `-`, so the header needs no quoting rules.
pub fn file_name(number: &str, ext: &str) -> String {
    let mut out = String::new();
    for c in number.trim().chars() {
        let c = if c.is_ascii_alphanumeric() || c == '_' || c == '.' { c } else { '-' };
        if !(c == '-' && out.ends_with('-')) {
            out.push(c);
        }
    }
    let stem = out.trim_matches(['-', '.']);
    format!("{}.{ext}", if stem.is_empty() { "document" } else { stem })
}

fn attachment(body: Vec<u8>, content_type: &'static str, name: &str) -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

fn file_lang(lang: tessera_i18n::Lang) -> tessera_formats::Lang {
    match lang {
        tessera_i18n::Lang::En => tessera_formats::Lang::En,
        tessera_i18n::Lang::Pl => tessera_formats::Lang::Pl,
        tessera_i18n::Lang::De => tessera_formats::Lang::De,
    }
}

fn csv(doc: &Document, lang: tessera_formats::Lang) -> AppResult<Response> {
    let mut body = Vec::new();
    tessera_formats::write_documents(&mut body, doc.format, std::slice::from_ref(doc), WriteOptions { lang })
        .map_err(AppError::internal)?;
    Ok(attachment(body, "text/csv; charset=utf-8", &file_name(&doc.number, "csv")))
}

async fn audit(state: &AppState, ctx: &Ctx, action: &str, object: String, detail: String) -> AppResult<()> {
    Gate::new(state, ctx).record(action, Some(object), Some(detail)).await
}

/// The file's language: `?lang=pl` when given (the back office's export form), otherwise the
/// reader's.
#[derive(Deserialize)]
pub struct ExportQuery {
    lang: Option<String>,
}

impl ExportQuery {
    fn lang(&self, ctx: &Ctx) -> AppResult<tessera_formats::Lang> {
        match self.lang.as_deref().filter(|l| !l.trim().is_empty()) {
            Some(l) => l.parse().map_err(|_| AppError::BadRequest("lang")),
            None => Ok(file_lang(ctx.lang)),
        }
    }
}

fn order_id(raw: &str) -> AppResult<OrderId> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// The portal's `order.csv`: the seed format, numbers with the reader's decimal separator.
pub async fn portal_order_csv(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id = order_id(&id)?;
    if ctx.code_pending {
        return Ok(Redirect::to(&format!("/portal/code?next=%2Fportal%2Forders%2F{id}")).into_response());
    }
    Gate::new(&state, &ctx).order(Action::PortalOrderView, id).await?;
    let lang = file_lang(ctx.lang);
    let doc = state.db.order_document(id).await?;
    audit(&state, &ctx, "portal.order.download", format!("order:{id}"), format!("csv lang={lang}")).await?;
    csv(&doc, lang)
}

/// The portal's PDF of the order, in the reader's language.
pub async fn portal_order_pdf(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id = order_id(&id)?;
    if ctx.code_pending {
        return Ok(Redirect::to(&format!("/portal/code?next=%2Fportal%2Forders%2F{id}")).into_response());
    }
    let o = Gate::new(&state, &ctx).order(Action::PortalOrderView, id).await?;
    let body = crate::pdf::order_pdf(&o, ctx.tr(), state.clock.now().date_naive())?;
    audit(&state, &ctx, "portal.order.download", format!("order:{id}"), format!("pdf lang={}", ctx.lang.code()))
        .await?;
    Ok(attachment(body, "application/pdf", &file_name(&o.summary.number, "pdf")))
}

/// Back office: an order in its seed format, in the chosen language.
pub async fn order_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ExportQuery>,
) -> AppResult<Response> {
    let id = order_id(&id)?;
    Gate::new(&state, &ctx).order(Action::OrderView, id).await?;
    let lang = q.lang(&ctx)?;
    let doc = state.db.order_document(id).await?;
    audit(&state, &ctx, "order.export", format!("order:{id}"), format!("csv lang={lang}")).await?;
    csv(&doc, lang)
}

/// Back office: the order's PDF, as the supplier gets it, in the reader's language.
pub async fn order_pdf(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id = order_id(&id)?;
    let o = Gate::new(&state, &ctx).order(Action::OrderView, id).await?;
    let body = crate::pdf::order_pdf(&o, ctx.tr(), state.clock.now().date_naive())?;
    audit(&state, &ctx, "order.export", format!("order:{id}"), format!("pdf lang={}", ctx.lang.code())).await?;
    Ok(attachment(body, "application/pdf", &file_name(&o.summary.number, "pdf")))
}

/// Back office: a delivery in its seed format, with what was checked on receipt.
pub async fn delivery_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ExportQuery>,
) -> AppResult<Response> {
    let id: DeliveryId = id.parse().map_err(|_| AppError::NotFound)?;
    Gate::new(&state, &ctx).delivery(Action::DeliveryView, id).await?;
    let lang = q.lang(&ctx)?;
    let doc = state.db.delivery_document(id).await?;
    audit(&state, &ctx, "delivery.export", format!("delivery:{id}"), format!("csv lang={lang}")).await?;
    csv(&doc, lang)
}

/// Back office: a complaint in its seed format, with the claimed quantities.
pub async fn complaint_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ExportQuery>,
) -> AppResult<Response> {
    let id: ComplaintId = id.parse().map_err(|_| AppError::NotFound)?;
    Gate::new(&state, &ctx).complaint(Action::ComplaintView, id).await?;
    let lang = q.lang(&ctx)?;
    let doc = state.db.complaint_document(id).await?;
    audit(&state, &ctx, "complaint.export", format!("complaint:{id}"), format!("csv lang={lang}")).await?;
    csv(&doc, lang)
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_are_clean() {
        assert_eq!(file_name("ZAM/12/2020", "csv"), "ZAM-12-2020.csv");
        assert_eq!(file_name(" D/41/2026 ", "pdf"), "D-41-2026.pdf");
        assert_eq!(file_name("a\"b;c\r\nd", "csv"), "a-b-c-d.csv");
        assert_eq!(file_name("ŻÓŁW//1", "csv"), "W-1.csv");
        assert_eq!(file_name("///", "csv"), "document.csv");
    }
}

#[derive(askama::Template)]
#[template(path = "import_result.html")]
struct ImportPage {
    l: super::Layout,
    filename: String,
    problems: Vec<super::deliveries::PreviewProblem>,
}

/// Purchasing imports an `order.csv` (the seed format): all or nothing. With no problem the
/// orders are created as drafts and the first one opens; otherwise every problem is listed by
/// line, and nothing was created.
pub async fn import_orders(
    State(state): State<AppState>,
    ctx: Ctx,
    crate::uploads::CsrfMultipart(form): crate::uploads::CsrfMultipart,
) -> AppResult<Response> {
    use super::deliveries::PreviewProblem;
    use tessera_db::exchange::ImportError;
    use tessera_domain::policy::Target;
    use tessera_formats::{Format, ReadOptions, read_all};
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::OrderCreate, Target::Collection).await?;
    let tr = ctx.tr();
    let flang: tessera_formats::Lang = tr.code().parse().unwrap_or_default();
    let file = form.files.iter().find(|f| f.field == "file");
    let filename: String =
        file.map(|f| f.name.rsplit(['/', '\\']).next().unwrap_or("").chars().take(200).collect()).unwrap_or_default();
    let problem = |line: u64, column: Option<&str>, value: Option<String>, message: String| PreviewProblem {
        line,
        column: column.unwrap_or_default().to_owned(),
        value: value.unwrap_or_default(),
        message,
        is_error: true,
    };
    let problems: Vec<PreviewProblem> = match file {
        None => vec![problem(1, None, None, tr.t("delivery-file-choose"))],
        Some(f) => {
            let report = read_all(&f.bytes, Format::Order, ReadOptions::default());
            if !report.is_ok() {
                report.errors.iter().map(|p| problem(p.line, p.column, p.value.clone(), p.message(flang))).collect()
            } else {
                match state.db.import_report(&report, state.clock.now()).await {
                    Ok(created) => {
                        let numbers: Vec<&str> = created.iter().map(|c| c.number.as_str()).collect();
                        gate.record("order.import", None, Some(format!("orders={}", numbers.join(",")))).await?;
                        let first = match numbers.first() {
                            Some(n) => state.db.order_id_by_number(n).await?,
                            None => None,
                        };
                        let to =
                            first.map(|id| format!("/admin/orders/{id}?saved=1")).unwrap_or("/admin/orders".into());
                        return Ok(Redirect::to(&to).into_response());
                    }
                    Err(ImportError::Problems(ps)) => ps
                        .iter()
                        .map(|p| {
                            let args: Vec<(&str, tessera_i18n::Arg)> = match &p.kind {
                                tessera_db::exchange::ImportProblemKind::TooManyLines { max } => {
                                    vec![("max", tessera_i18n::Arg::from(*max))]
                                }
                                _ => vec![],
                            };
                            let message = tessera_i18n::message(tr.lang, p.kind.message_id(), &args);
                            problem(p.line, p.column, p.value.clone(), message)
                        })
                        .collect(),
                    Err(ImportError::Db(e)) => return Err(e.into()),
                    Err(ImportError::FormatErrors | ImportError::Unsupported) => {
                        return Err(AppError::BadRequest("import"));
                    }
                }
            }
        }
    };
    let l = super::Layout::new(&ctx, tr.t("import-page-result-title"), "orders", "/admin/orders");
    super::html_status(StatusCode::UNPROCESSABLE_ENTITY, &ImportPage { l, filename, problems })
}
