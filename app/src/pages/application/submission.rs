//! The submission panel of the questionnaire: the receipt once submitted; before that, a
//! Submit button that only the Authorised Representative can use, enabled when the
//! application is ready and the AR has confirmed. The server checks role and readiness again.

use crate::components::{ActionError, Shown};
use crate::domain::ids::ApplicationId;
use crate::i18n::{I18n, move_tr, tr};
use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::api::applications::submit_application;
use crate::domain::billing::format_date;
use crate::domain::views::SubmissionView;

#[component]
pub fn SubmissionPanel(
    application_id: ApplicationId,
    is_representative: bool,
    ready: Signal<bool>,
    /// Answers still only on this device: submitting now would freeze without them.
    unsent: Signal<usize>,
    submission: RwSignal<Option<SubmissionView>>,
    /// Amendments were required: the AR submits again (the earlier receipt stays visible).
    resubmission: bool,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let confirmed = RwSignal::new(false);
    let submit = Action::new(move |_: &()| async move { submit_application(application_id).await });
    let resubmitted = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(Ok(receipt)) = submit.value().get() {
            submission.set(Some(receipt));
            resubmitted.set(true);
        }
    });
    let error = move || submit.value().get().and_then(Result::err);
    view! {
        <section class="submission" aria-labelledby="submission-heading">
            <h2 id="submission-heading">{move_tr!("submission-heading")}</h2>
            {move || match submission.get().filter(|_| !resubmission || resubmitted.get()) {
                Some(receipt) => {
                    EitherOf3::A(
                        view! {
                            <div class="receipt" role="status">
                                <p>{move_tr!("submission-read-only")}</p>
                                <p>
                                    {tr!(
                                        i18n, "submission-receipt", { "date" => format_date(receipt.submitted_at.date_naive(), i18n.language.get().id), "name" => receipt.submitted_by.clone() }
                                    )} " "
                                    <time datetime=receipt
                                        .submitted_at
                                        .to_rfc3339()>
                                        {crate::domain::billing::format_utc_clock(
                                            receipt.submitted_at,
                                        )}
                                    </time>
                                </p>
                                <p class="hash">
                                    {tr!(
                                        i18n, "submission-hash", { "hash" => receipt.content_hash.clone() }
                                    )}
                                </p>
                                <p>
                                    <a href=format!(
                                        "/applications/{application_id}/snapshot",
                                    )>{move_tr!("snapshot-open")}</a>
                                </p>
                            </div>
                        },
                    )
                }
                None if !is_representative => {
                    EitherOf3::B(
                        view! { <p class="muted">{move_tr!("submission-only-representative")}</p> },
                    )
                }
                None => {
                    EitherOf3::C(
                        view! {
                            <div>
                                <p class="muted" hidden=move || ready.get()>
                                    {move_tr!("submission-not-ready")}
                                </p>
                                <label class="checkbox">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || confirmed.get()
                                        on:change=move |ev| confirmed.set(event_target_checked(&ev))
                                        disabled=move || !ready.get()
                                    />
                                    {move_tr!("submission-confirm")}
                                </label>
                                <ActionError error=error />
                                <button
                                    type="button"
                                    class="primary"
                                    id="submit-application"
                                    disabled=move || {
                                        !ready.get() || !confirmed.get() || (unsent.get() > 0)
                                            || submit.pending().get()
                                    }
                                    on:click=move |_| {
                                        submit.dispatch(());
                                    }
                                >
                                    {move_tr!("submission-submit")}
                                </button>
                            </div>
                        },
                    )
                }
            }}
        </section>
    }
}

/// Where the assessment stands: the status, the assessment clock (for the AR and
/// administrators), and the decision with a link to its letter.
#[component]
pub fn AssessmentStatus(
    status: crate::domain::standards::ApplicationStatus,
    clock_days: Option<i64>,
    decision: Option<crate::domain::views::DecisionView>,
    application_id: ApplicationId,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let key = status.message_key();
    let shown = status != crate::domain::standards::ApplicationStatus::Draft;
    view! {
        <Shown when=move || shown>
            <section class="assessment-status">
                <p class="application-status" data-status=status.as_str()>
                    {move || i18n.tr(key)}
                </p>
                {clock_days
                    .map(|days| {
                        view! {
                            <p class="muted">
                                {move || tr!(i18n, "assessment-clock", { "days" => days })}
                            </p>
                        }
                    })}
                {decision
                    .clone()
                    .map(|d| {
                        let letter = d.letter_key();
                        view! {
                            <p class="decision-outcome" data-outcome=d.outcome.as_str()>
                                {move || i18n.tr(letter)}
                                " "
                                <a href=format!(
                                    "/applications/{application_id}/decision",
                                )>{move_tr!("decision-open-letter")}</a>
                            </p>
                        }
                    })}
            </section>
        </Shown>
    }
}

/// The answers as a file to circulate for sign-off: CSV or a spreadsheet, in the page's
/// language.
#[component]
pub fn AnswersExport(application_id: ApplicationId) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let href = move |extension: &str| {
        format!(
            "/applications/{application_id}/answers.{extension}?lang={}",
            i18n.language.get().id
        )
    };
    view! {
        <section class="answers-export">
            <h2>{move_tr!("export-heading")}</h2>
            <p class="muted">{move_tr!("export-explain")}</p>
            <ul>
                <li>
                    <a href=move || href("xlsx") download>
                        {move_tr!("export-xlsx")}
                    </a>
                </li>
                <li>
                    <a href=move || href("csv") download>
                        {move_tr!("export-csv")}
                    </a>
                </li>
            </ul>
        </section>
    }
}
