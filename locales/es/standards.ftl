# Accredit-IO standards texts: demonstration edition demo-2026 (standards/demo-2026.toml).
# Our own wording of plausible interventional-oncology quality items, not the licensed standards.
# English is the source language and the fallback.

edition-demo-2026-title = Edición de demostración 2026 (no son los estándares con licencia)

## Section 1

std-section-1-title = Organización e infraestructura

### Standard 1

std-1-title = Organización y gobernanza del servicio
std-1-intro = Este estándar examina cómo se dirige, organiza y gobierna el servicio de oncología intervencionista dentro del hospital.

std-1a-text = ¿Cuenta el servicio con un responsable clínico designado para la oncología intervencionista?
std-1a-guidance = Responda sí si un médico es responsable del servicio de oncología intervencionista y esta función está documentada. Se acepta un responsable compartido con otro servicio si las responsabilidades en oncología intervencionista constan por escrito.
std-1a-evidence-1 = Organigrama del servicio de oncología intervencionista
std-1a-evidence-2 = Descripción del puesto o carta de nombramiento del responsable clínico

std-1b-text = ¿Cuántos procedimientos terapéuticos de oncología intervencionista realizó el servicio en los últimos 12 meses?
std-1b-guidance = Cuente solo los procedimientos terapéuticos (por ejemplo, ablación, quimioembolización (TACE), radioembolización (SIRT) y otros tratamientos dirigidos al tumor); excluya las biopsias puramente diagnósticas y la colocación de reservorios venosos. Tome como referencia los 12 meses anteriores a la fecha de su respuesta.
std-1b-evidence-1 = Resumen del registro de procedimientos de los últimos 12 meses (anonimizado)

std-1c-text = ¿Está el servicio de oncología intervencionista reconocido formalmente en la estructura organizativa del hospital, con líneas de dependencia definidas?
std-1c-guidance = El servicio debe figurar en el organigrama del hospital o en un documento equivalente que muestre de quién depende el responsable clínico. Describa cualquier acuerdo informal en la explicación.
std-1c-evidence-1 = Organigrama del hospital en el que figure la posición del servicio de oncología intervencionista

std-1d-text = ¿En qué departamento se integra principalmente el servicio de oncología intervencionista?
std-1d-guidance = Elija el departamento que gestiona el presupuesto y del que depende jerárquicamente el servicio. Si la responsabilidad es compartida, elija el departamento del responsable clínico.
std-1d-option-radiology = Radiología o radiología intervencionista
std-1d-option-oncology = Oncología o centro oncológico
std-1d-option-surgery = Cirugía
std-1d-option-independent = Unidad independiente de oncología intervencionista
std-1d-option-other = Otro

std-1e-text = ¿Dispone el servicio de procedimientos normalizados de trabajo (PNT) escritos para cada procedimiento de oncología intervencionista que ofrece?
std-1e-guidance = Cada tipo de procedimiento ofrecido debe contar con un PNT escrito y vigente que abarque indicaciones, contraindicaciones, preparación, técnica y cuidados posteriores. Enumere en la explicación los tipos de procedimiento que no tengan PNT.
std-1e-evidence-1 = PNT escrito de ablación
std-1e-evidence-2 = Índice de los PNT vigentes con sus fechas de revisión

std-1f-text = ¿Están los PNT y las políticas del servicio sometidos a control de versiones y se revisan con una periodicidad definida no superior a tres años?
std-1f-guidance = Muestre cómo se fechan, versionan y aprueban los documentos y quién es responsable de su revisión. Deben justificarse los documentos cuya revisión esté vencida.
std-1f-evidence-1 = Registro de control documental o listado de políticas

std-1g-text = ¿Dispone el servicio de consultas externas propias en las que un especialista en oncología intervencionista atiende a los pacientes antes y después del tratamiento?
std-1g-guidance = Las consultas pueden ser del propio servicio o conjuntas con otras especialidades, siempre que participe un especialista en oncología intervencionista. Indique con qué frecuencia se realizan.
std-1g-evidence-1 = Agenda de consultas de un mes representativo

std-1h-text = Describa la cartera de procedimientos de oncología intervencionista que ofrece el servicio y los desarrollos previstos para los próximos tres años.
std-1h-guidance = Basta con una breve descripción: los principales tipos de procedimiento, los tipos de tumor tratados y las nuevas técnicas, equipos o incorporaciones de personal previstos.
std-1h-evidence-1 = Plan de desarrollo del servicio o memoria anual más reciente

### Standard 2

