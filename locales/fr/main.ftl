## Shell
app-name = Accredit-IO
app-tagline = Accréditation en oncologie interventionnelle
nav-skip-to-content = Aller au contenu principal
nav-primary-label = Navigation principale
nav-home = Accueil
nav-register = Enregistrer un établissement
nav-my-facilities = Mes établissements
nav-admin = Administration
language-switcher-label = Langue
language-switcher-apply = Changer de langue
footer-about = Accredit-IO gère le programme d’accréditation des services d’oncologie interventionnelle, de l’inscription au Centre d’excellence.
footer-demo-notice = Installation de démonstration : les référentiels et les données présentés sont des exemples, et non l’édition sous licence.

## Home page
home-page-title = Accueil
home-title = De l’inscription au Centre d’excellence
home-intro = Accredit-IO accompagne les services d’oncologie interventionnelle sur un parcours qualité en trois étapes. Votre équipe et les évaluateurs travaillent dans la même application, en ligne ou hors ligne, en neuf langues.
home-pathway-heading = Le parcours d’accréditation
home-stage-step = Étape { $number }
home-stage-enrolled-title = Centre inscrit
home-stage-enrolled-body = Enregistrez votre établissement, confirmez au moins 150 actes thérapeutiques d’oncologie interventionnelle par an et réglez la facture d’inscription. Votre équipe peut alors commencer le dossier.
home-stage-accredited-title = Centre accrédité
home-stage-accredited-body = Répondez au questionnaire sur les 13 normes d’assurance qualité, téléversez vos justificatifs et analysez 30 dossiers tirés au sort. Lorsque les évaluateurs jugent tous les critères essentiels satisfaits, votre service est accrédité pour quatre ans.
home-stage-excellence-title = Centre d’excellence
home-stage-excellence-body = Six mois avant l’échéance de votre accréditation, la recertification s’ouvre. Un service qui satisfait tous les critères essentiels et tous les critères étendus devient Centre d’excellence.
home-how-heading = Comment fonctionne le dossier
home-how-any-order = Répondez aux questions dans l’ordre de votre choix ; chaque réponse est enregistrée pendant la saisie.
home-how-offline = Continuez à travailler quand le réseau tombe : les réponses restent sur votre appareil et sont envoyées dès le retour de la connexion.
home-how-summary = Un récapitulatif indique ce qui reste à compléter avant que votre représentant autorisé ne soumette le dossier.
home-how-assessors = Les évaluateurs examinent le même dossier, posent des questions sur des points précis et consignent leur décision.

## Not found
not-found-title = Page introuvable
not-found-back = Retour à l’accueil

## Errors
error-unauthorized = Veuillez vous connecter pour continuer.
error-forbidden = Vous n’avez pas l’autorisation d’effectuer cette action.
error-not-found = La page ou l’élément demandé n’existe pas.
error-validation = Certains champs doivent être corrigés.
error-conflict = Quelqu’un d’autre a modifié cet élément entre-temps. Comparez les deux versions et choisissez celle à conserver.
error-internal = Une erreur s’est produite de notre côté. Veuillez réessayer ; si le problème persiste, indiquez la référence { $reference }.
error-internal-no-ref = Une erreur s’est produite de notre côté. Veuillez réessayer.
error-network = Le serveur est injoignable. Vérifiez votre connexion et réessayez.
error-field-required = Ce champ est obligatoire.
error-field-malformed = La requête n’a pas pu être lue. Rechargez la page et réessayez.

## Account field errors (app/src/accounts.rs)
error-email-invalid = Saisissez une adresse e-mail valide, par exemple nom@hopital.fr.
error-email-taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou réinitialisez votre mot de passe.
error-password-too-short = Votre mot de passe doit comporter au moins { $min } caractères.
error-password-too-long = Votre mot de passe doit comporter au plus { $max } caractères.
error-name-too-long = Ce nom est trop long.
error-field-control-characters = Retirez les sauts de ligne et les caractères de contrôle invisibles de ce champ.

## Sign-in
error-too-many-attempts = Trop de tentatives. Patientez 15 minutes avant de réessayer.
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-signed-in-as = Connecté·e en tant que { $name }
nav-sign-out-unsent = { $count ->
    [one] Une modification (une réponse, une fiche de cas ou une réplique) n’a pas encore atteint le serveur. Elle n’est conservée que sur cet appareil et sera supprimée à la déconnexion.
   *[other] { $count } modifications (réponses, fiches de cas ou répliques) n’ont pas encore atteint le serveur. Elles ne sont conservées que sur cet appareil et seront supprimées à la déconnexion.
}
nav-sign-out-anyway = Se déconnecter et les supprimer
nav-stay-signed-in = Rester connecté
sign-in-page-title = Connexion
sign-in-heading = Se connecter à Accredit-IO
sign-in-email = Adresse e-mail
sign-in-password = Mot de passe
sign-in-submit = Se connecter
sign-in-error-credentials = L’adresse e-mail ou le mot de passe est incorrect.
sign-in-welcome = Bienvenue, { $name }.
sign-in-error-unconfirmed = Veuillez d’abord confirmer votre adresse e-mail en suivant le lien de l’e-mail que nous vous avons envoyé.
sign-in-error-disabled = Ce compte a été désactivé par le bureau du programme. Veuillez contacter le bureau.
sign-in-forgot-password = Mot de passe oublié ?
sign-in-create-account = Créer un compte pour rejoindre un établissement

## Field errors of the registration and other forms
error-text-too-long = Ce texte est trop long.
error-number-invalid = Saisissez un nombre entier, par exemple 240.
error-number-too-large = Ce nombre est trop élevé. Veuillez le vérifier.
error-date-invalid = Saisissez une date valide.
error-link-invalid = Ce lien n’est pas valide : il a déjà été utilisé, il a expiré ou il a été copié de façon incomplète. Demandez-en un nouveau.

## Facility registration
register-page-title = Enregistrer un établissement
register-heading = Enregistrez votre établissement
register-intro = L’enregistrement est la première étape vers l’accréditation. Vous devenez titulaire principal du compte de l’établissement ; vos collègues le rejoignent ensuite avec le code d’établissement que nous vous envoyons.
register-done-heading = Consultez votre messagerie
register-done-body = Nous vous avons envoyé un e-mail contenant un lien pour activer votre établissement, ainsi que votre code d’établissement. Rien ne se passe tant que vous n’avez pas suivi ce lien.
register-section-facility = Établissement
register-facility-name = Nom de l’établissement ou du service
register-institution = Hôpital ou institution
register-department = Département
register-address = Adresse
register-country = Pays
register-section-eligibility = Éligibilité
register-procedures = Actes thérapeutiques d’oncologie interventionnelle par an
register-procedures-hint = Au moins { $minimum } actes par an sont requis.
register-approver-name = Nom du chef de service ou du directeur de l’hôpital ayant donné son accord
register-approver-email = Son adresse e-mail
register-approval-date = Date de l’accord
register-approval-confirmed = Je confirme que le chef de service ou le directeur de l’hôpital a approuvé cet enregistrement.
register-section-account = Votre compte
register-account-hint = Vous serez titulaire principal du compte : vous approuvez les collègues qui rejoignent l’établissement et désignez les titulaires des rôles de l’établissement.
register-your-name = Votre nom
register-your-email = Votre adresse e-mail
register-password = Mot de passe
register-password-hint = Au moins { $min } caractères.
register-section-roles = Rôles de l’établissement
register-roles-hint = Laissez un champ vide pour assumer vous-même ce rôle (le suppléant est facultatif). Les personnes désignées par e-mail reçoivent une invitation avec le code d’établissement dès que l’établissement est activé.
register-ar-email = Représentant autorisé (e-mail)
register-contact-email = Contact désigné (e-mail)
register-substitute-email = Suppléant du contact (e-mail)
register-submit = Enregistrer l’établissement
register-error-procedures-below-minimum = L’accréditation exige au moins { $minimum } actes thérapeutiques d’oncologie interventionnelle par an.
register-error-approval-in-future = La date de l’accord ne peut pas être dans le futur.
register-error-approval-too-old = L’accord doit dater de moins de deux ans.
register-error-approval-not-confirmed = Veuillez confirmer que l’enregistrement a été approuvé.
register-error-facility-exists = Cet établissement est déjà enregistré. Demandez le code d’établissement au titulaire principal du compte, puis rejoignez l’établissement.

