# Accredit-IO standards texts: demonstration edition demo-2026 (standards/demo-2026.toml).
# Our own wording of plausible interventional-oncology quality items, not the licensed standards.
# English is the source language and the fallback.

edition-demo-2026-title = Edizione dimostrativa 2026 (non gli standard concessi in licenza)

## Section 1

std-section-1-title = Organizzazione e infrastruttura

### Standard 1

std-1-title = Organizzazione e governance del servizio
std-1-intro = Questo standard esamina come il servizio di oncologia interventistica è diretto, organizzato e governato all’interno dell’ospedale.

std-1a-text = Il servizio ha un responsabile clinico designato per l’oncologia interventistica?
std-1a-guidance = Rispondere sì se un medico è responsabile del servizio di oncologia interventistica e tale ruolo è documentato. È accettabile un responsabile condiviso con un altro servizio, purché le responsabilità relative all’oncologia interventistica siano definite per iscritto.
std-1a-evidence-1 = Organigramma del servizio di oncologia interventistica
std-1a-evidence-2 = Mansionario o lettera di nomina del responsabile clinico

std-1b-text = Quante procedure terapeutiche di oncologia interventistica ha eseguito il servizio negli ultimi 12 mesi?
std-1b-guidance = Contare solo le procedure terapeutiche (ad esempio ablazione, chemioembolizzazione (TACE), radioembolizzazione (SIRT) e altri trattamenti diretti al tumore); escludere le biopsie puramente diagnostiche e gli impianti di port. Considerare i 12 mesi precedenti la data della risposta.
std-1b-evidence-1 = Sintesi del registro delle procedure degli ultimi 12 mesi (anonimizzata)

std-1c-text = Il servizio di oncologia interventistica è formalmente riconosciuto nella struttura organizzativa dell’ospedale, con linee di riporto definite?
std-1c-guidance = Il servizio deve comparire nell’organigramma dell’ospedale o in un documento equivalente che indichi a chi risponde il responsabile clinico. Descrivere nella spiegazione eventuali accordi informali.
std-1c-evidence-1 = Organigramma dell’ospedale con la posizione del servizio di oncologia interventistica

std-1d-text = In quale dipartimento è collocato principalmente il servizio di oncologia interventistica?
std-1d-guidance = Scegliere il dipartimento che gestisce il budget e la responsabilità gerarchica del servizio. Se la responsabilità è condivisa, scegliere il dipartimento del responsabile clinico.
std-1d-option-radiology = Radiologia o radiologia interventistica
std-1d-option-oncology = Oncologia o centro oncologico
std-1d-option-surgery = Chirurgia
std-1d-option-independent = Unità autonoma di oncologia interventistica
std-1d-option-other = Altro

std-1e-text = Il servizio dispone di procedure operative standard (SOP) scritte per ogni procedura di oncologia interventistica offerta?
std-1e-guidance = Per ogni tipo di procedura offerta deve esistere una SOP scritta e aggiornata che tratti indicazioni, controindicazioni, preparazione, tecnica e assistenza post-procedurale. Elencare nella spiegazione i tipi di procedura privi di SOP.
std-1e-evidence-1 = SOP scritta per l’ablazione
std-1e-evidence-2 = Indice delle SOP in vigore con le relative date di revisione

std-1f-text = Le SOP e le politiche del servizio sono soggette a controllo delle versioni e vengono riesaminate a intervalli definiti non superiori a tre anni?
std-1f-guidance = Mostrare come i documenti vengono datati, versionati e approvati e chi è responsabile del loro riesame. I documenti con revisione scaduta devono essere motivati.
std-1f-evidence-1 = Registro di controllo dei documenti o elenco delle politiche

std-1g-text = Il servizio dispone di ambulatori dedicati in cui i pazienti vengono visitati da un medico di oncologia interventistica prima e dopo il trattamento?
std-1g-guidance = Gli ambulatori possono essere gestiti dal solo servizio o insieme ad altre specialità, purché vi partecipi un medico di oncologia interventistica. Indicare con quale frequenza si svolgono.
std-1g-evidence-1 = Calendario degli ambulatori per un mese rappresentativo

