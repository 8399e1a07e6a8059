use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};

use super::Answers;
use crate::api::applications::save_answer;
use crate::error::AppError;
use crate::standards::{AnswerSave, AnswerSpec, AnswerValue, Item, ItemState, Level, SaveOutcome};

/// Where an item's last save stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum SaveState {
    Idle,
    Saving,
    Saved,
    /// Someone else saved this item first: their answer and revision.
    Conflict(AnswerValue, i64),
    /// The save did not reach the server or was refused (the Fluent id says why).
    Failed(&'static str),
}

/// A new idempotency key for one save: 16 random bytes from the browser's crypto
/// (`getRandomValues` also works on plain-HTTP intranet installations, unlike `randomUUID`).
fn new_key() -> String {
    #[cfg(feature = "hydrate")]
    {
        let mut bytes = [0u8; 16];
        let filled = window().crypto().and_then(|c| c.get_random_values_with_u8_array(&mut bytes).map(|_| ()));
        if filled.is_err() {
            // No crypto at all: the key only has to be unique per save of this page.
            static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
            let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            bytes[..8].copy_from_slice(&n.to_le_bytes());
            bytes[8..].copy_from_slice(&((js_sys_now() as u64).to_le_bytes()));
        }
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        String::from("server-side-render-never-saves")
    }
}

#[cfg(feature = "hydrate")]
fn js_sys_now() -> f64 {
    // Milliseconds since the epoch, via the Date object web-sys exposes.
    web_sys::js_sys::Date::now()
}

