//! The accreditation lifecycle job over four years, with the clock passed in (no sleeping):
//! the re-certification invoice exactly once six months before the end, expiry at the end,
//! no expiry while a re-certification submitted in time is being assessed; and the decision on a
//! re-certification: Centre of Excellence only when the facility applied and every core and
//! extended item is met. Paying the re-certification invoice opens the next cycle with carried
//! answers to confirm; the annual self-check falls due once per anniversary. SQLite and (when
//! configured) PostgreSQL.

#![expect(
    clippy::unwrap_used,
    reason = "a test stops at its first failure, and the panic shows the error"
)]
#![cfg(feature = "testing")]

use chrono::{DateTime, Duration, Months, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use app::db::entities::{application, invoice, submission};
use app::db::recertification::run_daily;
use app::db::status_history::current_status;
use app::db::testing;
use app::domain::accounts::GlobalRole;
use app::domain::assessment::{CertificateState, Declaration, Finding, Outcome};
use app::domain::billing::{FeeSchedule, InvoiceKind};
use app::domain::facilities::FacilityStatus;
use app::domain::standards::{ApplicationStatus, Level};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).single().unwrap_or_default()
}

fn plus_months(at: DateTime<Utc>, months: u32) -> DateTime<Utc> {
    at.checked_add_months(Months::new(months)).unwrap_or(at)
}

async fn recertification_invoices(
    db: &sea_orm::DatabaseConnection,
    facility_id: app::domain::ids::FacilityId,
) -> Vec<invoice::Model> {
    invoice::Entity::find()
        .filter(invoice::Column::FacilityId.eq(facility_id))
        .filter(invoice::Column::Kind.eq(InvoiceKind::Recertification.as_str()))
        .all(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_recertification_invoice_comes_once_six_months_before_the_end() {
    for t in testing::all().await {
        let db = &t.db;
        let fees = FeeSchedule::demo();
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, t0()).await.unwrap();
        let (app, certificate) =
            testing::accredited_facility(db, "ar@recert.example", "Recert Unit", t0())
                .await
                .unwrap();
        let due = plus_months(t0(), 48 - 6);
        assert_eq!(certificate.valid_until, Some(plus_months(t0(), 48).date_naive()));

        let before = run_daily(db, &fees, "http://test", due - Duration::days(1)).await.unwrap();
        assert_eq!(before.recertification_invoices, 0, "{}", t.backend);
        let on_the_day = run_daily(db, &fees, "http://test", due).await.unwrap();
        assert_eq!(on_the_day.recertification_invoices, 1, "{}", t.backend);
        // Later runs, the same day and the following weeks, issue nothing more; nor do two
        // instances at once.
        run_daily(db, &fees, "http://test", due + Duration::hours(3)).await.unwrap();
        let (a, b) = tokio::join!(
            run_daily(db, &fees, "http://test", due + Duration::days(7)),
            run_daily(db, &fees, "http://test", due + Duration::days(7))
        );
        assert_eq!(
            a.unwrap_or_default().recertification_invoices
                + b.unwrap_or_default().recertification_invoices,
            0
        );
        let invoices = recertification_invoices(db, app.facility_id).await;
        assert_eq!(invoices.len(), 1, "{}", t.backend);
        assert_eq!(invoices[0].issued_on, due.date_naive());
        assert_eq!(invoices[0].net_minor, fees.recertification_fee_minor);
        // Mailed to the billing contact.
        let mails = app::db::mail::recent(db, 50).await.unwrap();
        assert!(
            mails.iter().any(|m| m.to_address == "ar@recert.example"
                && m.body_text.contains(&invoices[0].number)),
            "{}",
            t.backend
        );
        // Still accredited until the end.
        assert_eq!(current_status(db, app.facility_id).await.unwrap(), FacilityStatus::Accredited);
        t.cleanup().await;
    }
}

#[tokio::test]
async fn an_accreditation_not_renewed_expires_at_its_end() {
    for t in testing::all().await {
        let db = &t.db;
        let fees = FeeSchedule::demo();
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, t0()).await.unwrap();
        let (app, _) = testing::accredited_facility(db, "ar@expiry.example", "Expiry Unit", t0())
            .await
            .unwrap();
        let end = plus_months(t0(), 48);
        let last_day = run_daily(db, &fees, "http://test", end).await.unwrap();
        assert_eq!(last_day.expired, 0, "{}", t.backend);
        assert_eq!(current_status(db, app.facility_id).await.unwrap(), FacilityStatus::Accredited);
        let after = run_daily(db, &fees, "http://test", end + Duration::days(1)).await.unwrap();
        assert_eq!(after.expired, 1, "{}", t.backend);
        assert_eq!(current_status(db, app.facility_id).await.unwrap(), FacilityStatus::Expired);
        let again = run_daily(db, &fees, "http://test", end + Duration::days(2)).await.unwrap();
        assert_eq!(again, app::db::recertification::LifecycleReport::default(), "{}", t.backend);
        t.cleanup().await;
    }
}

