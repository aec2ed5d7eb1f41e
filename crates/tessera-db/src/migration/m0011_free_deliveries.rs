//! Deliveries without an order (issue #8): booked to a cost centre (contract + construction)
//! instead of an order's, and the serial numbers of each line (a JSON array of strings; the
//! small-appliance files carry them).
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::a;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0011_free_deliveries"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite cannot add a foreign key to an existing table; the code keeps it consistent.
        m.alter_table(
            Table::alter().table(a("deliveries")).add_column(big_integer_null(a("cost_centre_id"))).to_owned(),
        )
        .await?;
        m.alter_table(Table::alter().table(a("delivery_lines")).add_column(text_null(a("serial_numbers"))).to_owned())
            .await?;
        Ok(())
    }
}
