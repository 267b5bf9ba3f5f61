//! What the benchmark binary and the criterion benchmarks share.

use std::time::Duration;

use otpkit::guard::{Cap, Conversion, GuardPolicy, ResendCooldown};

/// Every rule on, none ever refusing: the cost of deciding, not of refusing.
pub fn every_rule_never_refusing() -> GuardPolicy {
    let hour = Duration::from_secs(3600);
    let never = Some(Cap::new(u32::MAX, hour));
    GuardPolicy::default()
        .resend_cooldown(Some(ResendCooldown {
            first: Duration::ZERO,
            max: Duration::ZERO,
            forget: hour,
        }))
        .destination_cap(never)
        .caller_cap(never)
        .country_cap(never)
        .daily_spend(Some(u32::MAX))
        .conversion(Some(Conversion {
            min_rate: 0.0,
            ..Conversion::default()
        }))
        .verify_attempts(never)
        .caller_verify_attempts(never)
}
