//! What a schedule file says, before the rules fill the gaps: the one place where a plan becomes a
//! [`Session`] and where every validation lives. The native format and every importer build a
//! [`SessionPlan`] and call [`SessionPlan::normalize`].

use std::fmt;

use chrono::{
    DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, SubsecRound, TimeDelta, TimeZone, Timelike,
    Utc,
};
use chrono_tz::Tz;

use super::duration::format_length;
use super::{Item, ItemKind, Phase, PhaseKind, Session, Thresholds};

/// A session as a file describes it: times of day, optional lengths, a phase template.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionPlan {
    /// Session title (required, non-empty).
    pub title: String,
    /// Conference name.
    pub conference: Option<String>,
    /// The conference's acronym, as the source gives it.
    pub acronym: Option<String>,
    /// Room name.
    pub room: Option<String>,
    /// Venue.
    pub venue: Option<String>,
    /// The speakers' language.
    pub speaker_language: Option<crate::l10n::Lang>,
    /// Chairs.
    pub chairs: Vec<String>,
    /// The session's (first) day.
    pub date: Option<NaiveDate>,
    /// IANA time zone name.
    pub time_zone: Option<String>,
    /// Session start, time of day; defaults to the first item's start.
    pub start: Option<NaiveTime>,
    /// Planned end, time of day; defaults to the end of the last item.
    pub end: Option<NaiveTime>,
    /// Hard end, time of day.
    pub hard_end: Option<NaiveTime>,
    /// Session-wide thresholds (defaults: warning 5m, danger 2m).
    pub thresholds: ThresholdPlan,
    /// Phase template for slots that give no phases (default: one "Talk" phase).
    pub phase_template: Option<Vec<PhasePlan>>,
    /// Items in running order.
    pub items: Vec<ItemPlan>,
}

/// Thresholds as written: either may be left to the level above.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ThresholdPlan {
    /// Warning at this much remaining time.
    pub warning: Option<TimeDelta>,
    /// Danger at this much remaining time.
    pub danger: Option<TimeDelta>,
}

/// When an item starts, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlannedStart {
    /// A time of day on the session's date; a time more than 12 hours earlier than the previous
    /// item's start is on the next day (sessions that run past midnight).
    TimeOfDay(NaiveTime),
    /// An exact local date and time in the session's zone.
    Local(NaiveDateTime),
}

/// One item as written.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemPlan {
    /// Slot or break.
    pub kind: ItemKind,
    /// The source's id.
    pub id: Option<String>,
    /// The source's guid.
    pub guid: Option<String>,
    /// The source's slug.
    pub slug: Option<String>,
    /// Title (required for slots; breaks default to "Break").
    pub title: String,
    /// Speakers.
    pub speakers: Vec<String>,
    /// Start; defaults to the end of the previous item.
    pub start: Option<PlannedStart>,
    /// Length; or `end`; or the next item's start; or the sum of fixed-length phases.
    pub length: Option<TimeDelta>,
    /// End, time of day.
    pub end: Option<NaiveTime>,
    /// The item's own phases, replacing the template.
    pub phases: Option<Vec<PhasePlan>>,
    /// Shorthand: the length of the template's intro phase for this slot.
    pub intro: Option<TimeDelta>,
    /// Thresholds for every phase of this item that gives none.
    pub thresholds: ThresholdPlan,
}

impl ItemPlan {
    /// A slot with a title and nothing else decided.
    pub fn slot(title: impl Into<String>) -> Self {
        Self {
            kind: ItemKind::Slot,
            id: None,
            guid: None,
            slug: None,
            title: title.into(),
            speakers: Vec::new(),
            start: None,
            length: None,
            end: None,
            phases: None,
            intro: None,
            thresholds: ThresholdPlan::default(),
        }
    }

    /// A break with a title.
    pub fn break_(title: impl Into<String>) -> Self {
        Self { kind: ItemKind::Break, ..Self::slot(title) }
    }
}

/// One phase as written; at most one phase of a list may leave its length open ("the rest").
#[derive(Debug, Clone, PartialEq)]
pub struct PhasePlan {
    /// Name shown to the speaker.
    pub name: String,
    /// Kind.
    pub kind: PhaseKind,
    /// Length, or `None` for "the rest of the slot".
    pub length: Option<TimeDelta>,
    /// Thresholds for this phase.
    pub thresholds: ThresholdPlan,
}