std-1h-text = Descrivere la gamma di procedure di oncologia interventistica offerte dal servizio e gli sviluppi previsti per i prossimi tre anni.
std-1h-guidance = È sufficiente una breve panoramica: i principali tipi di procedura, i tipi di tumore trattati ed eventuali nuove tecniche, apparecchiature o risorse di personale previste.
std-1h-evidence-1 = Piano di sviluppo del servizio o relazione annuale più recente

### Standard 2

std-2-title = Strutture e apparecchiature
std-2-intro = Questo standard esamina le sale, le apparecchiature di imaging e il supporto tecnico disponibili per le procedure di oncologia interventistica.

std-2a-text = Quali metodiche di imaging sono a disposizione del servizio per la guida e la pianificazione delle procedure?
std-2a-guidance = Selezionare ogni metodica che il team può utilizzare per le proprie procedure, nelle proprie sale o in base ad accordi con un altro reparto.
std-2a-evidence-1 = Elenco delle apparecchiature di imaging con anno di installazione
std-2a-option-ct = TC
std-2a-option-mri = RM
std-2a-option-ultrasound = Ecografia
std-2a-option-angiography = Fluoroscopia o angiografia
std-2a-option-cone-beam-ct = TC cone-beam (CBCT)
std-2a-option-pet-ct = PET-TC

std-2b-text = Il servizio ha accesso garantito a sale procedurali idonee all’oncologia interventistica, dotate di monitoraggio del paziente e di attrezzature per la rianimazione?
std-2b-guidance = Le sale possono essere condivise con altri servizi se le sedute di oncologia interventistica sono programmate e tutelate. Le attrezzature per la rianimazione devono essere controllate secondo un calendario documentato.
std-2b-evidence-1 = Descrizione o planimetria delle sale procedurali
std-2b-evidence-2 = Checklist di controllo delle attrezzature per la rianimazione dell’ultimo mese

std-2c-text = In quale data è stato eseguito l’ultimo controllo di qualità documentato della principale apparecchiatura di imaging utilizzata per le procedure di oncologia interventistica?
std-2c-guidance = Indicare la data del controllo più recente eseguito dalla fisica sanitaria o dal tecnico dell’assistenza del produttore. Se si utilizzano più sistemi, indicare la data del sistema utilizzato più spesso.
std-2c-evidence-1 = Rapporto più recente di controllo di qualità o di assistenza tecnica dell’apparecchiatura

### Standard 3

std-3-title = Personale e abilitazioni
std-3-intro = Questo standard esamina il numero, la formazione e le abilitazioni del personale che eroga l’assistenza di oncologia interventistica.

std-3a-text = Tutti i medici che eseguono procedure di oncologia interventistica sono formati e abilitati per le procedure che eseguono?
std-3a-guidance = L’abilitazione può derivare da una certificazione riconosciuta in radiologia interventistica, da un equivalente nazionale o da un processo locale documentato. Descrivere nella spiegazione la situazione di eventuali medici ancora in formazione sotto supervisione.
std-3a-evidence-1 = Documentazione delle abilitazioni dei medici di oncologia interventistica
std-3a-evidence-2 = Brevi curricula dei medici di oncologia interventistica

std-3b-text = Quanti medici eseguono attualmente in autonomia procedure di oncologia interventistica nel servizio?
std-3b-guidance = Contare i medici che eseguono procedure senza supervisione; non contare gli specializzandi.

std-3c-text = Le procedure di oncologia interventistica sono supportate da infermieri e tecnici sanitari di radiologia medica (TSRM) formati nell’attività interventistica, con supporto anestesiologico disponibile quando necessario?
std-3c-guidance = Descrivere il team abituale per una procedura e come viene richiesto il supporto anestesiologico o la sedazione. La formazione può essere interna se documentata.
std-3c-evidence-1 = Turni del personale per un mese rappresentativo
std-3c-evidence-2 = Documentazione della formazione di infermieri e TSRM di oncologia interventistica

