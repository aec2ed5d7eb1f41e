//! Contacts and their change requests in the database: one pending request per organisation
//! even when two admins file at the same moment, approval all or nothing, single-use tokens.
//! On SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use chrono::{DateTime, Duration, TimeZone, Utc};
use std::collections::BTreeSet;
use tessera_db::Db;
use tessera_db::DbError;
use tessera_db::audit::AuditEvent;
use tessera_db::contacts::{ApproveError, NewContact, TokenPurpose, TokenRefusal};
use tessera_db::outbox::NewMail;
use tessera_domain::contact::{Change, ChangeSet, ContactFacts, ContactRole, RequestStatus, Side};
use tessera_domain::email::Email;
use tessera_domain::ids::{ContactId, PartyId, UserId};
use tessera_domain::secret::Secret;

mod common;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 8, 0, 0).unwrap()
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

fn mail(to: &str) -> NewMail {
    NewMail {
        to: Email::parse(to).unwrap(),
        language: "en".into(),
        subject: "s".into(),
        text: "t".into(),
        html: "<p>h</p>".into(),
    }
}

fn event(actor: &str, action: &str) -> AuditEvent {
    AuditEvent {
        at: now(),
        actor_kind: "contact".into(),
        actor: Some(actor.into()),
        action: action.into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: None,
    }
}

async fn add(db: &Db, customer: PartyId, name: &str, email: &str, roles: &[ContactRole]) -> ContactId {
    let new = NewContact {
        customer,
        side: Side::Customer,
        facts: facts(name, email),
        roles: roles.iter().copied().collect(),
    };
    let token = Secret::generate().unwrap();
    db.create_contact(&new, &token.hash(), now() + Duration::days(7), &mail(email), "user:1", now()).await.unwrap()
}

async fn setup() -> (Db, tessera_db::testing::TestDbGuard, PartyId) {
    let (db, guard) = common::fresh_db().await;
    db.load_demo("hash", now()).await.unwrap();
    let customer = db.party_by_code("KB0004").await.unwrap().unwrap();
    (db, guard, customer)
}

#[tokio::test]
async fn two_admins_filing_at_once_get_one_pending_request() {
    let (db, _guard, customer) = setup().await;
    let a = add(&db, customer, "Anna", "anna@x.example", &[ContactRole::CustomerAdmin]).await;
    let b = add(&db, customer, "Bert", "bert@x.example", &[ContactRole::Management]).await;
    let set = |name: &str, email: &str| ChangeSet {
        changes: vec![Change::Add {
            side: Side::Customer,
            facts: facts(name, email),
            roles: [ContactRole::Ordering].into(),
        }],
    };
    let (sa, sb) = (set("Cara", "cara@x.example"), set("Dan", "dan@x.example"));
    let (ea, eb) = (event("contact:a", "contact_request.file"), event("contact:b", "contact_request.file"));
    let (ra, rb) = tokio::join!(
        db.file_change_request(customer, a, &sa, now(), None, &ea),
        db.file_change_request(customer, b, &sb, now(), None, &eb),
    );
    let outcomes = [ra.is_ok(), rb.is_ok()];
    assert_eq!(outcomes.iter().filter(|ok| **ok).count(), 1, "exactly one is filed: {ra:?} {rb:?}");
    let refused = if ra.is_ok() { rb } else { ra };
    assert!(matches!(refused, Err(DbError::Conflict)), "{refused:?}");
    let pending = db.pending_change_request(customer).await.unwrap().unwrap();
    assert_eq!(db.change_requests(None, Some(customer), 1).await.unwrap().total, 1);
    // Once it is decided, the organisation may file again.
    let ev = event("user:1", "contact_request.reject");
    db.close_change_request(pending.id, RequestStatus::Rejected, Some(UserId::new(1)), Some("no"), now(), None, &ev)
        .await
        .unwrap();
    assert!(db.pending_change_request(customer).await.unwrap().is_none());
    db.file_change_request(customer, a, &sa, now(), None, &ea).await.unwrap();
    // A closed request cannot be closed, commented or approved again.
    let closed = db.close_change_request(pending.id, RequestStatus::Cancelled, None, None, now(), None, &ev).await;
    assert!(matches!(closed, Err(DbError::Stale)));
    let comment = db.add_request_message(pending.id, "staff", 1, "W", "hello", now(), None, &ev).await;
    assert!(matches!(comment, Err(DbError::Stale)));
    let approve = db.approve_change_request(pending.id, UserId::new(1), now(), &[], None).await;
    assert!(matches!(approve, Err(ApproveError::NotPending)), "{approve:?}");
}

#[tokio::test]
async fn approving_with_a_contact_removed_meanwhile_applies_nothing() {
    let (db, _guard, customer) = setup().await;
    let admin = add(&db, customer, "Anna", "anna@x.example", &[ContactRole::CustomerAdmin]).await;
    let buyer = add(&db, customer, "Bert", "bert@x.example", &[ContactRole::Ordering]).await;
    let before = db.contact(buyer).await.unwrap().now();
    let admin_now = db.contact(admin).await.unwrap().now();
    // Give the admin Documents too, add Cara, and change Bert's roles.
    let set = ChangeSet {
        changes: vec![
            Change::Update {
                before: admin_now.clone(),
                facts: admin_now.facts.clone(),
                roles: [ContactRole::CustomerAdmin, ContactRole::Documents].into(),
            },
            Change::Add {
                side: Side::Customer,
                facts: facts("Cara", "cara@x.example"),
                roles: [ContactRole::Ordering].into(),
            },
            Change::Update {
                before: before.clone(),
                facts: before.facts.clone(),
                roles: [ContactRole::StockQuery].into(),
            },
        ],
    };
    let id = db.file_change_request(customer, admin, &set, now(), None, &event("contact:1", "file")).await.unwrap();
    db.remove_contact(buyer, "user:1", now()).await.unwrap();
    let outbox_before = db.mails(1).await.unwrap().total;
    let res = db.approve_change_request(id, UserId::new(1), now(), &[], Some(&mail("anna@x.example"))).await;
    assert!(matches!(&res, Err(ApproveError::ContactGone { name }) if name == "Bert"), "{res:?}");
    // Nothing of it: the admin's roles, no Cara, the request still pending, no email.
    assert_eq!(db.contact(admin).await.unwrap().roles, BTreeSet::from([ContactRole::CustomerAdmin]));
    assert!(db.contacts_of(customer).await.unwrap().iter().all(|c| c.facts.name != "Cara"));
    assert_eq!(db.change_request(id).await.unwrap().status, RequestStatus::Pending);
    assert_eq!(db.mails(1).await.unwrap().total, outbox_before);
}

