//! A local, spec-faithful stand-in for the four OTP vendors otpkit binds (Termii, pipwave,
//! ShoutOUT, Octopush), for offline tests of sign-up flows and for otpkit's own tests.
//!
//! It serves every operation of `specs/*.yaml` over real HTTP, each vendor under its own
//! prefix so that a client only changes its base URL, with real OTP state: generated codes,
//! expiry, attempt limits, resend throttling and each vendor's own failure shapes. What it
//! "delivers" lands in an inbox; its clock can be moved forward; faults can be injected.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! use otpkit_sandbox::{Sandbox, Vendor};
//!
//! let sandbox = Sandbox::start().await?;
//! let termii = sandbox.base_url(Vendor::Termii); // http://127.0.0.1:PORT/termii
//! // ... send a token through any Termii client pointed at `termii` ...
//! let code = sandbox.last_code_for("2348109077743");
//! sandbox.advance(std::time::Duration::from_secs(600)); // every code is now expired
//! # Ok(()) }
//! ```

// Route helpers return the vendor's error `Response` as their `Err`: it is the answer itself,
// built once per refused request, so boxing it would add noise and save nothing.
#![allow(clippy::result_large_err)]

mod body;
mod bounded;
pub mod cli;
mod clock;
mod control;
mod faults;
mod inbox;
mod otp;
mod server;
mod vendors;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::bounded::Bounded;

pub use faults::{Fault, FaultKind};
pub use inbox::Message;

/// One of the vendors the sandbox stands in for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Vendor {
    Termii,
    Pipwave,
    Shoutout,
    Octopush,
}

impl Vendor {
    pub const ALL: [Vendor; 4] = [
        Vendor::Termii,
        Vendor::Pipwave,
        Vendor::Shoutout,
        Vendor::Octopush,
    ];

    /// The path under which the sandbox serves this vendor; its base URL is the sandbox's
    /// address followed by this.
    pub fn base_path(self) -> &'static str {
        match self {
            Vendor::Termii => "/termii",
            Vendor::Pipwave => "/pipwave",
            Vendor::Shoutout => "/shoutout",
            Vendor::Octopush => "/octopush/v1/public",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    pub fn name(self) -> &'static str {
        match self {
            Vendor::Termii => "termii",
            Vendor::Pipwave => "pipwave",
            Vendor::Shoutout => "shoutout",
            Vendor::Octopush => "octopush",
        }
    }

    /// The vendor a sandbox path belongs to, and the vendor's own path within it.
    pub(crate) fn split(path: &str) -> Option<(Vendor, &str)> {
        Vendor::ALL.into_iter().find_map(|vendor| {
            let rest = path.strip_prefix(vendor.base_path())?;
            (rest.is_empty() || rest.starts_with('/')).then_some((vendor, rest))
        })
    }
}

impl std::fmt::Display for Vendor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Credentials the sandbox accepts, and its behaviour settings. The defaults are printed by
/// the `otpkit-sandbox` binary on start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub termii_api_key: String,
    pub pipwave_api_key: String,
    pub pipwave_api_secret: String,
    pub shoutout_api_key: String,
    pub octopush_api_login: String,
    pub octopush_api_key: String,
    /// pipwave refuses a new send-token to the same number before this (status 5002).
    pub pipwave_resend_after: Duration,
    /// The inbox keeps this many newest messages and forgets older ones, so that a long-running
    /// sandbox under load stays within bounded memory.
    pub inbox_capacity: usize,
    /// Each vendor remembers this many newest codes awaiting verification (and as many
    /// per-number records); an older code, forgotten, verifies as not found. Bounds memory
    /// when codes are sent and never verified.
    pub session_capacity: usize,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            termii_api_key: "sandbox-termii-key".into(),
            pipwave_api_key: "sandbox-pipwave-key".into(),
            pipwave_api_secret: "sandbox-pipwave-secret".into(),
            shoutout_api_key: "sandbox-shoutout-key".into(),
            octopush_api_login: "sandbox@example.com".into(),
            octopush_api_key: "sandbox-octopush-key".into(),
            pipwave_resend_after: Duration::from_secs(60),
            inbox_capacity: 100_000,
            session_capacity: 100_000,
        }
    }
}

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
    pub termii: Mutex<vendors::termii::State>,
    pub pipwave: Mutex<vendors::pipwave::State>,
    pub shoutout: Mutex<Bounded<String, otp::Session>>,
    pub octopush: Mutex<vendors::octopush::State>,
    /// Requests that reached each vendor's routes (in `Vendor::ALL` order), faults included.
    pub requests: [AtomicU64; 4],
}

