# Manual de la aplicación Accredit-IO: un capítulo por tema, tres mensajes por capítulo (título, resumen, cuerpo).
# El inglés es la lengua de origen y de reserva; los traductores trabajan a partir del archivo inglés.

manual-overview = Le damos la bienvenida a Accredit-IO
manual-overview-summary = Qué es el programa de acreditación, cuáles son sus tres etapas y cómo está organizado este manual.
manual-overview-body =
    Accredit-IO gestiona el programa de acreditación de los servicios de oncología intervencionista. Su equipo responde un cuestionario sobre los estándares de garantía de calidad, revisa una muestra aleatoria de sus propios casos y envía la solicitud; los evaluadores revisan esa misma solicitud en la misma aplicación, y la oficina del programa toma la decisión.

    ## Las tres etapas

    - Centro inscrito: el centro está registrado y activado, y su factura de inscripción está pagada.
    - Centro acreditado: los evaluadores han considerado cumplidos todos los criterios básicos y la revisión interna de casos ha concluido. Válido durante cuatro años.
    - Centro de Excelencia: en la recertificación se cumplen todos los criterios básicos y todos los ampliados. Válido durante cuatro años.

    ## El itinerario en resumen

    - Registre y active el centro; después, incorpore a sus colegas con el código del centro.
    - Abone la factura de inscripción y abra la solicitud.
    - Responda el cuestionario, vincule la documentación y revise 30 casos seleccionados al azar.
    - El representante autorizado envía la solicitud; los evaluadores la revisan y pueden plantear consultas.
    - La oficina decide; el servicio acreditado recibe un certificado verificable.

    ## Idiomas

    La interfaz, los estándares, los correos electrónicos y este manual están disponibles en nueve idiomas: inglés, alemán, francés, español, italiano, portugués, turco, chino simplificado y árabe (de derecha a izquierda). Puede cambiar de idioma en cualquier momento desde la cabecera.

manual-registering = Registrar un centro y unirse a él
manual-registering-summary = Cómo registrar su servicio, activarlo e incorporar a sus colegas con el código del centro.
manual-registering-body =
    ## Antes de empezar

    Necesita al menos 150 procedimientos terapéuticos de oncología intervencionista al año y la aprobación del jefe de departamento o del director del hospital (nombre, dirección de correo electrónico y una fecha dentro de los dos últimos años). Decida quién será el representante autorizado, el contacto designado y, opcionalmente, el contacto suplente.

    ## Registro

    Elija «Registrar un centro» y complete el formulario: centro, requisitos, su cuenta y roles del centro. Deje un rol vacío para asumirlo usted. Usted pasará a ser el titular principal de la cuenta. Si el centro ya está registrado, se le pedirá que se una a él.

    ## Activación

    Le enviaremos por correo electrónico un enlace, válido durante 72 horas, y el código de su centro. Abra el enlace y pulse «Activar ahora». El centro pasa de «Registrado – activación pendiente» a «Activado – pago de la inscripción pendiente», se emite la factura de inscripción y las personas que haya designado reciben una invitación con el código. Si el enlace caducó o se perdió, elija «¿Enlace caducado o perdido? Recibir un enlace nuevo» en la página de inicio de sesión e introduzca su dirección: el enlace nuevo sustituye al anterior. La oficina del programa también puede reenviarlo o activar el centro en su nombre. Un registro que no se activa en 30 días se elimina, y su nombre y su dirección vuelven a quedar libres.

    ## Unirse con el código del centro

    Sus colegas eligen «Crear una cuenta para unirse a un centro», confirman su dirección de correo electrónico, inician sesión, abren «Unirse a un centro» e introducen el código (diez letras y cifras, por ejemplo ABCDE-23456). La solicitud figura como «Pendiente de aprobación» hasta que el titular principal de la cuenta pulsa «Aprobar» o «Rechazar» en «Solicitudes de adhesión». Quien haya sido designado para un rol y se una con esa misma dirección de correo electrónico pasa a ser miembro de inmediato.

    ## Su cuenta

    Tras demasiados intentos con una contraseña incorrecta, espere 15 minutos. Un enlace para restablecer la contraseña es válido durante una hora. Una misma cuenta puede pertenecer a varios centros, que figuran en «Mis centros».

