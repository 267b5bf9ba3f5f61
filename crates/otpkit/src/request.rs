//! What to send: [`SendRequest`] and its options, and the one check of a request against a
//! vendor's [`Capabilities`] that every adapter runs before touching the network.

use std::ops::RangeInclusive;
use std::sync::OnceLock;
use std::time::Duration;

use crate::phone::{Phone, mask};
use crate::{Error, Vendor};

/// How the code reaches the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Channel {
    /// A text message.
    Sms,
    /// A phone call that reads the code out.
    Voice,
    /// A WhatsApp message.
    Whatsapp,
    /// An e-mail (the destination is an e-mail address).
    Email,
    /// No delivery: the vendor hands the code back for the application to show (Termii's
    /// in-app token); [`Verification::code`](crate::Verification::code) holds it.
    InApp,
}

impl Channel {
    /// The lowercase name (`sms`, `voice`, `whatsapp`, `email`, `in_app`).
    pub fn name(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Voice => "voice",
            Channel::Whatsapp => "whatsapp",
            Channel::Email => "email",
            Channel::InApp => "in_app",
        }
    }
}

/// The characters a code is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Alphabet {
    /// Digits only.
    Numeric,
    /// Digits and capital letters.
    Alphanumeric,
}

/// The placeholder for the code in a message template, whatever the vendor's own syntax
/// (translated to Termii's `pin_placeholder`, ShoutOUT's `{{code}}`, Octopush's `{code}`).
pub const CODE_PLACEHOLDER: &str = "{code}";

/// Longest message template any vendor takes (Octopush's documented 1224 characters).
pub const MAX_TEMPLATE_CHARS: usize = 1224;

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
    to: String,
    /// `to` parsed as a phone number, once: a router reads it to pick the route, then the
    /// vendor's adapter to format it.
    phone: ParsedPhone,
    channel: Channel,
    code_length: Option<u8>,
    alphabet: Option<Alphabet>,
    ttl: Option<Duration>,
    max_attempts: Option<u32>,
    sender_id: Option<String>,
    template: Option<String>,
    user_id: Option<String>,
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

    /// The message, with [`CODE_PLACEHOLDER`] (`{code}`) where the code goes.
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

/// What a vendor can do, and the limits it documents for each option. `None` for an option
/// means the vendor fixes it and the caller may not set it.
///
/// Your own provider describes itself with [`Capabilities::new`] and the setters:
///
/// ```
/// use std::time::Duration;
/// use otpkit::{Capabilities, Channel, Vendor};
///
/// let capabilities = Capabilities::new(Vendor::from_static("console"))
///     .channels(&[Channel::Sms, Channel::Email])
///     .code_length(4..=10)
///     .ttl(Duration::from_secs(60)..=Duration::from_secs(3600), Duration::from_secs(1))
///     .template(true);
/// assert!(capabilities.template);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Capabilities {
    /// The vendor described.
    pub vendor: Vendor,
    /// Channels it delivers on.
    pub channels: &'static [Channel],
    /// Code lengths it accepts.
    pub code_length: Option<RangeInclusive<u8>>,
    /// Code alphabets it offers.
    pub alphabets: &'static [Alphabet],
    /// Code lifetimes it accepts.
    pub ttl: Option<RangeInclusive<Duration>>,
    /// The unit the lifetime is counted in (Termii counts whole minutes).
    pub ttl_unit: Duration,
    /// Wrong-attempt limits it accepts.
    pub max_attempts: Option<RangeInclusive<u32>>,
    /// Whether the message text can be chosen.
    pub template: bool,
    /// Whether the sender ID can be chosen.
    pub sender_id: bool,
    /// Whether a sender ID is required (from the request or the configuration).
    pub sender_id_required: bool,
}

/// A [`SendRequest`] checked against a vendor's [`Capabilities`]: the destination parsed, the
/// provider's default sender ID applied, and every option within the vendor's limits. Unset
/// options stay unset, for the provider's own defaults. Its `Debug` output masks the
/// destination and the user ID, as [`SendRequest`]'s does.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CheckedRequest {
    /// Where the code goes.
    pub to: Destination,
    /// How.
    pub channel: Channel,
    /// Code length, if chosen.
    pub code_length: Option<u8>,
    /// Code alphabet, if chosen.
    pub alphabet: Option<Alphabet>,
    /// Lifetime, if chosen (a whole number of the vendor's units).
    pub ttl: Option<Duration>,
    /// Wrong-attempt limit, if chosen.
    pub max_attempts: Option<u32>,
    /// The request's sender ID, or the provider's default.
    pub sender_id: Option<String>,
    /// The template, holding [`CODE_PLACEHOLDER`].
    pub template: Option<String>,
    /// Your ID of the person, if given.
    pub user_id: Option<String>,
}

