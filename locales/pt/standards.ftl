# Accredit-IO standards texts: demonstration edition demo-2026 (standards/demo-2026.toml).
# Our own wording of plausible interventional-oncology quality items, not the licensed standards.
# English is the source language and the fallback.

edition-demo-2026-title = Edição de demonstração 2026 (não corresponde às normas licenciadas)

## Section 1

std-section-1-title = Organização e infraestrutura

### Standard 1

std-1-title = Organização e governação do serviço
std-1-intro = Esta norma avalia a forma como o serviço de oncologia de intervenção é dirigido, organizado e governado no hospital.

std-1a-text = O serviço tem um responsável clínico designado para a oncologia de intervenção?
std-1a-guidance = Responda sim se um médico for responsável pelo serviço de oncologia de intervenção e esta função estiver documentada. Um responsável partilhado com outro serviço é aceitável se as suas responsabilidades na oncologia de intervenção estiverem definidas por escrito.
std-1a-evidence-1 = Organograma do serviço de oncologia de intervenção
std-1a-evidence-2 = Descrição de funções ou carta de nomeação do responsável clínico

std-1b-text = Quantos procedimentos terapêuticos de oncologia de intervenção realizou o serviço nos últimos 12 meses?
std-1b-guidance = Contabilize apenas os procedimentos terapêuticos (por exemplo, ablação, quimioembolização, radioembolização e outros tratamentos dirigidos ao tumor); exclua as biópsias puramente diagnósticas e a colocação de cateteres venosos totalmente implantáveis. Considere os 12 meses anteriores à data da sua resposta.
std-1b-evidence-1 = Resumo do registo de procedimentos dos últimos 12 meses (anonimizado)

std-1c-text = O serviço de oncologia de intervenção está formalmente reconhecido na estrutura organizacional do hospital, com linhas hierárquicas definidas?
std-1c-guidance = O serviço deve constar do organograma do hospital ou de um documento equivalente que indique a quem reporta o responsável clínico. Descreva na explicação quaisquer acordos informais.
std-1c-evidence-1 = Organograma do hospital com a posição do serviço de oncologia de intervenção

std-1d-text = Em que departamento está principalmente integrado o serviço de oncologia de intervenção?
std-1d-guidance = Escolha o departamento que detém o orçamento e a gestão hierárquica do serviço de oncologia de intervenção. Se a responsabilidade for partilhada, escolha o departamento do responsável clínico.
std-1d-option-radiology = Radiologia ou radiologia de intervenção
std-1d-option-oncology = Oncologia ou centro oncológico
std-1d-option-surgery = Cirurgia
std-1d-option-independent = Unidade autónoma de oncologia de intervenção
std-1d-option-other = Outro

std-1e-text = O serviço dispõe de procedimentos operativos normalizados escritos para todos os procedimentos de oncologia de intervenção que oferece?
std-1e-guidance = Cada tipo de procedimento oferecido deve ter um procedimento operativo normalizado (PON) escrito e em vigor que abranja indicações, contraindicações, preparação, técnica e cuidados pós-procedimento. Indique na explicação os tipos de procedimento sem PON.
std-1e-evidence-1 = PON escrito para a ablação
std-1e-evidence-2 = Índice dos PON em vigor com as respetivas datas de revisão

std-1f-text = Os PON e as políticas do serviço têm controlo de versões e são revistos com uma periodicidade definida não superior a três anos?
std-1f-guidance = Demonstre como os documentos são datados, versionados e aprovados, e quem é responsável pela sua revisão. Os documentos com revisão em atraso devem ser justificados.
std-1f-evidence-1 = Registo de controlo documental ou lista de políticas

std-1g-text = O serviço realiza consultas externas dedicadas, em que os doentes são observados por um oncologista de intervenção antes e depois do tratamento?
std-1g-guidance = As consultas podem ser realizadas apenas pelo serviço de oncologia de intervenção ou em conjunto com outras especialidades, desde que participe um oncologista de intervenção. Indique a frequência das consultas.
std-1g-evidence-1 = Horário das consultas de um mês representativo

std-1h-text = Descreva o leque de procedimentos de oncologia de intervenção oferecidos pelo serviço e os desenvolvimentos previstos para os próximos três anos.
std-1h-guidance = Basta uma breve descrição geral: os principais tipos de procedimento, os tipos de tumor tratados e quaisquer novas técnicas, equipamentos ou recursos humanos previstos.
std-1h-evidence-1 = Plano de desenvolvimento do serviço ou relatório anual mais recente

