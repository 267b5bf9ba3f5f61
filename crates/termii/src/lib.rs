//! Typed client for [Termii](https://termii.com)'s token API (Nigeria): send, verify, in-app,
//! voice and e-mail tokens. The code in `generated.rs` comes from `specs/termii.yaml` by
//! `cargo xtask generate`; this file only adds the base URLs and a constructor.
//!
//! Termii authenticates with the `api_key` field of every request body, so the client itself
//! carries no credentials.
//!
//! ```no_run
//! use otpkit_termii::{Client, HttpConfig, types};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::connect(otpkit_termii::BASE_URL, &HttpConfig::default())?;
//! let sent = client
//!     .send_token()
//!     .body(
//!         types::SendTokenRequest::builder()
//!             .api_key("your API key")
//!             .message_type(types::PinType::Numeric)
//!             .pin_type(types::PinType::Numeric)
//!             .to("2348109077743")
//!             .from("Acme")
//!             .channel(types::Channel::Generic)
//!             .pin_attempts(std::num::NonZeroU32::new(3).unwrap())
//!             .pin_time_to_live(5)
//!             .pin_length(6)
//!             .pin_placeholder("< 1234 >")
//!             .message_text("Your Acme code is < 1234 >"),
//!     )
//!     .send()
//!     .await?;
//! println!("pin id {}", sent.pin_id);
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

/// The documented sample host. Each account has its own host on its Termii dashboard.
pub const BASE_URL: &str = "https://api.ng.termii.com";
/// The host recent Termii accounts and clients use.
pub const BASE_URL_V3: &str = "https://v3.api.termii.com";

impl Client {
    /// A client for `base_url` (the account's host, e.g. [`BASE_URL`]). Termii's key travels
    /// in each request body, so none is installed here.
    pub fn connect(base_url: &str, config: &HttpConfig) -> Result<Self, ConfigError> {
        let http = otpkit_http::client(config, &[])?;
        Ok(Self::new_with_client(otpkit_http::base_url(base_url), http))
    }
}
