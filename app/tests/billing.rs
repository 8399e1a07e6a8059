//! Service tests of invoices, payments, reminders and the daily job, on SQLite and (when
//! configured) PostgreSQL.

#![expect(
    clippy::unwrap_used,
    reason = "a test stops at its first failure, and the panic shows the error"
)]
#![cfg(feature = "testing")]

use app::db::billing::{self, NewInvoice, NewPayment, PaymentSource, ProviderOutcome};
use app::db::entities::{facility, invoice, payment};
use app::db::facilities as service;
use app::db::{DataError, mail, testing};
use app::domain::billing::{FeeSchedule, InvoiceKind, InvoiceStatus};
use app::domain::facilities::{FacilityStatus, RegistrationForm};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait, TransactionTrait};

const BASE: &str = "https://accredit.example";

fn form(n: usize) -> RegistrationForm {
    testing::registration(&format!("holder{n}@general.example"), &format!("IO Unit {n}"))
}

/// A facility registered and activated at `when`; returns it and its enrolment invoice.
async fn activated(
    db: &DatabaseConnection,
    n: usize,
    when: DateTime<Utc>,
) -> (facility::Model, invoice::Model) {
    let mut f = form(n);
    f.approval_date = (when.date_naive() - Duration::days(10)).to_string();
    let registered = service::register(db, &f, "de", BASE, when).await.unwrap();
    let activation = mail::recent(db, 50)
        .await
        .unwrap_or_default()
        .into_iter()
        .find(|m| m.kind == "activation" && m.to_address == f.email)
        .unwrap_or_else(|| panic!("no activation mail"));
    let token = activation
        .body_text
        .split("token=")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .unwrap_or_default()
        .to_owned();
    service::activate(db, &token, BASE, &FeeSchedule::demo(), when).await.unwrap();
    let inv = billing::invoices_of(db, registered.facility.id).await.unwrap_or_default().remove(0);
    (registered.facility, inv)
}

fn field(error: DataError) -> (String, String) {
    match error {
        DataError::Invalid(mut fields) => {
            let f = fields.remove(0);
            (f.field, f.code)
        }
        other => panic!("expected a validation error, got {other}"),
    }
}

fn pay(invoice_id: i64, amount_minor: i64, reference: &str) -> NewPayment {
    NewPayment {
        invoice_id,
        amount_minor,
        paid_on: Utc::now().date_naive(),
        reference: reference.into(),
        source: PaymentSource::Administrator(app::domain::ids::UserId(1)),
    }
}

