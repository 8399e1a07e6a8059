//! Service tests of applications and answer saves, on SQLite and (when configured) PostgreSQL:
//! idempotent saves, conflicts on stale revisions, concurrent editors.

#![expect(
    clippy::unwrap_used,
    reason = "a test stops at its first failure, and the panic shows the error"
)]
#![cfg(feature = "testing")]

use app::db::applications::{self, Save, SaveOutcome};
use app::db::billing::{self, NewPayment, PaymentSource};
use app::db::entities::answer;
use app::db::{DataError, editions, testing};
use app::domain::standards::AnswerValue;
use chrono::Utc;
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};

/// An enrolled facility with the demonstration edition imported; returns (facility id, holder id).
async fn enrolled(
    db: &DatabaseConnection,
    pay: bool,
) -> (app::domain::ids::FacilityId, app::domain::ids::UserId) {
    editions::import(db, editions::DEMO_EDITION, None, Utc::now()).await.unwrap();
    let (facility, holder) =
        testing::activated_facility(db, "holder@general.example", "IO Unit").await.unwrap();
    if pay {
        let inv = billing::invoices_of(db, facility.id).await.unwrap_or_default().remove(0);
        let payment = NewPayment {
            invoice_id: inv.id,
            amount_minor: inv.total_minor,
            paid_on: Utc::now().date_naive(),
            reference: "B".into(),
            source: PaymentSource::Administrator(holder.id),
        };
        billing::record_payment(db, payment, "http://t", Utc::now()).await.unwrap();
    }
    (facility.id, holder.id)
}

fn yes(key: &str, base: i64, idempotency: &str, app: app::domain::ids::ApplicationId) -> Save {
    Save {
        application_id: app,
        item_key: key.into(),
        value: AnswerValue::YesNo { yes: true, explanation: String::new() },
        base_revision: base,
        idempotency_key: idempotency.into(),
    }
}

