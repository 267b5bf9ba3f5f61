//! [`VendorDescriptor`]: a built-in vendor as plain data, apart from the registry that lists
//! them ([`BUILT_IN`](super::BUILT_IN)), so that the router can read descriptors without
//! knowing which vendors are built in.

use std::sync::Arc;

use crate::capabilities::Capabilities;
use crate::error::Error;
use crate::provider::OtpProvider;
use crate::vendor::Vendor;

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
    /// would defeat. The adapter cites the vendor's documents.
    pub account_wide_429: bool,
    /// What it can do.
    pub capabilities: Capabilities,
    /// Its provider, from settings looked up by environment variable name (see
    /// [`Otp::from_vars`](crate::Otp::from_vars)).
    pub from_vars: fn(Lookup<'_>) -> Result<Arc<dyn OtpProvider>, Error>,
}

impl VendorDescriptor {
    /// Whether `vars` configures this vendor (sets its first variable).
    pub fn is_configured(&self, vars: Lookup<'_>) -> bool {
        self.env
            .first()
            .is_some_and(|name| crate::config::Vars::new(vars).get(name).is_some())
    }
}
