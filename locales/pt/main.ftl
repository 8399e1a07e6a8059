## Shell
app-name = Accredit-IO
app-tagline = Acreditação em oncologia de intervenção
nav-skip-to-content = Saltar para o conteúdo principal
nav-primary-label = Navegação principal
nav-home = Início
nav-register = Registar uma instituição
nav-my-facilities = As minhas instituições
nav-admin = Administração
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
error-field-control-characters = Remova as quebras de linha e os caracteres de controlo invisíveis deste campo.

## Sign-in
error-too-many-attempts = Demasiadas tentativas. Aguarde 15 minutos e tente novamente.
nav-sign-in = Iniciar sessão
nav-sign-out = Terminar sessão
nav-signed-in-as = Sessão iniciada como { $name }
nav-sign-out-unsent = { $count ->
    [one] Uma alteração (uma resposta, uma ficha de caso ou uma réplica) ainda não chegou ao servidor. Está guardada apenas neste dispositivo e será eliminada ao terminar a sessão.
   *[other] { $count } alterações (respostas, fichas de caso ou réplicas) ainda não chegaram ao servidor. Estão guardadas apenas neste dispositivo e serão eliminadas ao terminar a sessão.
}
nav-sign-out-anyway = Terminar sessão e eliminá-las
nav-stay-signed-in = Manter a sessão
sign-in-page-title = Iniciar sessão
sign-in-heading = Iniciar sessão no Accredit-IO
sign-in-email = Endereço de e-mail
sign-in-password = Palavra-passe
sign-in-submit = Iniciar sessão
sign-in-error-credentials = O endereço de e-mail ou a palavra-passe não estão corretos.
sign-in-welcome = Bem-vindo/a, { $name }.
sign-in-error-unconfirmed = Confirme primeiro o seu endereço de e-mail: siga a ligação no e-mail que lhe enviámos.
sign-in-error-disabled = Esta conta foi desativada pela secretaria do programa. Contacte a secretaria.
sign-in-forgot-password = Esqueceu-se da palavra-passe?
sign-in-create-account = Criar uma conta para aderir a uma instituição

## Field errors of the registration and other forms
error-text-too-long = Este texto é demasiado longo.
error-number-invalid = Introduza um número inteiro, por exemplo 240.
error-number-too-large = Este número é demasiado grande. Verifique-o.
error-date-invalid = Introduza uma data válida.
error-link-invalid = Esta ligação não é válida: já foi utilizada, expirou ou foi copiada de forma incompleta. Peça uma nova.

## Facility registration
register-page-title = Registar uma instituição
register-heading = Registe a sua instituição
register-intro = O registo é o primeiro passo para a acreditação. Passa a ser o titular principal da conta da instituição; os seus colegas aderem mais tarde com o código da instituição que lhe enviaremos.
register-done-heading = Consulte o seu e-mail
register-done-body = Enviámos-lhe um e-mail com uma ligação para ativar a sua instituição e com o respetivo código da instituição. Nada mais acontece até seguir essa ligação.
register-section-facility = Instituição
register-facility-name = Nome da instituição ou do serviço
register-institution = Hospital ou entidade
register-department = Departamento
register-address = Morada
register-country = País
register-section-eligibility = Elegibilidade
register-procedures = Procedimentos terapêuticos de oncologia de intervenção por ano
register-procedures-hint = São necessários pelo menos { $minimum } procedimentos por ano.
register-approver-name = Nome do diretor de departamento ou do diretor hospitalar que aprovou
register-approver-email = Endereço de e-mail dessa pessoa
register-approval-date = Data da aprovação
register-approval-confirmed = Confirmo que o diretor de departamento ou o diretor hospitalar aprovou este registo.
register-section-account = A sua conta
register-account-hint = Será o titular principal da conta: aprova os colegas que aderirem e designa quem assume as funções da instituição.
register-your-name = O seu nome
register-your-email = O seu endereço de e-mail
register-password = Palavra-passe
register-password-hint = Pelo menos { $min } caracteres.
register-section-roles = Funções na instituição
register-roles-hint = Deixe um campo vazio para assumir essa função (o substituto é opcional). As pessoas que indicar por e-mail recebem um convite com o código da instituição assim que esta for ativada.
register-ar-email = Representante autorizado (e-mail)
register-contact-email = Contacto designado (e-mail)
register-substitute-email = Substituto do contacto (e-mail)
register-submit = Registar instituição
register-error-procedures-below-minimum = A acreditação exige pelo menos { $minimum } procedimentos terapêuticos de oncologia de intervenção por ano.
register-error-approval-in-future = A data de aprovação não pode ser futura.
register-error-approval-too-old = A aprovação tem de ser dos últimos dois anos.
register-error-approval-not-confirmed = Confirme que o registo foi aprovado.
register-error-facility-exists = Esta instituição já está registada. Peça o código da instituição ao respetivo titular principal da conta e adira a ela.

## Activation and email confirmation
activate-page-title = Ativar instituição
activate-heading = Ative a sua instituição
activate-intro = A ativação confirma o seu endereço de e-mail e abre a inscrição da sua instituição.
activate-submit = Ativar agora
activate-done = A instituição { $facility } foi ativada. A respetiva fatura de inscrição encontra-se agora em aberto.
activate-sign-in = Iniciar sessão
confirm-email-page-title = Confirmar endereço de e-mail
confirm-email-heading = Confirme o seu endereço de e-mail
confirm-email-submit = Confirmar endereço de e-mail
confirm-email-done = O seu endereço de e-mail foi confirmado. Já pode iniciar sessão.

## Accounts
sign-up-page-title = Criar uma conta
sign-up-heading = Criar uma conta
sign-up-intro = Crie uma conta para aderir a uma instituição já registada. Vai precisar do código da instituição.
sign-up-submit = Criar conta
sign-up-done = Enviámos-lhe um e-mail com uma ligação para confirmar o seu endereço.
sign-up-register-instead = Pretende registar uma nova instituição? Utilize antes o registo de instituições.
forgot-password-page-title = Palavra-passe esquecida
forgot-password-heading = Repor a palavra-passe
forgot-password-intro = Introduza o endereço de e-mail da sua conta e enviar-lhe-emos uma ligação para escolher uma nova palavra-passe.
forgot-password-submit = Enviar ligação
forgot-password-done = Se existir uma conta com este endereço, enviámos-lhe uma ligação. A ligação é válida durante uma hora.
resend-link-page-title = Receber uma nova ligação
resend-link-heading = Receber uma nova ligação
resend-link-intro = A sua ligação de ativação ou de confirmação expirou ou perdeu-se? Introduza o endereço de e-mail com que se registou. Se um registo ou uma conta com este endereço ainda aguarda ativação ou confirmação, enviamos uma nova ligação; as ligações anteriores deixam de funcionar.
resend-link-submit = Enviar uma nova ligação
resend-link-done = Se um registo ou uma conta com este endereço aguarda ativação ou confirmação, uma nova ligação está a caminho. Verifique a caixa de entrada e a pasta de spam.
resend-link-ask = Ligação expirada ou perdida? Receber uma nova ligação
registration-error-not-pending = Esta instituição já está ativada: não há nenhum registo pendente.
registration-error-reason-required = Indique um motivo: fica guardado no registo de auditoria.
admin-registration-resent = Foi enviada uma nova ligação de ativação à pessoa que se registou.
admin-registration-actions = Registo pendente de { $facility }: ações
admin-registration-resend = Reenviar a ligação de ativação
admin-registration-activate-reason = Porque é que o secretariado ativa em nome da pessoa que se registou (fica no registo de auditoria)
admin-registration-activate-confirm = Confirmei por outra via quem registou { $facility }; o secretariado ativa-a em seu nome
admin-registration-activate = Ativar em nome da pessoa que se registou
admin-registration-delete-reason = Porque é que o registo é eliminado (fica no registo de auditoria)
admin-registration-delete-confirm = Eliminar o registo de { $facility } e libertar o seu nome e endereço de e-mail
admin-registration-delete = Eliminar o registo
reset-password-page-title = Escolher uma nova palavra-passe
reset-password-heading = Escolha uma nova palavra-passe
reset-password-submit = Guardar nova palavra-passe
reset-password-done = A sua palavra-passe foi alterada e a sessão foi terminada em todos os dispositivos.
account-page-title = A sua conta
account-heading = A sua conta
account-change-password = Alterar palavra-passe
account-current-password = Palavra-passe atual
account-new-password = Nova palavra-passe
account-change-password-submit = Alterar palavra-passe
account-password-changed = A sua palavra-passe foi alterada. A sessão foi terminada nos outros dispositivos.
account-error-current-password = A palavra-passe atual não está correta.

