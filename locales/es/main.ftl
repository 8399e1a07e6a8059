## Shell
app-name = Accredit-IO
app-tagline = Acreditación en oncología intervencionista
nav-skip-to-content = Ir al contenido principal
nav-primary-label = Navegación principal
nav-home = Inicio
nav-register = Registrar un centro
nav-my-facilities = Mis centros
nav-admin = Administración
language-switcher-label = Idioma
language-switcher-apply = Cambiar idioma
footer-about = Accredit-IO gestiona el programa de acreditación de los servicios de oncología intervencionista, desde la inscripción hasta el Centro de Excelencia.
footer-demo-notice = Instalación de demostración: los estándares y los datos que se muestran son ejemplos, no la edición con licencia.

## Home page
home-page-title = Inicio
home-title = De la inscripción al Centro de Excelencia
home-intro = Accredit-IO acompaña a los servicios de oncología intervencionista a lo largo de un itinerario de calidad en tres etapas. Su equipo y los evaluadores trabajan en la misma aplicación, con o sin conexión, en nueve idiomas.
home-pathway-heading = El itinerario de acreditación
home-stage-step = Etapa { $number }
home-stage-enrolled-title = Centro inscrito
home-stage-enrolled-body = Registre su centro, confirme al menos 150 procedimientos terapéuticos de oncología intervencionista al año y abone la factura de inscripción. Después, su equipo podrá comenzar la solicitud.
home-stage-accredited-title = Centro acreditado
home-stage-accredited-body = Responda el cuestionario sobre los 13 estándares de garantía de calidad, suba la documentación y revise 30 casos seleccionados al azar. Cuando los evaluadores consideran cumplidos todos los criterios básicos, su servicio queda acreditado por cuatro años.
home-stage-excellence-title = Centro de Excelencia
home-stage-excellence-body = Seis meses antes de que venza la acreditación se abre la recertificación. Un servicio que cumple todos los criterios básicos y todos los ampliados se convierte en Centro de Excelencia.
home-how-heading = Cómo funciona la solicitud
home-how-any-order = Responda las preguntas en el orden que prefiera; cada respuesta se guarda mientras escribe.
home-how-offline = Siga trabajando aunque se caiga la red: las respuestas esperan en su dispositivo y se envían al recuperar la conexión.
home-how-summary = Un resumen muestra lo que aún requiere atención antes de que su representante autorizado envíe la solicitud.
home-how-assessors = Los evaluadores revisan la misma solicitud, plantean consultas sobre puntos concretos y registran su decisión.

## Not found
not-found-title = Página no encontrada
not-found-back = Volver a la página de inicio

## Errors
error-unauthorized = Inicie sesión para continuar.
error-forbidden = No tiene permiso para realizar esta acción.
error-not-found = La página o el registro solicitado no existe.
error-validation = Algunos campos requieren su atención.
error-conflict = Otra persona ha modificado esto mientras tanto. Compare ambas versiones y elija cuál conservar.
error-internal = Se ha producido un error en nuestro sistema. Inténtelo de nuevo; si persiste, indique la referencia { $reference }.
error-internal-no-ref = Se ha producido un error en nuestro sistema. Inténtelo de nuevo.
error-network = No se pudo contactar con el servidor. Compruebe su conexión e inténtelo de nuevo.
error-field-required = Este campo es obligatorio.
error-field-malformed = No se pudo leer la solicitud. Recargue la página e inténtelo de nuevo.

## Account field errors (app/src/accounts.rs)
error-email-invalid = Introduzca una dirección de correo válida, por ejemplo nombre@hospital.es.
error-email-taken = Ya existe una cuenta con esta dirección de correo. Inicie sesión o restablezca su contraseña.
error-password-too-short = La contraseña debe tener al menos { $min } caracteres.
error-password-too-long = La contraseña debe tener como máximo { $max } caracteres.
error-name-too-long = Este nombre es demasiado largo.
error-field-control-characters = Elimine los saltos de línea y los caracteres de control invisibles de este campo.

## Sign-in
error-too-many-attempts = Demasiados intentos. Espere 15 minutos y vuelva a intentarlo.
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-signed-in-as = Sesión iniciada como { $name }
nav-sign-out-unsent = { $count ->
    [one] Un cambio (una respuesta, una ficha de caso o una contestación) aún no ha llegado al servidor. Solo se guarda en este dispositivo y se eliminará al cerrar la sesión.
   *[other] { $count } cambios (respuestas, fichas de caso o contestaciones) aún no han llegado al servidor. Solo se guardan en este dispositivo y se eliminarán al cerrar la sesión.
}
nav-sign-out-anyway = Cerrar sesión y eliminarlas
nav-stay-signed-in = Mantener la sesión
sign-in-page-title = Iniciar sesión
sign-in-heading = Iniciar sesión en Accredit-IO
sign-in-email = Correo electrónico
sign-in-password = Contraseña
sign-in-submit = Iniciar sesión
sign-in-error-credentials = El correo electrónico o la contraseña no son correctos.
sign-in-welcome = Le damos la bienvenida, { $name }.
sign-in-error-unconfirmed = Primero confirme su dirección de correo electrónico: siga el enlace del mensaje que le hemos enviado.
sign-in-error-disabled = La oficina del programa ha desactivado esta cuenta. Póngase en contacto con la oficina.
sign-in-forgot-password = ¿Ha olvidado su contraseña?
sign-in-create-account = Crear una cuenta para unirse a un centro

## Field errors of the registration and other forms
error-text-too-long = Este texto es demasiado largo.
error-number-invalid = Introduzca un número entero, por ejemplo 240.
error-number-too-large = Este número es demasiado grande. Compruébelo.
error-date-invalid = Introduzca una fecha válida.
error-link-invalid = Este enlace no es válido: ya se ha utilizado, ha caducado o se copió de forma incompleta. Solicite uno nuevo.

## Facility registration
register-page-title = Registrar un centro
register-heading = Registre su centro
register-intro = El registro es el primer paso hacia la acreditación. Usted pasará a ser el titular principal de la cuenta del centro; sus colegas se unirán más adelante con el código del centro que le enviaremos.
register-done-heading = Revise su correo electrónico
register-done-body = Le hemos enviado un correo con un enlace para activar su centro y con el código del centro. No ocurrirá nada más hasta que siga ese enlace.
register-section-facility = Centro
register-facility-name = Nombre del centro o servicio
register-institution = Hospital o institución
register-department = Departamento
register-address = Dirección
register-country = País
register-section-eligibility = Requisitos
register-procedures = Procedimientos terapéuticos de oncología intervencionista al año
register-procedures-hint = Se requieren al menos { $minimum } procedimientos al año.
register-approver-name = Nombre del jefe de departamento o director del hospital que dio su aprobación
register-approver-email = Su dirección de correo electrónico
register-approval-date = Fecha de aprobación
register-approval-confirmed = Confirmo que el jefe de departamento o el director del hospital ha aprobado este registro.
register-section-account = Su cuenta
register-account-hint = Usted será el titular principal de la cuenta: aprobará a los colegas que se unan y designará a las personas que ocupen los roles del centro.
register-your-name = Su nombre
register-your-email = Su dirección de correo electrónico
register-password = Contraseña
register-password-hint = Al menos { $min } caracteres.
register-section-roles = Roles del centro
register-roles-hint = Deje un campo vacío para asumir usted mismo ese rol (el suplente es opcional). Las personas que indique por correo electrónico recibirán una invitación con el código del centro en cuanto este se active.
register-ar-email = Representante autorizado (correo electrónico)
register-contact-email = Contacto designado (correo electrónico)
register-substitute-email = Suplente del contacto (correo electrónico)
register-submit = Registrar centro
register-error-procedures-below-minimum = La acreditación requiere al menos { $minimum } procedimientos terapéuticos de oncología intervencionista al año.
register-error-approval-in-future = La fecha de aprobación no puede ser posterior a hoy.
register-error-approval-too-old = La aprobación debe ser de los dos últimos años.
register-error-approval-not-confirmed = Confirme que el registro ha sido aprobado.
register-error-facility-exists = Este centro ya está registrado. Solicite el código del centro al titular principal de la cuenta y únase a él.

