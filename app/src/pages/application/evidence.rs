//! Evidence on the questionnaire: per item the linked files, an upload form (a plain
//! multipart form, so it works before the page is interactive too) and a choice from the
//! facility's library; and the library itself with what each file is linked to.

use crate::components::{ActionError, Shown};
use crate::domain::ids::ApplicationId;
use crate::i18n::{I18n, move_tr, tr};
use leptos::either::Either;
use leptos::prelude::*;

use crate::api::evidence::{link_evidence, set_evidence_expiry, unlink_evidence};
use crate::domain::billing::format_date;
use crate::domain::evidence::{EvidenceView, format_size, kind_of};

/// The evidence block of one item.
#[component]
pub fn ItemEvidence(
    application_id: ApplicationId,
    item_key: String,
    evidence: RwSignal<EvidenceView>,
    editable: Signal<bool>,
    today: chrono::NaiveDate,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let online = crate::network::use_online();
    let key = StoredValue::new(item_key.clone());
    let change = Action::new(move |(file, linked): &(i64, bool)| {
        let (file, linked, item) = (*file, *linked, key.get_value());
        async move {
            if linked {
                link_evidence(application_id, item, file).await
            } else {
                unlink_evidence(application_id, item, file).await
            }
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(view)) = change.value().get() {
            evidence.set(view);
        }
    });
    let error = move || change.value().get().and_then(Result::err);
    let linked =
        move || key.with_value(|k| evidence.with(|e| e.files_of(k).cloned().collect::<Vec<_>>()));
    let unlinked = move || {
        key.with_value(|k| {
            evidence.with(|e| {
                e.library
                    .iter()
                    .filter(|f| !e.links.iter().any(|(i, id)| i == k && *id == f.id))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let chosen = RwSignal::new(String::new());
    let file_input = StoredValue::new(format!("evidence-file-{item_key}"));
    let library_select = StoredValue::new(format!("evidence-library-{item_key}"));
    view! {
        <div class="evidence">
            <ul class="evidence-files">
                {move || {
                    linked()
                        .into_iter()
                        .map(|f| {
                            let kind = kind_of(&f.content_type).unwrap_or("evidence-kind-text");
                            view! {
                                <li data-file=f.id>
                                    <a
                                        href=format!("/evidence/{}", f.id)
                                        target="_blank"
                                        rel="noopener"
                                    >
                                        {f.name.clone()}
                                    </a>
                                    " "
                                    <span class="muted">
                                        {move || i18n.tr(kind)}" · "
                                        {format_size(
                                            f.size_bytes,
                                            i18n.language.get_untracked().id,
                                        )}
                                    </span>
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
                                    <Shown when=move || {
                                        editable.get()
                                    }>
                                        " "
                                        <button
                                            type="button"
                                            class="link-button"
                                            on:click=move |_| {
                                                change.dispatch((f.id, false));
                                            }
                                        >
                                            {move_tr!("evidence-remove")}
                                        </button>
                                    </Shown>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Shown when=move || editable.get()>
                <form
                    class="evidence-upload"
                    method="post"
                    enctype="multipart/form-data"
                    action=format!("/applications/{application_id}/evidence")
                >
                    <input type="hidden" name="item" value=key.get_value() />
                    <label for=file_input.get_value()>{move_tr!("evidence-attach")}</label>
                    " "
                    <input id=file_input.get_value() type="file" name="file" required=true />
                    " "
                    <button type="submit" disabled=move || !online.get()>
                        {move_tr!("evidence-upload")}
                    </button>
                    <UploadOffline online />
                </form>
                <Shown when=move || !unlinked().is_empty()>
                    <div class="evidence-link">
                        <label for=library_select
                            .get_value()>{move_tr!("evidence-from-library")}</label>
                        " "
                        <select
                            id=library_select.get_value()
                            on:change=move |ev| chosen.set(event_target_value(&ev))
                        >
                            <option value="">"—"</option>
                            {move || {
                                unlinked()
                                    .into_iter()
                                    .map(|f| {
                                        view! {
                                            <option value=f.id.to_string()>{f.name.clone()}</option>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </select>
                        " "
                        <button
                            type="button"
                            disabled=move || chosen.get().is_empty()
                            on:click=move |_| {
                                if let Ok(id) = chosen.get_untracked().parse::<i64>() {
                                    change.dispatch((id, true));
                                    chosen.set(String::new());
                                }
                            }
                        >
                            {move_tr!("evidence-link")}
                        </button>
                    </div>
                </Shown>
            </Shown>
            <ActionError error=error />
        </div>
    }
}

/// The facility's evidence library with the items each file is evidence for.
#[component]
pub fn EvidenceLibrary(
    application_id: ApplicationId,
    evidence: RwSignal<EvidenceView>,
    editable: RwSignal<bool>,
    today: chrono::NaiveDate,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let online = crate::network::use_online();
    let set_expiry = Action::new(move |(file, date): &(i64, String)| {
        let (file, date) = (*file, date.clone());
        async move { set_evidence_expiry(application_id, file, date).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(view)) = set_expiry.value().get() {
            evidence.set(view);
        }
    });
    let expiry_error = move || set_expiry.value().get().and_then(Result::err);
    view! {
        <section
            class="evidence-library"
            id="evidence-library"
            aria-labelledby="evidence-library-heading"
        >
            <h2 id="evidence-library-heading">{move_tr!("evidence-library-heading")}</h2>
            <p class="muted">
                {move || {
                    tr!(
                        i18n, "evidence-library-intro", { "size" => format_size(i64::try_from(evidence.with(|e| e.max_bytes)).unwrap_or(i64::MAX), i18n.language.get_untracked().id) }
                    )
                }}
            </p>
            <Shown when=move || evidence.with(|e| e.library.is_empty())>
                <p>{move_tr!("evidence-none")}</p>
            </Shown>
            <Shown when=move || evidence.with(|e| !e.library.is_empty())>
                <table class="evidence-table">
                    <thead>
                        <tr>
                            <th scope="col">{move_tr!("evidence-column-file")}</th>
                            <th scope="col">{move_tr!("evidence-column-size")}</th>
                            <th scope="col">{move_tr!("evidence-column-uploaded")}</th>
                            <th scope="col">{move_tr!("evidence-column-expires")}</th>
                            <th scope="col">{move_tr!("evidence-column-items")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            evidence
                                .get()
                                .library
                                .into_iter()
                                .map(|f| {
                                    let items: Vec<String> = evidence
                                        .with(|e| {
                                            e.links
                                                .iter()
                                                .filter(|(_, id)| *id == f.id)
                                                .map(|(k, _)| k.clone())
                                                .collect()
                                        });
                                    let kind = kind_of(&f.content_type)
                                        .unwrap_or("evidence-kind-text");
                                    let (expired, expires_on) = (
                                        f.expired(today),
                                        f.expires_on.map(|d| d.to_string()).unwrap_or_default(),
                                    );
                                    view! {
                                        <tr data-file=f.id>
                                            <td>
                                                <a
                                                    href=format!("/evidence/{}", f.id)
                                                    target="_blank"
                                                    rel="noopener"
                                                >
                                                    {f.name.clone()}
                                                </a>
                                                " "
                                                <span class="muted">{move || i18n.tr(kind)}</span>
                                                <br />
                                                <code class="hash" title="SHA-256">
                                                    {f.sha256.chars().take(12).collect::<String>()}
                                                </code>
                                            </td>
                                            <td>
                                                {format_size(
                                                    f.size_bytes,
                                                    i18n.language.get_untracked().id,
                                                )}
                                            </td>
                                            <td>
                                                {move || {
                                                    tr!(
                                                        i18n, "evidence-uploaded-by", { "name" => f.uploaded_by.clone(), "date" => format_date(f.uploaded_at.date_naive(), i18n.language.get().id) }
                                                    )
                                                }}
                                            </td>
                                            <td class="evidence-expiry">
                                                <input
                                                    type="date"
                                                    aria-label=move || i18n.tr("evidence-column-expires")
                                                    disabled=move || !editable.get()
                                                    prop:value=expires_on.clone()
                                                    // On leaving the field, not on every change: typing a year digit by digit
                                                    // passes through dates like 0002-05-01.
                                                    on:blur=move |ev| {
                                                        let typed = event_target_value(&ev);
                                                        if typed != expires_on {
                                                            set_expiry.dispatch((f.id, typed));
                                                        }
                                                    }
                                                />
                                                {expired
                                                    .then(|| {
                                                        view! {
                                                            " "
                                                            <span class="badge badge-expired">
                                                                {move_tr!("evidence-expired")}
                                                            </span>
                                                        }
                                                    })}
                                            </td>
                                            <td class="evidence-items">
                                                {if items.is_empty() {
                                                    Either::Left(
                                                        view! {
                                                            <span class="muted">{move_tr!("evidence-not-linked")}</span>
                                                        },
                                                    )
                                                } else {
                                                    Either::Right(
                                                        items
                                                            .into_iter()
                                                            .map(|k| {
                                                                view! {
                                                                    <a href=format!("#item-{k}")>{k.clone()}</a>
                                                                    " "
                                                                }
                                                            })
                                                            .collect_view(),
                                                    )
                                                }}
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </Shown>
            <ActionError error=expiry_error />
            <Shown when=move || editable.get()>
                <form
                    class="evidence-upload"
                    method="post"
                    enctype="multipart/form-data"
                    action=format!("/applications/{application_id}/evidence")
                >
                    <label for="evidence-file-library">{move_tr!("evidence-attach")}</label>
                    " "
                    <input id="evidence-file-library" type="file" name="file" required=true />
                    " "
                    <button type="submit" disabled=move || !online.get()>
                        {move_tr!("evidence-upload")}
                    </button>
                    <UploadOffline online />
                </form>
            </Shown>
        </section>
    }
}

/// Why the Upload button is disabled with no network: a file cannot wait in the offline queue
/// as answers do (uploads are plain form posts of up to 20 MB).
#[component]
fn UploadOffline(online: Signal<bool>) -> impl IntoView {
    view! {
        <Shown when=move || !online.get()>
            <p class="upload-offline" role="status">
                {move_tr!("evidence-upload-offline")}
            </p>
        </Shown>
    }
}
