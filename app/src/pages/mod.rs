//! One module per page, or a folder per area once an area has several pages.

mod account;
mod admin;
mod application;
pub(crate) mod assessment;
mod billing;
mod certificates;
mod facilities;
mod home;
mod manual;
mod not_found;
mod route_params;
mod sign_in;
mod translations;
mod workshops;

pub use account::{
    AccountPage, ConfirmEmailPage, ForgotPasswordPage, ResendLinkPage, ResetPasswordPage,
    SignUpPage,
};
pub use admin::{
    AdminApplicationPage, AdminApplicationsPage, AdminAuditPage, AdminPage, EditionsPage,
    OutboxPage,
};
pub use application::{
    ApplicationPage, CaseReviewPage, CycleChangesPage, QuestionnaireIsland, QuestionnaireStart,
    ReplyQueue, SnapshotPage, clear_drafts_of, unsent_drafts_of,
};
pub use assessment::{AssignmentsPage, WorkspaceIsland, WorkspacePage, WorkspaceStart};
pub use billing::{AdminInvoicesPage, FacilityInvoices, InvoicePage};
pub use certificates::{DecisionPage, DirectoryPage, VerifyPage};
pub use facilities::{ActivatePage, FacilityPage, JoinPage, MyFacilitiesPage, RegisterPage};
pub use home::HomePage;
pub use manual::{ManualPage, ManualPrintPage};
pub use not_found::NotFoundPage;
pub use sign_in::SignInPage;
pub use translations::TranslationsPage;
pub use workshops::{AdminSelfChecksPage, AdminWorkshopsPage, WorkshopPage, WorkshopsPage};