## Activation and email confirmation
activate-page-title = Activer l’établissement
activate-heading = Activez votre établissement
activate-intro = L’activation confirme votre adresse e-mail et ouvre l’inscription de votre établissement.
activate-submit = Activer maintenant
activate-done = { $facility } est activé. Sa facture d’inscription est désormais émise.
activate-sign-in = Se connecter
confirm-email-page-title = Confirmer l’adresse e-mail
confirm-email-heading = Confirmez votre adresse e-mail
confirm-email-submit = Confirmer l’adresse e-mail
confirm-email-done = Votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter.

## Accounts
sign-up-page-title = Créer un compte
sign-up-heading = Créer un compte
sign-up-intro = Créez un compte pour rejoindre un établissement déjà enregistré. Vous aurez besoin de son code d’établissement.
sign-up-submit = Créer le compte
sign-up-done = Nous vous avons envoyé un e-mail contenant un lien pour confirmer votre adresse.
sign-up-register-instead = Vous enregistrez un nouvel établissement ? Utilisez plutôt l’enregistrement d’établissement.
forgot-password-page-title = Mot de passe oublié
forgot-password-heading = Réinitialiser votre mot de passe
forgot-password-intro = Saisissez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-password-submit = Envoyer le lien
forgot-password-done = Si un compte utilise cette adresse, nous lui avons envoyé un lien. Ce lien est valable une heure.
resend-link-page-title = Recevoir un nouveau lien
resend-link-heading = Recevoir un nouveau lien
resend-link-intro = Votre lien d’activation ou de confirmation a expiré ou s’est perdu ? Saisissez l’adresse e-mail utilisée lors de l’inscription. Si une inscription ou un compte avec cette adresse attend encore son activation ou sa confirmation, nous envoyons un nouveau lien ; les liens précédents ne fonctionnent plus.
resend-link-submit = Envoyer un nouveau lien
resend-link-done = Si une inscription ou un compte avec cette adresse attend son activation ou sa confirmation, un nouveau lien est en route. Consultez votre boîte de réception et vos courriers indésirables.
resend-link-ask = Lien expiré ou perdu ? Recevoir un nouveau lien
registration-error-not-pending = Cet établissement est déjà activé : il n’y a plus d’inscription en attente.
registration-error-reason-required = Indiquez un motif : il est conservé dans le journal d’audit.
admin-registration-resent = Un nouveau lien d’activation a été envoyé à la personne inscrite.
admin-registration-actions = Inscription en attente de { $facility } : actions
admin-registration-resend = Renvoyer le lien d’activation
admin-registration-activate-reason = Pourquoi le secrétariat active au nom de la personne inscrite (conservé dans le journal d’audit)
admin-registration-activate-confirm = J’ai vérifié par un autre moyen qui a inscrit { $facility } ; le secrétariat l’active en son nom
admin-registration-activate = Activer au nom de la personne inscrite
admin-registration-delete-reason = Pourquoi l’inscription est supprimée (conservé dans le journal d’audit)
admin-registration-delete-confirm = Supprimer l’inscription de { $facility } et libérer son nom et son adresse e-mail
admin-registration-delete = Supprimer l’inscription
reset-password-page-title = Choisir un nouveau mot de passe
reset-password-heading = Choisissez un nouveau mot de passe
reset-password-submit = Enregistrer le nouveau mot de passe
reset-password-done = Votre mot de passe a été modifié et vous avez été déconnecté·e de tous vos appareils.
account-page-title = Votre compte
account-heading = Votre compte
account-change-password = Changer de mot de passe
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-change-password-submit = Changer de mot de passe
account-password-changed = Votre mot de passe a été modifié. Vos autres appareils ont été déconnectés.
account-error-current-password = Le mot de passe actuel est incorrect.

## Facilities and joining
facilities-page-title = Mes établissements
facilities-heading = Mes établissements
facilities-none = Vous n’êtes encore membre d’aucun établissement.
facilities-register-link = Enregistrer un établissement
join-page-title = Rejoindre un établissement
join-heading = Rejoindre un établissement
join-intro = Saisissez le code d’établissement que vous a transmis le titulaire principal du compte de votre établissement.
join-code = Code d’établissement
join-code-hint = Dix lettres et chiffres, par exemple ABCDE-23456.
join-submit = Demander à rejoindre
join-done-active = Vous êtes désormais membre de l’établissement.
join-done-pending = Votre demande a été envoyée. Le titulaire principal du compte doit maintenant l’approuver.
join-need-account = Pour rejoindre un établissement, connectez-vous ou créez d’abord un compte.
join-error-code-unknown = Aucun établissement actif ne correspond à ce code. Vérifiez le code et réessayez.
join-error-already-member = Vous êtes déjà membre de cet établissement.

## A facility's page
facility-page-title = Établissement
facility-status = Statut
facility-code = Code d’établissement
facility-code-hint = Vos collègues rejoignent votre établissement avec ce code.
facility-read-only-notice = Vous consultez cet établissement en tant que bureau du programme : lecture seule. Seuls les membres de l'établissement modifient son contenu.
facility-roles-heading = Rôles de l’établissement
facility-role-invited = invitation envoyée
facility-role-vacant = non attribué
facility-role-assign = Désigner
facility-pending-heading = Demandes d’adhésion
facility-approve = Approuver
facility-decline = Refuser
facility-members-heading = Membres
facility-member-name = Nom
facility-member-email = Adresse e-mail
facility-member-roles = Rôles
facility-member-actions = Actions
facility-remove = Retirer
facility-remove-member = Retirer { $name }
facility-history-heading = Historique des statuts
facility-main-holder = Titulaire principal du compte
facility-error-status-change = Ce changement de statut n’est pas possible à partir du statut actuel de l’établissement.
facility-status-registered = Enregistré – activation en attente
facility-status-pending-payment = Activé – paiement de l’inscription en attente
facility-status-enrolled = Centre inscrit
facility-status-accredited = Centre accrédité
facility-status-centre-of-excellence = Centre d’excellence
facility-status-expired = Expiré
facility-status-withdrawn = Retiré
facility-role-authorised-representative = Représentant autorisé
facility-role-contact = Contact désigné
facility-role-substitute = Contact suppléant
membership-status-pending = En attente d’approbation
membership-status-active = Membre
membership-status-declined = Refusé
membership-status-removed = Retiré
members-error-not-pending = Une décision a déjà été prise sur cette demande.
members-error-cannot-remove-main-holder = Le titulaire principal du compte ne peut pas être retiré.
members-error-not-member = Cette personne n’est pas membre actif de l’établissement.
members-error-name-another-ar = Désignez un autre représentant autorisé avant de retirer ce membre.

