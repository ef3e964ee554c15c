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
    /// No response: offline, DNS, connection refused, or blocked by CORS
    /// (browsers do not tell these apart, on purpose).
    Network,
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
            Self::Network => Msg::ErrorNetwork,
            Self::Timeout => Msg::ErrorTimeout,
            Self::Status(_) => Msg::ErrorStatus,
            Self::Format(_) => Msg::ErrorFormat,
        }
    }

    /// Whether trying again can help (it can't for a missing address).
    pub fn is_retryable(&self) -> bool {
        !matches!(self, Self::NoFeed)
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoFeed => {
                f.write_str("no feed URL: add a `feed` attribute (`data-feed` on a script or div)")
            }
            Self::Network => {
                f.write_str("network error (offline, DNS, connection refused, or CORS)")
            }
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
    fn no_feed_not_retryable() {
        assert!(!LoadError::NoFeed.is_retryable());
    }
    #[test]
    fn timeout_retryable() {
        assert!(LoadError::Timeout.is_retryable());
    }
    #[test]
    fn console_detail() {
        assert_eq!(LoadError::Status(503).to_string(), "HTTP status 503");
    }
}
