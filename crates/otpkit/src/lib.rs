//! One `send` / `verify` API over the OTP vendors application developers in Nigeria,
//! Malaysia, Sri Lanka and France use (Termii, pipwave, ShoutOUT and Octopush) and Twilio
//! Verify, the global fallback, each behind a cargo feature named after it (`termii`,
//! `pipwave`, `shoutout`, `octopush`, `twilio-verify`; `full`, the default, has all).
//!
//! - [`SendRequest`] says what to send; every option is checked against the chosen vendor's
//!   documented limits ([`Capabilities`]) before any request, and a bad value is an
//!   [`Error::InvalidInput`] naming the field.
//! - [`Outcome`] says what a verification found (approved, rejected with attempts left,
//!   expired, not found, too many attempts), from each vendor's own signals.
//! - [`VerificationId`] is stateless: it carries what its vendor needs, prints as a URL-safe
//!   string and parses back, so any replica of your service can verify a code another sent.
//! - [`Router`] routes by country calling code (and a catch-all route `*`), skips a vendor
//!   that cannot honour the request's options, fails over only when resending is safe, and
//!   keeps a circuit breaker per vendor ([`BreakerConfig`]) so that a vendor that is down is
//!   skipped without being called.
//! - [`OtpProvider`] is the one trait behind all of it: three methods (capabilities, send,
//!   verify), object-safe, implementable outside otpkit with the public API alone (see
//!   `examples/console_provider.rs`). Optional operations ([`OtpProvider::status`],
//!   [`OtpProvider::balance`], [`OtpProvider::health`]) default to [`Error::Unsupported`].
//! - [`vendors::BUILT_IN`] lists the built-in vendors compiled in, each as a
//!   [`VendorDescriptor`](vendors::VendorDescriptor): its environment variables, home countries
//!   and capabilities.
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
//! # #[cfg(feature = "termii")]
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use otpkit::{Otp, Outcome, SendRequest, VerifyRequest, vendors::termii::Termii};
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
//! let wrong = VerifyRequest::new(id.parse()?, "000000");
//! assert_eq!(otp.verify(&wrong).await?, Outcome::Rejected { attempts_left: Some(2) });
//! assert_eq!(otp.verify(&VerifyRequest::new(id.parse()?, code)).await?, Outcome::Approved);
//! # Ok(()) }
//! # #[cfg(not(feature = "termii"))]
//! # fn main() {}
//! ```

#![deny(missing_docs)]

mod breaker;
// What the built-in adapters share; a build without any of them needs no HTTP client.
#[cfg(feature = "http")]
mod call;
mod config;
#[cfg(feature = "http")]
mod connection;
mod error;
mod phone;
mod provider;
mod report;
mod request;
mod router;
mod vendor;
pub mod vendors;
mod verification;

use std::sync::Arc;

/// The attribute [`OtpProvider`] implementations take, re-exported so that yours use the same
/// version as otpkit.
pub use async_trait::async_trait;
pub use breaker::BreakerConfig;
pub use config::DEFAULT_TIMEOUT;
pub use error::{BoxError, ConfigError, Error};
pub use phone::Phone;
pub use provider::OtpProvider;
pub use report::{Balance, Delivery, Health};
pub use request::{
    Alphabet, CODE_PLACEHOLDER, Capabilities, Channel, CheckedRequest, Destination,
    MAX_TEMPLATE_CHARS, SendRequest,
};
pub use router::{Router, RouterBuilder};
pub use vendor::Vendor;
pub use verification::{Outcome, Verification, VerificationId, VerifyRequest};

/// The handle most applications hold: any [`OtpProvider`] (one vendor or a [`Router`]),
/// cheap to clone and share between tasks.
#[derive(Clone, Debug)]
pub struct Otp {
    provider: Arc<dyn OtpProvider>,
}

