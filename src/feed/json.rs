//! A small JSON reader into a [`Value`] tree, for one feed item (or one
//! feed-level field) at a time: what the JSON Feed and WordPress readers
//! need and nothing more.
//!
//! Why not `serde_json`: its deserializer, number formatting and map type
//! cost the widget's wasm 9 KB brotli, for a job this size. [`Writer`]
//! is the other direction, for the few documents the crate writes. Strict
//! where JSON is (RFC 8259 grammar, no trailing commas, no comments, no
//! control characters in strings), lenient where it costs nothing to be: a
//! lone surrogate escape becomes U+FFFD instead of failing the item.
//! Numbers keep the text they were written with: feeds use them as ids.
//! Nesting deeper than [`MAX_DEPTH`] is refused, so hostile input cannot
//! overflow the stack.

use std::borrow::Cow;

/// A JSON value, borrowing from the text it was read from where it can
/// (a string without escapes, a number, a key).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'a> {
    Null,
    Bool(bool),
    /// A number, as written (`42`, `-1.5e3`).
    Number(&'a str),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Object<'a>),
}

/// A JSON object: its members in document order. A key given twice means
/// its last value, as in most JSON readers.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Object<'a>(Vec<(Cow<'a, str>, Value<'a>)>);

impl<'a> Object<'a> {
    /// The value of `key`, if present.
    pub(crate) fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Adds a member (a later one with the same key wins).
    pub(crate) fn insert(&mut self, key: &'a str, value: Value<'a>) {
        let key = Cow::Borrowed(key);
        self.0.push((key, value));
    }
}

impl<'a> Value<'a> {
    /// The text of a string value.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(s) => Some(s),
            _ => None,
        }
    }

    /// The members of an object value.
    pub(crate) fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Self::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The elements of an array value.
    pub(crate) fn as_array(&self) -> Option<&Vec<Value<'a>>> {
        match self {
            Self::Array(a) => Some(a),
            _ => None,
        }
    }

    /// A number written as a non-negative integer that fits in 64 bits.
    pub(crate) fn as_u64(&self) -> Option<u64> {
        match self {
            Self::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The value of `key` when this is an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.as_object()?.get(key)
    }
}

/// Just enough of a JSON writer for the saved copies
/// ([`to_json_feed`](super::to_json_feed)) and the lint's report.
pub(crate) struct Writer(pub(crate) String);

impl Writer {
    /// `,"key":"value"` when there is a value.
    pub(crate) fn field(&mut self, key: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.0.push(',');
            self.string(key);
            self.0.push(':');
            self.string(value);
        }
    }

    /// `text` as a JSON string, quoted and escaped.
    pub(crate) fn string(&mut self, text: &str) {
        self.0.push('"');
        for c in text.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                c if u32::from(c) < 0x20 => {
                    let hex = b"0123456789abcdef";
                    let n = u32::from(c) as usize;
                    self.0.push_str("\\u00");
                    self.0.push(char::from(hex[n >> 4]));
                    self.0.push(char::from(hex[n & 15]));
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }
}

/// How deep arrays and objects may nest (as `serde_json`'s default).
pub(crate) const MAX_DEPTH: usize = 128;

/// The one JSON value that makes up `text` (whitespace around it allowed);
/// `None` when `text` is not exactly that.
pub(crate) fn parse(text: &str) -> Option<Value<'_>> {
    parse_or_offset(text).ok()
}

