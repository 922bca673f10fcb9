//! The chair window: the current slot, the controls (each with its shortcut), messages, the
//! session's figures with the catch-up plan, and the rundown.

use chrono::{DateTime, TimeDelta, Utc};
use egui::{Color32, RichText, Ui};

use super::app::{ChairApp, DialogPurpose};
use super::commands::{UiCommand, shortcut_text};
use super::projector::clock_face;
use super::theme;
use crate::report::Format;
use crate::schedule::ItemKind;
use crate::schedule::duration::format_length;
use crate::timing::command::{Command, CommandKind};
use crate::timing::engine::ItemStatus;
use crate::timing::view::{View, pace};
use crate::tr;

/// A word for a command, in notices ("Pause: already paused").
pub fn command_word(c: &Command) -> String {
    c.kind().word()
}

fn signed_minutes(d: TimeDelta) -> String {
    let s = d.num_seconds();
    let m = (s + s.signum() * 30) / 60;
    match m {
        0 => "±0".to_owned(),
        m if m > 0 => format!("+{m}m"),
        m => format!("−{}m", -m),
    }
}

/// Whether a UI command can do anything now.
fn enabled(app: &ChairApp, allowed: &[CommandKind], c: UiCommand) -> bool {
    let has = |k| allowed.contains(&k);
    let engine = app.recorder().engine();
    let selected = app.ui_state().selected.and_then(|i| engine.runs().get(i).map(|r| r.status));
    match c {
        UiCommand::StartPause => {
            has(CommandKind::Start) || has(CommandKind::Pause) || has(CommandKind::Resume)
        }
        UiCommand::Next => has(CommandKind::Next),
        UiCommand::Back => has(CommandKind::Back),
        UiCommand::ExtendMinute => has(CommandKind::Extend),
        UiCommand::TrimMinute => has(CommandKind::Trim),
        UiCommand::SkipCurrent => engine.current().is_some(),
        UiCommand::StartedEarlier | UiCommand::StartedLater => has(CommandKind::Correct),
        UiCommand::CatchUp => has(CommandKind::CatchUp),
        UiCommand::Finish => has(CommandKind::Finish),
        UiCommand::Rehearse => has(CommandKind::Rehearse),
        UiCommand::GotoSelected
        | UiCommand::MoveSelectedUp
        | UiCommand::MoveSelectedDown
        | UiCommand::LongerSelected
        | UiCommand::ShorterSelected => selected == Some(ItemStatus::Upcoming),
        UiCommand::ToggleSkipSelected => matches!(selected, Some(ItemStatus::Upcoming | ItemStatus::Skipped)),
        UiCommand::HideMessage => has(CommandKind::HideMessage),
        _ => true,
    }
}

fn button(
    app: &mut ChairApp,
    ui: &mut Ui,
    allowed: &[CommandKind],
    c: UiCommand,
    label: impl Into<egui::WidgetText>,
) {
    let on = enabled(app, allowed, c);
    let key = c.shortcuts().first().map(shortcut_text).unwrap_or_default();
    let b = egui::Button::new(label).shortcut_text(key);
    if ui.add_enabled(on, b).on_hover_text(c.tooltip()).on_disabled_hover_text(c.tooltip()).clicked() {
        app.push(c);
    }
}

/// Draws the whole chair window.
pub fn draw(app: &mut ChairApp, ui: &mut Ui) {
    let now = app.now();
    let view = app.recorder().engine().view(now);
    let allowed = app.recorder().engine().allowed();
    ui.ctx().set_zoom_factor(app.settings().zoom);
    toolbar(app, ui);
    notices(app, ui);
    // While a question is open (resume?, a typed path), the rest waits for the answer.
    let free = app.room.resume.is_none()
        && app.room.locked.is_none()
        && app.ui.prompt.is_none()
        && app.ui.url_prompt.is_none()
        && app.room.picker.is_none()
        && app.room.failed.is_none();
    if app.room().is_waiting() {
        // Nothing chosen yet (a file that did not open, a conference's picker): the example
        // loaded behind is not shown as if it were the chair's session.
        egui::CentralPanel::default().frame(clear_frame(egui::Frame::central_panel(ui.style()))).show(
            ui,
            |ui| {
                ui.add_space(24.0);
                ui.label(tr!("nothing-runs-and-nothing-is"));
            },
        );
        windows(app, ui);
        super::remote::window(app, ui);
        return;
    }
    egui::Panel::left("now")
        .frame(clear_frame(egui::Frame::side_top_panel(ui.style())))
        .resizable(true)
        .default_size(430.0)
        .min_size(340.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("now-scroll").show(ui, |ui| {
                current(app, ui, &view);
                ui.separator();
                ui.add_enabled_ui(free, |ui| {
                    controls(app, ui, &allowed);
                    ui.separator();
                    messages(app, ui, &view);
                    ui.separator();
                    recording(app, ui);
                });
            });
        });
    egui::CentralPanel::default().frame(clear_frame(egui::Frame::central_panel(ui.style()))).show(ui, |ui| {
        ui.add_enabled_ui(free, |ui| {
            session_figures(app, ui, &view, &allowed);
            ui.separator();
            super::timeline::strip(app, ui, &view);
            ui.separator();
            rundown(app, ui, &view, &allowed);
        });
    });
    windows(app, ui);
    super::remote::window(app, ui);
}

/// A panel frame without its fill: the window is cleared to the panel colour before anything is
/// drawn (`ChairApp::clear_color`), and on software GL a window-sized fill is shaded pixel by
/// pixel where a clear costs about a memset (docs/PERFORMANCE.md).
fn clear_frame(frame: egui::Frame) -> egui::Frame {
    frame.fill(Color32::TRANSPARENT)
}

