//! Languages, the Fluent bundles and language negotiation.
//!
//! The same compiled-in bundles serve the components (through leptos-fluent) and the server
//! (mail, errors rendered outside a component), so a key resolves identically everywhere.

use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentResource;
use fluent_templates::{LanguageIdentifier, StaticLoader};
use leptos::prelude::*;
use leptos_fluent::leptos_fluent;

/// The interface messages (`locales/<lang>/main.ftl`) of every language, embedded at compile
/// time. Only these go into the browser bundle: the long texts (standards, manual) are read
/// on the server by [`crate::texts`] and sent to the pages that show them, which keeps the
/// wasm lean and lets translators see edits to them without a rebuild.
const INTERFACE_SOURCES: [(&str, &str); 9] = [
    ("en", include_str!("../../locales/en/main.ftl")),
    ("de", include_str!("../../locales/de/main.ftl")),
    ("fr", include_str!("../../locales/fr/main.ftl")),
    ("es", include_str!("../../locales/es/main.ftl")),
    ("it", include_str!("../../locales/it/main.ftl")),
    ("pt", include_str!("../../locales/pt/main.ftl")),
    ("tr", include_str!("../../locales/tr/main.ftl")),
    ("zh-CN", include_str!("../../locales/zh-CN/main.ftl")),
    ("ar", include_str!("../../locales/ar/main.ftl")),
];

static INTERFACE_RESOURCES: LazyLock<
    std::collections::HashMap<LanguageIdentifier, Vec<FluentResource>>,
> = LazyLock::new(|| {
    INTERFACE_SOURCES
        .iter()
        .filter_map(|(id, source)| {
            let language: LanguageIdentifier = id.parse().ok()?;
            // A broken file still yields the messages that parsed; `check-locales` (run in CI)
            // reports the error with its line.
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(partial, _)| partial);
            Some((language, vec![resource]))
        })
        .collect()
});

static INTERFACE_BUNDLES: LazyLock<
    std::collections::HashMap<
        LanguageIdentifier,
        fluent_templates::FluentBundle<&'static FluentResource>,
    >,
> = LazyLock::new(|| {
    // Unicode isolation marks around placeables confuse plain-text consumers (mail,
    // tests, screen readers reading numbers); bidi is handled by `dir` on the page.
    fluent_templates::loader::build_bundles(&INTERFACE_RESOURCES, None, |bundle| {
        bundle.set_use_isolating(false)
    })
});

static INTERFACE_FALLBACKS: LazyLock<
    std::collections::HashMap<LanguageIdentifier, Vec<LanguageIdentifier>>,
> = LazyLock::new(|| {
    fluent_templates::loader::build_fallbacks(
        &INTERFACE_RESOURCES.keys().cloned().collect::<Vec<_>>(),
    )
});

/// The interface translations (what `static_loader!` would build, limited to `main.ftl`);
/// English fills missing keys.
pub static TRANSLATIONS: LazyLock<StaticLoader> = LazyLock::new(|| {
    StaticLoader::new(&INTERFACE_BUNDLES, &INTERFACE_FALLBACKS, fluent_templates::langid!("en"))
});

/// The cookie that remembers a visitor's language (read on the server and in the browser).
pub const LANGUAGE_COOKIE: &str = "lang";
/// The query parameter that selects a language for one request (`/?lang=de`).
pub const LANGUAGE_PARAM: &str = "lang";
/// Source language and fallback.
pub const DEFAULT_LANGUAGE: &str = "en";

/// Supported languages in the order the switcher shows them; `locales/languages.json` must
/// list the same ids (checked by a unit test).
pub const LANGUAGES: [&str; 9] = ["en", "de", "fr", "es", "it", "pt", "tr", "zh-CN", "ar"];

/// Writing direction of a supported language.
pub fn is_rtl(language: &str) -> bool {
    language == "ar"
}

/// Maps any language tag to a supported language id: exact match first (case-insensitive),
/// then the primary subtag (`pt-BR` → `pt`, `zh-Hant` → `zh-CN`, `de-AT` → `de`).
pub fn supported_language(tag: &str) -> Option<&'static str> {
    let tag = tag.trim();
    if tag.is_empty() {
        return None;
    }
    if let Some(id) = LANGUAGES.iter().find(|id| id.eq_ignore_ascii_case(tag)) {
        return Some(id);
    }
    let primary = tag.split(['-', '_']).next().unwrap_or(tag);
    LANGUAGES
        .iter()
        .find(|id| id.split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(primary)))
        .copied()
}

/// Parses an `Accept-Language` header into tags ordered by quality (stable for equal q).
pub fn parse_accept_language(header: &str) -> Vec<&str> {
    let mut tags: Vec<(&str, f32)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (quality > 0.0).then_some((tag, quality))
        })
        .collect();
    tags.sort_by(|a, b| b.1.total_cmp(&a.1));
    tags.into_iter().map(|(tag, _)| tag).collect()
}

/// Chooses the language of a request: `?lang=` → cookie → `Accept-Language` → English.
/// Unsupported values at one level fall through to the next.
pub fn negotiate_language(
    url_param: Option<&str>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
) -> &'static str {
    url_param
        .and_then(supported_language)
        .or_else(|| cookie.and_then(supported_language))
        .or_else(|| {
            accept_language
                .and_then(|h| parse_accept_language(h).into_iter().find_map(supported_language))
        })
        .unwrap_or(DEFAULT_LANGUAGE)
}

