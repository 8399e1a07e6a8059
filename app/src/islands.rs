//! Page islands: the interactive parts of the questionnaire page, hydrated by a bundle of
//! their own (`frontend` with its `questionnaire` feature) instead of the whole application.
//!
//! The full bundle hydrates every page through the router, so it carries the code of all 40
//! pages. The questionnaire page needs none of that: its interactive parts are the
//! questionnaire itself and the account menu. Each such part is rendered inside an
//! [`Island`] — a `<div data-island=… data-props=…>` with the part's starting data as JSON —
//! and the questionnaire bundle hydrates each island on its own from that data
//! ([`hydrate_islands`]), so the linker leaves every other page out of it.
//!
//! Leptos's own islands mode would do the same, but it is one switch for the whole build:
//! every page would lose its client-side behaviour at once. These islands sit inside the
//! normal component tree, so the full bundle still hydrates (and client-side navigation still
//! renders) the same markup, and pages can move to islands one at a time.
//!
//! What an island's component may use: its props and contexts it provides itself (the
//! language comes from the page, see [`crate::i18n::provide_i18n`]). No router hooks and no
//! resources: the island is hydrated outside the router, and resource data is not sent with
//! island pages.

use leptos::prelude::*;

/// The questionnaire island ([`crate::pages::QuestionnaireIsland`]).
pub const QUESTIONNAIRE: &str = "questionnaire";
/// The signed-in account menu ([`crate::components::SignedInMenu`]).
pub const ACCOUNT_MENU: &str = "account-menu";

/// Whether a path is served with the questionnaire bundle instead of the full one.
pub fn is_island_page(path: &str) -> bool {
    path.strip_prefix("/applications/")
        .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

/// An island's starting data as the text of its `data-props` attribute. Only the server
/// writes it: in the full bundle the island is hydrated or rendered as part of the page.
pub fn props_json<T: serde::Serialize>(props: &T) -> String {
    #[cfg(feature = "ssr")]
    {
        // Every island's props are plain data (strings, numbers, maps with string keys),
        // which serde_json always writes; an empty text would only leave the island inert.
        serde_json::to_string(props).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = props;
        String::new()
    }
}

/// The element an island is hydrated from: its children are the island's component.
/// `display: contents` keeps it out of the layout.
#[component]
pub fn Island(name: &'static str, props: String, children: Children) -> impl IntoView {
    view! {
        <div class="island" data-island=name data-props=props>
            {children()}
        </div>
    }
}

/// Hydrates every island of the page, each from its own props. The questionnaire bundle's
/// entry point; `data-hydrated` on `<body>` says it is done, as the full bundle does.
#[cfg(feature = "hydrate")]
pub fn hydrate_islands() {
    use wasm_bindgen::JsCast;

    let Ok(found) = document().query_selector_all("[data-island]") else {
        return;
    };
    for index in 0..found.length() {
        let Some(element) =
            found.item(index).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let name = element.get_attribute("data-island").unwrap_or_default();
        let props = element.get_attribute("data-props").unwrap_or_default();
        if let Err(error) = hydrate_island(&name, &props, element) {
            leptos::logging::error!("island {name}: {error}");
        }
    }
    // After the islands' own effects, which were queued while they hydrated (Leptos runs its
    // tasks on the same queue).
    wasm_bindgen_futures::spawn_local(async {
        if let Some(body) = document().body() {
            // Setting an attribute on <body> cannot fail in a browser; nothing to recover.
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}

#[cfg(feature = "hydrate")]
fn hydrate_island(name: &str, props: &str, element: web_sys::HtmlElement) -> Result<(), String> {
    use crate::i18n::provide_i18n;
    match name {
        QUESTIONNAIRE => {
            let start: crate::pages::QuestionnaireStart =
                serde_json::from_str(props).map_err(|e| e.to_string())?;
            leptos::mount::hydrate_from(element, move || {
                provide_i18n();
                view! { <crate::pages::QuestionnaireIsland start /> }
            })
            .forget();
        }
        ACCOUNT_MENU => {
            let user: crate::api::auth::SessionUser =
                serde_json::from_str(props).map_err(|e| e.to_string())?;
            leptos::mount::hydrate_from(element, move || {
                provide_i18n();
                view! { <crate::components::SignedInMenu user /> }
            })
            .forget();
        }
        other => return Err(format!("no island named {other:?}")),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_questionnaire_itself_is_an_island_page() {
        assert!(is_island_page("/applications/12"));
        for path in ["/applications/", "/applications/12/case-review", "/applications/x", "/"] {
            assert!(!is_island_page(path), "{path}");
        }
    }
}
