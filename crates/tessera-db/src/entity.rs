//! SeaORM entities, one per table. Only this crate sees them; the rest of the project gets
//! domain types from the query modules.
#![allow(dead_code)]

macro_rules! entity {
    ($module:ident, $table:literal, { $($field:tt)* }) => {
        pub mod $module {
            use sea_orm::entity::prelude::*;

            #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
            #[sea_orm(table_name = $table)]
            pub struct Model {
                #[sea_orm(primary_key)]
                pub id: i64,
                $($field)*
            }

            #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
            pub enum Relation {}

            impl ActiveModelBehavior for ActiveModel {}
        }
    };
}

entity!(party, "parties", {
    pub code: String,
    pub name: String,
    pub is_supplier: bool,
    pub is_subcontractor: bool,
    pub is_customer: bool,
    pub billing_account: Option<String>,
    pub customer_ref: Option<String>,
    pub language: String,
    pub active: bool,
    pub created_at: DateTimeUtc,
    pub purchaser_id: Option<i64>,
    pub subcontractor_actions: String,
});

entity!(party_email, "party_emails", {
    pub party_id: i64,
    pub email: String,
});

entity!(contract, "contracts", {
    pub number: String,
    pub name: String,
    pub scope: Option<String>,
    pub customer_id: Option<i64>,
});

entity!(work_order, "work_orders", {
    pub contract_id: i64,
    pub name: String,
    pub party_id: Option<i64>,
    pub asset_id: Option<i64>,
    pub site: Option<String>,
    pub description: Option<String>,
    pub due_date: Option<Date>,
    pub status: String,
    pub checklist: Option<String>,
    pub registered_by: Option<String>,
    pub created_at: Option<DateTimeUtc>,
});

entity!(cost_centre, "cost_centres", {
    pub contract_id: i64,
    pub code: String,
    pub name: String,
});

entity!(item, "items", {
    pub ordering_number: String,
    pub name: String,
    pub unit: String,
    pub manufacturer: Option<String>,
    pub unit_price: Option<String>,
    pub active: bool,
});

entity!(warehouse, "warehouses", {
    pub code: String,
    pub name: String,
});

entity!(purchase_order, "purchase_orders", {
    pub number: String,
    pub party_id: i64,
    pub order_date: Date,
    pub requested_date: Option<Date>,
    pub status: String,
    pub currency: String,
    pub note: Option<String>,
    pub version: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub contract_id: Option<i64>,
    pub work_order_id: Option<i64>,
    pub confirmed_date: Option<Date>,
    pub sent_at: Option<DateTimeUtc>,
});

entity!(purchase_order_line, "purchase_order_lines", {
    pub order_id: i64,
    pub position: i32,
    pub item_id: Option<i64>,
    pub item_name: String,
    pub item_order_number: String,
    pub item_unit: Option<String>,
    pub unit_price: Option<String>,
    pub quantity: String,
    pub value: Option<String>,
});

entity!(delivery, "deliveries", {
    pub number: String,
    pub kind: String,
    pub party_id: i64,
    pub order_id: Option<i64>,
    pub delivery_date: Date,
    pub loading_date: Option<Date>,
    pub status: String,
    pub created_at: DateTimeUtc,
    pub contract_id: Option<i64>,
    pub work_order_id: Option<i64>,
    pub link_id: Option<i64>,
    pub declared_at: Option<DateTimeUtc>,
    pub received_at: Option<DateTimeUtc>,
    pub received_by: Option<i64>,
    pub version: i64,
    pub cost_centre_id: Option<i64>,
});

entity!(delivery_line, "delivery_lines", {
    pub delivery_id: i64,
    pub position: i32,
    pub order_line_id: Option<i64>,
    pub checked_quantity: Option<String>,
    pub item_id: Option<i64>,
    pub item_name: String,
    pub item_order_number: String,
    pub item_unit: Option<String>,
    pub unit_price: Option<String>,
    pub quantity: String,
    pub value: Option<String>,
    pub over_reason: Option<String>,
    pub serial_numbers: Option<String>,
});

entity!(complaint, "complaints", {
    pub number: String,
    pub party_id: i64,
    pub delivery_id: Option<i64>,
    pub complaint_date: Date,
    pub status: String,
    pub description: Option<String>,
    pub created_at: DateTimeUtc,
    pub contract_id: Option<i64>,
    pub work_order_id: Option<i64>,
    pub version: i64,
});

