# Español: lo que leen quienes hablan.

## Estado
state-not-started = SIN EMPEZAR
state-on-time = A TIEMPO
state-warning = AVISO
state-wrap-up = CONCLUYA
state-time-is-up = TIEMPO AGOTADO
state-paused = EN PAUSA
state-break = DESCANSO
state-finished = TERMINADA

## Líneas
next = A continuación: { $talk }
first = Primero: { $talk }
session-ended = La sesión terminó a las { $time }
session-ends = La sesión termina a las { $time }
break-back-at = { $break } — volvemos a las { $time }
phase-paused = { $phase } (en pausa)
slot-of = Turno { $n } de { $count }
session-finished = Sesión terminada — gracias
rehearsal-waiting = Ensayo — empieza cuando la moderación esté lista
starts-at = Empieza a las { $time }
rehearsal = ENSAYO
break-in = Descanso en { $time }
left-in-slot = Quedan { $time } de este turno
over-slot = { $time } por encima de este turno
no-session = Ninguna sesión abierta

## Conexión
connecting = Conectando…
connection-lost = Conexión perdida — última hora conocida
link-revoked = Este enlace ya no funciona — pida el enlace actual a la moderación

## Mensajes
preset-five-minutes = Quedan 5 minutos
preset-wrap-up = Por favor, vaya concluyendo
preset-questions = Turno de preguntas
preset-microphone = Por favor, use el micrófono

## Fases de los turnos importados
phase-intro = Diapositivas de introducción
phase-discussion = Debate
phase-talk = Charla

### The chair's side (docs/l10n.md).

