//! The application of a facility: open it, read it (edition and answers; the page computes
//! readiness from them with `standards::readiness`, as submission does), save one answer. The
//! questionnaire pages build on these.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::domain::case_review::{CaseForm, CaseReviewView};
use crate::domain::ids::{ApplicationId, FacilityId};
use crate::domain::views::{AnswersView, ApplicationView, CycleComparison, SubmissionView};
use crate::error::AppError;

/// Opens the facility's application (or returns the open one); answers its id. Role: active
/// member of the facility. Errors: `Validation` (`facility`: not an Enrolled Centre yet;
/// `edition`: none imported).
#[server]
pub async fn open_application(facility_id: FacilityId) -> Result<ApplicationId, AppError> {
    use super::request::{FacilityAccess, answer, database, facility_access};
    answer(
        async {
            let db = database()?;
            let (user, _) = facility_access(&db, facility_id, FacilityAccess::Member).await?;
            Ok(crate::db::applications::open(&db, facility_id, user.id, chrono::Utc::now())
                .await?
                .id)
        }
        .await,
    )
}

/// Opens the facility's next application once the waiting period after a "not accredited"
/// decision has ended (or answers the newest one if a colleague opened it already); answers
/// its id. Role: active member of the facility. Errors: `Validation` (`application`: still
/// waiting; `facility`: no longer an Enrolled Centre).
#[server]
pub async fn start_new_application(facility_id: FacilityId) -> Result<ApplicationId, AppError> {
    use super::request::{FacilityAccess, after_plain_form, answer, database, facility_access};
    answer(
        async {
            let db = database()?;
            let (user, _) = facility_access(&db, facility_id, FacilityAccess::Member).await?;
            let id =
                crate::db::reapplication::open_new(&db, facility_id, user.id, chrono::Utc::now())
                    .await?
                    .id;
            after_plain_form(&format!("/applications/{id}"));
            Ok(id)
        }
        .await,
    )
}

/// An application with its edition, answers and evidence. Role: active member of the
/// facility, or administrator (read-only: `read_only` is set and nothing is editable).
#[server]
pub async fn get_application(application_id: ApplicationId) -> Result<ApplicationView, AppError> {
    use super::request::{FacilityAccess, answer, database};
    answer(
        async {
            let db = database()?;
            let (app, user, access) =
                super::request::reader_of_application(&db, application_id).await?;
            let read_only = access == FacilityAccess::Reader;
            let limit = super::evidence::evidence_limit();
            Ok(crate::db::read::application::application_view(
                &db,
                &app,
                user.id,
                read_only,
                limit,
                chrono::Utc::now(),
            )
            .await?)
        }
        .await,
    )
}

/// Saves one answer (autosave). Idempotent per `save.idempotency_key`; a stale
/// `save.base_revision` answers `SaveOutcome::Conflict` and overwrites nothing. Role: active
/// member of the application's facility. Errors: `Validation` (wrong answer type, unknown
/// item, malformed key, application no longer a draft).
#[server(input = Json)]
pub async fn save_answer(
    save: crate::domain::standards::AnswerSave,
) -> Result<crate::domain::standards::SaveOutcome, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let (_, user) = super::request::member_of_application(&db, save.application_id).await?;
            Ok(crate::db::applications::save_answer(&db, &save, user.id, chrono::Utc::now())
                .await?)
        }
        .await,
    )
}

/// The stored answers and status of an application, for showing others' answers without a
/// reload (the questionnaire polls this). Role: active member of the facility, or
/// administrator. Read-only.
#[server]
pub async fn application_answers(application_id: ApplicationId) -> Result<AnswersView, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let (app, _, _) = super::request::poller_of_application(&db, application_id).await?;
            Ok(crate::db::read::application::answers_view(&db, &app).await?)
        }
        .await,
    )
}

/// The application's internal case review. Role: active member of the facility,
/// administrator, or active assessor of the application (who reads the forms they judge).
/// Read-only.
#[server]
pub async fn get_case_review(application_id: ApplicationId) -> Result<CaseReviewView, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            use super::request::{ApplicationReader, FacilityAccess};
            let (app, user, reader) =
                super::request::reader_or_assessor(&db, application_id).await?;
            let mut view =
                crate::db::case_review::view(&db, &app, user.id, chrono::Utc::now()).await?;
            view.editable &= reader != ApplicationReader::Facility(FacilityAccess::Reader)
                && reader != ApplicationReader::Assessor;
            view.read_by_assessor = reader == ApplicationReader::Assessor;
            Ok(view)
        }
        .await,
    )
}

