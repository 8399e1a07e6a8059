//! The standards' texts (titles, items, guidance, options) for a page that shows an edition.
//!
//! They are not in the browser bundle (see `crate::texts`): the page loads them with its data
//! in the language it renders in, and fetches them again when the user switches language.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_fluent::I18n;

use crate::api::texts::standards_texts;

#[derive(Clone, Copy)]
pub struct StandardsTexts {
    texts: RwSignal<Arc<BTreeMap<String, String>>>,
}

impl StandardsTexts {
    /// Provides the texts of `edition_id` (already loaded: `initial`) to the page below.
    pub fn provide(edition_id: String, initial: BTreeMap<String, String>) -> Self {
        let i18n = expect_context::<I18n>();
        let texts = RwSignal::new(Arc::new(initial));
        let rendered_in = i18n.language.get_untracked().id.to_string();
        // Effects run only in the browser: a language switch there fetches the new texts.
        Effect::new(move |shown: Option<String>| {
            let language = i18n.language.get().id.to_string();
            if language != shown.unwrap_or_else(|| rendered_in.clone()) {
                let (edition, wanted) = (edition_id.clone(), language.clone());
                leptos::task::spawn_local(async move {
                    if let Ok(fresh) = standards_texts(edition, wanted).await {
                        texts.set(Arc::new(fresh));
                    }
                });
            }
            language
        });
        let this = Self { texts };
        provide_context(this);
        this
    }

    /// The text of a message id of the edition (empty while unknown).
    pub fn get(self, id: &str) -> String {
        self.texts.with(|t| t.get(id).cloned().unwrap_or_default())
    }
}

/// The texts provided by the page.
pub fn use_standards_texts() -> StandardsTexts {
    expect_context::<StandardsTexts>()
}
