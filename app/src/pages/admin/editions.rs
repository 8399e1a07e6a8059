use crate::i18n::{I18n, move_tr, tr};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::editions::{ImportEdition, ImportReport, list_editions};
use crate::components::{ErrorMessage, Loaded, successes};
use crate::i18n::page_title;

/// Standards editions: the stored ones, and importing a new edition file (pasted TOML,
/// docs/standards-edition.md). Problems are listed with item and field; nothing is stored
/// until the file is clean.
#[component]
pub fn EditionsPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let import = ServerAction::<ImportEdition>::new();
    let imported = successes(import.value());
    let editions =
        Resource::new(move || (imported.get(), i18n.language.get().id), |_| list_editions());
    view! {
        <Title text=page_title("editions-page-title") />
        <section class="admin editions">
            <h1>{move_tr!("editions-heading")}</h1>
            <Loaded resource=editions let:rows>
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">{move_tr!("editions-title")}</th>
                            <th scope="col">{move_tr!("editions-id")}</th>
                            <th scope="col">{move_tr!("editions-published")}</th>
                            <th scope="col">{move_tr!("editions-items")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|e| {
                                let (title, items, core) = (e.title.clone(), e.items, e.core_items);
                                view! {
                                    <tr data-edition=e.id.clone()>
                                        <td>
                                            {title}
                                            {e
                                                .demonstration
                                                .then(|| {
                                                    view! {
                                                        " "
                                                        <span class="badge badge-pending">
                                                            {move_tr!("editions-demonstration")}
                                                        </span>
                                                    }
                                                })}
                                        </td>
                                        <td>
                                            <code>{e.id.clone()}</code>
                                        </td>
                                        <td>{e.published.clone()}</td>
                                        <td>
                                            {move || {
                                                tr!(
                                                    i18n, "editions-item-count", { "items" => items, "core" => core }
                                                )
                                            }}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </Loaded>
            <h2>{move_tr!("editions-import-heading")}</h2>
            <p>{move_tr!("editions-import-intro")}</p>
            {move || {
                import
                    .value()
                    .get()
                    .map(|outcome| match outcome {
                        Ok(ImportReport::Added { id, items }) => {
                            view! {
                                <div class="notice" role="status">
                                    <p>
                                        {move || {
                                            tr!(
                                                i18n, "editions-imported", { "id" => id.clone(), "items" => items }
                                            )
                                        }}
                                    </p>
                                </div>
                            }
                                .into_any()
                        }
                        Ok(ImportReport::Unchanged { id }) => {
                            view! {
                                <div class="notice" role="status">
                                    <p>
                                        {move || {
                                            tr!(i18n, "editions-unchanged", { "id" => id.clone() })
                                        }}
                                    </p>
                                </div>
                            }
                                .into_any()
                        }
                        Ok(ImportReport::Conflict { id }) => {
                            view! {
                                <div class="error-message" role="alert">
                                    <p>
                                        {move || {
                                            tr!(i18n, "editions-conflict", { "id" => id.clone() })
                                        }}
                                    </p>
                                </div>
                            }
                                .into_any()
                        }
                        Ok(ImportReport::Syntax { message }) => {
                            view! {
                                <div class="error-message" role="alert">
                                    <p>{move_tr!("editions-syntax")}</p>
                                    <pre>{message}</pre>
                                </div>
                            }
                                .into_any()
                        }
                        Ok(ImportReport::Problems { problems }) => {
                            let count = problems.len();
                            view! {
                                <div class="error-message" role="alert">
                                    <p>
                                        {move || {
                                            tr!(i18n, "editions-problems", { "count" => count })
                                        }}
                                    </p>
                                    <ul class="edition-problems">
                                        {problems
                                            .into_iter()
                                            .map(|p| {
                                                view! {
                                                    <li>
                                                        <code>{p}</code>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                </div>
                            }
                                .into_any()
                        }
                        Err(e) => view! { <ErrorMessage error=e /> }.into_any(),
                    })
            }}
            <ActionForm action=import attr:class="stacked-form">
                <label for="edition-text">{move_tr!("editions-file")}</label>
                <textarea
                    id="edition-text"
                    name="text"
                    rows="14"
                    required
                    spellcheck="false"
                ></textarea>
                <button type="submit" class="primary" disabled=move || import.pending().get()>
                    {move_tr!("editions-import")}
                </button>
            </ActionForm>
        </section>
    }
}
