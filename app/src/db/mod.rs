//! The data layer (server only): connection set-up, migrations, entities and the plain async
//! service functions that server functions and CLI commands call, in three layers:
//!
//! - [`store`]: one table family each (users, sessions, the facility status history, mail,
//!   certificates, …). A store reads and writes its tables and may use another store; it never
//!   imports a workflow.
//! - [`workflow`]: the programme's steps (register, pay, decide, open a re-certification cycle,
//!   the daily jobs), each composing stores in one transaction.
//! - [`read`]: the views a page shows in one answer (the questionnaire, the assessor
//!   workspace, the office's assessment pages), assembled from stores; they only read, and no
//!   store or workflow imports them.
//!
//! No two modules of `db/` import each other, directly or round a cycle; `layering_tests`
//! below reads the sources and fails the build's tests when one does.

pub mod entities;
mod error;
#[cfg(test)]
mod layering_tests;
pub mod migrations;
pub mod read;
pub mod store;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod workflow;

// Callers name a module as `db::x` wherever it sits; the folder says which layer it is in.
pub use store::{
    accounts, applications, assignments, audit, case_review, certificates, clock, editability,
    editions, evidence, mail, memberships, self_checks, sessions, status_history, throttle, tokens,
};
pub use workflow::{
    assessment, billing, facilities, reapplication, recertification, recertification_cycle,
    registrations, seed, sign_in, submissions, workshops,
};

use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use sea_orm_migration::MigratorTrait;

pub use error::{DataError, UniqueKey, current_request_id};

/// Opens a pool for `url` (`sqlite://…` or `postgres://…`).
///
/// SQLite gets WAL (readers never block the writer), `synchronous=FULL` (a commit the user
/// was told about survives a power cut, not just a crash), foreign keys, and a busy timeout
/// so concurrent writers queue instead of failing; the pool has several connections so reads
/// run in parallel with the single writer.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let sqlite = url.starts_with("sqlite:");
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(if sqlite { 8 } else { 16 })
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            o.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
        });
    Database::connect(options).await
}

/// SQLite allows one writer at a time, and writers that find the lock taken sleep in its
/// busy handler in growing steps — under many concurrent saves most time goes to sleeping.
/// Writers of this process queue here instead and are woken the moment the previous one
/// commits. Other processes on the same file still coordinate through SQLite's locks; on
/// PostgreSQL there is no gate.
pub async fn write_gate(db: &DatabaseConnection) -> Option<tokio::sync::MutexGuard<'static, ()>> {
    static GATE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    if db.get_database_backend() == sea_orm::DbBackend::Sqlite {
        Some(GATE.lock().await)
    } else {
        None
    }
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    migrations::Migrator::up(db, None).await
}

/// Opens and migrates: what the server does at start.
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let db = connect(url).await?;
    migrate(&db).await?;
    Ok(db)
}
