//! Service tests of the internal case review and of submission, on SQLite and (when
//! configured) PostgreSQL: seeded logged draws, re-draws only with a reason, readiness
//! re-checked by the server, a frozen snapshot whose hash matches its content, no change
//! after submission.

#![expect(
    clippy::unwrap_used,
    reason = "a test stops at its first failure, and the panic shows the error"
)]
#![cfg(feature = "testing")]

use app::db::applications::{self, Save, SaveOutcome};
use app::db::entities::{application, audit_log, outbox, submission};
use app::db::submissions::Snapshot;
use app::db::{DataError, case_review, editions, evidence, submissions, testing};
use app::domain::case_review::CASES_DRAWN;
use app::domain::standards::{AnswerSpec, AnswerValue, ApplicationStatus, Level, item_key};
use chrono::Utc;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};

fn code(result: &Result<impl std::fmt::Debug, DataError>) -> String {
    match result {
        Err(DataError::Invalid(f)) => f[0].code.clone(),
        other => format!("{other:?}"),
    }
}

/// An enrolled facility's open application; returns (application, holder id).
async fn open_application(
    db: &DatabaseConnection,
) -> (application::Model, app::domain::ids::UserId) {
    editions::import(db, editions::DEMO_EDITION, None, Utc::now()).await.unwrap();
    let (app, holder) =
        testing::enrolled_application(db, "ar@general.example", "IO Unit").await.unwrap();
    (app, holder.id)
}

fn references(n: usize) -> String {
    (1..=n).map(|i| format!("IO-{i:04}\n")).collect()
}