/// [`parse`], or the byte offset where the text stops being JSON (for a
/// line and column editors can find).
pub(crate) fn parse_or_offset(text: &str) -> Result<Value<'_>, usize> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let value = parser.value();
    parser.skip_ws();
    match value {
        Some(value) if parser.pos == text.len() => Ok(value),
        _ => Err(parser.pos.min(text.len())),
    }
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    // Called for every byte: inlined even in a size-optimised build.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Consumes `word` (`true`, `null`…) or fails.
    fn word(&mut self, word: &str, value: Value<'a>) -> Option<Value<'a>> {
        let end = self.pos + word.len();
        (self.text.get(self.pos..end) == Some(word)).then(|| {
            self.pos = end;
            value
        })
    }

    fn value(&mut self) -> Option<Value<'a>> {
        self.skip_ws();
        match self.peek()? {
            b'"' => self.string().map(Value::String),
            b'{' => self.nested(Self::object),
            b'[' => self.nested(Self::array),
            b't' => self.word("true", Value::Bool(true)),
            b'f' => self.word("false", Value::Bool(false)),
            b'n' => self.word("null", Value::Null),
            _ => self.number(),
        }
    }

    /// A container, one level deeper; refused past [`MAX_DEPTH`].
    fn nested(&mut self, read: fn(&mut Self) -> Option<Value<'a>>) -> Option<Value<'a>> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        self.pos += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    /// After `{`.
    fn object(&mut self) -> Option<Value<'a>> {
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Some(Value::Object(Object(members)));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return None;
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return None;
            }
            self.pos += 1;
            members.push((key, self.value()?));
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    return Some(Value::Object(Object(members)));
                }
                _ => return None,
            }
        }
    }

    /// After `[`.
    fn array(&mut self) -> Option<Value<'a>> {
        let mut elements = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Some(Value::Array(elements));
        }
        loop {
            elements.push(self.value()?);
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    return Some(Value::Array(elements));
                }
                _ => return None,
            }
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as text.
    fn number(&mut self) -> Option<Value<'a>> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek()? {
            b'0' => self.pos += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.required_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            self.required_digits()?;
        }
        Some(Value::Number(&self.text[start..self.pos]))
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
    }

    fn required_digits(&mut self) -> Option<()> {
        let start = self.pos;
        self.digits();
        (self.pos > start).then_some(())
    }

    /// On the opening `"`: the unescaped string, borrowed when it has no
    /// escapes.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        self.pos += 1;
        let first = self.pos;
        // Filled only once an escape shows up; until then the text is borrowed.
        let mut out: Option<String> = None;
        loop {
            let start = self.pos;
            self.pos += self.bytes[start..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(self.bytes.len() - start);
            // Stops only at ASCII bytes, so these are character boundaries.
            let run = &self.text[start..self.pos];
            match self.peek()? {
                b'"' => {
                    self.pos += 1;
                    return Some(match out {
                        None => Cow::Borrowed(&self.text[first..self.pos - 1]),
                        Some(mut out) => {
                            out.push_str(run);
                            Cow::Owned(out)
                        }
                    });
                }
                b'\\' => {
                    let out = out.get_or_insert_with(String::new);
                    out.push_str(run);
                    self.pos += 1;
                    let escaped = self.peek()?;
                    self.pos += 1;
                    let c = match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return None,
                    };
                    out.push(c);
                }
                // A control character: JSON requires it escaped.
                _ => return None,
            }
        }
    }

    /// After `\u`: one character, joining a surrogate pair; a lone
    /// surrogate is U+FFFD.
    fn unicode_escape(&mut self) -> Option<char> {
        let high = self.hex4()?;
        if !(0xD800..0xDC00).contains(&high) {
            return Some(char::from_u32(high).unwrap_or('\u{FFFD}'));
        }
        if self.text.get(self.pos..self.pos + 2) == Some("\\u") {
            let save = self.pos;
            self.pos += 2;
            let low = self.hex4()?;
            if (0xDC00..0xE000).contains(&low) {
                let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                return char::from_u32(code);
            }
            self.pos = save;
        }
        Some('\u{FFFD}')
    }

    fn hex4(&mut self) -> Option<u32> {
        let hex = self.text.get(self.pos..self.pos + 4)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.pos += 4;
        u32::from_str_radix(hex, 16).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_DEPTH, Object, Value, parse};

    fn string(s: &str) -> Value<'_> {
        Value::String(s.into())
    }

    #[test]
    fn scalars() {
        assert_eq!(parse(" null "), Some(Value::Null));
        assert_eq!(parse("true"), Some(Value::Bool(true)));
        assert_eq!(parse("false"), Some(Value::Bool(false)));
        assert_eq!(parse(r#""a""#), Some(string("a")));
    }

    #[test]
    fn numbers_keep_their_text() {
        for n in ["0", "-0", "42", "-1.5", "1e400", "2.5E-3", "1E+2"] {
            assert_eq!(parse(n), Some(Value::Number(n)), "{n}");
        }
        for bad in ["01", "+1", "1.", ".5", "1e", "-", "0x1", "1.e3", "NaN"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn as_u64_only_for_integers() {
        assert_eq!(parse("1234").unwrap().as_u64(), Some(1234));
        assert_eq!(parse("1.5").unwrap().as_u64(), None);
        assert_eq!(parse("-1").unwrap().as_u64(), None);
    }

    #[test]
    fn escapes() {
        assert_eq!(
            parse(r#""\"\\\/\b\f\n\r\t\u0041\u00e9\u041f""#),
            Some(string("\"\\/\u{8}\u{c}\n\r\tAéП"))
        );
    }

    #[test]
    fn surrogate_pairs_and_lone_surrogates() {
        assert_eq!(parse(r#""\ud83d\ude00""#), Some(string("😀")));
        assert_eq!(parse(r#""\ud83d x""#), Some(string("\u{FFFD} x")));
        assert_eq!(parse(r#""\ude00""#), Some(string("\u{FFFD}")));
        assert_eq!(parse(r#""\ud83d\u0041""#), Some(string("\u{FFFD}A")));
    }

    #[test]
    fn bad_strings() {
        for bad in [r#""abc"#, r#""\x""#, r#""\u12""#, "\"a\nb\"", r#""\u12G4""#] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn utf8_passes_through() {
        assert_eq!(parse("\"Новости — ☃\""), Some(string("Новости — ☃")));
    }

    #[test]
    fn containers() {
        let value = parse(r#" { "a" : [1, {"b": null}], "c": "d", "a": true } "#).unwrap();
        assert_eq!(
            value.get("a"),
            Some(&Value::Bool(true)),
            "the last duplicate wins"
        );
        assert_eq!(value.get("c").and_then(Value::as_str), Some("d"));
        assert_eq!(parse("[]"), Some(Value::Array(vec![])));
        assert_eq!(parse("{}"), Some(Value::Object(Object::default())));
    }

    #[test]
    fn bad_containers() {
        for bad in [
            "[1,]",
            "[1 2]",
            "{\"a\"}",
            "{\"a\":1,}",
            "{a:1}",
            "[",
            "{",
            "[1]]",
            "{} x",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn depth_is_bounded() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_some());
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        assert_eq!(parse(&deep), None);
    }

    #[test]
    fn agrees_with_serde_json_on_valid_documents() {
        let text = include_str!("../../tests/fixtures/jsonfeed-full.json");
        let ours = parse(text).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            ours.get("items").and_then(Value::as_array).map(Vec::len),
            theirs["items"].as_array().map(Vec::len)
        );
        assert_eq!(
            ours.get("title").and_then(Value::as_str),
            theirs["title"].as_str()
        );
    }
}
