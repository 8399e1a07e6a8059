# Accredit-IO standards texts: demonstration edition demo-2026 (standards/demo-2026.toml).
# Our own wording of plausible interventional-oncology quality items, not the licensed standards.
# English is the source language and the fallback.

edition-demo-2026-title = Édition de démonstration 2026 (et non le référentiel sous licence)

## Section 1

std-section-1-title = Organisation et infrastructure

### Standard 1

std-1-title = Organisation et gouvernance du service
std-1-intro = Cette norme porte sur la manière dont le service d’oncologie interventionnelle est dirigé, organisé et encadré au sein de l’hôpital.

std-1a-text = Le service dispose-t-il d’un responsable médical nommément désigné pour l’oncologie interventionnelle ?
std-1a-guidance = Répondez oui si un médecin est responsable du service d’oncologie interventionnelle et si cette fonction est documentée. Une responsabilité partagée avec un autre service est acceptable si les missions relevant de l’oncologie interventionnelle sont formalisées par écrit.
std-1a-evidence-1 = Organigramme du service d’oncologie interventionnelle
std-1a-evidence-2 = Fiche de poste ou lettre de nomination du responsable médical

std-1b-text = Combien d’actes thérapeutiques d’oncologie interventionnelle le service a-t-il réalisés au cours des 12 derniers mois ?
std-1b-guidance = Ne comptez que les actes thérapeutiques (par exemple ablation, chimioembolisation (TACE), radioembolisation (SIRT) et autres traitements ciblant la tumeur) ; excluez les biopsies purement diagnostiques et les poses de chambre implantable. Prenez en compte les 12 mois précédant la date de votre réponse.
std-1b-evidence-1 = Synthèse du registre des actes des 12 derniers mois (anonymisée)

std-1c-text = Le service d’oncologie interventionnelle est-il formellement reconnu dans l’organisation de l’hôpital, avec des liens hiérarchiques définis ?
std-1c-guidance = Le service doit figurer dans l’organigramme de l’hôpital ou dans un document équivalent indiquant à qui le responsable médical rend compte. Décrivez dans l’explication tout arrangement informel.
std-1c-evidence-1 = Organigramme de l’hôpital montrant la place du service d’oncologie interventionnelle

std-1d-text = À quel département le service d’oncologie interventionnelle est-il principalement rattaché ?
std-1d-guidance = Choisissez le département qui gère le budget et l’encadrement hiérarchique du service. En cas de responsabilité partagée, choisissez le département du responsable médical.
std-1d-option-radiology = Radiologie ou radiologie interventionnelle
std-1d-option-oncology = Oncologie ou centre de cancérologie
std-1d-option-surgery = Chirurgie
std-1d-option-independent = Unité autonome d’oncologie interventionnelle
std-1d-option-other = Autre

std-1e-text = Le service dispose-t-il de procédures opératoires standardisées (SOP) écrites pour chaque acte d’oncologie interventionnelle qu’il propose ?
std-1e-guidance = Chaque type d’acte proposé doit disposer d’une SOP écrite et à jour couvrant les indications, les contre-indications, la préparation, la technique et les soins post-interventionnels. Indiquez dans l’explication les types d’actes sans SOP.
std-1e-evidence-1 = SOP écrite pour l’ablation
std-1e-evidence-2 = Liste des SOP en vigueur avec leurs dates de révision

std-1f-text = Les SOP et les politiques du service font-elles l’objet d’une gestion des versions et sont-elles révisées à un intervalle défini ne dépassant pas trois ans ?
std-1f-guidance = Montrez comment les documents sont datés, versionnés et approuvés, et qui est responsable de leur révision. Tout document dont la révision est en retard doit être justifié.
std-1f-evidence-1 = Registre de maîtrise documentaire ou liste des politiques

