use sea_orm::entity::prelude::*;

/// An assessor assigned to an application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assignments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub application_id: i64,
    pub assessor_id: i64,
    pub status: crate::domain::assessment::AssignmentStatus,
    pub declaration: Option<String>,
    pub assigned_by: i64,
    pub assigned_at: DateTimeUtc,
    pub declared_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
