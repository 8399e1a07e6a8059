## Shell
app-name = Accredit-IO
app-tagline = Akkreditierung für interventionelle Onkologie
nav-skip-to-content = Zum Hauptinhalt springen
nav-primary-label = Hauptnavigation
nav-home = Startseite
nav-register = Einrichtung registrieren
nav-my-facilities = Meine Einrichtungen
nav-admin = Verwaltung
language-switcher-label = Sprache
language-switcher-apply = Sprache wechseln
footer-about = Accredit-IO führt das Akkreditierungsprogramm für Abteilungen der interventionellen Onkologie – von der Einschreibung bis zum Centre of Excellence.
footer-demo-notice = Demonstrationsinstallation: Die hier gezeigten Standards und Daten sind Beispiele, nicht die lizenzierte Ausgabe.

## Home page
home-page-title = Startseite
home-title = Von der Einschreibung zum Centre of Excellence
home-intro = Accredit-IO begleitet Abteilungen der interventionellen Onkologie durch einen dreistufigen Qualitätsweg. Ihr Team und die Gutachter arbeiten in derselben Anwendung – online oder offline, in neun Sprachen.
home-pathway-heading = Der Weg zur Akkreditierung
home-stage-step = Stufe { $number }
home-stage-enrolled-title = Eingeschriebenes Zentrum
home-stage-enrolled-body = Registrieren Sie Ihre Einrichtung, bestätigen Sie mindestens 150 therapeutische Eingriffe der interventionellen Onkologie pro Jahr und bezahlen Sie die Einschreibungsrechnung. Danach kann Ihr Team mit dem Antrag beginnen.
home-stage-accredited-title = Akkreditiertes Zentrum
home-stage-accredited-body = Beantworten Sie den Fragebogen zu den 13 Standards der Qualitätssicherung, laden Sie Nachweise hoch und prüfen Sie 30 zufällig ausgewählte Fälle. Sind alle Kernkriterien erfüllt, ist Ihre Abteilung für vier Jahre akkreditiert.
home-stage-excellence-title = Centre of Excellence
home-stage-excellence-body = Sechs Monate vor Ablauf der Akkreditierung beginnt die Rezertifizierung. Wer alle Kern- und alle erweiterten Kriterien erfüllt, wird Centre of Excellence.
home-how-heading = So funktioniert der Antrag
home-how-any-order = Beantworten Sie die Fragen in beliebiger Reihenfolge; jede Antwort wird beim Tippen gespeichert.
home-how-offline = Arbeiten Sie weiter, wenn das Netz ausfällt: Antworten bleiben auf Ihrem Gerät und werden gesendet, sobald Sie wieder online sind.
home-how-summary = Eine Übersicht zeigt, was noch offen ist, bevor Ihr bevollmächtigter Vertreter den Antrag einreicht.
home-how-assessors = Die Gutachter prüfen denselben Antrag, stellen Rückfragen zu einzelnen Punkten und halten ihre Entscheidung fest.

## Not found
not-found-title = Seite nicht gefunden
not-found-back = Zurück zur Startseite

## Errors
error-unauthorized = Bitte melden Sie sich an, um fortzufahren.
error-forbidden = Dazu sind Sie nicht berechtigt.
error-not-found = Die angeforderte Seite oder der Datensatz existiert nicht.
error-validation = Einige Felder müssen noch korrigiert werden.
error-conflict = Jemand anderes hat dies inzwischen geändert. Vergleichen Sie beide Fassungen und wählen Sie, welche gelten soll.
error-internal = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut; falls das Problem bleibt, nennen Sie die Referenz { $reference }.
error-internal-no-ref = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.
error-network = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
error-field-required = Dieses Feld ist ein Pflichtfeld.
error-field-malformed = Die Anfrage konnte nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es erneut.

## Account field errors (app/src/accounts.rs)
error-email-invalid = Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@klinik.de.
error-email-taken = Zu dieser E-Mail-Adresse gibt es bereits ein Konto. Melden Sie sich an oder setzen Sie Ihr Passwort zurück.
error-password-too-short = Ihr Passwort muss mindestens { $min } Zeichen lang sein.
error-password-too-long = Ihr Passwort darf höchstens { $max } Zeichen lang sein.
error-name-too-long = Dieser Name ist zu lang.
error-field-control-characters = Entfernen Sie Zeilenumbrüche und unsichtbare Steuerzeichen aus diesem Feld.

## Sign-in
error-too-many-attempts = Zu viele Versuche. Warten Sie 15 Minuten und versuchen Sie es dann erneut.
nav-sign-in = Anmelden
nav-sign-out = Abmelden
nav-signed-in-as = Angemeldet als { $name }
nav-sign-out-unsent = { $count ->
    [one] Eine Änderung (eine Antwort, ein Fallbogen oder eine Rückantwort) hat den Server noch nicht erreicht. Sie ist nur auf diesem Gerät gespeichert und wird beim Abmelden gelöscht.
   *[other] { $count } Änderungen (Antworten, Fallbögen oder Rückantworten) haben den Server noch nicht erreicht. Sie sind nur auf diesem Gerät gespeichert und werden beim Abmelden gelöscht.
}
nav-sign-out-anyway = Abmelden und löschen
nav-stay-signed-in = Angemeldet bleiben
sign-in-page-title = Anmelden
sign-in-heading = Bei Accredit-IO anmelden
sign-in-email = E-Mail-Adresse
sign-in-password = Passwort
sign-in-submit = Anmelden
sign-in-error-credentials = E-Mail-Adresse oder Passwort ist nicht korrekt.
sign-in-welcome = Willkommen, { $name }.
sign-in-error-unconfirmed = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse: Folgen Sie dem Link in der E-Mail, die wir Ihnen gesendet haben.
sign-in-error-disabled = Dieses Konto wurde vom Programmbüro deaktiviert. Bitte wenden Sie sich an das Büro.
sign-in-forgot-password = Passwort vergessen?
sign-in-create-account = Konto erstellen, um einer Einrichtung beizutreten

## Field errors of the registration and other forms
error-text-too-long = Dieser Text ist zu lang.
error-number-invalid = Geben Sie eine ganze Zahl ein, z. B. 240.
error-number-too-large = Diese Zahl ist zu groß. Bitte prüfen Sie sie.
error-date-invalid = Geben Sie ein gültiges Datum ein.
error-link-invalid = Dieser Link ist ungültig: Er wurde bereits verwendet, ist abgelaufen oder wurde unvollständig kopiert. Fordern Sie einen neuen an.

## Facility registration
register-page-title = Einrichtung registrieren
register-heading = Registrieren Sie Ihre Einrichtung
register-intro = Die Registrierung ist der erste Schritt zur Akkreditierung. Sie werden Hauptkontoinhaber der Einrichtung; Ihre Kolleginnen und Kollegen treten später mit dem Einrichtungscode bei, den wir Ihnen senden.
register-done-heading = Prüfen Sie Ihr E-Mail-Postfach
register-done-body = Wir haben Ihnen eine E-Mail mit einem Link zur Aktivierung Ihrer Einrichtung und mit Ihrem Einrichtungscode gesendet. Solange Sie dem Link nicht folgen, geschieht nichts weiter.
register-section-facility = Einrichtung
register-facility-name = Name der Einrichtung oder Abteilung
register-institution = Krankenhaus oder Institution
register-department = Fachabteilung
register-address = Anschrift
register-country = Land
register-section-eligibility = Voraussetzungen
register-procedures = Therapeutische Eingriffe der interventionellen Onkologie pro Jahr
register-procedures-hint = Erforderlich sind mindestens { $minimum } Eingriffe pro Jahr.
register-approver-name = Name der Abteilungsleitung oder Krankenhausdirektion, die zugestimmt hat
register-approver-email = Deren E-Mail-Adresse
register-approval-date = Datum der Zustimmung
register-approval-confirmed = Ich bestätige, dass die Abteilungsleitung oder die Krankenhausdirektion dieser Registrierung zugestimmt hat.
register-section-account = Ihr Konto
register-account-hint = Sie werden Hauptkontoinhaber: Sie genehmigen den Beitritt von Kolleginnen und Kollegen und benennen die Rollen der Einrichtung.
register-your-name = Ihr Name
register-your-email = Ihre E-Mail-Adresse
register-password = Passwort
register-password-hint = Mindestens { $min } Zeichen.
register-section-roles = Rollen der Einrichtung
register-roles-hint = Lassen Sie ein Feld leer, um die Rolle selbst zu übernehmen (die Stellvertretung ist optional). Per E-Mail benannte Personen erhalten nach der Aktivierung der Einrichtung eine Einladung mit dem Einrichtungscode.
register-ar-email = Bevollmächtigter Vertreter (E-Mail)
register-contact-email = Benannte Kontaktperson (E-Mail)
register-substitute-email = Stellvertretung der Kontaktperson (E-Mail)
register-submit = Einrichtung registrieren
register-error-procedures-below-minimum = Für die Akkreditierung sind mindestens { $minimum } therapeutische Eingriffe der interventionellen Onkologie pro Jahr erforderlich.
register-error-approval-in-future = Das Datum der Zustimmung darf nicht in der Zukunft liegen.
register-error-approval-too-old = Die Zustimmung darf nicht älter als zwei Jahre sein.
register-error-approval-not-confirmed = Bitte bestätigen Sie, dass der Registrierung zugestimmt wurde.
register-error-facility-exists = Diese Einrichtung ist bereits registriert. Bitten Sie den Hauptkontoinhaber um den Einrichtungscode und treten Sie der Einrichtung bei.