#[tokio::test]
async fn activation_issues_the_enrolment_invoice() {
    for t in testing::all().await {
        let db = &t.db;
        let (f, inv) = activated(db, 1, Utc::now()).await;
        let year = Utc::now().date_naive().format("%Y").to_string();
        assert_eq!(inv.number, format!("{year}-0001"), "{}", t.backend);
        assert_eq!(
            (inv.kind.as_str(), inv.net_minor, inv.vat_minor, inv.total_minor),
            ("enrolment", 200_000, 40_000, 240_000)
        );
        assert_eq!(inv.due_on, inv.issued_on + Duration::days(30));
        assert_eq!(inv.language, "de");
        assert_eq!(inv.payment_reference, format!("AIO-{year}-0001"));
        let lines = billing::line_texts(&inv, "en");
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|(text, _)| !text.contains("Unknown")), "{lines:?}");
        let mails = mail::recent(db, 10).await.unwrap_or_default();
        let issued = mails
            .iter()
            .find(|m| m.kind == "invoice-issued")
            .unwrap_or_else(|| panic!("no invoice mail"));
        assert_eq!(issued.language, "de");
        assert!(issued.body_text.contains("2.400,00"), "{}", issued.body_text);
        assert!(issued.body_text.contains(&format!("{BASE}/invoices/{}", inv.id)));
        assert_eq!(
            app::db::status_history::current_status(db, f.id).await.ok(),
            Some(FacilityStatus::PendingPayment)
        );
        t.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn numbers_stay_gap_free_under_50_concurrent_issuances() {
    for t in testing::all().await {
        let db = &t.db;
        let (f, _) = activated(db, 1, Utc::now()).await;
        let fees = FeeSchedule::demo();
        // A rolled-back issue gives its number back.
        {
            let txn = db.begin().await.unwrap();
            let new = NewInvoice {
                facility: &f,
                kind: InvoiceKind::Annual,
                period_key: "rolled-back".into(),
                amounts: app::domain::billing::annual_amounts(&fees, 2, Utc::now().date_naive()),
                credits_invoice_id: None,
                issued_on: Utc::now().date_naive(),
                language: "en".into(),
            };
            let inv = billing::issue(&txn, new, &fees, Utc::now()).await.unwrap();
            assert_eq!(inv.sequence, 2);
            txn.rollback().await.unwrap();
        }
        let mut tasks = Vec::new();
        for i in 0..50 {
            let (db, f, fees) = (db.clone(), f.clone(), fees.clone());
            tasks.push(tokio::spawn(async move {
                // Retried only when SQLite reports its single writer busy past the timeout.
                for _ in 0..20 {
                    let txn = db.begin().await.map_err(DataError::from)?;
                    let new = NewInvoice {
                        facility: &f,
                        kind: InvoiceKind::Annual,
                        period_key: format!("concurrent:{i}"),
                        amounts: app::domain::billing::annual_amounts(
                            &fees,
                            2,
                            Utc::now().date_naive(),
                        ),
                        credits_invoice_id: None,
                        issued_on: Utc::now().date_naive(),
                        language: "en".into(),
                    };
                    match billing::issue(&txn, new, &fees, Utc::now()).await {
                        Ok(inv) => {
                            txn.commit().await.map_err(DataError::from)?;
                            return Ok::<i64, DataError>(inv.sequence);
                        }
                        Err(e) if e.is_busy() => continue,
                        Err(e) => return Err(e),
                    }
                }
                Err(DataError::AuditChain("still busy after 20 attempts".into()))
            }));
        }
        let mut sequences = Vec::new();
        for task in tasks {
            sequences.push(task.await.unwrap().unwrap_or_else(|e| panic!("{}: {e}", t.backend)));
        }
        sequences.sort_unstable();
        assert_eq!(sequences, (2..=51).collect::<Vec<i64>>(), "{}", t.backend);
        let all: Vec<i64> = invoice::Entity::find()
            .all(db)
            .await
            .unwrap_or_default()
            .iter()
            .map(|i| i.sequence)
            .collect();
        let mut all_sorted = all.clone();
        all_sorted.sort_unstable();
        assert_eq!(
            all_sorted,
            (1..=51).collect::<Vec<i64>>(),
            "{}: every number once, none missing",
            t.backend
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn payments_accumulate_overpayment_is_refused_and_full_payment_enrols() {
    for t in testing::all().await {
        let db = &t.db;
        let (f, inv) = activated(db, 1, Utc::now()).await;
        assert_eq!(
            field(
                billing::record_payment(db, pay(inv.id, 0, "x"), BASE, Utc::now())
                    .await
                    .err()
                    .unwrap_or_else(|| panic!("zero accepted"))
            ),
            ("amount".into(), "payment-error-amount".into())
        );
        let first = billing::record_payment(db, pay(inv.id, 100_000, "BANK-1"), BASE, Utc::now())
            .await
            .unwrap();
        assert_eq!((first.paid_minor, first.facility_enrolled), (100_000, false));
        assert_eq!(
            app::db::status_history::current_status(db, f.id).await.ok(),
            Some(FacilityStatus::PendingPayment)
        );
        let over = billing::record_payment(db, pay(inv.id, 140_001, "BANK-2"), BASE, Utc::now())
            .await
            .err()
            .unwrap_or_else(|| panic!("overpayment accepted"));
        assert_eq!(field(over), ("amount".into(), "payment-error-overpayment".into()));
        assert_eq!(
            payment::Entity::find().count(db).await.ok(),
            Some(1),
            "the refused payment left no row"
        );
        let second = billing::record_payment(db, pay(inv.id, 140_000, "BANK-2"), BASE, Utc::now())
            .await
            .unwrap();
        assert_eq!((second.paid_minor, second.facility_enrolled), (240_000, true));
        assert_eq!(
            app::db::status_history::current_status(db, f.id).await.ok(),
            Some(FacilityStatus::Enrolled)
        );
        let (status, paid) = billing::status_of(db, &inv, Utc::now().date_naive()).await.unwrap();
        assert_eq!((status, paid), (InvoiceStatus::Paid, 240_000));
        let enrolled_mails = mail::recent(db, 20)
            .await
            .unwrap_or_default()
            .into_iter()
            .filter(|m| m.kind == "facility-enrolled")
            .count();
        assert_eq!(enrolled_mails, 1, "main account holder and AR are the same person here");
        let history = service::dashboard(db, f.id, false).await.unwrap().history;
        assert_eq!(history.last().map(|h| h.status), Some(FacilityStatus::Enrolled));
        let more = billing::record_payment(db, pay(inv.id, 1, "BANK-3"), BASE, Utc::now())
            .await
            .err()
            .unwrap_or_else(|| panic!("paid twice"));
        assert_eq!(field(more), ("amount".into(), "payment-error-overpayment".into()));
        t.cleanup().await;
    }
}

#[tokio::test]
async fn voiding_issues_a_credit_note_and_stops_payment() {
    for t in testing::all().await {
        let db = &t.db;
        let (_, inv) = activated(db, 1, Utc::now()).await;
        let fees = FeeSchedule::demo();
        assert_eq!(
            field(
                billing::void_invoice(
                    db,
                    inv.id,
                    " ",
                    app::domain::ids::UserId(1),
                    &fees,
                    Utc::now()
                )
                .await
                .err()
                .unwrap_or_else(|| panic!("no reason"))
            ),
            ("reason".into(), "error-field-required".into())
        );
        let credit = billing::void_invoice(
            db,
            inv.id,
            "wrong address",
            app::domain::ids::UserId(1),
            &fees,
            Utc::now(),
        )
        .await
        .unwrap();
        assert_eq!(
            (credit.kind.as_str(), credit.total_minor, credit.credits_invoice_id),
            ("credit_note", -240_000, Some(inv.id))
        );
        assert_eq!(credit.sequence, inv.sequence + 1);
        let voided = invoice::Entity::find_by_id(inv.id)
            .one(db)
            .await
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("gone"));
        assert_eq!(
            (voided.total_minor, voided.void_reason.as_deref()),
            (inv.total_minor, Some("wrong address")),
            "the invoice itself is unchanged but for the void mark"
        );
        assert_eq!(
            billing::status_of(db, &voided, Utc::now().date_naive()).await.ok().map(|s| s.0),
            Some(InvoiceStatus::Void)
        );
        let refused = billing::record_payment(db, pay(inv.id, 1_000, "BANK"), BASE, Utc::now())
            .await
            .err()
            .unwrap_or_else(|| panic!("paid a void invoice"));
        assert_eq!(field(refused), ("invoice".into(), "payment-error-not-payable".into()));
        let again = billing::void_invoice(
            db,
            inv.id,
            "twice",
            app::domain::ids::UserId(1),
            &fees,
            Utc::now(),
        )
        .await
        .err()
        .unwrap_or_else(|| panic!("voided twice"));
        assert_eq!(field(again), ("invoice".into(), "invoice-error-not-voidable".into()));
        t.cleanup().await;
    }
}

#[tokio::test]
async fn the_daily_job_issues_each_annual_invoice_and_reminder_once() {
    for t in testing::all().await {
        let db = &t.db;
        let fees = FeeSchedule::demo();
        let start = Utc::now() - Duration::days(400);
        let (f, inv) = activated(db, 1, start).await;
        // Unpaid and past due: reminders, but no annual invoice (not enrolled yet).
        let report = billing::run_daily(db, &fees, BASE, start + Duration::days(30)).await.unwrap();
        assert_eq!((report.annual_invoices, report.reminders), (0, 1));
        let report = billing::run_daily(db, &fees, BASE, start + Duration::days(31)).await.unwrap();
        assert_eq!(report, billing::DailyReport::default(), "nothing twice");
        let report = billing::run_daily(db, &fees, BASE, start + Duration::days(44)).await.unwrap();
        assert_eq!(report.reminders, 1, "second reminder 14 days after the due date");
        assert_eq!(
            mail::recent(db, 50)
                .await
                .unwrap_or_default()
                .iter()
                .filter(|m| m.kind == "invoice-reminder")
                .count(),
            2
        );

        let mut payment = pay(inv.id, inv.total_minor, "BANK-1");
        payment.paid_on = (start + Duration::days(45)).date_naive();
        billing::record_payment(db, payment, BASE, start + Duration::days(45)).await.unwrap();
        // First anniversary: the year-2 annual invoice, once, even with two runs at the same time.
        let anniversary = start + Duration::days(366);
        let (a, b) = tokio::join!(
            billing::run_daily(db, &fees, BASE, anniversary),
            billing::run_daily(db, &fees, BASE, anniversary)
        );
        let issued = a.unwrap().annual_invoices + b.unwrap().annual_invoices;
        assert_eq!(issued, 1, "{}", t.backend);
        let report = billing::run_daily(db, &fees, BASE, anniversary).await.unwrap();
        assert_eq!(report.annual_invoices, 0);
        let invoices = billing::invoices_of(db, f.id).await.unwrap_or_default();
        let annual: Vec<_> = invoices.iter().filter(|i| i.kind == "annual").collect();
        assert_eq!(annual.len(), 1);
        assert_eq!((annual[0].period_key.as_str(), annual[0].total_minor), ("annual:2", 60_000));
        t.cleanup().await;
    }
}

#[tokio::test]
async fn provider_events_apply_once() {
    for t in testing::all().await {
        let db = &t.db;
        let (f, inv) = activated(db, 1, Utc::now()).await;
        let today = Utc::now().date_naive();
        let first = billing::apply_provider_event(
            db,
            "evt_1",
            &inv.payment_reference,
            inv.total_minor,
            today,
            BASE,
            Utc::now(),
        )
        .await
        .unwrap();
        assert_eq!(first, ProviderOutcome::Processed("recorded".into()));
        assert_eq!(
            app::db::status_history::current_status(db, f.id).await.ok(),
            Some(FacilityStatus::Enrolled)
        );
        let replay = billing::apply_provider_event(
            db,
            "evt_1",
            &inv.number,
            inv.total_minor,
            today,
            BASE,
            Utc::now(),
        )
        .await
        .unwrap();
        assert_eq!(replay, ProviderOutcome::Replayed("recorded".into()));
        assert_eq!(payment::Entity::find().count(db).await.ok(), Some(1));
        let over =
            billing::apply_provider_event(db, "evt_2", &inv.number, 5, today, BASE, Utc::now())
                .await
                .unwrap();
        assert_eq!(over, ProviderOutcome::Processed("refused".into()));
        let unknown =
            billing::apply_provider_event(db, "evt_3", "1999-9999", 5, today, BASE, Utc::now())
                .await
                .unwrap();
        assert_eq!(unknown, ProviderOutcome::Processed("unknown_invoice".into()));
        assert_eq!(payment::Entity::find().count(db).await.ok(), Some(1));
        t.cleanup().await;
    }
}
