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
mod m0010_subcontractor_actions;
mod m0011_free_deliveries;
mod m0012_item_proposals;
mod m0013_work_orders;
mod m0014_invoices;
mod m0015_requisitions;
mod m0016_service;

// Helpers the newer migrations share (m0008 on); the older ones keep their own copies.
pub(super) fn a(name: &str) -> Alias {
    Alias::new(name)
}

pub(super) fn fk(
    from_table: &str,
    from_col: &str,
    to_table: &str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    let mut f = ForeignKey::create();
    f.from(a(from_table), a(from_col)).to(a(to_table), a("id")).on_delete(on_delete);
    f
}

pub(super) fn index(table: &str, name: &str, cols: &[&str], unique: bool) -> IndexCreateStatement {
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
            Box::new(m0010_subcontractor_actions::Migration),
            Box::new(m0011_free_deliveries::Migration),
            Box::new(m0012_item_proposals::Migration),
            Box::new(m0013_work_orders::Migration),
            Box::new(m0014_invoices::Migration),
            Box::new(m0015_requisitions::Migration),
            Box::new(m0016_service::Migration),
        ]
    }
}
