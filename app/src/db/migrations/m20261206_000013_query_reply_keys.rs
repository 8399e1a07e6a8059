//! Replies to queries sent from a browser's offline queue carry the key the browser gave them,
//! so a reply sent again (its first answer was lost with the network) is stored once.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::string_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum QueryMessages {
    Table,
    QueryId,
    ClientKey,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(QueryMessages::Table)
                    .add_column(string_null(QueryMessages::ClientKey))
                    .to_owned(),
            )
            .await?;
        // Messages without a key (written before, or by an assessor's page) never collide:
        // NULLs are distinct in a unique index on SQLite and PostgreSQL.
        manager
            .create_index(
                Index::create()
                    .name("idx_query_messages_client_key")
                    .table(QueryMessages::Table)
                    .col(QueryMessages::QueryId)
                    .col(QueryMessages::ClientKey)
                    .unique()
                    .to_owned(),
            )
            .await
    }
}
