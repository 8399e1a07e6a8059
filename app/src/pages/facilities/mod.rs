//! Facility pages: registration, activation, the facility switcher and joining, a facility's dashboard.

mod activate;
mod dashboard;
mod mine;
mod register;

pub use activate::ActivatePage;
pub use dashboard::FacilityPage;
pub use mine::{JoinPage, MyFacilitiesPage};
pub use register::RegisterPage;
