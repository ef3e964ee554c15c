//! The last good copy of a feed, kept in the reader's browser so a network
//! failure shows yesterday's news with a notice instead of an error.
//!
//! Pure: the shell reads and writes the text under [`storage_key`]. The copy
//! is the normalized feed written back as JSON Feed (what the widget shows,
//! not the raw download), bounded by [`MAX_SAVED_CHARS`] so a huge feed can
//! never fill the site's storage; an [`Index`] of every copy keeps them
//! bounded together ([`MAX_SAVED_FEEDS`], [`MAX_SAVED_TOTAL`]), so feed
//! addresses with cache-busting query strings cannot fill it either.

use crate::feed::{self, Feed};
use crate::options::MAX_ITEMS_LIMIT;

/// Largest saved copy, in UTF-16 code units (what localStorage counts;
/// this leaves most of a site's ~5 MB quota to the site).
pub const MAX_SAVED_CHARS: usize = 200_000;

/// Most saved copies kept at once, all feeds together.
pub const MAX_SAVED_FEEDS: usize = 20;

/// Most UTF-16 code units kept in saved copies, all feeds together.
pub const MAX_SAVED_TOTAL: usize = 1_000_000;

/// Storage key of the [`Index`].
pub const INDEX_KEY: &str = "news-widget:saved";

/// The prefix of every saved copy's key (see [`storage_key`]).
pub const KEY_PREFIX: &str = "news-widget:feed:";

const HEADER: &str = "news-widget-saved-1 ";

/// The storage key of a feed's saved copy: one per feed URL.
pub fn storage_key(feed_url: &str) -> String {
    [KEY_PREFIX, feed_url].concat()
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

/// When a stored copy was saved, read from its header alone (rebuilding a
/// lost [`Index`] must not parse every feed).
pub fn saved_at(text: &str) -> Option<i64> {
    text.strip_prefix(HEADER)?.split_once('\n')?.0.parse().ok()
}

/// Every saved copy on the site: which feed, when, how large. Stored as
/// text under [`INDEX_KEY`], one line per copy, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Index(Vec<Entry>);

/// One saved copy in the [`Index`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The feed URL (the copy is under [`storage_key`] of it).
    pub url: String,
    /// When the copy was saved (ms since the epoch).
    pub saved_at: i64,
    /// Its length in UTF-16 code units.
    pub chars: usize,
}

impl Index {
    /// The index from its stored text; unreadable lines are dropped.
    pub fn decode(text: &str) -> Self {
        let mut entries: Vec<Entry> = text
            .lines()
            .filter_map(|line| {
                let (saved_at, chars, url) = numbers_and_url(line)?;
                Some(Entry {
                    saved_at: saved_at.parse().ok()?,
                    chars: chars.parse().ok()?,
                    url: url.to_owned(),
                })
            })
            .collect();
        crate::order::sort_by_i64(&mut entries, |e| e.saved_at);
        Self(entries)
    }

    /// The index rebuilt from what storage holds, as `(url, saved_at,
    /// chars)`: for when it was lost, or written by an older version.
    pub fn rebuild(copies: impl IntoIterator<Item = (String, i64, usize)>) -> Self {
        let mut entries: Vec<Entry> = copies
            .into_iter()
            .map(|(url, saved_at, chars)| Entry {
                url,
                saved_at,
                chars,
            })
            .collect();
        crate::order::sort_by_i64(&mut entries, |e| e.saved_at);
        Self(entries)
    }

    /// The stored text of the index.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for entry in &self.0 {
            let line = [
                &entry.saved_at.to_string(),
                " ",
                &entry.chars.to_string(),
                " ",
                &entry.url,
                "\n",
            ];
            out.extend(line);
        }
        out
    }

    /// The copies, oldest first.
    pub fn entries(&self) -> &[Entry] {
        &self.0
    }

    /// Records a new copy of `url` (replacing its old one) and returns the
    /// feeds whose copies must go, oldest first, to stay within
    /// [`MAX_SAVED_FEEDS`] and [`MAX_SAVED_TOTAL`].
    pub fn record(&mut self, url: &str, chars: usize, saved_at: i64) -> Vec<String> {
        self.remove(url);
        self.0.push(Entry {
            url: url.to_owned(),
            saved_at,
            chars,
        });
        let mut evicted = Vec::new();
        while self.0.len() > 1 && (self.0.len() > MAX_SAVED_FEEDS || self.total() > MAX_SAVED_TOTAL)
        {
            evicted.push(self.0.remove(0).url);
        }
        evicted
    }

    /// Storage refused a copy of `url` (the site's quota is full): the
    /// oldest other copies that free at least `chars`, or all of them,
    /// removed from the index, to be deleted before one more try.
    pub fn make_room(&mut self, url: &str, chars: usize) -> Vec<String> {
        let mut freed = 0;
        let mut evicted = Vec::new();
        while freed < chars {
            let Some(at) = self.0.iter().position(|e| e.url != url) else {
                break;
            };
            let entry = self.0.remove(at);
            freed += entry.chars;
            evicted.push(entry.url);
        }
        evicted
    }

    /// Forgets the copy of `url`.
    pub fn remove(&mut self, url: &str) {
        self.0.retain(|e| e.url != url);
    }

    fn total(&self) -> usize {
        self.0.iter().map(|e| e.chars).sum()
    }
}

