//! RSS 2.0 and Atom 1.0 → [`Feed`] (stub: being written).

use super::{Feed, Item, ParseError, SkipReason};

/// The entries of an RSS channel or Atom feed, read one at a time.
pub(super) struct Entries<'a> {
    _text: &'a str,
}

/// Reads the channel/feed-level fields and positions before the first entry.
pub(super) fn open(text: &str) -> Result<(Feed, Entries<'_>), ParseError> {
    let _ = text;
    Err(ParseError::NotAFeed)
}

impl Entries<'_> {
    /// The next entry as an item, or why it cannot be shown; `None` at the end.
    pub(super) fn next_item(
        &mut self,
        index: usize,
        feed_language: Option<&str>,
    ) -> Option<Result<Item, SkipReason>> {
        let _ = (index, feed_language);
        None
    }
}
