//! [`Shared`]: the state every route reads and changes (configuration, clock, inbox, faults,
//! each vendor's state and request counts), re-exporting [`lock`].
//!
//! It holds every vendor's state ([`vendors::States`]) while each vendor's routes take it, so
//! it and the vendor registry refer to each other (with `config`, the only such pairs here):
//! a route's state must hold what the routes change.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::clock;
use crate::config::Config;
use crate::faults;
use crate::inbox::Message;
use crate::reports::Reports;
use crate::vendors::{self, Vendor};

/// State shared by every route.
pub(crate) struct Shared {
    pub config: Config,
    pub clock: clock::Clock,
    pub inbox: Mutex<VecDeque<Message>>,
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
}

pub(crate) use crate::sync::lock;

impl Shared {
    /// The state of a sandbox serving `config`, posting reports to `callbacks` (checked).
    pub(crate) fn new(config: Config, callbacks: &[(Vendor, reqwest::Url)]) -> Self {
        Self {
            reports: Reports::new(config.report_delay, callbacks),
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

    /// Records a delivered message.
    pub(crate) fn deliver(
        &self,
        vendor: Vendor,
        channel: &str,
        destination: &str,
        text: String,
        code: &str,
        message_id: Option<String>,
    ) {
        let message = Message {
            vendor,
            channel: channel.into(),
            destination: destination.into(),
            text,
            code: code.into(),
            at_unix_ms: Message::at(self.clock.wall()),
            message_id,
        };
        if let Some(url) = self.reports.callback(vendor) {
            let outcome = self.reports.outcome(destination);
            if let Some(post) = vendor.report(&self.config, &message, outcome) {
                self.reports.enqueue(vendor, url, post);
            }
        }
        tracing::debug!(%vendor, channel, "delivered a message");
        let mut inbox = lock(&self.inbox);
        while inbox.len() >= self.config.inbox_capacity.max(1) {
            inbox.pop_front();
        }
        inbox.push_back(message);
        drop(inbox);
        self.delivered_total.fetch_add(1, Ordering::Release);
        self.delivered.notify_waiters();
    }
}
