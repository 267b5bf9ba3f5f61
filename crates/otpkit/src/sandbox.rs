//! Providers wired to a running [`otpkit_sandbox::Sandbox`] with the credentials it accepts
//! (sender IDs `Acme` for Termii and `ShoutDEMO` for ShoutOUT): what `otpkit demo` and the
//! benchmarks run on. Behind the `sandbox` feature.

use crate::vendors::{octopush::Octopush, pipwave::Pipwave, shoutout::Shoutout, termii::Termii};
use crate::{Error, OtpProvider, Vendor};

/// The sandbox's name for `vendor`.
pub fn sandbox_vendor(vendor: Vendor) -> otpkit_sandbox::Vendor {
    match vendor {
        Vendor::Termii => otpkit_sandbox::Vendor::Termii,
        Vendor::Pipwave => otpkit_sandbox::Vendor::Pipwave,
        Vendor::Shoutout => otpkit_sandbox::Vendor::Shoutout,
        Vendor::Octopush => otpkit_sandbox::Vendor::Octopush,
    }
}

/// `vendor`'s provider pointed at `sandbox`, with the credentials it accepts.
pub fn provider(
    sandbox: &otpkit_sandbox::Sandbox,
    vendor: Vendor,
) -> Result<Box<dyn OtpProvider>, Error> {
    let c = sandbox.config();
    let url = |v| sandbox.base_url(v);
    Ok(match vendor {
        Vendor::Termii => Box::new(
            Termii::builder()
                .api_key(&c.termii_api_key)
                .base_url(url(otpkit_sandbox::Vendor::Termii))
                .sender_id("Acme")
                .build()?,
        ),
        Vendor::Pipwave => Box::new(
            Pipwave::builder()
                .api_key(&c.pipwave_api_key)
                .api_secret(&c.pipwave_api_secret)
                .base_url(url(otpkit_sandbox::Vendor::Pipwave))
                .build()?,
        ),
        Vendor::Shoutout => Box::new(
            Shoutout::builder()
                .api_key(&c.shoutout_api_key)
                .base_url(url(otpkit_sandbox::Vendor::Shoutout))
                .sender_id("ShoutDEMO")
                .build()?,
        ),
        Vendor::Octopush => Box::new(
            Octopush::builder()
                .api_login(&c.octopush_api_login)
                .api_key(&c.octopush_api_key)
                .base_url(url(otpkit_sandbox::Vendor::Octopush))
                .build()?,
        ),
    })
}
