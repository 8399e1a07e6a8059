//! `<Shown when=…>`: Leptos's `<Show>` without a fallback, for islands.
//!
//! `<Show>` keeps its children as an `AnyView`, and an `AnyView` keeps every way of
//! rendering its content, asynchronous hydration included, whether or not anything uses it:
//! in the questionnaire's bundle that was a seventh of the code. Typed children keep only
//! what is used.

use leptos::prelude::*;

/// Renders its children while `when` is true (re-rendered when it becomes true again).
#[component]
pub fn Shown<W, C>(when: W, children: TypedChildrenFn<C>) -> impl IntoView
where
    W: Fn() -> bool + Send + Sync + 'static,
    C: IntoView + 'static,
{
    let children = children.into_inner();
    let when = Memo::new(move |_| when());
    move || when.get().then(|| children())
}
