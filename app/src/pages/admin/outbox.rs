use crate::i18n::{I18n, move_tr, tr};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::admin::admin_outbox;
use crate::components::Loaded;
use crate::i18n::page_title;

/// Every mail the application wrote, newest first, with its delivery state. Without SMTP
/// this is where mail is read (demo installations, tests).
#[component]
pub fn OutboxPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let mails = Resource::new(|| (), |()| admin_outbox());
    view! {
        <Title text=page_title("outbox-page-title") />
        <section class="admin outbox">
            <h1>{move_tr!("outbox-heading")}</h1>
            <p>{move_tr!("outbox-intro")}</p>
            <Loaded resource=mails let:outbox>
                {
                    let banner = outbox
                        .demonstration
                        .then(|| {
                            view! {
                                <p class="notice demonstration-mail" role="note">
                                    {move_tr!("outbox-demonstration")}
                                </p>
                            }
                        });
                    let rows = outbox.mails;
                    if rows.is_empty() {
                        return view! {
                            {banner}
                            <p>{move_tr!("outbox-empty")}</p>
                        }
                            .into_any();
                    }
                    view! {
                        {banner}
                        <ul class="card-list mails">
                            {rows
                                .into_iter()
                                .map(|m| {
                                    let state = match (&m.sent_at, &m.last_error) {
                                        (Some(at), _) => {
                                            let at = at.clone();
                                            Signal::derive(move || {
                                                tr!(i18n, "outbox-sent", { "at" => at.clone() })
                                            })
                                        }
                                        (None, Some(error)) => {
                                            let error = error.clone();
                                            let attempts = m.attempts;
                                            Signal::derive(move || {
                                                tr!(
                                                    i18n, "outbox-failed", { "attempts" => attempts, "error" => error.clone() }
                                                )
                                            })
                                        }
                                        (None, None) => {
                                            Signal::derive(move || i18n.tr("outbox-not-sent"))
                                        }
                                    };
                                    view! {
                                        <li
                                            class="card mail"
                                            data-to=m.to.clone()
                                            data-kind=m.kind.clone()
                                        >
                                            <details>
                                                <summary>
                                                    <strong class="mail-subject">{m.subject.clone()}</strong>
                                                    <span class="muted">
                                                        {format!(
                                                            " → {} · {} · {}",
                                                            m.to,
                                                            m.language,
                                                            m.created_at,
                                                        )}
                                                    </span>
                                                    " "
                                                    <span class="badge">{state}</span>
                                                </summary>
                                                <pre class="mail-body" lang=m.language.clone()>
                                                    {m.body_text.clone()}
                                                </pre>
                                            </details>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            </Loaded>
        </section>
    }
}
