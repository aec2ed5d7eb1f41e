//! Assets and their lockout/tagout procedures (issue #8): the service department keeps the
//! assets worked on and, per asset, its LOTO procedure (energy sources, isolation points, steps,
//! verification), each change a new version; a subcontractor's link reads the current one for
//! the asset of its work order, and each opening is recorded.
use super::orders::text_message;
use super::{FieldErrors, Layout, html_status};
use crate::AppState;
use crate::assets_csv::{self, AssetProblem};
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use crate::security::CsrfForm;
use crate::tr::Tr;
use crate::uploads::CsrfMultipart;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::HashMap;
use tessera_db::DbError;
use tessera_db::loto::{LotoOpening, LotoVersion, SaveOutcome};
use tessera_db::work::{Asset, WorkOrderRow};
use tessera_domain::ids::{AssetId, PartyId, WorkOrderId};
use tessera_domain::loto::{EnergyKind, LotoField, LotoRule, energy_to_text, lines_to_text, parse_procedure};
use tessera_domain::policy::{Action, Target};
use tessera_domain::text::Name;

#[derive(Debug, Default, Deserialize, Clone)]
pub struct AssetForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    site: String,
    /// The customer's id, for a customer's asset (issue #9); empty for the company's own.
    #[serde(default)]
    customer: String,
}

#[derive(Template)]
#[template(path = "admin_assets.html")]
struct AssetsPage {
    l: Layout,
    assets: Vec<Asset>,
    customers: Vec<tessera_db::catalog::Party>,
    can_manage: bool,
    f: AssetForm,
    errors: FieldErrors,
    import: ImportView,
    /// The import form's hint: the header line, the separators, the limit.
    import_hint: String,
}

/// The import card's state: after an import, how many assets; after a refused one, the file's
/// problems by line, or why there was no file.
#[derive(Debug, Default)]
struct ImportView {
    imported: Option<u64>,
    problems: Vec<String>,
    file_error: Option<String>,
}

impl ImportView {
    fn invalid(&self) -> bool {
        self.file_error.is_some() || !self.problems.is_empty()
    }
}

/// What `GET /admin/assets` is asked: after an import, how many assets it saved.
#[derive(Debug, Default, Deserialize)]
pub struct AssetsQuery {
    #[serde(default)]
    imported: String,
}

async fn assets_page(
    state: &AppState,
    ctx: &Ctx,
    f: AssetForm,
    errors: FieldErrors,
    import: ImportView,
    status: StatusCode,
) -> AppResult<Response> {
    let tr = ctx.tr();
    let l = Layout::new(ctx, tr.t("assets-title"), "subcontracting", "/admin/assets");
    let can_manage = Gate::new(state, ctx).allows(Action::SafetyManage, Target::Collection);
    let customers = state.db.customers().await?;
    let import_hint = tessera_i18n::message(
        tr.lang,
        "asset-import-hint",
        &[
            ("header", tessera_i18n::Arg::from(assets_csv::HEADER)),
            ("max", tessera_i18n::Arg::from(assets_csv::MAX_ROWS as u64)),
        ],
    );
    let assets = state.db.assets().await?;
    html_status(status, &AssetsPage { l, assets, customers, can_manage, f, errors, import, import_hint })
}

/// `GET /admin/assets`.
pub async fn assets(State(state): State<AppState>, ctx: Ctx, Query(q): Query<AssetsQuery>) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::PartyView, Target::Collection).await?;
    let import = ImportView { imported: q.imported.trim().parse().ok(), ..Default::default() };
    assets_page(&state, &ctx, AssetForm::default(), FieldErrors::default(), import, StatusCode::OK).await
}

