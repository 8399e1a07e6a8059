//! The internal case review page (`/applications/:id/case-review`): list the case
//! references (paste or CSV), draw 30 (a re-draw asks for a reason), then fill one short form
//! per drawn case. Each change is kept on this device and saved through the case queue (also
//! offline: sent once the network is back); the problems of each case, including notes that
//! look identifying, are shown beside it and keep the review incomplete.

use crate::i18n::{I18n, move_tr, tr};
use leptos::prelude::*;
use leptos_meta::Title;

use super::case_queue::{CaseQueue, CaseSave};
use crate::api::applications::{draw_case_review, get_case_review};
use crate::components::{ActionError, Loaded};
use crate::domain::billing::format_date;
use crate::domain::case_review::{
    COMPLICATION_GRADES, CaseForm, CaseReviewView, PROCEDURE_TYPES, form_problems, parse_references,
};
use crate::i18n::page_title;

#[component]
pub fn CaseReviewPage() -> impl IntoView {
    let id = crate::pages::route_params::use_id();
    let review = Resource::new(id, get_case_review);
    view! {
        <Title text=page_title("case-review-page-title") />
        <Loaded resource=review let:data>
            <CaseReview data />
        </Loaded>
    }
}

#[component]
fn CaseReview(data: CaseReviewView) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let application_id = data.application_id;
    let review = RwSignal::new(data);
    let references = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let local_error = RwSignal::new(None::<String>);
    let draw = Action::new(move |(refs, why): &(String, String)| {
        let (refs, why) = (refs.clone(), why.clone());
        async move { draw_case_review(application_id, refs, why).await }
    });
    let queue = review.with_untracked(|r| {
        CaseQueue::new(r.viewer_id, application_id, r.draw.as_ref().map_or(0, |d| d.id))
    });
    // Runs once, in the browser: forms kept on this device replace the server's, then go out.
    Effect::new(move |_| queue.start(|kept| review.update(|r| kept.overlay(&mut r.cases))));
    Effect::new(move |_| {
        if let Some(Ok(view)) = draw.value().get() {
            queue.redraw(view.draw.as_ref().map_or(0, |d| d.id));
            review.set(view);
            reason.set(String::new());
        }
    });
    let draw_error = Signal::derive(move || draw.value().get().and_then(Result::err));
    let on_draw = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // The same check as the server's, so a problem shows with its line before sending.
        match parse_references(&references.get_untracked()) {
            Err((code, line)) => {
                let prefix = if line > 0 {
                    tr!(i18n, "case-review-error-line", { "line" => line }) + " "
                } else {
                    String::new()
                };
                local_error.set(Some(prefix + &i18n.tr(code)));
            }
            Ok(_) => {
                local_error.set(None);
                draw.dispatch((references.get_untracked(), reason.get_untracked()));
            }
        }
    };
    let has_draw = move || review.with(|r| r.draw.is_some());
    let editable = move || review.with(|r| r.editable);
    // One signal per drawn case, made afresh for each draw; the cards edit them and the
    // progress line counts them.
    let cards = Memo::new(move |_| {
        review.with(|r| {
            r.cases.iter().map(|(c, f)| (c.clone(), RwSignal::new(f.clone()))).collect::<Vec<_>>()
        })
    });
    let done = move || {
        let today = review.with(|r| r.today);
        cards.with(|cards| {
            cards.iter().filter(|(_, f)| f.with(|f| form_problems(f, today).is_empty())).count()
        })
    };
    // Before the draw the form is the page's task; after it, drawing again is a secondary
    // action below the cases (a new draw needs a reason and is logged).
    let draw_form = move || {
        view! {
            <form class="case-draw" on:submit=on_draw>
                <div class="field">
                    <label for="case-references">{move_tr!("case-review-references")}</label>
                    <textarea
                        id="case-references"
                        name="references"
                        rows="8"
                        prop:value=move || references.get()
                        on:input=move |ev| references.set(event_target_value(&ev))
                    ></textarea>
                </div>
                <div class="field">
                    <label for="case-csv">{move_tr!("case-review-csv")}</label>
                    <input
                        id="case-csv"
                        type="file"
                        accept=".csv,text/csv,text/plain"
                        on:change=move |ev| read_csv(ev, references)
                    />
                </div>
                <Show when=has_draw>
                    <div class="field">
                        <label for="case-reason">{move_tr!("case-review-reason")}</label>
                        <textarea
                            id="case-reason"
                            name="reason"
                            rows="2"
                            prop:value=move || reason.get()
                            on:input=move |ev| reason.set(event_target_value(&ev))
                        ></textarea>
                    </div>
                </Show>
                <p class="field-error" role="alert" hidden=move || local_error.get().is_none()>
                    {move || local_error.get()}
                </p>
                <ActionError error=draw_error />
                <button
                    type="submit"
                    class=move || if has_draw() { "" } else { "primary" }
                    disabled=move || draw.pending().get()
                >
                    {move || {
                        if has_draw() {
                            i18n.tr("case-review-redraw")
                        } else {
                            i18n.tr("case-review-draw")
                        }
                    }}
                </button>
            </form>
        }
    };
    view! {
        <section class="case-review">
            <p>
                {if review.with_untracked(|r| r.read_by_assessor) {
                    view! {
                        <a href=format!(
                            "/assessments/{application_id}",
                        )>{move_tr!("workspace-back")}</a>
                    }
                        .into_any()
                } else {
                    view! {
                        <a href=format!(
                            "/applications/{application_id}",
                        )>{move_tr!("case-review-back")}</a>
                    }
                        .into_any()
                }}
            </p>
            <h1>{move_tr!("case-review-page-title")}</h1>
            <p class="lead">{move_tr!("case-review-intro")}</p>
            <Show when=move || editable() && !has_draw()>{draw_form}</Show>
            {move || {
                review
                    .with(|r| r.draw.clone())
                    .map(|d| {
                        let language = i18n.language.get().id;
                        view! {
                            <div class="draw-info">
                                <p>
                                    {tr!(
                                        i18n, "case-review-drawn", { "number" => d.draw_number, "date" => format_date(d.drawn_at.date_naive(), language), "name" => d.drawn_by.clone(), "pool" => d.pool_size }
                                    )}
                                </p>
                                <p class="muted">
                                    {tr!(
                                        i18n, "case-review-seed", { "seed" => d.seed.clone(), "hash" => d.pool_sha256.chars().take(16).collect::<String>() }
                                    )}
                                </p>
                                {d
                                    .reason
                                    .clone()
                                    .map(|why| {
                                        view! {
                                            <p class="muted">
                                                {tr!(i18n, "case-review-reason-given", { "reason" => why })}
                                            </p>
                                        }
                                    })}
                                <p class="case-progress" role="status">
                                    {move || {
                                        tr!(
                                            i18n, "case-review-progress", { "done" => done(), "total" => review.with(|r| r.cases.len()) }
                                        )
                                    }}
                                </p>
                            </div>
                        }
                    })
            }}
            <ol class="cases">
                {move || {
                    let (today, editable) = review.with(|r| (r.today, r.editable));
                    let cards = cards.get();
                    let previous: Vec<Option<RwSignal<CaseForm>>> = std::iter::once(None)
                        .chain(cards.iter().map(|(_, f)| Some(*f)))
                        .collect();
                    cards
                        .into_iter()
                        .zip(previous)
                        .map(|((case_ref, form), previous)| {
                            view! { <CaseCard queue case_ref form previous today editable /> }
                        })
                        .collect_view()
                }}
            </ol>
            <Show when=move || editable() && has_draw()>
                <details class="redraw">
                    <summary>{move_tr!("case-review-redraw-heading")}</summary>
                    {draw_form}
                </details>
            </Show>
        </section>
    }
}