entity!(complaint_line, "complaint_lines", {
    pub complaint_id: i64,
    pub position: i32,
    pub quality_quantity: Option<String>,
    pub missing_quantity: Option<String>,
    pub item_id: Option<i64>,
    pub item_name: String,
    pub item_order_number: String,
    pub item_unit: Option<String>,
    pub unit_price: Option<String>,
    pub quantity: String,
    pub value: Option<String>,
    pub delivery_line_id: Option<i64>,
    pub answer: Option<String>,
    pub answer_reason: Option<String>,
    pub answer_value: Option<String>,
    pub answered_at: Option<DateTimeUtc>,
});

entity!(warehouse_document, "warehouse_documents", {
    pub number: String,
    pub doc_type: String,
    pub doc_date: Date,
    pub warehouse_id: i64,
    pub account: Option<String>,
    pub created_at: DateTimeUtc,
    pub contract_id: Option<i64>,
    pub work_order_id: Option<i64>,
});

entity!(warehouse_document_line, "warehouse_document_lines", {
    pub document_id: i64,
    pub position: i32,
    pub storage_location: Option<String>,
    pub manufacturer: Option<String>,
    pub item_id: Option<i64>,
    pub item_name: String,
    pub item_order_number: String,
    pub item_unit: Option<String>,
    pub unit_price: Option<String>,
    pub quantity: String,
    pub value: Option<String>,
});

entity!(user, "users", {
    pub email: String,
    pub password_hash: String,
    pub display_name: String,
    pub language: Option<String>,
    pub active: bool,
    pub created_at: DateTimeUtc,
});

entity!(user_role, "user_roles", {
    pub user_id: i64,
    pub role: String,
});

entity!(session, "sessions", {
    pub token_hash: String,
    pub user_id: i64,
    pub created_at: DateTimeUtc,
    pub last_seen_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub ip: Option<String>,
});

entity!(auth_failure, "auth_failures", {
    pub kind: String,
    pub key: String,
    pub at: DateTimeUtc,
});

entity!(audit_event, "audit_events", {
    pub at: DateTimeUtc,
    pub actor_kind: String,
    pub actor: Option<String>,
    pub action: String,
    pub object: Option<String>,
    pub outcome: String,
    pub ip: Option<String>,
    pub detail: Option<String>,
});

entity!(access_link, "access_links", {
    pub token_hash: String,
    pub portal: String,
    pub party_id: i64,
    pub object_kind: Option<String>,
    pub object_id: Option<i64>,
    pub actions: String,
    pub require_code: bool,
    pub note: Option<String>,
    pub created_at: DateTimeUtc,
    pub created_by: Option<i64>,
    pub expires_at: DateTimeUtc,
    pub revoked_at: Option<DateTimeUtc>,
    pub last_used_at: Option<DateTimeUtc>,
    pub use_count: i64,
    pub replaces: Option<i64>,
});

entity!(link_session, "link_sessions", {
    pub token_hash: String,
    pub link_id: i64,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub ip: Option<String>,
    pub verified: bool,
    pub code_hash: Option<String>,
    pub code_expires_at: Option<DateTimeUtc>,
    pub code_attempts: i32,
});

entity!(date_answer, "date_answers", {
    pub order_id: i64,
    pub kind: String,
    pub date: Date,
    pub comment: Option<String>,
    pub status: String,
    pub created_at: DateTimeUtc,
    pub link_id: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
    pub decided_by: Option<i64>,
    pub reason: Option<String>,
});

entity!(complaint_message, "complaint_messages", {
    pub complaint_id: i64,
    pub at: DateTimeUtc,
    pub author_kind: String,
    pub author_id: Option<i64>,
    pub author_name: String,
    pub kind: String,
    pub body: Option<String>,
    pub status: Option<String>,
});

entity!(attachment, "attachments", {
    pub storage_key: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub owner_kind: String,
    pub owner_id: i64,
    pub party_id: i64,
    pub message_id: Option<i64>,
    pub uploaded_at: DateTimeUtc,
    pub uploaded_by: String,
});

entity!(contact, "contacts", {
    pub customer_id: i64,
    pub side: String,
    pub name: String,
    pub email: String,
    pub email_key: Option<String>,
    pub phone: String,
    pub position: String,
    pub language: String,
    pub password_hash: Option<String>,
    pub activated_at: Option<DateTimeUtc>,
    pub active: bool,
    pub removed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub version: i64,
});

entity!(contact_role, "contact_roles", {
    pub contact_id: i64,
    pub role: String,
});