std-2-title = Instalaciones y equipamiento
std-2-intro = Este estándar examina las salas, los equipos de imagen y el apoyo técnico disponibles para los procedimientos de oncología intervencionista.

std-2a-text = ¿Qué modalidades de imagen tiene a su disposición el servicio para guiar y planificar los procedimientos?
std-2a-guidance = Seleccione todas las modalidades que el equipo puede utilizar para sus procedimientos, ya sea en sus propias salas o mediante acuerdo con otro servicio.
std-2a-evidence-1 = Listado de equipos de imagen con el año de instalación
std-2a-option-ct = TC
std-2a-option-mri = RM
std-2a-option-ultrasound = Ecografía
std-2a-option-angiography = Fluoroscopia o angiografía
std-2a-option-cone-beam-ct = TC de haz cónico (CBCT)
std-2a-option-pet-ct = PET-TC

std-2b-text = ¿Tiene el servicio acceso garantizado a salas de intervención adecuadas para la oncología intervencionista, equipadas con monitorización del paciente y material de reanimación?
std-2b-guidance = Las salas pueden compartirse con otros servicios si las sesiones de oncología intervencionista están programadas y protegidas. El material de reanimación debe revisarse según un calendario documentado.
std-2b-evidence-1 = Descripción o plano de las salas de intervención
std-2b-evidence-2 = Lista de comprobación del material de reanimación del último mes

std-2c-text = ¿En qué fecha se realizó el último control de calidad documentado del principal equipo de imagen utilizado para los procedimientos de oncología intervencionista?
std-2c-guidance = Indique la fecha del control más reciente realizado por radiofísica hospitalaria o por el servicio técnico del fabricante. Si se utilizan varios equipos, indique la fecha del que se utiliza con más frecuencia.
std-2c-evidence-1 = Informe más reciente de control de calidad o de mantenimiento del equipo

### Standard 3

std-3-title = Personal y acreditación profesional
std-3-intro = Este estándar examina el número, la formación y la acreditación profesional del personal que presta la atención en oncología intervencionista.

std-3a-text = ¿Todos los médicos que realizan procedimientos de oncología intervencionista tienen la formación y la acreditación necesarias para los procedimientos que realizan?
std-3a-guidance = La acreditación puede basarse en una certificación reconocida en radiología intervencionista, un equivalente nacional o un proceso local documentado. Describa en la explicación la situación de cualquier médico que aún esté en formación supervisada.
std-3a-evidence-1 = Registros de acreditación de los médicos de oncología intervencionista
std-3a-evidence-2 = Currículos abreviados de los médicos de oncología intervencionista

std-3b-text = ¿Cuántos médicos realizan actualmente procedimientos de oncología intervencionista de forma autónoma en el servicio?
std-3b-guidance = Cuente los médicos que realizan procedimientos sin supervisión; no cuente a los residentes.

std-3c-text = ¿Cuentan los procedimientos de oncología intervencionista con el apoyo de personal de enfermería y técnicos de radiodiagnóstico formados en intervencionismo, con apoyo de anestesia disponible cuando se necesita?
std-3c-guidance = Describa el equipo habitual de un procedimiento y cómo se solicita el apoyo de anestesia o sedación. La formación puede ser interna si está documentada.
std-3c-evidence-1 = Cuadrante de turnos del personal de un mes representativo
std-3c-evidence-2 = Registros de formación del personal de enfermería y de los técnicos de oncología intervencionista

std-3d-text = ¿Ofrece el hospital cobertura de radiología intervencionista las 24 horas del día para tratar las complicaciones de los procedimientos de oncología intervencionista?
std-3d-guidance = La cobertura puede prestarse mediante un turno de guardia compartido con un hospital cercano si las condiciones de traslado están acordadas por escrito.
std-3d-evidence-1 = Calendario de guardias de radiología intervencionista

### Standard 4

std-4-title = Comité multidisciplinar de tumores
std-4-intro = Este estándar examina cómo se toman las decisiones de tratamiento en oncología intervencionista dentro de un equipo multidisciplinar.

std-4a-text = ¿Cuál fue la mediana de días desde la recepción de la derivación hasta la discusión en el comité de tumores en los últimos 12 meses?
std-4a-guidance = Cuente días naturales a partir de su registro de derivaciones o de las actas del comité de tumores. Si no dispone de la mediana exacta, indique su mejor estimación.
std-4a-evidence-1 = Auditoría de los tiempos desde la derivación hasta el comité de tumores

