use sea_orm::entity::prelude::*;

/// Who holds a named facility role. The primary key (facility, role) makes "exactly one at a
/// time" a database rule, not only an application one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "facility_roles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub facility_id: crate::domain::ids::FacilityId,
    /// `facilities::FacilityRole::as_str`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub role: String,
    pub user_id: Option<crate::domain::ids::UserId>,
    /// Set while the named person has no membership yet (invited by email).
    pub invited_email: Option<String>,
    pub assigned_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
