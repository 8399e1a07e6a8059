//! sea-orm entities, one module per table.

pub mod answer;
pub mod answer_save;
pub mod application;
pub mod audit_log;
pub mod case_draw;
pub mod case_entry;
pub mod edition;
pub mod email_token;
pub mod evidence_file;
pub mod evidence_link;
pub mod facility;
pub mod facility_role;
pub mod facility_status;
pub mod global_role;
pub mod invoice;
pub mod invoice_counter;
pub mod invoice_reminder;
pub mod membership;
pub mod outbox;
pub mod payment;
pub mod payment_event;
pub mod session;
pub mod sign_in_failure;
pub mod submission;
pub mod user;
