//! Requisitions by subcontractors (issue #8): materials or services requested, with a
//! needed-by date and optionally the work order they are for; staff approve, reject or turn one
//! into a purchase order.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, fk, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0015_requisitions"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict};
        m.create_table(
            Table::create()
                .table(a("requisitions"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("party_id")))
                .col(big_integer_null(a("link_id")))
                .col(date(a("needed_by")))
                .col(big_integer_null(a("work_order_id")))
                .col(text_null(a("note")))
                // filed, approved, rejected, ordered
                .col(text(a("status")))
                .col(text_null(a("reason")))
                // The purchase order it became.
                .col(big_integer_null(a("order_id")))
                .col(big_integer_null(a("decided_by")))
                .col(timestamp_with_time_zone_null(a("decided_at")))
                .col(timestamp_with_time_zone(a("created_at")))
                .foreign_key(&mut fk("requisitions", "party_id", "parties", Restrict))
                .foreign_key(&mut fk("requisitions", "work_order_id", "work_orders", Restrict))
                .foreign_key(&mut fk("requisitions", "order_id", "purchase_orders", Restrict))
                .foreign_key(&mut fk("requisitions", "decided_by", "users", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("requisitions", "ix_requisitions_party", &["party_id"], false)).await?;
        m.create_table(
            Table::create()
                .table(a("requisition_lines"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("requisition_id")))
                .col(integer(a("position")))
                .col(big_integer_null(a("item_id")))
                .col(text(a("description")))
                .col(text(a("quantity")))
                .col(text_null(a("unit")))
                .foreign_key(&mut fk("requisition_lines", "requisition_id", "requisitions", Cascade))
                .foreign_key(&mut fk("requisition_lines", "item_id", "items", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("requisition_lines", "ix_requisition_lines", &["requisition_id"], false)).await?;
        Ok(())
    }
}
