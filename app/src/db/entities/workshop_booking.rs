use sea_orm::entity::prelude::*;

/// A seat (or a waitlist place) at a workshop for one person.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "workshop_bookings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub workshop_id: i64,
    pub user_id: crate::domain::ids::UserId,
    pub facility_id: crate::domain::ids::FacilityId,
    pub booked_by: crate::domain::ids::UserId,
    pub status: crate::domain::workshops::BookingStatus,
    pub created_at: DateTimeUtc,
    pub cancelled_at: Option<DateTimeUtc>,
    pub reminded_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
