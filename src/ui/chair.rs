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

/// Message presets: the room's, which pairs each with its catalogue id (the window and the remote
/// show the same ones).
pub use crate::room::PRESETS;

/// A word for a command, in notices ("Pause: already paused").
pub fn command_word(c: &Command) -> &'static str {
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

fn button(app: &mut ChairApp, ui: &mut Ui, allowed: &[CommandKind], c: UiCommand, label: &str) {
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
        egui::CentralPanel::default().frame(clear_frame(egui::Frame::central_panel(ui.style()))).show(ui, |ui| {
            ui.add_space(24.0);
            ui.label(
                "Nothing runs and nothing is recorded until you choose a schedule to run (Open…, Ctrl+O) or the example session. The projector shows the time of day meanwhile.",
            );
        });
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
                ui.heading(crate::room::NO_SESSION);
            } else {
                ui.heading(&s.title);
            }
            if app.room().is_example() && !app.room().is_waiting() {
                ui.label(RichText::new("EXAMPLE").strong().color(ui.visuals().warn_fg_color)).on_hover_text(
                    "The bundled example session, to try chairtime out: open your own schedule with Open… (Ctrl+O)",
                );
            }
            if app.recorder().engine().rehearsal() {
                ui.label(RichText::new("REHEARSAL").strong().color(ui.visuals().warn_fg_color))
                    .on_hover_text("A trial run: the journal and every export say so");
            }
            if !app.room().is_waiting() {
                ui.label(format!(
                    "{place} · {} · {}",
                    s.date.format("%a %-d %b %Y"),
                    crate::schedule::zone::label(s.time_zone)
                ));
                url_badge(app, ui);
            }
            ui.separator();
            let allowed = Vec::new();
            for (c, label) in [
                (UiCommand::Open, "Open…"),
                (UiCommand::OpenUrl, "Open URL…"),
                (UiCommand::Reload, "Reload"),
                (UiCommand::Export, "Export…"),
                (UiCommand::Projector, "Projector"),
                (UiCommand::Fullscreen, "Full screen"),
                (UiCommand::Share, "Share…"),
                (UiCommand::Help, "Shortcuts"),
            ] {
                button(app, ui, &allowed, c, label);
            }
            super::remote::toolbar_badge(app, ui);
            projector_screen(app, ui);
            if ui.button("Settings…").on_hover_text("Defaults, sound, projector, theme").clicked() {
                app.ui.settings = !app.ui.settings;
            }
            ui.separator();
            let mut muted = app.settings.muted;
            if ui.checkbox(&mut muted, "Mute").on_hover_text(UiCommand::Mute.tooltip()).changed() {
                app.settings.muted = muted;
            }
            let volume = ui
                .add(egui::Slider::new(&mut app.settings.volume, 0.0..=1.0).show_value(false).text("Volume"));
            volume.on_hover_text("Volume of the sound cues");
            ui.separator();
            match app.recorder().journal_path() {
                _ if app.room.resume.is_some() => {
                    ui.label(RichText::new("Resume or start fresh?").strong());
                }
                _ if app.room().is_waiting() => {
                    ui.label(RichText::new("Choose what to run").strong())
                        .on_hover_text("Nothing is recorded until you choose a session");
                }
                _ if app.room.locked.is_some() => {
                    ui.label(RichText::new("Follow read-only or start another journal?").strong());
                }
                _ if app.recorder().is_read_only() => {
                    ui.label(RichText::new("READ-ONLY").strong()).on_hover_text(
                        "Another chairtime runs this session; this window follows its journal",
                    );
                }
                Some(p) => {
                    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                    ui.painter().circle_filled(rect.center(), 5.0, Color32::from_rgb(0xe0, 0x30, 0x30));
                    ui.label("Recording")
                        .on_hover_text(format!("Every action is written to {}", p.display()));
                }
                None => {
                    let text = RichText::new("NOT RECORDING")
                        .strong()
                        .color(Color32::WHITE)
                        .background_color(Color32::from_rgb(0xb0, 0, 0x20));
                    ui.label(text)
                        .on_hover_text("The journal cannot be written: a crash would lose the timings");
                    if ui.button("Choose journal folder…").clicked() {
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
        || "It is looked at again when you press Reload (Ctrl+R).".to_owned(),
        |e| {
            format!(
                "chairtime looks for a new version every {}, and when you press Reload (Ctrl+R).",
                crate::fetch::sync::every_words(e)
            )
        },
    );
    ui.label(format!(
        "from {}{}",
        crate::fetch::host_of(url),
        version.map(|v| format!(" · {v}")).unwrap_or_default()
    ))
    .on_hover_text(format!("{url}\n{every}"));
    if let Some(newer) = app.room().schedule_version_waiting() {
        ui.label(
            RichText::new(format!("{} not taken", crate::fetch::describe_version(newer)))
                .color(ui.visuals().warn_fg_color),
        )
        .on_hover_text("A newer schedule changes this session: Reload (Ctrl+R) takes it");
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
                    RichText::new(format!("Attention: {}", n.text))
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
                if ui.small_button("Dismiss").clicked() {
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
            ui.label(RichText::new(style.label).color(style.fg).strong().size(18.0));
        });
        match &view.current {
            Some(c) => {
                ui.label(
                    RichText::new(format!("{} ({} of {})", c.phase_name, c.phase + 1, c.phase_count))
                        .color(style.fg)
                        .size(18.0),
                );
                ui.label(RichText::new(clock_face(c.phase_remaining)).color(style.fg).size(64.0).monospace());
                let slot = if c.slot_remaining > TimeDelta::zero() {
                    format!("Slot: {} left of {}", clock_face(c.slot_remaining), format_length(c.slot_length))
                } else {
                    format!(
                        "Slot: {} over its {}",
                        clock_face(c.slot_remaining).trim_start_matches('+'),
                        format_length(c.slot_length)
                    )
                };
                ui.label(RichText::new(slot).color(style.fg));
                ui.label(RichText::new(&c.title).color(style.fg).strong().size(16.0));
                if !c.speakers.is_empty() {
                    ui.label(RichText::new(c.speakers.join(", ")).color(style.fg));
                }
            }
            None if view.urgency == crate::timing::view::Urgency::Finished => {
                ui.label(RichText::new("Session finished").color(style.fg).size(24.0));
            }
            None if app.recorder().engine().rehearsal() => {
                ui.label(RichText::new("Rehearsal").color(style.fg).size(18.0));
                ui.label(RichText::new("ready").color(style.fg).size(64.0));
                ui.label(RichText::new("Press Space: the plan begins when you do").color(style.fg));
            }
            None => {
                ui.label(
                    RichText::new(format!("Starts at {}", session.hhmm(session.start)))
                        .color(style.fg)
                        .size(18.0),
                );
                let until = if view.until_start > TimeDelta::zero() {
                    clock_face(view.until_start)
                } else {
                    "now".into()
                };
                ui.label(RichText::new(until).color(style.fg).size(64.0).monospace());
                ui.label(RichText::new("Press Space to start the first slot").color(style.fg));
            }
        }
    });
    app.ui.timer_box = Some(shown.response.rect);
}

