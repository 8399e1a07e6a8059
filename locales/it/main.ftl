## Shell
app-name = Accredit-IO
app-tagline = Accreditamento in oncologia interventistica
nav-skip-to-content = Vai al contenuto principale
nav-primary-label = Navigazione principale
nav-home = Home
nav-register = Registra una struttura
nav-my-facilities = Le mie strutture
nav-admin = Amministrazione
language-switcher-label = Lingua
language-switcher-apply = Cambia lingua
footer-about = Accredit-IO gestisce il programma di accreditamento dei servizi di oncologia interventistica, dall’iscrizione al Centro di Eccellenza.
footer-demo-notice = Installazione dimostrativa: gli standard e i dati mostrati sono esempi, non l’edizione concessa in licenza.

## Home page
home-page-title = Home
home-title = Dall’iscrizione al Centro di Eccellenza
home-intro = Accredit-IO accompagna i servizi di oncologia interventistica lungo un percorso di qualità in tre fasi. Il vostro team e i valutatori lavorano nella stessa applicazione, online o offline, in nove lingue.
home-pathway-heading = Il percorso di accreditamento
home-stage-step = Fase { $number }
home-stage-enrolled-title = Centro iscritto
home-stage-enrolled-body = Registrate la vostra struttura, confermate almeno 150 procedure terapeutiche di oncologia interventistica all’anno e pagate la fattura di iscrizione. Il team potrà quindi iniziare la domanda.
home-stage-accredited-title = Centro accreditato
home-stage-accredited-body = Compilate il questionario sui 13 standard di assicurazione della qualità, caricate la documentazione e riesaminate 30 casi estratti a sorte. Quando i valutatori ritengono soddisfatti tutti i requisiti fondamentali, il servizio è accreditato per quattro anni.
home-stage-excellence-title = Centro di Eccellenza
home-stage-excellence-body = Sei mesi prima della scadenza dell’accreditamento si apre la ricertificazione. Un servizio che soddisfa tutti i requisiti fondamentali e tutti quelli estesi diventa Centro di Eccellenza.
home-how-heading = Come funziona la domanda
home-how-any-order = Rispondete alle domande nell’ordine che preferite; ogni risposta viene salvata mentre scrivete.
home-how-offline = Continuate a lavorare anche senza rete: le risposte restano sul dispositivo e vengono inviate appena tornate online.
home-how-summary = Un riepilogo mostra cosa richiede ancora attenzione prima che il rappresentante autorizzato invii la domanda.
home-how-assessors = I valutatori esaminano la stessa domanda, pongono quesiti su singoli punti e registrano la loro decisione.

## Not found
not-found-title = Pagina non trovata
not-found-back = Torna alla home

## Errors
error-unauthorized = Accedete per continuare.
error-forbidden = Non avete l’autorizzazione per questa operazione.
error-not-found = La pagina o il record richiesto non esiste.
error-validation = Alcuni campi richiedono attenzione.
error-conflict = Qualcun altro ha modificato questo elemento nel frattempo. Confrontate le due versioni e scegliete quale mantenere.
error-internal = Si è verificato un errore da parte nostra. Riprovate; se il problema persiste, indicate il riferimento { $reference }.
error-internal-no-ref = Si è verificato un errore da parte nostra. Riprovate.
error-network = Impossibile raggiungere il server. Controllate la connessione e riprovate.
error-field-required = Questo campo è obbligatorio.
error-field-malformed = Impossibile leggere la richiesta. Ricaricate la pagina e riprovate.

## Account field errors (app/src/accounts.rs)
error-email-invalid = Inserite un indirizzo e-mail valido, ad esempio nome@ospedale.it.
error-email-taken = Esiste già un account con questo indirizzo e-mail. Accedete oppure reimpostate la password.
error-password-too-short = La password deve contenere almeno { $min } caratteri.
error-password-too-long = La password può contenere al massimo { $max } caratteri.
error-name-too-long = Questo nome è troppo lungo.
error-field-control-characters = Rimuovete gli a capo e i caratteri di controllo invisibili da questo campo.

## Sign-in
error-too-many-attempts = Troppi tentativi. Attendete 15 minuti e riprovate.
nav-sign-in = Accedi
nav-sign-out = Esci
nav-signed-in-as = Accesso eseguito come { $name }
nav-sign-out-unsent = { $count ->
    [one] Una modifica (una risposta, una scheda caso o una replica) non ha ancora raggiunto il server. È conservata solo su questo dispositivo e verrà eliminata all’uscita.
   *[other] { $count } modifiche (risposte, schede caso o repliche) non hanno ancora raggiunto il server. Sono conservate solo su questo dispositivo e verranno eliminate all’uscita.
}
nav-sign-out-anyway = Esci ed eliminale
nav-stay-signed-in = Resta connesso
sign-in-page-title = Accesso
sign-in-heading = Accedi ad Accredit-IO
sign-in-email = Indirizzo e-mail
sign-in-password = Password
sign-in-submit = Accedi
sign-in-error-credentials = L’indirizzo e-mail o la password non sono corretti.
sign-in-welcome = Benvenuto/a, { $name }.
sign-in-error-unconfirmed = Confermate prima il vostro indirizzo e-mail: seguite il link nell’e-mail che vi abbiamo inviato.
sign-in-error-disabled = Questo account è stato disattivato dall’ufficio del programma. Contattate l’ufficio.
sign-in-forgot-password = Password dimenticata?
sign-in-create-account = Crea un account per unirsi a una struttura

## Field errors of the registration and other forms
error-text-too-long = Questo testo è troppo lungo.
error-number-invalid = Inserite un numero intero, ad esempio 240.
error-number-too-large = Questo numero è troppo grande. Controllatelo.
error-date-invalid = Inserite una data valida.
error-link-invalid = Questo link non è valido: è già stato usato, è scaduto oppure è stato copiato in modo incompleto. Richiedetene uno nuovo.

## Facility registration
register-page-title = Registra una struttura
register-heading = Registrate la vostra struttura
register-intro = La registrazione è il primo passo verso l’accreditamento. Chi effettua la registrazione diventa titolare principale dell’account della struttura; i colleghi si uniranno in seguito con il codice della struttura che vi invieremo.
register-done-heading = Controllate la vostra e-mail
register-done-body = Vi abbiamo inviato un’e-mail con un link per attivare la struttura e con il codice della struttura. Finché non aprite quel link non succede nulla.
register-section-facility = Struttura
register-facility-name = Nome della struttura o del servizio
register-institution = Ospedale o istituto
register-department = Dipartimento
register-address = Indirizzo
register-country = Paese
register-section-eligibility = Requisiti di ammissione
register-procedures = Procedure terapeutiche di oncologia interventistica all’anno
register-procedures-hint = Sono richieste almeno { $minimum } procedure all’anno.
register-approver-name = Nome del direttore di dipartimento o del direttore dell’ospedale che ha approvato
register-approver-email = Indirizzo e-mail di questa persona
register-approval-date = Data dell’approvazione
register-approval-confirmed = Confermo che il direttore di dipartimento o il direttore dell’ospedale ha approvato questa registrazione.
register-section-account = Il vostro account
register-account-hint = Sarà l’account del titolare principale: con esso approverete i colleghi che si uniscono e nominerete chi ricopre i ruoli della struttura.
register-your-name = Il vostro nome
register-your-email = Il vostro indirizzo e-mail
register-password = Password
register-password-hint = Almeno { $min } caratteri.
register-section-roles = Ruoli della struttura
register-roles-hint = Lasciate vuoto un campo per assumere voi stessi quel ruolo (il sostituto è facoltativo). Le persone indicate tramite e-mail riceveranno un invito con il codice della struttura non appena la struttura sarà attivata.
register-ar-email = Rappresentante autorizzato (e-mail)
register-contact-email = Referente designato (e-mail)
register-substitute-email = Sostituto del referente (e-mail)
register-submit = Registra la struttura
register-error-procedures-below-minimum = L’accreditamento richiede almeno { $minimum } procedure terapeutiche di oncologia interventistica all’anno.
register-error-approval-in-future = La data dell’approvazione non può essere nel futuro.
register-error-approval-too-old = L’approvazione deve risalire agli ultimi due anni.
register-error-approval-not-confirmed = Confermate che la registrazione è stata approvata.
register-error-facility-exists = Questa struttura è già registrata. Chiedete il codice della struttura al titolare principale dell’account e unitevi alla struttura.

