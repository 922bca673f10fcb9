//! Schedules that reach a running window: a later launch of chairtime (a file opened from the
//! file manager, docs/packaging.md) and files dropped on the window.

use crate::tr;
use std::path::PathBuf;
use std::sync::mpsc;

use egui::{Context, ViewportCommand};

use super::app::ChairApp;
use super::instance::{Incoming, Request};

impl ChairApp {
    /// Listens to later launches of chairtime (see [`super::instance`]).
    pub fn listen_for_launches(&mut self, launches: mpsc::Receiver<Incoming>) {
        self.launches = Some(launches);
    }

    pub(super) fn take_launches(&mut self, ctx: &Context) {
        let requests: Vec<_> = self.launches.as_ref().map(|rx| rx.try_iter().collect()).unwrap_or_default();
        for incoming in requests {
            self.launched_again(ctx, incoming.take());
        }
    }

    /// chairtime was started again while this window runs: come to the front, and open the file
    /// it was given — at once if no session is running, else once the chair says so.
    pub fn launched_again(&mut self, ctx: &Context, request: Request) {
        ctx.send_viewport_cmd(ViewportCommand::Minimized(false));
        ctx.send_viewport_cmd(ViewportCommand::Focus);
        ctx.send_viewport_cmd(ViewportCommand::RequestUserAttention(egui::UserAttentionType::Informational));
        // Anything recorded (before Start too: a reorder, a skip) and not finished: ask first.
        let running = self.room.running();
        match request.open {
            None => {
                self.notice(tr!("chairtime-was-started-again-this"), false);
            }
            Some(path) if running => {
                if let Some(earlier) = self.ui.open_request.replace(path) {
                    self.notice(
                        tr!("opened-as-well-newest-offered", file = earlier.display().to_string()),
                        false,
                    );
                }
            }
            Some(path) => self.open_file(&path),
        }
    }

    /// The chair's answer to [`UiState::open_request`].
    pub fn answer_open_request(&mut self, open: bool) {
        if let Some(path) = self.ui.open_request.take()
            && open
        {
            self.open_file(&path);
        }
    }

    /// Takes files dropped on the window.
    pub(super) fn take_dropped(&mut self, ctx: &Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(p) = dropped.first() {
            self.open_file(p);
        }
    }
}
