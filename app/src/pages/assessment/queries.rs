//! Query threads on one item, shared by the assessor's workspace and the facility's
//! questionnaire: the messages, a reply (the team may point at a file of its evidence
//! library), and for assessors opening and closing queries.

use crate::components::{ActionError, Shown};
use crate::domain::ids::ApplicationId;
use crate::i18n::{I18n, move_tr};
use leptos::prelude::*;

use crate::api::assessment::{close_query, open_query, reply_to_query};
use crate::domain::assessment::QueryView;

/// What people have typed into reply boxes and not sent yet, by query. An island provides it
/// above the part it renders again when it reads its data again (after a reply or a query
/// went through), so that never wipes a reply being typed in another thread.
#[derive(Debug, Clone, Copy)]
pub struct TypedReplies(StoredValue<std::collections::HashMap<i64, String>>);

impl TypedReplies {
    pub fn provide() {
        provide_context(Self(StoredValue::new(std::collections::HashMap::new())));
    }

    fn get(typed: Option<Self>, query: i64) -> String {
        typed.and_then(|t| t.0.with_value(|m| m.get(&query).cloned())).unwrap_or_default()
    }

    fn set(typed: Option<Self>, query: i64, text: String) {
        if let Some(t) = typed {
            t.0.update_value(|m| {
                if text.is_empty() {
                    m.remove(&query);
                } else {
                    m.insert(query, text);
                }
            });
        }
    }
}

