# Manuale dell’applicazione Accredit-IO: un capitolo per argomento, tre messaggi per capitolo (titolo, riepilogo, testo).
# L’inglese è la lingua di partenza e di riserva; i traduttori lavorano a partire dal file inglese.

manual-overview = Benvenuti in Accredit-IO
manual-overview-summary = Che cos’è il programma di accreditamento, quali sono le sue tre fasi e come è organizzato questo manuale.
manual-overview-body =
    Accredit-IO gestisce il programma di accreditamento dei servizi di oncologia interventistica. Il Suo team compila un questionario sugli standard di assicurazione della qualità, riesamina un campione casuale dei propri casi e invia la domanda; i valutatori esaminano la stessa domanda nella stessa applicazione e la segreteria del programma decide.

    ## Le tre fasi

    - Centro iscritto: la struttura è registrata e attivata e la sua fattura di iscrizione è pagata.
    - Centro accreditato: i valutatori hanno ritenuto soddisfatti tutti i requisiti fondamentali e il riesame interno dei casi è concluso. Valido per quattro anni.
    - Centro di Eccellenza: alla ricertificazione risultano soddisfatti tutti i requisiti fondamentali e tutti quelli estesi. Valido per quattro anni.

    ## Il percorso in breve

    - Registri e attivi la struttura, quindi coinvolga i colleghi tramite il codice della struttura.
    - Paghi la fattura di iscrizione e apra la domanda.
    - Compili il questionario, colleghi la documentazione e riesamini 30 casi estratti a sorte.
    - Il rappresentante autorizzato invia la domanda; i valutatori la esaminano e possono porre quesiti.
    - La segreteria decide; un servizio accreditato riceve un certificato verificabile.

    ## Lingue

    L’interfaccia, gli standard, le e-mail e questo manuale sono disponibili in nove lingue: inglese, tedesco, francese, spagnolo, italiano, portoghese, turco, cinese semplificato e arabo (da destra a sinistra). Può cambiare lingua in qualsiasi momento dall’intestazione della pagina.

manual-registering = Registrare una struttura e unirsi a essa
manual-registering-summary = Come registrare il Suo servizio, attivarlo e coinvolgere i colleghi tramite il codice della struttura.
manual-registering-body =
    ## Prima di iniziare

    Sono necessarie almeno 150 procedure terapeutiche di oncologia interventistica all’anno e l’approvazione del direttore di dipartimento o del direttore dell’ospedale (nome, indirizzo e-mail e una data compresa negli ultimi due anni). Decida chi sarà il rappresentante autorizzato, il referente designato e, facoltativamente, il referente sostituto.

    ## Registrazione

    Scelga «Registra una struttura» e compili il modulo: struttura, requisiti di ammissione, il Suo account e ruoli della struttura. Lasci vuoto un ruolo per assumerlo personalmente. Lei diventa il titolare principale dell’account. Se la struttura è già registrata, Le verrà chiesto invece di unirsi a essa.

    ## Attivazione

    Le inviamo per e-mail un link, valido per 72 ore, e il codice della struttura. Apra il link e prema «Attiva ora». La struttura passa da «Registrata – attivazione in sospeso» ad «Attivata – pagamento dell’iscrizione in sospeso», viene emessa la fattura di iscrizione e le persone da Lei indicate ricevono un invito con il codice. Se il link è scaduto o è andato perso, scelga «Link scaduto o perso? Ricevi un nuovo link» nella pagina di accesso e inserisca il suo indirizzo: il nuovo link sostituisce il precedente. La segreteria del programma può anche inviarlo di nuovo o attivare la struttura per suo conto. Una registrazione non attivata entro 30 giorni viene eliminata, e il suo nome e il suo indirizzo tornano liberi.

    ## Unirsi con il codice della struttura

    I colleghi scelgono «Crea un account per unirsi a una struttura», confermano il proprio indirizzo e-mail, accedono, aprono «Unirsi a una struttura» e inseriscono il codice (dieci lettere e cifre, ad esempio ABCDE-23456). La richiesta risulta «In attesa di approvazione» finché il titolare principale dell’account non preme «Approva» o «Rifiuta» in «Richieste di adesione». Chi è stato indicato per un ruolo e si unisce con quello stesso indirizzo e-mail diventa subito membro.

    ## Il Suo account

    Dopo troppi tentativi con una password errata, attenda 15 minuti. Un link per reimpostare la password è valido per un’ora. Uno stesso account può appartenere a più strutture, elencate in «Le mie strutture».