### Standard 2

std-2-title = Instalações e equipamento
std-2-intro = Esta norma avalia as salas, o equipamento de imagem e o apoio técnico disponíveis para os procedimentos de oncologia de intervenção.

std-2a-text = Que modalidades de imagem estão disponíveis para o serviço de oncologia de intervenção para a orientação e o planeamento dos procedimentos?
std-2a-guidance = Selecione todas as modalidades que a equipa de oncologia de intervenção pode utilizar nos seus procedimentos, quer nas suas próprias salas, quer mediante acordo com outro departamento.
std-2a-evidence-1 = Lista do equipamento de imagem com o ano de instalação
std-2a-option-ct = TC
std-2a-option-mri = RM
std-2a-option-ultrasound = Ecografia
std-2a-option-angiography = Fluoroscopia ou angiografia
std-2a-option-cone-beam-ct = TC de feixe cónico (CBCT)
std-2a-option-pet-ct = PET-TC

std-2b-text = O serviço tem acesso garantido a salas de procedimentos adequadas à oncologia de intervenção, equipadas com monitorização do doente e equipamento de reanimação?
std-2b-guidance = As salas podem ser partilhadas com outros serviços se os tempos de sala da oncologia de intervenção estiverem programados e protegidos. O equipamento de reanimação deve ser verificado segundo um calendário documentado.
std-2b-evidence-1 = Descrição ou planta das salas de procedimentos
std-2b-evidence-2 = Lista de verificação do equipamento de reanimação do último mês

std-2c-text = Em que data foi realizado o último controlo de qualidade documentado do principal equipamento de imagem utilizado nos procedimentos de oncologia de intervenção?
std-2c-guidance = Indique a data do controlo mais recente efetuado pela física médica ou pelo técnico de assistência do fabricante. Se forem utilizados vários sistemas, indique a data relativa ao sistema utilizado com maior frequência.
std-2c-evidence-1 = Relatório mais recente de controlo de qualidade ou de assistência técnica do equipamento

### Standard 3

std-3-title = Recursos humanos e credenciação
std-3-intro = Esta norma avalia o número, a formação e a credenciação dos profissionais que prestam cuidados de oncologia de intervenção.

std-3a-text = Todos os médicos que realizam procedimentos de oncologia de intervenção têm formação e credenciação para os procedimentos que realizam?
std-3a-guidance = A credenciação pode resultar de uma certificação reconhecida em radiologia de intervenção, de um equivalente nacional ou de um processo local documentado. Descreva na explicação qualquer médico ainda em formação supervisionada.
std-3a-evidence-1 = Registos de credenciação dos médicos de oncologia de intervenção
std-3a-evidence-2 = Currículos resumidos dos médicos de oncologia de intervenção

std-3b-text = Quantos médicos realizam atualmente procedimentos de oncologia de intervenção de forma autónoma no serviço?
std-3b-guidance = Contabilize os médicos que realizam procedimentos sem supervisão; não inclua os médicos em formação.

std-3c-text = Os procedimentos de oncologia de intervenção contam com enfermeiros e técnicos de radiologia com formação em intervenção, e com apoio de anestesia disponível quando necessário?
std-3c-guidance = Descreva a equipa habitual de um procedimento e a forma como é solicitado o apoio de anestesia ou de sedação. A formação pode ser interna, desde que esteja documentada.
std-3c-evidence-1 = Escala de serviço dos profissionais de um mês representativo
std-3c-evidence-2 = Registos de formação dos enfermeiros e dos técnicos de radiologia da oncologia de intervenção

std-3d-text = O hospital assegura cobertura de radiologia de intervenção 24 horas por dia para tratar as complicações dos procedimentos de oncologia de intervenção?
std-3d-guidance = A cobertura pode ser assegurada por uma escala de prevenção partilhada com um hospital vizinho, se as condições de transferência estiverem acordadas por escrito.
std-3d-evidence-1 = Escala de prevenção de radiologia de intervenção

### Standard 4

std-4-title = Reunião multidisciplinar de oncologia
std-4-intro = Esta norma avalia a forma como as decisões de tratamento de oncologia de intervenção são tomadas no seio de uma equipa multidisciplinar.

std-4a-text = Qual foi a mediana do número de dias entre a receção do pedido de referenciação e a discussão em reunião multidisciplinar nos últimos 12 meses?
std-4a-guidance = Conte dias de calendário, com base no registo de referenciações ou nos registos da reunião multidisciplinar. Se não dispuser de uma mediana exata, indique a sua melhor estimativa.
std-4a-evidence-1 = Auditoria dos tempos entre a referenciação e a reunião multidisciplinar