## Facilities and joining
facilities-page-title = As minhas instituições
facilities-heading = As minhas instituições
facilities-none = Ainda não pertence a nenhuma instituição.
facilities-register-link = Registar uma instituição
join-page-title = Aderir a uma instituição
join-heading = Aderir a uma instituição
join-intro = Introduza o código da instituição que recebeu do titular principal da conta da sua instituição.
join-code = Código da instituição
join-code-hint = Dez letras e algarismos, por exemplo ABCDE-23456.
join-submit = Pedir adesão
join-done-active = Já é membro da instituição.
join-done-pending = O seu pedido foi enviado. O titular principal da conta irá aprová-lo.
join-need-account = Para aderir a uma instituição, inicie sessão ou crie primeiro uma conta.
join-error-code-unknown = Não existe nenhuma instituição ativa com este código. Verifique o código e tente novamente.
join-error-already-member = Já é membro desta instituição.

## A facility's page
facility-page-title = Instituição
facility-status = Estado
facility-code = Código da instituição
facility-code-hint = Os colegas aderem à sua instituição com este código.
facility-read-only-notice = Está a ver esta instituição como secretaria do programa: apenas leitura. Só os membros da instituição alteram o seu conteúdo.
facility-roles-heading = Funções na instituição
facility-role-invited = convidado
facility-role-vacant = não designado
facility-role-assign = Designar
facility-pending-heading = Pedidos de adesão
facility-approve = Aprovar
facility-decline = Recusar
facility-members-heading = Membros
facility-member-name = Nome
facility-member-email = Endereço de e-mail
facility-member-roles = Funções
facility-member-actions = Ações
facility-remove = Remover
facility-remove-member = Remover { $name }
facility-history-heading = Histórico de estados
facility-main-holder = Titular principal da conta
facility-error-status-change = Esta alteração de estado não é possível a partir do estado atual da instituição.
facility-status-registered = Registada – ativação pendente
facility-status-pending-payment = Ativada – pagamento da inscrição pendente
facility-status-enrolled = Centro inscrito
facility-status-accredited = Centro acreditado
facility-status-centre-of-excellence = Centro de Excelência
facility-status-expired = Expirada
facility-status-withdrawn = Retirada
facility-role-authorised-representative = Representante autorizado
facility-role-contact = Contacto designado
facility-role-substitute = Contacto substituto
membership-status-pending = A aguardar aprovação
membership-status-active = Membro
membership-status-declined = Recusado
membership-status-removed = Removido
members-error-not-pending = Já foi tomada uma decisão sobre este pedido.
members-error-cannot-remove-main-holder = O titular principal da conta não pode ser removido.
members-error-not-member = Esta pessoa não é membro ativo da instituição.
members-error-name-another-ar = Designe outro representante autorizado antes de remover este membro.

## Administration
admin-page-title = Administração
admin-heading = Administração
admin-outbox-link = Caixa de saída de e-mail
admin-facilities-heading = Registos e instituições
admin-facility = Instituição
admin-registered-at = Registada em
admin-users-heading = Contas e funções globais
admin-unconfirmed = e-mail não confirmado
admin-change-access = Alterar as funções e o acesso de { $name }
admin-no-roles = nenhuma
admin-column-access = Funções e acesso
admin-column-roles = Funções
admin-disabled = desativada
admin-grant-role = Atribuir a função { $role } a { $name }
admin-revoke-role = Retirar a função { $role } a { $name }
admin-confirm-enable = Confirmo: { $name } pode voltar a entrar.
admin-confirm-disable = Confirmo: { $name } termina a sessão em todo o lado de imediato e não pode entrar até a conta ser reativada.
admin-enable-account = Reativar a conta de { $name }
admin-disable-account = Desativar a conta de { $name }
admin-confirm-revoke = Confirmo: { $name } perde a função { $role }. A alteração fica registada no registo de auditoria.
admin-confirm-grant = Confirmo: { $name } recebe a função { $role }. A alteração fica registada no registo de auditoria.
admin-error-own-admin-role = Não pode remover a sua própria função de administrador.
admin-error-disable-self = Não pode desativar a sua própria conta.
role-administrator = Administrador
role-assessor = Avaliador
role-translator = Tradutor
outbox-page-title = Caixa de saída de e-mail
outbox-heading = Caixa de saída de e-mail
outbox-intro = Todos os e-mails gerados pela aplicação, do mais recente para o mais antigo. Quando não está configurado nenhum servidor de correio, o correio é entregue apenas aqui.
outbox-demonstration = E-mail de demonstração — não entregue. Não há servidor de correio configurado (SMTP_URL), por isso estas mensagens, ligações incluídas, só são mostradas aqui.
audit-page-title = Registo de auditoria
audit-intro = Cada alteração no programa, quem a fez e quando. Cada entrada está encadeada na anterior, pelo que qualquer alteração ao próprio registo se nota.
audit-filter-facility = Instituição
audit-filter-any = todas
audit-filter-user = Pessoa (endereço de e-mail)
audit-filter-action = A ação começa por
audit-filter-from = De (UTC)
audit-filter-to = Até (UTC)
audit-filter-apply = Mostrar entradas
audit-filter-reset = Limpar o filtro
audit-export-csv = Descarregar em CSV
audit-none = Nenhuma entrada corresponde a este filtro.
audit-column-time = Hora (UTC)
audit-column-actor = Por
audit-column-action = Ação
audit-column-target = Sobre
audit-column-change = Alteração
audit-pages = Páginas do registo de auditoria
audit-newer = Entradas mais recentes
audit-older = Entradas mais antigas
audit-page-number = Página { $page }
outbox-empty = Ainda não há e-mails.
outbox-sent = enviado em { $at }
outbox-failed = não entregue após { $attempts } tentativas: { $error }
outbox-not-sent = não enviado

