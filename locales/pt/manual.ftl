# Manual da aplicação Accredit-IO: um capítulo por tema, três mensagens cada (título, resumo, corpo).
# O inglês é a língua de origem e a língua de recurso; os tradutores trabalham a partir de en/manual.ftl.

manual-overview = Bem-vindo ao Accredit-IO
manual-overview-summary = O que é o programa de acreditação, as suas três etapas e como este manual está organizado.
manual-overview-body =
    O Accredit-IO gere o programa de acreditação dos serviços de oncologia de intervenção. A sua equipa responde a um questionário sobre as normas de garantia da qualidade, revê uma amostra aleatória dos seus próprios casos e submete a candidatura; os avaliadores analisam a mesma candidatura na mesma aplicação e o secretariado do programa decide.

    ## As três etapas

    - Centro inscrito: a instituição está registada e ativada e a respetiva fatura de inscrição está paga.
    - Centro acreditado: os avaliadores consideraram cumpridos todos os critérios essenciais e a revisão interna de casos está concluída. Válido por quatro anos.
    - Centro de Excelência: na recertificação, todos os critérios essenciais e todos os critérios alargados estão cumpridos. Válido por quatro anos.

    ## O percurso em resumo

    - Registe e ative a instituição e, em seguida, traga os seus colegas com o código da instituição.
    - Pague a fatura de inscrição e abra a candidatura.
    - Responda ao questionário, associe evidências e reveja 30 casos sorteados aleatoriamente.
    - O representante autorizado submete a candidatura; os avaliadores analisam-na e podem colocar questões.
    - O secretariado decide; um serviço acreditado recebe um certificado verificável.

    ## Idiomas

    A interface, as normas, os e-mails e este manual estão disponíveis em nove idiomas: inglês, alemão, francês, espanhol, italiano, português, turco, chinês simplificado e árabe (da direita para a esquerda). Pode mudar de idioma no cabeçalho a qualquer momento.

manual-registering = Registar uma instituição e aderir a ela
manual-registering-summary = Como registar o seu serviço, ativá-lo e trazer os seus colegas com o código da instituição.
manual-registering-body =
    ## Antes de começar

    Precisa de realizar pelo menos 150 procedimentos terapêuticos de oncologia de intervenção por ano e de ter a aprovação do diretor de departamento ou do diretor hospitalar (nome, endereço de e-mail e uma data dos últimos dois anos). Decida quem será o representante autorizado, o contacto designado e, opcionalmente, o contacto substituto.

    ## Registo

    Escolha Registar uma instituição e preencha o formulário: instituição, elegibilidade, a sua conta e as funções na instituição. Deixe uma função vazia para a assumir pessoalmente. Passa a ser o titular principal da conta. Se a instituição já estiver registada, é-lhe pedido que adira a ela.

    ## Ativação

    Enviamos-lhe por e-mail uma ligação, válida durante 72 horas, e o código da sua instituição. Abra a ligação e clique em Ativar agora. A instituição passa de Registada – ativação pendente para Ativada – pagamento da inscrição pendente, a fatura de inscrição é emitida e as pessoas que indicou recebem um convite com o código. Se a ligação expirou ou se perdeu, escolha «Ligação expirada ou perdida? Receber uma nova ligação» na página de início de sessão e introduza o seu endereço: a nova ligação substitui a anterior. O secretariado do programa também pode reenviá-la ou ativar a instituição em seu nome. Um registo não ativado no prazo de 30 dias é eliminado, e o seu nome e endereço ficam de novo livres.

    ## Aderir com o código da instituição

    Os colegas escolhem Criar uma conta para aderir a uma instituição, confirmam o seu endereço de e-mail, iniciam sessão, abrem Aderir a uma instituição e introduzem o código (dez letras e algarismos, por exemplo ABCDE-23456). O pedido apresenta o estado A aguardar aprovação até o titular principal da conta clicar em Aprovar ou Recusar, em Pedidos de adesão. Quem tiver sido indicado para uma função e aderir com esse endereço de e-mail torna-se imediatamente membro.

    ## A sua conta

    Após demasiadas tentativas com a palavra-passe errada, aguarde 15 minutos. Uma ligação para repor a palavra-passe é válida durante uma hora. Uma conta pode pertencer a várias instituições, apresentadas em As minhas instituições.

