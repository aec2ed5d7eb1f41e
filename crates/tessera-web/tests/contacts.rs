//! The Contacts Manager of the customer portal (issue #6, seed 004): the edit form and every
//! rule of a change request through it, the pending request's read-only view, comments and
//! cancelling, two admins at once, and the walls between organisations.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_db::audit::AuditEvent;
use tessera_domain::contact::{Change, ChangeSet, ContactFacts, ContactRole, RequestStatus, Side};
use tessera_domain::ids::{ChangeRequestId, ContactId, PartyId};
use tessera_domain::secret::Secret;
use tessera_i18n::Lang;

const PAGE: &str = "/customer/contacts";

struct Org {
    app: TestApp,
    customer: PartyId,
    admin: ContactId,
    buyer: ContactId,
}

/// COMPANY X (KB0004) with a Customer Admin (signed in, in this browser) and a buyer.
async fn company_x() -> Org {
    let mut app = TestApp::with_demo().await;
    app.accept_language = Some("en".into());
    let customer = app.db.party_by_code("KB0004").await.unwrap().unwrap();
    // The demo's own Customer Admin is taken out: this organisation has exactly the test's people.
    let (alex, _) = app.db.contact_credentials("admin@companyx.example").await.unwrap().unwrap();
    app.db.remove_contact(alex.id, "user:1", app.clock_now()).await.unwrap();
    // And its purchaser: tests that want one name it.
    app.db.set_purchaser(customer, None).await.unwrap();
    let admin = app.add_contact("KB0004", Side::Customer, "anna@companyx.example", &[ContactRole::CustomerAdmin]).await;
    let buyer = app.add_contact("KB0004", Side::Customer, "bob@companyx.example", &[ContactRole::Ordering]).await;
    app.contact_session(admin).await;
    Org { app, customer, admin, buyer }
}

/// Boltex (20455) buys for COMPANY X.
async fn with_purchaser(o: &Org) -> PartyId {
    let boltex = o.app.db.party_by_code("20455").await.unwrap().unwrap();
    o.app.db.set_purchaser(o.customer, Some(boltex)).await.unwrap();
    boltex
}

/// A form post in the customer portal, with the contact session's CSRF token.
async fn cpost(app: &mut TestApp, path: &str, fields: &[(String, String)]) -> common::TestResponse {
    let csrf = match app.cookies.get("tessera_contact") {
        Some(s) => tessera_web::ctx::session_csrf(&Secret::from_client(s.clone())),
        None => app.cookies.get("tessera_csrf").cloned().unwrap_or_default(),
    };
    let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
    all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    app.post_raw(path, &all, None).await
}

fn unescape(s: &str) -> String {
    s.replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&amp;", "&")
        .replace("&#38;", "&")
}

fn esc(s: &str) -> String {
    // As askama writes them.
    s.replace('&', "&#38;").replace('<', "&#60;").replace('>', "&#62;").replace('"', "&#34;").replace('\'', "&#39;")
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    tag.find(&key).map(|i| {
        let v = &tag[i + key.len()..];
        unescape(&v[..v.find('"').unwrap()])
    })
}

/// The fields the contacts form sends as a browser would: text and hidden inputs, ticked
/// checkboxes only, each select's chosen option.
#[derive(Debug, Clone)]
struct Form(Vec<(String, String)>);

