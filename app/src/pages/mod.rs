//! One module per page (or area, once an area has several pages).

mod home;
mod not_found;
mod sign_in;

pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use sign_in::SignInPage;