fn toolbar(app: &mut ChairApp, ui: &mut Ui) {
    egui::Panel::top("toolbar").frame(clear_frame(egui::Frame::side_top_panel(ui.style()))).show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let s = app.recorder().engine().session();
            let place = [s.room.as_deref(), s.conference.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            if app.room().is_waiting() {
                ui.heading(tr!("no-session-open"));
            } else {
                ui.heading(&s.title);
            }
            if app.room().is_example() && !app.room().is_waiting() {
                ui.label(RichText::new(tr!("example")).strong().color(ui.visuals().warn_fg_color))
                    .on_hover_text(tr!("the-bundled-example-session-to"));
            }
            if app.recorder().engine().rehearsal() {
                ui.label(RichText::new(tr!("rehearsal")).strong().color(ui.visuals().warn_fg_color))
                    .on_hover_text(tr!("a-trial-run-the-journal"));
            }
            if !app.room().is_waiting() {
                ui.label(format!(
                    "{place} · {} · {}",
                    crate::l10n::chair_date(s.date, crate::l10n::DateForm::Medium),
                    crate::schedule::zone::label(s.time_zone)
                ));
                url_badge(app, ui);
            }
            ui.separator();
            let allowed = Vec::new();
            for (c, label) in [
                (UiCommand::Open, tr!("open")),
                (UiCommand::OpenUrl, tr!("open-url")),
                (UiCommand::Reload, tr!("reload")),
                (UiCommand::Export, tr!("export")),
                (UiCommand::Projector, tr!("projector")),
                (UiCommand::Fullscreen, tr!("full-screen")),
                (UiCommand::Share, tr!("share")),
                (UiCommand::Help, tr!("shortcuts")),
            ] {
                button(app, ui, &allowed, c, label);
            }
            super::remote::toolbar_badge(app, ui);
            projector_screen(app, ui);
            if ui.button(tr!("settings")).on_hover_text(tr!("defaults-sound-projector-theme")).clicked() {
                app.ui.settings = !app.ui.settings;
            }
            ui.separator();
            let mut muted = app.settings.muted;
            if ui.checkbox(&mut muted, tr!("mute")).on_hover_text(UiCommand::Mute.tooltip()).changed() {
                app.settings.muted = muted;
            }
            let volume = ui.add(
                egui::Slider::new(&mut app.settings.volume, 0.0..=1.0).show_value(false).text(tr!("volume")),
            );
            volume.on_hover_text(tr!("volume-of-the-sound-cues"));
            ui.separator();
            match app.recorder().journal_path() {
                _ if app.room.resume.is_some() => {
                    ui.label(RichText::new(tr!("resume-or-start-fresh")).strong());
                }
                _ if app.room().is_waiting() => {
                    ui.label(RichText::new(tr!("choose-what-to-run")).strong())
                        .on_hover_text(tr!("nothing-is-recorded-until-you"));
                }
                _ if app.room.locked.is_some() => {
                    ui.label(RichText::new(tr!("follow-read-only-or-start")).strong());
                }
                _ if app.recorder().is_read_only() => {
                    ui.label(RichText::new(tr!("read-only")).strong())
                        .on_hover_text(tr!("another-chairtime-runs-this-session"));
                }
                Some(p) => {
                    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                    ui.painter().circle_filled(rect.center(), 5.0, Color32::from_rgb(0xe0, 0x30, 0x30));
                    ui.label(tr!("recording"))
                        .on_hover_text(tr!("every-action-is-written-to", file = p.display().to_string()));
                }
                None => {
                    let text = RichText::new(tr!("not-recording"))
                        .strong()
                        .color(Color32::WHITE)
                        .background_color(Color32::from_rgb(0xb0, 0, 0x20));
                    ui.label(text).on_hover_text(tr!("the-journal-cannot-be-written"));
                    if ui.button(tr!("choose-journal-folder")).clicked() {
                        app.open_dialog(DialogPurpose::Journal);
                    }
                }
            }
        });
    });
}

/// Where a session from a URL comes from, and which version runs.
fn url_badge(app: &ChairApp, ui: &mut Ui) {
    let Some(url) = app.room().schedule_url() else { return };
    let version =
        app.room().schedule_file().and_then(|f| f.version.as_deref()).map(crate::fetch::describe_version);
    let every = app.room().sync_settings().every.map_or_else(
        || tr!("it-is-looked-at-again").to_owned(),
        |e| tr!("looks-for-a-new-version-every", every = crate::fetch::sync::every_words(e)),
    );
    ui.label(match version {
        Some(v) => tr!("from-host-version", host = crate::fetch::host_of(url), version = v),
        None => tr!("from-host", host = crate::fetch::host_of(url)),
    })
    .on_hover_text(format!("{url}\n{every}"));
    if let Some(newer) = app.room().schedule_version_waiting() {
        ui.label(
            RichText::new(tr!("version-not-taken", version = crate::fetch::describe_version(newer)))
                .color(ui.visuals().warn_fg_color),
        )
        .on_hover_text(tr!("a-newer-schedule-changes-this"));
    }
}

fn notices(app: &mut ChairApp, ui: &mut Ui) {
    if app.room().notices().is_empty() {
        return;
    }
    egui::Panel::top("notices").frame(clear_frame(egui::Frame::side_top_panel(ui.style()))).show(ui, |ui| {
        let mut dismiss = None;
        for n in app.room().notices() {
            ui.horizontal_top(|ui| {
                let text = if n.serious {
                    RichText::new(tr!("attention", notice = n.text))
                        .strong()
                        .color(Color32::WHITE)
                        .background_color(Color32::from_rgb(0xb0, 0, 0x20))
                } else {
                    RichText::new(&n.text)
                };
                // A long notice wraps, leaving room for its button, rather than running off the
                // window's edge on a laptop's screen.
                let room = (ui.available_width() - 80.0).max(200.0);
                ui.scope(|ui| {
                    ui.set_max_width(room);
                    ui.add(egui::Label::new(text).wrap());
                });
                if ui.small_button(tr!("dismiss")).clicked() {
                    dismiss = Some(n.id);
                }
            });
        }
        if let Some(id) = dismiss {
            app.room_mut().withdraw(id);
        }
    });
}

