//! Facilities: registration, activation, the status history, joining with the facility code,
//! member management and the named facility roles.
//!
//! Each change runs in one transaction together with the mail it sends (the outbox row), then
//! appends its audit entries. The audit append runs after the commit because the chain's
//! head is contended by every writer and retries on its own.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, TransactionTrait, sea_query::Expr,
};
use serde_json::json;

use crate::db::accounts::{self, find_by_id};
use crate::db::audit::{self, NewEntry};
use crate::db::entities::{facility, facility_role, facility_status, membership, user};
use crate::db::mail::{self, MailKind};
use crate::db::memberships::{membership_of, roles_held};
use crate::db::status_history::{add_status, change_status, current_status};
use crate::db::tokens::{self, TokenPurpose};
use crate::db::{DataError, UniqueKey, throttle};
use crate::domain::facilities::view::{
    AdminFacilityRow, FacilityDashboard, MemberView, RoleHolderView, StatusChange, show_time,
};
use crate::domain::facilities::{
    FacilityRole, FacilityStatus, MembershipStatus, RegistrationForm, RoleHolder, code_from_random,
    format_code, name_key, normalize_code, validate_registration,
};
use crate::domain::ids::{FacilityId, UserId};
use crate::i18n::translate;

/// Wrong facility codes a user may enter within the throttle window.
pub const JOIN_ATTEMPT_LIMIT: u64 = 10;

/// What registration created.
#[derive(Debug, Clone)]
pub struct Registered {
    pub facility: facility::Model,
    pub user: user::Model,
}

fn new_code() -> Result<String, DataError> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|e| DataError::Crypto(e.to_string()))?;
    Ok(code_from_random(u64::from_le_bytes(bytes)))
}

async fn name_taken<C: ConnectionTrait>(conn: &C, key: &str) -> Result<bool, DataError> {
    Ok(facility::Entity::find()
        .filter(facility::Column::NameKey.eq(key))
        .one(conn)
        .await?
        .is_some())
}

/// The unique keys registration can break, as the field errors the form shows.
const REGISTRATION_KEYS: &[(UniqueKey, &str, &str)] = &[
    (UniqueKey::FacilityName, "facility_name", "register-error-facility-exists"),
    (UniqueKey::UserEmail, "email", "error-email-taken"),
];

fn duplicate_as_field_error(error: DataError) -> DataError {
    error.on_unique_key(REGISTRATION_KEYS)
}

/// Issues an activation link for a registered facility and mails it, with the facility code,
/// to its registrant.
pub(crate) async fn send_activation_link<C: ConnectionTrait>(
    conn: &C,
    facility: &facility::Model,
    holder: &user::Model,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let token =
        tokens::issue(conn, holder.id, TokenPurpose::ActivateFacility, Some(facility.id), now)
            .await?;
    mail::queue(
        conn,
        &holder.email,
        &holder.language,
        MailKind::Activation,
        &[
            ("name", holder.display_name.clone()),
            ("facility", facility.name.clone()),
            ("code", format_code(&facility.code)),
            ("link", format!("{base_url}/activate?token={token}")),
            ("hours", TokenPurpose::ActivateFacility.lifetime().num_hours().to_string()),
        ],
        now,
    )
    .await?;
    Ok(())
}

