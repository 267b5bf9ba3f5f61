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
