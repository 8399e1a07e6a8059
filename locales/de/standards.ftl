# Accredit-IO standards texts: demonstration edition demo-2026 (standards/demo-2026.toml).
# Our own wording of plausible interventional-oncology quality items, not the licensed standards.
# English is the source language and the fallback.

edition-demo-2026-title = Demonstrationsausgabe 2026 (nicht die lizenzierten Standards)

## Section 1

std-section-1-title = Organisation und Infrastruktur

### Standard 1

std-1-title = Organisation und Leitung der Abteilung
std-1-intro = Dieser Standard betrachtet, wie die Abteilung für interventionelle Onkologie innerhalb des Krankenhauses geleitet, organisiert und gesteuert wird.

std-1a-text = Hat die Abteilung eine namentlich benannte ärztliche Leitung für die interventionelle Onkologie?
std-1a-guidance = Antworten Sie mit Ja, wenn ein Arzt für die IO-Abteilung verantwortlich ist und diese Funktion dokumentiert ist. Eine gemeinsame Leitung mit einer anderen Abteilung ist zulässig, wenn die Aufgaben für die IO schriftlich festgelegt sind.
std-1a-evidence-1 = Organigramm der IO-Abteilung
std-1a-evidence-2 = Stellenbeschreibung oder Ernennungsschreiben der ärztlichen Leitung

std-1b-text = Wie viele therapeutische Eingriffe der interventionellen Onkologie hat die Abteilung in den letzten 12 Monaten durchgeführt?
std-1b-guidance = Zählen Sie nur therapeutische Eingriffe (zum Beispiel Ablation, Chemoembolisation (TACE), Radioembolisation (SIRT) und andere tumorgerichtete Behandlungen); rein diagnostische Biopsien und Portimplantationen zählen nicht. Maßgeblich sind die 12 Monate vor dem Datum Ihrer Antwort.
std-1b-evidence-1 = Zusammenfassung des Eingriffsregisters der letzten 12 Monate (anonymisiert)

std-1c-text = Ist die IO-Abteilung formal in der Organisationsstruktur des Krankenhauses verankert, mit festgelegten Unterstellungsverhältnissen?
std-1c-guidance = Die Abteilung sollte im Organigramm des Krankenhauses oder in einem gleichwertigen Dokument erscheinen, aus dem hervorgeht, wem die ärztliche Leitung unterstellt ist. Beschreiben Sie informelle Regelungen in der Erläuterung.
std-1c-evidence-1 = Organigramm des Krankenhauses mit der Stellung der IO-Abteilung

std-1d-text = Welcher Klinik ist die IO-Abteilung organisatorisch hauptsächlich zugeordnet?
std-1d-guidance = Wählen Sie die Klinik, die das Budget und die disziplinarische Führung der IO-Abteilung verantwortet. Bei geteilter Verantwortung wählen Sie die Klinik der ärztlichen Leitung.
std-1d-option-radiology = Radiologie oder interventionelle Radiologie
std-1d-option-oncology = Onkologie oder Krebszentrum
std-1d-option-surgery = Chirurgie
std-1d-option-independent = Eigenständige Einheit für interventionelle Onkologie
std-1d-option-other = Andere

std-1e-text = Verfügt die Abteilung über schriftliche Standardarbeitsanweisungen (SOPs) für jeden angebotenen IO-Eingriff?
std-1e-guidance = Für jede angebotene Eingriffsart sollte eine aktuelle schriftliche SOP vorliegen, die Indikationen, Kontraindikationen, Vorbereitung, Technik und Nachsorge abdeckt. Führen Sie Eingriffsarten ohne SOP in der Erläuterung auf.
std-1e-evidence-1 = Schriftliche SOP für die Ablation
std-1e-evidence-2 = Verzeichnis der gültigen SOPs mit ihren Überprüfungsdaten

