//! A small XML pull reader for feeds (stub: being written).

/// The `encoding` of an XML declaration, lowercased.
pub(super) fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = std::str::from_utf8(&bytes[..bytes.len().min(200)]).ok()?;
    let decl = head.trim_start().strip_prefix("<?xml")?;
    let decl = &decl[..decl.find("?>")?];
    let at = decl.find("encoding")?;
    let rest = decl[at + 8..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    Some(value[..value.find(quote)?].trim().to_ascii_lowercase())
}
