//! Getting a feed over the network: one GET per feed URL at a time for the
//! whole page, a time limit, the failure kind named, the response decoded
//! in its declared charset and parsed in slices that leave the page
//! responsive. The last good copy is saved for when the network fails.

use std::cell::RefCell;
use std::sync::Arc;

use futures::FutureExt;
use futures::future::{LocalBoxFuture, Shared};
use gloo_net::http::Request;
use wasm_bindgen::JsCast;
use web_sys::{AbortSignal, RequestMode};

use super::storage;
use crate::feed::{self, Feed, ParseError, Reader};
use crate::load::LoadError;
use crate::saved;

/// What every widget showing one feed URL waits on.
type Load = Shared<LocalBoxFuture<'static, Result<Arc<Feed>, LoadError>>>;

thread_local! {
    /// Requests in flight (and good results for a few seconds), by URL:
    /// widgets with the same feed share one.
    static IN_FLIGHT: RefCell<Vec<(String, Load)>> = const { RefCell::new(Vec::new()) };
}

/// Longest stretch of parsing before the browser gets the main thread back
/// (a frame at 60 Hz is 16 ms; input handling needs some of it).
const SLICE_MS: f64 = 8.0;

/// The feed at `url` (absolute). Widgets asking for the same URL while a
/// request is in flight get its result instead of a second request. A
/// successful load is saved for [`saved_copy`].
pub fn load_feed(url: &str, timeout_ms: u32) -> Load {
    // A page has a handful of feed URLs: a list beats a hash map in bytes.
    if let Some(load) = IN_FLIGHT.with(|list| {
        list.borrow()
            .iter()
            .find(|(key, _)| key == url)
            .map(|(_, load)| load.clone())
    }) {
        return load;
    }
    let key = url.to_owned();
    let load = async move {
        let result = fetch_feed(&key, timeout_ms).await.map(Arc::new);
        match &result {
            // Widgets mounting a moment later (a page builder adding
            // blocks) still share it; a refresh comes much later.
            Ok(feed) => {
                save_copy(&key, feed);
                forget_later(key, SHARE_RESULT_MS);
            }
            // A failure is not kept: "Try again" must really try.
            Err(_) => forget(&key),
        }
        result
    }
    .boxed_local()
    .shared();
    IN_FLIGHT.with(|list| list.borrow_mut().push((url.to_owned(), load.clone())));
    load
}

/// How long a good result is handed to widgets that ask for the same URL.
const SHARE_RESULT_MS: i32 = 10_000;

fn forget(url: &str) {
    IN_FLIGHT.with(|list| list.borrow_mut().retain(|(key, _)| key != url));
}

fn forget_later(url: String, delay_ms: i32) {
    let later = wasm_bindgen::closure::Closure::once_into_js(move || forget(&url));
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), delay_ms);
    }
}

/// The last good copy of the feed at `url` and when it was fetched.
pub fn saved_copy(url: &str) -> Option<(i64, Feed)> {
    saved::decode(&storage::read(&saved::storage_key(url))?)
}

fn save_copy(url: &str, feed: &Feed) {
    // The preview's pasted feeds live at one-off blob: URLs: nothing to keep.
    if url.starts_with("blob:") {
        return;
    }
    if let Some(text) = saved::encode(feed, js_sys::Date::now() as i64) {
        storage::write(&saved::storage_key(url), &text);
    }
}

async fn fetch_feed(url: &str, timeout_ms: u32) -> Result<Feed, LoadError> {
    if is_offline() {
        return Err(LoadError::Offline);
    }
    let response = match Request::get(url)
        .abort_signal(timeout_signal(timeout_ms).as_ref())
        .send()
        .await
    {
        Ok(response) => response,
        Err(error) => return Err(classify(error, url, timeout_ms).await),
    };
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let content_type = response.headers().get("content-type");
    let announced = response
        .headers()
        .get("content-length")
        .and_then(|n| n.trim().parse::<usize>().ok());
    if let Some(bytes) = announced.filter(|n| *n > feed::MAX_FEED_BYTES) {
        return Err(LoadError::Format(ParseError::TooLarge { bytes }));
    }
    let bytes = response.binary().await.map_err(|error| match error {
        gloo_net::Error::JsError(js) if js.name == "TimeoutError" => LoadError::Timeout,
        _ => LoadError::Network,
    })?;
    if bytes.len() > feed::MAX_FEED_BYTES {
        return Err(LoadError::Format(ParseError::TooLarge {
            bytes: bytes.len(),
        }));
    }
    let text = decode(&bytes, content_type.as_deref());
    parse_in_slices(&text).await.map_err(LoadError::Format)
}

/// `AbortSignal.timeout` is missing in older browsers: then no time limit.
fn timeout_signal(timeout_ms: u32) -> Option<AbortSignal> {
    let has_timeout = js_sys::Reflect::get(&js_sys::global(), &"AbortSignal".into())
        .and_then(|class| js_sys::Reflect::get(&class, &"timeout".into()))
        .is_ok_and(|f| f.is_function());
    has_timeout.then(|| AbortSignal::timeout_with_u32(timeout_ms))
}

/// Names a failed request. Browsers report DNS errors, refused connections
/// and CORS refusals alike (on purpose); a second, `no-cors` request tells
/// whether the server answers at all: if it does, CORS was the refusal.
async fn classify(error: gloo_net::Error, url: &str, timeout_ms: u32) -> LoadError {
    if matches!(&error, gloo_net::Error::JsError(js) if js.name == "TimeoutError") {
        return LoadError::Timeout;
    }
    if is_offline() {
        return LoadError::Offline;
    }
    let probe = Request::get(url)
        .mode(RequestMode::NoCors)
        .abort_signal(timeout_signal(timeout_ms).as_ref())
        .send()
        .await;
    match probe {
        Ok(_) => LoadError::Cors,
        Err(_) => LoadError::Network,
    }
}

fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// Text in the charset the response declares (windows-1251 and KOI8-R are
/// still common on Russian sites), through the browser's `TextDecoder`;
/// UTF-8 otherwise, bad bytes replaced.
fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    feed::declared_charset(content_type, bytes)
        .and_then(|label| web_sys::TextDecoder::new_with_label(&label).ok())
        .and_then(|decoder| decoder.decode_with_u8_array(bytes).ok())
        .unwrap_or_else(|| feed::decode_utf8(bytes).into_owned())
}

/// Parses item by item, handing the main thread back to the browser every
/// [`SLICE_MS`], so a 20,000-item feed does not freeze the page.
async fn parse_in_slices(text: &str) -> Result<Feed, ParseError> {
    let mut reader = Reader::new(text)?;
    let mut slice_start = js_sys::Date::now();
    while !reader.step(16) {
        if js_sys::Date::now() - slice_start > SLICE_MS {
            next_task().await;
            slice_start = js_sys::Date::now();
        }
    }
    let feed = reader.finish();
    if feed.items.is_empty() && !feed.skipped.is_empty() {
        return Err(ParseError::NothingShowable {
            skipped: feed.skipped.len(),
        });
    }
    Ok(feed)
}

/// Resolves in a new task (`setTimeout(0)`), after the browser has handled
/// pending input and pending renders.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(resolve.unchecked_ref());
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
