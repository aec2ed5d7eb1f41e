//! Access links and the portal sessions opened with them. Secrets are stored only as SHA-256.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0003_links"
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
                .table(a("access_links"))
                .col(big_pk_auto(a("id")))
                .col(text_uniq(a("token_hash")))
                .col(text(a("portal")))
                .col(big_integer(a("party_id")))
                .col(text_null(a("object_kind")))
                .col(big_integer_null(a("object_id")))
                .col(text(a("actions")))
                .col(boolean(a("require_code")))
                .col(text_null(a("note")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(big_integer_null(a("created_by")))
                .col(timestamp_with_time_zone(a("expires_at")))
                .col(timestamp_with_time_zone_null(a("revoked_at")))
                .col(timestamp_with_time_zone_null(a("last_used_at")))
                .col(big_integer(a("use_count")))
                .col(big_integer_null(a("replaces")))
                .foreign_key(
                    ForeignKey::create()
                        .from(a("access_links"), a("party_id"))
                        .to(a("parties"), a("id"))
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(a("access_links"), a("created_by"))
                        .to(a("users"), a("id"))
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_access_links_party").table(a("access_links")).col(a("party_id")).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("link_sessions"))
                .col(big_pk_auto(a("id")))
                .col(text_uniq(a("token_hash")))
                .col(big_integer(a("link_id")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone(a("expires_at")))
                .col(text_null(a("ip")))
                // A link that asks for a one-time code: the session works once the code is entered.
                .col(boolean(a("verified")))
                .col(text_null(a("code_hash")))
                .col(timestamp_with_time_zone_null(a("code_expires_at")))
                .col(integer(a("code_attempts")))
                .foreign_key(
                    ForeignKey::create()
                        .from(a("link_sessions"), a("link_id"))
                        .to(a("access_links"), a("id"))
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
