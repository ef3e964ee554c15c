//! Component tests in headless Chromium (`cargo test --target
//! wasm32-unknown-unknown`): mount the real widget into a host element the
//! way the loader does, feed it through blob: URLs, and check the DOM a
//! reader and a screen reader get.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Promise};
use news_widget::web::embed::{WidgetHandle, install_locale, mount};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Blob, BlobPropertyBag, Element, HtmlElement, ShadowRoot, Url};

wasm_bindgen_test_configure!(run_in_browser);

const FEED: &str = r#"{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Centre news",
  "home_page_url": "https://centre.example/news/",
  "language": "ru",
  "items": [
    {"id": "old", "url": "https://centre.example/n/old", "title": "Старая новость",
     "summary": "Текст", "date_published": "2024-01-10T09:00:00+03:00"},
    {"id": "new", "url": "/n/new", "title": "Новая новость", "language": "en",
     "image": "https://centre.example/i.jpg", "_news_widget": {"image_alt": "Фото"},
     "authors": [{"name": "A"}, {"name": "B"}], "tags": ["t1", "t2"],
     "date_published": "2025-02-18T14:30:00+03:00"},
    {"id": "evil", "url": "javascript:alert(1)", "title": "<img src=x onerror=alert(1)>Злая",
     "date_published": "2023-05-01T00:00:00Z"},
    {"id": "mid", "title": "Средняя", "date_published": "2024-06-01T00:00:00Z"},
    42
  ]
}"#;

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn blob_url(body: &str) -> String {
    let options = BlobPropertyBag::new();
    options.set_type("application/json");
    let blob =
        Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(body)), &options)
            .unwrap();
    Url::create_object_url_with_blob(&blob).unwrap()
}

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

/// Every locale's message file handed over, as the loader does for the
/// languages on its page.
fn install_locales() {
    for (tag, text) in LOCALE_FILES {
        assert!(install_locale(tag, text), "{tag}");
    }
}

/// A host `div` in the page with `data-*` options, mounted like the loader does.
fn mount_with(attrs: &[(&str, &str)]) -> (HtmlElement, WidgetHandle) {
    install_locales();
    // Each test starts as a first visit: no saved copy of an earlier test's
    // feed is shown before the network answers.
    if let Ok(Some(storage)) = web_sys::window().unwrap().local_storage() {
        storage.clear().unwrap();
    }
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    for (name, value) in attrs {
        host.set_attribute(&format!("data-{name}"), value).unwrap();
    }
    document().body().unwrap().append_child(&host).unwrap();
    let handle = mount(host.clone(), host.clone().into(), "data-".into()).unwrap();
    (host, handle)
}

fn shadow(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root().expect("an open shadow root")
}

async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Waits (at most 5 s) for `selector` inside the widget.
async fn wait_for(host: &HtmlElement, selector: &str) -> Element {
    for _ in 0..500 {
        if let Some(found) = shadow(host).query_selector(selector).unwrap() {
            return found;
        }
        sleep(10).await;
    }
    panic!(
        "{selector} never appeared; widget: {}",
        shadow(host).inner_html()
    );
}

