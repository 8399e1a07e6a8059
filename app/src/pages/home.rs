use crate::i18n::{I18n, move_tr};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::page_title;

/// The three stages of the pathway, in order; each id names its Fluent messages
/// (`home-stage-<id>-title`, `home-stage-<id>-body`) and its CSS accent.
const STAGES: [(&str, &str, &str); 3] = [
    ("enrolled", "home-stage-enrolled-title", "home-stage-enrolled-body"),
    ("accredited", "home-stage-accredited-title", "home-stage-accredited-body"),
    ("excellence", "home-stage-excellence-title", "home-stage-excellence-body"),
];

const HOW_IT_WORKS: [&str; 4] =
    ["home-how-any-order", "home-how-offline", "home-how-summary", "home-how-assessors"];

/// Public landing page: what the programme is and how a service moves through it.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <Title text=page_title("home-page-title") />
        <section class="hero">
            <h1>{move_tr!("home-title")}</h1>
            <p class="lead">{move_tr!("home-intro")}</p>
        </section>
        <section class="pathway" aria-labelledby="pathway-heading">
            <h2 id="pathway-heading">{move_tr!("home-pathway-heading")}</h2>
            <ol class="stages">
                {STAGES
                    .iter()
                    .enumerate()
                    .map(|(index, (id, title, body))| {
                        let number = index + 1;
                        view! {
                            <li class=format!("stage stage-{id}") data-stage=*id>
                                <span class="stage-number">
                                    {move || {
                                        crate::tr!(i18n, "home-stage-step", { "number" => number })
                                    }}
                                </span>
                                <h3>{move || i18n.tr(title)}</h3>
                                <p>{move || i18n.tr(body)}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
        <section class="how" aria-labelledby="how-heading">
            <h2 id="how-heading">{move_tr!("home-how-heading")}</h2>
            <ul>
                {HOW_IT_WORKS
                    .iter()
                    .map(|key| view! { <li>{move || i18n.tr(key)}</li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
