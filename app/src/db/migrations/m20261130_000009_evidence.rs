//! The evidence library of a facility (files by content hash, stored through the object
//! store) and the links from an application's items to those files.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{big_integer, big_pk_auto, string_len, timestamp_with_time_zone};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Facilities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Applications {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum EvidenceFiles {
    Table,
    Id,
    FacilityId,
    Sha256,
    SizeBytes,
    ContentType,
    OriginalName,
    StorageKey,
    UploadedBy,
    UploadedAt,
}

#[derive(DeriveIden)]
enum EvidenceLinks {
    Table,
    ApplicationId,
    ItemKey,
    FileId,
    LinkedBy,
    LinkedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EvidenceFiles::Table)
                    .if_not_exists()
                    .col(big_pk_auto(EvidenceFiles::Id))
                    .col(big_integer(EvidenceFiles::FacilityId))
                    // SHA-256 of the content, lowercase hex: the same file uploaded twice is one entry
                    .col(string_len(EvidenceFiles::Sha256, 64))
                    .col(big_integer(EvidenceFiles::SizeBytes))
                    // decided from the content, never from the name
                    .col(string_len(EvidenceFiles::ContentType, 100))
                    .col(string_len(EvidenceFiles::OriginalName, 200))
                    // where the object store keeps it
                    .col(string_len(EvidenceFiles::StorageKey, 200))
                    .col(big_integer(EvidenceFiles::UploadedBy))
                    .col(timestamp_with_time_zone(EvidenceFiles::UploadedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_evidence_files_facility")
                            .from(EvidenceFiles::Table, EvidenceFiles::FacilityId)
                            .to(Facilities::Table, Facilities::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_evidence_files_facility_sha")
                    .table(EvidenceFiles::Table)
                    .col(EvidenceFiles::FacilityId)
                    .col(EvidenceFiles::Sha256)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EvidenceLinks::Table)
                    .if_not_exists()
                    .col(big_integer(EvidenceLinks::ApplicationId))
                    .col(string_len(EvidenceLinks::ItemKey, 16))
                    .col(big_integer(EvidenceLinks::FileId))
                    .col(big_integer(EvidenceLinks::LinkedBy))
                    .col(timestamp_with_time_zone(EvidenceLinks::LinkedAt))
                    .primary_key(
                        Index::create()
                            .col(EvidenceLinks::ApplicationId)
                            .col(EvidenceLinks::ItemKey)
                            .col(EvidenceLinks::FileId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_evidence_links_application")
                            .from(EvidenceLinks::Table, EvidenceLinks::ApplicationId)
                            .to(Applications::Table, Applications::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_evidence_links_file")
                            .from(EvidenceLinks::Table, EvidenceLinks::FileId)
                            .to(EvidenceFiles::Table, EvidenceFiles::Id),
                    )
                    .to_owned(),
            )
            .await
    }
}
