use leptos::prelude::*;
use leptos_fluent::{I18n, move_tr};

use crate::i18n::LANGUAGE_PARAM;

/// Language picker.
///
/// Before hydration (or without JavaScript) it is a plain GET form: choosing and pressing
/// the button reloads the page with `?lang=`. Once hydrated, changing the selection switches
/// the language in place (no reload); the i18n provider updates the URL and the cookie so the
/// choice survives a reload. The button is then hidden by CSS (`body[data-hydrated]`).
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let on_change = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        if let Some(language) = i18n.languages.iter().find(|l| l.id == chosen) {
            i18n.language.set(language);
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
                            <option value=id lang=id selected=move || i18n.language.get().id == id>
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
