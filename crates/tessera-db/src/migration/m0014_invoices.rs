//! Invoices a subcontractor issues for completed work (issue #8): a number unique per
//! subcontractor, dates, currency, the stated totals (exact decimals as text, as every money
//! column), the status staff set (issued, accepted, disputed with a reason), and the lines, each
//! tied to one of the subcontractor's work orders or deliveries, or to nothing.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, fk, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0014_invoices"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict};
        m.create_table(
            Table::create()
                .table(a("invoices"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("party_id")))
                .col(big_integer_null(a("link_id")))
                .col(text(a("number")))
                .col(date(a("issue_date")))
                .col(date_null(a("service_date")))
                .col(date_null(a("due_date")))
                .col(text(a("currency")))
                .col(text(a("net")))
                .col(text(a("vat")))
                .col(text(a("gross")))
                // issued, accepted, disputed
                .col(text(a("status")))
                .col(text_null(a("reason")))
                .col(big_integer_null(a("reviewed_by")))
                .col(timestamp_with_time_zone_null(a("reviewed_at")))
                .col(timestamp_with_time_zone(a("created_at")))
                .foreign_key(&mut fk("invoices", "party_id", "parties", Restrict))
                .foreign_key(&mut fk("invoices", "reviewed_by", "users", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("invoices", "ux_invoices_party_number", &["party_id", "number"], true)).await?;
        m.create_index(index("invoices", "ix_invoices_status", &["status"], false)).await?;
        m.create_table(
            Table::create()
                .table(a("invoice_lines"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("invoice_id")))
                .col(integer(a("position")))
                .col(text(a("description")))
                .col(text(a("quantity")))
                .col(text(a("unit")))
                .col(text(a("unit_price")))
                .col(text(a("net")))
                .col(text(a("vat_rate")))
                .col(big_integer_null(a("work_order_id")))
                .col(big_integer_null(a("delivery_id")))
                .foreign_key(&mut fk("invoice_lines", "invoice_id", "invoices", Cascade))
                .foreign_key(&mut fk("invoice_lines", "work_order_id", "work_orders", Restrict))
                .foreign_key(&mut fk("invoice_lines", "delivery_id", "deliveries", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("invoice_lines", "ix_invoice_lines_invoice", &["invoice_id"], false)).await?;
        Ok(())
    }
}