## Activation and email confirmation
activate-page-title = Activar centro
activate-heading = Active su centro
activate-intro = Al activarlo, confirma su dirección de correo electrónico y abre la inscripción de su centro.
activate-submit = Activar ahora
activate-done = { $facility } está activado. Ya se ha emitido su factura de inscripción.
activate-sign-in = Iniciar sesión
confirm-email-page-title = Confirmar dirección de correo
confirm-email-heading = Confirme su dirección de correo electrónico
confirm-email-submit = Confirmar dirección de correo
confirm-email-done = Su dirección de correo electrónico está confirmada. Ya puede iniciar sesión.

## Accounts
sign-up-page-title = Crear una cuenta
sign-up-heading = Crear una cuenta
sign-up-intro = Cree una cuenta para unirse a un centro ya registrado. Necesitará el código del centro.
sign-up-submit = Crear cuenta
sign-up-done = Le hemos enviado un correo con un enlace para confirmar su dirección.
sign-up-register-instead = ¿Va a registrar un centro nuevo? Utilice en su lugar el registro de centros.
forgot-password-page-title = Contraseña olvidada
forgot-password-heading = Restablecer la contraseña
forgot-password-intro = Introduzca la dirección de correo de su cuenta y le enviaremos un enlace para elegir una contraseña nueva.
forgot-password-submit = Enviar enlace
forgot-password-done = Si alguna cuenta usa esta dirección, le hemos enviado un enlace. El enlace es válido durante una hora.
resend-link-page-title = Recibir un enlace nuevo
resend-link-heading = Recibir un enlace nuevo
resend-link-intro = ¿Su enlace de activación o de confirmación caducó o se perdió? Introduzca la dirección de correo con la que se registró. Si un registro o una cuenta con esa dirección aún espera activación o confirmación, enviamos un enlace nuevo; los enlaces anteriores dejan de funcionar.
resend-link-submit = Enviar un enlace nuevo
resend-link-done = Si un registro o una cuenta con esta dirección espera activación o confirmación, hay un enlace nuevo en camino. Revise su bandeja de entrada y la carpeta de spam.
resend-link-ask = ¿Enlace caducado o perdido? Recibir un enlace nuevo
registration-error-not-pending = Este centro ya está activado: no hay ningún registro pendiente.
registration-error-reason-required = Indique un motivo: se conserva en el registro de auditoría.
admin-registration-resent = Se envió un nuevo enlace de activación a la persona que se registró.
admin-registration-actions = Registro pendiente de { $facility }: acciones
admin-registration-resend = Reenviar el enlace de activación
admin-registration-activate-reason = Por qué la oficina activa en nombre de la persona que se registró (se conserva en el registro de auditoría)
admin-registration-activate-confirm = He comprobado por otra vía quién registró { $facility }; la oficina lo activa en su nombre
admin-registration-activate = Activar en nombre de la persona que se registró
admin-registration-delete-reason = Por qué se elimina el registro (se conserva en el registro de auditoría)
admin-registration-delete-confirm = Eliminar el registro de { $facility } y liberar su nombre y su dirección de correo
admin-registration-delete = Eliminar el registro
reset-password-page-title = Elegir una contraseña nueva
reset-password-heading = Elija una contraseña nueva
reset-password-submit = Guardar la contraseña nueva
reset-password-done = Su contraseña se ha cambiado y se ha cerrado su sesión en todos los dispositivos.
account-page-title = Su cuenta
account-heading = Su cuenta
account-change-password = Cambiar la contraseña
account-current-password = Contraseña actual
account-new-password = Contraseña nueva
account-change-password-submit = Cambiar la contraseña
account-password-changed = Su contraseña se ha cambiado. Se ha cerrado la sesión en los demás dispositivos.
account-error-current-password = La contraseña actual no es correcta.

## Facilities and joining
facilities-page-title = Mis centros
facilities-heading = Mis centros
facilities-none = Todavía no pertenece a ningún centro.
facilities-register-link = Registrar un centro
join-page-title = Unirse a un centro
join-heading = Unirse a un centro
join-intro = Introduzca el código del centro que le ha facilitado el titular principal de la cuenta de su centro.
join-code = Código del centro
join-code-hint = Diez letras y cifras, por ejemplo ABCDE-23456.
join-submit = Solicitar la adhesión
join-done-active = Ya es miembro del centro.
join-done-pending = Su solicitud se ha enviado. El titular principal de la cuenta deberá aprobarla.
join-need-account = Para unirse a un centro, primero inicie sesión o cree una cuenta.
join-error-code-unknown = No hay ningún centro activo con este código. Compruebe el código e inténtelo de nuevo.
join-error-already-member = Ya es miembro de este centro.

## A facility's page
facility-page-title = Centro
facility-status = Estado
facility-code = Código del centro
facility-code-hint = Sus colegas se unen a su centro con este código.
facility-read-only-notice = Está viendo este centro como oficina del programa: solo lectura. Solo los miembros del centro modifican su contenido.
facility-roles-heading = Roles del centro
facility-role-invited = invitación enviada
facility-role-vacant = sin asignar
facility-role-assign = Designar
facility-pending-heading = Solicitudes de adhesión
facility-approve = Aprobar
facility-decline = Rechazar
facility-members-heading = Miembros
facility-member-name = Nombre
facility-member-email = Correo electrónico
facility-member-roles = Roles
facility-member-actions = Acciones
facility-remove = Eliminar
facility-remove-member = Eliminar a { $name }
facility-history-heading = Historial de estados
facility-main-holder = Titular principal de la cuenta
facility-error-status-change = Este cambio de estado no es posible desde el estado actual del centro.
facility-status-registered = Registrado – activación pendiente
facility-status-pending-payment = Activado – pago de la inscripción pendiente
facility-status-enrolled = Centro inscrito
facility-status-accredited = Centro acreditado
facility-status-centre-of-excellence = Centro de Excelencia
facility-status-expired = Caducado
facility-status-withdrawn = Retirado
facility-role-authorised-representative = Representante autorizado
facility-role-contact = Contacto designado
facility-role-substitute = Contacto suplente
membership-status-pending = Pendiente de aprobación
membership-status-active = Miembro
membership-status-declined = Rechazado
membership-status-removed = Eliminado
members-error-not-pending = Esta solicitud ya se ha resuelto.
members-error-cannot-remove-main-holder = No se puede eliminar al titular principal de la cuenta.
members-error-not-member = Esta persona no es miembro activo del centro.
members-error-name-another-ar = Designe a otro representante autorizado antes de eliminar a este miembro.

