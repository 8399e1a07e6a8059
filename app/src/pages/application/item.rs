use crate::components::{ActionError, Shown};
use crate::domain::ids::ApplicationId;
use crate::i18n::{I18n, move_tr};
use leptos::either::EitherOf6;
use leptos::prelude::*;

use super::autosave::{Autosave, ItemSave};
use super::evidence::ItemEvidence;
use crate::components::use_standards_texts;
use crate::domain::evidence::EvidenceView;
use crate::domain::standards::{AnswerSpec, AnswerValue, Item, Level, check_answer};
use crate::pages::assessment::QueryThreads;

/// One item: its question, level, guidance, the input for its answer type and its save state.
#[component]
pub fn ItemCard(
    application_id: ApplicationId,
    item_key: String,
    item: Item,
    autosave: Autosave,
    evidence: RwSignal<EvidenceView>,
    /// This item may change (after submission only reopened or queried items).
    allowed: bool,
    queries: Vec<crate::domain::assessment::QueryView>,
    carried: super::Carried,
    today: chrono::NaiveDate,
    /// The viewer may answer queries (not an administrator's read-only view).
    can_reply: bool,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let texts = use_standards_texts();
    let key = StoredValue::new(item_key.clone());
    let state = Memo::new(move |_| key.with_value(|k| autosave.state(k)));
    let value = autosave.value(&item_key);
    let keep_mine = move |_| key.with_value(|k| autosave.keep_mine(k));
    let take_theirs = move |_| key.with_value(|k| autosave.take_theirs(k));
    let on_answer = move |answer: AnswerValue| key.with_value(|k| autosave.input(k, answer));
    let on_type = move |answer: AnswerValue| key.with_value(|k| autosave.typed(k, answer));
    let page_editable = autosave.editable;
    let editable = Signal::derive(move || allowed && page_editable.get());
    let library: Vec<(i64, String)> =
        evidence.with_untracked(|e| e.library.iter().map(|f| (f.id, f.name.clone())).collect());
    let has_queries = !queries.is_empty();
    let level_key = if item.level == Level::Core {
        "application-level-core"
    } else {
        "application-level-extended"
    };
    let (text, guidance) = (item.text.clone(), item.guidance.clone());
    let evidence_needed = item.evidence.clone();
    let spec = item.answer.clone();
    // An answer the item cannot take as it is (out of range, a "No" still without its
    // explanation, a date in the future) is kept as a draft and does not count; the item
    // says why, in the page's language.
    let rule = StoredValue::new(item.answer.clone());
    let problem = Memo::new(move |_| {
        value
            .with(|v| v.as_ref().and_then(|a| rule.with_value(|r| check_answer(r, a, today).err())))
    });
    let id = format!("item-{item_key}");
    view! {
        <article
            class="item"
            id=id.clone()
            data-item=item_key.clone()
            data-keep-early=""
            data-level=if item.level == Level::Core { "core" } else { "extended" }
        >
            <header>
                <span class="item-key">{item_key.clone()}</span>
                <span class="badge" class:badge-core=item.level == Level::Core>
                    {i18n.tr(level_key)}
                </span>
                <span
                    class="save-state"
                    role="status"
                    data-state=move || state.with(ItemSave::code)
                >
                    {move || {
                        state.with(|s| s.message_key().map(|k| i18n.tr(k)).unwrap_or_default())
                    }}
                </span>
            </header>
            <p class="item-text" id=format!("{id}-text")>
                {texts.get(&text)}
            </p>
            {guidance
                .map(|g| {
                    view! {
                        <details class="guidance">
                            <summary>{move_tr!("application-guidance")}</summary>
                            <p>{texts.get(&g)}</p>
                        </details>
                    }
                })}
            {(!evidence_needed.is_empty())
                .then(|| {
                    view! {
                        <p class="evidence-needed">
                            {move_tr!("application-evidence-needed")}" "
                            {evidence_needed
                                .iter()
                                .map(|e| {
                                    let e = e.clone();
                                    view! { <span class="evidence-item">{texts.get(&e)}</span> }
                                })
                                .collect_view()}
                        </p>
                    }
                })}
            <CarriedNote application_id item_key=item_key.clone() carried editable />
            <AnswerInput spec item_key=item_key.clone() value editable on_answer on_type />
            <p class="field-error item-problem" role="alert" hidden=move || problem.get().is_none()>
                {move || problem.get().map(|code| i18n.tr(code)).unwrap_or_default()}
            </p>
            <ItemEvidence application_id item_key=item_key.clone() evidence editable today />
            {has_queries
                .then(|| {
                    view! {
                        <QueryThreads
                            application_id
                            item_key=item_key.clone()
                            queries
                            can_open=false
                            can_close=false
                            can_reply
                            library
                        />
                    }
                })}
            {move || match state.get() {
                ItemSave::Conflict(theirs, _) => {
                    Some(
                        view! {
                            <div class="conflict" role="alert">
                                <p>{move_tr!("application-conflict-explain")}</p>
                                <p class="their-answer">
                                    {crate::pages::assessment::describe(&theirs, i18n, texts)}
                                </p>
                                <button type="button" class="primary" on:click=keep_mine>
                                    {move_tr!("application-conflict-keep-mine")}
                                </button>
                                " "
                                <button type="button" on:click=take_theirs>
                                    {move_tr!("application-conflict-take-theirs")}
                                </button>
                            </div>
                        },
                    )
                }
                _ => None,
            }}
        </article>
    }
}

