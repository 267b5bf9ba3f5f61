//! Typed client for [Twilio Verify](https://www.twilio.com/docs/verify/api) v2 (every
//! country): start a verification (Twilio generates the code and delivers it), check a code,
//! fetch or cancel a verification. The code in `generated.rs` comes from
//! `specs/twilio-verify.yaml` by `cargo xtask generate`; this file only adds the base URL and a
//! constructor that installs HTTP Basic authentication.
//!
//! ```no_run
//! use otpkit_twilio_verify::{Client, HttpConfig, types};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! // An API key SID and its secret (or the Account SID and its Auth Token).
//! let client = Client::connect(otpkit_twilio_verify::BASE_URL, "SK...", "secret", &HttpConfig::default())?;
//! let service = "VA0a1b2c3d4e5f60718293a4b5c6d7e8f9";
//! let started = client
//!     .start_verification()
//!     .service_sid(service)
//!     .body(types::StartVerificationRequest::builder().to("+15017122661").channel("sms"))
//!     .send()
//!     .await?;
//! let checked = client
//!     .check_verification()
//!     .service_sid(service)
//!     .body(types::CheckVerificationRequest::builder().verification_sid(Some(started.sid.parse()?)).code(Some("123456".parse()?)))
//!     .send()
//!     .await?;
//! // A wrong code is no error: the status stays "pending".
//! println!("{}", checked.status);
//! # Ok(()) }
//! ```

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