manual-roles = Ruoli e autorizzazioni
manual-roles-summary = Chi fa cosa in una struttura e nel programma, e come si assegnano i ruoli della struttura.
manual-roles-body =
    ## Ruoli della struttura

    - Titolare principale dell’account: approva e rimuove i membri, nomina chi ricopre i ruoli della struttura e decide se un Centro iscritto compare nell’elenco. Non può essere rimosso.
    - Rappresentante autorizzato: formalmente responsabile della domanda e unica persona che può inviarla. Nemmeno un amministratore può inviarla al Suo posto.
    - Referente designato e referente sostituto: ricevono la corrispondenza del programma.
    - Membro: risponde alle domande, collega la documentazione, compila il riesame dei casi e risponde ai quesiti.

    ## Nomina dei ruoli

    Nella pagina della struttura, in «Ruoli della struttura», il titolare principale dell’account preme «Nomina» accanto a un ruolo e indica un collega o un indirizzo e-mail. Ogni ruolo ha un solo titolare; un ruolo vacante risulta «non assegnato» e una persona indicata tramite e-mail risulta «invito inviato» finché non si unisce alla struttura. Nomini un nuovo rappresentante autorizzato prima di rimuovere quello attuale.

    ## Ruoli del programma

    I valutatori vedono solo le domande loro assegnate. Gli amministratori gestiscono la segreteria del programma: registrazioni, fatture, edizioni degli standard, incarichi, decisioni e workshop. I traduttori curano le lingue. Ogni modifica viene conservata in un registro di audit che rende evidente qualsiasi manomissione.

manual-invoices = Fatture e pagamenti
manual-invoices-summary = Quali fatture riceve, come pagarle e cosa succede una volta pagate.
manual-invoices-body =
    ## Cosa viene fatturato

    - All’attivazione: la quota di iscrizione più la prima quota annuale.
    - A ogni anniversario dell’iscrizione: la quota annuale.
    - Sei mesi prima della scadenza dell’accreditamento: la quota di ricertificazione.

    ## Visualizzazione e pagamento

    La pagina della struttura elenca le «Fatture»; «Visualizza» ne apre una, con «Stampa» e «Scarica PDF». Bonifichi l’importo totale entro la data di scadenza (di norma 30 giorni) indicando il riferimento di pagamento. La segreteria registra il pagamento, oppure lo conferma il fornitore del servizio di pagamento. Fatture e promemoria vengono inviati per e-mail al referente designato o, in mancanza, al titolare principale dell’account.

    ## Stato e correzioni

    Una fattura può essere «Da pagare», «Pagata», «Scaduta», «Annullata» o «Nota di credito»; «Importo residuo» indica quanto resta da pagare. I promemoria vengono inviati alla data di scadenza e 14 giorni dopo. Le fatture non vengono mai cancellate: una fattura errata viene annullata e viene emessa una nota di credito.

    ## Diventare Centro iscritto

    Quando la fattura di iscrizione è pagata per intero, la struttura diventa Centro iscritto e il sigillo compare nella sua pagina. Non c’è una scadenza per l’invio della domanda, quindi può prepararla con i Suoi tempi.

