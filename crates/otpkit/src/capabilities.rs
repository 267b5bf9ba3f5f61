//! What a vendor can do ([`Capabilities`]), and the one check of a [`SendRequest`] against it
//! that every adapter runs before touching the network, giving a [`CheckedRequest`].

use std::ops::RangeInclusive;
use std::time::Duration;

use crate::channel::{Alphabet, Channel};
use crate::error::Error;
use crate::mask::mask;
use crate::request::{Destination, SendRequest};
use crate::vendor::Vendor;

/// The placeholder for the code in a message template, whatever the vendor's own syntax
/// (translated to Termii's `pin_placeholder`, ShoutOUT's `{{code}}`, Octopush's `{code}`).
pub const CODE_PLACEHOLDER: &str = "{code}";

/// Longest message template any vendor takes (Octopush's documented 1224 characters).
pub const MAX_TEMPLATE_CHARS: usize = 1224;

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
    /// The capabilities it was checked against, so that it is never taken as checked against
    /// others ([`Capabilities::complete`]).
    checked_by: Capabilities,
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
    /// `default_sender_id` is the provider's configured sender ID, if any. The same as
    /// [`Capabilities::supports`] then [`Capabilities::complete`].
    pub fn check(
        &self,
        request: &SendRequest,
        default_sender_id: Option<&str>,
    ) -> Result<CheckedRequest, Error> {
        self.complete(self.supports(request)?, default_sender_id)
    }

    /// Whether the vendor can honour `request`'s options (destination, channel, code length,
    /// alphabet, lifetime, attempts, template, sender ID): [`Capabilities::check`] without what
    /// depends on the provider's configuration (its default sender ID, and a sender ID the
    /// vendor requires). What a [`Router`](crate::Router) asks before choosing a vendor; it
    /// hands the checked request to the provider it chose
    /// ([`OtpProvider::send_checked`](crate::OtpProvider::send_checked)), so that a routed send
    /// is checked once.
    pub fn supports(&self, request: &SendRequest) -> Result<CheckedRequest, Error> {
        self.check_options(request)
    }

    /// Completes a request these capabilities checked ([`Capabilities::supports`]) with the
    /// provider's configuration: its default sender ID (`default_sender_id`) where the request
    /// chose none, checked, and a sender ID demanded where the vendor requires one. A request
    /// checked against other capabilities (another vendor's, or other limits under the same
    /// name) is an [`Error::InvalidInput`] on `request`: it was never checked against these.
    pub fn complete(
        &self,
        mut checked: CheckedRequest,
        default_sender_id: Option<&str>,
    ) -> Result<CheckedRequest, Error> {
        if checked.checked_by != *self {
            return Err(Error::invalid(
                "request",
                format!(
                    "was checked against {}'s capabilities, not these of {}",
                    checked.checked_by.vendor, self.vendor
                ),
            ));
        }
        if checked.sender_id.is_none()
            && let Some(sender) = default_sender_id
        {
            if checked.channel != Channel::Email && !valid_sender(sender) {
                return Err(Error::invalid(
                    "sender_id",
                    format!(
                        "`{}` must be 3 to 11 letters and digits, or 3 to 15 digits",
                        crate::mask::shorten(sender)
                    ),
                ));
            }
            checked.sender_id = Some(sender.to_string());
        }
        if self.sender_id_required
            && checked.sender_id.is_none()
            && checked.channel != Channel::Voice
            && checked.channel != Channel::InApp
        {
            return Err(Error::invalid(
                "sender_id",
                format!(
                    "{} needs a sender ID: set SendRequest::sender_id or configure one",
                    self.vendor
                ),
            ));
        }
        Ok(checked)
    }

    /// Every check that depends on the request alone.
    fn check_options(&self, request: &SendRequest) -> Result<CheckedRequest, Error> {
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
                        crate::mask::shorten(address)
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
            (None, _) => None,
        };
        if let Some(sender) = &sender
            && request.channel != Channel::Email
            && !valid_sender(sender)
        {
            return Err(Error::invalid(
                "sender_id",
                format!(
                    "`{}` must be 3 to 11 letters and digits, or 3 to 15 digits",
                    crate::mask::shorten(sender)
                ),
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
            checked_by: self.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_is_completed_only_by_the_capabilities_that_checked_it() {
        const ACME: Vendor = Vendor::from_static("acme");
        let strict = Capabilities::new(ACME)
            .channels(&[Channel::Sms])
            .sender_id(true, true);
        let loose = Capabilities::new(ACME)
            .channels(&[Channel::Sms])
            .code_length(1..=20)
            .sender_id(true, true);
        let request = SendRequest::new("+33612345678");
        let checked = loose.supports(&request).unwrap();
        match strict.complete(checked.clone(), Some("Acme")) {
            Err(Error::InvalidInput {
                field: "request", ..
            }) => {}
            other => panic!("{other:?}"),
        }
        // By the capabilities that checked it: the default sender applied, as `check` does.
        let completed = loose.complete(checked, Some("Acme")).unwrap();
        assert_eq!(completed, loose.check(&request, Some("Acme")).unwrap());
        assert_eq!(completed.sender_id.as_deref(), Some("Acme"));
        // A required sender ID missing, or a malformed default, is caught on completing.
        let bare = loose.supports(&request).unwrap();
        assert!(matches!(
            loose.complete(bare.clone(), None),
            Err(Error::InvalidInput {
                field: "sender_id",
                ..
            })
        ));
        assert!(matches!(
            loose.complete(bare, Some("a")),
            Err(Error::InvalidInput {
                field: "sender_id",
                ..
            })
        ));
    }
}
