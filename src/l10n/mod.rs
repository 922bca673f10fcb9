//! What chairtime says, in the chair's language and in the session's speaker language
//! (docs/l10n.md): one Project Fluent catalogue per language in `assets/l10n/<code>.ftl`,
//! compiled into the binary. English is the reference; a message a language lacks falls back to it
//! at run time (never a blank), and a test fails on any message a shipped language lacks.
//!
//! Two languages are in play: the **speaker's**, a choice of the session passed explicitly
//! ([`tr`]), and the **chair's**, which follows the desktop (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`,
//! `LANG`) or Settings and is set once per thread that speaks to the chair ([`set_chair`]; the
//! [`tr!`](crate::tr) macro reads it), so the window's code and the room's notices need not carry
//! it through every call.
//!
//! The journal and the machine-readable exports stay language-neutral: only what is shown is
//! translated. Nothing here imports egui; the core formats the speaker's view with it.

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language chairtime speaks to the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the reference).
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Japanese.
    Ja,
    /// Arabic (right to left: the speaker page; the projector window cannot shape it).
    Ar,
}

/// Every shipped language, English first.
pub const ALL: [Lang; 6] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::Ja, Lang::Ar];

impl Lang {
    /// The BCP 47 code (`de`).
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::Ja => "ja",
            Self::Ar => "ar",
        }
    }

    /// The language's name in itself, for a menu ("Deutsch").
    pub fn name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::De => "Deutsch",
            Self::Fr => "Français",
            Self::Es => "Español",
            Self::Ja => "日本語",
            Self::Ar => "العربية",
        }
    }

    /// Whether it is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Self::Ar
    }

    /// Whether the chair's side (the window, the command line) speaks it: the window cannot shape
    /// right-to-left scripts (docs/fonts.md), so a chair whose desktop is Arabic reads English
    /// there; the speaker's side speaks every shipped language.
    pub fn speaks_to_chair(self) -> bool {
        !self.is_rtl()
    }

    /// The chair's language from this process's environment: `CHAIRTIME_LANGUAGE` when set to a
    /// language the chair's side speaks (chairtime in English on a German desktop), else
    /// [`Self::of_desktop`].
    pub fn desktop() -> Self {
        let var = |name: &str| std::env::var(name).ok();
        var("CHAIRTIME_LANGUAGE")
            .as_deref()
            .and_then(Self::parse)
            .filter(|l| l.speaks_to_chair())
            .unwrap_or_else(|| Self::of_desktop(var))
    }

    /// The chair's language from the desktop's locale variables, looked up by `var`: the first
    /// of GNU's `LANGUAGE` list that chairtime speaks (honoured unless the locale is `C`/`POSIX`,
    /// as gettext does), else `LC_ALL`, `LC_MESSAGES`, `LANG` in that order (POSIX: the first one
    /// set decides). A language chairtime does not speak to the chair, or none set: English.
    pub fn of_desktop(var: impl Fn(&str) -> Option<String>) -> Self {
        let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(set);
        let plain_c = locale
            .as_deref()
            .is_none_or(|l| l == "C" || l == "POSIX" || l.starts_with("C.") || l.starts_with("C@"));
        if !plain_c
            && let Some(list) = set("LANGUAGE")
            && let Some(lang) = list.split(':').filter_map(Self::parse).find(|l| l.speaks_to_chair())
        {
            return lang;
        }
        locale.as_deref().and_then(Self::parse).filter(|l| l.speaks_to_chair()).unwrap_or_default()
    }

    /// The language of a tag or a locale (`de`, `de-AT`, `fr_CA.UTF-8`, `Japanese`), if shipped.
    pub fn parse(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        ALL.into_iter().find(|l| l.code() == primary || l.name().eq_ignore_ascii_case(tag.trim()))
    }

    /// The catalogue's text.
    fn source(self) -> &'static str {
        match self {
            Self::En => include_str!("../../assets/l10n/en.ftl"),
            Self::De => include_str!("../../assets/l10n/de.ftl"),
            Self::Fr => include_str!("../../assets/l10n/fr.ftl"),
            Self::Es => include_str!("../../assets/l10n/es.ftl"),
            Self::Ja => include_str!("../../assets/l10n/ja.ftl"),
            Self::Ar => include_str!("../../assets/l10n/ar.ftl"),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s).ok_or_else(|| {
            let codes: Vec<&str> = ALL.iter().map(|l| l.code()).collect();
            format!("{s:?} is not a language chairtime speaks; expected one of {}", codes.join(", "))
        })
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| ALL.iter().map(|&l| bundle(l)).collect())
}

