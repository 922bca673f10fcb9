//! A session from a schedule URL, kept in sync (docs/import.md, "From a URL"): the room starts a
//! watch on the URL ([`crate::fetch::sync`]) while it runs a session from one, and turns what the
//! watch finds into what the chair sees: a new version that changes *this* room's session is
//! offered through the same question as a changed file; one that changes only other rooms says
//! nothing; a failure is one notice (said again only when the failure changes, withdrawn once the
//! server answers again) and the last good version stays in use; a version in which the room's
//! session vanished is said, seriously, and not taken.

use std::time::Duration;

use super::{ReloadOffer, Room};
use crate::fetch::{self, FetchError, cache, sync::Synced, sync::Syncer};
use crate::timing::journal::Origin;

/// The watch's pace when the chair turned the looks off (`--sync-every 0`): only Reload looks.
const NEVER: Duration = Duration::from_secs(365 * 24 * 3600);

/// What the room keeps of its watch.
#[derive(Debug, Default)]
pub(super) struct Syncing {
    pub settings: fetch::sync::Settings,
    syncer: Option<Syncer>,
    /// The failure said, by kind, and its notice.
    failure: Option<(String, u64)>,
    /// The chair asked to look now (Reload, or the remote's), from this origin: the answer is
    /// said even when nothing changed, and changes are taken.
    asked: Option<Option<Origin>>,
    /// The "Asking …" notice, withdrawn when the answer comes.
    asking: Option<u64>,
    /// A newer version for this session, kept in the cache but not taken (on offer, or put off
    /// with "Not now"): Reload takes it.
    waiting: Option<String>,
    /// The notice that this session vanished from a version, withdrawn when a later one has it.
    vanished: Option<u64>,
}

impl Syncing {
    /// The newer version waiting, which is being taken.
    pub(super) fn take_waiting(&mut self) -> Option<String> {
        self.waiting.take()
    }
}

impl Room {
    /// How to watch a schedule URL (how often, the token); the default looks every 3 minutes.
    pub fn sync_with(&mut self, settings: fetch::sync::Settings) {
        if settings != self.syncing.settings {
            self.syncing.settings = settings;
            self.syncing.syncer = None;
        }
    }

    /// How the room watches a schedule URL.
    pub fn sync_settings(&self) -> &fetch::sync::Settings {
        &self.syncing.settings
    }

    /// A newer version of the session's schedule that was not taken (Reload takes it).
    pub fn schedule_version_waiting(&self) -> Option<&str> {
        let in_use = self.schedule_file().and_then(|f| f.version.as_deref());
        self.syncing.waiting.as_deref().filter(|w| Some(*w) != in_use)
    }

    /// The URL the session runs from, if it runs from one.
    pub fn schedule_url(&self) -> Option<&str> {
        self.schedule_file().and_then(|f| fetch::url_of(&f.path))
    }

    /// Starts (or moves) the watch to the session's URL; stops it for a file, and once the
    /// session has finished (nothing left to re-plan).
    fn watch(&mut self) -> Option<&Syncer> {
        let finished = self.run.engine().finished().is_some();
        let url = self.schedule_url().filter(|_| !self.waiting && !finished).map(str::to_owned);
        let Some(url) = url else {
            self.syncing.syncer = None;
            return None;
        };
        if self.syncing.syncer.as_ref().is_none_or(|s| s.url() != url) {
            let (validators, hash) =
                cache::meta(&url).map(|m| (m.validators(), m.body_sha256)).unwrap_or_default();
            let client = fetch::Client::new(self.syncing.settings.authorization.clone());
            let every = self.syncing.settings.every.unwrap_or(NEVER);
            let wake = self.share_waker();
            self.syncing.syncer = Some(Syncer::start(&url, client, every, validators, hash, Some(wake)));
        }
        self.syncing.syncer.as_ref()
    }

    /// Asks the schedule's URL now (the chair's Reload); the answer comes with a later step.
    pub(super) fn look_at_url_now(&mut self, origin: Option<Origin>) {
        let Some(url) = self.schedule_url().map(str::to_owned) else { return };
        let Some(s) = self.watch() else {
            self.notice(crate::tr!("session-finished-not-followed"), false);
            return;
        };
        s.look_now();
        self.syncing.asked = Some(origin);
        if let Some(id) = self.syncing.asking.take() {
            self.withdraw(id);
        }
        let id = self.notice(crate::tr!("asking-for-the-latest-version", host = fetch::host_of(&url)), false);
        self.syncing.asking = Some(id);
    }

    /// Takes what the watch found since the last step. Returns whether the chair's screen changed.
    pub(super) fn take_synced(&mut self) -> bool {
        if self.watch().is_none() || self.resume.is_some() || self.locked.is_some() {
            return false;
        }
        let found = self.syncing.syncer.as_ref().map(Syncer::found).unwrap_or_default();
        let mut changed = false;
        for synced in found {
            changed = true;
            if let Some(id) = self.syncing.asking.take() {
                self.withdraw(id);
            }
            match synced {
                Synced::Unchanged => {
                    self.answers_again();
                    if let Some(url) = self.schedule_url() {
                        cache::touch(url, self.now());
                    }
                    if let Some(origin) = self.syncing.asked.take()
                        && !self.take_version_put_off(origin)
                    {
                        let version = self.version_words();
                        self.notice(crate::tr!("schedule-not-changed-since", version = version), false);
                    }
                }
                Synced::Changed { body, version } => {
                    self.answers_again();
                    self.new_version(&body, version);
                }
                Synced::Failed(e) => self.could_not_look(&e),
            }
        }
        changed
    }

