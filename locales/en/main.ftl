# Accredit-IO interface: English is the source language and the fallback.
# Keys are kebab-case with a page or area prefix (shared/docs/style.md §5).

## Shell
app-name = Accredit-IO
app-tagline = Accreditation for interventional oncology
nav-skip-to-content = Skip to main content
nav-primary-label = Main navigation
nav-home = Home
nav-register = Register a facility
nav-my-facilities = My facilities
nav-admin = Administration
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
error-field-control-characters = Remove line breaks and invisible control characters from this field.

## Sign-in
error-too-many-attempts = Too many attempts. Wait 15 minutes and try again.
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-signed-in-as = Signed in as { $name }
nav-sign-out-unsent = { $count ->
    [one] One change (an answer, a case form or a reply) has not reached the server yet. It is kept only on this device and is deleted when you sign out.
   *[other] { $count } changes (answers, case forms or replies) have not reached the server yet. They are kept only on this device and are deleted when you sign out.
}
nav-sign-out-anyway = Sign out and delete them
nav-stay-signed-in = Stay signed in
sign-in-page-title = Sign in
sign-in-heading = Sign in to Accredit-IO
sign-in-email = Email address
sign-in-password = Password
sign-in-submit = Sign in
sign-in-error-credentials = The email address or the password is not correct.
sign-in-welcome = Welcome, { $name }.
sign-in-error-unconfirmed = Please confirm your email address first: follow the link in the email we sent you.
sign-in-error-disabled = This account has been disabled by the programme office. Please contact the office.
sign-in-forgot-password = Forgot your password?
sign-in-create-account = Create an account to join a facility

## Field errors of the registration and other forms
error-text-too-long = This text is too long.
error-number-invalid = Enter a whole number, like 240.
error-number-too-large = This number is too large. Please check it.
error-date-invalid = Enter a valid date.
error-link-invalid = This link is not valid: it was already used, it has expired, or it was copied incompletely. Ask for a new one.

## Facility registration
register-page-title = Register a facility
register-heading = Register your facility
register-intro = Registration is the first step towards accreditation. You become the main account holder of the facility; your colleagues join later with the facility code we send you.
register-done-heading = Check your email
register-done-body = We have sent you an email with a link to activate your facility and your facility code. Nothing more happens until you follow that link.
register-section-facility = Facility
register-facility-name = Name of the facility or service
register-institution = Hospital or institution
register-department = Department
register-address = Address
register-country = Country
register-section-eligibility = Eligibility
register-procedures = Therapeutic interventional-oncology procedures per year
register-procedures-hint = At least { $minimum } procedures a year are required.
register-approver-name = Name of the head of department or hospital director who approved
register-approver-email = Their email address
register-approval-date = Date of approval
register-approval-confirmed = I confirm that the head of department or the hospital director approved this registration.
register-section-account = Your account
register-account-hint = You will be the main account holder: you approve colleagues who join and name the facility roles.
register-your-name = Your name
register-your-email = Your email address
register-password = Password
register-password-hint = At least { $min } characters.
register-section-roles = Facility roles
register-roles-hint = Leave a field empty to take that role yourself (the substitute is optional). People you name by email receive an invitation with the facility code once the facility is activated.
register-ar-email = Authorised Representative (email)
register-contact-email = Designated contact (email)
register-substitute-email = Substitute for the contact (email)
register-submit = Register facility
register-error-procedures-below-minimum = Accreditation requires at least { $minimum } therapeutic interventional-oncology procedures a year.
register-error-approval-in-future = The approval date cannot be in the future.
register-error-approval-too-old = The approval must be from the last two years.
register-error-approval-not-confirmed = Please confirm that the registration was approved.
register-error-facility-exists = This facility is already registered. Ask its main account holder for the facility code and join it instead.

## Activation and email confirmation
activate-page-title = Activate facility
activate-heading = Activate your facility
activate-intro = Activating confirms your email address and opens your facility's enrolment.
activate-submit = Activate now
activate-done = { $facility } is activated. Its enrolment invoice is now open.
activate-sign-in = Sign in
confirm-email-page-title = Confirm email address
confirm-email-heading = Confirm your email address
confirm-email-submit = Confirm email address
confirm-email-done = Your email address is confirmed. You can now sign in.

## Accounts
sign-up-page-title = Create an account
sign-up-heading = Create an account
sign-up-intro = Create an account to join a facility that is already registered. You will need its facility code.
sign-up-submit = Create account
sign-up-done = We have sent you an email with a link to confirm your address.
sign-up-register-instead = Registering a new facility? Use the facility registration instead.
forgot-password-page-title = Forgot password
forgot-password-heading = Reset your password
forgot-password-intro = Enter the email address of your account and we will send you a link to choose a new password.
forgot-password-submit = Send link
forgot-password-done = If an account uses this address, we have sent it a link. The link works for one hour.
resend-link-page-title = Send me a new link
resend-link-heading = Send me a new link
resend-link-intro = Your activation or confirmation link expired or got lost? Enter the email address you registered with. If a registration or an account with this address is still waiting for activation or confirmation, we send a new link; earlier links stop working.
resend-link-submit = Send a new link
resend-link-done = If a registration or an account with this address is waiting for activation or confirmation, a new link is on its way. Check your inbox and spam folder.
resend-link-ask = Link expired or lost? Send me a new link
registration-error-not-pending = This facility is already activated: there is no pending registration to act on.
registration-error-reason-required = Give a reason: it is kept in the audit log.
admin-registration-resent = A new activation link was sent to the registrant.
admin-registration-actions = Pending registration of { $facility }: actions
admin-registration-resend = Re-send the activation link
admin-registration-activate-reason = Why the office activates on the registrant's behalf (kept in the audit log)
admin-registration-activate-confirm = I confirmed another way who registered { $facility }; the office activates it on their behalf
admin-registration-activate = Activate on the registrant's behalf
admin-registration-delete-reason = Why the registration is deleted (kept in the audit log)
admin-registration-delete-confirm = Delete the registration of { $facility } and free its name and email address
admin-registration-delete = Delete the registration
reset-password-page-title = Choose a new password
reset-password-heading = Choose a new password
reset-password-submit = Save new password
reset-password-done = Your password has been changed and you have been signed out everywhere.
account-page-title = Your account
account-heading = Your account
account-change-password = Change password
account-current-password = Current password
account-new-password = New password
account-change-password-submit = Change password
account-password-changed = Your password has been changed. Other devices have been signed out.
account-error-current-password = The current password is not correct.

