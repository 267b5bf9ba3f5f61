//! The exit codes `otpkit` documents, and how each error maps to one.

use std::process::ExitCode;

/// Success: the code was sent, approved, or the demo passed.
pub const OK: u8 = 0;
/// A negative answer: the code was not approved (rejected, expired, unknown, locked), or a demo
/// check failed.
pub const NOT_APPROVED: u8 = 1;
/// Invalid input: a bad flag, phone number, option or verification id (clap's usage errors too).
pub const INVALID_INPUT: u8 = 2;
/// Credentials missing from the flags and environment, or refused by the vendor.
pub const CREDENTIALS: u8 = 3;
/// The vendor failed or could not be reached (server error, rate limit, timeout, network).
pub const VENDOR: u8 = 4;
/// Refused by the guard (a limit against SMS pumping or brute force), or its store could not
/// decide; nothing was sent to a vendor.
pub const GUARD: u8 = 5;

pub fn for_error(error: &otpkit::Error) -> u8 {
    match error {
        otpkit::Error::InvalidInput { .. } | otpkit::Error::Unsupported { .. } => INVALID_INPUT,
        otpkit::Error::Config(_) | otpkit::Error::Unauthorized { .. } => CREDENTIALS,
        otpkit::Error::GuardRefused { .. } | otpkit::Error::GuardStore { .. } => GUARD,
        _ => VENDOR,
    }
}

pub fn code(value: u8) -> ExitCode {
    ExitCode::from(value)
}
