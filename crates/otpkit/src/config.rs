//! Reading settings by environment variable name, from the process environment or any lookup.

use std::time::Duration;

/// Default time allowed for one vendor request, from connecting to the end of the answer.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Settings read by name, as the environment names them (`TERMII_API_KEY`,
/// `OTPKIT_TIMEOUT_MS`): from the process environment, or from any lookup a caller gives
/// ([`Otp::from_vars`](crate::Otp::from_vars)). Blank values count as unset.
#[derive(Clone, Copy)]
pub(crate) struct Vars<'a>(&'a dyn Fn(&str) -> Option<String>);

impl<'a> Vars<'a> {
    pub(crate) fn new(lookup: &'a dyn Fn(&str) -> Option<String>) -> Self {
        Self(lookup)
    }

    /// The value of `name`, trimmed, if set and not blank.
    pub(crate) fn get(&self, name: &str) -> Option<String> {
        (self.0)(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    }

    /// The process environment.
    pub(crate) fn process(name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
}