impl std::fmt::Debug for CheckedRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CheckedRequest")
            .field("to", &self.to)
            .field("channel", &self.channel)
            .field("code_length", &self.code_length)
            .field("alphabet", &self.alphabet)
            .field("ttl", &self.ttl)
            .field("max_attempts", &self.max_attempts)
            .field("sender_id", &self.sender_id)
            .field("template", &self.template)
            .field("user_id", &self.user_id.as_deref().map(mask))
            .finish()
    }
}

fn in_range<T: PartialOrd + std::fmt::Debug>(
    field: &'static str,
    vendor: &Vendor,
    value: T,
    range: &Option<RangeInclusive<T>>,
) -> Result<T, Error> {
    match range {
        None => Err(Error::unsupported(
            vendor.clone(),
            format!("choosing {field}"),
        )),
        Some(range) if !range.contains(&value) => Err(Error::invalid(
            field,
            format!(
                "{value:?} is outside {vendor}'s limits ({:?} to {:?})",
                range.start(),
                range.end()
            ),
        )),
        Some(_) => Ok(value),
    }
}

fn valid_sender(sender: &str) -> bool {
    let alphanumeric =
        (3..=11).contains(&sender.len()) && sender.chars().all(|c| c.is_ascii_alphanumeric());
    let numeric = (3..=15).contains(&sender.len()) && sender.chars().all(|c| c.is_ascii_digit());
    alphanumeric || numeric
}

impl Capabilities {
    /// A vendor that sends numeric SMS codes and lets the caller choose nothing else; the
    /// setters below open what it offers.
    pub const fn new(vendor: Vendor) -> Self {
        Self {
            vendor,
            channels: &[Channel::Sms],
            code_length: None,
            alphabets: &[Alphabet::Numeric],
            ttl: None,
            ttl_unit: Duration::from_secs(1),
            max_attempts: None,
            template: false,
            sender_id: false,
            sender_id_required: false,
        }
    }

    /// The channels it delivers on.
    pub const fn channels(mut self, channels: &'static [Channel]) -> Self {
        self.channels = channels;
        self
    }

    /// The code lengths a caller may choose.
    pub const fn code_length(mut self, lengths: RangeInclusive<u8>) -> Self {
        self.code_length = Some(lengths);
        self
    }

    /// The code alphabets it offers.
    pub const fn alphabets(mut self, alphabets: &'static [Alphabet]) -> Self {
        self.alphabets = alphabets;
        self
    }

    /// The code lifetimes a caller may choose, counted in whole `unit`s.
    pub const fn ttl(mut self, ttl: RangeInclusive<Duration>, unit: Duration) -> Self {
        self.ttl = Some(ttl);
        self.ttl_unit = unit;
        self
    }

    /// The wrong-attempt limits a caller may choose.
    pub const fn max_attempts(mut self, attempts: RangeInclusive<u32>) -> Self {
        self.max_attempts = Some(attempts);
        self
    }

    /// Whether the message text can be chosen.
    pub const fn template(mut self, template: bool) -> Self {
        self.template = template;
        self
    }

    /// Whether the sender ID can be chosen, and whether one is required.
    pub const fn sender_id(mut self, choosable: bool, required: bool) -> Self {
        self.sender_id = choosable;
        self.sender_id_required = required;
        self
    }

    /// Checks `request` against these limits, as every built-in adapter does before touching
    /// the network: an [`Error::Unsupported`] for what the vendor cannot do, an
    /// [`Error::InvalidInput`] naming the option for a value outside its limits.
    /// `default_sender_id` is the provider's configured sender ID, if any.
    pub fn check(
        &self,
        request: &SendRequest,
        default_sender_id: Option<&str>,
    ) -> Result<CheckedRequest, Error> {
        self.check_with(request, default_sender_id, true)
    }

    /// Whether the vendor can honour `request`'s options (channel, code length, alphabet,
    /// lifetime, attempts, template, sender ID): [`Capabilities::check`] without the rule that
    /// depends on the provider's configuration (a required sender ID it may have). What a
    /// [`Router`](crate::Router) asks before choosing a vendor.
    pub fn supports(&self, request: &SendRequest) -> Result<(), Error> {
        self.check_with(request, None, false).map(drop)
    }

