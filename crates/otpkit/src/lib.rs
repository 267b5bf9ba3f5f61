// The crate documentation is its README, whose example runs as a doctest, then a tour of
// the API with links.
#![doc = include_str!("../README.md")]
//!
//! ## The API in brief
//!
//! - [`SendRequest`] says what to send; every option is checked against the chosen vendor's
//!   documented limits ([`Capabilities`]) before any request, and a bad value is an
//!   [`Error::InvalidInput`] naming the field.
//! - [`Outcome`] says what a verification found (approved, rejected with attempts left,
//!   expired, not found, too many attempts), from each vendor's own signals.
//! - [`VerificationId`] is stateless: it carries what its vendor needs, prints as a URL-safe
//!   string and parses back, so any replica of your service can verify a code another sent.
//!   [`Otp`] seals it ([`IdSeal`], `OTPKIT_ID_SECRET`) with the destination and the time, and
//!   checks it against the destination the application expects before any vendor is called.
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
//! - [`Guard`] wraps a provider (normally the router) with limits against SMS pumping and
//!   brute force: resend cooldown, caps per destination, caller and country, a country
//!   allowlist, a conversion breaker per number prefix, a daily spend cap and a cap on checks,
//!   counted in memory or, with the `redis` feature, in Redis shared by every replica.
//! - `webhook` (with `termii` or `octopush`) authenticates and reads the delivery reports
//!   vendors post (with the `axum` feature, a ready route); [`Otp::status`] and
//!   [`Otp::balance`] look a message and an account up where the vendor can; the router can
//!   skip a vendor out of money ([`RouterBuilder::skip_below_balance`]).
//! - [`Error`] knows whether it [is retryable](Error::is_retryable) and whether the request
//!   [may have reached the vendor](Error::may_have_reached_vendor).
//! - Each vendor call runs in a `tracing` span `otpkit.vendor_call` with the vendor, the
//!   operation, the status and the latency; codes, keys and numbers never appear in it.
//!
//! Configuration comes from builders ([`vendors::termii::Termii::builder`], ...) or the
//! environment ([`Otp::from_env`]). Requests time out after [`DEFAULT_TIMEOUT`] (10 s) unless
//! set per vendor or with `OTPKIT_TIMEOUT_MS`.

#![deny(missing_docs)]
// On docs.rs (`--cfg docsrs`, nightly rustdoc): `doc_cfg` labels every item behind a cargo
// feature with that feature, by itself since `doc_auto_cfg` was folded into it.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod breaker;
mod capabilities;
mod channel;
// What the built-in adapters share; a build without any of them needs no HTTP client.
#[cfg(feature = "http")]
mod call;
mod config;
#[cfg(feature = "http")]
mod connection;
mod error;
mod funds;
pub mod guard;
mod mask;
mod otp;
mod phone;
mod provider;
#[cfg(any(feature = "termii", feature = "octopush"))]
mod received;
mod report;
mod request;
mod router;
mod seal;
mod vendor;
pub mod vendors;
mod verification;
// Reports are received only by the parsers of the vendors that post them.
#[cfg(any(feature = "termii", feature = "octopush"))]
pub mod webhook;

/// The attribute [`OtpProvider`] implementations take, re-exported so that yours use the same
/// version as otpkit.
pub use async_trait::async_trait;
pub use breaker::BreakerConfig;
pub use capabilities::{CODE_PLACEHOLDER, Capabilities, CheckedRequest, MAX_TEMPLATE_CHARS};
pub use channel::{Alphabet, Channel};
pub use config::DEFAULT_TIMEOUT;
pub use error::{BoxError, ConfigError, Error};
pub use guard::{Guard, GuardPolicy, GuardRule};
pub use otp::Otp;
pub use phone::Phone;
pub use provider::OtpProvider;
pub use report::{Balance, Delivery, DeliveryReport, Health};
pub use request::{Destination, SendRequest};
pub use router::{Router, RouterBuilder};
pub use seal::{ID_SECRET_VAR, IdSeal};
pub use vendor::{InvalidVendorName, Vendor};
pub use verification::{Outcome, Verification, VerificationId, VerifyRequest};
