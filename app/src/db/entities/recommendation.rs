use sea_orm::entity::prelude::*;

/// An assessor's recommendation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "recommendations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub application_id: crate::domain::ids::ApplicationId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub assessor_id: crate::domain::ids::UserId,
    pub outcome: crate::domain::assessment::Outcome,
    pub comment: String,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