std-1g-text = Le service organise-t-il des consultations dédiées au cours desquelles les patients sont vus par un médecin d’oncologie interventionnelle avant et après le traitement ?
std-1g-guidance = Les consultations peuvent être assurées par le service seul ou conjointement avec d’autres spécialités, à condition qu’un médecin d’oncologie interventionnelle y participe. Indiquez la fréquence des consultations.
std-1g-evidence-1 = Planning des consultations pour un mois représentatif

std-1h-text = Décrivez l’éventail des actes d’oncologie interventionnelle proposés par le service et les évolutions prévues pour les trois prochaines années.
std-1h-guidance = Un bref aperçu suffit : les principaux types d’actes, les types de tumeurs traités et les nouvelles techniques, les nouveaux équipements ou les recrutements prévus.
std-1h-evidence-1 = Projet de service ou dernier rapport annuel

### Standard 2

std-2-title = Locaux et équipements
std-2-intro = Cette norme porte sur les salles, les équipements d’imagerie et le soutien technique disponibles pour les actes d’oncologie interventionnelle.

std-2a-text = De quelles modalités d’imagerie le service dispose-t-il pour le guidage et la planification des actes ?
std-2a-guidance = Sélectionnez chaque modalité que l’équipe peut utiliser pour ses actes, que ce soit dans ses propres salles ou par convention avec un autre service.
std-2a-evidence-1 = Liste des équipements d’imagerie avec leur année d’installation
std-2a-option-ct = Scanner (TDM)
std-2a-option-mri = IRM
std-2a-option-ultrasound = Échographie
std-2a-option-angiography = Radioscopie ou angiographie
std-2a-option-cone-beam-ct = Cone beam CT (CBCT)
std-2a-option-pet-ct = TEP-TDM

std-2b-text = Le service a-t-il un accès garanti à des salles d’intervention adaptées à l’oncologie interventionnelle, équipées d’un monitorage des patients et de matériel de réanimation ?
std-2b-guidance = Les salles peuvent être partagées avec d’autres services si les vacations d’oncologie interventionnelle sont programmées et protégées. Le matériel de réanimation doit être vérifié selon un calendrier documenté.
std-2b-evidence-1 = Description ou plan des salles d’intervention
std-2b-evidence-2 = Fiche de vérification du matériel de réanimation du dernier mois

std-2c-text = À quelle date a eu lieu le dernier contrôle qualité documenté du principal équipement d’imagerie utilisé pour les actes d’oncologie interventionnelle ?
std-2c-guidance = Indiquez la date du contrôle le plus récent effectué par la physique médicale ou par le technicien de maintenance du fabricant. Si plusieurs systèmes sont utilisés, indiquez la date pour le système le plus souvent utilisé.
std-2c-evidence-1 = Dernier rapport de contrôle qualité ou de maintenance de l’équipement

### Standard 3

std-3-title = Personnel et habilitations
std-3-intro = Cette norme porte sur l’effectif, la formation et les habilitations du personnel qui assure la prise en charge en oncologie interventionnelle.

std-3a-text = Tous les médecins qui réalisent des actes d’oncologie interventionnelle sont-ils formés et habilités pour les actes qu’ils pratiquent ?
std-3a-guidance = L’habilitation peut reposer sur une certification reconnue en radiologie interventionnelle, un équivalent national ou une procédure locale documentée. Décrivez dans l’explication la situation de tout médecin encore en formation sous supervision.
std-3a-evidence-1 = Dossiers d’habilitation des médecins d’oncologie interventionnelle
std-3a-evidence-2 = CV abrégés des médecins d’oncologie interventionnelle

std-3b-text = Combien de médecins réalisent actuellement des actes d’oncologie interventionnelle de manière autonome dans le service ?
std-3b-guidance = Comptez les médecins qui réalisent des actes sans supervision ; ne comptez pas les médecins en formation.

std-3c-text = Les actes d’oncologie interventionnelle sont-ils assistés par des infirmiers et des manipulateurs en électroradiologie médicale formés à l’activité interventionnelle, avec un recours à l’anesthésie disponible si nécessaire ?
std-3c-guidance = Décrivez l’équipe habituelle pour un acte et la manière dont l’anesthésie ou la sédation est demandée. La formation peut être interne si elle est documentée.
std-3c-evidence-1 = Planning du personnel pour un mois représentatif
std-3c-evidence-2 = Attestations de formation des infirmiers et des manipulateurs en oncologie interventionnelle

