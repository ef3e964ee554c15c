//! WordPress REST API posts (`/wp-json/wp/v2/posts`) → [`Item`] (stub).

use serde_json::value::RawValue;

use super::{Item, SkipReason};

/// One post of the posts array → an item, or why it cannot be shown.
pub(super) fn convert_post(
    raw: &RawValue,
    index: usize,
    feed_language: Option<&str>,
) -> Result<Item, SkipReason> {
    let _ = (raw, index, feed_language);
    Err(SkipReason::NothingToShow)
}