manual-roles = Funções e permissões
manual-roles-summary = Quem faz o quê numa instituição e no programa, e como são designadas as funções na instituição.
manual-roles-body =
    ## Funções na instituição

    - Titular principal da conta: aprova e remove membros, designa as funções na instituição e decide se um Centro inscrito consta do diretório. Não pode ser removido.
    - Representante autorizado: formalmente responsável pela candidatura e a única pessoa que a pode submeter. Nem mesmo um administrador a pode submeter por si.
    - Contacto designado e contacto substituto: recebem a correspondência do programa.
    - Membro: responde às perguntas, associa evidências, preenche a revisão de casos e responde às questões dos avaliadores.

    ## Designar funções

    Na página da instituição, em Funções na instituição, o titular principal da conta clica em Designar junto a uma função e indica um colega ou um endereço de e-mail. Cada função tem um único titular; uma função por preencher apresenta não designado e uma pessoa indicada por e-mail apresenta convidado até aderir. Designe um novo representante autorizado antes de remover o atual.

    ## Funções no programa

    Os avaliadores veem apenas as candidaturas que lhes foram atribuídas. Os administradores asseguram o secretariado do programa: registos, faturas, edições das normas, designações, decisões e workshops. Os tradutores mantêm os idiomas. Todas as alterações ficam guardadas num registo de auditoria inviolável, que torna visível qualquer adulteração.

manual-invoices = Faturas e pagamento
manual-invoices-summary = Que faturas recebe, como as pagar e o que acontece depois de pagas.
manual-invoices-body =
    ## O que é faturado

    - Na ativação: a taxa de inscrição mais a primeira taxa anual.
    - Em cada aniversário da inscrição: a taxa anual.
    - Seis meses antes de a sua acreditação expirar: a taxa de recertificação.

    ## Consultar e pagar

    A página da instituição apresenta as suas Faturas; Ver abre uma delas, com as opções Imprimir e Descarregar PDF. Transfira o total até à data de vencimento (normalmente 30 dias), indicando a referência de pagamento. O secretariado regista o seu pagamento, ou o prestador de serviços de pagamento confirma-o. As faturas e os lembretes são enviados por e-mail ao contacto designado ou, na falta deste, ao titular principal da conta.

    ## Estado e correções

    Uma fatura pode estar Em aberto, Paga, Em atraso ou Anulada, ou ser uma Nota de crédito; Em dívida indica o montante que falta pagar. Os lembretes são enviados na data de vencimento e 14 dias depois. As faturas nunca são eliminadas: uma fatura errada é anulada e é emitida uma nota de crédito.

    ## Tornar-se Centro inscrito

    Assim que a fatura de inscrição estiver integralmente paga, a instituição torna-se Centro inscrito e o selo correspondente aparece na sua página. Não há prazo para submeter a candidatura, pelo que pode prepará-la ao seu ritmo.

manual-questionnaire = Responder ao questionário
manual-questionnaire-summary = Responder pela ordem que quiser, como funciona a gravação automática, trabalhar sem ligação e resolver um conflito com um colega.
manual-questionnaire-body =
    ## Abrir a candidatura

    Enquanto Centro inscrito, clique em Ir para a candidatura na página da instituição. A candidatura utiliza, durante todo o ciclo, a edição das normas em vigor no dia em que a abre. Os critérios estão agrupados por secção e norma e assinalados como Critério essencial ou Critério alargado.

    ## Critérios e orientações

    Cada critério tem Orientações e uma lista de Evidências. As respostas podem ser sim ou não com uma explicação, um número, uma data, um texto, ou uma escolha única ou múltipla. Um critério essencial respondido com Não precisa de uma explicação; as datas não podem ser futuras.

    ## Qualquer ordem, várias mãos

    Responda pela ordem que quiser. Vários colegas podem trabalhar ao mesmo tempo; as respostas que guardam aparecem no seu ecrã em poucos segundos.

    ## Como funciona a gravação

    Não existe botão de gravar. O texto escrito é guardado após uma pausa de cerca de um segundo; escolher uma opção ou sair de um campo grava de imediato. Cada critério mostra o seu estado:

    - A guardar…: a caminho do servidor.
    - Guardado: o servidor já o recebeu.
    - Offline — guardado neste dispositivo: mantido neste navegador e enviado automaticamente mais tarde.
    - Alterado por outra pessoa: um conflito, ver abaixo.

    ## Trabalhar sem ligação

    Se a rede falhar, continue a trabalhar. As respostas ficam neste dispositivo, mantêm-se mesmo que a página seja recarregada e são enviadas pela ordem certa quando voltar a estar ligado; a página indica quantas estão em espera. Não termine sessão enquanto houver respostas em espera: terminar sessão remove-as do dispositivo. Se a sua sessão tiver terminado, o critério indica Guardada neste dispositivo: inicie sessão novamente para a enviar.

    ## Conflitos

    Se um colega tiver guardado uma resposta diferente para o mesmo critério depois de o ter carregado, vê a resposta dessa pessoa e escolhe Manter a minha resposta ou Aceitar a outra resposta. Nada é substituído sem aviso.