## Activation and email confirmation
activate-page-title = Attiva la struttura
activate-heading = Attivate la vostra struttura
activate-intro = L’attivazione conferma il vostro indirizzo e-mail e apre l’iscrizione della struttura.
activate-submit = Attiva ora
activate-done = L’attivazione di { $facility } è completata. La fattura di iscrizione è ora emessa.
activate-sign-in = Accedi
confirm-email-page-title = Conferma indirizzo e-mail
confirm-email-heading = Confermate il vostro indirizzo e-mail
confirm-email-submit = Conferma indirizzo e-mail
confirm-email-done = Il vostro indirizzo e-mail è confermato. Ora potete accedere.

## Accounts
sign-up-page-title = Crea un account
sign-up-heading = Crea un account
sign-up-intro = Create un account per unirvi a una struttura già registrata. Vi servirà il codice della struttura.
sign-up-submit = Crea account
sign-up-done = Vi abbiamo inviato un’e-mail con un link per confermare il vostro indirizzo.
sign-up-register-instead = Volete registrare una nuova struttura? Usate invece la registrazione della struttura.
forgot-password-page-title = Password dimenticata
forgot-password-heading = Reimposta la password
forgot-password-intro = Inserite l’indirizzo e-mail del vostro account e vi invieremo un link per scegliere una nuova password.
forgot-password-submit = Invia link
forgot-password-done = Se un account usa questo indirizzo, gli abbiamo inviato un link. Il link è valido per un’ora.
resend-link-page-title = Ricevi un nuovo link
resend-link-heading = Ricevi un nuovo link
resend-link-intro = Il link di attivazione o di conferma è scaduto o è andato perso? Inserisca l’indirizzo e-mail con cui si è registrato. Se una registrazione o un account con questo indirizzo attende ancora l’attivazione o la conferma, inviamo un nuovo link; i link precedenti smettono di funzionare.
resend-link-submit = Invia un nuovo link
resend-link-done = Se una registrazione o un account con questo indirizzo attende l’attivazione o la conferma, un nuovo link è in arrivo. Controlli la posta in arrivo e la cartella spam.
resend-link-ask = Link scaduto o perso? Ricevi un nuovo link
registration-error-not-pending = Questa struttura è già attivata: non c’è alcuna registrazione in sospeso.
registration-error-reason-required = Indichi un motivo: viene conservato nel registro di audit.
admin-registration-resent = Un nuovo link di attivazione è stato inviato alla persona che si è registrata.
admin-registration-actions = Registrazione in sospeso di { $facility }: azioni
admin-registration-resend = Invia di nuovo il link di attivazione
admin-registration-activate-reason = Perché la segreteria attiva per conto della persona registrata (conservato nel registro di audit)
admin-registration-activate-confirm = Ho verificato in altro modo chi ha registrato { $facility }; la segreteria la attiva per suo conto
admin-registration-activate = Attiva per conto della persona registrata
admin-registration-delete-reason = Perché la registrazione viene eliminata (conservato nel registro di audit)
admin-registration-delete-confirm = Elimina la registrazione di { $facility } e libera il suo nome e il suo indirizzo e-mail
admin-registration-delete = Elimina la registrazione
reset-password-page-title = Scegli una nuova password
reset-password-heading = Scegli una nuova password
reset-password-submit = Salva la nuova password
reset-password-done = La password è stata modificata e la sessione è stata chiusa su tutti i dispositivi.
account-page-title = Il vostro account
account-heading = Il vostro account
account-change-password = Cambia password
account-current-password = Password attuale
account-new-password = Nuova password
account-change-password-submit = Cambia password
account-password-changed = La password è stata modificata. Gli altri dispositivi sono stati disconnessi.
account-error-current-password = La password attuale non è corretta.

## Facilities and joining
facilities-page-title = Le mie strutture
facilities-heading = Le mie strutture
facilities-none = Non fate ancora parte di nessuna struttura.
facilities-register-link = Registra una struttura
join-page-title = Unirsi a una struttura
join-heading = Unirsi a una struttura
join-intro = Inserite il codice della struttura ricevuto dal titolare principale dell’account della vostra struttura.
join-code = Codice della struttura
join-code-hint = Dieci lettere e cifre, ad esempio ABCDE-23456.
join-submit = Invia richiesta
join-done-active = Ora fate parte della struttura.
join-done-pending = La richiesta è stata inviata. Il titolare principale dell’account dovrà approvarla.
join-need-account = Per unirvi a una struttura, accedete o create prima un account.
join-error-code-unknown = Non esiste una struttura attiva con questo codice. Controllate il codice e riprovate.
join-error-already-member = Fate già parte di questa struttura.

## A facility's page
facility-page-title = Struttura
facility-status = Stato
facility-code = Codice della struttura
facility-code-hint = I colleghi si uniscono alla vostra struttura con questo codice.
facility-read-only-notice = Stai visualizzando questa struttura come ufficio del programma: sola lettura. Solo i membri della struttura ne modificano il contenuto.
facility-roles-heading = Ruoli della struttura
facility-role-invited = invito inviato
facility-role-vacant = non assegnato
facility-role-assign = Nomina
facility-pending-heading = Richieste di adesione
facility-approve = Approva
facility-decline = Rifiuta
facility-members-heading = Membri
facility-member-name = Nome
facility-member-email = Indirizzo e-mail
facility-member-roles = Ruoli
facility-member-actions = Azioni
facility-remove = Rimuovi
facility-remove-member = Rimuovi { $name }
facility-history-heading = Cronologia dello stato
facility-main-holder = Titolare principale dell’account
facility-error-status-change = Questo cambio di stato non è possibile a partire dallo stato attuale della struttura.
facility-status-registered = Registrata – attivazione in sospeso
facility-status-pending-payment = Attivata – pagamento dell’iscrizione in sospeso
facility-status-enrolled = Centro iscritto
facility-status-accredited = Centro accreditato
facility-status-centre-of-excellence = Centro di Eccellenza
facility-status-expired = Scaduta
facility-status-withdrawn = Ritirata
facility-role-authorised-representative = Rappresentante autorizzato
facility-role-contact = Referente designato
facility-role-substitute = Referente sostituto
membership-status-pending = In attesa di approvazione
membership-status-active = Membro
membership-status-declined = Rifiutato
membership-status-removed = Rimosso
members-error-not-pending = Su questa richiesta è già stata presa una decisione.
members-error-cannot-remove-main-holder = Il titolare principale dell’account non può essere rimosso.
members-error-not-member = Questa persona non è un membro attivo della struttura.
members-error-name-another-ar = Nominate un altro rappresentante autorizzato prima di rimuovere questo membro.

