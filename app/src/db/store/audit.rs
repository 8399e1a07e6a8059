//! The audit log: every change is appended with who, when, what and before/after, and each
//! entry stores the hash of its predecessor, so editing or removing a row breaks the chain.
//!
//! The hashes are keyed (HMAC-SHA256 with `AUDIT_KEY`, which the server keeps outside the
//! database): someone who can write the database but does not hold the key cannot recompute
//! the chain after an edit. A sealed head row (the newest entry, the count, an HMAC) is
//! written with every entry, so cutting entries off the end is detected too. Entries written
//! before the key existed (plain SHA-256) are accepted only at the start of the chain.

use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};
use hmac::{Hmac, Mac};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryOrder, QuerySelect, TransactionTrait,
};
use sha2::{Digest, Sha256};

use crate::db::DataError;
use crate::db::entities::audit_head;
use crate::db::entities::audit_log::{self, Entity as AuditLog};
use crate::domain::ids::UserId;

/// `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// How often an append retries when another writer extended the chain first.
const MAX_ATTEMPTS: usize = 50;

/// What a caller records; the log adds the time and the chain.
#[derive(Debug, Clone, Default)]
pub struct NewEntry {
    pub actor: String,
    pub action: String,
    pub target: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

impl NewEntry {
    pub fn new(actor: &str, action: &str, target: &str) -> Self {
        Self {
            actor: actor.into(),
            action: action.into(),
            target: target.into(),
            ..Self::default()
        }
    }
}

/// The fields covered by an entry's hash, in their stored form.
struct Hashed<'a> {
    prev_hash: &'a str,
    occurred_at: &'a DateTime<Utc>,
    actor: &'a str,
    action: &'a str,
    target: &'a str,
    before: Option<&'a str>,
    after: Option<&'a str>,
}

/// The key of the chain's hashes, installed once at start from `AUDIT_KEY` (or the key file
/// in the data directory). Tests and tools that never install one use a fixed key that is
/// worthless as a secret: the server always installs a real one before it opens the database.
static KEY: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
const UNINSTALLED_KEY: &[u8] = b"accredit-io: no audit key installed (tests only)";
/// The shortest key accepted (bytes).
pub const MIN_KEY_BYTES: usize = 32;

/// Installs the audit key for this process; a second, different key is refused.
pub fn install_key(key: &[u8]) -> Result<(), DataError> {
    if key.len() < MIN_KEY_BYTES {
        return Err(DataError::AuditChain(format!(
            "AUDIT_KEY must be at least {MIN_KEY_BYTES} bytes"
        )));
    }
    let installed = KEY.get_or_init(|| key.to_vec());
    if installed.as_slice() == key {
        Ok(())
    } else {
        Err(DataError::AuditChain("another audit key is already installed".into()))
    }
}

fn key() -> &'static [u8] {
    KEY.get().map_or(UNINSTALLED_KEY, Vec::as_slice)
}

fn keyed() -> Hmac<Sha256> {
    // HMAC takes a key of any length.
    <Hmac<Sha256> as Mac>::new_from_slice(key())
        .unwrap_or_else(|_| unreachable!("HMAC accepts every key length"))
}

/// Something that takes the hashed byte stream: the keyed hash, or the legacy plain one.
trait Sink {
    fn feed(&mut self, bytes: &[u8]);
}

impl Sink for Hmac<Sha256> {
    fn feed(&mut self, bytes: &[u8]) {
        Mac::update(self, bytes);
    }
}

impl Sink for Sha256 {
    fn feed(&mut self, bytes: &[u8]) {
        Digest::update(self, bytes);
    }
}

/// HMAC-SHA256 with the audit key over the fields.
fn entry_hash(h: &Hashed<'_>) -> String {
    let mut mac = keyed();
    feed_fields(&mut mac, h);
    hex::encode(mac.finalize().into_bytes())
}

/// The plain SHA-256 of entries written before the chain was keyed.
fn legacy_entry_hash(h: &Hashed<'_>) -> String {
    let mut digest = Sha256::new();
    feed_fields(&mut digest, h);
    hex::encode(digest.finalize())
}

