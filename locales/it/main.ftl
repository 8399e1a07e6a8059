## Shell
app-name = Accredit-IO
app-tagline = Accreditamento in oncologia interventistica
nav-skip-to-content = Vai al contenuto principale
nav-primary-label = Navigazione principale
nav-home = Home
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

## Sign-in
error-too-many-attempts = Troppi tentativi. Attendete 15 minuti e riprovate.
nav-sign-in = Accedi
nav-sign-out = Esci
nav-signed-in-as = Accesso eseguito come { $name }
sign-in-page-title = Accesso
sign-in-heading = Accedi ad Accredit-IO
sign-in-email = Indirizzo e-mail
sign-in-password = Password
sign-in-submit = Accedi
sign-in-error-credentials = L’indirizzo e-mail o la password non sono corretti.
sign-in-welcome = Benvenuto/a, { $name }.
