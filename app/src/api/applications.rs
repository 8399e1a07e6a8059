//! The application of a facility: open it, read it (edition and answers; the page computes
//! readiness from them with `standards::readiness`, as submission does), save one answer. The
//! questionnaire pages build on these.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::domain::case_review::{CaseForm, CaseReviewView};
use crate::domain::standards::{AnswerValue, Edition};
use crate::error::AppError;

/// The newest decision on an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionView {
    pub outcome: crate::domain::assessment::Outcome,
    pub items: Vec<String>,
    pub comment: String,
    pub decided_at: chrono::DateTime<chrono::Utc>,
    pub valid_from: Option<chrono::NaiveDate>,
    pub valid_until: Option<chrono::NaiveDate>,
    /// Verification code of the certificate (accredited).
    pub certificate: Option<String>,
    /// The status the certificate confers: Accredited, or Centre of Excellence.
    pub conferred: Option<crate::domain::facilities::FacilityStatus>,
    pub facility: String,
}

impl DecisionView {
    /// The sentence of the letter for this outcome.
    pub fn letter_key(&self) -> &'static str {
        match (self.outcome, self.conferred) {
            (crate::domain::assessment::Outcome::AmendmentsRequired, _) => {
                "decision-letter-amendments"
            }
            (_, Some(crate::domain::facilities::FacilityStatus::CentreOfExcellence)) => {
                "decision-letter-excellence"
            }
            _ => "decision-letter-accredited",
        }
    }
}

/// The receipt of a submission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionView {
    pub submitted_at: chrono::DateTime<chrono::Utc>,
    pub submitted_by: String,
    /// SHA-256 of the frozen snapshot.
    pub content_hash: String,
}

/// Everything the questionnaire needs in one answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: i64,
    pub facility_id: i64,
    /// The reader: offline drafts are kept per user on a shared device.
    pub user_id: i64,
    pub status: crate::domain::standards::ApplicationStatus,
    pub edition: Edition,
    /// item key → (answer, revision)
    pub answers: Vec<(String, AnswerValue, i64)>,
    pub case_review_complete: bool,
    /// The reader is the facility's Authorised Representative (the only one who submits).
    pub is_representative: bool,
    pub submission: Option<SubmissionView>,
    pub evidence: crate::domain::evidence::EvidenceView,
    /// Assessors' queries with their threads.
    pub queries: Vec<crate::domain::assessment::QueryView>,
    /// Items the team may change now: all while a draft; the reopened ones after
    /// `amendments_required`; those with an open query while evidence is requested.
    pub editable_items: Option<Vec<String>>,
    /// Days the assessment clock has run (shown to the AR and administrators).
    pub clock_days: Option<i64>,
    pub decision: Option<DecisionView>,
    /// The server's date (answers with dates must not be later).
    pub today: chrono::NaiveDate,
    /// 1 for the first application, 2… for re-certifications.
    pub cycle: i32,
    /// Carried from the previous cycle and not confirmed yet.
    pub carried: Vec<String>,
    /// A re-certification: the previous cycle's application.
    pub carried_from: Option<i64>,
    /// The facility applies for Centre of Excellence in this cycle.
    pub excellence_requested: bool,
    /// The viewer reads without writing (an administrator): nothing on the page is editable.
    pub read_only: bool,
}

