//! The administrators' view of the applications under assessment: one row per application
//! (clock, open and overdue queries, assessors) and one application with the consensus of its
//! assessors' findings, their recommendations and what blocks a decision.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::db::DataError;
use crate::db::entities::{application, facility};
use crate::domain::accounts::GlobalRole;
use crate::domain::assessment::OVERDUE_QUERY_DAYS;
use crate::domain::ids::ApplicationId;
use crate::domain::standards::ApplicationStatus;
use crate::domain::views::{AdminApplicationRow, AdminApplicationView};

/// One application's row; `target_weeks`: the configured target of the assessment clock.
async fn row(
    db: &DatabaseConnection,
    app: &application::Model,
    target_weeks: u32,
    now: DateTime<Utc>,
) -> Result<AdminApplicationRow, DataError> {
    let f =
        facility::Entity::find_by_id(app.facility_id).one(db).await?.ok_or(DataError::NotFound)?;
    let assessors = crate::db::assignments::assignments_for(db, app.id)
        .await?
        .into_iter()
        .map(|(a, u)| (u.display_name, a.status))
        .collect();
    let overdue_after = chrono::Duration::days(OVERDUE_QUERY_DAYS);
    Ok(AdminApplicationRow {
        id: app.id,
        facility: f.name,
        status: app.status,
        clock_days: super::clock_days(&crate::db::clock::clock_of(db, app.id).await?, now),
        open_queries: crate::db::editability::open_query_items(db, app.id).await?.len(),
        target_weeks,
        overdue_queries: crate::db::assessment::queries_of(db, app.id)
            .await?
            .iter()
            .filter(|q| q.open && now - q.opened_at > overdue_after)
            .count(),
        assessors,
    })
}

/// Every application past its draft, oldest first.
pub async fn application_rows(
    db: &DatabaseConnection,
    target_weeks: u32,
    now: DateTime<Utc>,
) -> Result<Vec<AdminApplicationRow>, DataError> {
    let apps = application::Entity::find()
        .filter(application::Column::Status.ne(ApplicationStatus::Draft))
        .order_by_asc(application::Column::Id)
        .all(db)
        .await?;
    let mut rows = Vec::with_capacity(apps.len());
    for app in &apps {
        rows.push(row(db, app, target_weeks, now).await?);
    }
    Ok(rows)
}

/// One application for assignment and decision; `NotFound` when there is none.
pub async fn application_view(
    db: &DatabaseConnection,
    application_id: ApplicationId,
    target_weeks: u32,
    now: DateTime<Utc>,
) -> Result<AdminApplicationView, DataError> {
    let app =
        crate::db::applications::find(db, application_id).await?.ok_or(DataError::NotFound)?;
    let (findings, active) = crate::db::assessment::findings_of(db, app.id).await?;
    let edition = crate::db::applications::edition_of(db, &app).await?;
    let complete = crate::db::case_review::is_complete(db, app.id, now.date_naive()).await?;
    let assessor_pool = crate::db::accounts::holders_of(db, GlobalRole::Assessor)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name, u.email))
        .collect();
    Ok(AdminApplicationView {
        row: row(db, &app, target_weeks, now).await?,
        assessor_pool,
        differences: crate::domain::assessment::differences(&findings),
        blockers: crate::domain::assessment::accreditation_blockers(
            &edition, &findings, active, complete,
        ),
        findings: findings.into_iter().collect(),
        active_assessors: active,
        recommendations: crate::db::assessment::recommendations_of(db, app.id).await?,
        queries: crate::db::assessment::queries_of(db, app.id).await?,
    })
}