## Mail (plain text; the HTML part is made from it)
mail-footer = Accredit-IO — acreditação em oncologia de intervenção. Esta mensagem foi enviada automaticamente.
mail-activation-subject = Ative { $facility } no Accredit-IO
mail-activation-body =
    Caro/a { $name },

    Obrigado por registar { $facility }. Ative a instituição no prazo de { $hours } horas, abrindo esta ligação e clicando em «Ativar agora»:

    { $link }

    O código da sua instituição é { $code }. Os colegas aderem à sua instituição com este código; cabe-lhe a si aprovar cada pedido.

    Se não efetuou este registo, ignore este e-mail.
mail-confirm-email-subject = Confirme o seu endereço de e-mail no Accredit-IO
mail-confirm-email-body =
    Caro/a { $name },

    Confirme o seu endereço de e-mail no prazo de { $hours } horas, abrindo esta ligação:

    { $link }

    Se não criou uma conta, ignore este e-mail.
mail-password-reset-subject = Reponha a sua palavra-passe do Accredit-IO
mail-password-reset-body =
    Caro/a { $name },

    Foi pedida a reposição da palavra-passe da sua conta. Para escolher uma nova palavra-passe, abra esta ligação no prazo de { $minutes } minutos:

    { $link }

    Se não fez este pedido, ignore este e-mail; a sua palavra-passe mantém-se inalterada.
mail-sign-up-existing-subject = Alguém tentou criar uma conta Accredit-IO com o seu endereço
mail-sign-up-existing-body =
    Caro/a { $name },

    alguém pediu para criar uma conta com este endereço de e-mail, que já tem uma. Não foi criada nenhuma conta nova.

    Se foi você, entre aqui: { $sign_in }
    Se se esqueceu da palavra-passe, escolha uma nova aqui: { $reset }

    Se não foi você, ignore este e-mail.
mail-activated-by-office-subject = { $facility } foi ativada pelo secretariado do programa
mail-activated-by-office-body =
    Caro/a { $name },

    o secretariado do programa ativou { $facility } em seu nome. O seu endereço de e-mail é considerado confirmado e já pode iniciar sessão:

    { $sign_in }

    Se já não sabe a sua palavra-passe, escolha uma nova aqui: { $reset }

    A fatura de inscrição aguarda-o na página da instituição.
mail-role-invitation-subject = Foi designado/a { $role } de { $facility }
mail-role-invitation-body =
    Olá,

    { $inviter } designou-o/a como { $role } de { $facility } no Accredit-IO.

    Para assumir a função, inicie sessão (ou crie uma conta com este endereço de e-mail) e adira à instituição com o código { $code }:

    { $link }
mail-join-requested-subject = { $member } pede para aderir a { $facility }
mail-join-requested-body =
    Caro/a { $name },

    { $member } ({ $member_email }) pediu para aderir a { $facility } com o código da instituição. Aprove ou recuse o pedido na página da instituição:

    { $link }
mail-join-pending-subject = O seu pedido de adesão a { $facility }
mail-join-pending-body =
    Caro/a { $name },

    O seu pedido de adesão a { $facility } foi enviado ao titular principal da conta. Enviar-lhe-emos um e-mail quando for tomada uma decisão.
mail-join-approved-subject = Já é membro de { $facility }
mail-join-approved-body =
    Caro/a { $name },

    Já é membro de { $facility } no Accredit-IO:

    { $link }
mail-join-declined-subject = O seu pedido de adesão a { $facility }
mail-join-declined-body =
    Caro/a { $name },

    O seu pedido de adesão a { $facility } foi recusado. Se considera que se trata de um erro, contacte diretamente a instituição.
mail-role-assigned-subject = É agora { $role } de { $facility }
mail-role-assigned-body =
    Caro/a { $name },

    Foi designado/a { $role } de { $facility } no Accredit-IO.

## Invoices and payments
invoices-heading = Faturas
invoices-none = Ainda não há faturas.
invoice-page-title = Fatura
invoice-number = Número
invoice-kind = Tipo
invoice-issued-on = Data de emissão
invoice-due-on = Data de vencimento
invoice-total = Total
invoice-status = Estado
invoice-open = Em dívida
invoice-view = Ver
invoice-back = Voltar à instituição
invoice-print = Imprimir
invoice-pdf = Descarregar PDF
invoice-heading = Fatura { $number }
invoice-credit-note-heading = Nota de crédito { $number }
invoice-vat-id = Número de IVA: { $id }
invoice-recipient = Destinatário da fatura
invoice-payment-reference = Referência de pagamento
invoice-credits = Esta nota de crédito anula a fatura { $number }.
invoice-void-reason = Esta fatura foi anulada: { $reason }
invoice-description = Descrição
invoice-amount = Montante
invoice-net = Montante líquido
invoice-vat = IVA { $rate }
invoice-how-to-pay = Como pagar
invoice-pay-by = Transfira o total até { $due }, indicando a referência de pagamento { $reference }.
invoice-payments = Pagamentos recebidos
invoice-open-amount = Em dívida: { $amount }
invoice-line-enrolment-fee = Taxa de inscrição
invoice-line-annual-fee = Taxa anual, ano de inscrição { $year } (até { $until })
invoice-line-recertification-fee = Taxa de recertificação (acreditação atual válida até { $until })
invoice-kind-enrolment = Inscrição
invoice-kind-annual = Taxa anual
invoice-kind-recertification = Recertificação
invoice-kind-credit-note = Nota de crédito
invoice-status-open = Em aberto
invoice-status-paid = Paga
invoice-status-overdue = Em atraso
invoice-status-void = Anulada
invoice-status-credit = Nota de crédito
invoice-error-not-voidable = Esta fatura não pode ser anulada: já está anulada ou é uma nota de crédito.
invoice-error-has-payments = Esta fatura tem pagamentos registados e não pode ser anulada.
payment-amount = Montante recebido
payment-date = Data de receção
payment-reference = Referência bancária
payment-error-amount = O montante tem de ser superior a zero.
payment-error-amount-format = Introduza um montante como 1500 ou 1500,00.
payment-error-overpayment = Este montante é superior ao valor ainda em dívida na fatura.
payment-error-not-payable = Não é possível registar pagamentos numa fatura anulada nem numa nota de crédito.
payment-error-future-date = A data do pagamento não pode ser futura.
seal-enrolled = Centro inscrito
seal-accredited = Centro acreditado
seal-excellence = Centro de Excelência
facility-pathway-label = Posição no percurso de acreditação
admin-invoices-link = Faturas
admin-invoices-page-title = Faturas
admin-invoices-heading = Faturas
admin-filter-all = Todos
admin-filter-year = Ano
admin-filter-apply = Filtrar
admin-invoices-total =
    { $count ->
        [one] uma fatura, { $total }
       *[other] { $count } faturas, { $total }
    }
