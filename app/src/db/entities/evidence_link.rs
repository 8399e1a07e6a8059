use sea_orm::entity::prelude::*;

/// A library file linked as evidence for one item of an application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evidence_links")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub application_id: crate::domain::ids::ApplicationId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub item_key: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub file_id: i64,
    pub linked_by: crate::domain::ids::UserId,
    pub linked_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
