use crate::i18n::{I18n, move_tr, tr};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::billing::get_invoice;
use crate::components::Loaded;
use crate::domain::billing::InvoiceKind;
use crate::domain::billing::view::InvoiceDocument;
use crate::i18n::page_title;

/// An invoice as a printable document (the browser's print turns it into paper or PDF; the
/// PDF link gives a file made on the server).
#[component]
pub fn InvoicePage() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let invoice_id = crate::pages::route_params::use_id();
    let document =
        Resource::new(move || (invoice_id(), i18n.language.get().id), |(id, _)| get_invoice(id));
    view! {
        <Title text=page_title("invoice-page-title") />
        <Loaded resource=document let:d>
            <Document d />
        </Loaded>
    }
}

#[component]
fn Document(d: InvoiceDocument) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let s = d.summary.clone();
    let heading_number = s.number.clone();
    let is_credit = s.kind == InvoiceKind::CreditNote;
    let status_key = s.status.message_key();
    let kind_key = s.kind.message_key();
    // Numbers and references inside a right-to-left sentence are isolated so the bidi
    // algorithm keeps "2026-0001" and "AIO-2026-0001." in their own order.
    let iso = move |text: String| {
        if crate::i18n::is_rtl(i18n.language.get().id) {
            format!("\u{2068}{text}\u{2069}")
        } else {
            text
        }
    };
    let pdf = format!("/invoices/{}/pdf?lang={}", s.id, i18n.language.get_untracked().id);
    view! {
        <article class="invoice-document" data-status=s.status.as_str()>
            <div class="invoice-actions no-print">
                <a href=format!("/facilities/{}", s.facility_id)>{move_tr!("invoice-back")}</a>
                <button type="button" on:click=move |_| crate::pages::manual::print()>
                    {move_tr!("invoice-print")}
                </button>
                <a href=pdf download>
                    {move_tr!("invoice-pdf")}
                </a>
            </div>
            <header class="invoice-head">
                <div class="invoice-issuer">
                    <strong>{d.issuer.name.clone()}</strong>
                    {d
                        .issuer
                        .address
                        .iter()
                        .map(|l| {
                            view! {
                                <br />
                                {l.clone()}
                            }
                        })
                        .collect_view()}
                    <br />
                    {d.issuer.email.clone()}
                    <br />
                    {move || tr!(i18n, "invoice-vat-id", { "id" => iso(d.issuer.vat_id.clone()) })}
                </div>
                <div class="invoice-title">
                    <h1>
                        {move || {
                            if is_credit {
                                tr!(
                                    i18n, "invoice-credit-note-heading", { "number" => iso(heading_number.clone()) }
                                )
                            } else {
                                tr!(
                                    i18n, "invoice-heading", { "number" => iso(heading_number.clone()) }
                                )
                            }
                        }}
                    </h1>
                    <p>
                        <span class="badge" data-status=s.status.as_str()>
                            {move || i18n.tr(status_key)}
                        </span>
                        " "
                        {move || i18n.tr(kind_key)}
                    </p>
                </div>
            </header>
            <section class="invoice-parties">
                <div>
                    <h2>{move_tr!("invoice-recipient")}</h2>
                    <p class="address">
                        <strong>{d.recipient.facility.clone()}</strong>
                        <br />
                        {d.recipient.institution.clone()}
                        <br />
                        {d.recipient.department.clone()}
                        <br />
                        {d.recipient.address.clone()}
                        <br />
                        {d.recipient.country.clone()}
                    </p>
                </div>
                <dl class="facts">
                    <dt>{move_tr!("invoice-issued-on")}</dt>
                    <dd>{s.issued_on.clone()}</dd>
                    <dt>{move_tr!("invoice-due-on")}</dt>
                    <dd>{s.due_on.clone()}</dd>
                    <dt>{move_tr!("invoice-payment-reference")}</dt>
                    <dd>
                        <code>{d.payment_reference.clone()}</code>
                    </dd>
                </dl>
            </section>
            {d
                .credits
                .clone()
                .map(|(id, number)| {
                    view! {
                        <p class="notice">
                            {move || {
                                tr!(i18n, "invoice-credits", { "number" => iso(number.clone()) })
                            }}" "<a href=format!("/invoices/{id}")>{move_tr!("invoice-view")}</a>
                        </p>
                    }
                })}
            {d
                .void_reason
                .clone()
                .map(|reason| {
                    view! {
                        <p class="notice void">
                            {move || {
                                tr!(i18n, "invoice-void-reason", { "reason" => reason.clone() })
                            }}
                        </p>
                    }
                })}
            <table class="data invoice-lines">
                <thead>
                    <tr>
                        <th scope="col">{move_tr!("invoice-description")}</th>
                        <th scope="col" class="amount">
                            {move_tr!("invoice-amount")}
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {d
                        .lines
                        .iter()
                        .map(|(text, amount)| {
                            view! {
                                <tr>
                                    <td>{text.clone()}</td>
                                    <td class="amount">{amount.clone()}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{move_tr!("invoice-net")}</th>
                        <td class="amount">{d.net.clone()}</td>
                    </tr>
                    <tr>
                        <th scope="row">
                            {move || tr!(i18n, "invoice-vat", { "rate" => d.vat_rate.clone() })}
                        </th>
                        <td class="amount">{d.vat.clone()}</td>
                    </tr>
                    <tr class="grand-total">
                        <th scope="row">{move_tr!("invoice-total")}</th>
                        <td class="amount invoice-total">{d.total.clone()}</td>
                    </tr>
                </tfoot>
            </table>
            {(!is_credit)
                .then(|| {
                    view! {
                        <section class="invoice-payment">
                            <h2>{move_tr!("invoice-how-to-pay")}</h2>
                            <p>
                                {move || {
                                    tr!(
                                        i18n, "invoice-pay-by", { "due" => iso(s.due_on.clone()), "reference" => iso(d.payment_reference.clone()) }
                                    )
                                }}
                            </p>
                            <p>
                                "IBAN " <code>{d.issuer.iban.clone()}</code>" · BIC "
                                <code>{d.issuer.bic.clone()}</code>
                            </p>
                            {(!d.payments.is_empty())
                                .then(|| {
                                    view! {
                                        <h2>{move_tr!("invoice-payments")}</h2>
                                        <ul class="payments">
                                            {d
                                                .payments
                                                .iter()
                                                .map(|p| {
                                                    view! {
                                                        <li>
                                                            {format!(
                                                                "{} · {} · {}",
                                                                p.paid_on,
                                                                p.amount,
                                                                p.reference,
                                                            )}
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                })}
                            <p class="invoice-open">
                                {move || {
                                    tr!(
                                        i18n, "invoice-open-amount", { "amount" => iso(s.open.clone()) }
                                    )
                                }}
                            </p>
                        </section>
                    }
                })}
        </article>
    }
}
