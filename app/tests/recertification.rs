//! The accreditation lifecycle job over four years, with the clock passed in (no sleeping):
//! the re-certification invoice exactly once six months before the end, expiry at the end,
//! no expiry while a re-certification submitted in time is being assessed; and the decision on a
//! re-certification: Centre of Excellence only when every core and extended item is met.
//! SQLite and (when configured) PostgreSQL.

use chrono::{DateTime, Duration, Months, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use app::accounts::GlobalRole;
use app::assessment::{Declaration, Finding, Outcome};
use app::billing::{FeeSchedule, InvoiceKind};
use app::db::entities::{application, invoice, submission};
use app::db::facilities::current_status;
use app::db::recertification::run_daily;
use app::db::testing;
use app::facilities::FacilityStatus;
use app::standards::Level;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).single().unwrap_or_default()
}

fn plus_months(at: DateTime<Utc>, months: u32) -> DateTime<Utc> {
    at.checked_add_months(Months::new(months)).unwrap_or(at)
}

async fn recertification_invoices(db: &sea_orm::DatabaseConnection, facility_id: i64) -> Vec<invoice::Model> {
    invoice::Entity::find()
        .filter(invoice::Column::FacilityId.eq(facility_id))
        .filter(invoice::Column::Kind.eq(InvoiceKind::Recertification.as_str()))
        .all(db)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn the_recertification_invoice_comes_once_six_months_before_the_end() {
    for t in testing::all().await {
        let db = &t.db;
        let fees = FeeSchedule::demo();
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, t0()).await.unwrap_or_else(|e| panic!("{e}"));
        let (app, certificate) = testing::accredited_facility(db, "ar@recert.example", "Recert Unit", t0()).await.unwrap_or_else(|e| panic!("{e}"));
        let due = plus_months(t0(), 48 - 6);
        assert_eq!(certificate.valid_until, Some(plus_months(t0(), 48).date_naive()));

        let before = run_daily(db, &fees, "http://test", due - Duration::days(1)).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(before.recertification_invoices, 0, "{}", t.backend);
        let on_the_day = run_daily(db, &fees, "http://test", due).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(on_the_day.recertification_invoices, 1, "{}", t.backend);
        // Later runs, the same day and the following weeks, issue nothing more; nor do two
        // instances at once.
        run_daily(db, &fees, "http://test", due + Duration::hours(3)).await.unwrap_or_else(|e| panic!("{e}"));
        let (a, b) = tokio::join!(run_daily(db, &fees, "http://test", due + Duration::days(7)), run_daily(db, &fees, "http://test", due + Duration::days(7)));
        assert_eq!(a.unwrap_or_default().recertification_invoices + b.unwrap_or_default().recertification_invoices, 0);
        let invoices = recertification_invoices(db, app.facility_id).await;
        assert_eq!(invoices.len(), 1, "{}", t.backend);
        assert_eq!(invoices[0].issued_on, due.date_naive());
        assert_eq!(invoices[0].net_minor, fees.recertification_fee_minor);
        // Mailed to the billing contact.
        let mails = app::db::mail::recent(db, 50).await.unwrap_or_else(|e| panic!("{e}"));
        assert!(mails.iter().any(|m| m.to_address == "ar@recert.example" && m.body_text.contains(&invoices[0].number)), "{}", t.backend);
        // Still accredited until the end.
        assert_eq!(current_status(db, app.facility_id).await.unwrap_or_else(|e| panic!("{e}")), FacilityStatus::Accredited);
        t.cleanup().await;
    }
}

#[tokio::test]
async fn an_accreditation_not_renewed_expires_at_its_end() {
    for t in testing::all().await {
        let db = &t.db;
        let fees = FeeSchedule::demo();
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, t0()).await.unwrap_or_else(|e| panic!("{e}"));
        let (app, _) = testing::accredited_facility(db, "ar@expiry.example", "Expiry Unit", t0()).await.unwrap_or_else(|e| panic!("{e}"));
        let end = plus_months(t0(), 48);
        let last_day = run_daily(db, &fees, "http://test", end).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(last_day.expired, 0, "{}", t.backend);
        assert_eq!(current_status(db, app.facility_id).await.unwrap_or_else(|e| panic!("{e}")), FacilityStatus::Accredited);
        let after = run_daily(db, &fees, "http://test", end + Duration::days(1)).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(after.expired, 1, "{}", t.backend);
        assert_eq!(current_status(db, app.facility_id).await.unwrap_or_else(|e| panic!("{e}")), FacilityStatus::Expired);
        let again = run_daily(db, &fees, "http://test", end + Duration::days(2)).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(again, app::db::recertification::LifecycleReport::default(), "{}", t.backend);
        t.cleanup().await;
    }
}

