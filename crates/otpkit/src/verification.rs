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

/// Identifies a sent code: the vendor and the fields it needs to verify (Termii's `pinId`;
/// pipwave's reference, user id and number; ShoutOUT's `referenceId`; Octopush's
/// `otp_request_token`; whatever your own provider needs). It prints as a compact, URL-safe
/// string (`termii.<base64url>`) and parses back, so it can be stored or handed to the browser
/// and verified by any replica. Parsing accepts any vendor name: the provider that verifies
/// checks that the id is its own.
///
/// ```
/// use otpkit::{Vendor, VerificationId};
///
/// let id = VerificationId::new(Vendor::new("console")?, ["42", "+33612345678"])?;
/// let text = id.to_string();
/// assert!(text.starts_with("console."));
/// assert_eq!(text.parse::<VerificationId>()?, id);
/// assert_eq!(id.fields(), ["42", "+33612345678"]);
/// # Ok::<(), otpkit::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct VerificationId {
    vendor: Vendor,
    fields: Vec<String>,
}

impl VerificationId {
    /// An id of `vendor` made of `fields`: at least one, none empty, none holding a control
    /// character, and at most 1024 characters once printed. An [`Error::InvalidInput`] on
    /// `verification_id` otherwise.
    pub fn new<S: Into<String>>(
        vendor: Vendor,
        fields: impl IntoIterator<Item = S>,
    ) -> Result<Self, Error> {
        let id = Self {
            vendor,
            fields: fields.into_iter().map(Into::into).collect(),
        };
        if id.fields.is_empty() {
            return Err(Error::invalid("verification_id", "has no fields"));
        }
        if id
            .fields
            .iter()
            .any(|f| f.is_empty() || f.chars().any(char::is_control))
        {
            return Err(Error::invalid(
                "verification_id",
                "a field is empty or holds control characters",
            ));
        }
        if id.printed_len() > MAX_ID_LEN {
            return Err(Error::invalid(
                "verification_id",
                format!("would be longer than {MAX_ID_LEN} characters"),
            ));
        }
        Ok(id)
    }

    /// The vendor that sent the code and must verify it.
    pub fn vendor(&self) -> &Vendor {
        &self.vendor
    }

    /// What the vendor needs to verify, in the order the provider gave them.
    pub fn fields(&self) -> &[String] {
        &self.fields
    }

    /// The fields, after checking the id was issued by `vendor` and has `count` of them: what
    /// a provider calls first in `verify`.
    pub fn fields_for(&self, vendor: &Vendor, count: usize) -> Result<&[String], Error> {
        if self.vendor != *vendor {
            return Err(Error::invalid(
                "verification_id",
                format!("was issued by {}, not {vendor}", self.vendor),
            ));
        }
        if self.fields.len() != count {
            return Err(Error::invalid(
                "verification_id",
                format!(
                    "a {vendor} id has {count} field(s), this one {}",
                    self.fields.len()
                ),
            ));
        }
        Ok(&self.fields)
    }

    fn printed_len(&self) -> usize {
        let joined = self.fields.iter().map(String::len).sum::<usize>() + self.fields.len() - 1;
        self.vendor.name().len() + 1 + joined.div_ceil(3) * 4
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
        let vendor = Vendor::new(vendor.to_string())
            .map_err(|_| bad("does not start with a vendor name"))?;
        let bytes = URL_SAFE_NO_PAD
            .decode(payload)
            .map_err(|_| bad("the payload is not base64url"))?;
        let text = String::from_utf8(bytes).map_err(|_| bad("the payload is not UTF-8"))?;
        VerificationId::new(vendor, text.split('\n'))
    }
}

/// What to check: the verification a send returned, the code the person typed, and optionally
/// who is asking (an IP address, a user id) for providers that limit attempts per caller.
///
/// ```
/// use otpkit::{VerificationId, VerifyRequest};
///
/// # fn run(id: VerificationId) {
/// let request = VerifyRequest::new(id, "123456").caller("203.0.113.7");
/// assert_eq!(request.code(), "123456");
/// # }
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct VerifyRequest {
    id: VerificationId,
    code: String,
    caller: Option<String>,
}

