//! The customer portal's document library (issue #7): installation instructions per article
//! (for everyone or for one customer), contacts' subscriptions to an article's instructions,
//! and documents per customer organisation (from the company or from the customer). Each row
//! of `instructions` and `customer_documents` is one version of a title; the version before
//! is kept with `superseded_at` set. The file's facts are kept on the row (the bytes are in the
//! file store): `attachments.party_id` is required, and an instruction for everyone has no party.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, fk, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0009_instructions_documents"
    }
}

/// The facts of a stored file, as `attachments` keeps them.
fn file_columns(t: &mut TableCreateStatement) {
    t.col(text_uniq(a("storage_key")))
        .col(text(a("file_name")))
        .col(text(a("content_type")))
        .col(big_integer(a("size")))
        .col(text(a("sha256")))
        .col(timestamp_with_time_zone(a("uploaded_at")))
        .col(text(a("uploaded_by")))
        .col(text(a("uploaded_by_name")))
        .col(timestamp_with_time_zone_null(a("superseded_at")));
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict};
        // `audience` is `all` or `party:<id>`: a version is unique per article, audience,
        // title (as matched: `title_key`) and number, NULL customers included.
        let mut t = Table::create();
        t.table(a("instructions"))
            .col(big_pk_auto(a("id")))
            .col(big_integer(a("item_id")))
            .col(big_integer_null(a("customer_id")))
            .col(text(a("audience")))
            .col(text(a("title")))
            .col(text(a("title_key")))
            .col(integer(a("version")))
            .col(text_null(a("note")));
        file_columns(&mut t);
        t.foreign_key(&mut fk("instructions", "item_id", "items", Restrict)).foreign_key(&mut fk(
            "instructions",
            "customer_id",
            "parties",
            Restrict,
        ));
        m.create_table(t.to_owned()).await?;
        m.create_index(index(
            "instructions",
            "ux_instructions_version",
            &["item_id", "audience", "title_key", "version"],
            true,
        ))
        .await?;
        m.create_index(index("instructions", "ix_instructions_customer", &["customer_id"], false)).await?;

        m.create_table(
            Table::create()
                .table(a("instruction_subscriptions"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("contact_id")))
                .col(big_integer(a("item_id")))
                .col(timestamp_with_time_zone(a("created_at")))
                .foreign_key(&mut fk("instruction_subscriptions", "contact_id", "contacts", Cascade))
                .foreign_key(&mut fk("instruction_subscriptions", "item_id", "items", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "instruction_subscriptions",
            "ux_instruction_subscriptions",
            &["contact_id", "item_id"],
            true,
        ))
        .await?;
        m.create_index(index("instruction_subscriptions", "ix_instruction_subscriptions_item", &["item_id"], false))
            .await?;

        // `origin` is `company` (staff, for the customer) or `customer` (its contacts, for staff).
        let mut t = Table::create();
        t.table(a("customer_documents"))
            .col(big_pk_auto(a("id")))
            .col(big_integer(a("customer_id")))
            .col(text(a("category")))
            .col(text(a("origin")))
            .col(text(a("title")))
            .col(text(a("title_key")))
            .col(integer(a("version")))
            .col(text_null(a("note")));
        file_columns(&mut t);
        t.foreign_key(&mut fk("customer_documents", "customer_id", "parties", Restrict));
        m.create_table(t.to_owned()).await?;
        m.create_index(index(
            "customer_documents",
            "ux_customer_documents_version",
            &["customer_id", "origin", "category", "title_key", "version"],
            true,
        ))
        .await?;
        m.create_index(index("customer_documents", "ix_customer_documents_origin", &["origin", "id"], false)).await?;
        Ok(())
    }
}
