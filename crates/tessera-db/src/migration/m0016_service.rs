//! Service for customers (issue #9): the service requests and defects customers report for
//! their sites and assets, each request's timeline, the service jobs and inspections planned
//! (for a request, or from an asset's inspection plan), and the plans themselves.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{a, fk, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0016_service"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict};
        m.create_table(
            Table::create()
                .table(a("service_requests"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("customer_id")))
                .col(big_integer_null(a("asset_id")))
                .col(text(a("site")))
                .col(text(a("category")))
                .col(text(a("priority")))
                .col(text(a("description")))
                .col(text(a("contact_name")))
                .col(text_null(a("contact_email")))
                .col(text_null(a("contact_phone")))
                .col(text_null(a("preferred_time")))
                // new, question, answered, accepted, planned, rejected, closed
                .col(text(a("status")))
                // The language the customer reported in: its emails are in it.
                .col(text(a("language")))
                // Emails on each status change, until the reader unsubscribes (per request).
                .col(boolean(a("notify")))
                // Who reported it: `link:12`, `contact:4`.
                .col(text(a("reported_by")))
                .col(text_null(a("summary")))
                .col(integer_null(a("rating")))
                .col(text_null(a("rating_comment")))
                .col(timestamp_with_time_zone_null(a("rated_at")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone(a("updated_at")))
                .foreign_key(&mut fk("service_requests", "customer_id", "parties", Restrict))
                .foreign_key(&mut fk("service_requests", "asset_id", "assets", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("service_requests", "ix_service_requests_customer", &["customer_id"], false)).await?;
        m.create_table(
            Table::create()
                .table(a("inspection_plans"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("asset_id")))
                .col(text(a("title")))
                .col(integer(a("interval_months")))
                .col(date(a("next_due")))
                // The checklist as JSON, as a work order's.
                .col(text(a("checklist")))
                .col(boolean(a("active")))
                .col(timestamp_with_time_zone(a("created_at")))
                .foreign_key(&mut fk("inspection_plans", "asset_id", "assets", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(index("inspection_plans", "ix_inspection_plans_asset", &["asset_id"], false)).await?;
        m.create_table(
            Table::create()
                .table(a("service_jobs"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("customer_id")))
                .col(big_integer_null(a("request_id")))
                .col(big_integer_null(a("plan_id")))
                .col(big_integer_null(a("asset_id")))
                .col(text(a("site")))
                .col(text(a("title")))
                .col(date(a("planned_for")))
                .col(text_null(a("technician")))
                // planned, in_progress, waiting_for_parts, done
                .col(text(a("status")))
                // The checklist as JSON ("[]": a job without an inspection), and its answers.
                .col(text(a("checklist")))
                .col(text_null(a("answers")))
                .col(text_null(a("confirmed_by")))
                .col(integer_null(a("failed")))
                .col(timestamp_with_time_zone_null(a("inspected_at")))
                // What the technician says to the customer.
                .col(text_null(a("notes")))
                .col(timestamp_with_time_zone_null(a("done_at")))
                .col(timestamp_with_time_zone(a("created_at")))
                .foreign_key(&mut fk("service_jobs", "customer_id", "parties", Restrict))
                .foreign_key(&mut fk("service_jobs", "request_id", "service_requests", Restrict))
                .foreign_key(&mut fk("service_jobs", "plan_id", "inspection_plans", Restrict))
                .foreign_key(&mut fk("service_jobs", "asset_id", "assets", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("service_jobs", "ix_service_jobs_customer", &["customer_id"], false)).await?;
        m.create_index(index("service_jobs", "ix_service_jobs_request", &["request_id"], false)).await?;
        // The timeline: rows are only ever added.
        m.create_table(
            Table::create()
                .table(a("service_events"))
                .col(big_pk_auto(a("id")))
                .col(big_integer_null(a("request_id")))
                .col(big_integer_null(a("job_id")))
                .col(text(a("kind")))
                // A job's new status, for `job_status` events.
                .col(text_null(a("job_status")))
                .col(text_null(a("body")))
                // Who acted (`staff:3`, `link:12`, `contact:4`) and their name as shown.
                .col(text(a("actor")))
                .col(text(a("who")))
                .col(timestamp_with_time_zone(a("at")))
                .foreign_key(&mut fk("service_events", "request_id", "service_requests", Restrict))
                .foreign_key(&mut fk("service_events", "job_id", "service_jobs", Restrict))
                .to_owned(),
        )
        .await?;
        m.create_index(index("service_events", "ix_service_events_request", &["request_id"], false)).await?;
        m.create_index(index("service_events", "ix_service_events_job", &["job_id"], false)).await?;
        // Each email about a request carries its own unsubscribe link; only the SHA-256 of the
        // link's secret is kept.
        m.create_table(
            Table::create()
                .table(a("service_unsubscribes"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("request_id")))
                .col(text_uniq(a("token_hash")))
                .col(timestamp_with_time_zone(a("created_at")))
                .foreign_key(&mut fk("service_unsubscribes", "request_id", "service_requests", Cascade))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
