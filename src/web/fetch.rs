//! Getting a feed over the network: one GET per feed URL at a time for the
//! whole page, a time limit, the failure kind named, the response decoded
//! in its declared charset and parsed in slices that leave the page
//! responsive. The last good copy is saved for when the network fails.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use futures::FutureExt;
use futures::future::{LocalBoxFuture, Shared};
use gloo_net::http::Request;
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, ReadableStreamDefaultReader, RequestMode};

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

/// Saves the copy and keeps every copy on the site within the index's
/// caps; when storage is full, older copies make room once. Never throws.
fn save_copy(url: &str, feed: &Feed) {
    // The preview's pasted feeds live at one-off blob: URLs: nothing to keep.
    if url.starts_with("blob:") {
        return;
    }
    let now = js_sys::Date::now() as i64;
    let Some(text) = saved::encode(feed, now) else {
        return;
    };
    let chars = text.encode_utf16().count();
    let mut index = storage::read(saved::INDEX_KEY)
        .map(|text| saved::Index::decode(&text))
        .unwrap_or_else(rebuild_index);
    let drop_copies = |urls: Vec<String>| {
        for gone in urls {
            storage::remove(&saved::storage_key(&gone));
        }
    };
    drop_copies(index.record(url, chars, now));
    let key = saved::storage_key(url);
    if !storage::write(&key, &text) {
        drop_copies(index.make_room(url, chars));
        if !storage::write(&key, &text) {
            // Not kept: nor is the old copy, which the index no longer lists.
            storage::remove(&key);
            index.remove(url);
        }
    }
    storage::write(saved::INDEX_KEY, &index.encode());
}

/// The index from the copies storage holds: it was lost, or an older
/// version saved them without one.
fn rebuild_index() -> saved::Index {
    saved::Index::rebuild(
        storage::keys_with_prefix(saved::KEY_PREFIX)
            .into_iter()
            .filter_map(|key| {
                let text = storage::read(&key)?;
                let url = key.strip_prefix(saved::KEY_PREFIX)?.to_owned();
                Some((url, saved::saved_at(&text)?, text.encode_utf16().count()))
            }),
    )
}

async fn fetch_feed(url: &str, timeout_ms: u32) -> Result<Feed, LoadError> {
    // One switch for the whole request, body included: the time limit
    // and the size cap both pull it.
    let abort = Abort::after(timeout_ms);
    // Taken even when offline, so the loader's request is not handed over
    // (stale) at the next load.
    let handed = handed_over(url, abort.signal().as_ref());
    if handed.is_none() && is_offline() {
        return Err(LoadError::Offline);
    }
    let sent = match handed {
        Some(request) => JsFuture::from(request)
            .await
            .map(|raw| gloo_net::http::Response::from(raw.unchecked_into::<web_sys::Response>()))
            .map_err(drop),
        None => Request::get(url)
            .abort_signal(abort.signal().as_ref())
            .send()
            .await
            .map_err(drop),
    };
    let Ok(response) = sent else {
        return Err(classify(url, &abort).await);
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
        abort.now();
        return Err(LoadError::Format(ParseError::TooLarge { bytes }));
    }
    let bytes = read_capped(&response, &abort).await?;
    let text = decode(&bytes, content_type.as_deref());
    parse_in_slices(&text).await.map_err(LoadError::Format)
}

