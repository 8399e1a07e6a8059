//! Page islands: the interactive parts of the questionnaire page and of the assessor
//! workspace, each page hydrated by a bundle of its own (`frontend/islands`,
//! `frontend/workspace`) instead of the whole application.
//!
//! The full bundle hydrates every page through the router, so it carries the code of all 40
//! pages. An island page needs none of that: the questionnaire's interactive parts are the
//! questionnaire itself and the account menu, the workspace's the review and the account
//! menu. Each such part is rendered inside an [`Island`] — a `<div data-island=…
//! data-props=…>` with the part's starting data as JSON — and the page's bundle hydrates each
//! island on its own from that data ([`hydrate_islands`] with the page's
//! [`questionnaire_page`] or [`workspace_page`]), so the linker leaves every other page out.
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

/// The assessor workspace island ([`crate::pages::WorkspaceIsland`]).
pub const WORKSPACE: &str = "workspace";

/// A page served with a bundle of its own instead of the full one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IslandPage {
    /// `/applications/<id>`: the questionnaire.
    Questionnaire,
    /// `/assessments/<id>`: the assessor's workspace.
    Workspace,
}

impl IslandPage {
    pub const ALL: [Self; 2] = [Self::Questionnaire, Self::Workspace];

    /// The page a path shows, when it is an island page.
    pub fn of_path(path: &str) -> Option<Self> {
        let numbered = |prefix: &str| {
            path.strip_prefix(prefix)
                .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
        };
        if numbered("/applications/") {
            Some(Self::Questionnaire)
        } else if numbered("/assessments/") {
            Some(Self::Workspace)
        } else {
            None
        }
    }

    /// The file name (without extension) of the page's bundle, beside the full one in
    /// `/pkg/`; `scripts/build-site.sh` writes it.
    pub fn output_name(self) -> &'static str {
        match self {
            Self::Questionnaire => "questionnaire",
            Self::Workspace => "workspace",
        }
    }
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

/// Asks the island above to read its data again (after a reply or a query went through).
/// Parts of an island find it in their context instead of having a counter passed down.
#[derive(Debug, Clone, Copy)]
pub struct ReadAgain(RwSignal<u32>);

impl ReadAgain {
    /// The island's handle, taken while the part is created (an async task after an await no
    /// longer sees the context); none outside an island.
    pub fn here() -> Option<Self> {
        use_context::<Self>()
    }

    /// Asks the island to read its data again.
    pub fn ask(self) {
        self.0.update(|n| *n += 1);
    }
}

/// An island's data, read again from the server (`read`) each time a part below asks with
/// [`ReadAgain::ask`]. A failed read keeps what is shown, so the page stays usable
/// offline.
pub fn read_again_when_changed<T, F, Fut>(start: T, read: F) -> RwSignal<T>
where
    T: Send + Sync + 'static,
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, crate::error::AppError>> + 'static,
{
    let current = RwSignal::new(start);
    let changed = RwSignal::new(0u32);
    Effect::new(move |seen: Option<u32>| {
        let now = changed.get();
        if seen.is_some_and(|seen| seen != now) {
            let fresh = read();
            leptos::task::spawn_local(async move {
                if let Ok(fresh) = fresh.await {
                    current.set(fresh);
                }
            });
        }
        now
    });
    provide_context(ReadAgain(changed));
    current
}

/// How a bundle hydrates one island: (its name, its props, its element). Each island page's
/// bundle passes its own, so it links only the components of its page.
#[cfg(feature = "hydrate")]
pub type HydrateIsland = fn(&str, &str, web_sys::HtmlElement) -> Result<(), String>;

/// Hydrates every island of the page, each from its own props. An island bundle's entry
/// point; `data-hydrated` on `<body>` says it is done, as the full bundle does.
#[cfg(feature = "hydrate")]
pub fn hydrate_islands(hydrate_island: HydrateIsland) {
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

/// Hydrates `element` with `island`, from props read as `T`, in the page's language.
#[cfg(feature = "hydrate")]
fn hydrate_with<T, V>(
    props: &str,
    element: web_sys::HtmlElement,
    island: impl FnOnce(T) -> V + 'static,
) -> Result<(), String>
where
    T: serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    let props: T = crate::json::parse(props).map_err(|e| e.to_string())?;
    leptos::mount::hydrate_from(element, move || {
        crate::i18n::provide_i18n();
        island(props)
    })
    .forget();
    Ok(())
}

/// The islands of the questionnaire page (`frontend/islands`).
#[cfg(feature = "hydrate")]
pub fn questionnaire_page(
    name: &str,
    props: &str,
    element: web_sys::HtmlElement,
) -> Result<(), String> {
    match name {
        QUESTIONNAIRE => hydrate_with(props, element, |start| {
            view! { <crate::pages::QuestionnaireIsland start /> }
        }),
        ACCOUNT_MENU => hydrate_with(props, element, account_menu),
        other => Err(format!("no island named {other:?}")),
    }
}

/// The islands of the assessor workspace (`frontend/workspace`).
#[cfg(feature = "hydrate")]
pub fn workspace_page(
    name: &str,
    props: &str,
    element: web_sys::HtmlElement,
) -> Result<(), String> {
    match name {
        WORKSPACE => hydrate_with(props, element, |start| {
            view! { <crate::pages::WorkspaceIsland start /> }
        }),
        ACCOUNT_MENU => hydrate_with(props, element, account_menu),
        other => Err(format!("no island named {other:?}")),
    }
}

#[cfg(feature = "hydrate")]
fn account_menu(user: crate::api::auth::SessionUser) -> impl IntoView {
    view! { <crate::components::SignedInMenu user /> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_questionnaire_and_the_workspace_are_island_pages() {
        assert_eq!(IslandPage::of_path("/applications/12"), Some(IslandPage::Questionnaire));
        assert_eq!(IslandPage::of_path("/assessments/7"), Some(IslandPage::Workspace));
        for path in [
            "/applications/",
            "/applications/12/case-review",
            "/applications/x",
            "/assessments",
            "/assessments/",
            "/assessments/7/x",
            "/",
        ] {
            assert_eq!(IslandPage::of_path(path), None, "{path}");
        }
    }

    #[test]
    fn every_island_page_has_its_own_bundle_name() {
        let names: std::collections::BTreeSet<_> =
            IslandPage::ALL.iter().map(|p| p.output_name()).collect();
        assert_eq!(names.len(), IslandPage::ALL.len());
        assert!(!names.contains("accredit_io"));
    }
}
