use sea_orm::{DbErr, SqlErr};

use crate::error::AppError;

/// Errors of the data layer. Server functions turn them into [`AppError`]; the cause is
/// logged there, never sent to the browser.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("audit log: {0}")]
    AuditChain(String),
}

impl DataError {
    /// A unique constraint refused the write (someone else inserted the same key first).
    pub fn is_unique_violation(&self) -> bool {
        matches!(self, Self::Database(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))))
    }

    /// SQLite refused a write because another connection held the write lock past the busy
    /// timeout, or a read transaction could not be upgraded; retrying is correct.
    pub fn is_busy(&self) -> bool {
        matches!(self, Self::Database(e) if {
            let text = e.to_string();
            text.contains("database is locked") || text.contains("SQLITE_BUSY")
        })
    }
}

impl From<DataError> for AppError {
    fn from(error: DataError) -> Self {
        tracing::error!(%error, "data layer failure");
        AppError::Internal { reference: None }
    }
}
