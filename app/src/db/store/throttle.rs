//! Throttling, kept in the database so every server instance sees the same counts.
//!
//! Each attempt is written *before* it is judged, then the attempts within the window that
//! were written before it (a smaller id) are counted: parallel requests cannot all slip
//! through while none has been counted yet, and the first ones written are the ones that run
//! (the k-th written counts k). An attempt refused by the throttle takes its row back, so
//! hammering does not prolong the wait; attempts that ran (a wrong password) keep theirs.
//!
//! Sign-in backs off progressively past a number of free attempts (30 s, then doubling, at
//! most the window) instead of locking an account for good; other actions have a plain limit
//! per window.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, ModelTrait,
    PaginatorTrait, QueryFilter, QueryOrder,
};

use crate::db::DataError;
use crate::db::entities::sign_in_failure;

pub const WINDOW: Duration = Duration::minutes(15);
/// Sign-in attempts per account within the window before the waits start (guessing one
/// person's password).
pub const ACCOUNT_FREE_ATTEMPTS: u64 = 5;
/// Sign-in attempts per client address within the window before the waits start (one
/// client trying many accounts).
pub const ADDRESS_FREE_ATTEMPTS: u64 = 20;
/// The first wait once the free attempts are used; it doubles with each further attempt.
pub const FIRST_WAIT: Duration = Duration::seconds(30);

/// How long after the previous attempt the next one may run, given how many attempts
/// (`earlier`) the window already holds: nothing while free attempts remain, then 30 s,
/// 1 min, 2 min, … up to the whole window.
pub fn wait_after(earlier: u64, free: u64) -> Duration {
    if earlier < free {
        return Duration::zero();
    }
    let doublings = u32::try_from(earlier - free).unwrap_or(u32::MAX).min(10);
    (FIRST_WAIT * 2_i32.pow(doublings)).min(WINDOW)
}

pub fn account_key(email: &str) -> String {
    format!("account:{}", email.trim().to_lowercase())
}

pub fn address_key(address: &str) -> String {
    format!("ip:{address}")
}

async fn write<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    now: DateTime<Utc>,
) -> Result<sign_in_failure::Model, DataError> {
    Ok(sign_in_failure::ActiveModel {
        key: Set(key.to_owned()),
        occurred_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

async fn count_since<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    since: DateTime<Utc>,
) -> Result<u64, DataError> {
    Ok(sign_in_failure::Entity::find()
        .filter(sign_in_failure::Column::Key.eq(key))
        .filter(sign_in_failure::Column::OccurredAt.gt(since))
        .count(conn)
        .await?)
}

/// Attempts under `key` within the window written up to and including `own`.
async fn count_up_to<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    since: DateTime<Utc>,
    own: &sign_in_failure::Model,
) -> Result<u64, DataError> {
    Ok(sign_in_failure::Entity::find()
        .filter(sign_in_failure::Column::Key.eq(key))
        .filter(sign_in_failure::Column::OccurredAt.gt(since))
        .filter(sign_in_failure::Column::Id.lte(own.id))
        .count(conn)
        .await?)
}

/// A sign-in attempt written under `key` and judged: whether it may run now.
async fn sign_in_attempt<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    free: u64,
    now: DateTime<Utc>,
) -> Result<(bool, sign_in_failure::Model), DataError> {
    let own = write(conn, key, now).await?;
    let since = now - WINDOW;
    let earlier = count_up_to(conn, key, since, &own).await?.saturating_sub(1);
    if earlier < free {
        return Ok((true, own));
    }
    let previous = sign_in_failure::Entity::find()
        .filter(sign_in_failure::Column::Key.eq(key))
        .filter(sign_in_failure::Column::OccurredAt.gt(since))
        .filter(sign_in_failure::Column::Id.lt(own.id))
        .order_by_desc(sign_in_failure::Column::Id)
        .one(conn)
        .await?;
    let allowed = previous.is_none_or(|p| now - p.occurred_at >= wait_after(earlier, free));
    Ok((allowed, own))
}

