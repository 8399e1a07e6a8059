//! Assessment server functions: administrators assign and decide, assessors declare
//! conflicts, review and query, the facility answers queries, everyone may verify a
//! certificate and read the directory. Assessors only ever reach applications they are
//! actively assigned to (declared, no conflict).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::assessment::{CertificateView, DirectoryEntry, QueryView};
use crate::domain::case_review::CaseReviewProgress;
use crate::domain::evidence::EvidenceView;
use crate::domain::standards::{AnswerValue, Edition};
use crate::error::AppError;

/// An assignment as the assessor's list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignmentRow {
    pub id: i64,
    pub application_id: i64,
    pub facility: String,
    pub institution: String,
    pub country: String,
    pub status: crate::domain::assessment::AssignmentStatus,
    pub application_status: crate::domain::standards::ApplicationStatus,
}

/// What an assessor works from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    pub application_id: i64,
    pub facility: String,
    pub status: crate::domain::standards::ApplicationStatus,
    pub edition: Edition,
    pub answers: Vec<(String, AnswerValue, i64)>,
    pub evidence: EvidenceView,
    pub case_review: CaseReviewProgress,
    /// This assessor's findings: (item, finding, comment).
    pub findings: Vec<(String, crate::domain::assessment::Finding, String)>,
    pub queries: Vec<QueryView>,
    pub clock_days: i64,
    pub submission_hash: Option<String>,
    /// A re-certification: link to the comparison with the previous cycle.
    pub recertification: bool,
    pub excellence_requested: bool,
}

/// One application on the administrators' assessment dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminApplicationRow {
    pub id: i64,
    pub facility: String,
    pub status: crate::domain::standards::ApplicationStatus,
    pub clock_days: i64,
    pub open_queries: usize,
    /// Open queries older than `OVERDUE_QUERY_DAYS`.
    pub overdue_queries: usize,
    /// The configured target of the assessment clock.
    pub target_weeks: u32,
    /// (assessor name, assignment status)
    pub assessors: Vec<(String, crate::domain::assessment::AssignmentStatus)>,
}

/// The administrators' view of one application under assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminApplicationView {
    pub row: AdminApplicationRow,
    /// Users holding the assessor role: (id, name, email).
    pub assessor_pool: Vec<(i64, String, String)>,
    /// item → findings of the active assessors (the consensus view).
    pub findings: Vec<(String, Vec<crate::domain::assessment::Finding>)>,
    pub differences: Vec<String>,
    pub active_assessors: usize,
    pub recommendations: Vec<(String, crate::domain::assessment::Outcome, String)>,
    pub blockers: crate::domain::assessment::DecisionBlockers,
    pub queries: Vec<QueryView>,
}

#[cfg(feature = "ssr")]
pub(crate) mod checks {
    use crate::api::request::signed_in;
    use crate::error::AppError;

    /// The signed-in user if they are an active assessor of the application.
    pub async fn assessor_of(
        db: &sea_orm::DatabaseConnection,
        application_id: i64,
    ) -> Result<crate::db::entities::user::Model, AppError> {
        let (user, roles) = signed_in(db).await?;
        if roles.contains(&crate::domain::accounts::GlobalRole::Assessor)
            && crate::db::assignments::is_active_assessor(db, application_id, user.id).await?
        {
            Ok(user)
        } else {
            Err(AppError::Forbidden)
        }
    }

    pub fn days(events: &[crate::domain::assessment::ClockEvent]) -> i64 {
        crate::domain::assessment::running_time(events, chrono::Utc::now()).num_days()
    }
}

