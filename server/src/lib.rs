//! The Accredit-IO server: configuration, HTTP router, CLI commands.
//! `main.rs` only parses the command line and calls [`run`] (the commands are in [`cli`]).

pub mod answers_export;
pub mod assets;
pub mod audit_export;
pub mod calendar;
pub mod certificate_pdf;
pub mod certificates;
pub mod cli;
pub mod config;
pub mod downloads;
pub mod evidence;
pub mod evidence_inspect;
pub mod invoice_pdf;
pub mod jobs;
pub mod language;
pub mod locale_check;
pub mod mailer;
pub mod router;
pub mod security;
pub mod telemetry;
pub mod webhook;

use app::db;

pub use cli::run;

/// Errors that end a CLI command; printed once by `main`.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("{0}")]
    Data(#[from] db::DataError),
    #[error("configuration: {0}")]
    Config(String),
    #[error("{context}: {source}")]
    Io { context: String, source: std::io::Error },
}

fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> ServerError {
    let context = context.into();
    move |source| ServerError::Io { context, source }
}
