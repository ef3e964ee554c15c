//! The outline of a JSON document without parsing its values: where the
//! top-level object's members and an array's elements start and end.
//!
//! Why: the feed reader parses one item at a time (so a 20,000-item feed
//! never blocks the page, and one broken item never hides the others), and
//! it parses each into a [`Value`](super::json::Value) tree then.

use std::ops::Range;

use super::{MAX_ENTRIES, ParseError, Syntax};

/// The members of the object that makes up `text`: each key (unescaped
/// when needed) with the byte range of its value.
pub(super) fn object_members(text: &str) -> Result<Vec<(String, Range<usize>)>, ParseError> {
    let bytes = text.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    if bytes.get(pos) != Some(&b'{') {
        return Err(ParseError::NotAFeed);
    }
    pos = skip_ws(bytes, pos + 1);
    let mut members = Vec::new();
    if bytes.get(pos) == Some(&b'}') {
        return Ok(members);
    }
    loop {
        if bytes.get(pos) != Some(&b'"') {
            return Err(syntax_error(text, pos));
        }
        let key_end = skip_string(bytes, pos).ok_or_else(|| syntax_error(text, pos))?;
        let raw_key = &text[pos + 1..key_end - 1];
        let key = match raw_key.contains('\\') {
            true => super::json::parse(&text[pos..key_end])
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            false => raw_key.to_owned(),
        };
        pos = skip_ws(bytes, key_end);
        if bytes.get(pos) != Some(&b':') {
            return Err(syntax_error(text, pos));
        }
        let start = skip_ws(bytes, pos + 1);
        let end = skip_value(bytes, start).ok_or_else(|| syntax_error(text, start))?;
        members.push((key, start..end));
        pos = skip_ws(bytes, end);
        match bytes.get(pos) {
            Some(b',') => pos = skip_ws(bytes, pos + 1),
            Some(b'}') => return Ok(members),
            _ => return Err(syntax_error(text, pos)),
        }
    }
}

/// The byte ranges of the elements of the array at `range` of `text`;
/// `None` when the value there is not an array.
pub(super) fn array_elements(
    text: &str,
    range: Range<usize>,
) -> Option<Result<Vec<Range<usize>>, ParseError>> {
    let bytes = &text.as_bytes()[..range.end];
    let mut pos = skip_ws(bytes, range.start);
    if bytes.get(pos) != Some(&b'[') {
        return None;
    }
    pos = skip_ws(bytes, pos + 1);
    let mut elements = Vec::new();
    if bytes.get(pos) == Some(&b']') {
        return Some(Ok(elements));
    }
    loop {
        if elements.len() == MAX_ENTRIES {
            return Some(Ok(elements));
        }
        let Some(end) = skip_value(bytes, pos) else {
            return Some(Err(syntax_error(text, pos)));
        };
        elements.push(pos..end);
        pos = skip_ws(bytes, end);
        match bytes.get(pos) {
            Some(b',') => pos = skip_ws(bytes, pos + 1),
            Some(b']') => return Some(Ok(elements)),
            _ => return Some(Err(syntax_error(text, pos))),
        }
    }
}

fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
    while bytes
        .get(pos)
        .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        pos += 1;
    }
    pos
}

/// End (exclusive) of the string starting at `pos` (on its `"`).
fn skip_string(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut i = pos + 1;
    loop {
        i += bytes
            .get(i..)?
            .iter()
            .position(|&b| b == b'"' || b == b'\\')?;
        match bytes[i] {
            b'"' => return Some(i + 1),
            _ => i += 2,
        }
    }
}

/// End (exclusive) of the value starting at `pos`. Containers are matched
/// by depth only (no recursion, so deep nesting cannot overflow the
/// stack); their content is checked later, by [`super::json`], item by item.
fn skip_value(bytes: &[u8], pos: usize) -> Option<usize> {
    match bytes.get(pos)? {
        b'"' => skip_string(bytes, pos),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = pos;
            loop {
                match bytes.get(i)? {
                    b'"' => {
                        i = skip_string(bytes, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        _ => {
            let len = bytes[pos..]
                .iter()
                .position(|b| matches!(b, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r'))
                .unwrap_or(bytes.len() - pos);
            (len > 0).then_some(pos + len)
        }
    }
}

/// A syntax error at byte `pos`, as 1-based line and column (in characters).
/// The JSON syntax error at byte `pos` of `text`, with its line and column.
pub(crate) fn syntax_error(text: &str, pos: usize) -> ParseError {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    let before = &text[..pos];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    ParseError::Syntax {
        syntax: Syntax::Json,
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn members(text: &str) -> Vec<(String, &str)> {
        object_members(text)
            .unwrap()
            .into_iter()
            .map(|(k, r)| (k, &text[r]))
            .collect()
    }

    fn elements(text: &str) -> Vec<&str> {
        array_elements(text, 0..text.len())
            .unwrap()
            .unwrap()
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn members_of_object() {
        assert_eq!(
            members(r#" { "a" : 1 , "b":[1,{"c":"}"}], "d":"x\"y" } "#),
            [
                ("a".into(), "1"),
                ("b".into(), r#"[1,{"c":"}"}]"#),
                ("d".into(), r#""x\"y""#)
            ]
        );
    }
    #[test]
    fn escaped_key() {
        assert_eq!(members(r#"{"it\u0065ms":[]}"#)[0].0, "items");
    }
    #[test]
    fn empty_object() {
        assert!(members("{}").is_empty());
    }
    #[test]
    fn not_an_object() {
        assert_eq!(object_members("42"), Err(ParseError::NotAFeed));
    }
    #[test]
    fn truncated_object() {
        assert_eq!(
            object_members("{\n  \"items\": [{\"id\":"),
            Err(ParseError::Syntax {
                syntax: Syntax::Json,
                line: 2,
                column: 12
            })
        );
    }
    #[test]
    fn missing_comma() {
        assert!(matches!(
            object_members(r#"{"a":1 "b":2}"#),
            Err(ParseError::Syntax { column: 8, .. })
        ));
    }
    #[test]
    fn elements_of_array() {
        assert_eq!(
            elements(r#"[ {"a":[1,2]}, "s", null ,3.5e2]"#),
            [r#"{"a":[1,2]}"#, r#""s""#, "null", "3.5e2"]
        );
    }
    #[test]
    fn empty_array() {
        assert!(elements(" [ ] ").is_empty());
    }
    #[test]
    fn not_an_array() {
        assert!(array_elements("{}", 0..2).is_none());
    }
    #[test]
    fn deep_nesting_does_not_recurse() {
        let deep = format!("[{}{}]", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(elements(&deep).len(), 1);
    }
    #[test]
    fn close_without_open_is_an_error() {
        assert!(object_members(r#"{"a":]}"#).is_err());
        assert!(array_elements("[1,]]", 0..5).unwrap().is_err());
    }
    #[test]
    fn error_column_counts_characters() {
        assert!(matches!(
            object_members(r#"{"заголовок" 1}"#),
            Err(ParseError::Syntax { column: 14, .. })
        ));
    }
}
