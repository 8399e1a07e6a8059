//! Who belongs to a facility and holds which of its named roles: the reads that authorisation,
//! mail fan-out and the facility pages share.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use crate::db::DataError;
use crate::db::entities::{facility, facility_role, membership, user};
use crate::db::status_history::current_status;
use crate::domain::facilities::view::FacilitySummary;
use crate::domain::facilities::{FacilityRole, MembershipStatus};
use crate::domain::ids::{FacilityId, UserId};

/// A user's standing in one facility, for authorisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub membership: Option<MembershipStatus>,
    pub is_main_holder: bool,
}

impl Standing {
    pub fn is_active_member(self) -> bool {
        self.membership == Some(MembershipStatus::Active)
    }
}

pub async fn standing(
    db: &DatabaseConnection,
    user_id: UserId,
    facility_id: FacilityId,
) -> Result<Option<Standing>, DataError> {
    let Some(found) = facility::Entity::find_by_id(facility_id).one(db).await? else {
        return Ok(None);
    };
    let membership = membership_of(db, facility_id, user_id).await?.map(|m| m.status);
    Ok(Some(Standing { membership, is_main_holder: found.main_holder_id == user_id }))
}

pub(crate) async fn membership_of<C: ConnectionTrait>(
    conn: &C,
    facility_id: FacilityId,
    user_id: UserId,
) -> Result<Option<membership::Model>, DataError> {
    Ok(membership::Entity::find()
        .filter(membership::Column::FacilityId.eq(facility_id))
        .filter(membership::Column::UserId.eq(user_id))
        .one(conn)
        .await?)
}

pub(crate) async fn roles_held(
    db: &DatabaseConnection,
    facility_id: FacilityId,
) -> Result<Vec<facility_role::Model>, DataError> {
    Ok(facility_role::Entity::find()
        .filter(facility_role::Column::FacilityId.eq(facility_id))
        .order_by_asc(facility_role::Column::Role)
        .all(db)
        .await?)
}

/// The facilities a user belongs to or has asked to join (not declined or removed ones).
pub async fn facilities_of(
    db: &DatabaseConnection,
    user_id: UserId,
) -> Result<Vec<FacilitySummary>, DataError> {
    let memberships = membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .filter(
            membership::Column::Status.is_in([MembershipStatus::Active, MembershipStatus::Pending]),
        )
        .order_by_asc(membership::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(memberships.len());
    for m in memberships {
        let Some(f) = facility::Entity::find_by_id(m.facility_id).one(db).await? else {
            continue;
        };
        let roles = roles_held(db, f.id)
            .await?
            .into_iter()
            .filter(|r| r.user_id == Some(user_id))
            .filter_map(|r| FacilityRole::parse(&r.role))
            .collect();
        out.push(FacilitySummary {
            id: f.id,
            status: current_status(db, f.id).await?,
            membership: m.status,
            is_main_holder: f.main_holder_id == user_id,
            name: f.name,
            institution: f.institution,
            roles,
        });
    }
    Ok(out)
}

/// Who holds a named role of the facility now (None while unassigned or only invited).
pub async fn role_holder<C: ConnectionTrait>(
    conn: &C,
    facility_id: FacilityId,
    role: FacilityRole,
) -> Result<Option<UserId>, DataError> {
    Ok(facility_role::Entity::find_by_id((facility_id, role.as_str().to_owned()))
        .one(conn)
        .await?
        .and_then(|r| r.user_id))
}

/// The facility's active members.
pub(crate) async fn team<C: ConnectionTrait>(
    conn: &C,
    facility_id: FacilityId,
) -> Result<Vec<user::Model>, DataError> {
    let ids: Vec<UserId> = membership::Entity::find()
        .filter(membership::Column::FacilityId.eq(facility_id))
        .filter(membership::Column::Status.eq(MembershipStatus::Active))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    Ok(user::Entity::find().filter(user::Column::Id.is_in(ids)).all(conn).await?)
}

/// The Authorised Representative and the contact (once each).
pub(crate) async fn correspondents<C: ConnectionTrait>(
    conn: &C,
    facility_id: FacilityId,
) -> Result<Vec<user::Model>, DataError> {
    let roles = [FacilityRole::AuthorisedRepresentative.as_str(), FacilityRole::Contact.as_str()];
    let mut ids: Vec<UserId> = facility_role::Entity::find()
        .filter(facility_role::Column::FacilityId.eq(facility_id))
        .filter(facility_role::Column::Role.is_in(roles))
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|r| r.user_id)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(user::Entity::find().filter(user::Column::Id.is_in(ids)).all(conn).await?)
}
