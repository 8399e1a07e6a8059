# Accredit-IO interface: English is the source language and the fallback.
# Keys are kebab-case with a page or area prefix (shared/docs/style.md §5).

## Shell
app-name = Accredit-IO
app-tagline = Accreditation for interventional oncology
nav-skip-to-content = Skip to main content
nav-primary-label = Main navigation
nav-home = Home
language-switcher-label = Language
language-switcher-apply = Change language
footer-about = Accredit-IO runs the accreditation programme for interventional-oncology services, from enrolment to Centre of Excellence.
footer-demo-notice = Demonstration installation: standards and data shown here are examples, not the licensed edition.

## Home page
home-page-title = Home
home-title = From enrolment to Centre of Excellence
home-intro = Accredit-IO guides interventional-oncology services through a three-stage quality pathway. Your team and the assessors work in the same application — online or offline, in nine languages.
home-pathway-heading = The accreditation pathway
home-stage-step = Stage { $number }
home-stage-enrolled-title = Enrolled Centre
home-stage-enrolled-body = Register your facility, confirm at least 150 therapeutic interventional-oncology procedures a year and pay the enrolment invoice. Your team can then start the application.
home-stage-accredited-title = Accredited Centre
home-stage-accredited-body = Answer the questionnaire on the 13 Standards of Quality Assurance, upload evidence and review 30 randomly selected cases. When the assessors find every core item met, your service is accredited for four years.
home-stage-excellence-title = Centre of Excellence
home-stage-excellence-body = Six months before your accreditation expires, re-certification opens. A service that meets every core and every extended item becomes a Centre of Excellence.
home-how-heading = How the application works
home-how-any-order = Answer the questions in any order; every answer is saved as you type.
home-how-offline = Keep working when the network drops: answers wait on your device and are sent when you are back online.
home-how-summary = A summary shows what still needs attention before your Authorised Representative submits.
home-how-assessors = Assessors review the same application, ask about single items and record their decision.

## Not found
not-found-title = Page not found
not-found-back = Back to the home page

## Errors (the server-function error enum, app/src/error.rs)
error-unauthorized = Please sign in to continue.
error-forbidden = You do not have permission to do this.
error-not-found = The page or record you asked for does not exist.
error-validation = Some fields need your attention.
error-conflict = Someone else changed this in the meantime. Compare both versions and choose which to keep.
error-internal = Something went wrong on our side. Please try again; if it keeps happening, quote reference { $reference }.
error-internal-no-ref = Something went wrong on our side. Please try again.
error-network = The server could not be reached. Check your connection and try again.
error-field-required = This field is required.
error-field-malformed = The request could not be read. Reload the page and try again.

## Account field errors (app/src/accounts.rs)
error-email-invalid = Enter a valid email address, like name@hospital.org.
error-email-taken = An account with this email address already exists. Sign in instead, or reset your password.
error-password-too-short = Use at least { $min } characters for your password.
error-password-too-long = Use at most { $max } characters for your password.
error-name-too-long = This name is too long.

## Sign-in
error-too-many-attempts = Too many attempts. Wait 15 minutes and try again.
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-signed-in-as = Signed in as { $name }
sign-in-page-title = Sign in
sign-in-heading = Sign in to Accredit-IO
sign-in-email = Email address
sign-in-password = Password
sign-in-submit = Sign in
sign-in-error-credentials = The email address or the password is not correct.
sign-in-welcome = Welcome, { $name }.
