//! A schedule that changes under a running session: programme committees move and cancel talks,
//! and pretalx or frab republish the file. [`Engine::replan`] takes the new plan for what has not
//! run yet and keeps every actual of what has; [`Engine::replan_changes`] says beforehand, in the
//! chair's words, what a new plan would change. Rules: `docs/timekeeping.md`, "The schedule changes".

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::engine::{Engine, ItemRun, ItemStatus, Refusal};
use crate::schedule::duration::format_length;
use crate::schedule::{Item, Session};

/// One re-plan, as the report lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReplanLog {
    /// When the new plan was taken.
    pub at: DateTime<Utc>,
    /// The file it came from, as the chair named it.
    pub source: Option<String>,
    /// What changed, one sentence each.
    pub changes: Vec<String>,
}

/// The session and runs a re-plan would give, with what it changes.
struct Merge {
    items: Vec<Item>,
    runs: Vec<ItemRun>,
    order: Vec<usize>,
    current: Option<usize>,
    changes: Vec<String>,
}

fn quoted(title: &str) -> String {
    crate::tr!("quoted", title = title)
}

/// A new title or new speakers, in words.
fn renamed(changes: &mut Vec<String>, old: &Item, new: &Item) {
    if new.title != old.title {
        changes.push(crate::tr!("change-renamed", old = quoted(&old.title), new = quoted(&new.title)));
    }
    if new.speakers != old.speakers {
        changes.push(crate::tr!(
            "change-speakers",
            talk = quoted(&new.title),
            speakers = new.speakers.join(", ")
        ));
    }
}

