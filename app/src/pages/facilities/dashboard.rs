use crate::domain::ids::FacilityId;
use crate::i18n::{I18n, move_tr, tr};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::applications::OpenApplication;
use crate::api::facilities::{
    AssignFacilityRole, DecideMembership, RemoveMember, get_facility_dashboard,
};
use crate::components::{ActionError, Loaded, PathwayPosition, Seal, successes};
use crate::domain::billing::format_date;
use crate::domain::facilities::view::FacilityDashboard;
use crate::domain::facilities::{FacilityStatus, MembershipStatus};
use crate::i18n::page_title;
use crate::pages::FacilityInvoices;

/// A facility's page: current status (derived from its history), the facility code to share,
/// named roles and members. The main account holder (and administrators) approve requests,
/// remove members and name role holders here.
#[component]
pub fn FacilityPage() -> impl IntoView {
    let facility_id = crate::pages::route_params::use_id();
    let decide = ServerAction::<DecideMembership>::new();
    let remove = ServerAction::<RemoveMember>::new();
    let assign = ServerAction::<AssignFacilityRole>::new();
    let (decided, removed, assigned) =
        (successes(decide.value()), successes(remove.value()), successes(assign.value()));
    let dashboard = Resource::new(
        move || (facility_id(), decided.get(), removed.get(), assigned.get()),
        |(id, ..)| get_facility_dashboard(id),
    );
    let action_error = move || {
        decide
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| remove.value().get().and_then(Result::err))
            .or_else(|| assign.value().get().and_then(Result::err))
    };
    view! {
        <Title text=page_title("facility-page-title") />
        <section class="facility-dashboard">
            <ActionError error=action_error />
            <Loaded resource=dashboard let:d>
                <Dashboard d decide remove assign />
            </Loaded>
        </section>
    }
}

