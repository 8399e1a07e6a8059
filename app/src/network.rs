//! Whether the browser has a network, for controls that cannot wait in the offline queue
//! (evidence uploads). Server rendering and hydration say "online", so the markup matches;
//! the browser's own value (`navigator.onLine`, then its online/offline events) follows right
//! after hydration.

use leptos::prelude::*;

/// The page's network state (context, see [`provide_online`]).
#[derive(Debug, Clone, Copy)]
pub struct Online(pub ReadSignal<bool>);

/// Tracks the network state for the page below the current owner.
pub fn provide_online() {
    let (online, set_online) = signal(true);
    #[cfg(feature = "hydrate")]
    {
        Effect::new(move |_| set_online.set(window().navigator().on_line()));
        let up = window_event_listener(leptos::ev::online, move |_| set_online.set(true));
        let down = window_event_listener(leptos::ev::offline, move |_| set_online.set(false));
        on_cleanup(move || {
            up.remove();
            down.remove();
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = set_online;
    provide_context(Online(online));
}

/// The network state; "online" where no page tracks it.
pub fn use_online() -> Signal<bool> {
    match use_context::<Online>() {
        Some(Online(online)) => online.into(),
        None => Signal::stored(true),
    }
}
