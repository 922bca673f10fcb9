# Deutsch: was Vortragende lesen.

## Zustand
state-not-started = NICHT BEGONNEN
state-on-time = IN DER ZEIT
state-warning = ACHTUNG
state-wrap-up = ABSCHLIESSEN
state-time-is-up = ZEIT IST UM
state-paused = ANGEHALTEN
state-break = PAUSE
state-finished = BEENDET

## Zeilen
next = Als Nächstes: { $talk }
first = Zuerst: { $talk }
session-ended = Sitzung endete { $time }
session-ends = Sitzung endet { $time }
break-back-at = { $break } — weiter um { $time }
phase-paused = { $phase } (angehalten)
slot-of = Beitrag { $n } von { $count }
session-finished = Sitzung beendet — vielen Dank
rehearsal-waiting = Probe — beginnt, sobald die Sitzungsleitung bereit ist
starts-at = Beginn { $time }
rehearsal = PROBE
break-in = Pause in { $time }
left-in-slot = Noch { $time } für diesen Beitrag
over-slot = { $time } über der Zeit dieses Beitrags
no-session = Keine Sitzung geöffnet

## Verbindung
connecting = Verbinde…
connection-lost = Verbindung unterbrochen — zuletzt bekannte Zeit
link-revoked = Dieser Link gilt nicht mehr — bitte die Sitzungsleitung nach dem aktuellen fragen

## Nachrichten
preset-five-minutes = Noch 5 Minuten
preset-wrap-up = Bitte zum Schluss kommen
preset-questions = Zeit für Fragen
preset-microphone = Bitte das Mikrofon benutzen

## Abschnitte importierter Beiträge
phase-intro = Einführungsfolien
phase-discussion = Diskussion
phase-talk = Vortrag