std-4b-text = Um oncologista de intervenção é membro permanente de todas as reuniões multidisciplinares em que são discutidos candidatos a tratamento de oncologia de intervenção?
std-4b-guidance = A composição deve constar do regulamento da reunião multidisciplinar. Explique como é assegurada a substituição quando o oncologista de intervenção está ausente.
std-4b-evidence-1 = Regulamento da reunião multidisciplinar com a lista dos seus membros
std-4b-evidence-2 = Registos de presenças dos últimos seis meses

std-4c-text = Todos os doentes propostos para tratamento eletivo de oncologia de intervenção são discutidos em reunião multidisciplinar antes do procedimento?
std-4c-guidance = Os procedimentos urgentes podem ser discutidos posteriormente. Explique quaisquer outras exceções e a forma como são documentadas.
std-4c-evidence-1 = Atas da reunião multidisciplinar dos últimos três meses (anonimizadas)

std-4d-text = As recomendações da reunião multidisciplinar são registadas no processo clínico do doente e comunicadas ao médico referenciador?
std-4d-guidance = Descreva onde é registada a recomendação e como é informado o médico referenciador, por exemplo por carta ou através do processo clínico eletrónico.
std-4d-evidence-1 = Amostra de recomendações anonimizadas da reunião multidisciplinar

std-4e-text = Com que frequência se realiza a reunião multidisciplinar em que são discutidos os doentes de oncologia de intervenção?
std-4e-guidance = Se os doentes de oncologia de intervenção forem discutidos em várias reuniões multidisciplinares, responda relativamente à que discute o maior número de referenciações para oncologia de intervenção.
std-4e-option-weekly = Semanal
std-4e-option-fortnightly = Quinzenal
std-4e-option-monthly = Mensal
std-4e-option-less-often = Menos frequente ou a pedido

## Section 2

std-section-2-title = Percurso clínico e segurança do doente

### Standard 5

std-5-title = Referenciação e avaliação pré-procedimento
std-5-intro = Esta norma avalia a forma como os doentes são referenciados ao serviço e avaliados antes do tratamento.

std-5a-text = Existe um circuito de referenciação documentado para os procedimentos de oncologia de intervenção, como um formulário de referenciação ou um pedido eletrónico?
std-5a-guidance = O circuito deve indicar claramente a informação que o médico referenciador tem de fornecer, incluindo os exames de imagem e os resultados laboratoriais relevantes.
std-5a-evidence-1 = Formulário de referenciação ou modelo de pedido eletrónico

std-5b-text = Os médicos referenciadores recebem informação escrita sobre os procedimentos disponíveis e os critérios de referenciação?
std-5b-guidance = Pode tratar-se de um folheto, de uma página na intranet ou de uma secção das orientações de referenciação do hospital.
std-5b-evidence-1 = Informação para os médicos referenciadores

std-5c-text = Descreva como são revistos os exames de imagem pré-procedimento e como garante que são suficientemente recentes para o planeamento.
std-5c-guidance = Indique quem revê os exames de imagem, qual o intervalo máximo que aceita entre o exame e o procedimento e o que acontece quando os exames estão desatualizados.

std-5d-text = Todos os doentes são avaliados clinicamente por um membro da equipa de oncologia de intervenção antes do procedimento, incluindo o estado funcional, os resultados laboratoriais, a medicação e as alergias?
std-5d-guidance = A avaliação pode ser feita em consulta, no internamento ou através de um contacto telefónico de pré-avaliação documentado. Deve ser dada especial atenção à medicação anticoagulante e antiagregante plaquetária.
std-5d-evidence-1 = Lista de verificação da avaliação pré-procedimento
std-5d-evidence-2 = Três avaliações preenchidas e anonimizadas

### Standard 6

std-6-title = Consentimento informado e informação ao doente
std-6-intro = Esta norma avalia a forma como os doentes são informados sobre o seu tratamento e como é obtido o seu consentimento.

std-6a-text = É obtido consentimento informado escrito para todos os procedimentos eletivos de oncologia de intervenção, por um clínico com conhecimento suficiente do procedimento?
std-6a-guidance = Descreva quem obtém o consentimento e em que momento. Normalmente, o consentimento deve ser obtido antes do dia do procedimento ou com tempo suficiente para o doente refletir.
std-6a-evidence-1 = Formulários de consentimento específicos de cada procedimento

