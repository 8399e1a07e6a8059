//! The questionnaire's browser entry point: hydrates only the page's islands
//! (`app::islands::questionnaire_page`), so the linker leaves every other page out of this bundle. Built to wasm
//! by `scripts/build-site.sh` beside the full bundle (`frontend`); nothing else belongs here.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    app::islands::hydrate_islands(app::islands::questionnaire_page);
}