fn current(app: &mut ChairApp, ui: &mut Ui, view: &View) {
    let style = theme::style(view.urgency, false);
    let session = app.recorder().engine().session();
    let shown = egui::Frame::new().fill(style.bg).inner_margin(12.0).corner_radius(6.0).show(ui, |ui| {
        ui.set_min_width(ui.available_width());
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(22.0, 22.0), egui::Sense::hover());
            theme::paint_shape(ui.painter(), rect, style.shape, style.fg);
            let word = crate::timing::speaker::state_word(view.urgency, crate::l10n::chair());
            ui.label(RichText::new(word).color(style.fg).strong().size(18.0));
        });
        match &view.current {
            Some(c) => {
                ui.label(
                    RichText::new(tr!(
                        "phase-n-of-count",
                        phase = crate::timing::speaker::phase_name(&c.phase_name, crate::l10n::chair()),
                        n = c.phase + 1,
                        count = c.phase_count
                    ))
                    .color(style.fg)
                    .size(18.0),
                );
                ui.label(RichText::new(clock_face(c.phase_remaining)).color(style.fg).size(64.0).monospace());
                let slot = if c.slot_remaining > TimeDelta::zero() {
                    tr!(
                        "slot-left-of",
                        left = clock_face(c.slot_remaining),
                        length = format_length(c.slot_length)
                    )
                } else {
                    tr!(
                        "slot-over-its",
                        over = clock_face(c.slot_remaining).trim_start_matches('+'),
                        length = format_length(c.slot_length)
                    )
                };
                ui.label(RichText::new(slot).color(style.fg));
                ui.label(RichText::new(&c.title).color(style.fg).strong().size(16.0));
                if !c.speakers.is_empty() {
                    ui.label(RichText::new(c.speakers.join(", ")).color(style.fg));
                }
            }
            None if view.urgency == crate::timing::view::Urgency::Finished => {
                ui.label(RichText::new(tr!("session-finished-chair")).color(style.fg).size(24.0));
            }
            None if app.recorder().engine().rehearsal() => {
                ui.label(RichText::new(tr!("rehearsal-2")).color(style.fg).size(18.0));
                ui.label(RichText::new(tr!("ready")).color(style.fg).size(64.0));
                ui.label(RichText::new(tr!("press-space-the-plan-begins")).color(style.fg));
            }
            None => {
                ui.label(
                    RichText::new(tr!("starts-at", time = session.hhmm(session.start)))
                        .color(style.fg)
                        .size(18.0),
                );
                let until = if view.until_start > TimeDelta::zero() {
                    clock_face(view.until_start)
                } else {
                    tr!("now")
                };
                ui.label(RichText::new(until).color(style.fg).size(64.0).monospace());
                ui.label(RichText::new(tr!("press-space-to-start-the")).color(style.fg));
            }
        }
    });
    app.ui.timer_box = Some(shown.response.rect);
}

fn controls(app: &mut ChairApp, ui: &mut Ui, allowed: &[CommandKind]) {
    let engine = app.recorder().engine();
    let start_label = if engine.started().is_none() {
        tr!("start")
    } else if engine.is_paused() {
        tr!("resume")
    } else {
        tr!("pause")
    };
    ui.heading(tr!("controls"));
    egui::Grid::new("controls").num_columns(3).spacing([6.0, 6.0]).show(ui, |ui| {
        button(app, ui, allowed, UiCommand::StartPause, start_label);
        button(app, ui, allowed, UiCommand::Next, tr!("next-chair"));
        button(app, ui, allowed, UiCommand::Back, tr!("back"));
        ui.end_row();
        button(app, ui, allowed, UiCommand::ExtendMinute, tr!("plus-one-min"));
        button(app, ui, allowed, UiCommand::TrimMinute, tr!("minus-one-min"));
        button(app, ui, allowed, UiCommand::SkipCurrent, tr!("skip"));
        ui.end_row();
        button(app, ui, allowed, UiCommand::StartedEarlier, tr!("started-10-s-earlier"));
        button(app, ui, allowed, UiCommand::StartedLater, tr!("started-10-s-later"));
        button(app, ui, allowed, UiCommand::Finish, tr!("finish"));
        ui.end_row();
    });
    let engine = app.recorder().engine();
    let (rehearsal, started) = (engine.rehearsal(), engine.started().is_some());
    if allowed.contains(&CommandKind::Rehearse) {
        ui.horizontal_wrapped(|ui| {
            button(app, ui, allowed, UiCommand::Rehearse, tr!("rehearse"));
            ui.label(tr!("a-trial-run-start-moves"));
        });
    } else if rehearsal && !started {
        ui.label(RichText::new(tr!("rehearsal-start-moves-the-whole")).strong());
    }
}

/// The video recording's marks: start and stop (V), and each mark's time, which the chair can
/// correct ("it really started at 15:01:12").
fn recording(app: &mut ChairApp, ui: &mut Ui) {
    ui.heading(tr!("video-recording"));
    let engine = app.recorder().engine();
    let s = engine.session().clone();
    let recordings = engine.recordings().to_vec();
    let allowed = engine.allowed();
    let on = recordings.last().is_some_and(|r| r.stop.is_none());
    ui.horizontal_wrapped(|ui| {
        button(
            app,
            ui,
            &allowed,
            UiCommand::Record,
            if on { tr!("mark-recording-stopped") } else { tr!("mark-recording-started") },
        );
        let note = match recordings.last() {
            Some(r) if r.stop.is_none() => tr!(
                "recording-running-since",
                n = recordings.len(),
                time = s.local(r.start).format("%H:%M:%S").to_string()
            ),
            Some(_) => tr!("recordings-marked", count = recordings.len()),
            None => tr!("not-marked-chapters-count-from").to_owned(),
        };
        ui.label(note);
    });
    for (i, r) in recordings.iter().enumerate() {
        let n = i + 1;
        ui.horizontal(|ui| {
            ui.label(tr!("recording-n", n = n));
            mark(app, ui, &s, n, true, r.start);
            ui.label("–");
            match r.stop {
                Some(stop) => mark(app, ui, &s, n, false, stop),
                None => {
                    ui.label(tr!("running"));
                }
            }
        });
    }
}

/// One recording mark: its time as a button; clicked, a field to type the true time in.
fn mark(
    app: &mut ChairApp,
    ui: &mut Ui,
    s: &crate::schedule::Session,
    n: usize,
    start: bool,
    at: DateTime<Utc>,
) {
    let shown = s.local(at).format("%H:%M:%S").to_string();
    let editing = matches!(&app.ui.record_edit, Some((m, st, _)) if *m == n && *st == start);
    if !editing {
        let hint = if start {
            tr!("correct-when-recording-started", n = n)
        } else {
            tr!("correct-when-recording-stopped", n = n)
        };
        if ui.button(&shown).on_hover_text(hint).clicked() {
            app.ui.record_edit = Some((n, start, String::new()));
        }
        return;
    }
    let label = ui.label(if start { tr!("really-started-at") } else { tr!("really-stopped-at") });
    let Some((_, _, text)) = &mut app.ui.record_edit else { return };
    let response =
        ui.add(egui::TextEdit::singleline(text).hint_text(&shown).desired_width(70.0)).labelled_by(label.id);
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        app.ui.record_edit = None;
        return;
    }
    if !entered {
        // The field keeps the keys while it is open (V, Space… are typed, not shortcuts).
        response.request_focus();
    }
    if entered {
        let typed = text.trim().to_owned();
        app.ui.record_edit = None;
        // On the mark's own day, in the session's zone.
        let instant = crate::schedule::duration::parse_time_of_day(&typed)
            .ok()
            .and_then(|t| s.instant_on(s.local(at).date_naive(), t));
        match instant {
            Some(at) => app.push_engine(Command::RecordAt { recording: n, start, at }),
            None => app.notice(tr!("not-a-time-of-day-recording", typed = typed, n = n), true),
        }
    }
}

