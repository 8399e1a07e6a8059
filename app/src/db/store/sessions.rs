//! Sign-in sessions. The browser holds a random token (cookie); the database holds only its
//! SHA-256, so a copy of the table opens no session. Sessions expire and can be revoked.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, sea_query::Expr,
};
use sha2::{Digest, Sha256};

use crate::db::DataError;
use crate::db::entities::{session, user};
use crate::domain::ids::UserId;

/// How sessions end and how their cookie is set (`SESSION_IDLE_MINUTES`,
/// `SESSION_LIFETIME_HOURS`, and the scheme of `PUBLIC_URL`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPolicy {
    /// A session nobody used for this long ends (autosave counts as use; background polling
    /// does not).
    pub idle: Duration,
    /// A session ends this long after sign-in, used or not.
    pub lifetime: Duration,
    /// The site is served over https: the cookie is `Secure` and named with the `__Host-`
    /// prefix (only this host, path `/`, never set over plain http).
    pub https: bool,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        Self { idle: Duration::hours(2), lifetime: Duration::days(7), https: false }
    }
}

impl SessionPolicy {
    /// The session cookie's name.
    pub fn cookie_name(&self) -> &'static str {
        if self.https { "__Host-accredit_session" } else { "accredit_session" }
    }
}

/// Whether a request is the person's own doing (it keeps an idle session alive) or the
/// page's background polling (it does not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    Person,
    Background,
}

/// `last_seen_at` is written at most this often per session, not on every request.
const TOUCH_EVERY: Duration = Duration::minutes(1);

/// Whether a session is live at `now` under `policy`: not revoked, within its absolute
/// lifetime (also if the policy was shortened since it began) and used recently enough.
pub fn is_live(session: &session::Model, policy: &SessionPolicy, now: DateTime<Utc>) -> bool {
    let last_seen = session.last_seen_at.unwrap_or(session.created_at);
    session.revoked_at.is_none()
        && session.expires_at > now
        && session.created_at + policy.lifetime > now
        && last_seen + policy.idle > now
}

/// A new session's cookie value: 32 random bytes, hex-encoded.
pub(crate) fn new_token() -> Result<String, DataError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| DataError::Crypto(e.to_string()))?;
    Ok(hex::encode(bytes))
}

pub(crate) fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Opens a session for `user_id` (always a new token: a session id is never carried over
/// from before sign-in); returns the token for the cookie and the session row.
pub async fn open(
    db: &DatabaseConnection,
    user_id: UserId,
    policy: &SessionPolicy,
    now: DateTime<Utc>,
) -> Result<(String, session::Model), DataError> {
    let token = new_token()?;
    let now = now.trunc_subsecs(6);
    let model = session::ActiveModel {
        user_id: Set(user_id),
        token_hash: Set(token_hash(&token)),
        created_at: Set(now),
        expires_at: Set(now + policy.lifetime),
        revoked_at: Set(None),
        last_seen_at: Set(Some(now)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((token, model))
}

/// The signed-in user for a cookie token, if the session is live at `now` (see `is_live`)
/// and the account is not disabled. A person's request keeps the session alive.
pub async fn user_for_token(
    db: &DatabaseConnection,
    token: &str,
    policy: &SessionPolicy,
    activity: Activity,
    now: DateTime<Utc>,
) -> Result<Option<user::Model>, DataError> {
    let found = session::Entity::find()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .filter(session::Column::RevokedAt.is_null())
        .find_also_related(user::Entity)
        .one(db)
        .await?;
    let Some((session, Some(user))) = found else {
        return Ok(None);
    };
    if !is_live(&session, policy, now) || user.disabled_at.is_some() {
        return Ok(None);
    }
    let last_seen = session.last_seen_at.unwrap_or(session.created_at);
    if activity == Activity::Person && now - last_seen >= TOUCH_EVERY {
        session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(now.trunc_subsecs(6)))
            .filter(session::Column::Id.eq(session.id))
            .exec(db)
            .await?;
    }
    Ok(Some(user))
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

/// Ends every live session of a user (password change or reset, a disabled account).
/// Returns how many.
pub async fn revoke_all<C: ConnectionTrait>(db: &C, user_id: UserId) -> Result<u64, DataError> {
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

    #[test]
    fn sessions_end_when_idle_at_their_lifetime_or_when_revoked() {
        let start = DateTime::parse_from_rfc3339("2026-12-01T08:00:00Z")
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_default();
        let policy = SessionPolicy::default();
        let s = session::Model {
            id: 1,
            user_id: UserId(1),
            token_hash: String::new(),
            created_at: start,
            expires_at: start + policy.lifetime,
            revoked_at: None,
            last_seen_at: Some(start),
        };
        assert!(is_live(&s, &policy, start + Duration::minutes(119)));
        assert!(
            !is_live(&s, &policy, start + Duration::minutes(120)),
            "idle for the whole idle timeout"
        );
        let busy = session::Model {
            last_seen_at: Some(start + Duration::days(7) - Duration::minutes(5)),
            ..s.clone()
        };
        assert!(busy.last_seen_at.is_some_and(|l| is_live(
            &busy,
            &policy,
            l + Duration::minutes(1)
        )));
        assert!(
            !is_live(&busy, &policy, start + Duration::days(7)),
            "in use, but past the absolute lifetime"
        );
        let shorter = SessionPolicy { lifetime: Duration::hours(1), ..policy };
        assert!(
            !is_live(&s, &shorter, start + Duration::minutes(61)),
            "a shortened lifetime applies to sessions already open"
        );
        let revoked = session::Model { revoked_at: Some(start), ..s.clone() };
        assert!(!is_live(&revoked, &policy, start + Duration::minutes(1)));
        // The legacy rows without last_seen_at count from their start.
        let legacy = session::Model { last_seen_at: None, ..s };
        assert!(!is_live(&legacy, &policy, start + Duration::hours(3)));
    }

    #[test]
    fn the_cookie_name_follows_the_scheme() {
        assert_eq!(
            SessionPolicy { https: true, ..SessionPolicy::default() }.cookie_name(),
            "__Host-accredit_session"
        );
        assert_eq!(SessionPolicy::default().cookie_name(), "accredit_session");
    }
}
