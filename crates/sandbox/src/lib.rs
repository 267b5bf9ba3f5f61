//! A local, spec-faithful stand-in for every OTP vendor otpkit binds (one per
//! `specs/*.yaml`, listed in [`Vendor`]), for offline tests of sign-up flows and for otpkit's
//! own tests.
//!
//! It serves every operation of `specs/*.yaml` over real HTTP, each vendor under its own
//! prefix so that a client only changes its base URL, with real OTP state: generated codes,
//! expiry, attempt limits, resend throttling and each vendor's own failure shapes. What it
//! "delivers" lands in an inbox; its clock can be moved forward; faults can be injected.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! use otpkit_sandbox::{Sandbox, Vendor};
//!
//! let sandbox = Sandbox::start().await?;
//! let termii = sandbox.base_url(Vendor::Termii); // http://127.0.0.1:PORT/termii
//! // ... send a token through any Termii client pointed at `termii` ...
//! let code = sandbox.last_code_for("2348109077743");
//! sandbox.advance(std::time::Duration::from_secs(600)); // every code is now expired
//! # Ok(()) }
//! ```

// Route helpers return the vendor's error `Response` as their `Err`: it is the answer itself,
// built once per refused request, so boxing it would add noise and save nothing.
#![allow(clippy::result_large_err)]

mod body;
mod bounded;
pub mod cli;
mod clock;
mod config;
mod control;
mod events;
mod faults;
mod inbox;
mod origin;
mod otp;
mod page;
mod reports;
mod sandbox;
mod server;
mod shared;
mod sync;
mod vendors;

pub use config::Config;
pub use faults::{Fault, FaultKind};
pub use inbox::{CodeState, Message};
pub use reports::{MAX_REPORT_DELAY, ReportCounts, ReportOutcome};
pub use sandbox::{ClientEnv, ID_SECRET_ENV, Sandbox};
pub use vendors::Vendor;