std-1f-text = Unterliegen die SOPs und Richtlinien der Abteilung einer Versionskontrolle, und werden sie in einem festgelegten Abstand von höchstens drei Jahren überprüft?
std-1f-guidance = Zeigen Sie, wie Dokumente datiert, versioniert und freigegeben werden und wer für ihre Überprüfung zuständig ist. Überfällige Dokumente sollten begründet werden.
std-1f-evidence-1 = Protokoll der Dokumentenlenkung oder Verzeichnis der Richtlinien

std-1g-text = Bietet die Abteilung eigene Sprechstunden an, in denen Patienten vor und nach der Behandlung von einem interventionellen Onkologen gesehen werden?
std-1g-guidance = Die Sprechstunden können von der IO-Abteilung allein oder gemeinsam mit anderen Fachrichtungen angeboten werden, sofern ein interventioneller Onkologe daran teilnimmt. Geben Sie an, wie häufig die Sprechstunden stattfinden.
std-1g-evidence-1 = Sprechstundenplan für einen repräsentativen Monat

std-1h-text = Beschreiben Sie das Spektrum der IO-Eingriffe, die die Abteilung anbietet, sowie die für die nächsten drei Jahre geplanten Entwicklungen.
std-1h-guidance = Ein kurzer Überblick genügt: die wichtigsten Eingriffsarten, die behandelten Tumorentitäten sowie geplante neue Techniken, Geräte oder Stellen.
std-1h-evidence-1 = Entwicklungsplan der Abteilung oder aktueller Jahresbericht

### Standard 2

std-2-title = Räumlichkeiten und Ausstattung
std-2-intro = Dieser Standard betrachtet die Räume, die Bildgebungsgeräte und die technische Unterstützung, die für IO-Eingriffe zur Verfügung stehen.

std-2a-text = Welche Bildgebungsmodalitäten stehen der IO-Abteilung für die Steuerung und Planung von Eingriffen zur Verfügung?
std-2a-guidance = Wählen Sie jede Modalität aus, die das IO-Team für seine Eingriffe nutzen kann, ob in eigenen Räumen oder nach Vereinbarung mit einer anderen Abteilung.
std-2a-evidence-1 = Liste der Bildgebungsgeräte mit Installationsjahr
std-2a-option-ct = CT
std-2a-option-mri = MRT
std-2a-option-ultrasound = Ultraschall
std-2a-option-angiography = Durchleuchtung oder Angiographie
std-2a-option-cone-beam-ct = Cone-Beam-CT
std-2a-option-pet-ct = PET/CT

std-2b-text = Hat die Abteilung gesicherten Zugang zu Eingriffsräumen, die für die IO geeignet und mit Patientenmonitoring und Reanimationsausrüstung ausgestattet sind?
std-2b-guidance = Die Räume können mit anderen Abteilungen geteilt werden, wenn IO-Programme fest eingeplant und geschützt sind. Die Reanimationsausrüstung sollte nach einem dokumentierten Plan geprüft werden.
std-2b-evidence-1 = Beschreibung oder Grundriss der Eingriffsräume
std-2b-evidence-2 = Prüfliste der Reanimationsausrüstung für den letzten Monat

std-2c-text = An welchem Datum fand die letzte dokumentierte Qualitätssicherungsprüfung des wichtigsten für IO-Eingriffe genutzten Bildgebungsgeräts statt?
std-2c-guidance = Geben Sie das Datum der letzten Prüfung durch die Medizinphysik oder den Servicetechniker des Herstellers an. Werden mehrere Systeme genutzt, geben Sie das Datum für das am häufigsten genutzte System an.
std-2c-evidence-1 = Aktueller Qualitätssicherungs- oder Wartungsbericht des Geräts

### Standard 3

std-3-title = Personal und Qualifikationsnachweise
std-3-intro = Dieser Standard betrachtet Anzahl, Ausbildung und Qualifikationsnachweise des Personals, das die IO-Versorgung erbringt.