std-4b-text = ¿Es un especialista en oncología intervencionista miembro permanente de todos los comités de tumores en los que se discuten pacientes candidatos a tratamiento de oncología intervencionista?
std-4b-guidance = La composición debe figurar en el reglamento de funcionamiento del comité de tumores. Explique cómo se organiza la sustitución cuando el especialista en oncología intervencionista está ausente.
std-4b-evidence-1 = Reglamento del comité de tumores con la relación de sus miembros
std-4b-evidence-2 = Registros de asistencia de los últimos seis meses

std-4c-text = ¿Se discuten en un comité de tumores, antes del procedimiento, todos los pacientes propuestos para un tratamiento programado de oncología intervencionista?
std-4c-guidance = Los procedimientos urgentes pueden discutirse después. Explique cualquier otra excepción y cómo se documenta.
std-4c-evidence-1 = Actas del comité de tumores de los últimos tres meses (anonimizadas)

std-4d-text = ¿Se registran las recomendaciones del comité de tumores en la historia clínica y se comunican al médico remitente?
std-4d-guidance = Describa dónde se registra la recomendación y cómo se informa al médico remitente, por ejemplo, por carta o a través de la historia clínica electrónica.
std-4d-evidence-1 = Muestra de recomendaciones anonimizadas del comité de tumores

std-4e-text = ¿Con qué frecuencia se reúne el comité de tumores que discute los pacientes de oncología intervencionista?
std-4e-guidance = Si varios comités de tumores discuten pacientes de oncología intervencionista, responda respecto al que discute más derivaciones de oncología intervencionista.
std-4e-option-weekly = Semanal
std-4e-option-fortnightly = Quincenal
std-4e-option-monthly = Mensual
std-4e-option-less-often = Con menor frecuencia o a demanda

## Section 2

std-section-2-title = Proceso asistencial y seguridad del paciente

### Standard 5

std-5-title = Derivación y valoración previa al procedimiento
std-5-intro = Este estándar examina cómo se deriva a los pacientes al servicio y cómo se les valora antes del tratamiento.

std-5a-text = ¿Existe un circuito de derivación documentado para los procedimientos de oncología intervencionista, como un formulario de derivación o una solicitud electrónica?
std-5a-guidance = El circuito debe dejar claro qué información debe aportar el médico remitente, incluidas las pruebas de imagen y los resultados analíticos pertinentes.
std-5a-evidence-1 = Formulario de derivación o plantilla de solicitud electrónica

std-5b-text = ¿Reciben los médicos remitentes información escrita sobre los procedimientos que se ofrecen y los criterios de derivación?
std-5b-guidance = Puede tratarse de un folleto, una página de la intranet o un apartado de las directrices de derivación del hospital.
std-5b-evidence-1 = Información para médicos remitentes

std-5c-text = Describa cómo se revisan las pruebas de imagen previas al procedimiento y cómo se asegura de que son lo bastante recientes para la planificación.
std-5c-guidance = Indique quién revisa las imágenes, qué intervalo máximo acepta entre la prueba de imagen y el procedimiento y qué se hace cuando la imagen está desactualizada.

std-5d-text = ¿Recibe cada paciente, antes del procedimiento, una valoración clínica por parte de un miembro del equipo de oncología intervencionista que incluya el estado funcional, los resultados analíticos, la medicación y las alergias?
std-5d-guidance = La valoración puede realizarse en consulta, en planta o mediante una llamada de prevaloración documentada. Debe prestarse especial atención a los anticoagulantes y antiagregantes plaquetarios.
std-5d-evidence-1 = Lista de comprobación de la valoración previa al procedimiento
std-5d-evidence-2 = Tres valoraciones cumplimentadas y anonimizadas

### Standard 6

std-6-title = Consentimiento informado e información al paciente
std-6-intro = Este estándar examina cómo se informa a los pacientes sobre su tratamiento y cómo se obtiene su consentimiento.

std-6a-text = ¿Obtiene un profesional con conocimiento suficiente del procedimiento el consentimiento informado por escrito para cada procedimiento programado de oncología intervencionista?
std-6a-guidance = Describa quién obtiene el consentimiento y en qué momento. Normalmente, el consentimiento debe obtenerse antes del día del procedimiento o con tiempo suficiente para que el paciente pueda reflexionar.
std-6a-evidence-1 = Documentos de consentimiento específicos de cada procedimiento

