//! What a send returns and a verify takes: a stateless [`VerificationId`] that carries
//! everything its vendor needs to check a code later, on any replica of your service.

use std::fmt;
use std::str::FromStr;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use secrecy::SecretString;

use crate::channel::Channel;

use crate::error::Error;

use crate::vendor::Vendor;

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
    form: Form,
}

/// What an id holds: the provider's fields, or those fields sealed by an [`IdSeal`].
///
/// [`IdSeal`]: crate::IdSeal
#[derive(Clone, PartialEq, Eq, Hash)]
enum Form {
    Plain(Vec<String>),
    Sealed { key_id: String, bytes: Vec<u8> },
}

/// Longest sealed id otpkit parses: the longest plain id's fields, a destination of 255 bytes,
/// and the seal's own 37 bytes (nonce, tag, issue time, length), in base64, with room to spare.
const MAX_SEALED_ID_LEN: usize = 2048;

impl VerificationId {
    /// An id of `vendor` made of `fields`: at least one, none empty, none holding a control
    /// character, and at most 1024 characters once printed. An [`Error::InvalidInput`] on
    /// `verification_id` otherwise.
    pub fn new<S: Into<String>>(
        vendor: Vendor,
        fields: impl IntoIterator<Item = S>,
    ) -> Result<Self, Error> {
        let fields: Vec<String> = fields.into_iter().map(Into::into).collect();
        if fields.is_empty() {
            return Err(Error::invalid("verification_id", "has no fields"));
        }
        if fields
            .iter()
            .any(|f| f.is_empty() || f.chars().any(char::is_control))
        {
            return Err(Error::invalid(
                "verification_id",
                "a field is empty or holds control characters",
            ));
        }
        let id = Self {
            vendor,
            form: Form::Plain(fields),
        };
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

    /// A sealed id: `key_id`'s seal over `bytes` (nonce, ciphertext and tag).
    pub(crate) fn sealed(vendor: Vendor, key_id: String, bytes: Vec<u8>) -> Result<Self, Error> {
        let id = Self {
            vendor,
            form: Form::Sealed { key_id, bytes },
        };
        if id.printed_len() > MAX_SEALED_ID_LEN {
            return Err(Error::invalid(
                "verification_id",
                format!("would be longer than {MAX_SEALED_ID_LEN} characters"),
            ));
        }
        Ok(id)
    }

    /// What the vendor needs to verify, in the order the provider gave them; empty for a
    /// [sealed](VerificationId::is_sealed) id, whose fields only its [`Otp`](crate::Otp) can
    /// read.
    pub fn fields(&self) -> &[String] {
        match &self.form {
            Form::Plain(fields) => fields,
            Form::Sealed { .. } => &[],
        }
    }

    /// Whether this id is sealed: what an [`Otp`](crate::Otp) with an [`IdSeal`] issues, and
    /// the only kind it verifies. A provider is handed the id inside, never a sealed one.
    ///
    /// [`IdSeal`]: crate::IdSeal
    pub fn is_sealed(&self) -> bool {
        matches!(self.form, Form::Sealed { .. })
    }

    /// The key id and the sealed bytes of a sealed id.
    pub(crate) fn sealed_parts(&self) -> Option<(&str, &[u8])> {
        match &self.form {
            Form::Sealed { key_id, bytes } => Some((key_id, bytes)),
            Form::Plain(_) => None,
        }
    }

    /// The fields, after checking the id was issued by `vendor` and has `count` of them: what
    /// a provider calls first in `verify`.
    pub fn fields_for(&self, vendor: &Vendor, count: usize) -> Result<&[String], Error> {
        self.fields_within(vendor, count..=count)
    }

    /// [`VerificationId::fields_for`] for a provider whose ids carry a number of fields within
    /// `counts` (some carry more than others, or older ones fewer).
    pub fn fields_within(
        &self,
        vendor: &Vendor,
        counts: std::ops::RangeInclusive<usize>,
    ) -> Result<&[String], Error> {
        if self.vendor != *vendor {
            return Err(Error::invalid(
                "verification_id",
                format!("was issued by {}, not {vendor}", self.vendor),
            ));
        }
        let Form::Plain(fields) = &self.form else {
            return Err(Error::invalid(
                "verification_id",
                "is sealed: verify it through the Otp that issued it",
            ));
        };
        if !counts.contains(&fields.len()) {
            let expected = if counts.start() == counts.end() {
                counts.start().to_string()
            } else {
                format!("{} to {}", counts.start(), counts.end())
            };
            return Err(Error::invalid(
                "verification_id",
                format!(
                    "a {vendor} id has {expected} field(s), this one {}",
                    fields.len()
                ),
            ));
        }
        Ok(fields)
    }

    fn printed_len(&self) -> usize {
        let vendor = self.vendor.name().len() + 1;
        match &self.form {
            Form::Plain(fields) => {
                let joined = fields.iter().map(String::len).sum::<usize>() + fields.len() - 1;
                vendor + joined.div_ceil(3) * 4
            }
            Form::Sealed { key_id, bytes } => {
                vendor + key_id.len() + 1 + bytes.len().div_ceil(3) * 4
            }
        }
    }
}

impl fmt::Display for VerificationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.form {
            Form::Plain(fields) => {
                write!(
                    f,
                    "{}.{}",
                    self.vendor,
                    URL_SAFE_NO_PAD.encode(fields.join("\n"))
                )
            }
            Form::Sealed { key_id, bytes } => {
                write!(
                    f,
                    "{}.{key_id}.{}",
                    self.vendor,
                    URL_SAFE_NO_PAD.encode(bytes)
                )
            }
        }
    }
}

