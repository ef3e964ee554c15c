//! Putting a widget on a host page: the open shadow root, the stylesheet
//! adopted into it, and the Leptos mount. The loader script
//! (`public/news-widget.js`) finds the hosts and calls [`mount`].

use std::any::Any;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use super::reader_prefs::apply_host_request;
use super::widget::NewsWidget;
use crate::i18n::{Locale, Msg, Overrides};
use crate::options::Options;

/// The widget's CSS (`style/*.css`, minified by build.rs), compiled in so it
/// needs no extra request and applies under a Content-Security-Policy that
/// forbids inline `<style>`.
const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

thread_local! {
    /// One constructed stylesheet shared by every widget on the page.
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(STYLESHEET).is_ok());
}

/// A mounted widget. The loader keeps it while the host is in the page and
/// calls `free()` when the host leaves, which unmounts the widget.
#[wasm_bindgen]
pub struct WidgetHandle {
    _mounted: Box<dyn Any>,
}

/// Renders a widget inside `host`'s open shadow root (created if needed,
/// emptied if reused). Options are read from `config`'s attributes named
/// `prefix` + option name: `data-feed` on a script or div, `feed` on
/// `<news-widget>`.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, config: Element, prefix: String) -> Result<WidgetHandle, JsValue> {
    let attribute = |name: &str| config.get_attribute(&[&prefix, name].concat());
    let options = Options::from_attributes(attribute);
    let (font_scale, contrast) = (attribute("font-scale"), attribute("contrast"));
    if font_scale.is_some() || contrast.is_some() {
        apply_host_request(font_scale.as_deref(), contrast.as_deref());
    }
    let locale = available(negotiate_locale(options.lang.as_deref(), &host))
        .with_overrides(site_texts(&attribute));
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    shadow.replace_children_with_node_0();
    SHEET.with(|sheet| {
        if let Some(sheet) = sheet {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
        }
    });
    let document = host.owner_document().ok_or("host is not in a document")?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_class_name("nw-mount");
    if let Some(family) = host_font_family(&host) {
        container.style().set_property("--nw-host-font", &family)?;
    }
    shadow.append_child(&container)?;
    let mounted =
        leptos::mount::mount_to(container, move || view! { <NewsWidget options locale/> });
    Ok(WidgetHandle {
        _mounted: Box::new(mounted),
    })
}

/// The locale a widget on `host` would speak, for the loader to download
/// its message file first ([`install_locale`]): the same negotiation as
/// [`mount`]. The loader guesses it before the wasm is here (to fetch in
/// parallel); this answer is the one that counts.
#[wasm_bindgen]
pub fn locale_for(host: &HtmlElement, config: &Element, prefix: &str) -> String {
    let requested = config.get_attribute(&[prefix, "lang"].concat());
    negotiate_locale(requested.as_deref(), host)
        .tag()
        .to_owned()
}

/// Hands the widget a locale's message file (`locales/<tag>.txt`), which
/// the loader downloaded; `false` when it is not one (then English).
#[wasm_bindgen]
pub fn install_locale(tag: &str, text: &str) -> bool {
    crate::i18n::install(tag, text)
}

/// `locale`, or English with a console note when its messages were not
/// installed (file missing, blocked or broken): never a blank widget.
fn available(locale: Locale) -> Locale {
    if locale.is_available() {
        return locale;
    }
    web_sys::console::warn_1(
        &format!(
            "news-widget: no messages for \"{}\" (locales/{0}.txt was not loaded); showing English",
            locale.tag()
        )
        .into(),
    );
    Locale::english()
}

/// The font the host page uses where the widget stands, so the news reads
/// like the rest of the page. Read once: the `:host` rule must not inherit it
/// (see widget.css).
fn host_font_family(host: &HtmlElement) -> Option<String> {
    let parent = host.parent_element()?;
    let style = web_sys::window()?.get_computed_style(&parent).ok()??;
    style
        .get_property_value("font-family")
        .ok()
        .filter(|f| !f.is_empty())
}

/// The site's own wording for single messages: `text-<key>` attributes
/// (`data-text-retry="Обновить"`), keys as in `src/i18n/locales/en.ftl`.
/// Leaked once per widget that has any, so the locale stays `Copy`.
fn site_texts(attribute: &dyn Fn(&str) -> Option<String>) -> Overrides {
    let found: Vec<(Msg, &'static str)> = Msg::ALL
        .iter()
        .filter_map(|&msg| {
            let text = attribute(&["text-", msg.key()].concat())?;
            Some((msg, &*Box::leak(text.into_boxed_str())))
        })
        .collect();
    if found.is_empty() {
        &[]
    } else {
        Box::leak(found.into_boxed_slice())
    }
}

/// Bytes of wasm linear memory in use by the widgets on this page; the
/// benchmark (`make bench`) and support ask for it through
/// `window.__newsWidget.memoryBytes()`.
#[wasm_bindgen]
pub fn memory_bytes() -> f64 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length() as f64
}

/// `lang` option → nearest `lang` on the host or its ancestors → the
/// browser's languages → English.
fn negotiate_locale(requested: Option<&str>, host: &HtmlElement) -> Locale {
    let inherited = host
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("lang"));
    let browser: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Locale::negotiate(
        requested
            .into_iter()
            .chain(inherited.as_deref())
            .chain(browser.iter().map(String::as_str)),
    )
}
