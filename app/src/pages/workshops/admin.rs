//! Administrators: scheduling workshops (`/admin/workshops`) and the annual self-checks of
//! every facility (`/admin/self-checks`).

use crate::i18n::{I18n, move_tr, tr};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::admin::admin_self_checks;
use crate::api::workshops::{ScheduleWorkshop, workshop_calendar};
use crate::components::{ErrorMessage, Loaded};
use crate::domain::billing::format_date;
use crate::i18n::page_title;

#[component]
pub fn AdminWorkshopsPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    // A plain form: it posts before (and without) the bundle, and what was typed stays in
    // the fields when the server refuses it.
    let schedule = ServerAction::<ScheduleWorkshop>::new();
    let scheduled = crate::components::successes(schedule.value());
    let calendar = Resource::new(move || scheduled.get(), |_| workshop_calendar());
    // Each field posts as `form[name]`, the server function's one argument.
    let field =
        move |label: &'static str, name: &'static str, kind: &'static str, value: &'static str| {
            view! {
                <label>
                    {move || i18n.tr(label)}
                    <input type=kind name=format!("form[{name}]") value=value />
                </label>
            }
        };
    view! {
        <Title text=page_title("admin-workshops-title") />
        <section class="admin-workshops">
            <p>
                <a href="/admin">{move_tr!("nav-admin")}</a>
            </p>
            <h1>{move_tr!("admin-workshops-title")}</h1>
            <ActionForm action=schedule attr:class="workshop-form">
                {field("workshop-field-title", "title", "text", "")}
                <label>
                    {move_tr!("workshop-field-description")}
                    <textarea name="form[description]" rows="3"></textarea>
                </label>
                {field("workshop-venue", "venue", "text", "")}
                {field("workshop-online", "online_url", "url", "")}
                <label>
                    {move_tr!("workshop-language")}
                    <select name="form[language]">
                        {i18n
                            .languages
                            .iter()
                            .map(|l| {
                                view! {
                                    <option value=l.id selected=l.id == "en" lang=l.id>
                                        {l.name}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                {field("workshop-field-starts", "starts", "datetime-local", "")}
                {field("workshop-field-ends", "ends", "datetime-local", "")}
                {field("workshop-field-time-zone", "time_zone", "text", "Europe/Vienna")}
                {field("workshop-field-capacity", "capacity", "number", "20")}
                <button type="submit" class="primary" disabled=move || schedule.pending().get()>
                    {move_tr!("workshop-schedule")}
                </button>
            </ActionForm>
            {move || match schedule.value().get() {
                Some(Ok(id)) => {
                    Some(
                        view! {
                            <p class="notice" role="status">
                                {move_tr!("workshop-scheduled")}
                                " "
                                <a href=format!("/workshops/{id}")>{move_tr!("workshop-open")}</a>
                            </p>
                        }
                            .into_any(),
                    )
                }
                Some(Err(e)) => Some(view! { <ErrorMessage error=e /> }.into_any()),
                None => None,
            }}
            <h2>{move_tr!("workshops-upcoming")}</h2>
            <Loaded resource=calendar let:list>
                {
                    view! {
                        <table class="data">
                            <tbody>
                                {list
                                    .into_iter()
                                    .map(|w| {
                                        let date = super::when(
                                            &w,
                                            i18n.language.get_untracked().id,
                                        );
                                        view! {
                                            <tr data-workshop=w.id>
                                                <td>
                                                    <a href=format!("/workshops/{}", w.id)>{w.title.clone()}</a>
                                                </td>
                                                <td>{date}</td>
                                                <td>
                                                    {move || {
                                                        tr!(
                                                            i18n, "workshop-seats-of", { "taken" => w.confirmed, "capacity" => w.capacity, "waiting" => w.waitlisted }
                                                        )
                                                    }}
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                }
            </Loaded>
        </section>
    }
}

#[component]
pub fn AdminSelfChecksPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let checks = Resource::new(|| (), |_| admin_self_checks());
    view! {
        <Title text=page_title("admin-self-checks-title") />
        <section class="admin-self-checks">
            <p>
                <a href="/admin">{move_tr!("nav-admin")}</a>
            </p>
            <h1>{move_tr!("admin-self-checks-title")}</h1>
            <Loaded resource=checks let:value>
                {match value {
                    list if list.is_empty() => {
                        view! { <p>{move_tr!("admin-self-checks-none")}</p> }.into_any()
                    }
                    list => {
                        view! {
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th scope="col">{move_tr!("workshop-facility")}</th>
                                        <th scope="col">{move_tr!("self-check-column-due")}</th>
                                        <th scope="col">{move_tr!("workshop-status")}</th>
                                        <th scope="col">{move_tr!("self-check-note")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {list
                                        .into_iter()
                                        .map(|c| {
                                            let language = i18n.language.get_untracked().id;
                                            let due = format_date(c.due_on, language);
                                            let status = match c.attested_at {
                                                None => "self-check-status-open",
                                                Some(_) if c.staff_ok && c.equipment_ok && c.volume_ok => {
                                                    "self-check-status-met"
                                                }
                                                Some(_) => "self-check-status-changes",
                                            };
                                            view! {
                                                <tr data-status=status>
                                                    <td>
                                                        <a href=format!(
                                                            "/facilities/{}",
                                                            c.facility_id,
                                                        )>{c.facility.clone()}</a>
                                                    </td>
                                                    <td>{due}</td>
                                                    <td>{move || i18n.tr(status)}</td>
                                                    <td>{c.note.clone()}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        }
                            .into_any()
                    }
                }}
            </Loaded>
        </section>
    }
}
