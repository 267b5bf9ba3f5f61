// The crate documentation is its README, whose example compiles as a doctest.
#![doc = include_str!("../README.md")]

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