## Administration
admin-page-title = Administration
admin-heading = Administration
admin-outbox-link = Boîte d’envoi
admin-facilities-heading = Enregistrements et établissements
admin-facility = Établissement
admin-registered-at = Enregistré
admin-users-heading = Comptes et rôles globaux
admin-unconfirmed = e-mail non confirmé
admin-change-access = Modifier les rôles et l’accès de { $name }
admin-no-roles = aucun
admin-column-access = Rôles et accès
admin-column-roles = Rôles
admin-disabled = désactivé
admin-grant-role = Attribuer le rôle { $role } à { $name }
admin-revoke-role = Retirer le rôle { $role } à { $name }
admin-confirm-enable = Je confirme : { $name } peut de nouveau se connecter.
admin-confirm-disable = Je confirme : { $name } est déconnecté partout immédiatement et ne peut plus se connecter avant la réactivation du compte.
admin-enable-account = Réactiver le compte de { $name }
admin-disable-account = Désactiver le compte de { $name }
admin-confirm-revoke = Je confirme : { $name } perd le rôle { $role }. La modification est consignée dans le journal d’audit.
admin-confirm-grant = Je confirme : { $name } reçoit le rôle { $role }. La modification est consignée dans le journal d’audit.
admin-error-own-admin-role = Vous ne pouvez pas retirer votre propre rôle d’administrateur.
admin-error-disable-self = Vous ne pouvez pas désactiver votre propre compte.
role-administrator = Administrateur
role-assessor = Évaluateur
role-translator = Traducteur
outbox-page-title = Boîte d’envoi
outbox-heading = Boîte d’envoi
outbox-intro = Tous les e-mails rédigés par l’application, du plus récent au plus ancien. Si aucun serveur de messagerie n’est configuré, les e-mails sont uniquement remis ici.
outbox-demonstration = E-mails de démonstration — non envoyés. Aucun serveur de messagerie n’est configuré (SMTP_URL) : ces messages, liens compris, ne sont affichés qu’ici.
audit-page-title = Journal d’audit
audit-intro = Chaque modification du programme, son auteur et sa date. Chaque entrée est chaînée à la précédente : toute modification du journal lui-même se voit.
audit-filter-facility = Établissement
audit-filter-any = tous
audit-filter-user = Personne (adresse e-mail)
audit-filter-action = L’action commence par
audit-filter-from = Du (UTC)
audit-filter-to = Au (UTC)
audit-filter-apply = Afficher les entrées
audit-filter-reset = Effacer le filtre
audit-export-csv = Télécharger en CSV
audit-none = Aucune entrée ne correspond à ce filtre.
audit-column-time = Heure (UTC)
audit-column-actor = Par
audit-column-action = Action
audit-column-target = Concerne
audit-column-change = Modification
audit-pages = Pages du journal d’audit
audit-newer = Entrées plus récentes
audit-older = Entrées plus anciennes
audit-page-number = Page { $page }
outbox-empty = Aucun e-mail pour l’instant.
outbox-sent = envoyé le { $at }
outbox-failed = non remis après { $attempts } tentatives : { $error }
outbox-not-sent = non envoyé

## Mail (plain text; the HTML part is made from it)
mail-footer = Accredit-IO – accréditation en oncologie interventionnelle. Ce message a été envoyé automatiquement.
mail-activation-subject = Activez { $facility } sur Accredit-IO
mail-activation-body =
    Bonjour { $name },

    Merci d’avoir enregistré { $facility }. Veuillez activer l’établissement dans les { $hours } heures en ouvrant ce lien, puis en cliquant sur « Activer maintenant » :

    { $link }

    Votre code d’établissement est { $code }. Vos collègues rejoignent votre établissement avec ce code ; vous approuvez chaque demande.

    Si vous n’êtes pas à l’origine de cet enregistrement, ignorez cet e-mail.
mail-confirm-email-subject = Confirmez votre adresse e-mail pour Accredit-IO
mail-confirm-email-body =
    Bonjour { $name },

    Veuillez confirmer votre adresse e-mail dans les { $hours } heures en ouvrant ce lien :

    { $link }

    Si vous n’avez pas créé de compte, ignorez cet e-mail.
mail-password-reset-subject = Réinitialisez votre mot de passe Accredit-IO
mail-password-reset-body =
    Bonjour { $name },

    Une réinitialisation du mot de passe de votre compte a été demandée. Pour choisir un nouveau mot de passe, ouvrez ce lien dans les { $minutes } minutes :

    { $link }

    Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail ; votre mot de passe reste inchangé.
mail-sign-up-existing-subject = Quelqu’un a tenté de créer un compte Accredit-IO avec votre adresse
mail-sign-up-existing-body =
    Bonjour { $name },

    quelqu’un a demandé à créer un compte avec cette adresse e-mail, qui en a déjà un. Aucun nouveau compte n’a été créé.

    Si c’était vous, connectez-vous ici : { $sign_in }
    Si vous avez oublié votre mot de passe, choisissez-en un nouveau ici : { $reset }

    Si ce n’était pas vous, ignorez cet e-mail.
mail-activated-by-office-subject = { $facility } a été activé par le secrétariat du programme
mail-activated-by-office-body =
    Bonjour { $name },

    le secrétariat du programme a activé { $facility } en votre nom. Votre adresse e-mail est considérée comme confirmée et vous pouvez vous connecter :

    { $sign_in }

    Si vous ne connaissez plus votre mot de passe, choisissez-en un nouveau ici : { $reset }

    La facture d’inscription vous attend sur la page de l’établissement.
mail-role-invitation-subject = Le rôle de { $role } vous est confié pour { $facility }
mail-role-invitation-body =
    Bonjour,

    { $inviter } vous a confié le rôle de { $role } pour { $facility } sur Accredit-IO.

    Pour assumer ce rôle, connectez-vous (ou créez un compte avec cette adresse e-mail) et rejoignez l’établissement avec le code { $code } :

    { $link }
mail-join-requested-subject = { $member } demande à rejoindre { $facility }
mail-join-requested-body =
    Bonjour { $name },

    { $member } ({ $member_email }) a demandé à rejoindre { $facility } avec le code d’établissement. Approuvez ou refusez la demande sur la page de l’établissement :

    { $link }
mail-join-pending-subject = Votre demande pour rejoindre { $facility }
mail-join-pending-body =
    Bonjour { $name },

    Votre demande pour rejoindre { $facility } a été transmise au titulaire principal du compte. Nous vous informerons par e-mail dès qu’une décision aura été prise.
mail-join-approved-subject = Vous êtes désormais membre de { $facility }
mail-join-approved-body =
    Bonjour { $name },

    Vous êtes désormais membre de { $facility } sur Accredit-IO :

    { $link }
mail-join-declined-subject = Votre demande pour rejoindre { $facility }
mail-join-declined-body =
    Bonjour { $name },

    Votre demande pour rejoindre { $facility } a été refusée. Si vous pensez qu’il s’agit d’une erreur, veuillez contacter directement l’établissement.
mail-role-assigned-subject = Vous êtes désormais { $role } pour { $facility }
mail-role-assigned-body =
    Bonjour { $name },

    Le rôle de { $role } pour { $facility } vous a été attribué sur Accredit-IO.

