//! Pages for people. Each handler: context, gate, database, template.
pub mod account;
pub mod api_keys;
pub mod audit;
pub mod auth;
pub mod complaints;
pub mod contact_requests;
pub mod contacts;
pub mod customer_documents;
pub mod dashboard;
pub mod deliveries;
pub mod documents;
pub mod exchange;
pub mod free_deliveries;
pub mod inspections;
pub mod instructions;
pub mod invoices;
pub mod item_proposals;
pub mod items;
pub mod library;
pub mod links;
pub mod loto;
pub mod mailbox;
pub mod ops;
pub mod orders;
pub mod parties;
pub mod permits;
pub mod portal;
pub mod requisitions;
pub mod sales;
pub mod scorecard;
pub mod service;
pub mod stock;
pub mod work_orders;

use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::tr::Tr;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tessera_domain::policy::{Action, Target, decide};
use tessera_i18n::Lang;

/// A form's errors by field name, already in the reader's language.
#[derive(Debug, Default)]
pub struct FieldErrors(Vec<(String, String)>);

impl FieldErrors {
    /// The others, and this field's (for a section of a page that shows its own).
    pub fn split_off(self, field: &str) -> (Self, Self) {
        let (mine, rest): (Vec<_>, Vec<_>) = self.0.into_iter().partition(|(f, _)| f == field);
        (Self(rest), Self(mine))
    }
    /// The field's messages, one after the other.
    pub fn error(&self, field: &str) -> String {
        self.0.iter().filter(|(f, _)| f == field).map(|(_, m)| m.as_str()).collect::<Vec<_>>().join(" ")
    }
    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|(f, _)| f == field)
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn push(&mut self, field: impl Into<String>, message: String) {
        self.0.push((field.into(), message));
    }
    /// As [`push`](Self::push), but a message the field already has is told once.
    pub fn push_once(&mut self, field: &str, message: String) {
        if !self.has_message(field, &message) {
            self.push(field, message);
        }
    }
    fn has_message(&self, field: &str, message: &str) -> bool {
        self.0.iter().any(|(f, m)| f == field && m == message)
    }
}

/// What every page's frame needs.
pub struct Layout {
    pub tr: Tr,
    pub title: String,
    pub user: Option<String>,
    /// In a portal: the party the link belongs to.
    pub portal_party: Option<String>,
    pub csrf: String,
    /// The navigation entry to mark as current.
    pub section: &'static str,
    pub is_admin: bool,
    /// A contact signed in to the customer portal: its navigation, not the back office's.
    pub customer: bool,
    /// The contact may open the contacts manager.
    pub customer_contacts: bool,
    /// Whether the back office's contact change requests are for this person (issue #6).
    pub contact_requests: bool,
    /// The contact may ask for stock or availability (issue #7).
    pub customer_stock: bool,
    /// The contact may see its organisation's orders.
    pub customer_orders: bool,
    /// The contact may manage its organisation's API keys.
    pub customer_api_keys: bool,
    /// The contact may read installation instructions and the organisation's documents.
    pub customer_documents: bool,
    /// Staff: customers' orders, stock levels, API keys (issue #7).
    pub sales_orders: bool,
    pub stock: bool,
    pub api_keys: bool,
    /// Staff: installation instructions and customers' documents.
    pub instructions: bool,
    pub documents: bool,
    /// Staff: subcontractors' work orders, permits, proposed items and invoices (issue #8).
    pub subcontracting: bool,
    /// The contact follows service requests; staff see customers' service (issue #9).
    pub customer_service: bool,
    pub service: bool,
    /// A customer's link to the whole customer: its service pages.
    pub portal_service: bool,
    /// Where the language switch returns to.
    pub path: String,
    pub langs: [Lang; 3],
}

impl Layout {
    pub fn new(ctx: &Ctx, title: String, section: &'static str, path: &str) -> Self {
        Self {
            tr: ctx.tr(),
            title,
            user: ctx
                .user
                .as_ref()
                .map(|u| u.display_name.clone())
                .or_else(|| ctx.contact.as_ref().map(|c| c.facts.name.clone())),
            portal_party: if ctx.user.is_none() { ctx.link.as_ref().map(|l| l.party_name.clone()) } else { None },
            csrf: ctx.csrf.clone(),
            section,
            is_admin: ctx.is_admin(),
            customer: ctx.user.is_none() && ctx.contact.is_some(),
            customer_contacts: ctx.contact.as_ref().is_some_and(|c| {
                decide(&ctx.principal, Action::CustomerContacts, &Target::Party(c.customer)).is_allowed()
            }),
            contact_requests: ctx.user.is_some() && {
                decide(&ctx.principal, Action::ContactAdminister, &Target::Collection).is_allowed()
            },
            customer_stock: customer_may(ctx, Action::CustomerStockView)
                || customer_may(ctx, Action::CustomerAvailabilityView),
            customer_orders: customer_may(ctx, Action::CustomerOrderView),
            customer_api_keys: customer_may(ctx, Action::CustomerApiKeys),
            customer_documents: customer_may(ctx, Action::CustomerDocumentView),
            sales_orders: staff_may(ctx, Action::SalesOrderView),
            stock: staff_may(ctx, Action::ItemView),
            api_keys: staff_may(ctx, Action::ApiKeyManage),
            instructions: staff_may(ctx, Action::InstructionManage),
            documents: staff_may(ctx, Action::CustomerDocumentManage),
            subcontracting: staff_may(ctx, Action::PartyView),
            customer_service: customer_may(ctx, Action::CustomerServiceView),
            service: staff_may(ctx, Action::PartyView),
            portal_service: ctx.user.is_none()
                && ctx.link.as_ref().is_some_and(|l| {
                    let t = Target::ServiceRequest { id: None, customer: l.party_id };
                    decide(&ctx.principal, Action::CustomerServiceView, &t).is_allowed()
                }),
            path: path.to_owned(),
            langs: Lang::ALL,
        }
    }
    pub fn nav_current(&self, section: &str) -> &'static str {
        if self.section == section { "page" } else { "false" }
    }
}