/// Registers a facility with its main account holder (unconfirmed) and mails the activation
/// link with the facility code. Nothing is saved when any field is invalid.
pub async fn register(
    db: &DatabaseConnection,
    form: &RegistrationForm,
    language: &str,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Registered, DataError> {
    let valid = validate_registration(form, now.date_naive()).map_err(DataError::Invalid)?;
    let key = name_key(&valid.institution, &valid.facility_name);
    let mut duplicates = Vec::new();
    if accounts::find_by_email(db, &valid.email).await?.is_some() {
        duplicates.push(crate::error::FieldError {
            field: "email".into(),
            code: "error-email-taken".into(),
        });
    }
    if name_taken(db, &key).await? {
        duplicates.push(crate::error::FieldError {
            field: "facility_name".into(),
            code: "register-error-facility-exists".into(),
        });
    }
    if !duplicates.is_empty() {
        return Err(DataError::Invalid(duplicates));
    }
    let password_hash = accounts::hash_password(&valid.password).await?;
    let now = now.trunc_subsecs(6);

    let txn = db.begin().await?;
    let user = accounts::insert_user(
        &txn,
        accounts::ValidUser {
            email: valid.email.clone(),
            display_name: valid.display_name.clone(),
            password_hash,
            language: language.to_owned(),
        },
        None,
        now,
    )
    .await
    .map_err(duplicate_as_field_error)?;
    let facility = facility::ActiveModel {
        code: Set(new_code()?),
        name_key: Set(key),
        name: Set(valid.facility_name.clone()),
        institution: Set(valid.institution.clone()),
        department: Set(valid.department.clone()),
        address: Set(valid.address.clone()),
        country: Set(valid.country.clone()),
        procedures_per_year: Set(i32::try_from(valid.procedures_per_year).unwrap_or(i32::MAX)),
        approver_name: Set(valid.approver_name.clone()),
        approver_email: Set(valid.approver_email.clone()),
        approval_date: Set(valid.approval_date.to_string()),
        main_holder_id: Set(user.id),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| duplicate_as_field_error(e.into()))?;
    let actor = format!("user:{}", user.id);
    add_status(&txn, facility.id, FacilityStatus::Registered, &actor, "registration", now).await?;
    membership::ActiveModel {
        facility_id: Set(facility.id),
        user_id: Set(user.id),
        status: Set(MembershipStatus::Active),
        requested_at: Set(now),
        decided_at: Set(Some(now)),
        decided_by: Set(Some(user.id)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for (role, holder) in &valid.roles {
        let (user_id, invited_email) = match holder {
            RoleHolder::Registrant => (Some(user.id), None),
            RoleHolder::Invited(email) => (None, Some(email.clone())),
        };
        facility_role::ActiveModel {
            facility_id: Set(facility.id),
            role: Set(role.as_str().to_owned()),
            user_id: Set(user_id),
            invited_email: Set(invited_email),
            assigned_at: Set(now),
        }
        .insert(&txn)
        .await?;
    }
    send_activation_link(&txn, &facility, &user, base_url, now).await?;

    let mut entry = NewEntry::new(&actor, "user.created", &actor);
    entry.after = Some(
        json!({ "email": user.email, "display_name": user.display_name, "language": user.language }),
    );
    audit::append_in(&txn, entry).await?;
    let mut entry =
        NewEntry::new(&actor, "facility.registered", &format!("facility:{}", facility.id));
    entry.after = Some(json!({
        "name": facility.name,
        "institution": facility.institution,
        "department": facility.department,
        "country": facility.country,
        "procedures_per_year": facility.procedures_per_year,
        "approver": { "name": facility.approver_name, "email": facility.approver_email, "date": facility.approval_date },
        "status": FacilityStatus::Registered.as_str(),
        "roles": valid.roles.iter().map(|(role, holder)| json!({
            "role": role.as_str(),
            "holder": match holder { RoleHolder::Registrant => actor.clone(), RoleHolder::Invited(email) => format!("invited:{email}") },
        })).collect::<Vec<_>>(),
    }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await.map_err(|e| duplicate_as_field_error(e.into()))?;
    Ok(Registered { facility, user })
}

/// Follows an activation link: confirms the main account holder's email, moves the facility
/// to `pending_payment`, issues the enrolment invoice (enrolment fee + first annual fee) and
/// mails the people named for facility roles an invitation with the
/// code. A used, expired or unknown link is a field error on `token`.
pub async fn activate(
    db: &DatabaseConnection,
    token: &str,
    base_url: &str,
    fees: &crate::domain::billing::FeeSchedule,
    now: DateTime<Utc>,
) -> Result<facility::Model, DataError> {
    let now = now.trunc_subsecs(6);
    let txn = db.begin().await?;
    let Some(used) = tokens::consume(&txn, token, TokenPurpose::ActivateFacility, now).await?
    else {
        return Err(DataError::invalid("token", "error-link-invalid"));
    };
    let facility_id =
        used.facility_id.ok_or_else(|| DataError::invalid("token", "error-link-invalid"))?;
    let facility =
        facility::Entity::find_by_id(facility_id).one(&txn).await?.ok_or(DataError::NotFound)?;
    let holder =
        user::Entity::find_by_id(used.user_id).one(&txn).await?.ok_or(DataError::NotFound)?;
    accounts::mark_email_confirmed(&txn, holder.id, now).await?;
    let actor = format!("user:{}", holder.id);
    complete_activation(&txn, &facility, &holder, &actor, None, base_url, fees, now).await?;
    txn.commit().await?;
    Ok(facility)
}

/// What activation does once the link (or the office) vouched for the registrant: the
/// facility moves to `pending_payment`, the people named for facility roles are invited, the
/// enrolment invoice is issued; audited as done by `actor`, with the office's reason when it
/// acted on the registrant's behalf.
#[expect(
    clippy::too_many_arguments,
    reason = "the two ways in (link, office) share every step and differ only in actor and reason"
)]
pub(crate) async fn complete_activation<C: ConnectionTrait>(
    txn: &C,
    facility: &facility::Model,
    holder: &user::Model,
    actor: &str,
    on_behalf: Option<&str>,
    base_url: &str,
    fees: &crate::domain::billing::FeeSchedule,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let reason = on_behalf.unwrap_or("activation");
    let before =
        change_status(txn, facility.id, FacilityStatus::PendingPayment, actor, reason, now).await?;
    let invited = facility_role::Entity::find()
        .filter(facility_role::Column::FacilityId.eq(facility.id))
        .filter(facility_role::Column::InvitedEmail.is_not_null())
        .all(txn)
        .await?;
    for row in &invited {
        let (Some(email), Some(role)) =
            (row.invited_email.as_deref(), FacilityRole::parse(&row.role))
        else {
            continue;
        };
        let language = accounts::find_by_email_in(txn, email)
            .await?
            .map_or_else(|| holder.language.clone(), |u| u.language);
        mail::queue(
            txn,
            email,
            &language,
            MailKind::RoleInvitation,
            &[
                ("inviter", holder.display_name.clone()),
                ("facility", facility.name.clone()),
                ("role", translate(&language, role.message_key())),
                ("code", format_code(&facility.code)),
                ("link", format!("{base_url}/join")),
            ],
            now,
        )
        .await?;
    }
    let invoice = crate::db::billing::issue_enrolment_invoice(
        txn,
        facility,
        &holder.language,
        fees,
        base_url,
        now,
    )
    .await?;
    let mut entry =
        NewEntry::new(actor, "facility.activated", &format!("facility:{}", facility.id));
    entry.before = Some(json!({ "status": before.as_str() }));
    entry.after = Some(
        json!({ "status": FacilityStatus::PendingPayment.as_str(), "email_confirmed": holder.email, "invitations": invited.len(), "on_behalf_reason": on_behalf }),
    );
    audit::append_in(txn, entry).await?;
    let mut entry = NewEntry::new(actor, "invoice.issued", &format!("invoice:{}", invoice.id));
    entry.after = Some(
        json!({ "number": invoice.number, "facility": facility.id, "kind": invoice.kind, "period": invoice.period_key, "total_minor": invoice.total_minor }),
    );
    audit::append_in(txn, entry).await?;
    Ok(())
}

/// A facility's page for a viewer who may see it (an active member or an administrator;
/// the caller checks). Pending requests are listed when `manages_members`.
pub async fn dashboard(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    manages_members: bool,
) -> Result<FacilityDashboard, DataError> {
    let f = facility::Entity::find_by_id(facility_id).one(db).await?.ok_or(DataError::NotFound)?;
    let history_rows = facility_status::Entity::find()
        .filter(facility_status::Column::FacilityId.eq(facility_id))
        .order_by_asc(facility_status::Column::Id)
        .all(db)
        .await?;
    let history: Vec<StatusChange> = history_rows
        .iter()
        .map(|h| StatusChange {
            status: h.status,
            at: show_time(&h.occurred_at),
            reason: h.reason.clone(),
        })
        .collect();
    let status = history.last().map(|h| h.status).ok_or_else(|| {
        DataError::AuditChain(format!("facility {facility_id} has no status history"))
    })?;
    let role_rows = roles_held(db, facility_id).await?;
    let members_rows = membership::Entity::find()
        .filter(membership::Column::FacilityId.eq(facility_id))
        .order_by_asc(membership::Column::Id)
        .all(db)
        .await?;
    let mut members = Vec::new();
    let mut names = std::collections::HashMap::new();
    for m in members_rows {
        let status = m.status;
        let Some(u) = find_by_id(db, m.user_id).await? else { continue };
        names.insert(u.id, u.display_name.clone());
        let visible = status == MembershipStatus::Active
            || (manages_members && status == MembershipStatus::Pending);
        if !visible {
            continue;
        }
        let roles = role_rows
            .iter()
            .filter(|r| r.user_id == Some(u.id))
            .filter_map(|r| FacilityRole::parse(&r.role))
            .collect();
        members.push(MemberView {
            user_id: u.id,
            display_name: u.display_name,
            email: u.email,
            status,
            is_main_holder: f.main_holder_id == m.user_id,
            roles,
        });
    }
    let roles = FacilityRole::ALL
        .into_iter()
        .map(|role| {
            let row = role_rows.iter().find(|r| r.role == role.as_str());
            RoleHolderView {
                role,
                user_id: row.and_then(|r| r.user_id),
                display_name: row.and_then(|r| r.user_id).and_then(|id| names.get(&id).cloned()),
                invited_email: row.and_then(|r| r.invited_email.clone()),
            }
        })
        .collect();
    let certificate_code = crate::db::certificates::certificate_of(db, f.id).await?.map(|c| c.code);
    Ok(FacilityDashboard {
        viewer_may_withdraw: false,
        viewer_read_only: false,
        id: f.id,
        directory_opt_in: f.directory_opt_in,
        certificate_code,
        name: f.name,
        institution: f.institution,
        department: f.department,
        country: f.country,
        code: format_code(&f.code),
        status,
        history,
        roles,
        members,
        viewer_manages_members: manages_members,
    })
}

/// What joining did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Joined {
    pub facility_id: FacilityId,
    pub facility_name: String,
    pub status: MembershipStatus,
}

/// A signed-in user asks to join the facility with this code. If the main account holder
/// named this person's email for a facility role, the membership is active at once;
/// otherwise it waits for approval and both sides get a mail. Wrong codes are throttled.
pub async fn join(
    db: &DatabaseConnection,
    member: &user::Model,
    raw_code: &str,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Joined, DataError> {
    let throttle_key = format!("join:user:{}", member.id);
    if throttle::recent(db, &throttle_key, now).await? >= JOIN_ATTEMPT_LIMIT {
        return Err(DataError::Throttled);
    }
    let found = match normalize_code(raw_code) {
        Some(code) => {
            facility::Entity::find().filter(facility::Column::Code.eq(code)).one(db).await?
        }
        None => None,
    };
    // A facility that has not been activated cannot be joined yet; it answers like an
    // unknown code so codes of unconfirmed registrations reveal nothing.
    let facility = match found {
        Some(f) if current_status(db, f.id).await? != FacilityStatus::Registered => f,
        _ => {
            throttle::record(db, &throttle_key, now).await?;
            return Err(DataError::invalid("code", "join-error-code-unknown"));
        }
    };
    let now = now.trunc_subsecs(6);
    let existing = membership_of(db, facility.id, member.id).await?;
    match existing.as_ref().map(|m| m.status) {
        Some(MembershipStatus::Active) => {
            return Err(DataError::invalid("code", "join-error-already-member"));
        }
        Some(MembershipStatus::Pending) => {
            return Ok(Joined {
                facility_id: facility.id,
                facility_name: facility.name,
                status: MembershipStatus::Pending,
            });
        }
        _ => {}
    }
    let invited_roles: Vec<facility_role::Model> = facility_role::Entity::find()
        .filter(facility_role::Column::FacilityId.eq(facility.id))
        .filter(facility_role::Column::InvitedEmail.eq(member.email.clone()))
        .all(db)
        .await?;
    let status =
        if invited_roles.is_empty() { MembershipStatus::Pending } else { MembershipStatus::Active };
    let holder = find_by_id(db, facility.main_holder_id).await?.ok_or(DataError::NotFound)?;

    let txn = db.begin().await?;
    let decided = (status == MembershipStatus::Active).then_some(now);
    match existing {
        Some(m) => {
            let mut m: membership::ActiveModel = m.into();
            m.status = Set(status);
            m.requested_at = Set(now);
            m.decided_at = Set(decided);
            m.decided_by = Set(decided.map(|_| holder.id));
            m.update(&txn).await?;
        }
        None => {
            membership::ActiveModel {
                facility_id: Set(facility.id),
                user_id: Set(member.id),
                status: Set(status),
                requested_at: Set(now),
                decided_at: Set(decided),
                decided_by: Set(decided.map(|_| holder.id)),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    for row in &invited_roles {
        facility_role::Entity::update_many()
            .col_expr(facility_role::Column::UserId, Expr::value(member.id))
            .col_expr(facility_role::Column::InvitedEmail, Expr::value(Option::<String>::None))
            .filter(facility_role::Column::FacilityId.eq(facility.id))
            .filter(facility_role::Column::Role.eq(row.role.clone()))
            .exec(&txn)
            .await?;
    }
    let dashboard_link = format!("{base_url}/facilities/{}", facility.id);
    if status == MembershipStatus::Active {
        mail::queue(
            &txn,
            &member.email,
            &member.language,
            MailKind::JoinApproved,
            &[
                ("name", member.display_name.clone()),
                ("facility", facility.name.clone()),
                ("link", dashboard_link.clone()),
            ],
            now,
        )
        .await?;
    } else {
        mail::queue(
            &txn,
            &member.email,
            &member.language,
            MailKind::JoinPending,
            &[("name", member.display_name.clone()), ("facility", facility.name.clone())],
            now,
        )
        .await?;
    }
    mail::queue(
        &txn,
        &holder.email,
        &holder.language,
        MailKind::JoinRequested,
        &[
            ("name", holder.display_name.clone()),
            ("member", member.display_name.clone()),
            ("member_email", member.email.clone()),
            ("facility", facility.name.clone()),
            ("link", dashboard_link),
        ],
        now,
    )
    .await?;
    let actor = format!("user:{}", member.id);
    let mut entry = NewEntry::new(
        &actor,
        if status == MembershipStatus::Active {
            "membership.joined_by_invitation"
        } else {
            "membership.requested"
        },
        &format!("facility:{}", facility.id),
    );
    entry.after = Some(
        json!({ "user": actor, "status": status.as_str(), "roles": invited_roles.iter().map(|r| r.role.clone()).collect::<Vec<_>>() }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(Joined { facility_id: facility.id, facility_name: facility.name, status })
}

/// The main account holder approves or declines a pending request; the requester is told.
pub async fn decide_membership(
    db: &DatabaseConnection,
    actor_id: UserId,
    facility_id: FacilityId,
    member_id: UserId,
    approve: bool,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<MembershipStatus, DataError> {
    // Separation of duties: a request to join is always decided by someone else.
    if actor_id == member_id {
        return Err(DataError::Forbidden);
    }
    let now = now.trunc_subsecs(6);
    let facility =
        facility::Entity::find_by_id(facility_id).one(db).await?.ok_or(DataError::NotFound)?;
    let Some(m) = membership_of(db, facility_id, member_id).await? else {
        return Err(DataError::invalid("member", "members-error-not-pending"));
    };
    if m.status != MembershipStatus::Pending {
        return Err(DataError::invalid("member", "members-error-not-pending"));
    }
    let member = find_by_id(db, member_id).await?.ok_or(DataError::NotFound)?;
    let status = if approve { MembershipStatus::Active } else { MembershipStatus::Declined };
    let txn = db.begin().await?;
    let updated = membership::Entity::update_many()
        .col_expr(membership::Column::Status, Expr::value(status))
        .col_expr(membership::Column::DecidedAt, Expr::value(now))
        .col_expr(membership::Column::DecidedBy, Expr::value(actor_id))
        .filter(membership::Column::Id.eq(m.id))
        .filter(membership::Column::Status.eq(MembershipStatus::Pending))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        // Decided by someone else in the meantime.
        return Err(DataError::invalid("member", "members-error-not-pending"));
    }
    let (kind, args) = if approve {
        (
            MailKind::JoinApproved,
            vec![
                ("name", member.display_name.clone()),
                ("facility", facility.name.clone()),
                ("link", format!("{base_url}/facilities/{facility_id}")),
            ],
        )
    } else {
        (
            MailKind::JoinDeclined,
            vec![("name", member.display_name.clone()), ("facility", facility.name.clone())],
        )
    };
    mail::queue(&txn, &member.email, &member.language, kind, &args, now).await?;
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        if approve { "membership.approved" } else { "membership.declined" },
        &format!("facility:{facility_id}"),
    );
    entry.before = Some(
        json!({ "user": format!("user:{member_id}"), "status": MembershipStatus::Pending.as_str() }),
    );
    entry.after = Some(json!({ "user": format!("user:{member_id}"), "status": status.as_str() }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(status)
}

/// Removes an active member. The main account holder cannot be removed, and neither can the
/// Authorised Representative until someone else holds that role; the contact and substitute
/// roles a removed member held become vacant.
pub async fn remove_member(
    db: &DatabaseConnection,
    actor_id: UserId,
    facility_id: FacilityId,
    member_id: UserId,
) -> Result<(), DataError> {
    let facility =
        facility::Entity::find_by_id(facility_id).one(db).await?.ok_or(DataError::NotFound)?;
    if facility.main_holder_id == member_id {
        return Err(DataError::invalid("member", "members-error-cannot-remove-main-holder"));
    }
    let Some(m) = membership_of(db, facility_id, member_id)
        .await?
        .filter(|m| m.status == MembershipStatus::Active)
    else {
        return Err(DataError::invalid("member", "members-error-not-member"));
    };
    let held: Vec<facility_role::Model> = roles_held(db, facility_id)
        .await?
        .into_iter()
        .filter(|r| r.user_id == Some(member_id))
        .collect();
    if held.iter().any(|r| r.role == FacilityRole::AuthorisedRepresentative.as_str()) {
        return Err(DataError::invalid("member", "members-error-name-another-ar"));
    }
    let txn = db.begin().await?;
    for r in &held {
        facility_role::Entity::delete_many()
            .filter(facility_role::Column::FacilityId.eq(facility_id))
            .filter(facility_role::Column::Role.eq(r.role.clone()))
            .exec(&txn)
            .await?;
    }
    let mut model: membership::ActiveModel = m.into();
    model.status = Set(MembershipStatus::Removed);
    model.decided_at = Set(Some(Utc::now().trunc_subsecs(6)));
    model.decided_by = Set(Some(actor_id));
    model.update(&txn).await?;
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "membership.removed",
        &format!("facility:{facility_id}"),
    );
    entry.before = Some(
        json!({ "user": format!("user:{member_id}"), "status": MembershipStatus::Active.as_str(), "roles": held.iter().map(|r| r.role.clone()).collect::<Vec<_>>() }),
    );
    entry.after = Some(
        json!({ "user": format!("user:{member_id}"), "status": MembershipStatus::Removed.as_str() }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// Names an active member for a facility role, replacing the previous holder (one holder
/// per role, enforced by the table's key). The new holder gets a mail; the change is audited
/// with the previous holder.
pub async fn assign_role(
    db: &DatabaseConnection,
    actor_id: UserId,
    facility_id: FacilityId,
    role: FacilityRole,
    member_id: UserId,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let now = now.trunc_subsecs(6);
    let facility =
        facility::Entity::find_by_id(facility_id).one(db).await?.ok_or(DataError::NotFound)?;
    if membership_of(db, facility_id, member_id)
        .await?
        .is_none_or(|m| m.status != MembershipStatus::Active)
    {
        return Err(DataError::invalid("member", "members-error-not-member"));
    }
    let member = find_by_id(db, member_id).await?.ok_or(DataError::NotFound)?;
    let previous =
        facility_role::Entity::find_by_id((facility_id, role.as_str().to_owned())).one(db).await?;
    if previous.as_ref().and_then(|p| p.user_id) == Some(member_id) {
        return Ok(());
    }
    let txn = db.begin().await?;
    match &previous {
        Some(p) => {
            let mut model: facility_role::ActiveModel = p.clone().into();
            model.user_id = Set(Some(member_id));
            model.invited_email = Set(None);
            model.assigned_at = Set(now);
            model.update(&txn).await?;
        }
        None => {
            facility_role::ActiveModel {
                facility_id: Set(facility_id),
                role: Set(role.as_str().to_owned()),
                user_id: Set(Some(member_id)),
                invited_email: Set(None),
                assigned_at: Set(now),
            }
            .insert(&txn)
            .await?;
        }
    }
    mail::queue(
        &txn,
        &member.email,
        &member.language,
        MailKind::RoleAssigned,
        &[
            ("name", member.display_name.clone()),
            ("facility", facility.name.clone()),
            ("role", translate(&member.language, role.message_key())),
        ],
        now,
    )
    .await?;
    let holder_of = |p: &facility_role::Model| match (p.user_id, &p.invited_email) {
        (Some(id), _) => format!("user:{id}"),
        (None, Some(email)) => format!("invited:{email}"),
        (None, None) => String::new(),
    };
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "facility_role.assigned",
        &format!("facility:{facility_id}"),
    );
    entry.before =
        previous.as_ref().map(|p| json!({ "role": role.as_str(), "holder": holder_of(p) }));
    entry.after = Some(json!({ "role": role.as_str(), "holder": format!("user:{member_id}") }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// Every facility with its current status, newest first (the administrator's list).
pub async fn all_for_admin(db: &DatabaseConnection) -> Result<Vec<AdminFacilityRow>, DataError> {
    let rows = facility::Entity::find().order_by_desc(facility::Column::Id).all(db).await?;
    let mut out = Vec::with_capacity(rows.len());
    for f in rows {
        let holder = find_by_id(db, f.main_holder_id).await?.map(|u| u.email).unwrap_or_default();
        out.push(AdminFacilityRow {
            id: f.id,
            status: current_status(db, f.id).await?,
            name: f.name,
            institution: f.institution,
            country: f.country,
            main_holder_email: holder,
            registered_at: show_time(&f.created_at),
        });
    }
    Ok(out)
}

/// Longest reason for a withdrawal.
pub const MAX_WITHDRAWAL_REASON_CHARS: usize = 2000;

/// Withdraws a facility from the programme (design.md §2: `withdrawn`, with who, when and
/// why in the status history): its certificate is withdrawn too, so verification and the
/// directory show it at once. The caller has checked the role (Authorised Representative or
/// administrator).
pub async fn withdraw(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    actor: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(DataError::invalid("reason", "withdraw-error-reason"));
    }
    if reason.chars().count() > MAX_WITHDRAWAL_REASON_CHARS {
        return Err(DataError::invalid("reason", "error-text-too-long"));
    }
    let txn = db.begin().await?;
    let before =
        change_status(&txn, facility_id, FacilityStatus::Withdrawn, actor, reason, now).await?;
    let withdrawn_certificates = crate::db::entities::certificate::Entity::update_many()
        .col_expr(
            crate::db::entities::certificate::Column::WithdrawnAt,
            sea_orm::sea_query::Expr::value(Some(now.trunc_subsecs(6))),
        )
        .filter(crate::db::entities::certificate::Column::FacilityId.eq(facility_id))
        .filter(crate::db::entities::certificate::Column::WithdrawnAt.is_null())
        .exec(&txn)
        .await?
        .rows_affected;
    let mut entry = NewEntry::new(actor, "facility.withdrawn", &format!("facility:{facility_id}"));
    entry.before = Some(json!({ "status": before.as_str() }));
    entry.after = Some(
        json!({ "status": FacilityStatus::Withdrawn.as_str(), "reason": reason, "certificates_withdrawn": withdrawn_certificates }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}
