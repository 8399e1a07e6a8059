use crate::i18n::{I18n, move_tr};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::facilities::{JoinFacility, my_facilities};
use crate::components::{ActionError, Loaded, TextField, successes};
use crate::domain::facilities::MembershipStatus;
use crate::i18n::page_title;

/// The signed-in user's facilities (the facility switcher) and the join-with-code form.
#[component]
pub fn MyFacilitiesPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let join = ServerAction::<JoinFacility>::new();
    let joined = successes(join.value());
    let facilities = Resource::new(move || joined.get(), |_| my_facilities());
    view! {
        <Title text=page_title("facilities-page-title") />
        <section class="facilities">
            <h1>{move_tr!("facilities-heading")}</h1>
            <Loaded resource=facilities let:value>
                {match value {
                    list if list.is_empty() => {
                        view! {
                            <p>{move_tr!("facilities-none")}</p>
                            <p>
                                <a href="/register">{move_tr!("facilities-register-link")}</a>
                            </p>
                        }
                            .into_any()
                    }
                    list => {
                        view! {
                            <ul class="card-list facility-list">
                                {list
                                    .into_iter()
                                    .map(|f| {
                                        let href = format!("/facilities/{}", f.id);
                                        let pending = f.membership == MembershipStatus::Pending;
                                        let status_key = f.status.message_key();
                                        let membership_key = f.membership.message_key();
                                        let roles: Vec<&'static str> = f
                                            .roles
                                            .iter()
                                            .map(|r| r.message_key())
                                            .collect();
                                        view! {
                                            <li class="card">
                                                {if pending {
                                                    view! { <strong>{f.name.clone()}</strong> }.into_any()
                                                } else {
                                                    view! {
                                                        <a href=href>
                                                            <strong>{f.name.clone()}</strong>
                                                        </a>
                                                    }
                                                        .into_any()
                                                }} <span class="muted">{f.institution.clone()}</span>
                                                <span class="badge">{move || i18n.tr(status_key)}</span>
                                                {pending
                                                    .then(|| {
                                                        view! {
                                                            <span class="badge badge-pending">
                                                                {move || i18n.tr(membership_key)}
                                                            </span>
                                                        }
                                                    })}
                                                {f
                                                    .is_main_holder
                                                    .then(|| {
                                                        view! {
                                                            <span class="badge">
                                                                {move_tr!("facility-main-holder")}
                                                            </span>
                                                        }
                                                    })}
                                                {roles
                                                    .into_iter()
                                                    .map(|key| {
                                                        view! { <span class="badge">{move || i18n.tr(key)}</span> }
                                                    })
                                                    .collect_view()}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                }}
            </Loaded>
            <JoinForm action=join />
        </section>
    }
}

/// Enter a facility code to ask to join.
#[component]
pub fn JoinForm(action: ServerAction<JoinFacility>) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let outcome = move || action.value().get().and_then(Result::ok);
    view! {
        <section class="join form-page narrow">
            <h2>{move_tr!("join-heading")}</h2>
            <p>{move_tr!("join-intro")}</p>
            {move || {
                outcome()
                    .map(|(_, status)| {
                        let text = if status == MembershipStatus::Active {
                            move_tr!("join-done-active")
                        } else {
                            move_tr!("join-done-pending")
                        };
                        view! {
                            <div class="notice" role="status">
                                <p>{text}</p>
                            </div>
                        }
                    })
            }}
            <ActionError error=error summary_only=true />
            <ActionForm action>
                <TextField
                    label="join-code"
                    name="code"
                    field="code"
                    error
                    required=true
                    hint="join-code-hint"
                />
                <button type="submit" class="primary" disabled=move || action.pending().get()>
                    {move_tr!("join-submit")}
                </button>
            </ActionForm>
        </section>
    }
}

/// `/join`, linked from invitation mails: the join form, or how to get an account first.
#[component]
pub fn JoinPage() -> impl IntoView {
    let join = ServerAction::<JoinFacility>::new();
    // Whoever cannot be identified (signed out, or the check failed) is asked to sign in.
    let user = Resource::new(
        || (),
        |()| async {
            Ok::<_, crate::error::AppError>(crate::api::auth::current_user().await.ok().flatten())
        },
    );
    view! {
        <Title text=page_title("join-page-title") />
        <Loaded resource=user let:user>
            {match user {
                Some(_) => view! { <JoinForm action=join /> }.into_any(),
                _ => {
                    view! {
                        <section class="form-page narrow">
                            <h1>{move_tr!("join-heading")}</h1>
                            <p>{move_tr!("join-need-account")}</p>
                            <p>
                                <a href="/sign-in">{move_tr!("nav-sign-in")}</a>
                                " · "
                                <a href="/sign-up">{move_tr!("sign-up-heading")}</a>
                            </p>
                        </section>
                    }
                        .into_any()
                }
            }}
        </Loaded>
    }
}
