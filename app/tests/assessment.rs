//! Service tests of assessment, on SQLite and (when configured) PostgreSQL: assignment with
//! conflict-of-interest declarations, queries that pause the clock and reopen one item,
//! `accredited` refused while a core item is not met, amendments and re-submission, the
//! certificate and the directory.

#![expect(
    clippy::unwrap_used,
    reason = "a test stops at its first failure, and the panic shows the error"
)]
#![cfg(feature = "testing")]

use app::db::accounts::{self, NewUser};
use app::db::applications::{self, Save, SaveOutcome};
use app::db::entities::{application, query_message};
use app::db::{DataError, assessment, editions, evidence, submissions, testing};
use app::domain::accounts::GlobalRole;
use app::domain::assessment::{
    AssignmentStatus, CertificateState, Declaration, Finding, Outcome, clock_running,
};
use app::domain::facilities::FacilityStatus;
use app::domain::ids::{ApplicationId, FacilityId, UserId};
use app::domain::standards::{AnswerValue, ApplicationStatus, Level, item_key};
use chrono::Utc;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

fn code<T: std::fmt::Debug>(result: &Result<T, DataError>) -> String {
    match result {
        Err(DataError::Invalid(f)) => f[0].code.clone(),
        other => format!("{other:?}"),
    }
}

async fn person(db: &DatabaseConnection, email: &str, role: Option<GlobalRole>) -> UserId {
    let u = accounts::create_user(
        db,
        NewUser {
            email: email.into(),
            display_name: email.into(),
            password: "a password for tests".into(),
            language: "en".into(),
        },
        "test",
    )
    .await
    .unwrap();
    if let Some(role) = role {
        accounts::grant_role(db, u.id, role, "test").await.unwrap();
    }
    u.id
}

async fn status(db: &DatabaseConnection, id: ApplicationId) -> Option<ApplicationStatus> {
    application::Entity::find_by_id(id).one(db).await.ok().flatten().map(|a| a.status)
}

fn decision(outcome: Outcome, items: &[String], comment: &str) -> assessment::NewDecision {
    assessment::NewDecision {
        outcome,
        items: items.to_vec(),
        reasons: String::new(),
        comment: comment.into(),
        reapply_wait_days: 90,
    }
}

fn save(app: ApplicationId, item: &str, base: i64, key: &str) -> Save {
    Save {
        application_id: app,
        item_key: item.into(),
        value: AnswerValue::YesNo { yes: true, explanation: "amended".into() },
        base_revision: base,
        idempotency_key: key.into(),
    }
}

/// A submitted application: every item answered as met, the required evidence linked, the
/// case review complete.
async fn submitted(db: &DatabaseConnection) -> (application::Model, UserId) {
    let (app, holder) = ready_to_submit(db).await;
    submissions::submit(db, app.id, holder, "http://t", Utc::now()).await.unwrap();
    (app, holder)
}

/// A draft the submission gate lets through.
async fn ready_to_submit(db: &DatabaseConnection) -> (application::Model, UserId) {
    ready_to_submit_as(db, "ar@assessed.example", "Assessed Unit").await
}

/// `ready_to_submit` for a facility of this name, registered by this address.
async fn ready_to_submit_as(
    db: &DatabaseConnection,
    email: &str,
    facility: &str,
) -> (application::Model, UserId) {
    editions::import(db, editions::DEMO_EDITION, None, Utc::now()).await.unwrap();
    let (app, holder) = testing::enrolled_application(db, email, facility).await.unwrap();
    testing::make_ready_to_submit(db, &app, holder.id).await.unwrap();
    (app, holder.id)
}

fn evidence_file(facility_id: FacilityId, content: &str) -> evidence::NewFile {
    let sha256 = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(content.as_bytes()));
    evidence::NewFile {
        facility_id,
        storage_key: evidence::storage_key(facility_id, &sha256),
        sha256,
        size_bytes: i64::try_from(content.len()).unwrap(),
        content_type: "text/plain".into(),
        name: "sop.txt".into(),
    }
}

