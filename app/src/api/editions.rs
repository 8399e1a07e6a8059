//! Standards editions for administrators: the list and the import of an edition file.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// One stored edition as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionSummary {
    pub id: String,
    /// The title in the request's language.
    pub title: String,
    pub published: String,
    pub items: usize,
    pub core_items: usize,
    pub demonstration: bool,
}

/// The outcome of an import: stored, unchanged, or the problems that kept it out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportReport {
    Added {
        id: String,
        items: usize,
    },
    Unchanged {
        id: String,
    },
    /// The file is not TOML or not the edition format (parser message with line and column).
    Syntax {
        message: String,
    },
    /// Each problem as "place: field: problem", in the request's language.
    Problems {
        problems: Vec<String>,
    },
    Conflict {
        id: String,
    },
}

/// Every stored edition. Role: administrator.
#[server]
pub async fn list_editions() -> Result<Vec<EditionSummary>, AppError> {
    use super::request::{administrator, answer, database, request_language};
    use crate::domain::standards::Level;
    answer(
        async {
            let db = database()?;
            administrator(&db).await?;
            let language = request_language();
            Ok(crate::db::editions::list(&db)
                .await?
                .into_iter()
                .map(|(e, _)| EditionSummary {
                    items: e.items().count(),
                    core_items: e.items().filter(|(_, _, i)| i.level == Level::Core).count(),
                    published: crate::domain::billing::format_date(e.published, &language),
                    id: e.id,
                    title: crate::texts::text(&language, &e.title),
                    demonstration: e.demonstration,
                })
                .collect())
        }
        .await,
    )
}

/// Checks and stores an edition file (TOML). Role: administrator. Problems in the file are
/// part of the answer, not an error: the page lists them.
#[server]
pub async fn import_edition(text: String) -> Result<ImportReport, AppError> {
    use super::request::{administrator, answer, database, request_language};
    use crate::db::editions::{ImportError, Imported, import};
    answer(
        async {
            let db = database()?;
            let admin = administrator(&db).await?;
            let language = request_language();
            Ok(match import(&db, &text, Some(admin.id), chrono::Utc::now()).await {
                Ok(Imported::Added(e)) => {
                    ImportReport::Added { items: e.items().count(), id: e.id }
                }
                Ok(Imported::Unchanged(e)) => ImportReport::Unchanged { id: e.id },
                Err(ImportError::Syntax(message)) => ImportReport::Syntax { message },
                Err(ImportError::Invalid(problems)) => ImportReport::Problems {
                    problems: problems.iter().map(|p| p.describe(&language)).collect(),
                },
                Err(ImportError::Conflict(id)) => ImportReport::Conflict { id },
                Err(ImportError::Data(e)) => return Err(e.into()),
            })
        }
        .await,
    )
}
