//! What the editors' preview page (`dist/preview.html`, built with the
//! `preview` feature) needs beyond the widget: the feed report, from the same
//! rules as `news-feed-lint`, and a file's text decoded as the widget would.

use wasm_bindgen::JsCast;
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

/// The contrast guard's findings for the widget mounted in `host`, as JSON
/// (`[{"property":"--news-widget-link","value":"#9cf","ratio":"1.6:1"}]`):
/// the same check, and the same words, as the console warning on a site.
#[wasm_bindgen]
pub fn theme_report(host: &web_sys::Element) -> String {
    let Some(section) = host
        .shadow_root()
        .and_then(|root| root.query_selector(".nw").ok().flatten())
    else {
        return "[]".into();
    };
    let section: web_sys::HtmlElement = section.unchecked_into();
    let findings = super::theme::guard(&section);
    let style = web_sys::window().and_then(|w| w.get_computed_style(host).ok().flatten());
    let mut out = crate::feed::json::Writer(String::from("["));
    for (i, finding) in findings.iter().enumerate() {
        let property = ["--news-widget-", finding.role.name()].concat();
        let value = style
            .as_ref()
            .and_then(|s| s.get_property_value(&property).ok())
            .unwrap_or_default();
        out.0.push_str(if i > 0 {
            ",{\"property\":"
        } else {
            "{\"property\":"
        });
        out.string(&property);
        out.field("value", Some(value.trim()));
        out.field("ratio", Some(&crate::contrast::ratio_text(finding.ratio)));
        out.0.push('}');
    }
    out.0.push(']');
    out.0
}
