//! The OpenAPI document, built from the handlers (each carries `#[utoipa::path]`), finished with
//! what every operation shares (the bearer key, the problem responses), and the reference page
//! that renders it for people (served by Tessera itself, no CDN).
use super::Problem;
use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::pages::{Layout, html};
use askama::Template;
use axum::response::Html;
use serde_json::Value;
use utoipa::OpenApi;
use utoipa::openapi::path::Operation;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Tessera API",
        version = "1",
        description = "Stock, availability and orders for a customer's systems, with the organisation's API key (`Authorization: Bearer tsk_…`); stock levels and order progress for the company's own main system, with a host key. Errors are RFC 9457 problem documents with a stable `code`."
    ),
    tags(
        (name = "stock", description = "Stock (exact up to the cap, above it capped) and availability"),
        (name = "orders", description = "Customers' orders: placing, following, tracking"),
    ),
    components(schemas(Problem))
)]
pub struct ApiDoc;

/// The problem responses every operation may give, with when.
const PROBLEMS: [(&str, &str); 9] = [
    ("400", "The request is malformed"),
    ("401", "No valid API key (WWW-Authenticate: Bearer)"),
    ("403", "The key's roles do not allow this"),
    ("404", "Not found, or not your organisation's"),
    ("409", "The order's state does not allow this"),
    ("413", "The body is too large"),
    ("415", "The body's media type is not the one this operation takes"),
    ("422", "The input breaks a rule; the detail says which"),
    ("429", "Over the key's rate; wait Retry-After seconds"),
];

/// Adds the bearer scheme and the problem responses to every operation.
pub fn finish(doc: &mut utoipa::openapi::OpenApi) {
    let components = doc.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        "api_key",
        SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .bearer_format("tsk_ + 38 characters")
                .description(Some("An API key made in the customer portal (Settings → API keys) or by staff"))
                .build(),
        ),
    );
    doc.security = Some(vec![SecurityRequirement::new("api_key", Vec::<String>::new())]);
    for item in doc.paths.paths.values_mut() {
        let ops: [&mut Option<Operation>; 5] =
            [&mut item.get, &mut item.post, &mut item.put, &mut item.patch, &mut item.delete];
        for op in ops.into_iter().flatten() {
            let has_body = op.request_body.is_some();
            for (code, description) in PROBLEMS {
                // A body's problems only where there is a body; a state's only where it changes.
                let applies = match code {
                    "413" | "415" => has_body,
                    "409" => has_body,
                    _ => true,
                };
                if !applies || op.responses.responses.contains_key(code) {
                    continue;
                }
                let mut r = ResponseBuilder::new().description(description).content(
                    "application/problem+json",
                    ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build(),
                );
                if code == "429" {
                    r = r.header(
                        "Retry-After",
                        utoipa::openapi::HeaderBuilder::new()
                            .schema(Some(
                                utoipa::openapi::ObjectBuilder::new()
                                    .schema_type(utoipa::openapi::schema::Type::Integer),
                            ))
                            .description(Some("Seconds to wait"))
                            .build(),
                    );
                }
                op.responses.responses.insert(code.to_owned(), r.build().into());
            }
        }
    }
}

struct Param {
    name: String,
    location: String,
    required: bool,
    description: String,
}

struct Response {
    status: String,
    description: String,
}

struct Op {
    anchor: String,
    method: String,
    path: String,
    summary: String,
    description: String,
    params: Vec<Param>,
    body: Option<String>,
    responses: Vec<Response>,
}

struct Group {
    name: String,
    description: String,
    ops: Vec<Op>,
}

struct SchemaView {
    name: String,
    json: String,
}

#[derive(Template)]
#[template(path = "api_docs.html")]
struct DocsPage {
    l: Layout,
    version: String,
    groups: Vec<Group>,
    schemas: Vec<SchemaView>,
    problem_codes: Vec<(&'static str, String)>,
}

fn text(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or_default().to_owned()
}

fn schema_name(v: &Value) -> String {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => r.rsplit('/').next().unwrap_or(r).to_owned(),
        None => v.get("type").map(|t| t.to_string().replace('"', "")).unwrap_or_default(),
    }
}

