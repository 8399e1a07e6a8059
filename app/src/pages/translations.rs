//! The translator page (`/translations`, role translator or administrator): coverage per
//! locale and file, then for one locale what needs work (missing, stale, unconfirmed) or
//! every message of one file, English and the translation side by side.

use crate::i18n::{I18n, move_tr, tr};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::texts::{TranslationRow, translation_overview, translation_rows};
use crate::components::Loaded;
use crate::i18n::page_title;
use crate::translation::KeyState;

#[component]
pub fn TranslationsPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let query = use_query_map();
    let selected = move || query.with(|q| (q.get("locale"), q.get("file")));
    let overview = Resource::new(|| (), |()| translation_overview());
    let rows = Resource::new(selected, |(locale, file)| async move {
        match locale {
            Some(locale) => {
                let only_open = file.is_none();
                translation_rows(locale.clone(), file.clone(), only_open)
                    .await
                    .map(|rows| Some((locale, file, rows)))
            }
            None => Ok(None),
        }
    });
    view! {
        <Title text=page_title("translate-page-title") />
        <h1>{move_tr!("translate-page-title")}</h1>
        <p class="lead">{move_tr!("translate-intro")}</p>
        <Loaded resource=overview let:o>
            <p class="notice translate-source">
                {match o.directory.clone() {
                    Some(dir) => tr!(i18n, "translate-source-directory", { "dir" => dir }),
                    None => i18n.tr("translate-source-embedded"),
                }}
            </p>
            <table class="data translate-coverage">
                <thead>
                    <tr>
                        <th scope="col">{move_tr!("translate-locale")}</th>
                        <th scope="col">{move_tr!("translate-file")}</th>
                        <th scope="col">{move_tr!("translate-progress")}</th>
                        <th scope="col">{move_tr!("translate-state-stale")}</th>
                        <th scope="col">{move_tr!("translate-state-unconfirmed")}</th>
                        <th scope="col">{move_tr!("translate-state-missing")}</th>
                    </tr>
                </thead>
                <tbody>
                    {o
                        .locales
                        .into_iter()
                        .flat_map(|l| {
                            let locale = l.locale.clone();
                            l.files
                                .into_iter()
                                .map(move |f| {
                                    let (locale_link, file_link) = (
                                        format!("/translations?locale={locale}"),
                                        format!("/translations?locale={locale}&file={}", f.file),
                                    );
                                    view! {
                                        <tr data-locale=locale.clone() data-file=f.file.clone()>
                                            <th scope="row">
                                                <a href=locale_link>{locale.clone()}</a>
                                            </th>
                                            <td>
                                                <a href=file_link>{f.file.clone()}</a>
                                            </td>
                                            <td>
                                                <meter min="0" max=f.total value=f.current></meter>
                                                " "
                                                {format!("{}/{}", f.current, f.total)}
                                            </td>
                                            <td class:attention={f.stale > 0}>{f.stale}</td>
                                            <td class:attention={f.unconfirmed > 0}>{f.unconfirmed}</td>
                                            <td class:attention={f.missing > 0}>{f.missing}</td>
                                        </tr>
                                    }
                                })
                        })
                        .collect_view()}
                </tbody>
            </table>
        </Loaded>
        <Loaded resource=rows let:value>
            {match value {
                Some((locale, file, rows)) => view! { <RowsView locale file rows /> }.into_any(),
                None => ().into_any(),
            }}
        </Loaded>
    }
}

#[component]
fn RowsView(locale: String, file: Option<String>, rows: Vec<TranslationRow>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let heading = match &file {
        Some(f) => {
            tr!(i18n, "translate-file-heading", { "locale" => locale.clone(), "file" => f.clone() })
        }
        None => tr!(i18n, "translate-open-heading", { "locale" => locale.clone() }),
    };
    let dir = if crate::i18n::is_rtl(&locale) { "rtl" } else { "ltr" };
    view! {
        <section class="translate-rows" data-locale=locale.clone()>
            <h2>{heading}</h2>
            {if rows.is_empty() {
                view! { <p class="notice">{move_tr!("translate-nothing-open")}</p> }.into_any()
            } else {
                view! {
                    <p class="muted">
                        {move_tr!("translate-confirm-hint")}" "
                        <code>{format!("server check-locales --confirm {locale} <id>")}</code>
                    </p>
                    <table class="data translate-side-by-side">
                        <thead>
                            <tr>
                                <th scope="col">{move_tr!("translate-id")}</th>
                                <th scope="col">{move_tr!("translate-english")}</th>
                                <th scope="col">{move_tr!("translate-target")}</th>
                                <th scope="col">{move_tr!("translate-state")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|r| {
                                    let state_key = r.state.message_key();
                                    view! {
                                        <tr data-id=r.id.clone() data-state=state_code(r.state)>
                                            <td>
                                                <code>{r.id.clone()}</code>
                                                <br />
                                                <span class="muted">{r.file.clone()}</span>
                                            </td>
                                            <td lang="en" dir="ltr" class="translate-text">
                                                {r.english.clone()}
                                            </td>
                                            <td lang=locale.clone() dir=dir class="translate-text">
                                                {r.target.clone().unwrap_or_default()}
                                            </td>
                                            <td>
                                                <span
                                                    class="badge"
                                                    class:badge-pending=r.state != KeyState::Current
                                                >
                                                    {move || i18n.tr(state_key)}
                                                </span>
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                }
                    .into_any()
            }}
        </section>
    }
}

fn state_code(state: KeyState) -> &'static str {
    match state {
        KeyState::Current => "current",
        KeyState::Missing => "missing",
        KeyState::Stale => "stale",
        KeyState::Unconfirmed => "unconfirmed",
    }
}
