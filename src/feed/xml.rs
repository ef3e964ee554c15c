//! A small XML pull reader, just enough for RSS and Atom: tags with their
//! attributes, text, CDATA, and the end of each element, one token at a time.
//!
//! Owns well-formedness (tags nest and close, quotes close) and the XML
//! escapes. It does not resolve namespaces (names keep their prefix:
//! `dc:creator`), validate, or read a DTD: a DOCTYPE is skipped and its
//! entities are never expanded, so entity bombs cost nothing. Named
//! references other than the five XML ones (`&nbsp;`, `&laquo;`) stay as
//! written, for [`html_to_text`](super::html_to_text) to decode.
//!
//! Every scan moves forward only and nothing recurses, so hostile input
//! (400,000 `<`, an unclosed comment, deep nesting) costs linear time, and
//! slicing happens only next to ASCII delimiters, so no input can panic it.

use std::borrow::Cow;

/// The `encoding` of an XML declaration, lowercased.
pub(super) fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(200)];
    // The declaration is ASCII, but what follows may be windows-1251 (or a
    // UTF-8 character cut at byte 200): read only the valid start.
    let head = match std::str::from_utf8(head) {
        Ok(head) => head,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).ok()?,
    };
    let decl = head.trim_start().strip_prefix("<?xml")?;
    let decl = &decl[..decl.find("?>")?];
    let at = decl.find("encoding")?;
    let rest = decl[at + 8..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    Some(value[..value.find(quote)?].trim().to_ascii_lowercase())
}

/// Where a document stops being well-formed, so the error can name a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct XmlError {
    /// Byte offset into the text (always on a character boundary).
    pub(super) offset: usize,
}

impl XmlError {
    /// The 1-based line and column (in characters) of the error in `text`.
    pub(super) fn line_column(self, text: &str) -> (usize, usize) {
        let before = text.get(..self.offset).unwrap_or(text);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.matches('\n').count() + 1;
        (line, before[line_start..].chars().count() + 1)
    }
}

/// One piece of a document, as [`Reader::next`] hands them out. Comments,
/// processing instructions and the DOCTYPE are skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// A start tag, or an empty-element tag (then its [`Token::End`]
    /// follows at once, so callers treat both alike).
    Start(Tag<'a>),
    /// An end tag, as written (empty for the one an empty-element tag implies).
    End(&'a str),
    /// Character data: text with its references still encoded (see
    /// [`decode`]), or the content of a CDATA section (`cdata`), literal.
    Text {
        /// The text as written.
        raw: &'a str,
        /// Whether it came from `<![CDATA[…]]>`.
        cdata: bool,
    },
}

/// A start tag: its name, as written with any prefix, and its attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tag<'a> {
    /// The element name, prefix included (`content:encoded`).
    pub(super) name: &'a str,
    /// The whole tag as written, `<` to `>`, to pass markup on as it was.
    pub(super) raw: &'a str,
    /// The attribute list, already checked to be well-formed.
    attrs: &'a str,
}

impl<'a> Tag<'a> {
    /// The value of attribute `name` (prefix included: `xml:lang`), decoded.
    pub(super) fn attr(&self, name: &str) -> Option<Cow<'a, str>> {
        self.attrs()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| decode(value))
    }

    /// Every attribute as written: its name and its raw (undecoded) value.
    /// Namespace declarations (`xmlns:dc`) and `xml:base` are read from here.
    pub(super) fn attrs(&self) -> impl Iterator<Item = (&'a str, &'a str)> + use<'a> {
        let mut rest = self.attrs;
        std::iter::from_fn(move || {
            let (key, value, len) = attribute(rest).ok()??;
            rest = &rest[len..];
            Some((key, value))
        })
    }
}

