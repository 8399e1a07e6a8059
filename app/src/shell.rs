//! The HTML document, the router and the page frame shared by every page.

use crate::i18n::move_tr;
use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{Footer, Header};
use crate::i18n::I18nProvider;
use crate::pages::{
    AccountPage, ActivatePage, AdminApplicationPage, AdminApplicationsPage, AdminAuditPage,
    AdminInvoicesPage, AdminPage, AdminSelfChecksPage, AdminWorkshopsPage, ApplicationPage,
    AssignmentsPage, CaseReviewPage, ConfirmEmailPage, CycleChangesPage, DecisionPage,
    DirectoryPage, EditionsPage, FacilityPage, ForgotPasswordPage, HomePage, InvoicePage, JoinPage,
    ManualPage, ManualPrintPage, MyFacilitiesPage, NotFoundPage, OutboxPage, RegisterPage,
    ResendLinkPage, ResetPasswordPage, SignInPage, SignUpPage, SnapshotPage, TranslationsPage,
    VerifyPage, WorkshopPage, WorkshopsPage, WorkspacePage,
};

/// The document the server streams, in the request's language (a page has one language; a
/// switch loads it again).
pub fn shell(_options: LeptosOptions) -> impl IntoView {
    // One version of the texts for the whole page, even while a locale file is being edited.
    #[cfg(feature = "ssr")]
    provide_context(crate::texts::PageCatalogue(crate::texts::store().catalogue()));
    #[cfg(feature = "ssr")]
    let language = crate::i18n::language_entry(&crate::api::request::request_language());
    // Only the full bundle hydrates resources: the data of a plain page's resources need not
    // travel with it as script (the manual's would be 10 KB), and islands get theirs as props.
    #[cfg(feature = "ssr")]
    if crate::bundle::page_bundle() != crate::bundle::PageBundle::Full {
        if let Some(context) = Owner::current_shared_context() {
            context.set_is_hydrating(false);
        }
    }
    #[cfg(not(feature = "ssr"))]
    let language = crate::i18n::language_entry(crate::i18n::DEFAULT_LANGUAGE);
    // The footer's one-line description of the programme doubles as the search snippet.
    let description = crate::i18n::translate(language.id, "footer-about");
    view! {
        <!DOCTYPE html>
        <html lang=language.id dir=if language.rtl { "rtl" } else { "ltr" }>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="description" content=description />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <crate::i18n::InterfaceTexts />
                <crate::bundle::BundleScripts />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The application: i18n context, page frame and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    mark_hydrated();
    view! {
        <I18nProvider>
            <Title formatter=|page: String| page_title(&page) />
            <Router>
                <a class="skip-link" href="#main">
                    {move_tr!("nav-skip-to-content")}
                </a>
                <Header />
                <main id="main" tabindex="-1">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=HomePage />
                        <Route path=path!("/sign-in") view=SignInPage />
                        <Route path=path!("/sign-up") view=SignUpPage />
                        <Route path=path!("/confirm-email") view=ConfirmEmailPage />
                        <Route path=path!("/resend-link") view=ResendLinkPage />
                        <Route path=path!("/forgot-password") view=ForgotPasswordPage />
                        <Route path=path!("/reset-password") view=ResetPasswordPage />
                        <Route path=path!("/account") view=AccountPage />
                        <Route path=path!("/register") view=RegisterPage />
                        <Route path=path!("/activate") view=ActivatePage />
                        <Route path=path!("/join") view=JoinPage />
                        <Route path=path!("/facilities") view=MyFacilitiesPage />
                        <Route path=path!("/facilities/:id") view=FacilityPage />
                        <Route path=path!("/admin") view=AdminPage />
                        <Route path=path!("/admin/outbox") view=OutboxPage />
                        <Route path=path!("/admin/audit") view=AdminAuditPage />
                        <Route path=path!("/admin/invoices") view=AdminInvoicesPage />
                        <Route path=path!("/admin/editions") view=EditionsPage />
                        <Route path=path!("/invoices/:id") view=InvoicePage />
                        <Route path=path!("/applications/:id") view=ApplicationPage />
                        <Route path=path!("/applications/:id/case-review") view=CaseReviewPage />
                        <Route path=path!("/applications/:id/snapshot") view=SnapshotPage />
                        <Route path=path!("/applications/:id/decision") view=DecisionPage />
                        <Route path=path!("/applications/:id/changes") view=CycleChangesPage />
                        <Route path=path!("/assessments") view=AssignmentsPage />
                        <Route path=path!("/assessments/:id") view=WorkspacePage />
                        <Route path=path!("/admin/applications") view=AdminApplicationsPage />
                        <Route path=path!("/admin/applications/:id") view=AdminApplicationPage />
                        <Route path=path!("/verify/:code") view=VerifyPage />
                        <Route path=path!("/directory") view=DirectoryPage />
                        <Route path=path!("/manual") view=ManualPage />
                        <Route path=path!("/manual/print") view=ManualPrintPage />
                        <Route path=path!("/translations") view=TranslationsPage />
                        <Route path=path!("/workshops") view=WorkshopsPage />
                        <Route path=path!("/workshops/:id") view=WorkshopPage />
                        <Route path=path!("/admin/workshops") view=AdminWorkshopsPage />
                        <Route path=path!("/admin/self-checks") view=AdminSelfChecksPage />
                    </Routes>
                </main>
                <Footer />
            </Router>
        </I18nProvider>
    }
}

fn page_title(page: &str) -> String {
    if page.is_empty() { "Accredit-IO".to_owned() } else { format!("{page} · Accredit-IO") }
}

/// Sets `data-hydrated` on `<body>` once the browser has taken over the server's HTML.
/// Effects never run on the server, so the attribute means "interactive now"; browser tests
/// wait for it before they act.
fn mark_hydrated() {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(body) = document().body() {
            // Setting an attribute on <body> cannot fail in a browser; nothing to recover.
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}