fn messages(app: &mut ChairApp, ui: &mut Ui, view: &View) {
    ui.heading(tr!("message-to-the-speaker"));
    ui.horizontal_wrapped(|ui| {
        // The chair reads the buttons in the chair's language; the speaker reads the message in
        // theirs.
        let lang = app.room.speaker_lang;
        let labels = crate::room::preset_texts(crate::l10n::chair());
        for (label, text) in labels.into_iter().zip(crate::room::preset_texts(lang)) {
            let hint = if text == label {
                tr!("show-this-on-the-projector")
            } else {
                tr!("show-this-on-the-projector-in", language = lang.name(), text = text)
            };
            if ui.button(label).on_hover_text(hint).clicked() {
                app.push_engine(Command::ShowMessage { text });
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(tr!("message"));
        let edit = egui::TextEdit::singleline(&mut app.ui.draft)
            .hint_text(tr!("type-then-enter"))
            .desired_width(220.0);
        let response = ui.add(edit).labelled_by(label.id);
        if app.ui.focus_message {
            response.request_focus();
            app.ui.focus_message = false;
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(tr!("show")).on_hover_text(tr!("show-the-message-on-the")).clicked() || entered)
            && !app.ui.draft.trim().is_empty()
        {
            let text = std::mem::take(&mut app.ui.draft);
            app.push_engine(Command::ShowMessage { text });
        }
    });
    ui.horizontal(|ui| {
        let allowed = app.recorder().engine().allowed();
        button(app, ui, &allowed, UiCommand::HideMessage, tr!("hide-message"));
        let label = if view.blackout { tr!("bring-back-projector") } else { tr!("blackout") };
        button(app, ui, &allowed, UiCommand::Blackout, label);
    });
    if let Some(m) = &view.message {
        ui.label(tr!("on-the-projector", message = m));
    }
}

fn session_figures(app: &mut ChairApp, ui: &mut Ui, view: &View, allowed: &[CommandKind]) {
    let s = app.recorder().engine().session().clone();
    let hhmm = |t: DateTime<Utc>| s.hhmm(t);
    ui.heading(tr!("session"));
    egui::Grid::new("figures").num_columns(4).spacing([24.0, 4.0]).show(ui, |ui| {
        let remaining = view.projected_end - view.now;
        ui.label(tr!("elapsed"));
        ui.strong(clock_face(-view.session_elapsed).trim_start_matches('+').to_owned());
        ui.label(tr!("remaining"));
        ui.strong(clock_face(remaining.max(TimeDelta::zero())));
        ui.end_row();
        ui.label(tr!("schedule"));
        ui.strong(pace(view.offset));
        ui.label(tr!("projected-end"));
        ui.strong(tr!("time-planned", time = hhmm(view.projected_end), planned = hhmm(view.planned_end)));
        ui.end_row();
        ui.label(tr!("next-break"));
        ui.strong(view.break_text().unwrap_or_else(|| "—".to_owned()));
        ui.label(tr!("hard-end"));
        ui.strong(
            s.hard_end.and_then(|h| view.hard_end_text(&hhmm(h))).unwrap_or_else(|| tr!("none").to_owned()),
        );
        ui.end_row();
        ui.label(tr!("slots"));
        ui.strong(tr!("slots-done", done = view.slots_done, count = view.slot_count));
        ui.end_row();
    });
    let plan = &view.catch_up;
    if plan.trims.is_empty()
        && let Some(left) = view.unrecovered_text()
    {
        ui.add_space(4.0);
        ui.label(RichText::new(tr!("no-catch-up-plan", why = left)).strong());
    }
    if !plan.trims.is_empty() {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(tr!("catch-up-plan-behind", behind = format_length(plan.needed))).strong(),
            );
            let list: Vec<String> = plan
                .trims
                .iter()
                .map(|t| {
                    format!(
                        "{} −{}",
                        short(&s.items[t.item].title),
                        format_length(TimeDelta::seconds(t.seconds))
                    )
                })
                .collect();
            ui.label(list.join(", "));
            if let Some(left) = view.unrecovered_text() {
                ui.label(format!("({left})"));
            }
            button(app, ui, allowed, UiCommand::CatchUp, tr!("apply-catch-up"));
        });
    }
}

fn short(title: &str) -> String {
    let mut t: String = title.chars().take(28).collect();
    if title.chars().count() > 28 {
        t.push('…');
    }
    t
}

fn rundown(app: &mut ChairApp, ui: &mut Ui, view: &View, allowed: &[CommandKind]) {
    ui.horizontal(|ui| {
        ui.heading(tr!("rundown"));
        ui.label(tr!("up-down-select-g-go"));
    });
    ui.horizontal_wrapped(|ui| {
        for (c, l) in [
            (UiCommand::GotoSelected, tr!("go-to")),
            (UiCommand::ToggleSkipSelected, tr!("skip-unskip")),
            (UiCommand::MoveSelectedUp, tr!("move-up")),
            (UiCommand::MoveSelectedDown, tr!("move-down")),
            (UiCommand::ShorterSelected, tr!("minus-one-min")),
            (UiCommand::LongerSelected, tr!("plus-one-min")),
        ] {
            button(app, ui, allowed, c, l);
        }
    });
    let s = app.recorder().engine().session().clone();
    let current = app.recorder().engine().current();
    egui::ScrollArea::vertical().id_salt("rundown-scroll").show(ui, |ui| {
        egui::Grid::new("rundown").striped(false).num_columns(8).spacing([12.0, 4.0]).show(ui, |ui| {
            for h in [
                "#".to_owned(),
                tr!("planned"),
                tr!("length"),
                tr!("state"),
                tr!("actual"),
                "Δ".to_owned(),
                tr!("title"),
                tr!("speakers"),
            ] {
                ui.strong(h);
            }
            ui.end_row();
            for row in &view.rows {
                let item = &s.items[row.item];
                let is_current = Some(row.item) == current;
                let is_selected = app.ui.selected == Some(row.item);
                let state = match (row.status, is_current) {
                    (_, true) => tr!("running-2"),
                    (ItemStatus::Upcoming, _) => tr!("upcoming"),
                    (ItemStatus::Running, _) => tr!("running"),
                    (ItemStatus::Done, _) => tr!("done"),
                    (ItemStatus::Skipped, _) => tr!("skipped"),
                };
                let marker = if is_selected { "›" } else { " " };
                if ui
                    .selectable_label(is_selected, format!("{marker}{}", row.position + 1))
                    .on_hover_text(tr!("select-this-item"))
                    .clicked()
                {
                    app.ui.selected = Some(row.item);
                }
                ui.label(s.hhmm(row.planned_start));
                ui.label(format_length(row.planned_length));
                let state_text =
                    if is_current { RichText::new(state).strong() } else { RichText::new(state) };
                ui.label(state_text);
                let actual = row.actual_start.or(row.projected_start).map(|t| {
                    let approx = if row.actual_start.is_some() { "" } else { "~" };
                    format!("{approx}{}", s.hhmm(t))
                });
                ui.label(actual.unwrap_or_default());
                ui.label(row.start_delta.map(signed_minutes).unwrap_or_default());
                let title = if item.kind == ItemKind::Break {
                    RichText::new(&item.title).italics()
                } else {
                    RichText::new(&item.title)
                };
                ui.label(if is_current { title.strong() } else { title });
                ui.label(item.speakers.join(", "));
                ui.end_row();
            }
        });
    });
}

