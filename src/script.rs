//! Action scripts: a session's actions written down with their times, for `chairtime simulate`
//! (rehearsals, tests, reproducing a problem). Documented in `docs/action-scripts.md`.
//!
//! ```text
//! # time  command  [argument]
//! 0:00    start
//! 4:30    next          # intro slides → discussion
//! 23:40   next          # the first slot ends; BPF Debugging starts
//! 1:02:00 extend 120
//! ```

use chrono::TimeDelta;

use crate::schedule::duration::parse_length;
use crate::timing::command::Command;
use crate::timing::engine::Engine;

/// One scripted action, with item positions still as the chair sees them (running order, from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// An engine command with no item argument.
    Plain(Command),
    /// `skip [N]`: the current item, or the item at position N.
    Skip(Option<usize>),
    /// `unskip N`
    Unskip(usize),
    /// `goto N`
    Goto(usize),
    /// `move N M`: the item at position N to position M.
    Move(usize, usize),
    /// `length N 15m`: set the planned length of the item at position N.
    Length(usize, TimeDelta),
    /// `catchup`: apply the catch-up plan the engine proposes at that moment.
    CatchUp,
    /// `wait`: nothing; moves the clock (the report is as of the last line).
    Wait,
    /// `record start|stop [AGO]`: the recording started or stopped, AGO seconds before the line.
    Record { on: bool, ago: i64 },
    /// `record fix N start|stop TIME`: recording N really started or stopped at the script's TIME,
    /// `before` this line.
    RecordAt { recording: usize, start: bool, before: TimeDelta },
}

/// A script line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Line number, from 1.
    pub line: usize,
    /// Time since the script's first line.
    pub at: TimeDelta,
    /// What to do.
    pub action: Action,
}

/// A script error: the line and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptError {
    /// Line number, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
    /// What was wrong.
    pub message: String,
}

/// Every command word, for messages and docs.
pub const COMMANDS: &[&str] = &[
    "start", "pause", "resume", "next", "back", "extend", "trim", "skip", "unskip", "goto", "move",
    "correct", "length", "catchup", "message", "hide", "blackout", "finish", "rehearse", "wait", "record",
];

fn parse_clock(word: &str) -> Option<TimeDelta> {
    let parts: Vec<&str> = word.split(':').collect();
    let n = |s: &str| {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i64>().ok())
            .flatten()
    };
    let (h, m, s) = match parts.as_slice() {
        [m, s] => (0, n(m)?, n(s)?),
        [h, m, s] => (n(h)?, n(m)?, n(s)?),
        _ => return None,
    };
    (s < 60 && (parts.len() == 2 || m < 60)).then(|| TimeDelta::seconds(h * 3600 + m * 60 + s))
}

/// A length in a script: units only (`90s`, `1m30s`, `15m`) or a bare number; `1:30` could be
/// 1 min 30 s or 1 h 30 min, so it is refused.
fn script_length(text: &str) -> Result<TimeDelta, String> {
    if text.contains(':') {
        return Err(format!(
            "{text:?} is ambiguous (1 min 30 s or 1 h 30 min?); write the units, e.g. \"90s\", \"1m30s\" or \"1h30m\""
        ));
    }
    parse_length(text).map_err(|_| {
        format!("expected a length with its unit such as \"90s\", \"1m30s\" or \"15m\", found {text:?}")
    })
}