/// A plan that cannot become a session, with the place that is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError {
    /// Zero-based index of the item at fault, if an item is.
    pub item: Option<usize>,
    /// The field path, e.g. `session.time_zone` or `item 3 ("BPF Debugging").length`.
    pub field: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for PlanError {}

/// A session together with what the chair should know about the plan (not errors).
#[derive(Debug, Clone, PartialEq)]
pub struct Normalized {
    /// The session.
    pub session: Session,
    /// Remarks such as "the items run past the planned end".
    pub warnings: Vec<String>,
}

/// Items more than this much earlier than the previous item's start are on the next day.
const ROLLOVER: TimeDelta = TimeDelta::hours(12);

/// A session end read as the next day this long after the items end is said to be a likely
/// slip (`end = "09:00"` for a 10:00–18:00 session).
const SLIP: TimeDelta = TimeDelta::hours(6);

fn session_err(field: &str, message: impl Into<String>) -> PlanError {
    PlanError { item: None, field: format!("session.{field}"), message: message.into() }
}

fn item_err(index: usize, item: &ItemPlan, field: &str, message: impl Into<String>) -> PlanError {
    let title = if item.title.is_empty() { String::new() } else { format!(" ({:?})", item.title) };
    PlanError {
        item: Some(index),
        field: format!("item {}{title}.{field}", index + 1),
        message: message.into(),
    }
}

/// Where an item's `start` written as a time of day is read, after `reference` (the previous
/// item's start, local): on the reference's day, or the next day when that would be more than 12
/// hours earlier (sessions that run past midnight).
pub fn time_of_day_after(reference: NaiveDateTime, time: NaiveTime) -> NaiveDateTime {
    let candidate = reference.date().and_time(time);
    if candidate + ROLLOVER < reference { candidate + TimeDelta::days(1) } else { candidate }
}

/// Parses a time zone as a chair writes it ([`super::zone::parse_zone`]).
///
/// # Errors
/// The message names what was expected.
pub fn parse_time_zone(name: &str) -> Result<Tz, String> {
    super::zone::parse_zone(name)
}

/// The first instant of `date` in `tz`: local midnight, or, where clocks go forward at midnight
/// (Cairo, Havana, Santiago, Beirut, Asunción…) and 00:00 does not exist, the first minute of
/// the day that does.
fn start_of_day(tz: Tz, date: NaiveDate) -> Option<DateTime<Utc>> {
    let midnight = date.and_time(NaiveTime::MIN);
    (0..24 * 60)
        .filter_map(|m| midnight.checked_add_signed(TimeDelta::minutes(m)))
        .find_map(|local| tz.from_local_datetime(&local).earliest())
        .map(|t| t.with_timezone(&Utc))
}

/// Converts a local date-time in `tz` to UTC. Ambiguous times (the repeated hour when clocks go
/// back) take the earlier instant and say so; times that do not exist (clocks go forward) fail.
fn to_utc(tz: Tz, local: NaiveDateTime, warnings: &mut Vec<String>) -> Result<DateTime<Utc>, String> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(early, _) => {
            warnings.push(format!(
                "{local} happens twice in {tz} (clocks go back); taking the first, {}",
                early.format("%H:%M %Z")
            ));
            Ok(early.with_timezone(&Utc))
        }
        LocalResult::None => Err(format!("{local} does not exist in {tz} (clocks go forward)")),
    }
}

impl SessionPlan {
    /// Applies the rules (starts follow the previous item, phase templates, threshold inheritance,
    /// midnight rollover) and validates the result.
    ///
    /// # Errors
    /// The first problem found, naming the item and field.
    pub fn normalize(&self) -> Result<Normalized, PlanError> {
        let whole = self.whole_seconds()?;
        Normalizer::new(&whole)?.run()
    }

