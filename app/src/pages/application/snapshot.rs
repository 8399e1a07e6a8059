//! The submitted application as a read-only document (`/applications/:id/snapshot`): every
//! item with its answer and linked evidence (name, size, SHA-256), the case review as drawn,
//! who submitted when, and the fingerprint, checked again against the stored snapshot. For
//! the facility, its assessors and the office.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::applications::get_snapshot;
use crate::api::texts::standards_texts;
use crate::components::Loaded;
use crate::domain::answer_sheet::{answer_text, level_key};
use crate::domain::billing::{format_date, format_utc_clock};
use crate::domain::views::{SnapshotItem, SnapshotView};
use crate::i18n::{I18n, move_tr, page_title, tr};

#[component]
pub fn SnapshotPage() -> impl IntoView {
    let id = crate::pages::route_params::use_id();
    let i18n = expect_context::<I18n>();
    let data = Resource::new(id, move |id| async move {
        let Some(snapshot) = get_snapshot(id).await? else { return Ok(None) };
        let language = i18n.language.get_untracked().id.to_string();
        let texts = standards_texts(snapshot.edition_id.clone(), language).await?;
        Ok::<_, crate::error::AppError>(Some((snapshot, texts)))
    });
    view! {
        <Title text=page_title("snapshot-page-title") />
        <section class="snapshot">
            <Loaded resource=data let:value>
                {match value {
                    Some((snapshot, texts)) => view! { <Snapshot snapshot texts /> }.into_any(),
                    None => view! { <p>{move_tr!("snapshot-none")}</p> }.into_any(),
                }}
            </Loaded>
        </section>
    }
}

#[component]
fn Snapshot(
    snapshot: SnapshotView,
    texts: std::collections::BTreeMap<String, String>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let language = i18n.language.get_untracked().id;
    let texts = crate::components::StandardsTexts::provide(texts);
    let SnapshotView { application_id, facility, submitted_at, submitted_by, .. } = &snapshot;
    let (hash, verified) = (snapshot.content_hash.clone(), snapshot.verified);
    let (draw, seed, pool, cases) =
        (snapshot.draw_number, snapshot.seed.clone(), snapshot.pool_sha256.clone(), snapshot.cases);
    let when = format!(
        "{} {}",
        format_date(submitted_at.date_naive(), language),
        format_utc_clock(*submitted_at)
    );
    let by = submitted_by.clone();
    let mut standard = None;
    let items = snapshot
        .items
        .iter()
        .map(|item| {
            // A heading where a new standard starts.
            let heading = (standard != Some(item.standard)).then(|| {
                standard = Some(item.standard);
                view! { <h2>{format!("{}. ", item.standard)}{texts.get(&item.standard_title)}</h2> }
            });
            view! {
                {heading}
                <SnapshotEntry item=item.clone() />
            }
        })
        .collect_view();
    view! {
        <h1>{move_tr!("snapshot-page-title")}</h1>
        <p>{facility.clone()}</p>
        <dl class="snapshot-facts">
            <dt>{move_tr!("snapshot-submitted")}</dt>
            <dd>
                {move || {
                    tr!(
                        i18n, "snapshot-submitted-by", { "name" => by.clone(), "when" => when.clone() }
                    )
                }}
            </dd>
            <dt>{move_tr!("snapshot-fingerprint")}</dt>
            <dd>
                <code class="fingerprint">{hash}</code>
                " "
                <span class="fingerprint-check" data-verified=verified.to_string()>
                    {move || {
                        i18n.tr(
                            if verified { "snapshot-verified" } else { "snapshot-not-verified" },
                        )
                    }}
                </span>
            </dd>
            <dt>{move_tr!("snapshot-case-review")}</dt>
            <dd class="snapshot-case-review">
                {move || {
                    tr!(
                        i18n, "snapshot-case-review-summary", { "cases" => cases, "draw" => draw, "seed" => seed.clone(), "pool" => pool.clone() }
                    )
                }}
            </dd>
        </dl>
        <p>
            <a href=format!("/applications/{application_id}")>{move_tr!("case-review-back")}</a>
        </p>
        {items}
    }
}

/// One frozen item: question, level, answer and its files.
#[component]
fn SnapshotEntry(item: SnapshotItem) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let texts = crate::components::use_standards_texts();
    let language = i18n.language.get_untracked().id;
    let answer = item.answer.as_ref().map(|value| {
        // Options and units are the edition's texts; yes and no the interface's.
        let tr = |key: &str| {
            let text = texts.get(key);
            if text.is_empty() { i18n.tr(key) } else { text }
        };
        answer_text(value, &item.spec, tr, |d| format_date(d, language))
    });
    let level = level_key(item.level);
    view! {
        <article class="snapshot-item" data-item=item.item.clone()>
            <h3>{item.item.clone()} " " <span class="badge">{move || i18n.tr(level)}</span></h3>
            <p class="muted">{texts.get(&item.question)}</p>
            <p class="snapshot-answer">
                {match answer {
                    Some(text) => text.into_any(),
                    None => view! { <em>{move_tr!("snapshot-unanswered")}</em> }.into_any(),
                }}
            </p>
            {(!item.files.is_empty())
                .then(|| {
                    view! {
                        <ul class="snapshot-files">
                            {item
                                .files
                                .into_iter()
                                .map(|f| {
                                    let size = f
                                        .size_bytes
                                        .map(|b| format!(" ({} KB)", (b + 1023) / 1024))
                                        .unwrap_or_default();
                                    view! {
                                        <li>
                                            {f.name} {size} " " <code class="sha256">{f.sha256}</code>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
        </article>
    }
}
