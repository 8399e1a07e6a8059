//! Where the page finds the hydrate bundle and the stylesheet, and the script that starts it.
//!
//! The server knows the content-hashed names of the files it serves (server/src/assets.rs)
//! and provides them as [`BundleUrls`]; the shell, rendered only on the server, writes them.

use leptos::prelude::*;

use crate::islands::IslandPage;

/// Public URLs of the bundles' files for this server's build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleUrls {
    /// The full bundle: every page, hydrated through the router.
    pub js: String,
    pub wasm: String,
    pub css: String,
    /// The questionnaire's bundle: only its islands (`crate::islands`).
    pub questionnaire: ScriptUrls,
    /// The assessor workspace's bundle: only its islands.
    pub workspace: ScriptUrls,
}

/// A bundle's two files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptUrls {
    pub js: String,
    pub wasm: String,
}

impl ScriptUrls {
    /// The plain (not content-hashed) names of the bundle `name`.
    pub fn plain(name: &str) -> Self {
        Self { js: format!("/pkg/{name}.js"), wasm: format!("/pkg/{name}.wasm") }
    }
}

impl BundleUrls {
    /// The bundle of an island page.
    pub fn island(&self, page: IslandPage) -> &ScriptUrls {
        match page {
            IslandPage::Questionnaire => &self.questionnaire,
            IslandPage::Workspace => &self.workspace,
        }
    }

    /// The service worker's URL for this build (public/sw.js reads the files to keep from it;
    /// a new build is a new URL, which makes the browser install the worker again). The
    /// workspace's bundle is not among them: only applicants' pages work offline.
    pub fn service_worker(&self) -> String {
        format!(
            "/sw.js?js={}&wasm={}&css={}&ijs={}&iwasm={}",
            self.js, self.wasm, self.css, self.questionnaire.js, self.questionnaire.wasm
        )
    }
}

impl Default for BundleUrls {
    /// The plain names: a server without a built site (tests) still writes a valid page.
    fn default() -> Self {
        Self {
            js: "/pkg/accredit_io.js".to_owned(),
            wasm: "/pkg/accredit_io.wasm".to_owned(),
            css: "/pkg/accredit_io.css".to_owned(),
            questionnaire: ScriptUrls::plain(IslandPage::Questionnaire.output_name()),
            workspace: ScriptUrls::plain(IslandPage::Workspace.output_name()),
        }
    }
}

/// The early script: until the bundle runs, it remembers what people type into fields marked
/// `data-keep-early` (their `name`, value and checked state, last edit per field), so the
/// questionnaire can take those edits over after hydration instead of losing them.
const EARLY_INPUT_SCRIPT: &str = r#"(()=>{const k=window.__earlyInput=new Map();const r=e=>{const t=e.target;if(!t||!t.name||!t.closest||!t.closest("[data-keep-early]")||document.body.dataset.hydrated)return;const id=t.type==="checkbox"?t.name+"\u0000"+t.value:t.name;k.delete(id);k.set(id,{name:t.name,type:t.type,value:t.value,checked:!!t.checked});};document.addEventListener("input",r,true);document.addEventListener("change",r,true);})();"#;

/// The script of pages that go without the bundle (see [`loads_bundle`]), a few hundred
/// bytes instead of the bundle's megabyte. It adds what the plain HTML lacks:
/// - choosing a language is enough (the page loads again with `?lang=`, keeping the rest
///   of the address and the fragment, as the bundle's switcher does);
/// - `[data-print]` buttons print;
/// - a refused form post (the server sends the page back with `__err` in the address) gets
///   its fields again: they are kept for the tab in sessionStorage when the form is sent,
///   except passwords and hidden fields.
///
/// `data-enhanced` on `<body>` says it ran (CSS hides the language button, tests wait on it).
pub const PLAIN_PAGE_SCRIPT: &str = r#"(() => {
const body = document.body, store = sessionStorage;
const keyOf = (form) => "form-keep:" + form.getAttribute("action");
const kept = (x) => x.name && !["password", "hidden", "submit", "file"].includes(x.type);
body.dataset.enhanced = "true";
const language = document.getElementById("language-select");
if (language) language.addEventListener("change", () => {
  const url = new URL(location.href);
  url.searchParams.set(language.name, language.value);
  location.assign(url.href);
});
document.addEventListener("click", (e) => {
  if (e.target.closest && e.target.closest("[data-print]")) print();
});
document.addEventListener("submit", (e) => {
  const form = e.target, values = {};
  if (form.method !== "post") return;
  for (const x of form.elements) {
    if (!kept(x)) continue;
    if (x.type === "checkbox") values[x.name + "\u0000" + x.value] = x.checked;
    else if (x.type !== "radio" || x.checked) values[x.name] = x.value;
  }
  try { store.setItem(keyOf(form), JSON.stringify(values)); } catch (_) {}
});
const refused = new URLSearchParams(location.search).has("__err");
for (const form of document.querySelectorAll("form[method=post]")) {
  const saved = store.getItem(keyOf(form));
  if (!saved) continue;
  store.removeItem(keyOf(form));
  if (!refused) continue;
  const values = JSON.parse(saved);
  for (const x of form.elements) {
    if (!kept(x)) continue;
    if (x.type === "checkbox") x.checked = !!values[x.name + "\u0000" + x.value];
    else if (x.type === "radio") x.checked = x.value === values[x.name];
    else if (x.name in values) x.value = values[x.name];
  }
}
})()"#;

