use sea_orm::entity::prelude::*;

/// An assessor assigned to an application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assignments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub application_id: crate::domain::ids::ApplicationId,
    pub assessor_id: crate::domain::ids::UserId,
    pub status: crate::domain::assessment::AssignmentStatus,
    pub declaration: Option<String>,
    pub assigned_by: crate::domain::ids::UserId,
    pub assigned_at: DateTimeUtc,
    pub declared_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
