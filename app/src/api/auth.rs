//! Signing in and out, and who is signed in.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::accounts::GlobalRole;
use crate::domain::ids::UserId;
use crate::error::AppError;

/// The signed-in person as the UI sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: UserId,
    pub display_name: String,
    pub email: String,
    pub roles: Vec<GlobalRole>,
}

#[cfg(feature = "ssr")]
async fn session_user(
    db: &sea_orm::DatabaseConnection,
    user: crate::db::entities::user::Model,
) -> Result<SessionUser, AppError> {
    let roles = crate::db::accounts::roles_of(db, user.id).await?;
    Ok(SessionUser { id: user.id, display_name: user.display_name, email: user.email, roles })
}

/// Sign-ups one client address may make within the throttle window.
pub const SIGN_UPS_PER_ADDRESS: u64 = 30;
/// Password-reset requests one client address may make within the throttle window (each
/// address to reset has its own, smaller limit besides).
pub const RESETS_PER_ADDRESS: u64 = 10;

/// The signed-in user, if any. Role: none (public). Read-only.
#[server]
pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    use super::request::{answer, database, session_token};
    answer(
        async {
            let Some(token) = session_token() else {
                return Ok(None);
            };
            let db = database()?;
            // Every page asks this on load: a person's activity.
            let policy = super::request::session_policy();
            match crate::db::sessions::user_for_token(
                &db,
                &token,
                &policy,
                crate::db::sessions::Activity::Person,
                chrono::Utc::now(),
            )
            .await?
            {
                Some(user) => Ok(Some(session_user(&db, user).await?)),
                None => Ok(None),
            }
        }
        .await,
    )
}

/// Signs in with email and password and sets the session cookie. Role: none (public).
/// Errors: `Validation` (`credentials` → `sign-in-error-credentials`) for an unknown email
/// or a wrong password alike; `TooManyAttempts` when throttled.
#[server]
pub async fn sign_in(email: String, password: String) -> Result<SessionUser, AppError> {
    use super::request::{answer, client_address, database, session_policy, set_session_cookie};
    use crate::db::sign_in::{SignInOutcome, sign_in};
    answer(
        async {
            let db = database()?;
            match sign_in(
                &db,
                &email,
                &password,
                &client_address(),
                &session_policy(),
                chrono::Utc::now(),
            )
            .await?
            {
                SignInOutcome::SignedIn { user, token } => {
                    set_session_cookie(Some(&token));
                    super::request::after_plain_form("/");
                    session_user(&db, user).await
                }
                SignInOutcome::Rejected => {
                    Err(AppError::invalid("credentials", "sign-in-error-credentials"))
                }
                SignInOutcome::Throttled => Err(AppError::TooManyAttempts),
                SignInOutcome::Unconfirmed => {
                    Err(AppError::invalid("credentials", "sign-in-error-unconfirmed"))
                }
                SignInOutcome::Disabled => {
                    Err(AppError::invalid("credentials", "sign-in-error-disabled"))
                }
            }
        }
        .await,
    )
}

/// Ends the current session and clears the cookie. Role: none; signing out twice is fine.
#[server]
pub async fn sign_out() -> Result<(), AppError> {
    use super::request::{answer, database, session_token, set_session_cookie};
    answer(
        async {
            if let Some(token) = session_token() {
                crate::db::sessions::revoke(&database()?, &token).await?;
            }
            set_session_cookie(None);
            super::request::after_plain_form("/");
            Ok(())
        }
        .await,
    )
}

/// Creates an account for someone who will join a facility with its code, and mails a link
/// to confirm the address; an address that has an account gets a mail saying so instead, and
/// the answer is the same. Role: none (public). Errors: `Validation` per field;
/// `TooManyAttempts` past the sign-ups per address.
#[server]
pub async fn sign_up(
    display_name: String,
    email: String,
    password: String,
) -> Result<(), AppError> {
    use super::request::{answer, database, public_url, request_language, throttle_address};
    answer(
        async {
            let db = database()?;
            throttle_address(&db, "sign_up", SIGN_UPS_PER_ADDRESS).await?;
            let new = crate::db::accounts::NewUser {
                email,
                display_name,
                password,
                language: request_language(),
            };
            crate::db::accounts::sign_up(&db, new, &public_url(), chrono::Utc::now()).await?;
            super::request::done_after_plain_form("/sign-up", &[]);
            Ok(())
        }
        .await,
    )
}

/// Follows the link from the sign-up mail. Role: none (the token is the credential).
/// Errors: `Validation` (`token` → `error-link-invalid`) for a used, expired or unknown link.
#[server]
pub async fn confirm_email(token: String) -> Result<(), AppError> {
    use super::request::{answer, database};
    answer(
        async {
            crate::db::accounts::confirm_email(&database()?, &token, chrono::Utc::now()).await?;
            super::request::done_after_plain_form("/confirm-email", &[]);
            Ok(())
        }
        .await,
    )
}

/// Mails a reset link when an account has this address; answers the same either way.
/// Role: none (public). Errors: `Validation` for a malformed address only; `TooManyAttempts`
/// past the requests per client address.
#[server]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    use super::request::{answer, database, public_url, throttle_address};
    answer(
        async {
            let db = database()?;
            throttle_address(&db, "reset", RESETS_PER_ADDRESS).await?;
            crate::db::accounts::request_password_reset(
                &db,
                &email,
                &public_url(),
                chrono::Utc::now(),
            )
            .await?;
            super::request::done_after_plain_form("/forgot-password", &[]);
            Ok(())
        }
        .await,
    )
}

/// Sets a new password from a reset link; every session of the account ends. Role: none (the
/// token is the credential). Errors: `Validation` (`password`, or `token` → `error-link-invalid`).
#[server]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    use super::request::{answer, database};
    answer(
        async {
            crate::db::accounts::reset_password(
                &database()?,
                &token,
                &password,
                chrono::Utc::now(),
            )
            .await?;
            super::request::done_after_plain_form("/reset-password", &[]);
            Ok(())
        }
        .await,
    )
}

/// Changes the signed-in user's password after checking the current one. Every session ends
/// and this browser gets a fresh one. Role: signed in. Errors: `Unauthorized`, `Validation`
/// (`current_password`, `password`).
#[server]
pub async fn change_password(current_password: String, password: String) -> Result<(), AppError> {
    use super::request::{answer, database, session_policy, set_session_cookie, signed_in};
    answer(
        async {
            let db = database()?;
            let (user, _) = signed_in(&db).await?;
            crate::db::accounts::change_own_password(&db, user.id, &current_password, &password)
                .await?;
            let (token, _) =
                crate::db::sessions::open(&db, user.id, &session_policy(), chrono::Utc::now())
                    .await?;
            set_session_cookie(Some(&token));
            super::request::done_after_plain_form("/account", &[]);
            Ok(())
        }
        .await,
    )
}