#[component]
fn Dashboard(
    d: FacilityDashboard,
    decide: ServerAction<DecideMembership>,
    remove: ServerAction<RemoveMember>,
    assign: ServerAction<AssignFacilityRole>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let manages = d.viewer_manages_members;
    let id = d.id.to_string();
    let status_key = d.status.message_key();
    let active: Vec<_> =
        d.members.iter().filter(|m| m.status == MembershipStatus::Active).cloned().collect();
    let pending: Vec<_> =
        d.members.iter().filter(|m| m.status == MembershipStatus::Pending).cloned().collect();
    let code = d.code.clone();
    let facility_id = d.id;
    let listed = RwSignal::new(d.directory_opt_in);
    let listing = Action::new(move |on: &bool| {
        let on = *on;
        async move { crate::api::assessment::set_directory_listing(facility_id, on).await }
    });
    let enrolled = d.status == crate::domain::facilities::FacilityStatus::Enrolled;
    let certificate = d.certificate_code.clone();
    let may_withdraw = d.viewer_may_withdraw;
    let read_only = d.viewer_read_only;
    view! {
        {read_only
            .then(|| {
                view! {
                    <p class="notice read-only-notice" role="note">
                        {move_tr!("facility-read-only-notice")}
                    </p>
                }
            })}
        <div class="facility-heading">
            <div>
                <h1>{d.name.clone()}</h1>
                <p class="muted">
                    {format!("{} · {} · {}", d.institution, d.department, d.country)}
                </p>
            </div>
            <Seal status=d.status />
        </div>
        <PathwayPosition status=d.status />
        <dl class="facts">
            <dt>{move_tr!("facility-status")}</dt>
            <dd>
                <span class="badge" data-status=d.status.as_str()>
                    {move || i18n.tr(status_key)}
                </span>
            </dd>
            <dt>{move_tr!("facility-code")}</dt>
            <dd>
                <code class="facility-code">{code}</code>
                " "
                <span class="muted">{move_tr!("facility-code-hint")}</span>
            </dd>
        </dl>
        {certificate
            .map(|c| {
                view! {
                    <p class="certificate-link">
                        <a href=format!("/verify/{c}")>{move_tr!("decision-verify-link")}</a>
                        " "
                        <img
                            src=format!(
                                "/verify/{c}/badge.svg?lang={}",
                                i18n.language.get_untracked().id,
                            )
                            alt=move || i18n.tr("verify-badge-alt")
                            width="220"
                            height="64"
                        />
                    </p>
                }
            })}
        {(enrolled && manages)
            .then(|| {
                view! {
                    <p class="directory-listing">
                        <label class="checkbox">
                            <input
                                type="checkbox"
                                prop:checked=move || listed.get()
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    listed.set(on);
                                    listing.dispatch(on);
                                }
                            />
                            {move_tr!("directory-opt-in")}
                        </label>
                        <ActionError error=move || listing.value().get().and_then(Result::err) />
                    </p>
                }
            })}

        <SelfCheckPanel facility_id />
        {may_withdraw.then(|| view! { <WithdrawForm facility_id /> })}

        <h2>{move_tr!("facility-roles-heading")}</h2>
        <table class="data">
            <tbody>
                {d
                    .roles
                    .iter()
                    .map(|r| {
                        let key = r.role.message_key();
                        let holder = match (&r.display_name, &r.invited_email) {
                            (Some(name), _) => name.clone(),
                            (None, Some(email)) => email.clone(),
                            (None, None) => String::new(),
                        };
                        let invited = r.user_id.is_none() && r.invited_email.is_some();
                        let vacant = r.user_id.is_none() && r.invited_email.is_none();
                        let role_name = r.role.as_str();
                        let current = r.user_id;
                        let candidates = active.clone();
                        let id = id.clone();
                        view! {
                            <tr data-role=role_name>
                                <th scope="row">{move || i18n.tr(key)}</th>
                                <td class="role-holder">
                                    {holder}
                                    {invited
                                        .then(|| {
                                            view! {
                                                " "
                                                <span class="badge badge-pending">
                                                    {move_tr!("facility-role-invited")}
                                                </span>
                                            }
                                        })}
                                    {vacant
                                        .then(|| {
                                            view! {
                                                <span class="muted">
                                                    {move_tr!("facility-role-vacant")}
                                                </span>
                                            }
                                        })}
                                </td>
                                <td>
                                    {manages
                                        .then(|| {
                                            view! {
                                                <ActionForm action=assign attr:class="inline-form">
                                                    <input type="hidden" name="facility_id" value=id.clone() />
                                                    <input type="hidden" name="role" value=role_name />
                                                    <label
                                                        class="visually-hidden"
                                                        for=format!("assign-{role_name}")
                                                    >
                                                        {move || i18n.tr(key)}
                                                    </label>
                                                    <select name="member_id" id=format!("assign-{role_name}")>
                                                        {candidates
                                                            .iter()
                                                            .map(|m| {
                                                                view! {
                                                                    <option
                                                                        value=m.user_id.to_string()
                                                                        selected=current == Some(m.user_id)
                                                                    >
                                                                        {m.display_name.clone()}
                                                                    </option>
                                                                }
                                                            })
                                                            .collect_view()}
                                                    </select>
                                                    <button type="submit">
                                                        {move_tr!("facility-role-assign")}
                                                    </button>
                                                </ActionForm>
                                            }
                                        })}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>

        {(manages && !pending.is_empty())
            .then(|| {
                let id = id.clone();
                view! {
                    <h2>{move_tr!("facility-pending-heading")}</h2>
                    <ul class="card-list pending-requests">
                        {pending
                            .into_iter()
                            .map(|m| {
                                let (id2, member) = (id.clone(), m.user_id.to_string());
                                let (id, member2) = (id.clone(), member.clone());
                                view! {
                                    <li class="card" data-member=m.email.clone()>
                                        <span>{format!("{} <{}>", m.display_name, m.email)}</span>
                                        <ActionForm action=decide attr:class="inline-form">
                                            <input type="hidden" name="facility_id" value=id />
                                            <input type="hidden" name="member_id" value=member />
                                            <input type="hidden" name="approve" value="true" />
                                            <button type="submit" class="primary">
                                                {move_tr!("facility-approve")}
                                            </button>
                                        </ActionForm>
                                        <ActionForm action=decide attr:class="inline-form">
                                            <input type="hidden" name="facility_id" value=id2 />
                                            <input type="hidden" name="member_id" value=member2 />
                                            <input type="hidden" name="approve" value="false" />
                                            <button type="submit">
                                                {move_tr!("facility-decline")}
                                            </button>
                                        </ActionForm>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}

        <h2>{move_tr!("facility-members-heading")}</h2>
        <table class="data members">
            <thead>
                <tr>
                    <th scope="col">{move_tr!("facility-member-name")}</th>
                    <th scope="col">{move_tr!("facility-member-email")}</th>
                    <th scope="col">{move_tr!("facility-member-roles")}</th>
                    <th scope="col">
                        <span class="visually-hidden">{move_tr!("facility-member-actions")}</span>
                    </th>
                </tr>
            </thead>
            <tbody>
                {active
                    .iter()
                    .map(|m| {
                        let mut roles: Vec<String> = m
                            .roles
                            .iter()
                            .map(|r| i18n.tr(r.message_key()))
                            .collect();
                        if m.is_main_holder {
                            roles.insert(0, i18n.tr("facility-main-holder"));
                        }
                        let removable = manages && !m.is_main_holder;
                        let (id, member, name) = (
                            id.clone(),
                            m.user_id.to_string(),
                            m.display_name.clone(),
                        );
                        view! {
                            <tr data-member=m.email.clone()>
                                <td>{m.display_name.clone()}</td>
                                <td>{m.email.clone()}</td>
                                <td>{roles.join(", ")}</td>
                                <td>
                                    {removable
                                        .then(|| {
                                            view! {
                                                <ActionForm action=remove attr:class="inline-form">
                                                    <input type="hidden" name="facility_id" value=id />
                                                    <input type="hidden" name="member_id" value=member />
                                                    <button
                                                        type="submit"
                                                        aria-label=move || {
                                                            tr!(
                                                                i18n, "facility-remove-member", { "name" => name.clone() }
                                                            )
                                                        }
                                                    >
                                                        {move_tr!("facility-remove")}
                                                    </button>
                                                </ActionForm>
                                            }
                                        })}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>

        {(matches!(
            d.status,
            FacilityStatus::Enrolled
            | FacilityStatus::Accredited
            | FacilityStatus::CentreOfExcellence
        ) && !d.viewer_read_only)
            .then(|| view! { <ApplicationLink facility_id=d.id /> })}

        <FacilityInvoices facility_id=d.id />

        <h2>{move_tr!("facility-history-heading")}</h2>
        <ol class="history">
            {d
                .history
                .iter()
                .map(|h| {
                    let key = h.status.message_key();
                    let reason = (h.status == FacilityStatus::Withdrawn).then(|| h.reason.clone());
                    // A withdrawal's reason was written by a person; other entries' reasons are
                    // the system's own notes, kept for the audit, not shown.
                    view! {
                        <li>
                            <time>{h.at.clone()}</time>
                            " — "
                            {move || i18n.tr(key)}
                            {reason
                                .map(|r| {
                                    view! {
                                        ": "
                                        <q class="history-reason">{r}</q>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// Opens the facility's application (or finds the open one) and goes there.
#[component]
fn ApplicationLink(facility_id: FacilityId) -> impl IntoView {
    let open = ServerAction::<OpenApplication>::new();
    Effect::new(move |_| {
        if let Some(Ok(id)) = open.value().get() {
            let _ = window().location().assign(&format!("/applications/{id}"));
        }
    });
    view! {
        <section class="application-link">
            <h2>{move_tr!("application-heading")}</h2>
            <ActionError error=move || open.value().get().and_then(Result::err) />
            <ActionForm action=open>
                <input type="hidden" name="facility_id" value=facility_id.to_string() />
                <button type="submit" class="primary">
                    {move_tr!("application-open")}
                </button>
            </ActionForm>
        </section>
    }
}

/// Withdrawing from the programme: a reason and a confirmation, then the page shows the new
/// status (the status history keeps the reason).
#[component]
fn WithdrawForm(facility_id: FacilityId) -> impl IntoView {
    let reason = RwSignal::new(String::new());
    let confirmed = RwSignal::new(false);
    let withdraw = Action::new(move |text: &String| {
        let text = text.clone();
        async move { crate::api::facilities::withdraw_facility(facility_id, text).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = withdraw.value().get() {
            #[cfg(feature = "hydrate")]
            if let Some(location) = web_sys::window().map(|w| w.location()) {
                let _ = location.reload();
            }
        }
    });
    view! {
        <details class="withdraw">
            <summary>{move_tr!("withdraw-heading")}</summary>
            <p class="muted">{move_tr!("withdraw-explain")}</p>
            <label>
                {move_tr!("withdraw-reason")}
                <textarea
                    rows="3"
                    prop:value=move || reason.get()
                    on:input=move |ev| reason.set(event_target_value(&ev))
                ></textarea>
            </label>
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=move || confirmed.get()
                    on:change=move |ev| confirmed.set(event_target_checked(&ev))
                />
                {move_tr!("withdraw-confirm")}
            </label>
            <button
                type="button"
                class="danger"
                disabled=move || !confirmed.get() || reason.with(|r| r.trim().is_empty())
                on:click=move |_| {
                    withdraw.dispatch(reason.get_untracked());
                }
            >
                {move_tr!("withdraw-submit")}
            </button>
            <ActionError error=move || withdraw.value().get().and_then(Result::err) />
        </details>
    }
}

/// The annual self-check between cycles: when one is due, the Authorised Representative
/// attests that staff, equipment and volume still meet the core items, or says what changed.
#[component]
fn SelfCheckPanel(facility_id: FacilityId) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let attest = Action::new(move |what: &crate::domain::recertification::Attestation| {
        let what = what.clone();
        async move { crate::api::facilities::attest_self_check(facility_id, what).await }
    });
    let attested = successes(attest.value());
    let data = Resource::new(
        move || attested.get(),
        move |_| crate::api::facilities::facility_self_check(facility_id),
    );
    let (staff, equipment, volume, note) = (
        RwSignal::new(false),
        RwSignal::new(false),
        RwSignal::new(false),
        RwSignal::new(String::new()),
    );
    view! {
        <Loaded resource=data let:found>
            {
                let (check, is_representative) = match found {
                    (Some(check), is_representative) => (check, is_representative),
                    (None, _) => return None,
                };
                let due = format_date(check.due_on, i18n.language.get_untracked().id);
                Some(
                    view! {
                        <section class="self-check" aria-labelledby="self-check-heading">
                            <h2 id="self-check-heading">{move_tr!("self-check-heading")}</h2>
                            {match check.attested_at {
                                Some(at) => {
                                    let on = format_date(
                                        at.date_naive(),
                                        i18n.language.get_untracked().id,
                                    );
                                    let all_met = check.staff_ok && check.equipment_ok
                                        && check.volume_ok;
                                    view! {
                                        <p class="self-check-done" role="status">
                                            {move || {
                                                tr!(
                                                    i18n, "self-check-attested", { "due" => due.clone(), "date" => on.clone() }
                                                )
                                            }}
                                        </p>
                                        {(!all_met)
                                            .then(|| {
                                                view! {
                                                    <p class="notice">
                                                        {move_tr!("self-check-changes")}" "{check.note.clone()}
                                                    </p>
                                                }
                                            })}
                                    }
                                        .into_any()
                                }
                                None if is_representative => {
                                    view! {
                                        <p>
                                            {move || {
                                                tr!(i18n, "self-check-due", { "due" => due.clone() })
                                            }}
                                        </p>
                                        <label class="checkbox">
                                            <input
                                                type="checkbox"
                                                name="staff_ok"
                                                prop:checked=move || staff.get()
                                                on:change=move |ev| staff.set(event_target_checked(&ev))
                                            />
                                            {move_tr!("self-check-staff")}
                                        </label>
                                        <label class="checkbox">
                                            <input
                                                type="checkbox"
                                                name="equipment_ok"
                                                prop:checked=move || equipment.get()
                                                on:change=move |ev| equipment.set(event_target_checked(&ev))
                                            />
                                            {move_tr!("self-check-equipment")}
                                        </label>
                                        <label class="checkbox">
                                            <input
                                                type="checkbox"
                                                name="volume_ok"
                                                prop:checked=move || volume.get()
                                                on:change=move |ev| volume.set(event_target_checked(&ev))
                                            />
                                            {move_tr!("self-check-volume")}
                                        </label>
                                        <label>
                                            {move_tr!("self-check-note")}
                                            <textarea
                                                rows="2"
                                                prop:value=move || note.get()
                                                on:input=move |ev| note.set(event_target_value(&ev))
                                            ></textarea>
                                        </label>
                                        <button
                                            type="button"
                                            class="primary"
                                            disabled=move || attest.pending().get()
                                            on:click=move |_| {
                                                attest
                                                    .dispatch(crate::domain::recertification::Attestation {
                                                        staff_ok: staff.get_untracked(),
                                                        equipment_ok: equipment.get_untracked(),
                                                        volume_ok: volume.get_untracked(),
                                                        note: note.get_untracked(),
                                                    });
                                            }
                                        >
                                            {move_tr!("self-check-submit")}
                                        </button>
                                    }
                                        .into_any()
                                }
                                None => {
                                    view! {
                                        <p>
                                            {move || {
                                                tr!(
                                                    i18n, "self-check-due-representative", { "due" => due.clone() }
                                                )
                                            }}
                                        </p>
                                    }
                                        .into_any()
                                }
                            }}
                            <ActionError error=move || attest.value().get().and_then(Result::err) />
                        </section>
                    }
                        .into_any(),
                )
            }
        </Loaded>
    }
}