std-3d-text = L’hôpital assure-t-il une permanence de radiologie interventionnelle 24 heures sur 24 pour prendre en charge les complications des actes d’oncologie interventionnelle ?
std-3d-guidance = La permanence peut être assurée par une astreinte partagée avec un hôpital voisin si les modalités de transfert sont convenues par écrit.
std-3d-evidence-1 = Tableau d’astreinte de radiologie interventionnelle

### Standard 4

std-4-title = Réunion de concertation pluridisciplinaire
std-4-intro = Cette norme porte sur la manière dont les décisions de traitement en oncologie interventionnelle sont prises au sein d’une équipe pluridisciplinaire.

std-4a-text = Quel a été, au cours des 12 derniers mois, le délai médian en jours entre la réception de la demande et la présentation en réunion de concertation pluridisciplinaire (RCP) ?
std-4a-guidance = Comptez les jours calendaires à partir de votre registre des demandes ou des comptes rendus de RCP. Si la médiane exacte n’est pas disponible, donnez votre meilleure estimation.
std-4a-evidence-1 = Audit des délais entre la demande et la RCP

std-4b-text = Un médecin d’oncologie interventionnelle est-il membre permanent de chaque RCP au cours de laquelle sont discutés des patients susceptibles de bénéficier d’un traitement d’oncologie interventionnelle ?
std-4b-guidance = La composition doit figurer dans la charte de fonctionnement de la RCP. Expliquez comment le remplacement est organisé en cas d’absence du médecin d’oncologie interventionnelle.
std-4b-evidence-1 = Charte de fonctionnement de la RCP indiquant ses membres
std-4b-evidence-2 = Feuilles de présence des six derniers mois

std-4c-text = Tous les patients pour lesquels un traitement programmé d’oncologie interventionnelle est envisagé sont-ils discutés en RCP avant l’acte ?
std-4c-guidance = Les actes réalisés en urgence peuvent être discutés a posteriori. Expliquez toute autre exception et la manière dont elle est documentée.
std-4c-evidence-1 = Comptes rendus de RCP des trois derniers mois (anonymisés)

std-4d-text = Les avis de la RCP sont-ils consignés dans le dossier du patient et communiqués au médecin adresseur ?
std-4d-guidance = Décrivez où l’avis est consigné et comment le médecin adresseur est informé, par exemple par courrier ou via le dossier patient informatisé.
std-4d-evidence-1 = Échantillon d’avis de RCP anonymisés

std-4e-text = À quelle fréquence se réunit la RCP au cours de laquelle sont discutés les patients relevant de l’oncologie interventionnelle ?
std-4e-guidance = Si ces patients sont discutés dans plusieurs RCP, répondez pour celle qui examine le plus grand nombre de demandes en oncologie interventionnelle.
std-4e-option-weekly = Hebdomadaire
std-4e-option-fortnightly = Toutes les deux semaines
std-4e-option-monthly = Mensuelle
std-4e-option-less-often = Moins souvent ou à la demande

## Section 2

std-section-2-title = Parcours clinique et sécurité des patients

### Standard 5

std-5-title = Adressage et évaluation pré-interventionnelle
std-5-intro = Cette norme porte sur la manière dont les patients sont adressés au service et évalués avant le traitement.

std-5a-text = Existe-t-il un circuit d’adressage documenté pour les actes d’oncologie interventionnelle, tel qu’un formulaire de demande ou une demande électronique ?
std-5a-guidance = Le circuit doit préciser les informations que le médecin adresseur doit fournir, y compris l’imagerie et les résultats biologiques pertinents.
std-5a-evidence-1 = Formulaire de demande ou modèle de demande électronique