admin-record-payment-for = Pagamento ou anulação da fatura { $number }
admin-record-payment = Registar pagamento
admin-payment-recorded = O pagamento foi registado.
admin-payment-recorded-enrolled = O pagamento foi registado. A fatura está paga e a instituição é agora um Centro inscrito.
admin-void-reason = Motivo da anulação
admin-void-invoice = Anular { $number } e emitir uma nota de crédito
admin-invoice-voided = A fatura foi anulada; foi emitida a nota de crédito { $number }.
mail-invoice-issued-subject = Fatura { $number } relativa a { $facility }
mail-invoice-issued-body =
    Caro/a { $name },

    Foi emitida a fatura { $number } relativa a { $facility }: { $amount }, com vencimento em { $due }. Indique a referência de pagamento { $reference } na sua transferência.

    Pode consultar e imprimir a fatura aqui:

    { $link }
mail-invoice-reminder-subject = Lembrete: a fatura { $number } está por pagar
mail-invoice-reminder-body =
    Caro/a { $name },

    Segundo os nossos registos, continua em dívida o montante de { $amount } da fatura { $number } relativa a { $facility }, com vencimento em { $due }. Transfira-o indicando a referência de pagamento { $reference }. Se entretanto já efetuou o pagamento, ignore este lembrete.

    { $link }
mail-facility-enrolled-subject = A instituição { $facility } é agora um Centro inscrito
mail-facility-enrolled-body =
    Caro/a { $name },

    Obrigado pelo seu pagamento. A instituição { $facility } é agora um Centro inscrito e a sua equipa pode iniciar a candidatura à acreditação.

    { $link }
invoice-pdf-unavailable = Não é possível gerar o PDF neste servidor (não está instalado nenhum tipo de letra para este idioma). Utilize antes «Imprimir» na página da fatura.

## Standards editions and answers
admin-editions-link = Edições das normas
editions-page-title = Edições das normas
editions-heading = Edições das normas
editions-title = Edição
editions-id = Identificador
editions-published = Publicada em
editions-items = Critérios
editions-item-count = { $items } critérios, { $core } essenciais
editions-demonstration = demonstração
editions-import-heading = Importar uma edição
editions-import-intro = Cole um ficheiro de edição (TOML, conforme descrito em docs/standards-edition.md). O ficheiro é verificado integralmente antes de qualquer gravação; uma edição importada nunca é alterada.
editions-file = Ficheiro da edição
editions-import = Verificar e importar
editions-imported = A edição { $id } foi importada com { $items } critérios.
editions-unchanged = A edição { $id } já tinha sido importada exatamente com este conteúdo. Nada foi alterado.
editions-conflict = Já existe uma edição com o identificador { $id } e com conteúdo diferente. As edições nunca são alteradas: atribua à nova edição um identificador próprio.
editions-syntax = Não foi possível ler o ficheiro como ficheiro de edição:
editions-problems =
    { $count ->
        [one] O ficheiro tem um problema; nada foi importado:
       *[other] O ficheiro tem { $count } problemas; nada foi importado:
    }
answer-error-explanation-required = Acrescente uma explicação.
answer-error-out-of-range = Este número está fora do intervalo permitido.
answer-error-date-in-future = A data não pode ser futura.
answer-error-unknown-option = Escolha uma das opções apresentadas.
answer-error-wrong-type = Esta resposta não corresponde à pergunta. Recarregue a página e responda novamente.
attention-unanswered = Ainda sem resposta
attention-core-not-met = Um critério essencial tem de estar cumprido antes da submissão
attention-invalid = A resposta tem de ser corrigida
attention-evidence-missing = Evidências obrigatórias ainda não carregadas
application-error-not-enrolled = Uma candidatura pode ser aberta quando a instituição for um Centro inscrito (fatura de inscrição paga).
application-error-no-edition = Ainda não foi importada nenhuma edição das normas. Contacte um administrador.
application-error-not-draft = Esta candidatura foi submetida e já não pode ser alterada.
answer-error-unknown-item = Esta pergunta não faz parte da edição das normas da candidatura.

## The questionnaire
application-heading = Candidatura à acreditação
application-open = Ir para a candidatura
application-page-title = Candidatura
application-index-label = Normas da candidatura
application-demonstration-notice = Esta é a edição de demonstração das normas: perguntas de exemplo redigidas por nós, não as normas licenciadas.
application-read-only-notice = Vista apenas de leitura para a secretaria do programa: só os membros da instituição alteram as respostas, as evidências e a revisão de casos.
application-summary-heading = O que ainda precisa de atenção
application-core-progress = Critérios essenciais respondidos: { $answered } de { $total }
application-extended-progress = Critérios alargados respondidos: { $answered } de { $total } (necessários para se tornar Centro de Excelência)
application-ready = Todos os critérios estão respondidos, cada critério essencial está cumprido com a documentação exigida associada e a revisão de casos está concluída: a candidatura está pronta para ser submetida.
application-not-ready = A candidatura ainda não pode ser submetida. Pode sê-lo quando todos os critérios estiverem respondidos (um critério alargado pode estar «ainda não cumprido»), cada critério essencial estiver cumprido com a documentação exigida associada e a revisão interna de casos estiver concluída.
application-blocking-count =
    { $count ->
        [one] { $count } ponto impede ainda a submissão
       *[other] { $count } pontos impedem ainda a submissão
    }
application-blocking-case-review = ainda não concluída
application-attention-count =
    { $count ->
        [one] { $count } critério precisa de atenção
       *[other] { $count } critérios precisam de atenção
    }
application-level-core = Critério essencial
application-level-extended = Critério alargado
application-progress-heading = Progresso por secção e norma
application-column-standard = Norma
application-guidance = Orientações
application-evidence-needed = Evidências:
application-answer = Resposta
application-yes = Sim
application-no = Não
application-explanation = Explicação
application-save-saving = A guardar…
application-save-saved = Guardado
application-save-conflict = Alterado por outra pessoa
application-save-offline = Não guardado: não é possível contactar o servidor. Tente novamente quando voltar a estar ligado.
application-save-on-device = Offline — guardado neste dispositivo
application-page-on-device = Offline — { $count ->
    [one] uma resposta está guardada
   *[other] { $count } respostas estão guardadas
} neste dispositivo e serão enviadas quando a ligação voltar.
application-save-signed-out = Guardada neste dispositivo: inicie sessão novamente para a enviar.
application-conflict-explain = Entretanto, outra pessoa guardou uma resposta diferente para este critério. A resposta dessa pessoa:
application-conflict-keep-mine = Manter a minha resposta
application-conflict-take-theirs = Aceitar a outra resposta

## The internal case review (app/src/case_review.rs)