## Activation and email confirmation
activate-page-title = Einrichtung aktivieren
activate-heading = Aktivieren Sie Ihre Einrichtung
activate-intro = Mit der Aktivierung bestätigen Sie Ihre E-Mail-Adresse und eröffnen die Einschreibung Ihrer Einrichtung.
activate-submit = Jetzt aktivieren
activate-done = { $facility } ist aktiviert. Die Einschreibungsrechnung ist jetzt offen.
activate-sign-in = Anmelden
confirm-email-page-title = E-Mail-Adresse bestätigen
confirm-email-heading = Bestätigen Sie Ihre E-Mail-Adresse
confirm-email-submit = E-Mail-Adresse bestätigen
confirm-email-done = Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.

## Accounts
sign-up-page-title = Konto erstellen
sign-up-heading = Konto erstellen
sign-up-intro = Erstellen Sie ein Konto, um einer bereits registrierten Einrichtung beizutreten. Dafür benötigen Sie deren Einrichtungscode.
sign-up-submit = Konto erstellen
sign-up-done = Wir haben Ihnen eine E-Mail mit einem Link zur Bestätigung Ihrer Adresse gesendet.
sign-up-register-instead = Sie möchten eine neue Einrichtung registrieren? Nutzen Sie dafür die Registrierung für Einrichtungen.
forgot-password-page-title = Passwort vergessen
forgot-password-heading = Passwort zurücksetzen
forgot-password-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen dann einen Link, mit dem Sie ein neues Passwort wählen können.
forgot-password-submit = Link senden
forgot-password-done = Falls ein Konto diese Adresse verwendet, haben wir einen Link dorthin gesendet. Der Link ist eine Stunde lang gültig.
resend-link-page-title = Neuen Link anfordern
resend-link-heading = Neuen Link anfordern
resend-link-intro = Ihr Aktivierungs- oder Bestätigungslink ist abgelaufen oder verloren gegangen? Geben Sie die E-Mail-Adresse ein, mit der Sie sich registriert haben. Wartet eine Registrierung oder ein Konto mit dieser Adresse noch auf Aktivierung oder Bestätigung, senden wir einen neuen Link; frühere Links werden ungültig.
resend-link-submit = Neuen Link senden
resend-link-done = Falls eine Registrierung oder ein Konto mit dieser Adresse auf Aktivierung oder Bestätigung wartet, ist ein neuer Link unterwegs. Prüfen Sie Ihren Posteingang und den Spam-Ordner.
resend-link-ask = Link abgelaufen oder verloren? Neuen Link anfordern
registration-error-not-pending = Diese Einrichtung ist bereits aktiviert: Es gibt keine offene Registrierung mehr.
registration-error-reason-required = Geben Sie einen Grund an; er wird im Prüfprotokoll festgehalten.
admin-registration-resent = Ein neuer Aktivierungslink wurde an die registrierende Person gesendet.
admin-registration-actions = Offene Registrierung von { $facility }: Aktionen
admin-registration-resend = Aktivierungslink erneut senden
admin-registration-activate-reason = Warum die Geschäftsstelle im Namen der registrierenden Person aktiviert (wird im Prüfprotokoll festgehalten)
admin-registration-activate-confirm = Ich habe auf anderem Weg geprüft, wer { $facility } registriert hat; die Geschäftsstelle aktiviert in deren Namen
admin-registration-activate = Im Namen der registrierenden Person aktivieren
admin-registration-delete-reason = Warum die Registrierung gelöscht wird (wird im Prüfprotokoll festgehalten)
admin-registration-delete-confirm = Die Registrierung von { $facility } löschen und Name und E-Mail-Adresse freigeben
admin-registration-delete = Registrierung löschen
reset-password-page-title = Neues Passwort wählen
reset-password-heading = Neues Passwort wählen
reset-password-submit = Neues Passwort speichern
reset-password-done = Ihr Passwort wurde geändert und Sie wurden auf allen Geräten abgemeldet.
account-page-title = Ihr Konto
account-heading = Ihr Konto
account-change-password = Passwort ändern
account-current-password = Aktuelles Passwort
account-new-password = Neues Passwort
account-change-password-submit = Passwort ändern
account-password-changed = Ihr Passwort wurde geändert. Andere Geräte wurden abgemeldet.
account-error-current-password = Das aktuelle Passwort ist nicht korrekt.

## Facilities and joining
facilities-page-title = Meine Einrichtungen
facilities-heading = Meine Einrichtungen
facilities-none = Sie gehören noch keiner Einrichtung an.
facilities-register-link = Einrichtung registrieren
join-page-title = Einer Einrichtung beitreten
join-heading = Einer Einrichtung beitreten
join-intro = Geben Sie den Einrichtungscode ein, den Sie vom Hauptkontoinhaber Ihrer Einrichtung erhalten haben.
join-code = Einrichtungscode
join-code-hint = Zehn Buchstaben und Ziffern, z. B. ABCDE-23456.
join-submit = Beitritt anfragen
join-done-active = Sie sind jetzt Mitglied der Einrichtung.
join-done-pending = Ihre Anfrage wurde gesendet. Der Hauptkontoinhaber muss sie noch genehmigen.
join-need-account = Um einer Einrichtung beizutreten, melden Sie sich zuerst an oder erstellen Sie ein Konto.
join-error-code-unknown = Es gibt keine aktive Einrichtung mit diesem Code. Prüfen Sie den Code und versuchen Sie es erneut.
join-error-already-member = Sie sind bereits Mitglied dieser Einrichtung.

## A facility's page
facility-page-title = Einrichtung
facility-status = Status
facility-code = Einrichtungscode
facility-code-hint = Mit diesem Code treten Kolleginnen und Kollegen Ihrer Einrichtung bei.
facility-read-only-notice = Sie sehen diese Einrichtung als Programmbüro: nur lesend. Nur die Mitglieder der Einrichtung ändern ihre Inhalte.
facility-roles-heading = Rollen der Einrichtung
facility-role-invited = eingeladen
facility-role-vacant = nicht benannt
facility-role-assign = Benennen
facility-pending-heading = Beitrittsanfragen
facility-approve = Genehmigen
facility-decline = Ablehnen
facility-members-heading = Mitglieder
facility-member-name = Name
facility-member-email = E-Mail-Adresse
facility-member-roles = Rollen
facility-member-actions = Aktionen
facility-remove = Entfernen
facility-remove-member = { $name } entfernen
facility-history-heading = Statusverlauf
facility-main-holder = Hauptkontoinhaber
facility-error-status-change = Dieser Statuswechsel ist vom aktuellen Status der Einrichtung aus nicht möglich.
facility-status-registered = Registriert – Aktivierung ausstehend
facility-status-pending-payment = Aktiviert – Zahlung der Einschreibungsgebühr ausstehend
facility-status-enrolled = Eingeschriebenes Zentrum
facility-status-accredited = Akkreditiertes Zentrum
facility-status-centre-of-excellence = Centre of Excellence
facility-status-expired = Abgelaufen
facility-status-withdrawn = Zurückgezogen
facility-role-authorised-representative = Bevollmächtigter Vertreter
facility-role-contact = Benannte Kontaktperson
facility-role-substitute = Stellvertretende Kontaktperson
membership-status-pending = Wartet auf Genehmigung
membership-status-active = Mitglied
membership-status-declined = Abgelehnt
membership-status-removed = Entfernt
members-error-not-pending = Über diese Anfrage wurde bereits entschieden.
members-error-cannot-remove-main-holder = Der Hauptkontoinhaber kann nicht entfernt werden.
members-error-not-member = Diese Person ist kein aktives Mitglied der Einrichtung.
members-error-name-another-ar = Benennen Sie einen anderen bevollmächtigten Vertreter, bevor Sie dieses Mitglied entfernen.

