//! JSON Feed 1.0 and 1.1 (<https://jsonfeed.org/version/1.1>) → [`Feed`],
//! and back (the widget keeps its last good copy as JSON Feed).
//!
//! Lenient by design: each field is read on its own, so a field of the wrong
//! type counts as absent instead of failing the item, and an item that cannot
//! be shown is skipped with a reason instead of failing the feed. Unknown
//! fields and extension objects (`_name`) are ignored, except our own
//! `_news_widget`.

use std::ops::Range;

use super::json::{self, Value, Writer};

use super::{
    Attachment, Feed, Format, Image, Item, ParseError, SUMMARY_MAX_CHARS, SkipReason, Timestamp,
    html_to_text, json_scan, normalize_whitespace, truncate_words,
};

pub(super) use super::json::Object;

/// Reads the feed-level fields; the items stay unparsed until their turn
/// (byte ranges of `text`).
pub(super) fn open(text: &str) -> Result<(Feed, Vec<Range<usize>>), ParseError> {
    let members = json_scan::object_members(text)?;
    let member = |key: &str| members.iter().rev().find(|(k, _)| k == key);
    let items = member("items")
        .and_then(|(_, range)| json_scan::array_elements(text, range.clone()))
        .ok_or(ParseError::NotAFeed)??;
    let field = |key: &str| -> Value {
        member(key)
            .and_then(|(_, range)| json::parse(&text[range.clone()]))
            .unwrap_or(Value::Null)
    };
    let text_of = |key: &str| match field(key) {
        Value::String(s) => Some(normalize_whitespace(&s)).filter(|s| !s.is_empty()),
        _ => None,
    };
    let mut author_fields = Object::default();
    author_fields.insert("authors", field("authors"));
    author_fields.insert("author", field("author"));
    let feed = Feed {
        format: Format::JsonFeed,
        authors: authors(&author_fields),
        title: text_of("title"),
        home_page_url: text_of("home_page_url"),
        language: text_of("language"),
        expired: field("expired") == Value::Bool(true),
        items: Vec::with_capacity(items.len().min(1024)),
        skipped: Vec::new(),
    };
    Ok((feed, items))
}

/// One `items` entry, as JSON text, parsed: `Err(Broken)` when it is not
/// valid JSON (the other items still show).
pub(super) fn parse_entry(raw: &str) -> Result<Value<'_>, SkipReason> {
    json::parse(raw).ok_or(SkipReason::Broken)
}

/// One raw `items` entry → an [`Item`], or why it cannot be shown.
pub(super) fn convert_item(
    raw: &str,
    index: usize,
    feed_language: Option<&str>,
) -> Result<Item, SkipReason> {
    let value = parse_entry(raw)?;
    let obj = value.as_object().ok_or(SkipReason::NotAnObject)?;
    let url = text_field(obj, "url").or_else(|| text_field(obj, "external_url"));
    let title = html_text_field(obj, "title");
    let summary = text_field(obj, "summary")
        .or_else(|| text_field(obj, "content_text"))
        .or_else(|| html_text_field(obj, "content_html"))
        .map(|s| truncate_words(&s, SUMMARY_MAX_CHARS));
    // A link alone is news too: the shell names it "Untitled news item".
    if title.is_none() && summary.is_none() && url.is_none() {
        return Err(SkipReason::NothingToShow);
    }
    let id = id_field(obj)
        .or_else(|| url.clone())
        .unwrap_or_else(|| ["#", &index.to_string()].concat());
    let (pictures, attachments): (Vec<Attachment>, Vec<Attachment>) =
        attachments(obj).into_iter().partition(is_picture);
    let image = text_field(obj, "image")
        .or_else(|| text_field(obj, "banner_image"))
        .or_else(|| pictures.into_iter().next().map(|a| a.url))
        .map(|url| Image {
            url,
            alt: obj
                .get("_news_widget")
                .and_then(Value::as_object)
                .and_then(|ext| text_field(ext, "image_alt")),
        });
    let published = date_field(obj, "date_published");
    let modified = date_field(obj, "date_modified").filter(|m| published.is_none_or(|p| *m > p));
    Ok(Item {
        id,
        url,
        title,
        summary,
        image,
        published,
        modified,
        authors: authors(obj),
        tags: string_list(obj.get("tags")),
        language: text_field(obj, "language").or_else(|| feed_language.map(str::to_owned)),
        attachments,
        notes: Vec::new(),
    })
}

