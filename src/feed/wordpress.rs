//! WordPress REST API posts (`/wp-json/wp/v2/posts`, with or without
//! `?_embed`) → [`Item`].
//!
//! Lenient like the JSON Feed reader, whose field helpers it shares: each
//! field is read on its own, so a field of the wrong type counts as absent.
//! Without `?_embed` a post names its picture, author and terms only by
//! numeric ids, which say nothing to a reader: those stay empty then (except
//! Jetpack's `jetpack_featured_media_url`). Pure Rust: no web-sys here.

use std::collections::HashSet;

use super::json::Value;
use super::json_feed::{Object, date_field, html_text_field, parse_entry, text_field};
use super::{
    Image, Item, SUMMARY_MAX_CHARS, SkipReason, Timestamp, fold_case, html_to_text, truncate_words,
};

/// One post of the posts array → an item, or why it cannot be shown.
pub(super) fn convert_post(
    raw: &str,
    index: usize,
    feed_language: Option<&str>,
) -> Result<Item, SkipReason> {
    let value = parse_entry(raw)?;
    let post = value.as_object().ok_or(SkipReason::NotAnObject)?;
    let url = text_field(post, "link");
    let title = rendered_text(post, "title");
    let summary = summary(post).map(|s| truncate_words(&s, SUMMARY_MAX_CHARS));
    if title.is_none() && summary.is_none() {
        return Err(SkipReason::NothingToShow);
    }
    let id = match post.get("id") {
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => text_field(post, "id"),
    }
    .or_else(|| url.clone())
    .unwrap_or_else(|| ["#", &index.to_string()].concat());
    let published = wp_date(post, "date_gmt").or_else(|| wp_date(post, "date"));
    let modified = wp_date(post, "modified_gmt")
        .or_else(|| wp_date(post, "modified"))
        .filter(|m| published.is_none_or(|p| *m > p));
    let embedded = post.get("_embedded").and_then(Value::as_object);
    let image = embedded.and_then(featured_image).or_else(|| {
        text_field(post, "jetpack_featured_media_url").map(|url| Image { url, alt: None })
    });
    Ok(Item {
        id,
        url,
        title,
        summary,
        image,
        published,
        modified,
        authors: embedded.map(authors).unwrap_or_default(),
        tags: embedded.map(terms).unwrap_or_default(),
        // Polylang adds `lang`; without it the feed's language, if any.
        language: text_field(post, "lang").or_else(|| feed_language.map(str::to_owned)),
        attachments: Vec::new(),
        notes: Vec::new(),
    })
}

/// The HTML of a `{"rendered": …}` field (`title`, `excerpt`, `content`), or
/// of a plain string, as some custom endpoints write it.
fn rendered<'a>(post: &'a Object, key: &str) -> Option<&'a str> {
    match post.get(key)? {
        Value::Object(field) => field.get("rendered")?.as_str(),
        Value::String(html) => Some(html),
        _ => None,
    }
}

/// The text of a rendered field; `None` when it has none.
fn rendered_text(post: &Object, key: &str) -> Option<String> {
    match post.get(key)? {
        Value::Object(field) => html_text_field(field, "rendered"),
        _ => html_text_field(post, key),
    }
}

/// `"protected": true`: the post is password-protected.
fn is_protected(post: &Object, key: &str) -> bool {
    post.get(key).and_then(|field| field.get("protected")) == Some(&Value::Bool(true))
}

/// The excerpt's text, else the content's; nothing from a password-protected
/// post, whatever the response carries.
fn summary(post: &Object) -> Option<String> {
    if is_protected(post, "excerpt") {
        return None;
    }
    rendered(post, "excerpt")
        .map(excerpt_text)
        .filter(|text| !text.is_empty())
        .or_else(|| {
            (!is_protected(post, "content"))
                .then(|| rendered_text(post, "content"))
                .flatten()
        })
}

