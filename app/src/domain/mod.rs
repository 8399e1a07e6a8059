//! The programme's rules as plain data and functions, shared by the server and the browser:
//! no database, no HTTP, no components. Each module is unit-tested next to its code; the data
//! layer (`crate::db`) and the pages call into it, never the other way round.

pub mod accounts;
pub mod answer_sheet;
pub mod assessment;
pub mod billing;
pub mod case_review;
pub mod evidence;
pub mod facilities;
pub mod ids;
pub mod recertification;
pub mod standards;
pub mod views;
pub mod workshops;
