//! Server functions, one module per area. Each is a thin adapter: find the caller, check the
//! role, call a `db::` service, map its error. Doc comments name the role each one requires.

pub mod auth;
#[cfg(feature = "ssr")]
pub(crate) mod request;