/// An excerpt's text without the tail WordPress or the theme adds: a
/// "Continue reading" link, and " [&hellip;]", which becomes a plain "…"
/// since the text was cut.
fn excerpt_text(html: &str) -> String {
    let text = html_to_text(without_more_link(html));
    let mut rest = text.as_str();
    // An unlinked "Читать далее" after the ellipsis.
    if let Some(head) = strip_more_phrase(rest).map(str::trim_end)
        && ["…", "...", "[…]", "[...]"]
            .iter()
            .any(|tail| head.ends_with(tail))
    {
        rest = head;
    }
    match rest
        .strip_suffix("[…]")
        .or_else(|| rest.strip_suffix("[...]"))
    {
        Some(head) if head.trim_end().ends_with('…') => head.trim_end().to_owned(),
        Some(head) => {
            let head = head.trim_end_matches([' ', ',', ';', ':', '.', '—', '–', '-']);
            if head.is_empty() {
                String::new()
            } else {
                [head, "…"].concat()
            }
        }
        // Twenty Seventeen's " &hellip; " before its link.
        None => match rest.strip_suffix(" …") {
            Some(head) => [head, "…"].concat(),
            None => rest.to_owned(),
        },
    }
}

/// Link texts themes give the link at the end of an excerpt, lowercase.
const MORE_PHRASES: &[&str] = &[
    "continue reading",
    "read more",
    "read the rest",
    "keep reading",
    "learn more",
    "продолжить чтение",
    "читать далее",
    "читать дальше",
    "читать полностью",
    "подробнее",
    "далее",
    "узнать больше",
];

/// `html` without a "read more" link at its very end (only closing tags and
/// whitespace may follow it): one marked as such by its class or `#more-`
/// address, or whose text starts with one of [`MORE_PHRASES`].
fn without_more_link(html: &str) -> &str {
    // ASCII lowercasing keeps every byte offset.
    let lower = html.to_ascii_lowercase();
    let Some(start) = lower
        .match_indices("<a")
        .map(|(at, _)| at)
        .filter(|&at| {
            lower[at + 2..]
                .chars()
                .next()
                .is_some_and(|c| c == '>' || c.is_ascii_whitespace())
        })
        .last()
    else {
        return html;
    };
    let Some(open_end) = lower[start..].find('>').map(|gt| start + gt) else {
        return html;
    };
    let Some(close) = lower[open_end..].find("</a").map(|at| open_end + at) else {
        return html;
    };
    let after = lower[close..]
        .find('>')
        .map_or("", |gt| &html[close + gt + 1..]);
    if !html_to_text(after).is_empty() {
        return html;
    }
    let open_tag = &lower[start..open_end];
    let marked = ["more-link", "read-more", "readmore", "link-more", "#more-"]
        .iter()
        .any(|marker| open_tag.contains(marker));
    let link_text = fold_case(&html_to_text(&html[open_end + 1..close]));
    let link_text = link_text.trim_start_matches(['…', '.', ' ', '→', '»', '›']);
    if marked || MORE_PHRASES.iter().any(|p| link_text.starts_with(p)) {
        &html[..start]
    } else {
        html
    }
}