/// The application as it was last submitted, with its fingerprint checked again; `None`
/// before the first submission. Role: active member of the facility, administrator, or active
/// assessor of the application. Read-only.
#[server]
pub async fn get_snapshot(
    application_id: ApplicationId,
) -> Result<Option<crate::domain::views::SnapshotView>, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let (app, _, _) = super::request::reader_or_assessor(&db, application_id).await?;
            Ok(crate::db::read::application::snapshot_view(&db, &app).await?)
        }
        .await,
    )
}

/// Draws the cases of the review from the listed references (one per line or CSV). A
/// re-draw needs a `reason`; every draw is kept and logged. Role: active member of the
/// facility. Errors: `Validation` (`references`: too few, too long, looks identifying;
/// `reason`: required for a re-draw).
#[server]
pub async fn draw_case_review(
    application_id: ApplicationId,
    references: String,
    reason: String,
) -> Result<CaseReviewView, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let (app, user) = super::request::member_of_application(&db, application_id).await?;
            let now = chrono::Utc::now();
            crate::db::case_review::draw(&db, &app, &references, &reason, user.id, now).await?;
            Ok(crate::db::case_review::view(&db, &app, user.id, now).await?)
        }
        .await,
    )
}

/// One case form of the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSave {
    pub application_id: ApplicationId,
    pub draw_id: i64,
    pub case_ref: String,
    pub form: CaseForm,
}

/// Saves the form of one drawn case. Role: active member of the facility. Errors:
/// `Validation` (the draw was replaced, the case was not drawn, notes too long, not a draft).
#[server(input = Json)]
pub async fn save_case_form(save: CaseSave) -> Result<(), AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let (app, user) =
                super::request::member_of_application(&db, save.application_id).await?;
            Ok(crate::db::case_review::save_case(
                &db,
                &app,
                save.draw_id,
                &save.case_ref,
                &save.form,
                user.id,
                chrono::Utc::now(),
            )
            .await?)
        }
        .await,
    )
}

/// Submits the application. Role: the facility's Authorised Representative only (not even
/// an administrator). The server re-checks readiness. Errors: `Validation` (`application`: not
/// ready, or not a draft any more).
#[server]
pub async fn submit_application(application_id: ApplicationId) -> Result<SubmissionView, AppError> {
    use super::request::{answer, database, public_url};
    answer(
        async {
            let db = database()?;
            let (app, user) =
                super::request::representative_of_application(&db, application_id).await?;
            crate::db::submissions::submit(&db, app.id, user.id, &public_url(), chrono::Utc::now())
                .await?;
            crate::db::read::application::submission_receipt(&db, app.id)
                .await?
                .ok_or(AppError::NotFound)
        }
        .await,
    )
}

/// Confirms carried answers as they are ("carried — confirm or update"); answers the items
/// still carried. Role: active member of the facility. Errors: `Validation` (not a draft).
#[server(input = Json)]
pub async fn confirm_carried(
    application_id: ApplicationId,
    items: Vec<String>,
) -> Result<Vec<String>, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let (app, user) = super::request::member_of_application(&db, application_id).await?;
            crate::db::recertification_cycle::confirm(
                &db,
                &app,
                &items,
                user.id,
                chrono::Utc::now(),
            )
            .await?;
            Ok(crate::db::recertification_cycle::unconfirmed(&db, app.id).await?)
        }
        .await,
    )
}

/// Applies (or stops applying) for Centre of Excellence in a re-certification cycle. Role: the
/// facility's Authorised Representative. Errors: `Validation` (a first cycle; not a draft).
#[server]
pub async fn request_excellence(
    application_id: ApplicationId,
    requested: bool,
) -> Result<(), AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let (app, user) =
                super::request::representative_of_application(&db, application_id).await?;
            Ok(crate::db::recertification_cycle::request_excellence(&db, &app, requested, user.id)
                .await?)
        }
        .await,
    )
}

/// What changed in a re-certification against the previous cycle. Role: active member of the
/// facility, administrator, or an assessor assigned to the application. `NotFound` for a
/// first cycle.
#[server]
pub async fn cycle_changes(application_id: ApplicationId) -> Result<CycleComparison, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let app = match super::request::reader_of_application(&db, application_id).await {
                Ok((app, _, _)) => app,
                Err(AppError::Forbidden) => {
                    super::assessment::checks::assessor_of(&db, application_id).await?;
                    crate::db::applications::find(&db, application_id)
                        .await?
                        .ok_or(AppError::NotFound)?
                }
                Err(e) => return Err(e),
            };
            crate::db::read::application::cycle_comparison(&db, &app)
                .await?
                .ok_or(AppError::NotFound)
        }
        .await,
    )
}
