use sea_orm::entity::prelude::*;

/// One draw of the internal case review; the newest per application is the current one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_draws")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub application_id: crate::domain::ids::ApplicationId,
    pub draw_number: i32,
    pub seed: String,
    pub pool: String,
    pub pool_sha256: String,
    pub cases: String,
    pub reason: Option<String>,
    pub drawn_by: crate::domain::ids::UserId,
    pub drawn_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
