//! Facility registration and activation, the facility switcher and dashboard, joining with
//! the code, and member management.

use leptos::prelude::*;

use crate::domain::facilities::view::{FacilityDashboard, FacilitySummary};
use crate::domain::facilities::{MembershipStatus, RegistrationForm};
use crate::domain::ids::{FacilityId, UserId};
use crate::error::AppError;

/// Facility registrations one client address may make within the throttle window.
pub const REGISTRATIONS_PER_ADDRESS: u64 = 30;
/// Join-by-code attempts one client address may make within the throttle window (each
/// account has its own limit of wrong codes besides).
pub const JOINS_PER_ADDRESS: u64 = 30;

/// Registers a facility and its main account holder and mails the activation link. Role:
/// none (public). Errors: `Validation` per field (below 150 procedures, duplicate facility or
/// email, …); nothing is saved then. `TooManyAttempts` past the registrations per address.
#[server]
pub async fn register_facility(form: RegistrationForm) -> Result<(), AppError> {
    use super::request::{answer, database, public_url, request_language, throttle_address};
    answer(
        async {
            let db = database()?;
            throttle_address(&db, "register", REGISTRATIONS_PER_ADDRESS).await?;
            crate::db::facilities::register(
                &db,
                &form,
                &request_language(),
                &public_url(),
                chrono::Utc::now(),
            )
            .await?;
            super::request::done_after_plain_form("/register", &[]);
            Ok(())
        }
        .await,
    )
}

/// Follows the activation link: confirms the address and moves the facility to
/// `pending_payment`. Role: none (the token is the credential); answers the facility's name.
/// Errors: `Validation` (`token` → `error-link-invalid`).
#[server]
pub async fn activate_facility(token: String) -> Result<String, AppError> {
    use super::request::{answer, database, fees, public_url};
    answer(
        async {
            let facility = crate::db::facilities::activate(
                &database()?,
                &token,
                &public_url(),
                &fees()?,
                chrono::Utc::now(),
            )
            .await?;
            super::request::done_after_plain_form("/activate", &[("facility", &facility.name)]);
            Ok(facility.name)
        }
        .await,
    )
}

/// "Send me a new link": mails a new activation link to the registrant of a facility not
/// activated yet, or a new confirmation link to an account not confirmed yet; answers the same
/// whether or not the address is known. Role: none (public). Errors: `Validation` for a
/// malformed address only; `TooManyAttempts` past the requests per client address.
#[server]
pub async fn resend_link(email: String) -> Result<(), AppError> {
    use super::request::{answer, database, public_url, throttle_address};
    answer(
        async {
            let db = database()?;
            throttle_address(&db, "resend", super::auth::RESETS_PER_ADDRESS).await?;
            crate::db::registrations::resend_link(&db, &email, &public_url(), chrono::Utc::now())
                .await?;
            super::request::done_after_plain_form("/resend-link", &[]);
            Ok(())
        }
        .await,
    )
}

/// The signed-in user's facilities (active and pending). Role: signed in. Read-only.
#[server]
pub async fn my_facilities() -> Result<Vec<FacilitySummary>, AppError> {
    use super::request::{answer, database, signed_in};
    answer(
        async {
            let db = database()?;
            let (user, _) = signed_in(&db).await?;
            Ok(crate::db::memberships::facilities_of(&db, user.id).await?)
        }
        .await,
    )
}

/// One facility's dashboard. Role: active member of the facility, or administrator. Read-only.
#[server]
pub async fn get_facility_dashboard(
    facility_id: FacilityId,
) -> Result<FacilityDashboard, AppError> {
    use super::request::{FacilityAccess, answer, database, facility_access};
    answer(
        async {
            let db = database()?;
            let (user, access) = facility_access(&db, facility_id, FacilityAccess::Reader).await?;
            let mut view = crate::db::facilities::dashboard(
                &db,
                facility_id,
                access == FacilityAccess::Manager,
            )
            .await?;
            view.viewer_read_only = access == FacilityAccess::Reader;
            view.viewer_may_withdraw = view.status
                != crate::domain::facilities::FacilityStatus::Withdrawn
                && may_withdraw(&db, facility_id, user.id).await?;
            Ok(view)
        }
        .await,
    )
}

/// The facility's Authorised Representative or an administrator (who may withdraw it).
#[cfg(feature = "ssr")]
async fn may_withdraw(
    db: &sea_orm::DatabaseConnection,
    facility_id: FacilityId,
    user_id: UserId,
) -> Result<bool, AppError> {
    use crate::domain::accounts::GlobalRole;
    use crate::domain::facilities::FacilityRole;
    if crate::db::accounts::roles_of(db, user_id).await?.contains(&GlobalRole::Administrator) {
        return Ok(true);
    }
    Ok(crate::db::memberships::role_holder(db, facility_id, FacilityRole::AuthorisedRepresentative)
        .await?
        == Some(user_id))
}

/// Withdraws the facility from the programme, with a reason. Role: the facility's Authorised
/// Representative (an active member), or an administrator.
#[server]
pub async fn withdraw_facility(facility_id: FacilityId, reason: String) -> Result<(), AppError> {
    use super::request::{FacilityAccess, answer, database, facility_access};
    answer(
        async {
            let db = database()?;
            let (user, _) = facility_access(&db, facility_id, FacilityAccess::Reader).await?;
            if !may_withdraw(&db, facility_id, user.id).await? {
                return Err(AppError::Forbidden);
            }
            Ok(crate::db::facilities::withdraw(
                &db,
                facility_id,
                &format!("user:{}", user.id),
                &reason,
                chrono::Utc::now(),
            )
            .await?)
        }
        .await,
    )
}

