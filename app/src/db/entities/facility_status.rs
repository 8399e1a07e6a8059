use sea_orm::entity::prelude::*;

/// One row per status change of a facility; the current status is the newest row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "facility_status_history")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub facility_id: crate::domain::ids::FacilityId,
    pub status: crate::domain::facilities::FacilityStatus,
    pub actor: String,
    pub reason: String,
    pub occurred_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
