//! RSS 2.0 (with its 0.9x dialects and RDF/RSS 1.0) and Atom 1.0 (and
//! 0.3) → [`Feed`], one entry at a time over the [`xml`] pull reader.
//!
//! [`open`] reads the channel (or feed) fields and stops before the first
//! item; [`Entries::next_item`] reads one more, so a 20,000-item feed is
//! read in batches between which the page stays responsive. Lenient like
//! the JSON reader: an unknown element is skipped, a bad date is no date, an
//! odd field costs that field only, an item with nothing to show is skipped
//! with a reason. Broken XML before the first item fails the feed; after
//! it, reading stops and the items already read stay. Elements are matched
//! by namespace ([`names`]), so any prefix works. URLs are resolved against
//! `xml:base` but otherwise stay as written (maybe relative, maybe
//! `javascript:`): the shell checks them.
//!
//! The format readers are [`rss`] and [`atom`]; [`construct`] reads Atom's
//! typed text; this file holds what they share.

mod atom;
mod construct;
mod names;
mod rss;
#[cfg(test)]
mod tests;

use std::borrow::Cow;

use super::xml::{self, Mode, Tag, Token, XmlError};
use super::{
    Attachment, Feed, Format, Image, Item, Note, ParseError, SUMMARY_MAX_CHARS, SkipReason, Syntax,
    Timestamp, html_to_text, normalize_whitespace, truncate_words,
};
use construct::construct_text;
use names::Scope;

