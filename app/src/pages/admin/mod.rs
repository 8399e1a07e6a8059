//! Administrator pages: facilities and accounts (`/admin`), the mail outbox (`/admin/outbox`),
//! standards editions (`/admin/editions`), the audit log (`/admin/audit`).

mod applications;
mod audit;
mod editions;
mod outbox;
mod overview;

pub use applications::{AdminApplicationPage, AdminApplicationsPage};
pub use audit::AdminAuditPage;
pub use editions::EditionsPage;
pub use outbox::OutboxPage;
pub use overview::AdminPage;
