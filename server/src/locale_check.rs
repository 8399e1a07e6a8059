//! `server check-locales`: every `.ftl` file parses, every supported locale exists and has
//! the messages of `en`, with the same variables per message, and every translation was
//! confirmed against the English text it translates (see `app::translation`).
//!
//! Errors (fail the check): syntax errors, a missing locale directory, a message missing
//! from a locale, a variable mismatch, a message defined twice, a stale or unconfirmed
//! translation, a manual chapter whose sub-headings differ in number from English (the help
//! links point at them by position). Each names a file and line. Obsolete messages (in a
//! locale but not in `en`) are warnings: they are harmless until removed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use app::translation::{self, HASH_FILE, KeyState};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Where a message is and what it uses.
#[derive(Debug, Clone)]
struct MessageInfo {
    file: PathBuf,
    line: usize,
    variables: BTreeSet<String>,
    hash: String,
    source: String,
}

type Messages = BTreeMap<String, MessageInfo>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    Syntax {
        file: PathBuf,
        line: usize,
        message: String,
    },
    Unreadable {
        path: PathBuf,
        message: String,
    },
    MissingLocale {
        locale: String,
    },
    Duplicate {
        file: PathBuf,
        line: usize,
        key: String,
    },
    /// `file:line` is where the English message is.
    Missing {
        locale: String,
        key: String,
        file: PathBuf,
        line: usize,
    },
    VariableMismatch {
        locale: String,
        key: String,
        expected: BTreeSet<String>,
        found: BTreeSet<String>,
        file: PathBuf,
        line: usize,
    },
    /// The English text changed after the translation was confirmed.
    Stale {
        locale: String,
        key: String,
        file: PathBuf,
        line: usize,
    },
    /// Translated, but no confirmation recorded.
    Unconfirmed {
        locale: String,
        key: String,
        file: PathBuf,
        line: usize,
    },
    /// A manual body with another number of sub-headings than English.
    Structure {
        locale: String,
        key: String,
        expected: usize,
        found: usize,
        file: PathBuf,
        line: usize,
    },
    Obsolete {
        locale: String,
        key: String,
        file: PathBuf,
        line: usize,
    },
}

impl Finding {
    pub fn is_error(&self) -> bool {
        !matches!(self, Self::Obsolete { .. })
    }
}

fn vars(set: &BTreeSet<String>) -> String {
    set.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax { file, line, message } => {
                write!(f, "{}:{line}: syntax error: {message}", file.display())
            }
            Self::Unreadable { path, message } => {
                write!(f, "{}: cannot read: {message}", path.display())
            }
            Self::MissingLocale { locale } => write!(f, "locale {locale}: directory missing"),
            Self::Duplicate { file, line, key } => {
                write!(f, "{}:{line}: message {key} defined twice", file.display())
            }
            Self::Missing { locale, key, file, line } => {
                write!(f, "{}:{line}: locale {locale}: missing message {key}", file.display())
            }
            Self::VariableMismatch { locale, key, expected, found, file, line } => write!(
                f,
                "{}:{line}: locale {locale}: message {key} uses [{}] but en uses [{}]",
                file.display(),
                vars(found),
                vars(expected)
            ),
            Self::Stale { locale, key, file, line } => write!(
                f,
                "{}:{line}: locale {locale}: message {key} is stale: its English text changed after the translation was confirmed (update it, then `server check-locales --confirm {locale} {key}`)",
                file.display()
            ),
            Self::Unconfirmed { locale, key, file, line } => write!(
                f,
                "{}:{line}: locale {locale}: message {key} was never confirmed against English (`server check-locales --confirm {locale} {key}`)",
                file.display()
            ),
            Self::Structure { locale, key, expected, found, file, line } => write!(
                f,
                "{}:{line}: locale {locale}: message {key} has {found} sub-heading(s) but en has {expected}",
                file.display()
            ),
            Self::Obsolete { locale, key, file, line } => {
                write!(
                    f,
                    "{}:{line}: locale {locale}: warning: obsolete message {key} (not in en)",
                    file.display()
                )
            }
        }
    }
}

/// Per-locale counts for the summary table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub locale: String,
    pub translated: usize,
    pub total: usize,
}

