//! otpkit's one error type. Every error knows whether it is safe to send the request again
//! (possibly through another vendor) and whether the request may have reached the vendor.

use std::time::Duration;

use crate::guard::rule::GuardRule;
use crate::vendor::{InvalidVendorName, Vendor};

/// The cause an [`Error`] carries: any error, opaque, so that otpkit's public API is tied to
/// no HTTP library's version. Reach the concrete type with `downcast_ref` when you must.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// A configuration problem: what is wrong and how to fix it, and the error that revealed it,
/// where there is one (an unparseable URL, a client that could not be built).
#[derive(Debug)]
pub struct ConfigError {
    message: String,
    source: Option<BoxError>,
}

impl ConfigError {
    /// A problem described by `message`.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            source: None,
        }
    }

    /// A problem described by `message`, revealed by `source`.
    pub fn with_source(message: impl Into<String>, source: impl Into<BoxError>) -> Self {
        Self {
            message: message.into(),
            source: Some(source.into()),
        }
    }

    /// What is wrong and how to fix it.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

impl From<String> for ConfigError {
    fn from(message: String) -> Self {
        Self::new(message)
    }
}

impl From<&str> for ConfigError {
    fn from(message: &str) -> Self {
        Self::new(message)
    }
}

/// Everything that can go wrong sending or verifying a code.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A value was refused before any request was made.
    #[error("invalid {field}: {reason}")]
    InvalidInput {
        /// The option or argument that was wrong (`to`, `code_length`, `ttl`, `template`, ...).
        field: &'static str,
        /// What was wrong and what is allowed.
        reason: String,
    },
    /// The vendor cannot do what was asked (a channel, an option); nothing was sent.
    #[error("{vendor} does not support {what}")]
    Unsupported {
        /// The vendor asked.
        vendor: Vendor,
        /// What it cannot do.
        what: String,
    },
    /// Configuration is missing or wrong (a missing API key, an unusable base URL, ...).
    #[error("configuration: {0}")]
    Config(#[source] ConfigError),
    /// The vendor refused the credentials.
    #[error("{vendor} refused the credentials")]
    Unauthorized {
        /// The vendor that refused.
        vendor: Vendor,
    },
    /// The vendor asked to slow down (HTTP 429). Only a limit the vendor documents as the whole
    /// account's is [retryable](Error::is_retryable) through another vendor: where the scope is
    /// not documented the limit may be the destination's, and sending the same person a code
    /// from another vendor would defeat the vendor's own defence against SMS pumping.
    #[error("{vendor} is rate limiting{}{}", if *account_wide { " the account" } else { "" }, retry_after.map(|d| format!(" (retry after {} s)", d.as_secs())).unwrap_or_default())]
    RateLimited {
        /// The vendor that refused.
        vendor: Vendor,
        /// How long the vendor asked to wait, when it said.
        retry_after: Option<Duration>,
        /// Whether the vendor documents this limit as account-wide (Twilio's 20429); `false`
        /// where its scope is undocumented.
        account_wide: bool,
    },
    /// The vendor refuses more codes to this destination for now (too many, or too soon after
    /// the last one); nothing was sent. Send again later through the same vendor: sending
    /// through another vendor instead is what SMS-pumping fraud counts on, so a
    /// [`Router`](crate::Router) never fails over on it.
    #[error("{vendor} refuses more codes to this destination for now{}", retry_after.map(|d| format!(" (retry after {} s)", d.as_secs())).unwrap_or_default())]
    DestinationLimited {
        /// The vendor that refused.
        vendor: Vendor,
        /// How long the vendor asked to wait, when it said.
        retry_after: Option<Duration>,
    },
    /// The vendor's circuit breaker is open (it failed too often, see
    /// [`BreakerConfig`](crate::BreakerConfig)) and no other vendor of the route could take the
    /// send: the router did not call it.
    #[error("{vendor} is failing; the router stopped calling it for now{}", retry_after.map(|d| format!(" (next try in {} s)", d.as_secs())).unwrap_or_default())]
    Unavailable {
        /// The vendor whose breaker is open.
        vendor: Vendor,
        /// When its breaker lets a probe through.
        retry_after: Option<Duration>,
    },
    /// The vendor account has no credit left: the vendor sent nothing, for a reason of the
    /// account's, so another vendor may take the send ([retryable](Error::is_retryable)).
    #[error("{vendor}: insufficient funds")]
    InsufficientFunds {
        /// The vendor that refused.
        vendor: Vendor,
    },
    /// The vendor answered with an error otpkit has no more specific kind for.
    #[error("{vendor} answered{}: {message}", status.map(|s| format!(" {s}")).unwrap_or_default())]
    Vendor {
        /// The vendor that answered.
        vendor: Vendor,
        /// The HTTP status, or the vendor's body status where it reports outcomes there (pipwave).
        status: Option<u16>,
        /// The vendor's message.
        message: String,
    },
    /// The request could not be completed on the network.
    #[error("{vendor}: {}: {source}", if *sent { "the connection failed after the request was sent" } else { "could not connect" })]
    Transport {
        /// The vendor called.
        vendor: Vendor,
        /// Whether the request may have been sent before the failure.
        sent: bool,
        /// The underlying error (opaque: see [`BoxError`]).
        #[source]
        source: BoxError,
    },
    /// No answer came in time.
    #[error("{vendor} did not answer in time{}", if *sent { " (the request was sent: it may have been acted on)" } else { " (could not connect)" })]
    Timeout {
        /// The vendor called.
        vendor: Vendor,
        /// Whether the request may have been sent before the timeout.
        sent: bool,
        /// The underlying error (opaque: see [`BoxError`]).
        #[source]
        source: BoxError,
    },
    /// The [`Guard`](crate::guard::Guard) refused: no vendor was called. Unlike
    /// [`Error::RateLimited`], a router never fails over on it, and no breaker moves.
    #[error("refused by the guard's {rule} rule{}", retry_after.map(|d| format!(" (retry after {} s)", d.as_secs().max(1))).unwrap_or_default())]
    GuardRefused {
        /// The rule that refused.
        rule: GuardRule,
        /// When it would admit again, where it knows (`None`: a country not allowed).
        retry_after: Option<Duration>,
    },
    /// The [`Guard`](crate::guard::Guard)'s store (Redis) could not decide, and the guard
    /// fails closed: no vendor was called.
    #[error("the guard could not decide: {source}")]
    GuardStore {
        /// What failed (a [`StoreError`](crate::guard::StoreError)).
        #[source]
        source: BoxError,
    },
    /// The vendor's answer could not be understood.
    #[error("{vendor} sent an answer otpkit cannot read: {message}")]
    Decode {
        /// The vendor that answered.
        vendor: Vendor,
        /// What could not be read (never the body itself, which may hold a code).
        message: String,
    },
}

