# Français : ce que lisent les intervenants. Espace insécable avant « : ».

## État
state-not-started = PAS COMMENCÉ
state-on-time = DANS LES TEMPS
state-warning = ATTENTION
state-wrap-up = CONCLUEZ
state-time-is-up = TEMPS ÉCOULÉ
state-paused = EN PAUSE
state-break = PAUSE
state-finished = TERMINÉ

## Lignes
next = Ensuite : { $talk }
first = D’abord : { $talk }
session-ended = Session terminée à { $time }
session-ends = Fin de la session à { $time }
break-back-at = { $break } — reprise à { $time }
phase-paused = { $phase } (en pause)
slot-of = Intervention { $n } sur { $count }
session-finished = Session terminée — merci
rehearsal-waiting = Répétition — commence quand la présidence de séance est prête
starts-at = Début à { $time }
rehearsal = RÉPÉTITION
break-in = Pause dans { $time }
left-in-slot = Encore { $time } pour cette intervention
over-slot = { $time } de dépassement
no-session = Aucune session ouverte

## Connexion
connecting = Connexion…
connection-lost = Connexion perdue — dernière heure connue
link-revoked = Ce lien ne fonctionne plus — demandez le lien actuel à la présidence de séance

## Messages
preset-five-minutes = Plus que 5 minutes
preset-wrap-up = Merci de conclure
preset-questions = Place aux questions
preset-microphone = Merci d’utiliser le micro

## Phases des interventions importées
phase-intro = Diapositives d’introduction
phase-discussion = Discussion
phase-talk = Exposé

### The chair's side (docs/l10n.md).