fn controls(app: &mut ChairApp, ui: &mut Ui, allowed: &[CommandKind]) {
    let engine = app.recorder().engine();
    let start_label = if engine.started().is_none() {
        "Start"
    } else if engine.is_paused() {
        "Resume"
    } else {
        "Pause"
    };
    ui.heading("Controls");
    egui::Grid::new("controls").num_columns(3).spacing([6.0, 6.0]).show(ui, |ui| {
        button(app, ui, allowed, UiCommand::StartPause, start_label);
        button(app, ui, allowed, UiCommand::Next, "Next");
        button(app, ui, allowed, UiCommand::Back, "Back");
        ui.end_row();
        button(app, ui, allowed, UiCommand::ExtendMinute, "+1 min");
        button(app, ui, allowed, UiCommand::TrimMinute, "−1 min");
        button(app, ui, allowed, UiCommand::SkipCurrent, "Skip");
        ui.end_row();
        button(app, ui, allowed, UiCommand::StartedEarlier, "Started 10 s earlier");
        button(app, ui, allowed, UiCommand::StartedLater, "Started 10 s later");
        button(app, ui, allowed, UiCommand::Finish, "Finish");
        ui.end_row();
    });
    let engine = app.recorder().engine();
    let (rehearsal, started) = (engine.rehearsal(), engine.started().is_some());
    if allowed.contains(&CommandKind::Rehearse) {
        ui.horizontal_wrapped(|ui| {
            button(app, ui, allowed, UiCommand::Rehearse, "Rehearse");
            ui.label("a trial run: Start moves the plan to begin then");
        });
    } else if rehearsal && !started {
        ui.label(RichText::new("Rehearsal: Start moves the whole plan to begin when you press it.").strong());
    }
}

