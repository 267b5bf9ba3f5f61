//! The guard's settings and their defaults, each with the source it follows.

use std::collections::BTreeMap;
use std::time::Duration;

/// At most `max` in each window of `per`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cap {
    /// The most a window admits.
    pub max: u32,
    /// The window's length.
    pub per: Duration,
}

impl Cap {
    /// At most `max` per `per`.
    pub const fn new(max: u32, per: Duration) -> Self {
        Self { max, per }
    }
}

const MINUTE: Duration = Duration::from_secs(60);
const HOUR: Duration = Duration::from_secs(3600);
const DAY: Duration = Duration::from_secs(24 * 3600);

/// The guard's settings. [`GuardPolicy::default`] is safe for production; each default names
/// its source. Every setter replaces one setting; [`None`] turns a rule off.
///
#[doc = include_str!("defaults.md")]
#[derive(Clone, Debug, PartialEq)]
pub struct GuardPolicy {
    pub(crate) cooldown: Option<ResendCooldown>,
    pub(crate) vendor_hold: Duration,
    pub(crate) destination_cap: Option<Cap>,
    pub(crate) caller_cap: Option<Cap>,
    pub(crate) country_cap: Option<Cap>,
    pub(crate) daily_spend: Option<u32>,
    pub(crate) prices: BTreeMap<u16, u32>,
    pub(crate) countries: Option<Vec<u16>>,
    pub(crate) conversion: Option<Conversion>,
    pub(crate) verify_attempts: Option<Cap>,
    pub(crate) caller_verify_attempts: Option<Cap>,
}

/// The resend cooldown's settings ([`GuardPolicy::resend_cooldown`]).
#[derive(Clone, Debug, PartialEq)]
pub struct ResendCooldown {
    /// The wait after the first code to a destination; each code after doubles it.
    pub first: Duration,
    /// The longest wait.
    pub max: Duration,
    /// How long after its last code a destination's waits are forgotten (an approval
    /// forgets them at once).
    pub forget: Duration,
}

impl Default for ResendCooldown {
    fn default() -> Self {
        Self {
            first: MINUTE,
            max: 10 * MINUTE,
            forget: HOUR,
        }
    }
}

/// The conversion breaker's settings ([`GuardPolicy::conversion`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Conversion {
    /// Digits of the national number after the country code that make a prefix.
    pub prefix_digits: u8,
    /// Sends in a window before the breaker judges.
    pub min_sends: u32,
    /// The least share of sends approved, from 0.0 to 1.0.
    pub min_rate: f64,
    /// The window sends and approvals are counted in.
    pub window: Duration,
    /// The first block; each trip in a row doubles it, up to `max_block`.
    pub block: Duration,
    /// The longest block.
    pub max_block: Duration,
}

impl Default for Conversion {
    fn default() -> Self {
        Self {
            prefix_digits: 6,
            min_sends: 20,
            min_rate: 0.2,
            window: HOUR,
            block: 15 * MINUTE,
            max_block: 12 * HOUR,
        }
    }
}

impl Default for GuardPolicy {
    fn default() -> Self {
        Self {
            cooldown: Some(ResendCooldown::default()),
            vendor_hold: 10 * MINUTE,
            destination_cap: Some(Cap::new(10, HOUR)),
            caller_cap: Some(Cap::new(50, HOUR)),
            country_cap: Some(Cap::new(1000, HOUR)),
            daily_spend: Some(10_000),
            prices: BTreeMap::new(),
            countries: None,
            conversion: Some(Conversion::default()),
            verify_attempts: Some(Cap::new(5, DAY)),
            caller_verify_attempts: Some(Cap::new(360, HOUR)),
        }
    }
}

impl GuardPolicy {
    /// A policy with every rule off but the allowlist: to build up from, in tests and
    /// benchmarks. Production starts from [`GuardPolicy::default`].
    pub fn none() -> Self {
        Self {
            cooldown: None,
            vendor_hold: 10 * MINUTE,
            destination_cap: None,
            caller_cap: None,
            country_cap: None,
            daily_spend: None,
            prices: BTreeMap::new(),
            countries: None,
            conversion: None,
            verify_attempts: None,
            caller_verify_attempts: None,
        }
    }

