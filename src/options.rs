//! What a site admin can set on one widget, read from attribute text.
//!
//! Pure: the shell passes a lookup over the host's attributes (`data-feed`
//! on a script or div, `feed` on `<news-widget>`). A bad value never stops
//! the widget: it falls back to the default.

use crate::prefs::Prefs;

/// One widget's settings, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// `feed`: URL of the feed, relative to the host page. `None` → the
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
}

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
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(pairs: &[(&str, &str)]) -> Options {
        Options::from_attributes(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        })
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
    fn heading() {
        assert_eq!(
            opts(&[("heading", "Новости центра")]).heading.as_deref(),
            Some("Новости центра")
        );
    }
}
