//! The back office's side of customers' contacts: change requests decided by staff, and a
//! customer's purchaser and contacts on its page.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_db::audit::AuditEvent;
use tessera_db::contacts::TokenPurpose;
use tessera_domain::contact::{Change, ChangeSet, ContactFacts, ContactRole, RequestStatus, Side};
use tessera_domain::ids::{ChangeRequestId, ContactId, PartyId};
use tessera_domain::role::StaffRole;
use tessera_domain::secret::Secret;

struct Fixture {
    app: TestApp,
    customer: PartyId,
    anna: ContactId,
    bob: ContactId,
    carl: ContactId,
}

/// COMPANY X with a Customer Admin (anna), an orderer (bob) and a documents clerk (carl); the
/// browser is signed in to the back office with `roles`.
async fn fixture(roles: &[StaffRole]) -> Fixture {
    let app = TestApp::signed_in(roles).await;
    let customer = app.db.party_by_code("KB0004").await.unwrap().unwrap();
    let anna = app.add_contact("KB0004", Side::Customer, "anna@companyx.example", &[ContactRole::CustomerAdmin]).await;
    let bob = app.add_contact("KB0004", Side::Customer, "bob@companyx.example", &[ContactRole::Ordering]).await;
    let carl = app.add_contact("KB0004", Side::Customer, "carl@companyx.example", &[ContactRole::Documents]).await;
    Fixture { app, customer, anna, bob, carl }
}

fn facts(name: &str, email: &str) -> ContactFacts {
    ContactFacts {
        name: name.into(),
        email: email.into(),
        phone: String::new(),
        position: String::new(),
        language: "en".into(),
    }
}

async fn file(f: &Fixture, changes: Vec<Change>) -> ChangeRequestId {
    let now = f.app.clock_now();
    let event = AuditEvent {
        at: now,
        actor_kind: "contact".into(),
        actor: Some(format!("contact:{}", f.anna)),
        action: "contact_request.file".into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    };
    f.app.db.file_change_request(f.customer, f.anna, &ChangeSet { changes }, now, None, &event).await.unwrap()
}

/// Bob gets Stock Query too, Carl is removed, Dora is added.
async fn the_request(f: &Fixture) -> ChangeRequestId {
    let bob = f.app.db.contact(f.bob).await.unwrap().now();
    let carl = f.app.db.contact(f.carl).await.unwrap().now();
    let bob_facts = bob.facts.clone();
    file(
        f,
        vec![
            Change::Update {
                before: bob,
                facts: bob_facts,
                roles: [ContactRole::Ordering, ContactRole::StockQuery].into_iter().collect(),
            },
            Change::Remove { before: carl },
            Change::Add {
                side: Side::Customer,
                facts: facts("Dora Nowak", "dora@companyx.example"),
                roles: [ContactRole::Documents, ContactRole::ServiceRequests].into_iter().collect(),
            },
        ],
    )
    .await
}

async fn mails_to(app: &TestApp, to: &str) -> Vec<tessera_db::outbox::Mail> {
    app.db.mails(1).await.unwrap().items.into_iter().filter(|m| m.to == to).collect()
}

async fn audit(app: &TestApp) -> Vec<AuditEvent> {
    app.db.audit_export(&Default::default()).await.unwrap()
}

#[tokio::test]
async fn staff_see_the_request_with_each_change_before_and_after() {
    let mut f = fixture(&[StaffRole::Sales]).await;
    let id = the_request(&f).await;
    let list = f.app.get("/admin/contact-requests").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains(&format!("/admin/contact-requests/{id}")), "{}", list.body);
    assert!(list.body.contains("COMPANY X") && list.body.contains("Pending"));
    assert!(list.body.contains(">Contact requests</a></li>"), "nav entry for Sales");
    let page = f.app.get(&format!("/admin/contact-requests/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    for text in ["Dora Nowak", "Stock Query", "Service Requests", "carl", "Approve and apply", "Reject", "anna"] {
        assert!(page.body.contains(text), "{text} missing in {}", page.body);
    }
    // Filtered by another status the pending request is not listed.
    let approved = f.app.get("/admin/contact-requests?status=approved").await;
    assert!(!approved.body.contains(&format!("/admin/contact-requests/{id}\"")));
}

