use crate::i18n::move_tr;
use leptos::prelude::*;

/// Site footer: what the platform is, and that this installation runs demonstration data.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{move_tr!("footer-about")}</p>
            <p class="footer-notice">{move_tr!("footer-demo-notice")}</p>
        </footer>
    }
}
