//! Atom 1.0 (RFC 4287) and Atom 0.3: the feed's fields and one `<entry>`
//! at a time. Atom text is typed ([`construct`](super::construct)).

use super::construct::{raw_construct, text_construct};
use super::xml::{Tag, XmlError};
use super::{Entries, Feed, Format, RawItem, attachment, attr_text, plain};

impl<'a> Entries<'a> {
    /// One feed child (`element`, its name as matched), read into `feed`.
    pub(super) fn atom_feed_field(
        &mut self,
        tag: &Tag<'a>,
        element: &str,
        feed: &mut Feed,
    ) -> Result<(), XmlError> {
        match name(element) {
            Some("title") if feed.title.is_none() => {
                feed.title = text_construct(&mut self.xml, tag)?;
                Ok(())
            }
            Some("link") if feed.home_page_url.is_none() && is_alternate(tag) => {
                feed.home_page_url = self.link_url(tag)?;
                Ok(())
            }
            Some("author") => {
                let author = self.child_plain(is_name)?;
                self.feed_authors.extend(author);
                Ok(())
            }
            _ => self.xml.skip(),
        }
    }

    /// An Atom `<entry>` (its start tag just read), as raw fields.
    pub(super) fn atom_entry(&mut self, entry: &Tag<'a>) -> Result<RawItem, XmlError> {
        let mut raw = RawItem::new(Format::Atom, entry);
        let depth = self.xml.depth();
        while let Some((tag, element)) = self.child(depth)? {
            let xml = &mut self.xml;
            match name(&element) {
                Some("title") if raw.title.is_none() => raw.title = text_construct(xml, &tag)?,
                Some("link") if is_alternate(&tag) && raw.url.is_none() => {
                    raw.url = self.link_url(&tag)?;
                }
                Some("link") if tag.attr("rel").as_deref() == Some("enclosure") => {
                    raw.enclosures
                        .extend(attachment(&self.scope, &tag, "href", "type", "length"));
                    xml.skip()?;
                }
                Some("id") if raw.id.is_none() => raw.id = plain(xml)?,
                Some("published" | "issued" | "created") => {
                    let date = raw.read_date(plain(xml)?);
                    raw.published = raw.published.or(date);
                }
                Some("updated" | "modified") => {
                    let date = raw.read_date(plain(xml)?);
                    raw.updated = raw.updated.max(date);
                }
                Some("summary") if raw.summary.is_none() => {
                    raw.summary = raw_construct(xml, &tag, false)?;
                }
                Some("content") if raw.content.is_none() && tag.attr("src").is_none() => {
                    raw.content = raw_construct(xml, &tag, false)?;
                }
                Some("author") => raw.authors.extend(self.child_plain(is_name)?),
                Some("category") => {
                    raw.tags
                        .extend(attr_text(&tag, "term").or_else(|| attr_text(&tag, "label")));
                    xml.skip()?;
                }
                Some(_) => xml.skip()?,
                None if element == "media:group" => {}
                None => self.shared_field(&mut raw, &tag, &element)?,
            }
        }
        if raw.authors.is_empty() {
            raw.authors = self.feed_authors.clone();
        }
        Ok(raw)
    }

    /// A `link`'s URL: its `href`, or (as some feeds write it) its text,
    /// resolved against `xml:base`.
    fn link_url(&mut self, tag: &Tag<'a>) -> Result<Option<String>, XmlError> {
        let url = match attr_text(tag, "href") {
            Some(href) => {
                self.xml.skip()?;
                Some(href)
            }
            None => plain(&mut self.xml)?,
        };
        Ok(url.map(|u| self.scope.url(&u)))
    }
}

/// An Atom element's name: unprefixed (the Atom namespace, or none) or with
/// an undeclared `atom:` prefix; `None` for other namespaces.
pub(super) fn name(name: &str) -> Option<&str> {
    match name.split_once(':') {
        None => Some(name),
        Some(("atom", local)) => Some(local),
        Some(_) => None,
    }
}

/// Atom `author/name`.
fn is_name(element: &str) -> bool {
    name(element) == Some("name")
}

/// Atom's `link` to the entry itself: `rel="alternate"` or no `rel`.
fn is_alternate(tag: &Tag<'_>) -> bool {
    tag.attr("rel").is_none_or(|rel| rel.trim() == "alternate")
}
