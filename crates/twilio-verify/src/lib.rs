// The crate documentation is its README, whose example compiles as a doctest.
#![doc = include_str!("../README.md")]

// progenitor matches the spec's `2XX` before its `201`, which it then reports unreachable.
#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports, unreachable_patterns)]
mod generated;

pub use generated::*;

/// The vendor's name and settings as otpkit declares them (`x-otpkit` in the spec).
pub mod declared;

// Requests run through otpkit_http::execute, which bounds how much of an answer is read.
otpkit_http::client_hooks!(Client);
pub use otpkit_http::{ConfigError, HttpConfig};

/// Twilio Verify's API host (paths start with `/v2`).
pub const BASE_URL: &str = "https://verify.twilio.com";

impl Client {
    /// A client for `base_url` that authenticates every request with HTTP Basic: `username` is
    /// an API key SID (`SK...`) or the Account SID (`AC...`), `password` the key's secret or
    /// the Auth Token.
    pub fn connect(
        base_url: &str,
        username: &str,
        password: &str,
        config: &HttpConfig,
    ) -> Result<Self, ConfigError> {
        let http = otpkit_http::client(config, &[("authorization", &basic(username, password))])?;
        Ok(Self::new_with_client(otpkit_http::base_url(base_url), http))
    }
}

/// The `Authorization` value of HTTP Basic authentication (RFC 7617).
///
/// ```
/// // RFC 7617's own example.
/// assert_eq!(
///     otpkit_twilio_verify::basic("Aladdin", "open sesame"),
///     "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
/// );
/// ```
pub fn basic(username: &str, password: &str) -> String {
    use base64::Engine;
    let credentials = format!("{username}:{password}");
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(credentials)
    )
}
