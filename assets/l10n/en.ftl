# What the speaker reads: the projector window, the speaker page, the messages' presets.
# One file per language (docs/l10n.md); English is the reference every other file is checked
# against, and the fallback for a message a language lacks.

## The state word, beside the state's shape and colour.
state-not-started = NOT STARTED
state-on-time = ON TIME
state-warning = WARNING
state-wrap-up = WRAP UP
state-time-is-up = TIME IS UP
state-paused = PAUSED
state-break = BREAK
state-finished = FINISHED

## Lines around the big figure. $time is a time of day (15:04) or a countdown (12:30).
next = Next: { $talk }
first = First: { $talk }
session-ended = Session ended { $time }
session-ends = Session ends { $time }
break-back-at = { $break } — back at { $time }
phase-paused = { $phase } (paused)
slot-of = Slot { $n } of { $count }
session-finished = Session finished — thank you
rehearsal-waiting = Rehearsal — starts when the chair is ready
starts-at = Starts at { $time }
rehearsal = REHEARSAL
break-in = Break in { $time }
left-in-slot = { $time } left in this slot
over-slot = { $time } over this slot
no-session = No session open

## The speaker page's connection.
connecting = Connecting…
connection-lost = Connection lost — last known time
link-revoked = This link no longer works — ask the chair for the current link

## The chair's ready-made messages to the speaker.
preset-five-minutes = 5 minutes left
preset-wrap-up = Please wrap up
preset-questions = Time for questions
preset-microphone = Please use the microphone

## chairtime's own names for the phases of an imported talk (a session file's own names are not translated).
phase-intro = Intro slides
phase-discussion = Discussion
phase-talk = Talk