/// The next cycle of an accredited facility, opened 30 days before `submitted`.
async fn next_cycle(
    db: &sea_orm::DatabaseConnection,
    accredited: &application::Model,
    submitted: DateTime<Utc>,
) -> application::Model {
    application::ActiveModel {
        facility_id: Set(accredited.facility_id),
        cycle: Set(accredited.cycle + 1),
        edition_id: Set(accredited.edition_id.clone()),
        status: Set(ApplicationStatus::Draft),
        created_at: Set(submitted - Duration::days(30)),
        created_by: Set(None),
        carried_from: Set(Some(accredited.id)),
        excellence_requested: Set(true),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
}

/// Marks `next` submitted at `submitted` (frozen snapshot row) with `status`.
async fn mark_submitted(
    db: &sea_orm::DatabaseConnection,
    next: &application::Model,
    by: app::domain::ids::UserId,
    submitted: DateTime<Utc>,
    status: ApplicationStatus,
) {
    let mut model: application::ActiveModel = next.clone().into();
    model.status = Set(status);
    model.update(db).await.unwrap();
    submission::ActiveModel {
        application_id: Set(next.id),
        submitted_by: Set(by),
        submitted_at: Set(submitted),
        content_hash: Set("0".repeat(64)),
        snapshot: Set("{}".into()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
}

/// A re-certification (the next cycle) submitted at `submitted`, now under assessment.
async fn recertification_under_assessment(
    db: &sea_orm::DatabaseConnection,
    accredited: &application::Model,
    submitted: DateTime<Utc>,
) {
    let next = next_cycle(db, accredited, submitted).await;
    mark_submitted(
        db,
        &next,
        accredited.created_by.unwrap_or_default(),
        submitted,
        ApplicationStatus::UnderAssessment,
    )
    .await;
}

#[tokio::test]
async fn a_timely_recertification_under_assessment_keeps_the_accreditation() {
    for t in testing::all().await {
        let db = &t.db;
        let fees = FeeSchedule::demo();
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, t0()).await.unwrap();
        let end = plus_months(t0(), 48);
        let (timely, _) =
            testing::accredited_facility(db, "ar@timely.example", "Timely Unit", t0())
                .await
                .unwrap();
        recertification_under_assessment(db, &timely, end - Duration::days(20)).await;
        let (late, _) =
            testing::accredited_facility(db, "ar@late.example", "Late Unit", t0()).await.unwrap();
        recertification_under_assessment(db, &late, end + Duration::days(1)).await;

        let report = run_daily(db, &fees, "http://test", end + Duration::days(40)).await.unwrap();
        assert_eq!(report.expired, 1, "{}", t.backend);
        assert_eq!(
            current_status(db, timely.facility_id).await.unwrap(),
            FacilityStatus::Accredited,
            "{}",
            t.backend
        );
        assert_eq!(
            current_status(db, late.facility_id).await.unwrap(),
            FacilityStatus::Expired,
            "{}",
            t.backend
        );
        // The public verification says so, and the directory still lists the timely one.
        let day = (end + Duration::days(40)).date_naive();
        let state = |code: String| async move {
            app::db::certificates::verify(db, &code, day).await.ok().flatten().map(|v| v.state)
        };
        assert_eq!(
            state(format!("TEST{}", timely.id)).await,
            Some(CertificateState::Recertification),
            "{}",
            t.backend
        );
        assert_eq!(
            state(format!("TEST{}", late.id)).await,
            Some(CertificateState::Expired),
            "{}",
            t.backend
        );
        let listed: Vec<String> = app::db::certificates::directory(db, day)
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.facility)
            .collect();
        assert_eq!(listed, vec!["Timely Unit".to_owned()], "{}", t.backend);
        t.cleanup().await;
    }
}

/// A re-certification cycle of an accredited facility, submitted with a complete case review,
/// with one assessor who declared no conflict and recorded `finding_of` for every item.
async fn assessed_recertification(
    db: &sea_orm::DatabaseConnection,
    email: &str,
    name: &str,
    finding_of: impl Fn(&app::domain::standards::Item) -> Finding,
) -> (application::Model, app::domain::ids::UserId) {
    use app::db::{accounts, applications, assessment};
    let (accredited, _) = testing::accredited_facility(db, email, name, t0()).await.unwrap();
    let submitted = plus_months(t0(), 45);
    let next = next_cycle(db, &accredited, submitted).await;
    let holder = accredited.created_by.unwrap_or_default();
    testing::complete_case_review(db, &next, holder, submitted).await.unwrap();
    mark_submitted(db, &next, holder, submitted, ApplicationStatus::Submitted).await;
    let person = |email: &str, role: GlobalRole| {
        let new = accounts::NewUser {
            email: email.into(),
            display_name: email.into(),
            password: "a password for tests".into(),
            language: "en".into(),
        };
        async move {
            let u = accounts::create_user(db, new, "test").await.unwrap();
            accounts::grant_role(db, u.id, role, "test").await.unwrap();
            u.id
        }
    };
    let admin = person(&format!("admin.{email}"), GlobalRole::Administrator).await;
    let assessor = person(&format!("assessor.{email}"), GlobalRole::Assessor).await;
    let assignment =
        assessment::assign(db, next.id, assessor, admin, "http://t", submitted).await.unwrap();
    assessment::declare(
        db,
        assignment.id,
        assessor,
        &Declaration::default(),
        "http://t",
        submitted,
    )
    .await
    .unwrap();
    let edition = applications::edition_of(db, &next).await.unwrap();
    for (_, standard, item) in edition.items() {
        let key = app::domain::standards::item_key(standard, &item.letter);
        assessment::record_finding(db, next.id, assessor, &key, finding_of(item), "", submitted)
            .await
            .unwrap_or_else(|e| panic!("{key}: {e}"));
    }
    (next, admin)
}

#[tokio::test]
async fn centre_of_excellence_only_when_every_core_and_extended_item_is_met() {
    use app::db::assessment::{NewDecision, decide};
    use app::db::certificates::certificate_of;
    for t in testing::all().await {
        let db = &t.db;
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, t0()).await.unwrap();
        let decided = plus_months(t0(), 46);
        let accredited = NewDecision {
            outcome: Outcome::Accredited,
            items: Vec::new(),
            reasons: String::new(),
            comment: String::new(),
            reapply_wait_days: 90,
        };

        let (all_met, admin) =
            assessed_recertification(db, "ar@excellent.example", "Excellent Unit", |_| {
                Finding::Met
            })
            .await;
        decide(db, all_met.id, admin, &accredited, "http://t", decided)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(
            current_status(db, all_met.facility_id).await.unwrap(),
            FacilityStatus::CentreOfExcellence,
            "{}",
            t.backend
        );
        let seal = certificate_of(db, all_met.facility_id)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no certificate"));
        assert_eq!(seal.status, FacilityStatus::CentreOfExcellence);

        // One extended item partially met: Accredited again, for another four years.
        let (gap, admin) = assessed_recertification(db, "ar@gap.example", "Gap Unit", |item| {
            if item.level == Level::Extended && item.letter == "a" {
                Finding::PartiallyMet
            } else {
                Finding::Met
            }
        })
        .await;
        decide(db, gap.id, admin, &accredited, "http://t", decided)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(
            current_status(db, gap.facility_id).await.unwrap(),
            FacilityStatus::Accredited,
            "{}",
            t.backend
        );
        let renewed = certificate_of(db, gap.facility_id)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no certificate"));
        assert_eq!(renewed.status, FacilityStatus::Accredited);
        // Decided two months before the current term ends: the new term continues it.
        assert_eq!(renewed.valid_from, Some(plus_months(t0(), 48).date_naive()), "{}", t.backend);
        assert_eq!(renewed.valid_until, Some(plus_months(t0(), 96).date_naive()), "{}", t.backend);

        // Decided after the current term ended (it was kept while the re-certification was
        // assessed): the new term starts on the decision day.
        let (late, admin) =
            assessed_recertification(db, "ar@late.example", "Late Unit", |_| Finding::Met).await;
        let late_day = plus_months(t0(), 50);
        decide(db, late.id, admin, &accredited, "http://t", late_day)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let late_term = certificate_of(db, late.facility_id)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no certificate"));
        assert_eq!(late_term.valid_from, Some(late_day.date_naive()), "{}", t.backend);
        assert_eq!(late_term.valid_until, Some(plus_months(late_day, 48).date_naive()));

        // Extended items never make up for a core gap.
        let (core_gap, admin) =
            assessed_recertification(db, "ar@coregap.example", "Core Gap Unit", |item| {
                if item.level == Level::Core && item.letter == "a" {
                    Finding::NotMet
                } else {
                    Finding::Met
                }
            })
            .await;
        assert!(
            decide(db, core_gap.id, admin, &accredited, "http://t", decided).await.is_err(),
            "{}",
            t.backend
        );

        // Everything met, but the facility did not apply for Centre of Excellence.
        let (not_applied, admin) =
            assessed_recertification(db, "ar@modest.example", "Modest Unit", |_| Finding::Met)
                .await;
        let mut model: application::ActiveModel = not_applied.clone().into();
        model.excellence_requested = Set(false);
        model.update(db).await.unwrap();
        decide(db, not_applied.id, admin, &accredited, "http://t", decided)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(
            current_status(db, not_applied.facility_id).await.unwrap(),
            FacilityStatus::Accredited,
            "{}",
            t.backend
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn withdrawal_needs_a_reason_and_withdraws_the_certificate() {
    use app::db::facilities::withdraw;
    for t in testing::all().await {
        let db = &t.db;
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, t0()).await.unwrap();
        let (app, certificate) =
            testing::accredited_facility(db, "ar@withdrawn.example", "Withdrawn Unit", t0())
                .await
                .unwrap();
        let later = t0() + Duration::days(100);
        let refused = withdraw(db, app.facility_id, "user:1", "   ", later).await;
        assert!(
            matches!(&refused, Err(app::db::DataError::Invalid(f)) if f[0].code == "withdraw-error-reason"),
            "{refused:?}"
        );
        assert_eq!(current_status(db, app.facility_id).await.unwrap(), FacilityStatus::Accredited);

        withdraw(db, app.facility_id, "user:1", "The service closes.", later)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(current_status(db, app.facility_id).await.unwrap(), FacilityStatus::Withdrawn);
        let view = app::db::certificates::verify(db, &certificate.code, later.date_naive())
            .await
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no certificate"));
        assert_eq!(view.state, CertificateState::Withdrawn, "{}", t.backend);
        assert!(
            app::db::certificates::directory(db, later.date_naive())
                .await
                .unwrap_or_default()
                .is_empty()
        );
        let dashboard = app::db::facilities::dashboard(db, app.facility_id, true).await.unwrap();
        assert!(dashboard.history.iter().any(|h| h.status == FacilityStatus::Withdrawn && h.reason == "The service closes."), "{:?}", dashboard.history);
        // Withdrawn is final here: a second withdrawal is refused, and the lifecycle job leaves it.
        assert!(withdraw(db, app.facility_id, "user:1", "again", later).await.is_err());
        let report = run_daily(
            db,
            &FeeSchedule::demo(),
            "http://test",
            plus_months(t0(), 48) + Duration::days(1),
        )
        .await
        .unwrap();
        assert_eq!(report, app::db::recertification::LifecycleReport::default());
        t.cleanup().await;
    }
}

#[tokio::test]
async fn paying_the_recertification_invoice_opens_a_prefilled_cycle() {
    use app::db::billing::{NewPayment, PaymentSource, record_payment};
    use app::db::entities::{answer, evidence_file, evidence_link};
    use app::db::recertification_cycle::{comparison, confirm, request_excellence, unconfirmed};
    use app::domain::standards::{AnswerValue, Attention};
    for t in testing::all().await {
        let db = &t.db;
        let fees = FeeSchedule::demo();
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, t0()).await.unwrap();
        let (accredited, _) =
            testing::accredited_facility(db, "ar@carry.example", "Carry Unit", t0()).await.unwrap();
        let holder = accredited.created_by.unwrap_or_default();
        let edition = app::db::applications::edition_of(db, &accredited).await.unwrap();
        // The accredited cycle answered its first two items and linked a file to the first.
        let keys: Vec<String> = edition
            .items()
            .map(|(_, n, i)| app::domain::standards::item_key(n, &i.letter))
            .take(2)
            .collect();
        let values: Vec<AnswerValue> = edition
            .items()
            .take(2)
            .map(|(_, _, i)| match &i.answer {
                app::domain::standards::AnswerSpec::YesNo { .. } => {
                    AnswerValue::YesNo { yes: true, explanation: "In place".into() }
                }
                app::domain::standards::AnswerSpec::Number { min, .. } => {
                    AnswerValue::Number { value: *min }
                }
                _ => AnswerValue::Text { value: "In place".into() },
            })
            .collect();
        for (key, value) in keys.iter().zip(&values) {
            answer::ActiveModel {
                application_id: Set(accredited.id),
                item_key: Set(key.clone()),
                value: Set(serde_json::to_string(value).unwrap_or_default()),
                revision: Set(3),
                updated_by: Set(holder),
                updated_at: Set(t0()),
            }
            .insert(db)
            .await
            .unwrap();
        }
        let file = evidence_file::ActiveModel {
            facility_id: Set(accredited.facility_id),
            sha256: Set("a".repeat(64)),
            size_bytes: Set(10),
            content_type: Set("application/pdf".into()),
            original_name: Set("licence.pdf".into()),
            storage_key: Set("evidence/x".into()),
            uploaded_by: Set(holder),
            uploaded_at: Set(t0()),
            expires_on: Set(Some(plus_months(t0(), 40).date_naive())),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        evidence_link::ActiveModel {
            application_id: Set(accredited.id),
            item_key: Set(keys[0].clone()),
            file_id: Set(file.id),
            linked_by: Set(holder),
            linked_at: Set(t0()),
        }
        .insert(db)
        .await
        .unwrap();

        let due = plus_months(t0(), 42);
        run_daily(db, &fees, "http://test", due).await.unwrap();
        let invoice = recertification_invoices(db, accredited.facility_id)
            .await
            .pop()
            .unwrap_or_else(|| panic!("no invoice"));
        let pay = |amount: i64| NewPayment {
            invoice_id: invoice.id,
            amount_minor: amount,
            paid_on: due.date_naive(),
            reference: "BANK-1".into(),
            source: PaymentSource::Provider(format!("evt-{amount}")),
        };
        // A part payment opens nothing yet.
        let part = record_payment(db, pay(100), "http://t", due).await.unwrap();
        assert_eq!(part.recertification_opened, None, "{}", t.backend);
        let rest = record_payment(db, pay(invoice.total_minor - 100), "http://t", due)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let opened =
            rest.recertification_opened.unwrap_or_else(|| panic!("{}: no cycle opened", t.backend));
        let next = app::db::applications::find(db, opened)
            .await
            .unwrap_or_default()
            .unwrap_or_else(|| panic!("missing"));
        assert_eq!(
            (next.cycle, next.carried_from, next.status),
            (2, Some(accredited.id), ApplicationStatus::Draft)
        );
        let answers = app::db::applications::answers_of(db, next.id).await.unwrap_or_default();
        assert_eq!(answers.len(), 2, "{}", t.backend);
        let mut carried = unconfirmed(db, next.id).await.unwrap_or_default();
        carried.sort();
        let mut expected = keys.clone();
        expected.sort();
        assert_eq!(carried, expected);
        let view = app::db::evidence::view(db, &next, 1 << 20).await.unwrap();
        assert_eq!(view.links, vec![(keys[0].clone(), file.id)], "{}", t.backend);

        // Carried answers need attention (and are not counted) until confirmed; the expired
        // licence is flagged once its date has passed.
        let states = |carried: Vec<String>| {
            let mut s: std::collections::BTreeMap<String, app::domain::standards::ItemState> =
                answers
                    .iter()
                    .map(|(k, v, _)| {
                        (
                            k.clone(),
                            app::domain::standards::ItemState {
                                answer: Some(v.clone()),
                                carried: carried.contains(k),
                                ..Default::default()
                            },
                        )
                    })
                    .collect();
            s.entry(keys[0].clone()).or_default().evidence_expired = 1;
            s
        };
        let report = app::domain::standards::readiness(
            &edition,
            &states(keys.clone()),
            false,
            due.date_naive(),
        );
        let first = report
            .attention
            .iter()
            .find(|a| a.item == keys[0])
            .map(|a| a.reasons.clone())
            .unwrap_or_default();
        assert!(
            first.contains(&Attention::Carried) && first.contains(&Attention::EvidenceExpired),
            "{first:?}"
        );

        // Confirming one as it is, and saving the other again, confirm both.
        assert_eq!(
            confirm(db, &next, &[keys[0].clone(), "99z".to_owned()], holder, due).await.unwrap(),
            1
        );
        let save = app::domain::standards::AnswerSave {
            application_id: next.id,
            item_key: keys[1].clone(),
            value: values[1].clone(),
            base_revision: 1,
            idempotency_key: "carry-save-0001".into(),
        };
        app::db::applications::save_answer(db, &save, holder, due).await.unwrap();
        assert!(unconfirmed(db, next.id).await.unwrap_or_default().is_empty(), "{}", t.backend);

        // The side-by-side view: the first cycle against this one.
        let compared =
            comparison(db, &next).await.unwrap().unwrap_or_else(|| panic!("no comparison"));
        let rows =
            app::domain::recertification::changes(&edition, &compared.before, &compared.after);
        assert!(
            rows.iter().all(|r| r.kind == app::domain::recertification::ChangeKind::Unchanged),
            "{rows:?}"
        );

        // Centre of Excellence can be requested in this cycle, not in the first.
        request_excellence(db, &next, true, holder).await.unwrap();
        assert!(
            app::db::applications::find(db, next.id)
                .await
                .unwrap_or_default()
                .is_some_and(|a| a.excellence_requested)
        );
        assert!(request_excellence(db, &accredited, true, holder).await.is_err());
        // A replayed provider event opens nothing twice.
        assert!(record_payment(db, pay(1), "http://t", due).await.is_err());
        t.cleanup().await;
    }
}

#[tokio::test]
async fn the_annual_self_check_falls_due_on_each_anniversary_once() {
    use app::db::self_checks::{attest, latest};
    use app::domain::recertification::Attestation;
    for t in testing::all().await {
        let db = &t.db;
        let fees = FeeSchedule::demo();
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, t0()).await.unwrap();
        let (app, _) =
            testing::accredited_facility(db, "ar@selfcheck.example", "Self Check Unit", t0())
                .await
                .unwrap();
        let holder = app.created_by.unwrap_or_default();
        let year = plus_months(t0(), 12);
        assert_eq!(
            run_daily(db, &fees, "http://t", year - Duration::days(1)).await.unwrap().self_checks,
            0
        );
        assert_eq!(
            run_daily(db, &fees, "http://t", year).await.unwrap().self_checks,
            1,
            "{}",
            t.backend
        );
        assert_eq!(
            run_daily(db, &fees, "http://t", year + Duration::days(2)).await.unwrap().self_checks,
            0
        );
        // Not attested a month later: one reminder, not two.
        let late = run_daily(db, &fees, "http://t", year + Duration::days(31)).await.unwrap();
        assert_eq!(late.self_check_reminders, 1, "{}", t.backend);
        assert_eq!(
            run_daily(db, &fees, "http://t", year + Duration::days(32))
                .await
                .unwrap()
                .self_check_reminders,
            0
        );
        // Something no longer met needs a note.
        let no_note =
            Attestation { staff_ok: true, equipment_ok: false, volume_ok: true, note: " ".into() };
        let refused =
            attest(db, app.facility_id, &no_note, holder, year + Duration::days(33)).await;
        assert!(
            matches!(&refused, Err(app::db::DataError::Invalid(e)) if e[0].code == "self-check-error-note"),
            "{refused:?}"
        );
        let all_met = Attestation {
            staff_ok: true,
            equipment_ok: true,
            volume_ok: true,
            note: String::new(),
        };
        attest(db, app.facility_id, &all_met, holder, year + Duration::days(33)).await.unwrap();
        let check =
            latest(db, app.facility_id).await.unwrap_or_default().unwrap_or_else(|| panic!("none"));
        assert_eq!(check.due_on, year.date_naive());
        assert!(check.attested_at.is_some());
        // Nothing open any more; the next one falls due a year later.
        assert!(
            attest(db, app.facility_id, &all_met, holder, year + Duration::days(40)).await.is_err()
        );
        assert_eq!(
            run_daily(db, &fees, "http://t", plus_months(t0(), 24)).await.unwrap().self_checks,
            1
        );
        t.cleanup().await;
    }
}
