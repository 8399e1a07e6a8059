use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "payments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub invoice_id: i64,
    pub amount_minor: i64,
    pub paid_on: Date,
    /// Bank or provider reference.
    pub reference: String,
    /// `admin` or `provider`.
    pub source: String,
    #[sea_orm(unique)]
    pub provider_event_id: Option<String>,
    pub recorded_by: Option<crate::domain::ids::UserId>,
    pub recorded_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