/// Whether an attachment is a picture (shown as the item image instead).
pub(super) fn is_picture(attachment: &Attachment) -> bool {
    attachment
        .mime_type
        .as_deref()
        .is_some_and(|m| m.starts_with("image/"))
}

/// JSON Feed 1.1 `attachments`: entries without a `url` are dropped.
fn attachments(obj: &Object) -> Vec<Attachment> {
    let Some(list) = obj.get("attachments").and_then(Value::as_array) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(Value::as_object)
        .filter_map(|a| {
            Some(Attachment {
                url: text_field(a, "url")?,
                mime_type: text_field(a, "mime_type"),
                title: text_field(a, "title"),
                size: a
                    .get("size_in_bytes")
                    .and_then(Value::as_u64)
                    .filter(|n| *n > 0),
            })
        })
        .collect()
}

/// Writes `feed` back as JSON Feed 1.1 with at most `max_items` items, in
/// the order they are: the widget's saved copy, read back by [`open`].
pub fn to_json_feed(feed: &Feed, max_items: usize) -> String {
    let mut out = Writer(String::with_capacity(4096));
    out.0
        .push_str(r#"{"version":"https://jsonfeed.org/version/1.1""#);
    out.field("title", feed.title.as_deref());
    out.field("home_page_url", feed.home_page_url.as_deref());
    out.field("language", feed.language.as_deref());
    out.0.push_str(r#","items":["#);
    for (n, item) in feed.items.iter().take(max_items).enumerate() {
        if n > 0 {
            out.0.push(',');
        }
        out.0.push_str(r#"{"id":"#);
        out.string(&item.id);
        out.field("url", item.url.as_deref());
        // Titles are read as HTML: plain text with `<` or `&` must survive.
        let title = item
            .title
            .as_deref()
            .map(|t| t.replace('&', "&amp;").replace('<', "&lt;"));
        out.field("title", title.as_deref());
        out.field("summary", item.summary.as_deref());
        if let Some(image) = &item.image {
            out.field("image", Some(&image.url));
            if let Some(alt) = &image.alt {
                out.0.push_str(r#","_news_widget":{"image_alt":"#);
                out.string(alt);
                out.0.push('}');
            }
        }
        out.field(
            "date_published",
            item.published.map(|t| t.to_rfc3339_utc()).as_deref(),
        );
        out.field(
            "date_modified",
            item.modified.map(|t| t.to_rfc3339_utc()).as_deref(),
        );
        out.field("language", item.language.as_deref());
        if !item.authors.is_empty() {
            out.0.push_str(r#","authors":["#);
            for (i, name) in item.authors.iter().enumerate() {
                out.0
                    .push_str(if i > 0 { r#",{"name":"# } else { r#"{"name":"# });
                out.string(name);
                out.0.push('}');
            }
            out.0.push(']');
        }
        if !item.tags.is_empty() {
            out.0.push_str(r#","tags":["#);
            for (i, tag) in item.tags.iter().enumerate() {
                if i > 0 {
                    out.0.push(',');
                }
                out.string(tag);
            }
            out.0.push(']');
        }
        if !item.attachments.is_empty() {
            out.0.push_str(r#","attachments":["#);
            for (i, a) in item.attachments.iter().enumerate() {
                out.0
                    .push_str(if i > 0 { r#",{"url":"# } else { r#"{"url":"# });
                out.string(&a.url);
                out.field("mime_type", a.mime_type.as_deref());
                out.field("title", a.title.as_deref());
                if let Some(size) = a.size {
                    out.0.push_str(&format!(r#","size_in_bytes":{size}"#));
                }
                out.0.push('}');
            }
            out.0.push(']');
        }
        out.0.push('}');
    }
    out.0.push_str("]}");
    out.0
}

/// A string field that may hold HTML (titles do in the wild): its text.
pub(super) fn html_text_field(obj: &Object, key: &str) -> Option<String> {
    obj.get(key)
        .and_then(Value::as_str)
        .map(html_to_text)
        .filter(|t| !t.is_empty())
}

/// A non-empty string field, whitespace folded.
pub(super) fn text_field(obj: &Object, key: &str) -> Option<String> {
    obj.get(key)
        .and_then(Value::as_str)
        .map(normalize_whitespace)
        .filter(|s| !s.is_empty())
}

/// JSON Feed says `id` is a string; many generators write a number.
fn id_field(obj: &Object) -> Option<String> {
    match obj.get("id")? {
        Value::Number(n) => Some(n.to_string()),
        _ => text_field(obj, "id"),
    }
}

/// An RFC 3339 date field; a bad date is an absent one.
pub(super) fn date_field(obj: &Object, key: &str) -> Option<Timestamp> {
    obj.get(key)
        .and_then(Value::as_str)
        .and_then(Timestamp::parse_rfc3339)
}

/// Names from `authors` (1.1) or the single `author` object (1.0).
fn authors(obj: &Object) -> Vec<String> {
    let name = |v: &Value| v.as_object().and_then(|a| text_field(a, "name"));
    match obj.get("authors").and_then(Value::as_array) {
        Some(list) => list.iter().filter_map(name).collect(),
        None => obj.get("author").and_then(name).into_iter().collect(),
    }
}

/// The non-empty strings of an array field.
pub(super) fn string_list(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(Value::as_str)
                .map(normalize_whitespace)
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::{ParseError, SkipReason, parse};

    fn one(item: &str) -> super::Item {
        let json = format!(r#"{{"version":"https://jsonfeed.org/version/1.1","items":[{item}]}}"#);
        let mut feed = parse(json.as_bytes()).unwrap();
        assert_eq!(feed.items.len(), 1, "{:?}", feed.skipped);
        feed.items.remove(0)
    }

    fn skipped(item: &str) -> Vec<SkipReason> {
        let json = format!(r#"{{"items":[{item}]}}"#);
        parse(json.as_bytes())
            .unwrap()
            .skipped
            .iter()
            .map(|s| s.reason)
            .collect()
    }

    #[test]
    fn html_page() {
        assert_eq!(parse(b"<!DOCTYPE html><p>502"), Err(ParseError::HtmlPage));
    }
    #[test]
    fn truncated_json() {
        assert!(matches!(
            parse(br#"{"items":[{"id":"#),
            Err(ParseError::Syntax { .. })
        ));
    }
    #[test]
    fn no_items() {
        assert_eq!(parse(br#"{"title":"x"}"#), Err(ParseError::NotAFeed));
    }
    #[test]
    fn items_not_array() {
        assert_eq!(parse(br#"{"items":{}}"#), Err(ParseError::NotAFeed));
    }
    #[test]
    fn neither_object_nor_array() {
        assert_eq!(parse(b"42"), Err(ParseError::NotAFeed));
    }
    #[test]
    fn empty_feed_is_fine() {
        assert!(parse(br#"{"items":[]}"#).unwrap().items.is_empty());
    }
    #[test]
    fn bom_is_ignored() {
        assert!(parse(b"\xEF\xBB\xBF{\"items\":[]}").is_ok());
    }
    #[test]
    fn not_an_object_skipped() {
        assert_eq!(skipped(r#"42"#), [SkipReason::NotAnObject]);
    }
    #[test]
    fn nothing_to_show_skipped() {
        assert_eq!(
            skipped(r#"{"id":"1","title":"  "}"#),
            [SkipReason::NothingToShow]
        );
    }
    #[test]
    fn title_only() {
        assert_eq!(one(r#"{"id":"1","title":"T"}"#).title.as_deref(), Some("T"));
    }
    #[test]
    fn summary_first() {
        assert_eq!(
            one(r#"{"id":"1","summary":"S","content_text":"C"}"#)
                .summary
                .as_deref(),
            Some("S")
        );
    }
    #[test]
    fn content_text_fallback() {
        assert_eq!(
            one(r#"{"id":"1","content_text":"C"}"#).summary.as_deref(),
            Some("C")
        );
    }
    #[test]
    fn content_html_as_text() {
        assert_eq!(
            one(r#"{"id":"1","content_html":"<p>Hi <img src=x onerror=alert(1)>there</p>"}"#)
                .summary
                .as_deref(),
            Some("Hi there")
        );
    }
    #[test]
    fn title_markup_is_text() {
        assert_eq!(
            one(r#"{"id":"1","title":"A &amp; <b>B</b>"}"#)
                .title
                .as_deref(),
            Some("A & B")
        );
    }
    #[test]
    fn long_summary_shortened() {
        assert!(
            one(&format!(
                r#"{{"id":"1","summary":"{}"}}"#,
                "word ".repeat(200)
            ))
            .summary
            .unwrap()
            .ends_with('…')
        );
    }
    #[test]
    fn numeric_id() {
        assert_eq!(one(r#"{"id":7,"title":"T"}"#).id, "7");
    }
    #[test]
    fn id_from_url() {
        assert_eq!(
            one(r#"{"url":"https://a.example/n/1","title":"T"}"#).id,
            "https://a.example/n/1"
        );
    }
    #[test]
    fn id_from_index() {
        assert_eq!(one(r#"{"title":"T"}"#).id, "#0");
    }
    #[test]
    fn external_url_fallback() {
        assert_eq!(
            one(r#"{"id":"1","title":"T","external_url":"https://e.example/"}"#)
                .url
                .as_deref(),
            Some("https://e.example/")
        );
    }
    #[test]
    fn wrong_type_field_is_absent() {
        assert_eq!(
            one(r#"{"id":"1","title":"T","url":17,"tags":"x"}"#).url,
            None
        );
    }
    #[test]
    fn bad_date_drops_date_only() {
        assert_eq!(
            one(r#"{"id":"1","title":"T","date_published":"вчера"}"#).published,
            None
        );
    }
    #[test]
    fn modified_kept_when_later() {
        assert!(one(r#"{"id":"1","title":"T","date_published":"2024-01-01","date_modified":"2024-02-01"}"#).modified.is_some());
    }
    #[test]
    fn modified_dropped_when_same() {
        assert!(one(r#"{"id":"1","title":"T","date_published":"2024-01-01","date_modified":"2024-01-01"}"#).modified.is_none());
    }
    #[test]
    fn authors_1_1() {
        assert_eq!(
            one(r#"{"id":"1","title":"T","authors":[{"name":"A"},{"url":"x"},{"name":"B"}]}"#)
                .authors,
            ["A", "B"]
        );
    }
    #[test]
    fn feed_authors_for_items_without() {
        let feed = parse(br#"{"authors":[{"name":"Press office"}],"items":[{"id":"1","title":"T"},{"id":"2","title":"U","authors":[{"name":"A"}]}]}"#).unwrap();
        let names: Vec<_> = feed.items.iter().map(|i| i.authors.clone()).collect();
        assert_eq!(
            names,
            [vec!["Press office".to_owned()], vec!["A".to_owned()]]
        );
    }
    #[test]
    fn feed_author_1_0() {
        let feed =
            parse(br#"{"author":{"name":"Editor"},"items":[{"id":"1","title":"T"}]}"#).unwrap();
        assert_eq!(feed.items[0].authors, ["Editor"]);
    }
    #[test]
    fn expired_flag() {
        assert!(parse(br#"{"expired":true,"items":[]}"#).unwrap().expired);
    }
    #[test]
    fn author_1_0() {
        assert_eq!(
            one(r#"{"id":"1","title":"T","author":{"name":"A"}}"#).authors,
            ["A"]
        );
    }
    #[test]
    fn tags() {
        assert_eq!(
            one(r#"{"id":"1","title":"T","tags":["a",1," b "]}"#).tags,
            ["a", "b"]
        );
    }
    #[test]
    fn image_with_alt() {
        assert_eq!(
            one(r#"{"id":"1","title":"T","image":"i.jpg","_news_widget":{"image_alt":"Alt"}}"#)
                .image
                .unwrap()
                .alt
                .as_deref(),
            Some("Alt")
        );
    }
    #[test]
    fn image_decorative() {
        assert_eq!(
            one(r#"{"id":"1","title":"T","banner_image":"b.jpg"}"#)
                .image
                .unwrap()
                .alt,
            None
        );
    }
    #[test]
    fn item_language_wins() {
        let feed = parse(br#"{"language":"ru","items":[{"id":"1","title":"T","language":"en"},{"id":"2","title":"U"}]}"#).unwrap();
        let langs: Vec<_> = feed.items.iter().map(|i| i.language.as_deref()).collect();
        assert_eq!(langs, [Some("en"), Some("ru")]);
    }
    #[test]
    fn bad_item_does_not_hide_good() {
        let feed = parse(br#"{"items":[null,{"id":"1","title":"ok"},{"id":"2"}]}"#).unwrap();
        assert_eq!(feed.items.len(), 1);
        assert_eq!(
            feed.skipped.iter().map(|s| s.index).collect::<Vec<_>>(),
            [0, 2]
        );
    }
}