std-5b-text = Les médecins adresseurs reçoivent-ils des informations écrites sur les actes proposés et les critères d’adressage ?
std-5b-guidance = Il peut s’agir d’une brochure, d’une page intranet ou d’une section des recommandations d’adressage de l’hôpital.
std-5b-evidence-1 = Informations destinées aux médecins adresseurs

std-5c-text = Décrivez comment l’imagerie pré-interventionnelle est analysée et comment vous vous assurez qu’elle est suffisamment récente pour la planification.
std-5c-guidance = Précisez qui analyse l’imagerie, quel délai maximal entre l’imagerie et l’acte vous acceptez et ce qui se passe lorsque l’imagerie n’est plus à jour.

std-5d-text = Chaque patient fait-il l’objet, avant l’acte, d’une évaluation clinique par un membre de l’équipe d’oncologie interventionnelle, portant notamment sur l’état général (indice de performance), les résultats biologiques, les traitements et les allergies ?
std-5d-guidance = L’évaluation peut avoir lieu en consultation, dans l’unité d’hospitalisation ou lors d’un appel de pré-évaluation documenté. Une attention particulière doit être portée aux anticoagulants et aux antiagrégants plaquettaires.
std-5d-evidence-1 = Check-list d’évaluation pré-interventionnelle
std-5d-evidence-2 = Trois évaluations complétées et anonymisées

### Standard 6

std-6-title = Consentement éclairé et information des patients
std-6-intro = Cette norme porte sur la manière dont les patients sont informés de leur traitement et dont leur consentement est recueilli.

std-6a-text = Un consentement éclairé écrit est-il recueilli pour chaque acte programmé d’oncologie interventionnelle par un praticien ayant une connaissance suffisante de l’acte ?
std-6a-guidance = Décrivez qui recueille le consentement et à quel moment. Le consentement doit normalement être recueilli avant le jour de l’acte ou en laissant au patient un délai de réflexion suffisant.
std-6a-evidence-1 = Formulaires de consentement spécifiques à chaque acte

std-6b-text = L’entretien préalable au consentement aborde-t-il les bénéfices attendus, les risques fréquents et graves ainsi que les alternatives thérapeutiques ?
std-6b-guidance = Le formulaire de consentement ou la traçabilité de l’entretien doit montrer que les risques et les alternatives ont été expliqués.
std-6b-evidence-1 = Formulaire de consentement complété et anonymisé

std-6c-text = Les patients reçoivent-ils avant leur acte une information écrite spécifique à celui-ci, rédigée dans un langage simple ?
std-6c-guidance = L’information doit expliquer l’acte, la préparation, les suites attendues et les personnes à contacter en cas de question.
std-6c-evidence-1 = Fiches d’information patient pour les principaux actes

std-6d-text = Des interprètes ou des informations dans des formats accessibles sont-ils proposés aux patients qui en ont besoin ?
std-6d-guidance = Décrivez comment un interprète est sollicité et ce qui est proposé aux patients présentant des troubles visuels, auditifs ou des difficultés d’apprentissage.
std-6d-evidence-1 = Politique de l’hôpital en matière d’interprétariat et d’information accessible

std-6e-text = Sous quels formats l’information des patients sur les actes d’oncologie interventionnelle est-elle disponible ?
std-6e-guidance = Sélectionnez chaque format actuellement utilisé pour au moins l’un des actes proposés.
std-6e-option-leaflet = Brochure imprimée
std-6e-option-website = Site internet de l’hôpital ou portail patient
std-6e-option-video = Vidéo
std-6e-option-translated = Traductions dans d’autres langues
std-6e-option-easy-read = Version FALC (facile à lire et à comprendre)

### Standard 7

std-7-title = Planification de l’acte et prise en charge péri-interventionnelle
std-7-intro = Cette norme porte sur la planification des actes et sur la prise en charge des patients immédiatement avant, pendant et après l’intervention.