std-3a-text = Sind alle Ärzte, die IO-Eingriffe durchführen, für die von ihnen durchgeführten Eingriffe ausgebildet und nachweislich qualifiziert?
std-3a-guidance = Der Qualifikationsnachweis kann über eine anerkannte Zertifizierung in interventioneller Radiologie, ein nationales Äquivalent oder ein dokumentiertes hausinternes Verfahren erfolgen. Beschreiben Sie in der Erläuterung Ärzte, die sich noch in supervidierter Weiterbildung befinden.
std-3a-evidence-1 = Qualifikationsnachweise der IO-Ärzte
std-3a-evidence-2 = Kurzlebensläufe der IO-Ärzte

std-3b-text = Wie viele Ärzte führen in der Abteilung derzeit eigenständig IO-Eingriffe durch?
std-3b-guidance = Zählen Sie Ärzte, die Eingriffe ohne Supervision durchführen; Ärzte in Weiterbildung zählen nicht.

std-3c-text = Werden IO-Eingriffe von Pflegekräften und MTR (Medizinische Technologen für Radiologie) unterstützt, die für interventionelle Tätigkeiten geschult sind, und steht bei Bedarf anästhesiologische Unterstützung zur Verfügung?
std-3c-guidance = Beschreiben Sie das übliche Team bei einem Eingriff und wie anästhesiologische Unterstützung oder Sedierung angefordert wird. Die Schulung kann intern erfolgen, wenn sie dokumentiert ist.
std-3c-evidence-1 = Dienstplan für einen repräsentativen Monat
std-3c-evidence-2 = Schulungsnachweise der Pflegekräfte und MTR in der IO

std-3d-text = Stellt das Krankenhaus rund um die Uhr eine interventionell-radiologische Versorgung sicher, um Komplikationen von IO-Eingriffen zu behandeln?
std-3d-guidance = Die Versorgung kann über einen mit einem benachbarten Krankenhaus gemeinsam organisierten Rufdienst erfolgen, wenn die Verlegungsmodalitäten schriftlich vereinbart sind.
std-3d-evidence-1 = Rufdienstplan der interventionellen Radiologie

### Standard 4

std-4-title = Interdisziplinäre Tumorkonferenz
std-4-intro = Dieser Standard betrachtet, wie Entscheidungen über IO-Behandlungen in einem interdisziplinären Team getroffen werden.

std-4a-text = Wie viele Tage lagen in den letzten 12 Monaten im Median zwischen dem Eingang der Zuweisung und der Besprechung in der Tumorkonferenz?
std-4a-guidance = Zählen Sie Kalendertage anhand Ihres Zuweisungsregisters oder der Protokolle der Tumorkonferenz. Liegt kein exakter Median vor, geben Sie Ihre bestmögliche Schätzung an.
std-4a-evidence-1 = Auswertung der Zeiten von der Zuweisung bis zur Tumorkonferenz

std-4b-text = Ist ein interventioneller Onkologe ständiges Mitglied jeder Tumorkonferenz, in der Patienten besprochen werden, die für eine IO-Behandlung in Frage kommen?
std-4b-guidance = Die Mitgliedschaft sollte in der Geschäftsordnung der Tumorkonferenz festgelegt sein. Erläutern Sie, wie die Vertretung bei Abwesenheit des interventionellen Onkologen geregelt ist.
std-4b-evidence-1 = Geschäftsordnung der Tumorkonferenz mit Liste der Mitglieder
std-4b-evidence-2 = Teilnahmelisten der letzten sechs Monate

std-4c-text = Werden alle Patienten, die für eine elektive IO-Behandlung in Betracht kommen, vor dem Eingriff in einer Tumorkonferenz besprochen?
std-4c-guidance = Notfalleingriffe können nachträglich besprochen werden. Erläutern Sie weitere Ausnahmen und wie diese dokumentiert werden.
std-4c-evidence-1 = Protokolle der Tumorkonferenz der letzten drei Monate (anonymisiert)

std-4d-text = Werden die Empfehlungen der Tumorkonferenz in der Patientenakte dokumentiert und dem zuweisenden Arzt mitgeteilt?
std-4d-guidance = Beschreiben Sie, wo die Empfehlung dokumentiert wird und wie der Zuweiser informiert wird, zum Beispiel per Arztbrief oder über die elektronische Patientenakte.
std-4d-evidence-1 = Stichprobe anonymisierter Empfehlungen der Tumorkonferenz

