//! Pieces shared by several pages.

mod error_message;
mod footer;
mod header;
mod language_switcher;

pub use error_message::ErrorMessage;
pub use footer::Footer;
pub use header::Header;
pub use language_switcher::LanguageSwitcher;