/// `text` without one of [`MORE_PHRASES`] (and arrows after it) at its end.
fn strip_more_phrase(text: &str) -> Option<&str> {
    let core = text.trim_end_matches([' ', '→', '»', '›', '>', '…', '.']);
    MORE_PHRASES.iter().find_map(|phrase| {
        let start = core
            .char_indices()
            .rev()
            .nth(phrase.chars().count().checked_sub(1)?)?
            .0;
        let starts_word = !core[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        (starts_word && fold_case(&core[start..]) == *phrase).then(|| &core[..start])
    })
}

/// A WordPress date. `date_gmt` and `modified_gmt` have no zone
/// ("2024-05-01T10:00:00") but are UTC. `date` and `modified` are in the
/// site's own zone, which the response does not give: they are read as UTC
/// too, a few hours off at worst, when the `_gmt` fields are missing.
fn wp_date(post: &Object, key: &str) -> Option<Timestamp> {
    date_field(post, key).or_else(|| {
        let text = post.get(key)?.as_str()?.trim();
        Timestamp::parse_rfc3339(&[text, "Z"].concat())
    })
}

/// `_embedded["wp:featuredmedia"][0]`: a mid-sized rendition if WordPress
/// made one, else the original; `alt_text` as its alternative.
fn featured_image(embedded: &Object) -> Option<Image> {
    let media = embedded
        .get("wp:featuredmedia")?
        .as_array()?
        .first()?
        .as_object()?;
    // An error object instead ("rest_forbidden") has no `source_url`.
    if media
        .get("media_type")
        .and_then(Value::as_str)
        .is_some_and(|t| t != "image")
    {
        return None;
    }
    let sizes = media
        .get("media_details")
        .and_then(|details| details.get("sizes"))
        .and_then(Value::as_object);
    let sized = sizes.and_then(|sizes| {
        ["medium_large", "medium", "large"].iter().find_map(|name| {
            sizes
                .get(name)
                .and_then(Value::as_object)
                .and_then(|size| text_field(size, "source_url"))
        })
    });
    Some(Image {
        url: sized.or_else(|| text_field(media, "source_url"))?,
        alt: text_field(media, "alt_text"),
    })
}

/// `_embedded.author[*].name` (an author the site hides comes as an error
/// object without a name and is left out).
fn authors(embedded: &Object) -> Vec<String> {
    embedded
        .get("author")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .filter_map(|author| html_text_field(author, "name"))
        .collect()
}

/// Category names, then tag names, from `_embedded["wp:term"]` (one array
/// per taxonomy); other taxonomies, "Uncategorized" and repeats left out.
fn terms(embedded: &Object) -> Vec<String> {
    let all: Vec<&Object> = embedded
        .get("wp:term")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(Value::as_object)
        .collect();
    let mut seen = HashSet::new();
    let mut names = Vec::new();
    for taxonomy in ["category", "post_tag"] {
        for term in &all {
            if term.get("taxonomy").and_then(Value::as_str) != Some(taxonomy) {
                continue;
            }
            let Some(name) = html_text_field(term, "name") else {
                continue;
            };
            if !is_uncategorized(&name) && seen.insert(name.clone()) {
                names.push(name);
            }
        }
    }
    names
}

/// WordPress's default category, which says nothing about the post.
fn is_uncategorized(name: &str) -> bool {
    matches!(
        fold_case(name).as_str(),
        "uncategorized" | "uncategorised" | "без рубрики" | "без категории"
    )
}

#[cfg(test)]
mod tests {

    use super::super::{Format, Item, SUMMARY_MAX_CHARS, SkipReason, parse};
    use super::convert_post;

    fn one(post: &str) -> Item {
        let mut feed = parse(format!("[{post}]").as_bytes()).unwrap();
        assert_eq!(feed.items.len(), 1, "{:?}", feed.skipped);
        feed.items.remove(0)
    }

    fn skipped(post: &str) -> Vec<SkipReason> {
        parse(format!("[{post}]").as_bytes())
            .unwrap()
            .skipped
            .iter()
            .map(|s| s.reason)
            .collect()
    }

    fn convert(post: &str, language: Option<&str>) -> Result<Item, SkipReason> {
        convert_post(post, 3, language)
    }

    fn summary(excerpt: &str) -> Option<String> {
        let post = serde_json::json!({"id": 1, "excerpt": {"rendered": excerpt}});
        one(&post.to_string()).summary
    }

    fn date(post: &str) -> Option<String> {
        one(post).published.map(|t| t.to_rfc3339_utc())
    }

    fn embedded(embedded: &str) -> Item {
        one(&format!(
            r#"{{"id":1,"title":{{"rendered":"T"}},"_embedded":{embedded}}}"#
        ))
    }

    fn tags(terms: &str) -> Vec<String> {
        embedded(&format!(r#"{{"wp:term":{terms}}}"#)).tags
    }

    fn image(media: &str) -> Option<(String, Option<String>)> {
        embedded(&format!(r#"{{"wp:featuredmedia":[{media}]}}"#))
            .image
            .map(|i| (i.url, i.alt))
    }

    #[test]
    fn array_is_wordpress() {
        assert_eq!(parse(b"[]").unwrap().format, Format::WordPress);
    }
    #[test]
    fn not_an_object() {
        assert_eq!(skipped("42"), [SkipReason::NotAnObject]);
    }
    #[test]
    fn null_post() {
        assert_eq!(skipped("null"), [SkipReason::NotAnObject]);
    }
    #[test]
    fn huge_number_id_is_kept_as_written() {
        let feed = parse(br#"[{"id":1e400,"title":{"rendered":"T"}}]"#).unwrap();
        assert_eq!(feed.items[0].id, "1e400");
    }
    #[test]
    fn broken_post_is_broken() {
        assert_eq!(skipped(r#"{"id":1,"title":"T",}"#), [SkipReason::Broken]);
    }
    #[test]
    fn nothing_to_show() {
        assert_eq!(
            skipped(r#"{"id":1,"title":{"rendered":" "},"excerpt":{"rendered":"<p></p>"}}"#),
            [SkipReason::NothingToShow]
        );
    }
    #[test]
    fn numeric_id() {
        assert_eq!(one(r#"{"id":2481,"title":{"rendered":"T"}}"#).id, "2481");
    }
    #[test]
    fn string_id() {
        assert_eq!(one(r#"{"id":"a1","title":{"rendered":"T"}}"#).id, "a1");
    }
    #[test]
    fn id_from_link() {
        assert_eq!(
            one(r#"{"link":"https://h.example/n/","title":{"rendered":"T"}}"#).id,
            "https://h.example/n/"
        );
    }
    #[test]
    fn id_from_index() {
        assert_eq!(convert(r#"{"title":"T"}"#, None).unwrap().id, "#3");
    }
    #[test]
    fn link_is_url() {
        assert_eq!(
            one(r#"{"id":1,"link":"https://h.example/n/","title":{"rendered":"T"}}"#)
                .url
                .as_deref(),
            Some("https://h.example/n/")
        );
    }
    #[test]
    fn title_entities() {
        assert_eq!(
            one(r#"{"id":1,"title":{"rendered":"Операция &#8211; первая в регионе"}}"#)
                .title
                .as_deref(),
            Some("Операция – первая в регионе")
        );
    }
    #[test]
    fn title_quotes() {
        assert_eq!(
            one(r#"{"id":1,"title":{"rendered":"Акция &#8220;Стань донором&#8221;"}}"#)
                .title
                .as_deref(),
            Some("Акция “Стань донором”")
        );
    }
    #[test]
    fn title_markup_is_text() {
        assert_eq!(
            one(r#"{"id":1,"title":{"rendered":"<em>Важно</em>: приём"}}"#)
                .title
                .as_deref(),
            Some("Важно: приём")
        );
    }
    #[test]
    fn title_plain_string() {
        assert_eq!(
            one(r#"{"id":1,"title":"A &amp; B"}"#).title.as_deref(),
            Some("A & B")
        );
    }
    #[test]
    fn title_wrong_type_is_absent() {
        assert_eq!(
            skipped(r#"{"id":1,"title":{"rendered":7}}"#),
            [SkipReason::NothingToShow]
        );
    }
    #[test]
    fn excerpt_is_summary() {
        assert_eq!(
            summary("<p>Приём&nbsp;врачей</p>\n").as_deref(),
            Some("Приём врачей")
        );
    }
    #[test]
    fn excerpt_before_content() {
        assert_eq!(
            one(r#"{"id":1,"excerpt":{"rendered":"E"},"content":{"rendered":"C"}}"#)
                .summary
                .as_deref(),
            Some("E")
        );
    }
    #[test]
    fn content_when_no_excerpt() {
        assert_eq!(
            one(r#"{"id":1,"excerpt":{"rendered":""},"content":{"rendered":"<p>C</p>"}}"#)
                .summary
                .as_deref(),
            Some("C")
        );
    }
    #[test]
    fn content_shortened() {
        let post =
            serde_json::json!({"id": 1, "content": {"rendered": "<p>слово </p>".repeat(200)}});
        let summary = one(&post.to_string()).summary.unwrap();
        assert!(summary.chars().count() <= SUMMARY_MAX_CHARS && summary.ends_with('…'));
    }
    #[test]
    fn protected_excerpt_skipped() {
        assert_eq!(
            one(r#"{"id":1,"title":{"rendered":"T"},"excerpt":{"rendered":"secret","protected":true}}"#).summary,
            None
        );
    }
    #[test]
    fn protected_excerpt_hides_content() {
        assert_eq!(
            one(r#"{"id":1,"title":{"rendered":"T"},"excerpt":{"rendered":"","protected":true},"content":{"rendered":"secret","protected":false}}"#).summary,
            None
        );
    }
    #[test]
    fn protected_content_skipped() {
        assert_eq!(
            one(r#"{"id":1,"title":{"rendered":"T"},"content":{"rendered":"secret","protected":true}}"#).summary,
            None
        );
    }
    #[test]
    fn protected_without_title_is_nothing() {
        assert_eq!(
            skipped(r#"{"id":1,"excerpt":{"rendered":"secret","protected":true}}"#),
            [SkipReason::NothingToShow]
        );
    }
    #[test]
    fn hellip_tail_becomes_ellipsis() {
        assert_eq!(
            summary("<p>Текст новости [&hellip;]</p>\n").as_deref(),
            Some("Текст новости…")
        );
    }
    #[test]
    fn dots_tail_becomes_ellipsis() {
        assert_eq!(
            summary("<p>Текст новости [...]</p>").as_deref(),
            Some("Текст новости…")
        );
    }
    #[test]
    fn hellip_tail_after_sentence() {
        assert_eq!(
            summary("<p>Текст. [&hellip;]</p>").as_deref(),
            Some("Текст…")
        );
    }
    #[test]
    fn hellip_tail_no_double_ellipsis() {
        assert_eq!(
            summary("<p>Текст&#8230; [&hellip;]</p>").as_deref(),
            Some("Текст…")
        );
    }
    #[test]
    fn hellip_alone_falls_back_to_content() {
        assert_eq!(
            one(
                r#"{"id":1,"excerpt":{"rendered":"<p> [&hellip;]</p>"},"content":{"rendered":"C"}}"#
            )
            .summary
            .as_deref(),
            Some("C")
        );
    }
    #[test]
    fn more_link_by_class() {
        assert_eq!(
            summary(r#"<p>Текст &hellip; </p><p class="link-more"><a href="/n/" class="more-link">Продолжить чтение<span class="screen-reader-text"> &#171;Заголовок&#187;</span></a></p>"#).as_deref(),
            Some("Текст…")
        );
    }
    #[test]
    fn more_link_by_text() {
        assert_eq!(
            summary(r#"<p>Текст… <a href="/n/">Читать далее →</a></p>"#).as_deref(),
            Some("Текст…")
        );
    }
    #[test]
    fn more_link_english() {
        assert_eq!(
            summary(r#"<p>Text <A HREF="/n/">Read more</A></p>"#).as_deref(),
            Some("Text")
        );
    }
    #[test]
    fn more_link_by_anchor() {
        assert_eq!(
            summary(r##"<p>Text <a href="/n/#more-12">…</a></p>"##).as_deref(),
            Some("Text")
        );
    }
    #[test]
    fn last_link_in_text_kept() {
        assert_eq!(
            summary(r#"<p>Запись по <a href="tel:+7">телефону</a>.</p>"#).as_deref(),
            Some("Запись по телефону.")
        );
    }
    #[test]
    fn ordinary_last_link_kept() {
        assert_eq!(
            summary(r#"<p>Подробности на <a href="/x">сайте министерства</a></p>"#).as_deref(),
            Some("Подробности на сайте министерства")
        );
    }
    #[test]
    fn abbr_not_a_link() {
        assert_eq!(
            summary("<p>Text <abbr>read more</abbr></p>").as_deref(),
            Some("Text read more")
        );
    }
    #[test]
    fn unlinked_more_after_ellipsis() {
        assert_eq!(
            summary("<p>Текст [&hellip;] Подробнее</p>").as_deref(),
            Some("Текст…")
        );
    }
    #[test]
    fn unlinked_more_in_sentence_kept() {
        assert_eq!(
            summary("<p>Расписание, цены и так далее</p>").as_deref(),
            Some("Расписание, цены и так далее")
        );
    }
    #[test]
    fn continue_reading_after_ellipsis() {
        assert_eq!(
            summary("<p>Text… Continue reading →</p>").as_deref(),
            Some("Text…")
        );
    }
    #[test]
    fn date_gmt_is_utc() {
        assert_eq!(
            date(r#"{"id":1,"title":"T","date":"2024-05-01T13:00:00","date_gmt":"2024-05-01T10:00:00"}"#).as_deref(),
            Some("2024-05-01T10:00:00Z")
        );
    }
    #[test]
    fn local_date_when_no_gmt() {
        assert_eq!(
            date(r#"{"id":1,"title":"T","date":"2024-05-01T13:00:00"}"#).as_deref(),
            Some("2024-05-01T13:00:00Z")
        );
    }
    #[test]
    fn null_gmt_falls_back() {
        assert_eq!(
            date(r#"{"id":1,"title":"T","date":"2024-05-01T13:00:00","date_gmt":null}"#).as_deref(),
            Some("2024-05-01T13:00:00Z")
        );
    }
    #[test]
    fn date_with_zone_kept() {
        assert_eq!(
            date(r#"{"id":1,"title":"T","date_gmt":"2024-05-01T13:00:00+03:00"}"#).as_deref(),
            Some("2024-05-01T10:00:00Z")
        );
    }
    #[test]
    fn bad_date_dropped() {
        assert_eq!(
            date(r#"{"id":1,"title":"T","date_gmt":"0000-00-00T00:00:00"}"#),
            None
        );
    }
    #[test]
    fn modified_kept_when_later() {
        assert!(one(r#"{"id":1,"title":"T","date_gmt":"2024-05-01T10:00:00","modified_gmt":"2024-05-02T10:00:00"}"#).modified.is_some());
    }
    #[test]
    fn modified_dropped_when_same() {
        assert!(one(r#"{"id":1,"title":"T","date_gmt":"2024-05-01T10:00:00","modified_gmt":"2024-05-01T10:00:00"}"#).modified.is_none());
    }
    #[test]
    fn modified_local_fallback() {
        assert!(one(r#"{"id":1,"title":"T","date_gmt":"2024-05-01T10:00:00","modified":"2024-05-03T10:00:00"}"#).modified.is_some());
    }
    #[test]
    fn no_embed_no_extras() {
        let item = one(
            r#"{"id":1,"title":"T","author":3,"featured_media":7,"categories":[5],"tags":[9]}"#,
        );
        assert!(item.image.is_none() && item.authors.is_empty() && item.tags.is_empty());
    }
    #[test]
    fn jetpack_image() {
        let item =
            one(r#"{"id":1,"title":"T","jetpack_featured_media_url":"https://h.example/i.jpg"}"#);
        assert_eq!(
            item.image.map(|i| (i.url, i.alt)),
            Some(("https://h.example/i.jpg".into(), None))
        );
    }
    #[test]
    fn jetpack_empty_is_no_image() {
        assert_eq!(
            one(r#"{"id":1,"title":"T","jetpack_featured_media_url":""}"#).image,
            None
        );
    }
    #[test]
    fn embedded_image_before_jetpack() {
        let item = one(
            r#"{"id":1,"title":"T","jetpack_featured_media_url":"j.jpg","_embedded":{"wp:featuredmedia":[{"source_url":"e.jpg"}]}}"#,
        );
        assert_eq!(item.image.unwrap().url, "e.jpg");
    }
    #[test]
    fn jetpack_when_media_hidden() {
        let item = one(
            r#"{"id":1,"title":"T","jetpack_featured_media_url":"j.jpg","_embedded":{"wp:featuredmedia":[{"code":"rest_forbidden","data":{"status":401}}]}}"#,
        );
        assert_eq!(item.image.unwrap().url, "j.jpg");
    }
    #[test]
    fn image_source_url() {
        assert_eq!(
            image(r#"{"source_url":"full.jpg","alt_text":"Alt"}"#),
            Some(("full.jpg".into(), Some("Alt".into())))
        );
    }
    #[test]
    fn image_prefers_medium_large() {
        assert_eq!(
            image(r#"{"source_url":"full.jpg","media_details":{"sizes":{"large":{"source_url":"l.jpg"},"medium":{"source_url":"m.jpg"},"medium_large":{"source_url":"ml.jpg"}}}}"#).unwrap().0,
            "ml.jpg"
        );
    }
    #[test]
    fn image_medium_before_large() {
        assert_eq!(
            image(r#"{"source_url":"full.jpg","media_details":{"sizes":{"large":{"source_url":"l.jpg"},"medium":{"source_url":"m.jpg"}}}}"#).unwrap().0,
            "m.jpg"
        );
    }
    #[test]
    fn image_only_thumbnail_uses_full() {
        assert_eq!(
            image(r#"{"source_url":"full.jpg","media_details":{"sizes":{"thumbnail":{"source_url":"t.jpg"}}}}"#).unwrap().0,
            "full.jpg"
        );
    }
    #[test]
    fn image_sizes_wrong_type() {
        assert_eq!(
            image(r#"{"source_url":"full.jpg","media_details":{"sizes":[]}}"#)
                .unwrap()
                .0,
            "full.jpg"
        );
    }
    #[test]
    fn image_empty_alt_is_decorative() {
        assert_eq!(
            image(r#"{"source_url":"f.jpg","alt_text":""}"#).unwrap().1,
            None
        );
    }
    #[test]
    fn image_not_image_media() {
        assert_eq!(image(r#"{"source_url":"v.mp4","media_type":"file"}"#), None);
    }
    #[test]
    fn image_error_object() {
        assert_eq!(
            image(r#"{"code":"rest_forbidden","message":"x","data":{"status":401}}"#),
            None
        );
    }
    #[test]
    fn authors_embedded() {
        assert_eq!(
            embedded(r#"{"author":[{"id":2,"name":"Мария Кузнецова"},{"code":"rest_user_invalid_id"},{"name":"A &amp; B"}]}"#).authors,
            ["Мария Кузнецова", "A & B"]
        );
    }
    #[test]
    fn authors_wrong_type() {
        assert!(embedded(r#"{"author":{"name":"X"}}"#).authors.is_empty());
    }
    #[test]
    fn terms_categories_then_tags() {
        assert_eq!(
            tags(r#"[[{"taxonomy":"post_tag","name":"b"}],[{"taxonomy":"category","name":"a"}]]"#),
            ["a", "b"]
        );
    }
    #[test]
    fn term_names_unescaped() {
        assert_eq!(
            tags(r#"[[{"taxonomy":"category","name":"Наука &amp; образование"}]]"#),
            ["Наука & образование"]
        );
    }
    #[test]
    fn uncategorized_skipped() {
        assert_eq!(
            tags(
                r#"[[{"taxonomy":"category","name":"Без рубрики"},{"taxonomy":"category","name":"Uncategorized"},{"taxonomy":"category","name":"Новости"}]]"#
            ),
            ["Новости"]
        );
    }
    #[test]
    fn other_taxonomies_skipped() {
        assert_eq!(
            tags(
                r#"[[{"taxonomy":"language","name":"Русский"}],[{"taxonomy":"post_tag","name":"x"}]]"#
            ),
            ["x"]
        );
    }
    #[test]
    fn repeated_term_once() {
        assert_eq!(
            tags(r#"[[{"taxonomy":"category","name":"x"}],[{"taxonomy":"post_tag","name":"x"}]]"#),
            ["x"]
        );
    }
    #[test]
    fn terms_wrong_shape() {
        assert!(tags(r#"[{"taxonomy":"category","name":"flat"},7,[null,"x"]]"#).is_empty());
    }
    #[test]
    fn polylang_lang() {
        assert_eq!(
            convert(r#"{"id":1,"title":"T","lang":"en"}"#, Some("ru"))
                .unwrap()
                .language
                .as_deref(),
            Some("en")
        );
    }
    #[test]
    fn feed_language_fallback() {
        assert_eq!(
            convert(r#"{"id":1,"title":"T","lang":5}"#, Some("ru"))
                .unwrap()
                .language
                .as_deref(),
            Some("ru")
        );
    }
    #[test]
    fn repeated_post_skipped() {
        let feed = parse(br#"[{"id":1,"title":"a"},{"id":1,"title":"a"}]"#).unwrap();
        assert_eq!(
            feed.skipped.iter().map(|s| s.reason).collect::<Vec<_>>(),
            [SkipReason::DuplicateId]
        );
    }

    mod fixtures {
        use super::super::super::{Feed, Format, parse};

        fn fixture(bytes: &[u8]) -> Feed {
            let feed = parse(bytes).unwrap();
            assert_eq!(feed.format, Format::WordPress);
            assert!(feed.skipped.is_empty(), "{:?}", feed.skipped);
            feed
        }

        fn plain() -> Feed {
            fixture(include_bytes!("../../tests/fixtures/wordpress.json"))
        }

        fn embed() -> Feed {
            fixture(include_bytes!("../../tests/fixtures/wordpress-embed.json"))
        }

        #[test]
        fn plain_ids_newest_first() {
            let ids: Vec<_> = plain().items.into_iter().map(|i| i.id).collect();
            assert_eq!(ids, ["2481", "2470", "2463"]);
        }
        #[test]
        fn plain_title_entities_decoded() {
            let titles: Vec<_> = plain().items.into_iter().filter_map(|i| i.title).collect();
            assert_eq!(
                titles,
                [
                    "Врачи кардиологического отделения провели уникальную операцию – первую в регионе",
                    "Акция “Стань донором”: 112 сотрудников больницы сдали кровь",
                    "Протокол заседания врачебной комиссии №12",
                ]
            );
        }
        #[test]
        fn plain_auto_excerpt_tail() {
            let summary = plain().items[0].summary.clone().unwrap();
            assert!(summary.ends_with("на лечение в…"), "{summary}");
        }
        #[test]
        fn plain_manual_excerpt() {
            let summary = plain().items[1].summary.clone().unwrap();
            assert!(summary.ends_with("Вход свободный."), "{summary}");
        }
        #[test]
        fn plain_protected_title_only() {
            let feed = plain();
            assert!(feed.items[2].title.is_some() && feed.items[2].summary.is_none());
        }
        #[test]
        fn plain_dates_from_gmt() {
            let feed = plain();
            let item = &feed.items[0];
            assert_eq!(
                item.published.map(|t| t.to_rfc3339_utc()).as_deref(),
                Some("2024-05-14T10:20:41Z")
            );
            assert_eq!(
                item.modified.map(|t| t.to_rfc3339_utc()).as_deref(),
                Some("2024-05-15T06:02:17Z")
            );
        }
        #[test]
        fn plain_unmodified_has_no_modified() {
            assert_eq!(plain().items[1].modified, None);
        }
        #[test]
        fn plain_jetpack_image_only() {
            let images: Vec<_> = plain().items.into_iter().map(|i| i.image).collect();
            assert_eq!(
                images[0].as_ref().map(|i| i.url.as_str()),
                Some("https://gkb1.example/wp-content/uploads/2024/05/tavi.jpg")
            );
            assert_eq!(images[1..], [None, None]);
        }
        #[test]
        fn plain_no_embed_extras() {
            assert!(
                plain()
                    .items
                    .iter()
                    .all(|i| i.authors.is_empty() && i.tags.is_empty() && i.language.is_none())
            );
        }
        #[test]
        fn embed_ids_newest_first() {
            let ids: Vec<_> = embed().items.into_iter().map(|i| i.id).collect();
            assert_eq!(ids, ["3120", "3125", "3097"]);
        }
        #[test]
        fn embed_image_alt_and_size() {
            let image = embed().items[0].image.clone().unwrap();
            assert!(image.url.ends_with("-768x512.jpg"), "{}", image.url);
            assert!(image.alt.unwrap().starts_with("Главный врач"));
        }
        #[test]
        fn embed_empty_alt_and_medium() {
            let image = embed().items[1].image.clone().unwrap();
            assert!(
                image.url.ends_with("-300x200.jpg") && image.alt.is_none(),
                "{image:?}"
            );
        }
        #[test]
        fn embed_without_media() {
            assert_eq!(embed().items[2].image, None);
        }
        #[test]
        fn embed_authors() {
            let authors: Vec<_> = embed().items.into_iter().map(|i| i.authors).collect();
            assert_eq!(
                authors,
                [vec!["Пресс-служба ГКБ №1"], vec![], vec!["Мария Кузнецова"]]
            );
        }
        #[test]
        fn embed_tags() {
            let tags: Vec<_> = embed().items.into_iter().map(|i| i.tags).collect();
            assert_eq!(
                tags[0],
                ["Новости", "Наука & образование", "онкология", "поликлиника"]
            );
            assert_eq!(tags[1], ["News", "oncology"]);
            assert_eq!(tags[2], ["эндокринология", "Школа здоровья"]);
        }
        #[test]
        fn embed_polylang_languages() {
            let langs: Vec<_> = embed().items.into_iter().map(|i| i.language).collect();
            assert_eq!(
                langs,
                [Some("ru".into()), Some("en".into()), Some("ru".into())]
            );
        }
        #[test]
        fn embed_more_links_trimmed() {
            let summaries: Vec<_> = embed()
                .items
                .into_iter()
                .filter_map(|i| i.summary)
                .collect();
            assert!(summaries[0].ends_with("Центр оснащён…"), "{}", summaries[0]);
            assert!(summaries[1].ends_with("are followed…"), "{}", summaries[1]);
        }
        #[test]
        fn embed_manual_excerpt_kept() {
            let summary = embed().items[2].summary.clone().unwrap();
            assert!(summary.ends_with("при диабете…"), "{summary}");
        }
    }
}
