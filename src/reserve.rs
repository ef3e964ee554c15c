//! The height a widget last took for a feed at a width, remembered so the
//! next visit reserves that space before the feed arrives: the page's text
//! below the widget does not jump when the news appear (layout shift).
//!
//! Pure: stored as text under [`KEY`], one line `width height url` per
//! feed, newest last, at most [`MAX_REMEMBERED`] lines. The loader
//! (`public/news-widget.js`) reads the same lines before the wasm is here,
//! and sets the reservation on the host; the widget writes them once it has
//! rendered, and lifts the reservation.

/// Storage key of the remembered heights.
pub const KEY: &str = "news-widget:heights";

/// Most feeds remembered at once (as many as saved copies).
pub const MAX_REMEMBERED: usize = crate::saved::MAX_SAVED_FEEDS;

/// The CSS custom property on the host that holds the reserved height; the
/// loader's page-level rule turns it into the host's `min-height`.
pub const PROPERTY: &str = "--news-widget-reserve";

/// One remembered height.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remembered {
    /// The feed URL.
    pub url: String,
    /// The widget's width then, in CSS pixels (rounded).
    pub width: u32,
    /// Its height then, in CSS pixels (rounded up).
    pub height: u32,
}

/// Every remembered height, oldest first; unreadable lines are dropped.
pub fn decode(text: &str) -> Vec<Remembered> {
    text.lines()
        .filter_map(|line| {
            let (width, height, url) = crate::saved::numbers_and_url(line)?;
            Some(Remembered {
                width: width.parse().ok()?,
                height: height.parse().ok()?,
                url: url.to_owned(),
            })
        })
        .collect()
}

/// The stored text of `all`.
pub fn encode(all: &[Remembered]) -> String {
    let mut out = String::new();
    for r in all {
        out.extend([
            r.width.to_string().as_str(),
            " ",
            r.height.to_string().as_str(),
            " ",
            &r.url,
            "\n",
        ]);
    }
    out
}

/// `text` with `url`'s height at `width` recorded as the newest, the
/// oldest dropped beyond [`MAX_REMEMBERED`]; `None` when nothing changed
/// (no need to write).
pub fn remember(text: &str, url: &str, width: u32, height: u32) -> Option<String> {
    // A line per feed: a URL cannot carry a line break (hrefs never do).
    if url.contains(['\n', '\r']) {
        return None;
    }
    let mut all = decode(text);
    let entry = Remembered {
        url: url.to_owned(),
        width,
        height,
    };
    if all.last() == Some(&entry) {
        return None;
    }
    all.retain(|r| r.url != url);
    all.push(entry);
    let excess = all.len().saturating_sub(MAX_REMEMBERED);
    all.drain(..excess);
    Some(encode(&all))
}

/// The height to reserve for `url` at `width`: the remembered one when the
/// width is the same (within a pixel), else none (a guess would shift more).
pub fn lookup(text: &str, url: &str, width: u32) -> Option<u32> {
    decode(text)
        .into_iter()
        .find(|r| r.url == url && r.width.abs_diff(width) <= 1)
        .map(|r| r.height)
}

/// `px` to four decimals (finer than the browser's 1/64 px layout unit),
/// written by hand: formatting an `f64` would bring float printing, 20 KB.
pub fn css_px(px: f64) -> String {
    let ten_thousandths = (px * 10_000.0).round() as u64;
    let fraction = (ten_thousandths % 10_000).to_string();
    let padding = "000".get(..4 - fraction.len()).unwrap_or("");
    [
        &(ten_thousandths / 10_000).to_string(),
        ".",
        padding,
        &fraction,
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_height_is_found_again_at_the_same_width_only() {
        let text = remember("", "https://a/news.json", 640, 812).unwrap();
        assert_eq!(text, "640 812 https://a/news.json\n");
        assert_eq!(lookup(&text, "https://a/news.json", 640), Some(812));
        assert_eq!(lookup(&text, "https://a/news.json", 641), Some(812));
        assert_eq!(lookup(&text, "https://a/news.json", 320), None);
        assert_eq!(lookup(&text, "https://b/news.json", 640), None);
    }

    #[test]
    fn a_feed_has_one_line_the_newest_last() {
        let text = remember("", "https://a/1", 640, 100).unwrap();
        let text = remember(&text, "https://a/2", 640, 200).unwrap();
        let text = remember(&text, "https://a/1", 320, 300).unwrap();
        assert_eq!(text, "640 200 https://a/2\n320 300 https://a/1\n");
    }

    #[test]
    fn the_same_height_again_writes_nothing() {
        let text = remember("", "https://a/1", 640, 100).unwrap();
        assert_eq!(remember(&text, "https://a/1", 640, 100), None);
    }

    #[test]
    fn cache_busting_urls_cannot_grow_it_beyond_the_limit() {
        let mut text = String::new();
        for n in 0..100 {
            text = remember(&text, &format!("https://a/news.json?t={n}"), 640, 100).unwrap();
        }
        let all = decode(&text);
        assert_eq!(all.len(), MAX_REMEMBERED);
        assert_eq!(all.last().unwrap().url, "https://a/news.json?t=99");
        assert_eq!(
            all[0].url,
            format!("https://a/news.json?t={}", 100 - MAX_REMEMBERED)
        );
    }

    #[test]
    fn css_px_to_four_decimals() {
        assert_eq!(css_px(0.5), "0.5000");
        assert_eq!(css_px(12.003_4), "12.0034");
        assert_eq!(css_px(1234.0), "1234.0000");
        assert_eq!(css_px(7.999_99), "8.0000");
    }
    #[test]
    fn damaged_lines_are_dropped_and_a_url_cannot_forge_a_line() {
        assert_eq!(
            decode("x 1 https://a\n640 812\n640 812 https://b\n").len(),
            1
        );
        assert_eq!(remember("", "https://a/\n1 1 https://b", 640, 100), None);
    }
}