/// The fields, each length-prefixed so no two different entries can produce the same byte
/// stream by moving text from one field to the next.
fn feed_fields(sink: &mut impl Sink, h: &Hashed<'_>) {
    let time = h.occurred_at.to_rfc3339_opts(SecondsFormat::Micros, true);
    let fields: [Option<&str>; 7] = [
        Some(h.prev_hash),
        Some(&time),
        Some(h.actor),
        Some(h.action),
        Some(h.target),
        h.before,
        h.after,
    ];
    for field in fields {
        match field {
            Some(text) => {
                sink.feed(&u64::try_from(text.len()).unwrap_or(u64::MAX).to_be_bytes());
                sink.feed(text.as_bytes());
            }
            None => sink.feed(&u64::MAX.to_be_bytes()),
        }
    }
}

fn hashed_of(m: &audit_log::Model) -> Hashed<'_> {
    Hashed {
        prev_hash: &m.prev_hash,
        occurred_at: &m.occurred_at,
        actor: &m.actor,
        action: &m.action,
        target: &m.target,
        before: m.before.as_deref(),
        after: m.after.as_deref(),
    }
}

/// The seal of the head row: HMAC over the newest entry, its hash and the count.
fn seal(entry_id: Option<i64>, hash: &str, entries: i64) -> String {
    let mut mac = keyed();
    Mac::update(
        &mut mac,
        format!(
            "audit-head|{}|{hash}|{entries}",
            entry_id.map_or_else(String::new, |id| id.to_string())
        )
        .as_bytes(),
    );
    hex::encode(mac.finalize().into_bytes())
}

