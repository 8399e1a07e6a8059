//! A message missing from a locale falls back to English, with the loader configured as
//! `app::i18n::TRANSLATIONS` is (the repository's own locales are complete, so a fixture
//! stands in for an incomplete translation).

use fluent_templates::{LanguageIdentifier, Loader, static_loader};

static_loader! {
    static FIXTURE = {
        locales: "tests/fixtures/locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn lang(id: &str) -> LanguageIdentifier {
    id.parse().unwrap_or_default()
}

#[test]
fn missing_message_falls_back_to_english() {
    assert_eq!(FIXTURE.try_lookup(&lang("de"), "both").as_deref(), Some("Beide"));
    assert_eq!(
        FIXTURE.try_lookup(&lang("de"), "only-in-english").as_deref(),
        Some("Only in English")
    );
    assert_eq!(FIXTURE.try_lookup(&lang("de-AT"), "both").as_deref(), Some("Beide"));
    assert_eq!(FIXTURE.try_lookup(&lang("ar"), "both").as_deref(), Some("Both"));
    assert_eq!(FIXTURE.try_lookup(&lang("de"), "no-such-message"), None);
}

#[test]
fn the_real_bundles_serve_every_language() {
    for id in app::i18n::LANGUAGES {
        let title = app::i18n::translate(id, "home-title");
        assert!(!title.is_empty() && !title.contains("Unknown localization"), "{id}: {title}");
        if id != "en" {
            assert_ne!(title, app::i18n::translate("en", "home-title"), "{id} is an English copy");
        }
    }
}
