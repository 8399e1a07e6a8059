//! JSON read in the browser: island props, the page's texts and drafts kept on the device.
//!
//! Everything is parsed from bytes (`serde_json::from_slice`), the way server functions parse
//! their answers. serde compiles each type's reader once per kind of input, so a type read
//! both from an answer and from a string (the application: island props and its re-read)
//! would otherwise be in the bundle twice (20 KB of the questionnaire's gzipped wasm).

use serde::de::DeserializeOwned;

/// Parses `text` as `T`.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_slice(text.as_bytes())
}

/// What this device keeps under `key` in localStorage, if it is there and reads as `T`.
#[cfg(feature = "hydrate")]
pub fn stored<T: DeserializeOwned>(key: &str) -> Option<T> {
    use gloo_storage::{LocalStorage, Storage};
    parse(&LocalStorage::raw().get_item(key).ok()??).ok()
}
