use sea_orm::entity::prelude::*;

/// A query an assessor opened on one item.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "queries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub application_id: crate::domain::ids::ApplicationId,
    pub item_key: String,
    pub status: crate::domain::assessment::QueryStatus,
    pub opened_by: crate::domain::ids::UserId,
    pub opened_at: DateTimeUtc,
    pub closed_by: Option<crate::domain::ids::UserId>,
    pub closed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
