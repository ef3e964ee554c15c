//! The browser shell: everything that touches the DOM, `fetch` or `Intl`.
//! It never parses wire formats; it hands bytes to [`crate::feed`].

pub mod embed;
pub mod fetch;
pub mod intl;
#[cfg(feature = "preview")]
pub mod preview;
pub mod reader_prefs;
pub mod settings;
pub mod space;
pub mod speech;
pub mod storage;
pub mod theme;
pub mod url;
pub mod widget;
