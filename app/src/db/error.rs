use sea_orm::{DbErr, SqlErr};

use crate::error::{AppError, FieldError};

/// Errors of the data layer. Server functions turn them into [`AppError`]; the cause is
/// logged there, never sent to the browser.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("audit log: {0}")]
    AuditChain(String),
    /// Input the caller must correct; each entry names a field and a Fluent message id.
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    /// Hashing or randomness failed (the operating system refused entropy, …).
    #[error("crypto: {0}")]
    Crypto(String),
    /// Too many recent attempts of a throttled action.
    #[error("throttled")]
    Throttled,
    /// The caller may not do this (a rule of the service, such as "only a pending request
    /// can be approved", is `Invalid`; this is about who asks).
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// A stored or shipped standards edition could not be read.
    #[error("edition: {0}")]
    Edition(String),
}

impl DataError {
    /// One invalid field.
    pub fn invalid(field: &str, code: &str) -> Self {
        Self::Invalid(vec![FieldError { field: field.to_owned(), code: code.to_owned() }])
    }

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
    /// Logs the cause and answers with the request id, which the user can quote to support
    /// and which finds the log line (the request span carries the same id).
    fn from(error: DataError) -> Self {
        match error {
            DataError::Invalid(fields) => return AppError::Validation(fields),
            DataError::Throttled => return AppError::TooManyAttempts,
            DataError::Forbidden => return AppError::Forbidden,
            DataError::NotFound => return AppError::NotFound,
            _ => {}
        }
        let reference = current_request_id();
        tracing::error!(%error, reference = reference.as_deref().unwrap_or(""), "data layer failure");
        AppError::Internal { reference }
    }
}

/// The `x-request-id` of the request being handled, when called inside a server function or
/// a server render (leptos_axum provides the request parts as context).
pub fn current_request_id() -> Option<String> {
    let parts = leptos::prelude::use_context::<axum::http::request::Parts>()?;
    parts.headers.get("x-request-id")?.to_str().ok().map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_carry_the_request_id() {
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            let mut request = axum::http::Request::new(());
            request
                .headers_mut()
                .insert("x-request-id", axum::http::HeaderValue::from_static("req-42"));
            let (parts, ()) = request.into_parts();
            leptos::prelude::provide_context(parts);
            let error: AppError = DataError::AuditChain("test".into()).into();
            assert_eq!(error, AppError::Internal { reference: Some("req-42".into()) });
        });
        let outside: AppError = DataError::AuditChain("test".into()).into();
        assert_eq!(outside, AppError::Internal { reference: None });
    }
}