/// "Projector on: HDMI-1 1920×1080": where the projector view goes, when the system lists screens.
fn projector_screen(app: &mut ChairApp, ui: &mut Ui) {
    if app.screens.list.is_empty() {
        return;
    }
    let current = match app.projector_target() {
        crate::ui::monitors::Target::Monitor(i) => {
            app.screens.list.get(i).map(super::monitors::Monitor::label)
        }
        crate::ui::monitors::Target::Window => None,
    };
    let mut chosen: Option<Option<crate::ui::monitors::Monitor>> = None;
    let label = ui.label(tr!("projector-on"));
    egui::ComboBox::from_id_salt("projector-screen")
        .selected_text(current.unwrap_or_else(|| tr!("a-window").to_owned()))
        .show_ui(ui, |ui| {
            if ui.selectable_label(app.screens.applied.is_none(), tr!("a-window")).clicked() {
                chosen = Some(None);
            }
            for (i, m) in app.screens.list.iter().enumerate() {
                let mine =
                    if Some(i) == app.screens.chair { tr!("this-window-s-screen") } else { String::new() };
                let label = format!("{}{mine}", m.label());
                if ui.selectable_label(app.screens.applied == Some(i), label).clicked() {
                    chosen = Some(Some(m.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(tr!("the-screen-the-projector-view"));
    if let Some(choice) = chosen {
        app.put_projector_on(choice.as_ref());
    }
}

/// What a new schedule changes, a line each (the first dozen).
fn change_list(ui: &mut Ui, changes: &[String]) {
    for c in changes.iter().take(12) {
        ui.label(format!("• {c}"));
    }
    if changes.len() > 12 {
        ui.label(tr!("and-n-more", count = changes.len() - 12));
    }
}

/// The chair's answer to the resume question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Resume {
    AsRecorded,
    WithChanges,
    Fresh,
}

fn windows(app: &mut ChairApp, ui: &mut Ui) {
    let ctx = ui.ctx().clone();
    quit_question(app, &ctx);
    resume_question(app, &ctx);
    locked_question(app, &ctx);
    screen_offer(app, &ctx);
    reload_offer(app, &ctx);
    open_request(app, &ctx);
    picker_window(app, &ctx);
    failed_window(app, &ctx);
    help_window(app, &ctx);
    export_window(app, &ctx);
    path_prompt(app, &ctx);
    super::open_url::window(app, &ctx);
    settings_window(app, &ctx);
}

/// The question when the chair closes the window while the session runs.
fn quit_question(app: &mut ChairApp, ctx: &egui::Context) {
    if app.ui.quit_question {
        let mut answer = None;
        egui::Window::new(tr!("quit-while-the-session-runs"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                ui.label(tr!("the-session-is-running-quitting"));
                ui.label(tr!("every-timing-is-kept-in"));
                ui.label(tr!("q-quits-esc-or-enter"));
                ui.horizontal(|ui| {
                    if ui.button(tr!("keep-running")).on_hover_text(tr!("esc-or-enter")).clicked() {
                        answer = Some(false);
                    }
                    if ui.button(tr!("quit")).on_hover_text("Q").clicked() {
                        answer = Some(true);
                    }
                });
            });
        if let Some(quit) = answer {
            app.answer_quit(ctx, quit);
        }
    }
}

/// An unfinished journal of this session: resume it, or start afresh?
fn resume_question(app: &mut ChairApp, ctx: &egui::Context) {
    if let Some(offer) = &app.room.resume {
        let r = &offer.replayed;
        let engine = &r.engine;
        let s = engine.session();
        let view = engine.view(app.now());
        let finished = engine.finished().is_some();
        let what = match view.current.as_ref() {
            Some(c) if c.phase_remaining < TimeDelta::zero() => tr!(
                "resume-it-is-at-over",
                title = c.title,
                phase = crate::timing::speaker::phase_name(&c.phase_name, crate::l10n::chair()),
                over = clock_face(c.phase_remaining).trim_start_matches('+')
            ),
            Some(c) => tr!(
                "resume-it-is-at-left",
                title = c.title,
                phase = crate::timing::speaker::phase_name(&c.phase_name, crate::l10n::chair()),
                left = clock_face(c.phase_remaining)
            ),
            None if finished => tr!("it-had-finished-resume-shows"),
            None => tr!("it-is-between-two-items"),
        };
        let kind = match (finished, engine.rehearsal()) {
            (true, true) => "finished-rehearsal",
            (true, false) => "finished",
            (false, true) => "unfinished-rehearsal",
            (false, false) => "unfinished",
        };
        let found = tr!(
            "chairtime-found-a-run",
            kind = kind,
            file = offer.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            time = s.local(r.last_at()).format("%H:%M:%S").to_string()
        );
        let text = format!("{found} {what}");
        let changes = offer.changes.clone();
        let mut choice = None;
        egui::Window::new(tr!("resume-the-session"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                ui.label(text);
                ui.label(tr!("resuming-continues-every-timer-as"));
                if !changes.is_empty() {
                    ui.separator();
                    ui.label(RichText::new(tr!("the-schedule-file-has-changed")).strong());
                    change_list(ui, &changes);
                    ui.label(tr!("talks-that-already-ran-keep"));
                    ui.separator();
                }
                ui.label(tr!("enter-resumes-shift-enter-starts"));
                ui.horizontal(|ui| {
                    if ui.button(tr!("resume")).on_hover_text(tr!("enter")).clicked() {
                        choice = Some(Resume::AsRecorded);
                    }
                    if !changes.is_empty()
                        && ui
                            .button(tr!("resume-with-the-file-s"))
                            .on_hover_text(tr!("talks-not-yet-run-take"))
                            .clicked()
                    {
                        choice = Some(Resume::WithChanges);
                    }
                    if ui
                        .button(tr!("start-fresh"))
                        .on_hover_text(tr!("shift-enter-the-old-journal"))
                        .clicked()
                    {
                        choice = Some(Resume::Fresh);
                    }
                });
            });
        match choice {
            Some(Resume::AsRecorded) => app.room_mut().resume(),
            Some(Resume::WithChanges) => app.room_mut().resume_with(true),
            Some(Resume::Fresh) => app.room_mut().start_fresh(None),
            None => {}
        }
    }
}

/// A journal another chairtime writes: follow it read-only, or record another?
fn locked_question(app: &mut ChairApp, ctx: &egui::Context) {
    if let Some(offer) = &app.room.locked {
        let text = offer.why.clone();
        let mut choice = None;
        egui::Window::new(tr!("this-session-is-open-in"))
            .collapsible(false)
            .resizable(false)
            .min_width(560.0)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                ui.label(text);
                ui.label(tr!("only-one-chairtime-can-record"));
                ui.horizontal(|ui| {
                    if ui.button(tr!("follow-read-only")).clicked() {
                        choice = Some(true);
                    }
                    if ui.button(tr!("start-another-journal")).clicked() {
                        choice = Some(false);
                    }
                });
            });
        match choice {
            Some(true) => app.room_mut().follow_read_only(),
            Some(false) => app.room_mut().start_fresh(None),
            None => {}
        }
    }
}

/// A screen just connected: put the projector view there?
fn screen_offer(app: &mut ChairApp, ctx: &egui::Context) {
    if let Some(screen) = &app.screens.offer {
        let label = screen.label();
        let mut choice = None;
        egui::Window::new(tr!("a-screen-was-connected"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::RIGHT_TOP, [-16.0, 64.0])
            .show(ctx, |ui| {
                ui.label(tr!("screen-connected-show-there", screen = label));
                ui.horizontal(|ui| {
                    let key = UiCommand::ProjectorScreen.shortcut_text();
                    if ui.button(tr!("show-it-there", key = key)).clicked() {
                        choice = Some(true);
                    }
                    if ui.button(tr!("not-now")).clicked() {
                        choice = Some(false);
                    }
                });
            });
        match choice {
            Some(true) => app.push(UiCommand::ProjectorScreen),
            Some(false) => app.screens.offer = None,
            None => {}
        }
    }
}

/// A changed schedule file: take its plan for the items not yet run?
fn reload_offer(app: &mut ChairApp, ctx: &egui::Context) {
    if let Some(offer) = &app.room.reload {
        let changes = offer.changes.clone();
        let mut choice = None;
        let title = match (app.room.schedule_url(), app.room.schedule_version_waiting()) {
            (Some(_), Some(v)) if !v.starts_with("sha256:") => tr!("new-schedule-version", version = v),
            (Some(_), _) => tr!("the-schedule-changed"),
            (None, _) => tr!("the-schedule-file-changed"),
        };
        egui::Window::new(title)
            .collapsible(true)
            .resizable(false)
            .anchor(egui::Align2::RIGHT_BOTTOM, [-16.0, -16.0])
            .show(ctx, |ui| {
                change_list(ui, &changes);
                ui.label(tr!("talks-that-already-ran-keep-2"));
                ui.horizontal(|ui| {
                    if ui
                        .button(tr!("take-the-changes"))
                        .on_hover_text(UiCommand::Reload.shortcut_text())
                        .clicked()
                    {
                        choice = Some(true);
                    }
                    if ui.button(tr!("not-now")).clicked() {
                        choice = Some(false);
                    }
                });
            });
        match choice {
            Some(true) => app.room_mut().reload_schedule(),
            Some(false) => app.room.reload = None,
            None => {}
        }
    }
}

/// A later launch asked to open a schedule while the session runs.
fn open_request(app: &mut ChairApp, ctx: &egui::Context) {
    if let Some(path) = &app.ui.open_request {
        let mut choice = None;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let title = app.recorder().engine().session().title.clone();
        egui::Window::new(tr!("open-name-question", name = name))
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .min_width(560.0)
            .show(ctx, |ui| {
                ui.label(tr!("you-opened-with-chairtime", file = path.display().to_string()));
                let state = if app.recorder().engine().started().is_some() { "running" } else { "changed" };
                ui.label(tr!("opening-puts-its-session-here", title = title, state = state, name = name));
                ui.label(tr!("until-you-choose-the-running"));
                ui.horizontal(|ui| {
                    if ui.button(tr!("open-name", name = name)).clicked() {
                        choice = Some(true);
                    }
                    if ui.button(tr!("keep-the-running-session")).clicked() {
                        choice = Some(false);
                    }
                });
            });
        if let Some(open) = choice {
            app.answer_open_request(open);
        }
    }
}

/// A whole-conference file's sessions, to pick one.
fn picker_window(app: &mut ChairApp, ctx: &egui::Context) {
    if let Some(picker) = &mut app.room.picker {
        let (chosen, cancel) = session_picker(ctx, picker);
        if let Some(i) = chosen {
            app.pick(i);
        } else if cancel {
            // At start-up nothing runs yet: the session shown behind the picker starts.
            app.room_mut().use_shown_session();
        }
    }
}

/// A schedule that could not be opened, with what is wrong.
fn failed_window(app: &mut ChairApp, ctx: &egui::Context) {
    if let Some(failed) = &app.room.failed {
        let mut choice = None;
        let name = failed.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        egui::Window::new(tr!("cannot-open-name", name = name))
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .min_width(640.0)
            .show(ctx, |ui| {
                ui.label(tr!("chairtime-could-not-open-this"));
                ui.add(egui::Label::new(RichText::new(&failed.error).monospace()).selectable(true));
                ui.label(tr!("mend-the-file-and-try"));
                ui.horizontal(|ui| {
                    if ui.button(tr!("try-again")).on_hover_text(tr!("read-the-same-file-again")).clicked() {
                        choice = Some(0);
                    }
                    if ui.button(tr!("open-another-file")).clicked() {
                        choice = Some(1);
                    }
                    if ui.button(tr!("run-the-example-session")).clicked() {
                        choice = Some(2);
                    }
                });
            });
        match choice {
            Some(0) => app.retry_failed(),
            Some(1) => app.open_dialog(DialogPurpose::Open),
            Some(2) => app.room_mut().use_shown_session(),
            _ => {}
        }
    }
}

/// The shortcuts panel.
fn help_window(app: &mut ChairApp, ctx: &egui::Context) {
    if app.ui.help {
        let mut open = true;
        theme::panel(ctx, app.ui.timer_box, "shortcuts", tr!("shortcuts")).open(&mut open).show(ctx, |ui| {
            // Rows of a fixed key column and a description that wraps, so the panel fits the
            // room right of the timer box on a laptop's screen (a grid would not wrap).
            for c in UiCommand::ALL {
                ui.horizontal_top(|ui| {
                    ui.scope(|ui| {
                        ui.set_width(150.0);
                        ui.strong(c.shortcut_text());
                    });
                    ui.add(egui::Label::new(format!("{} — {}", c.label(), c.tooltip())).wrap());
                });
            }
            ui.label(tr!("shortcuts-do-not-fire-while"));
        });
        app.ui.help = open && app.ui.help;
    }
}

/// The export panel: the formats.
fn export_window(app: &mut ChairApp, ctx: &egui::Context) {
    if app.ui.export {
        let mut open = true;
        let mut chosen = None;
        theme::panel(ctx, app.ui.timer_box, "export", tr!("export-actual-timings")).open(&mut open).show(
            ctx,
            |ui| {
                ui.label(tr!("choose-a-format-a-file"));
                for (f, l) in [
                    (Format::Csv, tr!("csv-one-row-per-item")),
                    (Format::Json, tr!("json-everything")),
                    (Format::Md, tr!("markdown-report")),
                    (Format::Html, tr!("report-page-timeline-and-table")),
                    (Format::Chapters, tr!("video-chapters-one-list-per")),
                    (Format::Cuts, tr!("cut-points-each-talk-s")),
                    (Format::FrabXml, tr!("schedule-as-it-ran-frab")),
                    (Format::FrabJson, tr!("schedule-as-it-ran-frab-2")),
                    (Format::Sreview, tr!("sreview-corrections-each-talk-s")),
                ] {
                    if ui.button(l).clicked() {
                        chosen = Some(f);
                    }
                }
            },
        );
        app.ui.export = open && app.ui.export;
        if let Some(f) = chosen {
            app.ui.export = false;
            app.open_dialog(DialogPurpose::Export(f));
        }
    }
}

/// A typed path, where there is no file dialog.
fn path_prompt(app: &mut ChairApp, ctx: &egui::Context) {
    if let Some(prompt) = &mut app.ui.prompt {
        let title = match prompt.purpose {
            DialogPurpose::Open => tr!("open-a-schedule"),
            DialogPurpose::Export(_) => tr!("export-to"),
            DialogPurpose::Journal => tr!("journal-folder"),
        };
        let mut done = None;
        egui::Window::new(title).collapsible(false).anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0]).show(
            ctx,
            |ui| {
                ui.label(tr!("why-type-the-path", why = prompt.why));
                let label = ui.label(tr!("path"));
                let r = ui
                    .add(egui::TextEdit::singleline(&mut prompt.text).desired_width(420.0))
                    .labelled_by(label.id);
                let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    if ui.button(tr!("ok")).clicked() || enter {
                        done = Some(true);
                    }
                    if ui.button(tr!("cancel")).clicked() {
                        done = Some(false);
                    }
                });
            },
        );
        match done {
            Some(true) => {
                let (purpose, path) = (prompt.purpose, std::path::PathBuf::from(prompt.text.trim()));
                app.ui.prompt = None;
                app.use_path(purpose, &path);
            }
            Some(false) => app.ui.prompt = None,
            None => {}
        }
    }
}

