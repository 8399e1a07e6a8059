use crate::i18n::{I18n, move_tr, tr};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::admin::{
    ActivateOnBehalf, DeleteRegistration, ResendActivation, SetAccountDisabled, SetGlobalRole,
    admin_facilities, admin_users,
};
use crate::components::{ActionError, Loaded, successes};
use crate::domain::accounts::GlobalRole;
use crate::domain::facilities::FacilityStatus;
use crate::domain::facilities::view::{AdminFacilityRow, AdminUserRow};
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
    let set_disabled = ServerAction::<SetAccountDisabled>::new();
    let pending = PendingActions {
        resend: ServerAction::new(),
        activate: ServerAction::new(),
        delete: ServerAction::new(),
    };
    let (resent, activated, deleted) = (
        successes(pending.resend.value()),
        successes(pending.activate.value()),
        successes(pending.delete.value()),
    );
    let facilities = Resource::new(
        move || (resent.get(), activated.get(), deleted.get()),
        |_| admin_facilities(),
    );
    let (roles_set, disabled_set) = (successes(set_role.value()), successes(set_disabled.value()));
    let users = Resource::new(move || (roles_set.get(), disabled_set.get()), |_| admin_users());
    view! {
        <Title text=page_title("admin-page-title") />
        <section class="admin">
            <h1>{move_tr!("admin-heading")}</h1>
            <p>
                <a href="/admin/applications">{move_tr!("admin-applications-title")}</a>
                " · "
                <a href="/admin/invoices">{move_tr!("admin-invoices-link")}</a>
                " · "
                <a href="/admin/editions">{move_tr!("admin-editions-link")}</a>
                " · "
                <a href="/admin/outbox">{move_tr!("admin-outbox-link")}</a>
                " · "
                <a href="/admin/workshops">{move_tr!("admin-workshops-link")}</a>
                " · "
                <a href="/admin/self-checks">{move_tr!("admin-self-checks-link")}</a>
                " · "
                <a href="/admin/audit">{move_tr!("audit-page-title")}</a>
            </p>
            <h2>{move_tr!("admin-facilities-heading")}</h2>
            <ActionError error=move || pending.resend.value().get().and_then(Result::err) />
            <ActionError error=move || pending.activate.value().get().and_then(Result::err) />
            <ActionError error=move || pending.delete.value().get().and_then(Result::err) />
            {move || {
                (resent.get() > 0)
                    .then(|| {
                        view! {
                            <p class="notice" role="status">
                                {move_tr!("admin-registration-resent")}
                            </p>
                        }
                    })
            }}
            <Loaded resource=facilities let:rows>
                <table class="data admin-facilities">
                    <thead>
                        <tr>
                            <th scope="col">{move_tr!("admin-facility")}</th>
                            <th scope="col">{move_tr!("register-country")}</th>
                            <th scope="col">{move_tr!("facility-status")}</th>
                            <th scope="col">{move_tr!("facility-main-holder")}</th>
                            <th scope="col">{move_tr!("admin-registered-at")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|f| {
                                let key = f.status.message_key();
                                view! {
                                    <tr data-facility=f.name.clone()>
                                        <td>
                                            <a href=format!("/facilities/{}", f.id)>{f.name.clone()}</a>
                                            <br />
                                            <span class="muted">{f.institution.clone()}</span>
                                        </td>
                                        <td>{f.country.clone()}</td>
                                        <td>
                                            <span class="badge" data-status=f.status.as_str()>
                                                {move || i18n.tr(key)}
                                            </span>
                                        </td>
                                        <td>{f.main_holder_email.clone()}</td>
                                        <td>
                                            {f.registered_at.clone()}
                                            {(f.status == FacilityStatus::Registered)
                                                .then(|| {
                                                    view! {
                                                        <PendingRegistration f=f.clone() actions=pending />
                                                    }
                                                })}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </Loaded>
            <h2>{move_tr!("admin-users-heading")}</h2>
            <ActionError error=move || set_role.value().get().and_then(Result::err) />
            <ActionError error=move || set_disabled.value().get().and_then(Result::err) />
            <Loaded resource=users let:rows>
                <table class="data admin-users">
                    <thead>
                        <tr>
                            <th scope="col">{move_tr!("facility-member-name")}</th>
                            <th scope="col">{move_tr!("facility-member-email")}</th>
                            <th scope="col">{move_tr!("admin-column-roles")}</th>
                            <th scope="col">{move_tr!("admin-column-access")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|u| view! { <UserRow u set_role set_disabled /> })
                            .collect_view()}
                    </tbody>
                </table>
            </Loaded>
        </section>
    }
}

/// One account: its roles as words, and behind a labelled disclosure the changes an
/// administrator may make, each a form that asks for an explicit confirmation in the page
/// (a required checkbox naming what will happen) before its button does anything.
#[component]
fn UserRow(
    u: AdminUserRow,
    set_role: ServerAction<SetGlobalRole>,
    set_disabled: ServerAction<SetAccountDisabled>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let user_id = u.id.to_string();
    let name = u.display_name.clone();
    let roles = u.roles.clone();
    let role_names = move || {
        if roles.is_empty() {
            i18n.tr("admin-no-roles")
        } else {
            roles.iter().map(|r| i18n.tr(role_key(*r))).collect::<Vec<_>>().join(", ")
        }
    };
    let summary = {
        let name = name.clone();
        move || tr!(i18n, "admin-change-access", { "name" => name.clone() })
    };
    let role_forms = GlobalRole::ALL
        .into_iter()
        .map(|role| {
            let has = u.roles.contains(&role);
            let (n1, n2) = (name.clone(), name.clone());
            let confirm = move || {
                let (role, name) = (i18n.tr(role_key(role)), n1.clone());
                if has {
                    tr!(i18n, "admin-confirm-revoke", { "role" => role, "name" => name })
                } else {
                    tr!(i18n, "admin-confirm-grant", { "role" => role, "name" => name })
                }
            };
            let button = move || {
                let (role, name) = (i18n.tr(role_key(role)), n2.clone());
                if has {
                    tr!(i18n, "admin-revoke-role", { "role" => role, "name" => name })
                } else {
                    tr!(i18n, "admin-grant-role", { "role" => role, "name" => name })
                }
            };
            let user_id = user_id.clone();
            view! {
                <ActionForm
                    action=set_role
                    attr:class="confirm-form"
                    attr:data-role=format!("{role:?}")
                >
                    <input type="hidden" name="user_id" value=user_id />
                    <input type="hidden" name="role" value=format!("{role:?}") />
                    <input type="hidden" name="granted" value=if has { "false" } else { "true" } />
                    <label class="checkbox">
                        <input type="checkbox" required />
                        {confirm}
                    </label>
                    <button type="submit" class=if has { "danger" } else { "" }>
                        {button}
                    </button>
                </ActionForm>
            }
        })
        .collect_view();
    let disabled = u.disabled;
    let (n1, n2) = (name.clone(), name.clone());
    let account_confirm = move || {
        let name = n1.clone();
        if disabled {
            tr!(i18n, "admin-confirm-enable", { "name" => name })
        } else {
            tr!(i18n, "admin-confirm-disable", { "name" => name })
        }
    };
    let account_button = move || {
        let name = n2.clone();
        if disabled {
            tr!(i18n, "admin-enable-account", { "name" => name })
        } else {
            tr!(i18n, "admin-disable-account", { "name" => name })
        }
    };
    view! {
        <tr data-user=u.email.clone() data-disabled=disabled.to_string()>
            <td>
                {u.display_name.clone()}
                {(!u.email_confirmed)
                    .then(|| {
                        view! {
                            " "
                            <span class="badge badge-pending">{move_tr!("admin-unconfirmed")}</span>
                        }
                    })}
                {disabled
                    .then(|| {
                        view! {
                            " "
                            <span class="badge badge-disabled">{move_tr!("admin-disabled")}</span>
                        }
                    })}
            </td>
            <td>{u.email.clone()}</td>
            <td class="user-roles">{role_names}</td>
            <td>
                <details class="account-actions">
                    <summary>{summary}</summary>
                    {role_forms}
                    <ActionForm action=set_disabled attr:class="confirm-form">
                        <input type="hidden" name="user_id" value=user_id.clone() />
                        <input
                            type="hidden"
                            name="disabled"
                            value=if disabled { "false" } else { "true" }
                        />
                        <label class="checkbox">
                            <input type="checkbox" required />
                            {account_confirm}
                        </label>
                        <button type="submit" class=if disabled { "" } else { "danger" }>
                            {account_button}
                        </button>
                    </ActionForm>
                </details>
            </td>
        </tr>
    }
}

/// The office's actions on a registration not activated yet.
#[derive(Clone, Copy)]
struct PendingActions {
    resend: ServerAction<ResendActivation>,
    activate: ServerAction<ActivateOnBehalf>,
    delete: ServerAction<DeleteRegistration>,
}

/// A registration whose activation link expired or got lost: the office re-sends it,
/// activates on the registrant's behalf (saying why) or deletes the registration, each behind
/// a disclosure, the last two confirmed in the page.
#[component]
fn PendingRegistration(f: AdminFacilityRow, actions: PendingActions) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let id = f.id.to_string();
    let (id1, id2, id3) = (id.clone(), id.clone(), id);
    let name = f.name;
    let (n1, n2, n3) = (name.clone(), name.clone(), name);
    view! {
        <details class="row-actions registration-actions">
            <summary>
                {move || tr!(i18n, "admin-registration-actions", { "facility" => n1.clone() })}
            </summary>
            <ActionForm action=actions.resend attr:class="resend-form">
                <input type="hidden" name="facility_id" value=id1 />
                <button type="submit">{move_tr!("admin-registration-resend")}</button>
            </ActionForm>
            <ActionForm action=actions.activate attr:class="confirm-form activate-form">
                <input type="hidden" name="facility_id" value=id2 />
                <label>
                    {move_tr!("admin-registration-activate-reason")}
                    <textarea name="reason" required rows="3"></textarea>
                </label>
                <label class="checkbox">
                    <input type="checkbox" required />
                    {move || {
                        tr!(
                            i18n, "admin-registration-activate-confirm", { "facility" => n2.clone() }
                        )
                    }}
                </label>
                <button type="submit">{move_tr!("admin-registration-activate")}</button>
            </ActionForm>
            <ActionForm action=actions.delete attr:class="confirm-form delete-form">
                <input type="hidden" name="facility_id" value=id3 />
                <label>
                    {move_tr!("admin-registration-delete-reason")}
                    <textarea name="reason" required rows="2"></textarea>
                </label>
                <label class="checkbox">
                    <input type="checkbox" required />
                    {move || {
                        tr!(i18n, "admin-registration-delete-confirm", { "facility" => n3.clone() })
                    }}
                </label>
                <button type="submit" class="danger">
                    {move_tr!("admin-registration-delete")}
                </button>
            </ActionForm>
        </details>
    }
}