/// "Carried — confirm or update" on an answer prefilled from the previous cycle, with a
/// button that confirms it as it is (changing the answer confirms it too).
#[component]
fn CarriedNote(
    application_id: ApplicationId,
    item_key: String,
    carried: super::Carried,
    editable: Signal<bool>,
) -> impl IntoView {
    let key = StoredValue::new(item_key);
    let is_carried = move || key.with_value(|k| carried.with(|c| c.contains(k)));
    let confirm = Action::new(move |_: &()| {
        let item = key.get_value();
        async move { crate::api::applications::confirm_carried(application_id, vec![item]).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(still)) = confirm.value().get() {
            carried.update(|c| c.retain(|k| still.contains(k)));
        }
    });
    let error = move || confirm.value().get().and_then(Result::err);
    view! {
        <Shown when=is_carried>
            <div class="carried-note" role="note">
                <p>{move_tr!("recert-carried-note")}</p>
                <Shown when=move || editable.get()>
                    <button
                        type="button"
                        class="confirm-carried"
                        disabled=move || confirm.pending().get()
                        on:click=move |_| {
                            confirm.dispatch(());
                        }
                    >
                        {move_tr!("recert-confirm")}
                    </button>
                </Shown>
                <ActionError error=error />
            </div>
        </Shown>
    }
}