    /// The plan with every time and length rounded to the nearest whole second (half a second
    /// rounds up): what the journal records, so live and replayed figures agree. An item's end
    /// is rounded as an instant (start + length), so items that meet still meet.
    ///
    /// # Errors
    /// A positive length that rounds to nothing.
    fn whole_seconds(&self) -> Result<SessionPlan, PlanError> {
        let mut plan = self.clone();
        for t in [&mut plan.start, &mut plan.end, &mut plan.hard_end].into_iter().flatten() {
            *t = t.round_subsecs(0);
        }
        round_thresholds(&mut plan.thresholds);
        if let Some(phases) = &mut plan.phase_template {
            round_phases(phases).map_err(|(i, m)| session_err(&format!("phases, phase {}", i + 1), m))?;
        }
        for (index, item) in plan.items.iter_mut().enumerate() {
            let original = item.clone();
            let err = |field: &str, m: String| item_err(index, &original, field, m);
            let fraction = match item.start {
                Some(PlannedStart::TimeOfDay(t)) => subsec(t.nanosecond()),
                Some(PlannedStart::Local(t)) => subsec(t.nanosecond()),
                None => TimeDelta::zero(),
            };
            item.start = item.start.map(|s| match s {
                PlannedStart::TimeOfDay(t) => PlannedStart::TimeOfDay(t.round_subsecs(0)),
                PlannedStart::Local(t) => PlannedStart::Local(t.round_subsecs(0)),
            });
            if let Some(length) = item.length
                && length > TimeDelta::zero()
            {
                let whole = round_length(fraction + length) - round_length(fraction);
                if whole <= TimeDelta::zero() {
                    return Err(err("length", too_short(length)));
                }
                item.length = Some(whole);
            }
            item.end = item.end.map(|t| t.round_subsecs(0));
            if let Some(intro) = &mut item.intro {
                *intro = round_positive(*intro).map_err(|m| err("intro", m))?;
            }
            round_thresholds(&mut item.thresholds);
            if let Some(phases) = &mut item.phases {
                round_phases(phases).map_err(|(i, m)| err(&format!("phases, phase {}", i + 1), m))?;
            }
        }
        Ok(plan)
    }
}

/// The fraction of a second in a time's nanoseconds (a leap second's too).
fn subsec(nanos: u32) -> TimeDelta {
    TimeDelta::nanoseconds(i64::from(nanos % 1_000_000_000))
}

/// A length rounded to the nearest whole second; half a second rounds up.
fn round_length(d: TimeDelta) -> TimeDelta {
    let secs = d.num_seconds();
    let nanos = d.subsec_nanos();
    let secs = if nanos >= 500_000_000 {
        secs.saturating_add(1)
    } else if nanos < -500_000_000 {
        secs.saturating_sub(1)
    } else {
        secs
    };
    TimeDelta::try_seconds(secs).unwrap_or(d)
}

/// "Lasts only 0.400 s", for a length that rounds to nothing.
fn too_short(d: TimeDelta) -> String {
    format!(
        "lasts only {}.{:03} s, which rounds to 0 s: chairtime times whole seconds; expected a length of at least 1 second",
        d.num_seconds(),
        d.subsec_nanos().unsigned_abs() / 1_000_000
    )
}

/// A positive length rounded; one that rounds to nothing is an error.
fn round_positive(d: TimeDelta) -> Result<TimeDelta, String> {
    let whole = round_length(d);
    if d > TimeDelta::zero() && whole.is_zero() { Err(too_short(d)) } else { Ok(whole) }
}

fn round_thresholds(t: &mut ThresholdPlan) {
    for d in [&mut t.warning, &mut t.danger].into_iter().flatten() {
        *d = round_length(*d);
    }
}

fn round_phases(phases: &mut [PhasePlan]) -> Result<(), (usize, String)> {
    for (i, p) in phases.iter_mut().enumerate() {
        if let Some(l) = &mut p.length {
            *l = round_positive(*l).map_err(|m| (i, m))?;
        }
        round_thresholds(&mut p.thresholds);
    }
    Ok(())
}

struct Normalizer<'a> {
    plan: &'a SessionPlan,
    tz: Tz,
    date: NaiveDate,
    thresholds: Thresholds,
    template: Vec<PhasePlan>,
    warnings: Vec<String>,
}

