//! Parsing and formatting the lengths and times of day a chair writes by hand.
//!
//! Lengths: `20m`, `1h30m`, `90s`, `1h`, `2m30s` (units `h`, `m`, `s`, in that order, each at most
//! once), `H:MM` / `H:MM:SS` as frab and pentabarf write them (`0:20` is twenty minutes,
//! `1:30` an hour and a half), and a bare whole number of minutes (`20`).
//! Times of day: `15:00` or `15:00:30`.

use chrono::{NaiveTime, TimeDelta};

/// Longest length accepted anywhere in a plan. A longer value is almost always a typo
/// (`90h` for `90m`) and would make every figure on the projector meaningless.
pub const MAX_LENGTH: TimeDelta = TimeDelta::hours(24);

/// Parses a length such as `20m`, `1h30m`, `0:20` or `20` (minutes).
///
/// # Errors
/// A message saying what was expected, fit to follow `FILE:LINE:COL: `.
pub fn parse_length(text: &str) -> Result<TimeDelta, String> {
    let t = text.trim();
    let expected = || {
        format!(
            "expected a length such as \"20m\", \"1h30m\", \"90s\", \"0:20\" (H:MM) or a number of minutes, found {text:?}"
        )
    };
    if t.is_empty() {
        return Err(expected());
    }
    if t.starts_with('-') {
        return Err(format!("a length cannot be negative, found {text:?}"));
    }
    let seconds = if t.contains(':') {
        parse_colon_length(t).ok_or_else(expected)?
    } else if t.bytes().all(|b| b.is_ascii_digit()) {
        t.parse::<i64>().ok().and_then(|m| m.checked_mul(60)).ok_or_else(expected)?
    } else {
        parse_unit_length(t).ok_or_else(expected)?
    };
    let length = TimeDelta::try_seconds(seconds).ok_or_else(expected)?;
    if length > MAX_LENGTH {
        return Err(format!("{text:?} is longer than 24 hours; is the unit right?"));
    }
    Ok(length)
}

/// Builds a length from whole minutes given as a number in a file (TOML integer, CSV cell).
///
/// # Errors
/// When negative or longer than [`MAX_LENGTH`].
pub fn length_from_minutes(minutes: i64) -> Result<TimeDelta, String> {
    if minutes < 0 {
        return Err(format!("a length cannot be negative, found {minutes}"));
    }
    match minutes.checked_mul(60).and_then(TimeDelta::try_seconds) {
        Some(d) if d <= MAX_LENGTH => Ok(d),
        _ => Err(format!("{minutes} minutes is longer than 24 hours; is the unit right?")),
    }
}

