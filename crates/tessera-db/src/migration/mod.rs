//! Migrations, embedded in the binary. They are frozen: a change to the schema is a new migration.
use sea_orm_migration::prelude::*;

mod m0001_core;
mod m0002_outbox;
mod m0003_links;
mod m0004_date_answers;
mod m0005_deliveries;
mod m0006_complaints;
mod m0007_contacts;
mod m0008_customer_portal;
mod m0009_instructions_documents;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_core::Migration),
            Box::new(m0002_outbox::Migration),
            Box::new(m0003_links::Migration),
            Box::new(m0004_date_answers::Migration),
            Box::new(m0005_deliveries::Migration),
            Box::new(m0006_complaints::Migration),
            Box::new(m0007_contacts::Migration),
            Box::new(m0008_customer_portal::Migration),
            Box::new(m0009_instructions_documents::Migration),
        ]
    }
}
