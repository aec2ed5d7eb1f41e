//! The domain core: parties, contracts, items, orders, deliveries, complaints, warehouse
//! documents; staff users and their sessions; sign-in failures; the audit log.
//!
//! Money and quantities are TEXT holding the exact decimal (`123.45`), the same on SQLite and
//! PostgreSQL, so no driver ever turns them into floats.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0001_core"
    }
}

fn a(name: &str) -> Alias {
    Alias::new(name)
}

fn table(name: &str) -> TableCreateStatement {
    let mut t = Table::create();
    t.table(a(name)).col(big_pk_auto(a("id")));
    t
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

/// Item columns shared by every kind of document line, as the flat files carry them.
fn item_cols(t: &mut TableCreateStatement) {
    t.col(big_integer_null(a("item_id")))
        .col(text(a("item_name")))
        .col(text(a("item_order_number")))
        .col(text_null(a("item_unit")))
        .col(text_null(a("unit_price")))
        .col(text(a("quantity")))
        .col(text_null(a("value")))
        .foreign_key(&mut fk_item());
}

fn fk_item() -> ForeignKeyCreateStatement {
    ForeignKey::create().from_col(a("item_id")).to(a("items"), a("id")).on_delete(ForeignKeyAction::Restrict).to_owned()
}

/// Contract and work order a document is booked to.
fn booking_cols(t: &mut TableCreateStatement, name: &str) {
    t.col(big_integer_null(a("contract_id")))
        .col(big_integer_null(a("work_order_id")))
        .foreign_key(&mut fk(name, "contract_id", "contracts", ForeignKeyAction::Restrict))
        .foreign_key(&mut fk(name, "work_order_id", "work_orders", ForeignKeyAction::Restrict));
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict};

        m.create_table(
            table("parties")
                .col(text_uniq(a("code")))
                .col(text(a("name")))
                .col(boolean(a("is_supplier")))
                .col(boolean(a("is_subcontractor")))
                .col(boolean(a("is_customer")))
                .col(text_null(a("billing_account")))
                .col(text_null(a("customer_ref")))
                .col(text(a("language")))
                .col(boolean(a("active")))
                .col(timestamp_with_time_zone(a("created_at")))
                .to_owned(),
        )
        .await?;
        m.create_table(
            table("party_emails")
                .col(big_integer(a("party_id")))
                .col(text(a("email")))
                .foreign_key(&mut fk("party_emails", "party_id", "parties", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("party_emails", "ux_party_emails", &["party_id", "email"], true)).await?;

        m.create_table(
            table("contracts")
                .col(text_uniq(a("number")))
                .col(text(a("name")))
                .col(text_null(a("scope")))
                .col(big_integer_null(a("customer_id")))
                .foreign_key(&mut fk("contracts", "customer_id", "parties", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_table(
            table("work_orders")
                .col(big_integer(a("contract_id")))
                .col(text(a("name")))
                .foreign_key(&mut fk("work_orders", "contract_id", "contracts", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("work_orders", "ux_work_orders", &["contract_id", "name"], true)).await?;
        m.create_table(
            table("cost_centres")
                .col(big_integer(a("contract_id")))
                .col(text(a("code")))
                .col(text(a("name")))
                .foreign_key(&mut fk("cost_centres", "contract_id", "contracts", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("cost_centres", "ux_cost_centres", &["contract_id", "code"], true)).await?;

        m.create_table(
            table("items")
                .col(text_uniq(a("ordering_number")))
                .col(text(a("name")))
                .col(text(a("unit")))
                .col(text_null(a("manufacturer")))
                .col(text_null(a("unit_price")))
                .col(boolean(a("active")))
                .to_owned(),
        )
        .await?;
        m.create_table(table("warehouses").col(text_uniq(a("code"))).col(text(a("name"))).to_owned()).await?;

        let mut t = table("purchase_orders");
        t.col(text_uniq(a("number")))
            .col(big_integer(a("party_id")))
            .col(date(a("order_date")))
            .col(date_null(a("requested_date")))
            .col(text(a("status")))
            .col(text(a("currency")))
            .col(text_null(a("note")))
            .col(big_integer(a("version")))
            .col(timestamp_with_time_zone(a("created_at")))
            .col(timestamp_with_time_zone(a("updated_at")))
            .foreign_key(&mut fk("purchase_orders", "party_id", "parties", Restrict));
        booking_cols(&mut t, "purchase_orders");
        m.create_table(t).await?;
        m.create_index(index("purchase_orders", "ix_purchase_orders_party", &["party_id"], false)).await?;

        let mut t = table("purchase_order_lines");
        t.col(big_integer(a("order_id"))).col(integer(a("position"))).foreign_key(&mut fk(
            "purchase_order_lines",
            "order_id",
            "purchase_orders",
            Cascade,
        ));
        item_cols(&mut t);
        m.create_table(t).await?;
        m.create_index(index("purchase_order_lines", "ix_po_lines_order", &["order_id"], false)).await?;

        let mut t = table("deliveries");
        t.col(text(a("number")))
            .col(text(a("kind")))
            .col(big_integer(a("party_id")))
            .col(big_integer_null(a("order_id")))
            .col(date(a("delivery_date")))
            .col(date_null(a("loading_date")))
            .col(text(a("status")))
            .col(timestamp_with_time_zone(a("created_at")))
            .foreign_key(&mut fk("deliveries", "party_id", "parties", Restrict))
            .foreign_key(&mut fk("deliveries", "order_id", "purchase_orders", Restrict));
        booking_cols(&mut t, "deliveries");
        m.create_table(t).await?;
        m.create_index(index("deliveries", "ux_deliveries", &["party_id", "kind", "number"], true)).await?;

        let mut t = table("delivery_lines");
        t.col(big_integer(a("delivery_id")))
            .col(integer(a("position")))
            .col(big_integer_null(a("order_line_id")))
            .col(text_null(a("checked_quantity")))
            .foreign_key(&mut fk("delivery_lines", "delivery_id", "deliveries", Cascade))
            .foreign_key(&mut fk("delivery_lines", "order_line_id", "purchase_order_lines", Restrict));
        item_cols(&mut t);
        m.create_table(t).await?;
        m.create_index(index("delivery_lines", "ix_delivery_lines", &["delivery_id"], false)).await?;

        let mut t = table("complaints");
        t.col(text_uniq(a("number")))
            .col(big_integer(a("party_id")))
            .col(big_integer_null(a("delivery_id")))
            .col(date(a("complaint_date")))
            .col(text(a("status")))
            .col(text_null(a("description")))
            .col(timestamp_with_time_zone(a("created_at")))
            .foreign_key(&mut fk("complaints", "party_id", "parties", Restrict))
            .foreign_key(&mut fk("complaints", "delivery_id", "deliveries", Restrict));
        booking_cols(&mut t, "complaints");
        m.create_table(t).await?;

        let mut t = table("complaint_lines");
        t.col(big_integer(a("complaint_id")))
            .col(integer(a("position")))
            .col(text_null(a("quality_quantity")))
            .col(text_null(a("missing_quantity")))
            .foreign_key(&mut fk("complaint_lines", "complaint_id", "complaints", Cascade));
        item_cols(&mut t);
        m.create_table(t).await?;

        let mut t = table("warehouse_documents");
        t.col(text_uniq(a("number")))
            .col(text(a("doc_type")))
            .col(date(a("doc_date")))
            .col(big_integer(a("warehouse_id")))
            .col(text_null(a("account")))
            .col(timestamp_with_time_zone(a("created_at")))
            .foreign_key(&mut fk("warehouse_documents", "warehouse_id", "warehouses", Restrict));
        booking_cols(&mut t, "warehouse_documents");
        m.create_table(t).await?;

        let mut t = table("warehouse_document_lines");
        t.col(big_integer(a("document_id")))
            .col(integer(a("position")))
            .col(text_null(a("storage_location")))
            .col(text_null(a("manufacturer")))
            .foreign_key(&mut fk("warehouse_document_lines", "document_id", "warehouse_documents", Cascade));
        item_cols(&mut t);
        m.create_table(t).await?;

        m.create_table(
            table("users")
                .col(text_uniq(a("email")))
                .col(text(a("password_hash")))
                .col(text(a("display_name")))
                .col(text_null(a("language")))
                .col(boolean(a("active")))
                .col(timestamp_with_time_zone(a("created_at")))
                .to_owned(),
        )
        .await?;
        m.create_table(
            table("user_roles")
                .col(big_integer(a("user_id")))
                .col(text(a("role")))
                .foreign_key(&mut fk("user_roles", "user_id", "users", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("user_roles", "ux_user_roles", &["user_id", "role"], true)).await?;

        m.create_table(
            table("sessions")
                .col(text_uniq(a("token_hash")))
                .col(big_integer(a("user_id")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone(a("last_seen_at")))
                .col(timestamp_with_time_zone(a("expires_at")))
                .col(text_null(a("ip")))
                .foreign_key(&mut fk("sessions", "user_id", "users", Cascade))
                .to_owned(),
        )
        .await?;

        m.create_table(
            table("auth_failures")
                .col(text(a("kind")))
                .col(text(a("key")))
                .col(timestamp_with_time_zone(a("at")))
                .to_owned(),
        )
        .await?;
        m.create_index(index("auth_failures", "ix_auth_failures", &["kind", "key", "at"], false)).await?;

        m.create_table(
            table("audit_events")
                .col(timestamp_with_time_zone(a("at")))
                .col(text(a("actor_kind")))
                .col(text_null(a("actor")))
                .col(text(a("action")))
                .col(text_null(a("object")))
                .col(text(a("outcome")))
                .col(text_null(a("ip")))
                .col(text_null(a("detail")))
                .to_owned(),
        )
        .await?;
        m.create_index(index("audit_events", "ix_audit_events_at", &["at"], false)).await?;
        Ok(())
    }
}