/// Opens the facility's application (or returns the open one); answers its id. Role: active
/// member of the facility. Errors: `Validation` (`facility`: not an Enrolled Centre yet;
/// `edition`: none imported).
#[server]
pub async fn open_application(facility_id: i64) -> Result<i64, AppError> {
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

/// An application with its edition, answers and evidence. Role: active member of the
/// facility, or administrator (read-only: `read_only` is set and nothing is editable).
#[server]
pub async fn get_application(application_id: i64) -> Result<ApplicationView, AppError> {
    use super::request::{FacilityAccess, answer, database};
    answer(
        async {
            let db = database()?;
            let (app, user, access) =
                super::request::reader_of_application(&db, application_id).await?;
            application_view(&db, &app, user.id, access == FacilityAccess::Reader).await
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
pub async fn application_answers(application_id: i64) -> Result<AnswersView, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let (app, _, _) = super::request::poller_of_application(&db, application_id).await?;
            let answers = crate::db::applications::answers_of(&db, app.id).await?;
            let carried = crate::db::recertification_cycle::unconfirmed(&db, app.id).await?;
            Ok(AnswersView { status: app.status, answers, carried })
        }
        .await,
    )
}

/// What `application_answers` returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswersView {
    pub status: crate::domain::standards::ApplicationStatus,
    /// item key → (answer, revision)
    pub answers: Vec<(String, AnswerValue, i64)>,
    /// Carried answers not confirmed yet.
    pub carried: Vec<String>,
}

#[cfg(feature = "ssr")]
async fn application_view(
    db: &sea_orm::DatabaseConnection,
    app: &crate::db::entities::application::Model,
    user_id: i64,
    read_only: bool,
) -> Result<ApplicationView, AppError> {
    use crate::domain::facilities::FacilityRole;
    let edition = crate::db::applications::edition_of(db, app).await?;
    let answers = crate::db::applications::answers_of(db, app.id).await?;
    let evidence = crate::db::evidence::view(db, app, super::evidence::evidence_limit()).await?;
    let carried = crate::db::recertification_cycle::unconfirmed(db, app.id).await?;
    let today = chrono::Utc::now().date_naive();
    let case_review_complete = crate::db::case_review::is_complete(db, app.id, today).await?;
    let is_representative = crate::db::memberships::role_holder(
        db,
        app.facility_id,
        FacilityRole::AuthorisedRepresentative,
    )
    .await?
        == Some(user_id);
    let submission = crate::db::submissions::latest(db, app.id).await?.map(|r| SubmissionView {
        submitted_at: r.submitted_at,
        submitted_by: r.submitted_by,
        content_hash: r.content_hash,
    });
    let queries = crate::db::assessment::queries_of(db, app.id).await?;
    let editable_items = match app.status {
        _ if read_only => Some(Vec::new()),
        crate::domain::standards::ApplicationStatus::Draft => None,
        crate::domain::standards::ApplicationStatus::AmendmentsRequired => {
            Some(crate::db::editability::reopened(app))
        }
        crate::domain::standards::ApplicationStatus::EvidenceRequested => {
            Some(crate::db::editability::open_query_items(db, app.id).await?)
        }
        _ => Some(Vec::new()),
    };
    let is_admin = crate::db::accounts::roles_of(db, user_id)
        .await?
        .contains(&crate::domain::accounts::GlobalRole::Administrator);
    let clock_days = (is_representative || is_admin).then_some(
        crate::domain::assessment::running_time(
            &crate::db::clock::clock_of(db, app.id).await?,
            chrono::Utc::now(),
        )
        .num_days(),
    );
    let decision = decision_view(db, app).await?;
    Ok(ApplicationView {
        id: app.id,
        facility_id: app.facility_id,
        user_id,
        status: app.status,
        edition,
        answers,
        case_review_complete,
        is_representative,
        submission,
        evidence,
        queries,
        editable_items,
        clock_days,
        decision,
        today,
        cycle: app.cycle,
        carried,
        carried_from: app.carried_from,
        excellence_requested: app.excellence_requested,
        read_only,
    })
}