/// The video recording's marks: start and stop (V), and each mark's time, which the chair can
/// correct ("it really started at 15:01:12").
fn recording(app: &mut ChairApp, ui: &mut Ui) {
    ui.heading("Video recording");
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
            if on { "Mark: recording stopped" } else { "Mark: recording started" },
        );
        let note = match recordings.last() {
            Some(r) if r.stop.is_none() => format!(
                "Recording {} running since {}",
                recordings.len(),
                s.local(r.start).format("%H:%M:%S")
            ),
            Some(_) => format!(
                "{} recording{} marked",
                recordings.len(),
                if recordings.len() == 1 { "" } else { "s" }
            ),
            None => "not marked: chapters count from the session's start".to_owned(),
        };
        ui.label(note);
    });
    for (i, r) in recordings.iter().enumerate() {
        let n = i + 1;
        ui.horizontal(|ui| {
            ui.label(format!("Recording {n}:"));
            mark(app, ui, &s, n, true, r.start);
            ui.label("–");
            match r.stop {
                Some(stop) => mark(app, ui, &s, n, false, stop),
                None => {
                    ui.label("running");
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
        let what = if start { "started" } else { "stopped" };
        if ui.button(&shown).on_hover_text(format!("Correct when recording {n} really {what}")).clicked() {
            app.ui.record_edit = Some((n, start, String::new()));
        }
        return;
    }
    let label = ui.label(if start { "really started at" } else { "really stopped at" });
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
            None => app.notice(
                format!("{typed:?} is not a time of day such as 15:01:12; recording {n} is unchanged."),
                true,
            ),
        }
    }
}

fn messages(app: &mut ChairApp, ui: &mut Ui, view: &View) {
    ui.heading("Message to the speaker");
    ui.horizontal_wrapped(|ui| {
        // The chair reads the buttons in English; the speaker reads the message in their language.
        let lang = app.room.speaker_lang;
        for (p, text) in PRESETS.iter().zip(crate::room::preset_texts(lang)) {
            let hint = if text == *p {
                "Show this on the projector".to_owned()
            } else {
                format!("Show this on the projector, in {}: \u{201c}{text}\u{201d}", lang.name())
            };
            if ui.button(*p).on_hover_text(hint).clicked() {
                app.push_engine(Command::ShowMessage { text });
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Message");
        let edit =
            egui::TextEdit::singleline(&mut app.ui.draft).hint_text("Type, then Enter").desired_width(220.0);
        let response = ui.add(edit).labelled_by(label.id);
        if app.ui.focus_message {
            response.request_focus();
            app.ui.focus_message = false;
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Show").on_hover_text("Show the message on the projector").clicked() || entered)
            && !app.ui.draft.trim().is_empty()
        {
            let text = std::mem::take(&mut app.ui.draft);
            app.push_engine(Command::ShowMessage { text });
        }
    });
    ui.horizontal(|ui| {
        let allowed = app.recorder().engine().allowed();
        button(app, ui, &allowed, UiCommand::HideMessage, "Hide message");
        let label = if view.blackout { "Bring back projector" } else { "Blackout" };
        button(app, ui, &allowed, UiCommand::Blackout, label);
    });
    if let Some(m) = &view.message {
        ui.label(format!("On the projector: “{m}”"));
    }
}

fn session_figures(app: &mut ChairApp, ui: &mut Ui, view: &View, allowed: &[CommandKind]) {
    let s = app.recorder().engine().session().clone();
    let hhmm = |t: DateTime<Utc>| s.hhmm(t);
    ui.heading("Session");
    egui::Grid::new("figures").num_columns(4).spacing([24.0, 4.0]).show(ui, |ui| {
        let remaining = view.projected_end - view.now;
        ui.label("Elapsed");
        ui.strong(clock_face(-view.session_elapsed).trim_start_matches('+').to_owned());
        ui.label("Remaining");
        ui.strong(clock_face(remaining.max(TimeDelta::zero())));
        ui.end_row();
        ui.label("Schedule");
        ui.strong(pace(view.offset));
        ui.label("Projected end");
        ui.strong(format!("{} (planned {})", hhmm(view.projected_end), hhmm(view.planned_end)));
        ui.end_row();
        ui.label("Next break");
        ui.strong(view.break_text().unwrap_or_else(|| "—".to_owned()));
        ui.label("Hard end");
        ui.strong(s.hard_end.and_then(|h| view.hard_end_text(&hhmm(h))).unwrap_or_else(|| "none".to_owned()));
        ui.end_row();
        ui.label("Slots");
        ui.strong(format!("{} of {} done", view.slots_done, view.slot_count));
        ui.end_row();
    });
    let plan = &view.catch_up;
    if plan.trims.is_empty()
        && let Some(left) = view.unrecovered_text()
    {
        ui.add_space(4.0);
        ui.label(RichText::new(format!("No catch-up plan: {left}.")).strong());
    }
    if !plan.trims.is_empty() {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!(
                    "Catch-up plan: {} behind the planned end.",
                    format_length(plan.needed)
                ))
                .strong(),
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
            button(app, ui, allowed, UiCommand::CatchUp, "Apply catch-up");
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
        ui.heading("Rundown");
        ui.label("Up/Down select · G go to · Shift+S skip · Alt+Up/Down move · , and . length");
    });
    ui.horizontal_wrapped(|ui| {
        for (c, l) in [
            (UiCommand::GotoSelected, "Go to"),
            (UiCommand::ToggleSkipSelected, "Skip / unskip"),
            (UiCommand::MoveSelectedUp, "Move up"),
            (UiCommand::MoveSelectedDown, "Move down"),
            (UiCommand::ShorterSelected, "−1 min"),
            (UiCommand::LongerSelected, "+1 min"),
        ] {
            button(app, ui, allowed, c, l);
        }
    });
    let s = app.recorder().engine().session().clone();
    let current = app.recorder().engine().current();
    egui::ScrollArea::vertical().id_salt("rundown-scroll").show(ui, |ui| {
        egui::Grid::new("rundown").striped(false).num_columns(8).spacing([12.0, 4.0]).show(ui, |ui| {
            for h in ["#", "Planned", "Length", "State", "Actual", "Δ", "Title", "Speakers"] {
                ui.strong(h);
            }
            ui.end_row();
            for row in &view.rows {
                let item = &s.items[row.item];
                let is_current = Some(row.item) == current;
                let is_selected = app.ui.selected == Some(row.item);
                let state = match (row.status, is_current) {
                    (_, true) => "RUNNING",
                    (ItemStatus::Upcoming, _) => "upcoming",
                    (ItemStatus::Running, _) => "running",
                    (ItemStatus::Done, _) => "done",
                    (ItemStatus::Skipped, _) => "skipped",
                };
                let marker = if is_selected { "›" } else { " " };
                if ui
                    .selectable_label(is_selected, format!("{marker}{}", row.position + 1))
                    .on_hover_text("Select this item")
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
    let label = ui.label("Projector on");
    egui::ComboBox::from_id_salt("projector-screen")
        .selected_text(current.unwrap_or_else(|| "a window".to_owned()))
        .show_ui(ui, |ui| {
            if ui.selectable_label(app.screens.applied.is_none(), "a window").clicked() {
                chosen = Some(None);
            }
            for (i, m) in app.screens.list.iter().enumerate() {
                let mine = if Some(i) == app.screens.chair { " (this window's screen)" } else { "" };
                let label = format!("{}{mine}", m.label());
                if ui.selectable_label(app.screens.applied == Some(i), label).clicked() {
                    chosen = Some(Some(m.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text("The screen the projector view goes to, full screen (Shift+P: the other screen)");
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
        ui.label(format!("… and {} more", changes.len() - 12));
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
        egui::Window::new("Quit while the session runs?")
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                ui.label(
                    "The session is running: quitting now turns the projector and the speaker links dark.",
                );
                ui.label("Every timing is kept in the journal; opening chairtime again offers to resume it.");
                ui.label("Q quits; Esc or Enter keeps the session running.");
                ui.horizontal(|ui| {
                    if ui.button("Keep running").on_hover_text("Esc or Enter").clicked() {
                        answer = Some(false);
                    }
                    if ui.button("Quit").on_hover_text("Q").clicked() {
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
            Some(c) if c.phase_remaining < TimeDelta::zero() => format!(
                "It is at “{}” ({}), {} over time.",
                c.title,
                c.phase_name,
                clock_face(c.phase_remaining).trim_start_matches('+')
            ),
            Some(c) => format!(
                "It is at “{}” ({}), with {} left.",
                c.title,
                c.phase_name,
                clock_face(c.phase_remaining)
            ),
            None if finished => {
                "It had finished. Resume shows it as it ended; Back (B) then reopens the last talk."
                    .to_owned()
            }
            None => "It is between two items.".to_owned(),
        };
        let text = format!(
            "chairtime found {} run of this session ({}, last action at {}). {what}",
            match (finished, engine.rehearsal()) {
                (true, true) => "a recently finished rehearsal",
                (true, false) => "a recently finished",
                (false, true) => "an unfinished rehearsal",
                (false, false) => "an unfinished",
            },
            offer.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            s.local(r.last_at()).format("%H:%M:%S"),
        );
        let changes = offer.changes.clone();
        let mut choice = None;
        egui::Window::new("Resume the session?")
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                ui.label(text);
                ui.label("Resuming continues every timer as if chairtime had never stopped.");
                if !changes.is_empty() {
                    ui.separator();
                    ui.label(RichText::new("The schedule file has changed since this run began:").strong());
                    change_list(ui, &changes);
                    ui.label("Talks that already ran keep their timings either way.");
                    ui.separator();
                }
                ui.label("Enter resumes; Shift+Enter starts fresh.");
                ui.horizontal(|ui| {
                    if ui.button("Resume").on_hover_text("Enter").clicked() {
                        choice = Some(Resume::AsRecorded);
                    }
                    if !changes.is_empty()
                        && ui
                            .button("Resume with the file's changes")
                            .on_hover_text(
                                "Talks not yet run take the file's titles, speakers, lengths and order",
                            )
                            .clicked()
                    {
                        choice = Some(Resume::WithChanges);
                    }
                    if ui
                        .button("Start fresh")
                        .on_hover_text("Shift+Enter; the old journal is kept")
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
        egui::Window::new("This session is open in another chairtime")
            .collapsible(false)
            .resizable(false)
            .min_width(560.0)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                ui.label(text);
                ui.label(
                    "Only one chairtime can record a session. Follow it here read-only, or start another journal for a separate run.",
                );
                ui.horizontal(|ui| {
                    if ui.button("Follow read-only").clicked() {
                        choice = Some(true);
                    }
                    if ui.button("Start another journal").clicked() {
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
        egui::Window::new("A screen was connected")
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::RIGHT_TOP, [-16.0, 64.0])
            .show(ctx, |ui| {
                ui.label(format!("{label}: show the projector view there, full screen?"));
                ui.horizontal(|ui| {
                    let key = UiCommand::ProjectorScreen.shortcut_text();
                    if ui.button(format!("Show it there ({key})")).clicked() {
                        choice = Some(true);
                    }
                    if ui.button("Not now").clicked() {
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
            (Some(_), Some(v)) if !v.starts_with("sha256:") => format!("New schedule: version {v}"),
            (Some(_), _) => "The schedule changed".to_owned(),
            (None, _) => "The schedule file changed".to_owned(),
        };
        egui::Window::new(title)
            .collapsible(true)
            .resizable(false)
            .anchor(egui::Align2::RIGHT_BOTTOM, [-16.0, -16.0])
            .show(ctx, |ui| {
                change_list(ui, &changes);
                ui.label("Talks that already ran keep their timings.");
                ui.horizontal(|ui| {
                    if ui
                        .button("Take the changes")
                        .on_hover_text(UiCommand::Reload.shortcut_text())
                        .clicked()
                    {
                        choice = Some(true);
                    }
                    if ui.button("Not now").clicked() {
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
        egui::Window::new(format!("Open {name}?"))
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .min_width(560.0)
            .show(ctx, |ui| {
                ui.label(format!("You opened {} with chairtime (from a file manager or a terminal).", path.display()));
                let state = if app.recorder().engine().started().is_some() {
                    "is running"
                } else {
                    "has changes recorded before its start"
                };
                ui.label(format!(
                    "{title} {state}. Opening {name} puts its session in this window and on the projector instead. Nothing is lost: open the old schedule again later to carry on where it was."
                ));
                ui.label("Until you choose, the running session carries on as usual.");
                ui.horizontal(|ui| {
                    if ui.button(format!("Open {name}")).clicked() {
                        choice = Some(true);
                    }
                    if ui.button("Keep the running session").clicked() {
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
        egui::Window::new(format!("Cannot open {name}"))
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .min_width(640.0)
            .show(ctx, |ui| {
                ui.label("chairtime could not open this schedule:");
                ui.add(egui::Label::new(RichText::new(&failed.error).monospace()).selectable(true));
                ui.label("Mend the file and try again, open another one, or run the bundled example session (the BPF Microconference) to try chairtime out.");
                ui.horizontal(|ui| {
                    if ui.button("Try again").on_hover_text("Read the same file again").clicked() {
                        choice = Some(0);
                    }
                    if ui.button("Open another file…").clicked() {
                        choice = Some(1);
                    }
                    if ui.button("Run the example session").clicked() {
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
        theme::panel(ctx, app.ui.timer_box, "Shortcuts").open(&mut open).show(ctx, |ui| {
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
            ui.label("Shortcuts do not fire while you type in a text field; Esc leaves the field.");
        });
        app.ui.help = open && app.ui.help;
    }
}

/// The export panel: the formats.
fn export_window(app: &mut ChairApp, ctx: &egui::Context) {
    if app.ui.export {
        let mut open = true;
        let mut chosen = None;
        theme::panel(ctx, app.ui.timer_box, "Export actual timings").open(&mut open).show(ctx, |ui| {
            ui.label("Choose a format; a file dialog (or a path field) follows.");
            for (f, l) in [
                (Format::Csv, "CSV — one row per item"),
                (Format::Json, "JSON — everything"),
                (Format::Md, "Markdown report"),
                (Format::Html, "Report page — timeline and table, opens in a browser, prints"),
                (Format::Chapters, "Video chapters — one list per recording marked"),
                (Format::Cuts, "Cut points — each talk's in and out in each recording (CSV)"),
                (Format::FrabXml, "Schedule as it ran — frab XML for the video team's tools"),
                (Format::FrabJson, "Schedule as it ran — frab JSON for the video team's tools"),
                (
                    Format::Sreview,
                    "SReview corrections — each talk's real start and end against the schedule",
                ),
            ] {
                if ui.button(l).clicked() {
                    chosen = Some(f);
                }
            }
        });
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
            DialogPurpose::Open => "Open a schedule",
            DialogPurpose::Export(_) => "Export to",
            DialogPurpose::Journal => "Journal folder",
        };
        let mut done = None;
        egui::Window::new(title).collapsible(false).anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0]).show(
            ctx,
            |ui| {
                ui.label(format!("{}: type the path.", prompt.why));
                let label = ui.label("Path");
                let r = ui
                    .add(egui::TextEdit::singleline(&mut prompt.text).desired_width(420.0))
                    .labelled_by(label.id);
                let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    if ui.button("OK").clicked() || enter {
                        done = Some(true);
                    }
                    if ui.button("Cancel").clicked() {
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
        theme::panel(ctx, app.ui.timer_box, "Settings").open(&mut open).show(ctx, |ui| settings_ui(app, ui));
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
    egui::Window::new(format!("Choose the session to run — {name}"))
        .collapsible(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .min_width(760.0)
        .max_width(900.0)
        .default_height(560.0)
        .show(ctx, |ui| {
            ui.label(format!(
                "This file holds a whole conference: {total} sessions, each a room on a day. Type to find yours by room, day, talk or speaker; Up and Down move, Enter opens."
            ));
            ui.horizontal(|ui| {
                let label = ui.label("Filter");
                let field = egui::TextEdit::singleline(&mut picker.filter)
                    .hint_text("room, day, talk or speaker")
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
                    format!("{total} sessions")
                } else {
                    format!("{} of {total} sessions match", shown.len())
                });
            });
            ui.separator();
            egui::ScrollArea::vertical().max_height(440.0).auto_shrink([false, true]).show(ui, |ui| {
                if shown.is_empty() {
                    ui.label(format!("No session matches \u{201c}{}\u{201d}.", picker.filter.trim()));
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
                        tip.push_str(&format!("\n  and {} more", c.talks.len() - 12));
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
            if ui.button("Cancel").clicked() {
                cancel = true;
            }
        });
    (chosen, cancel)
}

fn settings_ui(app: &mut ChairApp, ui: &mut Ui) {
    let s = &mut app.settings;
    ui.label("Defaults for schedules that do not set them (apply to the next file opened):");
    ui.add(
        egui::Slider::new(&mut s.intro_minutes, 0..=15)
            .text("Intro slides of imported talks (min; 0 = one talk phase)"),
    );
    ui.add(egui::Slider::new(&mut s.warning_seconds, 0..=900).text("Warning at (seconds left)"));
    ui.add(
        egui::Slider::new(&mut s.danger_seconds, 0..=600).text("\u{201c}Wrap up\u{201d} at (seconds left)"),
    );
    s.danger_seconds = s.danger_seconds.min(s.warning_seconds);
    ui.separator();
    ui.checkbox(&mut s.minute_reminders, "A short reminder each further minute of overtime");
    ui.checkbox(&mut s.flashing, "Overtime flashes on the projector (once a second)");
    ui.checkbox(&mut s.keep_messages, "Keep a message to the speaker on screen when the next talk begins");
    ui.horizontal(|ui| {
        let label = ui.label("The speaker reads");
        egui::ComboBox::from_id_salt("speaker-language")
            .selected_text(s.speaker_language.name())
            .show_ui(ui, |ui| {
                for lang in crate::l10n::ALL {
                    ui.selectable_value(&mut s.speaker_language, lang, lang.name());
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(
                "The language of the projector, the speaker link and the message presets (docs/l10n.md)",
            );
    });
    ui.checkbox(&mut s.projector_open, "Open the projector window with the session");
    ui.separator();
    if ui.checkbox(&mut s.light, "Light theme for this window").changed() {
        ui.ctx().set_theme(if s.light { egui::Theme::Light } else { egui::Theme::Dark });
    }
    ui.add(egui::Slider::new(&mut s.zoom, 0.75..=2.0).text("Text size"));
    ui.separator();
    bus_settings(app, ui);
}

/// The conference bus: the link the organisers gave, the login file, and Publish / Stop.
fn bus_settings(app: &mut ChairApp, ui: &mut Ui) {
    ui.label(RichText::new("Conference bus").strong());
    ui.label(
        "The organisers' wall and journal collector: the broker link they gave you (docs/conference.md).",
    );
    let publishing = app.room().publishing();
    let s = &mut app.settings;
    egui::Grid::new("bus").num_columns(2).show(ui, |ui| {
        for (label, value, hint) in [
            ("Broker link", &mut s.bus, "mqtt://broker.example.org/conference"),
            ("Login file (user:password)", &mut s.bus_credentials, "none"),
            ("Certificate authority (PEM)", &mut s.bus_ca, "the system's"),
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
            if ui.button("Stop publishing").clicked() {
                app.room_mut().stop_publishing();
                app.settings.bus.clear();
            }
        } else if ui.add_enabled(!app.settings.bus.trim().is_empty(), egui::Button::new("Publish")).clicked()
        {
            match app.settings.bus_connection() {
                Ok(Some(c)) => app.room_mut().publish_to(c),
                Ok(None) => {}
                Err(e) => {
                    app.room_mut().notice(format!("Cannot publish: {e}"), false);
                }
            }
        }
        ui.label(bus_state(app.room()));
    });
}

/// How the room's link to the bus is, in a line.
fn bus_state(room: &crate::room::Room) -> String {
    let Some(status) = room.bus_status() else {
        return if room.publishing() { "Starting…".to_owned() } else { "Not publishing.".to_owned() };
    };
    let topics = room.bus_topics().map(|t| format!("{}/{}", t.conference, t.room)).unwrap_or_default();
    match (&status.problem, status.connected) {
        (_, true) => {
            let lines = if status.sent == 1 {
                "1 journal line".to_owned()
            } else {
                format!("{} journal lines", status.sent)
            };
            format!("Publishing as {topics}: connected, {lines} sent.")
        }
        (Some(p), false) => format!("Not reaching the broker: {p}. The room runs on."),
        (None, false) => "Connecting…".to_owned(),
    }
}
