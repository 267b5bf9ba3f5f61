//! Typed client for [ShoutOUT](https://getshoutout.com)'s OTP service (Sri Lanka): send a code
//! that ShoutOUT generates, then verify it. The code in `generated.rs` comes from
//! `specs/shoutout.yaml` by `cargo xtask generate`; this file only adds the base URL and a
//! constructor that installs ShoutOUT's `Authorization: Apikey <key>` header.
//!
//! ```no_run
//! use otpkit_shoutout::{Client, HttpConfig, types};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::connect(otpkit_shoutout::BASE_URL, "your API key", &HttpConfig::default())?;
//! let sent = client
//!     .send_otp()
//!     .body(
//!         types::SendOtpRequest::builder()
//!             .source("ShoutDEMO")
//!             .destination("94771234567")
//!             .transport(types::SendOtpRequestTransport::Sms)
//!             .content(types::Content::builder().sms("Your code is {{code}}")),
//!     )
//!     .send()
//!     .await?;
//! let checked = client
//!     .verify_otp()
//!     .body(types::VerifyOtpRequest::builder().reference_id(sent.reference_id.as_str()).code("12345"))
//!     .send()
//!     .await?;
//! println!("status {}", checked.status_code.0);
//! # Ok(()) }
//! ```

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports)]
mod generated;

pub use generated::*;

/// The vendor's name and settings as otpkit declares them (`x-otpkit` in the spec).
pub mod declared;

// Requests run through otpkit_http::execute, which bounds how much of an answer is read.
otpkit_http::client_hooks!(Client);
pub use otpkit_http::{ConfigError, HttpConfig};

/// ShoutOUT's API host.
pub const BASE_URL: &str = "https://api.getshoutout.com";

impl Client {
    /// A client for `base_url` that sends `Authorization: Apikey <api_key>` with every request.
    pub fn connect(
        base_url: &str,
        api_key: &str,
        config: &HttpConfig,
    ) -> Result<Self, ConfigError> {
        let authorization = format!("Apikey {api_key}");
        let http = otpkit_http::client(config, &[("authorization", &authorization)])?;
        Ok(Self::new_with_client(otpkit_http::base_url(base_url), http))
    }
}
