use sea_orm::entity::prelude::*;

/// A single-use, expiring link sent by mail. Only the token's SHA-256 is stored.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "email_tokens")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub user_id: crate::domain::ids::UserId,
    pub purpose: String,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub facility_id: Option<crate::domain::ids::FacilityId>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
