//! Vendor identity: an open name, so that a provider otpkit has never heard of can be routed to
//! and its verification ids parse back. The built-in vendors' names are constants declared in
//! their adapters ([`Vendor::TERMII`](crate::Vendor) and the like, each behind its feature).

use std::borrow::Cow;
use std::fmt;

use crate::mask::shorten;

/// The longest vendor name, in bytes.
const MAX_NAME: usize = 32;

/// An OTP vendor, by name: lowercase ASCII letters, digits, `-` and `_`, 1 to 32 characters,
/// starting with a letter (`termii`, `twilio-verify`, `console`). It is the prefix of the
/// verification ids the vendor issues and the `vendor` field of traces.
///
/// ```
/// use otpkit::Vendor;
///
/// const CONSOLE: Vendor = Vendor::from_static("console");
/// assert_eq!(Vendor::new("console")?, CONSOLE);
/// assert!(Vendor::new("Not a name").is_err());
/// # Ok::<(), otpkit::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Vendor(Cow<'static, str>);

/// Why `name` is not a vendor name, if it is not one. `const` so that
/// [`Vendor::from_static`] checks its argument at compile time.
const fn problem(name: &str) -> Option<&'static str> {
    let bytes = name.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_NAME {
        return Some("must be 1 to 32 characters");
    }
    if !bytes[0].is_ascii_lowercase() {
        return Some("must start with a lowercase letter");
    }
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !(b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_') {
            return Some("may hold only lowercase letters, digits, `-` and `_`");
        }
        i += 1;
    }
    None
}

impl Vendor {
    /// A vendor named by a string literal, for constants. Panics (at compile time, in a
    /// `const`) when `name` is not a vendor name; [`Vendor::new`] is the fallible form.
    pub const fn from_static(name: &'static str) -> Self {
        if let Some(problem) = problem(name) {
            panic!("{}", problem);
        }
        Vendor(Cow::Borrowed(name))
    }

    /// The vendor called `name`, or an [`InvalidVendorName`] saying what is wrong with the name
    /// (`?` turns it into an [`Error::InvalidInput`](crate::Error::InvalidInput) on `vendor`).
    pub fn new(name: impl Into<Cow<'static, str>>) -> Result<Self, InvalidVendorName> {
        let name = name.into();
        match problem(&name) {
            None => Ok(Vendor(name)),
            Some(problem) => Err(InvalidVendorName {
                name: shorten(&name),
                problem,
            }),
        }
    }

    /// The name, as verification ids, traces and environment variables spell it.
    pub fn name(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Vendor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Debug for Vendor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Vendor({})", self.name())
    }
}

impl std::str::FromStr for Vendor {
    type Err = InvalidVendorName;

    fn from_str(name: &str) -> Result<Self, InvalidVendorName> {
        Vendor::new(name.to_string())
    }
}

/// A name that is not a vendor name, and why. It converts into otpkit's
/// [`Error::InvalidInput`](crate::Error::InvalidInput) on `vendor`, so `?` works in code that
/// returns [`Error`](crate::Error). Its own type keeps this module free of the error module,
/// which refers to vendors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidVendorName {
    /// The name as given, masked and cut like any quoted input.
    name: String,
    problem: &'static str,
}

impl fmt::Display for InvalidVendorName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` {}", self.name, self.problem)
    }
}

impl std::error::Error for InvalidVendorName {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked_the_same_way_at_run_time_and_compile_time() {
        for good in ["termii", "twilio-verify", "a", "x_1", &"a".repeat(32)] {
            assert_eq!(Vendor::new(good.to_string()).unwrap().name(), good);
        }
        for bad in [
            "",
            "Termii",
            "1abc",
            "a.b",
            "a b",
            "é",
            &"a".repeat(33),
            "a\n",
        ] {
            let error = crate::error::Error::from(Vendor::new(bad.to_string()).unwrap_err());
            assert!(
                matches!(
                    error,
                    crate::error::Error::InvalidInput {
                        field: "vendor",
                        ..
                    }
                ),
                "{bad:?}: {error:?}"
            );
        }
        const CONSOLE: Vendor = Vendor::from_static("console");
        assert_eq!(CONSOLE, Vendor::new("console").unwrap());
    }

    #[test]
    #[should_panic(expected = "lowercase")]
    fn a_bad_static_name_panics() {
        let _ = Vendor::from_static("Bad");
    }
}
