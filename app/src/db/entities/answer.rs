use sea_orm::entity::prelude::*;

/// The current answer to one item of an application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "answers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub application_id: crate::domain::ids::ApplicationId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub item_key: String,
    /// serde_json of `standards::AnswerValue`.
    pub value: String,
    pub revision: i64,
    pub updated_by: crate::domain::ids::UserId,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