#[tokio::test]
async fn only_an_enrolled_facility_opens_an_application_once() {
    for t in testing::all().await {
        let db = &t.db;
        let (facility, holder) = enrolled(db, false).await;
        let refused = applications::open(db, facility, holder, Utc::now()).await.err();
        assert!(
            matches!(refused, Some(DataError::Invalid(ref f)) if f[0].code == "application-error-not-enrolled"),
            "{refused:?}"
        );
        let inv = billing::invoices_of(db, facility).await.unwrap_or_default().remove(0);
        let payment = NewPayment {
            invoice_id: inv.id,
            amount_minor: inv.total_minor,
            paid_on: Utc::now().date_naive(),
            reference: "B".into(),
            source: PaymentSource::Administrator(holder),
        };
        billing::record_payment(db, payment, "http://t", Utc::now()).await.unwrap();
        let first = applications::open(db, facility, holder, Utc::now())
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let again = applications::open(db, facility, holder, Utc::now()).await.unwrap();
        assert_eq!(
            (first.id, first.edition_id.as_str(), first.status.as_str()),
            (again.id, "demo-2026", "draft")
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn a_repeated_idempotency_key_applies_once_and_a_stale_base_is_a_conflict() {
    for t in testing::all().await {
        let db = &t.db;
        let (facility, holder) = enrolled(db, true).await;
        let app = applications::open(db, facility, holder, Utc::now()).await.unwrap().id;
        let first =
            applications::save_answer(db, &yes("1a", 0, "key-00000001", app), holder, Utc::now())
                .await
                .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(first, SaveOutcome::Saved { revision: 1 });
        // The same request again (a retry after a lost answer): same outcome, nothing applied.
        let retry =
            applications::save_answer(db, &yes("1a", 0, "key-00000001", app), holder, Utc::now())
                .await
                .unwrap();
        assert_eq!(retry, SaveOutcome::Saved { revision: 1 });
        let stored = answer::Entity::find_by_id((app, "1a".to_owned()))
            .one(db)
            .await
            .ok()
            .flatten()
            .map(|a| a.revision);
        assert_eq!(stored, Some(1));
        // Another person's save based on revision 1 wins; a third save still based on 1 conflicts.
        let mut no = yes("1a", 1, "key-00000002", app);
        no.value = AnswerValue::YesNo { yes: false, explanation: "planned".into() };
        assert_eq!(
            applications::save_answer(db, &no, holder, Utc::now()).await.ok(),
            Some(SaveOutcome::Saved { revision: 2 })
        );
        let stale =
            applications::save_answer(db, &yes("1a", 1, "key-00000003", app), holder, Utc::now())
                .await
                .unwrap();
        assert_eq!(
            stale,
            SaveOutcome::Conflict {
                revision: 2,
                value: AnswerValue::YesNo { yes: false, explanation: "planned".into() },
                updated_by: holder
            }
        );
        // Keeping one's own value: save again on the current revision.
        assert_eq!(
            applications::save_answer(db, &yes("1a", 2, "key-00000004", app), holder, Utc::now())
                .await
                .ok(),
            Some(SaveOutcome::Saved { revision: 3 })
        );
        // Different items never conflict.
        assert_eq!(
            applications::save_answer(db, &yes("1c", 0, "key-00000005", app), holder, Utc::now())
                .await
                .ok(),
            Some(SaveOutcome::Saved { revision: 1 })
        );
        // Wrong type, unknown item, malformed key: refused, nothing stored.
        let number =
            Save { value: AnswerValue::Number { value: 3 }, ..yes("1a", 3, "key-00000006", app) };
        assert!(matches!(
            applications::save_answer(db, &number, holder, Utc::now()).await,
            Err(DataError::Invalid(_))
        ));
        assert!(matches!(
            applications::save_answer(db, &yes("99z", 0, "key-00000007", app), holder, Utc::now())
                .await,
            Err(DataError::Invalid(_))
        ));
        assert!(matches!(
            applications::save_answer(db, &yes("1b", 0, "short", app), holder, Utc::now()).await,
            Err(DataError::Invalid(_))
        ));
        assert_eq!(answer::Entity::find().count(db).await.ok(), Some(2));
        t.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_editors_of_different_items_all_save_and_retries_apply_once() {
    for t in testing::all().await {
        let db = &t.db;
        let (facility, holder) = enrolled(db, true).await;
        let app = applications::open(db, facility, holder, Utc::now()).await.unwrap().id;
        let edition = applications::edition_of(
            db,
            &applications::find(db, app).await.ok().flatten().unwrap_or_else(|| panic!("no app")),
        )
        .await
        .unwrap();
        let yes_no: Vec<String> = edition
            .items()
            .filter(|(_, _, i)| {
                matches!(i.answer, app::domain::standards::AnswerSpec::YesNo { .. })
            })
            .map(|(_, s, i)| app::domain::standards::item_key(s, &i.letter))
            .take(20)
            .collect();
        let mut tasks = Vec::new();
        for (n, key) in yes_no.iter().enumerate() {
            // Each save is sent twice (a client retry) with the same key.
            for _ in 0..2 {
                let (db, key) = (db.clone(), key.clone());
                let save = yes(&key, 0, &format!("concurrent-{n:04}"), app);
                tasks.push(tokio::spawn(async move {
                    applications::save_answer(&db, &save, holder, Utc::now()).await
                }));
            }
        }
        for task in tasks {
            let outcome = task.await.unwrap().unwrap_or_else(|e| panic!("{}: {e}", t.backend));
            assert_eq!(outcome, SaveOutcome::Saved { revision: 1 }, "{}", t.backend);
        }
        let answers = applications::answers_of(db, app).await.unwrap_or_default();
        assert_eq!(answers.len(), yes_no.len());
        assert!(answers.iter().all(|(_, _, revision)| *revision == 1));
        t.cleanup().await;
    }
}

#[tokio::test]
async fn answers_that_can_never_fit_their_item_are_refused_and_not_stored() {
    for t in testing::all().await {
        let db = &t.db;
        let (facility, holder) = enrolled(db, true).await;
        let app = applications::open(db, facility, holder, Utc::now()).await.unwrap().id;
        let save = |item: &str, value: AnswerValue, key: &str| Save {
            application_id: app,
            item_key: item.into(),
            value,
            base_revision: 0,
            idempotency_key: key.into(),
        };
        // 1h allows 3,000 characters; 1d offers five options.
        let long = save("1h", AnswerValue::Text { value: "x".repeat(3001) }, "long-0000001");
        let refused = applications::save_answer(db, &long, holder, Utc::now()).await.err();
        assert!(
            matches!(refused, Some(DataError::Invalid(ref f)) if f[0].field == "value" && f[0].code == "error-text-too-long"),
            "{}: {refused:?}",
            t.backend
        );
        let unknown = save(
            "1d",
            AnswerValue::SingleChoice { option: "std-1d-option-invented".into() },
            "option-00001",
        );
        let refused = applications::save_answer(db, &unknown, holder, Utc::now()).await.err();
        assert!(
            matches!(refused, Some(DataError::Invalid(ref f)) if f[0].code == "answer-error-unknown-option"),
            "{refused:?}"
        );
        assert_eq!(
            answer::Entity::find().count(db).await.unwrap_or(1),
            0,
            "nothing refused was stored"
        );
        // An unfinished answer is still kept as a draft: a "No" before its explanation.
        let unfinished = save(
            "1g",
            AnswerValue::YesNo { yes: false, explanation: String::new() },
            "draft-000001",
        );
        assert_eq!(
            applications::save_answer(db, &unfinished, holder, Utc::now()).await.ok(),
            Some(SaveOutcome::Saved { revision: 1 })
        );
        let fits = save("1h", AnswerValue::Text { value: "x".repeat(3000) }, "long-0000002");
        assert_eq!(
            applications::save_answer(db, &fits, holder, Utc::now()).await.ok(),
            Some(SaveOutcome::Saved { revision: 1 })
        );
        t.cleanup().await;
    }
}