fn normalized(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// For each item of `new`, the item of `old` it is: the same source guid (a journal written
/// before guids were kept holds the guid as the id), else the same source id where that id names
/// one item on each side, else the same kind and title (ignoring case and spacing). Each old item
/// matches at most once.
pub fn match_items(old: &[Item], new: &[Item]) -> Vec<Option<usize>> {
    let mut taken = vec![false; old.len()];
    let mut out = vec![None; new.len()];
    let given = |s: &Option<String>| s.as_deref().filter(|s| !s.is_empty()).map(str::to_owned);
    let once = |items: &[Item], id: &str| items.iter().filter(|i| i.id.as_deref() == Some(id)).count() == 1;
    let same_guid = |o: &Item, n: &Item| {
        given(&n.guid).is_some_and(|g| given(&o.guid).or_else(|| given(&o.id)).as_deref() == Some(&g))
    };
    let same_id = |o: &Item, n: &Item| {
        given(&n.id).is_some_and(|id| o.id.as_deref() == Some(&id) && once(old, &id) && once(new, &id))
    };
    for same in [&same_guid as &dyn Fn(&Item, &Item) -> bool, &same_id] {
        for (j, n) in new.iter().enumerate() {
            if out[j].is_some() {
                continue;
            }
            if let Some(i) = (0..old.len()).find(|&i| !taken[i] && same(&old[i], n)) {
                taken[i] = true;
                out[j] = Some(i);
            }
        }
    }
    for (j, n) in new.iter().enumerate() {
        if out[j].is_some() {
            continue;
        }
        let title = normalized(&n.title);
        if let Some(i) =
            (0..old.len()).find(|&i| !taken[i] && old[i].kind == n.kind && normalized(&old[i].title) == title)
        {
            taken[i] = true;
            out[j] = Some(i);
        }
    }
    out
}

impl Engine {
    /// What taking `new` as the plan would change, one sentence each (empty: nothing).
    /// `new` is the file's plan: a started rehearsal compares it moved as far as Start moved its
    /// own plan, so a file that did not change offers no change.
    pub fn replan_changes(&self, new: &Session) -> Vec<String> {
        self.merge(&self.as_run(new)).changes
    }

    /// The file's plan `new` in this run's time: moved as far as Start moved a rehearsal's plan.
    fn as_run<'a>(&self, new: &'a Session) -> std::borrow::Cow<'a, Session> {
        match self.rehearsal_shift {
            Some(by) => std::borrow::Cow::Owned(new.shifted(by)),
            None => std::borrow::Cow::Borrowed(new),
        }
    }

    /// Takes `new` as the plan. Items that ran or run keep their actuals and their planned
    /// lengths (a new title or speaker is taken); upcoming items take the new titles, speakers,
    /// starts, lengths and order; a skipped item stays skipped; an item removed from the file
    /// that already ran stays in the report; an added item joins the running order.
    pub(super) fn replan(
        &mut self,
        now: DateTime<Utc>,
        new: &Session,
        source: Option<String>,
    ) -> Result<(), Refusal> {
        if new.items.is_empty() {
            return Err(Refusal(crate::tr!("refuse-no-items")));
        }
        let new = &*self.as_run(new);
        let merge = self.merge(new);
        let mut session = new.clone();
        if self.started.is_some() {
            session.start = self.session.start.min(new.start);
        }
        session.items = merge.items;
        self.order = merge.order;
        self.session = session;
        self.file_plan = new.clone();
        self.runs = merge.runs;
        self.current = merge.current;
        self.replans.push(ReplanLog { at: now, source, changes: merge.changes });
        Ok(())
    }

    fn merge(&self, new: &Session) -> Merge {
        let old = &self.session;
        let started = |i: usize| self.runs[i].start.is_some();
        let matched = match_items(&old.items, &new.items);
        let mut new_of_old = vec![None; old.items.len()];
        for (j, m) in matched.iter().enumerate() {
            if let Some(i) = *m {
                new_of_old[i] = Some(j);
            }
        }
        let mut items = Vec::with_capacity(new.items.len());
        let mut runs = Vec::with_capacity(new.items.len());
        let mut changes = Vec::new();
        // The file's items, in the file's order (so the plan's gaps stay between the items the
        // file puts side by side). What ran or runs keeps its actuals and the plan it ran with.
        for (j, n) in new.items.iter().enumerate() {
            match matched[j] {
                Some(i) if started(i) => {
                    let mut item = old.items[i].clone();
                    renamed(&mut changes, &item, n);
                    item.title.clone_from(&n.title);
                    item.speakers.clone_from(&n.speakers);
                    item.id.clone_from(&n.id);
                    item.guid.clone_from(&n.guid);
                    item.slug.clone_from(&n.slug);
                    items.push(item);
                    runs.push(self.runs[i].clone());
                }
                Some(i) => {
                    let o = &old.items[i];
                    renamed(&mut changes, o, n);
                    if n.length() != o.length() {
                        changes.push(crate::tr!(
                            "change-length",
                            talk = quoted(&n.title),
                            new = format_length(n.length()),
                            old = format_length(o.length())
                        ));
                    }
                    if n.start != o.start {
                        changes.push(crate::tr!(
                            "change-start",
                            talk = quoted(&n.title),
                            new = new.hhmm(n.start),
                            old = old.hhmm(o.start)
                        ));
                    }
                    let mut run = self.runs[i].clone();
                    // A re-plan the chair made (catch-up, set length) stays if the new length
                    // still leaves a minute for the last phase.
                    let last = n.phases.len() - 1;
                    if !run.adjust.is_zero()
                        && n.phases[last].length + run.adjust < chrono::TimeDelta::minutes(1)
                    {
                        changes.push(crate::tr!("change-room-length-dropped", talk = quoted(&n.title)));
                        run.adjust = chrono::TimeDelta::zero();
                    }
                    // Extensions kept aside by `back` belong to phases; new phases drop them.
                    if n.phases != o.phases {
                        run.carried.clear();
                    }
                    items.push(n.clone());
                    runs.push(run);
                }
                None => {
                    changes.push(crate::tr!(
                        "change-added",
                        talk = quoted(&n.title),
                        time = new.hhmm(n.start),
                        length = format_length(n.length())
                    ));
                    items.push(n.clone());
                    runs.push(ItemRun::upcoming());
                }
            }
        }
        // Items removed from the file that already ran stay, after the file's.
        let mut index_of_old: Vec<Option<usize>> = new_of_old.clone();
        for &i in &self.order {
            if new_of_old[i].is_some() {
                continue;
            }
            if started(i) {
                let state = if self.runs[i].status == ItemStatus::Running { "running" } else { "ran" };
                changes.push(crate::tr!(
                    "change-gone-but-ran",
                    talk = quoted(&old.items[i].title),
                    state = state
                ));
                index_of_old[i] = Some(items.len());
                items.push(old.items[i].clone());
                runs.push(self.runs[i].clone());
            } else {
                changes.push(crate::tr!("change-removed", talk = quoted(&old.items[i].title)));
            }
        }
        // The running order: what started, as it ran; then what is to come — in the file's order
        // when the file reordered it (against the file before), else in the chair's order (moves
        // made in the room stay), each added item after the one the file puts before it.
        let mut order: Vec<usize> =
            self.order.iter().filter(|&&i| started(i)).filter_map(|&i| index_of_old[i]).collect();
        let upcoming: Vec<usize> =
            (0..new.items.len()).filter(|&j| matched[j].is_none_or(|i| !started(i))).collect();
        let before = match_items(&self.file_plan.items, &new.items);
        let previous_order: Vec<usize> = upcoming.iter().filter_map(|&j| before[j]).collect();
        let file_moved = previous_order.windows(2).any(|w| w[0] > w[1]);
        if file_moved {
            changes.push(crate::tr!("change-order"));
        }
        let position = |i: usize| self.order.iter().position(|&x| x == i).unwrap_or(usize::MAX);
        let mut keyed: Vec<((usize, usize), usize)> = Vec::with_capacity(upcoming.len());
        let mut anchor = (0, 0);
        for &j in &upcoming {
            let key = match matched[j] {
                _ if file_moved => (j, 0),
                Some(i) => {
                    anchor = (position(i).saturating_add(1), 0);
                    anchor
                }
                None => (anchor.0, anchor.1 + 1 + j),
            };
            keyed.push((key, j));
        }
        keyed.sort_by_key(|&(key, _)| key);
        order.extend(keyed.into_iter().map(|(_, j)| j));
        let current = self.current.and_then(|c| index_of_old[c]);
        Merge { items, runs, order, current, changes }
    }
}
