//! Work on sites by subcontractors (issue #8): assets, work orders given to a subcontractor
//! (site or asset, description, due date, checklist), the inspections filled for them,
//! lockout/tagout procedures per asset (each save a new version; every opening recorded), and
//! permits to work with their append-only log.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, fk, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0013_work_orders"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict};
        m.create_table(
            Table::create()
                .table(a("assets"))
                .col(big_pk_auto(a("id")))
                .col(text_uniq(a("code")))
                .col(text(a("name")))
                .col(text(a("site")))
                .col(big_integer_null(a("customer_id")))
                .foreign_key(&mut fk("assets", "customer_id", "parties", Restrict))
                .to_owned(),
        )
        .await?;
        // The work orders that existed are bookings of a contract; a subcontractor's carry more.
        // SQLite cannot add a foreign key to an existing table; the code keeps these consistent.
        for col in [
            big_integer_null(a("party_id")),
            big_integer_null(a("asset_id")),
            text_null(a("site")),
            text_null(a("description")),
            date_null(a("due_date")),
            text(a("status")).default("open").to_owned(),
            text_null(a("checklist")),
            text_null(a("registered_by")),
            timestamp_with_time_zone_null(a("created_at")),
        ] {
            let mut col = col;
            m.alter_table(Table::alter().table(a("work_orders")).add_column(&mut col).to_owned()).await?;
        }
        m.create_index(index("work_orders", "ix_work_orders_party", &["party_id"], false)).await?;
        m.create_table(
            Table::create()
                .table(a("inspections"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("work_order_id")))
                .col(text(a("answers")))
                .col(text(a("confirmed_by")))
                .col(integer(a("failed")))
                .col(big_integer_null(a("link_id")))
                .col(timestamp_with_time_zone(a("submitted_at")))
                // submitted, accepted, sent_back
                .col(text(a("status")))
                .col(text_null(a("review_note")))
                .col(big_integer_null(a("reviewed_by")))
                .col(timestamp_with_time_zone_null(a("reviewed_at")))
                .foreign_key(&mut fk("inspections", "work_order_id", "work_orders", Cascade))
                .foreign_key(&mut fk("inspections", "reviewed_by", "users", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("inspections", "ix_inspections_work_order", &["work_order_id"], false)).await?;
        m.create_table(
            Table::create()
                .table(a("loto_procedures"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("asset_id")))
                .col(integer(a("version")))
                .col(text(a("title")))
                // The procedure as JSON: energy sources, isolation points, steps, verification.
                .col(text(a("body")))
                .col(big_integer_null(a("created_by")))
                .col(timestamp_with_time_zone(a("created_at")))
                .foreign_key(&mut fk("loto_procedures", "asset_id", "assets", Cascade))
                .foreign_key(&mut fk("loto_procedures", "created_by", "users", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("loto_procedures", "ux_loto_procedures", &["asset_id", "version"], true)).await?;
        m.create_table(
            Table::create()
                .table(a("loto_openings"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("procedure_id")))
                .col(big_integer_null(a("link_id")))
                .col(big_integer_null(a("work_order_id")))
                .col(timestamp_with_time_zone(a("opened_at")))
                .foreign_key(&mut fk("loto_openings", "procedure_id", "loto_procedures", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("permits"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("party_id")))
                .col(big_integer_null(a("work_order_id")))
                .col(text(a("kind")))
                .col(text(a("site")))
                .col(timestamp_with_time_zone(a("valid_from")))
                .col(timestamp_with_time_zone(a("valid_until")))
                .col(text_null(a("hazards")))
                .col(text_null(a("precautions")))
                .col(text(a("issued_by")))
                .col(text(a("status")))
                .col(text_null(a("accepted_by")))
                .col(timestamp_with_time_zone_null(a("accepted_at")))
                .col(text_null(a("closed_by")))
                .col(timestamp_with_time_zone_null(a("closed_at")))
                .col(timestamp_with_time_zone(a("created_at")))
                .foreign_key(&mut fk("permits", "party_id", "parties", Restrict))
                .foreign_key(&mut fk("permits", "work_order_id", "work_orders", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("permits", "ix_permits_party", &["party_id"], false)).await?;
        // The log: rows are only ever added.
        m.create_table(
            Table::create()
                .table(a("permit_events"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("permit_id")))
                .col(text(a("event")))
                // The person's name as given, and who acted (`staff:3`, `link:12`).
                .col(text(a("who")))
                .col(text(a("actor")))
                .col(timestamp_with_time_zone(a("at")))
                .col(text_null(a("note")))
                .foreign_key(&mut fk("permit_events", "permit_id", "permits", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("permit_events", "ix_permit_events_permit", &["permit_id"], false)).await?;
        Ok(())
    }
}
