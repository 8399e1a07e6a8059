# Manuel de l’application Accredit-IO : un chapitre par thème, trois messages par chapitre (titre, résumé, texte).
# L’anglais est la langue source et la langue de repli ; les traductions sont faites à partir du fichier anglais.

manual-overview = Bienvenue dans Accredit-IO
manual-overview-summary = Ce qu’est le programme d’accréditation, ses trois étapes et l’organisation de ce manuel.
manual-overview-body =
    Accredit-IO gère le programme d’accréditation des services d’oncologie interventionnelle. Votre équipe répond à un questionnaire portant sur les normes d’assurance qualité, analyse un échantillon aléatoire de ses propres dossiers et soumet sa candidature ; les évaluateurs examinent la même candidature dans la même application, et le secrétariat du programme prend la décision.

    ## Les trois étapes

    - Centre inscrit : l’établissement est enregistré et activé, et sa facture d’inscription est réglée.
    - Centre accrédité : les évaluateurs ont jugé tous les critères essentiels satisfaits et l’analyse interne des dossiers est terminée. Valable quatre ans.
    - Centre d’excellence : lors de la recertification, tous les critères essentiels et tous les critères étendus sont satisfaits. Valable quatre ans.

    ## Le parcours en bref

    - Enregistrez et activez l’établissement, puis invitez vos collègues à le rejoindre avec le code d’établissement.
    - Réglez la facture d’inscription et ouvrez la candidature.
    - Répondez au questionnaire, associez des justificatifs et analysez 30 dossiers tirés au sort.
    - Le représentant autorisé soumet la candidature ; les évaluateurs l’examinent et peuvent poser des questions.
    - Le secrétariat prend la décision ; un service accrédité reçoit un certificat vérifiable.

    ## Langues

    L’interface, les normes, les e-mails et ce manuel sont disponibles en neuf langues : anglais, allemand, français, espagnol, italien, portugais, turc, chinois simplifié et arabe (de droite à gauche). Vous pouvez changer de langue à tout moment dans l’en-tête.

manual-registering = Enregistrer un établissement et le rejoindre
manual-registering-summary = Comment enregistrer votre service, l’activer et inviter vos collègues à le rejoindre avec le code d’établissement.
manual-registering-body =
    ## Avant de commencer

    Vous devez réaliser au moins 150 actes thérapeutiques d’oncologie interventionnelle par an et disposer de l’accord de votre chef de service ou du directeur de l’hôpital (nom, adresse e-mail et date de l’accord datant de moins de deux ans). Décidez qui sera représentant autorisé, contact désigné et, le cas échéant, contact suppléant.

    ## Enregistrement

    Choisissez « Enregistrer un établissement » et remplissez le formulaire : établissement, éligibilité, votre compte et rôles de l’établissement. Laissez un rôle vide pour l’assumer vous-même. Vous devenez titulaire principal du compte. Si l’établissement est déjà enregistré, il vous est proposé de le rejoindre à la place.

    ## Activation

    Nous vous envoyons par e-mail un lien valable 72 heures ainsi que votre code d’établissement. Ouvrez le lien et cliquez sur « Activer maintenant ». Le statut de l’établissement passe de « Enregistré – activation en attente » à « Activé – paiement de l’inscription en attente », la facture d’inscription est émise et les personnes que vous avez désignées reçoivent une invitation contenant le code. Si le lien a expiré ou s’est perdu, choisissez « Lien expiré ou perdu ? Recevoir un nouveau lien » sur la page de connexion et saisissez votre adresse : le nouveau lien remplace l’ancien. Le secrétariat du programme peut aussi le renvoyer ou activer l’établissement en votre nom. Une inscription non activée dans les 30 jours est supprimée ; son nom et son adresse redeviennent libres.

    ## Rejoindre un établissement avec le code

    Vos collègues choisissent « Créer un compte pour rejoindre un établissement », confirment leur adresse e-mail, se connectent, ouvrent « Rejoindre un établissement » et saisissent le code (dix lettres et chiffres, par exemple ABCDE-23456). La demande affiche « En attente d’approbation » jusqu’à ce que le titulaire principal du compte clique sur « Approuver » ou « Refuser » sous « Demandes d’adhésion ». Une personne désignée pour un rôle qui rejoint l’établissement avec cette adresse e-mail en devient immédiatement membre.

    ## Votre compte

    Après trop de mots de passe erronés, patientez 15 minutes. Un lien de réinitialisation du mot de passe est valable une heure. Un même compte peut appartenir à plusieurs établissements, qui figurent sous « Mes établissements ».

