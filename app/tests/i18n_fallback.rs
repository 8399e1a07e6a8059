//! A message missing from a locale falls back to English, on the server (the catalogue) and in
//! what a page sends the browser (the repository's own locales are complete, so a fixture
//! stands in for an incomplete translation).

use std::path::Path;

use app::texts::Store;

fn fixture() -> Store {
    Store::directory(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/locales"))
}

#[test]
fn missing_message_falls_back_to_english() {
    let catalogue = fixture().catalogue();
    assert_eq!(catalogue.format("de", "both", &[]), "Beide");
    assert_eq!(catalogue.format("de", "only-in-english", &[]), "Only in English");
    assert_eq!(catalogue.format("de", "greeting", &[("name", "Ana".to_owned())]), "Hallo Ana");
    assert_eq!(catalogue.format("ar", "both", &[]), "Both");
    assert_eq!(catalogue.format("de", "no-such-message", &[]), "no-such-message");
}

#[test]
fn the_browser_gets_the_gaps_filled_in_english() {
    let source = fixture().catalogue().interface_source("de");
    assert!(source.contains("both = Beide"), "{source}");
    assert!(source.contains("only-in-english = Only in English"), "{source}");
    assert!(!source.contains("both = Both"), "{source}");
}

#[test]
fn the_real_bundles_serve_every_language() {
    for id in app::i18n::LANGUAGES {
        let title = app::i18n::translate(id, "home-title");
        assert!(!title.is_empty() && title != "home-title", "{id}: {title}");
        if id != "en" {
            assert_ne!(title, app::i18n::translate("en", "home-title"), "{id} is an English copy");
        }
    }
}
