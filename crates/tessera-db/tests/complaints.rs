//! Complaints in the database: numbers, the received-only rule, all-or-nothing raising, answers
//! with an optimistic version, and decisions. On SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use chrono::{NaiveDate, TimeZone, Utc};
use tessera_db::attachments::{AttachmentOwner, NewAttachment};
use tessera_db::complaints::{Author, ComplaintOutcome, NewClaimLine, NewComplaint, RaiseOutcome};
use tessera_domain::complaint::{ClaimRule, ComplaintRule, ComplaintStatus, Decision, LineAnswer};
use tessera_domain::ids::{LinkId, UserId};

mod common;

fn staff() -> Author {
    Author::Staff { user: UserId::new(1), name: "Wanda".into() }
}

fn pdf(key: &str) -> NewAttachment {
    NewAttachment {
        key: key.into(),
        file_name: "scan.pdf".into(),
        content_type: "application/pdf".into(),
        size: 8,
        sha256: "00".into(),
    }
}

#[tokio::test]
async fn raise_answer_decide() {
    let (db, _guard) = common::fresh_db().await;
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 8, 0, 0).unwrap();
    db.load_demo("hash", now).await.unwrap();
    assert_eq!(db.next_complaint_number(2026).await.unwrap(), "REKL/5/2026");
    assert_eq!(db.next_complaint_number(2027).await.unwrap(), "REKL/1/2027");
    let delivery = db.deliveries("D/41/2026", 1).await.unwrap().items[0].id;
    let claim = |position, quality: &str, missing: &str| NewClaimLine {
        position,
        quality: quality.parse().unwrap(),
        missing: missing.parse().unwrap(),
    };
    let new = |lines| NewComplaint {
        number: None,
        delivery,
        date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        description: Some("short".into()),
        lines,
        author: staff(),
    };
    let before = db.complaint_counts().await.unwrap();

    // Refusals save nothing, files included.
    let files = [pdf("0123456789abcdef0123456789abcdef")];
    assert_eq!(
        db.raise_complaint(&new(vec![claim(1, "0", "1"), claim(2, "5", "6")]), &files, now).await.unwrap(),
        RaiseOutcome::Refused(2, ClaimRule::MoreThanDelivered)
    );
    assert_eq!(
        db.raise_complaint(&new(vec![claim(9, "0", "1")]), &files, now).await.unwrap(),
        RaiseOutcome::UnknownLine(9)
    );
    let taken = NewComplaint { number: Some("REKL/4/2026".into()), ..new(vec![claim(1, "0", "1")]) };
    assert_eq!(db.raise_complaint(&taken, &files, now).await.unwrap(), RaiseOutcome::NumberTaken);
    db.execute_unprepared(&format!("UPDATE deliveries SET status = 'declared' WHERE id = {delivery}")).await.unwrap();
    assert_eq!(
        db.raise_complaint(&new(vec![claim(1, "0", "1")]), &files, now).await.unwrap(),
        RaiseOutcome::NotReceived
    );
    assert_eq!(db.complaint_counts().await.unwrap(), before);
    assert_eq!(db.attachment_count().await.unwrap(), 0);
    db.execute_unprepared(&format!("UPDATE deliveries SET status = 'received' WHERE id = {delivery}")).await.unwrap();

    let RaiseOutcome::Created(id) =
        db.raise_complaint(&new(vec![claim(1, "0", "5"), claim(2, "1", "0")]), &files, now).await.unwrap()
    else {
        panic!("not created")
    };
    assert_eq!(db.complaint(id).await.unwrap().summary.number, "REKL/5/2026");
    assert_eq!(db.attachments_of(AttachmentOwner::Complaint(id)).await.unwrap().len(), 1);
    let d = db.complaint_detail(id).await.unwrap();
    assert_eq!((d.status, d.lines.len()), (ComplaintStatus::Open, 2));

    let supplier = Author::Supplier { link: LinkId::new(1), name: "STALBUD".into() };
    let answers = vec![
        (d.lines[0].id, LineAnswer::Accept),
        (d.lines[1].id, LineAnswer::Credit { amount: "12.5".parse().unwrap() }),
    ];
    assert_eq!(
        db.answer_complaint(id, d.version, &answers, None, &supplier, &[], now).await.unwrap(),
        ComplaintOutcome::Done
    );
    assert_eq!(
        db.answer_complaint(id, d.version, &answers, None, &supplier, &[], now).await.unwrap(),
        ComplaintOutcome::Stale
    );
    let d = db.complaint_detail(id).await.unwrap();
    assert_eq!(d.status, ComplaintStatus::Answered);
    assert_eq!(
        db.decide_complaint(id, d.version, Decision::Close, None, &staff(), now).await.unwrap(),
        ComplaintOutcome::Refused(ComplaintRule::WrongStep)
    );
    assert_eq!(
        db.decide_complaint(id, d.version, Decision::Reject, Some("no".into()), &staff(), now).await.unwrap(),
        ComplaintOutcome::Done
    );
    let thread = db.complaint_thread(id).await.unwrap();
    let kinds: Vec<&str> = thread.iter().map(|t| t.kind.as_str()).collect();
    assert_eq!(kinds, ["raised", "answer", "decision"]);
    assert_eq!(thread[0].attachments.len(), 1);
    assert_eq!(thread[2].status.as_deref(), Some("rejected"));
    // The supplier-wide list: its complaints only.
    let party = db.complaint_party(id).await.unwrap();
    let listed = db.party_complaints(party).await.unwrap();
    assert!(listed.iter().all(|c| c.party_id == party) && listed.iter().any(|c| c.id == id));
}