std-6b-text = A conversa de consentimento aborda os benefícios esperados, os riscos frequentes e graves e os tratamentos alternativos?
std-6b-guidance = O formulário de consentimento ou o registo da conversa deve demonstrar que os riscos e as alternativas foram explicados.
std-6b-evidence-1 = Formulário de consentimento preenchido e anonimizado

std-6c-text = Os doentes recebem, antes do procedimento, informação escrita específica do procedimento em linguagem simples?
std-6c-guidance = A informação deve explicar o procedimento, a preparação, a recuperação esperada e quem contactar em caso de dúvidas.
std-6c-evidence-1 = Folhetos informativos para doentes sobre os principais procedimentos

std-6d-text = Estão disponíveis intérpretes ou informação em formatos acessíveis para os doentes que deles necessitem?
std-6d-guidance = Descreva como é solicitado um intérprete e o que está disponível para doentes com dificuldades visuais, auditivas ou de aprendizagem.
std-6d-evidence-1 = Política do hospital sobre interpretação e informação acessível

std-6e-text = Em que formatos está disponível a informação ao doente sobre os procedimentos de oncologia de intervenção?
std-6e-guidance = Selecione todos os formatos atualmente utilizados para, pelo menos, um dos procedimentos oferecidos.
std-6e-option-leaflet = Folheto impresso
std-6e-option-website = Sítio web do hospital ou portal do doente
std-6e-option-video = Vídeo
std-6e-option-translated = Traduções para outras línguas
std-6e-option-easy-read = Versão de leitura fácil

### Standard 7

std-7-title = Planeamento do procedimento e cuidados periprocedimento
std-7-intro = Esta norma avalia a forma como os procedimentos são planeados e como são prestados cuidados aos doentes imediatamente antes, durante e depois do procedimento.

std-7a-text = É preenchida e documentada uma lista de verificação de segurança para todos os procedimentos de oncologia de intervenção?
std-7a-guidance = É adequada uma lista de verificação adaptada de uma lista de verificação de segurança cirúrgica reconhecida. Explique como é verificado o seu preenchimento.
std-7a-evidence-1 = Exemplar em branco da lista de verificação de segurança
std-7a-evidence-2 = Resultado da auditoria mais recente ao cumprimento da lista de verificação

std-7b-text = Existem protocolos escritos de sedação e analgesia, de anticoagulação periprocedimento e de profilaxia antibiótica?
std-7b-guidance = Os protocolos podem ser de âmbito hospitalar, se abrangerem os procedimentos de oncologia de intervenção. Indique os protocolos em falta, se existirem.
std-7b-evidence-1 = Protocolo de sedação e analgesia
std-7b-evidence-2 = Norma de orientação sobre anticoagulação periprocedimento

std-7c-text = Descreva como é planeado o tratamento e como é verificado o resultado técnico no final do procedimento, por exemplo a margem de ablação ou o ponto final da embolização.
std-7c-guidance = Mencione qualquer software de planeamento ou de fusão de imagem, os exames de imagem com contraste no final do procedimento e a forma como o resultado é registado no relatório do procedimento.
std-7c-evidence-1 = Exemplo de relatório de procedimento (anonimizado)

### Standard 8

std-8-title = Proteção radiológica e segurança
std-8-intro = Esta norma avalia a forma como os doentes e os profissionais são protegidos da radiação ionizante durante os procedimentos de oncologia de intervenção.

std-8a-text = O serviço de oncologia de intervenção conta com o apoio de um especialista em física médica ou de um conselheiro de proteção radiológica designado?
std-8a-guidance = O especialista pode pertencer aos quadros do hospital ou ser contratado, e deve participar nas auditorias de dose, na aceitação dos equipamentos e na otimização dos protocolos.
std-8a-evidence-1 = Carta de nomeação ou contrato de prestação de serviços do especialista em física médica

std-8b-text = A dose de radiação do doente é registada em todos os procedimentos guiados por fluoroscopia e por TC?
std-8b-guidance = A dose pode ser registada automaticamente por um sistema de gestão de dose ou manualmente no relatório do procedimento.
std-8b-evidence-1 = Extrato do registo de doses de procedimentos recentes (anonimizado)

std-8c-text = O serviço estabeleceu níveis de referência de diagnóstico locais para os seus principais procedimentos e comparou com eles as suas doses nos últimos 12 meses?
std-8c-guidance = Explique que procedimentos estão abrangidos e que medidas foram tomadas caso as doses tenham excedido os níveis de referência.
std-8c-evidence-1 = Relatório mais recente de auditoria de doses

