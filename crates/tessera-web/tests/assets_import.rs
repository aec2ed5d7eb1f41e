#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Customers' assets imported by CSV (issue #9, sites and assets per customer): a good file
//! saves every asset with its customer in one go; a bad one saves nothing and names every
//! problem by its line; unknown customers and codes already taken are refused; only who
//! manages safety imports.
mod common;
use common::TestApp;
use http::StatusCode;
use tessera_db::audit::AuditFilter;
use tessera_domain::role::StaffRole;
use tessera_i18n::{Arg, Lang, message};

fn en(id: &str) -> String {
    tessera_i18n::t(Lang::En, id)
}

fn en_args(id: &str, args: &[(&str, Arg)]) -> String {
    message(Lang::En, id, args)
}

/// The table row of the asset `code` on the assets page.
fn row<'a>(body: &'a str, code: &str) -> &'a str {
    let start = body.find(&format!(">{code}</a>")).unwrap_or_else(|| panic!("no row {code}: {body}"));
    let rest = &body[start..];
    &rest[..rest.find("</tr>").unwrap()]
}

async fn service_staff() -> TestApp {
    let mut app = TestApp::signed_in(&[StaffRole::Service]).await;
    app.accept_language = Some("en".into());
    app
}

async fn asset_count(app: &TestApp) -> usize {
    app.db.assets().await.unwrap().len()
}

async fn import(app: &mut TestApp, file: &str) -> common::TestResponse {
    app.post_multipart("/admin/assets/import", &[], &[("file", "assets.csv", file.as_bytes())]).await
}

#[tokio::test]
async fn staff_import_a_file_of_customers_assets() {
    let mut app = service_staff().await;
    let company_x = app.db.customers().await.unwrap().into_iter().find(|p| p.code == "KB0004").unwrap();
    let page = app.get("/admin/assets").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&en("asset-import-title")), "{}", page.body);
    assert!(page.body.contains("action=\"/admin/assets/import\" enctype=\"multipart/form-data\""));
    assert!(page.body.contains("code;name;site;customer"), "the hint shows the header line");
    let before = asset_count(&app).await;
    let file = "\u{feff}code;name;site;customer\r\nCX-PUMP-3;Booster pump 3;COMPANY X, Warsaw plant;KB0004\r\n\r\nCX-DOOR-7;\"Fire door; hall C\";COMPANY X, Warsaw plant;KB0004\r\nOWN-CMP-1;Compressor;Our yard;\r\n";
    let res = import(&mut app, file).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.location(), "/admin/assets?imported=3");
    let page = app.get(res.location()).await;
    assert!(page.body.contains(&en_args("asset-imported", &[("count", Arg::from(3u64))])), "{}", page.body);
    assert!(page.body.contains("3 assets imported."));
    assert_eq!(asset_count(&app).await, before + 3);
    let pump = row(&page.body, "CX-PUMP-3");
    assert!(pump.contains("Booster pump 3") && pump.contains(&company_x.name), "{pump}");
    assert!(row(&page.body, "CX-DOOR-7").contains("Fire door; hall C"));
    assert!(row(&page.body, "OWN-CMP-1").contains(&en("asset-own")));
    let saved = app.db.assets().await.unwrap();
    assert_eq!(saved.iter().find(|a| a.code == "CX-PUMP-3").unwrap().customer, Some(company_x.id));
    assert_eq!(saved.iter().find(|a| a.code == "OWN-CMP-1").unwrap().customer, None);
    // One audit event for the whole import, with its row count.
    let filter = AuditFilter { action: "asset.import".into(), ..Default::default() };
    let events = app.db.audit_export(&filter).await.unwrap();
    assert_eq!(events.len(), 1);
    assert!(events[0].detail.as_deref().unwrap().starts_with("rows=3"), "{:?}", events[0].detail);
    // Commas between fields, the customer column left out: the company's own assets.
    let res = import(&mut app, "code,name,site\nOWN-CMP-2,Compressor 2,\"Our yard, east\"\n").await;
    assert_eq!(res.location(), "/admin/assets?imported=1", "{}", res.body);
    assert!(app.get(res.location()).await.body.contains("One asset imported."));
}

