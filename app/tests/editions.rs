//! Standards editions: the shipped demonstration edition, import, immutability, and precise
//! problems, on SQLite and (when configured) PostgreSQL.

#![cfg(feature = "testing")]

use app::db::editions::{self, DEMO_EDITION, ImportError, Imported};
use app::db::testing;
use app::domain::standards::Level;
use chrono::Utc;

#[test]
fn the_demonstration_edition_is_complete_and_follows_the_published_core_letters() {
    let edition = editions::parse(DEMO_EDITION).unwrap_or_else(|e| panic!("{e}: {e:?}"));
    assert!(edition.demonstration);
    assert_eq!(edition.sections.len(), 3);
    let core: Vec<String> = edition
        .items()
        .filter(|(_, _, i)| i.level == Level::Core)
        .map(|(_, s, i)| format!("{s}{}", i.letter))
        .collect();
    // design.md §2: 1 a,c,e,f,g · 2 b · 3 a,c · 4 b,c,d · 5 d · 6 a–d · 7 a,b · 8 a–e · 9 none ·
    // 10 c · 11 a · 12 a,b · 13 none
    let published =
        "1a 1c 1e 1f 1g 2b 3a 3c 4b 4c 4d 5d 6a 6b 6c 6d 7a 7b 8a 8b 8c 8d 8e 10c 11a 12a 12b";
    assert_eq!(core.join(" "), published);
    assert_eq!(core.len(), 27);
    let total = edition.items().count();
    assert!((50..=70).contains(&total), "about 60 items, found {total}");
    // Every message of the edition exists in every language (English is only the fallback).
    let catalogue = app::texts::store().catalogue();
    for language in app::i18n::LANGUAGES {
        let texts = catalogue.locale(language).unwrap_or_else(|| panic!("{language} missing"));
        for id in edition.message_ids() {
            assert!(texts.message(id).is_some(), "{language}: {id}");
            assert!(!catalogue.format(language, id, &[]).trim().is_empty(), "{language}: {id}");
        }
    }
}

#[tokio::test]
async fn importing_is_checked_once_and_immutable() {
    for t in testing::all().await {
        let db = &t.db;
        let first = editions::import(db, DEMO_EDITION, None, Utc::now())
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", t.backend));
        assert!(matches!(first, Imported::Added(_)));
        let again =
            editions::import(db, DEMO_EDITION, Some(app::domain::ids::UserId(1)), Utc::now())
                .await
                .unwrap();
        assert!(matches!(again, Imported::Unchanged(_)));
        // Same id, other content: refused.
        let changed =
            DEMO_EDITION.replacen("published = \"2026-11-30\"", "published = \"2026-11-29\"", 1);
        assert_ne!(changed, DEMO_EDITION);
        let refused = editions::import(db, &changed, Some(app::domain::ids::UserId(1)), Utc::now())
            .await
            .err();
        assert!(
            matches!(refused, Some(ImportError::Conflict(ref id)) if id == "demo-2026"),
            "{refused:?}"
        );
        let stored =
            editions::find(db, "demo-2026").await.unwrap().unwrap_or_else(|| panic!("not stored"));
        assert_eq!(stored.published.to_string(), "2026-11-30");
        assert_eq!(editions::list(db).await.unwrap_or_default().len(), 1);
        t.cleanup().await;
    }
}

#[test]
fn broken_files_name_the_item_and_field() {
    let syntax = editions::parse("id = \"x\"\ntitle = ").err();
    assert!(
        matches!(&syntax, Some(ImportError::Syntax(message)) if message.contains("line 2")),
        "{syntax:?}"
    );
    let renamed = DEMO_EDITION.replacen("letter = \"b\"", "letter = \"x\"", 1).replacen(
        "text = \"std-1a-text\"",
        "text = \"std-1a-nonexistent\"",
        1,
    );
    let problems = match editions::parse(&renamed) {
        Err(ImportError::Invalid(problems)) => {
            problems.iter().map(ToString::to_string).collect::<Vec<_>>()
        }
        other => panic!("expected problems, got {other:?}"),
    };
    assert!(
        problems.contains(
            &"item 1x: letter: expected 'b' (letters run a, b, c … without gaps), found 'x'"
                .to_owned()
        ),
        "{problems:?}"
    );
    assert!(
        problems
            .contains(&"messages: std-1a-nonexistent: no such message in locales/en".to_owned()),
        "{problems:?}"
    );
}
