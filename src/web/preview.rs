//! What the editors' preview page (`dist/preview.html`, built with the
//! `preview` feature) needs beyond the widget: the feed report, from the same
//! rules as `news-feed-lint`, and a file's text decoded as the widget would.

use wasm_bindgen::prelude::*;

use crate::lint::{lint, to_json};

/// The feed report for `text` as JSON (see [`crate::lint::to_json`]), with
/// explanations in Russian when `lang` starts with `ru`, else English.
#[wasm_bindgen]
pub fn lint_report(text: &str, lang: &str) -> String {
    to_json(
        &lint(text.as_bytes(), js_sys::Date::now() as i64),
        lang.starts_with("ru"),
    )
}

/// The text of a feed file the editor loaded or picked, decoded in the
/// charset it declares (Content-Type, else the XML declaration: windows-1251
/// is common), exactly as the widget decodes a download.
#[wasm_bindgen]
pub fn decode_feed(bytes: &[u8], content_type: Option<String>) -> String {
    super::fetch::decode(bytes, content_type.as_deref())
}