    fn check_with(
        &self,
        request: &SendRequest,
        default_sender_id: Option<&str>,
        require_sender: bool,
    ) -> Result<CheckedRequest, Error> {
        let vendor = &self.vendor;
        if !self.channels.contains(&request.channel) {
            return Err(Error::unsupported(
                vendor.clone(),
                format!("the {} channel", request.channel.name()),
            ));
        }
        let to = if request.channel == Channel::Email {
            let address = request.to.trim();
            let well_formed = address.len() <= 254
                && address.split_once('@').is_some_and(|(local, domain)| {
                    !local.is_empty()
                        && domain.contains('.')
                        && !address.contains(char::is_whitespace)
                });
            if !well_formed {
                return Err(Error::invalid(
                    "to",
                    format!(
                        "`{}` is not an e-mail address",
                        crate::error::shorten(address)
                    ),
                ));
            }
            Destination::Email(address.to_string())
        } else {
            Destination::Phone(request.phone()?)
        };
        let code_length = request
            .code_length
            .map(|n| in_range("code_length", vendor, n, &self.code_length))
            .transpose()?;
        let alphabet = match request.alphabet {
            Some(a) if !self.alphabets.contains(&a) => {
                return Err(Error::unsupported(vendor.clone(), format!("{a:?} codes")));
            }
            other => other,
        };
        let ttl = match request.ttl {
            Some(ttl) => {
                let ttl = in_range("ttl", vendor, ttl, &self.ttl)?;
                if ttl.as_nanos() % self.ttl_unit.as_nanos() != 0 {
                    return Err(Error::invalid(
                        "ttl",
                        format!(
                            "{vendor} counts the lifetime in whole units of {:?}",
                            self.ttl_unit
                        ),
                    ));
                }
                Some(ttl)
            }
            None => None,
        };
        let max_attempts = request
            .max_attempts
            .map(|n| in_range("max_attempts", vendor, n, &self.max_attempts))
            .transpose()?;
        let sender = match (&request.sender_id, self.sender_id) {
            (Some(_), false) => {
                return Err(Error::unsupported(vendor.clone(), "choosing the sender ID"));
            }
            (Some(s), true) => Some(s.clone()),
            (None, _) => default_sender_id.map(str::to_string),
        };
        if let Some(sender) = &sender
            && request.channel != Channel::Email
            && !valid_sender(sender)
        {
            return Err(Error::invalid(
                "sender_id",
                format!(
                    "`{}` must be 3 to 11 letters and digits, or 3 to 15 digits",
                    crate::error::shorten(sender)
                ),
            ));
        }
        if require_sender
            && self.sender_id_required
            && sender.is_none()
            && request.channel != Channel::Voice
            && request.channel != Channel::InApp
        {
            return Err(Error::invalid(
                "sender_id",
                format!("{vendor} needs a sender ID: set SendRequest::sender_id or configure one"),
            ));
        }
        let template = match &request.template {
            None => None,
            Some(_)
                if !self.template || matches!(request.channel, Channel::Voice | Channel::InApp) =>
            {
                return Err(Error::unsupported(
                    vendor.clone(),
                    format!(
                        "message templates on the {} channel",
                        request.channel.name()
                    ),
                ));
            }
            Some(t) if t.contains("{{code") || t.contains("code}}") => {
                return Err(Error::invalid(
                    "template",
                    format!(
                        "write the code as {CODE_PLACEHOLDER}; otpkit translates it to each vendor's syntax"
                    ),
                ));
            }
            Some(t) if !t.contains(CODE_PLACEHOLDER) => {
                return Err(Error::invalid(
                    "template",
                    format!("must contain {CODE_PLACEHOLDER} where the code goes"),
                ));
            }
            Some(t) if t.chars().count() > MAX_TEMPLATE_CHARS => {
                return Err(Error::invalid(
                    "template",
                    format!(
                        "is {} characters; at most {MAX_TEMPLATE_CHARS}",
                        t.chars().count()
                    ),
                ));
            }
            Some(t) => Some(t.clone()),
        };
        let user_id = match &request.user_id {
            Some(id) if id.is_empty() || id.chars().count() > 32 => {
                return Err(Error::invalid("user_id", "must be 1 to 32 characters"));
            }
            other => other.clone(),
        };
        Ok(CheckedRequest {
            to,
            channel: request.channel,
            code_length,
            alphabet,
            ttl,
            max_attempts,
            sender_id: sender,
            template,
            user_id,
        })
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