std-6b-text = ¿Aborda la entrevista de consentimiento los beneficios esperados, los riesgos frecuentes y graves y las alternativas de tratamiento?
std-6b-guidance = El documento de consentimiento o el registro de la entrevista debe reflejar que se explicaron los riesgos y las alternativas.
std-6b-evidence-1 = Documento de consentimiento cumplimentado y anonimizado

std-6c-text = ¿Reciben los pacientes, antes del procedimiento, información escrita específica en un lenguaje sencillo?
std-6c-guidance = La información debe explicar el procedimiento, la preparación, la recuperación esperada y a quién dirigirse en caso de dudas.
std-6c-evidence-1 = Hojas informativas para pacientes de los principales procedimientos

std-6d-text = ¿Disponen los pacientes que lo necesitan de intérpretes o de información en formatos accesibles?
std-6d-guidance = Describa cómo se solicita un intérprete y qué se ofrece a los pacientes con discapacidad visual, auditiva o dificultades de aprendizaje.
std-6d-evidence-1 = Política del hospital sobre interpretación e información accesible

std-6e-text = ¿En qué formatos está disponible la información para pacientes sobre los procedimientos de oncología intervencionista?
std-6e-guidance = Seleccione todos los formatos que se utilizan actualmente para al menos uno de los procedimientos ofrecidos.
std-6e-option-leaflet = Folleto impreso
std-6e-option-website = Web del hospital o portal del paciente
std-6e-option-video = Vídeo
std-6e-option-translated = Traducciones a otros idiomas
std-6e-option-easy-read = Versión de lectura fácil

### Standard 7

std-7-title = Planificación del procedimiento y atención periprocedimiento
std-7-intro = Este estándar examina cómo se planifican los procedimientos y cómo se atiende a los pacientes inmediatamente antes, durante y después de ellos.

std-7a-text = ¿Se cumplimenta y documenta una lista de verificación de seguridad para cada procedimiento de oncología intervencionista?
std-7a-guidance = Es adecuada una lista adaptada de una lista de verificación de seguridad quirúrgica reconocida. Explique cómo se comprueba que se cumplimenta.
std-7a-evidence-1 = Copia en blanco de la lista de verificación de seguridad
std-7a-evidence-2 = Resultado de la auditoría más reciente de cumplimiento de la lista de verificación

std-7b-text = ¿Existen protocolos escritos de sedación y analgesia, de manejo periprocedimiento de la anticoagulación y de profilaxis antibiótica?
std-7b-guidance = Los protocolos pueden ser de ámbito hospitalario si abarcan los procedimientos de oncología intervencionista. Indique, en su caso, qué protocolos faltan.
std-7b-evidence-1 = Protocolo de sedación y analgesia
std-7b-evidence-2 = Guía de manejo periprocedimiento de la anticoagulación

std-7c-text = Describa cómo se planifica el tratamiento y cómo se verifica el resultado técnico al final del procedimiento, por ejemplo, el margen de ablación o el punto final de la embolización.
std-7c-guidance = Mencione el software de planificación o de fusión de imágenes que utilice, la imagen con contraste al final del procedimiento y cómo se registra el resultado en el informe del procedimiento.
std-7c-evidence-1 = Ejemplo de informe del procedimiento (anonimizado)

### Standard 8

std-8-title = Protección radiológica y seguridad
std-8-intro = Este estándar examina cómo se protege a los pacientes y al personal frente a la radiación ionizante durante los procedimientos de oncología intervencionista.

std-8a-text = ¿Cuenta el servicio con el apoyo de un especialista en radiofísica hospitalaria o de un experto en protección radiológica designado?
std-8a-guidance = El experto puede ser personal del hospital o externo contratado, y debe participar en las auditorías de dosis, la aceptación de los equipos y la optimización de los protocolos.
std-8a-evidence-1 = Carta de nombramiento o contrato de servicio del especialista en radiofísica

std-8b-text = ¿Se registra la dosis de radiación del paciente en todos los procedimientos guiados por fluoroscopia y por TC?
std-8b-guidance = La dosis puede registrarse automáticamente mediante un sistema de gestión de dosis o manualmente en el informe del procedimiento.
std-8b-evidence-1 = Extracto del registro de dosis de procedimientos recientes (anonimizado)

std-8c-text = ¿Ha establecido el servicio niveles de referencia para diagnóstico (NRD) locales para sus principales procedimientos y ha comparado con ellos sus dosis en los últimos 12 meses?
std-8c-guidance = Explique qué procedimientos se incluyen y qué medidas se adoptaron cuando las dosis superaron los niveles de referencia.
std-8c-evidence-1 = Informe más reciente de la auditoría de dosis

