//! The application manual (`/manual`): table of contents, chapters with anchors, search in
//! the page; and a printable version (`/manual/print`) that the browser prints or saves as
//! PDF. The text comes from the server in the page's language (see `crate::texts`).

use crate::i18n::{I18n, move_tr, tr};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::texts::manual;
use crate::components::Loaded;
use crate::i18n::page_title;
use crate::manual::{Block, Chapter, search};

fn manual_resource() -> Resource<Result<Vec<Chapter>, crate::error::AppError>> {
    let i18n = expect_context::<I18n>();
    Resource::new(move || i18n.language.get().id.to_string(), manual)
}

#[component]
pub fn ManualPage() -> impl IntoView {
    let chapters = manual_resource();
    view! {
        <Title text=page_title("manual-page-title") />
        <div class="manual">
            <h1>{move_tr!("manual-heading")}</h1>
            <p class="lead">{move_tr!("manual-intro")}</p>
            <p>
                <a href="/manual/print" class="manual-print-link">
                    {move_tr!("manual-print")}
                </a>
            </p>
            <Loaded resource=chapters let:chapters>
                <ManualBody chapters />
            </Loaded>
        </div>
    }
}

#[component]
fn ManualBody(chapters: Vec<Chapter>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    // The search is a GET form (`?q=`), so it works as server HTML; once hydrated it
    // searches as people type.
    let query = RwSignal::new(
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("q").unwrap_or_default()),
    );
    let all = StoredValue::new(chapters.clone());
    let hits = Memo::new(move |_| query.with(|q| all.with_value(|c| search(c, q))));
    scroll_to_fragment();
    view! {
        <form
            class="manual-search"
            role="search"
            method="get"
            action=""
            on:submit=|ev| ev.prevent_default()
        >
            <label for="manual-search">{move_tr!("manual-search-label")}</label>
            <input
                id="manual-search"
                name="q"
                type="search"
                autocomplete="off"
                placeholder=move || i18n.tr("manual-search-placeholder")
                value=query.get_untracked()
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <button type="submit" class="apply-filters">
                {move_tr!("manual-search-submit")}
            </button>
            {move || {
                (!query.with(|q| q.trim().is_empty()))
                    .then(|| {
                        let found = hits.get();
                        view! {
                            <p class="manual-search-count" role="status">
                                {if found.is_empty() {
                                    i18n.tr("manual-search-none")
                                } else {
                                    tr!(i18n, "manual-search-count", { "count" => found.len() })
                                }}
                            </p>
                            <ol class="manual-results">
                                {found
                                    .into_iter()
                                    .map(|hit| {
                                        view! {
                                            <li>
                                                <a href=format!(
                                                    "#{}",
                                                    hit.anchor,
                                                )>
                                                    {hit.chapter_title}
                                                    {hit.heading.map(|h| format!(" — {h}"))}
                                                </a>
                                                <p class="muted">{hit.snippet}</p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        }
                    })
            }}
        </form>
        <nav class="manual-toc" id="manual-contents" aria-label=move || i18n.tr("manual-contents")>
            <h2>{move_tr!("manual-contents")}</h2>
            <ol>
                {chapters
                    .iter()
                    .map(|c| {
                        view! {
                            <li>
                                <a href=format!("#{}", c.id)>{c.title.clone()}</a>
                                <span class="muted">" — "{c.summary.clone()}</span>
                                {
                                    let headings: Vec<(String, String)> = c
                                        .headings()
                                        .map(|(a, t)| (a.to_owned(), t.to_owned()))
                                        .collect();
                                    (!headings.is_empty())
                                        .then(|| {
                                            view! {
                                                <ol>
                                                    {headings
                                                        .into_iter()
                                                        .map(|(a, t)| {
                                                            view! {
                                                                <li>
                                                                    <a href=format!("#{a}")>{t}</a>
                                                                </li>
                                                            }
                                                        })
                                                        .collect_view()}
                                                </ol>
                                            }
                                        })
                                }
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
        {chapters.into_iter().map(|c| view! { <ChapterView chapter=c /> }).collect_view()}
    }
}

#[component]
fn ChapterView(chapter: Chapter) -> impl IntoView {
    view! {
        <section class="manual-chapter" id=chapter.id.clone()>
            <h2>{chapter.title}</h2>
            <p class="lead">{chapter.summary}</p>
            {chapter
                .blocks
                .into_iter()
                .map(|block| match block {
                    Block::Heading { anchor, text } => {
                        view! { <h3 id=anchor>{text}</h3> }.into_any()
                    }
                    Block::Paragraph(text) => view! { <p>{text}</p> }.into_any(),
                    Block::List(items) => {
                        view! {
                            <ul>
                                {items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                })
                .collect_view()}
            <p class="manual-top">
                <a href="#manual-contents">{move_tr!("manual-back-to-top")}</a>
            </p>
        </section>
    }
}

/// Every chapter in one page for printing (the browser's "Save as PDF" makes the PDF).
#[component]
pub fn ManualPrintPage() -> impl IntoView {
    let chapters = manual_resource();
    view! {
        <Title text=page_title("manual-page-title") />
        <div class="manual manual-print">
            <p class="no-print">
                <a href="/manual">{move_tr!("manual-back")}</a>
                " "
                <button type="button" class="primary" data-print="" on:click=move |_| print()>
                    {move_tr!("manual-print-button")}
                </button>
            </p>
            <h1>{move_tr!("manual-heading")}</h1>
            <Loaded resource=chapters let:chapters>
                <ol class="manual-toc-print">
                    {chapters.iter().map(|c| view! { <li>{c.title.clone()}</li> }).collect_view()}
                </ol>
                {chapters.into_iter().map(|c| view! { <ChapterView chapter=c /> }).collect_view()}
            </Loaded>
        </div>
    }
}

/// Opens the browser's print dialogue (a listener, not an inline `onclick`: the page's
/// Content-Security-Policy allows no inline script).
pub(crate) fn print() {
    #[cfg(feature = "hydrate")]
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The chapters arrive after the route has changed, so a link from another page
/// (`/manual#section-2-3`) finds no element at first: scroll there once they are shown.
fn scroll_to_fragment() {
    #[cfg(feature = "hydrate")]
    request_animation_frame(|| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(hash) = document.location().and_then(|l| l.hash().ok()) else { return };
        let id = hash.trim_start_matches('#');
        if let Some(element) = (!id.is_empty()).then(|| document.get_element_by_id(id)).flatten() {
            element.scroll_into_view();
        }
    });
}