/// The entries of an RSS channel or Atom feed, read one at a time.
pub(super) struct Entries<'a> {
    xml: xml::Reader<'a>,
    format: Format,
    scope: Scope<'a>,
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
    let mut scope = Scope::new(format);
    scope.enter(&root, 1);
    scope.adopt_root_namespace(&root);
    let mut feed = Feed {
        format,
        language: attr_text(&root, "xml:lang"),
        ..Feed::default()
    };
    let mut entries = Entries {
        xml,
        format,
        scope,
        parent_depth: 1,
        next: None,
        feed_authors: Vec::new(),
        done: false,
    };
    let mut has_channel = false;
    while let Some(token) = entries.xml.next().map_err(syntax)? {
        let Token::Start(tag) = token else { continue };
        let depth = entries.xml.depth();
        let name = entries.scope.enter(&tag, depth);
        if entries.is_entry(&name) {
            entries.parent_depth = depth - 1;
            entries.next = Some(tag);
            break;
        }
        if format == Format::Rss && depth == 2 && local_name(&name) == "channel" {
            // Read on into the channel: its fields and items are children.
            has_channel = true;
            continue;
        }
        let field_depth = if format == Format::Atom { 2 } else { 3 };
        let read = match (depth == field_depth, format) {
            (true, Format::Atom) => entries.atom_feed_field(&tag, &name, &mut feed),
            (true, _) => entries.rss_feed_field(&name, &mut feed),
            (false, _) => entries.xml.skip(),
        };
        read.map_err(syntax)?;
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

    /// Whether an element (its name as [`Scope::enter`] gives it) is an
    /// entry of this format.
    fn is_entry(&self, name: &str) -> bool {
        match self.format {
            Format::Atom => atom::name(name) == Some("entry"),
            _ => local_name(name) == "item",
        }
    }

    /// Skips to the next entry's start tag among the siblings.
    fn next_entry_tag(&mut self) -> Option<Tag<'a>> {
        while !self.done {
            match self.xml.next() {
                Ok(Some(Token::Start(tag))) => {
                    let depth = self.xml.depth();
                    if depth == self.parent_depth + 1 {
                        let name = self.scope.enter(&tag, depth);
                        if self.is_entry(&name) {
                            return Some(tag);
                        }
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

    /// The next child start tag of the element whose children are being
    /// read (opened at `depth`), with its name as matched; `None` at its end.
    fn child(&mut self, depth: usize) -> Result<Option<(Tag<'a>, Cow<'a, str>)>, XmlError> {
        while let Some(token) = self.xml.next()? {
            match token {
                Token::Start(tag) => {
                    let name = self.scope.enter(&tag, self.xml.depth());
                    return Ok(Some((tag, name)));
                }
                Token::End(_) if self.xml.depth() < depth => break,
                _ => {}
            }
        }
        Ok(None)
    }

    /// The text of the first child of the current element that `wanted`
    /// picks (by its name as matched), whitespace folded; the rest skipped.
    fn child_plain(&mut self, wanted: fn(&str) -> bool) -> Result<Option<String>, XmlError> {
        let depth = self.xml.depth();
        let mut found = None;
        while let Some((_, name)) = self.child(depth)? {
            if found.is_none() && wanted(&name) {
                found = plain(&mut self.xml)?;
            } else {
                self.xml.skip()?;
            }
        }
        Ok(found)
    }

    /// Media RSS elements (`media:content`, `media:thumbnail`,
    /// `media:title`) and the Dublin Core terms both formats use; anything
    /// else is skipped.
    fn shared_field(
        &mut self,
        raw: &mut RawItem,
        tag: &Tag<'a>,
        name: &str,
    ) -> Result<(), XmlError> {
        match name {
            "media:content" if raw.media.is_none() && is_media_picture(tag) => {
                if let Some(url) = attr_text(tag, "url") {
                    let url = self.scope.url(&url);
                    let alt = self.child_plain(|n| n == "media:description")?;
                    raw.media = Some(Image { url, alt });
                    return Ok(());
                }
            }
            "media:thumbnail" if raw.thumbnail.is_none() => {
                raw.thumbnail = attr_text(tag, "url").map(|u| self.scope.url(&u));
            }
            "media:title" | "dc:title" if raw.other_title.is_none() => {
                let element = if name == "dc:title" {
                    "dc:title"
                } else {
                    "media:title"
                };
                raw.other_title = plain(&mut self.xml)?.map(|t| (t, element));
                return Ok(());
            }
            "dcterms:issued" | "dcterms:created" => {
                let date = raw.read_date(plain(&mut self.xml)?);
                raw.other_published = raw.other_published.or(date);
                return Ok(());
            }
            "dcterms:modified" => {
                let date = raw.read_date(plain(&mut self.xml)?);
                raw.other_updated = raw.other_updated.max(date);
                return Ok(());
            }
            _ => {}
        }
        self.xml.skip()
    }
}

/// An entry's fields as read, before they become an [`Item`].
#[derive(Default)]
struct RawItem {
    format: Format,
    /// RSS: HTML, as read; Atom: already text.
    title: Option<String>,
    /// `dc:title` or `media:title`, with which: the title's fallback.
    other_title: Option<(String, &'static str)>,
    url: Option<String>,
    id: Option<String>,
    /// RSS `guid` is the item's URL too (`isPermaLink` not `false`).
    permalink: bool,
    /// RSS `description`, Atom `summary`: as read, with how to read it.
    summary: Option<(String, Mode)>,
    /// RSS `content:encoded`, Atom `content`: the summary's fallback.
    content: Option<(String, Mode)>,
    /// RSS `pubDate`; Atom `published` (0.3: `issued`, `created`).
    published: Option<Timestamp>,
    /// RSS `dc:date`; Atom `updated` (0.3: `modified`), the latest of them.
    updated: Option<Timestamp>,
    /// `dcterms:issued` or `dcterms:created`: the publication date's fallback.
    other_published: Option<Timestamp>,
    /// `dcterms:modified`, the latest: the update date's fallback.
    other_updated: Option<Timestamp>,
    authors: Vec<String>,
    tags: Vec<String>,
    language: Option<String>,
    enclosures: Vec<Attachment>,
    /// `media:content` that is a picture, with its `media:description`.
    media: Option<Image>,
    thumbnail: Option<String>,
    /// What editors should hear about (dates that could not be read).
    notes: Vec<Note>,
}

impl RawItem {
    /// An empty entry of `format`, in the language its start `tag` declares.
    fn new(format: Format, tag: &Tag<'_>) -> Self {
        Self {
            format,
            language: attr_text(tag, "xml:lang"),
            ..Self::default()
        }
    }

    /// A date in any form feeds write one; one that cannot be read is
    /// noted for the lint and is no date.
    fn read_date(&mut self, text: Option<String>) -> Option<Timestamp> {
        let text = text?;
        let date = Timestamp::parse_feed_date(&text);
        if date.is_none() {
            self.notes.push(Note::UnreadDate(text));
        }
        date
    }

    /// The item the widget shows, or why there is none.
    fn into_item(mut self, index: usize, feed_language: Option<&str>) -> Result<Item, SkipReason> {
        let title = match self.format {
            Format::Rss => self.title.map(|t| html_to_text(&t)).and_then(non_empty),
            _ => self.title,
        };
        let title = title.or_else(|| {
            let (title, element) = self.other_title?;
            self.notes.push(Note::Fallback {
                field: "title",
                element,
            });
            Some(title)
        });
        let summary = self
            .summary
            .and_then(construct_text)
            .or_else(|| self.content.and_then(construct_text))
            .map(|s| truncate_words(&s, SUMMARY_MAX_CHARS));
        let guid_url = self
            .id
            .clone()
            .filter(|id| self.permalink && id.starts_with("http"));
        let url = self.url.or(guid_url);
        // An entry with a link is news even without a title or text: the
        // shell names it "Untitled news item".
        if title.is_none() && summary.is_none() && url.is_none() {
            return Err(SkipReason::NothingToShow);
        }
        let id = self
            .id
            .or_else(|| url.clone())
            .unwrap_or_else(|| ["#", &index.to_string()].concat());
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
        let published = self.published.or(self.updated).or_else(|| {
            let other = self.other_published.or(self.other_updated)?;
            self.notes.push(Note::Fallback {
                field: "date",
                element: "dcterms",
            });
            Some(other)
        });
        // RSS's one date is `pubDate`; `dc:date` is its fallback, not a change.
        let updated = match self.format {
            Format::Atom => self.updated.or(self.other_updated),
            _ => self.other_updated,
        };
        let modified = updated.filter(|m| published.is_some_and(|p| *m > p));
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
            notes: self.notes,
        })
    }
}

/// An RSS `enclosure` or Atom `link rel=enclosure` (named by its attributes,
/// its URL resolved in `scope`); `None` without a URL.
fn attachment(
    scope: &Scope<'_>,
    tag: &Tag<'_>,
    url: &str,
    mime_type: &str,
    size: &str,
) -> Option<Attachment> {
    Some(Attachment {
        url: scope.url(&attr_text(tag, url)?),
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

/// The rest of the current element as plain text, whitespace folded.
fn plain(xml: &mut xml::Reader<'_>) -> Result<Option<String>, XmlError> {
    Ok(non_empty(normalize_whitespace(&xml.content(Mode::Plain)?)))
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

/// The name without its prefix: `rdf:RDF` → `RDF`.
fn local_name(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

/// Whether the tag text starts an `<html` element (any case).
fn is_html_tag(tag: &str) -> bool {
    tag.get(..5)
        .is_some_and(|t| t.eq_ignore_ascii_case("<html"))
        && !tag[5..].starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == ':')
}