/// A sign-in attempt that may run: its rows, until it is known how it ended.
#[derive(Debug)]
pub struct Attempt {
    address_row: sign_in_failure::Model,
}

/// Writes a sign-in attempt for `email` from `address` and answers whether it may run (the
/// password may be checked): `Some` then. A refused attempt takes its rows back.
pub async fn sign_in_allowed<C: ConnectionTrait>(
    conn: &C,
    email: &str,
    address: &str,
    now: DateTime<Utc>,
) -> Result<Option<Attempt>, DataError> {
    let now = now.trunc_subsecs(6);
    // Old rows only matter inside the window; drop them as we go.
    sign_in_failure::Entity::delete_many()
        .filter(sign_in_failure::Column::OccurredAt.lt(now - WINDOW))
        .exec(conn)
        .await?;
    let (account_ok, account_row) =
        sign_in_attempt(conn, &account_key(email), ACCOUNT_FREE_ATTEMPTS, now).await?;
    let (address_ok, address_row) =
        sign_in_attempt(conn, &address_key(address), ADDRESS_FREE_ATTEMPTS, now).await?;
    if account_ok && address_ok {
        return Ok(Some(Attempt { address_row }));
    }
    account_row.delete(conn).await?;
    address_row.delete(conn).await?;
    Ok(None)
}

/// A sign-in that succeeded: the account's attempts are cleared, and this one does not count
/// against the address (many colleagues behind one hospital address sign in all day; only
/// failures should slow that address down).
pub async fn sign_in_succeeded<C: ConnectionTrait>(
    conn: &C,
    email: &str,
    attempt: Attempt,
) -> Result<(), DataError> {
    clear_account(conn, email).await?;
    attempt.address_row.delete(conn).await?;
    Ok(())
}

/// Attempts of an account within the window before `now` (the audit of a burst).
pub async fn account_attempts<C: ConnectionTrait>(
    conn: &C,
    email: &str,
    now: DateTime<Utc>,
) -> Result<u64, DataError> {
    count_since(conn, &account_key(email), now - WINDOW).await
}

/// Clears the account's attempts.
async fn clear_account<C: ConnectionTrait>(conn: &C, email: &str) -> Result<(), DataError> {
    sign_in_failure::Entity::delete_many()
        .filter(sign_in_failure::Column::Key.eq(account_key(email)))
        .exec(conn)
        .await?;
    Ok(())
}

/// One attempt of another throttled action under `key` (`signup:ip:…`, `join:user:…`, …):
/// written, then allowed while the window holds at most `limit` of them. A refused attempt
/// takes its row back.
pub async fn hit<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    limit: u64,
    now: DateTime<Utc>,
) -> Result<bool, DataError> {
    let now = now.trunc_subsecs(6);
    let own = write(conn, key, now).await?;
    if count_up_to(conn, key, now - WINDOW, &own).await? <= limit {
        return Ok(true);
    }
    own.delete(conn).await?;
    Ok(false)
}

/// Attempts recorded under `key` within the window before `now`.
pub async fn recent<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    now: DateTime<Utc>,
) -> Result<u64, DataError> {
    count_since(conn, key, now - WINDOW).await
}

/// Records one attempt under `key` (an attempt that ran and failed, such as a wrong code).
pub async fn record<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    write(conn, key, now.trunc_subsecs(6)).await.map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_past_the_free_attempts_and_stop_at_the_window() {
        assert_eq!(wait_after(0, 5), Duration::zero());
        assert_eq!(wait_after(4, 5), Duration::zero());
        assert_eq!(wait_after(5, 5), Duration::seconds(30));
        assert_eq!(wait_after(6, 5), Duration::seconds(60));
        assert_eq!(wait_after(8, 5), Duration::minutes(4));
        assert_eq!(wait_after(9, 5), Duration::minutes(8));
        assert_eq!(wait_after(10, 5), WINDOW);
        assert_eq!(wait_after(u64::MAX, 5), WINDOW);
    }
}