/// The settings panel.
fn settings_window(app: &mut ChairApp, ctx: &egui::Context) {
    if app.ui.settings {
        let mut open = true;
        theme::panel(ctx, app.ui.timer_box, "settings", tr!("settings-2"))
            .open(&mut open)
            .show(ctx, |ui| settings_ui(app, ui));
        app.ui.settings = open && app.ui.settings;
    }
}

/// The session picker of a whole-conference file: a filter field that takes the keyboard (typing
/// narrows the list by room, day, talk or speaker), the matching sessions as rows that wrap,
/// Up/Down to move the highlight, Enter to open it. Returns the chosen candidate, or Cancel.
fn session_picker(ctx: &egui::Context, picker: &mut crate::room::Picker) -> (Option<usize>, bool) {
    let mut chosen = None;
    let mut cancel = false;
    let name = picker.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let total = picker.candidates.len();
    let shown = picker.matching();
    let (up, down, enter) = ctx.input(|i| {
        (
            i.key_pressed(egui::Key::ArrowUp),
            i.key_pressed(egui::Key::ArrowDown),
            i.key_pressed(egui::Key::Enter),
        )
    });
    if down {
        picker.highlight += 1;
    }
    if up {
        picker.highlight = picker.highlight.saturating_sub(1);
    }
    picker.highlight = picker.highlight.min(shown.len().saturating_sub(1));
    if enter {
        chosen = shown.get(picker.highlight).copied();
    }
    // Typed while no field has the keyboard (a row was clicked): it goes to the filter.
    let typed: String = if ctx.text_edit_focused() {
        String::new()
    } else {
        ctx.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::Text(t) => Some(t.as_str()),
                    _ => None,
                })
                .collect()
        })
    };
    egui::Window::new(tr!("choose-the-session-to-run", name = name))
        .collapsible(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .min_width(760.0)
        .max_width(900.0)
        .default_height(560.0)
        .show(ctx, |ui| {
            ui.label(tr!("this-file-holds-a-whole-conference", total = total));
            ui.horizontal(|ui| {
                let label = ui.label(tr!("filter"));
                let field = egui::TextEdit::singleline(&mut picker.filter)
                    .hint_text(tr!("room-day-talk-or-speaker"))
                    .desired_width(420.0);
                let response = ui.add(field).labelled_by(label.id);
                if !typed.is_empty() {
                    picker.filter.push_str(&typed);
                    picker.highlight = 0;
                    response.request_focus();
                } else if !picker.focused {
                    picker.focused = true;
                    response.request_focus();
                }
                if response.changed() {
                    picker.highlight = 0;
                }
                ui.label(if shown.len() == total {
                    tr!("n-sessions", total = total)
                } else {
                    tr!("n-of-total-sessions-match", n = shown.len(), total = total)
                });
            });
            ui.separator();
            egui::ScrollArea::vertical().max_height(440.0).auto_shrink([false, true]).show(ui, |ui| {
                if shown.is_empty() {
                    ui.label(tr!("no-session-matches", filter = picker.filter.trim()));
                }
                for (row, &i) in shown.iter().enumerate() {
                    let c = &picker.candidates[i];
                    let here = row == picker.highlight;
                    let button = egui::Button::selectable(here, c.line()).wrap();
                    let mut tip = c.line();
                    for t in c.talks.iter().take(12) {
                        tip.push_str("\n  ");
                        tip.push_str(t);
                    }
                    if c.talks.len() > 12 {
                        tip.push_str("\n  ");
                        tip.push_str(&tr!("and-n-more", count = c.talks.len() - 12));
                    }
                    let response = ui.add(button).on_hover_text(tip);
                    if here && (up || down) {
                        response.scroll_to_me(None);
                    }
                    if response.clicked() {
                        chosen = Some(i);
                    }
                }
            });
            ui.separator();
            if ui.button(tr!("cancel")).clicked() {
                cancel = true;
            }
        });
    (chosen, cancel)
}