#[component]
pub fn QueryThreads(
    application_id: ApplicationId,
    item_key: String,
    queries: Vec<QueryView>,
    /// The viewer may open a new query (an assessor during the assessment).
    can_open: bool,
    /// The viewer may close an open query (an assessor).
    can_close: bool,
    /// The viewer may write in an open query (the team or an assessor; not a reader).
    #[prop(default = true)]
    can_reply: bool,
    /// Files the team may attach to a reply: (id, name). Empty for assessors.
    #[prop(optional)]
    library: Vec<(i64, String)>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let read_again = crate::islands::ReadAgain::here();
    let key = StoredValue::new(item_key.clone());
    let question = RwSignal::new(String::new());
    let ask = Action::new(move |q: &String| {
        let (q, item) = (q.clone(), key.get_value());
        async move { open_query(application_id, item, q).await }
    });
    let act = Action::new(move |(query, body, file, close): &(i64, String, Option<i64>, bool)| {
        let (query, body, file, close) = (*query, body.clone(), *file, *close);
        async move {
            if close {
                close_query(query).await
            } else {
                reply_to_query(query, body, file, None).await
            }
        }
    });
    Effect::new(move |_| {
        if matches!(ask.value().get(), Some(Ok(()))) || matches!(act.value().get(), Some(Ok(()))) {
            if let Some(read_again) = read_again {
                read_again.ask();
            }
        }
    });
    let error = move || match (ask.value().get(), act.value().get()) {
        (Some(Err(e)), _) | (_, Some(Err(e))) => Some(e),
        _ => None,
    };
    let library = StoredValue::new(library);
    // The questionnaire's offline queue for the team's replies; assessors send directly.
    let replies = use_context::<crate::pages::ReplyQueue>();
    let typed = use_context::<TypedReplies>();
    view! {
        <div class="queries">
            {queries
                .into_iter()
                .map(|q| {
                    let id = q.id;
                    let body = RwSignal::new(TypedReplies::get(typed, id));
                    let file = RwSignal::new(String::new());
                    let open = q.open;
                    let empty_reply = RwSignal::new(false);
                    Effect::new(move |_| {
                        if let Some((_, text)) = replies.and_then(|r| r.refused(id)) {
                            if !text.is_empty() && body.get_untracked().is_empty() {
                                body.set(text);
                            }
                        }
                    });
                    let send = move || {
                        let text = body.get_untracked();
                        let attached = file.get_untracked().parse().ok();
                        match replies {
                            Some(queue) => {
                                if text.trim().is_empty() {
                                    empty_reply.set(true);
                                    return;
                                }
                                empty_reply.set(false);
                                queue.send(id, text, attached);
                                body.set(String::new());
                                file.set(String::new());
                                TypedReplies::set(typed, id, String::new());
                            }
                            None => {
                                TypedReplies::set(typed, id, String::new());
                                act.dispatch((id, text, attached, false));
                            }
                        }
                    };
                    // A reply the server refused comes back into the box, never lost.
                    view! {
                        <div class="query" data-query=q.id data-open=q.open.to_string()>
                            <p class="query-state">
                                {move || {
                                    if open {
                                        i18n.tr("query-open")
                                    } else {
                                        i18n.tr("query-closed")
                                    }
                                }}
                            </p>
                            <ol class="query-messages">
                                {q
                                    .messages
                                    .into_iter()
                                    .map(|m| {
                                        view! {
                                            <li>
                                                <strong>{m.author.clone()}</strong>
                                                " "
                                                <span class="muted">
                                                    {crate::domain::billing::format_utc_minute(m.at)}
                                                </span>
                                                <p>{m.body.clone()}</p>
                                                {m
                                                    .evidence_file_id
                                                    .map(|f| {
                                                        view! {
                                                            <p>
                                                                <a
                                                                    href=format!("/evidence/{f}")
                                                                    target="_blank"
                                                                    rel="noopener"
                                                                >
                                                                    {move_tr!("query-attached-file")}
                                                                </a>
                                                            </p>
                                                        }
                                                    })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                                {move || {
                                    replies
                                        .map(|queue| {
                                            let state = if queue.unreachable() {
                                                i18n.tr("application-save-on-device")
                                            } else {
                                                i18n.tr("application-save-saving")
                                            };
                                            queue
                                                .pending(id)
                                                .into_iter()
                                                .map(|r| {
                                                    view! {
                                                        <li class="pending-reply">
                                                            <span class="muted save-state" role="status">
                                                                {state.clone()}
                                                            </span>
                                                            <p>{r.body}</p>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()
                                        })
                                }}
                            </ol>
                            {move || {
                                let refused = replies
                                    .and_then(|r| r.refused(id))
                                    .map(|(key, _)| key);
                                let empty = empty_reply
                                    .get()
                                    .then(|| "error-field-required".to_owned());
                                refused
                                    .or(empty)
                                    .map(|key| {
                                        view! {
                                            <p class="field-error" role="alert">
                                                {i18n.tr(&key)}
                                            </p>
                                        }
                                    })
                            }}
                            <Shown when=move || open && can_reply>
                                <div class="query-reply">
                                    <label>
                                        {move_tr!("query-reply")}
                                        <textarea
                                            rows="2"
                                            prop:value=move || body.get()
                                            on:input=move |ev| {
                                                let text = event_target_value(&ev);
                                                TypedReplies::set(typed, id, text.clone());
                                                body.set(text);
                                            }
                                        ></textarea>
                                    </label>
                                    <Shown when=move || library.with_value(|l| !l.is_empty())>
                                        <label>
                                            {move_tr!("query-attach")}
                                            <select on:change=move |ev| {
                                                file.set(event_target_value(&ev))
                                            }>
                                                <option value="">"—"</option>
                                                {library
                                                    .get_value()
                                                    .into_iter()
                                                    .map(|(id, name)| {
                                                        view! { <option value=id.to_string()>{name}</option> }
                                                    })
                                                    .collect_view()}
                                            </select>
                                        </label>
                                    </Shown>
                                    <button type="button" on:click=move |_| send()>
                                        {move_tr!("query-send")}
                                    </button>
                                    {can_close
                                        .then(|| {
                                            view! {
                                                " "
                                                <button
                                                    type="button"
                                                    on:click=move |_| {
                                                        act.dispatch((id, String::new(), None, true));
                                                    }
                                                >
                                                    {move_tr!("query-close")}
                                                </button>
                                            }
                                        })}
                                </div>
                            </Shown>
                        </div>
                    }
                })
                .collect_view()}
            {can_open
                .then(|| {
                    view! {
                        <details class="query-new">
                            <summary>{move_tr!("query-new")}</summary>
                            <label>
                                {move_tr!("query-question")}
                                <textarea
                                    rows="2"
                                    prop:value=move || question.get()
                                    on:input=move |ev| question.set(event_target_value(&ev))
                                ></textarea>
                            </label>
                            <button
                                type="button"
                                on:click=move |_| {
                                    ask.dispatch(question.get_untracked());
                                }
                            >
                                {move_tr!("query-ask")}
                            </button>
                        </details>
                    }
                })} <ActionError error=error />
            {move || {
                (ask.pending().get() || act.pending().get())
                    .then(|| {
                        view! {
                            <p class="muted" role="status">
                                {i18n.tr("application-save-saving")}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