/// One item: its question, level, guidance, the input for its answer type and the save state.
#[component]
pub fn ItemCard(
    application_id: i64,
    item_key: String,
    item: Item,
    initial: Option<AnswerValue>,
    revision: i64,
    editable: bool,
    answers: Answers,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let revision = RwSignal::new(revision);
    let state = RwSignal::new(SaveState::Idle);
    let value = RwSignal::new(initial);
    let key = StoredValue::new(item_key.clone());
    let save = Action::new(move |answer: &AnswerValue| {
        let request = AnswerSave {
            application_id,
            item_key: key.get_value(),
            value: answer.clone(),
            base_revision: revision.get_untracked(),
            idempotency_key: new_key(),
        };
        async move { save_answer(request).await }
    });
    // One save per item at a time: a change made while a save is on its way waits and goes
    // out on the revision that save produced, so quick successive changes never conflict
    // with each other.
    let in_flight = RwSignal::new(false);
    let pending = RwSignal::new(None::<AnswerValue>);
    Effect::new(move |_| {
        let Some(outcome) = save.value().get() else { return };
        in_flight.set(false);
        match outcome {
            Ok(SaveOutcome::Saved { revision: new }) => {
                revision.set(new);
                if let Some(next) = pending.try_update(Option::take).flatten() {
                    in_flight.set(true);
                    save.dispatch(next);
                    return;
                }
                state.set(SaveState::Saved);
                let current = value.get_untracked();
                answers.update(|a| {
                    a.insert(key.get_value(), ItemState { answer: current, evidence_files: 0 });
                });
            }
            Ok(SaveOutcome::Conflict { revision: theirs, value: their_value, .. }) => {
                pending.set(None);
                state.set(SaveState::Conflict(their_value, theirs));
            }
            Err(AppError::Transport(_)) => state.set(SaveState::Failed("application-save-offline")),
            Err(e) => state.set(SaveState::Failed(e.message_key())),
        }
    });
    let submit = move |answer: AnswerValue| {
        if !editable {
            return;
        }
        value.set(Some(answer.clone()));
        state.set(SaveState::Saving);
        if in_flight.get_untracked() {
            pending.set(Some(answer));
        } else {
            in_flight.set(true);
            save.dispatch(answer);
        }
    };
    let keep_mine = move |_| {
        if let (SaveState::Conflict(_, theirs), Some(mine)) = (state.get_untracked(), value.get_untracked()) {
            revision.set(theirs);
            submit(mine);
        }
    };
    let take_theirs = move |_| {
        if let SaveState::Conflict(theirs, their_revision) = state.get_untracked() {
            revision.set(their_revision);
            value.set(Some(theirs.clone()));
            answers.update(|a| {
                a.insert(key.get_value(), ItemState { answer: Some(theirs), evidence_files: 0 });
            });
            state.set(SaveState::Saved);
        }
    };
    let level_key = if item.level == Level::Core { "application-level-core" } else { "application-level-extended" };
    let (text, guidance) = (item.text.clone(), item.guidance.clone());
    let evidence = item.evidence.clone();
    let spec = item.answer.clone();
    let id = format!("item-{item_key}");
    view! {
        <article class="item" id=id.clone() data-item=item_key.clone() data-level=if item.level == Level::Core { "core" } else { "extended" }>
            <header>
                <span class="item-key">{item_key.clone()}</span>
                <span class="badge" class:badge-core=item.level == Level::Core>{move || i18n.tr(level_key)}</span>
                <span class="save-state" role="status" data-state=move || { match state.get() {
                    SaveState::Idle => "idle",
                    SaveState::Saving => "saving",
                    SaveState::Saved => "saved",
                    SaveState::Conflict(..) => "conflict",
                    SaveState::Failed(_) => "failed",
                } }>
                    {move || match state.get() {
                        SaveState::Idle => String::new(),
                        SaveState::Saving => i18n.tr("application-save-saving"),
                        SaveState::Saved => i18n.tr("application-save-saved"),
                        SaveState::Conflict(..) => i18n.tr("application-save-conflict"),
                        SaveState::Failed(key) => i18n.tr(key),
                    }}
                </span>
            </header>
            <p class="item-text" id=format!("{id}-text")>{move || i18n.tr(&text)}</p>
            {guidance.map(|g| view! { <details class="guidance"><summary>{move_tr!("application-guidance")}</summary><p>{move || i18n.tr(&g)}</p></details> })}
            {(!evidence.is_empty()).then(|| view! {
                <p class="evidence-needed">{move_tr!("application-evidence-needed")}" "{evidence.iter().map(|e| { let e = e.clone(); view! { <span class="evidence-item">{move || i18n.tr(&e)}</span> } }).collect_view()}</p>
            })}
            <AnswerInput spec item_key=item_key.clone() value editable on_answer=submit />
            {move || match state.get() {
                SaveState::Conflict(theirs, _) => Some(view! {
                    <div class="conflict" role="alert">
                        <p>{move_tr!("application-conflict-explain")}</p>
                        <p class="their-answer">{describe(&theirs)}</p>
                        <button type="button" class="primary" on:click=keep_mine>{move_tr!("application-conflict-keep-mine")}</button>
                        " "
                        <button type="button" on:click=take_theirs>{move_tr!("application-conflict-take-theirs")}</button>
                    </div>
                }),
                _ => None,
            }}
        </article>
    }
}

/// A short text of an answer for the conflict choice.
fn describe(value: &AnswerValue) -> String {
    match value {
        AnswerValue::YesNo { yes, explanation } => format!("{}{}", if *yes { "✓" } else { "✗" }, if explanation.is_empty() { String::new() } else { format!(" — {explanation}") }),
        AnswerValue::Number { value } => value.to_string(),
        AnswerValue::Date { value } => value.to_string(),
        AnswerValue::Text { value } => value.clone(),
        AnswerValue::SingleChoice { option } => option.clone(),
        AnswerValue::MultipleChoice { options } => options.join(", "),
    }
}

