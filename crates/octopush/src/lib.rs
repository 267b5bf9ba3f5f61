//! Typed client for [Octopush](https://octopush.com)'s OTP API (France): generate and send a
//! code, then validate it. The code in `generated.rs` comes from `specs/octopush.yaml` by
//! `cargo xtask generate`; this file only adds the base URL and a constructor that installs
//! Octopush's two authentication headers, `api-login` and `api-key`.
//!
//! ```no_run
//! use otpkit_octopush::{Client, HttpConfig, types};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::connect(otpkit_octopush::BASE_URL, "me@example.com", "your API key", &HttpConfig::default())?;
//! let sent = client
//!     .generate_otp()
//!     .body(types::GenerateOtpRequest::builder().phone_number("+33611223344").code_length(6))
//!     .send()
//!     .await?;
//! // Optional fields with constraints take their validated type.
//! let token: types::ValidateOtpRequestOtpRequestToken = sent.otp_request_token.parse()?;
//! let checked = client
//!     .validate_otp()
//!     .body(types::ValidateOtpRequest::builder().otp_request_token(token).code("123456"))
//!     .send()
//!     .await?;
//! assert_eq!(checked.code, 0);
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

/// Octopush's v1 public API.
pub const BASE_URL: &str = "https://api.octopush.com/v1/public";

impl Client {
    /// A client for `base_url` that sends `api-login: <api_login>` (the account e-mail) and
    /// `api-key: <api_key>` with every request.
    pub fn connect(
        base_url: &str,
        api_login: &str,
        api_key: &str,
        config: &HttpConfig,
    ) -> Result<Self, ConfigError> {
        let http = otpkit_http::client(config, &[("api-login", api_login), ("api-key", api_key)])?;
        Ok(Self::new_with_client(otpkit_http::base_url(base_url), http))
    }
}