#[derive(Debug, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub coverage: Vec<Coverage>,
}

impl Report {
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.is_error())
    }

    pub fn passed(&self) -> bool {
        self.errors().next().is_none()
    }
}

/// Checks `dir` (with one sub-directory per locale) against `expected_locales`; the first
/// of them is the source language.
pub fn check(dir: &Path, expected_locales: &[&str]) -> Report {
    let mut report = Report::default();
    let Some((source, others)) = expected_locales.split_first() else {
        return report;
    };
    let source_messages = load_locale(&dir.join(source), &mut report.findings);
    let Some(source_messages) = source_messages else {
        report.findings.push(Finding::MissingLocale { locale: (*source).to_owned() });
        return report;
    };
    for locale in others {
        let Some(messages) = load_locale(&dir.join(locale), &mut report.findings) else {
            report.findings.push(Finding::MissingLocale { locale: (*locale).to_owned() });
            continue;
        };
        let confirmed = read_hashes(&dir.join(locale));
        let locale_name = (*locale).to_owned();
        let mut translated = 0;
        for (key, english) in &source_messages {
            let Some(found) = messages.get(key) else {
                report.findings.push(Finding::Missing {
                    locale: locale_name.clone(),
                    key: key.clone(),
                    file: english.file.clone(),
                    line: english.line,
                });
                continue;
            };
            let at = (found.file.clone(), found.line);
            if found.variables != english.variables {
                report.findings.push(Finding::VariableMismatch {
                    locale: locale_name.clone(),
                    key: key.clone(),
                    expected: english.variables.clone(),
                    found: found.variables.clone(),
                    file: at.0,
                    line: at.1,
                });
                continue;
            }
            if key.starts_with("manual-") && key.ends_with("-body") {
                let (expected, got) = (
                    app::manual::heading_count(&english.source),
                    app::manual::heading_count(&found.source),
                );
                if expected != got {
                    report.findings.push(Finding::Structure {
                        locale: locale_name.clone(),
                        key: key.clone(),
                        expected,
                        found: got,
                        file: at.0.clone(),
                        line: at.1,
                    });
                }
            }
            match KeyState::of(&english.hash, true, confirmed.get(key).map(String::as_str)) {
                KeyState::Stale => report.findings.push(Finding::Stale {
                    locale: locale_name.clone(),
                    key: key.clone(),
                    file: at.0,
                    line: at.1,
                }),
                KeyState::Unconfirmed => report.findings.push(Finding::Unconfirmed {
                    locale: locale_name.clone(),
                    key: key.clone(),
                    file: at.0,
                    line: at.1,
                }),
                KeyState::Current | KeyState::Missing => translated += 1,
            }
        }
        for (key, m) in messages.iter().filter(|(k, _)| !source_messages.contains_key(*k)) {
            report.findings.push(Finding::Obsolete {
                locale: locale_name.clone(),
                key: key.clone(),
                file: m.file.clone(),
                line: m.line,
            });
        }
        report.coverage.push(Coverage {
            locale: locale_name,
            translated,
            total: source_messages.len(),
        });
    }
    report
}

fn read_hashes(locale_dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_to_string(locale_dir.join(HASH_FILE))
        .map(|t| translation::parse_hashes(&t))
        .unwrap_or_default()
}

/// What `confirm` should record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    /// These messages of this locale (`all` for every locale) match the current English text.
    Messages { locale: String, keys: Vec<String> },
    /// Record every translation that has no confirmation yet (new messages just translated);
    /// stale ones are left alone: they need a look first.
    New,
}