/// A language's bundle. A catalogue that does not parse keeps what did (a test catches it).
fn bundle(lang: Lang) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No isolation marks around arguments: the windows would draw them as boxes, and the
    // browser isolates the page's runs itself (dir="rtl").
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

fn bundle_of(lang: Lang) -> Option<&'static Bundle> {
    let i = ALL.iter().position(|&l| l == lang)?;
    bundles().get(i)
}

/// Message `id` in `lang` with `args`, else in English, else the id itself.
pub fn tr(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (k, v) in args {
        fluent_args.set(*k, FluentValue::from(*v));
    }
    format(lang, id, &fluent_args)
}

/// Message `id` in `lang` with Fluent arguments (numbers select plurals), else in English, else
/// the id itself.
pub fn format(lang: Lang, id: &str, fluent_args: &FluentArgs<'_>) -> String {
    for l in [lang, Lang::En] {
        let Some(bundle) = bundle_of(l) else { continue };
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, Some(fluent_args), &mut errors).into_owned();
        }
    }
    id.to_owned()
}

thread_local! {
    static CHAIR: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Sets the chair's language for this thread (the window's, the room's, the command line's):
/// what [`tr!`](crate::tr) speaks from now on. A language the chair's side does not speak
/// (right to left) leaves English.
pub fn set_chair(lang: Lang) {
    CHAIR.with(|c| c.set(if lang.speaks_to_chair() { lang } else { Lang::En }));
}

/// The chair's language on this thread.
pub fn chair() -> Lang {
    CHAIR.with(Cell::get)
}

/// A value for a message's argument: numbers stay numbers (Fluent picks plural forms by them),
/// everything else is its text.
pub trait Arg {
    /// The value Fluent formats.
    fn value(&self) -> FluentValue<'static>;
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn value(&self) -> FluentValue<'static> {
                #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
                FluentValue::from(*self as f64)
            }
        }
    )*};
}
number_args!(i32, i64, u32, u64, usize);

impl Arg for str {
    fn value(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}

impl Arg for String {
    fn value(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl Arg for std::borrow::Cow<'_, str> {
    fn value(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self) -> FluentValue<'static> {
        (**self).value()
    }
}

/// Message `id` in the chair's language with `args` (see [`tr!`](crate::tr)).
pub fn chair_says(id: &str, args: &[(&str, &dyn Arg)]) -> String {
    says(chair(), id, args)
}

/// Message `id` in `lang` with `args` of any [`Arg`] kind.
pub fn says(lang: Lang, id: &str, args: &[(&str, &dyn Arg)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (k, v) in args {
        fluent_args.set(*k, v.value());
    }
    format(lang, id, &fluent_args)
}

/// A message in the chair's language: `tr!("open")`, `tr!("slot-left-of", left = clock, length = n)`.
/// Arguments are any [`Arg`](crate::l10n::Arg): numbers (which choose plural forms) or text.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::l10n::chair_says($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::l10n::chair_says($id, &[$((stringify!($name), &$value as &dyn $crate::l10n::Arg)),+])
    };
}

/// How much of a date to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateForm {
    /// "Wednesday 11 September 2019" (a report's heading).
    Long,
    /// "Wed 11 Sep 2019".
    Medium,
    /// "Wed 11 Sep" (a day of this conference).
    Short,
}

/// `date` as `lang` writes it: the names of days and months and their order come from the
/// catalogue (`date-long`, `weekday-short`…), so a language brings its own conventions.
pub fn date(lang: Lang, date: chrono::NaiveDate, form: DateForm) -> String {
    use chrono::Datelike;
    let weekday = date.weekday().number_from_monday();
    let (day_id, month_id, id) = match form {
        DateForm::Long => ("weekday-long", "month-long", "date-long"),
        DateForm::Medium => ("weekday-short", "month-short", "date-medium"),
        DateForm::Short => ("weekday-short", "month-short", "date-short"),
    };
    let mut args = FluentArgs::new();
    args.set("n", FluentValue::from(f64::from(weekday)));
    let weekday = format(lang, day_id, &args);
    let mut args = FluentArgs::new();
    args.set("n", FluentValue::from(f64::from(date.month())));
    let month_name = format(lang, month_id, &args);
    let mut args = FluentArgs::new();
    args.set("weekday", FluentValue::from(weekday));
    args.set("day", FluentValue::from(date.day().to_string()));
    args.set("month", FluentValue::from(month_name));
    args.set("m", FluentValue::from(date.month().to_string()));
    args.set("year", FluentValue::from(date.year().to_string()));
    format(lang, id, &args)
}

