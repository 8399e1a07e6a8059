//! The re-certification panel of the questionnaire: which cycle this is, how many carried
//! answers still need confirming, a link to the side-by-side comparison with the previous
//! cycle, and the Centre of Excellence choice with the extended gap.

use crate::domain::ids::ApplicationId;
use crate::i18n::{I18n, move_tr, tr};
use leptos::either::Either;
use leptos::prelude::*;

use super::Carried;
use crate::api::applications::request_excellence;
use crate::components::ActionError;
use crate::domain::standards::ReadinessReport;

#[component]
pub fn RecertificationPanel(
    application_id: ApplicationId,
    cycle: i32,
    carried: Carried,
    report: Memo<ReadinessReport>,
    is_representative: bool,
    /// Still a draft: the choice can change.
    draft: bool,
    excellence_requested: bool,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let requested = RwSignal::new(excellence_requested);
    let choose = Action::new(move |wanted: &bool| {
        let wanted = *wanted;
        async move { request_excellence(application_id, wanted).await.map(|()| wanted) }
    });
    Effect::new(move |_| {
        if let Some(Ok(wanted)) = choose.value().get() {
            requested.set(wanted);
        }
    });
    let error = move || choose.value().get().and_then(Result::err);
    view! {
        <section class="recertification" aria-labelledby="recertification-heading">
            <h2 id="recertification-heading">
                {move || tr!(i18n, "recert-heading", { "cycle" => cycle })}
            </h2>
            <p
                class="carried-count"
                data-count=move || carried.with(std::collections::BTreeSet::len)
            >
                {move || {
                    let count = carried.with(std::collections::BTreeSet::len);
                    if count == 0 {
                        i18n.tr("recert-all-confirmed")
                    } else {
                        tr!(i18n, "recert-carried-count", { "count" => count })
                    }
                }}
            </p>
            <p>
                <a href=format!(
                    "/applications/{application_id}/changes",
                )>{move_tr!("recert-compare-link")}</a>
            </p>
            <div class="excellence">
                <h3>{move_tr!("excellence-heading")}</h3>
                <p class="excellence-gap" data-gap=move || report.with(|r| r.extended_gap)>
                    {move || {
                        report
                            .with(|r| {
                                if r.extended_gap == 0 {
                                    i18n.tr("excellence-gap-none")
                                } else {
                                    tr!(i18n, "excellence-gap", { "count" => r.extended_gap })
                                }
                            })
                    }}
                </p>
                {if is_representative && draft {
                    Either::Left(
                        view! {
                            <label class="excellence-choice">
                                <input
                                    type="checkbox"
                                    prop:checked=move || requested.get()
                                    disabled=move || choose.pending().get()
                                    on:change=move |ev| {
                                        choose.dispatch(event_target_checked(&ev));
                                    }
                                />
                                " "
                                {move_tr!("excellence-apply")}
                            </label>
                        },
                    )
                } else {
                    Either::Right(
                        view! {
                            <p class="excellence-status">
                                {move || {
                                    if requested.get() {
                                        i18n.tr("excellence-requested")
                                    } else {
                                        i18n.tr("excellence-not-requested")
                                    }
                                }}
                            </p>
                        },
                    )
                }}
                <p class="muted">{move_tr!("excellence-rule")}</p>
                <ActionError error=error />
            </div>
        </section>
    }
}
