//! The internal case review (each draw kept, with its seed and pool, so it can be repeated
//! and audited; the forms of the drawn cases) and the submissions of applications (a frozen
//! snapshot with its content hash).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, big_pk_auto, integer, string_len, text, text_null, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Applications {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CaseDraws {
    Table,
    Id,
    ApplicationId,
    DrawNumber,
    Seed,
    Pool,
    PoolSha256,
    Cases,
    Reason,
    DrawnBy,
    DrawnAt,
}

#[derive(DeriveIden)]
enum CaseEntries {
    Table,
    DrawId,
    CaseRef,
    Form,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
    ApplicationId,
    SubmittedBy,
    SubmittedAt,
    ContentHash,
    Snapshot,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CaseDraws::Table)
                    .if_not_exists()
                    .col(big_pk_auto(CaseDraws::Id))
                    .col(big_integer(CaseDraws::ApplicationId))
                    // 1 for the first draw; a re-draw needs a reason
                    .col(integer(CaseDraws::DrawNumber))
                    // u64 in decimal (does not fit a signed BIGINT)
                    .col(string_len(CaseDraws::Seed, 20))
                    // JSON array of the references drawn from, in the order given
                    .col(text(CaseDraws::Pool))
                    .col(string_len(CaseDraws::PoolSha256, 64))
                    // JSON array of the drawn references
                    .col(text(CaseDraws::Cases))
                    .col(text_null(CaseDraws::Reason))
                    .col(big_integer(CaseDraws::DrawnBy))
                    .col(timestamp_with_time_zone(CaseDraws::DrawnAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_case_draws_application")
                            .from(CaseDraws::Table, CaseDraws::ApplicationId)
                            .to(Applications::Table, Applications::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_case_draws_application_number")
                    .table(CaseDraws::Table)
                    .col(CaseDraws::ApplicationId)
                    .col(CaseDraws::DrawNumber)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CaseEntries::Table)
                    .if_not_exists()
                    .col(big_integer(CaseEntries::DrawId))
                    .col(string_len(CaseEntries::CaseRef, 40))
                    // serde_json of `case_review::CaseForm`
                    .col(text(CaseEntries::Form))
                    .col(big_integer(CaseEntries::UpdatedBy))
                    .col(timestamp_with_time_zone(CaseEntries::UpdatedAt))
                    .primary_key(Index::create().col(CaseEntries::DrawId).col(CaseEntries::CaseRef))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_case_entries_draw")
                            .from(CaseEntries::Table, CaseEntries::DrawId)
                            .to(CaseDraws::Table, CaseDraws::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Submissions::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Submissions::Id))
                    .col(big_integer(Submissions::ApplicationId))
                    .col(big_integer(Submissions::SubmittedBy))
                    .col(timestamp_with_time_zone(Submissions::SubmittedAt))
                    // SHA-256 of `snapshot`
                    .col(string_len(Submissions::ContentHash, 64))
                    // canonical JSON of `db::submissions::Snapshot`
                    .col(text(Submissions::Snapshot))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_submissions_application")
                            .from(Submissions::Table, Submissions::ApplicationId)
                            .to(Applications::Table, Applications::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_submissions_application")
                    .table(Submissions::Table)
                    .col(Submissions::ApplicationId)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}
