//! Customer organisations' contacts: the purchaser buying for a customer, contacts with roles,
//! their single-use tokens (activation, sign-in, password reset) and sessions, and the change
//! requests through which an organisation's admins change them.
//!
//! Two columns carry a key only while a row is live, so that a unique index can hold a rule
//! that depends on state (NULLs never collide, on SQLite and PostgreSQL alike):
//! `contacts.email_key` (a removed contact's address can be given to someone new) and
//! `contact_requests.pending_key` (one pending request per organisation).
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0007_contacts"
    }
}

fn a(name: &str) -> Alias {
    Alias::new(name)
}

fn fk(from_table: &str, from_col: &str, to_table: &str, on_delete: ForeignKeyAction) -> ForeignKeyCreateStatement {
    let mut f = ForeignKey::create();
    f.from(a(from_table), a(from_col)).to(a(to_table), a("id")).on_delete(on_delete);
    f
}

fn index(table: &str, name: &str, cols: &[&str], unique: bool) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(a(table));
    for c in cols {
        i.col(a(c));
    }
    if unique {
        i.unique();
    }
    i
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict};
        // The purchaser organisation that buys on a customer's behalf (a party too). SQLite
        // cannot add a foreign key to an existing table; the code keeps it consistent.
        m.alter_table(Table::alter().table(a("parties")).add_column(big_integer_null(a("purchaser_id"))).to_owned())
            .await?;

        m.create_table(
            Table::create()
                .table(a("contacts"))
                .col(big_pk_auto(a("id")))
                // The customer organisation the contact works for; `side` says whether the
                // contact is the customer's own or its purchaser's.
                .col(big_integer(a("customer_id")))
                .col(text(a("side")))
                .col(text(a("name")))
                .col(text(a("email")))
                .col(text_null(a("email_key")))
                .col(text(a("phone")))
                .col(text(a("position")))
                .col(text(a("language")))
                .col(text_null(a("password_hash")))
                .col(timestamp_with_time_zone_null(a("activated_at")))
                .col(boolean(a("active")))
                .col(timestamp_with_time_zone_null(a("removed_at")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(big_integer(a("version")).default(0))
                .foreign_key(&mut fk("contacts", "customer_id", "parties", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("contacts", "ux_contacts_email_key", &["email_key"], true)).await?;
        m.create_index(index("contacts", "ix_contacts_customer", &["customer_id"], false)).await?;

        m.create_table(
            Table::create()
                .table(a("contact_roles"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("contact_id")))
                .col(text(a("role")))
                .foreign_key(&mut fk("contact_roles", "contact_id", "contacts", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("contact_roles", "ux_contact_roles", &["contact_id", "role"], true)).await?;

        m.create_table(
            Table::create()
                .table(a("contact_tokens"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("contact_id")))
                // `activation`, `sign_in`, `reset`.
                .col(text(a("purpose")))
                .col(text_uniq(a("token_hash")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone(a("expires_at")))
                .col(timestamp_with_time_zone_null(a("used_at")))
                .foreign_key(&mut fk("contact_tokens", "contact_id", "contacts", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("contact_tokens", "ix_contact_tokens_contact", &["contact_id"], false)).await?;

        m.create_table(
            Table::create()
                .table(a("contact_sessions"))
                .col(big_pk_auto(a("id")))
                .col(text_uniq(a("token_hash")))
                .col(big_integer(a("contact_id")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone(a("last_seen_at")))
                .col(timestamp_with_time_zone(a("expires_at")))
                .col(text_null(a("ip")))
                .foreign_key(&mut fk("contact_sessions", "contact_id", "contacts", Cascade))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(a("contact_requests"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("customer_id")))
                .col(big_integer(a("requested_by")))
                .col(text(a("status")))
                .col(big_integer_null(a("pending_key")))
                // The changes, as JSON (`tessera_domain::contact::ChangeSet`).
                .col(text(a("changes")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone_null(a("decided_at")))
                .col(big_integer_null(a("decided_by")))
                .col(text_null(a("reason")))
                .col(big_integer(a("version")).default(0))
                .foreign_key(&mut fk("contact_requests", "customer_id", "parties", Restrict))
                .foreign_key(&mut fk("contact_requests", "requested_by", "contacts", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("contact_requests", "ux_contact_requests_pending", &["pending_key"], true)).await?;
        m.create_index(index("contact_requests", "ix_contact_requests_customer", &["customer_id"], false)).await?;

        m.create_table(
            Table::create()
                .table(a("contact_request_messages"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("request_id")))
                .col(timestamp_with_time_zone(a("at")))
                // `contact` or `staff`, and which one.
                .col(text(a("author_kind")))
                .col(big_integer(a("author_id")))
                .col(text(a("author_name")))
                .col(text(a("body")))
                .foreign_key(&mut fk("contact_request_messages", "request_id", "contact_requests", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("contact_request_messages", "ix_contact_request_messages", &["request_id"], false))
            .await?;
        Ok(())
    }
}