case-review-page-title = Revisão interna de casos
case-review-intro = Indique as referências pseudonimizadas dos casos de oncologia de intervenção tratados pelo seu serviço, uma por linha ou na primeira coluna de um ficheiro CSV. A aplicação sorteia 30 delas aleatoriamente; a semente e a impressão digital da lista são guardadas para que o sorteio possa ser repetido. Nunca utilize nomes, datas de nascimento nem números de processo hospitalar.
case-review-references = Referências dos casos
case-review-csv = Ou importe as referências de um ficheiro CSV
case-review-draw = Sortear 30 casos
case-review-redraw = Sortear novamente
case-review-redraw-heading = Sortear os casos novamente (é necessário um motivo)
case-review-same-as-previous = Igual ao caso anterior
case-review-reason = Motivo do novo sorteio (fica guardado no registo)
case-review-drawn = Sorteio { $number } em { $date } por { $name }: 30 casos de entre { $pool } referências.
case-review-seed = Semente { $seed } · impressão digital da lista { $hash }
case-review-reason-given = Motivo indicado: { $reason }
case-review-progress = { $done } de { $total } casos concluídos
case-review-complete = A revisão de casos está concluída.
case-review-back = Voltar ao questionário
case-review-link = Revisão interna de casos
case-review-status-complete = Revisão interna de casos: concluída
case-review-status-incomplete = Revisão interna de casos: ainda não concluída
case-review-case-complete = Concluído
case-review-case-incomplete = Por fazer
case-review-error-too-few = Indique pelo menos 30 referências de casos diferentes.
case-review-error-too-many = A lista é demasiado longa: no máximo 20 000 referências.
case-review-error-reference = Uma referência tem mais de 40 caracteres ou contém caracteres de controlo.
case-review-error-reference-identifier = Uma referência parece ser um nome, uma data de nascimento ou um número de identificação. Utilize apenas referências pseudonimizadas.
case-review-error-line = Linha { $line }:
case-review-error-reason-required = Para sortear novamente, tem de indicar um motivo; este fica guardado no registo.
case-review-error-too-many-draws = Os casos já foram sorteados cinco vezes, o máximo permitido. Contacte a secretaria do programa se a lista de referências ainda estiver errada.
case-review-error-stale-draw = Entretanto, os casos foram sorteados novamente. Recarregue a página.
case-review-error-not-drawn = Este caso não faz parte do sorteio atual.
case-procedure-type = Tipo de procedimento
case-procedure-ablation = Ablação térmica
case-procedure-tace = Quimioembolização (TACE)
case-procedure-tare = Radioembolização (TARE/SIRT)
case-procedure-biopsy = Biópsia guiada por imagem
case-procedure-embolisation = Outra embolização
case-procedure-drainage = Drenagem
case-procedure-other = Outro
case-procedure-date = Data do procedimento
case-tumour-board = Discussão em reunião multidisciplinar documentada
case-consent = Consentimento informado documentado
case-complication-grade = Complicações (grau CIRSE)
case-grade-none = Nenhuma
case-grade = Grau { $grade }
case-follow-up = Seguimento documentado
case-notes = Notas (sem nomes, datas de nascimento nem números de identificação)
case-missing-procedure-type = Escolha o tipo de procedimento.
case-missing-procedure-date = Introduza a data do procedimento.
case-missing-tumour-board = Indique se a discussão em reunião multidisciplinar está documentada.
case-missing-consent = Indique se o consentimento informado está documentado.
case-missing-complication-grade = Escolha o grau das complicações.
case-missing-follow-up = Indique se o seguimento está documentado.
case-flag-name = As notas parecem conter o nome de uma pessoa.
case-flag-date-of-birth = As notas parecem conter uma data de nascimento.
case-flag-national-id = As notas parecem conter um número de identificação.
case-flag-contact = As notas parecem conter dados de contacto.

## Submission (app/src/db/submissions.rs)

submission-heading = Submissão
submission-submit = Submeter a candidatura
submission-confirm = Na qualidade de representante autorizado, confirmo que as respostas e a revisão interna de casos estão completas e corretas.
submission-only-representative = Só o representante autorizado da instituição pode submeter a candidatura.
submission-not-ready = Responda a todos os critérios essenciais e conclua a revisão interna de casos antes de submeter a candidatura.
submission-error-not-ready = A candidatura não está pronta para ser submetida: há um critério sem resposta, um critério essencial não cumprido ou sem a documentação exigida, ou a revisão de casos não está concluída.
submission-receipt = Submetida em { $date } por { $name }.
submission-hash = Impressão digital do conteúdo (SHA-256): { $hash }
submission-read-only = A candidatura foi submetida e já não pode ser alterada.
mail-application-submitted-subject = Candidatura de { $facility } submetida
mail-application-submitted-body =
    Caro/a { $name },

    A candidatura de { $facility } à acreditação foi submetida. As respostas e a revisão interna de casos ficam agora bloqueadas. Impressão digital do conteúdo (SHA-256):

    { $hash }

    O secretariado do IASIOS irá designar os avaliadores. Pode acompanhar a candidatura aqui:

    { $link }

## Evidence (app/src/evidence.rs, server/src/evidence.rs)

evidence-library-heading = Biblioteca de evidências
evidence-library-intro = Ficheiros carregados pela sua equipa para esta instituição. Um mesmo ficheiro pode servir de evidência para vários critérios. PDF, imagens, documentos Office e texto simples até { $size } cada; o tipo é verificado a partir do conteúdo do ficheiro e não do nome.
evidence-attach = Anexar um ficheiro
evidence-upload = Carregar
evidence-upload-offline = Sem rede: os ficheiros poderão ser carregados quando a ligação voltar. As respostas que escrever continuam guardadas neste dispositivo.
evidence-from-library = Ou escolha um da biblioteca
evidence-link = Associar
evidence-remove = Remover
evidence-none = Ainda não foram carregados ficheiros.
evidence-uploaded = O ficheiro foi carregado.
evidence-not-linked = Não associado a nenhum critério
evidence-uploaded-by = { $name }, { $date }
evidence-column-file = Ficheiro
evidence-column-size = Tamanho
evidence-column-uploaded = Carregado
evidence-column-items = Evidência para
evidence-kind-pdf = PDF
evidence-kind-image = Imagem
evidence-kind-document = Documento
evidence-kind-spreadsheet = Folha de cálculo
evidence-kind-presentation = Apresentação
evidence-kind-text = Texto
evidence-error-type = Este tipo de ficheiro não é aceite. Carregue um PDF, uma imagem, um documento Office ou texto simples.
evidence-error-too-large = O ficheiro excede o tamanho máximo permitido para carregamento.
evidence-error-empty = Escolha um ficheiro para carregar; não são aceites ficheiros vazios.
evidence-error-no-file = Este ficheiro não se encontra na biblioteca de evidências da sua instituição.

## Assessment (app/src/assessment.rs, app/src/db/assessment.rs, pages/assessment, pages/admin/applications.rs, pages/certificates.rs)