manual-roles = Roles y permisos
manual-roles-summary = Quién hace qué en un centro y en el programa, y cómo se designan los roles del centro.
manual-roles-body =
    ## Roles del centro

    - Titular principal de la cuenta: aprueba y elimina miembros, designa los roles del centro y decide si un Centro inscrito figura en el directorio. No se le puede eliminar.
    - Representante autorizado: responsable formal de la solicitud y única persona que puede enviarla. Ni siquiera un administrador puede enviarla en su nombre.
    - Contacto designado y contacto suplente: reciben la correspondencia del programa.
    - Miembro: responde preguntas, vincula documentación, cumplimenta la revisión de casos y responde a las consultas.

    ## Designación de roles

    En la página del centro, en «Roles del centro», el titular principal de la cuenta pulsa «Designar» junto a un rol e indica un colega o una dirección de correo electrónico. Cada rol tiene un único titular; un rol vacante aparece como «sin asignar», y una persona designada por correo electrónico aparece como «invitación enviada» hasta que se une. Designe a un nuevo representante autorizado antes de eliminar al actual.

    ## Roles del programa

    Los evaluadores solo ven las solicitudes que tienen asignadas. Los administradores dirigen la oficina del programa: registros, facturas, ediciones de los estándares, asignaciones, decisiones y talleres. Los traductores mantienen los idiomas. Todos los cambios quedan guardados en un registro de auditoría que pone de manifiesto cualquier manipulación.

manual-invoices = Facturas y pagos
manual-invoices-summary = Qué facturas recibe, cómo pagarlas y qué ocurre una vez pagadas.
manual-invoices-body =
    ## Qué se factura

    - En la activación: la cuota de inscripción más la primera cuota anual.
    - En cada aniversario de la inscripción: la cuota anual.
    - Seis meses antes de que venza su acreditación: la cuota de recertificación.

    ## Consulta y pago

    La página del centro muestra sus «Facturas»; «Ver» abre una de ellas, con las opciones «Imprimir» y «Descargar PDF». Transfiera el importe total a más tardar en la fecha de vencimiento (normalmente 30 días) indicando la referencia de pago. La oficina registra su pago, o bien lo confirma el proveedor de pagos. Las facturas y los recordatorios se envían por correo electrónico al contacto designado o, en su defecto, al titular principal de la cuenta.

    ## Estado y correcciones

    Una factura puede estar «Pendiente», «Pagada», «Vencida» o «Anulada», o bien ser una «Factura rectificativa»; «Importe pendiente» muestra lo que queda por pagar. Los recordatorios se envían en la fecha de vencimiento y 14 días después. Las facturas nunca se eliminan: una factura errónea se anula y se emite una factura rectificativa.

    ## Convertirse en Centro inscrito

    Cuando la factura de inscripción está pagada en su totalidad, el centro pasa a ser Centro inscrito y el sello aparece en su página. No hay plazo para enviar la solicitud, de modo que puede prepararla a su propio ritmo.

