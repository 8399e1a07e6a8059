//! The audit log for administrators (`/admin/audit`): filter by facility, person, action and
//! days, newest first, a page at a time, and the same selection as CSV. The filter is a plain
//! GET form, so it works before (and without) the browser bundle.

use crate::i18n::{I18n, move_tr, tr};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::audit::{AuditFilter, AuditRow, admin_audit};
use crate::components::Loaded;
use crate::i18n::page_title;

#[component]
pub fn AdminAuditPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        query.with(|q| {
            let text = |k: &str| q.get(k).unwrap_or_default();
            AuditFilter {
                facility: text("facility"),
                user: text("user"),
                action: text("action"),
                from: text("from"),
                to: text("to"),
                page: text("page").parse().unwrap_or(0),
            }
        })
    });
    let page = Resource::new(move || filter.get(), admin_audit);
    view! {
        <Title text=page_title("audit-page-title") />
        <section class="admin-audit">
            <p>
                <a href="/admin">{move_tr!("nav-admin")}</a>
            </p>
            <h1>{move_tr!("audit-page-title")}</h1>
            <p class="muted">{move_tr!("audit-intro")}</p>
            <Loaded
                resource=page
                after_error=|| {
                    view! {
                        <p>
                            <a href="/admin/audit">{move_tr!("audit-filter-reset")}</a>
                        </p>
                    }
                }
                let:found
            >
                {
                    let f = filter.get_untracked();
                    {
                        let (previous, next) = (
                            found.page.checked_sub(1),
                            found.has_more.then_some(found.page + 1),
                        );
                        let csv = format!("/admin/audit.csv?{}", f.query(0));
                        view! {
                            <form method="get" action="/admin/audit" class="audit-filter">
                                <label>
                                    {move_tr!("audit-filter-facility")} <select name="facility">
                                        <option value="" selected=f.facility.is_empty()>
                                            {move_tr!("audit-filter-any")}
                                        </option>
                                        {found
                                            .facilities
                                            .iter()
                                            .map(|(id, name)| {
                                                let id = id.to_string();
                                                view! {
                                                    <option value=id.clone() selected=f.facility == id>
                                                        {name.clone()}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </label>
                                <label>
                                    {move_tr!("audit-filter-user")}
                                    <input type="email" name="user" value=f.user.clone() />
                                </label>
                                <label>
                                    {move_tr!("audit-filter-action")}
                                    <input
                                        type="text"
                                        name="action"
                                        value=f.action.clone()
                                        placeholder="sign_in"
                                    />
                                </label>
                                <label>
                                    {move_tr!("audit-filter-from")}
                                    <input type="date" name="from" value=f.from.clone() />
                                </label>
                                <label>
                                    {move_tr!("audit-filter-to")}
                                    <input type="date" name="to" value=f.to.clone() />
                                </label>
                                <button type="submit" class="primary">
                                    {move_tr!("audit-filter-apply")}
                                </button>
                                " "
                                <a href=csv class="audit-csv" download>
                                    {move_tr!("audit-export-csv")}
                                </a>
                            </form>
                            {if found.rows.is_empty() {
                                view! { <p class="audit-none">{move_tr!("audit-none")}</p> }
                                    .into_any()
                            } else {
                                view! {
                                    <div
                                        class="table-scroll"
                                        role="region"
                                        tabindex="0"
                                        aria-label=move || i18n.tr("audit-page-title")
                                    >
                                        <table class="data audit-log">
                                            <thead>
                                                <tr>
                                                    <th scope="col">"#"</th>
                                                    <th scope="col">{move_tr!("audit-column-time")}</th>
                                                    <th scope="col">{move_tr!("audit-column-actor")}</th>
                                                    <th scope="col">{move_tr!("audit-column-action")}</th>
                                                    <th scope="col">{move_tr!("audit-column-target")}</th>
                                                    <th scope="col">{move_tr!("audit-column-change")}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {found
                                                    .rows
                                                    .into_iter()
                                                    .map(|r| view! { <EntryRow r /> })
                                                    .collect_view()}
                                            </tbody>
                                        </table>
                                    </div>
                                }
                                    .into_any()
                            }}
                            <nav class="pager" aria-label=move || i18n.tr("audit-pages")>
                                {previous
                                    .map(|p| {
                                        view! {
                                            <a rel="prev" href=format!("/admin/audit?{}", f.query(p))>
                                                {move_tr!("audit-newer")}
                                            </a>
                                        }
                                    })}
                                " "
                                <span>
                                    {move || {
                                        tr!(i18n, "audit-page-number", { "page" => found.page + 1 })
                                    }}
                                </span>
                                " "
                                {next
                                    .map(|p| {
                                        view! {
                                            <a rel="next" href=format!("/admin/audit?{}", f.query(p))>
                                                {move_tr!("audit-older")}
                                            </a>
                                        }
                                    })}
                            </nav>
                        }
                            .into_any()
                    }
                }
            </Loaded>
        </section>
    }
}

#[component]
fn EntryRow(r: AuditRow) -> impl IntoView {
    let change = [r.before.map(|b| format!("− {b}")), r.after.map(|a| format!("+ {a}"))]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n");
    let action = r.action.clone();
    view! {
        <tr data-entry=r.id data-action=action>
            <td>{r.id}</td>
            <td>
                <time>{r.at}</time>
            </td>
            <td>{r.actor}</td>
            <td>
                <code>{r.action}</code>
            </td>
            <td>{r.target}</td>
            <td>
                <pre class="audit-change">{change}</pre>
            </td>
        </tr>
    }
}
