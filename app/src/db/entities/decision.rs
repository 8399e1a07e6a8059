use sea_orm::entity::prelude::*;

/// An administrator's decision on an application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub application_id: crate::domain::ids::ApplicationId,
    pub outcome: crate::domain::assessment::Outcome,
    pub items: String,
    pub comment: String,
    pub decided_by: crate::domain::ids::UserId,
    pub decided_at: DateTimeUtc,
    pub valid_from: Option<Date>,
    pub valid_until: Option<Date>,
    /// JSON object of item key → reason (the office's reasons per item).
    pub reasons: Option<String>,
    /// "Not accredited": the first day a new application may be opened.
    pub reapply_from: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