/// The signed-in assessor's assignments. Role: assessor.
#[server]
pub async fn my_assignments() -> Result<Vec<AssignmentRow>, AppError> {
    use super::request::{answer, database, signed_in};
    answer(
        async {
            let db = database()?;
            let (user, roles) = signed_in(&db).await?;
            if !roles.contains(&crate::domain::accounts::GlobalRole::Assessor) {
                return Err(AppError::Forbidden);
            }
            Ok(crate::db::assignments::assignments_of(&db, user.id)
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
        .await,
    )
}

/// The assessor's conflict-of-interest declaration for one assignment. Role: the assigned
/// assessor. A declared conflict blocks the assignment and mails the administrators.
#[server]
pub async fn declare_conflicts(
    assignment_id: i64,
    same_institution: bool,
    same_country: bool,
    other: String,
) -> Result<crate::domain::assessment::AssignmentStatus, AppError> {
    use super::request::{answer, database, public_url, signed_in};
    answer(
        async {
            let db = database()?;
            let (user, roles) = signed_in(&db).await?;
            if !roles.contains(&crate::domain::accounts::GlobalRole::Assessor) {
                return Err(AppError::Forbidden);
            }
            let declaration =
                crate::domain::assessment::Declaration { same_institution, same_country, other };
            Ok(crate::db::assessment::declare(
                &db,
                assignment_id,
                user.id,
                &declaration,
                &public_url(),
                chrono::Utc::now(),
            )
            .await?
            .status)
        }
        .await,
    )
}

/// The application as the assessor reviews it. Role: active assessor of the application.
#[server]
pub async fn assessment_workspace(application_id: i64) -> Result<Workspace, AppError> {
    use super::request::{answer, database};
    use sea_orm::EntityTrait;
    answer(
        async {
            let db = database()?;
            let user = checks::assessor_of(&db, application_id).await?;
            let app = crate::db::applications::find(&db, application_id)
                .await?
                .ok_or(AppError::Forbidden)?;
            let f = crate::db::entities::facility::Entity::find_by_id(app.facility_id)
                .one(&db)
                .await
                .map_err(crate::db::DataError::from)?
                .ok_or(AppError::NotFound)?;
            let now = chrono::Utc::now();
            Ok(Workspace {
                application_id,
                facility: f.name,
                status: app.status,
                edition: crate::db::applications::edition_of(&db, &app).await?,
                answers: crate::db::applications::answers_of(&db, app.id).await?,
                evidence: crate::db::evidence::view(&db, &app, super::evidence::evidence_limit())
                    .await?,
                case_review: CaseReviewProgress::of(
                    &crate::db::case_review::view(&db, &app, user.id, now).await?,
                ),
                findings: crate::db::assessment::own_findings(&db, app.id, user.id).await?,
                queries: crate::db::assessment::queries_of(&db, app.id).await?,
                clock_days: checks::days(&crate::db::clock::clock_of(&db, app.id).await?),
                submission_hash: crate::db::submissions::latest(&db, app.id)
                    .await?
                    .map(|r| r.content_hash),
                recertification: app.carried_from.is_some(),
                excellence_requested: app.excellence_requested,
            })
        }
        .await,
    )
}

/// Records the assessor's finding on an item. Role: active assessor. Errors: `Validation`
/// (unknown item or finding, not under assessment).
#[server]
pub async fn record_finding(
    application_id: i64,
    item_key: String,
    finding: crate::domain::assessment::Finding,
    comment: String,
) -> Result<(), AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let user = checks::assessor_of(&db, application_id).await?;
            Ok(crate::db::assessment::record_finding(
                &db,
                application_id,
                user.id,
                &item_key,
                finding,
                &comment,
                chrono::Utc::now(),
            )
            .await?)
        }
        .await,
    )
}

/// Opens a query on an item. Role: active assessor. The application waits for evidence and
/// the team is mailed.
#[server]
pub async fn open_query(
    application_id: i64,
    item_key: String,
    question: String,
) -> Result<(), AppError> {
    use super::request::{answer, database, public_url};
    answer(
        async {
            let db = database()?;
            let user = checks::assessor_of(&db, application_id).await?;
            crate::db::assessment::open_query(
                &db,
                application_id,
                user.id,
                &item_key,
                &question,
                &public_url(),
                chrono::Utc::now(),
            )
            .await?;
            Ok(())
        }
        .await,
    )
}

/// Closes a query. Role: active assessor of its application.
#[server]
pub async fn close_query(query_id: i64) -> Result<(), AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            super::request::signed_in(&db).await?;
            let q = crate::db::assessment::find_query(&db, query_id)
                .await?
                .ok_or(AppError::Forbidden)?;
            let user = checks::assessor_of(&db, q.application_id).await?;
            Ok(crate::db::assessment::close_query(&db, query_id, user.id, chrono::Utc::now())
                .await?)
        }
        .await,
    )
}

