//! Single-use, expiring tokens sent by mail (activation, email confirmation, password reset).
//! The link carries the token; the database keeps only its SHA-256.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    sea_query::Expr,
};

use crate::db::DataError;
use crate::db::entities::email_token;
use crate::db::sessions::{new_token, token_hash};
use crate::domain::ids::{FacilityId, UserId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    ActivateFacility,
    ConfirmEmail,
    ResetPassword,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ActivateFacility => "activate_facility",
            Self::ConfirmEmail => "confirm_email",
            Self::ResetPassword => "reset_password",
        }
    }

    /// How long the link works: a reset link is a password substitute, so it is short-lived.
    pub fn lifetime(self) -> Duration {
        match self {
            Self::ActivateFacility | Self::ConfirmEmail => Duration::hours(72),
            Self::ResetPassword => Duration::hours(1),
        }
    }
}

/// Creates a token and returns the value to put in the link.
pub async fn issue<C: ConnectionTrait>(
    conn: &C,
    user_id: UserId,
    purpose: TokenPurpose,
    facility_id: Option<FacilityId>,
    now: DateTime<Utc>,
) -> Result<String, DataError> {
    let token = new_token()?;
    let now = now.trunc_subsecs(6);
    email_token::ActiveModel {
        user_id: Set(user_id),
        purpose: Set(purpose.as_str().to_owned()),
        token_hash: Set(token_hash(&token)),
        facility_id: Set(facility_id),
        created_at: Set(now),
        expires_at: Set(now + purpose.lifetime()),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(token)
}

/// Uses a token: returns its row if it exists for this purpose, has not expired and has not
/// been used; marks it used in the same statement that checks it, so two clicks on the same
/// link cannot both succeed.
pub async fn consume<C: ConnectionTrait>(
    conn: &C,
    token: &str,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> Result<Option<email_token::Model>, DataError> {
    let Some(found) = email_token::Entity::find()
        .filter(email_token::Column::TokenHash.eq(token_hash(token.trim())))
        .filter(email_token::Column::Purpose.eq(purpose.as_str()))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    if found.used_at.is_some() || found.expires_at <= now {
        return Ok(None);
    }
    let claimed = email_token::Entity::update_many()
        .col_expr(email_token::Column::UsedAt, Expr::value(now.trunc_subsecs(6)))
        .filter(email_token::Column::Id.eq(found.id))
        .filter(email_token::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok((claimed.rows_affected == 1).then_some(found))
}

/// Spends every unused link of `user_id` for `purpose` (and, for an activation, this
/// facility): when a new link is sent, only the newest one works.
pub async fn revoke_unused<C: ConnectionTrait>(
    conn: &C,
    user_id: UserId,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> Result<u64, DataError> {
    let revoked = email_token::Entity::update_many()
        .col_expr(email_token::Column::UsedAt, Expr::value(now.trunc_subsecs(6)))
        .filter(email_token::Column::UserId.eq(user_id))
        .filter(email_token::Column::Purpose.eq(purpose.as_str()))
        .filter(email_token::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(revoked.rows_affected)
}
