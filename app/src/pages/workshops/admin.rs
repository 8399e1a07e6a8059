//! Administrators: scheduling workshops (`/admin/workshops`) and the annual self-checks of
//! every facility (`/admin/self-checks`).

use crate::i18n::{I18n, move_tr, tr};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::admin::admin_self_checks;
use crate::api::workshops::{schedule_workshop, workshop_calendar};
use crate::components::{ErrorMessage, Loaded};
use crate::domain::billing::format_date;
use crate::domain::workshops::WorkshopForm;
use crate::i18n::page_title;

#[component]
pub fn AdminWorkshopsPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let form = RwSignal::new(WorkshopForm {
        language: "en".into(),
        time_zone: "Europe/Vienna".into(),
        capacity: "20".into(),
        ..Default::default()
    });
    let schedule = Action::new(move |f: &WorkshopForm| {
        let f = f.clone();
        async move { schedule_workshop(f).await }
    });
    let scheduled = crate::components::successes(schedule.value());
    let calendar = Resource::new(move || scheduled.get(), |_| workshop_calendar());
    let field = move |label: &'static str,
                      name: &'static str,
                      kind: &'static str,
                      get: fn(&WorkshopForm) -> String,
                      set: fn(&mut WorkshopForm, String)| {
        view! {
            <label>
                {move || i18n.tr(label)}
                <input
                    type=kind
                    name=name
                    prop:value=move || form.with(get)
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        form.update(|f| set(f, v));
                    }
                />
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
            <form
                class="workshop-form"
                on:submit=move |ev| {
                    ev.prevent_default();
                    schedule.dispatch(form.get_untracked());
                }
            >
                {field(
                    "workshop-field-title",
                    "title",
                    "text",
                    |f| f.title.clone(),
                    |f, v| f.title = v,
                )}
                <label>
                    {move_tr!("workshop-field-description")}
                    <textarea
                        name="description"
                        rows="3"
                        prop:value=move || form.with(|f| f.description.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            form.update(|f| f.description = v);
                        }
                    ></textarea>
                </label>
                {field("workshop-venue", "venue", "text", |f| f.venue.clone(), |f, v| f.venue = v)}
                {field(
                    "workshop-online",
                    "online_url",
                    "url",
                    |f| f.online_url.clone(),
                    |f, v| f.online_url = v,
                )}
                <label>
                    {move_tr!("workshop-language")}
                    <select
                        name="language"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            form.update(|f| f.language = v);
                        }
                    >
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
                {field(
                    "workshop-field-starts",
                    "starts",
                    "datetime-local",
                    |f| f.starts.clone(),
                    |f, v| f.starts = v,
                )}
                {field(
                    "workshop-field-ends",
                    "ends",
                    "datetime-local",
                    |f| f.ends.clone(),
                    |f, v| f.ends = v,
                )}
                {field(
                    "workshop-field-time-zone",
                    "time_zone",
                    "text",
                    |f| f.time_zone.clone(),
                    |f, v| f.time_zone = v,
                )}
                {field(
                    "workshop-field-capacity",
                    "capacity",
                    "number",
                    |f| f.capacity.clone(),
                    |f, v| f.capacity = v,
                )}
                <button type="submit" class="primary" disabled=move || schedule.pending().get()>
                    {move_tr!("workshop-schedule")}
                </button>
            </form>
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