## Administration
admin-page-title = Verwaltung
admin-heading = Verwaltung
admin-outbox-link = Postausgang
admin-facilities-heading = Registrierungen und Einrichtungen
admin-facility = Einrichtung
admin-registered-at = Registriert
admin-users-heading = Konten und globale Rollen
admin-unconfirmed = E-Mail nicht bestätigt
admin-change-access = Rollen und Zugang von { $name } ändern
admin-no-roles = keine
admin-column-access = Rollen und Zugang
admin-column-roles = Rollen
admin-disabled = deaktiviert
admin-grant-role = Rolle { $role } an { $name } vergeben
admin-revoke-role = { $name } die Rolle { $role } entziehen
admin-confirm-enable = Ich bestätige: { $name } kann sich wieder anmelden.
admin-confirm-disable = Ich bestätige: { $name } wird sofort überall abgemeldet und kann sich erst wieder anmelden, wenn das Konto wieder aktiviert ist.
admin-enable-account = Konto von { $name } wieder aktivieren
admin-disable-account = Konto von { $name } deaktivieren
admin-confirm-revoke = Ich bestätige: { $name } verliert die Rolle { $role }. Die Änderung wird im Prüfprotokoll festgehalten.
admin-confirm-grant = Ich bestätige: { $name } erhält die Rolle { $role }. Die Änderung wird im Prüfprotokoll festgehalten.
admin-error-own-admin-role = Sie können Ihre eigene Administratorrolle nicht entfernen.
admin-error-disable-self = Sie können Ihr eigenes Konto nicht deaktivieren.
role-administrator = Administrator
role-assessor = Gutachter
role-translator = Übersetzer
outbox-page-title = Postausgang
outbox-heading = Postausgang
outbox-intro = Alle E-Mails, die die Anwendung verfasst hat, die neuesten zuerst. Ist kein Mailserver konfiguriert, werden E-Mails nur hier zugestellt.
outbox-demonstration = Demonstrations-E-Mails — nicht zugestellt. Es ist kein Mailserver eingerichtet (SMTP_URL); diese Nachrichten samt Links werden nur hier angezeigt.
audit-page-title = Prüfprotokoll
audit-intro = Jede Änderung im Programm, wer sie vorgenommen hat und wann. Jeder Eintrag ist mit dem vorherigen verkettet, sodass jede Änderung am Protokoll selbst auffällt.
audit-filter-facility = Einrichtung
audit-filter-any = alle
audit-filter-user = Person (E-Mail-Adresse)
audit-filter-action = Aktion beginnt mit
audit-filter-from = Von (UTC)
audit-filter-to = Bis (UTC)
audit-filter-apply = Einträge anzeigen
audit-filter-reset = Filter zurücksetzen
audit-export-csv = Als CSV herunterladen
audit-none = Keine Einträge passen zu diesem Filter.
audit-column-time = Zeit (UTC)
audit-column-actor = Von
audit-column-action = Aktion
audit-column-target = Betrifft
audit-column-change = Änderung
audit-pages = Seiten des Prüfprotokolls
audit-newer = Neuere Einträge
audit-older = Ältere Einträge
audit-page-number = Seite { $page }
outbox-empty = Noch keine E-Mails.
outbox-sent = gesendet am { $at }
outbox-failed = nach { $attempts } Versuchen nicht zugestellt: { $error }
outbox-not-sent = nicht gesendet

## Mail (plain text; the HTML part is made from it)
mail-footer = Accredit-IO – Akkreditierung für interventionelle Onkologie. Diese Nachricht wurde automatisch versendet.
mail-activation-subject = { $facility } bei Accredit-IO aktivieren
mail-activation-body =
    Guten Tag { $name },

    vielen Dank für die Registrierung von { $facility }. Bitte aktivieren Sie die Einrichtung innerhalb von { $hours } Stunden, indem Sie diesen Link öffnen und auf „Jetzt aktivieren“ klicken:

    { $link }

    Ihr Einrichtungscode lautet { $code }. Mit diesem Code treten Kolleginnen und Kollegen Ihrer Einrichtung bei; jede Anfrage genehmigen Sie selbst.

    Falls Sie sich nicht registriert haben, ignorieren Sie diese E-Mail bitte.
mail-confirm-email-subject = Bestätigen Sie Ihre E-Mail-Adresse für Accredit-IO
mail-confirm-email-body =
    Guten Tag { $name },

    bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von { $hours } Stunden, indem Sie diesen Link öffnen:

    { $link }

    Falls Sie kein Konto erstellt haben, ignorieren Sie diese E-Mail bitte.
mail-password-reset-subject = Ihr Passwort für Accredit-IO zurücksetzen
mail-password-reset-body =
    Guten Tag { $name },

    jemand hat angefordert, das Passwort Ihres Kontos zurückzusetzen. Um ein neues Passwort zu wählen, öffnen Sie diesen Link innerhalb von { $minutes } Minuten:

    { $link }

    Falls Sie das nicht waren, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.
mail-sign-up-existing-subject = Jemand wollte mit Ihrer Adresse ein Accredit-IO-Konto anlegen
mail-sign-up-existing-body =
    Guten Tag { $name },

    jemand wollte mit dieser E-Mail-Adresse ein Konto anlegen; sie hat bereits eines. Es wurde kein neues Konto angelegt.

    Waren Sie es, melden Sie sich hier an: { $sign_in }
    Haben Sie Ihr Passwort vergessen, wählen Sie hier ein neues: { $reset }

    Waren Sie es nicht, ignorieren Sie diese E-Mail.
mail-activated-by-office-subject = { $facility } wurde von der Geschäftsstelle des Programms aktiviert
mail-activated-by-office-body =
    Guten Tag { $name },

    die Geschäftsstelle des Programms hat { $facility } in Ihrem Namen aktiviert. Ihre E-Mail-Adresse gilt als bestätigt, und Sie können sich anmelden:

    { $sign_in }

    Kennen Sie Ihr Passwort nicht mehr, wählen Sie hier ein neues: { $reset }

    Die Einschreibungsrechnung finden Sie auf der Seite der Einrichtung.
mail-role-invitation-subject = Sie wurden für { $facility } als { $role } benannt
mail-role-invitation-body =
    Guten Tag,

    { $inviter } hat Sie bei Accredit-IO für { $facility } als { $role } benannt.

    Um die Rolle zu übernehmen, melden Sie sich an (oder erstellen Sie ein Konto mit dieser E-Mail-Adresse) und treten Sie der Einrichtung mit dem Code { $code } bei:

    { $link }
mail-join-requested-subject = { $member } möchte { $facility } beitreten
mail-join-requested-body =
    Guten Tag { $name },

    { $member } ({ $member_email }) möchte { $facility } mit dem Einrichtungscode beitreten. Sie können die Anfrage auf der Seite der Einrichtung genehmigen oder ablehnen:

    { $link }
mail-join-pending-subject = Ihre Beitrittsanfrage für { $facility }
mail-join-pending-body =
    Guten Tag { $name },

    Ihre Beitrittsanfrage für { $facility } wurde an den Hauptkontoinhaber gesendet. Wir benachrichtigen Sie per E-Mail, sobald darüber entschieden wurde.
mail-join-approved-subject = Sie sind jetzt Mitglied von { $facility }
mail-join-approved-body =
    Guten Tag { $name },

    Sie sind jetzt Mitglied von { $facility } bei Accredit-IO:

    { $link }
mail-join-declined-subject = Ihre Beitrittsanfrage für { $facility }
mail-join-declined-body =
    Guten Tag { $name },

    Ihre Beitrittsanfrage für { $facility } wurde abgelehnt. Falls Sie das für einen Irrtum halten, wenden Sie sich bitte direkt an die Einrichtung.
mail-role-assigned-subject = Sie sind jetzt { $role } für { $facility }
mail-role-assigned-body =
    Guten Tag { $name },

    Sie wurden bei Accredit-IO für { $facility } als { $role } benannt.