/// Looks a message up outside the component tree (server side: mail, logs shown to users).
pub fn translate(language: &str, key: &str) -> String {
    translate_with(language, key, &[])
}

/// [`translate`] with variables (`{ $name }` placeables).
pub fn translate_with(language: &str, key: &str, args: &[(&str, String)]) -> String {
    use fluent_templates::Loader;
    use fluent_templates::fluent_bundle::FluentValue;
    let id = language.parse().unwrap_or_else(|_| fluent_templates::LanguageIdentifier::default());
    let args: std::collections::HashMap<std::borrow::Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(k, v)| (std::borrow::Cow::Owned((*k).to_owned()), FluentValue::from(v.as_str())))
        .collect();
    TRANSLATIONS.lookup_with_args(&id, key, &args)
}

/// Whether English (the source language) has a message with this id.
pub fn has_message(id: &str) -> bool {
    use fluent_templates::Loader;
    let english: fluent_templates::LanguageIdentifier =
        fluent_templates::LanguageIdentifier::from_bytes(DEFAULT_LANGUAGE.as_bytes())
            .unwrap_or_default();
    TRANSLATIONS.try_lookup(&english, id).is_some()
}

/// A page title in the user's language.
///
/// leptos_meta reads a title when it writes `<head>` on the server, and on the 404 fallback
/// path it does so outside any reactive owner: a context lookup (`move_tr!`) or even a signal
/// read panics there (seen under concurrent load). A server response has one language, so the
/// server gets a plain string; the browser gets a closure that follows language switches.
pub fn page_title(key: &'static str) -> leptos::text_prop::TextProp {
    let i18n = expect_context::<leptos_fluent::I18n>();
    #[cfg(feature = "ssr")]
    {
        leptos::text_prop::TextProp::from(i18n.tr(key))
    }
    #[cfg(not(feature = "ssr"))]
    {
        leptos::text_prop::TextProp::from(move || i18n.tr(key))
    }
}

/// Provides the i18n context (language signal, bundles) to its children and keeps
/// `<html lang dir>`, the URL parameter and the cookie in step with the chosen language.
///
/// The server decides the first language (see `negotiate_language`, applied by the server's
/// language layer, which also sets the cookie); the browser then reads the same URL parameter
/// or cookie, so the hydrated page starts in the language the server rendered.
#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        translations: [TRANSLATIONS],
        locales: "../locales",
        languages: "../locales/languages.json",
        default_language: "en",
        sync_html_tag_lang: true,
        sync_html_tag_dir: true,
        url_param: "lang",
        initial_language_from_url_param: true,
        initial_language_from_url_param_to_cookie: true,
        set_language_to_url_param: true,
        cookie_name: "lang",
        cookie_attrs: "Path=/; Max-Age=31536000; SameSite=Lax",
        initial_language_from_cookie: true,
        set_language_to_cookie: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (`?lang=`, cookie, Accept-Language, expected language)
    type Case = (Option<&'static str>, Option<&'static str>, Option<&'static str>, &'static str);

    #[test]
    fn negotiation_prefers_param_then_cookie_then_header() {
        let cases: &[Case] = &[
            (None, None, None, "en"),
            (Some("de"), Some("fr"), Some("es"), "de"),
            (None, Some("fr"), Some("es"), "fr"),
            (None, None, Some("es-ES,es;q=0.9,en;q=0.8"), "es"),
            (Some("xx"), Some("it"), None, "it"),
            (Some("xx"), Some("yy"), Some("tr"), "tr"),
            (None, None, Some("ja, ko;q=0.5"), "en"),
            (None, None, Some("en;q=0.1, ar;q=0.9"), "ar"),
            (None, None, Some("zh-TW,zh;q=0.9"), "zh-CN"),
            (None, None, Some("pt-BR"), "pt"),
            (Some("ZH-cn"), None, None, "zh-CN"),
            (None, None, Some("fr;q=0, de"), "de"),
            (None, None, Some("*"), "en"),
            (None, None, Some("fr;q=abc, it"), "it"),
        ];
        for (param, cookie, header, want) in cases {
            assert_eq!(
                negotiate_language(*param, *cookie, *header),
                *want,
                "{param:?} {cookie:?} {header:?}"
            );
        }
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        let rtl: Vec<_> = LANGUAGES.iter().filter(|l| is_rtl(l)).collect();
        assert_eq!(rtl, vec![&"ar"]);
    }

    #[test]
    fn languages_file_matches_the_supported_list() {
        let raw = include_str!("../../locales/languages.json");
        let ids: Vec<&str> = raw
            .lines()
            .filter_map(|l| l.trim().strip_prefix("[\""))
            .filter_map(|l| l.split('"').next())
            .collect();
        assert_eq!(ids, LANGUAGES.to_vec());
        for line in raw.lines().filter(|l| l.contains("[\"")) {
            let id = line.trim().trim_start_matches("[\"").split('"').next().unwrap_or_default();
            assert_eq!(line.contains("\"rtl\""), is_rtl(id), "direction of {id} in languages.json");
        }
    }

    #[test]
    fn translate_falls_back_to_english() {
        assert_eq!(translate("de", "app-name"), "Accredit-IO");
        assert_ne!(translate("de", "home-title"), translate("en", "home-title"));
        assert_eq!(translate("xx-unknown", "home-title"), translate("en", "home-title"));
    }
}