    /// Takes the newer version put off earlier (it is in the cache), as the chair asked: whether
    /// there was one.
    fn take_version_put_off(&mut self, origin: Option<Origin>) -> bool {
        let Some(version) = self.schedule_version_waiting().map(str::to_owned) else { return false };
        let Some(file) = self.schedule_file.clone() else { return false };
        let Ok(n) = crate::schedule::load::load_path(&file.path, &file.overrides) else { return false };
        if let Some(f) = &mut self.schedule_file {
            f.version = Some(version);
        }
        self.syncing.waiting = None;
        self.reload = None;
        self.take_reload(&n.session, origin);
        true
    }

    /// "version 1.3, fetched at 08:12".
    fn version_words(&self) -> String {
        let version = self.schedule_file().and_then(|f| f.version.clone());
        let fetched = self.schedule_url().and_then(cache::meta).map(|m| {
            let zone = self.recorder().engine().session().time_zone;
            m.fetched_at.with_timezone(&zone).format("%H:%M").to_string()
        });
        let version =
            version.as_deref().map_or_else(|| crate::tr!("the-copy-in-use"), fetch::describe_version);
        match fetched {
            Some(time) => crate::tr!("version-fetched-at", version = version, time = time),
            None => version,
        }
    }

    /// The server answers again after a failure: the failure's notice goes.
    fn answers_again(&mut self) {
        if let Some((_, id)) = self.syncing.failure.take() {
            self.withdraw(id);
            if let Some(url) = self.schedule_url() {
                let host = fetch::host_of(url).to_owned();
                self.notice(crate::tr!("host-answers-again", host = host), false);
            }
        }
    }

    fn could_not_look(&mut self, e: &FetchError) {
        let Some(url) = self.schedule_url().map(str::to_owned) else { return };
        let asked = self.syncing.asked.take().is_some();
        let kind = e.kind();
        if !asked && self.syncing.failure.as_ref().is_some_and(|(k, _)| *k == kind) {
            return;
        }
        if let Some((_, id)) = self.syncing.failure.take() {
            self.withdraw(id);
        }
        let why = fetch::sentence(&e.says(&url));
        let runs_on = self.version_words();
        let text = match self.syncing.settings.every {
            Some(every) if every < NEVER => crate::tr!(
                "could-not-check-asks-every",
                why = why,
                version = runs_on,
                every = fetch::sync::every_words(every)
            ),
            _ => crate::tr!("could-not-check-reload-asks", why = why, version = runs_on),
        };
        let id = self.sticky(text);
        self.syncing.failure = Some((kind, id));
    }

    /// A new version of the schedule: offered when it changes this session, said when this
    /// session is not in it any more.
    fn new_version(&mut self, body: &fetch::Body, version: String) {
        let Some(file) = self.schedule_file.clone() else { return };
        let Some(url) = fetch::url_of(&file.path).map(str::to_owned) else { return };
        let asked = self.syncing.asked.take();
        match crate::schedule::load::load_bytes(&url, &body.bytes, &file.overrides) {
            Ok(n) => {
                if let Some(id) = self.syncing.vanished.take() {
                    self.withdraw(id);
                }
                let now = self.now();
                if let Err(e) = cache::store(&cache::Meta::new(&url, body, version.clone(), now), &body.bytes)
                {
                    self.notice(crate::tr!("new-schedule-not-kept", why = e), false);
                }
                let changes = self.run.engine().replan_changes(&n.session);
                // The version in use is the one the session's plan follows: a version that
                // changed only other rooms, or one taken; an offer keeps its own until taken.
                if changes.is_empty() || asked.is_some() {
                    if let Some(f) = &mut self.schedule_file {
                        f.version = Some(version);
                    }
                    self.reload = None;
                    self.syncing.waiting = None;
                    if let Some(origin) = asked {
                        self.take_reload(&n.session, origin);
                    }
                } else {
                    self.syncing.waiting = Some(version);
                    self.reload = Some(ReloadOffer { session: n.session, changes });
                }
            }
            Err(e) => {
                let words = fetch::describe_version(&version);
                let vanished = crate::schedule::load::inspect(&url, &body.bytes, &file.overrides)
                    .ok()
                    .flatten()
                    .is_some_and(|i| !i.events.is_empty());
                let runs_on = self.version_words();
                let text = if vanished {
                    let s = self.run.engine().session();
                    let room = s.room.clone().unwrap_or_else(|| crate::tr!("this-room"));
                    crate::tr!(
                        "room-vanished-from-schedule",
                        version = words,
                        room = room,
                        day = crate::l10n::chair_date(s.date, crate::l10n::DateForm::Short),
                        runs_on = runs_on
                    )
                } else {
                    crate::tr!(
                        "new-schedule-unusable",
                        version = words,
                        why = fetch::sentence(&e.to_string()),
                        runs_on = runs_on
                    )
                };
                let id = self.notice(text, true);
                if vanished && let Some(old) = self.syncing.vanished.replace(id) {
                    self.withdraw(old);
                }
            }
        }
    }
}