## Invoices and payments
invoices-heading = Rechnungen
invoices-none = Noch keine Rechnungen.
invoice-page-title = Rechnung
invoice-number = Nummer
invoice-kind = Art
invoice-issued-on = Ausgestellt
invoice-due-on = Fällig
invoice-total = Gesamtbetrag
invoice-status = Status
invoice-open = Noch offen
invoice-view = Ansehen
invoice-back = Zurück zur Einrichtung
invoice-print = Drucken
invoice-pdf = PDF herunterladen
invoice-heading = Rechnung { $number }
invoice-credit-note-heading = Gutschrift { $number }
invoice-vat-id = USt-IdNr.: { $id }
invoice-recipient = Rechnungsempfänger
invoice-payment-reference = Zahlungsreferenz
invoice-credits = Diese Gutschrift storniert die Rechnung { $number }.
invoice-void-reason = Diese Rechnung wurde storniert: { $reason }
invoice-description = Beschreibung
invoice-amount = Betrag
invoice-net = Nettobetrag
invoice-vat = USt. { $rate }
invoice-how-to-pay = Zahlungshinweise
invoice-pay-by = Bitte überweisen Sie den Gesamtbetrag bis zum { $due } unter Angabe der Zahlungsreferenz { $reference }.
invoice-payments = Eingegangene Zahlungen
invoice-open-amount = Noch offen: { $amount }
invoice-line-enrolment-fee = Einschreibungsgebühr
invoice-line-annual-fee = Jahresgebühr, Einschreibungsjahr { $year } (bis { $until })
invoice-line-recertification-fee = Rezertifizierungsgebühr (aktuelle Akkreditierung gültig bis { $until })
invoice-kind-enrolment = Einschreibung
invoice-kind-annual = Jahresgebühr
invoice-kind-recertification = Rezertifizierung
invoice-kind-credit-note = Gutschrift
invoice-status-open = Offen
invoice-status-paid = Bezahlt
invoice-status-overdue = Überfällig
invoice-status-void = Storniert
invoice-status-credit = Gutschrift
invoice-error-not-voidable = Diese Rechnung kann nicht storniert werden, da sie bereits storniert oder eine Gutschrift ist.
invoice-error-has-payments = Für diese Rechnung sind Zahlungen erfasst; sie kann nicht storniert werden.
payment-amount = Erhaltener Betrag
payment-date = Eingangsdatum
payment-reference = Bankreferenz
payment-error-amount = Der Betrag muss größer als null sein.
payment-error-amount-format = Geben Sie einen Betrag wie 1500 oder 1500,00 ein.
payment-error-overpayment = Das ist mehr, als auf dieser Rechnung noch offen ist.
payment-error-not-payable = Für stornierte Rechnungen und Gutschriften können keine Zahlungen erfasst werden.
payment-error-future-date = Das Zahlungsdatum darf nicht in der Zukunft liegen.
seal-enrolled = Eingeschriebenes Zentrum
seal-accredited = Akkreditiertes Zentrum
seal-excellence = Centre of Excellence
facility-pathway-label = Stand auf dem Weg zur Akkreditierung
admin-invoices-link = Rechnungen
admin-invoices-page-title = Rechnungen
admin-invoices-heading = Rechnungen
admin-filter-all = Alle
admin-filter-year = Jahr
admin-filter-apply = Filtern
admin-invoices-total =
    { $count ->
        [one] eine Rechnung, { $total }
       *[other] { $count } Rechnungen, { $total }
    }
admin-record-payment-for = Zahlung oder Stornierung für { $number }
admin-record-payment = Zahlung erfassen
admin-payment-recorded = Die Zahlung wurde erfasst.
admin-payment-recorded-enrolled = Die Zahlung wurde erfasst. Die Rechnung ist bezahlt und die Einrichtung ist jetzt Eingeschriebenes Zentrum.
admin-void-reason = Grund der Stornierung
admin-void-invoice = { $number } stornieren und Gutschrift ausstellen
admin-invoice-voided = Die Rechnung wurde storniert; die Gutschrift { $number } wurde ausgestellt.
mail-invoice-issued-subject = Rechnung { $number } für { $facility }
mail-invoice-issued-body =
    Guten Tag { $name },

    die Rechnung { $number } für { $facility } wurde ausgestellt: { $amount }, fällig am { $due }. Bitte geben Sie bei Ihrer Überweisung die Zahlungsreferenz { $reference } an.

    Sie können die Rechnung hier ansehen und drucken:

    { $link }
mail-invoice-reminder-subject = Zahlungserinnerung: Rechnung { $number } ist fällig
mail-invoice-reminder-body =
    Guten Tag { $name },

    laut unseren Unterlagen sind auf die Rechnung { $number } für { $facility }, fällig am { $due }, noch { $amount } offen. Bitte überweisen Sie den Betrag unter Angabe der Zahlungsreferenz { $reference }. Falls Sie inzwischen bezahlt haben, betrachten Sie diese Erinnerung bitte als gegenstandslos.

    { $link }
mail-facility-enrolled-subject = { $facility } ist jetzt Eingeschriebenes Zentrum
mail-facility-enrolled-body =
    Guten Tag { $name },

    vielen Dank für Ihre Zahlung. { $facility } ist jetzt Eingeschriebenes Zentrum, und Ihr Team kann mit dem Antrag auf Akkreditierung beginnen.

    { $link }
invoice-pdf-unavailable = Das PDF kann auf diesem Server nicht erstellt werden (für diese Sprache ist keine Schriftart installiert). Verwenden Sie stattdessen „Drucken“ auf der Rechnungsseite.

## Standards editions and answers
admin-editions-link = Ausgaben der Standards
editions-page-title = Ausgaben der Standards
editions-heading = Ausgaben der Standards
editions-title = Ausgabe
editions-id = Kennung
editions-published = Veröffentlicht
editions-items = Kriterien
editions-item-count = { $items } Kriterien, davon { $core } Kernkriterien
editions-demonstration = Demonstration
editions-import-heading = Ausgabe importieren
editions-import-intro = Fügen Sie eine Ausgabedatei ein (TOML, wie in docs/standards-edition.md beschrieben). Sie wird vollständig geprüft, bevor etwas gespeichert wird; eine importierte Ausgabe ändert sich nie.
editions-file = Ausgabedatei
editions-import = Prüfen und importieren
editions-imported = Die Ausgabe { $id } wurde mit { $items } Kriterien importiert.
editions-unchanged = Die Ausgabe { $id } wurde bereits mit genau diesem Inhalt importiert. Es wurde nichts geändert.
editions-conflict = Eine Ausgabe mit der Kennung { $id } existiert bereits mit anderem Inhalt. Ausgaben ändern sich nie: Geben Sie der neuen Ausgabe eine eigene Kennung.
editions-syntax = Die Datei konnte nicht als Ausgabedatei gelesen werden:
editions-problems =
    { $count ->
        [one] Die Datei enthält ein Problem; es wurde nichts importiert:
       *[other] Die Datei enthält { $count } Probleme; es wurde nichts importiert:
    }
answer-error-explanation-required = Bitte fügen Sie eine Erläuterung hinzu.
answer-error-out-of-range = Diese Zahl liegt außerhalb des zulässigen Bereichs.
answer-error-date-in-future = Das Datum darf nicht in der Zukunft liegen.
answer-error-unknown-option = Wählen Sie eine der angebotenen Optionen.
answer-error-wrong-type = Diese Antwort passt nicht zur Frage. Laden Sie die Seite neu und antworten Sie erneut.
attention-unanswered = Noch nicht beantwortet
attention-core-not-met = Ein Kernkriterium muss vor der Einreichung erfüllt sein
attention-invalid = Die Antwort muss korrigiert werden
attention-evidence-missing = Erforderlicher Nachweis noch nicht hochgeladen
application-error-not-enrolled = Ein Antrag kann eröffnet werden, sobald die Einrichtung ein Eingeschriebenes Zentrum ist (die Einschreibungsrechnung ist bezahlt).
application-error-no-edition = Es wurde noch keine Ausgabe der Standards importiert. Bitte wenden Sie sich an die Administration.
application-error-not-draft = Dieser Antrag wurde eingereicht und kann nicht mehr geändert werden.
answer-error-unknown-item = Diese Frage gehört nicht zur Standards-Ausgabe dieses Antrags.

## The questionnaire
application-heading = Antrag auf Akkreditierung
application-open = Zum Antrag
application-page-title = Antrag
application-index-label = Standards des Antrags
application-demonstration-notice = Dies ist die Demonstrationsausgabe der Standards: Beispielfragen in unseren eigenen Worten, nicht die lizenzierten Standards.
application-read-only-notice = Nur-Lese-Ansicht für das Programmbüro: Antworten, Nachweise und die Fallprüfung ändern nur die Mitglieder der Einrichtung.
application-summary-heading = Was noch offen ist
application-core-progress = Beantwortete Kernkriterien: { $answered } von { $total }
application-extended-progress = Beantwortete erweiterte Kriterien: { $answered } von { $total } (erforderlich für Centre of Excellence)
application-ready = Alle Kriterien sind beantwortet, alle Kernkriterien sind erfüllt und mit den erforderlichen Nachweisen verknüpft, und die Fallprüfung ist abgeschlossen: Der Antrag kann eingereicht werden.
application-not-ready = Der Antrag kann noch nicht eingereicht werden. Eingereicht wird, sobald alle Kriterien beantwortet sind (ein erweitertes Kriterium darf „noch nicht erfüllt“ sein), alle Kernkriterien erfüllt und mit den erforderlichen Nachweisen verknüpft sind und die interne Fallprüfung abgeschlossen ist.
application-blocking-count =
    { $count ->
        [one] Ein Punkt verhindert noch die Einreichung
       *[other] { $count } Punkte verhindern noch die Einreichung
    }
application-blocking-case-review = noch nicht abgeschlossen
application-attention-count =
    { $count ->
        [one] Ein Kriterium erfordert Aufmerksamkeit
       *[other] { $count } Kriterien erfordern Aufmerksamkeit
    }