manual-questionnaire = Compilare il questionario
manual-questionnaire-summary = Rispondere in qualsiasi ordine, come funziona il salvataggio automatico, come lavorare offline e come risolvere un conflitto con un collega.
manual-questionnaire-body =
    ## Aprire la domanda

    Quando la struttura è Centro iscritto, prema «Vai alla domanda» nella pagina della struttura. La domanda utilizza, per l’intero ciclo, l’edizione degli standard in vigore il giorno in cui viene aperta. I requisiti sono raggruppati per sezione e standard e contrassegnati come «Requisito fondamentale» o «Requisito esteso».

    ## Requisiti e indicazioni

    Ogni requisito ha delle «Indicazioni» e un elenco di «Documentazione». Le risposte sono sì o no con una spiegazione, un numero, una data, un testo oppure una scelta singola o multipla. Un requisito fondamentale a cui si risponde «No» richiede una spiegazione; le date non possono essere nel futuro.

    ## In qualsiasi ordine, a più mani

    Risponda nell’ordine che preferisce. I colleghi possono lavorare contemporaneamente; le risposte che salvano compaiono sul Suo schermo entro pochi secondi.

    ## Come funziona il salvataggio

    Non c’è un pulsante di salvataggio. Il testo digitato viene salvato dopo una pausa di circa un secondo; la scelta di un’opzione o l’uscita da un campo vengono salvate subito. Ogni requisito mostra il proprio stato:

    - «Salvataggio in corso…»: in fase di invio.
    - «Salvato»: il server lo ha ricevuto.
    - «Offline — salvato su questo dispositivo»: conservato in questo browser e inviato automaticamente in seguito.
    - «Modificato da un’altra persona»: un conflitto, vedere più avanti.

    ## Lavorare offline

    Se la rete cade, continui a lavorare. Le risposte restano su questo dispositivo, non vanno perse se ricarica la pagina e vengono inviate in ordine appena torna online; la pagina indica quante sono in attesa. Non prema «Esci» mentre ci sono risposte in attesa: uscendo, le risposte vengono eliminate dal dispositivo. Se la sessione è scaduta, il requisito indica «Conservata su questo dispositivo: accedi di nuovo per inviarla».

    ## Conflitti

    Se un collega ha salvato una risposta diversa per lo stesso requisito dopo che Lei lo aveva caricato, vedrà la risposta del collega e potrà scegliere «Mantieni la mia risposta» o «Usa l’altra risposta». Nulla viene sovrascritto senza avviso.

manual-section-1 = Sezione 1: Organizzazione e infrastruttura
manual-section-1-summary = Standard da 1 a 4: governance, strutture e apparecchiature, personale e tumor board.
manual-section-1-body =
    Questa installazione include un’edizione dimostrativa: requisiti di esempio formulati con parole nostre, non gli standard concessi in licenza. Con l’edizione concessa in licenza cambia la formulazione, ma non il modo di lavorare. La sezione 1 comprende 20 requisiti, di cui 11 fondamentali.

    ## Standard 1: Organizzazione e governance del servizio

    I requisiti fondamentali 1a, 1c, 1e, 1f e 1g chiedono un responsabile clinico designato, una collocazione definita nella struttura organizzativa dell’ospedale, procedure operative standard (SOP) per ogni procedura, la revisione dei documenti almeno ogni tre anni e ambulatori prima e dopo il trattamento. Di solito bastano un organigramma, la lettera di nomina del responsabile, un indice delle SOP con le date di revisione e il calendario degli ambulatori. Le revisioni delle SOP scadute e non motivate sono una carenza riscontrata di frequente.

    ## Standard 2: Strutture e apparecchiature

    Il requisito fondamentale 2b chiede l’accesso garantito a sale procedurali con monitoraggio e attrezzature per la rianimazione controllati secondo un calendario; sono utili una descrizione delle sale e una checklist recente. Le sale condivise sono accettabili se le sedute di oncologia interventistica sono garantite. In 2a selezioni solo le metodiche che può effettivamente utilizzare.

    ## Standard 3: Personale e abilitazioni

    I requisiti fondamentali 3a e 3c riguardano medici di oncologia interventistica formati e abilitati, e infermieri e tecnici sanitari di radiologia medica (TSRM) formati, con supporto anestesiologico. La documentazione abituale comprende registri delle abilitazioni, brevi curriculum, turni di servizio e registri della formazione. In 3b conti solo i medici che operano in autonomia e descriva la situazione degli specializzandi nella spiegazione.

    ## Standard 4: Gruppo oncologico multidisciplinare (tumor board)

    Requisiti fondamentali 4b, 4c e 4d: un medico di oncologia interventistica è membro del tumor board, ogni paziente candidato a un trattamento elettivo di oncologia interventistica viene discusso prima della procedura e la raccomandazione viene registrata nella cartella clinica e trasmessa al medico inviante. Regolamento del tumor board, fogli presenze e verbali sono una documentazione solida. Anonimizzi i verbali prima di caricarli.