/// Asks to join the facility with this code; answers the facility id and the membership
/// status (active at once when the user's email was named for a role). Role: signed in, not
/// an administrator (the office does not join the facilities it judges). Errors: `Validation`
/// (`code`), `TooManyAttempts` after repeated wrong codes.
#[server]
pub async fn join_facility(code: String) -> Result<(FacilityId, MembershipStatus), AppError> {
    use super::request::{answer, database, public_url, signed_in, throttle_address};
    answer(
        async {
            let db = database()?;
            let (user, roles) = signed_in(&db).await?;
            if roles.contains(&crate::domain::accounts::GlobalRole::Administrator) {
                return Err(AppError::Forbidden);
            }
            throttle_address(&db, "join", JOINS_PER_ADDRESS).await?;
            let joined =
                crate::db::facilities::join(&db, &user, &code, &public_url(), chrono::Utc::now())
                    .await?;
            Ok((joined.facility_id, joined.status))
        }
        .await,
    )
}

/// Approves (`approve = true`) or declines a pending request to join. Role: main account
/// holder of the facility (nobody decides their own request). Errors: `Validation` (`member`) when the request
/// is not pending.
#[server]
pub async fn decide_membership(
    facility_id: FacilityId,
    member_id: UserId,
    approve: bool,
) -> Result<MembershipStatus, AppError> {
    use super::request::{FacilityAccess, answer, database, facility_access, public_url};
    answer(
        async {
            let db = database()?;
            let (actor, _) = facility_access(&db, facility_id, FacilityAccess::Manager).await?;
            Ok(crate::db::facilities::decide_membership(
                &db,
                actor.id,
                facility_id,
                member_id,
                approve,
                &public_url(),
                chrono::Utc::now(),
            )
            .await?)
        }
        .await,
    )
}

/// Removes an active member. Role: main account holder. Errors:
/// `Validation` (`member`: the main account holder, the current AR, or not a member).
#[server]
pub async fn remove_member(facility_id: FacilityId, member_id: UserId) -> Result<(), AppError> {
    use super::request::{FacilityAccess, answer, database, facility_access};
    answer(
        async {
            let db = database()?;
            let (actor, _) = facility_access(&db, facility_id, FacilityAccess::Manager).await?;
            Ok(crate::db::facilities::remove_member(&db, actor.id, facility_id, member_id).await?)
        }
        .await,
    )
}

/// Names an active member for a facility role (`authorised_representative`, `contact`,
/// `substitute`), replacing the previous holder. Role: main account holder.
/// Errors: `Validation` (`role`, `member`).
#[server]
pub async fn assign_facility_role(
    facility_id: FacilityId,
    role: String,
    member_id: UserId,
) -> Result<(), AppError> {
    use super::request::{FacilityAccess, answer, database, facility_access};
    answer(
        async {
            let db = database()?;
            let (actor, _) = facility_access(&db, facility_id, FacilityAccess::Manager).await?;
            let role = crate::domain::facilities::FacilityRole::parse(&role)
                .ok_or_else(|| AppError::invalid("role", "error-field-malformed"))?;
            Ok(crate::db::facilities::assign_role(
                &db,
                actor.id,
                facility_id,
                role,
                member_id,
                chrono::Utc::now(),
            )
            .await?)
        }
        .await,
    )
}

/// The facility's newest annual self-check, if one has fallen due, and whether the reader
/// attests it (the Authorised Representative). Role: active member of the facility, or
/// administrator. Read-only.
#[server]
pub async fn facility_self_check(
    facility_id: FacilityId,
) -> Result<(Option<crate::domain::recertification::SelfCheckView>, bool), AppError> {
    use super::request::{FacilityAccess, answer, database, facility_access};
    use crate::domain::facilities::FacilityRole;
    answer(
        async {
            let db = database()?;
            let (user, _) = facility_access(&db, facility_id, FacilityAccess::Reader).await?;
            let is_representative = crate::db::memberships::role_holder(
                &db,
                facility_id,
                FacilityRole::AuthorisedRepresentative,
            )
            .await?
                == Some(user.id);
            Ok((crate::db::self_checks::latest(&db, facility_id).await?, is_representative))
        }
        .await,
    )
}

/// Attests the facility's open annual self-check. Role: the facility's Authorised
/// Representative. Errors: `Validation` (`note`: required when something is no longer met;
/// `self_check`: none open).
#[server]
pub async fn attest_self_check(
    facility_id: FacilityId,
    attestation: crate::domain::recertification::Attestation,
) -> Result<(), AppError> {
    use super::request::{FacilityAccess, answer, database, facility_access};
    use crate::domain::facilities::FacilityRole;
    answer(
        async {
            let db = database()?;
            let (user, _) = facility_access(&db, facility_id, FacilityAccess::Member).await?;
            if crate::db::memberships::role_holder(
                &db,
                facility_id,
                FacilityRole::AuthorisedRepresentative,
            )
            .await?
                != Some(user.id)
            {
                return Err(AppError::Forbidden);
            }
            Ok(crate::db::self_checks::attest(
                &db,
                facility_id,
                &attestation,
                user.id,
                chrono::Utc::now(),
            )
            .await?)
        }
        .await,
    )
}
