//! Complaints, end to end: a version for optimistic checks, the supplier's answer per line,
//! one thread of messages, and attachments (files kept outside the database, their facts here).
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0006_complaints"
    }
}

fn a(name: &str) -> Alias {
    Alias::new(name)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite takes one added column per statement.
        m.alter_table(
            Table::alter().table(a("complaints")).add_column(big_integer(a("version")).default(0)).to_owned(),
        )
        .await?;
        for col in [
            big_integer_null(a("delivery_line_id")),
            text_null(a("answer")),
            text_null(a("answer_reason")),
            text_null(a("answer_value")),
            timestamp_with_time_zone_null(a("answered_at")),
        ] {
            let mut col = col;
            m.alter_table(Table::alter().table(a("complaint_lines")).add_column(&mut col).to_owned()).await?;
        }
        m.create_table(
            Table::create()
                .table(a("complaint_messages"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("complaint_id")))
                .col(timestamp_with_time_zone(a("at")))
                // `staff` or `supplier`, and who: a user id or a link id.
                .col(text(a("author_kind")))
                .col(big_integer_null(a("author_id")))
                .col(text(a("author_name")))
                // `raised`, `comment`, `answer`, `decision`.
                .col(text(a("kind")))
                .col(text_null(a("body")))
                // After a decision: the status it led to.
                .col(text_null(a("status")))
                .foreign_key(
                    ForeignKey::create()
                        .from(a("complaint_messages"), a("complaint_id"))
                        .to(a("complaints"), a("id"))
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_complaint_messages")
                .table(a("complaint_messages"))
                .col(a("complaint_id"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("attachments"))
                .col(big_pk_auto(a("id")))
                // The file store's key: random, never the uploader's name.
                .col(text_uniq(a("storage_key")))
                .col(text(a("file_name")))
                .col(text(a("content_type")))
                .col(big_integer(a("size")))
                .col(text(a("sha256")))
                // What it belongs to (`complaint`, `delivery`…) and whose it is.
                .col(text(a("owner_kind")))
                .col(big_integer(a("owner_id")))
                .col(big_integer(a("party_id")))
                .col(big_integer_null(a("message_id")))
                .col(timestamp_with_time_zone(a("uploaded_at")))
                .col(text(a("uploaded_by")))
                .foreign_key(
                    ForeignKey::create()
                        .from(a("attachments"), a("party_id"))
                        .to(a("parties"), a("id"))
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_attachments_owner")
                .table(a("attachments"))
                .col(a("owner_kind"))
                .col(a("owner_id"))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
