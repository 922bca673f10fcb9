//! The chair's settings, persisted by eframe between runs. Unreadable settings fall back to the
//! defaults with a notice, never a crash.

use chrono::TimeDelta;
use serde::{Deserialize, Serialize};

use crate::schedule::load::Overrides;
use crate::schedule::plan::ThresholdPlan;

/// The storage key.
pub const KEY: &str = "chairtime.settings";

/// Everything the chair can set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Default warning threshold in seconds, for files that give none.
    pub warning_seconds: u32,
    /// Default danger threshold in seconds.
    pub danger_seconds: u32,
    /// Intro slides length in minutes for talks imported from a conference file (0: one "Talk"
    /// phase). chairtime's own TOML files say their phases themselves.
    pub intro_minutes: u32,
    /// Sound off.
    pub muted: bool,
    /// Volume, 0–1.
    pub volume: f32,
    /// A short reminder each further minute of overtime.
    pub minute_reminders: bool,
    /// Overtime flashes (once a second); off for people sensitive to it.
    pub flashing: bool,
    /// A message to the speaker stays on the projector when the next item begins (off: it is
    /// meant for the speaker who was on, and is taken off as the next one starts).
    pub keep_messages: bool,
    /// The language of what the speaker reads: the projector, the speaker link, the presets
    /// (docs/l10n.md).
    pub speaker_language: crate::l10n::Lang,
    /// The language of this window, the remote page's own words and the messages (docs/l10n.md);
    /// `None`: the desktop's (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub chair_language: Option<crate::l10n::Lang>,
    /// Light theme for the chair window.
    pub light: bool,
    /// Zoom of the chair window.
    pub zoom: f32,
    /// Where the projector window was (outer position, points), to reopen it on the same monitor.
    pub projector_position: Option<[f32; 2]>,
    /// Its inner size.
    pub projector_size: Option<[f32; 2]>,
    /// Whether it was full screen.
    pub projector_fullscreen: bool,
    /// Whether it opens with the session.
    pub projector_open: bool,
    /// The screen the chair put the projector view on, by name and size.
    pub projector_screen: Option<super::monitors::SavedMonitor>,
    /// The chair wants the projector view as a window, whatever screens there are.
    pub projector_in_window: bool,
    /// The conference bus the room publishes on (`mqtt://HOST/PREFIX`; empty: none), from the
    /// next start on too (docs/conference.md).
    pub bus: String,
    /// The file with the broker's user name and password (empty: none).
    pub bus_credentials: String,
    /// A certificate authority file for `mqtts://` (empty: the system's only).
    pub bus_ca: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            warning_seconds: 300,
            danger_seconds: 120,
            intro_minutes: 5,
            muted: false,
            volume: 0.8,
            minute_reminders: true,
            flashing: true,
            keep_messages: false,
            speaker_language: crate::l10n::Lang::En,
            chair_language: None,
            light: false,
            zoom: 1.0,
            projector_position: None,
            projector_size: None,
            projector_fullscreen: false,
            projector_open: true,
            projector_screen: None,
            projector_in_window: false,
            bus: String::new(),
            bus_credentials: String::new(),
            bus_ca: String::new(),
        }
    }
}

impl Settings {
    /// Reads settings from their stored text; `Err` says what was wrong (the defaults apply).
    ///
    /// # Errors
    /// When the text is not valid settings: a notice for the chair.
    pub fn from_stored(text: Option<&str>) -> Result<Self, String> {
        let Some(text) = text else { return Ok(Self::default()) };
        serde_json::from_str::<Self>(text)
            .map(Self::sanitized)
            .map_err(|e| crate::tr!("saved-settings-unreadable", why = e.to_string()))
    }