/// Neither the fields (a pipwave id carries the number) nor the sealed bytes: the vendor, and
/// the field count or the key id.
impl fmt::Debug for VerificationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.form {
            Form::Plain(fields) => write!(
                f,
                "VerificationId({}, {} field(s))",
                self.vendor,
                fields.len()
            ),
            Form::Sealed { key_id, .. } => {
                write!(
                    f,
                    "VerificationId({}, sealed with key {key_id})",
                    self.vendor
                )
            }
        }
    }
}

impl FromStr for VerificationId {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        let bad = |reason: &str| Error::invalid("verification_id", reason.to_string());
        if text.len() > MAX_SEALED_ID_LEN {
            return Err(bad("longer than any id otpkit makes"));
        }
        let (vendor, payload) = text
            .split_once('.')
            .ok_or_else(|| bad("expected `<vendor>.<payload>` or `<vendor>.<key id>.<sealed>`"))?;
        let vendor = Vendor::new(vendor.to_string())
            .map_err(|_| bad("does not start with a vendor name"))?;
        if let Some((key_id, sealed)) = payload.split_once('.') {
            let bytes = URL_SAFE_NO_PAD
                .decode(sealed)
                .map_err(|_| bad("the sealed payload is not base64url"))?;
            // The key id is checked against the seal's own keys when it is opened.
            if key_id.is_empty()
                || !key_id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                return Err(bad("the key id is not one a seal makes"));
            }
            return VerificationId::sealed(vendor, key_id.to_string(), bytes);
        }
        if text.len() > MAX_ID_LEN {
            return Err(bad("longer than any id otpkit makes"));
        }
        let bytes = URL_SAFE_NO_PAD
            .decode(payload)
            .map_err(|_| bad("the payload is not base64url"))?;
        let text = String::from_utf8(bytes).map_err(|_| bad("the payload is not UTF-8"))?;
        VerificationId::new(vendor, text.split('\n'))
    }
}

/// What to check: the verification a send returned, the code the person typed, the
/// destination your application expects the code to have gone to, and optionally who is asking
/// (an IP address, a user id) for providers that limit attempts per caller.
///
/// The destination is what makes an approval mean "this person's number": an [`Otp`] that seals
/// its ids (the default) refuses a check without one, and refuses an id sent to any other
/// destination before calling the vendor, so that nobody can submit the id and code of a
/// verification sent to their own phone in place of someone else's. Take it from your own
/// records (the account's number, the sign-in you started), never from the browser.
///
/// [`Otp`]: crate::Otp
///
/// ```
/// use otpkit::{VerificationId, VerifyRequest};
///
/// # fn run(id: VerificationId) {
/// let request = VerifyRequest::new(id, "123456")
///     .destination("+2348012345678")
///     .caller("203.0.113.7");
/// assert_eq!(request.code(), "123456");
/// assert_eq!(request.get_destination(), Some("+2348012345678"));
/// # }
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct VerifyRequest {
    id: VerificationId,
    code: String,
    destination: Option<String>,
    /// Whether `destination` came from the id's seal (set only by [`VerifyRequest::opened`]),
    /// not from the application's text.
    sealed: bool,
    caller: Option<String>,
}

impl VerifyRequest {
    /// A check of `code` against the verification `id` names.
    pub fn new(id: VerificationId, code: impl Into<String>) -> Self {
        Self {
            id,
            code: code.into(),
            destination: None,
            sealed: false,
            caller: None,
        }
    }

    /// The number (or e-mail address) the code must have been sent to, as your application
    /// knows it: any format of the same number matches (`+234 801 234 5678`).
    pub fn destination(mut self, destination: impl Into<String>) -> Self {
        self.destination = Some(destination.into());
        self
    }

    /// The same request for the id inside a sealed one, bound to the destination the seal
    /// names: what [`Otp`](crate::Otp) hands its provider.
    pub(crate) fn opened(&self, id: VerificationId, destination: String) -> Self {
        Self {
            id,
            code: self.code.clone(),
            destination: Some(destination),
            sealed: true,
            caller: self.caller.clone(),
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

    /// The destination the id's seal names, when an [`Otp`](crate::Otp) opened it: the
    /// only destination a [`Guard`](crate::guard::Guard) credits an approval to.
    pub(crate) fn sealed_destination(&self) -> Option<&str> {
        self.destination.as_deref().filter(|_| self.sealed)
    }

    /// Who is asking, when set.
    pub fn get_caller(&self) -> Option<&str> {
        self.caller.as_deref()
    }

    /// The destination expected, when set. A provider behind an [`Otp`](crate::Otp) that seals
    /// its ids always sees the destination the seal names, in `+E.164` (or the address in
    /// lower case).
    pub fn get_destination(&self) -> Option<&str> {
        self.destination.as_deref()
    }
}

/// The code is never printed.
impl fmt::Debug for VerifyRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifyRequest")
            .field("id", &self.id)
            .field("code", &"[REDACTED]")
            .field(
                "destination",
                &self.destination.as_deref().map(crate::mask::mask),
            )
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
    /// The vendor's id of the message, where its answer to the send names one: the id its
    /// delivery reports carry ([`DeliveryReport::message_id`]), so keep it next to `id` to
    /// match a report to this verification (Termii's voice codes, Octopush's `ticket_number`).
    ///
    /// [`DeliveryReport::message_id`]: crate::DeliveryReport::message_id
    pub message_id: Option<String>,
}

impl Verification {
    /// A code sent on `channel`, to be verified with `id`.
    pub fn new(id: VerificationId, channel: Channel) -> Self {
        Self {
            id,
            channel,
            code: None,
            message_id: None,
        }
    }

    /// The vendor's id of the message, which its delivery reports name.
    pub fn with_message_id(mut self, message_id: impl Into<String>) -> Self {
        self.message_id = Some(message_id.into());
        self
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
