use crate::i18n::{I18n, move_tr, tr};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::billing::{RecordPayment, VoidInvoice, admin_invoices};
use crate::components::{ActionError, Loaded, field_message, successes};
use crate::domain::billing::InvoiceStatus;
use crate::domain::billing::view::InvoiceSummary;
use crate::error::AppError;
use crate::i18n::page_title;

/// The administrator's invoices: filters (status, year, facility) as a plain GET form, totals
/// per status, and per open invoice forms to record a payment or void it with a credit note.
#[component]
pub fn AdminInvoicesPage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let query = use_query_map();
    let filter = move |name: &str| query.get().get(name).unwrap_or_default();
    let pay = ServerAction::<RecordPayment>::new();
    let void = ServerAction::<VoidInvoice>::new();
    let (paid, voided) = (successes(pay.value()), successes(void.value()));
    let list = Resource::new(
        move || {
            (
                filter("status"),
                filter("year"),
                filter("facility"),
                paid.get(),
                voided.get(),
                i18n.language.get().id,
            )
        },
        |(status, year, facility, ..)| admin_invoices(status, year, facility),
    );
    let error = Signal::derive(move || {
        pay.value().get().and_then(Result::err).or_else(|| void.value().get().and_then(Result::err))
    });
    // The invoice whose form was sent last: its row shows the field errors (the list is
    // fetched again after every answer, so the forms are new elements by then).
    let last_row = RwSignal::new(None::<i64>);
    Effect::new(move |_| {
        if let Some(input) = pay.input().get() {
            last_row.set(Some(input.invoice_id));
        }
    });
    Effect::new(move |_| {
        if let Some(input) = void.input().get() {
            last_row.set(Some(input.invoice_id));
        }
    });
    view! {
        <Title text=page_title("admin-invoices-page-title") />
        <section class="admin admin-invoices">
            <h1>{move_tr!("admin-invoices-heading")}</h1>
            {move || {
                void.value()
                    .get()
                    .and_then(Result::ok)
                    .map(|number| {
                        view! {
                            <div class="notice" role="status">
                                <p>
                                    {move || {
                                        tr!(
                                            i18n, "admin-invoice-voided", { "number" => number.clone() }
                                        )
                                    }}
                                </p>
                            </div>
                        }
                    })
            }}
            {move || {
                pay.value()
                    .get()
                    .and_then(Result::ok)
                    .map(|enrolled| {
                        view! {
                            <div class="notice" role="status">
                                <p>
                                    {move || {
                                        if enrolled {
                                            i18n.tr("admin-payment-recorded-enrolled")
                                        } else {
                                            i18n.tr("admin-payment-recorded")
                                        }
                                    }}
                                </p>
                            </div>
                        }
                    })
            }}
            <ActionError error=error />
            <Loaded resource=list let:data>
                {
                    let (status, year, facility) = (
                        filter("status"),
                        filter("year"),
                        filter("facility"),
                    );
                    let today = data.today.clone();
                    view! {
                        <form method="get" action="/admin/invoices" class="filters">
                            <label>
                                {move_tr!("invoice-status")} <select name="status">
                                    <option value="">{move_tr!("admin-filter-all")}</option>
                                    {InvoiceStatus::ALL
                                        .into_iter()
                                        .map(|s| {
                                            let key = s.message_key();
                                            view! {
                                                <option value=s.as_str() selected=status == s.as_str()>
                                                    {move || i18n.tr(key)}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </label>
                            <label>
                                {move_tr!("admin-filter-year")} <select name="year">
                                    <option value="">{move_tr!("admin-filter-all")}</option>
                                    {data
                                        .years
                                        .iter()
                                        .map(|y| {
                                            view! {
                                                <option value=y.to_string() selected=year == y.to_string()>
                                                    {y.to_string()}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </label>
                            <label>
                                {move_tr!("admin-facility")} <select name="facility">
                                    <option value="">{move_tr!("admin-filter-all")}</option>
                                    {data
                                        .facilities
                                        .iter()
                                        .map(|(id, name)| {
                                            view! {
                                                <option
                                                    value=id.to_string()
                                                    selected=facility == id.to_string()
                                                >
                                                    {name.clone()}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </label>
                            <button type="submit">{move_tr!("admin-filter-apply")}</button>
                        </form>
                        <ul class="totals">
                            {data
                                .totals
                                .iter()
                                .map(|t| {
                                    let key = t.status.message_key();
                                    let (count, total) = (t.count, t.total.clone());
                                    view! {
                                        <li data-status=t.status.as_str()>
                                            <span class="badge">{move || i18n.tr(key)}</span>
                                            " "
                                            {move || {
                                                tr!(
                                                    i18n, "admin-invoices-total", { "count" => count, "total" => total.clone() }
                                                )
                                            }}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        {if data.rows.is_empty() {
                            view! { <p>{move_tr!("invoices-none")}</p> }.into_any()
                        } else {
                            view! {
                                <table class="data">
                                    <thead>
                                        <tr>
                                            <th scope="col">{move_tr!("invoice-number")}</th>
                                            <th scope="col">{move_tr!("admin-facility")}</th>
                                            <th scope="col">{move_tr!("invoice-due-on")}</th>
                                            <th scope="col" class="amount">
                                                {move_tr!("invoice-total")}
                                            </th>
                                            <th scope="col" class="amount">
                                                {move_tr!("invoice-open")}
                                            </th>
                                            <th scope="col">{move_tr!("invoice-status")}</th>
                                            <th scope="col">{move_tr!("facility-member-actions")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {data
                                            .rows
                                            .into_iter()
                                            .map(|r| {
                                                view! {
                                                    <Row r pay void today=today.clone() error last_row />
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            }
                                .into_any()
                        }}
                    }
                        .into_any()
                }
            </Loaded>
        </section>
    }
}

#[component]
fn Row(
    r: InvoiceSummary,
    pay: ServerAction<RecordPayment>,
    void: ServerAction<VoidInvoice>,
    today: String,
    error: Signal<Option<AppError>>,
    last_row: RwSignal<Option<i64>>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let status_key = r.status.message_key();
    let payable = matches!(r.status, InvoiceStatus::Open | InvoiceStatus::Overdue);
    let id = r.id.to_string();
    let number = r.number.clone();
    let this_row = {
        let id = r.id;
        move || last_row.get() == Some(id)
    };
    let row_error = move |field: &'static str| {
        this_row()
            .then(|| crate::components::error_for(error, field))
            .flatten()
            .map(|c| field_message(i18n, &c))
    };
    view! {
        <tr data-invoice=r.number.clone()>
            <td>
                <a href=format!("/invoices/{}", r.id)>{r.number.clone()}</a>
            </td>
            <td>{r.facility_name.clone()}</td>
            <td>{r.due_on.clone()}</td>
            <td class="amount">{r.total.clone()}</td>
            <td class="amount">{r.open.clone()}</td>
            <td>
                <span class="badge" data-status=r.status.as_str()>
                    {move || i18n.tr(status_key)}
                </span>
            </td>
            <td>
                {payable
                    .then(|| {
                        let (id2, n2) = (id.clone(), number.clone());
                        view! {
                            <details
                                class="row-actions"
                                open=move || {
                                    this_row()
                                        && matches!(error.get(), Some(AppError::Validation(_)))
                                }
                            >
                                <summary>
                                    {move || {
                                        tr!(
                                            i18n, "admin-record-payment-for", { "number" => number.clone() }
                                        )
                                    }}
                                </summary>
                                <ActionForm action=pay attr:class="stacked-form">
                                    <input type="hidden" name="invoice_id" value=id.clone() />
                                    <label>
                                        {move_tr!("payment-amount")}
                                        <input name="amount" inputmode="decimal" required />
                                    </label>
                                    <p class="field-error">{move || row_error("amount")}</p>
                                    <label>
                                        {move_tr!("payment-date")}
                                        <input
                                            name="paid_on"
                                            type="date"
                                            value=today.clone()
                                            required
                                        />
                                    </label>
                                    <p class="field-error">{move || row_error("paid_on")}</p>
                                    <label>
                                        {move_tr!("payment-reference")}
                                        <input name="reference" required />
                                    </label>
                                    <p class="field-error">{move || row_error("reference")}</p>
                                    <button type="submit" class="primary">
                                        {move_tr!("admin-record-payment")}
                                    </button>
                                </ActionForm>
                                <ActionForm action=void attr:class="stacked-form">
                                    <input type="hidden" name="invoice_id" value=id2 />
                                    <label>
                                        {move_tr!("admin-void-reason")}
                                        <input name="reason" required />
                                    </label>
                                    <p class="field-error">{move || row_error("reason")}</p>
                                    <button type="submit">
                                        {move || {
                                            tr!(i18n, "admin-void-invoice", { "number" => n2.clone() })
                                        }}
                                    </button>
                                </ActionForm>
                            </details>
                        }
                    })}
            </td>
        </tr>
    }
}
