//! The standards' texts (titles, items, guidance, options) for a page that shows an edition.
//!
//! They are not in the browser bundle (see `crate::texts`): the page loads them with its data
//! in the language it renders in (a language switch loads the page again).

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct StandardsTexts {
    texts: StoredValue<Arc<BTreeMap<String, String>>>,
}

impl StandardsTexts {
    /// Provides an edition's texts, loaded with the page's data, to the page below.
    pub fn provide(texts: BTreeMap<String, String>) -> Self {
        let this = Self { texts: StoredValue::new(Arc::new(texts)) };
        provide_context(this);
        this
    }

    /// The text of a message id of the edition (empty while unknown).
    pub fn get(self, id: &str) -> String {
        self.texts.with_value(|t| t.get(id).cloned().unwrap_or_default())
    }
}

/// The texts provided by the page.
pub fn use_standards_texts() -> StandardsTexts {
    expect_context::<StandardsTexts>()
}
