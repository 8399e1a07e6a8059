use crate::i18n::move_tr;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::auth::SignUp;
use crate::components::{ActionError, TextField};
use crate::i18n::page_title;

/// An account for a colleague who will join an existing facility with its code.
#[component]
pub fn SignUpPage() -> impl IntoView {
    let action = ServerAction::<SignUp>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    // Without JavaScript the server redirects here with `?done` after the post succeeded.
    let done_before = crate::api::done_in_address();
    let done = move || done_before || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=page_title("sign-up-page-title") />
        <section class="form-page narrow">
            <h1>{move_tr!("sign-up-heading")}</h1>
            <Show
                when=move || !done()
                fallback=|| {
                    view! {
                        <div class="notice" role="status">
                            <p>{move_tr!("sign-up-done")}</p>
                        </div>
                    }
                }
            >
                <p>{move_tr!("sign-up-intro")}</p>
                <ActionError error=error summary_only=true />
                <ActionForm action>
                    <TextField
                        label="register-your-name"
                        name="display_name"
                        field="display_name"
                        error
                        required=true
                        autocomplete="name"
                    />
                    <TextField
                        label="register-your-email"
                        name="email"
                        field="email"
                        error
                        required=true
                        kind="email"
                        autocomplete="email"
                    />
                    <TextField
                        label="register-password"
                        name="password"
                        field="password"
                        error
                        required=true
                        kind="password"
                        autocomplete="new-password"
                        hint="register-password-hint"
                    />
                    <button type="submit" class="primary" disabled=move || action.pending().get()>
                        {move_tr!("sign-up-submit")}
                    </button>
                </ActionForm>
                <p>
                    <a href="/register">{move_tr!("sign-up-register-instead")}</a>
                </p>
            </Show>
        </section>
    }
}