manual-roles = Rôles et autorisations
manual-roles-summary = Qui fait quoi dans un établissement et dans le programme, et comment les titulaires des rôles de l’établissement sont désignés.
manual-roles-body =
    ## Rôles de l’établissement

    - Titulaire principal du compte : approuve et retire les membres, désigne les titulaires des rôles de l’établissement et décide si un Centre inscrit figure dans l’annuaire. Ne peut pas être retiré.
    - Représentant autorisé : formellement responsable de la candidature et seule personne habilitée à la soumettre. Même un administrateur ne peut pas la soumettre à votre place.
    - Contact désigné et contact suppléant : reçoivent la correspondance du programme.
    - Membre : répond aux questions, associe des justificatifs, remplit l’analyse des dossiers et répond aux questions des évaluateurs.

    ## Désigner les titulaires des rôles

    Sur la page de l’établissement, sous « Rôles de l’établissement », le titulaire principal du compte clique sur « Désigner » à côté d’un rôle et indique un collègue ou une adresse e-mail. Chaque rôle a un seul titulaire ; un rôle vacant affiche « non attribué », et une personne désignée par e-mail apparaît comme « invitation envoyée » jusqu’à ce qu’elle rejoigne l’établissement. Désignez un nouveau représentant autorisé avant de retirer l’actuel.

    ## Rôles du programme

    Les évaluateurs ne voient que les candidatures qui leur sont affectées. Les administrateurs assurent le secrétariat du programme : enregistrements, factures, éditions des normes, affectations, décisions et ateliers. Les traducteurs tiennent les langues à jour. Chaque modification est consignée dans un journal d’audit qui rend toute altération détectable.

manual-invoices = Factures et paiement
manual-invoices-summary = Les factures que vous recevez, comment les régler et ce qui se passe une fois qu’elles sont payées.
manual-invoices-body =
    ## Ce qui est facturé

    - À l’activation : les frais d’inscription et la première cotisation annuelle.
    - À chaque anniversaire de l’inscription : la cotisation annuelle.
    - Six mois avant l’échéance de votre accréditation : les frais de recertification.

    ## Consulter et régler

    La page de l’établissement liste vos « Factures » ; « Afficher » en ouvre une, avec « Imprimer » et « Télécharger le PDF ». Virez le montant total avant la date d’échéance (en général 30 jours) en indiquant la référence de paiement. Le secrétariat enregistre votre paiement, ou le prestataire de paiement le confirme. Les factures et les relances sont envoyées par e-mail au contact désigné ou, à défaut, au titulaire principal du compte.

    ## Statut et corrections

    Une facture est « À régler », « Payée », « En retard », « Annulée » ou « Avoir » ; « Reste dû » indique le montant restant. Les relances sont envoyées à la date d’échéance puis 14 jours plus tard. Les factures ne sont jamais supprimées : une facture erronée est annulée et un avoir est émis.

    ## Devenir Centre inscrit

    Dès que la facture d’inscription est intégralement réglée, l’établissement devient Centre inscrit et le sceau apparaît sur sa page. Aucun délai n’est imposé pour la soumission : vous pouvez vous préparer à votre rythme.

