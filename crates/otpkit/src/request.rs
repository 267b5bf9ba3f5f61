//! What to send: [`SendRequest`] and its options, and where it goes ([`Destination`]).

use std::sync::OnceLock;
use std::time::Duration;

use crate::channel::{Alphabet, Channel};
use crate::error::Error;
use crate::mask::mask;
use crate::phone::Phone;

/// A code to send. Only the destination is required; every option left unset takes the
/// vendor's default. Options are checked against the vendor's limits when sent, before any
/// request is made.
///
/// ```
/// use std::time::Duration;
/// use otpkit::{Channel, SendRequest};
///
/// let request = SendRequest::new("+2348012345678")
///     .channel(Channel::Sms)
///     .code_length(6)
///     .ttl(Duration::from_secs(300))
///     .template("Your Acme code is {code}");
/// ```
///
/// Its `Debug` output masks the destination and the user ID (`to: "+•••••••••5678"`), as
/// errors and traces do: see [`Phone::masked`].
#[derive(Clone, PartialEq, Eq)]
pub struct SendRequest {
    pub(crate) to: String,
    /// `to` parsed as a phone number, once: a router reads it to pick the route, then the
    /// vendor's adapter to format it.
    phone: ParsedPhone,
    pub(crate) channel: Channel,
    pub(crate) code_length: Option<u8>,
    pub(crate) alphabet: Option<Alphabet>,
    pub(crate) ttl: Option<Duration>,
    pub(crate) max_attempts: Option<u32>,
    pub(crate) sender_id: Option<String>,
    pub(crate) template: Option<String>,
    pub(crate) user_id: Option<String>,
    pub(crate) caller: Option<String>,
}

impl std::fmt::Debug for SendRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The parsed-number cache is left out: it repeats `to`.
        f.debug_struct("SendRequest")
            .field("to", &mask(&self.to))
            .field("channel", &self.channel)
            .field("code_length", &self.code_length)
            .field("alphabet", &self.alphabet)
            .field("ttl", &self.ttl)
            .field("max_attempts", &self.max_attempts)
            .field("sender_id", &self.sender_id)
            .field("template", &self.template)
            .field("user_id", &self.user_id.as_deref().map(mask))
            .field("caller", &self.caller)
            .finish()
    }
}

/// A cache, not part of the request: equal whatever it holds.
#[derive(Clone, Debug, Default)]
struct ParsedPhone(OnceLock<Option<Phone>>);

impl PartialEq for ParsedPhone {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for ParsedPhone {}

impl SendRequest {
    /// A code to `to`: a phone number in international form (`+2348012345678`), or an e-mail
    /// address with [`Channel::Email`]. The channel defaults to SMS.
    pub fn new(to: impl Into<String>) -> Self {
        Self {
            to: to.into(),
            phone: ParsedPhone::default(),
            channel: Channel::Sms,
            code_length: None,
            alphabet: None,
            ttl: None,
            max_attempts: None,
            sender_id: None,
            template: None,
            user_id: None,
            caller: None,
        }
    }

    /// `to` as a phone number, parsed once and cached; an [`Error::InvalidInput`] on `to`
    /// saying why when it is not one.
    pub fn phone(&self) -> Result<Phone, Error> {
        match self.phone.0.get_or_init(|| Phone::parse(&self.to).ok()) {
            Some(phone) => Ok(phone.clone()),
            // Not a number: parse again for the error, which says why.
            None => Phone::parse(&self.to),
        }
    }

    /// `to` as a phone number, parsed once and cached, without a copy: what the guard reads on
    /// its hot path.
    pub(crate) fn phone_ref(&self) -> Result<&Phone, Error> {
        match self.phone.0.get_or_init(|| Phone::parse(&self.to).ok()) {
            Some(phone) => Ok(phone),
            None => Err(Phone::parse(&self.to)
                .err()
                .unwrap_or_else(|| Error::invalid("to", "is not a phone number"))),
        }
    }

    /// How to deliver the code.
    pub fn channel(mut self, channel: Channel) -> Self {
        self.channel = channel;
        self
    }

    /// Number of characters in the code.
    pub fn code_length(mut self, length: u8) -> Self {
        self.code_length = Some(length);
        self
    }

    /// Characters the code is made of.
    pub fn alphabet(mut self, alphabet: Alphabet) -> Self {
        self.alphabet = Some(alphabet);
        self
    }

    /// How long the code stays valid.
    pub fn ttl(mut self, ttl: Duration) -> Self {
        self.ttl = Some(ttl);
        self
    }

    /// Wrong codes accepted before the verification is locked.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts);
        self
    }

