//! [`VendorDescriptor`]: a built-in vendor as plain data, apart from the registry that lists
//! them ([`BUILT_IN`](super::BUILT_IN)), so that the router can read descriptors without
//! knowing which vendors are built in.

use std::sync::Arc;

use crate::capabilities::Capabilities;
use crate::error::Error;
use crate::provider::OtpProvider;
use crate::vendor::Vendor;
use crate::verification::Outcome;

/// Settings looked up by environment variable name: see [`Otp::from_vars`](crate::Otp::from_vars).
pub type Lookup<'a> = &'a dyn Fn(&str) -> Option<String>;

/// A built-in vendor, as plain data: what it is called, how it is configured, where it sends
/// by default and what it can do. The registry holds one per built-in vendor, generated from
/// the vendor's declaration in its spec (`x-otpkit`) with its adapter's capabilities and
/// constructor; nothing else lists vendors.
#[derive(Debug)]
#[non_exhaustive]
pub struct VendorDescriptor {
    /// Its name.
    pub vendor: Vendor,
    /// How people write it (`ShoutOUT`).
    pub display_name: &'static str,
    /// Every environment variable it reads, besides `OTPKIT_TIMEOUT_MS` and `OTPKIT_ALLOW_HTTP`.
    /// The first is the one whose presence means it is configured.
    pub env: &'static [&'static str],
    /// The country calling codes it serves by default ([`RouterBuilder::default_routes`]).
    ///
    /// [`RouterBuilder::default_routes`]: crate::RouterBuilder::default_routes
    pub countries: &'static [u16],
    /// Whether it is a global fallback (it reaches every country): the default routes put it
    /// after the home vendors of every routed country, and first on the catch-all route.
    pub fallback: bool,
    /// Whether the vendor documents its HTTP 429 as a limit on the whole account, so that
    /// another vendor may take the send ([`Error::RateLimited`]'s `account_wide`). `false`
    /// where the scope is undocumented: the limit may be the destination's, which failing over
    /// would defeat. Declared in the vendor's spec (`x-otpkit`), which cites its documents.
    pub account_wide_429: bool,
    /// What it can do.
    pub capabilities: Capabilities,
    /// Its provider, from settings looked up by environment variable name (see
    /// [`Otp::from_vars`](crate::Otp::from_vars)).
    pub from_vars: fn(Lookup<'_>) -> Result<Arc<dyn OtpProvider>, Error>,
    /// How its adapter reads a check's outcome; for otpkit's own tests.
    #[doc(hidden)]
    pub outcomes: &'static OutcomeTable,
}

impl VendorDescriptor {
    /// Whether `vars` configures this vendor (sets its first variable).
    pub fn is_configured(&self, vars: Lookup<'_>) -> bool {
        self.env
            .first()
            .is_some_and(|name| crate::config::Vars::new(vars).get(name).is_some())
    }
}

/// How a vendor's success answer to a check names its outcome: the field of the answer's JSON
/// object that carries it, and what each of its values means. Each adapter maps its answers
/// with its own table (`OUTCOMES`), and tests read the same table to tell the vendor's genuine
/// approval from a hostile answer, so the two cannot drift apart.
#[doc(hidden)]
#[derive(Debug)]
pub struct OutcomeTable {
    /// The top-level field of the answer object that carries the outcome.
    pub field: &'static str,
    /// Each value as text (a string's contents, a number's or a boolean's JSON), with what it
    /// means. `Rejected` stands for a wrong code whatever the attempts left.
    pub values: &'static [(&'static str, Outcome)],
    /// Whether the answer to a wrong code says how many attempts remain (`Rejected`'s
    /// `attempts_left` is then `Some`).
    pub reports_attempts_left: bool,
}

impl OutcomeTable {
    /// What `value` (as text, exactly as listed) means, if the table lists it.
    pub fn outcome(&self, value: &str) -> Option<Outcome> {
        self.values
            .iter()
            .find(|(listed, _)| *listed == value)
            .map(|&(_, outcome)| outcome)
    }
}