## Administration
admin-page-title = Administración
admin-heading = Administración
admin-outbox-link = Bandeja de salida
admin-facilities-heading = Registros y centros
admin-facility = Centro
admin-registered-at = Registrado
admin-users-heading = Cuentas y roles globales
admin-unconfirmed = correo no confirmado
admin-change-access = Cambiar los roles y el acceso de { $name }
admin-no-roles = ninguno
admin-column-access = Roles y acceso
admin-column-roles = Roles
admin-disabled = desactivada
admin-grant-role = Asignar el rol { $role } a { $name }
admin-revoke-role = Retirar el rol { $role } a { $name }
admin-confirm-enable = Confirmo: { $name } puede volver a iniciar sesión.
admin-confirm-disable = Confirmo: { $name } cierra sesión en todas partes de inmediato y no puede iniciar sesión hasta que se reactive la cuenta.
admin-enable-account = Reactivar la cuenta de { $name }
admin-disable-account = Desactivar la cuenta de { $name }
admin-confirm-revoke = Confirmo: { $name } pierde el rol { $role }. El cambio queda registrado en el registro de auditoría.
admin-confirm-grant = Confirmo: { $name } recibe el rol { $role }. El cambio queda registrado en el registro de auditoría.
admin-error-own-admin-role = No puede quitarse su propio rol de administrador.
admin-error-disable-self = No puede desactivar su propia cuenta.
role-administrator = Administrador
role-assessor = Evaluador
role-translator = Traductor
outbox-page-title = Bandeja de salida
outbox-heading = Bandeja de salida
outbox-intro = Todos los correos redactados por la aplicación, del más reciente al más antiguo. Si no hay ningún servidor de correo configurado, los correos solo se entregan aquí.
outbox-demonstration = Correo de demostración: no enviado. No hay ningún servidor de correo configurado (SMTP_URL), así que estos mensajes, enlaces incluidos, solo se muestran aquí.
audit-page-title = Registro de auditoría
audit-intro = Cada cambio en el programa, quién lo hizo y cuándo. Cada entrada está encadenada a la anterior, de modo que cualquier cambio en el propio registro se nota.
audit-filter-facility = Centro
audit-filter-any = todos
audit-filter-user = Persona (correo electrónico)
audit-filter-action = La acción empieza por
audit-filter-from = Desde (UTC)
audit-filter-to = Hasta (UTC)
audit-filter-apply = Mostrar entradas
audit-filter-reset = Borrar el filtro
audit-export-csv = Descargar como CSV
audit-none = Ninguna entrada coincide con este filtro.
audit-column-time = Hora (UTC)
audit-column-actor = Por
audit-column-action = Acción
audit-column-target = Sobre
audit-column-change = Cambio
audit-pages = Páginas del registro de auditoría
audit-newer = Entradas más recientes
audit-older = Entradas más antiguas
audit-page-number = Página { $page }
outbox-empty = Todavía no hay correos.
outbox-sent = enviado el { $at }
outbox-failed = no entregado tras { $attempts } intentos: { $error }
outbox-not-sent = no enviado

## Mail (plain text; the HTML part is made from it)
mail-footer = Accredit-IO: acreditación en oncología intervencionista. Este mensaje se ha enviado automáticamente.
mail-activation-subject = Active { $facility } en Accredit-IO
mail-activation-body =
    Estimado/a { $name }:

    Gracias por registrar { $facility }. Active el centro en un plazo de { $hours } horas abriendo este enlace y pulsando «Activar ahora»:

    { $link }

    El código de su centro es { $code }. Sus colegas se unen a su centro con este código; usted aprueba cada solicitud.

    Si no ha realizado usted este registro, ignore este correo.
mail-confirm-email-subject = Confirme su dirección de correo electrónico para Accredit-IO
mail-confirm-email-body =
    Estimado/a { $name }:

    Confirme su dirección de correo electrónico en un plazo de { $hours } horas abriendo este enlace:

    { $link }

    Si no ha creado ninguna cuenta, ignore este correo.
mail-password-reset-subject = Restablezca su contraseña de Accredit-IO
mail-password-reset-body =
    Estimado/a { $name }:

    Se ha solicitado restablecer la contraseña de su cuenta. Para elegir una contraseña nueva, abra este enlace en un plazo de { $minutes } minutos:

    { $link }

    Si no ha sido usted, ignore este correo; su contraseña no cambiará.
mail-sign-up-existing-subject = Alguien intentó crear una cuenta de Accredit-IO con su dirección
mail-sign-up-existing-body =
    Estimado/a { $name }:

    alguien pidió crear una cuenta con esta dirección de correo, que ya tiene una. No se ha creado ninguna cuenta nueva.

    Si fue usted, inicie sesión aquí: { $sign_in }
    Si olvidó su contraseña, elija una nueva aquí: { $reset }

    Si no fue usted, ignore este mensaje.
mail-activated-by-office-subject = La oficina del programa activó { $facility }
mail-activated-by-office-body =
    Estimado/a { $name }:

    la oficina del programa activó { $facility } en su nombre. Su dirección de correo se considera confirmada y ya puede iniciar sesión:

    { $sign_in }

    Si ya no recuerda su contraseña, elija una nueva aquí: { $reset }

    La factura de inscripción le espera en la página del centro.
mail-role-invitation-subject = Se le ha asignado el rol de { $role } en { $facility }
mail-role-invitation-body =
    Hola:

    { $inviter } le ha asignado el rol de { $role } del centro { $facility } en Accredit-IO.

    Para asumir el rol, inicie sesión (o cree una cuenta con esta dirección de correo electrónico) y únase al centro con el código { $code }:

    { $link }
mail-join-requested-subject = { $member } solicita unirse a { $facility }
mail-join-requested-body =
    Estimado/a { $name }:

    { $member } ({ $member_email }) ha solicitado unirse a { $facility } con el código del centro. Apruebe o rechace la solicitud en la página del centro:

    { $link }
mail-join-pending-subject = Su solicitud para unirse a { $facility }
mail-join-pending-body =
    Estimado/a { $name }:

    Su solicitud para unirse a { $facility } se ha enviado al titular principal de la cuenta. Le avisaremos por correo electrónico cuando se haya resuelto.
mail-join-approved-subject = Ya es miembro de { $facility }
mail-join-approved-body =
    Estimado/a { $name }:

    Ya es miembro de { $facility } en Accredit-IO:

    { $link }
mail-join-declined-subject = Su solicitud para unirse a { $facility }
mail-join-declined-body =
    Estimado/a { $name }:

    Su solicitud para unirse a { $facility } ha sido rechazada. Si cree que se trata de un error, póngase en contacto directamente con el centro.
mail-role-assigned-subject = Ahora tiene el rol de { $role } en { $facility }
mail-role-assigned-body =
    Estimado/a { $name }:

    Se le ha asignado el rol de { $role } del centro { $facility } en Accredit-IO.