std-3d-text = L’ospedale garantisce una copertura di radiologia interventistica 24 ore su 24 per gestire le complicanze delle procedure di oncologia interventistica?
std-3d-guidance = La copertura può essere assicurata da una reperibilità condivisa con un ospedale vicino, se le modalità di trasferimento sono concordate per iscritto.
std-3d-evidence-1 = Turni di reperibilità di radiologia interventistica

### Standard 4

std-4-title = Gruppo oncologico multidisciplinare (tumor board)
std-4-intro = Questo standard esamina come vengono prese le decisioni terapeutiche di oncologia interventistica all’interno di un team multidisciplinare.

std-4a-text = Qual è stato, negli ultimi 12 mesi, il numero mediano di giorni tra il ricevimento della richiesta e la discussione nel tumor board?
std-4a-guidance = Contare i giorni di calendario, utilizzando il registro delle richieste o i verbali del tumor board. Se la mediana esatta non è disponibile, fornire la migliore stima possibile.
std-4a-evidence-1 = Audit dei tempi tra richiesta e discussione nel tumor board

std-4b-text = Un medico di oncologia interventistica è membro permanente di ogni tumor board in cui vengono discussi pazienti candidati a un trattamento di oncologia interventistica?
std-4b-guidance = La composizione deve essere stabilita nel regolamento del tumor board. Spiegare come viene organizzata la sostituzione in caso di assenza del medico di oncologia interventistica.
std-4b-evidence-1 = Regolamento del tumor board con l’elenco dei membri
std-4b-evidence-2 = Registri delle presenze degli ultimi sei mesi

std-4c-text = Tutti i pazienti considerati per un trattamento elettivo di oncologia interventistica vengono discussi in un tumor board prima della procedura?
std-4c-guidance = Le procedure in urgenza possono essere discusse successivamente. Spiegare eventuali altre eccezioni e come vengono documentate.
std-4c-evidence-1 = Verbali del tumor board degli ultimi tre mesi (anonimizzati)

std-4d-text = Le raccomandazioni del tumor board vengono registrate nella cartella clinica e comunicate al medico inviante?
std-4d-guidance = Descrivere dove viene registrata la raccomandazione e come viene informato il medico inviante, ad esempio tramite lettera o tramite la cartella clinica elettronica.
std-4d-evidence-1 = Campione di raccomandazioni del tumor board anonimizzate

std-4e-text = Con quale frequenza si riunisce il tumor board che discute i pazienti di oncologia interventistica?
std-4e-guidance = Se i pazienti di oncologia interventistica vengono discussi in più tumor board, rispondere per quello che discute il maggior numero di richieste di oncologia interventistica.
std-4e-option-weekly = Settimanale
std-4e-option-fortnightly = Ogni due settimane
std-4e-option-monthly = Mensile
std-4e-option-less-often = Meno spesso o su richiesta

## Section 2

std-section-2-title = Percorso clinico e sicurezza del paziente

### Standard 5

std-5-title = Invio e valutazione pre-procedurale
std-5-intro = Questo standard esamina come i pazienti vengono inviati al servizio e valutati prima del trattamento.

std-5a-text = Esiste un percorso di invio documentato per le procedure di oncologia interventistica, come un modulo di richiesta o una richiesta elettronica?
std-5a-guidance = Il percorso deve chiarire quali informazioni deve fornire il medico inviante, compresi gli esami di imaging e di laboratorio pertinenti.
std-5a-evidence-1 = Modulo di richiesta o modello di richiesta elettronica

