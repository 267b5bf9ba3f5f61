//! Looking up the built-in vendors of the [`registry`](super::registry): one by name, its
//! provider from settings, and a router over every one configured.

use std::sync::Arc;

use super::descriptor::{Lookup, VendorDescriptor};
use super::registry::BUILT_IN;
use crate::error::Error;
use crate::provider::OtpProvider;
use crate::router::Router;
use crate::vendor::Vendor;

/// The built-in vendor `vendor`, if it is compiled in.
pub fn built_in(vendor: &Vendor) -> Option<&'static VendorDescriptor> {
    BUILT_IN.iter().copied().find(|d| d.vendor == *vendor)
}

/// The built-in `vendor`'s provider, from settings looked up by environment variable name
/// (the process environment, a map, or a sandbox's `client_env`); a [`Error::Config`] when
/// `vendor` is not compiled in or a setting is missing.
pub fn provider(vendor: &Vendor, vars: Lookup<'_>) -> Result<Arc<dyn OtpProvider>, Error> {
    let descriptor = built_in(vendor).ok_or_else(|| {
        Error::Config(format!("{vendor} is not a built-in vendor of this build (its cargo feature is off, or it is your own)").into())
    })?;
    (descriptor.from_vars)(vars)
}

/// A [`Router`] over every built-in vendor whose settings `vars` holds (a vendor counts as
/// configured when its first variable is set), with [`RouterBuilder::default_routes`]: what
/// [`Otp::from_vars`](crate::Otp::from_vars) routes through. A [`Error::Config`] naming the
/// variables to set when no vendor is configured.
///
/// [`RouterBuilder::default_routes`]: crate::RouterBuilder::default_routes
pub fn router(vars: Lookup<'_>) -> Result<Router, Error> {
    let mut builder = Router::builder();
    let mut found = false;
    for descriptor in BUILT_IN {
        if descriptor.is_configured(vars) {
            builder = builder.shared_provider((descriptor.from_vars)(vars)?);
            found = true;
        }
    }
    if !found {
        let names: Vec<&str> = BUILT_IN
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
    builder.default_routes(BUILT_IN).build()
}