manual-section-2 = Sezione 2: Percorso clinico e sicurezza del paziente
manual-section-2-summary = Standard da 5 a 9: valutazione, consenso, assistenza peri-procedurale, radioprotezione e assistenza di reparto.
manual-section-2-body =
    Anche questi sono requisiti dimostrativi formulati con parole nostre, non gli standard concessi in licenza. La sezione 2 comprende 21 requisiti, di cui 12 fondamentali.

    ## Standard 5: Invio e valutazione pre-procedurale

    Il requisito fondamentale 5d chiede che ogni paziente sia valutato in anticipo dal team di oncologia interventistica, compresi performance status, esami di laboratorio, terapia farmacologica e allergie. La checklist e tre valutazioni compilate e anonimizzate lo dimostrano al meglio. Presti attenzione ai farmaci anticoagulanti e antiaggreganti piastrinici.

    ## Standard 6: Consenso informato e informazione al paziente

    Requisiti fondamentali da 6a a 6d: consenso scritto acquisito da un medico con conoscenza adeguata della procedura, un colloquio su benefici, rischi e alternative, informazioni in linguaggio semplice per ogni procedura, e interpreti o formati accessibili. Carichi i moduli di consenso, gli opuscoli informativi e la procedura aziendale sull’interpretariato. I moduli generici che non menzionano le alternative sono una carenza frequente.

    ## Standard 7: Pianificazione della procedura e assistenza peri-procedurale

    I requisiti fondamentali 7a e 7b chiedono una checklist di sicurezza per ogni procedura e protocolli per sedazione, terapia anticoagulante e profilassi antibiotica. Aggiunga l’audit più recente sull’uso della checklist. Se manca un protocollo, lo dichiari anziché rispondere «Sì».

    ## Standard 8: Radioprotezione e sicurezza

    Requisiti fondamentali da 8a a 8e: uno specialista in fisica medica, la registrazione della dose al paziente per ogni procedura guidata da imaging, livelli diagnostici di riferimento locali verificati con un audit negli ultimi 12 mesi, dosimetria e dispositivi di protezione per il personale, e il follow-up dei pazienti che hanno ricevuto dosi elevate. La lacuna più frequente è un audit delle dosi non aggiornato. Se non esegue la radioembolizzazione, risponda «No» a 8f e lo specifichi.

    ## Standard 9: Assistenza infermieristica e di reparto

    Nessun requisito è fondamentale, ma tutti e tre contano per il Centro di Eccellenza: posti letto, infermieri di reparto formati nell’assistenza post-procedurale di oncologia interventistica e un contatto di riferimento dopo la dimissione. Le informazioni fornite alla dimissione con l’indicazione del contatto sono una documentazione semplice.

manual-section-3 = Sezione 3: Esiti, qualità e formazione
manual-section-3-summary = Standard da 10 a 13: follow-up, complicanze, miglioramento della qualità, didattica e ricerca.
manual-section-3-body =
    Anche in questo caso si tratta di un’edizione dimostrativa formulata con parole nostre, non degli standard concessi in licenza. La sezione 3 comprende 14 requisiti, di cui 4 fondamentali.

    ## Standard 10: Follow-up e valutazione degli esiti

    Il requisito fondamentale 10c chiede un calendario di imaging di follow-up per tipo di procedura, valutato dal team di oncologia interventistica; il protocollo scritto è la documentazione chiave. Spieghi come si interviene in caso di malattia residua o recidiva.

    ## Standard 11: Gestione e segnalazione delle complicanze

    Il requisito fondamentale 11a chiede che tutte le complicanze, comprese quelle successive alla dimissione, siano registrate prospetticamente e classificate secondo un sistema riconosciuto. Carichi un estratto anonimizzato del registro. Mantenga i gradi coerenti con il riesame dei casi.

    ## Standard 12: Miglioramento della qualità, audit e dati

    I requisiti fondamentali 12a e 12b chiedono un database prospettico delle procedure e almeno un ciclo di audit completo all’anno. Carichi l’elenco dei campi del database e l’audit più recente con il relativo piano d’azione. Un audit senza re-audit non chiude il ciclo.

    ## Standard 13: Didattica, formazione e ricerca

    Nessun requisito è fondamentale. Riassuma la formazione continua, la formazione degli specializzandi e l’attività di ricerca degli ultimi anni; è importante per il Centro di Eccellenza.

