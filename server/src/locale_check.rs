//! `server check-locales`: every `.ftl` file parses, every supported locale exists and has
//! the messages of `en`, with the same variables per message.
//!
//! Errors (fail the check): syntax errors (file:line), a missing locale directory, a message
//! missing from a locale, a variable mismatch, a message defined twice. Obsolete messages
//! (in a locale but not in `en`) are reported as warnings: they are harmless until removed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Variables used by each message (and its attributes), keyed by message id.
type Messages = BTreeMap<String, BTreeSet<String>>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    Syntax { file: PathBuf, line: usize, message: String },
    Unreadable { path: PathBuf, message: String },
    MissingLocale { locale: String },
    Duplicate { file: PathBuf, line: usize, key: String },
    Missing { locale: String, key: String },
    VariableMismatch { locale: String, key: String, expected: BTreeSet<String>, found: BTreeSet<String> },
    Obsolete { locale: String, key: String },
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
            Self::Syntax { file, line, message } => write!(f, "{}:{line}: syntax error: {message}", file.display()),
            Self::Unreadable { path, message } => write!(f, "{}: cannot read: {message}", path.display()),
            Self::MissingLocale { locale } => write!(f, "locale {locale}: directory missing"),
            Self::Duplicate { file, line, key } => write!(f, "{}:{line}: message {key} defined twice", file.display()),
            Self::Missing { locale, key } => write!(f, "locale {locale}: missing message {key}"),
            Self::VariableMismatch { locale, key, expected, found } => write!(
                f,
                "locale {locale}: message {key} uses [{}] but en uses [{}]",
                vars(found),
                vars(expected)
            ),
            Self::Obsolete { locale, key } => write!(f, "locale {locale}: warning: obsolete message {key} (not in en)"),
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
        let mut translated = 0;
        for (key, expected) in &source_messages {
            match messages.get(key) {
                None => report.findings.push(Finding::Missing { locale: (*locale).to_owned(), key: key.clone() }),
                Some(found) if found != expected => report.findings.push(Finding::VariableMismatch {
                    locale: (*locale).to_owned(),
                    key: key.clone(),
                    expected: expected.clone(),
                    found: found.clone(),
                }),
                Some(_) => translated += 1,
            }
        }
        for key in messages.keys().filter(|k| !source_messages.contains_key(*k)) {
            report.findings.push(Finding::Obsolete { locale: (*locale).to_owned(), key: key.clone() });
        }
        report.coverage.push(Coverage { locale: (*locale).to_owned(), translated, total: source_messages.len() });
    }
    report
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
    let mut seen_at: BTreeMap<String, ()> = BTreeMap::new();
    for file in files {
        match std::fs::read_to_string(&file) {
            Ok(source) => {
                for (key, line, used) in parse_file(&file, &source, findings) {
                    if seen_at.insert(key.clone(), ()).is_some() {
                        findings.push(Finding::Duplicate { file: file.clone(), line, key: key.clone() });
                    }
                    messages.insert(key, used);
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
fn parse_file(file: &Path, source: &str, findings: &mut Vec<Finding>) -> Vec<(String, usize, BTreeSet<String>)> {
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
                let offset = id.as_ptr() as usize - source.as_ptr() as usize;
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
        InlineExpression::TermReference { arguments: Some(arguments), .. } => call_variables(arguments, out),
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
            let dir = std::env::temp_dir().join(format!("locale-check-{}-{}", std::process::id(), rand_suffix()));
            for (path, content) in files {
                let path = dir.join(path);
                std::fs::create_dir_all(path.parent().unwrap_or(&dir)).unwrap_or_else(|e| panic!("{e}"));
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
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos())
    }

    #[test]
    fn a_consistent_set_passes() {
        let f = Fixture::new(&[
            ("en/main.ftl", "hello = Hello { $name }!\nbye = Bye\n    .title = Leave { $place }\n"),
            ("de/main.ftl", "hello = Hallo { $name }!\nbye = Tschüss\n    .title = { $place } verlassen\n"),
        ]);
        let report = check(&f.0, &["en", "de"]);
        assert!(report.passed(), "{:?}", report.findings);
        assert_eq!(report.coverage, vec![Coverage { locale: "de".into(), translated: 2, total: 2 }]);
    }

    #[test]
    fn syntax_error_is_reported_with_file_and_line() {
        let f = Fixture::new(&[("en/main.ftl", "a = A\nb = B\n"), ("de/main.ftl", "a = A\n\nb = { $x\n")]);
        let report = check(&f.0, &["en", "de"]);
        let syntax: Vec<_> = report.findings.iter().filter(|x| matches!(x, Finding::Syntax { .. })).collect();
        assert_eq!(syntax.len(), 1, "{:?}", report.findings);
        let text = syntax[0].to_string();
        assert!(text.contains("de/main.ftl:3:"), "{text}");
        assert!(!report.passed());
    }

    #[test]
    fn missing_keys_locales_and_variables_fail_obsolete_only_warns() {
        let f = Fixture::new(&[
            ("en/main.ftl", "a = A { $n }\nb = B\nsel = { $count ->\n    [one] one { $who }\n   *[other] many\n}\n"),
            ("fr/main.ftl", "a = A { $m }\nextra = X\nsel = { $count ->\n   *[other] plusieurs\n}\n"),
        ]);
        let report = check(&f.0, &["en", "fr", "ar"]);
        let text: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
        assert!(text.contains(&"locale fr: missing message b".to_owned()), "{text:?}");
        assert!(text.contains(&"locale fr: message a uses [$m] but en uses [$n]".to_owned()), "{text:?}");
        assert!(text.contains(&"locale fr: message sel uses [$count] but en uses [$count, $who]".to_owned()), "{text:?}");
        assert!(text.contains(&"locale ar: directory missing".to_owned()), "{text:?}");
        let obsolete = report.findings.iter().find(|x| matches!(x, Finding::Obsolete { .. }));
        assert!(obsolete.is_some_and(|o| !o.is_error()));
        assert_eq!(report.errors().count(), 4);
    }

    #[test]
    fn duplicates_across_files_are_errors() {
        let f = Fixture::new(&[("en/a.ftl", "x = 1\n"), ("en/b.ftl", "\n\nx = 2\n")]);
        let report = check(&f.0, &["en"]);
        assert_eq!(report.findings, vec![Finding::Duplicate { file: f.0.join("en/b.ftl"), line: 3, key: "x".into() }]);
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
