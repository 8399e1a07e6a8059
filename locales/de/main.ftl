## Shell
app-name = Accredit-IO
app-tagline = Akkreditierung für interventionelle Onkologie
nav-skip-to-content = Zum Hauptinhalt springen
nav-primary-label = Hauptnavigation
nav-home = Startseite
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

## Sign-in
error-too-many-attempts = Zu viele Versuche. Warten Sie 15 Minuten und versuchen Sie es dann erneut.
nav-sign-in = Anmelden
nav-sign-out = Abmelden
nav-signed-in-as = Angemeldet als { $name }
sign-in-page-title = Anmelden
sign-in-heading = Bei Accredit-IO anmelden
sign-in-email = E-Mail-Adresse
sign-in-password = Passwort
sign-in-submit = Anmelden
sign-in-error-credentials = E-Mail-Adresse oder Passwort ist nicht korrekt.
sign-in-welcome = Willkommen, { $name }.