#[tokio::test]
async fn the_case_review_draws_thirty_logged_and_redraws_only_with_a_reason() {
    for t in testing::all().await {
        let db = &t.db;
        let (app, holder) = open_application(db).await;
        assert_eq!(
            code(&case_review::draw(db, &app, &references(29), "", holder, Utc::now()).await),
            "case-review-error-too-few"
        );
        assert_eq!(
            code(&case_review::draw(db, &app, "IO-1\nMr Smith\n", "", holder, Utc::now()).await),
            "case-review-error-reference-identifier"
        );
        let first = case_review::draw(db, &app, &references(200), "", holder, Utc::now())
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let cases: Vec<String> = serde_json::from_str(&first.cases).unwrap_or_default();
        assert_eq!(cases.len(), CASES_DRAWN);
        // The stored seed repeats the draw.
        let pool: Vec<String> = serde_json::from_str(&first.pool).unwrap_or_default();
        assert_eq!(
            app::domain::case_review::draw(&pool, first.seed.parse().unwrap_or_default()),
            cases
        );
        assert_eq!(
            code(&case_review::draw(db, &app, &references(200), "  ", holder, Utc::now()).await),
            "case-review-error-reason-required"
        );
        let second = case_review::draw(
            db,
            &app,
            &references(200),
            "Two references were typed twice",
            holder,
            Utc::now(),
        )
        .await
        .unwrap();
        assert_eq!(
            (second.draw_number, second.reason.as_deref()),
            (2, Some("Two references were typed twice"))
        );
        let logged = audit_log::Entity::find()
            .filter(audit_log::Column::Action.eq("case_review.drawn"))
            .all(db)
            .await
            .unwrap_or_default();
        assert_eq!(logged.len(), 2);
        // Forms only for cases of the current draw.
        let today = Utc::now().date_naive();
        let drawn: Vec<String> = serde_json::from_str(&second.cases).unwrap_or_default();
        let not_drawn = (1..=200)
            .map(|i| format!("IO-{i:04}"))
            .find(|r| !drawn.contains(r))
            .unwrap_or_default();
        let form = testing::complete_case_form(today);
        assert_eq!(
            code(
                &case_review::save_case(db, &app, second.id, &not_drawn, &form, holder, Utc::now())
                    .await
            ),
            "case-review-error-not-drawn"
        );
        assert_eq!(
            code(
                &case_review::save_case(db, &app, first.id, &drawn[0], &form, holder, Utc::now())
                    .await
            ),
            "case-review-error-stale-draw"
        );
        for (i, case) in drawn.iter().enumerate() {
            assert!(
                !case_review::is_complete(db, app.id, today).await.unwrap_or(true),
                "complete after {i} forms"
            );
            case_review::save_case(db, &app, second.id, case, &form, holder, Utc::now())
                .await
                .unwrap();
        }
        assert!(case_review::is_complete(db, app.id, today).await.unwrap_or(false));
        // A flagged note makes it incomplete again.
        let flagged = app::domain::case_review::CaseForm {
            notes: "Mrs Jones, born 03.04.1950".into(),
            ..form
        };
        case_review::save_case(db, &app, second.id, &drawn[3], &flagged, holder, Utc::now())
            .await
            .unwrap();
        assert!(!case_review::is_complete(db, app.id, today).await.unwrap_or(true));
        // Re-draws are bounded: drawing until the cases suit would defeat the random selection.
        for n in 3..=case_review::MAX_DRAWS {
            case_review::draw(
                db,
                &app,
                &references(200),
                &format!("correction {n}"),
                holder,
                Utc::now(),
            )
            .await
            .unwrap();
        }
        assert_eq!(
            code(
                &case_review::draw(db, &app, &references(200), "once more", holder, Utc::now())
                    .await
            ),
            "case-review-error-too-many-draws",
            "{}",
            t.backend
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn submission_needs_readiness_freezes_a_hashed_snapshot_and_ends_editing() {
    for t in testing::all().await {
        let db = &t.db;
        let (app, holder) = open_application(db).await;
        let today = Utc::now().date_naive();
        assert_eq!(
            code(&submissions::submit(db, app.id, holder, "http://t", Utc::now()).await),
            "submission-error-not-ready"
        );
        testing::answer_every_item(db, &app, holder).await.unwrap();
        // Every item answered, no evidence linked, no case review yet: not ready.
        assert_eq!(
            code(&submissions::submit(db, app.id, holder, "http://t", Utc::now()).await),
            "submission-error-not-ready"
        );
        let policy = testing::link_required_evidence(db, &app, holder).await.unwrap();
        // Evidence linked, the case review not drawn: still not ready.
        assert_eq!(
            code(&submissions::submit(db, app.id, holder, "http://t", Utc::now()).await),
            "submission-error-not-ready"
        );
        let draw = testing::complete_case_review(db, &app, holder, Utc::now()).await.unwrap();
        let drawn: Vec<String> = serde_json::from_str(&draw.cases).unwrap_or_default();
        // A core item answered "No" keeps the application from being submitted…
        let answers = applications::answers_of(db, app.id).await.unwrap_or_default();
        let revision_of = |key: &str| {
            answers.iter().find(|(k, _, _)| k == key).map(|(_, _, r)| *r).unwrap_or_default()
        };
        let not_met = Save {
            application_id: app.id,
            item_key: "1a".into(),
            value: AnswerValue::YesNo { yes: false, explanation: "Being appointed".into() },
            base_revision: revision_of("1a"),
            idempotency_key: "core-not-met-0001".into(),
        };
        let Ok(SaveOutcome::Saved { revision }) =
            applications::save_answer(db, &not_met, holder, Utc::now()).await
        else {
            panic!("the core No was not saved");
        };
        assert_eq!(
            code(&submissions::submit(db, app.id, holder, "http://t", Utc::now()).await),
            "submission-error-not-ready"
        );
        let met = Save {
            value: AnswerValue::YesNo { yes: true, explanation: "Appointed".into() },
            base_revision: revision,
            idempotency_key: "core-met-again-0001".into(),
            ..not_met
        };
        applications::save_answer(db, &met, holder, Utc::now()).await.unwrap();
        // …so does the required evidence of a core item once it expired…
        let yesterday = today.pred_opt().unwrap_or_default();
        evidence::set_expiry(db, app.facility_id, policy.id, Some(yesterday), holder)
            .await
            .unwrap();
        assert_eq!(
            code(&submissions::submit(db, app.id, holder, "http://t", Utc::now()).await),
            "submission-error-not-ready"
        );
        evidence::set_expiry(db, app.facility_id, policy.id, Some(today), holder).await.unwrap();
        // An extended item may say "not yet met".
        let extended = applications::edition_of(db, &app)
            .await
            .unwrap()
            .items()
            .find(|(_, _, i)| {
                i.level == Level::Extended && matches!(i.answer, AnswerSpec::YesNo { .. })
            })
            .map(|(_, n, i)| item_key(n, &i.letter))
            .unwrap_or_default();
        let not_yet = Save {
            application_id: app.id,
            item_key: extended.clone(),
            value: AnswerValue::YesNo { yes: false, explanation: "Planned for 2027".into() },
            base_revision: revision_of(&extended),
            idempotency_key: "extended-not-yet-0001".into(),
        };
        applications::save_answer(db, &not_yet, holder, Utc::now()).await.unwrap();
        let refused_status =
            application::Entity::find_by_id(app.id).one(db).await.ok().flatten().map(|a| a.status);
        assert_eq!(
            refused_status,
            Some(ApplicationStatus::Draft),
            "a refused submission changes nothing"
        );
        let mails_before = outbox::Entity::find().all(db).await.unwrap_or_default().len();
        let sent = submissions::submit(db, app.id, holder, "http://t", Utc::now())
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        // The hash is the SHA-256 of the stored snapshot, and the snapshot holds the answers.
        assert_eq!(sent.content_hash, hex::encode(Sha256::digest(sent.snapshot.as_bytes())));
        let snapshot: Snapshot = serde_json::from_str(&sent.snapshot).unwrap();
        assert_eq!(
            snapshot.canonical().ok().map(|(_, h)| h),
            Some(sent.content_hash.clone()),
            "re-serialising gives the same hash"
        );
        assert_eq!(
            snapshot.answers.len(),
            applications::answers_of(db, app.id).await.unwrap_or_default().len()
        );
        assert_eq!(snapshot.case_review.cases.len(), CASES_DRAWN);
        let status =
            application::Entity::find_by_id(app.id).one(db).await.ok().flatten().map(|a| a.status);
        assert_eq!(status, Some(ApplicationStatus::Submitted));
        // The team (the holder) is mailed; no administrator exists in this database.
        let mails: Vec<outbox::Model> = outbox::Entity::find().all(db).await.unwrap_or_default();
        assert_eq!(mails.len(), mails_before + 1);
        assert!(
            mails
                .iter()
                .any(|m| m.kind == "application-submitted"
                    && m.body_text.contains(&sent.content_hash))
        );
        // Frozen: no more answers, case forms, draws or submissions.
        let late = Save {
            application_id: app.id,
            item_key: "1a".into(),
            value: app::domain::standards::AnswerValue::YesNo {
                yes: false,
                explanation: "late".into(),
            },
            base_revision: 1,
            idempotency_key: "late-save-0001".into(),
        };
        assert_eq!(
            code(&applications::save_answer(db, &late, holder, Utc::now()).await),
            "application-error-not-draft"
        );
        let frozen = application::Entity::find_by_id(app.id)
            .one(db)
            .await
            .ok()
            .flatten()
            .unwrap_or(app.clone());
        assert_eq!(
            code(
                &case_review::save_case(
                    db,
                    &frozen,
                    draw.id,
                    &drawn[0],
                    &testing::complete_case_form(today),
                    holder,
                    Utc::now()
                )
                .await
            ),
            "application-error-not-draft"
        );
        assert_eq!(
            code(
                &case_review::draw(db, &frozen, &references(40), "again", holder, Utc::now()).await
            ),
            "application-error-not-draft"
        );
        assert_eq!(
            code(&submissions::submit(db, app.id, holder, "http://t", Utc::now()).await),
            "application-error-not-draft"
        );
        assert_eq!(submission::Entity::find().all(db).await.unwrap_or_default().len(), 1);
        let audited = audit_log::Entity::find()
            .filter(audit_log::Column::Action.eq("application.submitted"))
            .all(db)
            .await
            .unwrap_or_default();
        assert_eq!(audited.len(), 1);
        t.cleanup().await;
    }
}
