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
    let signal = AbortSignal::timeout_with_u32(timeout_ms);
    let response = Request::get(url)
        .abort_signal(Some(&signal))
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
