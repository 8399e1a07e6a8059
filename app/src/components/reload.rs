//! One way for a page to read its data again after a change: the resource's source is the
//! count of the page's actions that went through. A refused submission leaves the page (and
//! what was typed into its form) as it is, where the action's bare version would re-read it.

use leptos::prelude::*;

/// How many runs of an action succeeded (pass `action.value()`); use it in a resource's
/// source so the resource is read again after each change that went through.
pub fn successes<S, T, E>(value: S) -> ReadSignal<usize>
where
    S: With<Value = Option<Result<T, E>>> + Send + Sync + 'static,
    T: 'static,
    E: 'static,
{
    let (count, set_count) = signal(0_usize);
    // Every finished run sets the value, even to an equal one, so each success is counted.
    Effect::new(move |_| {
        if value.with(|v| matches!(v, Some(Ok(_)))) {
            set_count.update(|n| *n += 1);
        }
    });
    count
}
