//! Billing pages: an invoice document (`/invoices/:id`), a facility's invoice list (part of its
//! dashboard), the administrator's invoices (`/admin/invoices`).

mod admin_invoices;
mod invoice;
mod list;

pub use admin_invoices::AdminInvoicesPage;
pub use invoice::InvoicePage;
pub use list::FacilityInvoices;