## Administration
admin-page-title = Amministrazione
admin-heading = Amministrazione
admin-outbox-link = Posta in uscita
admin-facilities-heading = Registrazioni e strutture
admin-facility = Struttura
admin-registered-at = Registrazione
admin-users-heading = Account e ruoli globali
admin-unconfirmed = e-mail non confermata
admin-change-access = Modificare ruoli e accesso di { $name }
admin-no-roles = nessuno
admin-column-access = Ruoli e accesso
admin-column-roles = Ruoli
admin-disabled = disattivato
admin-grant-role = Assegna il ruolo { $role } a { $name }
admin-revoke-role = Revoca il ruolo { $role } a { $name }
admin-confirm-enable = Confermo: { $name } può accedere di nuovo.
admin-confirm-disable = Confermo: { $name } viene disconnesso ovunque subito e non può accedere finché l’account non viene riattivato.
admin-enable-account = Riattivare l’account di { $name }
admin-disable-account = Disattivare l’account di { $name }
admin-confirm-revoke = Confermo: { $name } perde il ruolo { $role }. La modifica viene registrata nel registro di audit.
admin-confirm-grant = Confermo: { $name } riceve il ruolo { $role }. La modifica viene registrata nel registro di audit.
admin-error-own-admin-role = Non potete rimuovere il vostro ruolo di amministratore.
admin-error-disable-self = Non potete disattivare il vostro account.
role-administrator = Amministratore
role-assessor = Valutatore
role-translator = Traduttore
outbox-page-title = Posta in uscita
outbox-heading = Posta in uscita
outbox-intro = Tutte le e-mail scritte dall’applicazione, dalla più recente. Se non è configurato alcun server di posta, le e-mail vengono recapitate solo qui.
outbox-demonstration = E-mail dimostrative — non recapitate. Nessun server di posta è configurato (SMTP_URL): questi messaggi, link compresi, sono mostrati solo qui.
audit-page-title = Registro di audit
audit-intro = Ogni modifica nel programma, chi l’ha fatta e quando. Ogni voce è concatenata alla precedente, così qualsiasi modifica al registro stesso risulta evidente.
audit-filter-facility = Struttura
audit-filter-any = tutte
audit-filter-user = Persona (indirizzo e-mail)
audit-filter-action = L’azione inizia con
audit-filter-from = Dal (UTC)
audit-filter-to = Al (UTC)
audit-filter-apply = Mostrare le voci
audit-filter-reset = Azzerare il filtro
audit-export-csv = Scaricare in CSV
audit-none = Nessuna voce corrisponde a questo filtro.
audit-column-time = Ora (UTC)
audit-column-actor = Da
audit-column-action = Azione
audit-column-target = Riguarda
audit-column-change = Modifica
audit-pages = Pagine del registro di audit
audit-newer = Voci più recenti
audit-older = Voci più vecchie
audit-page-number = Pagina { $page }
outbox-empty = Ancora nessuna e-mail.
outbox-sent = inviata il { $at }
outbox-failed = non recapitata dopo { $attempts } tentativi: { $error }
outbox-not-sent = non inviata

## Mail (plain text; the HTML part is made from it)
mail-footer = Accredit-IO – accreditamento in oncologia interventistica. Questo messaggio è stato inviato automaticamente.
mail-activation-subject = Attivazione di { $facility } su Accredit-IO
mail-activation-body =
    Gentile { $name },

    grazie per aver registrato { $facility }. La preghiamo di attivare la struttura entro { $hours } ore aprendo questo link e premendo «Attiva ora»:

    { $link }

    Il codice della Sua struttura è { $code }. I colleghi si uniscono alla struttura con questo codice; ogni richiesta deve essere approvata da Lei.

    Se non ha effettuato Lei la registrazione, ignori questa e-mail.
mail-confirm-email-subject = Conferma dell’indirizzo e-mail per Accredit-IO
mail-confirm-email-body =
    Gentile { $name },

    La preghiamo di confermare il Suo indirizzo e-mail entro { $hours } ore aprendo questo link:

    { $link }

    Se non ha creato un account, ignori questa e-mail.
mail-password-reset-subject = Reimpostazione della password di Accredit-IO
mail-password-reset-body =
    Gentile { $name },

    è stata richiesta la reimpostazione della password del Suo account. Per scegliere una nuova password, apra questo link entro { $minutes } minuti:

    { $link }

    Se la richiesta non è partita da Lei, ignori questa e-mail; la Sua password resta invariata.
mail-sign-up-existing-subject = Qualcuno ha provato a creare un account Accredit-IO con il vostro indirizzo
mail-sign-up-existing-body =
    Gentile { $name },

    qualcuno ha chiesto di creare un account con questo indirizzo e-mail, che ne ha già uno. Non è stato creato alcun nuovo account.

    Se eravate voi, accedete qui: { $sign_in }
    Se avete dimenticato la password, sceglietene una nuova qui: { $reset }

    Se non eravate voi, ignorate questa e-mail.
mail-activated-by-office-subject = { $facility } è stata attivata dalla segreteria del programma
mail-activated-by-office-body =
    Gentile { $name },

    la segreteria del programma ha attivato { $facility } per suo conto. Il suo indirizzo e-mail è considerato confermato e può accedere:

    { $sign_in }

    Se non ricorda più la password, ne scelga una nuova qui: { $reset }

    La fattura di iscrizione la attende nella pagina della struttura.
mail-role-invitation-subject = Le è stato assegnato il ruolo di { $role } per { $facility }
mail-role-invitation-body =
    Buongiorno,

    { $inviter } Le ha assegnato il ruolo di { $role } per { $facility } su Accredit-IO.

    Per assumere il ruolo, acceda (oppure crei un account con questo indirizzo e-mail) e si unisca alla struttura con il codice { $code }:

    { $link }
mail-join-requested-subject = { $member } chiede di unirsi a { $facility }
mail-join-requested-body =
    Gentile { $name },

    { $member } ({ $member_email }) ha chiesto di unirsi a { $facility } con il codice della struttura. Può approvare o rifiutare la richiesta nella pagina della struttura:

    { $link }
mail-join-pending-subject = La Sua richiesta di adesione a { $facility }
mail-join-pending-body =
    Gentile { $name },

    la Sua richiesta di adesione a { $facility } è stata inviata al titolare principale dell’account. Le scriveremo quando sarà stata presa una decisione.
mail-join-approved-subject = Ora è membro di { $facility }
mail-join-approved-body =
    Gentile { $name },

    ora è membro di { $facility } su Accredit-IO:

    { $link }
mail-join-declined-subject = La Sua richiesta di adesione a { $facility }
mail-join-declined-body =
    Gentile { $name },

    la Sua richiesta di adesione a { $facility } è stata rifiutata. Se ritiene che si tratti di un errore, contatti direttamente la struttura.
mail-role-assigned-subject = Ora ricopre il ruolo di { $role } per { $facility }
mail-role-assigned-body =
    Gentile { $name },

    Le è stato assegnato il ruolo di { $role } per { $facility } su Accredit-IO.

