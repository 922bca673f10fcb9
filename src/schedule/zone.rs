//! Time zones as a chair writes them: `Europe/Lisbon`, `america/vancouver`, `UTC+2`, and the
//! abbreviations (`PST`, `CET`) that name no place and so cannot say when the clocks change.

use chrono_tz::{TZ_VARIANTS, Tz};

/// What to tell a chair who wrote something that is not a time zone name.
const WHAT_A_NAME_IS: &str = "write the time zone's name: a region and a city in that zone, such as \
     Europe/Lisbon, America/Vancouver or Asia/Kolkata (the names of the tz database, \
     https://en.wikipedia.org/wiki/List_of_tz_database_time_zones), or UTC";

/// Abbreviations people write, and the zones they usually mean. They are refused with these
/// suggestions, even the few the tz database keeps as legacy names (`EST`, `CET`): those follow
/// no country's rules, so `EST` would stay UTC-5 through a New York summer.
const ABBREVIATIONS: &[(&[&str], &[&str])] = &[
    (&["PST", "PDT", "PT"], &["America/Los_Angeles", "America/Vancouver"]),
    (&["MST", "MDT", "MT"], &["America/Denver", "America/Edmonton", "America/Phoenix"]),
    (&["CST", "CDT", "CT"], &["America/Chicago", "America/Mexico_City", "Asia/Shanghai"]),
    (&["EST", "EDT", "ET"], &["America/New_York", "America/Toronto"]),
    (&["AKST", "AKDT"], &["America/Anchorage"]),
    (&["HST"], &["Pacific/Honolulu"]),
    (&["AST", "ADT"], &["America/Halifax", "Asia/Riyadh"]),
    (&["NST", "NDT"], &["America/St_Johns"]),
    (&["BST"], &["Europe/London"]),
    (&["IST"], &["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"]),
    (&["WET", "WEST"], &["Europe/Lisbon", "Atlantic/Canary"]),
    (&["CET", "CEST", "MET", "MEST"], &["Europe/Berlin", "Europe/Paris", "Europe/Brussels", "Europe/Prague"]),
    (&["EET", "EEST"], &["Europe/Athens", "Europe/Helsinki", "Europe/Bucharest"]),
    (&["MSK"], &["Europe/Moscow"]),
    (&["JST"], &["Asia/Tokyo"]),
    (&["KST"], &["Asia/Seoul"]),
    (&["HKT"], &["Asia/Hong_Kong"]),
    (&["SGT"], &["Asia/Singapore"]),
    (&["AEST", "AEDT"], &["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane"]),
    (&["ACST", "ACDT"], &["Australia/Adelaide", "Australia/Darwin"]),
    (&["AWST"], &["Australia/Perth"]),
    (&["NZST", "NZDT"], &["Pacific/Auckland"]),
    (&["BRT"], &["America/Sao_Paulo"]),
    (&["ART"], &["America/Argentina/Buenos_Aires"]),
    (&["SAST"], &["Africa/Johannesburg"]),
    (&["CAT"], &["Africa/Maputo", "Africa/Harare"]),
    (&["EAT"], &["Africa/Nairobi"]),
    (&["WAT"], &["Africa/Lagos"]),
];

/// Reads a time zone as a chair writes it: a tz database name in any case (`america/vancouver`,
/// spaces for underscores), `UTC`/`GMT`/`Z`, or a whole-hour offset from UTC (`UTC+2`, `GMT-7`,
/// `+02:00`: a zone without daylight saving). Abbreviations are refused with the names they
/// could mean.
///
/// # Errors
/// A sentence a chair can act on: what was wrong and what to write instead.
pub fn parse_zone(input: &str) -> Result<Tz, String> {
    let name = input.trim();
    if name.is_empty() {
        return Err(format!("the time zone is empty; {WHAT_A_NAME_IS}"));
    }
    let upper = name.to_ascii_uppercase();
    if let Some((_, zones)) = ABBREVIATIONS.iter().find(|(abbrs, _)| abbrs.contains(&upper.as_str())) {
        return Err(format!(
            "{name} is an abbreviation, which does not say where the clocks change for summer time; \
             write the name of your zone: did you mean {}?",
            or_list(zones)
        ));
    }
    if matches!(upper.as_str(), "UTC" | "GMT" | "Z" | "ZULU" | "UCT") {
        return Ok(Tz::UTC);
    }
    if let Some(tz) = fixed_offset(&upper) {
        return tz;
    }
    let wanted = name.replace(' ', "_");
    if let Some(tz) = TZ_VARIANTS.iter().find(|tz| tz.name().eq_ignore_ascii_case(&wanted)) {
        return Ok(*tz);
    }
    let near = nearest(&wanted);
    Err(match near.as_slice() {
        [] => format!("{name:?} is not a time zone name; {WHAT_A_NAME_IS}"),
        names => format!("{name:?} is not a time zone name; did you mean {}?", or_list(names)),
    })
}