manual-section-1 = Secção 1: Organização e infraestrutura
manual-section-1-summary = Normas 1 a 4: governação, instalações e equipamento, recursos humanos e reunião multidisciplinar.
manual-section-1-body =
    Esta instalação inclui uma edição de demonstração: critérios de exemplo redigidos por nós, não as normas licenciadas. Com a edição licenciada, a redação muda, mas a forma de trabalhar não. A secção 1 tem 20 critérios, 11 dos quais essenciais.

    ## Norma 1: Organização e governação do serviço

    Os critérios essenciais 1a, 1c, 1e, 1f e 1g exigem um responsável clínico nomeado, um lugar definido na estrutura do hospital, procedimentos operacionais normalizados (SOP) para cada procedimento, revisão documental pelo menos de três em três anos e consultas pré e pós-tratamento. Normalmente bastam um organigrama, a carta de nomeação do responsável, um índice dos SOP com as datas de revisão e um horário das consultas. Revisões de SOP em atraso sem explicação são uma constatação frequente.

    ## Norma 2: Instalações e equipamento

    O critério essencial 2b exige salas de procedimentos garantidas, com equipamento de monitorização e de reanimação verificado segundo um calendário definido; uma descrição da sala e uma lista de verificação recente são úteis. As salas partilhadas são aceitáveis se os períodos reservados à oncologia de intervenção estiverem salvaguardados. No critério 2a, assinale apenas as modalidades que pode efetivamente utilizar.

    ## Norma 3: Recursos humanos e credenciação

    Os critérios essenciais 3a e 3c abrangem médicos de oncologia de intervenção credenciados, bem como enfermeiros e técnicos de radiologia com formação e apoio de anestesia. Os registos de credenciação, currículos resumidos, escalas de serviço e registos de formação são as evidências habituais. No critério 3b, conte apenas os médicos autónomos e descreva os internos na explicação.

    ## Norma 4: Reunião multidisciplinar de oncologia

    Os critérios essenciais 4b, 4c e 4d exigem que um médico de oncologia de intervenção integre a reunião, que todos os doentes eletivos de oncologia de intervenção sejam discutidos previamente e que a recomendação chegue ao processo clínico e ao médico que referenciou o doente. O regulamento, as listas de presenças e as atas são evidências sólidas. Anonimize as atas antes de as carregar.

manual-section-2 = Secção 2: Percurso clínico e segurança do doente
manual-section-2-summary = Normas 5 a 9: avaliação, consentimento, cuidados periprocedimento, proteção radiológica e cuidados de internamento.
manual-section-2-body =
    Também estes são critérios de demonstração redigidos por nós, não as normas licenciadas. A secção 2 tem 21 critérios, 12 dos quais essenciais.

    ## Norma 5: Referenciação e avaliação pré-procedimento

    O critério essencial 5d exige que cada doente seja avaliado previamente pela equipa de oncologia de intervenção, incluindo o estado funcional, os resultados laboratoriais, a medicação e as alergias. A sua lista de verificação e três avaliações preenchidas e anonimizadas são a melhor demonstração. Tenha especial atenção à medicação anticoagulante e antiagregante plaquetária.

    ## Norma 6: Consentimento informado e informação ao doente

    Os critérios essenciais 6a a 6d exigem consentimento escrito obtido por um clínico conhecedor do procedimento, a discussão dos benefícios, riscos e alternativas, informação em linguagem simples para cada procedimento, e intérpretes ou formatos acessíveis. Carregue os formulários de consentimento, os folhetos informativos e a política de interpretação. Formulários genéricos sem alternativas são uma constatação frequente.

    ## Norma 7: Planeamento do procedimento e cuidados periprocedimento

    Os critérios essenciais 7a e 7b exigem uma lista de verificação de segurança para cada procedimento e protocolos de sedação, anticoagulação e profilaxia antibiótica. Acrescente a sua auditoria mais recente à utilização da lista de verificação. Se faltar um protocolo, indique-o em vez de responder Sim.

    ## Norma 8: Proteção radiológica e segurança

    Os critérios essenciais 8a a 8e exigem um especialista em física médica, o registo da dose no doente em cada procedimento guiado por imagem, níveis de referência locais auditados nos últimos 12 meses, dosimetria e equipamento de proteção para o pessoal, e o seguimento dos doentes expostos a doses elevadas. Uma auditoria de doses desatualizada é a lacuna mais habitual. Se não realizar radioembolização, responda Não ao critério 8f e indique-o.

    ## Norma 9: Cuidados de enfermagem e de internamento

    Nenhum critério é essencial, mas os três contam para o Centro de Excelência: camas, enfermeiros de internamento com formação nos cuidados após procedimentos de oncologia de intervenção e uma pessoa de contacto identificada após a alta. A informação de alta que indica essa pessoa de contacto é uma evidência simples.