std-7a-text = Une check-list de sécurité est-elle remplie et documentée pour chaque acte d’oncologie interventionnelle ?
std-7a-guidance = Une check-list adaptée d’une check-list de sécurité chirurgicale reconnue convient. Expliquez comment son remplissage est contrôlé.
std-7a-evidence-1 = Exemplaire vierge de la check-list de sécurité
std-7a-evidence-2 = Résultat du dernier audit de conformité de la check-list

std-7b-text = Existe-t-il des protocoles écrits pour la sédation et l’analgésie, la gestion péri-interventionnelle des anticoagulants et l’antibioprophylaxie ?
std-7b-guidance = Les protocoles peuvent être communs à l’ensemble de l’hôpital s’ils couvrent les actes d’oncologie interventionnelle. Indiquez, le cas échéant, les protocoles manquants.
std-7b-evidence-1 = Protocole de sédation et d’analgésie
std-7b-evidence-2 = Recommandation sur la gestion péri-interventionnelle des anticoagulants

std-7c-text = Décrivez comment le traitement est planifié et comment le résultat technique est vérifié en fin d’acte, par exemple la marge d’ablation ou le critère d’arrêt de l’embolisation.
std-7c-guidance = Mentionnez tout logiciel de planification ou de fusion d’images utilisé, l’imagerie avec injection de produit de contraste en fin d’acte et la manière dont le résultat est consigné dans le compte rendu de l’acte.
std-7c-evidence-1 = Exemple de compte rendu d’acte (anonymisé)

### Standard 8

std-8-title = Radioprotection et sécurité
std-8-intro = Cette norme porte sur la protection des patients et du personnel contre les rayonnements ionisants lors des actes d’oncologie interventionnelle.

std-8a-text = Un physicien médical ou un conseiller en radioprotection nommément désigné apporte-t-il son appui au service ?
std-8a-guidance = Cet expert peut être salarié de l’hôpital ou intervenir sous contrat ; il doit participer aux audits de dose, à la recette des équipements et à l’optimisation des protocoles.
std-8a-evidence-1 = Lettre de nomination ou contrat de prestation du physicien médical

std-8b-text = La dose de rayonnement reçue par le patient est-elle enregistrée pour chaque acte guidé par radioscopie ou par scanner ?
std-8b-guidance = La dose peut être enregistrée automatiquement par un système de gestion de la dose ou manuellement dans le compte rendu de l’acte.
std-8b-evidence-1 = Extrait du relevé dosimétrique d’actes récents (anonymisé)

std-8c-text = Le service a-t-il défini des niveaux de référence diagnostiques (NRD) locaux pour ses principaux actes et y a-t-il comparé ses doses au cours des 12 derniers mois ?
std-8c-guidance = Précisez les actes concernés et les mesures prises lorsque les doses dépassaient les niveaux de référence.
std-8c-evidence-1 = Dernier rapport d’audit dosimétrique

std-8d-text = Tout le personnel présent en salle d’intervention porte-t-il des dosimètres individuels et des équipements de protection, et les doses reçues sont-elles analysées ?
std-8d-guidance = Décrivez l’organisation de la dosimétrie, y compris l’éventuelle surveillance de la dose au cristallin, et qui analyse les résultats.
std-8d-evidence-1 = Synthèse des résultats de dosimétrie du personnel de l’année écoulée
std-8d-evidence-2 = Inventaire des équipements de protection avec leurs dates de contrôle

std-8e-text = Existe-t-il une procédure documentée de suivi des patients dont la dose de rayonnement dépasse un seuil défini ?
std-8e-guidance = La procédure doit préciser le seuil, la manière dont le patient est informé et la surveillance d’une éventuelle lésion cutanée.
std-8e-evidence-1 = Procédure de suivi des patients ayant reçu une dose élevée

std-8f-text = Si le service pratique la radioembolisation, existe-t-il un protocole écrit, validé avec la médecine nucléaire, pour la manipulation et l’administration des microsphères radioactives ?
std-8f-guidance = Si le service ne pratique pas la radioembolisation, répondez non et indiquez-le dans l’explication.
std-8f-evidence-1 = Protocole commun de radioembolisation avec la médecine nucléaire

### Standard 9