## Invoices and payments
invoices-heading = Facturas
invoices-none = Todavía no hay facturas.
invoice-page-title = Factura
invoice-number = Número
invoice-kind = Tipo
invoice-issued-on = Emisión
invoice-due-on = Vencimiento
invoice-total = Total
invoice-status = Estado
invoice-open = Importe pendiente
invoice-view = Ver
invoice-back = Volver al centro
invoice-print = Imprimir
invoice-pdf = Descargar PDF
invoice-heading = Factura { $number }
invoice-credit-note-heading = Factura rectificativa { $number }
invoice-vat-id = Número de IVA: { $id }
invoice-recipient = Facturar a
invoice-payment-reference = Referencia de pago
invoice-credits = Esta factura rectificativa anula la factura { $number }.
invoice-void-reason = Esta factura se ha anulado: { $reason }
invoice-description = Concepto
invoice-amount = Importe
invoice-net = Base imponible
invoice-vat = IVA { $rate }
invoice-how-to-pay = Forma de pago
invoice-pay-by = Transfiera el importe total a más tardar el { $due }, indicando la referencia de pago { $reference }.
invoice-payments = Pagos recibidos
invoice-open-amount = Importe pendiente: { $amount }
invoice-line-enrolment-fee = Cuota de inscripción
invoice-line-annual-fee = Cuota anual, año de inscripción { $year } (hasta el { $until })
invoice-line-recertification-fee = Tasa de recertificación (acreditación actual válida hasta el { $until })
invoice-kind-enrolment = Inscripción
invoice-kind-annual = Cuota anual
invoice-kind-recertification = Recertificación
invoice-kind-credit-note = Factura rectificativa
invoice-status-open = Pendiente
invoice-status-paid = Pagada
invoice-status-overdue = Vencida
invoice-status-void = Anulada
invoice-status-credit = Factura rectificativa
invoice-error-not-voidable = Esta factura no se puede anular: ya está anulada o es una factura rectificativa.
invoice-error-has-payments = Esta factura tiene pagos registrados y no se puede anular.
payment-amount = Importe recibido
payment-date = Fecha de recepción
payment-reference = Referencia bancaria
payment-error-amount = El importe debe ser mayor que cero.
payment-error-amount-format = Introduzca un importe como 1500 o 1500,00.
payment-error-overpayment = Este importe supera lo que queda pendiente de la factura.
payment-error-not-payable = No se pueden registrar pagos en una factura anulada ni en una factura rectificativa.
payment-error-future-date = La fecha de pago no puede ser posterior a hoy.
seal-enrolled = Centro inscrito
seal-accredited = Centro acreditado
seal-excellence = Centro de Excelencia
facility-pathway-label = Posición en el itinerario de acreditación
admin-invoices-link = Facturas
admin-invoices-page-title = Facturas
admin-invoices-heading = Facturas
admin-filter-all = Todos
admin-filter-year = Año
admin-filter-apply = Filtrar
admin-invoices-total =
    { $count ->
        [one] una factura, { $total }
       *[other] { $count } facturas, { $total }
    }
admin-record-payment-for = Pago o anulación de { $number }
admin-record-payment = Registrar pago
admin-payment-recorded = Se ha registrado el pago.
admin-payment-recorded-enrolled = Se ha registrado el pago. La factura está pagada y el centro ya es Centro inscrito.
admin-void-reason = Motivo de la anulación
admin-void-invoice = Anular { $number } y emitir una factura rectificativa
admin-invoice-voided = La factura se ha anulado; se ha emitido la factura rectificativa { $number }.
mail-invoice-issued-subject = Factura { $number } de { $facility }
mail-invoice-issued-body =
    Estimado/a { $name }:

    Se ha emitido la factura { $number } de { $facility }: { $amount }, con vencimiento el { $due }. Indique la referencia de pago { $reference } en su transferencia.

    Puede consultar e imprimir la factura aquí:

    { $link }
mail-invoice-reminder-subject = Recordatorio: vencimiento de la factura { $number }
mail-invoice-reminder-body =
    Estimado/a { $name }:

    Según nuestros registros, quedan pendientes { $amount } de la factura { $number } de { $facility }, con vencimiento el { $due }. Transfiera el importe indicando la referencia de pago { $reference }. Si ya ha realizado el pago, ignore este recordatorio.

    { $link }
mail-facility-enrolled-subject = { $facility } ya es Centro inscrito
mail-facility-enrolled-body =
    Estimado/a { $name }:

    Gracias por su pago. { $facility } ya es Centro inscrito y su equipo puede comenzar la solicitud de acreditación.

    { $link }
invoice-pdf-unavailable = No se puede generar el PDF en este servidor (no hay ninguna fuente instalada para este idioma). Utilice en su lugar «Imprimir» en la página de la factura.

## Standards editions and answers
admin-editions-link = Ediciones de los estándares
editions-page-title = Ediciones de los estándares
editions-heading = Ediciones de los estándares
editions-title = Edición
editions-id = Identificador
editions-published = Publicación
editions-items = Criterios
editions-item-count = { $items } criterios, { $core } básicos
editions-demonstration = demostración
editions-import-heading = Importar una edición
editions-import-intro = Pegue un archivo de edición (TOML, como se describe en docs/standards-edition.md). Se comprueba por completo antes de guardar nada; una edición importada no cambia nunca.
editions-file = Archivo de edición
editions-import = Comprobar e importar
editions-imported = La edición { $id } se ha importado con { $items } criterios.
editions-unchanged = La edición { $id } ya se había importado exactamente con este contenido. No se ha cambiado nada.
editions-conflict = Ya existe una edición con el identificador { $id } y un contenido distinto. Las ediciones no cambian nunca: asigne a la nueva edición su propio identificador.
editions-syntax = No se ha podido leer el archivo como archivo de edición:
editions-problems =
    { $count ->
        [one] El archivo tiene un problema; no se ha importado nada:
       *[other] El archivo tiene { $count } problemas; no se ha importado nada:
    }
answer-error-explanation-required = Añada una explicación.
answer-error-out-of-range = Este número está fuera del intervalo permitido.
answer-error-date-in-future = La fecha no puede ser futura.
answer-error-unknown-option = Elija una de las opciones ofrecidas.
answer-error-wrong-type = Esta respuesta no corresponde a la pregunta. Vuelva a cargar la página y responda de nuevo.
attention-unanswered = Aún sin responder
attention-core-not-met = Un criterio básico debe cumplirse antes de enviar la solicitud
attention-invalid = La respuesta debe corregirse
attention-evidence-missing = Documentación obligatoria aún no subida
application-error-not-enrolled = Se puede abrir una solicitud cuando el centro es un Centro inscrito (factura de inscripción pagada).
application-error-no-edition = Todavía no se ha importado ninguna edición de los estándares. Consulte a un administrador.
application-error-not-draft = Esta solicitud se ha enviado y ya no se puede modificar.
answer-error-unknown-item = Esta pregunta no forma parte de la edición de los estándares de la solicitud.

## The questionnaire
application-heading = Solicitud de acreditación
application-open = Ir a la solicitud
application-page-title = Solicitud
application-index-label = Estándares de la solicitud
application-demonstration-notice = Esta es la edición de demostración de los estándares: preguntas de ejemplo redactadas por nosotros, no los estándares con licencia.
application-read-only-notice = Vista de solo lectura para la oficina del programa: solo los miembros del centro cambian las respuestas, las evidencias y la revisión de casos.
application-summary-heading = Lo que aún requiere atención
application-core-progress = Criterios básicos respondidos: { $answered } de { $total }
application-extended-progress = Criterios ampliados respondidos: { $answered } de { $total } (necesarios para ser Centro de Excelencia)
application-ready = Todos los criterios están respondidos, cada criterio básico se cumple con su documentación requerida vinculada y la revisión de casos está completa: la solicitud está lista para enviarse.
application-not-ready = La solicitud aún no puede enviarse. Podrá enviarse cuando todos los criterios estén respondidos (un criterio ampliado puede indicar «aún no se cumple»), cada criterio básico se cumpla con su documentación requerida vinculada y la revisión interna de casos esté completa.
application-blocking-count =
    { $count ->
        [one] Un punto impide todavía el envío
       *[other] { $count } puntos impiden todavía el envío
    }
application-blocking-case-review = aún no completa
application-attention-count =
    { $count ->
        [one] Un criterio requiere atención
       *[other] { $count } criterios requieren atención
    }
