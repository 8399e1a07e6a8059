//! Server functions, one module per area. Each is a thin adapter: find the caller, check the
//! role, call a `db::` service, map its error. Doc comments name the role each one requires.

pub mod admin;
pub mod applications;
pub mod assessment;
pub mod audit;
pub mod auth;
pub mod billing;
pub mod editions;
pub mod evidence;
pub mod facilities;
#[cfg(feature = "ssr")]
pub(crate) mod request;
pub mod texts;
pub mod workshops;

#[cfg(feature = "ssr")]
pub use request::PublicUrl;
