//! Translator bookkeeping: the source text of each message, its hash, and whether a
//! translation is current, missing or stale.
//!
//! A translation is *stale* when the English message changed after the translation was last
//! confirmed. Each locale keeps the hash of the English source it was confirmed against in
//! `locales/<lang>/source-hashes.txt` (one `id hash` line per message, committed);
//! `server check-locales --confirm <lang> <id>…` (or `--confirm-new`) writes it.

#[cfg(feature = "ssr")]
use std::collections::BTreeMap;

#[cfg(feature = "ssr")]
use fluent_syntax::ast::{Entry, Resource};
use serde::{Deserialize, Serialize};
#[cfg(feature = "ssr")]
use sha2::{Digest, Sha256};

/// The file, in each locale directory, that holds the confirmed English hashes.
pub const HASH_FILE: &str = "source-hashes.txt";

#[cfg(feature = "ssr")]
/// One message as written in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceMessage {
    pub id: String,
    /// 1-based line of the id.
    pub line: usize,
    /// The value and attributes in canonical Fluent syntax (`Hello { $name }`).
    pub source: String,
    /// Hash of the canonical form: formatting-only edits don't change it.
    pub hash: String,
}

#[cfg(feature = "ssr")]
/// The messages of one file (terms and comments left out), in file order. Entries that do
/// not parse are skipped: `check-locales` reports them.
pub fn source_messages(text: &str) -> Vec<SourceMessage> {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, _)| partial);
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let id = message.id.name.to_owned();
                let offset = message.id.name.as_ptr().addr() - text.as_ptr().addr();
                let line = text.get(..offset).map_or(1, |b| b.matches('\n').count() + 1);
                let canonical = fluent_syntax::serializer::serialize(&Resource {
                    body: vec![Entry::Message(message)],
                });
                let source = canonical
                    .strip_prefix(&format!("{id} ="))
                    .unwrap_or(&canonical)
                    .trim()
                    .to_owned();
                Some(SourceMessage { hash: source_hash(&canonical), id, line, source })
            }
            _ => None,
        })
        .collect()
}

#[cfg(feature = "ssr")]
/// Short, stable hash of a message's canonical source (16 hex digits of SHA-256).
pub fn source_hash(canonical: &str) -> String {
    let digest = Sha256::digest(canonical.as_bytes());
    hex::encode(&digest[..8])
}

#[cfg(feature = "ssr")]
/// Reads a hash file; malformed lines are ignored (the next confirm rewrites the file).
pub fn parse_hashes(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            Some((parts.next()?.to_owned(), parts.next()?.to_owned()))
        })
        .collect()
}

#[cfg(feature = "ssr")]
pub fn format_hashes(hashes: &BTreeMap<String, String>) -> String {
    let mut out = String::from(
        "# English source hash each translation of this locale was last confirmed against.\n# Written by `server check-locales --confirm`; see docs/translating.md.\n",
    );
    for (id, hash) in hashes {
        out.push_str(id);
        out.push(' ');
        out.push_str(hash);
        out.push('\n');
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeyState {
    Current,
    Missing,
    /// The English text changed since the translation was confirmed.
    Stale,
    /// Translated but never confirmed (no hash recorded): treated like stale by the check, as
    /// nothing says which English text it translates.
    Unconfirmed,
}

impl KeyState {
    pub fn of(english_hash: &str, translated: bool, confirmed: Option<&str>) -> Self {
        match (translated, confirmed) {
            (false, _) => Self::Missing,
            (true, None) => Self::Unconfirmed,
            (true, Some(h)) if h == english_hash => Self::Current,
            (true, Some(_)) => Self::Stale,
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Self::Current => "translate-state-current",
            Self::Missing => "translate-state-missing",
            Self::Stale => "translate-state-stale",
            Self::Unconfirmed => "translate-state-unconfirmed",
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn formatting_does_not_change_the_hash_but_words_do() {
        let a = source_messages("hello = Hello { $name }!\n");
        let b = source_messages("\n\nhello =   Hello {$name}!\n");
        let c = source_messages("hello = Hi { $name }!\n");
        assert_eq!(a[0].hash, b[0].hash);
        assert_ne!(a[0].hash, c[0].hash);
        assert_eq!(a[0].source, "Hello { $name }!");
        assert_eq!(b[0].line, 3);
    }

    #[test]
    fn attributes_are_part_of_the_source() {
        let a = source_messages("x = X\n    .title = One\n");
        let b = source_messages("x = X\n    .title = Two\n");
        assert_ne!(a[0].hash, b[0].hash);
        assert!(a[0].source.contains(".title = One"), "{}", a[0].source);
    }

    #[test]
    fn hash_files_round_trip() {
        let hashes: BTreeMap<String, String> =
            [("b".to_owned(), "22".to_owned()), ("a".to_owned(), "11".to_owned())].into();
        assert_eq!(parse_hashes(&format_hashes(&hashes)), hashes);
        assert_eq!(parse_hashes("a 1\nbroken\n\n# c 3\n").len(), 1);
    }

    #[test]
    fn states() {
        assert_eq!(KeyState::of("h", false, Some("h")), KeyState::Missing);
        assert_eq!(KeyState::of("h", true, None), KeyState::Unconfirmed);
        assert_eq!(KeyState::of("h", true, Some("h")), KeyState::Current);
        assert_eq!(KeyState::of("h", true, Some("old")), KeyState::Stale);
    }
}
