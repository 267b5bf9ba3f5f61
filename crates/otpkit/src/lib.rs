//! One `send` / `verify` API over the OTP vendors application developers in Nigeria,
//! Malaysia, Sri Lanka and France use: Termii, pipwave, ShoutOUT and Octopush, each behind a
//! cargo feature (`termii`, `pipwave`, `shoutout`, `octopush`; `full`, the default, has all).
//!
//! - [`SendRequest`] says what to send; every option is checked against the chosen vendor's
//!   documented limits ([`Capabilities`]) before any request, and a bad value is an
//!   [`Error::InvalidInput`] naming the field.
//! - [`Outcome`] says what a verification found (approved, rejected with attempts left,
//!   expired, not found, too many attempts), from each vendor's own signals.
//! - [`VerificationId`] is stateless: it carries what its vendor needs, prints as a URL-safe
//!   string and parses back, so any replica of your service can verify a code another sent.
//! - [`Router`] routes by country calling code and fails over only when resending is safe.
//! - [`Error`] knows whether it [is retryable](Error::is_retryable) and whether the request
//!   [may have reached the vendor](Error::may_have_reached_vendor).
//! - Each vendor call runs in a `tracing` span `otpkit.vendor_call` with the vendor, the
//!   operation, the status and the latency; codes, keys and numbers never appear in it.
//!
//! Configuration comes from builders ([`vendors::termii::Termii::builder`], ...) or the
//! environment ([`Otp::from_env`]). Requests time out after [`DEFAULT_TIMEOUT`] (10 s) unless
//! set per vendor or with `OTPKIT_TIMEOUT_MS`.
//!
//! A whole flow against the local sandbox (`otpkit-sandbox`), which stands in for the vendors:
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use otpkit::{Otp, Outcome, SendRequest, vendors::termii::Termii};
//! use otpkit_sandbox::{Sandbox, Vendor};
//!
//! let sandbox = Sandbox::start().await?;
//! let termii = Termii::builder()
//!     .api_key("sandbox-termii-key")
//!     .base_url(sandbox.base_url(Vendor::Termii))
//!     .sender_id("Acme")
//!     .build()?;
//! let otp = Otp::new(termii);
//!
//! let sent = otp.send(&SendRequest::new("+2348012345678").template("Your Acme code is {code}")).await?;
//! let id = sent.id.to_string(); // store it, or hand it to the browser
//!
//! let code = sandbox.last_code_for("+2348012345678").expect("delivered");
//! assert_eq!(otp.verify(&id.parse()?, "000000").await?, Outcome::Rejected { attempts_left: Some(2) });
//! assert_eq!(otp.verify(&id.parse()?, &code).await?, Outcome::Approved);
//! # Ok(()) }
//! ```

#![deny(missing_docs)]
// Shared helpers serve every vendor; with only some vendor features on, some go unused.
#![cfg_attr(
    not(feature = "full"),
    allow(dead_code, unused_mut, unused_variables, unused_macros, unused_imports)
)]

mod call;
mod config;
mod dispatch;
mod error;
mod phone;
mod provider;
mod request;
mod router;
#[cfg(feature = "sandbox")]
pub mod sandbox;
mod vendor;
pub mod vendors;
mod verification;

use std::sync::Arc;

pub use config::DEFAULT_TIMEOUT;
pub use error::{BoxError, ConfigError, Error};
pub use phone::Phone;
pub use provider::OtpProvider;
pub use request::{
    Alphabet, CODE_PLACEHOLDER, Capabilities, Channel, MAX_TEMPLATE_CHARS, SendRequest,
};
pub use router::{DEFAULT_ROUTES, Router, RouterBuilder};
pub use vendor::Vendor;
pub use verification::{Outcome, Verification, VerificationId};

/// The handle most applications hold: any [`OtpProvider`] (one vendor or a [`Router`]),
/// cheap to clone and share between tasks.
#[derive(Clone, Debug)]
pub struct Otp {
    provider: dispatch::Dispatch,
}

impl Otp {
    /// A handle over `provider`.
    pub fn new(provider: impl OtpProvider + 'static) -> Self {
        Self {
            provider: Arc::new(provider).into_dispatch(),
        }
    }

    /// A [`Router`] over every vendor whose credentials are in the environment
    /// (`TERMII_API_KEY`, `PIPWAVE_API_KEY` + `PIPWAVE_API_SECRET`, `SHOUTOUT_API_KEY`,
    /// `OCTOPUSH_API_LOGIN` + `OCTOPUSH_API_KEY`, with their `*_BASE_URL` and sender
    /// variables), with [`DEFAULT_ROUTES`].
    pub fn from_env() -> Result<Self, Error> {
        let mut builder = Router::builder();
        let mut found = false;
        #[cfg(feature = "termii")]
        if config::env("TERMII_API_KEY").is_some() {
            builder = builder.provider(vendors::termii::TermiiBuilder::from_env()?.build()?);
            found = true;
        }
        #[cfg(feature = "pipwave")]
        if config::env("PIPWAVE_API_KEY").is_some() {
            builder = builder.provider(vendors::pipwave::PipwaveBuilder::from_env()?.build()?);
            found = true;
        }
        #[cfg(feature = "shoutout")]
        if config::env("SHOUTOUT_API_KEY").is_some() {
            builder = builder.provider(vendors::shoutout::ShoutoutBuilder::from_env()?.build()?);
            found = true;
        }
        #[cfg(feature = "octopush")]
        if config::env("OCTOPUSH_API_KEY").is_some() {
            builder = builder.provider(vendors::octopush::OctopushBuilder::from_env()?.build()?);
            found = true;
        }
        if !found {
            return Err(Error::Config(
                "no vendor is configured: set TERMII_API_KEY, PIPWAVE_API_KEY and PIPWAVE_API_SECRET, SHOUTOUT_API_KEY, or OCTOPUSH_API_LOGIN and OCTOPUSH_API_KEY".into(),
            ));
        }
        Ok(Self::new(builder.default_routes().build()?))
    }

    /// Sends a code; see [`OtpProvider::send`].
    pub async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        match self.provider.router() {
            Some(router) => router.send_direct(request).await,
            None => self.provider.send(request).await,
        }
    }

    /// Checks a code; see [`OtpProvider::verify`].
    pub async fn verify(&self, id: &VerificationId, code: &str) -> Result<Outcome, Error> {
        match self.provider.router() {
            Some(router) => router.verify_direct(id, code).await,
            None => self.provider.verify(id, code).await,
        }
    }

    /// What each vendor behind this handle can do.
    pub fn capabilities(&self) -> &[Capabilities] {
        self.provider.capabilities()
    }
}