application-level-core = Criterio básico
application-level-extended = Criterio ampliado
application-progress-heading = Progreso por sección y estándar
application-column-standard = Estándar
application-guidance = Orientación
application-evidence-needed = Documentación:
application-answer = Respuesta
application-yes = Sí
application-no = No
application-explanation = Explicación
application-save-saving = Guardando…
application-save-saved = Guardado
application-save-conflict = Modificado por otra persona
application-save-offline = No guardado: no se puede contactar con el servidor. Inténtelo de nuevo cuando recupere la conexión.
application-save-on-device = Sin conexión — guardado en este dispositivo
application-page-on-device = Sin conexión — { $count ->
    [one] una respuesta está guardada
   *[other] { $count } respuestas están guardadas
} en este dispositivo y se enviarán cuando vuelva la conexión.
application-save-signed-out = Guardada en este dispositivo: vuelva a iniciar sesión para enviarla.
application-conflict-explain = Otra persona ha guardado mientras tanto una respuesta distinta para este criterio. La respuesta de esa persona:
application-conflict-keep-mine = Conservar mi respuesta
application-conflict-take-theirs = Aceptar la otra respuesta

## The internal case review (app/src/case_review.rs)

case-review-page-title = Revisión interna de casos
case-review-intro = Indique las referencias seudonimizadas de los casos de oncología intervencionista tratados por su servicio, una por línea o como primera columna de un archivo CSV. La aplicación selecciona 30 al azar; se conservan la semilla y la huella de la lista para poder repetir el sorteo. No utilice nunca nombres, fechas de nacimiento ni números de historia clínica.
case-review-references = Referencias de los casos
case-review-csv = O importar las referencias desde un archivo CSV
case-review-draw = Sortear 30 casos
case-review-redraw = Repetir el sorteo
case-review-redraw-heading = Repetir el sorteo de los casos (hace falta un motivo)
case-review-same-as-previous = Igual que el caso anterior
case-review-reason = Motivo para repetir el sorteo (queda registrado)
case-review-drawn = Sorteo { $number } del { $date }, realizado por { $name }: 30 casos de entre { $pool } referencias.
case-review-seed = Semilla { $seed } · huella de la lista { $hash }
case-review-reason-given = Motivo indicado: { $reason }
case-review-progress = { $done } de { $total } casos completados
case-review-complete = La revisión de casos ha concluido.
case-review-back = Volver al cuestionario
case-review-link = Revisión interna de casos
case-review-status-complete = Revisión interna de casos: concluida
case-review-status-incomplete = Revisión interna de casos: aún no concluida
case-review-case-complete = Completado
case-review-case-incomplete = Pendiente
case-review-error-too-few = Indique al menos 30 referencias de casos distintas.
case-review-error-too-many = La lista es demasiado larga: como máximo 20.000 referencias.
case-review-error-reference = Una referencia tiene más de 40 caracteres o contiene caracteres de control.
case-review-error-reference-identifier = Una referencia parece un nombre, una fecha de nacimiento o un número de identificación. Utilice solo referencias seudonimizadas.
case-review-error-line = Línea { $line }:
case-review-error-reason-required = Para repetir el sorteo debe indicar un motivo; quedará registrado.
case-review-error-too-many-draws = Los casos ya se han sorteado cinco veces, el máximo permitido. Póngase en contacto con la oficina del programa si la lista de referencias sigue siendo incorrecta.
case-review-error-stale-draw = Mientras tanto se ha repetido el sorteo de los casos. Vuelva a cargar la página.
case-review-error-not-drawn = Este caso no forma parte del sorteo actual.
case-procedure-type = Tipo de procedimiento
case-procedure-ablation = Ablación térmica
case-procedure-tace = Quimioembolización (TACE)
case-procedure-tare = Radioembolización (TARE/SIRT)
case-procedure-biopsy = Biopsia guiada por imagen
case-procedure-embolisation = Otra embolización
case-procedure-drainage = Drenaje
case-procedure-other = Otro
case-procedure-date = Fecha del procedimiento
case-tumour-board = Discusión en el comité de tumores documentada
case-consent = Consentimiento informado documentado
case-complication-grade = Complicaciones (grado CIRSE)
case-grade-none = Ninguna
case-grade = Grado { $grade }
case-follow-up = Seguimiento documentado
case-notes = Notas (sin nombres, fechas de nacimiento ni números de identificación)
case-missing-procedure-type = Elija el tipo de procedimiento.
case-missing-procedure-date = Introduzca la fecha del procedimiento.
case-missing-tumour-board = Indique si la discusión en el comité de tumores está documentada.
case-missing-consent = Indique si el consentimiento informado está documentado.
case-missing-complication-grade = Elija el grado de complicación.
case-missing-follow-up = Indique si el seguimiento está documentado.
case-flag-name = Las notas parecen contener el nombre de una persona.
case-flag-date-of-birth = Las notas parecen contener una fecha de nacimiento.
case-flag-national-id = Las notas parecen contener un número de identificación.
case-flag-contact = Las notas parecen contener datos de contacto.

## Submission (app/src/db/submissions.rs)

submission-heading = Envío
submission-submit = Enviar la solicitud
submission-confirm = Como representante autorizado, confirmo que las respuestas y la revisión interna de casos están completas y son correctas.
submission-only-representative = Solo el representante autorizado del centro puede enviar la solicitud.
submission-not-ready = Responda todos los criterios básicos y concluya la revisión interna de casos antes de enviar la solicitud.
submission-error-not-ready = La solicitud no está lista para enviarse: hay un criterio sin responder, un criterio básico no se cumple o no tiene su documentación requerida, o la revisión de casos no está completa.
submission-receipt = Enviada el { $date } por { $name }.
submission-hash = Huella del contenido (SHA-256): { $hash }
submission-read-only = La solicitud se ha enviado y ya no se puede modificar.
mail-application-submitted-subject = Solicitud de { $facility } enviada
mail-application-submitted-body =
    Estimado/a { $name }:

    Se ha enviado la solicitud de acreditación de { $facility }. Sus respuestas y la revisión interna de casos ya no se pueden modificar. Huella del contenido (SHA-256):

    { $hash }

    La oficina de IASIOS asignará a los evaluadores. Puede seguir la solicitud aquí:

    { $link }

## Evidence (app/src/evidence.rs, server/src/evidence.rs)

evidence-library-heading = Biblioteca de documentación
evidence-library-intro = Archivos que su equipo ha subido para este centro. Un mismo archivo puede servir de documentación para varios criterios. Se admiten PDF, imágenes, documentos de ofimática y texto sin formato de hasta { $size } cada uno; el tipo se comprueba a partir del contenido del archivo, no de su nombre.
evidence-attach = Adjuntar un archivo
evidence-upload = Subir
evidence-upload-offline = Sin red: los archivos se podrán subir cuando vuelva la conexión. Las respuestas que escriba se siguen guardando en este dispositivo.
evidence-from-library = O elegir uno de la biblioteca
evidence-link = Vincular
evidence-remove = Quitar
evidence-none = Todavía no se ha subido ningún archivo.
evidence-uploaded = El archivo se ha subido.
evidence-not-linked = No vinculado a ningún criterio
evidence-uploaded-by = { $name }, { $date }
evidence-column-file = Archivo
evidence-column-size = Tamaño
evidence-column-uploaded = Subido
evidence-column-items = Documentación para
evidence-kind-pdf = PDF
evidence-kind-image = Imagen
evidence-kind-document = Documento
evidence-kind-spreadsheet = Hoja de cálculo
evidence-kind-presentation = Presentación
evidence-kind-text = Texto
evidence-error-type = No se admite este tipo de archivo. Suba un PDF, una imagen, un documento de ofimática o texto sin formato.
evidence-error-too-large = El archivo supera el tamaño máximo de subida.
evidence-error-empty = Elija un archivo para subir; no se admiten archivos vacíos.
evidence-error-no-file = Este archivo no está en la biblioteca de documentación de su centro.