std-4e-text = Wie oft tagt die Tumorkonferenz, in der IO-Patienten besprochen werden?
std-4e-guidance = Werden IO-Patienten in mehreren Tumorkonferenzen besprochen, antworten Sie für diejenige, in der die meisten IO-Zuweisungen besprochen werden.
std-4e-option-weekly = Wöchentlich
std-4e-option-fortnightly = Alle zwei Wochen
std-4e-option-monthly = Monatlich
std-4e-option-less-often = Seltener oder nach Bedarf

## Section 2

std-section-2-title = Klinischer Behandlungspfad und Patientensicherheit

### Standard 5

std-5-title = Zuweisung und Abklärung vor dem Eingriff
std-5-intro = Dieser Standard betrachtet, wie Patienten der Abteilung zugewiesen und vor der Behandlung abgeklärt werden.

std-5a-text = Gibt es einen dokumentierten Zuweisungsweg für IO-Eingriffe, etwa ein Zuweisungsformular oder eine elektronische Anforderung?
std-5a-guidance = Aus dem Zuweisungsweg sollte klar hervorgehen, welche Informationen der Zuweiser liefern muss, einschließlich relevanter Bildgebung und Laborbefunde.
std-5a-evidence-1 = Zuweisungsformular oder Vorlage der elektronischen Anforderung

std-5b-text = Erhalten zuweisende Ärzte schriftliche Informationen über die angebotenen Eingriffe und die Zuweisungskriterien?
std-5b-guidance = Dies kann ein Merkblatt, eine Intranetseite oder ein Abschnitt der Zuweisungsrichtlinien des Krankenhauses sein.
std-5b-evidence-1 = Informationen für Zuweiser

std-5c-text = Beschreiben Sie, wie die Bildgebung vor dem Eingriff befundet wird und wie Sie sicherstellen, dass sie für die Planung aktuell genug ist.
std-5c-guidance = Geben Sie an, wer die Bildgebung beurteilt, welchen maximalen Abstand zwischen Bildgebung und Eingriff Sie akzeptieren und was geschieht, wenn die Bildgebung nicht mehr aktuell ist.

std-5d-text = Wird jeder Patient vor dem Eingriff von einem Mitglied des IO-Teams klinisch beurteilt, einschließlich Allgemeinzustand (Performance-Status), Laborwerten, Medikation und Allergien?
std-5d-guidance = Die Beurteilung kann in der Sprechstunde, auf Station oder in einem dokumentierten telefonischen Vorgespräch erfolgen. Besonders zu beachten sind Antikoagulanzien und Thrombozytenaggregationshemmer.
std-5d-evidence-1 = Checkliste für die Beurteilung vor dem Eingriff
std-5d-evidence-2 = Drei anonymisierte, ausgefüllte Beurteilungen

### Standard 6

std-6-title = Aufklärung, Einwilligung und Patienteninformation
std-6-intro = Dieser Standard betrachtet, wie Patienten über ihre Behandlung informiert werden und wie ihre Einwilligung eingeholt wird.

std-6a-text = Wird für jeden elektiven IO-Eingriff eine schriftliche Einwilligung nach Aufklärung durch einen Arzt mit ausreichender Kenntnis des Eingriffs eingeholt?
std-6a-guidance = Beschreiben Sie, wer die Einwilligung einholt und wann. Die Einwilligung sollte in der Regel vor dem Tag des Eingriffs oder mit ausreichender Bedenkzeit für den Patienten eingeholt werden.
std-6a-evidence-1 = Eingriffsspezifische Aufklärungs- und Einwilligungsbögen

std-6b-text = Umfasst das Aufklärungsgespräch den erwarteten Nutzen, die häufigen und die schwerwiegenden Risiken sowie die Behandlungsalternativen?
std-6b-guidance = Aus dem Einwilligungsbogen oder der Dokumentation des Gesprächs sollte hervorgehen, dass Risiken und Alternativen erläutert wurden.
std-6b-evidence-1 = Anonymisierter, ausgefüllter Einwilligungsbogen

