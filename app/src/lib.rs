//! Accredit-IO's user interface and server functions.
//!
//! Compiled twice: with `hydrate` into the browser bundle (through `frontend`) and with `ssr`
//! into the server. Everything that touches the database lives in [`db`], which only exists
//! with `ssr`, so sea-orm, sqlx and tokio never reach the wasm.

// Leptos views are nested types; the questionnaire's hydration future is deeper than the default 128.
#![recursion_limit = "512"]

pub mod api;
pub mod bundle;
pub mod case_drafts;
pub mod components;
pub mod cookies;
pub mod domain;
pub mod drafts;
pub mod early_input;
pub mod error;
pub mod i18n;
pub mod islands;
#[cfg(any(feature = "hydrate", feature = "ssr"))]
pub mod json;
pub mod manual;
pub mod network;
pub mod pages;
pub mod reply_drafts;
mod shell;
#[cfg(feature = "ssr")]
pub mod texts;
pub mod translation;

#[cfg(feature = "ssr")]
pub mod client_address;
#[cfg(feature = "ssr")]
pub mod db;

pub use shell::{App, shell};
