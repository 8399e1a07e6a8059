//! `<Loaded resource=… let:value>`: what every page shows while it reads its data, once it has
//! read it, and when reading failed — one copy instead of a `Transition` → `Suspend` → `match`
//! → `ErrorMessage` block per page.
//!
//! Nothing shows while the data loads (pages stream in order, so the server's HTML already
//! holds the value or the error); a re-read keeps the value shown until the new one arrives
//! (a `Transition`, not a `Suspense`); a failure shows the error in the page's language.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use serde::{Serialize, de::DeserializeOwned};

use super::ErrorMessage;
use crate::error::AppError;

/// Shows `children(value)` once `resource` has its value, or the error it failed with
/// (followed by `after_error`, e.g. a link that gets the reader out of a bad filter).
#[component]
pub fn Loaded<T, F, V>(
    resource: Resource<Result<T, AppError>>,
    children: F,
    /// Shown below the error message when reading failed.
    #[prop(optional, into)]
    after_error: ViewFn,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let children = Arc::new(children);
    view! {
        <Transition fallback=|| ()>
            {move || {
                let (children, after_error) = (Arc::clone(&children), after_error.clone());
                Suspend::new(async move {
                    match resource.await {
                        Ok(value) => Either::Left(children(value)),
                        Err(error) => {
                            Either::Right(
                                view! {
                                    <ErrorMessage error />
                                    {after_error.run()}
                                },
                            )
                        }
                    }
                })
            }}
        </Transition>
    }
}
