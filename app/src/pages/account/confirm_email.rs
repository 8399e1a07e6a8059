use crate::i18n::move_tr;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::auth::ConfirmEmail;
use crate::components::ActionError;
use crate::i18n::page_title;

/// The page the sign-up mail links to; confirming is a button (POST) so link scanners
/// cannot spend the token.
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let token = move || use_query_map().get().get("token").unwrap_or_default();
    let action = ServerAction::<ConfirmEmail>::new();
    let error = move || action.value().get().and_then(Result::err);
    // Without JavaScript the server redirects here with `?done` after the post succeeded.
    let done_before = crate::api::done_in_address();
    let done = move || done_before || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=page_title("confirm-email-page-title") />
        <section class="form-page narrow">
            <h1>{move_tr!("confirm-email-heading")}</h1>
            <Show
                when=move || !done()
                fallback=|| {
                    view! {
                        <div class="notice" role="status">
                            <p>{move_tr!("confirm-email-done")}</p>
                            <p>
                                <a href="/sign-in">{move_tr!("activate-sign-in")}</a>
                            </p>
                        </div>
                    }
                }
            >
                <ActionError error=error />
                <ActionForm action>
                    <input type="hidden" name="token" value=token />
                    <button type="submit" class="primary" disabled=move || action.pending().get()>
                        {move_tr!("confirm-email-submit")}
                    </button>
                </ActionForm>
                <p class="form-links">
                    <a href="/resend-link">{move_tr!("resend-link-ask")}</a>
                </p>
            </Show>
        </section>
    }
}
