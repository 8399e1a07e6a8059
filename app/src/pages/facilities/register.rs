use crate::i18n::{I18n, move_tr};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::facilities::RegisterFacility;
use crate::components::{ActionError, TextField, error_for, field_message};
use crate::i18n::page_title;

/// Public facility registration: the facility, the eligibility confirmation (≥ 150
/// procedures a year, approval by the head of department or director), the registrant's own
/// account and who holds the facility roles. The server checks every field; on an error the
/// form keeps what was typed and each message stands next to its field.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let action = ServerAction::<RegisterFacility>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    // Without JavaScript the server redirects here with `?done` after the post succeeded.
    let done_before = crate::api::done_in_address();
    let done = move || done_before || matches!(action.value().get(), Some(Ok(())));
    let confirmed_error = move || error_for(error, "approval_confirmed");
    view! {
        <Title text=page_title("register-page-title") />
        <section class="register form-page">
            <h1>{move_tr!("register-heading")}</h1>
            <Show
                when=move || !done()
                fallback=move || {
                    view! {
                        <div class="notice" role="status">
                            <h2>{move_tr!("register-done-heading")}</h2>
                            <p>{move_tr!("register-done-body")}</p>
                        </div>
                    }
                }
            >
                <p class="lead">{move_tr!("register-intro")}</p>
                <ActionError error=error summary_only=true />
                <ActionForm action>
                    <fieldset>
                        <legend>{move_tr!("register-section-facility")}</legend>
                        <TextField
                            label="register-facility-name"
                            name="form[facility_name]"
                            field="facility_name"
                            error
                            required=true
                            autocomplete="organization"
                        />
                        <TextField
                            label="register-institution"
                            name="form[institution]"
                            field="institution"
                            error
                            required=true
                        />
                        <TextField
                            label="register-department"
                            name="form[department]"
                            field="department"
                            error
                            required=true
                        />
                        <TextField
                            label="register-address"
                            name="form[address]"
                            field="address"
                            error
                            required=true
                            autocomplete="street-address"
                        />
                        <TextField
                            label="register-country"
                            name="form[country]"
                            field="country"
                            error
                            required=true
                            autocomplete="country-name"
                        />
                    </fieldset>
                    <fieldset>
                        <legend>{move_tr!("register-section-eligibility")}</legend>
                        <TextField
                            label="register-procedures"
                            name="form[procedures_per_year]"
                            field="procedures_per_year"
                            error
                            required=true
                            kind="number"
                            hint="register-procedures-hint"
                        />
                        <TextField
                            label="register-approver-name"
                            name="form[approver_name]"
                            field="approver_name"
                            error
                            required=true
                        />
                        <TextField
                            label="register-approver-email"
                            name="form[approver_email]"
                            field="approver_email"
                            error
                            required=true
                            kind="email"
                        />
                        <TextField
                            label="register-approval-date"
                            name="form[approval_date]"
                            field="approval_date"
                            error
                            required=true
                            kind="date"
                        />
                        <div
                            class="field checkbox"
                            class:field-invalid=move || confirmed_error().is_some()
                        >
                            <input
                                id="field-approval_confirmed"
                                type="checkbox"
                                name="form[approval_confirmed]"
                                value="on"
                                required=true
                                aria-describedby="field-approval_confirmed-error"
                            />
                            <label for="field-approval_confirmed">
                                {move_tr!("register-approval-confirmed")}
                            </label>
                            <p
                                class="field-error"
                                id="field-approval_confirmed-error"
                                hidden=move || confirmed_error().is_none()
                            >
                                {move || confirmed_error().map(|c| field_message(i18n, &c))}
                            </p>
                        </div>
                    </fieldset>
                    <fieldset>
                        <legend>{move_tr!("register-section-account")}</legend>
                        <p class="field-hint">{move_tr!("register-account-hint")}</p>
                        <TextField
                            label="register-your-name"
                            name="form[display_name]"
                            field="display_name"
                            error
                            required=true
                            autocomplete="name"
                        />
                        <TextField
                            label="register-your-email"
                            name="form[email]"
                            field="email"
                            error
                            required=true
                            kind="email"
                            autocomplete="email"
                        />
                        <TextField
                            label="register-password"
                            name="form[password]"
                            field="password"
                            error
                            required=true
                            kind="password"
                            autocomplete="new-password"
                            hint="register-password-hint"
                        />
                    </fieldset>
                    <fieldset>
                        <legend>{move_tr!("register-section-roles")}</legend>
                        <p class="field-hint">{move_tr!("register-roles-hint")}</p>
                        <TextField
                            label="register-ar-email"
                            name="form[ar_email]"
                            field="ar_email"
                            error
                            kind="email"
                        />
                        <TextField
                            label="register-contact-email"
                            name="form[contact_email]"
                            field="contact_email"
                            error
                            kind="email"
                        />
                        <TextField
                            label="register-substitute-email"
                            name="form[substitute_email]"
                            field="substitute_email"
                            error
                            kind="email"
                        />
                    </fieldset>
                    <button type="submit" class="primary" disabled=move || action.pending().get()>
                        {move_tr!("register-submit")}
                    </button>
                </ActionForm>
            </Show>
        </section>
    }
}
