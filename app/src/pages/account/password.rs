use crate::i18n::move_tr;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::auth::{ChangePassword, RequestPasswordReset, ResetPassword};
use crate::components::{ActionError, TextField};
use crate::i18n::page_title;

/// "Forgot your password?": asks for the address and always answers the same, so the page
/// does not tell who has an account.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = ServerAction::<RequestPasswordReset>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    // Without JavaScript the server redirects here with `?done` after the post succeeded.
    let done_before = crate::api::done_in_address();
    let done = move || done_before || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=page_title("forgot-password-page-title") />
        <section class="form-page narrow">
            <h1>{move_tr!("forgot-password-heading")}</h1>
            <Show
                when=move || !done()
                fallback=|| {
                    view! {
                        <div class="notice" role="status">
                            <p>{move_tr!("forgot-password-done")}</p>
                        </div>
                    }
                }
            >
                <p>{move_tr!("forgot-password-intro")}</p>
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
                        {move_tr!("forgot-password-submit")}
                    </button>
                </ActionForm>
            </Show>
        </section>
    }
}

/// The page the reset mail links to: a new password, then sign in.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let token = move || use_query_map().get().get("token").unwrap_or_default();
    let action = ServerAction::<ResetPassword>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    // Without JavaScript the server redirects here with `?done` after the post succeeded.
    let done_before = crate::api::done_in_address();
    let done = move || done_before || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=page_title("reset-password-page-title") />
        <section class="form-page narrow">
            <h1>{move_tr!("reset-password-heading")}</h1>
            <Show
                when=move || !done()
                fallback=|| {
                    view! {
                        <div class="notice" role="status">
                            <p>{move_tr!("reset-password-done")}</p>
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
                    <TextField
                        label="account-new-password"
                        name="password"
                        field="password"
                        error
                        required=true
                        kind="password"
                        autocomplete="new-password"
                        hint="register-password-hint"
                    />
                    <button type="submit" class="primary" disabled=move || action.pending().get()>
                        {move_tr!("reset-password-submit")}
                    </button>
                </ActionForm>
            </Show>
        </section>
    }
}

/// The signed-in user's account: change the password (every other session ends).
#[component]
pub fn AccountPage() -> impl IntoView {
    let action = ServerAction::<ChangePassword>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    // Without JavaScript the server redirects here with `?done` after the post succeeded.
    let done_before = crate::api::done_in_address();
    let done = move || done_before || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=page_title("account-page-title") />
        <section class="form-page narrow">
            <h1>{move_tr!("account-heading")}</h1>
            <h2>{move_tr!("account-change-password")}</h2>
            <Show when=done>
                <div class="notice" role="status">
                    <p>{move_tr!("account-password-changed")}</p>
                </div>
            </Show>
            <ActionError error=error summary_only=true />
            <ActionForm action>
                <TextField
                    label="account-current-password"
                    name="current_password"
                    field="current_password"
                    error
                    required=true
                    kind="password"
                    autocomplete="current-password"
                />
                <TextField
                    label="account-new-password"
                    name="password"
                    field="password"
                    error
                    required=true
                    kind="password"
                    autocomplete="new-password"
                    hint="register-password-hint"
                />
                <button type="submit" class="primary" disabled=move || action.pending().get()>
                    {move_tr!("account-change-password-submit")}
                </button>
            </ActionForm>
        </section>
    }
}
