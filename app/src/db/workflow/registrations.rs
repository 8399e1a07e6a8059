//! Registrations that were never activated. A link that expired or got lost is not a dead
//! end: anyone can ask for a new one by address (throttled, the same answer whether or not the
//! address is known), the office can re-send it, activate on the registrant's behalf (with a
//! reason) or delete the registration, and registrations left unactivated past the grace
//! period are purged, which frees the facility name and the address.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    TransactionTrait,
};
use serde_json::json;

use crate::db::DataError;
use crate::db::accounts;
use crate::db::audit::{self, NewEntry};
use crate::db::entities::{
    email_token, facility, facility_role, facility_status, global_role, membership, session, user,
};
use crate::db::facilities::{complete_activation, send_activation_link};
use crate::db::status_history::current_status;
use crate::db::tokens::{self, TokenPurpose};
use crate::domain::billing::FeeSchedule;
use crate::domain::facilities::FacilityStatus;
use crate::domain::ids::{FacilityId, UserId};

/// Requests for a new link per address within the throttle window; more are dropped
/// silently (the answer stays the same).
pub const RESEND_LIMIT: u64 = 3;
/// Longest reason the office may give for acting on a registration.
pub const MAX_REASON_CHARS: usize = 500;
/// Days a registration may stay unactivated before the daily job deletes it.
pub const DEFAULT_GRACE_DAYS: u32 = 30;

/// A registration not activated yet: the facility and its registrant.
struct Pending {
    facility: facility::Model,
    holder: user::Model,
}

async fn pending<C: ConnectionTrait>(
    conn: &C,
    facility_id: FacilityId,
) -> Result<Pending, DataError> {
    let facility =
        facility::Entity::find_by_id(facility_id).one(conn).await?.ok_or(DataError::NotFound)?;
    if current_status(conn, facility_id).await? != FacilityStatus::Registered {
        return Err(DataError::invalid("facility", "registration-error-not-pending"));
    }
    let holder = user::Entity::find_by_id(facility.main_holder_id)
        .one(conn)
        .await?
        .ok_or(DataError::NotFound)?;
    Ok(Pending { facility, holder })
}

fn checked_reason(reason: &str) -> Result<&str, DataError> {
    let reason = reason.trim();
    if reason.is_empty() {
        Err(DataError::invalid("reason", "registration-error-reason-required"))
    } else if reason.chars().count() > MAX_REASON_CHARS {
        Err(DataError::invalid("reason", "error-text-too-long"))
    } else {
        Ok(reason)
    }
}