entity!(contact_token, "contact_tokens", {
    pub contact_id: i64,
    pub purpose: String,
    pub token_hash: String,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub used_at: Option<DateTimeUtc>,
});

entity!(contact_session, "contact_sessions", {
    pub token_hash: String,
    pub contact_id: i64,
    pub created_at: DateTimeUtc,
    pub last_seen_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub ip: Option<String>,
});

entity!(contact_request, "contact_requests", {
    pub customer_id: i64,
    pub requested_by: i64,
    pub status: String,
    pub pending_key: Option<i64>,
    pub changes: String,
    pub created_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
    pub decided_by: Option<i64>,
    pub reason: Option<String>,
    pub version: i64,
});

entity!(contact_request_message, "contact_request_messages", {
    pub request_id: i64,
    pub at: DateTimeUtc,
    pub author_kind: String,
    pub author_id: i64,
    pub author_name: String,
    pub body: String,
});

entity!(api_key, "api_keys", {
    pub customer_id: Option<i64>,
    pub name: String,
    pub hint: String,
    pub key_hash: String,
    pub roles: String,
    pub created_at: DateTimeUtc,
    pub created_by: String,
    pub revoked_at: Option<DateTimeUtc>,
    pub last_used_at: Option<DateTimeUtc>,
});

entity!(stock_level, "stock_levels", {
    pub item_id: i64,
    pub article: String,
    pub quantity: String,
    pub limited_at: Option<String>,
    pub expected_date: Option<Date>,
    pub updated_at: DateTimeUtc,
});

entity!(sales_order, "sales_orders", {
    pub number: String,
    pub customer_id: i64,
    pub customer_ref: Option<String>,
    pub status: String,
    pub delivery_address: String,
    pub end_customer_address: Option<String>,
    pub delivery_note_id: Option<i64>,
    pub delivery_note_number: Option<String>,
    pub contact_id: Option<i64>,
    pub notify: bool,
    pub created_by: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i64,
});

entity!(sales_order_line, "sales_order_lines", {
    pub order_id: i64,
    pub line_no: i32,
    pub item_id: i64,
    pub quantity: String,
});

entity!(sales_order_event, "sales_order_events", {
    pub order_id: i64,
    pub status: String,
    pub note: Option<String>,
    pub actor: String,
    pub at: DateTimeUtc,
});

entity!(sales_order_parcel, "sales_order_parcels", {
    pub order_id: i64,
    pub carrier: String,
    pub tracking_number: String,
    pub added_at: DateTimeUtc,
});

entity!(idempotency_key, "idempotency_keys", {
    pub api_key_id: i64,
    pub idem_key: String,
    pub request_hash: String,
    pub status: i32,
    pub response: String,
    pub created_at: DateTimeUtc,
});

entity!(instruction, "instructions", {
    pub item_id: i64,
    pub customer_id: Option<i64>,
    pub audience: String,
    pub title: String,
    pub title_key: String,
    pub version: i32,
    pub note: Option<String>,
    pub storage_key: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub uploaded_at: DateTimeUtc,
    pub uploaded_by: String,
    pub uploaded_by_name: String,
    pub superseded_at: Option<DateTimeUtc>,
});

entity!(instruction_subscription, "instruction_subscriptions", {
    pub contact_id: i64,
    pub item_id: i64,
    pub created_at: DateTimeUtc,
});

entity!(customer_document, "customer_documents", {
    pub customer_id: i64,
    pub category: String,
    pub origin: String,
    pub title: String,
    pub title_key: String,
    pub version: i32,
    pub note: Option<String>,
    pub storage_key: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub uploaded_at: DateTimeUtc,
    pub uploaded_by: String,
    pub uploaded_by_name: String,
    pub superseded_at: Option<DateTimeUtc>,
});

entity!(item_proposal, "item_proposals", {
    pub party_id: i64,
    pub link_id: Option<i64>,
    pub name: String,
    pub ordering_number: String,
    pub unit: String,
    pub manufacturer: Option<String>,
    pub unit_price: Option<String>,
    pub note: Option<String>,
    pub status: String,
    pub item_id: Option<i64>,
    pub reason: Option<String>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
});

entity!(asset, "assets", {
    pub code: String,
    pub name: String,
    pub site: String,
    pub customer_id: Option<i64>,
});

