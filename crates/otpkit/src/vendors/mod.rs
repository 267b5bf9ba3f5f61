// generated from the `x-otpkit` blocks of specs/*.yaml by `cargo xtask generate`; do not edit.
//! The built-in vendors: one adapter module each, behind its cargo feature, holding the
//! vendor's quirks (field formats, template syntax, how outcomes are reported), and the
//! registry of them (`registry.rs`), generated from each spec's `x-otpkit` declaration: the
//! [`Vendor`](crate::Vendor) constants, each vendor's [`VendorDescriptor`] and
//! [`BUILT_IN`], the one list [`Otp::from_env`], the router's default routes and the
//! `otpkit` command line iterate.
//!
//! [`Otp::from_env`]: crate::Otp::from_env

#[cfg(feature = "http")]
mod adapter;
mod built_in;
pub(crate) mod descriptor;
#[cfg(feature = "octopush")]
pub mod octopush;
#[cfg(feature = "pipwave")]
pub mod pipwave;
mod registry;
#[cfg(feature = "shoutout")]
pub mod shoutout;
#[cfg(feature = "termii")]
pub mod termii;
#[cfg(feature = "twilio-verify")]
pub mod twilio_verify;

pub use built_in::{built_in, provider, router};
pub use descriptor::{Lookup, VendorDescriptor};
pub use registry::BUILT_IN;