/// Whether the signed-in contact may take `action` in its organisation (for its navigation).
fn customer_may(ctx: &Ctx, action: Action) -> bool {
    ctx.contact.as_ref().is_some_and(|c| decide(&ctx.principal, action, &Target::Party(c.customer)).is_allowed())
}

/// Whether the signed-in staff member may take `action` (for the back office's navigation).
fn staff_may(ctx: &Ctx, action: Action) -> bool {
    ctx.user.is_some() && decide(&ctx.principal, action, &Target::Collection).is_allowed()
}

pub fn html<T: Template>(t: &T) -> AppResult<Html<String>> {
    Ok(Html(t.render()?))
}

pub fn html_status<T: Template>(status: StatusCode, t: &T) -> AppResult<Response> {
    Ok((status, Html(t.render()?)).into_response())
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    l: Layout,
    code: &'static str,
    status: u64,
    message: String,
}

/// The page for an error: its status, a message from the catalogue, nothing internal.
pub fn render_error(lang: Lang, status: StatusCode, code: &'static str) -> Response {
    let tr = Tr { lang };
    let page = ErrorPage {
        l: Layout {
            tr,
            title: tr.t(&format!("error-{code}-title").replace('_', "-")),
            user: None,
            portal_party: None,
            csrf: String::new(),
            section: "",
            is_admin: false,
            customer: false,
            customer_contacts: false,
            contact_requests: false,
            customer_stock: false,
            customer_orders: false,
            customer_api_keys: false,
            customer_documents: false,
            subcontracting: false,
            customer_service: false,
            service: false,
            portal_service: false,
            sales_orders: false,
            stock: false,
            api_keys: false,
            instructions: false,
            documents: false,
            path: "/".into(),
            langs: Lang::ALL,
        },
        code,
        status: u64::from(status.as_u16()),
        message: tr.t(&format!("error-{code}").replace('_', "-")),
    };
    match page.render() {
        Ok(body) => (status, Html(body)).into_response(),
        Err(_) => (status, code).into_response(),
    }
}

/// The query of a list page. Unparseable values fall back to defaults rather than failing.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub page: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub saved: String,
    #[serde(default)]
    pub sent: String,
    #[serde(default)]
    pub problem: String,
}

impl ListQuery {
    pub fn page(&self) -> u64 {
        self.page.trim().parse().ok().filter(|p| *p >= 1).unwrap_or(1)
    }
}

/// Links to the previous and next page of a list, keeping its filters.
pub struct Pager {
    pub page: u64,
    pub pages: u64,
    pub total: u64,
    pub prev: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    pub fn new(base: &str, params: &[(&str, &str)], page: u64, pages: u64, total: u64) -> Self {
        let link = |p: u64| {
            let mut all: Vec<(&str, String)> =
                params.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| (*k, (*v).to_owned())).collect();
            all.push(("page", p.to_string()));
            format!("{base}?{}", serde_html_form::to_string(&all).unwrap_or_default())
        };
        Self {
            page,
            pages,
            total,
            prev: (page > 1).then(|| link(page - 1)),
            next: (page < pages).then(|| link(page + 1)),
        }
    }
}

pub(crate) fn not_found() -> AppError {
    AppError::NotFound
}

// --- Contacts' change requests (issue #6): shared by the customer's and the staff's pages ---

/// A change request's number from the address; anything else is 404.
pub(crate) fn change_request_id(raw: &str) -> AppResult<tessera_domain::ids::ChangeRequestId> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// Longest comment on, or reason for rejecting, a change request.
pub(crate) const MAX_REQUEST_TEXT: usize = 4000;

/// What is wrong with a comment or a reason as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextProblem {
    Missing,
    TooLong,
}

/// A comment or a reason: trimmed, not empty, at most [`MAX_REQUEST_TEXT`] characters.
pub(crate) fn request_text(raw: &str) -> Result<String, TextProblem> {
    match tessera_domain::text::optional(raw, MAX_REQUEST_TEXT) {
        Ok(Some(t)) => Ok(t),
        Ok(None) => Err(TextProblem::Missing),
        Err(_) => Err(TextProblem::TooLong),
    }
}
