//! Deliveries without an order (issue #8): declared by a subcontractor against the catalogue and
//! a cost centre; unknown articles, an unknown cost centre and a number used twice change
//! nothing. On the database under test (SQLite by default, PostgreSQL with
//! `TESSERA_TEST_DATABASE_URL`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use chrono::{NaiveDate, TimeZone, Utc};
use tessera_db::audit::AuditEvent;
use tessera_db::deliveries::FreeOutcome;
use tessera_domain::free_delivery::{FreeDeclaration, FreeLine, parse_serials};
use tessera_domain::number::Quantity;
use tessera_domain::text::DocNumber;

mod common;

fn event() -> AuditEvent {
    AuditEvent {
        at: Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap(),
        actor_kind: "link".into(),
        actor: Some("link:1".into()),
        action: "delivery.declare".into(),
        object: None,
        outcome: "ok".into(),
        ip: None,
        detail: Some("source=form order=none".into()),
    }
}

fn declaration(number: &str, lines: &[(&str, &str, &str)], cost_centre: Option<(&str, &str)>) -> FreeDeclaration {
    FreeDeclaration {
        number: DocNumber::parse(number).unwrap(),
        loading_date: None,
        delivery_date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        cost_centre: cost_centre.map(|(c, k)| (c.to_owned(), k.to_owned())),
        lines: lines
            .iter()
            .map(|(a, q, s)| FreeLine {
                article: (*a).into(),
                quantity: Quantity::parse(q).unwrap(),
                serials: parse_serials(s),
            })
            .collect(),
    }
}

#[tokio::test]
async fn a_delivery_without_an_order_is_booked_to_its_cost_centre_with_its_serials() {
    let (db, _guard) = common::fresh_db().await;
    let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    db.load_demo("not-a-usable-hash", now).await.unwrap();
    let montex = db.party_by_code("P-3001").await.unwrap().unwrap();
    let before = db.deliveries("", 1).await.unwrap().total;
    let d = declaration(
        "WZ-52993",
        &[("12345", "2", "123/23/2010 | 800/5/2016"), (" 2124907 ", "40", "")],
        Some(("3407", "2411")),
    );
    let FreeOutcome::Done(id) = db.declare_free_delivery(montex, &d, None, &event(), now).await.unwrap() else {
        panic!("not declared")
    };
    let got = db.delivery(id).await.unwrap();
    assert_eq!(got.summary.order_id, None);
    assert_eq!(got.summary.party_id, montex);
    assert_eq!(got.summary.status, "declared");
    assert_eq!(got.lines.len(), 2);
    assert_eq!(got.lines[0].item_order_number, "12345");
    assert_eq!(got.lines[0].serials, ["123/23/2010", "800/5/2016"]);
    assert_eq!(got.lines[1].item_order_number, "2124907");
    assert_eq!(got.lines[1].quantity.to_string(), "40");
    assert!(got.lines[1].serials.is_empty());
    assert_eq!(db.deliveries("", 1).await.unwrap().total, before + 1);
    let audit = db.audit_export(&Default::default()).await.unwrap();
    assert!(audit.iter().any(|e| e.object.as_deref() == Some(format!("delivery:{id}").as_str())));

    // The same number again from the same subcontractor: refused, nothing added.
    let again = declaration("WZ-52993", &[("12345", "1", "")], None);
    assert_eq!(
        db.declare_free_delivery(montex, &again, None, &event(), now).await.unwrap(),
        FreeOutcome::DuplicateNumber
    );
    assert_eq!(db.deliveries("", 1).await.unwrap().total, before + 1);
}

#[tokio::test]
async fn unknown_articles_and_cost_centres_are_named_and_change_nothing() {
    let (db, _guard) = common::fresh_db().await;
    let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    db.load_demo("not-a-usable-hash", now).await.unwrap();
    let montex = db.party_by_code("P-3001").await.unwrap().unwrap();
    let before = db.deliveries("", 1).await.unwrap().total;
    let audit_before = db.audit_export(&Default::default()).await.unwrap().len();
    let d =
        declaration("WZ-1", &[("NO-SUCH", "1", ""), ("12345", "1", ""), ("NO-SUCH", "2", ""), ("X-2", "1", "")], None);
    assert_eq!(
        db.declare_free_delivery(montex, &d, None, &event(), now).await.unwrap(),
        FreeOutcome::UnknownArticles(vec!["NO-SUCH".into(), "X-2".into()])
    );
    let d = declaration("WZ-2", &[("12345", "1", "")], Some(("3407", "9999")));
    assert_eq!(
        db.declare_free_delivery(montex, &d, None, &event(), now).await.unwrap(),
        FreeOutcome::UnknownCostCentre { contract: "3407".into(), construction: "9999".into() }
    );
    let d = declaration("WZ-3", &[("12345", "1", "")], Some(("NOPE", "2411")));
    assert!(matches!(
        db.declare_free_delivery(montex, &d, None, &event(), now).await.unwrap(),
        FreeOutcome::UnknownCostCentre { .. }
    ));
    assert_eq!(db.deliveries("", 1).await.unwrap().total, before);
    assert_eq!(db.audit_export(&Default::default()).await.unwrap().len(), audit_before);
    // The cost centres to choose from include the demo's.
    let choices = db.cost_centre_choices().await.unwrap();
    assert!(choices.iter().any(|c| c.contract == "3407" && c.code == "2411"), "{choices:?}");
}