## Invoices and payments
invoices-heading = Fatture
invoices-none = Ancora nessuna fattura.
invoice-page-title = Fattura
invoice-number = Numero
invoice-kind = Tipo
invoice-issued-on = Emissione
invoice-due-on = Scadenza
invoice-total = Totale
invoice-status = Stato
invoice-open = Importo residuo
invoice-view = Visualizza
invoice-back = Torna alla struttura
invoice-print = Stampa
invoice-pdf = Scarica PDF
invoice-heading = Fattura { $number }
invoice-credit-note-heading = Nota di credito { $number }
invoice-vat-id = Partita IVA: { $id }
invoice-recipient = Intestatario
invoice-payment-reference = Riferimento di pagamento
invoice-credits = Questa nota di credito annulla la fattura { $number }.
invoice-void-reason = Questa fattura è stata annullata: { $reason }
invoice-description = Descrizione
invoice-amount = Importo
invoice-net = Imponibile
invoice-vat = IVA { $rate }
invoice-how-to-pay = Modalità di pagamento
invoice-pay-by = Bonificate l’importo totale entro il { $due }, indicando il riferimento di pagamento { $reference }.
invoice-payments = Pagamenti ricevuti
invoice-open-amount = Importo residuo: { $amount }
invoice-line-enrolment-fee = Quota di iscrizione
invoice-line-annual-fee = Quota annuale, anno di iscrizione { $year } (fino al { $until })
invoice-line-recertification-fee = Quota di ricertificazione (accreditamento attuale valido fino al { $until })
invoice-kind-enrolment = Iscrizione
invoice-kind-annual = Quota annuale
invoice-kind-recertification = Ricertificazione
invoice-kind-credit-note = Nota di credito
invoice-status-open = Da pagare
invoice-status-paid = Pagata
invoice-status-overdue = Scaduta
invoice-status-void = Annullata
invoice-status-credit = Nota di credito
invoice-error-not-voidable = Questa fattura non può essere annullata: è già annullata oppure è una nota di credito.
invoice-error-has-payments = Su questa fattura sono registrati pagamenti, quindi non può essere annullata.
payment-amount = Importo ricevuto
payment-date = Data di ricezione
payment-reference = Riferimento bancario
payment-error-amount = L’importo deve essere maggiore di zero.
payment-error-amount-format = Inserite un importo come 1500 o 1500,00.
payment-error-overpayment = L’importo supera quanto ancora dovuto sulla fattura.
payment-error-not-payable = Non è possibile registrare pagamenti su una fattura annullata o su una nota di credito.
payment-error-future-date = La data del pagamento non può essere nel futuro.
seal-enrolled = Centro iscritto
seal-accredited = Centro accreditato
seal-excellence = Centro di Eccellenza
facility-pathway-label = Posizione nel percorso di accreditamento
admin-invoices-link = Fatture
admin-invoices-page-title = Fatture
admin-invoices-heading = Fatture
admin-filter-all = Tutti
admin-filter-year = Anno
admin-filter-apply = Filtra
admin-invoices-total =
    { $count ->
        [one] una fattura, { $total }
       *[other] { $count } fatture, { $total }
    }
admin-record-payment-for = Pagamento o annullamento per { $number }
admin-record-payment = Registra pagamento
admin-payment-recorded = Il pagamento è stato registrato.
admin-payment-recorded-enrolled = Il pagamento è stato registrato. La fattura è pagata e la struttura è ora Centro iscritto.
admin-void-reason = Motivo dell’annullamento
admin-void-invoice = Annulla { $number } ed emetti una nota di credito
admin-invoice-voided = La fattura è stata annullata; è stata emessa la nota di credito { $number }.
mail-invoice-issued-subject = Fattura { $number } per { $facility }
mail-invoice-issued-body =
    Gentile { $name },

    è stata emessa la fattura { $number } per { $facility }: { $amount }, con scadenza il { $due }. La preghiamo di indicare il riferimento di pagamento { $reference } nel Suo bonifico.

    Può visualizzare e stampare la fattura qui:

    { $link }
mail-invoice-reminder-subject = Promemoria: scadenza della fattura { $number }
mail-invoice-reminder-body =
    Gentile { $name },

    dai nostri registri risultano ancora dovuti { $amount } sulla fattura { $number } per { $facility }, con scadenza il { $due }. La preghiamo di effettuare il bonifico indicando il riferimento di pagamento { $reference }. Se nel frattempo ha già pagato, ignori questo promemoria.

    { $link }
mail-facility-enrolled-subject = { $facility } è ora Centro iscritto
mail-facility-enrolled-body =
    Gentile { $name },

    grazie per il Suo pagamento. { $facility } è ora Centro iscritto e il Suo team può iniziare la domanda di accreditamento.

    { $link }
invoice-pdf-unavailable = Non è possibile generare il PDF su questo server (non è installato alcun font per questa lingua). Usate invece «Stampa» nella pagina della fattura.

## Standards editions and answers
admin-editions-link = Edizioni degli standard
editions-page-title = Edizioni degli standard
editions-heading = Edizioni degli standard
editions-title = Edizione
editions-id = Identificativo
editions-published = Pubblicazione
editions-items = Requisiti
editions-item-count = { $items } requisiti, di cui { $core } fondamentali
editions-demonstration = dimostrativa
editions-import-heading = Importa un’edizione
editions-import-intro = Incollare un file di edizione (TOML, come descritto in docs/standards-edition.md). Il file viene verificato completamente prima di salvare qualsiasi cosa; un’edizione importata non cambia mai.
editions-file = File dell’edizione
editions-import = Verifica e importa
editions-imported = L’edizione { $id } è stata importata con { $items } requisiti.
editions-unchanged = L’edizione { $id } era già stata importata esattamente con questo contenuto. Non è cambiato nulla.
editions-conflict = Esiste già un’edizione con l’identificativo { $id } e un contenuto diverso. Le edizioni non cambiano mai: assegnare alla nuova edizione un identificativo proprio.
editions-syntax = Non è stato possibile leggere il file come file di edizione:
editions-problems =
    { $count ->
        [one] Il file contiene un problema; non è stato importato nulla:
       *[other] Il file contiene { $count } problemi; non è stato importato nulla:
    }
answer-error-explanation-required = Aggiungere una spiegazione.
answer-error-out-of-range = Questo numero è fuori dall’intervallo consentito.
answer-error-date-in-future = La data non può essere nel futuro.
answer-error-unknown-option = Scegliere una delle opzioni proposte.
answer-error-wrong-type = Questa risposta non corrisponde alla domanda. Ricaricare la pagina e rispondere di nuovo.
attention-unanswered = Non ancora compilato
attention-core-not-met = Un requisito fondamentale deve essere soddisfatto prima dell’invio
attention-invalid = La risposta deve essere corretta
attention-evidence-missing = Documentazione richiesta non ancora caricata
application-error-not-enrolled = Una domanda può essere aperta quando la struttura è un Centro iscritto (fattura di iscrizione pagata).
application-error-no-edition = Non è ancora stata importata alcuna edizione degli standard. Rivolgersi a un amministratore.
application-error-not-draft = Questa domanda è stata inviata e non può più essere modificata.
answer-error-unknown-item = Questa domanda non fa parte dell’edizione degli standard della candidatura.

## The questionnaire
application-heading = Domanda di accreditamento
application-open = Vai alla domanda
application-page-title = Domanda
application-index-label = Standard della domanda
application-demonstration-notice = Questa è l’edizione dimostrativa degli standard: domande di esempio formulate con parole nostre, non gli standard concessi in licenza.
application-read-only-notice = Vista in sola lettura per l'ufficio del programma: solo i membri della struttura modificano risposte, evidenze e revisione dei casi.
application-summary-heading = Cosa richiede ancora attenzione
application-core-progress = Requisiti fondamentali compilati: { $answered } su { $total }
application-extended-progress = Requisiti estesi compilati: { $answered } su { $total } (necessari per diventare Centro di Eccellenza)
application-ready = Tutti i requisiti sono compilati, ogni requisito fondamentale è soddisfatto con la documentazione richiesta collegata e la revisione dei casi è completa: la domanda è pronta per l’invio.
application-not-ready = La domanda non può ancora essere inviata. Potrà esserlo quando tutti i requisiti saranno compilati (un requisito esteso può risultare «non ancora soddisfatto»), ogni requisito fondamentale sarà soddisfatto con la documentazione richiesta collegata e la revisione interna dei casi sarà completa.
application-blocking-count =
    { $count ->
        [one] Un punto impedisce ancora l’invio
       *[other] { $count } punti impediscono ancora l’invio
    }
application-blocking-case-review = non ancora completa
application-attention-count =
    { $count ->
        [one] Un requisito richiede attenzione
       *[other] { $count } requisiti richiedono attenzione
    }