std-5b-text = I medici invianti ricevono informazioni scritte sulle procedure offerte e sui criteri di invio?
std-5b-guidance = Può trattarsi di un opuscolo, di una pagina intranet o di una sezione delle linee guida dell’ospedale per l’invio dei pazienti.
std-5b-evidence-1 = Informazioni per i medici invianti

std-5c-text = Descrivere come viene valutato l’imaging pre-procedurale e come ci si assicura che sia sufficientemente recente per la pianificazione.
std-5c-guidance = Indicare chi valuta l’imaging, quale intervallo massimo tra imaging e procedura è accettato e cosa accade quando l’imaging non è più aggiornato.

std-5d-text = Ogni paziente viene valutato clinicamente da un membro del team di oncologia interventistica prima della procedura, compresi performance status, esami di laboratorio, terapia farmacologica e allergie?
std-5d-guidance = La valutazione può avvenire in ambulatorio, in reparto o tramite una telefonata di pre-valutazione documentata. Particolare attenzione va prestata ai farmaci anticoagulanti e antiaggreganti piastrinici.
std-5d-evidence-1 = Checklist di valutazione pre-procedurale
std-5d-evidence-2 = Tre valutazioni compilate e anonimizzate

### Standard 6

std-6-title = Consenso informato e informazione al paziente
std-6-intro = Questo standard esamina come i pazienti vengono informati sul loro trattamento e come viene acquisito il loro consenso.

std-6a-text = Per ogni procedura elettiva di oncologia interventistica il consenso informato scritto viene acquisito da un medico con conoscenza adeguata della procedura?
std-6a-guidance = Descrivere chi acquisisce il consenso e quando. Di norma il consenso deve essere acquisito prima del giorno della procedura o lasciando al paziente tempo sufficiente per riflettere.
std-6a-evidence-1 = Moduli di consenso specifici per procedura

std-6b-text = Il colloquio per il consenso tratta i benefici attesi, i rischi comuni e gravi e i trattamenti alternativi?
std-6b-guidance = Il modulo di consenso o la documentazione del colloquio deve dimostrare che rischi e alternative sono stati spiegati.
std-6b-evidence-1 = Modulo di consenso compilato e anonimizzato

std-6c-text = I pazienti ricevono prima della procedura informazioni scritte specifiche, in linguaggio semplice?
std-6c-guidance = Le informazioni devono spiegare la procedura, la preparazione, il decorso atteso e chi contattare in caso di domande.
std-6c-evidence-1 = Opuscoli informativi per i pazienti sulle principali procedure

std-6d-text = Sono disponibili interpreti o informazioni in formati accessibili per i pazienti che ne hanno bisogno?
std-6d-guidance = Descrivere come viene organizzato un interprete e cosa è disponibile per i pazienti con difficoltà visive, uditive o di apprendimento.
std-6d-evidence-1 = Procedura aziendale su interpretariato e informazioni accessibili

std-6e-text = In quali formati sono disponibili le informazioni per i pazienti sulle procedure di oncologia interventistica?
std-6e-guidance = Selezionare ogni formato attualmente in uso per almeno una delle procedure offerte.
std-6e-option-leaflet = Opuscolo stampato
std-6e-option-website = Sito web dell’ospedale o portale del paziente
std-6e-option-video = Video
std-6e-option-translated = Traduzioni in altre lingue
std-6e-option-easy-read = Versione facile da leggere (easy-to-read)

### Standard 7

std-7-title = Pianificazione della procedura e assistenza peri-procedurale
std-7-intro = Questo standard esamina come vengono pianificate le procedure e come vengono assistiti i pazienti immediatamente prima, durante e dopo di esse.

std-7a-text = Per ogni procedura di oncologia interventistica viene compilata e documentata una checklist di sicurezza procedurale?
std-7a-guidance = È adeguata una checklist adattata da una checklist di sicurezza chirurgica riconosciuta. Spiegare come viene verificata la compilazione.
std-7a-evidence-1 = Copia in bianco della checklist di sicurezza
std-7a-evidence-2 = Risultato dell’audit più recente sull’aderenza alla checklist

