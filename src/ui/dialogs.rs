//! File dialogs on their own thread (the timers keep running while one is open), and a typed path
//! where there is no dialog (no desktop portal).

use crate::tr;
use std::path::Path;
use std::sync::mpsc;
use std::time::Instant;

use super::app::{ChairApp, DialogPurpose, DialogTask, PathPrompt};
use crate::timing::journal;

impl ChairApp {
    /// Starts a native file dialog on its own thread, or asks for a typed path where there is none.
    pub fn open_dialog(&mut self, purpose: DialogPurpose) {
        if !self.native_dialogs {
            self.prompt(purpose, &tr!("the-file-picker-cannot-open"));
            return;
        }
        let (tx, rx) = mpsc::channel();
        let dir = self.room.journal_dir().to_owned();
        let session = self.room.recorder().engine().session();
        let stem = format!(
            "{}-{}",
            session.date,
            journal::file_name(session, self.room.now()).trim_end_matches(".jsonl")
        );
        std::thread::spawn(move || {
            let d = rfd::FileDialog::new();
            let picked = match purpose {
                DialogPurpose::Open => d
                    .add_filter(tr!("chairtime-session-files"), &["toml"])
                    .add_filter(tr!("all-files"), &["*"])
                    .pick_file(),
                DialogPurpose::Export(f) => d.set_file_name(format!("{stem}.{}", f.extension())).save_file(),
                DialogPurpose::Journal => d.set_directory(dir).pick_folder(),
            };
            let _ = tx.send(picked);
        });
        self.ui.dialog = Some(DialogTask { purpose, rx, started: Instant::now() });
    }

    fn prompt(&mut self, purpose: DialogPurpose, why: &str) {
        let text = match purpose {
            DialogPurpose::Export(f) => std::env::current_dir()
                .unwrap_or_default()
                .join(format!("chairtime-report.{}", f.extension()))
                .display()
                .to_string(),
            DialogPurpose::Journal => self.room.journal_dir().display().to_string(),
            DialogPurpose::Open => String::new(),
        };
        self.ui.prompt = Some(PathPrompt { purpose, text, why: why.to_owned() });
    }

    /// Collects a finished dialog; one that failed at once (no portal) becomes a typed path.
    pub fn poll_dialog(&mut self) {
        let Some(task) = &self.ui.dialog else { return };
        let Ok(result) = task.rx.try_recv() else { return };
        let (purpose, quick) = (task.purpose, task.started.elapsed() < std::time::Duration::from_millis(400));
        self.ui.dialog = None;
        match result {
            Some(path) => self.use_path(purpose, &path),
            None if quick => {
                self.native_dialogs = false;
                self.prompt(purpose, &tr!("the-file-dialog-could-not"));
            }
            None => {}
        }
    }

    /// Acts on a chosen path.
    pub fn use_path(&mut self, purpose: DialogPurpose, path: &Path) {
        match purpose {
            DialogPurpose::Open => self.open_file(path),
            DialogPurpose::Export(f) => self.export_to(f, path),
            DialogPurpose::Journal => self.room.record_in(path),
        }
    }
}
