//! Assessor pages: the list of assignments with the conflict-of-interest declaration
//! (`/assessments`), and the workspace of one application (`/assessments/:id`): each item's
//! text and guidance beside the facility's answer and evidence, the assessor's finding with a
//! comment, queries with their threads, the case review, and the recommendation.

mod queries;

use crate::domain::ids::ApplicationId;
use crate::i18n::{I18n, move_tr, tr};
use leptos::either::Either;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::api::assessment::{
    DeclareConflicts, assessment_workspace, my_assignments, recommend, record_finding,
};
use crate::components::{ActionError, ErrorMessage, Loaded, Shown};
use crate::domain::assessment::{AssignmentStatus, Finding, Outcome};
use crate::domain::evidence::format_size;
use crate::domain::standards::{AnswerValue, Level, item_key};
use crate::domain::views::{AssignmentRow, Workspace};
use crate::i18n::page_title;
use crate::islands::{Island, WORKSPACE, props_json};

pub use queries::{QueryThreads, TypedReplies};

#[component]
pub fn AssignmentsPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    // A plain form: the declaration posts before (and without) the bundle.
    let declare = ServerAction::<DeclareConflicts>::new();
    let declared = crate::components::successes(declare.value());
    let rows = Resource::new(move || declared.get(), |_| my_assignments());
    view! {
        <Title text=page_title("assessments-page-title") />
        <section class="assessments">
            <h1>{move_tr!("assessments-page-title")}</h1>
            <ActionError error=move || declare.value().get().and_then(Result::err) />
            <Loaded resource=rows let:value>
                {match value {
                    rows if rows.is_empty() => {
                        view! { <p>{move_tr!("assessments-none")}</p> }.into_any()
                    }
                    rows => {
                        view! {
                            <ul class="assignment-list">
                                {rows
                                    .into_iter()
                                    .map(|row| view! { <AssignmentItem row declare /> })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                }}
            </Loaded>
            <p class="muted">{move || i18n.tr("assessments-intro")}</p>
        </section>
    }
}

/// The outcomes an assessor recommends and an administrator decides, as a select's options.
pub(crate) fn outcome_options(i18n: I18n) -> impl IntoView {
    Outcome::ALL
        .into_iter()
        .map(
            move |o| view! { <option value=o.as_str()>{move || i18n.tr(o.message_key())}</option> },
        )
        .collect_view()
}

#[component]
fn AssignmentItem(row: AssignmentRow, declare: ServerAction<DeclareConflicts>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let id = row.id;
    let status_key = row.status.message_key();
    view! {
        <li class="assignment" data-status=row.status.as_str()>
            <h2>{row.facility.clone()}</h2>
            <p class="muted">
                {format!("{} · {}", row.institution, row.country)}" · "
                {move || i18n.tr(status_key)}
            </p>
            {match row.status {
                AssignmentStatus::AwaitingDeclaration => {
                    view! {
                        <ActionForm action=declare attr:class="declaration">
                            <input type="hidden" name="assignment_id" value=id />
                            <p>{move_tr!("declaration-intro")}</p>
                            <label class="checkbox">
                                <input type="checkbox" name="same_institution" value="true" />
                                {move_tr!("declaration-same-institution")}
                            </label>
                            <label class="checkbox">
                                <input type="checkbox" name="same_country" value="true" />
                                {move_tr!("declaration-same-country")}
                            </label>
                            <label>
                                {move_tr!("declaration-other")}
                                <textarea name="other" rows="2"></textarea>
                            </label>
                            <button type="submit" class="primary">
                                {move_tr!("declaration-submit")}
                            </button>
                        </ActionForm>
                    }
                        .into_any()
                }
                AssignmentStatus::Active => {
                    view! {
                        <p>
                            <a href=format!(
                                "/assessments/{}",
                                row.application_id,
                            )>{move_tr!("assessments-open")}</a>
                        </p>
                    }
                        .into_any()
                }
                AssignmentStatus::Conflict => {
                    view! { <p class="muted">{move_tr!("assignment-conflict-explain")}</p> }
                        .into_any()
                }
            }}
        </li>
    }
}

#[component]
pub fn WorkspacePage() -> impl IntoView {
    let id = crate::pages::route_params::use_id();
    let i18n = expect_context::<I18n>();
    let data = Resource::new(id, move |id| async move {
        let w = assessment_workspace(id).await?;
        let texts = crate::api::texts::standards_texts(
            w.edition.id.clone(),
            i18n.language.get_untracked().id.to_string(),
        )
        .await?;
        Ok::<_, crate::error::AppError>(WorkspaceStart { w, texts })
    });
    view! {
        <Title text=page_title("workspace-page-title") />
        <Loaded resource=data let:start>
            <Island name=WORKSPACE props=props_json(&start)>
                <WorkspaceIsland start />
            </Island>
        </Loaded>
    }
}

/// The workspace island's starting data: the assessor's view of the application and the
/// edition's texts in the page's language.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WorkspaceStart {
    pub w: Workspace,
    pub texts: std::collections::BTreeMap<String, String>,
}

/// The workspace as an island (see `crate::islands`): everything below it gets its data from
/// `start`, and it reads the workspace again itself when a query thread changes (a failed read
/// keeps what is shown).
#[component]
pub fn WorkspaceIsland(start: WorkspaceStart) -> impl IntoView {
    let WorkspaceStart { w, texts } = start;
    crate::components::StandardsTexts::provide(texts);
    TypedReplies::provide();
    let application_id = w.application_id;
    let current =
        crate::islands::read_again_when_changed(w, move || assessment_workspace(application_id));
    move || view! { <WorkspaceView w=current.get() /> }
}

/// A short text of an answer, in the reader's language.
pub fn describe(
    value: &AnswerValue,
    i18n: I18n,
    texts: crate::components::StandardsTexts,
) -> String {
    match value {
        AnswerValue::YesNo { yes, explanation } => {
            let word = if *yes { i18n.tr("application-yes") } else { i18n.tr("application-no") };
            if explanation.is_empty() { word } else { format!("{word} — {explanation}") }
        }
        AnswerValue::Number { value } => value.to_string(),
        AnswerValue::Date { value } => {
            crate::domain::billing::format_date(*value, i18n.language.get_untracked().id)
        }
        AnswerValue::Text { value } => value.clone(),
        AnswerValue::SingleChoice { option } => texts.get(option),
        AnswerValue::MultipleChoice { options } => {
            options.iter().map(|o| texts.get(o)).collect::<Vec<_>>().join(" · ")
        }
    }
}

#[component]
fn WorkspaceView(w: Workspace) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let texts = crate::components::use_standards_texts();
    let application_id = w.application_id;
    let editable = w.status.is_assessing();
    let recommendation = RwSignal::new(Outcome::Accredited);
    let recommendation_comment = RwSignal::new(String::new());
    let send_recommendation = Action::new(move |(o, c): &(Outcome, String)| {
        let (o, c) = (*o, c.clone());
        async move { recommend(application_id, o, c).await }
    });
    let status_key = w.status.message_key();
    let (done, cases) = (w.case_review.done, w.case_review.total);
    let today = w.today;
    let queries = StoredValue::new(w.queries.clone());
    // Progress of the review: items with this assessor's finding, of all items.
    let total_items = w.edition.items().count();
    let with_finding = w.findings.len();
    let excellence_requested = w.excellence_requested;
    view! {
        <section class="workspace">
            <p>
                <a href="/assessments">{move_tr!("assessments-back")}</a>
            </p>
            <h1>{w.facility.clone()}</h1>
            <p class="muted">
                {move || i18n.tr(status_key)}" · "
                {move || tr!(i18n, "assessment-clock", { "days" => w.clock_days })}
            </p>
            <p class="review-progress" role="status">
                {move || {
                    tr!(
                        i18n, "workspace-progress", { "done" => with_finding, "total" => total_items }
                    )
                }}
            </p>
            <meter min="0" max=total_items value=with_finding></meter>
            {w
                .submission_hash
                .clone()
                .map(|h| {
                    view! {
                        <p class="hash">
                            {move || tr!(i18n, "submission-hash", { "hash" => h.clone() })}
                        </p>
                    }
                })}
            {w
                .recertification
                .then(|| {
                    view! {
                        <p class="recertification-note">
                            {move || {
                                if excellence_requested {
                                    i18n.tr("excellence-requested")
                                } else {
                                    i18n.tr("excellence-not-requested")
                                }
                            }} " · "
                            <a href=format!(
                                "/applications/{application_id}/changes",
                            )>{move_tr!("recert-compare-link")}</a>
                        </p>
                    }
                })}
            <section class="workspace-case-review">
                <h2>{move_tr!("case-review-page-title")}</h2>
                <p>
                    {move || {
                        tr!(i18n, "case-review-progress", { "done" => done, "total" => cases })
                    }} " · "
                    <a href=format!(
                        "/applications/{application_id}/case-review",
                    )>{move_tr!("workspace-case-forms")}</a> " · "
                    <a href=format!(
                        "/applications/{application_id}/snapshot",
                    )>{move_tr!("snapshot-open")}</a>
                </p>
                {w
                    .case_review
                    .draw
                    .clone()
                    .map(|(seed, hash)| {
                        view! {
                            <p class="muted">
                                {move || {
                                    tr!(
                                        i18n, "case-review-seed", { "seed" => seed.clone(), "hash" => hash.clone() }
                                    )
                                }}
                            </p>
                        }
                    })}
            </section>
            {w
                .edition
                .sections
                .iter()
                .flat_map(|s| s.standards.iter())
                .map(|standard| {
                    let (number, title) = (standard.number, standard.title.clone());
                    view! {
                        <section class="standard">
                            <h2>{format!("{number}. ")}{texts.get(&title)}</h2>
                            {standard
                                .items
                                .iter()
                                .map(|item| {
                                    let key = item_key(number, &item.letter);
                                    let answer = w
                                        .answers
                                        .iter()
                                        .find(|(k, _, _)| *k == key)
                                        .map(|(_, v, _)| describe(v, i18n, texts));
                                    let files: Vec<_> = w
                                        .evidence
                                        .files_of(&key)
                                        .cloned()
                                        .collect();
                                    let mine = w
                                        .findings
                                        .iter()
                                        .find(|(k, _, _)| *k == key)
                                        .map(|(_, f, c)| (*f, c.clone()));
                                    view! {
                                        <ReviewItem
                                            application_id
                                            key
                                            item=item.clone()
                                            answer
                                            files
                                            mine
                                            editable
                                            queries=queries.get_value()
                                            today
                                        />
                                    }
                                })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()}
            <Shown when=move || editable>
                <section class="recommendation">
                    <h2>{move_tr!("recommendation-heading")}</h2>
                    <label>
                        {move_tr!("recommendation-outcome")}
                        <select on:change=move |ev| {
                            if let Some(o) = Outcome::parse(&event_target_value(&ev)) {
                                recommendation.set(o);
                            }
                        }>{outcome_options(i18n)}</select>
                    </label>
                    <label>
                        {move_tr!("recommendation-comment")}
                        <textarea
                            rows="3"
                            on:input=move |ev| recommendation_comment.set(event_target_value(&ev))
                        ></textarea>
                    </label>
                    <button
                        type="button"
                        class="primary"
                        on:click=move |_| {
                            send_recommendation
                                .dispatch((
                                    recommendation.get_untracked(),
                                    recommendation_comment.get_untracked(),
                                ));
                        }
                    >
                        {move_tr!("recommendation-send")}
                    </button>
                    {move || match send_recommendation.value().get() {
                        Some(Ok(())) => {
                            Some(
                                Either::Left(
                                    view! {
                                        <p role="status">{move_tr!("application-save-saved")}</p>
                                    },
                                ),
                            )
                        }
                        Some(Err(e)) => Some(Either::Right(view! { <ErrorMessage error=e /> })),
                        None => None,
                    }}
                </section>
            </Shown>
        </section>
    }
}

#[component]
fn ReviewItem(
    application_id: ApplicationId,
    key: String,
    item: crate::domain::standards::Item,
    answer: Option<String>,
    files: Vec<crate::domain::evidence::EvidenceFileView>,
    mine: Option<(Finding, String)>,
    editable: bool,
    queries: Vec<crate::domain::assessment::QueryView>,
    today: chrono::NaiveDate,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let texts = crate::components::use_standards_texts();
    let chosen = RwSignal::new(mine.as_ref().map(|(f, _)| *f));
    let comment = RwSignal::new(mine.map(|(_, c)| c).unwrap_or_default());
    let k = StoredValue::new(key.clone());
    let save = Action::new(move |(f, c): &(Finding, String)| {
        let (f, c, item) = (*f, c.clone(), k.get_value());
        async move { record_finding(application_id, item, f, c).await }
    });
    let level_key = if item.level == Level::Core {
        "application-level-core"
    } else {
        "application-level-extended"
    };
    let (text, guidance) = (item.text.clone(), item.guidance.clone());
    let item_queries: Vec<_> = queries.into_iter().filter(|q| q.item_key == key).collect();
    view! {
        <article class="review-item item" id=format!("item-{key}") data-item=key.clone()>
            <header>
                <span class="item-key">{key.clone()}</span>
                <span class="badge" class:badge-core=item.level == Level::Core>
                    {i18n.tr(level_key)}
                </span>
                <span class="save-state" role="status">
                    {move || match save.value().get() {
                        Some(Ok(())) => i18n.tr("application-save-saved"),
                        Some(Err(e)) => i18n.tr(e.message_key()),
                        None => String::new(),
                    }}
                </span>
            </header>
            <p class="item-text">{texts.get(&text)}</p>
            {guidance
                .map(|g| {
                    view! {
                        <details class="guidance">
                            <summary>{move_tr!("application-guidance")}</summary>
                            <p>{texts.get(&g)}</p>
                        </details>
                    }
                })}
            <p class="facility-answer">
                <strong>{move_tr!("workspace-answer")}</strong>
                " "
                {match answer {
                    Some(a) => a,
                    None => i18n.tr("workspace-no-answer"),
                }}
            </p>
            <ul class="evidence-files">
                {files
                    .into_iter()
                    .map(|f| {
                        let href = format!("/evidence/{}", f.id);
                        let preview = if f.content_type == "application/pdf" {
                            Some(
                                Either::Left(
                                    // PDF and images open in the page; other types download.
                                    view! {
                                        <object
                                            data=href.clone()
                                            type="application/pdf"
                                            width="100%"
                                            height="480"
                                        >
                                            {f.name.clone()}
                                        </object>
                                    },
                                ),
                            )
                        } else if f.content_type.starts_with("image/") {
                            Some(
                                Either::Right(
                                    view! {
                                        <img
                                            src=href.clone()
                                            alt=f.name.clone()
                                            class="evidence-preview"
                                        />
                                    },
                                ),
                            )
                        } else {
                            None
                        };
                        view! {
                            <li>
                                <a href=href.clone() target="_blank" rel="noopener">
                                    {f.name.clone()}
                                </a>
                                " "
                                <span class="muted">
                                    {format_size(f.size_bytes, i18n.language.get_untracked().id)}
                                </span>
                                {f
                                    .expires_on
                                    .map(|day| {
                                        let day = crate::domain::billing::format_date(
                                            day,
                                            i18n.language.get_untracked().id,
                                        );
                                        view! {
                                            " · "
                                            <span class="evidence-expiry">
                                                {move_tr!("evidence-column-expires")}" "{day}
                                            </span>
                                        }
                                    })}
                                {f
                                    .expired(today)
                                    .then(|| {
                                        view! {
                                            " "
                                            <span class="badge badge-expired">
                                                {move_tr!("evidence-expired")}
                                            </span>
                                        }
                                    })}
                                {preview
                                    .map(|p| {
                                        view! {
                                            <details class="evidence-preview-box">
                                                <summary>{move_tr!("workspace-preview")}</summary>
                                                {p}
                                            </details>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <fieldset class="finding" disabled=!editable>
                <legend>{move_tr!("finding-legend")}</legend>
                {Finding::ALL
                    .into_iter()
                    .map(|f| {
                        let value = f.as_str();
                        view! {
                            <label>
                                <input
                                    type="radio"
                                    name=format!("finding-{key}")
                                    value=value
                                    prop:checked=move || chosen.get() == Some(f)
                                    on:change=move |_| {
                                        chosen.set(Some(f));
                                        save.dispatch((f, comment.get_untracked()));
                                    }
                                />
                                {move || i18n.tr(f.message_key())}
                            </label>
                        }
                    })
                    .collect_view()}
                <label class="finding-comment">
                    {move_tr!("finding-comment")}
                    <textarea
                        rows="2"
                        prop:value=move || comment.get()
                        on:input=move |ev| comment.set(event_target_value(&ev))
                        on:change=move |_| {
                            if let Some(f) = chosen.get_untracked() {
                                save.dispatch((f, comment.get_untracked()));
                            }
                        }
                    ></textarea>
                </label>
            </fieldset>
            <QueryThreads
                application_id
                item_key=key.clone()
                queries=item_queries
                can_open=editable
                can_close=editable
            />
        </article>
    }
}