std-9-title = Soins infirmiers et hospitalisation
std-9-intro = Cette norme porte sur les soins infirmiers et l’hospitalisation dont bénéficient les patients d’oncologie interventionnelle avant et après leur acte.

std-9a-text = Le service dispose-t-il d’un accès fiable à des lits d’hospitalisation de jour ou d’hospitalisation complète pour les patients d’oncologie interventionnelle ?
std-9a-guidance = Les lits peuvent se trouver dans une unité partagée s’il existe un accord sur leur disponibilité pour les patients d’oncologie interventionnelle.
std-9a-evidence-1 = Accord d’attribution des lits ou organisation de l’unité

std-9b-text = Les infirmiers de l’unité d’hospitalisation sont-ils formés aux soins post-interventionnels propres à l’oncologie interventionnelle, tels que la surveillance du point de ponction et la reconnaissance du syndrome post-embolisation ?
std-9b-guidance = La formation peut être dispensée par l’équipe d’oncologie interventionnelle ou par les formateurs de l’unité ; décrivez comment elle est tracée.
std-9b-evidence-1 = Attestations de formation infirmière aux soins après un acte d’oncologie interventionnelle

std-9c-text = Les patients disposent-ils d’un contact identifié, par exemple une ligne téléphonique tenue par des infirmiers, à appeler en cas d’inquiétude après leur sortie ?
std-9c-guidance = Ce contact doit être remis par écrit au patient à sa sortie, avec des conseils sur la conduite à tenir en dehors des heures ouvrables.
std-9c-evidence-1 = Document de sortie indiquant les coordonnées du contact

## Section 3

std-section-3-title = Résultats, qualité et formation

### Standard 10

std-10-title = Suivi et évaluation des résultats
std-10-intro = Cette norme porte sur le suivi des patients après le traitement et sur la mesure des résultats.

std-10a-text = Quel pourcentage des patients traités au cours des 12 derniers mois a bénéficié d’un suivi clinique documenté dans les 30 jours suivant l’acte ?
std-10a-guidance = Le suivi peut être une consultation, une consultation téléphonique ou un examen documenté du dossier du patient. Arrondissez au nombre entier le plus proche.
std-10a-evidence-1 = Audit du suivi à 30 jours

std-10b-text = Quels critères de réponse le service utilise-t-il principalement pour évaluer l’imagerie après traitement ?
std-10b-guidance = Choisissez les critères utilisés pour la majorité des patients. Si des critères différents sont utilisés selon le type de tumeur, choisissez ceux qui sont le plus souvent utilisés.
std-10b-option-mrecist = mRECIST
std-10b-option-recist = RECIST 1.1
std-10b-option-easl = Critères EASL
std-10b-option-li-rads = LI-RADS réponse au traitement (LR-TR)
std-10b-option-other = Autres

std-10c-text = Existe-t-il un calendrier défini d’imagerie de suivi pour chaque type d’acte, avec une analyse des résultats par l’équipe d’oncologie interventionnelle ?
std-10c-guidance = Le calendrier doit préciser le moment et la modalité de l’imagerie de suivi. Expliquez les suites données aux résultats montrant une maladie résiduelle ou une récidive.
std-10c-evidence-1 = Protocole de suivi écrit

std-10d-text = Les résultats tels que le contrôle tumoral local et la survie sont-ils analysés et font-ils l’objet d’un rapport au moins tous les deux ans ?
std-10d-guidance = L’analyse peut être interne. Indiquez qui reçoit le rapport et si les résultats sont comparés aux séries publiées.
std-10d-evidence-1 = Dernier rapport sur les résultats

### Standard 11

std-11-title = Gestion et déclaration des complications
std-11-intro = Cette norme porte sur la manière dont les complications sont enregistrées, gradées et prises en charge, et dont on en tire des enseignements.

