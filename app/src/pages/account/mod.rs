//! Account pages: sign-up, email confirmation (and a new link), password reset and change.

mod confirm_email;
mod password;
mod resend_link;
mod sign_up;

pub use confirm_email::ConfirmEmailPage;
pub use password::{AccountPage, ForgotPasswordPage, ResetPasswordPage};
pub use resend_link::ResendLinkPage;
pub use sign_up::SignUpPage;
