// generated from the `x-otpkit` blocks of specs/*.yaml by `cargo xtask generate`; do not edit.
//! Each built-in vendor as declared in its spec (`x-otpkit`), with its adapter's
//! capabilities and constructor; and [`BUILT_IN`], the list of those compiled in.

#![allow(unused_imports)]

use super::descriptor::VendorDescriptor;
use crate::vendor::Vendor;

impl Vendor {
    /// Octopush.
    #[cfg(feature = "octopush")]
    pub const OCTOPUSH: Vendor = Vendor::from_static("octopush");
    /// pipwave.
    #[cfg(feature = "pipwave")]
    pub const PIPWAVE: Vendor = Vendor::from_static("pipwave");
    /// ShoutOUT.
    #[cfg(feature = "shoutout")]
    pub const SHOUTOUT: Vendor = Vendor::from_static("shoutout");
    /// Termii.
    #[cfg(feature = "termii")]
    pub const TERMII: Vendor = Vendor::from_static("termii");
    /// Twilio Verify.
    #[cfg(feature = "twilio-verify")]
    pub const TWILIO_VERIFY: Vendor = Vendor::from_static("twilio-verify");
}

/// Octopush in the built-in list.
#[cfg(feature = "octopush")]
static OCTOPUSH: VendorDescriptor = VendorDescriptor {
    vendor: Vendor::OCTOPUSH,
    display_name: otpkit_octopush::declared::DISPLAY_NAME,
    env: &otpkit_octopush::declared::ConfigKey::NAMES,
    countries: &[33],
    fallback: false,
    account_wide_429: otpkit_octopush::declared::ACCOUNT_WIDE_429,
    capabilities: super::octopush::capabilities(),
    from_vars: super::octopush::provider,
    outcomes: &super::octopush::OUTCOMES,
};

/// pipwave in the built-in list.
#[cfg(feature = "pipwave")]
static PIPWAVE: VendorDescriptor = VendorDescriptor {
    vendor: Vendor::PIPWAVE,
    display_name: otpkit_pipwave::declared::DISPLAY_NAME,
    env: &otpkit_pipwave::declared::ConfigKey::NAMES,
    countries: &[60],
    fallback: false,
    account_wide_429: otpkit_pipwave::declared::ACCOUNT_WIDE_429,
    capabilities: super::pipwave::capabilities(),
    from_vars: super::pipwave::provider,
    outcomes: &super::pipwave::OUTCOMES,
};

/// ShoutOUT in the built-in list.
#[cfg(feature = "shoutout")]
static SHOUTOUT: VendorDescriptor = VendorDescriptor {
    vendor: Vendor::SHOUTOUT,
    display_name: otpkit_shoutout::declared::DISPLAY_NAME,
    env: &otpkit_shoutout::declared::ConfigKey::NAMES,
    countries: &[94],
    fallback: false,
    account_wide_429: otpkit_shoutout::declared::ACCOUNT_WIDE_429,
    capabilities: super::shoutout::capabilities(),
    from_vars: super::shoutout::provider,
    outcomes: &super::shoutout::OUTCOMES,
};

/// Termii in the built-in list.
#[cfg(feature = "termii")]
static TERMII: VendorDescriptor = VendorDescriptor {
    vendor: Vendor::TERMII,
    display_name: otpkit_termii::declared::DISPLAY_NAME,
    env: &otpkit_termii::declared::ConfigKey::NAMES,
    countries: &[234],
    fallback: false,
    account_wide_429: otpkit_termii::declared::ACCOUNT_WIDE_429,
    capabilities: super::termii::capabilities(),
    from_vars: super::termii::provider,
    outcomes: &super::termii::OUTCOMES,
};

/// Twilio Verify in the built-in list.
#[cfg(feature = "twilio-verify")]
static TWILIO_VERIFY: VendorDescriptor = VendorDescriptor {
    vendor: Vendor::TWILIO_VERIFY,
    display_name: otpkit_twilio_verify::declared::DISPLAY_NAME,
    env: &otpkit_twilio_verify::declared::ConfigKey::NAMES,
    countries: &[],
    fallback: true,
    account_wide_429: otpkit_twilio_verify::declared::ACCOUNT_WIDE_429,
    capabilities: super::twilio_verify::capabilities(),
    from_vars: super::twilio_verify::provider,
    outcomes: &super::twilio_verify::OUTCOMES,
};

/// Every built-in vendor compiled in (by cargo feature), in name order.
pub static BUILT_IN: &[&VendorDescriptor] = &[
    #[cfg(feature = "octopush")]
    &OCTOPUSH,
    #[cfg(feature = "pipwave")]
    &PIPWAVE,
    #[cfg(feature = "shoutout")]
    &SHOUTOUT,
    #[cfg(feature = "termii")]
    &TERMII,
    #[cfg(feature = "twilio-verify")]
    &TWILIO_VERIFY,
];