## Facilities and joining
facilities-page-title = My facilities
facilities-heading = My facilities
facilities-none = You do not belong to a facility yet.
facilities-register-link = Register a facility
join-page-title = Join a facility
join-heading = Join a facility
join-intro = Enter the facility code you received from your facility's main account holder.
join-code = Facility code
join-code-hint = Ten letters and digits, for example ABCDE-23456.
join-submit = Ask to join
join-done-active = You are now a member of the facility.
join-done-pending = Your request has been sent. The main account holder will approve it.
join-need-account = To join a facility, sign in or create an account first.
join-error-code-unknown = There is no active facility with this code. Check the code and try again.
join-error-already-member = You are already a member of this facility.

## A facility's page
facility-page-title = Facility
facility-status = Status
facility-code = Facility code
facility-code-hint = Colleagues join your facility with this code.
facility-read-only-notice = You are viewing this facility as the programme office: read-only. Only the facility's members change its content.
facility-roles-heading = Facility roles
facility-role-invited = invited
facility-role-vacant = not named
facility-role-assign = Name
facility-pending-heading = Requests to join
facility-approve = Approve
facility-decline = Decline
facility-members-heading = Members
facility-member-name = Name
facility-member-email = Email address
facility-member-roles = Roles
facility-member-actions = Actions
facility-remove = Remove
facility-remove-member = Remove { $name }
facility-history-heading = Status history
facility-main-holder = Main account holder
facility-error-status-change = This status change is not possible from the facility's current status.
facility-status-registered = Registered – activation pending
facility-status-pending-payment = Activated – enrolment payment pending
facility-status-enrolled = Enrolled Centre
facility-status-accredited = Accredited Centre
facility-status-centre-of-excellence = Centre of Excellence
facility-status-expired = Expired
facility-status-withdrawn = Withdrawn
facility-role-authorised-representative = Authorised Representative
facility-role-contact = Designated contact
facility-role-substitute = Substitute contact
membership-status-pending = Awaiting approval
membership-status-active = Member
membership-status-declined = Declined
membership-status-removed = Removed
members-error-not-pending = This request has already been decided.
members-error-cannot-remove-main-holder = The main account holder cannot be removed.
members-error-not-member = This person is not an active member of the facility.
members-error-name-another-ar = Name another Authorised Representative before removing this member.

## Administration
admin-page-title = Administration
admin-heading = Administration
admin-outbox-link = Mail outbox
admin-facilities-heading = Registrations and facilities
admin-facility = Facility
admin-registered-at = Registered
admin-users-heading = Accounts and global roles
admin-unconfirmed = email not confirmed
admin-change-access = Change roles and access of { $name }
admin-no-roles = none
admin-column-access = Roles and access
admin-column-roles = Roles
admin-disabled = disabled
admin-grant-role = Grant { $role } to { $name }
admin-revoke-role = Revoke { $role } from { $name }
admin-confirm-enable = I confirm: { $name } can sign in again.
admin-confirm-disable = I confirm: { $name } is signed out everywhere at once and cannot sign in until the account is enabled again.
admin-enable-account = Enable the account of { $name }
admin-disable-account = Disable the account of { $name }
admin-confirm-revoke = I confirm: { $name } loses the { $role } role. The change is recorded in the audit log.
admin-confirm-grant = I confirm: { $name } gets the { $role } role. The change is recorded in the audit log.
admin-error-own-admin-role = You cannot remove your own administrator role.
admin-error-disable-self = You cannot disable your own account.
role-administrator = Administrator
role-assessor = Assessor
role-translator = Translator
outbox-page-title = Mail outbox
outbox-heading = Mail outbox
outbox-intro = Every email the application has written, newest first. When no mail server is configured, mail is only delivered here.
outbox-demonstration = Demonstration mail — not delivered. No mail server is configured (SMTP_URL), so these messages, their links included, are only shown here.
audit-page-title = Audit log
audit-intro = Every change in the programme, who made it and when. Each entry is chained to the one before it, so any change to the log itself shows.
audit-filter-facility = Facility
audit-filter-any = any
audit-filter-user = Person (email address)
audit-filter-action = Action begins with
audit-filter-from = From (UTC)
audit-filter-to = To (UTC)
audit-filter-apply = Show entries
audit-filter-reset = Clear the filter
audit-export-csv = Download as CSV
audit-none = No entries match this filter.
audit-column-time = Time (UTC)
audit-column-actor = By
audit-column-action = Action
audit-column-target = About
audit-column-change = Change
audit-pages = Pages of the audit log
audit-newer = Newer entries
audit-older = Older entries
audit-page-number = Page { $page }
outbox-empty = No mail yet.
outbox-sent = sent { $at }
outbox-failed = not delivered after { $attempts } attempts: { $error }
outbox-not-sent = not sent

