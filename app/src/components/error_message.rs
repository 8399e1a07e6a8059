use crate::i18n::{I18n, tr};
use leptos::prelude::*;

use super::form_field::field_message;
use crate::error::AppError;

/// Explains an [`AppError`] in the user's language, with field messages for validation
/// errors and the support reference for internal ones.
#[component]
pub fn ErrorMessage(
    #[prop(into)] error: Signal<AppError>,
    /// The form shows each field's message next to the field; list none here.
    #[prop(optional)]
    summary_only: bool,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let summary = move || match error.get() {
        AppError::Internal { reference: Some(reference) } => {
            tr!(i18n, "error-internal", { "reference" => reference })
        }
        other => i18n.tr(other.message_key()),
    };
    let fields = move || match error.get() {
        AppError::Validation(fields) if !summary_only => fields,
        _ => Vec::new(),
    };
    view! {
        <div class="error-message" role="alert">
            <p>{summary}</p>
            {move || {
                matches!(error.get(), AppError::Unauthorized)
                    .then(|| {
                        view! {
                            <p>
                                <a href="/sign-in">{move || i18n.tr("nav-sign-in")}</a>
                            </p>
                        }
                    })
            }}
            <ul>
                {move || {
                    fields()
                        .into_iter()
                        .map(|f| {
                            view! {
                                <li data-field=f.field.clone()>{field_message(i18n, &f.code)}</li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

/// An action's last error, explained as [`ErrorMessage`] does; nothing while there is none
/// (before the first run, while it runs again, after a success). Every form's error line.
#[component]
pub fn ActionError(
    /// The error of the action's last run, e.g. `move || action.value().get().and_then(Result::err)`.
    #[prop(into)]
    error: Signal<Option<AppError>>,
    /// The form shows each field's message next to the field; list none here.
    #[prop(optional)]
    summary_only: bool,
) -> impl IntoView {
    move || error.get().map(|error| view! { <ErrorMessage error summary_only /> })
}
