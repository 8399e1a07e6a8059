use crate::i18n::I18n;
use leptos::prelude::*;

use crate::domain::facilities::FacilityStatus;

/// The seal of a stage of the pathway (Enrolled Centre, Accredited Centre, Centre of
/// Excellence) as an inline SVG badge; nothing for earlier statuses. The name inside is the
/// translated one, and the badge is announced as an image with that name.
#[component]
pub fn Seal(status: FacilityStatus) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let (colour, key) = match status {
        FacilityStatus::Enrolled => ("#1f6f8b", "seal-enrolled"),
        FacilityStatus::Accredited => ("#2f6b2f", "seal-accredited"),
        FacilityStatus::CentreOfExcellence => ("#7a4b00", "seal-excellence"),
        _ => return None,
    };
    let label = move || i18n.tr(key);
    Some(view! {
        <svg
            class="seal"
            data-seal=status.as_str()
            role="img"
            aria-label=label
            viewBox="0 0 120 120"
            width="120"
            height="120"
            xmlns="http://www.w3.org/2000/svg"
        >
            <circle cx="60" cy="60" r="56" fill=colour />
            <circle
                cx="60"
                cy="60"
                r="48"
                fill="none"
                stroke="#ffffff"
                stroke-width="2"
                stroke-dasharray="4 3"
            />
            <path
                d="M60 22 l6 12 13 2 -9.5 9 2.5 13 -12 -6.5 -12 6.5 2.5 -13 -9.5 -9 13 -2z"
                fill="#f4b942"
            />
            <text
                x="60"
                y="80"
                text-anchor="middle"
                font-size="11"
                font-weight="700"
                fill="#ffffff"
                font-family="system-ui, sans-serif"
            >
                {label}
            </text>
            <text
                x="60"
                y="96"
                text-anchor="middle"
                font-size="9"
                fill="#ffffff"
                font-family="system-ui, sans-serif"
            >
                "Accredit-IO"
            </text>
        </svg>
    })
}

/// Where the facility stands on the three stages of the pathway.
#[component]
pub fn PathwayPosition(status: FacilityStatus) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let reached = |stage: u8| match status {
        FacilityStatus::Enrolled => stage <= 1,
        FacilityStatus::Accredited | FacilityStatus::Expired => stage <= 2,
        FacilityStatus::CentreOfExcellence => stage <= 3,
        _ => false,
    };
    let stages = [
        (1_u8, "home-stage-enrolled-title"),
        (2, "home-stage-accredited-title"),
        (3, "home-stage-excellence-title"),
    ];
    view! {
        <ol class="pathway-position" aria-label=move || i18n.tr("facility-pathway-label")>
            {stages
                .into_iter()
                .map(|(stage, key)| {
                    let done = reached(stage);
                    view! {
                        <li
                            class:reached=done
                            aria-current=(done && !reached(stage + 1)).then_some("step")
                        >
                            <span class="pathway-step">{stage}</span>
                            {move || i18n.tr(key)}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