std-7b-text = Esistono protocolli scritti per sedazione e analgesia, gestione peri-procedurale della terapia anticoagulante e profilassi antibiotica?
std-7b-guidance = I protocolli possono essere aziendali se coprono le procedure di oncologia interventistica. Indicare gli eventuali protocolli mancanti.
std-7b-evidence-1 = Protocollo di sedazione e analgesia
std-7b-evidence-2 = Linea guida sulla gestione peri-procedurale della terapia anticoagulante

std-7c-text = Descrivere come viene pianificato il trattamento e come viene verificato il risultato tecnico al termine della procedura, ad esempio il margine di ablazione o l’endpoint dell’embolizzazione.
std-7c-guidance = Menzionare eventuali software di pianificazione o di fusione di immagini, l’imaging con mezzo di contrasto al termine della procedura e come il risultato viene registrato nel referto della procedura.
std-7c-evidence-1 = Esempio di referto della procedura (anonimizzato)

### Standard 8

std-8-title = Radioprotezione e sicurezza
std-8-intro = Questo standard esamina come pazienti e personale vengono protetti dalle radiazioni ionizzanti durante le procedure di oncologia interventistica.

std-8a-text = Il servizio è supportato da uno specialista in fisica medica o da un esperto di radioprotezione designato?
std-8a-guidance = L’esperto può essere dipendente dell’ospedale o a contratto e deve essere coinvolto negli audit di dose, nel collaudo delle apparecchiature e nell’ottimizzazione dei protocolli.
std-8a-evidence-1 = Lettera di nomina o contratto di servizio dello specialista in fisica medica

std-8b-text = La dose di radiazioni al paziente viene registrata per ogni procedura guidata in fluoroscopia o in TC?
std-8b-guidance = La dose può essere registrata automaticamente da un sistema di gestione della dose o manualmente nel referto della procedura.
std-8b-evidence-1 = Estratto della registrazione della dose di procedure recenti (anonimizzato)

std-8c-text = Il servizio ha stabilito livelli diagnostici di riferimento (LDR) locali per le sue principali procedure e ha confrontato con essi le proprie dosi negli ultimi 12 mesi?
std-8c-guidance = Spiegare quali procedure sono comprese e quali azioni sono state intraprese quando le dosi hanno superato i livelli di riferimento.
std-8c-evidence-1 = Rapporto più recente di audit delle dosi

std-8d-text = Tutto il personale presente in sala procedurale indossa dosimetri personali e dispositivi di protezione, e le dosi vengono riesaminate?
std-8d-guidance = Descrivere l’organizzazione della dosimetria, compreso l’eventuale monitoraggio della dose al cristallino, e chi riesamina i risultati.
std-8d-evidence-1 = Sintesi dei risultati dosimetrici del personale dell’ultimo anno
std-8d-evidence-2 = Inventario dei dispositivi di protezione con le date di verifica

std-8e-text = Esiste una procedura documentata per il follow-up dei pazienti la cui dose di radiazioni supera una soglia definita?
std-8e-guidance = La procedura deve indicare la soglia, come viene informato il paziente e come vengono controllate eventuali lesioni cutanee.
std-8e-evidence-1 = Procedura per il follow-up dei pazienti esposti ad alte dosi

std-8f-text = Se il servizio esegue la radioembolizzazione, esiste un protocollo scritto, concordato con la medicina nucleare, per la manipolazione e la somministrazione delle microsfere radioattive?
std-8f-guidance = Se il servizio non esegue la radioembolizzazione, rispondere no e indicarlo nella spiegazione.
std-8f-evidence-1 = Protocollo congiunto di radioembolizzazione con la medicina nucleare

### Standard 9

std-9-title = Assistenza infermieristica e di reparto
std-9-intro = Questo standard esamina l’assistenza infermieristica e di reparto che i pazienti di oncologia interventistica ricevono prima e dopo la procedura.

