// The crate documentation is its README, whose example compiles as a doctest.
#![doc = include_str!("../README.md")]
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