## Mail (plain text; the HTML part is made from it)
mail-footer = Accredit-IO — accreditation for interventional oncology. This message was sent automatically.
mail-activation-subject = Activate { $facility } on Accredit-IO
mail-activation-body =
    Dear { $name },

    thank you for registering { $facility }. Please activate the facility within { $hours } hours by opening this link and pressing "Activate now":

    { $link }

    Your facility code is { $code }. Colleagues join your facility with this code; you approve each request.

    If you did not register, ignore this email.
mail-confirm-email-subject = Confirm your email address for Accredit-IO
mail-confirm-email-body =
    Dear { $name },

    please confirm your email address within { $hours } hours by opening this link:

    { $link }

    If you did not create an account, ignore this email.
mail-password-reset-subject = Reset your Accredit-IO password
mail-password-reset-body =
    Dear { $name },

    someone asked to reset the password of your account. To choose a new password, open this link within { $minutes } minutes:

    { $link }

    If it was not you, ignore this email; your password stays the same.
mail-sign-up-existing-subject = Someone tried to create an Accredit-IO account with your address
mail-sign-up-existing-body =
    Dear { $name },

    someone asked to create an account with this email address, which already has one. No new account was created.

    If it was you, sign in here: { $sign_in }
    If you forgot your password, choose a new one here: { $reset }

    If it was not you, ignore this email.
mail-activated-by-office-subject = { $facility } was activated by the programme office
mail-activated-by-office-body =
    Dear { $name },

    the programme office activated { $facility } on your behalf. Your email address counts as confirmed, and you can sign in:

    { $sign_in }

    If you no longer know your password, choose a new one here: { $reset }

    The enrolment invoice is waiting on the facility's page.
mail-role-invitation-subject = You have been named { $role } of { $facility }
mail-role-invitation-body =
    Hello,

    { $inviter } has named you { $role } of { $facility } on Accredit-IO.

    To take up the role, sign in (or create an account with this email address) and join the facility with the code { $code }:

    { $link }
mail-join-requested-subject = { $member } asks to join { $facility }
mail-join-requested-body =
    Dear { $name },

    { $member } ({ $member_email }) has asked to join { $facility } with the facility code. Approve or decline the request on the facility's page:

    { $link }
mail-join-pending-subject = Your request to join { $facility }
mail-join-pending-body =
    Dear { $name },

    your request to join { $facility } has been sent to its main account holder. We will email you when it has been decided.
mail-join-approved-subject = You are now a member of { $facility }
mail-join-approved-body =
    Dear { $name },

    you are now a member of { $facility } on Accredit-IO:

    { $link }
mail-join-declined-subject = Your request to join { $facility }
mail-join-declined-body =
    Dear { $name },

    your request to join { $facility } was declined. If you think this is a mistake, please contact the facility directly.
mail-role-assigned-subject = You are now { $role } of { $facility }
mail-role-assigned-body =
    Dear { $name },

    you have been named { $role } of { $facility } on Accredit-IO.

## Invoices and payments
invoices-heading = Invoices
invoices-none = No invoices yet.
invoice-page-title = Invoice
invoice-number = Number
invoice-kind = Type
invoice-issued-on = Issued
invoice-due-on = Due
invoice-total = Total
invoice-status = Status
invoice-open = Still owed
invoice-view = View
invoice-back = Back to the facility
invoice-print = Print
invoice-pdf = Download PDF
invoice-heading = Invoice { $number }
invoice-credit-note-heading = Credit note { $number }
invoice-vat-id = VAT number: { $id }
invoice-recipient = Invoice to
invoice-payment-reference = Payment reference
invoice-credits = This credit note cancels invoice { $number }.
invoice-void-reason = This invoice was voided: { $reason }
invoice-description = Description
invoice-amount = Amount
invoice-net = Net amount
invoice-vat = VAT { $rate }
invoice-how-to-pay = How to pay
invoice-pay-by = Please transfer the total by { $due }, quoting the payment reference { $reference }.
invoice-payments = Payments received
invoice-open-amount = Still owed: { $amount }
invoice-line-enrolment-fee = Enrolment fee
invoice-line-annual-fee = Annual fee, enrolment year { $year } (until { $until })
invoice-line-recertification-fee = Re-certification fee (current accreditation valid until { $until })
invoice-kind-enrolment = Enrolment
invoice-kind-annual = Annual fee
invoice-kind-recertification = Re-certification
invoice-kind-credit-note = Credit note
invoice-status-open = Open
invoice-status-paid = Paid
invoice-status-overdue = Overdue
invoice-status-void = Void
invoice-status-credit = Credit note
invoice-error-not-voidable = This invoice cannot be voided: it is already void or it is a credit note.
invoice-error-has-payments = This invoice has payments and cannot be voided.
payment-amount = Amount received
payment-date = Date received
payment-reference = Bank reference
payment-error-amount = The amount must be greater than zero.
payment-error-amount-format = Enter an amount such as 1500 or 1500.00.
payment-error-overpayment = This is more than is still owed on the invoice.
payment-error-not-payable = Payments cannot be recorded on a void invoice or a credit note.
payment-error-future-date = The payment date cannot be in the future.
seal-enrolled = Enrolled Centre
seal-accredited = Accredited Centre
seal-excellence = Centre of Excellence
facility-pathway-label = Position on the accreditation pathway
admin-invoices-link = Invoices
admin-invoices-page-title = Invoices
admin-invoices-heading = Invoices
admin-filter-all = All
admin-filter-year = Year
admin-filter-apply = Filter
admin-invoices-total =
    { $count ->
        [one] one invoice, { $total }
       *[other] { $count } invoices, { $total }
    }
