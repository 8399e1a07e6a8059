//! Invoices, payments, reminders and the daily billing job.
//!
//! Numbering: each year has a counter row incremented inside the issuing transaction; a
//! transaction that rolls back gives its number back, so the sequence has no gaps, and the
//! row lock (PostgreSQL) or the single writer (SQLite) serialises concurrent issuers.
//! Idempotency: one invoice per facility and period (`enrolment`, `annual:3`, `credit:17`) and
//! one reminder per invoice and stage are unique keys, so a job that runs twice, or on two
//! instances at once, issues and sends nothing twice.

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
    sea_query::{Expr, ExprTrait},
};
use serde_json::json;

use crate::db::DataError;
use crate::db::audit::{self, NewEntry};
use crate::db::entities::{
    facility, facility_role, invoice, invoice_counter, invoice_reminder, payment, payment_event,
    user,
};
use crate::db::mail::{self, MailKind};
use crate::db::status_history::{change_status, current_status};
use crate::domain::billing::{
    Amounts, FeeSchedule, InvoiceKind, InvoiceLine, InvoiceStatus, Recipient, add_years,
    annual_amounts, annual_years_due, enrolment_amounts, format_amount, format_date,
    invoice_number, invoice_status, reminders_due,
};
use crate::domain::facilities::{FacilityRole, FacilityStatus};
use crate::domain::ids::{ApplicationId, FacilityId, UserId};
use crate::i18n::translate_with;

fn recipient_of(f: &facility::Model) -> Recipient {
    Recipient {
        facility: f.name.clone(),
        institution: f.institution.clone(),
        department: f.department.clone(),
        address: f.address.clone(),
        country: f.country.clone(),
    }
}

/// Takes the next number of `year` inside the caller's transaction.
async fn next_sequence<C: ConnectionTrait>(conn: &C, year: i32) -> Result<i64, DataError> {
    invoice_counter::Entity::insert(invoice_counter::ActiveModel {
        year: Set(year),
        last_number: Set(0),
    })
    .on_conflict_do_nothing_on([invoice_counter::Column::Year])
    .exec_without_returning(conn)
    .await?;
    invoice_counter::Entity::update_many()
        .col_expr(
            invoice_counter::Column::LastNumber,
            Expr::col(invoice_counter::Column::LastNumber).add(1),
        )
        .filter(invoice_counter::Column::Year.eq(year))
        .exec(conn)
        .await?;
    let counter = invoice_counter::Entity::find_by_id(year)
        .one(conn)
        .await?
        .ok_or_else(|| DataError::AuditChain(format!("no invoice counter for {year}")))?;
    Ok(counter.last_number)
}

/// What to issue.
#[derive(Debug, Clone)]
pub struct NewInvoice<'a> {
    pub facility: &'a facility::Model,
    pub kind: InvoiceKind,
    pub period_key: String,
    pub amounts: Amounts,
    pub credits_invoice_id: Option<i64>,
    pub issued_on: NaiveDate,
    pub language: String,
}

