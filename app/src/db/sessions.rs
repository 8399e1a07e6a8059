//! Sign-in sessions. The browser holds a random token (cookie); the database holds only its
//! SHA-256, so a copy of the table opens no session. Sessions expire and can be revoked.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    sea_query::Expr,
};
use sha2::{Digest, Sha256};

use super::entities::{session, user};
use super::DataError;

/// How long a session lasts without signing in again.
pub const SESSION_LIFETIME: Duration = Duration::days(14);

/// A new session's cookie value: 32 random bytes, hex-encoded.
pub(crate) fn new_token() -> Result<String, DataError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| DataError::Crypto(e.to_string()))?;
    Ok(hex::encode(bytes))
}

pub(crate) fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Opens a session for `user_id`; returns the token for the cookie and the session row.
pub async fn open(db: &DatabaseConnection, user_id: i64, now: DateTime<Utc>) -> Result<(String, session::Model), DataError> {
    let token = new_token()?;
    let now = now.trunc_subsecs(6);
    let model = session::ActiveModel {
        user_id: Set(user_id),
        token_hash: Set(token_hash(&token)),
        created_at: Set(now),
        expires_at: Set(now + SESSION_LIFETIME),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((token, model))
}

/// The signed-in user for a cookie token, if the session exists, is not revoked and has not
/// expired at `now`.
pub async fn user_for_token(db: &DatabaseConnection, token: &str, now: DateTime<Utc>) -> Result<Option<user::Model>, DataError> {
    let found = session::Entity::find()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .filter(session::Column::RevokedAt.is_null())
        .filter(session::Column::ExpiresAt.gt(now))
        .find_also_related(user::Entity)
        .one(db)
        .await?;
    Ok(found.and_then(|(_, user)| user))
}

/// Ends one session (sign-out). Returns whether a live session was ended.
pub async fn revoke(db: &DatabaseConnection, token: &str) -> Result<bool, DataError> {
    let result = session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(Utc::now().trunc_subsecs(6)))
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .filter(session::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected > 0)
}

/// Ends every live session of a user (password change, removal). Returns how many.
pub async fn revoke_all(db: &DatabaseConnection, user_id: i64) -> Result<u64, DataError> {
    let result = session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(Utc::now().trunc_subsecs(6)))
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_only_their_hash_is_kept() {
        let a = new_token().unwrap_or_default();
        let b = new_token().unwrap_or_default();
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), a);
        assert_ne!(token_hash(&a), token_hash(&b));
    }
}