/// Writes confirmations into the locales' hash files; returns how many were recorded, or
/// the problems that stopped it (unknown locale or message).
pub fn confirm(
    dir: &Path,
    expected_locales: &[&str],
    what: &Confirm,
) -> Result<usize, Vec<String>> {
    let mut ignored = Vec::new();
    let Some((source, others)) = expected_locales.split_first() else { return Ok(0) };
    let english = load_locale(&dir.join(source), &mut ignored)
        .ok_or_else(|| vec![format!("locale {source}: directory missing")])?;
    let targets: Vec<&str> = match what {
        Confirm::Messages { locale, .. } if locale == "all" => others.to_vec(),
        Confirm::Messages { locale, .. } => match others.iter().find(|l| *l == locale) {
            Some(l) => vec![*l],
            None => return Err(vec![format!("unknown locale {locale}")]),
        },
        Confirm::New => others.to_vec(),
    };
    let mut problems = Vec::new();
    let mut recorded = 0;
    for locale in targets {
        let locale_dir = dir.join(locale);
        let messages = load_locale(&locale_dir, &mut ignored).unwrap_or_default();
        let mut hashes = read_hashes(&locale_dir);
        let keys: Vec<String> = match what {
            Confirm::Messages { keys, .. } => keys.clone(),
            Confirm::New => english
                .keys()
                .filter(|k| messages.contains_key(*k) && !hashes.contains_key(*k))
                .cloned()
                .collect(),
        };
        let mut changed = false;
        for key in keys {
            match (english.get(&key), messages.get(&key)) {
                (Some(e), Some(_)) => {
                    changed |= hashes.insert(key, e.hash.clone()).as_ref() != Some(&e.hash);
                    recorded += 1;
                }
                (None, _) => problems.push(format!("no English message {key}")),
                (_, None) => {
                    problems.push(format!("locale {locale}: message {key} is not translated"))
                }
            }
        }
        if changed {
            if let Err(e) =
                std::fs::write(locale_dir.join(HASH_FILE), translation::format_hashes(&hashes))
            {
                problems.push(format!("{}: {e}", locale_dir.join(HASH_FILE).display()));
            }
        }
    }
    if problems.is_empty() { Ok(recorded) } else { Err(problems) }
}

/// Reads every `.ftl` file of one locale directory (sorted, recursively); `None` when the
/// directory does not exist.
fn load_locale(dir: &Path, findings: &mut Vec<Finding>) -> Option<Messages> {
    if !dir.is_dir() {
        return None;
    }
    let mut files = Vec::new();
    collect_ftl_files(dir, &mut files, findings);
    files.sort();
    let mut messages = Messages::new();
    for file in files {
        match std::fs::read_to_string(&file) {
            Ok(source) => {
                let canonical: BTreeMap<String, translation::SourceMessage> =
                    translation::source_messages(&source)
                        .into_iter()
                        .map(|m| (m.id.clone(), m))
                        .collect();
                for (key, line, variables) in parse_file(&file, &source, findings) {
                    if messages.contains_key(&key) {
                        findings.push(Finding::Duplicate {
                            file: file.clone(),
                            line,
                            key: key.clone(),
                        });
                        continue;
                    }
                    let (hash, text) = canonical
                        .get(&key)
                        .map(|m| (m.hash.clone(), m.source.clone()))
                        .unwrap_or_default();
                    messages.insert(
                        key,
                        MessageInfo { file: file.clone(), line, variables, hash, source: text },
                    );
                }
            }
            Err(e) => findings.push(Finding::Unreadable { path: file, message: e.to_string() }),
        }
    }
    Some(messages)
}

fn collect_ftl_files(dir: &Path, out: &mut Vec<PathBuf>, findings: &mut Vec<Finding>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            findings.push(Finding::Unreadable { path: dir.to_owned(), message: e.to_string() });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_ftl_files(&path, out, findings);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            out.push(path);
        }
    }
}

fn line_of(source: &str, offset: usize) -> usize {
    source.get(..offset).map_or(1, |before| before.matches('\n').count() + 1)
}

