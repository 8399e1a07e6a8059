//! Standards editions: the checked structure of each imported edition, kept as JSON.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer_null, date, string, string_len, text, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
    Title,
    Published,
    Content,
    ContentHash,
    ImportedAt,
    ImportedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Editions::Table)
                    .if_not_exists()
                    .col(string_len(Editions::Id, 64).primary_key())
                    .col(string(Editions::Title))
                    .col(date(Editions::Published))
                    // serde_json of `standards::Edition`
                    .col(text(Editions::Content))
                    // SHA-256 of the content: re-importing the same file is a no-op, a changed
                    // file under an existing id is refused (editions are immutable)
                    .col(string_len(Editions::ContentHash, 64))
                    .col(timestamp_with_time_zone(Editions::ImportedAt))
                    .col(big_integer_null(Editions::ImportedBy))
                    .to_owned(),
            )
            .await
    }
}