admin-record-payment-for = Payment or void for { $number }
admin-record-payment = Record payment
admin-payment-recorded = The payment has been recorded.
admin-payment-recorded-enrolled = The payment has been recorded. The invoice is paid and the facility is now an Enrolled Centre.
admin-void-reason = Reason for voiding
admin-void-invoice = Void { $number } and issue a credit note
admin-invoice-voided = The invoice was voided; credit note { $number } has been issued.
mail-invoice-issued-subject = Invoice { $number } for { $facility }
mail-invoice-issued-body =
    Dear { $name },

    invoice { $number } for { $facility } has been issued: { $amount }, due on { $due }. Please quote the payment reference { $reference } with your transfer.

    You can view and print the invoice here:

    { $link }
mail-invoice-reminder-subject = Reminder: invoice { $number } is due
mail-invoice-reminder-body =
    Dear { $name },

    our records show { $amount } still owed on invoice { $number } for { $facility }, due on { $due }. Please transfer it quoting the payment reference { $reference }. If you have paid in the meantime, please ignore this reminder.

    { $link }
mail-facility-enrolled-subject = { $facility } is now an Enrolled Centre
mail-facility-enrolled-body =
    Dear { $name },

    thank you for your payment. { $facility } is now an Enrolled Centre, and your team can start the application for accreditation.

    { $link }
invoice-pdf-unavailable = The PDF cannot be made on this server (no font for this language is installed). Use Print on the invoice page instead.

## Standards editions and answers
admin-editions-link = Standards editions
editions-page-title = Standards editions
editions-heading = Standards editions
editions-title = Edition
editions-id = Identifier
editions-published = Published
editions-items = Items
editions-item-count = { $items } items, { $core } core
editions-demonstration = demonstration
editions-import-heading = Import an edition
editions-import-intro = Paste an edition file (TOML, as described in docs/standards-edition.md). It is checked completely before anything is stored; an imported edition never changes.
editions-file = Edition file
editions-import = Check and import
editions-imported = Edition { $id } has been imported with { $items } items.
editions-unchanged = Edition { $id } was already imported with exactly this content. Nothing changed.
editions-conflict = An edition with the identifier { $id } already exists with different content. Editions never change: give the new edition its own identifier.
editions-syntax = The file could not be read as an edition file:
editions-problems =
    { $count ->
        [one] The file has one problem; nothing was imported:
       *[other] The file has { $count } problems; nothing was imported:
    }
answer-error-explanation-required = Please add an explanation.
answer-error-out-of-range = This number is outside the allowed range.
answer-error-date-in-future = The date cannot be in the future.
answer-error-unknown-option = Choose one of the options offered.
answer-error-wrong-type = This answer does not fit the question. Reload the page and answer again.
attention-unanswered = Not answered yet
attention-core-not-met = A core item must be met before the application is submitted
attention-invalid = The answer needs correcting
attention-evidence-missing = Required evidence not uploaded yet
application-error-not-enrolled = An application can be opened once the facility is an Enrolled Centre (its enrolment invoice is paid).
application-error-no-edition = No standards edition has been imported yet. Ask an administrator.
application-error-not-draft = This application has been submitted and can no longer be changed.
answer-error-unknown-item = This question is not part of the application's standards edition.

## The questionnaire
application-heading = Application for accreditation
application-open = Go to the application
application-page-title = Application
application-index-label = Standards of the application
application-demonstration-notice = This is the demonstration edition of the standards: example questions in our own words, not the licensed standards.
application-read-only-notice = Read-only view for the programme office: answers, evidence and the case review are changed only by the facility's members.
application-summary-heading = What still needs attention
application-core-progress = Core items answered: { $answered } of { $total }
application-extended-progress = Extended items answered: { $answered } of { $total } (needed for Centre of Excellence)
application-ready = Every item is answered, every core item is met with its required evidence linked, and the case review is complete: the application is ready to submit.
application-not-ready = Not ready to submit yet. The application can be submitted once every item is answered (an extended item may be answered “not yet met”), every core item is met with its required evidence linked, and the internal case review is complete.
application-blocking-count =
    { $count ->
        [one] One thing keeps the application from being submitted
       *[other] { $count } things keep the application from being submitted
    }
application-blocking-case-review = not complete yet
application-attention-count =
    { $count ->
        [one] One item needs attention
       *[other] { $count } items need attention
    }
application-level-core = Core
application-level-extended = Extended
application-progress-heading = Progress by section and standard
application-column-standard = Standard
application-guidance = Guidance
application-evidence-needed = Evidence:
application-answer = Answer
application-yes = Yes
application-no = No
application-explanation = Explanation
application-save-saving = Saving…
application-save-saved = Saved
application-save-conflict = Changed by someone else
application-save-offline = Not saved: the server cannot be reached. Try again when you are back online.
application-save-on-device = Offline — saved on this device
application-page-on-device = Offline — { $count ->
    [one] one answer is
   *[other] { $count } answers are
} saved on this device and will be sent when the connection is back.
application-save-signed-out = Kept on this device: sign in again to send it.
application-conflict-explain = Someone else saved a different answer to this item in the meantime. Their answer:
application-conflict-keep-mine = Keep my answer
application-conflict-take-theirs = Take their answer

## The internal case review (app/src/case_review.rs)