application-status-draft = Rascunho
application-status-submitted = Submetida – a aguardar os avaliadores
application-status-under-assessment = Em avaliação
application-status-evidence-requested = Evidências pedidas pelos avaliadores
application-status-amendments-required = Alterações necessárias
application-status-accredited = Acreditada
assessment-clock = Tempo de avaliação: { $days ->
    [one] { $days } dia
   *[other] { $days } dias
} (suspenso enquanto houver questões em aberto)
assessment-error-not-assessor = Esta pessoa não tem a função de avaliador.
assessment-error-already-assigned = Este avaliador já está designado para esta candidatura.
assessment-error-already-declared = A declaração já foi feita para esta designação.
assessment-error-not-submitted = A candidatura ainda não foi submetida.
assessment-error-not-under-assessment = A candidatura não está em avaliação.
assessment-error-open-queries = Encerre todas as questões em aberto antes de decidir.
assessment-error-query-closed = Esta questão está encerrada.
assessment-error-core-not-met = Para acreditar, todos os critérios essenciais têm de ser considerados cumpridos por todos os avaliadores.
assessment-error-case-review = Para acreditar, a revisão interna de casos tem de estar concluída.
assessment-error-no-items = Indique os critérios a alterar.
assessments-page-title = Avaliações
assessments-intro = Antes de ver uma candidatura, declare qualquer conflito de interesses. Um conflito declarado põe termo à designação e o secretariado designa outra pessoa.
assessments-none = Não tem candidaturas atribuídas.
assessments-open = Abrir a candidatura
assessments-back = Todas as avaliações
workspace-case-forms = Ler os formulários dos casos
workspace-back = Voltar à avaliação
assignment-status-awaiting-declaration = Declaração de interesses necessária
assignment-status-active = Ativa
assignment-status-conflict = Conflito de interesses declarado
assignment-conflict-explain = Declarou um conflito de interesses; o secretariado foi informado.
declaration-intro = Tem algum conflito de interesses com esta instituição?
declaration-same-institution = Trabalho no mesmo hospital ou entidade, ou presto-lhe serviços.
declaration-same-country = Trabalho no mesmo país.
declaration-other = Outros motivos (deixe em branco se não houver)
declaration-submit = Enviar a declaração
workspace-page-title = Avaliação
workspace-answer = Resposta da instituição:
workspace-no-answer = Sem resposta
finding-legend = Constatação
finding-met = Cumprido
finding-partially-met = Parcialmente cumprido
finding-not-met = Não cumprido
finding-not-applicable = Não aplicável
finding-comment = Comentário sobre a constatação
query-open = Questão em aberto
query-closed = Questão encerrada
query-reply = Responder
query-attach = Anexar um ficheiro da biblioteca de evidências
query-attached-file = Evidência anexada
query-send = Enviar
query-close = Encerrar a questão
query-new = Colocar uma questão à instituição sobre este critério
query-question = Questão ou evidências pedidas
query-ask = Abrir a questão
recommendation-heading = Recomendação
recommendation-outcome = Decisão recomendada
recommendation-comment = Fundamentação
recommendation-send = Enviar a recomendação
decision-accredited = Acreditada
decision-amendments-required = Alterações necessárias
decision-heading = Decisão
decision-outcome = Decisão
decision-items = Critérios a alterar:
decision-comment = Comentário para a instituição
decision-record = Registar a decisão
decision-blocked-core = Critérios essenciais não considerados cumpridos por todos os avaliadores: { $items }
decision-page-title = Carta de decisão
decision-letter-accredited = A instituição é acreditada como Centro acreditado IASIOS.
decision-letter-amendments = A avaliação identificou critérios a alterar. Só estes critérios voltam a ficar abertos; o representante autorizado submete novamente a candidatura depois de os alterar.
decision-open-letter = Ler a carta de decisão
decision-verify-link = Verificar o certificado
decision-none = Ainda não há decisão.
admin-applications-title = Candidaturas em avaliação
admin-applications-none = Ainda não foi submetida nenhuma candidatura.
admin-column-facility = Instituição
admin-column-status = Estado
admin-column-clock = Tempo
admin-column-queries = Questões em aberto
admin-column-assessors = Avaliadores
admin-assessors-heading = Avaliadores
admin-assign-label = Designar um avaliador
admin-assign = Designar
admin-findings-heading = Constatações dos avaliadores ativos
admin-findings-active = { $count ->
    [one] { $count } avaliador ativo
   *[other] { $count } avaliadores ativos
}
admin-queries-heading = Questões
verify-page-title = Verificação do certificado
verify-state-valid = Válido
verify-state-expired = Expirado
verify-state-withdrawn = Retirado
verify-state-recertification = Válido — recertificação em avaliação
verify-validity = Válido de { $from } a { $until }
verify-code = Código de verificação { $code }
verify-unknown = Nenhum certificado tem este código de verificação.
verify-badge-alt = Selo de acreditação com o estado em tempo real
directory-page-title = Diretório de centros
directory-intro = Centros acreditados e Centros de Excelência com certificado válido, e centros inscritos que optaram por constar da lista.
directory-search = Pesquisar
directory-filter-apply = Mostrar
directory-status = Estado
directory-all = Todos
directory-country = País
directory-valid-until = Válido até
mail-assessor-assigned-subject = Nova avaliação: { $facility }
mail-assessor-assigned-body =
    Caro/a { $name },

    Foi designado/a para avaliar a candidatura de { $facility }. Antes de a consultar, declare aqui qualquer conflito de interesses:

    { $link }
mail-assessor-conflict-subject = Conflito de interesses declarado relativamente a { $facility }
mail-assessor-conflict-body =
    Caro/a { $name },

    { $assessor } declarou um conflito de interesses relativamente à candidatura de { $facility }. A designação está bloqueada; designe outro avaliador:

    { $link }
mail-query-opened-subject = Os avaliadores colocam uma questão sobre o critério { $item } de { $facility }
mail-query-opened-body =
    Caro/a { $name },

    Os avaliadores de { $facility } abriram uma questão sobre o critério { $item }. A contagem do tempo de avaliação fica suspensa até a questão ser respondida e encerrada. Responda, anexe evidências ou altere o critério aqui:

    { $link }
mail-decision-made-subject = Decisão sobre a candidatura de { $facility }
mail-decision-made-body =
    Caro/a { $name },

    Foi registada uma decisão sobre a candidatura de { $facility }. Leia a carta de decisão aqui:

    { $link }
directory-opt-in = Incluir este centro inscrito no diretório público
workspace-preview = Pré-visualização
admin-overdue-queries = { $count } em atraso
admin-workload-heading = Carga de trabalho dos avaliadores
admin-workload = { $name }: { $count ->
    [one] { $count } candidatura
   *[other] { $count } candidaturas
} em avaliação
certificate-title = Certificado de acreditação
certificate-scan = Digitalize para ver o estado atual:
certificate-download = Certificado (PDF)
decision-pdf = Carta de decisão (PDF)
snapshot-page-title = A candidatura submetida
snapshot-none = Ainda não foi submetido nada.
snapshot-open = Ler a candidatura submetida
snapshot-submitted = Submetida
snapshot-submitted-by = Por { $name } em { $when }
snapshot-fingerprint = Impressão digital (SHA-256)
snapshot-verified = ✓ corresponde à candidatura guardada
snapshot-not-verified = ✗ não corresponde à candidatura guardada — avise o secretariado
snapshot-case-review = Revisão interna de casos
snapshot-case-review-summary = { $cases } casos do sorteio { $draw } (semente { $seed }; SHA-256 da lista de referências { $pool })
snapshot-unanswered = Sem resposta
export-column-standard = Norma
export-column-item = Critério
export-column-level = Nível
export-column-question = Pergunta
export-column-answer = Resposta
export-column-evidence = Ficheiros de evidência
export-column-editor = Última alteração por
export-column-changed = Última alteração (UTC)
export-heading = Exportar as respostas
export-explain = Uma linha por critério com a norma, o nível, a resposta, o número de ficheiros de evidência e quem o alterou por último e quando, para circular e aprovar.
export-xlsx = Respostas em folha de cálculo (XLSX)
export-csv = Respostas em CSV
assessment-over-target = acima do objetivo de { $weeks } semanas
workspace-progress = Constatações registadas: { $done } de { $total } critérios

