//! How a code travels and what it is made of: [`Channel`] and [`Alphabet`].

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