manual-questionnaire = Responder el cuestionario
manual-questionnaire-summary = Responder en cualquier orden, cómo funciona el guardado automático, cómo trabajar sin conexión y cómo resolver un conflicto con un colega.
manual-questionnaire-body =
    ## Abrir la solicitud

    Una vez que su centro sea Centro inscrito, pulse «Ir a la solicitud» en la página del centro. La solicitud utiliza, durante todo el ciclo, la edición de los estándares vigente el día en que la abre. Los criterios se agrupan por sección y estándar y se marcan como «Criterio básico» o «Criterio ampliado».

    ## Criterios y orientación

    Cada criterio incluye una «Orientación» y una lista de «Documentación». Las respuestas pueden ser sí o no con una explicación, un número, una fecha, un texto o una opción única o múltiple. Un criterio básico respondido con «No» requiere una explicación; las fechas no pueden ser futuras.

    ## En cualquier orden, entre varias personas

    Responda en el orden que prefiera. Sus colegas pueden trabajar al mismo tiempo; las respuestas que guardan aparecen en su pantalla en pocos segundos.

    ## Cómo se guarda

    No hay botón de guardar. Lo que escribe se guarda tras una pausa de aproximadamente un segundo; al elegir una opción o salir de un campo, se guarda de inmediato. Cada criterio muestra su estado:

    - «Guardando…»: en camino.
    - «Guardado»: el servidor ya lo tiene.
    - «Sin conexión — guardado en este dispositivo»: se conserva en este navegador y se enviará automáticamente más tarde.
    - «Modificado por otra persona»: un conflicto; véase más abajo.

    ## Trabajar sin conexión

    Si se cae la red, siga trabajando. Las respuestas se quedan en este dispositivo, se mantienen aunque recargue la página y se envían en orden cuando recupera la conexión; la página indica cuántas están pendientes. No cierre la sesión mientras haya respuestas pendientes: al cerrar la sesión se eliminan del dispositivo. Si su sesión ha finalizado, el criterio muestra «Guardada en este dispositivo: vuelva a iniciar sesión para enviarla».

    ## Conflictos

    Si un colega ha guardado una respuesta distinta para el mismo criterio después de que usted lo cargara, verá la respuesta de su colega y podrá elegir «Conservar mi respuesta» o «Aceptar la otra respuesta». Nunca se sobrescribe nada sin avisar.

manual-section-1 = Sección 1: Organización e infraestructura
manual-section-1-summary = Estándares 1 a 4: gobernanza, instalaciones y equipamiento, personal y comité de tumores.
manual-section-1-body =
    Esta instalación incluye una edición de demostración: criterios de ejemplo redactados por nosotros, no los estándares con licencia. Con la edición con licencia cambia la redacción, pero no la forma de trabajar. La sección 1 tiene 20 criterios, 11 de ellos básicos.

    ## Estándar 1: Organización y gobernanza del servicio

    Los criterios básicos 1a, 1c, 1e, 1f y 1g piden un responsable clínico designado, un lugar definido en la estructura del hospital, procedimientos normalizados de trabajo (PNT) para cada procedimiento, la revisión de los documentos al menos cada tres años y consultas antes y después del tratamiento. Suelen bastar un organigrama, la carta de nombramiento del responsable, un índice de PNT con sus fechas de revisión y una agenda de consultas. Las revisiones de PNT vencidas y sin justificar son una deficiencia que se detecta con frecuencia.

    ## Estándar 2: Instalaciones y equipamiento

    El criterio básico 2b pide acceso garantizado a salas de intervención con equipos de monitorización y material de reanimación revisados según un calendario; ayudan una descripción de las salas y una lista de comprobación reciente. Las salas compartidas son aceptables si se reservan franjas protegidas para la oncología intervencionista. En 2a marque solo las modalidades que realmente pueda utilizar.

    ## Estándar 3: Personal y acreditación profesional

    Los criterios básicos 3a y 3c se refieren a médicos de oncología intervencionista con la formación y la acreditación necesarias, y a personal de enfermería y técnicos de radiodiagnóstico formados, con apoyo de anestesia. La documentación habitual consiste en registros de acreditación profesional, currículos breves, cuadrantes de turnos y registros de formación. En 3b cuente solo a los médicos que trabajan de forma autónoma y describa la situación de los residentes en la explicación.

    ## Estándar 4: Comité multidisciplinar de tumores

    Criterios básicos 4b, 4c y 4d: un especialista en oncología intervencionista forma parte del comité, todos los pacientes propuestos para un tratamiento programado de oncología intervencionista se discuten previamente y la recomendación se registra en la historia clínica y llega al médico remitente. El reglamento del comité, las hojas de asistencia y las actas constituyen una documentación sólida. Anonimice las actas antes de subirlas.

