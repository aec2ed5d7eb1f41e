//! Documents out in their seed formats and back in: what a buyer or the main system would see
//! in the file, and what an import creates (or, with any problem, does not create).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use chrono::{TimeZone, Utc};
use tessera_db::Db;
use tessera_db::exchange::{DocKind, ExportError, ImportError, ImportProblemKind};
use tessera_db::orders::OrderQuery;
use tessera_formats::{Format, Lang, ReadOptions, WriteOptions};

mod common;

async fn demo() -> (Db, impl Drop) {
    let (db, guard) = common::fresh_db().await;
    db.load_demo("hash", Utc.with_ymd_and_hms(2026, 11, 22, 8, 0, 0).unwrap()).await.unwrap();
    (db, guard)
}

fn csv(doc: &tessera_formats::Document, lang: Lang) -> String {
    let mut buf = Vec::new();
    tessera_formats::write_documents(&mut buf, doc.format, std::slice::from_ref(doc), WriteOptions { lang }).unwrap();
    String::from_utf8(buf).unwrap()
}

#[tokio::test]
async fn export_fills_every_seed_column_and_reads_back_the_same() {
    let (db, _g) = demo().await;
    for (kind, number) in
        [(DocKind::Order, "ZAM/12/2020"), (DocKind::Delivery, "D/33/2026"), (DocKind::Complaint, "REKL/4/2026")]
    {
        let doc = db.document_by_number(kind, number, None).await.unwrap();
        for lang in Lang::ALL {
            let text = csv(&doc, lang);
            let report = tessera_formats::read_all(text.as_bytes(), kind.format(), ReadOptions::default());
            assert!(report.is_ok(), "{number} {lang}: {:?}", report.errors);
            assert!(report.warnings.is_empty(), "{number} {lang}: {:?}", report.warnings);
            assert_eq!(report.documents, vec![doc.clone()], "{number} in {lang} reads back the same");
        }
    }

    let order = db.document_by_number(DocKind::Order, "ZAM/12/2020", None).await.unwrap();
    let text = csv(&order, Lang::Pl);
    let row = text.lines().nth(1).unwrap();
    assert_eq!(
        row,
        "ZAM/12/2020;2020-06-04;11587;MK-1 - load-bearing element;MK-1;AW-12 Krakow contract;5X340;ADJUSTABLE BUCKLE 200 MK;P199120;PIECE;100,00;5,00;500,00"
    );
    assert!(csv(&order, Lang::En).contains(";100.00;5.00;500.00\r\n"));

    let delivery = csv(&db.document_by_number(DocKind::Delivery, "D/33/2026", None).await.unwrap(), Lang::En);
    assert!(delivery.starts_with("DELIVERY_NUMBER;DELIVERY_DATE;LOADING_DATE;ORDER_NUMBER;ACCOUNT;"));
    assert!(delivery.contains("D/33/2026;2026-10-14;2026-10-14;ZAM/10/2026;20455;"), "{delivery}");
    assert!(delivery.trim_end().ends_with(";500;1250.00;480"), "CHECKED_COUNT last: {delivery}");

    let complaint = csv(&db.document_by_number(DocKind::Complaint, "REKL/4/2026", None).await.unwrap(), Lang::En);
    assert!(complaint.contains("REKL/4/2026;2026-10-16;D/33/2026;20455;"), "{complaint}");
    assert!(complaint.trim_end().ends_with(";3;20"), "quality then missing: {complaint}");
}

#[tokio::test]
async fn unknown_numbers_are_not_found() {
    let (db, _g) = demo().await;
    for kind in DocKind::ALL {
        assert!(matches!(db.document_by_number(kind, "NOPE/1", None).await, Err(ExportError::NotFound(_))));
    }
    let wrong_party = db.document_by_number(DocKind::Delivery, "D/33/2026", Some("11587")).await;
    assert!(matches!(wrong_party, Err(ExportError::NotFound(_))));
}

fn read(text: &str, format: Format) -> tessera_formats::Report {
    let r = tessera_formats::read_all(text.as_bytes(), format, ReadOptions::default());
    assert!(r.is_ok(), "{:?}", r.errors);
    r
}

