//! The questionnaire of an application (`/applications/:id`): every item of the edition by
//! standard, with an index, deep links (`#item-6b`), an attention summary and a readiness
//! meter computed in the browser from the same rules the server uses.
//!
//! Answers are saved as the person types (see `autosave`): kept on the device first, then
//! sent with a fresh idempotency key and the revision they were based on. Each item and the
//! page show Saved · Saving · Offline — saved on this device · Conflict. A conflict shows the
//! other person's answer and lets the user keep theirs (saved again on the new revision) or
//! take the other one.

mod autosave;
mod case_queue;
mod case_review;
mod changes;
mod evidence;
mod item;
mod recertification;
mod reply_queue;
mod snapshot;
mod submission;

pub use autosave::{clear_drafts_of, unsent_drafts_of};
pub use case_review::CaseReviewPage;
pub use changes::CycleChangesPage;
pub use reply_queue::ReplyQueue;
pub use snapshot::SnapshotPage;

use std::collections::BTreeMap;

use crate::i18n::{I18n, move_tr, tr};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use crate::api::applications::get_application;
use crate::api::texts::standards_texts;
use crate::components::{Loaded, StandardsTexts, use_standards_texts};
use crate::domain::ids::ApplicationId;
use crate::domain::standards::{
    ApplicationStatus, ItemAttention, ItemState, ReadinessReport, item_key, readiness,
};
use crate::domain::views::ApplicationView;
use crate::i18n::page_title;
use crate::islands::{Island, QUESTIONNAIRE, props_json};

use autosave::{Autosave, ItemSave};
use evidence::EvidenceLibrary;
use item::ItemCard;
use recertification::RecertificationPanel;
use submission::{AnswersExport, AssessmentStatus, SubmissionPanel};

/// Answers known in this browser: item key → state (updated on every successful save).
pub(crate) type Answers = RwSignal<BTreeMap<String, ItemState>>;
/// Items carried from the previous cycle and not confirmed yet.
pub(crate) type Carried = RwSignal<std::collections::BTreeSet<String>>;

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let query = use_query_map();
    let id = crate::pages::route_params::use_id();
    let i18n = expect_context::<I18n>();
    let view_data = Resource::new(id, move |id| async move {
        let data = get_application(id).await?;
        let texts =
            standards_texts(data.edition.id.clone(), i18n.language.get_untracked().id.to_string())
                .await?;
        Ok::<_, crate::error::AppError>((data, texts))
    });
    view! {
        <Title text=page_title("application-page-title") />
        <Loaded resource=view_data let:value>
            {
                let (data, texts) = value;
                {
                    let notice = query.with_untracked(upload_notice);
                    let start = QuestionnaireStart {
                        data,
                        texts,
                        notice,
                    };
                    view! {
                        <Island name=QUESTIONNAIRE props=props_json(&start)>
                            <QuestionnaireIsland start />
                        </Island>
                    }
                        .into_any()
                }
            }
        </Loaded>
    }
}

/// What an evidence upload (a plain form post) came back with, from the page's address:
/// (failed, message id).
fn upload_notice(query: &leptos_router::params::ParamsMap) -> Option<(bool, String)> {
    match (query.get("evidence"), query.get("evidence_error")) {
        (_, Some(code)) => {
            let key = if code.starts_with("evidence-error-") && crate::i18n::has_message(&code) {
                code
            } else {
                "error-validation".to_owned()
            };
            Some((true, key))
        }
        (Some(_), None) => Some((false, "evidence-uploaded".to_owned())),
        (None, None) => None,
    }
}

/// The questionnaire island's starting data: the server's answer, the edition's texts in the
/// page's language, and what an evidence upload came back with.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QuestionnaireStart {
    pub data: ApplicationView,
    pub texts: BTreeMap<String, String>,
    pub notice: Option<(bool, String)>,
}

