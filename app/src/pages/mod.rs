//! One module per page (or area, once an area has several pages).

mod home;
mod not_found;

pub use home::HomePage;
pub use not_found::NotFoundPage;
