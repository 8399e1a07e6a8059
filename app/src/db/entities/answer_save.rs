use sea_orm::entity::prelude::*;

/// A save that was applied, by the client's idempotency key, with the revision it produced.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "answer_saves")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub idempotency_key: String,
    pub application_id: crate::domain::ids::ApplicationId,
    pub item_key: String,
    pub revision: i64,
    pub saved_by: crate::domain::ids::UserId,
    pub saved_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
