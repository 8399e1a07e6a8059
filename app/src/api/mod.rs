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

/// The address parameter a form's page gets after a plain form post succeeded (no
/// JavaScript: the server redirects there), so the page can say it worked.
pub const DONE_PARAM: &str = "done";

/// Whether the current address carries [`DONE_PARAM`].
pub fn done_in_address() -> bool {
    use leptos::prelude::WithUntracked;
    leptos_router::hooks::use_query_map().with_untracked(|q| q.get(DONE_PARAM).is_some())
}