manual-section-3 = Secção 3: Resultados, qualidade e formação
manual-section-3-summary = Normas 10 a 13: seguimento, complicações, melhoria da qualidade, e educação e investigação.
manual-section-3-body =
    Mais uma vez, trata-se de uma edição de demonstração redigida por nós, não das normas licenciadas. A secção 3 tem 14 critérios, 4 dos quais essenciais.

    ## Norma 10: Seguimento e avaliação de resultados

    O critério essencial 10c exige um calendário de imagiologia de seguimento por tipo de procedimento, revisto pela equipa de oncologia de intervenção; o seu protocolo escrito é a evidência principal. Explique como se atua perante doença residual ou recidiva.

    ## Norma 11: Gestão e notificação de complicações

    O critério essencial 11a exige que todas as complicações, incluindo as que ocorrem após a alta, sejam registadas prospetivamente e graduadas segundo uma classificação reconhecida. Carregue um extrato anonimizado do registo. Mantenha os graus coerentes com a sua revisão de casos.

    ## Norma 12: Melhoria da qualidade, auditoria e dados

    Os critérios essenciais 12a e 12b exigem uma base de dados prospetiva de procedimentos e pelo menos um ciclo completo de auditoria por ano. Carregue a lista de campos da base de dados e a sua auditoria mais recente com o respetivo plano de ação. Uma auditoria sem reauditoria não fecha o ciclo.

    ## Norma 13: Educação, formação e investigação

    Nenhum critério é essencial. Resuma a formação contínua, a formação de internos e a investigação dos últimos anos; estes elementos contam para o Centro de Excelência.

manual-evidence = Biblioteca de evidências
manual-evidence-summary = Carregue um documento uma única vez, associe-o a quantos critérios quiser e mantenha-o livre de dados de doentes.
manual-evidence-body =
    ## Uma biblioteca por instituição

    Todos os ficheiros carregados vão para a biblioteca de evidências da instituição, que mostra quem carregou cada ficheiro, quando e os critérios que fundamenta. Um mesmo ficheiro pode servir de evidência para vários critérios.

    ## Anexar ficheiros

    Num critério, utilize Anexar um ficheiro e Carregar, ou escolha um ficheiro da biblioteca e clique em Associar. Remover retira o ficheiro apenas desse critério.

    ## Ficheiros aceites

    PDF, imagens, documentos Office e texto simples, até ao limite indicado (20 MB por predefinição). O tipo é verificado a partir do conteúdo e não do nome.

    ## Boas práticas

    Utilize documentos atuais e datados e remova previamente nomes, datas de nascimento e números de processo hospitalar. Cada critério essencial tem de ter as evidências exigidas associadas antes de a candidatura poder ser submetida; num critério alargado, a falta de evidências é assinalada, mas não impede a submissão. Os avaliadores podem pedir outras evidências mais tarde.

