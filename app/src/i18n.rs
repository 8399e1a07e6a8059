//! Languages, interface texts and language negotiation.
//!
//! A page is rendered in one language and the browser only ever holds that language's
//! interface texts: the server writes them into the page ([`InterfaceTexts`], the language's
//! `main.ftl` with English filling its gaps) and the browser builds its one Fluent bundle from
//! them. Switching language loads the page again in the new language. On the server every
//! text comes from [`crate::texts`], so with `LOCALES_DIR` an edit to any `.ftl` file shows
//! after a reload, without a rebuild.
//!
//! [`tr!`](crate::tr) and [`move_tr!`](crate::move_tr) keep leptos-fluent's call syntax.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;

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

/// A supported language as the switcher shows it (`locales/languages.json`).
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    pub id: &'static str,
    /// The language's name in itself.
    pub name: &'static str,
    pub rtl: bool,
}

const fn language(id: &'static str, name: &'static str, rtl: bool) -> Language {
    Language { id, name, rtl }
}

static LANGUAGE_LIST: [Language; 9] = [
    language("en", "English", false),
    language("de", "Deutsch", false),
    language("fr", "Français", false),
    language("es", "Español", false),
    language("it", "Italiano", false),
    language("pt", "Português", false),
    language("tr", "Türkçe", false),
    language("zh-CN", "简体中文", false),
    language("ar", "العربية", true),
];

static LANGUAGE_REFS: [&Language; 9] = [
    &LANGUAGE_LIST[0],
    &LANGUAGE_LIST[1],
    &LANGUAGE_LIST[2],
    &LANGUAGE_LIST[3],
    &LANGUAGE_LIST[4],
    &LANGUAGE_LIST[5],
    &LANGUAGE_LIST[6],
    &LANGUAGE_LIST[7],
    &LANGUAGE_LIST[8],
];

/// The entry of a supported language id (English for anything else).
pub fn language_entry(id: &str) -> &'static Language {
    LANGUAGE_LIST.iter().find(|l| l.id == id).unwrap_or(&LANGUAGE_LIST[0])
}

/// The page's language. It never changes while a page lives (a switch loads the page again),
/// so reading it tracks nothing; `get` and `get_untracked` keep the signal-like call sites.
#[derive(Debug, Clone, Copy)]
pub struct CurrentLanguage(&'static Language);

impl CurrentLanguage {
    pub fn get(&self) -> &'static Language {
        self.0
    }

    pub fn get_untracked(&self) -> &'static Language {
        self.0
    }
}

/// The i18n context of a page: its language and the supported ones.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    pub language: CurrentLanguage,
    pub languages: &'static [&'static Language],
}

impl I18n {
    fn new(id: &str) -> Self {
        Self { language: CurrentLanguage(language_entry(id)), languages: &LANGUAGE_REFS }
    }

    /// The message `key` in the page's language (English where it has none, else the key).
    pub fn tr(&self, key: &str) -> String {
        lookup(self.language.0.id, key, None)
    }

    /// [`Self::tr`] with Fluent variables.
    pub fn tr_with_args(
        &self,
        key: &str,
        args: &HashMap<Cow<'static, str>, FluentValue<'_>>,
    ) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(name.as_ref(), value.clone());
        }
        lookup(self.language.0.id, key, Some(&fluent_args))
    }
}

/// The i18n context provided by [`I18nProvider`].
pub fn expect_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The message `key` (optionally with `{ "name" => value, … }` variables) in the page's
/// language, as a `String`. `tr!(i18n, "key", …)` uses a context already at hand, which works
/// where no reactive owner is (event handlers).
#[macro_export]
macro_rules! tr {
    ($i18n:ident, $key:expr, { $($name:literal => $value:expr),* $(,)? } $(,)?) => {{
        let mut args = ::std::collections::HashMap::new();
        $(args.insert(::std::borrow::Cow::Borrowed($name), ($value).into());)*
        $i18n.tr_with_args($key, &args)
    }};
    ($i18n:ident, $key:expr $(,)?) => {
        $i18n.tr($key)
    };
    ($key:literal $(,)?) => {
        $crate::i18n::expect_i18n().tr($key)
    };
    ($key:literal, { $($name:literal => $value:expr),* $(,)? } $(,)?) => {{
        let i18n = $crate::i18n::expect_i18n();
        $crate::tr!(i18n, $key, { $($name => $value),* })
    }};
}

/// [`tr!`] as a `Signal<String>` for view positions (variables are read inside it, so a
/// variable that is a signal keeps the text current).
#[macro_export]
macro_rules! move_tr {
    ($key:literal $(,)?) => {{
        let i18n = $crate::i18n::expect_i18n();
        ::leptos::prelude::Signal::derive(move || i18n.tr($key))
    }};
    ($key:literal, { $($name:literal => $value:expr),* $(,)? } $(,)?) => {{
        let i18n = $crate::i18n::expect_i18n();
        ::leptos::prelude::Signal::derive(move || $crate::tr!(i18n, $key, { $($name => $value),* }))
    }};
}

pub use crate::{move_tr, tr};

/// Resolves a message: on the server from the current catalogue (which follows `LOCALES_DIR`
/// edits), in the browser from the texts the page came with.
fn lookup(language: &str, key: &str, args: Option<&FluentArgs<'_>>) -> String {
    #[cfg(feature = "ssr")]
    {
        crate::texts::page_catalogue().format_args(language, key, args)
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        let _ = language;
        client_texts::format(key, args)
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        let _ = (language, args);
        key.to_owned()
    }
}