/// A stored line `a b url` split in its three parts (the URL last, as it
/// is the one that could hold anything but a line break); `None` when a
/// part is missing. Shared with [`crate::reserve`].
pub(crate) fn numbers_and_url(line: &str) -> Option<(&str, &str, &str)> {
    let mut parts = line.splitn(3, ' ');
    let (a, b) = (parts.next()?, parts.next()?);
    Some((a, b, parts.next().filter(|u| !u.is_empty())?))
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
            notes: Vec::new(),
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

    fn index(entries: &[(&str, i64, usize)]) -> Index {
        Index::rebuild(entries.iter().map(|&(u, t, c)| (u.to_owned(), t, c)))
    }
    fn urls(index: &Index) -> Vec<&str> {
        index.entries().iter().map(|e| e.url.as_str()).collect()
    }

    #[test]
    fn saved_at_from_header() {
        assert_eq!(saved_at(&encode(&feed(1), 1234).unwrap()), Some(1234));
    }
    #[test]
    fn index_round_trip() {
        let original = index(&[("https://a/x?v=1 2", 5, 10), ("https://a/y", 7, 20)]);
        assert_eq!(Index::decode(&original.encode()), original);
    }
    #[test]
    fn index_sorted_oldest_first() {
        assert_eq!(urls(&Index::decode("9 1 b\n3 1 a\n")), ["a", "b"]);
    }
    #[test]
    fn index_drops_bad_lines() {
        assert_eq!(urls(&Index::decode("x 1 a\n1 2\n1 2 ok\n")), ["ok"]);
    }
    #[test]
    fn record_replaces_the_same_feed() {
        let mut i = index(&[("a", 1, 10), ("b", 2, 10)]);
        assert!(i.record("a", 30, 3).is_empty());
        assert_eq!(urls(&i), ["b", "a"]);
    }
    #[test]
    fn record_evicts_beyond_the_feed_count() {
        let mut i = Index::default();
        for n in 0..MAX_SAVED_FEEDS as i64 {
            assert!(i.record(&n.to_string(), 10, n).is_empty());
        }
        assert_eq!(i.record("new", 10, 100), ["0"]);
        assert_eq!(i.entries().len(), MAX_SAVED_FEEDS);
    }
    #[test]
    fn record_evicts_beyond_the_total() {
        let mut i = index(&[("a", 1, 400_000), ("b", 2, 400_000), ("c", 3, 150_000)]);
        assert_eq!(i.record("d", 200_000, 4), ["a"]);
        assert_eq!(urls(&i), ["b", "c", "d"]);
    }
    #[test]
    fn record_keeps_the_new_copy_whatever_its_size() {
        let mut i = index(&[("a", 1, 10)]);
        assert_eq!(i.record("b", MAX_SAVED_TOTAL + 1, 2), ["a"]);
        assert_eq!(urls(&i), ["b"]);
    }
    #[test]
    fn make_room_frees_enough_oldest_first() {
        let mut i = index(&[("a", 1, 100), ("new", 2, 5), ("b", 3, 100), ("c", 4, 100)]);
        assert_eq!(i.make_room("new", 150), ["a", "b"]);
        assert_eq!(urls(&i), ["new", "c"]);
    }
    #[test]
    fn make_room_stops_when_nothing_is_left() {
        let mut i = index(&[("a", 1, 1)]);
        assert_eq!(i.make_room("x", 1_000), ["a"]);
        assert!(i.entries().is_empty());
    }
}
