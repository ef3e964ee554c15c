//! RSS 2.0, 0.91/0.92 and RSS 1.0 (RDF): the channel's fields and one
//! `<item>` at a time. RSS text is HTML (escaped or as CDATA).

use super::xml::{Mode, Tag, XmlError};
use super::{Entries, Feed, Format, RawItem, attachment, html_to_text, non_empty, plain};

impl<'a> Entries<'a> {
    /// One channel child (`name` as matched), read into `feed`.
    pub(super) fn rss_feed_field(&mut self, name: &str, feed: &mut Feed) -> Result<(), XmlError> {
        let xml = &mut self.xml;
        let value = match name {
            "title" if feed.title.is_none() => {
                feed.title = non_empty(html_to_text(&xml.content(Mode::Html)?));
                return Ok(());
            }
            "link" if feed.home_page_url.is_none() => {
                feed.home_page_url = plain(xml)?.map(|u| self.scope.url(&u));
                return Ok(());
            }
            "language" | "dc:language" if feed.language.is_none() => &mut feed.language,
            _ => return xml.skip(),
        };
        *value = plain(xml)?;
        Ok(())
    }

    /// An RSS `<item>` (its start tag just read), as raw fields.
    pub(super) fn rss_item(&mut self, item: &Tag<'a>) -> Result<RawItem, XmlError> {
        let mut raw = RawItem::new(Format::Rss, item);
        let depth = self.xml.depth();
        while let Some((tag, name)) = self.child(depth)? {
            let xml = &mut self.xml;
            match name.as_ref() {
                "title" if raw.title.is_none() => raw.title = Some(xml.content(Mode::Html)?),
                "link" if raw.url.is_none() => raw.url = plain(xml)?.map(|u| self.scope.url(&u)),
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
                "pubDate" => {
                    let date = raw.read_date(plain(xml)?);
                    raw.published = raw.published.or(date);
                }
                "dc:date" => {
                    let date = raw.read_date(plain(xml)?);
                    raw.updated = raw.updated.or(date);
                }
                "author" => raw.authors.extend(plain(xml)?.map(|a| email_name(&a))),
                "dc:creator" => raw.authors.extend(plain(xml)?),
                "category" | "dc:subject" => raw.tags.extend(plain(xml)?),
                "dc:language" if raw.language.is_none() => raw.language = plain(xml)?,
                "enclosure" => {
                    raw.enclosures
                        .extend(attachment(&self.scope, &tag, "url", "type", "length"));
                    xml.skip()?;
                }
                // Media RSS: `media:content` may sit in a `media:group`.
                "media:group" => {}
                name => self.shared_field(&mut raw, &tag, name)?,
            }
        }
        Ok(raw)
    }
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
