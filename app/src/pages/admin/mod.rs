//! Administrator pages: facilities and accounts (`/admin`), the mail outbox (`/admin/outbox`),
//! standards editions (`/admin/editions`).

mod editions;
mod outbox;
mod overview;

pub use editions::EditionsPage;
pub use outbox::OutboxPage;
pub use overview::AdminPage;
