//! The typed parameters of the routes: every page reads its path through these instead of
//! looking names up in a map and parsing them itself.

use leptos::prelude::*;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

/// `/…/:id` — the numeric id of what the page shows.
#[derive(Params, Debug, Clone, PartialEq, Eq)]
pub struct IdParams {
    pub id: Option<i64>,
}

/// `/verify/:code` — a certificate's verification code.
#[derive(Params, Debug, Clone, PartialEq, Eq)]
pub struct CodeParams {
    pub code: Option<String>,
}

/// The route's `:id` as the page's kind of id (`FacilityId`, `ApplicationId`, or a plain
/// number); 0 when it is missing or not a number, which no record has, so the server answers
/// "not found" as it does for any unknown id.
pub fn use_id<T: From<i64>>() -> impl Fn() -> T + Copy + Send + Sync + 'static {
    let params = use_params::<IdParams>();
    move || T::from(params.with(|p| p.as_ref().ok().and_then(|p| p.id).unwrap_or(0)))
}

/// The route's `:code`; empty when it is missing (the verification then finds nothing).
pub fn use_code() -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params::<CodeParams>();
    move || params.with(|p| p.as_ref().ok().and_then(|p| p.code.clone()).unwrap_or_default())
}
