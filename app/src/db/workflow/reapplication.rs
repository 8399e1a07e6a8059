//! A new application after a "not accredited" decision: once the waiting period the letter
//! states has passed, any active member opens it; it starts blank on the newest edition.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, TransactionTrait};
use serde_json::json;

use crate::db::audit::{self, NewEntry};
use crate::db::entities::application;
use crate::db::status_history::current_status;
use crate::db::{DataError, applications, assessment, editions};
use crate::domain::facilities::FacilityStatus;
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
    if current_status(db, facility_id).await? != FacilityStatus::Enrolled {
        return Err(DataError::invalid("facility", "application-error-not-enrolled"));
    }
    let Some((edition, _)) = editions::list(db).await?.into_iter().next() else {
        return Err(DataError::invalid("edition", "application-error-no-edition"));
    };
    let cycle = declined.cycle + 1;
    let txn = db.begin().await?;
    let inserted = application::ActiveModel {
        facility_id: Set(facility_id),
        cycle: Set(cycle),
        edition_id: Set(edition.id.clone()),
        status: Set(ApplicationStatus::Draft),
        created_at: Set(now.trunc_subsecs(6)),
        created_by: Set(Some(actor_id)),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(DataError::from);
    let created = match inserted {
        Ok(model) => model,
        // Two members opened it at the same moment: the other insert won.
        Err(e) if e.is_unique_violation() => {
            return applications::current_for_facility(db, facility_id).await?.ok_or(e);
        }
        Err(e) => return Err(e),
    };
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "application.opened",
        &format!("application:{}", created.id),
    );
    entry.after = Some(json!({
        "facility": facility_id,
        "cycle": cycle,
        "edition": edition.id,
        "after_not_accredited": declined.id,
    }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(created)
}
