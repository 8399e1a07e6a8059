# Handbuch der Anwendung Accredit-IO: ein Kapitel pro Thema, je drei Nachrichten (Titel, Zusammenfassung, Text).
# Englisch ist die Ausgangssprache und die Rückfallsprache; übersetzt wird aus der englischen Datei.

manual-overview = Willkommen bei Accredit-IO
manual-overview-summary = Was das Akkreditierungsprogramm ist, welche drei Stufen es hat und wie dieses Handbuch aufgebaut ist.
manual-overview-body =
    Accredit-IO führt das Akkreditierungsprogramm für Abteilungen der interventionellen Onkologie (IO). Ihr Team beantwortet einen Fragebogen zu den Standards der Qualitätssicherung, prüft eine Zufallsstichprobe eigener Fälle und reicht den Antrag ein; die Gutachter prüfen denselben Antrag in derselben Anwendung, und die Geschäftsstelle des Programms entscheidet.

    ## Die drei Stufen

    - Eingeschriebenes Zentrum: Die Einrichtung ist registriert und aktiviert, und ihre Einschreibungsrechnung ist bezahlt.
    - Akkreditiertes Zentrum: Die Gutachter haben alle Kernkriterien als erfüllt bewertet, und die interne Fallprüfung ist abgeschlossen. Vier Jahre gültig.
    - Centre of Excellence: Bei der Rezertifizierung sind alle Kernkriterien und alle erweiterten Kriterien erfüllt. Vier Jahre gültig.

    ## Der Weg im Überblick

    - Registrieren und aktivieren Sie die Einrichtung und holen Sie dann Ihre Kolleginnen und Kollegen mit dem Einrichtungscode hinzu.
    - Bezahlen Sie die Einschreibungsrechnung und eröffnen Sie den Antrag.
    - Beantworten Sie den Fragebogen, verknüpfen Sie Nachweise und prüfen Sie 30 zufällig gezogene Fälle.
    - Der bevollmächtigte Vertreter reicht den Antrag ein; die Gutachter prüfen ihn und können Rückfragen stellen.
    - Die Geschäftsstelle entscheidet; eine akkreditierte Abteilung erhält ein überprüfbares Zertifikat.

    ## Sprachen

    Die Oberfläche, die Standards, die E-Mails und dieses Handbuch stehen in neun Sprachen zur Verfügung: Englisch, Deutsch, Französisch, Spanisch, Italienisch, Portugiesisch, Türkisch, vereinfachtes Chinesisch und Arabisch (von rechts nach links). Sie können die Sprache jederzeit in der Kopfzeile wechseln.

manual-registering = Einrichtung registrieren und beitreten
manual-registering-summary = Wie Sie Ihre Abteilung registrieren, sie aktivieren und Kolleginnen und Kollegen mit dem Einrichtungscode hinzuholen.
manual-registering-body =
    ## Bevor Sie beginnen

    Sie benötigen mindestens 150 therapeutische IO-Eingriffe pro Jahr sowie die Zustimmung Ihrer Abteilungsleitung oder Krankenhausdirektion (Name, E-Mail-Adresse und ein Datum innerhalb der letzten zwei Jahre). Legen Sie fest, wer bevollmächtigter Vertreter, benannte Kontaktperson und gegebenenfalls stellvertretende Kontaktperson wird.

    ## Registrierung

    Wählen Sie „Einrichtung registrieren“ und füllen Sie das Formular aus: Einrichtung, Voraussetzungen, Ihr Konto und die Rollen der Einrichtung. Lassen Sie eine Rolle leer, um sie selbst zu übernehmen. Sie werden Hauptkontoinhaber. Ist die Einrichtung bereits registriert, werden Sie gebeten, ihr stattdessen beizutreten.

    ## Aktivierung

    Wir senden Ihnen per E-Mail einen Link, der 72 Stunden gültig ist, und Ihren Einrichtungscode. Öffnen Sie den Link und klicken Sie auf „Jetzt aktivieren“. Der Status der Einrichtung wechselt von „Registriert – Aktivierung ausstehend“ zu „Aktiviert – Zahlung der Einschreibungsgebühr ausstehend“, die Einschreibungsrechnung wird ausgestellt, und die von Ihnen benannten Personen erhalten eine Einladung mit dem Code. Ist der Link abgelaufen oder verloren gegangen, wählen Sie auf der Anmeldeseite „Link abgelaufen oder verloren? Neuen Link anfordern“ und geben Sie Ihre Adresse ein: Der neue Link ersetzt den alten. Die Geschäftsstelle kann ihn auch erneut senden oder die Einrichtung in Ihrem Namen aktivieren. Eine Registrierung, die nicht innerhalb von 30 Tagen aktiviert wird, wird gelöscht; Name und Adresse sind dann wieder frei.

    ## Beitritt mit dem Einrichtungscode

    Kolleginnen und Kollegen wählen „Konto erstellen, um einer Einrichtung beizutreten“, bestätigen ihre E-Mail-Adresse, melden sich an, öffnen „Einer Einrichtung beitreten“ und geben den Code ein (zehn Buchstaben und Ziffern, z. B. ABCDE-23456). Die Anfrage zeigt „Wartet auf Genehmigung“, bis der Hauptkontoinhaber unter „Beitrittsanfragen“ auf „Genehmigen“ oder „Ablehnen“ klickt. Wer in einer Rolle benannt ist und mit dieser E-Mail-Adresse beitritt, wird sofort Mitglied.

    ## Ihr Konto

    Nach zu vielen falschen Passworteingaben müssen Sie 15 Minuten warten. Ein Link zum Zurücksetzen des Passworts ist eine Stunde lang gültig. Ein Konto kann zu mehreren Einrichtungen gehören; diese sind unter „Meine Einrichtungen“ aufgeführt.