impl<'a> Normalizer<'a> {
    fn new(plan: &'a SessionPlan) -> Result<Self, PlanError> {
        if plan.title.trim().is_empty() {
            return Err(session_err("title", "missing; every session needs a title"));
        }
        let zone = plan.time_zone.as_deref().ok_or_else(|| {
            session_err(
                "time_zone",
                "missing; add the session's time zone, such as time_zone = \"Europe/Lisbon\"",
            )
        })?;
        let tz = parse_time_zone(zone).map_err(|m| session_err("time_zone", m))?;
        let date =
            plan.date.ok_or_else(|| session_err("date", "missing; expected a date such as 2019-09-11"))?;
        if !(1900..=9999).contains(&chrono::Datelike::year(&date)) {
            return Err(session_err("date", format!("{date} is outside the years 1900–9999")));
        }
        let thresholds = resolve_thresholds(plan.thresholds, Thresholds::default())
            .map_err(|m| session_err("danger", m))?;
        let template = match &plan.phase_template {
            Some(phases) => {
                check_phase_list(phases)
                    .map_err(|(i, m)| session_err(&format!("phases, phase {}", i + 1), m))?;
                phases.clone()
            }
            None => vec![PhasePlan {
                name: "Talk".into(),
                kind: PhaseKind::Talk,
                length: None,
                thresholds: ThresholdPlan::default(),
            }],
        };
        Ok(Self { plan, tz, date, thresholds, template, warnings: Vec::new() })
    }

    fn local_utc(&mut self, local: NaiveDateTime) -> Result<DateTime<Utc>, String> {
        to_utc(self.tz, local, &mut self.warnings)
    }

    /// The local date-time of `time` on or after `reference` (12-hour rollover rule).
    fn after(&self, reference: DateTime<Utc>, time: NaiveTime) -> NaiveDateTime {
        time_of_day_after(reference.with_timezone(&self.tz).naive_local(), time)
    }

