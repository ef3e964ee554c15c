//! The feed model every wire format becomes, and the rules that turn raw
//! items into what readers see (ordering, summaries, plain text).
//!
//! Pure Rust: no web-sys here. The web shell fetches bytes and hands them to
//! a [`Reader`] (or [`parse`]); the lint rules and the native tests use the
//! same model. The format is detected from the bytes, not the content type,
//! because CMSs often send the wrong one.

mod date;
pub(crate) mod json;
mod json_feed;
pub(crate) mod json_scan;
mod syndication;
mod text;
pub mod uri;
mod wordpress;
mod xml;

use std::borrow::Cow;
use std::ops::Range;

pub use date::Timestamp;
pub use json_feed::to_json_feed;
pub(crate) use text::fold_case;
pub use text::{html_to_text, language_tag, normalize_whitespace, truncate_words};

/// A feed, normalized: everything the widget shows, nothing it doesn't.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Feed {
    /// The wire format it was read from.
    pub format: Format,
    /// Feed title (JSON Feed `title`, RSS/Atom channel title); the widget
    /// heading unless the site overrides it.
    pub title: Option<String>,
    /// Where "all news" lives on the site (JSON Feed `home_page_url`, RSS
    /// channel `link`, Atom `link rel=alternate`).
    pub home_page_url: Option<String>,
    /// Default language of every item (BCP 47).
    pub language: Option<String>,
    /// JSON Feed `expired`: the publisher says it will never update again.
    pub expired: bool,
    /// Feed-level authors (JSON Feed `authors`/`author`): the authors of
    /// every item that names none.
    pub authors: Vec<String>,
    /// Displayable items, newest first; never the same id, title and link
    /// twice (ids alone may repeat: feeds get that wrong).
    pub items: Vec<Item>,
    /// Items that could not be shown, with the reason, in feed order.
    pub skipped: Vec<SkippedItem>,
}

/// The wire formats [`Reader`] recognizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// JSON Feed 1.0 or 1.1.
    #[default]
    JsonFeed,
    /// A WordPress REST API posts list (`/wp-json/wp/v2/posts`).
    WordPress,
    /// RSS 2.0 (and the 0.9x dialects that share its shape).
    Rss,
    /// Atom 1.0.
    Atom,
}

impl Format {
    /// The name editors know the format by.
    pub fn name(self) -> &'static str {
        match self {
            Self::JsonFeed => "JSON Feed",
            Self::WordPress => "WordPress REST",
            Self::Rss => "RSS",
            Self::Atom => "Atom",
        }
    }
}

/// One news item as the widget renders it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    /// The item's own id (JSON Feed `id`, RSS `guid`, Atom `id`), or its URL,
    /// or `#<index>` when both are missing.
    pub id: String,
    /// The link behind the title. Still unchecked text: the shell resolves it
    /// against the feed URL and keeps only http(s).
    pub url: Option<String>,
    /// Title, as plain text.
    pub title: Option<String>,
    /// A summary as plain text, shortened to [`SUMMARY_MAX_CHARS`].
    pub summary: Option<String>,
    /// A picture for the item, with its text alternative.
    pub image: Option<Image>,
    /// Publication date.
    pub published: Option<Timestamp>,
    /// Modification date, kept only when later than `published`.
    pub modified: Option<Timestamp>,
    /// Author names.
    pub authors: Vec<String>,
    /// Tags or categories.
    pub tags: Vec<String>,
    /// Item language, else the feed's.
    pub language: Option<String>,
    /// Files attached to the item (JSON Feed `attachments`, RSS `enclosure`,
    /// Atom `link rel=enclosure`), pictures excepted.
    pub attachments: Vec<Attachment>,
    /// What the reader worked around, for the lint; the widget ignores it.
    pub notes: Vec<Note>,
}

/// Something about an item that editors should hear though readers see
/// the item: a date no one can read, a field taken from a stand-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// A date in no form the reader knows, as written: no date is shown for it.
    UnreadDate(String),
    /// A field read from a non-standard element because the standard one
    /// is missing (`title` from `dc:title`).
    Fallback {
        /// The field the widget shows: `title` or `date`.
        field: &'static str,
        /// The element it came from (`dc:title`, `media:title`, `dcterms`).
        element: &'static str,
    },
}

