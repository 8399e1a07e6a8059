//! Facilities, memberships, facility roles, status history, single-use email tokens and the
//! mail outbox (issue 3), plus email confirmation on accounts.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, big_integer_null, big_pk_auto, integer, string, string_len, string_null,
    string_uniq, text, text_null, timestamp_with_time_zone, timestamp_with_time_zone_null,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    EmailConfirmedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Facilities {
    Table,
    Id,
    Code,
    NameKey,
    Name,
    Institution,
    Department,
    Address,
    Country,
    ProceduresPerYear,
    ApproverName,
    ApproverEmail,
    ApprovalDate,
    MainHolderId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum FacilityStatusHistory {
    Table,
    Id,
    FacilityId,
    Status,
    Actor,
    Reason,
    OccurredAt,
}

#[derive(DeriveIden)]
enum Memberships {
    Table,
    Id,
    FacilityId,
    UserId,
    Status,
    RequestedAt,
    DecidedAt,
    DecidedBy,
}

#[derive(DeriveIden)]
enum FacilityRoles {
    Table,
    FacilityId,
    Role,
    UserId,
    InvitedEmail,
    AssignedAt,
}

#[derive(DeriveIden)]
enum EmailTokens {
    Table,
    Id,
    UserId,
    Purpose,
    TokenHash,
    FacilityId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    ToAddress,
    Language,
    Kind,
    Subject,
    BodyText,
    BodyHtml,
    CreatedAt,
    SentAt,
    Attempts,
    LastError,
}

fn fk(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(timestamp_with_time_zone_null(Users::EmailConfirmedAt))
                    .to_owned(),
            )
            .await?;
        // Accounts that existed before confirmation was required (administrators made on the
        // command line) were created by someone who controls the address.
        manager
            .exec_stmt(
                Query::update()
                    .table(Users::Table)
                    .value(Users::EmailConfirmedAt, Expr::col(Users::CreatedAt))
                    .and_where(Expr::col(Users::EmailConfirmedAt).is_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Facilities::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Facilities::Id))
                    .col(string_uniq(Facilities::Code))
                    // institution + name, case- and space-folded: one facility per department
                    .col(string_uniq(Facilities::NameKey))
                    .col(string(Facilities::Name))
                    .col(string(Facilities::Institution))
                    .col(string(Facilities::Department))
                    .col(text(Facilities::Address))
                    .col(string_len(Facilities::Country, 80))
                    .col(integer(Facilities::ProceduresPerYear))
                    .col(string(Facilities::ApproverName))
                    .col(string(Facilities::ApproverEmail))
                    .col(string_len(Facilities::ApprovalDate, 10))
                    .col(big_integer(Facilities::MainHolderId))
                    .col(timestamp_with_time_zone(Facilities::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_facilities_main_holder",
                        (Facilities::Table, Facilities::MainHolderId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FacilityStatusHistory::Table)
                    .if_not_exists()
                    .col(big_pk_auto(FacilityStatusHistory::Id))
                    .col(big_integer(FacilityStatusHistory::FacilityId))
                    .col(string_len(FacilityStatusHistory::Status, 32))
                    .col(string(FacilityStatusHistory::Actor))
                    .col(string(FacilityStatusHistory::Reason))
                    .col(timestamp_with_time_zone(FacilityStatusHistory::OccurredAt))
                    .foreign_key(&mut fk(
                        "fk_status_history_facility",
                        (FacilityStatusHistory::Table, FacilityStatusHistory::FacilityId),
                        (Facilities::Table, Facilities::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_status_history_facility")
                    .table(FacilityStatusHistory::Table)
                    .col(FacilityStatusHistory::FacilityId)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Memberships::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Memberships::Id))
                    .col(big_integer(Memberships::FacilityId))
                    .col(big_integer(Memberships::UserId))
                    // pending | active | declined | removed
                    .col(string_len(Memberships::Status, 16))
                    .col(timestamp_with_time_zone(Memberships::RequestedAt))
                    .col(timestamp_with_time_zone_null(Memberships::DecidedAt))
                    .col(big_integer_null(Memberships::DecidedBy))
                    .foreign_key(&mut fk(
                        "fk_memberships_facility",
                        (Memberships::Table, Memberships::FacilityId),
                        (Facilities::Table, Facilities::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_memberships_user",
                        (Memberships::Table, Memberships::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_memberships_facility_user")
                    .table(Memberships::Table)
                    .col(Memberships::FacilityId)
                    .col(Memberships::UserId)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FacilityRoles::Table)
                    .if_not_exists()
                    .col(big_integer(FacilityRoles::FacilityId))
                    // authorised_representative | contact | substitute: one holder each
                    .col(string_len(FacilityRoles::Role, 32))
                    .col(big_integer_null(FacilityRoles::UserId))
                    // named by email before that person has joined
                    .col(string_null(FacilityRoles::InvitedEmail))
                    .col(timestamp_with_time_zone(FacilityRoles::AssignedAt))
                    .primary_key(
                        Index::create().col(FacilityRoles::FacilityId).col(FacilityRoles::Role),
                    )
                    .foreign_key(&mut fk(
                        "fk_facility_roles_facility",
                        (FacilityRoles::Table, FacilityRoles::FacilityId),
                        (Facilities::Table, Facilities::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EmailTokens::Table)
                    .if_not_exists()
                    .col(big_pk_auto(EmailTokens::Id))
                    .col(big_integer(EmailTokens::UserId))
                    // activate_facility | confirm_email | reset_password
                    .col(string_len(EmailTokens::Purpose, 32))
                    .col(string_uniq(EmailTokens::TokenHash))
                    .col(big_integer_null(EmailTokens::FacilityId))
                    .col(timestamp_with_time_zone(EmailTokens::CreatedAt))
                    .col(timestamp_with_time_zone(EmailTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(EmailTokens::UsedAt))
                    .foreign_key(&mut fk(
                        "fk_email_tokens_user",
                        (EmailTokens::Table, EmailTokens::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Outbox::Id))
                    .col(string(Outbox::ToAddress))
                    .col(string_len(Outbox::Language, 16))
                    .col(string_len(Outbox::Kind, 48))
                    .col(string(Outbox::Subject))
                    .col(text(Outbox::BodyText))
                    .col(text(Outbox::BodyHtml))
                    .col(timestamp_with_time_zone(Outbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(Outbox::SentAt))
                    .col(integer(Outbox::Attempts))
                    .col(text_null(Outbox::LastError))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_sent")
                    .table(Outbox::Table)
                    .col(Outbox::SentAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}
