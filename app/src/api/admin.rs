//! The administrator's pages: registrations and facilities, accounts and global roles, the
//! mail outbox. Every function here requires the administrator role.

use leptos::prelude::*;

use crate::domain::accounts::GlobalRole;
#[cfg(feature = "ssr")]
use crate::domain::facilities::view::OutboxRow;
use crate::domain::facilities::view::{AdminFacilityRow, AdminUserRow, OutboxView};
use crate::domain::ids::{FacilityId, UserId};
use crate::error::AppError;

/// Every facility with its current status, newest registration first. Role: administrator.
#[server]
pub async fn admin_facilities() -> Result<Vec<AdminFacilityRow>, AppError> {
    use super::request::{administrator, answer, database};
    answer(
        async {
            let db = database()?;
            administrator(&db).await?;
            Ok(crate::db::facilities::all_for_admin(&db).await?)
        }
        .await,
    )
}

/// Re-sends the activation link of a registration not activated yet (older links stop
/// working). Role: administrator. Errors: `Validation` (`facility`: already activated),
/// `NotFound`.
#[server]
pub async fn resend_activation(facility_id: FacilityId) -> Result<(), AppError> {
    use super::request::{administrator, answer, database, public_url};
    answer(
        async {
            let db = database()?;
            let admin = administrator(&db).await?;
            let now = chrono::Utc::now();
            crate::db::registrations::office_resend(&db, facility_id, admin.id, &public_url(), now)
                .await?;
            Ok(())
        }
        .await,
    )
}

/// Activates a registration on the registrant's behalf, with the reason the office gives.
/// Role: administrator. Errors: `Validation` (`reason`; `facility`: already activated),
/// `NotFound`.
#[server]
pub async fn activate_on_behalf(facility_id: FacilityId, reason: String) -> Result<(), AppError> {
    use super::request::{administrator, answer, database, fees, public_url};
    answer(
        async {
            let db = database()?;
            let admin = administrator(&db).await?;
            crate::db::registrations::activate_on_behalf(
                &db,
                facility_id,
                admin.id,
                &reason,
                &public_url(),
                &fees()?,
                chrono::Utc::now(),
            )
            .await?;
            Ok(())
        }
        .await,
    )
}

/// Deletes a registration that was never activated, freeing its name and address. Role:
/// administrator. Errors: `Validation` (`reason`; `facility`: already activated), `NotFound`.
#[server]
pub async fn delete_registration(facility_id: FacilityId, reason: String) -> Result<(), AppError> {
    use super::request::{administrator, answer, database};
    answer(
        async {
            let db = database()?;
            let admin = administrator(&db).await?;
            crate::db::registrations::delete_registration(&db, facility_id, admin.id, &reason)
                .await?;
            Ok(())
        }
        .await,
    )
}

/// Every account with its global roles. Role: administrator.
#[server]
pub async fn admin_users() -> Result<Vec<AdminUserRow>, AppError> {
    use super::request::{administrator, answer, database};
    answer(
        async {
            let db = database()?;
            administrator(&db).await?;
            Ok(crate::db::accounts::all_for_admin(&db).await?)
        }
        .await,
    )
}

/// Grants (`granted = true`) or revokes a global role. Role: administrator. An administrator
/// cannot revoke their own administrator role (someone must always be able to administer).
/// Errors: `Validation` (`role`).
#[server]
pub async fn set_global_role(
    user_id: UserId,
    role: GlobalRole,
    granted: bool,
) -> Result<(), AppError> {
    use super::request::{administrator, answer, database};
    answer(
        async {
            let db = database()?;
            let admin = administrator(&db).await?;
            if !granted && role == GlobalRole::Administrator && user_id == admin.id {
                return Err(AppError::invalid("role", "admin-error-own-admin-role"));
            }
            if crate::db::accounts::find_by_id(&db, user_id).await?.is_none() {
                return Err(AppError::NotFound);
            }
            let actor = format!("user:{}", admin.id);
            if granted {
                crate::db::accounts::grant_role(&db, user_id, role, &actor).await?;
            } else {
                crate::db::accounts::revoke_role(&db, user_id, role, &actor).await?;
            }
            Ok(())
        }
        .await,
    )
}

/// Disables (`disabled = true`) or enables an account; disabling ends every session of the
/// account at once. Role: administrator. Errors: `Validation` (`user`: one's own account),
/// `NotFound`.
#[server]
pub async fn set_account_disabled(user_id: UserId, disabled: bool) -> Result<(), AppError> {
    use super::request::{administrator, answer, database};
    answer(
        async {
            let db = database()?;
            let admin = administrator(&db).await?;
            crate::db::accounts::set_disabled(&db, user_id, disabled, admin.id, chrono::Utc::now())
                .await?;
            Ok(())
        }
        .await,
    )
}

/// The newest 200 mails, sent or not. With SMTP the office never sees a live link (the
/// secrets are redacted here before delivery, and in the stored copy after it); without
/// SMTP — a demonstration installation — the mails are read here, links included. Role:
/// administrator.
#[server]
pub async fn admin_outbox() -> Result<OutboxView, AppError> {
    use super::request::{administrator, answer, database};
    use crate::domain::facilities::view::show_time;
    answer(
        async {
            let db = database()?;
            administrator(&db).await?;
            let delivery = use_context::<crate::db::mail::Delivery>().unwrap_or_default();
            let body = |text: String| {
                if delivery.smtp { crate::db::mail::redact_secrets(&text) } else { text }
            };
            let mails = crate::db::mail::recent(&db, 200)
                .await?
                .into_iter()
                .map(|m| OutboxRow {
                    id: m.id,
                    to: m.to_address,
                    language: m.language,
                    kind: m.kind,
                    subject: m.subject,
                    body_text: body(m.body_text),
                    created_at: show_time(&m.created_at),
                    sent_at: m.sent_at.as_ref().map(show_time),
                    attempts: m.attempts,
                    last_error: m.last_error,
                })
                .collect();
            Ok(OutboxView { demonstration: !delivery.smtp, mails })
        }
        .await,
    )
}

/// Every annual self-check, newest due first. Role: administrator.
#[server]
pub async fn admin_self_checks()
-> Result<Vec<crate::domain::recertification::SelfCheckView>, AppError> {
    use super::request::{administrator, answer, database};
    answer(
        async {
            let db = database()?;
            administrator(&db).await?;
            Ok(crate::db::self_checks::all(&db).await?)
        }
        .await,
    )
}