fn view(doc: &Value) -> (Vec<Group>, Vec<SchemaView>) {
    let mut groups: Vec<Group> = doc
        .get("tags")
        .and_then(Value::as_array)
        .map(|tags| {
            tags.iter()
                .map(|t| Group { name: text(t, "name"), description: text(t, "description"), ops: vec![] })
                .collect()
        })
        .unwrap_or_default();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for method in ["get", "post", "put", "patch", "delete"] {
                let Some(op) = item.get(method) else { continue };
                let params = op
                    .get("parameters")
                    .and_then(Value::as_array)
                    .map(|ps| {
                        ps.iter()
                            .map(|p| Param {
                                name: text(p, "name"),
                                location: text(p, "in"),
                                required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
                                description: text(p, "description"),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let body = op.get("requestBody").and_then(|b| b.get("content")).and_then(Value::as_object).map(|c| {
                    c.iter()
                        .map(|(ct, m)| format!("{ct}: {}", m.get("schema").map(schema_name).unwrap_or_default()))
                        .collect::<Vec<_>>()
                        .join(", ")
                });
                let responses = op
                    .get("responses")
                    .and_then(Value::as_object)
                    .map(|rs| {
                        let mut v: Vec<Response> = rs
                            .iter()
                            .map(|(status, r)| {
                                let schema = r
                                    .get("content")
                                    .and_then(Value::as_object)
                                    .and_then(|c| c.values().next())
                                    .and_then(|m| m.get("schema"))
                                    .map(schema_name);
                                Response {
                                    status: status.clone(),
                                    description: match schema {
                                        Some(s) if !s.is_empty() => format!("{} ({s})", text(r, "description")),
                                        _ => text(r, "description"),
                                    },
                                }
                            })
                            .collect();
                        v.sort_by(|a, b| a.status.cmp(&b.status));
                        v
                    })
                    .unwrap_or_default();
                let description = text(op, "description");
                let summary = text(op, "summary");
                let o = Op {
                    anchor: text(op, "operationId"),
                    method: method.to_uppercase(),
                    path: path.clone(),
                    summary: if summary.is_empty() { description.clone() } else { summary },
                    description: if text(op, "summary").is_empty() { String::new() } else { description },
                    params,
                    body,
                    responses,
                };
                let tag = op
                    .get("tags")
                    .and_then(Value::as_array)
                    .and_then(|t| t.first())
                    .and_then(Value::as_str)
                    .unwrap_or("other")
                    .to_owned();
                match groups.iter_mut().find(|g| g.name == tag) {
                    Some(g) => g.ops.push(o),
                    None => groups.push(Group { name: tag, description: String::new(), ops: vec![o] }),
                }
            }
        }
    }
    let schemas = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|s| {
            s.iter()
                .map(|(name, v)| SchemaView {
                    name: name.clone(),
                    json: serde_json::to_string_pretty(v).unwrap_or_default(),
                })
                .collect()
        })
        .unwrap_or_default();
    (groups, schemas)
}

/// The stable problem codes, as the reference lists them.
pub const PROBLEM_CODES: [&str; 24] = [
    "unauthenticated",
    "forbidden",
    "not_found",
    "rate_limited",
    "bad_request",
    "method_not_allowed",
    "unsupported_media_type",
    "too_large",
    "invalid_body",
    "invalid_path",
    "invalid_query",
    "invalid_article",
    "invalid_quantity",
    "too_many_articles",
    "too_many_levels",
    "unknown_article",
    "invalid_order",
    "invalid_idempotency_key",
    "idempotency_key_reused",
    "invalid_file",
    "invalid_transition",
    "order_closed",
    "stale",
    "internal",
];

/// The reference page: `/api/docs`.
pub async fn page(ctx: Ctx, doc: &Value) -> AppResult<Html<String>> {
    let (groups, schemas) = view(doc);
    let tr = ctx.tr();
    html(&DocsPage {
        l: Layout::new(&ctx, tr.t("api-docs-title"), "api-docs", "/api/docs"),
        version: doc.pointer("/info/version").and_then(Value::as_str).unwrap_or_default().to_owned(),
        groups,
        schemas,
        problem_codes: PROBLEM_CODES
            .iter()
            .map(|c| (*c, tr.t(&format!("api-problem-{}", c.replace('_', "-")))))
            .collect(),
    })
}
