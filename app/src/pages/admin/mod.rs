//! Administrator pages: facilities and accounts (`/admin`), the mail outbox (`/admin/outbox`).

mod outbox;
mod overview;

pub use outbox::OutboxPage;
pub use overview::AdminPage;
