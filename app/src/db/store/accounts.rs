//! User accounts: creation, password sign-in, password change, global roles.
//! Every change is written to the audit log in the same call.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, TransactionTrait, sea_query::Expr,
};

use crate::db::audit::{self, NewEntry};
use crate::db::entities::{global_role, user};
use crate::db::mail::{self, MailKind};
use crate::db::tokens::{self, TokenPurpose};
use crate::db::{DataError, UniqueKey, sessions, throttle};
use crate::domain::accounts::{GlobalRole, check_password, normalize_email, normalize_name};
use crate::domain::ids::UserId;
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
        use argon2::password_hash::{PasswordVerifier, phc::PasswordHash};
        Ok(PasswordHash::new(&hash)
            .map(|parsed| {
                argon2::Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok()
            })
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

fn collect<T>(
    errors: &mut Vec<FieldError>,
    field: &str,
    result: Result<T, &'static str>,
) -> Option<T> {
    result
        .map_err(|code| errors.push(FieldError { field: field.to_owned(), code: code.to_owned() }))
        .ok()
}

/// An account ready to insert: checked, normalised and hashed.
#[derive(Debug, Clone)]
pub struct ValidUser {
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub language: String,
}

/// The field rules of a new account (all errors at once), without hashing: the normalised
/// email and display name. Cheap, so it runs before anything costly.
pub fn check_new_user(new: &NewUser) -> Result<(String, String), DataError> {
    let mut errors = Vec::new();
    let email = collect(&mut errors, "email", normalize_email(&new.email));
    let name = collect(&mut errors, "display_name", normalize_name(&new.display_name));
    collect(&mut errors, "password", check_password(&new.password));
    match (email, name, errors.is_empty()) {
        (Some(email), Some(display_name), true) => Ok((email, display_name)),
        _ => Err(DataError::Invalid(errors)),
    }
}

/// Checks every field of a new account (all errors at once) and hashes the password.
pub async fn validate_new_user(new: &NewUser) -> Result<ValidUser, DataError> {
    let (email, display_name) = check_new_user(new)?;
    Ok(ValidUser {
        email,
        display_name,
        password_hash: hash_password(&new.password).await?,
        language: new.language.clone(),
    })
}

/// Inserts an account inside the caller's transaction; `confirmed_at` is when the email
/// address was confirmed (`None`: a confirmation link must be followed before signing in).
/// A taken email is a field error.
pub async fn insert_user<C: ConnectionTrait>(
    conn: &C,
    valid: ValidUser,
    confirmed_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<user::Model, DataError> {
    if find_by_email_in(conn, &valid.email).await?.is_some() {
        return Err(DataError::invalid("email", "error-email-taken"));
    }
    let now = now.trunc_subsecs(6);
    user::ActiveModel {
        email: Set(valid.email),
        display_name: Set(valid.display_name),
        password_hash: Set(valid.password_hash),
        language: Set(supported_language(&valid.language)
            .unwrap_or(crate::i18n::DEFAULT_LANGUAGE)
            .to_owned()),
        created_at: Set(now),
        password_changed_at: Set(now),
        email_confirmed_at: Set(confirmed_at.map(|t| t.trunc_subsecs(6))),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(|e| {
        // Two registrations raced past the check above: the unique index decides.
        DataError::from(e).on_unique_key(&[(UniqueKey::UserEmail, "email", "error-email-taken")])
    })
}

/// Creates an account whose address is already confirmed (administrators made on the command
/// line, tests) and audits it with `actor`.
pub async fn create_user(
    db: &DatabaseConnection,
    new: NewUser,
    actor: &str,
) -> Result<user::Model, DataError> {
    let valid = validate_new_user(&new).await?;
    let now = Utc::now();
    let txn = db.begin().await?;
    let model = insert_user(&txn, valid, Some(now), now).await?;
    let mut entry = NewEntry::new(actor, "user.created", &format!("user:{}", model.id));
    entry.after = Some(
        serde_json::json!({ "email": model.email, "display_name": model.display_name, "language": model.language }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(model)
}

/// Signs up a person without a facility (someone who will join one with its code): the
/// account waits for its address to be confirmed through the mailed link. When the address
/// already has an account nothing is created and its owner gets a mail saying so: the answer
/// is the same either way (`None` here), so the form reveals no accounts. The field rules and
/// the look-up run before the password is hashed.
pub async fn sign_up(
    db: &DatabaseConnection,
    new: NewUser,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Option<user::Model>, DataError> {
    let (email, _) = check_new_user(&new)?;
    if let Some(existing) = find_by_email(db, &email).await? {
        let txn = db.begin().await?;
        let args = [
            ("name", existing.display_name.clone()),
            ("sign_in", format!("{base_url}/sign-in")),
            ("reset", format!("{base_url}/reset-password")),
        ];
        mail::queue(
            &txn,
            &existing.email,
            &existing.language,
            MailKind::SignUpExisting,
            &args,
            now,
        )
        .await?;
        audit::append_in(
            &txn,
            NewEntry::new("anonymous", "user.sign_up_existing", &format!("user:{}", existing.id)),
        )
        .await?;
        txn.commit().await?;
        return Ok(None);
    }
    let valid = validate_new_user(&new).await?;
    let txn = db.begin().await?;
    let model = insert_user(&txn, valid, None, now).await?;
    send_confirmation_link(&txn, &model, base_url, now).await?;
    let actor = format!("user:{}", model.id);
    let mut entry = NewEntry::new(&actor, "user.created", &actor);
    entry.after = Some(
        serde_json::json!({ "email": model.email, "display_name": model.display_name, "language": model.language, "via": "sign_up" }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(Some(model))
}

/// Records that the user controls the address (idempotent).
pub async fn mark_email_confirmed<C: ConnectionTrait>(
    conn: &C,
    user_id: UserId,
    now: DateTime<Utc>,
) -> Result<bool, DataError> {
    let result = user::Entity::update_many()
        .col_expr(user::Column::EmailConfirmedAt, Expr::value(now.trunc_subsecs(6)))
        .filter(user::Column::Id.eq(user_id))
        .filter(user::Column::EmailConfirmedAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Follows a confirmation link. A used, expired or unknown link is a field error on `token`.
pub async fn confirm_email(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<user::Model, DataError> {
    let txn = db.begin().await?;
    let Some(used) = tokens::consume(&txn, token, TokenPurpose::ConfirmEmail, now).await? else {
        return Err(DataError::invalid("token", "error-link-invalid"));
    };
    mark_email_confirmed(&txn, used.user_id, now).await?;
    let actor = format!("user:{}", used.user_id);
    audit::append_in(&txn, NewEntry::new(&actor, "user.email_confirmed", &actor)).await?;
    txn.commit().await?;
    find_by_id(db, used.user_id).await?.ok_or(DataError::NotFound)
}

/// Issues an email-confirmation link for `user` and mails it.
pub(crate) async fn send_confirmation_link<C: ConnectionTrait>(
    conn: &C,
    user: &user::Model,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let token = tokens::issue(conn, user.id, TokenPurpose::ConfirmEmail, None, now).await?;
    mail::queue(
        conn,
        &user.email,
        &user.language,
        MailKind::ConfirmEmail,
        &[
            ("name", user.display_name.clone()),
            ("link", format!("{base_url}/confirm-email?token={token}")),
            ("hours", TokenPurpose::ConfirmEmail.lifetime().num_hours().to_string()),
        ],
        now,
    )
    .await?;
    Ok(())
}

/// The account a request for a mailed link (`action`: `reset`, `resend`) is about, counted
/// against `limit` requests per address within the throttle window: `None` for an unknown
/// address or past the limit, so the caller answers the same either way and the form reveals
/// no accounts. A malformed address is a field error.
pub(crate) async fn link_request_for(
    db: &DatabaseConnection,
    email: &str,
    action: &str,
    limit: u64,
    now: DateTime<Utc>,
) -> Result<Option<user::Model>, DataError> {
    let Ok(normalized) = normalize_email(email) else {
        return Err(DataError::invalid("email", "error-email-invalid"));
    };
    let key = format!("{action}:{normalized}");
    if throttle::recent(db, &key, now).await? >= limit {
        return Ok(None);
    }
    throttle::record(db, &key, now).await?;
    find_by_email(db, &normalized).await
}

/// Reset requests per address within the throttle window; more are dropped silently.
pub const RESET_REQUEST_LIMIT: u64 = 3;

/// Mails a password-reset link if an account has this address. The answer is the same
/// whether or not it exists, so the form reveals no accounts.
pub async fn request_password_reset(
    db: &DatabaseConnection,
    email: &str,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let Some(user) = link_request_for(db, email, "reset", RESET_REQUEST_LIMIT, now).await? else {
        return Ok(());
    };
    let txn = db.begin().await?;
    let token = tokens::issue(&txn, user.id, TokenPurpose::ResetPassword, None, now).await?;
    mail::queue(
        &txn,
        &user.email,
        &user.language,
        MailKind::PasswordReset,
        &[
            ("name", user.display_name.clone()),
            ("link", format!("{base_url}/reset-password?token={token}")),
            ("minutes", TokenPurpose::ResetPassword.lifetime().num_minutes().to_string()),
        ],
        now,
    )
    .await?;
    audit::append_in(
        &txn,
        NewEntry::new("anonymous", "user.password_reset_requested", &format!("user:{}", user.id)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Sets a new password from a reset link (which also proves the address), signing the user
/// out everywhere. The password is checked before the link is spent.
pub async fn reset_password(
    db: &DatabaseConnection,
    token: &str,
    new_password: &str,
    now: DateTime<Utc>,
) -> Result<user::Model, DataError> {
    check_password(new_password).map_err(|code| DataError::invalid("password", code))?;
    let Some(used) = tokens::consume(db, token, TokenPurpose::ResetPassword, now).await? else {
        return Err(DataError::invalid("token", "error-link-invalid"));
    };
    mark_email_confirmed(db, used.user_id, now).await?;
    change_password(db, used.user_id, new_password, &format!("user:{}", used.user_id)).await?;
    find_by_id(db, used.user_id).await?.ok_or(DataError::NotFound)
}

/// Every account with its global roles (the administrator's list).
pub async fn all_for_admin(
    db: &DatabaseConnection,
) -> Result<Vec<crate::domain::facilities::view::AdminUserRow>, DataError> {
    let users = user::Entity::find().order_by_asc(user::Column::Id).all(db).await?;
    let mut out = Vec::with_capacity(users.len());
    for u in users {
        out.push(crate::domain::facilities::view::AdminUserRow {
            roles: roles_of(db, u.id).await?,
            id: u.id,
            display_name: u.display_name,
            email: u.email,
            email_confirmed: u.email_confirmed_at.is_some(),
            disabled: u.disabled_at.is_some(),
        });
    }
    Ok(out)
}

pub async fn find_by_email_in<C: ConnectionTrait>(
    conn: &C,
    email: &str,
) -> Result<Option<user::Model>, DataError> {
    let Ok(email) = normalize_email(email) else {
        return Ok(None);
    };
    Ok(user::Entity::find().filter(user::Column::Email.eq(email)).one(conn).await?)
}

pub async fn find_by_email(
    db: &DatabaseConnection,
    email: &str,
) -> Result<Option<user::Model>, DataError> {
    find_by_email_in(db, email).await
}

pub async fn find_by_id(
    db: &DatabaseConnection,
    id: UserId,
) -> Result<Option<user::Model>, DataError> {
    Ok(user::Entity::find_by_id(id).one(db).await?)
}

/// The account for these credentials, or `None`. Unknown email and wrong password take the
/// same path and the same time; the caller shows one message for both.
pub async fn authenticate(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
) -> Result<Option<user::Model>, DataError> {
    match find_by_email(db, email).await? {
        Some(user) => Ok(verify_password(password, &user.password_hash).await?.then_some(user)),
        None => {
            verify_password(password, dummy_hash().await).await?;
            Ok(None)
        }
    }
}

/// Sets a new password (after checking it) and signs the user out everywhere.
pub async fn change_password(
    db: &DatabaseConnection,
    user_id: UserId,
    new_password: &str,
    actor: &str,
) -> Result<(), DataError> {
    check_password(new_password).map_err(|code| DataError::invalid("password", code))?;
    let Some(found) = find_by_id(db, user_id).await? else {
        return Err(DataError::invalid("user", "error-not-found"));
    };
    let mut model: user::ActiveModel = found.into();
    model.password_hash = Set(hash_password(new_password).await?);
    model.password_changed_at = Set(Utc::now().trunc_subsecs(6));
    let txn = db.begin().await?;
    model.update(&txn).await?;
    let revoked = sessions::revoke_all(&txn, user_id).await?;
    let mut entry = NewEntry::new(actor, "user.password_changed", &format!("user:{user_id}"));
    entry.after = Some(serde_json::json!({ "sessions_revoked": revoked }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// A signed-in user changes their own password: the current one must be right. Every
/// session ends (the caller opens a fresh one for the browser that asked).
pub async fn change_own_password(
    db: &DatabaseConnection,
    user_id: UserId,
    current: &str,
    new_password: &str,
) -> Result<(), DataError> {
    let user = find_by_id(db, user_id).await?.ok_or(DataError::NotFound)?;
    if !verify_password(current, &user.password_hash).await? {
        return Err(DataError::invalid("current_password", "account-error-current-password"));
    }
    change_password(db, user_id, new_password, &format!("user:{user_id}")).await
}

/// Grants a global role; granting one the user has is a no-op (and not audited twice).
/// Returns whether anything changed.
pub async fn grant_role(
    db: &DatabaseConnection,
    user_id: UserId,
    role: GlobalRole,
    actor: &str,
) -> Result<bool, DataError> {
    if roles_of(db, user_id).await?.contains(&role) {
        return Ok(false);
    }
    let txn = db.begin().await?;
    let inserted = global_role::ActiveModel {
        user_id: Set(user_id),
        role: Set(role.as_str().to_owned()),
        granted_at: Set(Utc::now().trunc_subsecs(6)),
    }
    .insert(&txn)
    .await;
    match inserted.map_err(DataError::from) {
        Ok(_) => {}
        // A concurrent grant of the same role won: the outcome is what was asked for.
        Err(e) if e.is_unique_violation() => return Ok(false),
        Err(e) => return Err(e),
    }
    let mut entry = NewEntry::new(actor, "role.granted", &format!("user:{user_id}"));
    entry.after = Some(serde_json::json!({ "role": role.as_str() }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(true)
}

/// Removes a global role; returns whether the user had it.
pub async fn revoke_role(
    db: &DatabaseConnection,
    user_id: UserId,
    role: GlobalRole,
    actor: &str,
) -> Result<bool, DataError> {
    let txn = db.begin().await?;
    let result = global_role::Entity::delete_many()
        .filter(global_role::Column::UserId.eq(user_id))
        .filter(global_role::Column::Role.eq(role.as_str()))
        .exec(&txn)
        .await?;
    if result.rows_affected == 0 {
        return Ok(false);
    }
    let mut entry = NewEntry::new(actor, "role.revoked", &format!("user:{user_id}"));
    entry.before = Some(serde_json::json!({ "role": role.as_str() }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(true)
}

pub async fn roles_of(
    db: &DatabaseConnection,
    user_id: UserId,
) -> Result<Vec<GlobalRole>, DataError> {
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

/// Disables (or enables again) an account: a disabled account cannot sign in and every
/// session it has ends at once. Nobody disables their own account. Audited in the same
/// transaction. Returns whether anything changed.
pub async fn set_disabled(
    db: &DatabaseConnection,
    user_id: UserId,
    disabled: bool,
    actor_id: UserId,
    now: DateTime<Utc>,
) -> Result<bool, DataError> {
    if user_id == actor_id {
        return Err(DataError::invalid("user", "admin-error-disable-self"));
    }
    let txn = db.begin().await?;
    let found = user::Entity::find_by_id(user_id).one(&txn).await?.ok_or(DataError::NotFound)?;
    if found.disabled_at.is_some() == disabled {
        return Ok(false);
    }
    user::Entity::update_many()
        .col_expr(user::Column::DisabledAt, Expr::value(disabled.then(|| now.trunc_subsecs(6))))
        .filter(user::Column::Id.eq(user_id))
        .exec(&txn)
        .await?;
    let ended = if disabled { sessions::revoke_all(&txn, user_id).await? } else { 0 };
    let action = if disabled { "user.disabled" } else { "user.enabled" };
    let mut entry = NewEntry::new(&format!("user:{actor_id}"), action, &format!("user:{user_id}"));
    entry.after = Some(serde_json::json!({ "sessions_ended": ended }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(true)
}

/// Everyone holding a global role, by name.
pub async fn holders_of(
    db: &DatabaseConnection,
    role: GlobalRole,
) -> Result<Vec<user::Model>, DataError> {
    use sea_orm::QueryOrder;
    let ids: Vec<UserId> = global_role::Entity::find()
        .filter(global_role::Column::Role.eq(role.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .order_by_asc(user::Column::DisplayName)
        .all(db)
        .await?)
}

pub(crate) async fn administrators<C: ConnectionTrait>(
    conn: &C,
) -> Result<Vec<user::Model>, DataError> {
    let ids: Vec<UserId> = global_role::Entity::find()
        .filter(global_role::Column::Role.eq(GlobalRole::Administrator.as_str()))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    Ok(user::Entity::find().filter(user::Column::Id.is_in(ids)).all(conn).await?)
}