/// Looks a message up outside the component tree: server side (mail, PDFs, logs shown to
/// users) in any language; in the browser only the page's language exists, whatever
/// `language` says.
pub fn translate(language: &str, key: &str) -> String {
    lookup(language, key, None)
}

/// [`translate`] with variables (`{ $name }` placeables), given as strings.
pub fn translate_with(language: &str, key: &str, args: &[(&str, String)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, FluentValue::from(value.as_str()));
    }
    lookup(language, key, Some(&fluent_args))
}

/// Whether English (the source language) has a message with this id. In the browser: whether
/// the page's texts have it (they include every English id).
pub fn has_message(id: &str) -> bool {
    #[cfg(feature = "ssr")]
    {
        crate::texts::has_english(id)
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        client_texts::has(id)
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        let _ = id;
        false
    }
}

/// A page title in the user's language.
pub fn page_title(key: &'static str) -> leptos::text_prop::TextProp {
    leptos::text_prop::TextProp::from(expect_i18n().tr(key))
}

/// The id of the element that carries the page's interface texts.
pub const TEXTS_ELEMENT_ID: &str = "interface-texts";

/// The page's interface texts for the browser, in `<head>`: a JSON string (with `<` escaped,
/// so no text can close the script element) of the language's Fluent source. Only on pages
/// that load the bundle (`crate::bundle::loads_bundle`): nothing else reads it. Server only.
#[component]
pub fn InterfaceTexts() -> impl IntoView {
    if !crate::bundle::loads_bundle() {
        return ().into_any();
    }
    #[cfg(feature = "ssr")]
    let (language, json) = {
        let language = crate::api::request::request_language();
        let source = crate::texts::page_catalogue().interface_source(&language);
        let json = serde_json::to_string(source.as_ref())
            .unwrap_or_else(|_| "\"\"".to_owned())
            .replace('<', "\\u003c");
        (language, json)
    };
    #[cfg(not(feature = "ssr"))]
    let (language, json) = (String::new(), String::new());
    // Not executed, so CSP does not apply; the nonce keeps "every inline script carries it"
    // true without exceptions.
    let nonce = leptos::nonce::use_nonce();
    view! {
        <script
            type="application/json"
            id=TEXTS_ELEMENT_ID
            data-lang=language
            nonce=nonce
            inner_html=json
        ></script>
    }
    .into_any()
}

/// The browser's one bundle, built on first use from the page's [`InterfaceTexts`].
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
mod client_texts {
    use std::cell::OnceCell;

    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

    thread_local! {
        static BUNDLE: OnceCell<Option<FluentBundle<FluentResource>>> = const { OnceCell::new() };
    }

    fn element() -> Option<web_sys::Element> {
        leptos::prelude::document().get_element_by_id(super::TEXTS_ELEMENT_ID)
    }

    /// The language the server wrote the page's texts in.
    pub fn page_language() -> Option<String> {
        element()?.get_attribute("data-lang")
    }

    /// The language and Fluent source the server wrote into the page.
    fn page_source() -> Option<(String, String)> {
        let element = element()?;
        let language = element.get_attribute("data-lang")?;
        let source: String = crate::json::parse(&element.text_content()?).ok()?;
        Some((language, source))
    }

    fn build() -> Option<FluentBundle<FluentResource>> {
        let (language, source) = page_source()?;
        let id = language.parse().ok()?;
        let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
        let mut bundle = FluentBundle::new(vec![id]);
        // As on the server (crate::texts): no isolation marks around placeables.
        bundle.set_use_isolating(false);
        // Duplicate ids keep the first definition; `check-locales` reports them.
        let _ = bundle.add_resource(resource);
        Some(bundle)
    }

    fn with_bundle<T>(f: impl FnOnce(Option<&FluentBundle<FluentResource>>) -> T) -> T {
        BUNDLE.with(|cell| f(cell.get_or_init(build).as_ref()))
    }

    pub fn format(key: &str, args: Option<&FluentArgs<'_>>) -> String {
        with_bundle(|bundle| {
            bundle
                .and_then(|b| {
                    let pattern = b.get_message(key)?.value()?;
                    let mut errors = Vec::new();
                    Some(b.format_pattern(pattern, args, &mut errors).into_owned())
                })
                .unwrap_or_else(|| key.to_owned())
        })
    }

    pub fn has(key: &str) -> bool {
        with_bundle(|bundle| bundle.is_some_and(|b| b.has_message(key)))
    }
}

/// The language a page renders in: on the server the request's (settled by the server's
/// language layer), in the browser the one the server wrote the page's texts in.
fn page_language() -> String {
    #[cfg(feature = "ssr")]
    {
        crate::api::request::request_language()
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        client_texts::page_language().unwrap_or_else(|| DEFAULT_LANGUAGE.to_owned())
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        DEFAULT_LANGUAGE.to_owned()
    }
}

/// Provides the page's [`I18n`] to its children.
#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    provide_i18n();
    children()
}

/// Provides the page's [`I18n`] below the current owner (an island's root, which must not
/// wrap its view in [`I18nProvider`]'s `Children`: see `crate::components::Shown`).
pub fn provide_i18n() {
    provide_context(I18n::new(&page_language()));
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
            let entry = language_entry(id);
            assert_eq!(entry.id, id);
            assert!(line.contains(&format!("\"{}\"", entry.name)), "name of {id}: {line}");
            assert_eq!(entry.rtl, is_rtl(id));
        }
    }

    #[test]
    fn translate_falls_back_to_english() {
        assert_eq!(translate("de", "app-name"), "Accredit-IO");
        assert_ne!(translate("de", "home-title"), translate("en", "home-title"));
        assert_eq!(translate("xx-unknown", "home-title"), translate("en", "home-title"));
    }
}
