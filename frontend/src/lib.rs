//! The browser entry point: hydrates the server-rendered page (the questionnaire has its own,
//! `frontend/islands`). Built to wasm by
//! `scripts/build-site.sh`; nothing else belongs here.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
