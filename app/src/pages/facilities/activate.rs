use crate::i18n::{I18n, move_tr, tr};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::facilities::ActivateFacility;
use crate::components::ActionError;
use crate::i18n::page_title;

/// The page the activation mail links to. Activation is a button (a POST), not the link
/// itself: mail scanners that open links must not spend the single-use token.
#[component]
pub fn ActivatePage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let token = move || use_query_map().get().get("token").unwrap_or_default();
    let action = ServerAction::<ActivateFacility>::new();
    let error = move || action.value().get().and_then(Result::err);
    // Without JavaScript the server redirects here with `?done&facility=` after the post.
    let activated_before = crate::api::done_in_address()
        .then(|| use_query_map().with_untracked(|q| q.get("facility").unwrap_or_default()));
    let activated =
        move || action.value().get().and_then(Result::ok).or_else(|| activated_before.clone());
    view! {
        <Title text=page_title("activate-page-title") />
        <section class="form-page narrow">
            <h1>{move_tr!("activate-heading")}</h1>
            {move || match activated() {
                Some(name) => {
                    view! {
                        <div class="notice" role="status">
                            <p>
                                {move || tr!(i18n, "activate-done", { "facility" => name.clone() })}
                            </p>
                            <p>
                                <a href="/sign-in">{move_tr!("activate-sign-in")}</a>
                            </p>
                        </div>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <ActionError error=error />
                        <p>{move_tr!("activate-intro")}</p>
                        <ActionForm action>
                            <input type="hidden" name="token" value=token />
                            <button
                                type="submit"
                                class="primary"
                                disabled=move || action.pending().get()
                            >
                                {move_tr!("activate-submit")}
                            </button>
                        </ActionForm>
                        <p class="form-links">
                            <a href="/resend-link">{move_tr!("resend-link-ask")}</a>
                        </p>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
