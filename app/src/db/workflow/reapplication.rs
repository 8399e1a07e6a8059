//! A new application after a "not accredited" decision: once the waiting period the letter
//! states has passed, any active member opens it; it starts blank on the newest edition.

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db::entities::application;
use crate::db::{DataError, applications, assessment};
use crate::domain::ids::{FacilityId, UserId};
use crate::domain::standards::ApplicationStatus;

/// Opens the facility's next application after its newest one was decided "not accredited",
/// or answers the newest one when that is not the case (a colleague opened it a moment ago).
/// Errors: `Invalid` (`application`: the waiting period has not ended; `facility`: no
/// application yet, or no longer an Enrolled Centre; `edition`: none imported).
pub async fn open_new(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    actor_id: UserId,
    now: DateTime<Utc>,
) -> Result<application::Model, DataError> {
    let Some(declined) = applications::current_for_facility(db, facility_id).await? else {
        return Err(DataError::invalid("facility", "application-error-not-enrolled"));
    };
    if declined.status != ApplicationStatus::NotAccredited {
        return Ok(declined);
    }
    let decision = assessment::latest_decision(db, declined.id).await?;
    let from = decision.and_then(|d| d.reapply_from);
    if from.is_some_and(|from| now.date_naive() < from) {
        return Err(DataError::invalid("application", "application-error-waiting-period"));
    }
    applications::open_blank(db, facility_id, declined.cycle + 1, actor_id, now, Some(declined.id))
        .await
}