manual-section-2 = Sección 2: Proceso asistencial y seguridad del paciente
manual-section-2-summary = Estándares 5 a 9: valoración, consentimiento, atención periprocedimiento, protección radiológica y hospitalización.
manual-section-2-body =
    También estos son criterios de demostración redactados por nosotros, no los estándares con licencia. La sección 2 tiene 21 criterios, 12 de ellos básicos.

    ## Estándar 5: Derivación y valoración previa al procedimiento

    El criterio básico 5d pide que el equipo de oncología intervencionista valore previamente a cada paciente, incluidos el estado funcional, los resultados analíticos, la medicación y las alergias. Su lista de comprobación y tres valoraciones cumplimentadas y anonimizadas son la mejor prueba. Preste especial atención a los anticoagulantes y antiagregantes plaquetarios.

    ## Estándar 6: Consentimiento informado e información al paciente

    Criterios básicos 6a a 6d: consentimiento por escrito obtenido por un profesional con conocimiento suficiente del procedimiento, una entrevista sobre beneficios, riesgos y alternativas, información en lenguaje sencillo para cada procedimiento, e intérpretes o formatos accesibles. Suba los documentos de consentimiento, las hojas informativas y la política de interpretación. Los documentos genéricos que no mencionan alternativas son una deficiencia frecuente.

    ## Estándar 7: Planificación del procedimiento y atención periprocedimiento

    Los criterios básicos 7a y 7b piden una lista de verificación de seguridad para cada procedimiento y protocolos de sedación, anticoagulación y profilaxis antibiótica. Añada su auditoría más reciente del uso de la lista de verificación. Si falta un protocolo, indíquelo en lugar de responder «Sí».

    ## Estándar 8: Protección radiológica y seguridad

    Criterios básicos 8a a 8e: un especialista en radiofísica hospitalaria, el registro de la dosis del paciente en cada procedimiento guiado por imagen, niveles de referencia locales auditados en los últimos 12 meses, dosimetría y equipos de protección para el personal, y el seguimiento de los pacientes que han recibido dosis altas. La carencia más habitual es una auditoría de dosis desactualizada. Si no ofrece radioembolización, responda «No» en 8f e indíquelo.

    ## Estándar 9: Enfermería y hospitalización

    Ningún criterio es básico, pero los tres cuentan para el Centro de Excelencia: camas, personal de enfermería de planta formado en los cuidados posteriores a los procedimientos de oncología intervencionista y una persona de contacto identificada tras el alta. La información al alta en la que figure ese contacto es una documentación sencilla.

manual-section-3 = Sección 3: Resultados, calidad y formación
manual-section-3-summary = Estándares 10 a 13: seguimiento, complicaciones, mejora de la calidad, y docencia e investigación.
manual-section-3-body =
    De nuevo, se trata de una edición de demostración redactada por nosotros, no de los estándares con licencia. La sección 3 tiene 14 criterios, 4 de ellos básicos.

    ## Estándar 10: Seguimiento y evaluación de resultados

    El criterio básico 10c pide un calendario de pruebas de imagen de seguimiento por tipo de procedimiento, revisado por el equipo de oncología intervencionista; su protocolo escrito es la documentación clave. Explique qué medidas se toman ante una enfermedad residual o una recidiva.

    ## Estándar 11: Gestión y notificación de complicaciones

    El criterio básico 11a pide que todas las complicaciones, incluidas las posteriores al alta, se registren de forma prospectiva y se gradúen con una clasificación reconocida. Suba un extracto anonimizado del registro. Mantenga los grados coherentes con su revisión de casos.

    ## Estándar 12: Mejora de la calidad, auditoría y datos

    Los criterios básicos 12a y 12b piden una base de datos prospectiva de procedimientos y al menos un ciclo de auditoría completo al año. Suba la lista de campos de la base de datos y su auditoría más reciente con su plan de acción. Una auditoría sin reauditoría no cierra el ciclo.

    ## Estándar 13: Docencia, formación e investigación

    Ningún criterio es básico. Resuma la formación continuada, la formación de residentes y la investigación de los últimos años; es importante para el Centro de Excelencia.

