//! Account pages: sign-up, email confirmation, password reset and change.

mod confirm_email;
mod password;
mod sign_up;

pub use confirm_email::ConfirmEmailPage;
pub use password::{AccountPage, ForgotPasswordPage, ResetPasswordPage};
pub use sign_up::SignUpPage;
