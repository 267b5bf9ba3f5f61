//! What a send returns and a verify takes: a stateless [`VerificationId`] that carries
//! everything its vendor needs to check a code later, on any replica of your service.

use std::fmt;
use std::str::FromStr;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use secrecy::SecretString;

use crate::{Channel, Error, Vendor};

/// Longest verification id otpkit parses.
const MAX_ID_LEN: usize = 1024;

/// Identifies a sent code: the vendor and what it needs to verify (Termii's `pinId`, pipwave's
/// reference, user id and number, ShoutOUT's `referenceId`, Octopush's `otp_request_token`).
/// It prints as a compact, URL-safe string (`termii.<base64url>`) and parses back, so it can be
/// stored or handed to the browser and verified by any replica.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct VerificationId {
    vendor: Vendor,
    fields: Vec<String>,
}

impl VerificationId {
    pub(crate) fn new(vendor: Vendor, fields: Vec<String>) -> Self {
        Self { vendor, fields }
    }

    /// The vendor that sent the code and must verify it.
    pub fn vendor(&self) -> Vendor {
        self.vendor
    }

    pub(crate) fn fields(&self) -> &[String] {
        &self.fields
    }

    /// The fields this vendor's ids carry.
    fn arity(vendor: Vendor) -> usize {
        match vendor {
            Vendor::Pipwave => 4,
            _ => 1,
        }
    }
}

impl fmt::Display for VerificationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}.{}",
            self.vendor,
            URL_SAFE_NO_PAD.encode(self.fields.join("\n"))
        )
    }
}

impl fmt::Debug for VerificationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "VerificationId({self})")
    }
}

impl FromStr for VerificationId {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        let bad = |reason: &str| Error::invalid("verification_id", reason.to_string());
        if text.len() > MAX_ID_LEN {
            return Err(bad("longer than any id otpkit makes"));
        }
        let (vendor, payload) = text
            .split_once('.')
            .ok_or_else(|| bad("expected `<vendor>.<payload>`"))?;
        let vendor =
            Vendor::from_name(vendor).ok_or_else(|| bad("names no vendor otpkit knows"))?;
        let bytes = URL_SAFE_NO_PAD
            .decode(payload)
            .map_err(|_| bad("the payload is not base64url"))?;
        let text = String::from_utf8(bytes).map_err(|_| bad("the payload is not UTF-8"))?;
        let fields: Vec<String> = text.split('\n').map(str::to_string).collect();
        if fields.len() != VerificationId::arity(vendor) {
            return Err(bad(&format!(
                "a {vendor} id has {} field(s), this one {}",
                VerificationId::arity(vendor),
                fields.len()
            )));
        }
        if fields
            .iter()
            .any(|f| f.is_empty() || f.chars().any(char::is_control))
        {
            return Err(bad("a field is empty or holds control characters"));
        }
        if vendor == Vendor::Pipwave && fields[0].parse::<i64>().is_err() {
            return Err(bad("a pipwave reference is a number"));
        }
        Ok(VerificationId { vendor, fields })
    }
}

/// A code that was sent.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Verification {
    /// What to pass to `verify` later.
    pub id: VerificationId,
    /// The channel it went out on.
    pub channel: Channel,
    /// The code itself, only where the vendor hands it back instead of delivering it
    /// ([`Channel::InApp`]). Never printed by `Debug`.
    pub code: Option<SecretString>,
}

/// What checking a code found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// The code is right; the verification is used up.
    Approved,
    /// The code is wrong; `attempts_left` where the vendor says.
    Rejected {
        /// Wrong codes still accepted, where the vendor reports it.
        attempts_left: Option<u32>,
    },
    /// The code's lifetime is over.
    Expired,
    /// The vendor knows no such verification (or it was already used).
    NotFound,
    /// Too many wrong codes: the verification is locked.
    TooManyAttempts,
}

impl Outcome {
    /// Whether the code was right.
    pub fn is_approved(self) -> bool {
        self == Outcome::Approved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_stay_url_safe() {
        for id in [
            VerificationId::new(
                Vendor::Termii,
                vec!["29ae67c2-c8e1-4165-8a51-8d3d7c298081".into()],
            ),
            VerificationId::new(
                Vendor::Pipwave,
                vec![
                    "164".into(),
                    "user.42/ä".into(),
                    "60".into(),
                    "123456789".into(),
                ],
            ),
            VerificationId::new(
                Vendor::Octopush,
                vec!["otp_111111dab2222222aaa33333".into()],
            ),
        ] {
            let text = id.to_string();
            assert!(
                text.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)),
                "{text}"
            );
            assert_eq!(text.parse::<VerificationId>().unwrap(), id);
        }
    }

    #[test]
    fn malformed_ids_name_the_field() {
        let two_fields = format!("termii.{}", URL_SAFE_NO_PAD.encode("a\nb"));
        let pipwave_text_ref = format!("pipwave.{}", URL_SAFE_NO_PAD.encode("x\nu\n60\n1"));
        for bad in [
            "",
            "termii",
            "twilio.YWJj",
            "termii.!!!",
            "termii.",
            two_fields.as_str(),
            pipwave_text_ref.as_str(),
            &"a".repeat(2000),
        ] {
            match bad.parse::<VerificationId>() {
                Err(Error::InvalidInput {
                    field: "verification_id",
                    ..
                }) => {}
                other => panic!("{bad:?}: {other:?}"),
            }
        }
    }
}
