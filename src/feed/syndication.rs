//! RSS 2.0 (with its 0.9x dialects and RDF/RSS 1.0) and Atom 1.0 →
//! [`Feed`], one entry at a time over the [`xml`] pull reader.
//!
//! [`open`] reads the channel (or feed) fields and stops before the first
//! item; [`Entries::next_item`] reads one more, so a 20,000-item feed is
//! read in batches between which the page stays responsive. Lenient like
//! the JSON reader: an unknown element is skipped, a bad date is no date, an
//! item with nothing to show is skipped with a reason. Broken XML before the
//! first item fails the feed; after it, reading stops and the items already
//! read stay. Names are matched as written (`dc:creator`, `atom:link`), with
//! the prefixes feeds conventionally use, not by namespace. URLs stay as
//! written (maybe relative, maybe `javascript:`): the shell checks them.

use super::xml::{self, Mode, Tag, Token, XmlError};
use super::{
    Attachment, Feed, Format, Image, Item, ParseError, SUMMARY_MAX_CHARS, SkipReason, Syntax,
    Timestamp, html_to_text, normalize_whitespace, truncate_words,
};

/// The entries of an RSS channel or Atom feed, read one at a time.
pub(super) struct Entries<'a> {
    xml: xml::Reader<'a>,
    format: Format,
    /// Depth of the element the entries are children of (channel, feed).
    parent_depth: usize,
    /// The start tag of the entry to read next, when already read.
    next: Option<Tag<'a>>,
    /// Atom feed-level author names, which entries without their own inherit.
    feed_authors: Vec<String>,
    /// Nothing more to read: the end, or broken XML.
    done: bool,
}

/// Reads the channel/feed-level fields and positions before the first entry.
pub(super) fn open(text: &str) -> Result<(Feed, Entries<'_>), ParseError> {
    let mut xml = xml::Reader::new(text);
    let syntax = |e: XmlError| {
        let (line, column) = e.line_column(text);
        ParseError::Syntax {
            syntax: Syntax::Xml,
            line,
            column,
        }
    };
    let root = loop {
        match xml.next() {
            Ok(Some(Token::Start(tag))) => break tag,
            Ok(Some(_)) => {}
            Ok(None) => return Err(ParseError::NotAFeed),
            // An XHTML page after an XML declaration is rarely well-formed.
            Err(_) if is_html_tag(xml.last_tag()) => return Err(ParseError::HtmlPage),
            Err(e) => return Err(syntax(e)),
        }
    };
    let format = match local_name(root.name) {
        name if name.eq_ignore_ascii_case("html") => return Err(ParseError::HtmlPage),
        "rss" | "RDF" => Format::Rss,
        "feed" => Format::Atom,
        _ => return Err(ParseError::NotAFeed),
    };
    let mut feed = Feed {
        format,
        language: attr_text(&root, "xml:lang"),
        ..Feed::default()
    };
    let mut entries = Entries {
        xml,
        format,
        parent_depth: 1,
        next: None,
        feed_authors: Vec::new(),
        done: false,
    };
    let mut has_channel = false;
    while let Some(token) = entries.xml.next().map_err(syntax)? {
        let Token::Start(tag) = token else { continue };
        let depth = entries.xml.depth();
        let name = tag.name;
        if entries.is_entry(name) {
            entries.parent_depth = depth - 1;
            entries.next = Some(tag);
            break;
        }
        if format == Format::Rss && depth == 2 && local_name(name) == "channel" {
            // Read on into the channel: its fields and items are children.
            has_channel = true;
            continue;
        }
        let field_depth = if format == Format::Atom { 2 } else { 3 };
        if depth == field_depth {
            entries.feed_field(&tag, &mut feed).map_err(syntax)?;
        } else {
            entries.xml.skip().map_err(syntax)?;
        }
    }
    if entries.next.is_none() {
        if local_name(root.name) == "rss" && !has_channel {
            return Err(ParseError::NotAFeed);
        }
        entries.done = true;
    }
    Ok((feed, entries))
}

impl<'a> Entries<'a> {
    /// The next entry as an item, or why it cannot be shown; `None` at the end.
    pub(super) fn next_item(
        &mut self,
        index: usize,
        feed_language: Option<&str>,
    ) -> Option<Result<Item, SkipReason>> {
        let tag = match self.next.take() {
            Some(tag) => tag,
            None => self.next_entry_tag()?,
        };
        let read = match self.format {
            Format::Atom => self.atom_entry(&tag),
            _ => self.rss_item(&tag),
        };
        match read {
            Ok(raw) => Some(raw.into_item(index, feed_language)),
            Err(_) => {
                // Broken XML: the items read so far are all there is.
                self.done = true;
                None
            }
        }
    }

    /// Whether an element is an entry of this format.
    fn is_entry(&self, name: &str) -> bool {
        match self.format {
            Format::Atom => atom_name(name) == Some("entry"),
            _ => local_name(name) == "item",
        }
    }