## Assessment (app/src/assessment.rs, app/src/db/assessment.rs, pages/assessment, pages/admin/applications.rs, pages/certificates.rs)

application-status-draft = Borrador
application-status-submitted = Enviada – a la espera de los evaluadores
application-status-under-assessment = En evaluación
application-status-evidence-requested = Documentación solicitada por los evaluadores
application-status-amendments-required = Correcciones necesarias
application-status-accredited = Acreditada
assessment-clock = Tiempo de evaluación: { $days ->
    [one] 1 día
   *[other] { $days } días
} (se detiene mientras haya consultas abiertas)
assessment-error-not-assessor = Esta persona no tiene el rol de evaluador.
assessment-error-already-assigned = Este evaluador ya está asignado a la solicitud.
assessment-error-already-declared = La declaración de esta asignación ya se ha realizado.
assessment-error-not-submitted = La solicitud aún no se ha enviado.
assessment-error-not-under-assessment = La solicitud no está en evaluación.
assessment-error-open-queries = Cierre todas las consultas abiertas antes de decidir.
assessment-error-query-closed = Esta consulta está cerrada.
assessment-error-core-not-met = Para conceder la acreditación, todos los evaluadores deben considerar cumplidos todos los criterios básicos.
assessment-error-case-review = Para conceder la acreditación, la revisión interna de casos debe haber concluido.
assessment-error-no-items = Indique los criterios que deben corregirse.
assessments-page-title = Evaluaciones
assessments-intro = Antes de ver una solicitud, declare cualquier conflicto de intereses. Un conflicto declarado pone fin a la asignación y la oficina asigna a otra persona.
assessments-none = No tiene ninguna solicitud asignada.
assessments-open = Abrir la solicitud
assessments-back = Todas las evaluaciones
workspace-case-forms = Leer los formularios de los casos
workspace-back = Volver a la evaluación
assignment-status-awaiting-declaration = Falta la declaración de intereses
assignment-status-active = Activa
assignment-status-conflict = Conflicto de intereses declarado
assignment-conflict-explain = Ha declarado un conflicto de intereses; se ha informado a la oficina.
declaration-intro = ¿Tiene algún conflicto de intereses con este centro?
declaration-same-institution = Trabajo en la misma institución o para ella.
declaration-same-country = Trabajo en el mismo país.
declaration-other = Otros motivos (déjelo en blanco si no hay ninguno)
declaration-submit = Enviar la declaración
workspace-page-title = Evaluación
workspace-answer = Respuesta del centro:
workspace-no-answer = Sin respuesta
finding-legend = Valoración
finding-met = Cumplido
finding-partially-met = Parcialmente cumplido
finding-not-met = No cumplido
finding-not-applicable = No aplicable
finding-comment = Comentario sobre la valoración
query-open = Consulta abierta
query-closed = Consulta cerrada
query-reply = Responder
query-attach = Adjuntar un archivo de la biblioteca de documentación
query-attached-file = Documentación adjunta
query-send = Enviar
query-close = Cerrar la consulta
query-new = Plantear una consulta al centro sobre este criterio
query-question = Pregunta o documentación solicitada
query-ask = Abrir la consulta
recommendation-heading = Recomendación
recommendation-outcome = Decisión recomendada
recommendation-comment = Motivos
recommendation-send = Enviar la recomendación
decision-accredited = Acreditación concedida
decision-amendments-required = Correcciones necesarias
decision-heading = Decisión
decision-outcome = Decisión
decision-items = Criterios que deben corregirse:
decision-comment = Comentario para el centro
decision-record = Registrar la decisión
decision-blocked-core = Criterios básicos que no todos los evaluadores consideran cumplidos: { $items }
decision-page-title = Carta de decisión
decision-letter-accredited = El centro obtiene la condición de Centro acreditado IASIOS.
decision-letter-amendments = La evaluación ha detectado criterios que deben corregirse. Solo estos criterios vuelven a estar abiertos; el representante autorizado enviará de nuevo la solicitud una vez corregidos.
decision-open-letter = Leer la carta de decisión
decision-verify-link = Verificar el certificado
decision-none = Todavía no hay ninguna decisión.
admin-applications-title = Solicitudes en evaluación
admin-applications-none = Todavía no se ha enviado ninguna solicitud.
admin-column-facility = Centro
admin-column-status = Estado
admin-column-clock = Tiempo
admin-column-queries = Consultas abiertas
admin-column-assessors = Evaluadores
admin-assessors-heading = Evaluadores
admin-assign-label = Asignar un evaluador
admin-assign = Asignar
admin-findings-heading = Valoraciones de los evaluadores activos
admin-findings-active = { $count ->
    [one] 1 evaluador activo
   *[other] { $count } evaluadores activos
}
admin-queries-heading = Consultas
verify-page-title = Verificación del certificado
verify-state-valid = Válido
verify-state-expired = Caducado
verify-state-withdrawn = Retirado
verify-state-recertification = Válido — recertificación en evaluación
verify-validity = Válido del { $from } al { $until }
verify-code = Código de verificación { $code }
verify-unknown = Ningún certificado tiene este código de verificación.
verify-badge-alt = Distintivo de acreditación con el estado en tiempo real
directory-page-title = Directorio de centros
directory-intro = Centros acreditados y Centros de Excelencia con un certificado válido, y centros inscritos que han optado por figurar en el directorio.
directory-search = Buscar
directory-filter-apply = Mostrar
directory-status = Estado
directory-all = Todos
directory-country = País
directory-valid-until = Válido hasta
mail-assessor-assigned-subject = Nueva evaluación: { $facility }
mail-assessor-assigned-body =
    Estimado/a { $name }:

    Se le ha asignado la evaluación de la solicitud de { $facility }. Antes de verla, declare aquí cualquier conflicto de intereses:

    { $link }
mail-assessor-conflict-subject = Conflicto de intereses declarado para { $facility }
mail-assessor-conflict-body =
    Estimado/a { $name }:

    { $assessor } ha declarado un conflicto de intereses en la solicitud de { $facility }. La asignación está bloqueada; asigne a otro evaluador:

    { $link }
mail-query-opened-subject = Consulta de los evaluadores sobre el criterio { $item } de { $facility }
mail-query-opened-body =
    Estimado/a { $name }:

    Los evaluadores de la solicitud de { $facility } han abierto una consulta sobre el criterio { $item }. El tiempo de evaluación se detiene hasta que la consulta se responda y se cierre. Responda, adjunte documentación o corrija el criterio aquí:

    { $link }
mail-decision-made-subject = Decisión sobre la solicitud de { $facility }
mail-decision-made-body =
    Estimado/a { $name }:

    Se ha registrado una decisión sobre la solicitud de { $facility }. Puede leer la carta de decisión aquí:

    { $link }