/// The application's internal case review. Role: active member of the facility, or
/// administrator. Read-only.
#[server]
pub async fn get_case_review(application_id: i64) -> Result<CaseReviewView, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let (app, user, access) =
                super::request::reader_of_application(&db, application_id).await?;
            let mut view =
                crate::db::case_review::view(&db, &app, user.id, chrono::Utc::now()).await?;
            view.editable &= access != super::request::FacilityAccess::Reader;
            Ok(view)
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
    application_id: i64,
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
    pub application_id: i64,
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
pub async fn submit_application(application_id: i64) -> Result<SubmissionView, AppError> {
    use super::request::{answer, database, public_url};
    answer(
        async {
            let db = database()?;
            let (app, user) =
                super::request::representative_of_application(&db, application_id).await?;
            crate::db::submissions::submit(&db, app.id, user.id, &public_url(), chrono::Utc::now())
                .await?;
            let receipt =
                crate::db::submissions::latest(&db, app.id).await?.ok_or(AppError::NotFound)?;
            Ok(SubmissionView {
                submitted_at: receipt.submitted_at,
                submitted_by: receipt.submitted_by,
                content_hash: receipt.content_hash,
            })
        }
        .await,
    )
}

/// Confirms carried answers as they are ("carried — confirm or update"); answers the items
/// still carried. Role: active member of the facility. Errors: `Validation` (not a draft).
#[server(input = Json)]
pub async fn confirm_carried(
    application_id: i64,
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
pub async fn request_excellence(application_id: i64, requested: bool) -> Result<(), AppError> {
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

/// The side-by-side view of a re-certification against the cycle it was prefilled from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CycleComparison {
    pub application_id: i64,
    pub facility_id: i64,
    pub cycle: i32,
    pub previous_application: i64,
    pub previous_cycle: i32,
    /// The edition of this cycle (the rows follow its order).
    pub edition: Edition,
    pub rows: Vec<crate::domain::recertification::ItemChange>,
}

/// What changed in a re-certification against the previous cycle. Role: active member of the
/// facility, administrator, or an assessor assigned to the application. `NotFound` for a
/// first cycle.
#[server]
pub async fn cycle_changes(application_id: i64) -> Result<CycleComparison, AppError> {
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
            let compared = crate::db::recertification_cycle::comparison(&db, &app)
                .await?
                .ok_or(AppError::NotFound)?;
            let edition = crate::db::applications::edition_of(&db, &app).await?;
            let rows = crate::domain::recertification::changes(
                &edition,
                &compared.before,
                &compared.after,
            );
            Ok(CycleComparison {
                application_id: app.id,
                facility_id: app.facility_id,
                cycle: app.cycle,
                previous_application: compared.previous.id,
                previous_cycle: compared.previous.cycle,
                edition,
                rows,
            })
        }
        .await,
    )
}

/// The newest decision of an application as the letter shows it.
#[cfg(feature = "ssr")]
pub async fn decision_view(
    db: &sea_orm::DatabaseConnection,
    app: &crate::db::entities::application::Model,
) -> Result<Option<DecisionView>, AppError> {
    use sea_orm::EntityTrait;
    let Some(d) = crate::db::assessment::latest_decision(db, app.id).await? else {
        return Ok(None);
    };
    let Some(outcome) = crate::domain::assessment::Outcome::parse(&d.outcome) else {
        return Ok(None);
    };
    let issued = if outcome == crate::domain::assessment::Outcome::Accredited {
        crate::db::certificates::certificate_of(db, app.facility_id).await?
    } else {
        None
    };
    // The facility's newest certificate is this decision's unless a later cycle has one.
    let issued = issued.filter(|c| c.application_id == app.id);
    let conferred = issued.as_ref().map(|c| c.status);
    let certificate = issued.map(|c| c.code);
    let facility = crate::db::entities::facility::Entity::find_by_id(app.facility_id)
        .one(db)
        .await
        .map_err(crate::db::DataError::from)?
        .map(|f| f.name)
        .unwrap_or_default();
    Ok(Some(DecisionView {
        outcome,
        items: serde_json::from_str(&d.items).unwrap_or_default(),
        comment: d.comment,
        decided_at: d.decided_at,
        valid_from: d.valid_from,
        valid_until: d.valid_until,
        certificate,
        conferred,
        facility,
    }))
}