application-level-core = Kernkriterium
application-level-extended = Erweitertes Kriterium
application-progress-heading = Fortschritt nach Abschnitt und Standard
application-column-standard = Standard
application-guidance = Hinweise
application-evidence-needed = Nachweise:
application-answer = Antwort
application-yes = Ja
application-no = Nein
application-explanation = Erläuterung
application-save-saving = Wird gespeichert…
application-save-saved = Gespeichert
application-save-conflict = Von jemand anderem geändert
application-save-offline = Nicht gespeichert: Der Server ist nicht erreichbar. Versuchen Sie es erneut, sobald Sie wieder online sind.
application-save-on-device = Offline — auf diesem Gerät gespeichert
application-page-on-device = Offline — { $count ->
    [one] eine Antwort ist
   *[other] { $count } Antworten sind
} auf diesem Gerät gespeichert und werden gesendet, sobald die Verbindung wieder besteht.
application-save-signed-out = Auf diesem Gerät behalten: Melden Sie sich erneut an, um sie zu senden.
application-conflict-explain = Jemand anderes hat inzwischen eine andere Antwort zu diesem Kriterium gespeichert. Die andere Antwort lautet:
application-conflict-keep-mine = Meine Antwort behalten
application-conflict-take-theirs = Die andere Antwort übernehmen

## The internal case review (app/src/case_review.rs)

case-review-page-title = Interne Fallprüfung
case-review-intro = Listen Sie die pseudonymisierten Referenzen der Fälle der interventionellen Onkologie auf, die Ihre Abteilung behandelt hat – eine pro Zeile oder als erste Spalte einer CSV-Datei. Die Anwendung zieht daraus 30 Fälle nach dem Zufallsprinzip; Startwert und Fingerabdruck der Liste werden gespeichert, damit sich die Ziehung wiederholen lässt. Verwenden Sie niemals Namen, Geburtsdaten oder Patientennummern der Klinik.
case-review-references = Fallreferenzen
case-review-csv = Oder die Referenzen aus einer CSV-Datei einlesen
case-review-draw = 30 Fälle ziehen
case-review-redraw = Erneut ziehen
case-review-redraw-heading = Fälle erneut ziehen (ein Grund ist erforderlich)
case-review-same-as-previous = Wie der vorige Fall
case-review-reason = Grund für die erneute Ziehung (wird protokolliert)
case-review-drawn = Ziehung { $number } am { $date } durch { $name }: 30 Fälle aus { $pool } Referenzen.
case-review-seed = Startwert { $seed } · Fingerabdruck der Liste { $hash }
case-review-reason-given = Angegebener Grund: { $reason }
case-review-progress = { $done } von { $total } Fällen abgeschlossen
case-review-complete = Die Fallprüfung ist abgeschlossen.
case-review-back = Zurück zum Fragebogen
case-review-link = Interne Fallprüfung
case-review-status-complete = Interne Fallprüfung: abgeschlossen
case-review-status-incomplete = Interne Fallprüfung: noch nicht abgeschlossen
case-review-case-complete = Abgeschlossen
case-review-case-incomplete = Offen
case-review-error-too-few = Geben Sie mindestens 30 verschiedene Fallreferenzen an.
case-review-error-too-many = Die Liste ist zu lang: höchstens 20.000 Referenzen.
case-review-error-reference = Eine Referenz ist länger als 40 Zeichen oder enthält Steuerzeichen.
case-review-error-reference-identifier = Eine Referenz sieht wie ein Name, ein Geburtsdatum oder eine Identifikationsnummer aus. Verwenden Sie ausschließlich pseudonymisierte Referenzen.
case-review-error-line = Zeile { $line }:
case-review-error-reason-required = Für eine erneute Ziehung ist ein Grund erforderlich; er wird protokolliert.
case-review-error-too-many-draws = Die Fälle wurden bereits fünfmal gezogen, öfter geht es nicht. Wenden Sie sich an das Programmbüro, wenn die Liste der Referenzen noch falsch ist.
case-review-error-stale-draw = Die Fälle wurden inzwischen neu gezogen. Laden Sie die Seite neu.
case-review-error-not-drawn = Dieser Fall gehört nicht zur aktuellen Ziehung.
case-procedure-type = Art des Eingriffs
case-procedure-ablation = Thermische Ablation
case-procedure-tace = Chemoembolisation (TACE)
case-procedure-tare = Radioembolisation (TARE/SIRT)
case-procedure-biopsy = Bildgesteuerte Biopsie
case-procedure-embolisation = Andere Embolisation
case-procedure-drainage = Drainage
case-procedure-other = Sonstiges
case-procedure-date = Datum des Eingriffs
case-tumour-board = Besprechung im Tumorboard dokumentiert
case-consent = Aufklärung und Einwilligung dokumentiert
case-complication-grade = Komplikationen (CIRSE-Grad)
case-grade-none = Keine
case-grade = Grad { $grade }
case-follow-up = Nachsorge dokumentiert
case-notes = Anmerkungen (keine Namen, Geburtsdaten oder Identifikationsnummern)
case-missing-procedure-type = Wählen Sie die Art des Eingriffs.
case-missing-procedure-date = Geben Sie das Datum des Eingriffs ein.
case-missing-tumour-board = Geben Sie an, ob die Besprechung im Tumorboard dokumentiert ist.
case-missing-consent = Geben Sie an, ob Aufklärung und Einwilligung dokumentiert sind.
case-missing-complication-grade = Wählen Sie den Komplikationsgrad.
case-missing-follow-up = Geben Sie an, ob die Nachsorge dokumentiert ist.
case-flag-name = Die Anmerkungen scheinen den Namen einer Person zu enthalten.
case-flag-date-of-birth = Die Anmerkungen scheinen ein Geburtsdatum zu enthalten.
case-flag-national-id = Die Anmerkungen scheinen eine Identifikationsnummer zu enthalten.
case-flag-contact = Die Anmerkungen scheinen Kontaktdaten zu enthalten.

## Submission (app/src/db/submissions.rs)

submission-heading = Einreichung
submission-submit = Antrag einreichen
submission-confirm = Als bevollmächtigter Vertreter bestätige ich, dass die Antworten und die interne Fallprüfung vollständig und korrekt sind.
submission-only-representative = Nur der bevollmächtigte Vertreter der Einrichtung kann den Antrag einreichen.
submission-not-ready = Beantworten Sie alle Kernkriterien und schließen Sie die interne Fallprüfung ab, bevor Sie den Antrag einreichen.
submission-error-not-ready = Der Antrag kann noch nicht eingereicht werden: Ein Kriterium ist unbeantwortet, ein Kernkriterium ist nicht erfüllt oder ohne erforderlichen Nachweis, oder die Fallprüfung ist nicht abgeschlossen.
submission-receipt = Eingereicht am { $date } von { $name }.
submission-hash = Fingerabdruck des Inhalts (SHA-256): { $hash }
submission-read-only = Der Antrag wurde eingereicht und kann nicht mehr geändert werden.
mail-application-submitted-subject = Antrag von { $facility } eingereicht
mail-application-submitted-body =
    Guten Tag { $name },

    der Antrag von { $facility } auf Akkreditierung wurde eingereicht. Die Antworten und die interne Fallprüfung sind nun festgeschrieben. Fingerabdruck des Inhalts (SHA-256):

    { $hash }

    Die IASIOS-Geschäftsstelle wird Gutachter zuweisen. Sie können den Antrag hier verfolgen:

    { $link }

## Evidence (app/src/evidence.rs, server/src/evidence.rs)

evidence-library-heading = Nachweisbibliothek
evidence-library-intro = Dateien, die Ihr Team für diese Einrichtung hochgeladen hat. Eine Datei kann als Nachweis für mehrere Kriterien dienen. PDF, Bilder, Office-Dokumente und reiner Text bis jeweils { $size }; der Dateityp wird anhand des Inhalts geprüft, nicht anhand des Dateinamens.
evidence-attach = Datei anhängen
evidence-upload = Hochladen
evidence-upload-offline = Kein Netz: Dateien können hochgeladen werden, sobald die Verbindung wieder besteht. Ihre Antworten werden weiterhin auf diesem Gerät gespeichert.
evidence-from-library = Oder eine Datei aus der Bibliothek auswählen
evidence-link = Verknüpfen
evidence-remove = Entfernen
evidence-none = Noch keine Dateien hochgeladen.
evidence-uploaded = Die Datei wurde hochgeladen.
evidence-not-linked = Mit keinem Kriterium verknüpft
evidence-uploaded-by = { $name }, { $date }
evidence-column-file = Datei
evidence-column-size = Größe
evidence-column-uploaded = Hochgeladen
evidence-column-items = Nachweis für
evidence-kind-pdf = PDF
evidence-kind-image = Bild
evidence-kind-document = Dokument
evidence-kind-spreadsheet = Tabelle
evidence-kind-presentation = Präsentation
evidence-kind-text = Text
evidence-error-type = Dieser Dateityp wird nicht akzeptiert. Laden Sie eine PDF-Datei, ein Bild, ein Office-Dokument oder reinen Text hoch.
evidence-error-too-large = Die Datei überschreitet die maximale Größe für das Hochladen.
evidence-error-empty = Wählen Sie eine Datei zum Hochladen aus; leere Dateien werden nicht akzeptiert.
evidence-error-no-file = Diese Datei befindet sich nicht in der Nachweisbibliothek Ihrer Einrichtung.

