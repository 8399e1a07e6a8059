use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "facilities")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: crate::domain::ids::FacilityId,
    /// The facility code colleagues join with (`facilities::format_code` form, no hyphen).
    #[sea_orm(unique)]
    pub code: String,
    /// `facilities::name_key` of institution + name; keeps a department from registering twice.
    #[sea_orm(unique)]
    pub name_key: String,
    pub name: String,
    pub institution: String,
    pub department: String,
    pub address: String,
    pub country: String,
    pub procedures_per_year: i32,
    pub approver_name: String,
    pub approver_email: String,
    /// ISO date (YYYY-MM-DD) of the head of department's or director's approval.
    pub approval_date: String,
    pub main_holder_id: crate::domain::ids::UserId,
    pub created_at: DateTimeUtc,
    /// Listed in the public directory while only enrolled (accredited centres always are).
    pub directory_opt_in: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