/// Appends an entry at the head of the chain and returns it.
///
/// Two concurrent appends may read the same head; the unique `prev_hash` lets only one of
/// them commit and the other retries on the new head (on SQLite the loser may instead see
/// "database is locked", which is retried the same way).
pub async fn append(
    db: &DatabaseConnection,
    entry: NewEntry,
) -> Result<audit_log::Model, DataError> {
    let before = entry.before.as_ref().map(serde_json::Value::to_string);
    let after = entry.after.as_ref().map(serde_json::Value::to_string);
    let mut last_error = None;
    for attempt in 0..MAX_ATTEMPTS {
        if attempt > 0 {
            // Spread retries so contenders don't collide in lock-step.
            tokio::time::sleep(std::time::Duration::from_millis(
                (u64::try_from(attempt).unwrap_or(0) * 7) % 40 + 1,
            ))
            .await;
        }
        match try_append(db, &entry, before.as_deref(), after.as_deref()).await {
            Ok(model) => return Ok(model),
            Err(e) if e.is_unique_violation() || e.is_busy() => last_error = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last_error.unwrap_or_else(|| DataError::AuditChain("no attempt made".into())))
}

async fn try_append(
    db: &DatabaseConnection,
    entry: &NewEntry,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<audit_log::Model, DataError> {
    let txn = db.begin().await?;
    let model = insert_at_head(&txn, entry, before, after).await?;
    txn.commit().await?;
    Ok(model)
}

/// Appends an entry inside the caller's transaction, so the change and its audit entry
/// commit together (one commit, and no change without its entry). Concurrent appenders wait
/// for each other on the head row (PostgreSQL) or SQLite's single writer lock.
pub async fn append_in<C: ConnectionTrait>(
    txn: &C,
    entry: NewEntry,
) -> Result<audit_log::Model, DataError> {
    let before = entry.before.as_ref().map(serde_json::Value::to_string);
    let after = entry.after.as_ref().map(serde_json::Value::to_string);
    insert_at_head(txn, &entry, before.as_deref(), after.as_deref()).await
}

async fn insert_at_head<C: ConnectionTrait>(
    txn: &C,
    entry: &NewEntry,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<audit_log::Model, DataError> {
    // On PostgreSQL, appenders queue on the head row until the one before them commits, so a
    // change and its entry can share a transaction without losing to a concurrent writer
    // (SQLite lets one writer at a time anyway and ignores the lock clause).
    audit_head::Entity::find_by_id(1).lock_exclusive().one(txn).await?;
    let prev_hash = head(txn).await?.map_or_else(|| GENESIS.to_owned(), |m| m.hash);
    // Stored precision is microseconds on every backend; hash what will be read back.
    let occurred_at = Utc::now().trunc_subsecs(6);
    let hash = entry_hash(&Hashed {
        prev_hash: &prev_hash,
        occurred_at: &occurred_at,
        actor: &entry.actor,
        action: &entry.action,
        target: &entry.target,
        before,
        after,
    });
    let model = audit_log::ActiveModel {
        occurred_at: Set(occurred_at),
        actor: Set(entry.actor.clone()),
        action: Set(entry.action.clone()),
        target: Set(entry.target.clone()),
        before: Set(before.map(str::to_owned)),
        after: Set(after.map(str::to_owned)),
        prev_hash: Set(prev_hash),
        hash: Set(hash),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    advance_head(txn, &model).await?;
    Ok(model)
}

/// Moves the sealed head to `newest`, in the entry's own transaction.
async fn advance_head<C: ConnectionTrait>(
    txn: &C,
    newest: &audit_log::Model,
) -> Result<(), DataError> {
    let existing = audit_head::Entity::find_by_id(1).one(txn).await?;
    let entries = match &existing {
        Some(head) => head.entries + 1,
        // The first entry since the head exists (a log begun before it counts in).
        None => i64::try_from(AuditLog::find().count(txn).await?).unwrap_or(i64::MAX),
    };
    let row = audit_head::ActiveModel {
        id: Set(1),
        entry_id: Set(Some(newest.id)),
        hash: Set(newest.hash.clone()),
        entries: Set(entries),
        seal: Set(seal(Some(newest.id), &newest.hash, entries)),
    };
    // Two first entries racing both insert: the primary key lets one win and the other
    // retry like any other contended append.
    match existing {
        Some(_) => row.update(txn).await?,
        None => row.insert(txn).await?,
    };
    Ok(())
}

async fn head<C: ConnectionTrait>(db: &C) -> Result<Option<audit_log::Model>, DataError> {
    Ok(AuditLog::find().order_by_desc(audit_log::Column::Id).limit(1).one(db).await?)
}

/// The newest entries first.
pub async fn recent(
    db: &DatabaseConnection,
    limit: u64,
) -> Result<Vec<audit_log::Model>, DataError> {
    Ok(AuditLog::find().order_by_desc(audit_log::Column::Id).limit(limit).all(db).await?)
}

/// What the administrators' audit page filters by; every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// Entries about this facility or one of its applications.
    pub facility: Option<i64>,
    /// Entries this user did, or that are about this user.
    pub user: Option<UserId>,
    /// Actions starting with this (`sign_in` finds `sign_in.failed` and `sign_in.succeeded`).
    pub action: String,
    /// Days, inclusive, in UTC.
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
}

/// The entries matching `search`, newest first: `limit` of them from `offset`.
pub async fn search(
    db: &DatabaseConnection,
    search: &Search,
    offset: u64,
    limit: u64,
) -> Result<Vec<audit_log::Model>, DataError> {
    use sea_orm::{ColumnTrait, Condition, QueryFilter};
    let mut query = AuditLog::find();
    if let Some(facility) = search.facility {
        let applications: Vec<String> = crate::db::entities::application::Entity::find()
            .filter(crate::db::entities::application::Column::FacilityId.eq(facility))
            .all(db)
            .await?
            .into_iter()
            .map(|a| format!("application:{}", a.id))
            .collect();
        query = query.filter(
            Condition::any()
                .add(audit_log::Column::Target.eq(format!("facility:{facility}")))
                .add(audit_log::Column::Target.is_in(applications)),
        );
    }
    if let Some(user) = search.user {
        let id = format!("user:{user}");
        query = query.filter(
            Condition::any()
                .add(audit_log::Column::Actor.eq(id.clone()))
                .add(audit_log::Column::Target.eq(id)),
        );
    }
    let action = search.action.trim();
    if !action.is_empty() {
        query = query.filter(audit_log::Column::Action.starts_with(action));
    }
    if let Some(from) = search.from {
        query = query.filter(
            audit_log::Column::OccurredAt.gte(from.and_time(chrono::NaiveTime::MIN).and_utc()),
        );
    }
    if let Some(to) = search.to.and_then(|d| d.succ_opt()) {
        query = query.filter(
            audit_log::Column::OccurredAt.lt(to.and_time(chrono::NaiveTime::MIN).and_utc()),
        );
    }
    Ok(query.order_by_desc(audit_log::Column::Id).offset(offset).limit(limit).all(db).await?)
}

/// Number of entries.
pub async fn count(db: &DatabaseConnection) -> Result<u64, DataError> {
    Ok(AuditLog::find().count(db).await?)
}

/// Outcome of walking the whole chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainReport {
    Intact {
        entries: u64,
    },
    /// The first entry whose stored hash or link does not match.
    Broken {
        entry_id: i64,
        reason: ChainBreak,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChainBreak {
    /// The row's content no longer produces its stored hash (edited, or re-hashed without
    /// the key).
    HashMismatch,
    /// The row does not point at its predecessor (a row before it was removed, replaced or
    /// moved).
    LinkMismatch,
    /// The chain ends before the sealed head (entries cut off the end); `entry_id` is the
    /// newest entry the head names.
    Truncated,
    /// The head row is missing or its seal does not match (written without the key).
    HeadTampered,
}

/// Walks the chain in id order, in pages, reports the first inconsistency, then checks that
/// the chain ends where the sealed head says it does.
pub async fn verify_chain(db: &DatabaseConnection) -> Result<ChainReport, DataError> {
    let mut expected_prev = GENESIS.to_owned();
    let mut entries: i64 = 0;
    let mut last_id = None;
    // Plain hashes are accepted only before the first keyed entry.
    let mut keyed_seen = false;
    let mut pages = AuditLog::find().order_by_asc(audit_log::Column::Id).paginate(db, 1000);
    while let Some(page) = pages.fetch_and_next().await? {
        for row in page {
            if row.prev_hash != expected_prev {
                return Ok(ChainReport::Broken {
                    entry_id: row.id,
                    reason: ChainBreak::LinkMismatch,
                });
            }
            let fields = hashed_of(&row);
            if entry_hash(&fields) == row.hash {
                keyed_seen = true;
            } else if keyed_seen || legacy_entry_hash(&fields) != row.hash {
                return Ok(ChainReport::Broken {
                    entry_id: row.id,
                    reason: ChainBreak::HashMismatch,
                });
            }
            expected_prev = row.hash;
            last_id = Some(row.id);
            entries += 1;
        }
    }
    match audit_head::Entity::find_by_id(1).one(db).await? {
        // A log written entirely before the head existed has none.
        None if !keyed_seen => {}
        None => {
            return Ok(ChainReport::Broken {
                entry_id: last_id.unwrap_or(0),
                reason: ChainBreak::HeadTampered,
            });
        }
        Some(head) => {
            if head.seal != seal(head.entry_id, &head.hash, head.entries) {
                return Ok(ChainReport::Broken {
                    entry_id: head.entry_id.unwrap_or(0),
                    reason: ChainBreak::HeadTampered,
                });
            }
            if head.entry_id != last_id || head.hash != expected_prev || head.entries != entries {
                return Ok(ChainReport::Broken {
                    entry_id: head.entry_id.unwrap_or(0),
                    reason: ChainBreak::Truncated,
                });
            }
        }
    }
    Ok(ChainReport::Intact { entries: u64::try_from(entries).unwrap_or(0) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample<'a>(time: &'a DateTime<Utc>) -> Hashed<'a> {
        Hashed {
            prev_hash: GENESIS,
            occurred_at: time,
            actor: "user:1",
            action: "facility.registered",
            target: "facility:7",
            before: None,
            after: Some(r#"{"name":"A"}"#),
        }
    }

    #[test]
    fn hash_is_stable_and_covers_every_field() {
        let time = DateTime::parse_from_rfc3339("2026-11-30T10:00:00.123456Z")
            .map(|t| t.to_utc())
            .unwrap_or_default();
        let base = entry_hash(&sample(&time));
        assert_eq!(base, entry_hash(&sample(&time)));
        assert_eq!(base.len(), 64);
        let later = time + chrono::Duration::microseconds(1);
        let variants = [
            Hashed { prev_hash: "1", ..sample(&time) },
            Hashed { occurred_at: &later, ..sample(&time) },
            Hashed { actor: "user:2", ..sample(&time) },
            Hashed { action: "facility.activated", ..sample(&time) },
            Hashed { target: "facility:8", ..sample(&time) },
            Hashed { before: Some("{}"), ..sample(&time) },
            Hashed { after: None, ..sample(&time) },
        ];
        for v in variants {
            assert_ne!(entry_hash(&v), base);
        }
    }

    #[test]
    fn moving_text_between_fields_changes_the_hash() {
        let time = Utc::now();
        let a = Hashed { actor: "ab", action: "c", ..sample(&time) };
        let b = Hashed { actor: "a", action: "bc", ..sample(&time) };
        assert_ne!(entry_hash(&a), entry_hash(&b));
        let none = Hashed { before: None, ..sample(&time) };
        let empty = Hashed { before: Some(""), ..sample(&time) };
        assert_ne!(entry_hash(&none), entry_hash(&empty));
    }
}
