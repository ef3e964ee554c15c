//! Why a widget shows no news, and which message tells the reader.
//!
//! Pure: the shell classifies browser failures into [`LoadError`]; this
//! module maps each to a localized message. `Display` is English detail for
//! the console, for editors; readers only see [`LoadError::message`].

use crate::feed::ParseError;
use crate::i18n::Msg;

/// Why the feed could not be shown at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The site gave no feed address.
    NoFeed,
    /// The browser says it has no network at all.
    Offline,
    /// No response: DNS, connection refused or reset. (The shell tells CORS
    /// apart by probing the server in `no-cors` mode: see [`LoadError::Cors`].)
    Network,
    /// The server answers, but without the CORS headers that let this site
    /// read the feed: a setup mistake on the feed's server.
    Cors,
    /// No complete response within the time limit.
    Timeout,
    /// The server answered with an HTTP error status.
    Status(u16),
    /// The response is not a feed the widget reads.
    Format(ParseError),
}

impl LoadError {
    /// The reader-facing message for this failure.
    pub fn message(&self) -> Msg {
        match self {
            Self::NoFeed => Msg::ErrorNoFeed,
            Self::Offline => Msg::ErrorOffline,
            Self::Network => Msg::ErrorNetwork,
            Self::Cors => Msg::ErrorCors,
            Self::Timeout => Msg::ErrorTimeout,
            Self::Status(_) => Msg::ErrorStatus,
            Self::Format(ParseError::TooLarge { .. }) => Msg::ErrorTooLarge,
            Self::Format(ParseError::NothingShowable { .. }) => Msg::ErrorNothingShowable,
            Self::Format(_) => Msg::ErrorFormat,
        }
    }

    /// Whether a reader's "Try again" can help (it can't for a missing address).
    pub fn is_retryable(&self) -> bool {
        !matches!(self, Self::NoFeed)
    }

    /// How many automatic retries the failure deserves: the ones likely to
    /// pass by themselves (no network, time limits, overloaded or failing
    /// servers) get [`MAX_AUTO_RETRIES`]; a CORS refusal two, since servers
    /// often send CORS headers only with good answers, so a passing 503
    /// looks like one; a 404 or a broken feed none: they need a person.
    pub fn max_retries(&self) -> u32 {
        match self {
            Self::Offline | Self::Network | Self::Timeout => MAX_AUTO_RETRIES,
            Self::Status(408 | 425 | 429 | 500..=599) => MAX_AUTO_RETRIES,
            Self::Cors => 2,
            Self::NoFeed | Self::Status(_) | Self::Format(_) => 0,
        }
    }
}

/// Automatic retries after a transient failure (see [`retry_delay_ms`]).
pub const MAX_AUTO_RETRIES: u32 = 6;

/// How long to wait before automatic retry number `attempt` (0-based):
/// 2 s, 4 s, 8 s … capped at one minute, then no more (`None`); the
/// reader's Retry button always works. Doubling spares a struggling server
/// when every open page retries at once.
pub fn retry_delay_ms(attempt: u32) -> Option<u32> {
    (attempt < MAX_AUTO_RETRIES).then(|| 2_000u32.saturating_mul(1 << attempt.min(15)).min(60_000))
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoFeed => {
                f.write_str("no feed URL: add a `feed` attribute (`data-feed` on a script or div)")
            }
            Self::Offline => f.write_str("the browser is offline"),
            Self::Network => f.write_str(
                "network error: the server could not be reached (DNS, connection refused or reset)",
            ),
            Self::Cors => f.write_str(
                "the server answered without CORS headers for this site: add `Access-Control-Allow-Origin` for this site's origin to the feed's responses",
            ),
            Self::Timeout => f.write_str("timed out"),
            Self::Status(code) => write!(f, "HTTP status {code}"),
            Self::Format(e) => write!(f, "unreadable feed: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_message() {
        assert_eq!(LoadError::Status(404).message(), Msg::ErrorStatus);
    }
    #[test]
    fn format_message() {
        assert_eq!(
            LoadError::Format(ParseError::NotAFeed).message(),
            Msg::ErrorFormat
        );
    }
    #[test]
    fn nothing_showable_is_not_called_damaged() {
        assert_eq!(
            LoadError::Format(ParseError::NothingShowable { skipped: 3 }).message(),
            Msg::ErrorNothingShowable
        );
    }
    #[test]
    fn no_feed_not_retryable() {
        assert!(!LoadError::NoFeed.is_retryable());
    }
    #[test]
    fn timeout_retryable() {
        assert!(LoadError::Timeout.is_retryable());
    }
    #[test]
    fn server_errors_are_transient() {
        assert!(LoadError::Status(503).max_retries() > 0);
    }
    #[test]
    fn too_many_requests_is_transient() {
        assert!(LoadError::Status(429).max_retries() > 0);
    }
    #[test]
    fn not_found_is_not_transient() {
        assert_eq!(LoadError::Status(404).max_retries(), 0);
    }
    #[test]
    fn cors_is_retried_twice() {
        assert_eq!(LoadError::Cors.max_retries(), 2);
    }
    #[test]
    fn offline_is_transient() {
        assert!(LoadError::Offline.max_retries() > 0);
    }
    #[test]
    fn broken_feed_is_not_transient() {
        assert_eq!(LoadError::Format(ParseError::HtmlPage).max_retries(), 0);
    }
    #[test]
    fn backoff_doubles() {
        let delays: Vec<_> = (0..3).map(retry_delay_ms).collect();
        assert_eq!(delays, [Some(2_000), Some(4_000), Some(8_000)]);
    }
    #[test]
    fn backoff_capped() {
        assert_eq!(retry_delay_ms(5), Some(60_000));
    }
    #[test]
    fn backoff_gives_up() {
        assert_eq!(retry_delay_ms(MAX_AUTO_RETRIES), None);
    }
    #[test]
    fn too_large_has_its_own_message() {
        let error = LoadError::Format(ParseError::TooLarge { bytes: 1 << 25 });
        assert_eq!(error.message(), Msg::ErrorTooLarge);
    }
    #[test]
    fn offline_message() {
        assert_eq!(LoadError::Offline.message(), Msg::ErrorOffline);
    }
    #[test]
    fn cors_message() {
        assert_eq!(LoadError::Cors.message(), Msg::ErrorCors);
    }
    #[test]
    fn console_detail() {
        assert_eq!(LoadError::Status(503).to_string(), "HTTP status 503");
    }
}
