use crate::i18n::{I18n, move_tr};
use leptos::prelude::*;

use crate::i18n::LANGUAGE_PARAM;

/// Language picker.
///
/// Before hydration (or without JavaScript) it is a plain GET form: choosing and pressing
/// the button reloads the page with `?lang=`. Once hydrated, choosing is enough: the page
/// loads again at the same address with `?lang=` (a page holds one language's texts; the
/// server remembers the choice in a cookie). The button is then hidden by CSS
/// (`body[data-hydrated]`).
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let on_change = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        if i18n.languages.iter().any(|l| l.id == chosen) {
            load_in(&chosen);
        }
    };
    view! {
        <form class="language-switcher" method="get" action="">
            <label for="language-select">{move_tr!("language-switcher-label")}</label>
            <select id="language-select" name=LANGUAGE_PARAM on:change=on_change>
                {i18n
                    .languages
                    .iter()
                    .map(|language| {
                        let id = language.id;
                        view! {
                            <option value=id lang=id selected=i18n.language.get().id == id>
                                {language.name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="language-apply">
                {move_tr!("language-switcher-apply")}
            </button>
        </form>
    }
}

/// Loads the current address again with `?lang=<language>` (other parameters and the
/// fragment kept).
fn load_in(language: &str) {
    #[cfg(feature = "hydrate")]
    {
        let location = window().location();
        let Ok(href) = location.href() else { return };
        let Ok(url) = web_sys::Url::new(&href) else { return };
        url.search_params().set(LANGUAGE_PARAM, language);
        // Navigation failing leaves the page as it was; nothing to recover.
        let _ = location.assign(&url.href());
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = language;
}