impl Form {
    fn of(html: &str) -> Self {
        let start = html.find("id=\"contacts-form\"").unwrap_or_else(|| panic!("no contacts form in {html}"));
        let rest = &html[start..];
        let form = &rest[..rest.find("</form>").unwrap()];
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(i) = form[pos..].find('<') {
            let at = pos + i;
            let tag_end = form[at..].find('>').map_or(form.len(), |e| at + e);
            let tag = &form[at..tag_end];
            if tag.starts_with("<input") {
                let checkbox = attr(tag, "type").as_deref() == Some("checkbox");
                if let Some(n) = attr(tag, "name")
                    && (!checkbox || tag.contains(" checked"))
                    && n != "csrf"
                {
                    out.push((n, attr(tag, "value").unwrap_or_default()));
                }
            } else if tag.starts_with("<select") {
                let name = attr(tag, "name").unwrap();
                let end = form[at..].find("</select>").unwrap() + at;
                let options: Vec<&str> = form[at..end].split("<option").skip(1).collect();
                let chosen =
                    options.iter().find(|o| o[..o.find('>').unwrap()].contains(" selected")).or(options.first());
                if let Some(o) = chosen {
                    out.push((name, attr(o, "value").unwrap_or_default()));
                }
            }
            pos = tag_end;
        }
        Self(out)
    }
    /// The block index of the contact with this email (`c3_email` → 3).
    fn idx(&self, email: &str) -> usize {
        let (k, _) = self.0.iter().find(|(k, v)| k.ends_with("_email") && v == email).unwrap();
        k[1..k.find('_').unwrap()].parse().unwrap()
    }
    /// The index of the `n`th empty new-contact block.
    fn new_idx(&self, n: usize) -> usize {
        let mut ids: Vec<usize> = self
            .0
            .iter()
            .filter(|(k, _)| k.ends_with("_side"))
            .map(|(k, _)| k[1..k.find('_').unwrap()].parse().unwrap())
            .collect();
        ids.sort();
        ids[n]
    }
    fn set(&mut self, key: &str, value: &str) -> &mut Self {
        self.0.retain(|(k, _)| k != key);
        self.0.push((key.into(), value.into()));
        self
    }
    fn add(&mut self, key: &str, value: &str) -> &mut Self {
        self.0.push((key.into(), value.into()));
        self
    }
    fn clear(&mut self, key: &str) -> &mut Self {
        self.0.retain(|(k, _)| k != key);
        self
    }
    fn has(&self, key: &str, value: &str) -> bool {
        self.0.iter().any(|(k, v)| k == key && v == value)
    }
    fn new_contact(&mut self, idx: usize, side: &str, name: &str, email: &str, roles: &[&str]) -> &mut Self {
        self.set(&format!("c{idx}_side"), side).set(&format!("c{idx}_name"), name).set(&format!("c{idx}_email"), email);
        for r in roles {
            self.add(&format!("c{idx}_roles"), r);
        }
        self
    }
    fn with_op(&self, op: &str) -> Vec<(String, String)> {
        let mut v = self.0.clone();
        v.push(("op".into(), op.into()));
        v
    }
}

async fn load_form(app: &mut TestApp) -> Form {
    let res = app.get(PAGE).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    Form::of(&res.body)
}

fn msg(id: &str) -> String {
    esc(&tessera_i18n::t(Lang::En, id))
}

/// The message is shown at the field: right after the element with id `anchor`.
fn at_field(body: &str, anchor: &str, message_id: &str) {
    let key = format!("id=\"{anchor}\"");
    let i = body.find(&key).unwrap_or_else(|| panic!("no {anchor} in {body}"));
    let near = &body[i..(i + 400).min(body.len())];
    assert!(near.contains(&msg(message_id)), "{message_id} not at {anchor}: {near}");
}

async fn nothing_requested(o: &Org) {
    assert!(o.app.db.pending_change_request(o.customer).await.unwrap().is_none());
    let mails = o.app.db.mails(1).await.unwrap().items;
    // Only the welcome emails of the contacts the test made.
    assert!(mails.iter().all(|m| m.text == "welcome"), "no request email: {mails:?}");
}

async fn refused(o: &mut Org, form: &Form) -> String {
    let res = cpost(&mut o.app, PAGE, &form.with_op("request")).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(res.body.contains("id=\"form-errors\""), "error summary at the top");
    nothing_requested(o).await;
    res.body
}