#[tokio::test]
async fn assessors_read_the_evidence_of_their_assignment_until_the_decision() {
    for t in testing::all().await {
        let db = &t.db;
        let (app, holder) = ready_to_submit(db).await;
        let now = Utc::now();
        let (linked, _) =
            evidence::add_file(db, evidence_file(app.facility_id, "signed protocol"), holder, now)
                .await
                .unwrap();
        let (library_only, _) =
            evidence::add_file(db, evidence_file(app.facility_id, "staff rota"), holder, now)
                .await
                .unwrap();
        evidence::link(db, &app, "1a", linked.id, holder, now).await.unwrap();
        let expiry = chrono::NaiveDate::from_ymd_opt(2031, 1, 31).unwrap_or_default();
        evidence::set_expiry(db, app.facility_id, linked.id, Some(expiry), holder).await.unwrap();
        submissions::submit(db, app.id, holder, "http://t", now)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));

        // The submission froze the expiry date: recorded in the snapshot, no longer changeable.
        let frozen = app::db::entities::submission::Entity::find()
            .filter(app::db::entities::submission::Column::ApplicationId.eq(app.id))
            .one(db)
            .await
            .ok()
            .flatten();
        let snapshot: submissions::Snapshot =
            serde_json::from_str(&frozen.unwrap_or_else(|| panic!("no submission")).snapshot)
                .unwrap();
        assert_eq!(snapshot.evidence_expiry.get(&linked.sha256), Some(&expiry));
        assert_eq!(
            code(&evidence::set_expiry(db, app.facility_id, linked.id, None, holder).await),
            "evidence-error-expiry-frozen"
        );

        let admin = person(db, "admin@office.example", Some(GlobalRole::Administrator)).await;
        let assessor = person(db, "assessor@office.example", Some(GlobalRole::Assessor)).await;
        let other = person(db, "other@office.example", Some(GlobalRole::Assessor)).await;
        let assignment =
            assessment::assign(db, app.id, assessor, admin, "http://t", now).await.unwrap();
        assert!(
            !evidence::assessor_may_read(db, linked.id, assessor).await.unwrap_or(true),
            "not before the declaration"
        );
        assessment::declare(db, assignment.id, assessor, &Declaration::default(), "http://t", now)
            .await
            .unwrap();
        assert!(
            evidence::assessor_may_read(db, linked.id, assessor).await.unwrap_or(false),
            "{}: the linked file",
            t.backend
        );
        assert!(
            !evidence::assessor_may_read(db, library_only.id, assessor).await.unwrap_or(true),
            "not the facility's whole library"
        );
        // An assessor of another application, declared and active there, is refused here.
        let (elsewhere, elsewhere_holder) =
            ready_to_submit_as(db, "ar@elsewhere.example", "Elsewhere Unit").await;
        submissions::submit(db, elsewhere.id, elsewhere_holder, "http://t", now).await.unwrap();
        let theirs =
            assessment::assign(db, elsewhere.id, other, admin, "http://t", now).await.unwrap();
        assessment::declare(db, theirs.id, other, &Declaration::default(), "http://t", now)
            .await
            .unwrap();
        assert!(
            app::db::assignments::is_active_assessor(db, elsewhere.id, other)
                .await
                .unwrap_or(false)
        );
        assert!(
            !evidence::assessor_may_read(db, linked.id, other).await.unwrap_or(true),
            "{}: not an assessor of another application",
            t.backend
        );

        // A file attached to a reply in a query of this application is readable too.
        let q = assessment::open_query(
            db,
            app.id,
            assessor,
            "1a",
            "The rota, please.",
            "http://t",
            now,
        )
        .await
        .unwrap();
        assessment::reply(db, q.id, holder, "Attached.", Some(library_only.id), None, now)
            .await
            .unwrap();
        assert!(evidence::assessor_may_read(db, library_only.id, assessor).await.unwrap_or(false));

        // A reply from a browser's offline queue, sent again because its answer was lost, is
        // stored once, even when the query was closed in between.
        let messages = || async {
            query_message::Entity::find()
                .filter(query_message::Column::QueryId.eq(q.id))
                .count(db)
                .await
                .unwrap()
        };
        for (body, key) in [("Sent twice.", "k-1"), ("Sent twice.", "k-1"), ("Another.", "k-2")] {
            assessment::reply(db, q.id, holder, body, None, Some(key), now)
                .await
                .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        }
        assert_eq!(messages().await, 4, "{}: question, attachment and two replies", t.backend);
        assessment::close_query(db, q.id, assessor, now).await.unwrap();
        assessment::reply(db, q.id, holder, "Sent twice.", None, Some("k-1"), now)
            .await
            .unwrap_or_else(|e| panic!("{}: a resend after closing: {e}", t.backend));
        let late = assessment::reply(db, q.id, holder, "Too late.", None, Some("k-3"), now).await;
        assert_eq!(code(&late), "assessment-error-query-closed", "{}", t.backend);
        assert_eq!(messages().await, 4, "{}", t.backend);

        // The decision ends the access.
        assessment::decide(
            db,
            app.id,
            admin,
            &decision(Outcome::AmendmentsRequired, &["1a".to_owned()], "Please amend."),
            "http://t",
            now,
        )
        .await
        .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert!(
            !evidence::assessor_may_read(db, linked.id, assessor).await.unwrap_or(true),
            "not after the decision"
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn assessment_from_assignment_to_certificate() {
    for t in testing::all().await {
        let db = &t.db;
        let (app, holder) = submitted(db).await;
        let admin = person(db, "admin@office.example", Some(GlobalRole::Administrator)).await;
        let assessor = person(db, "assessor@office.example", Some(GlobalRole::Assessor)).await;
        let conflicted = person(db, "conflicted@office.example", Some(GlobalRole::Assessor)).await;
        let nobody = person(db, "nobody@office.example", None).await;
        let now = Utc::now();
        assert_eq!(
            code(&assessment::assign(db, app.id, nobody, admin, "http://t", now).await),
            "assessment-error-not-assessor"
        );

        // Assignment and declarations: a conflict blocks, none starts the assessment.
        let a1 = assessment::assign(db, app.id, assessor, admin, "http://t", now)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(
            code(&assessment::assign(db, app.id, assessor, admin, "http://t", now).await),
            "assessment-error-already-assigned"
        );
        let a2 = assessment::assign(db, app.id, conflicted, admin, "http://t", now).await.unwrap();
        assert!(
            !app::db::assignments::is_active_assessor(db, app.id, assessor).await.unwrap_or(true),
            "no access before the declaration"
        );
        let blocked = assessment::declare(
            db,
            a2.id,
            conflicted,
            &Declaration { same_country: true, ..Default::default() },
            "http://t",
            now,
        )
        .await
        .unwrap();
        assert_eq!(blocked.status, AssignmentStatus::Conflict);
        assert!(
            !app::db::assignments::is_active_assessor(db, app.id, conflicted).await.unwrap_or(true)
        );
        assert!(matches!(
            assessment::declare(db, a1.id, conflicted, &Declaration::default(), "http://t", now)
                .await,
            Err(DataError::Forbidden)
        ));
        assessment::declare(db, a1.id, assessor, &Declaration::default(), "http://t", now)
            .await
            .unwrap();
        assert!(
            app::db::assignments::is_active_assessor(db, app.id, assessor).await.unwrap_or(false)
        );
        assert_eq!(status(db, app.id).await, Some(ApplicationStatus::UnderAssessment));

        // Findings: every core item met but 6b partially met: `accredited` is refused.
        let edition = applications::edition_of(db, &app).await.unwrap();
        for (_, standard, item) in edition.items().filter(|(_, _, i)| i.level == Level::Core) {
            let key = item_key(standard, &item.letter);
            let f = if key == "6b" { Finding::PartiallyMet } else { Finding::Met };
            assessment::record_finding(db, app.id, assessor, &key, f, "", now).await.unwrap();
        }
        assert_eq!(
            code(
                &assessment::decide(
                    db,
                    app.id,
                    admin,
                    &decision(Outcome::Accredited, &[], ""),
                    "http://t",
                    now
                )
                .await
            ),
            "assessment-error-core-not-met"
        );

        // A query on 6b pauses the clock; only 6b may change; a decision waits for it.
        assessment::open_query(
            db,
            app.id,
            assessor,
            "6b",
            "Please upload the signed protocol.",
            "http://t",
            now,
        )
        .await
        .unwrap();
        assert_eq!(status(db, app.id).await, Some(ApplicationStatus::EvidenceRequested));
        assert!(!clock_running(&app::db::clock::clock_of(db, app.id).await.unwrap_or_default()));
        assert_eq!(
            code(
                &assessment::decide(
                    db,
                    app.id,
                    admin,
                    &decision(Outcome::AmendmentsRequired, &["6b".into()], ""),
                    "http://t",
                    now
                )
                .await
            ),
            "assessment-error-open-queries"
        );
        let revision = applications::answers_of(db, app.id)
            .await
            .unwrap_or_default()
            .into_iter()
            .find(|(k, _, _)| k == "6b")
            .map_or(0, |(_, _, r)| r);
        let amended = applications::save_answer(
            db,
            &save(app.id, "6b", revision, "query-amend-6b"),
            holder,
            now,
        )
        .await
        .unwrap();
        assert!(matches!(amended, SaveOutcome::Saved { .. }));
        assert_eq!(
            code(
                &applications::save_answer(
                    db,
                    &save(app.id, "6a", 1, "query-amend-6a"),
                    holder,
                    now
                )
                .await
            ),
            "application-error-not-draft"
        );
        let queries = assessment::queries_of(db, app.id).await.unwrap_or_default();
        assessment::reply(db, queries[0].id, holder, "Uploaded and amended.", None, None, now)
            .await
            .unwrap();
        assessment::close_query(db, queries[0].id, assessor, now).await.unwrap();
        assert_eq!(status(db, app.id).await, Some(ApplicationStatus::UnderAssessment));
        assert!(clock_running(&app::db::clock::clock_of(db, app.id).await.unwrap_or_default()));
        assert_eq!(
            assessment::queries_of(db, app.id).await.unwrap_or_default()[0].messages.len(),
            2
        );

        // Amendments on 6b only; the re-submission goes back to the same assessor.
        assessment::decide(
            db,
            app.id,
            admin,
            &decision(Outcome::AmendmentsRequired, &["6b".into()], "Name the protocol's owner."),
            "http://t",
            now,
        )
        .await
        .unwrap();
        assert_eq!(status(db, app.id).await, Some(ApplicationStatus::AmendmentsRequired));
        let revision = applications::answers_of(db, app.id)
            .await
            .unwrap_or_default()
            .into_iter()
            .find(|(k, _, _)| k == "6b")
            .map_or(0, |(_, _, r)| r);
        assert!(matches!(
            applications::save_answer(
                db,
                &save(app.id, "6b", revision, "amend-6b-again"),
                holder,
                now
            )
            .await,
            Ok(SaveOutcome::Saved { .. })
        ));
        assert_eq!(
            code(
                &applications::save_answer(
                    db,
                    &save(app.id, "6a", 1, "amend-6a-refused"),
                    holder,
                    now
                )
                .await
            ),
            "application-error-not-draft"
        );
        submissions::submit(db, app.id, holder, "http://t", now).await.unwrap();
        assert_eq!(status(db, app.id).await, Some(ApplicationStatus::UnderAssessment));
        assert!(
            app::db::assignments::is_active_assessor(db, app.id, assessor).await.unwrap_or(false)
        );

        // 6b met now: accredited for 4 years, with a certificate the public can verify.
        assessment::record_finding(
            db,
            app.id,
            assessor,
            "6b",
            Finding::Met,
            "protocol signed",
            now,
        )
        .await
        .unwrap();
        let decided = assessment::decide(
            db,
            app.id,
            admin,
            &decision(Outcome::Accredited, &[], ""),
            "http://t",
            now,
        )
        .await
        .unwrap();
        assert_eq!(
            decided.valid_until,
            Some(app::domain::assessment::valid_until(now.date_naive()))
        );
        assert_eq!(status(db, app.id).await, Some(ApplicationStatus::Accredited));
        assert_eq!(
            app::db::status_history::current_status(db, app.facility_id).await.ok(),
            Some(FacilityStatus::Accredited)
        );
        let cert = app::db::certificates::certificate_of(db, app.facility_id)
            .await
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no certificate"));
        let shown = app::db::certificates::verify(db, &cert.code, now.date_naive())
            .await
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("not verifiable"));
        assert_eq!(
            (shown.state, shown.facility.as_str()),
            (CertificateState::Valid, "Assessed Unit")
        );
        let later =
            app::domain::assessment::valid_until(now.date_naive()) + chrono::Duration::days(1);
        assert_eq!(
            app::db::certificates::verify(db, &cert.code, later)
                .await
                .ok()
                .flatten()
                .map(|v| v.state),
            Some(CertificateState::Expired)
        );
        assert!(
            app::db::certificates::verify(db, "NOSUCHCODE", now.date_naive())
                .await
                .ok()
                .flatten()
                .is_none()
        );

        // The directory: the accredited centre, and an enrolled one only once it opts in.
        let (other, other_holder) =
            testing::enrolled_application(db, "other@enrolled.example", "Enrolled Unit")
                .await
                .unwrap();
        let names = |d: Vec<app::domain::assessment::DirectoryEntry>| {
            d.into_iter().map(|e| e.facility).collect::<Vec<_>>()
        };
        assert_eq!(
            names(app::db::certificates::directory(db, now.date_naive()).await.unwrap_or_default()),
            ["Assessed Unit"]
        );
        app::db::certificates::set_directory_opt_in(db, other.facility_id, true, other_holder.id)
            .await
            .unwrap();
        assert_eq!(
            names(app::db::certificates::directory(db, now.date_naive()).await.unwrap_or_default()),
            ["Assessed Unit", "Enrolled Unit"]
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn not_accredited_keeps_the_facility_enrolled_until_a_new_application_after_the_wait() {
    for t in testing::all().await {
        let db = &t.db;
        let (app, holder) = submitted(db).await;
        let admin = person(db, "admin@office.example", Some(GlobalRole::Administrator)).await;
        let assessor = person(db, "assessor@office.example", Some(GlobalRole::Assessor)).await;
        let now = Utc::now();
        let a = assessment::assign(db, app.id, assessor, admin, "http://t", now).await.unwrap();
        assessment::declare(db, a.id, assessor, &Declaration::default(), "http://t", now)
            .await
            .unwrap();
        let declined = |reasons: &str| assessment::NewDecision {
            outcome: Outcome::NotAccredited,
            items: Vec::new(),
            reasons: reasons.into(),
            comment: "Apply again once the tumour board meets weekly.".into(),
            reapply_wait_days: 90,
        };
        for (reasons, expected) in [
            ("", "decision-error-no-reasons"),
            ("3b no colon", "decision-error-reasons"),
            ("99z: no such item", "decision-error-reasons"),
        ] {
            let refused =
                assessment::decide(db, app.id, admin, &declined(reasons), "http://t", now).await;
            assert_eq!(code(&refused), expected, "{}: {reasons:?}", t.backend);
        }
        assert_eq!(status(db, app.id).await, Some(ApplicationStatus::UnderAssessment));

        let decided = assessment::decide(
            db,
            app.id,
            admin,
            &declined("3B: the tumour board meets monthly\n1a: no named lead"),
            "http://t",
            now,
        )
        .await
        .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let reopen_day = now.date_naive() + chrono::Days::new(90);
        assert_eq!(decided.reapply_from, Some(reopen_day));
        assert_eq!(status(db, app.id).await, Some(ApplicationStatus::NotAccredited));
        assert_eq!(
            app::db::status_history::current_status(db, app.facility_id).await.ok(),
            Some(FacilityStatus::Enrolled),
            "{}: the facility stays an Enrolled Centre",
            t.backend
        );
        assert!(
            app::db::certificates::certificate_of(db, app.facility_id).await.unwrap().is_none()
        );
        let letter = app::db::read::application::decision_view(db, &app).await.unwrap().unwrap();
        assert_eq!(letter.letter_key(), "decision-letter-not-accredited");
        assert_eq!(
            letter.reasons,
            vec![
                ("1a".to_owned(), "no named lead".to_owned()),
                ("3b".to_owned(), "the tumour board meets monthly".to_owned()),
            ],
            "{}: in item order",
            t.backend
        );
        assert_eq!(letter.reapply_from, Some(reopen_day));

        // Opening the application finds the declined one; a new one waits for the day.
        assert_eq!(applications::open(db, app.facility_id, holder, now).await.unwrap().id, app.id);
        let early = app::db::reapplication::open_new(
            db,
            app.facility_id,
            holder,
            now + chrono::Duration::days(89),
        )
        .await;
        assert_eq!(code(&early), "application-error-waiting-period", "{}", t.backend);
        let day = now + chrono::Duration::days(90);
        let fresh =
            app::db::reapplication::open_new(db, app.facility_id, holder, day).await.unwrap();
        assert_ne!(fresh.id, app.id);
        assert_eq!(fresh.status, ApplicationStatus::Draft);
        assert!(fresh.carried_from.is_none(), "a new first application, not a re-certification");
        assert!(applications::answers_of(db, fresh.id).await.unwrap().is_empty());
        // A colleague's second click finds it; opening the application now opens this one.
        let again =
            app::db::reapplication::open_new(db, app.facility_id, holder, day).await.unwrap();
        assert_eq!(again.id, fresh.id);
        assert_eq!(
            applications::open(db, app.facility_id, holder, day).await.unwrap().id,
            fresh.id
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn the_submitted_snapshot_reads_back_with_a_fingerprint_that_verifies() {
    use app::db::entities::submission;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    for t in testing::all().await {
        let db = &t.db;
        let (app, _) = submitted(db).await;
        let view = app::db::read::application::snapshot_view(db, &app).await.unwrap().unwrap();
        assert!(view.verified, "{}", t.backend);
        assert_eq!(view.items.len(), 55);
        assert!(
            view.items.iter().all(|i| i.answer.is_some()),
            "{}: every item answered",
            t.backend
        );
        let with_files = view.items.iter().find(|i| !i.files.is_empty()).unwrap();
        assert!(with_files.files[0].size_bytes.is_some_and(|s| s > 0));
        assert_eq!(with_files.files[0].sha256.len(), 64);
        assert_eq!(view.cases, 30);
        let receipt = submissions::latest(db, app.id).await.unwrap().unwrap();
        assert_eq!(view.content_hash, receipt.content_hash);

        // A stored snapshot changed behind the application's back no longer verifies.
        let row = submission::Entity::find().one(db).await.unwrap().unwrap();
        let tampered = row.snapshot.replacen("\"yes\":true", "\"yes\":false", 1);
        assert_ne!(tampered, row.snapshot);
        let mut changed: submission::ActiveModel = row.into();
        changed.snapshot = Set(tampered);
        changed.update(db).await.unwrap();
        let view = app::db::read::application::snapshot_view(db, &app).await.unwrap().unwrap();
        assert!(!view.verified, "{}", t.backend);
        t.cleanup().await;
    }
}
