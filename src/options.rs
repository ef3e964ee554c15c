//! What a site admin can set on one widget, read from attribute text.
//!
//! Pure: the shell passes a lookup over the host's attributes (`data-feed`
//! on a script or div, `feed` on `<news-widget>`). A bad value never stops
//! the widget: it falls back to the default.

use crate::prefs::Prefs;

/// One widget's settings, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// `feed`: URL of the feed, relative to the host page; several
    /// separated by spaces are merged (see [`Options::feeds`]). `None` → the
    /// widget shows a "not set up" message instead of a blank box.
    pub feed: Option<String>,
    /// `lang`: UI language tag asked for by the site, before negotiation.
    pub lang: Option<String>,
    /// `max-items`: how many items to show, 1..=[`MAX_ITEMS_LIMIT`].
    pub max_items: usize,
    /// `heading`: replaces the feed title as the widget heading.
    pub heading: Option<String>,
    /// `heading-level`: 2..=6, so the widget fits the host's heading outline.
    pub heading_level: u8,
    /// `images`: `show` (default) or `hide`.
    pub images: ImagesOption,
    /// `dates`: `absolute` (default) or `relative` ("yesterday", "2 days ago"
    /// for the last week; the full date stays in `datetime` and as text for
    /// screen readers).
    pub relative_dates: bool,
    /// `preview-prefs`: fixed reader settings for this widget alone
    /// (`scale=200;scheme=black`), neither shared nor saved: the editors'
    /// preview shows several looks side by side with it.
    pub preview_prefs: Option<Prefs>,
    /// `refresh`: seconds between automatic updates of the list (at least
    /// [`MIN_REFRESH_SECS`]); `None`, the default, fetches once. Readers can
    /// pause updating (WCAG 2.2.2).
    pub refresh_secs: Option<u32>,
    /// `timeout`: seconds a feed request may take, 1..=[`MAX_TIMEOUT_SECS`].
    pub timeout_ms: u32,
    /// `base-url`: the address relative links and pictures in the feed
    /// resolve against, instead of the feed's own (a feed copied to a CDN,
    /// or pasted into the preview page). Relative to the host page.
    pub base_url: Option<String>,
    /// `layout`: how the items are laid out.
    pub layout: Layout,
    /// `tags`: only items with one of these tags or categories are shown
    /// (folded for comparison, see [`fold_tag`]); empty → every item.
    pub tags: Vec<String>,
    /// `exclude-tags`: items with one of these tags are not shown.
    pub exclude_tags: Vec<String>,
}

/// How a widget lays out its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// One column of items, the picture beside the text when wide enough.
    #[default]
    List,
    /// A grid of cards, picture on top, as many columns as the widget's own
    /// width allows at the reader's text size.
    Cards,
    /// Titles and dates only, compact: for sidebars.
    Headlines,
}

impl Layout {
    /// The value of the widget's `data-layout` attribute, which the
    /// stylesheet reads.
    pub fn as_attr(self) -> &'static str {
        match self {
            Self::List => "list",
            Self::Cards => "cards",
            Self::Headlines => "headlines",
        }
    }
}

/// Most feeds one widget merges: a news block, not an aggregator.
pub const MAX_FEEDS: usize = 8;

/// Whether item pictures are rendered at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ImagesOption {
    /// Pictures from the feed are shown.
    #[default]
    Show,
    /// No pictures (lighter pages, or a text-only site version).
    Hide,
}

/// Default for `max-items`.
pub const DEFAULT_MAX_ITEMS: usize = 10;
/// Upper bound for `max-items`: a news block, not an archive.
pub const MAX_ITEMS_LIMIT: usize = 100;
/// Shortest `refresh` period: more often is no news, only load on the server.
pub const MIN_REFRESH_SECS: u32 = 30;
/// Longest `refresh` period: one day.
pub const MAX_REFRESH_SECS: u32 = 86_400;
/// Default `timeout`, in milliseconds.
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;
/// Longest `timeout`, in seconds.
pub const MAX_TIMEOUT_SECS: u32 = 120;
/// Default for `heading-level`.
pub const DEFAULT_HEADING_LEVEL: u8 = 2;

impl Default for Options {
    fn default() -> Self {
        Self {
            feed: None,
            lang: None,
            max_items: DEFAULT_MAX_ITEMS,
            heading: None,
            heading_level: DEFAULT_HEADING_LEVEL,
            images: ImagesOption::Show,
            relative_dates: false,
            preview_prefs: None,
            refresh_secs: None,
            timeout_ms: DEFAULT_TIMEOUT_MS,
            base_url: None,
            layout: Layout::List,
            tags: Vec::new(),
            exclude_tags: Vec::new(),
        }
    }
}