#[tokio::test]
async fn every_rule_is_checked_through_the_form_and_nothing_is_filed() {
    let mut o = company_x().await;
    let elmar_contact =
        o.app.add_contact("77120", Side::Customer, "eve@elmar.example", &[ContactRole::CustomerAdmin]).await;
    let base = load_form(&mut o.app).await;
    let a = base.idx("anna@companyx.example");
    let b = base.idx("bob@companyx.example");
    let n = base.new_idx(0);
    // The form holds both contacts with their roles ticked, and an empty block for a new one.
    assert!(base.has(&format!("c{b}_roles"), "ordering"));
    assert!(base.has(&format!("c{a}_roles"), "customer_admin"));
    assert!(base.has(&format!("c{n}_name"), ""));

    // Nothing changed.
    let body = refused(&mut o, &base).await;
    at_field(&body, "request-errors", "contact-rule-nothing-changed");

    // A contact without a role.
    let mut f = base.clone();
    f.clear(&format!("c{b}_roles"));
    let body = refused(&mut o, &f).await;
    at_field(&body, &format!("c{b}-roles"), "contact-rule-no-role");
    assert!(body.contains(&format!("href=\"#c{b}-roles\"")), "the summary links to the field");

    // A purchaser's role on a customer's contact.
    let mut f = base.clone();
    f.add(&format!("c{b}_roles"), "invoices");
    let body = refused(&mut o, &f).await;
    at_field(&body, &format!("c{b}-roles"), "contact-rule-role-not-for-side");

    // An invalid email; what was typed is kept.
    let mut f = base.clone();
    f.new_contact(n, "customer", "Jan Nowak", "not-an-email", &["ordering"]);
    let body = refused(&mut o, &f).await;
    at_field(&body, &format!("c{n}-email"), "contact-rule-email-invalid");
    assert!(body.contains("value=\"Jan Nowak\"") && body.contains("value=\"not-an-email\""));
    assert!(body.contains(&format!("id=\"c{n}-email\" name=\"c{n}_email\" type=\"email\" value=\"not-an-email\" autocomplete=\"off\" aria-invalid=\"true\" aria-describedby=\"c{n}-email-error\"")));

    // "Add another contact" keeps everything typed and adds an empty block; nothing is saved.
    let mut f = base.clone();
    f.new_contact(n, "customer", "Jan Nowak", "jan@companyx.example", &["ordering"]);
    let res = cpost(&mut o.app, PAGE, &f.with_op("add")).await;
    assert_eq!(res.status, StatusCode::OK);
    nothing_requested(&o).await;
    let mut two = Form::of(&res.body);
    assert!(two.has(&format!("c{n}_name"), "Jan Nowak") && two.has(&format!("c{n}_roles"), "ordering"));
    let m = two.new_idx(1);
    assert!(m > n && two.has(&format!("c{m}_name"), ""));
    // Two new contacts with one email.
    two.new_contact(m, "customer", "Jan Again", "JAN@companyx.example", &["documents"]);
    let body = refused(&mut o, &two).await;
    at_field(&body, &format!("c{m}-email"), "contact-rule-email-taken");

    // The email of another organisation's contact.
    let mut f = base.clone();
    f.new_contact(n, "customer", "Eve", "eve@elmar.example", &["ordering"]);
    let body = refused(&mut o, &f).await;
    at_field(&body, &format!("c{n}-email"), "contact-rule-email-taken");
    let _ = elmar_contact;

    // The last admin removed, or their admin role taken away.
    let mut f = base.clone();
    f.set(&format!("c{a}_remove"), "1");
    let body = refused(&mut o, &f).await;
    at_field(&body, "request-errors", "contact-rule-last-admin");
    let mut f = base.clone();
    f.clear(&format!("c{a}_roles")).add(&format!("c{a}_roles"), "ordering");
    let body = refused(&mut o, &f).await;
    at_field(&body, "request-errors", "contact-rule-last-admin");

    // A purchaser's contact for a customer without a purchaser organisation.
    let mut f = base.clone();
    f.new_contact(n, "purchaser", "Pat", "pat@boltex.example", &["ordering"]);
    let body = refused(&mut o, &f).await;
    at_field(&body, &format!("c{n}-side"), "contact-rule-no-purchaser");

    // No purchaser: the new contact can only be the customer's, and only its roles are offered.
    assert!(!base.0.iter().any(|(k, v)| k.ends_with("_side") && v == "purchaser"));
    let page = o.app.get(PAGE).await.body;
    assert!(!page.contains("value=\"purchaser\"") && !page.contains("value=\"invoices\""));
}