## Assessment (app/src/assessment.rs, app/src/db/assessment.rs, pages/assessment, pages/admin/applications.rs, pages/certificates.rs)

application-status-draft = Entwurf
application-status-submitted = Eingereicht – wartet auf Gutachter
application-status-under-assessment = In Begutachtung
application-status-evidence-requested = Nachweise von den Gutachtern angefordert
application-status-amendments-required = Nachbesserungen erforderlich
application-status-accredited = Akkreditiert
assessment-clock = Laufzeit der Begutachtung: { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
} (ruht, solange Rückfragen offen sind)
assessment-error-not-assessor = Diese Person hat nicht die Rolle „Gutachter“.
assessment-error-already-assigned = Dieser Gutachter ist dem Antrag bereits zugewiesen.
assessment-error-already-declared = Die Erklärung für diese Zuweisung wurde bereits abgegeben.
assessment-error-not-submitted = Der Antrag wurde noch nicht eingereicht.
assessment-error-not-under-assessment = Der Antrag befindet sich nicht in der Begutachtung.
assessment-error-open-queries = Schließen Sie alle offenen Rückfragen, bevor Sie entscheiden.
assessment-error-query-closed = Diese Rückfrage ist geschlossen.
assessment-error-core-not-met = Für die Entscheidung „Akkreditiert“ muss jedes Kernkriterium von jedem Gutachter als erfüllt bewertet sein.
assessment-error-case-review = Für die Entscheidung „Akkreditiert“ muss die interne Fallprüfung abgeschlossen sein.
assessment-error-no-items = Nennen Sie die Kriterien, die nachgebessert werden müssen.
assessments-page-title = Begutachtungen
assessments-intro = Bevor Sie einen Antrag einsehen, erklären Sie etwaige Interessenkonflikte. Ein erklärter Interessenkonflikt beendet die Zuweisung, und die Geschäftsstelle weist eine andere Person zu.
assessments-none = Ihnen sind keine Anträge zugewiesen.
assessments-open = Antrag öffnen
assessments-back = Alle Begutachtungen
workspace-case-forms = Fallbögen lesen
workspace-back = Zurück zur Begutachtung
assignment-status-awaiting-declaration = Erklärung zu Interessenkonflikten erforderlich
assignment-status-active = Aktiv
assignment-status-conflict = Interessenkonflikt erklärt
assignment-conflict-explain = Sie haben einen Interessenkonflikt erklärt; die Geschäftsstelle wurde informiert.
declaration-intro = Haben Sie einen Interessenkonflikt in Bezug auf diese Einrichtung?
declaration-same-institution = Ich arbeite an derselben Institution oder für sie.
declaration-same-country = Ich arbeite im selben Land.
declaration-other = Andere Gründe (leer lassen, falls keine)
declaration-submit = Erklärung absenden
workspace-page-title = Begutachtung
workspace-answer = Antwort der Einrichtung:
workspace-no-answer = Nicht beantwortet
finding-legend = Bewertung
finding-met = Erfüllt
finding-partially-met = Teilweise erfüllt
finding-not-met = Nicht erfüllt
finding-not-applicable = Nicht zutreffend
finding-comment = Kommentar zur Bewertung
query-open = Offene Rückfrage
query-closed = Geschlossene Rückfrage
query-reply = Antworten
query-attach = Datei aus der Nachweisbibliothek anhängen
query-attached-file = Angehängter Nachweis
query-send = Senden
query-close = Rückfrage schließen
query-new = Rückfrage an die Einrichtung zu diesem Kriterium
query-question = Frage oder angeforderter Nachweis
query-ask = Rückfrage stellen
recommendation-heading = Empfehlung
recommendation-outcome = Empfohlene Entscheidung
recommendation-comment = Begründung
recommendation-send = Empfehlung absenden
decision-accredited = Akkreditiert
decision-amendments-required = Nachbesserungen erforderlich
decision-heading = Entscheidung
decision-outcome = Entscheidung
decision-items = Nachzubessernde Kriterien:
decision-comment = Kommentar für die Einrichtung
decision-record = Entscheidung festhalten
decision-blocked-core = Nicht von jedem Gutachter als erfüllt bewertete Kernkriterien: { $items }
decision-page-title = Entscheidungsschreiben
decision-letter-accredited = Die Einrichtung ist von IASIOS als Akkreditiertes Zentrum akkreditiert.
decision-letter-amendments = Die Begutachtung hat Kriterien ergeben, die nachgebessert werden müssen. Nur diese Kriterien sind wieder geöffnet; sobald sie nachgebessert sind, reicht der bevollmächtigte Vertreter den Antrag erneut ein.
decision-open-letter = Entscheidungsschreiben lesen
decision-verify-link = Zertifikat überprüfen
decision-none = Noch keine Entscheidung.
admin-applications-title = Anträge in Begutachtung
admin-applications-none = Es wurde noch kein Antrag eingereicht.
admin-column-facility = Einrichtung
admin-column-status = Status
admin-column-clock = Laufzeit
admin-column-queries = Offene Rückfragen
admin-column-assessors = Gutachter
admin-assessors-heading = Gutachter
admin-assign-label = Gutachter zuweisen
admin-assign = Zuweisen
admin-findings-heading = Bewertungen der aktiven Gutachter
admin-findings-active = { $count ->
    [one] 1 aktiver Gutachter
   *[other] { $count } aktive Gutachter
}
admin-queries-heading = Rückfragen
verify-page-title = Überprüfung des Zertifikats
verify-state-valid = Gültig
verify-state-expired = Abgelaufen
verify-state-withdrawn = Zurückgezogen
verify-state-recertification = Gültig — Rezertifizierung in Begutachtung
verify-validity = Gültig vom { $from } bis { $until }
verify-code = Prüfcode { $code }
verify-unknown = Zu diesem Prüfcode gibt es kein Zertifikat.
verify-badge-alt = Akkreditierungssiegel mit dem aktuellen Status
directory-page-title = Verzeichnis der Zentren
directory-intro = Akkreditierte Zentren und Centres of Excellence mit gültigem Zertifikat sowie Eingeschriebene Zentren, die sich für einen Eintrag im Verzeichnis entschieden haben.
directory-search = Suchen
directory-filter-apply = Anzeigen
directory-status = Status
directory-all = Alle
directory-country = Land
directory-valid-until = Gültig bis
mail-assessor-assigned-subject = Neue Begutachtung: { $facility }
mail-assessor-assigned-body =
    Guten Tag { $name },

    Sie wurden mit der Begutachtung des Antrags von { $facility } beauftragt. Bevor Sie den Antrag einsehen, erklären Sie bitte hier etwaige Interessenkonflikte:

    { $link }
mail-assessor-conflict-subject = Interessenkonflikt für { $facility } erklärt
mail-assessor-conflict-body =
    Guten Tag { $name },

    { $assessor } hat für den Antrag von { $facility } einen Interessenkonflikt erklärt. Die Zuweisung ist gesperrt; bitte weisen Sie einen anderen Gutachter zu:

    { $link }
mail-query-opened-subject = Rückfrage der Gutachter zu Kriterium { $item } von { $facility }
mail-query-opened-body =
    Guten Tag { $name },

    die Gutachter des Antrags von { $facility } haben eine Rückfrage zu Kriterium { $item } gestellt. Die Laufzeit der Begutachtung ruht, bis die Rückfrage beantwortet und geschlossen ist. Antworten Sie, hängen Sie Nachweise an oder bessern Sie das Kriterium hier nach:

    { $link }
mail-decision-made-subject = Entscheidung über den Antrag von { $facility }
mail-decision-made-body =
    Guten Tag { $name },

    über den Antrag von { $facility } wurde eine Entscheidung getroffen. Das Entscheidungsschreiben können Sie hier lesen:

    { $link }
directory-opt-in = Diese eingeschriebene Einrichtung im öffentlichen Verzeichnis aufführen
workspace-preview = Vorschau
admin-overdue-queries = { $count } überfällig
admin-workload-heading = Arbeitslast der Gutachter
admin-workload = { $name }: { $count ->
    [one] 1 Antrag
   *[other] { $count } Anträge
} in Begutachtung
certificate-title = Akkreditierungsurkunde
certificate-scan = Scannen, um den aktuellen Status zu sehen:
certificate-download = Urkunde (PDF)
decision-pdf = Entscheidungsschreiben (PDF)
snapshot-page-title = Der eingereichte Antrag
snapshot-none = Es wurde noch nichts eingereicht.
snapshot-open = Eingereichten Antrag lesen
snapshot-submitted = Eingereicht
snapshot-submitted-by = Von { $name } am { $when }
snapshot-fingerprint = Fingerabdruck (SHA-256)
snapshot-verified = ✓ stimmt mit dem gespeicherten Antrag überein
snapshot-not-verified = ✗ stimmt nicht mit dem gespeicherten Antrag überein – informieren Sie die Geschäftsstelle
snapshot-case-review = Interne Fallprüfung
snapshot-case-review-summary = { $cases } Fälle der Ziehung { $draw } (Startwert { $seed }; SHA-256 der Referenzliste { $pool })
snapshot-unanswered = Nicht beantwortet
export-column-standard = Standard
export-column-item = Kriterium
export-column-level = Stufe
export-column-question = Frage
export-column-answer = Antwort
export-column-evidence = Nachweisdateien
export-column-editor = Zuletzt geändert von
export-column-changed = Letzte Änderung (UTC)
export-heading = Antworten exportieren
export-explain = Eine Zeile pro Kriterium mit Standard, Stufe, Antwort, Anzahl der Nachweisdateien und wer es wann zuletzt geändert hat – zur Weitergabe und Freigabe.
export-xlsx = Antworten als Tabelle (XLSX)
export-csv = Antworten als CSV
assessment-over-target = über dem Ziel von { $weeks } Wochen
workspace-progress = Befunde erfasst: { $done } von { $total } Kriterien

