use sea_orm::entity::prelude::*;

/// A message in a query's thread.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "query_messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub query_id: i64,
    pub author_id: crate::domain::ids::UserId,
    pub body: String,
    pub evidence_file_id: Option<i64>,
    pub created_at: DateTimeUtc,
    /// The key a browser's offline queue gave the reply (a resend is stored once).
    pub client_key: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
