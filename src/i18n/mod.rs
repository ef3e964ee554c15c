//! The widget's own words: which locale to speak, and the text of each
//! message in it.
//!
//! Messages live in `locales/*.ftl` (a Fluent subset translators can edit).
//! `build.rs` compiles English in, the source and last fallback; every other
//! locale is a small message file the loader downloads for the readers who
//! need it, handed over with [`install`]. Plural categories and date
//! formats come from the browser's `Intl` in the shell, so no CLDR data is
//! compiled in; this module only picks the variant for a category.
//! Pure: no web-sys here.

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// The downloaded locales' patterns, one row per [`Msg`]; set once each.
static INSTALLED: [OnceLock<&'static [Variants]>; LOCALE_TAGS.len()] =
    [const { OnceLock::new() }; LOCALE_TAGS.len()];

/// Takes a locale's message file (`dist/locales/<tag>.txt`, see
/// `ftl::encode_file`), so widgets in that language speak it. Messages the
/// file lacks stay English. `false` when the file is not a message file
/// for `tag` or holds no known message: the locale then stays unavailable
/// and widgets fall back to English. Installing a locale twice keeps the
/// first.
pub fn install(tag: &str, text: &str) -> bool {
    let Some(Locale(index, _)) = Locale::from_tag(tag) else {
        return false;
    };
    if index == ENGLISH || INSTALLED[index].get().is_some() {
        return true;
    }
    match decode_file(tag, text) {
        Some(row) => {
            let _ = INSTALLED[index].set(row);
            true
        }
        None => false,
    }
}

/// One locale's rows from its message file; leaked, since a page keeps
/// the locales it used for its whole life (one per language on the page).
fn decode_file(tag: &str, text: &str) -> Option<&'static [Variants]> {
    let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
    let mut lines = text.lines();
    let header = lines.next()?.strip_prefix(FILE_HEADER)?;
    if header.trim() != tag {
        return None;
    }
    let mut row = SOURCE;
    let mut known = 0;
    for line in lines {
        let mut fields = line.split('\t');
        let Some(at) = fields
            .next()
            .and_then(|key| KEYS.iter().position(|k| *k == key))
        else {
            continue;
        };
        let mut variants = Vec::new();
        while let (Some(category), Some(pattern)) = (fields.next(), fields.next()) {
            variants.push((category, pattern));
        }
        if variants
            .last()
            .is_some_and(|(_, pattern)| !pattern.trim().is_empty())
        {
            row[at] = Box::leak(variants.into_boxed_slice());
            known += 1;
        }
    }
    (known > 0).then(|| &*Box::leak(Box::new(row)) as &[Variants])
}

#[cfg(test)]
mod ftl;

/// A UI locale the widget has messages for, plus any strings the site
/// replaced (`text-<key>` attributes). Cheap to copy into every closure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale(usize, Overrides);

/// Site-supplied replacements for single messages; `'static` so that
/// [`Locale`] stays `Copy` (the shell leaks one small slice per widget that
/// has overrides).
pub type Overrides = &'static [(Msg, &'static str)];

impl Locale {
    /// English: the source locale and the last fallback.
    pub fn english() -> Self {
        Self::from_tag("en").unwrap_or(Self(0, &[]))
    }

    /// The locale whose tag is exactly `tag` (lowercase primary subtag).
    fn from_tag(tag: &str) -> Option<Self> {
        LOCALE_TAGS
            .iter()
            .position(|t| *t == tag)
            .map(|i| Self(i, &[]))
    }

    /// Picks the first supported locale among `candidates`, in order
    /// (`lang` option, host `lang`, browser languages), matching on the
    /// primary language subtag: `ru-RU` → `ru`, `EN_gb` → `en`. Nothing
    /// supported → English.
    pub fn negotiate<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Self {
        candidates
            .into_iter()
            .filter_map(|tag| {
                let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
                Self::from_tag(&primary)
            })
            .next()
            .unwrap_or_else(Self::english)
    }

