use sea_orm::entity::prelude::*;

/// The annual self-check due on an anniversary of an accreditation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "self_checks")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub facility_id: crate::domain::ids::FacilityId,
    pub certificate_id: i64,
    pub due_on: Date,
    pub staff_ok: bool,
    pub equipment_ok: bool,
    pub volume_ok: bool,
    pub note: String,
    pub attested_by: Option<crate::domain::ids::UserId>,
    pub attested_at: Option<DateTimeUtc>,
    pub reminded_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
