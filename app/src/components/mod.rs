//! Pieces shared by several pages.

mod account_menu;
mod error_message;
mod footer;
mod form_field;
mod header;
mod language_switcher;
mod loaded;
mod reload;
mod seal;
mod shown;
mod standards_texts;

pub use account_menu::{AccountMenu, SignedInMenu};
pub use error_message::{ActionError, ErrorMessage};
pub use footer::Footer;
pub use form_field::{TextField, error_for, field_message};
pub use header::Header;
pub use language_switcher::LanguageSwitcher;
pub use loaded::Loaded;
pub use reload::successes;
pub use seal::{PathwayPosition, Seal};
pub use shown::Shown;
pub use standards_texts::{StandardsTexts, use_standards_texts};
