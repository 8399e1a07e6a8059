//! Administrators' assessment pages: every application past its draft with its clock, open
//! queries and assessors (`/admin/applications`); one application (`/admin/applications/:id`)
//! with assignment, the consensus of findings, recommendations and the decision.

use crate::i18n::{I18n, move_tr, tr};
use leptos::prelude::*;
use leptos_meta::Title;

use leptos::form::ActionForm;

use crate::api::assessment::{
    AssignAssessor, DecideApplication, admin_application, admin_applications,
};
use crate::components::{ActionError, Loaded, successes};
use crate::domain::assessment::AssignmentStatus;
use crate::domain::standards::ApplicationStatus;
use crate::domain::views::AdminApplicationView;
use crate::i18n::page_title;
use crate::pages::assessment::{QueryThreads, outcome_options};

/// A warning badge for what is past its time (the clock over its target, queries left open).
#[component]
fn OverdueBadge(children: Children) -> impl IntoView {
    view! {
        " "
        <span class="badge badge-overdue">{children()}</span>
    }
}

#[component]
pub fn AdminApplicationsPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let rows = Resource::new(|| (), |()| admin_applications());
    view! {
        <Title text=page_title("admin-applications-title") />
        <section class="admin-applications">
            <h1>{move_tr!("admin-applications-title")}</h1>
            <Loaded resource=rows let:value>
                {match value {
                    rows if rows.is_empty() => {
                        view! { <p>{move_tr!("admin-applications-none")}</p> }.into_any()
                    }
                    rows => {
                        let mut workload: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
                        for r in &rows {
                            for (name, status) in &r.assessors {
                                if *status == AssignmentStatus::Active
                                    && (r.status.is_assessing()
                                        || r.status == ApplicationStatus::Submitted)
                                {
                                    *workload.entry(name.clone()).or_default() += 1;
                                }
                            }
                        }
                        // Workload: active assignments per assessor over every listed application.
                        view! {
                            <h2>{move_tr!("admin-workload-heading")}</h2>
                            <ul class="workload">
                                {workload
                                    .into_iter()
                                    .map(|(name, n)| {
                                        view! {
                                            <li>
                                                {move || {
                                                    tr!(
                                                        i18n, "admin-workload", { "name" => name.clone(), "count" => n }
                                                    )
                                                }}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            <table class="progress-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{move_tr!("admin-column-facility")}</th>
                                        <th scope="col">{move_tr!("admin-column-status")}</th>
                                        <th scope="col">{move_tr!("admin-column-clock")}</th>
                                        <th scope="col">{move_tr!("admin-column-queries")}</th>
                                        <th scope="col">{move_tr!("admin-column-assessors")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows
                                        .into_iter()
                                        .map(|r| {
                                            let key = r.status.message_key();
                                            view! {
                                                <tr data-application=r.id.to_string()>
                                                    <td>
                                                        <a href=format!(
                                                            "/admin/applications/{}",
                                                            r.id,
                                                        )>{r.facility.clone()}</a>
                                                    </td>
                                                    <td>{move || i18n.tr(key)}</td>
                                                    <td>
                                                        {move || {
                                                            tr!(i18n, "assessment-clock", { "days" => r.clock_days })
                                                        }}
                                                        {(r.clock_days > i64::from(r.target_weeks) * 7)
                                                            .then(|| {
                                                                view! {
                                                                    <OverdueBadge>
                                                                        {move || {
                                                                            tr!(
                                                                                i18n, "assessment-over-target", { "weeks" => r.target_weeks }
                                                                            )
                                                                        }}
                                                                    </OverdueBadge>
                                                                }
                                                            })}
                                                    </td>
                                                    <td>
                                                        {r.open_queries}
                                                        {(r.overdue_queries > 0)
                                                            .then(|| {
                                                                view! {
                                                                    <OverdueBadge>
                                                                        {move || {
                                                                            tr!(
                                                                                i18n, "admin-overdue-queries", { "count" => r.overdue_queries }
                                                                            )
                                                                        }}
                                                                    </OverdueBadge>
                                                                }
                                                            })}
                                                    </td>
                                                    <td>
                                                        {r
                                                            .assessors
                                                            .iter()
                                                            .map(|(n, s)| {
                                                                let (n, k) = (n.clone(), s.message_key());
                                                                view! {
                                                                    <span class="assessor">{n}" ("{move || i18n.tr(k)}")"</span>
                                                                    " "
                                                                }
                                                            })
                                                            .collect_view()}
                                                    </td>
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

#[component]
pub fn AdminApplicationPage() -> impl IntoView {
    let id = crate::pages::route_params::use_id();
    // Plain forms: they post before (and without) the bundle; the page reads its data again
    // after each one that went through.
    let assign = ServerAction::<AssignAssessor>::new();
    let decide = ServerAction::<DecideApplication>::new();
    let (assigned, decided) = (successes(assign.value()), successes(decide.value()));
    let data = Resource::new(
        move || (id(), assigned.get(), decided.get()),
        |(id, _, _)| admin_application(id),
    );
    view! {
        <Title text=page_title("admin-applications-title") />
        <Loaded resource=data let:v>
            <AdminApplication v assign decide />
        </Loaded>
    }
}

#[component]
fn AdminApplication(
    v: AdminApplicationView,
    assign: ServerAction<AssignAssessor>,
    decide: ServerAction<DecideApplication>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let application_id = v.row.id;
    let key = v.row.status.message_key();
    let deciding = v.row.status.is_assessing();
    let queries = v.queries.clone();
    let blocked = StoredValue::new(v.blockers.core_not_met.join(", "));
    view! {
        <section class="admin-application">
            <p>
                <a href="/admin/applications">{move_tr!("admin-applications-title")}</a>
            </p>
            <h1>{v.row.facility.clone()}</h1>
            <p class="application-status" data-status=v.row.status.as_str()>
                {move || i18n.tr(key)}
                " · "
                {move || tr!(i18n, "assessment-clock", { "days" => v.row.clock_days })}
            </p>
            <p>
                <a href=format!(
                    "/applications/{application_id}/snapshot",
                )>{move_tr!("snapshot-open")}</a>
            </p>
            <h2>{move_tr!("admin-assessors-heading")}</h2>
            <ul>
                {v
                    .row
                    .assessors
                    .iter()
                    .map(|(n, s)| {
                        let k = s.message_key();
                        let n = n.clone();
                        view! { <li>{n}" — "{move || i18n.tr(k)}</li> }
                    })
                    .collect_view()}
            </ul>
            <ActionForm action=assign attr:class="assign">
                <input type="hidden" name="application_id" value=application_id.to_string() />
                <label>
                    {move_tr!("admin-assign-label")} <select name="assessor_id" required>
                        <option value="">"—"</option>
                        {v
                            .assessor_pool
                            .iter()
                            .map(|(id, name, email)| {
                                view! {
                                    <option value=id
                                        .to_string()>{format!("{name} <{email}>")}</option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                " "
                <button type="submit" disabled=move || assign.pending().get()>
                    {move_tr!("admin-assign")}
                </button>
                <ActionError error=move || assign.value().get().and_then(Result::err) />
            </ActionForm>
            <h2>{move_tr!("admin-findings-heading")}</h2>
            <p class="muted">
                {move || tr!(i18n, "admin-findings-active", { "count" => v.active_assessors })}
            </p>
            <table class="progress-table findings-table">
                <thead>
                    <tr>
                        <th scope="col">{move_tr!("application-column-standard")}</th>
                        <th scope="col">{move_tr!("finding-legend")}</th>
                    </tr>
                </thead>
                <tbody>
                    {v
                        .findings
                        .iter()
                        .map(|(item, fs)| {
                            let differs = v.differences.contains(item);
                            let text = fs
                                .iter()
                                .map(|f| i18n.tr(f.message_key()))
                                .collect::<Vec<_>>()
                                .join(" / ");
                            view! {
                                <tr data-item=item.clone() class:differs=differs>
                                    <td>{item.clone()}</td>
                                    <td>{text}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <h2>{move_tr!("recommendation-heading")}</h2>
            <ul>
                {v
                    .recommendations
                    .iter()
                    .map(|(name, o, c)| {
                        let k = o.message_key();
                        let (name, c) = (name.clone(), c.clone());
                        view! {
                            <li>
                                {name}": "{move || i18n.tr(k)}
                                {(!c.is_empty()).then(|| format!(" — {c}"))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h2>{move_tr!("admin-queries-heading")}</h2>
            {queries
                .iter()
                .map(|q| q.item_key.clone())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .map(|item| {
                    let these: Vec<_> = queries
                        .iter()
                        .filter(|q| q.item_key == item)
                        .cloned()
                        .collect();
                    view! {
                        <h3>{item.clone()}</h3>
                        // The office reads the threads; only assessors and the team write in them.
                        <QueryThreads
                            application_id
                            item_key=item
                            queries=these
                            can_open=false
                            can_close=false
                            can_reply=false
                        />
                    }
                })
                .collect_view()}
            <Show when=move || deciding>
                <ActionForm action=decide attr:class="decision-form">
                    <h2>{move_tr!("decision-heading")}</h2>
                    <p class="muted" hidden=move || blocked.with_value(String::is_empty)>
                        {move || {
                            tr!(i18n, "decision-blocked-core", { "items" => blocked.get_value() })
                        }}
                    </p>
                    <input type="hidden" name="application_id" value=application_id.to_string() />
                    <div class="field">
                        <label for="decision-outcome">{move_tr!("decision-outcome")}</label>
                        <select id="decision-outcome" name="outcome">
                            {outcome_options(i18n)}
                        </select>
                    </div>
                    <div class="field">
                        <label for="decision-items">{move_tr!("decision-items")}</label>
                        <input id="decision-items" name="items" type="text" />
                    </div>
                    <div class="field">
                        <label for="decision-reasons">{move_tr!("decision-reasons")}</label>
                        <p class="muted" id="decision-reasons-hint">
                            {move_tr!("decision-reasons-hint")}
                        </p>
                        <textarea
                            id="decision-reasons"
                            name="reasons"
                            rows="5"
                            aria-describedby="decision-reasons-hint"
                        ></textarea>
                    </div>
                    <div class="field">
                        <label for="decision-comment">{move_tr!("decision-comment")}</label>
                        <textarea id="decision-comment" name="comment" rows="3"></textarea>
                    </div>
                    <button type="submit" class="primary" disabled=move || decide.pending().get()>
                        {move_tr!("decision-record")}
                    </button>
                    <ActionError error=move || decide.value().get().and_then(Result::err) />
                </ActionForm>
            </Show>
        </section>
    }
}
