//! The last good copy of a feed, kept in the reader's browser so a network
//! failure shows yesterday's news with a notice instead of an error.
//!
//! Pure: the shell reads and writes the text under [`storage_key`]. The copy
//! is the normalized feed written back as JSON Feed (what the widget shows,
//! not the raw download), bounded by [`MAX_SAVED_CHARS`] so a huge feed can
//! never fill the site's storage.

use crate::feed::{self, Feed};
use crate::options::MAX_ITEMS_LIMIT;

/// Largest saved copy, in UTF-16 code units (what localStorage counts;
/// this leaves most of a site's ~5 MB quota to the site).
pub const MAX_SAVED_CHARS: usize = 200_000;

const HEADER: &str = "news-widget-saved-1 ";

/// The storage key of a feed's saved copy: one per feed URL.
pub fn storage_key(feed_url: &str) -> String {
    format!("news-widget:feed:{feed_url}")
}

/// The stored text for `feed` fetched at `saved_at_ms`: as many of its
/// newest items as fit in [`MAX_SAVED_CHARS`]. `None` when not even one does.
pub fn encode(feed: &Feed, saved_at_ms: i64) -> Option<String> {
    let mut count = feed.items.len().min(MAX_ITEMS_LIMIT);
    loop {
        let text = format!("{HEADER}{saved_at_ms}\n{}", feed::to_json_feed(feed, count));
        // localStorage counts UTF-16 code units.
        if text.encode_utf16().count() <= MAX_SAVED_CHARS {
            return Some(text);
        }
        count /= 2;
        if count == 0 {
            return None;
        }
    }
}

/// A saved copy back: when it was fetched, and the feed. `None` for text
/// this version did not write (another version's, or damaged).
pub fn decode(text: &str) -> Option<(i64, Feed)> {
    let (header, body) = text.strip_prefix(HEADER)?.split_once('\n')?;
    let saved_at = header.parse().ok()?;
    Some((saved_at, feed::parse(body.as_bytes()).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{Attachment, Image, Item, Timestamp};

    fn item(n: usize) -> Item {
        Item {
            id: format!("id-{n}"),
            url: Some(format!("/news/{n}")),
            title: Some(format!("Title <{n}> & more")),
            summary: Some("Summary".into()),
            image: Some(Image {
                url: "i.jpg".into(),
                alt: Some("Alt".into()),
            }),
            published: Timestamp::parse_rfc3339("2025-01-02T03:04:05Z"),
            modified: Timestamp::parse_rfc3339("2025-01-03T00:00:00Z"),
            authors: vec!["A".into(), "B".into()],
            tags: vec!["t".into()],
            language: Some("ru".into()),
            attachments: vec![Attachment {
                url: "a.pdf".into(),
                mime_type: Some("application/pdf".into()),
                title: Some("Programme".into()),
                size: Some(1234),
            }],
        }
    }

    fn feed(n: usize) -> Feed {
        Feed {
            title: Some("Center news".into()),
            home_page_url: Some("https://example.org/news/".into()),
            language: Some("ru".into()),
            items: (0..n).map(item).collect(),
            ..Feed::default()
        }
    }

    #[test]
    fn round_trip() {
        let original = feed(3);
        let (at, back) = decode(&encode(&original, 1_700_000_000_000).unwrap()).unwrap();
        assert_eq!(at, 1_700_000_000_000);
        assert_eq!(back, original);
    }
    #[test]
    fn at_most_the_item_limit() {
        let (_, back) = decode(&encode(&feed(150), 0).unwrap()).unwrap();
        assert_eq!(back.items.len(), MAX_ITEMS_LIMIT);
    }
    #[test]
    fn bounded_size() {
        let mut big = feed(100);
        for item in &mut big.items {
            item.summary = Some("слово ".repeat(1000));
        }
        let text = encode(&big, 0).unwrap();
        assert!(text.chars().count() <= MAX_SAVED_CHARS);
        let (_, back) = decode(&text).unwrap();
        assert!(!back.items.is_empty() && back.items.len() < 100);
    }
    #[test]
    fn hopeless_item_is_not_saved() {
        let mut huge = feed(1);
        huge.items[0].title = Some("x".repeat(MAX_SAVED_CHARS));
        assert_eq!(encode(&huge, 0), None);
    }
    #[test]
    fn foreign_text_ignored() {
        assert_eq!(decode("{\"items\":[]}"), None);
    }
    #[test]
    fn damaged_copy_ignored() {
        assert_eq!(decode("news-widget-saved-1 12\n{\"items\":["), None);
    }
    #[test]
    fn key_per_url() {
        assert_ne!(storage_key("https://a/1"), storage_key("https://a/2"));
    }
}
