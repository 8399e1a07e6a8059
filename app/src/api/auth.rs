//! Signing in and out, and who is signed in.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::accounts::GlobalRole;
use crate::error::AppError;

/// The signed-in person as the UI sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub roles: Vec<GlobalRole>,
}

#[cfg(feature = "ssr")]
async fn session_user(db: &sea_orm::DatabaseConnection, user: crate::db::entities::user::Model) -> Result<SessionUser, AppError> {
    let roles = crate::db::accounts::roles_of(db, user.id).await?;
    Ok(SessionUser { id: user.id, display_name: user.display_name, email: user.email, roles })
}

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
            match crate::db::sessions::user_for_token(&db, &token, chrono::Utc::now()).await? {
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
    use super::request::{answer, client_address, database, set_session_cookie};
    use crate::db::sign_in::{sign_in, SignInOutcome};
    answer(
        async {
            let db = database()?;
            match sign_in(&db, &email, &password, &client_address(), chrono::Utc::now()).await? {
                SignInOutcome::SignedIn { user, token } => {
                    set_session_cookie(Some(&token), crate::db::sessions::SESSION_LIFETIME.num_seconds());
                    session_user(&db, user).await
                }
                SignInOutcome::Rejected => Err(AppError::invalid("credentials", "sign-in-error-credentials")),
                SignInOutcome::Throttled => Err(AppError::TooManyAttempts),
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
            set_session_cookie(None, 0);
            Ok(())
        }
        .await,
    )
}