application-level-core = Requisito fondamentale
application-level-extended = Requisito esteso
application-progress-heading = Avanzamento per sezione e standard
application-column-standard = Standard
application-guidance = Indicazioni
application-evidence-needed = Documentazione:
application-answer = Risposta
application-yes = Sì
application-no = No
application-explanation = Spiegazione
application-save-saving = Salvataggio in corso…
application-save-saved = Salvato
application-save-conflict = Modificato da un’altra persona
application-save-offline = Non salvato: impossibile raggiungere il server. Riprovate appena tornate online.
application-save-on-device = Offline — salvato su questo dispositivo
application-page-on-device = Offline — { $count ->
    [one] una risposta è salvata
   *[other] { $count } risposte sono salvate
} su questo dispositivo e verranno inviate al ritorno della connessione.
application-save-signed-out = Conservata su questo dispositivo: accedi di nuovo per inviarla.
application-conflict-explain = Nel frattempo un’altra persona ha salvato una risposta diversa per questo requisito. La risposta dell’altra persona:
application-conflict-keep-mine = Mantieni la mia risposta
application-conflict-take-theirs = Usa l’altra risposta

## The internal case review (app/src/case_review.rs)

case-review-page-title = Riesame interno dei casi
case-review-intro = Elencare i riferimenti pseudonimizzati dei casi di oncologia interventistica trattati dal Suo servizio, uno per riga o come prima colonna di un file CSV. L’applicazione ne estrae 30 a sorte; il seme e l’impronta dell’elenco vengono conservati affinché l’estrazione possa essere ripetuta. Non usare mai nomi, date di nascita o numeri nosologici.
case-review-references = Riferimenti dei casi
case-review-csv = Oppure importare i riferimenti da un file CSV
case-review-draw = Estrai 30 casi
case-review-redraw = Ripeti l’estrazione
case-review-redraw-heading = Ripeti l’estrazione dei casi (serve un motivo)
case-review-same-as-previous = Come il caso precedente
case-review-reason = Motivo della nuova estrazione (conservato nel registro)
case-review-drawn = Estrazione { $number } del { $date } da parte di { $name }: 30 casi su { $pool } riferimenti.
case-review-seed = Seme { $seed } · impronta dell’elenco { $hash }
case-review-reason-given = Motivo indicato: { $reason }
case-review-progress = Casi completati: { $done } su { $total }
case-review-complete = Il riesame dei casi è concluso.
case-review-back = Torna al questionario
case-review-link = Riesame interno dei casi
case-review-status-complete = Riesame interno dei casi: concluso
case-review-status-incomplete = Riesame interno dei casi: non ancora concluso
case-review-case-complete = Completato
case-review-case-incomplete = Da fare
case-review-error-too-few = Indicare almeno 30 riferimenti di casi diversi.
case-review-error-too-many = L’elenco è troppo lungo: al massimo 20.000 riferimenti.
case-review-error-reference = Un riferimento supera i 40 caratteri o contiene caratteri di controllo.
case-review-error-reference-identifier = Un riferimento sembra un nome, una data di nascita o un numero identificativo. Usare solo riferimenti pseudonimizzati.
case-review-error-line = Riga { $line }:
case-review-error-reason-required = Per ripetere l’estrazione occorre indicare un motivo, che viene conservato nel registro.
case-review-error-too-many-draws = I casi sono già stati estratti cinque volte, il massimo consentito. Contattate l’ufficio del programma se l’elenco dei riferimenti è ancora errato.
case-review-error-stale-draw = Nel frattempo i casi sono stati estratti di nuovo. Ricaricare la pagina.
case-review-error-not-drawn = Questo caso non fa parte dell’estrazione attuale.
case-procedure-type = Tipo di procedura
case-procedure-ablation = Ablazione termica
case-procedure-tace = Chemioembolizzazione (TACE)
case-procedure-tare = Radioembolizzazione (TARE/SIRT)
case-procedure-biopsy = Biopsia guidata da imaging
case-procedure-embolisation = Altra embolizzazione
case-procedure-drainage = Drenaggio
case-procedure-other = Altro
case-procedure-date = Data della procedura
case-tumour-board = Discussione al tumor board multidisciplinare documentata
case-consent = Consenso informato documentato
case-complication-grade = Complicanze (grado CIRSE)
case-grade-none = Nessuna
case-grade = Grado { $grade }
case-follow-up = Follow-up documentato
case-notes = Note (senza nomi, date di nascita o numeri identificativi)
case-missing-procedure-type = Scegliere il tipo di procedura.
case-missing-procedure-date = Inserire la data della procedura.
case-missing-tumour-board = Indicare se la discussione al tumor board è documentata.
case-missing-consent = Indicare se il consenso informato è documentato.
case-missing-complication-grade = Scegliere il grado delle complicanze.
case-missing-follow-up = Indicare se il follow-up è documentato.
case-flag-name = Le note sembrano contenere il nome di una persona.
case-flag-date-of-birth = Le note sembrano contenere una data di nascita.
case-flag-national-id = Le note sembrano contenere un numero identificativo.
case-flag-contact = Le note sembrano contenere dati di contatto.

## Submission (app/src/db/submissions.rs)

submission-heading = Invio
submission-submit = Invia la domanda
submission-confirm = In qualità di rappresentante autorizzato, confermo che le risposte e il riesame interno dei casi sono completi e corretti.
submission-only-representative = Solo il rappresentante autorizzato della struttura può inviare la domanda.
submission-not-ready = Prima dell’invio, compilare ogni requisito fondamentale e concludere il riesame interno dei casi.
submission-error-not-ready = La domanda non è pronta per l’invio: un requisito non è compilato, un requisito fondamentale non è soddisfatto o manca della documentazione richiesta, oppure la revisione dei casi non è completa.
submission-receipt = Inviata il { $date } da { $name }.
submission-hash = Impronta del contenuto (SHA-256): { $hash }
submission-read-only = La domanda è stata inviata e non può più essere modificata.
mail-application-submitted-subject = Domanda di { $facility } inviata
mail-application-submitted-body =
    Gentile { $name },

    la domanda di accreditamento di { $facility } è stata inviata. Le risposte e il riesame interno dei casi sono ora bloccati. Impronta del contenuto (SHA-256):

    { $hash }

    La segreteria IASIOS assegnerà i valutatori. Può seguire la domanda qui:

    { $link }

## Evidence (app/src/evidence.rs, server/src/evidence.rs)

evidence-library-heading = Archivio della documentazione
evidence-library-intro = File caricati dal team per questa struttura. Uno stesso file può servire da documentazione per più requisiti. PDF, immagini, documenti Office e testo semplice fino a { $size } ciascuno; il tipo viene verificato in base al contenuto del file, non al nome.
evidence-attach = Allega un file
evidence-upload = Carica
evidence-upload-offline = Nessuna rete: i file potranno essere caricati al ritorno della connessione. Le risposte che scrive restano conservate su questo dispositivo.
evidence-from-library = Oppure sceglierne uno dall’archivio
evidence-link = Collega
evidence-remove = Rimuovi
evidence-none = Nessun file caricato finora.
evidence-uploaded = Il file è stato caricato.
evidence-not-linked = Non collegato ad alcun requisito
evidence-uploaded-by = { $name }, { $date }
evidence-column-file = File
evidence-column-size = Dimensione
evidence-column-uploaded = Caricato
evidence-column-items = Documentazione per
evidence-kind-pdf = PDF
evidence-kind-image = Immagine
evidence-kind-document = Documento
evidence-kind-spreadsheet = Foglio di calcolo
evidence-kind-presentation = Presentazione
evidence-kind-text = Testo
evidence-error-type = Questo tipo di file non è accettato. Caricare un PDF, un’immagine, un documento Office o testo semplice.
evidence-error-too-large = Il file supera la dimensione massima consentita per il caricamento.
evidence-error-empty = Scegliere un file da caricare; i file vuoti non sono accettati.
evidence-error-no-file = Questo file non è presente nell’archivio della documentazione della struttura.

