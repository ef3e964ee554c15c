//! The feed model every wire format becomes, and the rules that turn raw
//! items into what readers see (ordering, summaries, plain text).
//!
//! Pure Rust: no web-sys here. The web shell fetches bytes and hands them to
//! [`parse`]; the lint rules and the native tests use the same model.

mod date;
mod json_feed;
mod text;

pub use date::Timestamp;
pub use text::{html_to_text, normalize_whitespace, truncate_words};

/// A feed, normalized: everything the widget shows, nothing it doesn't.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Feed {
    /// JSON Feed `title`; the widget heading unless the site overrides it.
    pub title: Option<String>,
    /// JSON Feed `home_page_url`: where "all news" lives on the site.
    pub home_page_url: Option<String>,
    /// JSON Feed `language` (BCP 47): the default language of every item.
    pub language: Option<String>,
    /// Displayable items, newest first (see [`Feed::sort_newest_first`]).
    pub items: Vec<Item>,
    /// Items that could not be shown, with the reason, in feed order.
    pub skipped: Vec<SkippedItem>,
}

/// One news item as the widget renders it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    /// JSON Feed `id`, or the item URL, or `#<index>` when both are missing.
    pub id: String,
    /// JSON Feed `url` (or `external_url`): the link behind the title. Still
    /// unchecked text: the shell resolves it and keeps only http(s).
    pub url: Option<String>,
    /// JSON Feed `title`, as plain text.
    pub title: Option<String>,
    /// JSON Feed `summary`, else `content_text`, else `content_html` reduced
    /// to plain text; shortened to [`SUMMARY_MAX_CHARS`].
    pub summary: Option<String>,
    /// JSON Feed `image` (else `banner_image`), with its text alternative.
    pub image: Option<Image>,
    /// JSON Feed `date_published`.
    pub published: Option<Timestamp>,
    /// JSON Feed `date_modified`, kept only when later than `published`.
    pub modified: Option<Timestamp>,
    /// JSON Feed `authors[].name` (1.1) or `author.name` (1.0).
    pub authors: Vec<String>,
    /// JSON Feed `tags`.
    pub tags: Vec<String>,
    /// JSON Feed item `language`, else the feed's.
    pub language: Option<String>,
}

/// An item picture and its text alternative.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Image {
    /// Image URL as written in the feed (unchecked, like [`Item::url`]).
    pub url: String,
    /// Text alternative from the `_news_widget.image_alt` extension; `None`
    /// means decorative (`alt=""`): the title already names the item.
    pub alt: Option<String>,
}

/// An item left out of [`Feed::items`], kept so editors learn why.
#[derive(Debug, Clone, PartialEq)]
pub struct SkippedItem {
    /// Position in the feed's `items` array (0-based).
    pub index: usize,
    /// What is wrong with it.
    pub reason: SkipReason,
}

/// Why one item could not be shown; the others still are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// The array entry is not a JSON object.
    NotAnObject,
    /// Neither a title nor any text to show.
    NothingToShow,
}

/// Why a whole feed could not be read. Item-level problems never end up here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The bytes are not JSON (an HTML error page, a truncated download…).
    NotJson {
        /// 1-based line of the first error.
        line: usize,
        /// 1-based column of the first error.
        column: usize,
    },
    /// Valid JSON, but not a JSON Feed (no `items` array, or not an object).
    NotAFeed,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotJson { line, column } => write!(f, "not JSON (error at {line}:{column})"),
            Self::NotAFeed => f.write_str("JSON, but not a JSON Feed: no `items` array"),
        }
    }
}

/// Longest summary shown under a title, in characters.
pub const SUMMARY_MAX_CHARS: usize = 320;

/// Reads a feed from raw bytes. Today: JSON Feed 1.0 and 1.1. The result is
/// already sorted newest first.
pub fn parse(bytes: &[u8]) -> Result<Feed, ParseError> {
    let mut feed = json_feed::parse(bytes)?;
    feed.sort_newest_first();
    Ok(feed)
}

impl Feed {
    /// Orders items by publication (or modification) date, newest first.
    /// Undated items go last, in feed order, since nothing says they are new.
    pub fn sort_newest_first(&mut self) {
        self.items
            .sort_by_key(|item| std::cmp::Reverse(item.published.or(item.modified)));
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
    fn equal_dates_keep_feed_order() {
        let json = r#"{"items":[
            {"id":"a","title":"first","date_published":"2024-01-01T00:00:00Z"},
            {"id":"b","title":"second","date_published":"2024-01-01T00:00:00Z"}]}"#;
        assert_eq!(titles(json), ["first", "second"]);
    }
}
