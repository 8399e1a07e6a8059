use crate::i18n::move_tr;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::page_title;

use crate::api::auth::SignIn;
use crate::components::ActionError;

/// Email + password sign-in. Works as a plain form post without JavaScript; once hydrated the
/// post goes through the server function and, on success, the page reloads into the
/// signed-in state (the header reads the session on the server).
#[component]
pub fn SignInPage() -> impl IntoView {
    let action = ServerAction::<SignIn>::new();
    let error = move || action.value().get().and_then(Result::err);
    Effect::new(move |_| {
        if matches!(action.value().get(), Some(Ok(_))) {
            // A full navigation so every part of the page renders for the new session.
            let _ = window().location().assign("/");
        }
    });
    view! {
        <Title text=page_title("sign-in-page-title") />
        <section class="sign-in narrow">
            <h1>{move_tr!("sign-in-heading")}</h1>
            <ActionError error=error />
            <ActionForm action>
                <label for="sign-in-email">{move_tr!("sign-in-email")}</label>
                <input
                    id="sign-in-email"
                    type="email"
                    name="email"
                    autocomplete="username"
                    required
                />
                <label for="sign-in-password">{move_tr!("sign-in-password")}</label>
                <input
                    id="sign-in-password"
                    type="password"
                    name="password"
                    autocomplete="current-password"
                    required
                />
                <button type="submit" disabled=move || action.pending().get()>
                    {move_tr!("sign-in-submit")}
                </button>
            </ActionForm>
            <p class="form-links">
                <a href="/forgot-password">{move_tr!("sign-in-forgot-password")}</a>
                " · "
                <a href="/sign-up">{move_tr!("sign-in-create-account")}</a>
                " · "
                <a href="/resend-link">{move_tr!("resend-link-ask")}</a>
            </p>
        </section>
    }
}