manual-roles = Rollen und Berechtigungen
manual-roles-summary = Wer in einer Einrichtung und im Programm welche Aufgaben hat und wie die Rollen der Einrichtung benannt werden.
manual-roles-body =
    ## Rollen der Einrichtung

    - Hauptkontoinhaber: genehmigt und entfernt Mitglieder, benennt die Rollen der Einrichtung und entscheidet, ob ein Eingeschriebenes Zentrum im Verzeichnis aufgeführt wird. Kann nicht entfernt werden.
    - Bevollmächtigter Vertreter: formal verantwortlich für den Antrag und die einzige Person, die ihn einreichen kann. Nicht einmal ein Administrator kann an Ihrer Stelle einreichen.
    - Benannte Kontaktperson und stellvertretende Kontaktperson: erhalten die Korrespondenz des Programms.
    - Mitglied: beantwortet Fragen, verknüpft Nachweise, füllt die Fallprüfung aus und beantwortet Rückfragen.

    ## Rollen benennen

    Auf der Seite der Einrichtung klickt der Hauptkontoinhaber unter „Rollen der Einrichtung“ neben einer Rolle auf „Benennen“ und gibt eine Kollegin, einen Kollegen oder eine E-Mail-Adresse ein. Jede Rolle hat genau eine Inhaberin oder einen Inhaber; eine unbesetzte Rolle zeigt „nicht benannt“, und eine per E-Mail benannte Person wird bis zu ihrem Beitritt als „eingeladen“ angezeigt. Benennen Sie einen neuen bevollmächtigten Vertreter, bevor Sie den bisherigen entfernen.

    ## Rollen im Programm

    Gutachter sehen nur die Anträge, die ihnen zugewiesen sind. Administratoren führen die Geschäftsstelle des Programms: Registrierungen, Rechnungen, Ausgaben der Standards, Zuweisungen, Entscheidungen und Workshops. Übersetzer pflegen die Sprachen. Jede Änderung wird in einem Prüfprotokoll festgehalten, das nachträgliche Manipulationen erkennbar macht.

manual-invoices = Rechnungen und Zahlung
manual-invoices-summary = Welche Rechnungen Sie erhalten, wie Sie sie bezahlen und was nach der Zahlung geschieht.
manual-invoices-body =
    ## Was in Rechnung gestellt wird

    - Bei der Aktivierung: die Einschreibungsgebühr zuzüglich der ersten Jahresgebühr.
    - An jedem Jahrestag der Einschreibung: die Jahresgebühr.
    - Sechs Monate vor Ablauf Ihrer Akkreditierung: die Rezertifizierungsgebühr.

    ## Ansehen und bezahlen

    Auf der Seite der Einrichtung sind Ihre „Rechnungen“ aufgeführt; „Ansehen“ öffnet eine Rechnung, dort finden Sie „Drucken“ und „PDF herunterladen“. Überweisen Sie den Gesamtbetrag bis zum Fälligkeitsdatum (in der Regel nach 30 Tagen) unter Angabe der Zahlungsreferenz. Die Geschäftsstelle erfasst Ihre Zahlung, oder der Zahlungsdienstleister bestätigt sie. Rechnungen und Zahlungserinnerungen gehen per E-Mail an die benannte Kontaktperson, andernfalls an den Hauptkontoinhaber.

    ## Status und Korrekturen

    Eine Rechnung hat den Status „Offen“, „Bezahlt“, „Überfällig“, „Storniert“ oder „Gutschrift“; „Noch offen“ zeigt den verbleibenden Betrag. Zahlungserinnerungen werden am Fälligkeitstag und 14 Tage später versandt. Rechnungen werden nie gelöscht: Eine fehlerhafte Rechnung wird storniert und eine Gutschrift ausgestellt.

    ## Eingeschriebenes Zentrum werden

    Sobald die Einschreibungsrechnung vollständig bezahlt ist, wird die Einrichtung zum Eingeschriebenen Zentrum, und das Siegel erscheint auf ihrer Seite. Für die Einreichung gibt es keine Frist; Sie können sich also in Ihrem eigenen Tempo vorbereiten.

