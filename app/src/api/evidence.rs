//! Evidence links: attach a file of the facility's library to an item, or detach it. Files
//! themselves come in through `POST /applications/{id}/evidence` (multipart, server crate)
//! and go out through `GET /evidence/{id}`.

use leptos::prelude::*;

use crate::domain::evidence::EvidenceView;
use crate::domain::ids::ApplicationId;
use crate::error::AppError;

#[cfg(feature = "ssr")]
async fn change(
    application_id: ApplicationId,
    item_key: String,
    file_id: i64,
    linked: bool,
) -> Result<EvidenceView, AppError> {
    use super::request::database;
    let db = database()?;
    let (app, user) = super::request::member_of_application(&db, application_id).await?;
    if linked {
        crate::db::evidence::link(&db, &app, &item_key, file_id, user.id, chrono::Utc::now())
            .await?;
    } else {
        crate::db::evidence::unlink(&db, &app, &item_key, file_id, user.id).await?;
    }
    Ok(crate::db::evidence::view(&db, &app, evidence_limit()).await?)
}

/// The largest evidence file the server takes (context from the server; the default
/// without it).
#[cfg(feature = "ssr")]
pub(crate) fn evidence_limit() -> u64 {
    use_context::<crate::domain::evidence::EvidenceLimit>()
        .map_or(crate::domain::evidence::DEFAULT_MAX_BYTES, |l| l.0)
}

/// Links a library file to an item. Role: active member of the facility. Errors:
/// `Validation` (unknown item, a file of another facility, not a draft).
#[server]
pub async fn link_evidence(
    application_id: ApplicationId,
    item_key: String,
    file_id: i64,
) -> Result<EvidenceView, AppError> {
    super::request::answer(change(application_id, item_key, file_id, true).await)
}

/// Removes a file from an item's evidence; the file stays in the library. Role: active
/// member of the facility. Errors: as `link_evidence`.
#[server]
pub async fn unlink_evidence(
    application_id: ApplicationId,
    item_key: String,
    file_id: i64,
) -> Result<EvidenceView, AppError> {
    super::request::answer(change(application_id, item_key, file_id, false).await)
}

/// Sets the day after which a library file stops being valid evidence (`expires_on` as
/// `YYYY-MM-DD`; empty clears it). Role: active member of the facility. Errors: `Validation`
/// (`expires_on`: not a date); `NotFound` (a file of another facility).
#[server]
pub async fn set_evidence_expiry(
    application_id: ApplicationId,
    file_id: i64,
    expires_on: String,
) -> Result<EvidenceView, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let (app, user) = super::request::member_of_application(&db, application_id).await?;
            let expires_on = match expires_on.trim() {
                "" => None,
                text => Some(
                    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
                        .ok()
                        // A year typed half-way (0202) is not a document's expiry.
                        .filter(|d| chrono::Datelike::year(d) >= 2000)
                        .ok_or_else(|| {
                            AppError::invalid("expires_on", "evidence-error-expiry-date")
                        })?,
                ),
            };
            crate::db::evidence::set_expiry(&db, app.facility_id, file_id, expires_on, user.id)
                .await?;
            Ok(crate::db::evidence::view(&db, &app, evidence_limit()).await?)
        }
        .await,
    )
}