manual-questionnaire = Répondre au questionnaire
manual-questionnaire-summary = Répondre dans l’ordre de votre choix, fonctionnement de l’enregistrement automatique, travail hors ligne et résolution d’un conflit avec un collègue.
manual-questionnaire-body =
    ## Ouvrir la candidature

    En tant que Centre inscrit, cliquez sur « Accéder à la candidature » sur la page de l’établissement. La candidature utilise, pour tout le cycle, l’édition des normes en vigueur le jour de son ouverture. Les critères sont regroupés par section et par norme et marqués « Critère essentiel » ou « Critère étendu ».

    ## Critères et conseils

    Chaque critère comporte des « Conseils » et une liste de « Justificatifs ». Les réponses sont oui ou non avec une explication, un nombre, une date, un texte, ou un choix unique ou multiple. Un critère essentiel auquel vous répondez Non doit être accompagné d’une explication ; les dates ne peuvent pas être dans le futur.

    ## Dans l’ordre de votre choix, à plusieurs

    Répondez dans l’ordre de votre choix. Vos collègues peuvent travailler en même temps ; leurs réponses enregistrées apparaissent sur votre écran en quelques secondes.

    ## Fonctionnement de l’enregistrement

    Il n’y a pas de bouton d’enregistrement. La saisie est enregistrée après une pause d’environ une seconde ; le choix d’une option ou la sortie d’un champ déclenche un enregistrement immédiat. Chaque critère indique son état :

    - « Enregistrement… » : la réponse est en cours d’envoi.
    - « Enregistré » : le serveur a reçu la réponse.
    - « Hors ligne — enregistré sur cet appareil » : conservée dans ce navigateur et envoyée automatiquement plus tard.
    - « Modifié par quelqu’un d’autre » : un conflit, voir ci-dessous.

    ## Travailler hors ligne

    Si le réseau tombe, continuez à travailler. Les réponses restent sur cet appareil, résistent au rechargement de la page et sont envoyées dans l’ordre dès le retour de la connexion ; la page indique combien sont en attente. Ne vous déconnectez pas tant que des réponses sont en attente : la déconnexion les supprime de l’appareil. Si votre session a expiré, le critère affiche « Conservée sur cet appareil : reconnectez-vous pour l’envoyer. »

    ## Conflits

    Si un collègue a enregistré une réponse différente au même critère après que vous l’avez chargé, vous voyez sa réponse et choisissez « Conserver ma réponse » ou « Adopter sa réponse ». Rien n’est écrasé sans que vous le sachiez.

manual-section-1 = Section 1 : Organisation et infrastructure
manual-section-1-summary = Normes 1 à 4 : gouvernance, locaux et équipements, personnel et réunion de concertation pluridisciplinaire.
manual-section-1-body =
    Cette installation est livrée avec une édition de démonstration : des critères d’exemple formulés par nos soins, et non les normes sous licence. Avec l’édition sous licence, la formulation change, mais pas la manière de travailler. La section 1 compte 20 critères, dont 11 essentiels.

    ## Norme 1 : Organisation et gouvernance du service

    Les critères essentiels 1a, 1c, 1e, 1f et 1g demandent un responsable médical nommément désigné, une place définie dans l’organisation de l’hôpital, des SOP pour chaque acte, une révision des documents au moins tous les trois ans et des consultations avant et après le traitement. Un organigramme, la lettre de nomination du responsable, une liste des SOP avec leurs dates de révision et un planning des consultations suffisent généralement. Des révisions de SOP en retard et non justifiées font souvent l’objet d’un constat.

    ## Norme 2 : Locaux et équipements

    Le critère essentiel 2b demande un accès garanti à des salles d’intervention équipées d’un monitorage et d’un matériel de réanimation vérifié selon un calendrier ; une description des salles et une fiche de vérification récente sont utiles. Des salles partagées conviennent si les vacations d’oncologie interventionnelle sont protégées. Au critère 2a, ne cochez que les modalités que vous pouvez réellement utiliser.

    ## Norme 3 : Personnel et habilitations

    Les critères essentiels 3a et 3c portent sur des médecins d’oncologie interventionnelle habilités, ainsi que sur des infirmiers et des manipulateurs formés, avec un recours à l’anesthésie. Les justificatifs habituels sont les dossiers d’habilitation, des CV abrégés, les plannings et les attestations de formation. Au critère 3b, ne comptez que les médecins autonomes et décrivez la situation des médecins en formation dans l’explication.

    ## Norme 4 : Réunion de concertation pluridisciplinaire

    Critères essentiels 4b, 4c et 4d : un médecin d’oncologie interventionnelle siège à la RCP, chaque patient relevant d’un acte programmé y est discuté au préalable, et l’avis est consigné dans le dossier et transmis au médecin adresseur. La charte de fonctionnement, les feuilles de présence et les comptes rendus sont des justificatifs solides. Anonymisez les comptes rendus avant de les téléverser.