manual-evidence = Archivio della documentazione
manual-evidence-summary = Carichi un documento una sola volta, lo colleghi a tutti i requisiti necessari e non vi includa dati dei pazienti.
manual-evidence-body =
    ## Un archivio per struttura

    Ogni file caricato confluisce nell’archivio della documentazione della struttura, che mostra chi ha caricato ciascun file, quando e a quali requisiti si riferisce. Uno stesso file può servire da documentazione per più requisiti.

    ## Allegare file

    Sotto un requisito, usi «Allega un file» e «Carica», oppure scelga un file dall’archivio e prema «Collega». «Rimuovi» toglie il file solo da quel requisito.

    ## File accettati

    PDF, immagini, documenti Office e testo semplice, fino al limite indicato (20 MB per impostazione predefinita). Il tipo viene verificato in base al contenuto, non al nome.

    ## Buone pratiche

    Usi documenti aggiornati e datati e rimuova prima nomi, date di nascita e numeri nosologici. Ogni requisito fondamentale deve avere collegata la documentazione richiesta prima che la domanda possa essere inviata; per un requisito esteso, la documentazione mancante viene segnalata ma non impedisce l’invio. I valutatori possono richiedere altra documentazione in seguito.

manual-readiness = Riepilogo dei punti aperti e avanzamento
manual-readiness-summary = Come leggere il riepilogo dei punti che richiedono attenzione e la tabella di avanzamento, e come capire quando la domanda è pronta per l’invio.
manual-readiness-body =
    ## Cosa richiede ancora attenzione

    - Non ancora compilato: ogni requisito richiede una risposta; a un requisito esteso si può rispondere «No» (non ancora soddisfatto) con la relativa spiegazione.
    - Un requisito fondamentale deve essere soddisfatto prima dell’invio: un requisito fondamentale a cui si è risposto «No».
    - La risposta deve essere corretta: è salvata, ma non supera il controllo (per esempio una percentuale superiore a 100); viene considerata non compilata.
    - Documentazione richiesta non ancora caricata: per un requisito fondamentale impedisce l’invio, per un requisito esteso è solo un promemoria.

    ## Avanzamento

    I contatori mostrano i requisiti fondamentali ed estesi compilati (27 e 28 nell’edizione dimostrativa); «Avanzamento per sezione e standard» li suddivide, così da poter ripartire il lavoro.

    ## Pronta per l’invio

    La domanda è pronta per l’invio quando tutti i requisiti sono compilati, ogni requisito fondamentale è compilato come soddisfatto e ha la documentazione richiesta collegata, e il riesame dei casi è concluso. Il pannello elenca esattamente cosa impedisce ancora l’invio della domanda, ciascun punto con un collegamento al requisito; il server applica lo stesso controllo quando il rappresentante autorizzato invia la domanda. Le risposte ai requisiti estesi non compensano mai una lacuna in un requisito fondamentale.