    /// The wait between codes to one destination; `None` turns it off.
    pub fn resend_cooldown(mut self, cooldown: Option<ResendCooldown>) -> Self {
        self.cooldown = cooldown;
        self
    }

    /// How long a destination waits once a vendor refused it ([`Error::DestinationLimited`])
    /// without saying how long.
    ///
    /// [`Error::DestinationLimited`]: crate::Error::DestinationLimited
    pub fn vendor_hold(mut self, wait: Duration) -> Self {
        self.vendor_hold = wait;
        self
    }

    /// Codes per destination (number or e-mail address).
    pub fn destination_cap(mut self, cap: Option<Cap>) -> Self {
        self.destination_cap = cap;
        self
    }

    /// Codes per caller key ([`SendRequest::caller`](crate::SendRequest::caller)).
    pub fn caller_cap(mut self, cap: Option<Cap>) -> Self {
        self.caller_cap = cap;
        self
    }

    /// Codes per country calling code.
    pub fn country_cap(mut self, cap: Option<Cap>) -> Self {
        self.country_cap = cap;
        self
    }

    /// What a country may be sent per day: a count of codes, or with
    /// [`GuardPolicy::price`], the sum of their prices.
    pub fn daily_spend(mut self, cap: Option<u32>) -> Self {
        self.daily_spend = cap;
        self
    }

    /// What a code to `country_code` costs against [`GuardPolicy::daily_spend`] (in any unit,
    /// the same for every country; 1 where unset).
    pub fn price(mut self, country_code: u16, price: u32) -> Self {
        self.prices.insert(country_code, price);
        self
    }

    /// The country calling codes codes may go to, replacing the default (the router's
    /// explicitly routed countries).
    pub fn countries(mut self, codes: impl IntoIterator<Item = u16>) -> Self {
        self.countries = Some(codes.into_iter().collect());
        self
    }

    /// The conversion breaker per prefix; `None` turns it off.
    pub fn conversion(mut self, conversion: Option<Conversion>) -> Self {
        self.conversion = conversion;
        self
    }

    /// Checks per verification.
    pub fn verify_attempts(mut self, cap: Option<Cap>) -> Self {
        self.verify_attempts = cap;
        self
    }

    /// Checks per caller key ([`VerifyRequest::caller`](crate::VerifyRequest::caller)).
    pub fn caller_verify_attempts(mut self, cap: Option<Cap>) -> Self {
        self.caller_verify_attempts = cap;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The README shows the same table as these docs.
    #[test]
    fn the_readme_shows_the_defaults_table() {
        let readme = include_str!("../../../../README.md");
        assert!(
            readme.contains(include_str!("defaults.md")),
            "README.md must contain crates/otpkit/src/guard/defaults.md as it is"
        );
    }

    /// The defaults are what the table in `GuardPolicy`'s documentation says.
    #[test]
    fn the_defaults_are_the_documented_ones() {
        let p = GuardPolicy::default();
        let cooldown = p.cooldown.clone().unwrap();
        assert_eq!(
            (cooldown.first, cooldown.max, cooldown.forget),
            (MINUTE, 10 * MINUTE, HOUR)
        );
        assert_eq!(p.vendor_hold, 10 * MINUTE);
        assert_eq!(p.destination_cap, Some(Cap::new(10, HOUR)));
        assert_eq!(p.caller_cap, Some(Cap::new(50, HOUR)));
        assert_eq!(p.country_cap, Some(Cap::new(1000, HOUR)));
        assert_eq!(p.daily_spend, Some(10_000));
        assert_eq!(p.countries, None, "the router's routed countries");
        let c = p.conversion.clone().unwrap();
        assert_eq!((c.prefix_digits, c.min_sends, c.min_rate), (6, 20, 0.2));
        assert_eq!(
            (c.window, c.block, c.max_block),
            (HOUR, 15 * MINUTE, 12 * HOUR)
        );
        assert_eq!(p.verify_attempts, Some(Cap::new(5, DAY)));
        assert_eq!(p.caller_verify_attempts, Some(Cap::new(360, HOUR)));
    }
}