std-6c-text = Erhalten Patienten vor ihrem Eingriff eingriffsspezifische schriftliche Informationen in allgemein verständlicher Sprache?
std-6c-guidance = Die Informationen sollten den Eingriff, die Vorbereitung, die zu erwartende Erholung und die Ansprechpartner für Fragen erläutern.
std-6c-evidence-1 = Patienteninformationsblätter für die wichtigsten Eingriffe

std-6d-text = Stehen Patienten, die dies benötigen, Dolmetscher oder Informationen in barrierefreien Formaten zur Verfügung?
std-6d-guidance = Beschreiben Sie, wie ein Dolmetscher organisiert wird und welche Angebote es für Patienten mit Seh-, Hör- oder Lernbeeinträchtigungen gibt.
std-6d-evidence-1 = Richtlinie des Krankenhauses zu Dolmetschdiensten und barrierefreien Informationen

std-6e-text = In welchen Formaten stehen Patienteninformationen zu IO-Eingriffen zur Verfügung?
std-6e-guidance = Wählen Sie jedes Format aus, das derzeit für mindestens einen der angebotenen Eingriffe verwendet wird.
std-6e-option-leaflet = Gedrucktes Merkblatt
std-6e-option-website = Website des Krankenhauses oder Patientenportal
std-6e-option-video = Video
std-6e-option-translated = Übersetzungen in andere Sprachen
std-6e-option-easy-read = Fassung in Leichter Sprache

### Standard 7

std-7-title = Eingriffsplanung und periprozedurale Versorgung
std-7-intro = Dieser Standard betrachtet, wie Eingriffe geplant werden und wie Patienten unmittelbar vor, während und nach dem Eingriff versorgt werden.

std-7a-text = Wird für jeden IO-Eingriff eine Sicherheitscheckliste ausgefüllt und dokumentiert?
std-7a-guidance = Geeignet ist eine Checkliste, die aus einer anerkannten chirurgischen Sicherheitscheckliste abgeleitet ist. Erläutern Sie, wie das Ausfüllen überprüft wird.
std-7a-evidence-1 = Leeres Exemplar der Sicherheitscheckliste
std-7a-evidence-2 = Ergebnis des letzten Audits zur Einhaltung der Checkliste

std-7b-text = Gibt es schriftliche Protokolle für Sedierung und Analgesie, periprozedurales Gerinnungsmanagement und Antibiotikaprophylaxe?
std-7b-guidance = Die Protokolle können krankenhausweit gelten, sofern sie IO-Eingriffe abdecken. Geben Sie gegebenenfalls an, welche Protokolle fehlen.
std-7b-evidence-1 = Protokoll für Sedierung und Analgesie
std-7b-evidence-2 = Leitlinie zum periprozeduralen Gerinnungsmanagement

std-7c-text = Beschreiben Sie, wie die Behandlung geplant und wie das technische Ergebnis am Ende des Eingriffs überprüft wird, zum Beispiel der Ablationsrand oder der Endpunkt der Embolisation.
std-7c-guidance = Nennen Sie gegebenenfalls eingesetzte Planungs- oder Bildfusionssoftware, die kontrastmittelgestützte Bildgebung am Ende des Eingriffs und wie das Ergebnis im Eingriffsbericht dokumentiert wird.
std-7c-evidence-1 = Beispiel eines Eingriffsberichts (anonymisiert)

### Standard 8

std-8-title = Strahlenschutz und Sicherheit
std-8-intro = Dieser Standard betrachtet, wie Patienten und Personal bei IO-Eingriffen vor ionisierender Strahlung geschützt werden.