/// Puts the text of the chosen CSV file into the references field (read in the browser; the
/// server only ever sees the list).
fn read_csv(ev: leptos::ev::Event, references: RwSignal<String>) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        leptos::task::spawn_local(async move {
            if let Ok(text) = wasm_bindgen_futures::JsFuture::from(file.text()).await {
                if let Some(text) = text.as_string() {
                    references.set(text);
                }
            }
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (ev, references);
}

#[component]
fn CaseCard(
    queue: CaseQueue,
    case_ref: String,
    form: RwSignal<CaseForm>,
    /// The form of the case above, for "same as the previous case".
    previous: Option<RwSignal<CaseForm>>,
    today: chrono::NaiveDate,
    editable: bool,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let case = StoredValue::new(case_ref.clone());
    // Every change is kept on this device first; the queue sends the case's newest form.
    let change = move |apply: &dyn Fn(&mut CaseForm)| {
        form.update(|f| apply(f));
        case.with_value(|c| queue.change(c, form.get_untracked()));
    };
    let problems = move || form.with(|f| form_problems(f, today));
    let status = move || match case.with_value(|c| queue.state(c)) {
        CaseSave::Untouched => String::new(),
        CaseSave::Saving => i18n.tr("application-save-saving"),
        CaseSave::Saved => i18n.tr("application-save-saved"),
        CaseSave::Offline => i18n.tr("application-save-on-device"),
        CaseSave::Refused(reason) => i18n.tr(&reason),
    };
    let id = format!("case-{case_ref}");
    let yes_no = move |label: &'static str,
                       field: &'static str,
                       get: fn(&CaseForm) -> Option<bool>,
                       set: fn(&mut CaseForm, bool)| {
        let name = format!("{id}-{field}");
        view! {
            <fieldset class="case-yes-no" disabled=!editable>
                <legend>{move || i18n.tr(label)}</legend>
                <label>
                    <input
                        type="radio"
                        name=name.clone()
                        value="yes"
                        prop:checked=move || form.with(|f| get(f) == Some(true))
                        on:change=move |_| change(&|f| set(f, true))
                    />
                    {move_tr!("application-yes")}
                </label>
                <label>
                    <input
                        type="radio"
                        name=name.clone()
                        value="no"
                        prop:checked=move || form.with(|f| get(f) == Some(false))
                        on:change=move |_| change(&|f| set(f, false))
                    />
                    {move_tr!("application-no")}
                </label>
            </fieldset>
        }
    };
    let id = format!("case-{case_ref}");
    view! {
        <li
            class="case"
            id=id.clone()
            data-case=case_ref.clone()
            data-complete=move || problems().is_empty().to_string()
        >
            <h2>
                <span class="case-ref">{case_ref.clone()}</span>
                " "
                <span class="badge" class:badge-core=move || problems().is_empty()>
                    {move || {
                        if problems().is_empty() {
                            i18n.tr("case-review-case-complete")
                        } else {
                            i18n.tr("case-review-case-incomplete")
                        }
                    }}
                </span>
                " "
                <span class="save-state" role="status">
                    {status}
                </span>
            </h2>
            {previous
                .filter(|_| editable)
                .map(|previous| {
                    view! {
                        <button
                            type="button"
                            class="link-button same-as-previous"
                            on:click=move |_| {
                                let earlier = previous.get_untracked();
                                change(&|f| *f = f.with_answers_of(&earlier));
                            }
                        >
                            {move_tr!("case-review-same-as-previous")}
                        </button>
                    }
                })}
            <div class="case-fields">
                <label>
                    {move_tr!("case-procedure-type")}
                    <select
                        disabled=!editable
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            change(&|f| f.procedure_type = (!v.is_empty()).then(|| v.clone()))
                        }
                    >
                        <option value="" selected=move || form.with(|f| f.procedure_type.is_none())>
                            "—"
                        </option>
                        {PROCEDURE_TYPES
                            .iter()
                            .map(|p| {
                                let p = *p;
                                view! {
                                    <option
                                        value=p
                                        selected=move || {
                                            form.with(|f| f.procedure_type.as_deref() == Some(p))
                                        }
                                    >
                                        {move || i18n.tr(&format!("case-procedure-{p}"))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    {move_tr!("case-procedure-date")}
                    <input
                        type="date"
                        disabled=!editable
                        prop:value=move || {
                            form.with(|f| {
                                f.procedure_date.map(|d| d.to_string()).unwrap_or_default()
                            })
                        }
                        on:change=move |ev| {
                            let d = event_target_value(&ev).parse::<chrono::NaiveDate>().ok();
                            change(&|f| f.procedure_date = d)
                        }
                    />
                </label>
                {yes_no(
                    "case-tumour-board",
                    "board",
                    |f| f.tumour_board_documented,
                    |f, v| f.tumour_board_documented = Some(v),
                )}
                {yes_no(
                    "case-consent",
                    "consent",
                    |f| f.consent_documented,
                    |f, v| f.consent_documented = Some(v),
                )}
                <label>
                    {move_tr!("case-complication-grade")}
                    <select
                        disabled=!editable
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            change(&|f| f.complication_grade = (!v.is_empty()).then(|| v.clone()))
                        }
                    >
                        <option
                            value=""
                            selected=move || form.with(|f| f.complication_grade.is_none())
                        >
                            "—"
                        </option>
                        {COMPLICATION_GRADES
                            .iter()
                            .map(|g| {
                                let g = *g;
                                let label = move || {
                                    if g == "none" {
                                        i18n.tr("case-grade-none")
                                    } else {
                                        tr!(i18n, "case-grade", { "grade" => g })
                                    }
                                };
                                view! {
                                    <option
                                        value=g
                                        selected=move || {
                                            form.with(|f| f.complication_grade.as_deref() == Some(g))
                                        }
                                    >
                                        {label}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                {yes_no(
                    "case-follow-up",
                    "follow-up",
                    |f| f.follow_up_documented,
                    |f, v| f.follow_up_documented = Some(v),
                )}
                <label class="case-notes">
                    {move_tr!("case-notes")}
                    <textarea
                        rows="2"
                        disabled=!editable
                        prop:value=move || form.with(|f| f.notes.clone())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            change(&|f| f.notes = v.clone())
                        }
                    ></textarea>
                </label>
            </div>
            <ul class="case-problems">
                {move || {
                    problems().into_iter().map(|k| view! { <li>{i18n.tr(k)}</li> }).collect_view()
                }}
            </ul>
        </li>
    }
}
