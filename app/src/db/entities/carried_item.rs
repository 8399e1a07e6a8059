use sea_orm::entity::prelude::*;

/// A re-certification answer carried from the previous cycle and not confirmed yet.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "carried_items")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub application_id: crate::domain::ids::ApplicationId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub item_key: String,
    pub carried_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