    /// BCP 47 tag for `lang` attributes and `Intl` constructors.
    pub fn tag(self) -> &'static str {
        LOCALE_TAGS[self.0]
    }

    /// Writing direction of the UI: `rtl` for Arabic and Hebrew.
    pub fn dir(self) -> &'static str {
        match self.tag() {
            "ar" | "he" => "rtl",
            _ => "ltr",
        }
    }

    /// Whether this locale's messages are here: English always, any
    /// other once its message file was [`install`]ed.
    pub fn is_available(self) -> bool {
        self.0 == ENGLISH || INSTALLED[self.0].get().is_some()
    }

    /// This locale's patterns, one per [`Msg`]; English while its message
    /// file has not been installed.
    fn row(self) -> &'static [Variants] {
        match INSTALLED[self.0].get() {
            Some(row) => row,
            None => &SOURCE,
        }
    }

    /// Every locale the widget can speak (each needs its message file).
    pub fn all() -> impl Iterator<Item = Self> {
        (0..LOCALE_TAGS.len()).map(|i| Self(i, &[]))
    }

    /// The same locale with some messages replaced by the site's wording.
    pub fn with_overrides(self, overrides: Overrides) -> Self {
        Self(self.0, overrides)
    }

    fn overridden(self, msg: Msg) -> Option<&'static str> {
        self.1
            .iter()
            .find(|(m, _)| *m == msg)
            .map(|(_, text)| *text)
    }

    /// The text of a message without placeholders or plural variants.
    pub fn text(self, msg: Msg) -> &'static str {
        if let Some(text) = self.overridden(msg) {
            return text;
        }
        let (_, pattern) = self.row()[msg as usize].last().copied().unwrap_or(("", ""));
        pattern
    }

    /// The text of a message with its placeholders filled. `plural` is the
    /// CLDR category of `count` (from `Intl.PluralRules`), used by messages
    /// that vary by number; unknown categories get the default variant.
    pub fn format(self, msg: Msg, plural: Option<&str>, args: &[(&str, &str)]) -> String {
        if let Some(text) = self.overridden(msg) {
            return fill(text, args);
        }
        let variants = self.row()[msg as usize];
        let (_, pattern) = variants
            .iter()
            .find(|(category, _)| Some(*category) == plural)
            .or(variants.last())
            .copied()
            .unwrap_or(("", ""));
        fill(pattern, args)
    }
}

