//! Standards editions: import (checked, immutable), lookup, the demonstration edition.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, DatabaseConnection, EntityTrait, QueryOrder,
    TransactionTrait,
};
use sha2::{Digest, Sha256};

use crate::db::DataError;
use crate::db::audit::{self, NewEntry};
use crate::db::entities::edition;
use crate::domain::ids::UserId;
use crate::domain::standards::{Edition, EditionProblem, check_edition};

/// The demonstration edition shipped with the application (docs/standards-edition.md).
pub const DEMO_EDITION: &str = include_str!("../../../../standards/demo-2026.toml");

/// Why an edition file was not imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Not TOML, or not the edition format (the message carries line and column).
    #[error("{0}")]
    Syntax(String),
    #[error("{} problem(s)", .0.len())]
    Invalid(Vec<EditionProblem>),
    /// An edition with this id exists with other content; editions never change.
    #[error(
        "an edition with id {0} already exists with different content; give the new edition its own id"
    )]
    Conflict(String),
    #[error(transparent)]
    Data(#[from] DataError),
}

/// Parses and checks an edition file without storing it.
pub fn parse(text: &str) -> Result<Edition, ImportError> {
    let edition: Edition = toml::from_str(text).map_err(|e| ImportError::Syntax(e.to_string()))?;
    let problems = check_edition(&edition, crate::texts::has_english);
    if problems.is_empty() { Ok(edition) } else { Err(ImportError::Invalid(problems)) }
}

/// What importing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    Added(Edition),
    /// The same content was imported before; nothing changed.
    Unchanged(Edition),
}

/// Imports an edition file: parses, checks, stores it once. Re-importing the same content is
/// a no-op; other content under an existing id is refused.
pub async fn import(
    db: &DatabaseConnection,
    text: &str,
    actor: Option<UserId>,
    now: DateTime<Utc>,
) -> Result<Imported, ImportError> {
    let edition = parse(text)?;
    let content =
        serde_json::to_string(&edition).map_err(|e| ImportError::Syntax(e.to_string()))?;
    let hash = hex::encode(Sha256::digest(content.as_bytes()));
    if let Some(existing) =
        edition::Entity::find_by_id(edition.id.clone()).one(db).await.map_err(DataError::from)?
    {
        return if existing.content_hash == hash {
            Ok(Imported::Unchanged(edition))
        } else {
            Err(ImportError::Conflict(edition.id))
        };
    }
    let txn = db.begin().await.map_err(DataError::from)?;
    edition::ActiveModel {
        id: Set(edition.id.clone()),
        title: Set(edition.title.clone()),
        published: Set(edition.published),
        content: Set(content),
        content_hash: Set(hash.clone()),
        imported_at: Set(now.trunc_subsecs(6)),
        imported_by: Set(actor),
    }
    .insert(&txn)
    .await
    .map_err(DataError::from)?;
    let actor_name = actor.map_or_else(|| "cli".to_owned(), |id| format!("user:{id}"));
    let mut entry =
        NewEntry::new(&actor_name, "edition.imported", &format!("edition:{}", edition.id));
    entry.after = Some(
        serde_json::json!({ "title": edition.title, "published": edition.published.to_string(), "items": edition.items().count(), "hash": hash }),
    );
    audit::append_in(&txn, entry).await?;
    txn.commit().await.map_err(DataError::from)?;
    Ok(Imported::Added(edition))
}

/// A stored edition.
pub async fn find<C: sea_orm::ConnectionTrait>(
    db: &C,
    id: &str,
) -> Result<Option<Edition>, DataError> {
    use sea_orm::{ColumnTrait, QueryFilter, QuerySelect};
    // Editions never change once stored, so the parsed form is kept per (id, content hash):
    // every autosave needs its item's rules, and reading only the hash is one small query.
    type Parsed = std::collections::HashMap<(String, String), std::sync::Arc<Edition>>;
    static PARSED: std::sync::OnceLock<std::sync::RwLock<Parsed>> = std::sync::OnceLock::new();
    let cache = PARSED.get_or_init(Default::default);
    let hash: Option<String> = edition::Entity::find()
        .select_only()
        .column(edition::Column::ContentHash)
        .filter(edition::Column::Id.eq(id))
        .into_tuple()
        .one(db)
        .await?;
    let Some(hash) = hash else { return Ok(None) };
    let key = (id.to_owned(), hash);
    if let Some(found) = cache.read().ok().and_then(|c| c.get(&key).cloned()) {
        return Ok(Some((*found).clone()));
    }
    let Some(row) = edition::Entity::find_by_id(id.to_owned()).one(db).await? else {
        return Ok(None);
    };
    let parsed: Edition = serde_json::from_str(&row.content)
        .map_err(|e| DataError::AuditChain(format!("edition {id}: {e}")))?;
    if let Ok(mut c) = cache.write() {
        c.insert(key, std::sync::Arc::new(parsed.clone()));
    }
    Ok(Some(parsed))
}

/// The current edition (the newest publication), inside any connection or transaction.
pub async fn current<C: sea_orm::ConnectionTrait>(db: &C) -> Result<Option<Edition>, DataError> {
    let Some(row) =
        edition::Entity::find().order_by_desc(edition::Column::Published).one(db).await?
    else {
        return Ok(None);
    };
    find(db, &row.id).await
}

/// Every stored edition, newest publication first: (id, title id, published, item count, demonstration).
pub async fn list(db: &DatabaseConnection) -> Result<Vec<(Edition, DateTime<Utc>)>, DataError> {
    let rows = edition::Entity::find().order_by_desc(edition::Column::Published).all(db).await?;
    rows.into_iter()
        .map(|row| {
            serde_json::from_str(&row.content)
                .map(|e| (e, row.imported_at))
                .map_err(|e| DataError::AuditChain(format!("edition {}: {e}", row.id)))
        })
        .collect()
}