## Application manual (the chapters themselves are in manual.ftl)

nav-manual = Handbuch
manual-page-title = Handbuch der Anwendung
manual-heading = Handbuch der Anwendung
manual-intro = So führen Sie Ihre Abteilung durch den Weg zur Akkreditierung: Registrierung, Fragebogen, Nachweise, Fallprüfung, Einreichung, Begutachtung und Rezertifizierung.
manual-contents = Inhalt
manual-search-label = Im Handbuch suchen
manual-search-submit = Suchen
manual-search-placeholder = zum Beispiel: offline, Fallprüfung, Rechnung
manual-search-count = { $count ->
    [one] Eine Stelle gefunden
   *[other] { $count } Stellen gefunden
}
manual-search-none = Nichts gefunden. Versuchen Sie es mit einem anderen Wort.
manual-print = Druckversion (drucken oder als PDF speichern)
manual-print-button = Drucken oder als PDF speichern
manual-back = Zurück zum Handbuch
manual-back-to-top = Zurück zum Inhalt
manual-help-link = Hilfe zu diesem Standard im Handbuch

## Translator tools

translate-page-title = Übersetzungen
translate-intro = Wie vollständig jede Sprache ist, Datei für Datei, und welche Nachrichten noch bearbeitet werden müssen. Englisch ist die Ausgangssprache: Eine Übersetzung ist veraltet, wenn sich ihr englischer Text geändert hat, nachdem die Übersetzung zuletzt bestätigt wurde.
translate-source-directory = Die Texte werden aus { $dir } gelesen: Eine Änderung an einer .ftl-Datei ist nach dem Neuladen der Seite sichtbar.
translate-source-embedded = Die Texte sind in diesen Server eingebaut. Bearbeiten Sie die Dateien unter locales/ und bauen Sie neu, oder starten Sie einen Entwicklungs-Build, um Änderungen nach dem Neuladen zu sehen.
translate-locale = Sprache
translate-file = Datei
translate-progress = Aktuell
translate-state = Status
translate-state-current = Aktuell
translate-state-missing = Fehlt
translate-state-stale = Veraltet
translate-state-unconfirmed = Nicht bestätigt
translate-open-heading = Zu bearbeiten in { $locale }
translate-file-heading = { $file } in { $locale }
translate-nothing-open = Hier gibt es nichts zu bearbeiten.
translate-confirm-hint = Halten Sie nach dem Aktualisieren einer Übersetzung fest, dass sie dem aktuellen englischen Text entspricht:
translate-id = Nachricht
translate-english = Englisch
translate-target = Übersetzung

## Problems found in a standards edition file (administrators' import; place: field: problem)

edition-place-edition = Ausgabe
edition-place-section = Abschnitt { $n }
edition-place-standard = Standard { $n }
edition-place-item = Kriterium { $key }
edition-place-messages = Nachrichten
edition-problem-id = nur Buchstaben, Ziffern und '-' verwenden
edition-problem-section-count = { $expected } Abschnitte erwartet, { $found } gefunden
edition-problem-number = { $expected } erwartet, { $found } gefunden
edition-problem-no-standards = ein Abschnitt braucht mindestens einen Standard
edition-problem-standard-order = hier wird Standard { $expected } erwartet, gefunden: { $found }
edition-problem-no-items = ein Standard braucht mindestens ein Kriterium
edition-problem-letter = '{ $expected }' erwartet (Buchstaben laufen a, b, c … ohne Lücken), gefunden: '{ $found }'
edition-problem-min-max = min { $min } ist größer als max { $max }
edition-problem-max-chars = muss zwischen 1 und { $max } liegen
edition-problem-few-options = braucht mindestens zwei Optionen
edition-problem-duplicate-option = eine Option kommt doppelt vor
edition-problem-standard-count = Standards 1 bis { $expected } erwartet, der letzte ist { $found }
edition-problem-unknown-message = keine solche Nachricht in locales/en

## Withdrawal from the programme (facility dashboard)

withdraw-heading = Aus dem Programm austreten
withdraw-explain = Die Einrichtung verlässt das Akkreditierungsprogramm: Ihr Zertifikat wird sofort zurückgezogen und die Überprüfung zeigt es als zurückgezogen. Der Grund bleibt im Statusverlauf erhalten. Dies lässt sich hier nicht rückgängig machen.
withdraw-reason = Grund für den Austritt
withdraw-confirm = Mir ist bewusst, dass die Einrichtung und ihr Zertifikat jetzt zurückgezogen werden.
withdraw-submit = Einrichtung zurückziehen
withdraw-error-reason = Bitte geben Sie einen Grund für den Austritt an.

## Rezertifizierungszyklus (Fragebogen, Vergleich)

attention-carried = aus dem vorherigen Zyklus übernommen – bestätigen oder aktualisieren
attention-evidence-expired = verknüpfter Nachweis ist abgelaufen
evidence-expired = abgelaufen
evidence-column-expires = Gültig bis
evidence-error-expiry-date = Geben Sie das Ablaufdatum als Datum ein oder lassen Sie das Feld leer.
evidence-error-expiry-frozen = Diese Datei ist Nachweis eines eingereichten Antrags in Begutachtung; ihr Ablaufdatum kann bis zur Entscheidung nicht geändert werden.
evidence-error-executable = Dateien, die Programme ausführen können (Skripte, ausführbare Dateien, Office-Dateien mit Makros), werden nicht als Nachweis angenommen. Speichern Sie das Dokument als PDF und laden Sie dieses hoch.
recert-heading = Rezertifizierung (Zyklus { $cycle })
recert-carried-note = Aus dem vorherigen Zyklus übernommen – bitte bestätigen oder aktualisieren.
recert-confirm = Unverändert bestätigen
recert-all-confirmed = Alle übernommenen Antworten sind bestätigt oder aktualisiert.
recert-carried-count =
    { $count ->
        [one] Eine übernommene Antwort muss noch bestätigt oder aktualisiert werden.
       *[other] { $count } übernommene Antworten müssen noch bestätigt oder aktualisiert werden.
    }
recert-compare-link = Mit dem vorherigen Zyklus vergleichen
excellence-heading = Centre of Excellence
excellence-gap =
    { $count ->
        [one] Ein erweitertes Kriterium ist noch nicht als erfüllt beantwortet.
       *[other] { $count } erweiterte Kriterien sind noch nicht als erfüllt beantwortet.
    }
excellence-gap-none = Alle erweiterten Kriterien sind als erfüllt beantwortet.
excellence-apply = In diesem Zyklus die Anerkennung als Centre of Excellence beantragen
excellence-requested = Die Einrichtung beantragt die Anerkennung als Centre of Excellence.
excellence-not-requested = Die Einrichtung beantragt keine Anerkennung als Centre of Excellence.
excellence-rule = Die Anerkennung als Centre of Excellence wird verliehen, wenn die Gutachter alle Kern- und alle erweiterten Kriterien als erfüllt bewerten; andernfalls wird die Einrichtung, sofern alle Kernkriterien erfüllt sind, für weitere vier Jahre akkreditiert.
excellence-error-first-cycle = Die Anerkennung als Centre of Excellence kann nur im Rahmen einer Rezertifizierung beantragt werden.
changes-page-title = Änderungen seit dem vorherigen Zyklus
changes-heading = Zyklus { $cycle } im Vergleich zu Zyklus { $previous }
changes-back = Zurück zum Antrag
changes-summary = Beantwortete Kriterien, die vom vorherigen Zyklus abweichen: { $changed } von { $total }.
changes-show-unchanged = Auch unveränderte Kriterien anzeigen
changes-column-item = Kriterium
changes-column-cycle = Zyklus { $cycle }
changes-column-status = Änderung
changes-unchanged = unverändert
changes-changed = geändert
changes-added = neue Antwort
changes-removed = nicht mehr beantwortet

## Jährliche Selbstprüfung (Übersicht der Einrichtung, Administration)