/// The request for `url` the loader already started (it asks for each
/// widget's feed while the wasm is still downloading), handed over once:
/// the widget's `signal` (time limit, size cap) now aborts it. `None` when
/// the loader started none.
fn handed_over(url: &str, signal: Option<&AbortSignal>) -> Option<js_sys::Promise> {
    let loader = Reflect::get(&web_sys::window()?.into(), &"__newsWidget".into()).ok()?;
    let take: js_sys::Function = Reflect::get(&loader, &"take".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let signal = signal.map_or(wasm_bindgen::JsValue::UNDEFINED, Into::into);
    take.call2(&loader, &url.into(), &signal)
        .ok()?
        .dyn_into()
        .ok()
}

/// The body, chunk by chunk as it arrives; past [`feed::MAX_FEED_BYTES`]
/// the request is aborted at once (a response without `Content-Length`
/// must not fill the page's memory before the cap applies).
async fn read_capped(
    response: &gloo_net::http::Response,
    abort: &Abort,
) -> Result<Vec<u8>, LoadError> {
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| abort.failure())?;
        if Reflect::get(&chunk, &"done".into()).is_ok_and(|done| done.is_truthy()) {
            return Ok(bytes);
        }
        let Ok(value) = Reflect::get(&chunk, &"value".into()) else {
            continue;
        };
        let value: Uint8Array = value.unchecked_into();
        let start = bytes.len();
        let end = start + value.length() as usize;
        if end > feed::MAX_FEED_BYTES {
            abort.now();
            return Err(LoadError::Format(ParseError::TooLarge { bytes: end }));
        }
        bytes.resize(end, 0);
        value.copy_to(&mut bytes[start..]);
    }
}

/// Aborts a request after its time limit, or at once. An `AbortController`
/// and a timer rather than `AbortSignal.timeout`, which browsers before
/// Safari 16 lack: a hung request must never hold its shared slot.
struct Abort {
    controller: Option<AbortController>,
    timed_out: Rc<Cell<bool>>,
    /// Set when the request is over: a timer that still fires does nothing.
    done: Rc<Cell<bool>>,
}

impl Abort {
    fn after(timeout_ms: u32) -> Self {
        let controller = AbortController::new().ok();
        let timed_out = Rc::new(Cell::new(false));
        let done = Rc::new(Cell::new(false));
        // Called at most once and freed then: never "after being dropped",
        // even when clearTimeout loses a race (fake clocks, throttled tabs).
        let on_timeout = {
            let (controller, timed_out, done) =
                (controller.clone(), timed_out.clone(), done.clone());
            Closure::once_into_js(move || {
                if done.get() {
                    return;
                }
                timed_out.set(true);
                if let Some(controller) = &controller {
                    controller.abort();
                }
            })
        };
        let _ = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                on_timeout.unchecked_ref(),
                i32::try_from(timeout_ms).unwrap_or(i32::MAX),
            )
            .ok()
        });
        Self {
            controller,
            timed_out,
            done,
        }
    }

    fn signal(&self) -> Option<AbortSignal> {
        self.controller.as_ref().map(AbortController::signal)
    }

    fn now(&self) {
        if let Some(controller) = &self.controller {
            controller.abort();
        }
    }

    /// What a failure during the request means: the time limit if the
    /// timer fired, else a broken connection.
    fn failure(&self) -> LoadError {
        match self.timed_out.get() {
            true => LoadError::Timeout,
            false => LoadError::Network,
        }
    }
}

impl Drop for Abort {
    /// The timer is left to fire (and do nothing): clearing it would keep
    /// its one-shot closure, and the controller, alive for ever.
    fn drop(&mut self) {
        self.done.set(true);
    }
}

/// Names a failed request. Browsers report DNS errors, refused connections
/// and CORS refusals alike (on purpose); a second, `no-cors` request tells
/// whether the server answers at all: if it does, CORS was the refusal.
async fn classify(url: &str, abort: &Abort) -> LoadError {
    if abort.timed_out.get() {
        return LoadError::Timeout;
    }
    if is_offline() {
        return LoadError::Offline;
    }
    // Within what is left of the same time limit.
    let probe = Request::get(url)
        .mode(RequestMode::NoCors)
        .abort_signal(abort.signal().as_ref())
        .send()
        .await;
    match probe {
        Ok(_) => LoadError::Cors,
        Err(_) => abort.failure(),
    }
}

fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// Text in the charset the response declares (windows-1251 and KOI8-R are
/// still common on Russian sites), through the browser's `TextDecoder`;
/// UTF-8 otherwise, bad bytes replaced.
pub(crate) fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
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