#[tokio::test]
async fn approving_applies_everything_and_a_removed_address_can_be_given_again() {
    let (db, _guard, customer) = setup().await;
    let admin = add(&db, customer, "Anna", "anna@x.example", &[ContactRole::CustomerAdmin]).await;
    let buyer = add(&db, customer, "Bert", "bert@x.example", &[ContactRole::Ordering]).await;
    let session = Secret::generate().unwrap();
    let token = Secret::generate().unwrap();
    // Bert is activated and signed in.
    db.issue_contact_token(
        buyer,
        TokenPurpose::Reset,
        &token.hash(),
        now(),
        now() + Duration::hours(1),
        &mail("bert@x.example"),
    )
    .await
    .unwrap();
    db.use_contact_token(&token.hash(), TokenPurpose::Reset, Some("$argon2id$fake"), now()).await.unwrap().unwrap();
    db.create_contact_session(&session.hash(), buyer, now(), now() + Duration::hours(12), None).await.unwrap();
    assert!(db.contact_session(&session.hash()).await.unwrap().is_some());
    let set = ChangeSet {
        changes: vec![
            Change::Remove { before: db.contact(buyer).await.unwrap().now() },
            // The same person again, under the address Bert had.
            Change::Add {
                side: Side::Customer,
                facts: facts("Bert Neu", "bert@x.example"),
                roles: [ContactRole::Documents].into(),
            },
        ],
    };
    let id = db.file_change_request(customer, admin, &set, now(), None, &event("contact:1", "file")).await.unwrap();
    let welcome = tessera_db::contacts::Welcome {
        email: "bert@x.example".into(),
        token: Secret::generate().unwrap().hash(),
        expires_at: now() + Duration::days(7),
        mail: mail("bert@x.example"),
    };
    let applied =
        db.approve_change_request(id, UserId::new(1), now(), std::slice::from_ref(&welcome), None).await.unwrap();
    assert_eq!((applied.added.len(), applied.removed), (1, 1));
    assert!(db.contact_session(&session.hash()).await.unwrap().is_none(), "the removed contact's session ends");
    let found = db.contact_token(&welcome.token).await.unwrap().unwrap();
    assert_eq!((found.contact.facts.name.as_str(), found.purpose), ("Bert Neu", TokenPurpose::Activation));
    let audit = db.audit_events(1).await.unwrap().items;
    assert!(
        audit.iter().any(|e| e.action == "contact.remove" && e.detail.as_deref() == Some(&*format!("request={id}")))
    );
    assert!(audit.iter().any(
        |e| e.action == "contact.add" && e.detail.as_deref().is_some_and(|d| d.contains(&format!("request={id}")))
    ));
}

#[tokio::test]
async fn a_token_works_once_and_not_after_expiry() {
    let (db, _guard, customer) = setup().await;
    let c = add(&db, customer, "Anna", "anna@x.example", &[ContactRole::CustomerAdmin]).await;
    let t = Secret::generate().unwrap();
    db.issue_contact_token(
        c,
        TokenPurpose::SignIn,
        &t.hash(),
        now(),
        now() + Duration::minutes(15),
        &mail("anna@x.example"),
    )
    .await
    .unwrap();
    // The wrong purpose does not use it; expiry does not either, until it is past.
    assert_eq!(
        db.use_contact_token(&t.hash(), TokenPurpose::Reset, None, now()).await.unwrap(),
        Err(TokenRefusal::Unknown)
    );
    let later = now() + Duration::minutes(16);
    assert_eq!(
        db.use_contact_token(&t.hash(), TokenPurpose::SignIn, None, later).await.unwrap(),
        Err(TokenRefusal::Expired)
    );
    let hash = t.hash();
    let (first, second) = tokio::join!(
        db.use_contact_token(&hash, TokenPurpose::SignIn, None, now()),
        db.use_contact_token(&hash, TokenPurpose::SignIn, None, now()),
    );
    let results = [first.unwrap(), second.unwrap()];
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert!(results.contains(&Err(TokenRefusal::Used)));
    // A newer token of the same kind retires the older one.
    let t2 = Secret::generate().unwrap();
    let t3 = Secret::generate().unwrap();
    for t in [&t2, &t3] {
        db.issue_contact_token(
            c,
            TokenPurpose::Reset,
            &t.hash(),
            now(),
            now() + Duration::hours(1),
            &mail("anna@x.example"),
        )
        .await
        .unwrap();
    }
    assert_eq!(
        db.use_contact_token(&t2.hash(), TokenPurpose::Reset, Some("h"), now()).await.unwrap(),
        Err(TokenRefusal::Used)
    );
    assert!(db.use_contact_token(&t3.hash(), TokenPurpose::Reset, Some("h"), now()).await.unwrap().is_ok());
}