self-check-heading = Jährliche Selbstprüfung
self-check-due = Die zum { $due } fällige Selbstprüfung ist offen. Bestätigen Sie, dass die Abteilung die Kernkriterien weiterhin erfüllt.
self-check-due-representative = Die zum { $due } fällige Selbstprüfung ist offen; der bevollmächtigte Vertreter führt sie durch.
self-check-attested = Die zum { $due } fällige Selbstprüfung wurde am { $date } abgeschlossen.
self-check-changes = Gemeldete Änderungen:
self-check-staff = Die personelle Ausstattung erfüllt die Kernkriterien weiterhin.
self-check-equipment = Geräte und Räumlichkeiten erfüllen die Kernkriterien weiterhin.
self-check-volume = Die Zahl der Eingriffe liegt weiterhin bei mindestens 150 pro Jahr.
self-check-note = Was sich geändert hat
self-check-submit = Selbstprüfung abschließen
self-check-error-note = Geben Sie für jeden Punkt, den Sie nicht bestätigen können, an, was sich geändert hat.
self-check-error-none-open = Für diese Einrichtung ist keine Selbstprüfung offen.
self-check-column-due = Fällig am
self-check-status-open = offen
self-check-status-met = alles bestätigt
self-check-status-changes = Änderungen gemeldet
admin-self-checks-link = Selbstprüfungen
admin-self-checks-title = Jährliche Selbstprüfungen
admin-self-checks-none = Bisher ist noch keine Selbstprüfung fällig geworden.

## Workshops

nav-workshops = Workshops
admin-workshops-link = Workshops
admin-workshops-title = Workshops planen
workshops-page-title = Workshops
workshops-intro = Workshops helfen Teams bei der Vorbereitung auf Akkreditierung und Rezertifizierung. Mitglieder einer Einrichtung buchen Plätze für sich selbst oder für Kolleginnen und Kollegen.
workshops-feed = Kalender abonnieren (iCalendar)
workshops-none = Derzeit sind keine Workshops geplant.
workshops-back = Alle Workshops
workshops-upcoming = Kommende Workshops
workshop-full = Ausgebucht – tragen Sie sich in die Warteliste ein
workshop-seats-left =
    { $count ->
        [one] Noch ein Platz frei
       *[other] Noch { $count } Plätze frei
    }
workshop-seats-of = { $taken } von { $capacity } Plätzen belegt, { $waiting } auf der Warteliste
workshop-language = Sprache
workshop-venue = Veranstaltungsort
workshop-online = Online
workshop-seats = Plätze
workshop-ics = Zum Kalender hinzufügen (.ics)
workshop-book = Platz buchen
workshop-join-waitlist = In die Warteliste eintragen
workshop-for-facility = Für die Einrichtung
workshop-attendee = Teilnehmer
workshop-attendee-hint = Ihre eigene E-Mail-Adresse oder die einer Kollegin bzw. eines Kollegen: Die Person muss Mitglied der Einrichtung sein.
workshop-sign-in = Melden Sie sich an, um einen Platz zu buchen
workshop-attendees = Teilnehmer
workshop-your-bookings = Buchungen Ihrer Einrichtung
workshop-facility = Einrichtung
workshop-booked-by = Gebucht von
workshop-status = Status
workshop-waitlist-position = (Nr. { $position } auf der Warteliste)
workshop-cancel = Stornieren
workshop-booking-confirmed = Platz gebucht
workshop-booking-waitlisted = auf der Warteliste
workshop-booking-cancelled = storniert
workshop-field-title = Titel
workshop-field-description = Beschreibung
workshop-field-starts = Beginn (Ortszeit)
workshop-field-ends = Ende (Ortszeit)
workshop-field-time-zone = Zeitzone (zum Beispiel Europe/Vienna)
workshop-field-capacity = Plätze
workshop-schedule = Workshop planen
workshop-scheduled = Der Workshop ist geplant.
workshop-open = Öffnen
workshop-error-where = Geben Sie einen Veranstaltungsort, einen Online-Link oder beides an.
workshop-error-url = Geben Sie den Online-Link als vollständige Adresse ein, die mit https:// beginnt.
workshop-error-time = Geben Sie ein Datum und eine Uhrzeit ein, die es in dieser Zeitzone gibt.
workshop-error-ends-before-start = Das Ende muss nach dem Beginn liegen.
workshop-error-capacity = Geben Sie eine Zahl an Plätzen von 1 bis 1000 ein.
workshop-error-time-zone = Geben Sie eine Zeitzone mit ihrem Namen ein, zum Beispiel Europe/Vienna oder America/New_York.
workshop-error-not-member = Die teilnehmende Person muss ein Konto haben und aktives Mitglied der Einrichtung sein.
workshop-error-started = Der Workshop hat bereits begonnen.
workshop-error-already-booked = Diese Person hat für den Workshop bereits eine Buchung.

## E-Mails: Rezertifizierung, Workshops, Selbstprüfung

mail-recertification-opened-subject = Die Rezertifizierung von { $facility } ist eröffnet
mail-recertification-opened-body =
    Guten Tag { $name },

    vielen Dank für die Bezahlung der Rezertifizierungsrechnung. Der Antrag auf Rezertifizierung von { $facility } ist eröffnet und mit den Antworten des letzten Zyklus vorausgefüllt: Bestätigen oder aktualisieren Sie jede übernommene Antwort, bevor der Antrag eingereicht wird.

    { $link }
mail-workshop-booked-subject = Platz gebucht: { $title }
mail-workshop-booked-body =
    Guten Tag { $name },

    Sie haben einen Platz im Workshop „{ $title }“ am { $when }.

    { $link }
mail-workshop-waitlisted-subject = Auf der Warteliste: { $title }
mail-workshop-waitlisted-body =
    Guten Tag { $name },

    der Workshop „{ $title }“ am { $when } ist ausgebucht. Sie stehen auf der Warteliste; wir schreiben Ihnen, sobald ein Platz frei wird.

    { $link }
mail-workshop-promoted-subject = Ein Platz für Sie: { $title }
mail-workshop-promoted-body =
    Guten Tag { $name },

    ein Platz ist frei geworden und gehört jetzt Ihnen: im Workshop „{ $title }“ am { $when }.

    { $link }
mail-workshop-reminder-subject = Morgen: { $title }
mail-workshop-reminder-body =
    Guten Tag { $name },

    zur Erinnerung: Der Workshop „{ $title }“ findet am { $when } statt.

    { $link }
mail-self-check-due-subject = Jährliche Selbstprüfung von { $facility }
mail-self-check-due-body =
    Guten Tag { $name },

    die jährliche Selbstprüfung von { $facility } wurde am { $due } fällig. Der bevollmächtigte Vertreter bestätigt auf der Seite der Einrichtung, dass Personal, Ausstattung und Fallzahl die Kernkriterien weiterhin erfüllen, oder gibt an, was sich geändert hat.

    { $link }
decision-letter-excellence = Die Einrichtung ist von IASIOS als Centre of Excellence akkreditiert.
application-status-not-accredited = Nicht akkreditiert
decision-not-accredited = Nicht akkreditiert
decision-letter-not-accredited = Die Begutachtung hat ergeben, dass der Bereich die Kriterien des Programms für eine Akkreditierung noch nicht erfüllt. Die Einrichtung bleibt ein Eingeschriebenes Zentrum.
decision-reasons = Begründungen je Kriterium
decision-reasons-hint = Ein Kriterium pro Zeile: das Kriterium, ein Doppelpunkt und die Begründung, z. B. „3b: das Tumorboard tagt monatlich“. Pflicht bei „Nicht akkreditiert“; bei „Nachbesserungen erforderlich“ werden die hier genannten Kriterien ebenfalls wieder geöffnet.
decision-reasons-heading = Begründungen je Kriterium
decision-reapply-from = Ein neuer Antrag kann ab { $date } eröffnet werden.
decision-start-new = Neuen Antrag beginnen
decision-error-reasons = Die Begründungen konnten nicht gelesen werden: Schreiben Sie ein Kriterium pro Zeile als Kriterium, Doppelpunkt und Begründung (z. B. „3b: …“) und nennen Sie jedes Kriterium dieser Ausgabe nur einmal.
decision-error-no-reasons = Eine Entscheidung „nicht akkreditiert“ nennt ihre Gründe: Geben Sie mindestens ein Kriterium und die Begründung an.
decision-error-not-accredited-recertification = Eine Rezertifizierung kann nicht mit „nicht akkreditiert“ entschieden werden: Ihr Zertifikat bleibt bis zum Ende der Laufzeit gültig. Fordern Sie stattdessen Nachbesserungen an.
application-error-waiting-period = Ein neuer Antrag kann eröffnet werden, sobald die Wartezeit nach der Entscheidung abgelaufen ist; das Entscheidungsschreiben nennt das Datum.
workshop-online-link-hidden = Der Link wird hier Personen mit einem gebuchten Platz angezeigt.
