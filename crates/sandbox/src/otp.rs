//! OTP state shared by every vendor: generating codes and identifiers, and one session type
//! whose `check` holds the verification rules (attempts, expiry, match) for all of them.

use std::time::Duration;

use rand::Rng;

pub(crate) const DIGITS: &str = "0123456789";
pub(crate) const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
pub(crate) const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
/// Octopush's special characters.
pub(crate) const SPECIAL: &str = "!#$%&?@";
/// Characters Octopush's `remove_confusing_characters` drops.
pub(crate) const CONFUSING: &str = "0O1lI";

/// A random code of `length` characters from `alphabet` (which must not be empty).
pub(crate) fn code(length: usize, alphabet: &[char]) -> String {
    let mut rng = rand::rng();
    (0..length)
        .map(|_| alphabet[rng.random_range(0..alphabet.len())])
        .collect()
}

/// A random version-4 UUID in its usual text form.
pub(crate) fn uuid() -> String {
    let bits: u128 = rand::rng().random();
    let bits = (bits & !(0xf << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
    let hex = format!("{bits:032x}");
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// A random lowercase hex string of `len` characters.
pub(crate) fn hex(len: usize) -> String {
    code(len, &"0123456789abcdef".chars().collect::<Vec<_>>())
}

/// One code waiting to be verified.
#[derive(Clone, Debug)]
pub(crate) struct Session {
    pub code: String,
    pub destination: String,
    /// Sandbox clock time after which the code is expired; `None` never expires.
    pub expires_at: Option<Duration>,
    pub attempts_left: u32,
}

/// What checking a code against a session found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Check {
    Approved,
    Wrong {
        attempts_left: u32,
    },
    Expired,
    /// Every attempt was used on wrong codes.
    Exhausted,
}

impl Session {
    pub(crate) fn new(
        code: String,
        destination: String,
        now: Duration,
        ttl: Option<Duration>,
        attempts: u32,
    ) -> Self {
        Self {
            code,
            destination,
            expires_at: ttl.map(|ttl| now.saturating_add(ttl)),
            attempts_left: attempts,
        }
    }

    /// Checks `code` at time `now`, spending an attempt when it is wrong.
    pub(crate) fn check(&mut self, code: &str, now: Duration) -> Check {
        if self.attempts_left == 0 {
            Check::Exhausted
        } else if self.expires_at.is_some_and(|at| now >= at) {
            Check::Expired
        } else if code == self.code {
            Check::Approved
        } else {
            self.attempts_left -= 1;
            Check::Wrong {
                attempts_left: self.attempts_left,
            }
        }
    }
}

/// Characters of the alphabet made of `sets`.
pub(crate) fn alphabet(sets: &[&str]) -> Vec<char> {
    sets.iter().flat_map(|s| s.chars()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_has_version_and_variant() {
        let id = uuid();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"), "{id}");
    }

    #[test]
    fn codes_use_only_the_alphabet() {
        let alphabet: Vec<char> = "AB".chars().collect();
        let c = code(64, &alphabet);
        assert_eq!(c.len(), 64);
        assert!(c.chars().all(|ch| ch == 'A' || ch == 'B'));
    }

    #[test]
    fn a_session_runs_out_of_attempts_then_stays_exhausted() {
        let mut s = Session::new("1234".into(), "234".into(), Duration::ZERO, None, 2);
        assert_eq!(
            s.check("0000", Duration::ZERO),
            Check::Wrong { attempts_left: 1 }
        );
        assert_eq!(
            s.check("0000", Duration::ZERO),
            Check::Wrong { attempts_left: 0 }
        );
        assert_eq!(s.check("1234", Duration::ZERO), Check::Exhausted);
    }

    #[test]
    fn a_session_expires_at_its_deadline() {
        let mut s = Session::new(
            "1234".into(),
            "234".into(),
            Duration::ZERO,
            Some(Duration::from_secs(60)),
            3,
        );
        assert_eq!(s.check("1234", Duration::from_secs(60)), Check::Expired);
        assert_eq!(s.attempts_left, 3, "an expired check spends no attempt");
        let mut s = Session::new(
            "1234".into(),
            "234".into(),
            Duration::ZERO,
            Some(Duration::from_secs(60)),
            3,
        );
        assert_eq!(s.check("1234", Duration::from_secs(59)), Check::Approved);
    }
}