    fn resolve_start(
        &mut self,
        start: PlannedStart,
        reference: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, String> {
        let local = match start {
            PlannedStart::TimeOfDay(t) => self.after(reference, t),
            PlannedStart::Local(dt) => dt,
        };
        self.local_utc(local)
    }

    /// The session's `end` or `hard_end`: the first `time` after the session's `start`, so an
    /// end earlier in the day than the start is on the next day (`start = "23:00"`,
    /// `end = "02:50"`). A next-day end far past the items' end is likely a slip; it is said.
    fn resolve_end(
        &mut self,
        what: &str,
        time: NaiveTime,
        start: DateTime<Utc>,
        last_end: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, String> {
        let start_local = start.with_timezone(&self.tz).naive_local();
        let same_day = start_local.date().and_time(time);
        if same_day == start_local {
            return Err(format!(
                "{} is the session's start; expected a later time (an end earlier in the day than the start is on the next day)",
                time.format("%H:%M")
            ));
        }
        let next_day = same_day <= start_local;
        let local = if next_day { same_day + TimeDelta::days(1) } else { same_day };
        let end = self.local_utc(local)?;
        if next_day && end - last_end > SLIP {
            self.warnings.push(format!(
                "{what} {} is earlier in the day than the start {}, so it is read as {} the next day, {} after the last item ends at {}; if you meant the same day, write a time after the start",
                time.format("%H:%M"),
                self.hhmm(start),
                time.format("%H:%M"),
                format_length(end - last_end),
                self.hhmm(last_end)
            ));
        }
        Ok(end)
    }

    fn run(mut self) -> Result<Normalized, PlanError> {
        let plan = self.plan;
        if plan.items.is_empty() {
            return Err(PlanError {
                item: None,
                field: "items".into(),
                message: "the session has no items; add at least one [[item]]".into(),
            });
        }
        let day_start = start_of_day(self.tz, self.date).ok_or_else(|| {
            session_err("date", format!("{} has no time of day in {} that exists", self.date, self.tz))
        })?;
        let session_start = match plan.start {
            Some(t) => Some(self.local_utc(self.date.and_time(t)).map_err(|m| session_err("start", m))?),
            None => None,
        };
        let mut items: Vec<Item> = Vec::with_capacity(plan.items.len());
        for (index, raw) in plan.items.iter().enumerate() {
            let err = |field: &str, m: String| item_err(index, raw, field, m);
            let start = match (raw.start, items.last(), session_start) {
                (Some(s), prev, _) => {
                    let reference = prev.map_or(session_start.unwrap_or(day_start), |p| p.start);
                    self.resolve_start(s, reference).map_err(|m| err("start", m))?
                }
                (None, Some(prev), _) => prev.end(),
                (None, None, Some(s)) => s,
                (None, None, None) => {
                    return Err(err(
                        "start",
                        "missing; give the first item a start time, or give the session one (session.start)"
                            .into(),
                    ));
                }
            };
            if let Some(prev) = items.last() {
                if start < prev.end() {
                    return Err(err(
                        "start",
                        format!(
                            "starts at {}, before item {} ({:?}) ends at {}: the items overlap by {}",
                            self.hhmm(start),
                            index,
                            prev.title,
                            self.hhmm(prev.end()),
                            format_length(prev.end() - start)
                        ),
                    ));
                }
            } else if let Some(s) = session_start
                && start < s
            {
                return Err(err(
                    "start",
                    format!("starts at {}, before the session starts at {}", self.hhmm(start), self.hhmm(s)),
                ));
            }
            let item = self.item(index, raw, start)?;
            items.push(item);
        }
        for (index, item) in items.iter().enumerate() {
            if item.length() < TimeDelta::minutes(1) {
                self.warnings.push(format!(
                    "item {} ({:?}) lasts only {}: under a minute; is that right?",
                    index + 1,
                    item.title,
                    format_length(item.length())
                ));
            }
        }
        let first_start = items.first().map_or(day_start, |i| i.start);
        let start = session_start.unwrap_or(first_start);
        let last_end = items.last().map_or(start, Item::end);
        let planned_end = match plan.end {
            Some(t) => {
                let end = self
                    .resolve_end("the planned end", t, start, last_end)
                    .map_err(|m| session_err("end", m))?;
                if end < last_end {
                    self.warnings.push(format!(
                        "the items run until {}, {} past the planned end {}",
                        self.hhmm(last_end),
                        format_length(last_end - end),
                        self.hhmm(end)
                    ));
                }
                end
            }
            None => last_end,
        };
        let hard_end = match plan.hard_end {
            Some(t) => {
                let hard = self
                    .resolve_end("the hard end", t, start, last_end)
                    .map_err(|m| session_err("hard_end", m))?;
                if hard < last_end {
                    self.warnings.push(format!(
                        "the items run until {}, {} past the hard end {}",
                        self.hhmm(last_end),
                        format_length(last_end - hard),
                        self.hhmm(hard)
                    ));
                }
                Some(hard)
            }
            None => None,
        };
        let session = Session {
            title: plan.title.trim().to_owned(),
            conference: plan.conference.clone(),
            acronym: plan.acronym.clone(),
            room: plan.room.clone(),
            venue: plan.venue.clone(),
            speaker_language: plan.speaker_language,
            chairs: plan.chairs.clone(),
            date: self.date,
            time_zone: self.tz,
            start,
            planned_end,
            hard_end,
            thresholds: self.thresholds,
            items,
        };
        Ok(Normalized { session, warnings: self.warnings })
    }

    fn hhmm(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.tz).format("%H:%M").to_string()
    }

    fn item(&mut self, index: usize, raw: &ItemPlan, start: DateTime<Utc>) -> Result<Item, PlanError> {
        let err = |field: &str, m: String| item_err(index, raw, field, m);
        let title = match (raw.title.trim(), raw.kind) {
            ("", ItemKind::Break) => "Break".to_owned(),
            ("", ItemKind::Slot) => return Err(err("title", "missing; every slot needs a title".into())),
            (t, _) => t.to_owned(),
        };
        let item_thresholds = raw.thresholds;
        let inherited = match raw.kind {
            ItemKind::Slot => self.thresholds,
            ItemKind::Break => Thresholds { warning: TimeDelta::zero(), danger: TimeDelta::zero() },
        };
        let inherited = resolve_thresholds(item_thresholds, inherited).map_err(|m| err("danger", m))?;
        let mut phases: Vec<PhasePlan> = match (&raw.phases, raw.kind) {
            (Some(p), _) => {
                check_phase_list(p).map_err(|(i, m)| err(&format!("phases, phase {}", i + 1), m))?;
                p.clone()
            }
            (None, ItemKind::Slot) => self.template.clone(),
            (None, ItemKind::Break) => vec![PhasePlan {
                name: title.clone(),
                kind: PhaseKind::Break,
                length: None,
                thresholds: ThresholdPlan::default(),
            }],
        };
        if let Some(intro) = raw.intro {
            let phase = phases.iter_mut().find(|p| p.kind == PhaseKind::Intro).ok_or_else(|| {
                err(
                    "intro",
                    "this slot's phases have no intro phase (kind = \"intro\") to set the length of".into(),
                )
            })?;
            phase.length = Some(intro);
        }
        let fixed: TimeDelta = phases.iter().filter_map(|p| p.length).sum();
        let open = phases.iter().filter(|p| p.length.is_none()).count();
        let length = match (raw.length, raw.end) {
            (Some(l), None) => l,
            (None, Some(end)) => {
                let end =
                    self.resolve_start(PlannedStart::TimeOfDay(end), start).map_err(|m| err("end", m))?;
                end - start
            }
            (Some(_), Some(_)) => return Err(err("end", "give either `length` or `end`, not both".into())),
            (None, None) => match self.next_start(index, start) {
                Some(next) => next - start,
                None if open == 0 => fixed,
                None => {
                    return Err(err(
                        "length",
                        "missing; give `length` (e.g. \"20m\"), `end`, or a start time for the next item"
                            .into(),
                    ));
                }
            },
        };
        if length <= TimeDelta::zero() {
            return Err(err("length", format!("must be positive, found {}", format_length(length))));
        }
        if fixed > length || (open > 0 && fixed == length) {
            let list = phases
                .iter()
                .filter_map(|p| p.length.map(|l| format!("{} {}", p.name, format_length(l))))
                .collect::<Vec<_>>()
                .join(" + ");
            return Err(err(
                "phases",
                format!(
                    "the phases ({list}) leave no time in a {} slot; shorten them or give this item its own `phases`",
                    format_length(length)
                ),
            ));
        }
        let rest = length - fixed;
        let last = phases.len().saturating_sub(1);
        let mut out = Vec::with_capacity(phases.len());
        for (i, p) in phases.iter_mut().enumerate() {
            let len = match p.length {
                Some(l) if open == 0 && i == last => l + rest,
                Some(l) => l,
                None => rest,
            };
            let thresholds = resolve_thresholds(p.thresholds, inherited)
                .map_err(|m| err(&format!("phases, phase {}, danger", i + 1), m))?;
            out.push(Phase {
                name: p.name.trim().to_owned(),
                kind: p.kind,
                length: len,
                thresholds: fit(thresholds, len),
            });
        }
        Ok(Item {
            kind: raw.kind,
            id: raw.id.clone(),
            guid: raw.guid.clone(),
            slug: raw.slug.clone(),
            title,
            speakers: raw.speakers.clone(),
            start,
            phases: out,
        })
    }

    /// The next item's start, if it is written down (used to infer a missing length).
    fn next_start(&mut self, index: usize, start: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let next = self.plan.items.get(index + 1)?.start?;
        self.resolve_start(next, start).ok()
    }
}

/// Thresholds that do not fit a phase are off for that phase: a 5-minute intro with the
/// session's 5-minute warning gets no warning instead of starting in warning.
fn fit(t: Thresholds, length: TimeDelta) -> Thresholds {
    let keep = |d: TimeDelta| if d < length { d } else { TimeDelta::zero() };
    Thresholds { warning: keep(t.warning), danger: keep(t.danger) }
}

fn resolve_thresholds(plan: ThresholdPlan, inherited: Thresholds) -> Result<Thresholds, String> {
    let t = Thresholds {
        warning: plan.warning.unwrap_or(inherited.warning),
        danger: plan.danger.unwrap_or(inherited.danger),
    };
    if t.warning > TimeDelta::zero() && t.danger > t.warning {
        return Err(format!(
            "danger ({}) must not come before warning ({}): both count remaining time, so danger should be the smaller",
            format_length(t.danger),
            format_length(t.warning)
        ));
    }
    Ok(t)
}

fn check_phase_list(phases: &[PhasePlan]) -> Result<(), (usize, String)> {
    if phases.is_empty() {
        return Err((0, "an empty phase list; give at least one phase or leave `phases` out".into()));
    }
    let mut open = 0;
    for (i, p) in phases.iter().enumerate() {
        if p.name.trim().is_empty() {
            return Err((i, "missing `name`".into()));
        }
        match p.length {
            None => open += 1,
            Some(l) if l <= TimeDelta::zero() => {
                return Err((i, format!("length must be positive, found {}", format_length(l))));
            }
            Some(_) => {}
        }
        if open > 1 {
            return Err((
                i,
                "only one phase may leave out its length (it takes the rest of the slot)".into(),
            ));
        }
    }
    Ok(())
}
