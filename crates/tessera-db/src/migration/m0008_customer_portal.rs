//! The customer portal of a manufacturer and its REST API (issue #7): API keys, stock levels,
//! customers' orders (sales orders) with their lines, history and tracking numbers, and the
//! API's idempotency records.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, fk, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0008_customer_portal"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict};
        // API keys: a customer organisation's (`customer_id`) or the host's (NULL). Only the
        // SHA-256 of the secret; `hint` is its first characters, to tell keys apart.
        m.create_table(
            Table::create()
                .table(a("api_keys"))
                .col(big_pk_auto(a("id")))
                .col(big_integer_null(a("customer_id")))
                .col(text(a("name")))
                .col(text(a("hint")))
                .col(text(a("key_hash")))
                .col(text(a("roles")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(text(a("created_by")))
                .col(timestamp_with_time_zone_null(a("revoked_at")))
                .col(timestamp_with_time_zone_null(a("last_used_at")))
                .foreign_key(&mut fk("api_keys", "customer_id", "parties", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("api_keys", "ux_api_keys_hash", &["key_hash"], true)).await?;
        m.create_index(index("api_keys", "ix_api_keys_customer", &["customer_id"], false)).await?;

        // Stock per article, as last loaded; exact decimals as text. The article's ordering
        // number is kept here too, so a stock query is one indexed read.
        m.create_table(
            Table::create()
                .table(a("stock_levels"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("item_id")))
                .col(text(a("article")))
                .col(text(a("quantity")))
                .col(text_null(a("limited_at")))
                .col(date_null(a("expected_date")))
                .col(timestamp_with_time_zone(a("updated_at")))
                .foreign_key(&mut fk("stock_levels", "item_id", "items", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("stock_levels", "ux_stock_levels_item", &["item_id"], true)).await?;
        m.create_index(index("stock_levels", "ux_stock_levels_article", &["article"], true)).await?;

        // A customer's orders. The delivery address, and for dropshipping the end customer's,
        // are kept as given (JSON of the domain's Address).
        m.create_table(
            Table::create()
                .table(a("sales_orders"))
                .col(big_pk_auto(a("id")))
                .col(text(a("number")))
                .col(big_integer(a("customer_id")))
                .col(text_null(a("customer_ref")))
                .col(text(a("status")))
                .col(text(a("delivery_address")))
                .col(text_null(a("end_customer_address")))
                .col(big_integer_null(a("delivery_note_id")))
                .col(text_null(a("delivery_note_number")))
                .col(big_integer_null(a("contact_id")))
                .col(boolean(a("notify")))
                .col(text(a("created_by")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone(a("updated_at")))
                .col(big_integer(a("version")).default(0))
                .foreign_key(&mut fk("sales_orders", "customer_id", "parties", Restrict))
                .foreign_key(&mut fk("sales_orders", "delivery_note_id", "attachments", Restrict))
                .foreign_key(&mut fk("sales_orders", "contact_id", "contacts", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("sales_orders", "ux_sales_orders_number", &["number"], true)).await?;
        m.create_index(index("sales_orders", "ix_sales_orders_customer", &["customer_id", "id"], false)).await?;

        m.create_table(
            Table::create()
                .table(a("sales_order_lines"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("order_id")))
                .col(integer(a("line_no")))
                .col(big_integer(a("item_id")))
                .col(text(a("quantity")))
                .foreign_key(&mut fk("sales_order_lines", "order_id", "sales_orders", Cascade))
                .foreign_key(&mut fk("sales_order_lines", "item_id", "items", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("sales_order_lines", "ux_sales_order_lines", &["order_id", "line_no"], true)).await?;

        // Every status an order went through, who set it and when.
        m.create_table(
            Table::create()
                .table(a("sales_order_events"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("order_id")))
                .col(text(a("status")))
                .col(text_null(a("note")))
                .col(text(a("actor")))
                .col(timestamp_with_time_zone(a("at")))
                .foreign_key(&mut fk("sales_order_events", "order_id", "sales_orders", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("sales_order_events", "ix_sales_order_events_order", &["order_id"], false)).await?;

        m.create_table(
            Table::create()
                .table(a("sales_order_parcels"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("order_id")))
                .col(text(a("carrier")))
                .col(text(a("tracking_number")))
                .col(timestamp_with_time_zone(a("added_at")))
                .foreign_key(&mut fk("sales_order_parcels", "order_id", "sales_orders", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("sales_order_parcels", "ux_sales_order_parcels", &["order_id", "tracking_number"], true))
            .await?;

        // `Idempotency-Key` of a POST: per key and value, the request's hash and the first
        // response, replayed to a retry.
        m.create_table(
            Table::create()
                .table(a("idempotency_keys"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("api_key_id")))
                .col(text(a("idem_key")))
                .col(text(a("request_hash")))
                .col(integer(a("status")))
                .col(text(a("response")))
                .col(timestamp_with_time_zone(a("created_at")))
                .foreign_key(&mut fk("idempotency_keys", "api_key_id", "api_keys", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("idempotency_keys", "ux_idempotency_keys", &["api_key_id", "idem_key"], true)).await?;
        Ok(())
    }
}
