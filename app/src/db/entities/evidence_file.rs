use sea_orm::entity::prelude::*;

/// A file of a facility's evidence library.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evidence_files")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub facility_id: crate::domain::ids::FacilityId,
    pub sha256: String,
    pub size_bytes: i64,
    pub content_type: String,
    pub original_name: String,
    pub storage_key: String,
    pub uploaded_by: crate::domain::ids::UserId,
    pub uploaded_at: DateTimeUtc,
    /// The document stops being valid evidence after this day (a licence, a certificate).
    pub expires_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