/// The next cycle of an accredited facility, opened 30 days before `submitted`.
async fn next_cycle(db: &sea_orm::DatabaseConnection, accredited: &application::Model, submitted: DateTime<Utc>) -> application::Model {
    application::ActiveModel {
        facility_id: Set(accredited.facility_id),
        cycle: Set(accredited.cycle + 1),
        edition_id: Set(accredited.edition_id.clone()),
        status: Set("draft".to_owned()),
        created_at: Set(submitted - Duration::days(30)),
        created_by: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap_or_else(|e| panic!("{e}"))
}

/// Marks `next` submitted at `submitted` (frozen snapshot row) with `status`.
async fn mark_submitted(db: &sea_orm::DatabaseConnection, next: &application::Model, by: i64, submitted: DateTime<Utc>, status: &str) {
    let mut model: application::ActiveModel = next.clone().into();
    model.status = Set(status.to_owned());
    model.update(db).await.unwrap_or_else(|e| panic!("{e}"));
    submission::ActiveModel { application_id: Set(next.id), submitted_by: Set(by), submitted_at: Set(submitted), content_hash: Set("0".repeat(64)), snapshot: Set("{}".into()), ..Default::default() }
        .insert(db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
}

/// A re-certification (the next cycle) submitted at `submitted`, now under assessment.
async fn recertification_under_assessment(db: &sea_orm::DatabaseConnection, accredited: &application::Model, submitted: DateTime<Utc>) {
    let next = next_cycle(db, accredited, submitted).await;
    mark_submitted(db, &next, accredited.created_by.unwrap_or_default(), submitted, "under_assessment").await;
}

#[tokio::test]
async fn a_timely_recertification_under_assessment_keeps_the_accreditation() {
    for t in testing::all().await {
        let db = &t.db;
        let fees = FeeSchedule::demo();
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, t0()).await.unwrap_or_else(|e| panic!("{e}"));
        let end = plus_months(t0(), 48);
        let (timely, _) = testing::accredited_facility(db, "ar@timely.example", "Timely Unit", t0()).await.unwrap_or_else(|e| panic!("{e}"));
        recertification_under_assessment(db, &timely, end - Duration::days(20)).await;
        let (late, _) = testing::accredited_facility(db, "ar@late.example", "Late Unit", t0()).await.unwrap_or_else(|e| panic!("{e}"));
        recertification_under_assessment(db, &late, end + Duration::days(1)).await;

        let report = run_daily(db, &fees, "http://test", end + Duration::days(40)).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(report.expired, 1, "{}", t.backend);
        assert_eq!(current_status(db, timely.facility_id).await.unwrap_or_else(|e| panic!("{e}")), FacilityStatus::Accredited, "{}", t.backend);
        assert_eq!(current_status(db, late.facility_id).await.unwrap_or_else(|e| panic!("{e}")), FacilityStatus::Expired, "{}", t.backend);
        // The public verification says so, and the directory still lists the timely one.
        let day = (end + Duration::days(40)).date_naive();
        let state = |code: String| async move { app::db::assessment::verify(db, &code, day).await.ok().flatten().map(|v| v.state).unwrap_or_default() };
        assert_eq!(state(format!("TEST{}", timely.id)).await, "recertification", "{}", t.backend);
        assert_eq!(state(format!("TEST{}", late.id)).await, "expired", "{}", t.backend);
        let listed: Vec<String> = app::db::assessment::directory(db, day).await.unwrap_or_default().into_iter().map(|e| e.facility).collect();
        assert_eq!(listed, vec!["Timely Unit".to_owned()], "{}", t.backend);
        t.cleanup().await;
    }
}

/// A re-certification cycle of an accredited facility, submitted with a complete case review,
/// with one assessor who declared no conflict and recorded `finding_of` for every item.
async fn assessed_recertification(db: &sea_orm::DatabaseConnection, email: &str, name: &str, finding_of: impl Fn(&app::standards::Item) -> Finding) -> (application::Model, i64) {
    use app::db::{accounts, applications, assessment, case_review};
    let (accredited, _) = testing::accredited_facility(db, email, name, t0()).await.unwrap_or_else(|e| panic!("{e}"));
    let submitted = plus_months(t0(), 45);
    let next = next_cycle(db, &accredited, submitted).await;
    let holder = accredited.created_by.unwrap_or_default();
    let refs: String = (1..=30).map(|i| format!("IO-{i:03}\n")).collect();
    let draw = case_review::draw(db, &next, &refs, "", holder, submitted).await.unwrap_or_else(|e| panic!("{e}"));
    for case in serde_json::from_str::<Vec<String>>(&draw.cases).unwrap_or_default() {
        case_review::save_case(db, &next, draw.id, &case, &testing::complete_case_form(submitted.date_naive()), holder, submitted).await.unwrap_or_else(|e| panic!("{e}"));
    }
    mark_submitted(db, &next, holder, submitted, "submitted").await;
    let person = |email: &str, role: GlobalRole| {
        let new = accounts::NewUser { email: email.into(), display_name: email.into(), password: "a password for tests".into(), language: "en".into() };
        async move {
            let u = accounts::create_user(db, new, "test").await.unwrap_or_else(|e| panic!("{e}"));
            accounts::grant_role(db, u.id, role, "test").await.unwrap_or_else(|e| panic!("{e}"));
            u.id
        }
    };
    let admin = person(&format!("admin.{email}"), GlobalRole::Administrator).await;
    let assessor = person(&format!("assessor.{email}"), GlobalRole::Assessor).await;
    let assignment = assessment::assign(db, next.id, assessor, admin, "http://t", submitted).await.unwrap_or_else(|e| panic!("{e}"));
    assessment::declare(db, assignment.id, assessor, &Declaration::default(), "http://t", submitted).await.unwrap_or_else(|e| panic!("{e}"));
    let edition = applications::edition_of(db, &next).await.unwrap_or_else(|e| panic!("{e}"));
    for (_, standard, item) in edition.items() {
        let key = app::standards::item_key(standard, &item.letter);
        assessment::record_finding(db, next.id, assessor, &key, finding_of(item), "", submitted).await.unwrap_or_else(|e| panic!("{key}: {e}"));
    }
    (next, admin)
}

#[tokio::test]
async fn centre_of_excellence_only_when_every_core_and_extended_item_is_met() {
    use app::db::assessment::{certificate_of, decide, NewDecision};
    for t in testing::all().await {
        let db = &t.db;
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, t0()).await.unwrap_or_else(|e| panic!("{e}"));
        let decided = plus_months(t0(), 46);
        let accredited = NewDecision { outcome: Outcome::Accredited, items: Vec::new(), comment: String::new() };

        let (all_met, admin) = assessed_recertification(db, "ar@excellent.example", "Excellent Unit", |_| Finding::Met).await;
        decide(db, all_met.id, admin, &accredited, "http://t", decided).await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(current_status(db, all_met.facility_id).await.unwrap_or_else(|e| panic!("{e}")), FacilityStatus::CentreOfExcellence, "{}", t.backend);
        let seal = certificate_of(db, all_met.facility_id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|| panic!("no certificate"));
        assert_eq!(seal.status, FacilityStatus::CentreOfExcellence.as_str());

        // One extended item partially met: Accredited again, for another four years.
        let (gap, admin) = assessed_recertification(db, "ar@gap.example", "Gap Unit", |item| {
            if item.level == Level::Extended && item.letter == "a" { Finding::PartiallyMet } else { Finding::Met }
        })
        .await;
        decide(db, gap.id, admin, &accredited, "http://t", decided).await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(current_status(db, gap.facility_id).await.unwrap_or_else(|e| panic!("{e}")), FacilityStatus::Accredited, "{}", t.backend);
        let renewed = certificate_of(db, gap.facility_id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|| panic!("no certificate"));
        assert_eq!(renewed.status, FacilityStatus::Accredited.as_str());
        assert_eq!(renewed.valid_until, Some(plus_months(decided, 48).date_naive()));

        // Extended items never make up for a core gap.
        let (core_gap, admin) = assessed_recertification(db, "ar@coregap.example", "Core Gap Unit", |item| {
            if item.level == Level::Core && item.letter == "a" { Finding::NotMet } else { Finding::Met }
        })
        .await;
        assert!(decide(db, core_gap.id, admin, &accredited, "http://t", decided).await.is_err(), "{}", t.backend);
        t.cleanup().await;
    }
}

