use sea_orm::entity::prelude::*;

/// A workshop the programme runs (online, at a venue, or both).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "workshops")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub title: String,
    pub description: String,
    pub venue: String,
    pub online_url: String,
    pub language: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// IANA time zone the workshop is held in.
    pub time_zone: String,
    pub capacity: i32,
    pub created_by: crate::domain::ids::UserId,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