case-review-page-title = Internal case review
case-review-intro = List the pseudonymous references of the interventional oncology cases your service treated, one per line or as the first column of a CSV file. The app draws 30 of them at random; the seed and the list fingerprint are kept so the draw can be repeated. Never use names, dates of birth or hospital numbers.
case-review-references = Case references
case-review-csv = Or read the references from a CSV file
case-review-draw = Draw 30 cases
case-review-redraw = Draw again
case-review-redraw-heading = Draw the cases again (a reason is needed)
case-review-same-as-previous = Same as the previous case
case-review-reason = Reason for drawing again (kept in the log)
case-review-drawn = Draw { $number } on { $date } by { $name }: 30 cases from { $pool } references.
case-review-seed = Seed { $seed } · list fingerprint { $hash }
case-review-reason-given = Reason given: { $reason }
case-review-progress = { $done } of { $total } cases complete
case-review-complete = The case review is complete.
case-review-back = Back to the questionnaire
case-review-link = Internal case review
case-review-status-complete = Internal case review: complete
case-review-status-incomplete = Internal case review: not complete yet
case-review-case-complete = Complete
case-review-case-incomplete = To do
case-review-error-too-few = List at least 30 different case references.
case-review-error-too-many = The list is too long: at most 20,000 references.
case-review-error-reference = A reference is longer than 40 characters or contains control characters.
case-review-error-reference-identifier = A reference looks like a name, a date of birth or an identification number. Use pseudonymous references only.
case-review-error-line = Line { $line }:
case-review-error-reason-required = Drawing again needs a reason; it is kept in the log.
case-review-error-too-many-draws = The cases have been drawn five times, the most allowed. Contact the programme office if the list of references is still wrong.
case-review-error-stale-draw = The cases were drawn again in the meantime. Reload the page.
case-review-error-not-drawn = This case is not part of the current draw.
case-procedure-type = Procedure type
case-procedure-ablation = Thermal ablation
case-procedure-tace = Chemoembolisation (TACE)
case-procedure-tare = Radioembolisation (TARE/SIRT)
case-procedure-biopsy = Image-guided biopsy
case-procedure-embolisation = Other embolisation
case-procedure-drainage = Drainage
case-procedure-other = Other
case-procedure-date = Procedure date
case-tumour-board = Tumour board discussion documented
case-consent = Informed consent documented
case-complication-grade = Complications (CIRSE grade)
case-grade-none = None
case-grade = Grade { $grade }
case-follow-up = Follow-up documented
case-notes = Notes (no names, dates of birth or identification numbers)
case-missing-procedure-type = Choose the procedure type.
case-missing-procedure-date = Enter the procedure date.
case-missing-tumour-board = Say whether the tumour board discussion is documented.
case-missing-consent = Say whether informed consent is documented.
case-missing-complication-grade = Choose the complication grade.
case-missing-follow-up = Say whether follow-up is documented.
case-flag-name = The notes seem to contain a person's name.
case-flag-date-of-birth = The notes seem to contain a date of birth.
case-flag-national-id = The notes seem to contain an identification number.
case-flag-contact = The notes seem to contain contact details.

## Submission (app/src/db/submissions.rs)

submission-heading = Submission
submission-submit = Submit the application
submission-confirm = As Authorised Representative, I confirm that the answers and the internal case review are complete and correct.
submission-only-representative = Only the facility's Authorised Representative can submit the application.
submission-not-ready = Answer every core item and complete the internal case review before submitting.
submission-error-not-ready = The application is not ready to submit: an item is unanswered, a core item is not met or lacks its required evidence, or the case review is not complete.
submission-receipt = Submitted on { $date } by { $name }.
submission-hash = Content fingerprint (SHA-256): { $hash }
submission-read-only = The application was submitted and can no longer be changed.
mail-application-submitted-subject = Application of { $facility } submitted
mail-application-submitted-body =
    Dear { $name },

    the application of { $facility } for accreditation was submitted. Its answers and internal case review are now frozen. Content fingerprint (SHA-256):

    { $hash }

    The IASIOS office will assign assessors. You can follow the application here:

    { $link }

## Evidence (app/src/evidence.rs, server/src/evidence.rs)

evidence-library-heading = Evidence library
evidence-library-intro = Files your team uploaded for this facility. One file can be evidence for several items. PDF, images, office documents and plain text up to { $size } each; the type is checked from the file's content, not its name.
evidence-attach = Attach a file
evidence-upload = Upload
evidence-upload-offline = No network: files can be uploaded once the connection is back. Answers you type are still kept on this device.
evidence-from-library = Or choose one from the library
evidence-link = Link
evidence-remove = Remove
evidence-none = No files uploaded yet.
evidence-uploaded = The file was uploaded.
evidence-not-linked = Not linked to an item
evidence-uploaded-by = { $name }, { $date }
evidence-column-file = File
evidence-column-size = Size
evidence-column-uploaded = Uploaded
evidence-column-items = Evidence for
evidence-kind-pdf = PDF
evidence-kind-image = Image
evidence-kind-document = Document
evidence-kind-spreadsheet = Spreadsheet
evidence-kind-presentation = Presentation
evidence-kind-text = Text
evidence-error-type = This type of file is not accepted. Upload a PDF, an image, an office document or plain text.
evidence-error-too-large = The file is larger than the upload limit.
evidence-error-empty = Choose a file to upload; empty files are not accepted.
evidence-error-no-file = This file is not in your facility's evidence library.

## Assessment (app/src/assessment.rs, app/src/db/assessment.rs, pages/assessment, pages/admin/applications.rs, pages/certificates.rs)