/// How [`Reader::content`] turns an element's content into one string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Text only, references decoded; child tags dropped, their text kept.
    Plain,
    /// An HTML string: text decoded (RSS escapes its HTML), child tags kept
    /// as written (some feeds embed HTML unescaped).
    Html,
    /// XHTML markup (Atom `type="xhtml"`): everything as written, CDATA
    /// escaped, so `&lt;` stays text for the HTML reader.
    Xhtml,
}

/// A pull reader over one document; see the module docs.
pub(super) struct Reader<'a> {
    text: &'a str,
    pos: usize,
    /// Names of the open elements, outermost first.
    open: Vec<&'a str>,
    /// An empty-element tag was just read: its end is the next token.
    implied_end: bool,
    /// Where the last tag being read started, to name it after an error.
    tag_start: usize,
    /// The root element has closed; the rest of the text is ignored.
    done: bool,
    /// The first error, returned again by every later call.
    failed: Option<XmlError>,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`.
    pub(super) fn new(text: &'a str) -> Self {
        Self {
            text,
            pos: 0,
            open: Vec::new(),
            implied_end: false,
            tag_start: 0,
            done: false,
            failed: None,
        }
    }

    /// How many elements are open: after a `Start` it counts that element,
    /// after an `End` no longer.
    pub(super) fn depth(&self) -> usize {
        self.open.len()
    }

    /// The text from the last tag the reader started on (after an error:
    /// the tag that broke), for a caller that wants to look at its name.
    pub(super) fn last_tag(&self) -> &'a str {
        self.text.get(self.tag_start..).unwrap_or("")
    }

    /// The next token; `Ok(None)` once the root element has closed; an
    /// error where the document stops being well-formed (including its end
    /// before the root closes), and the same error from then on.
    pub(super) fn next(&mut self) -> Result<Option<Token<'a>>, XmlError> {
        if let Some(e) = self.failed {
            return Err(e);
        }
        if self.implied_end {
            self.implied_end = false;
            self.open.pop();
            self.done = self.open.is_empty();
            return Ok(Some(Token::End("")));
        }
        if self.done {
            return Ok(None);
        }
        let token = self.read();
        if let Err(e) = token {
            self.failed = Some(e);
        }
        token.map(Some)
    }

    /// Reads what is left of the element whose `Start` was just returned,
    /// as one string (see [`Mode`]).
    pub(super) fn content(&mut self, mode: Mode) -> Result<String, XmlError> {
        let depth = self.depth();
        let mut out = String::new();
        while let Some(token) = self.next()? {
            match token {
                Token::End(_) if self.depth() < depth => break,
                Token::End(raw) if mode != Mode::Plain => out.push_str(raw),
                Token::Start(tag) if mode != Mode::Plain => out.push_str(tag.raw),
                Token::Text { raw, cdata: true } if mode == Mode::Xhtml => {
                    out.push_str(&raw.replace('&', "&amp;").replace('<', "&lt;"));
                }
                Token::Text { raw, cdata } if cdata || mode == Mode::Xhtml => out.push_str(raw),
                Token::Text { raw, .. } => out.push_str(&decode(raw)),
                Token::Start(_) | Token::End(_) => {}
            }
        }
        Ok(out)
    }

    /// Skips what is left of the element whose `Start` was just returned.
    pub(super) fn skip(&mut self) -> Result<(), XmlError> {
        let depth = self.depth();
        while let Some(token) = self.next()? {
            if matches!(token, Token::End(_)) && self.depth() < depth {
                break;
            }
        }
        Ok(())
    }

    fn error(&self, offset: usize) -> XmlError {
        XmlError { offset }
    }

    fn eof(&self) -> XmlError {
        self.error(self.text.len())
    }

    fn read(&mut self) -> Result<Token<'a>, XmlError> {
        loop {
            let start = self.pos;
            let rest = &self.text[start..];
            if rest.is_empty() {
                return Err(self.eof());
            }
            if !rest.starts_with('<') {
                let end = rest.find('<').map_or(self.text.len(), |i| start + i);
                let raw = &self.text[start..end];
                self.pos = end;
                if !self.open.is_empty() {
                    return Ok(Token::Text { raw, cdata: false });
                }
                // Outside the root only whitespace may stand (and a stray BOM).
                if let Some(i) = raw.find(|c: char| !c.is_whitespace() && c != '\u{feff}') {
                    return Err(self.error(start + i));
                }
                continue;
            }
            self.tag_start = start;
            if let Some(body) = rest.strip_prefix("<!--") {
                let end = body.find("-->").ok_or(self.eof())?;
                self.pos = start + 4 + end + 3;
            } else if let Some(body) = rest.strip_prefix("<![CDATA[") {
                if self.open.is_empty() {
                    return Err(self.error(start));
                }
                let end = body.find("]]>").ok_or(self.eof())?;
                self.pos = start + 9 + end + 3;
                return Ok(Token::Text {
                    raw: &body[..end],
                    cdata: true,
                });
            } else if rest.starts_with("<!") {
                let is_doctype = rest
                    .get(..9)
                    .is_some_and(|s| s.eq_ignore_ascii_case("<!DOCTYPE"));
                if !is_doctype || !self.open.is_empty() {
                    return Err(self.error(start));
                }
                self.skip_doctype()?;
            } else if let Some(body) = rest.strip_prefix("<?") {
                let end = body.find("?>").ok_or(self.eof())?;
                self.pos = start + 2 + end + 2;
            } else if let Some(body) = rest.strip_prefix("</") {
                let name = &body[..name_len(body)];
                let after = &body[name.len()..];
                let gt = after.len() - after.trim_start().len();
                if name.is_empty() || !after[gt..].starts_with('>') {
                    return Err(self.error(start + 2 + name.len() + gt));
                }
                if self.open.last() != Some(&name) {
                    return Err(self.error(start));
                }
                self.open.pop();
                self.done = self.open.is_empty();
                self.pos = start + 2 + name.len() + gt + 1;
                return Ok(Token::End(&self.text[start..self.pos]));
            } else {
                return self.start_tag(start);
            }
        }
    }

    /// `<name attr="value" …>` or `…/>`, from the `<` at `start`.
    fn start_tag(&mut self, start: usize) -> Result<Token<'a>, XmlError> {
        let body = &self.text[start + 1..];
        let name = &body[..name_len(body)];
        if !name.bytes().next().is_some_and(is_name_start) {
            return Err(self.error(start));
        }
        let attrs_at = start + 1 + name.len();
        let mut pos = attrs_at;
        loop {
            let rest = &self.text[pos..];
            let trimmed = rest.trim_start();
            let attrs_end = pos + rest.len() - trimmed.len();
            let (empty, len) = if trimmed.starts_with('>') {
                (false, 1)
            } else if trimmed.starts_with("/>") {
                (true, 2)
            } else {
                match attribute(rest) {
                    Ok(Some((_, _, len))) => {
                        pos += len;
                        continue;
                    }
                    Ok(None) if trimmed.is_empty() => return Err(self.eof()),
                    Ok(None) => return Err(self.error(attrs_end)),
                    Err(at) => return Err(self.error(pos + at)),
                }
            };
            self.pos = attrs_end + len;
            self.open.push(name);
            self.implied_end = empty;
            return Ok(Token::Start(Tag {
                name,
                raw: &self.text[start..self.pos],
                attrs: &self.text[attrs_at..attrs_end],
            }));
        }
    }

    /// `<!DOCTYPE …>` with any internal subset, read over and ignored: its
    /// entity declarations are never expanded.
    fn skip_doctype(&mut self) -> Result<(), XmlError> {
        let bytes = self.text.as_bytes();
        let mut i = self.pos + 9;
        let mut in_subset = false;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'"' | b'\'' => {
                    let close = self.text[i + 1..].find(b as char).ok_or(self.eof())?;
                    i += close + 1;
                }
                b'<' if in_subset && bytes[i..].starts_with(b"<!--") => {
                    let close = self.text[i + 4..].find("-->").ok_or(self.eof())?;
                    i += 4 + close + 2;
                }
                b'[' => in_subset = true,
                b']' => in_subset = false,
                b'>' if !in_subset => {
                    self.pos = i + 1;
                    return Ok(());
                }
                _ => {}
            }
            i += 1;
        }
        Err(self.eof())
    }
}

/// Bytes an XML name may start with (non-ASCII letters included, roughly).
fn is_name_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b':' || b >= 0x80
}

/// Length of the name at the start of `s` (0 if none): it ends at the first
/// ASCII byte that cannot be in a name, so the cut is on a char boundary.
fn name_len(s: &str) -> usize {
    s.bytes()
        .position(|b| !(is_name_start(b) || b.is_ascii_digit() || b == b'-' || b == b'.'))
        .unwrap_or(s.len())
}

/// One `name="value"` (or `'value'`) at the start of `s`, after optional
/// whitespace: its name, raw value and length. `Ok(None)` when no name
/// starts there; `Err(offset)` when the attribute is broken.
fn attribute(s: &str) -> Result<Option<(&str, &str, usize)>, usize> {
    let at = s.len() - s.trim_start().len();
    let rest = &s[at..];
    let name = &rest[..name_len(rest)];
    if !name.bytes().next().is_some_and(is_name_start) {
        return Ok(None);
    }
    let after = &rest[name.len()..];
    let eq = after.len() - after.trim_start().len();
    let Some(value) = after[eq..].strip_prefix('=') else {
        return Err(at + name.len() + eq);
    };
    let value_at = at + name.len() + eq + 1 + (value.len() - value.trim_start().len());
    let value = value.trim_start();
    let Some(quote) = value.chars().next().filter(|c| *c == '"' || *c == '\'') else {
        return Err(value_at);
    };
    let close = value[1..].find(quote).ok_or(s.len())?;
    Ok(Some((name, &value[1..1 + close], value_at + close + 2)))
}

/// Text with the XML references decoded: the five named ones and numeric
/// ones. Other names (`&nbsp;`) and stray `&` stay as written.
pub(super) fn decode(raw: &str) -> Cow<'_, str> {
    if !raw.contains('&') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // References are short: look for `;` nearby only, so text full of
        // `&` stays linear.
        let window = &rest.as_bytes()[1..rest.len().min(12)];
        let decoded = window
            .iter()
            .position(|&b| b == b';')
            .and_then(|semi| Some((reference(&rest[1..1 + semi])?, semi + 2)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The character a reference names (`amp`, `#233`, `#xE9`), if XML defines it.