    /// Skips to the next entry's start tag among the siblings.
    fn next_entry_tag(&mut self) -> Option<Tag<'a>> {
        while !self.done {
            match self.xml.next() {
                Ok(Some(Token::Start(tag))) => {
                    if self.xml.depth() == self.parent_depth + 1 && self.is_entry(tag.name) {
                        return Some(tag);
                    }
                    self.done = self.xml.skip().is_err();
                }
                Ok(Some(Token::Text { .. })) => {}
                // The parent closed (every other child is skipped whole).
                Ok(Some(Token::End(_)) | None) | Err(_) => self.done = true,
            }
        }
        None
    }

    /// One channel (RSS) or feed (Atom) child, read into `feed`.
    fn feed_field(&mut self, tag: &Tag<'a>, feed: &mut Feed) -> Result<(), XmlError> {
        let xml = &mut self.xml;
        let value = match (self.format, tag.name) {
            (Format::Atom, name) => match atom_name(name) {
                Some("title") if feed.title.is_none() => {
                    feed.title = text_construct(xml, tag)?;
                    return Ok(());
                }
                Some("link") if feed.home_page_url.is_none() && is_alternate(tag) => {
                    feed.home_page_url = attr_text(tag, "href");
                    return xml.skip();
                }
                Some("author") => {
                    self.feed_authors.extend(child_plain(xml, AUTHOR_NAME)?);
                    return Ok(());
                }
                _ => return xml.skip(),
            },
            (_, "title") if feed.title.is_none() => {
                feed.title = non_empty(html_to_text(&xml.content(Mode::Html)?));
                return Ok(());
            }
            (_, "link") if feed.home_page_url.is_none() => &mut feed.home_page_url,
            (_, "language" | "dc:language") if feed.language.is_none() => &mut feed.language,
            _ => return xml.skip(),
        };
        *value = plain(xml)?;
        Ok(())
    }

    /// An RSS `<item>` (its start tag just read), as raw fields.
    fn rss_item(&mut self, item: &Tag<'a>) -> Result<RawItem, XmlError> {
        let xml = &mut self.xml;
        let mut raw = RawItem {
            format: Format::Rss,
            language: attr_text(item, "xml:lang"),
            ..RawItem::default()
        };
        let depth = xml.depth();
        while let Some(token) = xml.next()? {
            let tag = match token {
                Token::Start(tag) => tag,
                Token::End(_) if xml.depth() < depth => break,
                _ => continue,
            };
            match tag.name {
                "title" if raw.title.is_none() => raw.title = Some(xml.content(Mode::Html)?),
                "link" if raw.url.is_none() => raw.url = plain(xml)?,
                "guid" if raw.id.is_none() => {
                    raw.permalink = tag.attr("isPermaLink").is_none_or(|p| p.trim() != "false");
                    raw.id = plain(xml)?;
                }
                "description" if raw.summary.is_none() => {
                    raw.summary = Some((xml.content(Mode::Html)?, Mode::Html));
                }
                "content:encoded" if raw.content.is_none() => {
                    raw.content = Some((xml.content(Mode::Html)?, Mode::Html));
                }
                "pubDate" if raw.published.is_none() => raw.published = plain(xml)?,
                "dc:date" if raw.updated.is_none() => raw.updated = plain(xml)?,
                "author" => raw.authors.extend(plain(xml)?.map(|a| email_name(&a))),
                "dc:creator" => raw.authors.extend(plain(xml)?),
                "category" | "dc:subject" => raw.tags.extend(plain(xml)?),
                "dc:language" if raw.language.is_none() => raw.language = plain(xml)?,
                "enclosure" => {
                    raw.enclosures
                        .extend(attachment(&tag, "url", "type", "length"));
                    xml.skip()?;
                }
                // Media RSS: `media:content` may sit in a `media:group`.
                "media:group" => {}
                _ => raw.media(xml, &tag)?,
            }
        }
        Ok(raw)
    }

    /// An Atom `<entry>` (its start tag just read), as raw fields.
    fn atom_entry(&mut self, entry: &Tag<'a>) -> Result<RawItem, XmlError> {
        let xml = &mut self.xml;
        let mut raw = RawItem {
            format: Format::Atom,
            language: attr_text(entry, "xml:lang"),
            ..RawItem::default()
        };
        let depth = xml.depth();
        while let Some(token) = xml.next()? {
            let tag = match token {
                Token::Start(tag) => tag,
                Token::End(_) if xml.depth() < depth => break,
                _ => continue,
            };
            match atom_name(tag.name) {
                Some("title") if raw.title.is_none() => raw.title = text_construct(xml, &tag)?,
                Some("link") if is_alternate(&tag) && raw.url.is_none() => {
                    raw.url = attr_text(&tag, "href");
                    xml.skip()?;
                }
                Some("link") if tag.attr("rel").as_deref() == Some("enclosure") => {
                    raw.enclosures
                        .extend(attachment(&tag, "href", "type", "length"));
                    xml.skip()?;
                }
                Some("id") if raw.id.is_none() => raw.id = plain(xml)?,
                Some("published" | "issued") if raw.published.is_none() => {
                    raw.published = plain(xml)?;
                }
                Some("updated" | "modified") if raw.updated.is_none() => raw.updated = plain(xml)?,
                Some("summary") if raw.summary.is_none() => raw.summary = raw_construct(xml, &tag)?,
                Some("content") if raw.content.is_none() && tag.attr("src").is_none() => {
                    raw.content = raw_construct(xml, &tag)?;
                }
                Some("author") => raw.authors.extend(child_plain(xml, AUTHOR_NAME)?),
                Some("category") => {
                    raw.tags
                        .extend(attr_text(&tag, "term").or_else(|| attr_text(&tag, "label")));
                    xml.skip()?;
                }
                Some(_) => xml.skip()?,
                None if tag.name == "media:group" => {}
                None => raw.media(xml, &tag)?,
            }
        }
        if raw.authors.is_empty() {
            raw.authors = self.feed_authors.clone();
        }
        Ok(raw)
    }
}

/// An entry's fields as read, before they become an [`Item`].
#[derive(Default)]
struct RawItem {
    format: Format,
    /// RSS: HTML, as read; Atom: already text.
    title: Option<String>,
    url: Option<String>,
    id: Option<String>,
    /// RSS `guid` is the item's URL too (`isPermaLink` not `false`).
    permalink: bool,
    /// RSS `description`, Atom `summary`: as read, with how to read it.
    summary: Option<(String, Mode)>,
    /// RSS `content:encoded`, Atom `content`: the summary's fallback.
    content: Option<(String, Mode)>,
    published: Option<String>,
    /// Atom `updated`; RSS `dc:date`.
    updated: Option<String>,
    authors: Vec<String>,
    tags: Vec<String>,
    language: Option<String>,
    enclosures: Vec<Attachment>,
    /// `media:content` that is a picture, with its `media:description`.
    media: Option<Image>,
    thumbnail: Option<String>,
}

impl RawItem {
    /// Media RSS elements (`media:content`, `media:thumbnail`); anything
    /// else is skipped.
    fn media(&mut self, xml: &mut xml::Reader<'_>, tag: &Tag<'_>) -> Result<(), XmlError> {
        match tag.name {
            "media:content" if self.media.is_none() && is_media_picture(tag) => {
                if let Some(url) = attr_text(tag, "url") {
                    let alt = child_plain(xml, &["media:description"])?;
                    self.media = Some(Image { url, alt });
                    return Ok(());
                }
            }
            "media:thumbnail" if self.thumbnail.is_none() => self.thumbnail = attr_text(tag, "url"),
            _ => {}
        }
        xml.skip()
    }

    /// The item the widget shows, or why there is none.
    fn into_item(self, index: usize, feed_language: Option<&str>) -> Result<Item, SkipReason> {
        let title = match self.format {
            Format::Rss => self.title.map(|t| html_to_text(&t)).and_then(non_empty),
            _ => self.title,
        };
        let summary = self
            .summary
            .and_then(construct_text)
            .or_else(|| self.content.and_then(construct_text))
            .map(|s| truncate_words(&s, SUMMARY_MAX_CHARS));
        if title.is_none() && summary.is_none() {
            return Err(SkipReason::NothingToShow);
        }
        let guid_url = self
            .id
            .clone()
            .filter(|id| self.permalink && id.starts_with("http"));
        let url = self.url.or(guid_url);
        let id = self
            .id
            .or_else(|| url.clone())
            .unwrap_or_else(|| format!("#{index}"));
        let (pictures, attachments): (Vec<Attachment>, Vec<Attachment>) =
            self.enclosures.into_iter().partition(is_picture);
        let image = pictures
            .into_iter()
            .next()
            .map(|a| Image {
                url: a.url,
                alt: None,
            })
            .or(self.media)
            .or(self.thumbnail.map(|url| Image { url, alt: None }));
        let published = self.published.as_deref().and_then(date);
        let updated = self.updated.as_deref().and_then(date);
        let published = published.or(updated);
        // RSS has one date: `dc:date` is its fallback, not a modification.
        let modified = match self.format {
            Format::Atom => updated.filter(|m| published.is_none_or(|p| *m > p)),
            _ => None,
        };
        Ok(Item {
            id,
            url,
            title,
            summary,
            image,
            published,
            modified,
            authors: self.authors,
            tags: self.tags,
            language: self.language.or_else(|| feed_language.map(str::to_owned)),
            attachments,
        })
    }
}