/// [`date`] in the chair's language.
pub fn chair_date(d: chrono::NaiveDate, form: DateForm) -> String {
    date(chair(), d, form)
}

/// Message `id` in `lang`, without arguments.
pub fn word(lang: Lang, id: &str) -> String {
    tr(lang, id, &[])
}

/// Where the chair's side of a catalogue begins: the messages after it are the window's, the
/// remote page's and the command line's; before it, the speaker's.
pub const CHAIR_SIDE: &str = "### The chair's side";

/// The ids of a language's catalogue (for the tests and the docs).
pub fn ids(lang: Lang) -> Vec<String> {
    ids_in(lang.source())
}

/// The ids of the speaker's side of a language's catalogue.
pub fn speaker_ids(lang: Lang) -> Vec<String> {
    ids_in(lang.source().split(CHAIR_SIDE).next().unwrap_or_default())
}

/// The ids of the chair's side of a language's catalogue.
pub fn chair_ids(lang: Lang) -> Vec<String> {
    lang.source().find(CHAIR_SIDE).map(|at| ids_in(&lang.source()[at..])).unwrap_or_default()
}

fn ids_in(source: &str) -> Vec<String> {
    let Ok(resource) = FluentResource::try_new(source.to_owned()) else { return Vec::new() };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Whether a language's catalogue parses without an error.
pub fn parses(lang: Lang) -> Result<(), String> {
    FluentResource::try_new(lang.source().to_owned()).map(|_| ()).map_err(|(_, e)| format!("{e:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_language_parses_and_has_every_message_english_has_and_no_other() {
        let sorted = |mut v: Vec<String>| {
            v.sort();
            v
        };
        let speaker = sorted(speaker_ids(Lang::En));
        let chair = sorted(chair_ids(Lang::En));
        assert!(speaker.len() > 20, "{speaker:?}");
        assert!(chair.len() > 300, "{}", chair.len());
        for lang in ALL {
            assert_eq!(parses(lang), Ok(()), "{lang}");
            assert_eq!(
                sorted(speaker_ids(lang)),
                speaker,
                "{lang}.ftl has exactly the speaker's messages of en.ftl"
            );
            if lang.speaks_to_chair() {
                assert_eq!(
                    sorted(chair_ids(lang)),
                    chair,
                    "{lang}.ftl has exactly the chair's messages of en.ftl"
                );
            } else {
                assert_eq!(chair_ids(lang), Vec::<String>::new(), "{lang} does not speak to the chair");
            }
        }
    }

    #[test]
    fn every_message_formats_without_an_error_in_every_language_with_its_english_arguments() {
        // A translation that names an argument English does not give shows "{$name}" on screen.
        for lang in ALL {
            let Some(bundle) = bundle_of(lang) else { panic!("{lang}") };
            for id in ids(lang) {
                let english = bundle_of(Lang::En).and_then(|b| b.get_message(&id)).and_then(|m| m.value());
                let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else { continue };
                let mut args = FluentArgs::new();
                let mut names = english.map(argument_names).unwrap_or_default();
                if id.starts_with("date-") {
                    // `date` gives the month's number too, for the languages that write it.
                    names.push("m".to_owned());
                }
                for name in names {
                    args.set(name, FluentValue::from(2.0));
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang} {id}: {errors:?} → {text}");
            }
        }
    }

    fn argument_names(pattern: &fluent_syntax::ast::Pattern<&str>) -> Vec<String> {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
            match e {
                InlineExpression::VariableReference { id } => out.push(id.name.to_owned()),
                InlineExpression::Placeable { expression } => expression_names(expression, out),
                _ => {}
            }
        }
        fn expression_names(e: &Expression<&str>, out: &mut Vec<String>) {
            match e {
                Expression::Inline(i) => inline(i, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for v in variants {
                        for el in &v.value.elements {
                            if let PatternElement::Placeable { expression } = el {
                                expression_names(expression, out);
                            }
                        }
                    }
                }
            }
        }
        let mut out = Vec::new();
        for el in &pattern.elements {
            if let PatternElement::Placeable { expression } = el {
                expression_names(expression, &mut out);
            }
        }
        out
    }

    #[test]
    fn the_chairs_language_follows_the_desktops_variables_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(Lang::of_desktop(env(&[])), Lang::En);
        assert_eq!(Lang::of_desktop(env(&[("LANG", "de_DE.UTF-8")])), Lang::De);
        assert_eq!(
            Lang::of_desktop(env(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")])),
            Lang::Fr
        );
        assert_eq!(
            Lang::of_desktop(env(&[("LC_MESSAGES", "fr_FR.UTF-8"), ("LC_ALL", "es_ES.UTF-8")])),
            Lang::Es
        );
        // GNU's list wins over the locale, its first language chairtime speaks…
        assert_eq!(Lang::of_desktop(env(&[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "pt_BR:ja:en")])), Lang::Ja);
        // …unless the locale is plain C, as gettext does.
        assert_eq!(Lang::of_desktop(env(&[("LANG", "C.UTF-8"), ("LANGUAGE", "ja")])), Lang::En);
        // A language the window cannot write, or one chairtime does not ship: English.
        assert_eq!(Lang::of_desktop(env(&[("LANG", "ar_EG.UTF-8")])), Lang::En);
        assert_eq!(Lang::of_desktop(env(&[("LANG", "pt_BR.UTF-8")])), Lang::En);
    }

    #[test]
    fn a_date_is_written_with_the_languages_names_and_order() {
        let d = chrono::NaiveDate::from_ymd_opt(2019, 9, 11).unwrap_or_default();
        assert_eq!(date(Lang::En, d, DateForm::Long), "Wednesday 11 September 2019");
        assert_eq!(date(Lang::En, d, DateForm::Short), "Wed 11 Sep");
        assert_eq!(date(Lang::De, d, DateForm::Long), "Mittwoch, 11. September 2019");
        assert_eq!(date(Lang::Fr, d, DateForm::Long), "mercredi 11 septembre 2019");
        assert_eq!(date(Lang::Es, d, DateForm::Long), "miércoles, 11 de septiembre de 2019");
        assert_eq!(date(Lang::Ja, d, DateForm::Long), "2019年9月11日（水曜日）");
    }

    #[test]
    fn the_chairs_messages_are_in_the_chairs_language_on_this_thread_only() {
        set_chair(Lang::De);
        assert_eq!(crate::tr!("command-next"), word(Lang::De, "command-next"));
        assert_ne!(crate::tr!("command-next"), "Next");
        let elsewhere = std::thread::spawn(|| crate::tr!("command-next")).join();
        assert_eq!(elsewhere.as_deref().ok(), Some("Next"));
        set_chair(Lang::Ar);
        assert_eq!(chair(), Lang::En, "the window cannot write Arabic");
        assert_eq!(crate::tr!("n-rooms", count = 1), "1 room");
        assert_eq!(crate::tr!("n-rooms", count = 3), "3 rooms");
    }

    #[test]
    fn a_message_takes_its_arguments_and_a_missing_one_falls_back_to_english_then_its_id() {
        assert_eq!(tr(Lang::De, "starts-at", &[("time", "15:00")]), "Beginn 15:00");
        assert_eq!(tr(Lang::Fr, "next", &[("talk", "BPF")]), "Ensuite\u{a0}: BPF");
        assert_eq!(tr(Lang::Ja, "slot-of", &[("n", "3"), ("count", "9")]), "9 件中 3 件目");
        assert_eq!(word(Lang::Es, "no-such-message"), "no-such-message");
        assert_eq!(Lang::parse("de_AT.UTF-8"), Some(Lang::De));
        assert_eq!(Lang::parse("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::parse("Français"), Some(Lang::Fr));
        assert_eq!(Lang::parse("pt-BR"), None);
        assert!("xx".parse::<Lang>().unwrap_err().contains("en, de, fr, es, ja, ar"));
    }
}
