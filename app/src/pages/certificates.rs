//! Public pages of the assessment's outcome: verifying a certificate (`/verify/:code`, live
//! status), the directory of centres (`/directory`, also as `/directory.json`), and the
//! decision letter of an application (`/applications/:id/decision`, printable).

use crate::i18n::{I18n, move_tr, tr};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::applications::{StartNewApplication, get_application};
use crate::api::assessment::{public_directory, verify_certificate};
use crate::components::{ActionError, Loaded};
use crate::domain::assessment::Outcome;
use crate::domain::billing::format_date;
use crate::domain::facilities::FacilityStatus;
use crate::domain::ids::FacilityId;
use crate::i18n::page_title;

/// The statuses the directory lists, in its filter's order.
const DIRECTORY_STATUSES: [FacilityStatus; 3] =
    [FacilityStatus::Accredited, FacilityStatus::CentreOfExcellence, FacilityStatus::Enrolled];

#[component]
pub fn VerifyPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let code = crate::pages::route_params::use_code();
    let found = Resource::new(code, verify_certificate);
    view! {
        <Title text=page_title("verify-page-title") />
        <section class="verify">
            <h1>{move_tr!("verify-page-title")}</h1>
            <Loaded resource=found let:value>
                {match value {
                    Some(c) => {
                        let state_key = c.state.message_key();
                        let status_key = c.status.message_key();
                        let badge = format!(
                            "/verify/{}/badge.svg?lang={}",
                            c.code,
                            i18n.language.get_untracked().id,
                        );
                        let pdf = format!(
                            "/verify/{}/certificate.pdf?lang={}",
                            c.code,
                            i18n.language.get_untracked().id,
                        );
                        let language = i18n.language.get().id;
                        view! {
                            <div class="certificate" data-state=c.state.as_str()>
                                <p class="certificate-state" role="status">
                                    {move || i18n.tr(state_key)}
                                </p>
                                <h2>{c.facility.clone()}</h2>
                                <p>{format!("{} · {}", c.institution, c.country)}</p>
                                <p>{move || i18n.tr(status_key)}</p>
                                <p>
                                    {move || {
                                        tr!(
                                            i18n, "verify-validity", {
                                        "from" => c.valid_from.map(|d| format_date(d, language)).unwrap_or_default(),
                                        "until" => c.valid_until.map(|d| format_date(d, language)).unwrap_or_default()
                                    }
                                        )
                                    }}
                                </p>
                                <p class="muted">
                                    {move || {
                                        tr!(i18n, "verify-code", { "code" => c.code.clone() })
                                    }}
                                </p>
                                <p>
                                    <a href=pdf>{move_tr!("certificate-download")}</a>
                                </p>
                                <p>
                                    <img
                                        src=badge
                                        alt=move || i18n.tr("verify-badge-alt")
                                        width="220"
                                        height="64"
                                    />
                                </p>
                            </div>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <p class="certificate-state" role="status" data-state="unknown">
                                {move_tr!("verify-unknown")}
                            </p>
                        }
                            .into_any()
                    }
                }}
            </Loaded>
        </section>
    }
}

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let entries = Resource::new(|| (), |()| public_directory());
    // The filters are a GET form (`?q=&status=`), so they work as server HTML; once hydrated
    // they filter as people type.
    let query = leptos_router::hooks::use_query_map();
    let search = RwSignal::new(query.with_untracked(|q| q.get("q").unwrap_or_default()));
    let status = RwSignal::new(query.with_untracked(|q| q.get("status").unwrap_or_default()));
    view! {
        <Title text=page_title("directory-page-title") />
        <section class="directory">
            <h1>{move_tr!("directory-page-title")}</h1>
            <p class="muted">
                {move_tr!("directory-intro")}" "<a href="/directory.json">"JSON"</a>
            </p>
            <form
                class="directory-filters"
                method="get"
                action=""
                role="search"
                on:submit=|ev| ev.prevent_default()
            >
                <label>
                    {move_tr!("directory-search")}
                    <input
                        type="search"
                        name="q"
                        value=search.get_untracked()
                        prop:value=move || search.get()
                        on:input=move |ev| search.set(event_target_value(&ev))
                    />
                </label>
                <label>
                    {move_tr!("directory-status")}
                    <select name="status" on:change=move |ev| status.set(event_target_value(&ev))>
                        {std::iter::once(("", "directory-all"))
                            .chain(
                                DIRECTORY_STATUSES
                                    .into_iter()
                                    .map(|s| (s.as_str(), s.message_key())),
                            )
                            .map(|(value, label)| {
                                view! {
                                    <option
                                        value=value
                                        selected=move || status.with(|s| s == value)
                                    >
                                        {move || i18n.tr(label)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <button type="submit" class="apply-filters">
                    {move_tr!("directory-filter-apply")}
                </button>
            </form>
            <Loaded resource=entries let:all>
                {
                    let all = StoredValue::new(all);
                    view! {
                        <table class="progress-table directory-table">
                            <thead>
                                <tr>
                                    <th scope="col">{move_tr!("admin-column-facility")}</th>
                                    <th scope="col">{move_tr!("directory-country")}</th>
                                    <th scope="col">{move_tr!("admin-column-status")}</th>
                                    <th scope="col">{move_tr!("directory-valid-until")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {move || {
                                    let needle = search.get().to_lowercase();
                                    let wanted = status.get();
                                    all.get_value()
                                        .into_iter()
                                        .filter(|e| {
                                            needle.is_empty()
                                                || format!("{} {} {}", e.facility, e.institution, e.country)
                                                    .to_lowercase()
                                                    .contains(&needle)
                                        })
                                        .filter(|e| {
                                            wanted.is_empty() || e.status.as_str() == wanted
                                        })
                                        .map(|e| {
                                            let key = e.status.message_key();
                                            let language = i18n.language.get().id;
                                            view! {
                                                <tr>
                                                    <td>
                                                        {match e.code.clone() {
                                                            Some(code) => {
                                                                view! {
                                                                    <a href=format!("/verify/{code}")>{e.facility.clone()}</a>
                                                                }
                                                                    .into_any()
                                                            }
                                                            None => {
                                                                view! { <span>{e.facility.clone()}</span> }.into_any()
                                                            }
                                                        }}<br /><span class="muted">{e.institution.clone()}</span>
                                                    </td>
                                                    <td>{e.country.clone()}</td>
                                                    <td>{move || i18n.tr(key)}</td>
                                                    <td>
                                                        {e
                                                            .valid_until
                                                            .map(|d| format_date(d, language))
                                                            .unwrap_or_default()}
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()
                                }}
                            </tbody>
                        </table>
                    }
                        .into_any()
                }
            </Loaded>
        </section>
    }
}

#[component]
pub fn DecisionPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let id = crate::pages::route_params::use_id();
    let data = Resource::new(id, get_application);
    view! {
        <Title text=page_title("decision-page-title") />
        <section class="decision-letter">
            <Loaded resource=data let:app>
                {match app.decision {
                    Some(d) => {
                        let language = i18n.language.get().id;
                        let accredited = d.outcome == Outcome::Accredited;
                        let letter = d.letter_key();
                        view! {
                            <h1>{move_tr!("decision-page-title")}</h1>
                            <p>
                                {d.facility.clone()}" · "
                                {format_date(d.decided_at.date_naive(), language)}
                            </p>
                            {d.conferred.map(|status| view! { <crate::components::Seal status /> })}
                            <p class="decision-outcome" data-outcome=d.outcome.as_str()>
                                {move || i18n.tr(letter)}
                            </p>
                            {accredited
                                .then(|| {
                                    view! {
                                        <p>
                                            {move || {
                                                tr!(
                                                    i18n, "verify-validity", {
                                        "from" => d.valid_from.map(|x| format_date(x, language)).unwrap_or_default(),
                                        "until" => d.valid_until.map(|x| format_date(x, language)).unwrap_or_default()
                                    }
                                                )
                                            }}
                                        </p>
                                    }
                                })}
                            {(d.outcome == Outcome::AmendmentsRequired && !d.items.is_empty())
                                .then(|| {
                                    view! {
                                        <p>{move_tr!("decision-items")}" "{d.items.join(", ")}</p>
                                    }
                                })}
                            <DecisionReasons reasons=d.reasons.clone() />
                            {(!d.comment.is_empty())
                                .then(|| {
                                    view! { <p class="decision-comment">{d.comment.clone()}</p> }
                                })}
                            {d
                                .reapply_from
                                .map(|from| {
                                    view! {
                                        <ReapplyPanel
                                            facility_id=app.facility_id
                                            from=format_date(from, language)
                                            member=!app.read_only
                                        />
                                    }
                                })}
                            {d
                                .certificate
                                .clone()
                                .map(|code| {
                                    view! {
                                        <p>
                                            <a href=format!(
                                                "/verify/{code}",
                                            )>{move_tr!("decision-verify-link")}</a>
                                        </p>
                                    }
                                })}
                            <p>
                                <a href=format!(
                                    "/applications/{}/decision.pdf?lang={}",
                                    app.id,
                                    language,
                                )>{move_tr!("decision-pdf")}</a>
                            </p>
                            <p>
                                <a href=format!(
                                    "/applications/{}",
                                    app.id,
                                )>{move_tr!("case-review-back")}</a>
                            </p>
                        }
                            .into_any()
                    }
                    None => view! { <p>{move_tr!("decision-none")}</p> }.into_any(),
                }}
            </Loaded>
        </section>
    }
}

/// The office's reasons per item, as the letter lists them.
#[component]
fn DecisionReasons(reasons: Vec<(String, String)>) -> impl IntoView {
    (!reasons.is_empty()).then(|| {
        view! {
            <h2>{move_tr!("decision-reasons-heading")}</h2>
            <dl class="decision-reasons">
                {reasons
                    .into_iter()
                    .map(|(item, reason)| {
                        let key = item.clone();
                        view! {
                            <dt data-item=key>{item}</dt>
                            <dd>{reason}</dd>
                        }
                    })
                    .collect_view()}
            </dl>
        }
    })
}

/// After "not accredited": when a new application may be opened, and (for the facility's
/// members) the button that opens it; the server refuses it before the day.
#[component]
fn ReapplyPanel(facility_id: FacilityId, from: String, member: bool) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let start = ServerAction::<StartNewApplication>::new();
    Effect::new(move |_| {
        if let Some(Ok(id)) = start.value().get() {
            let _ = window().location().assign(&format!("/applications/{id}"));
        }
    });
    view! {
        <section class="reapply">
            <p class="reapply-from">
                {move || tr!(i18n, "decision-reapply-from", { "date" => from.clone() })}
            </p>
            {member
                .then(|| {
                    view! {
                        <ActionForm action=start>
                            <input type="hidden" name="facility_id" value=facility_id.to_string() />
                            <button
                                type="submit"
                                class="primary"
                                disabled=move || start.pending().get()
                            >
                                {move_tr!("decision-start-new")}
                            </button>
                        </ActionForm>
                        <ActionError error=move || start.value().get().and_then(Result::err) />
                    }
                })}
        </section>
    }
}
