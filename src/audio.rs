//! Audio cues: a distinct chime pattern per moment, synthesised (no sound files to ship), behind a
//! trait so tests and machines without a sound device use the silent player.

use crate::timing::events::{Event, EventKind};

/// What to play.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// One chime: the warning threshold is reached.
    Warning,
    /// Two chimes: the danger threshold is reached (time is nearly up).
    Danger,
    /// Three chimes: the time is up; overtime starts.
    Overtime,
    /// A short low reminder for each further minute of overtime.
    Reminder,
}

impl Cue {
    /// The cue for an engine event, if it has one. Events older than `stale_after` (the laptop
    /// slept through them) stay silent: a chime must mean "now".
    pub fn for_event(event: &Event, now: chrono::DateTime<chrono::Utc>, reminders: bool) -> Option<Self> {
        if now - event.at > chrono::TimeDelta::seconds(5) {
            return None;
        }
        match event.kind {
            EventKind::WarningReached { .. } => Some(Self::Warning),
            EventKind::DangerReached { .. } => Some(Self::Danger),
            EventKind::OvertimeStarted { .. } => Some(Self::Overtime),
            EventKind::OvertimeMinute { .. } if reminders => Some(Self::Reminder),
            _ => None,
        }
    }

    /// (frequency in Hz, number of strikes).
    fn pattern(self) -> (f32, usize) {
        match self {
            Self::Warning => (880.0, 1),
            Self::Danger => (988.0, 2),
            Self::Overtime => (1175.0, 3),
            Self::Reminder => (523.0, 1),
        }
    }
}

/// Sample rate of the synthesised cues.
pub const SAMPLE_RATE: u32 = 44_100;

/// The cue as mono samples at [`SAMPLE_RATE`], scaled by `volume` (0–1): each strike is a bell-like
/// tone (fundamental + octave, exponential decay), 0.35 s apart.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    reason = "sample counts of a second or two: small, positive, exact enough"
)]
pub fn synthesise(cue: Cue, volume: f32) -> Vec<f32> {
    let (freq, strikes) = cue.pattern();
    let rate = SAMPLE_RATE as f32;
    let strike_len = if cue == Cue::Reminder { 0.18 } else { 0.6 };
    let gap = 0.35;
    let total = gap * (strikes - 1) as f32 + strike_len;
    let n = (total * rate) as usize;
    let volume = volume.clamp(0.0, 1.0) * 0.3;
    let mut out = vec![0.0f32; n];
    for s in 0..strikes {
        let offset = (gap * s as f32 * rate) as usize;
        let len = (strike_len * rate) as usize;
        for i in 0..len {
            let t = i as f32 / rate;
            let attack = (t / 0.005).min(1.0);
            let envelope = attack * (-t * 7.0).exp();
            let tone = (std::f32::consts::TAU * freq * t).sin()
                + 0.3 * (std::f32::consts::TAU * 2.0 * freq * t).sin();
            if let Some(x) = out.get_mut(offset + i) {
                *x += volume * envelope * tone / 1.3;
            }
        }
    }
    out
}

/// Something that plays cues.
pub trait CuePlayer {
    /// Plays a cue now (fire and forget).
    fn play(&mut self, cue: Cue, volume: f32);
    /// Why sound is unavailable, if it is.
    fn unavailable(&self) -> Option<&str>;
    /// Called every frame: lets a player release the device while it is idle.
    fn maintain(&mut self) {}
}

/// Plays nothing: for tests, and when there is no sound device.
#[derive(Debug, Default)]
pub struct Silent {
    /// Why (shown once to the chair).
    pub reason: Option<String>,
    /// What would have played, in order (tests read this).
    pub played: Vec<Cue>,
}

impl CuePlayer for Silent {
    fn play(&mut self, cue: Cue, _volume: f32) {
        self.played.push(cue);
    }

    fn unavailable(&self) -> Option<&str> {
        self.reason.as_deref()
    }
}

/// How long the device stays open after the last cue. An open output stream mixes silence
/// continuously, which costs CPU (and battery) for nothing between cues.
const KEEP_OPEN: std::time::Duration = std::time::Duration::from_secs(5);