/// A bad vendor name is bad input on `vendor`.
impl From<InvalidVendorName> for Error {
    fn from(error: InvalidVendorName) -> Self {
        Error::invalid("vendor", error.to_string())
    }
}

/// The longest vendor message an error keeps, in characters.
const MAX_VENDOR_MESSAGE: usize = 200;

impl Error {
    /// A [`Error::Vendor`]; the vendor's message comes off the network and may be of any size,
    /// so it is cut to 200 characters.
    pub fn vendor_answer(vendor: Vendor, status: Option<u16>, message: impl Into<String>) -> Self {
        Error::Vendor {
            vendor,
            status,
            message: crate::mask::cut(&message.into(), MAX_VENDOR_MESSAGE),
        }
    }

    /// An [`Error::InvalidInput`] on `field`.
    pub fn invalid(field: &'static str, reason: impl Into<String>) -> Self {
        Error::InvalidInput {
            field,
            reason: reason.into(),
        }
    }

    /// An [`Error::Unsupported`]: `vendor` cannot do `what`.
    pub fn unsupported(vendor: Vendor, what: impl Into<String>) -> Self {
        Error::Unsupported {
            vendor,
            what: what.into(),
        }
    }

    /// Whether the request may have reached the vendor (and so may have been acted on: a code
    /// may have been sent). `false` means it certainly did not.
    pub fn may_have_reached_vendor(&self) -> bool {
        match self {
            Error::InvalidInput { .. }
            | Error::Unsupported { .. }
            | Error::Config(_)
            | Error::Unavailable { .. }
            | Error::GuardRefused { .. }
            | Error::GuardStore { .. } => false,
            Error::Transport { sent, .. } | Error::Timeout { sent, .. } => *sent,
            Error::Unauthorized { .. }
            | Error::RateLimited { .. }
            | Error::DestinationLimited { .. }
            | Error::InsufficientFunds { .. }
            | Error::Vendor { .. }
            | Error::Decode { .. } => true,
        }
    }