std-8a-text = Wird die IO-Abteilung von einem namentlich benannten Medizinphysik-Experten oder Strahlenschutzbeauftragten unterstützt?
std-8a-guidance = Der Experte kann beim Krankenhaus angestellt oder vertraglich verpflichtet sein und sollte an Dosisaudits, Abnahmeprüfungen von Geräten und der Optimierung von Protokollen beteiligt sein.
std-8a-evidence-1 = Bestellungsschreiben oder Dienstleistungsvertrag des Medizinphysik-Experten

std-8b-text = Wird die Strahlendosis des Patienten bei jedem durchleuchtungs- und CT-gesteuerten Eingriff dokumentiert?
std-8b-guidance = Die Dosis kann automatisch durch ein Dosismanagementsystem oder manuell im Eingriffsbericht erfasst werden.
std-8b-evidence-1 = Auszug aus der Dosisdokumentation aktueller Eingriffe (anonymisiert)

std-8c-text = Hat die Abteilung lokale diagnostische Referenzwerte für ihre wichtigsten Eingriffe festgelegt und ihre Dosiswerte in den letzten 12 Monaten damit verglichen?
std-8c-guidance = Erläutern Sie, welche Eingriffe erfasst sind und welche Maßnahmen folgten, wenn die Dosiswerte über den Referenzwerten lagen.
std-8c-evidence-1 = Aktueller Bericht des Dosisaudits

std-8d-text = Tragen alle Personen im Eingriffsraum Personendosimeter und Schutzausrüstung, und werden ihre Dosiswerte überprüft?
std-8d-guidance = Beschreiben Sie die Regelungen zur Dosimetrie, einschließlich einer etwaigen Überwachung der Augenlinsendosis, und wer die Ergebnisse überprüft.
std-8d-evidence-1 = Zusammenfassung der Ergebnisse der Personendosimetrie des letzten Jahres
std-8d-evidence-2 = Bestandsliste der Schutzausrüstung mit Prüfdaten

std-8e-text = Gibt es ein dokumentiertes Verfahren zur Nachsorge von Patienten, deren Strahlendosis einen festgelegten Schwellenwert überschreitet?
std-8e-guidance = Das Verfahren sollte den Schwellenwert festlegen sowie regeln, wie der Patient informiert wird und wie mögliche Hautschäden kontrolliert werden.
std-8e-evidence-1 = Verfahrensanweisung zur Nachsorge von Patienten mit hoher Strahlendosis

std-8f-text = Falls die Abteilung Radioembolisationen durchführt: Gibt es ein mit der Nuklearmedizin abgestimmtes schriftliches Protokoll für den Umgang mit radioaktiven Mikrosphären und deren Applikation?
std-8f-guidance = Führt die Abteilung keine Radioembolisation durch, antworten Sie mit Nein und vermerken Sie dies in der Erläuterung.
std-8f-evidence-1 = Gemeinsames Protokoll zur Radioembolisation mit der Nuklearmedizin

### Standard 9

std-9-title = Pflege und stationäre Versorgung
std-9-intro = Dieser Standard betrachtet die pflegerische und stationäre Versorgung, die IO-Patienten vor und nach ihrem Eingriff erhalten.

std-9a-text = Hat die Abteilung verlässlichen Zugang zu tagesklinischen oder stationären Betten für IO-Patienten?
std-9a-guidance = Die Betten können sich auf einer gemeinsam genutzten Station befinden, wenn ihre Verfügbarkeit für IO-Patienten vereinbart ist.
std-9a-evidence-1 = Vereinbarung zur Bettenzuteilung oder Regelungen der Station

std-9b-text = Sind die Pflegekräfte der Station in der IO-spezifischen Versorgung nach dem Eingriff geschult, etwa in der Versorgung der Punktionsstelle und im Erkennen eines Postembolisationssyndroms?
std-9b-guidance = Die Schulung kann durch das IO-Team oder durch die Praxisanleiter der Station erfolgen; beschreiben Sie, wie sie dokumentiert wird.
std-9b-evidence-1 = Schulungsnachweise der Pflege zur Nachsorge nach IO-Eingriffen

