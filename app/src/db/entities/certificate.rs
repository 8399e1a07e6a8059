use sea_orm::entity::prelude::*;

/// A certificate with its public verification code.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "certificates")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub code: String,
    pub facility_id: crate::domain::ids::FacilityId,
    pub application_id: crate::domain::ids::ApplicationId,
    pub status: crate::domain::facilities::FacilityStatus,
    pub valid_from: Option<Date>,
    pub valid_until: Option<Date>,
    pub issued_at: DateTimeUtc,
    pub withdrawn_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
