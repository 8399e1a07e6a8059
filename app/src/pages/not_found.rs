use crate::i18n::move_tr;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::page_title;

use crate::components::ErrorMessage;
use crate::error::AppError;

/// Any path no route matches: a translated explanation and HTTP 404 on the server render.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=page_title("not-found-title") />
        <section class="not-found">
            <h1>{move_tr!("not-found-title")}</h1>
            <ErrorMessage error=AppError::NotFound />
            <p>
                <a href="/">{move_tr!("not-found-back")}</a>
            </p>
        </section>
    }
}