    /// Whether sending the same request again, through this vendor or another, is safe: the
    /// request provably did not reach the vendor (the connection failed before it was
    /// written), or the vendor answered that it did not act on it for a reason of its own
    /// account (an HTTP 429 the vendor documents as account-wide, no credit left). Never after an ambiguous failure: a timeout once the
    /// request was written, a connection lost mid-answer, an unreadable answer, or a 5xx
    /// answer (a gateway answers 502 or 504 when the vendor's own answer is lost, after the
    /// vendor sent the code). A duplicate code costs money and confuses the person waiting
    /// for it. Never for [`Error::DestinationLimited`] either: wait, do not go elsewhere.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport { sent, .. } | Error::Timeout { sent, .. } => !*sent,
            Error::RateLimited { account_wide, .. } => *account_wide,
            // The account cannot pay: the vendor refused before sending, and the refusal is
            // the account's, not the number's, so another vendor's account may send.
            Error::Unavailable { .. } | Error::InsufficientFunds { .. } => true,
            _ => false,
        }
    }

    /// The kind as a stable snake_case name (`invalid_input`, `rate_limited`, ...), as traces
    /// and `otpkit --json` print it.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidInput { .. } => "invalid_input",
            Error::Unsupported { .. } => "unsupported",
            Error::Config(_) => "config",
            Error::Unauthorized { .. } => "unauthorized",
            Error::RateLimited { .. } => "rate_limited",
            Error::DestinationLimited { .. } => "destination_limited",
            Error::Unavailable { .. } => "unavailable",
            Error::InsufficientFunds { .. } => "insufficient_funds",
            Error::Vendor { .. } => "vendor",
            Error::Transport { .. } => "transport",
            Error::Timeout { .. } => "timeout",
            Error::Decode { .. } => "decode",
            Error::GuardRefused { .. } => "guard_refused",
            Error::GuardStore { .. } => "guard_store",
        }
    }

    /// The vendor involved, where there is one.
    pub fn vendor(&self) -> Option<&Vendor> {
        match self {
            Error::InvalidInput { .. }
            | Error::Config(_)
            | Error::GuardRefused { .. }
            | Error::GuardStore { .. } => None,
            Error::Unsupported { vendor, .. }
            | Error::Unauthorized { vendor }
            | Error::RateLimited { vendor, .. }
            | Error::DestinationLimited { vendor, .. }
            | Error::Unavailable { vendor, .. }
            | Error::InsufficientFunds { vendor }
            | Error::Vendor { vendor, .. }
            | Error::Transport { vendor, .. }
            | Error::Timeout { vendor, .. }
            | Error::Decode { vendor, .. } => Some(vendor),
        }
    }
}

#[cfg(test)]
mod quoting_tests {
    use super::*;

    #[test]
    fn a_vendor_message_quoting_the_destination_is_masked() {
        let error = Error::vendor_answer(
            Vendor::from_static("acme"),
            Some(400),
            "Invalid parameter `To`: +2348012345678 (jane@example.com)",
        );
        let printed = format!("{error} {error:?}");
        assert!(
            printed.contains("`To`: +•••••••••5678 (j•••@example.com)"),
            "{printed}"
        );
        assert!(!printed.contains("2348012345678") && !printed.contains("jane"));
    }
}