/// An item picture and its text alternative.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Image {
    /// Image URL as written in the feed (unchecked, like [`Item::url`]).
    pub url: String,
    /// Text alternative (`_news_widget.image_alt`, WordPress `alt_text`,
    /// `media:description`); `None` means decorative (`alt=""`): the title
    /// already names the item.
    pub alt: Option<String>,
}

/// A file linked from an item: a PDF programme, a podcast episode.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attachment {
    /// File URL as written in the feed (unchecked).
    pub url: String,
    /// MIME type, when the feed gives one.
    pub mime_type: Option<String>,
    /// A name for the link, when the feed gives one.
    pub title: Option<String>,
    /// Size in bytes, when the feed gives a positive one.
    pub size: Option<u64>,
}

/// An item left out of [`Feed::items`], kept so editors learn why.
#[derive(Debug, Clone, PartialEq)]
pub struct SkippedItem {
    /// Position among the feed's items (0-based).
    pub index: usize,
    /// What is wrong with it.
    pub reason: SkipReason,
}

/// Why one item could not be shown; the others still are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// The entry is not an object (JSON) or not an element (XML).
    NotAnObject,
    /// Neither a title nor any text to show.
    NothingToShow,
    /// An earlier item has the same id, title and link: the same item twice.
    DuplicateId,
    /// The item itself is not well-formed JSON.
    Broken,
}

/// Why a whole feed could not be read. Item-level problems never end up here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// No bytes, or only whitespace.
    Empty,
    /// An HTML page: usually an error page or a wrong feed address.
    HtmlPage,
    /// The bytes are not well-formed JSON or XML (a truncated download…).
    Syntax {
        /// Which syntax the bytes claimed to be.
        syntax: Syntax,
        /// 1-based line of the first error.
        line: usize,
        /// 1-based column of the first error.
        column: usize,
    },
    /// Well-formed, but not a feed this widget knows (no `items` array, no
    /// RSS `channel`, no Atom `feed`).
    NotAFeed,
    /// Larger than [`MAX_FEED_BYTES`]: not read at all.
    TooLarge {
        /// The size announced or received.
        bytes: usize,
    },
    /// A feed, but not one of its items can be shown.
    NothingShowable {
        /// How many items were skipped (see [`Feed::skipped`]).
        skipped: usize,
    },
}

/// The two syntaxes feeds come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// JSON Feed, WordPress REST.
    Json,
    /// RSS, Atom.
    Xml,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty => f.write_str("the response is empty"),
            Self::HtmlPage => f.write_str(
                "the response is an HTML page, not a feed (an error page or a wrong address?)",
            ),
            Self::Syntax {
                syntax,
                line,
                column,
            } => {
                let name = match syntax {
                    Syntax::Json => "JSON",
                    Syntax::Xml => "XML",
                };
                write!(f, "broken {name} (error at {line}:{column})")
            }
            Self::NotAFeed => f.write_str(
                "not a feed: expected JSON Feed, WordPress REST posts, RSS 2.0 or Atom 1.0",
            ),
            Self::TooLarge { bytes } => write!(
                f,
                "the feed is {bytes} bytes, more than the {MAX_FEED_BYTES} the widget reads"
            ),
            Self::NothingShowable { skipped } => write!(
                f,
                "none of the feed's {skipped} items can be shown (each lacks a title and text, or is not an item)"
            ),
        }
    }
}

/// The largest feed the widget reads: a news block needs the newest items,
/// and a page must not run out of memory on a runaway response.
pub const MAX_FEED_BYTES: usize = 16 * 1024 * 1024;

/// The most entries read from one feed; later ones are ignored (their
/// outline is not even kept), which bounds memory on `[0,0,0,…]`.
pub const MAX_ENTRIES: usize = 50_000;

/// Longest summary shown under a title, in characters.
pub const SUMMARY_MAX_CHARS: usize = 320;