manual-readiness = Resumo de pendências e progresso
manual-readiness-summary = Ler o resumo de pendências e a tabela de progresso, e saber quando está pronto para submeter a candidatura.
manual-readiness-body =
    ## O que ainda precisa de atenção

    - Ainda sem resposta: todos os critérios precisam de resposta; um critério alargado pode ser respondido com Não (ainda não cumprido), com a respetiva explicação.
    - Um critério essencial tem de estar cumprido antes da submissão: um critério essencial respondido com Não.
    - A resposta tem de ser corrigida: foi guardada, mas não passa na verificação (por exemplo, uma percentagem superior a 100); conta como não respondida.
    - Evidências obrigatórias ainda não carregadas: num critério essencial, isto impede a submissão; num critério alargado, é apenas um lembrete.

    ## Progresso

    Os contadores mostram os critérios essenciais e alargados respondidos (27 e 28 na edição de demonstração); a tabela Progresso por secção e norma detalha-os para que possa repartir o trabalho.

    ## Pronto para submeter

    Está pronto quando todos os critérios estiverem respondidos, cada critério essencial estiver respondido como cumprido e tiver as evidências exigidas associadas, e a revisão de casos estiver concluída. O painel indica exatamente o que ainda impede a submissão da candidatura, cada ponto com uma ligação para o critério; o servidor aplica a mesma verificação quando o representante autorizado submete a candidatura. As respostas aos critérios alargados nunca compensam uma lacuna num critério essencial.

manual-case-review = Revisão interna de casos
manual-case-review-summary = Como são sorteados 30 casos da sua lista pseudonimizada de casos e como preencher o formulário de cada caso.
manual-case-review-body =
    ## A lista de referências

    Indique as referências pseudonimizadas de todos os casos de oncologia de intervenção dos últimos 12 meses, uma por linha ou na primeira coluna de um ficheiro CSV. Precisa de pelo menos 30 referências diferentes, cada uma com até 40 caracteres. Nunca utilize nomes, datas de nascimento nem números de processo hospitalar: essas referências são recusadas com indicação do número da linha.

    ## Sortear os casos

    Clique em Sortear 30 casos. A semente, a impressão digital da lista, a data e a pessoa que efetuou o sorteio ficam registadas, para que o sorteio possa ser repetido e verificado. Sortear novamente exige um motivo, que os avaliadores podem ver.

    ## O formulário do caso

    Para cada caso, registe o tipo e a data do procedimento, se estão documentados a discussão em reunião multidisciplinar, o consentimento e o seguimento, o grau das complicações (CIRSE 1 a 6 ou nenhuma) e notas. A página indica quantos dos 30 casos estão concluídos. O formulário não é guardado offline: se indicar Não guardado, tente novamente quando voltar a estar ligado. «Igual ao caso anterior» copia as respostas do caso acima (não as suas notas) quando os valores se repetem; depois altere o que for diferente.

    ## Alertas de identificadores

    As notas que pareçam conter um nome, uma data de nascimento, um número de identificação ou dados de contacto são assinaladas, e o caso fica Por fazer até o texto ser reformulado. Registe o que realmente aconteceu: a revisão deve refletir a sua prática.

manual-submission = Submeter a candidatura
manual-submission-summary = Quem submete, o que é verificado e bloqueado, e o que significa o seu comprovativo.
manual-submission-body =
    ## Quem submete

    Apenas o representante autorizado. Este assinala a confirmação e clica em Submeter a candidatura; o servidor volta a verificar se a candidatura está pronta.

    ## Antes de submeter

    - Todos os critérios estão respondidos; cada critério essencial está cumprido e tem as evidências exigidas associadas.
    - A revisão de casos está concluída.
    - Nenhum colega continua a apresentar Offline — guardado neste dispositivo.

    ## O que fica bloqueado

    As respostas, as evidências associadas e a revisão de casos ficam bloqueadas num único instantâneo, com uma impressão digital do conteúdo SHA-256. O estado passa a Submetida – a aguardar os avaliadores.

    ## O seu comprovativo

    A página indica quem submeteu a candidatura, quando, e a impressão digital, que é também enviada por e-mail à equipa. Guarde-a: identifica exatamente o que submeteu.

manual-assessment = Avaliação
manual-assessment-summary = Como os avaliadores analisam a candidatura, como funcionam as questões e porque é que a contagem do tempo é suspensa enquanto são pedidas evidências.
manual-assessment-body =
    ## Designação

    O secretariado designa os avaliadores. Cada um declara primeiro os seus conflitos de interesses; um conflito põe termo à designação. Quando o primeiro avaliador fica ativo, o estado passa a Em avaliação e a contagem do tempo começa.

    ## Constatações

    Em Avaliações, cada avaliador analisa todas as respostas, as respetivas evidências e a revisão de casos, e regista Cumprido, Parcialmente cumprido, Não cumprido ou Não aplicável, com um comentário. Num critério essencial, Não aplicável nunca conta como cumprido. Os avaliadores trabalham de forma independente e enviam depois uma recomendação.

    ## Questões

    Um avaliador pode colocar uma questão sobre um critério. O estado passa a Evidências pedidas pelos avaliadores, a equipa é notificada por e-mail e o critério volta a ficar aberto. Responda, anexe um ficheiro ou altere o critério; o avaliador encerra então a questão.

    ## A contagem do tempo

    A contagem do tempo fica suspensa enquanto houver alguma questão em aberto. O secretariado trabalha com um objetivo, normalmente de 12 semanas, pelo que deve responder com prontidão.