manual-case-review = Riesame interno dei casi
manual-case-review-summary = Come vengono estratti 30 casi dal Suo elenco pseudonimizzato e come compilare la scheda di ciascun caso.
manual-case-review-body =
    ## L’elenco dei riferimenti

    Elenchi i riferimenti pseudonimizzati di tutti i casi di oncologia interventistica degli ultimi 12 mesi, uno per riga o come prima colonna di un file CSV. Occorrono almeno 30 riferimenti diversi, ciascuno di massimo 40 caratteri. Non usi mai nomi, date di nascita o numeri nosologici: tali riferimenti vengono rifiutati con l’indicazione del numero di riga.

    ## L’estrazione dei casi

    Prema «Estrai 30 casi». Il seme, l’impronta dell’elenco, la data e la persona vengono registrati, così che l’estrazione possa essere ripetuta e verificata. «Ripeti l’estrazione» richiede un motivo, visibile ai valutatori.

    ## La scheda del caso

    Per ogni caso registri il tipo e la data della procedura, se sono documentati la discussione al tumor board, il consenso e il follow-up, il grado delle complicanze (CIRSE da 1 a 6 o nessuna) e le note. La pagina indica quanti dei 30 casi sono completati. La scheda non viene salvata offline: se compare «Non salvato», riprovi quando è di nuovo online. «Come il caso precedente» copia le risposte del caso sopra (non le sue note) quando i valori si ripetono; poi modifichi ciò che è diverso.

    ## Segnalazioni di dati identificativi

    Le note che sembrano contenere un nome, una data di nascita, un numero identificativo o dati di contatto vengono segnalate e il caso resta «Da fare» finché non vengono riformulate. Registri ciò che è realmente accaduto: il riesame deve rispecchiare la Sua pratica clinica.

manual-submission = Invio della domanda
manual-submission-summary = Chi invia la domanda, cosa viene verificato e bloccato, e cosa significa la ricevuta.
manual-submission-body =
    ## Chi invia la domanda

    Solo il rappresentante autorizzato, che spunta la conferma e preme «Invia la domanda»; il server verifica di nuovo che la domanda sia pronta.

    ## Prima dell’invio

    - Tutti i requisiti sono compilati; ogni requisito fondamentale è soddisfatto e ha la documentazione richiesta collegata.
    - Il riesame dei casi è concluso.
    - Nessun collega ha ancora risposte nello stato «Offline — salvato su questo dispositivo».

    ## Cosa viene bloccato

    Risposte, documentazione collegata e riesame dei casi vengono bloccati in un’unica istantanea con un’impronta del contenuto SHA-256. Lo stato diventa «Inviata – in attesa dei valutatori».

    ## La ricevuta

    La pagina mostra chi ha inviato la domanda, quando e l’impronta, che viene anche inviata per e-mail al team. Conservi la ricevuta: identifica esattamente ciò che è stato inviato.

manual-assessment = Valutazione
manual-assessment-summary = Come lavorano i valutatori, come funzionano i quesiti e perché il tempo di valutazione è sospeso mentre è richiesta documentazione.
manual-assessment-body =
    ## Incarico

    La segreteria assegna i valutatori. Ciascuno dichiara innanzitutto eventuali conflitti di interessi; un conflitto pone fine all’incarico. Quando il primo valutatore è attivo, lo stato diventa «In valutazione» e il tempo di valutazione inizia a decorrere.

    ## Esiti

    In «Valutazioni», ogni valutatore esamina ogni risposta, la relativa documentazione e il riesame dei casi, e registra «Soddisfatto», «Parzialmente soddisfatto», «Non soddisfatto» o «Non applicabile» con un commento. Per un requisito fondamentale, «Non applicabile» non vale mai come soddisfatto. I valutatori lavorano in modo indipendente, poi inviano una raccomandazione.

    ## Quesiti

    Un valutatore può porre un quesito su un requisito. Lo stato diventa «Documentazione richiesta dai valutatori», il team riceve un’e-mail e il requisito viene riaperto. Risponda, alleghi un file o modifichi il requisito; il valutatore chiude poi il quesito.

    ## Il tempo di valutazione

    Il tempo di valutazione è sospeso finché un quesito è aperto. La segreteria lavora con un obiettivo di norma di 12 settimane; La preghiamo pertanto di rispondere tempestivamente.