/// Parses a script.
///
/// # Errors
/// The first bad line.
pub fn parse(text: &str) -> Result<Vec<Step>, ScriptError> {
    let mut steps = Vec::new();
    let mut origin: Option<TimeDelta> = None;
    let mut previous = TimeDelta::zero();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        // A `#` starts a comment, except in a message's text, which runs to the end of the line
        // (`message Questions go to mic #2` shows "#2"): docs/action-scripts.md.
        let is_message = raw.split_whitespace().nth(1).is_some_and(|w| w.eq_ignore_ascii_case("message"));
        let body = if raw.trim_start().starts_with('#') {
            ""
        } else if is_message {
            raw
        } else {
            raw.split_once('#').map_or(raw, |(b, _)| b)
        };
        let indent = body.len() - body.trim_start().len();
        let body = body.trim();
        if body.is_empty() {
            continue;
        }
        let err = |column: usize, message: String| ScriptError { line, column, message };
        let mut words = body.splitn(2, char::is_whitespace);
        let time_word = words.next().unwrap_or_default();
        let rest = words.next().unwrap_or_default().trim_start();
        let t = parse_clock(time_word).ok_or_else(|| {
            err(
                indent + 1,
                format!("expected a time such as 4:30 or 1:02:00 ([H:]MM:SS), found {time_word:?}"),
            )
        })?;
        let at = t - *origin.get_or_insert(t);
        if at < previous {
            return Err(err(
                indent + 1,
                format!("{time_word} is earlier than the line before; times must not go back"),
            ));
        }
        previous = at;
        let command_column = raw.find(rest.split_whitespace().next().unwrap_or(" ")).map_or(1, |i| i + 1);
        let mut args = rest.splitn(2, char::is_whitespace);
        let word = args.next().unwrap_or_default().to_ascii_lowercase();
        let arg = args.next().unwrap_or_default().trim();
        let arg_column = raw.rfind(arg).map_or(command_column, |i| i + 1);
        let seconds = |what: &str| -> Result<i64, ScriptError> {
            if arg.is_empty() {
                return Err(err(
                    command_column,
                    format!("{word} needs {what}, e.g. `{word} 60` or `{word} 1m`"),
                ));
            }
            match arg.parse::<i64>() {
                Ok(s) => Ok(s),
                Err(_) => script_length(arg).map(|d| d.num_seconds()).map_err(|m| err(arg_column, m)),
            }
        };
        let position = |a: &str, col: usize| -> Result<usize, ScriptError> {
            a.parse::<usize>().ok().filter(|&p| p >= 1).ok_or_else(|| {
                err(col, format!("expected an item position (1, 2, …) in the running order, found {a:?}"))
            })
        };
        let no_arg = |a: Action| -> Result<Action, ScriptError> {
            if arg.is_empty() {
                Ok(a)
            } else {
                Err(err(arg_column, format!("{word} takes no argument, found {arg:?}")))
            }
        };
        let action = match word.as_str() {
            "start" => no_arg(Action::Plain(Command::Start))?,
            "pause" => no_arg(Action::Plain(Command::Pause))?,
            "resume" => no_arg(Action::Plain(Command::Resume))?,
            "next" => no_arg(Action::Plain(Command::Next))?,
            "back" => no_arg(Action::Plain(Command::Back))?,
            "finish" => no_arg(Action::Plain(Command::Finish))?,
            "rehearse" => no_arg(Action::Plain(Command::Rehearse))?,
            "hide" => no_arg(Action::Plain(Command::HideMessage))?,
            "catchup" => no_arg(Action::CatchUp)?,
            "wait" => no_arg(Action::Wait)?,
            "extend" => Action::Plain(Command::Extend { seconds: seconds("a number of seconds")? }),
            "trim" => Action::Plain(Command::Trim { seconds: seconds("a number of seconds")? }),
            "correct" => Action::Plain(Command::Correct {
                seconds: seconds("how many seconds ago the phase started")?,
            }),
            "message" => {
                if arg.is_empty() {
                    return Err(err(
                        command_column,
                        "message needs its text, e.g. `message Please wrap up`".into(),
                    ));
                }
                Action::Plain(Command::ShowMessage { text: arg.to_owned() })
            }
            "blackout" => match arg {
                "on" => Action::Plain(Command::Blackout { on: true }),
                "off" => Action::Plain(Command::Blackout { on: false }),
                _ => {
                    return Err(err(
                        arg_column,
                        format!("expected `blackout on` or `blackout off`, found {arg:?}"),
                    ));
                }
            },
            "record" => {
                let words: Vec<&str> = arg.split_whitespace().collect();
                let usage = "expected `record start`, `record stop` (with how many seconds ago, e.g. \
                             `record start 20`) or `record fix 1 start 0:41:12`";
                match words.as_slice() {
                    [edge @ ("start" | "stop"), rest @ ..] if rest.len() <= 1 => {
                        let ago = match rest.first() {
                            None => 0,
                            Some(a) => match a.parse::<i64>() {
                                Ok(s) if s >= 0 => s,
                                _ => script_length(a)
                                    .map(|d| d.num_seconds())
                                    .map_err(|m| err(arg_column, m))?,
                            },
                        };
                        Action::Record { on: *edge == "start", ago }
                    }
                    ["fix", n, edge @ ("start" | "stop"), time] => {
                        let recording = n.parse::<usize>().ok().filter(|n| *n >= 1).ok_or_else(|| {
                            err(arg_column, format!("expected a recording number (1, 2, …), found {n:?}"))
                        })?;
                        let when = parse_clock(time).ok_or_else(|| {
                            err(
                                arg_column,
                                format!("expected the script's time such as 0:41:12, found {time:?}"),
                            )
                        })?;
                        let before = at - (when - origin.unwrap_or(when));
                        if before < TimeDelta::zero() {
                            return Err(err(arg_column, format!("{time} is later than this line")));
                        }
                        Action::RecordAt { recording, start: *edge == "start", before }
                    }
                    _ => return Err(err(arg_column, format!("{usage}, found {arg:?}"))),
                }
            }
            "skip" => Action::Skip(if arg.is_empty() { None } else { Some(position(arg, arg_column)?) }),
            "unskip" => Action::Unskip(position(arg, arg_column)?),
            "goto" => Action::Goto(position(arg, arg_column)?),
            "move" | "length" => {
                let mut two = arg.split_whitespace();
                let (a, b) = (two.next().unwrap_or_default(), two.next().unwrap_or_default());
                if b.is_empty() || two.next().is_some() {
                    let example = if word == "move" { "move 5 2" } else { "length 4 15m" };
                    return Err(err(arg_column, format!("{word} needs two arguments, e.g. `{example}`")));
                }
                let p = position(a, arg_column)?;
                if word == "move" {
                    Action::Move(p, position(b, arg_column)?)
                } else {
                    if b.bytes().all(|c| c.is_ascii_digit()) {
                        return Err(err(
                            arg_column,
                            format!("a length needs its unit, e.g. \"{b}m\" or \"{b}s\""),
                        ));
                    }
                    Action::Length(p, script_length(b).map_err(|m| err(arg_column, m))?)
                }
            }
            other => {
                return Err(err(
                    command_column,
                    format!("unknown command {other:?}; expected one of {}", COMMANDS.join(", ")),
                ));
            }
        };
        steps.push(Step { line, at, action });
    }
    Ok(steps)
}