/// A zone as a chair reads it: its name, but the tz database's fixed zones (`Etc/GMT-1`, whose
/// sign is the reverse of what it means) as "UTC+01:00 (fixed)".
pub fn label(tz: Tz) -> String {
    match tz.name().strip_prefix("Etc/GMT").and_then(|h| h.parse::<i32>().ok()) {
        Some(h) if h != 0 => {
            let sign = if h < 0 { '+' } else { '-' };
            format!("UTC{sign}{:02}:00 (fixed)", h.unsigned_abs())
        }
        _ => tz.name().to_owned(),
    }
}

/// The laptop's time zone name: the `TZ` variable when it names a zone (`Europe/Brussels`,
/// `:Europe/Brussels`, or a path into the zoneinfo folder), else the system's setting.
pub fn machine_zone() -> Option<String> {
    zone_from_tz_variable(std::env::var("TZ").ok().as_deref()).or_else(|| iana_time_zone::get_timezone().ok())
}

/// The zone a `TZ` value names, if it names one chairtime knows.
pub fn zone_from_tz_variable(value: Option<&str>) -> Option<String> {
    let v = value?.trim().trim_start_matches(':');
    let v = v.rsplit_once("zoneinfo/").map_or(v, |(_, name)| name);
    TZ_VARIANTS.iter().find(|tz| tz.name() == v).map(|tz| tz.name().to_owned())
}

/// `UTC+2`, `GMT-07:00`, `+02:00`, `UTC+0530` → a fixed zone when it is a whole number of hours.
fn fixed_offset(upper: &str) -> Option<Result<Tz, String>> {
    let rest = ["UTC", "GMT"].iter().find_map(|p| upper.strip_prefix(p)).unwrap_or(upper);
    let (sign, digits) = match rest.chars().next()? {
        '+' => (1, &rest[1..]),
        '-' | '−' => (-1, rest.trim_start_matches(['-', '−'])),
        _ => return None,
    };
    let (h, m) = match digits.split_once(':') {
        Some((h, m)) => (h, m),
        None if digits.len() > 2 => digits.split_at(digits.len() - 2),
        None => (digits, "0"),
    };
    let (Ok(h), Ok(m)) = (h.parse::<i32>(), m.parse::<i32>()) else { return None };
    if m != 0 {
        return Some(Err(format!(
            "UTC{}{h}:{m:02} is not a whole number of hours; write the name of your zone instead \
             (for example Asia/Kolkata for UTC+5:30)",
            if sign > 0 { '+' } else { '-' }
        )));
    }
    if h > 14 {
        return Some(Err(format!("an offset of {h} hours from UTC does not exist; {WHAT_A_NAME_IS}")));
    }
    // The tz database's Etc zones count the other way round: UTC+2 is Etc/GMT-2.
    let name = if h == 0 { "UTC".to_owned() } else { format!("Etc/GMT{:+}", -sign * h) };
    Some(name.parse::<Tz>().map_err(|_| format!("no zone is {h} hours from UTC; {WHAT_A_NAME_IS}")))
}