std-9a-text = Il servizio ha accesso affidabile a posti letto di day hospital o di degenza ordinaria per i pazienti di oncologia interventistica?
std-9a-guidance = I posti letto possono trovarsi in un reparto condiviso se esiste un accordo sulla loro disponibilità per i pazienti di oncologia interventistica.
std-9a-evidence-1 = Accordo di assegnazione dei posti letto o organizzazione del reparto

std-9b-text = Gli infermieri di reparto sono formati nell’assistenza post-procedurale specifica dell’oncologia interventistica, come la cura del sito di accesso e il riconoscimento della sindrome post-embolizzazione?
std-9b-guidance = La formazione può essere svolta dal team di oncologia interventistica o dai formatori del reparto; descrivere come viene documentata.
std-9b-evidence-1 = Documentazione della formazione infermieristica sull’assistenza dopo procedure di oncologia interventistica

std-9c-text = I pazienti dispongono di un contatto di riferimento, come una linea telefonica gestita da infermieri, da chiamare in caso di dubbi o problemi dopo la dimissione?
std-9c-guidance = Il contatto deve essere fornito al paziente per iscritto alla dimissione, insieme alle indicazioni su cosa fare al di fuori dell’orario di servizio.
std-9c-evidence-1 = Informazioni di dimissione con i recapiti del contatto

## Section 3

std-section-3-title = Esiti, qualità e formazione

### Standard 10

std-10-title = Follow-up e valutazione degli esiti
std-10-intro = Questo standard esamina come i pazienti vengono seguiti dopo il trattamento e come vengono misurati gli esiti.

std-10a-text = Quale percentuale dei pazienti trattati negli ultimi 12 mesi ha avuto un follow-up clinico documentato entro 30 giorni dalla procedura?
std-10a-guidance = Il follow-up può consistere in una visita ambulatoriale, un consulto telefonico o una revisione documentata della cartella clinica. Arrotondare al numero intero più vicino.
std-10a-evidence-1 = Audit del follow-up a 30 giorni

std-10b-text = Quali criteri di risposta utilizza principalmente il servizio per valutare l’imaging dopo il trattamento?
std-10b-guidance = Scegliere i criteri utilizzati per la maggior parte dei pazienti. Se si utilizzano criteri diversi per diversi tipi di tumore, scegliere quelli utilizzati più spesso.
std-10b-option-mrecist = mRECIST
std-10b-option-recist = RECIST 1.1
std-10b-option-easl = Criteri EASL
std-10b-option-li-rads = LI-RADS risposta al trattamento (LR-TR)
std-10b-option-other = Altro

std-10c-text = Esiste un calendario definito di imaging di follow-up per ogni tipo di procedura, con risultati valutati dal team di oncologia interventistica?
std-10c-guidance = Il calendario deve indicare tempistica e metodica dell’imaging di follow-up. Spiegare come si interviene sui risultati che mostrano malattia residua o recidiva.
std-10c-evidence-1 = Protocollo scritto di follow-up

std-10d-text = Gli esiti, come il controllo locale del tumore e la sopravvivenza, vengono analizzati e rendicontati almeno ogni due anni?
std-10d-guidance = L’analisi può essere interna. Indicare chi riceve il rapporto e se i risultati vengono confrontati con le casistiche pubblicate.
std-10d-evidence-1 = Rapporto più recente sugli esiti

### Standard 11

std-11-title = Gestione e segnalazione delle complicanze
std-11-intro = Questo standard esamina come le complicanze vengono registrate, classificate e gestite e come se ne traggono insegnamenti.

std-11a-text = Tutte le complicanze delle procedure di oncologia interventistica vengono registrate prospetticamente e classificate secondo un sistema riconosciuto?
std-11a-guidance = La registrazione deve includere le complicanze rilevate dopo la dimissione. Spiegare come vengono rilevate le complicanze quando i pazienti vengono nuovamente ricoverati in un’altra struttura.
std-11a-evidence-1 = Estratto del registro delle complicanze (anonimizzato)