## Assessment (app/src/assessment.rs, app/src/db/assessment.rs, pages/assessment, pages/admin/applications.rs, pages/certificates.rs)

application-status-draft = Bozza
application-status-submitted = Inviata – in attesa dei valutatori
application-status-under-assessment = In valutazione
application-status-evidence-requested = Documentazione richiesta dai valutatori
application-status-amendments-required = Modifiche richieste
application-status-accredited = Accreditata
assessment-clock = Tempo di valutazione: { $days ->
    [one] 1 giorno
   *[other] { $days } giorni
} (sospeso finché ci sono quesiti aperti)
assessment-error-not-assessor = Questa persona non ha il ruolo di valutatore.
assessment-error-already-assigned = Questo valutatore è già assegnato alla domanda.
assessment-error-already-declared = La dichiarazione per questo incarico è già stata resa.
assessment-error-not-submitted = La domanda non è ancora stata inviata.
assessment-error-not-under-assessment = La domanda non è in valutazione.
assessment-error-open-queries = Chiudere tutti i quesiti aperti prima di decidere.
assessment-error-query-closed = Questo quesito è chiuso.
assessment-error-core-not-met = Per concedere l’accreditamento, ogni requisito fondamentale deve essere ritenuto soddisfatto da ogni valutatore.
assessment-error-case-review = Per concedere l’accreditamento, il riesame interno dei casi deve essere concluso.
assessment-error-no-items = Indicare i requisiti da modificare.
assessments-page-title = Valutazioni
assessments-intro = Prima di visualizzare una domanda, dichiarate eventuali conflitti di interessi. Un conflitto dichiarato pone fine all’incarico e la segreteria assegna un’altra persona.
assessments-none = Non vi è assegnata alcuna domanda.
assessments-open = Apri la domanda
assessments-back = Tutte le valutazioni
workspace-case-forms = Leggi le schede dei casi
workspace-back = Torna alla valutazione
assignment-status-awaiting-declaration = Dichiarazione di interessi richiesta
assignment-status-active = Attivo
assignment-status-conflict = Conflitto di interessi dichiarato
assignment-conflict-explain = Avete dichiarato un conflitto di interessi; la segreteria è stata informata.
declaration-intro = Avete un conflitto di interessi con questa struttura?
declaration-same-institution = Lavoro presso la stessa istituzione o per essa.
declaration-same-country = Lavoro nello stesso paese.
declaration-other = Altri motivi (lasciare vuoto se non ce ne sono)
declaration-submit = Invia la dichiarazione
workspace-page-title = Valutazione
workspace-answer = Risposta della struttura:
workspace-no-answer = Nessuna risposta
finding-legend = Esito
finding-met = Soddisfatto
finding-partially-met = Parzialmente soddisfatto
finding-not-met = Non soddisfatto
finding-not-applicable = Non applicabile
finding-comment = Commento sull’esito
query-open = Quesito aperto
query-closed = Quesito chiuso
query-reply = Rispondi
query-attach = Allega un file dall’archivio della documentazione
query-attached-file = Documentazione allegata
query-send = Invia
query-close = Chiudi il quesito
query-new = Poni un quesito alla struttura su questo requisito
query-question = Domanda o documentazione richiesta
query-ask = Apri il quesito
recommendation-heading = Raccomandazione
recommendation-outcome = Decisione raccomandata
recommendation-comment = Motivazioni
recommendation-send = Invia la raccomandazione
decision-accredited = Accreditamento concesso
decision-amendments-required = Modifiche richieste
decision-heading = Decisione
decision-outcome = Decisione
decision-items = Requisiti da modificare:
decision-comment = Commento per la struttura
decision-record = Registra la decisione
decision-blocked-core = Requisiti fondamentali non ritenuti soddisfatti da tutti i valutatori: { $items }
decision-page-title = Lettera di decisione
decision-letter-accredited = La struttura ottiene lo status di Centro accreditato IASIOS.
decision-letter-amendments = La valutazione ha individuato requisiti da modificare. Solo questi requisiti vengono riaperti; una volta modificati, il rappresentante autorizzato invia nuovamente la domanda.
decision-open-letter = Leggi la lettera di decisione
decision-verify-link = Verifica il certificato
decision-none = Nessuna decisione finora.
admin-applications-title = Domande in valutazione
admin-applications-none = Nessuna domanda è stata ancora inviata.
admin-column-facility = Struttura
admin-column-status = Stato
admin-column-clock = Tempo
admin-column-queries = Quesiti aperti
admin-column-assessors = Valutatori
admin-assessors-heading = Valutatori
admin-assign-label = Assegna un valutatore
admin-assign = Assegna
admin-findings-heading = Esiti dei valutatori attivi
admin-findings-active = { $count ->
    [one] 1 valutatore attivo
   *[other] { $count } valutatori attivi
}
admin-queries-heading = Quesiti
verify-page-title = Verifica del certificato
verify-state-valid = Valido
verify-state-expired = Scaduto
verify-state-withdrawn = Ritirato
verify-state-recertification = Valido — ricertificazione in valutazione
verify-validity = Valido dal { $from } al { $until }
verify-code = Codice di verifica { $code }
verify-unknown = Nessun certificato corrisponde a questo codice di verifica.
verify-badge-alt = Contrassegno di accreditamento con lo stato in tempo reale
directory-page-title = Elenco dei centri
directory-intro = Centri accreditati e Centri di Eccellenza con certificato valido, e centri iscritti che hanno scelto di comparire nell’elenco.
directory-search = Cerca
directory-filter-apply = Mostra
directory-status = Stato
directory-all = Tutti
directory-country = Paese
directory-valid-until = Valido fino al
mail-assessor-assigned-subject = Nuova valutazione: { $facility }
mail-assessor-assigned-body =
    Gentile { $name },

    Le è stata assegnata la valutazione della domanda di { $facility }. Prima di visualizzarla, dichiari qui eventuali conflitti di interessi:

    { $link }
mail-assessor-conflict-subject = Conflitto di interessi dichiarato per { $facility }
mail-assessor-conflict-body =
    Gentile { $name },

    { $assessor } ha dichiarato un conflitto di interessi per la domanda di { $facility }. L’incarico è bloccato; La preghiamo di assegnare un altro valutatore:

    { $link }
mail-query-opened-subject = Quesito dei valutatori sul requisito { $item } di { $facility }
mail-query-opened-body =
    Gentile { $name },

    i valutatori della domanda di { $facility } hanno aperto un quesito sul requisito { $item }. Il tempo di valutazione è sospeso finché il quesito non riceve risposta e viene chiuso. Può rispondere, allegare documentazione o modificare il requisito qui:

    { $link }
mail-decision-made-subject = Decisione sulla domanda di { $facility }
mail-decision-made-body =
    Gentile { $name },

    è stata registrata una decisione sulla domanda di { $facility }. Può leggere la lettera di decisione qui:

    { $link }