std-9c-text = Haben Patienten nach der Entlassung einen benannten Ansprechpartner, etwa eine von Pflegekräften betreute Telefonnummer, an den sie sich bei Beschwerden oder Fragen wenden können?
std-9c-guidance = Die Kontaktdaten sollten dem Patienten bei der Entlassung schriftlich mitgegeben werden, zusammen mit Hinweisen zum Vorgehen außerhalb der regulären Dienstzeiten.
std-9c-evidence-1 = Entlassungsinformationen mit den Kontaktdaten

## Section 3

std-section-3-title = Ergebnisse, Qualität und Fortbildung

### Standard 10

std-10-title = Nachsorge und Ergebnisbewertung
std-10-intro = Dieser Standard betrachtet, wie Patienten nach der Behandlung nachbetreut und wie die Behandlungsergebnisse gemessen werden.

std-10a-text = Bei wie viel Prozent der in den letzten 12 Monaten behandelten Patienten ist innerhalb von 30 Tagen nach dem Eingriff eine klinische Nachsorge dokumentiert?
std-10a-guidance = Die Nachsorge kann ein Sprechstundentermin, ein telefonisches Gespräch oder eine dokumentierte Durchsicht der Patientenakte sein. Runden Sie auf die nächste ganze Zahl.
std-10a-evidence-1 = Audit der 30-Tage-Nachsorge

std-10b-text = Welche Ansprechkriterien verwendet die Abteilung hauptsächlich zur Beurteilung der Bildgebung nach der Behandlung?
std-10b-guidance = Wählen Sie die Kriterien, die bei den meisten Patienten verwendet werden. Werden für verschiedene Tumorentitäten unterschiedliche Kriterien verwendet, wählen Sie die am häufigsten verwendeten.
std-10b-option-mrecist = mRECIST
std-10b-option-recist = RECIST 1.1
std-10b-option-easl = EASL-Kriterien
std-10b-option-li-rads = LI-RADS Treatment Response (LR-TR)
std-10b-option-other = Andere

std-10c-text = Gibt es für jede Eingriffsart einen festgelegten Zeitplan für die Nachsorgebildgebung, deren Ergebnisse vom IO-Team beurteilt werden?
std-10c-guidance = Der Zeitplan sollte Zeitpunkt und Modalität der Nachsorgebildgebung festlegen. Erläutern Sie, wie auf Befunde reagiert wird, die einen Resttumor oder ein Rezidiv zeigen.
std-10c-evidence-1 = Schriftliches Nachsorgeprotokoll

std-10d-text = Werden Ergebnisse wie die lokale Tumorkontrolle und das Überleben mindestens alle zwei Jahre ausgewertet und berichtet?
std-10d-guidance = Die Auswertung kann intern erfolgen. Geben Sie an, wer den Bericht erhält und ob die Ergebnisse mit publizierten Serien verglichen werden.
std-10d-evidence-1 = Aktueller Ergebnisbericht

### Standard 11

std-11-title = Komplikationsmanagement und Meldung von Komplikationen
std-11-intro = Dieser Standard betrachtet, wie Komplikationen erfasst, klassifiziert und behandelt werden und wie aus ihnen gelernt wird.

std-11a-text = Werden alle Komplikationen von IO-Eingriffen prospektiv erfasst und nach einer anerkannten Klassifikation eingestuft?
std-11a-guidance = Die Erfassung sollte auch Komplikationen einschließen, die nach der Entlassung festgestellt werden. Erläutern Sie, wie Komplikationen erfasst werden, wenn Patienten in einem anderen Krankenhaus wieder aufgenommen werden.
std-11a-evidence-1 = Auszug aus dem Komplikationsregister (anonymisiert)

std-11b-text = Welche Klassifikationssysteme verwendet die Abteilung zur Einstufung von Komplikationen?
std-11b-guidance = Wählen Sie jedes verwendete System aus, auch solche, die nur für bestimmte Eingriffe genutzt werden.
std-11b-option-cirse = CIRSE-Klassifikation
std-11b-option-ctcae = CTCAE
std-11b-option-sir = SIR-Klassifikation
std-11b-option-other = Andere

