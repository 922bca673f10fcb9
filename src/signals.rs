//! Being asked to stop: SIGTERM (a logout, a shutdown, `kill`), SIGINT (Ctrl+C in the terminal
//! chairtime was started from) and SIGHUP (that terminal closed). Without a handler the process
//! would end on the spot, leaving the journal's `.owner` note behind and the session's last
//! moments unsaid; with one, chairtime closes the way the chair closing its window does: the
//! journal (fsynced at every entry already) is closed and its note removed.
//!
//! Headless: no egui here; the caller says what stopping means.

use std::io;

/// Calls `stop` (once per signal) on a small thread of its own when the process is asked to stop.
/// The thread sleeps until then.
///
/// # Errors
/// When the thread or the signal handlers cannot be set up; the process then ends on a signal
/// as it would without this.
pub fn on_stop(stop: impl Fn() + Send + 'static) -> io::Result<()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let rt = tokio::runtime::Builder::new_current_thread().enable_io().build()?;
        // Registered before the thread starts, so a signal right after this returns is caught.
        let (mut term, mut int, mut hup) = rt.block_on(async {
            Ok::<_, io::Error>((
                signal(SignalKind::terminate())?,
                signal(SignalKind::interrupt())?,
                signal(SignalKind::hangup())?,
            ))
        })?;
        std::thread::Builder::new().name("chairtime-signals".into()).spawn(move || {
            rt.block_on(async move {
                loop {
                    tokio::select! {
                        _ = term.recv() => {}
                        _ = int.recv() => {}
                        _ = hup.recv() => {}
                    }
                    stop();
                }
            });
        })?;
        Ok(())
    }
    #[cfg(not(unix))]
    {
        let _ = stop;
        Ok(())
    }
}