manual-section-2 = Section 2 : Parcours clinique et sécurité des patients
manual-section-2-summary = Normes 5 à 9 : évaluation, consentement, prise en charge péri-interventionnelle, radioprotection et soins en hospitalisation.
manual-section-2-body =
    Il s’agit là aussi de critères de démonstration formulés par nos soins, et non des normes sous licence. La section 2 compte 21 critères, dont 12 essentiels.

    ## Norme 5 : Adressage et évaluation pré-interventionnelle

    Le critère essentiel 5d demande que chaque patient soit évalué au préalable par l’équipe d’oncologie interventionnelle, y compris l’état général, les résultats biologiques, les traitements et les allergies. Votre check-list et trois évaluations complétées et anonymisées en sont la meilleure preuve. Soyez attentif aux anticoagulants et aux antiagrégants plaquettaires.

    ## Norme 6 : Consentement éclairé et information des patients

    Critères essentiels 6a à 6d : un consentement écrit recueilli par un praticien compétent, un entretien sur les bénéfices, les risques et les alternatives, une information en langage simple pour chaque acte, ainsi que des interprètes ou des formats accessibles. Téléversez les formulaires de consentement, les fiches d’information et la procédure d’interprétariat. Les formulaires génériques qui ne mentionnent pas les alternatives font souvent l’objet d’un constat.

    ## Norme 7 : Planification de l’acte et prise en charge péri-interventionnelle

    Les critères essentiels 7a et 7b demandent une check-list de sécurité pour chaque acte et des protocoles pour la sédation, la gestion des anticoagulants et l’antibioprophylaxie. Joignez votre dernier audit de la check-list. Si un protocole manque, indiquez-le plutôt que de répondre Oui.

    ## Norme 8 : Radioprotection et sécurité

    Critères essentiels 8a à 8e : un physicien médical, la dose reçue par le patient pour chaque acte guidé par l’imagerie, des niveaux de référence locaux audités au cours des 12 derniers mois, la dosimétrie et les équipements de protection du personnel, ainsi que le suivi des patients ayant reçu une dose élevée. Un audit dosimétrique périmé est la lacune la plus fréquente. Si vous ne pratiquez pas la radioembolisation, répondez Non au critère 8f et indiquez-le.

    ## Norme 9 : Soins infirmiers et hospitalisation

    Aucun critère n’est essentiel, mais les trois comptent pour le Centre d’excellence : des lits, des infirmiers d’hospitalisation formés aux soins après un acte d’oncologie interventionnelle et un contact identifié après la sortie. Un document de sortie indiquant ce contact est un justificatif simple.

manual-section-3 = Section 3 : Résultats, qualité et formation
manual-section-3-summary = Normes 10 à 13 : suivi, complications, amélioration de la qualité, enseignement et recherche.
manual-section-3-body =
    Là encore, il s’agit d’une édition de démonstration formulée par nos soins, et non des normes sous licence. La section 3 compte 14 critères, dont 4 essentiels.

    ## Norme 10 : Suivi et évaluation des résultats

    Le critère essentiel 10c demande un calendrier d’imagerie de suivi pour chaque type d’acte, analysé par l’équipe d’oncologie interventionnelle ; votre protocole écrit est le justificatif principal. Expliquez la conduite à tenir en cas de maladie résiduelle ou de récidive.

    ## Norme 11 : Gestion et déclaration des complications

    Le critère essentiel 11a demande que toutes les complications, y compris celles survenant après la sortie, soient enregistrées de manière prospective et gradées selon une classification reconnue. Téléversez un extrait anonymisé du registre. Veillez à ce que les grades concordent avec votre analyse des dossiers.

    ## Norme 12 : Amélioration de la qualité, audit et données

    Les critères essentiels 12a et 12b demandent une base de données prospective des actes et au moins un cycle d’audit complet par an. Téléversez la liste des champs de la base de données et votre dernier audit avec son plan d’action. Un audit sans réévaluation ne boucle pas le cycle.

    ## Norme 13 : Enseignement, formation et recherche

    Aucun critère n’est essentiel. Résumez la formation continue, la formation des internes et les travaux de recherche des dernières années ; ces éléments comptent pour le Centre d’excellence.

