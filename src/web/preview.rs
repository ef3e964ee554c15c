//! What the editors' preview page (`dist/preview.html`, built with the
//! `preview` feature) needs beyond the widget: the feed report, from the same
//! rules as `news-feed-lint`.

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
