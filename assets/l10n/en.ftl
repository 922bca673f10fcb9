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

### The chair's side: the window, the remote page's own words, the command line. The languages
### the chair's side speaks (every one but the right-to-left ones: the window cannot shape them)
### have every message below; the others fall back to English here.

nothing-runs-and-nothing-is = Nothing runs and nothing is recorded until you choose a schedule to run (Open…, Ctrl+O) or the example session. The projector shows the time of day meanwhile.
example = EXAMPLE
the-bundled-example-session-to = The bundled example session, to try chairtime out: open your own schedule with Open… (Ctrl+O)
a-trial-run-the-journal = A trial run: the journal and every export say so
open = Open…
open-url = Open URL…
reload = Reload
export = Export…
projector = Projector
full-screen = Full screen
share = Share…
shortcuts = Shortcuts
settings = Settings…
defaults-sound-projector-theme = Defaults, sound, projector, theme
mute = Mute
volume = Volume
volume-of-the-sound-cues = Volume of the sound cues
resume-or-start-fresh = Resume or start fresh?
choose-what-to-run = Choose what to run
nothing-is-recorded-until-you = Nothing is recorded until you choose a session
follow-read-only-or-start = Follow read-only or start another journal?
read-only = READ-ONLY
another-chairtime-runs-this-session = Another chairtime runs this session; this window follows its journal
recording = Recording
not-recording = NOT RECORDING
the-journal-cannot-be-written = The journal cannot be written: a crash would lose the timings
choose-journal-folder = Choose journal folder…
it-is-looked-at-again = It is looked at again when you press Reload (Ctrl+R).
a-newer-schedule-changes-this = A newer schedule changes this session: Reload (Ctrl+R) takes it
dismiss = Dismiss
session-finished-chair = Session finished
rehearsal-2 = Rehearsal
ready = ready
press-space-the-plan-begins = Press Space: the plan begins when you do
now = now
press-space-to-start-the = Press Space to start the first slot
start = Start
resume = Resume
pause = Pause
controls = Controls
next-chair = Next
back = Back
plus-one-min = +1 min
minus-one-min = −1 min
skip = Skip
started-10-s-earlier = Started 10 s earlier
started-10-s-later = Started 10 s later
finish = Finish
rehearse = Rehearse
a-trial-run-start-moves = a trial run: Start moves the plan to begin then
rehearsal-start-moves-the-whole = Rehearsal: Start moves the whole plan to begin when you press it.
video-recording = Video recording
mark-recording-stopped = Mark: recording stopped
mark-recording-started = Mark: recording started
not-marked-chapters-count-from = not marked: chapters count from the session's start
running = running
really-started-at = really started at
really-stopped-at = really stopped at
message-to-the-speaker = Message to the speaker
show-this-on-the-projector = Show this on the projector
message = Message
type-then-enter = Type, then Enter
show = Show
show-the-message-on-the = Show the message on the projector
hide-message = Hide message
bring-back-projector = Bring back projector
blackout = Blackout
session = Session
elapsed = Elapsed
remaining = Remaining
schedule = Schedule
projected-end = Projected end
next-break = Next break
hard-end = Hard end
none = none
slots = Slots
apply-catch-up = Apply catch-up
rundown = Rundown
up-down-select-g-go = Up/Down select · G go to · Shift+S skip · Alt+Up/Down move · , and . length
go-to = Go to
skip-unskip = Skip / unskip
move-up = Move up
move-down = Move down
planned = Planned
length = Length
state = State
actual = Actual
title = Title
speakers = Speakers
running-2 = RUNNING
upcoming = upcoming
done = done
skipped = skipped
select-this-item = Select this item
projector-on = Projector on
a-window = a window
this-window-s-screen = { " " }(this window's screen)
the-screen-the-projector-view = The screen the projector view goes to, full screen (Shift+P: the other screen)
quit-while-the-session-runs = Quit while the session runs?
the-session-is-running-quitting = The session is running: quitting now turns the projector and the speaker links dark.
every-timing-is-kept-in = Every timing is kept in the journal; opening chairtime again offers to resume it.
q-quits-esc-or-enter = Q quits; Esc or Enter keeps the session running.
keep-running = Keep running
esc-or-enter = Esc or Enter
quit = Quit
it-had-finished-resume-shows = It had finished. Resume shows it as it ended; Back (B) then reopens the last talk.
it-is-between-two-items = It is between two items.
resume-the-session = Resume the session?
resuming-continues-every-timer-as = Resuming continues every timer as if chairtime had never stopped.
the-schedule-file-has-changed = The schedule file has changed since this run began:
talks-that-already-ran-keep = Talks that already ran keep their timings either way.
enter-resumes-shift-enter-starts = Enter resumes; Shift+Enter starts fresh.
enter = Enter
resume-with-the-file-s = Resume with the file's changes
talks-not-yet-run-take = Talks not yet run take the file's titles, speakers, lengths and order
start-fresh = Start fresh
shift-enter-the-old-journal = Shift+Enter; the old journal is kept
this-session-is-open-in = This session is open in another chairtime
only-one-chairtime-can-record = Only one chairtime can record a session. Follow it here read-only, or start another journal for a separate run.
follow-read-only = Follow read-only
start-another-journal = Start another journal
a-screen-was-connected = A screen was connected
not-now = Not now
the-schedule-changed = The schedule changed
the-schedule-file-changed = The schedule file changed
talks-that-already-ran-keep-2 = Talks that already ran keep their timings.
take-the-changes = Take the changes
until-you-choose-the-running = Until you choose, the running session carries on as usual.
keep-the-running-session = Keep the running session
chairtime-could-not-open-this = chairtime could not open this schedule:
mend-the-file-and-try = Mend the file and try again, open another one, or run the bundled example session (the BPF Microconference) to try chairtime out.
try-again = Try again
read-the-same-file-again = Read the same file again
open-another-file = Open another file…
run-the-example-session = Run the example session
shortcuts-do-not-fire-while = Shortcuts do not fire while you type in a text field; Esc leaves the field.
export-actual-timings = Export actual timings
choose-a-format-a-file = Choose a format; a file dialog (or a path field) follows.
csv-one-row-per-item = CSV — one row per item
json-everything = JSON — everything
markdown-report = Markdown report
report-page-timeline-and-table = Report page — timeline and table, opens in a browser, prints
video-chapters-one-list-per = Video chapters — one list per recording marked
cut-points-each-talk-s = Cut points — each talk's in and out in each recording (CSV)
schedule-as-it-ran-frab = Schedule as it ran — frab XML for the video team's tools
schedule-as-it-ran-frab-2 = Schedule as it ran — frab JSON for the video team's tools
sreview-corrections-each-talk-s = SReview corrections — each talk's real start and end against the schedule
open-a-schedule = Open a schedule
export-to = Export to
journal-folder = Journal folder
path = Path
ok = OK
cancel = Cancel
settings-2 = Settings
filter = Filter
room-day-talk-or-speaker = room, day, talk or speaker
defaults-for-schedules-that-do = Defaults for schedules that do not set them (apply to the next file opened):
intro-slides-of-imported-talks = Intro slides of imported talks (min; 0 = one talk phase)
warning-at-seconds-left = Warning at (seconds left)
a-short-reminder-each-further = A short reminder each further minute of overtime
overtime-flashes-on-the-projector = Overtime flashes on the projector (once a second)
keep-a-message-to-the = Keep a message to the speaker on screen when the next talk begins
the-speaker-reads = The speaker reads
the-language-of-the-projector = The language of the projector, the speaker link and the message presets (docs/l10n.md)
open-the-projector-window-with = Open the projector window with the session
light-theme-for-this-window = Light theme for this window
text-size = Text size
conference-bus = Conference bus
the-organisers-wall-and-journal = The organisers' wall and journal collector: the broker link they gave you (docs/conference.md).
broker-link = Broker link
mqtt-broker-example-org-conference = mqtt://broker.example.org/conference
login-file-user-password = Login file (user:password)
certificate-authority-pem = Certificate authority (PEM)
the-system-s = the system's
stop-publishing = Stop publishing
publish = Publish
starting = Starting…
not-publishing = Not publishing.
start-pause = Start / Pause
finish-session = Finish session
recording-started-stopped = Recording started / stopped
select-previous = Select previous
select-next = Select next
go-to-selected = Go to selected
skip-unskip-selected = Skip / unskip selected
move-selected-up = Move selected up
move-selected-down = Move selected down
selected-1-min = Selected +1 min
selected-1-min-2 = Selected −1 min
projector-to-the-other-screen = Projector to the other screen
reload-schedule = Reload schedule
start-the-session-afterwards-pause = Start the session; afterwards pause or resume the clock
next-phase-from-intro-slides = Next phase (from intro slides to discussion); from the last phase, the next item
undo-the-last-next-reopen = Undo the last Next: reopen the previous phase or item
give-the-current-phase-one = Give the current phase one more minute
take-one-minute-from-the = Take one minute from the current phase
skip-the-running-item-speaker = Skip the running item (speaker absent) and start the next
correct-the-record-the-current = Correct the record: the current phase really started 10 seconds earlier
correct-the-record-the-current-2 = Correct the record: the current phase really started 10 seconds later
shorten-the-upcoming-slots-as = Shorten the upcoming slots as the catch-up plan proposes, to end on time
end-the-session-now-items = End the session now; items not run stay unrun
make-this-run-a-rehearsal = Make this run a rehearsal: Start moves the whole plan to begin when you press it, and the windows, the journal and every export say REHEARSAL
mark-that-the-video-recording = Mark that the video recording started (or stopped) now: chapters and cut points then count from each recording's start
select-the-previous-row-of = Select the previous row of the rundown
select-the-next-row-of = Select the next row of the rundown
end-the-current-item-and = End the current item and run the selected one now
skip-the-selected-upcoming-item = Skip the selected upcoming item, or put a skipped one back
move-the-selected-upcoming-item = Move the selected upcoming item one place earlier
move-the-selected-upcoming-item-2 = Move the selected upcoming item one place later
plan-one-more-minute-for = Plan one more minute for the selected upcoming item
plan-one-minute-less-for = Plan one minute less for the selected upcoming item
write-a-message-for-the = Write a message for the speaker (Enter shows it on the projector)
hide-the-message-on-the = Hide the message on the projector
blank-the-projector-or-bring = Blank the projector, or bring it back
open-or-close-the-projector = Open or close the projector window
projector-window-full-screen-on = Projector window full screen on its monitor
put-the-projector-view-full = Put the projector view full screen on the other screen (the projector), not on this one
show-the-timer-on-other = Show the timer on other devices (the speaker link) and run the session from your phone (the remote)
open-a-schedule-file = Open a schedule file
open-the-conference-s-schedule = Open the conference's schedule from its web address (pretalx, frab, Indico): kept in sync while the session runs
read-the-schedule-file-again = Read the schedule file again (or ask its URL for the latest version): talks not yet run take its new titles, speakers, lengths and order
export-the-actual-timings-csv = Export the actual timings: CSV, JSON, Markdown, the report page, video chapters, cut points or the schedule as it ran
turn-the-sound-cues-off = Turn the sound cues off or on
show-every-shortcut = Show every shortcut
share-the-timer = Share the timer
show-the-timer-on-any = Show the timer on any device in the room — a tablet on the lectern, the speaker's own laptop, a phone — and run the session from your phone.
the-devices-must-be-on = The devices must be on the same network as this laptop. Nothing is shared until you start.
start-sharing = Start sharing
speaker-link = Speaker link
open-it-on-the-screen = Open it on the screen the speaker sees. Anyone with it can watch the timer, nothing more.
copy-link = Copy link
your-remote = Your remote
for-your-own-phone-only = For your own phone only: it can run the session. Never show it on the projector.
hide-the-qr-code = Hide the QR code
show-the-qr-code = Show the QR code
if-chairtime-stops-a-crash = If chairtime stops (a crash, a flat battery), it shares again with these same links when you resume the session, until you stop sharing.
these-links-end-when-chairtime = These links end when chairtime closes: this desktop has no private runtime folder to keep them in.
new-links = New links
make-new-links-the-old = Make new links: the old ones stop working at once (every open page too)
stop-sharing = Stop sharing
stop-sharing-the-speaker-link = Stop sharing: the speaker link and the remote stop working
the-timer-is-shared-on = The timer is shared on the network; click for the links
a-schedule-s-address-starts = A schedule's address starts with https:// (or http://).
the-fetch-stopped-without-an = the fetch stopped without an answer
open-a-schedule-from-its = Open a schedule from its URL
the-address-of-the-conference = The address of the conference's schedule export: pretalx …/schedule/export/schedule.xml, frab …/public/schedule.xml, Indico …/export/timetable/ID.json or any .ics or .csv link. chairtime keeps a copy for a start without a network and looks for a new version every few minutes while the session runs.
schedule-url = Schedule URL
https-pretalx-example-org-event = https://pretalx.example.org/event/schedule/export/schedule.xml
taken-from-the-clipboard = Taken from the clipboard.
a-schedule-not-public-yet = A schedule not public yet?
api-token-pretalx-or-indico = API token (pretalx, or Indico's indp_…)
sent-to-the-schedule-s = Sent to the schedule's server only; kept until chairtime closes, never written to disk
open-2 = Open
the-file-picker-cannot-open = The file picker cannot open on this computer
the-file-dialog-could-not = The file dialog could not open here
on-plan-there-is-nothing = On plan: there is nothing to catch up.
only-one-screen-is-connected = Only one screen is connected: the projector view stays a window.
the-other-settings-given-with = The other settings given with the file (--room, --journal, --share…) were not used: close chairtime, then open the file again to use them.
no-room-has-published-yet = No room has published yet. Rooms appear here as their chairtime starts with --publish; give the conference's schedule to see every room's plan from the start.
live = live
connecting-2 = connecting…
no-chairtime = NO CHAIRTIME
offline = OFFLINE
past-the-hard-end = PAST THE HARD END
break = break
or-press-share-l-to = { " " }Or press Share… (L) to show the timer on a tablet or the speaker's laptop.
screen = screen
chairtime-was-started-again-this = chairtime was started again: this is its window (one runs at a time).
every-action-is-written-to = Every action is written to { $file }
looks-for-a-new-version-every = chairtime looks for a new version every { $every }, and when you press Reload (Ctrl+R).
from-host-version = from { $host } · { $version }
from-host = from { $host }
version-not-taken = { $version } not taken
attention = Attention: { $notice }
phase-n-of-count = { $phase } ({ $n } of { $count })
slot-left-of = Slot: { $left } left of { $length }
slot-over-its = Slot: { $over } over its { $length }
recording-running-since = Recording { $n } running since { $time }
recordings-marked = { $count ->
    [one] { $count } recording marked
   *[other] { $count } recordings marked
}
recording-n = Recording { $n }:
correct-when-recording-started = Correct when recording { $n } really started
correct-when-recording-stopped = Correct when recording { $n } really stopped
not-a-time-of-day-recording = “{ $typed }” is not a time of day such as 15:01:12; recording { $n } is unchanged.
show-this-on-the-projector-in = Show this on the projector, in { $language }: “{ $text }”
on-the-projector = On the projector: “{ $message }”
time-planned = { $time } (planned { $planned })
slots-done = { $done } of { $count } done
no-catch-up-plan = No catch-up plan: { $why }.
catch-up-plan-behind = Catch-up plan: { $behind } behind the planned end.
and-n-more = … and { $count } more
resume-it-is-at-over = It is at “{ $title }” ({ $phase }), { $over } over time.
resume-it-is-at-left = It is at “{ $title }” ({ $phase }), with { $left } left.
chairtime-found-a-run = chairtime found { $kind ->
    [finished-rehearsal] a recently finished rehearsal run
    [finished] a recently finished run
    [unfinished-rehearsal] an unfinished rehearsal run
   *[unfinished] an unfinished run
} of this session ({ $file }, last action at { $time }).
screen-connected-show-there = { $screen }: show the projector view there, full screen?
show-it-there = Show it there ({ $key })
new-schedule-version = New schedule: version { $version }
open-name-question = Open { $name }?
you-opened-with-chairtime = You opened { $file } with chairtime (from a file manager or a terminal).
opening-puts-its-session-here = { $title } { $state ->
    [running] is running
   *[changed] has changes recorded before its start
}. Opening { $name } puts its session in this window and on the projector instead. Nothing is lost: open the old schedule again later to carry on where it was.
open-name = Open { $name }
cannot-open-name = Cannot open { $name }
why-type-the-path = { $why }: type the path.
choose-the-session-to-run = Choose the session to run — { $name }
this-file-holds-a-whole-conference = This file holds a whole conference: { $total } sessions, each a room on a day. Type to find yours by room, day, talk or speaker; Up and Down move, Enter opens.
no-session-matches = No session matches “{ $filter }”.
wrap-up-at-seconds-left = “Wrap up” at (seconds left)
cannot-publish = Cannot publish: { $why }
publishing-as-connected = Publishing as { $topics }: connected, { $lines ->
    [one] 1 journal line
   *[other] { $lines } journal lines
} sent.
not-reaching-the-broker-runs-on = Not reaching the broker: { $why }. The room runs on.
sound-is-unavailable = Sound is unavailable ({ $why }); the visual cues work as usual.
speaker-link-shows-rtl = The speaker link shows { $language }; the projector window cannot write right-to-left text and stays in English: put the speaker link on the projector (Share…).
already-open-file-sent = chairtime is already open: { $file } was sent to it. Switch to that window. (One chairtime runs at a time, so the projector shows one session.)
already-open-window-comes = chairtime is already open: its window comes to the front. Switch to that window. (One chairtime runs at a time, so the projector shows one session.)
already-open-no-answer-process = The chairtime already open (process { $pid }) does not respond, so this is a second chairtime. The timings the other one recorded are safe in its journal; close it if you can.
already-open-no-answer = The chairtime already open does not respond, so this is a second chairtime. The timings the other one recorded are safe in its journal; close it if you can.
characters-without-a-font = { $count ->
    [one] 1 character of this session has no font on this computer ({ $chars }) and shows as a box: install { $packages } ({ $command }), then start chairtime again.
   *[other] { $count } characters of this session have no font on this computer ({ $chars }) and show as boxes: install { $packages } ({ $command }), then start chairtime again.
}
no-catch-up-plan-nothing-to-shorten = No catch-up plan: no talk still to come can be shortened; { $why }.
nothing-to-export-yet = No session open: there is nothing to export yet.
opened-as-well-newest-offered = { $file } was opened as well; the newest file asked is the one offered.
not-publishing-on-the-bus-set = Not publishing on the conference bus set in Settings: { $why }
schedule-could-not-be-fetched = The schedule could not be fetched: { $why }
fetching-from = Fetching from { $host }…
projector-window-title = chairtime — projector — { $session }
no-session-open = No session open
pages-and-remotes-connected = { $pages ->
    [one] 1 speaker page
   *[other] { $pages } speaker pages
} and { $remotes ->
    [one] 1 remote
   *[other] { $remotes } remotes
} connected.
shared-n-watching = Shared · { $n } watching
one-screen-found = One screen found: the projector view is a window beside this one. Connect the projector and chairtime offers to put the view there; if it is connected and shows this same picture (mirrored), switch your display settings to extend the desktop (Super+P on many laptops).
screen-was-disconnected = { $screen } was disconnected: the projector view is a window again. The session goes on.
saved-settings-unreadable = Your saved settings could not be read, so the defaults are used ({ $why }).
n-rooms = { $count ->
    [one] 1 room
   *[other] { $count } rooms
}
not-reaching-the-broker-showing-last = Not reaching the broker: { $why } — showing what came last
timeline-items-run = { $ran } of { $count } items run
timeline-skipped = { $count } skipped
timeline-over = { $count } over their planned length
timeline-now = now { $time }
timeline-planned-end = planned end { $time }
timeline-projected-end = projected end { $time } (planned { $planned })
timeline-hard-end = hard end { $time }
timeline-summary = Timeline: { $parts }
timeline-projected-planned = projected { $time } (planned { $planned })
timeline-projected = projected { $time }
timeline-tip-planned = planned { $from }–{ $to }
timeline-tip-ran = ran { $from }–{ $to }
timeline-tip-ran-over = ran { $from }–{ $to }, { $over } over plan
timeline-tip-paused = paused { $paused }
n-sessions = { $total } sessions
n-of-total-sessions-match = { $n } of { $total } sessions match
this-window-speaks = This window speaks
as-the-desktop = as the desktop ({ $language })
this-window-speaks-hint = The language of this window, the remote's buttons and chairtime's messages. The speaker's screens have their own (The speaker reads).
command-start = Start
command-pause = Pause
command-resume = Resume
command-next = Next
command-back = Back
command-extend = Extend
command-trim = Trim
command-skip = Skip
command-unskip = Unskip
command-goto = Go to
command-move = Move
command-correct = Correct
command-set-length = Set length
command-catch-up = Catch up
command-show-message = Message
command-hide-message = Hide message
command-blackout = Blackout
command-finish = Finish
command-rehearse = Rehearse
command-replan = Reload schedule
command-record = Recording
command-record-at = Correct the recording's time
command-refused = { $command }: { $why }
message-cleared = Took the message off the projector as the next talk began: “{ $message }”: it was for the speaker before. Settings can keep messages on screen across talks.
## Dates. $weekday and $month are the names below, $day the day of the month, $m the month's
## number, $year the year; the order and the punctuation are the language's.
date-long = { $weekday } { $day } { $month } { $year }
date-medium = { $weekday } { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month }
weekday-long = { $n ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
weekday-short = { $n ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
month-long = { $n ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
month-short = { $n ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
off-day = This schedule is for { $date }; it runs today at its own times. { $how }; chairtime --date { $iso } keeps its date.
rehearse-in-the-window = Rehearse (Shift+R) runs it from the moment you press Start instead
rehearse-with-the-option = Started with --rehearse, it runs from the moment Start is pressed instead
example-still-unchanged = The bundled example session ({ $title }) is still { $state ->
    [finished] finished
    [running] running
   *[open] open
}, unchanged; your schedule is not open.
session-still-unchanged = { $title } is still { $state ->
    [finished] finished
    [running] running
   *[open] open
}, unchanged.
did-not-open = { $name } did not open. { $still } What is wrong: { $why }
journal-records-another-session = { $file } records another session; a new journal is started beside it.
new-journal-beside-it = { $why }; a new journal is started beside it.
cannot-write-the-journal-at = Cannot write the journal at { $file }: { $why }. Choose another folder.
resumed-from = Resumed from { $file }
another-chairtime-records-who = Another chairtime ({ $who }) is recording this session, in { $file }.
another-chairtime-records = Another chairtime is recording this session, in { $file }.
could-not-be-continued-goes-on-in = { $file } could not be continued ({ $why }); the run goes on in { $target }, with everything recorded so far.
could-not-continue-or-start = Could not continue { $file } ({ $why }) or start a new journal { $target } ({ $why2 }). Choose Start fresh, or free some disk space and try again.
read-only-follows = Read-only: { $why } Nothing done in this window is recorded; it follows the other one.
recording-to = Recording to { $file }
cannot-write-a-journal-in = Cannot write a journal in { $folder }: { $why }
nothing-to-reload = This session was not opened from a file, so there is nothing to reload.
cannot-reload-the-schedule = Cannot reload the schedule: { $why }
no-changes-for-this-session = The schedule file has no changes for this session.
schedule-reloaded = Schedule reloaded: { $changes }.
changes-not-taken = The schedule file's changes were not taken: { $why }
choose-another-journal-folder = { $why }. Choose another folder for the journal.
export-failed = Export failed: { $file }: { $why }
saved-to = Saved { $what } to { $files }
saved-to-note = Saved { $what } to { $files } ({ $note })
no-network-found = No network found: the links work on this laptop only. Join the room's network (or your phone's hotspot) and share again.
share-failed-projector-works = { $why }. The projector window works as usual.
remote-no-session-yet = No session is open yet: the chair is choosing one
the-speaker-reads-language = The speaker reads { $language }
applied-but-not-recorded = { $command } was applied but could not be recorded; see the chair's window
reload-nothing-on-offer = Reload: no changed schedule is on offer
schedule-reloaded-short = Schedule reloaded
sharing-again-same-links = Sharing again with the same links as before the restart: the speaker's page and your remote reconnect by themselves.
sharing-again-port-taken = Sharing again, but port { $port } is taken now, so the links changed (port { $now }): open Share (L) and give the devices the new links.
shared-before-the-restart = The session was shared before the restart. { $why }.
links-not-kept = The links could not be kept for a restart ({ $why }): if chairtime stops, share again and give the devices the new links.
## The remote page's own words ({ $name }s are filled in by the page).
remote-alerts = Needs your attention
remote-timer = Timer
remote-back = ◀ Back
remote-next = Next ▶
remote-hide-message = Hide message
remote-from-chairtime = From chairtime
remote-own-message = Your own message
remote-message-label = Message to the speaker (up to 200 characters)
remote-now-and-next = Now and next
remote-arabic-link-only = العربية (speaker link only)
remote-note = This page controls the session. Do not share its link.
remote-blackout-on = Blackout on
remote-message-flag = Message: { $message }
remote-ends = Ends { $time }
remote-show-screen = Show screen
remote-done = Done
remote-not-possible = Not possible now: { $why }
remote-refused = refused
remote-not-sent-revoked = Not sent: this link no longer works
remote-no-answer = chairtime did not answer; try again
remote-not-sent = Not sent: { $why }
remote-not-sent-offline = Not sent: no connection to chairtime
remote-type-first = Type a message first
cannot-publish-this-room = Cannot publish this room on the conference bus: { $why }
on-the-conference-bus-as = On the conference bus as { $topics }.
back-on-the-conference-bus = Back on the conference bus ({ $host }): what it missed is being sent.
broker-refuses-login-check = The conference's broker does not let this room in: { $why }. The room runs on and its journal is kept here; check the user name and password given (--bus-credentials, or the login file in Settings), or ask the organisers.
broker-refuses-login-give = The conference's broker does not let this room in: { $why }. The room runs on and its journal is kept here; this broker wants a user name and password: give them with --bus-credentials FILE, or as the login file in Settings.
not-reaching-the-conference-broker = Not reaching the conference's broker ({ $why }); the room runs on, and its journal is sent when the broker is back.
broker-refuses-topic = The conference's broker refuses this room's journal on { $topic }. Nothing is lost: the journal is on this laptop and is sent once the organisers let this room write its topics.
session-finished-not-followed = This session has finished: its schedule is not followed any more.
asking-for-the-latest-version = Asking { $host } for the schedule's latest version…
schedule-not-changed-since = The schedule has not changed since { $version }.
the-copy-in-use = the copy in use
version-fetched-at = { $version }, fetched at { $time }
host-answers-again = { $host } answers again; the schedule is checked for changes as before.
could-not-check-asks-every = Could not check the schedule for changes: { $why } The session runs on { $version }, unchanged. chairtime asks again every { $every }.
could-not-check-reload-asks = Could not check the schedule for changes: { $why } The session runs on { $version }, unchanged. Reload (Ctrl+R) asks again.
new-schedule-not-kept = The new schedule could not be kept for a start without a network: { $why }
this-room = this room
room-vanished-from-schedule = The schedule's { $version } has no session in { $room } on { $day } any more: the room may have been moved or renamed. This session runs on { $runs_on }, unchanged. Ask the organisers; to follow the new schedule, open its URL again and choose the session (Open URL… in the window; a headless room: restart it with the new --room).
new-schedule-unusable = The schedule's { $version } could not be used: { $why } This session runs on { $runs_on }, unchanged.
the-copy-version = the copy { $version }
version-n = version { $version }
every-minutes = { $n } min
every-seconds = { $n } s
## How far the session is from its plan, and what is coming.
on-plan = on plan
behind = { $by } behind
ahead = { $by } ahead
session-not-started = not started
session-state-finished = finished
pace-over-the-hard-end = { $pace }, over the hard end
break-due = due, { $over }
break-in-chair = in { $time }
hard-end-over = { $time }, { $over } over at this pace
hard-end-nothing-to-spare = { $time }, nothing to spare
hard-end-to-spare = { $time }, { $spare } to spare
cannot-be-recovered = { $left } cannot be recovered without cutting slots below { $floor } %
## The command line.
cli-at-expected-a-time = --at { $text }: expected a time of day such as 15:30 or 15:30:20, or a full time such as 2019-09-11T15:30:00+01:00
cli-at-skipped-time = --at { $text }: that time does not exist around { $date } in { $zone } (the clocks skip it)
cli-standard-input = standard input
cli-standard-input-name = (standard input)
# $what: schedule, file, journal, action-script, running-order, session, report
cli-cannot-read = { $name }: cannot read the { $what ->
    [schedule] schedule
    [journal] journal
    [action-script] action script
    [running-order] running order
    [session] session
    [report] report
   *[file] file
}: { $why }
cli-cannot-write = { $file }: cannot write the { $what ->
    [schedule] schedule
    [journal] journal
    [action-script] action script
    [running-order] running order
    [session] session
    [report] report
   *[file] file
}: { $why }
cli-warning = { $name }: warning: { $warning }
cli-expected-a-date = expected a date such as 2019-09-11, found “{ $found }”
cli-did-you-mean = “{ $first }” is neither a file nor a command; did you mean `chairtime { $word }`? (chairtime --help lists the commands)
cli-bus-options-need-publish = --bus-credentials and --bus-ca go with --publish (or with wall and collect)
cli-same-as-fetched-before = { $name }: the same as the copy fetched before (checked now)
cli-no-changes-for = { $name }: no changes for { $room } since { $version } (fetched { $fetched })
cli-no-changes = { $name }: no changes since { $version } (fetched { $fetched })
cli-changes-since = { $name }: { $count ->
    [one] 1 change
   *[other] { $count } changes
} since { $version } (fetched { $fetched }):
cli-cannot-compare = { $name }: cannot compare with the copy fetched before: { $why }
cli-wrote = wrote { $file }
cli-one-session-file = { $name }: a chairtime session file holds one session; `chairtime check { $name }` prints it
cli-wrote-session = wrote { $file } ({ $slots ->
    [one] 1 slot
   *[other] { $slots } slots
}, { $breaks ->
    [one] 1 break
   *[other] { $breaks } breaks
})
cli-already-exists = { $file }: already exists; add --force to replace it
## `chairtime status`: its labels (padded to the widest) and lines.
status-now = Now
status-rehearsal = REHEARSAL
status-speaker = Speaker
status-item = Item
status-phase = Phase
status-remaining = Remaining
status-starts = Starts
status-schedule = Schedule
status-projected = Projected
status-break = Break
status-hard-end = Hard end
status-next = Next
status-catch-up = Catch up
status-message = Message
status-stale = Stale
status-stale-text = the journal's last entry is { $last }, { $ago } ago, and the session was to end by { $end }: Finish was never pressed, or the laptop stopped. The figures above count up to now; `chairtime report` gives the session as of its last entry.
status-rehearsal-not-started = Start moves the plan to begin then
status-rehearsal-own-times = the plan runs at its own times
status-rehearsal-moved = the plan moved to start at { $start } (the file says { $file })
status-item-of = { $n } of { $count }: { $title }
status-over = { $over } over
status-remaining-text = { $phase } in the phase, { $slot } in the slot
status-remaining-paused = { $phase } in the phase, { $slot } in the slot (paused)
status-starts-in = { $time } (in { $until })
status-projected-end = end { $time } (planned { $planned })
status-no-slot-left-to-trim = no slot left to trim: { $why }
cli-script-not-utf8 = { $name }: the action script is not UTF-8 text
cli-speed-positive = --speed must be a positive number, not { $speed }
cli-journal-exists = { $file }: cannot create the journal: a file is there already
cli-cannot-create-journal = { $file }: cannot create the journal: { $why }
cli-journal-at = journal: { $file }
cli-not-applied = { $script }:{ $line }: { $command } was not applied: { $why }
cli-broker-not-acknowledged = the broker has not acknowledged the whole journal yet: it is sent when this room publishes again
cli-warning-bare = warning: { $warning }
## `chairtime check`.
check-start = start
check-length = length
check-phases = phases
check-title-speakers = title — speakers
check-things-to-look-at = { $count ->
    [one] One thing to look at
   *[other] Things to look at
}
check-room = Room
check-date = Date
check-time-zone = Time zone
check-nothing-to-spare = nothing to spare
check-short = { $by } short
check-to-spare = { $by } to spare
check-hard-end = hard end { $time } ({ $spare })
check-no-hard-end = no hard end
check-planned-items-run-until = { $planned }, the items run until { $until }, { $hard }
check-planned = Planned
check-items = Items
check-slots-breaks = { $slots ->
    [one] 1 slot
   *[other] { $slots } slots
}, { $breaks ->
    [one] 1 break
   *[other] { $breaks } breaks
}
check-chairs = Chairs
check-running-order-title = { $title } — running order
check-html-start = Start
check-html-length = Length
check-html-talk = Talk
check-html-notes = Notes
check-break = break
## A room without a window (`--headless`).
headless-remote-qr = The remote, for your phone's camera:
headless-cannot-watch-stop = cannot watch for a request to stop ({ $why }); a kill ends it at once
headless-recording-to = recording to { $file }
headless-schedule-changed = { $source ->
    [url] The schedule at its URL
   *[file] The schedule file
} changed: { $changes }. The room keeps its plan until you press Reload schedule on the remote.
headless-stopped = stopped; the journal is { $file }
headless-locked = { $why } Stop it first (it closes its journal), or give --journal another file.
headless-did-not-start = the room did not start: it cannot record its journal (choose another with --journal)
headless-attention = attention: { $notice }
sharing-again-after-restart = Sharing again after the restart.
wall-qr = The wall, for the organisers' phones:
cli-port-needs-share = --port is the port to share on: give --share (or --headless) with it
cli-cannot-write-json = { $name }: cannot write JSON: { $why }
cli-list-needs-a-file = --list needs a schedule file (the bundled session is one session)
cli-collector-cannot-watch = cannot watch for Ctrl+C ({ $why }); a kill stops the collector
cli-collector-stopped = stopped; the journals are in { $folder }
cli-broker-plain-mqtt = the embedded broker speaks plain MQTT: give an mqtt:// link with --broker
cli-broker-could-not-start = the broker could not start: { $why }
cli-this-computer = THIS-COMPUTER
cli-broker-running = Broker running. Rooms publish with: --publish { $link }
cannot-check-for-another-window = cannot check for another chairtime window ({ $why }); starting anyway
cannot-open-a-window = cannot open a window: { $why }
cannot-open-the-wall-window = cannot open the wall's window: { $why }
chairtime-session-files = chairtime session
all-files = All files
no-room-for-projector = One screen, and this window fills it: the projector window would cover your timer, so it did not open. Press P to open it anyway, make this window smaller and press P, or connect the projector as a second screen (in the display settings, “Join displays” or “Extend”, not “Mirror”: a mirrored projector shows this window as it is). Share… (L) puts the timer on the speaker's laptop or a tablet instead.
cli-wall-needs-a-screen = the wall is a window and needs a screen, and this session has none (no DISPLAY or WAYLAND_DISPLAY). On a computer without a screen, run the conference's broker with Mosquitto (docs/conference.md).
## The reports (Markdown, the report page, the conference page).
report-title = { $title } — actual timings
report-rehearsal-title = { $title } — REHEARSAL timings
report-a-rehearsal = A rehearsal, not the session itself.
report-a-rehearsal-moved-later = A rehearsal, not the session itself: the plan was moved { $by } later to begin when Start was pressed.
report-a-rehearsal-moved-earlier = A rehearsal, not the session itself: the plan was moved { $by } earlier to begin when Start was pressed.
report-col-planned = Planned
report-col-actual = Actual
report-col-planned-length = Planned length
report-col-actual-length = Actual length
report-col-over-plan = Over plan
report-col-given = Given
report-col-used = Used
report-col-speaker-over = Speaker over
report-col-title = Title
report-col-speakers = Speakers
report-col-notes = Notes
report-skipped = skipped
report-running = running
report-columns-legend = { $over } compares the wall clock with the published plan, pauses included. { $given } is the time the speaker was given: the planned length, changed by any re-plan before the item ran and any extension or trim while it ran. { $used } is the time their clock ran, pauses left out. { $speaker } is { $used } minus { $given }.
report-biggest-overruns-by-speakers = Biggest overruns by speakers
report-no-speaker-went-over = No speaker went over the time they were given.
report-speaker-overrun = { $title } — { $over } over the { $given } they were given
report-schedule-changes = Schedule changes during the session
report-no-change = no change
report-schedule-reloaded = { $time } schedule reloaded: { $what }.
report-schedule-reloaded-from = { $time } schedule reloaded from { $from }: { $what }.
report-messages-shown = Messages shown to speakers
report-re-planned = re-planned { $from } → { $to }
report-paused = paused { $paused }
report-start-corrected = start corrected
report-skipped-while-running = skipped while running
report-still-running = still running
report-extended = extended { $by }
report-trimmed = trimmed { $by }
report-totals = Totals
report-started = Started { $time } (planned { $planned }, { $by }).
report-ended = Ended { $time } (planned end { $planned }, { $by }).
report-not-finished = Not finished: counted up to { $time } (planned end { $planned }).
report-not-started = The session has not started.
report-schedule-at = Schedule at { $time }: **{ $pace }** — the figure `chairtime status` gives for that moment.
report-skipped-list = Skipped: { $items }.
report-not-run-list = Not run: { $items }.
report-still-to-come-list = Still to come: { $items }.
report-why-the-schedule-moved = Why the schedule moved
report-why-intro = How far each cause moved the session against its plan, to the second; together they make the { $total } above.
report-not-started-yet = Not started yet
report-late-start = Late start
report-early-start = Early start
report-pauses = Pauses
report-lengths-re-planned = Lengths re-planned before they ran
report-extensions-and-trims = Extensions and trims while running
report-skipped-while-running-left = { $title } (skipped while running, { $left } of its time left)
report-skipped-or-not-run = Skipped or not run
report-speakers-over-or-under = Speakers over or under the time they were given
report-no-slot-ended = no slot has ended yet
report-all-slots-kept-time = all { $n } slots that ran kept exactly to their time
report-slots-over-under = of the { $n } slots that ran, { $over } went over and { $under } finished early
report-break-longer = { $title } { $by } longer
report-break-shorter = { $title } { $by } shorter
report-breaks-longer-or-shorter = Breaks longer or shorter than given
report-time-between-items = Time between items (gaps in the plan, waiting)
report-page-rehearsal-title = { $title } — rehearsal timings
report-timeline = Timeline
report-item-by-item = Item by item
report-key-planned = planned
report-key-ran-slot = ran (slot)
report-key-ran-break = ran (break)
report-key-paused = paused
report-key-over = over its planned length
report-key-message = message to the speaker
report-key-now = now / planned end
report-bar-ran = { $title } ran { $from }–{ $to }{ $running ->
    [yes] { " " }(still running)
   *[no] {""}
}
report-not-run = not run
conf-unfinished-at = unfinished at { $time }, { $pace }
conf-unfinished-at-time = unfinished at { $time }
conf-not-held = { $pace }, { $count } not held
conf-same-session-twice = { $a } and { $b } are journals of the same session ({ $session }): recorded on two laptops, or a rehearsal beside the real run? Give one of them, or they would be counted twice
conf-format-one-session = --format { $format } describes one session; for several journals use html, csv or md (or report each journal on its own)
conf-col-day = Day
conf-col-room = Room
conf-col-session = Session
conf-col-items-run = Items run
conf-col-late = Late
conf-col-paused = Paused
conf-col-at-the-end = At the end
conf-col-started = Started
conf-col-ended = Ended
conf-the-conference = The conference
conf-biggest-overruns = Biggest overruns
conf-overrun-line = { $title } ({ $place }) — { $over } over plan
conf-items-run-late = { $run } items run, { $late } of them late (started a minute or more after their planned start).
conf-over-plan-paused = { $over } over plan in all; { $paused } paused.
conf-where = { $sessions } sessions in { $rooms ->
    [one] 1 room
   *[other] { $rooms } rooms
} over { $days ->
    [one] 1 day
   *[other] { $days } days
}
conf-room-by-room = Room by room
conf-day-chart-label = { $rooms ->
    [one] 1 room
   *[other] { $rooms } rooms
} on { $day }, planned against actual
format-csv = the timings as CSV
format-json = the full report as JSON
format-md = the Markdown report
format-chapters = the video chapters
format-html = the report page
format-cuts = the cut points
format-frab-xml = the schedule as it ran (frab XML)
format-frab-json = the schedule as it ran (frab JSON)
format-sreview = the corrections for SReview
format-no-recording-marked = no recording was marked: times count from the session's actual start (mark recordings with V in the window, or `record start` in a script)
open-running = Unfinished: still running at { $at }, when this was made.
open-journal-ends = Unfinished: the journal ends at { $at } (Finish was never pressed, or the laptop stopped); the item running then is counted up to that moment.
open-as-asked = As of { $at }, as asked: the session was still running then.
cli-exists-use-force = { $file } exists; use --force to replace it
chapters-not-stopped = not stopped
chapters-recording = Recording { $n } ({ $from }–{ $to }):
chapters-before-the-session = Before the session
chapters-rehearsal = (rehearsal) { $title }
report-timeline-label = Timeline of the session, planned against actual
candidate-events = { $count ->
    [one] event
   *[other] events
}
## What changed in a reloaded schedule, talk by talk.
quoted = “{ $title }”
change-renamed = { $old } is now called { $new }
change-speakers = { $talk }: speakers now { $speakers }
change-length = { $talk }: { $new } instead of { $old }
change-start = { $talk }: planned at { $new } instead of { $old }
change-room-length-dropped = { $talk }: the length set in the room no longer fits; the file's length applies
change-added = added { $talk } at { $time } ({ $length })
change-gone-but-ran = { $talk } is no longer in the schedule; it { $state ->
    [running] is running
   *[ran] ran
} and stays in the report
change-removed = removed { $talk }
change-order = the file changed the order of the items still to come
refuse-no-items = the new schedule has no items
## Why the engine refuses a command (after "Command: ").
refuse-a-recording-cannot-be-marked = a recording cannot be marked in the future
refuse-a-recording-is-already-running = a recording is already running; stop it first
refuse-a-recording-cannot-start-before = a recording cannot start before the previous one stopped
refuse-no-recording-is-running = no recording is running
refuse-a-recording-cannot-stop-before = a recording cannot stop before it started
refuse-no-message-is-shown = no message is shown
refuse-the-speaker-s-screens-are = the speaker's screens are already blank
refuse-the-speaker-s-screens-already = the speaker's screens already show the timer
refuse-the-session-has-already-started = the session has already started; a rehearsal is chosen before Start
refuse-this-run-is-already-a = this run is already a rehearsal
refuse-the-session-has-already-started-2 = the session has already started
refuse-every-item-is-skipped-unskip = every item is skipped; unskip one to start
refuse-nothing-is-running = nothing is running
refuse-already-paused = already paused
refuse-not-paused = not paused
refuse-there-is-nothing-to-go = there is nothing to go back to
refuse-item-not-in-the-running = item not in the running order
refuse-the-last-item-ended = the last item ended
refuse-the-previous-item-s-last = the previous item's last phase started
refuse-the-previous-phase-started = the previous phase started
refuse-that-is-after-a-pause = that is after a pause in this phase began
refuse-nothing-to-catch-up-the = nothing to catch up: the session is on plan, or no talk still to come can be shortened
refuse-no-such-item = there is no item { $n }; the session has { $count }
refuse-not-upcoming = “{ $talk }” is not upcoming
refuse-no-recording-marked = no recording has been marked
refuse-there-are-recordings = { $count ->
    [one] there is only recording 1
   *[other] there are recordings 1 to { $count }
}
refuse-recording-out-of-order = that would put recording { $n } out of order with its neighbours
refuse-recording-not-stopped = recording { $n } has not stopped yet
refuse-cannot-be-used = it cannot be used: { $why }
refuse-extension-range = an extension or trim must be between 1 second and 4 hours, not { $seconds } s
refuse-not-skipped-before = “{ $talk }” was not skipped before it started
refuse-place-not-to-come = place { $place } is not among the talks still to come (places { $from }–{ $to }): talks that have run cannot be passed
refuse-correction-range = a correction must be between 0 seconds and 4 hours ago, not { $seconds } s
refuse-before = that would put it before { $what }, which was only { $seconds } s earlier
refuse-shortening = shortening “{ $talk }” would leave its { $phase } under a minute
refuse-length-range = a length must be between 1 second and 24 hours, not { $seconds } s
refuse-trim-positive = a trim must be positive, not { $seconds } s