    /// Sender ID shown to the person: 3 to 11 letters and digits, or up to 15 digits (for
    /// Termii's e-mail channel, the e-mail configuration ID). Overrides the configured one.
    pub fn sender_id(mut self, sender_id: impl Into<String>) -> Self {
        self.sender_id = Some(sender_id.into());
        self
    }

    /// The message, with [`CODE_PLACEHOLDER`](crate::CODE_PLACEHOLDER) (`{code}`) where the code goes.
    pub fn template(mut self, template: impl Into<String>) -> Self {
        self.template = Some(template.into());
        self
    }

    /// Your ID of the person (pipwave requires one per number; defaults to the number's digits).
    pub fn user_id(mut self, user_id: impl Into<String>) -> Self {
        self.user_id = Some(user_id.into());
        self
    }
}

impl SendRequest {
    /// Who is asking: an IP address, a user id, any key your limits count by (a
    /// [`Guard`](crate::guard::Guard)'s caller cap). Unset, no caller limit applies: otpkit
    /// invents no key.
    pub fn caller(mut self, caller: impl Into<String>) -> Self {
        self.caller = Some(caller.into());
        self
    }
}

/// Read access, for providers. The setters above keep their short names, so the getters
/// take a `get_` prefix, as [`std::process::Command`]'s do.
impl SendRequest {
    /// The destination, as given.
    pub fn to(&self) -> &str {
        &self.to
    }

    /// The channel.
    pub fn get_channel(&self) -> Channel {
        self.channel
    }

    /// The code length, if set.
    pub fn get_code_length(&self) -> Option<u8> {
        self.code_length
    }

    /// The alphabet, if set.
    pub fn get_alphabet(&self) -> Option<Alphabet> {
        self.alphabet
    }

    /// The lifetime, if set.
    pub fn get_ttl(&self) -> Option<Duration> {
        self.ttl
    }

    /// The wrong-attempt limit, if set.
    pub fn get_max_attempts(&self) -> Option<u32> {
        self.max_attempts
    }

    /// The sender ID, if set.
    pub fn get_sender_id(&self) -> Option<&str> {
        self.sender_id.as_deref()
    }

    /// The template, if set.
    pub fn get_template(&self) -> Option<&str> {
        self.template.as_deref()
    }

    /// Your ID of the person, if set.
    pub fn get_user_id(&self) -> Option<&str> {
        self.user_id.as_deref()
    }

    /// Who is asking, if set.
    pub fn get_caller(&self) -> Option<&str> {
        self.caller.as_deref()
    }
}

/// Where a code goes, once checked. Its `Debug` output is masked: `Phone("+234••••••5678")`,
/// `Email("j•••@example.com")` (see [`Phone::masked`]).
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Destination {
    /// A phone number.
    Phone(Phone),
    /// An e-mail address (for [`Channel::Email`]).
    Email(String),
}

impl std::fmt::Debug for Destination {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Destination::Phone(phone) => f.debug_tuple("Phone").field(&phone.masked()).finish(),
            Destination::Email(address) => f.debug_tuple("Email").field(&mask(address)).finish(),
        }
    }
}

impl Destination {
    /// The phone number, unless this is an e-mail address.
    pub fn phone(&self) -> Option<&Phone> {
        match self {
            Destination::Phone(phone) => Some(phone),
            Destination::Email(_) => None,
        }
    }

    /// The e-mail address, if this is one.
    pub fn email(&self) -> Option<&str> {
        match self {
            Destination::Phone(_) => None,
            Destination::Email(address) => Some(address),
        }
    }

    /// As many vendors' bodies carry it: a number's digits without `+`, or the address.
    pub fn digits_or_address(&self) -> String {
        match self {
            Destination::Phone(phone) => phone.digits(),
            Destination::Email(address) => address.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_number_is_parsed_once_and_does_not_change_equality() {
        let parsed = SendRequest::new("+234 801 234 5678");
        let fresh = parsed.clone();
        assert_eq!(parsed.phone().unwrap().e164(), "+2348012345678");
        assert!(parsed.phone.0.get().is_some() && fresh.phone.0.get().is_none());
        assert_eq!(parsed, fresh);
        assert_eq!(parsed.phone().unwrap(), fresh.phone().unwrap());
    }

    #[test]
    fn a_bad_number_keeps_its_reason_on_every_call() {
        let request = SendRequest::new("+999 1234567");
        for _ in 0..2 {
            let message = request.phone().unwrap_err().to_string();
            assert!(
                message.contains("no country has that calling code"),
                "{message}"
            );
        }
    }
}
