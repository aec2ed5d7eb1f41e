//! The item catalogue.
use super::{Layout, ListQuery, Pager, html};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::gate::Gate;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use tessera_db::catalog::Item;
use tessera_domain::ids::ItemId;
use tessera_domain::policy::{Action, Target};

#[derive(Template)]
#[template(path = "items_list.html")]
struct ListPage {
    l: Layout,
    q: String,
    items: Vec<Item>,
    pager: Pager,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(query): Query<ListQuery>) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::ItemView, Target::Collection).await?;
    let page = state.db.items(&query.q, query.page()).await?;
    let pager = Pager::new("/admin/items", &[("q", &query.q)], page.page, page.pages, page.total);
    let l = Layout::new(&ctx, ctx.tr().t("items-title"), "items", "/admin/items");
    html(&ListPage { l, q: query.q, items: page.items, pager })
}

#[derive(Template)]
#[template(path = "item_show.html")]
struct ShowPage {
    l: Layout,
    item: Item,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Html<String>> {
    let id: ItemId = id.parse().map_err(|_| super::not_found())?;
    Gate::new(&state, &ctx).check(Action::ItemView, Target::Item(id)).await?;
    let item = state.db.item(id).await?;
    let l = Layout::new(&ctx, item.name.clone(), "items", &format!("/admin/items/{id}"));
    html(&ShowPage { l, item })
}
