// The crate documentation is its README, whose example compiles as a doctest.
#![doc = include_str!("../README.md")]

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
