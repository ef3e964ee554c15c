//! Getting a feed over the network: GET with a time limit, then the pure
//! parser. Every browser failure is classified into a [`LoadError`].

use gloo_net::http::Request;
use web_sys::AbortSignal;

use crate::feed::{self, Feed};
use crate::load::LoadError;

/// How long a feed may take, headers and body together.
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;

/// Fetches and parses the feed at `url` (absolute).
pub async fn fetch_feed(url: &str, timeout_ms: u32) -> Result<Feed, LoadError> {
    // `AbortSignal.timeout` is missing in older browsers: then no time limit.
    let has_timeout = js_sys::Reflect::get(&js_sys::global(), &"AbortSignal".into())
        .and_then(|class| js_sys::Reflect::get(&class, &"timeout".into()))
        .is_ok_and(|f| f.is_function());
    let signal = has_timeout.then(|| AbortSignal::timeout_with_u32(timeout_ms));
    let response = Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(classify)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let bytes = response.binary().await.map_err(classify)?;
    feed::parse(&bytes).map_err(LoadError::Format)
}

fn classify(error: gloo_net::Error) -> LoadError {
    match error {
        gloo_net::Error::JsError(js) if js.name == "TimeoutError" => LoadError::Timeout,
        _ => LoadError::Network,
    }
}
