//! An accessible, localizable news list that a hospital site embeds with
//! one `<script>` tag.
//!
//! The crate is a pure core, built and tested natively, and a thin web shell
//! compiled only for `wasm32`:
//! - [`feed`]: the feed model and the JSON Feed reader (no web-sys);
//! - [`options`]: the settings a site admin writes as attributes;
//! - [`order`]: the one stable sort (one copy in the wasm, not one per call);
//! - [`prefs`]: the reader's visually-impaired settings, stored and mapped from bvi;
//! - [`i18n`]: locale negotiation and the widget's own messages;
//! - [`lint`]: the feed report for editors and the `news-feed-lint` CLI;
//! - [`load`]: why a feed could not be shown, as a reader-facing message,
//!   and when to try again;
//! - [`loading`]: the loading state machine (retries, updates, saved copy first);
//! - [`saved`]: the last good copy of a feed, for when the network fails;
//! - [`reserve`]: the height a widget last took, so the next visit reserves it;
//! - `web` (wasm32 only): Shadow DOM embedding, the Leptos components, fetch.
#![deny(missing_docs)]

pub mod contrast;
pub mod feed;
pub mod i18n;
pub mod lint;
pub mod load;
pub mod loading;
pub mod manifest;
pub mod merge;
pub mod options;
pub mod order;
pub mod prefs;
pub mod reserve;
pub mod saved;

#[cfg(target_arch = "wasm32")]
pub mod web;
