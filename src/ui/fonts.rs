//! Every script a schedule uses, on screen (docs/fonts.md): egui's bundled fonts cover Latin,
//! Greek and Cyrillic; a character they lack (a speaker's name in Japanese, a title in Arabic) is
//! looked up among the system's fonts through fontconfig, only then and once per character, and
//! the font that has it is added behind the bundled ones (memory-mapped, not copied). A
//! Latin-only session never enumerates the system's fonts. A character no installed font has is
//! counted, and the chair is told once which package to install.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, OnceLock};

use egui::{FallbackRequest, FontFamily, FontInsert, FontProvider};

/// The heavy face of the projector's big figure and state word: a subset of Noto Sans Bold
/// (assets/fonts/OFL.txt; made by scripts/make-heavy-font.sh), digits and Latin letters.
pub const HEAVY: &str = "chairtime-heavy";

/// The family that draws in the heavy face (then the bundled fonts, for what it lacks).
pub fn heavy() -> FontFamily {
    FontFamily::Name(HEAVY.into())
}

/// The heavy family when this context has it (every window sets it up; a bare context in a test
/// may not), else the proportional one.
pub fn heavy_in(ctx: &egui::Context) -> FontFamily {
    let family = heavy();
    if ctx.fonts(|f| f.definitions().families.contains_key(&family)) {
        family
    } else {
        FontFamily::Proportional
    }
}

/// Adds the heavy face to `ctx`'s fonts: egui's bundled fonts, plus the family [`heavy`].
pub fn add_heavy(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        HEAVY.to_owned(),
        Arc::new(egui::FontData::from_static(include_bytes!("../../assets/fonts/chairtime-heavy.ttf"))),
    );
    let mut chain = vec![HEAVY.to_owned()];
    chain.extend(fonts.families.get(&FontFamily::Proportional).cloned().unwrap_or_default());
    fonts.families.insert(heavy(), chain);
    ctx.set_fonts(fonts);
}

/// What the fallback found so far.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Found {
    /// The system fonts added, by egui's name for them (`system:Noto Sans CJK JP:…`).
    pub fonts: Vec<String>,
    /// The characters no installed font has.
    pub missing: BTreeSet<char>,
}

/// The system-font fallback, created on the first character the bundled fonts lack.
pub struct Fallback {
    system: OnceLock<egui_system_font_provider::SystemFontProvider>,
    found: Arc<Mutex<Found>>,
}

impl FontProvider for Fallback {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let first = request.cluster.chars().next()?;
        // Enumerating the system's fonts takes a moment: only when a character asks for it.
        let system = self.system.get_or_init(egui_system_font_provider::SystemFontProvider::new);
        let font = system.font_for(request);
        if let Ok(mut found) = self.found.lock() {
            match &font {
                Some(f) if !found.fonts.contains(&f.name) => found.fonts.push(f.name.clone()),
                None if !first.is_control() && !first.is_whitespace() => {
                    found.missing.insert(first);
                }
                _ => {}
            }
        }
        font
    }
}

/// The fallback installed in a window's context, and what it found.
#[derive(Clone, Default)]
pub struct Fonts {
    found: Arc<Mutex<Found>>,
    installed: bool,
    /// How many missing characters the chair was told of.
    told: usize,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts").field("found", &self.found()).finish_non_exhaustive()
    }
}

impl Fonts {
    /// Installs the fallback in `ctx`, once.
    pub fn install(&mut self, ctx: &egui::Context) {
        if self.installed {
            return;
        }
        self.installed = true;
        self.install_in(ctx);
    }

    /// Installs the same fonts and fallback in another window's context (the projector's own,
    /// drawn by the processor): what either window finds is told once.
    pub fn install_in(&self, ctx: &egui::Context) {
        add_heavy(ctx);
        ctx.add_font_provider(Arc::new(Fallback { system: OnceLock::new(), found: Arc::clone(&self.found) }));
    }

    /// What the fallback found so far.
    pub fn found(&self) -> Found {
        self.found.lock().map(|f| f.clone()).unwrap_or_default()
    }

    /// A notice for the chair when characters without a font were drawn since the last one.
    pub fn news(&mut self) -> Option<String> {
        let missing = self.found().missing;
        if missing.len() <= self.told {
            return None;
        }
        self.told = missing.len();
        Some(missing_notice(&missing))
    }
}

/// "3 characters of this session have no font on this computer (日, 本, 語): install …".
pub fn missing_notice(missing: &BTreeSet<char>) -> String {
    let shown: Vec<String> = missing.iter().take(8).map(char::to_string).collect();
    let more = if missing.len() > 8 { ", …" } else { "" };
    let mut packages: Vec<&str> = missing.iter().map(|&c| package_for(c)).collect();
    packages.sort_unstable();
    packages.dedup();
    let count = missing.len();
    crate::tr!(
        "characters-without-a-font",
        count = count,
        chars = format!("{}{more}", shown.join(", ")),
        packages = packages.join(", "),
        command = format!("sudo apt install {}", packages.join(" ")) // l10n-exempt: a command
    )
}

/// The Debian package whose fonts cover `c`.
pub fn package_for(c: char) -> &'static str {
    let u = u32::from(c);
    match u {
        // Han, kana, Hangul, CJK symbols and punctuation, full-width forms.
        0x1100..=0x11FF
        | 0x2E80..=0x2FDF
        | 0x3000..=0x9FFF
        | 0xA960..=0xA97F
        | 0xAC00..=0xD7FF
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF
        | 0x20000..=0x3FFFF => "fonts-noto-cjk",
        // Emoji and pictographs.
        0x1F000..=0x1FAFF | 0x2600..=0x27BF => "fonts-noto-color-emoji",
        _ => "fonts-noto-core",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_character_names_the_package_of_its_script() {
        let missing: BTreeSet<char> = ['日', '本', 'ع'].into_iter().collect();
        let text = missing_notice(&missing);
        assert!(
            text.starts_with("3 characters of this session have no font on this computer (ع, 日, 本)"),
            "{text}"
        );
        assert!(text.contains("install fonts-noto-cjk, fonts-noto-core"), "{text}");
        assert_eq!(package_for('😀'), "fonts-noto-color-emoji");
        assert_eq!(package_for('한'), "fonts-noto-cjk");
        let one: BTreeSet<char> = ['\u{10FFFD}'].into_iter().collect();
        assert!(missing_notice(&one).starts_with("1 character of this session has no font"));
    }
}
