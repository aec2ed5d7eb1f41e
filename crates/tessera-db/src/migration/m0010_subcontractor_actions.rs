//! The subcontractor portal (issue #8): which actions each subcontractor's links may carry
//! (`parties.subcontractor_actions`, names separated by commas). The subcontractors there
//! already keep what their links could do before: declaring deliveries.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::a;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0010_subcontractor_actions"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter().table(a("parties")).add_column(text(a("subcontractor_actions")).default("")).to_owned(),
        )
        .await?;
        m.exec_stmt(
            Query::update()
                .table(a("parties"))
                .value(a("subcontractor_actions"), "deliveries")
                .and_where(Expr::col(a("is_subcontractor")).eq(true))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