application-status-draft = Draft
application-status-submitted = Submitted – waiting for assessors
application-status-under-assessment = Under assessment
application-status-evidence-requested = Evidence requested by the assessors
application-status-amendments-required = Amendments required
application-status-accredited = Accredited
assessment-clock = Assessment clock: { $days ->
    [one] 1 day
   *[other] { $days } days
} (paused while queries are open)
assessment-error-not-assessor = This person does not hold the assessor role.
assessment-error-already-assigned = This assessor is already assigned to the application.
assessment-error-already-declared = The declaration was already made for this assignment.
assessment-error-not-submitted = The application has not been submitted yet.
assessment-error-not-under-assessment = The application is not under assessment.
assessment-error-open-queries = Close every open query before deciding.
assessment-error-query-closed = This query is closed.
assessment-error-core-not-met = Accredited needs every core item met by every assessor.
assessment-error-case-review = Accredited needs a complete internal case review.
assessment-error-no-items = Name the items to amend.
assessments-page-title = Assessments
assessments-intro = Before you see an application, declare any conflict of interest. A declared conflict ends the assignment and the office assigns someone else.
assessments-none = No applications are assigned to you.
assessments-open = Open the application
assessments-back = All assessments
workspace-case-forms = Read the case forms
workspace-back = Back to the assessment
assignment-status-awaiting-declaration = Declaration of interests needed
assignment-status-active = Active
assignment-status-conflict = Conflict of interest declared
assignment-conflict-explain = You declared a conflict of interest; the office has been told.
declaration-intro = Do you have a conflict of interest with this facility?
declaration-same-institution = I work at, or for, the same institution.
declaration-same-country = I work in the same country.
declaration-other = Other reasons (leave empty if none)
declaration-submit = Send the declaration
workspace-page-title = Assessment
workspace-answer = Facility's answer:
workspace-no-answer = Not answered
finding-legend = Finding
finding-met = Met
finding-partially-met = Partially met
finding-not-met = Not met
finding-not-applicable = Not applicable
finding-comment = Comment on the finding
query-open = Open query
query-closed = Closed query
query-reply = Reply
query-attach = Attach a file from the evidence library
query-attached-file = Attached evidence
query-send = Send
query-close = Close the query
query-new = Ask the facility about this item
query-question = Question or evidence requested
query-ask = Open the query
recommendation-heading = Recommendation
recommendation-outcome = Recommended decision
recommendation-comment = Reasons
recommendation-send = Send the recommendation
decision-accredited = Accredited
decision-amendments-required = Amendments required
decision-heading = Decision
decision-outcome = Decision
decision-items = Items to amend:
decision-comment = Comment for the facility
decision-record = Record the decision
decision-blocked-core = Core items not met by every assessor: { $items }
decision-page-title = Decision letter
decision-letter-accredited = The facility is accredited as an IASIOS Accredited Centre.
decision-letter-amendments = The assessment found items to amend. Only these items are open again; the Authorised Representative submits once they are amended.
decision-open-letter = Read the decision letter
decision-verify-link = Verify the certificate
decision-none = No decision yet.
admin-applications-title = Applications under assessment
admin-applications-none = No application has been submitted yet.
admin-column-facility = Facility
admin-column-status = Status
admin-column-clock = Clock
admin-column-queries = Open queries
admin-column-assessors = Assessors
admin-assessors-heading = Assessors
admin-assign-label = Assign an assessor
admin-assign = Assign
admin-findings-heading = Findings of the active assessors
admin-findings-active = { $count ->
    [one] 1 active assessor
   *[other] { $count } active assessors
}
admin-queries-heading = Queries
verify-page-title = Certificate verification
verify-state-valid = Valid
verify-state-expired = Expired
verify-state-withdrawn = Withdrawn
verify-state-recertification = Valid — re-certification under assessment
verify-validity = Valid from { $from } to { $until }
verify-code = Verification code { $code }
verify-unknown = No certificate has this verification code.
verify-badge-alt = Accreditation badge with the live status
directory-page-title = Directory of centres
directory-intro = Accredited centres and Centres of Excellence with a valid certificate, and enrolled centres that chose to be listed.
directory-search = Search
directory-filter-apply = Show
directory-status = Status
directory-all = All
directory-country = Country
directory-valid-until = Valid until
mail-assessor-assigned-subject = New assessment: { $facility }
mail-assessor-assigned-body =
    Dear { $name },

    you have been assigned to assess the application of { $facility }. Before you see it, declare any conflict of interest here:

    { $link }
mail-assessor-conflict-subject = Conflict of interest declared for { $facility }
mail-assessor-conflict-body =
    Dear { $name },

    { $assessor } declared a conflict of interest for the application of { $facility }. The assignment is blocked; please assign another assessor:

    { $link }
mail-query-opened-subject = The assessors ask about item { $item } of { $facility }
mail-query-opened-body =
    Dear { $name },

    the assessors of { $facility } opened a query on item { $item }. The assessment clock is paused until it is answered and closed. Reply, attach evidence or amend the item here:

    { $link }
mail-decision-made-subject = Decision on the application of { $facility }
mail-decision-made-body =
    Dear { $name },

    a decision on the application of { $facility } has been recorded. Read the decision letter here:

    { $link }
directory-opt-in = List this Enrolled Centre in the public directory
workspace-preview = Preview
admin-overdue-queries = { $count } overdue
admin-workload-heading = Assessor workload
admin-workload = { $name }: { $count ->
    [one] 1 application
   *[other] { $count } applications
} in assessment
certificate-title = Certificate of accreditation
certificate-scan = Scan to see the live status:
certificate-download = Certificate (PDF)
decision-pdf = Decision letter (PDF)
snapshot-page-title = The submitted application
snapshot-none = Nothing has been submitted yet.
snapshot-open = Read the submitted application
snapshot-submitted = Submitted
snapshot-submitted-by = By { $name } on { $when }
snapshot-fingerprint = Fingerprint (SHA-256)
snapshot-verified = ✓ matches the stored application
snapshot-not-verified = ✗ does not match the stored application — tell the office
snapshot-case-review = Internal case review
snapshot-case-review-summary = { $cases } cases of draw { $draw } (seed { $seed }; SHA-256 of the reference list { $pool })
snapshot-unanswered = Not answered
export-column-standard = Standard
export-column-item = Item
export-column-level = Level
export-column-question = Question
export-column-answer = Answer
export-column-evidence = Evidence files
export-column-editor = Last changed by
export-column-changed = Last change (UTC)
export-heading = Export the answers
export-explain = One row per item with its standard, level, answer, number of evidence files, and who changed it last and when — to circulate for sign-off.
export-xlsx = Answers as a spreadsheet (XLSX)
export-csv = Answers as CSV
assessment-over-target = over the { $weeks }-week target
workspace-progress = Findings recorded: { $done } of { $total } items

