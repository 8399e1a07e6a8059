## Shell
app-name = Accredit-IO
app-tagline = Acreditação em oncologia de intervenção
nav-skip-to-content = Saltar para o conteúdo principal
nav-primary-label = Navegação principal
nav-home = Início
language-switcher-label = Idioma
language-switcher-apply = Mudar de idioma
footer-about = O Accredit-IO gere o programa de acreditação dos serviços de oncologia de intervenção, desde a inscrição até ao Centro de Excelência.
footer-demo-notice = Instalação de demonstração: as normas e os dados apresentados são exemplos, não a edição licenciada.

## Home page
home-page-title = Início
home-title = Da inscrição ao Centro de Excelência
home-intro = O Accredit-IO acompanha os serviços de oncologia de intervenção num percurso de qualidade em três etapas. A sua equipa e os avaliadores trabalham na mesma aplicação, com ou sem ligação, em nove idiomas.
home-pathway-heading = O percurso de acreditação
home-stage-step = Etapa { $number }
home-stage-enrolled-title = Centro inscrito
home-stage-enrolled-body = Registe a sua instituição, confirme pelo menos 150 procedimentos terapêuticos de oncologia de intervenção por ano e pague a fatura de inscrição. A sua equipa pode então iniciar a candidatura.
home-stage-accredited-title = Centro acreditado
home-stage-accredited-body = Responda ao questionário sobre as 13 normas de garantia da qualidade, carregue as evidências e reveja 30 casos selecionados aleatoriamente. Quando os avaliadores consideram cumpridos todos os critérios essenciais, o seu serviço fica acreditado por quatro anos.
home-stage-excellence-title = Centro de Excelência
home-stage-excellence-body = Seis meses antes de a acreditação expirar, abre-se a recertificação. Um serviço que cumpre todos os critérios essenciais e todos os alargados torna-se Centro de Excelência.
home-how-heading = Como funciona a candidatura
home-how-any-order = Responda às perguntas pela ordem que quiser; cada resposta é guardada enquanto escreve.
home-how-offline = Continue a trabalhar quando a rede falhar: as respostas ficam no seu dispositivo e são enviadas quando voltar a estar ligado.
home-how-summary = Um resumo mostra o que ainda precisa de atenção antes de o seu representante autorizado submeter a candidatura.
home-how-assessors = Os avaliadores analisam a mesma candidatura, colocam questões sobre pontos concretos e registam a sua decisão.

## Not found
not-found-title = Página não encontrada
not-found-back = Voltar à página inicial

## Errors
error-unauthorized = Inicie sessão para continuar.
error-forbidden = Não tem permissão para fazer isto.
error-not-found = A página ou o registo pedido não existe.
error-validation = Alguns campos precisam da sua atenção.
error-conflict = Outra pessoa alterou isto entretanto. Compare as duas versões e escolha qual manter.
error-internal = Ocorreu um erro do nosso lado. Tente novamente; se persistir, indique a referência { $reference }.
error-internal-no-ref = Ocorreu um erro do nosso lado. Tente novamente.
error-network = Não foi possível contactar o servidor. Verifique a ligação e tente novamente.
error-field-required = Este campo é obrigatório.
error-field-malformed = Não foi possível ler o pedido. Recarregue a página e tente novamente.

## Account field errors (app/src/accounts.rs)
error-email-invalid = Introduza um endereço de e-mail válido, por exemplo nome@hospital.pt.
error-email-taken = Já existe uma conta com este endereço de e-mail. Inicie sessão ou reponha a sua palavra-passe.
error-password-too-short = A palavra-passe deve ter pelo menos { $min } caracteres.
error-password-too-long = A palavra-passe deve ter no máximo { $max } caracteres.
error-name-too-long = Este nome é demasiado longo.

## Sign-in
error-too-many-attempts = Demasiadas tentativas. Aguarde 15 minutos e tente novamente.
nav-sign-in = Iniciar sessão
nav-sign-out = Terminar sessão
nav-signed-in-as = Sessão iniciada como { $name }
sign-in-page-title = Iniciar sessão
sign-in-heading = Iniciar sessão no Accredit-IO
sign-in-email = Endereço de e-mail
sign-in-password = Palavra-passe
sign-in-submit = Iniciar sessão
sign-in-error-credentials = O endereço de e-mail ou a palavra-passe não estão corretos.
sign-in-welcome = Bem-vindo/a, { $name }.