/// Replaces `{name}` with its argument; an unknown name is left visible so
/// tests can catch it.
fn fill(pattern: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(len) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let name = &rest[open + 1..open + len];
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[open..=open + len]),
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

    /// Every locale, from the same files the loader downloads.
    fn install_all() {
        for (tag, text) in LOCALE_FILES {
            assert!(install(tag, text), "{tag}.txt");
        }
    }

    fn tag(candidates: &[&str]) -> &'static str {
        Locale::negotiate(candidates.iter().copied()).tag()
    }

    #[test]
    fn exact() {
        assert_eq!(tag(&["ru"]), "ru");
    }
    #[test]
    fn region_dropped() {
        assert_eq!(tag(&["ru-RU"]), "ru");
    }
    #[test]
    fn underscore_and_case() {
        assert_eq!(tag(&["EN_gb"]), "en");
    }
    #[test]
    fn first_supported_wins() {
        assert_eq!(tag(&["xx", "ru", "en"]), "ru");
    }
    #[test]
    fn unknown_is_english() {
        assert_eq!(tag(&["tlh"]), "en");
    }
    #[test]
    fn empty_is_english() {
        assert_eq!(tag(&["", "  "]), "en");
    }
    #[test]
    fn kazakh_script_subtag() {
        assert_eq!(tag(&["kk-Cyrl-KZ"]), "kk");
    }
    #[test]
    fn chinese_traditional_falls_back_to_zh() {
        assert_eq!(tag(&["zh-Hant-TW"]), "zh");
    }
    #[test]
    fn rtl_locales() {
        assert_eq!(Locale::negotiate(["ar"]).dir(), "rtl");
        assert_eq!(Locale::negotiate(["he-IL"]).dir(), "rtl");
    }
    #[test]
    fn ltr_locales() {
        assert_eq!(Locale::negotiate(["ru"]).dir(), "ltr");
    }
    #[test]
    fn plain_text() {
        install_all();
        assert_eq!(Locale::negotiate(["ru"]).text(Msg::Retry), "Повторить");
    }
    #[test]
    fn fills_placeholder() {
        assert_eq!(
            Locale::english().format(Msg::ErrorStatus, None, &[("status", "503")]),
            "The news could not be loaded: the news server answered with error 503."
        );
    }
    #[test]
    fn russian_plural_few() {
        install_all();
        assert_eq!(
            Locale::negotiate(["ru"]).format(Msg::Loaded, Some("few"), &[("count", "3")]),
            "3 новости"
        );
    }
    #[test]
    fn russian_plural_many() {
        install_all();
        assert_eq!(
            Locale::negotiate(["ru"]).format(Msg::Loaded, Some("many"), &[("count", "5")]),
            "5 новостей"
        );
    }
    #[test]
    fn unknown_category_uses_default() {
        assert_eq!(
            Locale::english().format(Msg::Loaded, Some("two"), &[("count", "2")]),
            "2 news items"
        );
    }
    #[test]
    fn override_replaces_one_message() {
        install_all();
        let locale = Locale::negotiate(["ru"]).with_overrides(&[(Msg::Retry, "Обновить")]);
        assert_eq!(
            (locale.text(Msg::Retry), locale.text(Msg::Empty)),
            ("Обновить", "Новостей пока нет.")
        );
    }
    #[test]
    fn override_fills_placeholders() {
        let locale = Locale::english().with_overrides(&[(Msg::ErrorStatus, "Error {status}")]);
        assert_eq!(
            locale.format(Msg::ErrorStatus, None, &[("status", "500")]),
            "Error 500"
        );
    }
    #[test]
    fn message_keys_are_kebab_case() {
        assert_eq!(Msg::ViToggle.key(), "vi-toggle");
    }
    #[test]
    fn unclosed_brace_is_kept_once() {
        assert_eq!(fill("a {b", &[]), "a {b");
    }
    #[test]
    fn missing_argument_stays_visible() {
        assert_eq!(fill("a {x} b", &[]), "a {x} b");
    }

    #[test]
    fn every_message_is_nonempty_in_every_locale() {
        install_all();
        for locale in Locale::all() {
            for &msg in Msg::ALL {
                assert!(
                    !locale.text(msg).trim().is_empty(),
                    "{} {}",
                    locale.tag(),
                    msg.key()
                );
            }
        }
    }

    #[test]
    fn message_files_carry_every_translation() {
        install_all();
        for (tag, _) in LOCALE_FILES {
            let path = format!("{}/src/i18n/locales/{tag}.ftl", env!("CARGO_MANIFEST_DIR"));
            let source = ftl::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
            let locale = Locale::negotiate([*tag]);
            assert!(locale.is_available(), "{tag}");
            for (key, variants) in source {
                let msg = *Msg::ALL.iter().find(|m| m.key() == key).unwrap();
                assert_eq!(locale.text(msg), variants.last().unwrap().1, "{tag} {key}");
                for (category, pattern) in &variants {
                    assert_eq!(
                        locale.format(msg, Some(category), &[]),
                        fill(pattern, &[]),
                        "{tag} {key} [{category}]"
                    );
                }
            }
        }
    }
    #[test]
    fn a_file_fills_only_the_messages_it_knows() {
        let row = decode_file(
            "ru",
            "news-widget messages 1 ru\nretry\t\tОбновить\nno-such-key\t\tx\nempty\t\t \n",
        )
        .unwrap();
        assert_eq!(row[Msg::Retry as usize], &[("", "Обновить")]);
        assert_eq!(row[Msg::Empty as usize], SOURCE[Msg::Empty as usize]);
    }
    #[test]
    fn a_file_for_another_locale_or_format_is_refused() {
        let ru = LOCALE_FILES.iter().find(|(t, _)| *t == "ru").unwrap().1;
        assert!(decode_file("de", ru).is_none());
        assert!(decode_file("ru", "<!doctype html><h1>Not found</h1>").is_none());
        assert!(decode_file("ru", "news-widget messages 2 ru\nretry\t\tx\n").is_none());
        assert!(decode_file("ru", "news-widget messages 1 ru\n").is_none());
        assert!(!install("xx", ru));
    }
    #[test]
    fn english_needs_no_file() {
        assert!(Locale::english().is_available());
        assert!(install("en", ""));
    }
    #[test]
    fn the_loader_knows_every_locale() {
        let loader = include_str!("../../public/news-widget.js");
        let line = loader
            .lines()
            .find(|l| l.trim_start().starts_with("var LOCALES = ["))
            .expect("news-widget.js lists LOCALES");
        let tags: Vec<&str> = line.split('\'').skip(1).step_by(2).collect();
        assert_eq!(tags, LOCALE_TAGS);
    }
}