/// Up to three zone names close to `wanted` (a typo, a missing region, a city alone).
fn nearest(wanted: &str) -> Vec<&'static str> {
    let lower = wanted.to_ascii_lowercase();
    // A city alone: "lisbon" → Europe/Lisbon.
    let by_city: Vec<&'static str> = TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .filter(|n| n.rsplit('/').next().is_some_and(|city| city.eq_ignore_ascii_case(&lower)))
        .take(3)
        .collect();
    if !by_city.is_empty() {
        return by_city;
    }
    let mut scored: Vec<(usize, &'static str)> = TZ_VARIANTS
        .iter()
        .map(|tz| (super::edit_distance(&lower, &tz.name().to_ascii_lowercase()), tz.name()))
        .filter(|(d, _)| *d <= 2.max(lower.len() / 6))
        .collect();
    scored.sort_unstable();
    scored.into_iter().take(3).map(|(_, n)| n).collect()
}

/// "A", "A or B", "A, B or C".
fn or_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tz_variable_names_the_machine_zone_in_its_usual_spellings() {
        assert_eq!(zone_from_tz_variable(Some("Europe/Brussels")).as_deref(), Some("Europe/Brussels"));
        assert_eq!(zone_from_tz_variable(Some(":Europe/Brussels")).as_deref(), Some("Europe/Brussels"));
        assert_eq!(
            zone_from_tz_variable(Some("/usr/share/zoneinfo/America/Vancouver")).as_deref(),
            Some("America/Vancouver")
        );
        assert_eq!(
            zone_from_tz_variable(Some("CET-1CEST,M3.5.0,M10.5.0/3")),
            None,
            "a POSIX rule: the system's"
        );
        assert_eq!(zone_from_tz_variable(None), None);
    }

    #[test]
    fn fixed_zones_are_labelled_by_their_offset_with_the_sign_people_expect() {
        assert_eq!(label(Tz::Etc__GMTMinus1), "UTC+01:00 (fixed)");
        assert_eq!(label(Tz::Etc__GMTPlus7), "UTC-07:00 (fixed)");
        assert_eq!(label(Tz::Europe__Lisbon), "Europe/Lisbon");
    }

    #[test]
    fn names_are_read_in_any_case_and_with_spaces() {
        assert_eq!(parse_zone("america/vancouver"), Ok(Tz::America__Vancouver));
        assert_eq!(parse_zone("  Europe/Lisbon "), Ok(Tz::Europe__Lisbon));
        assert_eq!(parse_zone("america/new york"), Ok(Tz::America__New_York));
        assert_eq!(parse_zone("utc"), Ok(Tz::UTC));
    }

    #[test]
    fn whole_hour_offsets_become_fixed_zones_the_right_way_round() {
        assert_eq!(parse_zone("UTC+2"), Ok(Tz::Etc__GMTMinus2));
        assert_eq!(parse_zone("GMT-07:00"), Ok(Tz::Etc__GMTPlus7));
        assert_eq!(parse_zone("+0100"), Ok(Tz::Etc__GMTMinus1));
        assert_eq!(parse_zone("UTC+0"), Ok(Tz::UTC));
        let half = parse_zone("UTC+5:30").unwrap_err();
        assert!(half.contains("Asia/Kolkata"), "{half}");
    }

    #[test]
    fn abbreviations_are_refused_with_the_zones_they_could_mean() {
        let pst = parse_zone("PST").unwrap_err();
        assert!(pst.contains("did you mean America/Los_Angeles or America/Vancouver?"), "{pst}");
        let est = parse_zone("EST").unwrap_err();
        assert!(est.contains("America/New_York"), "legacy EST would ignore summer time: {est}");
        assert!(parse_zone("cet").unwrap_err().contains("Europe/Berlin"));
    }

    #[test]
    fn a_typo_or_a_city_alone_gets_the_names_it_is_close_to() {
        assert!(parse_zone("Europe/Lisabon").unwrap_err().contains("did you mean Europe/Lisbon?"));
        assert!(parse_zone("Lisbon").unwrap_err().contains("did you mean Europe/Lisbon?"));
        let nonsense = parse_zone("Mars/Olympus").unwrap_err();
        assert!(nonsense.contains("Europe/Lisbon") && !nonsense.contains("IANA"), "{nonsense}");
    }
}
