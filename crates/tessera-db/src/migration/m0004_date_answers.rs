//! Suppliers' answers about delivery dates, and the buyer's decisions on them.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0004_date_answers"
    }
}

fn a(name: &str) -> Alias {
    Alias::new(name)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("purchase_orders")).add_column(date_null(a("confirmed_date"))).to_owned())
            .await?;
        m.create_table(
            Table::create()
                .table(a("date_answers"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("order_id")))
                .col(text(a("kind")))
                .col(date(a("date")))
                .col(text_null(a("comment")))
                .col(text(a("status")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(big_integer_null(a("link_id")))
                .col(timestamp_with_time_zone_null(a("decided_at")))
                .col(big_integer_null(a("decided_by")))
                .col(text_null(a("reason")))
                .foreign_key(
                    ForeignKey::create()
                        .from(a("date_answers"), a("order_id"))
                        .to(a("purchase_orders"), a("id"))
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_date_answers_order").table(a("date_answers")).col(a("order_id")).to_owned(),
        )
        .await?;
        Ok(())
    }
}