std-8d-text = Todos os profissionais presentes na sala de procedimentos utilizam dosímetros pessoais e equipamento de proteção, e as suas doses são analisadas?
std-8d-guidance = Descreva o sistema de dosimetria, incluindo a eventual monitorização do cristalino, e quem analisa os resultados.
std-8d-evidence-1 = Resumo dos resultados de dosimetria dos profissionais do último ano
std-8d-evidence-2 = Inventário do equipamento de proteção com as datas de inspeção

std-8e-text = Existe um processo documentado para o seguimento dos doentes cuja dose de radiação exceda um limiar definido?
std-8e-guidance = O processo deve indicar o limiar, a forma como o doente é informado e como são avaliadas eventuais lesões cutâneas.
std-8e-evidence-1 = Procedimento de seguimento de doentes expostos a doses elevadas

std-8f-text = Se o serviço realiza radioembolização, existe um protocolo escrito, acordado com a medicina nuclear, para o manuseamento e a administração de microesferas radioativas?
std-8f-guidance = Se o serviço não realiza radioembolização, responda não e indique-o na explicação.
std-8f-evidence-1 = Protocolo conjunto de radioembolização com a medicina nuclear

### Standard 9

std-9-title = Cuidados de enfermagem e de internamento
std-9-intro = Esta norma avalia os cuidados de enfermagem e de internamento que os doentes de oncologia de intervenção recebem antes e depois do procedimento.

std-9a-text = O serviço tem acesso fiável a camas de hospital de dia ou de internamento para os doentes de oncologia de intervenção?
std-9a-guidance = As camas podem situar-se numa enfermaria partilhada, se existir um acordo sobre a sua disponibilidade para os doentes de oncologia de intervenção.
std-9a-evidence-1 = Acordo de afetação de camas ou organização do internamento

std-9b-text = Os enfermeiros do internamento têm formação em cuidados pós-procedimento específicos da oncologia de intervenção, como os cuidados com o local de acesso e o reconhecimento da síndrome pós-embolização?
std-9b-guidance = A formação pode ser ministrada pela equipa de oncologia de intervenção ou pelos formadores do próprio internamento; descreva como é registada.
std-9b-evidence-1 = Registos de formação de enfermagem em cuidados pós-procedimento de oncologia de intervenção

std-9c-text = Os doentes dispõem de um contacto designado, como uma linha telefónica assegurada por enfermeiros, para onde possam ligar em caso de dúvidas ou preocupações após a alta?
std-9c-guidance = O contacto deve ser fornecido por escrito ao doente no momento da alta, juntamente com indicações sobre o que fazer fora do horário normal.
std-9c-evidence-1 = Informação de alta com os dados de contacto

## Section 3

std-section-3-title = Resultados, qualidade e formação

### Standard 10

std-10-title = Seguimento e avaliação de resultados
std-10-intro = Esta norma avalia a forma como é feito o seguimento dos doentes após o tratamento e como são medidos os resultados.

std-10a-text = Que percentagem dos doentes tratados nos últimos 12 meses teve um seguimento clínico documentado nos 30 dias seguintes ao procedimento?
std-10a-guidance = O seguimento pode consistir numa consulta presencial, numa consulta telefónica ou numa revisão documentada do processo clínico. Arredonde ao número inteiro mais próximo.
std-10a-evidence-1 = Auditoria do seguimento a 30 dias

std-10b-text = Que critérios de resposta utiliza principalmente o serviço para avaliar os exames de imagem após o tratamento?
std-10b-guidance = Escolha os critérios utilizados na maioria dos doentes. Se forem utilizados critérios diferentes para diferentes tipos de tumor, escolha os utilizados com maior frequência.
std-10b-option-mrecist = mRECIST
std-10b-option-recist = RECIST 1.1
std-10b-option-easl = Critérios EASL
std-10b-option-li-rads = LI-RADS de resposta ao tratamento
std-10b-option-other = Outros

std-10c-text = Existe um calendário definido de exames de imagem de seguimento para cada tipo de procedimento, com os resultados analisados pela equipa de oncologia de intervenção?
std-10c-guidance = O calendário deve indicar o momento e a modalidade dos exames de imagem de seguimento. Explique como se atua perante resultados que revelem doença residual ou recidiva.
std-10c-evidence-1 = Protocolo de seguimento escrito

