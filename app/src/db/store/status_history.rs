//! A facility's status history: one row per change, the newest is the current status, and a
//! change is refused unless the pathway allows it from there.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};

use crate::db::DataError;
use crate::db::entities::facility_status;
use crate::domain::facilities::FacilityStatus;
use crate::domain::ids::FacilityId;

pub(crate) async fn add_status<C: ConnectionTrait>(
    conn: &C,
    facility_id: FacilityId,
    status: FacilityStatus,
    actor: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    facility_status::ActiveModel {
        facility_id: Set(facility_id),
        status: Set(status),
        actor: Set(actor.to_owned()),
        reason: Set(reason.to_owned()),
        occurred_at: Set(now.trunc_subsecs(6)),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The current status: the newest entry of the history.
pub async fn current_status<C: ConnectionTrait>(
    conn: &C,
    facility_id: FacilityId,
) -> Result<FacilityStatus, DataError> {
    let newest = facility_status::Entity::find()
        .filter(facility_status::Column::FacilityId.eq(facility_id))
        .order_by_desc(facility_status::Column::Id)
        .one(conn)
        .await?;
    newest.map(|row| row.status).ok_or_else(|| {
        DataError::AuditChain(format!("facility {facility_id} has no status history"))
    })
}

/// Moves a facility to `next` if the pathway allows it from its current status.
pub async fn change_status<C: ConnectionTrait>(
    conn: &C,
    facility_id: FacilityId,
    next: FacilityStatus,
    actor: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<FacilityStatus, DataError> {
    let current = current_status(conn, facility_id).await?;
    if !current.can_become(next) {
        return Err(DataError::invalid("status", "facility-error-status-change"));
    }
    add_status(conn, facility_id, next, actor, reason, now).await?;
    Ok(current)
}
