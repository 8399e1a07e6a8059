//! A "not accredited" decision gives its reasons per item and the first day a new application
//! may be opened.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{date_null, text_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Decisions {
    Table,
    /// JSON object: item key → the office's reason.
    Reasons,
    ReapplyFrom,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Decisions::Table)
                    .add_column(text_null(Decisions::Reasons))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Decisions::Table)
                    .add_column(date_null(Decisions::ReapplyFrom))
                    .to_owned(),
            )
            .await
    }
}