nothing-runs-and-nothing-is = Rien ne démarre et rien n’est enregistré tant que vous n’avez pas choisi un programme à lancer (Ouvrir…, Ctrl+O) ou la session d’exemple. En attendant, le projecteur affiche l’heure.
example = EXEMPLE
the-bundled-example-session-to = La session d’exemple fournie, pour essayer chairtime : ouvrez votre propre programme avec Ouvrir… (Ctrl+O)
a-trial-run-the-journal = Un essai : le journal et chaque export l’indiquent
open = Ouvrir…
open-url = Ouvrir une URL…
reload = Recharger
export = Exporter…
projector = Projecteur
full-screen = Plein écran
share = Partager…
shortcuts = Raccourcis
settings = Paramètres…
defaults-sound-projector-theme = Valeurs par défaut, son, projecteur, thème
mute = Couper le son
volume = Volume
volume-of-the-sound-cues = Volume des signaux sonores
resume-or-start-fresh = Reprendre ou repartir de zéro ?
choose-what-to-run = Choisir ce qu’il faut lancer
nothing-is-recorded-until-you = Rien n’est enregistré tant que vous n’avez pas choisi de session
follow-read-only-or-start = Suivre en lecture seule ou commencer un autre journal ?
read-only = LECTURE SEULE
another-chairtime-runs-this-session = Un autre chairtime mène cette session ; cette fenêtre suit son journal
recording = Enregistrement
not-recording = PAS D’ENREGISTREMENT
the-journal-cannot-be-written = Impossible d’écrire le journal : un plantage ferait perdre les minutages
choose-journal-folder = Choisir le dossier du journal…
it-is-looked-at-again = L’adresse est consultée de nouveau quand vous appuyez sur Recharger (Ctrl+R).
a-newer-schedule-changes-this = Un programme plus récent modifie cette session : Recharger (Ctrl+R) l’applique
dismiss = Fermer
session-finished-chair = Session terminée
rehearsal-2 = Répétition
ready = prête
press-space-the-plan-begins = Appuyez sur Space : le plan commence à ce moment-là
now = maintenant
press-space-to-start-the = Appuyez sur Space pour lancer la première intervention
start = Démarrer
resume = Reprendre
pause = Pause
controls = Commandes
next-chair = Suivant
back = Précédent
plus-one-min = +1 min
minus-one-min = −1 min
skip = Sauter
started-10-s-earlier = Commencé 10 s plus tôt
started-10-s-later = Commencé 10 s plus tard
finish = Terminer
rehearse = Répéter
a-trial-run-start-moves = un essai : le plan commence quand vous appuyez sur Démarrer
rehearsal-start-moves-the-whole = Répétition : Démarrer décale tout le plan pour qu’il commence au moment où vous appuyez.
video-recording = Enregistrement vidéo
mark-recording-stopped = Marquer : enregistrement arrêté
mark-recording-started = Marquer : enregistrement démarré
not-marked-chapters-count-from = non marqué : les chapitres partent du début de la session
running = en cours
really-started-at = réellement démarré à
really-stopped-at = réellement arrêté à
message-to-the-speaker = Message à l’intervenant
show-this-on-the-projector = Afficher ceci sur le projecteur
message = Message
type-then-enter = Saisissez, puis Enter
show = Afficher
show-the-message-on-the = Afficher le message sur le projecteur
hide-message = Masquer le message
bring-back-projector = Rétablir le projecteur
blackout = Écran noir
session = Session
elapsed = Écoulé
remaining = Restant
schedule = Horaire
projected-end = Fin estimée
next-break = Prochaine pause
hard-end = Fin impérative
none = néant
slots = Interventions
apply-catch-up = Appliquer le rattrapage
rundown = Déroulé
up-down-select-g-go = Up/Down sélectionner · G aller à · Shift+S sauter · Alt+Up/Down déplacer · , et . durée
go-to = Aller à
skip-unskip = Sauter / rétablir
move-up = Monter
move-down = Descendre
planned = Prévu
length = Durée
state = État
actual = Réel
title = Titre
speakers = Intervenants
running-2 = EN COURS
upcoming = à venir
done = terminé
skipped = sauté
select-this-item = Sélectionner cet élément
projector-on = Projecteur sur
a-window = une fenêtre
this-window-s-screen = { " " }(écran de cette fenêtre)
the-screen-the-projector-view = L’écran où va la vue projecteur, en plein écran (Shift+P : l’autre écran)
quit-while-the-session-runs = Quitter alors que la session est en cours ?
the-session-is-running-quitting = La session est en cours : quitter maintenant éteint le projecteur et les liens intervenant.
every-timing-is-kept-in = Chaque minutage est conservé dans le journal ; en rouvrant chairtime, vous pourrez le reprendre.
q-quits-esc-or-enter = Q quitte ; Esc ou Enter laisse la session continuer.
keep-running = Continuer
esc-or-enter = Esc ou Enter
quit = Quitter
it-had-finished-resume-shows = La session était terminée. Reprendre l’affiche telle qu’elle s’est achevée ; Précédent (B) rouvre ensuite le dernier exposé.
it-is-between-two-items = La session est entre deux éléments.
resume-the-session = Reprendre la session ?
resuming-continues-every-timer-as = La reprise poursuit chaque minuteur comme si chairtime ne s’était jamais arrêté.
the-schedule-file-has-changed = Le fichier du programme a changé depuis le début de ce déroulement :
talks-that-already-ran-keep = Les exposés déjà passés gardent leurs minutages dans les deux cas.
enter-resumes-shift-enter-starts = Enter reprend ; Shift+Enter repart de zéro.
enter = Enter
resume-with-the-file-s = Reprendre avec les modifications du fichier
talks-not-yet-run-take = Les exposés pas encore passés prennent les titres, intervenants, durées et l’ordre du fichier
start-fresh = Repartir de zéro
shift-enter-the-old-journal = Shift+Enter ; l’ancien journal est conservé
this-session-is-open-in = Cette session est ouverte dans un autre chairtime
only-one-chairtime-can-record = Un seul chairtime peut enregistrer une session. Suivez-la ici en lecture seule, ou commencez un autre journal pour un déroulement distinct.
follow-read-only = Suivre en lecture seule
start-another-journal = Commencer un autre journal
a-screen-was-connected = Un écran a été branché
not-now = Pas maintenant
the-schedule-changed = Le programme a changé
the-schedule-file-changed = Le fichier du programme a changé
talks-that-already-ran-keep-2 = Les exposés déjà passés gardent leurs minutages.
take-the-changes = Appliquer les modifications
until-you-choose-the-running = Tant que vous n’avez pas choisi, la session en cours continue normalement.
keep-the-running-session = Garder la session en cours
chairtime-could-not-open-this = chairtime n’a pas pu ouvrir ce programme :
mend-the-file-and-try = Corrigez le fichier et réessayez, ouvrez-en un autre, ou lancez la session d’exemple fournie (la BPF Microconference) pour essayer chairtime.
try-again = Réessayer
read-the-same-file-again = Relire le même fichier
open-another-file = Ouvrir un autre fichier…
run-the-example-session = Lancer la session d’exemple
shortcuts-do-not-fire-while = Les raccourcis sont inactifs pendant la saisie dans un champ de texte ; Esc quitte le champ.
export-actual-timings = Exporter les minutages réels
choose-a-format-a-file = Choisissez un format ; une boîte de dialogue de fichier (ou un champ de chemin) suit.
csv-one-row-per-item = CSV — une ligne par élément
json-everything = JSON — tout
markdown-report = Rapport Markdown
report-page-timeline-and-table = Page de rapport — chronologie et tableau, s’ouvre dans un navigateur, s’imprime
video-chapters-one-list-per = Chapitres vidéo — une liste par enregistrement marqué
cut-points-each-talk-s = Points de coupe — entrée et sortie de chaque exposé dans chaque enregistrement (CSV)
schedule-as-it-ran-frab = Programme tel qu’il s’est déroulé — frab XML pour les outils de l’équipe vidéo
schedule-as-it-ran-frab-2 = Programme tel qu’il s’est déroulé — frab JSON pour les outils de l’équipe vidéo
sreview-corrections-each-talk-s = Corrections SReview — début et fin réels de chaque exposé par rapport au programme
open-a-schedule = Ouvrir un programme
export-to = Exporter vers
journal-folder = Dossier du journal
path = Chemin
ok = OK
cancel = Annuler
settings-2 = Paramètres
filter = Filtrer
room-day-talk-or-speaker = salle, jour, exposé ou intervenant
defaults-for-schedules-that-do = Valeurs par défaut pour les programmes qui ne les fixent pas (s’appliquent au prochain fichier ouvert) :
intro-slides-of-imported-talks = Diapositives d’introduction des exposés importés (min ; 0 = une seule phase d’exposé)
warning-at-seconds-left = Avertissement à (secondes restantes)
a-short-reminder-each-further = Un bref rappel à chaque minute de dépassement supplémentaire
overtime-flashes-on-the-projector = Le dépassement clignote sur le projecteur (une fois par seconde)
keep-a-message-to-the = Garder à l’écran un message à l’intervenant quand l’exposé suivant commence
the-speaker-reads = Langue de l’intervenant
the-language-of-the-projector = La langue du projecteur, du lien intervenant et des messages prédéfinis (docs/l10n.md)
open-the-projector-window-with = Ouvrir la fenêtre du projecteur avec la session
light-theme-for-this-window = Thème clair pour cette fenêtre
text-size = Taille du texte
conference-bus = Bus de la conférence
the-organisers-wall-and-journal = Le mur des organisateurs et la collecte des journaux : le lien du broker qu’ils vous ont donné (docs/conference.md).
broker-link = Lien du broker
mqtt-broker-example-org-conference = mqtt://broker.example.org/conference
login-file-user-password = Fichier d’identifiants (utilisateur:mot de passe)
certificate-authority-pem = Autorité de certification (PEM)
the-system-s = celle du système
stop-publishing = Arrêter la publication
publish = Publier
starting = Démarrage…
not-publishing = Pas de publication.
start-pause = Démarrer / Pause
finish-session = Terminer la session
recording-started-stopped = Enregistrement démarré / arrêté
select-previous = Sélectionner le précédent
select-next = Sélectionner le suivant
go-to-selected = Aller à la sélection
skip-unskip-selected = Sauter / rétablir la sélection
move-selected-up = Monter la sélection
move-selected-down = Descendre la sélection
selected-1-min = Sélection +1 min
selected-1-min-2 = Sélection −1 min
projector-to-the-other-screen = Projecteur sur l’autre écran
reload-schedule = Recharger le programme
start-the-session-afterwards-pause = Démarrer la session ; ensuite, mettre en pause ou relancer l’horloge
next-phase-from-intro-slides = Phase suivante (des diapositives d’introduction à la discussion) ; depuis la dernière phase, l’élément suivant
undo-the-last-next-reopen = Annuler le dernier Suivant : rouvrir la phase ou l’élément précédent
give-the-current-phase-one = Donner une minute de plus à la phase en cours
take-one-minute-from-the = Retirer une minute à la phase en cours
skip-the-running-item-speaker = Sauter l’élément en cours (intervenant absent) et lancer le suivant
correct-the-record-the-current = Rectifier le relevé : la phase en cours a en réalité commencé 10 secondes plus tôt
correct-the-record-the-current-2 = Rectifier le relevé : la phase en cours a en réalité commencé 10 secondes plus tard
shorten-the-upcoming-slots-as = Raccourcir les interventions à venir comme le propose le plan de rattrapage, pour finir à l’heure
end-the-session-now-items = Terminer la session maintenant ; les éléments non lancés le restent
make-this-run-a-rehearsal = Faire de ce déroulement une répétition : Démarrer décale tout le plan pour qu’il commence au moment où vous appuyez, et les fenêtres, le journal et chaque export indiquent RÉPÉTITION
mark-that-the-video-recording = Marquer que l’enregistrement vidéo a démarré (ou s’est arrêté) maintenant : les chapitres et les points de coupe partent alors du début de chaque enregistrement
select-the-previous-row-of = Sélectionner la ligne précédente du déroulé
select-the-next-row-of = Sélectionner la ligne suivante du déroulé
end-the-current-item-and = Terminer l’élément en cours et lancer maintenant l’élément sélectionné
skip-the-selected-upcoming-item = Sauter l’élément à venir sélectionné, ou rétablir un élément sauté
move-the-selected-upcoming-item = Avancer d’une place l’élément à venir sélectionné
move-the-selected-upcoming-item-2 = Reculer d’une place l’élément à venir sélectionné
plan-one-more-minute-for = Prévoir une minute de plus pour l’élément à venir sélectionné
plan-one-minute-less-for = Prévoir une minute de moins pour l’élément à venir sélectionné
write-a-message-for-the = Écrire un message à l’intervenant (Enter l’affiche sur le projecteur)
hide-the-message-on-the = Masquer le message sur le projecteur
blank-the-projector-or-bring = Mettre le projecteur au noir, ou le rétablir
open-or-close-the-projector = Ouvrir ou fermer la fenêtre du projecteur
projector-window-full-screen-on = Fenêtre du projecteur en plein écran sur son moniteur
put-the-projector-view-full = Mettre la vue projecteur en plein écran sur l’autre écran (le projecteur), pas sur celui-ci
show-the-timer-on-other = Afficher le minuteur sur d’autres appareils (le lien intervenant) et mener la session depuis votre téléphone (la télécommande)
open-a-schedule-file = Ouvrir un fichier de programme
open-the-conference-s-schedule = Ouvrir le programme de la conférence depuis son adresse web (pretalx, frab, Indico) : tenu à jour pendant la session
read-the-schedule-file-again = Relire le fichier du programme (ou demander la dernière version à son URL) : les exposés pas encore passés prennent ses nouveaux titres, intervenants, durées et ordre
export-the-actual-timings-csv = Exporter les minutages réels : CSV, JSON, Markdown, page de rapport, chapitres vidéo, points de coupe ou programme tel qu’il s’est déroulé
turn-the-sound-cues-off = Couper ou rétablir les signaux sonores
show-every-shortcut = Afficher tous les raccourcis
share-the-timer = Partager le minuteur
show-the-timer-on-any = Affichez le minuteur sur n’importe quel appareil de la salle — une tablette sur le pupitre, l’ordinateur portable de l’intervenant, un téléphone — et menez la session depuis votre téléphone.
the-devices-must-be-on = Les appareils doivent être sur le même réseau que cet ordinateur portable. Rien n’est partagé tant que vous n’avez pas démarré.
start-sharing = Démarrer le partage
speaker-link = Lien intervenant
open-it-on-the-screen = Ouvrez-le sur l’écran que voit l’intervenant. Quiconque l’a peut voir le minuteur, rien de plus.
copy-link = Copier le lien
your-remote = Votre télécommande
for-your-own-phone-only = Pour votre propre téléphone uniquement : elle peut mener la session. Ne l’affichez jamais sur le projecteur.
hide-the-qr-code = Masquer le code QR
show-the-qr-code = Afficher le code QR
if-chairtime-stops-a-crash = Si chairtime s’arrête (plantage, batterie vide), il partage de nouveau avec ces mêmes liens quand vous reprenez la session, jusqu’à ce que vous arrêtiez le partage.
these-links-end-when-chairtime = Ces liens cessent de fonctionner à la fermeture de chairtime : ce bureau n’a pas de dossier d’exécution privé où les conserver.
new-links = Nouveaux liens
make-new-links-the-old = Créer de nouveaux liens : les anciens cessent aussitôt de fonctionner (sur chaque page ouverte aussi)
stop-sharing = Arrêter le partage
stop-sharing-the-speaker-link = Arrêter le partage : le lien intervenant et la télécommande cessent de fonctionner
the-timer-is-shared-on = Le minuteur est partagé sur le réseau ; cliquez pour voir les liens
a-schedule-s-address-starts = L’adresse d’un programme commence par https:// (ou http://).
the-fetch-stopped-without-an = le téléchargement s’est arrêté sans réponse
open-a-schedule-from-its = Ouvrir un programme depuis son URL
the-address-of-the-conference = L’adresse de l’export du programme de la conférence : pretalx …/schedule/export/schedule.xml, frab …/public/schedule.xml, Indico …/export/timetable/ID.json ou tout lien .ics ou .csv. chairtime en garde une copie pour pouvoir démarrer sans réseau et cherche une nouvelle version toutes les quelques minutes pendant la session.
schedule-url = URL du programme
https-pretalx-example-org-event = https://pretalx.example.org/event/schedule/export/schedule.xml
taken-from-the-clipboard = Pris dans le presse-papiers.
a-schedule-not-public-yet = Programme pas encore public ?
api-token-pretalx-or-indico = Jeton d’API (pretalx, ou indp_… d’Indico)
sent-to-the-schedule-s = Envoyé uniquement au serveur du programme ; conservé jusqu’à la fermeture de chairtime, jamais écrit sur le disque
open-2 = Ouvrir
the-file-picker-cannot-open = Le sélecteur de fichiers ne peut pas s’ouvrir sur cet ordinateur
the-file-dialog-could-not = La boîte de dialogue de fichier n’a pas pu s’ouvrir ici
on-plan-there-is-nothing = Dans les temps : il n’y a rien à rattraper.
only-one-screen-is-connected = Un seul écran est branché : la vue projecteur reste une fenêtre.
the-other-settings-given-with = Les autres réglages donnés avec le fichier (--room, --journal, --share…) n’ont pas été utilisés : fermez chairtime, puis rouvrez le fichier pour les utiliser.
no-room-has-published-yet = Aucune salle n’a encore publié. Les salles apparaissent ici dès que leur chairtime démarre avec --publish ; indiquez le programme de la conférence pour voir le plan de chaque salle dès le départ.
live = en direct
connecting-2 = connexion…
no-chairtime = SANS CHAIRTIME
offline = HORS LIGNE
past-the-hard-end = FIN IMPÉRATIVE DÉPASSÉE
break = pause
or-press-share-l-to = { " " }Ou appuyez sur Partager… (L) pour afficher le minuteur sur une tablette ou l’ordinateur portable de l’intervenant.
screen = écran
chairtime-was-started-again-this = chairtime a été relancé : voici sa fenêtre (un seul s’exécute à la fois).
every-action-is-written-to = Chaque action est écrite dans { $file }
looks-for-a-new-version-every = chairtime cherche une nouvelle version toutes les { $every }, et quand vous appuyez sur Recharger (Ctrl+R).
from-host-version = depuis { $host } · { $version }
from-host = depuis { $host }
version-not-taken = { $version } non appliquée
attention = Attention : { $notice }
phase-n-of-count = { $phase } ({ $n } sur { $count })
slot-left-of = Intervention : encore { $left } sur { $length }
slot-over-its = Intervention : { $over } de dépassement sur { $length }
recording-running-since = Enregistrement { $n } en cours depuis { $time }
recordings-marked = { $count ->
    [one] { $count } enregistrement marqué
   *[other] { $count } enregistrements marqués
}
recording-n = Enregistrement { $n } :
correct-when-recording-started = Rectifier l’heure réelle de début de l’enregistrement { $n }
correct-when-recording-stopped = Rectifier l’heure réelle de fin de l’enregistrement { $n }
not-a-time-of-day-recording = « { $typed } » n’est pas une heure comme 15:01:12 ; l’enregistrement { $n } reste inchangé.
show-this-on-the-projector-in = Afficher ceci sur le projecteur, en { $language } : « { $text } »
on-the-projector = Sur le projecteur : « { $message } »
time-planned = { $time } (prévue { $planned })
slots-done = { $done } sur { $count } terminées
no-catch-up-plan = Pas de plan de rattrapage : { $why }.
catch-up-plan-behind = Plan de rattrapage : { $behind } de retard sur la fin prévue.
and-n-more = … et { $count } de plus
resume-it-is-at-over = La session en est à « { $title } » ({ $phase }), avec { $over } de dépassement.
resume-it-is-at-left = La session en est à « { $title } » ({ $phase }), et il reste { $left }.
chairtime-found-a-run = chairtime a trouvé { $kind ->
    [finished-rehearsal] une répétition récemment terminée
    [finished] un déroulement récemment terminé
    [unfinished-rehearsal] une répétition inachevée
   *[unfinished] un déroulement inachevé
} de cette session ({ $file }, dernière action à { $time }).
screen-connected-show-there = { $screen } : y afficher la vue projecteur, en plein écran ?
show-it-there = L’afficher sur cet écran ({ $key })
new-schedule-version = Nouveau programme : version { $version }
open-name-question = Ouvrir { $name } ?
you-opened-with-chairtime = Vous avez ouvert { $file } avec chairtime (depuis un gestionnaire de fichiers ou un terminal).
opening-puts-its-session-here = { $title } { $state ->
    [running] est en cours
   *[changed] a des modifications enregistrées avant son début
}. Ouvrir { $name } met plutôt sa session dans cette fenêtre et sur le projecteur. Rien n’est perdu : rouvrez plus tard l’ancien programme pour reprendre là où il en était.
open-name = Ouvrir { $name }
cannot-open-name = Impossible d’ouvrir { $name }
why-type-the-path = { $why } : saisissez le chemin.
choose-the-session-to-run = Choisir la session à lancer — { $name }
this-file-holds-a-whole-conference = Ce fichier contient toute une conférence : { $total } sessions, chacune étant une salle sur une journée. Tapez pour trouver la vôtre par salle, jour, exposé ou intervenant ; Up et Down déplacent, Enter ouvre.
no-session-matches = Aucune session ne correspond à « { $filter } ».
wrap-up-at-seconds-left = « Concluez » à (secondes restantes)
cannot-publish = Impossible de publier : { $why }
publishing-as-connected = Publication en tant que { $topics } : connecté, { $lines ->
    [one] { $lines } ligne de journal envoyée
   *[other] { $lines } lignes de journal envoyées
}.
not-reaching-the-broker-runs-on = Broker injoignable : { $why }. La salle continue.
sound-is-unavailable = Son indisponible ({ $why }) ; les signaux visuels fonctionnent normalement.
speaker-link-shows-rtl = Le lien intervenant affiche { $language } ; la fenêtre du projecteur ne sait pas écrire de droite à gauche et reste en anglais : mettez le lien intervenant sur le projecteur (Partager…).
already-open-file-sent = chairtime est déjà ouvert : { $file } lui a été envoyé. Passez à cette fenêtre. (Un seul chairtime s’exécute à la fois, pour que le projecteur n’affiche qu’une session.)
already-open-window-comes = chairtime est déjà ouvert : sa fenêtre passe au premier plan. Passez à cette fenêtre. (Un seul chairtime s’exécute à la fois, pour que le projecteur n’affiche qu’une session.)
already-open-no-answer-process = Le chairtime déjà ouvert (processus { $pid }) ne répond pas, ceci est donc un second chairtime. Les minutages enregistrés par l’autre sont en sécurité dans son journal ; fermez-le si vous le pouvez.
already-open-no-answer = Le chairtime déjà ouvert ne répond pas, ceci est donc un second chairtime. Les minutages enregistrés par l’autre sont en sécurité dans son journal ; fermez-le si vous le pouvez.
characters-without-a-font = { $count ->
    [one] { $count } caractère de cette session n’a pas de police sur cet ordinateur ({ $chars }) et s’affiche comme un carré : installez { $packages } ({ $command }), puis relancez chairtime.
   *[other] { $count } caractères de cette session n’ont pas de police sur cet ordinateur ({ $chars }) et s’affichent comme des carrés : installez { $packages } ({ $command }), puis relancez chairtime.
}
no-catch-up-plan-nothing-to-shorten = Pas de plan de rattrapage : aucun exposé à venir ne peut être raccourci ; { $why }.
nothing-to-export-yet = Aucune session ouverte : il n’y a encore rien à exporter.
opened-as-well-newest-offered = { $file } a aussi été ouvert ; c’est le fichier demandé le plus récemment qui est proposé.
not-publishing-on-the-bus-set = Pas de publication sur le bus de la conférence défini dans les Paramètres : { $why }
schedule-could-not-be-fetched = Le programme n’a pas pu être téléchargé : { $why }
fetching-from = Téléchargement depuis { $host }…
projector-window-title = chairtime — projecteur — { $session }
no-session-open = Aucune session ouverte
pages-and-remotes-connected = { $pages ->
    [one] { $pages } page intervenant
   *[other] { $pages } pages intervenant
} et { $remotes ->
    [one] { $remotes } télécommande
   *[other] { $remotes } télécommandes
} connectées.
shared-n-watching = Partagé · { $n ->
    [one] { $n } spectateur
   *[other] { $n } spectateurs
}
one-screen-found = Un seul écran trouvé : la vue projecteur est une fenêtre à côté de celle-ci. Branchez le projecteur et chairtime proposera d’y mettre la vue ; s’il est branché et affiche la même image (recopie), réglez l’affichage pour étendre le bureau (Super+P sur de nombreux portables).
screen-was-disconnected = { $screen } a été débranché : la vue projecteur redevient une fenêtre. La session continue.
saved-settings-unreadable = Vos paramètres enregistrés n’ont pas pu être lus, les valeurs par défaut sont donc utilisées ({ $why }).
n-rooms = { $count ->
    [one] { $count } salle
   *[other] { $count } salles
}
not-reaching-the-broker-showing-last = Broker injoignable : { $why } — affichage des dernières données reçues
timeline-items-run = { $ran } sur { $count } éléments passés
timeline-skipped = { $count ->
    [one] { $count } sauté
   *[other] { $count } sautés
}
timeline-over = { $count ->
    [one] { $count } au-delà de sa durée prévue
   *[other] { $count } au-delà de leur durée prévue
}
timeline-now = maintenant { $time }
timeline-planned-end = fin prévue { $time }
timeline-projected-end = fin estimée { $time } (prévue { $planned })
timeline-hard-end = fin impérative { $time }
timeline-summary = Chronologie : { $parts }
timeline-projected-planned = estimée { $time } (prévue { $planned })
timeline-projected = estimée { $time }
timeline-tip-planned = prévu { $from }–{ $to }
timeline-tip-ran = réel { $from }–{ $to }
timeline-tip-ran-over = réel { $from }–{ $to }, { $over } de dépassement
timeline-tip-paused = en pause { $paused }
n-sessions = { $total } sessions
n-of-total-sessions-match = { $n ->
    [one] { $n } session sur { $total } correspond
   *[other] { $n } sessions sur { $total } correspondent
}
this-window-speaks = Langue de cette fenêtre
as-the-desktop = comme le bureau ({ $language })
this-window-speaks-hint = La langue de cette fenêtre, des boutons de la télécommande et des messages de chairtime. Les écrans de l’intervenant ont la leur (Langue de l’intervenant).
command-start = Démarrer
command-pause = Pause
command-resume = Reprendre
command-next = Suivant
command-back = Précédent
command-extend = Prolonger
command-trim = Raccourcir
command-skip = Sauter
command-unskip = Rétablir
command-goto = Aller à
command-move = Déplacer
command-correct = Rectifier
command-set-length = Fixer la durée
command-catch-up = Appliquer le rattrapage
command-show-message = Message
command-hide-message = Masquer le message
command-blackout = Écran noir
command-finish = Terminer
command-rehearse = Répéter
command-replan = Recharger le programme
command-record = Enregistrement vidéo
command-record-at = Rectifier l’heure de l’enregistrement
command-refused = { $command } : { $why }
message-cleared = Message retiré du projecteur au début de l’exposé suivant : « { $message } » était destiné à l’intervenant précédent. Les Paramètres permettent de garder les messages à l’écran d’un exposé à l’autre.
date-long = { $weekday } { $day } { $month } { $year }
date-medium = { $weekday } { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month }
weekday-long = { $n ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
}
weekday-short = { $n ->
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
    [6] sam.
   *[7] dim.
}
month-long = { $n ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
month-short = { $n ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
off-day = Ce programme est prévu pour le { $date } ; il se déroule aujourd’hui à ses propres horaires. { $how } ; chairtime --date { $iso } conserve sa date.
rehearse-in-the-window = Répéter (Shift+R) le fait plutôt commencer au moment où vous appuyez sur Démarrer
rehearse-with-the-option = Lancé avec --rehearse, il commence plutôt au moment où l’on appuie sur Démarrer
example-still-unchanged = La session d’exemple fournie ({ $title }) est toujours { $state ->
    [finished] terminée
    [running] en cours
   *[open] ouverte
 }, inchangée ; votre programme n’est pas ouvert.
session-still-unchanged = La session { $title } est toujours { $state ->
    [finished] terminée
    [running] en cours
   *[open] ouverte
 }, inchangée.
did-not-open = Impossible d’ouvrir { $name }. { $still } Le problème : { $why }
journal-records-another-session = { $file } enregistre une autre session ; un nouveau journal est commencé à côté.
new-journal-beside-it = { $why } ; un nouveau journal est commencé à côté.
cannot-write-the-journal-at = Impossible d’écrire le journal dans { $file } : { $why }. Choisissez un autre dossier.
resumed-from = Reprise depuis { $file }
another-chairtime-records-who = Un autre chairtime ({ $who }) enregistre cette session, dans { $file }.
another-chairtime-records = Un autre chairtime enregistre cette session, dans { $file }.
could-not-be-continued-goes-on-in = { $file } n’a pas pu être poursuivi ({ $why }) ; le déroulement continue dans { $target }, avec tout ce qui a été enregistré jusqu’ici.
could-not-continue-or-start = Impossible de poursuivre { $file } ({ $why }) ou de commencer un nouveau journal { $target } ({ $why2 }). Choisissez Repartir de zéro, ou libérez de l’espace disque et réessayez.
read-only-follows = Lecture seule : { $why } Rien de ce qui est fait dans cette fenêtre n’est enregistré ; elle suit l’autre.
recording-to = Enregistrement dans { $file }
cannot-write-a-journal-in = Impossible d’écrire un journal dans { $folder } : { $why }
nothing-to-reload = Cette session n’a pas été ouverte depuis un fichier : il n’y a rien à recharger.
cannot-reload-the-schedule = Impossible de recharger le programme : { $why }
no-changes-for-this-session = Le fichier du programme ne contient aucune modification pour cette session.
schedule-reloaded = Programme rechargé : { $changes }.
changes-not-taken = Les modifications du fichier du programme n’ont pas été appliquées : { $why }
choose-another-journal-folder = { $why }. Choisissez un autre dossier pour le journal.
export-failed = Échec de l’export : { $file } : { $why }
saved-to = Export terminé : { $what } dans { $files }
saved-to-note = Export terminé : { $what } dans { $files } ({ $note })
no-network-found = Aucun réseau trouvé : les liens ne fonctionnent que sur cet ordinateur portable. Rejoignez le réseau de la salle (ou le partage de connexion de votre téléphone) et partagez de nouveau.
share-failed-projector-works = { $why }. La fenêtre du projecteur fonctionne normalement.
remote-no-session-yet = Aucune session n’est encore ouverte : la présidence de séance en choisit une
the-speaker-reads-language = Langue de l’intervenant : { $language }
applied-but-not-recorded = { $command } : appliqué, mais impossible de l’enregistrer ; voir la fenêtre de la présidence de séance
reload-nothing-on-offer = Recharger : aucun programme modifié n’est proposé
schedule-reloaded-short = Programme rechargé
sharing-again-same-links = Nouveau partage avec les mêmes liens qu’avant le redémarrage : la page de l’intervenant et votre télécommande se reconnectent d’elles-mêmes.
sharing-again-port-taken = Nouveau partage, mais le port { $port } est désormais pris, les liens ont donc changé (port { $now }) : ouvrez Partager… (L) et donnez les nouveaux liens aux appareils.
shared-before-the-restart = La session était partagée avant le redémarrage. { $why }.
links-not-kept = Les liens n’ont pas pu être conservés en vue d’un redémarrage ({ $why }) : si chairtime s’arrête, partagez de nouveau et donnez les nouveaux liens aux appareils.
remote-alerts = Demande votre attention
remote-timer = Minuteur
remote-back = ◀ Précédent
remote-next = Suivant ▶
remote-hide-message = Masquer le message
remote-from-chairtime = De la part de chairtime
remote-own-message = Votre propre message
remote-message-label = Message à l’intervenant (200 caractères au plus)
remote-now-and-next = En cours et à suivre
remote-arabic-link-only = العربية (lien intervenant uniquement)
remote-note = Cette page mène la session. Ne partagez pas son lien.
remote-blackout-on = Écran noir activé
remote-message-flag = Message : { $message }
remote-ends = Fin estimée à { $time }
remote-show-screen = Rétablir l’écran
remote-done = Fait
remote-not-possible = Impossible pour l’instant : { $why }
remote-refused = refusé
remote-not-sent-revoked = Non envoyé : ce lien ne fonctionne plus
remote-no-answer = chairtime n’a pas répondu ; réessayez
remote-not-sent = Non envoyé : { $why }
remote-not-sent-offline = Non envoyé : pas de connexion à chairtime
remote-type-first = Saisissez d’abord un message
cannot-publish-this-room = Impossible de publier cette salle sur le bus de la conférence : { $why }
on-the-conference-bus-as = Sur le bus de la conférence en tant que { $topics }.
back-on-the-conference-bus = De retour sur le bus de la conférence ({ $host }) : ce qu’il a manqué est en cours d’envoi.
broker-refuses-login-check = Le broker de la conférence refuse l’accès à cette salle : { $why }. La salle continue et son journal est conservé ici ; vérifiez le nom d’utilisateur et le mot de passe fournis (--bus-credentials, ou le fichier d’identifiants dans les Paramètres), ou demandez aux organisateurs.
broker-refuses-login-give = Le broker de la conférence refuse l’accès à cette salle : { $why }. La salle continue et son journal est conservé ici ; ce broker demande un nom d’utilisateur et un mot de passe : donnez-les avec --bus-credentials FILE, ou comme fichier d’identifiants dans les Paramètres.
not-reaching-the-conference-broker = Broker de la conférence injoignable ({ $why }) ; la salle continue, et son journal sera envoyé quand le broker sera de retour.
broker-refuses-topic = Le broker de la conférence refuse le journal de cette salle sur { $topic }. Rien n’est perdu : le journal est sur cet ordinateur portable et sera envoyé dès que les organisateurs autoriseront cette salle à écrire sur ses topics.
session-finished-not-followed = Cette session est terminée : son programme n’est plus suivi.
asking-for-the-latest-version = Demande de la dernière version du programme à { $host }…
schedule-not-changed-since = Le programme n’a pas changé depuis la { $version }.
the-copy-in-use = copie en service
version-fetched-at = { $version }, téléchargée à { $time }
host-answers-again = { $host } répond de nouveau ; les modifications du programme sont vérifiées comme avant.
could-not-check-asks-every = Impossible de vérifier si le programme a changé : { $why } La session continue sur la { $version }, inchangée. chairtime redemande toutes les { $every }.
could-not-check-reload-asks = Impossible de vérifier si le programme a changé : { $why } La session continue sur la { $version }, inchangée. Recharger (Ctrl+R) redemande.
new-schedule-not-kept = Le nouveau programme n’a pas pu être conservé pour un démarrage sans réseau : { $why }
this-room = cette salle
room-vanished-from-schedule = Le programme ({ $version }) n’a plus de session dans { $room } le { $day } : la salle a peut-être été déplacée ou renommée. Cette session continue sur la { $runs_on }, inchangée. Demandez aux organisateurs ; pour suivre le nouveau programme, rouvrez son URL et choisissez la session (Ouvrir une URL… dans la fenêtre ; pour une salle sans fenêtre : relancez-la avec le nouveau --room).
new-schedule-unusable = Le programme ({ $version }) n’a pas pu être utilisé : { $why } Cette session continue sur la { $runs_on }, inchangée.
the-copy-version = copie { $version }
version-n = version { $version }
every-minutes = { $n } min
every-seconds = { $n } s
on-plan = dans les temps
behind = { $by } de retard
ahead = { $by } d’avance
session-not-started = pas commencée
session-state-finished = terminée
pace-over-the-hard-end = { $pace }, au-delà de la fin impérative
break-due = attendue, { $over }
break-in-chair = dans { $time }
hard-end-over = { $time }, { $over } de dépassement à ce rythme
hard-end-nothing-to-spare = { $time }, sans aucune marge
hard-end-to-spare = { $time }, { $spare } de marge
cannot-be-recovered = Impossible de rattraper { $left } sans ramener des interventions sous { $floor } % de leur durée
cli-at-expected-a-time = --at { $text } : une heure est attendue, comme 15:30 ou 15:30:20, ou un horodatage complet comme 2019-09-11T15:30:00+01:00
cli-at-skipped-time = --at { $text } : cette heure n’existe pas autour du { $date } dans le fuseau { $zone } (les horloges la sautent au changement d’heure)
cli-standard-input = entrée standard
cli-standard-input-name = (entrée standard)
cli-cannot-read = { $name } : impossible de lire { $what ->
    [schedule] le programme
    [journal] le journal
    [action-script] le script d’actions
    [running-order] l’ordre de passage
    [session] la session
    [report] le rapport
   *[file] le fichier
 } : { $why }
cli-cannot-write = { $file } : impossible d’écrire { $what ->
    [schedule] le programme
    [journal] le journal
    [action-script] le script d’actions
    [running-order] l’ordre de passage
    [session] la session
    [report] le rapport
   *[file] le fichier
 } : { $why }
cli-warning = { $name } : avertissement : { $warning }
cli-expected-a-date = une date comme 2019-09-11 est attendue, pas « { $found } »
cli-did-you-mean = « { $first } » n’est ni un fichier ni une commande ; vouliez-vous dire `chairtime { $word }` ? (chairtime --help liste les commandes)
cli-bus-options-need-publish = --bus-credentials et --bus-ca vont avec --publish (ou avec wall et collect)
cli-same-as-fetched-before = { $name } : identique à la copie téléchargée précédemment (vérifié à l’instant)
cli-no-changes-for = { $name } : aucune modification pour { $room } depuis la { $version } (téléchargée le { $fetched })
cli-no-changes = { $name } : aucune modification depuis la { $version } (téléchargée le { $fetched })
cli-changes-since = { $name } : { $count ->
    [one] { $count } modification
   *[other] { $count } modifications
 } depuis la { $version } (téléchargée le { $fetched }) :
cli-cannot-compare = { $name } : impossible de comparer avec la copie téléchargée précédemment : { $why }
cli-wrote = écrit : { $file }
cli-one-session-file = { $name } : un fichier de session chairtime contient une seule session ; `chairtime check { $name }` l’affiche
cli-wrote-session = écrit : { $file } ({ $slots ->
    [one] { $slots } intervention
   *[other] { $slots } interventions
 }, { $breaks ->
    [one] { $breaks } pause
   *[other] { $breaks } pauses
 })
cli-already-exists = { $file } : existe déjà ; ajoutez --force pour le remplacer
status-now = Heure
status-rehearsal = RÉPÉTITION
status-speaker = Intervenant
status-item = Élément
status-phase = Phase
status-remaining = Restant
status-starts = Début
status-schedule = Horaire
status-projected = Projection
status-break = Pause
status-hard-end = Fin impérative
status-next = Ensuite
status-catch-up = Rattrapage
status-message = Message
status-stale = Périmé
status-stale-text = la dernière entrée du journal date de { $last }, il y a { $ago }, et la session devait se terminer à { $end } : personne n’a appuyé sur Terminer, ou l’ordinateur portable s’est arrêté. Les chiffres ci-dessus sont comptés jusqu’à maintenant ; `chairtime report` donne la session telle qu’elle était à sa dernière entrée.
status-rehearsal-not-started = Démarrer fera commencer le plan à ce moment-là
status-rehearsal-own-times = le plan suit ses propres horaires
status-rehearsal-moved = le plan a été décalé pour commencer à { $start } (le fichier indique { $file })
status-item-of = { $n } sur { $count } : { $title }
status-over = { $over } de dépassement
status-remaining-text = { $phase } pour la phase, { $slot } pour l’intervention
status-remaining-paused = { $phase } pour la phase, { $slot } pour l’intervention (en pause)
status-starts-in = { $time } (dans { $until })
status-projected-end = fin { $time } (prévue { $planned })
status-no-slot-left-to-trim = plus aucune intervention à raccourcir : { $why }
cli-script-not-utf8 = { $name } : le script d’actions n’est pas du texte UTF-8
cli-speed-positive = --speed doit être un nombre positif, pas { $speed }
cli-journal-exists = { $file } : impossible de créer le journal : un fichier existe déjà à cet endroit
cli-cannot-create-journal = { $file } : impossible de créer le journal : { $why }
cli-journal-at = journal : { $file }
cli-not-applied = { $script }:{ $line } : { $command } n’a pas été appliqué : { $why }
cli-broker-not-acknowledged = le broker n’a pas encore accusé réception de tout le journal : il sera envoyé quand cette salle publiera de nouveau
cli-warning-bare = avertissement : { $warning }
check-start = début
check-length = durée
check-phases = phases
check-title-speakers = titre — intervenants
check-things-to-look-at = { $count ->
    [one] { $count } point à examiner
   *[other] { $count } points à examiner
 }
check-room = Salle
check-date = Date
check-time-zone = Fuseau horaire
check-nothing-to-spare = aucune marge
check-short = il manque { $by }
check-to-spare = { $by } de marge
check-hard-end = fin impérative { $time } ({ $spare })
check-no-hard-end = pas de fin impérative
check-planned-items-run-until = { $planned }, les éléments vont jusqu’à { $until }, { $hard }
check-planned = Prévu
check-items = Éléments
check-slots-breaks = { $slots ->
    [one] { $slots } intervention
   *[other] { $slots } interventions
 }, { $breaks ->
    [one] { $breaks } pause
   *[other] { $breaks } pauses
 }
check-chairs = Présidence
check-running-order-title = { $title } — ordre de passage
check-html-start = Début
check-html-length = Durée
check-html-talk = Exposé
check-html-notes = Notes
check-break = pause
headless-remote-qr = La télécommande, pour l’appareil photo de votre téléphone :
headless-cannot-watch-stop = impossible de surveiller une demande d’arrêt ({ $why }) ; un kill l’arrête aussitôt
headless-recording-to = enregistrement dans { $file }
headless-schedule-changed = { $source ->
    [url] Le programme à son URL
   *[file] Le fichier du programme
 } a changé : { $changes }. La salle garde son plan jusqu’à ce que vous appuyiez sur Recharger le programme sur la télécommande.
headless-stopped = arrêté ; le journal est { $file }
headless-locked = { $why } Arrêtez-le d’abord (il ferme son journal), ou donnez un autre fichier à --journal.
headless-did-not-start = la salle n’a pas démarré : elle ne peut pas enregistrer son journal (choisissez-en un autre avec --journal)
headless-attention = attention : { $notice }
sharing-again-after-restart = Nouveau partage après le redémarrage.
wall-qr = Le mur, pour les téléphones des organisateurs :
cli-port-needs-share = --port est le port sur lequel partager : ajoutez --share (ou --headless)
cli-cannot-write-json = { $name } : impossible d’écrire le JSON : { $why }
cli-list-needs-a-file = --list a besoin d’un fichier de programme (la session fournie n’est qu’une session)
cli-collector-cannot-watch = impossible de surveiller Ctrl+C ({ $why }) ; un kill arrête la collecte
cli-collector-stopped = arrêté ; les journaux sont dans { $folder }
cli-broker-plain-mqtt = le broker intégré parle MQTT sans chiffrement : donnez un lien mqtt:// avec --broker
cli-broker-could-not-start = le broker n’a pas pu démarrer : { $why }
cli-this-computer = CET-ORDINATEUR
cli-broker-running = Broker en marche. Les salles publient avec : --publish { $link }
cannot-check-for-another-window = impossible de vérifier s’il y a une autre fenêtre chairtime ({ $why }) ; démarrage quand même
cannot-open-a-window = impossible d’ouvrir une fenêtre : { $why }
cannot-open-the-wall-window = impossible d’ouvrir la fenêtre du mur : { $why }
chairtime-session-files = Session chairtime
all-files = Tous les fichiers
no-room-for-projector = Un seul écran, et cette fenêtre le remplit : la fenêtre du projecteur couvrirait votre minuteur, elle ne s’est donc pas ouverte. Appuyez sur P pour l’ouvrir quand même, réduisez cette fenêtre puis appuyez sur P, ou branchez le projecteur comme second écran (dans les paramètres d’affichage, « Joindre les écrans » ou « Étendre », pas « Miroir » : un projecteur en miroir montre cette fenêtre telle quelle). Partager… (L) met plutôt le minuteur sur l’ordinateur portable de l’intervenant ou sur une tablette.
cli-wall-needs-a-screen = le mur est une fenêtre et a besoin d’un écran, or cette session n’en a pas (ni DISPLAY ni WAYLAND_DISPLAY). Sur un ordinateur sans écran, faites tourner le broker de la conférence avec Mosquitto (docs/conference.md).
report-title = { $title } — minutages réels
report-rehearsal-title = { $title } — minutages de RÉPÉTITION
report-a-rehearsal = Une répétition, pas la session elle-même.
report-a-rehearsal-moved-later = Une répétition, pas la session elle-même : le plan a été repoussé de { $by } pour commencer au moment de l’appui sur Démarrer.
report-a-rehearsal-moved-earlier = Une répétition, pas la session elle-même : le plan a été avancé de { $by } pour commencer au moment de l’appui sur Démarrer.
report-col-planned = Prévu
report-col-actual = Réel
report-col-planned-length = Durée prévue
report-col-actual-length = Durée réelle
report-col-over-plan = Écart au plan
report-col-given = Accordé
report-col-used = Utilisé
report-col-speaker-over = Écart intervenant
report-col-title = Titre
report-col-speakers = Intervenants
report-col-notes = Notes
report-skipped = sauté
report-running = en cours
report-columns-legend = { $over } compare l’heure réelle au plan publié, pauses comprises. { $given } est le temps accordé à l’intervenant : la durée prévue, modifiée par toute replanification avant le passage de l’élément et par toute prolongation ou réduction pendant son déroulement. { $used } est le temps pendant lequel son horloge a tourné, hors pauses. { $speaker } est { $used } moins { $given }.
report-biggest-overruns-by-speakers = Plus gros dépassements des intervenants
report-no-speaker-went-over = Aucun intervenant n’a dépassé le temps qui lui était accordé.
report-speaker-overrun = { $title } — { $over } de dépassement (temps accordé : { $given })
report-schedule-changes = Modifications du programme pendant la session
report-no-change = aucune modification
report-schedule-reloaded = { $time } programme rechargé : { $what }.
report-schedule-reloaded-from = { $time } programme rechargé depuis { $from } : { $what }.
report-messages-shown = Messages affichés aux intervenants
report-re-planned = replanifié { $from } → { $to }
report-paused = en pause { $paused }
report-start-corrected = début rectifié
report-skipped-while-running = sauté pendant son passage
report-still-running = toujours en cours
report-extended = prolongé de { $by }
report-trimmed = raccourci de { $by }
report-totals = Totaux
report-started = Début à { $time } (prévu à { $planned }, { $by }).
report-ended = Fin à { $time } (fin prévue à { $planned }, { $by }).
report-not-finished = Non terminée : comptée jusqu’à { $time } (fin prévue à { $planned }).
report-not-started = La session n’a pas commencé.
report-schedule-at = Horaire à { $time } : **{ $pace }** — le chiffre que donne `chairtime status` pour ce moment.
report-skipped-list = Éléments sautés : { $items }.
report-not-run-list = Éléments non passés : { $items }.
report-still-to-come-list = Encore à venir : { $items }.
report-why-the-schedule-moved = Pourquoi le programme s’est décalé
report-why-intro = De combien chaque cause a décalé la session par rapport à son plan, à la seconde près ; ensemble, elles donnent le total ci-dessus ({ $total }).
report-not-started-yet = Pas encore commencée
report-late-start = Début tardif
report-early-start = Début anticipé
report-pauses = Mises en pause
report-lengths-re-planned = Durées replanifiées avant leur passage
report-extensions-and-trims = Prolongations et réductions en cours de passage
report-skipped-while-running-left = { $title } (sauté pendant son passage, il lui restait { $left })
report-skipped-or-not-run = Éléments sautés ou non passés
report-speakers-over-or-under = Intervenants au-delà ou en deçà du temps accordé
report-no-slot-ended = aucune intervention n’est encore terminée
report-all-slots-kept-time = { $n ->
    [one] { $n } intervention passée, qui a tenu exactement son temps
   *[other] les { $n } interventions passées ont toutes tenu exactement leur temps
 }
report-slots-over-under = sur les { $n } interventions passées : dépassement pour { $over }, fin en avance pour { $under }
report-break-longer = { $title } : { $by } de plus
report-break-shorter = { $title } : { $by } de moins
report-breaks-longer-or-shorter = Pauses plus longues ou plus courtes que prévu
report-time-between-items = Temps entre les éléments (trous dans le plan, attente)
report-page-rehearsal-title = { $title } — minutages de répétition
report-timeline = Chronologie
report-item-by-item = Élément par élément
report-key-planned = prévu
report-key-ran-slot = réel (intervention)
report-key-ran-break = réel (pause)
report-key-paused = en pause
report-key-over = au-delà de sa durée prévue
report-key-message = message à l’intervenant
report-key-now = maintenant / fin prévue
report-bar-ran = { $title } : réel { $from }–{ $to }{ $running ->
    [yes] { " " }(toujours en cours)
   *[no] {""}
 }
report-not-run = non passé
conf-unfinished-at = inachevée à { $time }, { $pace }
conf-unfinished-at-time = inachevée à { $time }
conf-not-held = { $pace }, { $count ->
    [one] { $count } élément non passé
   *[other] { $count } éléments non passés
 }
conf-same-session-twice = { $a } et { $b } sont des journaux de la même session ({ $session }) : enregistrée sur deux ordinateurs portables, ou une répétition à côté du vrai déroulement ? Donnez-en un seul, sinon ils seraient comptés deux fois
conf-format-one-session = --format { $format } décrit une seule session ; pour plusieurs journaux, utilisez html, csv ou md (ou faites le rapport de chaque journal séparément)
conf-col-day = Jour
conf-col-room = Salle
conf-col-session = Session
conf-col-items-run = Éléments passés
conf-col-late = En retard
conf-col-paused = En pause
conf-col-at-the-end = À la fin
conf-col-started = Début
conf-col-ended = Fin
conf-the-conference = La conférence
conf-biggest-overruns = Plus gros dépassements
conf-overrun-line = { $title } ({ $place }) — { $over } au-delà du plan
conf-items-run-late = { $run ->
    [one] { $run } élément passé
   *[other] { $run } éléments passés
 }, dont { $late } en retard (commencé une minute ou plus après l’heure prévue).
conf-over-plan-paused = { $over } au-delà du plan au total ; { $paused } en pause.
conf-where = { $sessions } sessions dans { $rooms ->
    [one] { $rooms } salle
   *[other] { $rooms } salles
 } sur { $days ->
    [one] { $days } jour
   *[other] { $days } jours
 }
conf-room-by-room = Salle par salle
conf-day-chart-label = { $rooms ->
    [one] { $rooms } salle
   *[other] { $rooms } salles
 } le { $day }, prévu face au réel
format-csv = les minutages en CSV
format-json = le rapport complet en JSON
format-md = le rapport Markdown
format-chapters = les chapitres vidéo
format-html = la page de rapport
format-cuts = les points de coupe
format-frab-xml = le programme tel qu’il s’est déroulé (frab XML)
format-frab-json = le programme tel qu’il s’est déroulé (frab JSON)
format-sreview = les corrections pour SReview
format-no-recording-marked = aucun enregistrement n’a été marqué : les heures partent du début réel de la session (marquez les enregistrements avec V dans la fenêtre, ou `record start` dans un script)
open-running = Inachevée : toujours en cours à { $at }, au moment où ceci a été produit.
open-journal-ends = Inachevée : le journal s’arrête à { $at } (personne n’a appuyé sur Terminer, ou l’ordinateur portable s’est arrêté) ; l’élément alors en cours est compté jusqu’à ce moment.
open-as-asked = À { $at }, comme demandé : la session était encore en cours à ce moment-là.
cli-exists-use-force = { $file } existe ; utilisez --force pour le remplacer
chapters-not-stopped = non arrêté
chapters-recording = Enregistrement { $n } ({ $from }–{ $to }) :
chapters-before-the-session = Avant la session
chapters-rehearsal = (répétition) { $title }
report-timeline-label = Chronologie de la séance, prévu et réel
candidate-events = { $count ->
    [one] événement
   *[other] événements
}
quoted = « { $title } »
change-renamed = { $old } s’appelle désormais { $new }
change-speakers = { $talk } : intervenants désormais { $speakers }
change-length = { $talk } : { $new } au lieu de { $old }
change-start = { $talk } : désormais à { $new } au lieu de { $old }
change-room-length-dropped = { $talk } : la durée fixée dans la salle ne convient plus ; la durée du fichier s’applique
change-added = ajout de { $talk } à { $time } ({ $length })
change-gone-but-ran = { $talk } ne figure plus au programme, mais { $state ->
    [running] est en cours
   *[ran] a déjà eu lieu
} et reste dans le rapport
change-removed = retrait de { $talk }
change-order = le fichier a changé l’ordre des éléments encore à venir
refuse-no-items = le nouveau programme ne contient aucun élément
refuse-a-recording-cannot-be-marked = un enregistrement ne peut pas être marqué dans le futur
refuse-a-recording-is-already-running = un enregistrement est déjà en cours ; arrêtez-le d’abord
refuse-a-recording-cannot-start-before = un enregistrement ne peut pas démarrer avant l’arrêt du précédent
refuse-no-recording-is-running = aucun enregistrement n’est en cours
refuse-a-recording-cannot-stop-before = un enregistrement ne peut pas s’arrêter avant d’avoir démarré
refuse-no-message-is-shown = aucun message n’est affiché
refuse-the-speaker-s-screens-are = les écrans de l’intervenant sont déjà au noir
refuse-the-speaker-s-screens-already = les écrans de l’intervenant affichent déjà le minuteur
refuse-the-session-has-already-started = la session a déjà commencé ; une répétition se choisit avant d’appuyer sur Démarrer
refuse-this-run-is-already-a = ce déroulement est déjà une répétition
refuse-the-session-has-already-started-2 = la session a déjà commencé
refuse-every-item-is-skipped-unskip = tous les éléments sont sautés ; rétablissez-en un pour démarrer
refuse-nothing-is-running = rien n’est en cours
refuse-already-paused = déjà en pause
refuse-not-paused = pas en pause
refuse-there-is-nothing-to-go = il n’y a rien à rouvrir
refuse-item-not-in-the-running = élément absent du déroulé
refuse-the-last-item-ended = la fin du dernier élément passé
refuse-the-previous-item-s-last = le début de la dernière phase de l’élément précédent
refuse-the-previous-phase-started = le début de la phase précédente
refuse-that-is-after-a-pause = cela tombe après le début d’une pause dans cette phase
refuse-nothing-to-catch-up-the = rien à rattraper : la session est dans les temps, ou aucun exposé à venir ne peut être raccourci
refuse-no-such-item = il n’y a pas d’élément { $n } ; la session en compte { $count }
refuse-not-upcoming = « { $talk } » n’est pas à venir
refuse-no-recording-marked = aucun enregistrement n’a été marqué
refuse-there-are-recordings = { $count ->
    [one] il n’y a que l’enregistrement { $count }
   *[other] il n’y a que les enregistrements 1 à { $count }
}
refuse-recording-out-of-order = l’enregistrement { $n } ne serait plus dans l’ordre par rapport à ses voisins
refuse-recording-not-stopped = l’enregistrement { $n } n’est pas encore arrêté
refuse-cannot-be-used = le nouveau programme est inutilisable : { $why }
refuse-extension-range = une prolongation ou une réduction doit être comprise entre 1 seconde et 4 heures, pas { $seconds } s
refuse-not-skipped-before = « { $talk } » n’a pas été sauté avant son début
refuse-place-not-to-come = la place { $place } n’est pas parmi les exposés encore à venir (places { $from }–{ $to }) : impossible de devancer des exposés déjà passés
refuse-correction-range = une correction doit remonter de 0 seconde à 4 heures dans le passé, pas { $seconds } s
refuse-before = la phase commencerait alors avant { $what }, qui ne remonte qu’à { $seconds } s
refuse-shortening = raccourcir « { $talk } » laisserait moins d’une minute à sa phase { $phase }
refuse-length-range = une durée doit être comprise entre 1 seconde et 24 heures, pas { $seconds } s
refuse-trim-positive = une réduction doit être positive, pas { $seconds } s