/// An RSS `enclosure` or Atom `link rel=enclosure` (named by its attributes);
/// `None` without a URL.
fn attachment(tag: &Tag<'_>, url: &str, mime_type: &str, size: &str) -> Option<Attachment> {
    Some(Attachment {
        url: attr_text(tag, url)?,
        mime_type: attr_text(tag, mime_type),
        title: attr_text(tag, "title"),
        size: tag
            .attr(size)
            .and_then(|s| s.trim().parse().ok())
            .filter(|n| *n > 0),
    })
}

/// Whether an attachment is a picture: an `image/*` type, or no type and a
/// picture's file extension.
fn is_picture(attachment: &Attachment) -> bool {
    match attachment.mime_type.as_deref() {
        Some(mime) => mime.starts_with("image/"),
        None => has_picture_extension(&attachment.url),
    }
}

/// `media:content` that is a picture (`medium="image"`, an `image/*` type,
/// or neither and a picture's file extension), not a video.
fn is_media_picture(tag: &Tag<'_>) -> bool {
    match (tag.attr("medium"), tag.attr("type")) {
        (Some(medium), _) => medium == "image",
        (None, Some(mime)) => mime.starts_with("image/"),
        (None, None) => tag.attr("url").is_some_and(|u| has_picture_extension(&u)),
    }
}

fn has_picture_extension(url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let ext = path.rsplit_once('.').map_or("", |(_, ext)| ext);
    ["jpg", "jpeg", "png", "gif", "webp", "avif", "svg"]
        .iter()
        .any(|e| ext.eq_ignore_ascii_case(e))
}

/// A date as feeds write it: RFC 3339 (Atom, `dc:date`, some Russian CMSs'
/// `pubDate`) or RFC 2822 (RSS `pubDate`, some broken Atom).
fn date(text: &str) -> Option<Timestamp> {
    Timestamp::parse_rfc3339(text).or_else(|| Timestamp::parse_rfc2822(text))
}

/// Atom's `link` to the entry itself: `rel="alternate"` or no `rel`.
fn is_alternate(tag: &Tag<'_>) -> bool {
    tag.attr("rel").is_none_or(|rel| rel.trim() == "alternate")
}

/// An Atom text construct (title) as plain text, by its `type`.
fn text_construct(xml: &mut xml::Reader<'_>, tag: &Tag<'_>) -> Result<Option<String>, XmlError> {
    Ok(raw_construct(xml, tag)?.and_then(construct_text))
}

/// An Atom text construct as read, with how to read it; `None` for types
/// that are no text (`image/png`…).
fn raw_construct(
    xml: &mut xml::Reader<'_>,
    tag: &Tag<'_>,
) -> Result<Option<(String, Mode)>, XmlError> {
    let mode = match tag.attr("type").as_deref().map(str::trim) {
        None | Some("text") => Mode::Plain,
        Some("html" | "text/html") => Mode::Html,
        Some("xhtml" | "application/xhtml+xml") => Mode::Xhtml,
        Some(mime) if mime.starts_with("text/") => Mode::Plain,
        Some(_) => return xml.skip().map(|()| None),
    };
    Ok(Some((xml.content(mode)?, mode)))
}

/// Text as read → plain text: HTML reduced to its text, whitespace folded.
fn construct_text((text, mode): (String, Mode)) -> Option<String> {
    non_empty(match mode {
        Mode::Plain => normalize_whitespace(&text),
        Mode::Html | Mode::Xhtml => html_to_text(&text),
    })
}

/// The rest of the current element as plain text, whitespace folded.
fn plain(xml: &mut xml::Reader<'_>) -> Result<Option<String>, XmlError> {
    Ok(non_empty(normalize_whitespace(&xml.content(Mode::Plain)?)))
}

/// The text of the first child with one of `names`, whitespace folded.
fn child_plain(xml: &mut xml::Reader<'_>, names: &[&str]) -> Result<Option<String>, XmlError> {
    Ok(xml
        .child_text(names)?
        .map(|text| normalize_whitespace(&text))
        .and_then(non_empty))
}

/// An attribute's value, whitespace folded; `None` when absent or blank.
fn attr_text(tag: &Tag<'_>, name: &str) -> Option<String> {
    tag.attr(name)
        .map(|v| normalize_whitespace(&v))
        .and_then(non_empty)
}

fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// RSS `author` is an address, conventionally `mail@example.org (Name)`:
/// the name when there is one.
fn email_name(author: &str) -> String {
    author
        .strip_suffix(')')
        .and_then(|a| a.split_once('('))
        .map(|(_, name)| name.trim())
        .filter(|name| !name.is_empty())
        .unwrap_or(author)
        .to_owned()
}

/// The name without its prefix: `rdf:RDF` → `RDF`.
fn local_name(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

/// An Atom element's name: unprefixed (default namespace) or `atom:`.
fn atom_name(name: &str) -> Option<&str> {
    match name.split_once(':') {
        None => Some(name),
        Some(("atom", local)) => Some(local),
        Some(_) => None,
    }
}

/// Atom `author/name`, as written with or without the `atom:` prefix.
const AUTHOR_NAME: &[&str] = &["name", "atom:name"];

/// Whether the tag text starts an `<html` element (any case).
fn is_html_tag(tag: &str) -> bool {
    tag.get(..5)
        .is_some_and(|t| t.eq_ignore_ascii_case("<html"))
        && !tag[5..].starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == ':')
}

#[cfg(test)]
mod tests {
    use super::super::{
        Attachment, Feed, Format, Image, Item, ParseError, Reader, SkipReason, Syntax,
        declared_charset, parse,
    };