fn parse_colon_length(t: &str) -> Option<i64> {
    let parts: Vec<&str> = t.split(':').collect();
    let num = |s: &str, max_digits: usize| -> Option<i64> {
        (!s.is_empty() && s.len() <= max_digits && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match parts.as_slice() {
        [h, m] => {
            let (h, m) = (num(h, 2)?, num(m, 2)?);
            (m < 60 && parts[1].len() == 2).then_some(h * 3600 + m * 60)
        }
        [h, m, s] => {
            let (h, m, s) = (num(h, 2)?, num(m, 2)?, num(s, 2)?);
            (m < 60 && s < 60 && parts[1].len() == 2 && parts[2].len() == 2).then_some(h * 3600 + m * 60 + s)
        }
        _ => None,
    }
}

fn parse_unit_length(t: &str) -> Option<i64> {
    let mut total: i64 = 0;
    let mut digits = String::new();
    let mut last_rank = 0; // h = 3, m = 2, s = 1: units must come in that order, once each
    let mut any = false;
    for c in t.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if c == ' ' && digits.is_empty() {
            continue;
        }
        let (rank, factor) = match c.to_ascii_lowercase() {
            'h' => (3, 3600),
            'm' => (2, 60),
            's' => (1, 1),
            _ => return None,
        };
        if digits.is_empty() || (last_rank != 0 && rank >= last_rank) {
            return None;
        }
        let value: i64 = digits.parse().ok()?;
        total = total.checked_add(value.checked_mul(factor)?)?;
        digits.clear();
        last_rank = rank;
        any = true;
    }
    (any && digits.is_empty()).then_some(total)
}

/// Parses a time of day, `HH:MM` or `HH:MM:SS` (24-hour clock; `9:05` is accepted).
///
/// # Errors
/// A message saying what was expected.
pub fn parse_time_of_day(text: &str) -> Result<NaiveTime, String> {
    let t = text.trim();
    NaiveTime::parse_from_str(t, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
        .map_err(|_| format!("expected a time of day such as \"15:00\" or \"15:00:30\", found {text:?}"))
}

/// Formats a length the way the native format writes it: `22m`, `1h30m`, `4m30s`, `0s`.
/// Negative lengths get a leading `-`.
pub fn format_length(d: TimeDelta) -> String {
    let total = d.num_seconds();
    let sign = if total < 0 { "-" } else { "" };
    let total = total.unsigned_abs();
    let (h, m, s) = (total / 3600, (total % 3600) / 60, total % 60);
    let mut out = String::from(sign);
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if m > 0 {
        out.push_str(&format!("{m}m"));
    }
    if s > 0 || total == 0 {
        out.push_str(&format!("{s}s"));
    }
    out
}

/// The one rounding rule for every countdown shown (projector, chair window, `status`): time left
/// is rounded up and overtime down, so `00:01` shows until the very instant time is up, `00:00`
/// for exactly the first second of overtime, then `+00:01` (docs/timekeeping.md, "Rounding").
/// Positive is time left, negative overtime.
pub fn displayed_seconds(d: TimeDelta) -> i64 {
    let ms = d.num_milliseconds();
    if ms > 0 { (ms + 999) / 1000 } else { -((-ms) / 1000) }
}

/// A countdown as the chair and the speaker see it (see [`displayed_seconds`]): `12:34`,
/// `1:02:03`, and overtime as `+01:30`.
pub fn format_clock(d: TimeDelta) -> String {
    let total = displayed_seconds(d);
    let sign = if total < 0 { "+" } else { "" };
    let total = total.unsigned_abs();
    let (h, m, s) = (total / 3600, (total % 3600) / 60, total % 60);
    if h > 0 { format!("{sign}{h}:{m:02}:{s:02}") } else { format!("{sign}{m:02}:{s:02}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: i64) -> TimeDelta {
        TimeDelta::seconds(s)
    }

    #[test]
    fn unit_lengths_are_read_as_written() {
        assert_eq!(parse_length("20m"), Ok(secs(1200)));
        assert_eq!(parse_length("1h30m"), Ok(secs(5400)));
        assert_eq!(parse_length("90s"), Ok(secs(90)));
        assert_eq!(parse_length("2m30s"), Ok(secs(150)));
        assert_eq!(parse_length("1h"), Ok(secs(3600)));
        assert_eq!(parse_length("1h 5m"), Ok(secs(3900)));
    }

    #[test]
    fn colon_lengths_are_hours_and_minutes_like_frab() {
        assert_eq!(parse_length("0:20"), Ok(secs(1200)));
        assert_eq!(parse_length("4:30"), Ok(secs(4 * 3600 + 1800)));
        assert_eq!(parse_length("01:30:15"), Ok(secs(5415)));
    }

    #[test]
    fn a_bare_number_is_minutes() {
        assert_eq!(parse_length("20"), Ok(secs(1200)));
        assert_eq!(length_from_minutes(45), Ok(secs(2700)));
    }

    #[test]
    fn malformed_lengths_are_rejected_with_the_expected_forms() {
        for bad in [
            "",
            "m",
            "20x",
            "5m20m",
            "20s5m",
            "1:2",
            "1:60",
            "-5m",
            "m5",
            "20 m s",
            "1:30:",
            "99999999999999999999m",
        ] {
            let err = parse_length(bad).expect_err(bad);
            assert!(err.contains("length"), "{bad}: {err}");
        }
    }

    #[test]
    fn lengths_over_a_day_are_rejected_as_likely_typos() {
        assert!(parse_length("25h").is_err());
        assert!(length_from_minutes(24 * 60 + 1).is_err());
        assert!(length_from_minutes(-1).is_err());
    }

    #[test]
    fn times_of_day_accept_minutes_and_seconds() {
        assert_eq!(parse_time_of_day("15:00"), Ok(NaiveTime::from_hms_opt(15, 0, 0).unwrap()));
        assert_eq!(parse_time_of_day("9:05:30"), Ok(NaiveTime::from_hms_opt(9, 5, 30).unwrap()));
        assert!(parse_time_of_day("25:00").is_err());
        assert!(parse_time_of_day("3pm").is_err());
    }

    #[test]
    fn lengths_format_back_to_the_native_notation() {
        assert_eq!(format_length(secs(1320)), "22m");
        assert_eq!(format_length(secs(13200)), "3h40m");
        assert_eq!(format_length(secs(270)), "4m30s");
        assert_eq!(format_length(secs(0)), "0s");
        assert_eq!(format_length(secs(-90)), "-1m30s");
        for d in [1, 59, 60, 61, 3599, 3600, 86_399] {
            assert_eq!(parse_length(&format_length(secs(d))), Ok(secs(d)));
        }
    }

    #[test]
    fn clock_faces_show_overtime_with_a_plus() {
        assert_eq!(format_clock(secs(299)), "04:59");
        assert_eq!(format_clock(secs(0)), "00:00");
        assert_eq!(format_clock(secs(-83)), "+01:23");
        assert_eq!(format_clock(secs(3723)), "1:02:03");
    }
}