/// The input for one answer type. Calls `on_answer` with a complete value when the user
/// changes it (text fields: when they lose focus).
#[component]
fn AnswerInput(
    spec: AnswerSpec,
    item_key: String,
    value: RwSignal<Option<AnswerValue>>,
    editable: bool,
    on_answer: impl Fn(AnswerValue) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let name = format!("answer-{item_key}");
    let described = format!("item-{item_key}-text");
    match spec {
        AnswerSpec::YesNo { .. } => {
            let current = move || match value.get() {
                Some(AnswerValue::YesNo { yes, explanation }) => (Some(yes), explanation),
                _ => (None, String::new()),
            };
            let explanation = RwSignal::new(current().1);
            let choose = move |yes: bool| on_answer(AnswerValue::YesNo { yes, explanation: explanation.get_untracked() });
            view! {
                <fieldset class="answer yes-no" aria-describedby=described disabled=!editable>
                    <legend class="visually-hidden">{move_tr!("application-answer")}</legend>
                    <label><input type="radio" name=name.clone() value="yes" prop:checked=move || current().0 == Some(true) on:change=move |_| choose(true) />{move_tr!("application-yes")}</label>
                    <label><input type="radio" name=name.clone() value="no" prop:checked=move || current().0 == Some(false) on:change=move |_| choose(false) />{move_tr!("application-no")}</label>
                    <label class="explanation">{move_tr!("application-explanation")}
                        <textarea rows="2" prop:value=move || explanation.get() on:input=move |ev| explanation.set(event_target_value(&ev))
                            on:change=move |_| { if let Some(yes) = current().0 { choose(yes) } } />
                    </label>
                </fieldset>
            }.into_any()
        }
        AnswerSpec::Number { min, max, unit } => view! {
            <label class="answer number">
                <span class="visually-hidden">{move_tr!("application-answer")}</span>
                <input type="number" min=min max=max step="1" disabled=!editable aria-describedby=described
                    prop:value=move || { match value.get() { Some(AnswerValue::Number { value }) => value.to_string(), _ => String::new() } }
                    on:change=move |ev| { if let Ok(n) = event_target_value(&ev).trim().parse::<i64>() { on_answer(AnswerValue::Number { value: n }) } } />
                {unit.map(|u| view! { " " <span class="unit">{move || i18n.tr(&u)}</span> })}
            </label>
        }.into_any(),
        AnswerSpec::Date => view! {
            <label class="answer date">
                <span class="visually-hidden">{move_tr!("application-answer")}</span>
                <input type="date" disabled=!editable aria-describedby=described
                    prop:value=move || { match value.get() { Some(AnswerValue::Date { value }) => value.to_string(), _ => String::new() } }
                    on:change=move |ev| { if let Ok(d) = chrono::NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d") { on_answer(AnswerValue::Date { value: d }) } } />
            </label>
        }.into_any(),
        AnswerSpec::Text { max_chars } => view! {
            <label class="answer text">
                <span class="visually-hidden">{move_tr!("application-answer")}</span>
                <textarea rows="4" maxlength=max_chars disabled=!editable aria-describedby=described
                    prop:value=move || { match value.get() { Some(AnswerValue::Text { value }) => value, _ => String::new() } }
                    on:change=move |ev| on_answer(AnswerValue::Text { value: event_target_value(&ev) }) />
            </label>
        }.into_any(),
        AnswerSpec::SingleChoice { options } => view! {
            <fieldset class="answer choice" aria-describedby=described disabled=!editable>
                <legend class="visually-hidden">{move_tr!("application-answer")}</legend>
                {options.into_iter().map(|option| {
                    let (o1, o2, o3) = (option.clone(), option.clone(), option.clone());
                    view! {
                        <label>
                            <input type="radio" name=name.clone() value=option.clone()
                                prop:checked=move || matches!(value.get(), Some(AnswerValue::SingleChoice { option }) if option == o1)
                                on:change=move |_| on_answer(AnswerValue::SingleChoice { option: o2.clone() }) />
                            {move || i18n.tr(&o3)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        }.into_any(),
        AnswerSpec::MultipleChoice { options } => view! {
            <fieldset class="answer choice" aria-describedby=described disabled=!editable>
                <legend class="visually-hidden">{move_tr!("application-answer")}</legend>
                {options.into_iter().map(|option| {
                    let (o1, o2, o3) = (option.clone(), option.clone(), option.clone());
                    let chosen = move || match value.get() { Some(AnswerValue::MultipleChoice { options }) => options, _ => Vec::new() };
                    view! {
                        <label>
                            <input type="checkbox" value=option.clone()
                                prop:checked=move || chosen().contains(&o1)
                                on:change=move |ev| {
                                    let mut now = chosen();
                                    now.retain(|o| o != &o2);
                                    if event_target_checked(&ev) {
                                        now.push(o2.clone());
                                    }
                                    on_answer(AnswerValue::MultipleChoice { options: now });
                                } />
                            {move || i18n.tr(&o3)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        }.into_any(),
    }
}