    fn rss(items: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>"#
        )
    }

    fn atom(entries: &str) -> String {
        format!(r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>{entries}</feed>"#)
    }

    fn only(text: &str) -> Item {
        let mut feed = parse(text.as_bytes()).unwrap();
        assert_eq!(feed.items.len(), 1, "{:?}", feed.skipped);
        feed.items.remove(0)
    }

    fn item(xml: &str) -> Item {
        only(&rss(&format!("<item>{xml}</item>")))
    }

    fn entry(xml: &str) -> Item {
        only(&atom(&format!("<entry>{xml}</entry>")))
    }

    /// Ids in feed order (the reader's, before sorting).
    fn ids(text: &str) -> Vec<String> {
        let mut reader = Reader::new(text).unwrap();
        while !reader.step(1) {}
        reader.feed().items.iter().map(|i| i.id.clone()).collect()
    }

    fn error(text: &str) -> ParseError {
        parse(text.as_bytes()).unwrap_err()
    }

    fn date(text: &str) -> Option<String> {
        super::date(text).map(|t| t.to_rfc3339_utc())
    }

    // Feed level.

    #[test]
    fn rss_channel_fields() {
        let feed = parse(
            br#"<rss version="2.0"><channel><title> News &amp;amp; events </title>
            <link>https://a.example/</link><atom:link rel="self" href="https://a.example/rss"/>
            <language>ru</language></channel></rss>"#,
        )
        .unwrap();
        assert_eq!(
            (
                feed.format,
                feed.title.as_deref(),
                feed.home_page_url.as_deref()
            ),
            (
                Format::Rss,
                Some("News & events"),
                Some("https://a.example/")
            )
        );
        assert_eq!(feed.language.as_deref(), Some("ru"));
    }
    #[test]
    fn rss_atom_self_link_is_not_home_page() {
        let feed =
            parse(br#"<rss><channel><atom:link href="https://a.example/rss"/></channel></rss>"#);
        assert_eq!(feed.unwrap().home_page_url, None);
    }
    #[test]
    fn rss_empty_channel() {
        assert!(parse(rss("").as_bytes()).unwrap().items.is_empty());
    }
    #[test]
    fn rss_without_channel() {
        assert_eq!(error("<rss version=\"2.0\"></rss>"), ParseError::NotAFeed);
    }
    #[test]
    fn atom_feed_fields() {
        let feed = parse(
            br#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB"><title type="html">A &amp;amp; B</title>
            <link rel="self" href="/atom"/><link rel="alternate" href="https://a.example/"/></feed>"#,
        )
        .unwrap();
        assert_eq!(
            (
                feed.format,
                feed.title.as_deref(),
                feed.home_page_url.as_deref()
            ),
            (Format::Atom, Some("A & B"), Some("https://a.example/"))
        );
        assert_eq!(feed.language.as_deref(), Some("en-GB"));
    }
    #[test]
    fn atom_link_without_rel_is_home_page() {
        let feed = parse(br#"<feed><link href="https://a.example/"/></feed>"#).unwrap();
        assert_eq!(feed.home_page_url.as_deref(), Some("https://a.example/"));
    }
    #[test]
    fn atom_prefixed() {
        let feed = parse(
            br#"<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>T</atom:title>
            <atom:entry><atom:title>E</atom:title><atom:id>1</atom:id>
            <atom:author><atom:name>N</atom:name></atom:author></atom:entry></atom:feed>"#,
        )
        .unwrap();
        assert_eq!(feed.title.as_deref(), Some("T"));
        assert_eq!(feed.items[0].authors, ["N"]);
    }
    #[test]
    fn rdf_rss_1_0() {
        let text = r#"<?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://a.example/"><title>R</title><link>https://a.example/</link>
            <items><rdf:Seq><rdf:li resource="https://a.example/1"/></rdf:Seq></items></channel>
            <item rdf:about="https://a.example/1"><title>One</title><link>https://a.example/1</link>
            <dc:date>2024-12-07T10:00:00Z</dc:date></item>
            <item rdf:about="https://a.example/2"><title>Two</title><link>https://a.example/2</link></item>
            </rdf:RDF>"#;
        let feed = parse(text.as_bytes()).unwrap();
        assert_eq!(feed.title.as_deref(), Some("R"));
        assert_eq!(ids(text), ["https://a.example/1", "https://a.example/2"]);
        assert!(feed.items[0].published.is_some());
    }
    #[test]
    fn rss_0_91_with_doctype() {
        let text = r#"<?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old</title><item><title>A</title><link>https://a.example/a</link></item></channel></rss>"#;
        assert_eq!(ids(text), ["https://a.example/a"]);
    }

    // What is not a feed.

    #[test]
    fn unknown_root() {
        assert_eq!(
            error("<?xml version=\"1.0\"?><opml version=\"2.0\"/>"),
            ParseError::NotAFeed
        );
    }
    #[test]
    fn xhtml_page() {
        assert_eq!(
            error(
                r#"<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>"#
            ),
            ParseError::HtmlPage
        );
    }
    #[test]
    fn xhtml_page_with_doctype() {
        assert_eq!(
            error(
                r#"<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html/>"#
            ),
            ParseError::HtmlPage
        );
    }
    #[test]
    fn broken_html_page_after_declaration() {
        assert_eq!(
            error("<?xml version=\"1.0\"?>\n<HTML lang=ru><p>502"),
            ParseError::HtmlPage
        );
    }
    #[test]
    fn syntax_error_before_first_item() {
        assert_eq!(
            error(
                "<rss><channel>\n<title>T</titel>\n<item><title>A</title></item></channel></rss>"
            ),
            ParseError::Syntax {
                syntax: Syntax::Xml,
                line: 2,
                column: 9
            }
        );
    }
    #[test]
    fn truncated_before_first_item() {
        assert_eq!(
            error("<rss><channel><title>T</title>"),
            ParseError::Syntax {
                syntax: Syntax::Xml,
                line: 1,
                column: 31
            }
        );
    }
    #[test]
    fn text_before_root() {
        assert!(matches!(
            error("<!-- x --> Warning: mysql_connect() <rss/>"),
            ParseError::Syntax { .. }
        ));
    }

    // Broken XML among items: the good ones stay.

    #[test]
    fn truncated_document_keeps_earlier_items() {
        let text = rss(
            "<item><guid>1</guid><title>A</title></item><item><guid>2</guid><title>B</title></item><item><guid>3</guid><title>C",
        );
        let cut = &text[..text.find("<title>C").unwrap() + 9];
        assert_eq!(ids(cut), ["1", "2"]);
    }
    #[test]
    fn malformed_item_ends_reading() {
        let text = rss(
            "<item><guid>1</guid><title>A</title></item><item><guid>2</guid><title>B</titel></item><item><guid>3</guid><title>C</title></item>",
        );
        assert_eq!(ids(&text), ["1"]);
    }
    #[test]
    fn garbage_after_channel_is_fine() {
        let text = format!("{}<<<", rss("<item><guid>1</guid><title>A</title></item>"));
        assert_eq!(ids(&text), ["1"]);
    }
    #[test]
    fn raw_lts_in_description_end_reading_quickly() {
        let text = rss(&format!(
            "<item><guid>1</guid><title>A</title></item><item><guid>2</guid><description>{}</description></item>",
            "<".repeat(400_000)
        ));
        assert_eq!(ids(&text), ["1"]);
    }
    #[test]
    fn escaped_lts_in_description_are_linear() {
        let summary = item(&format!(
            "<description>{}</description>",
            "&lt;".repeat(400_000)
        ))
        .summary;
        assert!(summary.unwrap().ends_with('…'));
    }
    #[test]
    fn cdata_lts_in_description_are_linear() {
        let xml = format!(
            "<description><![CDATA[{}]]></description>",
            "<".repeat(400_000)
        );
        assert!(item(&xml).summary.unwrap().starts_with("<<<"));
    }
    #[test]
    fn deep_nesting_in_item() {
        let text = rss(&format!(
            "<item><title>A</title><x>{}</x></item>",
            "<y>".repeat(100_000)
        ));
        assert!(ids(&text).is_empty());
    }
    #[test]
    fn doctype_entity_is_not_expanded() {
        let text = r#"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
            <rss><channel><item><title>&lol2;</title></item></channel></rss>"#;
        assert_eq!(only(text).title.as_deref(), Some("&lol2;"));
    }

    // Entries are read one at a time.

    #[test]
    fn open_does_not_read_items() {
        // Item 2 is broken, yet the feed opens: open() stopped before item 1.
        let text = rss("<item><title>A</title></item><item><title>B</x></item>");
        let mut reader = Reader::new(&text).unwrap();
        assert!(reader.feed().items.is_empty());
        assert!(!reader.step(1));
        assert_eq!(reader.feed().items.len(), 1);
        assert!(reader.step(1));
        assert!(reader.step(1));
        assert_eq!(reader.finish().items.len(), 1);
    }
    #[test]
    fn twenty_thousand_items_in_batches() {
        let item = "<item><title>Новость</title><description><![CDATA[<p>Текст &amp; <b>ещё</b></p>]]></description><pubDate>Mon, 02 Dec 2024 10:00:00 +0300</pubDate></item>";
        let text = rss(&item.repeat(20_000));
        let mut reader = Reader::new(&text).unwrap();
        let mut batches = 1;
        while !reader.step(500) {
            batches += 1;
        }
        assert_eq!((reader.finish().items.len(), batches), (20_000, 41));
    }
    #[test]
    fn comments_between_items() {
        let text = rss(
            "<item><guid>1</guid><title>A</title></item><!-- <item>x</item> --><item><guid>2</guid><title>B</title><!-- c --></item>",
        );
        assert_eq!(ids(&text), ["1", "2"]);
    }
    #[test]
    fn other_channel_children_between_items() {
        let text = rss(
            "<item><guid>1</guid><title>A</title></item><image><item>x</item></image><item><guid>2</guid><title>B</title></item>",
        );
        assert_eq!(ids(&text), ["1", "2"]);
    }
    #[test]
    fn skipped_item_keeps_its_index() {
        let feed =
            parse(rss("<item><link>/x</link></item><item><title>A</title></item>").as_bytes())
                .unwrap();
        assert_eq!(feed.skipped[0].index, 0);
        assert_eq!(feed.skipped[0].reason, SkipReason::NothingToShow);
        assert_eq!(feed.items[0].id, "#1");
    }
    #[test]
    fn repeated_item_skipped() {
        let feed = parse(rss("<item><guid>1</guid><title>A</title></item><item><guid>1</guid><title>A</title></item>").as_bytes()).unwrap();
        assert_eq!(feed.skipped[0].reason, SkipReason::DuplicateId);
    }

    #[test]
    fn shared_guid_keeps_both_items() {
        let feed = parse(rss("<item><guid>1</guid><title>A</title></item><item><guid>1</guid><title>B</title></item>").as_bytes()).unwrap();
        assert_eq!(feed.items.len(), 2);
    }

    // RSS items.

    #[test]
    fn title_entities() {
        assert_eq!(
            item("<title>A &amp;amp; B &lt;b&gt;C&lt;/b&gt; &#8212; &amp;laquo;D&amp;raquo; &#x41;</title>").title.as_deref(),
            Some("A & B C — «D» A")
        );
    }
    #[test]
    fn title_html_entity_left_for_html_reader() {
        assert_eq!(
            item("<title>&amp;nbsp;X&amp;mdash;Y</title>")
                .title
                .as_deref(),
            Some("X—Y")
        );
    }
    #[test]
    fn title_cdata() {
        assert_eq!(
            item("<title><![CDATA[Tom & <i>Jerry</i>]]></title>")
                .title
                .as_deref(),
            Some("Tom & Jerry")
        );
    }
    #[test]
    fn title_whitespace_folded() {
        assert_eq!(
            item("<title>\n  A\n  B </title>").title.as_deref(),
            Some("A B")
        );
    }
    #[test]
    fn link_and_guid() {
        let i = item(
            "<title>T</title><link> https://a.example/1 </link><guid isPermaLink=\"false\">n-1</guid>",
        );
        assert_eq!(
            (i.url.as_deref(), i.id.as_str()),
            (Some("https://a.example/1"), "n-1")
        );
    }
    #[test]
    fn relative_link_kept() {
        assert_eq!(
            item("<title>T</title><link>/news/1/</link>").url.as_deref(),
            Some("/news/1/")
        );
    }
    #[test]
    fn unescaped_ampersand_in_link_tolerated() {
        let i = item("<title>T</title><link>/news/?id=1&from=rss</link>");
        assert_eq!(i.url.as_deref(), Some("/news/?id=1&from=rss"));
    }
    #[test]
    fn javascript_link_kept_as_text() {
        let i = item("<title>T</title><link>javascript:alert(document.cookie)</link>");
        assert_eq!(i.url.as_deref(), Some("javascript:alert(document.cookie)"));
    }
    #[test]
    fn id_from_link() {
        assert_eq!(
            item("<title>T</title><link>https://a.example/1</link>").id,
            "https://a.example/1"
        );
    }
    #[test]
    fn id_from_index() {
        assert_eq!(item("<title>T</title>").id, "#0");
    }
    #[test]
    fn permalink_guid_is_url() {
        assert_eq!(
            item("<title>T</title><guid>https://a.example/1</guid>")
                .url
                .as_deref(),
            Some("https://a.example/1")
        );
    }
    #[test]
    fn non_permalink_guid_is_no_url() {
        assert_eq!(
            item("<title>T</title><guid isPermaLink=\"false\">https://a.example/?p=1</guid>").url,
            None
        );
    }
    #[test]
    fn description_as_text() {
        assert_eq!(
            item("<description>&lt;p&gt;Hi &lt;img src=x onerror=alert(1)&gt;there&amp;nbsp;now&lt;/p&gt;</description>").summary.as_deref(),
            Some("Hi there now")
        );
    }
    #[test]
    fn unescaped_html_description() {
        assert_eq!(
            item("<description><p>Hi <b>there</b></p><p>Bye</p></description>")
                .summary
                .as_deref(),
            Some("Hi there Bye")
        );
    }
    #[test]
    fn description_only_is_shown() {
        let i = item("<description>Only text</description>");
        assert_eq!((i.title, i.summary.as_deref()), (None, Some("Only text")));
    }
    #[test]
    fn content_encoded_fallback() {
        assert_eq!(
            item("<title>T</title><description> </description><content:encoded><![CDATA[<p>Full</p>]]></content:encoded>").summary.as_deref(),
            Some("Full")
        );
    }
    #[test]
    fn description_before_content_encoded() {
        assert_eq!(
            item("<content:encoded>Full</content:encoded><description>Short</description>")
                .summary
                .as_deref(),
            Some("Short")
        );
    }
    #[test]
    fn long_description_shortened() {
        let summary = item(&format!(
            "<description>{}</description>",
            "слово ".repeat(200)
        ))
        .summary;
        assert!(summary.unwrap().ends_with('…'));
    }
    #[test]
    fn nothing_to_show() {
        let feed = parse(
            rss("<item><title> </title><description>&lt;p&gt;&lt;/p&gt;</description></item>")
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(feed.skipped[0].reason, SkipReason::NothingToShow);
    }
    #[test]
    fn pub_date_rfc2822() {
        let i = item("<title>T</title><pubDate>Sat, 07 Dec 2024 13:00:00 +0300</pubDate>");
        assert_eq!(
            i.published.map(|t| t.to_rfc3339_utc()).as_deref(),
            Some("2024-12-07T10:00:00Z")
        );
    }
    #[test]
    fn pub_date_rfc3339() {
        assert_eq!(
            date("2024-12-07T13:00:00+03:00").as_deref(),
            Some("2024-12-07T10:00:00Z")
        );
        assert!(
            item("<title>T</title><pubDate>2024-12-07T13:00:00+03:00</pubDate>")
                .published
                .is_some()
        );
    }
    #[test]
    fn dc_date_fallback() {
        let i = item("<title>T</title><dc:date>2024-12-07T10:00:00Z</dc:date>");
        assert_eq!((i.published.is_some(), i.modified), (true, None));
    }
    #[test]
    fn bad_pub_date_then_dc_date() {
        assert!(
            item("<title>T</title><pubDate>вчера</pubDate><dc:date>2024-12-07</dc:date>")
                .published
                .is_some()
        );
    }
    #[test]
    fn bad_date_drops_date_only() {
        assert_eq!(
            item("<title>T</title><pubDate>вчера</pubDate>").published,
            None
        );
    }
    #[test]
    fn author_email_name() {
        assert_eq!(
            item("<title>T</title><author>press@a.example (Пресс-служба)</author>").authors,
            ["Пресс-служба"]
        );
    }
    #[test]
    fn author_plain_and_dc_creator() {
        assert_eq!(
            item("<title>T</title><author>press@a.example</author><dc:creator>Ann</dc:creator>")
                .authors,
            ["press@a.example", "Ann"]
        );
    }
    #[test]
    fn categories() {
        assert_eq!(item("<title>T</title><category>a</category><category domain=\"x\"> b </category><category/>").tags, ["a", "b"]);
    }
    #[test]
    fn enclosure_image() {
        assert_eq!(
            item(r#"<title>T</title><enclosure url="/i.jpg" length="10" type="image/jpeg"/><enclosure url="/j.jpg" type="image/jpeg"/>"#).image,
            Some(Image { url: "/i.jpg".into(), alt: None })
        );
    }
    #[test]
    fn enclosure_image_without_type() {
        assert_eq!(
            item(r#"<title>T</title><enclosure url="/i.PNG?v=2"/>"#)
                .image
                .map(|i| i.url)
                .as_deref(),
            Some("/i.PNG?v=2")
        );
    }
    #[test]
    fn enclosure_attachment() {
        let i = item(
            r#"<title>T</title><enclosure url="/p.mp3" length="1234" type="audio/mpeg"/><enclosure url="/z.pdf" length="0" type="application/pdf"/><enclosure type="x/y"/>"#,
        );
        assert_eq!(i.image, None);
        assert_eq!(
            i.attachments,
            [
                Attachment {
                    url: "/p.mp3".into(),
                    mime_type: Some("audio/mpeg".into()),
                    title: None,
                    size: Some(1234)
                },
                Attachment {
                    url: "/z.pdf".into(),
                    mime_type: Some("application/pdf".into()),
                    title: None,
                    size: None
                },
            ]
        );
    }
    #[test]
    fn media_content_with_description() {
        let i = item(
            r#"<title>T</title><media:content url="/m.jpg" medium="image"><media:title>x</media:title><media:description> A  ward </media:description></media:content>"#,
        );
        assert_eq!(
            i.image,
            Some(Image {
                url: "/m.jpg".into(),
                alt: Some("A ward".into())
            })
        );
    }
    #[test]
    fn media_content_video_is_no_image() {
        assert_eq!(
            item(r#"<title>T</title><media:content url="/v.mp4" type="video/mp4"/>"#).image,
            None
        );
    }
    #[test]
    fn media_thumbnail() {
        assert_eq!(
            item(r#"<title>T</title><media:thumbnail url="/t.jpg" width="75"/>"#)
                .image
                .map(|i| i.url)
                .as_deref(),
            Some("/t.jpg")
        );
    }
    #[test]
    fn media_group() {
        let i = item(
            r#"<title>T</title><media:group><media:content url="/v.mp4" medium="video"/><media:content url="/g.jpg" type="image/jpeg"/></media:group>"#,
        );
        assert_eq!(i.image.map(|i| i.url).as_deref(), Some("/g.jpg"));
    }
    #[test]
    fn enclosure_before_media() {
        let i = item(
            r#"<title>T</title><media:thumbnail url="/t.jpg"/><media:content url="/m.jpg"/><enclosure url="/e.jpg" type="image/jpeg"/>"#,
        );
        assert_eq!(i.image.map(|i| i.url).as_deref(), Some("/e.jpg"));
    }
    #[test]
    fn item_language() {
        let text = r#"<rss><channel><language>ru</language><item><guid>1</guid><title>A</title><dc:language>en</dc:language></item><item><guid>2</guid><title>B</title></item></channel></rss>"#;
        let feed = parse(text.as_bytes()).unwrap();
        let langs: Vec<_> = feed.items.iter().map(|i| i.language.as_deref()).collect();
        assert_eq!(langs, [Some("en"), Some("ru")]);
    }
    #[test]
    fn unknown_elements_skipped() {
        let i = item(
            "<yandex:full-text><title>No</title></yandex:full-text><title>Yes</title><x><link>no</link></x>",
        );
        assert_eq!((i.title.as_deref(), i.url), (Some("Yes"), None));
    }
    #[test]
    fn first_title_wins() {
        assert_eq!(
            item("<title>A</title><title>B</title>").title.as_deref(),
            Some("A")
        );
    }
    #[test]
    fn single_quoted_attributes() {
        assert_eq!(
            item("<title>T</title><enclosure url='/a.jpg' type='image/jpeg'/>")
                .image
                .map(|i| i.url)
                .as_deref(),
            Some("/a.jpg")
        );
    }

    // Atom entries.

    #[test]
    fn atom_text_title_keeps_markup_characters() {
        assert_eq!(
            entry("<title>a &lt;b&gt; &amp; c</title>").title.as_deref(),
            Some("a <b> & c")
        );
    }
    #[test]
    fn atom_html_title() {
        assert_eq!(
            entry(r#"<title type="html">a &lt;b&gt;b&lt;/b&gt; &amp;amp; c</title>"#)
                .title
                .as_deref(),
            Some("a b & c")
        );
    }
    #[test]
    fn atom_xhtml_title() {
        assert_eq!(
            entry(r#"<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">1 &lt; 2 <b>ok</b></div></title>"#).title.as_deref(),
            Some("1 < 2 ok")
        );
    }
    #[test]
    fn atom_links() {
        let i = entry(
            r#"<title>T</title><link rel="edit" href="/e"/><link rel="alternate" href="/a"/><link href="/b"/>"#,
        );
        assert_eq!(i.url.as_deref(), Some("/a"));
    }
    #[test]
    fn atom_id_and_fallback() {
        assert_eq!(entry("<title>T</title><id> urn:x:1 </id>").id, "urn:x:1");
        assert_eq!(entry(r#"<title>T</title><link href="/a"/>"#).id, "/a");
    }
    #[test]
    fn atom_summary_before_content() {
        assert_eq!(
            entry("<content>C</content><summary>S</summary>")
                .summary
                .as_deref(),
            Some("S")
        );
    }
    #[test]
    fn atom_html_content() {
        assert_eq!(
            entry(
                r#"<content type="html">&lt;p&gt;Hi&lt;/p&gt;&lt;p&gt;there&lt;/p&gt;</content>"#
            )
            .summary
            .as_deref(),
            Some("Hi there")
        );
    }
    #[test]
    fn atom_xhtml_content() {
        assert_eq!(
            entry(r#"<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>a &amp;lt; b</p><p>c&#160;d</p></div></content>"#).summary.as_deref(),
            Some("a &lt; b c d")
        );
    }
    #[test]
    fn atom_out_of_line_content_is_no_text() {
        let feed = parse(atom(r#"<entry><content src="/x" type="text/html"/></entry>"#).as_bytes())
            .unwrap();
        assert_eq!(feed.skipped[0].reason, SkipReason::NothingToShow);
    }
    #[test]
    fn atom_binary_content_is_no_text() {
        let feed = parse(
            atom(r#"<entry><content type="image/png">iVBORw0KGgo=</content></entry>"#).as_bytes(),
        )
        .unwrap();
        assert_eq!(feed.skipped[0].reason, SkipReason::NothingToShow);
    }
    #[test]
    fn atom_published_and_later_updated() {
        let i = entry(
            "<title>T</title><published>2024-12-01T10:00:00Z</published><updated>2024-12-02T10:00:00Z</updated>",
        );
        assert_eq!(
            (
                i.published.map(|t| t.to_rfc3339_utc()),
                i.modified.map(|t| t.to_rfc3339_utc())
            ),
            (
                Some("2024-12-01T10:00:00Z".into()),
                Some("2024-12-02T10:00:00Z".into())
            )
        );
    }
    #[test]
    fn atom_updated_only() {
        let i = entry("<title>T</title><updated>2024-12-02T10:00:00Z</updated>");
        assert_eq!((i.published.is_some(), i.modified), (true, None));
    }
    #[test]
    fn atom_same_updated_dropped() {
        let i = entry(
            "<title>T</title><published>2024-12-01T10:00:00Z</published><updated>2024-12-01T13:00:00+03:00</updated>",
        );
        assert_eq!(i.modified, None);
    }
    #[test]
    fn atom_rfc822_date_tolerated() {
        assert!(
            entry("<title>T</title><published>Sun, 01 Dec 2024 10:00:00 GMT</published>")
                .published
                .is_some()
        );
    }
    #[test]
    fn atom_authors() {
        assert_eq!(
            entry("<title>T</title><author><name>A</name><email>a@x</email></author><author><uri>/b</uri></author><author><name> B </name></author>").authors,
            ["A", "B"]
        );
    }
    #[test]
    fn atom_feed_author_inherited() {
        let text = r#"<feed><author><name>Desk</name></author><entry><title>A</title><id>1</id></entry><entry><title>B</title><id>2</id><author><name>Own</name></author></entry></feed>"#;
        let feed = parse(text.as_bytes()).unwrap();
        let authors: Vec<_> = feed.items.iter().map(|i| i.authors.join(",")).collect();
        assert_eq!(authors, ["Desk", "Own"]);
    }
    #[test]
    fn atom_categories() {
        assert_eq!(
            entry(r#"<title>T</title><category term="a"/><category term=" " label="B"/><category scheme="s"/>"#).tags,
            ["a", "B"]
        );
    }
    #[test]
    fn atom_enclosures() {
        let i = entry(
            r#"<title>T</title><link rel="enclosure" href="/p.jpg" type="image/jpeg"/><link rel="enclosure" href="/a.pdf" type="application/pdf" length="42" title="Plan"/>"#,
        );
        assert_eq!(i.image.map(|i| i.url).as_deref(), Some("/p.jpg"));
        assert_eq!(
            i.attachments,
            [Attachment {
                url: "/a.pdf".into(),
                mime_type: Some("application/pdf".into()),
                title: Some("Plan".into()),
                size: Some(42)
            }]
        );
    }
    #[test]
    fn atom_entry_language() {
        let text = r#"<feed xml:lang="en"><entry xml:lang="fr"><title>A</title><id>1</id></entry><entry><title>B</title><id>2</id></entry></feed>"#;
        let langs: Vec<_> = parse(text.as_bytes())
            .unwrap()
            .items
            .into_iter()
            .map(|i| i.language)
            .collect();
        assert_eq!(langs, [Some("fr".into()), Some("en".into())]);
    }
    #[test]
    fn atom_youtube_media_group() {
        let i = entry(
            r#"<title>T</title><media:group><media:title>T</media:title><media:content url="https://y.example/v/1" type="application/x-shockwave-flash"/><media:thumbnail url="https://i.example/1.jpg"/></media:group>"#,
        );
        assert_eq!(
            i.image.map(|i| i.url).as_deref(),
            Some("https://i.example/1.jpg")
        );
    }
    #[test]
    fn atom_source_is_skipped() {
        let i = entry(
            "<source><title>Other</title><author><name>X</name></author></source><title>Mine</title>",
        );
        assert_eq!((i.title.as_deref(), i.authors.len()), (Some("Mine"), 0));
    }

    // Fixtures.

    fn by_id<'a>(feed: &'a Feed, id: &str) -> &'a Item {
        feed.items.iter().find(|i| i.id == id).unwrap()
    }

    #[test]
    fn fixture_bitrix() {
        let feed = parse(include_bytes!("../../tests/fixtures/rss-bitrix.xml")).unwrap();
        assert_eq!(feed.format, Format::Rss);
        assert_eq!(
            feed.title.as_deref(),
            Some("Новости ГБУЗ \"Городская клиническая больница № 1\"")
        );
        assert_eq!(
            feed.home_page_url.as_deref(),
            Some("https://gkb1.example.ru")
        );
        assert_eq!((feed.items.len(), feed.skipped.len()), (4, 0));

        let open_day = &feed.items[0];
        assert_eq!(
            open_day.title.as_deref(),
            Some("День открытых дверей в кардиологическом центре")
        );
        assert!(
            open_day
                .summary
                .as_deref()
                .unwrap()
                .starts_with("7 декабря кардиологический центр проводит день открытых дверей.")
        );
        assert_eq!(
            open_day.image.as_ref().map(|i| i.url.as_str()),
            Some("https://gkb1.example.ru/upload/iblock/3f2/3f2a9c1e7b.jpg")
        );
        assert_eq!(
            open_day.published.map(|t| t.to_rfc3339_utc()).as_deref(),
            Some("2024-12-02T07:00:00Z")
        );
        assert_eq!(open_day.tags, ["Новости"]);

        let flu = by_id(&feed, "/press-center/news/vaktsinatsiya-grippa/");
        assert_eq!(
            flu.url.as_deref(),
            Some("/press-center/news/vaktsinatsiya-grippa/")
        );
        assert_eq!(
            flu.title.as_deref(),
            Some("Вакцинация против гриппа: «Спутник» & другие")
        );
        assert!(
            flu.summary
                .as_deref()
                .unwrap()
                .contains("кабинета — в разделе «Расписание».")
        );
        assert_eq!(flu.image, None);
        assert_eq!(flu.attachments[0].size, Some(183_640));

        let holidays = by_id(
            &feed,
            "https://gkb1.example.ru/press-center/news/grafik-prazdniki/",
        );
        assert_eq!(holidays.title, None);
        assert!(
            holidays
                .summary
                .as_deref()
                .unwrap()
                .ends_with("по телефону +7 (495) 123-45-67.")
        );
        assert_eq!(
            holidays.published.map(|t| t.to_rfc3339_utc()).as_deref(),
            Some("2024-11-28T05:00:00Z")
        );

        let school = feed.items.last().unwrap();
        assert_eq!((school.published, school.summary.as_deref()), (None, None));
        assert_eq!(
            school.title.as_deref(),
            Some("Открыт набор в школу для пациентов с диабетом")
        );
    }

    #[test]
    fn fixture_atom() {
        let feed = parse(include_bytes!("../../tests/fixtures/atom.xml")).unwrap();
        assert_eq!(feed.format, Format::Atom);
        assert_eq!(feed.title.as_deref(), Some("Riverside Hospital News"));
        assert_eq!(
            feed.home_page_url.as_deref(),
            Some("https://riverside.example.org/news/")
        );
        assert_eq!(feed.language.as_deref(), Some("en"));
        assert_eq!(feed.items.len(), 3);

        let mri = by_id(&feed, "tag:riverside.example.org,2024:news/412");
        assert_eq!(
            mri.title.as_deref(),
            Some("New MRI scanner opens in & around Wing B")
        );
        assert_eq!(
            mri.url.as_deref(),
            Some("https://riverside.example.org/news/mri-scanner")
        );
        assert_eq!(
            mri.summary.as_deref(),
            Some("The new 3T scanner cuts waiting times for outpatient scans.")
        );
        assert_eq!(
            mri.image.as_ref().map(|i| i.url.as_str()),
            Some("https://riverside.example.org/media/mri.jpg")
        );
        assert_eq!(mri.authors, ["Dana Whitfield", "Sam Okafor"]);
        assert_eq!(mri.tags, ["imaging", "facilities"]);
        assert!(mri.modified > mri.published);
        assert_eq!(mri.language.as_deref(), Some("en"));

        let visits = by_id(&feed, "tag:riverside.example.org,2024:news/411");
        assert_eq!(visits.language.as_deref(), Some("es"));
        assert_eq!(visits.url.as_deref(), Some("/news/visiting-hours-december"));
        assert_eq!(
            visits.summary.as_deref(),
            Some("Visiting hours change on holidays: 10 < 12. Weekdays Weekends")
        );
        assert_eq!(visits.authors, ["Riverside Communications"]);
        assert_eq!((visits.published.is_some(), visits.modified), (true, None));
        assert_eq!(
            visits.attachments[0].title.as_deref(),
            Some("Visiting hours (PDF)")
        );

        let flu = by_id(&feed, "tag:riverside.example.org,2024:news/410");
        assert_eq!(flu.title.as_deref(), Some("Flu clinic extended"));
        assert_eq!(
            flu.summary.as_deref(),
            Some("Walk-in flu shots now run until 7 pm.")
        );
        assert_eq!(
            flu.published.map(|t| t.to_rfc3339_utc()).as_deref(),
            Some("2024-11-20T13:00:00Z")
        );
    }

    #[test]
    fn fixture_windows_1251() {
        let bytes = include_bytes!("../../tests/fixtures/rss-windows-1251.xml");
        assert_eq!(
            declared_charset(None, bytes).as_deref(),
            Some("windows-1251")
        );
        // Natively the bytes are read as UTF-8, lossily: ASCII survives.
        let feed = parse(bytes).unwrap();
        assert_eq!(
            feed.home_page_url.as_deref(),
            Some("https://poliklinika.example.ru/")
        );
        assert_eq!(feed.language.as_deref(), Some("ru"));
        let ids: Vec<_> = feed.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["news-42", "news-41"]);
        assert_eq!(
            feed.items[0].url.as_deref(),
            Some("https://poliklinika.example.ru/news/42/")
        );
        assert!(feed.items[0].summary.as_deref().unwrap().starts_with("31 "));
        assert!(feed.items[1].summary.as_deref().unwrap().ends_with(" 105."));
        assert!(feed.items.iter().all(|i| i.published.is_some()));
    }

    // Never a panic, whatever the text.

    const FIXTURES: [&[u8]; 3] = [
        include_bytes!("../../tests/fixtures/rss-bitrix.xml"),
        include_bytes!("../../tests/fixtures/atom.xml"),
        include_bytes!("../../tests/fixtures/rss-windows-1251.xml"),
    ];

    #[test]
    fn every_prefix_reads_without_panic() {
        for bytes in FIXTURES {
            let text = String::from_utf8_lossy(bytes);
            for (end, _) in text.char_indices() {
                let _ = parse(text[..end].as_bytes());
            }
        }
    }

    #[test]
    fn mutations_read_without_panic() {
        // A fixed pseudo-random walk: markup characters dropped in anywhere.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let specials = [
            "<",
            ">",
            "&",
            ";",
            "\"",
            "'",
            "/",
            "!",
            "?",
            "]]>",
            "<!--",
            "<![CDATA[",
            "&#",
            "=",
            "ё",
            "\0",
        ];
        for bytes in FIXTURES {
            let text = String::from_utf8_lossy(bytes).into_owned();
            for _ in 0..300 {
                let mut mutated = text.clone();
                for _ in 0..3 {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let mut at = (seed % mutated.len() as u64) as usize;
                    while !mutated.is_char_boundary(at) {
                        at -= 1;
                    }
                    mutated.insert_str(at, specials[(seed >> 40) as usize % specials.len()]);
                }
                let _ = parse(mutated.as_bytes());
            }
        }
    }
}
