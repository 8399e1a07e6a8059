//! The error every server function returns, and how the UI words it.
//!
//! Internal causes never cross the wire: the server logs them with the request id and sends
//! `Internal { reference }`, which the user can quote to support.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// One invalid field: the form field's name and a Fluent message id (`error-field-…`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
}

/// Errors of the server-function boundary (shared/docs/style.md §3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("not signed in")]
    Unauthorized,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("invalid input: {0:?}")]
    Validation(Vec<FieldError>),
    /// The record changed since the caller read it (`revision` is the current one).
    #[error("conflict at revision {revision}")]
    Conflict { revision: i64 },
    /// Refused for now because of too many recent attempts (sign-in throttling).
    #[error("too many attempts")]
    TooManyAttempts,
    /// An unexpected failure; `reference` is the request id logged with the cause.
    #[error("internal error {reference:?}")]
    Internal { reference: Option<String> },
    /// The request did not reach the server or its answer could not be read.
    #[error("transport: {0}")]
    Transport(String),
}

impl AppError {
    /// A validation error for one field.
    pub fn invalid(field: &str, code: &str) -> Self {
        Self::Validation(vec![FieldError { field: field.to_owned(), code: code.to_owned() }])
    }

    /// The Fluent message id that explains this error to a user.
    pub fn message_key(&self) -> &'static str {
        match self {
            Self::Unauthorized => "error-unauthorized",
            Self::Forbidden => "error-forbidden",
            Self::NotFound => "error-not-found",
            Self::Validation(_) => "error-validation",
            Self::Conflict { .. } => "error-conflict",
            Self::TooManyAttempts => "error-too-many-attempts",
            Self::Internal { reference: Some(_) } => "error-internal",
            Self::Internal { reference: None } => "error-internal-no-ref",
            Self::Transport(_) => "error-network",
        }
    }

    /// HTTP status the server answers with.
    pub fn status(&self) -> u16 {
        match self {
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::Validation(_) => 422,
            Self::Conflict { .. } => 409,
            Self::TooManyAttempts => 429,
            Self::Internal { .. } => 500,
            Self::Transport(_) => 502,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Failures of the server side of the call are internal; the rest never got a
            // proper answer from the server.
            ServerFnErrorErr::ServerError(_) | ServerFnErrorErr::MiddlewareError(_) => {
                Self::Internal { reference: None }
            }
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => {
                Self::invalid("request", "error-field-malformed")
            }
            other => Self::Transport(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_an_english_message() {
        let all = [
            AppError::Unauthorized,
            AppError::Forbidden,
            AppError::NotFound,
            AppError::invalid("name", "error-field-required"),
            AppError::Conflict { revision: 3 },
            AppError::TooManyAttempts,
            AppError::Internal { reference: Some("abc".into()) },
            AppError::Internal { reference: None },
            AppError::Transport("offline".into()),
        ];
        for error in all {
            let text = crate::i18n::translate_with(
                "en",
                error.message_key(),
                &[("reference", "abc".into())],
            );
            assert!(
                !text.is_empty() && !text.starts_with("Unknown localization"),
                "{error:?}: {text}"
            );
            assert!((400..600).contains(&error.status()));
        }
    }

    #[test]
    fn errors_survive_the_wire() {
        let error = AppError::Validation(vec![FieldError {
            field: "email".into(),
            code: "error-field-required".into(),
        }]);
        let back = AppError::de(error.ser());
        assert_eq!(back, error);
        assert!(matches!(AppError::de("garbage".into()), AppError::Transport(_)));
    }
}