entity!(inspection, "inspections", {
    pub work_order_id: i64,
    pub answers: String,
    pub confirmed_by: String,
    pub failed: i32,
    pub link_id: Option<i64>,
    pub submitted_at: DateTimeUtc,
    pub status: String,
    pub review_note: Option<String>,
    pub reviewed_by: Option<i64>,
    pub reviewed_at: Option<DateTimeUtc>,
});

entity!(loto_procedure, "loto_procedures", {
    pub asset_id: i64,
    pub version: i32,
    pub title: String,
    pub body: String,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
});

entity!(loto_opening, "loto_openings", {
    pub procedure_id: i64,
    pub link_id: Option<i64>,
    pub work_order_id: Option<i64>,
    pub opened_at: DateTimeUtc,
});

entity!(permit, "permits", {
    pub party_id: i64,
    pub work_order_id: Option<i64>,
    pub kind: String,
    pub site: String,
    pub valid_from: DateTimeUtc,
    pub valid_until: DateTimeUtc,
    pub hazards: Option<String>,
    pub precautions: Option<String>,
    pub issued_by: String,
    pub status: String,
    pub accepted_by: Option<String>,
    pub accepted_at: Option<DateTimeUtc>,
    pub closed_by: Option<String>,
    pub closed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
});

entity!(permit_event, "permit_events", {
    pub permit_id: i64,
    pub event: String,
    pub who: String,
    pub actor: String,
    pub at: DateTimeUtc,
    pub note: Option<String>,
});

entity!(invoice, "invoices", {
    pub party_id: i64,
    pub link_id: Option<i64>,
    pub number: String,
    pub issue_date: Date,
    pub service_date: Option<Date>,
    pub due_date: Option<Date>,
    pub currency: String,
    pub net: String,
    pub vat: String,
    pub gross: String,
    pub status: String,
    pub reason: Option<String>,
    pub reviewed_by: Option<i64>,
    pub reviewed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
});

entity!(invoice_line, "invoice_lines", {
    pub invoice_id: i64,
    pub position: i32,
    pub description: String,
    pub quantity: String,
    pub unit: String,
    pub unit_price: String,
    pub net: String,
    pub vat_rate: String,
    pub work_order_id: Option<i64>,
    pub delivery_id: Option<i64>,
});

entity!(requisition, "requisitions", {
    pub party_id: i64,
    pub link_id: Option<i64>,
    pub needed_by: Date,
    pub work_order_id: Option<i64>,
    pub note: Option<String>,
    pub status: String,
    pub reason: Option<String>,
    pub order_id: Option<i64>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
});

entity!(requisition_line, "requisition_lines", {
    pub requisition_id: i64,
    pub position: i32,
    pub item_id: Option<i64>,
    pub description: String,
    pub quantity: String,
    pub unit: Option<String>,
});

entity!(service_request, "service_requests", {
    pub customer_id: i64,
    pub asset_id: Option<i64>,
    pub site: String,
    pub category: String,
    pub priority: String,
    pub description: String,
    pub contact_name: String,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub preferred_time: Option<String>,
    pub status: String,
    pub language: String,
    pub notify: bool,
    pub reported_by: String,
    pub summary: Option<String>,
    pub rating: Option<i32>,
    pub rating_comment: Option<String>,
    pub rated_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
});

entity!(inspection_plan, "inspection_plans", {
    pub asset_id: i64,
    pub title: String,
    pub interval_months: i32,
    pub next_due: Date,
    pub checklist: String,
    pub active: bool,
    pub created_at: DateTimeUtc,
});

entity!(service_job, "service_jobs", {
    pub customer_id: i64,
    pub request_id: Option<i64>,
    pub plan_id: Option<i64>,
    pub asset_id: Option<i64>,
    pub site: String,
    pub title: String,
    pub planned_for: Date,
    pub technician: Option<String>,
    pub status: String,
    pub checklist: String,
    pub answers: Option<String>,
    pub confirmed_by: Option<String>,
    pub failed: Option<i32>,
    pub inspected_at: Option<DateTimeUtc>,
    pub notes: Option<String>,
    pub done_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
});

entity!(service_event, "service_events", {
    pub request_id: Option<i64>,
    pub job_id: Option<i64>,
    pub kind: String,
    pub job_status: Option<String>,
    pub body: Option<String>,
    pub actor: String,
    pub who: String,
    pub at: DateTimeUtc,
});

entity!(service_unsubscribe, "service_unsubscribes", {
    pub request_id: i64,
    pub token_hash: String,
    pub created_at: DateTimeUtc,
});