fn all(host: &HtmlElement, selector: &str) -> Vec<Element> {
    let list = shadow(host).query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn text(host: &HtmlElement, selector: &str) -> String {
    shadow(host)
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_a_labelled_region_with_items_newest_first() {
    let url = blob_url(FEED);
    let (host, _handle) = mount_with(&[("feed", &url), ("lang", "en")]);
    wait_for(&host, ".nw-list").await;
    let region = wait_for(&host, "section").await;
    assert_eq!(
        region.get_attribute("aria-labelledby").as_deref(),
        Some("nw-heading")
    );
    assert_eq!(text(&host, "#nw-heading"), "Centre news");
    assert_eq!(
        text(&host, "h2#nw-heading").len(),
        "Centre news".len(),
        "default heading level is 2"
    );
    let titles: Vec<String> = all(&host, "li.nw-item h3")
        .iter()
        .filter_map(|h| h.text_content())
        .collect();
    assert_eq!(
        titles,
        ["Новая новость", "Средняя", "Старая новость", "Злая"]
    );
    assert_eq!(
        all(&host, "ul.nw-list > li > article").len(),
        4,
        "the non-object item is skipped"
    );
}

#[wasm_bindgen_test]
async fn items_carry_time_language_links_and_image_alt() {
    let url = blob_url(FEED);
    let (host, _handle) = mount_with(&[("feed", &url), ("lang", "en")]);
    wait_for(&host, ".nw-list").await;
    let time = wait_for(&host, "article time").await;
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2025-02-18T11:30:00Z")
    );
    assert!(
        time.text_content().unwrap().contains("2025"),
        "{:?}",
        time.text_content()
    );
    assert_eq!(
        wait_for(&host, ".nw-list")
            .await
            .get_attribute("lang")
            .as_deref(),
        Some("ru")
    );
    let first = wait_for(&host, "article").await;
    assert_eq!(
        first.get_attribute("lang").as_deref(),
        Some("en"),
        "item language wins"
    );
    // A relative link resolves against the feed URL (a blob: URL here is not
    // http, so it must not become a link); an absolute https one is kept.
    let links: Vec<String> = all(&host, "article h3 a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(
        links,
        ["https://centre.example/n/old"],
        "javascript: and non-http URLs never become links"
    );
    let img = wait_for(&host, "img.nw-image").await;
    assert_eq!(img.get_attribute("alt").as_deref(), Some("Фото"));
    assert_eq!(text(&host, ".nw-authors"), "Authors: A and B");
    assert_eq!(all(&host, "ul.nw-tags > li").len(), 2);
    assert!(
        shadow(&host)
            .query_selector("article img[onerror], article script")
            .unwrap()
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn options_limit_items_set_heading_and_hide_images() {
    let url = blob_url(FEED);
    let (host, _handle) = mount_with(&[
        ("feed", &url),
        ("max-items", "2"),
        ("heading", "Our news"),
        ("heading-level", "4"),
        ("images", "hide"),
    ]);
    wait_for(&host, ".nw-list").await;
    assert_eq!(text(&host, "h4#nw-heading"), "Our news");
    assert_eq!(all(&host, "article h5").len(), 2);
    assert!(all(&host, "img").is_empty());
}

#[wasm_bindgen_test]
async fn russian_ui_announces_count_with_russian_plural() {
    let url = blob_url(FEED);
    let (host, _handle) = mount_with(&[("feed", &url), ("lang", "ru-RU"), ("max-items", "2")]);
    wait_for(&host, ".nw-list").await;
    assert_eq!(text(&host, "[role=status]"), "2 новости");
    assert_eq!(
        wait_for(&host, "section")
            .await
            .get_attribute("lang")
            .as_deref(),
        Some("ru")
    );
    assert!(text(&host, ".nw-more a").contains("Все новости"));
}

#[wasm_bindgen_test]
async fn lang_is_inherited_from_the_nearest_ancestor() {
    let wrapper = document().create_element("div").unwrap();
    wrapper.set_attribute("lang", "ru").unwrap();
    document().body().unwrap().append_child(&wrapper).unwrap();
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.set_attribute("data-feed", &blob_url(r#"{"items":[]}"#))
        .unwrap();
    wrapper.append_child(&host).unwrap();
    install_locales();
    let _handle = mount(host.clone(), host.clone().into(), "data-".into()).unwrap();
    assert_eq!(
        wait_for(&host, ".nw-empty").await.text_content().as_deref(),
        Some("Новостей пока нет.")
    );
}

#[wasm_bindgen_test]
async fn loading_is_announced_politely_at_first() {
    let url = blob_url(FEED);
    let (host, _handle) = mount_with(&[("feed", &url), ("lang", "en")]);
    let status = wait_for(&host, "[role=status]").await;
    assert_eq!(
        status.text_content().as_deref(),
        Some(""),
        "empty at first, so the change is announced"
    );
    wait_for(&host, "[role=status]:not(:empty)").await;
    wait_for(&host, ".nw-list").await;
    assert_eq!(text(&host, "[role=status]"), "4 news items");
}

#[wasm_bindgen_test]
async fn missing_feed_says_so_without_retry() {
    let (host, _handle) = mount_with(&[("lang", "en")]);
    let error = wait_for(&host, ".nw-error[role=alert]").await;
    assert!(
        error.text_content().unwrap().contains("not set up"),
        "{:?}",
        error.text_content()
    );
    assert!(all(&host, ".nw-error button").is_empty());
}

#[wasm_bindgen_test]
async fn not_a_feed_offers_retry_and_retry_loads_again() {
    let url = blob_url("<!doctype html><p>Bad gateway</p>");
    let (host, _handle) = mount_with(&[("feed", &url), ("lang", "en")]);
    let error = wait_for(&host, ".nw-error").await;
    assert!(
        error
            .text_content()
            .unwrap()
            .contains("damaged or in an unknown format")
    );
    let button: HtmlElement = wait_for(&host, ".nw-error button").await.unchecked_into();
    assert_eq!(button.text_content().as_deref(), Some("Try again"));
    button.click();
    // Focus stays in the widget (on its heading) while it loads again.
    let focused = shadow(&host).active_element().map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("nw-heading"));
    // It really loads again: the old error leaves the page (replaced by the
    // loading state), and a new one comes back from the second attempt.
    for _ in 0..500 {
        if !error.is_connected() {
            break;
        }
        sleep(2).await;
    }
    assert!(!error.is_connected(), "retry never replaced the error");
    wait_for(&host, ".nw-error button").await;
}

#[wasm_bindgen_test]
async fn unreachable_feed_is_a_network_error() {
    let url = blob_url(FEED);
    Url::revoke_object_url(&url).unwrap();
    let (host, _handle) = mount_with(&[("feed", &url), ("lang", "en")]);
    let error = wait_for(&host, ".nw-error").await;
    assert!(
        error
            .text_content()
            .unwrap()
            .contains("could not be reached"),
        "{:?}",
        error.text_content()
    );
}

#[wasm_bindgen_test]
async fn empty_feed_has_a_message() {
    let (host, _handle) = mount_with(&[("feed", &blob_url(r#"{"items":[]}"#)), ("lang", "en")]);
    assert_eq!(
        wait_for(&host, ".nw-empty").await.text_content().as_deref(),
        Some("There is no news yet.")
    );
}

#[wasm_bindgen_test]
async fn freeing_the_handle_unmounts() {
    let (host, handle) = mount_with(&[("feed", &blob_url(FEED)), ("lang", "en")]);
    wait_for(&host, ".nw-list").await;
    drop(handle);
    assert!(shadow(&host).query_selector("section").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn stylesheet_is_adopted_not_inlined() {
    let (host, _handle) = mount_with(&[("feed", &blob_url(FEED))]);
    wait_for(&host, ".nw-list").await;
    assert_eq!(shadow(&host).adopted_style_sheets().length(), 1);
    assert!(all(&host, "style").is_empty());
}