/// The questionnaire as an island (see `crate::islands`): everything below it gets its data
/// from `start`, and reads the application again itself when a query thread changes.
#[component]
pub fn QuestionnaireIsland(start: QuestionnaireStart) -> impl IntoView {
    crate::network::provide_online();
    let QuestionnaireStart { data, texts, notice } = start;
    StandardsTexts::provide(texts);
    crate::pages::assessment::TypedReplies::provide();
    let application_id = data.id;
    // Read again when a query thread changes.
    let current =
        crate::islands::read_again_when_changed(data, move || get_application(application_id));
    move || view! { <Questionnaire data=current.get() notice=notice.clone() /> }
}

#[component]
fn Questionnaire(data: ApplicationView, notice: Option<(bool, String)>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let texts = use_standards_texts();
    let answers: Answers = RwSignal::new(
        data.answers
            .iter()
            .map(|(k, v, _)| {
                (k.clone(), ItemState { answer: Some(v.clone()), ..Default::default() })
            })
            .collect(),
    );
    let edition = StoredValue::new(data.edition.clone());
    let item_keys: Vec<String> =
        data.edition.items().map(|(_, n, item)| item_key(n, &item.letter)).collect();
    // Editable at all: a draft, or after submission while some items are open again.
    let open_items = data.editable_items.clone();
    let all_queries = data.queries.clone();
    // An administrator reads the application but never writes it (separation of duties).
    let page_editable = !data.read_only
        && (data.status == ApplicationStatus::Draft
            || open_items.as_ref().is_some_and(|items| !items.is_empty()));
    let read_only = data.read_only;
    let writable_draft = data.status == ApplicationStatus::Draft && !read_only;
    // Carried answers not confirmed yet; an answer changed here confirms its item (the server
    // does the same when the save lands), and the poll brings what colleagues confirmed.
    let carried: Carried = RwSignal::new(data.carried.iter().cloned().collect());
    let autosave = Autosave::new(
        data.id,
        data.user_id,
        page_editable,
        &data.answers,
        item_keys.into_iter(),
        answers,
        carried,
    );
    let specs: BTreeMap<String, crate::domain::standards::AnswerSpec> = data
        .edition
        .items()
        .map(|(_, n, item)| (item_key(n, &item.letter), item.answer.clone()))
        .collect();
    // After hydration only: drafts live in this browser, never in the server's HTML. What was
    // typed before the bundle ran comes last: it is the newest.
    // The team's replies to assessors' queries wait in a queue of their own while offline.
    let replies = ReplyQueue::new(data.user_id, data.id);
    provide_context(replies);
    Effect::new(move |started: Option<()>| {
        if started.is_none() {
            autosave.start();
            replies.start();
            #[cfg(feature = "hydrate")]
            autosave.adopt_early_input(&specs, &crate::early_input::take_recorded());
            #[cfg(not(feature = "hydrate"))]
            let _ = &specs;
        }
    });
    let page_state = Memo::new(move |_| autosave.page_state());
    let case_review_complete = data.case_review_complete;
    let evidence = RwSignal::new(data.evidence.clone());
    let today = data.today;
    let carried_values: BTreeMap<String, crate::domain::standards::AnswerValue> = data
        .answers
        .iter()
        .filter(|(k, _, _)| data.carried.contains(k))
        .map(|(k, v, _)| (k.clone(), v.clone()))
        .collect();
    Effect::new(move |_| {
        let changed: Vec<String> = answers.with(|a| {
            carried.with(|c| {
                c.iter()
                    .filter(|k| a.get(*k).and_then(|s| s.answer.as_ref()) != carried_values.get(*k))
                    .cloned()
                    .collect()
            })
        });
        if !changed.is_empty() {
            carried.update(|c| c.retain(|k| !changed.contains(k)));
        }
    });
    let report = Memo::new(move |_| {
        let mut states = answers.get();
        for (key, state) in states.iter_mut() {
            state.evidence_files = 0;
            state.evidence_expired = 0;
            state.carried = carried.with(|c| c.contains(key));
        }
        evidence.with(|e| e.count_into(&mut states, today));
        edition.with_value(|e| readiness(e, &states, case_review_complete, today))
    });
    let submission = RwSignal::new(data.submission.clone());
    // Submitting freezes the page at once, without waiting for the next poll (the receipt of
    // an earlier submission, present from the start, changes nothing).
    let first_receipt = data.submission.as_ref().map(|r| r.content_hash.clone());
    Effect::new(move |_| {
        let now = submission.with(|s| s.as_ref().map(|r| r.content_hash.clone()));
        if now.is_some() && now != first_receipt {
            autosave.editable.set(false);
        }
    });

    let title_key = data.edition.title.clone();
    let application_id = data.id;
    let demonstration = data.edition.demonstration;
    view! {
        <div class="questionnaire">
            <nav class="questionnaire-index" aria-label=move || i18n.tr("application-index-label")>
                <ol>
                    {data
                        .edition
                        .sections
                        .iter()
                        .map(|section| {
                            let section_title = section.title.clone();
                            view! {
                                <li>
                                    <span class="index-section">{texts.get(&section_title)}</span>
                                    <ol>
                                        {section
                                            .standards
                                            .iter()
                                            .map(|standard| {
                                                let (number, title) = (
                                                    standard.number,
                                                    standard.title.clone(),
                                                );
                                                let progress = move || {
                                                    report
                                                        .with(|r| {
                                                            r.by_standard.get(&number).copied().unwrap_or_default()
                                                        })
                                                };
                                                view! {
                                                    <li>
                                                        <a href=format!(
                                                            "#standard-{number}",
                                                        )>{format!("{number}. ")}{texts.get(&title)}</a>
                                                        <span class="index-progress">
                                                            {move || {
                                                                format!("{}/{}", progress().answered(), progress().total())
                                                            }}
                                                        </span>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ol>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </nav>
            <div class="questionnaire-main">
                <h1>{texts.get(&title_key)}</h1>
                {read_only
                    .then(|| {
                        view! {
                            <p class="notice read-only-notice" role="note">
                                {move_tr!("application-read-only-notice")}
                            </p>
                        }
                    })}
                {demonstration
                    .then(|| {
                        view! {
                            <p class="notice">{move_tr!("application-demonstration-notice")}</p>
                        }
                    })}
                {notice
                    .map(|(failed, key)| {
                        if failed {
                            Either::Left(
                                view! {
                                    <div class="error-message upload-notice" role="alert">
                                        <p>{i18n.tr(&key)}</p>
                                    </div>
                                },
                            )
                        } else {
                            Either::Right(
                                view! {
                                    <p class="notice upload-notice" role="status">
                                        {i18n.tr(&key)}
                                    </p>
                                },
                            )
                        }
                    })}
                <p
                    class="page-save-state"
                    role="status"
                    data-state=move || page_state.with(ItemSave::code)
                >
                    {move || match page_state.get() {
                        ItemSave::OnDevice => {
                            tr!(
                                i18n, "application-page-on-device", { "count" => autosave.unsent() }
                            )
                        }
                        other => other.message_key().map(|k| i18n.tr(k)).unwrap_or_default(),
                    }}
                </p>
                <section class="readiness" aria-live="polite">
                    <h2>{move_tr!("application-summary-heading")}</h2>
                    <p class="readiness-core">
                        {move || {
                            report
                                .with(|r| {
                                    tr!(
                                        i18n, "application-core-progress", { "answered" => r.overall.core_answered, "total" => r.overall.core_total }
                                    )
                                })
                        }}
                    </p>
                    <p class="readiness-extended">
                        {move || {
                            report
                                .with(|r| {
                                    tr!(
                                        i18n, "application-extended-progress", { "answered" => r.overall.extended_answered, "total" => r.overall.extended_total }
                                    )
                                })
                        }}
                    </p>
                    <meter
                        min="0"
                        max=move || report.with(|r| r.overall.core_total)
                        value=move || report.with(|r| r.overall.core_answered)
                    ></meter>
                    <p
                        class="readiness-verdict"
                        data-ready=move || report.with(|r| r.ready_to_submit.to_string())
                    >
                        {move || {
                            if report.with(|r| r.ready_to_submit) {
                                i18n.tr("application-ready")
                            } else {
                                i18n.tr("application-not-ready")
                            }
                        }}
                    </p>
                    <p class="case-review-status">
                        <a href=format!(
                            "/applications/{application_id}/case-review",
                        )>{move_tr!("case-review-link")}</a>
                        ": "
                        {if case_review_complete {
                            i18n.tr("case-review-status-complete")
                        } else {
                            i18n.tr("case-review-status-incomplete")
                        }}
                    </p>
                    <details class="progress">
                        <summary>{move_tr!("application-progress-heading")}</summary>
                        <table class="progress-table">
                            <thead>
                                <tr>
                                    <th scope="col">{move_tr!("application-column-standard")}</th>
                                    <th scope="col">{move_tr!("application-level-core")}</th>
                                    <th scope="col">{move_tr!("application-level-extended")}</th>
                                </tr>
                            </thead>
                            {data
                                .edition
                                .sections
                                .iter()
                                .map(|section| {
                                    let (section_number, section_title) = (
                                        section.number,
                                        section.title.clone(),
                                    );
                                    let of_section = move || {
                                        report
                                            .with(|r| {
                                                r.by_section
                                                    .get(&section_number)
                                                    .copied()
                                                    .unwrap_or_default()
                                            })
                                    };
                                    view! {
                                        <tbody>
                                            <tr class="progress-section">
                                                <th scope="row">{texts.get(&section_title)}</th>
                                                <td>
                                                    {move || {
                                                        format!(
                                                            "{}/{}",
                                                            of_section().core_answered,
                                                            of_section().core_total,
                                                        )
                                                    }}
                                                </td>
                                                <td>
                                                    {move || {
                                                        format!(
                                                            "{}/{}",
                                                            of_section().extended_answered,
                                                            of_section().extended_total,
                                                        )
                                                    }}
                                                </td>
                                            </tr>
                                            {section
                                                .standards
                                                .iter()
                                                .map(|standard| {
                                                    let (number, title) = (
                                                        standard.number,
                                                        standard.title.clone(),
                                                    );
                                                    let of_standard = move || {
                                                        report
                                                            .with(|r| {
                                                                r.by_standard.get(&number).copied().unwrap_or_default()
                                                            })
                                                    };
                                                    view! {
                                                        <tr data-standard=number>
                                                            <th scope="row">
                                                                <a href=format!(
                                                                    "#standard-{number}",
                                                                )>{format!("{number}. ")}{texts.get(&title)}</a>
                                                            </th>
                                                            <td>
                                                                {move || {
                                                                    format!(
                                                                        "{}/{}",
                                                                        of_standard().core_answered,
                                                                        of_standard().core_total,
                                                                    )
                                                                }}
                                                            </td>
                                                            <td>
                                                                {move || {
                                                                    format!(
                                                                        "{}/{}",
                                                                        of_standard().extended_answered,
                                                                        of_standard().extended_total,
                                                                    )
                                                                }}
                                                            </td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    }
                                })
                                .collect_view()}
                        </table>
                    </details>
                    <BlockingList report application_id />
                    <details class="attention">
                        <summary>
                            {move || {
                                report
                                    .with(|r| {
                                        tr!(
                                            i18n, "application-attention-count", { "count" => r.notes().count() }
                                        )
                                    })
                            }}
                        </summary>
                        <ul>
                            {move || {
                                report.with(|r| r.notes().map(attention_entry).collect_view())
                            }}
                        </ul>
                    </details>
                </section>
                {data
                    .carried_from
                    .map(|_| {
                        view! {
                            <RecertificationPanel
                                application_id
                                cycle=data.cycle
                                carried
                                report
                                is_representative=data.is_representative
                                draft=writable_draft
                                excellence_requested=data.excellence_requested
                            />
                        }
                    })}
                <AssessmentStatus
                    status=data.status
                    clock_days=data.clock_days
                    decision=data.decision.clone()
                    application_id
                />
                <SubmissionPanel
                    application_id
                    resubmission=data.status == ApplicationStatus::AmendmentsRequired
                    is_representative=data.is_representative
                    ready=Signal::derive(move || report.with(|r| r.ready_to_submit))
                    unsent=Signal::derive(move || autosave.unsent())
                    submission
                />
                <AnswersExport application_id />
                {data
                    .edition
                    .sections
                    .iter()
                    .flat_map(|s| {
                        s.standards.iter().enumerate().map(move |(i, st)| (s.number, i + 1, st))
                    })
                    .map(|(section, position, standard)| {
                        let (number, title) = (standard.number, standard.title.clone());
                        let intro = standard.intro.clone();
                        let help = format!(
                            "/manual#{}",
                            crate::manual::standard_anchor(section, position),
                        );
                        // The manual's chapter on this section has one sub-heading per standard.
                        view! {
                            <section class="standard" id=format!("standard-{number}")>
                                <h2>{format!("{number}. ")}{texts.get(&title)}</h2>
                                <p class="help-link">
                                    <a href=help>{move_tr!("manual-help-link")}</a>
                                </p>
                                {intro
                                    .map(|key| {
                                        view! { <p class="muted">{texts.get(&key)}</p> }
                                    })}
                                {standard
                                    .items
                                    .iter()
                                    .map(|item| {
                                        let key = item_key(number, &item.letter);
                                        let item_queries: Vec<_> = all_queries
                                            .iter()
                                            .filter(|q| q.item_key == key)
                                            .cloned()
                                            .collect();
                                        let allowed = open_items
                                            .as_ref()
                                            .is_none_or(|items| items.contains(&key));
                                        view! {
                                            <ItemCard
                                                application_id
                                                item_key=key.clone()
                                                item=item.clone()
                                                autosave
                                                evidence
                                                allowed
                                                queries=item_queries
                                                carried
                                                today
                                                can_reply=!read_only
                                            />
                                        }
                                    })
                                    .collect_view()}
                            </section>
                        }
                    })
                    .collect_view()}
                <EvidenceLibrary application_id evidence editable=autosave.editable today />
            </div>
        </div>
    }
}

/// One line of the readiness panel: the item (a link to it) and why it needs attention.
fn attention_entry(entry: &ItemAttention) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let reasons: Vec<String> = entry.reasons.iter().map(|a| i18n.tr(a.message_key())).collect();
    let key = entry.item.clone();
    view! {
        <li data-item=key.clone()>
            <a href=format!("#item-{key}")>{key.clone()}</a>
            ": "
            {reasons.join(" · ")}
        </li>
    }
}

/// What keeps the application from being submitted: the same gate the server applies at
/// submission, each item a link to it.
#[component]
fn BlockingList(report: Memo<ReadinessReport>, application_id: ApplicationId) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let count =
        move || report.with(|r| r.blocking().count() + usize::from(!r.case_review_complete));
    view! {
        <details class="blockers" hidden=move || count() == 0>
            <summary>
                {move || tr!(i18n, "application-blocking-count", { "count" => count() })}
            </summary>
            <ul>
                {move || {
                    (!report.with(|r| r.case_review_complete))
                        .then(|| {
                            view! {
                                <li data-item="case-review">
                                    <a href=format!(
                                        "/applications/{application_id}/case-review",
                                    )>{move_tr!("case-review-link")}</a>
                                    ": "
                                    {move_tr!("application-blocking-case-review")}
                                </li>
                            }
                        })
                }} {move || report.with(|r| r.blocking().map(attention_entry).collect_view())}
            </ul>
        </details>
    }
}
