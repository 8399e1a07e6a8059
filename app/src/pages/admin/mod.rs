//! Administrator pages: facilities and accounts (`/admin`), the mail outbox (`/admin/outbox`),
//! standards editions (`/admin/editions`).

mod applications;
mod editions;
mod outbox;
mod overview;

pub use applications::{AdminApplicationPage, AdminApplicationsPage};
pub use editions::EditionsPage;
pub use outbox::OutboxPage;
pub use overview::AdminPage;
