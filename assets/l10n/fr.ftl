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