#[tokio::test]
async fn approving_applies_everything_in_one_go() {
    let mut f = fixture(&[StaffRole::Sales]).await;
    let id = the_request(&f).await;
    // Carl is signed in to the portal.
    f.app.contact_session(f.carl).await;
    let carl_session = Secret::from_client(f.app.cookies.remove("tessera_contact").unwrap()).hash();
    assert!(f.app.db.contact_session(&carl_session).await.unwrap().is_some());

    let res = f.app.post(&format!("/admin/contact-requests/{id}/approve"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = f.app.get(res.location()).await;
    assert!(page.body.contains("approved and applied"), "{}", page.body);

    let bob = f.app.db.contact(f.bob).await.unwrap();
    assert_eq!(bob.roles, [ContactRole::Ordering, ContactRole::StockQuery].into_iter().collect());
    assert!(f.app.db.contact(f.carl).await.is_err(), "carl removed");
    assert!(f.app.db.contact_session(&carl_session).await.unwrap().is_none(), "carl's session ends");
    let contacts = f.app.db.contacts_of(f.customer).await.unwrap();
    let dora = contacts.iter().find(|c| c.facts.email == "dora@companyx.example").expect("dora added");
    assert!(!dora.activated);
    let welcome = mails_to(&f.app, "dora@companyx.example").await;
    assert_eq!(welcome.len(), 1);
    let url_start = welcome[0].text.find("http://127.0.0.1:8080/c/").expect("activation link in the welcome");
    let token: String = welcome[0].text[url_start + "http://127.0.0.1:8080/c/".len()..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect();
    let t = f.app.db.contact_token(&Secret::from_client(token).hash()).await.unwrap().expect("token works");
    assert_eq!(t.purpose, TokenPurpose::Activation);
    assert_eq!(t.contact.id, dora.id);
    assert!(!mails_to(&f.app, "anna@companyx.example").await.is_empty(), "the requester is told");

    let events = audit(&f.app).await;
    let request = format!("request={id}");
    for action in ["contact.add", "contact.update", "contact.remove"] {
        assert!(
            events.iter().any(|e| e.action == action && e.detail.as_deref().is_some_and(|d| d.contains(&request))),
            "{action} with {request} in {events:?}"
        );
    }
    assert_eq!(f.app.db.change_request(id).await.unwrap().status, RequestStatus::Approved);
    // Approving again is refused with a message.
    let again = f.app.post(&format!("/admin/contact-requests/{id}/approve"), &[]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("no longer pending"));
}

async fn assert_nothing_applied(f: &Fixture, id: ChangeRequestId, bob_roles: &[ContactRole]) {
    let bob = f.app.db.contact(f.bob).await.unwrap();
    assert_eq!(bob.roles, bob_roles.iter().copied().collect(), "bob unchanged");
    let contacts = f.app.db.contacts_of(f.customer).await.unwrap();
    assert!(!contacts.iter().any(|c| c.facts.email == "dora@companyx.example"), "dora not added");
    assert!(mails_to(&f.app, "dora@companyx.example").await.is_empty(), "no welcome sent");
    assert_eq!(f.app.db.change_request(id).await.unwrap().status, RequestStatus::Pending);
}

#[tokio::test]
async fn approving_a_request_whose_contact_was_removed_meanwhile_applies_nothing() {
    let mut f = fixture(&[StaffRole::Sales]).await;
    let id = the_request(&f).await;
    f.app.db.remove_contact(f.carl, "user:1", f.app.clock_now()).await.unwrap();
    let anna_mails = mails_to(&f.app, "anna@companyx.example").await.len();
    let res = f.app.post(&format!("/admin/contact-requests/{id}/approve"), &[]).await;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.body);
    assert!(
        res.body.contains("carl was removed from the portal meanwhile; nothing of this request was applied"),
        "{}",
        res.body
    );
    assert_nothing_applied(&f, id, &[ContactRole::Ordering]).await;
    assert_eq!(mails_to(&f.app, "anna@companyx.example").await.len(), anna_mails, "no approval email");
    // The request can still be rejected.
    assert!(res.body.contains(&format!("/admin/contact-requests/{id}/reject")));
}

#[tokio::test]
async fn approving_a_request_whose_updated_contact_was_removed_meanwhile_applies_nothing() {
    let mut f = fixture(&[StaffRole::Sales]).await;
    let id = the_request(&f).await;
    f.app.db.remove_contact(f.bob, "user:1", f.app.clock_now()).await.unwrap();
    let res = f.app.post(&format!("/admin/contact-requests/{id}/approve"), &[]).await;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.body);
    assert!(res.body.contains("bob was removed from the portal meanwhile"), "{}", res.body);
    assert!(f.app.db.contact(f.carl).await.is_ok(), "carl not removed");
    let contacts = f.app.db.contacts_of(f.customer).await.unwrap();
    assert!(!contacts.iter().any(|c| c.facts.email == "dora@companyx.example"), "dora not added");
    assert_eq!(f.app.db.change_request(id).await.unwrap().status, RequestStatus::Pending);
}

#[tokio::test]
async fn approving_when_a_new_contacts_email_was_taken_meanwhile_applies_nothing() {
    let mut f = fixture(&[StaffRole::Sales]).await;
    let id = the_request(&f).await;
    // ELMAR's new contact takes Dora's address meanwhile.
    f.app.add_contact("77120", Side::Customer, "dora@companyx.example", &[ContactRole::CustomerAdmin]).await;
    let res = f.app.post(&format!("/admin/contact-requests/{id}/approve"), &[]).await;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.body);
    assert!(res.body.contains("dora@companyx.example belongs to another account now"), "{}", res.body);
    let bob = f.app.db.contact(f.bob).await.unwrap();
    assert_eq!(bob.roles, [ContactRole::Ordering].into_iter().collect(), "bob unchanged");
    assert!(f.app.db.contact(f.carl).await.is_ok(), "carl not removed");
    let contacts = f.app.db.contacts_of(f.customer).await.unwrap();
    assert!(!contacts.iter().any(|c| c.facts.email == "dora@companyx.example"));
    assert_eq!(f.app.db.change_request(id).await.unwrap().status, RequestStatus::Pending);
}