manual-questionnaire = Den Fragebogen beantworten
manual-questionnaire-summary = In beliebiger Reihenfolge antworten, wie das automatische Speichern funktioniert, offline arbeiten und einen Konflikt mit Kolleginnen und Kollegen lösen.
manual-questionnaire-body =
    ## Den Antrag öffnen

    Als Eingeschriebenes Zentrum klicken Sie auf der Seite der Einrichtung auf „Zum Antrag“. Für den gesamten Zyklus gilt die Ausgabe der Standards, die am Tag der Eröffnung aktuell ist. Die Kriterien sind nach Abschnitt und Standard gruppiert und als „Kernkriterium“ oder „Erweitertes Kriterium“ gekennzeichnet.

    ## Kriterien und Hinweise

    Zu jedem Kriterium gibt es „Hinweise“ und eine Liste der „Nachweise“. Antworten sind Ja oder Nein mit einer Erläuterung, eine Zahl, ein Datum, ein Text oder eine Einfach- oder Mehrfachauswahl. Ein mit Nein beantwortetes Kernkriterium erfordert eine Erläuterung; Datumsangaben dürfen nicht in der Zukunft liegen.

    ## Beliebige Reihenfolge, viele Beteiligte

    Antworten Sie in beliebiger Reihenfolge. Kolleginnen und Kollegen können gleichzeitig arbeiten; ihre gespeicherten Antworten erscheinen innerhalb von Sekunden auf Ihrem Bildschirm.

    ## So wird gespeichert

    Es gibt keine Schaltfläche zum Speichern. Eingaben werden nach einer Pause von etwa einer Sekunde gespeichert; die Wahl einer Option oder das Verlassen eines Feldes speichert sofort. Jedes Kriterium zeigt seinen Zustand an:

    - „Wird gespeichert…“: Die Antwort ist unterwegs.
    - „Gespeichert“: Die Antwort liegt auf dem Server.
    - „Offline — auf diesem Gerät gespeichert“: in diesem Browser aufbewahrt und später automatisch gesendet.
    - „Von jemand anderem geändert“: ein Konflikt, siehe unten.

    ## Offline arbeiten

    Wenn das Netz ausfällt, arbeiten Sie einfach weiter. Die Antworten bleiben auf diesem Gerät, überstehen ein Neuladen der Seite und werden der Reihe nach gesendet, sobald Sie wieder online sind; die Seite zeigt, wie viele noch warten. Melden Sie sich nicht ab, solange Antworten warten: Beim Abmelden werden sie vom Gerät gelöscht. Ist Ihre Sitzung abgelaufen, zeigt das Kriterium „Auf diesem Gerät behalten: Melden Sie sich erneut an, um sie zu senden.“

    ## Konflikte

    Hat eine Kollegin oder ein Kollege zum selben Kriterium eine andere Antwort gespeichert, nachdem Sie es geladen haben, sehen Sie diese Antwort und wählen „Meine Antwort behalten“ oder „Die andere Antwort übernehmen“. Nichts wird stillschweigend überschrieben.

manual-section-1 = Abschnitt 1: Organisation und Infrastruktur
manual-section-1-summary = Standards 1 bis 4: Leitung, Räumlichkeiten und Ausstattung, Personal sowie Tumorkonferenz.
manual-section-1-body =
    Diese Installation enthält eine Demonstrationsausgabe: Beispielkriterien in unseren eigenen Worten, nicht die lizenzierten Standards. Mit der lizenzierten Ausgabe ändert sich der Wortlaut, nicht aber die Arbeitsweise. Abschnitt 1 umfasst 20 Kriterien, davon 11 Kernkriterien.

    ## Standard 1: Organisation und Leitung der Abteilung

    Die Kernkriterien 1a, 1c, 1e, 1f und 1g verlangen eine namentlich benannte ärztliche Leitung, eine festgelegte Stellung in der Organisationsstruktur des Krankenhauses, SOPs für jeden Eingriff, eine Überprüfung der Dokumente mindestens alle drei Jahre sowie Sprechstunden vor und nach der Behandlung. Ein Organigramm, das Ernennungsschreiben der Leitung, ein SOP-Verzeichnis mit Überprüfungsdaten und ein Sprechstundenplan genügen in der Regel. Überfällige SOP-Überprüfungen ohne Begründung werden häufig beanstandet.

    ## Standard 2: Räumlichkeiten und Ausstattung

    Kernkriterium 2b verlangt gesicherten Zugang zu Eingriffsräumen mit Überwachungs- und Reanimationsausrüstung, die nach einem festen Plan geprüft wird; eine Raumbeschreibung und eine aktuelle Prüfliste sind hilfreich. Gemeinsam genutzte Räume sind zulässig, wenn die IO-Programme fest eingeplant und geschützt sind. Kreuzen Sie bei 2a nur Modalitäten an, die Sie tatsächlich nutzen können.

    ## Standard 3: Personal und Qualifikationsnachweise

    Die Kernkriterien 3a und 3c betreffen nachweislich qualifizierte IO-Ärztinnen und -Ärzte sowie geschulte Pflegekräfte und MTR mit anästhesiologischer Unterstützung. Übliche Nachweise sind Qualifikationsnachweise, Kurzlebensläufe, Dienstpläne und Schulungsnachweise. Zählen Sie bei 3b nur eigenständig tätige Ärztinnen und Ärzte und beschreiben Sie Ärztinnen und Ärzte in Weiterbildung in der Erläuterung.

    ## Standard 4: Interdisziplinäre Tumorkonferenz

    Kernkriterien 4b, 4c und 4d: Ein interventioneller Onkologe ist Mitglied der Tumorkonferenz, jeder elektive IO-Patient wird vorher besprochen, und die Empfehlung gelangt in die Patientenakte und zum Zuweiser. Geschäftsordnung, Teilnahmelisten und Protokolle sind aussagekräftige Nachweise. Anonymisieren Sie Protokolle vor dem Hochladen.