/// The default sound device, through rodio, opened only while cues play.
pub struct Speaker {
    sink: Option<(rodio::MixerDeviceSink, std::time::Instant)>,
    failed: Option<String>,
}

impl std::fmt::Debug for Speaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Speaker").field("open", &self.sink.is_some()).field("failed", &self.failed).finish()
    }
}

fn open_sink() -> Result<rodio::MixerDeviceSink, String> {
    quiet_alsa();
    let mut sink =
        rodio::DeviceSinkBuilder::open_default_sink().map_err(|e| format!("no sound device: {e}"))?;
    sink.log_on_drop(false);
    Ok(sink)
}

/// Sends alsa-lib's own error lines (five "ALSA lib conf.c:…" lines when there is no sound card)
/// to a buffer nobody prints instead of the terminal, on this thread: chairtime says once, in its
/// own words, that sound is unavailable.
fn quiet_alsa() {
    #[cfg(target_os = "linux")]
    {
        thread_local! {
            static SWALLOWED: std::cell::RefCell<Option<std::rc::Rc<std::cell::RefCell<alsa::Output>>>> =
                const { std::cell::RefCell::new(None) };
        }
        SWALLOWED.with_borrow_mut(|kept| {
            if kept.is_none() {
                *kept = alsa::Output::local_error_handler().ok();
            }
        });
    }
}

impl Speaker {
    /// Checks that the default output device opens (and closes it again).
    ///
    /// # Errors
    /// A message when there is no usable device.
    pub fn open() -> Result<Self, String> {
        drop(open_sink()?);
        Ok(Self { sink: None, failed: None })
    }
}

impl CuePlayer for Speaker {
    fn play(&mut self, cue: Cue, volume: f32) {
        let (Some(channels), Some(rate)) =
            (std::num::NonZero::new(1u16), std::num::NonZero::new(SAMPLE_RATE))
        else {
            return;
        };
        if self.sink.is_none() {
            match open_sink() {
                Ok(s) => self.sink = Some((s, std::time::Instant::now())),
                Err(e) => {
                    self.failed = Some(e);
                    return;
                }
            }
        }
        if let Some((sink, last)) = &mut self.sink {
            sink.mixer().add(rodio::buffer::SamplesBuffer::new(channels, rate, synthesise(cue, volume)));
            *last = std::time::Instant::now();
        }
    }

    fn unavailable(&self) -> Option<&str> {
        self.failed.as_deref()
    }

    fn maintain(&mut self) {
        if self.sink.as_ref().is_some_and(|(_, last)| last.elapsed() > KEEP_OPEN) {
            self.sink = None;
        }
    }
}

/// The speaker if one opens, else the silent player saying why.
pub fn open_player() -> Box<dyn CuePlayer> {
    match Speaker::open() {
        Ok(s) => Box::new(s),
        Err(reason) => Box::new(Silent { reason: Some(reason), played: Vec::new() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cue_has_its_own_number_of_strikes() {
        let peaks = |cue| {
            let s = synthesise(cue, 1.0);
            // Count strike onsets: samples where the envelope jumps after near-silence.
            let window = (SAMPLE_RATE as usize) / 100;
            let peaks = s.chunks(window).map(|c| c.iter().fold(0.0f32, |m, x| m.max(x.abs())));
            let loud: Vec<f32> = std::iter::once(0.0).chain(peaks).collect();
            loud.windows(2).filter(|w| w[1] > w[0] * 1.5 && w[1] > 0.05).count()
        };
        assert_eq!(peaks(Cue::Warning), 1);
        assert_eq!(peaks(Cue::Danger), 2);
        assert_eq!(peaks(Cue::Overtime), 3);
    }

    #[test]
    fn volume_zero_is_silence_and_samples_never_clip() {
        assert!(synthesise(Cue::Overtime, 0.0).iter().all(|x| *x == 0.0));
        assert!(synthesise(Cue::Overtime, 1.0).iter().all(|x| x.abs() <= 1.0));
    }
}