#[tokio::test]
async fn a_bad_file_imports_nothing_and_names_every_line() {
    let mut app = service_staff().await;
    let before = asset_count(&app).await;
    let long_code = "C".repeat(41);
    let file = format!(
        "code;name;site;customer\nNEW-1;Pump;Hall;\n{long_code};Pump;Hall;\nNEW-2;;Hall;\nNEW-1;Press;Hall;KB0004\nNEW-3;Pump;Hall;KB0004;extra\nNEW-4;Gate;;\n"
    );
    let res = import(&mut app, &file).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    assert!(res.body.contains(&en("asset-import-not-imported")));
    assert!(res.body.contains("role=\"alert\" id=\"asset-import-problems\""));
    for expected in [
        "Line 3: the asset code is longer than 40 characters.",
        "Line 4: the name is missing.",
        "Line 5: asset code NEW-1 is on line 2 already.",
        "Line 7: the site is missing.",
    ] {
        assert!(res.body.contains(expected), "{expected}: {}", res.body);
    }
    assert!(res.body.contains(&en_args("asset-csv-columns", &[("line", Arg::from(6u64))])));
    // In line order, and the good line alone is not saved either.
    let at = |s: &str| res.body.find(s).unwrap();
    assert!(at("Line 3:") < at("Line 4:") && at("Line 4:") < at("Line 5:") && at("Line 6:") < at("Line 7:"));
    assert_eq!(asset_count(&app).await, before, "nothing saved");
    assert!(app.db.assets().await.unwrap().iter().all(|a| a.code != "NEW-1"));
    // A wrong header, a file that is not UTF-8, an empty one, no file at all.
    let res = import(&mut app, "code;title;site\nA;B;C\n").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(&en("asset-csv-header")), "{}", res.body);
    let res =
        app.post_multipart("/admin/assets/import", &[], &[("file", "a.csv", b"code;name;site\nA;\xff;C\n")]).await;
    assert!(res.body.contains(&en("asset-csv-not-utf8")));
    let res = import(&mut app, "code;name;site;customer\n").await;
    assert!(res.body.contains(&en("asset-csv-empty")));
    let res = app.post_multipart("/admin/assets/import", &[], &[]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains(&en("asset-import-missing")));
    assert_eq!(asset_count(&app).await, before);
    // The problems speak the reader's language.
    app.accept_language = Some("pl".into());
    let res = import(&mut app, &file).await;
    assert!(res.body.contains("Wiersz 5: kod urządzenia NEW-1 jest już w wierszu 2."), "{}", res.body);
}

#[tokio::test]
async fn unknown_customers_and_codes_taken_are_refused() {
    let mut app = service_staff().await;
    let before = asset_count(&app).await;
    // PS2-P1 and CX-GATE-1 are the demo's; NOPE is no customer; P-3001 is a subcontractor.
    let file = "code;name;site;customer\nNEW-1;Pump;Hall;KB0004\nPS2-P1;Main pump;Pump station 2;\nNEW-2;Gate;Yard;NOPE\nNEW-3;Gate;Yard;P-3001\nCX-GATE-1;Gate;Plant;KB0004\n";
    let res = import(&mut app, file).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.body);
    for expected in [
        "Line 3: another asset already has the code PS2-P1.",
        "Line 4: there is no customer with the code NOPE.",
        "Line 5: there is no customer with the code P-3001.",
        "Line 6: another asset already has the code CX-GATE-1.",
    ] {
        assert!(res.body.contains(expected), "{expected}: {}", res.body);
    }
    assert!(!res.body.contains("Line 2:"), "the good line is fine");
    assert_eq!(asset_count(&app).await, before, "nothing saved");
    let audited = app.db.audit_export(&AuditFilter { action: "asset.import".into(), ..Default::default() }).await;
    assert!(audited.unwrap().is_empty());
}

#[tokio::test]
async fn only_who_manages_safety_imports_assets() {
    let mut app = TestApp::signed_in(&[StaffRole::Warehouse]).await;
    let page = app.get("/admin/assets").await;
    assert_eq!(page.status, StatusCode::OK, "staff see the assets");
    assert!(!page.body.contains("action=\"/admin/assets/import\""), "but no import form");
    let before = asset_count(&app).await;
    let res = import(&mut app, "code;name;site;customer\nNEW-1;Pump;Hall;KB0004\n").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(asset_count(&app).await, before);
}