std-11a-text = Toutes les complications des actes d’oncologie interventionnelle sont-elles enregistrées de manière prospective et gradées selon une classification reconnue ?
std-11a-guidance = L’enregistrement doit inclure les complications constatées après la sortie. Expliquez comment les complications sont recueillies lorsque les patients sont réhospitalisés dans un autre établissement.
std-11a-evidence-1 = Extrait du registre des complications (anonymisé)

std-11b-text = Quels systèmes de classification le service utilise-t-il pour grader les complications ?
std-11b-guidance = Sélectionnez chaque système utilisé, y compris ceux qui ne servent que pour certains actes.
std-11b-option-cirse = Classification CIRSE
std-11b-option-ctcae = CTCAE
std-11b-option-sir = Classification SIR
std-11b-option-other = Autre

std-11c-text = Les complications sont-elles discutées lors d’une revue de morbidité et de mortalité (RMM) régulière, avec une traçabilité des enseignements tirés ?
std-11c-guidance = La revue peut être commune à l’ensemble du service de radiologie ou d’oncologie si les cas d’oncologie interventionnelle y sont discutés.
std-11c-evidence-1 = Comptes rendus des deux dernières RMM (anonymisés)

### Standard 12

std-12-title = Amélioration de la qualité, audit et données
std-12-intro = Cette norme porte sur la manière dont le service recueille des données et utilise l’audit pour améliorer ses soins.

std-12a-text = Le service tient-il une base de données prospective ou un registre de tous les actes d’oncologie interventionnelle, consignant l’indication, la technique, les complications et les résultats ?
std-12a-guidance = La base peut être locale ou faire partie d’un registre national ou international. Décrivez qui saisit les données et comment leur exhaustivité est vérifiée.
std-12a-evidence-1 = Liste des champs enregistrés dans la base de données

std-12b-text = Le service mène-t-il à terme chaque année au moins un cycle d’audit clinique, avec plan d’action et réévaluation ?
std-12b-guidance = Tout thème pertinent pour l’oncologie interventionnelle est acceptable, par exemple les taux de complications, le consentement ou le suivi. Indiquez les audits menés à terme au cours de l’année écoulée.
std-12b-evidence-1 = Dernier rapport d’audit avec son plan d’action

std-12c-text = À quelle date a eu lieu la dernière réunion d’audit du service au cours de laquelle des données d’oncologie interventionnelle ont été présentées ?
std-12c-guidance = Indiquez la date de la réunion elle-même, et non celle de l’approbation du compte rendu.
std-12c-evidence-1 = Ordre du jour ou compte rendu de la réunion

std-12d-text = Décrivez un changement mis en place au cours des deux dernières années à la suite d’un audit, de l’analyse d’un événement indésirable ou de retours de patients, ainsi que son effet.
std-12d-guidance = Expliquez ce qui a motivé le changement, ce qui a été fait et comment son effet a été mesuré.

### Standard 13

std-13-title = Enseignement, formation et recherche
std-13-intro = Cette norme porte sur la manière dont le service maintient ses connaissances à jour et contribue à la formation et à la recherche.

std-13a-text = Les membres de l’équipe d’oncologie interventionnelle participent-ils à la formation médicale continue en oncologie interventionnelle ?
std-13a-guidance = Incluez les cours, les congrès et la formation en ligne. Une synthèse des deux dernières années pour chaque médecin suffit.
std-13a-evidence-1 = Synthèse des activités de formation continue des deux dernières années

std-13b-text = Le service forme-t-il des internes ou des fellows à l’oncologie interventionnelle dans le cadre d’un programme structuré ?
std-13b-guidance = Décrivez le programme, sa durée et la manière dont les personnes en formation sont encadrées et évaluées.
std-13b-evidence-1 = Présentation du programme de formation

std-13c-text = Le service participe-t-il à la recherche clinique ou fournit-il des données à des registres en oncologie interventionnelle ?
std-13c-guidance = Énumérez les études ou registres en cours et les publications des trois dernières années.
std-13c-evidence-1 = Liste des études, registres et publications des trois dernières années

## Units

std-unit-procedures = actes
std-unit-physicians = médecins
std-unit-days = jours
std-unit-percent = %