std-8d-text = ¿Lleva todo el personal de la sala de intervención dosímetros personales y equipos de protección, y se revisan sus dosis?
std-8d-guidance = Describa la organización de la dosimetría, incluida, en su caso, la vigilancia de la dosis en cristalino, y quién revisa los resultados.
std-8d-evidence-1 = Resumen de los resultados de dosimetría del personal del último año
std-8d-evidence-2 = Inventario de los equipos de protección con las fechas de revisión

std-8e-text = ¿Existe un procedimiento documentado para el seguimiento de los pacientes cuya dosis de radiación supera un umbral definido?
std-8e-guidance = El procedimiento debe indicar el umbral, cómo se informa al paciente y cómo se vigila una posible lesión cutánea.
std-8e-evidence-1 = Procedimiento de seguimiento de pacientes con dosis elevadas

std-8f-text = Si el servicio realiza radioembolización, ¿existe un protocolo escrito, acordado con medicina nuclear, para la manipulación y administración de las microesferas radiactivas?
std-8f-guidance = Si el servicio no realiza radioembolización, responda no e indíquelo en la explicación.
std-8f-evidence-1 = Protocolo conjunto de radioembolización con medicina nuclear

### Standard 9

std-9-title = Enfermería y hospitalización
std-9-intro = Este estándar examina los cuidados de enfermería y de hospitalización que reciben los pacientes de oncología intervencionista antes y después de su procedimiento.

std-9a-text = ¿Tiene el servicio acceso fiable a camas de hospital de día o de hospitalización para los pacientes de oncología intervencionista?
std-9a-guidance = Las camas pueden estar en una planta compartida si existe un acuerdo sobre su disponibilidad para los pacientes de oncología intervencionista.
std-9a-evidence-1 = Acuerdo de asignación de camas u organización de la planta

std-9b-text = ¿Está formado el personal de enfermería de planta en los cuidados posteriores específicos de la oncología intervencionista, como el cuidado del punto de punción y el reconocimiento del síndrome posembolización?
std-9b-guidance = La formación puede impartirla el equipo de oncología intervencionista o los formadores de la propia planta; describa cómo se registra.
std-9b-evidence-1 = Registros de formación de enfermería en cuidados posteriores a procedimientos de oncología intervencionista

std-9c-text = ¿Disponen los pacientes de un contacto designado, como una línea telefónica atendida por enfermería, al que llamar si tienen dudas o problemas tras el alta?
std-9c-guidance = El contacto debe entregarse por escrito al paciente en el momento del alta, junto con indicaciones sobre qué hacer fuera del horario habitual.
std-9c-evidence-1 = Información al alta con los datos de contacto

## Section 3

std-section-3-title = Resultados, calidad y formación

### Standard 10

std-10-title = Seguimiento y evaluación de resultados
std-10-intro = Este estándar examina cómo se realiza el seguimiento de los pacientes tras el tratamiento y cómo se miden los resultados.

std-10a-text = ¿Qué porcentaje de los pacientes tratados en los últimos 12 meses tuvo un seguimiento clínico documentado en los 30 días siguientes al procedimiento?
std-10a-guidance = El seguimiento puede ser una visita en consulta, una consulta telefónica o una revisión documentada de la historia clínica. Redondee al número entero más próximo.
std-10a-evidence-1 = Auditoría del seguimiento a 30 días

std-10b-text = ¿Qué criterios de respuesta utiliza principalmente el servicio para evaluar las pruebas de imagen tras el tratamiento?
std-10b-guidance = Elija los criterios utilizados en la mayoría de los pacientes. Si se utilizan criterios distintos según el tipo de tumor, elija los que se usan con más frecuencia.
std-10b-option-mrecist = mRECIST
std-10b-option-recist = RECIST 1.1
std-10b-option-easl = Criterios EASL
std-10b-option-li-rads = LI-RADS de respuesta al tratamiento (LR-TR)
std-10b-option-other = Otros

std-10c-text = ¿Existe un calendario definido de pruebas de imagen de seguimiento para cada tipo de procedimiento, con revisión de los resultados por el equipo de oncología intervencionista?
std-10c-guidance = El calendario debe indicar el momento y la modalidad de las pruebas de imagen de seguimiento. Explique qué se hace ante resultados que muestran enfermedad residual o recidiva.
std-10c-evidence-1 = Protocolo de seguimiento por escrito