impl Options {
    /// Builds options from a lookup of attribute values by name (no prefix).
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> Self {
        let text = |name: &str| {
            get(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let defaults = Self::default();
        Self {
            feed: text("feed"),
            lang: text("lang"),
            max_items: text("max-items")
                .and_then(|v| v.parse::<usize>().ok())
                .filter(|n| (1..=MAX_ITEMS_LIMIT).contains(n))
                .unwrap_or(defaults.max_items),
            heading: text("heading"),
            heading_level: text("heading-level")
                .and_then(|v| v.parse::<u8>().ok())
                .filter(|n| (2..=6).contains(n))
                .unwrap_or(defaults.heading_level),
            images: match text("images")
                .as_deref()
                .map(str::to_ascii_lowercase)
                .as_deref()
            {
                Some("hide" | "none" | "off" | "false") => ImagesOption::Hide,
                _ => ImagesOption::Show,
            },
            relative_dates: text("dates").is_some_and(|v| v.eq_ignore_ascii_case("relative")),
            preview_prefs: text("preview-prefs").map(|v| Prefs::from_storage(&v)),
            refresh_secs: text("refresh")
                .and_then(|v| v.parse::<u32>().ok())
                .filter(|n| *n > 0)
                .map(|n| n.clamp(MIN_REFRESH_SECS, MAX_REFRESH_SECS)),
            timeout_ms: text("timeout")
                .and_then(|v| v.parse::<u32>().ok())
                .filter(|n| (1..=MAX_TIMEOUT_SECS).contains(n))
                .map_or(defaults.timeout_ms, |n| n * 1000),
            base_url: text("base-url"),
            layout: match text("layout").map(|v| v.to_ascii_lowercase()).as_deref() {
                Some("cards") => Layout::Cards,
                Some("headlines") => Layout::Headlines,
                _ => Layout::List,
            },
            tags: tag_list(text("tags")),
            exclude_tags: tag_list(text("exclude-tags")),
        }
    }

    /// The feed URLs as written (`feed="a.json b.xml"`). URLs have no
    /// spaces (a space in one is `%20`), so ASCII spaces separate them. The
    /// widget resolves them, leaves out repeats and keeps [`MAX_FEEDS`], in
    /// that order, as the loader does (`feedUrls` in news-widget.js).
    pub fn feeds(&self) -> Vec<&str> {
        self.feed
            .as_deref()
            .unwrap_or("")
            .split_ascii_whitespace()
            .collect()
    }

    /// What sets this widget's height apart from another on the same feeds,
    /// for the height remembered between visits: empty for the default
    /// list, else ` |layout|tags|exclude-tags` (tags folded, joined by
    /// commas). The loader builds the same text (`lookKey`).
    pub fn look_key(&self) -> String {
        if self.layout == Layout::List && self.tags.is_empty() && self.exclude_tags.is_empty() {
            return String::new();
        }
        [
            " |",
            self.layout.as_attr(),
            "|",
            &self.tags.join(","),
            "|",
            &self.exclude_tags.join(","),
        ]
        .concat()
    }

    /// Whether an item with these tags passes the `tags` and
    /// `exclude-tags` filters.
    pub fn keeps(&self, item_tags: &[String]) -> bool {
        let folded: Vec<String> = item_tags.iter().map(|t| fold_tag(t)).collect();
        let any = |wanted: &[String]| wanted.iter().any(|w| folded.contains(w));
        (self.tags.is_empty() || any(&self.tags)) && !any(&self.exclude_tags)
    }
}

/// A tag as filters compare it: trimmed, inner spaces folded, lowercase in
/// the Latin and Cyrillic alphabets (a full Unicode case table would cost
/// the wasm more than these filters are worth).
pub fn fold_tag(tag: &str) -> String {
    crate::feed::fold_case(&crate::feed::normalize_whitespace(tag))
}

/// `"cardiology, events"` → `["cardiology", "events"]`, folded.
fn tag_list(text: Option<String>) -> Vec<String> {
    text.unwrap_or_default()
        .split(',')
        .map(fold_tag)
        .filter(|t| !t.is_empty())
        .collect()
}

#[cfg(test)]
impl Options {
    /// Options from `(attribute, value)` pairs, for tests.
    pub(crate) fn from_pairs(pairs: &[(&str, &str)]) -> Self {
        Self::from_attributes(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(pairs: &[(&str, &str)]) -> Options {
        Options::from_pairs(pairs)
    }

    #[test]
    fn defaults() {
        assert_eq!(opts(&[]), Options::default());
    }
    #[test]
    fn feed_trimmed() {
        assert_eq!(
            opts(&[("feed", " /news.json ")]).feed.as_deref(),
            Some("/news.json")
        );
    }
    #[test]
    fn blank_feed_is_missing() {
        assert_eq!(opts(&[("feed", "  ")]).feed, None);
    }
    #[test]
    fn max_items() {
        assert_eq!(opts(&[("max-items", "3")]).max_items, 3);
    }
    #[test]
    fn max_items_zero() {
        assert_eq!(opts(&[("max-items", "0")]).max_items, DEFAULT_MAX_ITEMS);
    }
    #[test]
    fn max_items_huge() {
        assert_eq!(
            opts(&[("max-items", "100000")]).max_items,
            DEFAULT_MAX_ITEMS
        );
    }
    #[test]
    fn max_items_words() {
        assert_eq!(opts(&[("max-items", "ten")]).max_items, DEFAULT_MAX_ITEMS);
    }
    #[test]
    fn heading_level() {
        assert_eq!(opts(&[("heading-level", "4")]).heading_level, 4);
    }
    #[test]
    fn heading_level_one_refused() {
        assert_eq!(opts(&[("heading-level", "1")]).heading_level, 2);
    }
    #[test]
    fn heading_level_seven_refused() {
        assert_eq!(opts(&[("heading-level", "7")]).heading_level, 2);
    }
    #[test]
    fn images_hide() {
        assert_eq!(opts(&[("images", "HIDE")]).images, ImagesOption::Hide);
    }
    #[test]
    fn images_unknown() {
        assert_eq!(opts(&[("images", "maybe")]).images, ImagesOption::Show);
    }
    #[test]
    fn relative_dates() {
        assert!(opts(&[("dates", "Relative")]).relative_dates);
    }
    #[test]
    fn absolute_dates_by_default() {
        assert!(!opts(&[("dates", "soon")]).relative_dates);
    }
    #[test]
    fn no_refresh_by_default() {
        assert_eq!(opts(&[]).refresh_secs, None);
    }
    #[test]
    fn refresh() {
        assert_eq!(opts(&[("refresh", "300")]).refresh_secs, Some(300));
    }
    #[test]
    fn refresh_too_often_is_raised() {
        assert_eq!(
            opts(&[("refresh", "5")]).refresh_secs,
            Some(MIN_REFRESH_SECS)
        );
    }
    #[test]
    fn refresh_zero_is_off() {
        assert_eq!(opts(&[("refresh", "0")]).refresh_secs, None);
    }
    #[test]
    fn timeout() {
        assert_eq!(opts(&[("timeout", "3")]).timeout_ms, 3_000);
    }
    #[test]
    fn timeout_out_of_range() {
        assert_eq!(opts(&[("timeout", "999")]).timeout_ms, DEFAULT_TIMEOUT_MS);
    }
    #[test]
    fn base_url() {
        assert_eq!(
            opts(&[("base-url", " https://example.org/news/ ")])
                .base_url
                .as_deref(),
            Some("https://example.org/news/")
        );
    }
    #[test]
    fn layouts() {
        assert_eq!(opts(&[("layout", "Cards")]).layout, Layout::Cards);
        assert_eq!(opts(&[("layout", "headlines")]).layout, Layout::Headlines);
        assert_eq!(opts(&[("layout", "grid")]).layout, Layout::List);
        assert_eq!(opts(&[]).layout.as_attr(), "list");
    }
    #[test]
    fn several_feeds() {
        let o = opts(&[("feed", " a.json\n b.xml\ta.json ")]);
        assert_eq!(o.feeds(), ["a.json", "b.xml", "a.json"]);
        assert!(opts(&[]).feeds().is_empty());
    }
    #[test]
    fn tags_filter_any_case_insensitive() {
        let o = opts(&[("tags", " Cardiology ,events,, ")]);
        assert_eq!(o.tags, ["cardiology", "events"]);
        assert!(o.keeps(&["EVENTS".into()]));
        assert!(o.keeps(&["x".into(), " cardiology".into()]));
        assert!(!o.keeps(&["surgery".into()]));
        assert!(!o.keeps(&[]));
    }
    #[test]
    fn cyrillic_tags_fold() {
        let o = opts(&[("tags", "Кардиология")]);
        assert!(o.keeps(&["КАРДИОЛОГИЯ".into()]));
    }
    #[test]
    fn look_key() {
        assert_eq!(opts(&[]).look_key(), "");
        assert_eq!(
            opts(&[("layout", "cards"), ("tags", " A b ,C")]).look_key(),
            " |cards|a b,c|"
        );
        assert_eq!(opts(&[("exclude-tags", "x")]).look_key(), " |list||x");
    }
    #[test]
    fn exclude_tags() {
        let o = opts(&[("exclude-tags", "ads")]);
        assert!(o.keeps(&[]));
        assert!(o.keeps(&["news".into()]));
        assert!(!o.keeps(&["news".into(), "Ads".into()]));
        let both = opts(&[("tags", "news"), ("exclude-tags", "ads")]);
        assert!(!both.keeps(&["news".into(), "ads".into()]));
    }
    #[test]
    fn heading() {
        assert_eq!(
            opts(&[("heading", "Новости центра")]).heading.as_deref(),
            Some("Новости центра")
        );
    }
}
