use crate::i18n::{I18n, move_tr, tr};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use super::{Loaded, Shown};

use crate::api::auth::{SessionUser, SignOut, current_user, sign_out};
use crate::islands::{ACCOUNT_MENU, Island, props_json};

/// The header's account area: "Sign in", or the signed-in person with "Sign out".
#[component]
pub fn AccountMenu() -> impl IntoView {
    // Whoever cannot be identified (signed out, or the check failed) is offered to sign in.
    let user = Resource::new(
        || (),
        |()| async { Ok::<_, crate::error::AppError>(current_user().await.ok().flatten()) },
    );
    view! {
        <div class="account-menu">
            <Loaded resource=user let:user>
                {match user {
                    Some(user) => {
                        // An island: the questionnaire's own bundle hydrates it there.
                        view! {
                            <Island name=ACCOUNT_MENU props=props_json(&user)>
                                <SignedInMenu user />
                            </Island>
                        }
                            .into_any()
                    }
                    _ => {
                        view! {
                            <a href="/register">{move_tr!("nav-register")}</a>
                            <a href="/sign-in">{move_tr!("nav-sign-in")}</a>
                        }
                            .into_any()
                    }
                }}
            </Loaded>
        </div>
    }
}

/// The signed-in person's links and "Sign out", which warns first when changes are kept
/// only on this device (signing out deletes them).
///
/// "Sign out" is a plain form posted to the server function, which works before hydration
/// and without JavaScript; once hydrated, the page calls the function itself and clears the
/// person's drafts when it succeeded. Not an `ActionForm`: that reads the form's fields with
/// `serde_qs` and keeps its children as an `AnyView`, code the island bundles would carry
/// for a form without fields.
#[component]
pub fn SignedInMenu(user: SessionUser) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let user_id = user.id;
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        leptos::task::spawn_local(async move {
            if sign_out().await.is_ok() {
                // Drafts of answers must not outlive the session on a shared computer.
                crate::pages::clear_drafts_of(user_id);
                let _ = window().location().assign("/");
            }
        });
    };
    let name = user.display_name.clone();
    let unsent = RwSignal::new(0_usize);
    let admin = user.roles.contains(&crate::domain::accounts::GlobalRole::Administrator);
    let assessor = user.roles.contains(&crate::domain::accounts::GlobalRole::Assessor);
    let translator = admin || user.roles.contains(&crate::domain::accounts::GlobalRole::Translator);
    view! {
        <a href="/facilities">{move_tr!("nav-my-facilities")}</a>
        {assessor
            .then(|| {
                view! { <a href="/assessments">{move_tr!("assessments-page-title")}</a> }
            })}
        {translator
            .then(|| {
                view! { <a href="/translations">{move_tr!("translate-page-title")}</a> }
            })}
        {admin
            .then(|| {
                view! { <a href="/admin">{move_tr!("nav-admin")}</a> }
            })}
        <a href="/account" class="signed-in-as">
            {move || { tr!(i18n, "nav-signed-in-as", { "name" => name.clone() }) }}
        </a>
        <form method="post" action=SignOut::PATH on:submit=on_submit>
            <button
                type="submit"
                class="link-button"
                on:click=move |ev| {
                    let count = crate::pages::unsent_drafts_of(user_id);
                    if count > 0 && unsent.get_untracked() == 0 {
                        ev.prevent_default();
                        unsent.set(count);
                    }
                }
            >
                {move_tr!("nav-sign-out")}
            </button>
            <Shown when=move || { unsent.get() > 0 }>
                <div class="sign-out-warning" role="alert">
                    <p>
                        {move || { tr!(i18n, "nav-sign-out-unsent", { "count" => unsent.get() }) }}
                    </p>
                    <button type="submit" class="danger">
                        {move_tr!("nav-sign-out-anyway")}
                    </button>
                    <button type="button" class="link-button" on:click=move |_| unsent.set(0)>
                        {move_tr!("nav-stay-signed-in")}
                    </button>
                </div>
            </Shown>
        </form>
    }
}
