//! The email outbox: a message is written in the same transaction as the change that causes
//! it, and a background worker sends it (see docs/mail.md).
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0002_outbox"
    }
}

fn a(name: &str) -> Alias {
    Alias::new(name)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(a("outbox"))
                .col(big_pk_auto(a("id")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(text(a("to_address")))
                .col(text(a("language")))
                .col(text(a("subject")))
                .col(text(a("text_body")))
                .col(text(a("html_body")))
                // pending, sending, sent, failed
                .col(text(a("status")))
                .col(integer(a("attempts")))
                .col(timestamp_with_time_zone(a("next_attempt_at")))
                .col(timestamp_with_time_zone_null(a("claimed_until")))
                .col(text_null(a("last_error")))
                .col(timestamp_with_time_zone_null(a("sent_at")))
                .col(text_null(a("transport")))
                .col(text_null(a("message_id")))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_outbox_status_next")
                .table(a("outbox"))
                .col(a("status"))
                .col(a("next_attempt_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("ix_outbox_created").table(a("outbox")).col(a("created_at")).to_owned())
            .await?;
        Ok(())
    }
}
