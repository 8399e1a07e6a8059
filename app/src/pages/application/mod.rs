//! The questionnaire of an application (`/applications/:id`): every item of the edition by
//! standard, with an index, deep links (`#item-6b`), an attention summary and a readiness
//! meter computed in the browser from the same rules the server uses.
//!
//! Each answer is saved when the field changes (for text: when it loses focus), with a fresh
//! idempotency key and the revision it was based on; the item shows Saving · Saved · Conflict
//! · Not saved. A conflict shows the other person's answer and lets the user keep theirs (saved
//! again on the new revision) or take the other one. Offline drafts are not built yet.

mod item;

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_fluent::{move_tr, tr, I18n};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::applications::{get_application, ApplicationView};
use crate::components::ErrorMessage;
use crate::i18n::page_title;
use crate::standards::{item_key, readiness, ItemState};

use item::ItemCard;

/// Answers known in this browser: item key → state (updated on every successful save).
pub(crate) type Answers = RwSignal<BTreeMap<String, ItemState>>;

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.get().get("id").and_then(|id| id.parse::<i64>().ok()).unwrap_or(0);
    let view_data = Resource::new(id, get_application);
    view! {
        <Title text=page_title("application-page-title") />
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match view_data.await {
                    Ok(data) => view! { <Questionnaire data /> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Questionnaire(data: ApplicationView) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let answers: Answers = RwSignal::new(
        data.answers.iter().map(|(k, v, _)| (k.clone(), ItemState { answer: Some(v.clone()), evidence_files: 0 })).collect(),
    );
    let edition = StoredValue::new(data.edition.clone());
    let report = Memo::new(move |_| {
        let today = data.today;
        edition.with_value(|e| readiness(e, &answers.get(), false, today))
    });
    let editable = data.status == "draft";
    let revisions: BTreeMap<String, i64> = data.answers.iter().map(|(k, _, r)| (k.clone(), *r)).collect();
    let stored: BTreeMap<String, crate::standards::AnswerValue> = data.answers.iter().map(|(k, v, _)| (k.clone(), v.clone())).collect();
    let title_key = data.edition.title.clone();
    let demonstration = data.edition.demonstration;
    view! {
        <div class="questionnaire">
            <nav class="questionnaire-index" aria-label=move || i18n.tr("application-index-label")>
                <ol>
                    {data.edition.sections.iter().map(|section| {
                        let section_title = section.title.clone();
                        view! {
                            <li>
                                <span class="index-section">{move || i18n.tr(&section_title)}</span>
                                <ol>
                                    {section.standards.iter().map(|standard| {
                                        let (number, title) = (standard.number, standard.title.clone());
                                        let progress = move || report.with(|r| r.by_standard.get(&number).copied().unwrap_or_default());
                                        view! {
                                            <li>
                                                <a href=format!("#standard-{number}")>{format!("{number}. ")}{move || i18n.tr(&title)}</a>
                                                <span class="index-progress">{move || format!("{}/{}", progress().answered(), progress().total())}</span>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ol>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </nav>
            <div class="questionnaire-main">
                <h1>{move || i18n.tr(&title_key)}</h1>
                {demonstration.then(|| view! { <p class="notice">{move_tr!("application-demonstration-notice")}</p> })}
                <section class="readiness" aria-live="polite">
                    <h2>{move_tr!("application-summary-heading")}</h2>
                    <p class="readiness-core">{move || report.with(|r| tr!(i18n, "application-core-progress", { "answered" => r.overall.core_answered, "total" => r.overall.core_total }))}</p>
                    <p class="readiness-extended">{move || report.with(|r| tr!(i18n, "application-extended-progress", { "answered" => r.overall.extended_answered, "total" => r.overall.extended_total }))}</p>
                    <meter min="0" max=move || report.with(|r| r.overall.core_total) value=move || report.with(|r| r.overall.core_answered)></meter>
                    <p>{move || if report.with(|r| r.ready_for_accreditation) { i18n.tr("application-ready") } else { i18n.tr("application-not-ready") }}</p>
                    <details class="attention">
                        <summary>{move || report.with(|r| tr!(i18n, "application-attention-count", { "count" => r.attention.len() }))}</summary>
                        <ul>
                            {move || report.with(|r| r.attention.iter().map(|(key, reasons)| {
                                let reasons: Vec<&'static str> = reasons.iter().map(|a| a.message_key()).collect();
                                let key = key.clone();
                                view! {
                                    <li><a href=format!("#item-{key}")>{key.clone()}</a>": "{reasons.into_iter().map(|k| i18n.tr(k)).collect::<Vec<_>>().join(" · ")}</li>
                                }
                            }).collect_view())}
                        </ul>
                    </details>
                </section>
                {data.edition.sections.iter().flat_map(|s| s.standards.iter()).map(|standard| {
                    let (number, title) = (standard.number, standard.title.clone());
                    let intro = standard.intro.clone();
                    view! {
                        <section class="standard" id=format!("standard-{number}")>
                            <h2>{format!("{number}. ")}{move || i18n.tr(&title)}</h2>
                            {intro.map(|key| view! { <p class="muted">{move || i18n.tr(&key)}</p> })}
                            {standard.items.iter().map(|item| {
                                let key = item_key(number, &item.letter);
                                view! {
                                    <ItemCard
                                        application_id=data.id
                                        item_key=key.clone()
                                        item=item.clone()
                                        initial=stored.get(&key).cloned()
                                        revision=revisions.get(&key).copied().unwrap_or(0)
                                        editable
                                        answers
                                    />
                                }
                            }).collect_view()}
                        </section>
                    }
                }).collect_view()}
            </div>
        </div>
    }
}
