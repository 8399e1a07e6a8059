//! Signing in with email and password: throttle, verify, open a session, audit.

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db::audit::{self, NewEntry};
use crate::db::entities::user;
use crate::db::sessions::SessionPolicy;
use crate::db::{DataError, accounts, sessions, throttle};

#[derive(Debug)]
pub enum SignInOutcome {
    /// Credentials matched: the cookie token of the new session.
    SignedIn { user: user::Model, token: String },
    /// Unknown email or wrong password (deliberately not told apart).
    Rejected,
    /// Too many recent attempts for this account or address: try again later.
    Throttled,
    /// The password matched but the address was never confirmed; only someone who knows the
    /// password learns this, so it reveals nothing to a stranger.
    Unconfirmed,
    /// The password matched but an administrator disabled the account (told only to someone
    /// who knows the password, like `Unconfirmed`).
    Disabled,
}

/// Every outcome is audited: who (the account asked for, never the password), from where,
/// and how it ended.
pub async fn sign_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    address: &str,
    policy: &SessionPolicy,
    now: DateTime<Utc>,
) -> Result<SignInOutcome, DataError> {
    let account = format!("account:{}", email.trim().to_lowercase());
    let audited = |action: &str, actor: &str, outcome: &str| {
        let mut entry = NewEntry::new(actor, action, &account);
        entry.after = Some(serde_json::json!({ "address": address, "outcome": outcome }));
        entry
    };
    let Some(attempt) = throttle::sign_in_allowed(db, email, address, now).await? else {
        audit::append(db, audited("sign_in.failed", "anonymous", "throttled")).await?;
        return Ok(SignInOutcome::Throttled);
    };
    let outcome = match accounts::authenticate(db, email, password).await? {
        Some(user) if user.email_confirmed_at.is_none() => SignInOutcome::Unconfirmed,
        Some(user) if user.disabled_at.is_some() => SignInOutcome::Disabled,
        Some(user) => {
            throttle::sign_in_succeeded(db, email, attempt).await?;
            let (token, _) = sessions::open(db, user.id, policy, now).await?;
            SignInOutcome::SignedIn { user, token }
        }
        None => SignInOutcome::Rejected,
    };
    let entry = match &outcome {
        SignInOutcome::SignedIn { user, .. } => {
            audited("sign_in.succeeded", &format!("user:{}", user.id), "signed_in")
        }
        SignInOutcome::Unconfirmed => audited("sign_in.failed", "anonymous", "unconfirmed"),
        SignInOutcome::Disabled => audited("sign_in.failed", "anonymous", "disabled"),
        _ => {
            let mut entry = audited("sign_in.failed", "anonymous", "rejected");
            entry.after = Some(
                serde_json::json!({ "address": address, "outcome": "rejected", "attempts": throttle::account_attempts(db, email, now).await? }),
            );
            entry
        }
    };
    audit::append(db, entry).await?;
    Ok(outcome)
}
