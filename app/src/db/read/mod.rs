//! Read models: the views a page shows in one answer, assembled from several stores (and the
//! readers of a few workflows). They only read; nothing in `store/` or `workflow/` imports
//! them, so a server function is authenticate → one call here → map the error.

pub mod application;
pub mod assessor;
pub mod office;

/// Days the assessment clock has run until `now` (the paused time left out).
fn clock_days(
    events: &[crate::domain::assessment::ClockEvent],
    now: chrono::DateTime<chrono::Utc>,
) -> i64 {
    crate::domain::assessment::running_time(events, now).num_days()
}