## Application manual (the chapters themselves are in manual.ftl)

nav-manual = Manual
manual-page-title = Manual da aplicação
manual-heading = Manual da aplicação
manual-intro = Como conduzir o seu serviço ao longo do percurso de acreditação: registo, questionário, evidências, revisão de casos, submissão, avaliação e recertificação.
manual-contents = Índice
manual-search-label = Pesquisar no manual
manual-search-submit = Pesquisar
manual-search-placeholder = por exemplo: sem ligação, revisão de casos, fatura
manual-search-count = { $count ->
    [one] { $count } resultado encontrado
   *[other] { $count } resultados encontrados
}
manual-search-none = Nada encontrado. Experimente outra palavra.
manual-print = Versão para impressão (imprimir ou guardar como PDF)
manual-print-button = Imprimir ou guardar como PDF
manual-back = Voltar ao manual
manual-back-to-top = Voltar ao índice
manual-help-link = Ajuda sobre esta norma no manual

## Translator tools

translate-page-title = Traduções
translate-intro = O grau de conclusão de cada idioma, ficheiro a ficheiro, e as mensagens que precisam de trabalho. O inglês é a língua de origem: uma tradução está desatualizada quando o texto em inglês mudou depois da última confirmação da tradução.
translate-source-directory = Os textos são lidos de { $dir }: uma alteração num ficheiro .ftl aparece depois de recarregar a página.
translate-source-embedded = Os textos estão incorporados neste servidor. Edite os ficheiros em locales/ e volte a compilar, ou execute uma compilação de desenvolvimento para ver as alterações depois de recarregar.
translate-locale = Idioma
translate-file = Ficheiro
translate-progress = Atualizada
translate-state = Estado
translate-state-current = Atualizada
translate-state-missing = Em falta
translate-state-stale = Desatualizada
translate-state-unconfirmed = Não confirmada
translate-open-heading = Pendente em { $locale }
translate-file-heading = { $file } em { $locale }
translate-nothing-open = Não há nada pendente aqui.
translate-confirm-hint = Depois de atualizar uma tradução, registe que corresponde ao texto em inglês atual:
translate-id = Mensagem
translate-english = Inglês
translate-target = Tradução

## Problems found in a standards edition file (administrators' import; place: field: problem)

edition-place-edition = edição
edition-place-section = secção { $n }
edition-place-standard = norma { $n }
edition-place-item = critério { $key }
edition-place-messages = mensagens
edition-problem-id = use apenas letras, algarismos e '-'
edition-problem-section-count = esperadas { $expected } secções, encontradas { $found }
edition-problem-number = esperado { $expected }, encontrado { $found }
edition-problem-no-standards = uma secção precisa de pelo menos uma norma
edition-problem-standard-order = esperada aqui a norma { $expected }, encontrada { $found }
edition-problem-no-items = uma norma precisa de pelo menos um critério
edition-problem-letter = esperado '{ $expected }' (as letras seguem a, b, c … sem falhas), encontrado '{ $found }'
edition-problem-min-max = min { $min } é maior do que max { $max }
edition-problem-max-chars = tem de estar entre 1 e { $max }
edition-problem-few-options = são precisas pelo menos duas opções
edition-problem-duplicate-option = uma opção aparece duas vezes
edition-problem-standard-count = esperadas as normas 1 a { $expected }, a última é { $found }
edition-problem-unknown-message = não existe essa mensagem em locales/en

## Withdrawal from the programme (facility dashboard)

withdraw-heading = Retirar-se do programa
withdraw-explain = A unidade deixa o programa de acreditação: o certificado é retirado de imediato e a verificação mostra-o como retirado. O motivo fica no histórico de estados. Não é possível anular isto aqui.
withdraw-reason = Motivo da retirada
withdraw-confirm = Compreendo que a unidade e o seu certificado são retirados agora.
withdraw-submit = Retirar a unidade
withdraw-error-reason = Indique o motivo da retirada.

## Re-certification cycle (questionnaire, comparison)

attention-carried = transitada do ciclo anterior — confirme ou atualize
attention-evidence-expired = a evidência associada expirou
evidence-expired = expirada
evidence-column-expires = Válida até
evidence-error-expiry-date = Introduza a data de validade como data, ou deixe o campo vazio.
evidence-error-expiry-frozen = Este ficheiro é evidência de uma candidatura submetida em avaliação; a sua data de validade não pode mudar até à decisão.
evidence-error-executable = Ficheiros que podem executar programas (scripts, executáveis, ficheiros Office com macros) não são aceites como evidência. Guarde o documento em PDF e carregue-o.
recert-heading = Recertificação (ciclo { $cycle })
recert-carried-note = Transitada do ciclo anterior — confirme ou atualize.
recert-confirm = Confirmar sem alterações
recert-all-confirmed = Todas as respostas transitadas estão confirmadas ou atualizadas.
recert-carried-count =
    { $count ->
        [one] Uma resposta transitada ainda tem de ser confirmada ou atualizada.
       *[other] { $count } respostas transitadas ainda têm de ser confirmadas ou atualizadas.
    }
recert-compare-link = Comparar com o ciclo anterior
excellence-heading = Centro de Excelência
excellence-gap =
    { $count ->
        [one] Um critério alargado ainda não está respondido como cumprido.
       *[other] { $count } critérios alargados ainda não estão respondidos como cumpridos.
    }
excellence-gap-none = Todos os critérios alargados estão respondidos como cumpridos.
excellence-apply = Candidatar-se a Centro de Excelência neste ciclo
excellence-requested = A instituição candidata-se a Centro de Excelência.
excellence-not-requested = A instituição não se candidata a Centro de Excelência.
excellence-rule = O estatuto de Centro de Excelência é atribuído quando os avaliadores consideram cumpridos todos os critérios essenciais e todos os alargados; caso contrário, com todos os critérios essenciais cumpridos, a instituição volta a ser acreditada por quatro anos.
excellence-error-first-cycle = Só é possível candidatar-se a Centro de Excelência numa recertificação.
changes-page-title = Alterações desde o ciclo anterior
changes-heading = Ciclo { $cycle } comparado com o ciclo { $previous }
changes-back = Voltar à candidatura
changes-summary = { $changed } de { $total } critérios respondidos diferem do ciclo anterior.
changes-show-unchanged = Mostrar também os critérios inalterados
changes-column-item = Critério
changes-column-cycle = Ciclo { $cycle }
changes-column-status = Alteração
changes-unchanged = inalterado
changes-changed = alterado
changes-added = nova resposta
changes-removed = deixou de ter resposta

## Annual self-check (facility dashboard, administrators)