/// `POST /admin/assets`: adds an asset (its code once).
pub async fn add_asset(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(f): CsrfForm<AssetForm>,
) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::SafetyManage, Target::Collection).await?;
    let tr = ctx.tr();
    let mut errors = FieldErrors::default();
    let code =
        tessera_domain::text::Text::<40>::parse(&f.code).map_err(|e| errors.push("code", tr.t(text_message(e)))).ok();
    let name = Name::parse(&f.name).map_err(|e| errors.push("name", tr.t(text_message(e)))).ok();
    let site = Name::parse(&f.site).map_err(|e| errors.push("site", tr.t(text_message(e)))).ok();
    let customer = match f.customer.trim() {
        "" => Some(None),
        raw => {
            let known = state.db.customers().await?;
            let c = raw.parse::<tessera_domain::ids::PartyId>().ok().filter(|c| known.iter().any(|p| p.id == *c));
            if c.is_none() {
                errors.push("customer", tr.t("form-invalid-choice"));
            }
            c.map(Some)
        }
    };
    let (Some(code), Some(name), Some(site), Some(customer)) = (code, name, site, customer) else {
        return assets_page(&state, &ctx, f, errors, ImportView::default(), StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let event = gate.event("asset.add", None, Some(format!("code={code}")));
    match state.db.add_asset(code.as_str(), name.as_str(), site.as_str(), customer, &event).await {
        Ok(id) => Ok(Redirect::to(&format!("/admin/assets/{id}")).into_response()),
        Err(DbError::Conflict) => {
            errors.push("code", tr.t("asset-code-taken"));
            assets_page(&state, &ctx, f, errors, ImportView::default(), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /admin/assets/import`: a CSV file of assets (`code;name;site;customer`), imported
/// whole or not at all; every bad line is reported with its number.
pub async fn import_assets(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfMultipart(form): CsrfMultipart,
) -> AppResult<Response> {
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::SafetyManage, Target::Collection).await?;
    let tr = ctx.tr();
    // A CSV is text: it is read, not judged by the upload checks (which take PDFs and images).
    let Some(file) = form.files.iter().find(|f| f.field == "file" && !f.bytes.is_empty()) else {
        return refuse_import(&state, &ctx, Vec::new(), Some(tr.t("asset-import-missing"))).await;
    };
    let lines = match assets_csv::parse(&file.bytes) {
        Ok(lines) => lines,
        Err(problems) => return refuse_import(&state, &ctx, import_messages(&tr, problems), None).await,
    };
    let customers: HashMap<String, PartyId> =
        state.db.customers().await?.into_iter().map(|p| (p.code.trim().to_owned(), p.id)).collect();
    let codes: Vec<String> = lines.iter().map(|l| l.code.clone()).collect();
    let taken = state.db.asset_codes_taken(&codes).await?;
    let rows = match assets_csv::resolve(&lines, &customers, &taken) {
        Ok(rows) => rows,
        Err(problems) => return refuse_import(&state, &ctx, import_messages(&tr, problems), None).await,
    };
    let name: String = file.name.chars().filter(|c| !c.is_control()).take(100).collect();
    let event = gate.event("asset.import", None, Some(format!("file={name}")));
    match state.db.import_assets(&rows, &event).await {
        Ok(n) => Ok(Redirect::to(&format!("/admin/assets?imported={n}")).into_response()),
        Err(DbError::Conflict) => {
            // Another asset took a code meanwhile: say which, by line, if it can be told.
            let taken = state.db.asset_codes_taken(&codes).await?;
            let problems = match assets_csv::resolve(&lines, &customers, &taken) {
                Err(problems) => import_messages(&tr, problems),
                Ok(_) => vec![tr.t("asset-import-conflict")],
            };
            refuse_import(&state, &ctx, problems, None).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The assets page again with what is wrong with the file (422): nothing was imported.
async fn refuse_import(
    state: &AppState,
    ctx: &Ctx,
    problems: Vec<String>,
    file_error: Option<String>,
) -> AppResult<Response> {
    let import = ImportView { imported: None, problems, file_error };
    assets_page(state, ctx, AssetForm::default(), FieldErrors::default(), import, StatusCode::UNPROCESSABLE_ENTITY)
        .await
}

fn import_messages(tr: &Tr, mut problems: Vec<AssetProblem>) -> Vec<String> {
    problems.sort_by_key(|p| p.line().unwrap_or(0));
    problems.iter().map(|p| p.message(tr)).collect()
}

/// The procedure's form as typed.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct LotoForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    energy: String,
    #[serde(default)]
    isolation: String,
    #[serde(default)]
    steps: String,
    #[serde(default)]
    verification: String,
}

impl LotoForm {
    fn of(v: &LotoVersion) -> Self {
        Self {
            title: v.procedure.title.to_string(),
            energy: energy_to_text(&v.procedure.energy_sources),
            isolation: lines_to_text(&v.procedure.isolation_points),
            steps: lines_to_text(&v.procedure.steps),
            verification: v.procedure.verification.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "admin_asset.html")]
struct AssetPage {
    l: Layout,
    asset: Asset,
    versions: Vec<LotoVersion>,
    openings: Vec<LotoOpening>,
    can_manage: bool,
    f: LotoForm,
    errors: FieldErrors,
    flash: Option<String>,
    kinds: [EnergyKind; 8],
}

#[derive(Debug, Default, Deserialize)]
pub struct SavedQuery {
    #[serde(default)]
    saved: String,
}

async fn asset_page(
    state: &AppState,
    ctx: &Ctx,
    asset: Asset,
    f: Option<LotoForm>,
    errors: FieldErrors,
    flash: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let versions = state.db.loto_versions(asset.id).await?;
    let openings = state.db.loto_openings(asset.id).await?;
    let f = f.unwrap_or_else(|| versions.first().map(LotoForm::of).unwrap_or_default());
    let can_manage = Gate::new(state, ctx).allows(Action::SafetyManage, Target::Collection);
    let l = Layout::new(
        ctx,
        ctx.tr().t2s("asset-title", "code", &asset.code, "name", &asset.name),
        "subcontracting",
        &format!("/admin/assets/{}", asset.id),
    );
    html_status(
        status,
        &AssetPage { l, asset, versions, openings, can_manage, f, errors, flash, kinds: EnergyKind::ALL },
    )
}

/// `GET /admin/assets/{id}`: the asset, its procedure's versions and who opened them.
pub async fn asset(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<SavedQuery>,
) -> AppResult<Response> {
    let id: AssetId = id.parse().map_err(|_| AppError::NotFound)?;
    Gate::new(&state, &ctx).check(Action::PartyView, Target::Collection).await?;
    let asset = state.db.asset(id).await?;
    let tr = ctx.tr();
    let flash = match q.saved.parse::<i32>() {
        Ok(v) => Some(tr.t1("loto-saved", "version", v.to_string())),
        Err(_) if q.saved == "same" => Some(tr.t("loto-unchanged")),
        Err(_) => None,
    };
    asset_page(&state, &ctx, asset, None, FieldErrors::default(), flash, StatusCode::OK).await
}

fn loto_message(tr: &Tr, rule: &LotoRule) -> (&'static str, String) {
    match rule {
        LotoRule::TitleRequired => ("title", tr.t("form-required")),
        LotoRule::NoEnergySource => ("energy", tr.t("loto-energy-required")),
        LotoRule::BadEnergyLine(i) => ("energy", tr.t1("loto-energy-bad", "line", (i + 1).to_string())),
        LotoRule::NoIsolationPoint => ("isolation", tr.t("loto-isolation-required")),
        LotoRule::NoSteps => ("steps", tr.t("loto-steps-required")),
        LotoRule::VerificationRequired => ("verification", tr.t("loto-verification-required")),
        LotoRule::TooLong(field) => (
            match field {
                LotoField::Title => "title",
                LotoField::EnergySources => "energy",
                LotoField::IsolationPoints => "isolation",
                LotoField::Steps => "steps",
                LotoField::Verification => "verification",
            },
            tr.t("form-too-long"),
        ),
    }
}

/// `POST /admin/assets/{id}/loto`: saves the procedure as a new version (an unchanged one makes
/// none), or shows the form again with each problem at its field.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<LotoForm>,
) -> AppResult<Response> {
    let id: AssetId = id.parse().map_err(|_| AppError::NotFound)?;
    let gate = Gate::new(&state, &ctx);
    gate.check(Action::SafetyManage, Target::Collection).await?;
    let asset = state.db.asset(id).await?;
    let by = ctx.user.as_ref().map(|u| u.id).ok_or(AppError::Forbidden)?;
    let tr = ctx.tr();
    let procedure = match parse_procedure(&f.title, &f.energy, &f.isolation, &f.steps, &f.verification) {
        Ok(p) => p,
        Err(rules) => {
            let mut errors = FieldErrors::default();
            for r in &rules {
                let (field, message) = loto_message(&tr, r);
                errors.push_once(field, message);
            }
            return asset_page(&state, &ctx, asset, Some(f), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let event = gate.event("loto.save", None, None);
    let saved = match state.db.save_loto(id, &procedure, by, &event, state.clock.now()).await? {
        SaveOutcome::Saved(v) => v.to_string(),
        SaveOutcome::Unchanged(_) => "same".to_owned(),
    };
    Ok(Redirect::to(&format!("/admin/assets/{id}?saved={saved}")).into_response())
}

#[derive(Template)]
#[template(path = "portal_loto.html")]
struct PortalPage {
    l: Layout,
    w: WorkOrderRow,
    current: Option<LotoVersion>,
}

/// `GET /portal/work-orders/{id}/loto`: the current procedure of the work order's asset, for a
/// link that may read LOTO; the opening is recorded.
pub async fn portal_view(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Response> {
    let id: WorkOrderId = id.parse().map_err(|_| AppError::NotFound)?;
    if ctx.code_pending {
        return Ok(Redirect::to(&format!("/portal/code?next=%2Fportal%2Fwork-orders%2F{id}%2Floto")).into_response());
    }
    let gate = Gate::new(&state, &ctx);
    let w = gate.work_order(Action::PortalLotoView, id).await?;
    let current = match &w.asset {
        Some(a) => state.db.loto_current(a.id).await?,
        None => None,
    };
    if let Some(v) = &current {
        let event = gate.event(
            "portal.loto.view",
            Some(format!("work_order:{id}")),
            Some(format!("procedure={} version={}", v.id, v.version)),
        );
        let link = ctx.link.as_ref().map(|l| l.id);
        state.db.record_loto_opening(v.id, link, id, &event, state.clock.now()).await?;
    }
    let l = Layout::new(
        &ctx,
        ctx.tr().t1("loto-title", "number", &w.number),
        "portal",
        &format!("/portal/work-orders/{id}/loto"),
    );
    html_status(StatusCode::OK, &PortalPage { l, w, current })
}