std-10d-text = ¿Se analizan y se comunican en un informe resultados como el control tumoral local y la supervivencia al menos cada dos años?
std-10d-guidance = El análisis puede ser interno. Indique quién recibe el informe y si los resultados se comparan con series publicadas.
std-10d-evidence-1 = Informe de resultados más reciente

### Standard 11

std-11-title = Gestión y notificación de complicaciones
std-11-intro = Este estándar examina cómo se registran, clasifican y tratan las complicaciones y cómo se aprende de ellas.

std-11a-text = ¿Se registran de forma prospectiva todas las complicaciones de los procedimientos de oncología intervencionista y se clasifican según un sistema reconocido?
std-11a-guidance = El registro debe incluir las complicaciones detectadas tras el alta. Explique cómo se recogen las complicaciones cuando los pacientes reingresan en otro centro.
std-11a-evidence-1 = Extracto del registro de complicaciones (anonimizado)

std-11b-text = ¿Qué sistemas de clasificación utiliza el servicio para graduar las complicaciones?
std-11b-guidance = Seleccione todos los sistemas en uso, incluidos los que se utilizan solo para determinados procedimientos.
std-11b-option-cirse = Clasificación CIRSE
std-11b-option-ctcae = CTCAE
std-11b-option-sir = Clasificación SIR
std-11b-option-other = Otro

std-11c-text = ¿Se analizan las complicaciones en una sesión periódica de morbimortalidad y se documentan las lecciones aprendidas?
std-11c-guidance = La sesión puede compartirse con el conjunto del servicio de radiología u oncología si en ella se discuten casos de oncología intervencionista.
std-11c-evidence-1 = Actas de las dos últimas sesiones de morbimortalidad (anonimizadas)

### Standard 12

std-12-title = Mejora de la calidad, auditoría y datos
std-12-intro = Este estándar examina cómo el servicio recoge datos y utiliza la auditoría para mejorar su atención.

std-12a-text = ¿Mantiene el servicio una base de datos prospectiva o un registro de todos los procedimientos de oncología intervencionista en el que consten la indicación, la técnica, las complicaciones y los resultados?
std-12a-guidance = La base de datos puede ser local o formar parte de un registro nacional o internacional. Describa quién introduce los datos y cómo se comprueba que están completos.
std-12a-evidence-1 = Lista de los campos registrados en la base de datos

std-12b-text = ¿Completa el servicio cada año al menos un ciclo de auditoría clínica, con plan de acción y reauditoría?
std-12b-guidance = Se acepta cualquier tema relevante para la oncología intervencionista, por ejemplo, las tasas de complicaciones, el consentimiento o el seguimiento. Indique qué auditorías se completaron el último año.
std-12b-evidence-1 = Informe de auditoría más reciente con su plan de acción

std-12c-text = ¿En qué fecha tuvo lugar la última sesión de auditoría del servicio en la que se presentaron datos de oncología intervencionista?
std-12c-guidance = Indique la fecha de la propia sesión, no la fecha de aprobación del acta.
std-12c-evidence-1 = Orden del día o acta de la sesión

std-12d-text = Describa un cambio introducido en los últimos dos años a raíz de una auditoría, del análisis de un incidente o de las opiniones de los pacientes, y su efecto.
std-12d-guidance = Explique qué motivó el cambio, qué se hizo y cómo se midió su efecto.

### Standard 13

std-13-title = Docencia, formación e investigación
std-13-intro = Este estándar examina cómo el servicio mantiene actualizados sus conocimientos y contribuye a la formación y la investigación.

std-13a-text = ¿Participan los miembros del equipo de oncología intervencionista en actividades de formación médica continuada en oncología intervencionista?
std-13a-guidance = Incluya cursos, congresos y formación en línea. Basta con un resumen de los dos últimos años de cada médico.
std-13a-evidence-1 = Resumen de las actividades de formación continuada de los dos últimos años

std-13b-text = ¿Forma el servicio a residentes o fellows en oncología intervencionista mediante un programa estructurado?
std-13b-guidance = Describa el programa, su duración y cómo se supervisa y evalúa a las personas en formación.
std-13b-evidence-1 = Resumen del programa de formación

std-13c-text = ¿Participa el servicio en investigación clínica o aporta datos a registros de oncología intervencionista?
std-13c-guidance = Enumere los estudios o registros en curso y las publicaciones de los últimos tres años.
std-13c-evidence-1 = Lista de estudios, registros y publicaciones de los últimos tres años

## Units

std-unit-procedures = procedimientos
std-unit-physicians = médicos
std-unit-days = días
std-unit-percent = %
