//! "Open URL…": a schedule from the conference's web address (pretalx, frab, Indico), fetched on
//! its own thread (the timers keep running meanwhile) into the cache, then opened like a file: the
//! room/day picker follows for a whole conference, and the room keeps it in sync while the session
//! runs (docs/import.md, "From a URL").

use crate::tr;
use std::path::PathBuf;
use std::sync::mpsc;

use egui::{Color32, RichText};

use super::app::ChairApp;
use crate::fetch;

/// The URL being typed, or fetched.
#[derive(Debug, Default)]
pub struct UrlPrompt {
    /// The URL as typed (or taken from the clipboard).
    pub text: String,
    /// Whether the text came from the clipboard (said under the field).
    pub from_clipboard: bool,
    /// A fetch under way: its URL, and where its answer comes.
    pub fetching: Option<(String, mpsc::Receiver<Result<fetch::Primed, String>>)>,
    /// Why the last fetch failed.
    pub error: Option<String>,
    /// The field has been given the keyboard once.
    pub focused: bool,
    /// An API token typed for a schedule not yet public (kept for this run only, never written).
    pub token: String,
}

/// A URL in the clipboard, if it holds one (and nothing else).
fn clipboard_url() -> Option<String> {
    let text = arboard::Clipboard::new().ok()?.get_text().ok()?;
    let text = text.trim();
    (!text.contains(char::is_whitespace) && fetch::url_of(std::path::Path::new(text)).is_some())
        .then(|| text.to_owned())
}

impl ChairApp {
    /// Opens the "Open URL…" window, offering a URL found in the clipboard.
    pub fn open_url_dialog(&mut self) {
        if self.ui.url_prompt.is_some() {
            return;
        }
        let copied = if self.native_dialogs { clipboard_url() } else { None };
        self.ui.url_prompt = Some(UrlPrompt {
            from_clipboard: copied.is_some(),
            text: copied.unwrap_or_default(),
            ..UrlPrompt::default()
        });
    }

    /// Fetches the typed URL on its own thread.
    fn fetch_url(&mut self, ctx: &egui::Context) {
        let Some(prompt) = &mut self.ui.url_prompt else { return };
        let url = prompt.text.trim().to_owned();
        if fetch::url_of(std::path::Path::new(&url)).is_none() {
            prompt.error = Some(tr!("a-schedule-s-address-starts").to_owned());
            return;
        }
        let (tx, rx) = mpsc::channel();
        let typed = prompt.token.trim();
        if !typed.is_empty() {
            // The token typed here is the one the room's watch sends from now on (this run only).
            let mut settings = self.room.sync_settings().clone();
            settings.authorization = Some(fetch::authorization(typed));
            self.room.sync_with(settings);
        }
        let client = fetch::Client::new(self.room.sync_settings().authorization.clone());
        let now = self.room.now();
        let (ctx, asked) = (ctx.clone(), url.clone());
        std::thread::spawn(move || {
            let _ = tx.send(fetch::prime(&asked, &client, now));
            ctx.request_repaint();
        });
        prompt.error = None;
        prompt.fetching = Some((url, rx));
    }

    /// Opens a fetched URL like a file; a failure stays in the window with what to do.
    pub(super) fn poll_url_fetch(&mut self) {
        let Some(prompt) = &mut self.ui.url_prompt else { return };
        let Some((url, rx)) = &prompt.fetching else { return };
        let answer = match rx.try_recv() {
            Ok(a) => a,
            Err(mpsc::TryRecvError::Empty) => return,
            Err(mpsc::TryRecvError::Disconnected) => Err(tr!("the-fetch-stopped-without-an").to_owned()),
        };
        let url = url.clone();
        prompt.fetching = None;
        match answer {
            Ok(primed) => {
                self.ui.url_prompt = None;
                self.open_file(&PathBuf::from(&url));
                if let Some(stale) = primed.stale {
                    self.room.sticky(tr!("schedule-could-not-be-fetched", why = stale));
                }
                if let Some(w) = primed.warning {
                    self.notice(w, false);
                }
            }
            Err(e) => prompt.error = Some(e),
        }
    }
}

/// The window.
pub fn window(app: &mut ChairApp, ctx: &egui::Context) {
    app.poll_url_fetch();
    let Some(prompt) = &mut app.ui.url_prompt else { return };
    let mut go = false;
    let mut cancel = false;
    egui::Window::new(tr!("open-a-schedule-from-its"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.label(tr!("the-address-of-the-conference"));
            let label = ui.label(tr!("schedule-url"));
            let busy = prompt.fetching.is_some();
            let field = ui
                .add_enabled(
                    !busy,
                    egui::TextEdit::singleline(&mut prompt.text)
                        .hint_text(tr!("https-pretalx-example-org-event"))
                        .desired_width(540.0),
                )
                .labelled_by(label.id);
            if !prompt.focused {
                field.request_focus();
                prompt.focused = true;
            }
            if field.changed() {
                prompt.from_clipboard = false;
            }
            if prompt.from_clipboard {
                ui.label(RichText::new(tr!("taken-from-the-clipboard")).small());
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.collapsing(tr!("a-schedule-not-public-yet"), |ui| {
                let label = ui.label(tr!("api-token-pretalx-or-indico"));
                ui.add_enabled(
                    !busy,
                    egui::TextEdit::singleline(&mut prompt.token).password(true).desired_width(420.0),
                )
                .labelled_by(label.id)
                .on_hover_text(tr!("sent-to-the-schedule-s"));
            });
            if let Some((url, _)) = &prompt.fetching {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr!("fetching-from", host = fetch::host_of(url)));
                });
            }
            if let Some(e) = &prompt.error {
                ui.label(RichText::new(e).color(Color32::from_rgb(0xd0, 0x30, 0x30)));
            }
            ui.horizontal(|ui| {
                let can = !busy && !prompt.text.trim().is_empty();
                if ui.add_enabled(can, egui::Button::new(tr!("open-2"))).clicked() || (enter && can) {
                    go = true;
                }
                if ui.button(tr!("cancel")).clicked() {
                    cancel = true;
                }
            });
        });
    if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        cancel = true;
    }
    if cancel {
        // A fetch under way finishes into the cache; nothing is opened.
        app.ui.url_prompt = None;
    } else if go {
        app.fetch_url(ctx);
    }
}
