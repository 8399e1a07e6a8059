use sea_orm::entity::prelude::*;

/// A submission: the application as it was sent, frozen, with its content hash.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submissions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub application_id: crate::domain::ids::ApplicationId,
    pub submitted_by: crate::domain::ids::UserId,
    pub submitted_at: DateTimeUtc,
    pub content_hash: String,
    pub snapshot: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