/// Text from feed bytes: a byte-order mark dropped, and bytes that are not
/// UTF-8 replaced by U+FFFD, so one bad byte costs a character, not the feed.
/// (The shell decodes declared legacy charsets such as windows-1251 with the
/// browser's `TextDecoder` before this.)
pub fn decode_utf8(bytes: &[u8]) -> Cow<'_, str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8_lossy(bytes)
}

/// The charset a response declares: `charset=` in its Content-Type, else
/// the XML declaration's `encoding`. Lowercased; `None` means UTF-8.
pub fn declared_charset(content_type: Option<&str>, bytes: &[u8]) -> Option<String> {
    let from_header = content_type.and_then(|ct| {
        ct.split(';')
            .filter_map(|part| part.trim().split_once('='))
            .find(|(key, _)| key.trim().eq_ignore_ascii_case("charset"))
            .map(|(_, value)| value.trim().trim_matches('"').to_ascii_lowercase())
    });
    from_header
        .or_else(|| xml::declared_encoding(bytes))
        .filter(|c| !matches!(c.as_str(), "utf-8" | "utf8" | ""))
}

/// Reads everything at once; the result is sorted newest first.
pub fn parse(bytes: &[u8]) -> Result<Feed, ParseError> {
    let text = decode_utf8(bytes);
    let mut reader = Reader::new(&text)?;
    while !reader.step(usize::MAX) {}
    Ok(reader.finish())
}

/// A feed being read item by item, so the shell can yield to the browser
/// between batches and a 20,000-item feed never freezes the page.
pub struct Reader<'a> {
    feed: Feed,
    source: Source<'a>,
    index: usize,
    /// Id + title + link of each item so far.
    seen_items: std::collections::HashSet<String>,
}

