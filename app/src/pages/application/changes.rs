//! `/applications/:id/changes`: a re-certification side by side with the cycle it was
//! prefilled from, item by item, for the team and for the assessors.

use crate::i18n::{I18n, move_tr, tr};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::applications::cycle_changes;
use crate::api::texts::standards_texts;
use crate::components::{Loaded, StandardsTexts, use_standards_texts};
use crate::domain::recertification::ChangeKind;
use crate::domain::views::CycleComparison;
use crate::i18n::page_title;
use crate::pages::assessment::describe;

#[component]
pub fn CycleChangesPage() -> impl IntoView {
    let id = crate::pages::route_params::use_id();
    let i18n = expect_context::<I18n>();
    let data = Resource::new(id, move |id| async move {
        let changes = cycle_changes(id).await?;
        let texts = standards_texts(
            changes.edition.id.clone(),
            i18n.language.get_untracked().id.to_string(),
        )
        .await?;
        Ok::<_, crate::error::AppError>((changes, texts))
    });
    view! {
        <Title text=page_title("changes-page-title") />
        <Loaded resource=data let:value>
            {
                let (changes, texts) = value;
                {
                    StandardsTexts::provide(texts);
                    view! { <ChangesTable changes /> }.into_any()
                }
            }
        </Loaded>
    }
}

fn kind_key(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Unchanged => "changes-unchanged",
        ChangeKind::Changed => "changes-changed",
        ChangeKind::Added => "changes-added",
        ChangeKind::Removed => "changes-removed",
    }
}

#[component]
fn ChangesTable(changes: CycleComparison) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let texts = use_standards_texts();
    let show_unchanged = RwSignal::new(false);
    let changed_count = changes.rows.iter().filter(|r| r.kind != ChangeKind::Unchanged).count();
    let (cycle, previous_cycle) = (changes.cycle, changes.previous_cycle);
    let rows = StoredValue::new(changes.rows.clone());
    let edition = StoredValue::new(changes.edition.clone());
    view! {
        <h1>
            {move || {
                tr!(i18n, "changes-heading", { "cycle" => cycle, "previous" => previous_cycle })
            }}
        </h1>
        <p>
            <a href=format!(
                "/applications/{}",
                changes.application_id,
            )>{move_tr!("changes-back")}</a>
        </p>
        <p class="changes-summary" role="status">
            {move || {
                tr!(
                    i18n, "changes-summary", { "changed" => changed_count, "total" => rows.with_value(Vec::len) }
                )
            }}
        </p>
        <label>
            <input
                type="checkbox"
                prop:checked=move || show_unchanged.get()
                on:change=move |ev| show_unchanged.set(event_target_checked(&ev))
            />
            " "
            {move_tr!("changes-show-unchanged")}
        </label>
        <table class="changes-table">
            <thead>
                <tr>
                    <th scope="col">{move_tr!("changes-column-item")}</th>
                    <th scope="col">
                        {move || tr!(i18n, "changes-column-cycle", { "cycle" => previous_cycle })}
                    </th>
                    <th scope="col">
                        {move || tr!(i18n, "changes-column-cycle", { "cycle" => cycle })}
                    </th>
                    <th scope="col">{move_tr!("changes-column-status")}</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    rows.with_value(|rows| {
                        rows.iter()
                            .filter(|r| show_unchanged.get() || r.kind != ChangeKind::Unchanged)
                            .map(|row| {
                                let text = edition
                                    .with_value(|e| {
                                        e.item(&row.item_key)
                                            .map(|(_, item)| item.text.clone())
                                            .unwrap_or_default()
                                    });
                                let before = row
                                    .before
                                    .as_ref()
                                    .map(|v| describe(v, i18n, texts))
                                    .unwrap_or_else(|| "—".to_owned());
                                let after = row
                                    .after
                                    .as_ref()
                                    .map(|v| describe(v, i18n, texts))
                                    .unwrap_or_else(|| "—".to_owned());
                                let key = kind_key(row.kind);
                                view! {
                                    <tr data-item=row.item_key.clone() data-kind=key>
                                        <th scope="row">
                                            <span class="item-key">{row.item_key.clone()}</span>
                                            " "
                                            <span class="muted">{texts.get(&text)}</span>
                                        </th>
                                        <td class="before">{before}</td>
                                        <td class="after">{after}</td>
                                        <td>{move || i18n.tr(key)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    })
                }}
            </tbody>
        </table>
    }
}
