//! Signing in with email and password: throttle, verify, open a session, audit bursts.

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use super::audit::{self, NewEntry};
use super::entities::user;
use super::{accounts, sessions, throttle, DataError};

#[derive(Debug)]
pub enum SignInOutcome {
    /// Credentials matched: the cookie token of the new session.
    SignedIn { user: user::Model, token: String },
    /// Unknown email or wrong password (deliberately not told apart).
    Rejected,
    /// Too many recent failures for this account or address.
    Throttled,
    /// The password matched but the address was never confirmed; only someone who knows the
    /// password learns this, so it reveals nothing to a stranger.
    Unconfirmed,
}

pub async fn sign_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    address: &str,
    now: DateTime<Utc>,
) -> Result<SignInOutcome, DataError> {
    if !throttle::allowed(db, email, address, now).await? {
        return Ok(SignInOutcome::Throttled);
    }
    match accounts::authenticate(db, email, password).await? {
        Some(user) if user.email_confirmed_at.is_none() => Ok(SignInOutcome::Unconfirmed),
        Some(user) => {
            throttle::clear_account(db, email).await?;
            let (token, _) = sessions::open(db, user.id, now).await?;
            Ok(SignInOutcome::SignedIn { user, token })
        }
        None => {
            if throttle::record_failure(db, email, address, now).await? {
                let mut entry = NewEntry::new("anonymous", "sign_in.failure_burst", &format!("account:{}", email.trim().to_lowercase()));
                entry.after = Some(serde_json::json!({ "address": address, "failures": throttle::ACCOUNT_LIMIT }));
                audit::append(db, entry).await?;
            }
            Ok(SignInOutcome::Rejected)
        }
    }
}
