//! Sign-in throttling, kept in the database so every server instance sees the same counts.
//! Failures are counted per account and per client address over a sliding window; above the
//! limit the sign-in is refused before the password is even checked.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter,
};

use super::entities::sign_in_failure;
use super::DataError;

pub const WINDOW: Duration = Duration::minutes(15);
/// Failures per account within the window (guessing one person's password).
pub const ACCOUNT_LIMIT: u64 = 5;
/// Failures per address within the window (one client trying many accounts).
pub const ADDRESS_LIMIT: u64 = 20;

fn account_key(email: &str) -> String {
    format!("account:{}", email.trim().to_lowercase())
}

fn address_key(address: &str) -> String {
    format!("ip:{address}")
}

async fn failures_since(db: &DatabaseConnection, key: &str, since: DateTime<Utc>) -> Result<u64, DataError> {
    Ok(sign_in_failure::Entity::find()
        .filter(sign_in_failure::Column::Key.eq(key))
        .filter(sign_in_failure::Column::OccurredAt.gt(since))
        .count(db)
        .await?)
}

/// Whether a sign-in for `email` from `address` may be tried at `now`.
pub async fn allowed(db: &DatabaseConnection, email: &str, address: &str, now: DateTime<Utc>) -> Result<bool, DataError> {
    let since = now - WINDOW;
    Ok(failures_since(db, &account_key(email), since).await? < ACCOUNT_LIMIT
        && failures_since(db, &address_key(address), since).await? < ADDRESS_LIMIT)
}

/// Records a failed attempt against the account and the address. Returns whether this
/// failure reached the account limit (the start of a burst worth an audit entry).
pub async fn record_failure(db: &DatabaseConnection, email: &str, address: &str, now: DateTime<Utc>) -> Result<bool, DataError> {
    let now = now.trunc_subsecs(6);
    for key in [account_key(email), address_key(address)] {
        sign_in_failure::ActiveModel { key: Set(key), occurred_at: Set(now), ..Default::default() }.insert(db).await?;
    }
    // Old rows only matter inside the window; drop them as we go.
    sign_in_failure::Entity::delete_many()
        .filter(sign_in_failure::Column::OccurredAt.lt(now - WINDOW))
        .exec(db)
        .await?;
    Ok(failures_since(db, &account_key(email), now - WINDOW).await? == ACCOUNT_LIMIT)
}

/// A successful sign-in clears the account's failures (the address keeps its count).
pub async fn clear_account(db: &DatabaseConnection, email: &str) -> Result<(), DataError> {
    sign_in_failure::Entity::delete_many()
        .filter(sign_in_failure::Column::Key.eq(account_key(email)))
        .exec(db)
        .await?;
    Ok(())
}

/// Attempts recorded under `key` within the window before `now` (other throttled actions:
/// join-code guesses per user, password-reset requests per address).
pub async fn recent(db: &DatabaseConnection, key: &str, now: DateTime<Utc>) -> Result<u64, DataError> {
    failures_since(db, key, now - WINDOW).await
}

/// Records one attempt under `key`.
pub async fn record(db: &DatabaseConnection, key: &str, now: DateTime<Utc>) -> Result<(), DataError> {
    sign_in_failure::ActiveModel { key: Set(key.to_owned()), occurred_at: Set(now.trunc_subsecs(6)), ..Default::default() }
        .insert(db)
        .await?;
    Ok(())
}