    /// The text to store.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Values clamped into their ranges (a hand-edited file may hold anything).
    #[must_use]
    pub fn sanitized(mut self) -> Self {
        self.volume = if self.volume.is_finite() { self.volume.clamp(0.0, 1.0) } else { 0.8 };
        self.zoom = if self.zoom.is_finite() { self.zoom.clamp(0.5, 3.0) } else { 1.0 };
        self.danger_seconds = self.danger_seconds.min(self.warning_seconds).min(3600);
        self.warning_seconds = self.warning_seconds.min(3600);
        self.intro_minutes = self.intro_minutes.min(60);
        // The window cannot shape right-to-left text (docs/fonts.md): a hand-edited choice of one
        // is the desktop's language instead.
        self.chair_language = self.chair_language.filter(|l| l.speaks_to_chair());
        let finite = |p: Option<[f32; 2]>| p.filter(|v| v.iter().all(|x| x.is_finite()));
        self.projector_position = finite(self.projector_position);
        self.projector_size = finite(self.projector_size).filter(|s| s[0] >= 200.0 && s[1] >= 150.0);
        self
    }

    /// The conference bus to publish on, when one is set.
    ///
    /// # Errors
    /// The link is not a bus link; a file cannot be read.
    pub fn bus_connection(&self) -> Result<Option<crate::conference::bus::Connection>, String> {
        let link = self.bus.trim();
        if link.is_empty() {
            return Ok(None);
        }
        let bus: crate::conference::bus::Bus = link.parse()?;
        let file = |f: &str| (!f.trim().is_empty()).then(|| std::path::PathBuf::from(f.trim()));
        let (credentials, ca) = (file(&self.bus_credentials), file(&self.bus_ca));
        crate::conference::bus::Connection::new(bus, credentials.as_deref(), ca.as_deref()).map(Some)
    }

    /// What the settings supply to a schedule that is silent about them.
    pub fn overrides(&self) -> Overrides {
        Overrides {
            default_thresholds: ThresholdPlan {
                warning: Some(TimeDelta::seconds(i64::from(self.warning_seconds))),
                danger: Some(TimeDelta::seconds(i64::from(self.danger_seconds))),
            },
            default_intro: Some(TimeDelta::minutes(i64::from(self.intro_minutes))),
            ..Overrides::default()
        }
    }

    /// What the window loads a schedule with: the command line's choices (`launch`: zone, date,
    /// session, intro, gap) over these settings. For chairtime's own files the result is the
    /// session `chairtime check` shows; the settings only fill in what a file leaves open.
    pub fn overrides_for(&self, launch: &Overrides) -> Overrides {
        let mut o = self.overrides();
        o.time_zone.clone_from(&launch.time_zone);
        o.date = launch.date;
        o.select = launch.select.clone();
        o.break_gap = launch.break_gap;
        o.fallback_zone.clone_from(&launch.fallback_zone);
        if launch.default_intro.is_some() {
            o.default_intro = launch.default_intro;
        }
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrupt_settings_fall_back_to_defaults_with_a_notice() {
        let notice = Settings::from_stored(Some("{not json")).unwrap_err();
        assert!(notice.contains("the defaults are used"));
    }

    #[test]
    fn settings_round_trip_and_missing_fields_take_defaults() {
        let s = Settings {
            muted: true,
            volume: 0.3,
            projector_position: Some([1920.0, 0.0]),
            ..Settings::default()
        };
        assert_eq!(Settings::from_stored(Some(&s.to_stored())).unwrap(), s);
        assert_eq!(Settings::from_stored(Some("{\"muted\":true}")).unwrap().volume, 0.8);
    }

    #[test]
    fn out_of_range_values_are_clamped() {
        let s = Settings::from_stored(Some(
            "{\"volume\":7.0,\"zoom\":-1,\"danger_seconds\":900,\"warning_seconds\":60}",
        ))
        .unwrap();
        assert!((s.volume - 1.0).abs() < f32::EPSILON);
        assert!((s.zoom - 0.5).abs() < f32::EPSILON);
        assert_eq!(s.danger_seconds, 60);
    }
}