manual-section-2 = Abschnitt 2: Klinischer Behandlungspfad und Patientensicherheit
manual-section-2-summary = Standards 5 bis 9: Abklärung, Einwilligung, periprozedurale Versorgung, Strahlenschutz und stationäre Versorgung.
manual-section-2-body =
    Auch dies sind Demonstrationskriterien in unseren eigenen Worten, nicht die lizenzierten Standards. Abschnitt 2 umfasst 21 Kriterien, davon 12 Kernkriterien.

    ## Standard 5: Zuweisung und Abklärung vor dem Eingriff

    Kernkriterium 5d verlangt, dass jeder Patient vorher vom IO-Team beurteilt wird, einschließlich Allgemeinzustand, Laborwerten, Medikation und Allergien. Am besten belegen Sie dies mit Ihrer Checkliste und drei anonymisierten, ausgefüllten Beurteilungen. Achten Sie auf Antikoagulanzien und Thrombozytenaggregationshemmer.

    ## Standard 6: Aufklärung, Einwilligung und Patienteninformation

    Kernkriterien 6a bis 6d: schriftliche Einwilligung nach Aufklärung durch einen sachkundigen Arzt, ein Gespräch über Nutzen, Risiken und Alternativen, allgemein verständliche Informationen zu jedem Eingriff sowie Dolmetscher oder barrierefreie Formate. Laden Sie Einwilligungsformulare, Merkblätter und die Regelung zum Dolmetschen hoch. Allgemeine Formulare ohne Alternativen werden häufig beanstandet.

    ## Standard 7: Eingriffsplanung und periprozedurale Versorgung

    Die Kernkriterien 7a und 7b verlangen eine Sicherheitscheckliste für jeden Eingriff sowie Protokolle für Sedierung, Gerinnungsmanagement und Antibiotikaprophylaxe. Fügen Sie Ihr jüngstes Audit der Checkliste hinzu. Fehlt ein Protokoll, geben Sie dies an, statt mit Ja zu antworten.

    ## Standard 8: Strahlenschutz und Sicherheit

    Kernkriterien 8a bis 8e: ein Medizinphysik-Experte, die Patientendosis bei jedem bildgesteuerten Eingriff, lokale Referenzwerte mit einem Audit in den letzten 12 Monaten, Personendosimetrie und Schutzausrüstung für das Personal sowie die Nachsorge von Patienten mit hoher Dosis. Die übliche Lücke ist ein veraltetes Dosisaudit. Wenn Sie keine Radioembolisation anbieten, beantworten Sie 8f mit Nein und vermerken Sie dies.

    ## Standard 9: Pflege und stationäre Versorgung

    Kein Kriterium ist ein Kernkriterium, aber alle drei zählen für das Centre of Excellence: Betten, in der IO-Nachsorge geschulte Pflegekräfte der Station und ein benannter Ansprechpartner nach der Entlassung. Entlassungsinformationen mit den Kontaktdaten sind ein einfacher Nachweis.

manual-section-3 = Abschnitt 3: Ergebnisse, Qualität und Fortbildung
manual-section-3-summary = Standards 10 bis 13: Nachsorge, Komplikationen, Qualitätsverbesserung sowie Aus- und Weiterbildung und Forschung.
manual-section-3-body =
    Auch hier handelt es sich um eine Demonstrationsausgabe in unseren eigenen Worten, nicht um die lizenzierten Standards. Abschnitt 3 umfasst 14 Kriterien, davon 4 Kernkriterien.

    ## Standard 10: Nachsorge und Ergebnisbewertung

    Kernkriterium 10c verlangt für jede Eingriffsart einen Zeitplan für die Nachsorgebildgebung, deren Ergebnisse das IO-Team beurteilt; Ihr schriftliches Protokoll ist der wichtigste Nachweis. Erläutern Sie, wie bei Resttumor oder Rezidiv vorgegangen wird.

    ## Standard 11: Komplikationsmanagement und Meldung von Komplikationen

    Kernkriterium 11a verlangt, dass alle Komplikationen, auch solche nach der Entlassung, prospektiv erfasst und nach einer anerkannten Klassifikation eingestuft werden. Laden Sie einen anonymisierten Auszug aus dem Register hoch. Achten Sie darauf, dass die Grade mit Ihrer Fallprüfung übereinstimmen.

    ## Standard 12: Qualitätsverbesserung, Audit und Daten

    Die Kernkriterien 12a und 12b verlangen eine prospektive Eingriffsdatenbank und mindestens einen vollständigen Auditzyklus pro Jahr. Laden Sie die Feldliste der Datenbank und Ihr jüngstes Audit mit Maßnahmenplan hoch. Ein Audit ohne Re-Audit schließt den Zyklus nicht ab.

    ## Standard 13: Aus- und Weiterbildung und Forschung

    Kein Kriterium ist ein Kernkriterium. Fassen Sie Fortbildung, die Weiterbildung von Assistenzärztinnen und Assistenzärzten sowie die Forschung der letzten Jahre zusammen; dies ist für das Centre of Excellence von Bedeutung.

