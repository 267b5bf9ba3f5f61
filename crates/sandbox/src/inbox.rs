//! Everything the sandbox "delivered": what a real vendor would have put on a phone or in a
//! mailbox, readable by tests and over HTTP.

use std::time::SystemTime;

use serde::Serialize;

use crate::vendors::Vendor;

/// One delivered message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Message {
    pub vendor: Vendor,
    /// `sms`, `whatsapp`, `voice` or `email`.
    pub channel: String,
    /// The destination as the vendor received it (digits, `+E.164` or an e-mail address).
    pub destination: String,
    /// The text as delivered, with the code substituted.
    pub text: String,
    /// The code the text carries.
    pub code: String,
    /// Sandbox time of delivery, in milliseconds since the UNIX epoch.
    pub at_unix_ms: u128,
    /// The vendor's id of the message, where it gives messages one (Termii's `message_id`,
    /// Octopush's `ticket_number`): the id its delivery reports name.
    pub message_id: Option<String>,
}

impl Message {
    pub(crate) fn at(at: SystemTime) -> u128 {
        at.duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis())
    }

    /// Whether this message went to `destination`: phone numbers match with or without `+`.
    pub fn is_for(&self, destination: &str) -> bool {
        let bare = |s: &str| s.trim().trim_start_matches('+').to_ascii_lowercase();
        bare(&self.destination) == bare(destination)
    }
}
