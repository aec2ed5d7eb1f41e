//! The demo company: small, deterministic, built from the seeds' sample values, so that the
//! sample files in `shared/samples/formats` import into it. Loading it twice changes nothing.
use crate::entity::{
    complaint, complaint_line, contract, cost_centre, delivery, delivery_line, item, party, party_email,
    purchase_order, purchase_order_line, user, warehouse, work_order,
};
use crate::{Db, DbError};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, TransactionTrait};
use std::collections::BTreeSet;
use tessera_domain::contact::{ContactFacts, ContactRole, Side};
use tessera_domain::email::Email;
use tessera_domain::ids::{ContactId, OrderId, PartyId};
use tessera_domain::role::StaffRole;

pub const DEMO_ADMIN_EMAIL: &str = "admin@tessera.example";
/// COMPANY X's Customer Admin, a contact in the customer portal.
pub const DEMO_CUSTOMER_ADMIN_EMAIL: &str = "admin@companyx.example";

/// What the demo gives a person to open.
#[derive(Debug, Clone)]
pub struct DemoSummary {
    pub created: bool,
    pub admin_email: String,
    /// The seed's sample order ZAM/12/2020.
    pub sample_order: OrderId,
    /// COMPANY X's Customer Admin in the customer portal ([`DEMO_CUSTOMER_ADMIN_EMAIL`]); the
    /// caller issues its activation (or sign-in) link.
    pub customer_admin: ContactId,
    /// COMPANY X (KB0004), whose demo API key the caller makes.
    pub customer: PartyId,
}

fn d(y: i32, m: u32, day: u32) -> Result<NaiveDate, DbError> {
    NaiveDate::from_ymd_opt(y, m, day).ok_or_else(|| DbError::Corrupt("demo date".into()))
}

struct Line<'a>(&'a str, &'a str);

/// number, supplier, order date, requested date, status, lines
type DemoOrder<'a> = (&'a str, i64, NaiveDate, NaiveDate, &'a str, Vec<Line<'a>>);

/// Unit price × quantity, as the demo stores it.
fn demo_value(price: &str, qty: &str) -> Result<String, DbError> {
    let p: tessera_domain::number::Money = price.parse().map_err(|_| DbError::Corrupt(price.into()))?;
    let q: tessera_domain::number::Quantity = qty.parse().map_err(|_| DbError::Corrupt(qty.into()))?;
    Ok(tessera_domain::number::Money::line_value(p, q).to_string())
}

impl Db {
    /// Loads the demo company unless it is there, and (re)sets the demo admin's password to the
    /// hash given, so the caller can print a password that works.
    pub async fn load_demo(&self, admin_password_hash: &str, now: DateTime<Utc>) -> Result<DemoSummary, DbError> {
        let existing = party::Entity::find().filter(party::Column::Code.eq("11587")).one(self.conn()).await?;
        let created = existing.is_none();
        if created {
            self.insert_demo(now).await?;
        }
        let admin_email = Email::parse(DEMO_ADMIN_EMAIL).map_err(|_| DbError::Corrupt("demo email".into()))?;
        match self.credentials(&admin_email).await? {
            Some(c) => {
                user::Entity::update_many()
                    .col_expr(user::Column::PasswordHash, Expr::value(admin_password_hash))
                    .col_expr(user::Column::Active, Expr::value(true))
                    .filter(user::Column::Id.eq(c.user.id.get()))
                    .exec(self.conn())
                    .await?;
            }
            None => {
                let roles: BTreeSet<StaffRole> = [StaffRole::Admin].into_iter().collect();
                self.create_user(&admin_email, "Demo Admin", admin_password_hash, &roles, now).await?;
            }
        }
        let order = purchase_order::Entity::find()
            .filter(purchase_order::Column::Number.eq("ZAM/12/2020"))
            .one(self.conn())
            .await?
            .ok_or(DbError::NotFound)?;
        let customer_admin = self.demo_customer_admin(now).await?;
        let customer = self.demo_stock(now).await?;
        Ok(DemoSummary {
            created,
            admin_email: admin_email.to_string(),
            sample_order: OrderId::new(order.id),
            customer_admin,
            customer,
        })
    }

