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

### The chair's side (docs/l10n.md).

nothing-runs-and-nothing-is = Nichts läuft und nichts wird aufgezeichnet, bis Sie einen Zeitplan (Öffnen…, Ctrl+O) oder die Beispielsitzung wählen. Bis dahin zeigt der Projektor die Uhrzeit.
example = BEISPIEL
the-bundled-example-session-to = Die mitgelieferte Beispielsitzung zum Ausprobieren von chairtime: Öffnen Sie Ihren eigenen Zeitplan mit Öffnen… (Ctrl+O)
a-trial-run-the-journal = Ein Probelauf: Das Protokoll und jeder Export weisen darauf hin
open = Öffnen…
open-url = URL öffnen…
reload = Neu laden
export = Exportieren…
projector = Projektor
full-screen = Vollbild
share = Teilen…
shortcuts = Tastenkürzel
settings = Einstellungen…
defaults-sound-projector-theme = Standardwerte, Ton, Projektor, Farbschema
mute = Stumm
volume = Lautstärke
volume-of-the-sound-cues = Lautstärke der Signaltöne
resume-or-start-fresh = Fortsetzen oder neu beginnen?
choose-what-to-run = Wählen Sie, was laufen soll
nothing-is-recorded-until-you = Nichts wird aufgezeichnet, bis Sie eine Sitzung wählen
follow-read-only-or-start = Nur lesend folgen oder ein weiteres Protokoll beginnen?
read-only = NUR LESEND
another-chairtime-runs-this-session = Ein anderes chairtime führt diese Sitzung; dieses Fenster folgt dessen Protokoll
recording = Protokoll läuft
not-recording = KEIN PROTOKOLL
the-journal-cannot-be-written = Das Protokoll kann nicht geschrieben werden: Bei einem Absturz gingen die Zeiten verloren
choose-journal-folder = Protokollordner wählen…
it-is-looked-at-again = Der Zeitplan wird erneut abgerufen, wenn Sie Neu laden (Ctrl+R) drücken.
a-newer-schedule-changes-this = Ein neuerer Zeitplan ändert diese Sitzung: Neu laden (Ctrl+R) übernimmt ihn
dismiss = Ausblenden
session-finished-chair = Sitzung beendet
rehearsal-2 = Probe
ready = Bereit
press-space-the-plan-begins = Drücken Sie Space: Der Plan beginnt, sobald Sie es tun
now = jetzt
press-space-to-start-the = Drücken Sie Space, um den ersten Beitrag zu starten
start = Starten
resume = Fortsetzen
pause = Anhalten
controls = Steuerung
next-chair = Weiter
back = Zurück
plus-one-min = +1 Min.
minus-one-min = −1 Min.
skip = Überspringen
started-10-s-earlier = 10 s früher begonnen
started-10-s-later = 10 s später begonnen
finish = Beenden
rehearse = Proben
a-trial-run-start-moves = ein Probelauf: Starten verschiebt den Plan auf diesen Zeitpunkt
rehearsal-start-moves-the-whole = Probe: Starten verschiebt den ganzen Plan auf den Moment, in dem Sie es drücken.
video-recording = Videoaufnahme
mark-recording-stopped = Markieren: Aufnahme gestoppt
mark-recording-started = Markieren: Aufnahme gestartet
not-marked-chapters-count-from = nicht markiert: Kapitel zählen ab Beginn der Sitzung
running = läuft
really-started-at = tatsächlich begonnen um
really-stopped-at = tatsächlich gestoppt um
message-to-the-speaker = Nachricht an die Vortragenden
show-this-on-the-projector = Dies auf dem Projektor zeigen
message = Nachricht
type-then-enter = Eintippen, dann Enter
show = Zeigen
show-the-message-on-the = Die Nachricht auf dem Projektor zeigen
hide-message = Nachricht ausblenden
bring-back-projector = Projektor zurückholen
blackout = Abdunkeln
session = Sitzung
elapsed = Vergangen
remaining = Verbleibend
schedule = Zeitplan
projected-end = Voraussichtliches Ende
next-break = Nächste Pause
hard-end = Festes Ende
none = keine
slots = Beiträge
apply-catch-up = Aufholplan anwenden
rundown = Ablauf
up-down-select-g-go = Up/Down auswählen · G springen · Shift+S überspringen · Alt+Up/Down verschieben · , und . Länge
go-to = Springen
skip-unskip = Überspringen / zurückholen
move-up = Nach oben
move-down = Nach unten
planned = Geplant
length = Länge
state = Status
actual = Tatsächlich
title = Titel
speakers = Vortragende
running-2 = LÄUFT
upcoming = anstehend
done = erledigt
skipped = übersprungen
select-this-item = Diesen Programmpunkt auswählen
projector-on = Projektor:
a-window = in einem Fenster
this-window-s-screen = { " " }(Bildschirm dieses Fensters)
the-screen-the-projector-view = Der Bildschirm, auf dem die Projektoransicht im Vollbild erscheint (Shift+P: der andere Bildschirm)
quit-while-the-session-runs = chairtime schließen, während die Sitzung läuft?
the-session-is-running-quitting = Die Sitzung läuft: Wenn Sie jetzt beenden, werden der Projektor und die Links für Vortragende dunkel.
every-timing-is-kept-in = Jede Zeitmessung bleibt im Protokoll erhalten; wenn Sie chairtime wieder öffnen, wird angeboten, die Sitzung fortzusetzen.
q-quits-esc-or-enter = Q schließt chairtime; Esc oder Enter lässt die Sitzung weiterlaufen.
keep-running = Weiterlaufen lassen
esc-or-enter = Esc oder Enter
quit = chairtime schließen
it-had-finished-resume-shows = Der Durchgang war beendet. Fortsetzen zeigt ihn so, wie er endete; Zurück (B) öffnet dann den letzten Beitrag wieder.
it-is-between-two-items = Stand: zwischen zwei Programmpunkten.
resume-the-session = Die Sitzung fortsetzen?
resuming-continues-every-timer-as = Beim Fortsetzen laufen alle Uhren weiter, als wäre chairtime nie gestoppt worden.
the-schedule-file-has-changed = Die Zeitplandatei hat sich geändert, seit dieser Durchgang begann:
talks-that-already-ran-keep = Bereits gelaufene Beiträge behalten ihre Zeiten in jedem Fall.
enter-resumes-shift-enter-starts = Enter setzt fort; Shift+Enter beginnt neu.
enter = Enter
resume-with-the-file-s = Mit den Änderungen der Datei fortsetzen
talks-not-yet-run-take = Noch nicht gelaufene Beiträge übernehmen Titel, Vortragende, Längen und Reihenfolge aus der Datei
start-fresh = Neu beginnen
shift-enter-the-old-journal = Shift+Enter; das alte Protokoll bleibt erhalten
this-session-is-open-in = Diese Sitzung ist in einem anderen chairtime geöffnet
only-one-chairtime-can-record = Nur ein chairtime kann eine Sitzung aufzeichnen. Folgen Sie ihm hier nur lesend, oder beginnen Sie ein weiteres Protokoll für einen getrennten Durchgang.
follow-read-only = Nur lesend folgen
start-another-journal = Weiteres Protokoll beginnen
a-screen-was-connected = Ein Bildschirm wurde angeschlossen
not-now = Nicht jetzt
the-schedule-changed = Der Zeitplan hat sich geändert
the-schedule-file-changed = Die Zeitplandatei hat sich geändert
talks-that-already-ran-keep-2 = Bereits gelaufene Beiträge behalten ihre Zeiten.
take-the-changes = Änderungen übernehmen
until-you-choose-the-running = Bis Sie sich entscheiden, läuft die Sitzung wie gewohnt weiter.
keep-the-running-session = Laufende Sitzung behalten
chairtime-could-not-open-this = chairtime konnte diesen Zeitplan nicht öffnen:
mend-the-file-and-try = Korrigieren Sie die Datei und versuchen Sie es erneut, öffnen Sie eine andere, oder starten Sie die mitgelieferte Beispielsitzung (die BPF Microconference), um chairtime auszuprobieren.
try-again = Erneut versuchen
read-the-same-file-again = Dieselbe Datei erneut lesen
open-another-file = Andere Datei öffnen…
run-the-example-session = Beispielsitzung starten
shortcuts-do-not-fire-while = Tastenkürzel wirken nicht, während Sie in ein Textfeld tippen; Esc verlässt das Feld.
export-actual-timings = Tatsächliche Zeiten exportieren
choose-a-format-a-file = Wählen Sie ein Format; danach folgt ein Dateidialog (oder ein Pfadfeld).
csv-one-row-per-item = CSV — eine Zeile pro Programmpunkt
json-everything = JSON — alles
markdown-report = Markdown-Bericht
report-page-timeline-and-table = Berichtsseite — Zeitleiste und Tabelle, öffnet sich im Browser, druckbar
video-chapters-one-list-per = Videokapitel — eine Liste pro markierter Aufnahme
cut-points-each-talk-s = Schnittpunkte — Anfang und Ende jedes Beitrags in jeder Aufnahme (CSV)
schedule-as-it-ran-frab = Zeitplan wie gelaufen — frab XML für die Werkzeuge des Videoteams
schedule-as-it-ran-frab-2 = Zeitplan wie gelaufen — frab JSON für die Werkzeuge des Videoteams
sreview-corrections-each-talk-s = SReview-Korrekturen — tatsächlicher Beginn und tatsächliches Ende jedes Beitrags gegenüber dem Zeitplan
open-a-schedule = Zeitplan öffnen
export-to = Exportieren nach
journal-folder = Protokollordner
path = Pfad
ok = OK
cancel = Abbrechen
settings-2 = Einstellungen
filter = Filter
room-day-talk-or-speaker = Raum, Tag, Beitrag oder Vortragende
defaults-for-schedules-that-do = Standardwerte für Zeitpläne, die sie nicht selbst festlegen (gelten ab der nächsten geöffneten Datei):
intro-slides-of-imported-talks = Einführungsfolien importierter Beiträge (Min.; 0 = nur ein Vortragsabschnitt)
warning-at-seconds-left = Warnung bei (Sekunden übrig)
a-short-reminder-each-further = Eine kurze Erinnerung in jeder weiteren Minute Überziehung
overtime-flashes-on-the-projector = Überziehung blinkt auf dem Projektor (einmal pro Sekunde)
keep-a-message-to-the = Eine Nachricht an die Vortragenden stehen lassen, wenn der nächste Beitrag beginnt
the-speaker-reads = Vortragende lesen
the-language-of-the-projector = Die Sprache des Projektors, des Links für Vortragende und der vorgefertigten Nachrichten (docs/l10n.md)
open-the-projector-window-with = Projektorfenster mit der Sitzung öffnen
light-theme-for-this-window = Helles Farbschema für dieses Fenster
text-size = Textgröße
conference-bus = Konferenz-Bus
the-organisers-wall-and-journal = Die Übersichtswand der Organisation und die Protokollsammlung: der Broker-Link, den Sie von dort bekommen haben (docs/conference.md).
broker-link = Broker-Link
mqtt-broker-example-org-conference = mqtt://broker.example.org/conference
login-file-user-password = Anmeldedatei (Benutzer:Passwort)
certificate-authority-pem = Zertifizierungsstelle (PEM)
the-system-s = die des Systems
stop-publishing = Veröffentlichen beenden
publish = Veröffentlichen
starting = Wird gestartet…
not-publishing = Keine Veröffentlichung.
start-pause = Starten / Anhalten
finish-session = Sitzung beenden
recording-started-stopped = Aufnahme gestartet / gestoppt
select-previous = Vorherigen auswählen
select-next = Nächsten auswählen
go-to-selected = Zum ausgewählten springen
skip-unskip-selected = Ausgewählten überspringen / zurückholen
move-selected-up = Ausgewählten nach oben
move-selected-down = Ausgewählten nach unten
selected-1-min = Ausgewählter +1 Min.
selected-1-min-2 = Ausgewählter −1 Min.
projector-to-the-other-screen = Projektor auf den anderen Bildschirm
reload-schedule = Zeitplan neu laden
start-the-session-afterwards-pause = Die Sitzung starten; danach die Uhr anhalten oder fortsetzen
next-phase-from-intro-slides = Nächster Abschnitt (von den Einführungsfolien zur Diskussion); nach dem letzten Abschnitt der nächste Programmpunkt
undo-the-last-next-reopen = Das letzte Weiter rückgängig machen: den vorherigen Abschnitt oder Programmpunkt wieder öffnen
give-the-current-phase-one = Dem aktuellen Abschnitt eine Minute mehr geben
take-one-minute-from-the = Dem aktuellen Abschnitt eine Minute abziehen
skip-the-running-item-speaker = Den laufenden Programmpunkt überspringen (Vortragende nicht da) und den nächsten starten
correct-the-record-the-current = Aufzeichnung korrigieren: Der aktuelle Abschnitt hat tatsächlich 10 Sekunden früher begonnen
correct-the-record-the-current-2 = Aufzeichnung korrigieren: Der aktuelle Abschnitt hat tatsächlich 10 Sekunden später begonnen
shorten-the-upcoming-slots-as = Die kommenden Beiträge so kürzen, wie der Aufholplan es vorschlägt, um pünktlich zu enden
end-the-session-now-items = Die Sitzung jetzt beenden; nicht gelaufene Programmpunkte bleiben als nicht gelaufen vermerkt
make-this-run-a-rehearsal = Diesen Durchgang zur Probe machen: Starten verschiebt den ganzen Plan auf den Moment, in dem Sie es drücken, und die Fenster, das Protokoll und jeder Export zeigen PROBE
mark-that-the-video-recording = Markieren, dass die Videoaufnahme jetzt gestartet (oder gestoppt) wurde: Kapitel und Schnittpunkte zählen dann ab dem Beginn jeder Aufnahme
select-the-previous-row-of = Die vorherige Zeile des Ablaufs auswählen
select-the-next-row-of = Die nächste Zeile des Ablaufs auswählen
end-the-current-item-and = Den aktuellen Programmpunkt beenden und den ausgewählten jetzt starten
skip-the-selected-upcoming-item = Den ausgewählten anstehenden Programmpunkt überspringen oder einen übersprungenen zurückholen
move-the-selected-upcoming-item = Den ausgewählten anstehenden Programmpunkt einen Platz nach vorn verschieben
move-the-selected-upcoming-item-2 = Den ausgewählten anstehenden Programmpunkt einen Platz nach hinten verschieben
plan-one-more-minute-for = Eine Minute mehr für den ausgewählten anstehenden Programmpunkt einplanen
plan-one-minute-less-for = Eine Minute weniger für den ausgewählten anstehenden Programmpunkt einplanen
write-a-message-for-the = Eine Nachricht für die Vortragenden schreiben (Enter zeigt sie auf dem Projektor)
hide-the-message-on-the = Die Nachricht auf dem Projektor ausblenden
blank-the-projector-or-bring = Den Projektor abdunkeln oder zurückholen
open-or-close-the-projector = Das Projektorfenster öffnen oder schließen
projector-window-full-screen-on = Projektorfenster im Vollbild auf seinem Bildschirm
put-the-projector-view-full = Die Projektoransicht im Vollbild auf den anderen Bildschirm (den Projektor) legen, nicht auf diesen
show-the-timer-on-other = Den Timer auf anderen Geräten zeigen (Link für Vortragende) und die Sitzung vom Smartphone aus steuern (Fernbedienung)
open-a-schedule-file = Eine Zeitplandatei öffnen
open-the-conference-s-schedule = Den Zeitplan der Konferenz über seine Webadresse öffnen (pretalx, frab, Indico): Er wird aktuell gehalten, während die Sitzung läuft
read-the-schedule-file-again = Die Zeitplandatei erneut lesen (oder die neueste Version von ihrer URL abrufen): Noch nicht gelaufene Beiträge übernehmen die neuen Titel, Vortragenden, Längen und die neue Reihenfolge
export-the-actual-timings-csv = Die tatsächlichen Zeiten exportieren: CSV, JSON, Markdown, die Berichtsseite, Videokapitel, Schnittpunkte oder den Zeitplan wie gelaufen
turn-the-sound-cues-off = Die Signaltöne aus- oder einschalten
show-every-shortcut = Alle Tastenkürzel anzeigen
share-the-timer = Den Timer teilen
show-the-timer-on-any = Zeigen Sie den Timer auf jedem Gerät im Raum — einem Tablet am Rednerpult, dem Laptop der Vortragenden, einem Smartphone — und steuern Sie die Sitzung von Ihrem Smartphone aus.
the-devices-must-be-on = Die Geräte müssen im selben Netzwerk sein wie dieser Laptop. Nichts wird geteilt, bevor Sie starten.
start-sharing = Teilen starten
speaker-link = Link für Vortragende
open-it-on-the-screen = Öffnen Sie ihn auf dem Bildschirm, den die Vortragenden sehen. Wer ihn hat, kann den Timer sehen, sonst nichts.
copy-link = Link kopieren
your-remote = Ihre Fernbedienung
for-your-own-phone-only = Nur für Ihr eigenes Smartphone: Damit lässt sich die Sitzung steuern. Zeigen Sie sie nie auf dem Projektor.
hide-the-qr-code = QR-Code ausblenden
show-the-qr-code = QR-Code anzeigen
if-chairtime-stops-a-crash = Falls chairtime stoppt (Absturz, leerer Akku), teilt es beim Fortsetzen der Sitzung wieder mit denselben Links, bis Sie das Teilen beenden.
these-links-end-when-chairtime = Diese Links enden, wenn chairtime geschlossen wird: Dieser Desktop hat keinen privaten Laufzeitordner, um sie aufzubewahren.
new-links = Neue Links
make-new-links-the-old = Neue Links erzeugen: Die alten funktionieren sofort nicht mehr (auch jede geöffnete Seite)
stop-sharing = Teilen beenden
stop-sharing-the-speaker-link = Teilen beenden: Der Link für Vortragende und die Fernbedienung funktionieren nicht mehr
the-timer-is-shared-on = Der Timer wird im Netzwerk geteilt; klicken Sie für die Links
a-schedule-s-address-starts = Die Adresse eines Zeitplans beginnt mit https:// (oder http://).
the-fetch-stopped-without-an = der Abruf endete ohne Antwort
open-a-schedule-from-its = Einen Zeitplan über seine URL öffnen
the-address-of-the-conference = Die Adresse des Zeitplan-Exports der Konferenz: pretalx …/schedule/export/schedule.xml, frab …/public/schedule.xml, Indico …/export/timetable/ID.json oder ein beliebiger .ics- oder .csv-Link. chairtime behält eine Kopie für einen Start ohne Netzwerk und sucht alle paar Minuten nach einer neuen Version, während die Sitzung läuft.
schedule-url = Zeitplan-URL
https-pretalx-example-org-event = https://pretalx.example.org/event/schedule/export/schedule.xml
taken-from-the-clipboard = Aus der Zwischenablage übernommen.
a-schedule-not-public-yet = Ist der Zeitplan noch nicht öffentlich?
api-token-pretalx-or-indico = API-Token (pretalx, oder indp_… von Indico)
sent-to-the-schedule-s = Wird nur an den Server des Zeitplans gesendet; bleibt bis zum Schließen von chairtime erhalten, wird nie auf die Festplatte geschrieben
open-2 = Öffnen
the-file-picker-cannot-open = Die Dateiauswahl lässt sich auf diesem Computer nicht öffnen
the-file-dialog-could-not = Der Dateidialog konnte hier nicht geöffnet werden
on-plan-there-is-nothing = Im Plan: Es gibt nichts aufzuholen.
only-one-screen-is-connected = Nur ein Bildschirm ist angeschlossen: Die Projektoransicht bleibt ein Fenster.
the-other-settings-given-with = Die übrigen mit der Datei angegebenen Einstellungen (--room, --journal, --share…) wurden nicht verwendet: Schließen Sie chairtime und öffnen Sie die Datei dann erneut, um sie zu nutzen.
no-room-has-published-yet = Noch kein Raum hat veröffentlicht. Räume erscheinen hier, sobald ihr chairtime mit --publish startet; geben Sie den Zeitplan der Konferenz an, um von Anfang an den Plan jedes Raums zu sehen.
live = live
connecting-2 = verbinde…
no-chairtime = KEIN CHAIRTIME
offline = OFFLINE
past-the-hard-end = FESTES ENDE ÜBERSCHRITTEN
break = Pause
or-press-share-l-to = { " " }Oder drücken Sie Teilen… (L), um den Timer auf einem Tablet oder dem Laptop der Vortragenden zu zeigen.
screen = Bildschirm
chairtime-was-started-again-this = chairtime wurde erneut gestartet: Dies ist sein Fenster (es läuft immer nur eines).
every-action-is-written-to = Jede Aktion wird in { $file } geschrieben
looks-for-a-new-version-every = chairtime sucht alle { $every } nach einer neuen Version, und wenn Sie Neu laden (Ctrl+R) drücken.
from-host-version = von { $host } · { $version }
from-host = von { $host }
version-not-taken = { $version } nicht übernommen
attention = Achtung: { $notice }
phase-n-of-count = { $phase } ({ $n } von { $count })
slot-left-of = Beitrag: noch { $left } von { $length }
slot-over-its = Beitrag: { $over } über den geplanten { $length }
recording-running-since = Aufnahme { $n } läuft seit { $time }
recordings-marked = { $count ->
    [one] { $count } Aufnahme markiert
   *[other] { $count } Aufnahmen markiert
}
recording-n = Aufnahme { $n }:
correct-when-recording-started = Korrigieren, wann Aufnahme { $n } tatsächlich begann
correct-when-recording-stopped = Korrigieren, wann Aufnahme { $n } tatsächlich endete
not-a-time-of-day-recording = „{ $typed }“ ist keine Uhrzeit wie 15:01:12; Aufnahme { $n } bleibt unverändert.
show-this-on-the-projector-in = Auf dem Projektor zeigen, auf { $language }: „{ $text }“
on-the-projector = Auf dem Projektor: „{ $message }“
time-planned = { $time } (geplant { $planned })
slots-done = { $done } von { $count } erledigt
no-catch-up-plan = Kein Aufholplan: { $why }.
catch-up-plan-behind = Aufholplan: { $behind } Verzug gegenüber dem geplanten Ende.
and-n-more = … und { $count } weitere
resume-it-is-at-over = Stand: „{ $title }“ ({ $phase }), { $over } über der Zeit.
resume-it-is-at-left = Stand: „{ $title }“ ({ $phase }), noch { $left } übrig.
chairtime-found-a-run = chairtime hat { $kind ->
    [finished-rehearsal] einen kürzlich beendeten Probedurchgang
    [finished] einen kürzlich beendeten Durchgang
    [unfinished-rehearsal] einen nicht beendeten Probedurchgang
   *[unfinished] einen nicht beendeten Durchgang
} dieser Sitzung gefunden ({ $file }, letzte Aktion um { $time }).
screen-connected-show-there = { $screen }: Die Projektoransicht dort im Vollbild zeigen?
show-it-there = Dort zeigen ({ $key })
new-schedule-version = Neuer Zeitplan: Version { $version }
open-name-question = { $name } öffnen?
you-opened-with-chairtime = Sie haben { $file } mit chairtime geöffnet (aus einem Dateimanager oder einem Terminal).
opening-puts-its-session-here = { $title } { $state ->
    [running] läuft gerade
   *[changed] hat Änderungen, die vor ihrem Beginn aufgezeichnet wurden
}. Wenn Sie { $name } öffnen, kommt stattdessen dessen Sitzung in dieses Fenster und auf den Projektor. Nichts geht verloren: Öffnen Sie den alten Zeitplan später erneut, um dort weiterzumachen, wo er stand.
open-name = { $name } öffnen
cannot-open-name = { $name } kann nicht geöffnet werden
why-type-the-path = { $why }: Geben Sie den Pfad ein.
choose-the-session-to-run = Sitzung zum Starten wählen — { $name }
this-file-holds-a-whole-conference = Diese Datei enthält eine ganze Konferenz: { $total } Sitzungen, jede ein Raum an einem Tag. Tippen Sie, um Ihre nach Raum, Tag, Beitrag oder Vortragenden zu finden; Up und Down bewegen, Enter öffnet.
no-session-matches = Keine Sitzung passt zu „{ $filter }“.
wrap-up-at-seconds-left = „Abschließen“ bei (Sekunden übrig)
cannot-publish = Veröffentlichen nicht möglich: { $why }
publishing-as-connected = Veröffentlicht als { $topics }: verbunden, { $lines ->
    [one] 1 Protokollzeile
   *[other] { $lines } Protokollzeilen
} gesendet.
not-reaching-the-broker-runs-on = Broker nicht erreichbar: { $why }. Der Raum läuft weiter.
sound-is-unavailable = Ton ist nicht verfügbar ({ $why }); die optischen Signale funktionieren wie gewohnt.
speaker-link-shows-rtl = Der Link für Vortragende ist auf { $language }; das Projektorfenster kann keine Schrift von rechts nach links darstellen und bleibt auf Englisch: Zeigen Sie den Link für Vortragende auf dem Projektor (Teilen…).
already-open-file-sent = chairtime ist bereits geöffnet: { $file } wurde dorthin übergeben. Wechseln Sie zu diesem Fenster. (Es läuft immer nur ein chairtime, damit der Projektor genau eine Sitzung zeigt.)
already-open-window-comes = chairtime ist bereits geöffnet: Sein Fenster kommt nach vorn. Wechseln Sie zu diesem Fenster. (Es läuft immer nur ein chairtime, damit der Projektor genau eine Sitzung zeigt.)
already-open-no-answer-process = Das bereits geöffnete chairtime (Prozess { $pid }) antwortet nicht, daher ist dies ein zweites chairtime. Die Zeiten, die das andere aufgezeichnet hat, sind in seinem Protokoll sicher; schließen Sie es, wenn möglich.
already-open-no-answer = Das bereits geöffnete chairtime antwortet nicht, daher ist dies ein zweites chairtime. Die Zeiten, die das andere aufgezeichnet hat, sind in seinem Protokoll sicher; schließen Sie es, wenn möglich.
characters-without-a-font = { $count ->
    [one] 1 Zeichen dieser Sitzung hat auf diesem Computer keine Schriftart ({ $chars }) und erscheint als Kästchen: Installieren Sie { $packages } ({ $command }) und starten Sie chairtime dann neu.
   *[other] { $count } Zeichen dieser Sitzung haben auf diesem Computer keine Schriftart ({ $chars }) und erscheinen als Kästchen: Installieren Sie { $packages } ({ $command }) und starten Sie chairtime dann neu.
}
no-catch-up-plan-nothing-to-shorten = Kein Aufholplan: Kein noch kommender Beitrag lässt sich kürzen; { $why }.
nothing-to-export-yet = Keine Sitzung geöffnet: Es gibt noch nichts zu exportieren.
opened-as-well-newest-offered = { $file } wurde ebenfalls geöffnet; angeboten wird die zuletzt angeforderte Datei.
not-publishing-on-the-bus-set = Keine Veröffentlichung auf dem in den Einstellungen festgelegten Konferenz-Bus: { $why }
schedule-could-not-be-fetched = Der Zeitplan konnte nicht abgerufen werden: { $why }
fetching-from = Wird von { $host } abgerufen…
projector-window-title = chairtime — Projektor — { $session }
no-session-open = Keine Sitzung geöffnet
pages-and-remotes-connected = { $pages ->
    [one] 1 Seite für Vortragende
   *[other] { $pages } Seiten für Vortragende
} und { $remotes ->
    [one] 1 Fernbedienung
   *[other] { $remotes } Fernbedienungen
} verbunden.
shared-n-watching = Geteilt · { $n } sehen zu
one-screen-found = Ein Bildschirm gefunden: Die Projektoransicht ist ein Fenster neben diesem. Schließen Sie den Projektor an, dann bietet chairtime an, die Ansicht dorthin zu legen; ist er angeschlossen und zeigt dasselbe Bild (gespiegelt), stellen Sie in den Anzeigeeinstellungen auf einen erweiterten Desktop um (Super+P bei vielen Laptops).
screen-was-disconnected = { $screen } wurde getrennt: Die Projektoransicht ist wieder ein Fenster. Die Sitzung läuft weiter.
saved-settings-unreadable = Ihre gespeicherten Einstellungen konnten nicht gelesen werden, daher werden die Standardwerte verwendet ({ $why }).
n-rooms = { $count ->
    [one] 1 Raum
   *[other] { $count } Räume
}
not-reaching-the-broker-showing-last = Broker nicht erreichbar: { $why } — angezeigt wird der letzte Stand
timeline-items-run = { $ran } von { $count } Programmpunkten gelaufen
timeline-skipped = { $count } übersprungen
timeline-over = { $count } über der geplanten Länge
timeline-now = jetzt { $time }
timeline-planned-end = geplantes Ende { $time }
timeline-projected-end = voraussichtliches Ende { $time } (geplant { $planned })
timeline-hard-end = festes Ende { $time }
timeline-summary = Zeitleiste: { $parts }
timeline-projected-planned = voraussichtlich { $time } (geplant { $planned })
timeline-projected = voraussichtlich { $time }
timeline-tip-planned = geplant { $from }–{ $to }
timeline-tip-ran = gelaufen { $from }–{ $to }
timeline-tip-ran-over = gelaufen { $from }–{ $to }, { $over } über dem Plan
timeline-tip-paused = angehalten { $paused }
n-sessions = { $total } Sitzungen
n-of-total-sessions-match = { $n } von { $total } Sitzungen passen
this-window-speaks = Sprache dieses Fensters
as-the-desktop = wie der Desktop ({ $language })
this-window-speaks-hint = Die Sprache dieses Fensters, der Knöpfe der Fernbedienung und der Meldungen von chairtime. Die Bildschirme der Vortragenden haben ihre eigene (Vortragende lesen).
command-start = Starten
command-pause = Anhalten
command-resume = Fortsetzen
command-next = Weiter
command-back = Zurück
command-extend = Verlängern
command-trim = Kürzen
command-skip = Überspringen
command-unskip = Zurückholen
command-goto = Springen
command-move = Verschieben
command-correct = Korrigieren
command-set-length = Länge festlegen
command-catch-up = Aufholplan anwenden
command-show-message = Nachricht zeigen
command-hide-message = Nachricht ausblenden
command-blackout = Abdunkeln
command-finish = Beenden
command-rehearse = Proben
command-replan = Zeitplan neu laden
command-record = Aufnahme markieren
command-record-at = Zeit der Aufnahme korrigieren
command-refused = { $command }: { $why }
message-cleared = Die Nachricht wurde vom Projektor genommen, als der nächste Beitrag begann: „{ $message }“ war für die vorherigen Vortragenden. In den Einstellungen können Sie Nachrichten über den Beitragswechsel hinaus stehen lassen.
date-long = { $weekday }, { $day }. { $month } { $year }
date-medium = { $weekday }, { $day }. { $month } { $year }
date-short = { $weekday }, { $day }. { $month }
weekday-long = { $n ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
}
weekday-short = { $n ->
    [1] Mo
    [2] Di
    [3] Mi
    [4] Do
    [5] Fr
    [6] Sa
   *[7] So
}
month-long = { $n ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
month-short = { $n ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
off-day = Dieser Zeitplan gilt für { $date }; er läuft heute zu seinen eigenen Uhrzeiten. { $how }; chairtime --date { $iso } behält sein Datum.
rehearse-in-the-window = Proben (Shift+R) lässt ihn stattdessen ab dem Moment laufen, in dem Sie Starten drücken
rehearse-with-the-option = Mit --rehearse gestartet, läuft er stattdessen ab dem Moment, in dem Starten gedrückt wird
example-still-unchanged = Die mitgelieferte Beispielsitzung ({ $title }) { $state ->
    [finished] ist weiterhin beendet
    [running] läuft weiterhin
   *[open] ist weiterhin geöffnet
}, unverändert; Ihr Zeitplan ist nicht geöffnet.
session-still-unchanged = { $title } { $state ->
    [finished] ist weiterhin beendet
    [running] läuft weiterhin
   *[open] ist weiterhin geöffnet
}, unverändert.
did-not-open = { $name } wurde nicht geöffnet. { $still } Das Problem: { $why }
journal-records-another-session = { $file } zeichnet eine andere Sitzung auf; daneben wird ein neues Protokoll begonnen.
new-journal-beside-it = { $why }; daneben wird ein neues Protokoll begonnen.
cannot-write-the-journal-at = Das Protokoll kann nicht in { $file } geschrieben werden: { $why }. Wählen Sie einen anderen Ordner.
resumed-from = Fortgesetzt aus { $file }
another-chairtime-records-who = Ein anderes chairtime ({ $who }) zeichnet diese Sitzung auf, in { $file }.
another-chairtime-records = Ein anderes chairtime zeichnet diese Sitzung auf, in { $file }.
could-not-be-continued-goes-on-in = { $file } konnte nicht fortgesetzt werden ({ $why }); der Durchgang geht in { $target } weiter, mit allem, was bisher aufgezeichnet wurde.
could-not-continue-or-start = { $file } konnte nicht fortgesetzt werden ({ $why }), und auch ein neues Protokoll { $target } ließ sich nicht beginnen ({ $why2 }). Wählen Sie Neu beginnen, oder schaffen Sie Platz auf der Festplatte und versuchen Sie es erneut.
read-only-follows = Nur lesend: { $why } Nichts, was in diesem Fenster geschieht, wird aufgezeichnet; es folgt dem anderen.
recording-to = Aufzeichnung in { $file }
cannot-write-a-journal-in = In { $folder } kann kein Protokoll geschrieben werden: { $why }
nothing-to-reload = Diese Sitzung wurde nicht aus einer Datei geöffnet, daher gibt es nichts neu zu laden.
cannot-reload-the-schedule = Der Zeitplan kann nicht neu geladen werden: { $why }
no-changes-for-this-session = Die Zeitplandatei enthält keine Änderungen für diese Sitzung.
schedule-reloaded = Zeitplan neu geladen: { $changes }.
changes-not-taken = Die Änderungen der Zeitplandatei wurden nicht übernommen: { $why }
choose-another-journal-folder = { $why }. Wählen Sie einen anderen Ordner für das Protokoll.
export-failed = Export fehlgeschlagen: { $file }: { $why }
saved-to = In { $files } gespeichert: { $what }
saved-to-note = In { $files } gespeichert: { $what } ({ $note })
no-network-found = Kein Netzwerk gefunden: Die Links funktionieren nur auf diesem Laptop. Verbinden Sie sich mit dem Netzwerk des Raums (oder dem Hotspot Ihres Smartphones) und teilen Sie erneut.
share-failed-projector-works = { $why }. Das Projektorfenster funktioniert wie gewohnt.
remote-no-session-yet = Noch keine Sitzung geöffnet: Die Sitzungsleitung wählt gerade eine aus
the-speaker-reads-language = Die Vortragenden lesen { $language }
applied-but-not-recorded = { $command } wurde ausgeführt, konnte aber nicht aufgezeichnet werden; siehe das Fenster der Sitzungsleitung
reload-nothing-on-offer = Neu laden: Es liegt kein geänderter Zeitplan vor
schedule-reloaded-short = Zeitplan neu geladen
sharing-again-same-links = Wieder geteilt, mit denselben Links wie vor dem Neustart: Die Seite für Vortragende und Ihre Fernbedienung verbinden sich von selbst wieder.
sharing-again-port-taken = Wieder geteilt, aber Port { $port } ist jetzt belegt, daher haben sich die Links geändert (Port { $now }): Öffnen Sie Teilen… (L) und geben Sie den Geräten die neuen Links.
shared-before-the-restart = Die Sitzung war vor dem Neustart geteilt. { $why }.
links-not-kept = Die Links konnten nicht für einen Neustart aufbewahrt werden ({ $why }): Falls chairtime stoppt, teilen Sie erneut und geben Sie den Geräten die neuen Links.
remote-alerts = Erfordert Ihre Aufmerksamkeit
remote-timer = Timer
remote-back = ◀ Zurück
remote-next = Weiter ▶
remote-hide-message = Nachricht ausblenden
remote-from-chairtime = Meldungen von chairtime
remote-own-message = Eigene Nachricht
remote-message-label = Nachricht an die Vortragenden (bis zu 200 Zeichen)
remote-now-and-next = Jetzt und als Nächstes
remote-arabic-link-only = العربية (nur Link für Vortragende)
remote-note = Diese Seite steuert die Sitzung. Geben Sie ihren Link nicht weiter.
remote-blackout-on = Abgedunkelt
remote-message-flag = Nachricht: { $message }
remote-ends = Endet { $time }
remote-show-screen = Bild wieder zeigen
remote-done = Erledigt
remote-not-possible = Jetzt nicht möglich: { $why }
remote-refused = abgelehnt
remote-not-sent-revoked = Nicht gesendet: Dieser Link funktioniert nicht mehr
remote-no-answer = chairtime hat nicht geantwortet; versuchen Sie es erneut
remote-not-sent = Nicht gesendet: { $why }
remote-not-sent-offline = Nicht gesendet: keine Verbindung zu chairtime
remote-type-first = Tippen Sie zuerst eine Nachricht ein
cannot-publish-this-room = Dieser Raum kann nicht auf dem Konferenz-Bus veröffentlicht werden: { $why }
on-the-conference-bus-as = Auf dem Konferenz-Bus als { $topics }.
back-on-the-conference-bus = Wieder auf dem Konferenz-Bus ({ $host }): Was dort fehlt, wird nachgesendet.
broker-refuses-login-check = Der Broker der Konferenz lässt diesen Raum nicht zu: { $why }. Der Raum läuft weiter, und sein Protokoll wird hier aufbewahrt; prüfen Sie den angegebenen Benutzernamen und das Passwort (--bus-credentials oder die Anmeldedatei in den Einstellungen), oder fragen Sie die Organisation.
broker-refuses-login-give = Der Broker der Konferenz lässt diesen Raum nicht zu: { $why }. Der Raum läuft weiter, und sein Protokoll wird hier aufbewahrt; dieser Broker verlangt Benutzername und Passwort: Geben Sie sie mit --bus-credentials FILE an oder als Anmeldedatei in den Einstellungen.
not-reaching-the-conference-broker = Broker der Konferenz nicht erreichbar ({ $why }); der Raum läuft weiter, und sein Protokoll wird gesendet, sobald der Broker wieder da ist.
broker-refuses-topic = Der Broker der Konferenz lehnt das Protokoll dieses Raums auf { $topic } ab. Nichts geht verloren: Das Protokoll liegt auf diesem Laptop und wird gesendet, sobald die Organisation diesem Raum erlaubt, in seine Topics zu schreiben.
session-finished-not-followed = Diese Sitzung ist beendet: Ihr Zeitplan wird nicht mehr verfolgt.
asking-for-the-latest-version = Neueste Version des Zeitplans wird bei { $host } angefragt…
schedule-not-changed-since = Der Zeitplan hat sich nicht geändert; es gilt weiterhin { $version }.
the-copy-in-use = die verwendete Kopie
version-fetched-at = { $version }, abgerufen um { $time }
host-answers-again = { $host } antwortet wieder; der Zeitplan wird wie zuvor auf Änderungen geprüft.
could-not-check-asks-every = Der Zeitplan konnte nicht auf Änderungen geprüft werden: { $why } Die Sitzung läuft unverändert weiter; es gilt { $version }. chairtime fragt alle { $every } erneut nach.
could-not-check-reload-asks = Der Zeitplan konnte nicht auf Änderungen geprüft werden: { $why } Die Sitzung läuft unverändert weiter; es gilt { $version }. Neu laden (Ctrl+R) fragt erneut nach.
new-schedule-not-kept = Der neue Zeitplan konnte nicht für einen Start ohne Netzwerk aufbewahrt werden: { $why }
this-room = diesem Raum
room-vanished-from-schedule = { $version } des Zeitplans enthält keine Sitzung in { $room } am { $day } mehr: Der Raum wurde vielleicht verlegt oder umbenannt. Diese Sitzung läuft unverändert weiter; es gilt { $runs_on }. Fragen Sie die Organisation; um dem neuen Zeitplan zu folgen, öffnen Sie seine URL erneut und wählen Sie die Sitzung (URL öffnen… im Fenster; einen Raum ohne Fenster starten Sie mit dem neuen --room neu).
new-schedule-unusable = { $version } des Zeitplans konnte nicht verwendet werden: { $why } Diese Sitzung läuft unverändert weiter; es gilt { $runs_on }.
the-copy-version = Kopie { $version }
version-n = Version { $version }
every-minutes = { $n } Min.
every-seconds = { $n } s
on-plan = im Plan
behind = { $by } im Verzug
ahead = { $by } voraus
session-not-started = nicht begonnen
session-state-finished = beendet
pace-over-the-hard-end = { $pace }, festes Ende überschritten
break-due = fällig, { $over }
break-in-chair = in { $time }
hard-end-over = { $time }, bei diesem Tempo { $over } darüber
hard-end-nothing-to-spare = { $time }, kein Spielraum
hard-end-to-spare = { $time }, { $spare } Spielraum
cannot-be-recovered = { $left } lassen sich nicht aufholen, ohne Beiträge unter { $floor } % zu kürzen
cli-at-expected-a-time = --at { $text }: erwartet wird eine Uhrzeit wie 15:30 oder 15:30:20 oder ein vollständiger Zeitpunkt wie 2019-09-11T15:30:00+01:00
cli-at-skipped-time = --at { $text }: Diese Uhrzeit gibt es am { $date } in { $zone } nicht (die Uhren springen darüber hinweg)
cli-standard-input = Standardeingabe
cli-standard-input-name = (Standardeingabe)
cli-cannot-read = { $name }: { $what ->
    [schedule] der Zeitplan
    [journal] das Protokoll
    [action-script] das Aktionsskript
    [running-order] der Ablauf
    [session] die Sitzung
    [report] der Bericht
   *[file] die Datei
} kann nicht gelesen werden: { $why }
cli-cannot-write = { $file }: { $what ->
    [schedule] der Zeitplan
    [journal] das Protokoll
    [action-script] das Aktionsskript
    [running-order] der Ablauf
    [session] die Sitzung
    [report] der Bericht
   *[file] die Datei
} kann nicht geschrieben werden: { $why }
cli-warning = { $name }: Warnung: { $warning }
cli-expected-a-date = erwartet wird ein Datum wie 2019-09-11, gefunden: „{ $found }“
cli-did-you-mean = „{ $first }“ ist weder eine Datei noch ein Befehl; meinten Sie `chairtime { $word }`? (chairtime --help listet die Befehle auf)
cli-bus-options-need-publish = --bus-credentials und --bus-ca gehören zu --publish (oder zu wall und collect)
cli-same-as-fetched-before = { $name }: unverändert gegenüber der zuvor abgerufenen Kopie (soeben geprüft)
cli-no-changes-for = { $name }: keine Änderungen für { $room } seit { $version } (abgerufen { $fetched })
cli-no-changes = { $name }: keine Änderungen seit { $version } (abgerufen { $fetched })
cli-changes-since = { $name }: { $count ->
    [one] 1 Änderung
   *[other] { $count } Änderungen
} seit { $version } (abgerufen { $fetched }):
cli-cannot-compare = { $name }: Vergleich mit der zuvor abgerufenen Kopie nicht möglich: { $why }
cli-wrote = { $file } geschrieben
cli-one-session-file = { $name }: Eine chairtime-Sitzungsdatei enthält genau eine Sitzung; `chairtime check { $name }` gibt sie aus
cli-wrote-session = { $file } geschrieben ({ $slots ->
    [one] 1 Beitrag
   *[other] { $slots } Beiträge
}, { $breaks ->
    [one] 1 Pause
   *[other] { $breaks } Pausen
})
cli-already-exists = { $file }: existiert bereits; fügen Sie --force hinzu, um die Datei zu ersetzen
status-now = Jetzt
status-rehearsal = PROBE
status-speaker = Vortragende
status-item = Programmpunkt
status-phase = Abschnitt
status-remaining = Verbleibend
status-starts = Beginn
status-schedule = Zeitplan
status-projected = Prognose
status-break = Pause
status-hard-end = Festes Ende
status-next = Als Nächstes
status-catch-up = Aufholplan
status-message = Nachricht
status-stale = Veraltet
status-stale-text = der letzte Eintrag des Protokolls ist von { $last }, vor { $ago }, und die Sitzung sollte bis { $end } enden: Beenden wurde nie gedrückt, oder der Laptop ist stehen geblieben. Die Werte oben zählen bis jetzt; `chairtime report` zeigt die Sitzung mit dem Stand ihres letzten Eintrags.
status-rehearsal-not-started = Starten verschiebt den Plan auf diesen Zeitpunkt
status-rehearsal-own-times = der Plan läuft zu seinen eigenen Uhrzeiten
status-rehearsal-moved = der Plan wurde auf Beginn { $start } verschoben (laut Datei { $file })
status-item-of = { $n } von { $count }: { $title }
status-over = { $over } über der Zeit
status-remaining-text = { $phase } im Abschnitt, { $slot } im Beitrag
status-remaining-paused = { $phase } im Abschnitt, { $slot } im Beitrag (angehalten)
status-starts-in = { $time } (in { $until })
status-projected-end = Ende { $time } (geplant { $planned })
status-no-slot-left-to-trim = kein Beitrag mehr zu kürzen: { $why }
cli-script-not-utf8 = { $name }: Das Aktionsskript ist kein UTF-8-Text
cli-speed-positive = --speed muss eine positive Zahl sein, nicht { $speed }
cli-journal-exists = { $file }: Das Protokoll kann nicht angelegt werden: Dort liegt bereits eine Datei
cli-cannot-create-journal = { $file }: Das Protokoll kann nicht angelegt werden: { $why }
cli-journal-at = Protokoll: { $file }
cli-not-applied = { $script }:{ $line }: { $command } wurde nicht ausgeführt: { $why }
cli-broker-not-acknowledged = der Broker hat noch nicht das ganze Protokoll bestätigt: Es wird gesendet, wenn dieser Raum das nächste Mal veröffentlicht
cli-warning-bare = Warnung: { $warning }
check-start = Beginn
check-length = Länge
check-phases = Abschnitte
check-title-speakers = Titel — Vortragende
check-things-to-look-at = { $count ->
    [one] Ein Punkt zum Prüfen
   *[other] Punkte zum Prüfen
}
check-room = Raum
check-date = Datum
check-time-zone = Zeitzone
check-nothing-to-spare = kein Spielraum
check-short = { $by } fehlen
check-to-spare = { $by } Spielraum
check-hard-end = festes Ende { $time } ({ $spare })
check-no-hard-end = kein festes Ende
check-planned-items-run-until = { $planned }, die Programmpunkte laufen bis { $until }, { $hard }
check-planned = Geplant
check-items = Programmpunkte
check-slots-breaks = { $slots ->
    [one] 1 Beitrag
   *[other] { $slots } Beiträge
}, { $breaks ->
    [one] 1 Pause
   *[other] { $breaks } Pausen
}
check-chairs = Sitzungsleitung
check-running-order-title = { $title } — Ablauf
check-html-start = Beginn
check-html-length = Länge
check-html-talk = Beitrag
check-html-notes = Notizen
check-break = Pause
headless-remote-qr = Die Fernbedienung, für die Kamera Ihres Smartphones:
headless-cannot-watch-stop = kann nicht auf eine Aufforderung zum Beenden achten ({ $why }); ein kill beendet chairtime sofort
headless-recording-to = Aufzeichnung in { $file }
headless-schedule-changed = { $source ->
    [url] Der Zeitplan unter seiner URL
   *[file] Die Zeitplandatei
} hat sich geändert: { $changes }. Der Raum behält seinen Plan, bis Sie auf der Fernbedienung Zeitplan neu laden drücken.
headless-stopped = gestoppt; das Protokoll ist { $file }
headless-locked = { $why } Beenden Sie es zuerst (es schließt dann sein Protokoll), oder geben Sie mit --journal eine andere Datei an.
headless-did-not-start = der Raum ist nicht gestartet: Er kann sein Protokoll nicht aufzeichnen (wählen Sie mit --journal ein anderes)
headless-attention = Achtung: { $notice }
sharing-again-after-restart = Nach dem Neustart wird wieder geteilt.
wall-qr = Die Übersichtswand, für die Smartphones der Organisation:
cli-port-needs-share = --port ist der Port zum Teilen: Geben Sie dazu --share (oder --headless) an
cli-cannot-write-json = { $name }: JSON kann nicht geschrieben werden: { $why }
cli-list-needs-a-file = --list braucht eine Zeitplandatei (die mitgelieferte Sitzung ist nur eine Sitzung)
cli-collector-cannot-watch = kann nicht auf Ctrl+C achten ({ $why }); ein kill beendet die Protokollsammlung
cli-collector-stopped = gestoppt; die Protokolle liegen in { $folder }
cli-broker-plain-mqtt = der eingebaute Broker spricht einfaches MQTT: Geben Sie mit --broker einen mqtt://-Link an
cli-broker-could-not-start = der Broker konnte nicht starten: { $why }
cli-this-computer = DIESER-COMPUTER
cli-broker-running = Broker läuft. Räume veröffentlichen mit: --publish { $link }
cannot-check-for-another-window = kann nicht prüfen, ob ein anderes chairtime-Fenster offen ist ({ $why }); es wird trotzdem gestartet
cannot-open-a-window = kann kein Fenster öffnen: { $why }
cannot-open-the-wall-window = kann das Fenster der Übersichtswand nicht öffnen: { $why }
chairtime-session-files = chairtime-Sitzung
all-files = Alle Dateien
no-room-for-projector = Ein Bildschirm, und dieses Fenster füllt ihn aus: Das Projektorfenster würde Ihren Timer verdecken, daher wurde es nicht geöffnet. Drücken Sie P, um es trotzdem zu öffnen, verkleinern Sie dieses Fenster und drücken Sie P, oder schließen Sie den Projektor als zweiten Bildschirm an (in den Anzeigeeinstellungen „Verbinden“ oder „Erweitern“, nicht „Spiegeln“: Ein gespiegelter Projektor zeigt dieses Fenster so, wie es ist). Teilen… (L) bringt den Timer stattdessen auf den Laptop der Vortragenden oder ein Tablet.
cli-wall-needs-a-screen = die Übersichtswand ist ein Fenster und braucht einen Bildschirm, und diese Umgebung hat keinen (weder DISPLAY noch WAYLAND_DISPLAY). Auf einem Computer ohne Bildschirm betreiben Sie den Broker der Konferenz mit Mosquitto (docs/conference.md).
report-title = { $title } — tatsächliche Zeiten
report-rehearsal-title = { $title } — Zeiten der PROBE
report-a-rehearsal = Eine Probe, nicht die Sitzung selbst.
report-a-rehearsal-moved-later = Eine Probe, nicht die Sitzung selbst: Der Plan wurde um { $by } nach hinten verschoben, sodass er beim Drücken von Starten begann.
report-a-rehearsal-moved-earlier = Eine Probe, nicht die Sitzung selbst: Der Plan wurde um { $by } nach vorn verschoben, sodass er beim Drücken von Starten begann.
report-col-planned = Geplant
report-col-actual = Tatsächlich
report-col-planned-length = Geplante Länge
report-col-actual-length = Tatsächliche Länge
report-col-over-plan = Über Plan
report-col-given = Zugeteilt
report-col-used = Genutzt
report-col-speaker-over = Überziehung
report-col-title = Titel
report-col-speakers = Vortragende
report-col-notes = Notizen
report-skipped = übersprungen
report-running = läuft
report-columns-legend = { $over } vergleicht die Uhrzeit mit dem veröffentlichten Plan, Unterbrechungen eingeschlossen. { $given } ist die Zeit, die die Vortragenden bekamen: die geplante Länge, geändert durch jede Umplanung vor dem Programmpunkt und jede Verlängerung oder Kürzung, während er lief. { $used } ist die Zeit, die ihre Uhr lief, ohne Unterbrechungen. { $speaker } ist { $used } minus { $given }.
report-biggest-overruns-by-speakers = Größte Überziehungen durch Vortragende
report-no-speaker-went-over = Keine Vortragenden haben die ihnen zugeteilte Zeit überzogen.
report-speaker-overrun = { $title } — { $over } über der zugeteilten Zeit von { $given }
report-schedule-changes = Änderungen am Zeitplan während der Sitzung
report-no-change = keine Änderung
report-schedule-reloaded = { $time } Zeitplan neu geladen: { $what }.
report-schedule-reloaded-from = { $time } Zeitplan neu geladen aus { $from }: { $what }.
report-messages-shown = Den Vortragenden gezeigte Nachrichten
report-re-planned = umgeplant { $from } → { $to }
report-paused = angehalten { $paused }
report-start-corrected = Beginn korrigiert
report-skipped-while-running = während des Laufs übersprungen
report-still-running = läuft noch
report-extended = verlängert { $by }
report-trimmed = gekürzt { $by }
report-totals = Insgesamt
report-started = Beginn { $time } (geplant { $planned }, { $by }).
report-ended = Ende { $time } (geplantes Ende { $planned }, { $by }).
report-not-finished = Nicht beendet: gezählt bis { $time } (geplantes Ende { $planned }).
report-not-started = Die Sitzung hat nicht begonnen.
report-schedule-at = Zeitplan um { $time }: **{ $pace }** — der Wert, den `chairtime status` für diesen Moment angibt.
report-skipped-list = Übersprungen: { $items }.
report-not-run-list = Nicht gelaufen: { $items }.
report-still-to-come-list = Noch ausstehend: { $items }.
report-why-the-schedule-moved = Warum sich der Zeitplan verschoben hat
report-why-intro = Wie weit jede Ursache die Sitzung gegenüber ihrem Plan verschoben hat, auf die Sekunde; zusammen ergeben sie den Stand oben ({ $total }).
report-not-started-yet = Noch nicht begonnen
report-late-start = Später Beginn
report-early-start = Früher Beginn
report-pauses = Unterbrechungen
report-lengths-re-planned = Vor ihrem Lauf umgeplante Längen
report-extensions-and-trims = Verlängerungen und Kürzungen während des Laufs
report-skipped-while-running-left = { $title } (während des Laufs übersprungen, noch { $left } seiner Zeit übrig)
report-skipped-or-not-run = Übersprungen oder nicht gelaufen
report-speakers-over-or-under = Vortragende über oder unter der zugeteilten Zeit
report-no-slot-ended = noch kein Beitrag ist zu Ende
report-all-slots-kept-time = alle { $n } gelaufenen Beiträge hielten ihre Zeit genau ein
report-slots-over-under = von den { $n } gelaufenen Beiträgen haben { $over } überzogen und { $under } früher geendet
report-break-longer = { $title } { $by } länger
report-break-shorter = { $title } { $by } kürzer
report-breaks-longer-or-shorter = Pausen länger oder kürzer als vorgesehen
report-time-between-items = Zeit zwischen Programmpunkten (Lücken im Plan, Warten)
report-page-rehearsal-title = { $title } — Zeiten der Probe
report-timeline = Zeitleiste
report-item-by-item = Punkt für Punkt
report-key-planned = geplant
report-key-ran-slot = gelaufen (Beitrag)
report-key-ran-break = gelaufen (Pause)
report-key-paused = angehalten
report-key-over = über der geplanten Länge
report-key-message = Nachricht an die Vortragenden
report-key-now = jetzt / geplantes Ende
report-bar-ran = { $title } gelaufen { $from }–{ $to }{ $running ->
    [yes] { " " }(läuft noch)
   *[no] {""}
}
report-not-run = nicht gelaufen
conf-unfinished-at = um { $time } nicht beendet, { $pace }
conf-unfinished-at-time = um { $time } nicht beendet
conf-not-held = { $pace }, { $count } ausgefallen
conf-same-session-twice = { $a } und { $b } sind Protokolle derselben Sitzung ({ $session }): auf zwei Laptops aufgezeichnet, oder eine Probe neben dem echten Durchgang? Geben Sie nur eines davon an, sonst würden sie doppelt gezählt
conf-format-one-session = --format { $format } beschreibt eine Sitzung; für mehrere Protokolle verwenden Sie html, csv oder md (oder erstellen Sie für jedes Protokoll einen eigenen Bericht)
conf-col-day = Tag
conf-col-room = Raum
conf-col-session = Sitzung
conf-col-items-run = Gelaufen
conf-col-late = Verspätet
conf-col-paused = Angehalten
conf-col-at-the-end = Am Ende
conf-col-started = Beginn
conf-col-ended = Ende
conf-the-conference = Die Konferenz
conf-biggest-overruns = Größte Überziehungen
conf-overrun-line = { $title } ({ $place }) — { $over } über dem Plan
conf-items-run-late = { $run } Programmpunkte gelaufen, davon { $late } verspätet (eine Minute oder mehr nach ihrem geplanten Beginn gestartet).
conf-over-plan-paused = Insgesamt { $over } über dem Plan; { $paused } angehalten.
conf-where = { $sessions } Sitzungen in { $rooms ->
    [one] 1 Raum
   *[other] { $rooms } Räumen
} an { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
}
conf-room-by-room = Raum für Raum
conf-day-chart-label = { $rooms ->
    [one] 1 Raum
   *[other] { $rooms } Räume
} am { $day }, geplant gegenüber tatsächlich
format-csv = die Zeiten als CSV
format-json = der vollständige Bericht als JSON
format-md = der Markdown-Bericht
format-chapters = die Videokapitel
format-html = die Berichtsseite
format-cuts = die Schnittpunkte
format-frab-xml = der Zeitplan wie gelaufen (frab XML)
format-frab-json = der Zeitplan wie gelaufen (frab JSON)
format-sreview = die Korrekturen für SReview
format-no-recording-marked = keine Aufnahme markiert: Die Zeiten zählen ab dem tatsächlichen Beginn der Sitzung (Aufnahmen markieren Sie mit V im Fenster oder mit `record start` in einem Skript)
open-running = Nicht beendet: lief noch um { $at }, als dies erstellt wurde.
open-journal-ends = Nicht beendet: Das Protokoll endet um { $at } (Beenden wurde nie gedrückt, oder der Laptop ist stehen geblieben); der Programmpunkt, der da lief, wird bis zu diesem Moment gezählt.
open-as-asked = Stand { $at }, wie angefordert: Die Sitzung lief zu diesem Zeitpunkt noch.
cli-exists-use-force = { $file } existiert; verwenden Sie --force, um die Datei zu ersetzen
chapters-not-stopped = nicht gestoppt
chapters-recording = Aufnahme { $n } ({ $from }–{ $to }):
chapters-before-the-session = Vor der Sitzung
chapters-rehearsal = (Probe) { $title }
report-timeline-label = Zeitleiste der Sitzung, geplant und tatsächlich
candidate-events = { $count ->
    [one] Beitrag
   *[other] Beiträge
}
quoted = „{ $title }“
change-renamed = { $old } heißt jetzt { $new }
change-speakers = { $talk }: Vortragende jetzt { $speakers }
change-length = { $talk }: { $new } statt { $old }
change-start = { $talk }: geplant um { $new } statt { $old }
change-room-length-dropped = { $talk }: Die im Raum festgelegte Länge passt nicht mehr; es gilt die Länge aus der Datei
change-added = { $talk } um { $time } hinzugefügt ({ $length })
change-gone-but-ran = { $talk } steht nicht mehr im Zeitplan, { $state ->
    [running] läuft aber gerade
   *[ran] ist aber bereits gelaufen
} und bleibt im Bericht
change-removed = { $talk } entfernt
change-order = die Datei hat die Reihenfolge der noch ausstehenden Programmpunkte geändert
refuse-no-items = der neue Zeitplan enthält keine Programmpunkte
refuse-a-recording-cannot-be-marked = eine Aufnahme kann nicht in der Zukunft markiert werden
refuse-a-recording-is-already-running = eine Aufnahme läuft bereits; stoppen Sie sie zuerst
refuse-a-recording-cannot-start-before = eine Aufnahme kann nicht beginnen, bevor die vorherige gestoppt wurde
refuse-no-recording-is-running = es läuft keine Aufnahme
refuse-a-recording-cannot-stop-before = eine Aufnahme kann nicht vor ihrem Beginn gestoppt werden
refuse-no-message-is-shown = es wird keine Nachricht angezeigt
refuse-the-speaker-s-screens-are = die Bildschirme der Vortragenden sind bereits abgedunkelt
refuse-the-speaker-s-screens-already = die Bildschirme der Vortragenden zeigen bereits den Timer
refuse-the-session-has-already-started = die Sitzung hat bereits begonnen; eine Probe wird vor dem Drücken von Starten gewählt
refuse-this-run-is-already-a = dieser Durchgang ist bereits eine Probe
refuse-the-session-has-already-started-2 = die Sitzung hat bereits begonnen
refuse-every-item-is-skipped-unskip = alle Programmpunkte sind übersprungen; holen Sie einen zurück, um zu starten
refuse-nothing-is-running = es läuft nichts
refuse-already-paused = bereits angehalten
refuse-not-paused = nicht angehalten
refuse-there-is-nothing-to-go = es gibt nichts, wohin man zurückgehen könnte
refuse-item-not-in-the-running = Programmpunkt nicht im Ablauf
refuse-the-last-item-ended = dem Ende des zuletzt gelaufenen Programmpunkts
refuse-the-previous-item-s-last = dem Beginn des letzten Abschnitts des vorherigen Programmpunkts
refuse-the-previous-phase-started = dem Beginn des vorherigen Abschnitts
refuse-that-is-after-a-pause = das liegt nach dem Beginn einer Unterbrechung in diesem Abschnitt
refuse-nothing-to-catch-up-the = nichts aufzuholen: Die Sitzung liegt im Plan, oder kein noch kommender Beitrag lässt sich kürzen
refuse-no-such-item = es gibt keinen Programmpunkt { $n }; die Sitzung hat { $count }
refuse-not-upcoming = „{ $talk }“ ist kein anstehender Programmpunkt
refuse-no-recording-marked = es wurde keine Aufnahme markiert
refuse-there-are-recordings = { $count ->
    [one] es gibt nur Aufnahme 1
   *[other] es gibt die Aufnahmen 1 bis { $count }
}
refuse-recording-out-of-order = damit stünde Aufnahme { $n } nicht mehr in der richtigen Reihenfolge zu ihren Nachbarn
refuse-recording-not-stopped = Aufnahme { $n } ist noch nicht gestoppt
refuse-cannot-be-used = der neue Zeitplan ist nicht verwendbar: { $why }
refuse-extension-range = eine Verlängerung oder Kürzung muss zwischen 1 Sekunde und 4 Stunden liegen, nicht { $seconds } s
refuse-not-skipped-before = „{ $talk }“ wurde nicht vor dem Beginn übersprungen
refuse-place-not-to-come = Platz { $place } gehört nicht zu den noch ausstehenden Beiträgen (Plätze { $from }–{ $to }): Bereits gelaufene Beiträge lassen sich nicht überholen
refuse-correction-range = eine Korrektur muss zwischen 0 Sekunden und 4 Stunden zurückliegen, nicht { $seconds } s
refuse-before = der Abschnitt würde dann vor { $what } beginnen, und das liegt erst { $seconds } s zurück
refuse-shortening = eine Kürzung von „{ $talk }“ ließe dem Abschnitt { $phase } weniger als eine Minute
refuse-length-range = eine Länge muss zwischen 1 Sekunde und 24 Stunden liegen, nicht { $seconds } s
refuse-trim-positive = eine Kürzung muss positiv sein, nicht { $seconds } s