/// Where the next items come from.
enum Source<'a> {
    /// JSON Feed items and WordPress posts: byte ranges of the text.
    JsonFeed(&'a str, std::vec::IntoIter<Range<usize>>),
    WordPress(&'a str, std::vec::IntoIter<Range<usize>>),
    Xml(syndication::Entries<'a>),
}

impl<'a> Reader<'a> {
    /// Detects the format and reads the feed-level fields. Fails only when
    /// the text is no feed at all; item problems come later, per item.
    pub fn new(text: &'a str) -> Result<Self, ParseError> {
        let trimmed = text.trim_start();
        let (feed, source) = match trimmed.as_bytes().first() {
            None => return Err(ParseError::Empty),
            Some(b'<') if looks_like_html(trimmed) => return Err(ParseError::HtmlPage),
            Some(b'<') => {
                let (feed, entries) = syndication::open(text)?;
                (feed, Source::Xml(entries))
            }
            Some(b'[') => {
                let posts = json_scan::array_elements(text, 0..text.len())
                    .ok_or(ParseError::NotAFeed)??;
                let feed = Feed {
                    format: Format::WordPress,
                    ..Feed::default()
                };
                (feed, Source::WordPress(text, posts.into_iter()))
            }
            _ => {
                let (feed, items) = json_feed::open(text)?;
                (feed, Source::JsonFeed(text, items.into_iter()))
            }
        };
        let mut feed = feed;
        feed.language = feed.language.as_deref().and_then(language_tag);
        Ok(Self {
            feed,
            source,
            index: 0,
            seen_items: std::collections::HashSet::new(),
        })
    }

    /// The feed-level fields, already known before the items.
    pub fn feed(&self) -> &Feed {
        &self.feed
    }

    /// Reads up to `max` more items; `true` once every item is read.
    pub fn step(&mut self, max: usize) -> bool {
        for _ in 0..max {
            if self.index >= MAX_ENTRIES {
                return true;
            }
            let language = self.feed.language.as_deref();
            let next = match &mut self.source {
                Source::JsonFeed(text, items) => items
                    .next()
                    .map(|range| json_feed::convert_item(&text[range], self.index, language)),
                Source::WordPress(text, posts) => posts
                    .next()
                    .map(|range| wordpress::convert_post(&text[range], self.index, language)),
                Source::Xml(entries) => entries.next_item(self.index, language),
            };
            let Some(result) = next else { return true };
            let result = result.and_then(|mut item| {
                item.language = item.language.as_deref().and_then(language_tag);
                if item.authors.is_empty() {
                    item.authors.clone_from(&self.feed.authors);
                }
                // The same item twice is shown once; two items that only
                // share an id (a generator bug) are both news, both shown.
                let whole = [
                    item.id.as_str(),
                    item.title.as_deref().unwrap_or(""),
                    item.url.as_deref().unwrap_or(""),
                ]
                .join("\u{1f}");
                match self.seen_items.insert(whole) {
                    true => Ok(item),
                    false => Err(SkipReason::DuplicateId),
                }
            });
            match result {
                Ok(item) => self.feed.items.push(item),
                Err(reason) => self.feed.skipped.push(SkippedItem {
                    index: self.index,
                    reason,
                }),
            }
            self.index += 1;
        }
        false
    }

    /// The feed with the items read so far, newest first.
    pub fn finish(mut self) -> Feed {
        self.feed.sort_newest_first();
        self.feed
    }
}

/// `<!DOCTYPE html>` or `<html` as the first tag (comments and an XML
/// declaration may come first): a web page served where the feed should be.
fn looks_like_html(text: &str) -> bool {
    let mut rest = text.trim_start();
    for _ in 0..32 {
        if let Some(comment) = rest.strip_prefix("<!--") {
            let Some(end) = comment.find("-->") else {
                return false;
            };
            rest = comment[end + 3..].trim_start();
        } else if rest.starts_with("<?") {
            let Some(end) = rest.find("?>") else {
                return false;
            };
            rest = rest[end + 2..].trim_start();
        } else {
            break;
        }
    }
    let head = rest.as_bytes();
    let starts_with = |prefix: &[u8]| {
        head.len() >= prefix.len() && head[..prefix.len()].eq_ignore_ascii_case(prefix)
    };
    starts_with(b"<!doctype html") || starts_with(b"<html")
}

impl Feed {
    /// Orders items by publication (or modification) date, newest first.
    /// Undated items go last, in feed order, since nothing says they are new.
    pub fn sort_newest_first(&mut self) {
        // `!ms` reverses the order without overflow; undated sorts last.
        crate::order::sort_by_i64(&mut self.items, |item| {
            item.published
                .or(item.modified)
                .map_or(i64::MAX, |date| !date.unix_ms)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(json: &str) -> Vec<String> {
        parse(json.as_bytes())
            .unwrap()
            .items
            .into_iter()
            .map(|i| i.title.unwrap_or_default())
            .collect()
    }

    #[test]
    fn newest_first_and_undated_last() {
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","items":[
            {"id":"1","title":"old","date_published":"2024-01-01T00:00:00Z"},
            {"id":"2","title":"undated"},
            {"id":"3","title":"new","date_published":"2025-01-01T00:00:00+03:00"},
            {"id":"4","title":"modified only","date_modified":"2024-06-01T00:00:00Z"}]}"#;
        assert_eq!(titles(json), ["new", "modified only", "old", "undated"]);
    }

    #[test]
    fn comment_first_is_not_html() {
        let rss = "<!-- <html> --><rss version=\"2.0\"><channel><title>T</title>\
                   <item><title>A</title><description><![CDATA[<html>]]></description></item></channel></rss>";
        assert_eq!(parse(rss.as_bytes()).unwrap().items.len(), 1);
    }
    #[test]
    fn html_after_comment_is_html() {
        assert_eq!(parse(b"<!-- x --><HTML><p>502"), Err(ParseError::HtmlPage));
    }
    #[test]
    fn entries_beyond_the_limit_are_ignored() {
        let json = format!("[{}0]", "0,".repeat(MAX_ENTRIES + 10));
        let feed = parse(json.as_bytes()).unwrap();
        assert_eq!(feed.skipped.len(), MAX_ENTRIES);
    }
    #[test]
    fn equal_dates_keep_feed_order() {
        let json = r#"{"items":[
            {"id":"a","title":"first","date_published":"2024-01-01T00:00:00Z"},
            {"id":"b","title":"second","date_published":"2024-01-01T00:00:00Z"}]}"#;
        assert_eq!(titles(json), ["first", "second"]);
    }
}
