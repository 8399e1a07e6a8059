//! User accounts: creation, password sign-in, password change, global roles.
//! Every change is written to the audit log in the same call.

use chrono::{SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
};

use super::audit::{self, NewEntry};
use super::entities::{global_role, user};
use super::{sessions, DataError};
use crate::accounts::{check_password, normalize_email, normalize_name, GlobalRole};
use crate::error::FieldError;
use crate::i18n::supported_language;

/// What registration (or `server create-admin`) supplies.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub language: String,
}

/// Argon2id with the crate's defaults (19 MiB, 2 passes), on a blocking thread: a hash takes
/// tens of milliseconds and must not stall the async workers.
pub async fn hash_password(password: &str) -> Result<String, DataError> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || {
        use argon2::password_hash::PasswordHasher;
        argon2::Argon2::default()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| DataError::Crypto(e.to_string()))
    })
    .await
    .map_err(|e| DataError::Crypto(e.to_string()))?
}

/// Whether `password` matches the PHC string `hash` (false for a malformed hash).
pub async fn verify_password(password: &str, hash: &str) -> Result<bool, DataError> {
    let (password, hash) = (password.to_owned(), hash.to_owned());
    tokio::task::spawn_blocking(move || {
        use argon2::password_hash::{phc::PasswordHash, PasswordVerifier};
        Ok(PasswordHash::new(&hash)
            .map(|parsed| argon2::Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
            .unwrap_or(false))
    })
    .await
    .map_err(|e| DataError::Crypto(e.to_string()))?
}

/// A valid hash of a password nobody has, so that signing in with an unknown email costs the
/// same time as with a known one (no account enumeration by timing).
async fn dummy_hash() -> &'static str {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    DUMMY
        .get_or_init(|| async {
            hash_password("not-a-real-password-only-for-timing").await.unwrap_or_default()
        })
        .await
}

fn collect<T>(errors: &mut Vec<FieldError>, field: &str, result: Result<T, &'static str>) -> Option<T> {
    result
        .map_err(|code| errors.push(FieldError { field: field.to_owned(), code: code.to_owned() }))
        .ok()
}

/// Creates an account after checking every field (all errors at once); a taken email is a
/// field error too. `actor` is recorded in the audit log.
pub async fn create_user(db: &DatabaseConnection, new: NewUser, actor: &str) -> Result<user::Model, DataError> {
    let mut errors = Vec::new();
    let email = collect(&mut errors, "email", normalize_email(&new.email));
    let name = collect(&mut errors, "display_name", normalize_name(&new.display_name));
    collect(&mut errors, "password", check_password(&new.password));
    let (Some(email), Some(name), true) = (email, name, errors.is_empty()) else {
        return Err(DataError::Invalid(errors));
    };
    if find_by_email(db, &email).await?.is_some() {
        return Err(DataError::invalid("email", "error-email-taken"));
    }
    let now = Utc::now().trunc_subsecs(6);
    let model = user::ActiveModel {
        email: Set(email),
        display_name: Set(name),
        password_hash: Set(hash_password(&new.password).await?),
        language: Set(supported_language(&new.language).unwrap_or(crate::i18n::DEFAULT_LANGUAGE).to_owned()),
        created_at: Set(now),
        password_changed_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|e| {
        // Two registrations raced past the check above: the unique index decides.
        let e = DataError::from(e);
        if e.is_unique_violation() { DataError::invalid("email", "error-email-taken") } else { e }
    })?;
    let mut entry = NewEntry::new(actor, "user.created", &format!("user:{}", model.id));
    entry.after = Some(serde_json::json!({ "email": model.email, "display_name": model.display_name, "language": model.language }));
    audit::append(db, entry).await?;
    Ok(model)
}

pub async fn find_by_email(db: &DatabaseConnection, email: &str) -> Result<Option<user::Model>, DataError> {
    let Ok(email) = normalize_email(email) else {
        return Ok(None);
    };
    Ok(user::Entity::find().filter(user::Column::Email.eq(email)).one(db).await?)
}

