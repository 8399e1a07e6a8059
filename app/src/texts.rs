//! Every text of every locale, on the server: the long texts the browser bundle leaves out
//! (standards, manual) and the catalogue the translator page shows.
//!
//! Production builds read the copy of `locales/` embedded at compile time. With a locale
//! directory configured (`LOCALES_DIR`; debug builds default to the repository's `locales/`)
//! the files are read from disk and re-read when one changes, so a translator sees an edit
//! after a page reload, without a rebuild.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::{Duration, Instant, SystemTime};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::i18n::{DEFAULT_LANGUAGE, LANGUAGES};
use crate::translation::{self, SourceMessage};

static EMBEDDED: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/../locales");

/// How often a directory source is checked for changed files (on use, not in the background).
const RECHECK: Duration = Duration::from_secs(1);

/// One `.ftl` file of one locale, as the translator tools see it.
#[derive(Debug, Clone)]
pub struct FileTexts {
    /// Path below the locale directory (`manual.ftl`).
    pub name: String,
    pub messages: Vec<SourceMessage>,
}

pub struct LocaleTexts {
    pub id: String,
    pub files: Vec<FileTexts>,
    /// Message id → (file index, message index), built once with the catalogue.
    index: std::collections::HashMap<String, (usize, usize)>,
    /// The English source hash each translation was last confirmed against.
    pub confirmed: BTreeMap<String, String>,
    bundle: FluentBundle<FluentResource>,
    /// What the browser gets of this locale: see [`interface_source`].
    interface: Arc<str>,
}

impl LocaleTexts {
    pub fn message(&self, id: &str) -> Option<&SourceMessage> {
        let (file, message) = *self.index.get(id)?;
        self.files.get(file)?.messages.get(message)
    }
}

/// All locales, loaded at one moment.
pub struct Catalogue {
    /// In the order of [`LANGUAGES`]; a locale without files is absent.
    pub locales: Vec<LocaleTexts>,
}

impl Catalogue {
    /// Builds the catalogue from `(locale, file name, contents)`; `.ftl` files become messages,
    /// [`translation::HASH_FILE`] the confirmed hashes, other files are ignored.
    pub fn build(files: Vec<(String, String, String)>) -> Self {
        let mut locales = Vec::new();
        for language in LANGUAGES {
            let mut mine: Vec<&(String, String, String)> =
                files.iter().filter(|(l, _, _)| l == language).collect();
            if mine.is_empty() {
                continue;
            }
            mine.sort_by(|a, b| a.1.cmp(&b.1));
            let Ok(id) = language.parse() else { continue };
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            let mut texts = LocaleTexts {
                id: language.to_owned(),
                files: Vec::new(),
                index: std::collections::HashMap::new(),
                confirmed: BTreeMap::new(),
                bundle,
                interface: Arc::from(""),
            };
            for (_, name, contents) in mine {
                if name == translation::HASH_FILE {
                    texts.confirmed = translation::parse_hashes(contents);
                } else if name.ends_with(".ftl") {
                    // A file with a syntax error still contributes what parsed; `check-locales`
                    // reports the error with its line.
                    let resource = FluentResource::try_new(contents.clone())
                        .unwrap_or_else(|(partial, _)| partial);
                    // A duplicate id keeps its first definition (also reported by the check).
                    let _ = texts.bundle.add_resource(resource);
                    let messages = translation::source_messages(contents);
                    let file = texts.files.len();
                    for (n, m) in messages.iter().enumerate() {
                        // The first definition wins, as in the bundle.
                        texts.index.entry(m.id.clone()).or_insert((file, n));
                    }
                    texts.files.push(FileTexts { name: name.clone(), messages });
                }
            }
            locales.push(texts);
        }
        let main_of = |language: &str| {
            files
                .iter()
                .find(|(l, n, _)| l == language && n == INTERFACE_FILE)
                .map_or("", |(_, _, c)| c.as_str())
        };
        let english = main_of(DEFAULT_LANGUAGE);
        for locale in &mut locales {
            locale.interface = Arc::from(interface_source(main_of(&locale.id), english));
        }
        Self { locales }
    }

    /// The interface texts the browser gets for `language` (English's for an unknown one).
    pub fn interface_source(&self, language: &str) -> Arc<str> {
        self.locale(language)
            .or_else(|| self.locale(DEFAULT_LANGUAGE))
            .map_or_else(|| Arc::from(""), |l| Arc::clone(&l.interface))
    }

