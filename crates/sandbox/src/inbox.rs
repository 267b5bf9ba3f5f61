//! Everything the sandbox "delivered": what a real vendor would have put on a phone or in a
//! mailbox, readable by tests and over HTTP. Each message has an id, given under the inbox's
//! lock so that ids and order agree, and carries the state of the verification its code
//! belongs to, recorded when a check changes it (the vendors delete approved verifications and
//! the sandbox forgets sessions past its capacity, so the state could not be looked up later).

use std::collections::{HashMap, VecDeque};
use std::time::SystemTime;

use serde::Serialize;

use crate::vendors::Vendor;

/// One delivered message, as `GET /_sandbox/messages` and the event stream carry it (its JSON
/// schema: `GET /_sandbox/messages/schema`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Message {
    /// Its place in the inbox: 1 for the first message delivered, then one more for each.
    pub id: u64,
    /// The vendor's name (`termii`, `pipwave`, `shoutout`, `octopush`, `twilio-verify`).
    #[schemars(with = "String")]
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
    /// Where the verification of the code stands; `None` for a code the vendor cannot check
    /// (Termii's voice call and e-mail with a code of the caller's).
    pub verification: Option<CodeState>,
}

/// Where the verification a message's code belongs to stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum CodeState {
    /// Not checked yet, or checked with wrong codes only and still open.
    Pending,
    /// Checked with the right code.
    Approved,
    /// The last check had a wrong code; `attempts_left` more are accepted.
    Rejected { attempts_left: u32 },
    /// Checked after its lifetime.
    Expired,
    /// Every attempt was used on wrong codes.
    Locked,
    /// The sandbox forgot the verification (past `session_capacity`): it verifies as not found.
    Forgotten,
}

impl Message {
    pub(crate) fn at(at: SystemTime) -> u128 {
        at.duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis())
    }

    /// Whether this message went to `destination`: phone numbers match with or without `+`
    /// (and with the space a query string makes of an unencoded `+`).
    pub fn is_for(&self, destination: &str) -> bool {
        let bare = |s: &str| s.trim().trim_start_matches('+').to_ascii_lowercase();
        bare(&self.destination) == bare(destination)
    }
}

/// Which messages a reader wants.
#[derive(Clone, Debug, Default)]
pub(crate) struct Filter {
    pub destination: Option<String>,
    pub vendor: Option<Vendor>,
    /// Only messages with a greater id.
    pub since: Option<u64>,
    /// At most this many, the oldest first (of those after `since`).
    pub limit: Option<usize>,
}

impl Filter {
    fn admits(&self, m: &Message) -> bool {
        self.destination.as_deref().is_none_or(|d| m.is_for(d))
            && self.vendor.is_none_or(|v| m.vendor == v)
            && self.since.is_none_or(|since| m.id > since)
    }
}

/// The inbox: the newest messages up to its capacity, and which of them carry each
/// verification's code (by vendor and the vendor's own key: pin id, token, SID).
#[derive(Default)]
pub(crate) struct Inbox {
    messages: VecDeque<Entry>,
    last_id: u64,
    by_verification: HashMap<Vendor, HashMap<Box<str>, Vec<u64>>>,
}

/// A message, and the verification it carries the code of (kept to unlink it on eviction).
struct Entry {
    message: Message,
    key: Option<Box<str>>,
}

impl Inbox {
    /// Adds `message` (its id given here) for the verification `key` of its vendor, forgetting
    /// the oldest past `capacity`; the message as stored.
    pub(crate) fn push(
        &mut self,
        mut message: Message,
        key: Option<&str>,
        capacity: usize,
    ) -> &Message {
        while self.messages.len() >= capacity.max(1) {
            let Some(oldest) = self.messages.pop_front() else {
                break;
            };
            self.unlink(&oldest);
        }
        self.last_id += 1;
        message.id = self.last_id;
        let key: Option<Box<str>> = key.map(Into::into);
        if let Some(key) = &key {
            message.verification = Some(CodeState::Pending);
            self.by_verification
                .entry(message.vendor)
                .or_default()
                .entry(key.clone())
                .or_default()
                .push(message.id);
        }
        self.messages.push_back(Entry { message, key });
        &self.messages[self.messages.len() - 1].message
    }