directory-opt-in = Incluir este centro inscrito en el directorio público
workspace-preview = Vista previa
admin-overdue-queries = { $count } vencidas
admin-workload-heading = Carga de trabajo de los evaluadores
admin-workload = { $name }: { $count ->
    [one] 1 solicitud
   *[other] { $count } solicitudes
} en evaluación
certificate-title = Certificado de acreditación
certificate-scan = Escanee para ver el estado actual:
certificate-download = Certificado (PDF)
decision-pdf = Carta de decisión (PDF)
snapshot-page-title = La solicitud enviada
snapshot-none = Todavía no se ha enviado nada.
snapshot-open = Leer la solicitud enviada
snapshot-submitted = Enviada
snapshot-submitted-by = Por { $name } el { $when }
snapshot-fingerprint = Huella digital (SHA-256)
snapshot-verified = ✓ coincide con la solicitud almacenada
snapshot-not-verified = ✗ no coincide con la solicitud almacenada: avise a la oficina
snapshot-case-review = Revisión interna de casos
snapshot-case-review-summary = { $cases } casos del sorteo { $draw } (semilla { $seed }; SHA-256 de la lista de referencias { $pool })
snapshot-unanswered = Sin responder
export-column-standard = Estándar
export-column-item = Criterio
export-column-level = Nivel
export-column-question = Pregunta
export-column-answer = Respuesta
export-column-evidence = Archivos de evidencia
export-column-editor = Último cambio por
export-column-changed = Último cambio (UTC)
export-heading = Exportar las respuestas
export-explain = Una fila por criterio con su estándar, nivel, respuesta, número de archivos de evidencia y quién lo cambió por última vez y cuándo, para hacerlo circular y aprobarlo.
export-xlsx = Respuestas como hoja de cálculo (XLSX)
export-csv = Respuestas como CSV
assessment-over-target = por encima del objetivo de { $weeks } semanas
workspace-progress = Hallazgos registrados: { $done } de { $total } criterios

## Application manual (the chapters themselves are in manual.ftl)

nav-manual = Manual
manual-page-title = Manual de la aplicación
manual-heading = Manual de la aplicación
manual-intro = Cómo llevar su servicio a lo largo del itinerario de acreditación: registro, cuestionario, documentación, revisión de casos, envío, evaluación y recertificación.
manual-contents = Índice
manual-search-label = Buscar en el manual
manual-search-submit = Buscar
manual-search-placeholder = por ejemplo: sin conexión, revisión de casos, factura
manual-search-count = { $count ->
    [one] Se ha encontrado un resultado
   *[other] Se han encontrado { $count } resultados
}
manual-search-none = No se ha encontrado nada. Pruebe con otra palabra.
manual-print = Versión para imprimir (imprimir o guardar como PDF)
manual-print-button = Imprimir o guardar como PDF
manual-back = Volver al manual
manual-back-to-top = Volver al índice
manual-help-link = Ayuda sobre este estándar en el manual

## Translator tools

translate-page-title = Traducciones
translate-intro = El grado de avance de cada idioma, archivo por archivo, y qué mensajes requieren trabajo. El inglés es el idioma de origen: una traducción está desactualizada cuando su texto en inglés ha cambiado después de la última confirmación de la traducción.
translate-source-directory = Los textos se leen de { $dir }: los cambios en un archivo .ftl se ven al recargar la página.
translate-source-embedded = Los textos están integrados en este servidor. Edite los archivos de locales/ y vuelva a compilar, o ejecute una compilación de desarrollo para ver los cambios al recargar.
translate-locale = Idioma
translate-file = Archivo
translate-progress = Al día
translate-state = Estado
translate-state-current = Al día
translate-state-missing = Falta
translate-state-stale = Desactualizada
translate-state-unconfirmed = Sin confirmar
translate-open-heading = Pendiente en { $locale }
translate-file-heading = { $file } en { $locale }
translate-nothing-open = Aquí no hay nada pendiente.
translate-confirm-hint = Después de actualizar una traducción, registre que corresponde al texto en inglés actual:
translate-id = Mensaje
translate-english = Inglés
translate-target = Traducción

## Problems found in a standards edition file (administrators' import; place: field: problem)

edition-place-edition = edición
edition-place-section = sección { $n }
edition-place-standard = estándar { $n }
edition-place-item = criterio { $key }
edition-place-messages = mensajes
edition-problem-id = use solo letras, dígitos y '-'
edition-problem-section-count = se esperaban { $expected } secciones, hay { $found }
edition-problem-number = se esperaba { $expected }, hay { $found }
edition-problem-no-standards = una sección necesita al menos un estándar
edition-problem-standard-order = aquí se esperaba el estándar { $expected }, hay { $found }
edition-problem-no-items = un estándar necesita al menos un criterio
edition-problem-letter = se esperaba '{ $expected }' (las letras siguen a, b, c … sin huecos), hay '{ $found }'
edition-problem-min-max = min { $min } es mayor que max { $max }
edition-problem-max-chars = debe estar entre 1 y { $max }
edition-problem-few-options = necesita al menos dos opciones
edition-problem-duplicate-option = una opción aparece dos veces
edition-problem-standard-count = se esperaban los estándares 1 a { $expected }, el último es { $found }
edition-problem-unknown-message = no existe ese mensaje en locales/en

## Withdrawal from the programme (facility dashboard)

withdraw-heading = Retirarse del programa
withdraw-explain = El centro abandona el programa de acreditación: su certificado se retira de inmediato y la verificación lo muestra como retirado. El motivo queda en el historial de estados. Esto no se puede deshacer aquí.
withdraw-reason = Motivo de la retirada
withdraw-confirm = Entiendo que el centro y su certificado se retiran ahora.
withdraw-submit = Retirar el centro
withdraw-error-reason = Indique el motivo de la retirada.

## Ciclo de recertificación (cuestionario, comparación)

attention-carried = trasladada del ciclo anterior — confírmela o actualícela
attention-evidence-expired = la documentación vinculada ha caducado
evidence-expired = caducado
evidence-column-expires = Válido hasta
evidence-error-expiry-date = Introduzca la fecha de caducidad como fecha o deje el campo vacío.
evidence-error-expiry-frozen = Este archivo es evidencia de una solicitud enviada que está en evaluación; su fecha de caducidad no puede cambiar hasta la decisión.
evidence-error-executable = No se aceptan como evidencia archivos que pueden ejecutar programas (scripts, ejecutables, archivos de Office con macros). Guarde el documento como PDF y súbalo.
recert-heading = Recertificación (ciclo { $cycle })
recert-carried-note = Respuesta trasladada del ciclo anterior: confírmela o actualícela.
recert-confirm = Confirmar sin cambios
recert-all-confirmed = Todas las respuestas trasladadas están confirmadas o actualizadas.
recert-carried-count =
    { $count ->
        [one] Aún queda una respuesta trasladada por confirmar o actualizar.
       *[other] Aún quedan { $count } respuestas trasladadas por confirmar o actualizar.
    }
recert-compare-link = Comparar con el ciclo anterior
excellence-heading = Centro de Excelencia
excellence-gap =
    { $count ->
        [one] Aún queda un criterio ampliado sin responder como cumplido.
       *[other] Aún quedan { $count } criterios ampliados sin responder como cumplidos.
    }
excellence-gap-none = Todos los criterios ampliados están respondidos como cumplidos.
excellence-apply = Solicitar la condición de Centro de Excelencia en este ciclo
excellence-requested = El centro solicita la condición de Centro de Excelencia.
excellence-not-requested = El centro no solicita la condición de Centro de Excelencia.
excellence-rule = La condición de Centro de Excelencia se otorga cuando los evaluadores consideran cumplidos todos los criterios básicos y todos los ampliados; en caso contrario, si se cumplen todos los criterios básicos, el centro queda acreditado de nuevo por cuatro años.
excellence-error-first-cycle = La condición de Centro de Excelencia solo puede solicitarse en una recertificación.
changes-page-title = Cambios desde el ciclo anterior
changes-heading = Ciclo { $cycle } comparado con el ciclo { $previous }
changes-back = Volver a la solicitud
changes-summary = Criterios respondidos que difieren del ciclo anterior: { $changed } de { $total }.
changes-show-unchanged = Mostrar también los criterios sin cambios
changes-column-item = Criterio
changes-column-cycle = Ciclo { $cycle }
changes-column-status = Cambio
changes-unchanged = sin cambios
changes-changed = modificado
changes-added = respuesta nueva
changes-removed = ya sin respuesta