nothing-runs-and-nothing-is = Nada se cronometra ni se registra hasta que elija un programa (Abrir…, Ctrl+O) o la sesión de ejemplo. Mientras tanto, el proyector muestra la hora.
example = EJEMPLO
the-bundled-example-session-to = La sesión de ejemplo incluida, para probar chairtime: abra su propio programa con Abrir… (Ctrl+O)
a-trial-run-the-journal = Un ensayo: el registro y cada exportación lo indican
open = Abrir…
open-url = Abrir URL…
reload = Recargar
export = Exportar…
projector = Proyector
full-screen = Pantalla completa
share = Compartir…
shortcuts = Atajos
settings = Ajustes…
defaults-sound-projector-theme = Valores predeterminados, sonido, proyector, tema
mute = Silenciar
volume = Volumen
volume-of-the-sound-cues = Volumen de los avisos sonoros
resume-or-start-fresh = ¿Reanudar o empezar de cero?
choose-what-to-run = Elija qué cronometrar
nothing-is-recorded-until-you = No se registra nada hasta que elija una sesión
follow-read-only-or-start = ¿Seguir en solo lectura o iniciar otro registro?
read-only = SOLO LECTURA
another-chairtime-runs-this-session = Otro chairtime lleva esta sesión; esta ventana sigue su registro
recording = Registrando
not-recording = NO SE REGISTRA
the-journal-cannot-be-written = No se puede escribir el registro: un fallo haría perder los tiempos
choose-journal-folder = Elegir carpeta del registro…
it-is-looked-at-again = Se vuelve a consultar al pulsar Recargar (Ctrl+R).
a-newer-schedule-changes-this = Un programa más reciente cambia esta sesión: Recargar (Ctrl+R) lo aplica
dismiss = Descartar
session-finished-chair = Sesión terminada
rehearsal-2 = Ensayo
ready = listo
press-space-the-plan-begins = Pulse Space: el plan empieza en ese momento
now = ahora
press-space-to-start-the = Pulse Space para iniciar el primer turno
start = Iniciar
resume = Reanudar
pause = Pausar
controls = Controles
next-chair = Siguiente
back = Atrás
plus-one-min = +1 min
minus-one-min = −1 min
skip = Omitir
started-10-s-earlier = Empezó 10 s antes
started-10-s-later = Empezó 10 s después
finish = Terminar
rehearse = Ensayar
a-trial-run-start-moves = un ensayo: Iniciar mueve el plan para que empiece en ese momento
rehearsal-start-moves-the-whole = Ensayo: Iniciar mueve todo el plan para que empiece cuando lo pulse.
video-recording = Grabación de vídeo
mark-recording-stopped = Marcar: grabación detenida
mark-recording-started = Marcar: grabación iniciada
not-marked-chapters-count-from = sin marcar: los capítulos cuentan desde el inicio de la sesión
running = en curso
really-started-at = empezó realmente a las
really-stopped-at = se detuvo realmente a las
message-to-the-speaker = Mensaje para quien habla
show-this-on-the-projector = Mostrar esto en el proyector
message = Mensaje
type-then-enter = Escriba y pulse Enter
show = Mostrar
show-the-message-on-the = Mostrar el mensaje en el proyector
hide-message = Ocultar mensaje
bring-back-projector = Restaurar proyector
blackout = Pantalla en negro
session = Sesión
elapsed = Transcurrido
remaining = Restante
schedule = Programa
projected-end = Fin estimado
next-break = Próximo descanso
hard-end = Hora límite
none = sin definir
slots = Turnos
apply-catch-up = Aplicar recuperación
rundown = Guion
up-down-select-g-go = Up/Down seleccionar · G ir a · Shift+S omitir · Alt+Up/Down mover · , y . duración
go-to = Ir a
skip-unskip = Omitir / restaurar
move-up = Subir
move-down = Bajar
planned = Previsto
length = Duración
state = Estado
actual = Real
title = Título
speakers = Ponentes
running-2 = EN CURSO
upcoming = pendiente
done = hecho
skipped = omitido
select-this-item = Seleccionar este elemento
projector-on = Proyector en
a-window = una ventana
this-window-s-screen = { " " }(la pantalla de esta ventana)
the-screen-the-projector-view = La pantalla a la que va la vista del proyector, a pantalla completa (Shift+P: la otra pantalla)
quit-while-the-session-runs = ¿Salir con la sesión en curso?
the-session-is-running-quitting = La sesión está en curso: si sale ahora, el proyector y los enlaces de ponente se quedan a oscuras.
every-timing-is-kept-in = Todos los tiempos se guardan en el registro; al volver a abrir chairtime, se ofrece reanudar la sesión.
q-quits-esc-or-enter = Q sale; Esc o Enter mantiene la sesión en curso.
keep-running = Continuar
esc-or-enter = Esc o Enter
quit = Salir
it-had-finished-resume-shows = Había terminado. Reanudar la muestra tal como terminó; Atrás (B) reabre entonces la última charla.
it-is-between-two-items = Está entre dos elementos.
resume-the-session = ¿Reanudar la sesión?
resuming-continues-every-timer-as = Al reanudar, cada temporizador continúa como si chairtime nunca se hubiera detenido.
the-schedule-file-has-changed = El archivo del programa ha cambiado desde que empezó esta ejecución:
talks-that-already-ran-keep = Las charlas ya celebradas conservan sus tiempos en ambos casos.
enter-resumes-shift-enter-starts = Enter reanuda; Shift+Enter empieza de cero.
enter = Enter
resume-with-the-file-s = Reanudar con los cambios del archivo
talks-not-yet-run-take = Las charlas pendientes toman los títulos, ponentes, duraciones y orden del archivo
start-fresh = Empezar de cero
shift-enter-the-old-journal = Shift+Enter; se conserva el registro anterior
this-session-is-open-in = Esta sesión está abierta en otro chairtime
only-one-chairtime-can-record = Solo un chairtime puede registrar una sesión. Sígala aquí en solo lectura o inicie otro registro para una ejecución aparte.
follow-read-only = Seguir en solo lectura
start-another-journal = Iniciar otro registro
a-screen-was-connected = Se ha conectado una pantalla
not-now = Ahora no
the-schedule-changed = El programa ha cambiado
the-schedule-file-changed = El archivo del programa ha cambiado
talks-that-already-ran-keep-2 = Las charlas ya celebradas conservan sus tiempos.
take-the-changes = Aplicar los cambios
until-you-choose-the-running = Hasta que elija, la sesión en curso continúa como siempre.
keep-the-running-session = Mantener la sesión en curso
chairtime-could-not-open-this = chairtime no pudo abrir este programa:
mend-the-file-and-try = Corrija el archivo y vuelva a intentarlo, abra otro o ejecute la sesión de ejemplo incluida (la BPF Microconference) para probar chairtime.
try-again = Reintentar
read-the-same-file-again = Volver a leer el mismo archivo
open-another-file = Abrir otro archivo…
run-the-example-session = Ejecutar la sesión de ejemplo
shortcuts-do-not-fire-while = Los atajos no funcionan mientras escribe en un campo de texto; Esc sale del campo.
export-actual-timings = Exportar los tiempos reales
choose-a-format-a-file = Elija un formato; después aparece un diálogo de archivos (o un campo de ruta).
csv-one-row-per-item = CSV — una fila por elemento
json-everything = JSON — todo
markdown-report = Informe en Markdown
report-page-timeline-and-table = Página de informe — cronología y tabla, se abre en un navegador, se puede imprimir
video-chapters-one-list-per = Capítulos de vídeo — una lista por cada grabación marcada
cut-points-each-talk-s = Puntos de corte — entrada y salida de cada charla en cada grabación (CSV)
schedule-as-it-ran-frab = Programa tal como se desarrolló — XML de frab para las herramientas del equipo de vídeo
schedule-as-it-ran-frab-2 = Programa tal como se desarrolló — JSON de frab para las herramientas del equipo de vídeo
sreview-corrections-each-talk-s = Correcciones para SReview — inicio y fin reales de cada charla frente al programa
open-a-schedule = Abrir un programa
export-to = Exportar a
journal-folder = Carpeta del registro
path = Ruta
ok = Aceptar
cancel = Cancelar
settings-2 = Ajustes
filter = Filtrar
room-day-talk-or-speaker = sala, día, charla o ponente
defaults-for-schedules-that-do = Valores predeterminados para los programas que no los fijan (se aplican al siguiente archivo que se abra):
intro-slides-of-imported-talks = Diapositivas de introducción de las charlas importadas (min; 0 = una sola fase de charla)
warning-at-seconds-left = Aviso a falta de (segundos)
a-short-reminder-each-further = Un breve recordatorio por cada minuto más de exceso de tiempo
overtime-flashes-on-the-projector = El exceso de tiempo parpadea en el proyector (una vez por segundo)
keep-a-message-to-the = Mantener en pantalla el mensaje para quien habla cuando empieza la siguiente charla
the-speaker-reads = Idioma para ponentes
the-language-of-the-projector = El idioma del proyector, del enlace de ponente y de los mensajes predefinidos (docs/l10n.md)
open-the-projector-window-with = Abrir la ventana del proyector con la sesión
light-theme-for-this-window = Tema claro para esta ventana
text-size = Tamaño del texto
conference-bus = Bus de la conferencia
the-organisers-wall-and-journal = El panel de la organización y el recolector de registros: el enlace del bróker que le dieron (docs/conference.md).
broker-link = Enlace del bróker
mqtt-broker-example-org-conference = mqtt://broker.example.org/conference
login-file-user-password = Archivo de acceso (usuario:contraseña)
certificate-authority-pem = Autoridad de certificación (PEM)
the-system-s = la del sistema
stop-publishing = Dejar de publicar
publish = Publicar
starting = Iniciando…
not-publishing = No se publica.
start-pause = Iniciar / Pausar
finish-session = Terminar la sesión
recording-started-stopped = Grabación iniciada / detenida
select-previous = Seleccionar el anterior
select-next = Seleccionar el siguiente
go-to-selected = Ir al seleccionado
skip-unskip-selected = Omitir / restaurar el seleccionado
move-selected-up = Subir el seleccionado
move-selected-down = Bajar el seleccionado
selected-1-min = Seleccionado +1 min
selected-1-min-2 = Seleccionado −1 min
projector-to-the-other-screen = Proyector a la otra pantalla
reload-schedule = Recargar el programa
start-the-session-afterwards-pause = Iniciar la sesión; después, pausar o reanudar el reloj
next-phase-from-intro-slides = Fase siguiente (de las diapositivas de introducción al debate); desde la última fase, el elemento siguiente
undo-the-last-next-reopen = Deshacer el último Siguiente: reabrir la fase o el elemento anterior
give-the-current-phase-one = Dar un minuto más a la fase actual
take-one-minute-from-the = Quitar un minuto a la fase actual
skip-the-running-item-speaker = Omitir el elemento en curso (ponente ausente) e iniciar el siguiente
correct-the-record-the-current = Corregir el registro: la fase actual empezó realmente 10 segundos antes
correct-the-record-the-current-2 = Corregir el registro: la fase actual empezó realmente 10 segundos después
shorten-the-upcoming-slots-as = Acortar los próximos turnos como propone el plan de recuperación, para terminar a tiempo
end-the-session-now-items = Terminar la sesión ahora; los elementos no realizados quedan sin realizar
make-this-run-a-rehearsal = Convertir esta ejecución en un ensayo: Iniciar mueve todo el plan para que empiece cuando lo pulse, y las ventanas, el registro y cada exportación indican ENSAYO
mark-that-the-video-recording = Marcar que la grabación de vídeo ha empezado (o se ha detenido) ahora: los capítulos y los puntos de corte se cuentan entonces desde el inicio de cada grabación
select-the-previous-row-of = Seleccionar la fila anterior del guion
select-the-next-row-of = Seleccionar la fila siguiente del guion
end-the-current-item-and = Terminar el elemento actual y pasar ahora al seleccionado
skip-the-selected-upcoming-item = Omitir el elemento pendiente seleccionado, o restaurar uno omitido
move-the-selected-upcoming-item = Adelantar un puesto el elemento pendiente seleccionado
move-the-selected-upcoming-item-2 = Atrasar un puesto el elemento pendiente seleccionado
plan-one-more-minute-for = Prever un minuto más para el elemento pendiente seleccionado
plan-one-minute-less-for = Prever un minuto menos para el elemento pendiente seleccionado
write-a-message-for-the = Escribir un mensaje para quien habla (Enter lo muestra en el proyector)
hide-the-message-on-the = Ocultar el mensaje del proyector
blank-the-projector-or-bring = Poner el proyector en negro, o restaurarlo
open-or-close-the-projector = Abrir o cerrar la ventana del proyector
projector-window-full-screen-on = Ventana del proyector a pantalla completa en su monitor
put-the-projector-view-full = Poner la vista del proyector a pantalla completa en la otra pantalla (el proyector), no en esta
show-the-timer-on-other = Mostrar el temporizador en otros dispositivos (el enlace de ponente) y controlar la sesión desde su teléfono (el control remoto)
open-a-schedule-file = Abrir un archivo de programa
open-the-conference-s-schedule = Abrir el programa de la conferencia desde su dirección web (pretalx, frab, Indico): se mantiene sincronizado mientras la sesión está en curso
read-the-schedule-file-again = Volver a leer el archivo del programa (o pedir a su URL la última versión): las charlas pendientes toman sus nuevos títulos, ponentes, duraciones y orden
export-the-actual-timings-csv = Exportar los tiempos reales: CSV, JSON, Markdown, la página de informe, los capítulos de vídeo, los puntos de corte o el programa tal como se desarrolló
turn-the-sound-cues-off = Desactivar o activar los avisos sonoros
show-every-shortcut = Mostrar todos los atajos
share-the-timer = Compartir el temporizador
show-the-timer-on-any = Muestre el temporizador en cualquier dispositivo de la sala —una tableta en el atril, el portátil de quien habla, un teléfono— y controle la sesión desde su teléfono.
the-devices-must-be-on = Los dispositivos deben estar en la misma red que este equipo. No se comparte nada hasta que empiece.
start-sharing = Empezar a compartir
speaker-link = Enlace de ponente
open-it-on-the-screen = Ábralo en la pantalla que ve quien habla. Quien tenga el enlace puede ver el temporizador, nada más.
copy-link = Copiar enlace
your-remote = Su control remoto
for-your-own-phone-only = Solo para su propio teléfono: con él se controla la sesión. No lo muestre nunca en el proyector.
hide-the-qr-code = Ocultar el código QR
show-the-qr-code = Mostrar el código QR
if-chairtime-stops-a-crash = Si chairtime se detiene (un fallo, la batería agotada), vuelve a compartir con estos mismos enlaces al reanudar la sesión, hasta que deje de compartir.
these-links-end-when-chairtime = Estos enlaces dejan de funcionar al cerrar chairtime: este escritorio no tiene una carpeta privada de ejecución donde guardarlos.
new-links = Enlaces nuevos
make-new-links-the-old = Crear enlaces nuevos: los anteriores dejan de funcionar al instante (también todas las páginas abiertas)
stop-sharing = Dejar de compartir
stop-sharing-the-speaker-link = Dejar de compartir: el enlace de ponente y el control remoto dejan de funcionar
the-timer-is-shared-on = El temporizador se comparte en la red; haga clic para ver los enlaces
a-schedule-s-address-starts = La dirección de un programa empieza por https:// (o http://).
the-fetch-stopped-without-an = la descarga se detuvo sin respuesta
open-a-schedule-from-its = Abrir un programa desde su URL
the-address-of-the-conference = La dirección de la exportación del programa de la conferencia: pretalx …/schedule/export/schedule.xml, frab …/public/schedule.xml, Indico …/export/timetable/ID.json o cualquier enlace .ics o .csv. chairtime guarda una copia para poder empezar sin red y busca una versión nueva cada pocos minutos mientras la sesión está en curso.
schedule-url = URL del programa
https-pretalx-example-org-event = https://pretalx.example.org/event/schedule/export/schedule.xml
taken-from-the-clipboard = Tomado del portapapeles.
a-schedule-not-public-yet = ¿El programa aún no es público?
api-token-pretalx-or-indico = Token de API (pretalx, o el indp_… de Indico)
sent-to-the-schedule-s = Solo se envía al servidor del programa; se conserva hasta que se cierra chairtime y nunca se escribe en el disco
open-2 = Abrir
the-file-picker-cannot-open = El selector de archivos no puede abrirse en este equipo
the-file-dialog-could-not = El diálogo de archivos no se pudo abrir aquí
on-plan-there-is-nothing = Según lo previsto: no hay nada que recuperar.
only-one-screen-is-connected = Solo hay una pantalla conectada: la vista del proyector sigue siendo una ventana.
the-other-settings-given-with = Los demás ajustes indicados con el archivo (--room, --journal, --share…) no se usaron: cierre chairtime y vuelva a abrir el archivo para usarlos.
no-room-has-published-yet = Ninguna sala ha publicado todavía. Las salas aparecen aquí cuando su chairtime se inicia con --publish; indique el programa de la conferencia para ver el plan de cada sala desde el principio.
live = en directo
connecting-2 = conectando…
no-chairtime = SIN CHAIRTIME
offline = SIN CONEXIÓN
past-the-hard-end = PASADA LA HORA LÍMITE
break = descanso
or-press-share-l-to = { " " }O pulse Compartir… (L) para mostrar el temporizador en una tableta o en el portátil de quien habla.
screen = pantalla
chairtime-was-started-again-this = chairtime se ha iniciado de nuevo: esta es su ventana (solo se ejecuta uno a la vez).
every-action-is-written-to = Cada acción se escribe en { $file }
looks-for-a-new-version-every = chairtime busca una versión nueva cada { $every } y cuando pulsa Recargar (Ctrl+R).
from-host-version = de { $host } · { $version }
from-host = de { $host }
version-not-taken = { $version } sin aplicar
attention = Atención: { $notice }
phase-n-of-count = { $phase } ({ $n } de { $count })
slot-left-of = Turno: quedan { $left } de { $length }
slot-over-its = Turno: { $over } por encima de sus { $length }
recording-running-since = Grabación { $n } en curso desde las { $time }
recordings-marked = { $count ->
    [one] { $count } grabación marcada
   *[other] { $count } grabaciones marcadas
}
recording-n = Grabación { $n }:
correct-when-recording-started = Corregir cuándo empezó realmente la grabación { $n }
correct-when-recording-stopped = Corregir cuándo se detuvo realmente la grabación { $n }
not-a-time-of-day-recording = «{ $typed }» no es una hora del día como 15:01:12; la grabación { $n } no cambia.
show-this-on-the-projector-in = Mostrar esto en el proyector, en { $language }: «{ $text }»
on-the-projector = En el proyector: «{ $message }»
time-planned = { $time } (previsto { $planned })
slots-done = { $done } de { $count } hechos
no-catch-up-plan = Sin plan de recuperación: { $why }.
catch-up-plan-behind = Plan de recuperación: { $behind } de retraso sobre el fin previsto.
and-n-more = … y { $count } más
resume-it-is-at-over = Está en «{ $title }» ({ $phase }), { $over } fuera de tiempo.
resume-it-is-at-left = Está en «{ $title }» ({ $phase }), y quedan { $left }.
chairtime-found-a-run = chairtime encontró { $kind ->
    [finished-rehearsal] un ensayo terminado hace poco
    [finished] una ejecución terminada hace poco
    [unfinished-rehearsal] un ensayo sin terminar
   *[unfinished] una ejecución sin terminar
} de esta sesión ({ $file }, última acción a las { $time }).
screen-connected-show-there = { $screen }: ¿mostrar ahí la vista del proyector, a pantalla completa?
show-it-there = Mostrarla ahí ({ $key })
new-schedule-version = Nuevo programa: versión { $version }
open-name-question = ¿Abrir { $name }?
you-opened-with-chairtime = Ha abierto { $file } con chairtime (desde un gestor de archivos o una terminal).
opening-puts-its-session-here = { $title } { $state ->
    [running] está en curso
   *[changed] tiene cambios registrados antes de su inicio
}. Si abre { $name }, su sesión pasa a esta ventana y al proyector en lugar de la actual. No se pierde nada: vuelva a abrir el programa anterior más tarde para continuar donde estaba.
open-name = Abrir { $name }
cannot-open-name = No se puede abrir { $name }
why-type-the-path = { $why }: escriba la ruta.
choose-the-session-to-run = Elija la sesión que va a cronometrar — { $name }
this-file-holds-a-whole-conference = Este archivo contiene una conferencia entera: { $total } sesiones, cada una es una sala en un día. Escriba para encontrar la suya por sala, día, charla o ponente; Up y Down mueven la selección, Enter abre.
no-session-matches = Ninguna sesión coincide con «{ $filter }».
wrap-up-at-seconds-left = «Concluya» a falta de (segundos)
cannot-publish = No se puede publicar: { $why }
publishing-as-connected = Publicando como { $topics }: conectado, { $lines ->
    [one] 1 línea del registro enviada
   *[other] { $lines } líneas del registro enviadas
}.
not-reaching-the-broker-runs-on = Sin conexión con el bróker: { $why }. La sala sigue funcionando.
sound-is-unavailable = El sonido no está disponible ({ $why }); los avisos visuales funcionan como siempre.
speaker-link-shows-rtl = El enlace de ponente muestra { $language }; la ventana del proyector no puede escribir texto de derecha a izquierda y se queda en inglés: ponga el enlace de ponente en el proyector (Compartir…).
already-open-file-sent = chairtime ya está abierto: se le ha enviado { $file }. Cambie a esa ventana. (Solo se ejecuta un chairtime a la vez, así que el proyector muestra una sola sesión.)
already-open-window-comes = chairtime ya está abierto: su ventana pasa al frente. Cambie a esa ventana. (Solo se ejecuta un chairtime a la vez, así que el proyector muestra una sola sesión.)
already-open-no-answer-process = El chairtime ya abierto (proceso { $pid }) no responde, así que este es un segundo chairtime. Los tiempos que registró el otro están a salvo en su registro; ciérrelo si puede.
already-open-no-answer = El chairtime ya abierto no responde, así que este es un segundo chairtime. Los tiempos que registró el otro están a salvo en su registro; ciérrelo si puede.
characters-without-a-font = { $count ->
    [one] 1 carácter de esta sesión no tiene fuente en este equipo ({ $chars }) y se muestra como un recuadro: instale { $packages } ({ $command }) y vuelva a iniciar chairtime.
   *[other] { $count } caracteres de esta sesión no tienen fuente en este equipo ({ $chars }) y se muestran como recuadros: instale { $packages } ({ $command }) y vuelva a iniciar chairtime.
}
no-catch-up-plan-nothing-to-shorten = Sin plan de recuperación: no se puede acortar ninguna de las charlas pendientes; { $why }.
nothing-to-export-yet = Ninguna sesión abierta: todavía no hay nada que exportar.
opened-as-well-newest-offered = También se abrió { $file }; se ofrece el archivo más reciente que se pidió.
not-publishing-on-the-bus-set = No se publica en el bus de la conferencia fijado en Ajustes: { $why }
schedule-could-not-be-fetched = No se pudo descargar el programa: { $why }
fetching-from = Descargando de { $host }…
projector-window-title = chairtime — proyector — { $session }
no-session-open = Ninguna sesión abierta
pages-and-remotes-connected = { $pages ->
    [one] 1 página de ponente
   *[other] { $pages } páginas de ponente
} y { $remotes ->
    [one] 1 control remoto
   *[other] { $remotes } controles remotos
} conectados.
shared-n-watching = Compartido · { $n } viendo
one-screen-found = Se ha encontrado una sola pantalla: la vista del proyector es una ventana junto a esta. Conecte el proyector y chairtime le ofrecerá poner la vista allí; si está conectado y muestra esta misma imagen (duplicada), cambie los ajustes de pantalla para extender el escritorio (Super+P en muchos portátiles).
screen-was-disconnected = { $screen } se ha desconectado: la vista del proyector vuelve a ser una ventana. La sesión continúa.
saved-settings-unreadable = No se pudieron leer sus ajustes guardados, así que se usan los predeterminados ({ $why }).
n-rooms = { $count ->
    [one] 1 sala
   *[other] { $count } salas
}
not-reaching-the-broker-showing-last = Sin conexión con el bróker: { $why } — se muestra lo último recibido
timeline-items-run = { $ran } de { $count } elementos realizados
timeline-skipped = { $count ->
    [one] { $count } omitido
   *[other] { $count } omitidos
}
timeline-over = { $count } por encima de su duración prevista
timeline-now = ahora { $time }
timeline-planned-end = fin previsto { $time }
timeline-projected-end = fin estimado { $time } (previsto { $planned })
timeline-hard-end = hora límite { $time }
timeline-summary = Cronología: { $parts }
timeline-projected-planned = estimado { $time } (previsto { $planned })
timeline-projected = estimado { $time }
timeline-tip-planned = previsto { $from }–{ $to }
timeline-tip-ran = realizado { $from }–{ $to }
timeline-tip-ran-over = realizado { $from }–{ $to }, { $over } por encima de lo previsto
timeline-tip-paused = en pausa { $paused }
n-sessions = { $total } sesiones
n-of-total-sessions-match = { $n } de { $total } sesiones coinciden
this-window-speaks = Idioma de esta ventana
as-the-desktop = como el escritorio ({ $language })
this-window-speaks-hint = El idioma de esta ventana, de los botones del control remoto y de los mensajes de chairtime. Las pantallas de ponentes tienen el suyo (Idioma para ponentes).
command-start = Iniciar
command-pause = Pausar
command-resume = Reanudar
command-next = Siguiente
command-back = Atrás
command-extend = Ampliar
command-trim = Recortar
command-skip = Omitir
command-unskip = Restaurar
command-goto = Ir a
command-move = Mover
command-correct = Corregir
command-set-length = Fijar la duración
command-catch-up = Aplicar recuperación
command-show-message = Mensaje
command-hide-message = Ocultar mensaje
command-blackout = Pantalla en negro
command-finish = Terminar
command-rehearse = Ensayar
command-replan = Recargar el programa
command-record = Grabación
command-record-at = Corregir la hora de la grabación
command-refused = { $command }: { $why }
message-cleared = Se retiró el mensaje del proyector al empezar la siguiente charla: «{ $message }»: era para quien hablaba antes. En Ajustes se pueden mantener los mensajes en pantalla de una charla a otra.
date-long = { $weekday }, { $day } de { $month } de { $year }
date-medium = { $weekday } { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month }
weekday-long = { $n ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
weekday-short = { $n ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
month-long = { $n ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
month-short = { $n ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
off-day = Este programa es para el { $date }; hoy se ejecuta a sus propias horas. { $how }; chairtime --date { $iso } conserva su fecha.
rehearse-in-the-window = Ensayar (Shift+R) lo ejecuta, en cambio, desde el momento en que pulse Iniciar
rehearse-with-the-option = Iniciado con --rehearse, se ejecuta en cambio desde el momento en que se pulse Iniciar
example-still-unchanged = La sesión de ejemplo incluida ({ $title }) sigue { $state ->
    [finished] terminada
    [running] en curso
   *[open] abierta
}, sin cambios; su programa no está abierto.
session-still-unchanged = La sesión { $title } sigue { $state ->
    [finished] terminada
    [running] en curso
   *[open] abierta
}, sin cambios.
did-not-open = { $name } no se abrió. { $still } El problema: { $why }
journal-records-another-session = { $file } registra otra sesión; se inicia un registro nuevo junto a él.
new-journal-beside-it = { $why }; se inicia un registro nuevo junto a él.
cannot-write-the-journal-at = No se puede escribir el registro en { $file }: { $why }. Elija otra carpeta.
resumed-from = Reanudada desde { $file }
another-chairtime-records-who = Otro chairtime ({ $who }) está registrando esta sesión, en { $file }.
another-chairtime-records = Otro chairtime está registrando esta sesión, en { $file }.
could-not-be-continued-goes-on-in = No se pudo continuar { $file } ({ $why }); la ejecución sigue en { $target }, con todo lo registrado hasta ahora.
could-not-continue-or-start = No se pudo continuar { $file } ({ $why }) ni iniciar un registro nuevo { $target } ({ $why2 }). Elija Empezar de cero, o libere espacio en disco y vuelva a intentarlo.
read-only-follows = Solo lectura: { $why } Nada de lo que se haga en esta ventana se registra; sigue a la otra.
recording-to = Registrando en { $file }
cannot-write-a-journal-in = No se puede escribir un registro en { $folder }: { $why }
nothing-to-reload = Esta sesión no se abrió desde un archivo, así que no hay nada que recargar.
cannot-reload-the-schedule = No se puede recargar el programa: { $why }
no-changes-for-this-session = El archivo del programa no tiene cambios para esta sesión.
schedule-reloaded = Programa recargado: { $changes }.
changes-not-taken = No se aplicaron los cambios del archivo del programa: { $why }
choose-another-journal-folder = { $why }. Elija otra carpeta para el registro.
export-failed = Error al exportar: { $file }: { $why }
saved-to = Guardado en { $files }: { $what }
saved-to-note = Guardado en { $files }: { $what } ({ $note })
no-network-found = No se encontró ninguna red: los enlaces solo funcionan en este portátil. Conéctese a la red de la sala (o al punto de acceso de su teléfono) y vuelva a compartir.
share-failed-projector-works = { $why }. La ventana del proyector funciona como siempre.
remote-no-session-yet = Todavía no hay ninguna sesión abierta: la moderación está eligiendo una
the-speaker-reads-language = Idioma para ponentes: { $language }
applied-but-not-recorded = { $command } se aplicó, pero no se pudo registrar; consulte la ventana de la moderación
reload-nothing-on-offer = Recargar: no hay ningún programa modificado disponible
schedule-reloaded-short = Programa recargado
sharing-again-same-links = Se vuelve a compartir con los mismos enlaces que antes del reinicio: la página de ponente y su control remoto se reconectan solos.
sharing-again-port-taken = Se vuelve a compartir, pero el puerto { $port } está ocupado ahora, así que los enlaces han cambiado (puerto { $now }): abra Compartir (L) y dé a los dispositivos los enlaces nuevos.
shared-before-the-restart = La sesión se compartía antes del reinicio. { $why }.
links-not-kept = No se pudieron conservar los enlaces para un reinicio ({ $why }): si chairtime se detiene, vuelva a compartir y dé a los dispositivos los enlaces nuevos.
remote-alerts = Requiere su atención
remote-timer = Temporizador
remote-back = ◀ Atrás
remote-next = Siguiente ▶
remote-hide-message = Ocultar mensaje
remote-from-chairtime = De chairtime
remote-own-message = Su propio mensaje
remote-message-label = Mensaje para quien habla (hasta 200 caracteres)
remote-now-and-next = Ahora y a continuación
remote-arabic-link-only = العربية (solo en el enlace de ponente)
remote-note = Esta página controla la sesión. No comparta su enlace.
remote-blackout-on = Pantalla en negro activada
remote-message-flag = Mensaje: { $message }
remote-ends = Termina a las { $time }
remote-show-screen = Mostrar pantalla
remote-done = Hecho
remote-not-possible = No es posible ahora: { $why }
remote-refused = rechazado
remote-not-sent-revoked = No enviado: este enlace ya no funciona
remote-no-answer = chairtime no respondió; vuelva a intentarlo
remote-not-sent = No enviado: { $why }
remote-not-sent-offline = No enviado: sin conexión con chairtime
remote-type-first = Escriba primero un mensaje
cannot-publish-this-room = No se puede publicar esta sala en el bus de la conferencia: { $why }
on-the-conference-bus-as = En el bus de la conferencia como { $topics }.
back-on-the-conference-bus = De nuevo en el bus de la conferencia ({ $host }): se está enviando lo que no recibió.
broker-refuses-login-check = El bróker de la conferencia no deja entrar a esta sala: { $why }. La sala sigue funcionando y su registro se guarda aquí; compruebe el usuario y la contraseña indicados (--bus-credentials, o el archivo de acceso en Ajustes), o consulte a la organización.
broker-refuses-login-give = El bróker de la conferencia no deja entrar a esta sala: { $why }. La sala sigue funcionando y su registro se guarda aquí; este bróker pide usuario y contraseña: indíquelos con --bus-credentials FILE, o como archivo de acceso en Ajustes.
not-reaching-the-conference-broker = Sin conexión con el bróker de la conferencia ({ $why }); la sala sigue funcionando y su registro se enviará cuando el bróker vuelva.
broker-refuses-topic = El bróker de la conferencia rechaza el registro de esta sala en { $topic }. No se pierde nada: el registro está en este portátil y se enviará en cuanto la organización permita a esta sala escribir en sus temas.
session-finished-not-followed = Esta sesión ha terminado: ya no se sigue su programa.
asking-for-the-latest-version = Pidiendo a { $host } la última versión del programa…
schedule-not-changed-since = El programa no ha cambiado desde { $version }.
the-copy-in-use = la copia en uso
version-fetched-at = { $version }, descargada a las { $time }
host-answers-again = { $host } vuelve a responder; se comprueba si el programa cambia, como antes.
could-not-check-asks-every = No se pudo comprobar si el programa ha cambiado: { $why } La sesión sigue con { $version }, sin cambios. chairtime vuelve a consultar cada { $every }.
could-not-check-reload-asks = No se pudo comprobar si el programa ha cambiado: { $why } La sesión sigue con { $version }, sin cambios. Recargar (Ctrl+R) vuelve a consultar.
new-schedule-not-kept = No se pudo guardar el programa nuevo para un inicio sin red: { $why }
this-room = esta sala
room-vanished-from-schedule = En { $version } del programa ya no hay ninguna sesión en { $room } el { $day }: puede que la sala se haya trasladado o renombrado. Esta sesión sigue con { $runs_on }, sin cambios. Consulte a la organización; para seguir el programa nuevo, vuelva a abrir su URL y elija la sesión (Abrir URL… en la ventana; en una sala sin ventana, reiníciela con el nuevo --room).
new-schedule-unusable = No se pudo usar { $version } del programa: { $why } Esta sesión sigue con { $runs_on }, sin cambios.
the-copy-version = la copia { $version }
version-n = la versión { $version }
every-minutes = { $n } min
every-seconds = { $n } s
on-plan = según lo previsto
behind = { $by } de retraso
ahead = { $by } de adelanto
session-not-started = sin empezar
session-state-finished = terminada
pace-over-the-hard-end = { $pace }, pasada la hora límite
break-due = ya toca, { $over }
break-in-chair = en { $time }
hard-end-over = { $time }, { $over } por encima a este ritmo
hard-end-nothing-to-spare = { $time }, sin margen
hard-end-to-spare = { $time }, { $spare } de margen
cannot-be-recovered = No es posible recuperar { $left } sin recortar turnos por debajo del { $floor } %
cli-at-expected-a-time = --at { $text }: se esperaba una hora del día como 15:30 o 15:30:20, o una hora completa como 2019-09-11T15:30:00+01:00
cli-at-skipped-time = --at { $text }: esa hora no existe en torno al { $date } en { $zone } (los relojes se la saltan)
cli-standard-input = entrada estándar
cli-standard-input-name = (entrada estándar)
cli-cannot-read = { $name }: no se puede leer { $what ->
    [schedule] el programa
    [journal] el registro
    [action-script] el script de acciones
    [running-order] el orden de intervenciones
    [session] la sesión
    [report] el informe
   *[file] el archivo
}: { $why }
cli-cannot-write = { $file }: no se puede escribir { $what ->
    [schedule] el programa
    [journal] el registro
    [action-script] el script de acciones
    [running-order] el orden de intervenciones
    [session] la sesión
    [report] el informe
   *[file] el archivo
}: { $why }
cli-warning = { $name }: aviso: { $warning }
cli-expected-a-date = se esperaba una fecha como 2019-09-11, pero se encontró «{ $found }»
cli-did-you-mean = «{ $first }» no es ni un archivo ni un comando; ¿quería decir `chairtime { $word }`? (chairtime --help enumera los comandos)
cli-bus-options-need-publish = --bus-credentials y --bus-ca van con --publish (o con wall y collect)
cli-same-as-fetched-before = { $name }: igual que la copia descargada antes (comprobado ahora)
cli-no-changes-for = { $name }: sin cambios para { $room } desde { $version } (descargada el { $fetched })
cli-no-changes = { $name }: sin cambios desde { $version } (descargada el { $fetched })
cli-changes-since = { $name }: { $count ->
    [one] 1 cambio
   *[other] { $count } cambios
} desde { $version } (descargada el { $fetched }):
cli-cannot-compare = { $name }: no se puede comparar con la copia descargada antes: { $why }
cli-wrote = se escribió { $file }
cli-one-session-file = { $name }: un archivo de sesión de chairtime contiene una sola sesión; `chairtime check { $name }` la muestra
cli-wrote-session = se escribió { $file } ({ $slots ->
    [one] 1 turno
   *[other] { $slots } turnos
}, { $breaks ->
    [one] 1 descanso
   *[other] { $breaks } descansos
})
cli-already-exists = { $file }: ya existe; añada --force para reemplazarlo
status-now = Ahora
status-rehearsal = ENSAYO
status-speaker = Ponente
status-item = Elemento
status-phase = Fase
status-remaining = Restante
status-starts = Empieza
status-schedule = Programa
status-projected = Estimado
status-break = Descanso
status-hard-end = Hora límite
status-next = Siguiente
status-catch-up = Recuperación
status-message = Mensaje
status-stale = Desfasado
status-stale-text = última entrada del registro: { $last } (hace { $ago }); fin previsto de la sesión: { $end }. Nunca se pulsó Terminar, o el portátil se detuvo. Las cifras de arriba cuentan hasta ahora; `chairtime report` da la sesión tal como estaba en su última entrada.
status-rehearsal-not-started = Iniciar mueve el plan para que empiece en ese momento
status-rehearsal-own-times = el plan se ejecuta a sus propias horas
status-rehearsal-moved = el plan se movió para empezar a las { $start } (el archivo indica { $file })
status-item-of = { $n } de { $count }: { $title }
status-over = { $over } por encima
status-remaining-text = { $phase } en la fase, { $slot } en el turno
status-remaining-paused = { $phase } en la fase, { $slot } en el turno (en pausa)
status-starts-in = { $time } (en { $until })
status-projected-end = fin { $time } (previsto { $planned })
status-no-slot-left-to-trim = no queda ningún turno que recortar: { $why }
cli-script-not-utf8 = { $name }: el script de acciones no es texto UTF-8
cli-speed-positive = --speed debe ser un número positivo, no { $speed }
cli-journal-exists = { $file }: no se puede crear el registro: ya hay un archivo ahí
cli-cannot-create-journal = { $file }: no se puede crear el registro: { $why }
cli-journal-at = registro: { $file }
cli-not-applied = { $script }:{ $line }: { $command } no se aplicó: { $why }
cli-broker-not-acknowledged = el bróker aún no ha confirmado la recepción de todo el registro: se enviará cuando esta sala vuelva a publicar
cli-warning-bare = aviso: { $warning }
check-start = inicio
check-length = duración
check-phases = fases
check-title-speakers = título — ponentes
check-things-to-look-at = { $count ->
    [one] Un punto que revisar
   *[other] Puntos que revisar
}
check-room = Sala
check-date = Fecha
check-time-zone = Zona horaria
check-nothing-to-spare = sin margen
check-short = faltan { $by }
check-to-spare = { $by } de margen
check-hard-end = hora límite { $time } ({ $spare })
check-no-hard-end = sin hora límite
check-planned-items-run-until = { $planned }, los elementos se extienden hasta las { $until }, { $hard }
check-planned = Previsto
check-items = Elementos
check-slots-breaks = { $slots ->
    [one] 1 turno
   *[other] { $slots } turnos
}, { $breaks ->
    [one] 1 descanso
   *[other] { $breaks } descansos
}
check-chairs = Moderación
check-running-order-title = { $title } — orden de intervenciones
check-html-start = Inicio
check-html-length = Duración
check-html-talk = Charla
check-html-notes = Notas
check-break = descanso
headless-remote-qr = El control remoto, para la cámara de su teléfono:
headless-cannot-watch-stop = no se puede vigilar una petición de parada ({ $why }); un kill lo termina al instante
headless-recording-to = registrando en { $file }
headless-schedule-changed = { $source ->
    [url] El programa en su URL
   *[file] El archivo del programa
} ha cambiado: { $changes }. La sala mantiene su plan hasta que pulse Recargar el programa en el control remoto.
headless-stopped = detenido; el registro es { $file }
headless-locked = { $why } Deténgalo primero (así cierra su registro), o indique otro archivo con --journal.
headless-did-not-start = la sala no se inició: no puede escribir su registro (elija otro con --journal)
headless-attention = atención: { $notice }
sharing-again-after-restart = Se vuelve a compartir tras el reinicio.
wall-qr = El panel, para los teléfonos de la organización:
cli-port-needs-share = --port es el puerto en el que compartir: úselo junto con --share (o --headless)
cli-cannot-write-json = { $name }: no se puede escribir JSON: { $why }
cli-list-needs-a-file = --list necesita un archivo de programa (la sesión incluida es una sola sesión)
cli-collector-cannot-watch = no se puede vigilar Ctrl+C ({ $why }); un kill detiene el recolector
cli-collector-stopped = detenido; los registros están en { $folder }
cli-broker-plain-mqtt = el bróker integrado solo habla MQTT sin cifrar: indique un enlace mqtt:// con --broker
cli-broker-could-not-start = el bróker no pudo iniciarse: { $why }
cli-this-computer = ESTE-EQUIPO
cli-broker-running = Bróker en marcha. Las salas publican con: --publish { $link }
cannot-check-for-another-window = no se puede comprobar si hay otra ventana de chairtime ({ $why }); se inicia de todos modos
cannot-open-a-window = no se puede abrir una ventana: { $why }
cannot-open-the-wall-window = no se puede abrir la ventana del panel: { $why }
chairtime-session-files = sesión de chairtime
all-files = Todos los archivos
no-room-for-projector = Una sola pantalla, y esta ventana la ocupa entera: la ventana del proyector taparía su temporizador, así que no se abrió. Pulse P para abrirla de todos modos, haga esta ventana más pequeña y pulse P, o conecte el proyector como segunda pantalla (en los ajustes de pantalla, «Unir pantallas» o «Extender», no «Duplicar»: un proyector duplicado muestra esta ventana tal cual). Compartir… (L) pone el temporizador en el portátil de quien habla o en una tableta.
cli-wall-needs-a-screen = el panel es una ventana y necesita una pantalla, y esta sesión no tiene ninguna (ni DISPLAY ni WAYLAND_DISPLAY). En un equipo sin pantalla, ejecute el bróker de la conferencia con Mosquitto (docs/conference.md).
report-title = { $title } — tiempos reales
report-rehearsal-title = { $title } — tiempos del ENSAYO
report-a-rehearsal = Un ensayo, no la sesión real.
report-a-rehearsal-moved-later = Un ensayo, no la sesión real: el plan se retrasó { $by } para empezar cuando se pulsó Iniciar.
report-a-rehearsal-moved-earlier = Un ensayo, no la sesión real: el plan se adelantó { $by } para empezar cuando se pulsó Iniciar.
report-col-planned = Previsto
report-col-actual = Real
report-col-planned-length = Duración prevista
report-col-actual-length = Duración real
report-col-over-plan = Desvío del plan
report-col-given = Asignado
report-col-used = Usado
report-col-speaker-over = Exceso de ponente
report-col-title = Título
report-col-speakers = Ponentes
report-col-notes = Notas
report-skipped = omitido
report-running = en curso
report-columns-legend = { $over } compara la hora real con el plan publicado, pausas incluidas. { $given } es el tiempo asignado a quien habla: la duración prevista, modificada por cualquier replanificación antes de que empezara el elemento y por cualquier ampliación o recorte mientras estaba en curso. { $used } es el tiempo que corrió su reloj, sin contar las pausas. { $speaker } es { $used } menos { $given }.
report-biggest-overruns-by-speakers = Mayores excesos de tiempo de ponentes
report-no-speaker-went-over = Nadie superó el tiempo que se le asignó.
report-speaker-overrun = { $title } — { $over } por encima de los { $given } asignados
report-schedule-changes = Cambios del programa durante la sesión
report-no-change = sin cambios
report-schedule-reloaded = { $time } programa recargado: { $what }.
report-schedule-reloaded-from = { $time } programa recargado desde { $from }: { $what }.
report-messages-shown = Mensajes mostrados a ponentes
report-re-planned = replanificado { $from } → { $to }
report-paused = en pausa { $paused }
report-start-corrected = inicio corregido
report-skipped-while-running = omitido mientras estaba en curso
report-still-running = aún en curso
report-extended = ampliado { $by }
report-trimmed = recortado { $by }
report-totals = Totales
report-started = Empezó a las { $time } (previsto a las { $planned }, { $by }).
report-ended = Terminó a las { $time } (fin previsto a las { $planned }, { $by }).
report-not-finished = Sin terminar: contado hasta las { $time } (fin previsto a las { $planned }).
report-not-started = La sesión no ha empezado.
report-schedule-at = Programa a las { $time }: **{ $pace }** — la cifra que da `chairtime status` para ese momento.
report-skipped-list = Omitidos: { $items }.
report-not-run-list = No realizados: { $items }.
report-still-to-come-list = Pendientes: { $items }.
report-why-the-schedule-moved = Por qué se desplazó el programa
report-why-intro = Cuánto desplazó cada causa la sesión respecto a su plan, al segundo; en conjunto dan el total de arriba ({ $total }).
report-not-started-yet = Aún sin empezar
report-late-start = Inicio tardío
report-early-start = Inicio anticipado
report-pauses = Pausas
report-lengths-re-planned = Duraciones replanificadas antes de empezar
report-extensions-and-trims = Ampliaciones y recortes durante el curso
report-skipped-while-running-left = { $title } (omitido mientras estaba en curso; le quedaban { $left })
report-skipped-or-not-run = Omitidos o no realizados
report-speakers-over-or-under = Ponentes por encima o por debajo del tiempo asignado
report-no-slot-ended = todavía no ha terminado ningún turno
report-all-slots-kept-time = los { $n } turnos realizados se ajustaron exactamente a su tiempo
report-slots-over-under = de los { $n } turnos realizados, { $over } se pasaron de tiempo y { $under } terminaron antes
report-break-longer = { $title }: { $by } de más
report-break-shorter = { $title }: { $by } de menos
report-breaks-longer-or-shorter = Descansos más largos o más cortos de lo asignado
report-time-between-items = Tiempo entre elementos (huecos en el plan, esperas)
report-page-rehearsal-title = { $title } — tiempos del ensayo
report-timeline = Cronología
report-item-by-item = Elemento por elemento
report-key-planned = previsto
report-key-ran-slot = realizado (turno)
report-key-ran-break = realizado (descanso)
report-key-paused = en pausa
report-key-over = por encima de su duración prevista
report-key-message = mensaje para quien habla
report-key-now = ahora / fin previsto
report-bar-ran = { $title }: realizado { $from }–{ $to }{ $running ->
    [yes] { " " }(aún en curso)
   *[no] {""}
}
report-not-run = no realizado
conf-unfinished-at = sin terminar a las { $time }, { $pace }
conf-unfinished-at-time = sin terminar a las { $time }
conf-not-held = { $pace }, { $count } sin celebrar
conf-same-session-twice = { $a } y { $b } son registros de la misma sesión ({ $session }): ¿registrada en dos portátiles, o un ensayo junto a la ejecución real? Indique solo uno de ellos; si no, se contaría dos veces
conf-format-one-session = --format { $format } describe una sola sesión; para varios registros use html, csv o md (o haga el informe de cada registro por separado)
conf-col-day = Día
conf-col-room = Sala
conf-col-session = Sesión
conf-col-items-run = Realizados
conf-col-late = Con retraso
conf-col-paused = En pausa
conf-col-at-the-end = Al final
conf-col-started = Inicio
conf-col-ended = Fin
conf-the-conference = La conferencia
conf-biggest-overruns = Mayores excesos
conf-overrun-line = { $title } ({ $place }) — { $over } por encima del plan
conf-items-run-late = { $run } elementos realizados, { $late } de ellos con retraso (empezaron un minuto o más después de su inicio previsto).
conf-over-plan-paused = { $over } por encima del plan en total; { $paused } en pausa.
conf-where = { $sessions } sesiones en { $rooms ->
    [one] 1 sala
   *[other] { $rooms } salas
} durante { $days ->
    [one] 1 día
   *[other] { $days } días
}
conf-room-by-room = Sala por sala
conf-day-chart-label = { $rooms ->
    [one] 1 sala
   *[other] { $rooms } salas
} el { $day }, previsto frente a real
format-csv = los tiempos en CSV
format-json = el informe completo en JSON
format-md = el informe en Markdown
format-chapters = los capítulos de vídeo
format-html = la página de informe
format-cuts = los puntos de corte
format-frab-xml = el programa tal como se desarrolló (frab XML)
format-frab-json = el programa tal como se desarrolló (frab JSON)
format-sreview = las correcciones para SReview
format-no-recording-marked = no se marcó ninguna grabación: los tiempos cuentan desde el inicio real de la sesión (marque las grabaciones con V en la ventana, o con `record start` en un script)
open-running = Sin terminar: aún en curso a las { $at }, cuando se generó esto.
open-journal-ends = Sin terminar: el registro acaba a las { $at } (nunca se pulsó Terminar, o el portátil se detuvo); el elemento en curso en ese momento se cuenta hasta entonces.
open-as-asked = A las { $at }, según lo pedido: la sesión aún estaba en curso en ese momento.
cli-exists-use-force = { $file } ya existe; use --force para reemplazarlo
chapters-not-stopped = sin detener
chapters-recording = Grabación { $n } ({ $from }–{ $to }):
chapters-before-the-session = Antes de la sesión
chapters-rehearsal = (ensayo) { $title }
report-timeline-label = Cronología de la sesión: previsto frente a real
candidate-events = { $count ->
    [one] evento
   *[other] eventos
}
quoted = «{ $title }»
change-renamed = { $old } ahora se llama { $new }
change-speakers = { $talk }: ahora a cargo de { $speakers }
change-length = { $talk }: { $new } en lugar de { $old }
change-start = { $talk }: ahora a las { $new } en lugar de a las { $old }
change-room-length-dropped = { $talk }: la duración fijada en la sala ya no encaja; se aplica la duración del archivo
change-added = se ha añadido { $talk } a las { $time } ({ $length })
change-gone-but-ran = { $talk } ya no está en el programa, pero { $state ->
    [running] está en curso
   *[ran] ya se realizó
} y se mantiene en el informe
change-removed = se ha eliminado { $talk }
change-order = el archivo ha cambiado el orden de los elementos pendientes
refuse-no-items = el nuevo programa no tiene ningún elemento
refuse-a-recording-cannot-be-marked = no se puede marcar una grabación en el futuro
refuse-a-recording-is-already-running = ya hay una grabación en curso; deténgala primero
refuse-a-recording-cannot-start-before = una grabación no puede empezar antes de que se detenga la anterior
refuse-no-recording-is-running = no hay ninguna grabación en curso
refuse-a-recording-cannot-stop-before = una grabación no puede detenerse antes de haber empezado
refuse-no-message-is-shown = no se está mostrando ningún mensaje
refuse-the-speaker-s-screens-are = las pantallas de ponentes ya están en negro
refuse-the-speaker-s-screens-already = las pantallas de ponentes ya muestran el temporizador
refuse-the-session-has-already-started = la sesión ya ha empezado; el ensayo se elige antes de pulsar Iniciar
refuse-this-run-is-already-a = esta ejecución ya es un ensayo
refuse-the-session-has-already-started-2 = la sesión ya ha empezado
refuse-every-item-is-skipped-unskip = todos los elementos están omitidos; restaure uno para empezar
refuse-nothing-is-running = no hay nada en curso
refuse-already-paused = ya está en pausa
refuse-not-paused = no está en pausa
refuse-there-is-nothing-to-go = no hay nada a lo que volver
refuse-item-not-in-the-running = el elemento no está en el guion
refuse-the-last-item-ended = terminó el último elemento
refuse-the-previous-item-s-last = empezó la última fase del elemento anterior
refuse-the-previous-phase-started = empezó la fase anterior
refuse-that-is-after-a-pause = eso es posterior al inicio de una pausa en esta fase
refuse-nothing-to-catch-up-the = nada que recuperar: la sesión va según lo previsto, o no se puede acortar ninguna de las charlas pendientes
refuse-no-such-item = no existe el elemento { $n }; la sesión tiene { $count }
refuse-not-upcoming = «{ $talk }» no está pendiente
refuse-no-recording-marked = no se ha marcado ninguna grabación
refuse-there-are-recordings = { $count ->
    [one] solo existe la grabación 1
   *[other] solo existen las grabaciones de la 1 a la { $count }
}
refuse-recording-out-of-order = eso dejaría la grabación { $n } fuera de orden respecto a las contiguas
refuse-recording-not-stopped = la grabación { $n } aún no se ha detenido
refuse-cannot-be-used = el nuevo programa no se puede usar: { $why }
refuse-extension-range = una ampliación o un recorte debe estar entre 1 segundo y 4 horas, no { $seconds } s
refuse-not-skipped-before = «{ $talk }» no se omitió antes de empezar
refuse-place-not-to-come = la posición { $place } no está entre las charlas pendientes (posiciones { $from }–{ $to }): no se puede pasar por delante de las charlas ya realizadas
refuse-correction-range = una corrección debe remontarse entre 0 segundos y 4 horas atrás, no { $seconds } s
refuse-before = la fase empezaría antes del momento en que { $what }, hace solo { $seconds } s
refuse-shortening = acortar «{ $talk }» dejaría su fase { $phase } con menos de un minuto
refuse-length-range = una duración debe estar entre 1 segundo y 24 horas, no { $seconds } s
refuse-trim-positive = un recorte debe ser positivo, no { $seconds } s