manual-evidence = Biblioteca de documentación
manual-evidence-summary = Suba un documento una sola vez, vincúlelo a tantos criterios como necesite y no incluya en él datos de pacientes.
manual-evidence-body =
    ## Una biblioteca por centro

    Cada archivo que se sube se incorpora a la biblioteca de documentación del centro, que muestra quién subió cada archivo, cuándo y qué criterios respalda. Un mismo archivo puede respaldar varios criterios.

    ## Adjuntar archivos

    En un criterio, utilice «Adjuntar un archivo» y «Subir», o elija un archivo de la biblioteca y pulse «Vincular». «Quitar» retira el archivo solo de ese criterio.

    ## Archivos admitidos

    PDF, imágenes, documentos de ofimática y texto sin formato, hasta el límite indicado (20 MB de forma predeterminada). El tipo se comprueba a partir del contenido, no del nombre.

    ## Buenas prácticas

    Utilice documentos vigentes y fechados, y elimine antes los nombres, las fechas de nacimiento y los números de historia clínica. Cada criterio básico debe tener vinculada su documentación requerida antes de que pueda enviarse la solicitud; en un criterio ampliado, la documentación que falta se señala, pero no impide el envío. Los evaluadores pueden solicitar documentación adicional más adelante.

manual-readiness = Puntos pendientes y progreso
manual-readiness-summary = Cómo leer el resumen de puntos pendientes y la tabla de progreso, y cómo saber cuándo puede enviar la solicitud.
manual-readiness-body =
    ## Lo que aún requiere atención

    - Aún sin responder: todos los criterios necesitan una respuesta; un criterio ampliado puede responderse con «No» (aún no se cumple) junto con su explicación.
    - Un criterio básico debe cumplirse antes de enviar la solicitud: un criterio básico respondido con «No».
    - La respuesta debe corregirse: está guardada, pero no supera la comprobación (por ejemplo, un porcentaje superior a 100); cuenta como no respondida.
    - Documentación obligatoria aún no subida: impide el envío en un criterio básico y es solo un recordatorio en uno ampliado.

    ## Progreso

    Los contadores muestran los criterios básicos y ampliados respondidos (27 y 28 en la edición de demostración); «Progreso por sección y estándar» los desglosa para que pueda repartir el trabajo.

    ## Lista para enviar

    La solicitud está lista para enviarse cuando todos los criterios están respondidos, cada criterio básico está respondido como cumplido y tiene vinculada su documentación requerida, y la revisión de casos ha concluido. El panel indica exactamente lo que aún impide enviar la solicitud, cada punto con un enlace al criterio; el servidor aplica la misma comprobación cuando el representante autorizado envía la solicitud. Las respuestas a los criterios ampliados nunca compensan una carencia en un criterio básico.