manual-evidence = Bibliothèque de justificatifs
manual-evidence-summary = Téléverser un document une seule fois, l’associer à autant de critères que nécessaire et n’y laisser aucune donnée patient.
manual-evidence-body =
    ## Une bibliothèque par établissement

    Chaque fichier téléversé rejoint la bibliothèque de justificatifs de l’établissement, qui indique qui l’a téléversé, quand, et les critères qu’il justifie. Un même fichier peut justifier plusieurs critères.

    ## Joindre des fichiers

    Sous un critère, utilisez « Joindre un fichier » puis « Téléverser », ou choisissez un fichier dans la bibliothèque et cliquez sur « Associer ». « Retirer » ne dissocie le fichier que de ce critère.

    ## Fichiers acceptés

    PDF, images, documents bureautiques et texte brut, jusqu’à la taille maximale indiquée (20 Mo par défaut). Le type est vérifié d’après le contenu du fichier, et non d’après son nom.

    ## Bonnes pratiques

    Utilisez des documents à jour et datés, et supprimez-en au préalable les noms, dates de naissance et numéros de patient. Chaque critère essentiel doit avoir ses justificatifs requis associés avant que la candidature puisse être soumise ; pour un critère étendu, les justificatifs manquants sont signalés mais n’empêchent pas la soumission. Les évaluateurs peuvent en demander d’autres ultérieurement.

manual-readiness = Points à compléter et avancement
manual-readiness-summary = Lire le récapitulatif des points à compléter et le tableau d’avancement, et savoir quand la candidature est prête à être soumise.
manual-readiness-body =
    ## Ce qui reste à compléter

    - Sans réponse pour l’instant : chaque critère doit être renseigné ; un critère étendu peut recevoir la réponse Non (pas encore satisfait), accompagnée de son explication.
    - Un critère essentiel doit être satisfait avant la soumission : un critère essentiel auquel vous avez répondu Non.
    - La réponse doit être corrigée : enregistrée, mais elle ne passe pas le contrôle (par exemple un pourcentage supérieur à 100) ; elle compte comme sans réponse.
    - Justificatif requis pas encore téléversé : cela empêche la soumission pour un critère essentiel et n’est qu’un rappel pour un critère étendu.

    ## Avancement

    Les compteurs indiquent le nombre de critères essentiels et étendus renseignés (27 et 28 dans l’édition de démonstration) ; « Avancement par section et par norme » les détaille afin que vous puissiez répartir le travail.

    ## Prête à être soumise

    La candidature est prête lorsque tous les critères sont renseignés, que chaque critère essentiel est renseigné comme satisfait avec ses justificatifs requis associés et que l’analyse des dossiers est terminée. Le panneau indique précisément ce qui empêche encore la soumission de la candidature, avec pour chaque point un lien vers le critère ; le serveur applique la même vérification lorsque le représentant autorisé soumet la candidature. Les réponses aux critères étendus ne compensent jamais une lacune sur un critère essentiel.

