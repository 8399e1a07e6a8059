//! Service tests of the audit log, on SQLite and (when configured) PostgreSQL.

#![cfg(feature = "testing")]

use app::db::audit::{self, ChainBreak, ChainReport, NewEntry};
use app::db::{seed, testing};
use sea_orm::ConnectionTrait;

#[tokio::test]
async fn appended_entries_form_an_intact_chain() {
    for t in testing::all().await {
        let db = &t.db;
        assert_eq!(
            audit::verify_chain(db).await.ok(),
            Some(ChainReport::Intact { entries: 0 }),
            "{}",
            t.backend
        );
        let mut first = NewEntry::new("user:1", "facility.registered", "facility:1");
        first.after = Some(serde_json::json!({"name": "Clinic A", "procedures": 180}));
        let a = audit::append(db, first).await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let b = audit::append(db, NewEntry::new("system", "facility.activated", "facility:1"))
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!(a.prev_hash, audit::GENESIS);
        assert_eq!(b.prev_hash, a.hash);
        assert_eq!(audit::count(db).await.ok(), Some(2));
        let recent = audit::recent(db, 10).await.unwrap_or_default();
        assert_eq!(
            recent.iter().map(|m| m.id).collect::<Vec<_>>(),
            vec![b.id, a.id],
            "{}",
            t.backend
        );
        assert_eq!(recent[1].after.as_deref(), Some(r#"{"name":"Clinic A","procedures":180}"#));
        assert_eq!(
            audit::verify_chain(db).await.ok(),
            Some(ChainReport::Intact { entries: 2 }),
            "{}",
            t.backend
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn editing_or_deleting_a_row_is_detected() {
    for t in testing::all().await {
        let db = &t.db;
        let mut ids = Vec::new();
        for n in 0..4 {
            let entry = NewEntry::new("user:1", "answer.saved", &format!("item:{n}"));
            ids.push(
                audit::append(db, entry).await.unwrap_or_else(|e| panic!("{}: {e}", t.backend)).id,
            );
        }
        db.execute_unprepared(&format!(
            "UPDATE audit_log SET actor = 'user:2' WHERE id = {}",
            ids[1]
        ))
        .await
        .unwrap();
        assert_eq!(
            audit::verify_chain(db).await.ok(),
            Some(ChainReport::Broken { entry_id: ids[1], reason: ChainBreak::HashMismatch }),
            "{}",
            t.backend
        );
        db.execute_unprepared(&format!(
            "UPDATE audit_log SET actor = 'user:1' WHERE id = {}",
            ids[1]
        ))
        .await
        .unwrap();
        assert_eq!(audit::verify_chain(db).await.ok(), Some(ChainReport::Intact { entries: 4 }));
        db.execute_unprepared(&format!("DELETE FROM audit_log WHERE id = {}", ids[2]))
            .await
            .unwrap();
        assert_eq!(
            audit::verify_chain(db).await.ok(),
            Some(ChainReport::Broken { entry_id: ids[3], reason: ChainBreak::LinkMismatch }),
            "{}",
            t.backend
        );
        t.cleanup().await;
    }
}

async fn run(db: &sea_orm::DatabaseConnection, sql: &str) {
    db.execute_unprepared(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
}

#[tokio::test]
async fn reordered_truncated_or_resealed_chains_are_detected() {
    for t in testing::all().await {
        let db = &t.db;
        let mut ids = Vec::new();
        for n in 0..6 {
            ids.push(
                audit::append(db, NewEntry::new("user:1", "answer.saved", &format!("item:{n}")))
                    .await
                    .unwrap_or_else(|e| panic!("{}: {e}", t.backend))
                    .id,
            );
        }
        assert_eq!(
            audit::verify_chain(db).await.ok(),
            Some(ChainReport::Intact { entries: 6 }),
            "{}",
            t.backend
        );

        // Re-ordered: entries 2 and 3 swap places.
        let (a, b) = (ids[2], ids[3]);
        let swap = |x: i64, y: i64| {
            format!(
                "UPDATE audit_log SET id = -1 WHERE id = {x}; UPDATE audit_log SET id = {x} WHERE id = {y}; UPDATE audit_log SET id = {y} WHERE id = -1"
            )
        };
        for statement in swap(a, b).split("; ") {
            run(db, statement).await;
        }
        assert_eq!(
            audit::verify_chain(db).await.ok(),
            Some(ChainReport::Broken { entry_id: a, reason: ChainBreak::LinkMismatch }),
            "{}",
            t.backend
        );
        for statement in swap(a, b).split("; ") {
            run(db, statement).await;
        }
        assert_eq!(
            audit::verify_chain(db).await.ok(),
            Some(ChainReport::Intact { entries: 6 }),
            "{}",
            t.backend
        );

        // Truncated: the last two entries cut off; every remaining link still holds.
        run(db, &format!("DELETE FROM audit_log WHERE id >= {}", ids[4])).await;
        assert_eq!(
            audit::verify_chain(db).await.ok(),
            Some(ChainReport::Broken { entry_id: ids[5], reason: ChainBreak::Truncated }),
            "{}",
            t.backend
        );

        // ... and the head moved back to match, without the key: its seal gives it away.
        let last = audit::recent(db, 1).await.unwrap_or_default().remove(0);
        run(
            db,
            &format!(
                "UPDATE audit_head SET entry_id = {}, hash = '{}', entries = 4",
                last.id, last.hash
            ),
        )
        .await;
        assert_eq!(
            audit::verify_chain(db).await.ok(),
            Some(ChainReport::Broken { entry_id: last.id, reason: ChainBreak::HeadTampered }),
            "{}",
            t.backend
        );

        // ... or removed altogether.
        run(db, "DELETE FROM audit_head").await;
        assert_eq!(
            audit::verify_chain(db).await.ok(),
            Some(ChainReport::Broken { entry_id: last.id, reason: ChainBreak::HeadTampered }),
            "{}",
            t.backend
        );
        t.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_appends_keep_one_linear_chain() {
    for t in testing::all().await {
        let mut tasks = Vec::new();
        for n in 0..24 {
            let db = t.db.clone();
            tasks.push(tokio::spawn(async move {
                audit::append(&db, NewEntry::new(&format!("user:{n}"), "answer.saved", "item:1"))
                    .await
            }));
        }
        for task in tasks {
            let result = task.await.unwrap();
            result.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        }
        assert_eq!(
            audit::verify_chain(&t.db).await.ok(),
            Some(ChainReport::Intact { entries: 24 }),
            "{}",
            t.backend
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn demo_seed_is_idempotent() {
    for t in testing::all().await {
        let first = seed::seed_demo(&t.db).await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert!(first.added);
        let password = first.admin_password.unwrap_or_default();
        assert_eq!(password.len(), 32);
        let admin = app::db::accounts::authenticate(&t.db, seed::DEMO_ADMIN_EMAIL, &password)
            .await
            .unwrap_or_default();
        let admin = admin.unwrap_or_else(|| panic!("demo admin cannot sign in"));
        let roles = app::db::accounts::roles_of(&t.db, admin.id).await.unwrap_or_default();
        assert_eq!(roles, vec![app::domain::accounts::GlobalRole::Administrator]);

        let second = seed::seed_demo(&t.db).await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert_eq!((second.added, second.admin_password), (false, None));
        // user.created, role.granted, workshop.scheduled, edition.imported, demo.seeded — and
        // nothing more the second time
        assert_eq!(audit::count(&t.db).await.ok(), Some(5));
        assert_eq!(
            app::db::workshops::calendar(&t.db, true, chrono::Utc::now())
                .await
                .unwrap_or_default()
                .len(),
            1,
            "one demonstration workshop"
        );
        assert!(
            app::db::editions::find(&t.db, "demo-2026").await.ok().flatten().is_some(),
            "the demonstration edition is seeded"
        );
        t.cleanup().await;
    }
}

#[tokio::test]
async fn demo_seed_completes_a_database_seeded_by_an_older_version() {
    for t in testing::all().await {
        // What the first version's seed left: only the marker, no administrator.
        audit::append(&t.db, NewEntry::new("cli", seed::SEEDED_ACTION, "")).await.unwrap();
        let outcome = seed::seed_demo(&t.db).await.unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert!(outcome.added);
        let password = outcome.admin_password.unwrap_or_default();
        let admin = app::db::accounts::authenticate(&t.db, seed::DEMO_ADMIN_EMAIL, &password)
            .await
            .unwrap_or_default();
        assert!(admin.is_some(), "{}: demo admin missing", t.backend);
        let markers = audit::recent(&t.db, 10)
            .await
            .unwrap_or_default()
            .into_iter()
            .filter(|e| e.action == seed::SEEDED_ACTION)
            .count();
        assert_eq!(markers, 1);
        t.cleanup().await;
    }
}