manual-case-review = Revisión interna de casos
manual-case-review-summary = Cómo se sortean 30 casos de su lista seudonimizada de casos y cómo cumplimentar el formulario de cada caso.
manual-case-review-body =
    ## La lista de referencias

    Indique las referencias seudonimizadas de todos los casos de oncología intervencionista de los últimos 12 meses, una por línea o como primera columna de un archivo CSV. Necesita al menos 30 referencias distintas, de hasta 40 caracteres cada una. No utilice nunca nombres, fechas de nacimiento ni números de historia clínica: estas referencias se rechazan indicando su número de línea.

    ## El sorteo de los casos

    Pulse «Sortear 30 casos». Se registran la semilla, la huella de la lista, la fecha y la persona, de modo que el sorteo puede repetirse y comprobarse. «Repetir el sorteo» requiere un motivo, que los evaluadores pueden ver.

    ## El formulario del caso

    Para cada caso, registre el tipo y la fecha del procedimiento; si están documentados la discusión en el comité de tumores, el consentimiento y el seguimiento; el grado de complicación (CIRSE 1 a 6 o ninguna) y sus notas. La página indica cuántos de los 30 casos están completados. El formulario no se guarda sin conexión: si indica «No guardado», vuelva a intentarlo cuando tenga conexión. «Igual que el caso anterior» copia las respuestas del caso de arriba (no sus notas) cuando los valores se repiten; después cambie lo que sea distinto.

    ## Avisos de datos identificativos

    Las notas que parecen contener un nombre, una fecha de nacimiento, un número de identificación o datos de contacto se señalan, y el caso sigue como «Pendiente» hasta que se reformulen. Registre lo que realmente ocurrió: la revisión debe reflejar su práctica real.

manual-submission = Enviar la solicitud
manual-submission-summary = Quién envía la solicitud, qué se comprueba y se congela, y qué significa su justificante.
manual-submission-body =
    ## Quién envía la solicitud

    Solo el representante autorizado. Marca la confirmación y pulsa «Enviar la solicitud»; el servidor vuelve a comprobar que la solicitud está lista.

    ## Antes de enviar

    - Todos los criterios están respondidos; cada criterio básico se cumple y tiene vinculada su documentación requerida.
    - La revisión de casos ha concluido.
    - Ningún colega tiene todavía respuestas en estado «Sin conexión — guardado en este dispositivo».

    ## Qué se congela

    Las respuestas, la documentación vinculada y la revisión de casos se congelan en una única instantánea con una huella del contenido SHA-256. El estado pasa a ser «Enviada – a la espera de los evaluadores».

    ## Su justificante

    La página muestra quién envió la solicitud, cuándo y la huella, que también se envía por correo electrónico al equipo. Conserve el justificante: identifica exactamente lo que se envió.

manual-assessment = Evaluación
manual-assessment-summary = Cómo revisan los evaluadores, cómo funcionan las consultas y por qué el tiempo de evaluación se detiene mientras se solicita documentación.
manual-assessment-body =
    ## Asignación

    La oficina asigna a los evaluadores. Cada uno de ellos declara primero sus conflictos de intereses; un conflicto pone fin a la asignación. Cuando el primer evaluador está activo, el estado pasa a ser «En evaluación» y empieza a contar el tiempo de evaluación.

    ## Valoraciones

    En «Evaluaciones», cada evaluador revisa todas las respuestas, su documentación y la revisión de casos, y registra «Cumplido», «Parcialmente cumplido», «No cumplido» o «No aplicable» con un comentario. En un criterio básico, «No aplicable» nunca cuenta como cumplido. Los evaluadores trabajan de forma independiente y después envían una recomendación.

    ## Consultas

    Un evaluador puede plantear una consulta sobre un criterio. El estado pasa a ser «Documentación solicitada por los evaluadores», se avisa al equipo por correo electrónico y el criterio se vuelve a abrir. Responda, adjunte un archivo o corrija el criterio; después, el evaluador cierra la consulta.

    ## El tiempo de evaluación

    El tiempo de evaluación se detiene mientras haya alguna consulta abierta. La oficina trabaja con un plazo objetivo, normalmente de 12 semanas, por lo que le rogamos que responda con prontitud.

