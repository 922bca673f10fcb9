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
    current: Option<usize>,
    changes: Vec<String>,
}

fn quoted(title: &str) -> String {
    format!("“{title}”")
}

/// A new title or new speakers, in words.
fn renamed(changes: &mut Vec<String>, old: &Item, new: &Item) {
    if new.title != old.title {
        changes.push(format!("{} is now called {}", quoted(&old.title), quoted(&new.title)));
    }
    if new.speakers != old.speakers {
        changes.push(format!("{}: speakers now {}", quoted(&new.title), new.speakers.join(", ")));
    }
}

fn normalized(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// For each item of `new`, the item of `old` it is: the same source id, else the same kind and
/// title (ignoring case and spacing). Each old item matches at most once.
pub fn match_items(old: &[Item], new: &[Item]) -> Vec<Option<usize>> {
    let mut taken = vec![false; old.len()];
    let mut out = vec![None; new.len()];
    for (j, n) in new.iter().enumerate() {
        let Some(id) = n.id.as_deref().filter(|s| !s.is_empty()) else { continue };
        if let Some(i) = (0..old.len()).find(|&i| !taken[i] && old[i].id.as_deref() == Some(id)) {
            taken[i] = true;
            out[j] = Some(i);
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
    pub fn replan_changes(&self, new: &Session) -> Vec<String> {
        self.merge(new).changes
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
            return Err(Refusal("the new schedule has no items".into()));
        }
        let merge = self.merge(new);
        let mut session = new.clone();
        if self.started.is_some() {
            session.start = self.session.start.min(new.start);
        }
        session.items = merge.items;
        self.order = (0..session.items.len()).collect();
        self.session = session;
        self.runs = merge.runs;
        self.current = merge.current;
        self.replans.push(ReplanLog { at: now, source, changes: merge.changes });
        Ok(())
    }

    fn merge(&self, new: &Session) -> Merge {
        let old = &self.session;
        let matched = match_items(&old.items, &new.items);
        let mut new_of_old = vec![None; old.items.len()];
        for (j, m) in matched.iter().enumerate() {
            if let Some(i) = *m {
                new_of_old[i] = Some(j);
            }
        }
        let mut items = Vec::new();
        let mut runs = Vec::new();
        let mut current = None;
        let mut changes = Vec::new();
        // What ran or runs, in the order it ran: its actuals and its plan stay.
        for &i in &self.order {
            let run = &self.runs[i];
            if run.start.is_none() {
                continue;
            }
            let mut item = old.items[i].clone();
            match new_of_old[i] {
                Some(j) => {
                    let n = &new.items[j];
                    renamed(&mut changes, &item, n);
                    item.title.clone_from(&n.title);
                    item.speakers.clone_from(&n.speakers);
                    item.id.clone_from(&n.id);
                }
                None => changes.push(format!(
                    "{} is no longer in the schedule; it {} and stays in the report",
                    quoted(&item.title),
                    if run.status == ItemStatus::Running { "is running" } else { "ran" }
                )),
            }
            if self.current == Some(i) {
                current = Some(items.len());
            }
            items.push(item);
            runs.push(run.clone());
        }
        // Then the new plan's items that have not run: in the file's order when the file moved
        // them, else in the chair's running order (moves made in the room stay), each added item
        // after the one the file puts before it.
        let position = |i: usize| self.order.iter().position(|&x| x == i).unwrap_or(usize::MAX);
        let upcoming: Vec<usize> = (0..new.items.len())
            .filter(|&j| matched[j].is_none_or(|i| self.runs[i].start.is_none()))
            .collect();
        let old_plan_order: Vec<usize> = upcoming.iter().filter_map(|&j| matched[j]).collect();
        let file_moved = old_plan_order.windows(2).any(|w| w[0] > w[1]);
        let mut keyed: Vec<((usize, usize), usize)> = Vec::with_capacity(upcoming.len());
        let mut anchor = (0, 0);
        for &j in &upcoming {
            let key = match matched[j] {
                Some(i) if !file_moved => {
                    anchor = (position(i).saturating_add(1), 0);
                    anchor
                }
                _ if file_moved => (j, 0),
                _ => (anchor.0, anchor.1 + 1 + j),
            };
            keyed.push((key, j));
        }
        keyed.sort_by_key(|&(key, _)| key);
        if file_moved {
            changes.push("the file changed the order of the items still to come".into());
        }
        for (_, j) in keyed {
            let n = &new.items[j];
            let old_index = matched[j];
            let mut run = ItemRun::upcoming();
            match old_index {
                Some(i) => {
                    let o = &old.items[i];
                    renamed(&mut changes, o, n);
                    if n.length() != o.length() {
                        changes.push(format!(
                            "{}: {} instead of {}",
                            quoted(&n.title),
                            format_length(n.length()),
                            format_length(o.length())
                        ));
                    }
                    if n.start != o.start {
                        changes.push(format!(
                            "{}: planned at {} instead of {}",
                            quoted(&n.title),
                            new.hhmm(n.start),
                            old.hhmm(o.start)
                        ));
                    }
                    run = self.runs[i].clone();
                    // A re-plan the chair made (catch-up, set length) stays if the new length
                    // still leaves a minute for the last phase.
                    let last = n.phases.len() - 1;
                    if n.phases[last].length + run.adjust < chrono::TimeDelta::minutes(1) {
                        run.adjust = chrono::TimeDelta::zero();
                    }
                }
                None => changes.push(format!(
                    "added {} at {} ({})",
                    quoted(&n.title),
                    new.hhmm(n.start),
                    format_length(n.length())
                )),
            }
            items.push(n.clone());
            runs.push(run);
        }
        for (i, o) in old.items.iter().enumerate() {
            if new_of_old[i].is_none() && self.runs[i].start.is_none() {
                changes.push(format!("removed {}", quoted(&o.title)));
            }
        }
        Merge { items, runs, current, changes }
    }
}
