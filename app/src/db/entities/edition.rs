use sea_orm::entity::prelude::*;

/// An imported standards edition; never changed after import.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "editions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// Fluent id of the title.
    pub title: String,
    pub published: Date,
    /// serde_json of `standards::Edition`.
    pub content: String,
    pub content_hash: String,
    pub imported_at: DateTimeUtc,
    pub imported_by: Option<crate::domain::ids::UserId>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
