use sea_orm::entity::prelude::*;

/// The form of one drawn case.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub draw_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub case_ref: String,
    pub form: String,
    pub updated_by: crate::domain::ids::UserId,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
