//! The long texts the browser bundle leaves out (manual, standards) and the translator's view
//! of every locale. All read from [`crate::texts`] on the server.

use std::collections::BTreeMap;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::manual::Chapter;
use crate::translation::KeyState;

/// The manual in `language` (unsupported languages get English). Public.
#[server]
pub async fn manual(language: String) -> Result<Vec<Chapter>, AppError> {
    let language =
        crate::i18n::supported_language(&language).unwrap_or(crate::i18n::DEFAULT_LANGUAGE);
    Ok(crate::texts::manual(language))
}

/// Every text of a standards edition (titles, items, guidance, options, units) in `language`,
/// by message id. Public: the standards are published.
#[server]
pub async fn standards_texts(
    edition_id: String,
    language: String,
) -> Result<BTreeMap<String, String>, AppError> {
    use super::request::{answer, database};
    answer(
        async {
            let db = database()?;
            let edition =
                crate::db::editions::find(&db, &edition_id).await?.ok_or(AppError::NotFound)?;
            let language =
                crate::i18n::supported_language(&language).unwrap_or(crate::i18n::DEFAULT_LANGUAGE);
            let catalogue = crate::texts::store().catalogue();
            Ok(edition
                .message_ids()
                .into_iter()
                .map(|id| (id.to_owned(), catalogue.format(language, id, &[])))
                .collect())
        }
        .await,
    )
}

/// Translation progress of one file of one locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileCoverage {
    pub file: String,
    pub total: usize,
    pub current: usize,
    pub stale: usize,
    pub unconfirmed: usize,
    pub missing: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocaleCoverage {
    pub locale: String,
    pub files: Vec<FileCoverage>,
}

/// One message side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationRow {
    pub file: String,
    pub id: String,
    pub english: String,
    pub target: Option<String>,
    pub state: KeyState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationReport {
    pub locales: Vec<LocaleCoverage>,
    /// Where the texts are read from: a directory (edits show after a reload) or `None`
    /// (embedded in this build).
    pub directory: Option<String>,
}

/// Coverage of every locale and file. Role: translator or administrator.
#[server]
pub async fn translation_overview() -> Result<TranslationReport, AppError> {
    use super::request::{answer, database, translator};
    answer(
        async {
            let db = database()?;
            translator(&db).await?;
            let store = crate::texts::store();
            let catalogue = store.catalogue();
            let locales = crate::i18n::LANGUAGES
                .iter()
                .skip(1)
                .map(|locale| {
                    let rows = rows(&catalogue, locale);
                    let mut files: Vec<FileCoverage> = Vec::new();
                    for row in rows {
                        let index = match files.iter().position(|f| f.file == row.file) {
                            Some(i) => i,
                            None => {
                                files.push(FileCoverage {
                                    file: row.file.clone(),
                                    total: 0,
                                    current: 0,
                                    stale: 0,
                                    unconfirmed: 0,
                                    missing: 0,
                                });
                                files.len() - 1
                            }
                        };
                        let f = &mut files[index];
                        f.total += 1;
                        match row.state {
                            KeyState::Current => f.current += 1,
                            KeyState::Stale => f.stale += 1,
                            KeyState::Unconfirmed => f.unconfirmed += 1,
                            KeyState::Missing => f.missing += 1,
                        }
                    }
                    LocaleCoverage { locale: (*locale).to_owned(), files }
                })
                .collect();
            Ok(TranslationReport {
                locales,
                directory: store.directory_path().map(|p| p.display().to_string()),
            })
        }
        .await,
    )
}

/// The messages of one locale side by side with English: those needing work
/// (`only_open`: missing, stale, unconfirmed), or all of one file. Role: translator or
/// administrator.
#[server]
pub async fn translation_rows(
    locale: String,
    file: Option<String>,
    only_open: bool,
) -> Result<Vec<TranslationRow>, AppError> {
    use super::request::{answer, database, translator};
    answer(
        async {
            let db = database()?;
            translator(&db).await?;
            let locale = crate::i18n::supported_language(&locale).ok_or(AppError::NotFound)?;
            let catalogue = crate::texts::store().catalogue();
            Ok(rows(&catalogue, locale)
                .into_iter()
                .filter(|r| file.as_ref().is_none_or(|f| &r.file == f))
                .filter(|r| !only_open || r.state != KeyState::Current)
                .collect())
        }
        .await,
    )
}

/// Every English message with its translation and state in `locale`, in English file order.
#[cfg(feature = "ssr")]
fn rows(catalogue: &crate::texts::Catalogue, locale: &str) -> Vec<TranslationRow> {
    let (Some(english), target) =
        (catalogue.locale(crate::i18n::DEFAULT_LANGUAGE), catalogue.locale(locale))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for file in &english.files {
        for message in &file.messages {
            let translated = target.and_then(|t| t.message(&message.id));
            let confirmed = target.and_then(|t| t.confirmed.get(&message.id)).map(String::as_str);
            out.push(TranslationRow {
                file: file.name.clone(),
                id: message.id.clone(),
                english: message.source.clone(),
                target: translated.map(|t| t.source.clone()),
                state: KeyState::of(&message.hash, translated.is_some(), confirmed),
            });
        }
    }
    out
}