    /// COMPANY X's Customer Admin: made if missing (also in a demo loaded before there were
    /// contacts), without a token; the caller sends the activation link.
    async fn demo_customer_admin(&self, now: DateTime<Utc>) -> Result<ContactId, DbError> {
        if let Some((c, _)) = self.contact_credentials(DEMO_CUSTOMER_ADMIN_EMAIL).await? {
            return Ok(c.id);
        }
        let company_x = party::Entity::find()
            .filter(party::Column::Code.eq("KB0004"))
            .one(self.conn())
            .await?
            .ok_or(DbError::NotFound)?;
        let facts = ContactFacts {
            name: "Alex Admin".into(),
            email: DEMO_CUSTOMER_ADMIN_EMAIL.into(),
            phone: "+44 20 7946 0000".into(),
            position: "IT administrator".into(),
            language: "en".into(),
        };
        let roles: BTreeSet<ContactRole> = [ContactRole::CustomerAdmin].into_iter().collect();
        let txn = self.conn().begin().await?;
        let id = crate::contacts::insert_contact(&txn, PartyId::new(company_x.id), Side::Customer, &facts, &roles, now)
            .await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Stock for the seed's sample articles, if none was ever loaded (also in a demo loaded
    /// before there was stock): 2124907 above the cap, 12345 below it, one article limited and
    /// one out of stock until a date. Returns COMPANY X.
    async fn demo_stock(&self, now: DateTime<Utc>) -> Result<PartyId, DbError> {
        use crate::entity::stock_level;
        let company_x = party::Entity::find()
            .filter(party::Column::Code.eq("KB0004"))
            .one(self.conn())
            .await?
            .ok_or(DbError::NotFound)?;
        if stock_level::Entity::find().one(self.conn()).await?.is_some() {
            return Ok(PartyId::new(company_x.id));
        }
        let levels: [(&str, &str, Option<NaiveDate>); 5] = [
            ("2124907", "4000", None),
            ("12345", "12", None),
            ("2124911", "180", None),
            ("P199121", "3", Some(d(2027, 1, 15)?)),
            ("12399", "0", Some(d(2027, 2, 1)?)),
        ];
        let txn = self.conn().begin().await?;
        for (article, quantity, expected) in levels {
            let Some(it) = item::Entity::find().filter(item::Column::OrderingNumber.eq(article)).one(&txn).await?
            else {
                continue;
            };
            stock_level::ActiveModel {
                item_id: Set(it.id),
                article: Set(article.to_owned()),
                quantity: Set(quantity.to_owned()),
                limited_at: Set(None),
                expected_date: Set(expected),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        txn.commit().await?;
        Ok(PartyId::new(company_x.id))
    }

    async fn insert_demo(&self, now: DateTime<Utc>) -> Result<(), DbError> {
        let txn = self.conn().begin().await?;
        let party = |code: &str,
                     name: &str,
                     kinds: (bool, bool, bool),
                     account: Option<&str>,
                     cref: Option<&str>,
                     lang: &str| {
            party::ActiveModel {
                code: Set(code.into()),
                name: Set(name.into()),
                is_supplier: Set(kinds.0),
                is_subcontractor: Set(kinds.1),
                is_customer: Set(kinds.2),
                billing_account: Set(account.map(Into::into)),
                customer_ref: Set(cref.map(Into::into)),
                language: Set(lang.into()),
                active: Set(true),
                created_at: Set(now),
                subcontractor_actions: Set(String::new()),
                ..Default::default()
            }
        };
        let stalbud =
            party("11587", "STALBUD Sp. z o.o.", (true, false, false), Some("11587"), None, "pl").insert(&txn).await?;
        let boltex =
            party("20455", "Boltex GmbH", (true, false, false), Some("20455"), None, "de").insert(&txn).await?;
        // The demo subcontractor may declare and import deliveries, propose items, inspect and
        // accept permits; not file requisitions, invoice, register work orders or read LOTO.
        let mut montex = party("P-3001", "MONTEX Usługi Budowlane", (false, true, false), Some("A2345"), None, "pl");
        montex.subcontractor_actions = Set("deliveries,delivery_import,new_items,inspections,work_permits".to_owned());
        let montex = montex.insert(&txn).await?;
        // The organisation that buys on COMPANY X's behalf (issue #6): a party of no other kind.
        let northwind =
            party("PUR-01", "Northwind Procurement Ltd", (false, false, false), None, None, "en").insert(&txn).await?;
        let mut company_x = party("KB0004", "COMPANY X", (false, false, true), None, Some("KB0004"), "en");
        company_x.purchaser_id = Set(Some(northwind.id));
        let company_x = company_x.insert(&txn).await?;
        let both = party("77120", "ELMAR Serwis s.c.", (true, true, true), Some("77120"), Some("KB0017"), "pl")
            .insert(&txn)
            .await?;
        for (p, email) in [
            (&stalbud, "dostawy@stalbud.example"),
            (&boltex, "orders@boltex.example"),
            (&montex, "biuro@montex.example"),
            (&company_x, "purchasing@company-x.example"),
            (&both, "serwis@elmar.example"),
        ] {
            party_email::ActiveModel { party_id: Set(p.id), email: Set(email.into()), ..Default::default() }
                .insert(&txn)
                .await?;
        }

        let c5x340 = contract::ActiveModel {
            number: Set("5X340".into()),
            name: Set("AW-12 Krakow contract".into()),
            scope: Set(Some("MK-1".into())),
            customer_id: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let mk1 = work_order::ActiveModel {
            contract_id: Set(c5x340.id),
            name: Set("MK-1 - load-bearing element".into()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        work_order::ActiveModel {
            contract_id: Set(c5x340.id),
            name: Set("MK-2 - formwork".into()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let c3407 = contract::ActiveModel {
            number: Set("3407".into()),
            name: Set("S33 expressway".into()),
            scope: Set(None),
            customer_id: Set(Some(company_x.id)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        cost_centre::ActiveModel {
            contract_id: Set(c3407.id),
            code: Set("2411".into()),
            name: Set("S33 SUB SECTION X".into()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        work_order::ActiveModel {
            contract_id: Set(c3407.id),
            name: Set("2411 - S33 SUB SECTION X".into()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;

        // COMPANY X's own installations the company services (issue #9): what its service
        // requests and inspections are about.
        for (code, name, site) in [
            ("CX-GATE-1", "Sliding gate, main entrance", "COMPANY X, Warsaw plant"),
            ("CX-HVAC-2", "Air handling unit, hall B", "COMPANY X, Warsaw plant"),
        ] {
            let a = crate::entity::asset::ActiveModel {
                code: Set(code.into()),
                name: Set(name.into()),
                site: Set(site.into()),
                customer_id: Set(Some(company_x.id)),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            // The air handling unit is inspected every quarter: the next one in three weeks.
            if code == "CX-HVAC-2" {
                let checklist = tessera_domain::work_order::parse_checklist(
                    "Filters clean\nBelt tension\nSupply air temperature | °C | 16..22",
                )
                .map_err(|e| DbError::Corrupt(format!("demo checklist: {e:?}")))?;
                crate::entity::inspection_plan::ActiveModel {
                    asset_id: Set(a.id),
                    title: Set("Quarterly AHU inspection".into()),
                    interval_months: Set(3),
                    next_due: Set(now.date_naive() + chrono::Days::new(21)),
                    checklist: Set(serde_json::to_string(&checklist).map_err(|e| DbError::Corrupt(e.to_string()))?),
                    active: Set(true),
                    created_at: Set(now),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
        }

        // An asset subcontractors work on (issue #8), with its lockout/tagout procedure.
        let pump = crate::entity::asset::ActiveModel {
            code: Set("PS2-P1".into()),
            name: Set("Main pump, pump station 2".into()),
            site: Set("Pump station 2".into()),
            customer_id: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let procedure = tessera_domain::loto::parse_procedure(
            "Main pump PS2-P1: isolate before any work",
            "electrical: 400 V motor supply, panel RG-2\nhydraulic: discharge line pressure",
            "Main switch Q1 in panel RG-2, locked open\nValve V-12 on the discharge line, closed and tagged",
            "Tell the control room\nStop the pump at the local station\nOpen Q1, fit your lock and tag\nClose V-12, fit your tag\nBleed the discharge line at drain D-3",
            "Press start at the local station: the pump must not start. The gauge on the discharge line reads 0 bar.",
        )
        .map_err(|e| DbError::Corrupt(format!("demo LOTO procedure: {e:?}")))?;
        crate::entity::loto_procedure::ActiveModel {
            asset_id: Set(pump.id),
            version: Set(1),
            title: Set(procedure.title.as_str().to_owned()),
            body: Set(serde_json::to_string(&procedure).map_err(|e| DbError::Corrupt(e.to_string()))?),
            created_by: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;

        let items: &[(&str, &str, &str, Option<&str>, &str)] = &[
            ("P199120", "ADJUSTABLE BUCKLE 200 MK", "PIECE", Some("Company X"), "100.00"),
            ("P199121", "ANCHOR BOLT M16", "PIECE", Some("Company Y"), "2.50"),
            ("P200400", "REBAR 12 MM", "KG", None, "3.10"),
            ("2124907", "SCREW STICK 1.0 B/D", "PIECE", None, "207.65"),
            ("2124911", "PŁYTA SZALUNKOWA 2,5x0,5", "PIECE", None, "95.00"),
            ("12345", "POWER GENERATOR 40 KVA 230/400 V", "PIECE", None, "4200.00"),
            ("12399", "EXTENSION CORD 25 M", "PIECE", None, "89.00"),
        ];
        let mut item_ids = std::collections::HashMap::new();
        for (num, name, unit, manufacturer, price) in items {
            let m = item::ActiveModel {
                ordering_number: Set((*num).into()),
                name: Set((*name).into()),
                unit: Set((*unit).into()),
                manufacturer: Set(manufacturer.map(Into::into)),
                unit_price: Set(Some((*price).into())),
                active: Set(true),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            item_ids.insert(*num, (m.id, (*name).to_owned(), (*unit).to_owned(), (*price).to_owned()));
        }
        warehouse::ActiveModel { code: Set("MG-1".into()), name: Set("Main warehouse".into()), ..Default::default() }
            .insert(&txn)
            .await?;

        // Orders in different states. (number, supplier, order date, requested, status, lines)
        let orders: Vec<DemoOrder> = vec![
            (
                "ZAM/12/2020",
                stalbud.id,
                d(2020, 6, 4)?,
                d(2020, 6, 18)?,
                "sent",
                vec![Line("P199120", "5.00"), Line("P199121", "40.00"), Line("P200400", "250.5")],
            ),
            ("ZAM/7/2026", stalbud.id, d(2026, 11, 16)?, d(2026, 12, 7)?, "draft", vec![Line("P199121", "400")]),
            (
                "ZAM/8/2026",
                boltex.id,
                d(2026, 11, 2)?,
                d(2026, 11, 30)?,
                "confirmed",
                vec![Line("P199121", "1200"), Line("P199120", "20")],
            ),
            (
                "ZAM/9/2026",
                stalbud.id,
                d(2026, 10, 20)?,
                d(2026, 11, 10)?,
                "partially_delivered",
                vec![Line("P200400", "1000"), Line("P199120", "10")],
            ),
            ("ZAM/10/2026", boltex.id, d(2026, 10, 1)?, d(2026, 10, 15)?, "delivered", vec![Line("P199121", "500")]),
            ("ZAM/11/2026", both.id, d(2026, 9, 14)?, d(2026, 9, 30)?, "cancelled", vec![Line("12399", "6")]),
        ];
        let mut order_ids = std::collections::HashMap::new();
        for (number, supplier, date, requested, status, lines) in orders {
            let o = purchase_order::ActiveModel {
                number: Set(number.into()),
                party_id: Set(supplier),
                order_date: Set(date),
                requested_date: Set(Some(requested)),
                status: Set(status.into()),
                currency: Set("PLN".into()),
                note: Set(None),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
                contract_id: Set(Some(c5x340.id)),
                work_order_id: Set(Some(mk1.id)),
                confirmed_date: Set((status != "sent" && status != "draft").then_some(requested)),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            let mut line_ids = Vec::new();
            for (i, Line(num, qty)) in lines.iter().enumerate() {
                let (id, name, unit, price) = item_ids.get(num).cloned().ok_or(DbError::NotFound)?;
                let value = demo_value(&price, qty)?;
                let l = purchase_order_line::ActiveModel {
                    order_id: Set(o.id),
                    position: Set(i32::try_from(i + 1).unwrap_or(1)),
                    item_id: Set(Some(id)),
                    item_name: Set(name),
                    item_order_number: Set((*num).into()),
                    item_unit: Set(Some(unit)),
                    unit_price: Set(Some(price)),
                    quantity: Set((*qty).into()),
                    value: Set(Some(value)),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                line_ids.push(l);
            }
            order_ids.insert(number, (o, line_ids));
        }

        // A partial delivery for ZAM/9/2026, a full one for ZAM/10/2026 and a complaint on it.
        for (number, order, date, qtys) in [
            ("D/41/2026", "ZAM/9/2026", d(2026, 11, 8)?, vec![("600", Some("600")), ("10", Some("9"))]),
            ("D/33/2026", "ZAM/10/2026", d(2026, 10, 14)?, vec![("500", Some("480"))]),
        ] {
            let (o, lines) = order_ids.get(order).cloned().ok_or(DbError::NotFound)?;
            let dlv = delivery::ActiveModel {
                number: Set(number.into()),
                kind: Set("delivery".into()),
                party_id: Set(o.party_id),
                order_id: Set(Some(o.id)),
                delivery_date: Set(date),
                loading_date: Set(Some(date)),
                status: Set("received".into()),
                created_at: Set(now),
                contract_id: Set(o.contract_id),
                work_order_id: Set(o.work_order_id),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            for (i, ((qty, checked), l)) in qtys.into_iter().zip(lines.iter()).enumerate() {
                let price = l.unit_price.clone().unwrap_or_default();
                delivery_line::ActiveModel {
                    delivery_id: Set(dlv.id),
                    position: Set(i32::try_from(i + 1).unwrap_or(1)),
                    order_line_id: Set(Some(l.id)),
                    checked_quantity: Set(checked.map(Into::into)),
                    item_id: Set(l.item_id),
                    item_name: Set(l.item_name.clone()),
                    item_order_number: Set(l.item_order_number.clone()),
                    item_unit: Set(l.item_unit.clone()),
                    unit_price: Set(l.unit_price.clone()),
                    quantity: Set(qty.into()),
                    value: Set(Some(demo_value(&price, qty)?)),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
            if number == "D/33/2026" {
                let c = complaint::ActiveModel {
                    number: Set("REKL/4/2026".into()),
                    party_id: Set(o.party_id),
                    delivery_id: Set(Some(dlv.id)),
                    complaint_date: Set(d(2026, 10, 16)?),
                    status: Set("open".into()),
                    description: Set(Some("20 bolts missing, 3 with damaged thread.".into())),
                    created_at: Set(now),
                    contract_id: Set(o.contract_id),
                    work_order_id: Set(o.work_order_id),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
                let Some(l) = lines.first() else {
                    return Err(DbError::NotFound);
                };
                complaint_line::ActiveModel {
                    complaint_id: Set(c.id),
                    position: Set(1),
                    quality_quantity: Set(Some("3".into())),
                    missing_quantity: Set(Some("20".into())),
                    item_id: Set(l.item_id),
                    item_name: Set(l.item_name.clone()),
                    item_order_number: Set(l.item_order_number.clone()),
                    item_unit: Set(l.item_unit.clone()),
                    unit_price: Set(l.unit_price.clone()),
                    quantity: Set("500".into()),
                    value: Set(l.value.clone()),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
        }
        txn.commit().await?;
        Ok(())
    }
}