#[tokio::test]
async fn a_staff_comment_emails_the_requester() {
    let mut f = fixture(&[StaffRole::Sales]).await;
    let id = the_request(&f).await;
    let empty = f.app.post(&format!("/admin/contact-requests/{id}/messages"), &[("body", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Write a message."));
    assert!(f.app.db.change_request(id).await.unwrap().messages.is_empty());

    let res = f
        .app
        .post(&format!("/admin/contact-requests/{id}/messages"), &[("body", "Does Dora need Documents too?")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let r = f.app.db.change_request(id).await.unwrap();
    assert_eq!(r.messages.len(), 1);
    assert_eq!(r.messages[0].author_kind, "staff");
    let mails = mails_to(&f.app, "anna@companyx.example").await;
    let question = mails.iter().find(|m| m.text.contains("Does Dora need Documents too?")).expect("emailed");
    assert!(question.text.contains("http://127.0.0.1:8080/customer/contacts"), "{}", question.text);
    let page = f.app.get(&format!("/admin/contact-requests/{id}")).await;
    assert!(page.body.contains("Does Dora need Documents too?"));
    assert!(audit(&f.app).await.iter().any(|e| e.action == "contact_request.comment"));
}

#[tokio::test]
async fn rejecting_needs_a_reason_and_emails_it() {
    let mut f = fixture(&[StaffRole::Admin]).await;
    let id = the_request(&f).await;
    let res = f.app.post(&format!("/admin/contact-requests/{id}/reject"), &[("reason", "")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Give the reason for rejecting the request."), "{}", res.body);
    assert!(res.body.contains("aria-describedby=\"reason-error\""));
    assert_eq!(f.app.db.change_request(id).await.unwrap().status, RequestStatus::Pending);

    let res =
        f.app.post(&format!("/admin/contact-requests/{id}/reject"), &[("reason", "Carl still works with us.")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let r = f.app.db.change_request(id).await.unwrap();
    assert_eq!(r.status, RequestStatus::Rejected);
    assert_eq!(r.reason.as_deref(), Some("Carl still works with us."));
    let mails = mails_to(&f.app, "anna@companyx.example").await;
    assert!(mails.iter().any(|m| m.text.contains("Carl still works with us.")), "reason emailed");
    assert!(f.app.db.contact(f.carl).await.is_ok(), "nothing applied");
    assert!(audit(&f.app).await.iter().any(|e| e.action == "contact_request.reject"));
}

#[tokio::test]
async fn only_sales_and_admin_decide() {
    let mut f = fixture(&[StaffRole::Purchasing]).await;
    let id = the_request(&f).await;
    let page = f.app.get(&format!("/admin/contact-requests/{id}")).await;
    assert_eq!(page.status, StatusCode::OK, "staff may look");
    assert!(!page.body.contains("Approve and apply"), "no decision forms for Purchasing");
    assert!(!page.body.contains(">Contact requests</a></li>"), "no nav entry for Purchasing");
    for (path, fields) in
        [("approve", vec![]), ("reject", vec![("reason", "no")]), ("messages", vec![("body", "hello")])]
    {
        let res = f.app.post(&format!("/admin/contact-requests/{id}/{path}"), &fields).await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{path}");
    }
    assert_eq!(f.app.db.change_request(id).await.unwrap().status, RequestStatus::Pending);
    assert!(f.app.db.contact(f.carl).await.is_ok());
    let denied = audit(&f.app)
        .await
        .into_iter()
        .filter(|e| e.action == "contact.administer" && e.outcome == "denied")
        .filter(|e| e.object.as_deref() == Some(&format!("contact_request:{id}")))
        .count();
    assert_eq!(denied, 3, "each refusal is logged");
    let add = f.app.post(&format!("/admin/parties/{}/contacts", f.customer), &[("name", "X")]).await;
    assert_eq!(add.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_unknown_request_is_not_found() {
    let mut f = fixture(&[StaffRole::Sales]).await;
    assert_eq!(f.app.get("/admin/contact-requests/9999").await.status, StatusCode::NOT_FOUND);
    assert_eq!(f.app.post("/admin/contact-requests/9999/approve", &[]).await.status, StatusCode::NOT_FOUND);
}

async fn add_form(f: &mut Fixture, fields: &[(&str, &str)]) -> common::TestResponse {
    f.app.post(&format!("/admin/parties/{}/contacts", f.customer), fields).await
}

#[tokio::test]
async fn staff_add_a_customers_first_admin() {
    let mut f = fixture(&[StaffRole::Sales]).await;
    let page = f.app.get(&format!("/admin/parties/{}", f.customer)).await;
    assert!(page.body.contains("anna@companyx.example") && page.body.contains("Customer Admin"), "{}", page.body);
    let res = add_form(
        &mut f,
        &[
            ("name", "Eva Admin"),
            ("email", "eva@companyx.example"),
            ("phone", "+48 22 123 45 67"),
            ("position", "IT"),
            ("language", "pl"),
            ("side", "customer"),
            ("role", "customer_admin"),
            ("role", "ordering"),
        ],
    )
    .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let eva = f
        .app
        .db
        .contacts_of(f.customer)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.facts.email == "eva@companyx.example")
        .unwrap();
    assert_eq!(eva.roles, [ContactRole::CustomerAdmin, ContactRole::Ordering].into_iter().collect());
    assert_eq!(eva.facts.language, "pl");
    let mails = mails_to(&f.app, "eva@companyx.example").await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].text.contains("http://127.0.0.1:8080/c/"));
    assert_eq!(mails[0].language, "pl");
    let page = f.app.get(&format!("/admin/parties/{}", f.customer)).await;
    assert!(page.body.contains("Eva Admin") && page.body.contains("Invitation sent"), "{}", page.body);
    let object = format!("contact:{}", eva.id);
    assert!(audit(&f.app).await.iter().any(|e| e.action == "contact.add" && e.object.as_deref() == Some(&object)));
}

#[tokio::test]
async fn the_add_contact_form_rejects_bad_input_and_saves_nothing() {
    let mut f = fixture(&[StaffRole::Sales]).await;
    let before = f.app.db.contacts_of(f.customer).await.unwrap().len();
    let outbox = f.app.db.mails(1).await.unwrap().total;
    let base = [("name", "Eva"), ("language", "en"), ("side", "customer")];
    type Case<'a> = (Vec<(&'a str, &'a str)>, &'a str, &'a str);
    let cases: Vec<Case<'_>> = vec![
        (vec![("email", "not-an-email"), ("role", "ordering")], "email", "Enter a valid email address"),
        (vec![("email", "eva@companyx.example")], "roles", "Choose at least one role."),
        (
            vec![("email", "eva@companyx.example"), ("role", "invoices")],
            "roles",
            "This role is not available for contacts of this organisation.",
        ),
        (
            vec![("email", "anna@companyx.example"), ("role", "ordering")],
            "email",
            "This email address is already used by another contact.",
        ),
        (
            vec![("email", "eva@companyx.example"), ("role", "ordering"), ("side", "head-office")],
            "side",
            "Choose the organisation the contact belongs to.",
        ),
    ];
    for (extra, field, message) in cases {
        let mut fields: Vec<(&str, &str)> =
            base.iter().copied().filter(|(k, _)| !extra.iter().any(|(e, _)| e == k)).collect();
        fields.extend(extra.iter().copied());
        let res = add_form(&mut f, &fields).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {}", res.body);
        assert!(res.body.contains(message), "{message} missing: {}", res.body);
        assert!(
            res.body.contains(&format!("aria-describedby=\"contact-{field}-error\"")),
            "{field} error at the field"
        );
        assert!(res.body.contains("value=\"Eva\""), "what was typed is kept");
    }
    assert_eq!(f.app.db.contacts_of(f.customer).await.unwrap().len(), before);
    assert_eq!(f.app.db.mails(1).await.unwrap().total, outbox, "no email sent");
}

#[tokio::test]
async fn staff_set_and_clear_a_customers_purchaser() {
    let mut f = fixture(&[StaffRole::Sales]).await;
    let purchaser = f.app.db.party_by_code("PUR-01").await.unwrap().expect("demo purchaser");
    // The demo gives COMPANY X a purchaser: clear it, then set it again.
    let res = f.app.post(&format!("/admin/parties/{}/purchaser", f.customer), &[("purchaser", "")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(f.app.db.customer_org(f.customer).await.unwrap().purchaser.is_none());
    let no_purchaser = add_form(
        &mut f,
        &[
            ("name", "Pia"),
            ("email", "pia@northwind.example"),
            ("language", "en"),
            ("side", "purchaser"),
            ("role", "ordering"),
        ],
    )
    .await;
    assert_eq!(no_purchaser.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_purchaser.body.contains("This customer has no purchaser organisation."));
    let res =
        f.app.post(&format!("/admin/parties/{}/purchaser", f.customer), &[("purchaser", &purchaser.to_string())]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(f.app.db.customer_org(f.customer).await.unwrap().purchaser.map(|p| p.0), Some(purchaser));
    let page = f.app.get(&format!("/admin/parties/{}", f.customer)).await;
    assert!(page.body.contains("Northwind Procurement Ltd"));
    assert!(audit(&f.app).await.iter().any(|e| e.action == "party.purchaser"));
    // The purchaser's page works though it is no supplier, subcontractor or customer.
    assert_eq!(f.app.get(&format!("/admin/parties/{purchaser}")).await.status, StatusCode::OK);
    // A purchaser contact, and the purchaser cannot be cleared while it has contacts.
    let res = add_form(
        &mut f,
        &[
            ("name", "Pia Buyer"),
            ("email", "pia@northwind.example"),
            ("language", "en"),
            ("side", "purchaser"),
            ("role", "purchaser_admin"),
        ],
    )
    .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res = f.app.post(&format!("/admin/parties/{}/purchaser", f.customer), &[("purchaser", "")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("still has contacts"));
    // Itself or an unknown party cannot be the purchaser.
    for bad in [f.customer.to_string(), "999999".into(), "x".into()] {
        let res = f.app.post(&format!("/admin/parties/{}/purchaser", f.customer), &[("purchaser", &bad)]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    assert_eq!(f.app.db.customer_org(f.customer).await.unwrap().purchaser.map(|p| p.0), Some(purchaser));
}

#[tokio::test]
async fn pending_requests_come_first() {
    let mut f = fixture(&[StaffRole::Sales]).await;
    let pending = the_request(&f).await;
    // A newer request of ELMAR's, already rejected.
    let elmar = f.app.db.party_by_code("77120").await.unwrap().unwrap();
    let admin = f.app.add_contact("77120", Side::Customer, "ela@elmar.example", &[ContactRole::CustomerAdmin]).await;
    let event = AuditEvent {
        at: f.app.clock_now(),
        actor_kind: "contact".into(),
        actor: Some(format!("contact:{admin}")),
        action: "contact_request.file".into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    };
    let add = Change::Add {
        side: Side::Customer,
        facts: facts("Olek", "olek@elmar.example"),
        roles: [ContactRole::Ordering].into_iter().collect(),
    };
    let newer = f
        .app
        .db
        .file_change_request(elmar, admin, &ChangeSet { changes: vec![add] }, f.app.clock_now(), None, &event)
        .await
        .unwrap();
    let res = f.app.post(&format!("/admin/contact-requests/{newer}/reject"), &[("reason", "Ask again later.")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let list = f.app.get("/admin/contact-requests").await;
    let at = |id: ChangeRequestId| list.body.find(&format!("/admin/contact-requests/{id}\"")).unwrap();
    assert!(at(pending) < at(newer), "the pending request is listed first");
    let rejected = f.app.get("/admin/contact-requests?status=rejected").await;
    assert!(
        rejected.body.contains("ELMAR") && !rejected.body.contains(&format!("/admin/contact-requests/{pending}\""))
    );
    let mine = f.app.get(&format!("/admin/contact-requests?customer={elmar}")).await;
    assert!(!mine.body.contains("COMPANY X</a>"), "filtered by customer");
}

/// Staff take a contact out of the portal at once: its session ends, the page says so, the audit
/// log has it; purchasing may not, and a contact that is gone is not found.
#[tokio::test]
async fn staff_remove_a_contact_and_its_session_ends() {
    let mut f = fixture(&[StaffRole::Sales]).await;
    let session = Secret::generate().unwrap();
    let now = f.app.clock_now();
    f.app.db.create_contact_session(&session.hash(), f.bob, now, now + chrono::Duration::hours(1), None).await.unwrap();
    let page = f.app.get(&format!("/admin/parties/{}", f.customer)).await;
    assert!(page.body.contains(&format!("/admin/contacts/{}/remove", f.bob)), "a remove button per contact");
    let res = f.app.post(&format!("/admin/contacts/{}/remove", f.bob), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), format!("/admin/parties/{}?saved=removed#contacts", f.customer));
    let page = f.app.get(&format!("/admin/parties/{}?saved=removed", f.customer)).await;
    assert!(
        page.body.contains(&tessera_i18n::t(tessera_i18n::Lang::En, "party-contacts-removed").replace('\'', "&#39;"))
    );
    assert!(f.app.db.contact_session(&session.hash()).await.unwrap().is_none(), "bob's session ended");
    assert!(f.app.db.contacts_of(f.customer).await.unwrap().iter().all(|c| c.id != f.bob));
    let audit = f.app.db.audit_events(1).await.unwrap().items;
    assert!(
        audit
            .iter()
            .any(|e| e.action == "contact.remove" && e.object.as_deref() == Some(&*format!("contact:{}", f.bob)))
    );
    // Gone: not found, and nothing else changes.
    let again = f.app.post(&format!("/admin/contacts/{}/remove", f.bob), &[]).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);

    let mut p = fixture(&[StaffRole::Purchasing]).await;
    let res = p.app.post(&format!("/admin/contacts/{}/remove", p.carl), &[]).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert!(p.app.db.contacts_of(p.customer).await.unwrap().iter().any(|c| c.id == p.carl), "carl stays");
}