/// [`PLAIN_PAGE_SCRIPT`], run once the document is parsed.
fn plain_page_start() -> String {
    format!("addEventListener(\"DOMContentLoaded\",()=>{PLAIN_PAGE_SCRIPT});")
}

/// Which script a page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageBundle {
    /// An anonymous visitor's page: only [`PLAIN_PAGE_SCRIPT`]. Everything an anonymous
    /// visitor can do (read the public pages, sign up, sign in, reset a password, confirm an
    /// address) works as server HTML and plain forms.
    Plain,
    /// A signed-in person's page: the full bundle hydrates it (the account menu's sign-out
    /// warning, the offline queues, client-side navigation).
    Full,
    /// The questionnaire or the workspace: the page's own bundle hydrates its islands
    /// (`crate::islands`), the rest of the page works as on plain pages.
    Islands(IslandPage),
}

/// The bundle of the page being rendered: none without a session cookie, an island page's
/// own on that page, else the full one. In the browser, the full one is running (island
/// bundles never ask: their islands are hydrated from props).
pub fn page_bundle() -> PageBundle {
    #[cfg(feature = "ssr")]
    {
        if crate::api::request::session_token().is_none() {
            PageBundle::Plain
        } else {
            IslandPage::of_path(&crate::api::request::request_path())
                .map_or(PageBundle::Full, PageBundle::Islands)
        }
    }
    #[cfg(not(feature = "ssr"))]
    PageBundle::Full
}

/// The marker of a session cookie, which the server sends with pages and server-function
/// answers (`x-accredit-viewer`) and pages name in their service worker's `keep` message: the
/// worker keeps offline copies per marker (public/sw.js). A hash of the token, not the token
/// (pages' scripts may read it), so two sessions, even of one person, never share copies.
#[cfg(feature = "ssr")]
pub fn viewer_marker(session_token: Option<&str>) -> String {
    use sha2::{Digest, Sha256};
    match session_token.filter(|t| !t.is_empty()) {
        Some(token) => {
            let digest =
                Sha256::new().chain_update(b"accredit-viewer\0").chain_update(token).finalize();
            hex::encode(digest)[..32].to_owned()
        }
        None => "anonymous".to_owned(),
    }
}

/// Whether this page runs wasm at all (and so needs the interface texts).
pub fn loads_bundle() -> bool {
    page_bundle() != PageBundle::Plain
}

/// The stylesheet always; then either the bundle — preloads, the early-input recorder, the
/// service worker's registration and the module script that starts hydration (what
/// Leptos's `HydrationScripts` writes, with our hashed names) — or, for pages without it,
/// [`PLAIN_PAGE_SCRIPT`]. Server only.
#[component]
pub fn BundleScripts() -> impl IntoView {
    let urls = use_context::<BundleUrls>().unwrap_or_default();
    let nonce = leptos::nonce::use_nonce();
    let bundle = page_bundle();
    if bundle == PageBundle::Plain {
        return view! {
            <link rel="stylesheet" href=urls.css />
            <link rel="manifest" href="/manifest.webmanifest" />
            <script nonce=nonce>{plain_page_start()}</script>
        }
        .into_any();
    }
    #[cfg(feature = "ssr")]
    let viewer = viewer_marker(crate::api::request::session_token().as_deref());
    #[cfg(not(feature = "ssr"))]
    let viewer = String::new();
    let worker = format!(
        "if(\"serviceWorker\"in navigator)addEventListener(\"load\",()=>{{const w=navigator.serviceWorker;w.register({url:?},{{scope:\"/\"}}).then(()=>w.controller||w.ready.then(r=>r.active&&r.active.postMessage({{type:\"keep\",url:location.href,viewer:{viewer:?}}}))).catch(()=>{{}});}});",
        url = urls.service_worker(),
    );
    // One text: two would be rendered with a separator comment between them, inside a script.
    let early = format!("{EARLY_INPUT_SCRIPT}{worker}");
    let (js, wasm, plain) = match bundle {
        PageBundle::Islands(page) => {
            let ScriptUrls { js, wasm } = urls.island(page).clone();
            // Outside the islands the page is plain HTML: the language switcher and printing
            // work as on pages without a bundle.
            (js, wasm, plain_page_start())
        }
        _ => (urls.js.clone(), urls.wasm.clone(), String::new()),
    };
    let early = format!("{early}{plain}");
    let start = format!(
        "import({js:?}).then(m=>m.default({{module_or_path:{wasm:?}}}).then(()=>m.hydrate()));",
    );
    view! {
        <link rel="stylesheet" href=urls.css />
        <link rel="modulepreload" href=js />
        <link rel="preload" href=wasm r#as="fetch" r#type="application/wasm" crossorigin="" />
        <link rel="manifest" href="/manifest.webmanifest" />
        <script nonce=nonce.clone()>{early}</script>
        <script type="module" nonce=nonce>
            {start}
        </script>
    }
    .into_any()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn viewer_marker_separates_sessions_and_hides_the_token() {
        let a = viewer_marker(Some("token-a"));
        assert_eq!(a, viewer_marker(Some("token-a")));
        assert_ne!(a, viewer_marker(Some("token-b")));
        assert!(!a.contains("token") && a.len() == 32, "{a}");
        assert_eq!(viewer_marker(None), "anonymous");
        assert_eq!(viewer_marker(Some("")), "anonymous");
    }
}
