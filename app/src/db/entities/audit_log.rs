use sea_orm::entity::prelude::*;

/// One append-only, hash-chained audit entry (see `db::audit`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub occurred_at: DateTimeUtc,
    /// Who: `user:<id>`, `system`, `cli`, `scheduler`.
    pub actor: String,
    /// What, as a dotted verb: `facility.registered`, `demo.seeded`.
    pub action: String,
    /// On what: `facility:<id>`, `application:<id>`, or empty.
    pub target: String,
    /// JSON text of the state before and after, exactly as hashed.
    pub before: Option<String>,
    pub after: Option<String>,
    /// Hash of the previous entry (unique: two writers can't both extend the same head).
    #[sea_orm(unique)]
    pub prev_hash: String,
    #[sea_orm(unique)]
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
