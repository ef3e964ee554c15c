//! The space the loader reserved for a widget before it rendered: lifted
//! once the widget shows something, and the height it then takes is
//! remembered so the next visit reserves exactly that (see
//! [`crate::reserve`]). Together they keep the host page's text from
//! jumping when the news arrive.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

use super::storage;
use crate::reserve;

/// Lifts the reservation on the host of `inside` (an element of the
/// widget's shadow tree) and, for a feed shown (`feed_url`), remembers the
/// host's own height at its width. Nothing is remembered for an error, or
/// for a host that is not displayed.
pub fn release(inside: &Element, feed_url: Option<&str>) {
    let Some(host) = host_of(inside) else {
        return;
    };
    let _ = host.style().remove_property(reserve::PROPERTY);
    let Some(url) = feed_url else {
        return;
    };
    skip_list_off_screen(inside);
    skip_root_off_screen(inside);
    remember(&host, url);
}

/// The host element of the shadow tree `inside` is in.
fn host_of(inside: &Element) -> Option<HtmlElement> {
    inside
        .get_root_node()
        .dyn_into::<ShadowRoot>()
        .ok()
        .and_then(|root| root.host().dyn_into::<HtmlElement>().ok())
}

fn remember(host: &HtmlElement, url: &str) {
    let rect = host.get_bounding_client_rect();
    let (width, height) = (rect.width().round(), rect.height().ceil());
    if width < 1.0 || height < 1.0 {
        return;
    }
    let old = storage::read(reserve::KEY).unwrap_or_default();
    if let Some(text) = reserve::remember(&old, url, width as u32, height as u32) {
        storage::write(reserve::KEY, &text);
    }
}

/// From now on the browser may skip the whole widget while it is out of
/// sight: with ten widgets of 100 items, a setting then restyles the
/// widgets on screen only, not every other one's header, status and list
/// box. It is the `.nw` root that is skipped, not the host, whose
/// containment would clip a site's `::part(widget)` shadow and pull that
/// part's margins inside the placeholder. The placeholder is the root's
/// content height (without its padding and border), measured in this
/// frame before it is painted, so a root that becomes skipped keeps its
/// size exactly.
fn skip_root_off_screen(root: &Element) {
    let Some(root) = root.dyn_ref::<HtmlElement>() else {
        return;
    };
    let Some(computed) = web_sys::window().and_then(|w| w.get_computed_style(root).ok().flatten())
    else {
        return;
    };
    // The computed lengths are `<n>px`; JavaScript's own parseFloat reads
    // them, as std's float parsing would add kilobytes.
    let length =
        |name: &str| js_sys::parse_float(&computed.get_property_value(name).unwrap_or_default());
    let content = root.get_bounding_client_rect().height()
        - length("padding-top")
        - length("padding-bottom")
        - length("border-top-width")
        - length("border-bottom-width");
    // NaN (a length that did not read as a number) is not above 1 either.
    if content.is_nan() || content < 1.0 {
        return;
    }
    let style = root.style();
    let placeholder = ["auto ", &reserve::css_px(content), "px"].concat();
    let _ = style.set_property("contain-intrinsic-block-size", &placeholder);
    let _ = style.set_property("content-visibility", "auto");
}

/// From now on the browser may skip the whole list while it is out of
/// sight (`content-visibility: auto`), so a setting changed by the reader
/// restyles only the widgets on screen (a 1,000-item page: 24 → 12 ms).
/// The placeholder is the list's height right now, in this frame before
/// it is painted: a list that becomes skipped keeps exactly its size, and
/// the page does not move.
fn skip_list_off_screen(inside: &Element) {
    let Ok(Some(list)) = inside.query_selector(".nw-list") else {
        return;
    };
    let Ok(list) = list.dyn_into::<HtmlElement>() else {
        return;
    };
    let height = list.get_bounding_client_rect().height();
    if height < 1.0 {
        return;
    }
    let style = list.style();
    let placeholder = ["auto ", &reserve::css_px(height), "px"].concat();
    let _ = style.set_property("contain-intrinsic-block-size", &placeholder);
    let _ = style.set_property("content-visibility", "auto");
    // And its items, each on its own (widget.css): the placeholder of each
    // item listed now is its own height (the first layout with
    // `content-visibility` takes every item for a placeholder for a
    // moment), and of those listed later the average.
    let items = list.children();
    let mut total = 0.0;
    for item in (0..items.length()).filter_map(|i| items.item(i)) {
        // The placeholder is a content height: the article's, without the
        // item's padding and separator.
        let own = item
            .first_element_child()
            .map_or(0.0, |article| article.get_bounding_client_rect().height());
        total += own;
        if let Ok(item) = item.dyn_into::<HtmlElement>() {
            let size = ["auto ", &reserve::css_px(own), "px"].concat();
            let _ = item
                .style()
                .set_property("contain-intrinsic-block-size", &size);
        }
    }
    let average = total / f64::from(items.length().max(1));
    let _ = style.set_property(
        "--nw-item-size",
        &[&reserve::css_px(average), "px"].concat(),
    );
    let _ = list.set_attribute("data-skip", "");
}