manual-evidence = Nachweisbibliothek
manual-evidence-summary = Ein Dokument einmal hochladen, mit beliebig vielen Kriterien verknüpfen und frei von Patientendaten halten.
manual-evidence-body =
    ## Eine Bibliothek pro Einrichtung

    Jede hochgeladene Datei landet in der Nachweisbibliothek der Einrichtung. Dort ist zu sehen, wer die Datei wann hochgeladen hat und für welche Kriterien sie als Nachweis dient. Eine Datei kann als Nachweis für mehrere Kriterien dienen.

    ## Dateien anhängen

    Verwenden Sie unter einem Kriterium „Datei anhängen“ und „Hochladen“, oder wählen Sie eine Datei aus der Bibliothek und klicken Sie auf „Verknüpfen“. „Entfernen“ löst die Datei nur von diesem Kriterium.

    ## Zulässige Dateien

    PDF, Bilder, Office-Dokumente und reiner Text bis zur angezeigten Größe (standardmäßig 20 MB). Der Dateityp wird anhand des Inhalts geprüft, nicht anhand des Dateinamens.

    ## Bewährte Praxis

    Verwenden Sie aktuelle, datierte Dokumente und entfernen Sie vorher Namen, Geburtsdaten und Patientennummern. Für jedes Kernkriterium müssen die erforderlichen Nachweise verknüpft sein, bevor der Antrag eingereicht werden kann; bei einem erweiterten Kriterium werden fehlende Nachweise markiert, verhindern die Einreichung aber nicht. Die Gutachter können später weitere anfordern.

manual-readiness = Offene Punkte und Fortschritt
manual-readiness-summary = Die Übersicht der offenen Punkte und die Fortschrittstabelle lesen und erkennen, wann der Antrag eingereicht werden kann.
manual-readiness-body =
    ## Was noch offen ist

    - Noch nicht beantwortet: Jedes Kriterium braucht eine Antwort; ein erweitertes Kriterium darf mit Nein (noch nicht erfüllt) und der zugehörigen Erläuterung beantwortet werden.
    - Ein Kernkriterium muss vor der Einreichung erfüllt sein: ein mit Nein beantwortetes Kernkriterium.
    - Die Antwort muss korrigiert werden: gespeichert, aber die Prüfung schlägt fehl (etwa ein Prozentwert über 100); sie gilt als nicht beantwortet.
    - Erforderlicher Nachweis noch nicht hochgeladen: Bei einem Kernkriterium verhindert das die Einreichung, bei einem erweiterten Kriterium ist es nur eine Erinnerung.

    ## Fortschritt

    Die Zähler zeigen die beantworteten Kern- und erweiterten Kriterien (27 und 28 in der Demonstrationsausgabe); „Fortschritt nach Abschnitt und Standard“ schlüsselt sie auf, damit Sie die Arbeit verteilen können.

    ## Bereit zur Einreichung

    Der Antrag kann eingereicht werden, wenn alle Kriterien beantwortet sind, jedes Kernkriterium als erfüllt beantwortet und mit den erforderlichen Nachweisen verknüpft ist und die Fallprüfung abgeschlossen ist. Die Übersicht führt genau auf, was die Einreichung noch verhindert, jeweils mit einem Link zum Kriterium; der Server wendet dieselbe Prüfung an, wenn der bevollmächtigte Vertreter einreicht. Erweiterte Kriterien gleichen eine Lücke bei einem Kernkriterium nie aus.

