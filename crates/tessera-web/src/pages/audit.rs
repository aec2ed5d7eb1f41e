//! The audit log, for admins: filters, and a CSV export of what the filters show.
use super::{Layout, Pager, html};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::gate::Gate;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tessera_db::audit::{AuditEvent, AuditFilter};
use tessera_domain::policy::{Action, Target};

#[derive(Debug, Default, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    actor_kind: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: String,
}

impl AuditQuery {
    fn filter(&self) -> AuditFilter {
        AuditFilter {
            actor_kind: self.actor_kind.clone(),
            action: self.action.clone(),
            outcome: self.outcome.clone(),
            q: self.q.clone(),
        }
    }
    fn params(&self) -> Vec<(&'static str, &str)> {
        vec![("actor_kind", &self.actor_kind), ("action", &self.action), ("outcome", &self.outcome), ("q", &self.q)]
    }
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    l: Layout,
    f: AuditQuery,
    events: Vec<AuditEvent>,
    pager: Pager,
    export: String,
    kinds: [&'static str; 5],
    outcomes: [&'static str; 4],
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(query): Query<AuditQuery>) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::OpsView, Target::Collection).await?;
    let page_no = query.page.trim().parse().unwrap_or(1);
    let page = state.db.audit_filtered(&query.filter(), page_no).await?;
    let params = query.params();
    let pager = Pager::new("/admin/audit", &params, page.page, page.pages, page.total);
    let kept: Vec<(&str, &str)> = params.into_iter().filter(|(_, v)| !v.is_empty()).collect();
    let export = format!("/admin/audit.csv?{}", serde_html_form::to_string(&kept).unwrap_or_default());
    let l = Layout::new(&ctx, ctx.tr().t("audit-title"), "audit", "/admin/audit");
    html(&AuditPage {
        l,
        f: query,
        events: page.items,
        pager,
        export,
        kinds: ["staff", "link", "anonymous", "cli", "system"],
        outcomes: ["ok", "denied", "failed", "rate_limited"],
    })
}

/// A text cell a spreadsheet must not run as a formula (OWASP CSV injection) gets a leading `'`.
fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() }
}

pub async fn export(State(state): State<AppState>, ctx: Ctx, Query(query): Query<AuditQuery>) -> AppResult<Response> {
    Gate::new(&state, &ctx).check(Action::OpsView, Target::Collection).await?;
    let events = state.db.audit_export(&query.filter()).await?;
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let header = ["at_utc", "actor_kind", "actor", "action", "object", "outcome", "address", "detail"];
    w.write_record(header).map_err(AppError::internal)?;
    for e in &events {
        let at = e.at.format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let row = [
            at,
            cell(&e.actor_kind),
            cell(e.actor.as_deref().unwrap_or("")),
            cell(&e.action),
            cell(e.object.as_deref().unwrap_or("")),
            cell(&e.outcome),
            cell(e.ip.as_deref().unwrap_or("")),
            cell(e.detail.as_deref().unwrap_or("")),
        ];
        w.write_record(&row).map_err(AppError::internal)?;
    }
    let body = w.into_inner().map_err(AppError::internal)?;
    let name = format!("tessera-audit-{}.csv", state.clock.now().format("%Y%m%d-%H%M"));
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell("=HYPERLINK(\"http://evil\")"), "'=HYPERLINK(\"http://evil\")");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("order:3"), "order:3");
    }
}