/// Locks a mutex, carrying on after a panic elsewhere (the data stays consistent: every
/// critical section is a few field updates).
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Shared {
    fn new(config: Config) -> Self {
        let sessions = config.session_capacity;
        Self {
            config,
            clock: clock::Clock::new(),
            inbox: Mutex::default(),
            delivered: tokio::sync::Notify::new(),
            delivered_total: AtomicU64::new(0),
            faults: Mutex::default(),
            termii: Mutex::new(vendors::termii::State::new(sessions)),
            pipwave: Mutex::new(vendors::pipwave::State::new(sessions)),
            shoutout: Mutex::new(Bounded::new(sessions)),
            octopush: Mutex::new(vendors::octopush::State::new(sessions)),
            requests: Default::default(),
        }
    }

    pub(crate) fn count(&self, vendor: Vendor) {
        self.requests[vendor.index()].fetch_add(1, Ordering::Relaxed);
    }

    /// Records a delivered message.
    pub(crate) fn deliver(
        &self,
        vendor: Vendor,
        channel: &str,
        destination: &str,
        text: String,
        code: &str,
    ) {
        let message = Message {
            vendor,
            channel: channel.into(),
            destination: destination.into(),
            text,
            code: code.into(),
            at_unix_ms: Message::at(self.clock.wall()),
        };
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

/// A running sandbox. Dropping it (or [`Sandbox::shutdown`]) stops the server and closes
/// every connection.
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<Shared>,
    server: server::Handle,
}

impl Sandbox {
    /// Starts a sandbox with the default [`Config`] on an ephemeral loopback port.
    pub async fn start() -> std::io::Result<Self> {
        Self::bind(SocketAddr::from(([127, 0, 0, 1], 0)), Config::default()).await
    }

    /// Starts a sandbox with `config` on `addr` (port 0 picks a free port).
    pub async fn bind(addr: SocketAddr, config: Config) -> std::io::Result<Self> {
        let shared = Arc::new(Shared::new(config));
        let (addr, server) = server::serve(addr, shared.clone()).await?;
        Ok(Self {
            addr,
            shared,
            server,
        })
    }

    /// The address the sandbox listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to give `vendor`'s client, e.g. `http://127.0.0.1:PORT/termii`.
    pub fn base_url(&self, vendor: Vendor) -> String {
        format!("http://{}{}", self.addr, vendor.base_path())
    }

    /// The credentials and settings in force.
    pub fn config(&self) -> &Config {
        &self.shared.config
    }

    /// Every message delivered so far (the newest [`Config::inbox_capacity`]), oldest first.
    pub fn messages(&self) -> Vec<Message> {
        lock(&self.shared.inbox).iter().cloned().collect()
    }

    /// The code of the newest message to `destination` (phone numbers match with or without `+`).
    pub fn last_code_for(&self, destination: &str) -> Option<String> {
        lock(&self.shared.inbox)
            .iter()
            .rev()
            .find(|m| m.is_for(destination))
            .map(|m| m.code.clone())
    }

    /// Waits until `count` messages in all have been delivered since the sandbox started, for
    /// deliveries that happen after a call returns (a `latency` fault acts at once and answers
    /// late). Wakes at each delivery, not on a timer; `Err` says how many came within `within`.
    pub async fn wait_for_messages(&self, count: u64, within: Duration) -> Result<(), String> {
        let shared = &self.shared;
        let arrived = async {
            loop {
                // Registered before the count is read, so a delivery in between still wakes it.
                let notified = shared.delivered.notified();
                if shared.delivered_total.load(Ordering::Acquire) >= count {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(within, arrived).await.map_err(|_| {
            let got = shared.delivered_total.load(Ordering::Acquire);
            format!("{got} of {count} messages delivered within {within:?}")
        })
    }

    /// How many requests reached `vendor`'s routes so far (answered, refused or faulted).
    pub fn requests(&self, vendor: Vendor) -> u64 {
        self.shared.requests[vendor.index()].load(Ordering::Relaxed)
    }

    /// Moves the sandbox clock forward: codes expire as if `by` had passed.
    pub fn advance(&self, by: Duration) {
        self.shared.clock.advance(by);
    }

    /// Adds a fault rule; rules apply in the order added. Returns why a rule is unusable
    /// (a fraction outside 0..=1, a status outside 100..=599, `times` 0, a delay over an hour).
    pub fn inject(&self, fault: Fault) -> Result<(), String> {
        if let Some(problem) = fault.problem() {
            return Err(problem);
        }
        lock(&self.shared.faults).add(fault);
        Ok(())
    }

    /// `vendor`'s account balance, for the vendors whose balance the sandbox models (Termii's
    /// money, pipwave's credits); `None` for the others.
    pub fn balance(&self, vendor: Vendor) -> Option<f64> {
        vendors::balance(&self.shared, vendor)
    }

    /// Sets `vendor`'s account balance: a send that it cannot pay for is refused the way the
    /// vendor refuses it (Termii "Insufficient balance", pipwave status 5004). Returns why the
    /// amount or vendor is unusable (negative, not finite, or a vendor with no modelled balance).
    pub fn set_balance(&self, vendor: Vendor, balance: f64) -> Result<(), String> {
        vendors::set_balance(&self.shared, vendor, balance)
    }

    /// Removes every fault rule.
    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    /// Stops accepting connections and closes the open ones.
    pub async fn shutdown(self) {
        self.server.shutdown().await;
    }
}