self-check-heading = Autoavaliação anual
self-check-due = A autoavaliação com prazo em { $due } está aberta. Confirme que o serviço continua a cumprir os critérios essenciais.
self-check-due-representative = A autoavaliação com prazo em { $due } está aberta; é o representante autorizado que a preenche.
self-check-attested = A autoavaliação com prazo em { $due } foi concluída em { $date }.
self-check-changes = Alterações comunicadas:
self-check-staff = O pessoal continua a cumprir os critérios essenciais.
self-check-equipment = Os equipamentos e as instalações continuam a cumprir os critérios essenciais.
self-check-volume = O volume de procedimentos continua a ser de pelo menos 150 por ano.
self-check-note = O que mudou
self-check-submit = Concluir a autoavaliação
self-check-error-note = Indique o que mudou em cada ponto que não pode confirmar.
self-check-error-none-open = Não há nenhuma autoavaliação aberta para esta instituição.
self-check-column-due = Prazo
self-check-status-open = aberta
self-check-status-met = tudo confirmado
self-check-status-changes = alterações comunicadas
admin-self-checks-link = Autoavaliações
admin-self-checks-title = Autoavaliações anuais
admin-self-checks-none = Ainda não chegou o prazo de nenhuma autoavaliação.

## Workshops

nav-workshops = Workshops
admin-workshops-link = Workshops
admin-workshops-title = Agendar workshops
workshops-page-title = Workshops
workshops-intro = Os workshops ajudam as equipas a preparar-se para a acreditação e a recertificação. Os membros de uma instituição reservam lugares para si próprios ou para colegas.
workshops-feed = Subscrever o calendário (iCalendar)
workshops-none = De momento, não há workshops agendados.
workshops-back = Todos os workshops
workshops-upcoming = Próximos workshops
workshop-full = Esgotado — inscreva-se na lista de espera
workshop-seats-left =
    { $count ->
        [one] Resta um lugar
       *[other] Restam { $count } lugares
    }
workshop-seats-of = { $taken } de { $capacity } lugares ocupados, { $waiting } na lista de espera
workshop-language = Idioma
workshop-venue = Local
workshop-online = Online
workshop-seats = Lugares
workshop-ics = Adicionar ao calendário (.ics)
workshop-book = Reservar um lugar
workshop-join-waitlist = Inscrever-se na lista de espera
workshop-for-facility = Para a instituição
workshop-attendee = Participante
workshop-attendee-hint = O seu próprio endereço de e-mail ou o de um colega, que tem de ser membro da instituição.
workshop-sign-in = Inicie sessão para reservar um lugar
workshop-attendees = Participantes
workshop-your-bookings = Reservas da sua instituição
workshop-facility = Instituição
workshop-booked-by = Reservado por
workshop-status = Estado
workshop-waitlist-position = (n.º { $position } na lista de espera)
workshop-cancel = Cancelar
workshop-booking-confirmed = lugar reservado
workshop-booking-waitlisted = na lista de espera
workshop-booking-cancelled = cancelada
workshop-field-title = Título
workshop-field-description = Descrição
workshop-field-starts = Início (hora local)
workshop-field-ends = Fim (hora local)
workshop-field-time-zone = Fuso horário (por exemplo Europe/Vienna)
workshop-field-capacity = Lugares
workshop-schedule = Agendar o workshop
workshop-scheduled = O workshop foi agendado.
workshop-open = Abrir o workshop
workshop-error-where = Indique um local, uma ligação online ou ambos.
workshop-error-url = Introduza a ligação online como endereço completo, começado por https://.
workshop-error-time = Introduza uma data e uma hora que existam neste fuso horário.
workshop-error-ends-before-start = O fim tem de ser posterior ao início.
workshop-error-capacity = Introduza um número de lugares entre 1 e 1000.
workshop-error-time-zone = Introduza um fuso horário pelo nome, por exemplo Europe/Vienna ou America/New_York.
workshop-error-not-member = O participante tem de ter uma conta e ser membro ativo da instituição.
workshop-error-started = O workshop já começou.
workshop-error-already-booked = Esta pessoa já tem uma reserva para este workshop.

## Mail: re-certification, workshops, self-check

mail-recertification-opened-subject = A recertificação de { $facility } está aberta
mail-recertification-opened-body =
    Caro/a { $name },

    Obrigado por ter pago a fatura de recertificação. A candidatura de recertificação de { $facility } está aberta e pré-preenchida com as respostas do último ciclo: confirme ou atualize cada uma delas antes de submeter a candidatura.

    { $link }
mail-workshop-booked-subject = Lugar reservado: { $title }
mail-workshop-booked-body =
    Caro/a { $name },

    Tem um lugar reservado no workshop «{ $title }», em { $when }.

    { $link }
mail-workshop-waitlisted-subject = Na lista de espera: { $title }
mail-workshop-waitlisted-body =
    Caro/a { $name },

    O workshop «{ $title }», em { $when }, está esgotado. Está inscrito/a na lista de espera; escrever-lhe-emos quando ficar um lugar livre.

    { $link }
mail-workshop-promoted-subject = O lugar é seu: { $title }
mail-workshop-promoted-body =
    Caro/a { $name },

    Ficou livre um lugar, que agora é seu: o workshop «{ $title }», em { $when }.

    { $link }
mail-workshop-reminder-subject = Amanhã: { $title }
mail-workshop-reminder-body =
    Caro/a { $name },

    Lembramos que o workshop «{ $title }» se realiza em { $when }.

    { $link }
mail-self-check-due-subject = Autoavaliação anual de { $facility }
mail-self-check-due-body =
    Caro/a { $name },

    A autoavaliação anual de { $facility } venceu em { $due }. O representante autorizado confirma, na página da instituição, que o pessoal, os equipamentos e o volume de procedimentos continuam a cumprir os critérios essenciais, ou indica o que mudou.

    { $link }
decision-letter-excellence = A instituição é acreditada como Centro de Excelência IASIOS.
application-status-not-accredited = Não acreditada
decision-not-accredited = Não acreditada
decision-letter-not-accredited = A avaliação concluiu que o serviço ainda não cumpre os critérios do programa para a acreditação. A instituição continua a ser um Centro inscrito.
decision-reasons = Motivos por critério
decision-reasons-hint = Um critério por linha: o critério, dois pontos e o motivo, p. ex. «3b: a reunião multidisciplinar é mensal». Obrigatório para «Não acreditada»; com «Alterações necessárias», os critérios indicados aqui também são reabertos.
decision-reasons-heading = Motivos por critério
decision-reapply-from = Pode ser aberta uma nova candidatura a partir de { $date }.
decision-start-new = Iniciar uma nova candidatura
decision-error-reasons = Não foi possível ler os motivos: escreva um critério por linha com o critério, dois pontos e o motivo (p. ex. «3b: …»), cada critério desta edição uma só vez.
decision-error-no-reasons = Uma decisão «não acreditada» indica os seus motivos: indique pelo menos um critério e o porquê.
decision-error-not-accredited-recertification = Uma recertificação não pode ser decidida como «não acreditada»: o seu certificado mantém-se válido até ao fim do prazo. Peça alterações em vez disso.
application-error-waiting-period = Poderá abrir uma nova candidatura quando terminar o período de espera após a decisão; a carta de decisão indica a data.
workshop-online-link-hidden = A ligação é mostrada aqui a quem tem um lugar reservado.