fn reference(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        // XML writes the hex marker in lower case only (`&#X41;` is not one).
        return super::text::numeric_reference(num).filter(|_| !num.starts_with('X'));
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `text` in a compact form: `<a`, `/a`, `"text"`, `!err@3`.
    fn tokens(text: &str) -> Vec<String> {
        let mut reader = Reader::new(text);
        let mut out = Vec::new();
        loop {
            match reader.next() {
                Ok(None) => return out,
                Ok(Some(Token::Start(tag))) => out.push(format!("<{}", tag.name)),
                Ok(Some(Token::End(_))) => out.push(format!("/{}", reader.depth())),
                Ok(Some(Token::Text { raw, cdata })) => {
                    let text = if cdata { raw.into() } else { decode(raw) };
                    out.push(format!("{text:?}"));
                }
                Err(e) => {
                    out.push(format!("!{}", e.offset));
                    return out;
                }
            }
        }
    }

    fn error_at(text: &str) -> (usize, usize) {
        let mut reader = Reader::new(text);
        loop {
            match reader.next() {
                Ok(Some(_)) => {}
                Ok(None) => panic!("no error in {text:?}"),
                Err(e) => return e.line_column(text),
            }
        }
    }

    fn first_tag(text: &str) -> Tag<'_> {
        match Reader::new(text).next() {
            Ok(Some(Token::Start(tag))) => tag,
            other => panic!("{other:?}"),
        }
    }

    fn content(text: &str, mode: Mode) -> String {
        let mut reader = Reader::new(text);
        assert!(matches!(reader.next(), Ok(Some(Token::Start(_)))));
        reader.content(mode).unwrap()
    }

    #[test]
    fn encoding_double_quotes() {
        assert_eq!(
            declared_encoding(br#"<?xml version="1.0" encoding="Windows-1251"?><rss/>"#).as_deref(),
            Some("windows-1251")
        );
    }
    #[test]
    fn encoding_single_quotes() {
        assert_eq!(
            declared_encoding(b"<?xml version='1.0' encoding = 'UTF-8' ?>").as_deref(),
            Some("utf-8")
        );
    }
    #[test]
    fn encoding_absent() {
        assert_eq!(declared_encoding(br#"<?xml version="1.0"?><rss/>"#), None);
    }
    #[test]
    fn encoding_without_declaration() {
        assert_eq!(declared_encoding(br#"<rss encoding="koi8-r"/>"#), None);
    }
    #[test]
    fn encoding_unclosed_quote() {
        assert_eq!(declared_encoding(br#"<?xml encoding="utf-8?>"#), None);
    }
    #[test]
    fn encoding_with_legacy_bytes_after() {
        // "Новости" in windows-1251 right after the declaration: not UTF-8.
        let mut bytes = br#"<?xml version="1.0" encoding="windows-1251"?><title>"#.to_vec();
        bytes.extend([0xCD, 0xEE, 0xE2, 0xEE, 0xF1, 0xF2, 0xE8]);
        assert_eq!(declared_encoding(&bytes).as_deref(), Some("windows-1251"));
    }
    #[test]
    fn encoding_empty_input() {
        assert_eq!(declared_encoding(b""), None);
    }

    #[test]
    fn elements_and_text() {
        assert_eq!(
            tokens("<a>x<b>y</b></a>"),
            ["<a", "\"x\"", "<b", "\"y\"", "/1", "/0"]
        );
    }
    #[test]
    fn empty_element_has_end() {
        assert_eq!(tokens("<a><b/></a>"), ["<a", "<b", "/1", "/0"]);
    }
    #[test]
    fn empty_root() {
        assert_eq!(tokens("<a />"), ["<a", "/0"]);
    }
    #[test]
    fn prolog_is_skipped() {
        assert_eq!(
            tokens("\u{feff}<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE rss>\n<a/>"),
            ["<a", "/0"]
        );
    }
    #[test]
    fn after_root_is_ignored() {
        assert_eq!(tokens("<a/>junk<b>"), ["<a", "/0"]);
    }
    #[test]
    fn comment_inside() {
        assert_eq!(tokens("<a><!-- <b> --></a>"), ["<a", "/0"]);
    }
    #[test]
    fn cdata_is_literal() {
        assert_eq!(
            tokens("<a><![CDATA[<p>&amp;</p>]]></a>"),
            ["<a", "\"<p>&amp;</p>\"", "/0"]
        );
    }
    #[test]
    fn processing_instruction_inside() {
        assert_eq!(tokens("<a><?php echo 1 ?></a>"), ["<a", "/0"]);
    }
    #[test]
    fn prefixed_names_kept() {
        assert_eq!(
            tokens("<dc:creator>A</dc:creator>"),
            ["<dc:creator", "\"A\"", "/0"]
        );
    }
    #[test]
    fn cyrillic_names() {
        assert_eq!(
            tokens("<новость>да</новость>"),
            ["<новость", "\"да\"", "/0"]
        );
    }
    #[test]
    fn end_tag_with_space() {
        assert_eq!(tokens("<a></a >"), ["<a", "/0"]);
    }

    #[test]
    fn attributes_both_quotes() {
        let tag = first_tag(r#"<link rel='alternate' href="/a?b=1&amp;c=2" />"#);
        assert_eq!(tag.attr("rel").as_deref(), Some("alternate"));
        assert_eq!(tag.attr("href").as_deref(), Some("/a?b=1&c=2"));
        assert_eq!(tag.attr("type"), None);
    }
    #[test]
    fn attribute_with_gt_and_other_quote() {
        let tag = first_tag(r#"<a title="1 > 0 'yes'" x = "y">"#);
        assert_eq!(tag.attr("title").as_deref(), Some("1 > 0 'yes'"));
        assert_eq!(tag.attr("x").as_deref(), Some("y"));
    }
    #[test]
    fn prefixed_attribute() {
        assert_eq!(
            first_tag(r#"<feed xml:lang="ru">"#)
                .attr("xml:lang")
                .as_deref(),
            Some("ru")
        );
    }
    #[test]
    fn raw_tag_kept() {
        assert_eq!(
            first_tag(r#"<img src="a.png"/>"#).raw,
            r#"<img src="a.png"/>"#
        );
    }

    #[test]
    fn xml_entities() {
        assert_eq!(decode("&lt;&gt;&amp;&quot;&apos;"), "<>&\"'");
    }
    #[test]
    fn numeric_references() {
        assert_eq!(decode("&#1053;&#x43E;&#x432;"), "Нов");
    }
    #[test]
    fn html_entities_stay() {
        assert_eq!(decode("&laquo;a&nbsp;b&raquo;"), "&laquo;a&nbsp;b&raquo;");
    }
    #[test]
    fn stray_ampersand_stays() {
        assert_eq!(decode("AT&T & co;"), "AT&T & co;");
    }
    #[test]
    fn bad_numeric_references_stay() {
        assert_eq!(
            decode("&#0;&#xD800;&#99999999999;&#;"),
            "&#0;&#xD800;&#99999999999;&#;"
        );
    }
    #[test]
    fn uppercase_hex_marker_is_not_xml() {
        assert_eq!(decode("&#X41;"), "&#X41;");
    }
    #[test]
    fn ampersand_at_end() {
        assert_eq!(decode("a&"), "a&");
    }
    #[test]
    fn ampersand_before_cyrillic() {
        assert_eq!(decode("&Жжжжжжжжжжжж;"), "&Жжжжжжжжжжжж;");
    }
    #[test]
    fn no_reference_borrows() {
        assert!(matches!(decode("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn doctype_entity_not_expanded() {
        let text =
            r#"<!DOCTYPE r [<!ENTITY a "boom"> <!-- ] > --> <!ENTITY b '&a;&a;'>]><r>&a;&b;</r>"#;
        assert_eq!(tokens(text), ["<r", "\"&a;&b;\"", "/0"]);
    }
    #[test]
    fn doctype_public_id() {
        assert_eq!(
            tokens(
                r#"<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "http://x/rss-0.91.dtd"><rss/>"#
            ),
            ["<rss", "/0"]
        );
    }

    #[test]
    fn content_plain() {
        assert_eq!(
            content("<t>a &amp; <b>b</b><![CDATA[<c>]]></t>", Mode::Plain),
            "a & b<c>"
        );
    }
    #[test]
    fn content_html_keeps_tags() {
        assert_eq!(
            content("<d>&lt;p&gt;x<br/><i>y</i></d>", Mode::Html),
            "<p>x<br/><i>y</i>"
        );
    }
    #[test]
    fn content_xhtml_keeps_escapes() {
        assert_eq!(
            content("<c><div>1 &lt; 2<![CDATA[ & <3]]></div></c>", Mode::Xhtml),
            "<div>1 &lt; 2 &amp; &lt;3</div>"
        );
    }
    #[test]
    fn content_of_empty_element() {
        assert_eq!(content("<a/>", Mode::Html), "");
    }
    #[test]
    fn attrs_in_order_raw() {
        let tag = first_tag(r#"<a xmlns:dc="u&amp;" b='2'/>"#);
        assert_eq!(
            tag.attrs().collect::<Vec<_>>(),
            [("xmlns:dc", "u&amp;"), ("b", "2")]
        );
    }

    #[test]
    fn mismatched_end() {
        assert_eq!(error_at("<a>\n <b></a>"), (2, 5));
    }
    #[test]
    fn unclosed_root() {
        assert_eq!(error_at("<a>\n<b></b>"), (2, 8));
    }
    #[test]
    fn text_before_root() {
        assert_eq!(error_at("  oops<a/>"), (1, 3));
    }
    #[test]
    fn lone_lt() {
        assert_eq!(error_at("<a>1 < 2</a>"), (1, 6));
    }
    #[test]
    fn unquoted_attribute() {
        assert_eq!(error_at("<a href=x>"), (1, 9));
    }
    #[test]
    fn attribute_without_value() {
        assert_eq!(error_at("<a checked>"), (1, 11));
    }
    #[test]
    fn unclosed_attribute_quote() {
        assert_eq!(error_at("<a b=\"c>"), (1, 9));
    }
    #[test]
    fn unclosed_comment() {
        assert_eq!(error_at("<a><!-- x"), (1, 10));
    }
    #[test]
    fn unclosed_cdata() {
        assert_eq!(error_at("<a><![CDATA[x"), (1, 14));
    }
    #[test]
    fn cdata_outside_root() {
        assert_eq!(error_at("<![CDATA[x]]><a/>"), (1, 1));
    }
    #[test]
    fn bang_inside_root() {
        assert_eq!(error_at("<a><!ENTITY x 'y'></a>"), (1, 4));
    }
    #[test]
    fn empty_text() {
        assert_eq!(error_at(""), (1, 1));
    }
    #[test]
    fn only_prolog() {
        assert_eq!(error_at("<?xml version=\"1.0\"?>\n"), (2, 1));
    }
    #[test]
    fn column_counts_characters() {
        assert_eq!(error_at("<a>ёж<</a>"), (1, 6));
    }
    #[test]
    fn error_repeats() {
        let mut reader = Reader::new("<a><");
        assert!(matches!(reader.next(), Ok(Some(_))));
        let e = reader.next();
        assert!(e.is_err());
        assert_eq!(reader.next(), e);
    }
    #[test]
    fn unclosed_tag_at_end() {
        assert_eq!(error_at("<a><b x='1'"), (1, 12));
    }
    #[test]
    fn last_tag_names_the_breaking_tag() {
        let mut reader = Reader::new("<?xml version='1.0'?><html lang=ru>");
        assert!(reader.next().is_err());
        assert!(reader.last_tag().starts_with("<html"));
    }

    #[test]
    fn many_lt_is_linear() {
        let text = format!("<a>{}</a>", "<".repeat(400_000));
        assert_eq!(tokens(&text), ["<a", "!3"]);
    }
    #[test]
    fn deep_nesting_is_no_recursion() {
        let text = "<a>".repeat(200_000);
        assert_eq!(tokens(&text).len(), 200_001);
    }
    #[test]
    fn many_unclosed_comments_are_one_error() {
        let text = format!("<a>{}", "<!--".repeat(100_000));
        assert_eq!(tokens(&text), ["<a", &format!("!{}", text.len())]);
    }
    #[test]
    fn many_ampersands_are_linear() {
        let text = format!("<a>{}</a>", "&&#".repeat(200_000));
        assert_eq!(content(&text, Mode::Plain).len(), 600_000);
    }
    #[test]
    fn many_attributes() {
        let text = format!("<a{}>", " b='c'".repeat(100_000));
        assert_eq!(first_tag(&text).attr("z"), None);
    }
}
