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
