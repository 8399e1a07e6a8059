//! The daily lifecycle job of accreditations (rules in `crate::domain::recertification`): the
//! re-certification invoice six months before an accreditation ends, and expiry at its end
//! unless a re-certification submitted in time is still being assessed. Idempotent: safe to
//! run any number of times a day and on several instances.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::json;

use crate::db::DataError;
use crate::db::audit::{self, NewEntry};
use crate::db::billing::{is_duplicate_period, issue_recertification_invoice};
use crate::db::certificates::timely_recertification_pending;
use crate::db::entities::{certificate, facility, invoice};
use crate::db::status_history::{change_status, current_status};
use crate::domain::billing::FeeSchedule;
use crate::domain::facilities::FacilityStatus;
use crate::domain::recertification::{
    has_expired, invoice_day, invoice_period_key, self_check_due,
};

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct LifecycleReport {
    pub recertification_invoices: usize,
    pub expired: usize,
    /// Annual self-checks that fell due (mailed) and reminders sent for overdue ones.
    pub self_checks: usize,
    pub self_check_reminders: usize,
    /// Re-certification cycles opened here because their paid invoice could not open them.
    pub recertifications_opened: usize,
}

/// Runs the lifecycle rules for `now` (the scheduler passes the clock, tests any day).
pub async fn run_daily(
    db: &DatabaseConnection,
    fees: &FeeSchedule,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<LifecycleReport, DataError> {
    let today = now.date_naive();
    let mut report = LifecycleReport::default();
    // The newest certificate of each facility is the accreditation in force.
    let certificates = certificate::Entity::find()
        .filter(certificate::Column::WithdrawnAt.is_null())
        .order_by_desc(certificate::Column::Id)
        .all(db)
        .await?;
    let mut seen = HashSet::new();
    for c in certificates {
        if !seen.insert(c.facility_id) {
            continue;
        }
        let Some(until) = c.valid_until else { continue };
        if !matches!(
            current_status(db, c.facility_id).await?,
            FacilityStatus::Accredited | FacilityStatus::CentreOfExcellence
        ) {
            continue;
        }
        let Some(f) = facility::Entity::find_by_id(c.facility_id).one(db).await? else { continue };
        if let Some(due) = c.valid_from.and_then(|from| self_check_due(from, until, today)) {
            // One facility's failure does not hold up the others; the next run tries again.
            match crate::db::self_checks::ensure(db, &f, &c, due, base_url, now).await {
                Ok((opened, reminded)) => {
                    report.self_checks += usize::from(opened);
                    report.self_check_reminders += usize::from(reminded);
                }
                Err(error) => tracing::error!(%error, facility = %f.id, "annual self-check"),
            }
        }
        if open_if_paid(db, &f, &c, base_url, now).await? {
            report.recertifications_opened += 1;
        }
        if today >= invoice_day(until) && issue_once(db, &f, &c, fees, base_url, now).await? {
            report.recertification_invoices += 1;
        }
        // Only past the end is the (two-query) look for a timely re-certification needed.
        if today > until
            && has_expired(until, today, timely_recertification_pending(db, &c, until).await?)
            && expire(db, &f, until, now).await?
        {
            report.expired += 1;
        }
    }
    Ok(report)
}

/// Issues the certificate's re-certification invoice unless it exists; true if this call did.
async fn issue_once(
    db: &DatabaseConnection,
    f: &facility::Model,
    c: &certificate::Model,
    fees: &FeeSchedule,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<bool, DataError> {
    let period = invoice_period_key(c.id);
    let exists = invoice::Entity::find()
        .filter(invoice::Column::FacilityId.eq(f.id))
        .filter(invoice::Column::PeriodKey.eq(period))
        .one(db)
        .await?
        .is_some();
    if exists {
        return Ok(false);
    }
    let txn = db.begin().await?;
    match issue_recertification_invoice(&txn, f, c, fees, base_url, now).await {
        Ok(inv) => {
            let mut entry =
                NewEntry::new("scheduler", "invoice.issued", &format!("invoice:{}", inv.id));
            entry.after = Some(
                json!({ "number": inv.number, "facility": f.id, "kind": inv.kind, "period": inv.period_key, "total_minor": inv.total_minor }),
            );
            audit::append_in(&txn, entry).await?;
            txn.commit().await?;
            Ok(true)
        }
        // Another instance issued it in the meantime: that is the outcome we want.
        Err(e) if is_duplicate_period(&e) || e.is_busy() => Ok(false),
        Err(e) => Err(e),
    }
}

/// Opens the re-certification cycle of a paid re-certification invoice when the payment could
/// not (see `billing::record_payment`); true if this call did.
async fn open_if_paid(
    db: &DatabaseConnection,
    f: &facility::Model,
    c: &certificate::Model,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<bool, DataError> {
    let period = invoice_period_key(c.id);
    let Some(inv) = invoice::Entity::find()
        .filter(invoice::Column::FacilityId.eq(f.id))
        .filter(invoice::Column::PeriodKey.eq(period))
        .one(db)
        .await?
    else {
        return Ok(false);
    };
    if inv.voided_at.is_some()
        || crate::db::billing::paid_total(db, inv.id).await? < inv.total_minor
    {
        return Ok(false);
    }
    let txn = db.begin().await?;
    let opened =
        match crate::db::recertification_cycle::open_paid(&txn, f, None, base_url, now).await {
            Ok(opened) => opened,
            // Another instance opened it in the meantime.
            Err(e) if e.is_unique_violation() || e.is_busy() => return Ok(false),
            Err(e) => return Err(e),
        };
    let new = match opened {
        Some(o) if o.new => {
            crate::db::recertification_cycle::audit_opened(&txn, "scheduler", &o, &inv.number)
                .await?;
            true
        }
        _ => false,
    };
    txn.commit().await?;
    Ok(new)
}

/// Moves the facility to `expired` (once: the status is read again inside the transaction).
async fn expire(
    db: &DatabaseConnection,
    f: &facility::Model,
    until: NaiveDate,
    now: DateTime<Utc>,
) -> Result<bool, DataError> {
    let txn = db.begin().await?;
    if !matches!(
        current_status(&txn, f.id).await?,
        FacilityStatus::Accredited | FacilityStatus::CentreOfExcellence
    ) {
        return Ok(false);
    }
    let before = change_status(
        &txn,
        f.id,
        FacilityStatus::Expired,
        "scheduler",
        &format!("accreditation ended on {until}"),
        now,
    )
    .await?;
    let mut entry = NewEntry::new("scheduler", "facility.expired", &format!("facility:{}", f.id));
    entry.before = Some(json!({ "status": before.as_str() }));
    entry.after = Some(
        json!({ "status": FacilityStatus::Expired.as_str(), "valid_until": until.to_string() }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(true)
}
