//! Where the page finds the hydrate bundle and the stylesheet, and the script that starts it.
//!
//! The server knows the content-hashed names of the files it serves (server/src/assets.rs)
//! and provides them as [`BundleUrls`]; the shell, rendered only on the server, writes them.

use leptos::prelude::*;

/// Public URLs of the bundle's files for this server's build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleUrls {
    pub js: String,
    pub wasm: String,
    pub css: String,
}

impl BundleUrls {
    /// The service worker's URL for this build (public/sw.js reads the files to keep from it;
    /// a new build is a new URL, which makes the browser install the worker again).
    pub fn service_worker(&self) -> String {
        format!("/sw.js?js={}&wasm={}&css={}", self.js, self.wasm, self.css)
    }
}

impl Default for BundleUrls {
    /// The plain names: a server without a built site (tests) still writes a valid page.
    fn default() -> Self {
        Self {
            js: "/pkg/accredit_io.js".to_owned(),
            wasm: "/pkg/accredit_io.wasm".to_owned(),
            css: "/pkg/accredit_io.css".to_owned(),
        }
    }
}

/// The early script: until the bundle runs, it remembers what people type into fields marked
/// `data-keep-early` (their `name`, value and checked state, last edit per field), so the
/// questionnaire can take those edits over after hydration instead of losing them.
const EARLY_INPUT_SCRIPT: &str = r#"(()=>{const k=window.__earlyInput=new Map();const r=e=>{const t=e.target;if(!t||!t.name||!t.closest||!t.closest("[data-keep-early]")||document.body.dataset.hydrated)return;const id=t.type==="checkbox"?t.name+"\u0000"+t.value:t.name;k.delete(id);k.set(id,{name:t.name,type:t.type,value:t.value,checked:!!t.checked});};document.addEventListener("input",r,true);document.addEventListener("change",r,true);})();"#;

/// Preloads, the early-input recorder, the service worker's registration and the module
/// script that starts hydration (what Leptos's `HydrationScripts` writes, with our hashed
/// names). Server only.
#[component]
pub fn BundleScripts() -> impl IntoView {
    let urls = use_context::<BundleUrls>().unwrap_or_default();
    let nonce = leptos::nonce::use_nonce();
    let worker = format!(
        "if(\"serviceWorker\"in navigator)addEventListener(\"load\",()=>{{const w=navigator.serviceWorker;w.register({url:?},{{scope:\"/\"}}).then(()=>w.controller||w.ready.then(r=>r.active&&r.active.postMessage({{type:\"keep\",url:location.href}}))).catch(()=>{{}});}});",
        url = urls.service_worker(),
    );
    // One text: two would be rendered with a separator comment between them, inside a script.
    let early = format!("{EARLY_INPUT_SCRIPT}{worker}");
    let start = format!(
        "import({js:?}).then(m=>m.default({{module_or_path:{wasm:?}}}).then(()=>m.hydrate()));",
        js = urls.js,
        wasm = urls.wasm,
    );
    view! {
        <link rel="stylesheet" href=urls.css />
        <link rel="modulepreload" href=urls.js.clone() />
        <link
            rel="preload"
            href=urls.wasm.clone()
            r#as="fetch"
            r#type="application/wasm"
            crossorigin=""
        />
        <link rel="manifest" href="/manifest.webmanifest" />
        <script nonce=nonce.clone()>{early}</script>
        <script type="module" nonce=nonce>
            {start}
        </script>
    }
}
