//! The application of a facility: open it, read it (edition, answers, readiness), save one
//! answer. The questionnaire pages build on these.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::standards::{AnswerValue, Edition, ReadinessReport};

/// Everything the questionnaire needs in one answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: i64,
    pub facility_id: i64,
    pub status: String,
    pub edition: Edition,
    /// item key → (answer, revision)
    pub answers: Vec<(String, AnswerValue, i64)>,
    pub readiness: ReadinessReport,
    /// The server's date (answers with dates must not be later).
    pub today: chrono::NaiveDate,
}

/// Opens the facility's application (or returns the open one); answers its id. Role: active
/// member of the facility. Errors: `Validation` (`facility`: not an Enrolled Centre yet;
/// `edition`: none imported).
#[server]
pub async fn open_application(facility_id: i64) -> Result<i64, AppError> {
    use super::request::{answer, database, facility_access, FacilityAccess};
    answer(
        async {
            let db = database()?;
            let (user, _) = facility_access(&db, facility_id, FacilityAccess::Member).await?;
            Ok(crate::db::applications::open(&db, facility_id, user.id, chrono::Utc::now()).await?.id)
        }
        .await,
    )
}

/// An application with its edition, answers and readiness. Role: active member of the
/// facility, or administrator.
#[server]
pub async fn get_application(application_id: i64) -> Result<ApplicationView, AppError> {
    use super::request::{answer, database, facility_access, signed_in, FacilityAccess};
    use crate::standards::ItemState;
    answer(
        async {
            let db = database()?;
            signed_in(&db).await?;
            let Some(app) = crate::db::applications::find(&db, application_id).await? else {
                return Err(AppError::Forbidden);
            };
            facility_access(&db, app.facility_id, FacilityAccess::Member).await?;
            let edition = crate::db::applications::edition_of(&db, &app).await?;
            let answers = crate::db::applications::answers_of(&db, app.id).await?;
            let states = answers.iter().map(|(k, v, _)| (k.clone(), ItemState { answer: Some(v.clone()), evidence_files: 0 })).collect();
            // The case review is not built yet: an application cannot be ready before it is.
            let today = chrono::Utc::now().date_naive();
            let readiness = crate::standards::readiness(&edition, &states, false, today);
            Ok(ApplicationView { id: app.id, facility_id: app.facility_id, status: app.status, edition, answers, readiness, today })
        }
        .await,
    )
}

/// Saves one answer (autosave). Idempotent per `save.idempotency_key`; a stale
/// `save.base_revision` answers `SaveOutcome::Conflict` and overwrites nothing. Role: active
/// member of the application's facility. Errors: `Validation` (wrong answer type, unknown
/// item, malformed key, application no longer a draft).
#[server(input = Json)]
pub async fn save_answer(save: crate::standards::AnswerSave) -> Result<crate::standards::SaveOutcome, AppError> {
    use super::request::{answer, database, facility_access, FacilityAccess};
    answer(
        async {
            let db = database()?;
            let Some(app) = crate::db::applications::find(&db, save.application_id).await? else {
                return Err(AppError::Forbidden);
            };
            let (user, _) = facility_access(&db, app.facility_id, FacilityAccess::Member).await?;
            Ok(crate::db::applications::save_answer(&db, &save, user.id, chrono::Utc::now()).await?)
        }
        .await,
    )
}
