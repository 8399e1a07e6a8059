use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr, I18n};
use leptos_meta::Title;

use crate::accounts::GlobalRole;
use crate::api::admin::{admin_facilities, admin_users, SetGlobalRole};
use crate::components::ErrorMessage;
use crate::i18n::page_title;

fn role_key(role: GlobalRole) -> &'static str {
    match role {
        GlobalRole::Administrator => "role-administrator",
        GlobalRole::Assessor => "role-assessor",
        GlobalRole::Translator => "role-translator",
    }
}

/// Registrations and facilities with their status; accounts with their global roles, which
/// an administrator grants and revokes here.
#[component]
pub fn AdminPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let set_role = ServerAction::<SetGlobalRole>::new();
    let facilities = Resource::new(|| (), |()| admin_facilities());
    let users = Resource::new(move || set_role.version().get(), |_| admin_users());
    view! {
        <Title text=page_title("admin-page-title") />
        <section class="admin">
            <h1>{move_tr!("admin-heading")}</h1>
            <p><a href="/admin/applications">{move_tr!("admin-applications-title")}</a>" · "<a href="/admin/invoices">{move_tr!("admin-invoices-link")}</a>" · "<a href="/admin/editions">{move_tr!("admin-editions-link")}</a>" · "<a href="/admin/outbox">{move_tr!("admin-outbox-link")}</a>" · "<a href="/admin/workshops">{move_tr!("admin-workshops-link")}</a>" · "<a href="/admin/self-checks">{move_tr!("admin-self-checks-link")}</a></p>
            <h2>{move_tr!("admin-facilities-heading")}</h2>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match facilities.await {
                        Ok(rows) => view! {
                            <table class="data admin-facilities">
                                <thead><tr>
                                    <th scope="col">{move_tr!("admin-facility")}</th>
                                    <th scope="col">{move_tr!("register-country")}</th>
                                    <th scope="col">{move_tr!("facility-status")}</th>
                                    <th scope="col">{move_tr!("facility-main-holder")}</th>
                                    <th scope="col">{move_tr!("admin-registered-at")}</th>
                                </tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|f| {
                                        let key = f.status.message_key();
                                        view! {
                                            <tr>
                                                <td><a href=format!("/facilities/{}", f.id)>{f.name}</a><br /><span class="muted">{f.institution}</span></td>
                                                <td>{f.country}</td>
                                                <td><span class="badge" data-status=f.status.as_str()>{move || i18n.tr(key)}</span></td>
                                                <td>{f.main_holder_email}</td>
                                                <td>{f.registered_at}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any(),
                        Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                    }
                })}
            </Transition>
            <h2>{move_tr!("admin-users-heading")}</h2>
            {move || set_role.value().get().and_then(Result::err).map(|e| view! { <ErrorMessage error=e /> })}
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match users.await {
                        Ok(rows) => view! {
                            <table class="data admin-users">
                                <thead><tr>
                                    <th scope="col">{move_tr!("facility-member-name")}</th>
                                    <th scope="col">{move_tr!("facility-member-email")}</th>
                                    {GlobalRole::ALL.into_iter().map(|r| view! { <th scope="col">{move || i18n.tr(role_key(r))}</th> }).collect_view()}
                                </tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|u| {
                                        let user_id = u.id.to_string();
                                        view! {
                                            <tr data-user=u.email.clone()>
                                                <td>{u.display_name.clone()}{(!u.email_confirmed).then(|| view! { " " <span class="badge badge-pending">{move_tr!("admin-unconfirmed")}</span> })}</td>
                                                <td>{u.email.clone()}</td>
                                                {GlobalRole::ALL.into_iter().map(|role| {
                                                    let has = u.roles.contains(&role);
                                                    let user_id = user_id.clone();
                                                    let name = u.display_name.clone();
                                                    let label = move || {
                                                        let role_name = i18n.tr(role_key(role));
                                                        if has {
                                                            tr!(i18n, "admin-revoke-role", { "role" => role_name, "name" => name.clone() })
                                                        } else {
                                                            tr!(i18n, "admin-grant-role", { "role" => role_name, "name" => name.clone() })
                                                        }
                                                    };
                                                    view! {
                                                        <td>
                                                            <ActionForm action=set_role attr:class="inline-form">
                                                                <input type="hidden" name="user_id" value=user_id />
                                                                <input type="hidden" name="role" value=format!("{role:?}") />
                                                                <input type="hidden" name="granted" value=if has { "false" } else { "true" } />
                                                                <button type="submit" aria-label=label aria-pressed=if has { "true" } else { "false" }>
                                                                    {if has { "✓" } else { "—" }}
                                                                </button>
                                                            </ActionForm>
                                                        </td>
                                                    }
                                                }).collect_view()}
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any(),
                        Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