manual-case-review = Interne Fallprüfung
manual-case-review-summary = Wie 30 Fälle aus Ihrer pseudonymisierten Fallliste gezogen werden und wie Sie das Formular für jeden Fall ausfüllen.
manual-case-review-body =
    ## Die Referenzliste

    Listen Sie die pseudonymisierten Referenzen aller IO-Fälle der letzten 12 Monate auf, eine pro Zeile oder als erste Spalte einer CSV-Datei. Sie benötigen mindestens 30 verschiedene Referenzen mit jeweils höchstens 40 Zeichen. Verwenden Sie niemals Namen, Geburtsdaten oder Patientennummern: Solche Referenzen werden mit ihrer Zeilennummer zurückgewiesen.

    ## Die Fälle ziehen

    Klicken Sie auf „30 Fälle ziehen“. Startwert, Fingerabdruck der Liste, Datum und ziehende Person werden gespeichert, sodass sich die Ziehung wiederholen und überprüfen lässt. „Erneut ziehen“ erfordert einen Grund, den die Gutachter sehen können.

    ## Das Fallformular

    Erfassen Sie für jeden Fall die Art und das Datum des Eingriffs, ob die Besprechung in der Tumorkonferenz, die Einwilligung und die Nachsorge dokumentiert sind, den Komplikationsgrad (CIRSE 1 bis 6 oder keine) sowie Anmerkungen. Die Seite zählt die abgeschlossenen Fälle von 30. Das Formular wird nicht offline gespeichert: Zeigt es „Nicht gespeichert“, versuchen Sie es erneut, sobald Sie online sind. „Wie der vorige Fall“ übernimmt die Angaben des Falls darüber (nicht seine Notizen), wenn sich Werte wiederholen; ändern Sie dann, was abweicht.

    ## Hinweise auf Identifikatoren

    Anmerkungen, die einen Namen, ein Geburtsdatum, eine Identifikationsnummer oder Kontaktdaten zu enthalten scheinen, werden markiert, und der Fall bleibt „Offen“, bis er umformuliert ist. Halten Sie fest, was tatsächlich geschehen ist: Die Fallprüfung muss Ihre Praxis widerspiegeln.

manual-submission = Den Antrag einreichen
manual-submission-summary = Wer einreicht, was geprüft und festgeschrieben wird und was Ihre Bestätigung bedeutet.
manual-submission-body =
    ## Wer einreicht

    Nur der bevollmächtigte Vertreter. Er setzt das Häkchen bei der Bestätigung und klickt auf „Antrag einreichen“; der Server prüft die Vollständigkeit erneut.

    ## Vor der Einreichung

    - Alle Kriterien sind beantwortet; jedes Kernkriterium ist erfüllt und mit den erforderlichen Nachweisen verknüpft.
    - Die Fallprüfung ist abgeschlossen.
    - Bei keiner Kollegin und keinem Kollegen steht noch „Offline — auf diesem Gerät gespeichert“.

    ## Was festgeschrieben wird

    Antworten, verknüpfte Nachweise und die Fallprüfung werden in einem einzigen Stand mit einem SHA-256-Fingerabdruck des Inhalts festgeschrieben. Der Status wechselt zu „Eingereicht – wartet auf Gutachter“.

    ## Ihre Bestätigung

    Die Seite zeigt, wer wann eingereicht hat, sowie den Fingerabdruck, der auch per E-Mail an das Team geht. Bewahren Sie ihn auf: Er belegt genau, was Sie eingereicht haben.

manual-assessment = Begutachtung
manual-assessment-summary = Wie die Gutachter prüfen, wie Rückfragen funktionieren und warum die Laufzeit ruht, solange Nachweise angefordert sind.
manual-assessment-body =
    ## Zuweisung

    Die Geschäftsstelle weist die Gutachter zu. Jeder Gutachter erklärt zunächst etwaige Interessenkonflikte; ein Interessenkonflikt beendet die Zuweisung. Sobald der erste Gutachter aktiv ist, wechselt der Status zu „In Begutachtung“, und die Laufzeit beginnt.

    ## Bewertungen

    Unter „Begutachtungen“ prüft jeder Gutachter jede Antwort, ihre Nachweise und die Fallprüfung und vergibt mit einem Kommentar die Bewertung „Erfüllt“, „Teilweise erfüllt“, „Nicht erfüllt“ oder „Nicht zutreffend“. Bei einem Kernkriterium gilt „Nicht zutreffend“ nie als erfüllt. Die Gutachter arbeiten unabhängig voneinander und senden dann eine Empfehlung.

    ## Rückfragen

    Ein Gutachter kann eine Rückfrage zu einem Kriterium stellen. Der Status wechselt zu „Nachweise von den Gutachtern angefordert“, das Team erhält eine E-Mail, und das Kriterium wird wieder geöffnet. Antworten Sie, hängen Sie eine Datei an oder bessern Sie das Kriterium nach; der Gutachter schließt die Rückfrage anschließend.

    ## Die Laufzeit

    Die Laufzeit ruht, solange eine Rückfrage offen ist. Die Geschäftsstelle arbeitet mit einer Zielvorgabe von in der Regel 12 Wochen; antworten Sie daher zügig.

