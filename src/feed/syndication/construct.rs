//! Atom's typed text: a text construct (`title`, `summary`) or `content`
//! is plain text, HTML or XHTML by its `type`, and in Atom 0.3 may be
//! base64 (`mode="base64"`). An odd `type` costs that field, never the entry.

use super::xml::{self, Mode, Tag, XmlError};
use super::{html_to_text, non_empty, normalize_whitespace};

/// A text construct as plain text. Any `type` is read: one a title should
/// not have (`""`, `application/octet-stream`) is taken as text.
pub(super) fn text_construct(
    xml: &mut xml::Reader<'_>,
    tag: &Tag<'_>,
) -> Result<Option<String>, XmlError> {
    Ok(raw_construct(xml, tag, true)?.and_then(construct_text))
}

/// A construct as read, with how to read it. A `type` that is no text
/// (`image/png`: a picture, not words) is `None`, unless `any_type`.
pub(super) fn raw_construct(
    xml: &mut xml::Reader<'_>,
    tag: &Tag<'_>,
    any_type: bool,
) -> Result<Option<(String, Mode)>, XmlError> {
    let mode = match tag.attr("type").as_deref().map(str::trim) {
        None | Some("" | "text") => Mode::Plain,
        Some("html" | "text/html") => Mode::Html,
        Some("xhtml" | "application/xhtml+xml") => Mode::Xhtml,
        Some(mime) if mime.starts_with("text/") || any_type => Mode::Plain,
        Some(_) => return xml.skip().map(|()| None),
    };
    if tag.attr("mode").is_some_and(|m| m.trim() == "base64") {
        let encoded = xml.content(Mode::Plain)?;
        // Decoded XHTML is markup in a string, as HTML is.
        let mode = if mode == Mode::Plain {
            mode
        } else {
            Mode::Html
        };
        return Ok(
            base64(&encoded).map(|bytes| (String::from_utf8_lossy(&bytes).into_owned(), mode))
        );
    }
    Ok(Some((xml.content(mode)?, mode)))
}

/// Text as read → plain text: HTML reduced to its text, whitespace folded.
pub(super) fn construct_text((text, mode): (String, Mode)) -> Option<String> {
    non_empty(match mode {
        Mode::Plain => normalize_whitespace(&text),
        Mode::Html | Mode::Xhtml => html_to_text(&text),
    })
}

/// Standard base64 (RFC 4648 §4), whitespace ignored, padding optional;
/// `None` for any other character.
fn base64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut bits, mut count) = (0u32, 0);
    for b in text
        .bytes()
        .filter(|b| !b.is_ascii_whitespace() && *b != b'=')
    {
        let value = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        bits = (bits << 6 | u32::from(value)) & 0xFFFF;
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_rfc4648_vectors() {
        for (encoded, decoded) in [
            ("", ""),
            ("Zg==", "f"),
            ("Zm8=", "fo"),
            ("Zm9v", "foo"),
            ("Zm9vYg==", "foob"),
            ("Zm9vYmE=", "fooba"),
            ("Zm9vYmFy", "foobar"),
            (" Zm9v\nYmFy ", "foobar"),
        ] {
            assert_eq!(
                base64(encoded).as_deref(),
                Some(decoded.as_bytes()),
                "{encoded}"
            );
        }
    }

    #[test]
    fn base64_rejects_other_characters() {
        assert_eq!(base64("Zm9v!"), None);
    }
}