/// The input for one answer type. Calls `on_type` while the user types into a text field and
/// `on_answer` with a complete value when they choose or leave a field.
#[component]
fn AnswerInput(
    spec: AnswerSpec,
    item_key: String,
    value: RwSignal<Option<AnswerValue>>,
    editable: Signal<bool>,
    on_answer: impl Fn(AnswerValue) + Copy + Send + Sync + 'static,
    on_type: impl Fn(AnswerValue) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let disabled = move || !editable.get();
    let texts = use_standards_texts();
    let name = crate::early_input::answer_field(&item_key);
    let explanation_name = crate::early_input::explanation_field(&item_key);
    let described = format!("item-{item_key}-text");
    // What the server has, written into the HTML too: the page shows the answers before the
    // bundle runs (and without it); the `prop:` bindings take over after hydration.
    let initial = value.get_untracked();
    match spec {
        AnswerSpec::YesNo { .. } => {
            let current = move || match value.get() {
                Some(AnswerValue::YesNo { yes, explanation }) => (Some(yes), explanation),
                _ => (None, String::new()),
            };
            let explanation = RwSignal::new(current().1);
            let (initial_yes, initial_text) = match &initial {
                Some(AnswerValue::YesNo { yes, explanation }) => {
                    (Some(*yes), escape_text(explanation))
                }
                _ => (None, String::new()),
            };
            // The explanation typed before a choice was made lives only in `explanation`.
            let choose = move |yes: bool| {
                let text = match value.get_untracked() {
                    Some(AnswerValue::YesNo { explanation, .. }) => explanation,
                    _ => explanation.get_untracked(),
                };
                on_answer(AnswerValue::YesNo { yes, explanation: text })
            };
            EitherOf6::A(view! {
                <fieldset class="answer yes-no" aria-describedby=described disabled=disabled>
                    <legend class="visually-hidden">{move_tr!("application-answer")}</legend>
                    <label>
                        <input
                            type="radio"
                            name=name.clone()
                            value="yes"
                            checked=initial_yes == Some(true)
                            prop:checked=move || current().0 == Some(true)
                            on:change=move |_| choose(true)
                        />
                        {move_tr!("application-yes")}
                    </label>
                    <label>
                        <input
                            type="radio"
                            name=name.clone()
                            value="no"
                            checked=initial_yes == Some(false)
                            prop:checked=move || current().0 == Some(false)
                            on:change=move |_| choose(false)
                        />
                        {move_tr!("application-no")}
                    </label>
                    <label class="explanation">
                        {move_tr!("application-explanation")}
                        <textarea
                            rows="2"
                            name=explanation_name
                            inner_html=initial_text
                            prop:value=move || current().1
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                explanation.set(text.clone());
                                if let Some(yes) = current().0 {
                                    on_type(AnswerValue::YesNo {
                                        yes,
                                        explanation: text,
                                    })
                                }
                            }
                            on:change=move |_| {
                                if let Some(yes) = current().0 {
                                    choose(yes)
                                }
                            }
                        />
                    </label>
                </fieldset>
            })
        }
        AnswerSpec::Number { min, max, unit } => EitherOf6::B(view! {
            <label class="answer number">
                <span class="visually-hidden">{move_tr!("application-answer")}</span>
                <input
                    type="number"
                    min=min
                    max=max
                    step="1"
                    name=name.clone()
                    value=match &initial {
                        Some(AnswerValue::Number { value }) => value.to_string(),
                        _ => String::new(),
                    }
                    disabled=disabled
                    aria-describedby=described
                    prop:value=move || {
                        match value.get() {
                            Some(AnswerValue::Number { value }) => value.to_string(),
                            _ => String::new(),
                        }
                    }
                    on:input=move |ev| {
                        if let Ok(n) = event_target_value(&ev).trim().parse::<i64>() {
                            on_type(AnswerValue::Number { value: n })
                        }
                    }
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).trim().parse::<i64>() {
                            on_answer(AnswerValue::Number { value: n })
                        }
                    }
                />
                {unit
                    .map(|u| {
                        view! {
                            " "
                            <span class="unit">{texts.get(&u)}</span>
                        }
                    })}
            </label>
        }),
        AnswerSpec::Date => EitherOf6::C(view! {
            <label class="answer date">
                <span class="visually-hidden">{move_tr!("application-answer")}</span>
                <input
                    type="date"
                    name=name.clone()
                    value=match &initial {
                        Some(AnswerValue::Date { value }) => value.to_string(),
                        _ => String::new(),
                    }
                    disabled=disabled
                    aria-describedby=described
                    prop:value=move || {
                        match value.get() {
                            Some(AnswerValue::Date { value }) => value.to_string(),
                            _ => String::new(),
                        }
                    }
                    on:change=move |ev| {
                        if let Ok(d) = event_target_value(&ev).parse::<chrono::NaiveDate>() {
                            on_answer(AnswerValue::Date { value: d })
                        }
                    }
                />
            </label>
        }),
        AnswerSpec::Text { max_chars } => EitherOf6::D(view! {
            <label class="answer text">
                <span class="visually-hidden">{move_tr!("application-answer")}</span>
                <textarea
                    rows="4"
                    maxlength=max_chars
                    name=name.clone()
                    inner_html=match &initial {
                        Some(AnswerValue::Text { value }) => escape_text(value),
                        _ => String::new(),
                    }
                    disabled=disabled
                    aria-describedby=described
                    prop:value=move || {
                        match value.get() {
                            Some(AnswerValue::Text { value }) => value,
                            _ => String::new(),
                        }
                    }
                    on:input=move |ev| on_type(AnswerValue::Text {
                        value: event_target_value(&ev),
                    })
                    on:change=move |ev| on_answer(AnswerValue::Text {
                        value: event_target_value(&ev),
                    })
                />
            </label>
        }),
        AnswerSpec::SingleChoice { options } => EitherOf6::E(view! {
            <fieldset class="answer choice" aria-describedby=described disabled=disabled>
                <legend class="visually-hidden">{move_tr!("application-answer")}</legend>
                {options
                    .into_iter()
                    .map(|option| {
                        let (o1, o2, o3) = (option.clone(), option.clone(), option.clone());
                        view! {
                            <label>
                                <input
                                    type="radio"
                                    name=name.clone()
                                    value=option.clone()
                                    checked=matches!(
                                        &initial,
                                        Some(AnswerValue::SingleChoice { option: o })
                                        if o == &option
                                    )
                                    prop:checked=move || {
                                        matches!(
                                            value.get(),
                                            Some(AnswerValue::SingleChoice { option })
                                            if option == o1
                                        )
                                    }
                                    on:change=move |_| on_answer(AnswerValue::SingleChoice {
                                        option: o2.clone(),
                                    })
                                />
                                {texts.get(&o3)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }),
        AnswerSpec::MultipleChoice { options } => EitherOf6::F(view! {
            <fieldset class="answer choice" aria-describedby=described disabled=disabled>
                <legend class="visually-hidden">{move_tr!("application-answer")}</legend>
                {options
                    .into_iter()
                    .map(|option| {
                        let (o1, o2, o3) = (option.clone(), option.clone(), option.clone());
                        let chosen = move || match value.get() {
                            Some(AnswerValue::MultipleChoice { options }) => options,
                            _ => Vec::new(),
                        };
                        view! {
                            <label>
                                <input
                                    type="checkbox"
                                    name=name.clone()
                                    value=option.clone()
                                    checked=matches!(
                                        &initial,
                                        Some(AnswerValue::MultipleChoice { options })
                                        if options.contains(&option)
                                    )
                                    prop:checked=move || chosen().contains(&o1)
                                    on:change=move |ev| {
                                        let mut now = chosen();
                                        now.retain(|o| o != &o2);
                                        if event_target_checked(&ev) {
                                            now.push(o2.clone());
                                        }
                                        on_answer(AnswerValue::MultipleChoice {
                                            options: now,
                                        });
                                    }
                                />
                                {texts.get(&o3)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }),
    }
}

/// Text for the inside of a `<textarea>` written as HTML: only `&` and `<` mean anything there.
fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;")
}
