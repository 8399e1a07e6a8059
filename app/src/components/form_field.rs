use crate::i18n::I18n;
use leptos::prelude::*;

use crate::error::AppError;

/// The translated text of a field error code or hint. Messages that mention limits get them
/// as variables (a message without the variable simply ignores it); without them Fluent
/// would fail the whole message.
pub fn field_message(i18n: I18n, code: &str) -> String {
    use fluent_bundle::FluentValue;
    use std::borrow::Cow;
    let mut args = std::collections::HashMap::new();
    args.insert(
        Cow::Borrowed("min"),
        FluentValue::from(crate::domain::accounts::MIN_PASSWORD_CHARS.to_string()),
    );
    args.insert(
        Cow::Borrowed("max"),
        FluentValue::from(crate::domain::accounts::MAX_PASSWORD_CHARS.to_string()),
    );
    args.insert(
        Cow::Borrowed("minimum"),
        FluentValue::from(crate::domain::facilities::MIN_PROCEDURES_PER_YEAR.to_string()),
    );
    i18n.tr_with_args(code, &args)
}

/// The error code for `field` in the latest answer of a form, if any.
pub fn error_for(error: Signal<Option<AppError>>, field: &'static str) -> Option<String> {
    match error.get() {
        Some(AppError::Validation(fields)) => {
            fields.into_iter().find(|f| f.field == field).map(|f| f.code)
        }
        _ => None,
    }
}

/// A labelled input with its own error message underneath, linked for screen readers
/// (`aria-invalid`, `aria-describedby`). `name` is the form name (`form[email]`); `field` is
/// the name the server uses in its validation errors.
#[component]
pub fn TextField(
    /// Fluent id of the label.
    label: &'static str,
    name: &'static str,
    field: &'static str,
    error: Signal<Option<AppError>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] required: bool,
    /// Fluent id of a hint shown under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    #[prop(optional, into)] value: Option<String>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let id = format!("field-{field}");
    let message_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let code = move || error_for(error, field);
    let described = {
        let (message_id, hint_id) = (message_id.clone(), hint_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if code().is_some() {
                ids.push(message_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=move || code().is_some()>
            <label for=id.clone()>{move || i18n.tr(label)}</label>
            {hint
                .map(|key| {
                    view! {
                        <p class="field-hint" id=hint_id.clone()>
                            {move || field_message(i18n, key)}
                        </p>
                    }
                })}
            <input
                id=id.clone()
                type=kind
                name=name
                autocomplete=autocomplete
                required=required
                value=value
                aria-invalid=move || code().map(|_| "true")
                aria-describedby=described
            />
            <p class="field-error" id=message_id.clone() hidden=move || code().is_none()>
                {move || code().map(|c| field_message(i18n, &c))}
            </p>
        </div>
    }
}
