use crate::domain::ids::FacilityId;
use crate::i18n::{I18n, move_tr};
use leptos::prelude::*;

use crate::api::billing::facility_invoices;
use crate::components::Loaded;

/// A facility's invoices with their status, each linking to its document.
#[component]
pub fn FacilityInvoices(facility_id: FacilityId) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    // Amounts and dates are written by the server for the page's language: fetch again when
    // the reader switches language.
    let invoices = Resource::new(
        move || (facility_id, i18n.language.get().id),
        |(id, _)| facility_invoices(id),
    );
    view! {
        <h2>{move_tr!("invoices-heading")}</h2>
        <Loaded resource=invoices let:value>
            {match value {
                rows if rows.is_empty() => view! { <p>{move_tr!("invoices-none")}</p> }.into_any(),
                rows => {
                    view! {
                        <table class="data invoices">
                            <thead>
                                <tr>
                                    <th scope="col">{move_tr!("invoice-number")}</th>
                                    <th scope="col">{move_tr!("invoice-kind")}</th>
                                    <th scope="col">{move_tr!("invoice-issued-on")}</th>
                                    <th scope="col">{move_tr!("invoice-due-on")}</th>
                                    <th scope="col" class="amount">
                                        {move_tr!("invoice-total")}
                                    </th>
                                    <th scope="col">{move_tr!("invoice-status")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows
                                    .into_iter()
                                    .map(|r| {
                                        let (kind, status) = (
                                            r.kind.message_key(),
                                            r.status.message_key(),
                                        );
                                        let number = r.number.clone();
                                        view! {
                                            <tr data-invoice=number>
                                                <td>
                                                    <a href=format!("/invoices/{}", r.id)>{r.number}</a>
                                                </td>
                                                <td>{move || i18n.tr(kind)}</td>
                                                <td>{r.issued_on}</td>
                                                <td>{r.due_on}</td>
                                                <td class="amount">{r.total}</td>
                                                <td>
                                                    <span class="badge" data-status=r.status.as_str()>
                                                        {move || i18n.tr(status)}
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
                }
            }}
        </Loaded>
    }
}
