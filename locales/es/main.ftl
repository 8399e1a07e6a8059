## Shell
app-name = Accredit-IO
app-tagline = Acreditación en oncología intervencionista
nav-skip-to-content = Ir al contenido principal
nav-primary-label = Navegación principal
nav-home = Inicio
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

## Sign-in
error-too-many-attempts = Demasiados intentos. Espere 15 minutos y vuelva a intentarlo.
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-signed-in-as = Sesión iniciada como { $name }
sign-in-page-title = Iniciar sesión
sign-in-heading = Iniciar sesión en Accredit-IO
sign-in-email = Correo electrónico
sign-in-password = Contraseña
sign-in-submit = Iniciar sesión
sign-in-error-credentials = El correo electrónico o la contraseña no son correctos.
sign-in-welcome = Le damos la bienvenida, { $name }.
