use crate::i18n::move_tr;
use leptos::prelude::*;

use super::{AccountMenu, LanguageSwitcher};

/// Site header: product name (home link), primary navigation, account area, language switcher.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-mark" aria-hidden="true">
                    "◆"
                </span>
                <span class="brand-name">{move_tr!("app-name")}</span>
                <span class="brand-tagline">{move_tr!("app-tagline")}</span>
            </a>
            <nav aria-label=move_tr!("nav-primary-label")>
                <ul>
                    <li>
                        <a href="/">{move_tr!("nav-home")}</a>
                    </li>
                    <li>
                        <a href="/manual">{move_tr!("nav-manual")}</a>
                    </li>
                    <li>
                        <a href="/workshops">{move_tr!("nav-workshops")}</a>
                    </li>
                </ul>
            </nav>
            <AccountMenu />
            <LanguageSwitcher />
        </header>
    }
}
