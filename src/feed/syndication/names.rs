//! Which namespace an element is in, so elements are matched by namespace
//! URI and not by the prefix a feed happened to write (`<rss:item>`,
//! `<a:feed>`, `<d:date>` all work), and which `xml:base` its links are
//! relative to.
//!
//! Only the elements the reader looks at enter the scope (the root, the
//! channel, entries and their children); what it skips whole never
//! declares anything that matters outside itself.

use std::borrow::Cow;

use super::super::uri;
use super::super::xml::{Tag, decode};
use super::Format;

/// The namespace declarations and `xml:base` values in scope.
pub(super) struct Scope<'a> {
    format: Format,
    bindings: Vec<Binding<'a>>,
    /// `xml:base` values, each already resolved against the one outside it.
    bases: Vec<(usize, String)>,
}

/// `xmlns:prefix="uri"` (or `xmlns="uri"`, prefix empty) on an element at `depth`.
struct Binding<'a> {
    depth: usize,
    prefix: &'a str,
    /// The prefix the reader matches this namespace by (`dc`, `media`,
    /// empty for the format's own elements); `None` for a namespace it
    /// does not know, whose names stay as written.
    canonical: Option<&'static str>,
}

impl<'a> Scope<'a> {
    /// An empty scope for a document of `format`.
    pub(super) fn new(format: Format) -> Self {
        Self {
            format,
            bindings: Vec::new(),
            bases: Vec::new(),
        }
    }

    /// `tag`, just read at `depth`, enters the scope (whatever its earlier
    /// siblings declared leaves it); returns its name as the reader matches
    /// it: unprefixed for the format's own elements (and for no namespace),
    /// with the conventional prefix for known ones (`dc:date`,
    /// `atom:link` in RSS), as written otherwise.
    pub(super) fn enter(&mut self, tag: &Tag<'a>, depth: usize) -> Cow<'a, str> {
        // Both lists are in document order, so deeper entries are last.
        let open = self.bindings.partition_point(|b| b.depth < depth);
        self.bindings.truncate(open);
        let open = self.bases.partition_point(|(d, _)| *d < depth);
        self.bases.truncate(open);
        for (key, value) in tag.attrs() {
            let prefix = match key.strip_prefix("xmlns") {
                Some("") => "",
                Some(rest) => match rest.strip_prefix(':') {
                    Some(prefix) => prefix,
                    None => continue,
                },
                None if key == "xml:base" => {
                    let base = self.url(&decode(value));
                    self.bases.push((depth, base));
                    continue;
                }
                None => continue,
            };
            let canonical = known_prefix(decode(value).trim(), self.format);
            self.bindings.push(Binding {
                depth,
                prefix,
                canonical,
            });
        }
        self.name(tag.name)
    }

    /// The root (`tag`, just entered) is a feed, so its namespace is the
    /// format's own even when the reader does not know it (`<r:rss
    /// xmlns:r="…">` with any URI): its children match as core elements.
    pub(super) fn adopt_root_namespace(&mut self, tag: &Tag<'a>) {
        let prefix = tag.name.split_once(':').map_or("", |(prefix, _)| prefix);
        if let Some(binding) = self.bindings.iter_mut().rev().find(|b| b.prefix == prefix) {
            binding.canonical.get_or_insert("");
        }
    }

    /// `name` as the reader matches it; see [`Scope::enter`].
    fn name(&self, name: &'a str) -> Cow<'a, str> {
        let (prefix, local) = name.split_once(':').unwrap_or(("", name));
        match self.bindings.iter().rev().find(|b| b.prefix == prefix) {
            Some(Binding {
                canonical: Some(""),
                ..
            }) => Cow::Borrowed(local),
            Some(Binding {
                canonical: Some(canonical),
                ..
            }) if *canonical != prefix => Cow::Owned([canonical, ":", local].concat()),
            _ => Cow::Borrowed(name),
        }
    }

    /// A URL from the element last entered, resolved against the
    /// `xml:base` in scope (as written when there is none).
    pub(super) fn url(&self, url: &str) -> String {
        match self.bases.last() {
            Some((_, base)) => uri::resolve(base, url),
            None => url.trim().to_owned(),
        }
    }
}

/// The prefix a known namespace is matched by; `""` for the format's own.
fn known_prefix(uri: &str, format: Format) -> Option<&'static str> {
    Some(match uri {
        "http://purl.org/rss/1.0/"
        | "http://my.netscape.com/rdf/simple/0.9/"
        | "http://backend.userland.com/rss2"
        | "http://backend.userland.com/rss" => "",
        "http://www.w3.org/2005/Atom" | "http://purl.org/atom/ns#" => match format {
            Format::Atom => "",
            _ => "atom",
        },
        "http://purl.org/dc/elements/1.1/" => "dc",
        "http://purl.org/dc/terms/" => "dcterms",
        "http://purl.org/rss/1.0/modules/content/" => "content",
        "http://search.yahoo.com/mrss/" | "http://search.yahoo.com/mrss" => "media",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#" => "rdf",
        _ => return None,
    })
}