impl Otp {
    /// A handle over `provider`.
    pub fn new(provider: impl OtpProvider + 'static) -> Self {
        Self::shared(Arc::new(provider))
    }

    /// A handle over a provider already shared elsewhere.
    pub fn shared(provider: Arc<dyn OtpProvider>) -> Self {
        Self { provider }
    }

    /// A [`Router`] over every built-in vendor whose credentials are in the environment (each
    /// vendor's variables are in its [`VendorDescriptor::env`]: `TERMII_API_KEY`,
    /// `TWILIO_VERIFY_SERVICE_SID` and so on), with [`RouterBuilder::default_routes`].
    ///
    /// [`VendorDescriptor::env`]: vendors::VendorDescriptor::env
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(config::Vars::process)
    }

    /// As [`Otp::from_env`], with each variable looked up through `vars` (a map, a
    /// configuration file, a secrets store) instead of the process environment.
    ///
    /// ```
    /// # #[cfg(feature = "termii")] {
    /// use std::collections::HashMap;
    ///
    /// let vars = HashMap::from([("TERMII_API_KEY", "k"), ("TERMII_SENDER_ID", "Acme")]);
    /// let otp = otpkit::Otp::from_vars(|name| vars.get(name).map(|v| v.to_string()))?;
    /// assert_eq!(otp.capabilities()[0].vendor, otpkit::Vendor::TERMII);
    /// # }
    /// # Ok::<(), otpkit::Error>(())
    /// ```
    pub fn from_vars(vars: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let mut builder = Router::builder();
        let mut found = false;
        for descriptor in vendors::BUILT_IN {
            if descriptor.is_configured(&vars) {
                builder = builder.shared_provider((descriptor.from_vars)(&vars)?);
                found = true;
            }
        }
        if !found {
            let names: Vec<&str> = vendors::BUILT_IN
                .iter()
                .filter_map(|d| d.env.first().copied())
                .collect();
            return Err(Error::Config(
                format!(
                    "no vendor is configured: set one of {} (and the vendor's other variables)",
                    if names.is_empty() {
                        "(none: this build has no vendor feature on)".to_string()
                    } else {
                        names.join(", ")
                    }
                )
                .into(),
            ));
        }
        Ok(Self::new(builder.default_routes().build()?))
    }

    /// Sends a code; see [`OtpProvider::send`].
    pub async fn send(&self, request: &SendRequest) -> Result<Verification, Error> {
        self.provider.send(request).await
    }

    /// Checks a code; see [`OtpProvider::verify`].
    pub async fn verify(&self, request: &VerifyRequest) -> Result<Outcome, Error> {
        self.provider.verify(request).await
    }

    /// Where a sent code is; see [`OtpProvider::status`].
    pub async fn status(&self, id: &VerificationId) -> Result<Delivery, Error> {
        self.provider.status(id).await
    }

    /// The balance with `vendor`; see [`OtpProvider::balance`].
    pub async fn balance(&self, vendor: &Vendor) -> Result<Balance, Error> {
        self.provider.balance(vendor).await
    }

    /// Whether `vendor` is taking requests; see [`OtpProvider::health`].
    pub async fn health(&self, vendor: &Vendor) -> Result<Health, Error> {
        self.provider.health(vendor).await
    }

    /// Every vendor behind this handle and its health, for dashboards: through a [`Router`],
    /// each vendor's circuit breaker; a provider that reports none answers
    /// [`Error::Unsupported`].
    pub async fn health_report(&self) -> Vec<(Vendor, Result<Health, Error>)> {
        let mut report = Vec::new();
        for c in self.capabilities() {
            report.push((c.vendor.clone(), self.health(&c.vendor).await));
        }
        report
    }

    /// What each vendor behind this handle can do.
    pub fn capabilities(&self) -> &[Capabilities] {
        self.provider.capabilities()
    }

    /// The provider behind this handle.
    pub fn provider(&self) -> &Arc<dyn OtpProvider> {
        &self.provider
    }
}
