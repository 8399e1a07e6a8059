//! Service tests of the evidence library, on SQLite and (when configured) PostgreSQL: one
//! entry per content per facility, a file linked to several items, links only to one's own
//! facility's files, nothing changes after submission.

#![cfg(feature = "testing")]

use app::db::evidence::{self, NewFile};
use app::db::{DataError, editions, testing};
use chrono::Utc;

fn pdf(facility_id: app::domain::ids::FacilityId, sha: &str) -> NewFile {
    NewFile {
        facility_id,
        sha256: sha.repeat(64 / sha.len()),
        size_bytes: 1234,
        content_type: "application/pdf".into(),
        name: "SOP.pdf".into(),
        storage_key: evidence::storage_key(facility_id, sha),
    }
}

#[tokio::test]
async fn one_file_links_to_several_items_and_only_within_its_facility() {
    for t in testing::all().await {
        let db = &t.db;
        editions::import(db, editions::DEMO_EDITION, None, Utc::now()).await.unwrap();
        let (app, holder) =
            testing::enrolled_application(db, "ev@general.example", "Evidence Unit")
                .await
                .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        let (other_app, other_holder) =
            testing::enrolled_application(db, "ev@other.example", "Other Unit").await.unwrap();
        let (file, created) =
            evidence::add_file(db, pdf(app.facility_id, "a"), holder.id, Utc::now()).await.unwrap();
        assert!(created);
        // The same content again is the same library entry.
        let (again, created_again) =
            evidence::add_file(db, pdf(app.facility_id, "a"), holder.id, Utc::now()).await.unwrap();
        assert_eq!((again.id, created_again), (file.id, false));
        // The other facility uploading the same bytes gets its own entry.
        let (theirs, _) =
            evidence::add_file(db, pdf(other_app.facility_id, "a"), other_holder.id, Utc::now())
                .await
                .unwrap();
        assert_ne!(theirs.id, file.id);

        for item in ["1a", "2a", "2a"] {
            evidence::link(db, &app, item, file.id, holder.id, Utc::now()).await.unwrap();
        }
        let counts = evidence::counts_of(db, app.id).await.unwrap_or_default();
        assert_eq!(
            counts.into_iter().collect::<Vec<_>>(),
            [("1a".to_owned(), 1), ("2a".to_owned(), 1)]
        );
        let refused = evidence::link(db, &app, "1a", theirs.id, holder.id, Utc::now()).await;
        assert!(
            matches!(refused, Err(DataError::Invalid(ref f)) if f[0].code == "evidence-error-no-file"),
            "{refused:?}"
        );
        let unknown = evidence::link(db, &app, "99z", file.id, holder.id, Utc::now()).await;
        assert!(
            matches!(unknown, Err(DataError::Invalid(ref f)) if f[0].code == "answer-error-unknown-item"),
            "{unknown:?}"
        );
        evidence::unlink(db, &app, "1a", file.id, holder.id).await.unwrap();
        let view = evidence::view(db, &app, 1000).await.unwrap();
        assert_eq!(view.library.len(), 1, "the file stays in the library");
        assert_eq!(view.links, [("2a".to_owned(), file.id)]);
        assert_eq!(view.library[0].uploaded_by, holder.display_name);
        t.cleanup().await;
    }
}