std-10d-text = Os resultados, como o controlo tumoral local e a sobrevivência, são analisados e comunicados pelo menos de dois em dois anos?
std-10d-guidance = A análise pode ser interna. Indique quem recebe o relatório e se os resultados são comparados com séries publicadas.
std-10d-evidence-1 = Relatório de resultados mais recente

### Standard 11

std-11-title = Gestão e notificação de complicações
std-11-intro = Esta norma avalia a forma como as complicações são registadas, classificadas, geridas e aproveitadas para aprendizagem.

std-11a-text = Todas as complicações dos procedimentos de oncologia de intervenção são registadas prospetivamente e graduadas segundo uma classificação reconhecida?
std-11a-guidance = O registo deve incluir as complicações detetadas após a alta. Explique como são identificadas as complicações quando os doentes são reinternados noutra instituição.
std-11a-evidence-1 = Extrato do registo de complicações (anonimizado)

std-11b-text = Que sistemas de classificação utiliza o serviço para graduar as complicações?
std-11b-guidance = Selecione todos os sistemas utilizados, incluindo os que são usados apenas em determinados procedimentos.
std-11b-option-cirse = Classificação CIRSE
std-11b-option-ctcae = CTCAE
std-11b-option-sir = Classificação SIR
std-11b-option-other = Outro

std-11c-text = As complicações são discutidas numa reunião regular de morbilidade e mortalidade, com documentação das lições aprendidas?
std-11c-guidance = A reunião pode ser partilhada com o departamento de radiologia ou de oncologia em geral, desde que sejam discutidos casos de oncologia de intervenção.
std-11c-evidence-1 = Atas das duas últimas reuniões de morbilidade e mortalidade (anonimizadas)

### Standard 12

std-12-title = Melhoria da qualidade, auditoria e dados
std-12-intro = Esta norma avalia a forma como o serviço recolhe dados e utiliza a auditoria para melhorar os cuidados que presta.

std-12a-text = O serviço mantém uma base de dados ou um registo prospetivo de todos os procedimentos de oncologia de intervenção, com indicação, técnica, complicações e resultados?
std-12a-guidance = A base de dados pode ser local ou fazer parte de um registo nacional ou internacional. Descreva quem introduz os dados e como é verificada a sua completude.
std-12a-evidence-1 = Lista dos campos registados na base de dados

std-12b-text = O serviço completa pelo menos um ciclo de auditoria clínica por ano, com plano de ação e reauditoria?
std-12b-guidance = É aceitável qualquer tema relevante para a oncologia de intervenção, por exemplo taxas de complicações, consentimento ou seguimento. Indique as auditorias concluídas no último ano.
std-12b-evidence-1 = Relatório de auditoria mais recente com o respetivo plano de ação

std-12c-text = Em que data se realizou a última reunião de auditoria do departamento em que foram apresentados dados de oncologia de intervenção?
std-12c-guidance = Indique a data da própria reunião e não a data de aprovação da ata.
std-12c-evidence-1 = Ordem de trabalhos ou ata da reunião

std-12d-text = Descreva uma alteração introduzida nos últimos dois anos em resultado de uma auditoria, da análise de um incidente ou da opinião dos doentes, bem como o seu efeito.
std-12d-guidance = Explique o que motivou a alteração, o que foi feito e como foi medido o seu efeito.

### Standard 13

std-13-title = Educação, formação e investigação
std-13-intro = Esta norma avalia a forma como o serviço mantém os seus conhecimentos atualizados e contribui para a formação e a investigação.

std-13a-text = Os membros da equipa de oncologia de intervenção participam em formação médica contínua em oncologia de intervenção?
std-13a-guidance = Inclua cursos, congressos e formação online. Basta um resumo dos últimos dois anos para cada médico.
std-13a-evidence-1 = Resumo das atividades de formação contínua dos últimos dois anos

std-13b-text = O serviço forma internos ou fellows em oncologia de intervenção através de um programa estruturado?
std-13b-guidance = Descreva o programa, a sua duração e a forma como os formandos são supervisionados e avaliados.
std-13b-evidence-1 = Descrição geral do programa de formação

std-13c-text = O serviço participa em investigação clínica ou contribui com dados para registos de oncologia de intervenção?
std-13c-guidance = Enumere os estudos ou registos em curso e as publicações dos últimos três anos.
std-13c-evidence-1 = Lista de estudos, registos e publicações dos últimos três anos

## Units

std-unit-procedures = procedimentos
std-unit-physicians = médicos
std-unit-days = dias
std-unit-percent = %
