//! Typed client for [pipwave](https://pipwave.com)'s phone verification API (Malaysia): send a
//! token, then verify the answer. The code in `generated.rs` comes from `specs/pipwave.yaml`
//! by `cargo xtask generate`; this file adds the base URLs and a constructor that installs the
//! `x-api-key` header, and [`signature`] holds pipwave's SHA-1 request signature.
//!
//! Both operations go to one URL; the request body's `action` picks one, so the generated
//! call is `phone_verify` with a [`types::PhoneVerifyRequest`] body. Build signed bodies with
//! [`SendToken`] and [`VerifyTokenAnswer`]:
//!
//! ```no_run
//! use otpkit_pipwave::{Client, HttpConfig, SendToken};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::connect(otpkit_pipwave::STAGING_BASE_URL, "your API key", &HttpConfig::default())?;
//! let body = SendToken {
//!     timestamp: 1_539_677_150,
//!     api_key: "your API key",
//!     user_id: "505315",
//!     contact_no_country_dialing_code: "60",
//!     contact_no: "123456789",
//! }
//! .sign("your API secret")?;
//! let answer = client.phone_verify().body(body).send().await?;
//! println!("status {:?}, reference {:?}", answer.status, answer.reference);
//! # Ok(()) }
//! ```

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic, unused_imports)]
mod generated;
pub mod signature;

pub use generated::*;

/// The vendor's name and settings as otpkit declares them (`x-otpkit` in the spec).
pub mod declared;

// Requests run through otpkit_http::execute, which bounds how much of an answer is read.
otpkit_http::client_hooks!(Client);
pub use otpkit_http::{ConfigError, HttpConfig};
pub use signature::{InvalidRequest, SendToken, VerifyTokenAnswer};

/// pipwave's live API host.
pub const BASE_URL: &str = "https://api.pipwave.com";
/// pipwave's staging host, for test accounts.
pub const STAGING_BASE_URL: &str = "https://staging-api.pipwave.com";

impl Client {
    /// A client for `base_url` that sends `x-api-key: <api_key>` with every request. pipwave
    /// also wants the key in each body (`api_key`), which the request types carry.
    pub fn connect(
        base_url: &str,
        api_key: &str,
        config: &HttpConfig,
    ) -> Result<Self, ConfigError> {
        let http = otpkit_http::client(config, &[("x-api-key", api_key)])?;
        Ok(Self::new_with_client(otpkit_http::base_url(base_url), http))
    }
}
