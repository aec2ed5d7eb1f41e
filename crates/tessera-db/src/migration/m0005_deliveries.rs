//! Deliveries declared by suppliers and received by the warehouse: who declared a delivery
//! (which link), when it was checked and by whom, a version against stale tabs, and the reason
//! a supplier gives for delivering more than was ordered; when an order was sent.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0005_deliveries"
    }
}

fn a(name: &str) -> Alias {
    Alias::new(name)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        for col in [
            big_integer_null(a("link_id")),
            timestamp_with_time_zone_null(a("declared_at")),
            timestamp_with_time_zone_null(a("received_at")),
            big_integer_null(a("received_by")),
            big_integer(a("version")).default(1).to_owned(),
        ] {
            let mut col = col;
            m.alter_table(Table::alter().table(a("deliveries")).add_column(&mut col).to_owned()).await?;
        }
        m.alter_table(Table::alter().table(a("delivery_lines")).add_column(text_null(a("over_reason"))).to_owned())
            .await?;
        // When the order went to the supplier: the start of the date-answer response time.
        m.alter_table(
            Table::alter()
                .table(a("purchase_orders"))
                .add_column(timestamp_with_time_zone_null(a("sent_at")))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_deliveries_order").table(a("deliveries")).col(a("order_id")).to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_delivery_lines_order_line")
                .table(a("delivery_lines"))
                .col(a("order_line_id"))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
