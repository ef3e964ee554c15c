//! Which feed URLs may become links and images: only `http:` and `https:`,
//! after the browser's own URL parser has resolved them, so obfuscations
//! like `java\tscript:` or `JAVASCRIPT:` are judged exactly as a click would.

use web_sys::Url;

/// Resolves `raw` against `base` and returns the absolute URL when its
/// scheme is http or https; anything else (`javascript:`, `data:`, junk) is
/// `None`, and the caller renders plain text instead of a link.
pub fn safe_http_url(raw: &str, base: &str) -> Option<String> {
    let url = Url::new_with_base(raw, base).ok()?;
    matches!(url.protocol().as_str(), "http:" | "https:").then(|| url.href())
}

/// The document's base URL, against which a relative feed address resolves.
pub fn document_base() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default()
}

/// Resolves the site's `feed` address against the page. The admin wrote it,
/// so besides http(s) a `blob:` URL (made by the preview page or tests) is
/// accepted; anything that `fetch` cannot read is `None`.
pub fn feed_url(raw: &str) -> Option<String> {
    let url = Url::new_with_base(raw, &document_base()).ok()?;
    matches!(url.protocol().as_str(), "http:" | "https:" | "blob:").then(|| url.href())
}