pub async fn find_by_id(db: &DatabaseConnection, id: i64) -> Result<Option<user::Model>, DataError> {
    Ok(user::Entity::find_by_id(id).one(db).await?)
}

/// The account for these credentials, or `None`. Unknown email and wrong password take the
/// same path and the same time; the caller shows one message for both.
pub async fn authenticate(db: &DatabaseConnection, email: &str, password: &str) -> Result<Option<user::Model>, DataError> {
    match find_by_email(db, email).await? {
        Some(user) => Ok(verify_password(password, &user.password_hash).await?.then_some(user)),
        None => {
            verify_password(password, dummy_hash().await).await?;
            Ok(None)
        }
    }
}

/// Sets a new password (after checking it) and signs the user out everywhere.
pub async fn change_password(db: &DatabaseConnection, user_id: i64, new_password: &str, actor: &str) -> Result<(), DataError> {
    check_password(new_password).map_err(|code| DataError::invalid("password", code))?;
    let Some(found) = find_by_id(db, user_id).await? else {
        return Err(DataError::invalid("user", "error-not-found"));
    };
    let mut model: user::ActiveModel = found.into();
    model.password_hash = Set(hash_password(new_password).await?);
    model.password_changed_at = Set(Utc::now().trunc_subsecs(6));
    model.update(db).await?;
    let revoked = sessions::revoke_all(db, user_id).await?;
    let mut entry = NewEntry::new(actor, "user.password_changed", &format!("user:{user_id}"));
    entry.after = Some(serde_json::json!({ "sessions_revoked": revoked }));
    audit::append(db, entry).await?;
    Ok(())
}

/// Grants a global role; granting one the user has is a no-op (and not audited twice).
/// Returns whether anything changed.
pub async fn grant_role(db: &DatabaseConnection, user_id: i64, role: GlobalRole, actor: &str) -> Result<bool, DataError> {
    if roles_of(db, user_id).await?.contains(&role) {
        return Ok(false);
    }
    let inserted = global_role::ActiveModel {
        user_id: Set(user_id),
        role: Set(role.as_str().to_owned()),
        granted_at: Set(Utc::now().trunc_subsecs(6)),
    }
    .insert(db)
    .await;
    match inserted.map_err(DataError::from) {
        Ok(_) => {}
        // A concurrent grant of the same role won: the outcome is what was asked for.
        Err(e) if e.is_unique_violation() => return Ok(false),
        Err(e) => return Err(e),
    }
    let mut entry = NewEntry::new(actor, "role.granted", &format!("user:{user_id}"));
    entry.after = Some(serde_json::json!({ "role": role.as_str() }));
    audit::append(db, entry).await?;
    Ok(true)
}

/// Removes a global role; returns whether the user had it.
pub async fn revoke_role(db: &DatabaseConnection, user_id: i64, role: GlobalRole, actor: &str) -> Result<bool, DataError> {
    let result = global_role::Entity::delete_many()
        .filter(global_role::Column::UserId.eq(user_id))
        .filter(global_role::Column::Role.eq(role.as_str()))
        .exec(db)
        .await?;
    if result.rows_affected == 0 {
        return Ok(false);
    }
    let mut entry = NewEntry::new(actor, "role.revoked", &format!("user:{user_id}"));
    entry.before = Some(serde_json::json!({ "role": role.as_str() }));
    audit::append(db, entry).await?;
    Ok(true)
}

pub async fn roles_of(db: &DatabaseConnection, user_id: i64) -> Result<Vec<GlobalRole>, DataError> {
    let mut roles: Vec<GlobalRole> = global_role::Entity::find()
        .filter(global_role::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .iter()
        .filter_map(|r| GlobalRole::parse(&r.role))
        .collect();
    roles.sort();
    Ok(roles)
}
