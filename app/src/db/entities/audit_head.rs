use sea_orm::entity::prelude::*;

/// The sealed head of the audit chain (one row, id 1; see `db::audit`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_head")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i64,
    /// The newest entry (none before the first).
    pub entry_id: Option<i64>,
    /// Its hash (the genesis value before the first entry).
    pub hash: String,
    /// How many entries the chain holds.
    pub entries: i64,
    /// HMAC-SHA256 with the audit key over the three fields above.
    pub seal: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