## Invoices and payments
invoices-heading = Factures
invoices-none = Aucune facture pour l’instant.
invoice-page-title = Facture
invoice-number = Numéro
invoice-kind = Type
invoice-issued-on = Émission
invoice-due-on = Échéance
invoice-total = Total
invoice-status = Statut
invoice-open = Reste dû
invoice-view = Afficher
invoice-back = Retour à l’établissement
invoice-print = Imprimer
invoice-pdf = Télécharger le PDF
invoice-heading = Facture { $number }
invoice-credit-note-heading = Avoir { $number }
invoice-vat-id = Numéro de TVA : { $id }
invoice-recipient = Facturé à
invoice-payment-reference = Référence de paiement
invoice-credits = Cet avoir annule la facture { $number }.
invoice-void-reason = Cette facture a été annulée : { $reason }
invoice-description = Désignation
invoice-amount = Montant
invoice-net = Montant HT
invoice-vat = TVA { $rate }
invoice-how-to-pay = Modalités de paiement
invoice-pay-by = Veuillez virer le montant total au plus tard le { $due } en indiquant la référence de paiement { $reference }.
invoice-payments = Paiements reçus
invoice-open-amount = Reste dû : { $amount }
invoice-line-enrolment-fee = Frais d’inscription
invoice-line-annual-fee = Cotisation annuelle, année d’inscription { $year } (jusqu’au { $until })
invoice-line-recertification-fee = Frais de recertification (accréditation actuelle valable jusqu'au { $until })
invoice-kind-enrolment = Inscription
invoice-kind-annual = Cotisation annuelle
invoice-kind-recertification = Recertification
invoice-kind-credit-note = Avoir
invoice-status-open = À régler
invoice-status-paid = Payée
invoice-status-overdue = En retard
invoice-status-void = Annulée
invoice-status-credit = Avoir
invoice-error-not-voidable = Cette facture ne peut pas être annulée : elle est déjà annulée ou il s’agit d’un avoir.
invoice-error-has-payments = Des paiements ont été enregistrés sur cette facture ; elle ne peut pas être annulée.
payment-amount = Montant reçu
payment-date = Date de réception
payment-reference = Référence bancaire
payment-error-amount = Le montant doit être supérieur à zéro.
payment-error-amount-format = Saisissez un montant tel que 1500 ou 1500,00.
payment-error-overpayment = Ce montant dépasse le reste dû sur la facture.
payment-error-not-payable = Aucun paiement ne peut être enregistré sur une facture annulée ou sur un avoir.
payment-error-future-date = La date du paiement ne peut pas être dans le futur.
seal-enrolled = Centre inscrit
seal-accredited = Centre accrédité
seal-excellence = Centre d’excellence
facility-pathway-label = Position sur le parcours d’accréditation
admin-invoices-link = Factures
admin-invoices-page-title = Factures
admin-invoices-heading = Factures
admin-filter-all = Tous
admin-filter-year = Année
admin-filter-apply = Filtrer
admin-invoices-total =
    { $count ->
        [one] { $count } facture, { $total }
       *[other] { $count } factures, { $total }
    }
admin-record-payment-for = Paiement ou annulation pour { $number }
admin-record-payment = Enregistrer le paiement
admin-payment-recorded = Le paiement a été enregistré.
admin-payment-recorded-enrolled = Le paiement a été enregistré. La facture est réglée et l’établissement est désormais Centre inscrit.
admin-void-reason = Motif de l’annulation
admin-void-invoice = Annuler { $number } et émettre un avoir
admin-invoice-voided = La facture a été annulée ; l’avoir { $number } a été émis.
mail-invoice-issued-subject = Facture { $number } pour { $facility }
mail-invoice-issued-body =
    Bonjour { $name },

    La facture { $number } pour { $facility } a été émise : { $amount }, échéance le { $due }. Veuillez indiquer la référence de paiement { $reference } lors de votre virement.

    Vous pouvez consulter et imprimer la facture ici :

    { $link }
mail-invoice-reminder-subject = Rappel : échéance de la facture { $number }
mail-invoice-reminder-body =
    Bonjour { $name },

    Selon nos données, un montant de { $amount } reste dû sur la facture { $number } pour { $facility }, échéance le { $due }. Veuillez le virer en indiquant la référence de paiement { $reference }. Si vous avez réglé ce montant entre-temps, veuillez ne pas tenir compte de ce rappel.

    { $link }
mail-facility-enrolled-subject = { $facility } est désormais Centre inscrit
mail-facility-enrolled-body =
    Bonjour { $name },

    Merci pour votre paiement. { $facility } est désormais Centre inscrit et votre équipe peut commencer le dossier d’accréditation.

    { $link }
invoice-pdf-unavailable = Le PDF ne peut pas être généré sur ce serveur (aucune police n’est installée pour cette langue). Utilisez plutôt « Imprimer » sur la page de la facture.

## Standards editions and answers
admin-editions-link = Éditions des référentiels
editions-page-title = Éditions des référentiels
editions-heading = Éditions des référentiels
editions-title = Édition
editions-id = Identifiant
editions-published = Publication
editions-items = Critères
editions-item-count = { $items } critères, dont { $core } essentiels
editions-demonstration = démonstration
editions-import-heading = Importer une édition
editions-import-intro = Collez un fichier d’édition (TOML, comme décrit dans docs/standards-edition.md). Il est entièrement vérifié avant tout enregistrement ; une édition importée ne change jamais.
editions-file = Fichier d’édition
editions-import = Vérifier et importer
editions-imported = L’édition { $id } a été importée avec { $items } critères.
editions-unchanged = L’édition { $id } avait déjà été importée avec exactement ce contenu. Rien n’a changé.
editions-conflict = Une édition portant l’identifiant { $id } existe déjà avec un contenu différent. Les éditions ne changent jamais : attribuez à la nouvelle édition son propre identifiant.
editions-syntax = Le fichier n’a pas pu être lu comme fichier d’édition :
editions-problems =
    { $count ->
        [one] Le fichier présente un problème ; rien n’a été importé :
       *[other] Le fichier présente { $count } problèmes ; rien n’a été importé :
    }
answer-error-explanation-required = Veuillez ajouter une explication.
answer-error-out-of-range = Ce nombre est en dehors de la plage autorisée.
answer-error-date-in-future = La date ne peut pas être dans le futur.
answer-error-unknown-option = Choisissez l’une des options proposées.
answer-error-wrong-type = Cette réponse ne correspond pas à la question. Rechargez la page et répondez à nouveau.
attention-unanswered = Sans réponse pour l’instant
attention-core-not-met = Un critère essentiel doit être satisfait avant la soumission
attention-invalid = La réponse doit être corrigée
attention-evidence-missing = Justificatif requis pas encore téléversé
application-error-not-enrolled = Une candidature peut être ouverte dès que l’établissement est un Centre inscrit (facture d’inscription payée).
application-error-no-edition = Aucune édition des normes n’a encore été importée. Veuillez contacter un administrateur.
application-error-not-draft = Cette candidature a été soumise et ne peut plus être modifiée.
answer-error-unknown-item = Cette question ne fait pas partie de l’édition des normes de la candidature.

## The questionnaire
application-heading = Candidature à l’accréditation
application-open = Accéder à la candidature
application-page-title = Candidature
application-index-label = Normes de la candidature
application-demonstration-notice = Ceci est l’édition de démonstration des normes : des questions d’exemple formulées par nos soins, et non les normes sous licence.
application-read-only-notice = Vue en lecture seule pour le bureau du programme : seuls les membres de l'établissement modifient les réponses, les justificatifs et la revue de cas.
application-summary-heading = Ce qui reste à compléter
application-core-progress = Critères essentiels renseignés : { $answered } sur { $total }
application-extended-progress = Critères étendus renseignés : { $answered } sur { $total } (requis pour devenir Centre d’excellence)
application-ready = Tous les critères sont renseignés, chaque critère essentiel est satisfait avec ses justificatifs requis liés et l’analyse des dossiers est terminée : la candidature est prête à être soumise.
application-not-ready = La candidature n’est pas encore prête à être soumise. Elle peut l’être lorsque chaque critère est renseigné (un critère étendu peut être « pas encore satisfait »), que chaque critère essentiel est satisfait avec ses justificatifs requis liés et que l’analyse interne des dossiers est terminée.
application-blocking-count =
    { $count ->
        [one] { $count } point empêche encore la soumission
       *[other] { $count } points empêchent encore la soumission
    }
application-blocking-case-review = pas encore terminée
application-attention-count =
    { $count ->
        [one] { $count } critère demande votre attention
       *[other] { $count } critères demandent votre attention
    }
application-level-core = Critère essentiel
application-level-extended = Critère étendu
application-progress-heading = Avancement par section et par norme
application-column-standard = Norme
application-guidance = Conseils
application-evidence-needed = Justificatifs :
application-answer = Réponse
application-yes = Oui
application-no = Non
application-explanation = Explication
application-save-saving = Enregistrement…
application-save-saved = Enregistré
application-save-conflict = Modifié par quelqu’un d’autre
application-save-offline = Non enregistré : le serveur est injoignable. Réessayez dès le retour de la connexion.
application-save-on-device = Hors ligne — enregistré sur cet appareil
application-page-on-device = Hors ligne — { $count ->
    [one] une réponse est enregistrée
   *[other] { $count } réponses sont enregistrées
} sur cet appareil et { $count ->
    [one] sera envoyée
   *[other] seront envoyées
} au retour de la connexion.
application-save-signed-out = Conservée sur cet appareil : reconnectez-vous pour l'envoyer.
application-conflict-explain = Quelqu’un d’autre a enregistré entre-temps une réponse différente à ce critère. Sa réponse :
application-conflict-keep-mine = Conserver ma réponse
application-conflict-take-theirs = Adopter sa réponse

## The internal case review (app/src/case_review.rs)

case-review-page-title = Analyse interne des dossiers
case-review-intro = Listez les références pseudonymisées des dossiers d’oncologie interventionnelle traités par votre service, une par ligne ou dans la première colonne d’un fichier CSV. L’application en tire 30 au sort ; la valeur d’amorçage et l’empreinte de la liste sont conservées afin que le tirage puisse être reproduit. N’utilisez jamais de noms, de dates de naissance ni de numéros de patient attribués par l’hôpital.
case-review-references = Références des dossiers
case-review-csv = Ou importer les références depuis un fichier CSV
case-review-draw = Tirer 30 dossiers au sort
case-review-redraw = Effectuer un nouveau tirage
case-review-redraw-heading = Effectuer un nouveau tirage des dossiers (un motif est nécessaire)
case-review-same-as-previous = Comme le dossier précédent
case-review-reason = Motif du nouveau tirage (conservé dans le journal)
case-review-drawn = Tirage { $number } du { $date } par { $name } : 30 dossiers parmi { $pool } références.
case-review-seed = Valeur d’amorçage { $seed } · empreinte de la liste { $hash }
case-review-reason-given = Motif indiqué : { $reason }
case-review-progress = Dossiers terminés : { $done } sur { $total }
case-review-complete = L’analyse des dossiers est terminée.
case-review-back = Retour au questionnaire
case-review-link = Analyse interne des dossiers
case-review-status-complete = Analyse interne des dossiers : terminée
case-review-status-incomplete = Analyse interne des dossiers : pas encore terminée
case-review-case-complete = Terminé
case-review-case-incomplete = À faire
case-review-error-too-few = Indiquez au moins 30 références de dossiers différentes.
case-review-error-too-many = La liste est trop longue : 20 000 références au maximum.
case-review-error-reference = Une référence dépasse 40 caractères ou contient des caractères de contrôle.
case-review-error-reference-identifier = Une référence ressemble à un nom, à une date de naissance ou à un numéro d’identification. Utilisez uniquement des références pseudonymisées.
case-review-error-line = Ligne { $line } :
case-review-error-reason-required = Un nouveau tirage nécessite un motif ; celui-ci est conservé dans le journal.
case-review-error-too-many-draws = Les cas ont déjà été tirés cinq fois, le maximum autorisé. Contactez le bureau du programme si la liste des références est encore fausse.
case-review-error-stale-draw = Les dossiers ont été tirés à nouveau entre-temps. Rechargez la page.
case-review-error-not-drawn = Ce dossier ne fait pas partie du tirage en cours.
case-procedure-type = Type d’intervention
case-procedure-ablation = Ablation thermique
case-procedure-tace = Chimioembolisation (TACE)
case-procedure-tare = Radioembolisation (TARE/SIRT)
case-procedure-biopsy = Biopsie guidée par l’imagerie
case-procedure-embolisation = Autre embolisation
case-procedure-drainage = Drainage
case-procedure-other = Autre
case-procedure-date = Date de l’intervention
case-tumour-board = Discussion en réunion de concertation pluridisciplinaire (RCP) documentée
case-consent = Consentement éclairé documenté
case-complication-grade = Complications (grade CIRSE)
case-grade-none = Aucune
case-grade = Grade { $grade }
case-follow-up = Suivi documenté
case-notes = Remarques (sans noms, dates de naissance ni numéros d’identification)
case-missing-procedure-type = Choisissez le type d’intervention.
case-missing-procedure-date = Saisissez la date de l’intervention.
case-missing-tumour-board = Indiquez si la discussion en RCP est documentée.
case-missing-consent = Indiquez si le consentement éclairé est documenté.
case-missing-complication-grade = Choisissez le grade de complication.
case-missing-follow-up = Indiquez si le suivi est documenté.
case-flag-name = Les remarques semblent contenir le nom d’une personne.
case-flag-date-of-birth = Les remarques semblent contenir une date de naissance.
case-flag-national-id = Les remarques semblent contenir un numéro d’identification.
case-flag-contact = Les remarques semblent contenir des coordonnées.

## Submission (app/src/db/submissions.rs)

submission-heading = Soumission
submission-submit = Soumettre la candidature
submission-confirm = En tant que représentant autorisé, je confirme que les réponses et l’analyse interne des dossiers sont complètes et exactes.
submission-only-representative = Seul le représentant autorisé de l’établissement peut soumettre la candidature.
submission-not-ready = Renseignez chaque critère essentiel et terminez l’analyse interne des dossiers avant de soumettre la candidature.
submission-error-not-ready = La candidature n’est pas prête à être soumise : un critère est sans réponse, un critère essentiel n’est pas satisfait ou n’a pas son justificatif requis, ou l’analyse des dossiers n’est pas terminée.
submission-receipt = Soumise le { $date } par { $name }.
submission-hash = Empreinte du contenu (SHA-256) : { $hash }
submission-read-only = La candidature a été soumise et ne peut plus être modifiée.
mail-application-submitted-subject = Candidature de { $facility } soumise
mail-application-submitted-body =
    Bonjour { $name },

    La candidature de { $facility } à l’accréditation a été soumise. Ses réponses et l’analyse interne des dossiers sont désormais figées. Empreinte du contenu (SHA-256) :

    { $hash }

    Le secrétariat d’IASIOS va désigner les évaluateurs. Vous pouvez suivre la candidature ici :

    { $link }

## Evidence (app/src/evidence.rs, server/src/evidence.rs)

evidence-library-heading = Bibliothèque de justificatifs
evidence-library-intro = Fichiers téléversés par votre équipe pour cet établissement. Un même fichier peut servir de justificatif pour plusieurs critères. PDF, images, documents bureautiques et texte brut jusqu’à { $size } chacun ; le type est vérifié d’après le contenu du fichier, et non d’après son nom.
evidence-attach = Joindre un fichier
evidence-upload = Téléverser
evidence-upload-offline = Pas de réseau : les fichiers pourront être téléversés dès le retour de la connexion. Les réponses que vous saisissez restent conservées sur cet appareil.
evidence-from-library = Ou en choisir un dans la bibliothèque
evidence-link = Associer
evidence-remove = Retirer
evidence-none = Aucun fichier téléversé pour l’instant.
evidence-uploaded = Le fichier a été téléversé.
evidence-not-linked = Associé à aucun critère
evidence-uploaded-by = { $name }, { $date }
evidence-column-file = Fichier
evidence-column-size = Taille
evidence-column-uploaded = Téléversé
evidence-column-items = Justificatif pour
evidence-kind-pdf = PDF
evidence-kind-image = Image
evidence-kind-document = Document
evidence-kind-spreadsheet = Feuille de calcul
evidence-kind-presentation = Présentation
evidence-kind-text = Texte
evidence-error-type = Ce type de fichier n’est pas accepté. Téléversez un PDF, une image, un document bureautique ou du texte brut.
evidence-error-too-large = Le fichier dépasse la taille maximale autorisée pour le téléversement.
evidence-error-empty = Choisissez un fichier à téléverser ; les fichiers vides ne sont pas acceptés.
evidence-error-no-file = Ce fichier ne figure pas dans la bibliothèque de justificatifs de votre établissement.

## Assessment (app/src/assessment.rs, app/src/db/assessment.rs, pages/assessment, pages/admin/applications.rs, pages/certificates.rs)

application-status-draft = Brouillon
application-status-submitted = Soumise – en attente des évaluateurs
application-status-under-assessment = En cours d’évaluation
application-status-evidence-requested = Justificatifs demandés par les évaluateurs
application-status-amendments-required = Corrections requises
application-status-accredited = Accréditée
assessment-clock = Compteur d’évaluation : { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} (suspendu tant que des questions restent ouvertes)
assessment-error-not-assessor = Cette personne n’a pas le rôle d’évaluateur.
assessment-error-already-assigned = Cet évaluateur est déjà affecté à cette candidature.
assessment-error-already-declared = La déclaration a déjà été faite pour cette affectation.
assessment-error-not-submitted = La candidature n’a pas encore été soumise.
assessment-error-not-under-assessment = La candidature n’est pas en cours d’évaluation.
assessment-error-open-queries = Clôturez toutes les questions ouvertes avant de décider.
assessment-error-query-closed = Cette question est close.
assessment-error-core-not-met = Pour accorder l’accréditation, chaque critère essentiel doit être jugé satisfait par chaque évaluateur.
assessment-error-case-review = Pour accorder l’accréditation, l’analyse interne des dossiers doit être terminée.
assessment-error-no-items = Indiquez les critères à corriger.
assessments-page-title = Évaluations
assessments-intro = Avant de consulter une candidature, déclarez tout conflit d’intérêts. Un conflit déclaré met fin à l’affectation et le secrétariat désigne une autre personne.
assessments-none = Aucune candidature ne vous est affectée.
assessments-open = Ouvrir la candidature
assessments-back = Toutes les évaluations
workspace-case-forms = Lire les fiches des dossiers
workspace-back = Retour à l’évaluation
assignment-status-awaiting-declaration = Déclaration d’intérêts requise
assignment-status-active = Active
assignment-status-conflict = Conflit d’intérêts déclaré
assignment-conflict-explain = Vous avez déclaré un conflit d’intérêts ; le secrétariat en a été informé.
declaration-intro = Avez-vous un conflit d’intérêts avec cet établissement ?
declaration-same-institution = Je travaille dans la même institution ou pour elle.
declaration-same-country = Je travaille dans le même pays.
declaration-other = Autres motifs (laisser vide s’il n’y en a pas)
declaration-submit = Envoyer la déclaration
workspace-page-title = Évaluation
workspace-answer = Réponse de l’établissement :
workspace-no-answer = Sans réponse
finding-legend = Constat
finding-met = Satisfait
finding-partially-met = Partiellement satisfait
finding-not-met = Non satisfait
finding-not-applicable = Sans objet
finding-comment = Commentaire sur le constat
query-open = Question ouverte
query-closed = Question close
query-reply = Répondre
query-attach = Joindre un fichier de la bibliothèque de justificatifs
query-attached-file = Justificatif joint
query-send = Envoyer
query-close = Clôturer la question
query-new = Poser une question à l’établissement sur ce critère
query-question = Question ou justificatif demandé
query-ask = Ouvrir la question
recommendation-heading = Recommandation
recommendation-outcome = Décision recommandée
recommendation-comment = Motifs
recommendation-send = Envoyer la recommandation
decision-accredited = Accréditation accordée
decision-amendments-required = Corrections requises
decision-heading = Décision
decision-outcome = Décision
decision-items = Critères à corriger :
decision-comment = Commentaire pour l’établissement
decision-record = Enregistrer la décision
decision-blocked-core = Critères essentiels que tous les évaluateurs ne jugent pas satisfaits : { $items }
decision-page-title = Lettre de décision
decision-letter-accredited = L’établissement obtient le statut de Centre accrédité IASIOS.
decision-letter-amendments = L’évaluation a relevé des critères à corriger. Seuls ces critères sont rouverts ; le représentant autorisé soumet à nouveau la candidature une fois qu’ils ont été corrigés.
decision-open-letter = Lire la lettre de décision
decision-verify-link = Vérifier le certificat
decision-none = Aucune décision pour l’instant.
admin-applications-title = Candidatures en cours d’évaluation
admin-applications-none = Aucune candidature n’a encore été soumise.
admin-column-facility = Établissement
admin-column-status = Statut
admin-column-clock = Compteur
admin-column-queries = Questions ouvertes
admin-column-assessors = Évaluateurs
admin-assessors-heading = Évaluateurs
admin-assign-label = Affecter un évaluateur
admin-assign = Affecter
admin-findings-heading = Constats des évaluateurs actifs
admin-findings-active = { $count ->
    [one] { $count } évaluateur actif
   *[other] { $count } évaluateurs actifs
}
admin-queries-heading = Questions
verify-page-title = Vérification du certificat
verify-state-valid = Valide
verify-state-expired = Expiré
verify-state-withdrawn = Retiré
verify-state-recertification = Valable — recertification en cours d'évaluation
verify-validity = Valable du { $from } au { $until }
verify-code = Code de vérification { $code }
verify-unknown = Aucun certificat ne correspond à ce code de vérification.
verify-badge-alt = Badge d’accréditation indiquant le statut en temps réel
directory-page-title = Annuaire des centres
directory-intro = Centres accrédités et Centres d’excellence titulaires d’un certificat valide, ainsi que les centres inscrits ayant choisi de figurer dans l’annuaire.
directory-search = Rechercher
directory-filter-apply = Afficher
directory-status = Statut
directory-all = Tous
directory-country = Pays
directory-valid-until = Valable jusqu’au
mail-assessor-assigned-subject = Nouvelle évaluation : { $facility }
mail-assessor-assigned-body =
    Bonjour { $name },

    Vous avez été chargé·e d’évaluer la candidature de { $facility }. Avant de la consulter, veuillez déclarer ici tout conflit d’intérêts :

    { $link }
mail-assessor-conflict-subject = Conflit d’intérêts déclaré pour { $facility }
mail-assessor-conflict-body =
    Bonjour { $name },

    { $assessor } a déclaré un conflit d’intérêts pour la candidature de { $facility }. L’affectation est bloquée ; veuillez affecter un autre évaluateur :

    { $link }
mail-query-opened-subject = Question des évaluateurs sur le critère { $item } de { $facility }
mail-query-opened-body =
    Bonjour { $name },

    Les évaluateurs de la candidature de { $facility } ont ouvert une question sur le critère { $item }. Le compteur d’évaluation est suspendu jusqu’à ce que la question reçoive une réponse et soit clôturée. Répondez, joignez un justificatif ou corrigez le critère ici :

    { $link }
mail-decision-made-subject = Décision concernant la candidature de { $facility }
mail-decision-made-body =
    Bonjour { $name },

    Une décision concernant la candidature de { $facility } a été enregistrée. Vous pouvez lire la lettre de décision ici :

    { $link }
directory-opt-in = Faire figurer ce centre inscrit dans l’annuaire public
workspace-preview = Aperçu
admin-overdue-queries = { $count } en retard
admin-workload-heading = Charge des évaluateurs
admin-workload = { $name } : { $count ->
    [one] { $count } candidature
   *[other] { $count } candidatures
} en évaluation
certificate-title = Certificat d’accréditation
certificate-scan = Scannez pour voir le statut en temps réel :
certificate-download = Certificat (PDF)
decision-pdf = Lettre de décision (PDF)
snapshot-page-title = La candidature soumise
snapshot-none = Rien n’a encore été soumis.
snapshot-open = Lire la candidature soumise
snapshot-submitted = Soumise
snapshot-submitted-by = Par { $name } le { $when }
snapshot-fingerprint = Empreinte (SHA-256)
snapshot-verified = ✓ correspond à la candidature enregistrée
snapshot-not-verified = ✗ ne correspond pas à la candidature enregistrée — prévenez le secrétariat
snapshot-case-review = Revue interne de cas
snapshot-case-review-summary = { $cases } cas du tirage { $draw } (graine { $seed } ; SHA-256 de la liste de références { $pool })
snapshot-unanswered = Sans réponse
export-column-standard = Standard
export-column-item = Critère
export-column-level = Niveau
export-column-question = Question
export-column-answer = Réponse
export-column-evidence = Fichiers justificatifs
export-column-editor = Dernière modification par
export-column-changed = Dernière modification (UTC)
export-heading = Exporter les réponses
export-explain = Une ligne par critère avec son standard, son niveau, la réponse, le nombre de fichiers justificatifs, et qui l’a modifié en dernier et quand — à faire circuler pour validation.
export-xlsx = Réponses en tableur (XLSX)
export-csv = Réponses en CSV
assessment-over-target = au-delà de l’objectif de { $weeks } semaines
workspace-progress = Constats enregistrés : { $done } sur { $total } critères

## Application manual (the chapters themselves are in manual.ftl)

nav-manual = Manuel
manual-page-title = Manuel de l’application
manual-heading = Manuel de l’application
manual-intro = Comment mener votre service tout au long du parcours d’accréditation : enregistrement, questionnaire, justificatifs, analyse des dossiers, soumission, évaluation et recertification.
manual-contents = Sommaire
manual-search-label = Rechercher dans le manuel
manual-search-submit = Rechercher
manual-search-placeholder = par exemple : hors ligne, analyse des dossiers, facture
manual-search-count = { $count ->
    [one] { $count } résultat trouvé
   *[other] { $count } résultats trouvés
}
manual-search-none = Aucun résultat. Essayez un autre mot.
manual-print = Version imprimable (imprimer ou enregistrer en PDF)
manual-print-button = Imprimer ou enregistrer en PDF
manual-back = Retour au manuel
manual-back-to-top = Retour au sommaire
manual-help-link = Aide sur cette norme dans le manuel

## Translator tools

translate-page-title = Traductions
translate-intro = Le degré d’avancement de chaque langue, fichier par fichier, et les messages à reprendre. L’anglais est la langue source : une traduction est obsolète lorsque son texte anglais a changé depuis la dernière confirmation de la traduction.
translate-source-directory = Les textes sont lus depuis { $dir } : une modification d’un fichier .ftl apparaît après le rechargement de la page.
translate-source-embedded = Les textes sont intégrés à ce serveur. Modifiez les fichiers sous locales/ et recompilez, ou lancez une version de développement pour voir les modifications après un rechargement.
translate-locale = Langue
translate-file = Fichier
translate-progress = À jour
translate-state = État
translate-state-current = À jour
translate-state-missing = Manquante
translate-state-stale = Obsolète
translate-state-unconfirmed = Non confirmée
translate-open-heading = À reprendre pour { $locale }
translate-file-heading = { $file } pour { $locale }
translate-nothing-open = Rien à reprendre ici.
translate-confirm-hint = Après avoir mis à jour une traduction, enregistrez qu’elle correspond au texte anglais actuel :
translate-id = Message
translate-english = Anglais
translate-target = Traduction

## Problems found in a standards edition file (administrators' import; place: field: problem)

edition-place-edition = édition
edition-place-section = section { $n }
edition-place-standard = norme { $n }
edition-place-item = critère { $key }
edition-place-messages = messages
edition-problem-id = utilisez uniquement des lettres, des chiffres et '-'
edition-problem-section-count = { $expected } sections attendues, { $found } trouvées
edition-problem-number = { $expected } attendu, { $found } trouvé
edition-problem-no-standards = une section doit contenir au moins une norme
edition-problem-standard-order = norme { $expected } attendue ici, { $found } trouvée
edition-problem-no-items = une norme doit contenir au moins un critère
edition-problem-letter = '{ $expected }' attendu (les lettres se suivent a, b, c … sans trou), '{ $found }' trouvé
edition-problem-min-max = min { $min } est supérieur à max { $max }
edition-problem-max-chars = doit être compris entre 1 et { $max }
edition-problem-few-options = il faut au moins deux options
edition-problem-duplicate-option = une option apparaît deux fois
edition-problem-standard-count = normes 1 à { $expected } attendues, la dernière est { $found }
edition-problem-unknown-message = aucun message de ce nom dans locales/en

## Withdrawal from the programme (facility dashboard)

withdraw-heading = Se retirer du programme
withdraw-explain = L'établissement quitte le programme d'accréditation : son certificat est retiré immédiatement et la vérification l'indique comme retiré. Le motif est conservé dans l'historique des statuts. Cette action ne peut pas être annulée ici.
withdraw-reason = Motif du retrait
withdraw-confirm = Je comprends que l'établissement et son certificat sont retirés dès maintenant.
withdraw-submit = Retirer l'établissement
withdraw-error-reason = Indiquez le motif du retrait.

## Cycle de recertification (questionnaire, comparaison)

attention-carried = repris du cycle précédent — à confirmer ou à mettre à jour
attention-evidence-expired = le justificatif associé a expiré
evidence-expired = expiré
evidence-column-expires = Valable jusqu’au
evidence-error-expiry-date = Saisissez la date d’expiration sous forme de date, ou laissez le champ vide.
evidence-error-expiry-frozen = Ce fichier est un justificatif d'une candidature soumise en cours d'évaluation ; sa date d'expiration ne peut pas changer avant la décision.
evidence-error-executable = Les fichiers capables d’exécuter des programmes (scripts, exécutables, fichiers Office avec macros) ne sont pas acceptés comme justificatifs. Enregistrez le document en PDF et téléversez celui-ci.
recert-heading = Recertification (cycle { $cycle })
recert-carried-note = Réponse reprise du cycle précédent — confirmez-la ou mettez-la à jour.
recert-confirm = Confirmer telle quelle
recert-all-confirmed = Toutes les réponses reprises ont été confirmées ou mises à jour.
recert-carried-count =
    { $count ->
        [one] { $count } réponse reprise doit encore être confirmée ou mise à jour.
       *[other] { $count } réponses reprises doivent encore être confirmées ou mises à jour.
    }
recert-compare-link = Comparer avec le cycle précédent
excellence-heading = Centre d’excellence
excellence-gap =
    { $count ->
        [one] { $count } critère étendu n’est pas encore renseigné comme satisfait.
       *[other] { $count } critères étendus ne sont pas encore renseignés comme satisfaits.
    }
excellence-gap-none = Tous les critères étendus sont renseignés comme satisfaits.
excellence-apply = Demander le statut de Centre d’excellence pour ce cycle
excellence-requested = L’établissement demande le statut de Centre d’excellence.
excellence-not-requested = L’établissement ne demande pas le statut de Centre d’excellence.
excellence-rule = Le statut de Centre d’excellence est attribué lorsque les évaluateurs jugent tous les critères essentiels et tous les critères étendus satisfaits ; à défaut, si tous les critères essentiels sont satisfaits, l’établissement est de nouveau accrédité pour quatre ans.
excellence-error-first-cycle = Le statut de Centre d’excellence ne peut être demandé que lors d’une recertification.
changes-page-title = Modifications depuis le cycle précédent
changes-heading = Cycle { $cycle } comparé au cycle { $previous }
changes-back = Retour à la candidature
changes-summary = Critères renseignés différents du cycle précédent : { $changed } sur { $total }.
changes-show-unchanged = Afficher aussi les critères inchangés
changes-column-item = Critère
changes-column-cycle = Cycle { $cycle }
changes-column-status = Modification
changes-unchanged = inchangé
changes-changed = modifié
changes-added = nouvelle réponse
changes-removed = n’est plus renseigné

## Auto-évaluation annuelle (tableau de bord de l’établissement, administrateurs)

self-check-heading = Auto-évaluation annuelle
self-check-due = L’auto-évaluation prévue le { $due } est ouverte. Confirmez que le service satisfait toujours les critères essentiels.
self-check-due-representative = L’auto-évaluation prévue le { $due } est ouverte ; c’est le représentant autorisé qui l’effectue.
self-check-attested = L’auto-évaluation prévue le { $due } a été effectuée le { $date }.
self-check-changes = Modifications signalées :
self-check-staff = Les effectifs satisfont toujours les critères essentiels.
self-check-equipment = Les équipements et les locaux satisfont toujours les critères essentiels.
self-check-volume = Le volume d’actes reste d’au moins 150 par an.
self-check-note = Ce qui a changé
self-check-submit = Terminer l’auto-évaluation
self-check-error-note = Indiquez ce qui a changé pour chaque point que vous ne pouvez pas confirmer.
self-check-error-none-open = Aucune auto-évaluation n’est ouverte pour cet établissement.
self-check-column-due = Prévue le
self-check-status-open = ouverte
self-check-status-met = tout est confirmé
self-check-status-changes = modifications signalées
admin-self-checks-link = Auto-évaluations
admin-self-checks-title = Auto-évaluations annuelles
admin-self-checks-none = Aucune auto-évaluation n’est encore arrivée à échéance.

## Ateliers

nav-workshops = Ateliers
admin-workshops-link = Ateliers
admin-workshops-title = Programmer des ateliers
workshops-page-title = Ateliers
workshops-intro = Les ateliers aident les équipes à préparer l’accréditation et la recertification. Les membres d’un établissement réservent des places pour eux-mêmes ou pour des collègues.
workshops-feed = S’abonner au calendrier (iCalendar)
workshops-none = Aucun atelier n’est programmé pour le moment.
workshops-back = Tous les ateliers
workshops-upcoming = Ateliers à venir
workshop-full = Complet — inscrivez-vous sur la liste d’attente
workshop-seats-left =
    { $count ->
        [one] { $count } place restante
       *[other] { $count } places restantes
    }
workshop-seats-of = Places occupées : { $taken } sur { $capacity } ; liste d’attente : { $waiting }
workshop-language = Langue
workshop-venue = Lieu
workshop-online = En ligne
workshop-seats = Places
workshop-ics = Ajouter à l’agenda (.ics)
workshop-book = Réserver une place
workshop-join-waitlist = S’inscrire sur la liste d’attente
workshop-for-facility = Pour l’établissement
workshop-attendee = Participant
workshop-attendee-hint = Votre propre adresse e-mail ou celle d’un collègue : la personne doit être membre de l’établissement.
workshop-sign-in = Connectez-vous pour réserver une place
workshop-attendees = Participants
workshop-your-bookings = Réservations de votre établissement
workshop-facility = Établissement
workshop-booked-by = Réservé par
workshop-status = Statut
workshop-waitlist-position = (n° { $position } sur la liste d’attente)
workshop-cancel = Annuler
workshop-booking-confirmed = place réservée
workshop-booking-waitlisted = sur liste d’attente
workshop-booking-cancelled = annulée
workshop-field-title = Titre
workshop-field-description = Description
workshop-field-starts = Début (heure locale)
workshop-field-ends = Fin (heure locale)
workshop-field-time-zone = Fuseau horaire (par exemple Europe/Vienna)
workshop-field-capacity = Places
workshop-schedule = Programmer l’atelier
workshop-scheduled = L’atelier est programmé.
workshop-open = Ouvrir
workshop-error-where = Indiquez un lieu, un lien en ligne, ou les deux.
workshop-error-url = Saisissez le lien en ligne sous forme d’adresse complète commençant par https://.
workshop-error-time = Saisissez une date et une heure qui existent dans ce fuseau horaire.
workshop-error-ends-before-start = La fin doit être postérieure au début.
workshop-error-capacity = Saisissez un nombre de places compris entre 1 et 1000.
workshop-error-time-zone = Saisissez un fuseau horaire par son nom, par exemple Europe/Vienna ou America/New_York.
workshop-error-not-member = Le participant doit avoir un compte et être membre actif de l’établissement.
workshop-error-started = L’atelier a déjà commencé.
workshop-error-already-booked = Cette personne a déjà une réservation pour cet atelier.

## E-mails : recertification, ateliers, auto-évaluation

mail-recertification-opened-subject = La recertification de { $facility } est ouverte
mail-recertification-opened-body =
    Bonjour { $name },

    Merci d’avoir réglé la facture de recertification. La candidature de recertification de { $facility } est ouverte et préremplie avec les réponses du dernier cycle : confirmez ou mettez à jour chaque réponse reprise avant la soumission.

    { $link }
mail-workshop-booked-subject = Place réservée : { $title }
mail-workshop-booked-body =
    Bonjour { $name },

    Vous avez une place à l’atelier « { $title } » prévu le { $when }.

    { $link }
mail-workshop-waitlisted-subject = Sur liste d’attente : { $title }
mail-workshop-waitlisted-body =
    Bonjour { $name },

    L’atelier « { $title } » prévu le { $when } est complet. Vous figurez sur la liste d’attente ; nous vous écrirons dès qu’une place se libérera.

    { $link }
mail-workshop-promoted-subject = Une place vous est attribuée : { $title }
mail-workshop-promoted-body =
    Bonjour { $name },

    Une place s’est libérée et vous est désormais attribuée : l’atelier « { $title } » prévu le { $when }.

    { $link }
mail-workshop-reminder-subject = Demain : { $title }
mail-workshop-reminder-body =
    Bonjour { $name },

    Petit rappel : l’atelier « { $title } » a lieu le { $when }.

    { $link }
mail-self-check-due-subject = Auto-évaluation annuelle de { $facility }
mail-self-check-due-body =
    Bonjour { $name },

    L’auto-évaluation annuelle de { $facility } est arrivée à échéance le { $due }. Sur la page de l’établissement, le représentant autorisé confirme que le personnel, les équipements et le volume d’actes satisfont toujours les critères essentiels, ou indique ce qui a changé.

    { $link }
decision-letter-excellence = L’établissement obtient le statut de Centre d’excellence IASIOS.
application-status-not-accredited = Non accréditée
decision-not-accredited = Non accréditée
decision-letter-not-accredited = L’évaluation a conclu que le service ne remplit pas encore les critères d’accréditation du programme. L’établissement reste un Centre inscrit.
decision-reasons = Motifs par critère
decision-reasons-hint = Un critère par ligne : le critère, deux-points et le motif, p. ex. « 3b : la RCP se réunit une fois par mois ». Obligatoire pour « Non accréditée » ; avec « Corrections requises », les critères nommés ici sont aussi rouverts.
decision-reasons-heading = Motifs par critère
decision-reapply-from = Une nouvelle candidature peut être ouverte à partir du { $date }.
decision-start-new = Commencer une nouvelle candidature
decision-error-reasons = Les motifs n’ont pas pu être lus : écrivez un critère par ligne sous la forme critère, deux-points et motif (p. ex. « 3b : … »), chaque critère de cette édition une seule fois.
decision-error-no-reasons = Une décision « non accréditée » indique ses motifs : nommez au moins un critère et la raison.
decision-error-not-accredited-recertification = Une recertification ne peut pas être décidée « non accréditée » : son certificat reste valable jusqu’à la fin de sa durée. Demandez plutôt des corrections.
application-error-waiting-period = Une nouvelle candidature pourra être ouverte à la fin du délai d’attente qui suit la décision ; la lettre de décision en indique la date.
workshop-online-link-hidden = Le lien s’affiche ici pour les personnes ayant une place réservée.