manual-decision = Decisione, certificato e verifica
manual-decision-summary = Come viene presa la decisione e come funzionano il certificato, il contrassegno e la presenza nell’elenco dei centri.
manual-decision-body =
    ## La decisione

    Una volta chiusi tutti i quesiti, la segreteria decide. «Accreditamento concesso» richiede che ogni requisito fondamentale sia ritenuto soddisfatto da ogni valutatore e che il riesame dei casi sia concluso. Altrimenti, «Modifiche richieste» indica i requisiti da modificare; la lettera di decisione si può leggere nella pagina della domanda o in PDF.

    ## Modifiche

    Vengono riaperti solo i requisiti indicati. Una volta modificati, il rappresentante autorizzato invia nuovamente la domanda; la valutazione prosegue con gli stessi valutatori.

    ## Certificato e verifica

    Un Centro accreditato riceve un certificato valido per quattro anni, con un codice QR che rimanda a una pagina pubblica di verifica in cui figura «Valido», «Scaduto» o «Ritirato». Un contrassegno incorporabile in altri siti web mostra lo stesso stato in tempo reale.

    ## Elenco dei centri

    I Centri accreditati e i Centri di Eccellenza con un certificato valido compaiono automaticamente nell’elenco. Un Centro iscritto compare solo se il titolare principale dell’account seleziona «Includere questo centro iscritto nell’elenco pubblico».

manual-recertification = Ricertificazione e Centro di Eccellenza
manual-recertification-summary = La fattura di ricertificazione, la domanda precompilata, i possibili esiti e cosa succede alla scadenza.
manual-recertification-body =
    ## Tempistica

    Ogni anno tra un ciclo e l’altro, nell’anniversario dell’accreditamento, il rappresentante autorizzato completa una breve autovalutazione nella pagina della struttura: conferma che personale, apparecchiature e volume di procedure soddisfano ancora i requisiti fondamentali, oppure indica cosa è cambiato. Sei mesi prima della scadenza dell’accreditamento quadriennale riceverà la fattura di ricertificazione. Il pagamento apre una domanda di ricertificazione sull’edizione degli standard in vigore.

    ## Una domanda precompilata

    La domanda viene precompilata con i dati dell’ultimo ciclo accreditato. Ogni risposta ripresa è contrassegnata con «Risposta ripresa dal ciclo precedente: confermarla o aggiornarla» e conta come senza risposta finché non la conferma così com’è o la modifica. La documentazione la cui data di scadenza registrata nell’archivio della documentazione è superata viene segnalata. «Confronta con il ciclo precedente» mostra requisito per requisito cosa è cambiato; i valutatori vedono lo stesso confronto.

    ## Esiti

    - In una ricertificazione può richiedere lo status di Centro di Eccellenza; il riepilogo mostra quanti requisiti estesi sono ancora senza risposta.
    - Status richiesto, con tutti i requisiti fondamentali e tutti quelli estesi soddisfatti: Centro di Eccellenza per quattro anni.
    - Tutti i requisiti fondamentali soddisfatti: di nuovo Centro accreditato per quattro anni.
    - Un requisito fondamentale non soddisfatto: modifiche richieste sui requisiti indicati.

    ## Scadenza

    L’accreditamento resta valido finché è in valutazione una ricertificazione inviata prima della scadenza. In caso contrario scade, e la pagina di verifica, il contrassegno e l’elenco lo indicano. Un certificato ritirato risulta «Ritirato».

manual-workshops = Workshop
manual-workshops-summary = Come trovare, prenotare e disdire un workshop, e come funziona la lista d’attesa.
manual-workshops-body =
    ## Workshop

    La segreteria organizza workshop online o in presenza, ciascuno in una lingua indicata e con posti limitati. Il calendario è pubblico e gli orari sono indicati nel fuso orario del workshop stesso.

    ## Prenotazione e lista d’attesa

    I membri di una struttura che hanno effettuato l’accesso possono prenotare un posto per sé o per un collega della stessa struttura. Se il workshop è al completo, si iscriva alla lista d’attesa; quando si libera un posto, lo ottiene la prima persona in lista, che riceve un’e-mail. Chi ha un posto riceve un promemoria il giorno prima.

    ## Disdetta e calendario personale

    Se non può partecipare, disdica per tempo, così che una persona in lista d’attesa possa ottenere il posto. Può scaricare un workshop come file iCalendar (.ics) oppure abbonarsi al feed del calendario con tutti i workshop.