## Autoevaluación anual (panel del centro, administradores)

self-check-heading = Autoevaluación anual
self-check-due = La autoevaluación prevista para el { $due } está abierta. Confirme que el servicio sigue cumpliendo los criterios básicos.
self-check-due-representative = La autoevaluación prevista para el { $due } está abierta; la completa el representante autorizado.
self-check-attested = La autoevaluación prevista para el { $due } se completó el { $date }.
self-check-changes = Cambios comunicados:
self-check-staff = El personal sigue cumpliendo los criterios básicos.
self-check-equipment = El equipamiento y las instalaciones siguen cumpliendo los criterios básicos.
self-check-volume = El volumen de procedimientos sigue siendo de al menos 150 al año.
self-check-note = Qué ha cambiado
self-check-submit = Completar la autoevaluación
self-check-error-note = Indique qué ha cambiado en cada punto que no pueda confirmar.
self-check-error-none-open = No hay ninguna autoevaluación abierta para este centro.
self-check-column-due = Prevista para
self-check-status-open = abierta
self-check-status-met = todo confirmado
self-check-status-changes = cambios comunicados
admin-self-checks-link = Autoevaluaciones
admin-self-checks-title = Autoevaluaciones anuales
admin-self-checks-none = Todavía no ha vencido ninguna autoevaluación.

## Talleres

nav-workshops = Talleres
admin-workshops-link = Talleres
admin-workshops-title = Programar talleres
workshops-page-title = Talleres
workshops-intro = Los talleres ayudan a los equipos a prepararse para la acreditación y la recertificación. Los miembros de un centro reservan plazas para sí mismos o para sus colegas.
workshops-feed = Suscribirse al calendario (iCalendar)
workshops-none = No hay talleres programados por el momento.
workshops-back = Todos los talleres
workshops-upcoming = Próximos talleres
workshop-full = Completo — apúntese a la lista de espera
workshop-seats-left =
    { $count ->
        [one] Queda una plaza
       *[other] Quedan { $count } plazas
    }
workshop-seats-of = { $taken } de { $capacity } plazas ocupadas, { $waiting } en lista de espera
workshop-language = Idioma
workshop-venue = Lugar
workshop-online = En línea
workshop-seats = Plazas
workshop-ics = Añadir al calendario (.ics)
workshop-book = Reservar una plaza
workshop-join-waitlist = Apuntarse a la lista de espera
workshop-for-facility = Para el centro
workshop-attendee = Participante
workshop-attendee-hint = Su propia dirección de correo electrónico o la de un colega: debe ser miembro del centro.
workshop-sign-in = Inicie sesión para reservar una plaza
workshop-attendees = Participantes
workshop-your-bookings = Reservas de su centro
workshop-facility = Centro
workshop-booked-by = Reservado por
workshop-status = Estado
workshop-waitlist-position = (número { $position } en la lista de espera)
workshop-cancel = Cancelar
workshop-booking-confirmed = plaza reservada
workshop-booking-waitlisted = en lista de espera
workshop-booking-cancelled = cancelada
workshop-field-title = Título
workshop-field-description = Descripción
workshop-field-starts = Inicio (hora local)
workshop-field-ends = Fin (hora local)
workshop-field-time-zone = Zona horaria (por ejemplo, Europe/Vienna)
workshop-field-capacity = Plazas
workshop-schedule = Programar el taller
workshop-scheduled = El taller se ha programado.
workshop-open = Abrirlo
workshop-error-where = Indique un lugar, un enlace en línea o ambos.
workshop-error-url = Introduzca el enlace en línea como dirección completa que empiece por https://.
workshop-error-time = Introduzca una fecha y una hora que existan en esta zona horaria.
workshop-error-ends-before-start = El fin debe ser posterior al inicio.
workshop-error-capacity = Introduzca un número de plazas entre 1 y 1000.
workshop-error-time-zone = Introduzca una zona horaria por su nombre, por ejemplo Europe/Vienna o America/New_York.
workshop-error-not-member = El participante debe tener una cuenta y ser miembro activo del centro.
workshop-error-started = El taller ya ha comenzado.
workshop-error-already-booked = Esta persona ya tiene una reserva para el taller.

## Correo: recertificación, talleres, autoevaluación

mail-recertification-opened-subject = Se ha abierto la recertificación de { $facility }
mail-recertification-opened-body =
    Estimado/a { $name }:

    Gracias por abonar la factura de recertificación. La solicitud de recertificación de { $facility } está abierta y se ha rellenado previamente con las respuestas del último ciclo: confirme o actualice cada una de ellas antes de enviarla.

    { $link }
mail-workshop-booked-subject = Plaza reservada: { $title }
mail-workshop-booked-body =
    Estimado/a { $name }:

    Tiene una plaza en el taller «{ $title }» del { $when }.

    { $link }
mail-workshop-waitlisted-subject = En lista de espera: { $title }
mail-workshop-waitlisted-body =
    Estimado/a { $name }:

    El taller «{ $title }» del { $when } está completo. Usted está en la lista de espera; le escribiremos cuando quede libre una plaza.

    { $link }
mail-workshop-promoted-subject = Tiene una plaza: { $title }
mail-workshop-promoted-body =
    Estimado/a { $name }:

    Ha quedado libre una plaza y ahora es suya: el taller «{ $title }» del { $when }.

    { $link }
mail-workshop-reminder-subject = Mañana: { $title }
mail-workshop-reminder-body =
    Estimado/a { $name }:

    Le recordamos que el taller «{ $title }» se celebra el { $when }.

    { $link }
mail-self-check-due-subject = Autoevaluación anual de { $facility }
mail-self-check-due-body =
    Estimado/a { $name }:

    La autoevaluación anual de { $facility } venció el { $due }. El representante autorizado confirma en la página del centro que el personal, el equipamiento y el volumen de procedimientos siguen cumpliendo los criterios básicos, o indica qué ha cambiado.

    { $link }
decision-letter-excellence = El centro obtiene la condición de Centro de Excelencia IASIOS.
application-status-not-accredited = No acreditada
decision-not-accredited = No acreditada
decision-letter-not-accredited = La evaluación ha concluido que el servicio aún no cumple los criterios del programa para la acreditación. El centro sigue siendo un Centro inscrito.
decision-reasons = Motivos por criterio
decision-reasons-hint = Un criterio por línea: el criterio, dos puntos y el motivo, p. ej. «3b: el comité de tumores se reúne mensualmente». Obligatorio para «No acreditada»; con «Correcciones necesarias», los criterios indicados aquí también se reabren.
decision-reasons-heading = Motivos por criterio
decision-reapply-from = Se puede abrir una nueva solicitud a partir del { $date }.
decision-start-new = Iniciar una nueva solicitud
decision-error-reasons = No se han podido leer los motivos: escriba un criterio por línea con el criterio, dos puntos y el motivo (p. ej. «3b: …»), y cada criterio de esta edición una sola vez.
decision-error-no-reasons = Una decisión «no acreditada» indica sus motivos: mencione al menos un criterio y el porqué.
decision-error-not-accredited-recertification = Una recertificación no puede decidirse como «no acreditada»: su certificado sigue siendo válido hasta el final de su vigencia. Solicite correcciones en su lugar.
application-error-waiting-period = Se podrá abrir una nueva solicitud cuando termine el periodo de espera tras la decisión; la carta de decisión indica la fecha.
workshop-online-link-hidden = El enlace se muestra aquí a quienes tienen una plaza reservada.