manual-decision = Decisão, certificado e verificação
manual-decision-summary = Como é tomada a decisão e como funcionam o certificado, o selo e a presença no diretório.
manual-decision-body =
    ## A decisão

    Depois de encerradas todas as questões, o secretariado decide. A decisão Acreditada exige que todos os critérios essenciais sejam considerados cumpridos por todos os avaliadores e que a revisão de casos esteja concluída. Caso contrário, a decisão Alterações necessárias indica os critérios a alterar; leia a carta de decisão na página da candidatura ou em PDF.

    ## Alterações

    Só os critérios indicados voltam a ficar abertos. Altere-os; em seguida, o representante autorizado submete novamente a candidatura e os mesmos avaliadores prosseguem a avaliação.

    ## Certificado e verificação

    Um Centro acreditado recebe um certificado válido por quatro anos, com um código QR que remete para uma página pública de verificação com o estado Válido, Expirado ou Retirado. Um selo que pode ser incorporado no seu sítio Web mostra o mesmo estado em tempo real.

    ## Diretório

    Os Centros acreditados e os Centros de Excelência com certificado válido constam automaticamente do diretório. Um Centro inscrito só consta do diretório se o titular principal da conta assinalar Incluir este centro inscrito no diretório público.

manual-recertification = Recertificação e Centro de Excelência
manual-recertification-summary = A fatura de recertificação, a candidatura pré-preenchida, os resultados possíveis e o que acontece quando a acreditação expira.
manual-recertification-body =
    ## Calendário

    Todos os anos entre ciclos, no aniversário da sua acreditação, o representante autorizado preenche uma breve autoavaliação na página da instituição: confirma que o pessoal, os equipamentos e o volume de procedimentos continuam a cumprir os critérios essenciais, ou indica o que mudou. Seis meses antes de a sua acreditação de quatro anos expirar, recebe a fatura de recertificação. O pagamento desta fatura abre uma candidatura de recertificação com base na edição das normas em vigor.

    ## Uma candidatura pré-preenchida

    A candidatura é pré-preenchida com base no seu último ciclo acreditado. Cada resposta transitada é assinalada com «Transitada do ciclo anterior — confirme ou atualize» e conta como sem resposta até que a confirme sem alterações ou a altere. As evidências cuja data de validade registada na biblioteca de evidências já passou são assinaladas. «Comparar com o ciclo anterior» mostra, critério a critério, o que mudou; os avaliadores veem a mesma comparação.

    ## Resultados

    - Numa recertificação pode candidatar-se a Centro de Excelência; o resumo mostra quantos critérios alargados continuam sem resposta.
    - Candidatura apresentada e todos os critérios essenciais e todos os alargados cumpridos: Centro de Excelência por quatro anos.
    - Todos os critérios essenciais cumpridos: novamente Centro acreditado por quatro anos.
    - Um critério essencial não cumprido: alterações necessárias nos critérios indicados.

    ## Expiração

    A acreditação mantém-se válida enquanto estiver em avaliação uma recertificação submetida antes da data de expiração. Caso contrário, a acreditação expira, e a página de verificação, o selo e o diretório passam a indicá-lo. Um certificado retirado apresenta o estado Retirado.

manual-workshops = Workshops
manual-workshops-summary = Encontrar, reservar e cancelar um workshop, e como funciona a lista de espera.
manual-workshops-body =
    ## Workshops

    O secretariado organiza workshops online ou presenciais, cada um num idioma indicado e com lugares limitados. O calendário é público, e os horários são apresentados no fuso horário do próprio workshop.

    ## Reserva e lista de espera

    Os membros de uma instituição com sessão iniciada podem reservar um lugar para si próprios ou para um colega da mesma instituição. Se o workshop estiver esgotado, inscreva-se na lista de espera; quando um lugar ficar livre, a primeira pessoa em espera fica com esse lugar e recebe um e-mail. Todas as pessoas com lugar recebem um lembrete na véspera.

    ## Cancelamento e o seu calendário

    Cancele com antecedência se não puder comparecer, para que alguém em espera possa ficar com o lugar. Descarregue um workshop como ficheiro iCalendar (.ics) ou subscreva o feed de calendário de todos os workshops.

