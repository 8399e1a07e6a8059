//! Trust boundaries: sessions that end when idle (the last time a person did something),
//! accounts an administrator can disable, and the sealed head of the audit chain.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, big_integer_null, string, timestamp_with_time_zone_null,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Sessions {
    Table,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    DisabledAt,
}

#[derive(DeriveIden)]
enum AuditHead {
    Table,
    Id,
    EntryId,
    Hash,
    Entries,
    Seal,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Empty for sessions opened before: their creation time stands in.
        manager
            .alter_table(
                Table::alter()
                    .table(Sessions::Table)
                    .add_column(timestamp_with_time_zone_null(Sessions::LastSeenAt))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(timestamp_with_time_zone_null(Users::DisabledAt))
                    .to_owned(),
            )
            .await?;
        // One row (id 1): the newest entry of the audit chain, how many there are, and a seal
        // keyed with AUDIT_KEY, written with every entry. Cutting entries off the end of the
        // chain no longer matches it, and only the key's holder can write a new seal.
        manager
            .create_table(
                Table::create()
                    .table(AuditHead::Table)
                    .if_not_exists()
                    .col(ColumnDef::new(AuditHead::Id).big_integer().not_null().primary_key())
                    .col(big_integer_null(AuditHead::EntryId))
                    .col(string(AuditHead::Hash))
                    .col(big_integer(AuditHead::Entries))
                    .col(string(AuditHead::Seal))
                    .to_owned(),
            )
            .await
    }
}