std-11b-text = Quali sistemi di classificazione utilizza il servizio per graduare le complicanze?
std-11b-guidance = Selezionare ogni sistema in uso, compresi quelli utilizzati solo per determinate procedure.
std-11b-option-cirse = Classificazione CIRSE
std-11b-option-ctcae = CTCAE
std-11b-option-sir = Classificazione SIR
std-11b-option-other = Altro

std-11c-text = Le complicanze vengono discusse in una riunione periodica di morbilità e mortalità, con documentazione degli insegnamenti tratti?
std-11c-guidance = La riunione può essere condivisa con l’intero dipartimento di radiologia o di oncologia, purché vi siano discussi casi di oncologia interventistica.
std-11c-evidence-1 = Verbali delle ultime due riunioni di morbilità e mortalità (anonimizzati)

### Standard 12

std-12-title = Miglioramento della qualità, audit e dati
std-12-intro = Questo standard esamina come il servizio raccoglie i dati e utilizza l’audit per migliorare l’assistenza.

std-12a-text = Il servizio mantiene un database prospettico o un registro di tutte le procedure di oncologia interventistica, in cui sono registrati indicazione, tecnica, complicanze ed esiti?
std-12a-guidance = Il database può essere locale o far parte di un registro nazionale o internazionale. Descrivere chi inserisce i dati e come ne viene verificata la completezza.
std-12a-evidence-1 = Elenco dei campi registrati nel database

std-12b-text = Il servizio completa ogni anno almeno un ciclo di audit clinico, con piano d’azione e re-audit?
std-12b-guidance = È accettabile qualsiasi tema rilevante per l’oncologia interventistica, ad esempio i tassi di complicanze, il consenso o il follow-up. Indicare quali audit sono stati completati nell’ultimo anno.
std-12b-evidence-1 = Rapporto di audit più recente con il relativo piano d’azione

std-12c-text = In quale data si è tenuta l’ultima riunione di audit del dipartimento in cui sono stati presentati dati di oncologia interventistica?
std-12c-guidance = Indicare la data della riunione stessa, non quella di approvazione del verbale.
std-12c-evidence-1 = Ordine del giorno o verbale della riunione

std-12d-text = Descrivere una modifica introdotta negli ultimi due anni a seguito di un audit, dell’analisi di un evento avverso o dei riscontri dei pazienti, e il suo effetto.
std-12d-guidance = Spiegare che cosa ha motivato la modifica, che cosa è stato fatto e come ne è stato misurato l’effetto.

### Standard 13

std-13-title = Didattica, formazione e ricerca
std-13-intro = Questo standard esamina come il servizio mantiene aggiornate le proprie conoscenze e contribuisce alla formazione e alla ricerca.

std-13a-text = I membri del team di oncologia interventistica partecipano all’educazione continua in medicina (ECM) in oncologia interventistica?
std-13a-guidance = Includere corsi, congressi e formazione a distanza. È sufficiente una sintesi degli ultimi due anni per ciascun medico.
std-13a-evidence-1 = Sintesi delle attività di formazione continua degli ultimi due anni

std-13b-text = Il servizio forma specializzandi o fellow in oncologia interventistica attraverso un programma strutturato?
std-13b-guidance = Descrivere il programma, la sua durata e come i medici in formazione vengono supervisionati e valutati.
std-13b-evidence-1 = Schema del programma di formazione

std-13c-text = Il servizio partecipa alla ricerca clinica o contribuisce con dati a registri di oncologia interventistica?
std-13c-guidance = Elencare gli studi o i registri in corso e le pubblicazioni degli ultimi tre anni.
std-13c-evidence-1 = Elenco di studi, registri e pubblicazioni degli ultimi tre anni

## Units

std-unit-procedures = procedure
std-unit-physicians = medici
std-unit-days = giorni
std-unit-percent = %
