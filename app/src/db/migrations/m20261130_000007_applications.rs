//! Applications (one per facility and cycle, pinned to an edition), answers with revisions,
//! and the idempotency record of every applied save.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, big_integer_null, big_pk_auto, integer, string_len, text, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Facilities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Editions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Applications {
    Table,
    Id,
    FacilityId,
    Cycle,
    EditionId,
    Status,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden)]
enum Answers {
    Table,
    ApplicationId,
    ItemKey,
    Value,
    Revision,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AnswerSaves {
    Table,
    IdempotencyKey,
    ApplicationId,
    ItemKey,
    Revision,
    SavedBy,
    SavedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Applications::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Applications::Id))
                    .col(big_integer(Applications::FacilityId))
                    // 1 for the first accreditation, 2 … for re-certifications
                    .col(integer(Applications::Cycle))
                    .col(string_len(Applications::EditionId, 64))
                    // draft | submitted | under_assessment | …
                    .col(string_len(Applications::Status, 32))
                    .col(timestamp_with_time_zone(Applications::CreatedAt))
                    .col(big_integer_null(Applications::CreatedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_applications_facility")
                            .from(Applications::Table, Applications::FacilityId)
                            .to(Facilities::Table, Facilities::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_applications_edition")
                            .from(Applications::Table, Applications::EditionId)
                            .to(Editions::Table, Editions::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_applications_facility_cycle")
                    .table(Applications::Table)
                    .col(Applications::FacilityId)
                    .col(Applications::Cycle)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Answers::Table)
                    .if_not_exists()
                    .col(big_integer(Answers::ApplicationId))
                    .col(string_len(Answers::ItemKey, 16))
                    // serde_json of `standards::AnswerValue`
                    .col(text(Answers::Value))
                    // bumped by every applied save; a save based on an older one is a conflict
                    .col(big_integer(Answers::Revision))
                    .col(big_integer(Answers::UpdatedBy))
                    .col(timestamp_with_time_zone(Answers::UpdatedAt))
                    .primary_key(Index::create().col(Answers::ApplicationId).col(Answers::ItemKey))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_answers_application")
                            .from(Answers::Table, Answers::ApplicationId)
                            .to(Applications::Table, Applications::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AnswerSaves::Table)
                    .if_not_exists()
                    // chosen by the client per save: a retried save is recognised and not applied twice
                    .col(string_len(AnswerSaves::IdempotencyKey, 64).primary_key())
                    .col(big_integer(AnswerSaves::ApplicationId))
                    .col(string_len(AnswerSaves::ItemKey, 16))
                    .col(big_integer(AnswerSaves::Revision))
                    .col(big_integer(AnswerSaves::SavedBy))
                    .col(timestamp_with_time_zone(AnswerSaves::SavedAt))
                    .to_owned(),
            )
            .await
    }
}
