//! The annual self-check between cycles: on each anniversary of an accreditation the
//! Authorised Representative attests that staff, equipment and volume still meet the core
//! items (or says what changed). The lifecycle job opens it with a mail and reminds once when
//! it is overdue; administrators see every facility's standing.

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, TransactionTrait,
};
use serde_json::json;

use crate::db::DataError;
use crate::db::audit::{self, NewEntry};
use crate::db::entities::{certificate, facility, self_check};
use crate::domain::ids::{FacilityId, UserId};
use crate::domain::recertification::{Attestation, SELF_CHECK_REMINDER_DAYS, SelfCheckView};

/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// Opens the self-check due on `due` (once: the table's unique key) and mails the facility's
/// correspondents; reminds once when it is still open `SELF_CHECK_REMINDER_DAYS` later.
/// Answers (opened now, reminded now).
pub async fn ensure(
    db: &DatabaseConnection,
    f: &facility::Model,
    c: &certificate::Model,
    due: NaiveDate,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<(bool, bool), DataError> {
    let existing = self_check::Entity::find()
        .filter(self_check::Column::CertificateId.eq(c.id))
        .filter(self_check::Column::DueOn.eq(due))
        .one(db)
        .await?;
    let link = format!("{base_url}/facilities/{}", f.id);
    let args = [("facility", f.name.clone()), ("due", due.to_string()), ("link", link)];
    let Some(existing) = existing else {
        // The row and its mail commit together: a check is never open without its mail.
        let txn = db.begin().await?;
        let inserted = self_check::ActiveModel {
            facility_id: Set(f.id),
            certificate_id: Set(c.id),
            due_on: Set(due),
            staff_ok: Set(false),
            equipment_ok: Set(false),
            volume_ok: Set(false),
            note: Set(String::new()),
            attested_by: Set(None),
            attested_at: Set(None),
            reminded_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .map_err(DataError::from);
        match inserted {
            Ok(_) => {}
            // Another instance opened it in the meantime.
            Err(e) if e.is_unique_violation() || e.is_busy() => return Ok((false, false)),
            Err(e) => return Err(e),
        }
        let to = crate::db::memberships::correspondents(&txn, f.id).await?;
        crate::db::mail::mail_all(&txn, &to, crate::db::mail::MailKind::SelfCheckDue, &args, now)
            .await?;
        let mut entry =
            NewEntry::new("scheduler", "self_check.opened", &format!("facility:{}", f.id));
        entry.after = Some(json!({ "certificate": c.id, "due_on": due.to_string() }));
        audit::append_in(&txn, entry).await?;
        txn.commit().await?;
        return Ok((true, false));
    };
    let overdue = (now.date_naive() - existing.due_on).num_days() >= SELF_CHECK_REMINDER_DAYS;
    if existing.attested_at.is_some() || existing.reminded_at.is_some() || !overdue {
        return Ok((false, false));
    }
    let txn = db.begin().await?;
    let claimed = self_check::Entity::update_many()
        .col_expr(
            self_check::Column::RemindedAt,
            sea_orm::sea_query::Expr::value(now.trunc_subsecs(6)),
        )
        .filter(self_check::Column::Id.eq(existing.id))
        .filter(self_check::Column::RemindedAt.is_null())
        .filter(self_check::Column::AttestedAt.is_null())
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Ok((false, false));
    }
    let to = crate::db::memberships::correspondents(&txn, f.id).await?;
    crate::db::mail::mail_all(&txn, &to, crate::db::mail::MailKind::SelfCheckDue, &args, now)
        .await?;
    let mut entry =
        NewEntry::new("scheduler", "self_check.reminder_sent", &format!("facility:{}", f.id));
    entry.after = Some(json!({ "self_check": existing.id, "due_on": existing.due_on.to_string() }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok((false, true))
}

fn view_of(c: self_check::Model, facility: String) -> SelfCheckView {
    SelfCheckView {
        id: c.id,
        facility_id: c.facility_id,
        facility,
        due_on: c.due_on,
        attested_at: c.attested_at,
        staff_ok: c.staff_ok,
        equipment_ok: c.equipment_ok,
        volume_ok: c.volume_ok,
        note: c.note,
    }
}

/// The facility's newest self-check.
pub async fn latest(
    db: &DatabaseConnection,
    facility_id: FacilityId,
) -> Result<Option<SelfCheckView>, DataError> {
    let found = self_check::Entity::find()
        .filter(self_check::Column::FacilityId.eq(facility_id))
        .order_by_desc(self_check::Column::DueOn)
        .one(db)
        .await?;
    let Some(found) = found else { return Ok(None) };
    let name = facility::Entity::find_by_id(facility_id)
        .one(db)
        .await?
        .map(|f| f.name)
        .unwrap_or_default();
    Ok(Some(view_of(found, name)))
}

/// Every self-check, newest due first (the administrators' list).
pub async fn all(db: &DatabaseConnection) -> Result<Vec<SelfCheckView>, DataError> {
    let checks = self_check::Entity::find()
        .order_by_desc(self_check::Column::DueOn)
        .order_by_asc(self_check::Column::FacilityId)
        .all(db)
        .await?;
    let facilities = facility::Entity::find().all(db).await?;
    Ok(checks
        .into_iter()
        .map(|c| {
            let name = facilities
                .iter()
                .find(|f| f.id == c.facility_id)
                .map(|f| f.name.clone())
                .unwrap_or_default();
            view_of(c, name)
        })
        .collect())
}

/// Records the attestation of the facility's open self-check. Something no longer met needs a
/// note saying what changed. Errors: `Validation` (`note`: required or too long;
/// `self_check`: none open).
pub async fn attest(
    db: &DatabaseConnection,
    facility_id: FacilityId,
    what: &Attestation,
    actor_id: UserId,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let note = what.note.trim();
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(DataError::invalid("note", "error-text-too-long"));
    }
    if !(what.staff_ok && what.equipment_ok && what.volume_ok) && note.is_empty() {
        return Err(DataError::invalid("note", "self-check-error-note"));
    }
    let open = self_check::Entity::find()
        .filter(self_check::Column::FacilityId.eq(facility_id))
        .filter(self_check::Column::AttestedAt.is_null())
        .order_by_desc(self_check::Column::DueOn)
        .one(db)
        .await?
        .ok_or_else(|| DataError::invalid("self_check", "self-check-error-none-open"))?;
    let id = open.id;
    let mut model: self_check::ActiveModel = open.into();
    model.staff_ok = Set(what.staff_ok);
    model.equipment_ok = Set(what.equipment_ok);
    model.volume_ok = Set(what.volume_ok);
    model.note = Set(note.to_owned());
    model.attested_by = Set(Some(actor_id));
    model.attested_at = Set(Some(now.trunc_subsecs(6)));
    let txn = db.begin().await?;
    model.update(&txn).await?;
    let mut entry = NewEntry::new(
        &format!("user:{actor_id}"),
        "self_check.attested",
        &format!("facility:{facility_id}"),
    );
    entry.after = Some(
        json!({ "self_check": id, "staff_ok": what.staff_ok, "equipment_ok": what.equipment_ok, "volume_ok": what.volume_ok, "note": note }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}
