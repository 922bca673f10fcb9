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