manual-decision = Entscheidung, Zertifikat und Überprüfung
manual-decision-summary = Wie die Entscheidung getroffen wird und wie Zertifikat, Siegel und Verzeichniseintrag funktionieren.
manual-decision-body =
    ## Die Entscheidung

    Sobald alle Rückfragen geschlossen sind, entscheidet die Geschäftsstelle. „Akkreditiert“ setzt voraus, dass jedes Kernkriterium von jedem Gutachter als erfüllt bewertet wurde und die Fallprüfung abgeschlossen ist. Andernfalls nennt „Nachbesserungen erforderlich“ die nachzubessernden Kriterien; lesen Sie das Entscheidungsschreiben auf der Seite des Antrags oder als PDF.

    ## Nachbesserungen

    Nur die genannten Kriterien werden wieder geöffnet. Bessern Sie sie nach, und der bevollmächtigte Vertreter reicht den Antrag erneut ein; dieselben Gutachter setzen die Begutachtung fort.

    ## Zertifikat und Überprüfung

    Ein Akkreditiertes Zentrum erhält ein vier Jahre gültiges Zertifikat mit einem QR-Code, der zu einer öffentlichen Überprüfungsseite führt; diese zeigt „Gültig“, „Abgelaufen“ oder „Zurückgezogen“. Ein einbettbares Siegel zeigt denselben aktuellen Status.

    ## Verzeichnis

    Akkreditierte Zentren und Centres of Excellence mit gültigem Zertifikat werden automatisch aufgeführt. Ein Eingeschriebenes Zentrum wird nur aufgeführt, wenn der Hauptkontoinhaber „Diese eingeschriebene Einrichtung im öffentlichen Verzeichnis aufführen“ ankreuzt.

manual-recertification = Rezertifizierung und Centre of Excellence
manual-recertification-summary = Die Rezertifizierungsrechnung, der vorausgefüllte Antrag, die möglichen Ergebnisse und was bei Ablauf geschieht.
manual-recertification-body =
    ## Zeitplan

    Jedes Jahr zwischen den Zyklen schließt der bevollmächtigte Vertreter am Jahrestag Ihrer Akkreditierung auf der Seite der Einrichtung eine kurze Selbstprüfung ab: Er bestätigt, dass Personal, Ausstattung und Zahl der Eingriffe die Kernkriterien weiterhin erfüllen, oder gibt an, was sich geändert hat. Sechs Monate bevor Ihre vierjährige Akkreditierung abläuft, erhalten Sie die Rezertifizierungsrechnung. Mit ihrer Bezahlung wird ein Antrag auf Rezertifizierung nach der aktuellen Ausgabe der Standards eröffnet.

    ## Ein vorausgefüllter Antrag

    Der Antrag ist mit den Angaben Ihres letzten akkreditierten Zyklus vorausgefüllt. Jede übernommene Antwort ist mit „Aus dem vorherigen Zyklus übernommen – bitte bestätigen oder aktualisieren“ gekennzeichnet und gilt als unbeantwortet, bis Sie sie unverändert bestätigen oder ändern. Nachweise, deren in der Nachweisbibliothek erfasstes Ablaufdatum überschritten ist, werden markiert. „Mit dem vorherigen Zyklus vergleichen“ zeigt Kriterium für Kriterium, was sich geändert hat; die Gutachter sehen denselben Vergleich.

    ## Ergebnisse

    - In einer Rezertifizierung können Sie die Anerkennung als Centre of Excellence beantragen; die Übersicht zeigt, wie viele erweiterte Kriterien noch unbeantwortet sind.
    - Beantragt, und alle Kernkriterien und alle erweiterten Kriterien erfüllt: Centre of Excellence für vier Jahre.
    - Alle Kernkriterien erfüllt: erneut Akkreditiertes Zentrum für vier Jahre.
    - Ein Kernkriterium nicht erfüllt: Nachbesserungen bei den genannten Kriterien erforderlich.

    ## Ablauf der Akkreditierung

    Die Akkreditierung bleibt gültig, solange eine vor dem Ablauf eingereichte Rezertifizierung begutachtet wird. Andernfalls läuft sie ab, und Überprüfungsseite, Siegel und Verzeichnis zeigen dies an. Ein zurückgezogenes Zertifikat wird als „Zurückgezogen“ angezeigt.

manual-workshops = Workshops
manual-workshops-summary = Einen Workshop finden, buchen und stornieren, und wie die Warteliste funktioniert.
manual-workshops-body =
    ## Workshops

    Die Geschäftsstelle veranstaltet Workshops online oder vor Ort, jeweils in einer angegebenen Sprache und mit begrenzter Teilnehmerzahl. Der Kalender ist öffentlich, und die Zeiten werden in der Zeitzone des jeweiligen Workshops angezeigt.

    ## Buchung und Warteliste

    Angemeldete Mitglieder einer Einrichtung buchen einen Platz für sich selbst oder für eine Kollegin oder einen Kollegen derselben Einrichtung. Ist ein Workshop ausgebucht, tragen Sie sich in die Warteliste ein; wird ein Platz frei, erhält ihn die erste Person auf der Warteliste, zusammen mit einer E-Mail. Alle, die einen Platz haben, erhalten am Vortag eine Erinnerung.

    ## Stornierung und Ihr Kalender

    Stornieren Sie frühzeitig, wenn Sie nicht teilnehmen können, damit eine wartende Person den Platz erhält. Laden Sie einen Workshop als Datei im Format iCalendar (.ics) herunter, oder abonnieren Sie den Kalender-Feed mit allen Workshops.