manual-faq = Perguntas frequentes
manual-faq-summary = Respostas breves às perguntas que as equipas e os avaliadores colocam com mais frequência.
manual-faq-body =
    ## Temos de responder pela ordem?

    Não. Responda pela ordem que quiser; o resumo de pendências mostra o que falta.

    ## Todas as evidências têm de ser carregadas antes da submissão?

    Nos critérios essenciais, sim: as evidências exigidas de cada critério essencial têm de estar associadas antes de a candidatura poder ser submetida. Nos critérios alargados, a falta de evidências é assinalada, mas não impede a submissão; tenha os documentos prontos para os avaliadores.

    ## E se a rede falhar?

    As respostas ficam no seu dispositivo, assinaladas com Offline — guardado neste dispositivo, e são enviadas quando voltar a estar ligado. Não termine sessão antes de terem sido enviadas.

    ## Quem pode submeter a candidatura?

    Apenas o representante autorizado, nunca um administrador. O titular principal da conta pode designar outra pessoa para essa função.

    ## Podemos sortear novamente os 30 casos?

    Sim, indicando um motivo, que fica registado e visível para os avaliadores.

    ## Quanto tempo demora a avaliação?

    O objetivo é de cerca de 12 semanas de contagem efetiva; a contagem fica suspensa enquanto houver uma questão em aberto.

    ## Como podem outras pessoas verificar o nosso estado?

    Através da página de verificação, acessível a partir do código QR do certificado, do seu selo ou do diretório.

    ## Esta é a edição oficial das normas?

    Não. É uma edição de demonstração redigida por nós; a edição licenciada é importada separadamente.

manual-glossary = Glossário
manual-glossary-summary = Termos de oncologia de intervenção e do programa utilizados no Accredit-IO.
manual-glossary-body =
    - Ablação: destruição de um tumor por calor, frio ou outra forma de energia, através de uma sonda guiada por imagem.
    - Centro acreditado (Accredited Centre): uma instituição considerada conforme com todos os critérios essenciais; válido por quatro anos.
    - Representante autorizado (Authorised Representative): a pessoa formalmente responsável pela candidatura e a única que a pode submeter.
    - Referência do caso (pseudonimizada): um código que identifica um caso internamente, sem nome, data de nascimento nem número de processo hospitalar.
    - Centro de Excelência (Centre of Excellence): o estatuto mais elevado, alcançado na recertificação ao cumprir todos os critérios essenciais e alargados.
    - Quimioembolização (TACE): quimioterapia associada a partículas embólicas, injetada nas artérias que irrigam um tumor.
    - Classificação CIRSE das complicações: escala de gravidade das complicações de procedimentos de intervenção, do grau 1, o mais ligeiro, ao grau 6, a morte.
    - Suspensão da contagem: o período durante o qual uma questão em aberto suspende a contagem do tempo de avaliação.
    - Impressão digital do conteúdo: o valor SHA-256 do instantâneo bloqueado no momento da submissão.
    - Critério essencial (core item): um critério que tem de ser cumprido para obter a acreditação.
    - Centro inscrito (Enrolled Centre): uma instituição registada cuja fatura de inscrição está paga.
    - Biblioteca de evidências: o repositório de documentos da instituição, em que cada documento pode ser associado a vários critérios.
    - Critério alargado (extended item): um critério necessário apenas para o Centro de Excelência.
    - Constatação: o juízo de um avaliador sobre um critério.
    - Revisão interna de casos: a revisão de 30 casos sorteados aleatoriamente a partir da sua lista de casos.
    - Questão: uma pergunta de um avaliador sobre um critério, que o volta a abrir até ser encerrada.
    - Radioembolização (TARE ou SIRT): microesferas radioativas administradas nas artérias que irrigam um tumor do fígado.
    - Edição das normas: uma versão fixa das normas, com secções, normas e critérios identificados por letras.
    - Reunião multidisciplinar (tumour board, MDT): a reunião de várias especialidades que acorda o tratamento de cada doente.
