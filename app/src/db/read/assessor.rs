//! What an assessor works from: the list of their assignments and the workspace of one
//! application they are assigned to (the caller has checked the assignment).

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, EntityTrait};

use crate::db::DataError;
use crate::db::entities::{application, facility};
use crate::domain::case_review::CaseReviewProgress;
use crate::domain::ids::UserId;
use crate::domain::views::{AssignmentRow, Workspace};

/// The assessor's assignments with their facility and application status.
pub async fn assignment_rows(
    db: &DatabaseConnection,
    assessor_id: UserId,
) -> Result<Vec<AssignmentRow>, DataError> {
    Ok(crate::db::assignments::assignments_of(db, assessor_id)
        .await?
        .into_iter()
        .map(|(a, app, f)| AssignmentRow {
            id: a.id,
            application_id: app.id,
            facility: f.name,
            institution: f.institution,
            country: f.country,
            status: a.status,
            application_status: app.status,
        })
        .collect())
}

/// The application as `assessor_id` reviews it: answers, evidence, case review progress, their
/// own findings, the queries and the clock.
pub async fn workspace(
    db: &DatabaseConnection,
    app: &application::Model,
    assessor_id: UserId,
    evidence_limit: u64,
    now: DateTime<Utc>,
) -> Result<Workspace, DataError> {
    let f =
        facility::Entity::find_by_id(app.facility_id).one(db).await?.ok_or(DataError::NotFound)?;
    Ok(Workspace {
        application_id: app.id,
        facility: f.name,
        status: app.status,
        edition: crate::db::applications::edition_of(db, app).await?,
        answers: crate::db::applications::answers_of(db, app.id).await?,
        evidence: crate::db::evidence::view(db, app, evidence_limit).await?,
        case_review: CaseReviewProgress::of(
            &crate::db::case_review::view(db, app, assessor_id, now).await?,
        ),
        findings: crate::db::assessment::own_findings(db, app.id, assessor_id).await?,
        queries: crate::db::assessment::queries_of(db, app.id).await?,
        clock_days: super::clock_days(&crate::db::clock::clock_of(db, app.id).await?, now),
        submission_hash: crate::db::submissions::latest(db, app.id).await?.map(|r| r.content_hash),
        recertification: app.carried_from.is_some(),
        excellence_requested: app.excellence_requested,
        today: now.date_naive(),
    })
}
