//! The vendors otpkit knows, whether or not their cargo feature is on (a verification id can
//! name any of them).

use std::fmt;

/// An OTP vendor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Vendor {
    /// Termii (Nigeria).
    Termii,
    /// pipwave (Malaysia).
    Pipwave,
    /// ShoutOUT (Sri Lanka).
    Shoutout,
    /// Octopush (France).
    Octopush,
}

impl Vendor {
    /// Every vendor, in a fixed order.
    pub const ALL: [Vendor; 4] = [
        Vendor::Termii,
        Vendor::Pipwave,
        Vendor::Shoutout,
        Vendor::Octopush,
    ];

    /// The lowercase name used in verification ids, logs and environment variables.
    pub fn name(self) -> &'static str {
        match self {
            Vendor::Termii => "termii",
            Vendor::Pipwave => "pipwave",
            Vendor::Shoutout => "shoutout",
            Vendor::Octopush => "octopush",
        }
    }

    /// The vendor called `name` (as [`Vendor::name`] spells it).
    pub fn from_name(name: &str) -> Option<Vendor> {
        Vendor::ALL.into_iter().find(|v| v.name() == name)
    }
}

impl fmt::Display for Vendor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