impl VerifyRequest {
    /// A check of `code` against the verification `id` names.
    pub fn new(id: VerificationId, code: impl Into<String>) -> Self {
        Self {
            id,
            code: code.into(),
            caller: None,
        }
    }

    /// Who is asking: an IP address, a user id, any key your limits count by.
    pub fn caller(mut self, caller: impl Into<String>) -> Self {
        self.caller = Some(caller.into());
        self
    }

    /// The verification to check.
    pub fn id(&self) -> &VerificationId {
        &self.id
    }

    /// The code as typed (providers trim and check it).
    pub fn code(&self) -> &str {
        &self.code
    }

    /// Who is asking, when set.
    pub fn get_caller(&self) -> Option<&str> {
        self.caller.as_deref()
    }
}

/// The code is never printed.
impl fmt::Debug for VerifyRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifyRequest")
            .field("id", &self.id)
            .field("code", &"[REDACTED]")
            .field("caller", &self.caller)
            .finish()
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

impl Verification {
    /// A code sent on `channel`, to be verified with `id`.
    pub fn new(id: VerificationId, channel: Channel) -> Self {
        Self {
            id,
            channel,
            code: None,
        }
    }

    /// The code itself, for providers that hand it back instead of delivering it.
    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(SecretString::from(code.into()));
        self
    }
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

    fn id(vendor: &'static str, fields: &[&str]) -> VerificationId {
        VerificationId::new(Vendor::from_static(vendor), fields.iter().copied()).unwrap()
    }

    #[test]
    fn ids_round_trip_and_stay_url_safe() {
        for id in [
            id("termii", &["29ae67c2-c8e1-4165-8a51-8d3d7c298081"]),
            id("pipwave", &["164", "user.42/ä", "60", "123456789"]),
            id("octopush", &["otp_111111dab2222222aaa33333"]),
            id("console-dev", &["a b", "é"]),
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
        let empty_field = format!("termii.{}", URL_SAFE_NO_PAD.encode("a\n"));
        let control = format!("termii.{}", URL_SAFE_NO_PAD.encode("a\u{7}"));
        for bad in [
            "",
            "termii",
            "Termii.YWJj",
            "termii.!!!",
            "termii.",
            empty_field.as_str(),
            control.as_str(),
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

    #[test]
    fn new_refuses_what_could_not_print_and_parse_back() {
        let vendor = Vendor::from_static("console");
        for fields in [
            vec![],
            vec![""],
            vec!["a\nb"],
            vec!["\u{0}"],
            vec![&*"x".repeat(800)],
        ] {
            match VerificationId::new(vendor.clone(), fields.clone()) {
                Err(Error::InvalidInput {
                    field: "verification_id",
                    ..
                }) => {}
                other => panic!("{fields:?}: {other:?}"),
            }
        }
        let longest = VerificationId::new(vendor, ["x".repeat(760)]).unwrap();
        assert!(longest.to_string().len() <= MAX_ID_LEN);
        assert_eq!(
            longest.to_string().parse::<VerificationId>().unwrap(),
            longest
        );
    }

    #[test]
    fn fields_for_checks_the_vendor_and_the_count() {
        let pipwave = id("pipwave", &["1", "u", "60", "12"]);
        assert!(
            pipwave
                .fields_for(&Vendor::from_static("pipwave"), 4)
                .is_ok()
        );
        for (vendor, count) in [("termii", 4), ("pipwave", 1)] {
            let error = pipwave
                .fields_for(&Vendor::from_static(vendor), count)
                .unwrap_err();
            assert!(matches!(
                error,
                Error::InvalidInput {
                    field: "verification_id",
                    ..
                }
            ));
        }
    }

    #[test]
    fn a_verify_request_never_prints_its_code() {
        let request = VerifyRequest::new(id("termii", &["p"]), "918273").caller("ip");
        let printed = format!("{request:?}");
        assert!(
            !printed.contains("918273") && printed.contains("ip"),
            "{printed}"
        );
    }
}
