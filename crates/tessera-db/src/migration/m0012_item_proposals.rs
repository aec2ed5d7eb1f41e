//! Item types proposed by subcontractors (issue #8): pending until staff approve one into the
//! catalogue (a new item), merge it into an existing item, or reject it with a reason.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, fk, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0012_item_proposals"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::Restrict;
        m.create_table(
            Table::create()
                .table(a("item_proposals"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("party_id")))
                .col(big_integer_null(a("link_id")))
                .col(text(a("name")))
                .col(text(a("ordering_number")))
                .col(text(a("unit")))
                .col(text_null(a("manufacturer")))
                .col(text_null(a("unit_price")))
                .col(text_null(a("note")))
                // pending, approved, merged, rejected
                .col(text(a("status")))
                // The catalogue item it became or was merged into.
                .col(big_integer_null(a("item_id")))
                .col(text_null(a("reason")))
                .col(big_integer_null(a("decided_by")))
                .col(timestamp_with_time_zone_null(a("decided_at")))
                .col(timestamp_with_time_zone(a("created_at")))
                .foreign_key(&mut fk("item_proposals", "party_id", "parties", Restrict))
                .foreign_key(&mut fk("item_proposals", "item_id", "items", Restrict))
                .foreign_key(&mut fk("item_proposals", "decided_by", "users", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("item_proposals", "ix_item_proposals_party", &["party_id"], false)).await?;
        m.create_index(index("item_proposals", "ix_item_proposals_status", &["status"], false)).await?;
        Ok(())
    }
}