/// Parses one file: syntax errors become findings; returns (message id, line, variables).
/// Terms (`-brand`) are not messages: they are shared by reference, not looked up by key.
fn parse_file(
    file: &Path,
    source: &str,
    findings: &mut Vec<Finding>,
) -> Vec<(String, usize, BTreeSet<String>)> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                // The parser's position may already be past the broken line (at the next
                // line or at the end of file); the junk slice starts at the broken entry.
                let start = error.slice.as_ref().map_or(error.pos.start, |slice| {
                    let junk = source.get(slice.clone()).unwrap_or("");
                    slice.start + (junk.len() - junk.trim_start().len())
                });
                findings.push(Finding::Syntax {
                    file: file.to_owned(),
                    line: line_of(source, start),
                    message: error.kind.to_string(),
                });
            }
            resource
        }
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut used = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut used);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut used);
                }
                let id = message.id.name;
                let offset = id.as_ptr().addr() - source.as_ptr().addr();
                Some((id.to_owned(), line_of(source, offset), used))
            }
            _ => None,
        })
        .collect()
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => call_variables(arguments, out),
        InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            call_variables(arguments, out)
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn call_variables(arguments: &ast::CallArguments<&str>, out: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        inline_variables(positional, out);
    }
    for named in &arguments.named {
        inline_variables(&named.value, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixture(PathBuf);

    impl Fixture {
        fn new(files: &[(&str, &str)]) -> Self {
            let dir = std::env::temp_dir().join(format!(
                "locale-check-{}-{}",
                std::process::id(),
                rand_suffix()
            ));
            for (path, content) in files {
                let path = dir.join(path);
                std::fs::create_dir_all(path.parent().unwrap_or(&dir))
                    .unwrap_or_else(|e| panic!("{e}"));
                std::fs::write(path, content).unwrap_or_else(|e| panic!("{e}"));
            }
            Self(dir)
        }
    }

    impl Drop for Fixture {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn rand_suffix() -> u128 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    }

    /// A hash file for `locale` confirming every message of `english` as it is now.
    fn confirmed(english: &str) -> String {
        let hashes =
            translation::source_messages(english).into_iter().map(|m| (m.id, m.hash)).collect();
        translation::format_hashes(&hashes)
    }

    const EN: &str = "hello = Hello { $name }!\nbye = Bye\n    .title = Leave { $place }\n";

    #[test]
    fn a_consistent_set_passes() {
        let f = Fixture::new(&[
            ("en/main.ftl", EN),
            (
                "de/main.ftl",
                "hello = Hallo { $name }!\nbye = Tschüss\n    .title = { $place } verlassen\n",
            ),
            ("de/source-hashes.txt", &confirmed(EN)),
        ]);
        let report = check(&f.0, &["en", "de"]);
        assert!(report.passed(), "{:?}", report.findings);
        assert_eq!(
            report.coverage,
            vec![Coverage { locale: "de".into(), translated: 2, total: 2 }]
        );
    }

    #[test]
    fn a_changed_english_text_makes_the_translation_stale_until_confirmed() {
        let f = Fixture::new(&[
            (
                "en/main.ftl",
                "hello = Hello again { $name }!\nbye = Bye\n    .title = Leave { $place }\n",
            ),
            (
                "de/main.ftl",
                "\nhello = Hallo { $name }!\nbye = Tschüss\n    .title = { $place } verlassen\n",
            ),
            ("de/source-hashes.txt", &confirmed(EN)),
        ]);
        let report = check(&f.0, &["en", "de"]);
        let text: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 1, "{text:?}");
        assert!(
            text[0].starts_with(&format!(
                "{}:2: locale de: message hello is stale",
                f.0.join("de/main.ftl").display()
            )),
            "{text:?}"
        );
        // Formatting-only edits are not changes.
        assert_eq!(
            confirm(
                &f.0,
                &["en", "de"],
                &Confirm::Messages { locale: "de".into(), keys: vec!["hello".into()] }
            ),
            Ok(1)
        );
        assert!(check(&f.0, &["en", "de"]).passed());
        assert!(
            confirm(
                &f.0,
                &["en", "de"],
                &Confirm::Messages { locale: "de".into(), keys: vec!["nope".into()] }
            )
            .is_err()
        );
        assert!(
            confirm(
                &f.0,
                &["en", "de"],
                &Confirm::Messages { locale: "xx".into(), keys: vec!["hello".into()] }
            )
            .is_err()
        );
    }

    #[test]
    fn new_translations_need_a_confirmation_and_confirm_new_leaves_stale_ones() {
        let f = Fixture::new(&[
            ("en/main.ftl", "a = A\nb = B changed\n"),
            ("de/main.ftl", "a = A\nb = B\n"),
            ("de/source-hashes.txt", &confirmed("b = B\n")),
        ]);
        let before: Vec<String> =
            check(&f.0, &["en", "de"]).findings.iter().map(ToString::to_string).collect();
        assert!(before.iter().any(|t| t.contains("message a was never confirmed")), "{before:?}");
        assert!(before.iter().any(|t| t.contains("message b is stale")), "{before:?}");
        assert_eq!(confirm(&f.0, &["en", "de"], &Confirm::New), Ok(1));
        let after: Vec<String> =
            check(&f.0, &["en", "de"]).findings.iter().map(ToString::to_string).collect();
        assert_eq!(after.len(), 1, "{after:?}");
        assert!(after[0].contains("message b is stale"));
    }

    #[test]
    fn manual_chapters_keep_their_sub_headings() {
        let en = "manual-x-body =\n    Intro.\n\n    ## One\n\n    Text.\n\n    ## Two\n";
        let f = Fixture::new(&[
            ("en/manual.ftl", en),
            ("de/manual.ftl", "manual-x-body =\n    Einleitung.\n\n    ## Eins\n\n    Text.\n"),
            ("de/source-hashes.txt", &confirmed(en)),
        ]);
        let text: Vec<String> =
            check(&f.0, &["en", "de"]).findings.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 1, "{text:?}");
        assert!(text[0].contains("de/manual.ftl:1: locale de: message manual-x-body has 1 sub-heading(s) but en has 2"), "{text:?}");
    }

    #[test]
    fn syntax_error_is_reported_with_file_and_line() {
        let f = Fixture::new(&[
            ("en/main.ftl", "a = A\nb = B\n"),
            ("de/main.ftl", "a = A\n\nb = { $x\n"),
        ]);
        let report = check(&f.0, &["en", "de"]);
        let syntax: Vec<_> =
            report.findings.iter().filter(|x| matches!(x, Finding::Syntax { .. })).collect();
        assert_eq!(syntax.len(), 1, "{:?}", report.findings);
        let text = syntax[0].to_string();
        assert!(text.contains("de/main.ftl:3:"), "{text}");
        assert!(!report.passed());
    }

    #[test]
    fn missing_keys_locales_and_variables_fail_obsolete_only_warns() {
        let en =
            "a = A { $n }\nb = B\nsel = { $count ->\n    [one] one { $who }\n   *[other] many\n}\n";
        let f = Fixture::new(&[
            ("en/main.ftl", en),
            (
                "fr/main.ftl",
                "a = A { $m }\nextra = X\nsel = { $count ->\n   *[other] plusieurs\n}\n",
            ),
            ("fr/source-hashes.txt", &confirmed(en)),
        ]);
        let report = check(&f.0, &["en", "fr", "ar"]);
        let text: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
        let en_file = f.0.join("en/main.ftl").display().to_string();
        let fr_file = f.0.join("fr/main.ftl").display().to_string();
        assert!(text.contains(&format!("{en_file}:2: locale fr: missing message b")), "{text:?}");
        assert!(
            text.contains(&format!("{fr_file}:1: locale fr: message a uses [$m] but en uses [$n]")),
            "{text:?}"
        );
        assert!(
            text.contains(&format!(
                "{fr_file}:3: locale fr: message sel uses [$count] but en uses [$count, $who]"
            )),
            "{text:?}"
        );
        assert!(text.contains(&"locale ar: directory missing".to_owned()), "{text:?}");
        let obsolete = report.findings.iter().find(|x| matches!(x, Finding::Obsolete { .. }));
        assert!(obsolete.is_some_and(|o| !o.is_error()));
        assert_eq!(report.errors().count(), 4);
    }

    #[test]
    fn duplicates_across_files_are_errors() {
        let f = Fixture::new(&[("en/a.ftl", "x = 1\n"), ("en/b.ftl", "\n\nx = 2\n")]);
        let report = check(&f.0, &["en"]);
        assert_eq!(
            report.findings,
            vec![Finding::Duplicate { file: f.0.join("en/b.ftl"), line: 3, key: "x".into() }]
        );
    }

    #[test]
    fn the_repository_locales_pass() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let report = check(&dir, &app::i18n::LANGUAGES);
        let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        assert_eq!(report.coverage.len(), app::i18n::LANGUAGES.len() - 1);
    }
}