#[tokio::test]
async fn an_exported_order_imports_as_a_new_draft_with_the_same_lines() {
    let (db, _g) = demo().await;
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
    let text = csv(&db.document_by_number(DocKind::Order, "ZAM/9/2026", None).await.unwrap(), Lang::Pl);

    // The same number: refused, nothing created.
    let before = db.orders(&OrderQuery::default()).await.unwrap().total;
    match db.import_report(&read(&text, Format::Order), now).await {
        Err(ImportError::Problems(p)) => {
            assert_eq!(p.len(), 1, "{p:?}");
            assert_eq!(
                (p[0].line, p[0].column, &p[0].kind),
                (2, Some("ORDER_NUMBER"), &ImportProblemKind::NumberTaken)
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(db.orders(&OrderQuery::default()).await.unwrap().total, before);

    let renamed = text.replace("ZAM/9/2026", "ZAM/90/2026");
    let created = db.import_report(&read(&renamed, Format::Order), now).await.unwrap();
    assert_eq!(created.len(), 1);
    assert_eq!(
        (created[0].number.as_str(), created[0].party_code.as_str(), created[0].lines),
        ("ZAM/90/2026", "11587", 2)
    );
    let id = db.order_id_by_number("ZAM/90/2026").await.unwrap().unwrap();
    let o = db.order(id).await.unwrap();
    assert_eq!(o.summary.status.as_str(), "draft");
    assert_eq!(o.work_order.as_ref().unwrap().name, "MK-1 - load-bearing element");
    let again = csv(&db.order_document(id).await.unwrap(), Lang::Pl);
    assert_eq!(again, renamed, "export → import → export gives the same file");
}

#[tokio::test]
async fn every_problem_is_reported_by_line_and_nothing_is_created() {
    let (db, _g) = demo().await;
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
    let file = "ORDER_NUMBER;ORDER_DATE;ACCOUNT;WORK_ORDER;CONTRACT_SCOPE;CONTRACT_NAME;CONTRACT_NUMBER;ITEM_NAME;ITEM_ORDER_NUMBER;ITEM_UNIT;ITEM_UNIT_PRICE;ITEM_COUNT;ITEM_PRICE\r\n\
        ZAM/77/2026;2026-11-20;11587;NO SUCH WO;;;5X340;BUCKLE;P199120;PIECE;100.00;5;500.00\r\n\
        ZAM/77/2026;2026-11-20;11587;NO SUCH WO;;;5X340;GHOST;X-404;PIECE;1.00;5;5.00\r\n\
        ZAM/77/2026;2026-11-20;11587;NO SUCH WO;;;5X340;REBAR;P200400;KG;3.10;0;0\r\n";
    let before = db.orders(&OrderQuery::default()).await.unwrap().total;
    let Err(ImportError::Problems(p)) = db.import_report(&read(file, Format::Order), now).await else {
        panic!("expected problems");
    };
    let got: Vec<(u64, Option<&str>, &ImportProblemKind)> = p.iter().map(|p| (p.line, p.column, &p.kind)).collect();
    assert_eq!(
        got,
        vec![
            (2, Some("WORK_ORDER"), &ImportProblemKind::UnknownWorkOrder),
            (3, Some("ITEM_ORDER_NUMBER"), &ImportProblemKind::UnknownItem),
            (4, Some("ITEM_COUNT"), &ImportProblemKind::NotPositive),
        ]
    );
    assert_eq!(db.orders(&OrderQuery::default()).await.unwrap().total, before);

    let stranger = file.replace(";11587;", ";99999;").replace("NO SUCH WO", "MK-1 - load-bearing element");
    let Err(ImportError::Problems(p)) = db.import_report(&read(&stranger, Format::Order), now).await else {
        panic!("expected problems");
    };
    assert!(p.iter().any(|p| p.kind == ImportProblemKind::UnknownParty && p.value.as_deref() == Some("99999")));
    let not_supplier = stranger.replace(";99999;", ";KB0004;");
    let Err(ImportError::Problems(p)) = db.import_report(&read(&not_supplier, Format::Order), now).await else {
        panic!("expected problems");
    };
    assert!(p.iter().any(|p| p.kind == ImportProblemKind::NotASupplier));
    assert_eq!(db.orders(&OrderQuery::default()).await.unwrap().total, before);
}

#[tokio::test]
async fn a_complaint_imports_against_the_suppliers_delivery() {
    let (db, _g) = demo().await;
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
    let text = csv(&db.document_by_number(DocKind::Complaint, "REKL/4/2026", None).await.unwrap(), Lang::En);
    let renamed = text.replace("REKL/4/2026", "REKL/40/2026");

    // Another supplier's delivery number, and more claimed than delivered: both told, nothing saved.
    let bad = renamed.replace(";20455;", ";11587;").replace(";3;20\r\n", ";300;300\r\n");
    let Err(ImportError::Problems(p)) = db.import_report(&read(&bad, Format::Complaint), now).await else {
        panic!("expected problems");
    };
    assert!(p.iter().any(|p| p.kind == ImportProblemKind::UnknownDelivery && p.column == Some("DELIVERY_NUMBER")));
    assert!(db.complaint_id_by_number("REKL/40/2026").await.unwrap().is_none());
    let too_much = renamed.replace(";3;20\r\n", ";300;300\r\n");
    let Err(ImportError::Problems(p)) = db.import_report(&read(&too_much, Format::Complaint), now).await else {
        panic!("expected problems");
    };
    assert_eq!(p[0].kind, ImportProblemKind::ClaimTooLarge);

    let created = db.import_report(&read(&renamed, Format::Complaint), now).await.unwrap();
    assert_eq!(created[0].kind, DocKind::Complaint);
    let id = db.complaint_id_by_number("REKL/40/2026").await.unwrap().unwrap();
    let c = db.complaint(id).await.unwrap();
    assert_eq!(c.summary.status, "open");
    assert_eq!(c.summary.delivery_number.as_deref(), Some("D/33/2026"));
    assert_eq!(csv(&db.complaint_document(id).await.unwrap(), Lang::En), renamed);
}

#[tokio::test]
async fn deliveries_import_against_the_suppliers_order_and_received_ones_move_it_on() {
    use tessera_domain::order::OrderStatus;
    let (db, _g) = demo().await;
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
    // D/33/2026 (ZAM/10/2026, fully counted) exported, renamed and sent against ZAM/8/2026 of the same supplier.
    let text = csv(&db.document_by_number(DocKind::Delivery, "D/33/2026", None).await.unwrap(), Lang::En);
    let renamed = text.replace("D/33/2026", "D/34/2026").replace("ZAM/10/2026", "ZAM/8/2026");

    // An unknown order, and an item not on the order: both told, nothing saved.
    let bad = renamed.replace("ZAM/8/2026", "ZAM/404/2026");
    let Err(ImportError::Problems(p)) = db.import_report(&read(&bad, Format::Delivery), now).await else {
        panic!("expected problems");
    };
    assert!(p.iter().any(|p| p.kind == ImportProblemKind::UnknownOrder && p.column == Some("ORDER_NUMBER")));
    let bad = renamed.replace(";P199121;", ";P200400;");
    let Err(ImportError::Problems(p)) = db.import_report(&read(&bad, Format::Delivery), now).await else {
        panic!("expected problems");
    };
    assert_eq!(p[0].kind, ImportProblemKind::NotOnOrder);
    let order = db.order_id_by_number("ZAM/8/2026").await.unwrap().unwrap();
    assert!(db.deliveries_of_order(order).await.unwrap().is_empty());

    // Counted on every line: received, and the order (1200 and 20 ordered) partially delivered.
    let created = db.import_report(&read(&renamed, Format::Delivery), now).await.unwrap();
    assert_eq!(created[0].kind, DocKind::Delivery);
    let d = db.deliveries_of_order(order).await.unwrap();
    assert_eq!(d[0].summary.status, "received");
    assert_eq!(d[0].lines[0].extra1.unwrap().to_string(), "480");
    assert_eq!(db.order(order).await.unwrap().summary.status, OrderStatus::PartiallyDelivered);
    // Twice: the number is taken for this supplier.
    let Err(ImportError::Problems(p)) = db.import_report(&read(&renamed, Format::Delivery), now).await else {
        panic!("expected problems");
    };
    assert_eq!(p[0].kind, ImportProblemKind::NumberTaken);
}
