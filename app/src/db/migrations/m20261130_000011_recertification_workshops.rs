//! Re-certification and the programme around it: answers carried into a re-certification
//! cycle until the team confirms them, the Centre of Excellence request, evidence expiry
//! dates, the annual self-check between cycles, and workshops with their bookings.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, big_integer_null, big_pk_auto, boolean, date, date_null, integer, string_len,
    text, timestamp_with_time_zone, timestamp_with_time_zone_null,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Applications {
    Table,
    CarriedFrom,
    ExcellenceRequested,
}

#[derive(DeriveIden)]
enum EvidenceFiles {
    Table,
    ExpiresOn,
}

#[derive(DeriveIden)]
enum CarriedItems {
    Table,
    ApplicationId,
    ItemKey,
    CarriedAt,
}

#[derive(DeriveIden)]
enum SelfChecks {
    Table,
    Id,
    FacilityId,
    CertificateId,
    DueOn,
    StaffOk,
    EquipmentOk,
    VolumeOk,
    Note,
    AttestedBy,
    AttestedAt,
    RemindedAt,
}

#[derive(DeriveIden)]
enum Workshops {
    Table,
    Id,
    Title,
    Description,
    Venue,
    OnlineUrl,
    Language,
    StartsAt,
    EndsAt,
    TimeZone,
    Capacity,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum WorkshopBookings {
    Table,
    Id,
    WorkshopId,
    UserId,
    FacilityId,
    BookedBy,
    Status,
    CreatedAt,
    CancelledAt,
    RemindedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The application of the previous cycle a re-certification was prefilled from.
        manager
            .alter_table(
                Table::alter()
                    .table(Applications::Table)
                    .add_column(big_integer_null(Applications::CarriedFrom))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Applications::Table)
                    .add_column(boolean(Applications::ExcellenceRequested).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(EvidenceFiles::Table)
                    .add_column(date_null(EvidenceFiles::ExpiresOn))
                    .to_owned(),
            )
            .await?;
        // A row per carried answer not confirmed yet; confirming or changing the answer removes it.
        manager
            .create_table(
                Table::create()
                    .table(CarriedItems::Table)
                    .if_not_exists()
                    .col(big_integer(CarriedItems::ApplicationId))
                    .col(string_len(CarriedItems::ItemKey, 16))
                    .col(timestamp_with_time_zone(CarriedItems::CarriedAt))
                    .primary_key(
                        Index::create().col(CarriedItems::ApplicationId).col(CarriedItems::ItemKey),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SelfChecks::Table)
                    .if_not_exists()
                    .col(big_pk_auto(SelfChecks::Id))
                    .col(big_integer(SelfChecks::FacilityId))
                    .col(big_integer(SelfChecks::CertificateId))
                    .col(date(SelfChecks::DueOn))
                    .col(boolean(SelfChecks::StaffOk).default(false))
                    .col(boolean(SelfChecks::EquipmentOk).default(false))
                    .col(boolean(SelfChecks::VolumeOk).default(false))
                    .col(text(SelfChecks::Note))
                    .col(big_integer_null(SelfChecks::AttestedBy))
                    .col(timestamp_with_time_zone_null(SelfChecks::AttestedAt))
                    .col(timestamp_with_time_zone_null(SelfChecks::RemindedAt))
                    .to_owned(),
            )
            .await?;
        // One self-check per certificate and anniversary: keeps the daily job idempotent.
        manager
            .create_index(
                Index::create()
                    .name("idx_self_checks_certificate_due")
                    .table(SelfChecks::Table)
                    .col(SelfChecks::CertificateId)
                    .col(SelfChecks::DueOn)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Workshops::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Workshops::Id))
                    .col(string_len(Workshops::Title, 200))
                    .col(text(Workshops::Description))
                    .col(string_len(Workshops::Venue, 300))
                    .col(string_len(Workshops::OnlineUrl, 500))
                    .col(string_len(Workshops::Language, 8))
                    .col(timestamp_with_time_zone(Workshops::StartsAt))
                    .col(timestamp_with_time_zone(Workshops::EndsAt))
                    // IANA name: the times are shown and exported in it.
                    .col(string_len(Workshops::TimeZone, 64))
                    .col(integer(Workshops::Capacity))
                    .col(big_integer(Workshops::CreatedBy))
                    .col(timestamp_with_time_zone(Workshops::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WorkshopBookings::Table)
                    .if_not_exists()
                    .col(big_pk_auto(WorkshopBookings::Id))
                    .col(big_integer(WorkshopBookings::WorkshopId))
                    .col(big_integer(WorkshopBookings::UserId))
                    .col(big_integer(WorkshopBookings::FacilityId))
                    .col(big_integer(WorkshopBookings::BookedBy))
                    // confirmed | waitlisted | cancelled
                    .col(string_len(WorkshopBookings::Status, 12))
                    .col(timestamp_with_time_zone(WorkshopBookings::CreatedAt))
                    .col(timestamp_with_time_zone_null(WorkshopBookings::CancelledAt))
                    .col(timestamp_with_time_zone_null(WorkshopBookings::RemindedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_workshop_bookings_workshop")
                            .from(WorkshopBookings::Table, WorkshopBookings::WorkshopId)
                            .to(Workshops::Table, Workshops::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_workshop_bookings_workshop")
                    .table(WorkshopBookings::Table)
                    .col(WorkshopBookings::WorkshopId)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
