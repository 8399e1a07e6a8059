use crate::i18n::move_tr;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::facilities::ResendLink;
use crate::components::{ActionError, TextField};
use crate::i18n::page_title;

/// "Send me a new link" for an activation or email-confirmation link that expired or got
/// lost: asks for the address and always answers the same, so the page does not tell who
/// has an account or a registration.
#[component]
pub fn ResendLinkPage() -> impl IntoView {
    let action = ServerAction::<ResendLink>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    // Without JavaScript the server redirects here with `?done` after the post succeeded.
    let done_before = crate::api::done_in_address();
    let done = move || done_before || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=page_title("resend-link-page-title") />
        <section class="form-page narrow">
            <h1>{move_tr!("resend-link-heading")}</h1>
            <Show
                when=move || !done()
                fallback=|| {
                    view! {
                        <div class="notice" role="status">
                            <p>{move_tr!("resend-link-done")}</p>
                        </div>
                    }
                }
            >
                <p>{move_tr!("resend-link-intro")}</p>
                <ActionError error=error summary_only=true />
                <ActionForm action>
                    <TextField
                        label="sign-in-email"
                        name="email"
                        field="email"
                        error
                        required=true
                        kind="email"
                        autocomplete="email"
                    />
                    <button type="submit" class="primary" disabled=move || action.pending().get()>
                        {move_tr!("resend-link-submit")}
                    </button>
                </ActionForm>
            </Show>
        </section>
    }
}