manual-decision = Decisión, certificado y verificación
manual-decision-summary = Cómo se toma la decisión y cómo funcionan su certificado, su distintivo y su entrada en el directorio.
manual-decision-body =
    ## La decisión

    Una vez cerradas todas las consultas, la oficina decide. «Acreditación concedida» requiere que todos los evaluadores consideren cumplidos todos los criterios básicos y que la revisión de casos haya concluido. En caso contrario, «Correcciones necesarias» indica los criterios que deben corregirse; puede leer la carta de decisión en la página de la solicitud o en PDF.

    ## Correcciones

    Solo se vuelven a abrir los criterios indicados. Una vez corregidos, el representante autorizado vuelve a enviar la solicitud; la evaluación continúa con los mismos evaluadores.

    ## Certificado y verificación

    Un Centro acreditado recibe un certificado válido durante cuatro años, con un código QR que lleva a una página pública de verificación donde figura «Válido», «Caducado» o «Retirado». Un distintivo que puede insertarse en otros sitios web muestra ese mismo estado en tiempo real.

    ## Directorio

    Los Centros acreditados y los Centros de Excelencia con un certificado válido figuran automáticamente en el directorio. Un Centro inscrito solo figura en él si el titular principal de la cuenta marca «Incluir este centro inscrito en el directorio público».

manual-recertification = Recertificación y Centro de Excelencia
manual-recertification-summary = La factura de recertificación, la solicitud precumplimentada, los posibles resultados y qué ocurre al vencer la acreditación.
manual-recertification-body =
    ## Calendario

    Cada año entre ciclos, en el aniversario de su acreditación, el representante autorizado completa una breve autoevaluación en la página del centro: confirma que el personal, el equipamiento y el volumen de procedimientos siguen cumpliendo los criterios básicos, o indica qué ha cambiado. Seis meses antes de que venza su acreditación de cuatro años, recibirá la factura de recertificación. Al pagarla se abre una solicitud de recertificación con la edición vigente de los estándares.

    ## Una solicitud precumplimentada

    La solicitud se precumplimenta con los datos de su último ciclo acreditado. Cada respuesta trasladada aparece marcada con «Respuesta trasladada del ciclo anterior: confírmela o actualícela» y cuenta como sin responder hasta que la confirme sin cambios o la modifique. Se señala la documentación cuya fecha de caducidad, registrada en la biblioteca de documentación, ya ha pasado. «Comparar con el ciclo anterior» muestra criterio por criterio qué ha cambiado; los evaluadores ven la misma comparación.

    ## Resultados

    - En una recertificación puede solicitar la condición de Centro de Excelencia; el resumen muestra cuántos criterios ampliados siguen sin responder.
    - Condición solicitada y todos los criterios básicos y todos los ampliados cumplidos: Centro de Excelencia durante cuatro años.
    - Todos los criterios básicos cumplidos: de nuevo Centro acreditado durante cuatro años.
    - Algún criterio básico no cumplido: correcciones necesarias en los criterios indicados.

    ## Vencimiento

    La acreditación sigue siendo válida mientras esté en evaluación una recertificación enviada antes del vencimiento. De lo contrario, caduca, y así lo reflejan la página de verificación, el distintivo y el directorio. Un certificado retirado aparece como «Retirado».

manual-workshops = Talleres
manual-workshops-summary = Cómo encontrar, reservar y cancelar un taller, y cómo funciona la lista de espera.
manual-workshops-body =
    ## Talleres

    La oficina organiza talleres en línea o presenciales, cada uno en un idioma indicado y con plazas limitadas. El calendario es público, y los horarios se muestran en la zona horaria del propio taller.

    ## Reserva y lista de espera

    Los miembros de un centro que hayan iniciado sesión pueden reservar una plaza para sí mismos o para un colega del mismo centro. Si el taller está completo, apúntese a la lista de espera; cuando quede libre una plaza, la obtiene la primera persona de la lista, que recibe un correo electrónico. Todas las personas con plaza reciben un recordatorio el día anterior.

    ## Cancelación y su calendario

    Si no puede asistir, cancele con antelación para que otra persona de la lista de espera obtenga la plaza. Puede descargar un taller como archivo iCalendar (.ics) o suscribirse al calendario con todos los talleres.

