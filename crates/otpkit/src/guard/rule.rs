//! [`GuardRule`]: which rule refused, as [`Error::GuardRefused`](crate::Error::GuardRefused)
//! names it (the error type refers to it, so it depends on nothing).

/// The rule that refused a send or a verification ([`Error::GuardRefused`]).
///
/// [`Error::GuardRefused`]: crate::Error::GuardRefused
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GuardRule {
    /// Too soon after the last code to this destination (or the vendor refused it).
    ResendCooldown,
    /// Too many codes to this destination in the window.
    DestinationCap,
    /// Too many codes asked for by this caller in the window.
    CallerCap,
    /// Too many codes to this country in the window.
    CountryCap,
    /// The country is not on the allowlist.
    CountryNotAllowed,
    /// The number's prefix converts too few codes into approvals: blocked for a while.
    PrefixConversion,
    /// Too many codes to this country today (the spend cap).
    DailySpend,
    /// Too many checks of this verification.
    VerifyAttempts,
    /// Too many checks by this caller in the window.
    CallerVerifyAttempts,
}

impl GuardRule {
    /// The rule as a stable snake_case name, as `otpkit --json` prints it.
    pub fn name(self) -> &'static str {
        match self {
            GuardRule::ResendCooldown => "resend_cooldown",
            GuardRule::DestinationCap => "destination_cap",
            GuardRule::CallerCap => "caller_cap",
            GuardRule::CountryCap => "country_cap",
            GuardRule::CountryNotAllowed => "country_not_allowed",
            GuardRule::PrefixConversion => "prefix_conversion",
            GuardRule::DailySpend => "daily_spend",
            GuardRule::VerifyAttempts => "verify_attempts",
            GuardRule::CallerVerifyAttempts => "caller_verify_attempts",
        }
    }
}

impl std::fmt::Display for GuardRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