manual-case-review = Analyse interne des dossiers
manual-case-review-summary = Comment 30 dossiers sont tirés au sort dans votre liste pseudonymisée et comment remplir la fiche de chaque dossier.
manual-case-review-body =
    ## La liste des références

    Listez les références pseudonymisées de tous les dossiers d’oncologie interventionnelle des 12 derniers mois, une par ligne ou dans la première colonne d’un fichier CSV. Il vous faut au moins 30 références différentes de 40 caractères au maximum chacune. N’utilisez jamais de noms, de dates de naissance ni de numéros de patient : de telles références sont refusées avec l’indication de leur numéro de ligne.

    ## Le tirage au sort

    Cliquez sur « Tirer 30 dossiers au sort ». La valeur d’amorçage, l’empreinte de la liste, la date et l’auteur du tirage sont enregistrés, de sorte que le tirage puisse être reproduit et vérifié. « Effectuer un nouveau tirage » nécessite un motif, visible par les évaluateurs.

    ## La fiche de dossier

    Pour chaque dossier, indiquez le type et la date de l’intervention, si la discussion en RCP, le consentement et le suivi sont documentés, le grade de complication (CIRSE 1 à 6 ou aucune) ainsi que des remarques. La page indique le nombre de dossiers terminés sur 30. La fiche n’est pas conservée hors ligne : si elle affiche « Non enregistré », réessayez une fois la connexion rétablie. « Comme le dossier précédent » reprend les réponses du dossier au-dessus (pas ses notes) lorsque les valeurs se répètent ; modifiez ensuite ce qui diffère.

    ## Signalement des données identifiantes

    Les remarques qui semblent contenir un nom, une date de naissance, un numéro d’identification ou des coordonnées sont signalées, et le dossier reste « À faire » jusqu’à leur reformulation. Consignez ce qui s’est réellement passé : l’analyse doit refléter votre pratique.

manual-submission = Soumettre la candidature
manual-submission-summary = Qui soumet, ce qui est vérifié et figé, et ce que signifie votre accusé de réception.
manual-submission-body =
    ## Qui soumet

    Uniquement le représentant autorisé. Il coche la confirmation et clique sur « Soumettre la candidature » ; le serveur vérifie à nouveau que la candidature est prête.

    ## Avant de soumettre

    - Tous les critères sont renseignés ; chaque critère essentiel est satisfait et ses justificatifs requis sont associés.
    - L’analyse des dossiers est terminée.
    - Aucun collègue n’affiche encore « Hors ligne — enregistré sur cet appareil ».

    ## Ce qui est figé

    Les réponses, les justificatifs associés et l’analyse des dossiers sont figés dans un instantané unique doté d’une empreinte du contenu SHA-256. Le statut devient « Soumise – en attente des évaluateurs ».

    ## Votre accusé de réception

    La page indique qui a soumis la candidature, quand, ainsi que l’empreinte, qui est également envoyée par e-mail à l’équipe. Conservez-la : elle identifie exactement ce que vous avez soumis.

manual-assessment = Évaluation
manual-assessment-summary = Comment les évaluateurs examinent la candidature, comment fonctionnent les questions et pourquoi le compteur est suspendu pendant une demande de justificatifs.
manual-assessment-body =
    ## Affectation

    Le secrétariat affecte les évaluateurs. Chacun déclare d’abord ses éventuels conflits d’intérêts ; un conflit met fin à l’affectation. Dès que le premier évaluateur est actif, le statut devient « En cours d’évaluation » et le compteur démarre.

    ## Constats

    Sous « Évaluations », chaque évaluateur examine chaque réponse, ses justificatifs et l’analyse des dossiers, et consigne « Satisfait », « Partiellement satisfait », « Non satisfait » ou « Sans objet » avec un commentaire. Pour un critère essentiel, « Sans objet » ne vaut jamais satisfait. Les évaluateurs travaillent de manière indépendante, puis envoient une recommandation.

    ## Questions des évaluateurs

    Un évaluateur peut poser une question sur un critère. Le statut devient « Justificatifs demandés par les évaluateurs », l’équipe est prévenue par e-mail et le critère est rouvert. Répondez, joignez un fichier ou corrigez le critère ; l’évaluateur clôture ensuite la question.

    ## Le compteur

    Le compteur est suspendu tant qu’une question reste ouverte. Le secrétariat s’est fixé un objectif, en général 12 semaines : répondez donc rapidement.

