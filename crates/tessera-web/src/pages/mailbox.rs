//! The local mailbox, for admins: every message in the outbox, and each one as its recipient
//! reads it, with the links in its text clickable (so an emailed link can be followed from
//! here when no mail server is configured).
use super::{Layout, ListQuery, Pager, html};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::gate::Gate;
use crate::tr::Tr;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use tessera_db::outbox::{Mail, MailStatus};
use tessera_domain::ids::OutboxId;
use tessera_domain::policy::{Action, Target};

#[derive(Template)]
#[template(path = "mailbox.html")]
struct ListPage {
    l: Layout,
    mails: Vec<Mail>,
    pager: Pager,
}

#[derive(Template)]
#[template(path = "mailbox_show.html")]
struct ShowPage {
    l: Layout,
    m: Mail,
    /// The text body: paragraphs of lines of pieces.
    text: Vec<Vec<Vec<Piece>>>,
}

/// A piece of a line of text: words, or a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Link(String),
}

/// A status in the reader's words, and its badge's class (colours of the existing stylesheet).
fn status_text(tr: &Tr, s: &MailStatus) -> String {
    tr.t(&format!("mailbox-status-{}", s.as_str()))
}

fn status_class(s: &MailStatus) -> &'static str {
    match s {
        MailStatus::Pending | MailStatus::Sending => "badge-date_proposed",
        MailStatus::Sent => "badge-delivered",
        MailStatus::Failed => "badge-cancelled",
    }
}

/// Splits a line into text and `http(s)://` links. A link ends at white space, quotes or angle
/// brackets; trailing punctuation stays text.
pub fn linkify(line: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = [rest.find("https://"), rest.find("http://")].into_iter().flatten().min() {
        let tail = &rest[start..];
        let mut end = tail.find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"')).unwrap_or(tail.len());
        while end > 0 && tail[..end].ends_with(['.', ',', ';', ':', '!', '?', ')', '\'']) {
            end -= 1;
        }
        let url = &tail[..end];
        if url.len() <= "https://".len() {
            out.push(Piece::Text(rest[..start + end.max(1)].to_owned()));
            rest = &rest[start + end.max(1)..];
            continue;
        }
        if start > 0 {
            out.push(Piece::Text(rest[..start].to_owned()));
        }
        out.push(Piece::Link(url.to_owned()));
        rest = &tail[end..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_owned()));
    }
    out
}

fn paragraphs(text: &str) -> Vec<Vec<Vec<Piece>>> {
    let text = text.replace("\r\n", "\n");
    text.split("\n\n")
        .map(|p| p.trim_matches('\n'))
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.lines().map(linkify).collect())
        .collect()
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(query): Query<ListQuery>) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::OpsView, Target::Collection).await?;
    let page = state.db.mails(query.page()).await?;
    let pager = Pager::new("/admin/mailbox", &[], page.page, page.pages, page.total);
    let l = Layout::new(&ctx, ctx.tr().t("mailbox-title"), "mailbox", "/admin/mailbox");
    html(&ListPage { l, mails: page.items, pager })
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> AppResult<Html<String>> {
    Gate::new(&state, &ctx).check(Action::OpsView, Target::Collection).await?;
    let id: OutboxId = id.parse().map_err(|_| super::not_found())?;
    let m = state.db.mail(id).await?;
    let l = Layout::new(&ctx, m.subject.clone(), "mailbox", &format!("/admin/mailbox/{id}"));
    let text = paragraphs(&m.text);
    html(&ShowPage { l, m, text })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_in_text_become_links() {
        let l = |s: &str| Piece::Link(s.to_owned());
        let t = |s: &str| Piece::Text(s.to_owned());
        assert_eq!(linkify("no links here"), [t("no links here")]);
        assert_eq!(
            linkify("Open https://x.example/l/ab?c=1&d=2. Or http://y.example)"),
            [t("Open "), l("https://x.example/l/ab?c=1&d=2"), t(". Or "), l("http://y.example"), t(")")]
        );
        assert_eq!(linkify("https://"), [t("https://")]);
        assert_eq!(linkify("<https://z.example/>"), [t("<"), l("https://z.example/"), t(">")]);
        assert_eq!(paragraphs("a\nb\n\n\nc\r\n").len(), 2);
    }
}
