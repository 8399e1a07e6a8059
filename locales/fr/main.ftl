## Shell
app-name = Accredit-IO
app-tagline = Accréditation en oncologie interventionnelle
nav-skip-to-content = Aller au contenu principal
nav-primary-label = Navigation principale
nav-home = Accueil
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

## Sign-in
error-too-many-attempts = Trop de tentatives. Patientez 15 minutes avant de réessayer.
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-signed-in-as = Connecté·e en tant que { $name }
sign-in-page-title = Connexion
sign-in-heading = Se connecter à Accredit-IO
sign-in-email = Adresse e-mail
sign-in-password = Mot de passe
sign-in-submit = Se connecter
sign-in-error-credentials = L’adresse e-mail ou le mot de passe est incorrect.
sign-in-welcome = Bienvenue, { $name }.