    fn unlink(&mut self, entry: &Entry) {
        let Some(key) = &entry.key else {
            return;
        };
        let Some(keys) = self.by_verification.get_mut(&entry.message.vendor) else {
            return;
        };
        if let Some(ids) = keys.get_mut(key) {
            ids.retain(|i| *i != entry.message.id);
            if ids.is_empty() {
                keys.remove(key);
            }
        }
    }

    /// Records `state` on every message of the verification `key`, where `applies` accepts the
    /// message's current state; the messages changed, copied out when `copy` (for the event
    /// stream: nobody listening, nothing copied).
    pub(crate) fn record(
        &mut self,
        vendor: Vendor,
        key: &str,
        state: CodeState,
        applies: impl Fn(Option<CodeState>) -> bool,
        copy: bool,
    ) -> Vec<Message> {
        let Self {
            messages,
            by_verification,
            ..
        } = self;
        let Some(ids) = by_verification.get(&vendor).and_then(|keys| keys.get(key)) else {
            return Vec::new();
        };
        let mut changed = Vec::new();
        for id in ids {
            let Ok(at) = messages.binary_search_by_key(id, |e| e.message.id) else {
                continue;
            };
            let message = &mut messages[at].message;
            if applies(message.verification) && message.verification != Some(state) {
                message.verification = Some(state);
                if copy {
                    changed.push(message.clone());
                }
            }
        }
        changed
    }

    /// The messages `filter` admits, oldest first.
    pub(crate) fn select(&self, filter: &Filter) -> Vec<Message> {
        // Ids are in order: skip what `since` excludes without reading it.
        let start = filter.since.map_or(0, |since| {
            self.messages.partition_point(|e| e.message.id <= since)
        });
        self.messages
            .range(start..)
            .map(|e| &e.message)
            .filter(|m| filter.admits(m))
            .take(filter.limit.unwrap_or(usize::MAX))
            .cloned()
            .collect()
    }

    /// The newest message to `destination` after `since`.
    pub(crate) fn latest_for(&self, destination: &str, since: Option<u64>) -> Option<Message> {
        self.messages
            .iter()
            .rev()
            .map(|e| &e.message)
            .take_while(|m| since.is_none_or(|since| m.id > since))
            .find(|m| m.is_for(destination))
            .cloned()
    }

    /// Forgets every message; ids go on from where they were, so a reader's `since` stays
    /// meaningful.
    pub(crate) fn clear(&mut self) {
        self.messages.clear();
        self.by_verification.clear();
    }

    pub(crate) fn last_id(&self) -> u64 {
        self.last_id
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.messages.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(to: &str) -> Message {
        Message {
            id: 0,
            vendor: Vendor::Termii,
            channel: "sms".into(),
            destination: to.into(),
            text: "Your code is 1234".into(),
            code: "1234".into(),
            at_unix_ms: 0,
            message_id: None,
            verification: None,
        }
    }

    #[test]
    fn ids_follow_the_order_and_states_follow_checks_until_evicted() {
        let mut inbox = Inbox::default();
        let a = inbox
            .push(message("+2348012345678"), Some("pin-a"), 2)
            .clone();
        let b = inbox.push(message("+2348012345679"), None, 2).clone();
        assert_eq!((a.id, b.id), (1, 2));
        assert_eq!(
            (a.verification, b.verification),
            (Some(CodeState::Pending), None)
        );
        let changed = inbox.record(
            Vendor::Termii,
            "pin-a",
            CodeState::Rejected { attempts_left: 2 },
            |_| true,
            true,
        );
        assert_eq!(changed.len(), 1);
        // A third message evicts the first, and with it its link.
        inbox.push(message("+2348012345670"), Some("pin-c"), 2);
        assert!(
            inbox
                .record(Vendor::Termii, "pin-a", CodeState::Approved, |_| true, true)
                .is_empty()
        );
        let since_two = inbox.select(&Filter {
            since: Some(2),
            ..Filter::default()
        });
        assert_eq!(since_two.iter().map(|m| m.id).collect::<Vec<_>>(), vec![3]);
        assert_eq!(
            inbox.latest_for("2348012345670", Some(2)).map(|m| m.id),
            Some(3)
        );
        assert!(inbox.latest_for("2348012345670", Some(3)).is_none());
        inbox.clear();
        assert_eq!((inbox.len(), inbox.last_id()), (0, 3));
    }
}