#[tokio::test]
async fn a_purchaser_admin_sees_the_customer_side_read_only_and_cannot_change_it() {
    let mut o = company_x().await;
    with_purchaser(&o).await;
    let padmin =
        o.app.add_contact("KB0004", Side::Purchaser, "pat@boltex.example", &[ContactRole::PurchaserAdmin]).await;
    o.app.contact_session(padmin).await;
    let res = o.app.get(PAGE).await;
    assert_eq!(res.status, StatusCode::OK);
    let f = Form::of(&res.body);
    // Customer contacts are listed, marked, read-only: no field of theirs in the form.
    assert!(res.body.contains("bob@companyx.example") && res.body.contains(&msg("contacts-read-only")));
    assert!(!f.0.iter().any(|(_, v)| v == "bob@companyx.example"));
    assert!(f.0.iter().any(|(_, v)| v == "pat@boltex.example"), "its own side is editable");
    // New contacts: the purchaser's only.
    assert!(!f.0.iter().any(|(k, v)| k.ends_with("_side") && v == "customer"));

    // A form sent anyway with a customer contact changed.
    let mut f = f.clone();
    let b = o.buyer.to_string();
    f.set("c90_id", &b)
        .set("c90_name", "bob")
        .set("c90_email", "bob@companyx.example")
        .set("c90_language", "en")
        .add("c90_roles", "ordering")
        .add("c90_roles", "documents");
    let body = refused(&mut o, &f).await;
    at_field(&body, "c90-row-error", "contact-rule-not-yours");
    // And a purchaser's admin may not open a customer contact's page.
    assert_eq!(o.app.get(&format!("{PAGE}/{b}")).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_good_request_is_filed_and_shown_read_only_side_by_side() {
    let mut o = company_x().await;
    with_purchaser(&o).await;
    o.app.add_contact("KB0004", Side::Purchaser, "pat@boltex.example", &[ContactRole::PurchaserAdmin]).await;
    let carl = o.app.add_contact("KB0004", Side::Customer, "carl@companyx.example", &[ContactRole::Documents]).await;
    let mut f = load_form(&mut o.app).await;
    let b = f.idx("bob@companyx.example");
    let c = f.idx("carl@companyx.example");
    let n = f.new_idx(0);
    f.add(&format!("c{b}_roles"), "documents");
    f.set(&format!("c{c}_remove"), "1");
    f.new_contact(n, "customer", "Jan Nowak", "jan@companyx.example", &["ordering", "documents"]);
    let res = cpost(&mut o.app, PAGE, &f.with_op("request")).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let req = o.app.db.pending_change_request(o.customer).await.unwrap().unwrap();
    assert_eq!(res.location(), format!("{PAGE}?filed={}", req.id));
    assert_eq!(req.changes.changes.len(), 3);
    assert!(req.changes.changes.iter().any(|ch| matches!(ch, Change::Remove { before } if before.id == carl)));

    // The confirmation, and the read-only view: both sides, now and requested.
    let page = o.app.get(res.location()).await;
    assert_eq!(page.status, StatusCode::OK);
    let body = page.body;
    assert!(body.contains(&esc(&tessera_i18n::message(
        Lang::En,
        "contacts-filed",
        &[("number", tessera_i18n::Arg::from(req.id.to_string()))]
    ))));
    assert!(!body.contains("id=\"contacts-form\"") && !body.contains("type=\"checkbox\""), "read-only");
    for text in [
        "Jan Nowak",
        "[New contact]",
        "[To be removed]",
        "[Changed]",
        "[added]",
        "pat@boltex.example",
        "Purchaser",
        "Customer",
        "anna",
    ] {
        assert!(body.contains(&esc(text)), "{text} in the pending view");
    }
    assert!(body.contains("<ins>Documents</ins> <strong>[added]</strong>"));
    assert!(body.contains("id=\"comment-form\"") && body.contains("id=\"cancel-form\""));

    // The email to the requester, and the audit log.
    let mails = o.app.db.mails(1).await.unwrap().items;
    let mail = mails.iter().find(|m| m.to == "anna@companyx.example").expect("request received email");
    assert!(mail.text.contains(&req.id.to_string()), "{}", mail.text);
    assert!(mail.text.contains("Add Jan Nowak (Ordering, Documents)"), "{}", mail.text);
    assert!(mail.text.contains("Change roles of bob: Ordering, Documents"), "{}", mail.text);
    assert!(mail.text.contains("Remove carl"), "{}", mail.text);
    assert!(mail.text.contains("/customer/contacts"), "{}", mail.text);
    let events = o.app.db.audit_events(1).await.unwrap().items;
    let ev: &AuditEvent = events.iter().find(|e| e.action == "contact_request.file").unwrap();
    assert_eq!(ev.actor_kind, "contact");
    assert_eq!(ev.actor.as_deref(), Some(format!("contact:{}", o.admin).as_str()));
    assert_eq!(ev.object.as_deref(), Some(format!("contact_request:{}", req.id).as_str()));
}

#[tokio::test]
async fn two_admins_at_once_get_one_request_and_the_second_is_told() {
    let mut o = company_x().await;
    let carl = o.app.add_contact("KB0004", Side::Customer, "carl@companyx.example", &[ContactRole::Management]).await;
    // Both browsers load the form.
    let mut first = load_form(&mut o.app).await;
    let mut other = std::collections::BTreeMap::new();
    o.app.switch_person(&mut other);
    o.app.contact_session(carl).await;
    let mut second = load_form(&mut o.app).await;
    o.app.switch_person(&mut other);

    let b = first.idx("bob@companyx.example");
    first.add(&format!("c{b}_roles"), "documents");
    let res = cpost(&mut o.app, PAGE, &first.with_op("request")).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

    o.app.switch_person(&mut other);
    let n = second.new_idx(0);
    second.new_contact(n, "customer", "Zoe Zielinska", "zoe@companyx.example", &["stock_query"]);
    let res = cpost(&mut o.app, PAGE, &second.with_op("request")).await;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.body);
    assert!(res.body.contains(&msg("contacts-conflict")));
    assert!(res.body.contains("href=\"/customer/contacts\""), "a way to the waiting request");
    assert!(res.body.contains("value=\"Zoe Zielinska\""), "the form is kept");
    let all = o.app.db.change_requests(None, Some(o.customer), 1).await.unwrap();
    assert_eq!(all.total, 1, "no second request");
    let pending = o.app.db.pending_change_request(o.customer).await.unwrap().unwrap();
    assert_eq!(pending.requested_by, o.admin);
    // The second admin now sees the first one's request, and may comment on it.
    let page = o.app.get(PAGE).await;
    assert!(page.body.contains("id=\"comment-form\""));
}

async fn file_one(o: &mut Org) -> ChangeRequestId {
    let mut f = load_form(&mut o.app).await;
    let b = f.idx("bob@companyx.example");
    f.add(&format!("c{b}_roles"), "documents");
    let res = cpost(&mut o.app, PAGE, &f.with_op("request")).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    o.app.db.pending_change_request(o.customer).await.unwrap().unwrap().id
}

fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

#[tokio::test]
async fn the_requester_comments_and_cancels() {
    let mut o = company_x().await;
    let id = file_one(&mut o).await;
    let comments = format!("{PAGE}/requests/{id}/messages");

    let res = cpost(&mut o.app, &comments, &fields(&[("comment", "   ")])).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    at_field(&res.body, "comment-error", "contacts-comment-empty");
    let long = "x".repeat(4001);
    let res = cpost(&mut o.app, &comments, &fields(&[("comment", &long)])).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    at_field(&res.body, "comment-error", "contacts-comment-too-long");
    assert!(o.app.db.change_request(id).await.unwrap().messages.is_empty());

    let res = cpost(&mut o.app, &comments, &fields(&[("comment", "Bob also needs <Documents> & more")])).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let page = o.app.get(res.location()).await.body;
    assert!(page.contains(&esc("Bob also needs <Documents> & more")));
    assert!(page.contains(&msg("contacts-commented")));
    let req = o.app.db.change_request(id).await.unwrap();
    assert_eq!(req.messages.len(), 1);
    assert_eq!(req.messages[0].author_kind, "contact");
    let events = o.app.db.audit_events(1).await.unwrap().items;
    assert!(events.iter().any(|e| e.action == "contact_request.comment" && e.outcome == "ok"));

    // Cancelled: the edit form is back.
    let res = cpost(&mut o.app, &format!("{PAGE}/requests/{id}/cancel"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(res.location(), format!("{PAGE}?cancelled={id}"));
    assert_eq!(o.app.db.change_request(id).await.unwrap().status, RequestStatus::Cancelled);
    assert!(o.app.db.pending_change_request(o.customer).await.unwrap().is_none());
    let page = o.app.get(res.location()).await.body;
    assert!(page.contains("id=\"contacts-form\""));
    let events = o.app.db.audit_events(1).await.unwrap().items;
    assert!(events.iter().any(|e| e.action == "contact_request.cancel"
        && e.object.as_deref() == Some(format!("contact_request:{id}").as_str())));

    // Too late to comment or cancel again: told so, nothing added.
    let res = cpost(&mut o.app, &comments, &fields(&[("comment", "one more thing")])).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains(&msg("contacts-request-closed")));
    let res = cpost(&mut o.app, &format!("{PAGE}/requests/{id}/cancel"), &[]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(o.app.db.change_request(id).await.unwrap().messages.len(), 1);

    // A new request can be made.
    file_one(&mut o).await;
}

#[tokio::test]
async fn a_contact_without_an_admin_role_is_refused() {
    let mut o = company_x().await;
    o.app.contact_session(o.buyer).await;
    let res = o.app.get(PAGE).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let res = cpost(&mut o.app, PAGE, &fields(&[("op", "request")])).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let events = o.app.db.audit_events(1).await.unwrap().items;
    assert!(events.iter().any(|e| e.action == "customer.contacts" && e.outcome == "denied"));
    nothing_requested(&o).await;

    // Nobody signed in: to the customer sign-in.
    o.app.cookies.remove("tessera_contact");
    let res = o.app.get(PAGE).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(res.location().starts_with("/customer/login?next="), "{}", res.location());
}

#[tokio::test]
async fn another_organisations_contacts_and_requests_do_not_exist_and_the_attempt_is_logged() {
    let mut o = company_x().await;
    let eve = o.app.add_contact("77120", Side::Customer, "eve@elmar.example", &[ContactRole::CustomerAdmin]).await;
    let elmar = o.app.db.party_by_code("77120").await.unwrap().unwrap();
    let set = ChangeSet {
        changes: vec![Change::Add {
            side: Side::Customer,
            facts: ContactFacts {
                name: "Ed".into(),
                email: "ed@elmar.example".into(),
                phone: String::new(),
                position: String::new(),
                language: "en".into(),
            },
            roles: [ContactRole::Ordering].into(),
        }],
    };
    let ev = AuditEvent {
        at: o.app.clock_now(),
        actor_kind: "contact".into(),
        actor: Some(format!("contact:{eve}")),
        action: "contact_request.file".into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    };
    let theirs = o.app.db.file_change_request(elmar, eve, &set, o.app.clock_now(), None, &ev).await.unwrap();

    // One's own contact has a page.
    let own = o.app.get(&format!("{PAGE}/{}", o.buyer)).await;
    assert_eq!(own.status, StatusCode::OK);
    assert!(own.body.contains("bob@companyx.example") && own.body.contains(&msg("contact-role-ordering-about")));

    let res = o.app.get(&format!("{PAGE}/{eve}")).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert!(!res.body.contains("eve@elmar.example"));
    let res = cpost(&mut o.app, &format!("{PAGE}/requests/{theirs}/messages"), &fields(&[("comment", "hello")])).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res = cpost(&mut o.app, &format!("{PAGE}/requests/{theirs}/cancel"), &[]).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);

    let req = o.app.db.change_request(theirs).await.unwrap();
    assert!(req.messages.is_empty());
    assert_eq!(req.status, RequestStatus::Pending);
    let events = o.app.db.audit_events(1).await.unwrap().items;
    let denied = |object: String| {
        events.iter().any(|e| {
            e.outcome == "denied"
                && e.actor.as_deref() == Some(format!("contact:{}", o.admin).as_str())
                && e.object.as_deref() == Some(object.as_str())
        })
    };
    assert!(denied(format!("contact:{eve}")), "{events:?}");
    assert!(denied(format!("contact_request:{theirs}")), "{events:?}");
    // Their pending request does not block or show in this organisation's manager.
    let page = o.app.get(PAGE).await;
    assert!(page.body.contains("id=\"contacts-form\"") && !page.body.contains("Ed"));
}

#[tokio::test]
async fn purchaser_contacts_are_read_only_once_there_is_no_purchaser_and_do_not_block_a_request() {
    let mut o = company_x().await;
    with_purchaser(&o).await;
    o.app.add_contact("KB0004", Side::Purchaser, "pat@boltex.example", &[ContactRole::PurchaserAdmin]).await;
    o.app.db.set_purchaser(o.customer, None).await.unwrap();
    let mut f = load_form(&mut o.app).await;
    assert!(!f.0.iter().any(|(_, v)| v == "pat@boltex.example"), "no fields for pat");
    let b = f.idx("bob@companyx.example");
    f.add(&format!("c{b}_roles"), "stock_query");
    let res = cpost(&mut o.app, PAGE, &f.with_op("request")).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

#[tokio::test]
async fn the_small_script_is_served_from_this_site() {
    let mut o = company_x().await;
    let page = o.app.get(PAGE).await;
    assert!(page.body.contains("<script src=\"/static/contacts.js\" defer></script>"));
    assert!(page.body.contains("data-role-side") && page.body.contains("data-side=\"customer\""));
    let js = o.app.get("/static/contacts.js").await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(js.header("content-type").starts_with("text/javascript"));
    assert!(js.body.contains("data-role-side"));
}
