use sea_orm::entity::prelude::*;

/// One assessor's finding on one item.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "findings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub application_id: crate::domain::ids::ApplicationId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub item_key: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub assessor_id: crate::domain::ids::UserId,
    pub finding: crate::domain::assessment::Finding,
    pub comment: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