    pub fn locale(&self, id: &str) -> Option<&LocaleTexts> {
        self.locales.iter().find(|l| l.id == id)
    }

    /// A message in `language`, else in English, else its id (so a gap is visible, never empty).
    pub fn format(&self, language: &str, id: &str, args: &[(&str, String)]) -> String {
        self.try_format(language, id, args)
            .or_else(|| self.try_format(DEFAULT_LANGUAGE, id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// [`Self::format`] with Fluent values (numbers select plural forms, strings do not).
    pub fn format_args(&self, language: &str, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.try_format_args(language, id, args)
            .or_else(|| self.try_format_args(DEFAULT_LANGUAGE, id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    fn try_format(&self, language: &str, id: &str, args: &[(&str, String)]) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(value.clone()));
        }
        self.try_format_args(language, id, Some(&fluent_args))
    }

    fn try_format_args(
        &self,
        language: &str,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        let bundle = &self.locale(language)?.bundle;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
    }

    pub fn has_english(&self, id: &str) -> bool {
        self.locale(DEFAULT_LANGUAGE).is_some_and(|l| l.bundle.has_message(id))
    }
}

/// The file of interface texts, the only one the browser needs.
const INTERFACE_FILE: &str = "main.ftl";

/// A locale's interface messages and terms for the browser: its own `main.ftl` with every
/// English entry it lacks (so the page needs no second bundle to fall back on), comments
/// left out, in canonical Fluent syntax.
pub fn interface_source(own: &str, english: &str) -> String {
    use fluent_syntax::ast::{Entry, Resource};
    fn entries(text: &str) -> Vec<Entry<&str>> {
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, _)| partial);
        // Comments attached to an entry are the translators', not the browser's.
        resource
            .body
            .into_iter()
            .filter_map(|entry| match entry {
                Entry::Message(mut m) => {
                    m.comment = None;
                    Some(Entry::Message(m))
                }
                Entry::Term(mut t) => {
                    t.comment = None;
                    Some(Entry::Term(t))
                }
                _ => None,
            })
            .collect()
    }
    fn key<'a>(entry: &Entry<&'a str>) -> Option<(bool, &'a str)> {
        match entry {
            Entry::Message(m) => Some((false, m.id.name)),
            Entry::Term(t) => Some((true, t.id.name)),
            _ => None,
        }
    }
    let mut body = entries(own);
    let present: std::collections::HashSet<(bool, &str)> = body.iter().filter_map(key).collect();
    body.extend(
        entries(english).into_iter().filter(|e| key(e).is_some_and(|k| !present.contains(&k))),
    );
    fluent_syntax::serializer::serialize(&Resource { body })
}

/// A file below the locale directory, its modification time and size: a change to either
/// means the file changed.
type FileStamp = (PathBuf, Option<SystemTime>, u64);

enum Source {
    Embedded,
    Directory(PathBuf),
}

/// The catalogue and where it comes from.
pub struct Store {
    source: Source,
    current: RwLock<Arc<Catalogue>>,
    /// When the directory was last looked at, and what its files looked like then.
    seen: Mutex<(Instant, Vec<FileStamp>)>,
}

impl Store {
    pub fn embedded() -> Self {
        let catalogue = Catalogue::build(embedded_files());
        Self {
            source: Source::Embedded,
            current: RwLock::new(Arc::new(catalogue)),
            seen: Mutex::new((Instant::now(), Vec::new())),
        }
    }

    pub fn directory(dir: PathBuf) -> Self {
        let stamp = stamp(&dir);
        let catalogue = Catalogue::build(directory_files(&dir));
        Self {
            source: Source::Directory(dir),
            current: RwLock::new(Arc::new(catalogue)),
            seen: Mutex::new((Instant::now(), stamp)),
        }
    }

    /// Where the files are read from (`None`: embedded in the binary).
    pub fn directory_path(&self) -> Option<&Path> {
        match &self.source {
            Source::Embedded => None,
            Source::Directory(dir) => Some(dir),
        }
    }