std-11c-text = Werden Komplikationen in einer regelmäßigen Morbiditäts- und Mortalitätskonferenz besprochen und die daraus gewonnenen Erkenntnisse dokumentiert?
std-11c-guidance = Die Konferenz kann gemeinsam mit der gesamten Radiologie oder Onkologie stattfinden, sofern IO-Fälle besprochen werden.
std-11c-evidence-1 = Protokolle der letzten beiden Morbiditäts- und Mortalitätskonferenzen (anonymisiert)

### Standard 12

std-12-title = Qualitätsverbesserung, Audit und Daten
std-12-intro = Dieser Standard betrachtet, wie die Abteilung Daten erhebt und Audits zur Verbesserung ihrer Versorgung nutzt.

std-12a-text = Führt die Abteilung eine prospektive Datenbank oder ein Register aller IO-Eingriffe, in dem Indikation, Technik, Komplikationen und Ergebnisse erfasst werden?
std-12a-guidance = Die Datenbank kann lokal geführt werden oder Teil eines nationalen oder internationalen Registers sein. Beschreiben Sie, wer die Daten eingibt und wie die Vollständigkeit geprüft wird.
std-12a-evidence-1 = Liste der in der Datenbank erfassten Felder

std-12b-text = Schließt die Abteilung jedes Jahr mindestens einen klinischen Auditzyklus mit Maßnahmenplan und Re-Audit ab?
std-12b-guidance = Jedes für die IO relevante Thema ist geeignet, zum Beispiel Komplikationsraten, Einwilligung oder Nachsorge. Geben Sie an, welche Audits im letzten Jahr abgeschlossen wurden.
std-12b-evidence-1 = Aktueller Auditbericht mit Maßnahmenplan

std-12c-text = An welchem Datum fand die letzte Auditbesprechung der Abteilung statt, in der IO-Daten vorgestellt wurden?
std-12c-guidance = Geben Sie das Datum der Besprechung selbst an, nicht das Datum der Protokollfreigabe.
std-12c-evidence-1 = Tagesordnung oder Protokoll der Besprechung

std-12d-text = Beschreiben Sie eine Änderung, die in den letzten zwei Jahren aufgrund eines Audits, der Aufarbeitung eines Zwischenfalls oder von Patientenrückmeldungen eingeführt wurde, und ihre Wirkung.
std-12d-guidance = Erläutern Sie, was die Änderung ausgelöst hat, was umgesetzt wurde und wie ihre Wirkung gemessen wurde.

### Standard 13

std-13-title = Aus- und Weiterbildung und Forschung
std-13-intro = Dieser Standard betrachtet, wie die Abteilung ihr Wissen aktuell hält und zu Weiterbildung und Forschung beiträgt.

std-13a-text = Nehmen die Mitglieder des IO-Teams an medizinischer Fortbildung (CME) in interventioneller Onkologie teil?
std-13a-guidance = Berücksichtigen Sie Kurse, Kongresse und Online-Fortbildungen. Eine Übersicht über die letzten zwei Jahre je Arzt genügt.
std-13a-evidence-1 = Übersicht der Fortbildungsaktivitäten der letzten zwei Jahre

std-13b-text = Bildet die Abteilung Ärzte in Weiterbildung oder Fellows in einem strukturierten Programm in der IO aus?
std-13b-guidance = Beschreiben Sie das Programm, seine Dauer und wie die Weiterzubildenden supervidiert und beurteilt werden.
std-13b-evidence-1 = Übersicht über das Weiterbildungsprogramm

std-13c-text = Beteiligt sich die Abteilung an klinischer Forschung oder liefert sie Daten an Register der interventionellen Onkologie?
std-13c-guidance = Führen Sie laufende Studien oder Register sowie Publikationen der letzten drei Jahre auf.
std-13c-evidence-1 = Liste der Studien, Register und Publikationen der letzten drei Jahre

## Units

std-unit-procedures = Eingriffe
std-unit-physicians = Ärzte
std-unit-days = Tage
std-unit-percent = %