#[tokio::test]
async fn withdrawal_needs_a_reason_and_withdraws_the_certificate() {
    use app::db::facilities::withdraw;
    for t in testing::all().await {
        let db = &t.db;
        app::db::editions::import(db, app::db::editions::DEMO_EDITION, None, t0()).await.unwrap_or_else(|e| panic!("{e}"));
        let (app, certificate) = testing::accredited_facility(db, "ar@withdrawn.example", "Withdrawn Unit", t0()).await.unwrap_or_else(|e| panic!("{e}"));
        let later = t0() + Duration::days(100);
        let refused = withdraw(db, app.facility_id, "user:1", "   ", later).await;
        assert!(matches!(&refused, Err(app::db::DataError::Invalid(f)) if f[0].code == "withdraw-error-reason"), "{refused:?}");
        assert_eq!(current_status(db, app.facility_id).await.unwrap_or_else(|e| panic!("{e}")), FacilityStatus::Accredited);

        withdraw(db, app.facility_id, "user:1", "The service closes.", later).await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(current_status(db, app.facility_id).await.unwrap_or_else(|e| panic!("{e}")), FacilityStatus::Withdrawn);
        let view = app::db::assessment::verify(db, &certificate.code, later.date_naive()).await.ok().flatten().unwrap_or_else(|| panic!("no certificate"));
        assert_eq!(view.state, "withdrawn", "{}", t.backend);
        assert!(app::db::assessment::directory(db, later.date_naive()).await.unwrap_or_default().is_empty());
        let dashboard = app::db::facilities::dashboard(db, app.facility_id, true).await.unwrap_or_else(|e| panic!("{e}"));
        assert!(dashboard.history.iter().any(|h| h.status == FacilityStatus::Withdrawn && h.reason == "The service closes."), "{:?}", dashboard.history);
        // Withdrawn is final here: a second withdrawal is refused, and the lifecycle job leaves it.
        assert!(withdraw(db, app.facility_id, "user:1", "again", later).await.is_err());
        let report = run_daily(db, &FeeSchedule::demo(), "http://test", plus_months(t0(), 48) + Duration::days(1)).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(report, app::db::recertification::LifecycleReport::default());
        t.cleanup().await;
    }
}