## Application manual (the chapters themselves are in manual.ftl)

nav-manual = Manual
manual-page-title = Application manual
manual-heading = Application manual
manual-intro = How to take your service through the accreditation pathway: registering, the questionnaire, evidence, the case review, submission, assessment and re-certification.
manual-contents = Contents
manual-search-label = Search the manual
manual-search-submit = Search
manual-search-placeholder = for example: offline, case review, invoice
manual-search-count = { $count ->
    [one] One place found
   *[other] { $count } places found
}
manual-search-none = Nothing found. Try another word.
manual-print = Printable version (print or save as PDF)
manual-print-button = Print or save as PDF
manual-back = Back to the manual
manual-back-to-top = Back to the contents
manual-help-link = Help for this standard in the manual

## Translator tools

translate-page-title = Translations
translate-intro = How complete each language is, file by file, and which messages need work. English is the source: a translation is stale when its English text changed after the translation was last confirmed.
translate-source-directory = Texts are read from { $dir }: an edit to a .ftl file shows after a page reload.
translate-source-embedded = Texts are built into this server. Edit the files under locales/ and rebuild, or run a development build to see edits after a reload.
translate-locale = Language
translate-file = File
translate-progress = Up to date
translate-state = State
translate-state-current = Up to date
translate-state-missing = Missing
translate-state-stale = Stale
translate-state-unconfirmed = Not confirmed
translate-open-heading = Needs work in { $locale }
translate-file-heading = { $file } in { $locale }
translate-nothing-open = Nothing needs work here.
translate-confirm-hint = After updating a translation, record that it matches the current English text:
translate-id = Message
translate-english = English
translate-target = Translation

## Problems found in a standards edition file (administrators' import; place: field: problem)

edition-place-edition = edition
edition-place-section = section { $n }
edition-place-standard = standard { $n }
edition-place-item = item { $key }
edition-place-messages = messages
edition-problem-id = use letters, digits and '-' only
edition-problem-section-count = expected { $expected } sections, found { $found }
edition-problem-number = expected { $expected }, found { $found }
edition-problem-no-standards = a section needs at least one standard
edition-problem-standard-order = expected standard { $expected } here, found { $found }
edition-problem-no-items = a standard needs at least one item
edition-problem-letter = expected '{ $expected }' (letters run a, b, c … without gaps), found '{ $found }'
edition-problem-min-max = min { $min } is greater than max { $max }
edition-problem-max-chars = must be between 1 and { $max }
edition-problem-few-options = needs at least two options
edition-problem-duplicate-option = an option appears twice
edition-problem-standard-count = expected standards 1 to { $expected }, the last is { $found }
edition-problem-unknown-message = no such message in locales/en

## Withdrawal from the programme (facility dashboard)

withdraw-heading = Withdraw from the programme
withdraw-explain = The facility leaves the accreditation programme: its certificate is withdrawn at once and verification shows it as withdrawn. The reason is kept in the status history. This cannot be undone here.
withdraw-reason = Reason for the withdrawal
withdraw-confirm = I understand that the facility and its certificate are withdrawn now.
withdraw-submit = Withdraw the facility
withdraw-error-reason = Give a reason for the withdrawal.

## Re-certification cycle (questionnaire, comparison)

attention-carried = carried from the previous cycle — confirm or update
attention-evidence-expired = linked evidence has expired
evidence-expired = expired
evidence-column-expires = Valid until
evidence-error-expiry-date = Enter the expiry date as a date, or leave it empty.
evidence-error-expiry-frozen = This file is evidence of a submitted application under assessment; its expiry date cannot change until the decision.
evidence-error-executable = Files that can run programs (scripts, executables, macro-enabled Office files) are not accepted as evidence. Save the document as PDF and upload that.
recert-heading = Re-certification (cycle { $cycle })
recert-carried-note = Carried from the previous cycle — confirm or update.
recert-confirm = Confirm as it is
recert-all-confirmed = Every carried answer is confirmed or updated.
recert-carried-count =
    { $count ->
        [one] One carried answer still needs to be confirmed or updated.
       *[other] { $count } carried answers still need to be confirmed or updated.
    }
recert-compare-link = Compare with the previous cycle
excellence-heading = Centre of Excellence
excellence-gap =
    { $count ->
        [one] One extended item is not answered as met yet.
       *[other] { $count } extended items are not answered as met yet.
    }
excellence-gap-none = Every extended item is answered as met.
excellence-apply = Apply for Centre of Excellence in this cycle
excellence-requested = The facility applies for Centre of Excellence.
excellence-not-requested = The facility does not apply for Centre of Excellence.
excellence-rule = Centre of Excellence is conferred when the assessors find every core and every extended item met; otherwise, with every core item met, the facility is accredited again for four years.
excellence-error-first-cycle = Centre of Excellence can only be applied for in a re-certification.
changes-page-title = Changes since the previous cycle
changes-heading = Cycle { $cycle } compared with cycle { $previous }
changes-back = Back to the application
changes-summary = { $changed } of { $total } answered items differ from the previous cycle.
changes-show-unchanged = Show unchanged items too
changes-column-item = Item
changes-column-cycle = Cycle { $cycle }
changes-column-status = Change
changes-unchanged = unchanged
changes-changed = changed
changes-added = new answer
changes-removed = no longer answered

## Annual self-check (facility dashboard, administrators)