manual-faq = Häufig gestellte Fragen
manual-faq-summary = Kurze Antworten auf die Fragen, die Teams und Gutachter am häufigsten stellen.
manual-faq-body =
    ## Müssen wir die Fragen der Reihe nach beantworten?

    Nein. Antworten Sie in beliebiger Reihenfolge; die Übersicht der offenen Punkte zeigt, was noch fehlt.

    ## Müssen vor der Einreichung alle Nachweise hochgeladen sein?

    Bei Kernkriterien ja: Die erforderlichen Nachweise jedes Kernkriteriums müssen verknüpft sein, bevor der Antrag eingereicht werden kann. Bei erweiterten Kriterien werden fehlende Nachweise markiert, verhindern die Einreichung aber nicht; halten Sie die Dokumente für die Gutachter bereit.

    ## Was passiert, wenn das Netz ausfällt?

    Die Antworten bleiben auf Ihrem Gerät, gekennzeichnet mit „Offline — auf diesem Gerät gespeichert“, und werden gesendet, sobald Sie wieder online sind. Melden Sie sich nicht ab, bevor sie gesendet wurden.

    ## Wer kann den Antrag einreichen?

    Nur der bevollmächtigte Vertreter, niemals ein Administrator. Der Hauptkontoinhaber kann eine andere Person benennen.

    ## Können wir die 30 Fälle erneut ziehen?

    Ja, mit Angabe eines Grundes, der protokolliert wird und für die Gutachter sichtbar ist.

    ## Wie lange dauert die Begutachtung?

    Die Zielvorgabe liegt bei etwa 12 Wochen reiner Laufzeit; die Laufzeit ruht, solange eine Rückfrage offen ist.

    ## Wie können andere unseren Status überprüfen?

    Über die Überprüfungsseite, die über den QR-Code des Zertifikats, Ihr Siegel oder das Verzeichnis erreichbar ist.

    ## Ist dies die offizielle Ausgabe der Standards?

    Nein. Es handelt sich um eine Demonstrationsausgabe in unseren eigenen Worten; die lizenzierte Ausgabe wird separat importiert.

manual-glossary = Glossar
manual-glossary-summary = Begriffe der interventionellen Onkologie und des Programms, die in Accredit-IO verwendet werden.
manual-glossary-body =
    - Ablation: Zerstörung eines Tumors durch Hitze, Kälte oder andere Energie über eine bildgesteuert eingebrachte Sonde.
    - Akkreditiertes Zentrum (Accredited Centre): eine Einrichtung, bei der jedes Kernkriterium als erfüllt bewertet wurde; vier Jahre gültig.
    - Bevollmächtigter Vertreter (Authorised Representative): die Person, die formal für den Antrag verantwortlich ist und als Einzige ihn einreichen kann.
    - Fallreferenz (pseudonymisiert): ein Code, der einen Fall intern kennzeichnet, ohne Namen, Geburtsdatum oder Patientennummer.
    - Centre of Excellence: der höchste Status, der bei der Rezertifizierung erreicht wird, wenn jedes Kernkriterium und jedes erweiterte Kriterium erfüllt ist.
    - Chemoembolisation (TACE): Chemotherapie mit embolisierenden Partikeln, die in die tumorversorgenden Arterien injiziert wird.
    - CIRSE-Klassifikation von Komplikationen: eine Skala für Komplikationen interventioneller Eingriffe von Grad 1, dem leichtesten, bis Grad 6, dem Tod.
    - Ruhen der Laufzeit: die Zeit, in der eine offene Rückfrage die Laufzeit der Begutachtung anhält.
    - Fingerabdruck des Inhalts: der SHA-256-Wert des bei der Einreichung festgeschriebenen Stands.
    - Kernkriterium (core item): ein Kriterium, das für die Akkreditierung erfüllt sein muss.
    - Eingeschriebenes Zentrum (Enrolled Centre): eine registrierte Einrichtung, deren Einschreibungsrechnung bezahlt ist.
    - Nachweisbibliothek: die Dokumentensammlung der Einrichtung; jedes Dokument kann mit vielen Kriterien verknüpft werden.
    - Erweitertes Kriterium (extended item): ein Kriterium, das nur für das Centre of Excellence erforderlich ist.
    - Bewertung (finding): die Beurteilung eines Gutachters zu einem Kriterium.
    - Interne Fallprüfung: die Prüfung von 30 Fällen, die nach dem Zufallsprinzip aus Ihrer Fallliste gezogen werden.
    - Rückfrage (query): die Frage eines Gutachters zu einem Kriterium, die dieses bis zum Schließen der Rückfrage wieder öffnet.
    - Radioembolisation (TARE oder SIRT): radioaktive Mikrosphären, die in die Arterien eingebracht werden, die einen Lebertumor versorgen.
    - Ausgabe der Standards: eine feste Fassung der Standards mit Abschnitten, Standards und mit Buchstaben bezeichneten Kriterien.
    - Tumorkonferenz (Tumorboard, MDT): die interdisziplinäre Besprechung, in der die Behandlung jedes Patienten festgelegt wird.
