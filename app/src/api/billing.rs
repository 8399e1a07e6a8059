//! Invoices and payments: a facility's invoices, an invoice document, the administrator's
//! invoice list, recording payments, voiding with a credit note.

use leptos::prelude::*;

use crate::domain::billing::view::{InvoiceDocument, InvoiceList, InvoiceSummary};
use crate::domain::ids::FacilityId;
use crate::error::AppError;

/// A facility's invoices, newest first. Role: active member of the facility, or administrator.
#[server]
pub async fn facility_invoices(facility_id: FacilityId) -> Result<Vec<InvoiceSummary>, AppError> {
    use super::request::{FacilityAccess, answer, database, facility_access, request_language};
    answer(
        async {
            let db = database()?;
            facility_access(&db, facility_id, FacilityAccess::Reader).await?;
            let language = request_language();
            let today = chrono::Utc::now().date_naive();
            let name = crate::db::facilities::dashboard(&db, facility_id, false).await?.name;
            let mut out = Vec::new();
            for inv in crate::db::billing::invoices_of(&db, facility_id).await? {
                out.push(crate::db::billing::summary_of(&db, &inv, &name, &language, today).await?);
            }
            Ok(out)
        }
        .await,
    )
}

/// One invoice as printed, in the reader's language. Role: active member of the invoiced
/// facility, or administrator.
#[server]
pub async fn get_invoice(invoice_id: i64) -> Result<InvoiceDocument, AppError> {
    use super::request::{
        FacilityAccess, answer, database, facility_access, request_language, signed_in,
    };
    answer(
        async {
            let db = database()?;
            signed_in(&db).await?;
            // An unknown id answers like someone else's invoice: ids reveal nothing.
            let Some(inv) = crate::db::billing::find_invoice(&db, invoice_id).await? else {
                return Err(AppError::Forbidden);
            };
            facility_access(&db, inv.facility_id, FacilityAccess::Reader).await?;
            Ok(crate::db::billing::document_of(
                &db,
                &inv,
                &request_language(),
                chrono::Utc::now().date_naive(),
            )
            .await?)
        }
        .await,
    )
}

/// Every invoice, filtered by status (`open`, `paid`, `overdue`, `void`, `credit`), year and
/// facility (empty: all), with totals per status. Role: administrator.
#[server]
pub async fn admin_invoices(
    status: String,
    year: String,
    facility: String,
) -> Result<InvoiceList, AppError> {
    use super::request::{administrator, answer, database, request_language};
    use crate::domain::billing::view::StatusTotal;
    use crate::domain::billing::{InvoiceStatus, format_amount};
    answer(
        async {
            let db = database()?;
            administrator(&db).await?;
            let language = request_language();
            let today = chrono::Utc::now().date_naive();
            let status = InvoiceStatus::parse(status.trim());
            let year = year.trim().parse::<i32>().ok();
            let facility = facility.trim().parse::<FacilityId>().ok();
            let facilities: Vec<(FacilityId, String)> = crate::db::facilities::all_for_admin(&db)
                .await?
                .into_iter()
                .map(|f| (f.id, f.name))
                .collect();
            let name_of = |id: FacilityId| {
                facilities
                    .iter()
                    .find(|(fid, _)| *fid == id)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default()
            };
            let all = crate::db::billing::all_invoices(&db, None, None).await?;
            let mut years: Vec<i32> = all.iter().map(|i| i.year).collect();
            years.sort_unstable();
            years.dedup();
            years.reverse();
            let mut rows = Vec::new();
            let mut sums: Vec<(InvoiceStatus, usize, i64, String)> = Vec::new();
            for inv in all.iter().filter(|i| {
                year.is_none_or(|y| i.year == y) && facility.is_none_or(|f| i.facility_id == f)
            }) {
                let summary = crate::db::billing::summary_of(
                    &db,
                    inv,
                    &name_of(inv.facility_id),
                    &language,
                    today,
                )
                .await?;
                match sums.iter_mut().find(|(s, ..)| *s == summary.status) {
                    Some(entry) => {
                        entry.1 += 1;
                        entry.2 += inv.total_minor;
                    }
                    None => sums.push((summary.status, 1, inv.total_minor, inv.currency.clone())),
                }
                if status.is_none_or(|s| s == summary.status) {
                    rows.push(summary);
                }
            }
            let totals = InvoiceStatus::ALL
                .into_iter()
                .filter_map(|s| sums.iter().find(|(st, ..)| *st == s))
                .map(|(status, count, total, currency)| StatusTotal {
                    status: *status,
                    count: *count,
                    total: format_amount(*total, currency, &language),
                })
                .collect();
            Ok(InvoiceList { rows, totals, years, facilities, today: today.to_string() })
        }
        .await,
    )
}

/// Records a bank payment against an invoice. `amount` as typed (`1500`, `1.500,00`, …),
/// `paid_on` as `YYYY-MM-DD`. Role: administrator. Errors: `Validation` (`amount`: unreadable,
/// not positive, or more than is owed; `paid_on`; `reference`; `invoice`: void or a credit note).
#[server]
pub async fn record_payment(
    invoice_id: i64,
    amount: String,
    paid_on: String,
    reference: String,
) -> Result<bool, AppError> {
    use super::request::{administrator, answer, database, public_url};
    answer(
        async {
            let db = database()?;
            let admin = administrator(&db).await?;
            let mut errors = Vec::new();
            let amount_minor = crate::domain::billing::parse_amount(&amount);
            if amount_minor.is_none() {
                errors.push(crate::error::FieldError {
                    field: "amount".into(),
                    code: "payment-error-amount-format".into(),
                });
            }
            let date = chrono::NaiveDate::parse_from_str(paid_on.trim(), "%Y-%m-%d").ok();
            if date.is_none() {
                errors.push(crate::error::FieldError {
                    field: "paid_on".into(),
                    code: "error-date-invalid".into(),
                });
            }
            if reference.trim().is_empty() {
                errors.push(crate::error::FieldError {
                    field: "reference".into(),
                    code: "error-field-required".into(),
                });
            }
            let (Some(amount_minor), Some(paid_on), true) = (amount_minor, date, errors.is_empty())
            else {
                return Err(AppError::Validation(errors));
            };
            let payment = crate::db::billing::NewPayment {
                invoice_id,
                amount_minor,
                paid_on,
                reference,
                source: crate::db::billing::PaymentSource::Administrator(admin.id),
            };
            let recorded =
                crate::db::billing::record_payment(&db, payment, &public_url(), chrono::Utc::now())
                    .await?;
            Ok(recorded.facility_enrolled)
        }
        .await,
    )
}

/// Voids an unpaid invoice and issues its credit note; answers the credit note's number.
/// Role: administrator. Errors: `Validation` (`reason`; `invoice`: paid, void or a credit note).
#[server]
pub async fn void_invoice(invoice_id: i64, reason: String) -> Result<String, AppError> {
    use super::request::{administrator, answer, database, fees};
    answer(
        async {
            let db = database()?;
            let admin = administrator(&db).await?;
            let credit = crate::db::billing::void_invoice(
                &db,
                invoice_id,
                &reason,
                admin.id,
                &fees()?,
                chrono::Utc::now(),
            )
            .await?;
            Ok(credit.number)
        }
        .await,
    )
}
