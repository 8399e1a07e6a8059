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

    /// Which of the schema's unique keys a refused write broke, when it is one that callers
    /// tell apart ([`UniqueKey`]).
    pub fn unique_key(&self) -> Option<UniqueKey> {
        let Self::Database(e) = self else { return None };
        let Some(SqlErr::UniqueConstraintViolation(message)) = e.sql_err() else { return None };
        UniqueKey::named_in(&message)
    }

    /// `self` as the field error of the unique key it broke, if `map` names one; any other
    /// error passes unchanged.
    pub fn on_unique_key(self, map: &[(UniqueKey, &str, &str)]) -> Self {
        match self.unique_key().and_then(|key| map.iter().find(|(k, _, _)| *k == key)) {
            Some((_, field, code)) => Self::invalid(field, code),
            None => self,
        }
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

/// The unique keys whose violation means something to the user (a taken address or name) or
/// to a job (a period already invoiced). Each is known by its constraint's name, which
/// PostgreSQL reports, and by its table and columns, which is all SQLite reports; the error's
/// text is read here and nowhere else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UniqueKey {
    /// `users.email` (a column constraint).
    UserEmail,
    /// `facilities.name_key`: institution + name, folded (a column constraint).
    FacilityName,
    /// `invoices (facility_id, period_key)`: one invoice per facility and period.
    InvoicePeriod,
}

impl UniqueKey {
    const ALL: [Self; 3] = [Self::UserEmail, Self::FacilityName, Self::InvoicePeriod];

    /// The constraint's name in PostgreSQL (the migrations name indexes; a column's own
    /// constraint is `<table>_<column>_key`).
    fn constraint(self) -> &'static str {
        match self {
            Self::UserEmail => "users_email_key",
            Self::FacilityName => "facilities_name_key_key",
            Self::InvoicePeriod => "idx_invoices_facility_period",
        }
    }

    /// What SQLite reports instead: `UNIQUE constraint failed: <table>.<column>, …`.
    fn columns(self) -> &'static str {
        match self {
            Self::UserEmail => "users.email",
            Self::FacilityName => "facilities.name_key",
            Self::InvoicePeriod => "invoices.facility_id, invoices.period_key",
        }
    }

    fn named_in(message: &str) -> Option<Self> {
        // PostgreSQL: duplicate key value violates unique constraint "<name>"
        let constraint = message.split('"').nth(1);
        // SQLite: UNIQUE constraint failed: <table>.<column>, <table>.<column>
        let columns = message.split("UNIQUE constraint failed: ").nth(1).map(str::trim);
        Self::ALL
            .into_iter()
            .find(|k| constraint == Some(k.constraint()) || columns == Some(k.columns()))
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

    /// The names sea-orm stores (`rename_all = "snake_case"`) are the names `as_str` gives,
    /// which audit entries, CSS hooks and the directory's JSON use.
    #[test]
    fn stored_status_names_are_the_as_str_names() {
        use sea_orm::{ActiveEnum, Iterable};

        use crate::domain::assessment::{AssignmentStatus, QueryStatus};
        use crate::domain::facilities::{FacilityStatus, MembershipStatus};
        use crate::domain::standards::ApplicationStatus;
        use crate::domain::workshops::BookingStatus;
        fn check<E: ActiveEnum<Value = String> + Iterable + Copy + std::fmt::Debug>(
            name: impl Fn(E) -> &'static str,
        ) -> usize {
            E::iter().map(|e| assert_eq!(e.to_value(), name(e), "{e:?}")).count()
        }
        assert_eq!(check(ApplicationStatus::as_str), ApplicationStatus::ALL.len());
        assert_eq!(check(FacilityStatus::as_str), FacilityStatus::ALL.len());
        assert_eq!(check(MembershipStatus::as_str), MembershipStatus::ALL.len());
        assert_eq!(check(AssignmentStatus::as_str), 3);
        assert_eq!(check(BookingStatus::as_str), 3);
        assert_eq!(check(QueryStatus::as_str), 2);
        // An unknown stored name is an error, not a default.
        assert!(ApplicationStatus::try_from_value(&"archived".to_owned()).is_err());
    }

    #[test]
    fn unique_keys_are_read_from_either_backend_s_message() {
        let pg = r#"duplicate key value violates unique constraint "facilities_name_key_key""#;
        assert_eq!(UniqueKey::named_in(pg), Some(UniqueKey::FacilityName));
        let sqlite = "UNIQUE constraint failed: invoices.facility_id, invoices.period_key";
        assert_eq!(UniqueKey::named_in(sqlite), Some(UniqueKey::InvoicePeriod));
        assert_eq!(
            UniqueKey::named_in("UNIQUE constraint failed: users.email"),
            Some(UniqueKey::UserEmail)
        );
        // Another key of the same table is not mistaken for one of these.
        assert_eq!(UniqueKey::named_in("UNIQUE constraint failed: invoices.number"), None);
        assert_eq!(
            UniqueKey::named_in(r#"violates unique constraint "idx_invoices_number""#),
            None
        );
    }

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