manual-faq = Domande frequenti
manual-faq-summary = Risposte brevi alle domande poste più spesso dai team e dai valutatori.
manual-faq-body =
    ## Dobbiamo rispondere in ordine?

    No. Può rispondere nell’ordine che preferisce; il riepilogo «Cosa richiede ancora attenzione» mostra cosa manca.

    ## Tutta la documentazione deve essere caricata prima dell’invio?

    Per i requisiti fondamentali sì: la documentazione richiesta di ogni requisito fondamentale deve essere collegata prima che la domanda possa essere inviata. Per i requisiti estesi, la documentazione mancante viene segnalata ma non impedisce l’invio; tenga comunque i documenti pronti per i valutatori.

    ## Cosa succede se cade la rete?

    Le risposte restano sul Suo dispositivo, contrassegnate come «Offline — salvato su questo dispositivo», e vengono inviate appena torna online. Non prema «Esci» prima che siano state inviate.

    ## Chi può inviare la domanda?

    Solo il rappresentante autorizzato, mai un amministratore. Il titolare principale dell’account può nominare un’altra persona in questo ruolo.

    ## Possiamo estrarre di nuovo i 30 casi?

    Sì, indicando un motivo, che viene registrato ed è visibile ai valutatori.

    ## Quanto dura la valutazione?

    L’obiettivo è di circa 12 settimane di tempo di valutazione effettivo; il tempo è sospeso finché un quesito è aperto.

    ## Come possono altri verificare il nostro stato?

    Tramite la pagina di verifica, raggiungibile dal codice QR del certificato, dal Suo contrassegno o dall’elenco dei centri.

    ## Questa è l’edizione ufficiale degli standard?

    No. È un’edizione dimostrativa formulata con parole nostre; l’edizione concessa in licenza viene importata separatamente.

manual-glossary = Glossario
manual-glossary-summary = Termini di oncologia interventistica e del programma utilizzati in Accredit-IO.
manual-glossary-body =
    - Ablazione: distruzione di un tumore mediante calore, freddo o altra forma di energia, tramite una sonda guidata da imaging.
    - Archivio della documentazione: la raccolta dei documenti della struttura; ogni documento può essere collegato a più requisiti.
    - Centro accreditato: struttura che soddisfa tutti i requisiti fondamentali; l’accreditamento è valido per quattro anni.
    - Centro di Eccellenza: lo status più elevato, raggiunto alla ricertificazione soddisfacendo tutti i requisiti fondamentali ed estesi.
    - Centro iscritto: struttura registrata la cui fattura di iscrizione è pagata.
    - Chemioembolizzazione (TACE): chemioterapia con particelle emboliche iniettata nelle arterie che irrorano un tumore.
    - Classificazione CIRSE delle complicanze: scala delle complicanze delle procedure interventistiche che va dal grado 1, il più lieve, al grado 6, il decesso.
    - Edizione degli standard: versione fissa degli standard, con sezioni, standard e requisiti contrassegnati da lettere.
    - Esito: il giudizio di un valutatore su un singolo requisito.
    - Impronta del contenuto: il valore SHA-256 dell’istantanea bloccata al momento dell’invio.
    - Quesito: domanda di un valutatore su un requisito, che lo riapre fino alla chiusura del quesito.
    - Radioembolizzazione (TARE o SIRT): microsfere radioattive somministrate nelle arterie che irrorano un tumore epatico.
    - Rappresentante autorizzato: la persona formalmente responsabile della domanda e l’unica che può inviarla.
    - Requisito esteso: requisito necessario solo per diventare Centro di Eccellenza.
    - Requisito fondamentale: requisito che deve essere soddisfatto per ottenere l’accreditamento.
    - Riesame interno dei casi: il riesame di 30 casi estratti a sorte dall’elenco dei casi della struttura.
    - Riferimento del caso (pseudonimizzato): codice che identifica un caso internamente, senza nome, data di nascita né numero nosologico.
    - Sospensione del tempo di valutazione: il periodo in cui un quesito aperto ferma il tempo di valutazione.
    - Tumor board (gruppo oncologico multidisciplinare, MDT): la riunione multidisciplinare che concorda il trattamento di ciascun paziente.