    /// The current catalogue; from a directory, re-read first if a file changed.
    pub fn catalogue(&self) -> Arc<Catalogue> {
        if let Source::Directory(dir) = &self.source {
            if let Ok(mut seen) = self.seen.lock() {
                if seen.0.elapsed() >= RECHECK {
                    let now = stamp(dir);
                    if now != seen.1 {
                        let fresh = Arc::new(Catalogue::build(directory_files(dir)));
                        if let Ok(mut current) = self.current.write() {
                            *current = fresh;
                        }
                        seen.1 = now;
                    }
                    seen.0 = Instant::now();
                }
            }
        }
        self.current
            .read()
            .map_or_else(|poisoned| Arc::clone(&poisoned.into_inner()), |c| Arc::clone(&c))
    }
}

/// The catalogue one page is rendered with, taken once at the start of the request (the
/// shell provides it): a locale file edited while a page renders must not give that page two
/// versions of its texts (its HTML in one, the texts it hydrates with in the other).
#[derive(Clone)]
pub struct PageCatalogue(pub Arc<Catalogue>);

/// The page's catalogue while a page renders, else the current one.
pub fn page_catalogue() -> Arc<Catalogue> {
    leptos::prelude::use_context::<PageCatalogue>().map_or_else(|| store().catalogue(), |c| c.0)
}

static STORE: OnceLock<Store> = OnceLock::new();

/// Chooses the source once, at start-up (the server calls it with its configuration).
/// Returns false if the store was already in use.
pub fn init(dir: Option<PathBuf>) -> bool {
    let store = dir.map_or_else(Store::embedded, Store::directory);
    STORE.set(store).is_ok()
}

/// The process-wide store; without [`init`], debug builds read the repository's `locales/`
/// (edits show without a rebuild) and release builds the embedded copy.
pub fn store() -> &'static Store {
    STORE.get_or_init(|| {
        let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        if cfg!(debug_assertions) && repository.is_dir() {
            Store::directory(repository)
        } else {
            Store::embedded()
        }
    })
}

/// A text in `language` (English fallback) from the current catalogue.
pub fn text(language: &str, id: &str) -> String {
    store().catalogue().format(language, id, &[])
}

/// Whether English has a message with this id (in any file).
pub fn has_english(id: &str) -> bool {
    store().catalogue().has_english(id)
}

/// The manual in `language`, chapter by chapter.
pub fn manual(language: &str) -> Vec<crate::manual::Chapter> {
    let catalogue = store().catalogue();
    crate::manual::CHAPTERS
        .iter()
        .map(|id| {
            let [title, summary, body] = crate::manual::message_ids(id);
            crate::manual::Chapter {
                id: (*id).to_owned(),
                title: catalogue.format(language, &title, &[]),
                summary: catalogue.format(language, &summary, &[]),
                blocks: crate::manual::parse_body(id, &catalogue.format(language, &body, &[])),
            }
        })
        .collect()
}

fn embedded_files() -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for locale in EMBEDDED.dirs() {
        let Some(language) = locale.path().file_name().and_then(|n| n.to_str()) else { continue };
        collect_embedded(locale, language, locale.path(), &mut out);
    }
    out
}

fn collect_embedded(
    dir: &include_dir::Dir<'static>,
    language: &str,
    root: &Path,
    out: &mut Vec<(String, String, String)>,
) {
    for file in dir.files() {
        let name =
            file.path().strip_prefix(root).unwrap_or(file.path()).to_string_lossy().into_owned();
        if let Some(contents) = file.contents_utf8() {
            out.push((language.to_owned(), name, contents.to_owned()));
        }
    }
    for sub in dir.dirs() {
        collect_embedded(sub, language, root, out);
    }
}

fn directory_files(dir: &Path) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for (path, _, _) in stamp(dir) {
        let Ok(relative) = path.strip_prefix(dir) else { continue };
        let mut parts = relative.components();
        let Some(language) = parts.next().and_then(|c| c.as_os_str().to_str()) else { continue };
        let name = parts.as_path().to_string_lossy().into_owned();
        if let Ok(contents) = std::fs::read_to_string(&path) {
            out.push((language.to_owned(), name, contents));
        }
    }
    out
}

