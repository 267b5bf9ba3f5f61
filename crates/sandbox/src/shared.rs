//! [`Shared`]: the state every route reads and changes (configuration, clock, inbox, faults,
//! each vendor's state and request counts), re-exporting [`lock`].
//!
//! It holds every vendor's state ([`vendors::States`]) while each vendor's routes take it, so
//! it and the vendor registry refer to each other (with `config`, the only such pairs here):
//! a route's state must hold what the routes change.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::clock;
use crate::config::Config;
use crate::events::Events;
use crate::faults;
use crate::inbox::{CodeState, Inbox, Message};
use crate::otp::Check;
use crate::reports::Reports;
use crate::vendors::{self, Vendor};

/// State shared by every route.
pub(crate) struct Shared {
    pub config: Config,
    pub clock: clock::Clock,
    pub inbox: Mutex<Inbox>,
    /// Woken at every delivery, for [`Sandbox::wait_for_messages`].
    pub delivered: tokio::sync::Notify,
    /// Messages delivered so far, counting those the bounded inbox has since forgotten.
    pub delivered_total: AtomicU64,
    pub faults: Mutex<faults::Faults>,
    pub vendors: vendors::States,
    /// Requests that reached each vendor's routes (in `Vendor::ALL` order), faults included.
    pub requests: [AtomicU64; Vendor::ALL.len()],
    /// The delivery reports to post, and where.
    pub reports: Reports,
    /// The inbox's live event stream.
    pub events: Events,
}

pub(crate) use crate::sync::lock;

/// The ids a delivered message carries: the vendor's id of the message, where it gives one,
/// and the key of the verification its code belongs to (pin id, token, SID), where the
/// vendor can check it.
#[derive(Default)]
pub(crate) struct Ids {
    pub message: Option<String>,
    pub verification: Option<String>,
}

impl Ids {
    /// A message carrying the code of verification `key`.
    pub(crate) fn verification(key: impl Into<String>) -> Self {
        Self {
            message: None,
            verification: Some(key.into()),
        }
    }
}

impl Shared {
    /// The state of a sandbox serving `config`, posting reports to `callbacks` (checked).
    pub(crate) fn new(config: Config, callbacks: &[(Vendor, reqwest::Url)]) -> Self {
        Self {
            reports: Reports::new(config.report_delay, callbacks),
            events: Events::default(),
            vendors: vendors::States::new(&config),
            config,
            clock: clock::Clock::new(),
            inbox: Mutex::default(),
            delivered: tokio::sync::Notify::new(),
            delivered_total: AtomicU64::new(0),
            faults: Mutex::default(),
            requests: std::array::from_fn(|_| AtomicU64::new(0)),
        }
    }

    pub(crate) fn count(&self, vendor: Vendor) {
        self.requests[vendor as usize].fetch_add(1, Ordering::Relaxed);
    }

    /// Records a delivered message; its id in the inbox.
    pub(crate) fn deliver(
        &self,
        vendor: Vendor,
        channel: &str,
        destination: &str,
        text: String,
        code: &str,
        ids: Ids,
    ) -> u64 {
        let message = Message {
            id: 0,
            vendor,
            channel: channel.into(),
            destination: destination.into(),
            text,
            code: code.into(),
            at_unix_ms: Message::at(self.clock.wall()),
            message_id: ids.message,
            verification: None,
        };
        tracing::debug!(%vendor, channel, "delivered a message");
        let callback = self.reports.callback(vendor);
        // The stored message is copied out only for a report or an event stream to read.
        let mut inbox = lock(&self.inbox);
        let stored = inbox.push(
            message,
            ids.verification.as_deref(),
            self.config.inbox_capacity,
        );
        let id = stored.id;
        let copy = (callback.is_some() || self.events.is_watched()).then(|| stored.clone());
        drop(inbox);
        if let Some(message) = copy {
            self.events.delivered(&message);
            if let Some(url) = callback {
                let outcome = self.reports.outcome(destination);
                if let Some(post) = vendor.report(&self.config, &message, outcome) {
                    self.reports.enqueue(vendor, url, post);
                }
            }
        }
        self.delivered_total.fetch_add(1, Ordering::Release);
        self.delivered.notify_waiters();
        id
    }

    /// The newest message to `destination` after `since`, waiting up to `within` for one;
    /// wakes at each delivery, not on a timer.
    pub(crate) async fn wait_for_latest(
        &self,
        destination: &str,
        since: Option<u64>,
        within: std::time::Duration,
    ) -> Option<Message> {
        let arrived = async {
            loop {
                // Registered before the inbox is read, so a delivery in between still wakes it.
                let notified = self.delivered.notified();
                if let Some(message) = lock(&self.inbox).latest_for(destination, since) {
                    return message;
                }
                notified.await;
            }
        };
        tokio::time::timeout(within, arrived).await.ok()
    }

    /// Records what checking a code of `vendor`'s verification `key` found on its messages.
    pub(crate) fn checked(&self, vendor: Vendor, key: &str, check: Check) {
        let state = match check {
            Check::Approved => CodeState::Approved,
            Check::Wrong { attempts_left: 0 } => CodeState::Locked,
            Check::Wrong { attempts_left } => CodeState::Rejected { attempts_left },
            Check::Expired => CodeState::Expired,
            Check::Exhausted => CodeState::Locked,
        };
        self.record(vendor, key, state, |_| true);
    }

    /// Records on its messages that the sandbox forgot `vendor`'s verification `key` (past
    /// its capacity); a verification already ended keeps its state.
    pub(crate) fn forgot(&self, vendor: Vendor, key: &str) {
        self.record(vendor, key, CodeState::Forgotten, |state| {
            matches!(state, Some(CodeState::Pending | CodeState::Rejected { .. }))
        });
    }

    /// Records `state` on the messages of `vendor`'s verification `key` whose state `applies`
    /// accepts, and tells the event stream (the messages are copied only if it is watched).
    fn record(
        &self,
        vendor: Vendor,
        key: &str,
        state: CodeState,
        applies: impl Fn(Option<CodeState>) -> bool,
    ) {
        let watched = self.events.is_watched();
        let changed = lock(&self.inbox).record(vendor, key, state, applies, watched);
        self.events.changed(&changed);
    }
}
