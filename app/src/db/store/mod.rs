//! Stores: each knows one table family and the rules that belong to it alone. A store may
//! use another store (every change appends to `audit`, mail goes through `mail`), never a
//! workflow.

pub mod accounts;
pub mod applications;
pub mod assignments;
pub mod audit;
pub mod case_review;
pub mod certificates;
pub mod clock;
pub mod editability;
pub mod editions;
pub mod evidence;
pub mod mail;
pub mod memberships;
pub mod self_checks;
pub mod sessions;
pub mod status_history;
pub mod throttle;
pub mod tokens;
