//! The audit log, for admins.
use super::{Layout, ListQuery, Pager, html};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::gate::Gate;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use tessera_db::audit::AuditEvent;
use tessera_domain::policy::{Action, Target};

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    l: Layout,
    events: Vec<AuditEvent>,
    pager: Pager,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(query): Query<ListQuery>) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::OpsView, Target::Collection).await?;
    let page = state.db.audit_events(query.page()).await?;
    let pager = Pager::new("/admin/audit", &[], page.page, page.pages, page.total);
    let l = Layout::new(&ctx, ctx.tr().t("audit-title"), "audit", "/admin/audit");
    html(&AuditPage { l, events: page.items, pager })
}
