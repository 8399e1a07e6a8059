//! Assessment: assessors assigned to applications (with their conflict-of-interest
//! declaration), findings per item and assessor, queries with their message threads, the
//! assessment clock's events, recommendations, decisions, certificates, and the facility's
//! choice to be listed in the public directory.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, big_integer_null, big_pk_auto, boolean, date_null, string_len, text, text_null,
    timestamp_with_time_zone, timestamp_with_time_zone_null,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Applications {
    Table,
    Id,
    ReopenedItems,
}

#[derive(DeriveIden)]
enum Facilities {
    Table,
    DirectoryOptIn,
}

#[derive(DeriveIden)]
enum Assignments {
    Table,
    Id,
    ApplicationId,
    AssessorId,
    Status,
    Declaration,
    AssignedBy,
    AssignedAt,
    DeclaredAt,
}

#[derive(DeriveIden)]
enum Findings {
    Table,
    ApplicationId,
    ItemKey,
    AssessorId,
    Finding,
    Comment,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Queries {
    Table,
    Id,
    ApplicationId,
    ItemKey,
    Status,
    OpenedBy,
    OpenedAt,
    ClosedBy,
    ClosedAt,
}

#[derive(DeriveIden)]
enum QueryMessages {
    Table,
    Id,
    QueryId,
    AuthorId,
    Body,
    EvidenceFileId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ClockEvents {
    Table,
    Id,
    ApplicationId,
    Kind,
    At,
}

#[derive(DeriveIden)]
enum Recommendations {
    Table,
    ApplicationId,
    AssessorId,
    Outcome,
    Comment,
    At,
}

#[derive(DeriveIden)]
enum Decisions {
    Table,
    Id,
    ApplicationId,
    Outcome,
    Items,
    Comment,
    DecidedBy,
    DecidedAt,
    ValidFrom,
    ValidUntil,
}

#[derive(DeriveIden)]
enum Certificates {
    Table,
    Id,
    Code,
    FacilityId,
    ApplicationId,
    Status,
    ValidFrom,
    ValidUntil,
    IssuedAt,
    WithdrawnAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // JSON array of item keys an `amendments_required` decision reopened (null: none).
        manager
            .alter_table(
                Table::alter()
                    .table(Applications::Table)
                    .add_column(text_null(Applications::ReopenedItems))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Facilities::Table)
                    .add_column(boolean(Facilities::DirectoryOptIn).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Assignments::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Assignments::Id))
                    .col(big_integer(Assignments::ApplicationId))
                    .col(big_integer(Assignments::AssessorId))
                    // awaiting_declaration | active | conflict
                    .col(string_len(Assignments::Status, 24))
                    // serde_json of `assessment::Declaration`
                    .col(text_null(Assignments::Declaration))
                    .col(big_integer(Assignments::AssignedBy))
                    .col(timestamp_with_time_zone(Assignments::AssignedAt))
                    .col(timestamp_with_time_zone_null(Assignments::DeclaredAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_assignments_application")
                            .from(Assignments::Table, Assignments::ApplicationId)
                            .to(Applications::Table, Applications::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_assignments_application_assessor")
                    .table(Assignments::Table)
                    .col(Assignments::ApplicationId)
                    .col(Assignments::AssessorId)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Findings::Table)
                    .if_not_exists()
                    .col(big_integer(Findings::ApplicationId))
                    .col(string_len(Findings::ItemKey, 16))
                    .col(big_integer(Findings::AssessorId))
                    .col(string_len(Findings::Finding, 20))
                    .col(text(Findings::Comment))
                    .col(timestamp_with_time_zone(Findings::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(Findings::ApplicationId)
                            .col(Findings::ItemKey)
                            .col(Findings::AssessorId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Queries::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Queries::Id))
                    .col(big_integer(Queries::ApplicationId))
                    .col(string_len(Queries::ItemKey, 16))
                    // open | closed
                    .col(string_len(Queries::Status, 12))
                    .col(big_integer(Queries::OpenedBy))
                    .col(timestamp_with_time_zone(Queries::OpenedAt))
                    .col(big_integer_null(Queries::ClosedBy))
                    .col(timestamp_with_time_zone_null(Queries::ClosedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(QueryMessages::Table)
                    .if_not_exists()
                    .col(big_pk_auto(QueryMessages::Id))
                    .col(big_integer(QueryMessages::QueryId))
                    .col(big_integer(QueryMessages::AuthorId))
                    .col(text(QueryMessages::Body))
                    .col(big_integer_null(QueryMessages::EvidenceFileId))
                    .col(timestamp_with_time_zone(QueryMessages::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_query_messages_query")
                            .from(QueryMessages::Table, QueryMessages::QueryId)
                            .to(Queries::Table, Queries::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ClockEvents::Table)
                    .if_not_exists()
                    .col(big_pk_auto(ClockEvents::Id))
                    .col(big_integer(ClockEvents::ApplicationId))
                    // started | paused | resumed | stopped
                    .col(string_len(ClockEvents::Kind, 12))
                    .col(timestamp_with_time_zone(ClockEvents::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Recommendations::Table)
                    .if_not_exists()
                    .col(big_integer(Recommendations::ApplicationId))
                    .col(big_integer(Recommendations::AssessorId))
                    .col(string_len(Recommendations::Outcome, 24))
                    .col(text(Recommendations::Comment))
                    .col(timestamp_with_time_zone(Recommendations::At))
                    .primary_key(
                        Index::create()
                            .col(Recommendations::ApplicationId)
                            .col(Recommendations::AssessorId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Decisions::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Decisions::Id))
                    .col(big_integer(Decisions::ApplicationId))
                    .col(string_len(Decisions::Outcome, 24))
                    // JSON array of the item keys to amend
                    .col(text(Decisions::Items))
                    .col(text(Decisions::Comment))
                    .col(big_integer(Decisions::DecidedBy))
                    .col(timestamp_with_time_zone(Decisions::DecidedAt))
                    .col(date_null(Decisions::ValidFrom))
                    .col(date_null(Decisions::ValidUntil))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Certificates::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Certificates::Id))
                    // the public verification code (random, unguessable)
                    .col(string_len(Certificates::Code, 32).unique_key())
                    .col(big_integer(Certificates::FacilityId))
                    .col(big_integer(Certificates::ApplicationId))
                    .col(string_len(Certificates::Status, 32))
                    .col(date_null(Certificates::ValidFrom))
                    .col(date_null(Certificates::ValidUntil))
                    .col(timestamp_with_time_zone(Certificates::IssuedAt))
                    .col(timestamp_with_time_zone_null(Certificates::WithdrawnAt))
                    .to_owned(),
            )
            .await
    }
}