/// Issues an invoice inside the caller's transaction: takes the next number of the year,
/// freezes recipient and issuer. A second invoice for the same facility and period is refused
/// by the unique key (see [`is_duplicate_period`]).
pub async fn issue<C: ConnectionTrait>(
    conn: &C,
    new: NewInvoice<'_>,
    fees: &FeeSchedule,
    now: DateTime<Utc>,
) -> Result<invoice::Model, DataError> {
    use chrono::Datelike;
    let year = new.issued_on.year();
    let sequence = next_sequence(conn, year).await?;
    let number = invoice_number(year, sequence);
    let to_json =
        |v: serde_json::Result<String>| v.map_err(|e| DataError::AuditChain(e.to_string()));
    Ok(invoice::ActiveModel {
        number: Set(number.clone()),
        year: Set(year),
        sequence: Set(sequence),
        facility_id: Set(new.facility.id),
        kind: Set(new.kind.as_str().to_owned()),
        period_key: Set(new.period_key),
        credits_invoice_id: Set(new.credits_invoice_id),
        currency: Set(fees.currency.clone()),
        lines: Set(to_json(serde_json::to_string(&new.amounts.lines))?),
        net_minor: Set(new.amounts.net_minor),
        vat_basis_points: Set(new.amounts.vat_basis_points),
        vat_minor: Set(new.amounts.vat_minor),
        total_minor: Set(new.amounts.total_minor),
        issued_on: Set(new.issued_on),
        due_on: Set(new.issued_on + chrono::Duration::days(fees.payment_term_days)),
        language: Set(new.language),
        recipient: Set(to_json(serde_json::to_string(&recipient_of(new.facility)))?),
        issuer: Set(to_json(serde_json::to_string(&fees.issuer))?),
        payment_reference: Set(format!("AIO-{number}")),
        issued_at: Set(now.trunc_subsecs(6)),
        voided_at: Set(None),
        void_reason: Set(None),
        voided_by: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// Whether an error is the "this period is already invoiced" key.
pub fn is_duplicate_period(error: &DataError) -> bool {
    error.unique_key() == Some(crate::db::UniqueKey::InvoicePeriod)
}

/// Where billing mail goes: the designated contact (who receives correspondence), else the
/// main account holder.
async fn billing_contact<C: ConnectionTrait>(
    conn: &C,
    f: &facility::Model,
) -> Result<Option<user::Model>, DataError> {
    let contact =
        facility_role::Entity::find_by_id((f.id, FacilityRole::Contact.as_str().to_owned()))
            .one(conn)
            .await?
            .and_then(|r| r.user_id);
    let id = contact.unwrap_or(f.main_holder_id);
    Ok(user::Entity::find_by_id(id).one(conn).await?)
}

/// Queues the "invoice issued" mail for `inv` inside the caller's transaction.
async fn mail_invoice<C: ConnectionTrait>(
    conn: &C,
    f: &facility::Model,
    inv: &invoice::Model,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<(), DataError> {
    let Some(to) = billing_contact(conn, f).await? else { return Ok(()) };
    let lang = to.language.clone();
    mail::queue(
        conn,
        &to.email,
        &lang,
        MailKind::InvoiceIssued,
        &[
            ("name", to.display_name.clone()),
            ("facility", f.name.clone()),
            ("number", inv.number.clone()),
            ("amount", format_amount(inv.total_minor, &inv.currency, &lang)),
            ("due", format_date(inv.due_on, &lang)),
            ("reference", inv.payment_reference.clone()),
            ("link", format!("{base_url}/invoices/{}", inv.id)),
        ],
        now,
    )
    .await?;
    Ok(())
}

/// The re-certification invoice of the accreditation `certificate` (due six months before it
/// ends), with its mail, inside the caller's transaction. A second one for the same
/// certificate is refused by the period key ([`is_duplicate_period`]).
pub async fn issue_recertification_invoice<C: ConnectionTrait>(
    conn: &C,
    f: &facility::Model,
    certificate: &crate::db::entities::certificate::Model,
    fees: &FeeSchedule,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<invoice::Model, DataError> {
    let until = certificate
        .valid_until
        .ok_or_else(|| DataError::invalid("certificate", "error-validation"))?;
    let language = billing_contact(conn, f)
        .await?
        .map_or_else(|| crate::i18n::DEFAULT_LANGUAGE.to_owned(), |u| u.language);
    let inv = issue(
        conn,
        NewInvoice {
            facility: f,
            kind: InvoiceKind::Recertification,
            period_key: crate::domain::recertification::invoice_period_key(certificate.id),
            amounts: crate::domain::billing::recertification_amounts(fees, until),
            credits_invoice_id: None,
            issued_on: now.date_naive(),
            language,
        },
        fees,
        now,
    )
    .await?;
    mail_invoice(conn, f, &inv, base_url, now).await?;
    Ok(inv)
}

/// The enrolment invoice at activation (enrolment fee + first annual fee), inside the
/// activation transaction, with its mail.
pub async fn issue_enrolment_invoice<C: ConnectionTrait>(
    conn: &C,
    f: &facility::Model,
    language: &str,
    fees: &FeeSchedule,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<invoice::Model, DataError> {
    let today = now.date_naive();
    let amounts = enrolment_amounts(fees, add_years(today, 1) - chrono::Duration::days(1));
    let inv = issue(
        conn,
        NewInvoice {
            facility: f,
            kind: InvoiceKind::Enrolment,
            period_key: "enrolment".into(),
            amounts,
            credits_invoice_id: None,
            issued_on: today,
            language: language.to_owned(),
        },
        fees,
        now,
    )
    .await?;
    mail_invoice(conn, f, &inv, base_url, now).await?;
    Ok(inv)
}

/// Sum of payments of an invoice.
pub async fn paid_total<C: ConnectionTrait>(conn: &C, invoice_id: i64) -> Result<i64, DataError> {
    let payments =
        payment::Entity::find().filter(payment::Column::InvoiceId.eq(invoice_id)).all(conn).await?;
    Ok(payments.iter().map(|p| p.amount_minor).sum())
}

/// Who recorded a payment.
#[derive(Debug, Clone)]
pub enum PaymentSource {
    Administrator(UserId),
    /// The payment provider's notification, by its event id.
    Provider(String),
}

/// A payment to record.
#[derive(Debug, Clone)]
pub struct NewPayment {
    pub invoice_id: i64,
    pub amount_minor: i64,
    pub paid_on: NaiveDate,
    pub reference: String,
    pub source: PaymentSource,
}

/// What recording a payment did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRecorded {
    pub payment_id: i64,
    pub paid_minor: i64,
    pub total_minor: i64,
    /// The payment completed the enrolment invoice and the facility became an Enrolled Centre.
    pub facility_enrolled: bool,
    /// The payment completed a re-certification invoice: the re-certification application.
    pub recertification_opened: Option<ApplicationId>,
}

/// Records a payment. Partial payments add up; a payment above what is still owed is refused
/// (`amount` → `payment-error-overpayment`), as is one on a void invoice or a credit note.
/// Paying the enrolment invoice in full makes a `pending_payment` facility `enrolled`, with a
/// status row, an audit entry and a mail to the main account holder and the AR.
pub async fn record_payment(
    db: &DatabaseConnection,
    new: NewPayment,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<PaymentRecorded, DataError> {
    if new.amount_minor <= 0 {
        return Err(DataError::invalid("amount", "payment-error-amount"));
    }
    if new.reference.trim().is_empty() {
        return Err(DataError::invalid("reference", "error-field-required"));
    }
    if new.paid_on > now.date_naive() {
        return Err(DataError::invalid("paid_on", "payment-error-future-date"));
    }
    let now = now.trunc_subsecs(6);
    let txn = db.begin().await?;
    // Locks the invoice row on PostgreSQL so two payments cannot both pass the check below.
    let inv = invoice::Entity::find_by_id(new.invoice_id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(DataError::NotFound)?;
    if inv.kind == InvoiceKind::CreditNote.as_str() || inv.voided_at.is_some() {
        return Err(DataError::invalid("invoice", "payment-error-not-payable"));
    }
    let paid_before = paid_total(&txn, inv.id).await?;
    if paid_before + new.amount_minor > inv.total_minor {
        return Err(DataError::invalid("amount", "payment-error-overpayment"));
    }
    let (source, event_id, recorded_by) = match &new.source {
        PaymentSource::Administrator(id) => ("admin", None, Some(*id)),
        PaymentSource::Provider(event) => ("provider", Some(event.clone()), None),
    };
    let created = payment::ActiveModel {
        invoice_id: Set(inv.id),
        amount_minor: Set(new.amount_minor),
        paid_on: Set(new.paid_on),
        reference: Set(new.reference.trim().to_owned()),
        source: Set(source.to_owned()),
        provider_event_id: Set(event_id),
        recorded_by: Set(recorded_by),
        recorded_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let paid_minor = paid_before + new.amount_minor;
    let actor = match &new.source {
        PaymentSource::Administrator(id) => format!("user:{id}"),
        PaymentSource::Provider(_) => "payment-provider".to_owned(),
    };
    let f = facility::Entity::find_by_id(inv.facility_id)
        .one(&txn)
        .await?
        .ok_or(DataError::NotFound)?;
    let mut enrolled = false;
    if inv.kind == InvoiceKind::Enrolment.as_str()
        && paid_minor >= inv.total_minor
        && current_status(&txn, f.id).await? == FacilityStatus::PendingPayment
    {
        change_status(
            &txn,
            f.id,
            FacilityStatus::Enrolled,
            &actor,
            &format!("invoice {} paid", inv.number),
            now,
        )
        .await?;
        enrolled = true;
        let mut recipients = vec![f.main_holder_id];
        if let Some(ar) = facility_role::Entity::find_by_id((
            f.id,
            FacilityRole::AuthorisedRepresentative.as_str().to_owned(),
        ))
        .one(&txn)
        .await?
        .and_then(|r| r.user_id)
        {
            if !recipients.contains(&ar) {
                recipients.push(ar);
            }
        }
        for id in recipients {
            let Some(u) = user::Entity::find_by_id(id).one(&txn).await? else { continue };
            mail::queue(
                &txn,
                &u.email,
                &u.language,
                MailKind::FacilityEnrolled,
                &[
                    ("name", u.display_name.clone()),
                    ("facility", f.name.clone()),
                    ("link", format!("{base_url}/facilities/{}", f.id)),
                ],
                now,
            )
            .await?;
        }
    }
    let mut recertification = None;
    if inv.kind == InvoiceKind::Recertification.as_str() && paid_minor >= inv.total_minor {
        // In a savepoint: money received is recorded even if the cycle cannot be opened now
        // (logged; the daily job opens it on its next run).
        let savepoint = txn.begin().await?;
        recertification = match crate::db::recertification_cycle::open_paid(
            &savepoint,
            &f,
            recorded_by,
            base_url,
            now,
        )
        .await
        {
            Ok(opened) => {
                savepoint.commit().await?;
                opened
            }
            Err(error) => {
                savepoint.rollback().await?;
                tracing::error!(%error, invoice = inv.number, "re-certification cycle not opened with the payment");
                None
            }
        };
    }
    let mut entry = NewEntry::new(&actor, "payment.recorded", &format!("invoice:{}", inv.id));
    entry.before = Some(json!({ "paid_minor": paid_before }));
    entry.after = Some(
        json!({ "payment": created.id, "amount_minor": new.amount_minor, "paid_on": new.paid_on.to_string(), "reference": created.reference, "source": source, "paid_minor": paid_minor, "total_minor": inv.total_minor }),
    );
    audit::append_in(&txn, entry).await?;
    if enrolled {
        let mut entry = NewEntry::new(&actor, "facility.enrolled", &format!("facility:{}", f.id));
        entry.before = Some(json!({ "status": FacilityStatus::PendingPayment.as_str() }));
        entry.after =
            Some(json!({ "status": FacilityStatus::Enrolled.as_str(), "invoice": inv.number }));
        audit::append_in(&txn, entry).await?;
    }
    if let Some(opened) = recertification.as_ref().filter(|o| o.new) {
        crate::db::recertification_cycle::audit_opened(&txn, &actor, opened, &inv.number).await?;
    }
    txn.commit().await?;
    Ok(PaymentRecorded {
        payment_id: created.id,
        paid_minor,
        total_minor: inv.total_minor,
        facility_enrolled: enrolled,
        recertification_opened: recertification.map(|o| o.application.id),
    })
}

/// Voids an unpaid invoice and issues a credit note for it (an issued invoice is never
/// edited or deleted). Returns the credit note.
pub async fn void_invoice(
    db: &DatabaseConnection,
    invoice_id: i64,
    reason: &str,
    actor_id: UserId,
    fees: &FeeSchedule,
    now: DateTime<Utc>,
) -> Result<invoice::Model, DataError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(DataError::invalid("reason", "error-field-required"));
    }
    let now = now.trunc_subsecs(6);
    let txn = db.begin().await?;
    let inv = invoice::Entity::find_by_id(invoice_id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(DataError::NotFound)?;
    if inv.kind == InvoiceKind::CreditNote.as_str() || inv.voided_at.is_some() {
        return Err(DataError::invalid("invoice", "invoice-error-not-voidable"));
    }
    if paid_total(&txn, inv.id).await? != 0 {
        return Err(DataError::invalid("invoice", "invoice-error-has-payments"));
    }
    let updated = invoice::Entity::update_many()
        .col_expr(invoice::Column::VoidedAt, Expr::value(now))
        .col_expr(invoice::Column::VoidReason, Expr::value(reason.to_owned()))
        .col_expr(invoice::Column::VoidedBy, Expr::value(actor_id))
        .filter(invoice::Column::Id.eq(inv.id))
        .filter(invoice::Column::VoidedAt.is_null())
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(DataError::invalid("invoice", "invoice-error-not-voidable"));
    }
    let lines: Vec<InvoiceLine> =
        serde_json::from_str(&inv.lines).map_err(|e| DataError::AuditChain(e.to_string()))?;
    let original = Amounts {
        lines,
        net_minor: inv.net_minor,
        vat_basis_points: inv.vat_basis_points,
        vat_minor: inv.vat_minor,
        total_minor: inv.total_minor,
    };
    let f = facility::Entity::find_by_id(inv.facility_id)
        .one(&txn)
        .await?
        .ok_or(DataError::NotFound)?;
    // The credit note keeps the original's currency and issuer terms, whatever the fees are now.
    let terms = FeeSchedule { currency: inv.currency.clone(), ..fees.clone() };
    let credit = issue(
        &txn,
        NewInvoice {
            facility: &f,
            kind: InvoiceKind::CreditNote,
            period_key: format!("credit:{}", inv.id),
            amounts: original.negated(),
            credits_invoice_id: Some(inv.id),
            issued_on: now.date_naive(),
            language: inv.language.clone(),
        },
        &terms,
        now,
    )
    .await?;
    let actor = format!("user:{actor_id}");
    let mut entry = NewEntry::new(&actor, "invoice.voided", &format!("invoice:{}", inv.id));
    entry.before = Some(json!({ "number": inv.number, "status": InvoiceStatus::Open.as_str() }));
    entry.after = Some(
        json!({ "status": InvoiceStatus::Void.as_str(), "reason": reason, "credit_note": credit.number }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(credit)
}

/// What one run of the daily job did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DailyReport {
    pub annual_invoices: usize,
    pub reminders: usize,
}

/// The daily billing job: annual invoices on enrolment anniversaries and payment reminders.
/// Safe to run any number of times and on several instances at once.
pub async fn run_daily(
    db: &DatabaseConnection,
    fees: &FeeSchedule,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<DailyReport, DataError> {
    let today = now.date_naive();
    let mut report = DailyReport::default();
    let enrolment_invoices = invoice::Entity::find()
        .filter(invoice::Column::Kind.eq(InvoiceKind::Enrolment.as_str()))
        .all(db)
        .await?;
    for enrolment in enrolment_invoices {
        let status = current_status(db, enrolment.facility_id).await?;
        if !matches!(
            status,
            FacilityStatus::Enrolled
                | FacilityStatus::Accredited
                | FacilityStatus::CentreOfExcellence
        ) {
            continue;
        }
        let Some(f) = facility::Entity::find_by_id(enrolment.facility_id).one(db).await? else {
            continue;
        };
        for year in annual_years_due(enrolment.issued_on, today) {
            let period_key = format!("annual:{year}");
            let exists = invoice::Entity::find()
                .filter(invoice::Column::FacilityId.eq(f.id))
                .filter(invoice::Column::PeriodKey.eq(period_key.clone()))
                .one(db)
                .await?
                .is_some();
            if exists {
                continue;
            }
            let year_ends = add_years(enrolment.issued_on, year) - chrono::Duration::days(1);
            let txn = db.begin().await?;
            let issued = issue(
                &txn,
                NewInvoice {
                    facility: &f,
                    kind: InvoiceKind::Annual,
                    period_key,
                    amounts: annual_amounts(fees, year, year_ends),
                    credits_invoice_id: None,
                    issued_on: today,
                    language: enrolment.language.clone(),
                },
                fees,
                now,
            )
            .await;
            match issued {
                Ok(inv) => {
                    mail_invoice(&txn, &f, &inv, base_url, now).await?;
                    report.annual_invoices += 1;
                    let mut entry = NewEntry::new(
                        "scheduler",
                        "invoice.issued",
                        &format!("invoice:{}", inv.id),
                    );
                    entry.after = Some(
                        json!({ "number": inv.number, "facility": f.id, "kind": inv.kind, "period": inv.period_key, "total_minor": inv.total_minor }),
                    );
                    audit::append_in(&txn, entry).await?;
                    txn.commit().await?;
                }
                // Another instance issued it in the meantime: that is the outcome we want.
                Err(e) if is_duplicate_period(&e) || e.is_busy() => drop(txn),
                Err(e) => return Err(e),
            }
        }
    }
    let open = invoice::Entity::find()
        .filter(invoice::Column::VoidedAt.is_null())
        .filter(invoice::Column::Kind.ne(InvoiceKind::CreditNote.as_str()))
        .filter(invoice::Column::DueOn.lte(today))
        .order_by_asc(invoice::Column::Id)
        .all(db)
        .await?;
    for inv in open {
        if paid_total(db, inv.id).await? >= inv.total_minor {
            continue;
        }
        let Some(f) = facility::Entity::find_by_id(inv.facility_id).one(db).await? else {
            continue;
        };
        for stage in reminders_due(inv.due_on, today) {
            let sent = invoice_reminder::Entity::find_by_id((inv.id, stage.as_str().to_owned()))
                .one(db)
                .await?
                .is_some();
            if sent {
                continue;
            }
            let txn = db.begin().await?;
            let inserted = invoice_reminder::ActiveModel {
                invoice_id: Set(inv.id),
                stage: Set(stage.as_str().to_owned()),
                sent_at: Set(now.trunc_subsecs(6)),
            }
            .insert(&txn)
            .await;
            match inserted.map_err(DataError::from) {
                Ok(_) => {}
                Err(e) if e.is_unique_violation() || e.is_busy() => continue,
                Err(e) => return Err(e),
            }
            if let Some(to) = billing_contact(&txn, &f).await? {
                let lang = to.language.clone();
                let open_minor = inv.total_minor - paid_total(&txn, inv.id).await?;
                mail::queue(
                    &txn,
                    &to.email,
                    &lang,
                    MailKind::InvoiceReminder,
                    &[
                        ("name", to.display_name.clone()),
                        ("facility", f.name.clone()),
                        ("number", inv.number.clone()),
                        ("amount", format_amount(open_minor, &inv.currency, &lang)),
                        ("due", format_date(inv.due_on, &lang)),
                        ("reference", inv.payment_reference.clone()),
                        ("link", format!("{base_url}/invoices/{}", inv.id)),
                    ],
                    now,
                )
                .await?;
            }
            report.reminders += 1;
            let mut entry =
                NewEntry::new("scheduler", "invoice.reminder_sent", &format!("invoice:{}", inv.id));
            entry.after = Some(json!({ "stage": stage.as_str() }));
            audit::append_in(&txn, entry).await?;
            txn.commit().await?;
        }
    }
    Ok(report)
}

/// Accepts a payment-provider notification that passed its signature check: records the
/// payment once per event id. A replay answers what the first delivery did and changes nothing.
pub async fn apply_provider_event(
    db: &DatabaseConnection,
    event_id: &str,
    invoice_number_or_reference: &str,
    amount_minor: i64,
    paid_on: NaiveDate,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<ProviderOutcome, DataError> {
    if let Some(seen) = payment_event::Entity::find_by_id(event_id.to_owned()).one(db).await? {
        return Ok(ProviderOutcome::Replayed(seen.outcome));
    }
    let number = invoice_number_or_reference.trim().trim_start_matches("AIO-");
    let Some(inv) =
        invoice::Entity::find().filter(invoice::Column::Number.eq(number)).one(db).await?
    else {
        return record_event(db, event_id, "unknown_invoice", now).await;
    };
    let outcome = record_payment(
        db,
        NewPayment {
            invoice_id: inv.id,
            amount_minor,
            paid_on,
            reference: format!("provider:{event_id}"),
            source: PaymentSource::Provider(event_id.to_owned()),
        },
        base_url,
        now,
    )
    .await;
    match outcome {
        Ok(_) => record_event(db, event_id, "recorded", now).await,
        Err(DataError::Invalid(_)) => record_event(db, event_id, "refused", now).await,
        // The payment's own unique event id: a concurrent delivery of the same event won.
        Err(e) if e.is_unique_violation() => Ok(ProviderOutcome::Replayed("recorded".into())),
        Err(e) => Err(e),
    }
}

/// What a provider event did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProviderOutcome {
    /// First delivery: `recorded`, `refused` (over-payment, void invoice) or `unknown_invoice`.
    Processed(String),
    /// The event id was seen before; nothing changed.
    Replayed(String),
}

async fn record_event(
    db: &DatabaseConnection,
    event_id: &str,
    outcome: &str,
    now: DateTime<Utc>,
) -> Result<ProviderOutcome, DataError> {
    let txn = db.begin().await?;
    let inserted = payment_event::ActiveModel {
        event_id: Set(event_id.to_owned()),
        received_at: Set(now.trunc_subsecs(6)),
        outcome: Set(outcome.to_owned()),
    }
    .insert(&txn)
    .await;
    match inserted.map_err(DataError::from) {
        Ok(_) => {}
        Err(e) if e.is_unique_violation() => {
            return Ok(ProviderOutcome::Replayed(outcome.to_owned()));
        }
        Err(e) => return Err(e),
    }
    let mut entry =
        NewEntry::new("payment-provider", "payment_event.received", &format!("event:{event_id}"));
    entry.after = Some(json!({ "outcome": outcome }));
    audit::append_in(&txn, entry).await?;
    txn.commit().await?;
    Ok(ProviderOutcome::Processed(outcome.to_owned()))
}

/// The invoice's derived status on `today`.
pub async fn status_of(
    db: &DatabaseConnection,
    inv: &invoice::Model,
    today: NaiveDate,
) -> Result<(InvoiceStatus, i64), DataError> {
    let paid = paid_total(db, inv.id).await?;
    let kind = InvoiceKind::parse(&inv.kind).unwrap_or(InvoiceKind::Enrolment);
    Ok((
        invoice_status(kind, inv.total_minor, paid, inv.voided_at.is_some(), inv.due_on, today),
        paid,
    ))
}

/// The lines of an invoice in `language`, with dates in the line arguments written for it.
pub fn line_texts(inv: &invoice::Model, language: &str) -> Vec<(String, i64)> {
    let lines: Vec<InvoiceLine> = serde_json::from_str(&inv.lines).unwrap_or_default();
    lines
        .into_iter()
        .map(|line| {
            let args: Vec<(&str, String)> = line
                .args
                .iter()
                .map(|(k, v)| {
                    let shown = match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
                        Ok(date) => format_date(date, language),
                        Err(_) => v.clone(),
                    };
                    (k.as_str(), shown)
                })
                .collect();
            (translate_with(language, &line.message, &args), line.net_minor)
        })
        .collect()
}

/// Invoices of one facility, newest first.
pub async fn invoices_of(
    db: &DatabaseConnection,
    facility_id: FacilityId,
) -> Result<Vec<invoice::Model>, DataError> {
    Ok(invoice::Entity::find()
        .filter(invoice::Column::FacilityId.eq(facility_id))
        .order_by_desc(invoice::Column::Id)
        .all(db)
        .await?)
}

/// Payments of one invoice, oldest first.
pub async fn payments_of(
    db: &DatabaseConnection,
    invoice_id: i64,
) -> Result<Vec<payment::Model>, DataError> {
    Ok(payment::Entity::find()
        .filter(payment::Column::InvoiceId.eq(invoice_id))
        .order_by_asc(payment::Column::Id)
        .all(db)
        .await?)
}

/// Every invoice, newest first, optionally of one year or facility (the admin list; status
/// is derived, so the caller filters by it).
pub async fn all_invoices(
    db: &DatabaseConnection,
    year: Option<i32>,
    facility_id: Option<FacilityId>,
) -> Result<Vec<invoice::Model>, DataError> {
    let mut query = invoice::Entity::find().order_by_desc(invoice::Column::Id);
    if let Some(year) = year {
        query = query.filter(invoice::Column::Year.eq(year));
    }
    if let Some(id) = facility_id {
        query = query.filter(invoice::Column::FacilityId.eq(id));
    }
    Ok(query.all(db).await?)
}

/// An invoice as listed, written for `language`.
pub async fn summary_of(
    db: &DatabaseConnection,
    inv: &invoice::Model,
    facility_name: &str,
    language: &str,
    today: NaiveDate,
) -> Result<crate::domain::billing::view::InvoiceSummary, DataError> {
    let (status, paid) = status_of(db, inv, today).await?;
    let open_minor = if matches!(status, InvoiceStatus::Open | InvoiceStatus::Overdue) {
        inv.total_minor - paid
    } else {
        0
    };
    Ok(crate::domain::billing::view::InvoiceSummary {
        id: inv.id,
        number: inv.number.clone(),
        kind: InvoiceKind::parse(&inv.kind).unwrap_or(InvoiceKind::Enrolment),
        status,
        facility_id: inv.facility_id,
        facility_name: facility_name.to_owned(),
        issued_on: format_date(inv.issued_on, language),
        due_on: format_date(inv.due_on, language),
        total: format_amount(inv.total_minor, &inv.currency, language),
        open: format_amount(open_minor, &inv.currency, language),
        open_minor,
    })
}

/// An invoice as printed, written for `language`.
pub async fn document_of(
    db: &DatabaseConnection,
    inv: &invoice::Model,
    language: &str,
    today: NaiveDate,
) -> Result<crate::domain::billing::view::InvoiceDocument, DataError> {
    use crate::domain::billing::view::{InvoiceDocument, PaymentView};
    let recipient: Recipient =
        serde_json::from_str(&inv.recipient).map_err(|e| DataError::AuditChain(e.to_string()))?;
    let issuer: crate::domain::billing::Issuer =
        serde_json::from_str(&inv.issuer).map_err(|e| DataError::AuditChain(e.to_string()))?;
    let summary = summary_of(db, inv, &recipient.facility, language, today).await?;
    let credits = match inv.credits_invoice_id {
        Some(id) => invoice::Entity::find_by_id(id).one(db).await?.map(|c| (c.id, c.number)),
        None => None,
    };
    let money = |minor: i64| format_amount(minor, &inv.currency, language);
    Ok(InvoiceDocument {
        summary,
        issuer,
        recipient,
        lines: line_texts(inv, language)
            .into_iter()
            .map(|(text, net)| (text, money(net)))
            .collect(),
        net: money(inv.net_minor),
        vat_rate: crate::domain::billing::format_percent(inv.vat_basis_points, language),
        vat: money(inv.vat_minor),
        total: money(inv.total_minor),
        payment_reference: inv.payment_reference.clone(),
        payments: payments_of(db, inv.id)
            .await?
            .into_iter()
            .map(|p| PaymentView {
                paid_on: format_date(p.paid_on, language),
                amount: money(p.amount_minor),
                reference: p.reference,
            })
            .collect(),
        credits,
        void_reason: inv.void_reason.clone(),
    })
}

pub async fn find_invoice(
    db: &DatabaseConnection,
    id: i64,
) -> Result<Option<invoice::Model>, DataError> {
    Ok(invoice::Entity::find_by_id(id).one(db).await?)
}