/// Every file below the locale directories with its modification time and size, sorted.
fn stamp(dir: &Path) -> Vec<FileStamp> {
    fn walk(dir: &Path, out: &mut Vec<FileStamp>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = entry.metadata() else { continue };
            if meta.is_dir() {
                walk(&path, out);
            } else {
                out.push((path, meta.modified().ok(), meta.len()));
            }
        }
    }
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return out };
    for entry in entries.flatten() {
        if entry.path().is_dir() {
            walk(&entry.path(), &mut out);
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
        list.iter().map(|(l, n, c)| ((*l).to_owned(), (*n).to_owned(), (*c).to_owned())).collect()
    }

    #[test]
    fn texts_fall_back_to_english_then_to_the_id() {
        let c = Catalogue::build(files(&[
            ("en", "a.ftl", "hi = Hello { $who }\nonly-en = Only\n"),
            ("de", "a.ftl", "hi = Hallo { $who }\n"),
        ]));
        assert_eq!(c.format("de", "hi", &[("who", "Ana".into())]), "Hallo Ana");
        assert_eq!(c.format("de", "only-en", &[]), "Only");
        assert_eq!(c.format("fr", "hi", &[("who", "Jo".into())]), "Hello Jo");
        assert_eq!(c.format("de", "nowhere", &[]), "nowhere");
        assert!(c.has_english("only-en") && !c.has_english("nowhere"));
    }

    #[test]
    fn the_embedded_copy_has_every_locale_and_the_long_texts() {
        let c = Catalogue::build(embedded_files());
        assert_eq!(c.locales.len(), LANGUAGES.len());
        for language in LANGUAGES {
            let names: Vec<&str> = c
                .locale(language)
                .map(|l| l.files.iter().map(|f| f.name.as_str()).collect())
                .unwrap_or_default();
            for expected in ["main.ftl", "manual.ftl", "standards.ftl"] {
                assert!(names.contains(&expected), "{language}: {names:?}");
            }
        }
        assert_ne!(c.format("ar", "manual-overview", &[]), c.format("en", "manual-overview", &[]));
    }

    #[test]
    fn the_browser_gets_one_language_with_english_filling_its_gaps() {
        let english = "# a comment\n-brand = Accredit\nhi = Hello { -brand }\nonly-en = Only\n";
        let german = "hi = Hallo { -brand }\n";
        let source = interface_source(german, english);
        assert!(source.contains("hi = Hallo"), "{source}");
        assert!(!source.contains("Hello"), "{source}");
        assert!(source.contains("only-en = Only") && source.contains("-brand = Accredit"));
        assert!(!source.contains("comment"), "{source}");
        let c = Catalogue::build(files(&[("en", "main.ftl", english), ("de", "main.ftl", german)]));
        assert_eq!(c.interface_source("de").as_ref(), source);
        assert_eq!(c.interface_source("xx").as_ref(), c.interface_source("en").as_ref());
    }

    #[test]
    fn a_page_keeps_the_catalogue_it_started_with() {
        let snapshot = Arc::new(Catalogue::build(files(&[("en", "main.ftl", "hi = Then\n")])));
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            leptos::prelude::provide_context(PageCatalogue(Arc::clone(&snapshot)));
            assert!(Arc::ptr_eq(&page_catalogue(), &snapshot));
            assert_eq!(page_catalogue().format("en", "hi", &[]), "Then");
        });
        // Outside a page (mail, server functions): the current catalogue.
        assert!(!Arc::ptr_eq(&page_catalogue(), &snapshot));
    }

    #[test]
    fn numbers_choose_plural_forms() {
        let c = Catalogue::build(files(&[(
            "en",
            "main.ftl",
            "n = { $count ->\n    [one] one change\n   *[other] { $count } changes\n}\n",
        )]));
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(1));
        assert_eq!(c.format_args("en", "n", Some(&args)), "one change");
        args.set("count", FluentValue::from(7));
        assert_eq!(c.format_args("en", "n", Some(&args)), "7 changes");
    }

    #[test]
    fn a_directory_source_sees_an_edit_without_a_restart() {
        let dir = std::env::temp_dir().join(format!("texts-reload-{}", std::process::id()));
        let en = dir.join("en");
        std::fs::create_dir_all(&en).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(en.join("a.ftl"), "x = before\n").unwrap_or_else(|e| panic!("{e}"));
        let store = Store::directory(dir.clone());
        assert_eq!(store.catalogue().format("en", "x", &[]), "before");
        // A different length guarantees a changed stamp even where mtimes are coarse.
        std::fs::write(en.join("a.ftl"), "x = after the edit\n").unwrap_or_else(|e| panic!("{e}"));
        if let Ok(mut seen) = store.seen.lock() {
            seen.0 = Instant::now().checked_sub(RECHECK).unwrap_or(seen.0);
        }
        assert_eq!(store.catalogue().format("en", "x", &[]), "after the edit");
        let _ = std::fs::remove_dir_all(dir);
    }
}
