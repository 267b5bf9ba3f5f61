//! [`Config`]: the credentials the sandbox accepts and its behaviour settings. Its defaults
//! come from the vendor registry (each vendor's client settings), and each vendor's state is
//! made from it: with [`Shared`](crate::shared::Shared), the other pair of modules here that
//! refer to each other.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::vendors;
use crate::vendors::Vendor;

/// Credentials the sandbox accepts, and its behaviour settings. The defaults are printed by
/// the `otpkit-sandbox` binary on start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// What clients are configured with, by otpkit's environment variable names
    /// (`TERMII_API_KEY`, `SHOUTOUT_SENDER_ID`, ...): the credentials the sandbox accepts and
    /// the sender IDs it expects. [`Config::var`] reads one, [`Config::set_var`] changes one.
    pub settings: BTreeMap<String, String>,
    /// Whether each vendor enforces its limits on sends to one destination: pipwave's wait of
    /// 60 s before a new code to the same number (status 5002), Twilio Verify's five sends to
    /// one number without a successful check (60203). On by default; load tests and benchmarks
    /// that send to one number again and again turn it off.
    pub destination_limits: bool,
    /// The inbox keeps this many newest messages and forgets older ones, so that a long-running
    /// sandbox under load stays within bounded memory.
    pub inbox_capacity: usize,
    /// Each vendor remembers this many newest codes awaiting verification (and as many
    /// per-number records); an older code, forgotten, verifies as not found. Bounds memory
    /// when codes are sent and never verified.
    pub session_capacity: usize,
    /// Where each vendor that posts delivery reports (Termii, Octopush) posts them: an
    /// `http://` URL on a loopback host (the sandbox posts nothing off the machine; checked when
    /// the sandbox starts). None by default: no report is posted.
    pub callbacks: Vec<(Vendor, String)>,
    /// How long after a delivery its report is posted (1 s by default; at most an hour).
    pub report_delay: Duration,
    /// Host names besides loopback ones (`localhost`, `127.0.0.1`, `[::1]`) under which the
    /// sandbox's page and control routes answer (a container's name); the vendors' routes
    /// answer any.
    pub allowed_hosts: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            settings: vendors::default_settings()
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect(),
            destination_limits: true,
            inbox_capacity: 100_000,
            session_capacity: 100_000,
            callbacks: Vec::new(),
            report_delay: Duration::from_secs(1),
            allowed_hosts: Vec::new(),
        }
    }
}

impl Config {
    /// A client setting, by its environment variable name (`TERMII_API_KEY`).
    pub fn var(&self, name: &str) -> Option<&str> {
        self.settings.get(name).map(String::as_str)
    }

    /// Changes a client setting (a credential the sandbox accepts); why not, when `name` is no
    /// vendor's setting.
    pub fn set_var(&mut self, name: &str, value: impl Into<String>) -> Result<(), String> {
        vendors::check_setting(name)?;
        self.settings.insert(name.to_string(), value.into());
        Ok(())
    }
}