manual-decision = Décision, certificat et vérification
manual-decision-summary = Comment la décision est prise, et comment fonctionnent votre certificat, votre badge et votre inscription dans l’annuaire.
manual-decision-body =
    ## La décision

    Une fois toutes les questions clôturées, le secrétariat prend la décision. « Accréditation accordée » exige que chaque critère essentiel soit jugé satisfait par chaque évaluateur et que l’analyse des dossiers soit terminée. Sinon, « Corrections requises » indique les critères à corriger ; lisez la lettre de décision sur la page de la candidature ou au format PDF.

    ## Corrections

    Seuls les critères indiqués sont rouverts. Corrigez-les, puis le représentant autorisé soumet à nouveau la candidature ; les mêmes évaluateurs poursuivent l’évaluation.

    ## Certificat et vérification

    Un Centre accrédité reçoit un certificat valable quatre ans, doté d’un code QR qui renvoie vers une page de vérification publique affichant « Valide », « Expiré » ou « Retiré ». Un badge intégrable affiche le même statut en temps réel.

    ## Annuaire

    Les Centres accrédités et les Centres d’excellence titulaires d’un certificat valide y figurent automatiquement. Un Centre inscrit n’y figure que si le titulaire principal du compte coche « Faire figurer ce centre inscrit dans l’annuaire public ».

manual-recertification = Recertification et Centre d’excellence
manual-recertification-summary = La facture de recertification, la candidature préremplie, les résultats possibles et ce qui se passe à l’échéance.
manual-recertification-body =
    ## Calendrier

    Chaque année entre deux cycles, à la date anniversaire de votre accréditation, le représentant autorisé effectue une courte auto-évaluation sur la page de l’établissement : il confirme que le personnel, les équipements et le volume d’actes satisfont toujours les critères essentiels, ou indique ce qui a changé. Six mois avant l’échéance de votre accréditation de quatre ans, vous recevez la facture de recertification. Son règlement ouvre une candidature de recertification sur l’édition des normes en vigueur.

    ## Une candidature préremplie

    La candidature est préremplie à partir de votre dernier cycle accrédité. Chaque réponse reprise porte la mention « Réponse reprise du cycle précédent — confirmez-la ou mettez-la à jour » et compte comme sans réponse tant que vous ne l’avez pas confirmée telle quelle ou modifiée. Les justificatifs dont la date d’expiration enregistrée dans la bibliothèque de justificatifs est dépassée sont signalés. « Comparer avec le cycle précédent » montre critère par critère ce qui a changé ; les évaluateurs voient la même comparaison.

    ## Résultats

    - Lors d’une recertification, vous pouvez demander le statut de Centre d’excellence ; le récapitulatif indique combien de critères étendus sont encore sans réponse.
    - Statut demandé, et tous les critères essentiels et tous les critères étendus sont satisfaits : Centre d’excellence pour quatre ans.
    - Tous les critères essentiels sont satisfaits : de nouveau Centre accrédité pour quatre ans.
    - Un critère essentiel n’est pas satisfait : corrections requises sur les critères indiqués.

    ## Échéance

    L’accréditation reste valable pendant l’évaluation d’une recertification soumise avant l’échéance. Sinon, elle expire, et la page de vérification, le badge et l’annuaire l’indiquent. Un certificat retiré affiche « Retiré ».

manual-workshops = Ateliers
manual-workshops-summary = Trouver, réserver et annuler un atelier, et fonctionnement de la liste d’attente.
manual-workshops-body =
    ## Ateliers

    Le secrétariat organise des ateliers en ligne ou sur place, chacun dans une langue indiquée et avec un nombre de places limité. Le calendrier est public, et les horaires sont indiqués dans le fuseau horaire propre à chaque atelier.

    ## Réservation et liste d’attente

    Les membres d’un établissement connectés réservent une place pour eux-mêmes ou pour un collègue du même établissement. Si l’atelier est complet, inscrivez-vous sur la liste d’attente ; lorsqu’une place se libère, la première personne en attente l’obtient et reçoit un e-mail. Toute personne ayant une place reçoit un rappel la veille.

    ## Annulation et votre agenda

    Annulez suffisamment tôt si vous ne pouvez pas participer, afin qu’une personne en attente obtienne la place. Téléchargez un atelier sous forme de fichier iCalendar (.ics), ou abonnez-vous au flux de calendrier de tous les ateliers.