/// A message in a query's thread, optionally with an evidence file of the facility's
/// library. Role: active member of the facility, or active assessor of the application.
/// `client_key`: the key a browser's offline queue gave the reply; sent again, it is stored
/// once.
#[server]
pub async fn reply_to_query(
    query_id: i64,
    body: String,
    evidence_file_id: Option<i64>,
    client_key: Option<String>,
) -> Result<(), AppError> {
    use super::request::{FacilityAccess, answer, database, facility_access};
    answer(
        async {
            let db = database()?;
            super::request::signed_in(&db).await?;
            let q = crate::db::assessment::find_query(&db, query_id)
                .await?
                .ok_or(AppError::Forbidden)?;
            let app = crate::db::applications::find(&db, q.application_id)
                .await?
                .ok_or(AppError::Forbidden)?;
            let author = match checks::assessor_of(&db, app.id).await {
                Ok(assessor) => assessor,
                Err(AppError::Unauthorized) => return Err(AppError::Unauthorized),
                Err(_) => facility_access(&db, app.facility_id, FacilityAccess::Member).await?.0,
            };
            Ok(crate::db::assessment::reply(
                &db,
                query_id,
                author.id,
                &body,
                evidence_file_id,
                client_key.as_deref(),
                chrono::Utc::now(),
            )
            .await?)
        }
        .await,
    )
}

/// The assessor's recommendation. Role: active assessor.
#[server]
pub async fn recommend(
    application_id: i64,
    outcome: crate::domain::assessment::Outcome,
    comment: String,
) -> Result<(), AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let user = checks::assessor_of(&db, application_id).await?;
            Ok(crate::db::assessment::recommend(
                &db,
                application_id,
                user.id,
                outcome,
                &comment,
                chrono::Utc::now(),
            )
            .await?)
        }
        .await,
    )
}

#[cfg(feature = "ssr")]
async fn admin_row(
    db: &sea_orm::DatabaseConnection,
    app: &crate::db::entities::application::Model,
) -> Result<AdminApplicationRow, AppError> {
    use sea_orm::EntityTrait;
    let f = crate::db::entities::facility::Entity::find_by_id(app.facility_id)
        .one(db)
        .await
        .map_err(crate::db::DataError::from)?
        .ok_or(AppError::NotFound)?;
    let assessors = crate::db::assignments::assignments_for(db, app.id)
        .await?
        .into_iter()
        .map(|(a, u)| (u.display_name, a.status))
        .collect();
    Ok(AdminApplicationRow {
        id: app.id,
        facility: f.name,
        status: app.status,
        clock_days: checks::days(&crate::db::clock::clock_of(db, app.id).await?),
        open_queries: crate::db::editability::open_query_items(db, app.id).await?.len(),
        target_weeks: use_context::<crate::domain::assessment::TargetWeeks>()
            .map_or(crate::domain::assessment::DEFAULT_TARGET_WEEKS, |t| t.0),
        overdue_queries: crate::db::assessment::queries_of(db, app.id)
            .await?
            .iter()
            .filter(|q| {
                q.open
                    && chrono::Utc::now() - q.opened_at
                        > chrono::Duration::days(crate::domain::assessment::OVERDUE_QUERY_DAYS)
            })
            .count(),
        assessors,
    })
}

/// Every application past its draft, with clock, open queries and assessors. Role:
/// administrator.
#[server]
pub async fn admin_applications() -> Result<Vec<AdminApplicationRow>, AppError> {
    use super::request::{administrator, answer, database};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    answer(
        async {
            let db = database()?;
            administrator(&db).await?;
            let apps = crate::db::entities::application::Entity::find()
                .filter(
                    crate::db::entities::application::Column::Status
                        .ne(crate::domain::standards::ApplicationStatus::Draft),
                )
                .order_by_asc(crate::db::entities::application::Column::Id)
                .all(&db)
                .await
                .map_err(crate::db::DataError::from)?;
            let mut rows = Vec::new();
            for app in &apps {
                rows.push(admin_row(&db, app).await?);
            }
            Ok(rows)
        }
        .await,
    )
}