impl Action {
    /// The engine command for this action in the engine's current state.
    ///
    /// # Errors
    /// A message when a position does not exist; `Ok(None)` for `wait`.
    pub fn resolve(
        &self,
        engine: &Engine,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Option<Command>, String> {
        let item_at = |p: usize| {
            engine.order().get(p - 1).copied().ok_or_else(|| {
                format!("there is no position {p}; the running order has {} items", engine.order().len())
            })
        };
        Ok(Some(match self {
            Self::Plain(c) => c.clone(),
            Self::Skip(None) => match engine.current() {
                Some(item) => Command::Skip { item },
                None => {
                    return Err(
                        "skip without a position skips the running item, and nothing is running".into()
                    );
                }
            },
            Self::Skip(Some(p)) => Command::Skip { item: item_at(*p)? },
            Self::Unskip(p) => Command::Unskip { item: item_at(*p)? },
            Self::Goto(p) => Command::Goto { item: item_at(*p)? },
            Self::Move(p, to) => Command::Move { item: item_at(*p)?, to: to - 1 },
            Self::Length(p, d) => Command::SetLength { item: item_at(*p)?, seconds: d.num_seconds() },
            Self::CatchUp => Command::CatchUp { trims: engine.view(now).catch_up.trims },
            Self::Wait => return Ok(None),
            Self::Record { on, ago } => {
                Command::Record { on: *on, at: (*ago > 0).then(|| now - TimeDelta::seconds(*ago)) }
            }
            Self::RecordAt { recording, start, before } => {
                Command::RecordAt { recording: *recording, start: *start, at: now - *before }
            }
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_relative_to_the_first_line() {
        let steps =
            parse("# rehearsal\n1:00 start\n5:30 next  # to discussion\n1:01:00 extend 2m\n").unwrap();
        let at: Vec<i64> = steps.iter().map(|s| s.at.num_seconds()).collect();
        assert_eq!(at, [0, 270, 3600]);
        assert_eq!(steps[2].action, Action::Plain(Command::Extend { seconds: 120 }));
        assert_eq!(steps[1].line, 3);
    }

    #[test]
    fn every_command_word_parses() {
        let text = "0:00 start\n0:01 pause\n0:02 resume\n0:03 next\n0:04 back\n0:05 extend 60\n0:06 trim 30\n0:07 skip\n0:08 skip 3\n0:09 unskip 3\n0:10 goto 5\n0:11 move 5 2\n0:12 correct 90\n0:13 length 4 15m\n0:14 catchup\n0:15 message Please wrap up\n0:16 hide\n0:17 blackout on\n0:18 finish\n0:19 rehearse\n0:20 wait\n0:21 record start\n";
        assert_eq!(parse(text).unwrap().len(), COMMANDS.len() + 1, "skip appears twice");
    }

    #[test]
    fn a_length_is_written_with_its_unit_never_as_a_clock() {
        assert!(parse("0:00 correct 1:30\n").unwrap_err().message.contains("ambiguous"));
        assert!(parse("0:00 length 3 1:30\n").unwrap_err().message.contains("ambiguous"));
        assert!(parse("0:00 length 3 20\n").unwrap_err().message.contains("\"20m\" or \"20s\""));
        let steps = parse("0:00 correct 1m30s\n0:01 length 3 20m\n").unwrap();
        assert_eq!(steps[0].action, Action::Plain(Command::Correct { seconds: 90 }));
        assert_eq!(steps[1].action, Action::Length(3, TimeDelta::minutes(20)));
    }

    #[test]
    fn a_hash_in_a_message_is_text_and_elsewhere_starts_a_comment() {
        let steps = parse("# setup\n0:00 start # go\n0:01 message Mic #2, please\n").unwrap();
        assert_eq!(steps[0].action, Action::Plain(Command::Start));
        assert_eq!(steps[1].action, Action::Plain(Command::ShowMessage { text: "Mic #2, please".into() }));
    }

    #[test]
    fn errors_name_the_line_and_column() {
        let e = parse("0:00 start\n0:10 jump\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 6));
        assert!(e.message.contains("unknown command \"jump\""), "{}", e.message);
        let e = parse("0:00 start\n4:3O next\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1));
        let e = parse("1:00 start\n0:30 next\n").unwrap_err();
        assert!(e.message.contains("earlier than the line before"));
        let e = parse("0:00 extend\n").unwrap_err();
        assert!(e.message.contains("extend needs"));
        let e = parse("0:00 goto zero\n").unwrap_err();
        assert_eq!(e.column, 11);
        let e = parse("0:00 next now\n").unwrap_err();
        assert!(e.message.contains("takes no argument"));
    }
}