manual-faq = Questions fréquentes
manual-faq-summary = Des réponses courtes aux questions que les équipes et les évaluateurs posent le plus souvent.
manual-faq-body =
    ## Devons-nous répondre dans l’ordre ?

    Non. Répondez dans l’ordre de votre choix ; le récapitulatif des points à compléter indique ce qui reste à faire.

    ## Tous les justificatifs doivent-ils être téléversés avant la soumission ?

    Pour les critères essentiels, oui : les justificatifs requis de chaque critère essentiel doivent être associés avant que la candidature puisse être soumise. Pour les critères étendus, les justificatifs manquants sont signalés mais n’empêchent pas la soumission ; tenez les documents à la disposition des évaluateurs.

    ## Que se passe-t-il si le réseau tombe ?

    Les réponses restent sur votre appareil, marquées « Hors ligne — enregistré sur cet appareil », et sont envoyées dès le retour de la connexion. Ne vous déconnectez pas avant leur envoi.

    ## Qui peut soumettre la candidature ?

    Uniquement le représentant autorisé, jamais un administrateur. Le titulaire principal du compte peut désigner une autre personne.

    ## Pouvons-nous tirer à nouveau les 30 dossiers ?

    Oui, en indiquant un motif, qui est consigné dans le journal et visible par les évaluateurs.

    ## Combien de temps dure l’évaluation ?

    L’objectif est d’environ 12 semaines de compteur actif ; le compteur s’arrête tant qu’une question est ouverte.

    ## Comment des tiers peuvent-ils vérifier notre statut ?

    Par la page de vérification, accessible depuis le code QR du certificat, votre badge ou l’annuaire.

    ## S’agit-il de l’édition officielle des normes ?

    Non. Il s’agit d’une édition de démonstration formulée par nos soins ; l’édition sous licence est importée séparément.

manual-glossary = Glossaire
manual-glossary-summary = Termes d’oncologie interventionnelle et du programme utilisés dans Accredit-IO.
manual-glossary-body =
    - Ablation : destruction d’une tumeur par la chaleur, le froid ou une autre forme d’énergie au moyen d’une sonde guidée par l’imagerie.
    - Centre accrédité (Accredited Centre) : établissement dont chaque critère essentiel a été jugé satisfait ; valable quatre ans.
    - Représentant autorisé (Authorised Representative) : personne formellement responsable de la candidature et seule habilitée à la soumettre.
    - Référence de dossier (pseudonymisée) : code identifiant un dossier en interne, sans nom, date de naissance ni numéro de patient.
    - Centre d’excellence (Centre of Excellence) : statut le plus élevé, obtenu lors de la recertification lorsque chaque critère essentiel et chaque critère étendu est satisfait.
    - Chimioembolisation (TACE) : chimiothérapie associée à des particules d’embolisation, injectée dans les artères qui alimentent une tumeur.
    - Classification CIRSE des complications : échelle des complications des actes interventionnels allant du grade 1, le plus léger, au grade 6, le décès.
    - Suspension du compteur : période pendant laquelle une question ouverte arrête le compteur d’évaluation.
    - Empreinte du contenu : valeur SHA-256 de l’instantané figé lors de la soumission.
    - Critère essentiel (core item) : critère qui doit être satisfait pour obtenir l’accréditation.
    - Centre inscrit (Enrolled Centre) : établissement enregistré dont la facture d’inscription est réglée.
    - Bibliothèque de justificatifs : ensemble des documents de l’établissement, chacun pouvant être associé à plusieurs critères.
    - Critère étendu (extended item) : critère requis uniquement pour devenir Centre d’excellence.
    - Constat (finding) : appréciation d’un évaluateur sur un critère.
    - Analyse interne des dossiers : examen de 30 dossiers tirés au sort dans votre liste de dossiers.
    - Question des évaluateurs (query) : question d’un évaluateur sur un critère, qui rouvre ce critère jusqu’à sa clôture.
    - Radioembolisation (TARE ou SIRT) : administration de microsphères radioactives dans les artères qui alimentent une tumeur du foie.
    - Édition des normes : version figée des normes, comprenant des sections, des normes et des critères identifiés par une lettre.
    - Réunion de concertation pluridisciplinaire (RCP, MDT) : réunion pluridisciplinaire qui arrête le traitement de chaque patient.
