use sea_orm::entity::prelude::*;

/// One application of a facility per cycle, pinned to the edition it was opened with.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "applications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: crate::domain::ids::ApplicationId,
    pub facility_id: crate::domain::ids::FacilityId,
    pub cycle: i32,
    pub edition_id: String,
    pub status: crate::domain::standards::ApplicationStatus,
    pub created_at: DateTimeUtc,
    pub created_by: Option<crate::domain::ids::UserId>,
    /// JSON array of the item keys an `amendments_required` decision reopened.
    pub reopened_items: Option<String>,
    /// The application of the previous cycle this re-certification was prefilled from.
    pub carried_from: Option<crate::domain::ids::ApplicationId>,
    /// The facility asks to be assessed for Centre of Excellence (re-certification only).
    pub excellence_requested: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