/// "Send me a new link": mails the registrant of a facility not activated yet a new
/// activation link, or an account whose address is not confirmed yet a new confirmation
/// link; older links stop working. Nothing happens for an unknown or confirmed address, and
/// the answer is the same, so the form reveals no accounts.
pub async fn resend_link(
    db: &DatabaseConnection,
    email: &str,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let Some(user) = accounts::link_request_for(db, email, "resend", RESEND_LIMIT, now).await?
    else {
        return Ok(());
    };
    if user.email_confirmed_at.is_some() {
        return Ok(());
    }
    let txn = db.begin().await?;
    let registered = facility::Entity::find()
        .filter(facility::Column::MainHolderId.eq(user.id))
        .all(&txn)
        .await?;
    let mut waiting = Vec::new();
    for f in registered {
        if current_status(&txn, f.id).await? == FacilityStatus::Registered {
            waiting.push(f);
        }
    }
    if !waiting.is_empty() {
        tokens::revoke_unused(&txn, user.id, TokenPurpose::ActivateFacility, now).await?;
    }
    for f in &waiting {
        send_activation_link(&txn, f, &user, base_url, now).await?;
        let subject = format!("facility:{}", f.id);
        audit::append_in(&txn, NewEntry::new("anonymous", "facility.activation_resent", &subject))
            .await?;
    }
    if waiting.is_empty() {
        tokens::revoke_unused(&txn, user.id, TokenPurpose::ConfirmEmail, now).await?;
        accounts::send_confirmation_link(&txn, &user, base_url, now).await?;
        let entry =
            NewEntry::new("anonymous", "user.confirmation_resent", &format!("user:{}", user.id));
        audit::append_in(&txn, entry).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The office re-sends the activation link of a registration not activated yet.
pub async fn office_resend(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    admin: UserId,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let txn = db.begin().await?;
    let p = pending(&txn, facility_id).await?;
    tokens::revoke_unused(&txn, p.holder.id, TokenPurpose::ActivateFacility, now).await?;
    send_activation_link(&txn, &p.facility, &p.holder, base_url, now).await?;
    let mut entry = NewEntry::new(
        &format!("user:{admin}"),
        "facility.activation_resent",
        &format!("facility:{facility_id}"),
    );
    entry.after = Some(json!({ "to": p.holder.email }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// The office activates a registration on the registrant's behalf (the registrant could not
/// use the link; the office checked who they are another way, and says how in `reason`). The
/// registrant's address counts as confirmed, their links stop working, and they are told by
/// mail that they can sign in.
pub async fn activate_on_behalf(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    admin: UserId,
    reason: &str,
    base_url: &str,
    fees: &FeeSchedule,
    now: DateTime<Utc>,
) -> Result<facility::Model, DataError> {
    let reason = checked_reason(reason)?;
    let now = now.trunc_subsecs(6);
    let txn = db.begin().await?;
    let p = pending(&txn, facility_id).await?;
    tokens::revoke_unused(&txn, p.holder.id, TokenPurpose::ActivateFacility, now).await?;
    tokens::revoke_unused(&txn, p.holder.id, TokenPurpose::ConfirmEmail, now).await?;
    accounts::mark_email_confirmed(&txn, p.holder.id, now).await?;
    let actor = format!("user:{admin}");
    complete_activation(&txn, &p.facility, &p.holder, &actor, Some(reason), base_url, fees, now)
        .await?;
    crate::db::mail::queue(
        &txn,
        &p.holder.email,
        &p.holder.language,
        crate::db::mail::MailKind::ActivatedByOffice,
        &[
            ("name", p.holder.display_name.clone()),
            ("facility", p.facility.name.clone()),
            ("sign_in", format!("{base_url}/sign-in")),
            ("reset", format!("{base_url}/forgot-password")),
        ],
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(p.facility)
}

/// The office deletes a registration that was never activated.
pub async fn delete_registration(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    admin: UserId,
    reason: &str,
) -> Result<(), DataError> {
    let reason = checked_reason(reason)?;
    let txn = db.begin().await?;
    let p = pending(&txn, facility_id).await?;
    remove(&txn, &p, &format!("user:{admin}"), reason).await?;
    txn.commit().await?;
    Ok(())
}

/// Deletes every registration still not activated `grace_days` after it was made (the daily
/// job). Answers how many were deleted.
pub async fn purge_stale(
    db: &DatabaseConnection,
    grace_days: u32,
    now: DateTime<Utc>,
) -> Result<u64, DataError> {
    let cutoff = now - Duration::days(i64::from(grace_days));
    let old =
        facility::Entity::find().filter(facility::Column::CreatedAt.lt(cutoff)).all(db).await?;
    let reason = format!("not activated within {grace_days} days");
    let mut purged = 0;
    for f in old {
        let txn = db.begin().await?;
        // Checked inside the transaction: an activation at the same moment wins.
        match pending(&txn, f.id).await {
            Ok(p) => {
                remove(&txn, &p, "system", &reason).await?;
                txn.commit().await?;
                purged += 1;
            }
            Err(DataError::Invalid(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(purged)
}

/// Removes a pending registration: the facility with its roles, requests, history and links,
/// and the registrant's account when it was made for this registration (never confirmed, no
/// other facility, no global role). The audit log keeps what was removed and why.
async fn remove<C: ConnectionTrait>(
    conn: &C,
    p: &Pending,
    actor: &str,
    reason: &str,
) -> Result<(), DataError> {
    let id = p.facility.id;
    email_token::Entity::delete_many()
        .filter(email_token::Column::FacilityId.eq(id))
        .exec(conn)
        .await?;
    facility_role::Entity::delete_many()
        .filter(facility_role::Column::FacilityId.eq(id))
        .exec(conn)
        .await?;
    membership::Entity::delete_many()
        .filter(membership::Column::FacilityId.eq(id))
        .exec(conn)
        .await?;
    facility_status::Entity::delete_many()
        .filter(facility_status::Column::FacilityId.eq(id))
        .exec(conn)
        .await?;
    facility::Entity::delete_by_id(id).exec(conn).await?;
    let holder = p.holder.id;
    let elsewhere = membership::Entity::find()
        .filter(membership::Column::UserId.eq(holder))
        .count(conn)
        .await?;
    let roles = global_role::Entity::find()
        .filter(global_role::Column::UserId.eq(holder))
        .count(conn)
        .await?;
    let account_removed = p.holder.email_confirmed_at.is_none() && elsewhere == 0 && roles == 0;
    if account_removed {
        email_token::Entity::delete_many()
            .filter(email_token::Column::UserId.eq(holder))
            .exec(conn)
            .await?;
        session::Entity::delete_many()
            .filter(session::Column::UserId.eq(holder))
            .exec(conn)
            .await?;
        user::Entity::delete_by_id(holder).exec(conn).await?;
    }
    let mut entry =
        NewEntry::new(actor, "facility.registration_deleted", &format!("facility:{id}"));
    entry.before = Some(json!({
        "name": p.facility.name,
        "institution": p.facility.institution,
        "country": p.facility.country,
        "registrant": p.holder.email,
        "registered_at": p.facility.created_at.to_rfc3339(),
    }));
    entry.after = Some(json!({ "reason": reason, "account_removed": account_removed }));
    audit::append_in(conn, entry).await?;
    Ok(())
}
