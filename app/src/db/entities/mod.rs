//! sea-orm entities, one module per table.

pub mod audit_log;
pub mod global_role;
pub mod session;
pub mod sign_in_failure;
pub mod user;