directory-opt-in = Includere questo centro iscritto nell’elenco pubblico
workspace-preview = Anteprima
admin-overdue-queries = { $count } scaduti
admin-workload-heading = Carico di lavoro dei valutatori
admin-workload = { $name }: { $count ->
    [one] 1 domanda
   *[other] { $count } domande
} in valutazione
certificate-title = Certificato di accreditamento
certificate-scan = Scansionare per vedere lo stato aggiornato:
certificate-download = Certificato (PDF)
decision-pdf = Lettera di decisione (PDF)
snapshot-page-title = La domanda inviata
snapshot-none = Non è ancora stato inviato nulla.
snapshot-open = Leggi la domanda inviata
snapshot-submitted = Inviata
snapshot-submitted-by = Da { $name } il { $when }
snapshot-fingerprint = Impronta (SHA-256)
snapshot-verified = ✓ corrisponde alla domanda memorizzata
snapshot-not-verified = ✗ non corrisponde alla domanda memorizzata: avvisi la segreteria
snapshot-case-review = Revisione interna dei casi
snapshot-case-review-summary = { $cases } casi dell’estrazione { $draw } (seme { $seed }; SHA-256 dell’elenco dei riferimenti { $pool })
snapshot-unanswered = Senza risposta
export-column-standard = Standard
export-column-item = Requisito
export-column-level = Livello
export-column-question = Domanda
export-column-answer = Risposta
export-column-evidence = File di evidenza
export-column-editor = Ultima modifica di
export-column-changed = Ultima modifica (UTC)
export-heading = Esporta le risposte
export-explain = Una riga per requisito con standard, livello, risposta, numero di file di evidenza e chi l’ha modificato per ultimo e quando, da far circolare per l’approvazione.
export-xlsx = Risposte come foglio di calcolo (XLSX)
export-csv = Risposte in CSV
assessment-over-target = oltre l’obiettivo di { $weeks } settimane
workspace-progress = Esiti registrati: { $done } su { $total } requisiti

## Application manual (the chapters themselves are in manual.ftl)

nav-manual = Manuale
manual-page-title = Manuale dell’applicazione
manual-heading = Manuale dell’applicazione
manual-intro = Come accompagnare il vostro servizio lungo il percorso di accreditamento: registrazione, questionario, documentazione, riesame dei casi, invio, valutazione e ricertificazione.
manual-contents = Indice
manual-search-label = Cerca nel manuale
manual-search-submit = Cerca
manual-search-placeholder = ad esempio: offline, riesame dei casi, fattura
manual-search-count = { $count ->
    [one] Trovato un risultato
   *[other] Trovati { $count } risultati
}
manual-search-none = Nessun risultato. Provate con un’altra parola.
manual-print = Versione stampabile (stampare o salvare come PDF)
manual-print-button = Stampa o salva come PDF
manual-back = Torna al manuale
manual-back-to-top = Torna all’indice
manual-help-link = Aiuto su questo standard nel manuale

## Translator tools

translate-page-title = Traduzioni
translate-intro = Quanto è completa ciascuna lingua, file per file, e quali messaggi richiedono lavoro. L’inglese è la lingua di partenza: una traduzione è obsoleta quando il testo inglese è cambiato dopo l’ultima conferma della traduzione.
translate-source-directory = I testi vengono letti da { $dir }: una modifica a un file .ftl è visibile dopo aver ricaricato la pagina.
translate-source-embedded = I testi sono integrati in questo server. Modificate i file in locales/ e ricompilate, oppure avviate una build di sviluppo per vedere le modifiche dopo aver ricaricato la pagina.
translate-locale = Lingua
translate-file = File
translate-progress = Aggiornata
translate-state = Stato
translate-state-current = Aggiornata
translate-state-missing = Mancante
translate-state-stale = Obsoleta
translate-state-unconfirmed = Non confermata
translate-open-heading = Da rivedere in { $locale }
translate-file-heading = { $file } in { $locale }
translate-nothing-open = Qui non c’è nulla da rivedere.
translate-confirm-hint = Dopo aver aggiornato una traduzione, registrate che corrisponde al testo inglese attuale:
translate-id = Messaggio
translate-english = Inglese
translate-target = Traduzione

## Problems found in a standards edition file (administrators' import; place: field: problem)

edition-place-edition = edizione
edition-place-section = sezione { $n }
edition-place-standard = standard { $n }
edition-place-item = requisito { $key }
edition-place-messages = messaggi
edition-problem-id = usare solo lettere, cifre e '-'
edition-problem-section-count = attese { $expected } sezioni, trovate { $found }
edition-problem-number = atteso { $expected }, trovato { $found }
edition-problem-no-standards = una sezione deve avere almeno uno standard
edition-problem-standard-order = qui era atteso lo standard { $expected }, trovato { $found }
edition-problem-no-items = uno standard deve avere almeno un requisito
edition-problem-letter = atteso '{ $expected }' (le lettere seguono a, b, c … senza salti), trovato '{ $found }'
edition-problem-min-max = min { $min } è maggiore di max { $max }
edition-problem-max-chars = deve essere tra 1 e { $max }
edition-problem-few-options = servono almeno due opzioni
edition-problem-duplicate-option = un'opzione compare due volte
edition-problem-standard-count = attesi gli standard da 1 a { $expected }, l'ultimo è { $found }
edition-problem-unknown-message = nessun messaggio con questo nome in locales/en

## Withdrawal from the programme (facility dashboard)

withdraw-heading = Ritirarsi dal programma
withdraw-explain = La struttura lascia il programma di accreditamento: il certificato viene ritirato subito e la verifica lo mostra come ritirato. Il motivo resta nella cronologia degli stati. L'operazione non si può annullare qui.
withdraw-reason = Motivo del ritiro
withdraw-confirm = Sono consapevole che la struttura e il suo certificato vengono ritirati ora.
withdraw-submit = Ritira la struttura
withdraw-error-reason = Indicare il motivo del ritiro.

## Ciclo di ricertificazione (questionario, confronto)

attention-carried = ripresa dal ciclo precedente — da confermare o aggiornare
attention-evidence-expired = la documentazione collegata è scaduta
evidence-expired = scaduto
evidence-column-expires = Valido fino al
evidence-error-expiry-date = Inserire la data di scadenza come data, oppure lasciare il campo vuoto.
evidence-error-expiry-frozen = Questo file è un'evidenza di una domanda inviata in fase di valutazione; la sua data di scadenza non può cambiare fino alla decisione.
evidence-error-executable = I file che possono eseguire programmi (script, eseguibili, file Office con macro) non sono accettati come evidenza. Salvate il documento in PDF e caricate quello.
recert-heading = Ricertificazione (ciclo { $cycle })
recert-carried-note = Risposta ripresa dal ciclo precedente: confermarla o aggiornarla.
recert-confirm = Conferma così com’è
recert-all-confirmed = Tutte le risposte riprese sono state confermate o aggiornate.
recert-carried-count =
    { $count ->
        [one] Una risposta ripresa deve ancora essere confermata o aggiornata.
       *[other] { $count } risposte riprese devono ancora essere confermate o aggiornate.
    }
recert-compare-link = Confronta con il ciclo precedente
excellence-heading = Centro di Eccellenza
excellence-gap =
    { $count ->
        [one] Un requisito esteso non è ancora indicato come soddisfatto.
       *[other] { $count } requisiti estesi non sono ancora indicati come soddisfatti.
    }
excellence-gap-none = Tutti i requisiti estesi sono indicati come soddisfatti.
excellence-apply = Richiedere lo status di Centro di Eccellenza in questo ciclo
excellence-requested = La struttura richiede lo status di Centro di Eccellenza.
excellence-not-requested = La struttura non richiede lo status di Centro di Eccellenza.
excellence-rule = Lo status di Centro di Eccellenza viene conferito quando i valutatori ritengono soddisfatti tutti i requisiti fondamentali e tutti quelli estesi; altrimenti, se tutti i requisiti fondamentali sono soddisfatti, la struttura viene nuovamente accreditata per quattro anni.
excellence-error-first-cycle = Lo status di Centro di Eccellenza può essere richiesto solo in una ricertificazione.
changes-page-title = Differenze rispetto al ciclo precedente
changes-heading = Ciclo { $cycle } a confronto con il ciclo { $previous }
changes-back = Torna alla domanda
changes-summary = Requisiti compilati diversi dal ciclo precedente: { $changed } su { $total }.
changes-show-unchanged = Mostra anche i requisiti invariati
changes-column-item = Requisito
changes-column-cycle = Ciclo { $cycle }
changes-column-status = Variazione
changes-unchanged = invariato
changes-changed = modificato
changes-added = nuova risposta
changes-removed = non più compilato