/// One application for assignment and decision. Role: administrator.
#[server]
pub async fn admin_application(application_id: i64) -> Result<AdminApplicationView, AppError> {
    use super::request::{administrator, answer, database};
    answer(
        async {
            let db = database()?;
            administrator(&db).await?;
            let app = crate::db::applications::find(&db, application_id)
                .await?
                .ok_or(AppError::NotFound)?;
            let (findings, active) = crate::db::assessment::findings_of(&db, app.id).await?;
            let edition = crate::db::applications::edition_of(&db, &app).await?;
            let complete =
                crate::db::case_review::is_complete(&db, app.id, chrono::Utc::now().date_naive())
                    .await?;
            let pool =
                crate::db::accounts::holders_of(&db, crate::domain::accounts::GlobalRole::Assessor)
                    .await?
                    .into_iter()
                    .map(|u| (u.id, u.display_name, u.email))
                    .collect();
            Ok(AdminApplicationView {
                row: admin_row(&db, &app).await?,
                assessor_pool: pool,
                differences: crate::domain::assessment::differences(&findings),
                blockers: crate::domain::assessment::accreditation_blockers(
                    &edition, &findings, active, complete,
                ),
                findings: findings.into_iter().collect(),
                active_assessors: active,
                recommendations: crate::db::assessment::recommendations_of(&db, app.id).await?,
                queries: crate::db::assessment::queries_of(&db, app.id).await?,
            })
        }
        .await,
    )
}

/// Assigns an assessor. Role: administrator. Errors: `Validation` (not an assessor, already
/// assigned, application not submitted).
#[server]
pub async fn assign_assessor(application_id: i64, assessor_id: i64) -> Result<(), AppError> {
    use super::request::{administrator, answer, database, public_url};
    answer(
        async {
            let db = database()?;
            let admin = administrator(&db).await?;
            crate::db::assessment::assign(
                &db,
                application_id,
                assessor_id,
                admin.id,
                &public_url(),
                chrono::Utc::now(),
            )
            .await?;
            Ok(())
        }
        .await,
    )
}

/// The decision. `items`: item keys to amend, separated by spaces or commas (for
/// `amendments_required`). Role: administrator. Errors: `Validation` (`accredited` while a core
/// item is not met or the case review incomplete; open queries; no items to amend).
#[server]
pub async fn decide_application(
    application_id: i64,
    outcome: crate::domain::assessment::Outcome,
    items: String,
    comment: String,
) -> Result<(), AppError> {
    use super::request::{administrator, answer, database, public_url};
    answer(
        async {
            let db = database()?;
            let admin = administrator(&db).await?;
            let items: Vec<String> = items
                .split([',', ' ', ';'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            let what = crate::db::assessment::NewDecision { outcome, items, comment };
            crate::db::assessment::decide(
                &db,
                application_id,
                admin.id,
                &what,
                &public_url(),
                chrono::Utc::now(),
            )
            .await?;
            Ok(())
        }
        .await,
    )
}

/// A certificate's public status by its verification code. Role: none (public).
#[server]
pub async fn verify_certificate(code: String) -> Result<Option<CertificateView>, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            Ok(crate::db::certificates::verify(&db, code.trim(), chrono::Utc::now().date_naive())
                .await?)
        }
        .await,
    )
}

/// The public directory. Role: none (public).
#[server]
pub async fn public_directory() -> Result<Vec<DirectoryEntry>, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            Ok(crate::db::certificates::directory(&db, chrono::Utc::now().date_naive()).await?)
        }
        .await,
    )
}

/// Whether an enrolled centre is listed in the directory. Role: facility manager.
#[server]
pub async fn set_directory_listing(facility_id: i64, listed: bool) -> Result<(), AppError> {
    use super::request::{FacilityAccess, answer, database, facility_access};
    answer(
        async {
            let db = database()?;
            let (user, _) = facility_access(&db, facility_id, FacilityAccess::Manager).await?;
            Ok(crate::db::certificates::set_directory_opt_in(&db, facility_id, listed, user.id)
                .await?)
        }
        .await,
    )
}