fn settings_ui(app: &mut ChairApp, ui: &mut Ui) {
    let s = &mut app.settings;
    ui.label(tr!("defaults-for-schedules-that-do"));
    ui.add(egui::Slider::new(&mut s.intro_minutes, 0..=15).text(tr!("intro-slides-of-imported-talks")));
    ui.add(egui::Slider::new(&mut s.warning_seconds, 0..=900).text(tr!("warning-at-seconds-left")));
    ui.add(egui::Slider::new(&mut s.danger_seconds, 0..=600).text(tr!("wrap-up-at-seconds-left")));
    s.danger_seconds = s.danger_seconds.min(s.warning_seconds);
    ui.separator();
    ui.checkbox(&mut s.minute_reminders, tr!("a-short-reminder-each-further"));
    ui.checkbox(&mut s.flashing, tr!("overtime-flashes-on-the-projector"));
    ui.checkbox(&mut s.keep_messages, tr!("keep-a-message-to-the"));
    ui.horizontal(|ui| {
        let label = ui.label(tr!("the-speaker-reads"));
        egui::ComboBox::from_id_salt("speaker-language")
            .selected_text(s.speaker_language.name())
            .show_ui(ui, |ui| {
                for lang in crate::l10n::ALL {
                    ui.selectable_value(&mut s.speaker_language, lang, lang.name());
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(tr!("the-language-of-the-projector"));
    });
    ui.checkbox(&mut s.projector_open, tr!("open-the-projector-window-with"));
    ui.horizontal(|ui| {
        let label = ui.label(tr!("this-window-speaks"));
        let desktop = app.desktop_language;
        let as_desktop = tr!("as-the-desktop", language = desktop.name());
        egui::ComboBox::from_id_salt("chair-language")
            .selected_text(s.chair_language.map_or_else(|| as_desktop.clone(), |l| l.name().to_owned()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut s.chair_language, None, as_desktop.clone());
                for lang in crate::l10n::ALL.into_iter().filter(|l| l.speaks_to_chair()) {
                    ui.selectable_value(&mut s.chair_language, Some(lang), lang.name());
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(tr!("this-window-speaks-hint"));
    });
    crate::l10n::set_chair(s.chair_language.unwrap_or(app.desktop_language));
    ui.separator();
    if ui.checkbox(&mut s.light, tr!("light-theme-for-this-window")).changed() {
        ui.ctx().set_theme(if s.light { egui::Theme::Light } else { egui::Theme::Dark });
    }
    ui.add(egui::Slider::new(&mut s.zoom, 0.75..=2.0).text(tr!("text-size")));
    ui.separator();
    bus_settings(app, ui);
}

/// The conference bus: the link the organisers gave, the login file, and Publish / Stop.
fn bus_settings(app: &mut ChairApp, ui: &mut Ui) {
    ui.label(RichText::new(tr!("conference-bus")).strong());
    ui.label(tr!("the-organisers-wall-and-journal"));
    let publishing = app.room().publishing();
    let s = &mut app.settings;
    egui::Grid::new("bus").num_columns(2).show(ui, |ui| {
        for (label, value, hint) in [
            (tr!("broker-link"), &mut s.bus, tr!("mqtt-broker-example-org-conference")),
            (tr!("login-file-user-password"), &mut s.bus_credentials, tr!("none")),
            (tr!("certificate-authority-pem"), &mut s.bus_ca, tr!("the-system-s")),
        ] {
            let l = ui.label(label);
            ui.add_enabled(
                !publishing,
                egui::TextEdit::singleline(value).hint_text(hint).desired_width(320.0),
            )
            .labelled_by(l.id);
            ui.end_row();
        }
    });
    ui.horizontal_wrapped(|ui| {
        if publishing {
            if ui.button(tr!("stop-publishing")).clicked() {
                app.room_mut().stop_publishing();
                app.settings.bus.clear();
            }
        } else if ui
            .add_enabled(!app.settings.bus.trim().is_empty(), egui::Button::new(tr!("publish")))
            .clicked()
        {
            match app.settings.bus_connection() {
                Ok(Some(c)) => app.room_mut().publish_to(c),
                Ok(None) => {}
                Err(e) => {
                    app.room_mut().notice(tr!("cannot-publish", why = e), false);
                }
            }
        }
        ui.label(bus_state(app.room()));
    });
}

/// How the room's link to the bus is, in a line.
fn bus_state(room: &crate::room::Room) -> String {
    let Some(status) = room.bus_status() else {
        return if room.publishing() { tr!("starting").to_owned() } else { tr!("not-publishing").to_owned() };
    };
    let topics = room.bus_topics().map(|t| format!("{}/{}", t.conference, t.room)).unwrap_or_default();
    match (&status.problem, status.connected) {
        (_, true) => {
            tr!("publishing-as-connected", topics = topics, lines = status.sent)
        }
        (Some(p), false) => tr!("not-reaching-the-broker-runs-on", why = p),
        (None, false) => tr!("connecting"),
    }
}