## Autovalutazione annuale (pannello della struttura, amministratori)

self-check-heading = Autovalutazione annuale
self-check-due = L’autovalutazione prevista per il { $due } è aperta. Confermare che il servizio soddisfa ancora i requisiti fondamentali.
self-check-due-representative = L’autovalutazione prevista per il { $due } è aperta; la completa il rappresentante autorizzato.
self-check-attested = L’autovalutazione prevista per il { $due } è stata completata il { $date }.
self-check-changes = Variazioni segnalate:
self-check-staff = Il personale soddisfa ancora i requisiti fondamentali.
self-check-equipment = Le apparecchiature e i locali soddisfano ancora i requisiti fondamentali.
self-check-volume = Il volume di procedure è ancora di almeno 150 all’anno.
self-check-note = Cosa è cambiato
self-check-submit = Completa l’autovalutazione
self-check-error-note = Indicare cosa è cambiato per ogni punto che non può essere confermato.
self-check-error-none-open = Non c’è alcuna autovalutazione aperta per questa struttura.
self-check-column-due = Prevista per il
self-check-status-open = aperta
self-check-status-met = tutto confermato
self-check-status-changes = variazioni segnalate
admin-self-checks-link = Autovalutazioni
admin-self-checks-title = Autovalutazioni annuali
admin-self-checks-none = Nessuna autovalutazione è ancora giunta a scadenza.

## Workshop

nav-workshops = Workshop
admin-workshops-link = Workshop
admin-workshops-title = Programma i workshop
workshops-page-title = Workshop
workshops-intro = I workshop aiutano i team a prepararsi all’accreditamento e alla ricertificazione. I membri di una struttura prenotano posti per sé o per i colleghi.
workshops-feed = Abbonati al calendario (iCalendar)
workshops-none = Al momento non è in programma alcun workshop.
workshops-back = Tutti i workshop
workshops-upcoming = Prossimi workshop
workshop-full = Posti esauriti — è possibile iscriversi alla lista d’attesa
workshop-seats-left =
    { $count ->
        [one] Resta un posto
       *[other] Restano { $count } posti
    }
workshop-seats-of = Posti occupati: { $taken } su { $capacity }; in lista d’attesa: { $waiting }
workshop-language = Lingua
workshop-venue = Sede
workshop-online = Online
workshop-seats = Posti
workshop-ics = Aggiungi al calendario (.ics)
workshop-book = Prenota un posto
workshop-join-waitlist = Iscriviti alla lista d’attesa
workshop-for-facility = Per la struttura
workshop-attendee = Partecipante
workshop-attendee-hint = Il Suo indirizzo e-mail o quello di un collega: la persona deve essere membro della struttura.
workshop-sign-in = Accedi per prenotare un posto
workshop-attendees = Partecipanti
workshop-your-bookings = Prenotazioni della Sua struttura
workshop-facility = Struttura
workshop-booked-by = Prenotato da
workshop-status = Stato
workshop-waitlist-position = (posizione { $position } nella lista d’attesa)
workshop-cancel = Annulla
workshop-booking-confirmed = posto prenotato
workshop-booking-waitlisted = in lista d’attesa
workshop-booking-cancelled = annullata
workshop-field-title = Titolo
workshop-field-description = Descrizione
workshop-field-starts = Inizio (ora locale)
workshop-field-ends = Fine (ora locale)
workshop-field-time-zone = Fuso orario (ad esempio Europe/Vienna)
workshop-field-capacity = Posti
workshop-schedule = Programma il workshop
workshop-scheduled = Il workshop è stato programmato.
workshop-open = Apri
workshop-error-where = Indicare una sede, un link online o entrambi.
workshop-error-url = Inserire il link online come indirizzo completo che inizia con https://.
workshop-error-time = Inserire una data e un’ora esistenti in questo fuso orario.
workshop-error-ends-before-start = La fine deve essere successiva all’inizio.
workshop-error-capacity = Inserire un numero di posti compreso tra 1 e 1000.
workshop-error-time-zone = Inserire un fuso orario con il suo nome, ad esempio Europe/Vienna o America/New_York.
workshop-error-not-member = Il partecipante deve avere un account ed essere membro attivo della struttura.
workshop-error-started = Il workshop è già iniziato.
workshop-error-already-booked = Questa persona ha già una prenotazione per il workshop.

## E-mail: ricertificazione, workshop, autovalutazione

mail-recertification-opened-subject = La ricertificazione di { $facility } è aperta
mail-recertification-opened-body =
    Gentile { $name },

    grazie per aver pagato la fattura di ricertificazione. La domanda di ricertificazione di { $facility } è aperta e precompilata con le risposte dell’ultimo ciclo: La preghiamo di confermare o aggiornare ciascuna risposta prima dell’invio.

    { $link }
mail-workshop-booked-subject = Posto prenotato: { $title }
mail-workshop-booked-body =
    Gentile { $name },

    ha un posto al workshop «{ $title }» del { $when }.

    { $link }
mail-workshop-waitlisted-subject = In lista d’attesa: { $title }
mail-workshop-waitlisted-body =
    Gentile { $name },

    il workshop «{ $title }» del { $when } è al completo. Lei è in lista d’attesa; Le scriveremo quando si libererà un posto.

    { $link }
mail-workshop-promoted-subject = Un posto per Lei: { $title }
mail-workshop-promoted-body =
    Gentile { $name },

    si è liberato un posto che ora è Suo: il workshop «{ $title }» del { $when }.

    { $link }
mail-workshop-reminder-subject = Domani: { $title }
mail-workshop-reminder-body =
    Gentile { $name },

    Le ricordiamo che il workshop «{ $title }» si svolge il { $when }.

    { $link }
mail-self-check-due-subject = Autovalutazione annuale di { $facility }
mail-self-check-due-body =
    Gentile { $name },

    l’autovalutazione annuale di { $facility } è giunta a scadenza il { $due }. Nella pagina della struttura, il rappresentante autorizzato conferma che personale, apparecchiature e volume di procedure soddisfano ancora i requisiti fondamentali, oppure indica cosa è cambiato.

    { $link }
decision-letter-excellence = La struttura ottiene lo status di Centro di Eccellenza IASIOS.
application-status-not-accredited = Non accreditata
decision-not-accredited = Non accreditata
decision-letter-not-accredited = La valutazione ha stabilito che il servizio non soddisfa ancora i criteri del programma per l’accreditamento. La struttura resta un Centro iscritto.
decision-reasons = Motivazioni per requisito
decision-reasons-hint = Un requisito per riga: il requisito, i due punti e la motivazione, ad es. «3b: il tumour board si riunisce mensilmente». Obbligatorio per «Non accreditata»; con «Modifiche richieste», anche i requisiti indicati qui vengono riaperti.
decision-reasons-heading = Motivazioni per requisito
decision-reapply-from = Una nuova domanda può essere aperta dal { $date }.
decision-start-new = Avvia una nuova domanda
decision-error-reasons = Non è stato possibile leggere le motivazioni: scriva un requisito per riga come requisito, due punti e motivazione (ad es. «3b: …»), indicando ogni requisito di questa edizione una sola volta.
decision-error-no-reasons = Una decisione «non accreditata» indica le sue motivazioni: nomini almeno un requisito e il perché.
decision-error-not-accredited-recertification = Una ricertificazione non può essere decisa come «non accreditata»: il suo certificato resta valido fino alla fine del periodo. Richieda invece delle modifiche.
application-error-waiting-period = Una nuova domanda può essere aperta al termine del periodo di attesa dopo la decisione; la lettera di decisione ne indica la data.
workshop-online-link-hidden = Il link è visibile qui a chi ha un posto prenotato.
