//! Assessment server functions: administrators assign and decide, assessors declare
//! conflicts, review and query, the facility answers queries, everyone may verify a
//! certificate and read the directory. Assessors only ever reach applications they are
//! actively assigned to (declared, no conflict).

use leptos::prelude::*;

use crate::domain::assessment::{CertificateView, DirectoryEntry};
use crate::domain::ids::{ApplicationId, FacilityId, UserId};
use crate::domain::views::{AdminApplicationRow, AdminApplicationView, AssignmentRow, Workspace};
use crate::error::AppError;

#[cfg(feature = "ssr")]
pub(crate) mod checks {
    use crate::api::request::signed_in;
    use crate::domain::ids::ApplicationId;
    use crate::error::AppError;

    /// The signed-in user if they are an active assessor of the application.
    pub async fn assessor_of(
        db: &sea_orm::DatabaseConnection,
        application_id: ApplicationId,
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
}

/// The configured target of the assessment clock (context from the server; the default
/// without it).
#[cfg(feature = "ssr")]
fn target_weeks() -> u32 {
    use_context::<crate::domain::assessment::TargetWeeks>()
        .map_or(crate::domain::assessment::DEFAULT_TARGET_WEEKS, |t| t.0)
}

/// The configured waiting period after a "not accredited" decision (context from the
/// server; the default without it).
#[cfg(feature = "ssr")]
fn reapply_wait_days() -> u32 {
    use_context::<crate::domain::assessment::ReapplyWait>()
        .map_or(crate::domain::assessment::DEFAULT_REAPPLY_WAIT_DAYS, |w| w.0)
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
            Ok(crate::db::read::assessor::assignment_rows(&db, user.id).await?)
        }
        .await,
    )
}

/// The assessor's conflict-of-interest declaration for one assignment. Role: the assigned
/// assessor. A declared conflict blocks the assignment and mails the administrators.
#[server]
pub async fn declare_conflicts(
    assignment_id: i64,
    // An unticked box is not in a posted form: it means no.
    #[server(default)] same_institution: bool,
    #[server(default)] same_country: bool,
    #[server(default)] other: String,
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
pub async fn assessment_workspace(application_id: ApplicationId) -> Result<Workspace, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let user = checks::assessor_of(&db, application_id).await?;
            let app = crate::db::applications::find(&db, application_id)
                .await?
                .ok_or(AppError::Forbidden)?;
            let limit = super::evidence::evidence_limit();
            Ok(crate::db::read::assessor::workspace(&db, &app, user.id, limit, chrono::Utc::now())
                .await?)
        }
        .await,
    )
}

/// Records the assessor's finding on an item. Role: active assessor. Errors: `Validation`
/// (unknown item or finding, not under assessment).
#[server]
pub async fn record_finding(
    application_id: ApplicationId,
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
    application_id: ApplicationId,
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
    application_id: ApplicationId,
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

/// Every application past its draft, with clock, open queries and assessors. Role:
/// administrator.
#[server]
pub async fn admin_applications() -> Result<Vec<AdminApplicationRow>, AppError> {
    use super::request::{administrator, answer, database};
    answer(
        async {
            let db = database()?;
            administrator(&db).await?;
            let now = chrono::Utc::now();
            Ok(crate::db::read::office::application_rows(&db, target_weeks(), now).await?)
        }
        .await,
    )
}

/// One application for assignment and decision. Role: administrator.
#[server]
pub async fn admin_application(
    application_id: ApplicationId,
) -> Result<AdminApplicationView, AppError> {
    use super::request::{administrator, answer, database};
    answer(
        async {
            let db = database()?;
            administrator(&db).await?;
            let now = chrono::Utc::now();
            Ok(crate::db::read::office::application_view(&db, application_id, target_weeks(), now)
                .await?)
        }
        .await,
    )
}

/// Assigns an assessor. Role: administrator. Errors: `Validation` (not an assessor, already
/// assigned, application not submitted).
#[server]
pub async fn assign_assessor(
    application_id: ApplicationId,
    assessor_id: UserId,
) -> Result<(), AppError> {
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
/// `amendments_required`); `reasons`: one item per line, `3b: the reason` (required for
/// `not_accredited`). Role: administrator. Errors: `Validation` (`accredited` while a core
/// item is not met or the case review incomplete; open queries; no items to amend; reasons
/// that cannot be read or name unknown items; `not_accredited` without reasons or on a
/// re-certification).
#[server]
pub async fn decide_application(
    application_id: ApplicationId,
    outcome: crate::domain::assessment::Outcome,
    items: String,
    #[server(default)] reasons: String,
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
            let what = crate::db::assessment::NewDecision {
                outcome,
                items,
                reasons,
                comment,
                reapply_wait_days: reapply_wait_days(),
            };
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
pub async fn set_directory_listing(facility_id: FacilityId, listed: bool) -> Result<(), AppError> {
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