self-check-heading = Annual self-check
self-check-due = The self-check due on { $due } is open. Confirm that the service still meets the core items.
self-check-due-representative = The self-check due on { $due } is open; the Authorised Representative completes it.
self-check-attested = The self-check due on { $due } was completed on { $date }.
self-check-changes = Changes reported:
self-check-staff = Staffing still meets the core items.
self-check-equipment = Equipment and facilities still meet the core items.
self-check-volume = The procedure volume is still at least 150 a year.
self-check-note = What changed
self-check-submit = Complete the self-check
self-check-error-note = Say what changed for every point you cannot confirm.
self-check-error-none-open = No self-check is open for this facility.
self-check-column-due = Due on
self-check-status-open = open
self-check-status-met = all confirmed
self-check-status-changes = changes reported
admin-self-checks-link = Self-checks
admin-self-checks-title = Annual self-checks
admin-self-checks-none = No self-check has fallen due yet.

## Workshops

nav-workshops = Workshops
admin-workshops-link = Workshops
admin-workshops-title = Schedule workshops
workshops-page-title = Workshops
workshops-intro = Workshops help teams prepare for accreditation and re-certification. Members of a facility book seats for themselves or colleagues.
workshops-feed = Subscribe to the calendar (iCalendar)
workshops-none = No workshops are scheduled at the moment.
workshops-back = All workshops
workshops-upcoming = Upcoming workshops
workshop-full = Fully booked — join the waitlist
workshop-seats-left =
    { $count ->
        [one] One seat left
       *[other] { $count } seats left
    }
workshop-seats-of = { $taken } of { $capacity } seats taken, { $waiting } on the waitlist
workshop-language = Language
workshop-venue = Venue
workshop-online = Online
workshop-seats = Seats
workshop-ics = Add to calendar (.ics)
workshop-book = Book a seat
workshop-join-waitlist = Join the waitlist
workshop-for-facility = For the facility
workshop-attendee = Attendee
workshop-attendee-hint = Your own email address, or a colleague's: they must be a member of the facility.
workshop-sign-in = Sign in to book a seat
workshop-attendees = Attendees
workshop-your-bookings = Your facility's bookings
workshop-facility = Facility
workshop-booked-by = Booked by
workshop-status = Status
workshop-waitlist-position = (number { $position } on the waitlist)
workshop-cancel = Cancel
workshop-booking-confirmed = seat booked
workshop-booking-waitlisted = on the waitlist
workshop-booking-cancelled = cancelled
workshop-field-title = Title
workshop-field-description = Description
workshop-field-starts = Starts (local time)
workshop-field-ends = Ends (local time)
workshop-field-time-zone = Time zone (for example Europe/Vienna)
workshop-field-capacity = Seats
workshop-schedule = Schedule the workshop
workshop-scheduled = The workshop is scheduled.
workshop-open = Open it
workshop-error-where = Give a venue, an online link, or both.
workshop-error-url = Enter the online link as a full address starting with https://.
workshop-error-time = Enter a date and time that exists in this time zone.
workshop-error-ends-before-start = The end must be after the start.
workshop-error-capacity = Enter a number of seats from 1 to 1000.
workshop-error-time-zone = Enter a time zone by its name, for example Europe/Vienna or America/New_York.
workshop-error-not-member = The attendee must have an account and be an active member of the facility.
workshop-error-started = The workshop has already started.
workshop-error-already-booked = This person already has a booking for the workshop.

## Mail: re-certification, workshops, self-check

mail-recertification-opened-subject = Re-certification of { $facility } is open
mail-recertification-opened-body =
    Dear { $name },

    thank you for paying the re-certification invoice. The re-certification application of { $facility } is open and prefilled with the answers of the last cycle: confirm or update each one before submitting.

    { $link }
mail-workshop-booked-subject = Seat booked: { $title }
mail-workshop-booked-body =
    Dear { $name },

    you have a seat at the workshop "{ $title }" on { $when }.

    { $link }
mail-workshop-waitlisted-subject = On the waitlist: { $title }
mail-workshop-waitlisted-body =
    Dear { $name },

    the workshop "{ $title }" on { $when } is fully booked. You are on the waitlist; we will write to you when a seat frees up.

    { $link }
mail-workshop-promoted-subject = A seat is yours: { $title }
mail-workshop-promoted-body =
    Dear { $name },

    a seat has freed up and is now yours: the workshop "{ $title }" on { $when }.

    { $link }
mail-workshop-reminder-subject = Tomorrow: { $title }
mail-workshop-reminder-body =
    Dear { $name },

    a reminder: the workshop "{ $title }" takes place on { $when }.

    { $link }
mail-self-check-due-subject = Annual self-check of { $facility }
mail-self-check-due-body =
    Dear { $name },

    the annual self-check of { $facility } fell due on { $due }. The Authorised Representative confirms on the facility's page that staff, equipment and volume still meet the core items, or says what changed.

    { $link }
decision-letter-excellence = The facility is accredited as an IASIOS Centre of Excellence.
application-status-not-accredited = Not accredited
decision-not-accredited = Not accredited
decision-letter-not-accredited = The assessment found that the service does not yet meet the programme's criteria for accreditation. The facility remains an Enrolled Centre.
decision-reasons = Reasons per item
decision-reasons-hint = One item per line: the item, a colon and the reason, e.g. “3b: the tumour board meets monthly”. Required for “Not accredited”; with “Amendments required”, the items named here are opened again too.
decision-reasons-heading = Reasons per item
decision-reapply-from = A new application can be opened from { $date }.
decision-start-new = Start a new application
decision-error-reasons = The reasons could not be read: write one item per line as the item, a colon and the reason (e.g. “3b: …”), naming each item of this edition once.
decision-error-no-reasons = A “not accredited” decision states its reasons: name at least one item and why.
decision-error-not-accredited-recertification = A re-certification cannot be decided “not accredited”: its certificate stays valid to the end of its term. Ask for amendments instead.
application-error-waiting-period = A new application can be opened once the waiting period after the decision has ended; the decision letter gives the date.
workshop-online-link-hidden = The link is shown here to people holding a seat.