manual-faq = Preguntas frecuentes
manual-faq-summary = Respuestas breves a las preguntas que más a menudo plantean los equipos y los evaluadores.
manual-faq-body =
    ## ¿Tenemos que responder en orden?

    No. Puede responder en el orden que prefiera; el resumen «Lo que aún requiere atención» muestra lo que falta.

    ## ¿Hay que subir toda la documentación antes de enviar la solicitud?

    En los criterios básicos, sí: la documentación requerida de cada criterio básico debe estar vinculada antes de que pueda enviarse la solicitud. En los criterios ampliados, la documentación que falta se señala, pero no impide el envío; tenga los documentos preparados para los evaluadores.

    ## ¿Qué ocurre si se cae la red?

    Las respuestas se quedan en su dispositivo, marcadas como «Sin conexión — guardado en este dispositivo», y se envían cuando recupera la conexión. No cierre la sesión antes de que se hayan enviado.

    ## ¿Quién puede enviar la solicitud?

    Solo el representante autorizado, nunca un administrador. El titular principal de la cuenta puede designar a otra persona para ese rol.

    ## ¿Podemos volver a sortear los 30 casos?

    Sí, indicando un motivo, que queda registrado y que los evaluadores pueden ver.

    ## ¿Cuánto dura la evaluación?

    El objetivo es de unas 12 semanas de tiempo de evaluación efectivo; el tiempo se detiene mientras haya una consulta abierta.

    ## ¿Cómo pueden otras personas comprobar nuestro estado?

    A través de la página de verificación, a la que se accede desde el código QR del certificado, desde su distintivo o desde el directorio.

    ## ¿Es esta la edición oficial de los estándares?

    No. Es una edición de demostración redactada por nosotros; la edición con licencia se importa por separado.

manual-glossary = Glosario
manual-glossary-summary = Términos de oncología intervencionista y del programa que se utilizan en Accredit-IO.
manual-glossary-body =
    - Ablación: destrucción de un tumor mediante calor, frío u otra forma de energía aplicada con una sonda guiada por imagen.
    - Biblioteca de documentación: el repositorio de documentos del centro; cada documento puede vincularse a muchos criterios.
    - Centro acreditado: centro que cumple todos los criterios básicos; la acreditación es válida durante cuatro años.
    - Centro de Excelencia: la condición más alta, que se alcanza en la recertificación al cumplir todos los criterios básicos y ampliados.
    - Centro inscrito: centro registrado cuya factura de inscripción está pagada.
    - Comité de tumores (tumour board, MDT): la reunión multidisciplinar en la que se acuerda el tratamiento de cada paciente.
    - Consulta: pregunta de un evaluador sobre un criterio, que lo vuelve a abrir hasta que se cierra.
    - Criterio ampliado: criterio necesario solo para ser Centro de Excelencia.
    - Criterio básico: criterio que debe cumplirse para obtener la acreditación.
    - Edición de los estándares: versión fija de los estándares, con secciones, estándares y criterios identificados por letras.
    - Escala CIRSE de complicaciones: escala de las complicaciones de los procedimientos intervencionistas que va del grado 1, el más leve, al grado 6, la muerte.
    - Huella del contenido: el valor SHA-256 de la instantánea congelada en el momento del envío.
    - Pausa del tiempo de evaluación: el periodo durante el cual una consulta abierta detiene el tiempo de evaluación.
    - Quimioembolización (TACE): quimioterapia con partículas embolizantes inyectada en las arterias que irrigan un tumor.
    - Radioembolización (TARE o SIRT): microesferas radiactivas administradas en las arterias que irrigan un tumor hepático.
    - Referencia de caso (seudonimizada): código que identifica un caso internamente, sin nombre, fecha de nacimiento ni número de historia clínica.
    - Representante autorizado: la persona formalmente responsable de la solicitud y la única que puede enviarla.
    - Revisión interna de casos: la revisión de 30 casos sorteados al azar de su lista de casos.
    - Valoración: el juicio de un evaluador sobre un criterio.
